"""Settings: auto-lock, signer, backup folder and backups, passphrase change, slots."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from counselor_desk.domain.errors import WrongPassphrase
from counselor_desk.domain.supervision import SlotRole
from counselor_desk.services.supervision import Supervision
from counselor_desk.ui.ask import Ask
from counselor_desk.ui.settings_dialog import AddSlotDialog, NewSlot, SettingsDialog
from counselor_desk.ui.ui_settings import AUTO_LOCK_MINUTES, SIGNER, UiSettings
from counselor_desk.vault.keyslots import KeyFile
from counselor_desk.vault.locations import keys_path

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

NEW_PASSPHRASE = "copper lantern meadow violin"
SUPERVISOR_PASSPHRASE = "quartz pelican autumn ribbon"


@pytest.fixture
def dialog(qtbot, workspace, ui_settings, cheap_kdf):  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(workspace, ui_settings, kdf=cheap_kdf)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _type_pair(qtbot, pair, first: str, second: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(pair.first, first)
    qtbot.keyClicks(pair.second, second)


def test_auto_lock_minutes_are_saved_and_announced(qtbot, dialog, ui_settings) -> None:
    dialog.tabs.setCurrentIndex(0)
    dialog.auto_lock.setFocus()
    dialog.auto_lock.selectAll()
    with qtbot.waitSignal(
        dialog.auto_lock_changed, timeout=1000, check_params_cb=lambda m: m == 15
    ):
        qtbot.keyClicks(dialog.auto_lock, "15")
    assert UiSettings(Path(ui_settings.file)).get(AUTO_LOCK_MINUTES) == 15

    dialog.auto_lock.selectAll()
    with qtbot.waitSignal(dialog.auto_lock_changed, timeout=1000) as never:
        qtbot.keyClicks(dialog.auto_lock, "0")
    assert never.args == [0]
    assert dialog.auto_lock.value() == 0 and dialog.auto_lock.specialValueText() == "Never"
    assert UiSettings(Path(ui_settings.file)).get(AUTO_LOCK_MINUTES) == 0


def test_enter_in_a_field_presses_no_button(qtbot, dialog, monkeypatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(Ask, "folder", classmethod(lambda cls, *a, **k: asked.append("folder")))
    qtbot.keyClicks(dialog.signer, "A. Rivera")
    qtbot.keyClick(dialog.signer, Qt.Key.Key_Return)
    dialog.tabs.setCurrentIndex(1)  # where Qt would have made "Choose…" the default
    qtbot.keyClick(dialog.backup_folder, Qt.Key.Key_Return)
    assert asked == [] and dialog.isVisible()


def test_signer_is_saved_when_the_dialog_closes(qtbot, dialog, ui_settings) -> None:
    qtbot.keyClicks(dialog.signer, "A. Rivera, LCADC")
    with qtbot.waitSignal(dialog.signer_changed, timeout=1000) as changed:
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert changed.args == ["A. Rivera, LCADC"]
    assert UiSettings(Path(ui_settings.file)).get(SIGNER) == "A. Rivera, LCADC"
    # It names the signer and the vault's folder: readable by this user only.
    assert Path(ui_settings.file).stat().st_mode & 0o777 == 0o600


def test_a_strong_matching_passphrase_changes_the_slot_and_warns_about_backups(
    qtbot, dialog, open_vault, passphrase, monkeypatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(
        Ask, "inform", classmethod(lambda cls, parent, title, text: told.append(text))
    )
    before = open_vault.keyfile.slots[0]
    dialog.tabs.setCurrentIndex(2)
    _type_pair(qtbot, dialog.new_passphrase, NEW_PASSPHRASE, NEW_PASSPHRASE)
    qtbot.waitUntil(dialog.change_passphrase.isEnabled, timeout=2000)
    qtbot.keyClick(dialog.new_passphrase.second, Qt.Key.Key_Return)

    after = open_vault.keyfile.slots[0]
    assert after.id == before.id and after.wrapped_key != before.wrapped_key
    on_disk = KeyFile.load(keys_path(open_vault.folder))
    _key, slot = on_disk.unwrap(NEW_PASSPHRASE)
    assert slot.id == before.id
    with pytest.raises(WrongPassphrase):
        on_disk.unwrap(passphrase)
    assert len(told) == 1 and "make a new vault key (Make a new vault key… below" in told[0]
    assert told[0].startswith("Existing backups still open with the old passphrase.")
    assert dialog.new_passphrase.text() == ""  # not left lying in the field
    assert not dialog.change_passphrase.isEnabled()


def test_a_weak_or_mismatched_passphrase_keeps_the_button_disabled(
    qtbot, dialog, open_vault
) -> None:
    before = open_vault.keyfile.slots[0].wrapped_key
    _type_pair(qtbot, dialog.new_passphrase, "password1234", "password1234")
    qtbot.waitUntil(lambda: dialog.new_passphrase.strength.text() != "", timeout=2000)
    assert dialog.new_passphrase.strength.text().startswith("Too easy to guess")
    assert not dialog.change_passphrase.isEnabled()
    qtbot.mouseClick(dialog.change_passphrase, Qt.MouseButton.LeftButton)
    assert open_vault.keyfile.slots[0].wrapped_key == before

    dialog.new_passphrase.clear()
    _type_pair(qtbot, dialog.new_passphrase, NEW_PASSPHRASE, NEW_PASSPHRASE + "x")
    qtbot.waitUntil(lambda: "differ" in dialog.new_passphrase.match.text(), timeout=2000)
    assert not dialog.change_passphrase.isEnabled()


def test_slots_are_added_and_removed_and_the_one_in_use_stays(
    qtbot, dialog, open_vault, monkeypatch
) -> None:
    monkeypatch.setattr(
        AddSlotDialog,
        "ask",
        classmethod(lambda cls, parent, name: NewSlot("supervisor", SUPERVISOR_PASSPHRASE)),
    )
    monkeypatch.setattr(Ask, "confirm", classmethod(lambda cls, *args: True))
    dialog.tabs.setCurrentIndex(3)
    assert dialog.slots.topLevelItemCount() == 1
    qtbot.mouseClick(dialog.add_slot, Qt.MouseButton.LeftButton)
    labels = [dialog.slots.topLevelItem(i).text(0) for i in range(dialog.slots.topLevelItemCount())]
    assert labels == ["counselor", "supervisor"]
    KeyFile.load(keys_path(open_vault.folder)).unwrap(SUPERVISOR_PASSPHRASE)

    # The slot in use cannot go: the service's own sentence is shown.
    dialog.slots.topLevelItem(0).setSelected(True)
    qtbot.mouseClick(dialog.remove_slot, Qt.MouseButton.LeftButton)
    assert dialog.slots_status.text() == "The slot you unlocked with cannot be removed now."
    assert len(open_vault.keyfile.slots) == 2

    dialog.slots.clearSelection()
    dialog.slots.topLevelItem(1).setSelected(True)
    qtbot.mouseClick(dialog.remove_slot, Qt.MouseButton.LeftButton)
    assert [s.label for s in open_vault.keyfile.slots] == ["counselor"]
    assert dialog.slots.topLevelItemCount() == 1
    with pytest.raises(WrongPassphrase):
        KeyFile.load(keys_path(open_vault.folder)).unwrap(SUPERVISOR_PASSPHRASE)


def test_a_refused_slot_says_why(qtbot, dialog, open_vault, monkeypatch) -> None:
    monkeypatch.setattr(
        AddSlotDialog, "ask", classmethod(lambda cls, parent, name: NewSlot("counselor", "x" * 80))
    )
    qtbot.mouseClick(dialog.add_slot, Qt.MouseButton.LeftButton)
    assert dialog.slots_status.text() == "There is already a slot named 'counselor'."
    assert len(open_vault.keyfile.slots) == 1


def test_add_slot_dialog_needs_a_label_and_a_strong_matching_passphrase(qtbot) -> None:
    slot_dialog = AddSlotDialog("rivera")
    qtbot.addWidget(slot_dialog)
    slot_dialog.show()
    _type_pair(qtbot, slot_dialog.pair, SUPERVISOR_PASSPHRASE, SUPERVISOR_PASSPHRASE)
    qtbot.wait(300)
    assert not slot_dialog.ok.isEnabled()  # no label yet
    qtbot.keyClicks(slot_dialog.label, "supervisor")
    qtbot.waitUntil(slot_dialog.ok.isEnabled, timeout=2000)
    slot_dialog.label.clear()
    assert not slot_dialog.ok.isEnabled()


def test_add_slot_dialog_offers_the_supervisor_role(qtbot) -> None:
    slot_dialog = AddSlotDialog("rivera")
    qtbot.addWidget(slot_dialog)
    slot_dialog.show()
    assert [slot_dialog.role.itemText(i) for i in range(slot_dialog.role.count())] == [
        "Counselor",
        "Supervisor (co-signs notes)",
    ]
    assert slot_dialog.answer().role is SlotRole.COUNSELOR  # the default
    qtbot.keyClicks(slot_dialog.label, " J. Park, LCSW ")
    slot_dialog.label.setFocus()
    qtbot.keyClick(slot_dialog.label, Qt.Key.Key_Tab)
    assert slot_dialog.focusWidget() is slot_dialog.role  # label, then role, then passphrase
    qtbot.keyClick(slot_dialog.role, Qt.Key.Key_Down)
    qtbot.keyClick(slot_dialog.role, Qt.Key.Key_Tab)
    assert slot_dialog.focusWidget() is slot_dialog.pair.first
    _type_pair(qtbot, slot_dialog.pair, SUPERVISOR_PASSPHRASE, SUPERVISOR_PASSPHRASE)
    assert slot_dialog.answer() == NewSlot(
        "J. Park, LCSW", SUPERVISOR_PASSPHRASE, SlotRole.SUPERVISOR
    )
    qtbot.waitUntil(slot_dialog.ok.isEnabled, timeout=2000)
    Path("/tmp/shots").mkdir(parents=True, exist_ok=True)
    assert slot_dialog.grab().save("/tmp/shots/settings_add_slot.png")


def test_a_supervisor_slot_is_added_with_its_role_and_listed_so(
    qtbot, dialog, open_vault, monkeypatch
) -> None:
    monkeypatch.setattr(
        AddSlotDialog,
        "ask",
        classmethod(
            lambda cls, parent, name: NewSlot(
                "J. Park, LCSW", SUPERVISOR_PASSPHRASE, SlotRole.SUPERVISOR
            )
        ),
    )
    dialog.tabs.setCurrentIndex(3)
    qtbot.mouseClick(dialog.add_slot, Qt.MouseButton.LeftButton)
    rows = [
        (dialog.slots.topLevelItem(i).text(0), dialog.slots.topLevelItem(i).text(1))
        for i in range(dialog.slots.topLevelItemCount())
    ]
    assert rows == [("counselor", "Counselor"), ("J. Park, LCSW", "Supervisor")]
    on_disk = KeyFile.load(keys_path(open_vault.folder))
    _key, slot = on_disk.unwrap(SUPERVISOR_PASSPHRASE)
    assert (slot.label, slot.role) == ("J. Park, LCSW", SlotRole.SUPERVISOR)


def test_the_cosign_default_is_kept_in_the_vault(
    qtbot, dialog, workspace, ui_settings, cheap_kdf
) -> None:
    box = dialog.cosign_default
    assert not box.isChecked()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert workspace.worker.wait_idle()
    assert Supervision(workspace.vault).default_request() is True
    again = SettingsDialog(workspace, ui_settings, kdf=cheap_kdf)
    qtbot.addWidget(again)
    assert again.cosign_default.isChecked()
    qtbot.mouseClick(again.cosign_default, Qt.MouseButton.LeftButton)
    assert workspace.worker.wait_idle()
    assert Supervision(workspace.vault).default_request() is False


def test_back_up_now_makes_a_backup_off_the_ui_thread(qtbot, dialog, open_vault) -> None:
    dialog.tabs.setCurrentIndex(1)
    with qtbot.waitSignal(dialog.backup_finished, timeout=10_000) as finished:
        qtbot.mouseClick(dialog.backup_now, Qt.MouseButton.LeftButton)
        assert dialog.backing_up or finished.signal_triggered
    made: Path = finished.args[0]
    assert made.is_file() and made.suffix == ".cdbackup"
    assert made.parent == open_vault.backup_directory
    assert made.name in dialog.backup_result.text()
    assert dialog.backup_now.isEnabled() and not dialog.backup_busy.isVisible()


def test_the_backup_folder_is_chosen_and_reset(
    qtbot, dialog, open_vault, tmp_path, monkeypatch
) -> None:
    usb = tmp_path / "usb" / "counselor-backups"
    monkeypatch.setattr(Ask, "folder", classmethod(lambda cls, parent, title, start=None: usb))
    own = open_vault.backup_directory
    assert dialog.backup_folder.text() == str(own)
    qtbot.mouseClick(dialog.choose_folder, Qt.MouseButton.LeftButton)
    assert open_vault.backup_directory == usb and usb.is_dir()
    assert dialog.backup_folder.text() == str(usb)
    qtbot.mouseClick(dialog.own_folder, Qt.MouseButton.LeftButton)
    assert open_vault.backup_directory == own
    assert dialog.backup_folder.text() == str(own)


def test_ask_runs_the_dialog_until_closed(qtbot, workspace, ui_settings, monkeypatch) -> None:
    shown: list[SettingsDialog] = []
    monkeypatch.setattr(SettingsDialog, "exec", lambda self: shown.append(self) or 0)
    assert SettingsDialog.ask(workspace, ui_settings) is None
    assert len(shown) == 1 and shown[0].windowTitle() == "Settings"


def test_screenshots(qtbot, dialog, monkeypatch) -> None:
    Path("/tmp/shots").mkdir(parents=True, exist_ok=True)
    monkeypatch.setattr(
        AddSlotDialog,
        "ask",
        classmethod(
            lambda cls, parent, name: NewSlot(
                "J. Park, LCSW", SUPERVISOR_PASSPHRASE, SlotRole.SUPERVISOR
            )
        ),
    )
    qtbot.mouseClick(dialog.add_slot, Qt.MouseButton.LeftButton)
    dialog.signer.setText("A. Rivera, LCADC")
    for index, name in enumerate(("general", "backups", "passphrase", "slots")):
        dialog.tabs.setCurrentIndex(index)
        if name == "backups":
            with qtbot.waitSignal(dialog.backup_finished, timeout=10_000):
                dialog.start_backup()
        if name == "passphrase":
            _type_pair(qtbot, dialog.new_passphrase, NEW_PASSPHRASE, NEW_PASSPHRASE)
            qtbot.waitUntil(dialog.change_passphrase.isEnabled, timeout=2000)
        assert dialog.grab().save(f"/tmp/shots/settings_{name}.png")
