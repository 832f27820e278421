"""First run: make a vault (name, passphrase with live strength feedback), then show the
recovery key once, offer to print the recovery kit, and make the counselor say they
wrote it down. Also the small new-passphrase dialog used when keys.json has to be
rebuilt with the recovery key, and the recovery kit's print preview (shared with
Settings, which offers it again after the passphrase is typed once more)."""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from counselor_desk.domain.passphrase import assess_passphrase, suggest_passphrase
from counselor_desk.domain.recovery import format_recovery_key
from counselor_desk.ui.background import BackgroundTask
from counselor_desk.ui.errors import describe
from counselor_desk.ui.ui_settings import UiSettings
from counselor_desk.vault.keyslots import KdfParams
from counselor_desk.vault.locations import DEMO_VAULT

if TYPE_CHECKING:
    from counselor_desk.ui.print_preview import Deliver, Done, Failed, Release
    from counselor_desk.vault.store import Created, Vault

DEMO_NAME = "Demo"
DEMO_FOLDER = DEMO_VAULT
_GROUPS_PER_LINE = 4
# Red to green, with the message beside it so colour is never the only signal.
_STRENGTH_COLOURS = ("#c62828", "#c62828", "#ef6c00", "#2e7d32", "#1b5e20")
_ERROR_STYLE = "color: #b00020;"
# The audit row written when a recovery kit leaves the vault (printed or saved as a PDF):
# it names the slot that unlocked and how the sheet left, never the key.
RECOVERY_KIT_PRINTED = "recovery-kit-printed"


def folder_for(vaults_root: Path, name: str) -> Path:
    """A new folder under vaults_root named after name: ASCII, lowercase, never reused."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    base = re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")[:40].strip("-") or "vault"
    candidate = vaults_root / base
    number = 2
    while candidate.exists():
        candidate = vaults_root / f"{base}-{number}"
        number += 1
    return candidate


def recovery_key_lines(key: bytes) -> str:
    """The recovery key in rows of four groups; the 17th group, the checksum, on its own."""
    groups = format_recovery_key(key).split("-")
    rows = [groups[i : i + _GROUPS_PER_LINE] for i in range(0, 16, _GROUPS_PER_LINE)]
    return "\n".join(["-".join(row) for row in rows] + groups[16:])


def recovery_kit_release(vault: Vault) -> Release:
    """The print preview's release hook for the recovery kit: when the sheet leaves
    (printed, or saved as a PDF), one audit row, in the same transaction as the file's
    delivery (a save that fails logs nothing). On the UI thread's connection: the
    create-vault dialog has no worker yet, and Settings writes keys through it too."""

    def release(built: Any, deliver: Deliver | None, on_done: Done, on_error: Failed) -> None:
        pdf = built if isinstance(built, bytes) else built.pdf
        try:
            with vault.transaction() as conn:
                vault.audit.append(
                    conn,
                    RECOVERY_KIT_PRINTED,
                    at=vault.clock(),
                    subject=vault.slot_id,
                    detail="print" if deliver is None else "pdf",
                )
                result = deliver(pdf) if deliver is not None else None
        except Exception as exc:  # said in one sentence by the preview
            on_error(exc)
            return
        on_done(result)

    return release


def preview_recovery_kit(
    parent: QWidget | None, vault: Vault, key_text: str, settings: UiSettings | None
) -> None:
    """The recovery kit (vault name, the key in its groups with the checksum group, its
    QR code, what to do with the sheet) in the print preview. `key_text` is the formatted
    recovery key; the PDF is built on the preview's worker, in memory only, in the
    window's language."""
    # ReportLab and QtPdf load when a document is first printed, not at start-up.
    from counselor_desk.export.document import CancelCheck, PrintSetup, Progress
    from counselor_desk.export.recovery_kit import recovery_kit_pdf
    from counselor_desk.ui.errors import ui_language
    from counselor_desk.ui.print_preview import PrintPreviewDialog, suggested_file_name

    name, language, printed_at = vault.name, ui_language(), vault.clock()

    def build(progress: Progress, cancel: CancelCheck) -> bytes:
        setup = PrintSetup(printed_at, language=language, progress=progress, cancel=cancel)
        return recovery_kit_pdf(name, key_text, setup)

    title = QCoreApplication.translate("RecoveryKit", "Recovery kit")
    PrintPreviewDialog.preview(
        title,
        build,
        settings if settings is not None else UiSettings(),
        parent,
        file_name=suggested_file_name(title),
        release=recovery_kit_release(vault),
    )


def _error_label(name: str) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(_ERROR_STYLE)
    label.setAccessibleName(name)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def _show_message(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


class PassphraseFields(QObject):
    """Passphrase + confirmation with live strength feedback; reusable wherever a new
    passphrase is chosen. The owner adds the rows to its own QFormLayout."""

    changed = Signal()

    def __init__(self, owner: QWidget, user_inputs: Sequence[str] = ()) -> None:
        super().__init__(owner)
        self._user_inputs = tuple(user_inputs)
        self.passphrase_edit = QLineEdit(owner)
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setAccessibleName(self.tr("New passphrase"))
        self.passphrase_edit.setPlaceholderText(self.tr("A few unrelated words"))
        self.confirm_edit = QLineEdit(owner)
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm_edit.setAccessibleName(self.tr("Confirm the new passphrase"))
        self.show_check = QCheckBox(self.tr("S&how the passphrase"), owner)
        self.show_check.setAccessibleName(self.tr("Show the passphrase"))
        self.suggest_button = QPushButton(self.tr("S&uggest one"), owner)
        self.suggest_button.setAccessibleName(self.tr("Suggest a passphrase"))
        self.suggest_button.setAutoDefault(False)
        self.suggest_button.setToolTip(self.tr("Fill in a random passphrase of four words"))
        self.strength_bar = QProgressBar(owner)
        self.strength_bar.setRange(0, 4)
        self.strength_bar.setTextVisible(False)
        self.strength_bar.setFixedHeight(8)
        self.strength_bar.setAccessibleName(self.tr("Passphrase strength"))
        self.strength_label = QLabel(owner)
        self.strength_label.setWordWrap(True)
        self.strength_label.setAccessibleName(self.tr("Passphrase advice"))
        self.match_label = QLabel(owner)
        self.match_label.setWordWrap(True)
        self.match_label.setAccessibleName(self.tr("Do the passphrases match"))
        self._acceptable = False
        self._connect_signals()
        self._assess()

    def _connect_signals(self) -> None:
        self.passphrase_edit.textChanged.connect(self._assess)
        self.confirm_edit.textChanged.connect(self._assess)
        self.show_check.toggled.connect(self._set_shown)
        self.suggest_button.clicked.connect(self.suggest)

    def add_rows(self, form: QFormLayout) -> None:
        passphrase_label = QLabel(self.tr("&Passphrase:"))
        passphrase_label.setBuddy(self.passphrase_edit)
        row = QHBoxLayout()
        row.addWidget(self.passphrase_edit, 1)
        row.addWidget(self.suggest_button)
        form.addRow(passphrase_label, row)
        confirm_label = QLabel(self.tr("&Confirm:"))
        confirm_label.setBuddy(self.confirm_edit)
        form.addRow(confirm_label, self.confirm_edit)
        form.addRow("", self.show_check)
        form.addRow(self.tr("Strength:"), self.strength_bar)
        form.addRow("", self.strength_label)
        form.addRow("", self.match_label)

    def tab_chain(self) -> list[QWidget]:
        return [self.passphrase_edit, self.confirm_edit, self.show_check, self.suggest_button]

    def passphrase(self) -> str:
        return self.passphrase_edit.text()

    def is_acceptable(self) -> bool:
        """Strong enough and typed the same twice."""
        return self._acceptable and self.passphrase() == self.confirm_edit.text()

    def set_user_inputs(self, user_inputs: Sequence[str]) -> None:
        """Words already known about the counselor (their name) count as easy to guess."""
        self._user_inputs = tuple(user_inputs)
        self._assess()

    def suggest(self) -> None:
        text = suggest_passphrase()
        self.show_check.setChecked(True)  # a suggestion is no use unless it can be read
        self.passphrase_edit.setText(text)
        self.confirm_edit.setText(text)
        self.passphrase_edit.setFocus()

    def clear(self) -> None:
        self.passphrase_edit.clear()
        self.confirm_edit.clear()
        self.show_check.setChecked(False)

    def set_enabled(self, enabled: bool) -> None:
        for widget in self.tab_chain():
            widget.setEnabled(enabled)

    def _set_shown(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.passphrase_edit.setEchoMode(mode)
        self.confirm_edit.setEchoMode(mode)

    def _assess(self) -> None:
        text = self.passphrase()
        if not text:
            self._acceptable = False
            self._show_strength(
                0, self.tr("Use at least 12 characters; a few unrelated words work well.")
            )
        else:
            strength = assess_passphrase(text, self._user_inputs)
            self._acceptable = strength.acceptable
            advice = strength.message
            if strength.suggestion:
                advice = f"{advice} {strength.suggestion}"
            self._show_strength(strength.score, advice)
        confirm = self.confirm_edit.text()
        if not confirm:
            self.match_label.setText("")
        elif confirm != text:
            self.match_label.setText(self.tr("The two passphrases do not match yet."))
        else:
            self.match_label.setText(self.tr("The two passphrases match."))
        self.changed.emit()

    def _show_strength(self, score: int, advice: str) -> None:
        self.strength_bar.setValue(max(score, 0) if self.passphrase() else 0)
        colour = _STRENGTH_COLOURS[min(max(score, 0), 4)]
        self.strength_bar.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        self.strength_label.setText(advice)
        self.strength_bar.setAccessibleDescription(advice)


class CreateVaultDialog(QDialog):
    """Two steps: name and passphrase, then the recovery key shown once."""

    def __init__(
        self,
        vaults_root: Path,
        *,
        kdf: KdfParams | None = None,
        demo: bool = False,
        parent: QWidget | None = None,
        settings: UiSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self._vaults_root = vaults_root
        self._kdf = kdf  # None: calibrated for this machine (the program's default)
        self._demo = demo
        self._settings = settings  # for the print preview (None: the program's own)
        self._task: BackgroundTask | None = None
        self._key: bytearray | None = None  # for the recovery kit; zeroed when closed
        self.vault: Vault | None = None
        self.setWindowTitle(self.tr("Try the demo vault") if demo else self.tr("Create a vault"))
        self.setModal(True)
        self.setMinimumWidth(520)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._build_details_page())
        self.pages.addWidget(self._build_key_page())

        self.buttons = QDialogButtonBox(self)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.create_button = QPushButton(self.tr("C&reate the vault"), self)
        self.create_button.setAccessibleName(self.tr("Create the vault"))
        self.buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.finish_button = QPushButton(self.tr("&Finish"), self)
        self.finish_button.setAccessibleName(self.tr("Finish"))
        self.buttons.addButton(self.finish_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.finish_button.hide()
        self.finish_button.setEnabled(False)

        layout = self._layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(self.buttons)
        self._set_tab_order()
        self._connect_signals()
        self._update_create()

    # -- building ----------------------------------------------------------------------
    def _build_details_page(self) -> QWidget:
        page = QWidget(self)
        if self._demo:
            intro = self.tr(
                "The demo vault holds a made-up caseload to try the program with. It is "
                "encrypted like a real vault, so it needs a passphrase too."
            )
        else:
            intro = self.tr(
                "Your vault keeps your clients' records encrypted on this computer. Only "
                "your passphrase, or the recovery key you will see next, opens it."
            )
        intro_label = QLabel(intro, page)
        intro_label.setWordWrap(True)

        self.name_edit = QLineEdit(page)
        self.name_edit.setAccessibleName(self.tr("Your name"))
        self.name_edit.setPlaceholderText(self.tr("For example: A. Rivera"))
        self.name_edit.setToolTip(self.tr("Shown on the unlock screen to find your vault"))
        if self._demo:
            self.name_edit.setText(DEMO_NAME)
        name_label = QLabel(self.tr("Your &name:"), page)
        name_label.setBuddy(self.name_edit)

        self.fields = PassphraseFields(page, (self.name_edit.text(),))
        form = QFormLayout()
        form.addRow(name_label, self.name_edit)
        self.fields.add_rows(form)

        self.error_label = _error_label(self.tr("Problem creating the vault"))
        self.busy_bar = QProgressBar(page)
        self.busy_bar.setRange(0, 0)  # indeterminate: Argon2 gives no progress
        self.busy_bar.setAccessibleName(self.tr("Creating the vault"))
        self.busy_bar.setFormat(self.tr("Creating the vault…"))
        self.busy_bar.hide()

        layout = QVBoxLayout(page)
        layout.addWidget(intro_label)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.busy_bar)
        layout.addStretch(1)
        return page

    def _build_key_page(self) -> QWidget:
        page = QWidget(self)
        title = QLabel(self.tr("Your recovery key"), page)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        explanation = QLabel(
            self.tr(
                "Write this key on paper now; it is shown only this once. If you ever "
                "forget your passphrase, this key opens the vault, so your records are "
                "never lost. Keep the paper locked away, apart from this computer: "
                "anyone who has it can read your records."
            ),
            page,
        )
        explanation.setWordWrap(True)
        self.key_label = QLabel(page)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(max(mono.pointSizeF(), 9.0) * 1.6)
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.key_label.setFont(mono)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.key_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        self.key_label.setStyleSheet("padding: 12px; border: 1px solid palette(mid);")
        # Room for all five rows up front: the dialog was sized for the first step.
        lines = self.key_label.fontMetrics().lineSpacing() * 5
        self.key_label.setMinimumHeight(lines + 2 * 12 + 8)
        self.written_check = QCheckBox(self.tr("I have &written it down"), page)
        self.written_check.setAccessibleName(self.tr("I have written the recovery key down"))
        self.print_kit_button = QPushButton(self.tr("Print the recovery &kit…"), page)
        self.print_kit_button.setAccessibleName(self.tr("Print the recovery kit"))
        self.print_kit_button.setToolTip(
            self.tr("A sheet with this key and a QR code of it, to lock away")
        )
        self.print_kit_button.setAutoDefault(False)  # Enter on the checkbox still finishes

        row = QHBoxLayout()
        row.addWidget(self.written_check)
        row.addStretch(1)
        row.addWidget(self.print_kit_button)
        layout = self._key_layout = QVBoxLayout(page)
        layout.addWidget(title)
        layout.addWidget(explanation)
        layout.addWidget(self.key_label)
        layout.addSpacing(8)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.name_edit,
            *self.fields.tab_chain(),
            self.create_button,
            self.cancel_button,
            self.key_label,
            self.written_check,
            self.print_kit_button,
            self.finish_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _connect_signals(self) -> None:
        self.name_edit.textChanged.connect(self._name_changed)
        self.fields.changed.connect(self._update_create)
        self.create_button.clicked.connect(self.create)
        self.cancel_button.clicked.connect(self.reject)
        self.finish_button.clicked.connect(self.accept)
        self.written_check.toggled.connect(self.finish_button.setEnabled)
        self.print_kit_button.clicked.connect(self.print_recovery_kit)

    # -- step 1 ------------------------------------------------------------------------
    def _name_changed(self, name: str) -> None:
        self.fields.set_user_inputs((name.strip(),))
        self._update_create()

    def _update_create(self) -> None:
        ready = bool(self.name_edit.text().strip()) and self.fields.is_acceptable()
        self.create_button.setEnabled(ready and self._task is None)
        self.create_button.setDefault(ready)

    def create(self) -> None:
        """Make the vault off the UI thread (Argon2 calibration and derivation take ~1.5 s)."""
        if self._task is not None or not self.create_button.isEnabled():
            return
        name = self.name_edit.text().strip()
        passphrase = self.fields.passphrase()
        folder = (
            folder_for(self._vaults_root, DEMO_FOLDER)
            if self._demo
            else folder_for(self._vaults_root, name)
        )
        kdf, demo = self._kdf, self._demo

        def job() -> Created:
            # Imported here: the unlock window starts faster without them.
            from counselor_desk.services.demo import populate_demo
            from counselor_desk.vault.store import create_vault

            created = create_vault(folder, name, passphrase, kdf=kdf)
            if demo:
                try:
                    populate_demo(created.vault, today=date.today())
                except BaseException:
                    created.vault.lock()
                    raise
            return created

        _show_message(self.error_label, "")
        self._task = BackgroundTask(job, "create-vault")
        self._task.succeeded.connect(self._created)
        self._task.failed.connect(self._failed)
        self._set_busy(True)
        self._task.start()

    def _set_busy(self, busy: bool) -> None:
        self.busy_bar.setVisible(busy)
        self.name_edit.setEnabled(not busy)
        self.fields.set_enabled(not busy)
        self.cancel_button.setEnabled(not busy)
        self._update_create()

    def _created(self, created: Created) -> None:
        self._task = None
        self._set_busy(False)
        self.vault = created.vault
        self._key = bytearray(created.recovery_key)
        self.key_label.setText(recovery_key_lines(created.recovery_key))
        # The passphrase has done its job; keep no copy in a widget.
        self.fields.clear()
        self.create_button.hide()
        self.cancel_button.hide()
        self.finish_button.show()
        self.finish_button.setDefault(True)
        self.pages.setCurrentIndex(1)
        # Lay the key's page out now: the dialog grows to hold the key and the rows under
        # it. (adjustSize() went by a size hint cached before the key was set, and shrank
        # the dialog until those rows overlapped the key's box.)
        self._key_layout.activate()
        self._layout.activate()
        self.key_label.setFocus()

    def _failed(self, exc: Exception) -> None:
        # Nothing typed is lost: the fields keep their text for another try.
        self._task = None
        self._set_busy(False)
        _show_message(self.error_label, describe(exc))
        self.name_edit.setFocus()

    # -- step 2 and closing --------------------------------------------------------------
    @property
    def showing_key(self) -> bool:
        return self.pages.currentIndex() == 1

    def print_recovery_kit(self) -> None:
        """The recovery kit in the print preview, from the key in memory."""
        if self.vault is None or self._key is None:
            return
        preview_recovery_kit(self, self.vault, format_recovery_key(self._key), self._settings)

    def accept(self) -> None:
        if self.vault is None or not self.written_check.isChecked():
            return
        super().accept()

    def reject(self) -> None:
        # The vault exists once the key shows: the only way on is "I have written it down".
        if self._task is not None or self.showing_key:
            return
        super().reject()

    def done(self, result: int) -> None:
        self.key_label.clear()  # the key is shown once, then gone from the widget
        if self._key is not None:
            self._key[:] = bytes(len(self._key))
            self._key = None
        self.fields.clear()
        super().done(result)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        vaults_root: Path,
        kdf: KdfParams | None = None,
        demo: bool = False,
        *,
        settings: UiSettings | None = None,
    ) -> Vault | None:
        """Run the dialog; the new vault, open, or None when cancelled before creation.
        `settings` are the window's (the print preview remembers its print-queue notice)."""
        dialog = cls(vaults_root, kdf=kdf, demo=demo, parent=parent, settings=settings)
        try:
            dialog.exec()
            return dialog.vault
        finally:
            dialog.deleteLater()


class NewPassphraseDialog(QDialog):
    """Asks for a new passphrase when keys.json must be rebuilt from the recovery key."""

    def __init__(self, vault_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose a new passphrase"))
        self.setModal(True)
        self.setMinimumWidth(460)
        explanation = QLabel(
            self.tr(
                "This vault's key file is missing or damaged. Your recovery key is right; "
                "choose a new passphrase to rebuild the key file."
            ),
            self,
        )
        explanation.setWordWrap(True)
        self.fields = PassphraseFields(self, (vault_name,))
        form = QFormLayout()
        self.fields.add_rows(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Rebuild"))
        self.ok_button.setAccessibleName(self.tr("Rebuild the key file"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.fields.changed.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.ok_button.setEnabled(self.fields.is_acceptable())

    def accept(self) -> None:
        if self.fields.is_acceptable():
            super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, vault_name: str) -> str | None:
        """The new passphrase, or None when cancelled."""
        dialog = cls(vault_name, parent)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.fields.passphrase() if accepted else None
        finally:
            dialog.fields.clear()
            dialog.deleteLater()
