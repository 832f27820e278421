"""Settings: auto-lock, the signer's name, whether new notes need a supervisor's
co-signature (a per-vault default, kept in the vault), the backup folder and "Back up
now", the passphrase, the recovery kit (printed again only after the passphrase is
typed once more), "Make a new vault key…" (ui/rotate_key.py: this dialog only asks and
confirms; the window locks and rotates), and the passphrase slots (each a counselor's or a
supervisor's).
Every change takes effect at once (there is only a Close button), so nothing here waits
for an OK that a lock could swallow.

Threads, and why: the backup runs on a thread of its own (Vault.backup_now opens its own
connection). The passphrase change and "Add slot" run on the UI thread under a wait
cursor for the ~0.75 s of Argon2: Vault.change_passphrase/add_slot write keys.json and
an audit row through the UI thread's connection (vault.conn), and a lock arriving
meanwhile would rewrite keys.json from the old slots; on the UI thread neither can
interleave. The backup folder is set on the UI thread too (a one-row write through
vault.conn, which the worker must not share). The co-signature default goes through the
worker like any record (workspace.write). The passphrase typed before a recovery kit is
checked on a thread of its own: it only reads the slot held in memory and writes
nothing, so nothing can interleave; the kit's audit row is written on the UI thread,
like the passphrase change's."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDateTime,
    QLocale,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counselor_desk.domain.errors import CounselorDeskError, WrongPassphrase
from counselor_desk.domain.passphrase import assess_passphrase
from counselor_desk.domain.recovery import format_recovery_key
from counselor_desk.domain.supervision import SlotRole
from counselor_desk.domain.timeutil import parse_datetime
from counselor_desk.services.supervision import Supervision
from counselor_desk.ui.ask import Ask
from counselor_desk.ui.background import BackgroundTask
from counselor_desk.ui.create_vault import preview_recovery_kit
from counselor_desk.ui.ui_settings import AUTO_LOCK_MINUTES, SIGNER, UiSettings
from counselor_desk.ui.workspace import Workspace, describe
from counselor_desk.vault.keyslots import KdfParams, KeyFile
from counselor_desk.vault.store import COUNSELOR_SLOT

if TYPE_CHECKING:
    from counselor_desk.ui.rotate_key import RotateRequest

STRENGTH_DELAY_MS = 150  # zxcvbn takes up to ~20 ms on long input: not on every keystroke
MAX_AUTO_LOCK_MINUTES = 120

ROLE_CHOICES: dict[SlotRole, str] = {
    SlotRole.COUNSELOR: QT_TRANSLATE_NOOP("Settings", "Counselor"),
    SlotRole.SUPERVISOR: QT_TRANSLATE_NOOP("Settings", "Supervisor (co-signs notes)"),
}
ROLE_NAMES: dict[SlotRole, str] = {
    SlotRole.COUNSELOR: QT_TRANSLATE_NOOP("Settings", "Counselor"),
    SlotRole.SUPERVISOR: QT_TRANSLATE_NOOP("Settings", "Supervisor"),
}


def role_name(role: SlotRole) -> str:
    return QCoreApplication.translate("Settings", ROLE_NAMES[role])


class NewSlot(NamedTuple):
    label: str
    passphrase: str
    role: SlotRole = SlotRole.COUNSELOR


def _busy_cursor() -> None:
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)


def _normal_cursor() -> None:
    QGuiApplication.restoreOverrideCursor()


class PassphrasePair(QWidget):
    """New passphrase + confirmation with live strength; `acceptable_changed(bool)` says
    whether both agree and the service would accept the passphrase."""

    acceptable_changed = Signal(bool)

    def __init__(self, user_inputs: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._user_inputs = user_inputs
        self._acceptable = False
        self.first = QLineEdit(self)
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setAccessibleName(self.tr("New passphrase"))
        self.second = QLineEdit(self)
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setAccessibleName(self.tr("Repeat the new passphrase"))
        self.strength = QLabel(self)
        self.strength.setWordWrap(True)
        self.strength.setAccessibleName(self.tr("Passphrase strength"))
        self.match = QLabel(self)
        self.match.setAccessibleName(self.tr("Passphrases match"))

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&New passphrase:"), self.first)
        form.addRow(self.tr("&Repeat it:"), self.second)
        form.addRow("", self.strength)
        form.addRow("", self.match)
        self.setTabOrder(self.first, self.second)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(STRENGTH_DELAY_MS)
        self._timer.timeout.connect(self._assess)
        self.first.textChanged.connect(self._edited)
        self.second.textChanged.connect(self._edited)

    @property
    def acceptable(self) -> bool:
        return self._acceptable

    def text(self) -> str:
        return self.first.text()

    def set_user_inputs(self, user_inputs: tuple[str, ...]) -> None:
        self._user_inputs = user_inputs
        self._edited()

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()
        self.strength.clear()
        self.match.clear()

    def _edited(self) -> None:
        # Not acceptable until judged: a quick Enter must not pass an unchecked passphrase.
        self._set_acceptable(False)
        self._timer.start()

    def _assess(self) -> None:
        first, second = self.first.text(), self.second.text()
        if not first:
            self.strength.clear()
            self.match.clear()
            self._set_acceptable(False)
            return
        strength = assess_passphrase(first, self._user_inputs)
        advice = f" {strength.suggestion}" if strength.suggestion else ""
        self.strength.setText(strength.message + advice)
        if not second:
            self.match.clear()
        elif first == second:
            self.match.setText(self.tr("Both entries match."))
        else:
            self.match.setText(self.tr("The two entries differ."))
        self._set_acceptable(strength.acceptable and first == second)

    def _set_acceptable(self, value: bool) -> None:
        if value != self._acceptable:
            self._acceptable = value
            self.acceptable_changed.emit(value)


class AddSlotDialog(QDialog):
    """A label naming who holds the slot, its role, and its passphrase."""

    def __init__(self, vault_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a passphrase slot"))
        self._vault_name = vault_name
        intro = QLabel(
            self.tr(
                "A slot is another passphrase that opens this vault, for example your "
                "clinical supervisor's. Name it after the person who holds it: a "
                "supervisor's label is the name written on the notes they co-sign."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.label = QLineEdit(self)
        self.label.setAccessibleName(self.tr("Slot label"))
        self.label.setPlaceholderText(self.tr("e.g. J. Park, LCSW"))
        self.role = QComboBox(self)
        self.role.setAccessibleName(self.tr("Slot role"))
        for role, text in ROLE_CHOICES.items():
            self.role.addItem(QCoreApplication.translate("Settings", text), role.value)
        self.pair = PassphrasePair((vault_name,), self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Add slot"))
        self.ok.setAccessibleName(self.tr("Add slot"))
        self.ok.setEnabled(False)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))

        form = QFormLayout()
        form.addRow(self.tr("&Label:"), self.label)
        form.addRow(self.tr("R&ole:"), self.role)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.pair)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.label, self.role)
        self.setTabOrder(self.role, self.pair.first)
        self.setMinimumWidth(460)  # the explanation reads in a few lines, not a column
        self.setTabOrder(self.pair.second, self.ok)

        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.label.textChanged.connect(self._label_changed)
        self.pair.acceptable_changed.connect(self._update_ok)

    def _label_changed(self, text: str) -> None:
        # The label is guessable too: the service refuses passphrases containing it.
        self.pair.set_user_inputs((self._vault_name, text.strip()))

    def _update_ok(self) -> None:
        self.ok.setEnabled(bool(self.label.text().strip()) and self.pair.acceptable)

    def answer(self) -> NewSlot:
        return NewSlot(
            self.label.text().strip(), self.pair.text(), SlotRole(self.role.currentData())
        )

    @classmethod
    def ask(cls, parent: QWidget | None, vault_name: str) -> NewSlot | None:
        """(label, passphrase, role), or None if cancelled."""
        dialog = cls(vault_name, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.answer()


def check_passphrase_opens(keyfile: KeyFile, slot_id: str | None, passphrase: str) -> None:
    """Raise WrongPassphrase unless `passphrase` opens the slot `slot_id` of `keyfile`
    (any slot when None: the vault was unlocked with the recovery key) and what it opens
    is this vault's key. Reads only; the key it unwraps is zeroed at once."""
    slot = next((s for s in keyfile.slots if s.id == slot_id), None)
    if slot is not None:
        key = slot.unwrap(keyfile.vault_id, passphrase)
    else:
        key, _slot = keyfile.unwrap(passphrase)
    try:
        if not keyfile.checks_key(key):
            raise WrongPassphrase("That passphrase does not open this vault.")
    finally:
        key[:] = bytes(len(key))


class ConfirmPassphraseDialog(QDialog):
    """Asks for the passphrase of the slot that unlocked before the recovery kit prints:
    the kit opens the vault whatever its passphrases, so it is not for whoever finds the
    window unlocked. The check (Argon2, about a second) runs off the UI thread with a busy
    bar; a wrong passphrase is said in one sentence and the field keeps its text. Nothing
    is written either way."""

    def __init__(
        self, keyfile: KeyFile, slot_id: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._keyfile = keyfile
        self._slot_id = slot_id
        self._task: BackgroundTask | None = None
        self._closed = False
        self.confirmed = False
        self.setWindowTitle(self.tr("Confirm your passphrase"))
        self.setAccessibleName(self.windowTitle())
        intro = QLabel(
            self.tr(
                "The recovery kit shows the key that opens this vault whatever its "
                "passphrases are. Type your passphrase again to print it."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Your passphrase"))
        label = QLabel(self.tr("&Passphrase:"), self)
        label.setBuddy(self.passphrase)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(self.tr("Problem"))
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.hide()
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)  # Argon2 gives no progress
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Checking the passphrase"))
        self.busy.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Continue"))
        self.ok.setAccessibleName(self.tr("Continue"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))

        form = QFormLayout()
        form.addRow(label, self.passphrase)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)
        self.setTabOrder(self.passphrase, self.ok)
        self.setTabOrder(self.ok, cancel)

        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.passphrase.textChanged.connect(self._update)
        self._update()
        self.passphrase.setFocus()

    @property
    def checking(self) -> bool:
        return self._task is not None

    def _update(self) -> None:
        self.ok.setEnabled(bool(self.passphrase.text()) and self._task is None)

    def accept(self) -> None:
        """Check the passphrase off the UI thread; close only once it is right."""
        text = self.passphrase.text()
        if not text or self._task is not None:
            return
        keyfile, slot_id = self._keyfile, self._slot_id
        self._task = BackgroundTask(
            lambda: check_passphrase_opens(keyfile, slot_id, text), "check-passphrase"
        )
        self._task.succeeded.connect(self._right)
        self._task.failed.connect(self._wrong)
        self.problem.hide()
        self.busy.show()
        self.passphrase.setEnabled(False)
        self._update()
        self._task.start()

    def _right(self, _result: object) -> None:
        self._task = None
        if self._closed:
            return  # closed meanwhile (Cancel, a lock): the answer is no longer wanted
        self.confirmed = True
        super().accept()

    def _wrong(self, exc: object) -> None:
        self._task = None
        if self._closed:
            return
        self.busy.hide()
        self.passphrase.setEnabled(True)
        self._update()
        if isinstance(exc, WrongPassphrase):
            sentence = self.tr("That is not the passphrase you unlocked with.")
        else:
            sentence = describe(exc) if isinstance(exc, BaseException) else str(exc)
        self.problem.setText(sentence)
        self.problem.show()
        self.passphrase.selectAll()  # the text stays; typing replaces it
        self.passphrase.setFocus()

    def done(self, result: int) -> None:
        """Closing (OK after the check, Cancel, Escape, a lock) forgets what was typed; a
        check still running is ignored when it ends."""
        self._closed = True
        self.passphrase.clear()
        super().done(result)

    @classmethod
    def ask(cls, parent: QWidget | None, keyfile: KeyFile, slot_id: str | None) -> bool:
        """True once the passphrase typed opens the slot; False if cancelled."""
        dialog = cls(keyfile, slot_id, parent)
        try:
            dialog.exec()
            return dialog.confirmed
        finally:
            dialog.deleteLater()


class _BackupBridge(QObject):
    # Emitted on the backup thread; Qt queues it to the dialog on the UI thread.
    finished = Signal(object, object)  # Path | None, Exception | None


class SettingsDialog(QDialog):
    """Settings apply as they change. auto_lock_changed(minutes); signer_changed(name)."""

    auto_lock_changed = Signal(int)
    signer_changed = Signal(str)
    backup_finished = Signal(object)  # the new backup's Path (tests and status bars)

    def __init__(
        self,
        workspace: Workspace,
        settings: UiSettings,
        parent: QWidget | None = None,
        *,
        kdf: KdfParams | None = None,
        rotate_key: Callable[[RotateRequest], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.vault = workspace.vault
        self._settings = settings
        self._kdf = kdf  # Argon2 for new slots; None: calibrated here (tests pass cheap ones)
        # The window's RotateKeyFlow.start: it locks the window (closing this dialog) and
        # rotates. None: no "Make a new vault key…" here (the command line still has it).
        self._rotate_key = rotate_key
        self._backup_thread: threading.Thread | None = None
        self._bridge: _BackupBridge | None = None
        self.setWindowTitle(self.tr("Settings"))
        self.setObjectName("settings-dialog")

        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Settings sections"))
        self.tabs.addTab(self._general_tab(), self.tr("&General"))
        self.tabs.addTab(self._backup_tab(), self.tr("&Backups"))
        self.tabs.addTab(self._passphrase_tab(), self.tr("&Passphrase"))
        self.tabs.addTab(self._slots_tab(), self.tr("S&lots"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self.resize(560, 420)
        self._connect_signals()
        self._show_backup_folder()
        self._fill_slots()

    # -- building ------------------------------------------------------------------------
    def _general_tab(self) -> QWidget:
        page = QWidget(self)
        self.auto_lock = QSpinBox(page)
        self.auto_lock.setRange(0, MAX_AUTO_LOCK_MINUTES)
        self.auto_lock.setSpecialValueText(self.tr("Never"))
        self.auto_lock.setSuffix(self.tr(" min"))
        self.auto_lock.setValue(int(self._settings.get(AUTO_LOCK_MINUTES)))
        self.auto_lock.setAccessibleName(self.tr("Lock after idle minutes"))
        self.auto_lock.setAccessibleDescription(self.tr("0 means never lock for idleness"))
        lock_help = QLabel(
            self.tr(
                "The vault also locks before the computer sleeps and when the screen locks. "
                "0 means it never locks for idleness alone."
            ),
            page,
        )
        lock_help.setWordWrap(True)
        self.signer = QLineEdit(str(self._settings.get(SIGNER)), page)
        self.signer.setAccessibleName(self.tr("Signer"))
        self.signer.setPlaceholderText(self.tr("e.g. A. Rivera, LCADC"))
        signer_help = QLabel(self.tr("Name and credentials written under signed notes."), page)
        signer_help.setWordWrap(True)
        self.cosign_default = QCheckBox(self.tr("My notes need a supervisor's &co-signature"), page)
        self.cosign_default.setAccessibleName(self.tr("My notes need a supervisor's co-signature"))
        self.cosign_default.setChecked(self._read_cosign_default())
        cosign_help = QLabel(
            self.tr(
                'New notes start with "Needs supervisor co-signature" checked. Kept in '
                "this vault; a supervisor slot (Slots) co-signs."
            ),
            page,
        )
        cosign_help.setWordWrap(True)
        self.general_status = QLabel(page)
        self.general_status.setWordWrap(True)
        self.general_status.setAccessibleName(self.tr("Settings status"))

        lock_row = QHBoxLayout()  # a number field as wide as the dialog looks like a text box
        lock_row.addWidget(self.auto_lock)
        lock_row.addStretch(1)
        lock_label = QLabel(self.tr("Lock after &idle:"), page)
        lock_label.setBuddy(self.auto_lock)  # a layout in the field: no automatic buddy
        form = QFormLayout(page)
        form.addRow(lock_label, lock_row)
        form.addRow("", lock_help)
        form.addRow(self.tr("&Signer:"), self.signer)
        form.addRow("", signer_help)
        form.addRow("", self.cosign_default)
        form.addRow("", cosign_help)
        form.addRow(self.general_status)
        self.setTabOrder(self.auto_lock, self.signer)
        self.setTabOrder(self.signer, self.cosign_default)
        return page

    def _backup_tab(self) -> QWidget:
        page = QWidget(self)
        self.backup_folder = QLineEdit(page)
        self.backup_folder.setReadOnly(True)
        self.backup_folder.setAccessibleName(self.tr("Backup folder"))
        self.choose_folder = QPushButton(self.tr("&Choose…"), page)
        self.choose_folder.setAccessibleName(self.tr("Choose a backup folder"))
        self.own_folder = QPushButton(self.tr("&Use the vault's own folder"), page)
        self.own_folder.setAccessibleName(self.tr("Use the vault's own backup folder"))
        self.backup_now = QPushButton(self.tr("Back up &now"), page)
        self.backup_now.setAccessibleName(self.tr("Back up now"))
        self.backup_busy = QProgressBar(page)
        self.backup_busy.setRange(0, 0)  # busy: the backup API gives no useful total here
        self.backup_busy.setAccessibleName(self.tr("Backing up"))
        self.backup_busy.setTextVisible(False)
        self.backup_busy.setFixedWidth(160)
        self.backup_busy.hide()
        self.backup_result = QLabel(page)
        self.backup_result.setWordWrap(True)
        self.backup_result.setAccessibleName(self.tr("Backup result"))
        self.backup_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        backup_help = QLabel(
            self.tr(
                "Backups are encrypted like the vault and open with its passphrases or "
                "recovery key. The backup folder keeps the newest 10."
            ),
            page,
        )
        backup_help.setWordWrap(True)

        folder_buttons = QHBoxLayout()
        folder_buttons.addWidget(self.choose_folder)
        folder_buttons.addWidget(self.own_folder)
        folder_buttons.addStretch(1)
        now_row = QHBoxLayout()
        now_row.addWidget(self.backup_now)
        now_row.addWidget(self.backup_busy)
        now_row.addStretch(1)
        form = QFormLayout(page)
        form.addRow(self.tr("Backup &folder:"), self.backup_folder)
        form.addRow("", folder_buttons)
        form.addRow("", backup_help)
        form.addRow(now_row)
        form.addRow(self.backup_result)
        self.setTabOrder(self.backup_folder, self.choose_folder)
        self.setTabOrder(self.choose_folder, self.own_folder)
        self.setTabOrder(self.own_folder, self.backup_now)
        return page

    def _passphrase_tab(self) -> QWidget:
        page = QWidget(self)
        self.passphrase_intro = QLabel(page)
        self.passphrase_intro.setWordWrap(True)
        self.passphrase_intro.setText(
            self.tr('This changes the passphrase of the slot you unlocked with: "%1".').replace(
                "%1", self._current_slot_label()
            )
        )
        self.new_passphrase = PassphrasePair((self.vault.name,), page)
        self.change_passphrase = QPushButton(self.tr("C&hange passphrase"), page)
        self.change_passphrase.setAccessibleName(self.tr("Change passphrase"))
        self.change_passphrase.setEnabled(False)
        self.passphrase_status = QLabel(page)
        self.passphrase_status.setWordWrap(True)
        self.passphrase_status.setAccessibleName(self.tr("Passphrase status"))

        kit_heading = QLabel(self.tr("Recovery kit"), page)
        heading_font = QFont(kit_heading.font())
        heading_font.setBold(True)
        kit_heading.setFont(heading_font)
        kit_help = QLabel(
            self.tr(
                "One sheet with your recovery key and a QR code of it, to lock away apart "
                "from this computer. Print a new one if the old sheet is lost; you will "
                "type your passphrase first."
            ),
            page,
        )
        kit_help.setWordWrap(True)
        self.print_kit = QPushButton(self.tr("Print the recovery &kit…"), page)
        self.print_kit.setAccessibleName(self.tr("Print the recovery kit"))
        self.kit_status = QLabel(page)
        self.kit_status.setWordWrap(True)
        self.kit_status.setAccessibleName(self.tr("Recovery kit status"))

        key_heading = QLabel(self.tr("Vault key"), page)
        key_heading.setFont(heading_font)
        key_help = QLabel(
            self.tr(
                "If the recovery sheet is lost, or an old passphrase must stop opening old "
                "backups, make a new vault key: the vault is encrypted again and you get a "
                "new recovery key."
            ),
            page,
        )
        key_help.setWordWrap(True)
        self.new_vault_key = QPushButton(self.tr("Make a new &vault key…"), page)
        self.new_vault_key.setAccessibleName(self.tr("Make a new vault key"))
        for widget in (key_heading, key_help, self.new_vault_key):
            widget.setVisible(self._rotate_key is not None)

        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.change_passphrase)
        kit_row = QHBoxLayout()
        kit_row.addWidget(self.print_kit)
        kit_row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.passphrase_intro)
        layout.addWidget(self.new_passphrase)
        layout.addLayout(row)
        layout.addWidget(self.passphrase_status)
        layout.addSpacing(12)
        layout.addWidget(kit_heading)
        layout.addWidget(kit_help)
        layout.addLayout(kit_row)
        layout.addWidget(self.kit_status)
        key_row = QHBoxLayout()
        key_row.addWidget(self.new_vault_key)
        key_row.addStretch(1)
        layout.addSpacing(12)
        layout.addWidget(key_heading)
        layout.addWidget(key_help)
        layout.addLayout(key_row)
        layout.addStretch(1)
        self.setTabOrder(self.new_passphrase.second, self.change_passphrase)
        self.setTabOrder(self.change_passphrase, self.print_kit)
        self.setTabOrder(self.print_kit, self.new_vault_key)
        return page

    def _slots_tab(self) -> QWidget:
        page = QWidget(self)
        intro = QLabel(
            self.tr(
                "Each slot is a passphrase that opens this vault. The recovery key opens "
                "it whatever happens to the slots."
            ),
            page,
        )
        intro.setWordWrap(True)
        self.slots = QTreeWidget(page)
        self.slots.setAccessibleName(self.tr("Passphrase slots"))
        self.slots.setColumnCount(4)
        self.slots.setHeaderLabels(
            [self.tr("Label"), self.tr("Role"), self.tr("Created"), self.tr("In use")]
        )
        self.slots.setRootIsDecorated(False)
        self.slots.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.slots.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.slots.header().setStretchLastSection(False)
        self.add_slot = QPushButton(self.tr("&Add slot…"), page)
        self.add_slot.setAccessibleName(self.tr("Add slot"))
        self.remove_slot = QPushButton(self.tr("&Remove"), page)
        self.remove_slot.setAccessibleName(self.tr("Remove slot"))
        self.remove_slot.setEnabled(False)
        self.slots_status = QLabel(page)
        self.slots_status.setWordWrap(True)
        self.slots_status.setAccessibleName(self.tr("Slots status"))

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_slot)
        buttons.addWidget(self.remove_slot)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(self.slots, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.slots_status)
        self.setTabOrder(self.slots, self.add_slot)
        self.setTabOrder(self.add_slot, self.remove_slot)
        return page

    def _connect_signals(self) -> None:
        # Enter in a field must not press whichever button Qt made the default (it would
        # pick "Choose…"); only the passphrase field gives Enter a meaning.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.new_passphrase.second.returnPressed.connect(self._change_passphrase)
        self.buttons.rejected.connect(self.reject)
        self.auto_lock.valueChanged.connect(self._auto_lock_changed)
        self.signer.editingFinished.connect(self._save_signer)
        self.cosign_default.clicked.connect(self._cosign_default_clicked)
        self.choose_folder.clicked.connect(self._choose_folder)
        self.own_folder.clicked.connect(self._use_own_folder)
        self.backup_now.clicked.connect(self.start_backup)
        self.new_passphrase.acceptable_changed.connect(self.change_passphrase.setEnabled)
        self.change_passphrase.clicked.connect(self._change_passphrase)
        self.print_kit.clicked.connect(self.print_recovery_kit)
        self.new_vault_key.clicked.connect(self.make_new_vault_key)
        self.slots.itemSelectionChanged.connect(self._slot_selection_changed)
        self.add_slot.clicked.connect(self._add_slot)
        self.remove_slot.clicked.connect(self._remove_slot)

    # -- general -------------------------------------------------------------------------
    def _auto_lock_changed(self, minutes: int) -> None:
        self._settings.set(AUTO_LOCK_MINUTES, minutes)
        self.auto_lock_changed.emit(minutes)

    def _save_signer(self) -> None:
        name = self.signer.text().strip()
        if name != str(self._settings.get(SIGNER)):
            self._settings.set(SIGNER, name)
            self.signer_changed.emit(name)

    def _read_cosign_default(self) -> bool:
        try:
            return Supervision(self.vault).default_request()
        except Exception:  # a locked vault: the dialog is about to close anyway
            return False

    def _cosign_default_clicked(self, checked: bool) -> None:
        self.general_status.clear()

        def failed(exc: Exception) -> None:
            self.workspace.failed.emit(describe(exc))  # still heard if the dialog is closed
            with contextlib.suppress(RuntimeError):  # RuntimeError: the dialog is gone
                self.cosign_default.setChecked(self._read_cosign_default())
                self.general_status.setText(describe(exc))

        self.workspace.write(
            lambda service: service.set_default_request(checked),
            on_error=failed,
            service=Supervision,
        )

    def done(self, result: int) -> None:
        self._save_signer()  # Close right after typing: editingFinished may not have come
        if self._bridge is not None:
            # A backup still running finishes on its own; this dialog no longer listens.
            self._bridge.finished.disconnect(self._backup_done)
            self._bridge = None
        super().done(result)

    # -- backups -------------------------------------------------------------------------
    def _show_backup_folder(self) -> None:
        try:
            folder = self.vault.backup_directory
        except Exception as exc:  # a locked vault: the dialog is about to close anyway
            self.backup_result.setText(describe(exc))
            return
        self.backup_folder.setText(str(folder))
        self.backup_folder.setToolTip(str(folder))
        self.backup_folder.setCursorPosition(0)

    def _set_backup_folder(self, folder: Path | None) -> None:
        try:
            self.vault.set_backup_directory(folder)  # UI thread: see the module docstring
        except Exception as exc:
            self.backup_result.setText(describe(exc))
            return
        self.backup_result.clear()
        self._show_backup_folder()

    def _choose_folder(self) -> None:
        start = Path(self.backup_folder.text()) if self.backup_folder.text() else None
        chosen = Ask.folder(self, self.tr("Choose a backup folder"), start)
        if chosen is not None:
            self._set_backup_folder(chosen)

    def _use_own_folder(self) -> None:
        self._set_backup_folder(None)

    @property
    def backing_up(self) -> bool:
        return self._backup_thread is not None and self._backup_thread.is_alive()

    def start_backup(self) -> None:
        """A verified backup now, on its own thread; the result shows when it is done."""
        if self.backing_up:
            return
        vault = self.vault
        bridge = _BackupBridge()  # no parent: the thread keeps it alive until it has spoken
        bridge.finished.connect(self._backup_done)
        self._bridge = bridge

        def run() -> None:
            try:
                made = vault.backup_now()
            except Exception as exc:  # told in one sentence by _backup_done
                bridge.finished.emit(None, exc)
            else:
                bridge.finished.emit(made, None)

        self.backup_now.setEnabled(False)
        self.backup_busy.show()
        self.backup_result.setText(self.tr("Backing up…"))
        self._backup_thread = threading.Thread(target=run, name="backup-now", daemon=True)
        self._backup_thread.start()

    def _backup_done(self, made: Path | None, error: Exception | None) -> None:
        self._bridge = None
        self.backup_busy.hide()
        self.backup_now.setEnabled(True)
        if error is not None or made is None:
            self.backup_result.setText(describe(error or RuntimeError()))
            return
        self.backup_result.setText(self.tr("Backed up to %1").replace("%1", made.name))
        self.backup_result.setToolTip(str(made))
        self.backup_finished.emit(made)

    # -- passphrase ----------------------------------------------------------------------
    def _current_slot_label(self) -> str:
        for slot in self.vault.keyfile.slots:
            if slot.id == self.vault.slot_id:
                return slot.label
        return COUNSELOR_SLOT  # unlocked with the recovery key: the counselor's own slot

    def _change_passphrase(self) -> None:
        if not self.new_passphrase.acceptable:
            return
        self.passphrase_status.setText(self.tr("Changing the passphrase…"))
        self.passphrase_status.repaint()  # seen before the UI thread is busy with Argon2
        _busy_cursor()
        try:
            self.vault.change_passphrase(self.new_passphrase.text(), kdf=self._kdf)
        except Exception as exc:  # the fields keep what was typed
            self.passphrase_status.setText(describe(exc))
            return
        finally:
            _normal_cursor()
        self.new_passphrase.clear()
        self.passphrase_status.setText(self.tr("The passphrase was changed."))
        self._fill_slots()
        Ask.inform(
            self,
            self.tr("Passphrase changed"),
            self.tr(
                "Existing backups still open with the old passphrase. To make the old "
                "passphrase useless everywhere, make a new vault key (Make a new vault key… "
                "below, or counselor-desk rotate-key)."
            ),
        )

    # -- recovery kit ----------------------------------------------------------------------
    def print_recovery_kit(self) -> None:
        """The passphrase once more (checked, nothing written), then the recovery kit in
        the print preview; an audit row when it is printed or saved."""
        self.kit_status.clear()
        try:
            keyfile, slot_id = self.vault.keyfile, self.vault.slot_id
            if not ConfirmPassphraseDialog.ask(self, keyfile, slot_id):
                return
            key = self.vault.key_copy()
        except CounselorDeskError as exc:  # a locked vault: the dialog is closing anyway
            self.kit_status.setText(describe(exc))
            return
        try:
            key_text = format_recovery_key(key)
        finally:
            key[:] = bytes(len(key))  # the copy is zeroed; the text lives with the preview
        preview_recovery_kit(self, self.vault, key_text, self._settings)

    # -- vault key -------------------------------------------------------------------------
    def make_new_vault_key(self) -> None:
        """What it does, the passphrase again and a confirmation (ui/rotate_key.py); then
        the window's flow locks (closing this dialog) and rotates. Nothing is held here."""
        from counselor_desk.ui.rotate_key import RotateKeyDialog

        rotate_key = self._rotate_key
        if rotate_key is None:
            return
        self.kit_status.clear()
        try:
            keyfile, slot_id, folder = self.vault.keyfile, self.vault.slot_id, self.vault.folder
        except CounselorDeskError as exc:  # a locked vault: the dialog is closing anyway
            self.kit_status.setText(describe(exc))
            return
        request = RotateKeyDialog.ask(self, keyfile, slot_id, folder)
        if request is not None:
            rotate_key(request)  # locks the window: this dialog is closed when it returns

    # -- slots ---------------------------------------------------------------------------
    def _fill_slots(self) -> None:
        selected = self._selected_slot_id()
        self.slots.clear()
        locale = QLocale()
        for slot in self.vault.keyfile.slots:
            try:
                when = parse_datetime(slot.created).astimezone()
                created = locale.toString(
                    QDateTime.fromSecsSinceEpoch(int(when.timestamp())), "d MMM yyyy HH:mm"
                )
            except ValueError:
                created = slot.created
            in_use = self.tr("yes") if slot.id == self.vault.slot_id else ""
            item = QTreeWidgetItem([slot.label, role_name(slot.role), created, in_use])
            item.setData(0, Qt.ItemDataRole.UserRole, slot.id)
            self.slots.addTopLevelItem(item)
            if slot.id == selected:
                item.setSelected(True)
        for column in (1, 2, 3):
            self.slots.resizeColumnToContents(column)
        self._slot_selection_changed()

    def _selected_slot_id(self) -> str | None:
        items = self.slots.selectedItems()
        return str(items[0].data(0, Qt.ItemDataRole.UserRole)) if items else None

    def _slot_selection_changed(self) -> None:
        self.remove_slot.setEnabled(self._selected_slot_id() is not None)

    def _add_slot(self) -> None:
        answer = AddSlotDialog.ask(self, self.vault.name)
        if answer is None:
            return
        label, passphrase, role = answer
        self.slots_status.setText(self.tr("Adding the slot…"))
        self.slots_status.repaint()
        _busy_cursor()
        try:
            # UI thread: see the module docstring.
            self.vault.add_slot(label, passphrase, kdf=self._kdf, role=role)
        except Exception as exc:
            self.slots_status.setText(describe(exc))
            return
        finally:
            _normal_cursor()
        self.slots_status.setText(self.tr('Added the slot "%1".').replace("%1", label))
        self._fill_slots()

    def _remove_slot(self) -> None:
        slot_id = self._selected_slot_id()
        if slot_id is None:
            return
        label = next((s.label for s in self.vault.keyfile.slots if s.id == slot_id), "")
        if not Ask.confirm(
            self,
            self.tr("Remove slot"),
            self.tr('Remove the slot "%1"?').replace("%1", label),
            self.tr("Whoever holds its passphrase will no longer be able to open this vault."),
        ):
            return
        try:
            self.vault.remove_slot(slot_id)
        except Exception as exc:  # the slot in use, the last slot: the service says why
            self.slots_status.setText(describe(exc))
            return
        self.slots_status.setText(self.tr('Removed the slot "%1".').replace("%1", label))
        self._fill_slots()

    # -- asking ----------------------------------------------------------------------------
    @classmethod
    def ask(
        cls,
        workspace: Workspace,
        settings: UiSettings,
        parent: QWidget | None = None,
        *,
        kdf: KdfParams | None = None,
        rotate_key: Callable[[RotateRequest], None] | None = None,
    ) -> None:
        """Show the settings until closed; changes are already saved when it returns.
        `rotate_key` (the window's RotateKeyFlow.start) offers "Make a new vault key…"."""
        dialog = cls(workspace, settings, parent, kdf=kdf, rotate_key=rotate_key)
        dialog.exec()
        dialog.deleteLater()
