"""Add or edit a client: every field DOMAIN.md lists, validated before the dialog closes.

A problem is one sentence under the form and the dialog stays open, so nothing typed
is lost. `ClientDialog.ask` is the only way in (tests replace it)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.records import Client, Diagnosis, Language
from counselor_desk.ui.errors import describe
from counselor_desk.ui.models import date_pattern, language_label
from counselor_desk.vault.clients import validate_client

# An ICD-10-CM code at the start of a line: letter, two characters, optional decimals.
_ICD10 = re.compile(r"^\s*([A-TV-Z][0-9][0-9A-Z](?:\.[0-9A-Z]{1,4})?)(?=[\s:–—-]|$)\s*[:–—-]?\s*")

_NOT_SET_DAY = QDate(1900, 1, 1)  # shown as "Not set"; never a real value here


def parse_diagnoses(text: str) -> tuple[Diagnosis, ...]:
    """One diagnosis per line; a leading ICD-10 code ("F11.20 Opioid use disorder") is
    split off into `icd10`."""
    found: list[Diagnosis] = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        match = _ICD10.match(line.upper())
        if match is None:
            found.append(Diagnosis(line))
            continue
        description = line[match.end() :].strip() or match.group(1)
        found.append(Diagnosis(description, match.group(1)))
    return tuple(found)


def format_diagnoses(diagnoses: tuple[Diagnosis, ...]) -> str:
    lines = [f"{d.icd10} {d.description}" if d.icd10 else d.description for d in diagnoses]
    return "\n".join(lines)


def _to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class OptionalDateEdit(QWidget):
    """A date that may be unknown: a checkbox says whether it is set (QDateEdit alone has
    no empty value). Unticked shows "Not set"."""

    changed = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._default = date.today()
        self.check = QCheckBox(self)
        self.check.setAccessibleName(self.tr("%1 is set").replace("%1", name))
        self.check.setToolTip(self.tr("Tick to enter a date"))
        self.edit = QDateEdit(self)
        self.edit.setAccessibleName(name)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(date_pattern())
        self.edit.setSpecialValueText(self.tr("Not set"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.setFocusProxy(self.check)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._maximum: date | None = None
        self.check.toggled.connect(self._toggled)
        self.edit.dateChanged.connect(self.changed)
        self._show(None)

    def set_maximum(self, value: date) -> None:
        self._maximum = value
        self.edit.setMaximumDate(_to_qdate(value))

    def set_default(self, value: date) -> None:
        """The date offered when the counselor ticks the box."""
        self._default = value

    def value(self) -> date | None:
        return _to_date(self.edit.date()) if self.check.isChecked() else None

    def set_value(self, value: date | None) -> None:
        self.check.blockSignals(True)
        self.check.setChecked(value is not None)
        self.check.blockSignals(False)
        self._show(value)

    def _toggled(self, on: bool) -> None:
        self._show(self._default if on else None)
        if on:
            self.edit.setFocus()
        self.changed.emit()

    def _show(self, value: date | None) -> None:
        # The special text shows only at the minimum date, so "Not set" pins it there.
        if value is None:
            self.edit.setMinimumDate(_NOT_SET_DAY)
            self.edit.setDate(_NOT_SET_DAY)
            self.edit.setEnabled(False)
        else:
            self.edit.setMinimumDate(_NOT_SET_DAY.addDays(1))
            self.edit.setDate(_to_qdate(value))
            self.edit.setEnabled(True)


def _text(widget: QLineEdit) -> str | None:
    return widget.text().strip() or None


class ClientDialog(QDialog):
    """Fields in the order a counselor fills an intake form; OK needs a display name."""

    def __init__(
        self, parent: QWidget | None = None, client: Client | None = None, problem: str = ""
    ) -> None:
        super().__init__(parent)
        self._original = client
        existing = client is not None and client.created_at is not None
        # No client name in a window title (DESIGN.md): the title names the action only.
        self.setWindowTitle(self.tr("Edit client") if existing else self.tr("New client"))
        self.setAccessibleName(self.windowTitle())
        self._result: Client | None = None

        who = QGroupBox(self.tr("Who"), self)
        who_form = QFormLayout(who)
        self.display_name = self._line(self.tr("Display name"), self.tr("First name and initial"))
        who_form.addRow(self.tr("&Display name:"), self.display_name)
        self.legal_name = self._line(self.tr("Legal name"))
        who_form.addRow(self.tr("&Legal name:"), self.legal_name)
        self.date_of_birth = OptionalDateEdit(self.tr("Date of birth"), self)
        self.date_of_birth.set_maximum(date.today())
        self.date_of_birth.set_default(date(date.today().year - 30, 1, 1))
        who_form.addRow(self.tr("Date of &birth:"), self.date_of_birth)
        self.sex = QComboBox(self)
        self.sex.setAccessibleName(self.tr("Sex"))
        self.sex.setToolTip(self.tr("Only used where a screening scale's cut-off depends on it"))
        for label, value in (
            (self.tr("Not recorded"), None),
            (self.tr("Female"), "female"),
            (self.tr("Male"), "male"),
            (self.tr("Other"), "other"),
        ):
            self.sex.addItem(label, value)
        who_form.addRow(self.tr("&Sex (for scales):"), self.sex)
        self.pronouns = self._line(self.tr("Pronouns"), self.tr("e.g. she/her"))
        who_form.addRow(self.tr("&Pronouns:"), self.pronouns)
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Preferred language"))
        for language in Language:
            self.language.addItem(language_label(language), language.value)
        who_form.addRow(self.tr("Preferred lan&guage:"), self.language)

        contact = QGroupBox(self.tr("Contact"), self)
        contact_form = QFormLayout(contact)
        self.phone = self._line(self.tr("Phone"))
        contact_form.addRow(self.tr("P&hone:"), self.phone)
        self.emergency_contact = self._line(
            self.tr("Emergency contact"), self.tr("Name, relationship, phone")
        )
        contact_form.addRow(self.tr("&Emergency contact:"), self.emergency_contact)
        self.guardian = self._line(self.tr("Guardian"), self.tr("For a minor"))
        contact_form.addRow(self.tr("G&uardian:"), self.guardian)

        care = QGroupBox(self.tr("Treatment"), self)
        care_form = QFormLayout(care)
        self.program = self._line(self.tr("Program"), self.tr("e.g. OTP, IOP, outpatient"))
        care_form.addRow(self.tr("P&rogram:"), self.program)
        self.admission = OptionalDateEdit(self.tr("Admission date"), self)
        care_form.addRow(self.tr("&Admission:"), self.admission)
        self.discharge = OptionalDateEdit(self.tr("Discharge date"), self)
        care_form.addRow(self.tr("Dis&charge:"), self.discharge)
        self.recovery = OptionalDateEdit(self.tr("Recovery date"), self)
        self.recovery.setToolTip(self.tr("Recovery or sobriety date; it may be reset"))
        care_form.addRow(self.tr("Reco&very date:"), self.recovery)
        self.diagnoses = QPlainTextEdit(self)
        self.diagnoses.setAccessibleName(self.tr("Diagnoses, one per line"))
        self.diagnoses.setPlaceholderText(self.tr("One per line, e.g.\nF11.20 Opioid use disorder"))
        self.diagnoses.setTabChangesFocus(True)
        self.diagnoses.setFixedHeight(self.fontMetrics().lineSpacing() * 5)
        care_form.addRow(self.tr("D&iagnoses:"), self.diagnoses)
        self.archived = QCheckBox(self.tr("Archived (discharged: kept, hidden from the list)"))
        self.archived.setAccessibleName(self.tr("Archived"))
        self.archived.setVisible(existing)
        care_form.addRow("", self.archived)

        self.problem = QLabel(self)
        self.problem.setAccessibleName(self.tr("Problem"))
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: white; background: #b00020; padding: 4px")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Save") if existing else self.tr("Add client"))
        self.ok_button.setAccessibleName(self.ok_button.text())
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))

        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(who)
        left.addWidget(contact)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(care)
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.display_name.textChanged.connect(self._update_ok)
        if client is not None:
            self._fill(client)
        self.show_problem(problem)
        self.setMinimumWidth(820)
        self._update_ok()
        self.display_name.setFocus()

    def _line(self, name: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(self)
        edit.setAccessibleName(name)
        if placeholder:
            edit.setPlaceholderText(placeholder)
        return edit

    def _fill(self, client: Client) -> None:
        self.display_name.setText(client.display_name)
        self.legal_name.setText(client.legal_name or "")
        self.date_of_birth.set_value(client.date_of_birth)
        self.sex.setCurrentIndex(max(0, self.sex.findData(client.sex)))
        self.pronouns.setText(client.pronouns or "")
        self.language.setCurrentIndex(
            max(0, self.language.findData(client.preferred_language.value))
        )
        self.phone.setText(client.phone or "")
        self.emergency_contact.setText(client.emergency_contact or "")
        self.guardian.setText(client.guardian or "")
        self.program.setText(client.program or "")
        self.admission.set_value(client.admission_date)
        self.discharge.set_value(client.discharge_date)
        self.recovery.set_value(client.recovery_date)
        self.diagnoses.setPlainText(format_diagnoses(client.diagnoses))
        self.archived.setChecked(client.archived)

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.display_name.text().strip()))

    def show_problem(self, sentence: str) -> None:
        self.problem.setText(sentence)
        self.problem.setVisible(bool(sentence))

    def client(self) -> Client:
        """The form as a record; an edit keeps the id and the created time."""
        fields = {
            "display_name": self.display_name.text().strip(),
            "legal_name": _text(self.legal_name),
            "date_of_birth": self.date_of_birth.value(),
            "sex": self.sex.currentData(),
            "pronouns": _text(self.pronouns),
            "preferred_language": Language(self.language.currentData()),
            "phone": _text(self.phone),
            "emergency_contact": _text(self.emergency_contact),
            "guardian": _text(self.guardian),
            "program": _text(self.program),
            "admission_date": self.admission.value(),
            "discharge_date": self.discharge.value(),
            "recovery_date": self.recovery.value(),
            "diagnoses": parse_diagnoses(self.diagnoses.toPlainText()),
        }
        if self._original is None:
            return Client(**fields)
        return replace(self._original, archived=self.archived.isChecked(), **fields)

    def accept(self) -> None:
        client = self.client()
        try:
            validate_client(client)  # the vault's own rule, so the dialog and the store agree
        except ValidationError as exc:
            self.show_problem(describe(exc))
            return
        self._result = client
        super().accept()

    def result_client(self) -> Client | None:
        return self._result

    @classmethod
    def ask(
        cls, parent: QWidget | None, client: Client | None = None, *, problem: str = ""
    ) -> Client | None:
        """The client as entered, or None if cancelled. `problem` reopens a form whose save
        failed, with the sentence saying why."""
        dialog = cls(parent, client, problem)
        dialog.exec()
        return dialog.result_client()
