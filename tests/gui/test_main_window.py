"""The whole loop a counselor lives in, in the real window: first run, create a vault,
add a client, write a note that autosaves, sign it, add an addendum, search and open the
hit, lock with a note and a dialog open, and unlock back to the same note."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog

from counselor_desk.domain.notes import NoteFormat
from counselor_desk.domain.records import Client, Session, SessionKind
from counselor_desk.services.caseload import Caseload
from counselor_desk.ui.client_dialog import ClientDialog
from counselor_desk.ui.create_vault import CreateVaultDialog
from counselor_desk.ui.main_window import MainWindow
from counselor_desk.ui.note_editor import AddendumDialog, SignDialog
from counselor_desk.ui.session_dialog import SessionDialog
from counselor_desk.vault.store import unlock_with_passphrase

STRONG = "maple orbit candle harbor"
WAIT = 10_000


@pytest.fixture
def window(qtbot, vaults_root: Path, ui_settings, cheap_kdf):  # type: ignore[no-untyped-def]
    win = MainWindow(vaults_root, ui_settings, kdf=cheap_kdf, autosave_ms=50)
    qtbot.addWidget(win)
    win.show()
    yield win
    if win.workspace is not None:
        win.lock("quit")


def create_through_the_dialog(qtbot, monkeypatch, keys: list[str]) -> None:  # type: ignore[no-untyped-def]
    """Replace CreateVaultDialog.ask with one that drives the real dialog by keyboard."""

    def drive(cls, parent, root, kdf=None, demo=False, settings=None):  # type: ignore[no-untyped-def]
        dialog = CreateVaultDialog(root, kdf=kdf, demo=demo, parent=parent)
        dialog.show()
        qtbot.keyClicks(dialog.name_edit, "A. Rivera")
        qtbot.keyClicks(dialog.fields.passphrase_edit, STRONG)
        qtbot.keyClicks(dialog.fields.confirm_edit, STRONG)
        qtbot.keyClick(dialog.fields.confirm_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.showing_key, timeout=WAIT)
        keys.append(dialog.key_label.text())
        qtbot.keyClick(dialog.written_check, Qt.Key.Key_Space)
        qtbot.keyClick(dialog.written_check, Qt.Key.Key_Return)
        return dialog.vault

    monkeypatch.setattr(CreateVaultDialog, "ask", classmethod(drive))


def test_the_whole_day_in_the_window(qtbot, monkeypatch, window, vaults_root) -> None:
    assert window.windowTitle() == "Counselor Desk"

    # First run: no vault yet; create one through the real dialog.
    keys: list[str] = []
    create_through_the_dialog(qtbot, monkeypatch, keys)
    with qtbot.waitSignal(window.unlocked, timeout=WAIT):
        qtbot.mouseClick(window.unlock_page.create_button, Qt.MouseButton.LeftButton)
    assert len(re.findall(r"\b[0-9a-f]{4}\b", keys[0])) == 17
    desk = window.desk
    assert desk is not None and window.workspace is not None

    # Add a client (Ctrl+N), answered by the dialog's ask().
    monkeypatch.setattr(
        ClientDialog, "ask", classmethod(lambda cls, parent, client=None, **kw: Client("Dana R."))
    )
    # The offscreen platform has no active window to deliver shortcuts to, so the
    # test checks the binding and triggers the action the shortcut would.
    assert QKeySequence("Ctrl+N") in window.act_new_client.shortcuts()
    window.act_new_client.trigger()
    qtbot.waitUntil(lambda: desk.chart.current_client_id is not None, timeout=WAIT)
    client_id = desk.chart.current_client_id
    assert window.windowTitle() == "Counselor Desk"  # never a client name in the title

    # A session two days ago, and its DAP note.
    start = datetime.now(UTC).replace(microsecond=0) - timedelta(days=2)
    monkeypatch.setattr(
        SessionDialog,
        "ask",
        classmethod(
            lambda cls, parent, cid, **kw: (
                Session(cid, start, 50, SessionKind.INDIVIDUAL),
                NoteFormat.DAP,
            )
        ),
    )
    desk.chart.new_session()
    qtbot.waitUntil(lambda: desk.editor.current_note_id is not None, timeout=WAIT)
    note_id = desk.editor.current_note_id
    data = desk.editor.field("data")
    assert data is not None
    qtbot.keyClicks(data, "Cravings after work eased with a walk")
    qtbot.waitUntil(lambda: desk.editor.status_text() == "Saved", timeout=WAIT)
    # "Saved" means committed: the UI thread's own connection reads it back.
    assert "walk" in window.workspace.caseload.note(note_id).sections["data"]

    # Sign, then add an addendum.
    monkeypatch.setattr(SignDialog, "ask", classmethod(lambda cls, parent, text: True))
    desk.editor.request_sign()
    qtbot.waitUntil(lambda: window.workspace.caseload.note(note_id).is_signed, timeout=WAIT)
    assert window.workspace.caseload.note(note_id).late_entry  # the session was 2 days ago
    assert data.isReadOnly()
    monkeypatch.setattr(
        AddendumDialog, "ask", classmethod(lambda cls, parent, *a, **k: "Dose confirmed 16 mg")
    )
    desk.editor.request_addendum()
    qtbot.waitUntil(lambda: len(window.workspace.caseload.addenda(note_id)) == 1, timeout=WAIT)

    # Search (Ctrl+K) and open the hit at the matching note.
    desk.editor.clear()
    assert QKeySequence("Ctrl+K") in window.act_search.shortcuts()
    window.act_search.trigger()
    popup = window.search_popup
    assert popup is not None and popup.isVisible()
    qtbot.keyClicks(popup.field, "walk")
    qtbot.waitUntil(lambda: popup.model.rowCount() > 0, timeout=WAIT)
    qtbot.keyClick(popup.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk.editor.current_note_id == note_id, timeout=WAIT)
    assert desk.chart.current_client_id == client_id

    # A second note, typed and not yet autosaved, with a modal dialog open: lock.
    later = start + timedelta(days=1)
    monkeypatch.setattr(
        SessionDialog,
        "ask",
        classmethod(
            lambda cls, parent, cid, **kw: (
                Session(cid, later, 30, SessionKind.PHONE),
                NoteFormat.SOAP,
            )
        ),
    )
    desk.chart.new_session()
    qtbot.waitUntil(lambda: desk.editor.current_note_id not in (None, note_id), timeout=WAIT)
    draft_id = desk.editor.current_note_id
    window.desk.editor._autosave_ms = 60_000  # type: ignore[attr-defined]
    subjective = desk.editor.field("subjective")
    assert subjective is not None
    subjective.setFocus()
    qtbot.keyClicks(subjective, "Feels steadier this week")
    vault_folder = window.workspace.folder
    vault = window.workspace.vault

    dialog = QDialog(window)
    QTimer.singleShot(100, lambda: window.lock("idle"))  # what the idle timer does
    dialog.exec()  # returns because the lock closes it: a dialog never blocks a lock
    assert not vault.is_open
    assert window.workspace is None and window.desk is None
    assert bytes(vault._key) == bytes(len(vault._key))  # the key is zeroed
    assert "quiet spell" in window.unlock_page.subtitle.text()

    # Nothing typed was lost: the draft was saved before the key was dropped.
    check = unlock_with_passphrase(vault_folder, STRONG)
    try:
        assert Caseload(check).note(draft_id).sections["subjective"] == "Feels steadier this week"
    finally:
        check.lock()

    # Unlock by keyboard and land back on the same note.
    page = window.unlock_page
    qtbot.keyClicks(page.secret_edit, STRONG)
    with qtbot.waitSignal(window.unlocked, timeout=WAIT):
        qtbot.keyClick(page.secret_edit, Qt.Key.Key_Return)
    desk = window.desk
    assert desk is not None
    assert desk.chart.current_client_id == client_id
    assert desk.editor.current_note_id == draft_id
    field = desk.editor.field("subjective")
    assert field is not None and field.toPlainText() == "Feels steadier this week"


def test_a_damaged_page_found_after_unlock_is_reported_in_the_window(
    qtbot, monkeypatch, window, open_vault
) -> None:
    from counselor_desk.ui.ask import Ask

    warned: list[str] = []
    monkeypatch.setattr(
        Ask, "warn", classmethod(lambda cls, parent, title, text: warned.append(text))
    )
    from counselor_desk.vault import store

    # What cipher_integrity_check says of a flipped page (a real one: tests/unit/test_store.py).
    monkeypatch.setattr(
        store, "integrity_problems", lambda conn: ["HMAC verification failed for page 7"]
    )
    window.open_vault(open_vault)
    qtbot.waitUntil(lambda: bool(warned), timeout=WAIT)
    assert "page 7" in warned[0] and "backup" in warned[0]
    assert "page 7" in window.status.text()


def test_today_opens_the_chosen_clients_chart(qtbot, monkeypatch, window, open_vault, ids) -> None:
    from counselor_desk.services.screening import Due, DueReason
    from counselor_desk.ui.today_view import TodayDialog

    chosen = Due(ids["marcus"], "Marcus T.", DueReason.SCREEN_NEVER)
    monkeypatch.setattr(
        TodayDialog, "ask_due", classmethod(lambda cls, ws, parent=None, today=None: chosen)
    )
    window.open_vault(open_vault)
    assert QKeySequence("Ctrl+T") in window.act_today.shortcuts()
    window.act_today.trigger()
    assert window.desk is not None
    qtbot.waitUntil(lambda: window.desk.chart.current_client_id == ids["marcus"], timeout=WAIT)


ROOT = Path(__file__).resolve().parents[2]


def test_the_unlock_window_starts_without_the_database_printing_or_worksheets() -> None:
    # What the unlock window imports is what every start waits for (the cold-start
    # benchmark): the vault's driver, ReportLab, the worksheet definitions and the error
    # catalog load once a vault is open or an error is shown.
    code = (
        "import sys\n"
        "import counselor_desk.ui.main_window\n"
        "heavy = ('sqlcipher3', 'reportlab', 'argon2', 'zxcvbn', 'pypdf',\n"
        "         'counselor_desk.vault.store', 'counselor_desk.domain.worksheets',\n"
        "         'counselor_desk.ui.error_text', 'counselor_desk.services')\n"
        "print([m for m in sys.modules if m.startswith(heavy)])\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert result.stdout.strip() == "[]"
