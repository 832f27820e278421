"""Backups: one .cdbackup file holding the encrypted database, keys.json and a manifest
with checksums. Never plaintext: the database inside is the SQLCipher file itself."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from counselor_desk.domain.errors import VaultDamaged, VaultExists, VaultInUse
from counselor_desk.domain.timeutil import format_utc, parse_datetime
from counselor_desk.vault.connection import Connection, integrity_problems, open_keyed
from counselor_desk.vault.files import (
    create_private_file,
    fsync_dir,
    fsync_file,
    make_private_dir,
    private_umask,
)
from counselor_desk.vault.keyslots import KeyFile
from counselor_desk.vault.locations import DB_NAME, KEYS_NAME, backups_dir
from counselor_desk.vault.lockfile import VaultLock
from counselor_desk.vault.migrations import schema_version

BACKUP_FORMAT = "counselor-desk-backup/1"
SUFFIX = ".cdbackup"
WORK_PREFIX = ".backup-"  # a backup's work folder, beside the finished files
MANIFEST = "manifest.json"
KEEP = 10
MAX_AGE = timedelta(days=1)

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Manifest:
    vault_id: str
    created: datetime
    schema_version: int
    checksums: dict[str, str]


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def backup_name(at: datetime) -> str:
    return f"backup-{at.strftime('%Y%m%dT%H%M%SZ')}{SUFFIX}"


def write_backup(
    source: Connection,
    vault_key: bytes | bytearray,
    keyfile: KeyFile,
    target: Path,
    at: datetime,
    progress: Progress | None = None,
) -> Manifest:
    """SQLite backup API into a temp file keyed first with the same key, checked, zipped
    with keys.json and a manifest, then renamed into place."""
    with private_umask():
        make_private_dir(target.parent)
        remove_abandoned_work(target.parent)
        work = Path(tempfile.mkdtemp(prefix=WORK_PREFIX, dir=target.parent))
        work_lock = VaultLock(work)  # held while this backup runs: see remove_abandoned_work
        try:
            work_lock.acquire()
            db_copy = work / DB_NAME
            create_private_file(db_copy)
            dest = open_keyed(db_copy, vault_key)
            try:
                # Copy in steps so a long backup reports progress (and a writer can interleave).
                def step(status: int, remaining: int, total: int) -> None:
                    if progress is not None:
                        progress(total - remaining, total)

                source.backup(dest, pages=256, progress=step)
                dest.execute("PRAGMA journal_mode = DELETE").fetchone()
                problems = integrity_problems(dest)
                version = schema_version(dest)
            finally:
                dest.close()
            if problems:
                raise VaultDamaged(f"The backup copy failed its check: {problems[0]}")
            keys_copy = work / KEYS_NAME
            keys_copy.write_bytes(keyfile.to_bytes())
            manifest = Manifest(
                vault_id=keyfile.vault_id,
                created=at,
                schema_version=version,
                checksums={DB_NAME: _sha256(db_copy), KEYS_NAME: _sha256(keys_copy)},
            )
            archive = work / ("archive" + SUFFIX)
            with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_STORED) as zf:
                zf.writestr(MANIFEST, _manifest_bytes(manifest))
                zf.write(db_copy, DB_NAME)
                zf.write(keys_copy, KEYS_NAME)
            fsync_file(archive)
            os.replace(archive, target)
            fsync_dir(target.parent)
        finally:
            work_lock.release()
            shutil.rmtree(work, ignore_errors=True)
    return manifest


def remove_abandoned_work(directory: Path) -> None:
    """Remove the work folders of backups whose process was killed (a pulled plug): each
    holds a partial copy of the vault, which would otherwise stay for good, unlisted and
    never pruned. A folder whose lock is still held belongs to a backup still running
    (perhaps of another vault sharing this backup folder) and is left alone."""
    for path in directory.glob(WORK_PREFIX + "*"):
        lock = VaultLock(path)
        try:
            lock.acquire()
        except (VaultInUse, OSError):  # running, or not a folder, or already gone
            continue
        lock.release()  # released first: Windows cannot delete an open file
        shutil.rmtree(path, ignore_errors=True)


def _manifest_bytes(manifest: Manifest) -> str:
    return json.dumps(
        {
            "format": BACKUP_FORMAT,
            "vault_id": manifest.vault_id,
            "created": format_utc(manifest.created),
            "schema_version": manifest.schema_version,
            "sha256": manifest.checksums,
        },
        indent=2,
    )


def read_manifest(path: Path) -> Manifest:
    """Open a .cdbackup and check every checksum; VaultDamaged when anything is off."""
    try:
        with zipfile.ZipFile(path) as zf:
            data = json.loads(zf.read(MANIFEST))
            if data.get("format") != BACKUP_FORMAT:
                raise ValueError("it is not a Counselor Desk backup")
            checksums = {str(k): str(v) for k, v in data["sha256"].items()}
            for name in (DB_NAME, KEYS_NAME):
                digest = hashlib.sha256()
                with zf.open(name) as member:
                    for block in iter(lambda: member.read(1 << 20), b""):
                        digest.update(block)
                if digest.hexdigest() != checksums.get(name):
                    raise ValueError(f"{name} inside it does not match its checksum")
            return Manifest(
                vault_id=str(data["vault_id"]),
                created=parse_datetime(str(data["created"])),
                schema_version=int(data["schema_version"]),
                checksums=checksums,
            )
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError, EOFError) as exc:
        raise VaultDamaged(f"The backup {path.name} is damaged or incomplete ({exc}).") from None


def backups_in(directory: Path) -> list[Path]:
    """The .cdbackup files in a folder, newest first (names sort by time)."""
    if not directory.is_dir():
        return []
    return sorted(directory.glob("backup-*" + SUFFIX), reverse=True)


def list_backups(folder: Path) -> list[Path]:
    """Backups in a vault's own backups/ folder, newest first."""
    return backups_in(backups_dir(folder))


def newest_backup_time(directory: Path) -> datetime | None:
    for path in backups_in(directory):
        stamp = path.name.removeprefix("backup-").removesuffix(SUFFIX)
        with contextlib.suppress(ValueError):
            return parse_datetime(
                f"{stamp[0:4]}-{stamp[4:6]}-{stamp[6:8]}T{stamp[9:11]}:{stamp[11:13]}:{stamp[13:15]}Z"
            )
    return None


def backup_due(directory: Path, now: datetime) -> bool:
    newest = newest_backup_time(directory)
    return newest is None or now - newest > MAX_AGE


def prune(directory: Path, keep: int = KEEP) -> list[Path]:
    """Keep the newest `keep` backups in directory; returns what was removed."""
    removed = backups_in(directory)[keep:]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def extract(backup: Path, target: Path) -> Manifest:
    """Unpack a checked backup into a new folder (0700, files 0600). Refuses an existing one."""
    manifest = read_manifest(backup)
    if target.exists():
        raise VaultExists(f"{target} already exists; restore into a new folder.")
    with private_umask():
        make_private_dir(target)
        with zipfile.ZipFile(backup) as zf:
            for name in (DB_NAME, KEYS_NAME):
                dest = target / name
                create_private_file(dest)
                with zf.open(name) as member, open(dest, "wb") as out:
                    shutil.copyfileobj(member, out)
                    out.flush()
                    os.fsync(out.fileno())
        fsync_dir(target)
    return manifest
