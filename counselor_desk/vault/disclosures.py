"""The accounting of disclosures (42 CFR 2.24/2.25): an append-only table, one row each
time a client's record was printed for someone other than the client.

A row has exactly one basis: a consent (its id) or a medical emergency (42 CFR 2.51:
the nature of the emergency and the recipient's facility). It also names the document
that left (its kind, page count and the SHA-256 of the PDF's bytes). The database
refuses any change or deletion (migration 5's triggers), not just this module.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from typing import Any

from counselor_desk.domain.errors import RecordNotFound, ValidationError
from counselor_desk.domain.records import new_id
from counselor_desk.vault.connection import Connection
from counselor_desk.vault.rows import s2t, t2s


class DocumentKind(StrEnum):
    """What was printed (the `document` column of a disclosure)."""

    SESSION_NOTE = "session-note"
    CLIENT_SUMMARY = "client-summary"
    TREATMENT_PLAN = "treatment-plan"
    ECOMAP = "ecomap"
    ACCOUNTING = "accounting"
    GROUP_SIGNIN = "group-signin"
    WORKSHEET = "worksheet"
    SAFETY_PLAN_CARD = "safety-plan-card"


# Only a client's own records go to someone else: the accounting and a group's sign-in
# sheet are never disclosed.
DISCLOSABLE = frozenset(DocumentKind) - {DocumentKind.ACCOUNTING, DocumentKind.GROUP_SIGNIN}

_SHA256 = re.compile(r"^[0-9a-f]{64}$")

_COLUMNS = (
    "id, client_id, disclosed_at, recipient, facility, information, purpose, consent_id, "
    "emergency_nature, disclosed_by, document, pages, sha256, created_at"
)


@dataclass(frozen=True)
class DisclosureEntry:
    """One logged disclosure. `disclosed_at` is the time printed on the document's cover;
    `created_at` is when the entry was written (when the paper left)."""

    client_id: str
    disclosed_at: datetime
    recipient: str
    information: str
    purpose: str
    disclosed_by: str
    document: str  # the kind of document (DocumentKind above)
    pages: int
    sha256: str  # of the PDF's bytes, lowercase hex
    id: str = field(default_factory=new_id)
    consent_id: str | None = None
    emergency_nature: str | None = None  # set for a 42 CFR 2.51 medical emergency
    facility: str | None = None  # the recipient's facility (required in an emergency)
    created_at: datetime | None = None

    @property
    def is_emergency(self) -> bool:
        return self.emergency_nature is not None


def validate_entry(entry: DisclosureEntry) -> None:
    """Exactly one basis; an emergency names its facility and nature; no blank field."""
    if (entry.consent_id is None) == (entry.emergency_nature is None):
        raise ValidationError(
            "A disclosure is made under a consent or in a medical emergency: exactly one."
        )
    if entry.emergency_nature is not None:
        if not entry.emergency_nature.strip():
            raise ValidationError("A medical-emergency disclosure records the nature of it.")
        if not (entry.facility or "").strip():
            raise ValidationError("A medical-emergency disclosure records the facility.")
    for name in ("recipient", "information", "purpose", "disclosed_by", "document"):
        if not str(getattr(entry, name)).strip():
            raise ValidationError(f"A disclosure needs its {name.replace('_', ' ')}.")
    if entry.pages < 1:
        raise ValidationError("A disclosed document has at least one page.")
    if not _SHA256.match(entry.sha256):
        raise ValidationError("A disclosure records the SHA-256 of the document (64 hex digits).")
    if entry.disclosed_at.tzinfo is None:
        raise ValidationError("A disclosure time must carry its offset.")


def _entry(row: Any) -> DisclosureEntry:
    disclosed_at = s2t(row[2])
    assert disclosed_at is not None
    return DisclosureEntry(
        id=row[0],
        client_id=row[1],
        disclosed_at=disclosed_at,
        recipient=row[3],
        facility=row[4],
        information=row[5],
        purpose=row[6],
        consent_id=row[7],
        emergency_nature=row[8],
        disclosed_by=row[9],
        document=row[10],
        pages=int(row[11]),
        sha256=row[12],
        created_at=s2t(row[13]),
    )


def add_disclosure(conn: Connection, entry: DisclosureEntry, now: datetime) -> DisclosureEntry:
    """Append one entry (inside the caller's transaction, beside its audit row)."""
    validate_entry(entry)
    if entry.consent_id is not None:
        row = conn.execute(
            "SELECT client_id FROM consents WHERE id=?", (entry.consent_id,)
        ).fetchone()
        if row is None:
            raise RecordNotFound(f"There is no consent with id {entry.consent_id}.")
        if row[0] != entry.client_id:
            raise ValidationError("That consent belongs to another client.")
    created = entry.created_at or now
    conn.execute(
        f"INSERT INTO disclosures ({_COLUMNS}) VALUES ({', '.join('?' * 14)})",
        (
            entry.id,
            entry.client_id,
            t2s(entry.disclosed_at),
            entry.recipient,
            entry.facility,
            entry.information,
            entry.purpose,
            entry.consent_id,
            entry.emergency_nature,
            entry.disclosed_by,
            entry.document,
            entry.pages,
            entry.sha256,
            t2s(created),
        ),
    )
    return replace(entry, created_at=created)


def get_disclosure(conn: Connection, disclosure_id: str) -> DisclosureEntry:
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM disclosures WHERE id=?", (disclosure_id,)
    ).fetchone()
    if row is None:
        raise RecordNotFound(f"There is no disclosure with id {disclosure_id}.")
    return _entry(row)


def list_disclosures(conn: Connection, client_id: str) -> list[DisclosureEntry]:
    """A client's disclosures, oldest first (at the same time: in the order logged)."""
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM disclosures WHERE client_id=? "
        "ORDER BY disclosed_at, created_at, rowid",
        (client_id,),
    )
    return [_entry(r) for r in rows]


def disclosures_under(conn: Connection, consent_id: str) -> list[DisclosureEntry]:
    """What was disclosed under one consent, oldest first."""
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM disclosures WHERE consent_id=? "
        "ORDER BY disclosed_at, created_at, rowid",
        (consent_id,),
    )
    return [_entry(r) for r in rows]
