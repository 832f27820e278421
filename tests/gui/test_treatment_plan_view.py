"""The Treatment plan tab: a plan built by keyboard autosaves ("Saved" only once
committed) and activates with a review date; activating an unfinished plan names what is
missing; a session's note named through "Objectives addressed…" shows under the
objective (the golden thread) and Enter opens it; a plan due for review says so in the
tab, the chart's overview and the "today" list; a closed plan is read-only. Real vaults,
real widgets."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from test_accessibility import unnamed  # the window's own test of "every control is named"

from counselor_desk.domain.treatment_plan import (
    Goal,
    Intervention,
    ItemKind,
    Objective,
    ObjectiveStatus,
    PlanEvent,
    PlanStatus,
    Problem,
    TreatmentPlan,
)
from counselor_desk.services.plans import Plans
from counselor_desk.services.screening import DueReason
from counselor_desk.ui import objectives_dialog
from counselor_desk.ui.ask import Ask
from counselor_desk.ui.chart import ChartView
from counselor_desk.ui.objectives_dialog import ObjectivesDialog, choose_and_link
from counselor_desk.ui.today_view import PLAN_ID_ROLE, REASON_ROLE, TodayDialog
from counselor_desk.ui.treatment_plan_view import (
    ClosePlanDialog,
    ReviewDateDialog,
    TreatmentPlanView,
)
from counselor_desk.ui.workspace import Workspace

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

WAIT = 5000
TODAY = date.today()
REVIEW = TODAY + timedelta(days=90)
SHOTS = Path("/tmp/shots")


def complete_plan(client_id: str) -> TreatmentPlan:
    return TreatmentPlan(
        client_id=client_id,
        problems=(
            Problem(
                "Opioid use disorder, early remission on buprenorphine",
                goals=(
                    Goal(
                        "Stay off fentanyl and keep my job at the garage",
                        objectives=(
                            Objective(
                                "Attends two NA meetings a week for 8 weeks",
                                target_date=TODAY + timedelta(days=56),
                                interventions=(
                                    Intervention(
                                        "Meeting list, sponsor talk", "Counselor", "Weekly"
                                    ),
                                ),
                            ),
                            Objective(
                                "Names three craving triggers and a plan for each",
                                target_date=TODAY + timedelta(days=28),
                                interventions=(
                                    Intervention(
                                        "Triggers and coping plan worksheet",
                                        "Counselor",
                                        "Every session",
                                    ),
                                ),
                            ),
                        ),
                    ),
                ),
            ),
            Problem(
                "Housing at risk after a missed rent payment",
                goals=(
                    Goal(
                        "Keep my apartment",
                        objectives=(
                            Objective(
                                "Applies for rent assistance by the end of the month",
                                target_date=TODAY + timedelta(days=21),
                                interventions=(
                                    Intervention(
                                        "Referral to housing navigator",
                                        "Peer specialist",
                                        "Once, then follow-up",
                                    ),
                                ),
                            ),
                        ),
                    ),
                ),
            ),
        ),
    )


def active_plan(workspace: Workspace, client_id: str) -> TreatmentPlan:
    plans = Plans(workspace.vault)
    draft = plans.start_plan(client_id)
    plans.save_plan(replace(complete_plan(client_id), id=draft.id))
    return plans.activate(draft.id, REVIEW)


@pytest.fixture
def make_view(qtbot, workspace: Workspace) -> Callable[..., TreatmentPlanView]:  # type: ignore[no-untyped-def]
    def make(today: date = TODAY) -> TreatmentPlanView:
        view = TreatmentPlanView(workspace, autosave_ms=50, today=lambda: today)
        qtbot.addWidget(view)
        view.resize(1100, 720)
        view.show()
        qtbot.waitExposed(view)
        view.activateWindow()
        qtbot.waitUntil(view.isActiveWindow)
        return view

    return make


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def type_here(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(focused(), text)


def key(qtbot, which: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(focused(), which, modifiers)


def test_a_plan_built_by_keyboard_autosaves_and_activates(
    qtbot, monkeypatch, workspace, ids, make_view
) -> None:
    view = make_view()
    assert view.show_client(ids["marcus"])
    assert not view.splitter.isVisibleTo(view)
    assert "no treatment plan yet" in view.placeholder.text()

    view.new_button.setFocus()
    key(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: view.current_plan_id is not None, timeout=WAIT)
    plan_id = view.current_plan_id
    # A new draft: one problem, goal and objective; the cursor is in the problem.
    qtbot.waitUntil(lambda: focused() is view.problem_text)
    type_here(qtbot, "Drinks most evenings; lost a job over it")
    key(qtbot, Qt.Key.Key_Escape)
    assert focused() is view.tree
    key(qtbot, Qt.Key.Key_Down)  # the goal
    key(qtbot, Qt.Key.Key_Return)
    assert focused() is view.goal_text
    type_here(qtbot, "Get back to work and be there for my kids")
    key(qtbot, Qt.Key.Key_Escape)
    key(qtbot, Qt.Key.Key_Down)  # the objective
    key(qtbot, Qt.Key.Key_F2)
    assert focused() is view.objective_text
    type_here(qtbot, "No more than two drinking days a week for 6 weeks")
    key(qtbot, Qt.Key.Key_Tab)  # the target date's "is set" box
    key(qtbot, Qt.Key.Key_Space)
    assert view.target_date.value() == TODAY + timedelta(days=30)
    # Ctrl+Shift+N from anywhere in the tab: an intervention under the objective.
    key(
        qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert focused() is view.intervention_text
    type_here(qtbot, "Motivational interviewing check-in")
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is view.intervention_who
    type_here(qtbot, "Counselor")
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is view.intervention_frequency
    type_here(qtbot, "Weekly")
    key(qtbot, Qt.Key.Key_Escape)
    # Insert adds another of the same kind; Delete removes it after asking.
    key(qtbot, Qt.Key.Key_Insert)
    assert focused() is view.intervention_text
    key(qtbot, Qt.Key.Key_Escape)
    asked: list[str] = []
    monkeypatch.setattr(
        Ask,
        "confirm",
        classmethod(lambda cls, parent, title, text, detail="": asked.append(text) or True),
    )
    key(qtbot, Qt.Key.Key_Delete)
    assert asked == ["Remove Intervention 1.1.1.2 from the plan?"]
    tree = view.tree  # Qt's own QTreeWidget model (qtmodeltester is for ours: ThreadModel)
    assert [tree.topLevelItem(0).text(0)] == ["Problem 1  Drinks most evenings; lost a job over it"]
    intervention_item = tree.topLevelItem(0).child(0).child(0).child(0)
    assert intervention_item.text(0) == "Intervention 1.1.1.1  Motivational interviewing check-in"
    assert intervention_item.text(1) == "Counselor · Weekly"
    assert tree.topLevelItem(0).child(0).child(0).childCount() == 1

    qtbot.waitUntil(lambda: view.status_text() == "Saved", timeout=WAIT)
    stored = Plans(workspace.vault).plan(plan_id)  # type: ignore[arg-type]
    assert stored == replace(view.plan, updated_at=stored.updated_at)  # type: ignore[arg-type]
    [(problem, goal, objective)] = list(stored.objectives())
    assert problem.text == "Drinks most evenings; lost a job over it"
    assert goal.text == "Get back to work and be there for my kids"
    assert objective.text == "No more than two drinking days a week for 6 weeks"
    assert objective.target_date == TODAY + timedelta(days=30)
    assert [(i.text, i.who, i.frequency) for i in objective.interventions] == [
        ("Motivational interviewing check-in", "Counselor", "Weekly")
    ]
    assert stored.status is PlanStatus.DRAFT

    # Activate: the review date is asked for, a version is kept.
    offered: list[tuple[date, date]] = []

    def ask(cls, parent, title, text, default, earliest):  # type: ignore[no-untyped-def]
        offered.append((default, earliest))
        return REVIEW

    monkeypatch.setattr(ReviewDateDialog, "ask", classmethod(ask))
    view.activate_button.setFocus()
    key(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(
        lambda: view.plan is not None and view.plan.status is PlanStatus.ACTIVE, timeout=WAIT
    )
    assert offered == [(TODAY + timedelta(days=90), TODAY + timedelta(days=1))]
    assert view.plan_state.text().startswith("Active · next review")
    assert view.review_due_text() == ""
    assert view.plan_choice.currentText().startswith("Active plan, started")
    assert [v.event for v in Plans(workspace.vault).history(plan_id)] == [PlanEvent.ACTIVATED]  # type: ignore[arg-type]
    assert not view.activate_button.isVisibleTo(view) and view.review_button.isVisibleTo(view)
    assert unnamed(view) == []


def test_activating_an_unfinished_plan_names_what_is_missing(
    qtbot, monkeypatch, workspace, ids, make_view
) -> None:
    view = make_view()
    view.show_client(ids["marcus"])
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.current_plan_id is not None, timeout=WAIT)
    type_here(qtbot, "Cocaine use on weekends")
    monkeypatch.setattr(ReviewDateDialog, "ask", classmethod(lambda *a: REVIEW))
    qtbot.mouseClick(view.activate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Not ready yet" in view.notice_text(), timeout=WAIT)
    lines = view.notice_text().splitlines()[1:]
    assert lines == [
        "• Goal 1.1: needs wording",
        "• Objective 1.1.1: needs a measurable wording",
        "• Objective 1.1.1: needs a target date",
        "• Objective 1.1.1: needs at least one intervention",
    ]
    # The first item named is chosen; what was typed is kept and saved.
    assert view.item_heading.text() == "Goal 1.1"
    assert view.plan is not None and view.plan.status is PlanStatus.DRAFT
    qtbot.waitUntil(lambda: view.status_text() == "Saved", timeout=WAIT)
    stored = Plans(workspace.vault).plan(view.plan.id)
    assert stored.problems[0].text == "Cocaine use on weekends"


def test_a_note_linked_to_an_objective_shows_in_the_golden_thread(
    qtbot, qtmodeltester, monkeypatch, workspace, ids, make_view
) -> None:
    plan = active_plan(workspace, ids["dana"])
    view = make_view()
    view.show_client(ids["dana"])
    assert view.current_plan_id == plan.id
    meetings = plan.problems[0].goals[0].objectives[0]
    triggers = plan.problems[0].goals[0].objectives[1]

    # Drive the real dialog by keyboard: Down to the second objective, Space ticks it.
    def exec_ticking(self: ObjectivesDialog) -> int:
        qtbot.addWidget(self)
        self.show()
        qtbot.waitExposed(self)
        assert self.windowTitle() == "Objectives addressed"
        assert unnamed(self) == []
        items = self.objective_items()
        assert [(i.text(0), i.text(1)) for i in items] == [
            (
                "Objective 1.1.1  Attends two NA meetings a week for 8 weeks",
                f"by {view_date(meetings.target_date)} · Open",
            ),
            (
                "Objective 1.1.2  Names three craving triggers and a plan for each",
                f"by {view_date(triggers.target_date)} · Open",
            ),
            (
                "Objective 2.1.1  Applies for rent assistance by the end of the month",
                f"by {view_date(plan.problems[1].goals[0].objectives[0].target_date)} · Open",
            ),
        ]
        assert all(i.checkState(0) == Qt.CheckState.Unchecked for i in items)
        self.activateWindow()
        qtbot.waitUntil(self.isActiveWindow)
        assert self.tree.currentItem() is items[0]
        qtbot.keyClick(self.tree, Qt.Key.Key_Down)
        qtbot.keyClick(self.tree, Qt.Key.Key_Space)
        qtbot.keyClick(self.tree, Qt.Key.Key_Return)
        return int(self.result())

    monkeypatch.setattr(ObjectivesDialog, "exec", exec_ticking)
    linked: list[list[str]] = []
    assert choose_and_link(workspace, ids["dana"], ids["session"], view, on_done=linked.append)
    qtbot.waitUntil(lambda: linked == [[triggers.id]], timeout=WAIT)
    assert Plans(workspace.vault).objectives_for_session(ids["session"]) == [triggers.id]

    # The tab heard the change: the objective counts the session and lists it.
    objective_item = view.tree.topLevelItem(0).child(0).child(1)
    qtbot.waitUntil(lambda: objective_item.text(1).endswith("1 session"), timeout=WAIT)
    view.tree.setFocus()
    view.tree.setCurrentItem(objective_item)
    assert view.item_heading.text() == "Objective 1.1.2"
    qtmodeltester.check(view.thread_model)
    assert view.thread_model.rowCount() == 1
    row = [view.thread_model.index(0, c).data() for c in range(3)]
    assert row[1:] == ["Individual", "draft"]
    SHOTS.mkdir(parents=True, exist_ok=True)
    view.grab().save(str(SHOTS / "treatment_plan.png"))
    # Enter on the session asks for its note.
    view.thread_table.setFocus()
    with qtbot.waitSignal(view.note_requested) as blocker:
        qtbot.keyClick(view.thread_table, Qt.Key.Key_Return)
    assert blocker.args == [ids["note"]]
    # The other objective has no session; asking again shows the tick kept.
    view.tree.setCurrentItem(view.tree.topLevelItem(0).child(0).child(0))
    assert view.thread_model.rowCount() == 0
    seen: list[list[Qt.CheckState]] = []

    def exec_looking(self: ObjectivesDialog) -> int:
        qtbot.addWidget(self)
        seen.append([i.checkState(0) for i in self.objective_items()])
        return int(ObjectivesDialog.DialogCode.Rejected)

    monkeypatch.setattr(ObjectivesDialog, "exec", exec_looking)
    assert not choose_and_link(workspace, ids["dana"], ids["session"], view)
    assert seen == [[Qt.CheckState.Unchecked, Qt.CheckState.Checked, Qt.CheckState.Unchecked]]


def view_date(day: date | None) -> str:
    from counselor_desk.ui.models import show_date

    return show_date(day)


def test_an_objective_sessions_worked_on_is_not_removed(
    qtbot, monkeypatch, workspace, ids, make_view
) -> None:
    plan = active_plan(workspace, ids["dana"])
    objective = plan.problems[0].goals[0].objectives[0]
    Plans(workspace.vault).link_session(ids["session"], [objective.id])
    view = make_view()
    view.show_client(ids["dana"])
    told: list[str] = []
    monkeypatch.setattr(Ask, "inform", classmethod(lambda cls, p, title, text: told.append(text)))
    monkeypatch.setattr(Ask, "confirm", classmethod(lambda *a: pytest.fail("not asked")))
    assert view.select_item(plan.problems[0].id)
    view.tree.setFocus()
    qtbot.keyClick(view.tree, Qt.Key.Key_Delete)
    assert told and told[0].startswith("Problem 1 holds an objective that sessions worked on")
    assert view.plan is not None and view.plan.find(objective.id) is not None


def test_no_active_plan_means_nothing_to_choose(qtbot, monkeypatch, workspace, ids) -> None:
    told: list[str] = []
    monkeypatch.setattr(Ask, "inform", classmethod(lambda cls, p, title, text: told.append(text)))
    monkeypatch.setattr(ObjectivesDialog, "exec", lambda self: pytest.fail("not shown"))
    assert (
        objectives_dialog.ObjectivesDialog.ask(workspace, ids["dana"], ids["session"], None) is None
    )
    assert told and told[0].startswith("This client has no active treatment plan")
    warned: list[str] = []
    monkeypatch.setattr(Ask, "warn", classmethod(lambda cls, p, title, text: warned.append(text)))
    assert ObjectivesDialog.ask(workspace, ids["marcus"], ids["session"], None) is None
    assert warned == ["That session belongs to another client."]


def test_a_plan_due_for_review_says_so_everywhere_and_a_review_clears_it(
    qtbot, qtmodeltester, monkeypatch, workspace, ids, make_view
) -> None:
    plan = active_plan(workspace, ids["dana"])
    later = REVIEW + timedelta(days=3)
    view = make_view(today=later)
    view.show_client(ids["dana"])
    assert view.review_due_text().startswith("Review due: this plan's review date,")
    assert view_date(REVIEW) in view.review_due_text()
    view.grab().save(str(SHOTS / "treatment_plan_review_due.png"))

    # The chart's overview and the "today" list say it too.
    chart = ChartView(workspace)
    qtbot.addWidget(chart)
    chart.overview.show_plan(Plans(workspace.vault).active_plan(ids["dana"]), later)
    assert chart.overview.plan_review.text() == f"review due {view_date(REVIEW)}"
    assert chart.overview.plan_review.font().bold()
    chart.overview.show_plan(Plans(workspace.vault).active_plan(ids["dana"]), TODAY)
    assert chart.overview.plan_review.text() == f"next review {view_date(REVIEW)}"
    chart.overview.show_plan(None, TODAY)
    assert chart.overview.plan_review.text() == "no active plan"
    today = TodayDialog(workspace, today=later)
    qtbot.addWidget(today)
    qtmodeltester.check(today.model)
    rows = [
        (
            today.model.index(r, 0).data(),
            today.model.index(r, 1).data(),
            today.model.index(r, 2).data(),
            today.model.index(r, 0).data(PLAN_ID_ROLE),
        )
        for r in range(today.model.rowCount())
        if today.model.index(r, 0).data(REASON_ROLE) == DueReason.PLAN_REVIEW
    ]
    assert rows == [
        ("Dana R.", "Treatment plan review", "The plan's review date has come", plan.id)
    ]

    # Recording the review keeps a version and sets the next date: no longer due.
    monkeypatch.setattr(ReviewDateDialog, "ask", classmethod(lambda *a: later + timedelta(days=90)))
    view.review_button.setFocus()
    qtbot.keyClick(view.review_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: view.review_due_text() == "", timeout=WAIT)
    assert [v.event for v in Plans(workspace.vault).history(plan.id)] == [
        PlanEvent.ACTIVATED,
        PlanEvent.REVIEWED,
    ]
    assert view.plan is not None and view.plan.review_date == later + timedelta(days=90)


def test_a_closed_plan_is_read_only_and_a_new_one_can_start(
    qtbot, monkeypatch, workspace, ids, make_view
) -> None:
    plan = active_plan(workspace, ids["dana"])
    view = make_view()
    view.show_client(ids["dana"])
    offered: list[bool] = []

    def close(cls, parent, can_complete):  # type: ignore[no-untyped-def]
        offered.append(can_complete)
        return PlanStatus.COMPLETED

    monkeypatch.setattr(ClosePlanDialog, "ask", classmethod(close))
    qtbot.mouseClick(view.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: view.plan is not None and view.plan.status is PlanStatus.COMPLETED, timeout=WAIT
    )
    assert offered == [True]
    assert not view.close_button.isVisibleTo(view)
    assert view.problem_text.isReadOnly()
    assert not any(b.isEnabled() for b in view.add_buttons.values())
    view.tree.setFocus()
    qtbot.keyClick(view.tree, Qt.Key.Key_Insert)  # nothing happens to a closed plan
    assert view.plan.problems == plan.problems
    assert view.plan_state.text().startswith("Completed on")
    # A new plan is a draft; the chooser lists both, newest first, and switches back.
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.current_plan_id not in (None, plan.id), timeout=WAIT)
    assert [
        view.plan_choice.itemText(i).split(",")[0] for i in range(view.plan_choice.count())
    ] == [
        "Draft plan",
        "Completed plan",
    ]
    view.plan_choice.setCurrentIndex(1)
    assert view.current_plan_id == plan.id
    state = view.state()
    assert set(state) == {"client_id", "plan_id", "item_id"}


def test_state_survives_a_lock_and_the_add_buttons_place_items(
    qtbot, workspace, ids, make_view
) -> None:
    plan = active_plan(workspace, ids["dana"])
    view = make_view()
    view.show_client(ids["dana"])
    goal = plan.problems[1].goals[0]
    view.select_item(goal.id)
    qtbot.mouseClick(view.add_buttons[ItemKind.OBJECTIVE], Qt.MouseButton.LeftButton)
    assert view.item_heading.text() == "Objective 2.1.2"
    qtbot.keyClicks(view.objective_text, "Pays rent on time for 3 months")
    # Undo and redo in a wording field; the plan follows what the field shows.
    qtbot.keyClick(view.objective_text, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert view.objective_text.toPlainText() != "Pays rent on time for 3 months"
    new_id = view.current_item_id
    assert new_id is not None and view.plan is not None
    assert view.plan.find(new_id).text == view.objective_text.toPlainText()  # type: ignore[union-attr]
    qtbot.keyClick(
        view.objective_text,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert view.objective_text.toPlainText() == "Pays rent on time for 3 months"
    assert view.plan.find(new_id).text == "Pays rent on time for 3 months"  # type: ignore[union-attr]
    view.objective_status.setCurrentIndex(view.objective_status.findData("open"))
    assert view.flush()
    stored = Plans(workspace.vault).plan(plan.id)
    assert stored.problems[1].goals[0].objectives[1].text == "Pays rent on time for 3 months"
    assert stored.problems[1].goals[0].objectives[1].status is ObjectiveStatus.OPEN
    state = view.state()
    view.clear()
    assert view.current_plan_id is None
    view.restore_state(state)
    assert view.current_plan_id == plan.id
    assert view.item_heading.text() == "Objective 2.1.2"
