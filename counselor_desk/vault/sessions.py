"""Sessions, their notes (draft → signed) and signed addenda."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime
from typing import Any

from counselor_desk.domain.errors import RecordNotFound, SignedNoteImmutable, ValidationError
from counselor_desk.domain.notes import (
    Addendum,
    Note,
    NoteFormat,
    NoteHeader,
    NoteStatus,
    check_sections,
)
from counselor_desk.domain.records import Session, SessionKind
from counselor_desk.vault.connection import Connection, IntegrityError
from counselor_desk.vault.rows import s2t, t2s

_SESSION_COLUMNS = (
    "id, client_id, start, minutes, kind, location, participants, created_at, updated_at"
)


def _session(row: Any) -> Session:
    return Session(
        id=row[0],
        client_id=row[1],
        start=s2t(row[2]),  # type: ignore[arg-type]
        minutes=int(row[3]),
        kind=SessionKind(row[4]),
        location=row[5],
        participants=() if row[6] == "[]" else tuple(json.loads(row[6])),
        created_at=s2t(row[7]),
        updated_at=s2t(row[8]),
    )


def validate_session(session: Session) -> None:
    if not 1 <= session.minutes <= 24 * 60:
        raise ValidationError("A session lasts between 1 minute and 24 hours.")


def add_session(conn: Connection, session: Session, now: datetime) -> Session:
    validate_session(session)
    created = session.created_at or now
    updated = session.updated_at or now
    conn.execute(
        f"INSERT INTO sessions ({_SESSION_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            session.id,
            session.client_id,
            t2s(session.start),
            session.minutes,
            session.kind.value,
            session.location,
            json.dumps(list(session.participants)),
            t2s(created),
            t2s(updated),
        ),
    )
    return replace(session, created_at=created, updated_at=updated)


def get_session(conn: Connection, session_id: str) -> Session:
    row = conn.execute(
        f"SELECT {_SESSION_COLUMNS} FROM sessions WHERE id=?", (session_id,)
    ).fetchone()
    if row is None:
        raise RecordNotFound(f"There is no session with id {session_id}.")
    return _session(row)


def list_sessions(conn: Connection, client_id: str) -> list[Session]:
    rows = conn.execute(
        f"SELECT {_SESSION_COLUMNS} FROM sessions WHERE client_id=? ORDER BY start", (client_id,)
    )
    return [_session(r) for r in rows]


# -- notes ---------------------------------------------------------------------------------

_NOTE_COLUMNS = (
    "id, client_id, session_id, format, sections, status, signed_by, signed_at, "
    "content_sha256, late_entry, created_at, updated_at"
)


def _note(row: Any) -> Note:
    return Note(
        id=row[0],
        client_id=row[1],
        session_id=row[2],
        format=NoteFormat(row[3]),
        sections=json.loads(row[4]),
        status=NoteStatus(row[5]),
        signed_by=row[6],
        signed_at=s2t(row[7]),
        content_sha256=row[8],
        late_entry=bool(row[9]),
        created_at=s2t(row[10]),
        updated_at=s2t(row[11]),
    )


def _sections_json(sections: dict[str, str]) -> str:
    return json.dumps(sections, ensure_ascii=False, sort_keys=True)


def add_note(conn: Connection, note: Note, now: datetime) -> Note:
    """Insert a draft, or a note already signed elsewhere (import) whose hash was checked."""
    check_sections(note.format, note.sections)
    if note.is_signed and not note.hash_matches():
        raise ValidationError("The signed note's content does not match its hash.")
    session = get_session(conn, note.session_id)
    if session.client_id != note.client_id:
        raise ValidationError("The note's session belongs to another client.")
    created = note.created_at or now
    updated = note.updated_at or now
    try:
        conn.execute(
            f"INSERT INTO notes ({_NOTE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                note.id,
                note.client_id,
                note.session_id,
                note.format.value,
                _sections_json(note.sections),
                note.status.value,
                note.signed_by,
                t2s(note.signed_at) if note.signed_at else None,
                note.content_sha256,
                int(note.late_entry),
                t2s(created),
                t2s(updated),
            ),
        )
    except IntegrityError as exc:
        if "session_id" in str(exc):
            raise ValidationError("That session already has a note.") from None
        raise
    return replace(note, created_at=created, updated_at=updated)


def save_draft(conn: Connection, note: Note, now: datetime) -> Note:
    """Replace a draft's text. The database itself refuses to change a signed note."""
    check_sections(note.format, note.sections)
    current = get_note(conn, note.id)
    if current.is_signed:
        raise SignedNoteImmutable("This note is signed and cannot change; add an addendum.")
    conn.execute(
        "UPDATE notes SET format=?, sections=?, updated_at=? WHERE id=?",
        (note.format.value, _sections_json(note.sections), t2s(now), note.id),
    )
    return replace(note, updated_at=now)


def store_signature(conn: Connection, note: Note, now: datetime) -> Note:
    if not note.is_signed or not note.hash_matches():
        raise ValidationError("Only a correctly signed note can be stored as signed.")
    cursor = conn.execute(
        "UPDATE notes SET sections=?, status='signed', signed_by=?, signed_at=?, "
        "content_sha256=?, late_entry=?, updated_at=? WHERE id=? AND status='draft'",
        (
            _sections_json(note.sections),
            note.signed_by,
            t2s(note.signed_at),  # type: ignore[arg-type]
            note.content_sha256,
            int(note.late_entry),
            t2s(now),
            note.id,
        ),
    )
    if cursor.rowcount != 1:
        raise SignedNoteImmutable("This note is already signed.")
    return replace(note, updated_at=now)


def delete_draft(conn: Connection, note_id: str) -> None:
    # A draft's co-signature request goes with it (a draft is never co-signed).
    conn.execute(
        "DELETE FROM cosign_requests WHERE note_id=? AND note_id IN "
        "(SELECT id FROM notes WHERE status='draft')",
        (note_id,),
    )
    cursor = conn.execute("DELETE FROM notes WHERE id=? AND status='draft'", (note_id,))
    if cursor.rowcount != 1:
        raise SignedNoteImmutable("Only a draft can be deleted.")


def get_note(conn: Connection, note_id: str) -> Note:
    row = conn.execute(f"SELECT {_NOTE_COLUMNS} FROM notes WHERE id=?", (note_id,)).fetchone()
    if row is None:
        raise RecordNotFound(f"There is no note with id {note_id}.")
    return _note(row)


def note_for_session(conn: Connection, session_id: str) -> Note | None:
    row = conn.execute(
        f"SELECT {_NOTE_COLUMNS} FROM notes WHERE session_id=?", (session_id,)
    ).fetchone()
    return _note(row) if row else None


def list_notes(conn: Connection, client_id: str) -> list[Note]:
    rows = conn.execute(
        f"SELECT {', '.join('n.' + c.strip() for c in _NOTE_COLUMNS.split(','))} FROM notes n "
        "JOIN sessions s ON s.id = n.session_id WHERE n.client_id=? ORDER BY s.start",
        (client_id,),
    )
    return [_note(r) for r in rows]


def list_note_headers(conn: Connection, client_id: str) -> list[NoteHeader]:
    """The client's notes without their text, in session order (as list_notes)."""
    rows = conn.execute(
        "SELECT n.id, n.client_id, n.session_id, n.format, n.status, n.signed_by, n.signed_at,"
        " n.late_entry FROM notes n JOIN sessions s ON s.id = n.session_id"
        " WHERE n.client_id=? ORDER BY s.start",
        (client_id,),
    )
    return [
        NoteHeader(
            id=r[0],
            client_id=r[1],
            session_id=r[2],
            format=NoteFormat(r[3]),
            status=NoteStatus(r[4]),
            signed_by=r[5],
            signed_at=s2t(r[6]),
            late_entry=bool(r[7]),
        )
        for r in rows
    ]


def latest_section(conn: Connection, client_id: str, key: str) -> str:
    """One section of the client's newest note (by session start); "" when it has none."""
    row = conn.execute(
        "SELECT json_extract(n.sections, '$.' || ?) FROM notes n"
        " JOIN sessions s ON s.id = n.session_id WHERE n.client_id=?"
        " ORDER BY s.start DESC LIMIT 1",
        (key, client_id),
    ).fetchone()
    return str(row[0]) if row and isinstance(row[0], str) else ""


def all_signed_notes(conn: Connection) -> list[Note]:
    rows = conn.execute(f"SELECT {_NOTE_COLUMNS} FROM notes WHERE status='signed'")
    return [_note(r) for r in rows]


# -- addenda -------------------------------------------------------------------------------


def _addendum(row: Any) -> Addendum:
    return Addendum(
        id=row[0],
        note_id=row[1],
        client_id=row[2],
        text=row[3],
        signed_by=row[4],
        signed_at=s2t(row[5]),  # type: ignore[arg-type]
        content_sha256=row[6],
    )


def add_addendum(conn: Connection, addendum: Addendum, now: datetime) -> Addendum:
    note = get_note(conn, addendum.note_id)
    if not note.is_signed:
        raise ValidationError("Addenda are for signed notes; edit the draft instead.")
    if note.client_id != addendum.client_id:
        raise ValidationError("The addendum's note belongs to another client.")
    if not addendum.text.strip():
        raise ValidationError("An addendum needs text.")
    if not addendum.hash_matches():
        raise ValidationError("The addendum's content does not match its hash.")
    conn.execute(
        "INSERT INTO addenda (id, note_id, client_id, text, signed_by, signed_at, content_sha256,"
        " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            addendum.id,
            addendum.note_id,
            addendum.client_id,
            addendum.text,
            addendum.signed_by,
            t2s(addendum.signed_at),
            addendum.content_sha256,
            t2s(now),
        ),
    )
    return addendum


def addenda_for(conn: Connection, note_id: str) -> list[Addendum]:
    rows = conn.execute(
        "SELECT id, note_id, client_id, text, signed_by, signed_at, content_sha256 FROM addenda "
        "WHERE note_id=? ORDER BY signed_at, created_at",
        (note_id,),
    )
    return [_addendum(r) for r in rows]


def note_of_addendum(conn: Connection, addendum_id: str) -> str | None:
    row = conn.execute("SELECT note_id FROM addenda WHERE id=?", (addendum_id,)).fetchone()
    return str(row[0]) if row else None


def all_addenda(conn: Connection) -> list[Addendum]:
    rows = conn.execute(
        "SELECT id, note_id, client_id, text, signed_by, signed_at, content_sha256 FROM addenda"
    )
    return [_addendum(r) for r in rows]
