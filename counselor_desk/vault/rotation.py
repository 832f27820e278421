"""Vault-key rotation on disk: a re-encrypted copy is built in `<vault>.rotating/`, checked,
marked complete, then swapped into place while the old folder is kept aside as
`<vault>.pre-rotation-<time>`. An interrupted rotation is finished or rolled back by
`recover_interrupted_rotation`, which the unlock path calls before anything else.

Order on disk (each step durable before the next):
  1. `<vault>.rotating/` (0700) with its `.lock` held and `rotation-journal.json`
     (which names the aside folder);
  2. vault.db (new key), keys.json (one slot, key check, anchor), backups/<fresh backup>;
  3. `rotation-complete`, written last;
  4. rename `<vault>` → `<vault>.pre-rotation-<time>`, then `<vault>.rotating` → `<vault>`;
  5. the two marker files are removed from the new `<vault>`.
"""

from __future__ import annotations

import contextlib
import hmac
import json
import os
import shutil
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from counselor_desk.domain.errors import VaultDamaged, VaultExists, VaultInUse, WrongPassphrase
from counselor_desk.domain.timeutil import format_utc
from counselor_desk.vault import backup
from counselor_desk.vault.audit import GENESIS_MAC, AuditLog, audit_mac_key, row_mac
from counselor_desk.vault.connection import (
    Connection,
    checkpoint,
    integrity_problems,
    open_keyed,
)
from counselor_desk.vault.files import (
    atomic_write,
    create_private_file,
    fsync_dir,
    fsync_file,
    private_umask,
)
from counselor_desk.vault.keyslots import AuditAnchor, KeyFile
from counselor_desk.vault.locations import backups_dir, db_path, keys_path
from counselor_desk.vault.lockfile import VaultLock
from counselor_desk.vault.migrations import schema_version

STAGING_SUFFIX = ".rotating"
ASIDE_INFIX = ".pre-rotation-"
JOURNAL_NAME = "rotation-journal.json"
COMPLETE_NAME = "rotation-complete"
JOURNAL_FORMAT = "counselor-desk-rotation/1"
# The audit log's append-only triggers (migrations.py); dropped and recreated around the re-MAC.
APPEND_ONLY_TRIGGERS = ("audit_log_append_only_update", "audit_log_append_only_delete")
ATTACHED = "rotated"
ROTATE_ACTION = "rotate-key"

_IN_PROGRESS = (
    "A vault-key rotation of this vault is in progress in another window or command; "
    "wait for it to finish."
)


def staging_path(folder: Path) -> Path:
    return folder.with_name(folder.name + STAGING_SUFFIX)


def aside_path(folder: Path, at: datetime) -> Path:
    """`<vault>.pre-rotation-<UTC time>`, with a counter if that name is taken."""
    stamp = at.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    candidate = folder.with_name(f"{folder.name}{ASIDE_INFIX}{stamp}")
    number = 1
    while candidate.exists():
        number += 1
        candidate = folder.with_name(f"{folder.name}{ASIDE_INFIX}{stamp}-{number}")
    return candidate


@dataclass
class Staging:
    """`<vault>.rotating/` while it is being built; its lock is held until the swap is done."""

    folder: Path  # the vault being rotated
    path: Path  # <vault>.rotating
    aside: Path  # where the old vault goes
    lock: VaultLock
    swapped: bool = False

    @property
    def db_file(self) -> Path:
        return db_path(self.path)

    def release(self) -> None:
        self.lock.release()

    def discard(self) -> None:
        """After a failure: remove the staged copy (unless the vault folder is gone, in
        which case the next open finishes the swap), then release the lock."""
        try:
            if not self.swapped and self.folder.exists():
                shutil.rmtree(self.path, ignore_errors=True)
                with contextlib.suppress(OSError):
                    fsync_dir(self.path.parent)
        finally:
            self.lock.release()


@dataclass(frozen=True)
class StagedVault:
    keyfile: KeyFile  # as saved in the staging folder, anchored at its last audit row
    backup: Path  # the fresh backup, inside the staging folder


# -- building ---------------------------------------------------------------------------------


def begin_staging(folder: Path, at: datetime) -> Staging:
    """Make `<vault>.rotating/` (0700), hold its lock, and write the journal."""
    path = staging_path(folder)
    with private_umask():
        try:
            path.mkdir(mode=0o700)
        except FileExistsError:
            raise VaultExists(
                f"{path} already exists: an earlier key rotation was interrupted. Open the "
                "vault once to finish or roll it back, then try again."
            ) from None
        os.chmod(path, 0o700)
        lock = VaultLock(path)
        lock.acquire()
        staging = Staging(folder, path, aside_path(folder, at), lock)
        try:
            journal = {
                "format": JOURNAL_FORMAT,
                "vault": folder.name,
                "aside": staging.aside.name,
                "started": format_utc(at),
            }
            atomic_write(path / JOURNAL_NAME, (json.dumps(journal, indent=2) + "\n").encode())
        except BaseException:
            staging.discard()
            raise
    return staging


def copy_database(source: Connection, target: Path, new_key: bytes | bytearray) -> None:
    """Everything in source, re-encrypted under new_key into target (a new file), with
    SQLCipher's sqlcipher_export; then checks that every schema entry and row came across.
    PRAGMA user_version is not copied by sqlcipher_export: reseal_audit_log sets it."""
    with private_umask():
        create_private_file(target)
        open_keyed(target, new_key).close()  # keyed (and WAL) before anything else writes
        source.execute(
            f"ATTACH DATABASE ? AS {ATTACHED} KEY ?",
            (str(target), f"x'{bytes(new_key).hex()}'"),
        )
        try:
            source.execute(f"SELECT sqlcipher_export('{ATTACHED}')").fetchall()
            _check_copy(source)
        finally:
            source.execute(f"DETACH DATABASE {ATTACHED}")


def _check_copy(source: Connection) -> None:
    listing = "SELECT type, name, tbl_name, sql FROM {}.sqlite_master ORDER BY type, name"
    original = source.execute(listing.format("main")).fetchall()
    copied = source.execute(listing.format(ATTACHED)).fetchall()
    if original != copied:
        missing = sorted({r[1] for r in original} - {r[1] for r in copied})
        what = f" ({', '.join(missing)} missing)" if missing else ""
        raise VaultDamaged(f"The re-encrypted copy's schema differs from the vault's{what}.")
    tables = source.execute(
        "SELECT name FROM main.sqlite_master WHERE type = 'table' AND rootpage > 0"
    ).fetchall()
    for (name,) in tables:
        quoted = '"' + str(name).replace('"', '""') + '"'
        before = source.execute(f"SELECT count(*) FROM main.{quoted}").fetchone()[0]
        after = source.execute(f"SELECT count(*) FROM {ATTACHED}.{quoted}").fetchone()[0]
        if before != after:
            raise VaultDamaged(
                f"The re-encrypted copy of table {name} has {after} rows, not {before}."
            )


def reseal_audit_log(
    conn: Connection,
    old_key: bytes | bytearray,
    new_key: bytes | bytearray,
    *,
    old_anchor: AuditAnchor | None,
    user_version: int,
    at: datetime,
    detail: str,
) -> AuditAnchor:
    """In one transaction on the new database: check every row's MAC under the old key (a
    tampered log is refused, never laundered), re-MAC the chain under the new key with the
    append-only triggers dropped and then recreated from their own SQL, set user_version,
    and append the rotate-key row. Returns the new anchor."""
    old_mac_key = audit_mac_key(old_key)
    new_mac_key = audit_mac_key(new_key)
    found = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN (?, ?)",
        APPEND_ONLY_TRIGGERS,
    ).fetchall()
    triggers = {str(name): str(sql) for name, sql in found}
    for name in APPEND_ONLY_TRIGGERS:
        if name not in triggers:
            raise VaultDamaged(
                f"The audit log has lost its append-only trigger {name}; the vault key was "
                "not rotated. Restore a good backup."
            )
    conn.execute("BEGIN IMMEDIATE")
    try:
        for name in APPEND_ONLY_TRIGGERS:
            conn.execute(f'DROP TRIGGER "{name}"')
        rows = conn.execute(
            "SELECT seq, at, actor, action, subject, detail, mac FROM audit_log ORDER BY seq"
        ).fetchall()
        old_prev = new_prev = GENESIS_MAC
        anchor_seen = old_anchor is None
        for expected, (seq, stamp, actor, action, subject, text, mac) in enumerate(rows, 1):
            if seq != expected:
                raise _broken(f"row {expected} is missing")
            good = row_mac(old_mac_key, old_prev, seq, stamp, actor, action, subject, text)
            if not hmac.compare_digest(good, str(mac)):
                raise _broken(f"row {seq} ({action}, {stamp}) was altered or reordered")
            if old_anchor is not None and seq == old_anchor.seq:
                if not hmac.compare_digest(old_anchor.mac, str(mac)):
                    raise _broken(f"row {seq} does not match the anchor in keys.json")
                anchor_seen = True
            new_mac = row_mac(new_mac_key, new_prev, seq, stamp, actor, action, subject, text)
            conn.execute("UPDATE audit_log SET mac = ? WHERE seq = ?", (new_mac, seq))
            old_prev, new_prev = str(mac), new_mac
        if not anchor_seen and old_anchor is not None:
            raise _broken(f"rows up to {old_anchor.seq} were deleted from the end of the log")
        for name in APPEND_ONLY_TRIGGERS:
            conn.execute(triggers[name])
        conn.execute(f"PRAGMA user_version = {int(user_version)}")
        anchor = AuditLog(new_mac_key).append(conn, ROTATE_ACTION, at=at, detail=detail)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return anchor


def _broken(what: str) -> VaultDamaged:
    return VaultDamaged(f"The audit log is broken: {what}. The vault key was not rotated.")


def write_staged_backup(
    conn: Connection, new_key: bytes | bytearray, keyfile: KeyFile, staging: Staging, at: datetime
) -> tuple[Path, AuditAnchor]:
    """A fresh verified backup under the new key in `<vault>.rotating/backups/`, recorded
    in the audit log as Vault.backup_now does; returns it and the new anchor."""
    target = backups_dir(staging.path) / backup.backup_name(at)
    backup.write_backup(conn, new_key, keyfile, target, at)
    backup.read_manifest(target)
    mac_key = audit_mac_key(new_key)
    conn.execute("BEGIN IMMEDIATE")
    try:
        anchor = AuditLog(mac_key).append(conn, "backup", at=at, detail=target.name)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return target, anchor


def verify_staged(
    staging: Staging,
    old_key: bytes | bytearray,
    new_key: bytes | bytearray,
    keyfile: KeyFile,
    user_version: int,
) -> None:
    """Reopen the staged vault as an unlock would, and check everything the swap relies on."""
    on_disk = KeyFile.load(keys_path(staging.path))
    if on_disk != keyfile or not on_disk.checks_key(new_key):
        raise VaultDamaged("The rotated keys.json does not read back as written.")
    conn = open_keyed(staging.db_file, new_key)
    try:
        problems = integrity_problems(conn)
        if problems:
            raise VaultDamaged(f"The re-encrypted database failed its check: {problems[0]}")
        problem = AuditLog(audit_mac_key(new_key)).verify(conn, keyfile.audit_anchor)
        if problem is not None:
            raise VaultDamaged(f"The re-sealed audit log failed its check: {problem.message}")
        if schema_version(conn) != user_version:
            raise VaultDamaged("The re-encrypted database lost its schema version.")
    finally:
        conn.close()
    try:
        open_keyed(staging.db_file, old_key).close()
    except WrongPassphrase:
        pass
    else:
        raise VaultDamaged("The re-encrypted database still opens with the old key.")


def mark_complete(staging: Staging) -> None:
    """Written last, after everything else in the staging folder is durable."""
    for name in (db_path(staging.path), keys_path(staging.path)):
        fsync_file(name)
    fsync_dir(backups_dir(staging.path))
    fsync_dir(staging.path)
    journal = (staging.path / JOURNAL_NAME).read_bytes()
    atomic_write(staging.path / COMPLETE_NAME, journal)


def build_staged_vault(
    staging: Staging,
    source: Connection,
    old_key: bytes | bytearray,
    new_key: bytes | bytearray,
    keyfile: KeyFile,
    *,
    old_anchor: AuditAnchor | None,
    at: datetime,
    detail: str,
) -> StagedVault:
    """Everything in `<vault>.rotating/`, checked and marked complete. keyfile: the new
    slots and key check (its anchor is filled in here). source: a connection to the old
    vault, whose audit chain the caller has verified."""
    user_version = schema_version(source)
    with private_umask():
        copy_database(source, staging.db_file, new_key)
        conn = open_keyed(staging.db_file, new_key)
        try:
            anchor = reseal_audit_log(
                conn,
                old_key,
                new_key,
                old_anchor=old_anchor,
                user_version=user_version,
                at=at,
                detail=detail,
            )
            keyfile = replace(keyfile, audit_anchor=anchor)
            keyfile.save(keys_path(staging.path))
            target, anchor = write_staged_backup(conn, new_key, keyfile, staging, at)
            keyfile = replace(keyfile, audit_anchor=anchor)
            keyfile.save(keys_path(staging.path))
            checkpoint(conn)
        finally:
            conn.close()
        verify_staged(staging, old_key, new_key, keyfile, user_version)
        mark_complete(staging)
    return StagedVault(keyfile, target)


# -- the swap ---------------------------------------------------------------------------------


def swap_into_place(staging: Staging) -> Path:
    """Rename the old vault aside and the staged one into its place; returns the aside
    folder. The caller holds the old vault's lock and the staging lock."""
    folder, aside = staging.folder, staging.aside
    if not (staging.path / COMPLETE_NAME).is_file():
        raise VaultDamaged("The staged vault is not marked complete; it was not swapped in.")
    if aside.exists():
        raise VaultExists(f"{aside} already exists; the vault key was not rotated.")
    os.rename(folder, aside)
    try:
        os.rename(staging.path, folder)
    except BaseException:
        with contextlib.suppress(OSError):
            os.rename(aside, folder)  # put the old vault back (else the next open finishes)
        with contextlib.suppress(OSError):
            fsync_dir(folder.parent)
        raise
    staging.swapped = True
    fsync_dir(folder.parent)
    _remove_markers(folder)
    return aside


def _remove_markers(folder: Path) -> None:
    for name in (COMPLETE_NAME, JOURNAL_NAME):
        (folder / name).unlink(missing_ok=True)
    fsync_dir(folder)


# -- recovery ---------------------------------------------------------------------------------


def _journal(path: Path) -> dict[str, Any]:
    with contextlib.suppress(OSError, ValueError):
        data = json.loads((path / JOURNAL_NAME).read_bytes())
        if isinstance(data, dict) and data.get("format") == JOURNAL_FORMAT:
            return data
    return {}


def _acquire(lock: VaultLock) -> None:
    try:
        lock.acquire()
    except VaultInUse:
        raise VaultInUse(_IN_PROGRESS) from None


def recover_interrupted_rotation(folder: Path) -> str | None:
    """Call before unlocking. Finishes or rolls back a key rotation that was interrupted;
    returns one sentence saying what it did, or None when there was nothing to do.

    - `<vault>.rotating` and `<vault>` both exist: the swap never began, and the counselor
      never saw the new recovery key, so the staging folder is removed (rolled back).
    - `<vault>` is missing and `<vault>.rotating` is complete: the old folder was already
      renamed aside, so the new one is renamed into place (finished).
    - `<vault>` is missing and `<vault>.rotating` is incomplete: the aside folder named in
      the journal is put back (rolled back).
    Raises VaultInUse while a rotation is running, VaultDamaged when neither can be done."""
    staging = staging_path(folder)
    if not staging.is_dir():
        return _after_finished_swap(folder)
    stage_lock = VaultLock(staging)
    _acquire(stage_lock)
    vault_lock: VaultLock | None = None
    try:
        complete = (staging / COMPLETE_NAME).is_file()
        journal = _journal(staging)
        if folder.exists():
            vault_lock = VaultLock(folder)
            _acquire(vault_lock)
            shutil.rmtree(staging)
            fsync_dir(folder.parent)
            unseen = " (its new recovery key was never shown)" if complete else ""
            return (
                f"An interrupted vault-key rotation{unseen} was rolled back; {folder.name} "
                "still opens with its old passphrase and recovery key."
            )
        if complete:
            os.rename(staging, folder)
            fsync_dir(folder.parent)
            _remove_markers(folder)
            aside = journal.get("aside", f"{folder.name}{ASIDE_INFIX}<time>")
            return (
                f"An interrupted vault-key rotation was finished: {folder.name} now opens with "
                f"the passphrase and the new vault key, and the previous copy is kept as "
                f"{aside} (it opens with the old passphrase and recovery key). The new "
                "recovery key may never have been shown: rotate the vault key again to get "
                "one to write down."
            )
        aside_name = journal.get("aside")
        aside = folder.with_name(str(aside_name)) if aside_name else None
        if aside is not None and db_path(aside).is_file():
            os.rename(aside, folder)
            shutil.rmtree(staging)
            fsync_dir(folder.parent)
            return (
                f"An interrupted vault-key rotation was rolled back: {aside.name} was put back "
                f"as {folder.name}, which still opens with its old passphrase and recovery key."
            )
        raise VaultDamaged(
            f"{staging.name} holds an unfinished key rotation and {folder.name} is missing; "
            "restore the newest backup."
        )
    finally:
        if vault_lock is not None:
            vault_lock.release()
        stage_lock.release()


def _after_finished_swap(folder: Path) -> str | None:
    """Markers left in `<vault>` mean the swap was done but the program stopped before the
    rotation returned (and so, perhaps, before the new recovery key was shown)."""
    markers = [folder / name for name in (COMPLETE_NAME, JOURNAL_NAME)]
    if not any(m.exists() for m in markers):
        return None
    lock = VaultLock(folder)
    _acquire(lock)
    try:
        _remove_markers(folder)
    finally:
        lock.release()
    return (
        f"A vault-key rotation of {folder.name} finished just as the program stopped; if "
        "you did not write down its new recovery key, rotate the vault key again to get one."
    )


__all__ = [
    "COMPLETE_NAME",
    "JOURNAL_NAME",
    "STAGING_SUFFIX",
    "StagedVault",
    "Staging",
    "aside_path",
    "begin_staging",
    "build_staged_vault",
    "recover_interrupted_rotation",
    "staging_path",
    "swap_into_place",
]
