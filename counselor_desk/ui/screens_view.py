"""The chart's "Screens and CM" tab: a client's urine drug screens and attendance, and
their contingency-management plan with the ledger of what was earned.

Reads go through a Screening service on the UI thread's connection; every write goes
through `workspace.write(..., service=Screening)` and announces (kind, client id) with
kind one of "screen", "attendance", "cm-plan", "prize". What a screen shows (expected or
not) and what an event earned come from the domain; this view only shows them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from counselor_desk.domain.contingency import CmKind, CmLedger, CmPlan, PrizeGiven
from counselor_desk.domain.errors import CounselorDeskError
from counselor_desk.domain.screens import Attendance, UrineScreen
from counselor_desk.services.screening import CapStatus, Screening, cap_status
from counselor_desk.ui.ask import Ask
from counselor_desk.ui.cm_plan_dialog import CmPlanDialog
from counselor_desk.ui.models import show_date
from counselor_desk.ui.screens_dialogs import AttendanceDialog, PrizeDialog, ScreenDialog
from counselor_desk.ui.screens_models import (
    CAUTION_BACKGROUND,
    FLAG_BACKGROUND,
    ID_ROLE,
    AttendanceTableModel,
    LedgerTableModel,
    ScreenTableModel,
    money,
    substances_sentence,
)
from counselor_desk.ui.tables import (
    EnterActivates,
    named_button,
    read_only_table,
    selected_row,
)
from counselor_desk.ui.workspace import Workspace, describe

MAX_COLUMN = 210  # pixels a column may take before its text elides
WIDE_LAYOUT = 1000  # pixels: screens and attendance beside the CM panel, else above it
_BANNER = "color: {fg}; background: {bg}; padding: 6px; border-radius: 3px"


def _label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setAccessibleName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ScreensView(QWidget):
    """show_client(id) when the chart changes client; clear() before the vault locks.
    `today` is passed in so tests fix the day the cap is judged on."""

    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.screening = Screening(workspace.vault)  # UI-thread reads
        self._today = today
        self._client_id: str | None = None
        self._plan: CmPlan | None = None
        self._ledger: CmLedger | None = None
        self._shown: dict[str, Any] = {}  # what each table last showed, to skip no-op resets

        self.stack = QStackedWidget(self)
        self.empty = QLabel(self.tr("Choose a client from the list."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.empty)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        records = QSplitter(Qt.Orientation.Vertical, self.splitter)
        records.setChildrenCollapsible(False)
        records.addWidget(self._screens_box(records))
        records.addWidget(self._attendance_box(records))
        self.splitter.addWidget(records)
        self.splitter.addWidget(self._cm_box(self.splitter))
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.stack.addWidget(self.splitter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        for first, second in pairwise(
            (
                self.screen_table,
                self.record_screen_button,
                self.edit_screen_button,
                self.attendance_table,
                self.record_attendance_button,
                self.edit_attendance_button,
                self.plan_button,
                self.end_plan_button,
                self.ledger_table,
                self.record_prize_button,
            )
        ):
            QWidget.setTabOrder(first, second)
        self._connect_signals()
        self._update_buttons()

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Side by side when there is room for both tables; stacked in a narrow chart pane.
        wide = event.size().width() >= WIDE_LAYOUT
        self.splitter.setOrientation(Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical)
        super().resizeEvent(event)

    # -- building ---------------------------------------------------------------------------
    def _screens_box(self, parent: QWidget) -> QWidget:
        box = QGroupBox(self.tr("Urine drug screens"), parent)
        box.setAccessibleName(self.tr("Urine drug screens"))
        self.screen_model = ScreenTableModel(self)
        self.screen_table = read_only_table(box, self.tr("Urine drug screens"))
        self.screen_table.setModel(self.screen_model)
        self.record_screen_button = named_button(
            box, self.tr("Record &screen…"), self.tr("Record screen")
        )
        self.edit_screen_button = named_button(box, self.tr("C&orrect…"), self.tr("Correct screen"))
        self._box_layout(box, self.screen_table, self.record_screen_button, self.edit_screen_button)
        return box

    def _attendance_box(self, parent: QWidget) -> QWidget:
        box = QGroupBox(self.tr("Attendance"), parent)
        box.setAccessibleName(self.tr("Attendance"))
        self.attendance_model = AttendanceTableModel(self)
        self.attendance_table = read_only_table(box, self.tr("Attendance"))
        self.attendance_table.setModel(self.attendance_model)
        self.record_attendance_button = named_button(
            box, self.tr("Record &attendance…"), self.tr("Record attendance")
        )
        self.edit_attendance_button = named_button(
            box, self.tr("&Mark or change…"), self.tr("Change attendance")
        )
        self._box_layout(
            box,
            self.attendance_table,
            self.record_attendance_button,
            self.edit_attendance_button,
        )
        return box

    def _cm_box(self, parent: QWidget) -> QWidget:
        box = QGroupBox(self.tr("Contingency management"), parent)
        box.setAccessibleName(self.tr("Contingency management"))
        self.plan_label = _label(box, self.tr("CM plan"))
        self.plan_button = named_button(box, self.tr("Set &up plan…"), self.tr("Set up CM plan"))
        self.end_plan_button = named_button(box, self.tr("E&nd plan…"), self.tr("End CM plan"))
        plan_row = QHBoxLayout()
        plan_row.addWidget(self.plan_button)
        plan_row.addWidget(self.end_plan_button)
        plan_row.addStretch(1)
        self.cap_banner = _label(box, self.tr("Yearly cap"))
        self.cap_banner.setVisible(False)
        self.totals = _label(box, self.tr("CM totals"))
        self.ledger_model = LedgerTableModel(self)
        self.ledger_table = read_only_table(box, self.tr("CM ledger"))
        self.ledger_table.setModel(self.ledger_model)
        self.record_prize_button = named_button(
            box, self.tr("Record p&rize…"), self.tr("Record prize")
        )
        prize_row = QHBoxLayout()
        prize_row.addWidget(self.record_prize_button)
        prize_row.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(self.plan_label)
        layout.addLayout(plan_row)
        layout.addWidget(self.cap_banner)
        layout.addWidget(self.totals)
        layout.addWidget(self.ledger_table, 1)
        layout.addLayout(prize_row)
        return box

    @staticmethod
    def _box_layout(box: QGroupBox, table: QTableView, *buttons: QPushButton) -> None:
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(table, 1)
        layout.addLayout(row)

    def _connect_signals(self) -> None:
        self.record_screen_button.clicked.connect(self.record_screen)
        self.edit_screen_button.clicked.connect(self.edit_screen)
        self.screen_table.doubleClicked.connect(self.edit_screen)
        EnterActivates(self.screen_table, self.edit_screen)
        self.record_attendance_button.clicked.connect(self.record_attendance)
        self.edit_attendance_button.clicked.connect(self.edit_attendance)
        self.attendance_table.doubleClicked.connect(self.edit_attendance)
        EnterActivates(self.attendance_table, self.edit_attendance)
        self.plan_button.clicked.connect(self.set_up_plan)
        self.end_plan_button.clicked.connect(self.end_plan)
        self.record_prize_button.clicked.connect(self.record_prize)
        for table in (self.screen_table, self.attendance_table):
            table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.workspace.changed.connect(self._workspace_changed)

    # -- which client ------------------------------------------------------------------------
    @property
    def current_client_id(self) -> str | None:
        return self._client_id

    def show_client(self, client_id: str) -> None:
        """Show a client's screens, attendance and CM (plain reads: the chart audits the
        opening of a chart)."""
        if client_id == self._client_id:
            return
        self._client_id = client_id
        self._shown = {}
        self.refresh()
        self.stack.setCurrentIndex(1)

    def clear(self) -> None:
        """Show no client (e.g. before a lock drops the workspace)."""
        self._client_id = None
        self._plan = None
        self._ledger = None
        self._shown = {}
        self.screen_model.reload([], lambda _day: frozenset())
        self.attendance_model.reload([], {}, self._today())
        self.ledger_model.reload(None, [])
        self.stack.setCurrentIndex(0)
        self._update_buttons()

    def refresh(self) -> None:
        """Read the current client's records again."""
        client_id = self._client_id
        if client_id is None:
            return
        try:
            screens = self.screening.screens(client_id)
            attendance = self.screening.attendance(client_id)
            plan = self.screening.cm_plan(client_id)
            ledger = self.screening.ledger(client_id)
            medications = self.workspace.caseload.medications(client_id)
            sessions = self.workspace.caseload.sessions(client_id)
        except CounselorDeskError as exc:
            self.workspace.failed.emit(describe(exc))
            return
        prescribed = self.screening.prescribed(client_id)
        today = self._today()
        self._reload(
            "screens",
            (screens, medications),
            self.screen_table,
            lambda: self.screen_model.reload(screens, prescribed),
            self.screen_model.row_of,
        )
        by_id = {s.id: s for s in sessions}
        self._reload(
            "attendance",
            (attendance, sessions, today),
            self.attendance_table,
            lambda: self.attendance_model.reload(attendance, by_id, today),
            self.attendance_model.row_of,
        )
        self._plan, self._ledger = plan, ledger
        rows = ledger.rows if ledger is not None else ()
        self._reload(
            "ledger",
            (plan, rows),
            self.ledger_table,
            lambda: self.ledger_model.reload(plan, rows),
            lambda _id: -1,
        )
        self._show_plan(plan, ledger, today)
        self._update_buttons()

    def _reload(
        self,
        key: str,
        shown: object,
        table: QTableView,
        reload: Callable[[], None],
        row_of: Callable[[str], int],
    ) -> None:
        """Reset a table only when what it shows changed, keeping the selected row by id."""
        if key in self._shown and self._shown[key] == shown:
            return
        self._shown[key] = shown
        row = selected_row(table)
        keep = table.model().index(row, 0).data(ID_ROLE) if row >= 0 else None
        reload()
        table.resizeColumnsToContents()
        header = table.horizontalHeader()
        for column in range(header.count() - 1):  # long texts elide; the tooltip has them
            header.resizeSection(column, min(header.sectionSize(column), MAX_COLUMN))
        new_row = row_of(str(keep)) if keep else -1
        if new_row >= 0:
            table.selectRow(new_row)

    def _workspace_changed(self, _kind: str, _id: str) -> None:
        # A medication change alters what a screen expects; reads are cheap for one client.
        self.refresh()

    def _update_buttons(self) -> None:
        shown = self._client_id is not None
        for button in (self.record_screen_button, self.record_attendance_button, self.plan_button):
            button.setEnabled(shown)
        self.edit_screen_button.setEnabled(shown and selected_row(self.screen_table) >= 0)
        self.edit_attendance_button.setEnabled(shown and selected_row(self.attendance_table) >= 0)
        self.end_plan_button.setEnabled(shown and self._plan is not None)
        self.record_prize_button.setEnabled(
            shown and self._plan is not None and self._plan.kind is CmKind.PRIZE
        )
        self.plan_button.setText(
            self.tr("Change &plan…") if self._plan is not None else self.tr("Set &up plan…")
        )

    # -- the CM panel -------------------------------------------------------------------------
    def _show_plan(self, plan: CmPlan | None, ledger: CmLedger | None, today: date) -> None:
        self.ledger_table.setVisible(plan is not None)
        self.totals.setVisible(plan is not None)
        if plan is None or ledger is None:
            self.plan_label.setText(
                self.tr(
                    "No CM plan for this client. Set one up to reward negative screens "
                    "and attended sessions with prize draws or vouchers."
                )
            )
            self.cap_banner.setVisible(False)
            return
        self.plan_label.setText(self.plan_summary(plan))
        status = cap_status(ledger, today)
        self._show_cap(status)
        self.totals.setText(self._totals(plan, ledger, status))

    def plan_summary(self, plan: CmPlan) -> str:
        """The plan in one or two plain sentences."""
        targets = substances_sentence(plan.target_substances)
        if plan.kind is CmKind.PRIZE:
            prize = plan.prize
            text = (
                self.tr(
                    "Prize draws: %1 for the first success, %2 more for each in a row, up to %3."
                )
                .replace("%1", str(prize.first_draws))
                .replace("%2", str(prize.step))
                .replace("%3", str(prize.max_draws))
            )
        else:
            voucher = plan.voucher
            text = (
                self.tr("Vouchers: %1 for the first success, %2 more for each in a row.")
                .replace("%1", money(voucher.first))
                .replace("%2", money(voucher.step))
            )
            if voucher.bonus and voucher.bonus_every:
                text += " " + (
                    self.tr("A %1 bonus every %2 in a row.")
                    .replace("%1", money(voucher.bonus))
                    .replace("%2", str(voucher.bonus_every))
                )
        counts = []
        if targets:
            counts.append(self.tr("screens negative for %1").replace("%1", targets))
        if plan.reinforce_attendance:
            counts.append(self.tr("attended sessions"))
        if len(counts) == 2:
            counted = self.tr("%1 and %2").replace("%1", counts[0]).replace("%2", counts[1])
        else:
            counted = "".join(counts)
        text += " " + self.tr("Counts: %1.").replace("%1", counted)
        if plan.starts is not None:
            text += " " + self.tr("From %1.").replace("%1", show_date(plan.starts))
        return text

    def _totals(self, plan: CmPlan, ledger: CmLedger, status: CapStatus) -> str:
        parts = [self.tr("Streak: %1").replace("%1", str(ledger.streak))]
        draws, _dollars = ledger.next_earning()
        if plan.kind is CmKind.PRIZE:
            parts.append(self.tr("next success: %1 draws").replace("%1", str(draws)))
            parts.append(
                self.tr("draws earned %1, drawn %2, owed %3")
                .replace("%1", str(ledger.total_draws))
                .replace("%2", str(ledger.total_drawn))
                .replace("%3", str(ledger.draws_outstanding))
            )
            parts.append(self.tr("prizes given %1").replace("%1", money(ledger.total_prizes_given)))
        else:
            parts.append(self.tr("next success: %1").replace("%1", money(status.next_value)))
            parts.append(self.tr("vouchers earned %1").replace("%1", money(ledger.total_vouchers)))
        cap = (
            self.tr("This cap year (until %1): %2 of %3.")
            .replace("%1", show_date(status.next_year_start))
            .replace("%2", money(status.counted))
            .replace("%3", money(status.limit))
        )
        return " · ".join(parts) + "\n" + cap

    def _show_cap(self, status: CapStatus) -> None:
        until = show_date(status.next_year_start)
        if status.reached:
            text = (
                self.tr(
                    "Yearly cap reached: %1 of %2. Successes earn nothing more until %3; "
                    "keep praising them."
                )
                .replace("%1", money(status.counted))
                .replace("%2", money(status.limit))
                .replace("%3", until)
            )
            self.cap_banner.setStyleSheet(_BANNER.format(fg="white", bg=FLAG_BACKGROUND.name()))
        elif status.warning:
            text = (
                self.tr("Close to the yearly cap: %1 of %2 counted, %3 left until %4.")
                .replace("%1", money(status.counted))
                .replace("%2", money(status.limit))
                .replace("%3", money(status.left))
                .replace("%4", until)
            )
            if status.counted + status.next_value > status.limit:
                text += " " + self.tr("The next success would pass the cap and earn nothing.")
            self.cap_banner.setStyleSheet(_BANNER.format(fg="black", bg=CAUTION_BACKGROUND.name()))
        else:
            self.cap_banner.setVisible(False)
            return
        self.cap_banner.setText(text)
        self.cap_banner.setVisible(True)

    # -- writes -------------------------------------------------------------------------------
    def _write(
        self,
        job: Callable[[Screening], Any],
        kind: str,
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        assert self._client_id is not None
        self.workspace.write(
            job, service=Screening, changed=(kind, self._client_id), on_error=on_error
        )

    def record_screen(
        self, _checked: bool = False, *, problem: str = "", draft: UrineScreen | None = None
    ) -> None:
        client_id = self._client_id
        if client_id is None:
            return
        expected = self.screening.prescribed(client_id)(draft.collected if draft else self._today())
        screen = ScreenDialog.ask(self, client_id, expected, draft=draft, problem=problem)
        if screen is None:
            return
        self._write(
            lambda screening: screening.record_screen(screen),
            "screen",
            on_error=self.workspace.retry_on_failure(
                lambda why: self.record_screen(problem=why, draft=screen)
            ),
        )

    def edit_screen(
        self,
        _index: QModelIndex | bool | None = None,
        *,
        problem: str = "",
        draft: UrineScreen | None = None,
    ) -> None:
        row = selected_row(self.screen_table)
        client_id = self._client_id
        if client_id is None or row < 0:
            return
        existing = self.screen_model.screen_at(row)
        expected = self.screening.prescribed(client_id)(existing.collected)
        screen = ScreenDialog.ask(
            self, client_id, expected, existing=existing, draft=draft, problem=problem
        )
        if screen is None:
            return
        self._write(
            lambda screening: screening.update_screen(screen),
            "screen",
            on_error=self.workspace.retry_on_failure(
                lambda why: self.edit_screen(problem=why, draft=screen)
            ),
        )

    def record_attendance(
        self, _checked: bool = False, *, problem: str = "", draft: Attendance | None = None
    ) -> None:
        client_id = self._client_id
        if client_id is None:
            return
        sessions = self.workspace.caseload.sessions(client_id)
        entry = AttendanceDialog.ask(self, client_id, sessions, draft=draft, problem=problem)
        if entry is None:
            return
        self._write(
            lambda screening: screening.record_attendance(entry),
            "attendance",
            on_error=self.workspace.retry_on_failure(
                lambda why: self.record_attendance(problem=why, draft=entry)
            ),
        )

    def edit_attendance(
        self,
        _index: QModelIndex | bool | None = None,
        *,
        problem: str = "",
        draft: Attendance | None = None,
    ) -> None:
        """Mark a scheduled contact (attended, excused, no-show) or correct one."""
        row = selected_row(self.attendance_table)
        client_id = self._client_id
        if client_id is None or row < 0:
            return
        existing = self.attendance_model.entry_at(row)
        sessions = self.workspace.caseload.sessions(client_id)
        entry = AttendanceDialog.ask(
            self, client_id, sessions, existing=existing, draft=draft, problem=problem
        )
        if entry is None:
            return
        self._write(
            lambda screening: screening.update_attendance(entry),
            "attendance",
            on_error=self.workspace.retry_on_failure(
                lambda why: self.edit_attendance(problem=why, draft=entry)
            ),
        )

    def set_up_plan(
        self, _checked: bool = False, *, problem: str = "", draft: CmPlan | None = None
    ) -> None:
        client_id = self._client_id
        if client_id is None:
            return
        plan = CmPlanDialog.ask(self, client_id, self._plan, draft=draft, problem=problem)
        if plan is None:
            return
        self._write(
            lambda screening: screening.set_cm_plan(client_id, plan),
            "cm-plan",
            on_error=self.workspace.retry_on_failure(
                lambda why: self.set_up_plan(problem=why, draft=plan)
            ),
        )

    def end_plan(self, _checked: bool = False) -> None:
        client_id = self._client_id
        if client_id is None or self._plan is None:
            return
        if not Ask.confirm(
            self,
            self.tr("End CM plan"),
            self.tr("End this client's CM plan?"),
            self.tr("Screens, attendance and prizes given stay in the chart."),
        ):
            return
        self._write(lambda screening: screening.set_cm_plan(client_id, None), "cm-plan")

    def record_prize(
        self, _checked: bool = False, *, problem: str = "", draft: PrizeGiven | None = None
    ) -> None:
        client_id, plan, ledger = self._client_id, self._plan, self._ledger
        if client_id is None or plan is None or plan.kind is not CmKind.PRIZE:
            return
        owed = ledger.draws_outstanding if ledger is not None else 0
        prize = PrizeDialog.ask(
            self, client_id, plan.prize.bowl, owed, draft=draft, problem=problem
        )
        if prize is None:
            return
        self._write(
            lambda screening: screening.record_prize(prize),
            "prize",
            on_error=self.workspace.retry_on_failure(
                lambda why: self.record_prize(problem=why, draft=prize)
            ),
        )
