"""Session notes: formats, the draft → signed rule, content hashes and late entries."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from enum import StrEnum
from types import MappingProxyType
from typing import Any

from counselor_desk.domain.errors import SignedNoteImmutable, ValidationError, quoted
from counselor_desk.domain.records import new_id
from counselor_desk.domain.timeutil import format_utc

LATE_ENTRY_AFTER = timedelta(hours=24)


class NoteFormat(StrEnum):
    SOAP = "SOAP"
    DAP = "DAP"
    BIRP = "BIRP"
    GIRP = "GIRP"
    FREE = "free"
    GROUP = "group"  # one attendee's copy of a group session note


class NoteStatus(StrEnum):
    DRAFT = "draft"
    SIGNED = "signed"


# Section keys per format, in the order a counselor writes them.
SECTION_KEYS: MappingProxyType[NoteFormat, tuple[str, ...]] = MappingProxyType(
    {
        NoteFormat.SOAP: ("subjective", "objective", "assessment", "plan"),
        NoteFormat.DAP: ("data", "assessment", "plan"),
        NoteFormat.BIRP: ("behavior", "intervention", "response", "plan"),
        NoteFormat.GIRP: ("goal", "intervention", "response", "plan"),
        NoteFormat.FREE: ("text",),
        # The group part (same in every copy) and this attendee's own section.
        NoteFormat.GROUP: ("topic", "interventions", "individual"),
    }
)

# Every format may also carry these; they are hashed with the rest when signed.
COMMON_KEYS: tuple[str, ...] = (
    "risk_self_harm",
    "risk_overdose",
    "risk_safety",
    "next_appointment",
)


def allowed_keys(fmt: NoteFormat) -> tuple[str, ...]:
    return SECTION_KEYS[fmt] + COMMON_KEYS


def check_sections(fmt: NoteFormat, sections: dict[str, str]) -> None:
    """Refuse a section a format does not have (a typo would otherwise vanish on print)."""
    unknown = sorted(set(sections) - set(allowed_keys(fmt)))
    if unknown:
        names = ", ".join(allowed_keys(fmt))
        raise ValidationError(
            f"A {fmt.value} note has no section {quoted(unknown[0])}; its sections are {names}."
        )
    for key, value in sections.items():
        if not isinstance(value, str):
            raise ValidationError(f"Section {quoted(key)} must be text.")


def canonical_json(value: Any) -> bytes:
    """UTF-8, sorted keys, no spaces: the exact bytes a signature hash covers."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode(
        "utf-8"
    )


def note_content_sha256(
    *,
    client_id: str,
    session_id: str,
    fmt: NoteFormat,
    sections: dict[str, str],
    signed_by: str,
    signed_at: datetime,
) -> str:
    """SHA-256 of the canonical JSON DESIGN.md defines; times in the stored UTC form."""
    payload = {
        "client_id": client_id,
        "session_id": session_id,
        "format": fmt.value,
        "sections": sections,
        "signed_by": signed_by,
        "signed_at": format_utc(signed_at),
    }
    return hashlib.sha256(canonical_json(payload)).hexdigest()


def addendum_content_sha256(
    *, client_id: str, note_id: str, text: str, signed_by: str, signed_at: datetime
) -> str:
    payload = {
        "client_id": client_id,
        "note_id": note_id,
        "text": text,
        "signed_by": signed_by,
        "signed_at": format_utc(signed_at),
    }
    return hashlib.sha256(canonical_json(payload)).hexdigest()


@dataclass(frozen=True)
class Addendum:
    """A signed correction or addition to a signed note; itself immutable."""

    note_id: str
    client_id: str
    text: str
    signed_by: str
    signed_at: datetime
    content_sha256: str
    id: str = field(default_factory=new_id)

    def hash_matches(self) -> bool:
        return self.content_sha256 == addendum_content_sha256(
            client_id=self.client_id,
            note_id=self.note_id,
            text=self.text,
            signed_by=self.signed_by,
            signed_at=self.signed_at,
        )


@dataclass(frozen=True)
class NoteHeader:
    """A note without its text: what a chart's timeline shows of it (the text of 2,000
    notes, read and parsed only to show where each stands, was an eighth of a chart's
    first paint)."""

    id: str
    client_id: str
    session_id: str
    format: NoteFormat
    status: NoteStatus
    signed_by: str | None = None
    signed_at: datetime | None = None
    late_entry: bool = False

    @property
    def is_signed(self) -> bool:
        return self.status is NoteStatus.SIGNED


@dataclass(frozen=True)
class Note:
    client_id: str
    session_id: str
    format: NoteFormat
    sections: dict[str, str]
    id: str = field(default_factory=new_id)
    status: NoteStatus = NoteStatus.DRAFT
    signed_by: str | None = None
    signed_at: datetime | None = None
    content_sha256: str | None = None
    late_entry: bool = False
    created_at: datetime | None = None
    updated_at: datetime | None = None

    @property
    def is_signed(self) -> bool:
        return self.status is NoteStatus.SIGNED

    def with_sections(self, sections: dict[str, str]) -> Note:
        """A draft with new text; a signed note refuses."""
        if self.is_signed:
            raise SignedNoteImmutable("This note is signed and cannot change; add an addendum.")
        check_sections(self.format, sections)
        return replace(self, sections=dict(sections))

    def signed(self, *, signer: str, at: datetime, session_start: datetime) -> Note:
        """The signed form: hash computed, late entry marked if over 24 h after the session."""
        if self.is_signed:
            raise SignedNoteImmutable("This note is already signed.")
        if not signer.strip():
            raise ValidationError("A note needs the signer's name.")
        check_sections(self.format, self.sections)
        if not any(self.sections.get(k, "").strip() for k in SECTION_KEYS[self.format]):
            raise ValidationError("An empty note cannot be signed; write at least one section.")
        digest = note_content_sha256(
            client_id=self.client_id,
            session_id=self.session_id,
            fmt=self.format,
            sections=self.sections,
            signed_by=signer,
            signed_at=at,
        )
        return replace(
            self,
            status=NoteStatus.SIGNED,
            signed_by=signer,
            signed_at=at,
            content_sha256=digest,
            late_entry=is_late_entry(session_start, at),
        )

    def expected_sha256(self) -> str | None:
        if self.signed_by is None or self.signed_at is None:
            return None
        return note_content_sha256(
            client_id=self.client_id,
            session_id=self.session_id,
            fmt=self.format,
            sections=self.sections,
            signed_by=self.signed_by,
            signed_at=self.signed_at,
        )

    def hash_matches(self) -> bool:
        return self.content_sha256 is not None and self.content_sha256 == self.expected_sha256()


def is_late_entry(session_start: datetime, signed_at: datetime) -> bool:
    return signed_at - session_start > LATE_ENTRY_AFTER
