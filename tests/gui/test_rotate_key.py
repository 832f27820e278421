"""A new vault key from the window, through the real dialogs (cheap Argon2): Settings asks
what it does and for the passphrase again, the window locks, the vault is encrypted again
off the UI thread under a busy dialog that cannot be cancelled, the new recovery key is
shown once (with its recovery kit), and the unlock page returns. Afterwards the old
recovery key no longer opens the vault, the new one and the passphrase do, every note is
there, and the folder kept aside still opens with the old key. A wrong passphrase, a
vault in use and a damaged audit log each change nothing. Fictional data only."""

from __future__ import annotations

import re
import subprocess
import sys
import threading
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from test_accessibility import unnamed  # the window's own test of "every control is named"

import counselor_desk.services.rotation as rotation_service
from counselor_desk.domain.errors import WrongPassphrase
from counselor_desk.domain.recovery import format_recovery_key
from counselor_desk.domain.supervision import SlotRole
from counselor_desk.services.caseload import Caseload
from counselor_desk.ui import rotate_key as rotate_module
from counselor_desk.ui.ask import Ask
from counselor_desk.ui.create_vault import RECOVERY_KIT_PRINTED
from counselor_desk.ui.main_window import MainWindow
from counselor_desk.ui.print_preview import PrintPreviewDialog
from counselor_desk.ui.rotate_key import (
    NewRecoveryKeyDialog,
    RotateKeyDialog,
    RotateKeyFlow,
    RotateRequest,
)
from counselor_desk.ui.settings_dialog import SettingsDialog
from counselor_desk.vault.keyslots import KeyFile
from counselor_desk.vault.locations import keys_path
from counselor_desk.vault.rotation import ROTATE_ACTION
from counselor_desk.vault.store import (
    COUNSELOR_SLOT,
    Vault,
    unlock_with_passphrase,
    unlock_with_recovery_key,
)

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

WAIT = 20000
SUPERVISOR = "J. Park, LCSW"
SUPERVISOR_PASSPHRASE = "quartz pelican autumn ribbon"
SHOTS = Path("/tmp/shots")


def _key_text(vault: Vault) -> str:
    key = vault.key_copy()
    try:
        return format_recovery_key(key)
    finally:
        key[:] = bytes(len(key))


def _note_count(vault: Vault) -> int:
    return int(vault.conn.execute("SELECT count(*) FROM notes").fetchone()[0])


def _siblings(folder: Path) -> list[str]:
    """Folders a rotation leaves beside the vault (kept aside, or a staging copy)."""
    return sorted(p.name for p in folder.parent.iterdir() if p.name.startswith(folder.name + "."))


def _shot(widget: Any, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))


@pytest.fixture
def window(qtbot, vaults_root, ui_settings, cheap_kdf, open_vault, ids) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    window = MainWindow(vaults_root, ui_settings, kdf=cheap_kdf)
    qtbot.addWidget(window)
    window.show()
    window.open_vault(open_vault)
    yield window


@pytest.fixture
def flow(window, ui_settings, cheap_kdf) -> RotateKeyFlow:  # type: ignore[no-untyped-def]
    # What the integrator wires in MainWindow: the window's own lock, then the rotation.
    return RotateKeyFlow(lambda: window.lock("rotate"), window, settings=ui_settings, kdf=cheap_kdf)


@pytest.fixture
def settings_dialog(qtbot, window, ui_settings, cheap_kdf, flow) -> SettingsDialog:  # type: ignore[no-untyped-def]
    assert window.workspace is not None
    dialog = SettingsDialog(
        window.workspace, ui_settings, window, kdf=cheap_kdf, rotate_key=flow.start
    )
    dialog.show()
    dialog.tabs.setCurrentIndex(2)
    return dialog


@pytest.fixture
def told(monkeypatch) -> dict[str, list[tuple[str, ...]]]:  # type: ignore[no-untyped-def]
    """Ask.confirm answers yes; every question and warning is recorded."""
    said: dict[str, list[tuple[str, ...]]] = {"confirm": [], "warn": []}

    def confirm(cls, parent, title, text, detail=""):  # type: ignore[no-untyped-def]
        said["confirm"].append((title, text, detail))
        return True

    def warn(cls, parent, title, text):  # type: ignore[no-untyped-def]
        said["warn"].append((title, text))

    monkeypatch.setattr(Ask, "confirm", classmethod(confirm))
    monkeypatch.setattr(Ask, "warn", classmethod(warn))
    return said


@pytest.fixture
def previews(monkeypatch) -> list[dict[str, Any]]:  # type: ignore[no-untyped-def]
    calls: list[dict[str, Any]] = []

    def preview(cls, title, build, settings, parent=None, *, file_name=None, release=None):  # type: ignore[no-untyped-def]
        calls.append({"title": title, "build": build, "parent": parent, "release": release})

    monkeypatch.setattr(PrintPreviewDialog, "preview", classmethod(preview))
    return calls


def _type_in_rotate_dialog(qtbot, monkeypatch, typed: str, seen: dict[str, Any]) -> None:  # type: ignore[no-untyped-def]
    """Replace RotateKeyDialog.ask with the real dialog driven by the keyboard: the
    passphrase, Enter, and (when it is refused) Escape."""

    def ask(cls, parent, keyfile, slot_id, folder):  # type: ignore[no-untyped-def]
        dialog = cls(keyfile, slot_id, folder, parent)
        dialog.show()
        seen["slots_text"] = dialog.slots_text.text()
        seen["texts"] = " ".join(
            label.text() for label in (dialog.when_text, dialog.what_text, dialog.aside_text)
        )
        seen["unnamed"] = unnamed(dialog)
        assert dialog.focusWidget() is dialog.passphrase or not dialog.isActiveWindow()
        qtbot.keyClicks(dialog.passphrase, typed)
        _shot(dialog, "rotate-key-ask")
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not dialog.checking, timeout=WAIT)
        seen["problem"] = dialog.problem.text() if dialog.problem.isVisible() else ""
        seen["still_typed"] = dialog.passphrase.text()
        if dialog.isVisible():  # refused: the counselor gives up with Escape
            qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Escape)
        assert not dialog.isVisible()
        assert dialog.passphrase.text() == ""  # closing forgets what was typed
        request = dialog.request
        dialog.deleteLater()
        return request

    monkeypatch.setattr(RotateKeyDialog, "ask", classmethod(ask))


def _read_new_key(qtbot, monkeypatch, window, seen: dict[str, Any]) -> None:  # type: ignore[no-untyped-def]
    """Replace NewRecoveryKeyDialog.ask with the real dialog: read the key shown, print
    the kit, tick "I have written it down" and finish, by keyboard."""

    def ask(cls, parent, rotation, vault, settings):  # type: ignore[no-untyped-def]
        dialog = cls(rotation, vault, settings, parent)
        dialog.show()
        seen["rotation"] = rotation
        seen["shown"] = dialog.key_label.text()
        seen["aside_text"] = dialog.aside_text.text()
        seen["dropped_text"] = dialog.dropped_text.text() if dialog.dropped_text.isVisible() else ""
        seen["unnamed"] = unnamed(dialog)
        seen["locked_meanwhile"] = window.workspace is None and (
            window.stack.currentWidget() is window.unlock_page
        )
        _shot(dialog, "rotate-key-new-key")
        # Shown once: Escape does not close it, Finish waits for the tick.
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        seen["escape_kept_it"] = dialog.isVisible()
        seen["finish_before_tick"] = dialog.finish_button.isEnabled()
        dialog.print_kit_button.setFocus()
        qtbot.keyClick(dialog.print_kit_button, Qt.Key.Key_Space)
        seen["vault"] = vault
        dialog.written_check.setFocus()
        qtbot.keyClick(dialog.written_check, Qt.Key.Key_Space)
        qtbot.keyClick(dialog.written_check, Qt.Key.Key_Tab)
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        assert dialog.focusWidget() is dialog.finish_button
        qtbot.keyClick(dialog.finish_button, Qt.Key.Key_Space)
        assert not dialog.isVisible()
        assert dialog.key_label.text() == ""  # gone from the widget once closed
        dialog.deleteLater()

    monkeypatch.setattr(NewRecoveryKeyDialog, "ask", classmethod(ask))


def test_a_new_vault_key_from_settings(
    qtbot, monkeypatch, window, open_vault, ids, flow, settings_dialog, told, previews, passphrase
) -> None:  # type: ignore[no-untyped-def]
    folder = open_vault.folder
    open_vault.add_slot(
        SUPERVISOR, SUPERVISOR_PASSPHRASE, kdf=settings_dialog._kdf, role=SlotRole.SUPERVISOR
    )
    old_key = _key_text(open_vault)
    notes = _note_count(open_vault)
    assert notes >= 1

    asked: dict[str, Any] = {}
    shown: dict[str, Any] = {}
    _type_in_rotate_dialog(qtbot, monkeypatch, passphrase, asked)
    _read_new_key(qtbot, monkeypatch, window, shown)
    # Hold the rotation until the busy dialog has been looked at (no timing involved).
    gate = threading.Event()
    real_rotate = rotation_service.rotate

    def gated(*args: Any, **kwargs: Any) -> Any:
        assert gate.wait(timeout=60)
        return real_rotate(*args, **kwargs)

    monkeypatch.setattr(rotation_service, "rotate", gated)

    button = settings_dialog.new_vault_key
    assert button.isVisible() and button.accessibleName() == "Make a new vault key"
    assert unnamed(settings_dialog) == []
    _shot(settings_dialog, "rotate-key-settings")
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)

    # What the counselor read before typing: when, what, the folder kept aside, the slot.
    assert asked["problem"] == "" and asked["unnamed"] == []
    assert "recovery sheet is lost" in asked["texts"]
    assert "cannot be cancelled" in asked["texts"]
    assert f"{folder.name}.pre-rotation-" in asked["texts"]
    assert "old recovery key" in asked["texts"]
    assert SUPERVISOR in asked["slots_text"]
    ((title, question, detail),) = told["confirm"]
    assert title == "Make a new vault key" and "Lock the vault" in question
    assert SUPERVISOR in detail and "cannot be cancelled" in detail

    # The window locked before anything else: the settings dialog is closed, the desk gone.
    assert window.workspace is None and not open_vault.is_open
    assert not settings_dialog.isVisible()
    progress = flow.progress
    assert progress is not None and flow.running
    qtbot.waitUntil(progress.isVisible, timeout=WAIT)
    assert unnamed(progress) == []
    assert "cannot be cancelled" in progress.note.text()
    _shot(progress, "rotate-key-busy")
    qtbot.keyClick(progress, Qt.Key.Key_Escape)
    progress.close()
    assert progress.isVisible()  # no cancel once the swap may start

    with qtbot.waitSignal(flow.finished, timeout=WAIT) as finished:
        gate.set()
    assert not flow.running and flow.progress is None

    # The new key was shown once, in 17 groups, while the window stayed locked.
    rotation = shown["rotation"]
    groups = re.findall(r"[0-9a-f]{4}", shown["shown"])
    assert len(groups) == 17
    new_key = "-".join(groups)
    assert new_key == format_recovery_key(rotation.new_key) and new_key != old_key
    assert shown["locked_meanwhile"] and shown["escape_kept_it"]
    assert not shown["finish_before_tick"] and shown["unnamed"] == []
    assert str(rotation.aside) in shown["aside_text"]
    assert SUPERVISOR in shown["dropped_text"]
    assert rotation.dropped_slots == (SUPERVISOR,)

    # The recovery kit of the NEW key, with its audit row in the new vault.
    (call,) = previews
    assert call["title"] == "Recovery kit"
    held = shown["vault"]
    assert held is not None and not held.is_open  # locked when the key dialog closed
    # The unlock page is back, saying what happened.
    assert window.stack.currentWidget() is window.unlock_page
    assert "new recovery key" in finished.args[0]

    # The new key and the same passphrase open it; every note is there.
    vault = unlock_with_recovery_key(folder, new_key)
    try:
        assert _note_count(vault) == notes
        note = Caseload(vault).note(ids["note"])
        assert note.sections["data"] == "Talked about cravings after work"
        actions = [e.action for e in vault.audit.entries(vault.conn)]
        assert ROTATE_ACTION in actions
        assert [s.label for s in vault.keyfile.slots] == [COUNSELOR_SLOT]
        assert vault.audit.verify(vault.conn, vault.keyfile.audit_anchor) is None
    finally:
        vault.lock()
    vault = unlock_with_passphrase(folder, passphrase)
    vault.lock()
    assert rotation.backup.is_file()

    # The folder kept aside still opens with the old key and the old passphrase.
    aside = rotation.aside
    assert aside.is_dir() and aside.name.startswith(f"{folder.name}.pre-rotation-")
    old = unlock_with_recovery_key(aside, old_key)
    try:
        assert _note_count(old) == notes
    finally:
        old.lock()
    unlock_with_passphrase(aside, SUPERVISOR_PASSPHRASE).lock()

    # The old recovery key no longer opens the vault (last: a failure slows the next try).
    with pytest.raises(WrongPassphrase):
        unlock_with_recovery_key(folder, old_key)
    with pytest.raises(WrongPassphrase):
        unlock_with_passphrase(folder, SUPERVISOR_PASSPHRASE)


def test_the_kit_printed_from_the_new_key_dialog_is_audited_in_the_new_vault(
    qtbot, monkeypatch, window, open_vault, flow, settings_dialog, told, previews, passphrase
) -> None:  # type: ignore[no-untyped-def]
    folder = open_vault.folder
    released: list[object] = []

    def ask(cls, parent, rotation, vault, settings):  # type: ignore[no-untyped-def]
        dialog = cls(rotation, vault, settings, parent)
        dialog.show()
        qtbot.mouseClick(dialog.print_kit_button, Qt.MouseButton.LeftButton)
        (call,) = previews
        pdf = call["build"](lambda _d, _t: None, lambda: False)
        call["release"](pdf, None, released.append, released.append)
        qtbot.mouseClick(dialog.written_check, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.finish_button, Qt.MouseButton.LeftButton)
        dialog.deleteLater()

    monkeypatch.setattr(NewRecoveryKeyDialog, "ask", classmethod(ask))
    _type_in_rotate_dialog(qtbot, monkeypatch, passphrase, {})
    with qtbot.waitSignal(flow.finished, timeout=WAIT):
        qtbot.mouseClick(settings_dialog.new_vault_key, Qt.MouseButton.LeftButton)
    assert released == [None]  # printed, no error
    vault = unlock_with_passphrase(folder, passphrase)
    try:
        actions = [e.action for e in vault.audit.entries(vault.conn)]
        # Newest first: the kit's row comes after the rotation, in the new vault.
        assert RECOVERY_KIT_PRINTED in actions[: actions.index(ROTATE_ACTION)]
    finally:
        vault.lock()


def test_a_wrong_passphrase_refuses_and_changes_nothing(
    qtbot, monkeypatch, window, open_vault, settings_dialog, told, passphrase
) -> None:  # type: ignore[no-untyped-def]
    folder = open_vault.folder
    keys_before = keys_path(folder).read_bytes()

    # The window's daily backup may add its own row meanwhile (after unlock, on its own
    # thread): the rotation's rows are the ones that must not appear.
    def rotation_rows() -> list[str]:
        return [e.action for e in open_vault.audit.entries(open_vault.conn) if e.action != "backup"]

    audit_before = rotation_rows()
    seen: dict[str, Any] = {}
    _type_in_rotate_dialog(qtbot, monkeypatch, "not the right words at all", seen)

    qtbot.mouseClick(settings_dialog.new_vault_key, Qt.MouseButton.LeftButton)

    assert seen["problem"] == "That is not the passphrase you unlocked with; nothing changed."
    assert seen["still_typed"] == "not the right words at all"  # kept to fix, until closed
    assert told["confirm"] == []
    assert window.workspace is not None and open_vault.is_open  # never locked
    assert settings_dialog.isVisible()
    assert keys_path(folder).read_bytes() == keys_before
    assert rotation_rows() == audit_before
    assert _siblings(folder) == []


def test_cancelling_at_the_confirmation_changes_nothing(
    qtbot, monkeypatch, window, open_vault, settings_dialog, passphrase
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(Ask, "confirm", classmethod(lambda cls, *a, **k: False))
    keys_before = keys_path(open_vault.folder).read_bytes()
    seen: dict[str, Any] = {}

    def ask(cls, parent, keyfile, slot_id, folder):  # type: ignore[no-untyped-def]
        dialog = cls(keyfile, slot_id, folder, parent)
        dialog.show()
        qtbot.keyClicks(dialog.passphrase, passphrase)
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not dialog.checking, timeout=WAIT)
        seen["open_after_no"] = dialog.isVisible()
        dialog.reject()
        dialog.deleteLater()
        return dialog.request

    monkeypatch.setattr(RotateKeyDialog, "ask", classmethod(ask))
    qtbot.mouseClick(settings_dialog.new_vault_key, Qt.MouseButton.LeftButton)
    assert seen["open_after_no"]  # "no" goes back to the dialog, not on
    assert window.workspace is not None and open_vault.is_open
    assert keys_path(open_vault.folder).read_bytes() == keys_before
    assert _siblings(open_vault.folder) == []


def test_a_vault_still_in_use_is_refused_in_one_sentence_and_unchanged(
    qtbot, window, open_vault, ui_settings, cheap_kdf, told, passphrase
) -> None:  # type: ignore[no-untyped-def]
    # A window that forgot to lock: the vault's lock file is still held.
    flow = RotateKeyFlow(lambda: None, window, settings=ui_settings, kdf=cheap_kdf)
    keys_before = keys_path(open_vault.folder).read_bytes()
    request = RotateRequest(open_vault.folder, passphrase, COUNSELOR_SLOT, ())
    assert passphrase not in repr(request)
    with qtbot.waitSignal(flow.failed, timeout=WAIT) as failed:
        flow.start(request)
    ((title, text),) = told["warn"]
    assert title == "The vault key was not changed"
    assert text == failed.args[0]
    assert "open in another window" in text and text.count(". ") == 0
    assert not flow.running and flow.progress is None
    assert open_vault.is_open and _note_count(open_vault) >= 1
    assert keys_path(open_vault.folder).read_bytes() == keys_before
    assert _siblings(open_vault.folder) == []


def test_a_damaged_audit_log_is_refused_and_nothing_changes(
    qtbot, window, open_vault, flow, told, passphrase
) -> None:  # type: ignore[no-untyped-def]
    folder = open_vault.folder
    conn = open_vault.conn
    conn.execute("DROP TRIGGER audit_log_append_only_update")
    conn.execute("UPDATE audit_log SET detail = 'edited' WHERE seq = 1")
    conn.commit()
    old_key = _key_text(open_vault)
    before = KeyFile.load(keys_path(folder))
    with qtbot.waitSignal(flow.finished, timeout=WAIT) as finished:
        flow.start(RotateRequest(folder, passphrase, COUNSELOR_SLOT, ()))
    ((_title, text),) = told["warn"]
    assert "audit log is broken" in text and "not rotated" in text
    assert "not changed" in finished.args[0]
    assert window.workspace is None  # it had locked; the unlock page is back
    assert _siblings(folder) == []  # no staging copy left, nothing set aside
    after = KeyFile.load(keys_path(folder))
    assert after.key_check == before.key_check and after.slots == before.slots
    unlock_with_recovery_key(folder, old_key).lock()  # the old key still opens it


def test_settings_offers_it_only_when_the_window_can_rotate(
    qtbot, workspace, ui_settings, cheap_kdf
) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(workspace, ui_settings, kdf=cheap_kdf)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(2)
    assert not dialog.new_vault_key.isVisible()
    assert unnamed(dialog) == []


def test_the_dialogs_strings_go_through_tr(tmp_path: Path) -> None:
    """lupdate finds the dialogs' words in rotate_key.py (so Spanish can follow)."""
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    out = tmp_path / "rotate.ts"
    subprocess.run(
        [str(tool), "-silent", rotate_module.__file__, "-ts", str(out)], check=True, timeout=120
    )
    root = ET.parse(out).getroot()
    found = {
        (c.findtext("name"), m.findtext("source"))
        for c in root.iter("context")
        for m in c.iter("message")
    }
    for context, source in [
        ("RotateKeyDialog", "Make a new vault key"),
        ("RotateKeyDialog", "Lock the vault and make a new vault key now?"),
        ("RotationProgressDialog", "Making a new vault key"),
        ("NewRecoveryKeyDialog", "Your new recovery key"),
        ("NewRecoveryKeyDialog", "I have &written it down"),
        ("RotateKeyFlow", "The vault key was not changed"),
    ]:
        assert (context, source) in found, (context, source)


def test_unlocked_with_the_recovery_key_the_passphrase_typed_picks_the_slot_kept(
    open_vault, cheap_kdf, passphrase
) -> None:
    open_vault.add_slot(SUPERVISOR, SUPERVISOR_PASSPHRASE, kdf=cheap_kdf, role=SlotRole.SUPERVISOR)
    keyfile = open_vault.keyfile
    assert rotate_module.slot_opened_by(keyfile, None, SUPERVISOR_PASSPHRASE).label == SUPERVISOR
    assert rotate_module.slot_opened_by(keyfile, None, passphrase).label == COUNSELOR_SLOT
    # Unlocked with a slot: only that slot's passphrase will do.
    with pytest.raises(WrongPassphrase):
        rotate_module.slot_opened_by(keyfile, open_vault.slot_id, SUPERVISOR_PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        rotate_module.slot_opened_by(keyfile, None, "not the right words at all")
