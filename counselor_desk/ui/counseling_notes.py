"""SUD counseling notes (42 CFR 2.11): the counselor's private analysis, in a clearly
marked panel of its own. Same autosave as session notes ("Saved" only after the commit);
these notes never appear in the session-note list, summaries or client copies."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from counselor_desk.domain.records import CounselingNote
from counselor_desk.ui.autosave import Autosaver
from counselor_desk.ui.worker import Job
from counselor_desk.ui.workspace import Workspace, describe

_ID_ROLE = Qt.ItemDataRole.UserRole
_FIRST_LINE_CHARS = 60


def _local_date_text(value: datetime | None) -> str:
    if value is None:
        return ""
    stamp = QDateTime.fromSecsSinceEpoch(int(value.timestamp()))
    return QLocale().toString(stamp.date(), QLocale.FormatType.ShortFormat)


class CounselingNotesView(QWidget):
    """show_client(id) lists that client's counseling notes; flush() before locking."""

    saved = Signal(str)  # counseling note id: everything typed is committed
    status_changed = Signal(str)

    def __init__(
        self, workspace: Workspace, parent: QWidget | None = None, *, autosave_ms: int = 1000
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._client_id: str | None = None
        self._note_id: str | None = None
        self._loading = False
        self._autosaver = Autosaver(workspace, self._capture, delay_ms=autosave_ms, parent=self)
        self._build()
        self._connect_signals()
        self._show_note(None, "")

    def _build(self) -> None:
        self._banner = QLabel(
            self.tr(
                "SUD counseling notes (42 CFR 2.11): your private analysis. Kept apart; "
                "never printed or disclosed without a consent that names them."
            ),
            self,
        )
        self._banner.setWordWrap(True)
        self._banner.setAccessibleName(self.tr("About SUD counseling notes"))
        self._banner.setStyleSheet(
            "QLabel { background: #efe6fb; color: #2e1a4f; border: 1px solid #8a6bbf;"
            " border-left: 6px solid #6b46a8; border-radius: 3px; padding: 8px;"
            " font-weight: bold; }"
        )

        left = QWidget(self)
        list_label = QLabel(self.tr("Counseling &notes"), left)
        self._list = QListWidget(left)
        self._list.setAccessibleName(self.tr("Counseling notes"))
        self._list.setObjectName("counselingList")
        self._list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._list.setTextElideMode(Qt.TextElideMode.ElideRight)
        list_label.setBuddy(self._list)
        self._new_button = QPushButton(self.tr("New &counseling note"), left)
        self._new_button.setAccessibleName(self.tr("New counseling note"))
        self._new_button.setObjectName("newCounselingNote")
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(list_label)
        left_layout.addWidget(self._list, 1)
        left_layout.addWidget(self._new_button)

        right = QWidget(self)
        editor_label = QLabel(self.tr("&Text"), right)
        self._status = QLabel(right)
        self._status.setAccessibleName(self.tr("Save status"))
        self._editor = QPlainTextEdit(right)
        self._editor.setTabChangesFocus(True)
        self._editor.setAccessibleName(self.tr("Counseling note text"))
        editor_label.setBuddy(self._editor)
        self._notice = QLabel(right)
        self._notice.setWordWrap(True)
        self._notice.setTextFormat(Qt.TextFormat.PlainText)
        self._notice.setAccessibleName(self.tr("Message"))
        row = QHBoxLayout()
        row.addWidget(editor_label)
        row.addStretch(1)
        row.addWidget(self._status)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(row)
        right_layout.addWidget(self._notice)
        right_layout.addWidget(self._editor, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 480])

        layout = QVBoxLayout(self)
        layout.addWidget(self._banner)
        layout.addWidget(splitter, 1)

        QWidget.setTabOrder(self._list, self._new_button)
        QWidget.setTabOrder(self._new_button, self._editor)

    def _connect_signals(self) -> None:
        self._list.currentItemChanged.connect(self._picked)
        self._new_button.clicked.connect(self.new_note)
        self._editor.textChanged.connect(self._edited)
        self._autosaver.status_changed.connect(self._autosave_status)
        self._autosaver.saved.connect(self._autosaved)
        self._autosaver.failed.connect(self._workspace.failed)

    # -- public API ----------------------------------------------------------------------
    @property
    def current_note_id(self) -> str | None:
        return self._note_id

    @property
    def has_unsaved_changes(self) -> bool:
        return self._autosaver.dirty

    @property
    def autosaver(self) -> Autosaver:
        return self._autosaver

    @property
    def editor(self) -> QPlainTextEdit:
        return self._editor

    def status_text(self) -> str:
        return self._status.text()

    def show_client(self, client_id: str) -> bool:
        """List a client's counseling notes, newest first, and open the newest."""
        if client_id == self._client_id:
            return True
        if not self._leave_current():
            return False
        self._client_id = client_id
        notes = self._workspace.caseload.counseling_notes(client_id)
        self._fill(notes)
        return True

    def open_counseling_note(self, note_id: str) -> bool:
        item = self._item_for(note_id)
        if item is None:
            return False
        self._list.setCurrentItem(item)
        return self._note_id == note_id

    def new_note(self) -> None:
        """Start an empty counseling note for the client shown (created on the worker)."""
        client_id = self._client_id
        if client_id is None or not self._leave_current():
            return
        self._new_button.setEnabled(False)
        self._workspace.write(
            lambda c: c.add_counseling_note(CounselingNote(client_id, text="")),
            on_done=self._created,
            on_error=self._create_failed,
        )

    def flush(self, timeout: float = 5.0) -> bool:
        """Save pending edits now and wait for the commit (before locking or switching)."""
        if self._note_id is None:
            return True
        return self._autosaver.flush(timeout)

    def clear(self) -> None:
        """Forget the client shown (after flush(), e.g. on lock)."""
        self._autosaver.reset()
        self._client_id = None
        self._fill([])

    def state(self) -> dict[str, Any]:
        """Client, note and cursor (no note text: safe to keep across a lock)."""
        return {
            "client_id": self._client_id,
            "note_id": self._note_id,
            "cursor": self._editor.textCursor().position() if self._note_id else 0,
        }

    def restore_state(self, state: dict[str, Any]) -> None:
        client_id, note_id = state.get("client_id"), state.get("note_id")
        if not client_id or not self.show_client(str(client_id)):
            return
        if not note_id or not self.open_counseling_note(str(note_id)):
            return
        cursor = self._editor.textCursor()
        length = len(self._editor.toPlainText())
        cursor.setPosition(max(0, min(int(state.get("cursor") or 0), length)))
        self._editor.setTextCursor(cursor)

    # -- list ----------------------------------------------------------------------------
    def _fill(self, notes: list[CounselingNote]) -> None:
        self._loading = True
        try:
            self._list.clear()
            for note in reversed(notes):  # newest first
                self._list.addItem(self._make_item(note))
        finally:
            self._loading = False
        self._new_button.setEnabled(self._client_id is not None)
        if self._list.count():
            self._list.setCurrentRow(0)
        else:
            self._show_note(None, "")

    def _make_item(self, note: CounselingNote) -> QListWidgetItem:
        item = QListWidgetItem()
        item.setData(_ID_ROLE, note.id)
        item.setData(Qt.ItemDataRole.UserRole + 1, _local_date_text(note.created_at))
        self._label_item(item, note.text)
        return item

    def _label_item(self, item: QListWidgetItem, text: str) -> None:
        first = next((line.strip() for line in text.splitlines() if line.strip()), "")
        if len(first) > _FIRST_LINE_CHARS:
            first = first[: _FIRST_LINE_CHARS - 1] + "…"
        date_text = item.data(Qt.ItemDataRole.UserRole + 1)
        empty = self.tr("(empty)")
        item.setText(f"{date_text} — {first or empty}")
        item.setToolTip(item.text())

    def _item_for(self, note_id: str) -> QListWidgetItem | None:
        for row in range(self._list.count()):
            item = self._list.item(row)
            if item is not None and item.data(_ID_ROLE) == note_id:
                return item
        return None

    def _picked(self, current: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if self._loading:
            return
        note_id = current.data(_ID_ROLE) if current is not None else None
        if note_id == self._note_id:
            return
        if not self._leave_current():
            self._loading = True  # stay on the note that could not be saved
            try:
                self._list.setCurrentItem(previous)
            finally:
                self._loading = False
            return
        if note_id is None:
            self._show_note(None, "")
            return
        found = [n for n in self._workspace.caseload.counseling_notes(self._client_id or "")]
        text = next((n.text for n in found if n.id == note_id), "")
        self._show_note(note_id, text)

    def _show_note(self, note_id: str | None, text: str) -> None:
        self._autosaver.reset()
        self._note_id = note_id
        self._loading = True
        try:
            self._editor.setPlainText(text)  # also clears the undo history
        finally:
            self._loading = False
        self._editor.setEnabled(note_id is not None)
        self._editor.setPlaceholderText(
            self.tr("Write your analysis here. It is saved as you type.")
            if note_id is not None
            else self.tr("Choose a counseling note, or start a new one.")
        )
        self._set_notice("")
        self._render_status()

    # -- saving --------------------------------------------------------------------------
    def _capture(self) -> Job:
        note_id, text = self._note_id, self._editor.toPlainText()
        assert note_id is not None
        return lambda caseload: caseload.save_counseling_note(note_id, text)

    def _edited(self) -> None:
        if not self._loading and self._note_id is not None:
            self._autosaver.touch()

    def _autosave_status(self, _text: str) -> None:
        self._render_status()

    def _autosaved(self) -> None:
        if self._note_id is None:
            return
        item = self._item_for(self._note_id)
        if item is not None:
            self._label_item(item, self._editor.toPlainText())
        self.saved.emit(self._note_id)

    def _created(self, note: CounselingNote) -> None:
        self._new_button.setEnabled(self._client_id is not None)
        if note.client_id != self._client_id:
            return
        item = self._make_item(note)
        self._list.insertItem(0, item)
        self._list.setCurrentItem(item)
        self._editor.setFocus()

    def _create_failed(self, exc: Exception) -> None:
        self._new_button.setEnabled(self._client_id is not None)
        self._set_notice(describe(exc))

    def _leave_current(self) -> bool:
        if self.flush():
            return True
        self._set_notice(
            self.tr(
                "This counseling note could not be saved yet, so it stays open. {reason}"
            ).format(reason=self._autosaver.error)
        )
        return False

    def _render_status(self) -> None:
        self._status.setText(self._autosaver.status_text())
        self._status.setToolTip(self._autosaver.error)
        self.status_changed.emit(self._status.text())

    def _set_notice(self, text: str) -> None:
        self._notice.setText(text)
        self._notice.setVisible(bool(text))
