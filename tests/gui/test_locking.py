"""When the window is asked to lock: idle, sleep, screen lock, and a missed sleep."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from counselor_desk.ui.locking import (
    PBT_APMRESUMEAUTOMATIC,
    PBT_APMSUSPEND,
    WM_POWERBROADCAST,
    WM_WTSSESSION_CHANGE,
    WTS_SESSION_LOCK,
    LockManager,
    windows_reason,
)


class FakeClocks:
    """Wall and monotonic clocks the test moves by hand."""

    def __init__(self) -> None:
        self.wall = 1_800_000_000.0
        self.mono = 5_000.0

    def tick(self, seconds: float, *, suspended: float = 0.0) -> None:
        # During a suspend the wall clock runs on and the monotonic clock stands still.
        self.wall += seconds + suspended
        self.mono += seconds


@pytest.fixture
def manager(qtbot) -> Iterator[LockManager]:  # type: ignore[no-untyped-def]
    lock = LockManager(5)
    yield lock
    lock.stop()


def test_idle_asks_once_then_waits_for_input(qtbot, manager) -> None:
    asked: list[str] = []
    manager.lock_requested.connect(asked.append)
    manager.set_idle_ms(150)
    manager.start()
    qtbot.waitUntil(lambda: asked == ["idle"], timeout=3000)
    qtbot.wait(400)
    assert asked == ["idle"]  # once, not every 150 ms


def test_typing_keeps_the_vault_open_and_idle_follows_the_last_key(qtbot, manager) -> None:
    field = QLineEdit()
    qtbot.addWidget(field)
    asked: list[str] = []
    manager.lock_requested.connect(asked.append)
    manager.set_idle_ms(400)
    manager.start()
    for _ in range(8):  # 8 × 100 ms of typing: twice the idle limit
        qtbot.keyClick(field, Qt.Key.Key_A)
        qtbot.wait(100)
    assert asked == []
    qtbot.waitUntil(lambda: asked == ["idle"], timeout=3000)
    # After asking, the next key press starts a new idle period.
    qtbot.keyClick(field, Qt.Key.Key_B)
    qtbot.waitUntil(lambda: asked == ["idle", "idle"], timeout=3000)


def test_stopped_or_never_means_no_idle_lock(qtbot, manager) -> None:
    asked: list[str] = []
    manager.lock_requested.connect(asked.append)
    manager.set_idle_ms(100)
    manager.start()
    manager.stop()
    qtbot.wait(300)
    manager.set_idle_minutes(0)
    manager.start()
    qtbot.wait(300)
    assert asked == []
    assert manager.idle_ms == 0
    manager.set_idle_minutes(5)
    assert manager.idle_ms == 300_000


def test_sleep_and_screen_lock_announcements(qtbot, manager) -> None:
    asked: list[str] = []
    manager.lock_requested.connect(asked.append)
    manager.on_prepare_for_sleep(True)
    assert asked == []  # not started: the vault is already locked
    manager.start()
    manager.on_prepare_for_sleep(False)  # waking up: the vault locked before sleeping
    manager.on_screensaver_active(False)
    assert asked == []
    manager.on_prepare_for_sleep(True)
    manager.on_screensaver_active(True)
    manager.lock_now()
    assert asked == ["sleep", "screen-locked", "manual"]


def test_a_jump_of_the_wall_clock_means_a_missed_sleep(qtbot) -> None:
    clocks = FakeClocks()
    manager = LockManager(5, clock=lambda: clocks.wall, monotonic=lambda: clocks.mono)
    asked: list[str] = []
    manager.lock_requested.connect(asked.append)
    manager.start()
    try:
        for _ in range(4):
            clocks.tick(15)
            assert not manager.check_clock()
        clocks.tick(15, suspended=30)  # small drift or NTP nudge: not a sleep
        assert not manager.check_clock()
        assert asked == []
        clocks.tick(15, suspended=3600)  # an hour in a bag, lid closed
        assert manager.check_clock()
        assert asked == ["resumed"]
        clocks.tick(15)  # the next tick starts afresh
        assert not manager.check_clock()
        clocks.tick(15 + 120)  # the check itself ran two minutes late: frozen or asleep
        assert manager.check_clock()
        assert asked == ["resumed", "resumed"]
    finally:
        manager.stop()


def test_the_clock_check_runs_on_a_timer(qtbot, monkeypatch) -> None:
    import counselor_desk.ui.locking as locking

    monkeypatch.setattr(locking, "CLOCK_CHECK_MS", 50)
    clocks = FakeClocks()
    manager = LockManager(5, clock=lambda: clocks.wall, monotonic=lambda: clocks.mono)
    manager.start()
    try:
        with qtbot.waitSignal(manager.lock_requested, timeout=3000) as signal:
            clocks.tick(1, suspended=600)
    finally:
        manager.stop()
    assert signal.args == ["resumed"]


def test_no_bus_no_warning(qtbot, manager) -> None:
    # Test machines and containers have no system or session bus: starting must stay
    # silent (any Qt warning fails the test) and simply connect nothing.
    from PySide6.QtDBus import QDBusConnection

    from counselor_desk.ui.locking import _session_bus_announced

    has_bus = QDBusConnection.systemBus().isConnected() or _session_bus_announced()
    manager.start()
    connected = manager.connect_system_signals()
    if not has_bus:
        assert connected == []
    assert manager.running


def test_windows_messages_map_to_reasons() -> None:
    assert windows_reason(WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK) == "screen-locked"
    assert windows_reason(WM_POWERBROADCAST, PBT_APMSUSPEND) == "sleep"
    assert windows_reason(WM_POWERBROADCAST, PBT_APMRESUMEAUTOMATIC) == "resumed"
    assert windows_reason(WM_WTSSESSION_CHANGE, 0x8) is None  # unlock
    assert windows_reason(0x0001, 0) is None
    if sys.platform != "win32":
        assert LockManager(5).install_native_filter(0) is False


LOGIND = ("/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep")

_BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={dir}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


@pytest.fixture
def private_bus(tmp_path: Path) -> Iterator[str]:
    """A dbus-daemon of the test's own, so the real D-Bus wiring is exercised."""
    daemon = shutil.which("dbus-daemon")
    if daemon is None or not sys.platform.startswith("linux"):
        pytest.skip("needs dbus-daemon")
    config = tmp_path / "bus.xml"
    config.write_text(_BUS_CONFIG.format(dir=tmp_path))
    process = subprocess.Popen(
        [daemon, f"--config-file={config}", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        address = process.stdout.readline().strip()
        yield address
    finally:
        process.terminate()
        process.wait(timeout=5)
        if process.stdout is not None:
            process.stdout.close()


def test_real_dbus_signals_reach_the_manager(qtbot, private_bus) -> None:
    from PySide6.QtDBus import QDBusConnection, QDBusMessage

    listener = QDBusConnection.connectToBus(private_bus, "lock-test-listener")
    sender = QDBusConnection.connectToBus(private_bus, "lock-test-sender")
    try:
        assert listener.isConnected() and sender.isConnected()
        manager = LockManager(5)
        connected = manager.connect_system_signals(system_bus=listener, session_bus=listener)
        assert "org.freedesktop.ScreenSaver.ActiveChanged@/org/freedesktop/ScreenSaver" in (
            connected
        )
        assert "org.freedesktop.login1.Manager.PrepareForSleep" in connected
        manager.start()

        def emit(path: str, interface: str, name: str, value: bool) -> None:
            message = QDBusMessage.createSignal(path, interface, name)
            message.setArguments([value])
            assert sender.send(message)

        with qtbot.waitSignal(manager.lock_requested, timeout=3000) as locked:
            emit("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged", True)
        assert locked.args == ["screen-locked"]

        # PrepareForSleep counts only from logind itself: anyone else's is ignored.
        asked: list[str] = []
        manager.lock_requested.connect(asked.append)
        emit(*LOGIND, True)
        qtbot.wait(200)
        assert asked == []
        assert sender.registerService("org.freedesktop.login1")
        with qtbot.waitSignal(manager.lock_requested, timeout=3000) as slept:
            emit(*LOGIND, True)
        assert slept.args == ["sleep"]
        manager.stop()
    finally:
        QDBusConnection.disconnectFromBus("lock-test-listener")
        QDBusConnection.disconnectFromBus("lock-test-sender")
