"""The caseload: a filter field, a sortable table of clients, "Show archived", and
"New client…". Keyboard first: Ctrl+F filters, Down moves into the table, Enter opens."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from counselor_desk.domain.records import Client, MedicationEntry
from counselor_desk.ui.client_dialog import ClientDialog
from counselor_desk.ui.models import (
    ID_ROLE,
    ClientColumn,
    ClientFilterModel,
    ClientTableModel,
    SessionDates,
    local_day,
)
from counselor_desk.ui.workspace import Workspace, describe

# Writes that change what the list shows (name, program, medication, session dates).
RELOAD_ON = frozenset({"client", "medication", "session"})
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def current_medication(entries: list[MedicationEntry]) -> MedicationEntry | None:
    """The newest entry that has not stopped (a change stops the one it replaces)."""
    current = [e for e in entries if e.stopped is None]
    if not current:
        return None
    return max(current, key=lambda e: (e.started, e.created_at.timestamp() if e.created_at else 0))


class ClientListView(QWidget):
    client_activated = Signal(str)  # Enter or double click: open the chart
    client_selected = Signal(str)  # the selection moved to this client

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._select_after_reload: str | None = None
        self._quiet = False  # True while the view, not the counselor, moves the selection

        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter clients (Ctrl+F)"))
        self.filter.setAccessibleName(self.tr("Filter clients"))
        self.filter.setClearButtonEnabled(True)
        self.show_archived = QCheckBox(self.tr("Show &archived"), self)
        self.show_archived.setAccessibleName(self.tr("Show archived clients"))
        self.model = ClientTableModel(self)
        self.proxy = ClientFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Clients"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ClientColumn.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, as in a form
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.resizeSection(ClientColumn.NAME, 150)
        header.resizeSection(ClientColumn.PROGRAM, 90)
        header.resizeSection(ClientColumn.MEDICATION, 170)
        self.new_button = QPushButton(self.tr("&New client…"), self)
        self.new_button.setAccessibleName(self.tr("New client"))

        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.show_archived)
        bottom = QHBoxLayout()
        bottom.addWidget(self.new_button)
        bottom.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        QWidget.setTabOrder(self.filter, self.show_archived)
        QWidget.setTabOrder(self.show_archived, self.table)
        QWidget.setTabOrder(self.table, self.new_button)

        # Window-wide: Ctrl+F jumps to the caseload filter from the chart or the editor too.
        self.find_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        self.find_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self._connect_signals()
        self.reload()

    def _connect_signals(self) -> None:
        self.filter.textChanged.connect(self._filter_changed)
        self.filter.installEventFilter(self)
        self.table.installEventFilter(self)
        self.show_archived.toggled.connect(self._archived_toggled)
        self.table.doubleClicked.connect(self._activate)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.new_button.clicked.connect(self.new_client)
        self.find_shortcut.activated.connect(self.focus_filter)
        self.workspace.changed.connect(self._workspace_changed)

    # -- reading --------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the caseload again, keeping the selected client selected."""
        added, keep = self._select_after_reload, self.current_client_id()
        self._select_after_reload = None
        caseload = self.workspace.caseload
        clients = caseload.clients(include_archived=True)
        meds: dict[str, MedicationEntry] = {}
        for client in clients:
            entry = current_medication(caseload.medications(client.id))
            if entry is not None:
                meds[client.id] = entry
        self._quiet = True  # a reset clears the selection; that is not the counselor's doing
        try:
            self.model.reload(clients, meds, self._session_dates)
        finally:
            self._quiet = False
        if added is not None:
            self.select_client(added)
        elif keep is not None:
            # Quietly, and only if still listed: a client just archived leaves the list.
            self.select_client(keep, announce=False, reveal=False)

    def _session_dates(self, client_id: str) -> SessionDates:
        # Called lazily by the model for visible rows only (sessions are the bulk of a chart).
        now = datetime.now().astimezone()
        last = next_ = None
        for session in self.workspace.caseload.sessions(client_id):
            if session.start <= now:
                last = session.start
            elif next_ is None:
                next_ = session.start
        return SessionDates(local_day(last) if last else None, local_day(next_) if next_ else None)

    def _filter_changed(self, text: str) -> None:
        self._refilter(lambda: self.proxy.set_filter_text(text))

    def _archived_toggled(self, show: bool) -> None:
        self._refilter(lambda: self.proxy.set_show_archived(show))

    def _refilter(self, change: Callable[[], None]) -> None:
        """Filtering must not open another client's chart: if the selected client is
        filtered out, the selection is cleared instead of jumping to a neighbour."""
        keep = self.current_client_id()
        self._quiet = True
        try:
            change()
        finally:
            self._quiet = False
        if keep is None or not self.select_client(keep, announce=False, reveal=False):
            self.table.selectionModel().clear()

    def _workspace_changed(self, kind: str, _id: str) -> None:
        if kind in RELOAD_ON:
            self.reload()

    # -- selection ------------------------------------------------------------------------
    def current_client_id(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isSelected(index):
            return None
        value = index.data(ID_ROLE)
        return str(value) if value else None

    def select_client(self, client_id: str, *, announce: bool = True, reveal: bool = True) -> bool:
        """Select a client; with `reveal`, clear the filter or show archived clients if
        they hide it. `announce` emits client_selected."""
        row = self.model.row_of(client_id)
        if row < 0:
            return False
        source = self.model.index(row, 0)
        index = self.proxy.mapFromSource(source)
        if not index.isValid() and not reveal:
            return False
        if not index.isValid() and self.model.client_at(row).archived:
            self.show_archived.setChecked(True)
            index = self.proxy.mapFromSource(source)
        if not index.isValid():
            self.filter.clear()
            index = self.proxy.mapFromSource(source)
        if not index.isValid():
            return False
        self._quiet = not announce
        try:
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        finally:
            self._quiet = False
        self.table.scrollTo(index)
        return True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and not self._quiet:
            self.client_selected.emit(str(current.data(ID_ROLE)))

    def _activate(self, index: QModelIndex | None = None) -> None:
        index = index if index is not None and index.isValid() else self.table.currentIndex()
        if not index.isValid() and self.proxy.rowCount() > 0:
            index = self.proxy.index(0, 0)  # Enter in the filter: the best match
            self.table.setCurrentIndex(index)
        if index.isValid():
            self.client_activated.emit(str(index.data(ID_ROLE)))

    # -- keyboard -------------------------------------------------------------------------
    def focus_filter(self) -> None:
        self.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        if watched is self.filter and key == Qt.Key.Key_Down:
            self._enter_table()
            return True
        if key in _ENTER_KEYS and watched in (self.filter, self.table):
            self._activate()
            return True
        return super().eventFilter(watched, event)

    def _enter_table(self) -> None:
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.table.currentIndex().isValid() and self.proxy.rowCount() > 0:
            self.table.selectRow(0)

    # -- writing --------------------------------------------------------------------------
    def new_client(self) -> None:
        """Ask for a client, add it off the UI thread, then select it."""
        self._add(ClientDialog.ask(self))

    def _add(self, client: Client | None) -> None:
        if client is None:
            return

        def done(saved: Client) -> None:
            self._select_after_reload = saved.id  # the "client" change reloads next

        def failed(exc: Exception) -> None:
            # Nothing typed is lost: the form comes back with the sentence saying why.
            self.workspace.failed.emit(describe(exc))
            self._add(ClientDialog.ask(self, client, problem=describe(exc)))

        self.workspace.write(
            lambda caseload: caseload.add_client(client),
            changed=("client", client.id),
            on_done=done,
            on_error=failed,
        )
