"""Start a medication, or change one (a new history entry; the old one stops the day the
new one starts: changes are history, not edits)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from counselor_desk.domain.records import Dispensing, Medication, MedicationEntry
from counselor_desk.ui.models import date_pattern, dispensing_label, medication_label

# Forms offered per medication, shown translated; the field stays free text otherwise.
_FORMS: dict[Medication, tuple[str, ...]] = {
    Medication.BUPRENORPHINE: (
        QT_TRANSLATE_NOOP("MedicationDialog", "sublingual film"),
        QT_TRANSLATE_NOOP("MedicationDialog", "sublingual tablet"),
        QT_TRANSLATE_NOOP("MedicationDialog", "extended-release injection"),
    ),
    Medication.METHADONE: (
        QT_TRANSLATE_NOOP("MedicationDialog", "oral liquid"),
        QT_TRANSLATE_NOOP("MedicationDialog", "tablet"),
        QT_TRANSLATE_NOOP("MedicationDialog", "dispersible tablet"),
    ),
    Medication.NALTREXONE: (
        QT_TRANSLATE_NOOP("MedicationDialog", "tablet"),
        QT_TRANSLATE_NOOP("MedicationDialog", "extended-release injection"),
    ),
    Medication.OTHER: (),
}


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class MedicationDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        client_id: str,
        previous: MedicationEntry | None = None,
        draft: MedicationEntry | None = None,
        problem: str = "",
    ) -> None:
        super().__init__(parent)
        self._client_id = client_id
        self._previous = previous
        self._result: MedicationEntry | None = None
        self.setWindowTitle(self.tr("Change dose") if previous else self.tr("Start medication"))
        self.setAccessibleName(self.windowTitle())

        form = QFormLayout()
        intro = QLabel(self)
        intro.setWordWrap(True)
        if previous is not None:
            intro.setText(
                self.tr(
                    "The current entry stops the day this one starts; both stay in the history."
                )
            )
        intro.setVisible(previous is not None)
        self.medication = QComboBox(self)
        self.medication.setAccessibleName(self.tr("Medication"))
        for medication in Medication:
            self.medication.addItem(medication_label(medication), medication.value)
        form.addRow(self.tr("&Medication:"), self.medication)
        self.form = QComboBox(self)
        self.form.setEditable(True)
        self.form.setAccessibleName(self.tr("Form"))
        self.form.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        form.addRow(self.tr("&Form:"), self.form)
        self.dose = self._line(self.tr("Dose"), self.tr("e.g. 16 mg"))
        form.addRow(self.tr("&Dose:"), self.dose)
        self.schedule = self._line(self.tr("Schedule"), self.tr("e.g. once daily"))
        form.addRow(self.tr("&Schedule:"), self.schedule)
        self.prescriber = self._line(self.tr("Prescriber"))
        form.addRow(self.tr("&Prescriber:"), self.prescriber)
        self.started = QDateEdit(self)
        self.started.setAccessibleName(self.tr("Start date"))
        self.started.setCalendarPopup(True)
        self.started.setDisplayFormat(date_pattern())
        self.started.setDate(QDate.currentDate())
        form.addRow(self.tr("S&tarted:"), self.started)
        self.dispensing = QComboBox(self)
        self.dispensing.setAccessibleName(self.tr("Dispensing"))
        self.dispensing.addItem(self.tr("Not recorded"), None)
        for dispensing in Dispensing:
            self.dispensing.addItem(dispensing_label(dispensing), dispensing.value)
        form.addRow(self.tr("D&ispensing:"), self.dispensing)
        self.take_home = QSpinBox(self)
        self.take_home.setAccessibleName(self.tr("Take-home doses"))
        self.take_home.setRange(0, 31)
        self.take_home.setSpecialValueText(self.tr("None"))
        self.take_home.setToolTip(self.tr("Take-home doses earned (methadone)"))
        form.addRow(self.tr("Ta&ke-home doses:"), self.take_home)
        self.notes = QPlainTextEdit(self)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        form.addRow(self.tr("&Notes:"), self.notes)

        self.problem = QLabel(self)
        self.problem.setAccessibleName(self.tr("Problem"))
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: white; background: #b00020; padding: 4px")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Change dose") if previous else self.tr("Start"))
        ok.setAccessibleName(ok.text())
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            self.tr("Cancel")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

        self.medication.currentIndexChanged.connect(self._offer_forms)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._offer_forms()
        if previous is not None:
            self._fill(previous)
            # The change starts today by default and can't predate the entry it replaces.
            self.started.setMinimumDate(_qdate(previous.started))
            self.started.setDate(QDate.currentDate())
            self.notes.clear()
            self.dose.setFocus()
        if draft is not None:
            self._fill(draft)
        self.show_problem(problem)

    def _line(self, name: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(self)
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder)
        return edit

    def _offer_forms(self) -> None:
        typed = self.form.currentText()
        self.form.clear()
        forms = _FORMS[Medication(self.medication.currentData())]
        self.form.addItems([QCoreApplication.translate("MedicationDialog", f) for f in forms])
        self.form.setEditText(typed)

    def _fill(self, entry: MedicationEntry) -> None:
        self.medication.setCurrentIndex(max(0, self.medication.findData(entry.medication.value)))
        self.form.setEditText(entry.form or "")
        self.dose.setText(entry.dose or "")
        self.schedule.setText(entry.schedule or "")
        self.prescriber.setText(entry.prescriber or "")
        self.started.setDate(_qdate(entry.started))
        value = entry.dispensing.value if entry.dispensing else None
        self.dispensing.setCurrentIndex(max(0, self.dispensing.findData(value)))
        self.take_home.setValue(entry.take_home_count or 0)
        self.notes.setPlainText(entry.notes or "")

    def show_problem(self, sentence: str) -> None:
        self.problem.setText(sentence)
        self.problem.setVisible(bool(sentence))

    def entry(self) -> MedicationEntry:
        started = self.started.date()
        dispensing = self.dispensing.currentData()
        entry = MedicationEntry(
            client_id=self._client_id,
            medication=Medication(self.medication.currentData()),
            started=date(started.year(), started.month(), started.day()),
            form=self.form.currentText().strip() or None,
            dose=self.dose.text().strip() or None,
            schedule=self.schedule.text().strip() or None,
            prescriber=self.prescriber.text().strip() or None,
            dispensing=Dispensing(dispensing) if dispensing else None,
            take_home_count=self.take_home.value() or None,
            notes=self.notes.toPlainText().strip() or None,
        )
        if self._previous is not None:
            entry = replace(entry, replaces=self._previous.id)
        return entry

    def accept(self) -> None:
        entry = self.entry()
        if not entry.dose:
            self.show_problem(self.tr("Enter the dose."))
            self.dose.setFocus()
            return
        self._result = entry
        super().accept()

    def result_entry(self) -> MedicationEntry | None:
        return self._result

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        client_id: str,
        previous: MedicationEntry | None = None,
        *,
        draft: MedicationEntry | None = None,
        problem: str = "",
    ) -> MedicationEntry | None:
        """A new entry (for a change, `previous` is the entry it replaces), or None.
        `draft` and `problem` reopen a form whose save failed."""
        dialog = cls(parent, client_id, previous, draft, problem)
        dialog.exec()
        return dialog.result_entry()
