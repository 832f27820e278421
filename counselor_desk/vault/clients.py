"""Clients and their medication history."""

from __future__ import annotations

import json
import unicodedata
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from counselor_desk.domain.errors import RecordNotFound, ValidationError
from counselor_desk.domain.records import (
    TAKE_HOME_MAX,
    Client,
    Diagnosis,
    Dispensing,
    Language,
    Medication,
    MedicationEntry,
)
from counselor_desk.vault.connection import Connection
from counselor_desk.vault.rows import d2s, s2d, s2t, t2s

_CLIENT_COLUMNS = (
    "id, display_name, legal_name, date_of_birth, sex, pronouns, preferred_language, phone, "
    "emergency_contact, guardian, program, admission_date, discharge_date, recovery_date, "
    "diagnoses, archived, created_at, updated_at"
)


def _client(row: Any) -> Client:
    diagnoses = tuple(Diagnosis(d["description"], d.get("icd10")) for d in json.loads(str(row[14])))
    return Client(
        id=str(row[0]),
        display_name=str(row[1]),
        legal_name=row[2],
        date_of_birth=s2d(row[3]),
        sex=row[4],
        pronouns=row[5],
        preferred_language=Language(row[6]),
        phone=row[7],
        emergency_contact=row[8],
        guardian=row[9],
        program=row[10],
        admission_date=s2d(row[11]),
        discharge_date=s2d(row[12]),
        recovery_date=s2d(row[13]),
        diagnoses=diagnoses,
        archived=bool(row[15]),
        created_at=s2t(row[16]),
        updated_at=s2t(row[17]),
    )


def validate_client(client: Client) -> None:
    # Something to read: spaces and invisible characters (NUL, other controls, format
    # marks) alone name nobody.
    if not any(not c.isspace() and unicodedata.category(c)[0] != "C" for c in client.display_name):
        raise ValidationError("A client needs a display name.")
    if (
        client.admission_date
        and client.discharge_date
        and client.discharge_date < client.admission_date
    ):
        raise ValidationError("The discharge date is before the admission date.")


def _client_values(client: Client) -> tuple[object, ...]:
    diagnoses = json.dumps(
        [{"description": d.description, "icd10": d.icd10} for d in client.diagnoses]
    )
    return (
        client.display_name.strip(),
        client.legal_name,
        d2s(client.date_of_birth),
        client.sex,
        client.pronouns,
        client.preferred_language.value,
        client.phone,
        client.emergency_contact,
        client.guardian,
        client.program,
        d2s(client.admission_date),
        d2s(client.discharge_date),
        d2s(client.recovery_date),
        diagnoses,
        int(client.archived),
    )


def add_client(conn: Connection, client: Client, now: datetime) -> Client:
    validate_client(client)
    created = client.created_at or now
    updated = client.updated_at or now
    conn.execute(
        f"INSERT INTO clients ({_CLIENT_COLUMNS}) VALUES ({', '.join('?' * 18)})",
        (client.id, *_client_values(client), t2s(created), t2s(updated)),
    )
    # As stored: the display name stripped.
    name = client.display_name.strip()
    return replace(client, display_name=name, created_at=created, updated_at=updated)


def update_client(conn: Connection, client: Client, now: datetime) -> Client:
    validate_client(client)
    cursor = conn.execute(
        "UPDATE clients SET display_name=?, legal_name=?, date_of_birth=?, sex=?, pronouns=?, "
        "preferred_language=?, phone=?, emergency_contact=?, guardian=?, program=?, "
        "admission_date=?, discharge_date=?, recovery_date=?, diagnoses=?, archived=?, "
        "updated_at=? WHERE id=?",
        (*_client_values(client), t2s(now), client.id),
    )
    if cursor.rowcount != 1:
        raise RecordNotFound(f"There is no client with id {client.id}.")
    return replace(client, display_name=client.display_name.strip(), updated_at=now)


def get_client(conn: Connection, client_id: str) -> Client:
    row = conn.execute(f"SELECT {_CLIENT_COLUMNS} FROM clients WHERE id=?", (client_id,)).fetchone()
    if row is None:
        raise RecordNotFound(f"There is no client with id {client_id}.")
    return _client(row)


def list_clients(conn: Connection, *, include_archived: bool = False) -> list[Client]:
    where = "" if include_archived else "WHERE archived = 0"
    rows = conn.execute(
        f"SELECT {_CLIENT_COLUMNS} FROM clients {where} ORDER BY display_name COLLATE NOCASE"
    )
    return [_client(r) for r in rows]


def client_ids(conn: Connection) -> set[str]:
    return {str(r[0]) for r in conn.execute("SELECT id FROM clients")}


# -- medication history -------------------------------------------------------------------

_MED_COLUMNS = (
    "id, client_id, medication, form, dose, schedule, prescriber, started, stopped, "
    "dispensing, take_home_count, notes, replaces, created_at"
)


def _medication(row: Any) -> MedicationEntry:
    return MedicationEntry(
        id=str(row[0]),
        client_id=str(row[1]),
        medication=Medication(row[2]),
        form=row[3],
        dose=row[4],
        schedule=row[5],
        prescriber=row[6],
        started=date.fromisoformat(row[7]),
        stopped=s2d(row[8]),
        dispensing=Dispensing(row[9]) if row[9] else None,
        take_home_count=row[10],
        notes=row[11],
        replaces=row[12],
        created_at=s2t(row[13]),
    )


def add_medication(conn: Connection, entry: MedicationEntry, now: datetime) -> MedicationEntry:
    """Insert a history entry. Entries are never edited; a change closes the old one."""
    if entry.stopped and entry.stopped < entry.started:
        raise ValidationError("The stop date is before the start date.")
    count = entry.take_home_count
    if count is not None and not 0 <= count <= TAKE_HOME_MAX:
        raise ValidationError(f"Take-home doses are a number from 0 to {TAKE_HOME_MAX}.")
    created = entry.created_at or now
    conn.execute(
        f"INSERT INTO medications ({_MED_COLUMNS}) VALUES ({', '.join('?' * 14)})",
        (
            entry.id,
            entry.client_id,
            entry.medication.value,
            entry.form,
            entry.dose,
            entry.schedule,
            entry.prescriber,
            d2s(entry.started),
            d2s(entry.stopped),
            entry.dispensing.value if entry.dispensing else None,
            entry.take_home_count,
            entry.notes,
            entry.replaces,
            t2s(created),
        ),
    )
    return replace(entry, created_at=created)


def close_medication(conn: Connection, entry_id: str, stopped: date) -> None:
    """Set the stop date once; the only change a history entry allows."""
    row = conn.execute(
        "SELECT started, stopped FROM medications WHERE id=?", (entry_id,)
    ).fetchone()
    if row is None or row[1] is not None:
        raise ValidationError("That medication entry is already stopped or does not exist.")
    if stopped < date.fromisoformat(row[0]):
        raise ValidationError("The stop date is before the start date.")
    conn.execute("UPDATE medications SET stopped=? WHERE id=?", (stopped.isoformat(), entry_id))


def medication_history(conn: Connection, client_id: str) -> list[MedicationEntry]:
    rows = conn.execute(
        f"SELECT {_MED_COLUMNS} FROM medications WHERE client_id=? ORDER BY started, created_at",
        (client_id,),
    )
    return [_medication(r) for r in rows]
