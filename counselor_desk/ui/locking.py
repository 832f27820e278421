"""When to lock: after idle minutes, before sleep, on screen lock, and on resume when the
clocks show a sleep the system never announced. LockManager only asks (lock_requested);
the window does the locking, then calls stop(), and start() again after unlock."""

from __future__ import annotations

import ctypes
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import (
    SLOT,
    QAbstractNativeEventFilter,
    QByteArray,
    QCoreApplication,
    QEvent,
    QObject,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeyEvent, QKeySequence

# Reasons carried by lock_requested (the unlock page may word its message by them).
IDLE = "idle"
SLEEP = "sleep"
SCREEN_LOCKED = "screen-locked"
RESUMED = "resumed"
MANUAL = "manual"

# Only what a person does counts as activity: a repaint or a timer must not keep the
# vault open on an unattended laptop.
_USER_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)

CLOCK_CHECK_MS = 15_000
# Wall clock ahead of the monotonic clock by more than this: the machine slept (Linux's
# and macOS's monotonic clocks stop during suspend; the wall clock does not).
MISSED_SLEEP_SECONDS = 60.0

# (bus, path, interface, signal, slot) for the desktops that announce these on D-Bus.
_LOGIND = ("/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep")
_SCREENSAVERS = (
    ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),  # KDE, Xfce, others
    ("/ScreenSaver", "org.freedesktop.ScreenSaver"),  # older KDE
    ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),  # GNOME
)


class LockManager(QObject):
    """lock_requested(reason) with reason one of idle, sleep, screen-locked, resumed, manual.
    Quiet until start(); stop() while locked so nothing asks twice."""

    lock_requested = Signal(str)

    def __init__(
        self,
        idle_minutes: int,
        *,
        clock: Callable[[], float] = time.time,
        monotonic: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock  # wall clock, seconds (jumps forward across a suspend)
        self._monotonic = monotonic  # stops during suspend on Linux and macOS
        self._running = False
        self._idle_ms = 0
        self._idle_fired = False
        # Idle is measured with the real monotonic clock, like Qt's timers; the injected
        # clocks only serve the missed-sleep check.
        self._last_input = time.monotonic()
        self._idle_timer = QTimer(self)
        self._idle_timer.setSingleShot(True)
        self._idle_timer.timeout.connect(self._idle_timeout)
        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(CLOCK_CHECK_MS)
        self._clock_timer.timeout.connect(self.check_clock)
        self._wall_mark = 0.0
        self._mono_mark = 0.0
        self._bus_connected: list[str] | None = None  # None: not tried yet
        self._native_filter: _WindowsSessionFilter | None = None
        self._lock_keys: list[QKeySequence] = []
        self.set_idle_minutes(idle_minutes)

    # -- settings ----------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._running

    @property
    def idle_ms(self) -> int:
        return self._idle_ms

    def set_idle_minutes(self, minutes: int) -> None:
        """0 means never lock for idleness."""
        self.set_idle_ms(max(0, int(minutes)) * 60_000)

    def set_idle_ms(self, ms: int) -> None:
        """The idle limit in milliseconds (tests use a few hundred); 0 means never."""
        self._idle_ms = max(0, int(ms))
        # Long limits tolerate Qt's coarse timers (up to 5 % early; re-armed below);
        # short ones (tests) want precision.
        precise = 0 < self._idle_ms < 20_000
        self._idle_timer.setTimerType(
            Qt.TimerType.PreciseTimer if precise else Qt.TimerType.CoarseTimer
        )
        if self._running:
            self._arm_idle(self._idle_ms)

    # -- running -----------------------------------------------------------------------
    def start(self) -> None:
        """Begin watching (after unlock). System signals are connected on the first start."""
        if self._running:
            return
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        if self._bus_connected is None:
            self._bus_connected = self.connect_system_signals()
        self._running = True
        self._idle_fired = False
        self._last_input = time.monotonic()
        self._arm_idle(self._idle_ms)
        self._mark_clocks()
        self._clock_timer.start()

    def stop(self) -> None:
        """Stop watching (while locked): no request is made until start()."""
        self._running = False
        self._idle_timer.stop()
        self._clock_timer.stop()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def set_lock_keys(self, keys: Sequence[QKeySequence]) -> None:
        """The lock shortcut (Ctrl+L), honoured in every window while running: a modal
        dialog blocks the main window's own shortcuts, and a lock never waits for one."""
        self._lock_keys = [QKeySequence(key) for key in keys if not key.isEmpty()]

    def lock_now(self) -> None:
        """The counselor asked (Ctrl+L): same path as every other reason."""
        self._request(MANUAL)

    def _request(self, reason: str) -> None:
        if not self._running:
            return  # already locked (or never started): asking again would lock twice
        self.lock_requested.emit(reason)

    # -- idle --------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Runs for every event in the application: keep it to a set lookup and a clock
        # read; the timer is only re-armed when it is not already pending.
        kind = event.type()
        if kind in _USER_INPUT:
            self._last_input = time.monotonic()
            if self._idle_fired or not self._idle_timer.isActive():
                self._idle_fired = False
                self._arm_idle(self._idle_ms)
            # Reached only when no shortcut took the key: e.g. Ctrl+L in a modal dialog.
            if kind == QEvent.Type.KeyPress and self._is_lock_key(event):
                self._request(MANUAL)
                return True
        return False

    def _is_lock_key(self, event: QEvent) -> bool:
        if not self._lock_keys or not isinstance(event, QKeyEvent):
            return False
        pressed = QKeySequence(event.keyCombination())
        return any(pressed == key for key in self._lock_keys)

    def _arm_idle(self, ms: int) -> None:
        if self._running and self._idle_ms > 0:
            self._idle_timer.start(max(1, int(ms)))
        else:
            self._idle_timer.stop()

    def _idle_timeout(self) -> None:
        if not self._running or self._idle_ms <= 0:
            return
        idle_ms = (time.monotonic() - self._last_input) * 1000.0
        remaining = self._idle_ms - idle_ms
        if remaining > 1.0:  # input came in meanwhile (or a coarse timer fired early)
            self._arm_idle(int(remaining) + 1)
            return
        self._idle_fired = True  # once; the next input re-arms
        self._request(IDLE)

    # -- missed sleep ------------------------------------------------------------------
    def _mark_clocks(self) -> None:
        self._wall_mark = self._clock()
        self._mono_mark = self._monotonic()

    @Slot()
    def check_clock(self) -> bool:
        """Ask for a lock when the wall clock ran ahead of the monotonic one (a suspend
        the system did not announce), or when this check ran far too late (a frozen
        process, or a platform whose monotonic clock counts suspend). True if it asked."""
        wall = self._clock()
        mono = self._monotonic()
        wall_elapsed = wall - self._wall_mark
        mono_elapsed = mono - self._mono_mark
        self._wall_mark, self._mono_mark = wall, mono
        jumped = wall_elapsed - mono_elapsed > MISSED_SLEEP_SECONDS
        late = mono_elapsed > CLOCK_CHECK_MS / 1000.0 + MISSED_SLEEP_SECONDS
        if (jumped or late) and self._running:
            self._request(RESUMED)
            return True
        return False

    # -- system announcements ----------------------------------------------------------
    @Slot(bool)
    def on_prepare_for_sleep(self, going_to_sleep: bool) -> None:
        """logind's PrepareForSleep: True before suspend, False after resume."""
        if going_to_sleep:
            self._request(SLEEP)

    @Slot(bool)
    def on_screensaver_active(self, active: bool) -> None:
        """The screen saver's ActiveChanged: True when the screen locks or blanks."""
        if active:
            self._request(SCREEN_LOCKED)

    def connect_system_signals(
        self, system_bus: object | None = None, session_bus: object | None = None
    ) -> list[str]:
        """Listen to logind and the screen savers on D-Bus (Linux and other free desktops).
        Returns what was connected; a missing bus is normal (containers, CI) and silent.
        Buses may be passed in (tests use a private bus)."""
        if sys.platform in ("win32", "darwin"):
            return []
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # a build without QtDBus: the clock check still catches sleep
            return []
        connected: list[str] = []
        system = system_bus if system_bus is not None else QDBusConnection.systemBus()
        assert isinstance(system, QDBusConnection)
        # isConnected() first: connecting signals on a dead bus makes Qt print warnings.
        if system.isConnected():
            path, interface, name = _LOGIND
            if system.connect(
                "org.freedesktop.login1",
                path,
                interface,
                name,
                self,
                SLOT("on_prepare_for_sleep(bool)"),
            ):
                connected.append(f"{interface}.{name}")
        session = session_bus
        if session is None and _session_bus_announced():
            session = QDBusConnection.sessionBus()
        if isinstance(session, QDBusConnection) and session.isConnected():
            for path, interface in _SCREENSAVERS:
                # Any sender: the service name differs between desktops and versions.
                if session.connect(
                    "", path, interface, "ActiveChanged", self, SLOT("on_screensaver_active(bool)")
                ):
                    connected.append(f"{interface}.ActiveChanged@{path}")
        return connected

    # -- Windows -----------------------------------------------------------------------
    def install_native_filter(self, window_id: int) -> bool:
        """Windows only: lock on session lock (WM_WTSSESSION_CHANGE) and before suspend
        (WM_POWERBROADCAST), for the top-level window whose winId() is given. Written
        against the Win32 documentation; not yet run on Windows. False elsewhere."""
        if sys.platform != "win32" or self._native_filter is not None:
            return False
        app = QCoreApplication.instance()
        if app is None:
            return False
        wtsapi32 = ctypes.WinDLL("wtsapi32")  # type: ignore[attr-defined,unused-ignore]
        # Without this registration Windows never sends WM_WTSSESSION_CHANGE.
        if not wtsapi32.WTSRegisterSessionNotification(
            ctypes.c_void_p(window_id), _NOTIFY_FOR_THIS_SESSION
        ):
            return False
        self._native_filter = _WindowsSessionFilter(self._request)
        app.installNativeEventFilter(self._native_filter)
        return True


def _session_bus_announced() -> bool:
    """Whether a session bus is there to find. Without one, libdbus would try to
    autolaunch a daemon under X11 (a stray process in test and kiosk sessions)."""
    if os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return True
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    return bool(runtime) and Path(runtime, "bus").exists()


# Win32 constants (WinUser.h, WtsApi32.h).
WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7
WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x4
PBT_APMRESUMEAUTOMATIC = 0x12
_NOTIFY_FOR_THIS_SESSION = 0


def windows_reason(message: int, wparam: int) -> str | None:
    """The lock reason a Win32 message stands for, if any (kept pure so it is tested
    everywhere)."""
    if message == WM_WTSSESSION_CHANGE and wparam == WTS_SESSION_LOCK:
        return SCREEN_LOCKED
    if message == WM_POWERBROADCAST and wparam == PBT_APMSUSPEND:
        return SLEEP
    if message == WM_POWERBROADCAST and wparam == PBT_APMRESUMEAUTOMATIC:
        return RESUMED
    return None


class _MSG(ctypes.Structure):
    _fields_ = (
        ("hwnd", ctypes.c_void_p),
        ("message", ctypes.c_uint),
        ("wParam", ctypes.c_size_t),
        ("lParam", ctypes.c_ssize_t),
        ("time", ctypes.c_uint32),
        ("pt_x", ctypes.c_long),
        ("pt_y", ctypes.c_long),
    )


class _WindowsSessionFilter(QAbstractNativeEventFilter):
    def __init__(self, request: Callable[[str], None]) -> None:
        super().__init__()
        self._request = request

    def nativeEventFilter(self, event_type: QByteArray | bytes, message: int) -> tuple[bool, int]:
        if bytes(event_type) == b"windows_generic_MSG":
            msg = ctypes.cast(int(message), ctypes.POINTER(_MSG)).contents
            reason = windows_reason(int(msg.message), int(msg.wParam))
            if reason is not None:
                self._request(reason)
        return False, 0
