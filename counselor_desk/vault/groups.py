"""Group sessions: the counselor's drafts (every attendee's section in one place) and the
signing step that files one copy into each attendee's chart.

A group's own rows are never indexed for search and never read by a chart: only the
per-attendee notes filed at signing are (by the notes trigger), and each of those holds
the group part and that attendee's own section only. A signed group is immutable (a
trigger on group_sessions); its attendee rows are written before it is marked signed and
never changed after, which this module enforces.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from counselor_desk.domain.errors import RecordNotFound, SignedNoteImmutable, ValidationError
from counselor_desk.domain.group_notes import (
    AttendeeNames,
    AttendeeStatus,
    Filing,
    GroupAttendee,
    GroupSession,
    GroupStatus,
    check_draft,
    numbered,
)
from counselor_desk.domain.screens import AttendanceStatus
from counselor_desk.vault import screening, sessions
from counselor_desk.vault.connection import Connection
from counselor_desk.vault.rows import d2s, s2t, t2s

_GROUP_COLUMNS = (
    "id, start, minutes, location, topic, interventions, status, signed_by, signed_at, "
    "created_at, updated_at"
)
_ATTENDEE_COLUMNS = (
    "group_id, client_id, status, section, position, session_id, note_id, attendance_id"
)


def _attendee(row: Any) -> GroupAttendee:
    return GroupAttendee(
        client_id=row[1],
        status=AttendeeStatus(row[2]),
        section=row[3],
        position=int(row[4]),
        session_id=row[5],
        note_id=row[6],
        attendance_id=row[7],
    )


def _group(row: Any, attendees: Sequence[GroupAttendee]) -> GroupSession:
    return GroupSession(
        id=row[0],
        start=s2t(row[1]),  # type: ignore[arg-type]
        minutes=int(row[2]),
        location=row[3],
        topic=row[4],
        interventions=row[5],
        status=GroupStatus(row[6]),
        signed_by=row[7],
        signed_at=s2t(row[8]),
        created_at=s2t(row[9]),
        updated_at=s2t(row[10]),
        attendees=tuple(attendees),
    )


def _attendees_of(conn: Connection, group_id: str) -> list[GroupAttendee]:
    rows = conn.execute(
        f"SELECT {_ATTENDEE_COLUMNS} FROM group_attendees WHERE group_id=? "
        "ORDER BY position, client_id",
        (group_id,),
    )
    return [_attendee(r) for r in rows]


def _check_clients(conn: Connection, attendees: Sequence[GroupAttendee]) -> None:
    for attendee in attendees:
        found = conn.execute("SELECT 1 FROM clients WHERE id=?", (attendee.client_id,))
        if found.fetchone() is None:
            raise RecordNotFound(f"There is no client with id {attendee.client_id}.")


def _insert_attendees(conn: Connection, group_id: str, attendees: Sequence[GroupAttendee]) -> None:
    conn.executemany(
        f"INSERT INTO group_attendees ({_ATTENDEE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                group_id,
                a.client_id,
                a.status.value,
                a.section,
                a.position,
                a.session_id,
                a.note_id,
                a.attendance_id,
            )
            for a in attendees
        ],
    )


def _check_links(conn: Connection, group: GroupSession) -> None:
    """A signed group (imported) names records of each attendee's own chart only."""
    if not group.is_signed:
        if any(a.session_id or a.note_id or a.attendance_id for a in group.attendees):
            raise ValidationError("A draft group names no filed records yet.")
        return
    if group.signed_by is None or group.signed_at is None:
        raise ValidationError("A signed group needs who signed it and when.")
    for a in group.attendees:
        if a.attendance_id is None or (a.attended and (a.session_id is None or a.note_id is None)):
            raise ValidationError("A signed group names what was filed into each chart.")
        for table, record_id in (
            ("sessions", a.session_id),
            ("notes", a.note_id),
            ("attendance", a.attendance_id),
        ):
            if record_id is None:
                continue
            row = conn.execute(f"SELECT client_id FROM {table} WHERE id=?", (record_id,))
            found = row.fetchone()
            if found is None:
                raise RecordNotFound(f"There is no record with id {record_id} in {table}.")
            if found[0] != a.client_id:
                raise ValidationError("A group's filed record belongs to another client.")


# -- reading ---------------------------------------------------------------------------------


def get_group(conn: Connection, group_id: str) -> GroupSession:
    row = conn.execute(
        f"SELECT {_GROUP_COLUMNS} FROM group_sessions WHERE id=?", (group_id,)
    ).fetchone()
    if row is None:
        raise RecordNotFound(f"There is no group session with id {group_id}.")
    return _group(row, _attendees_of(conn, group_id))


def list_groups(conn: Connection) -> list[GroupSession]:
    """Drafts first, then signed groups; newest session first within each."""
    rows = conn.execute(
        f"SELECT {_GROUP_COLUMNS} FROM group_sessions "
        "ORDER BY status = 'signed', start DESC, created_at DESC, id"
    ).fetchall()
    by_group: dict[str, list[GroupAttendee]] = {}
    for row in conn.execute(
        f"SELECT {_ATTENDEE_COLUMNS} FROM group_attendees ORDER BY group_id, position, client_id"
    ):
        by_group.setdefault(str(row[0]), []).append(_attendee(row))
    return [_group(r, by_group.get(str(r[0]), [])) for r in rows]


def group_of_note(conn: Connection, note_id: str) -> str | None:
    """The group session a filed note came from, if any."""
    row = conn.execute(
        "SELECT group_id FROM group_attendees WHERE note_id=?", (note_id,)
    ).fetchone()
    return str(row[0]) if row else None


def attendee_names(conn: Connection, client_ids: Sequence[str]) -> dict[str, AttendeeNames]:
    """The names of these clients (archived ones too), for the name check at signing."""
    found: dict[str, AttendeeNames] = {}
    for client_id in client_ids:
        row = conn.execute(
            "SELECT id, display_name, legal_name FROM clients WHERE id=?", (client_id,)
        ).fetchone()
        if row is not None:
            found[str(row[0])] = AttendeeNames(str(row[0]), str(row[1]), row[2])
    return found


# -- writing ---------------------------------------------------------------------------------


def add_group(conn: Connection, group: GroupSession, now: datetime) -> GroupSession:
    """Insert a group with its attendees: a new draft, or one exported earlier (ids and
    stamps kept; a signed one must name filed records that exist in each chart)."""
    check_draft(group)
    _check_clients(conn, group.attendees)
    _check_links(conn, group)
    saved = replace(group, created_at=group.created_at or now, updated_at=group.updated_at or now)
    conn.execute(
        f"INSERT INTO group_sessions ({_GROUP_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            saved.id,
            t2s(saved.start),
            saved.minutes,
            saved.location,
            saved.topic,
            saved.interventions,
            saved.status.value,
            saved.signed_by,
            t2s(saved.signed_at) if saved.signed_at else None,
            t2s(saved.created_at),  # type: ignore[arg-type]
            t2s(saved.updated_at),  # type: ignore[arg-type]
        ),
    )
    _insert_attendees(conn, saved.id, saved.attendees)
    return saved


def get_draft(conn: Connection, group_id: str) -> GroupSession:
    """A group that may still change; a signed one raises SignedNoteImmutable."""
    current = get_group(conn, group_id)
    if current.is_signed:
        raise SignedNoteImmutable("This group note is signed and filed; it cannot change.")
    return current


def save_draft(conn: Connection, group: GroupSession, now: datetime) -> GroupSession:
    """Replace a draft whole: details, group part, attendees and their sections."""
    check_draft(group)
    current = get_draft(conn, group.id)
    attendees = numbered(
        replace(a, session_id=None, note_id=None, attendance_id=None) for a in group.attendees
    )
    _check_clients(conn, attendees)
    conn.execute(
        "UPDATE group_sessions SET start=?, minutes=?, location=?, topic=?, interventions=?, "
        "updated_at=? WHERE id=? AND status='draft'",
        (
            t2s(group.start),
            group.minutes,
            group.location,
            group.topic,
            group.interventions,
            t2s(now),
            group.id,
        ),
    )
    conn.execute("DELETE FROM group_attendees WHERE group_id=?", (group.id,))
    _insert_attendees(conn, group.id, attendees)
    return replace(
        group,
        attendees=attendees,
        status=GroupStatus.DRAFT,
        signed_by=None,
        signed_at=None,
        created_at=current.created_at,
        updated_at=now,
    )


def delete_draft(conn: Connection, group_id: str) -> None:
    """Delete a draft and its list; a signed group is refused."""
    get_draft(conn, group_id)
    conn.execute("DELETE FROM group_attendees WHERE group_id=?", (group_id,))
    conn.execute("DELETE FROM group_sessions WHERE id=? AND status='draft'", (group_id,))


def _scheduled_entry(conn: Connection, client_id: str, day: date) -> str | None:
    """A contact already booked for that day and not yet marked (nor tied to a session)."""
    row = conn.execute(
        'SELECT id FROM attendance WHERE client_id=? AND "on"=? AND status=? '
        "AND session_id IS NULL ORDER BY created_at, id LIMIT 1",
        (client_id, d2s(day), AttendanceStatus.SCHEDULED.value),
    ).fetchone()
    return str(row[0]) if row else None


def file_signed(
    conn: Connection, signed: GroupSession, filed: Sequence[Filing], now: datetime
) -> GroupSession:
    """The signing step, inside the caller's transaction: each chart's session, signed
    note and attendance entry, then the links on the attendee rows, then the group marked
    signed (after which the database refuses any change to it).

    An attendee with a contact already booked that day (scheduled, no session) has that
    entry marked instead of a second one added, so the Today view does not keep asking."""
    if not signed.is_signed:
        raise ValidationError("Only a signed group is filed into the charts.")
    get_draft(conn, signed.id)
    linked: list[GroupAttendee] = []
    for filing in filed:
        attendee = filing.attendee
        if filing.session is not None:
            sessions.add_session(conn, filing.session, now)
        if filing.note is not None:
            sessions.add_note(conn, filing.note, now)  # checks the hash
        booked = _scheduled_entry(conn, attendee.client_id, filing.attendance.on)
        if booked is not None:
            entry = screening.get_attendance(conn, booked)
            notes = "\n".join(n for n in (entry.notes, filing.attendance.notes) if n) or None
            attendance = screening.update_attendance(
                conn,
                replace(filing.attendance, id=booked, notes=notes),
                now,
            )
        else:
            attendance = screening.add_attendance(conn, filing.attendance, now)
        linked.append(replace(attendee, attendance_id=attendance.id))
    attendees = numbered(linked)
    conn.execute("DELETE FROM group_attendees WHERE group_id=?", (signed.id,))
    _insert_attendees(conn, signed.id, attendees)
    cursor = conn.execute(
        "UPDATE group_sessions SET start=?, minutes=?, location=?, topic=?, interventions=?, "
        "status='signed', signed_by=?, signed_at=?, updated_at=? WHERE id=? AND status='draft'",
        (
            t2s(signed.start),
            signed.minutes,
            signed.location,
            signed.topic,
            signed.interventions,
            signed.signed_by,
            t2s(signed.signed_at),  # type: ignore[arg-type]
            t2s(now),
            signed.id,
        ),
    )
    if cursor.rowcount != 1:  # pragma: no cover - the same transaction read it as a draft
        raise SignedNoteImmutable("This group note is already signed.")
    return replace(signed, attendees=attendees, updated_at=now)
