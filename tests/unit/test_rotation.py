"""Vault-key rotation: re-encrypt into <vault>.rotating/, re-seal the audit log, swap in,
and finish or roll back an interrupted rotation at the next open."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from counselor_desk.domain.errors import (
    CounselorDeskError,
    VaultDamaged,
    VaultInUse,
    WrongPassphrase,
)
from counselor_desk.domain.notes import Note, NoteFormat
from counselor_desk.domain.records import Client, Session, SessionKind
from counselor_desk.domain.recovery import format_recovery_key
from counselor_desk.domain.supervision import SlotRole
from counselor_desk.services import rotation as service
from counselor_desk.services.backups import Secret
from counselor_desk.vault import backup
from counselor_desk.vault import rotation as staged
from counselor_desk.vault.clients import add_client, list_clients
from counselor_desk.vault.connection import open_keyed
from counselor_desk.vault.keyslots import KdfParams, Slot
from counselor_desk.vault.locations import db_path, keys_path
from counselor_desk.vault.migrations import LATEST_VERSION
from counselor_desk.vault.search import search
from counselor_desk.vault.sessions import add_note, add_session, list_notes, store_signature
from counselor_desk.vault.store import (
    create_vault,
    unlock_with_passphrase,
    unlock_with_recovery_key,
)

CHEAP = KdfParams(1, 1024, 1)
PASSPHRASE = "maple orbit candle harbor"
SUPERVISOR_PASSPHRASE = "violet tundra pocket lantern"
NEW_PASSPHRASE = "copper meadow whistle glacier"
SESSION_START = datetime(2026, 3, 1, 16, 0, tzinfo=UTC)


class Crash(Exception):
    """Stands in for the process being killed at a given point."""


@dataclass(frozen=True)
class Made:
    folder: Path
    old_key: bytes
    client_id: str
    note_id: str


def make_vault(tmp_path: Path, *, supervisor: bool = False) -> Made:
    folder = tmp_path / "rivera"
    created = create_vault(folder, "Rivera", PASSPHRASE, kdf=CHEAP, check_strength=False)
    vault = created.vault
    try:
        now = vault.clock()
        with vault.transaction() as conn:
            client = add_client(conn, Client("Dana R.", legal_name="Dana Reyes"), now)
            add_client(conn, Client("Marcus T."), now)
            session = add_session(
                conn, Session(client.id, SESSION_START, 50, SessionKind.INDIVIDUAL), now
            )
            note = add_note(
                conn,
                Note(
                    client.id,
                    session.id,
                    NoteFormat.DAP,
                    {
                        "data": "Reports fewer cravings since the buprenorphine dose change.",
                        "assessment": "Engaged, stable.",
                        "plan": "Continue weekly sessions.",
                    },
                ),
                now,
            )
            signed = note.signed(signer="A. Rivera", at=now, session_start=SESSION_START)
            store_signature(conn, signed, now)
            vault.audit.append(conn, "create", at=now, subject=client.id)
        if supervisor:
            extra = Slot.make(
                vault.keyfile.vault_id,
                "supervisor",
                SUPERVISOR_PASSPHRASE,
                created.recovery_key,
                CHEAP,
            )
            vault.save_keyfile(replace(vault.keyfile, slots=(*vault.keyfile.slots, extra)))
    finally:
        vault.lock()
    return Made(folder, created.recovery_key, client.id, note.id)


def rotate(made: Made, secret: Secret | None = None, passphrase: str = PASSPHRASE) -> bytes:
    return service.rotate_key(
        made.folder, secret or Secret(passphrase=PASSPHRASE), passphrase, kdf=CHEAP
    )


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def schema(conn: Any) -> list[tuple[str, str, str | None]]:
    return [
        tuple(row)
        for row in conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY type, name")
    ]


def asides(made: Made) -> list[Path]:
    return sorted(made.folder.parent.glob(made.folder.name + staged.ASIDE_INFIX + "*"))


# -- a rotation that runs to the end -----------------------------------------------------------


def test_rotated_vault_opens_with_the_passphrase_and_the_new_recovery_key(tmp_path: Path) -> None:
    made = make_vault(tmp_path)
    new_key = rotate(made)
    assert len(new_key) == 32 and new_key != made.old_key

    with unlock_with_passphrase(made.folder, PASSPHRASE) as vault:
        assert bytes(vault.key_copy()) == new_key
        assert len(vault.keyfile.slots) == 1
    with unlock_with_recovery_key(made.folder, format_recovery_key(new_key)) as vault:
        assert vault.slot_id is None
    with pytest.raises(WrongPassphrase):
        unlock_with_recovery_key(made.folder, format_recovery_key(made.old_key))
    # A wrong key is counted in keys.json and changes nothing else; the count is reset here.
    unlock_with_passphrase(made.folder, PASSPHRASE).lock()


def test_every_record_search_and_schema_object_comes_across(tmp_path: Path) -> None:
    made = make_vault(tmp_path)
    rotate(made)
    (aside,) = asides(made)

    with unlock_with_passphrase(made.folder, PASSPHRASE) as vault:
        conn = vault.conn
        assert [c.display_name for c in list_clients(conn)] == ["Dana R.", "Marcus T."]
        (note,) = list_notes(conn, made.client_id)
        assert note.id == made.note_id and note.is_signed and note.hash_matches()
        hits = search(conn, "cravings")
        assert [(h.kind, h.ref_id) for h in hits] == [("note", made.note_id)]
        assert [h.client_name for h in search(conn, "reyes")] == ["Dana R."]
        # The triggers still index new text (FTS5 virtual table and its triggers came across).
        with vault.transaction() as tx:
            add_client(tx, Client("Priya N."), vault.clock())
        assert [h.client_name for h in search(conn, "priya")] == ["Priya N."]
        config = dict(conn.execute("SELECT k, v FROM search_index_config").fetchall())
        assert config["secure-delete"] == 1
        assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
        new_schema = schema(conn)
        # A signed note is still immutable, and the audit log still append-only.
        with pytest.raises(Exception, match="immutable"):
            conn.execute("UPDATE notes SET sections = '{}' WHERE id = ?", (made.note_id,))
        with pytest.raises(Exception, match="append-only"):
            conn.execute("UPDATE audit_log SET detail = 'x' WHERE seq = 1")
        with pytest.raises(Exception, match="append-only"):
            conn.execute("DELETE FROM audit_log WHERE seq = 1")
        assert vault.integrity_problems() == []

    old = open_keyed(db_path(aside), made.old_key)
    try:
        assert new_schema == schema(old)
        triggers = {name for kind, name, _ in new_schema if kind == "trigger"}
        assert {"audit_log_append_only_update", "audit_log_append_only_delete"} <= triggers
        assert ("table", "search_index") in {(k, n) for k, n, _ in new_schema}
    finally:
        old.close()


def test_audit_chain_is_resealed_under_the_new_key(tmp_path: Path) -> None:
    made = make_vault(tmp_path)
    old = open_keyed(db_path(made.folder), made.old_key)
    try:
        old_rows = old.execute("SELECT seq, at, action, detail, mac FROM audit_log").fetchall()
    finally:
        old.close()
    rotate(made)

    with unlock_with_passphrase(made.folder, PASSPHRASE) as vault:
        assert vault.audit.verify(vault.conn, vault.keyfile.audit_anchor) is None
        rows = vault.conn.execute(
            "SELECT seq, at, action, detail, mac FROM audit_log ORDER BY seq"
        ).fetchall()
        # Same rows, same content, every MAC new; the rotation's own unlock, rotate-key
        # and backup rows follow.
        assert [r[:4] for r in rows[: len(old_rows)]] == [r[:4] for r in old_rows]
        assert not {r[4] for r in rows} & {r[4] for r in old_rows}
        tail = [r[2] for r in rows[len(old_rows) :]]
        assert tail[:3] == ["unlock", "rotate-key", "backup"]
        rotate_row = rows[len(old_rows) + 1]
        assert asides(made)[0].name in rotate_row[3]
        assert "no slot dropped" in rotate_row[3]


def test_a_fresh_verified_backup_under_the_new_key(tmp_path: Path) -> None:
    made = make_vault(tmp_path)
    with unlock_with_passphrase(made.folder, PASSPHRASE) as vault:
        vault.backup_now()
    result = service.rotate(made.folder, Secret(passphrase=PASSPHRASE), PASSPHRASE, kdf=CHEAP)

    (fresh,) = backup.list_backups(made.folder)  # old backups stay with the old folder
    assert fresh == result.backup
    manifest = backup.read_manifest(fresh)
    assert manifest.schema_version == LATEST_VERSION
    with unlock_with_passphrase(made.folder, PASSPHRASE) as vault:
        assert manifest.vault_id == vault.keyfile.vault_id
    assert len(backup.list_backups(result.aside)) == 1
    # The backup opens with the new key only.
    restored = tmp_path / "restored"
    backup.extract(fresh, restored)
    open_keyed(db_path(restored), result.new_key).close()
    with pytest.raises(WrongPassphrase):
        open_keyed(db_path(restored), made.old_key)


def test_new_database_does_not_open_with_the_old_key(tmp_path: Path) -> None:
    made = make_vault(tmp_path)
    new_key = rotate(made)
    with pytest.raises(WrongPassphrase):
        open_keyed(db_path(made.folder), made.old_key)
    open_keyed(db_path(made.folder), new_key).close()


def test_old_folder_is_kept_aside_and_opens_with_the_old_secrets(tmp_path: Path) -> None:
    made = make_vault(tmp_path)
    result = service.rotate(made.folder, Secret(passphrase=PASSPHRASE), PASSPHRASE, kdf=CHEAP)
    assert asides(made) == [result.aside]
    assert not staged.staging_path(made.folder).exists()
    with unlock_with_recovery_key(result.aside, format_recovery_key(made.old_key)) as vault:
        assert vault.audit.verify(vault.conn, vault.keyfile.audit_anchor) is None
    with unlock_with_passphrase(result.aside, PASSPHRASE) as vault:
        assert [c.display_name for c in list_clients(vault.conn)] == ["Dana R.", "Marcus T."]


def test_files_are_private_and_no_marker_is_left(tmp_path: Path) -> None:
    made = make_vault(tmp_path)
    result = service.rotate(made.folder, Secret(passphrase=PASSPHRASE), PASSPHRASE, kdf=CHEAP)
    assert mode(made.folder) == 0o700
    for path in (db_path(made.folder), keys_path(made.folder), result.backup):
        assert mode(path) == 0o600, path
    assert mode(result.backup.parent) == 0o700
    names = {p.name for p in made.folder.iterdir()}
    assert staged.COMPLETE_NAME not in names and staged.JOURNAL_NAME not in names
    assert staged.recover_interrupted_rotation(made.folder) is None


def test_other_slots_are_dropped_and_recorded(tmp_path: Path) -> None:
    made = make_vault(tmp_path, supervisor=True)
    with unlock_with_passphrase(made.folder, SUPERVISOR_PASSPHRASE):
        pass
    result = service.rotate(made.folder, Secret(passphrase=PASSPHRASE), PASSPHRASE, kdf=CHEAP)
    assert result.dropped_slots == ("supervisor",)
    with pytest.raises(WrongPassphrase):
        unlock_with_passphrase(made.folder, SUPERVISOR_PASSPHRASE)
    with unlock_with_passphrase(made.folder, PASSPHRASE) as vault:
        assert [s.label for s in vault.keyfile.slots] == ["counselor"]
        (row,) = [e for e in vault.audit.entries(vault.conn) if e.action == "rotate-key"]
        assert row.detail is not None and "slots dropped" in row.detail
        assert "supervisor" in row.detail


def test_the_kept_slot_keeps_its_role(tmp_path: Path) -> None:
    made = make_vault(tmp_path)
    with unlock_with_passphrase(made.folder, PASSPHRASE) as vault:
        vault.add_slot("J. Park", SUPERVISOR_PASSPHRASE, kdf=CHEAP, role=SlotRole.SUPERVISOR)
    # The supervisor rotates with its own passphrase: its slot is the one kept, still a
    # supervisor's (the counselor's is dropped, as any slot whose passphrase was not given).
    result = service.rotate(
        made.folder, Secret(passphrase=SUPERVISOR_PASSPHRASE), SUPERVISOR_PASSPHRASE, kdf=CHEAP
    )
    assert result.dropped_slots == ("counselor",)
    with unlock_with_passphrase(made.folder, SUPERVISOR_PASSPHRASE) as vault:
        assert [(s.label, s.role) for s in vault.keyfile.slots] == [
            ("J. Park", SlotRole.SUPERVISOR)
        ]
        assert vault.unlocked_role is SlotRole.SUPERVISOR
    service.rotate(
        made.folder, Secret(passphrase=SUPERVISOR_PASSPHRASE), SUPERVISOR_PASSPHRASE, kdf=CHEAP
    )
    with unlock_with_passphrase(made.folder, SUPERVISOR_PASSPHRASE) as vault:
        assert vault.unlocked_role is SlotRole.SUPERVISOR


def test_rotation_after_a_recovery_key_unlock_sets_the_given_passphrase(tmp_path: Path) -> None:
    made = make_vault(tmp_path)
    secret = Secret(recovery_key=format_recovery_key(made.old_key))
    new_key = rotate(made, secret, NEW_PASSPHRASE)
    with unlock_with_passphrase(made.folder, NEW_PASSPHRASE) as vault:
        assert bytes(vault.key_copy()) == new_key
    with pytest.raises(WrongPassphrase):
        unlock_with_passphrase(made.folder, PASSPHRASE)


def test_a_weak_new_passphrase_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    made = make_vault(tmp_path)
    with pytest.raises(CounselorDeskError, match="Try something like"):
        rotate(made, Secret(recovery_key=format_recovery_key(made.old_key)), "password123")
    assert not staged.staging_path(made.folder).exists() and asides(made) == []
    _assert_old_vault_intact(made)


def test_wrong_passphrase_changes_nothing(tmp_path: Path) -> None:
    made = make_vault(tmp_path)
    with pytest.raises(WrongPassphrase):
        rotate(made, Secret(passphrase="not the passphrase at all"))
    assert not staged.staging_path(made.folder).exists() and asides(made) == []


# -- refusals -------------------------------------------------------------------------------


def _tamper(made: Made, sql: str) -> None:
    conn = open_keyed(db_path(made.folder), made.old_key)
    try:
        conn.execute("DROP TRIGGER audit_log_append_only_update")
        conn.execute("DROP TRIGGER audit_log_append_only_delete")
        conn.execute(sql)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        conn.close()


def test_a_tampered_audit_log_refuses_rotation(tmp_path: Path) -> None:
    made = make_vault(tmp_path)
    _tamper(made, "UPDATE audit_log SET detail = 'someone else' WHERE seq = 1")
    with pytest.raises(VaultDamaged, match="row 1"):
        rotate(made)
    assert not staged.staging_path(made.folder).exists() and asides(made) == []
    # Still the old vault, still unlockable (the lock was released, the key unchanged).
    with unlock_with_recovery_key(made.folder, format_recovery_key(made.old_key)) as vault:
        assert vault.audit.verify(vault.conn, vault.keyfile.audit_anchor) is not None


def test_deleted_tail_of_the_audit_log_refuses_rotation(tmp_path: Path) -> None:
    made = make_vault(tmp_path)  # its lock() anchored the last row (3) in keys.json
    _tamper(made, "DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)")
    # The rotation's own unlock writes a new row 3, which the anchor tells apart.
    with pytest.raises(VaultDamaged, match="row 3 does not match the anchor"):
        rotate(made)
    assert not staged.staging_path(made.folder).exists()


def test_reseal_checks_old_macs_itself(tmp_path: Path) -> None:
    """Even if the caller's check were skipped, the re-MAC refuses a row the old key did
    not seal (rotation must never launder a tampered log)."""
    made = make_vault(tmp_path)
    _tamper(made, "UPDATE audit_log SET action = 'nothing' WHERE seq = 2")
    conn = open_keyed(db_path(made.folder), made.old_key)
    try:
        # Put the triggers back so reseal can find them.
        conn.execute(
            "CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log\n"
            "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;"
        )
        conn.execute(
            "CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log\n"
            "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;"
        )
        with pytest.raises(VaultDamaged, match="row 2"):
            staged.reseal_audit_log(
                conn,
                made.old_key,
                os.urandom(32),
                old_anchor=None,
                user_version=1,
                at=datetime.now(UTC),
                detail="test",
            )
        # Rolled back: the triggers and the old MACs are still there.
        assert conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE name LIKE 'audit_log_append_only_%'"
        ).fetchone() == (2,)
    finally:
        conn.close()


def test_a_vault_in_use_is_not_rotated(tmp_path: Path) -> None:
    made = make_vault(tmp_path)
    vault = unlock_with_passphrase(made.folder, PASSPHRASE)
    try:
        with pytest.raises(VaultInUse):
            rotate(made)
    finally:
        vault.lock()
    assert not staged.staging_path(made.folder).exists()


# -- interrupted rotations -------------------------------------------------------------------


def _crash_after(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """The named step runs, then the process 'dies': nothing is cleaned up, locks go."""
    original: Callable[..., Any] = getattr(staged, name)

    def crashing(*args: Any, **kwargs: Any) -> Any:
        result = original(*args, **kwargs)
        if isinstance(result, staged.Staging):
            result.release()  # a dead process holds no lock
        raise Crash(name)

    monkeypatch.setattr(staged, name, crashing)
    monkeypatch.setattr(staged.Staging, "discard", staged.Staging.release)


def _assert_old_vault_intact(made: Made) -> None:
    with unlock_with_recovery_key(made.folder, format_recovery_key(made.old_key)) as vault:
        assert vault.audit.verify(vault.conn, vault.keyfile.audit_anchor) is None
        assert [c.display_name for c in list_clients(vault.conn)] == ["Dana R.", "Marcus T."]
    with unlock_with_passphrase(made.folder, PASSPHRASE) as vault:
        assert bytes(vault.key_copy()) == made.old_key


@pytest.mark.parametrize(
    "step",
    ["begin_staging", "copy_database", "reseal_audit_log", "write_staged_backup", "verify_staged"],
)
def test_incomplete_staging_is_rolled_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    made = make_vault(tmp_path)
    with monkeypatch.context() as patch:
        _crash_after(patch, step)
        with pytest.raises(Crash):
            rotate(made)
    staging = staged.staging_path(made.folder)
    assert staging.is_dir() and not (staging / staged.COMPLETE_NAME).exists()

    message = staged.recover_interrupted_rotation(made.folder)
    assert message is not None and "rolled back" in message
    assert not staging.exists() and asides(made) == []
    assert staged.recover_interrupted_rotation(made.folder) is None
    _assert_old_vault_intact(made)
    # And a new rotation now runs.
    new_key = rotate(made)
    with unlock_with_recovery_key(made.folder, format_recovery_key(new_key)):
        pass


def test_complete_staging_before_the_swap_is_rolled_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The swap had not begun and the new recovery key was never shown: keep the old vault."""
    made = make_vault(tmp_path)
    with monkeypatch.context() as patch:
        _crash_after(patch, "mark_complete")
        with pytest.raises(Crash):
            rotate(made)
    assert (staged.staging_path(made.folder) / staged.COMPLETE_NAME).is_file()
    message = staged.recover_interrupted_rotation(made.folder)
    assert message is not None and "rolled back" in message and "never shown" in message
    assert not staged.staging_path(made.folder).exists()
    _assert_old_vault_intact(made)


def test_old_renamed_but_new_not_yet_renamed_is_finished(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = make_vault(tmp_path)
    real_rename = os.rename
    calls: list[tuple[str, str]] = []

    def dying_rename(src: Any, dst: Any) -> None:
        calls.append((Path(src).name, Path(dst).name))
        if len(calls) == 1:  # <vault> → <vault>.pre-rotation-*: done
            real_rename(src, dst)
            return
        raise OSError("simulated crash")  # the process died before the second rename

    with monkeypatch.context() as patch:
        patch.setattr(staged.os, "rename", dying_rename)
        with pytest.raises(OSError, match="simulated crash"):
            rotate(made)
    assert not made.folder.exists()
    (aside,) = asides(made)
    staging = staged.staging_path(made.folder)
    assert (staging / staged.COMPLETE_NAME).is_file()

    message = staged.recover_interrupted_rotation(made.folder)
    assert message is not None and "finished" in message and aside.name in message
    assert not staging.exists()
    assert {p.name for p in made.folder.iterdir()}.isdisjoint(
        {staged.COMPLETE_NAME, staged.JOURNAL_NAME}
    )
    with unlock_with_passphrase(made.folder, PASSPHRASE) as vault:
        assert bytes(vault.key_copy()) != made.old_key
        assert vault.audit.verify(vault.conn, vault.keyfile.audit_anchor) is None
        assert "rotate-key" in [e.action for e in vault.audit.entries(vault.conn)]
        assert [h.ref_id for h in search(vault.conn, "buprenorphine")] == [made.note_id]
    with pytest.raises(WrongPassphrase):
        unlock_with_recovery_key(made.folder, format_recovery_key(made.old_key))
    with unlock_with_recovery_key(aside, format_recovery_key(made.old_key)):
        pass


def test_a_failed_second_rename_puts_the_old_vault_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = make_vault(tmp_path)
    real_rename = os.rename
    calls = 0

    def failing_second(src: Any, dst: Any) -> None:
        nonlocal calls
        calls += 1
        if calls == 2:
            raise OSError("disk said no")
        real_rename(src, dst)

    with monkeypatch.context() as patch:
        patch.setattr(staged.os, "rename", failing_second)
        with pytest.raises(OSError, match="disk said no"):
            rotate(made)
    assert not staged.staging_path(made.folder).exists() and asides(made) == []
    assert staged.recover_interrupted_rotation(made.folder) is None
    _assert_old_vault_intact(made)


def test_staging_without_vault_puts_the_aside_folder_back(tmp_path: Path) -> None:
    made = make_vault(tmp_path)
    staging = staged.begin_staging(made.folder, datetime.now(UTC))
    staging.release()
    os.rename(made.folder, staging.aside)  # incomplete staging, yet the old vault moved aside
    message = staged.recover_interrupted_rotation(made.folder)
    assert message is not None and "put back" in message
    assert not staging.path.exists() and not staging.aside.exists()
    _assert_old_vault_intact(made)


def test_staging_without_vault_or_aside_is_reported_as_damage(tmp_path: Path) -> None:
    made = make_vault(tmp_path)
    staging = staged.begin_staging(made.folder, datetime.now(UTC))
    staging.release()
    os.rename(made.folder, tmp_path / "elsewhere")
    with pytest.raises(VaultDamaged, match="unfinished key rotation"):
        staged.recover_interrupted_rotation(made.folder)
    assert staging.path.is_dir()  # nothing is deleted when it cannot be put right


def test_a_running_rotation_is_not_disturbed(tmp_path: Path) -> None:
    made = make_vault(tmp_path)
    staging = staged.begin_staging(made.folder, datetime.now(UTC))
    try:
        with pytest.raises(VaultInUse, match="rotation"):
            staged.recover_interrupted_rotation(made.folder)
        assert staging.path.is_dir()
        with pytest.raises(CounselorDeskError):  # a second rotation cannot start either
            staged.begin_staging(made.folder, datetime.now(UTC))
    finally:
        staging.release()
    assert staged.recover_interrupted_rotation(made.folder) is not None
    assert not staging.path.exists()


def test_markers_left_after_the_swap_are_reported_once(tmp_path: Path) -> None:
    made = make_vault(tmp_path)
    rotate(made)
    (made.folder / staged.JOURNAL_NAME).write_text("{}")
    (made.folder / staged.COMPLETE_NAME).write_text("{}")
    message = staged.recover_interrupted_rotation(made.folder)
    assert message is not None and "recovery key" in message
    assert staged.recover_interrupted_rotation(made.folder) is None
    unlock_with_passphrase(made.folder, PASSPHRASE).lock()


def test_aside_names_never_collide(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    at = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
    first = staged.aside_path(folder, at)
    first.mkdir()
    second = staged.aside_path(folder, at)
    assert second != first and second.name.startswith(first.name)
    assert staged.aside_path(folder, at + timedelta(seconds=1)) != first


def test_two_rotations_in_a_row(tmp_path: Path) -> None:
    made = make_vault(tmp_path)
    first = rotate(made)
    second = rotate(made)
    assert first != second
    with unlock_with_recovery_key(made.folder, format_recovery_key(second)) as vault:
        actions = [e.action for e in vault.audit.entries(vault.conn)]
        assert actions.count("rotate-key") == 2
        assert vault.audit.verify(vault.conn, vault.keyfile.audit_anchor) is None
    assert len(asides(made)) == 2
