"""verify: every page HMAC, SQLite's own check, the audit chain, signed-note hashes,
co-signature hashes, the accounting of disclosures against the audit log and the schema
version, each named when it fails."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from counselor_desk.domain.notes import Addendum, Note
from counselor_desk.domain.supervision import Cosignature
from counselor_desk.vault import sessions, supervision
from counselor_desk.vault.connection import Connection
from counselor_desk.vault.migrations import LATEST_VERSION, schema_version
from counselor_desk.vault.rows import s2t
from counselor_desk.vault.store import Vault


@dataclass(frozen=True)
class VerifyReport:
    pages_and_structure: list[str] = field(default_factory=list)
    audit: str | None = None
    notes: list[str] = field(default_factory=list)
    cosignatures: list[str] = field(default_factory=list)
    disclosures: list[str] = field(default_factory=list)
    schema: str | None = None
    audit_rows: int = 0
    signed_notes: int = 0

    @property
    def problems(self) -> list[str]:
        found = list(self.pages_and_structure)
        if self.audit:
            found.append(f"audit log: {self.audit}")
        found.extend(self.notes)
        found.extend(self.cosignatures)
        found.extend(self.disclosures)
        if self.schema:
            found.append(self.schema)
        return found

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(vault: Vault) -> VerifyReport:
    structure = vault.integrity_problems()
    if structure:
        # A damaged page makes the rest unreliable; report what was found.
        return VerifyReport(pages_and_structure=[f"database: {p}" for p in structure])
    conn = vault.conn
    problem = vault.audit.verify(conn, vault.keyfile.audit_anchor)
    signed, notes = _signed_notes(conn)
    for note in signed:
        if not note.hash_matches():
            notes.append(f"signed note {note.id} was changed after signing (hash mismatch)")
    addenda, unreadable = _addenda(conn)
    notes.extend(unreadable)
    for addendum in addenda:
        if not addendum.hash_matches():
            notes.append(f"addendum {addendum.id} was changed after signing (hash mismatch)")
    # A hash covers a signed record only while it is there and still marked signed.
    notes.extend(vanished_signatures(conn))
    # A co-signature vouches for one signed note: its hash must still cover that note.
    # (A vault whose schema version is wrong may not have the table; that is said below.)
    cosignatures = []
    if _has(conn, "cosignatures"):
        cosignatures = _cosignature_problems(conn) + vanished_cosignatures(conn)
    disclosures = disclosure_problems(conn) if _has(conn, "disclosures") else []
    version = schema_version(conn)
    schema = None
    if version != LATEST_VERSION:
        schema = f"schema version {version}, expected {LATEST_VERSION}"
    rows = int(conn.execute("SELECT count(*) FROM audit_log").fetchone()[0])
    signed_count = int(
        conn.execute("SELECT count(*) FROM notes WHERE status = 'signed'").fetchone()[0]
    )
    return VerifyReport(
        audit=problem.message if problem else None,
        notes=notes,
        cosignatures=cosignatures,
        disclosures=disclosures,
        schema=schema,
        audit_rows=rows,
        signed_notes=signed_count,
    )


def _has(conn: Connection, table: str) -> bool:
    row = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (table,)
    ).fetchone()
    return row is not None


def disclosure_problems(conn: Connection) -> list[str]:
    """Disclosures the audit log recorded ("disclose" rows, which services.printing writes
    with the detail "<kind> <id> client <client id> consent <id>|emergency") that the
    accounting no longer holds for the same client and basis. The audit chain vouches for
    those rows, so a deleted or re-pointed entry is named. (Entries imported from another
    vault have no audit row here and are not checked; the recipient, purpose and wording of
    an entry carry no hash.)"""
    problems: list[str] = []
    rows = conn.execute(
        "SELECT a.seq, a.subject, a.detail, d.client_id, d.consent_id FROM audit_log a "
        "LEFT JOIN disclosures d ON d.id = a.subject WHERE a.action = 'disclose' ORDER BY a.seq"
    )
    for seq, subject, detail, client_id, consent_id in rows:
        if client_id is None:
            problems.append(
                f"disclosure {subject}, logged in audit row {seq}, is missing from the "
                "accounting of disclosures"
            )
            continue
        basis = f"consent {consent_id}" if consent_id is not None else "emergency"
        if not str(detail or "").endswith(f"client {client_id} {basis}"):
            problems.append(
                f"disclosure {subject} no longer matches audit row {seq} (its client or "
                "basis was changed)"
            )
    return problems


def vanished_signatures(conn: Connection) -> list[str]:
    """Notes and addenda the audit log saw signed ("sign-note", "sign-addendum") that are
    gone, or no longer marked signed: "unsigning" a note would put it beyond its hash."""
    problems: list[str] = []
    rows = conn.execute(
        "SELECT a.seq, a.subject, n.status FROM audit_log a LEFT JOIN notes n "
        "ON n.id = a.subject WHERE a.action = 'sign-note' ORDER BY a.seq"
    )
    for seq, note_id, status in rows:
        if status is None:
            problems.append(f"signed note {note_id} (audit row {seq}) is missing")
        elif status != "signed":
            problems.append(f"signed note {note_id} (audit row {seq}) is no longer marked signed")
    rows = conn.execute(
        "SELECT a.seq, a.subject FROM audit_log a LEFT JOIN addenda d ON d.id = a.subject "
        "WHERE a.action = 'sign-addendum' AND d.id IS NULL ORDER BY a.seq"
    )
    problems.extend(
        f"addendum {addendum_id} (audit row {seq}) is missing" for seq, addendum_id in rows
    )
    return problems


def vanished_cosignatures(conn: Connection) -> list[str]:
    """Co-signatures the audit log recorded ("cosign-note") that are gone."""
    rows = conn.execute(
        "SELECT a.seq, a.subject FROM audit_log a LEFT JOIN cosignatures k "
        "ON k.note_id = a.subject WHERE a.action = 'cosign-note' AND k.note_id IS NULL "
        "ORDER BY a.seq"
    )
    return [
        f"the co-signature of note {note_id} (audit row {seq}) is missing" for seq, note_id in rows
    ]


# A field no reader can parse (broken JSON, an unknown format, a garbled time) was changed
# too: verify names the record instead of failing with it.
_UNREADABLE = (ValueError, TypeError, KeyError, AssertionError)


def _time(value: object) -> datetime:
    parsed = s2t(value) if isinstance(value, str) else None
    if parsed is None:
        raise ValueError(f"no time in {value!r}")
    return parsed


def _unreadable(kind: str, record_id: str, exc: Exception) -> str:
    return f"{kind} {record_id} was changed after signing (it no longer reads: {exc})"


def _signed_notes(conn: Connection) -> tuple[list[Note], list[str]]:
    """Every signed note, and a line for each that cannot even be read back."""
    try:
        return sessions.all_signed_notes(conn), []
    except _UNREADABLE:
        pass
    notes: list[Note] = []
    problems: list[str] = []
    for (note_id,) in conn.execute("SELECT id FROM notes WHERE status = 'signed' ORDER BY id"):
        try:
            notes.append(sessions.get_note(conn, note_id))
        except _UNREADABLE as exc:
            problems.append(_unreadable("signed note", note_id, exc))
    return notes, problems


def _addenda(conn: Connection) -> tuple[list[Addendum], list[str]]:
    try:
        return sessions.all_addenda(conn), []
    except _UNREADABLE:
        pass
    addenda: list[Addendum] = []
    problems: list[str] = []
    rows = conn.execute(
        "SELECT id, note_id, client_id, text, signed_by, signed_at, content_sha256 FROM addenda"
    )
    for row in rows:
        try:
            addenda.append(
                Addendum(
                    id=row[0],
                    note_id=row[1],
                    client_id=row[2],
                    text=row[3],
                    signed_by=row[4],
                    signed_at=_time(row[5]),
                    content_sha256=row[6],
                )
            )
        except _UNREADABLE as exc:
            problems.append(_unreadable("addendum", row[0], exc))
    return addenda, problems


def _cosignature_problems(conn: Connection) -> list[str]:
    try:
        return supervision.cosignature_problems(conn)
    except _UNREADABLE:
        pass
    problems: list[str] = []
    rows = conn.execute(
        "SELECT k.note_id, k.client_id, k.cosigned_by, k.cosigned_at, k.content_sha256, "
        "n.content_sha256 FROM cosignatures k JOIN notes n ON n.id = k.note_id "
        "ORDER BY k.note_id"
    )
    for note_id, client_id, cosigned_by, cosigned_at, sha, note_sha in rows:
        try:
            cosignature = Cosignature(note_id, client_id, cosigned_by, _time(cosigned_at), sha)
            matches = cosignature.hash_matches(note_sha)
        except _UNREADABLE:
            matches = False
        if not matches:
            problems.append(f"the co-signature of note {note_id} does not match its hash")
    return problems
