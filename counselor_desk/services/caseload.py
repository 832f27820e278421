"""Day-to-day use cases on an unlocked vault: clients, medications, sessions, notes,
addenda, SUD counseling notes and consents. Each write is one transaction with its
audit row, so a record and its audit entry land together or not at all."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.notes import (
    Addendum,
    Note,
    NoteFormat,
    NoteHeader,
    addendum_content_sha256,
)
from counselor_desk.domain.records import (
    Client,
    Consent,
    CounselingNote,
    MedicationEntry,
    Session,
)
from counselor_desk.vault import clients, consents, sessions
from counselor_desk.vault.connection import Connection
from counselor_desk.vault.store import Vault


class Caseload:
    """Use cases over one connection: the vault's own by default; a worker thread passes
    a connection of its own (a connection belongs to one thread)."""

    def __init__(self, vault: Vault, conn: Connection | None = None) -> None:
        self._vault = vault
        self._conn = conn if conn is not None else vault.conn

    # -- clients -------------------------------------------------------------------------
    def clients(self, *, include_archived: bool = False) -> list[Client]:
        return clients.list_clients(self._conn, include_archived=include_archived)

    def client(self, client_id: str) -> Client:
        """Read a client again (after an edit); not audited, unlike open_chart."""
        return clients.get_client(self._conn, client_id)

    def open_chart(self, client_id: str) -> Client:
        """The client's record; opening a chart is audited (who looked, when)."""
        client = clients.get_client(self._conn, client_id)
        with self._vault.transaction(self._conn) as conn:
            self._vault.audit.append(conn, "open-chart", at=self._vault.clock(), subject=client_id)
        return client

    def add_client(self, client: Client) -> Client:
        with self._vault.transaction(self._conn) as conn:
            saved = clients.add_client(conn, client, self._vault.clock())
            self._vault.audit.append(
                conn, "create-client", at=self._vault.clock(), subject=saved.id
            )
        return saved

    def update_client(self, client: Client) -> Client:
        with self._vault.transaction(self._conn) as conn:
            saved = clients.update_client(conn, client, self._vault.clock())
            self._vault.audit.append(
                conn, "update-client", at=self._vault.clock(), subject=saved.id
            )
        return saved

    def archive_client(self, client_id: str, discharged: date | None = None) -> Client:
        """Discharged clients are archived, never deleted (records are kept for years)."""
        current = clients.get_client(self._conn, client_id)
        return self.update_client(
            replace(current, archived=True, discharge_date=discharged or current.discharge_date)
        )

    # -- medication history --------------------------------------------------------------
    def medications(self, client_id: str) -> list[MedicationEntry]:
        return clients.medication_history(self._conn, client_id)

    def start_medication(self, entry: MedicationEntry) -> MedicationEntry:
        with self._vault.transaction(self._conn) as conn:
            saved = clients.add_medication(conn, entry, self._vault.clock())
            self._vault.audit.append(
                conn, "medication-start", at=self._vault.clock(), subject=entry.client_id
            )
        return saved

    def change_medication(self, old_id: str, new: MedicationEntry) -> MedicationEntry:
        """A change is history: the old entry stops the day the new one starts."""
        with self._vault.transaction(self._conn) as conn:
            clients.close_medication(conn, old_id, new.started)
            saved = clients.add_medication(conn, replace(new, replaces=old_id), self._vault.clock())
            self._vault.audit.append(
                conn, "medication-change", at=self._vault.clock(), subject=new.client_id
            )
        return saved

    # -- sessions and notes --------------------------------------------------------------
    def sessions(self, client_id: str) -> list[Session]:
        return sessions.list_sessions(self._conn, client_id)

    def add_session(self, session: Session) -> Session:
        with self._vault.transaction(self._conn) as conn:
            saved = sessions.add_session(conn, session, self._vault.clock())
            self._vault.audit.append(
                conn, "create-session", at=self._vault.clock(), subject=session.id
            )
        return saved

    def start_note(self, session_id: str, fmt: NoteFormat) -> Note:
        session = sessions.get_session(self._conn, session_id)
        note = Note(session.client_id, session.id, fmt, {})
        with self._vault.transaction(self._conn) as conn:
            saved = sessions.add_note(conn, note, self._vault.clock())
            self._vault.audit.append(conn, "create-note", at=self._vault.clock(), subject=note.id)
        return saved

    def save_draft(self, note: Note) -> Note:
        """Autosave: committed when this returns (only then may the window say "Saved")."""
        with self._vault.transaction(self._conn) as conn:
            return sessions.save_draft(conn, note, self._vault.clock())

    def sign_note(self, note_id: str, signer: str) -> Note:
        with self._vault.transaction(self._conn) as conn:
            current = sessions.get_note(conn, note_id)
            session = sessions.get_session(conn, current.session_id)
            signed = current.signed(
                signer=signer, at=self._vault.clock(), session_start=session.start
            )
            saved = sessions.store_signature(conn, signed, self._vault.clock())
            detail = "late entry" if saved.late_entry else None
            self._vault.audit.append(
                conn, "sign-note", at=self._vault.clock(), subject=note_id, detail=detail
            )
        return saved

    def add_addendum(self, note_id: str, text: str, signer: str) -> Addendum:
        note = sessions.get_note(self._conn, note_id)
        if not signer.strip():
            raise ValidationError("An addendum needs the signer's name.")
        at = self._vault.clock()
        addendum = Addendum(
            note_id=note_id,
            client_id=note.client_id,
            text=text,
            signed_by=signer,
            signed_at=at,
            content_sha256=addendum_content_sha256(
                client_id=note.client_id, note_id=note_id, text=text, signed_by=signer, signed_at=at
            ),
        )
        with self._vault.transaction(self._conn) as conn:
            saved = sessions.add_addendum(conn, addendum, at)
            self._vault.audit.append(conn, "sign-addendum", at=at, subject=saved.id)
        return saved

    def session(self, session_id: str) -> Session:
        return sessions.get_session(self._conn, session_id)

    def note_for_session(self, session_id: str) -> Note | None:
        return sessions.note_for_session(self._conn, session_id)

    def delete_draft(self, note_id: str) -> None:
        with self._vault.transaction(self._conn) as conn:
            sessions.delete_draft(conn, note_id)
            self._vault.audit.append(conn, "delete-draft", at=self._vault.clock(), subject=note_id)

    def notes(self, client_id: str) -> list[Note]:
        return sessions.list_notes(self._conn, client_id)

    def note_headers(self, client_id: str) -> list[NoteHeader]:
        """The client's notes without their text, in session order (a chart's timeline)."""
        return sessions.list_note_headers(self._conn, client_id)

    def latest_section(self, client_id: str, key: str) -> str:
        """A section of the client's newest note, e.g. "next_appointment"; "" if none."""
        return sessions.latest_section(self._conn, client_id, key)

    def note(self, note_id: str) -> Note:
        return sessions.get_note(self._conn, note_id)

    def addendum_note_id(self, addendum_id: str) -> str | None:
        """The note an addendum belongs to (to open it from a search hit)."""
        return sessions.note_of_addendum(self._conn, addendum_id)

    def addenda(self, note_id: str) -> list[Addendum]:
        return sessions.addenda_for(self._conn, note_id)

    # -- SUD counseling notes (their own compartment) -------------------------------------
    def add_counseling_note(self, note: CounselingNote) -> CounselingNote:
        with self._vault.transaction(self._conn) as conn:
            saved = consents.add_counseling_note(conn, note, self._vault.clock())
            self._vault.audit.append(
                conn, "create-counseling-note", at=self._vault.clock(), subject=saved.id
            )
        return saved

    def save_counseling_note(self, note_id: str, text: str) -> None:
        with self._vault.transaction(self._conn) as conn:
            consents.update_counseling_note(conn, note_id, text, self._vault.clock())

    def counseling_notes(self, client_id: str) -> list[CounselingNote]:
        return consents.list_counseling_notes(self._conn, client_id)

    # -- consents ------------------------------------------------------------------------
    def add_consent(self, consent: Consent) -> Consent:
        with self._vault.transaction(self._conn) as conn:
            saved = consents.add_consent(conn, consent, self._vault.clock())
            self._vault.audit.append(
                conn, "create-consent", at=self._vault.clock(), subject=saved.id
            )
        return saved

    def revoke_consent(self, consent_id: str, on: date) -> None:
        with self._vault.transaction(self._conn) as conn:
            consents.revoke_consent(conn, consent_id, on, self._vault.clock())
            self._vault.audit.append(
                conn, "revoke-consent", at=self._vault.clock(), subject=consent_id
            )

    def consents(self, client_id: str) -> list[Consent]:
        return consents.list_consents(self._conn, client_id)
