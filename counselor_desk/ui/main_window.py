"""The main window: the unlock page until a vault is open, then the desk. Locking is
never blocked by a dialog and never loses a draft: drafts save first, dialogs close,
the key is dropped, and after unlock the counselor is back where they were."""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QClipboard, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
)

from counselor_desk.domain.errors import CounselorDeskError
from counselor_desk.domain.timeutil import Clock
from counselor_desk.ui.ask import Ask
from counselor_desk.ui.locking import LockManager
from counselor_desk.ui.ui_settings import AUTO_LOCK_MINUTES, SIGNER, UiSettings
from counselor_desk.ui.unlock_page import UnlockPage

if TYPE_CHECKING:
    from counselor_desk.ui.desk_page import DeskPage
    from counselor_desk.ui.group_notes import GroupNotesWindow
    from counselor_desk.ui.rotate_key import RotateKeyFlow, RotateRequest
    from counselor_desk.ui.search_popup import SearchPopup
    from counselor_desk.ui.workspace import Workspace
    from counselor_desk.vault.keyslots import KdfParams
    from counselor_desk.vault.store import Vault


class MainWindow(QMainWindow):
    locked = Signal(str)  # reason
    unlocked = Signal()
    integrity_problem = Signal(str)  # emitted from the check's thread, queued to the UI
    background_failed = Signal(str)  # the daily backup could not be made: one sentence

    def __init__(
        self,
        vaults_root: Path,
        settings: UiSettings,
        *,
        kdf: KdfParams | None = None,
        clock: Clock | None = None,
        autosave_ms: int = 1000,
    ) -> None:
        super().__init__()
        # Never a client name here: the title shows in task bars and screen shares.
        self.setWindowTitle(self.tr("Counselor Desk"))
        self.setObjectName("main-window")
        self._settings = settings
        self._autosave_ms = autosave_ms
        self._kdf = kdf  # tests pass cheap Argon2 parameters; None means calibrate
        self.workspace: Workspace | None = None
        self.desk: DeskPage | None = None
        self.search_popup: SearchPopup | None = None
        self._resume: tuple[str, dict[str, Any]] | None = None  # vault folder, desk state
        self.group_window: GroupNotesWindow | None = None
        self._resume_groups: dict[str, Any] | None = None  # the group window, if it was open
        # A digest of what was last copied here while unlocked (never the text itself):
        # the lock clears the clipboard only while it still holds that.
        self._copied_digest: bytes | None = None

        self.stack = QStackedWidget(self)
        self._clock = clock
        self.rotation: RotateKeyFlow | None = None  # a vault-key rotation, while it runs
        self.unlock_page = UnlockPage(vaults_root, settings, kdf=kdf, clock=clock, parent=self)
        self.stack.addWidget(self.unlock_page)
        self.setCentralWidget(self.stack)
        self.status = QLabel(self)
        self.status.setAccessibleName(self.tr("Status"))
        self.statusBar().addPermanentWidget(self.status, 1)

        self.lock_manager = LockManager(int(settings.get(AUTO_LOCK_MINUTES)), parent=self)
        # Windows announces session lock and suspend to a window (a no-op elsewhere).
        if sys.platform == "win32":
            self.lock_manager.install_native_filter(int(self.winId()))
        self._make_actions()
        self.lock_manager.set_lock_keys(self.act_lock.shortcuts())
        self._connect_signals()
        self._set_unlocked_actions(False)
        geometry = settings.state("main-geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)

    # -- actions ---------------------------------------------------------------------------
    def _action(self, text: str, keys: list[QKeySequence], slot: Any, name: str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        unique: list[QKeySequence] = []
        for key in keys:  # a platform's standard key may equal the fallback
            if not key.isEmpty() and key not in unique:
                unique.append(key)
        action.setShortcuts(unique)
        action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        std = QKeySequence.StandardKey
        self.act_lock = self._action(
            self.tr("&Lock"), [QKeySequence("Ctrl+L")], lambda: self.lock("manual"), "lock"
        )
        self.act_search = self._action(
            self.tr("&Search everything…"), [QKeySequence("Ctrl+K")], self.open_search, "search"
        )
        self.act_today = self._action(
            self.tr("&Today…"), [QKeySequence("Ctrl+T")], self.open_today, "today"
        )
        self.act_groups = self._action(
            self.tr("&Group notes…"), [QKeySequence("Ctrl+G")], self.open_groups, "group-notes"
        )
        self.act_cosign = self._action(
            self.tr("Notes waiting for &co-signature…"),
            [QKeySequence("Ctrl+Shift+G")],
            self.open_cosign,
            "cosign",
        )
        self.act_print = self._action(
            self.tr("&Print…"),
            [QKeySequence(QKeySequence.StandardKey.Print), QKeySequence("Ctrl+P")],
            self.open_print,
            "print",
        )
        # Only in this window: the group notes window, the preview and the handouts
        # dialog each have their own Ctrl+P.
        self.act_print.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.act_handouts = self._action(
            self.tr("Client &handouts…"), [QKeySequence("Ctrl+H")], self.open_handouts, "handouts"
        )
        self.act_new_client = self._action(
            self.tr("&New client…"),
            [QKeySequence(std.New), QKeySequence("Ctrl+N")],
            self._new_client,
            "new-client",
        )
        preferences = [QKeySequence(std.Preferences), QKeySequence("Ctrl+,")]
        self.act_settings = self._action(
            self.tr("Se&ttings…"),
            [k for k in preferences if not k.isEmpty()],
            self.open_settings,
            "settings",
        )
        self.act_quit = self._action(
            self.tr("&Quit"), [QKeySequence(std.Quit), QKeySequence("Ctrl+Q")], self.close, "quit"
        )
        self.act_undo = self._action(self.tr("&Undo"), [QKeySequence(std.Undo)], self._undo, "undo")
        self.act_redo = self._action(
            self.tr("&Redo"),
            [QKeySequence(std.Redo), QKeySequence("Ctrl+Shift+Z")],
            self._redo,
            "redo",
        )
        # Undo/redo act on the focused field; keep the field's own shortcut in charge.
        for action in (self.act_undo, self.act_redo):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)

        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.act_new_client)
        file_menu.addAction(self.act_print)
        file_menu.addSeparator()
        file_menu.addAction(self.act_lock)
        file_menu.addAction(self.act_quit)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.act_undo)
        edit_menu.addAction(self.act_redo)
        edit_menu.addSeparator()
        edit_menu.addAction(self.act_search)
        edit_menu.addAction(self.act_today)
        edit_menu.addAction(self.act_groups)
        edit_menu.addAction(self.act_cosign)
        edit_menu.addAction(self.act_handouts)
        edit_menu.addAction(self.act_settings)

    def _set_unlocked_actions(self, unlocked: bool) -> None:
        for action in (
            self.act_lock,
            self.act_search,
            self.act_today,
            self.act_groups,
            self.act_cosign,
            self.act_handouts,
            self.act_print,
            self.act_new_client,
            self.act_settings,
            self.act_undo,
            self.act_redo,
        ):
            action.setEnabled(unlocked)

    def _connect_signals(self) -> None:
        self.unlock_page.unlocked.connect(self.open_vault)
        self.lock_manager.lock_requested.connect(self.lock)
        self.integrity_problem.connect(self._report_damage)
        self.background_failed.connect(self.show_status)
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.dataChanged.connect(self._clipboard_changed)

    # -- unlocking -------------------------------------------------------------------------
    def open_vault(self, vault: Vault) -> None:
        """Build the desk around a freshly unlocked vault."""
        # Imported on first unlock: the unlock window itself shows sooner without them.
        from counselor_desk.ui.desk_page import DeskPage
        from counselor_desk.ui.search_popup import SearchPopup
        from counselor_desk.ui.workspace import Workspace

        self.workspace = Workspace(vault, self._signer(vault), self)
        self.workspace.failed.connect(self.show_status)
        self.desk = DeskPage(self.workspace, self._settings, self, autosave_ms=self._autosave_ms)
        self.stack.addWidget(self.desk)
        self.stack.setCurrentWidget(self.desk)
        self.search_popup = SearchPopup(self.workspace, self)
        self.search_popup.hit_activated.connect(self.desk.open_hit)
        # Back to the main window once the popup closes (some window managers leave
        # the keyboard nowhere).
        self.search_popup.hit_activated.connect(lambda _hit: self.activateWindow())
        self._set_unlocked_actions(True)
        self.lock_manager.start()
        self.desk.focus_caseload()
        if self._resume and self._resume[0] == str(vault.folder):
            self.desk.restore_state(self._resume[1])
            if self._resume_groups is not None:
                self.open_groups()
                if self.group_window is not None:
                    self.group_window.restore_state(self._resume_groups)
        self._resume = None
        self._resume_groups = None
        for notice in vault.notices:
            self.show_status(notice)
        self.unlocked.emit()
        self._start_background_checks(vault)

    def _start_background_checks(self, vault: Vault) -> None:
        """Page HMACs and quick_check, then the daily backup, off the UI thread after
        unlock; a damaged page is reported in the window, never silently ignored."""
        import threading

        from counselor_desk.ui.errors import describe  # after unlock, not at start-up

        def run() -> None:
            try:
                problems = vault.start_background_check().result()
                if problems and vault.is_open:  # not a check cut short by a lock
                    self.integrity_problem.emit(problems[0])
                elif vault.is_open:
                    vault.backup_if_due()
            except CounselorDeskError as exc:
                if vault.is_open:  # a real failure (e.g. the backup folder is full)
                    self.background_failed.emit(describe(exc))
            except Exception:  # locked meanwhile (connections closed): nothing to report
                return

        threading.Thread(target=run, name="after-unlock", daemon=True).start()

    def _report_damage(self, problem: str) -> None:
        text = self.tr(
            "This vault failed its integrity check (%1). Keep working only to copy what you "
            "need; then restore the newest backup (counselor-desk restore … "
            "--replace-damaged)."
        ).replace("%1", problem)
        self.show_status(text)
        Ask.warn(self, self.tr("The vault is damaged"), text)

    def show_status(self, text: str) -> None:
        self.status.setText(text)

    # -- locking ---------------------------------------------------------------------------
    def lock(self, reason: str = "manual") -> None:
        """Save drafts, close dialogs, drop the key, close every connection."""
        if self.workspace is None or self.desk is None:
            return
        self.lock_manager.stop()
        self.desk.flush()
        self._resume = (str(self.workspace.folder), self.desk.state())
        self._resume_groups = None
        if self.group_window is not None:
            self.group_window.flush()
            self._resume_groups = (
                self.group_window.state() if self.group_window.isVisible() else None
            )
            self.group_window.shutdown()
            self.group_window.deleteLater()
            self.group_window = None
        self._close_dialogs()
        if self.search_popup is not None:
            self.search_popup.close()
            self.search_popup.deleteLater()
            self.search_popup = None
        self.desk.save_layout()
        workspace, desk = self.workspace, self.desk
        self.workspace, self.desk = None, None
        workspace.close()
        self.stack.removeWidget(desk)
        desk.deleteLater()
        workspace.deleteLater()
        self._set_unlocked_actions(False)
        self.stack.setCurrentWidget(self.unlock_page)
        self.unlock_page.refresh()
        self.unlock_page.subtitle.setText(self._locked_text(reason))
        self._clear_clipboard()
        self.locked.emit(reason)

    def _locked_text(self, reason: str) -> str:
        texts = {
            "idle": self.tr("Locked after a quiet spell. Your drafts were saved."),
            "sleep": self.tr("Locked before the computer slept. Your drafts were saved."),
            "screen-locked": self.tr("Locked with the screen. Your drafts were saved."),
            "resumed": self.tr("Locked after the computer woke up. Your drafts were saved."),
        }
        return texts.get(reason, self.tr("Locked. Your drafts were saved."))

    def _close_dialogs(self) -> None:
        """A dialog never blocks a lock: every open one is rejected (its exec() returns)."""
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, (QDialog, QMessageBox)) and widget.isVisible():
                widget.reject()

    def _clipboard_changed(self) -> None:
        """Remember text copied from the open vault. A change made while this program is
        in front (or owns the clipboard) is ours; another program's copy is not."""
        clipboard = QGuiApplication.clipboard()
        if self.workspace is None or clipboard is None:
            return
        active = QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive
        if active or clipboard.ownsClipboard():
            self._copied_digest = _digest(clipboard.text())

    def _clear_clipboard(self) -> None:
        """Clear what still holds text from the vault: the clipboard, if it is what was
        copied here (some platforms, e.g. offscreen, cannot say who owns it), and the
        X11 selection and macOS find buffer this program owns (selected note text)."""
        clipboard = QGuiApplication.clipboard()
        copied, self._copied_digest = self._copied_digest, None
        if clipboard is None:
            return
        # Another program's clipboard is read only when something was copied here.
        if clipboard.ownsClipboard() or (
            copied is not None and _digest(clipboard.text()) == copied
        ):
            clipboard.clear(QClipboard.Mode.Clipboard)
        if clipboard.supportsSelection() and clipboard.ownsSelection():
            clipboard.clear(QClipboard.Mode.Selection)
        if clipboard.supportsFindBuffer() and clipboard.ownsFindBuffer():
            clipboard.clear(QClipboard.Mode.FindBuffer)

    # -- commands --------------------------------------------------------------------------
    def open_search(self) -> None:
        if self.search_popup is not None:
            self.search_popup.open_search()

    def open_today(self) -> None:
        """Who is due for a screen or a session today; choosing one opens the chart."""
        if self.workspace is None or self.desk is None:
            return
        from counselor_desk.ui.today_view import TodayDialog

        chosen = TodayDialog.ask_due(self.workspace, self)
        if chosen and self.desk is not None:  # a lock may have closed the dialog
            self.desk.client_list.select_client(chosen.client_id)
            self.desk.show_client(chosen.client_id)
            if chosen.plan_id and self.desk.chart.current_client_id == chosen.client_id:
                self.desk.open_plan(chosen.plan_id)

    def open_groups(self) -> None:
        """The counselor's group notes (one window, kept until the vault locks)."""
        if self.workspace is None:
            return
        from counselor_desk.ui.group_notes import GroupNotesWindow

        if self.group_window is None:
            self.group_window = GroupNotesWindow(
                self.workspace, self, autosave_ms=self._autosave_ms, settings=self._settings
            )
        self.group_window.show()
        self.group_window.raise_()
        self.group_window.activateWindow()

    def open_cosign(self) -> None:
        """The supervisor's queue (an explanation when not unlocked as a supervisor)."""
        if self.workspace is None:
            return
        from counselor_desk.ui.cosign_view import CosignWindow

        CosignWindow.ask(self.workspace, self)

    def open_print(self) -> None:
        """Print… for the client shown: what and for whom, then the preview."""
        if self.workspace is None or self.desk is None:
            return
        client_id = self.desk.chart.current_client_id
        if not client_id:
            self.show_status(self.tr("Choose a client first, then print from their chart."))
            return
        from counselor_desk.ui.models import NOTE_ID_ROLE
        from counselor_desk.ui.print_dialog import print_for_client
        from counselor_desk.ui.tables import selected_row

        desk = self.desk
        desk.editor.flush()  # the note prints as it is on screen
        row = selected_row(desk.chart.session_table)
        note_id = (
            desk.chart.session_model.index(row, 0).data(NOTE_ID_ROLE)
            if row >= 0
            else desk.editor.current_note_id
        )
        print_for_client(
            self.workspace,
            self._settings,
            self,
            client_id,
            note_id=note_id,
            worksheet_id=desk.worksheets.current_worksheet_id,
        )

    def open_handouts(self) -> None:
        """Plain-language handouts, in the shown client's language by default."""
        if self.workspace is None or self.desk is None:
            return
        from counselor_desk.domain.errors import CounselorDeskError
        from counselor_desk.ui.handouts_view import HandoutsDialog

        client_id = self.desk.chart.current_client_id
        language = None
        if client_id:
            try:
                language = self.workspace.caseload.client(client_id).preferred_language
            except CounselorDeskError:
                language = None
        HandoutsDialog.ask(self._settings, self, language=language)

    def _signer(self, vault: Vault) -> str:
        """Who signs in this window: a supervisor signs with their own slot's label."""
        from counselor_desk.domain.supervision import SlotRole

        if vault.unlocked_role is SlotRole.SUPERVISOR and vault.unlocked_slot is not None:
            return vault.unlocked_slot.label
        return str(self._settings.get(SIGNER)) or vault.name

    def open_settings(self) -> None:
        if self.workspace is None:
            return
        from counselor_desk.ui.settings_dialog import SettingsDialog

        SettingsDialog.ask(
            self.workspace, self._settings, self, kdf=self._kdf, rotate_key=self._rotate_key
        )
        self.lock_manager.set_idle_minutes(int(self._settings.get(AUTO_LOCK_MINUTES)))
        if self.workspace is not None:  # a lock may have closed the dialog
            self.workspace.signer = self._signer(self.workspace.vault)

    def _new_client(self) -> None:
        if self.desk is not None:
            self.desk.client_list.new_client()

    def _undo(self) -> None:
        if self.desk is not None:
            self.desk.editor.undo()

    def _redo(self) -> None:
        if self.desk is not None:
            self.desk.editor.redo()

    def _rotate_key(self, request: RotateRequest) -> None:
        """A new vault key (Settings): the window locks, the vault is re-encrypted off this
        thread, and the new recovery key is shown once."""
        from counselor_desk.ui.rotate_key import RotateKeyFlow

        if self.rotation is None:
            self.rotation = RotateKeyFlow(
                lambda: self.lock("rotate"),
                self,
                settings=self._settings,
                kdf=self._kdf,
                clock=self._clock,
            )
            self.rotation.finished.connect(self.unlock_page.subtitle.setText)
        self.rotation.start(request)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.rotation is not None and self.rotation.running:
            event.ignore()  # the re-encryption finishes first (it cannot be cut short)
            return
        self._settings.set_state("main-geometry", self.saveGeometry())
        if self.workspace is not None:
            self.lock("quit")
        event.accept()


def _digest(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()
