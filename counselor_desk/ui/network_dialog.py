"""Add a person or group to a client's support network, or change one.

The dialog builds a domain NetworkMember and lets the domain refuse it: the problem is
shown in one sentence in the dialog, the field at fault gets the focus, and everything
typed stays. The meeting day and time show only for a meeting. `ask()` builds, runs and
returns the member or None, so tests replace `ask` instead of poking at a modal dialog.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QSize, QTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from counselor_desk.domain.network import (
    CONTACT_MAX,
    FREQUENCY_MAX,
    NAME_MAX,
    ROLE_MAX,
    MemberKind,
    MemberProblem,
    NetworkMember,
    NetworkMemberInvalid,
    ProblemCode,
    Strength,
    Weekday,
)
from counselor_desk.ui.ecomap import kind_label, strength_icon, strength_label, weekday_label
from counselor_desk.ui.error_text import translate_error
from counselor_desk.ui.errors import ui_language
from counselor_desk.ui.screens_dialogs import buttons, notes_edit, problem_label


def _line(parent: QWidget, name: str, limit: int, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setAccessibleName(name)
    edit.setMaxLength(limit)
    edit.setPlaceholderText(placeholder)
    edit.setClearButtonEnabled(True)
    return edit


class NetworkMemberDialog(QDialog):
    """Name, kind, role, contact, how often, strength, meeting day and time (meetings
    only) and notes."""

    def __init__(
        self,
        parent: QWidget | None,
        client_id: str,
        existing: NetworkMember | None = None,
        draft: NetworkMember | None = None,
        problem: str = "",
    ) -> None:
        super().__init__(parent)
        self._client_id = client_id
        self._existing = existing
        self._result: NetworkMember | None = None
        self.setWindowTitle(
            self.tr("Change support network member")
            if existing
            else self.tr("Add to support network")
        )
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(440)

        self.form = QFormLayout()
        self.name = _line(self, self.tr("Name"), NAME_MAX, self.tr("e.g. Rosa M., Hope Group"))
        self.form.addRow(self.tr("&Name:"), self.name)
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Kind"))
        for kind in MemberKind:
            self.kind.addItem(kind_label(kind), kind.value)
        self.form.addRow(self.tr("&Kind:"), self.kind)
        self.role = _line(
            self, self.tr("Role"), ROLE_MAX, self.tr("e.g. mother, home group, shift supervisor")
        )
        self.form.addRow(self.tr("&Role:"), self.role)
        # Three radio buttons, each with its line as drawn on the map: one click, and the
        # legend is right there.
        self.strength_box = QWidget(self)
        self.strength_group = QButtonGroup(self)
        self.strength_buttons: dict[Strength, QRadioButton] = {}
        strength_row = QHBoxLayout(self.strength_box)
        strength_row.setContentsMargins(0, 0, 0, 0)
        tips = {
            Strength.STRONG: self.tr("A steady support"),
            Strength.TENUOUS: self.tr("A weak or on-and-off tie"),
            Strength.STRESSFUL: self.tr("A tie that brings strain or risk"),
        }
        for strength in Strength:
            button = QRadioButton(strength_label(strength), self.strength_box)
            button.setIcon(strength_icon(strength))
            button.setIconSize(QSize(36, 14))
            button.setAccessibleName(self.tr("%1 tie").replace("%1", strength_label(strength)))
            button.setToolTip(tips[strength])
            self.strength_group.addButton(button)
            self.strength_buttons[strength] = button
            strength_row.addWidget(button)
        strength_row.addStretch(1)
        self.strength_buttons[Strength.STRONG].setChecked(True)
        self.form.addRow(self.tr("&Strength:"), self.strength_box)
        self.form.labelForField(self.strength_box).setBuddy(  # type: ignore[attr-defined]
            self.strength_buttons[Strength.STRONG]
        )
        self.frequency = _line(
            self, self.tr("How often"), FREQUENCY_MAX, self.tr("e.g. daily, weekly, Sundays")
        )
        self.form.addRow(self.tr("&How often:"), self.frequency)

        self.meeting_day = QComboBox(self)
        self.meeting_day.setAccessibleName(self.tr("Meeting day"))
        self.meeting_day.addItem(self.tr("Not set"), None)
        for day in Weekday:
            self.meeting_day.addItem(weekday_label(day), day.value)
        self.form.addRow(self.tr("Meeting &day:"), self.meeting_day)
        self.has_time = QCheckBox(self.tr("&At"), self)
        self.has_time.setAccessibleName(self.tr("Meeting has a set time"))
        self.meeting_time = QTimeEdit(QTime(19, 0), self)
        self.meeting_time.setAccessibleName(self.tr("Meeting time"))
        self.meeting_time.setEnabled(False)
        self.time_row = QWidget(self)
        row = QHBoxLayout(self.time_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.has_time)
        row.addWidget(self.meeting_time)
        row.addStretch(1)
        self.form.addRow(self.tr("Meeting &time:"), self.time_row)
        self.form.labelForField(self.time_row).setBuddy(self.has_time)  # type: ignore[attr-defined]

        self.contact = _line(
            self, self.tr("Contact"), CONTACT_MAX, self.tr("Phone, e-mail or where to find them")
        )
        self.form.addRow(self.tr("&Contact:"), self.contact)
        self.notes = notes_edit(self, self.tr("Notes"))
        self.form.addRow(self.tr("N&otes:"), self.notes)

        self.problem = problem_label(self)
        self.problem.setAccessibleName(self.tr("Problem"))
        self.buttons = buttons(self, self.tr("Save") if existing else self.tr("Add"))
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.has_time.toggled.connect(self.meeting_time.setEnabled)
        filled = draft or existing
        if filled is not None:
            self._fill(filled)
        self._kind_changed()
        self.show_problem(problem)
        self.name.setFocus()

    def _fill(self, member: NetworkMember) -> None:
        self.name.setText(member.name)
        self.kind.setCurrentIndex(self.kind.findData(member.kind.value))
        self.role.setText(member.role or "")
        self.set_strength(member.strength)
        self.frequency.setText(member.frequency or "")
        day = member.meeting_day.value if member.meeting_day else None
        self.meeting_day.setCurrentIndex(max(0, self.meeting_day.findData(day)))
        self.has_time.setChecked(member.meeting_time is not None)
        if member.meeting_time is not None:
            hours, minutes = (int(part) for part in member.meeting_time.split(":"))
            self.meeting_time.setTime(QTime(hours, minutes))
        self.contact.setText(member.contact or "")
        self.notes.setPlainText(member.notes or "")

    def current_kind(self) -> MemberKind:
        return MemberKind(self.kind.currentData())

    def _kind_changed(self) -> None:
        meeting = self.current_kind().is_meeting
        self.form.setRowVisible(self.meeting_day, meeting)
        self.form.setRowVisible(self.time_row, meeting)

    def set_kind(self, kind: MemberKind) -> None:
        self.kind.setCurrentIndex(self.kind.findData(kind.value))

    def set_strength(self, strength: Strength) -> None:
        self.strength_buttons[strength].setChecked(True)

    def current_strength(self) -> Strength:
        return next(s for s, button in self.strength_buttons.items() if button.isChecked())

    def show_problem(self, sentence: str) -> None:
        self.problem.setText(sentence)
        self.problem.setVisible(bool(sentence))

    def filled_member(self) -> NetworkMember:
        """The member as filled in; raises NetworkMemberInvalid for one that breaks a
        rule. A day and time typed for a meeting are dropped when the kind is not one."""
        kind = self.current_kind()
        day = self.meeting_day.currentData() if kind.is_meeting else None
        time = None
        if kind.is_meeting and self.has_time.isChecked():
            time = self.meeting_time.time().toString("HH:mm")
        member = NetworkMember(
            client_id=self._client_id,
            name=self.name.text(),
            kind=kind,
            strength=self.current_strength(),
            role=self.role.text(),
            contact=self.contact.text(),
            frequency=self.frequency.text(),
            meeting_day=Weekday(day) if day else None,
            meeting_time=time,
            notes=self.notes.toPlainText(),
        )
        if self._existing is not None:
            member = replace(member, id=self._existing.id, created_at=self._existing.created_at)
        return member

    def problem_sentence(self, problem: MemberProblem) -> str:
        """A refused field in the window's language."""
        labels = {
            "name": self.tr("The name"),
            "role": self.tr("The role"),
            "contact": self.tr("The contact"),
            "frequency": self.tr("How often"),
            "notes": self.tr("The notes"),
        }
        if problem.code is ProblemCode.REQUIRED and problem.field == "name":
            return self.tr("Enter a name: a first name is enough, or the group's name.")
        if problem.code is ProblemCode.TOO_LONG and problem.field in labels:
            return (
                self.tr("%1 is too long: at most %2 characters are kept.")
                .replace("%1", labels[problem.field])
                .replace("%2", str(problem.limit))
            )
        if problem.code is ProblemCode.BAD_TIME:
            return self.tr("Enter the meeting time as hours and minutes.")
        # Any other refusal: the core's sentence, in the window's language when the
        # error catalog has it.
        return translate_error(problem.message, ui_language())

    def _field_widget(self, name: str) -> QWidget:
        widgets: dict[str, QWidget] = {
            "name": self.name,
            "kind": self.kind,
            "role": self.role,
            "strength": self.strength_buttons[Strength.STRONG],
            "frequency": self.frequency,
            "meeting_day": self.meeting_day,
            "meeting_time": self.meeting_time,
            "contact": self.contact,
            "notes": self.notes,
        }
        return widgets.get(name, self.name)

    def accept(self) -> None:
        try:
            member = self.filled_member()
        except NetworkMemberInvalid as exc:
            first = exc.problems[0]
            self.show_problem(self.problem_sentence(first))
            self._field_widget(first.field).setFocus()
            return
        self._result = member
        super().accept()

    def result_member(self) -> NetworkMember | None:
        return self._result

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        client_id: str,
        *,
        existing: NetworkMember | None = None,
        draft: NetworkMember | None = None,
        problem: str = "",
    ) -> NetworkMember | None:
        """A new member (or `existing` changed), or None. `draft` and `problem` reopen a
        form whose save failed, with what was typed."""
        dialog = cls(parent, client_id, existing, draft, problem)
        dialog.exec()
        return dialog.result_member()
