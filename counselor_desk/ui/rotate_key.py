"""A new vault key from the window: the way out when the recovery sheet is lost, or when
an old passphrase must stop opening old backups and copies.

The steps, and who owns each:
  1. Settings offers "Make a new vault key…" (RotateKeyDialog): what it does and when, which
     slots go, the passphrase typed again (checked off the UI thread, nothing written;
     a wrong one changes nothing and locks nothing), then one confirmation. It answers
     with a RotateRequest and never holds the vault.
  2. RotateKeyFlow (owned by the main window) has the window lock first (drafts saved,
     dialogs closed, the vault's lock file released: rotation takes that lock itself),
     then runs services.rotation.rotate on a thread of its own under a busy dialog that
     cannot be cancelled (the swap must finish or roll back, never stop half way).
  3. The new recovery key is shown once (NewRecoveryKeyDialog), with "I have written it
     down" and the recovery kit's print preview; for the kit's audit row the flow holds
     the new vault open, unlocked with the same passphrase, until that dialog closes.
  4. The unlock page returns; the counselor unlocks with the same passphrase.
A failure (a damaged vault, the vault in use) is one sentence, and the vault is as it was."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QFontDatabase
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
    QVBoxLayout,
    QWidget,
)

from counselor_desk.domain.errors import WrongPassphrase
from counselor_desk.domain.recovery import format_recovery_key
from counselor_desk.domain.timeutil import Clock, utc_now
from counselor_desk.ui.ask import Ask
from counselor_desk.ui.background import BackgroundTask
from counselor_desk.ui.create_vault import preview_recovery_kit, recovery_key_lines
from counselor_desk.ui.errors import describe
from counselor_desk.vault.keyslots import KdfParams, KeyFile, Slot

if TYPE_CHECKING:
    from counselor_desk.services.rotation import Rotation
    from counselor_desk.ui.ui_settings import UiSettings
    from counselor_desk.vault.store import Vault

_ERROR_STYLE = "color: #b00020;"
ASIDE_PATTERN = ".pre-rotation-"  # vault/rotation.py names the folder kept aside this way


@dataclass(frozen=True)
class RotateRequest:
    """What the counselor confirmed: the vault's folder, the passphrase that will open the
    re-encrypted vault (the one typed again), the slot that stays and those that go."""

    folder: Path
    passphrase: str = field(repr=False)
    kept: str
    dropped: tuple[str, ...]


def slot_opened_by(keyfile: KeyFile, slot_id: str | None, passphrase: str) -> Slot:
    """The slot that passphrase opens: the one that unlocked (slot_id), or, when the
    recovery key unlocked (None), whichever slot it opens. Raises WrongPassphrase; reads
    only, and the key it unwraps is zeroed at once."""
    slot = next((s for s in keyfile.slots if s.id == slot_id), None)
    if slot is not None:
        key = slot.unwrap(keyfile.vault_id, passphrase)
    else:
        key, slot = keyfile.unwrap(passphrase)
    try:
        if not keyfile.checks_key(key):
            raise WrongPassphrase("That passphrase does not open this vault.")
    finally:
        key[:] = bytes(len(key))
    return slot


def _bold(label: QLabel) -> QLabel:
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


def _wrapped(text: str, parent: QWidget, name: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setAccessibleName(name)
    return label


class RotateKeyDialog(QDialog):
    """What a new vault key does and when to make one, which slots will be removed, and
    the passphrase typed again. The check (Argon2, about a second) runs off the UI thread;
    a wrong passphrase is one sentence, the field keeps its text and nothing is written.
    A right one leads to one last confirmation; `request` is set only after it."""

    def __init__(
        self,
        keyfile: KeyFile,
        slot_id: str | None,
        folder: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._keyfile = keyfile
        self._slot_id = slot_id
        self._folder = folder
        self._task: BackgroundTask | None = None
        self._closed = False
        self.request: RotateRequest | None = None
        self.setWindowTitle(self.tr("Make a new vault key"))
        self.setAccessibleName(self.windowTitle())
        self.setModal(True)

        when = _bold(QLabel(self.tr("When to do this"), self))
        self.when_text = _wrapped(
            self.tr(
                "When your recovery sheet is lost, or when an old passphrase must stop "
                "opening old backups and old copies of this vault. Changing the passphrase "
                "alone does not do that: old backups keep opening with the old one."
            ),
            self,
        )
        what = _bold(QLabel(self.tr("What happens"), self))
        self.what_text = _wrapped(
            self.tr(
                "The window locks (your drafts are saved first). The whole vault is then "
                "encrypted again under a new key, with a new recovery key and a fresh "
                "backup; your passphrase stays the same. This takes a little while and "
                "cannot be cancelled once it has started. The new recovery key is shown "
                "once at the end: have paper ready, or a printer."
            ),
            self,
        )
        self.aside_text = _wrapped(
            self.tr(
                "The vault as it is now is kept beside it, in a folder named “%1”. It "
                "still opens with your old passphrase and your old recovery key: delete "
                "that folder, and your older backups, once the new recovery sheet is "
                "locked away."
            ).replace("%1", f"{folder.name}{ASIDE_PATTERN}…"),
            self,
        )
        self.slots_text = _wrapped(self._slots_sentence(), self, self.tr("Slots removed"))

        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Your passphrase"))
        label = QLabel(self.tr("Your &passphrase:"), self)
        label.setBuddy(self.passphrase)
        self.problem = _wrapped("", self, self.tr("Problem"))
        self.problem.setStyleSheet(_ERROR_STYLE)
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
        self.ok.setText(self.tr("Make a &new vault key…"))
        self.ok.setAccessibleName(self.tr("Make a new vault key"))
        self.cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel.setAccessibleName(self.tr("Cancel"))

        form = QFormLayout()
        form.addRow(label, self.passphrase)
        layout = QVBoxLayout(self)
        layout.addWidget(when)
        layout.addWidget(self.when_text)
        layout.addSpacing(6)
        layout.addWidget(what)
        layout.addWidget(self.what_text)
        layout.addWidget(self.aside_text)
        layout.addWidget(self.slots_text)
        layout.addSpacing(6)
        layout.addStretch(1)  # spare height below the explanation, not between its lines
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.setTabOrder(self.passphrase, self.ok)
        self.setTabOrder(self.ok, self.cancel)

        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.passphrase.textChanged.connect(self._update)
        self._update()
        self.passphrase.setFocus()

    def _slots_sentence(self) -> str:
        slots = self._keyfile.slots
        if self._slot_id is None:  # unlocked with the recovery key: the passphrase decides
            if len(slots) <= 1:
                return self.tr("This vault has one passphrase slot; it is kept.")
            return self.tr(
                "Only the slot whose passphrase you type below is kept; the others are "
                "removed and can be added again afterwards (Settings, Slots)."
            )
        others = [s.label for s in slots if s.id != self._slot_id]
        if not others:
            return self.tr("No other passphrase opens this vault, so no slot is removed.")
        return self.tr(
            "The new key can only be locked with your passphrase, so these slots are "
            "removed: %1. Add them again afterwards (Settings, Slots), with their "
            "holders there to type their passphrases."
        ).replace("%1", ", ".join(others))

    @property
    def checking(self) -> bool:
        return self._task is not None

    def _update(self) -> None:
        busy = self._task is not None
        self.ok.setEnabled(bool(self.passphrase.text()) and not busy)
        self.passphrase.setEnabled(not busy)

    def accept(self) -> None:
        """Check the passphrase off the UI thread; then the last confirmation."""
        text = self.passphrase.text()
        if not text or self._task is not None:
            return
        keyfile, slot_id = self._keyfile, self._slot_id
        self._task = BackgroundTask(
            lambda: slot_opened_by(keyfile, slot_id, text), "check-rotation-passphrase"
        )
        self._task.succeeded.connect(self._right)
        self._task.failed.connect(self._wrong)
        self.problem.hide()
        self.busy.show()
        self._update()
        self._task.start()

    def _right(self, slot: Slot) -> None:
        self._task = None
        if self._closed:
            return  # closed meanwhile (Cancel, a lock): the answer is no longer wanted
        self.busy.hide()
        self._update()
        dropped = tuple(s.label for s in self._keyfile.slots if s.id != slot.id)
        request = RotateRequest(self._folder, self.passphrase.text(), slot.label, dropped)
        if not Ask.confirm(
            self,
            self.tr("Make a new vault key"),
            self.tr("Lock the vault and make a new vault key now?"),
            self._confirm_detail(dropped),
        ):
            self.passphrase.setFocus()
            return
        if self._closed:  # a lock came while the question was open
            return
        self.request = request
        super().accept()

    def _confirm_detail(self, dropped: tuple[str, ...]) -> str:
        detail = self.tr(
            "It cannot be cancelled once it has started; keep the program open until the "
            "new recovery key shows."
        )
        if dropped:
            detail += " " + self.tr("These slots will be removed: %1.").replace(
                "%1", ", ".join(dropped)
            )
        return detail

    def _wrong(self, exc: object) -> None:
        self._task = None
        if self._closed:
            return
        self.busy.hide()
        self._update()
        if isinstance(exc, WrongPassphrase):
            sentence = self.tr("That is not the passphrase you unlocked with; nothing changed.")
        else:
            sentence = describe(exc) if isinstance(exc, BaseException) else str(exc)
        self.problem.setText(sentence)
        self.problem.show()
        self.passphrase.selectAll()  # the text stays; typing replaces it
        self.passphrase.setFocus()

    def done(self, result: int) -> None:
        """Closing forgets what was typed (the request keeps it for the flow); a check
        still running is ignored when it ends."""
        self._closed = True
        self.passphrase.clear()
        super().done(result)

    @classmethod
    def ask(
        cls, parent: QWidget | None, keyfile: KeyFile, slot_id: str | None, folder: Path
    ) -> RotateRequest | None:
        """The confirmed request, or None if cancelled. Takes the vault's keyfile and
        folder, never the vault: nothing here writes."""
        dialog = cls(keyfile, slot_id, folder, parent)
        try:
            dialog.exec()
            return dialog.request
        finally:
            dialog.deleteLater()


class RotationProgressDialog(QDialog):
    """Busy while the vault is encrypted again; it has no Cancel and ignores Escape and
    the close button, and says why: the swap must finish, or roll back on the next open."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.running = True
        self.setWindowTitle(self.tr("Making a new vault key"))
        self.setAccessibleName(self.windowTitle())
        self.setModal(True)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.message = _wrapped(
            self.tr(
                "Encrypting the vault again under a new key, checking the copy and making a "
                "fresh backup…"
            ),
            self,
            self.tr("Progress"),
        )
        self.note = _wrapped(
            self.tr(
                "This cannot be cancelled: keep the program open. If the computer stops "
                "meanwhile, the next unlock finishes the change or puts the old vault back."
            ),
            self,
        )
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)  # re-encryption gives no useful total here
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Making a new vault key"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        layout.addWidget(self.note)
        self.setMinimumWidth(440)

    def reject(self) -> None:
        if not self.running:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.running:
            event.ignore()
            return
        super().closeEvent(event)

    def finish(self) -> None:
        self.running = False
        self.accept()


class NewRecoveryKeyDialog(QDialog):
    """The new recovery key, shown once, with what happened: where the previous vault was
    kept (and that it still opens with the old secrets), the fresh backup, and the slots
    removed. Closes only once "I have written it down" is ticked."""

    def __init__(
        self,
        rotation: Rotation,
        vault: Vault | None,
        settings: UiSettings | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._vault = vault  # the new vault, open only for the recovery kit's audit row
        self._settings = settings
        self._key: bytearray | None = bytearray(rotation.new_key)
        self.setWindowTitle(self.tr("Your new recovery key"))
        self.setAccessibleName(self.windowTitle())
        self.setModal(True)
        self.setMinimumWidth(560)

        title = QLabel(self.tr("Your new recovery key"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        explanation = _wrapped(
            self.tr(
                "The vault has a new key. Write this new recovery key on paper now; it is "
                "shown only this once. Your old recovery key and the sheets printed with it "
                "no longer open this vault. Your passphrase is the same."
            ),
            self,
        )
        self.key_label = QLabel(recovery_key_lines(rotation.new_key), self)
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
        self.key_label.setAccessibleName(self.tr("New recovery key"))
        self.key_label.setStyleSheet("padding: 12px; border: 1px solid palette(mid);")

        self.aside_text = _wrapped(
            self.tr(
                "The vault as it was is kept in %1. It still opens with your old passphrase "
                "and your old recovery key: delete that folder, and the backups made before "
                "this change, once this new key is written down and locked away."
            ).replace("%1", str(rotation.aside)),
            self,
            self.tr("Previous vault"),
        )
        self.backup_text = _wrapped(
            self.tr("A fresh backup under the new key: %1").replace("%1", rotation.backup.name),
            self,
            self.tr("Fresh backup"),
        )
        self.backup_text.setToolTip(str(rotation.backup))
        self.dropped_text = _wrapped(
            self.tr(
                "These slots were removed (their passphrases could not be carried over): "
                "%1. Add them again in Settings, Slots."
            ).replace("%1", ", ".join(rotation.dropped_slots)),
            self,
            self.tr("Slots removed"),
        )
        self.dropped_text.setVisible(bool(rotation.dropped_slots))

        self.written_check = QCheckBox(self.tr("I have &written it down"), self)
        self.written_check.setAccessibleName(self.tr("I have written the new recovery key down"))
        self.print_kit_button = QPushButton(self.tr("Print the recovery &kit…"), self)
        self.print_kit_button.setAccessibleName(self.tr("Print the recovery kit"))
        self.print_kit_button.setAutoDefault(False)  # Enter on the checkbox still finishes
        if vault is None:
            self.print_kit_button.setEnabled(False)
            self.print_kit_button.setToolTip(
                self.tr("Unlock the vault, then print the kit from Settings, Passphrase")
            )
        else:
            self.print_kit_button.setToolTip(
                self.tr("A sheet with this key and a QR code of it, to lock away")
            )
        self.finish_button = QPushButton(self.tr("&Finish"), self)
        self.finish_button.setAccessibleName(self.tr("Finish"))
        self.finish_button.setEnabled(False)
        self.finish_button.setDefault(True)

        row = QHBoxLayout()
        row.addWidget(self.written_check)
        row.addStretch(1)
        row.addWidget(self.print_kit_button)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.finish_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(explanation)
        layout.addWidget(self.key_label)
        layout.addSpacing(6)
        layout.addLayout(row)
        layout.addSpacing(6)
        layout.addWidget(self.aside_text)
        layout.addWidget(self.backup_text)
        layout.addWidget(self.dropped_text)
        layout.addStretch(1)
        layout.addLayout(buttons)
        chain: list[QWidget] = [
            self.key_label,
            self.written_check,
            self.print_kit_button,
            self.finish_button,
        ]
        for first, second in itertools.pairwise(chain):
            self.setTabOrder(first, second)

        self.written_check.toggled.connect(self.finish_button.setEnabled)
        self.print_kit_button.clicked.connect(self.print_recovery_kit)
        self.finish_button.clicked.connect(self.accept)
        self.key_label.setFocus()

    def print_recovery_kit(self) -> None:
        """The new recovery kit in the print preview (an audit row in the new vault when
        the sheet leaves)."""
        if self._vault is None or self._key is None or not self._vault.is_open:
            return
        preview_recovery_kit(self, self._vault, format_recovery_key(self._key), self._settings)

    def accept(self) -> None:
        if self.written_check.isChecked():
            super().accept()

    def reject(self) -> None:
        # Shown only once: Escape must not lose it before it is written down.
        if self.written_check.isChecked():
            super().reject()

    def done(self, result: int) -> None:
        self.key_label.clear()  # shown once, then gone from the widget
        if self._key is not None:
            self._key[:] = bytes(len(self._key))
            self._key = None
        super().done(result)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        rotation: Rotation,
        vault: Vault | None,
        settings: UiSettings | None,
    ) -> None:
        """Show the new key until the counselor says it is written down."""
        dialog = cls(rotation, vault, settings, parent)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()


@dataclass(frozen=True)
class _Rotated:
    rotation: Rotation
    vault: Vault | None  # the new vault, open for the recovery kit; None if it would not open


class RotateKeyFlow(QObject):
    """Runs a confirmed RotateRequest: lock the window, rotate off the UI thread under a
    busy dialog, show the new key, then leave the vault locked at the unlock page.

    `lock` is the window's lock (it must save drafts, close dialogs and release the
    vault's lock file before it returns). `finished(str)` carries one sentence for the
    unlock page, whether the key changed or not; `failed(str)` the reason, if not."""

    finished = Signal(str)
    failed = Signal(str)

    def __init__(
        self,
        lock: Callable[[], None],
        parent: QWidget,
        *,
        settings: UiSettings | None = None,
        kdf: KdfParams | None = None,
        clock: Clock | None = None,
    ) -> None:
        super().__init__(parent)
        self._lock = lock
        self._window = parent
        self._settings = settings
        self._kdf = kdf  # None: calibrated for this machine (tests pass cheap parameters)
        self._clock = clock or utc_now
        self._task: BackgroundTask | None = None
        self.progress: RotationProgressDialog | None = None

    @property
    def running(self) -> bool:
        """True from the lock until the new key has been shown (the window must not quit)."""
        return self._task is not None

    def start(self, request: RotateRequest) -> None:
        if self._task is not None:
            return
        self._lock()
        folder, passphrase, kdf, clock = request.folder, request.passphrase, self._kdf, self._clock

        def job() -> _Rotated:
            # Imported here: the window starts faster without the rotation machinery.
            from counselor_desk.services.backups import Secret
            from counselor_desk.services.rotation import rotate

            secret = Secret(passphrase=passphrase)
            rotation = rotate(folder, secret, passphrase, kdf=kdf, clock=clock)
            try:
                vault: Vault | None = secret.unlock(folder, clock)
            except Exception:  # the key still shows; the kit prints after the next unlock
                vault = None
            return _Rotated(rotation, vault)

        self.progress = RotationProgressDialog(self._window)
        self.progress.open()
        self._task = BackgroundTask(job, "rotate-key")
        self._task.succeeded.connect(self._succeeded)
        self._task.failed.connect(self._failed)
        self._task.start()

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.finish()
            self.progress.deleteLater()
            self.progress = None

    def _succeeded(self, done: _Rotated) -> None:
        self._close_progress()
        try:
            NewRecoveryKeyDialog.ask(self._window, done.rotation, done.vault, self._settings)
        finally:
            if done.vault is not None and done.vault.is_open:
                done.vault.lock()
            self._task = None
        self.finished.emit(
            self.tr(
                "The vault has a new key and a new recovery key. Unlock it with your "
                "passphrase, as before."
            )
        )

    def _failed(self, exc: object) -> None:
        self._close_progress()
        self._task = None
        reason = describe(exc) if isinstance(exc, BaseException) else str(exc)
        Ask.warn(self._window, self.tr("The vault key was not changed"), reason)
        self.failed.emit(reason)
        self.finished.emit(
            self.tr("The vault key was not changed. Unlock the vault to go on working.")
        )


__all__ = [
    "NewRecoveryKeyDialog",
    "RotateKeyDialog",
    "RotateKeyFlow",
    "RotateRequest",
    "RotationProgressDialog",
    "slot_opened_by",
]
