"""rotate-key: a new vault key and recovery key. The database is re-encrypted into
`<vault>.rotating/` with a re-sealed audit log, one passphrase slot and a fresh verified
backup, then swapped into place; the old folder is kept as `<vault>.pre-rotation-<time>`
(it still opens with the old passphrase and the old recovery key)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from counselor_desk.domain.errors import VaultDamaged
from counselor_desk.domain.passphrase import check_passphrase
from counselor_desk.domain.supervision import SlotRole
from counselor_desk.domain.timeutil import Clock, utc_now
from counselor_desk.services.backups import Secret
from counselor_desk.vault import rotation as staged
from counselor_desk.vault.keyslots import KEY_BYTES, KdfParams, KeyFile, Slot, calibrate, key_check
from counselor_desk.vault.locations import backups_dir
from counselor_desk.vault.lockfile import VaultLock
from counselor_desk.vault.store import COUNSELOR_SLOT, Vault


@dataclass(frozen=True)
class Rotation:
    new_key: bytes  # the new recovery key (format it with format_recovery_key; show it once)
    aside: Path  # the previous vault: old key, old passphrase, old backups
    backup: Path  # the fresh backup under the new key
    dropped_slots: tuple[str, ...]  # labels of slots that could not be rewrapped


def rotate_key(
    folder: Path,
    secret: Secret,
    passphrase: str,
    *,
    kdf: KdfParams | None = None,
    clock: Clock = utc_now,
) -> bytes:
    """Rotate the vault key; returns the new 32-byte key (the new recovery key)."""
    return rotate(folder, secret, passphrase, kdf=kdf, clock=clock).new_key


def rotate(
    folder: Path,
    secret: Secret,
    passphrase: str,
    *,
    kdf: KdfParams | None = None,
    clock: Clock = utc_now,
) -> Rotation:
    """Unlock with secret, refuse a damaged vault, build and check the re-encrypted copy,
    swap it in. The new vault has one slot, wrapping the new key under passphrase; other
    slots (a supervisor's) cannot be rewrapped without their passphrases and are dropped."""
    staged.recover_interrupted_rotation(folder)
    vault = secret.unlock(folder, clock)
    old_key = bytearray()
    new_key = bytearray(os.urandom(KEY_BYTES))
    hold: VaultLock | None = None
    try:
        old_key = vault.key_copy()
        _refuse_if_damaged(vault)
        if secret.passphrase is None or passphrase != secret.passphrase:
            check_passphrase(passphrase, (vault.name,))
        kept = _kept_slot(vault, secret, passphrase)
        dropped = tuple(s.label for s in vault.keyfile.slots if kept is None or s.id != kept.id)
        label = kept.label if kept is not None else COUNSELOR_SLOT
        role = kept.role if kept is not None else SlotRole.COUNSELOR  # a supervisor's stays one
        vault_id = vault.keyfile.vault_id
        slot = Slot.make(vault_id, label, passphrase, new_key, kdf or calibrate(), role=role)
        keyfile = KeyFile(vault_id, vault.keyfile.name, (slot,), key_check(new_key))
        at = clock()
        staging: staged.Staging | None = None
        try:
            staging = staged.begin_staging(folder, at)
            detail = f"new vault key; the previous copy is kept as {staging.aside.name}; " + (
                f"slots dropped (their passphrases were not given): {', '.join(dropped)}"
                if dropped
                else "no slot dropped"
            )
            source = vault.connect()
            try:
                built = staged.build_staged_vault(
                    staging,
                    source,
                    old_key,
                    new_key,
                    keyfile,
                    old_anchor=vault.keyfile.audit_anchor,
                    at=at,
                    detail=detail,
                )
            finally:
                vault.release(source)
            # Lock the old vault before the swap: lock() writes keys.json by path.
            vault.lock()
            hold = VaultLock(folder)
            hold.acquire()  # keep it ours until it has been renamed aside
            aside = staged.swap_into_place(staging)
        except BaseException:
            if staging is not None:
                staging.discard()
            raise
        staging.release()
        return Rotation(bytes(new_key), aside, backups_dir(folder) / built.backup.name, dropped)
    finally:
        for key in (old_key, new_key):
            for i in range(len(key)):
                key[i] = 0
        vault.lock()
        if hold is not None:
            hold.release()


def _refuse_if_damaged(vault: Vault) -> None:
    """Rotation re-MACs the audit log, so a tampered log must be refused first, never laundered."""
    problem = vault.audit.verify(vault.conn, vault.keyfile.audit_anchor)
    if problem is not None:
        raise VaultDamaged(
            f"The audit log is broken: {problem.message}. The vault key was not rotated; run "
            "verify and restore a good backup."
        )
    problems = vault.integrity_problems()
    if problems:
        raise VaultDamaged(
            f"vault.db is damaged ({problems[0]}); the vault key was not rotated. Restore a "
            "good backup."
        )


def _kept_slot(vault: Vault, secret: Secret, passphrase: str) -> Slot | None:
    """The slot the new one replaces: the one that unlocked, if its passphrase is the one
    given; otherwise the counselor's."""
    slots = vault.keyfile.slots
    if secret.passphrase is not None and passphrase == secret.passphrase:
        for slot in slots:
            if slot.id == vault.slot_id:
                return slot
    return next((s for s in slots if s.label == COUNSELOR_SLOT), None)


__all__ = ["Rotation", "rotate", "rotate_key"]
