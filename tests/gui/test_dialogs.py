"""The record dialogs validate in place (one sentence, the dialog stays open, nothing
typed is lost) and return domain records. No dialog is exec()'d here."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from counselor_desk.domain.notes import NoteFormat
from counselor_desk.domain.records import (
    Client,
    Consent,
    Diagnosis,
    Dispensing,
    Language,
    Medication,
    MedicationEntry,
    SessionKind,
)
from counselor_desk.ui.client_dialog import (
    ClientDialog,
    OptionalDateEdit,
    format_diagnoses,
    parse_diagnoses,
)
from counselor_desk.ui.consent_dialog import ConsentDialog, RevokeDialog
from counselor_desk.ui.medication_dialog import MedicationDialog
from counselor_desk.ui.session_dialog import SessionDialog, rounded_now

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _open(qtbot, dialog: QDialog) -> QDialog:  # type: ignore[no-untyped-def]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _click_ok(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    ok = dialog.buttons.buttons()[0]
    for button in dialog.buttons.buttons():
        if dialog.buttons.buttonRole(button) == dialog.buttons.ButtonRole.AcceptRole:
            ok = button
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _unnamed_controls(dialog: QWidget) -> list[str]:
    kinds = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QAbstractButton)
    missing = []
    for widget in dialog.findChildren(QWidget):
        if isinstance(widget, kinds) and widget.isVisibleTo(dialog) and not widget.accessibleName():
            if isinstance(widget, QLineEdit) and isinstance(widget.parent(), QAbstractSpinBox):
                continue  # a spin box's inner editor is named through the spin box
            if isinstance(widget, QLineEdit) and isinstance(widget.parent(), QComboBox):
                continue
            label = widget.text() if isinstance(widget, QAbstractButton | QLineEdit) else ""
            missing.append(f"{type(widget).__name__} {label}")
    return missing


# -- client -----------------------------------------------------------------------------


def test_diagnoses_split_a_leading_icd10_code() -> None:
    text = (
        "F11.20 Opioid use disorder, moderate\n"
        "\n"
        "f10.20 - Alcohol use disorder, moderate\n"
        "Generalized anxiety\n"
        "Z72.0\n"
    )
    assert parse_diagnoses(text) == (
        Diagnosis("Opioid use disorder, moderate", "F11.20"),
        Diagnosis("Alcohol use disorder, moderate", "F10.20"),
        Diagnosis("Generalized anxiety"),
        Diagnosis("Z72.0", "Z72.0"),
    )
    # Words that merely start like a code are not codes.
    assert parse_diagnoses("Far from home") == (Diagnosis("Far from home"),)
    diagnoses = (Diagnosis("Opioid use disorder, severe", "F11.20"), Diagnosis("Insomnia"))
    assert parse_diagnoses(format_diagnoses(diagnoses)) == diagnoses


def test_client_dialog_ok_needs_a_display_name(qtbot) -> None:
    dialog = _open(qtbot, ClientDialog(None))
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.display_name, "   ")
    assert not dialog.ok_button.isEnabled()
    dialog.display_name.clear()
    qtbot.keyClicks(dialog.display_name, "Lupe G.")
    assert dialog.ok_button.isEnabled()
    assert dialog.windowTitle() == "New client"  # never a client's name
    assert not dialog.archived.isVisibleTo(dialog)


def test_client_dialog_refuses_discharge_before_admission_and_keeps_the_form(qtbot) -> None:
    dialog = _open(qtbot, ClientDialog(None))
    qtbot.keyClicks(dialog.display_name, "Lupe G.")
    qtbot.keyClicks(dialog.phone, "555-0100")
    dialog.admission.set_value(date(2026, 3, 1))
    dialog.discharge.set_value(date(2026, 2, 1))
    _click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.result_client() is None
    assert dialog.problem.isVisible()
    assert dialog.problem.text() == "The discharge date is before the admission date."
    assert dialog.phone.text() == "555-0100"  # nothing lost
    dialog.discharge.set_value(date(2026, 4, 1))
    _click_ok(qtbot, dialog)
    assert not dialog.isVisible()
    saved = dialog.result_client()
    assert saved is not None
    assert (saved.display_name, saved.phone) == ("Lupe G.", "555-0100")
    assert (saved.admission_date, saved.discharge_date) == (date(2026, 3, 1), date(2026, 4, 1))


def test_client_dialog_round_trips_every_field(qtbot) -> None:
    client = Client(
        "Dana R.",
        legal_name="Dana Ruiz",
        date_of_birth=date(1990, 4, 2),
        sex="female",
        pronouns="she/her",
        preferred_language=Language.SPANISH,
        phone="555-0101",
        emergency_contact="Rosa (sister) 555-0102",
        guardian=None,
        program="OTP",
        admission_date=date(2026, 1, 5),
        recovery_date=date(2026, 1, 20),
        diagnoses=(Diagnosis("Opioid use disorder, severe", "F11.20"),),
        created_at=datetime(2026, 1, 5, 12, 0).astimezone(),
    )
    dialog = _open(qtbot, ClientDialog(None, client))
    assert dialog.windowTitle() == "Edit client"
    assert dialog.client() == client
    qtbot.mouseClick(dialog.archived, Qt.MouseButton.LeftButton)
    assert dialog.client().archived
    assert dialog.client().id == client.id


def test_an_optional_date_is_unset_until_ticked(qtbot) -> None:
    field = OptionalDateEdit("Date of birth")
    qtbot.addWidget(field)
    field.set_default(date(1990, 1, 1))
    assert field.value() is None
    assert field.edit.text() == "Not set"
    assert not field.edit.isEnabled()
    field.check.setChecked(True)
    assert field.value() == date(1990, 1, 1)
    field.edit.setDate(QDate(1991, 2, 3))
    assert field.value() == date(1991, 2, 3)
    field.set_value(None)
    assert field.value() is None


def test_client_dialog_reopened_after_a_failure_shows_why(qtbot) -> None:
    dialog = _open(qtbot, ClientDialog(None, Client("Lupe G."), "The disk is full."))
    assert dialog.problem.text() == "The disk is full."
    assert dialog.display_name.text() == "Lupe G."
    assert dialog.windowTitle() == "New client"  # not saved yet: still an add


# -- medication -------------------------------------------------------------------------


def test_medication_dialog_starts_an_entry(qtbot) -> None:
    dialog = _open(qtbot, MedicationDialog(None, "client-1"))
    dialog.medication.setCurrentIndex(dialog.medication.findData("methadone"))
    assert dialog.form.findText("oral liquid") >= 0  # forms follow the medication
    dialog.form.setEditText("oral liquid")
    _click_ok(qtbot, dialog)
    assert dialog.problem.text() == "Enter the dose."
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.dose, "80 mg")
    qtbot.keyClicks(dialog.schedule, "daily")
    dialog.dispensing.setCurrentIndex(dialog.dispensing.findData("take-home"))
    dialog.take_home.setValue(6)
    _click_ok(qtbot, dialog)
    entry = dialog.result_entry()
    assert entry is not None
    assert (entry.client_id, entry.medication, entry.form, entry.dose) == (
        "client-1",
        Medication.METHADONE,
        "oral liquid",
        "80 mg",
    )
    assert (entry.dispensing, entry.take_home_count, entry.started) == (
        Dispensing.TAKE_HOME,
        6,
        date.today(),
    )
    assert entry.replaces is None


def test_change_dose_prefills_and_cannot_start_before_the_old_entry(qtbot) -> None:
    previous = MedicationEntry(
        "client-1",
        Medication.BUPRENORPHINE,
        date(2026, 1, 10),
        form="sublingual film",
        dose="16 mg daily",
        prescriber="Dr. Okafor",
        notes="old note",
    )
    dialog = _open(qtbot, MedicationDialog(None, "client-1", previous))
    assert dialog.windowTitle() == "Change dose"
    assert dialog.dose.text() == "16 mg daily"
    assert dialog.prescriber.text() == "Dr. Okafor"
    assert dialog.notes.toPlainText() == ""  # the note was about the old entry
    assert dialog.started.minimumDate() == QDate(2026, 1, 10)
    dialog.dose.setText("24 mg daily")
    _click_ok(qtbot, dialog)
    entry = dialog.result_entry()
    assert entry is not None
    assert (entry.dose, entry.replaces, entry.started) == ("24 mg daily", previous.id, date.today())


# -- session ----------------------------------------------------------------------------


def test_rounded_now_goes_to_the_nearest_five_minutes() -> None:
    assert rounded_now(datetime(2026, 3, 2, 10, 2, 29)) == datetime(2026, 3, 2, 10, 0)
    assert rounded_now(datetime(2026, 3, 2, 10, 3)) == datetime(2026, 3, 2, 10, 5)
    assert rounded_now(datetime(2026, 3, 2, 23, 58)) == datetime(2026, 3, 3, 0, 0)


def test_session_dialog_defaults_and_a_timezone_aware_start(qtbot) -> None:
    now = datetime(2026, 3, 2, 14, 7)
    dialog = _open(qtbot, SessionDialog(None, "client-1", now=now))
    assert dialog.minutes.value() == 50
    assert dialog.note_format.currentData() == "DAP"
    assert dialog.day.date() == QDate(2026, 3, 2)
    assert dialog.start.time() == QTime(14, 5)
    assert not dialog.participants.isEnabled()
    dialog.kind.setCurrentIndex(dialog.kind.findData("family"))
    assert dialog.participants.isEnabled()
    dialog.participants.setPlainText("Rosa (sister)\n\nMiguel (father)\n")
    dialog.note_format.setCurrentIndex(dialog.note_format.findData("SOAP"))
    _click_ok(qtbot, dialog)
    answer = dialog.result_value()
    assert answer is not None
    session, fmt = answer
    assert fmt is NoteFormat.SOAP
    assert session.kind is SessionKind.FAMILY
    assert session.participants == ("Rosa (sister)", "Miguel (father)")
    assert session.start.tzinfo is not None
    assert session.start == datetime(2026, 3, 2, 14, 5).astimezone()
    assert session.minutes == 50


def test_participants_are_kept_for_family_sessions_only(qtbot) -> None:
    dialog = _open(qtbot, SessionDialog(None, "client-1"))
    dialog.participants.setPlainText("Rosa")
    dialog.kind.setCurrentIndex(dialog.kind.findData("individual"))
    assert dialog.session().participants == ()


# -- consent ----------------------------------------------------------------------------


def _fill_consent(qtbot, dialog: ConsentDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(dialog.discloser, "Riverside OTP")
    qtbot.keyClicks(dialog.recipient, "Valley Primary Care")
    dialog.information.setPlainText("Attendance and current MAT dose")
    qtbot.keyClicks(dialog.purpose, "Coordination of care")


def test_consent_dialog_needs_every_element(qtbot) -> None:
    dialog = _open(qtbot, ConsentDialog(None, "client-1"))
    qtbot.keyClicks(dialog.discloser, "Riverside OTP")
    _click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.problem.text() == "A consent needs its recipient."
    _fill_consent(qtbot, dialog)
    dialog.discloser.setText("Riverside OTP")
    dialog.expires.setDate(QDate.currentDate().addDays(-1))
    _click_ok(qtbot, dialog)
    assert dialog.problem.text() == "The consent expires before it was signed."
    dialog.expires.setDate(QDate.currentDate().addYears(1))
    _click_ok(qtbot, dialog)
    consent = dialog.result_consent()
    assert consent is not None
    assert (consent.recipient, consent.signed, consent.signed_by) == (
        "Valley Primary Care",
        date.today(),
        "client",
    )
    assert consent.expires == date.today().replace(year=date.today().year + 1)
    assert not consent.includes_counseling_notes


def test_consent_may_end_on_an_event_and_name_counseling_notes(qtbot) -> None:
    dialog = _open(qtbot, ConsentDialog(None, "client-1"))
    _fill_consent(qtbot, dialog)
    qtbot.mouseClick(dialog.ends_on_event, Qt.MouseButton.LeftButton)
    assert not dialog.expires.isEnabled()
    _click_ok(qtbot, dialog)
    assert dialog.problem.text() == "A consent needs an expiry date or an expiry event."
    qtbot.keyClicks(dialog.expiry_event, "End of probation")
    dialog.signed_by.setCurrentIndex(dialog.signed_by.findData("client and guardian"))
    qtbot.mouseClick(dialog.counseling_notes, Qt.MouseButton.LeftButton)
    _click_ok(qtbot, dialog)
    consent = dialog.result_consent()
    assert consent is not None
    assert (consent.expires, consent.expires_on_event) == (None, "End of probation")
    assert consent.signed_by == "client and guardian"
    assert consent.includes_counseling_notes


def test_revoke_dialog_cannot_predate_the_signature(qtbot) -> None:
    consent = Consent(
        "client-1", "OTP", "Valley PC", "Dose", "Care", date.today() - timedelta(days=3), "client"
    )
    dialog = _open(qtbot, RevokeDialog(None, consent))
    assert dialog.on.minimumDate() == _qdate(consent.signed)
    assert dialog.on.date() == QDate.currentDate()
    _click_ok(qtbot, dialog)
    assert dialog.result_date() == date.today()


# -- for every dialog -------------------------------------------------------------------


def test_every_control_has_an_accessible_name(qtbot) -> None:
    consent = Consent("c", "OTP", "PC", "Dose", "Care", date.today(), "client")
    dialogs = [
        ClientDialog(None, Client("Dana R.", created_at=datetime.now().astimezone())),
        MedicationDialog(None, "c"),
        SessionDialog(None, "c"),
        ConsentDialog(None, "c"),
        RevokeDialog(None, consent),
    ]
    for dialog in dialogs:
        _open(qtbot, dialog)
        assert _unnamed_controls(dialog) == [], type(dialog).__name__
        assert dialog.windowTitle()
