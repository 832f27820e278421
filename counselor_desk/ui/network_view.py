"""The chart's "Support network" tab: the ecomap of the people and groups around the
client, and the same people in a table, with Add, Edit and Remove.

The map and the table share one selection. Reads go through a Network service on the UI
thread's connection; every write goes through `workspace.write(..., service=Network)`
and announces ("network", client id). A save that fails brings the dialog back with what
was typed and the reason.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from counselor_desk.domain.errors import CounselorDeskError
from counselor_desk.domain.network import NetworkMember, Strength
from counselor_desk.services.network import Network
from counselor_desk.ui.ask import Ask
from counselor_desk.ui.ecomap import (
    LINE_COLOURS,
    EcomapCanvas,
    kind_label,
    meeting_label,
    member_sentence,
    strength_icon,
    strength_label,
)
from counselor_desk.ui.network_dialog import NetworkMemberDialog
from counselor_desk.ui.tables import EnterActivates, named_button, read_only_table, selected_row
from counselor_desk.ui.workspace import Workspace, describe

Index = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole
ID_ROLE = Qt.ItemDataRole.UserRole  # the member's id
CHANGED_KIND = "network"  # what workspace.changed announces after a write here


class Column(IntEnum):
    NAME = 0
    KIND = 1
    ROLE = 2
    STRENGTH = 3
    FREQUENCY = 4
    MEETS = 5
    CONTACT = 6


class NetworkTableModel(QAbstractTableModel):
    """The members, one row each, by name (as the service lists them)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._members: list[NetworkMember] = []
        self._labels = (
            self.tr("Name"),
            self.tr("Kind"),
            self.tr("Role"),
            self.tr("Strength"),
            self.tr("How often"),
            self.tr("Meets"),
            self.tr("Contact"),
        )

    def reload(self, members: Sequence[NetworkMember]) -> None:
        self.beginResetModel()
        self._members = list(members)
        self.endResetModel()

    def member_at(self, row: int) -> NetworkMember:
        return self._members[row]

    def row_of(self, member_id: str) -> int:
        return next((i for i, m in enumerate(self._members) if m.id == member_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's own default)
        return 0 if parent.isValid() else len(self._members)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._labels)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._labels):
            return None
        if role in (Role.DisplayRole, Role.AccessibleTextRole, Role.ToolTipRole):
            return self._labels[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not self._valid(index):
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def _valid(self, index: Index) -> bool:
        return (
            index.isValid()
            and index.model() is self
            and 0 <= index.row() < len(self._members)
            and 0 <= index.column() < len(self._labels)
        )

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        member = self._members[index.row()]
        column = Column(index.column())
        if role in (Role.DisplayRole, Role.AccessibleTextRole):
            return self._text(member, column)
        if role == Role.ToolTipRole:
            return member_sentence(member) if column is Column.NAME else self._text(member, column)
        if role == ID_ROLE:
            return member.id
        if column is Column.STRENGTH:
            if role == Role.DecorationRole:
                return strength_icon(member.strength)
            if role == Role.ForegroundRole and member.strength is Strength.STRESSFUL:
                return LINE_COLOURS[member.strength]  # grey would read as "disabled"
        return None

    @staticmethod
    def _text(member: NetworkMember, column: Column) -> str:
        if column is Column.NAME:
            return member.name
        if column is Column.KIND:
            return kind_label(member.kind)
        if column is Column.ROLE:
            return member.role or ""
        if column is Column.STRENGTH:
            return strength_label(member.strength)
        if column is Column.FREQUENCY:
            return member.frequency or ""
        if column is Column.MEETS:
            return meeting_label(member) if member.is_meeting else ""
        return member.contact or ""


class _TableKeys(QObject):
    """Insert adds and Delete removes on the table, as on the map."""

    def __init__(self, view: NetworkView) -> None:
        super().__init__(view.table)
        self._view = view
        view.table.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Insert:
                self._view.add_member()
                return True
            if event.matches(QKeySequence.StandardKey.Delete):
                self._view.remove_member()
                return True
        return super().eventFilter(watched, event)


class NetworkView(QWidget):
    """show_client(id) when the chart changes client; clear() before the vault locks."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.network = Network(workspace.vault)  # UI-thread reads
        self._client_id: str | None = None
        self._shown: tuple[str, list[NetworkMember]] | None = None
        self._syncing = False
        self._writes = 0  # writes submitted and not yet settled

        self.stack = QStackedWidget(self)
        self.empty = QLabel(self.tr("Choose a client from the list."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.empty)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        # A crowded map asks for more room than a narrow chart pane has: it then scrolls.
        self.scroll = QScrollArea(self.splitter)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.canvas = EcomapCanvas(self.scroll)
        self.scroll.setWidget(self.canvas)
        self.splitter.addWidget(self.scroll)
        lower = QWidget(self.splitter)
        self.model = NetworkTableModel(self)
        self.table = read_only_table(lower, self.tr("Support network list"))
        self.table.setModel(self.model)
        self.table.setIconSize(QSize(36, 14))  # the strength column shows its line
        self.add_button = named_button(lower, self.tr("&Add…"), self.tr("Add person or group"))
        self.add_button.setToolTip(self.tr("Add a person or group (Insert)"))
        self.edit_button = named_button(lower, self.tr("&Edit…"), self.tr("Edit person or group"))
        self.remove_button = named_button(
            lower, self.tr("Re&move…"), self.tr("Remove person or group")
        )
        self.remove_button.setToolTip(self.tr("Remove from the network (Delete)"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.table, 1)
        lower_layout.addLayout(buttons)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.stack.addWidget(self.splitter)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        QWidget.setTabOrder(self.canvas, self.table)
        QWidget.setTabOrder(self.table, self.add_button)
        QWidget.setTabOrder(self.add_button, self.edit_button)
        QWidget.setTabOrder(self.edit_button, self.remove_button)
        self._connect_signals()
        self._update_buttons()

    def _connect_signals(self) -> None:
        self.canvas.edit_requested.connect(self.edit_member)
        self.canvas.add_requested.connect(self.add_member)
        self.canvas.remove_requested.connect(self.remove_member)
        self.canvas.current_changed.connect(self._canvas_current_changed)
        self.add_button.clicked.connect(self.add_member)
        self.edit_button.clicked.connect(self.edit_member)
        self.remove_button.clicked.connect(self.remove_member)
        self.table.doubleClicked.connect(self.edit_member)
        EnterActivates(self.table, self.edit_member)
        _TableKeys(self)
        self.table.selectionModel().selectionChanged.connect(self._table_selection_changed)
        self.workspace.changed.connect(self._workspace_changed)

    # -- which client ----------------------------------------------------------------------
    @property
    def current_client_id(self) -> str | None:
        return self._client_id

    def show_client(self, client_id: str) -> bool:
        """Show a client's network (a plain read: the chart audits opening a chart)."""
        if client_id == self._client_id:
            return True
        self._client_id = client_id
        self._shown = None
        self.canvas.set_current(None)
        self.refresh()
        self.stack.setCurrentIndex(1)
        return True

    def clear(self) -> None:
        """Show no client (e.g. before a lock drops the workspace)."""
        self._client_id = None
        self._shown = None
        self.model.reload([])
        self.canvas.set_network("", [])
        self.stack.setCurrentIndex(0)
        self._update_buttons()

    def may_leave(self) -> bool:
        """Nothing is ever half-typed here (the dialogs are modal): always True."""
        return True

    def flush(self, timeout: float = 5.0) -> bool:
        """Wait for a save still on its way (before locking); True once committed."""
        if self._writes:
            return self.workspace.worker.wait_idle(timeout)
        return True

    def state(self) -> dict[str, Any]:
        """Client and member selected (ids only: safe to keep across a lock)."""
        return {"client_id": self._client_id, "member_id": self.current_member_id}

    def restore_state(self, state: dict[str, Any]) -> None:
        client_id = state.get("client_id")
        if client_id and self.show_client(str(client_id)) and state.get("member_id"):
            self.select_member(str(state["member_id"]))

    def refresh(self) -> None:
        """Read the current client's network again (redrawn only when it changed)."""
        client_id = self._client_id
        if client_id is None:
            return
        try:
            name = self.workspace.caseload.client(client_id).display_name
            members = self.network.members(client_id)
        except CounselorDeskError as exc:
            self.workspace.failed.emit(describe(exc))
            return
        if self._shown == (name, members):
            return
        self._shown = (name, members)
        keep = self.current_member_id
        self._syncing = True
        try:
            self.model.reload(members)
            self.canvas.set_network(name, members)
        finally:
            self._syncing = False
        self.table.resizeColumnsToContents()
        if keep:
            self.select_member(keep)
        self._update_buttons()

    def _workspace_changed(self, kind: str, _id: str) -> None:
        # A rename changes the name in the middle; reads are cheap for one client.
        if kind in (CHANGED_KIND, "client"):
            self.refresh()

    # -- selection (one for the map and the table) -------------------------------------------
    @property
    def current_member_id(self) -> str | None:
        return self.canvas.current_id

    def select_member(self, member_id: str) -> bool:
        """Select a member on the map and in the table (e.g. a search hit of kind
        'network'); False when the client shown has no such member."""
        if self.canvas.index_of(member_id) < 0:
            return False
        self.canvas.set_current(member_id)
        return True

    def open_member(self, member_id: str) -> bool:
        """Show the member a search hit points to: select it and put the focus on the map."""
        if not self.select_member(member_id):
            return False
        self.canvas.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _canvas_current_changed(self, member_id: str) -> None:
        if self._syncing:
            return
        self._syncing = True
        try:
            row = self.model.row_of(member_id) if member_id else -1
            if row >= 0:
                self.table.selectRow(row)
            else:
                self.table.clearSelection()
        finally:
            self._syncing = False
        self._update_buttons()

    def _table_selection_changed(self) -> None:
        if self._syncing:
            return
        row = selected_row(self.table)
        self._syncing = True
        try:
            self.canvas.set_current(self.model.member_at(row).id if row >= 0 else None)
        finally:
            self._syncing = False
        self._update_buttons()

    def _update_buttons(self) -> None:
        shown = self._client_id is not None
        chosen = shown and self.current_member_id is not None
        self.add_button.setEnabled(shown)
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _member(self, member_id: str | None) -> NetworkMember | None:
        if not member_id:
            return None
        row = self.model.row_of(member_id)
        return self.model.member_at(row) if row >= 0 else None

    # -- writes ------------------------------------------------------------------------------
    def _write(
        self,
        job: Callable[[Network], Any],
        *,
        select: Callable[[Any], str | None] = lambda result: getattr(result, "id", None),
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        """Run a write; once committed, show it and select `select(result)`."""
        client_id = self._client_id
        assert client_id is not None
        self._writes += 1

        def done(result: object) -> None:
            self._writes -= 1
            self.refresh()  # before the announcement, so the member can be selected now
            chosen = select(result)
            if chosen:
                self.select_member(chosen)

        def failed(exc: Exception) -> None:
            self._writes -= 1
            if on_error is not None:
                on_error(exc)
            else:
                self.workspace.failed.emit(describe(exc))

        self.workspace.write(
            job,
            service=Network,
            changed=(CHANGED_KIND, client_id),
            on_done=done,
            on_error=failed,
        )

    def add_member(
        self, _checked: bool = False, *, problem: str = "", draft: NetworkMember | None = None
    ) -> None:
        client_id = self._client_id
        if client_id is None:
            return
        member = NetworkMemberDialog.ask(self, client_id, draft=draft, problem=problem)
        if member is None:
            return
        self._write(
            lambda network: network.add(member),
            on_error=self.workspace.retry_on_failure(
                lambda why: self.add_member(problem=why, draft=member)
            ),
        )

    def edit_member(
        self,
        which: str | QModelIndex | bool | None = None,
        *,
        problem: str = "",
        draft: NetworkMember | None = None,
    ) -> None:
        """Edit a member: the one named by id (a click on the map), else the one selected."""
        if isinstance(which, str) and which:
            self.select_member(which)
        existing = self._member(self.current_member_id)
        if self._client_id is None or existing is None:
            return
        member = NetworkMemberDialog.ask(
            self, self._client_id, existing=existing, draft=draft, problem=problem
        )
        if member is None:
            return
        self._write(
            lambda network: network.update(member),
            on_error=self.workspace.retry_on_failure(
                lambda why: self.edit_member(member.id, problem=why, draft=member)
            ),
        )

    def remove_member(self, which: str | bool | None = None) -> None:
        """Remove a member after the counselor confirms."""
        if isinstance(which, str) and which:
            self.select_member(which)
        existing = self._member(self.current_member_id)
        if self._client_id is None or existing is None:
            return
        if not Ask.confirm(
            self,
            self.tr("Remove from support network"),
            self.tr("Remove %1 from this client's support network?").replace("%1", existing.name),
            self.tr("Their role, contact and notes are removed too."),
        ):
            return
        members = self.canvas.members
        index = self.canvas.index_of(existing.id)
        # The keyboard stays on the map: the next person round it becomes current.
        after = members[(index + 1) % len(members)].id if len(members) > 1 else None
        self._write(lambda network: network.remove(existing.id), select=lambda _result: after)
