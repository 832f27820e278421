"""Co-signature requests and co-signatures (tables of migration 4), the supervisor's
queue, and the per-vault "my notes need a co-signature" default (in vault_meta, inside
the encrypted database). The database keeps a co-signature immutable and a co-signed
note's request undeletable (triggers); the checks here say why in plain words first."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.notes import NoteFormat
from counselor_desk.domain.supervision import (
    Cosignature,
    CosignRequest,
    CosignState,
    CosignStatus,
    WaitingNote,
)
from counselor_desk.vault.connection import Connection
from counselor_desk.vault.rows import s2t, t2s
from counselor_desk.vault.sessions import get_note

DEFAULT_REQUEST_KEY = "cosign_by_default"

_REQUEST_COLUMNS = "note_id, client_id, requested_by, requested_at"
_COSIGN_COLUMNS = "note_id, client_id, cosigned_by, cosigned_at, content_sha256"


def _time(value: Any) -> datetime:
    parsed = s2t(value)
    assert parsed is not None  # NOT NULL columns
    return parsed


def _request(row: Any) -> CosignRequest:
    return CosignRequest(row[0], row[1], row[2], _time(row[3]))


def _cosignature(row: Any) -> Cosignature:
    return Cosignature(row[0], row[1], row[2], _time(row[3]), row[4])


# -- requests ------------------------------------------------------------------------------


def get_request(conn: Connection, note_id: str) -> CosignRequest | None:
    row = conn.execute(
        f"SELECT {_REQUEST_COLUMNS} FROM cosign_requests WHERE note_id=?", (note_id,)
    ).fetchone()
    return _request(row) if row else None


def add_request(conn: Connection, request: CosignRequest) -> CosignRequest:
    """Store a request (also for import); the note must exist and belong to the client."""
    note = get_note(conn, request.note_id)
    if note.client_id != request.client_id:
        raise ValidationError("The co-signature request's note belongs to another client.")
    if not request.requested_by.strip():
        raise ValidationError("A co-signature request needs the name of who asked for it.")
    if get_request(conn, request.note_id) is not None:
        raise ValidationError("This note has already been sent for co-signature.")
    conn.execute(
        f"INSERT INTO cosign_requests ({_REQUEST_COLUMNS}) VALUES (?, ?, ?, ?)",
        (request.note_id, request.client_id, request.requested_by, t2s(request.requested_at)),
    )
    return request


def delete_request(conn: Connection, note_id: str) -> bool:
    """Withdraw a request; refused once the note is co-signed. False if there was none."""
    if get_cosignature(conn, note_id) is not None:
        raise ValidationError("This note is already co-signed, so its request cannot be withdrawn.")
    cursor = conn.execute("DELETE FROM cosign_requests WHERE note_id=?", (note_id,))
    return bool(cursor.rowcount == 1)


def all_requests(conn: Connection) -> list[CosignRequest]:
    rows = conn.execute(f"SELECT {_REQUEST_COLUMNS} FROM cosign_requests ORDER BY note_id")
    return [_request(r) for r in rows]


def requests_for_client(conn: Connection, client_id: str) -> list[CosignRequest]:
    rows = conn.execute(
        f"SELECT {_REQUEST_COLUMNS} FROM cosign_requests WHERE client_id=? ORDER BY note_id",
        (client_id,),
    )
    return [_request(r) for r in rows]


# -- co-signatures -------------------------------------------------------------------------


def get_cosignature(conn: Connection, note_id: str) -> Cosignature | None:
    row = conn.execute(
        f"SELECT {_COSIGN_COLUMNS} FROM cosignatures WHERE note_id=?", (note_id,)
    ).fetchone()
    return _cosignature(row) if row else None


def add_cosignature(conn: Connection, cosignature: Cosignature, now: datetime) -> Cosignature:
    """Store a co-signature (also for import): the note must be signed, its own hash must
    match, the co-signature's hash must cover that note, there must be a request, and a
    note is co-signed once."""
    note = get_note(conn, cosignature.note_id)
    if note.client_id != cosignature.client_id:
        raise ValidationError("The co-signature's note belongs to another client.")
    if not note.is_signed:
        raise ValidationError("Only a signed note can be co-signed; this one is still a draft.")
    if not note.hash_matches():
        raise ValidationError(
            "This note's text does not match its signature hash, so it cannot be co-signed."
        )
    if not cosignature.hash_matches(note.content_sha256):
        raise ValidationError("The co-signature's hash does not match the note it names.")
    if get_request(conn, cosignature.note_id) is None:
        raise ValidationError("This note was not sent for co-signature.")
    existing = get_cosignature(conn, cosignature.note_id)
    if existing is not None:
        raise ValidationError(
            f"This note is already co-signed by {existing.cosigned_by}; a note is co-signed once."
        )
    conn.execute(
        f"INSERT INTO cosignatures ({_COSIGN_COLUMNS}, created_at) VALUES (?, ?, ?, ?, ?, ?)",
        (
            cosignature.note_id,
            cosignature.client_id,
            cosignature.cosigned_by,
            t2s(cosignature.cosigned_at),
            cosignature.content_sha256,
            t2s(now),
        ),
    )
    return cosignature


def all_cosignatures(conn: Connection) -> list[Cosignature]:
    rows = conn.execute(f"SELECT {_COSIGN_COLUMNS} FROM cosignatures ORDER BY note_id")
    return [_cosignature(r) for r in rows]


def cosignature_problems(conn: Connection) -> list[str]:
    """Co-signatures whose hash no longer covers their note (for verify), one line each."""
    problems: list[str] = []
    rows = conn.execute(
        f"SELECT {', '.join('k.' + c.strip() for c in _COSIGN_COLUMNS.split(','))}, "
        "n.content_sha256 FROM cosignatures k JOIN notes n ON n.id = k.note_id "
        "ORDER BY k.cosigned_at, k.note_id"
    )
    for row in rows:
        cosignature = _cosignature(row)
        if not cosignature.hash_matches(row[5]):
            problems.append(
                f"the co-signature of note {cosignature.note_id} does not match its hash"
            )
    return problems


# -- status and the queue ------------------------------------------------------------------


def status(conn: Connection, note_id: str) -> CosignStatus:
    return CosignStatus(get_request(conn, note_id), get_cosignature(conn, note_id))


def states_for_client(conn: Connection, client_id: str) -> dict[str, CosignState]:
    """Note id → requested or co-signed, for every note of the client that has either."""
    rows = conn.execute(
        "SELECT r.note_id, k.note_id IS NOT NULL FROM cosign_requests r "
        "LEFT JOIN cosignatures k ON k.note_id = r.note_id WHERE r.client_id=?",
        (client_id,),
    )
    return {
        str(note_id): CosignState.COSIGNED if done else CosignState.REQUESTED
        for note_id, done in rows
    }


def waiting(conn: Connection) -> list[WaitingNote]:
    """Signed notes with a request and no co-signature, the longest-waiting first."""
    rows = conn.execute(
        "SELECT n.id, n.client_id, c.display_name, s.id, s.start, n.format, n.signed_by, "
        "n.signed_at, r.requested_by, r.requested_at "
        "FROM cosign_requests r "
        "JOIN notes n ON n.id = r.note_id "
        "JOIN sessions s ON s.id = n.session_id "
        "JOIN clients c ON c.id = n.client_id "
        "WHERE n.status = 'signed' "
        "AND NOT EXISTS (SELECT 1 FROM cosignatures k WHERE k.note_id = r.note_id) "
        "ORDER BY n.signed_at, s.start, n.id"
    )
    return [
        WaitingNote(
            note_id=row[0],
            client_id=row[1],
            client_name=row[2],
            session_id=row[3],
            session_start=_time(row[4]),
            format=NoteFormat(row[5]),
            signed_by=row[6] or "",
            signed_at=_time(row[7]),
            requested_by=row[8],
            requested_at=_time(row[9]),
        )
        for row in rows
    ]


# -- the per-vault default -----------------------------------------------------------------


def default_request(conn: Connection) -> bool:
    row = conn.execute(
        "SELECT value FROM vault_meta WHERE key=?", (DEFAULT_REQUEST_KEY,)
    ).fetchone()
    return bool(row) and row[0] == "1"


def set_default_request(conn: Connection, value: bool) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO vault_meta (key, value) VALUES (?, ?)",
        (DEFAULT_REQUEST_KEY, "1" if value else "0"),
    )
