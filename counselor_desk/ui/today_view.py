"""The "today" view: who is due for a urine screen, a session or a treatment plan review
today, from `Screening.due_today` (the rule lives in the service; this only words and
shows it). Choosing a row hands its client id back so the window can open that chart
(`chosen_due` keeps the whole row, e.g. the plan to review)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from counselor_desk.domain.errors import CounselorDeskError
from counselor_desk.services.screening import Due, DueReason, Screening
from counselor_desk.ui.models import show_date
from counselor_desk.ui.workspace import Workspace, describe

Index = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole
CLIENT_ID_ROLE = Qt.ItemDataRole.UserRole  # the row's client id
REASON_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's DueReason, as its str value
PLAN_ID_ROLE = Qt.ItemDataRole.UserRole + 2  # a plan review's plan id (else None)

_SCREEN_REASONS = frozenset({DueReason.SCREEN_RETEST, DueReason.SCREEN_NEVER, DueReason.SCREEN_DUE})

# Marked for lupdate here, translated when shown (the language may be installed later).
_WHY = {
    DueReason.SCREEN_RETEST: QT_TRANSLATE_NOOP(
        "TodayModel", "Retest: the last screen was refused, missed or invalid"
    ),
    DueReason.SCREEN_NEVER: QT_TRANSLATE_NOOP("TodayModel", "No sample collected yet"),
    DueReason.SCREEN_DUE: QT_TRANSLATE_NOOP("TodayModel", "Last sample is a week old or more"),
    DueReason.SESSION_TODAY: QT_TRANSLATE_NOOP("TodayModel", "Scheduled for today"),
    DueReason.SESSION_UNMARKED: QT_TRANSLATE_NOOP(
        "TodayModel", "Scheduled earlier and never marked"
    ),
    DueReason.PLAN_REVIEW: QT_TRANSLATE_NOOP("TodayModel", "The plan's review date has come"),
}


def why_label(reason: DueReason) -> str:
    """The reason in plain words."""
    return QCoreApplication.translate("TodayModel", str(_WHY[reason]))


class TodayModel(QAbstractTableModel):
    """Read-only rows of `Due`, in the service's order: client, what, why, since."""

    CLIENT, WHAT, WHY, SINCE = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Due] = []
        self._labels = (self.tr("Client"), self.tr("Due for"), self.tr("Why"), self.tr("Since"))

    def reload(self, rows: Sequence[Due]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def due_at(self, row: int) -> Due:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's own default)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._labels)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._labels):
            return None
        if role in (Role.DisplayRole, Role.ToolTipRole, Role.AccessibleTextRole):
            return self._labels[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def what_label(self, due: Due) -> str:
        if due.reason in _SCREEN_REASONS:
            return self.tr("Urine screen")
        if due.reason is DueReason.PLAN_REVIEW:
            return self.tr("Treatment plan review")
        return self.tr("Session")

    def _text(self, due: Due, column: int) -> str:
        if column == self.CLIENT:
            return due.display_name
        if column == self.WHAT:
            return self.what_label(due)
        if column == self.WHY:
            return why_label(due.reason)
        return show_date(due.since)

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not (
            index.isValid()
            and index.model() is self
            and 0 <= index.row() < len(self._rows)
            and 0 <= index.column() < len(self._labels)
        ):
            return None
        due = self._rows[index.row()]
        if role == Role.DisplayRole:
            return self._text(due, index.column())
        if role == Role.ToolTipRole and index.column() == self.WHY:
            return why_label(due.reason)
        if role == Role.AccessibleTextRole:
            # A screen reader hears the whole row wherever the cursor is in it.
            said = self.tr("%1: %2, %3").replace("%1", due.display_name)
            said = said.replace("%2", self.what_label(due)).replace("%3", why_label(due.reason))
            if due.since is not None:
                said += self.tr(", since %1").replace("%1", show_date(due.since))
            return said
        if role == CLIENT_ID_ROLE:
            return due.client_id
        if role == REASON_ROLE:
            return due.reason.value  # a StrEnum crosses QVariant as a plain str
        if role == PLAN_ID_ROLE:
            return due.plan_id
        return None


class TodayDialog(QDialog):
    """Who is due today; Enter or a double-click picks a client (`client_chosen`) and
    closes, Escape closes. The title never names a client."""

    client_chosen = Signal(str)  # client id

    def __init__(
        self, workspace: Workspace, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._today = today or date.today()
        self.chosen: str | None = None
        self.chosen_due: Due | None = None  # the row chosen (reason, plan id …)
        self.setWindowTitle(self.tr("Today"))
        self.setAccessibleName(self.tr("Today"))

        self.heading = QLabel(self.tr("Due on %1").replace("%1", show_date(self._today)), self)
        self.heading.setAccessibleName(self.tr("Date shown"))
        self.model = TodayModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Clients due today"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab moves on to the buttons
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setAccessibleName(self.tr("Column headings"))
        self.table.verticalHeader().setAccessibleName(self.tr("Row headings"))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(
            TodayModel.WHY, QHeaderView.ResizeMode.Stretch
        )
        self.table.doubleClicked.connect(self._choose_index)
        self.empty = QLabel(self)
        self.empty.setAccessibleName(self.tr("Nobody due"))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.buttons = QDialogButtonBox(self)
        self.open_button = QPushButton(self.tr("&Open chart"), self)
        self.open_button.setAccessibleName(self.tr("Open the chart of the selected client"))
        self.open_button.setDefault(True)  # Enter in the table lands here
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAccessibleName(self.tr("Close"))
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.open_button.clicked.connect(self._choose_current)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.buttons)
        self.resize(720, 360)

        workspace.changed.connect(self._on_changed)  # a screen recorded elsewhere updates it
        self.reload()
        self.table.setFocus()

    def reload(self) -> None:
        try:
            rows = Screening(self._workspace.vault).due_today(self._today)
        except CounselorDeskError as exc:
            rows, problem = [], describe(exc)
        else:
            problem = ""
        self.model.reload(rows)
        self.empty.setText(problem or self.tr("No one is due today."))
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.open_button.setEnabled(bool(rows))
        if rows:
            self.table.selectRow(0)

    def _on_changed(self, _kind: str, _id: str) -> None:
        self.reload()

    def _choose_current(self) -> None:
        self._choose_index(self.table.currentIndex())

    def _choose_index(self, index: QModelIndex) -> None:
        # Enter reaches both the table and the default button: choose once only.
        if self.chosen is not None or not index.isValid():
            return
        self.chosen_due = self.model.due_at(index.row())
        self.chosen = self.chosen_due.client_id
        self.client_chosen.emit(self.chosen)
        self.accept()

    @classmethod
    def ask_due(
        cls, workspace: Workspace, parent: QWidget | None = None, today: date | None = None
    ) -> Due | None:
        """The whole row chosen (e.g. the plan to review), or None if closed without one."""
        dialog = cls(workspace, parent, today=today)
        dialog.exec()
        return dialog.chosen_due if dialog.chosen else None
