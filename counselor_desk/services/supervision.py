"""Supervision on an unlocked vault: a counselor sends a note for co-signature (a draft or
a signed note) and may withdraw it until it is co-signed; a vault unlocked through a
supervisor slot sees the signed notes waiting for it and co-signs them, under that slot's
label. Each write is one transaction with its audit row; audit rows name note ids (and
the supervisor's slot id as actor), never a client's name or a note's text."""

from __future__ import annotations

from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.supervision import (
    Cosignature,
    CosignRequest,
    CosignState,
    CosignStatus,
    NotSupervisor,
    SlotRole,
    WaitingNote,
    cosign_note,
)
from counselor_desk.vault import sessions
from counselor_desk.vault import supervision as repo
from counselor_desk.vault.connection import Connection
from counselor_desk.vault.store import Vault

__all__ = ["NotSupervisor", "Supervision"]


class Supervision:
    """Use cases over one connection: the vault's own by default; a worker thread passes
    a connection of its own (a connection belongs to one thread)."""

    def __init__(self, vault: Vault, conn: Connection | None = None) -> None:
        self._vault = vault
        self._conn = conn if conn is not None else vault.conn

    # -- who is at the keyboard ----------------------------------------------------------
    @property
    def is_supervisor(self) -> bool:
        """True when the vault was unlocked through a supervisor slot."""
        return self._vault.unlocked_role is SlotRole.SUPERVISOR

    @property
    def cosigner(self) -> str | None:
        """The name a co-signature would carry (the supervisor slot's label), or None."""
        slot = self._vault.unlocked_slot
        return slot.label if slot is not None and slot.role is SlotRole.SUPERVISOR else None

    # -- requests ------------------------------------------------------------------------
    def request(self, note_id: str, requested_by: str) -> CosignStatus:
        """Send a note (draft or signed) for co-signature; asking again changes nothing."""
        if not requested_by.strip():
            raise ValidationError(
                "Asking for a co-signature needs your name; set the signer in Settings."
            )
        with self._vault.transaction(self._conn) as conn:
            current = repo.status(conn, note_id)
            if current.request is not None:
                return current
            note = sessions.get_note(conn, note_id)
            now = self._vault.clock()
            repo.add_request(conn, CosignRequest(note.id, note.client_id, requested_by, now))
            self._vault.audit.append(conn, "cosign-request", at=now, subject=note_id)
            return repo.status(conn, note_id)

    def withdraw(self, note_id: str) -> CosignStatus:
        """Take the request back; refused once the note is co-signed. No request: no-op."""
        with self._vault.transaction(self._conn) as conn:
            sessions.get_note(conn, note_id)  # RecordNotFound for an unknown id
            if repo.delete_request(conn, note_id):
                self._vault.audit.append(
                    conn, "cosign-withdraw", at=self._vault.clock(), subject=note_id
                )
            return repo.status(conn, note_id)

    def set_requested(self, note_id: str, wanted: bool, requested_by: str) -> CosignStatus:
        """The note editor's checkbox: request when checked, withdraw when unchecked."""
        if wanted:
            return self.request(note_id, requested_by)
        return self.withdraw(note_id)

    # -- reading -------------------------------------------------------------------------
    def status(self, note_id: str) -> CosignStatus:
        """None, requested, or co-signed (with by whom and when)."""
        return repo.status(self._conn, note_id)

    def states(self, client_id: str) -> dict[str, CosignState]:
        """Note id → requested / co-signed for one client's notes (the chart's timeline)."""
        return repo.states_for_client(self._conn, client_id)

    def waiting(self) -> list[WaitingNote]:
        """The supervisor's queue: signed notes sent for co-signature and not yet co-signed,
        the longest-waiting first, with the client's display name and the session date."""
        return repo.waiting(self._conn)

    def open_for_review(self, note_id: str) -> None:
        """Record that the supervisor read a note from the queue (audited like a chart)."""
        with self._vault.transaction(self._conn) as conn:
            sessions.get_note(conn, note_id)
            self._vault.audit.append(
                conn,
                "review-note",
                at=self._vault.clock(),
                subject=note_id,
                actor=self._vault.slot_id,
            )

    def verify(self, note_id: str) -> bool:
        """True when the note is co-signed and its co-signature covers the note as stored."""
        cosignature = repo.get_cosignature(self._conn, note_id)
        if cosignature is None:
            return False
        note = sessions.get_note(self._conn, note_id)
        return note.hash_matches() and cosignature.hash_matches(note.content_sha256)

    # -- co-signing ----------------------------------------------------------------------
    def cosign(self, note_id: str) -> Cosignature:
        """Co-sign a signed note that was sent for co-signature, as the supervisor slot that
        unlocked. Refused when the vault was unlocked any other way."""
        cosigner = self.cosigner
        if cosigner is None:
            raise NotSupervisor(
                "Only a supervisor can co-sign notes. Lock the vault and unlock it with the "
                "supervisor's passphrase to co-sign."
            )
        with self._vault.transaction(self._conn) as conn:
            note = sessions.get_note(conn, note_id)  # RecordNotFound for an unknown id
            current = repo.status(conn, note_id)
            if current.cosignature is not None:
                raise ValidationError(
                    f"This note is already co-signed by {current.cosignature.cosigned_by}; "
                    "a note is co-signed once."
                )
            if current.request is None:
                raise ValidationError("This note was not sent for co-signature.")
            now = self._vault.clock()
            cosignature = cosign_note(note, cosigner=cosigner, at=now)
            repo.add_cosignature(conn, cosignature, now)
            self._vault.audit.append(
                conn, "cosign-note", at=now, subject=note_id, actor=self._vault.slot_id
            )
        return cosignature

    # -- the per-vault default -----------------------------------------------------------
    def default_request(self) -> bool:
        """Whether new notes start with "Needs supervisor co-signature" checked."""
        return repo.default_request(self._conn)

    def set_default_request(self, value: bool) -> None:
        with self._vault.transaction(self._conn) as conn:
            repo.set_default_request(conn, value)
            self._vault.audit.append(
                conn,
                "settings-cosign-default",
                at=self._vault.clock(),
                detail="on" if value else "off",
            )
