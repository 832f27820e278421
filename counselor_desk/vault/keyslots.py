"""keys.json: passphrase slots wrapping the vault key, the key check, the audit anchor
and the failed-unlock count. Nothing secret is stored in clear."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import time
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from counselor_desk.domain.errors import VaultDamaged, WrongPassphrase
from counselor_desk.domain.records import new_id
from counselor_desk.domain.supervision import SlotRole
from counselor_desk.domain.timeutil import format_utc, parse_datetime
from counselor_desk.vault.files import atomic_write, remove_abandoned_temps

KEYS_FORMAT = "counselor-desk-keys/1"
# Upper bounds for settings read from keys.json (calibration gives about 3-30 passes of
# 64 MiB on today's laptops).
MAX_TIME_COST = 1_000
MAX_MEMORY_KIB = 4 * 1024 * 1024  # 4 GiB
MAX_PARALLELISM = 64
KEY_BYTES = 32

# The program's floor (DESIGN.md): 64 MiB, parallelism 2, time cost never below 3.
MIN_MEMORY_KIB = 64 * 1024
MIN_TIME_COST = 3
PARALLELISM = 2
TARGET_UNLOCK_SECONDS = 0.75
MAX_TIME_COST = 64
CALIBRATION_PROBES = 3


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters, stored in each slot so tests can pass cheap ones explicitly."""

    time_cost: int
    memory_kib: int
    parallelism: int

    def is_plausible(self) -> bool:
        """Within what this program ever writes (with room to grow): an edited keys.json
        asking for a billion passes or terabytes would otherwise hang the unlock."""
        return (
            1 <= self.time_cost <= MAX_TIME_COST
            and 8 <= self.memory_kib <= MAX_MEMORY_KIB
            and 1 <= self.parallelism <= MAX_PARALLELISM
        )

    def meets_floor(self) -> bool:
        return (
            self.memory_kib >= MIN_MEMORY_KIB
            and self.time_cost >= MIN_TIME_COST
            and self.parallelism >= PARALLELISM
        )


def derive_kek(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    return hash_secret_raw(
        secret=passphrase.encode("utf-8"),
        salt=salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


def calibrate(
    target_seconds: float = TARGET_UNLOCK_SECONDS, timer: Any = time.perf_counter
) -> KdfParams:
    """Time cost such that one derivation takes about target_seconds here, never below 3.
    The fastest of three probes measures the machine, not a busy moment on it."""
    probe = KdfParams(MIN_TIME_COST, MIN_MEMORY_KIB, PARALLELISM)
    salt = os.urandom(16)
    timings = []
    for _ in range(CALIBRATION_PROBES):
        start = timer()
        derive_kek("calibration", salt, probe)
        timings.append(timer() - start)
    elapsed = max(min(timings), 1e-3)
    per_pass = elapsed / MIN_TIME_COST
    time_cost = round(target_seconds / per_pass)
    return replace(probe, time_cost=min(max(time_cost, MIN_TIME_COST), MAX_TIME_COST))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _aad(vault_id: str, slot_id: str) -> bytes:
    return f"counselor-desk|{vault_id}|{slot_id}".encode()


@dataclass(frozen=True)
class Slot:
    """One passphrase that opens the vault. `role` says whose it is: a supervisor slot
    may co-sign notes (its label is the co-signer's name); older keys.json files have no
    role, and their slots are the counselor's."""

    id: str
    label: str
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    wrapped_key: bytes
    created: str
    role: SlotRole = SlotRole.COUNSELOR

    @staticmethod
    def make(
        vault_id: str,
        label: str,
        passphrase: str,
        vault_key: bytes | bytearray,
        kdf: KdfParams,
        slot_id: str | None = None,
        role: SlotRole = SlotRole.COUNSELOR,
    ) -> Slot:
        """Wrap the vault key under a new passphrase; a given slot_id rewraps that slot."""
        slot_id = slot_id or new_id()
        salt = os.urandom(16)
        nonce = os.urandom(12)
        kek = derive_kek(passphrase, salt, kdf)
        wrapped = AESGCM(kek).encrypt(nonce, bytes(vault_key), _aad(vault_id, slot_id))
        return Slot(
            slot_id,
            label,
            kdf,
            salt,
            nonce,
            wrapped,
            format_utc(datetime.now().astimezone()),
            SlotRole(role),
        )

    def unwrap(self, vault_id: str, passphrase: str) -> bytearray:
        """The vault key, or WrongPassphrase when the GCM tag fails."""
        kek = derive_kek(passphrase, self.salt, self.kdf)
        try:
            key = AESGCM(kek).decrypt(self.nonce, self.wrapped_key, _aad(vault_id, self.id))
        except InvalidTag:
            raise WrongPassphrase("That passphrase does not open this vault.") from None
        return bytearray(key)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "label": self.label,
            "role": self.role.value,
            "kdf": {
                "name": "argon2id",
                "time_cost": self.kdf.time_cost,
                "memory_kib": self.kdf.memory_kib,
                "parallelism": self.kdf.parallelism,
                "salt": _b64(self.salt),
            },
            "cipher": "aes-256-gcm",
            "nonce": _b64(self.nonce),
            "wrapped_key": _b64(self.wrapped_key),
            "created": self.created,
        }

    @staticmethod
    def from_json(data: dict[str, Any]) -> Slot:
        kdf = data["kdf"]
        if kdf.get("name") != "argon2id" or data.get("cipher") != "aes-256-gcm":
            raise ValueError("unknown slot algorithm")
        params = KdfParams(int(kdf["time_cost"]), int(kdf["memory_kib"]), int(kdf["parallelism"]))
        if not params.is_plausible():
            raise ValueError("key-derivation settings out of range")
        return Slot(
            id=str(data["id"]),
            label=str(data["label"]),
            kdf=params,
            salt=_unb64(kdf["salt"]),
            nonce=_unb64(data["nonce"]),
            wrapped_key=_unb64(data["wrapped_key"]),
            created=str(data["created"]),
            # Absent in keys.json files written before roles existed: the counselor's.
            role=SlotRole(data.get("role", SlotRole.COUNSELOR.value)),
        )


def key_check(vault_key: bytes | bytearray) -> str:
    """First 8 bytes of HMAC-SHA256(vault key, "key-check"): tells a wrong key from damage."""
    return hmac.new(bytes(vault_key), b"key-check", hashlib.sha256).digest()[:8].hex()


@dataclass(frozen=True)
class AuditAnchor:
    seq: int
    mac: str


@dataclass(frozen=True)
class FailedUnlocks:
    count: int = 0
    first: str | None = None
    last: str | None = None


@dataclass(frozen=True)
class PendingEvent:
    """A change to keys.json (a passphrase or slot change), written into keys.json with
    the change itself until its audit row has landed: a process killed in between leaves
    it here, and the next unlock logs it."""

    action: str
    at: str  # the change's time, as the audit row stamps it
    after_seq: int  # the log's last row before the change: its row comes after
    subject: str | None = None
    detail: str | None = None


def unlock_delay(failures: int) -> float:
    """Seconds the next try must wait: free for 3 tries, then doubling up to 5 minutes."""
    if failures < 3:
        return 0.0
    return float(min(2 ** (failures - 2), 300))


@dataclass(frozen=True)
class KeyFile:
    vault_id: str
    name: str
    slots: tuple[Slot, ...]
    key_check: str
    audit_anchor: AuditAnchor | None = None
    failed_unlocks: FailedUnlocks = field(default_factory=FailedUnlocks)
    pending: tuple[PendingEvent, ...] = ()

    def to_bytes(self) -> bytes:
        data: dict[str, Any] = {
            "format": KEYS_FORMAT,
            "vault_id": self.vault_id,
            "name": self.name,
            "slots": [slot.to_json() for slot in self.slots],
            "key_check": self.key_check,
            "audit_anchor": (
                {"seq": self.audit_anchor.seq, "mac": self.audit_anchor.mac}
                if self.audit_anchor
                else None
            ),
            "failed_unlocks": {
                "count": self.failed_unlocks.count,
                "first": self.failed_unlocks.first,
                "last": self.failed_unlocks.last,
            },
        }
        if self.pending:  # written only while a change's audit row has not landed
            data["pending_audit"] = [
                {
                    "action": e.action,
                    "at": e.at,
                    "after_seq": e.after_seq,
                    "subject": e.subject,
                    "detail": e.detail,
                }
                for e in self.pending
            ]
        return (json.dumps(data, indent=2) + "\n").encode("utf-8")

    @staticmethod
    def from_bytes(raw: bytes, where: str = "keys.json") -> KeyFile:
        try:
            data = json.loads(raw.decode("utf-8"))
            if data.get("format") != KEYS_FORMAT:
                raise ValueError(f"unknown format {data.get('format')!r}")
            anchor = data.get("audit_anchor")
            failed = data.get("failed_unlocks") or {}
            slots = tuple(Slot.from_json(s) for s in data["slots"])
            check = str(data["key_check"])
            if len(check) != 16:
                raise ValueError("key check has the wrong length")
            return KeyFile(
                vault_id=str(data["vault_id"]),
                name=str(data["name"]),
                slots=slots,
                key_check=check,
                audit_anchor=AuditAnchor(int(anchor["seq"]), str(anchor["mac"]))
                if anchor
                else None,
                failed_unlocks=FailedUnlocks(
                    int(failed.get("count", 0)), failed.get("first"), failed.get("last")
                ),
                pending=tuple(
                    PendingEvent(
                        str(e["action"]),
                        str(e["at"]),
                        int(e["after_seq"]),
                        None if e.get("subject") is None else str(e["subject"]),
                        None if e.get("detail") is None else str(e["detail"]),
                    )
                    for e in data.get("pending_audit") or ()
                ),
            )
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise VaultDamaged(
                f"{where} is damaged ({exc}). The recovery key still opens the vault "
                "and rebuilds it."
            ) from None

    @staticmethod
    def load(path: Path) -> KeyFile:
        return KeyFile.from_bytes(path.read_bytes(), where=str(path))

    def save(self, path: Path) -> None:
        # Written only under the vault's lock; a copy a killed write left (wrapping the
        # vault key under a passphrase that never took effect) goes first.
        remove_abandoned_temps(path)
        atomic_write(path, self.to_bytes())

    def unwrap(self, passphrase: str) -> tuple[bytearray, Slot]:
        """Try each slot; the first whose tag verifies gives the vault key."""
        for slot in self.slots:
            try:
                return slot.unwrap(self.vault_id, passphrase), slot
            except WrongPassphrase:
                continue
        raise WrongPassphrase("That passphrase does not open this vault.")

    def checks_key(self, vault_key: bytes | bytearray) -> bool:
        return hmac.compare_digest(key_check(vault_key), self.key_check)

    def with_failure(self, at: datetime) -> KeyFile:
        f = self.failed_unlocks
        stamp = format_utc(at)
        return replace(self, failed_unlocks=FailedUnlocks(f.count + 1, f.first or stamp, stamp))

    def without_failures(self) -> KeyFile:
        return replace(self, failed_unlocks=FailedUnlocks())

    def without_pending(self) -> KeyFile:
        return replace(self, pending=())

    def wait_remaining(self, now: datetime) -> float:
        f = self.failed_unlocks
        if f.last is None:
            return 0.0
        elapsed = (now - parse_datetime(f.last)).total_seconds()
        return max(0.0, unlock_delay(f.count) - elapsed)
