"""Creating, unlocking and locking a vault: the key hierarchy of DESIGN.md put to work."""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator
from concurrent.futures import Future
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from argon2.exceptions import Argon2Error

from counselor_desk.domain.errors import (
    CounselorDeskError,
    KeysNeedRebuild,
    RecoveryKeyTypo,
    UnlockThrottled,
    ValidationError,
    VaultDamaged,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    WrongPassphrase,
)
from counselor_desk.domain.passphrase import check_passphrase
from counselor_desk.domain.records import new_id
from counselor_desk.domain.recovery import parse_recovery_key
from counselor_desk.domain.supervision import SlotRole
from counselor_desk.domain.timeutil import Clock, format_utc, utc_now
from counselor_desk.vault import backup, migrations
from counselor_desk.vault.audit import AuditLog, audit_mac_key
from counselor_desk.vault.connection import (
    Connection,
    DatabaseError,
    StorageFailed,
    cannot_open,
    checkpoint,
    integrity_problems,
    is_storage_failure,
    open_keyed,
    storage_failed,
)
from counselor_desk.vault.files import (
    create_private_file,
    make_private_dir,
    private_umask,
)
from counselor_desk.vault.keyslots import (
    KdfParams,
    KeyFile,
    PendingEvent,
    Slot,
    calibrate,
    key_check,
)
from counselor_desk.vault.locations import backups_dir, db_path, keys_path
from counselor_desk.vault.lockfile import VaultLock
from counselor_desk.vault.rotation import recover_interrupted_rotation

COUNSELOR_SLOT = "counselor"


def disable_core_dumps() -> None:
    """A core dump of an unlocked process would hold keys and notes in clear."""
    try:
        import resource  # POSIX only: importing it at the top would stop Windows cold
    except ImportError:
        return
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


@dataclass(frozen=True)
class Created:
    vault: Vault
    recovery_key: bytes  # shown once, as the recovery key; the caller formats it


class Vault:
    """An unlocked vault. Holds the key in a bytearray until lock() zeroes it."""

    def __init__(
        self,
        folder: Path,
        key: bytearray,
        keyfile: KeyFile,
        slot_id: str | None,
        lock: VaultLock,
        clock: Clock,
    ) -> None:
        self.folder = folder
        self._key = key
        self.keyfile = keyfile
        self.slot_id = slot_id  # the slot that unlocked (None: the recovery key did)
        self._lock = lock
        self.clock = clock
        self.audit = AuditLog(audit_mac_key(key))
        self.notices: list[str] = []  # sentences to show once after unlock
        self._connections: list[Connection] = []
        self._owners: dict[int, int] = {}  # id(connection) -> the thread that opened it
        self._closing = False  # set when lock() begins: no new connection after that
        self._guard = threading.Condition()
        self.conn = self.connect()

    # -- connections -------------------------------------------------------------------
    @property
    def is_open(self) -> bool:
        return self._lock.held

    @property
    def name(self) -> str:
        return self.keyfile.name

    @property
    def db_file(self) -> Path:
        return db_path(self.folder)

    @property
    def unlocked_slot(self) -> Slot | None:
        """The slot whose passphrase unlocked (None: the recovery key did)."""
        return next((s for s in self.keyfile.slots if s.id == self.slot_id), None)

    @property
    def unlocked_role(self) -> SlotRole:
        """Who unlocked: a supervisor slot, or the counselor (the recovery key included)."""
        slot = self.unlocked_slot
        return slot.role if slot is not None else SlotRole.COUNSELOR

    def key_copy(self) -> bytearray:
        """For a worker or a backup; the caller zeroes it when done."""
        self._require_open()
        return bytearray(self._key)

    def connect(self) -> Connection:
        """A new keyed connection for the calling thread (a connection belongs to one thread)."""
        self._require_open()
        conn = open_keyed(self.db_file, self._key, check_same_thread=False)
        with self._guard:
            self._connections.append(conn)
            self._owners[id(conn)] = threading.get_ident()
        return conn

    def release(self, conn: Connection) -> None:
        """Close a connection from connect(), on the thread that used it."""
        with self._guard:
            if conn in self._connections:
                self._connections.remove(conn)
            self._owners.pop(id(conn), None)
            self._guard.notify_all()
        conn.close()

    @contextlib.contextmanager
    def transaction(self, conn: Connection | None = None) -> Iterator[Connection]:
        """BEGIN IMMEDIATE … COMMIT; a record is saved only once this returns."""
        conn = conn or self.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException as exc:
            # SQLite may already have rolled back (it does after most I/O errors, and a
            # failed COMMIT can leave the transaction open): end it either way, or every
            # later BEGIN on this connection would fail until lock.
            if conn.in_transaction:
                with contextlib.suppress(DatabaseError):  # keep the error that led here
                    conn.execute("ROLLBACK")
            if is_storage_failure(exc):
                raise storage_failed(exc) from exc
            raise

    def record(
        self,
        action: str,
        subject: str | None = None,
        detail: str | None = None,
        *,
        at: datetime | None = None,
    ) -> None:
        """One audit row in its own transaction (for events that change no record)."""
        with self.transaction() as conn:
            self.audit.append(conn, action, at=at or self.clock(), subject=subject, detail=detail)

    def _require_open(self) -> None:
        if self._closing or not self._lock.held:
            raise VaultLocked("The vault is locked; unlock it first.")

    # -- checks ------------------------------------------------------------------------
    def integrity_problems(self) -> list[str]:
        conn = self.connect()
        try:
            return integrity_problems(conn)
        finally:
            self.release(conn)

    def start_background_check(self) -> Future[list[str]]:
        """Page HMACs and quick_check off the caller's thread, on a connection of its own."""
        future: Future[list[str]] = Future()
        conn = self.connect()

        def run() -> None:
            try:
                future.set_result(integrity_problems(conn))
            except BaseException as exc:  # handed to whoever waits on the future
                future.set_exception(exc)
            finally:
                self.release(conn)

        threading.Thread(target=run, name="vault-integrity-check", daemon=True).start()
        return future

    # -- backups -----------------------------------------------------------------------
    @property
    def backup_directory(self) -> Path:
        """Where backups go: the vault's backups/ unless the counselor chose a folder
        (kept inside the encrypted database, so the window and the CLI agree)."""
        return self._backup_directory(self.conn)

    def _backup_directory(self, conn: Connection) -> Path:
        row = conn.execute("SELECT value FROM vault_meta WHERE key='backup_folder'").fetchone()
        return Path(row[0]) if row else backups_dir(self.folder)

    def set_backup_directory(self, directory: Path | None) -> None:
        """Choose a backup folder (None: back to the vault's own backups/)."""
        with self.transaction() as conn:
            if directory is None:
                conn.execute("DELETE FROM vault_meta WHERE key='backup_folder'")
            else:
                if not directory.exists():  # a folder the counselor made keeps its own mode
                    with private_umask():
                        make_private_dir(directory)
                conn.execute(
                    "INSERT OR REPLACE INTO vault_meta VALUES ('backup_folder', ?)",
                    (str(directory),),
                )
            self.audit.append(conn, "settings-backup-folder", at=self.clock(), detail=None)

    def backup_now(
        self, target: Path | None = None, progress: backup.Progress | None = None
    ) -> Path:
        """A verified .cdbackup (into the backup folder unless a target is given); the
        backup folder keeps the newest 10. Runs on a connection of its own, so any
        thread may call it."""
        self._require_open()
        conn = self.connect()
        try:
            at = self.clock()
            directory = self._backup_directory(conn)
            target = target or directory / backup.backup_name(at)
            try:
                backup.write_backup(conn, self._key, self.keyfile, target, at, progress)
            except (OSError, DatabaseError) as exc:
                # The copy goes to a work folder and is renamed only when whole, so a write
                # the disk refused leaves no partial backup behind; say so in one sentence.
                if isinstance(exc, DatabaseError) and not is_storage_failure(exc):
                    raise
                reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
                raise StorageFailed(
                    f"The backup could not be written to {target.parent} ({reason}); no "
                    "backup was made and the vault is unchanged."
                ) from exc
            with self.transaction(conn) as c:
                self.audit.append(c, "backup", at=self.clock(), detail=target.name)
        finally:
            self.release(conn)
        if target.parent == directory:
            backup.prune(directory)
        return target

    def backup_if_due(self) -> Path | None:
        """The daily backup: made at unlock when the newest is over a day old."""
        conn = self.connect()
        try:
            directory = self._backup_directory(conn)
        finally:
            self.release(conn)
        if backup.backup_due(directory, self.clock()):
            return self.backup_now()
        return None

    # -- keys.json ---------------------------------------------------------------------
    def save_keyfile(self, keyfile: KeyFile) -> None:
        keyfile.save(keys_path(self.folder))
        self.keyfile = keyfile

    def _save_keyfile_logged(
        self, keyfile: KeyFile, action: str, subject: str | None, detail: str | None
    ) -> None:
        """Write a change to keys.json and its audit row. The row waits in keys.json with
        the change until it has landed, so a process killed in between is logged at the
        next unlock instead of never."""
        at = self.clock()
        last = self.audit.anchor(self.conn)
        event = PendingEvent(action, format_utc(at), last.seq if last else 0, subject, detail)
        self.save_keyfile(replace(keyfile, pending=(*keyfile.pending, event)))
        self.record(action, subject=subject, detail=detail, at=at)
        with contextlib.suppress(OSError):  # left pending: the next unlock finds the row
            self.save_keyfile(self.keyfile.without_pending())

    def change_passphrase(self, new_passphrase: str, kdf: KdfParams | None = None) -> Slot:
        """Rewrap the vault key for the slot that unlocked (instant: no re-encryption)."""
        self._require_open()
        check_passphrase(new_passphrase, (self.name,))
        slots = list(self.keyfile.slots)
        # The slot that unlocked; after a recovery-key unlock, the counselor's own slot.
        index = next((i for i, s in enumerate(slots) if s.id == self.slot_id), None)
        if index is None:
            index = next((i for i, s in enumerate(slots) if s.label == COUNSELOR_SLOT), None)
        label = slots[index].label if index is not None else COUNSELOR_SLOT
        kdf = kdf or (slots[index].kdf if index is not None else calibrate())
        slot_id = slots[index].id if index is not None else None
        role = slots[index].role if index is not None else SlotRole.COUNSELOR
        new_slot = Slot.make(
            self.keyfile.vault_id, label, new_passphrase, self._key, kdf, slot_id=slot_id, role=role
        )
        if index is None:
            slots.append(new_slot)
        else:
            slots[index] = new_slot
        self._save_keyfile_logged(
            replace(self.keyfile, slots=tuple(slots)), "passphrase-changed", new_slot.id, label
        )
        self.slot_id = new_slot.id
        return new_slot

    def add_slot(
        self,
        label: str,
        passphrase: str,
        kdf: KdfParams | None = None,
        role: SlotRole = SlotRole.COUNSELOR,
    ) -> Slot:
        """Another passphrase that opens this vault (e.g. a clinical supervisor's, whose
        supervisor role lets it co-sign notes under its label)."""
        self._require_open()
        if not label.strip():
            raise ValidationError("A slot needs a label naming who holds it.")
        if any(slot.label == label.strip() for slot in self.keyfile.slots):
            raise ValidationError(f"There is already a slot named {label.strip()!r}.")
        check_passphrase(passphrase, (self.name, label))
        slot = Slot.make(
            self.keyfile.vault_id,
            label.strip(),
            passphrase,
            self._key,
            kdf or calibrate(),
            role=SlotRole(role),
        )
        self._save_keyfile_logged(
            replace(self.keyfile, slots=(*self.keyfile.slots, slot)),
            "slot-added",
            slot.id,
            f"{slot.label} ({slot.role.value})",
        )
        return slot

    def remove_slot(self, slot_id: str) -> None:
        """Remove a passphrase slot; the last one and the one in use stay."""
        self._require_open()
        if slot_id == self.slot_id:
            raise ValidationError("The slot you unlocked with cannot be removed now.")
        remaining = tuple(slot for slot in self.keyfile.slots if slot.id != slot_id)
        if len(remaining) == len(self.keyfile.slots):
            raise ValidationError("There is no such slot.")
        if not remaining:
            raise ValidationError("The last slot cannot be removed.")
        label = next(s.label for s in self.keyfile.slots if s.id == slot_id)
        self._save_keyfile_logged(
            replace(self.keyfile, slots=remaining), "slot-removed", slot_id, label
        )

    # -- lock --------------------------------------------------------------------------
    def lock(self, *, record: bool = True) -> None:
        """Checkpoint the WAL, anchor the audit log, close every connection, zero the key.
        record=False (a refused unlock) leaves the database and keys.json as they were."""
        if not self._lock.held or self._closing:
            return
        try:
            if record:
                with contextlib.suppress(Exception):
                    self.record("lock")
                with contextlib.suppress(Exception):
                    self._save_anchor()
            with contextlib.suppress(Exception):
                checkpoint(self.conn)
        finally:
            self._closing = True
            self._close_connections()
            for i in range(len(self._key)):
                self._key[i] = 0
            self.audit.forget()
            self._lock.release()

    def _close_connections(self, wait: float = 10.0) -> None:
        """Close every connection. One still running on another thread (a background check
        or backup) is interrupted and closed by its own thread: closing a connection under
        a running statement from here would crash the process."""
        me = threading.get_ident()
        with self._guard:
            foreign = [
                c
                for c in self._connections
                if c is not self.conn and self._owners.get(id(c)) not in (None, me)
            ]
            for conn in foreign:
                with contextlib.suppress(Exception):
                    conn.interrupt()  # thread-safe: the statement stops with an error
            self._guard.wait_for(
                lambda: not any(c in self._connections for c in foreign), timeout=wait
            )
            still_running = [c for c in foreign if c in self._connections]
            mine = [c for c in self._connections if c not in still_running]
            self._connections = still_running  # their threads close them on release()
            for conn in mine:
                self._owners.pop(id(conn), None)
        for conn in mine:
            with contextlib.suppress(Exception):
                conn.close()

    def _save_anchor(self) -> None:
        """Move the anchor forward only while the chain still holds the anchored row: a log
        whose tail was cut keeps its old anchor, so verify goes on reporting it."""
        old = self.keyfile.audit_anchor
        if old is not None:
            row = self.conn.execute("SELECT mac FROM audit_log WHERE seq=?", (old.seq,)).fetchone()
            if row is None or row[0] != old.mac:
                return
        anchor = self.audit.anchor(self.conn)
        if anchor is not None:
            self.save_keyfile(replace(self.keyfile, audit_anchor=anchor))

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.lock()


# -- creating ------------------------------------------------------------------------------


def create_vault(
    folder: Path,
    name: str,
    passphrase: str,
    *,
    kdf: KdfParams | None = None,
    clock: Clock = utc_now,
    check_strength: bool = True,
) -> Created:
    """Make the folder (0700), vault.db (0600) and keys.json; returns the open vault."""
    if (folder / "vault.db").exists() or (folder.exists() and any(folder.iterdir())):
        raise VaultExists(f"{folder} already exists and is not empty; choose a new folder.")
    if not name.strip():
        raise ValueError("a vault needs a name")
    if check_strength:
        check_passphrase(passphrase, (name,))
    kdf = kdf or calibrate()
    vault_key = bytearray(os.urandom(32))
    vault_id = new_id()
    with private_umask():
        make_private_dir(folder)
        create_private_file(db_path(folder))
        slot = Slot.make(vault_id, COUNSELOR_SLOT, passphrase, vault_key, kdf)
        keyfile = KeyFile(vault_id, name.strip(), (slot,), key_check(vault_key))
        keyfile.save(keys_path(folder))
        lock = VaultLock(folder)
        lock.acquire()
        vault = Vault(folder, vault_key, keyfile, slot.id, lock, clock)
    try:
        migrations.apply_pending(vault.conn)
        with vault.transaction() as conn:
            conn.execute("INSERT INTO vault_meta VALUES ('vault_id', ?)", (vault_id,))
            conn.execute("INSERT INTO vault_meta VALUES ('name', ?)", (name.strip(),))
            vault.audit.append(conn, "create-vault", at=clock(), detail=name.strip())
    except BaseException:
        vault.lock()
        raise
    return Created(vault, bytes(vault_key))


# -- unlocking -----------------------------------------------------------------------------


def _require_vault(folder: Path) -> None:
    if not db_path(folder).is_file():
        raise VaultNotFound(f"There is no vault at {folder}.")


def _load_keyfile(folder: Path) -> KeyFile:
    path = keys_path(folder)
    if not path.is_file():
        raise VaultDamaged(
            f"{path} is missing. Open the vault with its recovery key to rebuild it."
        )
    return KeyFile.load(path)


def unlock_with_passphrase(folder: Path, passphrase: str, *, clock: Clock = utc_now) -> Vault:
    """Open with a passphrase; a wrong one is counted in keys.json and changes nothing else."""
    notice = recover_interrupted_rotation(folder)  # must run first: it may put <vault> back
    _require_vault(folder)
    lock = VaultLock(folder)
    lock.acquire()
    try:
        keyfile = _load_keyfile(folder)
        wait = keyfile.wait_remaining(clock())
        if wait > 0:
            raise UnlockThrottled(wait)
        try:
            key, slot = keyfile.unwrap(passphrase)
        except WrongPassphrase:
            keyfile.with_failure(clock()).save(keys_path(folder))
            raise
        except (Argon2Error, OverflowError):
            # Argon2 refused the slot's stored parameters (zero lanes, a memory size past
            # 32 bits): keys.json was damaged, which no passphrase can get past.
            raise VaultDamaged(
                f"{keys_path(folder)} is damaged (impossible key-derivation settings). The "
                "recovery key still opens the vault and rebuilds it."
            ) from None
        if not keyfile.checks_key(key):
            raise VaultDamaged(
                "keys.json does not match this vault. Open it with the recovery key to rebuild it."
            )
        vault = _finish_unlock(folder, key, keyfile, slot.id, lock, clock, "passphrase")
    except BaseException:
        lock.release()
        raise
    return _with_notice(vault, notice)


def unlock_with_recovery_key(
    folder: Path,
    recovery_text: str,
    *,
    new_passphrase: str | None = None,
    kdf: KdfParams | None = None,
    clock: Clock = utc_now,
) -> Vault:
    """Open with the recovery key. A missing or damaged keys.json is rebuilt, which needs
    a new passphrase for the counselor's slot."""
    notice = recover_interrupted_rotation(folder)  # must run first: it may put <vault> back
    _require_vault(folder)
    key = bytearray(parse_recovery_key(recovery_text))
    lock = VaultLock(folder)
    lock.acquire()
    try:
        try:
            keyfile: KeyFile | None = _load_keyfile(folder)
        except VaultDamaged:
            keyfile = None
        if keyfile is not None:
            wait = keyfile.wait_remaining(clock())
            if wait > 0:
                raise UnlockThrottled(wait)
            if not keyfile.checks_key(key):
                if not _key_opens(folder, key):
                    keyfile.with_failure(clock()).save(keys_path(folder))
                    raise WrongPassphrase("That recovery key does not open this vault.")
                # The key opens vault.db, so it is keys.json's key check that is damaged:
                # rebuild keys.json, as when it is missing (never refuse the right key).
                keyfile = None
        if keyfile is not None:
            vault = _finish_unlock(folder, key, keyfile, None, lock, clock, "recovery key")
        else:
            vault = _rebuild_keyfile(folder, key, new_passphrase, kdf, lock, clock)
    except BaseException:
        lock.release()
        raise
    return _with_notice(vault, notice)


def _key_opens(folder: Path, key: bytearray) -> bool:
    """Whether the key reads vault.db: the recovery key is the vault key itself."""
    try:
        conn = open_keyed(db_path(folder), key)
    except WrongPassphrase:
        return False
    conn.close()
    return True


def _with_notice(vault: Vault, notice: str | None) -> Vault:
    """Keep what recovery of an interrupted rotation did, for the counselor and the log."""
    if notice:
        vault.notices.append(notice)
        vault.record("rotation-recovered", detail=notice)
    return vault


def _rebuild_keyfile(
    folder: Path,
    key: bytearray,
    new_passphrase: str | None,
    kdf: KdfParams | None,
    lock: VaultLock,
    clock: Clock,
) -> Vault:
    try:
        conn = open_keyed(db_path(folder), key)
    except WrongPassphrase:
        raise WrongPassphrase(
            "That recovery key does not open this vault (or vault.db is damaged)."
        ) from None
    try:
        meta = dict(conn.execute("SELECT key, value FROM vault_meta").fetchall())
    except Exception:
        raise VaultDamaged("vault.db is damaged: its vault record cannot be read.") from None
    finally:
        conn.close()
    if new_passphrase is None:
        raise KeysNeedRebuild(
            "keys.json is missing or damaged; the recovery key is right, and a new "
            "passphrase is needed to rebuild it."
        )
    check_passphrase(new_passphrase, (meta.get("name", ""),))
    with private_umask():
        slot = Slot.make(meta["vault_id"], COUNSELOR_SLOT, new_passphrase, key, kdf or calibrate())
        damaged = keys_path(folder)
        if damaged.exists():
            os.replace(damaged, folder / f"keys.json.damaged-{clock().strftime('%Y%m%dT%H%M%SZ')}")
        keyfile = KeyFile(meta["vault_id"], meta.get("name", folder.name), (slot,), key_check(key))
        keyfile.save(keys_path(folder))
    vault = _finish_unlock(folder, key, keyfile, slot.id, lock, clock, "recovery key")
    vault.record("keys-rebuilt", detail="keys.json rebuilt with the recovery key")
    return vault


def _finish_unlock(
    folder: Path,
    key: bytearray,
    keyfile: KeyFile,
    slot_id: str | None,
    lock: VaultLock,
    clock: Clock,
    method: str,
) -> Vault:
    with private_umask():
        try:
            vault = Vault(folder, key, keyfile, slot_id, lock, clock)
        except WrongPassphrase:
            # The key matches keys.json's key check, yet does not read vault.db: the
            # database is damaged, or keys.json was copied from another vault.
            raise VaultDamaged(
                "vault.db cannot be read with the key in keys.json: vault.db is damaged, or "
                "keys.json belongs to another vault. Open it with the recovery key (which "
                "rebuilds keys.json), or restore the newest good backup."
            ) from None
    try:
        # A -wal left by a crash, or by a checkpoint the disk cut short (which can leave a
        # torn page at the end of vault.db), is folded into vault.db now, so every check
        # after unlock reads whole pages. A disk still full fails it; the -wal then stays
        # and SQLite keeps reading through it.
        with contextlib.suppress(DatabaseError):
            checkpoint(vault.conn)
        _migrate(vault)
        failed = keyfile.failed_unlocks
        with vault.transaction() as conn:
            if failed.count:
                vault.audit.append(
                    conn,
                    "failed-unlocks",
                    at=clock(),
                    detail=f"{failed.count} failed tries, first {failed.first}, last {failed.last}",
                )
            for event in keyfile.pending:  # a keys.json change whose row never landed
                landed = conn.execute(
                    "SELECT 1 FROM audit_log WHERE seq>? AND action=? AND subject IS ?",
                    (event.after_seq, event.action, event.subject),
                ).fetchone()
                if landed is None:
                    vault.audit.append(
                        conn,
                        event.action,
                        at=clock(),
                        subject=event.subject,
                        detail=f"{event.detail or ''} (made {event.at}; the program stopped "
                        "before logging it)".lstrip(),
                    )
            vault.audit.append(conn, "unlock", at=clock(), subject=slot_id, detail=method)
        if failed.count or keyfile.pending:
            vault.save_keyfile(vault.keyfile.without_failures().without_pending())
    except (StorageFailed, OSError) as exc:
        vault.lock(record=False)
        raise cannot_open(
            (exc.__cause__ or exc) if isinstance(exc, StorageFailed) else exc
        ) from exc
    except DatabaseError as exc:
        vault.lock(record=False)
        # SQLITE_CORRUPT / SQLITE_NOTADB: a damaged page, not a program error (exit 4).
        if (getattr(exc, "sqlite_errorcode", 0) & 0xFF) in (11, 26):
            raise VaultDamaged(
                "vault.db is damaged and cannot be read. Restore the newest good backup."
            ) from None
        raise
    except BaseException:
        vault.lock(record=False)
        raise
    return vault


def _migrate(vault: Vault) -> None:
    """Bring an older vault up to date, after a verified backup of the old one."""
    version = migrations.schema_version(vault.conn)
    if version > migrations.LATEST_VERSION:
        raise VaultDamaged(
            f"This vault was made by a newer Counselor Desk (schema {version}); update the program."
        )
    if version == 0:
        raise VaultDamaged("vault.db holds no Counselor Desk schema; restore a backup.")
    if version < migrations.LATEST_VERSION:
        made = vault.backup_now()
        try:
            done = migrations.apply_pending(vault.conn)
        except DatabaseError as exc:
            raise CounselorDeskError(
                f"The vault could not be updated to this version's schema ({exc}); the failed "
                f"step changed nothing, and the backup {made.name} holds the vault as it was."
            ) from None
        vault.record("migrate", detail=f"schema {version} → {done[-1]}")


__all__ = [
    "Created",
    "RecoveryKeyTypo",
    "Vault",
    "create_vault",
    "disable_core_dumps",
    "unlock_with_passphrase",
    "unlock_with_recovery_key",
]
