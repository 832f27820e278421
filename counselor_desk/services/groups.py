"""Group notes on an unlocked vault: the use cases behind the "Group notes" window.

A group's draft holds every attendee's section; it is the counselor's own record, never
indexed and never shown in a chart. Signing (`sign_group`) is one transaction: the name
check (domain.group_notes), then for each attendee who attended a group session and a
signed note holding the group part and that attendee's own section, an attendance entry
for every attendee, and the group marked signed. Audit rows name record ids only (and
counts), never a client's name or any text.
"""

from __future__ import annotations

from datetime import datetime

from counselor_desk.domain.group_notes import (
    AttendeeNames,
    AttendeeStatus,
    GroupAttendee,
    GroupSession,
    check_draft,
    check_signable,
    filings,
    signed_group,
)
from counselor_desk.vault import groups as repo
from counselor_desk.vault.connection import Connection
from counselor_desk.vault.store import Vault

DEFAULT_MINUTES = 60


class Groups:
    """Use cases over one connection: the vault's own by default; a worker thread passes
    a connection of its own (a connection belongs to one thread)."""

    def __init__(self, vault: Vault, conn: Connection | None = None) -> None:
        self._vault = vault
        self._conn = conn if conn is not None else vault.conn

    # -- reading ---------------------------------------------------------------------------
    def groups(self) -> list[GroupSession]:
        """Drafts first, then signed groups, newest session first within each."""
        return repo.list_groups(self._conn)

    def group(self, group_id: str) -> GroupSession:
        return repo.get_group(self._conn, group_id)

    def group_of_note(self, note_id: str) -> str | None:
        """The group session a chart's note was filed from (None for any other note)."""
        return repo.group_of_note(self._conn, note_id)

    def names(self, group: GroupSession) -> dict[str, AttendeeNames]:
        """The names of a group's attendees, by client id (for the counselor's own view)."""
        return repo.attendee_names(self._conn, [a.client_id for a in group.attendees])

    def check(self, group: GroupSession, signer: str = "-") -> None:
        """Raise what signing this text would raise (a NameLeak naming the attendee and
        the part), without writing anything: to say so before asking to confirm."""
        check_signable(group, self.names(group), signer)

    # -- drafts ----------------------------------------------------------------------------
    def start_group(
        self, start: datetime, minutes: int = DEFAULT_MINUTES, location: str | None = None
    ) -> GroupSession:
        group = GroupSession(start=start, minutes=minutes, location=location)
        with self._vault.transaction(self._conn) as conn:
            now = self._vault.clock()
            saved = repo.add_group(conn, group, now)
            self._vault.audit.append(conn, "create-group", at=now, subject=saved.id)
        return saved

    def save_group(self, group: GroupSession) -> GroupSession:
        """Autosave a draft whole (details, group part, attendees, statuses and sections):
        committed when this returns. Text is never refused here; signing checks it."""
        check_draft(group)
        with self._vault.transaction(self._conn) as conn:
            return repo.save_draft(conn, group, self._vault.clock())

    def add_attendee(
        self,
        group_id: str,
        client_id: str,
        status: AttendeeStatus = AttendeeStatus.ATTENDED,
        section: str = "",
    ) -> GroupSession:
        with self._vault.transaction(self._conn) as conn:
            current = repo.get_draft(conn, group_id)
            changed = current.with_attendee(GroupAttendee(client_id, status, section))
            return repo.save_draft(conn, changed, self._vault.clock())

    def remove_attendee(self, group_id: str, client_id: str) -> GroupSession:
        with self._vault.transaction(self._conn) as conn:
            current = repo.get_draft(conn, group_id)
            return repo.save_draft(conn, current.without_attendee(client_id), self._vault.clock())

    def delete_draft(self, group_id: str) -> None:
        with self._vault.transaction(self._conn) as conn:
            repo.delete_draft(conn, group_id)
            self._vault.audit.append(
                conn, "delete-group-draft", at=self._vault.clock(), subject=group_id
            )

    # -- signing ---------------------------------------------------------------------------
    def sign_group(self, group_id: str, signer: str, at: datetime | None = None) -> dict[str, str]:
        """Sign the draft and file it into every attendee's chart in one transaction.
        Returns the note filed per client id (attendees who attended). Raises
        ValidationError (NameLeak when a part names another attendee) and writes nothing."""
        with self._vault.transaction(self._conn) as conn:
            now = self._vault.clock()
            when = at or now
            current = repo.get_group(conn, group_id)
            names = repo.attendee_names(conn, [a.client_id for a in current.attendees])
            filed = filings(
                current,
                signer=signer,
                at=when,
                day=current.start.astimezone().date(),  # the session's local day
                names=names,
            )
            saved = repo.file_signed(
                conn, signed_group(current, filed, signer=signer, at=when), filed, now
            )
            late = ", late entry" if saved.late_entry else ""
            for filing in filed:
                if filing.note is not None:
                    self._vault.audit.append(
                        conn,
                        "sign-note",
                        at=now,
                        subject=filing.note.id,
                        detail="group note" + late,
                    )
            for attendee in saved.attendees:
                self._vault.audit.append(
                    conn,
                    "record-attendance",
                    at=now,
                    subject=attendee.attendance_id,
                    detail=attendee.status.value,
                )
            notes = {a.client_id: a.note_id for a in saved.attendees if a.note_id is not None}
            self._vault.audit.append(
                conn,
                "sign-group",
                at=now,
                subject=group_id,
                detail=f"{len(notes)} notes, {len(saved.attendees)} attendance entries{late}",
            )
        return notes

    # -- export and import -----------------------------------------------------------------
    def import_group(self, group: GroupSession) -> GroupSession:
        """Insert a group as exported (ids and stamps kept). A signed group's filed
        sessions, notes and attendance must be in the vault already."""
        with self._vault.transaction(self._conn) as conn:
            saved = repo.add_group(conn, group, self._vault.clock())
            self._vault.audit.append(conn, "import-group", at=self._vault.clock(), subject=saved.id)
        return saved
