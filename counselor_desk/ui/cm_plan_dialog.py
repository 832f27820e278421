"""Set up or change a client's contingency-management plan: prize draws (fishbowl) or
escalating vouchers, what counts, from when, and the yearly cap. Every setting starts at
the defaults of DOMAIN.md and can be edited; "Restore defaults" puts the schedules and the
cap back. The domain checks the whole plan; its reason shows in the dialog.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from counselor_desk.domain.contingency import (
    Bowl,
    CmKind,
    CmPlan,
    PrizeSchedule,
    VoucherSchedule,
    YearlyCap,
    expected_value_per_draw,
)
from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.screens import ILLICIT_OPIOIDS, STIMULANTS, Substance
from counselor_desk.ui.errors import describe
from counselor_desk.ui.screens_dialogs import buttons, date_edit, problem_label, pydate, qdate
from counselor_desk.ui.screens_models import money, substance_label

# A new plan reinforces not using the illicit opioids and stimulants, and coming to
# sessions; the client's prescribed medication is never judged, whatever is ticked.
DEFAULT_TARGETS = ILLICIT_OPIOIDS | STIMULANTS


def _money_box(parent: QWidget, name: str, maximum: float = 10_000) -> QDoubleSpinBox:
    box = QDoubleSpinBox(parent)
    box.setAccessibleName(name)
    box.setPrefix("$")
    box.setDecimals(2)
    box.setRange(0, maximum)
    box.setSingleStep(0.25)
    return box


def _count_box(parent: QWidget, name: str, low: int = 0, high: int = 10_000) -> QSpinBox:
    box = QSpinBox(parent)
    box.setAccessibleName(name)
    box.setRange(low, high)
    return box


def _amount(box: QDoubleSpinBox) -> Decimal:
    return Decimal(f"{box.value():.2f}")


class CmPlanDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        client_id: str,
        current: CmPlan | None = None,
        draft: CmPlan | None = None,
        problem: str = "",
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self._client_id = client_id
        self._current = current
        self._result: CmPlan | None = None
        self.setWindowTitle(self.tr("Change CM plan") if current else self.tr("Set up CM plan"))
        self.setAccessibleName(self.windowTitle())

        layout = QVBoxLayout(self)
        layout.addWidget(self._kind_row())
        layout.addWidget(self._counts_box(today or date.today()))
        self.schedules = QStackedWidget(self)
        self.schedules.addWidget(self._prize_box())
        self.schedules.addWidget(self._voucher_box())
        layout.addWidget(self.schedules)
        layout.addWidget(self._cap_box())
        self.problem = problem_label(self)
        self.problem.setAccessibleName(self.tr("Problem"))
        layout.addWidget(self.problem)
        self.buttons = buttons(self, self.tr("Save plan"))
        self.buttons.addButton(QDialogButtonBox.StandardButton.RestoreDefaults)
        restore = self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        restore.setText(self.tr("Restore &defaults"))
        restore.setAccessibleName(self.tr("Restore defaults"))
        restore.setToolTip(self.tr("Put the schedules and the cap back to the usual ones"))
        self.buttons.clicked.connect(self._clicked)
        layout.addWidget(self.buttons)

        self.kind_group.idToggled.connect(self._kind_changed)
        self.from_start.toggled.connect(self.starts.setEnabled)
        for box in (self.good_job, self.small, self.large, self.jumbo):
            box.valueChanged.connect(self._describe_bowl)
        for value in (self.small_value, self.large_value, self.jumbo_value):
            value.valueChanged.connect(self._describe_bowl)

        self.restore_defaults()
        self._fill_counts(DEFAULT_TARGETS, reinforce=True, starts=today or date.today())
        plan = draft or current
        if plan is not None:
            self._fill(plan)
        self._kind_changed()
        self.show_problem(problem)

    # -- building -------------------------------------------------------------------------
    def _kind_row(self) -> QWidget:
        box = QGroupBox(self.tr("Reward"), self)
        box.setAccessibleName(self.tr("Reward"))
        self.prize_kind = QRadioButton(self.tr("&Prize draws (fishbowl)"), box)
        self.prize_kind.setAccessibleName(self.tr("Prize draws"))
        self.voucher_kind = QRadioButton(self.tr("Escalating &vouchers"), box)
        self.voucher_kind.setAccessibleName(self.tr("Escalating vouchers"))
        self.kind_group = QButtonGroup(self)
        self.kind_group.addButton(self.prize_kind, 0)
        self.kind_group.addButton(self.voucher_kind, 1)
        self.prize_kind.setChecked(True)
        row = QHBoxLayout(box)
        row.addWidget(self.prize_kind)
        row.addWidget(self.voucher_kind)
        row.addStretch(1)
        return box

    def _counts_box(self, today: date) -> QWidget:
        box = QGroupBox(self.tr("What earns a reward"), self)
        box.setAccessibleName(self.tr("What earns a reward"))
        outer = QVBoxLayout(box)
        grid = QGridLayout()
        intro = QLabel(
            self.tr(
                "A screen negative for every ticked substance it tested is a success; a "
                "positive for one resets the streak. The client's prescribed medication is "
                "never counted either way."
            ),
            box,
        )
        intro.setWordWrap(True)
        # Outside the grid: a wrapped label in a grid cell is not given its full height.
        outer.addWidget(intro)
        outer.addLayout(grid)
        self.targets: dict[Substance, QCheckBox] = {}
        for index, substance in enumerate(Substance):
            check = QCheckBox(substance_label(substance), box)
            check.setAccessibleName(substance_label(substance))
            grid.addWidget(check, index // 3, index % 3)
            self.targets[substance] = check
        after = 1 + (len(Substance) - 1) // 3
        self.attendance = QCheckBox(self.tr("&Attended sessions count too (a no-show resets)"), box)
        self.attendance.setAccessibleName(self.tr("Attended sessions count"))
        grid.addWidget(self.attendance, after, 0, 1, 3)
        self.from_start = QCheckBox(self.tr("Count &only from"), box)
        self.from_start.setAccessibleName(self.tr("Count only from a date"))
        self.starts = date_edit(box, self.tr("Counting starts"), today)
        grid.addWidget(self.from_start, after + 1, 0)
        grid.addWidget(self.starts, after + 1, 1)
        return box

    def _prize_box(self) -> QWidget:
        box = QGroupBox(self.tr("Prize draws"), self)
        box.setAccessibleName(self.tr("Prize draws"))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.first_draws = _count_box(box, self.tr("Draws for the first success"), 1, 100)
        form.addRow(self.tr("Draws for the &first success:"), self.first_draws)
        self.draw_step = _count_box(box, self.tr("More draws for each success in a row"), 0, 100)
        form.addRow(self.tr("More for each success &in a row:"), self.draw_step)
        self.max_draws = _count_box(box, self.tr("Most draws at once"), 1, 100)
        form.addRow(self.tr("&Most draws at once:"), self.max_draws)
        slips = QWidget(box)
        grid = QGridLayout(slips)
        grid.setContentsMargins(0, 0, 0, 0)
        self.good_job = _count_box(slips, self.tr("Good-job slips"))
        self.small = _count_box(slips, self.tr("Small-prize slips"))
        self.large = _count_box(slips, self.tr("Large-prize slips"))
        self.jumbo = _count_box(slips, self.tr("Jumbo-prize slips"))
        self.small_value = _money_box(slips, self.tr("Small prize value"))
        self.large_value = _money_box(slips, self.tr("Large prize value"))
        self.jumbo_value = _money_box(slips, self.tr("Jumbo prize value"))
        for column, text in enumerate(
            (self.tr("Good job"), self.tr("Small"), self.tr("Large"), self.tr("Jumbo"))
        ):
            grid.addWidget(QLabel(text, slips), 0, column + 1)
        grid.addWidget(QLabel(self.tr("Slips:"), slips), 1, 0)
        grid.addWidget(QLabel(self.tr("Worth:"), slips), 2, 0)
        for column, count in enumerate((self.good_job, self.small, self.large, self.jumbo)):
            grid.addWidget(count, 1, column + 1)
        grid.addWidget(QLabel(self.tr("no prize"), slips), 2, 1)
        for column, value in enumerate((self.small_value, self.large_value, self.jumbo_value)):
            grid.addWidget(value, 2, column + 2)
        form.addRow(self.tr("The bowl:"), slips)
        self.bowl_summary = QLabel(box)
        self.bowl_summary.setAccessibleName(self.tr("The bowl"))
        form.addRow("", self.bowl_summary)
        return box

    def _voucher_box(self) -> QWidget:
        box = QGroupBox(self.tr("Escalating vouchers"), self)
        box.setAccessibleName(self.tr("Escalating vouchers"))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.first_voucher = _money_box(box, self.tr("First voucher"))
        form.addRow(self.tr("&First voucher:"), self.first_voucher)
        self.voucher_step = _money_box(box, self.tr("More for each success in a row"))
        form.addRow(self.tr("More for each success &in a row:"), self.voucher_step)
        self.bonus = _money_box(box, self.tr("Bonus"))
        form.addRow(self.tr("&Bonus:"), self.bonus)
        self.bonus_every = _count_box(box, self.tr("Bonus every so many successes in a row"), 0, 52)
        self.bonus_every.setSpecialValueText(self.tr("No bonus"))
        form.addRow(self.tr("Bonus &every … in a row:"), self.bonus_every)
        self.max_voucher = _money_box(box, self.tr("Largest voucher"))
        self.max_voucher.setSpecialValueText(self.tr("No ceiling"))
        form.addRow(self.tr("&Largest voucher:"), self.max_voucher)
        return box

    def _cap_box(self) -> QWidget:
        box = QGroupBox(self.tr("Yearly cap"), self)
        box.setAccessibleName(self.tr("Yearly cap"))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.cap_limit = _money_box(box, self.tr("Most a client may earn in a cap year"), 100_000)
        form.addRow(self.tr("Most in a &cap year:"), self.cap_limit)
        self.warn_within = _money_box(box, self.tr("Warn when this close to the cap"), 100_000)
        form.addRow(self.tr("&Warn when this close:"), self.warn_within)
        start = QWidget(box)
        row = QHBoxLayout(start)
        row.setContentsMargins(0, 0, 0, 0)
        self.year_month = QComboBox(start)
        self.year_month.setAccessibleName(self.tr("Cap year starts in month"))
        locale = QLocale()
        for month in range(1, 13):
            self.year_month.addItem(locale.monthName(month), month)
        self.year_day = _count_box(start, self.tr("Cap year starts on day"), 1, 31)
        row.addWidget(self.year_month)
        row.addWidget(self.year_day)
        row.addStretch(1)
        form.addRow(self.tr("Cap &year starts:"), start)
        return box

    # -- values -----------------------------------------------------------------------------
    def restore_defaults(self) -> None:
        """The schedules, bowl and cap of DOMAIN.md (what counts is left as it is)."""
        self._fill_schedules(PrizeSchedule(), VoucherSchedule(), YearlyCap())

    def _fill_schedules(
        self, prize: PrizeSchedule, voucher: VoucherSchedule, cap: YearlyCap
    ) -> None:
        self.first_draws.setValue(prize.first_draws)
        self.draw_step.setValue(prize.step)
        self.max_draws.setValue(prize.max_draws)
        bowl = prize.bowl
        self.good_job.setValue(bowl.good_job)
        self.small.setValue(bowl.small)
        self.large.setValue(bowl.large)
        self.jumbo.setValue(bowl.jumbo)
        self.small_value.setValue(float(bowl.small_value))
        self.large_value.setValue(float(bowl.large_value))
        self.jumbo_value.setValue(float(bowl.jumbo_value))
        self.first_voucher.setValue(float(voucher.first))
        self.voucher_step.setValue(float(voucher.step))
        self.bonus.setValue(float(voucher.bonus))
        self.bonus_every.setValue(voucher.bonus_every)
        self.max_voucher.setValue(float(voucher.max_amount or 0))
        self.cap_limit.setValue(float(cap.limit))
        self.warn_within.setValue(float(cap.warn_within))
        self.year_month.setCurrentIndex(cap.year_start_month - 1)
        self.year_day.setValue(cap.year_start_day)
        self._describe_bowl()

    def _fill_counts(
        self, targets: frozenset[Substance], *, reinforce: bool, starts: date | None
    ) -> None:
        for substance, check in self.targets.items():
            check.setChecked(substance in targets)
        self.attendance.setChecked(reinforce)
        self.from_start.setChecked(starts is not None)
        self.starts.setEnabled(starts is not None)
        if starts is not None:
            self.starts.setDate(qdate(starts))

    def _fill(self, plan: CmPlan) -> None:
        (self.prize_kind if plan.kind is CmKind.PRIZE else self.voucher_kind).setChecked(True)
        self._fill_counts(
            plan.target_substances, reinforce=plan.reinforce_attendance, starts=plan.starts
        )
        self._fill_schedules(plan.prize, plan.voucher, plan.cap)

    def _kind_changed(self) -> None:
        self.schedules.setCurrentIndex(0 if self.prize_kind.isChecked() else 1)

    def _clicked(self, button: QAbstractButton) -> None:
        if self.buttons.buttonRole(button) == QDialogButtonBox.ButtonRole.ResetRole:
            self.restore_defaults()

    def _describe_bowl(self) -> None:
        try:
            bowl = self._bowl()
        except ValidationError:
            self.bowl_summary.setText(self.tr("The bowl needs at least one slip."))
            return
        self.bowl_summary.setText(
            self.tr("%1 slips; a draw is worth %2 on average.")
            .replace("%1", str(bowl.total))
            .replace("%2", money(expected_value_per_draw(bowl)))
        )

    def _bowl(self) -> Bowl:
        return Bowl(
            good_job=self.good_job.value(),
            small=self.small.value(),
            large=self.large.value(),
            jumbo=self.jumbo.value(),
            small_value=_amount(self.small_value),
            large_value=_amount(self.large_value),
            jumbo_value=_amount(self.jumbo_value),
        )

    def plan(self) -> CmPlan:
        """The plan as filled in; raises ValidationError for one the domain refuses."""
        ceiling = _amount(self.max_voucher)
        extra = {"id": self._current.id} if self._current is not None else {}
        return CmPlan(
            kind=CmKind.PRIZE if self.prize_kind.isChecked() else CmKind.VOUCHER,
            target_substances=frozenset(s for s, c in self.targets.items() if c.isChecked()),
            reinforce_attendance=self.attendance.isChecked(),
            prize=PrizeSchedule(
                first_draws=self.first_draws.value(),
                step=self.draw_step.value(),
                max_draws=self.max_draws.value(),
                bowl=self._bowl(),
            ),
            voucher=VoucherSchedule(
                first=_amount(self.first_voucher),
                step=_amount(self.voucher_step),
                bonus=_amount(self.bonus),
                bonus_every=self.bonus_every.value(),
                max_amount=ceiling if ceiling else None,
            ),
            cap=YearlyCap(
                limit=_amount(self.cap_limit),
                warn_within=_amount(self.warn_within),
                year_start_month=int(self.year_month.currentData()),
                year_start_day=self.year_day.value(),
            ),
            starts=pydate(self.starts.date()) if self.from_start.isChecked() else None,
            client_id=self._client_id,
            **extra,
        )

    def show_problem(self, sentence: str) -> None:
        self.problem.setText(sentence)
        self.problem.setVisible(bool(sentence))

    def accept(self) -> None:
        try:
            self._result = self.plan()
        except ValidationError as exc:
            self.show_problem(describe(exc))
            return
        super().accept()

    def result_plan(self) -> CmPlan | None:
        return self._result

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        client_id: str,
        current: CmPlan | None = None,
        *,
        draft: CmPlan | None = None,
        problem: str = "",
    ) -> CmPlan | None:
        """The plan to put in place (a new one, or `current` changed), or None."""
        dialog = cls(parent, client_id, current, draft, problem)
        dialog.exec()
        return dialog.result_plan()
