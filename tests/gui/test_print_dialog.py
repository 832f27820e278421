"""Print… from the chart: the chooser driven by keyboard (Alt+letter, Tab, typing, Enter),
the right document prepared on the UI thread, and the preview opened with a release hook
that logs a disclosure through the vault worker only when the paper leaves. The preview
itself is replaced (it has its own tests); what it was handed is built and read back with
pypdf. A real vault in tmp_path; every name and record is fictional."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from test_accessibility import unnamed  # the window's own test of "every control is named"

from counselor_desk.domain.network import MemberKind, NetworkMember, Strength
from counselor_desk.domain.notes import NoteFormat
from counselor_desk.domain.records import Consent, Session, SessionKind
from counselor_desk.export.notice import SHORT_NOTICE, SHORT_NOTICE_ES
from counselor_desk.services.caseload import Caseload
from counselor_desk.services.measures import Measures
from counselor_desk.services.network import Network
from counselor_desk.services.printing import Printed, Printing
from counselor_desk.ui.ask import Ask
from counselor_desk.ui.print_dialog import (
    SUMMARY_DAYS,
    ForWhom,
    PrintChoice,
    PrintChooser,
    PrintOffer,
    What,
    print_for_client,
)
from counselor_desk.ui.print_preview import PrintPreviewDialog

ALT = Qt.KeyboardModifier.AltModifier
NOTE_TEXT = "Talked about cravings after work"  # the signed note (tests/gui/conftest.py)
REASON = "My daughter Lucia, and seeing her graduate."
SAFETY_PLAN_VALUES: dict[str, Any] = {
    "warning_signs": "I stop answering my phone.\nI lie awake past 2 a.m.",
    "things_alone": "Take a hot shower. Walk the dog around the lake.",
    "distractions": "Coffee with Marisol at the corner cafe.",
    "help_people": [{"name": "Marisol (sister)", "phone": "555-0142"}],
    "professionals": [{"name": "Alex Moreno, counselor", "phone": "555-0100 x12"}],
    "safer_surroundings": "Marisol keeps my extra pills.",
    "reason_for_living": REASON,
}


@dataclass
class Chart:
    dana: str
    marcus: str
    note: str  # signed
    draft_note: str
    worksheet: str  # Dana's safety plan, complete
    valley: Consent
    okafor: Consent  # names the SUD counseling notes
    expired: Consent
    by_event: Consent  # ends on an event, no date


@pytest.fixture
def chart(workspace, ids) -> Chart:  # type: ignore[no-untyped-def]
    vault = workspace.vault
    caseload = Caseload(vault)
    today = date.today()
    caseload.sign_note(ids["note"], "A. Rivera, LCADC")
    later = caseload.add_session(
        Session(
            ids["dana"],
            caseload.session(ids["session"]).start + timedelta(days=1),
            50,
            SessionKind.INDIVIDUAL,
        )
    )
    draft = caseload.start_note(later.id, NoteFormat.DAP)
    measures = Measures(vault)
    safety = measures.start_worksheet(ids["dana"], "safety_plan")
    measures.complete_worksheet(safety.id, SAFETY_PLAN_VALUES)

    def consent(client_id: str, recipient: str, **kw: Any) -> Consent:
        values: dict[str, Any] = {
            "client_id": client_id,
            "discloser": "Riverbend Recovery Program",
            "recipient": recipient,
            "information": "Attendance, medication and signed session notes",
            "purpose": "Coordination of care",
            "signed": today - timedelta(days=30),
            "signed_by": "client",
            "expires": today + timedelta(days=365),
        }
        values.update(kw)
        return caseload.add_consent(Consent(**values))

    dana, marcus = ids["dana"], ids["marcus"]
    valley = consent(dana, "Valley Primary Care")
    okafor = consent(
        dana,
        "Dr. Imani Okafor, psychiatrist",
        signed=today - timedelta(days=20),
        includes_counseling_notes=True,
    )
    expired = consent(
        dana,
        "County Probation Office",
        signed=today - timedelta(days=400),
        expires=today - timedelta(days=10),
    )
    by_event = consent(
        dana,
        "Drug Court Team",
        signed=today - timedelta(days=10),
        expires=None,
        expires_on_event="the end of drug court",
    )
    consent(
        marcus,
        "Lakeside Clinic",
        signed=today - timedelta(days=400),
        expires=today - timedelta(days=1),
    )
    return Chart(dana, marcus, ids["note"], draft.id, safety.id, valley, okafor, expired, by_event)


# -- helpers ---------------------------------------------------------------------------------


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):  # type: ignore[no-untyped-def]
    """A key where the keyboard focus is, as a person would press it."""
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClick(widget, key, modifier)


def type_text(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClicks(widget, text)


def mnemonic(qtbot, key: Qt.Key, button) -> None:  # type: ignore[no-untyped-def]
    """Alt+letter on a radio button or check box (Qt clicks it after a short animation)."""
    was = button.isChecked()
    press(qtbot, key, ALT)
    qtbot.waitUntil(lambda: button.isChecked() != was or button.isChecked())


def show(qtbot, dialog: QWidget) -> None:  # type: ignore[no-untyped-def]
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):  # mnemonics need the active window
        dialog.show()


class Scripted:
    """Stands in for PrintChooser.ask: builds the real chooser, shows it, lets a script
    drive it by keyboard, and returns what the chooser returns. One script per opening;
    with none left the counselor backs out (None)."""

    def __init__(self, qtbot, monkeypatch, *scripts) -> None:  # type: ignore[no-untyped-def]
        self.scripts = list(scripts)
        self.openings: list[tuple[PrintChoice | None, str]] = []  # (draft, problem)
        self.dialogs: list[PrintChooser] = []

        def ask(cls, offer, parent=None, *, draft=None, problem=""):  # type: ignore[no-untyped-def]
            self.openings.append((draft, problem))
            if not self.scripts:
                return None
            dialog = cls(offer, parent, draft=draft, problem=problem)
            show(qtbot, dialog)
            self.dialogs.append(dialog)
            self.scripts.pop(0)(dialog)
            return dialog.result_choice()

        monkeypatch.setattr(PrintChooser, "ask", classmethod(ask))


@pytest.fixture
def previews(monkeypatch) -> list[dict[str, Any]]:  # type: ignore[no-untyped-def]
    """Stand-in for the modal preview: records what it was asked to show."""
    calls: list[dict[str, Any]] = []

    def preview(cls, title, build, settings, parent=None, *, file_name=None, release=None):  # type: ignore[no-untyped-def]
        calls.append({"title": title, "build": build, "file_name": file_name, "release": release})

    monkeypatch.setattr(PrintPreviewDialog, "preview", classmethod(preview))
    return calls


class Confirms(list[tuple[str, str]]):
    """What Ask.confirm was asked, as (text, detail); it answers `answer`."""

    answer = True


@pytest.fixture
def confirms(monkeypatch) -> Confirms:  # type: ignore[no-untyped-def]
    asked = Confirms()

    def confirm(cls, parent, title, text, detail=""):  # type: ignore[no-untyped-def]
        asked.append((text, detail))
        return asked.answer

    monkeypatch.setattr(Ask, "confirm", classmethod(confirm))
    return asked


def pages(pdf: bytes) -> list[str]:
    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(pdf)).pages]


def built(preview: dict[str, Any]) -> Printed:
    result = preview["build"](None, None)
    assert isinstance(result, Printed)
    return result


def release(qtbot, workspace, preview: dict[str, Any], printed: Printed) -> list[bytes]:  # type: ignore[no-untyped-def]
    """Let the paper leave through the preview's hook; wait for the vault worker."""
    delivered: list[bytes] = []
    outcome: list[object] = []
    preview["release"](printed, delivered.append, outcome.append, outcome.append)
    qtbot.waitUntil(lambda: bool(outcome), timeout=10000)
    assert not isinstance(outcome[0], Exception), outcome
    return delivered


def offer_for(workspace, chart: Chart, **kw: Any) -> PrintOffer:  # type: ignore[no-untyped-def]
    return PrintOffer.read(workspace, chart.dana, **kw)


# -- the client's own copy -------------------------------------------------------------------


def test_the_clients_copy_of_the_selected_note_opens_the_preview(
    qtbot, workspace, ui_settings, chart, monkeypatch, previews, confirms
) -> None:
    def script(dialog: PrintChooser) -> None:
        assert dialog.note_radio.isChecked() and dialog.client_radio.isChecked()
        assert "Dana" not in dialog.windowTitle()
        assert "without the Part 2 notice" in dialog.consequence.text()
        press(qtbot, Qt.Key.Key_Return)

    scripted = Scripted(qtbot, monkeypatch, script)
    print_for_client(workspace, ui_settings, None, chart.dana, note_id=chart.note)
    assert len(scripted.dialogs) == 1 and len(previews) == 1
    preview = previews[0]
    assert "Dana" not in preview["title"] and "Dana" not in preview["file_name"]
    pdf, info = built(preview)
    text = " ".join(pages(pdf))
    assert NOTE_TEXT in text and "Dana R." in text
    assert SHORT_NOTICE not in text and SHORT_NOTICE_ES not in text
    assert info.title == preview["title"] and not info.is_disclosure
    assert info.language == "es"  # Dana reads Spanish: her paper is in Spanish by default
    assert confirms == []  # nothing to check for the client's own copy

    release(qtbot, workspace, preview, Printed(pdf, info))
    assert Printing(workspace.vault).disclosures(chart.dana) == []
    actions = [e.action for e in workspace.vault.audit.entries(workspace.vault.conn)]
    assert "print-client-copy" in actions


def test_the_language_of_the_paper_can_be_changed_by_keyboard(
    qtbot, workspace, ui_settings, chart, monkeypatch, previews, confirms
) -> None:
    def script(dialog: PrintChooser) -> None:
        press(qtbot, Qt.Key.Key_L, ALT)
        assert QApplication.focusWidget() is dialog.language
        press(qtbot, Qt.Key.Key_Home)
        assert dialog.language.currentData() == "en"
        press(qtbot, Qt.Key.Key_Return)

    Scripted(qtbot, monkeypatch, script)
    print_for_client(workspace, ui_settings, None, chart.dana, note_id=chart.note)
    _pdf, info = built(previews[0])
    assert info.language == "en"


# -- under a consent -------------------------------------------------------------------------


def test_under_a_consent_the_disclosure_is_logged_only_when_the_paper_leaves(
    qtbot, workspace, ui_settings, chart, monkeypatch, previews, confirms
) -> None:
    def script(dialog: PrintChooser) -> None:
        mnemonic(qtbot, Qt.Key.Key_C, dialog.consent_radio)
        assert "Part 2 notice" in dialog.consequence.text()
        press(qtbot, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is dialog.consent_table
        while dialog.selected_consent().id != chart.valley.id:  # type: ignore[union-attr]
            press(qtbot, Qt.Key.Key_Down)
        assert "Valley Primary Care" in dialog.consequence.text()
        press(qtbot, Qt.Key.Key_Return)

    Scripted(qtbot, monkeypatch, script)
    print_for_client(workspace, ui_settings, None, chart.dana, note_id=chart.note)
    assert len(previews) == 1
    # The consent's scope is shown to check before the preview opens.
    assert len(confirms) == 1 and chart.valley.information in confirms[0][1]
    pdf, info = built(previews[0])
    every = pages(pdf)
    assert all(SHORT_NOTICE_ES in page for page in every)
    assert "Valley Primary Care" in every[0] and NOTE_TEXT in " ".join(every)
    assert info.is_disclosure and info.disclosure is not None
    assert info.disclosure.consent_id == chart.valley.id

    printing = Printing(workspace.vault)
    assert printing.disclosures(chart.dana) == []  # a preview is not a disclosure
    with qtbot.waitSignal(workspace.changed, timeout=10000) as changed:
        delivered = release(qtbot, workspace, previews[0], Printed(pdf, info))
    assert changed.args == ["disclosure", chart.dana]
    assert delivered == [pdf]
    [entry] = printing.disclosures(chart.dana)
    assert entry.consent_id == chart.valley.id and entry.recipient == "Valley Primary Care"
    assert entry.document == "session-note" and entry.sha256 == info.sha256
    assert entry.disclosed_by == workspace.signer


def test_an_expired_consent_is_not_offered(qtbot, workspace, chart) -> None:
    offer = offer_for(workspace, chart)
    offered = {c.id for c in offer.consents}
    assert offered == {chart.valley.id, chart.okafor.id, chart.by_event.id}
    dialog = PrintChooser(offer)
    show(qtbot, dialog)
    model = dialog.consent_model
    shown = [model.consent_at(row).recipient for row in range(model.rowCount())]
    assert "County Probation Office" not in shown and len(shown) == 3
    assert not dialog.no_consent.isVisibleTo(dialog)


def test_without_a_usable_consent_that_choice_is_disabled_and_says_why(
    qtbot, workspace, chart
) -> None:
    offer = PrintOffer.read(workspace, chart.marcus)
    assert offer.consents == ()  # his only consent ended yesterday
    dialog = PrintChooser(offer)
    show(qtbot, dialog)
    assert not dialog.consent_radio.isEnabled()
    assert dialog.no_consent.isVisibleTo(dialog) and not dialog.consent_table.isVisibleTo(dialog)
    assert "no consent that can be used today" in dialog.no_consent.text()
    assert dialog.client_radio.isChecked()


def test_a_consent_ending_on_an_event_is_checked_before_the_preview(
    qtbot, workspace, ui_settings, chart, monkeypatch, previews, confirms
) -> None:
    def script(dialog: PrintChooser) -> None:
        mnemonic(qtbot, Qt.Key.Key_C, dialog.consent_radio)
        press(qtbot, Qt.Key.Key_Tab)
        while dialog.selected_consent().id != chart.by_event.id:  # type: ignore[union-attr]
            press(qtbot, Qt.Key.Key_Down)
        press(qtbot, Qt.Key.Key_Return)

    confirms.answer = False
    scripted = Scripted(qtbot, monkeypatch, script)
    print_for_client(workspace, ui_settings, None, chart.dana, note_id=chart.note)
    assert len(confirms) == 1 and "the end of drug court" in confirms[0][1]
    assert previews == []
    # Declined: back to the chooser on the same choice (then the counselor backed out).
    assert len(scripted.openings) == 2
    draft, problem = scripted.openings[1]
    assert draft is not None and draft.consent_id == chart.by_event.id and problem == ""
    assert Printing(workspace.vault).disclosures(chart.dana) == []


# -- a medical emergency ---------------------------------------------------------------------


def test_an_emergency_needs_who_where_and_what(
    qtbot, workspace, ui_settings, chart, monkeypatch, previews, confirms
) -> None:
    def script(dialog: PrintChooser) -> None:
        assert not dialog.recipient.isEnabled()
        mnemonic(qtbot, Qt.Key.Key_E, dialog.emergency_radio)
        press(qtbot, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is dialog.recipient
        type_text(qtbot, "Dr. Lee, ER physician")
        press(qtbot, Qt.Key.Key_Tab)
        type_text(qtbot, "Mercy Hospital ER")
        press(qtbot, Qt.Key.Key_Return)
        # Still open: the nature of the emergency is missing, and the cursor is there.
        assert dialog.result_choice() is None and dialog.isVisible()
        assert dialog.problem.isVisibleTo(dialog)
        assert "nature of the emergency" in dialog.problem.text()
        assert QApplication.focusWidget() is dialog.nature
        type_text(qtbot, "Suspected overdose, unresponsive")
        press(qtbot, Qt.Key.Key_Return)

    Scripted(qtbot, monkeypatch, script)
    print_for_client(workspace, ui_settings, None, chart.dana, note_id=chart.note)
    [preview] = previews
    pdf, info = built(preview)
    assert all(SHORT_NOTICE_ES in page for page in pages(pdf))
    assert info.release.recipient == "Dr. Lee, ER physician"
    assert Printing(workspace.vault).disclosures(chart.dana) == []
    release(qtbot, workspace, preview, Printed(pdf, info))
    [entry] = Printing(workspace.vault).disclosures(chart.dana)
    assert entry.facility == "Mercy Hospital ER" and entry.consent_id is None
    assert entry.emergency_nature == "Suspected overdose, unresponsive"


@pytest.mark.parametrize("blank", ["recipient", "facility", "nature"])
def test_each_emergency_field_is_required(qtbot, workspace, chart, blank) -> None:
    dialog = PrintChooser(offer_for(workspace, chart, note_id=chart.note))
    show(qtbot, dialog)
    mnemonic(qtbot, Qt.Key.Key_E, dialog.emergency_radio)
    for name in ("recipient", "facility", "nature"):
        getattr(dialog, name).setText("" if name == blank else "   x  ")
    getattr(dialog, blank).setText("   ")  # spaces are not an answer
    dialog.accept()
    assert dialog.result_choice() is None and dialog.isVisible()
    assert QApplication.focusWidget() is getattr(dialog, blank)


# -- refusals ----------------------------------------------------------------------------------


def test_a_refusal_opens_no_preview_and_keeps_the_choice(
    qtbot, workspace, ui_settings, chart, monkeypatch, previews, confirms
) -> None:
    def choose_consent(dialog: PrintChooser) -> None:
        assert "(draft)" in dialog.note_detail.text()
        mnemonic(qtbot, Qt.Key.Key_C, dialog.consent_radio)
        press(qtbot, Qt.Key.Key_Return)

    def told_why(dialog: PrintChooser) -> None:
        assert dialog.problem.isVisibleTo(dialog)
        assert "only a signed note can be released" in dialog.problem.text()
        assert dialog.note_radio.isChecked() and dialog.consent_radio.isChecked()
        press(qtbot, Qt.Key.Key_Escape)

    scripted = Scripted(qtbot, monkeypatch, choose_consent, told_why)
    print_for_client(workspace, ui_settings, None, chart.dana, note_id=chart.draft_note)
    assert previews == [] and confirms == []
    assert [problem != "" for _draft, problem in scripted.openings] == [False, True]
    assert Printing(workspace.vault).disclosures(chart.dana) == []


def test_a_selection_from_another_chart_is_not_offered(qtbot, workspace, chart) -> None:
    offer = PrintOffer.read(
        workspace, chart.marcus, note_id=chart.note, worksheet_id=chart.worksheet
    )
    assert offer.note_id is None and offer.worksheet_id is None
    dialog = PrintChooser(offer)
    show(qtbot, dialog)
    assert not dialog.note_radio.isEnabled() and not dialog.worksheet_radio.isEnabled()
    assert dialog.summary_radio.isChecked()
    assert "Open a worksheet" in dialog.worksheet_detail.text()


# -- what else prints --------------------------------------------------------------------------


def test_the_summary_covers_the_last_ninety_days_by_default(
    qtbot, workspace, ui_settings, chart, monkeypatch, previews, confirms
) -> None:
    today = date(2026, 3, 20)

    def script(dialog: PrintChooser) -> None:
        assert dialog.summary_radio.isChecked()  # no note selected
        assert dialog.period_from.isEnabled() and dialog.period_to.isEnabled()
        press(qtbot, Qt.Key.Key_Return)

    Scripted(qtbot, monkeypatch, script)
    print_for_client(workspace, ui_settings, None, chart.dana, today=today)
    pdf, info = built(previews[0])
    assert info.kind.value == "client-summary"
    start = today - timedelta(days=SUMMARY_DAYS)
    assert start == date(2025, 12, 20)
    # Spanish dates on Dana's paper: "20 de diciembre de 2025".
    assert "20 de diciembre de 2025" in pages(pdf)[0] and "20 de marzo de 2026" in pages(pdf)[0]


def test_a_period_that_ends_before_it_starts_is_not_accepted(qtbot, workspace, chart) -> None:
    dialog = PrintChooser(offer_for(workspace, chart))
    show(qtbot, dialog)
    dialog.period_to.setDate(dialog.period_from.date().addDays(-1))
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.result_choice() is None
    assert dialog.problem.text() == "The period ends before it starts."


def test_the_safety_plan_prints_as_a_wallet_card(
    qtbot, workspace, ui_settings, chart, monkeypatch, previews, confirms
) -> None:
    def script(dialog: PrintChooser) -> None:
        assert dialog.wallet_card.isVisibleTo(dialog) and not dialog.wallet_card.isEnabled()
        mnemonic(qtbot, Qt.Key.Key_W, dialog.worksheet_radio)
        mnemonic(qtbot, Qt.Key.Key_D, dialog.wallet_card)
        assert dialog.wallet_card.isChecked()
        # The card is the client's: no one else can be chosen for it.
        assert not dialog.consent_radio.isEnabled() and not dialog.emergency_radio.isEnabled()
        press(qtbot, Qt.Key.Key_Return)

    Scripted(qtbot, monkeypatch, script)
    print_for_client(workspace, ui_settings, None, chart.dana, worksheet_id=chart.worksheet)
    pdf, info = built(previews[0])
    assert info.kind.value == "safety-plan-card" and len(pages(pdf)) == 1
    assert "Mi plan de seguridad" in pages(pdf)[0] and "Marisol" in pages(pdf)[0]


def test_a_worksheet_prints_filled_or_blank(
    qtbot, workspace, ui_settings, chart, monkeypatch, previews, confirms
) -> None:
    def filled(dialog: PrintChooser) -> None:
        mnemonic(qtbot, Qt.Key.Key_W, dialog.worksheet_radio)
        press(qtbot, Qt.Key.Key_Return)

    def blank(dialog: PrintChooser) -> None:
        mnemonic(qtbot, Qt.Key.Key_W, dialog.worksheet_radio)
        press(qtbot, Qt.Key.Key_R, ALT)
        assert QApplication.focusWidget() is dialog.worksheet_form
        press(qtbot, Qt.Key.Key_Down)
        assert dialog.worksheet_form.currentData() is True
        assert not dialog.consent_radio.isEnabled()
        assert "blank form" in dialog.consequence.text()
        press(qtbot, Qt.Key.Key_Return)

    Scripted(qtbot, monkeypatch, filled)
    print_for_client(workspace, ui_settings, None, chart.dana, worksheet_id=chart.worksheet)
    Scripted(qtbot, monkeypatch, blank)
    print_for_client(workspace, ui_settings, None, chart.dana, worksheet_id=chart.worksheet)
    filled_text = " ".join(pages(built(previews[0]).pdf))
    blank_text = " ".join(pages(built(previews[1]).pdf))
    assert REASON in filled_text and REASON not in blank_text
    assert "Plan de seguridad" in blank_text and "Dana R." in blank_text


def test_the_accounting_is_always_the_clients_own(
    qtbot, workspace, ui_settings, chart, monkeypatch, previews, confirms
) -> None:
    def script(dialog: PrintChooser) -> None:
        mnemonic(qtbot, Qt.Key.Key_C, dialog.consent_radio)
        mnemonic(qtbot, Qt.Key.Key_A, dialog.accounting_radio)
        assert dialog.client_radio.isChecked()
        assert not dialog.consent_radio.isEnabled() and not dialog.emergency_radio.isEnabled()
        assert "accounting of disclosures" in dialog.consequence.text()
        press(qtbot, Qt.Key.Key_Return)

    Scripted(qtbot, monkeypatch, script)
    print_for_client(workspace, ui_settings, None, chart.dana)
    pdf, info = built(previews[0])
    assert info.kind.value == "accounting" and not info.is_disclosure
    assert SHORT_NOTICE_ES not in " ".join(pages(pdf))


def test_sud_counseling_notes_only_where_allowed(qtbot, workspace, chart) -> None:
    dialog = PrintChooser(offer_for(workspace, chart, note_id=chart.note))
    show(qtbot, dialog)
    box = dialog.counseling_notes
    assert not box.isEnabled()  # a note never carries them
    mnemonic(qtbot, Qt.Key.Key_S, dialog.summary_radio)
    assert box.isEnabled()  # the client's own summary may
    mnemonic(qtbot, Qt.Key.Key_U, box)
    assert dialog.choice().counseling_notes
    mnemonic(qtbot, Qt.Key.Key_C, dialog.consent_radio)
    model = dialog.consent_model
    dialog.consent_table.selectRow(model.row_of(chart.valley.id))
    assert not box.isEnabled() and not box.isChecked()  # this consent does not name them
    dialog.consent_table.selectRow(model.row_of(chart.okafor.id))
    assert box.isEnabled()
    mnemonic(qtbot, Qt.Key.Key_E, dialog.emergency_radio)
    assert not box.isEnabled()  # never in an emergency
    choice = dialog.choice()
    assert choice.what is What.SUMMARY and choice.for_whom is ForWhom.EMERGENCY
    assert not choice.counseling_notes


# -- the support network (ecomap) ---------------------------------------------------------


def test_the_support_network_prints_as_an_ecomap(
    qtbot, workspace, ui_settings, chart, monkeypatch, previews, confirms
) -> None:
    network = Network(workspace.vault)
    for name, kind in (
        ("Marisol Ruiz", MemberKind.FAMILY),
        ("Tuesday NA group", MemberKind.NA_MEETING),
    ):
        network.add(NetworkMember(chart.dana, name, kind, Strength.STRONG))

    def script(dialog: PrintChooser) -> None:
        assert "2 people or groups" in dialog.ecomap_detail.text()
        mnemonic(qtbot, Qt.Key.Key_K, dialog.ecomap_radio)
        assert dialog.what is What.ECOMAP
        assert not dialog.counseling_notes.isEnabled()  # the summary only
        press(qtbot, Qt.Key.Key_Return)

    Scripted(qtbot, monkeypatch, script)
    print_for_client(workspace, ui_settings, None, chart.dana)
    [preview] = previews
    pdf, info = built(preview)
    text = " ".join(pages(pdf))
    assert info.kind.value == "ecomap" and not info.is_disclosure
    assert "Marisol Ruiz" in text and "Tuesday NA group" in text
    assert "Marisol" not in preview["title"] and "Marisol" not in preview["file_name"]


def test_without_a_support_network_the_ecomap_is_not_offered(qtbot, workspace, chart) -> None:
    offer = PrintOffer.read(workspace, chart.marcus)
    assert offer.network_members == 0
    dialog = PrintChooser(offer)
    show(qtbot, dialog)
    assert not dialog.ecomap_radio.isEnabled()
    assert "No one is in the support network" in dialog.ecomap_detail.text()


# -- the summary's parts ---------------------------------------------------------------------


def test_a_summary_of_only_medications_and_screens_holds_no_note(
    qtbot, workspace, ui_settings, chart, monkeypatch, previews, confirms
) -> None:
    def whole(dialog: PrintChooser) -> None:
        assert all(box.isChecked() for box in dialog.section_boxes.values())
        press(qtbot, Qt.Key.Key_Return)

    def limited(dialog: PrintChooser) -> None:
        boxes = dialog.section_boxes
        press(qtbot, Qt.Key.Key_G, ALT)  # Alt+G: plan progress, unchecked
        qtbot.waitUntil(lambda: not boxes["plan"].isChecked())
        assert QApplication.focusWidget() is boxes["plan"]
        for name, keep in (("attendance", False), ("screens", True), ("scales", False)):
            press(qtbot, Qt.Key.Key_Tab)
            assert QApplication.focusWidget() is boxes[name]
            if not keep:
                press(qtbot, Qt.Key.Key_Space)
        press(qtbot, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is boxes["notes"]
        press(qtbot, Qt.Key.Key_Space)
        assert dialog.choice().sections == {"medications", "screens"}
        press(qtbot, Qt.Key.Key_Return)

    Scripted(qtbot, monkeypatch, whole)
    print_for_client(workspace, ui_settings, None, chart.dana)
    Scripted(qtbot, monkeypatch, limited)
    print_for_client(workspace, ui_settings, None, chart.dana)
    assert NOTE_TEXT in " ".join(pages(built(previews[0]).pdf))  # the whole summary has it
    text = " ".join(pages(built(previews[1]).pdf))
    assert NOTE_TEXT not in text
    # Under its title, the paper says which parts it holds (Dana's paper is in Spanish).
    assert "medicamentos, pruebas de orina" in text


def test_a_summary_needs_at_least_one_part(
    qtbot, workspace, ui_settings, chart, monkeypatch, previews, confirms
) -> None:
    def none_checked(dialog: PrintChooser) -> None:
        for box in dialog.section_boxes.values():
            box.setChecked(False)
        press(qtbot, Qt.Key.Key_Return)
        assert dialog.result_choice() is None and dialog.isVisible()
        assert dialog.problem.text() == "Choose at least one part of the record for the summary."
        assert QApplication.focusWidget() is dialog.section_boxes["medications"]
        press(qtbot, Qt.Key.Key_Escape)

    scripted = Scripted(qtbot, monkeypatch, none_checked)
    print_for_client(workspace, ui_settings, None, chart.dana)
    assert previews == [] and len(scripted.openings) == 1


def test_under_a_consent_its_scope_is_shown_beside_the_parts(qtbot, workspace, chart) -> None:
    dialog = PrintChooser(offer_for(workspace, chart))
    show(qtbot, dialog)
    assert not dialog.consent_allows.isVisibleTo(dialog)  # the client's own copy
    mnemonic(qtbot, Qt.Key.Key_C, dialog.consent_radio)
    dialog.consent_table.selectRow(dialog.consent_model.row_of(chart.valley.id))
    assert dialog.consent_allows.isVisibleTo(dialog)
    assert chart.valley.information in dialog.consent_allows.text()
    assert all(box.isEnabled() for box in dialog.section_boxes.values())
    mnemonic(qtbot, Qt.Key.Key_A, dialog.accounting_radio)  # no parts to choose
    assert not any(box.isEnabled() for box in dialog.section_boxes.values())
    assert not dialog.consent_allows.isVisibleTo(dialog)


# -- the dialog itself -------------------------------------------------------------------------


def test_every_control_is_named_and_the_consent_model_is_sound(
    qtbot, qtmodeltester, workspace, chart
) -> None:
    dialog = PrintChooser(offer_for(workspace, chart, note_id=chart.note))
    show(qtbot, dialog)
    assert unnamed(dialog) == []
    qtmodeltester.check(dialog.consent_model)
    assert "Dana" not in dialog.windowTitle()
    assert dialog.note_radio.hasFocus()
