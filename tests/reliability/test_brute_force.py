"""Guessing passphrases is slow and leaves a trace. Every wrong try pays for Argon2id with
the slot's own parameters (every slot's, when there are several); after three, each try
must wait longer (2, 4, 8 ... seconds, at most 5 minutes), the right passphrase included,
in the vault itself, so the window, the command line and a restarted program all wait;
the count is kept in keys.json and written to the audit log at the next good unlock; and
the program never makes a slot below 64 MiB, parallelism 2 and time cost 3."""

from __future__ import annotations

import hashlib
import io
import json
import os
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from counselor_desk import cli
from counselor_desk.domain.errors import UnlockThrottled, WrongPassphrase
from counselor_desk.domain.recovery import format_recovery_key
from counselor_desk.domain.supervision import SlotRole
from counselor_desk.vault import keyslots
from counselor_desk.vault.keyslots import (
    MIN_MEMORY_KIB,
    MIN_TIME_COST,
    PARALLELISM,
    KdfParams,
    calibrate,
)
from counselor_desk.vault.store import (
    Vault,
    create_vault,
    unlock_with_passphrase,
    unlock_with_recovery_key,
)

PASSPHRASE = "maple orbit candle harbor"
SUPERVISOR = "lantern violet harbor quietly"
NEW_PASSPHRASE = "quartz meadow lantern ninety pebble"
# Cheap, but each slot's different, so the test can tell whose parameters Argon2 ran with.
COUNSELOR_KDF = KdfParams(time_cost=2, memory_kib=1024, parallelism=1)
SUPERVISOR_KDF = KdfParams(time_cost=1, memory_kib=2048, parallelism=1)
START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def argon2_calls(monkeypatch: pytest.MonkeyPatch) -> list[KdfParams]:
    """Every Argon2id derivation the vault runs, by its parameters (the real one runs)."""
    calls: list[KdfParams] = []
    real = keyslots.hash_secret_raw

    def spy(**kwargs: Any) -> bytes:
        calls.append(KdfParams(kwargs["time_cost"], kwargs["memory_cost"], kwargs["parallelism"]))
        return real(**kwargs)

    monkeypatch.setattr(keyslots, "hash_secret_raw", spy)
    return calls


@pytest.fixture
def folder(tmp_path: Path) -> Iterator[Path]:
    """A locked vault with the counselor's slot and a supervisor's."""
    created = create_vault(
        tmp_path / "vault", "A. Rivera", PASSPHRASE, kdf=COUNSELOR_KDF, check_strength=False
    )
    created.vault.add_slot("Dr. L. Okafor", SUPERVISOR, SUPERVISOR_KDF, role=SlotRole.SUPERVISOR)
    created.vault.lock()
    yield tmp_path / "vault"


def failed(folder: Path) -> dict[str, Any]:
    return dict(json.loads((folder / "keys.json").read_text())["failed_unlocks"])


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def audit_actions(vault: Vault) -> list[tuple[str, str | None]]:
    return [(e.action, e.detail) for e in reversed(vault.audit.entries(vault.conn))]


def test_every_wrong_try_pays_for_argon2_with_each_slots_parameters(
    folder: Path, argon2_calls: list[KdfParams]
) -> None:
    clock = Clock()
    before = digest(folder / "vault.db")
    for attempt in range(1, 4):
        argon2_calls.clear()
        with pytest.raises(WrongPassphrase):
            unlock_with_passphrase(folder, f"guess number {attempt}", clock=clock)
        # Both slots were tried, each with the parameters stored in it: no shortcut.
        assert argon2_calls == [COUNSELOR_KDF, SUPERVISOR_KDF]
        assert failed(folder)["count"] == attempt
        clock.advance(1)
    # A wrong passphrase damages nothing: the database was not even opened.
    assert digest(folder / "vault.db") == before
    assert failed(folder)["first"] == "2026-03-02T09:00:00Z"
    assert failed(folder)["last"] == "2026-03-02T09:00:02Z"


def test_after_three_failures_each_try_waits_longer_and_the_log_says_so(
    folder: Path, argon2_calls: list[KdfParams]
) -> None:
    clock = Clock()
    for _ in range(3):  # three tries are free
        with pytest.raises(WrongPassphrase):
            unlock_with_passphrase(folder, "not it", clock=clock)
    waits: list[float] = []
    for _ in range(10):
        argon2_calls.clear()
        # Right away, even with the right passphrase: refused while the wait lasts...
        with pytest.raises(UnlockThrottled) as throttled:
            unlock_with_passphrase(folder, PASSPHRASE, clock=clock)
        assert argon2_calls == []  # ...before Argon2: a guess gets no answer at all
        waits.append(throttled.value.seconds)
        clock.advance(throttled.value.seconds)
        with pytest.raises(WrongPassphrase):  # once waited out, a wrong try counts again
            unlock_with_passphrase(folder, "not it", clock=clock)
    assert failed(folder)["count"] == 13  # refused tries are not failures
    # Doubling from 2 seconds, capped at five minutes.
    assert waits == [2, 4, 8, 16, 32, 64, 128, 256, 300, 300]
    with pytest.raises(UnlockThrottled) as last:
        unlock_with_passphrase(folder, PASSPHRASE, clock=clock)
    clock.advance(last.value.seconds)

    vault = unlock_with_passphrase(folder, PASSPHRASE, clock=clock)
    try:
        actions = audit_actions(vault)
        assert actions[-1] == ("unlock", "passphrase")
        action, detail = actions[-2]
        assert action == "failed-unlocks"
        assert detail is not None and detail.startswith("13 failed tries, first 2026-03-02")
        assert vault.audit.verify(vault.conn, vault.keyfile.audit_anchor) is None
    finally:
        vault.lock()
    assert failed(folder)["count"] == 0  # audited once, then forgotten
    # The next wrong try is free again (no wait left over from before).
    with pytest.raises(WrongPassphrase):
        unlock_with_passphrase(folder, "not it", clock=clock)


def test_recovery_key_guesses_count_and_wait_the_same(folder: Path) -> None:
    clock = Clock()
    for _ in range(3):
        with pytest.raises(WrongPassphrase):
            unlock_with_recovery_key(folder, format_recovery_key(os.urandom(32)), clock=clock)
    assert failed(folder)["count"] == 3
    with pytest.raises(UnlockThrottled):
        unlock_with_passphrase(folder, PASSPHRASE, clock=clock)
    with pytest.raises(UnlockThrottled):
        unlock_with_recovery_key(folder, format_recovery_key(os.urandom(32)), clock=clock)


def test_the_command_line_waits_out_the_delay_and_counts_the_try(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    waited: list[float] = []
    real_sleep = cli.time.sleep

    def sleep(seconds: float) -> None:
        waited.append(seconds)
        real_sleep(seconds)

    monkeypatch.setattr(cli.time, "sleep", sleep)

    def verify(passphrase: str) -> tuple[int, str]:
        err = io.StringIO()
        code = cli.main(
            ["verify", str(folder)],
            stdin=io.StringIO(""),
            stdout=io.StringIO(),
            stderr=err,
            env={cli.ENV_PASSPHRASE: passphrase},
        )
        return code, err.getvalue()

    for _ in range(3):
        code, err = verify("not it")
        assert code == 3
        assert err.strip() == "counselor-desk: That passphrase does not open this vault."
    assert waited == []
    code, err = verify("not it either")  # must wait 2 s first, then it is a 4th failure
    assert code == 3
    assert len(waited) == 1 and 0 < waited[0] <= 2
    assert "seconds after earlier wrong tries" in err.splitlines()[0]
    assert failed(folder)["count"] == 4


def test_the_window_makes_the_counselor_wait_and_says_how_long(
    qtbot, tmp_path: Path, folder: Path
) -> None:
    from PySide6.QtCore import Qt

    from counselor_desk.ui.ui_settings import UiSettings
    from counselor_desk.ui.unlock_page import UnlockPage

    clock = Clock()
    page = UnlockPage(
        folder.parent, UiSettings(tmp_path / "settings.ini"), kdf=COUNSELOR_KDF, clock=clock
    )
    qtbot.addWidget(page)
    page.show()
    page.select_vault(folder)

    def attempt(secret: str) -> str:
        qtbot.keyClicks(page.secret_edit, secret)
        qtbot.keyClick(page.secret_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: page.busy_bar.isHidden(), timeout=10_000)
        return page.message_label.text()

    for _ in range(3):
        assert attempt("not it") == "That passphrase does not open this vault; try again."
    opened: list[Vault] = []
    page.unlocked.connect(opened.append)
    # Even the right passphrase waits now; the page says for how long and holds Unlock.
    assert "You can try again in 2 second" in attempt(PASSPHRASE)
    assert not page.unlock_button.isEnabled()
    assert opened == []
    qtbot.waitUntil(page.unlock_button.isEnabled, timeout=10_000)  # the countdown ran out
    assert page.message_label.text() == ""
    clock.advance(2)
    with qtbot.waitSignal(page.unlocked, timeout=10_000):
        qtbot.keyClicks(page.secret_edit, PASSPHRASE)
        qtbot.keyClick(page.secret_edit, Qt.Key.Key_Return)
    vault = opened[0]
    try:
        action, detail = audit_actions(vault)[-2]
        assert action == "failed-unlocks" and detail is not None
        assert detail.startswith("3 failed tries")
    finally:
        vault.lock()


# -- the floor -----------------------------------------------------------------------------


def test_calibration_never_goes_below_the_floor_on_any_machine(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    measured: list[KdfParams] = []

    def derive(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
        measured.append(params)
        return bytes(32)

    monkeypatch.setattr(keyslots, "derive_kek", derive)
    floor = KdfParams(MIN_TIME_COST, MIN_MEMORY_KIB, PARALLELISM)
    # A machine so slow one pass takes a second, and one so fast it takes a microsecond.
    for seconds_per_probe in (3.0, 10.0, 1e-6, 0.0):
        ticks = iter([0.0, seconds_per_probe] * 3)
        params = calibrate(timer=lambda ticks=ticks: next(ticks))
        assert params.meets_floor(), params
        assert params.memory_kib == MIN_MEMORY_KIB and params.parallelism == PARALLELISM
        assert params.time_cost >= MIN_TIME_COST
    # It measured with the floor's own memory and lanes, not something cheaper.
    assert set(measured) == {floor}


@pytest.mark.slow
def test_the_program_makes_slots_at_or_above_the_floor_and_keeps_them_there(
    tmp_path: Path, argon2_calls: list[KdfParams]
) -> None:
    # No kdf given: what the program itself does (it calibrates on this machine).
    created = create_vault(tmp_path / "v", "A. Rivera", PASSPHRASE, check_strength=False)
    vault = created.vault
    try:
        [slot] = vault.keyfile.slots
        calibrated = slot.kdf
        assert calibrated.meets_floor(), calibrated
        assert calibrated.memory_kib >= 64 * 1024 and calibrated.time_cost >= 3
        # A new passphrase keeps the slot's calibrated cost (never a cheaper default).
        vault.change_passphrase(NEW_PASSPHRASE)
        [changed] = vault.keyfile.slots
        assert changed.kdf == calibrated
        # A supervisor's slot is calibrated too.
        added = vault.add_slot("Dr. L. Okafor", SUPERVISOR + " river", role=SlotRole.SUPERVISOR)
        assert added.kdf.meets_floor(), added.kdf
    finally:
        vault.lock()
    stored = json.loads((tmp_path / "v" / "keys.json").read_text())["slots"]
    assert all(s["kdf"]["memory_kib"] >= MIN_MEMORY_KIB for s in stored)
    assert all(s["kdf"]["time_cost"] >= MIN_TIME_COST for s in stored)
    assert all(s["kdf"]["parallelism"] >= PARALLELISM for s in stored)

    # Unlocking runs Argon2 with exactly what the slot stores.
    argon2_calls.clear()
    unlock_with_passphrase(tmp_path / "v", NEW_PASSPHRASE).lock()
    assert argon2_calls == [calibrated]
