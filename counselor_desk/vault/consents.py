"""Consents (42 CFR 2.31) and SUD counseling notes (42 CFR 2.11), each in its own table."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from typing import Any

from counselor_desk.domain.errors import RecordNotFound, ValidationError
from counselor_desk.domain.records import Consent, CounselingNote
from counselor_desk.vault.connection import Connection
from counselor_desk.vault.rows import d2s, s2d, s2t, t2s

_CONSENT_COLUMNS = (
    "id, client_id, discloser, recipient, information, purpose, signed, signed_by, expires, "
    "expires_on_event, includes_counseling_notes, revoked, created_at, updated_at"
)


def _consent(row: Any) -> Consent:
    return Consent(
        id=row[0],
        client_id=row[1],
        discloser=row[2],
        recipient=row[3],
        information=row[4],
        purpose=row[5],
        signed=s2d(row[6]),  # type: ignore[arg-type]
        signed_by=row[7],
        expires=s2d(row[8]),
        expires_on_event=row[9],
        includes_counseling_notes=bool(row[10]),
        revoked=s2d(row[11]),
        created_at=s2t(row[12]),
        updated_at=s2t(row[13]),
    )


def validate_consent(consent: Consent) -> None:
    for name in ("discloser", "recipient", "information", "purpose", "signed_by"):
        if not str(getattr(consent, name)).strip():
            raise ValidationError(f"A consent needs its {name.replace('_', ' ')}.")
    if consent.expires is None and not (consent.expires_on_event or "").strip():
        raise ValidationError("A consent needs an expiry date or an expiry event.")
    if consent.expires and consent.expires < consent.signed:
        raise ValidationError("The consent expires before it was signed.")


def add_consent(conn: Connection, consent: Consent, now: datetime) -> Consent:
    validate_consent(consent)
    created = consent.created_at or now
    updated = consent.updated_at or now
    conn.execute(
        f"INSERT INTO consents ({_CONSENT_COLUMNS}) VALUES ({', '.join('?' * 14)})",
        (
            consent.id,
            consent.client_id,
            consent.discloser,
            consent.recipient,
            consent.information,
            consent.purpose,
            d2s(consent.signed),
            consent.signed_by,
            d2s(consent.expires),
            consent.expires_on_event,
            int(consent.includes_counseling_notes),
            d2s(consent.revoked),
            t2s(created),
            t2s(updated),
        ),
    )
    return replace(consent, created_at=created, updated_at=updated)


def revoke_consent(conn: Connection, consent_id: str, on: date, now: datetime) -> None:
    """Revoked once, on or after the day it was signed."""
    consent = get_consent(conn, consent_id)
    if consent.revoked is not None:
        raise ValidationError("That consent is already revoked.")
    if on < consent.signed:
        raise ValidationError("A consent cannot be revoked before the day it was signed.")
    conn.execute(
        "UPDATE consents SET revoked=?, updated_at=? WHERE id=?",
        (on.isoformat(), t2s(now), consent_id),
    )


def get_consent(conn: Connection, consent_id: str) -> Consent:
    row = conn.execute(
        f"SELECT {_CONSENT_COLUMNS} FROM consents WHERE id=?", (consent_id,)
    ).fetchone()
    if row is None:
        raise RecordNotFound(f"There is no consent with id {consent_id}.")
    return _consent(row)


def list_consents(conn: Connection, client_id: str) -> list[Consent]:
    rows = conn.execute(
        f"SELECT {_CONSENT_COLUMNS} FROM consents WHERE client_id=? ORDER BY signed", (client_id,)
    )
    return [_consent(r) for r in rows]


# -- SUD counseling notes ------------------------------------------------------------------


def _counseling(row: Any) -> CounselingNote:
    return CounselingNote(
        id=row[0],
        client_id=row[1],
        session_id=row[2],
        text=row[3],
        created_at=s2t(row[4]),
        updated_at=s2t(row[5]),
    )


def add_counseling_note(conn: Connection, note: CounselingNote, now: datetime) -> CounselingNote:
    created = note.created_at or now
    updated = note.updated_at or now
    conn.execute(
        "INSERT INTO counseling_notes (id, client_id, session_id, text, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (note.id, note.client_id, note.session_id, note.text, t2s(created), t2s(updated)),
    )
    return replace(note, created_at=created, updated_at=updated)


def update_counseling_note(conn: Connection, note_id: str, text: str, now: datetime) -> None:
    cursor = conn.execute(
        "UPDATE counseling_notes SET text=?, updated_at=? WHERE id=?", (text, t2s(now), note_id)
    )
    if cursor.rowcount != 1:
        raise RecordNotFound(f"There is no counseling note with id {note_id}.")


def list_counseling_notes(conn: Connection, client_id: str) -> list[CounselingNote]:
    rows = conn.execute(
        "SELECT id, client_id, session_id, text, created_at, updated_at FROM counseling_notes "
        "WHERE client_id=? ORDER BY created_at",
        (client_id,),
    )
    return [_counseling(r) for r in rows]
