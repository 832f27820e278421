"""Backups and restores: verified copies in, verified vaults out, nothing half-done."""

from __future__ import annotations

import contextlib
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from counselor_desk.domain.errors import CounselorDeskError, VaultDamaged, VaultExists
from counselor_desk.domain.timeutil import Clock, utc_now
from counselor_desk.vault import backup
from counselor_desk.vault.locations import backups_dir
from counselor_desk.vault.lockfile import VaultLock
from counselor_desk.vault.store import (
    Vault,
    unlock_with_passphrase,
    unlock_with_recovery_key,
)


@dataclass(frozen=True)
class Secret:
    """How to open: a passphrase, or the recovery key (exactly one)."""

    passphrase: str | None = None
    recovery_key: str | None = None
    new_passphrase: str | None = None  # with the recovery key: rebuilds a missing keys.json

    def unlock(self, folder: Path, clock: Clock = utc_now) -> Vault:
        if self.recovery_key is not None:
            return unlock_with_recovery_key(
                folder, self.recovery_key, new_passphrase=self.new_passphrase, clock=clock
            )
        assert self.passphrase is not None
        return unlock_with_passphrase(folder, self.passphrase, clock=clock)


def restore(backup_file: Path, target: Path, secret: Secret, clock: Clock = utc_now) -> Path:
    """Unpack into a temporary folder, prove it opens and passes every check, then rename
    it to target. Refuses a target that exists."""
    if target.exists():
        raise VaultExists(
            f"{target} already exists; restore into a new folder (a damaged vault is moved "
            "aside first with --replace-damaged)."
        )
    staging = target.with_name(f".{target.name}.restoring")
    shutil.rmtree(staging, ignore_errors=True)
    try:
        backup.extract(backup_file, staging)
        vault = secret.unlock(staging, clock)
        try:
            problems = vault.integrity_problems()
            if problems:
                raise VaultDamaged(f"The backup's database is damaged: {problems[0]}")
            vault.record("restore", detail=backup_file.name)
        finally:
            vault.lock()
        os.replace(staging, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return target


def move_aside(folder: Path, clock: Clock = utc_now) -> Path:
    """Keep a damaged vault, renamed <vault>.damaged-<time>; nothing is ever deleted."""
    aside = folder.with_name(f"{folder.name}.damaged-{clock().strftime('%Y%m%dT%H%M%SZ')}")
    os.replace(folder, aside)
    return aside


def replace_damaged(
    folder: Path, secret: Secret, backup_file: Path | None = None, clock: Clock = utc_now
) -> tuple[Path, Path]:
    """Move the damaged vault aside and restore the given (or newest good) backup in its
    place; returns (the backup used, where the damaged vault went)."""
    inside: Path | None = None
    if backup_file is not None:
        with contextlib.suppress(ValueError):
            inside = backup_file.resolve().relative_to(folder.resolve())
    # Never move a vault a window or command still has open (VaultInUse): it would keep
    # writing to the moved copy, and its lock() would write keys.json into the new one.
    # (Released before the rename: Windows cannot rename a folder with an open file in it.)
    probe = VaultLock(folder)
    probe.acquire()
    probe.release()
    aside = move_aside(folder, clock)
    if inside is not None:
        backup_file = aside / inside  # it was in the vault's backups/ and moved with it
    try:
        candidates = [backup_file] if backup_file else backup.list_backups(aside)
        if not candidates:
            raise VaultDamaged(f"There is no backup of {folder.name} to restore.")
        last_error: CounselorDeskError | None = None
        for candidate in candidates:
            try:
                restore(candidate, folder, secret, clock)
            except VaultDamaged as exc:
                last_error = exc
                continue
            # Keep the backup history with the restored vault.
            old = backups_dir(aside)
            if old.is_dir():
                with contextlib.suppress(OSError):
                    shutil.copytree(old, backups_dir(folder), dirs_exist_ok=True)
            return candidate, aside
        raise last_error or VaultDamaged("No backup could be restored.")
    except BaseException:
        if not folder.exists():
            os.replace(aside, folder)  # put the damaged vault back where it was
        raise
