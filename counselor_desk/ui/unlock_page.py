"""The first thing the counselor sees: the vaults on this machine by name, a passphrase
(or recovery key) field, and the ways to make a vault or try the demo."""

from __future__ import annotations

import itertools
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFontDatabase, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counselor_desk.domain.errors import (
    KeysNeedRebuild,
    RecoveryKeyTypo,
    UnlockThrottled,
    VaultDamaged,
    VaultInUse,
    VaultNotFound,
    WrongPassphrase,
)
from counselor_desk.domain.recovery import parse_recovery_key
from counselor_desk.domain.timeutil import Clock
from counselor_desk.ui.ask import Ask
from counselor_desk.ui.background import BackgroundTask
from counselor_desk.ui.errors import describe
from counselor_desk.ui.ui_settings import LAST_VAULT, UiSettings
from counselor_desk.vault.locations import DEMO_VAULT, db_path, list_vaults, vault_name

if TYPE_CHECKING:
    from counselor_desk.vault.keyslots import KdfParams
    from counselor_desk.vault.store import Vault

_FOLDER_ROLE = Qt.ItemDataRole.UserRole
_ERROR_STYLE = "color: #b00020;"
_SEPARATORS = frozenset(" -\t\n\r")
_GROUP_DIGITS = 4


@dataclass
class _Attempt:
    """One unlock in flight; the recovery text is kept only so a keys.json rebuild can
    retry without the counselor typing 68 digits again."""

    folder: Path
    recovery: bool
    recovery_text: str = ""


def vault_display_name(folder: Path) -> str:
    """The name from keys.json (nothing secret is read); the folder name if it is damaged."""
    return vault_name(folder) or folder.name


def group_span(text: str, group: int) -> tuple[int, int] | None:
    """Where the given 1-based group of hex digits sits in the typed text (start, length)."""
    first, last = (group - 1) * _GROUP_DIGITS, group * _GROUP_DIGITS - 1
    digit = 0
    start: int | None = None
    for index, ch in enumerate(text):
        if ch in _SEPARATORS:
            continue
        if digit == first:
            start = index
        if digit == last and start is not None:
            return start, index + 1 - start
        digit += 1
    return (start, len(text) - start) if start is not None else None


class UnlockPage(QWidget):
    """Emits unlocked(Vault) with the open vault; the page keeps no secret afterwards."""

    unlocked = Signal(object)

    def __init__(
        self,
        vaults_root: Path,
        settings: UiSettings,
        *,
        kdf: KdfParams | None = None,
        clock: Clock | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._vaults_root = vaults_root
        self._settings = settings
        self._kdf = kdf  # None: calibrated for new slots (the program); tests pass cheap ones
        self._clock = clock
        self._extra_folders: list[Path] = []  # opened with "Open a vault folder…"
        self._throttled_until: dict[Path, float] = {}  # time.monotonic() deadlines
        self._task: BackgroundTask | None = None
        self._attempt: _Attempt | None = None
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._build()
        self._set_tab_order()
        self._connect_signals()
        self.refresh()

    # -- building ----------------------------------------------------------------------
    def _build(self) -> None:
        title = QLabel(self.tr("Counselor Desk"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        self.subtitle = QLabel(self)
        self.subtitle.setWordWrap(True)

        self.unlock_box = QWidget(self)
        self.vault_list = QListWidget(self.unlock_box)
        self.vault_list.setAccessibleName(self.tr("Vaults on this computer"))
        self.vault_list.setStyleSheet("QListWidget::item { padding: 4px; }")
        list_label = QLabel(self.tr("&Vault:"), self.unlock_box)
        list_label.setBuddy(self.vault_list)

        self.secret_label = QLabel(self.unlock_box)
        self.secret_edit = QLineEdit(self.unlock_box)
        self.secret_label.setBuddy(self.secret_edit)
        self.recovery_toggle = QCheckBox(self.tr("&Use the recovery key instead"), self.unlock_box)
        self.recovery_toggle.setAccessibleName(self.tr("Use the recovery key instead"))
        self.message_label = QLabel(self.unlock_box)
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(_ERROR_STYLE)
        self.message_label.setAccessibleName(self.tr("Why the vault did not open"))
        self.message_label.hide()
        self.busy_bar = QProgressBar(self.unlock_box)
        self.busy_bar.setRange(0, 0)  # indeterminate: Argon2 gives no progress
        self.busy_bar.setAccessibleName(self.tr("Unlocking"))
        self.busy_bar.setFormat(self.tr("Unlocking…"))
        self.busy_bar.hide()
        self.unlock_button = QPushButton(self.tr("Unlock"), self.unlock_box)
        self.unlock_button.setAccessibleName(self.tr("Unlock"))

        unlock_layout = QVBoxLayout(self.unlock_box)
        unlock_layout.setContentsMargins(0, 0, 0, 0)
        unlock_layout.addWidget(list_label)
        unlock_layout.addWidget(self.vault_list)
        unlock_layout.addWidget(self.secret_label)
        unlock_layout.addWidget(self.secret_edit)
        unlock_layout.addWidget(self.recovery_toggle)
        unlock_layout.addWidget(self.message_label)
        unlock_layout.addWidget(self.busy_bar)
        button_row = QHBoxLayout()
        button_row.addStretch(1)
        button_row.addWidget(self.unlock_button)
        unlock_layout.addLayout(button_row)

        self.separator = QFrame(self)
        self.separator.setFrameShape(QFrame.Shape.HLine)
        self.separator.setFrameShadow(QFrame.Shadow.Sunken)
        self.create_button = QPushButton(self.tr("&Create a new vault…"), self)
        self.create_button.setAccessibleName(self.tr("Create a new vault"))
        self.demo_button = QPushButton(self.tr("Try the &demo vault"), self)
        self.demo_button.setAccessibleName(self.tr("Try the demo vault"))
        self.demo_button.setToolTip(self.tr("A vault with a made-up caseload to practise on"))
        self.open_button = QPushButton(self.tr("&Open a vault folder…"), self)
        self.open_button.setAccessibleName(self.tr("Open a vault folder"))
        self.open_button.setToolTip(self.tr("A vault kept somewhere else, such as a USB drive"))
        self.other_message = QLabel(self)
        self.other_message.setWordWrap(True)
        self.other_message.setStyleSheet(_ERROR_STYLE)
        self.other_message.setAccessibleName(self.tr("Problem opening a vault folder"))
        self.other_message.hide()

        card = QWidget(self)
        card.setMaximumWidth(520)
        card.setMinimumWidth(360)
        card_layout = QVBoxLayout(card)
        card_layout.addWidget(title)
        card_layout.addWidget(self.subtitle)
        card_layout.addSpacing(8)
        card_layout.addWidget(self.unlock_box)
        card_layout.addSpacing(8)
        card_layout.addWidget(self.separator)
        card_layout.addWidget(self.create_button)
        card_layout.addWidget(self.demo_button)
        card_layout.addWidget(self.open_button)
        card_layout.addWidget(self.other_message)

        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 2)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self._set_recovery_mode(False)

    def _set_tab_order(self) -> None:
        chain = [
            self.vault_list,
            self.secret_edit,
            self.recovery_toggle,
            self.unlock_button,
            self.create_button,
            self.demo_button,
            self.open_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _connect_signals(self) -> None:
        self.secret_edit.returnPressed.connect(self.unlock)
        self.unlock_button.clicked.connect(self.unlock)
        self.recovery_toggle.toggled.connect(self._set_recovery_mode)
        self.vault_list.currentItemChanged.connect(self._selection_changed)
        self.vault_list.itemActivated.connect(self._focus_secret)
        self.create_button.clicked.connect(self.create_vault)
        self.demo_button.clicked.connect(self.try_demo)
        self.open_button.clicked.connect(self.open_folder)
        self._countdown.timeout.connect(self._tick)

    # -- the list of vaults ------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the vaults, select the last used one and clear old messages (call it
        again when the page is shown after a lock)."""
        folders = list_vaults(self._vaults_root)
        last = self._settings.get(LAST_VAULT)
        last_folder = Path(last) if last else None
        # A vault opened from another folder and used last stays on offer.
        if (
            last_folder is not None
            and last_folder not in self._extra_folders
            and last_folder not in folders
            and db_path(last_folder).is_file()
        ):
            self._extra_folders.append(last_folder)
        folders += [f for f in self._extra_folders if f not in folders and db_path(f).is_file()]
        names = {folder: vault_display_name(folder) for folder in folders}
        repeated = {n for n in names.values() if list(names.values()).count(n) > 1}

        self.vault_list.blockSignals(True)
        self.vault_list.clear()
        for folder in sorted(folders, key=lambda f: (names[f].casefold(), str(f))):
            name = names[folder]
            text = f"{name} ({folder.name})" if name in repeated else name
            item = QListWidgetItem(text, self.vault_list)
            item.setData(_FOLDER_ROLE, str(folder))
            item.setToolTip(str(folder))
        self.vault_list.blockSignals(False)
        self._fit_list_height()

        if folders:
            self.select_vault(last_folder if last_folder in folders else None)
        has_vaults = bool(folders)
        self.unlock_box.setVisible(has_vaults)
        self.separator.setVisible(has_vaults)
        if has_vaults:
            self.subtitle.setText(self.tr("Unlock your vault to see your caseload."))
        else:
            self.subtitle.setText(
                self.tr(
                    "There is no vault on this computer yet. Create one for your records, "
                    "or try the demo vault with a made-up caseload first."
                )
            )
        self.create_button.setDefault(not has_vaults)
        self._show_message("")
        _show(self.other_message, "")
        self._update_unlock_button()

    def _fit_list_height(self) -> None:
        # As tall as its vaults (two to six rows): a list of one vault needs no big box.
        rows = min(max(self.vault_list.count(), 2), 6)
        row_height = max(self.vault_list.sizeHintForRow(0), self.fontMetrics().height() + 4)
        self.vault_list.setFixedHeight(rows * row_height + 2 * self.vault_list.frameWidth() + 4)

    def select_vault(self, folder: Path | None) -> None:
        """Select the vault in folder (None: the first one)."""
        for row in range(self.vault_list.count()):
            item = self.vault_list.item(row)
            if folder is None or Path(item.data(_FOLDER_ROLE)) == folder:
                self.vault_list.setCurrentItem(item)
                return

    def selected_folder(self) -> Path | None:
        item = self.vault_list.currentItem()
        return Path(item.data(_FOLDER_ROLE)) if item is not None else None

    def _selection_changed(self) -> None:
        self._show_message("")
        self._tick()  # says how long to wait if this vault is throttled

    # -- unlocking ---------------------------------------------------------------------
    def unlock(self) -> None:
        """Start an unlock with what is typed; the field is emptied at once."""
        if self._task is not None or not self.unlock_button.isEnabled():
            return
        folder = self.selected_folder()
        if folder is None:
            return
        recovery = self.recovery_toggle.isChecked()
        secret = self.secret_edit.text()
        if not secret:
            self._show_message(
                self.tr("Type the recovery key first.")
                if recovery
                else self.tr("Type your passphrase first.")
            )
            return
        if recovery:
            # A typo is found without touching the vault; the text stays so the named
            # group can be fixed (text that fails its checksum cannot open anything).
            try:
                parse_recovery_key(secret)
            except RecoveryKeyTypo as exc:
                self._show_typo(exc)
                return
        self.secret_edit.clear()
        attempt = _Attempt(folder, recovery, secret if recovery else "")
        self._start(attempt, secret)

    def _start(self, attempt: _Attempt, secret: str, new_passphrase: str | None = None) -> None:
        folder, kdf = attempt.folder, self._kdf
        extra = {"clock": self._clock} if self._clock is not None else {}

        def job() -> Vault:
            # Imported on first use: the unlock window shows sooner without SQLCipher.
            from counselor_desk.vault.store import unlock_with_passphrase, unlock_with_recovery_key

            if attempt.recovery:
                return unlock_with_recovery_key(
                    folder, secret, new_passphrase=new_passphrase, kdf=kdf, **extra
                )
            return unlock_with_passphrase(folder, secret, **extra)

        self._attempt = attempt
        self._task = BackgroundTask(job, "unlock")
        self._task.succeeded.connect(self._unlocked)
        self._task.failed.connect(self._failed)
        self._show_message("")
        self._set_busy(True)
        self._task.start()

    def _set_busy(self, busy: bool) -> None:
        self.busy_bar.setVisible(busy)
        for widget in (
            self.vault_list,
            self.secret_edit,
            self.recovery_toggle,
            self.create_button,
            self.demo_button,
            self.open_button,
        ):
            widget.setEnabled(not busy)
        self._update_unlock_button()

    def _unlocked(self, vault: Vault) -> None:
        self._task = None
        self._attempt = None
        self._set_busy(False)
        self._throttled_until.pop(vault.folder, None)
        self._remember(vault)
        self.unlocked.emit(vault)

    def _failed(self, exc: Exception) -> None:
        attempt = self._attempt
        self._task = None
        self._attempt = None
        self._set_busy(False)
        if attempt is None:
            return
        if isinstance(exc, KeysNeedRebuild):
            self._rebuild_keys(attempt)
            return
        self._show_message(self._sentence_for(exc, attempt))
        if isinstance(exc, UnlockThrottled):
            self._throttled_until[attempt.folder] = time.monotonic() + exc.seconds
            self._tick()
        elif isinstance(exc, VaultNotFound):
            self.refresh()
            self._show_message(describe(exc))
        self._focus_secret()

    def _sentence_for(self, exc: Exception, attempt: _Attempt) -> str:
        if isinstance(exc, WrongPassphrase):
            if attempt.recovery:
                return self.tr("That recovery key does not open this vault.")
            return self.tr("That passphrase does not open this vault; try again.")
        if isinstance(exc, VaultInUse):
            return self.tr("This vault is open in another window or command; close it there first.")
        if isinstance(exc, VaultDamaged):
            text = describe(exc)
            if "recovery key" in text and not attempt.recovery:
                # keys.json is missing or damaged: the recovery key rebuilds it.
                self.recovery_toggle.setChecked(True)
                return text
            if "backup" not in text.lower():
                text += " " + self.tr("Restore the newest backup to get back to work.")
            return text
        return describe(exc)

    def _rebuild_keys(self, attempt: _Attempt) -> None:
        """keys.json is gone but the recovery key is right: a new passphrase rebuilds it."""
        self.recovery_toggle.setChecked(True)
        from counselor_desk.ui.create_vault import NewPassphraseDialog

        passphrase = NewPassphraseDialog.ask(self, vault_display_name(attempt.folder))
        if passphrase is None:
            self._show_message(self.tr("The key file was not rebuilt, so the vault stays locked."))
            return
        text, attempt.recovery_text = attempt.recovery_text, ""
        self._start(_Attempt(attempt.folder, True), text, passphrase)

    def _show_typo(self, exc: RecoveryKeyTypo) -> None:
        self._show_message(describe(exc))
        span = group_span(self.secret_edit.text(), exc.group) if exc.group else None
        self.secret_edit.setFocus()
        if span is not None:
            self.secret_edit.setSelection(*span)

    # -- throttling --------------------------------------------------------------------
    def _tick(self) -> None:
        folder = self.selected_folder()
        deadline = self._throttled_until.get(folder) if folder else None
        remaining = 0 if deadline is None else int(deadline - time.monotonic() + 0.999)
        if remaining > 0:
            self._show_message(
                self.tr("Too many wrong tries. You can try again in %n second(s).", "", remaining)
            )
            if not self._countdown.isActive():
                self._countdown.start()
        else:
            if deadline is not None:
                self._throttled_until.pop(folder, None)  # type: ignore[arg-type]
                self._show_message("")
            if not self._throttled_until:
                self._countdown.stop()
        self._update_unlock_button()

    def _update_unlock_button(self) -> None:
        folder = self.selected_folder()
        deadline = self._throttled_until.get(folder) if folder else None
        waiting = deadline is not None and deadline > time.monotonic()
        self.unlock_button.setEnabled(folder is not None and self._task is None and not waiting)

    # -- the other ways in -------------------------------------------------------------
    def create_vault(self) -> None:
        from counselor_desk.ui.create_vault import CreateVaultDialog

        vault = CreateVaultDialog.ask(self, self._vaults_root, self._kdf, settings=self._settings)
        if vault is not None:
            self._adopt(vault)

    def try_demo(self) -> None:
        demo = self._vaults_root / DEMO_VAULT
        if demo in list_vaults(self._vaults_root):
            self.select_vault(demo)
            self._set_recovery_mode(False)
            self.recovery_toggle.setChecked(False)
            self._show_message("")
            self._focus_secret()
            return
        from counselor_desk.ui.create_vault import CreateVaultDialog

        vault = CreateVaultDialog.ask(
            self, self._vaults_root, self._kdf, demo=True, settings=self._settings
        )
        if vault is not None:
            self._adopt(vault)

    def open_folder(self) -> None:
        start = self._vaults_root if self._vaults_root.is_dir() else None
        folder = Ask.folder(self, self.tr("Open a vault folder"), start)
        if folder is None:
            return
        if not db_path(folder).is_file():
            _show(
                self.other_message,
                self.tr("There is no vault in that folder (it has no vault.db)."),
            )
            return
        if folder not in self._extra_folders:
            self._extra_folders.append(folder)
        self.refresh()
        self.select_vault(folder)
        self._focus_secret()

    def _adopt(self, vault: Vault) -> None:
        """A vault made here is already open: remember it and hand it over."""
        self._remember(vault)
        self.refresh()
        self.unlocked.emit(vault)

    def _remember(self, vault: Vault) -> None:
        self._settings.set(LAST_VAULT, str(vault.folder))

    # -- small helpers -----------------------------------------------------------------
    def _set_recovery_mode(self, recovery: bool) -> None:
        # Never carry a typed passphrase into a field that shows its text.
        self.secret_edit.clear()
        if recovery:
            self.secret_label.setText(self.tr("&Recovery key:"))
            self.secret_edit.setEchoMode(QLineEdit.EchoMode.Normal)
            self.secret_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
            self.secret_edit.setAccessibleName(self.tr("Recovery key"))
            self.secret_edit.setPlaceholderText(self.tr("17 groups of 4, e.g. 1a2b-3c4d-…"))
        else:
            self.secret_label.setText(self.tr("&Passphrase:"))
            self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
            self.secret_edit.setFont(self.font())
            self.secret_edit.setAccessibleName(self.tr("Passphrase"))
            self.secret_edit.setPlaceholderText("")
        self._show_message("")
        if self._throttled_until:
            self._tick()  # a throttled vault keeps saying how long to wait

    def _show_message(self, text: str) -> None:
        _show(self.message_label, text)
        self.secret_edit.setAccessibleDescription(text)

    def _focus_secret(self) -> None:
        if self.secret_edit.isEnabled():
            self.secret_edit.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.vault_list.count():
            self._focus_secret()
        else:
            self.create_button.setFocus()


def _show(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))
