"""The chart's "Screens and CM" tab: screens recorded through their dialog (a buprenorphine
positive shown as expected for a buprenorphine client, a fentanyl positive flagged and
resetting the CM streak), attendance marked, a CM plan set up with the defaults of
DOMAIN.md, the ledger's totals, prizes recorded, the yearly-cap warning and notice, and
the item models checked by qtmodeltester. Real vaults; writes go through the worker."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from counselor_desk.domain.contingency import (
    CmKind,
    CmPlan,
    PrizeGiven,
    SlipSize,
    VoucherSchedule,
    YearlyCap,
)
from counselor_desk.domain.screens import (
    ILLICIT_OPIOIDS,
    STIMULANTS,
    Attendance,
    AttendanceStatus,
    ScreenResult,
    Substance,
    UrineScreen,
    screen_results,
)
from counselor_desk.services.screening import Screening
from counselor_desk.ui.ask import Ask
from counselor_desk.ui.cm_plan_dialog import CmPlanDialog
from counselor_desk.ui.screens_dialogs import AttendanceDialog, PrizeDialog, ScreenDialog, qdate
from counselor_desk.ui.screens_models import (
    CAUTION_BACKGROUND,
    FINDING_ROLE,
    FLAG_BACKGROUND,
    AttendanceTableModel,
    LedgerTableModel,
    ScreenTableModel,
)
from counselor_desk.ui.screens_view import ScreensView
from counselor_desk.ui.workspace import Workspace

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

S = Substance
POS, NEG, INV = ScreenResult.POSITIVE, ScreenResult.NEGATIVE, ScreenResult.INVALID
TODAY = date(2026, 3, 20)
LEFT = Qt.MouseButton.LeftButton
CONTROLS = (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QPlainTextEdit)


@pytest.fixture
def view(qtbot, workspace: Workspace, ids: dict[str, str]) -> ScreensView:  # type: ignore[no-untyped-def]
    widget = ScreensView(workspace, today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    widget.show()
    qtbot.waitExposed(widget)
    widget.show_client(ids["dana"])  # on buprenorphine since 2026-01-10
    return widget


def replace_ask(
    monkeypatch: pytest.MonkeyPatch, dialog_class: type, fill: Callable[[Any], None]
) -> list[Any]:
    """`dialog_class.ask` builds the real dialog, lets `fill` work it as a counselor
    would, then presses its OK button; returns the dialogs made."""
    made: list[Any] = []

    def ask(cls: type, parent: QWidget | None, *args: Any, **kwargs: Any) -> Any:
        dialog = cls(parent, *args, **kwargs, today=TODAY)
        made.append(dialog)
        fill(dialog)
        return dialog._result

    monkeypatch.setattr(dialog_class, "ask", classmethod(ask))
    return made


def press_ok(qtbot, dialog: Any) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.buttons.buttons()[0], LEFT)  # the accept role comes first


def record_screen(qtbot, monkeypatch, view: ScreensView, day: date, **results: ScreenResult):  # type: ignore[no-untyped-def]
    def fill(dialog: ScreenDialog) -> None:
        dialog.collected.setDate(qdate(day))
        for name, result in results.items():
            dialog.set_result(S(name), result)
        toggle(qtbot, dialog.observed)
        press_ok(qtbot, dialog)

    rows = view.screen_model.rowCount()
    made = replace_ask(monkeypatch, ScreenDialog, fill)
    qtbot.mouseClick(view.record_screen_button, LEFT)
    qtbot.waitUntil(lambda: view.screen_model.rowCount() == rows + 1, timeout=5000)
    return made[0]


def cell(model: Any, row: int, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
    return model.index(row, column).data(role)


def toggle(qtbot, button: QAbstractButton) -> None:  # type: ignore[no-untyped-def]
    """Space, as a keyboard user ticks a box or picks a radio button."""
    qtbot.keyClick(button, Qt.Key.Key_Space)


def _inside_a_control(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox | QAbstractSpinBox):
            return True
        if type(parent).__name__ == "QComboBoxPrivateContainer":
            return True
        parent = parent.parentWidget()
    return False


def unnamed(root: QWidget) -> list[str]:
    """Controls a screen reader could not name (Qt's own inner parts excepted)."""
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or widget.accessibleName():
            continue
        if widget.objectName().startswith("qt_") or isinstance(widget, QHeaderView):
            continue
        if _inside_a_control(widget):
            continue
        found.append(f"{type(widget).__name__} {getattr(widget, 'text', lambda: '')()!r}")
    return found


# -- screens --------------------------------------------------------------------------------


def test_a_buprenorphine_positive_is_expected_and_fentanyl_is_flagged_and_resets(
    qtbot, monkeypatch, workspace: Workspace, ids, view: ScreensView
) -> None:
    Screening(workspace.vault).set_cm_plan(
        ids["dana"], CmPlan(CmKind.PRIZE, ILLICIT_OPIOIDS | STIMULANTS)
    )
    view.refresh()
    dialog = record_screen(
        qtbot, monkeypatch, view, date(2026, 3, 2), buprenorphine=POS, fentanyl=NEG, cocaine=NEG
    )
    assert "prescribed: expected" in " ".join(
        label.text() for label in dialog.results_box.findChildren(QLabel)
    )
    model = view.screen_model
    assert model.substances == (S.BUPRENORPHINE, S.FENTANYL, S.COCAINE)
    bup = model.column_of(S.BUPRENORPHINE)
    assert cell(model, 0, bup) == "expected"
    assert cell(model, 0, bup, FINDING_ROLE) == "expected"
    assert cell(model, 0, bup, Qt.ItemDataRole.BackgroundRole) is None  # not flagged
    assert "expected (prescribed)" in cell(model, 0, bup, Qt.ItemDataRole.AccessibleTextRole)
    assert cell(model, 0, 1) == "As expected"
    assert cell(model, 0, 2) == "Yes"
    assert view.ledger_model.rowCount() == 1
    assert cell(view.ledger_model, 0, 2) == "Success"
    assert view.totals.text().startswith("Streak: 1")

    record_screen(
        qtbot, monkeypatch, view, date(2026, 3, 9), buprenorphine=POS, fentanyl=POS, cocaine=NEG
    )
    fen = model.column_of(S.FENTANYL)
    assert cell(model, 0, fen) == "POS"  # newest first
    assert cell(model, 0, fen, Qt.ItemDataRole.BackgroundRole) == FLAG_BACKGROUND
    assert cell(model, 0, bup) == "expected"
    assert cell(model, 0, 1) == "fentanyl positive"
    ledger = view.ledger_model
    assert [cell(ledger, r, 2) for r in range(2)] == ["Reset", "Success"]
    assert "fentanyl positive" in cell(ledger, 0, 2, Qt.ItemDataRole.ToolTipRole)
    assert [cell(ledger, r, 3) for r in range(2)] == ["0", "1"]
    assert view.totals.text().startswith("Streak: 0 · next success: 1 draws")


def test_a_buprenorphine_positive_is_flagged_for_a_client_not_prescribed_it(
    qtbot, monkeypatch, ids, view: ScreensView
) -> None:
    view.show_client(ids["marcus"])
    record_screen(qtbot, monkeypatch, view, date(2026, 3, 2), buprenorphine=POS)
    model = view.screen_model
    column = model.column_of(S.BUPRENORPHINE)
    assert cell(model, 0, column) == "POS"
    assert cell(model, 0, 1) == "buprenorphine positive"
    assert view.plan_label.text().startswith("No CM plan")
    assert not view.record_prize_button.isEnabled() and not view.end_plan_button.isEnabled()


def test_the_screen_dialog_refuses_an_empty_screen_and_keeps_refusals_without_results(
    qtbot, ids
) -> None:
    dialog = ScreenDialog(None, ids["dana"], frozenset({S.BUPRENORPHINE}), today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert unnamed(dialog) == []
    press_ok(qtbot, dialog)
    assert dialog.result_screen() is None
    assert "at least one result" in dialog.problem.text()

    dialog.set_result(S.FENTANYL, POS)
    qtbot.mouseClick(dialog.rest_negative, LEFT)
    dialog.outcome.setFocus()
    qtbot.keyClick(dialog.outcome, Qt.Key.Key_Down)  # Sample collected → Refused
    assert dialog.outcome.currentData() == "refused"
    assert not dialog.results_box.isEnabled() and not dialog.observed.isEnabled()
    press_ok(qtbot, dialog)
    screen = dialog.result_screen()
    assert screen is not None and screen.refused and screen.results == ()
    assert screen.collected == TODAY


def test_a_screen_is_corrected_with_enter_on_its_row(qtbot, monkeypatch, view: ScreensView) -> None:
    record_screen(qtbot, monkeypatch, view, date(2026, 3, 2), fentanyl=INV)
    model = view.screen_model
    fen = model.column_of(S.FENTANYL)
    assert cell(model, 0, fen, Qt.ItemDataRole.BackgroundRole) == CAUTION_BACKGROUND
    assert cell(model, 0, 1) == "fentanyl invalid: retest"

    def fill(dialog: ScreenDialog) -> None:
        assert dialog.windowTitle() == "Correct urine screen"
        assert dialog.results[S.FENTANYL].currentData() == "invalid"
        dialog.set_result(S.FENTANYL, NEG)
        press_ok(qtbot, dialog)

    replace_ask(monkeypatch, ScreenDialog, fill)
    view.screen_table.setFocus()
    view.screen_table.selectRow(0)
    assert view.edit_screen_button.isEnabled()
    qtbot.keyClick(view.screen_table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: cell(model, 0, fen) == "neg", timeout=5000)
    assert model.rowCount() == 1 and cell(model, 0, 1) == "Negative"
    assert view.screen_table.selectionModel().selectedRows()[0].row() == 0  # kept


# -- attendance -----------------------------------------------------------------------------


def test_a_scheduled_contact_is_recorded_then_marked_attended(
    qtbot, monkeypatch, ids, view: ScreensView
) -> None:
    def schedule(dialog: AttendanceDialog) -> None:
        dialog.on.setDate(qdate(date(2026, 3, 17)))
        dialog.status.setCurrentIndex(dialog.status.findData("scheduled"))
        qtbot.keyClicks(dialog.notes, "Group at noon")
        press_ok(qtbot, dialog)

    replace_ask(monkeypatch, AttendanceDialog, schedule)
    qtbot.mouseClick(view.record_attendance_button, LEFT)
    model = view.attendance_model
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=5000)
    assert cell(model, 0, 1) == "Scheduled, not marked"  # before TODAY, never marked
    assert cell(model, 0, 1, Qt.ItemDataRole.BackgroundRole) == CAUTION_BACKGROUND
    assert cell(model, 0, 3) == "Group at noon"

    def mark(dialog: AttendanceDialog) -> None:
        assert dialog.notes.toPlainText() == "Group at noon"
        dialog.status.setCurrentIndex(dialog.status.findData("no-show"))
        press_ok(qtbot, dialog)

    replace_ask(monkeypatch, AttendanceDialog, mark)
    view.attendance_table.selectRow(0)
    qtbot.mouseClick(view.edit_attendance_button, LEFT)
    qtbot.waitUntil(lambda: cell(model, 0, 1) == "No-show", timeout=5000)
    assert cell(model, 0, 1, Qt.ItemDataRole.BackgroundRole) == FLAG_BACKGROUND
    assert model.rowCount() == 1


# -- contingency management ----------------------------------------------------------------


def test_a_voucher_plan_from_the_dialog_gives_the_ledger_totals(
    qtbot, monkeypatch, workspace: Workspace, ids, view: ScreensView
) -> None:
    def fill(dialog: CmPlanDialog) -> None:
        assert unnamed(dialog) == []
        # The defaults of DOMAIN.md.
        assert (dialog.first_draws.value(), dialog.draw_step.value(), dialog.max_draws.value()) == (
            1,
            1,
            8,
        )
        assert [b.value() for b in (dialog.good_job, dialog.small, dialog.large, dialog.jumbo)] == [
            250,
            209,
            40,
            1,
        ]
        assert dialog.bowl_summary.text() == "500 slips; a draw is worth $2.22 on average."
        assert (dialog.first_voucher.value(), dialog.voucher_step.value()) == (2.5, 1.25)
        assert (dialog.bonus.value(), dialog.bonus_every.value()) == (10.0, 3)
        assert (dialog.cap_limit.value(), dialog.warn_within.value()) == (750.0, 50.0)
        assert {
            s for s, c in dialog.targets.items() if c.isChecked()
        } == ILLICIT_OPIOIDS | STIMULANTS
        toggle(qtbot, dialog.voucher_kind)
        assert dialog.schedules.currentIndex() == 1
        toggle(qtbot, dialog.from_start)  # count everything recorded
        press_ok(qtbot, dialog)

    replace_ask(monkeypatch, CmPlanDialog, fill)
    screening = Screening(workspace.vault)
    for day in (2, 5, 9, 12):
        screening.record_screen(
            UrineScreen(ids["dana"], date(2026, 3, day), screen_results({S.FENTANYL: NEG}))
        )
    qtbot.mouseClick(view.plan_button, LEFT)
    qtbot.waitUntil(lambda: view.ledger_model.rowCount() == 4, timeout=5000)
    ledger = view.ledger_model
    assert [cell(ledger, r, 4) for r in range(4)] == [
        "$6.25",
        "$5.00 + $10.00 bonus",
        "$3.75",
        "$2.50",
    ]
    assert [cell(ledger, r, 5) for r in range(4)] == ["$27.50", "$21.25", "$6.25", "$2.50"]
    assert "vouchers earned $27.50" in view.totals.text()
    assert "next success: $7.50" in view.totals.text()
    assert "$27.50 of $750.00" in view.totals.text()
    assert view.plan_label.text().startswith("Vouchers: $2.50 for the first success")
    assert view.plan_button.text() == "Change &plan…"
    assert not view.record_prize_button.isEnabled()  # vouchers have no draws
    assert not view.cap_banner.isVisible()


def test_the_cap_warning_comes_before_the_cap_and_the_notice_when_reached(
    qtbot, workspace: Workspace, ids, view: ScreensView
) -> None:
    screening = Screening(workspace.vault)
    screening.set_cm_plan(
        ids["dana"],
        CmPlan(
            CmKind.VOUCHER,
            frozenset({S.FENTANYL}),
            voucher=VoucherSchedule(bonus_every=0),
            cap=YearlyCap(Decimal("20"), Decimal("5")),
        ),
    )
    for day in (2, 5, 9):  # $2.50 + $3.75 + $5.00 = $11.25; the next $6.25 stays below $20
        screening.record_screen(
            UrineScreen(ids["dana"], date(2026, 3, day), screen_results({S.FENTANYL: NEG}))
        )
    view.refresh()
    assert not view.cap_banner.isVisible()
    screening.record_screen(
        UrineScreen(ids["dana"], date(2026, 3, 12), screen_results({S.FENTANYL: NEG}))
    )  # $17.50: within $5 of $20, and the next $7.50 would pass it
    view.refresh()
    assert view.cap_banner.isVisible()
    assert view.cap_banner.text().startswith("Close to the yearly cap: $17.50 of $20.00")
    assert "would pass the cap" in view.cap_banner.text()
    screening.record_screen(
        UrineScreen(ids["dana"], date(2026, 3, 16), screen_results({S.FENTANYL: NEG}))
    )
    view.refresh()
    assert view.cap_banner.text().startswith("Yearly cap reached")
    assert "Jan 1, 2027" in view.cap_banner.text()
    assert cell(view.ledger_model, 0, 4) == "Nothing: yearly cap"


def test_a_prize_is_recorded_against_the_draws_owed(
    qtbot, monkeypatch, workspace: Workspace, ids, view: ScreensView
) -> None:
    screening = Screening(workspace.vault)
    screening.set_cm_plan(ids["dana"], CmPlan(CmKind.PRIZE, frozenset({S.FENTANYL})))
    for day in (2, 5):
        screening.record_screen(
            UrineScreen(ids["dana"], date(2026, 3, day), screen_results({S.FENTANYL: NEG}))
        )
    view.refresh()
    assert "draws earned 3, drawn 0, owed 3" in view.totals.text()

    def fill(dialog: PrizeDialog) -> None:
        assert dialog.owed.text() == "3 draws are owed."
        assert dialog.value.value() == 1.0  # a small prize, from the bowl
        dialog.on.setDate(qdate(date(2026, 3, 5)))
        dialog.slip.setFocus()
        qtbot.keyClick(dialog.slip, Qt.Key.Key_Down)  # small → large
        assert dialog.value.value() == 20.0
        qtbot.keyClicks(dialog.notes, "Grocery card")
        press_ok(qtbot, dialog)

    made = replace_ask(monkeypatch, PrizeDialog, fill)
    qtbot.mouseClick(view.record_prize_button, LEFT)
    qtbot.waitUntil(lambda: view.ledger_model.rowCount() == 3, timeout=5000)
    assert made[0].slip.currentData() == "large"
    assert cell(view.ledger_model, 0, 1) == "Drew: Large prize"
    assert cell(view.ledger_model, 0, 4) == "$20.00 given"
    assert "drawn 1, owed 2 · prizes given $20.00" in view.totals.text()
    [prize] = screening.prizes(ids["dana"])
    assert (prize.size, prize.value, prize.notes) == (SlipSize.LARGE, Decimal("20"), "Grocery card")


def test_a_refused_prize_reopens_the_dialog_with_what_was_typed(
    qtbot, monkeypatch, workspace: Workspace, ids, view: ScreensView
) -> None:
    Screening(workspace.vault).set_cm_plan(
        ids["dana"], CmPlan(CmKind.PRIZE, frozenset({S.FENTANYL}), starts=date(2026, 3, 10))
    )
    view.refresh()
    asked: list[tuple[PrizeGiven | None, str]] = []

    def ask(cls, parent, client_id, bowl, owed, *, draft=None, problem=""):  # type: ignore[no-untyped-def]
        asked.append((draft, problem))
        if draft is None:
            return PrizeGiven(date(2026, 3, 2), SlipSize.SMALL, Decimal("1"), client_id=client_id)
        return None

    monkeypatch.setattr(PrizeDialog, "ask", classmethod(ask))
    failures: list[str] = []
    workspace.failed.connect(failures.append)
    qtbot.mouseClick(view.record_prize_button, LEFT)
    qtbot.waitUntil(lambda: len(asked) == 2, timeout=5000)
    draft, problem = asked[1]
    assert draft is not None and draft.on == date(2026, 3, 2)
    assert "counts from 2026-03-10" in problem
    assert failures == [problem]


def test_ending_a_plan_asks_first_and_keeps_the_records(
    qtbot, monkeypatch, workspace: Workspace, ids, view: ScreensView
) -> None:
    screening = Screening(workspace.vault)
    screening.set_cm_plan(ids["dana"], CmPlan(CmKind.PRIZE, frozenset({S.FENTANYL})))
    screening.record_screen(
        UrineScreen(ids["dana"], date(2026, 3, 2), screen_results({S.FENTANYL: NEG}))
    )
    view.refresh()
    answers = iter([False, True])
    monkeypatch.setattr(Ask, "confirm", classmethod(lambda cls, *args: next(answers)))
    qtbot.mouseClick(view.end_plan_button, LEFT)
    qtbot.wait(50)
    assert screening.cm_plan(ids["dana"]) is not None
    qtbot.mouseClick(view.end_plan_button, LEFT)
    qtbot.waitUntil(lambda: view.plan_label.text().startswith("No CM plan"), timeout=5000)
    assert screening.cm_plan(ids["dana"]) is None
    assert view.screen_model.rowCount() == 1
    assert not view.ledger_table.isVisible()


def test_the_plan_dialog_shows_the_domain_refusal_and_restores_defaults(qtbot, ids) -> None:
    current = CmPlan(
        CmKind.PRIZE, frozenset({S.COCAINE}), reinforce_attendance=True, cap=YearlyCap(Decimal(300))
    )
    dialog = CmPlanDialog(None, ids["dana"], current, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.cap_limit.value() == 300 and not dialog.from_start.isChecked()
    toggle(qtbot, dialog.targets[S.COCAINE])
    toggle(qtbot, dialog.attendance)
    press_ok(qtbot, dialog)
    assert dialog.result_plan() is None
    assert "needs a target substance" in dialog.problem.text()

    toggle(qtbot, dialog.targets[S.FENTANYL])
    dialog.restore_defaults()
    assert dialog.cap_limit.value() == 750
    press_ok(qtbot, dialog)
    plan = dialog.result_plan()
    assert plan is not None and plan.id == current.id and plan.cap == YearlyCap()
    assert plan.target_substances == {S.FENTANYL} and not plan.reinforce_attendance


# -- models, names, clearing ---------------------------------------------------------------


def test_the_models_pass_the_model_tester(qtmodeltester, workspace: Workspace, ids) -> None:
    screening = Screening(workspace.vault)
    dana = ids["dana"]
    screening.set_cm_plan(dana, CmPlan(CmKind.PRIZE, ILLICIT_OPIOIDS, reinforce_attendance=True))
    for day, results in (
        (2, {S.BUPRENORPHINE: POS, S.FENTANYL: NEG}),
        (5, {S.BUPRENORPHINE: NEG, S.FENTANYL: POS, S.COCAINE: INV}),
    ):
        screening.record_screen(UrineScreen(dana, date(2026, 3, day), screen_results(results)))
    screening.record_screen(UrineScreen(dana, date(2026, 3, 9), missed=True))
    screening.record_attendance(Attendance(dana, date(2026, 3, 3), AttendanceStatus.ATTENDED))
    screening.record_attendance(Attendance(dana, date(2026, 3, 30), AttendanceStatus.SCHEDULED))
    screening.record_prize(
        PrizeGiven(date(2026, 3, 3), SlipSize.GOOD_JOB, Decimal(0), client_id=dana)
    )

    screens = ScreenTableModel()
    screens.reload(screening.screens(dana), screening.prescribed(dana))
    qtmodeltester.check(screens)
    assert screens.columnCount() == 3 + 3 + 1
    attendance = AttendanceTableModel()
    sessions = {s.id: s for s in workspace.caseload.sessions(dana)}
    attendance.reload(screening.attendance(dana), sessions, TODAY)
    qtmodeltester.check(attendance)
    ledger = LedgerTableModel()
    built = screening.ledger(dana)
    assert built is not None
    ledger.reload(built.plan, built.rows)
    qtmodeltester.check(ledger)
    assert ledger.rowCount() == 6


def test_every_control_is_named_and_clear_shows_no_client(
    qtbot, monkeypatch, view: ScreensView
) -> None:
    assert unnamed(view) == []
    assert view.stack.currentIndex() == 1
    record_screen(qtbot, monkeypatch, view, date(2026, 3, 2), fentanyl=NEG)
    view.clear()
    assert view.stack.currentIndex() == 0
    assert view.screen_model.rowCount() == 0 and view.current_client_id is None
    assert not view.record_screen_button.isEnabled()
    view.resize(700, 720)  # a narrow chart pane stacks the CM panel under the tables
    qtbot.waitUntil(lambda: view.splitter.orientation() == Qt.Orientation.Vertical)
