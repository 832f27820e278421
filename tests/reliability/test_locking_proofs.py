"""Every way the window locks, proven the same way: idle, before sleep, on screen lock, on
resume after a sleep nobody announced, and Ctrl+L. Each time a note, a worksheet and a
treatment plan hold typing that was not saved yet, and a modal dialog is open. The lock
must save the drafts first, close the dialog, close every connection and zero the key;
after unlocking through the unlock page the counselor is back on the same client, tab,
note, worksheet and plan, with the text they typed."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QPushButton

from counselor_desk.domain.notes import NoteFormat
from counselor_desk.domain.records import Client, Session, SessionKind
from counselor_desk.services.caseload import Caseload
from counselor_desk.services.measures import Measures
from counselor_desk.services.plans import Plans
from counselor_desk.ui.main_window import MainWindow
from counselor_desk.ui.ui_settings import UiSettings
from counselor_desk.ui.worksheets_view import NewWorksheetDialog
from counselor_desk.vault.keyslots import KdfParams
from counselor_desk.vault.store import create_vault, unlock_with_passphrase

PASSPHRASE = "maple orbit candle harbor"
CHEAP = KdfParams(time_cost=1, memory_kib=1024, parallelism=1)
WAIT = 10_000
NOTE_TEXT = "Cravings eased after the walk"
WORKSHEET_TEXT = "Drinking on weekends"
PLAN_TEXT = "Drinks most evenings; lost a job over it"


@pytest.fixture
def vault_folder(tmp_path: Path) -> dict[str, Any]:
    """A locked vault with one client and a session whose DAP note is a draft."""
    folder = tmp_path / "vaults" / "rivera"
    vault = create_vault(folder, "A. Rivera", PASSPHRASE, kdf=CHEAP, check_strength=False).vault
    try:
        caseload = Caseload(vault)
        dana = caseload.add_client(Client("Dana R."))
        caseload.add_client(Client("Marcus T."))
        start = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=3)
        session = caseload.add_session(Session(dana.id, start, 50, SessionKind.INDIVIDUAL))
        note = caseload.start_note(session.id, NoteFormat.DAP)
    finally:
        vault.lock()
    return {"folder": folder, "client": dana.id, "note": note.id}


@pytest.fixture
def window(qtbot, tmp_path: Path, vault_folder: dict[str, Any]) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    # Autosave far off: whatever is in the vault after the lock, the lock itself saved.
    win = MainWindow(
        tmp_path / "vaults",
        UiSettings(tmp_path / "settings.ini"),
        kdf=CHEAP,
        autosave_ms=600_000,
    )
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    if win.workspace is not None:
        win.lock("quit")


def unlock_through_the_page(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = window.unlock_page
    assert window.stack.currentWidget() is page
    qtbot.keyClicks(page.secret_edit, PASSPHRASE)
    with qtbot.waitSignal(window.unlocked, timeout=WAIT):
        qtbot.keyClick(page.secret_edit, Qt.Key.Key_Return)


def the_missed_sleep(window: MainWindow) -> None:
    """The wall clock an hour ahead of the monotonic one at the next clock check: what
    a suspend the system never announced looks like."""
    manager = window.lock_manager
    manager._clock = lambda: time.time() + 3600  # type: ignore[method-assign]
    manager.check_clock()  # what the 15-second timer runs


def ctrl_l_in_the_dialog(window: MainWindow) -> None:
    """Ctrl+L typed into the modal dialog (whose window blocks the main window's own
    shortcuts)."""
    target = QApplication.focusWidget()
    assert target is not None and target.window() is QApplication.activeModalWidget()
    QTest.keyClick(target, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)


# reason shown on the unlock page, and how the trigger arrives while the dialog is open
TRIGGERS: dict[str, tuple[str, Callable[[MainWindow], None] | None]] = {
    "idle": ("quiet spell", None),  # no input while the dialog waits: the idle timer fires
    "sleep": ("before the computer slept", lambda w: w.lock_manager.on_prepare_for_sleep(True)),
    "screen-locked": ("with the screen", lambda w: w.lock_manager.on_screensaver_active(True)),
    "resumed": ("after the computer woke up", the_missed_sleep),
    "manual": ("Locked. Your drafts were saved.", ctrl_l_in_the_dialog),
}


@pytest.mark.parametrize("reason", list(TRIGGERS))
def test_each_lock_saves_closes_forgets_and_comes_back(
    qtbot, monkeypatch, window: MainWindow, vault_folder: dict[str, Any], reason: str
) -> None:
    folder, client_id, note_id = (vault_folder[k] for k in ("folder", "client", "note"))
    unlock_through_the_page(qtbot, window)
    desk = window.desk
    assert desk is not None and window.workspace is not None

    # The client's chart, the draft note open and typed into (not saved yet).
    desk.client_list.select_client(client_id)
    qtbot.waitUntil(lambda: desk.chart.current_client_id == client_id, timeout=WAIT)
    desk.open_note(note_id)
    data = desk.editor.field("data")
    assert data is not None
    data.setFocus()
    qtbot.keyClicks(data, NOTE_TEXT)

    # A treatment plan draft typed into.
    desk.chart.show_tab(desk.plans)
    desk.plans.new_plan()
    qtbot.waitUntil(lambda: desk.plans.current_plan_id is not None, timeout=WAIT)
    plan_id = desk.plans.current_plan_id
    qtbot.keyClicks(desk.plans.problem_text, PLAN_TEXT)

    # A worksheet typed into; its tab is the one showing when the lock comes.
    desk.chart.show_tab(desk.worksheets)
    monkeypatch.setattr(
        NewWorksheetDialog, "ask", classmethod(lambda cls, *a, **k: ("decisional_balance", None))
    )
    desk.worksheets.findChild(QPushButton, "newWorksheet").click()
    qtbot.waitUntil(lambda: desk.worksheets.form is not None, timeout=WAIT)
    worksheet_id = desk.worksheets.current_worksheet_id
    form = desk.worksheets.form
    assert form is not None
    qtbot.keyClicks(form.editor("topic"), WORKSHEET_TEXT)
    assert desk.worksheets.has_unsaved_changes
    tab = desk.chart.current_tab_index()

    # Nothing of it is in the vault yet: what is there afterwards, the lock saved.
    vault = window.workspace.vault
    assert NOTE_TEXT not in Caseload(vault).note(note_id).sections.get("data", "")
    assert WORKSHEET_TEXT not in str(Measures(vault).worksheet(worksheet_id).values)
    assert Plans(vault).plan(plan_id).problems[0].text != PLAN_TEXT

    # A modal dialog (the consent form) open when the lock comes.
    old_workspace, old_desk = window.workspace, desk
    words, trigger = TRIGGERS[reason]
    seen: dict[str, Any] = {}
    stuck: list[str] = []

    def fire() -> None:
        dialog = QApplication.activeModalWidget()
        seen["dialog"] = dialog
        assert trigger is not None
        trigger(window)

    def rescue() -> None:  # never hang the suite: a dialog the lock left open fails the test
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog) and dialog.isVisible():
            stuck.append(type(dialog).__name__)
            dialog.reject()

    if trigger is None:
        window.lock_manager.set_idle_ms(400)
        QTimer.singleShot(100, lambda: seen.setdefault("dialog", QApplication.activeModalWidget()))
    else:
        QTimer.singleShot(200, fire)
    rescuer = QTimer()
    rescuer.setSingleShot(True)
    rescuer.timeout.connect(rescue)
    rescuer.start(8000)
    with qtbot.waitSignal(window.locked, timeout=WAIT, raising=False) as locked:
        desk.chart.add_consent()  # exec()s the real dialog; returns when the lock closes it
    rescuer.stop()
    assert stuck == [], "the dialog was still open, so the lock did not come or left it"
    assert locked.signal_triggered and locked.args == [reason]
    assert type(seen["dialog"]).__name__ == "ConsentDialog"

    # Dialogs closed, nothing left unlocked: no connection, no key, no workspace or desk.
    assert QApplication.activeModalWidget() is None
    assert not [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()
    ]
    assert not vault.is_open
    assert vault._connections == []
    assert bytes(vault._key) == bytes(len(vault._key))  # zeroed in place
    assert window.workspace is None and window.desk is None
    assert not window.act_search.isEnabled() and not window.act_lock.isEnabled()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(old_workspace)  # the services went with it
    assert not shiboken6.isValid(old_desk)
    assert words in window.unlock_page.subtitle.text()

    # The drafts were saved before the key was dropped.
    check = unlock_with_passphrase(folder, PASSPHRASE)
    try:
        assert Caseload(check).note(note_id).sections["data"] == NOTE_TEXT
        assert Measures(check).worksheet(worksheet_id).values["topic"] == WORKSHEET_TEXT
        assert Plans(check).plan(plan_id).problems[0].text == PLAN_TEXT
    finally:
        check.lock()

    # Unlocked through the page: back where they were.
    unlock_through_the_page(qtbot, window)
    desk = window.desk
    assert desk is not None
    assert desk.chart.current_client_id == client_id
    assert desk.chart.current_tab_index() == tab
    assert desk.chart.tabs.currentWidget() is desk.worksheets
    assert desk.editor.current_note_id == note_id
    field = desk.editor.field("data")
    assert field is not None and field.toPlainText() == NOTE_TEXT
    assert desk.worksheets.current_worksheet_id == worksheet_id
    form = desk.worksheets.form
    assert form is not None and form.values()["topic"] == WORKSHEET_TEXT
    assert desk.plans.current_plan_id == plan_id
    assert desk.plans.problem_text.toPlainText() == PLAN_TEXT
    assert window.lock_manager.running  # watching again


def test_ctrl_l_is_the_lock_key_everywhere(window: MainWindow) -> None:
    assert QKeySequence("Ctrl+L") in window.act_lock.shortcuts()
    assert window.act_lock.shortcutContext() is Qt.ShortcutContext.ApplicationShortcut
