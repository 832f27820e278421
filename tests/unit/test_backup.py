"""Backups: what a .cdbackup holds, damage detection, rotation, daily backups and restores."""

from __future__ import annotations

import hashlib
import json
import struct
import zipfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Protocol

import pytest

from counselor_desk.domain.errors import VaultDamaged, VaultExists, VaultInUse, WrongPassphrase
from counselor_desk.domain.records import Client
from counselor_desk.services.backups import Secret, replace_damaged, restore
from counselor_desk.services.caseload import Caseload
from counselor_desk.vault import backup
from counselor_desk.vault.store import Vault, unlock_with_passphrase

SECRET_NAME = "Wendeline Quarrystone"
OTHER_PASSPHRASE = "lantern violet harbor quietly ninety"


class FixedClock(Protocol):
    """The conftest ``clock`` fixture: stands still until advanced."""

    def __call__(self) -> datetime: ...
    def advance(self, **delta: float) -> datetime: ...


@pytest.fixture
def vault(make_vault: Callable[..., Vault], clock: FixedClock) -> Vault:
    vault = make_vault(clock=clock)
    Caseload(vault).add_client(Client(SECRET_NAME))
    return vault


def member_offset(archive: Path, name: str) -> int:
    """Where a stored member's bytes start inside the zip file."""
    with zipfile.ZipFile(archive) as zf:
        info = zf.getinfo(name)
    data = archive.read_bytes()
    name_len, extra_len = struct.unpack(
        "<HH", data[info.header_offset + 26 : info.header_offset + 30]
    )
    return info.header_offset + 30 + name_len + extra_len


def flip_byte(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x55
    path.write_bytes(bytes(data))


def names_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# -- what a backup is -----------------------------------------------------------------------


def test_backup_is_a_zip_of_manifest_database_and_keys(vault: Vault, clock: FixedClock) -> None:
    made = vault.backup_now()
    assert made.parent == vault.folder / "backups"
    assert made.name == "backup-20240506T093000Z.cdbackup"
    with zipfile.ZipFile(made) as zf:
        assert sorted(zf.namelist()) == ["keys.json", "manifest.json", "vault.db"]
        manifest = json.loads(zf.read("manifest.json"))
        for member in ("vault.db", "keys.json"):
            assert manifest["sha256"][member] == hashlib.sha256(zf.read(member)).hexdigest()
        assert json.loads(zf.read("keys.json"))  # keys.json travels as it is, parseable
    assert manifest["vault_id"] == vault.keyfile.vault_id
    assert manifest["created"] == "2024-05-06T09:30:00Z"
    read = backup.read_manifest(made)
    assert read.vault_id == vault.keyfile.vault_id
    assert read.created == clock()
    newest = vault.audit.entries(vault.conn, limit=1)[0]
    assert (newest.action, newest.detail) == ("backup", made.name)


def test_the_database_inside_a_backup_is_encrypted(vault: Vault) -> None:
    made = vault.backup_now()
    raw = made.read_bytes()
    assert SECRET_NAME.encode() not in raw
    assert SECRET_NAME.encode("utf-16-le") not in raw
    assert b"SQLite format 3" not in raw
    assert b"CREATE TABLE" not in raw
    with zipfile.ZipFile(made) as zf:
        assert zf.getinfo("vault.db").compress_type == zipfile.ZIP_STORED
        assert len(zf.read("vault.db")) > 4096


def test_backup_files_are_private(vault: Vault) -> None:
    made = vault.backup_now()
    assert made.stat().st_mode & 0o077 == 0
    assert (made.parent.stat().st_mode & 0o077) == 0
    assert [p.name for p in made.parent.iterdir()] == [made.name]  # no temp folder left


def test_a_truncated_backup_is_damaged(vault: Vault, tmp_path: Path) -> None:
    made = vault.backup_now()
    data = made.read_bytes()
    for size in (len(data) - 1, len(data) // 2, 100, 0):
        cut = tmp_path / f"cut-{size}.cdbackup"
        cut.write_bytes(data[:size])
        with pytest.raises(VaultDamaged, match=cut.name):
            backup.read_manifest(cut)


@pytest.mark.parametrize("member,where", [("vault.db", 0.5), ("vault.db", 0.0), ("keys.json", 0.5)])
def test_a_flipped_byte_is_damage(vault: Vault, member: str, where: float) -> None:
    made = vault.backup_now()
    with zipfile.ZipFile(made) as zf:
        size = zf.getinfo(member).file_size
    flip_byte(made, member_offset(made, member) + int(size * where))
    with pytest.raises(VaultDamaged):
        backup.read_manifest(made)


def test_a_wrong_checksum_in_the_manifest_is_damage(vault: Vault, tmp_path: Path) -> None:
    made = vault.backup_now()
    forged = tmp_path / "forged.cdbackup"
    with zipfile.ZipFile(made) as src, zipfile.ZipFile(forged, "w") as dst:
        manifest = json.loads(src.read("manifest.json"))
        manifest["sha256"]["vault.db"] = "0" * 64
        dst.writestr("manifest.json", json.dumps(manifest))
        dst.writestr("vault.db", src.read("vault.db"))
        dst.writestr("keys.json", src.read("keys.json"))
    with pytest.raises(VaultDamaged, match="checksum"):
        backup.read_manifest(forged)


def test_a_file_that_is_not_a_backup_is_damage(tmp_path: Path) -> None:
    other = tmp_path / "holiday.cdbackup"
    with zipfile.ZipFile(other, "w") as zf:
        zf.writestr("photo.jpg", b"\xff\xd8")
    with pytest.raises(VaultDamaged):
        backup.read_manifest(other)


# -- rotation and the daily backup ----------------------------------------------------------


def test_only_the_newest_ten_are_kept(vault: Vault, clock: FixedClock) -> None:
    made = []
    for _ in range(12):
        made.append(vault.backup_now())
        clock.advance(hours=1)
    kept = backup.list_backups(vault.folder)
    assert kept == sorted(made[2:], reverse=True)
    assert not made[0].exists()
    assert not made[1].exists()
    assert names_in(vault.folder / "backups") == sorted(p.name for p in made[2:])


def test_a_backup_elsewhere_is_not_pruned_and_does_not_prune(
    vault: Vault, clock: FixedClock, tmp_path: Path
) -> None:
    for _ in range(10):
        vault.backup_now()
        clock.advance(minutes=1)
    outside = vault.backup_now(tmp_path / "usb" / "copy.cdbackup")
    assert outside.exists()
    assert len(backup.list_backups(vault.folder)) == 10


def test_backup_if_due_makes_one_only_when_the_newest_is_over_a_day_old(
    vault: Vault, clock: FixedClock
) -> None:
    first = vault.backup_if_due()
    assert first is not None and first.exists()
    assert vault.backup_if_due() is None
    clock.advance(hours=24)
    assert vault.backup_if_due() is None
    clock.advance(seconds=1)
    second = vault.backup_if_due()
    assert second is not None and second != first
    assert backup.list_backups(vault.folder) == [second, first]
    assert vault.backup_if_due() is None


# -- restore --------------------------------------------------------------------------------


def test_restore_into_a_new_folder_opens_with_the_data(
    vault: Vault, passphrase: str, tmp_path: Path, clock: FixedClock
) -> None:
    made = vault.backup_now()
    target = tmp_path / "restored"
    assert restore(made, target, Secret(passphrase=passphrase), clock) == target
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
    restored = unlock_with_passphrase(target, passphrase, clock=clock)
    try:
        assert [c.display_name for c in Caseload(restored).clients()] == [SECRET_NAME]
        actions = [e.action for e in restored.audit.entries(restored.conn)]
        assert "restore" in actions
        [restore_row] = [e for e in restored.audit.entries(restored.conn) if e.action == "restore"]
        assert restore_row.detail == made.name
        assert restored.keyfile.vault_id == vault.keyfile.vault_id
    finally:
        restored.lock()
    assert target.stat().st_mode & 0o077 == 0


def test_restore_refuses_an_existing_target(vault: Vault, passphrase: str, tmp_path: Path) -> None:
    made = vault.backup_now()
    target = tmp_path / "existing"
    target.mkdir()
    (target / "something.txt").write_text("keep me")
    with pytest.raises(VaultExists):
        restore(made, target, Secret(passphrase=passphrase))
    assert names_in(target) == ["something.txt"]
    with pytest.raises(VaultExists):
        restore(made, vault.folder, Secret(passphrase=passphrase))


def test_restore_of_a_damaged_backup_leaves_nothing(
    vault: Vault, passphrase: str, tmp_path: Path
) -> None:
    made = vault.backup_now()
    flip_byte(made, member_offset(made, "vault.db") + 5000)
    target = tmp_path / "restored"
    with pytest.raises(VaultDamaged):
        restore(made, target, Secret(passphrase=passphrase))
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir() if "restored" in p.name] == []


def test_restore_with_a_wrong_passphrase_leaves_nothing(vault: Vault, tmp_path: Path) -> None:
    made = vault.backup_now()
    target = tmp_path / "restored"
    with pytest.raises(WrongPassphrase):
        restore(made, target, Secret(passphrase=OTHER_PASSPHRASE))
    assert [p.name for p in tmp_path.iterdir() if "restored" in p.name] == []


def test_restore_with_the_recovery_key(
    make_created: Callable[..., object], tmp_path: Path, clock: FixedClock
) -> None:
    from counselor_desk.domain.recovery import format_recovery_key
    from counselor_desk.vault.store import Created

    created = make_created("rk", clock=clock)
    assert isinstance(created, Created)
    Caseload(created.vault).add_client(Client(SECRET_NAME))
    made = created.vault.backup_now()
    target = tmp_path / "restored"
    restore(made, target, Secret(recovery_key=format_recovery_key(created.recovery_key)), clock)
    assert (target / "vault.db").is_file()


# -- replacing a damaged vault --------------------------------------------------------------


def damage_database(folder: Path) -> None:
    db = folder / "vault.db"
    data = bytearray(db.read_bytes())
    data[100:4000] = b"\x00" * 3900
    db.write_bytes(bytes(data))


def test_replace_damaged_moves_it_aside_and_restores_the_newest_good_backup(
    vault: Vault, passphrase: str, clock: FixedClock
) -> None:
    folder = vault.folder
    good = vault.backup_now()
    clock.advance(hours=2)
    Caseload(vault).add_client(Client("Added After The Good Backup"))
    bad = vault.backup_now()
    flip_byte(bad, member_offset(bad, "vault.db") + 5000)
    vault.lock()
    damaged_bytes_before = (folder / "vault.db").read_bytes()
    damage_database(folder)
    damaged = (folder / "vault.db").read_bytes()
    assert damaged != damaged_bytes_before

    clock.advance(hours=1)
    used, aside = replace_damaged(folder, Secret(passphrase=passphrase), clock=clock)

    assert used.name == good.name
    assert aside.parent == folder.parent
    assert aside.name == f"{folder.name}.damaged-20240506T123000Z"
    assert ".damaged-" in aside.name
    assert (aside / "vault.db").read_bytes() == damaged  # kept, not deleted
    assert (aside / "keys.json").is_file()
    reopened = unlock_with_passphrase(folder, passphrase, clock=clock)
    try:
        assert [c.display_name for c in Caseload(reopened).clients()] == [SECRET_NAME]
        assert "restore" in [e.action for e in reopened.audit.entries(reopened.conn)]
    finally:
        reopened.lock()
    # The backup history comes along with the restored vault.
    assert {p.name for p in backup.list_backups(folder)} >= {good.name}


def test_replace_damaged_with_a_wrong_passphrase_puts_the_vault_back(
    vault: Vault, passphrase: str, clock: FixedClock
) -> None:
    folder = vault.folder
    vault.backup_now()
    vault.lock()
    before = {name: (folder / name).read_bytes() for name in ("vault.db", "keys.json")}
    with pytest.raises(WrongPassphrase):
        replace_damaged(folder, Secret(passphrase=OTHER_PASSPHRASE), clock=clock)
    assert {name: (folder / name).read_bytes() for name in ("vault.db", "keys.json")} == before
    assert [p.name for p in folder.parent.iterdir() if p.name != folder.name] == []
    reopened = unlock_with_passphrase(folder, passphrase, clock=clock)
    reopened.lock()


def test_replace_damaged_without_any_good_backup_puts_the_vault_back(
    vault: Vault, passphrase: str, clock: FixedClock
) -> None:
    folder = vault.folder
    only = vault.backup_now()
    flip_byte(only, member_offset(only, "vault.db") + 5000)
    vault.lock()
    with pytest.raises(VaultDamaged):
        replace_damaged(folder, Secret(passphrase=passphrase), clock=clock)
    assert (folder / "vault.db").is_file()
    assert [p.name for p in folder.parent.iterdir() if p.name != folder.name] == []


def test_replace_damaged_refuses_a_vault_that_is_open_elsewhere(
    vault: Vault, passphrase: str, clock: FixedClock
) -> None:
    # Moving an open vault aside would let the window keep writing to the moved copy
    # (and its lock() would write keys.json into the restored vault).
    folder = vault.folder
    vault.backup_now()
    with pytest.raises(VaultInUse):
        replace_damaged(folder, Secret(passphrase=passphrase), clock=clock)
    assert [p.name for p in folder.parent.iterdir() if p.name != folder.name] == []
    assert vault.is_open
    assert [c.display_name for c in Caseload(vault).clients()] == [SECRET_NAME]


def test_replace_damaged_with_a_chosen_backup_from_the_vaults_own_folder(
    vault: Vault, passphrase: str, clock: FixedClock
) -> None:
    folder = vault.folder
    chosen = vault.backup_now()
    clock.advance(hours=1)
    Caseload(vault).add_client(Client("Only In The Newer Backup"))
    vault.backup_now()
    vault.lock()
    damage_database(folder)
    used, aside = replace_damaged(folder, Secret(passphrase=passphrase), chosen, clock=clock)
    assert used.name == chosen.name
    assert (aside / "vault.db").is_file()
    reopened = unlock_with_passphrase(folder, passphrase, clock=clock)
    try:
        assert [c.display_name for c in Caseload(reopened).clients()] == [SECRET_NAME]
    finally:
        reopened.lock()


def test_restore_checks_every_page_even_when_the_checksums_agree(
    vault: Vault, passphrase: str, tmp_path: Path
) -> None:
    # A backup whose database was damaged before its checksums were taken.
    made = vault.backup_now()
    forged = tmp_path / "forged.cdbackup"
    with zipfile.ZipFile(made) as src:
        db = bytearray(src.read("vault.db"))
        keys = src.read("keys.json")
        manifest = json.loads(src.read("manifest.json"))
    assert len(db) > 6 * 4096
    db[5 * 4096 + 200] ^= 0xFF
    manifest["sha256"]["vault.db"] = hashlib.sha256(bytes(db)).hexdigest()
    with zipfile.ZipFile(forged, "w") as dst:
        dst.writestr("manifest.json", json.dumps(manifest))
        dst.writestr("vault.db", bytes(db))
        dst.writestr("keys.json", keys)
    backup.read_manifest(forged)  # the checksums alone cannot tell
    target = tmp_path / "restored"
    with pytest.raises(VaultDamaged):
        restore(forged, target, Secret(passphrase=passphrase))
    assert [p.name for p in tmp_path.iterdir() if "restored" in p.name] == []
