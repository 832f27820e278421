"""Worksheet instances with their history, and scale entries.

Worksheet text goes into `search_index` (kind 'worksheet') here, in the caller's
transaction: the words depend on the definition (chosen options in both languages,
table cells), so they are computed in Python, not by a trigger. A deleted worksheet's
row is removed by a trigger as well.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import replace
from datetime import datetime
from typing import Any

from counselor_desk.domain.errors import RecordNotFound, ValidationError
from counselor_desk.domain.measures import (
    ScaleEntry,
    WorksheetInstance,
    WorksheetIsComplete,
    WorksheetStatus,
    WorksheetVersion,
)
from counselor_desk.domain.scales import Flag, FlagKind, ScaleId
from counselor_desk.domain.worksheets import WorksheetDefinition, searchable_text
from counselor_desk.vault.connection import Connection
from counselor_desk.vault.rows import d2s, s2d, s2t, t2s
from counselor_desk.vault.search import index_text

SEARCH_KIND = "worksheet"

_WORKSHEET_COLUMNS = (
    "id, client_id, session_id, definition_id, definition_version, status, values_json, "
    "created_at, updated_at, completed_at"
)


def values_json(values: Mapping[str, Any]) -> str:
    """The stored form: compact, keys sorted, non-ASCII kept; NaN and infinity refused."""
    try:
        return json.dumps(
            values, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False
        )
    except (TypeError, ValueError) as exc:
        raise ValidationError(f"The worksheet's answers cannot be stored as JSON: {exc}.") from None


def _worksheet(row: Any) -> WorksheetInstance:
    return WorksheetInstance(
        id=row[0],
        client_id=row[1],
        session_id=row[2],
        definition_id=row[3],
        definition_version=int(row[4]),
        status=WorksheetStatus(row[5]),
        values=json.loads(row[6]),
        created_at=s2t(row[7]),
        updated_at=s2t(row[8]),
        completed_at=s2t(row[9]),
    )


# -- search --------------------------------------------------------------------------------


def _strings(value: object) -> Iterator[str]:
    """Every text inside a JSON value (for a worksheet whose definition is not loaded)."""
    if isinstance(value, str):
        if value.strip():
            yield value.strip()
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)


def worksheet_text(definition: WorksheetDefinition | None, values: Mapping[str, Any]) -> str:
    """The searchable words of a worksheet; without its definition, every text in it."""
    if definition is not None:
        return searchable_text(definition, values)
    return "\n".join(_strings(dict(values)))


def _index(
    conn: Connection, worksheet: WorksheetInstance, definition: WorksheetDefinition | None
) -> None:
    body = worksheet_text(definition, worksheet.values)
    index_text(conn, SEARCH_KIND, worksheet.id, worksheet.client_id, worksheet.created_at, body)


# -- worksheets ----------------------------------------------------------------------------


def _check_session(conn: Connection, session_id: str | None, client_id: str) -> None:
    if session_id is None:
        return
    row = conn.execute("SELECT client_id FROM sessions WHERE id=?", (session_id,)).fetchone()
    if row is None:
        raise RecordNotFound(f"There is no session with id {session_id}.")
    if row[0] != client_id:
        raise ValidationError("That session belongs to another client.")


def _check_client(conn: Connection, client_id: str) -> None:
    if conn.execute("SELECT 1 FROM clients WHERE id=?", (client_id,)).fetchone() is None:
        raise RecordNotFound(f"There is no client with id {client_id}.")


def add_worksheet(
    conn: Connection,
    worksheet: WorksheetInstance,
    definition: WorksheetDefinition | None,
    now: datetime,
) -> WorksheetInstance:
    """Insert a worksheet (new, or imported with its stamps) and index its words."""
    _check_client(conn, worksheet.client_id)
    _check_session(conn, worksheet.session_id, worksheet.client_id)
    if worksheet.is_complete and worksheet.completed_at is None:
        raise ValidationError("A complete worksheet needs the time it was completed.")
    saved = replace(
        worksheet,
        created_at=worksheet.created_at or now,
        updated_at=worksheet.updated_at or now,
        completed_at=worksheet.completed_at if worksheet.is_complete else None,
    )
    conn.execute(
        f"INSERT INTO worksheets ({_WORKSHEET_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            saved.id,
            saved.client_id,
            saved.session_id,
            saved.definition_id,
            saved.definition_version,
            saved.status.value,
            values_json(saved.values),
            t2s(saved.created_at),  # type: ignore[arg-type]
            t2s(saved.updated_at),  # type: ignore[arg-type]
            t2s(saved.completed_at) if saved.completed_at else None,
        ),
    )
    _index(conn, saved, definition)
    return saved


def get_worksheet(conn: Connection, worksheet_id: str) -> WorksheetInstance:
    row = conn.execute(
        f"SELECT {_WORKSHEET_COLUMNS} FROM worksheets WHERE id=?", (worksheet_id,)
    ).fetchone()
    if row is None:
        raise RecordNotFound(f"There is no worksheet with id {worksheet_id}.")
    return _worksheet(row)


def list_worksheets(conn: Connection, client_id: str) -> list[WorksheetInstance]:
    """A client's worksheets, oldest first."""
    rows = conn.execute(
        f"SELECT {_WORKSHEET_COLUMNS} FROM worksheets WHERE client_id=? ORDER BY created_at, id",
        (client_id,),
    )
    return [_worksheet(r) for r in rows]


def save_values(
    conn: Connection,
    worksheet_id: str,
    values: Mapping[str, Any],
    definition: WorksheetDefinition | None,
    now: datetime,
) -> WorksheetInstance:
    """Replace a draft's answers (and reindex them). A complete worksheet is refused."""
    current = get_worksheet(conn, worksheet_id)
    if current.is_complete:
        raise WorksheetIsComplete(
            "This worksheet is marked complete; reopen it to change its answers."
        )
    version = definition.version if definition is not None else current.definition_version
    cursor = conn.execute(
        "UPDATE worksheets SET values_json=?, definition_version=?, updated_at=? "
        "WHERE id=? AND status='draft'",
        (values_json(values), version, t2s(now), worksheet_id),
    )
    if cursor.rowcount != 1:  # pragma: no cover - the same transaction read it as a draft
        raise WorksheetIsComplete("This worksheet is marked complete; reopen it first.")
    saved = replace(current, values=dict(values), definition_version=version, updated_at=now)
    _index(conn, saved, definition)
    return saved


def set_status(
    conn: Connection, worksheet_id: str, status: WorksheetStatus, now: datetime
) -> WorksheetInstance:
    """Mark complete (completed_at = now) or reopen (back to draft); the caller writes the
    version row. Refuses a change to the status it already has."""
    current = get_worksheet(conn, worksheet_id)
    if current.status is status:
        if status is WorksheetStatus.COMPLETE:
            raise WorksheetIsComplete("This worksheet is already marked complete.")
        raise ValidationError("This worksheet is not complete, so there is nothing to reopen.")
    completed_at = now if status is WorksheetStatus.COMPLETE else None
    conn.execute(
        "UPDATE worksheets SET status=?, completed_at=?, updated_at=? WHERE id=?",
        (status.value, t2s(completed_at) if completed_at else None, t2s(now), worksheet_id),
    )
    return replace(current, status=status, completed_at=completed_at, updated_at=now)


def delete_worksheet(conn: Connection, worksheet_id: str) -> None:
    """Delete a draft that was never completed (one with history stays: it was a record)."""
    current = get_worksheet(conn, worksheet_id)
    if current.is_complete or list_versions(conn, worksheet_id):
        raise WorksheetIsComplete(
            "Only a draft that was never completed can be deleted; this one has a history."
        )
    conn.execute("DELETE FROM worksheets WHERE id=?", (worksheet_id,))


# -- history -------------------------------------------------------------------------------


def _version(row: Any) -> WorksheetVersion:
    return WorksheetVersion(
        worksheet_id=row[0],
        version=int(row[1]),
        values=json.loads(row[2]),
        status=WorksheetStatus(row[3]),
        saved_at=s2t(row[4]),  # type: ignore[arg-type]
    )


def add_version(conn: Connection, version: WorksheetVersion) -> WorksheetVersion:
    conn.execute(
        "INSERT INTO worksheet_versions (worksheet_id, version, values_json, status, saved_at)"
        " VALUES (?, ?, ?, ?, ?)",
        (
            version.worksheet_id,
            version.version,
            values_json(version.values),
            version.status.value,
            t2s(version.saved_at),
        ),
    )
    return version


def append_version(
    conn: Connection, worksheet: WorksheetInstance, at: datetime
) -> WorksheetVersion:
    """The next version of `worksheet`, holding its values and status as they are now."""
    row = conn.execute(
        "SELECT coalesce(max(version), 0) FROM worksheet_versions WHERE worksheet_id=?",
        (worksheet.id,),
    ).fetchone()
    return add_version(
        conn,
        WorksheetVersion(
            worksheet_id=worksheet.id,
            version=int(row[0]) + 1,
            values=dict(worksheet.values),
            status=worksheet.status,
            saved_at=at,
        ),
    )


def list_versions(conn: Connection, worksheet_id: str) -> list[WorksheetVersion]:
    rows = conn.execute(
        "SELECT worksheet_id, version, values_json, status, saved_at FROM worksheet_versions "
        "WHERE worksheet_id=? ORDER BY version",
        (worksheet_id,),
    )
    return [_version(r) for r in rows]


# -- scale entries -------------------------------------------------------------------------

_SCALE_COLUMNS = (
    "id, client_id, session_id, scale, taken_on, answers, total, band, flags, sex, created_at"
)


def _flags_json(flags: tuple[Flag, ...]) -> str:
    return json.dumps(
        [{"kind": f.kind.value, "message": f.message} for f in flags], ensure_ascii=False
    )


def _scale_entry(row: Any) -> ScaleEntry:
    return ScaleEntry(
        id=row[0],
        client_id=row[1],
        session_id=row[2],
        scale=ScaleId(row[3]),
        taken_on=s2d(row[4]),  # type: ignore[arg-type]
        answers=json.loads(row[5]),
        total=int(row[6]),
        band=row[7],
        flags=tuple(Flag(FlagKind(f["kind"]), str(f["message"])) for f in json.loads(row[8])),
        sex=row[9],
        created_at=s2t(row[10]),
    )


def add_scale_entry(conn: Connection, entry: ScaleEntry, now: datetime) -> ScaleEntry:
    """Insert an entry already scored by domain.scales (the service scores it)."""
    _check_client(conn, entry.client_id)
    _check_session(conn, entry.session_id, entry.client_id)
    saved = replace(entry, created_at=entry.created_at or now)
    conn.execute(
        f"INSERT INTO scale_entries ({_SCALE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            saved.id,
            saved.client_id,
            saved.session_id,
            saved.scale.value,
            d2s(saved.taken_on),
            json.dumps(saved.answers, sort_keys=True),
            saved.total,
            saved.band,
            _flags_json(saved.flags),
            saved.sex,
            t2s(saved.created_at),  # type: ignore[arg-type]
        ),
    )
    return saved


def get_scale_entry(conn: Connection, entry_id: str) -> ScaleEntry:
    row = conn.execute(
        f"SELECT {_SCALE_COLUMNS} FROM scale_entries WHERE id=?", (entry_id,)
    ).fetchone()
    if row is None:
        raise RecordNotFound(f"There is no scale entry with id {entry_id}.")
    return _scale_entry(row)


def list_scale_entries(
    conn: Connection, client_id: str, scale: ScaleId | None = None
) -> list[ScaleEntry]:
    """Oldest first by the day taken (then by entry time): the order a chart draws."""
    where, params = "client_id=?", [client_id]
    if scale is not None:
        where += " AND scale=?"
        params.append(scale.value)
    rows = conn.execute(
        f"SELECT {_SCALE_COLUMNS} FROM scale_entries WHERE {where} "
        "ORDER BY taken_on, created_at, id",
        params,
    )
    return [_scale_entry(r) for r in rows]
