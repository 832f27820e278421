"""Creating, unlocking and locking a vault: files, throttling, recovery, damage, passphrases."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlcipher3

from counselor_desk.domain.errors import (
    KeysNeedRebuild,
    RecoveryKeyTypo,
    UnlockThrottled,
    VaultDamaged,
    VaultExists,
    VaultInUse,
    VaultLocked,
    VaultNotFound,
    WeakPassphrase,
    WrongPassphrase,
)
from counselor_desk.domain.recovery import format_recovery_key
from counselor_desk.vault import store as store_module
from counselor_desk.vault.keyslots import KdfParams, KeyFile
from counselor_desk.vault.locations import db_path, keys_path
from counselor_desk.vault.store import (
    Vault,
    create_vault,
    unlock_with_passphrase,
    unlock_with_recovery_key,
)

MARKER = "marker-7f3a: Dana spoke about her sister"


@pytest.fixture
def umask_022() -> Iterator[None]:
    """A typical, permissive umask: the vault must make its files private regardless."""
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


@pytest.fixture
def opened() -> Iterator[list[Vault]]:
    """Vaults a test unlocks itself; locked at teardown even when the test fails."""
    vaults: list[Vault] = []
    yield vaults
    for vault in vaults:
        vault.lock()


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _actions(vault: Vault) -> list[str]:
    """Audit actions, oldest first."""
    return [e.action for e in reversed(vault.audit.entries(vault.conn))]


def _failed_count(folder: Path) -> int:
    return int(json.loads(keys_path(folder).read_text())["failed_unlocks"]["count"])


# -- files on disk -------------------------------------------------------------------------


def test_create_makes_a_private_folder_and_files(umask_022: None, make_vault) -> None:
    vault = make_vault()
    vault.record("note", detail=MARKER)  # so the -wal has something in it
    folder = vault.folder
    assert _mode(folder) == 0o700
    present = [
        p
        for p in (
            db_path(folder),
            keys_path(folder),
            folder / "vault.db-wal",
            folder / "vault.db-shm",
        )
        if p.exists()
    ]
    assert db_path(folder) in present and keys_path(folder) in present
    assert (folder / "vault.db-wal").exists()  # WAL mode while open
    for path in [*present, *folder.glob(".*")]:
        assert _mode(path) == 0o600, path.name


def test_reopened_vault_files_stay_private(
    umask_022: None, make_vault, passphrase: str, opened: list[Vault]
) -> None:
    vault = make_vault()
    vault.lock()
    again = unlock_with_passphrase(vault.folder, passphrase)
    opened.append(again)
    again.record("note", detail=MARKER)
    extra = again.connect()  # a worker's connection, opened outside the unlock
    extra.execute("SELECT count(*) FROM audit_log").fetchone()
    for path in vault.folder.iterdir():
        if path.is_file():
            assert _mode(path) == 0o600, path.name


def test_backups_are_private(umask_022: None, make_vault) -> None:
    vault = make_vault()
    target = vault.backup_now()
    assert _mode(target.parent) == 0o700
    assert _mode(target) == 0o600


def test_lock_leaves_everything_in_vault_db(make_vault) -> None:
    vault = make_vault()
    for i in range(50):
        vault.record("note", detail=f"{MARKER} {i}")
    wal = vault.folder / "vault.db-wal"
    assert wal.exists() and wal.stat().st_size > 0
    vault.lock()
    assert not wal.exists() or wal.stat().st_size == 0
    assert not (vault.folder / "vault.db-journal").exists()
    assert MARKER.encode() not in db_path(vault.folder).read_bytes()  # encrypted at rest
    assert db_path(vault.folder).read_bytes()[:16] != b"SQLite format 3\x00"


def test_create_refuses_a_folder_that_is_in_use(make_vault, cheap_kdf: KdfParams) -> None:
    vault = make_vault()
    with pytest.raises(VaultExists):
        create_vault(vault.folder, "Again", "x", kdf=cheap_kdf, check_strength=False)


def test_create_refuses_a_weak_passphrase(tmp_path: Path, cheap_kdf: KdfParams) -> None:
    with pytest.raises(WeakPassphrase):
        create_vault(tmp_path / "v", "Test", "password123", kdf=cheap_kdf)
    assert not (tmp_path / "v" / "vault.db").exists()


def test_unlocking_a_missing_vault_says_so(tmp_path: Path, passphrase: str) -> None:
    with pytest.raises(VaultNotFound):
        unlock_with_passphrase(tmp_path / "nowhere", passphrase)


# -- wrong passphrases and throttling ------------------------------------------------------


def test_wrong_passphrase_is_counted_and_changes_nothing_else(make_vault, passphrase: str) -> None:
    vault = make_vault()
    vault.lock()
    folder = vault.folder
    before = _sha(db_path(folder))
    assert _failed_count(folder) == 0
    with pytest.raises(WrongPassphrase):
        unlock_with_passphrase(folder, "not the passphrase")
    assert _failed_count(folder) == 1
    with pytest.raises(WrongPassphrase):
        unlock_with_passphrase(folder, passphrase.upper())
    assert _failed_count(folder) == 2
    assert _sha(db_path(folder)) == before
    assert not (folder / "vault.db-wal").exists()
    keyfile = KeyFile.load(keys_path(folder))
    assert keyfile.slots == vault.keyfile.slots  # the slots are untouched


def test_repeated_failures_make_the_next_try_wait(
    make_vault, passphrase: str, clock, opened: list[Vault]
) -> None:
    vault = make_vault(clock=clock)
    vault.lock()
    folder = vault.folder
    for _ in range(3):
        with pytest.raises(WrongPassphrase):
            unlock_with_passphrase(folder, "nope", clock=clock)
    # Even the right passphrase must wait now, and waiting tries are not counted.
    with pytest.raises(UnlockThrottled) as info:
        unlock_with_passphrase(folder, passphrase, clock=clock)
    assert info.value.seconds > 0
    assert "Wait" in str(info.value)
    with pytest.raises(UnlockThrottled):
        unlock_with_passphrase(folder, "nope", clock=clock)
    assert _failed_count(folder) == 3
    clock.advance(seconds=info.value.seconds - 1)
    with pytest.raises(UnlockThrottled):
        unlock_with_passphrase(folder, passphrase, clock=clock)
    # Once the wait has passed a wrong try counts again and the next wait is longer.
    clock.advance(seconds=1)
    with pytest.raises(WrongPassphrase):
        unlock_with_passphrase(folder, "nope", clock=clock)
    with pytest.raises(UnlockThrottled) as longer:
        unlock_with_passphrase(folder, passphrase, clock=clock)
    assert longer.value.seconds > info.value.seconds
    # The recovery key is throttled too.
    with pytest.raises(UnlockThrottled):
        unlock_with_recovery_key(folder, format_recovery_key(os.urandom(32)), clock=clock)
    clock.advance(seconds=longer.value.seconds)

    again = unlock_with_passphrase(folder, passphrase, clock=clock)
    opened.append(again)
    entries = again.audit.entries(again.conn, limit=2)
    assert [e.action for e in entries] == ["unlock", "failed-unlocks"]
    assert entries[1].detail is not None and entries[1].detail.startswith("4 failed tries")
    assert _failed_count(folder) == 0
    assert again.keyfile.failed_unlocks.count == 0


def test_an_unlock_without_failures_writes_no_failed_unlocks_row(
    make_vault, passphrase: str, opened: list[Vault]
) -> None:
    vault = make_vault()
    vault.lock()
    again = unlock_with_passphrase(vault.folder, passphrase)
    opened.append(again)
    assert "failed-unlocks" not in _actions(again)
    assert _actions(again)[-1] == "unlock"


# -- the recovery key ----------------------------------------------------------------------


def _spellings(key: bytes) -> dict[str, str]:
    dashed = format_recovery_key(key)
    groups = dashed.split("-")
    return {
        "dashed with checksum": dashed,
        "no separators with checksum": "".join(groups),
        "spaces and upper case": " ".join(groups).upper(),
        "dashed without checksum": "-".join(groups[:16]),
        "plain 64 digits": key.hex(),
        "lines as printed": "\n".join(" ".join(groups[i : i + 4]) for i in range(0, 17, 4)),
    }


def test_recovery_key_opens_in_every_accepted_spelling(make_created, opened: list[Vault]) -> None:
    created = make_created()
    created.vault.record("note", detail=MARKER)
    folder = created.vault.folder
    created.vault.lock()
    for how, text in _spellings(created.recovery_key).items():
        vault = unlock_with_recovery_key(folder, text)
        opened.append(vault)
        assert vault.slot_id is None, how
        assert any(e.detail == MARKER for e in vault.audit.entries(vault.conn)), how
        assert vault.audit.entries(vault.conn, limit=1)[0].detail == "recovery key"
        vault.lock()


def test_a_recovery_key_typo_is_reported_as_a_typo(make_created) -> None:
    created = make_created()
    created.vault.lock()
    text = format_recovery_key(created.recovery_key)
    typo = ("0" if text[5] != "0" else "1").join([text[:5], text[6:]])
    with pytest.raises(RecoveryKeyTypo) as info:
        unlock_with_recovery_key(created.vault.folder, typo)
    assert info.value.group == 2
    assert _failed_count(created.vault.folder) == 0


def test_another_vaults_recovery_key_is_a_wrong_key(make_created) -> None:
    created = make_created()
    created.vault.lock()
    folder = created.vault.folder
    before = _sha(db_path(folder))
    other = format_recovery_key(os.urandom(32))  # a valid checksum, a different key
    with pytest.raises(WrongPassphrase):
        unlock_with_recovery_key(folder, other)
    assert _failed_count(folder) == 1
    assert _sha(db_path(folder)) == before


def test_missing_keys_json_needs_the_recovery_key_which_rebuilds_it(
    make_created,
    passphrase: str,
    other_passphrase: str,
    cheap_kdf: KdfParams,
    opened: list[Vault],
) -> None:
    created = make_created()
    created.vault.record("note", detail=MARKER)
    vault_id = created.vault.keyfile.vault_id
    folder = created.vault.folder
    created.vault.lock()
    keys_path(folder).unlink()

    with pytest.raises(VaultDamaged, match="recovery key"):
        unlock_with_passphrase(folder, passphrase)
    # Rebuilding needs a new passphrase; without one nothing is written.
    with pytest.raises(KeysNeedRebuild, match="new passphrase"):
        unlock_with_recovery_key(folder, format_recovery_key(created.recovery_key))
    assert not keys_path(folder).exists()

    rebuilt = unlock_with_recovery_key(
        folder,
        format_recovery_key(created.recovery_key),
        new_passphrase=other_passphrase,
        kdf=cheap_kdf,
    )
    opened.append(rebuilt)
    assert rebuilt.keyfile.vault_id == vault_id
    assert rebuilt.name == "Test"
    assert any(e.detail == MARKER for e in rebuilt.audit.entries(rebuilt.conn))
    assert "keys-rebuilt" in _actions(rebuilt)
    assert not list(folder.glob("keys.json.damaged-*"))  # there was nothing to keep
    rebuilt.lock()

    with pytest.raises(WrongPassphrase):
        unlock_with_passphrase(folder, passphrase)
    vault = unlock_with_passphrase(folder, other_passphrase)
    opened.append(vault)
    assert vault.keyfile.vault_id == vault_id
    assert any(e.detail == MARKER for e in vault.audit.entries(vault.conn))


def test_damaged_keys_json_is_kept_aside_when_rebuilt(
    make_created, other_passphrase: str, cheap_kdf: KdfParams, opened: list[Vault]
) -> None:
    created = make_created()
    folder = created.vault.folder
    vault_id = created.vault.keyfile.vault_id
    created.vault.lock()
    damaged = keys_path(folder).read_bytes()[:150]
    keys_path(folder).write_bytes(damaged)

    vault = unlock_with_recovery_key(
        folder, created.recovery_key.hex(), new_passphrase=other_passphrase, kdf=cheap_kdf
    )
    opened.append(vault)
    assert vault.keyfile.vault_id == vault_id
    aside = list(folder.glob("keys.json.damaged-*"))
    assert len(aside) == 1
    assert aside[0].read_bytes() == damaged
    assert KeyFile.load(keys_path(folder)).vault_id == vault_id


def test_rebuild_refuses_a_weak_new_passphrase(make_created, cheap_kdf: KdfParams) -> None:
    created = make_created()
    folder = created.vault.folder
    created.vault.lock()
    keys_path(folder).unlink()
    with pytest.raises(WeakPassphrase):
        unlock_with_recovery_key(
            folder, created.recovery_key.hex(), new_passphrase="password1", kdf=cheap_kdf
        )
    assert not keys_path(folder).exists()


def test_a_wrong_recovery_key_does_not_rebuild_keys_json(
    make_created, other_passphrase: str, cheap_kdf: KdfParams
) -> None:
    created = make_created()
    folder = created.vault.folder
    created.vault.lock()
    keys_path(folder).unlink()
    with pytest.raises(WrongPassphrase):
        unlock_with_recovery_key(
            folder,
            format_recovery_key(os.urandom(32)),
            new_passphrase=other_passphrase,
            kdf=cheap_kdf,
        )
    assert not keys_path(folder).exists()


def test_a_raw_sqlcipher_connection_opens_the_vault_with_the_recovery_key_alone(
    make_created,
) -> None:
    created = make_created()
    created.vault.record("note", detail=MARKER)
    vault_id = created.vault.keyfile.vault_id
    folder = created.vault.folder
    created.vault.lock()
    printed = format_recovery_key(created.recovery_key)

    hex_digits = printed.replace("-", "")[:64]
    conn = sqlcipher3.connect(str(db_path(folder)))
    try:
        conn.execute(f"PRAGMA key = \"x'{hex_digits}'\"")
        meta = dict(conn.execute("SELECT key, value FROM vault_meta").fetchall())
        details = [r[0] for r in conn.execute("SELECT detail FROM audit_log")]
    finally:
        conn.close()
    assert meta["vault_id"] == vault_id
    assert meta["name"] == "Test"
    assert MARKER in details

    plain = sqlite3.connect(str(db_path(folder)))
    try:
        with pytest.raises(sqlite3.DatabaseError):
            plain.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        plain.close()


# -- one writer, lock ----------------------------------------------------------------------


def test_a_second_unlock_of_an_open_vault_is_refused(make_created, passphrase: str) -> None:
    created = make_created()
    vault = created.vault
    with pytest.raises(VaultInUse):
        unlock_with_passphrase(vault.folder, passphrase)
    with pytest.raises(VaultInUse):
        unlock_with_recovery_key(vault.folder, created.recovery_key.hex())
    with pytest.raises(VaultInUse):
        unlock_with_passphrase(vault.folder, "wrong")
    assert _failed_count(vault.folder) == 0
    vault.record("still-works")  # the first window is unaffected
    assert _actions(vault)[-1] == "still-works"


def test_lock_zeroes_the_key_and_closes_every_connection(make_vault, passphrase: str) -> None:
    vault = make_vault()
    key = vault._key
    assert any(key) and not vault.audit.forgotten
    worker = vault.connect()
    vault.lock()
    assert len(key) == 32 and not any(key)
    assert vault.audit.forgotten  # the audit log's key, derived from it, too
    with pytest.raises(VaultLocked):  # a thread still running is refused, not mis-MACed
        vault.audit.append(worker, "late", at=vault.clock())
    assert not vault.is_open
    with pytest.raises(sqlcipher3.ProgrammingError):
        vault.conn.execute("SELECT 1")
    with pytest.raises(sqlcipher3.ProgrammingError):
        worker.execute("SELECT 1")
    with pytest.raises(VaultLocked):
        vault.connect()
    with pytest.raises(VaultLocked):
        vault.key_copy()
    vault.lock()  # a second lock is harmless
    # ... and the lock is released: the vault opens again.
    again = unlock_with_passphrase(vault.folder, passphrase)
    again.lock()


def test_lock_anchors_the_audit_log_in_keys_json(make_vault) -> None:
    vault = make_vault()
    vault.record("note")
    vault.lock()
    keyfile = KeyFile.load(keys_path(vault.folder))
    assert keyfile.audit_anchor is not None
    assert keyfile.audit_anchor.seq == 3  # create-vault, note, lock


# -- damage --------------------------------------------------------------------------------

PAGE = 4096


def _flip(path: Path, offset: int) -> None:
    with open(path, "r+b") as handle:
        handle.seek(offset)
        byte = handle.read(1)
        handle.seek(offset)
        handle.write(bytes([byte[0] ^ 0xFF]))


@pytest.mark.parametrize("page", [1, 2, "middle", "last"])
def test_a_damaged_page_is_reported_never_read_as_good(
    make_vault, passphrase: str, page: int | str, opened: list[Vault]
) -> None:
    vault = make_vault()
    for i in range(150):
        vault.record("note", detail=f"{MARKER} {i} " + "x" * 400)
    vault.lock()
    path = db_path(vault.folder)
    pages = path.stat().st_size // PAGE
    assert pages > 10
    number = {"middle": pages // 2, "last": pages}.get(page, page)  # type: ignore[call-overload]
    _flip(path, (int(number) - 1) * PAGE + 100)

    try:
        again = unlock_with_passphrase(vault.folder, passphrase)
    except VaultDamaged:
        return
    opened.append(again)
    assert again.integrity_problems(), f"page {number} of {pages} was damaged unnoticed"


def test_a_keyfile_from_another_vault_is_not_a_wrong_passphrase(
    make_vault, passphrase: str
) -> None:
    first = make_vault("a")
    second = make_vault("b")
    first.lock()
    second.lock()
    keys_path(first.folder).write_bytes(keys_path(second.folder).read_bytes())
    with pytest.raises(VaultDamaged):
        unlock_with_passphrase(first.folder, passphrase)


# -- changing the passphrase ---------------------------------------------------------------


def test_change_passphrase(
    make_created, passphrase: str, other_passphrase: str, opened: list[Vault]
) -> None:
    created = make_created()
    vault = created.vault
    folder = vault.folder
    old_slot = vault.keyfile.slots[0]
    before = keys_path(folder).read_bytes()
    with pytest.raises(WeakPassphrase):
        vault.change_passphrase("password123")
    assert keys_path(folder).read_bytes() == before

    slot = vault.change_passphrase(other_passphrase)
    assert slot.id == old_slot.id and slot.kdf == old_slot.kdf
    assert "passphrase-changed" in _actions(vault)
    vault.lock()

    with pytest.raises(WrongPassphrase):
        unlock_with_passphrase(folder, passphrase)
    again = unlock_with_passphrase(folder, other_passphrase)
    opened.append(again)
    assert len(again.keyfile.slots) == 1
    again.lock()
    by_key = unlock_with_recovery_key(folder, format_recovery_key(created.recovery_key))
    opened.append(by_key)


def test_a_passphrase_change_stopped_before_its_audit_row_is_logged_at_the_next_unlock(
    make_created, other_passphrase: str, opened: list[Vault], monkeypatch: pytest.MonkeyPatch
) -> None:
    vault = make_created().vault
    folder = vault.folder

    def stopped(*_args: object, **_kwargs: object) -> None:
        raise KeyboardInterrupt  # the process stops right after keys.json was written

    monkeypatch.setattr(vault, "record", stopped)
    with pytest.raises(KeyboardInterrupt):
        vault.change_passphrase(other_passphrase)
    monkeypatch.undo()
    assert "passphrase-changed" not in _actions(vault)
    assert json.loads(keys_path(folder).read_text())["pending_audit"][0]["action"] == (
        "passphrase-changed"
    )
    vault.lock(record=False)

    again = unlock_with_passphrase(folder, other_passphrase)  # the change took effect
    opened.append(again)
    (row,) = [e for e in again.audit.entries(again.conn) if e.action == "passphrase-changed"]
    assert row.subject == again.slot_id and "stopped before logging it" in (row.detail or "")
    assert "pending_audit" not in json.loads(keys_path(folder).read_text())
    assert again.audit.verify(again.conn, again.keyfile.audit_anchor) is None


def test_a_change_whose_row_landed_is_not_logged_twice(
    make_created, other_passphrase: str, opened: list[Vault], monkeypatch: pytest.MonkeyPatch
) -> None:
    vault = make_created().vault
    folder = vault.folder
    saves: list[KeyFile] = []
    real_save = KeyFile.save

    def save(keyfile: KeyFile, path: Path) -> None:
        saves.append(keyfile)
        if not keyfile.pending and len(saves) > 1:
            raise OSError(28, "No space left on device")  # the write that clears it
        real_save(keyfile, path)

    monkeypatch.setattr(KeyFile, "save", save)
    vault.change_passphrase(other_passphrase)  # done and logged; the clearing write failed
    monkeypatch.undo()
    assert _actions(vault).count("passphrase-changed") == 1
    assert "pending_audit" in json.loads(keys_path(folder).read_text())
    vault.lock()

    again = unlock_with_passphrase(folder, other_passphrase)
    opened.append(again)
    assert _actions(again).count("passphrase-changed") == 1
    assert "pending_audit" not in json.loads(keys_path(folder).read_text())


def test_change_passphrase_after_a_recovery_unlock_replaces_the_counselor_slot(
    make_created, passphrase: str, other_passphrase: str, opened: list[Vault]
) -> None:
    created = make_created()
    folder = created.vault.folder
    created.vault.lock()
    vault = unlock_with_recovery_key(folder, created.recovery_key.hex())
    opened.append(vault)
    vault.change_passphrase(other_passphrase)
    assert [s.label for s in vault.keyfile.slots] == ["counselor"]
    vault.lock()
    with pytest.raises(WrongPassphrase):
        unlock_with_passphrase(folder, passphrase)
    opened.append(unlock_with_passphrase(folder, other_passphrase))


# -- process hardening ---------------------------------------------------------------------


def test_disable_core_dumps() -> None:
    script = (
        "import resource\n"
        "from counselor_desk.vault.store import disable_core_dumps\n"
        "soft, hard = resource.getrlimit(resource.RLIMIT_CORE)\n"
        "if hard != 0:\n"
        "    resource.setrlimit(resource.RLIMIT_CORE, (hard if hard > 0 else 1 << 20, hard))\n"
        "print(resource.getrlimit(resource.RLIMIT_CORE) != (0, 0))\n"
        "disable_core_dumps()\n"
        "print(resource.getrlimit(resource.RLIMIT_CORE))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    lines = result.stdout.splitlines()
    assert lines[-1] == "(0, 0)", result.stdout


# -- the background check after unlock -------------------------------------------------------


def test_the_background_check_runs_off_the_callers_thread_and_finds_damage(
    make_vault, passphrase: str, opened: list[Vault]
) -> None:
    import threading

    vault = make_vault()
    for i in range(150):
        vault.record("note", detail=f"{MARKER} {i} " + "x" * 400)
    caller = threading.get_ident()
    seen: list[int] = []
    real = store_module.integrity_problems

    def watched(conn: object) -> list[str]:
        seen.append(threading.get_ident())
        return real(conn)

    store_module.integrity_problems = watched  # type: ignore[assignment]
    try:
        assert vault.start_background_check().result(timeout=30) == []
    finally:
        store_module.integrity_problems = real  # type: ignore[assignment]
    assert seen and seen[0] != caller

    vault.lock()
    path = db_path(vault.folder)
    pages = path.stat().st_size // PAGE
    _flip(path, (pages // 2 - 1) * PAGE + 100)
    try:
        again = unlock_with_passphrase(vault.folder, passphrase)
    except VaultDamaged:
        return  # the damaged page was one unlock itself reads: reported there
    opened.append(again)
    problems = again.start_background_check().result(timeout=30)
    assert problems, "a damaged page went unnoticed by the background check"


def test_locking_while_another_thread_runs_a_query_interrupts_it_safely(make_vault) -> None:
    """Closing a connection under a running statement crashes the process; lock() must
    interrupt the other thread's query and let that thread close its own connection."""
    import threading

    vault = make_vault()
    started = threading.Event()
    outcome: list[str] = []

    def long_query() -> None:
        conn = vault.connect()
        try:
            started.set()
            conn.execute(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                "WHERE i < 500000000) SELECT count(*) FROM n"
            ).fetchone()
            outcome.append("finished")
        except sqlcipher3.OperationalError as exc:
            outcome.append(f"interrupted: {exc}")
        finally:
            vault.release(conn)

    worker = threading.Thread(target=long_query)
    worker.start()
    started.wait(5)
    vault.lock()
    worker.join(10)
    assert not worker.is_alive()
    assert outcome and outcome[0].startswith("interrupted")
    assert not vault.is_open
    with pytest.raises(VaultLocked):
        vault.connect()


def test_an_integrity_check_cut_short_by_a_lock_is_not_reported_as_damage(make_vault) -> None:
    """lock() interrupts every query; a check it cut short raises, never a 'problem'."""
    from counselor_desk.vault.connection import integrity_problems

    vault = make_vault()
    conn = vault.connect()
    try:
        # A progress handler that says "stop" ends the statement as lock()'s interrupt does.
        conn.set_progress_handler(lambda: 1, 1)
        with pytest.raises(sqlcipher3.OperationalError, match="interrupt"):
            integrity_problems(conn)
        conn.set_progress_handler(None, 1)
        assert integrity_problems(conn) == []
    finally:
        vault.release(conn)
