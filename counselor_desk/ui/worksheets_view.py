"""The Worksheets tab: a client's worksheets (drafts and complete ones), the form of the
one open, and its history of versions.

A worksheet is filled in WITH the client, so its form speaks the client's preferred
language, while the list and the buttons speak the window's. Answers autosave like notes
("Saved" only after the commit); a save the service refuses (a phone number with
letters, say) keeps every answer on screen, says why, and is tried again as the
counselor fixes it. Writes go through workspace.write(service=Measures); reads use
workspace.measures on the UI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import pairwise
from typing import Any, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from counselor_desk.domain.errors import CounselorDeskError
from counselor_desk.domain.measures import (
    WorksheetInstance,
    WorksheetStatus,
    WorksheetValuesInvalid,
    WorksheetVersion,
)
from counselor_desk.domain.records import Client, Session
from counselor_desk.domain.worksheets import WorksheetDefinition
from counselor_desk.services.measures import Measures
from counselor_desk.ui.autosave import Autosaver
from counselor_desk.ui.errors import ui_language
from counselor_desk.ui.models import (
    ID_ROLE,
    language_label,
    local_day,
    session_kind_label,
    show_date,
    show_time,
)
from counselor_desk.ui.tables import CONTENTS_PRECISION
from counselor_desk.ui.worker import Job
from counselor_desk.ui.worksheet_form import WorksheetForm
from counselor_desk.ui.workspace import Workspace, describe

Index = QModelIndex | QPersistentModelIndex
SAFETY_PLAN = "safety_plan"  # the worksheet a PHQ-9 safety flag asks for
_NOTICE_STYLE = (
    "QLabel { background: #fff4e5; color: #3d2600; border: 1px solid #e0b070;"
    " border-left: 6px solid #c77700; padding: 6px; }"
)


def worksheet_title(measures: Measures, definition_id: str, language: str) -> str:
    """A worksheet's title; the bare id when its file is missing or was refused."""
    found = measures.definitions().definitions.get(definition_id)
    return found.title.get(language) if found is not None else definition_id


# -- the list ------------------------------------------------------------------------------


class WorksheetListModel(QAbstractTableModel):
    """A client's worksheets, newest first: title, the day it was started, status."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[WorksheetInstance, str]] = []  # worksheet, title
        self._headers = (self.tr("Worksheet"), self.tr("Started"), self.tr("Status"))

    def reload(self, worksheets: Sequence[WorksheetInstance], title: Callable[[str], str]) -> None:
        """`worksheets` oldest first, as the service lists them; `title` names a definition."""
        self.beginResetModel()
        self._rows = [(w, title(w.definition_id)) for w in reversed(worksheets)]
        self.endResetModel()

    def update(self, worksheet: WorksheetInstance) -> None:
        """Show a worksheet's new status without resetting the list (keeps the selection)."""
        row = self.row_of(worksheet.id)
        if row < 0:
            return
        self._rows[row] = (worksheet, self._rows[row][1])
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def worksheet_at(self, row: int) -> WorksheetInstance | None:
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def row_of(self, worksheet_id: str) -> int:
        return next((i for i, (w, _t) in enumerate(self._rows) if w.id == worksheet_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's own default)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row, column = index.row(), index.column()
        if not index.isValid() or not 0 <= row < len(self._rows) or not 0 <= column < 3:
            return None
        worksheet, title = self._rows[row]
        if role == ID_ROLE:
            return worksheet.id
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            if column == 0:
                return title
            if column == 1:
                started = worksheet.created_at
                return show_date(local_day(started)) if started is not None else ""
            return self.status_text(worksheet)
        if role == Qt.ItemDataRole.FontRole and column == 2 and not worksheet.is_complete:
            font = QFont()
            font.setItalic(True)  # a draft still wants work: it stands out a little
            return font
        return None

    def status_text(self, worksheet: WorksheetInstance) -> str:
        return self.tr("Complete") if worksheet.is_complete else self.tr("Draft")


# -- choosing a new worksheet --------------------------------------------------------------


@dataclass(frozen=True)
class WorksheetChoice:
    definition_id: str
    title: str
    help: str


class NewWorksheetDialog(QDialog):
    """Pick a worksheet by title and, optionally, the session it belongs to."""

    def __init__(
        self,
        parent: QWidget | None,
        choices: Sequence[WorksheetChoice],
        sessions: Sequence[Session],
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New worksheet"))
        self.setAccessibleName(self.windowTitle())
        self._choices = list(choices)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Worksheets"))
        for choice in self._choices:
            item = QListWidgetItem(choice.title)
            item.setData(ID_ROLE, choice.definition_id)
            item.setToolTip(choice.help)
            self.list.addItem(item)
        list_label = QLabel(self.tr("&Worksheet:"), self)
        list_label.setBuddy(self.list)
        self.help = QLabel(self)
        self.help.setWordWrap(True)
        self.help.setTextFormat(Qt.TextFormat.PlainText)
        self.help.setAccessibleName(self.tr("About this worksheet"))
        self.help.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        self.help.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        self.session = QComboBox(self)
        self.session.setAccessibleName(self.tr("Session"))
        self.session.addItem(self.tr("Not tied to a session"), None)
        newest = sorted(sessions, key=lambda s: s.start, reverse=True)
        for each in newest:
            label = " · ".join(
                (
                    f"{show_date(local_day(each.start))} {show_time(each.start)}",
                    session_kind_label(each.kind),
                )
            )
            self.session.addItem(label, each.id)
        # A worksheet is usually filled in during today's session; an older one is more
        # likely a different occasion, so then nothing is picked for the counselor.
        today = today or date.today()
        if newest and local_day(newest[0].start) == today:
            self.session.setCurrentIndex(1)
        session_row = QFormLayout()
        session_row.addRow(self.tr("&Session:"), self.session)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Start worksheet"))
        ok.setAccessibleName(ok.text())
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            self.tr("Cancel")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(list_label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.help)
        layout.addLayout(session_row)
        layout.addWidget(self.buttons)
        self.resize(460, 480)

        self.list.currentRowChanged.connect(self._picked)
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        if self._choices:
            self.list.setCurrentRow(0)
        self._picked(self.list.currentRow())

    def _picked(self, row: int) -> None:
        chosen = self._choices[row] if 0 <= row < len(self._choices) else None
        self.help.setText(chosen.help if chosen else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(chosen is not None)

    def choice(self) -> tuple[str, str | None] | None:
        """(definition id, session id or None) for the worksheet picked."""
        item = self.list.currentItem()
        if item is None:
            return None
        return str(item.data(ID_ROLE)), self.session.currentData()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        choices: Sequence[WorksheetChoice],
        sessions: Sequence[Session],
    ) -> tuple[str, str | None] | None:
        """The worksheet and session chosen, or None if cancelled."""
        dialog = cls(parent, choices, sessions)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        answer = dialog.choice() if accepted else None
        dialog.deleteLater()
        return answer


class VersionWindow(QDialog):
    """One version from a worksheet's history, shown read-only beside the current one."""

    def __init__(
        self,
        parent: QWidget | None,
        definition: WorksheetDefinition,
        language: str,
        version: WorksheetVersion,
        caption: str,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Worksheet version"))  # never a client's name
        self.setAccessibleName(self.windowTitle())
        label = QLabel(caption, self)
        label.setWordWrap(True)
        label.setAccessibleName(self.tr("Version"))
        self.form = WorksheetForm(definition, language, self)
        self.form.set_values(version.values)
        self.form.set_read_only(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        close.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.form, 1)
        layout.addWidget(close)
        self.resize(620, 640)


# -- the tab ---------------------------------------------------------------------------------


@dataclass
class _Completing:
    """A "mark complete" on its way. Set on the worker thread, so flush() can learn the
    outcome before the UI-thread callback has been delivered."""

    worksheet_id: str
    values: dict[str, Any]
    finished: threading.Event
    error: Exception | None = None


class WorksheetsView(QWidget):
    """show_client(id) lists that client's worksheets; flush() before locking."""

    status_changed = Signal(str)
    opened = Signal(str)  # worksheet id now shown in the form

    def __init__(
        self, workspace: Workspace, parent: QWidget | None = None, *, autosave_ms: int = 1000
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._client: Client | None = None
        self._worksheet: WorksheetInstance | None = None
        self._form: WorksheetForm | None = None
        self._loading = False
        self._completing: _Completing | None = None
        self._reopening = False
        self._starting = False  # a new worksheet is being made
        self._save_problem = False
        self._autosaver = Autosaver(
            workspace,
            self._capture,
            delay_ms=autosave_ms,
            service=Measures,
            parent=self,
        )
        self._build()
        self._connect_signals()
        self._show(None)

    # -- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        left = QWidget(self)
        list_label = QLabel(self.tr("&Worksheets"), left)
        self._model = WorksheetListModel(self)
        self._table = QTableView(left)
        self._table.setObjectName("worksheetList")
        self._table.setAccessibleName(self.tr("Worksheets"))
        self._table.setModel(self._model)
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._table.setTabKeyNavigation(False)
        self._table.setWordWrap(False)
        self._table.verticalHeader().setVisible(False)
        header = self._table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(CONTENTS_PRECISION)  # 200 worksheets: first rows
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        list_label.setBuddy(self._table)
        self._new_button = QPushButton(self.tr("New &worksheet…"), left)
        self._new_button.setObjectName("newWorksheet")
        self._new_button.setAccessibleName(self.tr("New worksheet"))
        history_label = QLabel(self.tr("&History"), left)
        self._history = QListWidget(left)
        self._history.setObjectName("worksheetHistory")
        self._history.setAccessibleName(self.tr("History of this worksheet"))
        self._history.setMaximumHeight(self.fontMetrics().lineSpacing() * 7)
        self._history.setWordWrap(True)
        self._history.setResizeMode(QListWidget.ResizeMode.Adjust)
        self._history.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        history_label.setBuddy(self._history)
        self._version_button = QPushButton(self.tr("Show &version"), left)
        self._version_button.setObjectName("showVersion")
        self._version_button.setAccessibleName(self.tr("Show the chosen version"))
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(list_label)
        left_layout.addWidget(self._table, 1)
        left_layout.addWidget(self._new_button)
        left_layout.addSpacing(8)
        left_layout.addWidget(history_label)
        left_layout.addWidget(self._history)
        left_layout.addWidget(self._version_button)

        right = QWidget(self)
        self._details = QLabel(right)
        self._details.setAccessibleName(self.tr("About this worksheet"))
        self._details.setWordWrap(True)
        self._status = QLabel(right)
        self._status.setAccessibleName(self.tr("Save status"))
        self._complete_button = QPushButton(self.tr("Mark &complete"), right)
        self._complete_button.setObjectName("markComplete")
        self._complete_button.setAccessibleName(self.tr("Mark this worksheet complete"))
        self._reopen_button = QPushButton(self.tr("&Reopen"), right)
        self._reopen_button.setObjectName("reopenWorksheet")
        self._reopen_button.setAccessibleName(self.tr("Reopen this worksheet to change it"))
        top = QHBoxLayout()
        top.addWidget(self._details, 1)
        top.addWidget(self._status)
        top.addWidget(self._complete_button)
        top.addWidget(self._reopen_button)
        self._notice = QLabel(right)
        self._notice.setObjectName("worksheetNotice")
        self._notice.setWordWrap(True)
        self._notice.setTextFormat(Qt.TextFormat.PlainText)
        self._notice.setAccessibleName(self.tr("Message"))
        self._notice.setStyleSheet(_NOTICE_STYLE)
        self._placeholder = QLabel(right)
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._placeholder.setWordWrap(True)
        self._form_box = QWidget(right)
        self._form_layout = QVBoxLayout(self._form_box)
        self._form_layout.setContentsMargins(0, 0, 0, 0)
        self._form_layout.addWidget(self._placeholder)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(top)
        right_layout.addWidget(self._notice)
        right_layout.addWidget(self._form_box, 1)

        self._splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self._splitter.setChildrenCollapsible(False)
        self._splitter.addWidget(left)
        self._splitter.addWidget(right)
        self._splitter.setStretchFactor(1, 1)
        self._splitter.setSizes([280, 620])
        layout = QVBoxLayout(self)
        layout.addWidget(self._splitter)

        chain = (
            self._table,
            self._new_button,
            self._history,
            self._version_button,
            self._complete_button,
            self._reopen_button,
        )
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _connect_signals(self) -> None:
        self._table.selectionModel().currentRowChanged.connect(self._picked)
        self._new_button.clicked.connect(self.new_worksheet)
        self._complete_button.clicked.connect(self.mark_complete)
        self._reopen_button.clicked.connect(self.reopen)
        self._version_button.clicked.connect(self.show_version)
        self._history.itemActivated.connect(lambda _item: self.show_version())
        self._history.currentRowChanged.connect(lambda _row: self._update_buttons())
        self._autosaver.status_changed.connect(lambda _text: self._render_status())
        self._autosaver.saved.connect(self._autosaved)
        self._autosaver.failed.connect(self._autosave_failed)

    # -- public API ----------------------------------------------------------------------------
    @property
    def current_client_id(self) -> str | None:
        return self._client.id if self._client else None

    @property
    def current_worksheet_id(self) -> str | None:
        return self._worksheet.id if self._worksheet else None

    @property
    def form(self) -> WorksheetForm | None:
        return self._form

    @property
    def model(self) -> WorksheetListModel:
        return self._model

    @property
    def autosaver(self) -> Autosaver:
        return self._autosaver

    @property
    def has_unsaved_changes(self) -> bool:
        return self._autosaver.dirty

    @property
    def history(self) -> QListWidget:
        return self._history

    def status_text(self) -> str:
        return self._status.text()

    def notice_text(self) -> str:
        return self._notice.text() if self._notice.isVisibleTo(self) else ""

    def show_client(self, client_id: str) -> bool:
        """List a client's worksheets, newest first (none open until one is picked)."""
        if client_id == self.current_client_id:
            return True
        if not self._leave_current():
            return False
        try:
            client = self._workspace.caseload.client(client_id)
        except CounselorDeskError as exc:
            self._workspace.failed.emit(describe(exc))
            return False
        self._client = client
        self._show(None)
        self._reload_list()
        return True

    def open_worksheet(self, worksheet_id: str) -> bool:
        """Show one worksheet (switching client when it is another's), e.g. a search hit."""
        try:
            worksheet = self._workspace.measures.worksheet(worksheet_id)
        except CounselorDeskError as exc:
            self._workspace.failed.emit(describe(exc))
            return False
        if worksheet.client_id != self.current_client_id and not self.show_client(
            worksheet.client_id
        ):
            return False
        if worksheet_id == self.current_worksheet_id:
            return True
        row = self._model.row_of(worksheet_id)
        if row < 0:
            self._reload_list()
            row = self._model.row_of(worksheet_id)
        index = self._model.index(row, 0)
        if self._table.currentIndex().row() == row:
            self._picked(index, index)  # the row is current but not shown: no signal comes
        else:
            self._table.setCurrentIndex(index)
        return self.current_worksheet_id == worksheet_id

    def open_or_start(self, definition_id: str = SAFETY_PLAN) -> None:
        """Open the client's newest worksheet of this kind, or start one (the safety plan
        a PHQ-9 safety flag asks for)."""
        if self._client is None:
            return
        same = [
            w
            for w in self._workspace.measures.worksheets(self._client.id)
            if w.definition_id == definition_id
        ]
        if same:
            self.open_worksheet(same[-1].id)  # listed oldest first
            if self._form is not None:
                self._form.focus_first()
            return
        self._start(definition_id, None)

    def new_worksheet(self) -> None:
        """Ask which worksheet (and session), then start it on the worker and open it."""
        if self._client is None:
            return
        language = ui_language()
        choices = sorted(
            (
                WorksheetChoice(d.id, d.title.get(language), d.help.get(language))
                for d in self._workspace.measures.definitions().definitions.values()
            ),
            key=lambda c: c.title.casefold(),
        )
        sessions = self._workspace.caseload.sessions(self._client.id)
        answer = NewWorksheetDialog.ask(self, choices, sessions)
        if answer is None:
            return
        self._start(*answer)

    def flush(self, timeout: float = 5.0) -> bool:
        """Save what was typed now and wait for the commit (before locking or switching)."""
        completing = self._completing
        if completing is not None and completing.finished.wait(timeout) and completing.error:
            # Refused or failed: the answers go back as a draft, so none are lost.
            self._completing = None  # its error callback, still queued, then does nothing
            if self._form is not None and self.current_worksheet_id == completing.worksheet_id:
                self._form.set_read_only(False)
                self._autosaver.touch()  # saved just below
            else:
                self._save_values(completing)
                self._workspace.worker.wait_idle(timeout)
            self._update_buttons()
            self._render_status()
        if self._worksheet is None:
            return True
        return self._autosaver.flush(timeout)

    def may_leave(self) -> bool:
        """Save what was typed before the desk shows another client; False (and why, in
        the notice) while the answers cannot be saved: the desk then stays."""
        return self._leave_current()

    def clear(self) -> None:
        """Forget the client shown (after flush(), e.g. on lock)."""
        self._autosaver.reset()
        self._client = None
        self._show(None)
        self._reload_list()

    def state(self) -> dict[str, Any]:
        """Client and worksheet (no answers: safe to keep across a lock)."""
        return {"client_id": self.current_client_id, "worksheet_id": self.current_worksheet_id}

    def restore_state(self, state: dict[str, Any]) -> None:
        client_id, worksheet_id = state.get("client_id"), state.get("worksheet_id")
        if not client_id or not self.show_client(str(client_id)):
            return
        if worksheet_id:
            self.open_worksheet(str(worksheet_id))

    # -- list and history ------------------------------------------------------------------
    def _title(self, definition_id: str) -> str:
        return worksheet_title(self._workspace.measures, definition_id, ui_language())

    def _reload_list(self) -> None:
        worksheets = self._workspace.measures.worksheets(self._client.id) if self._client else []
        self._loading = True
        try:
            self._model.reload(worksheets, self._title)
            if self._worksheet is not None:
                row = self._model.row_of(self._worksheet.id)
                if row >= 0:
                    self._table.setCurrentIndex(self._model.index(row, 0))
        finally:
            self._loading = False
        self._new_button.setEnabled(self._client is not None)
        self._placeholder.setText(
            self.tr("Choose a worksheet, or start a new one.")
            if self._client is not None
            else self.tr("Choose a client from the list.")
        )

    def _reload_history(self) -> None:
        self._history.clear()
        if self._worksheet is None:
            self._update_buttons()
            return
        for version in reversed(self._workspace.measures.history(self._worksheet.id)):
            item = QListWidgetItem(self._version_caption(version))
            item.setData(ID_ROLE, version.version)
            self._history.addItem(item)
        if not self._history.count():
            empty = QListWidgetItem(
                self.tr("No versions yet: one is kept each time it is marked complete.")
            )
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self._history.addItem(empty)
        self._update_buttons()

    def _version_caption(self, version: WorksheetVersion) -> str:
        when = f"{show_date(local_day(version.saved_at))} {show_time(version.saved_at)}"
        text = (
            self.tr("Version %1, marked complete %2")
            if version.status is WorksheetStatus.COMPLETE
            else self.tr("Version %1, reopened %2")
        )
        return text.replace("%1", str(version.version)).replace("%2", when)

    def show_version(self) -> None:
        """The chosen version, read-only, in a window of its own."""
        item = self._history.currentItem()
        if item is None or self._worksheet is None or item.data(ID_ROLE) is None:
            return
        number = int(item.data(ID_ROLE))
        versions = self._workspace.measures.history(self._worksheet.id)
        version = next((v for v in versions if v.version == number), None)
        definition = self._definition(self._worksheet.definition_id)
        if version is None or definition is None:
            return
        window = VersionWindow(self, definition, self._language(), version, item.text())
        window.show()

    # -- showing one worksheet -------------------------------------------------------------
    def _picked(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._loading:
            return
        worksheet = self._model.worksheet_at(current.row()) if current.isValid() else None
        if worksheet is not None and worksheet.id == self.current_worksheet_id:
            return
        if not self._leave_current():
            self._loading = True  # stay on the worksheet that could not be saved
            try:
                self._table.setCurrentIndex(previous)
            finally:
                self._loading = False
            return
        if worksheet is not None:
            # The list may be older than a write made since: read it afresh.
            try:
                worksheet = self._workspace.measures.worksheet(worksheet.id)
            except CounselorDeskError as exc:
                self._workspace.failed.emit(describe(exc))
                return
        self._show(worksheet)

    def _language(self) -> str:
        """Worksheets are filled in with the client: in the client's language."""
        return self._client.preferred_language.value if self._client else "en"

    def _definition(self, definition_id: str) -> WorksheetDefinition | None:
        return self._workspace.measures.definitions().definitions.get(definition_id)

    def _show(self, worksheet: WorksheetInstance | None) -> None:
        self._autosaver.reset()
        self._save_problem = False
        if self._form is not None:
            self._form_layout.removeWidget(self._form)
            self._form.hide()
            self._form.deleteLater()
            self._form = None
        self._worksheet = worksheet
        self._set_notice("")
        definition = self._definition(worksheet.definition_id) if worksheet else None
        if worksheet is not None and definition is None:
            self._set_notice(
                self.tr(
                    "The form of this worksheet (%1) is missing or was refused when the "
                    "program started, so it cannot be shown. Its answers are kept."
                ).replace("%1", worksheet.definition_id)
            )
        if definition is not None and worksheet is not None:
            form = WorksheetForm(definition, self._language(), self._form_box)
            form.setObjectName("worksheetForm")
            form.set_values(worksheet.values)
            form.set_read_only(worksheet.is_complete)
            form.edited.connect(self._edited)
            self._form_layout.addWidget(form, 1)
            # A layout shows a new child only on the next event-loop turn; until then
            # Tab and setFocus would skip the form.
            form.show()
            self._form = form
            first = definition.input_fields[0].key if definition.input_fields else None
            target = form.editor(first) if first else None
            if target is not None:
                # New widgets join the focus chain at the window's end: the form follows
                # the buttons above it instead.
                QWidget.setTabOrder(self._reopen_button, target)
                form.refresh_tab_order()
        self._placeholder.setVisible(self._form is None and worksheet is None)
        self._show_details()
        self._reload_history()
        self._render_status()
        if worksheet is not None:
            self.opened.emit(worksheet.id)

    def _show_details(self) -> None:
        worksheet = self._worksheet
        parts: list[str] = []
        if worksheet is not None and worksheet.created_at is not None:
            parts.append(
                self.tr("Started %1").replace("%1", show_date(local_day(worksheet.created_at)))
            )
        if worksheet is not None and worksheet.session_id:
            parts.append(self.tr("tied to a session"))
        if worksheet is not None and self._client is not None:
            parts.append(
                self.tr("in %1, the client's language").replace(
                    "%1", language_label(self._client.preferred_language)
                )
            )
        self._details.setText(" · ".join(parts))

    def _update_buttons(self) -> None:
        worksheet = self._worksheet
        busy = self._completing is not None or self._reopening
        draft = worksheet is not None and not worksheet.is_complete
        self._complete_button.setVisible(worksheet is None or draft)
        self._complete_button.setEnabled(draft and self._form is not None and not busy)
        self._reopen_button.setVisible(worksheet is not None and worksheet.is_complete)
        self._reopen_button.setEnabled(not busy)
        item = self._history.currentItem()
        self._version_button.setEnabled(item is not None and item.data(ID_ROLE) is not None)

    # -- saving --------------------------------------------------------------------------------
    def _capture(self) -> Job:
        assert self._worksheet is not None and self._form is not None
        worksheet_id, values = self._worksheet.id, self._form.values()
        return cast(Job, lambda measures: measures.save_worksheet(worksheet_id, values))

    def _edited(self) -> None:
        if self._worksheet is not None and not self._worksheet.is_complete:
            self._autosaver.touch()

    def _autosaved(self) -> None:
        if self._save_problem:
            self._save_problem = False
            self._set_notice("")

    def _autosave_failed(self, sentence: str) -> None:
        # The answers stay on screen; the autosaver tries again, and sooner once the
        # counselor changes something.
        self._save_problem = True
        self._set_notice(self.tr("Not saved yet: %1").replace("%1", sentence))

    def _leave_current(self) -> bool:
        if self.flush():
            return True
        self._set_notice(
            self.tr("This worksheet could not be saved yet, so it stays open. %1").replace(
                "%1", self._autosaver.error
            )
        )
        return False

    def _render_status(self) -> None:
        worksheet = self._worksheet
        if self._completing is not None:
            text = self.tr("Marking complete…")
        elif worksheet is not None and worksheet.is_complete:
            when = worksheet.completed_at
            text = (
                self.tr("Complete since %1").replace("%1", show_date(local_day(when)))
                if when is not None
                else self.tr("Complete")
            )
        elif worksheet is not None:
            text = self._autosaver.status_text() or self._model.status_text(worksheet)
        else:
            text = ""
        self._status.setText(text)
        self._status.setToolTip(self._autosaver.error)
        self.status_changed.emit(text)

    def _set_notice(self, text: str) -> None:
        self._notice.setText(text)
        self._notice.setVisible(bool(text))

    # -- writes ------------------------------------------------------------------------------
    def _start(self, definition_id: str, session_id: str | None) -> None:
        client = self._client
        if client is None or self._starting or not self._leave_current():
            return
        # The button stays enabled (a second press meanwhile does nothing): disabling the
        # button that has the focus hands the focus to the list, which would open its first
        # worksheet on the way to the new one.
        self._starting = True

        def started(worksheet: WorksheetInstance) -> None:
            self._starting = False
            if worksheet.client_id != self.current_client_id:
                return
            self._reload_list()
            if self.open_worksheet(worksheet.id) and self._form is not None:
                self._form.focus_first()

        def failed(exc: Exception) -> None:
            self._starting = False
            self._set_notice(describe(exc))

        self._workspace.write(
            lambda m: m.start_worksheet(client.id, definition_id, session_id),
            service=Measures,
            changed=("worksheet", client.id),
            on_done=started,
            on_error=failed,
        )

    def mark_complete(self) -> None:
        """Complete the open draft with the answers on screen; what is missing is said and
        the first such field gets the cursor."""
        worksheet, form = self._worksheet, self._form
        if worksheet is None or form is None or worksheet.is_complete or self._completing:
            return
        completing = _Completing(worksheet.id, form.values(), threading.Event())
        values = completing.values
        # complete_worksheet saves these answers in its own transaction, after any save
        # still in flight (the worker keeps order); pending autosaves are dropped so none
        # can follow a completed worksheet, and the form is still until the answer comes.
        self._autosaver.reset()
        self._completing = completing
        form.set_read_only(True)
        self._set_notice("")
        self._update_buttons()
        self._render_status()

        def job(measures: Measures) -> WorksheetInstance:
            try:
                return measures.complete_worksheet(completing.worksheet_id, values)
            except Exception as exc:
                completing.error = exc
                raise
            finally:
                completing.finished.set()

        self._workspace.write(
            job,
            service=Measures,
            changed=("worksheet", worksheet.client_id),
            on_done=lambda saved: self._completed(completing, saved),
            on_error=lambda exc: self._complete_failed(completing, exc),
        )

    def _completed(self, completing: _Completing, saved: WorksheetInstance) -> None:
        if self._completing is completing:
            self._completing = None
        if self._worksheet is None or self._worksheet.id != saved.id:
            return
        self._worksheet = saved
        self._model.update(saved)
        self._show_details()
        self._reload_history()
        self._render_status()

    def _complete_failed(self, completing: _Completing, exc: Exception) -> None:
        if self._completing is not completing:
            return  # flush() already saved the answers back as a draft
        self._completing = None
        shown = self._worksheet is not None and self._worksheet.id == completing.worksheet_id
        if not shown or self._form is None:
            self._save_values(completing)
            self._update_buttons()
            return
        form = self._form
        form.set_read_only(False)
        self._autosaver.touch()  # these answers were not saved by the refused completion
        self._update_buttons()
        self._render_status()
        if isinstance(exc, WorksheetValuesInvalid) and exc.problems:
            # The same check in the form's language, so each line names the field as the
            # form shows it.
            shown_problems = dict(form.problem_paths(complete=True))
            lines = [f"• {shown_problems.get(p.path, p.message)}" for p in exc.problems]
            self._set_notice(self.tr("Not complete yet:") + "\n" + "\n".join(lines))
            form.highlight(exc.problems[0].path)
        else:
            self._set_notice(describe(exc))

    def _save_values(self, completing: _Completing) -> None:
        """Answers of a refused completion whose form is gone, saved back as a draft."""
        worksheet_id, values = completing.worksheet_id, completing.values
        self._workspace.write(lambda m: m.save_worksheet(worksheet_id, values), service=Measures)

    def reopen(self) -> None:
        """Back to a draft to change it; the completed answers stay in the history."""
        worksheet = self._worksheet
        if worksheet is None or not worksheet.is_complete or self._reopening:
            return
        self._reopening = True
        self._update_buttons()

        def reopened(saved: WorksheetInstance) -> None:
            self._reopening = False
            if self._worksheet is None or self._worksheet.id != saved.id:
                return
            self._worksheet = saved
            self._model.update(saved)
            if self._form is not None:
                self._form.set_read_only(False)
                self._form.focus_first()
            self._show_details()
            self._reload_history()
            self._render_status()

        def failed(exc: Exception) -> None:
            self._reopening = False
            self._update_buttons()
            self._set_notice(describe(exc))

        worksheet_id = worksheet.id
        self._workspace.write(
            lambda m: m.reopen_worksheet(worksheet_id),
            service=Measures,
            changed=("worksheet", worksheet.client_id),
            on_done=reopened,
            on_error=failed,
        )
