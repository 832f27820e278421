"""The audit log: append-only rows, each MAC-chained to the one before it."""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from datetime import datetime

from counselor_desk.domain.errors import VaultLocked
from counselor_desk.domain.notes import canonical_json
from counselor_desk.domain.records import AuditEntry
from counselor_desk.domain.timeutil import format_utc, parse_datetime
from counselor_desk.vault.connection import Connection
from counselor_desk.vault.keyslots import AuditAnchor

GENESIS_MAC = "0" * 64


def audit_mac_key(vault_key: bytes | bytearray) -> bytearray:
    """A key of its own for the log, derived from the vault key (a bytearray, so the
    vault's lock can zero it with the vault key)."""
    return bytearray(hmac.new(vault_key, b"audit-log", hashlib.sha256).digest())


def row_mac(
    mac_key: bytes | bytearray,
    previous_mac: str,
    seq: int,
    at: str,
    actor: str | None,
    action: str,
    subject: str | None,
    detail: str | None,
) -> str:
    content = canonical_json(
        {
            "seq": seq,
            "at": at,
            "actor": actor,
            "action": action,
            "subject": subject,
            "detail": detail,
            "prev": previous_mac,
        }
    )
    return hmac.new(mac_key, content, hashlib.sha256).hexdigest()


class AuditLog:
    """Appends within the caller's transaction, so a record and its audit row land together."""

    def __init__(self, mac_key: bytes | bytearray) -> None:
        self._mac_key = mac_key
        self._forgotten = False

    def forget(self) -> None:
        """Zero the key (on lock): nothing more is appended or verified with it (a thread
        still running past the lock is refused, never writes a row with a wrong MAC)."""
        self._forgotten = True
        if isinstance(self._mac_key, bytearray):
            self._mac_key[:] = bytes(len(self._mac_key))

    @property
    def forgotten(self) -> bool:
        return self._forgotten

    def _key(self) -> bytes | bytearray:
        if self._forgotten:
            raise VaultLocked("The vault is locked; unlock it first.")
        return self._mac_key

    def append(
        self,
        conn: Connection,
        action: str,
        *,
        at: datetime,
        subject: str | None = None,
        detail: str | None = None,
        actor: str | None = None,
    ) -> AuditAnchor:
        key = self._key()
        last = conn.execute("SELECT seq, mac FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
        seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS_MAC)
        stamp = format_utc(at)
        mac = row_mac(key, prev, seq, stamp, actor, action, subject, detail)
        conn.execute(
            "INSERT INTO audit_log(seq, at, actor, action, subject, detail, mac)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (seq, stamp, actor, action, subject, detail, mac),
        )
        return AuditAnchor(seq, mac)

    def anchor(self, conn: Connection) -> AuditAnchor | None:
        last = conn.execute("SELECT seq, mac FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
        return AuditAnchor(int(last[0]), str(last[1])) if last else None

    def entries(self, conn: Connection, limit: int | None = None) -> list[AuditEntry]:
        sql = "SELECT seq, at, action, subject, detail, actor FROM audit_log ORDER BY seq DESC"
        rows = conn.execute(sql + (" LIMIT ?" if limit else ""), (limit,) if limit else ())
        return [AuditEntry(int(r[0]), parse_datetime(r[1]), r[2], r[3], r[4], r[5]) for r in rows]

    def verify(self, conn: Connection, anchor: AuditAnchor | None) -> AuditProblem | None:
        """Walk the chain; the first bad row, or a missing tail the anchor remembers."""
        prev = GENESIS_MAC
        expected_seq = 1
        anchor_seen = anchor is None
        rows = conn.execute(
            "SELECT seq, at, actor, action, subject, detail, mac FROM audit_log ORDER BY seq"
        )
        for seq, at, actor, action, subject, detail, mac in rows:
            if seq != expected_seq:
                return AuditProblem(expected_seq, f"row {expected_seq} is missing")
            good = row_mac(self._key(), prev, seq, at, actor, action, subject, detail)
            if not hmac.compare_digest(good, str(mac)):
                return AuditProblem(seq, f"row {seq} ({action}, {at}) was altered or reordered")
            if anchor is not None and seq == anchor.seq:
                if not hmac.compare_digest(anchor.mac, str(mac)):
                    return AuditProblem(seq, f"row {seq} does not match the anchor in keys.json")
                anchor_seen = True
            prev = str(mac)
            expected_seq += 1
        if not anchor_seen and anchor is not None:
            cut = (
                f"row {anchor.seq} was"
                if expected_seq == anchor.seq
                else f"rows {expected_seq} to {anchor.seq} were"
            )
            return AuditProblem(expected_seq, f"{cut} deleted from the end of the log")
        return None


@dataclass(frozen=True)
class AuditProblem:
    seq: int
    message: str
