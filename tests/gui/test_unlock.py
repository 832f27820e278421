"""First run and unlock: real vaults in tmp_path (cheap Argon2), driven by keyboard and mouse."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QWidget,
)

from counselor_desk.domain.recovery import format_recovery_key
from counselor_desk.services.caseload import Caseload
from counselor_desk.ui.ask import Ask
from counselor_desk.ui.create_vault import CreateVaultDialog, NewPassphraseDialog
from counselor_desk.ui.ui_settings import LAST_VAULT
from counselor_desk.ui.unlock_page import UnlockPage
from counselor_desk.vault.keyslots import KdfParams
from counselor_desk.vault.store import Vault, create_vault, unlock_with_passphrase

# Qt's offscreen platform says this whenever a top-level window is shown; it is not ours.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

STRONG = "lantern-quarry-velvet-thimble"
WAIT = 5000


@pytest.fixture
def opened() -> Iterator[list[Vault]]:
    """Vaults the tests open; locked at the end so no lock file stays held."""
    vaults: list[Vault] = []
    yield vaults
    for vault in vaults:
        vault.lock()


def make_locked(root: Path, folder: str, name: str, passphrase: str, kdf: KdfParams) -> str:
    """A locked vault; returns its recovery key as shown at creation."""
    created = create_vault(root / folder, name, passphrase, kdf=kdf, check_strength=False)
    created.vault.lock()
    return format_recovery_key(created.recovery_key)


@pytest.fixture
def rivera_key(vaults_root: Path, passphrase: str, cheap_kdf: KdfParams) -> str:
    return make_locked(vaults_root, "rivera", "A. Rivera", passphrase, cheap_kdf)


@pytest.fixture
def page(qtbot, vaults_root, ui_settings, cheap_kdf, rivera_key) -> UnlockPage:  # type: ignore[no-untyped-def]
    widget = UnlockPage(vaults_root, ui_settings, kdf=cheap_kdf)
    qtbot.addWidget(widget)
    widget.resize(700, 560)
    widget.show()
    return widget


def list_texts(page: UnlockPage) -> list[str]:
    return [page.vault_list.item(row).text() for row in range(page.vault_list.count())]


def wait_for_message(qtbot, page: UnlockPage) -> str:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: page.message_label.text() != "" and page._task is None, timeout=WAIT)
    return page.message_label.text()


# -- the list ---------------------------------------------------------------------------------


def test_the_list_shows_vault_names_and_preselects_the_last_used(
    qtbot, vaults_root, ui_settings, passphrase, cheap_kdf, rivera_key
) -> None:
    make_locked(vaults_root, "chen", "B. Chen", passphrase, cheap_kdf)
    make_locked(vaults_root, "broken", "C. Broken", passphrase, cheap_kdf)
    (vaults_root / "broken" / "keys.json").write_text("{not json")
    ui_settings.set(LAST_VAULT, str(vaults_root / "chen"))

    page = UnlockPage(vaults_root, ui_settings, kdf=cheap_kdf)
    qtbot.addWidget(page)

    # Names from keys.json; a damaged keys.json falls back to the folder name.
    assert list_texts(page) == ["A. Rivera", "B. Chen", "broken"]
    assert page.vault_list.currentItem().text() == "B. Chen"
    assert page.selected_folder() == vaults_root / "chen"
    assert not page.unlock_box.isHidden()


def test_with_no_vault_the_page_leads_with_create_and_demo(
    qtbot, tmp_path, ui_settings, cheap_kdf
) -> None:
    page = UnlockPage(tmp_path / "nothing-here", ui_settings, kdf=cheap_kdf)
    qtbot.addWidget(page)
    page.show()
    assert page.unlock_box.isHidden()
    assert not page.create_button.isHidden() and not page.demo_button.isHidden()
    assert "no vault" in page.subtitle.text()
    assert page.focusWidget() is page.create_button


def test_open_a_vault_folder_adds_it_and_selects_it(
    qtbot, page, tmp_path, monkeypatch, passphrase, cheap_kdf
) -> None:
    elsewhere = tmp_path / "usb"
    elsewhere.mkdir()
    make_locked(elsewhere, "kim", "D. Kim", passphrase, cheap_kdf)
    monkeypatch.setattr(Ask, "folder", classmethod(lambda cls, *a, **k: elsewhere / "kim"))
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert list_texts(page) == ["A. Rivera", "D. Kim"]
    assert page.selected_folder() == elsewhere / "kim"

    monkeypatch.setattr(Ask, "folder", classmethod(lambda cls, *a, **k: tmp_path))
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert "no vault" in page.other_message.text()


# -- unlocking --------------------------------------------------------------------------------


def test_the_right_passphrase_unlocks_clears_the_field_and_remembers_the_vault(
    qtbot, page, passphrase, ui_settings, vaults_root, opened
) -> None:
    qtbot.keyClicks(page.secret_edit, passphrase)
    with qtbot.waitSignal(page.unlocked, timeout=WAIT) as blocker:
        qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
        assert page.secret_edit.text() == ""  # no secret kept in a widget
    vault = blocker.args[0]
    opened.append(vault)
    assert vault.is_open and vault.name == "A. Rivera"
    assert ui_settings.get(LAST_VAULT) == str(vaults_root / "rivera")
    assert page.busy_bar.isHidden() and page.unlock_button.isEnabled()


def test_keyboard_only_type_the_passphrase_and_press_enter(qtbot, page, passphrase, opened) -> None:
    assert page.focusWidget() is page.secret_edit  # the field has focus when the page shows
    assert page.secret_edit.echoMode() == QLineEdit.EchoMode.Password
    qtbot.keyClicks(page.focusWidget(), passphrase)
    with qtbot.waitSignal(page.unlocked, timeout=WAIT) as blocker:
        qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Return)
    opened.append(blocker.args[0])
    assert blocker.args[0].is_open


def test_a_wrong_passphrase_says_so_and_does_not_unlock(qtbot, page) -> None:
    emitted: list[object] = []
    page.unlocked.connect(emitted.append)
    qtbot.keyClicks(page.secret_edit, "not the passphrase")
    qtbot.keyClick(page.secret_edit, Qt.Key.Key_Return)
    assert page.secret_edit.text() == ""
    assert not page.secret_edit.isEnabled()  # the form waits while Argon2 runs
    assert wait_for_message(qtbot, page) == "That passphrase does not open this vault; try again."
    assert emitted == []
    assert page.secret_edit.isEnabled() and page.unlock_button.isEnabled()


def test_repeated_wrong_tries_make_the_next_one_wait_with_a_countdown(qtbot, page) -> None:
    for _ in range(3):
        qtbot.keyClicks(page.secret_edit, "wrong guess")
        qtbot.keyClick(page.secret_edit, Qt.Key.Key_Return)
        assert "does not open" in wait_for_message(qtbot, page)
    qtbot.keyClicks(page.secret_edit, "wrong guess")
    qtbot.keyClick(page.secret_edit, Qt.Key.Key_Return)
    message = wait_for_message(qtbot, page)
    assert re.search(r"try again in \d+ second", message)
    assert not page.unlock_button.isEnabled()
    qtbot.waitUntil(page.unlock_button.isEnabled, timeout=4000)  # the wait is 2 s
    assert page.message_label.isHidden()


def test_the_recovery_key_unlocks(qtbot, page, rivera_key, opened) -> None:
    qtbot.mouseClick(page.recovery_toggle, Qt.MouseButton.LeftButton)
    assert page.recovery_toggle.isChecked()
    assert page.secret_edit.accessibleName() == "Recovery key"
    assert page.secret_edit.echoMode() == QLineEdit.EchoMode.Normal
    qtbot.keyClicks(page.secret_edit, rivera_key)
    with qtbot.waitSignal(page.unlocked, timeout=WAIT) as blocker:
        qtbot.keyClick(page.secret_edit, Qt.Key.Key_Return)
    vault = blocker.args[0]
    opened.append(vault)
    assert vault.is_open and vault.slot_id is None  # opened by the recovery key
    assert page.secret_edit.text() == ""


def test_a_mistyped_recovery_key_names_the_group_and_keeps_the_text(
    qtbot, page, rivera_key
) -> None:
    groups = rivera_key.split("-")
    # One mistyped digit: the checksum locates it.
    groups[4] = ("1" if groups[4][0] != "1" else "2") + groups[4][1:]
    typo = "-".join(groups)
    emitted: list[object] = []
    page.unlocked.connect(emitted.append)
    page.recovery_toggle.setChecked(True)
    qtbot.keyClicks(page.secret_edit, typo)
    qtbot.keyClick(page.secret_edit, Qt.Key.Key_Return)
    assert "Group 5" in page.message_label.text()
    assert page.secret_edit.text() == typo  # fix one group, not retype 68 digits
    assert page.secret_edit.selectedText() == groups[4]
    assert emitted == []


def test_switching_to_the_recovery_key_never_shows_a_typed_passphrase(qtbot, page) -> None:
    qtbot.keyClicks(page.secret_edit, "half a passphr")
    qtbot.keyClick(page.recovery_toggle, Qt.Key.Key_Space)
    assert page.recovery_toggle.isChecked()
    assert page.secret_edit.text() == ""


def test_a_vault_open_elsewhere_is_named_as_in_use(
    qtbot, ui_settings, cheap_kdf, open_vault, vaults_root, passphrase
) -> None:
    page = UnlockPage(vaults_root, ui_settings, kdf=cheap_kdf)
    qtbot.addWidget(page)
    qtbot.keyClicks(page.secret_edit, passphrase)
    qtbot.keyClick(page.secret_edit, Qt.Key.Key_Return)
    assert "open in another window" in wait_for_message(qtbot, page)


def test_a_damaged_database_points_to_the_newest_backup(
    qtbot, page, passphrase, vaults_root
) -> None:
    db = vaults_root / "rivera" / "vault.db"
    db.write_bytes(b"\x00" * db.stat().st_size)
    qtbot.keyClicks(page.secret_edit, passphrase)
    qtbot.keyClick(page.secret_edit, Qt.Key.Key_Return)
    message = wait_for_message(qtbot, page)
    assert "damaged" in message and "backup" in message


def test_a_missing_keys_file_is_rebuilt_with_the_recovery_key_and_a_new_passphrase(
    qtbot, page, rivera_key, vaults_root, monkeypatch, opened, passphrase
) -> None:
    (vaults_root / "rivera" / "keys.json").unlink()
    page.refresh()
    assert list_texts(page) == ["rivera"]
    asked: list[str] = []

    def new_passphrase(cls, parent, vault_name):  # type: ignore[no-untyped-def]
        asked.append(vault_name)
        return STRONG

    monkeypatch.setattr(NewPassphraseDialog, "ask", classmethod(new_passphrase))
    # The passphrase cannot work without keys.json: the page turns to the recovery key.
    qtbot.keyClicks(page.secret_edit, passphrase)
    qtbot.keyClick(page.secret_edit, Qt.Key.Key_Return)
    assert "recovery key" in wait_for_message(qtbot, page)
    assert page.recovery_toggle.isChecked()
    qtbot.keyClicks(page.secret_edit, rivera_key)
    with qtbot.waitSignal(page.unlocked, timeout=WAIT) as blocker:
        qtbot.keyClick(page.secret_edit, Qt.Key.Key_Return)
    assert asked == ["rivera"]
    vault = blocker.args[0]
    vault.lock()
    # The rebuilt keys.json opens with the new passphrase.
    opened.append(unlock_with_passphrase(vaults_root / "rivera", STRONG))


# -- creating ---------------------------------------------------------------------------------


@pytest.fixture
def dialog(qtbot, vaults_root, cheap_kdf, opened) -> Iterator[CreateVaultDialog]:  # type: ignore[no-untyped-def]
    widget = CreateVaultDialog(vaults_root, kdf=cheap_kdf)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    if widget.vault is not None:
        opened.append(widget.vault)


def fill(qtbot, dialog: CreateVaultDialog, name: str, first: str, second: str) -> None:  # type: ignore[no-untyped-def]
    dialog.name_edit.clear()
    dialog.fields.clear()
    qtbot.keyClicks(dialog.name_edit, name)
    qtbot.keyClicks(dialog.fields.passphrase_edit, first)
    qtbot.keyClicks(dialog.fields.confirm_edit, second)


def test_create_stays_disabled_for_a_weak_or_mismatched_passphrase(qtbot, dialog) -> None:
    fill(qtbot, dialog, "A. Rivera", "password123", "password123")
    assert not dialog.create_button.isEnabled()
    assert dialog.fields.strength_bar.value() <= 2
    assert dialog.fields.strength_label.text()  # live advice as you type

    fill(qtbot, dialog, "A. Rivera", STRONG, STRONG + "x")
    assert not dialog.create_button.isEnabled()
    assert "do not match" in dialog.fields.match_label.text()

    fill(qtbot, dialog, "", STRONG, STRONG)
    assert not dialog.create_button.isEnabled()  # the name is required

    fill(qtbot, dialog, "A. Rivera", STRONG, STRONG)
    assert dialog.create_button.isEnabled()
    assert dialog.fields.strength_bar.value() >= 3


def test_the_counselors_name_counts_against_the_passphrase(qtbot, dialog) -> None:
    fill(qtbot, dialog, "Alejandra Rivera", "alejandra rivera", "alejandra rivera")
    assert not dialog.create_button.isEnabled()


def test_suggest_one_fills_both_fields_with_an_acceptable_passphrase(qtbot, dialog) -> None:
    qtbot.keyClicks(dialog.name_edit, "A. Rivera")
    qtbot.mouseClick(dialog.fields.suggest_button, Qt.MouseButton.LeftButton)
    suggested = dialog.fields.passphrase_edit.text()
    assert suggested and suggested == dialog.fields.confirm_edit.text()
    assert dialog.fields.passphrase_edit.echoMode() == QLineEdit.EchoMode.Normal
    assert dialog.create_button.isEnabled()


def test_creating_shows_the_recovery_key_once_and_finish_needs_the_checkbox(
    qtbot, dialog, vaults_root
) -> None:
    (vaults_root / "a-rivera").mkdir()  # taken: the dialog picks a new folder
    fill(qtbot, dialog, "A. Rivera", STRONG, STRONG)
    qtbot.keyClick(dialog.fields.confirm_edit, Qt.Key.Key_Return)  # Enter creates
    qtbot.waitUntil(lambda: dialog.showing_key, timeout=WAIT)

    key_text = dialog.key_label.text()
    assert len(re.findall(r"\b[0-9a-f]{4}\b", key_text)) == 17
    assert dialog.fields.passphrase() == ""  # the passphrase is not kept in a widget
    assert not dialog.finish_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()  # no way past the key without saying it is written down

    # Keyboard only: Tab from the key to the checkbox, Space ticks it, Enter finishes.
    assert dialog.focusWidget() is dialog.key_label
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.written_check
    qtbot.keyClick(dialog.written_check, Qt.Key.Key_Space)
    assert dialog.finish_button.isEnabled()
    qtbot.keyClick(dialog.written_check, Qt.Key.Key_Return)
    assert dialog.result() == CreateVaultDialog.DialogCode.Accepted
    assert dialog.key_label.text() == ""  # shown once, then gone from the widget

    vault = dialog.vault
    assert vault is not None and vault.is_open and vault.name == "A. Rivera"
    assert vault.folder == vaults_root / "a-rivera-2"
    # What was shown is the key that opens the vault.
    digits = re.sub(r"\s|-", "", key_text)[:64]
    assert bytes.fromhex(digits) == bytes(vault.key_copy())


def test_the_demo_flow_fills_the_vault_with_the_fictional_caseload(
    qtbot, vaults_root, cheap_kdf, opened
) -> None:
    dialog = CreateVaultDialog(vaults_root, kdf=cheap_kdf, demo=True)
    qtbot.addWidget(dialog)
    assert dialog.name_edit.text() == "Demo"
    qtbot.keyClicks(dialog.fields.passphrase_edit, STRONG)
    qtbot.keyClicks(dialog.fields.confirm_edit, STRONG)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.showing_key, timeout=WAIT)
    assert dialog.vault is not None
    opened.append(dialog.vault)
    assert dialog.vault.folder == vaults_root / "demo"
    assert len(Caseload(dialog.vault).clients(include_archived=True)) == 12


def test_the_page_hands_over_a_vault_made_in_the_create_dialog(
    qtbot, page, monkeypatch, vaults_root, cheap_kdf, ui_settings, opened
) -> None:
    calls: list[bool] = []

    def fake_ask(cls, parent, root, kdf=None, demo=False, settings=None):  # type: ignore[no-untyped-def]
        calls.append(demo)
        folder = "demo" if demo else "new"
        vault = create_vault(root / folder, "Demo" if demo else "E. New", STRONG, kdf=kdf)
        opened.append(vault.vault)
        return vault.vault

    monkeypatch.setattr(CreateVaultDialog, "ask", classmethod(fake_ask))
    with qtbot.waitSignal(page.unlocked, timeout=WAIT) as blocker:
        qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].name == "E. New"
    assert "E. New" in list_texts(page)
    assert ui_settings.get(LAST_VAULT) == str(vaults_root / "new")

    with qtbot.waitSignal(page.unlocked, timeout=WAIT):
        qtbot.mouseClick(page.demo_button, Qt.MouseButton.LeftButton)
    assert calls == [False, True]

    # The demo vault exists now: the button selects it instead of making another.
    qtbot.mouseClick(page.demo_button, Qt.MouseButton.LeftButton)
    assert calls == [False, True]
    assert page.selected_folder() == vaults_root / "demo"


# -- accessibility ----------------------------------------------------------------------------


def unnamed_controls(root: QWidget) -> list[str]:
    controls = root.findChildren(QWidget)
    kinds = (QAbstractButton, QLineEdit, QListWidget, QProgressBar)
    return [
        f"{type(w).__name__} {getattr(w, 'text', lambda: '')()!r}"
        for w in controls
        if isinstance(w, kinds) and not w.accessibleName()
    ]


def test_every_control_has_an_accessible_name(qtbot, page, vaults_root, cheap_kdf) -> None:
    assert unnamed_controls(page) == []
    dialog = CreateVaultDialog(vaults_root, kdf=cheap_kdf)
    qtbot.addWidget(dialog)
    assert unnamed_controls(dialog) == []
    rebuild = NewPassphraseDialog("A. Rivera")
    qtbot.addWidget(rebuild)
    assert unnamed_controls(rebuild) == []
