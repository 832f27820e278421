"""Supervision: a pre-licensed counselor's signed note can wait for a clinical supervisor's
co-signature. A passphrase slot has a role; only a vault unlocked through a supervisor
slot co-signs, and the co-signer's name is that slot's label.

The co-signature is hashed like a signature: SHA-256 of the canonical JSON of
`{note_id, note_content_sha256, cosigned_by, cosigned_at}` (times in the stored UTC
form), so it covers exactly the signed note it was given and is checked the same way.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from counselor_desk.domain.errors import CounselorDeskError, ValidationError
from counselor_desk.domain.notes import Note, NoteFormat, canonical_json
from counselor_desk.domain.timeutil import format_utc


class SlotRole(StrEnum):
    """Who a passphrase slot belongs to. The recovery key counts as the counselor."""

    COUNSELOR = "counselor"
    SUPERVISOR = "supervisor"


class NotSupervisor(CounselorDeskError):
    """Co-signing needs a vault unlocked through a supervisor slot."""


class CosignState(StrEnum):
    NONE = "none"  # no co-signature asked for
    REQUESTED = "requested"  # asked for, not yet co-signed (a draft may be asked for too)
    COSIGNED = "co-signed"


def cosignature_sha256(
    *, note_id: str, note_content_sha256: str, cosigned_by: str, cosigned_at: datetime
) -> str:
    """SHA-256 of the canonical JSON of what a co-signature vouches for."""
    payload = {
        "note_id": note_id,
        "note_content_sha256": note_content_sha256,
        "cosigned_by": cosigned_by,
        "cosigned_at": format_utc(cosigned_at),
    }
    return hashlib.sha256(canonical_json(payload)).hexdigest()


@dataclass(frozen=True)
class CosignRequest:
    """A note (draft or signed) sent for a supervisor's co-signature."""

    note_id: str
    client_id: str
    requested_by: str
    requested_at: datetime


@dataclass(frozen=True)
class Cosignature:
    """A supervisor's co-signature of one signed note; immutable once stored."""

    note_id: str
    client_id: str
    cosigned_by: str
    cosigned_at: datetime
    content_sha256: str

    def hash_matches(self, note_content_sha256: str | None) -> bool:
        """True when this co-signature covers a note whose own hash is the one given."""
        if not note_content_sha256:
            return False
        return self.content_sha256 == cosignature_sha256(
            note_id=self.note_id,
            note_content_sha256=note_content_sha256,
            cosigned_by=self.cosigned_by,
            cosigned_at=self.cosigned_at,
        )


def check_cosignable(note: Note) -> str:
    """The note's own hash, when the note may be co-signed; else ValidationError saying why."""
    if not note.is_signed or note.content_sha256 is None:
        raise ValidationError("Only a signed note can be co-signed; this one is still a draft.")
    if not note.hash_matches():
        raise ValidationError(
            "This note's text does not match its signature hash, so it cannot be co-signed. "
            "Run verify on the vault."
        )
    return note.content_sha256


def cosign_note(note: Note, *, cosigner: str, at: datetime) -> Cosignature:
    """The co-signature of a signed note whose own hash matches."""
    digest = check_cosignable(note)
    if not cosigner.strip():
        raise ValidationError("A co-signature needs the supervisor's name.")
    return Cosignature(
        note_id=note.id,
        client_id=note.client_id,
        cosigned_by=cosigner,
        cosigned_at=at,
        content_sha256=cosignature_sha256(
            note_id=note.id, note_content_sha256=digest, cosigned_by=cosigner, cosigned_at=at
        ),
    )


@dataclass(frozen=True)
class CosignStatus:
    """Where one note stands: no request, waiting, or co-signed (by whom and when)."""

    request: CosignRequest | None = None
    cosignature: Cosignature | None = None

    @property
    def state(self) -> CosignState:
        if self.cosignature is not None:
            return CosignState.COSIGNED
        return CosignState.REQUESTED if self.request is not None else CosignState.NONE

    @property
    def cosigned_by(self) -> str | None:
        return self.cosignature.cosigned_by if self.cosignature else None

    @property
    def cosigned_at(self) -> datetime | None:
        return self.cosignature.cosigned_at if self.cosignature else None


@dataclass(frozen=True)
class WaitingNote:
    """One row of a supervisor's queue: a signed note with a request and no co-signature."""

    note_id: str
    client_id: str
    client_name: str  # the display name, for the supervisor's queue only
    session_id: str
    session_start: datetime
    format: NoteFormat
    signed_by: str
    signed_at: datetime
    requested_by: str
    requested_at: datetime


__all__ = [
    "CosignRequest",
    "CosignState",
    "CosignStatus",
    "Cosignature",
    "NotSupervisor",
    "SlotRole",
    "WaitingNote",
    "check_cosignable",
    "cosign_note",
    "cosignature_sha256",
]
