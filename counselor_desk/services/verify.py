"""verify: every page HMAC, SQLite's own check, the audit chain, signed-note hashes,
co-signature hashes and the schema version, each named when it fails."""

from __future__ import annotations

from dataclasses import dataclass, field

from counselor_desk.vault import sessions, supervision
from counselor_desk.vault.migrations import LATEST_VERSION, schema_version
from counselor_desk.vault.store import Vault


@dataclass(frozen=True)
class VerifyReport:
    pages_and_structure: list[str] = field(default_factory=list)
    audit: str | None = None
    notes: list[str] = field(default_factory=list)
    cosignatures: list[str] = field(default_factory=list)
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
    notes: list[str] = []
    signed = sessions.all_signed_notes(conn)
    for note in signed:
        if not note.hash_matches():
            notes.append(f"signed note {note.id} was changed after signing (hash mismatch)")
    for addendum in sessions.all_addenda(conn):
        if not addendum.hash_matches():
            notes.append(f"addendum {addendum.id} was changed after signing (hash mismatch)")
    # A co-signature vouches for one signed note: its hash must still cover that note.
    # (A vault whose schema version is wrong may not have the table; that is said below.)
    has_cosignatures = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='cosignatures'"
    ).fetchone()
    cosignatures = supervision.cosignature_problems(conn) if has_cosignatures else []
    version = schema_version(conn)
    schema = None
    if version != LATEST_VERSION:
        schema = f"schema version {version}, expected {LATEST_VERSION}"
    rows = int(conn.execute("SELECT count(*) FROM audit_log").fetchone()[0])
    return VerifyReport(
        audit=problem.message if problem else None,
        notes=notes,
        cosignatures=cosignatures,
        schema=schema,
        audit_rows=rows,
        signed_notes=len(signed),
    )
