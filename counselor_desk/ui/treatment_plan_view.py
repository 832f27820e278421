"""The chart's "Treatment plan" tab: pick one of the client's plans, build its tree of
problems → goals → objectives → interventions by keyboard, and see, under each
objective, the sessions that worked on it (the golden thread).

Keys, anywhere in the tab: Ctrl+Shift+N adds an item one level down from the one chosen
(a goal under a problem, an objective under a goal, an intervention under an
objective). In the tree: Insert adds another item of the same kind after the chosen
one, Delete removes it (after asking), Alt+Up and Alt+Down move it, Enter or F2 goes to
its wording. Escape in the wording goes back to the tree.

The tree autosaves like a note ("Saved" only after the commit). Activating, recording a
review and closing go through Plans (a version is kept each time); the rules live there
and in domain.treatment_plan: the view only asks and shows. Enter on a session in the
golden thread asks for its note (`note_requested`) or, without a note, the session
(`session_requested`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, timedelta
from itertools import pairwise
from typing import Any, cast

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counselor_desk.domain.errors import CounselorDeskError
from counselor_desk.domain.notes import NoteStatus
from counselor_desk.domain.treatment_plan import (
    Intervention,
    ItemKind,
    Objective,
    ObjectiveStatus,
    ObjectiveThread,
    PlanInvalid,
    PlanItem,
    PlanStatus,
    ThreadSession,
    TreatmentPlan,
    add_item,
    children,
    due_for_review,
    kind_of,
    move_item,
    objective_ids_under,
    remove_item,
    update_item,
)
from counselor_desk.services.plans import Plans
from counselor_desk.ui.ask import Ask
from counselor_desk.ui.autosave import Autosaver
from counselor_desk.ui.client_dialog import OptionalDateEdit
from counselor_desk.ui.models import (
    ID_ROLE,
    local_day,
    session_kind_label,
    show_date,
    show_time,
)
from counselor_desk.ui.screens_dialogs import buttons, date_edit, pydate, qdate
from counselor_desk.ui.tables import EnterActivates, named_button, read_only_table, selected_row
from counselor_desk.ui.worker import Job
from counselor_desk.ui.workspace import Workspace, describe

Index = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole
REVIEW_EVERY_DAYS = 90  # the next review offered; the counselor may pick any later day
_NOTICE_STYLE = (
    "QLabel { background: #fff4e5; color: #3d2600; border: 1px solid #e0b070;"
    " border-left: 6px solid #c77700; padding: 6px; }"
)
_DUE_STYLE = (
    "QLabel { background: #fdecea; color: #5f2120; border: 1px solid #e6a19c;"
    " border-left: 6px solid #c62828; padding: 6px; font-weight: bold; }"
)

# Marked for lupdate here, translated when shown.
_PLAN_STATUS = {
    PlanStatus.DRAFT: QT_TRANSLATE_NOOP("TreatmentPlan", "Draft"),
    PlanStatus.ACTIVE: QT_TRANSLATE_NOOP("TreatmentPlan", "Active"),
    PlanStatus.COMPLETED: QT_TRANSLATE_NOOP("TreatmentPlan", "Completed"),
    PlanStatus.DISCONTINUED: QT_TRANSLATE_NOOP("TreatmentPlan", "Discontinued"),
}
_OBJECTIVE_STATUS = {
    ObjectiveStatus.OPEN: QT_TRANSLATE_NOOP("TreatmentPlan", "Open"),
    ObjectiveStatus.MET: QT_TRANSLATE_NOOP("TreatmentPlan", "Met"),
    ObjectiveStatus.REVISED: QT_TRANSLATE_NOOP("TreatmentPlan", "Revised"),
    ObjectiveStatus.DROPPED: QT_TRANSLATE_NOOP("TreatmentPlan", "Dropped"),
}
_KIND = {
    ItemKind.PROBLEM: QT_TRANSLATE_NOOP("TreatmentPlan", "Problem %1"),
    ItemKind.GOAL: QT_TRANSLATE_NOOP("TreatmentPlan", "Goal %1"),
    ItemKind.OBJECTIVE: QT_TRANSLATE_NOOP("TreatmentPlan", "Objective %1"),
    ItemKind.INTERVENTION: QT_TRANSLATE_NOOP("TreatmentPlan", "Intervention %1"),
}
_KIND_WORD = {
    ItemKind.PROBLEM: QT_TRANSLATE_NOOP("TreatmentPlan", "problem"),
    ItemKind.GOAL: QT_TRANSLATE_NOOP("TreatmentPlan", "goal"),
    ItemKind.OBJECTIVE: QT_TRANSLATE_NOOP("TreatmentPlan", "objective"),
    ItemKind.INTERVENTION: QT_TRANSLATE_NOOP("TreatmentPlan", "intervention"),
}


# What domain.treatment_plan.activation_faults says is missing, in the window's language.
_FAULTS = {
    "needs a description": QT_TRANSLATE_NOOP("TreatmentPlan", "needs a description"),
    "needs wording": QT_TRANSLATE_NOOP("TreatmentPlan", "needs wording"),
    "needs a measurable wording": QT_TRANSLATE_NOOP("TreatmentPlan", "needs a measurable wording"),
    "needs a target date": QT_TRANSLATE_NOOP("TreatmentPlan", "needs a target date"),
    "needs what is done": QT_TRANSLATE_NOOP("TreatmentPlan", "needs what is done"),
    "needs who does it": QT_TRANSLATE_NOOP("TreatmentPlan", "needs who does it"),
    "needs how often": QT_TRANSLATE_NOOP("TreatmentPlan", "needs how often"),
    "needs at least one goal": QT_TRANSLATE_NOOP("TreatmentPlan", "needs at least one goal"),
    "needs at least one objective": QT_TRANSLATE_NOOP(
        "TreatmentPlan", "needs at least one objective"
    ),
    "needs at least one intervention": QT_TRANSLATE_NOOP(
        "TreatmentPlan", "needs at least one intervention"
    ),
    "The plan has no problem yet": QT_TRANSLATE_NOOP(
        "TreatmentPlan", "The plan has no problem yet"
    ),
}


def fault_text(message: str) -> str:
    """A fault's message in the window's language (as the core wrote it when unknown)."""
    known = _FAULTS.get(message)
    return QCoreApplication.translate("TreatmentPlan", str(known)) if known is not None else message


def plan_status_label(status: PlanStatus) -> str:
    return QCoreApplication.translate("TreatmentPlan", str(_PLAN_STATUS[status]))


def objective_status_label(status: ObjectiveStatus) -> str:
    return QCoreApplication.translate("TreatmentPlan", str(_OBJECTIVE_STATUS[status]))


def item_name(kind: ItemKind, path: Sequence[int]) -> str:
    """'Objective 1.2.1': the kind and its place, as the tree and the messages say it."""
    return QCoreApplication.translate("TreatmentPlan", str(_KIND[kind])).replace(
        "%1", ".".join(str(i + 1) for i in path)
    )


def plan_label(plan: TreatmentPlan) -> str:
    """How a plan is named in the chooser: status, when it started, next review or end."""
    started = show_date(local_day(plan.created_at)) if plan.created_at else ""
    status = plan_status_label(plan.status)
    if plan.status is PlanStatus.ACTIVE and plan.review_date is not None:
        text = QCoreApplication.translate(
            "TreatmentPlan", "%1 plan, started %2 · review %3"
        ).replace("%3", show_date(plan.review_date))
    elif plan.status.is_closed and plan.updated_at is not None:
        text = QCoreApplication.translate("TreatmentPlan", "%1 plan, %2 to %3").replace(
            "%3", show_date(local_day(plan.updated_at))
        )
    else:
        text = QCoreApplication.translate("TreatmentPlan", "%1 plan, started %2")
    return text.replace("%1", status).replace("%2", started)


def note_word(session: ThreadSession) -> str:
    if session.note_status is None:
        return QCoreApplication.translate("TreatmentPlan", "no note")
    if session.note_status is NoteStatus.DRAFT:
        return QCoreApplication.translate("TreatmentPlan", "draft")
    return (
        QCoreApplication.translate("TreatmentPlan", "signed, late entry")
        if session.late_entry
        else QCoreApplication.translate("TreatmentPlan", "signed")
    )


def _first_line(text: str, limit: int = 90) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


# -- the golden thread of one objective ---------------------------------------------------------


class ThreadModel(QAbstractTableModel):
    """The sessions that worked on one objective, newest first: date and time, kind, note."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ThreadSession] = []
        self._headers = (self.tr("Session"), self.tr("Kind"), self.tr("Note"))

    def reload(self, sessions: Sequence[ThreadSession]) -> None:
        self.beginResetModel()
        self._rows = sorted(sessions, key=lambda s: s.start, reverse=True)
        self.endResetModel()

    def session_at(self, row: int) -> ThreadSession | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's own default)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role in (Role.DisplayRole, Role.AccessibleTextRole):
            return self._headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def _text(self, session: ThreadSession, column: int) -> str:
        if column == 0:
            return f"{show_date(local_day(session.start))} {show_time(session.start)}"
        if column == 1:
            return session_kind_label(session.kind)
        return note_word(session)

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        row, column = index.row(), index.column()
        if not index.isValid() or not 0 <= row < len(self._rows) or not 0 <= column < 3:
            return None
        session = self._rows[row]
        if role in (Role.DisplayRole, Role.ToolTipRole):
            return self._text(session, column)
        if role == Role.AccessibleTextRole:
            return ", ".join(self._text(session, c) for c in range(3))
        if role == ID_ROLE:
            return session.session_id
        return None


# -- dialogs -----------------------------------------------------------------------------------


class ReviewDateDialog(QDialog):
    """Asks for the next review date (activating a plan or recording a review)."""

    def __init__(
        self, parent: QWidget | None, title: str, text: str, default: date, earliest: date
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)  # names the action, never the client
        self.setAccessibleName(title)
        lead = QLabel(text, self)
        lead.setWordWrap(True)
        lead.setAccessibleName(self.tr("What this does"))
        self.date = date_edit(self, self.tr("Next review date"), max(default, earliest))
        self.date.setMinimumDate(qdate(earliest))
        form = QFormLayout()
        form.addRow(self.tr("&Next review:"), self.date)
        self.buttons = buttons(self, self.tr("OK"))
        layout = QVBoxLayout(self)
        layout.addWidget(lead)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.date.setFocus()

    def value(self) -> date:
        return pydate(self.date.date())

    @classmethod
    def ask(
        cls, parent: QWidget | None, title: str, text: str, default: date, earliest: date
    ) -> date | None:
        """The date chosen, or None if cancelled."""
        dialog = cls(parent, title, text, default, earliest)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        answer = dialog.value() if accepted else None
        dialog.deleteLater()
        return answer


class ClosePlanDialog(QDialog):
    """Completed (its work is done) or discontinued (stopped before that)."""

    def __init__(self, parent: QWidget | None, can_complete: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Close treatment plan"))
        self.setAccessibleName(self.windowTitle())
        lead = QLabel(
            self.tr(
                "A closed plan is kept as it is and cannot be changed again. "
                "Sessions that worked on it keep their links."
            ),
            self,
        )
        lead.setWordWrap(True)
        lead.setAccessibleName(self.tr("What this does"))
        self.completed = QRadioButton(self.tr("&Completed: the plan's work is done"), self)
        self.completed.setAccessibleName(self.tr("Completed"))
        self.discontinued = QRadioButton(
            self.tr("&Discontinued: the plan stopped before its work was done"), self
        )
        self.discontinued.setAccessibleName(self.tr("Discontinued"))
        group = QButtonGroup(self)
        group.addButton(self.completed)
        group.addButton(self.discontinued)
        self.completed.setEnabled(can_complete)
        (self.completed if can_complete else self.discontinued).setChecked(True)
        self.buttons = buttons(self, self.tr("Close plan"))
        layout = QVBoxLayout(self)
        layout.addWidget(lead)
        layout.addWidget(self.completed)
        layout.addWidget(self.discontinued)
        layout.addWidget(self.buttons)

    def value(self) -> PlanStatus:
        return PlanStatus.COMPLETED if self.completed.isChecked() else PlanStatus.DISCONTINUED

    @classmethod
    def ask(cls, parent: QWidget | None, can_complete: bool) -> PlanStatus | None:
        dialog = cls(parent, can_complete)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        answer = dialog.value() if accepted else None
        dialog.deleteLater()
        return answer


# -- the detail editors --------------------------------------------------------------------------


class _EscapeToTree(QObject):
    """Escape in a wording field goes back to the tree (the field keeps its text)."""

    def __init__(self, tree: QTreeWidget, parent: QObject) -> None:
        super().__init__(parent)
        self._tree = tree

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            self._tree.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return True
        return super().eventFilter(watched, event)


def _text_edit(parent: QWidget, name: str, lines: int = 3) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setAccessibleName(name)
    edit.setTabChangesFocus(True)
    edit.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
    return edit


def _page(parent: QWidget) -> tuple[QWidget, QFormLayout]:
    """A page of the detail editor: a form at the top."""
    page = QWidget(parent)
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addLayout(form)
    layout.addStretch(1)
    return page, form


# -- the tab -------------------------------------------------------------------------------------


class TreatmentPlanView(QWidget):
    """show_client(id) lists that client's plans and opens the newest; flush() before
    locking or leaving the client."""

    status_changed = Signal(str)
    note_requested = Signal(str)  # open this note (a session in the golden thread)
    session_requested = Signal(str)  # a session without a note: the integrator starts one
    opened = Signal(str)  # plan id now shown

    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        *,
        autosave_ms: int = 1000,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._plans_service = Plans(workspace.vault)  # UI-thread reads
        self._today = today
        self._client_id: str | None = None
        self._plans: list[TreatmentPlan] = []
        self._plan: TreatmentPlan | None = None
        self._threads: dict[str, ObjectiveThread] = {}
        self._items: dict[str, QTreeWidgetItem] = {}
        self._loading = False
        self._busy = False  # an activate / review / close on its way
        self._autosaver = Autosaver(
            workspace, self._capture, delay_ms=autosave_ms, service=Plans, parent=self
        )
        self._build()
        self._connect_signals()
        self._show(None)

    # -- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.plan_choice = QComboBox(self)
        self.plan_choice.setObjectName("planChoice")
        self.plan_choice.setAccessibleName(self.tr("Treatment plans"))
        choice_label = QLabel(self.tr("&Plan:"), self)
        choice_label.setBuddy(self.plan_choice)
        self.new_button = named_button(self, self.tr("&New plan"), self.tr("New plan"))
        self.new_button.setObjectName("newPlan")
        self.save_status = QLabel(self)
        self.save_status.setAccessibleName(self.tr("Save status"))
        top = QHBoxLayout()
        top.addWidget(choice_label)
        top.addWidget(self.plan_choice, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.save_status)

        self.review_banner = QLabel(self)
        self.review_banner.setObjectName("reviewDue")
        self.review_banner.setAccessibleName(self.tr("Review due"))
        self.review_banner.setWordWrap(True)
        self.review_banner.setStyleSheet(_DUE_STYLE)
        self.notice = QLabel(self)
        self.notice.setObjectName("planNotice")
        self.notice.setAccessibleName(self.tr("Message"))
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setStyleSheet(_NOTICE_STYLE)

        self.plan_state = QLabel(self)
        self.plan_state.setAccessibleName(self.tr("Plan status"))
        self.activate_button = named_button(
            self, self.tr("&Activate…"), self.tr("Activate this plan")
        )
        self.activate_button.setObjectName("activatePlan")
        self.review_button = named_button(
            self, self.tr("Record &review…"), self.tr("Record a review of this plan")
        )
        self.review_button.setObjectName("reviewPlan")
        self.close_button = named_button(self, self.tr("C&lose plan…"), self.tr("Close this plan"))
        self.close_button.setObjectName("closePlan")
        state_row = QHBoxLayout()
        state_row.addWidget(self.plan_state, 1)
        state_row.addWidget(self.activate_button)
        state_row.addWidget(self.review_button)
        state_row.addWidget(self.close_button)

        # Left: the tree and its keys.
        left = QWidget(self)
        self.tree = QTreeWidget(left)
        self.tree.setObjectName("planTree")
        self.tree.setAccessibleName(self.tr("Plan: problems, goals, objectives, interventions"))
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Item"), self.tr("Details")])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        tree_label = QLabel(self.tr("&Items"), left)
        tree_label.setBuddy(self.tree)
        self.add_buttons: dict[ItemKind, QPushButton] = {}
        add_row = QHBoxLayout()
        for kind, text, name in (
            (ItemKind.PROBLEM, self.tr("+ Problem"), self.tr("Add a problem")),
            (ItemKind.GOAL, self.tr("+ Goal"), self.tr("Add a goal")),
            (ItemKind.OBJECTIVE, self.tr("+ Objective"), self.tr("Add an objective")),
            (ItemKind.INTERVENTION, self.tr("+ Intervention"), self.tr("Add an intervention")),
        ):
            button = named_button(left, text, name)
            button.setObjectName(f"add-{kind.value}")
            self.add_buttons[kind] = button
            add_row.addWidget(button)
        self.remove_button = named_button(
            left, self.tr("Remove"), self.tr("Remove the chosen item")
        )
        self.remove_button.setObjectName("removeItem")
        add_row.addWidget(self.remove_button)
        add_row.addStretch(1)
        self.keys_hint = QLabel(
            self.tr(
                "Insert: another of the same kind · Ctrl+Shift+N: one level down · "
                "Delete: remove · Alt+Up/Down: move · Enter: edit the wording"
            ),
            left,
        )
        self.keys_hint.setWordWrap(True)
        self.keys_hint.setAccessibleName(self.tr("Keys"))
        hint_font = QFont(self.keys_hint.font())
        hint_font.setPointSizeF(hint_font.pointSizeF() * 0.9)
        self.keys_hint.setFont(hint_font)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(tree_label)
        left_layout.addWidget(self.tree, 1)
        left_layout.addLayout(add_row)
        left_layout.addWidget(self.keys_hint)

        # Right: the editor of the chosen item.
        right = QWidget(self)
        self.item_heading = QLabel(right)
        self.item_heading.setAccessibleName(self.tr("Chosen item"))
        heading_font = QFont(self.item_heading.font())
        heading_font.setBold(True)
        self.item_heading.setFont(heading_font)
        self.pages = QStackedWidget(right)
        self._build_pages()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.item_heading)
        right_layout.addWidget(self.pages, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        self.placeholder = QLabel(self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.review_banner)
        layout.addWidget(self.notice)
        layout.addLayout(state_row)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.placeholder, 1)

        self._escape = _EscapeToTree(self.tree, self)
        for field in self._fields():
            field.installEventFilter(self._escape)

        chain: list[QWidget] = [
            self.plan_choice,
            self.new_button,
            self.activate_button,
            self.review_button,
            self.close_button,
            self.tree,
            *self.add_buttons.values(),
            self.remove_button,
            self.problem_text,
            self.goal_text,
            self.objective_text,
            self.target_date,
            self.objective_status,
            self.thread_table,
            self.open_session_button,
            self.intervention_text,
            self.intervention_who,
            self.intervention_frequency,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

        self._keys: list[QShortcut] = []
        for keys, slot, target in (
            ("Ins", self.add_same_kind, self.tree),
            ("Ctrl+Shift+N", self.add_level_down, self),
            (QKeySequence.StandardKey.Delete, self.remove_current, self.tree),
            ("Alt+Up", lambda: self.move_current(-1), self.tree),
            ("Alt+Down", lambda: self.move_current(1), self.tree),
            ("F2", self.edit_current, self.tree),
        ):
            shortcut = QShortcut(QKeySequence(keys), target)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
            self._keys.append(shortcut)

    def _build_pages(self) -> None:
        self.empty_page = QLabel(self.tr("Choose an item in the tree."), self.pages)
        self.empty_page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages.addWidget(self.empty_page)

        problem, form = _page(self.pages)
        self.problem_text = _text_edit(problem, self.tr("Problem"), 4)
        self.problem_text.setObjectName("problemText")
        form.addRow(self.tr("P&roblem:"), self.problem_text)
        self.pages.addWidget(problem)

        goal, form = _page(self.pages)
        self.goal_text = _text_edit(goal, self.tr("Goal"), 4)
        self.goal_text.setObjectName("goalText")
        self.goal_text.setPlaceholderText(self.tr("Best in the client's own words"))
        form.addRow(self.tr("&Goal:"), self.goal_text)
        self.pages.addWidget(goal)

        objective = QWidget(self.pages)
        self.objective_text = _text_edit(objective, self.tr("Objective"), 3)
        self.objective_text.setObjectName("objectiveText")
        self.objective_text.setPlaceholderText(
            self.tr("Something anyone could see or count, e.g. attends two meetings a week")
        )
        self.target_date = OptionalDateEdit(self.tr("Target date"), objective)
        self.target_date.setObjectName("targetDate")
        self.objective_status = QComboBox(objective)
        self.objective_status.setObjectName("objectiveStatus")
        self.objective_status.setAccessibleName(self.tr("Objective status"))
        for status in ObjectiveStatus:
            self.objective_status.addItem(objective_status_label(status), status.value)
        self.thread_model = ThreadModel(self)
        self.thread_table = read_only_table(
            objective, self.tr("Sessions that worked on this objective")
        )
        self.thread_table.setObjectName("goldenThread")
        self.thread_table.setModel(self.thread_model)
        self.thread_label = QLabel(self.tr("&Sessions that worked on it:"), objective)
        self.thread_label.setBuddy(self.thread_table)
        self.open_session_button = named_button(
            objective, self.tr("Open n&ote"), self.tr("Open the note of the chosen session")
        )
        self.open_session_button.setObjectName("openThreadNote")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Objective:"), self.objective_text)
        form.addRow(self.tr("&Target date:"), self.target_date)
        form.addRow(self.tr("St&atus:"), self.objective_status)
        objective_layout = QVBoxLayout(objective)
        objective_layout.setContentsMargins(0, 0, 0, 0)
        objective_layout.addLayout(form)
        objective_layout.addWidget(self.thread_label)
        objective_layout.addWidget(self.thread_table, 1)
        open_row = QHBoxLayout()
        open_row.addWidget(self.open_session_button)
        open_row.addStretch(1)
        objective_layout.addLayout(open_row)
        self.pages.addWidget(objective)

        intervention, form = _page(self.pages)
        self.intervention_text = _text_edit(intervention, self.tr("What is done"), 3)
        self.intervention_text.setObjectName("interventionText")
        self.intervention_who = QLineEdit(intervention)
        self.intervention_who.setObjectName("interventionWho")
        self.intervention_who.setAccessibleName(self.tr("Who"))
        self.intervention_who.setPlaceholderText(self.tr("e.g. counselor, peer specialist"))
        self.intervention_frequency = QLineEdit(intervention)
        self.intervention_frequency.setObjectName("interventionFrequency")
        self.intervention_frequency.setAccessibleName(self.tr("How often"))
        self.intervention_frequency.setPlaceholderText(self.tr("e.g. weekly, every session"))
        form.addRow(self.tr("&What is done:"), self.intervention_text)
        form.addRow(self.tr("&Who:"), self.intervention_who)
        form.addRow(self.tr("How o&ften:"), self.intervention_frequency)
        self.pages.addWidget(intervention)
        self._page_of = {
            ItemKind.PROBLEM: problem,
            ItemKind.GOAL: goal,
            ItemKind.OBJECTIVE: objective,
            ItemKind.INTERVENTION: intervention,
        }

    def _fields(self) -> list[QWidget]:
        return [
            self.problem_text,
            self.goal_text,
            self.objective_text,
            self.intervention_text,
            self.intervention_who,
            self.intervention_frequency,
        ]

    def _connect_signals(self) -> None:
        self.plan_choice.currentIndexChanged.connect(self._plan_picked)
        self.new_button.clicked.connect(self.new_plan)
        self.activate_button.clicked.connect(self.activate)
        self.review_button.clicked.connect(self.record_review)
        self.close_button.clicked.connect(self.close_plan)
        self.tree.currentItemChanged.connect(self._item_picked)
        self.tree.itemActivated.connect(lambda _item, _column: self.edit_current())
        for kind, button in self.add_buttons.items():
            button.clicked.connect(lambda _checked=False, kind=kind: self.add(kind))
        self.remove_button.clicked.connect(self.remove_current)
        self.problem_text.textChanged.connect(
            lambda: self._edited(text=self.problem_text.toPlainText())
        )
        self.goal_text.textChanged.connect(lambda: self._edited(text=self.goal_text.toPlainText()))
        self.objective_text.textChanged.connect(
            lambda: self._edited(text=self.objective_text.toPlainText())
        )
        self.target_date.changed.connect(lambda: self._edited(target_date=self.target_date.value()))
        self.objective_status.currentIndexChanged.connect(
            lambda _i: self._edited(status=self.objective_status.currentData())
        )
        self.intervention_text.textChanged.connect(
            lambda: self._edited(text=self.intervention_text.toPlainText())
        )
        self.intervention_who.textChanged.connect(lambda text: self._edited(who=text))
        self.intervention_frequency.textChanged.connect(lambda text: self._edited(frequency=text))
        self.thread_table.doubleClicked.connect(lambda _index: self.open_thread_session())
        EnterActivates(self.thread_table, self.open_thread_session)
        self.open_session_button.clicked.connect(self.open_thread_session)
        self.thread_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._autosaver.status_changed.connect(lambda _text: self._render_status())
        self._autosaver.saved.connect(self._autosaved)
        self._autosaver.failed.connect(self._autosave_failed)
        self._workspace.changed.connect(self._workspace_changed)

    # -- public API ----------------------------------------------------------------------------
    @property
    def current_client_id(self) -> str | None:
        return self._client_id

    @property
    def current_plan_id(self) -> str | None:
        return self._plan.id if self._plan else None

    @property
    def plan(self) -> TreatmentPlan | None:
        """The plan as shown, with edits not yet saved."""
        return self._plan

    @property
    def autosaver(self) -> Autosaver:
        return self._autosaver

    @property
    def current_item_id(self) -> str | None:
        item = self.tree.currentItem()
        return str(item.data(0, ID_ROLE)) if item is not None else None

    def status_text(self) -> str:
        return self.save_status.text()

    def notice_text(self) -> str:
        return self.notice.text() if self.notice.isVisibleTo(self) else ""

    def review_due_text(self) -> str:
        return self.review_banner.text() if self.review_banner.isVisibleTo(self) else ""

    def show_client(self, client_id: str) -> bool:
        """List a client's plans and open the one in force (else the newest)."""
        if client_id == self._client_id:
            return True
        if not self._leave_current():
            return False
        self._client_id = client_id
        self._reload_plans()
        plans = self._plans
        active = [p for p in plans if p.status is PlanStatus.ACTIVE]
        chosen = active[-1] if active else (plans[-1] if plans else None)
        self._select_plan(chosen.id if chosen else None)
        return True

    def open_plan(self, plan_id: str) -> bool:
        """Show one plan (switching client when it is another's), e.g. a search hit."""
        try:
            plan = self._plans_service.plan(plan_id)
        except CounselorDeskError as exc:
            self._workspace.failed.emit(describe(exc))
            return False
        if plan.client_id != self._client_id and not self.show_client(plan.client_id):
            return False
        if plan_id == self.current_plan_id:
            return True
        if not self._leave_current():
            return False
        self._reload_plans()
        self._select_plan(plan_id)
        return self.current_plan_id == plan_id

    def select_item(self, item_id: str) -> bool:
        item = self._items.get(item_id)
        if item is None:
            return False
        self.tree.setCurrentItem(item)
        return True

    def flush(self, timeout: float = 5.0) -> bool:
        """Save what was typed now and wait for the commit (before locking or switching)."""
        if self._plan is None:
            return True
        return self._autosaver.flush(timeout)

    def may_leave(self) -> bool:
        """Save before the desk shows another client; False (and why) while it cannot."""
        return self._leave_current()

    def clear(self) -> None:
        """Forget the client shown (after flush(), e.g. on lock)."""
        self._autosaver.reset()
        self._client_id = None
        self._plans = []
        self._reload_choice()
        self._show(None)

    def state(self) -> dict[str, Any]:
        """Client, plan and chosen item (no wording: safe to keep across a lock)."""
        return {
            "client_id": self._client_id,
            "plan_id": self.current_plan_id,
            "item_id": self.current_item_id,
        }

    def restore_state(self, state: dict[str, Any]) -> None:
        client_id, plan_id = state.get("client_id"), state.get("plan_id")
        if not client_id or not self.show_client(str(client_id)):
            return
        if plan_id and self.open_plan(str(plan_id)) and state.get("item_id"):
            self.select_item(str(state["item_id"]))

    # -- plans ------------------------------------------------------------------------------
    def _reload_plans(self) -> None:
        try:
            self._plans = self._plans_service.plans(self._client_id) if self._client_id else []
        except CounselorDeskError as exc:
            self._plans = []
            self._workspace.failed.emit(describe(exc))
        self._reload_choice()

    def _reload_choice(self) -> None:
        """The chooser, newest first, keeping the plan shown."""
        self._loading = True
        try:
            self.plan_choice.clear()
            for plan in reversed(self._plans):
                self.plan_choice.addItem(plan_label(plan), plan.id)
            if self._plan is not None:
                index = self.plan_choice.findData(self._plan.id)
                if index >= 0:
                    self.plan_choice.setCurrentIndex(index)
        finally:
            self._loading = False

    def _select_plan(self, plan_id: str | None) -> None:
        plan = next((p for p in self._plans if p.id == plan_id), None)
        self._loading = True
        try:
            index = self.plan_choice.findData(plan_id) if plan_id else -1
            self.plan_choice.setCurrentIndex(index)
        finally:
            self._loading = False
        self._show(plan)

    def _plan_picked(self, index: int) -> None:
        if self._loading:
            return
        plan_id = self.plan_choice.itemData(index) if index >= 0 else None
        if plan_id == self.current_plan_id:
            return
        if not self._leave_current():
            self._loading = True
            try:
                self.plan_choice.setCurrentIndex(self.plan_choice.findData(self.current_plan_id))
            finally:
                self._loading = False
            return
        self._reload_plans()
        self._select_plan(plan_id)

    def _leave_current(self) -> bool:
        if self.flush():
            return True
        self._set_notice(
            self.tr("This plan could not be saved yet, so it stays open. %1").replace(
                "%1", self._autosaver.error
            )
        )
        return False

    # -- showing a plan ---------------------------------------------------------------------
    def _show(self, plan: TreatmentPlan | None, keep_item: str | None = None) -> None:
        self._autosaver.reset()
        self._plan = plan
        self._set_notice("")
        self._reload_threads()
        self._rebuild_tree(keep_item)
        has_plan = plan is not None
        self.splitter.setVisible(has_plan)
        self.placeholder.setVisible(not has_plan)
        if self._client_id is None:
            self.placeholder.setText(self.tr("Choose a client from the list."))
        else:
            self.placeholder.setText(
                self.tr("This client has no treatment plan yet. Choose New plan to start one.")
            )
        self._render_plan_state()
        self._render_status()
        if plan is not None:
            self.opened.emit(plan.id)

    def _reload_threads(self) -> None:
        self._threads = {}
        if self._plan is None or self._plan.created_at is None:
            return
        try:
            threads = self._plans_service.golden_thread(self._plan.id)
        except CounselorDeskError as exc:
            self._workspace.failed.emit(describe(exc))
            return
        self._threads = {t.objective.id: t for t in threads}

    def _sessions_of(self, objective_id: str) -> tuple[ThreadSession, ...]:
        thread = self._threads.get(objective_id)
        return thread.sessions if thread is not None else ()

    def _rebuild_tree(self, keep_item: str | None = None) -> None:
        """Build the tree from the plan, choosing `keep_item` (else the first item)."""
        keep = keep_item or self.current_item_id
        self._loading = True
        try:
            self.tree.clear()
            self._items = {}
            plan = self._plan
            if plan is not None:

                def add(
                    parent: QTreeWidgetItem | None, node: PlanItem, path: tuple[int, ...]
                ) -> None:
                    item = QTreeWidgetItem()
                    item.setData(0, ID_ROLE, node.id)
                    self._items[node.id] = item
                    if parent is None:
                        self.tree.addTopLevelItem(item)
                    else:
                        parent.addChild(item)
                    self._label(item, node, path)
                    for index, kid in enumerate(children(node)):
                        add(item, kid, (*path, index))

                for index, problem in enumerate(plan.problems):
                    add(None, problem, (index,))
                self.tree.expandAll()
            chosen = self._items.get(keep) if keep else None
            if chosen is None and self.tree.topLevelItemCount():
                chosen = self.tree.topLevelItem(0)
            if chosen is not None:
                self.tree.setCurrentItem(chosen)
        finally:
            self._loading = False
        self._load_editor()

    def _label(self, item: QTreeWidgetItem, node: PlanItem, path: Sequence[int]) -> None:
        kind = kind_of(node)
        name = item_name(kind, path)
        wording = _first_line(node.text)
        item.setText(0, f"{name}  {wording}" if wording else name)
        details: list[str] = []
        if isinstance(node, Objective):
            if node.target_date is not None:
                details.append(self.tr("by %1").replace("%1", show_date(node.target_date)))
            details.append(objective_status_label(node.status))
            count = len(self._sessions_of(node.id))
            if count == 1:
                details.append(self.tr("1 session"))
            elif count:
                details.append(self.tr("%n sessions", "", count))
        elif isinstance(node, Intervention):
            details.extend(part for part in (node.who.strip(), node.frequency.strip()) if part)
        item.setText(1, " · ".join(details))
        font = QFont(self.tree.font())
        font.setBold(kind is ItemKind.PROBLEM)
        font.setItalic(not wording)
        item.setFont(0, font)
        no_wording = self.tr("no wording yet")
        spoken = f"{name}: {node.text.strip() or no_wording}"
        if details:
            spoken += ", " + ", ".join(details)
        item.setData(0, Role.AccessibleTextRole, spoken)
        item.setToolTip(0, node.text.strip())

    def _relabel(self, item_id: str) -> None:
        plan = self._plan
        item = self._items.get(item_id)
        if plan is None or item is None:
            return
        node, path = plan.find(item_id), plan.path_of(item_id)
        if node is not None and path is not None:
            self._label(item, node, path)

    def _current_node(self) -> PlanItem | None:
        item_id = self.current_item_id
        return self._plan.find(item_id) if self._plan is not None and item_id else None

    def _item_picked(
        self, _current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None
    ) -> None:
        if not self._loading:
            self._load_editor()

    def _load_editor(self) -> None:
        node = self._current_node()
        plan = self._plan
        self._loading = True
        try:
            if node is None or plan is None:
                self.pages.setCurrentWidget(self.empty_page)
                self.item_heading.setText("")
            else:
                kind = kind_of(node)
                self.pages.setCurrentWidget(self._page_of[kind])
                self.item_heading.setText(item_name(kind, plan.path_of(node.id) or ()))
                if kind is ItemKind.PROBLEM:
                    self.problem_text.setPlainText(node.text)
                elif kind is ItemKind.GOAL:
                    self.goal_text.setPlainText(node.text)
                elif isinstance(node, Objective):
                    self.objective_text.setPlainText(node.text)
                    self.target_date.set_default(self._today() + timedelta(days=30))
                    self.target_date.set_value(node.target_date)
                    self.objective_status.setCurrentIndex(
                        self.objective_status.findData(node.status.value)
                    )
                    self.thread_model.reload(self._sessions_of(node.id))
                    if self.thread_model.rowCount():
                        self.thread_table.selectRow(0)
                    self.thread_table.resizeColumnsToContents()
                elif isinstance(node, Intervention):
                    self.intervention_text.setPlainText(node.text)
                    self.intervention_who.setText(node.who)
                    self.intervention_frequency.setText(node.frequency)
            editable = plan is not None and plan.is_editable
            for field in self._fields():
                if isinstance(field, QPlainTextEdit | QLineEdit):
                    field.setReadOnly(not editable)
            self.target_date.setEnabled(editable)
            self.objective_status.setEnabled(editable)
        finally:
            self._loading = False
        self._update_buttons()

    def _render_plan_state(self) -> None:
        plan = self._plan
        today = self._today()
        if plan is None:
            self.plan_state.setText("")
        elif plan.status is PlanStatus.ACTIVE and plan.review_date is not None:
            text = (
                self.tr("Active · review due since %1")
                if due_for_review(plan, today)
                else self.tr("Active · next review %1")
            )
            self.plan_state.setText(text.replace("%1", show_date(plan.review_date)))
        elif plan.status is PlanStatus.DRAFT:
            self.plan_state.setText(
                self.tr("Draft: fill in every item, then activate it with a review date.")
            )
        else:
            ended = show_date(local_day(plan.updated_at)) if plan.updated_at else ""
            self.plan_state.setText(
                self.tr("%1 on %2 · kept as it was")
                .replace("%1", plan_status_label(plan.status))
                .replace("%2", ended)
            )
        due = plan is not None and due_for_review(plan, today)
        if due and plan is not None and plan.review_date is not None:
            self.review_banner.setText(
                self.tr(
                    "Review due: this plan's review date, %1, has come. Go over it with the "
                    "client, update it, then choose Record review."
                ).replace("%1", show_date(plan.review_date))
            )
        self.review_banner.setVisible(due)
        self._update_buttons()

    def _update_buttons(self) -> None:
        plan = self._plan
        has_client = self._client_id is not None
        self.new_button.setEnabled(has_client and not self._busy)
        self.plan_choice.setEnabled(bool(self._plans))
        status = plan.status if plan is not None else None
        self.activate_button.setVisible(status is PlanStatus.DRAFT)
        self.activate_button.setEnabled(not self._busy)
        self.review_button.setVisible(status is PlanStatus.ACTIVE)
        self.review_button.setEnabled(not self._busy)
        self.close_button.setVisible(status is not None and not status.is_closed)
        self.close_button.setEnabled(not self._busy)
        editable = plan is not None and plan.is_editable and not self._busy
        node = self._current_node()
        for kind, button in self.add_buttons.items():
            # A goal needs a problem to go under (the domain says where exactly).
            button.setEnabled(editable and (kind.depth == 0 or bool(plan and plan.problems)))
        self.remove_button.setEnabled(editable and node is not None)
        session = self.thread_model.session_at(selected_row(self.thread_table))
        self.open_session_button.setEnabled(session is not None)
        self.open_session_button.setText(
            self.tr("Open n&ote")
            if session is None or session.note_id
            else self.tr("Open sessi&on")
        )

    def _render_status(self) -> None:
        plan = self._plan
        text = ""
        if plan is not None:
            text = self._autosaver.status_text()
        self.save_status.setText(text)
        self.save_status.setToolTip(self._autosaver.error)
        self.status_changed.emit(text)

    def _set_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    # -- editing --------------------------------------------------------------------------------
    def _edited(self, **changes: Any) -> None:
        if self._loading or self._plan is None or not self._plan.is_editable:
            return
        item_id = self.current_item_id
        if item_id is None:
            return
        try:
            self._plan = update_item(self._plan, item_id, **changes)
        except CounselorDeskError as exc:
            self._set_notice(describe(exc))
            return
        self._relabel(item_id)
        self._autosaver.touch()

    def _change(self, plan: TreatmentPlan, choose: str | None, *, focus_editor: bool) -> None:
        """A new tree (an item added, removed or moved): show it and save it."""
        self._plan = plan
        self._rebuild_tree(choose)
        self._autosaver.touch()
        if focus_editor:
            self.edit_current()
        else:
            self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def add(self, kind: ItemKind) -> None:
        """Add an empty item of `kind` next to (or under) the chosen one, and edit it."""
        plan = self._plan
        if plan is None or not plan.is_editable or self._busy:
            return
        try:
            changed, new_id = add_item(plan, kind, self.current_item_id)
        except CounselorDeskError as exc:
            self._set_notice(describe(exc))
            return
        self._set_notice("")
        self._change(changed, new_id, focus_editor=True)

    def add_same_kind(self) -> None:
        node = self._current_node()
        self.add(kind_of(node) if node is not None else ItemKind.PROBLEM)

    def add_level_down(self) -> None:
        node = self._current_node()
        if node is None:
            self.add(ItemKind.PROBLEM)
            return
        kind = kind_of(node)
        self.add(kind.child or kind)

    def remove_current(self) -> None:
        """Remove the chosen item and what is under it, after asking. An objective that
        sessions worked on stays (its thread would be cut): mark it met or dropped."""
        plan, node = self._plan, self._current_node()
        if plan is None or node is None or not plan.is_editable or self._busy:
            return
        path = plan.path_of(node.id) or ()
        name = item_name(kind_of(node), path)
        worked_on = [oid for oid in objective_ids_under(plan, node.id) if self._sessions_of(oid)]
        if worked_on:
            Ask.inform(
                self,
                self.tr("Cannot remove"),
                self.tr(
                    "%1 holds an objective that sessions worked on, so it stays in the plan. "
                    "Mark the objective met, revised or dropped instead."
                ).replace("%1", name),
            )
            return
        below = len(list(self._descendants(node)))
        detail = ""
        if below == 1:
            detail = self.tr("The item under it goes too.")
        elif below:
            detail = self.tr("The %n items under it go too.", "", below)
        if not Ask.confirm(
            self,
            self.tr("Remove item"),
            self.tr("Remove %1 from the plan?").replace("%1", name),
            detail,
        ):
            return
        parent_path = path[:-1]
        changed = remove_item(plan, node.id)
        # The item now in its place, else the one before, else its parent.
        target = changed.at((*parent_path, path[-1]))
        if target is None and path[-1] > 0:
            target = changed.at((*parent_path, path[-1] - 1))
        if target is None and parent_path:
            target = changed.at(parent_path)
        self._change(changed, target.id if target else None, focus_editor=False)

    @staticmethod
    def _descendants(node: PlanItem) -> list[PlanItem]:
        found: list[PlanItem] = []
        for kid in children(node):
            found.append(kid)
            found.extend(TreatmentPlanView._descendants(kid))
        return found

    def move_current(self, step: int) -> None:
        plan, item_id = self._plan, self.current_item_id
        if plan is None or item_id is None or not plan.is_editable or self._busy:
            return
        moved = move_item(plan, item_id, step)
        if moved is not plan and moved != plan:
            self._change(moved, item_id, focus_editor=False)

    def edit_current(self) -> None:
        """The cursor into the chosen item's first field."""
        node = self._current_node()
        if node is None:
            return
        first = {
            ItemKind.PROBLEM: self.problem_text,
            ItemKind.GOAL: self.goal_text,
            ItemKind.OBJECTIVE: self.objective_text,
            ItemKind.INTERVENTION: self.intervention_text,
        }[kind_of(node)]
        first.setFocus(Qt.FocusReason.ShortcutFocusReason)
        first.moveCursor(QTextCursor.MoveOperation.End)

    def open_thread_session(self) -> None:
        """The chosen session's note (or the session, when it has none)."""
        session = self.thread_model.session_at(selected_row(self.thread_table))
        if session is None:
            return
        if session.note_id:
            self.note_requested.emit(session.note_id)
        else:
            self.session_requested.emit(session.session_id)

    # -- saving ---------------------------------------------------------------------------------
    def _capture(self) -> Job:
        assert self._plan is not None
        snapshot = self._plan
        return cast(Job, lambda plans: plans.save_plan(snapshot))

    def _autosaved(self) -> None:
        if self.notice_text().startswith(self.tr("Not saved yet")):
            self._set_notice("")

    def _autosave_failed(self, sentence: str) -> None:
        # The plan stays on screen as typed; the autosaver tries again.
        self._set_notice(self.tr("Not saved yet: %1").replace("%1", sentence))

    def _workspace_changed(self, _kind: str, _id: str) -> None:
        """Another write (a session named an objective, a plan activated): refresh what it
        may have touched without losing what is being typed."""
        if self._client_id is None:
            return
        current = self._plan
        self._reload_plans()
        if current is None:
            return
        stored = next((p for p in self._plans if p.id == current.id), None)
        if stored is None:
            return
        if self._autosaver.dirty or self._autosaver.saving:
            stored = replace(stored, problems=current.problems)  # what is typed stays
        self._plan = stored
        self._reload_threads()
        if stored.problems != current.problems:
            self._rebuild_tree(self.current_item_id)
        else:
            for item_id in list(self._items):
                self._relabel(item_id)
            self._refresh_thread_table()
        self._render_plan_state()
        self._load_editor_state_only()

    def _refresh_thread_table(self) -> None:
        node = self._current_node()
        if isinstance(node, Objective):
            keep = self.thread_model.session_at(selected_row(self.thread_table))
            self.thread_model.reload(self._sessions_of(node.id))
            row = next(
                (
                    r
                    for r in range(self.thread_model.rowCount())
                    if keep is not None
                    and self.thread_model.session_at(r).session_id == keep.session_id  # type: ignore[union-attr]
                ),
                0,
            )
            if self.thread_model.rowCount():
                self.thread_table.selectRow(row)

    def _load_editor_state_only(self) -> None:
        """Read-only or not, after a status change; the wording on screen stays."""
        plan = self._plan
        editable = plan is not None and plan.is_editable
        for field in self._fields():
            if isinstance(field, QPlainTextEdit | QLineEdit):
                field.setReadOnly(not editable)
        self.target_date.setEnabled(editable)
        self.objective_status.setEnabled(editable)
        self._update_buttons()

    # -- plan writes ----------------------------------------------------------------------------
    def new_plan(self) -> None:
        """Start a draft with an empty problem, goal and objective, and edit the problem."""
        client_id = self._client_id
        if client_id is None or self._busy or not self._leave_current():
            return
        self._busy = True
        self._update_buttons()

        def started(plan: TreatmentPlan) -> None:
            self._busy = False
            if plan.client_id != self._client_id:
                self._update_buttons()
                return
            self._reload_plans()
            self._select_plan(plan.id)
            self.edit_current()

        def failed(exc: Exception) -> None:
            self._busy = False
            self._update_buttons()
            self._set_notice(describe(exc))

        self._workspace.write(
            lambda plans: plans.start_plan(client_id),
            service=Plans,
            changed=("plan", client_id),
            on_done=started,
            on_error=failed,
        )

    def activate(self) -> None:
        plan = self._plan
        if plan is None or plan.status is not PlanStatus.DRAFT or self._busy:
            return
        today = self._today()
        day = ReviewDateDialog.ask(
            self,
            self.tr("Activate plan"),
            self.tr("The plan is in force from today. When should it be reviewed?"),
            today + timedelta(days=REVIEW_EVERY_DAYS),
            today + timedelta(days=1),
        )
        if day is None:
            return
        self._status_write(lambda plans: plans.activate(plan.id, day))

    def record_review(self) -> None:
        plan = self._plan
        if plan is None or plan.status is not PlanStatus.ACTIVE or self._busy:
            return
        today = self._today()
        day = ReviewDateDialog.ask(
            self,
            self.tr("Record review"),
            self.tr(
                "The plan as it stands now is kept as reviewed today. When is the next review?"
            ),
            today + timedelta(days=REVIEW_EVERY_DAYS),
            today + timedelta(days=1),
        )
        if day is None:
            return
        self._status_write(lambda plans: plans.review(plan.id, day))

    def close_plan(self) -> None:
        plan = self._plan
        if plan is None or plan.status.is_closed or self._busy:
            return
        status = ClosePlanDialog.ask(self, plan.status is PlanStatus.ACTIVE)
        if status is None:
            return
        self._status_write(lambda plans: plans.close(plan.id, status))

    def _status_write(self, job: Callable[[Plans], TreatmentPlan]) -> None:
        """Save what was typed first (the worker keeps order), then change the status."""
        plan = self._plan
        assert plan is not None and self._client_id is not None
        if not self._leave_current():
            return
        self._busy = True
        self._set_notice("")
        self._update_buttons()

        def done(saved: TreatmentPlan) -> None:
            self._busy = False
            if self._plan is not None and self._plan.id == saved.id:
                self._plan = replace(saved, problems=self._plan.problems)
                self._reload_plans()
                self._render_plan_state()
                self._load_editor_state_only()

        def failed(exc: Exception) -> None:
            self._busy = False
            self._update_buttons()
            if isinstance(exc, PlanInvalid) and exc.faults:
                self._show_faults(exc)
            else:
                self._set_notice(describe(exc))

        self._workspace.write(
            job, service=Plans, changed=("plan", self._client_id), on_done=done, on_error=failed
        )

    def _show_faults(self, exc: PlanInvalid) -> None:
        """Each missing piece named the way the tree names it; the first is chosen."""
        plan = self._plan
        lines = []
        for fault in exc.faults:
            node = plan.find(fault.item_id) if plan is not None and fault.item_id else None
            path = plan.path_of(node.id) if plan is not None and node is not None else None
            where = item_name(kind_of(node), path) if node is not None and path else ""
            said = fault_text(fault.message)
            lines.append(f"• {where}: {said}" if where else f"• {said}")
        self._set_notice(self.tr("Not ready yet:") + "\n" + "\n".join(lines))
        first = exc.faults[0].item_id
        if first and self.select_item(first):
            self.tree.setFocus(Qt.FocusReason.OtherFocusReason)
