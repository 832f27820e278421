""" "Objectives addressed…": which objectives of the client's treatment plan a session
worked on (the golden thread). A checkable list of the active plan's objectives under
their goals, ticked as the session names them now; objectives of an earlier plan that
the session already names are listed too, so asking again never drops them silently.

Space ticks or unticks the objective under the cursor; Enter is OK; Escape cancels.
What may be offered and what may be linked is decided by services.plans."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counselor_desk.domain.errors import CounselorDeskError
from counselor_desk.domain.treatment_plan import ItemKind, PlanStatus
from counselor_desk.services.plans import ObjectiveChoice, Plans
from counselor_desk.ui.ask import Ask
from counselor_desk.ui.models import ID_ROLE, local_day, show_date
from counselor_desk.ui.treatment_plan_view import (
    item_name,
    objective_status_label,
    plan_status_label,
)
from counselor_desk.ui.workspace import Workspace, describe


class ObjectivesDialog(QDialog):
    """Tick the objectives this session worked on; `chosen()` is their ids."""

    def __init__(self, choices: Sequence[ObjectiveChoice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Objectives addressed"))  # never a client's name
        self.setAccessibleName(self.windowTitle())
        lead = QLabel(
            self.tr(
                "Tick each objective of the treatment plan this session worked on. "
                "The plan then shows the session under each one."
            ),
            self,
        )
        lead.setWordWrap(True)
        lead.setAccessibleName(self.tr("What this does"))
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("objectiveChoices")
        self.tree.setAccessibleName(self.tr("Objectives of the treatment plan"))
        self.tree.setColumnCount(2)
        self.tree.setHeaderHidden(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(True)
        label = QLabel(self.tr("&Objectives:"), self)
        label.setBuddy(self.tree)
        self._objectives: list[QTreeWidgetItem] = []
        self._fill(choices)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Save"))
        ok.setAccessibleName(self.tr("Save the objectives ticked"))
        ok.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            self.tr("Cancel")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(lead)
        layout.addWidget(label)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.buttons)
        self.resize(760, 440)
        if self._objectives:
            self.tree.setCurrentItem(self._objectives[0])
        self.tree.setFocus()

    def _fill(self, choices: Sequence[ObjectiveChoice]) -> None:
        plan_items: dict[str, QTreeWidgetItem] = {}
        goal_items: dict[tuple[str, str], QTreeWidgetItem] = {}
        bold = QFont(self.tree.font())
        bold.setBold(True)
        several = len({c.plan.id for c in choices}) > 1
        for choice in choices:
            plan, thread = choice.plan, choice.thread
            parent: QTreeWidget | QTreeWidgetItem = self.tree
            if several or plan.status is not PlanStatus.ACTIVE:
                plan_item = plan_items.get(plan.id)
                if plan_item is None:
                    plan_item = QTreeWidgetItem(self.tree)
                    started = show_date(local_day(plan.created_at)) if plan.created_at else ""
                    text = (
                        self.tr("%1 plan, started %2")
                        .replace("%1", plan_status_label(plan.status))
                        .replace("%2", started)
                    )
                    plan_item.setText(0, text)
                    plan_item.setFont(0, bold)
                    plan_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                    plan_items[plan.id] = plan_item
                parent = plan_item
            key = (plan.id, thread.goal.id)
            goal_item = goal_items.get(key)
            if goal_item is None:
                goal_item = QTreeWidgetItem(parent)
                name = item_name(ItemKind.GOAL, thread.path[:2])
                goal_item.setText(0, f"{name}  {' '.join(thread.goal.text.split())}".strip())
                goal_item.setToolTip(0, thread.problem.text)
                goal_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                goal_items[key] = goal_item
            objective = thread.objective
            item = QTreeWidgetItem(goal_item)
            name = item_name(ItemKind.OBJECTIVE, thread.path)
            wording = " ".join(objective.text.split()) or self.tr("(no wording yet)")
            details = []
            if objective.target_date is not None:
                details.append(self.tr("by %1").replace("%1", show_date(objective.target_date)))
            details.append(objective_status_label(objective.status))
            item.setText(0, f"{name}  {wording}")
            item.setText(1, " · ".join(details))
            item.setToolTip(0, objective.text)
            item.setData(
                0, Qt.ItemDataRole.AccessibleTextRole, f"{name}: {wording}, {', '.join(details)}"
            )
            item.setData(0, ID_ROLE, objective.id)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(
                0, Qt.CheckState.Checked if choice.linked else Qt.CheckState.Unchecked
            )
            self._objectives.append(item)
        self.tree.expandAll()

    def objective_items(self) -> list[QTreeWidgetItem]:
        return list(self._objectives)

    def chosen(self) -> list[str]:
        """The ids ticked, in plan order."""
        return [
            str(item.data(0, ID_ROLE))
            for item in self._objectives
            if item.checkState(0) == Qt.CheckState.Checked
        ]

    @classmethod
    def ask(
        cls, workspace: Workspace, client_id: str, session_id: str, parent: QWidget | None
    ) -> list[str] | None:
        """The objective ids ticked for this session, or None when cancelled (or when
        there is nothing to choose: then it says why)."""
        try:
            if workspace.caseload.session(session_id).client_id != client_id:
                # Never mix charts: the caller's client is not the session's.
                raise CounselorDeskError(
                    QCoreApplication.translate(
                        "ObjectivesDialog", "That session belongs to another client."
                    )
                )
            choices = Plans(workspace.vault).objective_choices(session_id)
        except CounselorDeskError as exc:
            Ask.warn(
                parent,
                QCoreApplication.translate("ObjectivesDialog", "Objectives addressed"),
                describe(exc),
            )
            return None
        if not choices:
            Ask.inform(
                parent,
                QCoreApplication.translate("ObjectivesDialog", "Objectives addressed"),
                QCoreApplication.translate(
                    "ObjectivesDialog",
                    "This client has no active treatment plan. Activate one in the chart's "
                    "Treatment plan tab, then name the objectives this session worked on.",
                ),
            )
            return None
        dialog = cls(choices, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        answer = dialog.chosen() if accepted else None
        dialog.deleteLater()
        return answer


def choose_and_link(
    workspace: Workspace,
    client_id: str,
    session_id: str,
    parent: QWidget | None,
    *,
    on_done: Callable[[list[str]], Any] | None = None,
) -> bool:
    """Ask which objectives the session worked on and save them through the worker
    (announces ("objectives", client_id)). False when nothing was asked or it was
    cancelled; a refused save is said in the status bar."""
    chosen = ObjectivesDialog.ask(workspace, client_id, session_id, parent)
    if chosen is None:
        return False
    workspace.write(
        lambda plans: plans.link_session(session_id, chosen),
        service=Plans,
        changed=("objectives", client_id),
        on_done=on_done,
    )
    return True
