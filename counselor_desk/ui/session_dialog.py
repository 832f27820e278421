"""Record a session and pick the note's format; the note itself is written in the editor."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, QTime
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
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from counselor_desk.domain.notes import NoteFormat
from counselor_desk.domain.records import Session, SessionKind
from counselor_desk.ui.models import date_pattern, note_format_label, session_kind_label

DEFAULT_MINUTES = 50  # the usual counseling hour
DEFAULT_FORMAT = NoteFormat.DAP


def rounded_now(now: datetime | None = None, step_minutes: int = 5) -> datetime:
    """Local now, rounded to the nearest 5 minutes (sessions are booked that way)."""
    now = (now or datetime.now()).replace(second=0, microsecond=0)
    step = timedelta(minutes=step_minutes)
    floor = now - timedelta(minutes=now.minute % step_minutes)
    return floor + step if now - floor >= step / 2 else floor


class SessionDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        client_id: str,
        draft: tuple[Session, NoteFormat] | None = None,
        problem: str = "",
        now: datetime | None = None,
    ) -> None:
        super().__init__(parent)
        self._client_id = client_id
        self._result: tuple[Session, NoteFormat] | None = None
        self.setWindowTitle(self.tr("New session"))
        self.setAccessibleName(self.windowTitle())

        start = rounded_now(now)
        form = QFormLayout()
        self.day = QDateEdit(self)
        self.day.setAccessibleName(self.tr("Date"))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(date_pattern())
        self.day.setDate(QDate(start.year, start.month, start.day))
        form.addRow(self.tr("&Date:"), self.day)
        self.start = QTimeEdit(self)
        self.start.setAccessibleName(self.tr("Start time"))
        self.start.setTime(QTime(start.hour, start.minute))
        form.addRow(self.tr("&Start:"), self.start)
        self.minutes = QSpinBox(self)
        self.minutes.setAccessibleName(self.tr("Minutes"))
        self.minutes.setRange(1, 24 * 60)
        self.minutes.setSingleStep(5)
        self.minutes.setValue(DEFAULT_MINUTES)
        self.minutes.setSuffix(self.tr(" min"))
        form.addRow(self.tr("&Length:"), self.minutes)
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Kind of session"))
        for kind in SessionKind:
            self.kind.addItem(session_kind_label(kind), kind.value)
        form.addRow(self.tr("&Kind:"), self.kind)
        self.location = QLineEdit(self)
        self.location.setAccessibleName(self.tr("Location"))
        self.location.setPlaceholderText(self.tr("e.g. Office 2, home visit, telehealth"))
        form.addRow(self.tr("L&ocation:"), self.location)
        self.participants = QPlainTextEdit(self)
        self.participants.setAccessibleName(self.tr("Participants, one per line"))
        self.participants.setPlaceholderText(self.tr("Family members present, one per line"))
        self.participants.setTabChangesFocus(True)
        self.participants.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        form.addRow(self.tr("&Participants:"), self.participants)
        self.note_format = QComboBox(self)
        self.note_format.setAccessibleName(self.tr("Note format"))
        for fmt in (NoteFormat.DAP, NoteFormat.SOAP, NoteFormat.BIRP, NoteFormat.GIRP):
            self.note_format.addItem(note_format_label(fmt), fmt.value)
        self.note_format.addItem(note_format_label(NoteFormat.FREE), NoteFormat.FREE.value)
        form.addRow(self.tr("Note &format:"), self.note_format)

        self.problem = QLabel(self)
        self.problem.setAccessibleName(self.tr("Problem"))
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: white; background: #b00020; padding: 4px")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Add session and write note"))
        ok.setAccessibleName(ok.text())
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            self.tr("Cancel")
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        if draft is not None:
            self._fill(*draft)
        self._kind_changed()
        self.show_problem(problem)

    def _kind_changed(self) -> None:
        # Participants matter for family sessions; a group note lists attendees elsewhere.
        family = self.kind.currentData() == SessionKind.FAMILY.value
        self.participants.setEnabled(family)

    def _fill(self, session: Session, fmt: NoteFormat) -> None:
        local = session.start.astimezone()
        self.day.setDate(QDate(local.year, local.month, local.day))
        self.start.setTime(QTime(local.hour, local.minute))
        self.minutes.setValue(session.minutes)
        self.kind.setCurrentIndex(max(0, self.kind.findData(session.kind.value)))
        self.location.setText(session.location or "")
        self.participants.setPlainText("\n".join(session.participants))
        self.note_format.setCurrentIndex(max(0, self.note_format.findData(fmt.value)))

    def show_problem(self, sentence: str) -> None:
        self.problem.setText(sentence)
        self.problem.setVisible(bool(sentence))

    def session(self) -> Session:
        day, at = self.day.date(), self.start.time()
        # Entered in local time; astimezone() attaches the local offset (DST included).
        start = datetime.combine(
            date(day.year(), day.month(), day.day()), time(at.hour(), at.minute())
        ).astimezone()
        kind = SessionKind(self.kind.currentData())
        participants: tuple[str, ...] = ()
        if kind is SessionKind.FAMILY:
            lines = self.participants.toPlainText().splitlines()
            participants = tuple(line.strip() for line in lines if line.strip())
        return Session(
            client_id=self._client_id,
            start=start,
            minutes=self.minutes.value(),
            kind=kind,
            location=self.location.text().strip() or None,
            participants=participants,
        )

    def chosen_format(self) -> NoteFormat:
        return NoteFormat(self.note_format.currentData())

    def accept(self) -> None:
        self._result = (self.session(), self.chosen_format())
        super().accept()

    def result_value(self) -> tuple[Session, NoteFormat] | None:
        return self._result

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        client_id: str,
        *,
        draft: tuple[Session, NoteFormat] | None = None,
        problem: str = "",
    ) -> tuple[Session, NoteFormat] | None:
        """The session and the note format chosen, or None if cancelled."""
        dialog = cls(parent, client_id, draft, problem)
        dialog.exec()
        return dialog.result_value()
