"""keys.json: Argon2id slots wrapping the vault key, the key check, throttling, atomic saves."""

from __future__ import annotations

import base64
import itertools
import json
import os
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from counselor_desk.domain.errors import VaultDamaged, WrongPassphrase
from counselor_desk.domain.recovery import format_recovery_key
from counselor_desk.domain.supervision import SlotRole
from counselor_desk.vault import files
from counselor_desk.vault.keyslots import (
    MAX_TIME_COST,
    MIN_MEMORY_KIB,
    KdfParams,
    KeyFile,
    Slot,
    calibrate,
    key_check,
    unlock_delay,
)
from counselor_desk.vault.locations import keys_path
from counselor_desk.vault.store import unlock_with_passphrase

NOW = datetime(2024, 5, 6, 9, 30, tzinfo=UTC)


def _keyfile(kdf: KdfParams, passphrase: str, vault_id: str = "vault-a") -> tuple[KeyFile, bytes]:
    key = os.urandom(32)
    slot = Slot.make(vault_id, "counselor", passphrase, key, kdf)
    return KeyFile(vault_id, "Test", (slot,), key_check(key)), key


# -- KDF parameters ------------------------------------------------------------------------


def test_calibrate_never_goes_below_the_floor() -> None:
    params = calibrate()
    assert params.time_cost >= 3
    assert params.memory_kib == 64 * 1024
    assert params.parallelism == 2
    assert params.meets_floor()


def test_calibrate_keeps_time_cost_between_three_and_the_cap() -> None:
    # A very slow machine (each derivation "takes" 10 s) still gets time cost 3 ...
    slow_ticks = iter([0.0, 10.0, 10.0, 20.0, 20.0, 30.0])
    assert calibrate(timer=lambda: next(slow_ticks)).time_cost == 3
    # ... and an impossibly fast one is capped instead of running for ever.
    fast_ticks = iter([0.0] * 6)
    assert calibrate(timer=lambda: next(fast_ticks)).time_cost == MAX_TIME_COST


def test_calibrate_measures_the_machine_not_a_busy_moment() -> None:
    # The first probe ran while something else used the CPU (10 s); the others took 0.3 s
    # for 3 passes, so one pass is 0.1 s and 0.75 s of unlocking is 8 passes.
    ticks = iter([0.0, 10.0, 10.0, 10.3, 10.3, 10.6])
    assert calibrate(timer=lambda: next(ticks)).time_cost == 8


def test_cheap_test_parameters_do_not_meet_the_floor(cheap_kdf: KdfParams) -> None:
    assert not cheap_kdf.meets_floor()
    assert not KdfParams(2, MIN_MEMORY_KIB, 2).meets_floor()
    assert not KdfParams(3, MIN_MEMORY_KIB - 1, 2).meets_floor()
    assert not KdfParams(3, MIN_MEMORY_KIB, 1).meets_floor()
    assert KdfParams(3, MIN_MEMORY_KIB, 2).meets_floor()


# -- slots ---------------------------------------------------------------------------------


def test_right_passphrase_unwraps_the_vault_key(cheap_kdf: KdfParams, passphrase: str) -> None:
    keyfile, key = _keyfile(cheap_kdf, passphrase)
    unwrapped, slot = keyfile.unwrap(passphrase)
    assert bytes(unwrapped) == key
    assert isinstance(unwrapped, bytearray)  # so lock() can zero it
    assert slot.label == "counselor"
    assert keyfile.checks_key(unwrapped)


@pytest.mark.parametrize("wrong", ["", "correct horse battery stapl", "CORRECT HORSE"])
def test_wrong_passphrase_is_refused(cheap_kdf: KdfParams, passphrase: str, wrong: str) -> None:
    keyfile, _ = _keyfile(cheap_kdf, passphrase)
    with pytest.raises(WrongPassphrase):
        keyfile.unwrap(wrong)


def test_any_slot_opens_with_its_own_passphrase(
    cheap_kdf: KdfParams, passphrase: str, other_passphrase: str
) -> None:
    keyfile, key = _keyfile(cheap_kdf, passphrase)
    supervisor = Slot.make(keyfile.vault_id, "supervisor", other_passphrase, key, cheap_kdf)
    both = replace(keyfile, slots=(*keyfile.slots, supervisor))
    unwrapped, slot = both.unwrap(other_passphrase)
    assert bytes(unwrapped) == key
    assert slot.id == supervisor.id


def test_a_wrapped_key_is_bound_to_its_vault_and_slot(
    cheap_kdf: KdfParams, passphrase: str
) -> None:
    key = os.urandom(32)
    slot = Slot.make("vault-a", "counselor", passphrase, key, cheap_kdf)
    assert bytes(slot.unwrap("vault-a", passphrase)) == key
    # The same ciphertext moved into another vault's keys.json does not open.
    with pytest.raises(WrongPassphrase):
        slot.unwrap("vault-b", passphrase)
    # Nor when relabelled as another slot of the same vault.
    with pytest.raises(WrongPassphrase):
        replace(slot, id="another-slot").unwrap("vault-a", passphrase)


def test_a_slot_copied_into_another_vaults_keyfile_does_not_open_it(
    cheap_kdf: KdfParams, passphrase: str
) -> None:
    keyfile_a, _ = _keyfile(cheap_kdf, passphrase, "vault-a")
    keyfile_b, _ = _keyfile(cheap_kdf, passphrase, "vault-b")
    grafted = replace(keyfile_b, slots=keyfile_a.slots)
    with pytest.raises(WrongPassphrase):
        grafted.unwrap(passphrase)


def test_a_changed_ciphertext_byte_is_refused(cheap_kdf: KdfParams, passphrase: str) -> None:
    key = os.urandom(32)
    slot = Slot.make("vault-a", "counselor", passphrase, key, cheap_kdf)
    tampered = bytearray(slot.wrapped_key)
    tampered[0] ^= 1
    with pytest.raises(WrongPassphrase):
        replace(slot, wrapped_key=bytes(tampered)).unwrap("vault-a", passphrase)


def test_rewrapping_keeps_the_slot_id_but_new_salt(
    cheap_kdf: KdfParams, passphrase: str, other_passphrase: str
) -> None:
    key = os.urandom(32)
    slot = Slot.make("vault-a", "counselor", passphrase, key, cheap_kdf)
    again = Slot.make("vault-a", "counselor", other_passphrase, key, cheap_kdf, slot_id=slot.id)
    assert again.id == slot.id
    assert again.salt != slot.salt and again.nonce != slot.nonce
    assert bytes(again.unwrap("vault-a", other_passphrase)) == key


# -- keys.json on disk ---------------------------------------------------------------------


def test_keys_json_holds_no_vault_key_in_clear(make_created, passphrase: str) -> None:
    created = make_created()
    created.vault.lock()
    key = created.recovery_key
    raw = keys_path(created.vault.folder).read_bytes()
    text = raw.decode("utf-8").lower()
    assert key not in raw
    assert key.hex() not in text
    assert format_recovery_key(key) not in text
    assert base64.b64encode(key).decode().lower() not in text
    assert base64.urlsafe_b64encode(key).decode().lower() not in text
    assert base64.b64encode(key).decode().rstrip("=").lower() not in text
    assert passphrase.lower() not in text
    data = json.loads(raw)
    assert data["format"] == "counselor-desk-keys/1"
    assert data["slots"][0]["kdf"]["name"] == "argon2id"
    assert data["slots"][0]["cipher"] == "aes-256-gcm"
    # The key check is a MAC, not the key: 16 hex digits that differ from the key's start.
    assert len(data["key_check"]) == 16
    assert data["key_check"] != key.hex()[:16]


def test_keyfile_round_trips_through_json(cheap_kdf: KdfParams, passphrase: str) -> None:
    keyfile, key = _keyfile(cheap_kdf, passphrase)
    keyfile = keyfile.with_failure(NOW).with_failure(NOW + timedelta(seconds=5))
    again = KeyFile.from_bytes(keyfile.to_bytes())
    assert again == keyfile
    assert bytes(again.unwrap(passphrase)[0]) == key


def test_a_slots_role_round_trips_and_a_supervisor_slot_opens_too(
    cheap_kdf: KdfParams, passphrase: str, other_passphrase: str
) -> None:
    keyfile, key = _keyfile(cheap_kdf, passphrase)
    supervisor = Slot.make(
        keyfile.vault_id,
        "J. Park, LCSW",
        other_passphrase,
        key,
        cheap_kdf,
        role=SlotRole.SUPERVISOR,
    )
    keyfile = replace(keyfile, slots=(*keyfile.slots, supervisor))
    raw = json.loads(keyfile.to_bytes())
    assert [s["role"] for s in raw["slots"]] == ["counselor", "supervisor"]
    again = KeyFile.from_bytes(keyfile.to_bytes())
    assert again == keyfile
    opened_key, slot = again.unwrap(other_passphrase)
    assert bytes(opened_key) == key
    assert slot.role is SlotRole.SUPERVISOR and slot.label == "J. Park, LCSW"


def test_a_keys_json_from_before_roles_loads_with_counselor_slots(
    cheap_kdf: KdfParams, passphrase: str
) -> None:
    keyfile, key = _keyfile(cheap_kdf, passphrase)
    raw = json.loads(keyfile.to_bytes())
    for slot in raw["slots"]:
        del slot["role"]  # exactly what an older program wrote
    old = KeyFile.from_bytes(json.dumps(raw).encode())
    assert [s.role for s in old.slots] == [SlotRole.COUNSELOR]
    assert bytes(old.unwrap(passphrase)[0]) == key


def test_an_unknown_role_is_reported_as_damage(cheap_kdf: KdfParams, passphrase: str) -> None:
    keyfile, _key = _keyfile(cheap_kdf, passphrase)
    raw = json.loads(keyfile.to_bytes())
    raw["slots"][0]["role"] = "administrator"
    with pytest.raises(VaultDamaged, match="recovery key"):
        KeyFile.from_bytes(json.dumps(raw).encode())


@pytest.mark.parametrize(
    ("setting", "value"),
    [("time_cost", 10**9), ("memory_kib", 2**40), ("parallelism", 0), ("time_cost", 0)],
)
def test_impossible_argon2_settings_are_damage_not_a_hang(
    cheap_kdf: KdfParams, passphrase: str, setting: str, value: int
) -> None:
    keyfile, _key = _keyfile(cheap_kdf, passphrase)
    raw = json.loads(keyfile.to_bytes())
    raw["slots"][0]["kdf"][setting] = value  # an edited keys.json
    with pytest.raises(VaultDamaged, match="recovery key"):
        KeyFile.from_bytes(json.dumps(raw).encode())


def test_a_chosen_folder_that_cannot_be_made_private_is_still_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shared = tmp_path / "usb-stick"
    shared.mkdir()

    def refuse(path: object, mode: int) -> None:
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(files.os, "chmod", refuse)
    files.make_private_dir(shared)  # an existing folder keeps its mode
    with pytest.raises(PermissionError):
        files.make_private_dir(tmp_path / "new-folder")  # one we made must be private


def test_save_is_atomic_old_or_new_never_half(
    tmp_path: Path, cheap_kdf: KdfParams, passphrase: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "keys.json"
    keyfile, _ = _keyfile(cheap_kdf, passphrase)
    keyfile.save(path)
    old = path.read_bytes()
    newer = keyfile.with_failure(NOW)

    def crash(*args: object) -> None:
        raise OSError("power cut")

    monkeypatch.setattr(files.os, "replace", crash)
    with pytest.raises(OSError, match="power cut"):
        newer.save(path)
    monkeypatch.undo()
    assert path.read_bytes() == old
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keys.json"]  # no temp left behind

    newer.save(path)
    assert path.read_bytes() == newer.to_bytes()
    assert KeyFile.load(path).failed_unlocks.count == 1
    assert oct(path.stat().st_mode & 0o777) == oct(0o600)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keys.json"]


def _damage_cases(raw: bytes) -> dict[str, bytes]:
    data = json.loads(raw)
    wrong_format = dict(data, format="counselor-desk-keys/99")
    no_slots = {k: v for k, v in data.items() if k != "slots"}
    short_check = dict(data, key_check="abcd")
    bad_b64 = json.loads(raw)
    bad_b64["slots"][0]["wrapped_key"] = "not base64!!"
    unknown_kdf = json.loads(raw)
    unknown_kdf["slots"][0]["kdf"]["name"] = "pbkdf2"
    return {
        "truncated": raw[: len(raw) // 2],
        "empty": b"",
        "not json": b"this is not json\n",
        "binary": b"\xff\xfe\x00garbage",
        "json list": b"[1, 2, 3]",
        "json null": b"null",
        "wrong format": json.dumps(wrong_format).encode(),
        "no slots": json.dumps(no_slots).encode(),
        "short key check": json.dumps(short_check).encode(),
        "bad base64": json.dumps(bad_b64).encode(),
        "unknown kdf": json.dumps(unknown_kdf).encode(),
    }


def test_damaged_keys_json_is_reported_with_the_way_out(
    cheap_kdf: KdfParams, passphrase: str, tmp_path: Path
) -> None:
    keyfile, _ = _keyfile(cheap_kdf, passphrase)
    for case, raw in _damage_cases(keyfile.to_bytes()).items():
        path = tmp_path / "keys.json"
        path.write_bytes(raw)
        with pytest.raises(VaultDamaged, match="recovery key") as info:
            KeyFile.load(path)
        assert "damaged" in str(info.value), case


def test_unlocking_with_a_truncated_keys_json_says_use_the_recovery_key(
    make_vault, passphrase: str
) -> None:
    vault = make_vault()
    vault.lock()
    path = keys_path(vault.folder)
    raw = path.read_bytes()
    path.write_bytes(raw[:100])
    with pytest.raises(VaultDamaged, match="recovery key"):
        unlock_with_passphrase(vault.folder, passphrase)
    assert path.read_bytes() == raw[:100]  # the failed try did not overwrite the evidence


# -- throttling ----------------------------------------------------------------------------


def test_unlock_delay_is_free_for_three_tries_then_grows_and_is_capped() -> None:
    assert [unlock_delay(n) for n in range(3)] == [0.0, 0.0, 0.0]
    delays = [unlock_delay(n) for n in range(3, 12)]
    assert delays[0] > 0
    assert all(later > earlier for earlier, later in itertools.pairwise(delays))
    assert unlock_delay(20) == 300.0
    assert unlock_delay(10_000) == 300.0
    assert max(unlock_delay(n) for n in range(200)) == 300.0


def test_wait_remaining_counts_down_from_the_last_failure(
    cheap_kdf: KdfParams, passphrase: str
) -> None:
    keyfile, _ = _keyfile(cheap_kdf, passphrase)
    assert keyfile.wait_remaining(NOW) == 0.0
    for i in range(4):
        keyfile = keyfile.with_failure(NOW + timedelta(seconds=i))
    last = NOW + timedelta(seconds=3)
    delay = unlock_delay(4)
    assert keyfile.failed_unlocks.count == 4
    assert keyfile.failed_unlocks.first == "2024-05-06T09:30:00Z"
    assert keyfile.failed_unlocks.last == "2024-05-06T09:30:03Z"
    assert keyfile.wait_remaining(last) == delay
    assert keyfile.wait_remaining(last + timedelta(seconds=1)) == delay - 1
    assert keyfile.wait_remaining(last + timedelta(seconds=delay)) == 0.0
    assert keyfile.wait_remaining(last + timedelta(days=1)) == 0.0
    cleared = keyfile.without_failures()
    assert cleared.failed_unlocks.count == 0
    assert cleared.wait_remaining(last) == 0.0
