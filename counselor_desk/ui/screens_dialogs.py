"""Record (or correct) a urine screen, an attendance entry, and a prize drawn from the bowl.

Each dialog builds a domain record and lets the domain refuse it (one sentence in the
dialog, the typed values kept); `ask()` builds, runs and returns the record or None, so
tests replace `ask` instead of poking at a modal dialog.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counselor_desk.domain.contingency import Bowl, PrizeGiven, SlipSize
from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.records import Session
from counselor_desk.domain.screens import (
    MAT_MEDICATIONS,
    Attendance,
    AttendanceStatus,
    ScreenResult,
    Substance,
    UrineScreen,
)
from counselor_desk.ui.errors import describe
from counselor_desk.ui.models import (
    date_pattern,
    local_day,
    session_kind_label,
    show_date,
    show_time,
)
from counselor_desk.ui.screens_models import (
    result_label,
    slip_label,
    status_label,
    substance_label,
)

_COLLECTED, _REFUSED, _MISSED = "collected", "refused", "missed"


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_edit(parent: QWidget, name: str, value: date) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setAccessibleName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_pattern())
    edit.setDate(qdate(value))
    return edit


def notes_edit(parent: QWidget, name: str) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setAccessibleName(name)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 12)
    return edit


def problem_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet("color: white; background: #b00020; padding: 4px")
    label.setVisible(False)
    return label


def buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    ok.setAccessibleName(ok_text.replace("&", ""))
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    cancel.setAccessibleName(QCoreApplication.translate("ScreenDialogs", "Cancel"))
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class ScreenDialog(QDialog):
    """A screen: the day, collected / refused / missed, observed, a result per substance
    tested (the client's prescribed medication is marked: its positive is expected)."""

    def __init__(
        self,
        parent: QWidget | None,
        client_id: str,
        prescribed: frozenset[Substance] = frozenset(),
        existing: UrineScreen | None = None,
        draft: UrineScreen | None = None,
        problem: str = "",
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self._client_id = client_id
        self._existing = existing
        self._result: UrineScreen | None = None
        today = today or date.today()
        self.setWindowTitle(
            self.tr("Correct urine screen") if existing else self.tr("Record urine screen")
        )
        self.setAccessibleName(self.windowTitle())

        form = QFormLayout()
        self.collected = date_edit(self, self.tr("Date collected"), today)
        self.collected.setMaximumDate(qdate(today))
        form.addRow(self.tr("&Date:"), self.collected)
        self.outcome = QComboBox(self)
        self.outcome.setAccessibleName(self.tr("What happened"))
        self.outcome.addItem(self.tr("Sample collected"), _COLLECTED)
        self.outcome.addItem(self.tr("Refused"), _REFUSED)
        self.outcome.addItem(self.tr("Missed (did not come)"), _MISSED)
        form.addRow(self.tr("&What happened:"), self.outcome)
        self.observed = QCheckBox(self.tr("Collected under &observation"), self)
        self.observed.setAccessibleName(self.tr("Observed"))
        form.addRow("", self.observed)

        self.results_box = QGroupBox(self.tr("Results: each substance the cup or lab tested"), self)
        self.results_box.setAccessibleName(self.tr("Results"))
        grid = QGridLayout(self.results_box)
        self.results: dict[Substance, QComboBox] = {}
        expected = prescribed & MAT_MEDICATIONS
        for row, substance in enumerate(Substance):
            text = substance_label(substance)
            if substance in expected:
                text = self.tr("%1 (prescribed: expected)").replace("%1", text)
            label = QLabel(text, self.results_box)
            combo = QComboBox(self.results_box)
            combo.setAccessibleName(substance_label(substance))
            combo.addItem(self.tr("Not tested"), None)
            for result in ScreenResult:
                combo.addItem(result_label(result), result.value)
            label.setBuddy(combo)
            grid.addWidget(label, row % 5, (row // 5) * 2)
            grid.addWidget(combo, row % 5, (row // 5) * 2 + 1)
            self.results[substance] = combo
        self.rest_negative = QPushButton(self.tr("Mark the &untested ones negative"), self)
        self.rest_negative.setAccessibleName(self.tr("Mark the untested ones negative"))
        grid.addWidget(self.rest_negative, 5, 0, 1, 4)
        self.notes = notes_edit(self, self.tr("Notes"))
        notes_form = QFormLayout()
        notes_form.addRow(self.tr("&Notes:"), self.notes)

        self.problem = problem_label(self)
        self.problem.setAccessibleName(self.tr("Problem"))
        self.buttons = buttons(self, self.tr("Save correction") if existing else self.tr("Record"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.results_box)
        layout.addLayout(notes_form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        self.rest_negative.clicked.connect(self.mark_rest_negative)
        filled = draft or existing
        if filled is not None:
            self._fill(filled)
        self._outcome_changed()
        self.show_problem(problem)

    def _fill(self, screen: UrineScreen) -> None:
        self.collected.setDate(qdate(screen.collected))
        kind = _REFUSED if screen.refused else _MISSED if screen.missed else _COLLECTED
        self.outcome.setCurrentIndex(self.outcome.findData(kind))
        self.observed.setChecked(screen.observed)
        for substance, combo in self.results.items():
            result = screen.result(substance)
            combo.setCurrentIndex(combo.findData(result.value) if result else 0)
        self.notes.setPlainText(screen.notes or "")

    def _outcome_changed(self) -> None:
        collected = self.outcome.currentData() == _COLLECTED
        self.results_box.setEnabled(collected)
        self.rest_negative.setEnabled(collected)
        self.observed.setEnabled(collected)

    def mark_rest_negative(self) -> None:
        """Most cups come back negative on most strips: one click for the rest."""
        for combo in self.results.values():
            if combo.currentData() is None:
                combo.setCurrentIndex(combo.findData(ScreenResult.NEGATIVE.value))

    def set_result(self, substance: Substance, result: ScreenResult | None) -> None:
        combo = self.results[substance]
        combo.setCurrentIndex(combo.findData(result.value) if result else 0)

    def show_problem(self, sentence: str) -> None:
        self.problem.setText(sentence)
        self.problem.setVisible(bool(sentence))

    def filled_screen(self) -> UrineScreen:
        """The screen as filled in; raises ValidationError for an impossible one."""
        kind = self.outcome.currentData()
        collected = kind == _COLLECTED
        results = tuple(
            (substance, ScreenResult(combo.currentData()))
            for substance, combo in self.results.items()
            if collected and combo.currentData() is not None
        )
        screen = UrineScreen(
            client_id=self._client_id,
            collected=pydate(self.collected.date()),
            results=results,
            observed=collected and self.observed.isChecked(),
            refused=kind == _REFUSED,
            missed=kind == _MISSED,
            notes=self.notes.toPlainText().strip() or None,
        )
        if self._existing is not None:
            screen = replace(screen, id=self._existing.id, created_at=self._existing.created_at)
        return screen

    def accept(self) -> None:
        try:
            screen = self.filled_screen()
        except ValidationError as exc:
            self.show_problem(describe(exc))
            return
        if not (screen.refused or screen.missed or screen.results):
            self.show_problem(
                self.tr('Enter at least one result, or choose "Refused" or "Missed".')
            )
            self.results[Substance.FENTANYL].setFocus()
            return
        self._result = screen
        super().accept()

    def result_screen(self) -> UrineScreen | None:
        return self._result

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        client_id: str,
        prescribed: frozenset[Substance] = frozenset(),
        *,
        existing: UrineScreen | None = None,
        draft: UrineScreen | None = None,
        problem: str = "",
    ) -> UrineScreen | None:
        """A new screen (or `existing` corrected), or None. `draft` and `problem` reopen a
        form whose save failed."""
        dialog = cls(parent, client_id, prescribed, existing, draft, problem)
        dialog.exec()
        return dialog.result_screen()


class AttendanceDialog(QDialog):
    """A contact: the day, what became of it, and the session it was, if recorded."""

    def __init__(
        self,
        parent: QWidget | None,
        client_id: str,
        sessions: Sequence[Session] = (),
        existing: Attendance | None = None,
        draft: Attendance | None = None,
        problem: str = "",
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self._client_id = client_id
        self._existing = existing
        self._result: Attendance | None = None
        self._sessions = {s.id: s for s in sessions}
        self.setWindowTitle(
            self.tr("Change attendance") if existing else self.tr("Record attendance")
        )
        self.setAccessibleName(self.windowTitle())

        form = QFormLayout()
        self.on = date_edit(self, self.tr("Date"), today or date.today())
        form.addRow(self.tr("&Date:"), self.on)
        self.status = QComboBox(self)
        self.status.setAccessibleName(self.tr("Status"))
        for status in (
            AttendanceStatus.ATTENDED,
            AttendanceStatus.NO_SHOW,
            AttendanceStatus.EXCUSED,
            AttendanceStatus.SCHEDULED,
        ):
            self.status.addItem(status_label(status), status.value)
        form.addRow(self.tr("&Status:"), self.status)
        self.session = QComboBox(self)
        self.session.setAccessibleName(self.tr("Session"))
        self.session.addItem(self.tr("No session recorded"), None)
        for session in sorted(sessions, key=lambda s: s.start, reverse=True):
            label = " · ".join(
                (
                    f"{show_date(local_day(session.start))} {show_time(session.start)}",
                    session_kind_label(session.kind),
                )
            )
            self.session.addItem(label, session.id)
        form.addRow(self.tr("S&ession:"), self.session)
        self.notes = notes_edit(self, self.tr("Notes"))
        form.addRow(self.tr("&Notes:"), self.notes)
        self.problem = problem_label(self)
        self.problem.setAccessibleName(self.tr("Problem"))
        self.buttons = buttons(self, self.tr("Save") if existing else self.tr("Record"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

        self.session.currentIndexChanged.connect(self._session_chosen)
        filled = draft or existing
        if filled is not None:
            self._fill(filled)
        self.show_problem(problem)

    def _fill(self, entry: Attendance) -> None:
        self.on.setDate(qdate(entry.on))
        self.status.setCurrentIndex(self.status.findData(entry.status.value))
        self.session.setCurrentIndex(max(0, self.session.findData(entry.session_id)))
        self.notes.setPlainText(entry.notes or "")

    def _session_chosen(self) -> None:
        # The contact is the session: its day follows.
        session = self._sessions.get(self.session.currentData() or "")
        if session is not None:
            self.on.setDate(qdate(local_day(session.start)))

    def show_problem(self, sentence: str) -> None:
        self.problem.setText(sentence)
        self.problem.setVisible(bool(sentence))

    def entry(self) -> Attendance:
        entry = Attendance(
            client_id=self._client_id,
            on=pydate(self.on.date()),
            status=AttendanceStatus(self.status.currentData()),
            session_id=self.session.currentData(),
            notes=self.notes.toPlainText().strip() or None,
        )
        if self._existing is not None:
            entry = replace(entry, id=self._existing.id, created_at=self._existing.created_at)
        return entry

    def accept(self) -> None:
        self._result = self.entry()
        super().accept()

    def result_entry(self) -> Attendance | None:
        return self._result

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        client_id: str,
        sessions: Sequence[Session] = (),
        *,
        existing: Attendance | None = None,
        draft: Attendance | None = None,
        problem: str = "",
    ) -> Attendance | None:
        """A new entry (or `existing` changed, e.g. scheduled → attended), or None."""
        dialog = cls(parent, client_id, sessions, existing, draft, problem)
        dialog.exec()
        return dialog.result_entry()


class PrizeDialog(QDialog):
    """One slip drawn from the bowl and the prize handed over (its value from the plan's
    bowl, editable: the actual item may cost a little more or less)."""

    def __init__(
        self,
        parent: QWidget | None,
        client_id: str,
        bowl: Bowl,
        owed: int,
        draft: PrizeGiven | None = None,
        problem: str = "",
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self._client_id = client_id
        self._bowl = bowl
        self._result: PrizeGiven | None = None
        self.setWindowTitle(self.tr("Record prize"))
        self.setAccessibleName(self.windowTitle())

        self.owed = QLabel(self)
        self.owed.setAccessibleName(self.tr("Draws owed"))
        if owed == 0:
            owed_text = self.tr("No draws are owed now; record one only if the client drew.")
        elif owed == 1:
            owed_text = self.tr("1 draw is owed.")
        else:
            owed_text = self.tr("%1 draws are owed.").replace("%1", str(owed))
        self.owed.setText(owed_text)
        form = QFormLayout()
        self.on = date_edit(self, self.tr("Date"), today or date.today())
        form.addRow(self.tr("&Date:"), self.on)
        self.slip = QComboBox(self)
        self.slip.setAccessibleName(self.tr("Slip drawn"))
        for size in SlipSize:
            self.slip.addItem(slip_label(size), size.value)
        form.addRow(self.tr("&Slip drawn:"), self.slip)
        self.value = QDoubleSpinBox(self)
        self.value.setAccessibleName(self.tr("Value of the prize"))
        self.value.setPrefix("$")
        self.value.setDecimals(2)
        self.value.setRange(0, 10_000)
        form.addRow(self.tr("&Value:"), self.value)
        self.notes = notes_edit(self, self.tr("What was handed over"))
        self.notes.setPlaceholderText(self.tr("e.g. bus pass, grocery card, hygiene kit"))
        form.addRow(self.tr("&Handed over:"), self.notes)
        self.problem = problem_label(self)
        self.problem.setAccessibleName(self.tr("Problem"))
        self.buttons = buttons(self, self.tr("Record"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.owed)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

        self.slip.currentIndexChanged.connect(self._size_chosen)
        self.slip.setCurrentIndex(self.slip.findData(SlipSize.SMALL.value))
        self._size_chosen()
        if draft is not None:
            self.on.setDate(qdate(draft.on))
            self.slip.setCurrentIndex(self.slip.findData(draft.size.value))
            self.value.setValue(float(draft.value))
            self.notes.setPlainText(draft.notes or "")
        self.show_problem(problem)

    def _size_chosen(self) -> None:
        size = SlipSize(self.slip.currentData())
        self.value.setValue(float(self._bowl.value(size)))
        self.value.setEnabled(size is not SlipSize.GOOD_JOB)

    def show_problem(self, sentence: str) -> None:
        self.problem.setText(sentence)
        self.problem.setVisible(bool(sentence))

    def prize(self) -> PrizeGiven:
        return PrizeGiven(
            on=pydate(self.on.date()),
            size=SlipSize(self.slip.currentData()),
            value=Decimal(f"{self.value.value():.2f}"),
            client_id=self._client_id,
            notes=self.notes.toPlainText().strip() or None,
        )

    def accept(self) -> None:
        try:
            self._result = self.prize()
        except ValidationError as exc:
            self.show_problem(describe(exc))
            return
        super().accept()

    def result_prize(self) -> PrizeGiven | None:
        return self._result

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        client_id: str,
        bowl: Bowl,
        owed: int,
        *,
        draft: PrizeGiven | None = None,
        problem: str = "",
    ) -> PrizeGiven | None:
        dialog = cls(parent, client_id, bowl, owed, draft, problem)
        dialog.exec()
        return dialog.result_prize()
