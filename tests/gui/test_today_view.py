"""The "today" view: a client in screening with an old screen is due for a screen, a
contact scheduled today is due for a session, Enter picks the client, the empty state
says so, and the model passes qtmodeltester. Real vaults; screens and attendance are
recorded through the Screening service."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QWidget

from counselor_desk.domain.records import Client
from counselor_desk.domain.screens import (
    Attendance,
    AttendanceStatus,
    ScreenResult,
    Substance,
    UrineScreen,
    screen_results,
)
from counselor_desk.domain.treatment_plan import Goal, Intervention, Objective, Problem
from counselor_desk.services.caseload import Caseload
from counselor_desk.services.plans import Plans
from counselor_desk.services.screening import DueReason, Screening
from counselor_desk.ui.models import show_date
from counselor_desk.ui.today_view import (
    CLIENT_ID_ROLE,
    PLAN_ID_ROLE,
    REASON_ROLE,
    TodayDialog,
    TodayModel,
)
from counselor_desk.ui.workspace import Workspace

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

TODAY = date(2026, 3, 20)


def make(qtbot, workspace: Workspace) -> TodayDialog:  # type: ignore[no-untyped-def]
    dialog = TodayDialog(workspace, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def rows(model: TodayModel) -> list[tuple[str, ...]]:
    return [
        tuple(model.index(r, c).data() for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]


@pytest.fixture
def busy_day(workspace: Workspace, ids: dict[str, str]) -> dict[str, str]:
    """Dana (on buprenorphine) last screened 18 days ago; Marcus scheduled today."""
    screening = Screening(workspace.vault)
    negative = screen_results({Substance.FENTANYL: ScreenResult.NEGATIVE})
    screening.record_screen(UrineScreen(ids["dana"], date(2026, 3, 2), negative))
    screening.record_attendance(Attendance(ids["marcus"], TODAY, AttendanceStatus.SCHEDULED))
    return ids


def test_an_old_screen_and_a_session_today_are_listed(
    qtbot, qtmodeltester, workspace: Workspace, busy_day: dict[str, str]
) -> None:
    dialog = make(qtbot, workspace)
    qtmodeltester.check(dialog.model)
    assert dialog.windowTitle() == "Today"
    assert rows(dialog.model) == [
        ("Dana R.", "Urine screen", "Last sample is a week old or more", "Mar 2, 2026"),
        ("Marcus T.", "Session", "Scheduled for today", "Mar 20, 2026"),
    ]
    model = dialog.model
    assert model.index(0, 0).data(CLIENT_ID_ROLE) == busy_day["dana"]
    assert model.index(0, 0).data(REASON_ROLE) == DueReason.SCREEN_DUE
    assert model.index(1, 0).data(CLIENT_ID_ROLE) == busy_day["marcus"]
    assert model.index(1, 0).data(REASON_ROLE) == DueReason.SESSION_TODAY
    spoken = model.index(1, 2).data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken.startswith("Marcus T.: Session, Scheduled for today")
    assert dialog.table.isVisibleTo(dialog) and not dialog.empty.isVisibleTo(dialog)


def test_a_screen_recorded_today_takes_the_client_off_the_list(
    qtbot, workspace: Workspace, busy_day: dict[str, str]
) -> None:
    dialog = make(qtbot, workspace)
    negative = screen_results({Substance.FENTANYL: ScreenResult.NEGATIVE})
    Screening(workspace.vault).record_screen(UrineScreen(busy_day["dana"], TODAY, negative))
    workspace.changed.emit("screen", busy_day["dana"])
    assert [row[0] for row in rows(dialog.model)] == ["Marcus T."]


def test_enter_chooses_the_selected_client_once_and_closes(
    qtbot, workspace: Workspace, busy_day: dict[str, str]
) -> None:
    dialog = make(qtbot, workspace)
    chosen: list[str] = []
    dialog.client_chosen.connect(chosen.append)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)  # Dana -> Marcus
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert chosen == [busy_day["marcus"]]
    assert dialog.chosen == busy_day["marcus"]
    assert not dialog.isVisible()
    assert dialog.result() == TodayDialog.DialogCode.Accepted


def test_double_click_chooses_and_escape_closes_without_choosing(
    qtbot, workspace: Workspace, busy_day: dict[str, str]
) -> None:
    dialog = make(qtbot, workspace)
    with qtbot.waitSignal(dialog.client_chosen) as blocker:
        rect = dialog.table.visualRect(dialog.model.index(0, 0))
        # A real double-click starts with a press on the same row.
        qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [busy_day["dana"]]

    other = make(qtbot, workspace)
    qtbot.keyClick(other.table, Qt.Key.Key_Escape)
    assert not other.isVisible() and other.chosen is None


def test_nobody_due_says_so(qtbot, qtmodeltester, workspace: Workspace) -> None:
    Caseload(workspace.vault).add_client(Client("Marcus T."))  # not in screening, no contact
    dialog = make(qtbot, workspace)
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 0
    assert dialog.empty.isVisible() and dialog.empty.text() == "No one is due today."
    assert not dialog.table.isVisible()
    assert not dialog.open_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # nothing to choose: stays open
    assert dialog.isVisible() and dialog.chosen is None


def test_a_client_never_screened_and_an_unmarked_contact_are_worded(
    qtbot, workspace: Workspace, ids: dict[str, str]
) -> None:
    Screening(workspace.vault).record_attendance(
        Attendance(ids["marcus"], date(2026, 3, 10), AttendanceStatus.SCHEDULED)
    )
    dialog = make(qtbot, workspace)
    assert rows(dialog.model) == [
        ("Dana R.", "Urine screen", "No sample collected yet", ""),
        ("Marcus T.", "Session", "Scheduled earlier and never marked", "Mar 10, 2026"),
    ]


def test_ask_returns_the_chosen_id_and_every_control_is_named(
    qtbot, monkeypatch, workspace: Workspace, busy_day: dict[str, str]
) -> None:
    def exec_choosing_first(self: TodayDialog) -> int:
        qtbot.addWidget(self)
        for widget in self.findChildren(QWidget):
            if widget.objectName().startswith("qt_"):
                continue  # Qt's own inner parts (the table's corner button)
            if isinstance(widget, QAbstractButton | QAbstractItemView):
                assert widget.accessibleName(), type(widget).__name__
        self.open_button.click()
        return int(self.result())

    monkeypatch.setattr(TodayDialog, "exec", exec_choosing_first)
    chosen = TodayDialog.ask_due(workspace, today=TODAY)
    assert chosen is not None and chosen.client_id == busy_day["dana"]


def test_a_treatment_plan_whose_review_date_came_is_listed_and_chosen_with_its_plan(
    qtbot, qtmodeltester, workspace: Workspace, ids: dict[str, str]
) -> None:
    plans = Plans(workspace.vault)
    draft = plans.start_plan(ids["marcus"])
    tree = (
        Problem(
            "Drinks most evenings",
            goals=(
                Goal(
                    "Cut down",
                    objectives=(
                        Objective(
                            "Two dry days a week",
                            target_date=date.today() + timedelta(days=30),
                            interventions=(Intervention("MI check-in", "Counselor", "Weekly"),),
                        ),
                    ),
                ),
            ),
        ),
    )
    plans.save_plan(replace(draft, problems=tree))
    review = date.today() + timedelta(days=1)  # activation needs a review after today
    plan = plans.activate(draft.id, review)

    before = TodayDialog(workspace, today=date.today())
    qtbot.addWidget(before)
    assert [row[0] for row in rows(before.model)] == ["Dana R."]  # not due yet

    dialog = TodayDialog(workspace, today=review)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    assert rows(dialog.model) == [
        ("Dana R.", "Urine screen", "No sample collected yet", ""),
        (
            "Marcus T.",
            "Treatment plan review",
            "The plan's review date has come",
            show_date(review),
        ),
    ]
    model = dialog.model
    assert model.index(1, 0).data(REASON_ROLE) == DueReason.PLAN_REVIEW
    assert model.index(1, 0).data(PLAN_ID_ROLE) == plan.id
    assert model.index(0, 0).data(PLAN_ID_ROLE) is None
    dialog.table.selectRow(1)
    dialog.open_button.click()
    assert dialog.chosen == ids["marcus"]
    assert dialog.chosen_due is not None and dialog.chosen_due.plan_id == plan.id
