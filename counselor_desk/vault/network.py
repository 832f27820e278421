"""Support-network members (the ecomap), in the caller's transaction.

Each member's name, role and notes go into `search_index` (kind 'network') here, in the
same transaction as the row; a trigger removes that row when the member is deleted.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from counselor_desk.domain.errors import RecordNotFound, ValidationError
from counselor_desk.domain.network import (
    MemberKind,
    NetworkMember,
    Strength,
    Weekday,
    by_name,
    searchable_text,
)
from counselor_desk.vault.connection import Connection
from counselor_desk.vault.rows import s2t, t2s
from counselor_desk.vault.search import index_text

SEARCH_KIND = "network"

_COLUMNS = (
    "id, client_id, name, kind, role, contact, frequency, strength, meeting_day, "
    "meeting_time, notes, created_at, updated_at"
)


def _member(row: Any) -> NetworkMember:
    return NetworkMember(
        id=row[0],
        client_id=row[1],
        name=row[2],
        kind=MemberKind(row[3]),
        role=row[4],
        contact=row[5],
        frequency=row[6],
        strength=Strength(row[7]),
        meeting_day=Weekday(row[8]) if row[8] else None,
        meeting_time=row[9],
        notes=row[10],
        created_at=s2t(row[11]),
        updated_at=s2t(row[12]),
    )


def _check_client(conn: Connection, client_id: str) -> None:
    if conn.execute("SELECT 1 FROM clients WHERE id=?", (client_id,)).fetchone() is None:
        raise RecordNotFound(f"There is no client with id {client_id}.")


def _index(conn: Connection, member: NetworkMember) -> None:
    index_text(
        conn, SEARCH_KIND, member.id, member.client_id, member.created_at, searchable_text(member)
    )


def add_member(conn: Connection, member: NetworkMember, now: datetime) -> NetworkMember:
    """Insert a member: a new one (stamped `now`), or an imported one with its own id and
    stamps, kept as given. Indexes its words for search."""
    _check_client(conn, member.client_id)
    if conn.execute("SELECT 1 FROM network_members WHERE id=?", (member.id,)).fetchone():
        raise ValidationError(f"A support-network member with id {member.id} already exists.")
    saved = replace(
        member, created_at=member.created_at or now, updated_at=member.updated_at or now
    )
    conn.execute(
        f"INSERT INTO network_members ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            saved.id,
            saved.client_id,
            saved.name,
            saved.kind.value,
            saved.role,
            saved.contact,
            saved.frequency,
            saved.strength.value,
            saved.meeting_day.value if saved.meeting_day else None,
            saved.meeting_time,
            saved.notes,
            t2s(saved.created_at),  # type: ignore[arg-type]
            t2s(saved.updated_at),  # type: ignore[arg-type]
        ),
    )
    _index(conn, saved)
    return saved


def update_member(conn: Connection, member: NetworkMember, now: datetime) -> NetworkMember:
    """Replace what is known of a member (same id, same client); reindexes its words."""
    current = get_member(conn, member.id)
    if current.client_id != member.client_id:
        raise ValidationError("A support-network member cannot move to another client.")
    saved = replace(member, created_at=current.created_at, updated_at=now)
    conn.execute(
        "UPDATE network_members SET name=?, kind=?, role=?, contact=?, frequency=?, "
        "strength=?, meeting_day=?, meeting_time=?, notes=?, updated_at=? WHERE id=?",
        (
            saved.name,
            saved.kind.value,
            saved.role,
            saved.contact,
            saved.frequency,
            saved.strength.value,
            saved.meeting_day.value if saved.meeting_day else None,
            saved.meeting_time,
            saved.notes,
            t2s(now),
            saved.id,
        ),
    )
    _index(conn, saved)
    return saved


def delete_member(conn: Connection, member_id: str) -> NetworkMember:
    """Remove a member (its search row goes with it, by trigger); returns what it was."""
    current = get_member(conn, member_id)
    conn.execute("DELETE FROM network_members WHERE id=?", (member_id,))
    return current


def get_member(conn: Connection, member_id: str) -> NetworkMember:
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM network_members WHERE id=?", (member_id,)
    ).fetchone()
    if row is None:
        raise RecordNotFound(f"There is no support-network member with id {member_id}.")
    return _member(row)


def list_members(conn: Connection, client_id: str) -> list[NetworkMember]:
    """A client's network, by name (case and accents aside, as a person reads a list)."""
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM network_members WHERE client_id=?", (client_id,)
    ).fetchall()
    return by_name(_member(r) for r in rows)
