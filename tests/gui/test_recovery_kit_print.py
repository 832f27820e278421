"""The recovery kit, printed from memory: offered beside the key when a vault is created,
and again from Settings only after the passphrase is typed once more (checked off the UI
thread, writing nothing: a wrong one changes neither keys.json nor the audit log). The
built PDF holds every group of the vault's key with its checksum group; the audit row
written when the sheet leaves names no part of the key. Fictional data only."""

from __future__ import annotations

import re
import threading
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from counselor_desk.domain.errors import WrongPassphrase
from counselor_desk.domain.recovery import format_recovery_key
from counselor_desk.ui.create_vault import RECOVERY_KIT_PRINTED, CreateVaultDialog
from counselor_desk.ui.print_preview import PrintPreviewDialog, SaveChoice, SavePdfDialog
from counselor_desk.ui.settings_dialog import (
    ConfirmPassphraseDialog,
    SettingsDialog,
    check_passphrase_opens,
)
from counselor_desk.ui.ui_settings import PRINT_QUEUE_WARNED
from counselor_desk.vault.locations import keys_path
from counselor_desk.vault.store import Vault

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

WAIT = 10000
STRONG = "juniper  falcon  quarry  nebula"
SHOTS = Path("/tmp/shots")


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)


def _no_progress(_done: int, _total: int) -> None:
    return None


def _never() -> bool:
    return False


def _audit(vault: Vault) -> list[Any]:
    return vault.audit.entries(vault.conn)


def _key_text(vault: Vault) -> str:
    key = vault.key_copy()
    try:
        return format_recovery_key(key)
    finally:
        key[:] = bytes(len(key))


def _assert_no_key_in(entries: list[Any], key_text: str) -> None:
    digits = key_text.replace("-", "")
    for entry in entries:
        said = f"{entry.subject or ''} {entry.detail or ''} {entry.actor or ''}"
        assert key_text not in said and digits[:16] not in said.replace("-", "")
        for group in key_text.split("-"):
            assert not re.search(rf"(?<![0-9a-f]){group}(?![0-9a-f])", entry.detail or "")


@pytest.fixture
def previews(monkeypatch) -> list[dict[str, Any]]:  # type: ignore[no-untyped-def]
    """Stand-in for the modal preview: records what it was asked to show."""
    calls: list[dict[str, Any]] = []

    def preview(cls, title, build, settings, parent=None, *, file_name=None, release=None):  # type: ignore[no-untyped-def]
        calls.append(
            {
                "title": title,
                "build": build,
                "settings": settings,
                "parent": parent,
                "file_name": file_name,
                "release": release,
            }
        )

    monkeypatch.setattr(PrintPreviewDialog, "preview", classmethod(preview))
    return calls


def _release(call: dict[str, Any], pdf: bytes, deliver: Any = None) -> list[object]:
    """Run the preview's release hook as the preview would; returns what it reported."""
    heard: list[object] = []
    call["release"](pdf, deliver, heard.append, heard.append)
    return heard


# -- when the vault is created -----------------------------------------------------------------


@pytest.fixture
def created(qtbot, vaults_root, cheap_kdf, ui_settings):  # type: ignore[no-untyped-def]
    dialog = CreateVaultDialog(vaults_root, kdf=cheap_kdf, settings=ui_settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name_edit, "A. Rivera")
    qtbot.keyClicks(dialog.fields.passphrase_edit, STRONG)
    qtbot.keyClicks(dialog.fields.confirm_edit, STRONG)
    qtbot.keyClick(dialog.fields.confirm_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.showing_key, timeout=WAIT)
    yield dialog
    if dialog.vault is not None and dialog.vault.is_open:
        dialog.vault.lock()


def test_creating_a_vault_offers_the_kit_and_it_holds_the_key_shown(
    qtbot, created, previews, ui_settings
) -> None:
    dialog = created
    vault = dialog.vault
    assert vault is not None
    button = dialog.print_kit_button
    assert button.isVisible() and button.isEnabled()
    assert button.accessibleName() == "Print the recovery kit"
    # Keyboard: the key, "I have written it down", then Print, then Finish.
    dialog.written_check.setFocus()
    qtbot.keyClick(dialog.written_check, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is button

    shown = re.findall(r"[0-9a-f]{4}", dialog.key_label.text())
    qtbot.keyClick(button, Qt.Key.Key_Space)
    (call,) = previews
    assert call["title"] == "Recovery kit" and "Rivera" not in call["title"]
    assert call["settings"] is ui_settings and call["parent"] is dialog
    pdf = call["build"](_no_progress, _never)
    text = _text(pdf)
    key_text = _key_text(vault)
    assert key_text.split("-") == shown  # the sheet's key is the one on screen
    for group in key_text.split("-"):
        assert group in text
    assert "17 · checksum" in text
    assert "A. Rivera" in text  # the vault's name
    assert "Store it locked away" in text
    assert len(PdfReader(BytesIO(pdf)).pages) == 1

    # The sheet leaves: one audit row naming the slot, never the key.
    before = len(_audit(vault))
    assert _release(call, pdf) == [None]
    entries = _audit(vault)
    assert len(entries) == before + 1
    row = entries[0]
    assert row.action == RECOVERY_KIT_PRINTED
    assert row.subject == vault.slot_id and row.detail == "print"
    _assert_no_key_in(entries, key_text)

    # A save that fails logs nothing.
    def fail(_pdf: bytes) -> None:
        raise OSError(28, "No space left on device")

    heard = _release(call, pdf, fail)
    assert len(heard) == 1 and isinstance(heard[0], OSError)
    assert len(_audit(vault)) == before + 1

    # Finishing drops the key the dialog kept for the kit.
    held = dialog._key
    assert held is not None and any(held)
    qtbot.keyClick(dialog.written_check, Qt.Key.Key_Space)
    qtbot.keyClick(dialog.written_check, Qt.Key.Key_Return)
    assert dialog.result() == CreateVaultDialog.DialogCode.Accepted
    assert dialog._key is None and not any(held)


def test_the_real_preview_shows_the_kit_and_saving_it_is_audited(
    qtbot, created, monkeypatch, tmp_path, ui_settings
) -> None:
    dialog = created
    vault = dialog.vault
    assert vault is not None
    opened: list[PrintPreviewDialog] = []

    def preview(cls, title, build, settings, parent=None, *, file_name=None, release=None):  # type: ignore[no-untyped-def]
        shown = cls(title, build, settings, parent, file_name=file_name, release=release)
        qtbot.addWidget(shown)
        opened.append(shown)
        with qtbot.waitSignal(shown.loaded, timeout=WAIT):
            shown.show()

    monkeypatch.setattr(PrintPreviewDialog, "preview", classmethod(preview))
    dialog.print_recovery_kit()
    (shown,) = opened
    assert shown.page_count == 1
    assert "Rivera" not in shown.windowTitle()
    SHOTS.mkdir(exist_ok=True)
    shown.grab()  # QPdfView renders on its own threads: ask, let them finish, then grab
    qtbot.wait(500)  # for the screenshot only; nothing below depends on it
    shown.grab().save(str(SHOTS / "recovery_kit_preview.png"))

    out = tmp_path / "kit.pdf"
    monkeypatch.setattr(SavePdfDialog, "ask", classmethod(lambda cls, p: SaveChoice(None)))
    monkeypatch.setattr(PrintPreviewDialog, "ask_save_path", classmethod(lambda cls, p, s: out))
    with qtbot.waitSignal(shown.saved, timeout=WAIT):
        shown.save_as_pdf()
    key_text = _key_text(vault)
    assert all(group in _text(out.read_bytes()) for group in key_text.split("-"))
    (row,) = [e for e in _audit(vault) if e.action == RECOVERY_KIT_PRINTED]
    assert row.detail == "pdf" and row.subject == vault.slot_id
    _assert_no_key_in(_audit(vault), key_text)
    assert not ui_settings.get(PRINT_QUEUE_WARNED)  # nothing was printed
    shown.reject()


# -- from Settings, after the passphrase once more ---------------------------------------------


@pytest.fixture
def settings_dialog(qtbot, workspace, ui_settings, cheap_kdf):  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(workspace, ui_settings, kdf=cheap_kdf)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _answer_with(qtbot, monkeypatch, passphrase: str, seen: list[ConfirmPassphraseDialog]) -> None:  # type: ignore[no-untyped-def]
    """Replace ConfirmPassphraseDialog.ask with one that types into the real dialog."""

    def ask(cls, parent, keyfile, slot_id):  # type: ignore[no-untyped-def]
        dialog = cls(keyfile, slot_id, parent)
        qtbot.addWidget(dialog)
        dialog.show()
        seen.append(dialog)
        qtbot.keyClicks(dialog.passphrase, passphrase)
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not dialog.checking, timeout=WAIT)
        if dialog.isVisible():  # refused: the counselor gives up
            assert dialog.problem.isVisible()
            dialog.reject()
        return dialog.confirmed

    monkeypatch.setattr(ConfirmPassphraseDialog, "ask", classmethod(ask))


def test_settings_refuses_a_wrong_passphrase_and_writes_nothing(
    qtbot, settings_dialog, open_vault, monkeypatch, previews
) -> None:
    keys_before = keys_path(open_vault.folder).read_bytes()
    audit_before = _audit(open_vault)
    seen: list[ConfirmPassphraseDialog] = []
    _answer_with(qtbot, monkeypatch, "not the passphrase at all", seen)
    settings_dialog.tabs.setCurrentIndex(2)
    assert settings_dialog.print_kit.isVisible()
    qtbot.mouseClick(settings_dialog.print_kit, Qt.MouseButton.LeftButton)
    (asked,) = seen
    assert asked.problem.text() == "That is not the passphrase you unlocked with."
    assert asked.windowTitle() == "Confirm your passphrase"
    assert previews == []  # no kit without the passphrase
    assert keys_path(open_vault.folder).read_bytes() == keys_before
    assert open_vault.keyfile.failed_unlocks.count == 0
    assert _audit(open_vault) == audit_before


def test_settings_prints_the_kit_after_the_right_passphrase(
    qtbot, settings_dialog, open_vault, passphrase, monkeypatch, previews, ui_settings
) -> None:
    keys_before = keys_path(open_vault.folder).read_bytes()
    audit_before = len(_audit(open_vault))
    seen: list[ConfirmPassphraseDialog] = []
    _answer_with(qtbot, monkeypatch, passphrase, seen)
    settings_dialog.tabs.setCurrentIndex(2)
    settings_dialog.print_kit.setFocus()
    qtbot.keyClick(settings_dialog.print_kit, Qt.Key.Key_Space)
    (asked,) = seen
    assert asked.confirmed and asked.passphrase.text() == ""  # nothing typed is kept
    (call,) = previews
    assert call["title"] == "Recovery kit" and call["settings"] is ui_settings
    assert keys_path(open_vault.folder).read_bytes() == keys_before  # the check wrote nothing
    assert len(_audit(open_vault)) == audit_before  # a preview is not a print

    pdf = call["build"](_no_progress, _never)
    text = _text(pdf)
    key_text = _key_text(open_vault)
    for group in key_text.split("-"):
        assert group in text
    assert open_vault.name in text

    assert _release(call, pdf) == [None]
    entries = _audit(open_vault)
    assert len(entries) == audit_before + 1
    assert entries[0].action == RECOVERY_KIT_PRINTED
    assert entries[0].subject == open_vault.slot_id
    _assert_no_key_in(entries, key_text)


def test_the_check_runs_off_the_ui_thread_with_a_busy_bar(
    qtbot, open_vault, passphrase, monkeypatch
) -> None:
    import counselor_desk.ui.settings_dialog as module

    ran_on: list[int] = []
    real = module.check_passphrase_opens

    def spy(*args: Any) -> None:
        ran_on.append(threading.get_ident())
        real(*args)

    monkeypatch.setattr(module, "check_passphrase_opens", spy)
    dialog = ConfirmPassphraseDialog(open_vault.keyfile, open_vault.slot_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ok.isEnabled()  # nothing typed yet
    qtbot.keyClicks(dialog.passphrase, passphrase)
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT):
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
        # The answer comes back as a queued signal: until events run, it is still checking.
        assert dialog.checking and dialog.busy.isVisibleTo(dialog)
        assert not dialog.passphrase.isEnabled() and not dialog.ok.isEnabled()
    assert ran_on and ran_on[0] != threading.get_ident()
    assert dialog.confirmed


def test_closing_while_checking_drops_the_answer(qtbot, open_vault, passphrase) -> None:
    dialog = ConfirmPassphraseDialog(open_vault.keyfile, open_vault.slot_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.passphrase, passphrase)
    dialog.accept()
    assert dialog.checking
    dialog.reject()  # Escape, or a lock
    qtbot.waitUntil(lambda: not dialog.checking, timeout=WAIT)
    assert not dialog.confirmed
    assert dialog.result() == ConfirmPassphraseDialog.DialogCode.Rejected


def test_the_passphrase_must_open_the_slot_that_unlocked(open_vault, passphrase, cheap_kdf) -> None:
    other = "saffron tundra beacon marble"
    open_vault.add_slot("J. Park, LCSW", other, kdf=cheap_kdf)
    keyfile, slot_id = open_vault.keyfile, open_vault.slot_id
    check_passphrase_opens(keyfile, slot_id, passphrase)
    with pytest.raises(WrongPassphrase):
        check_passphrase_opens(keyfile, slot_id, other)  # another slot's passphrase
    with pytest.raises(WrongPassphrase):
        check_passphrase_opens(keyfile, slot_id, passphrase + " ")
    # Unlocked with the recovery key (no slot): any slot's passphrase will do.
    check_passphrase_opens(keyfile, None, other)
    check_passphrase_opens(keyfile, None, passphrase)


def test_every_control_of_the_new_dialogs_is_named(
    qtbot, settings_dialog, open_vault, created
) -> None:
    from test_accessibility import unnamed

    confirm = ConfirmPassphraseDialog(open_vault.keyfile, open_vault.slot_id)
    qtbot.addWidget(confirm)
    widgets: list[QWidget] = [confirm, settings_dialog, created]
    for widget in widgets:
        assert unnamed(widget) == []
    SHOTS.mkdir(exist_ok=True)
    confirm.show()
    confirm.grab().save(str(SHOTS / "confirm_passphrase.png"))
    settings_dialog.tabs.setCurrentIndex(2)
    settings_dialog.grab().save(str(SHOTS / "settings_recovery_kit.png"))
    created.grab().save(str(SHOTS / "create_vault_key_page.png"))
