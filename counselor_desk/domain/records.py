"""The records a counselor keeps, as frozen dataclasses (DOMAIN.md "Records")."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum


def new_id() -> str:
    return str(uuid.uuid4())


class Language(StrEnum):
    ENGLISH = "en"
    SPANISH = "es"


class Medication(StrEnum):
    BUPRENORPHINE = "buprenorphine"
    METHADONE = "methadone"
    NALTREXONE = "naltrexone"
    OTHER = "other"


class Dispensing(StrEnum):
    CLINIC = "clinic"
    PHARMACY = "pharmacy"
    TAKE_HOME = "take-home"
    INJECTION = "injection"


class SessionKind(StrEnum):
    INDIVIDUAL = "individual"
    GROUP = "group"
    FAMILY = "family"
    PEER_SUPPORT = "peer-support"
    PHONE = "phone"


@dataclass(frozen=True)
class Diagnosis:
    description: str
    icd10: str | None = None


@dataclass(frozen=True)
class Client:
    display_name: str
    id: str = field(default_factory=new_id)
    legal_name: str | None = None
    date_of_birth: date | None = None
    sex: str | None = None  # only where a scale's cut-off depends on it
    pronouns: str | None = None
    preferred_language: Language = Language.ENGLISH
    phone: str | None = None
    emergency_contact: str | None = None
    guardian: str | None = None
    program: str | None = None
    admission_date: date | None = None
    discharge_date: date | None = None
    recovery_date: date | None = None
    diagnoses: tuple[Diagnosis, ...] = ()
    archived: bool = False
    created_at: datetime | None = None
    updated_at: datetime | None = None


# Take-home doses on hand: the dialog offers 0 to 31 (a month, the most federal OTP rules
# allow is 28 days); a stored entry may hold up to a year's worth, no more.
TAKE_HOME_MAX = 365


@dataclass(frozen=True)
class MedicationEntry:
    """One period on one medication; a dose change is a new entry that closes the old one."""

    client_id: str
    medication: Medication
    started: date
    id: str = field(default_factory=new_id)
    form: str | None = None
    dose: str | None = None
    schedule: str | None = None
    prescriber: str | None = None
    stopped: date | None = None
    dispensing: Dispensing | None = None
    take_home_count: int | None = None
    notes: str | None = None
    replaces: str | None = None  # the entry this one changed
    created_at: datetime | None = None


@dataclass(frozen=True)
class Session:
    client_id: str
    start: datetime
    minutes: int
    kind: SessionKind
    id: str = field(default_factory=new_id)
    location: str | None = None
    participants: tuple[str, ...] = ()
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True)
class Consent:
    """A 42 CFR 2.31 consent, stored as a record (entry and enforcement come with printing)."""

    client_id: str
    discloser: str
    recipient: str
    information: str
    purpose: str
    signed: date
    signed_by: str
    id: str = field(default_factory=new_id)
    expires: date | None = None
    expires_on_event: str | None = None
    includes_counseling_notes: bool = False
    revoked: date | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True)
class CounselingNote:
    """An SUD counseling note (42 CFR 2.11): the counselor's private analysis, kept apart."""

    client_id: str
    text: str
    id: str = field(default_factory=new_id)
    session_id: str | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: datetime
    action: str
    subject: str | None
    detail: str | None
    actor: str | None
