"""The client chart: what it shows, the audit of opening it, and the writes it starts."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QLabel, QPushButton

from counselor_desk.domain.notes import NoteFormat
from counselor_desk.domain.records import (
    Client,
    Consent,
    Medication,
    MedicationEntry,
    Session,
    SessionKind,
)
from counselor_desk.ui.chart import ChartView
from counselor_desk.ui.client_dialog import ClientDialog
from counselor_desk.ui.consent_dialog import ConsentDialog, RevokeDialog
from counselor_desk.ui.medication_dialog import MedicationDialog
from counselor_desk.ui.models import (
    NOTE_ID_ROLE,
    ConsentStatus,
    ConsentTableModel,
    MedicationTableModel,
    SessionTableModel,
    consent_status,
)
from counselor_desk.ui.session_dialog import SessionDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

TAB_OVERVIEW, TAB_SESSIONS, TAB_MEDICATIONS, TAB_CONSENTS = range(4)


def _chart(qtbot, workspace, client_id: str | None = None) -> ChartView:  # type: ignore[no-untyped-def]
    chart = ChartView(workspace)
    qtbot.addWidget(chart)
    chart.resize(760, 480)
    if client_id:
        chart.show_client(client_id)
    return chart


def _idle(qtbot, workspace) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not workspace.worker.busy, timeout=5000)


def _open_charts(workspace, client_id: str) -> int:  # type: ignore[no-untyped-def]
    entries = workspace.vault.audit.entries(workspace.vault.conn)
    return sum(1 for e in entries if e.action == "open-chart" and e.subject == client_id)


def _select(table, row: int) -> None:  # type: ignore[no-untyped-def]
    table.selectionModel().setCurrentIndex(
        table.model().index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def _consent(client_id: str, **changes) -> Consent:  # type: ignore[no-untyped-def]
    fields = {
        "discloser": "Riverside OTP",
        "recipient": "Valley Primary Care",
        "information": "Attendance and MAT dose",
        "purpose": "Coordination of care",
        "signed": date.today() - timedelta(days=30),
        "signed_by": "client",
        "expires": date.today() + timedelta(days=335),
    }
    fields.update(changes)
    return Consent(client_id, **fields)


def test_chart_models_pass_the_model_tester(qtmodeltester, workspace, ids) -> None:
    caseload = workspace.caseload
    sessions = SessionTableModel()
    sessions.reload(caseload.sessions(ids["dana"]), caseload.notes(ids["dana"]))
    qtmodeltester.check(sessions)
    assert sessions.index(0, 0).data(NOTE_ID_ROLE) == ids["note"]
    meds = MedicationTableModel()
    meds.reload(caseload.medications(ids["dana"]))
    qtmodeltester.check(meds)
    consents = ConsentTableModel()
    consents.reload(
        [_consent(ids["dana"]), _consent(ids["dana"], revoked=date.today())], date.today()
    )
    qtmodeltester.check(consents)


def test_consent_status_is_computed_against_today() -> None:
    today = date(2026, 3, 2)
    base = _consent("c", signed=date(2026, 1, 1), expires=date(2026, 6, 1))
    assert consent_status(base, today) is ConsentStatus.ACTIVE
    # Usable through its expiry date, as printing enforces (services.printing).
    assert consent_status(base, date(2026, 6, 1)) is ConsentStatus.EXPIRING
    assert consent_status(base, date(2026, 6, 2)) is ConsentStatus.EXPIRED
    on_event = _consent("c", signed=date(2026, 1, 1), expires=None, expires_on_event="Discharge")
    assert consent_status(on_event, date(2030, 1, 1)) is ConsentStatus.ACTIVE
    revoked = _consent("c", signed=date(2026, 1, 1), revoked=date(2026, 2, 1))
    assert consent_status(revoked, today) is ConsentStatus.REVOKED


def test_the_chart_shows_medication_sessions_and_the_draft(qtbot, workspace, ids) -> None:
    chart = _chart(qtbot, workspace, ids["dana"])
    assert chart.current_client_id == ids["dana"]
    assert chart.name.text() == "Dana R."
    assert "Prefers Spanish" in chart.details.text()
    overview = chart.overview
    assert overview.medication.text().startswith("Buprenorphine 16 mg daily · sublingual film")
    assert "Individual · 50 min · draft" in overview.recent.text()
    assert overview.drafts.text() == "1 draft waiting for signature"
    assert overview.next_appointment.text() == "Not recorded in the latest note"
    with qtbot.waitSignal(chart.note_requested, timeout=1000) as opened:
        qtbot.mouseClick(overview.open_draft_button, Qt.MouseButton.LeftButton)
    assert opened.args == [ids["note"]]
    assert chart.session_model.rowCount() == 1
    assert chart.session_model.index(0, 4).data() == "Draft"
    assert chart.medication_model.index(0, 3).data() == "Current"
    assert chart.window().windowTitle() == ""  # no client name in any title


def test_next_appointment_comes_from_the_newest_note(qtbot, workspace, ids) -> None:
    caseload = workspace.caseload
    note = caseload.note(ids["note"])
    caseload.save_draft(note.with_sections({**note.sections, "next_appointment": "Thu 10:00"}))
    chart = _chart(qtbot, workspace, ids["dana"])
    assert chart.overview.next_appointment.text() == "Thu 10:00"


def test_opening_a_chart_is_audited_once_per_switch(qtbot, workspace, ids) -> None:
    chart = _chart(qtbot, workspace)
    chart.show_client(ids["dana"])
    chart.show_client(ids["dana"])  # same client: no second row
    chart.refresh()
    with qtbot.waitSignal(workspace.changed, timeout=5000):
        workspace.write(lambda c: None, changed=("client", ids["dana"]))  # a reload
    _idle(qtbot, workspace)
    assert _open_charts(workspace, ids["dana"]) == 1
    chart.show_client(ids["marcus"])
    chart.show_client(ids["dana"])
    _idle(qtbot, workspace)
    assert _open_charts(workspace, ids["marcus"]) == 1
    assert _open_charts(workspace, ids["dana"]) == 2


def test_change_dose_keeps_the_history(qtbot, workspace, ids, monkeypatch) -> None:
    chart = _chart(qtbot, workspace, ids["dana"])
    chart.tabs.setCurrentIndex(TAB_MEDICATIONS)
    assert not chart.change_dose_button.isEnabled()  # nothing selected yet
    _select(chart.medication_table, 0)
    assert chart.change_dose_button.isEnabled()
    old = chart.medication_model.entry_at(0)
    seen: list[MedicationEntry | None] = []

    def ask(cls, parent, client_id, previous=None, **_kw):  # type: ignore[no-untyped-def]
        seen.append(previous)
        return MedicationEntry(client_id, previous.medication, date.today(), dose="24 mg daily")

    monkeypatch.setattr(MedicationDialog, "ask", classmethod(ask))
    with qtbot.waitSignal(workspace.changed, timeout=5000):
        qtbot.mouseClick(chart.change_dose_button, Qt.MouseButton.LeftButton)
    assert seen == [old]
    history = workspace.caseload.medications(ids["dana"])
    assert [(e.dose, e.stopped) for e in history] == [
        ("16 mg daily", date.today()),
        ("24 mg daily", None),
    ]
    assert chart.medication_model.rowCount() == 2
    assert chart.medication_model.index(0, 1).data() == "24 mg daily"  # newest first
    assert chart.medication_model.index(1, 3).data() != "Current"
    assert chart.overview.medication.text().startswith("Buprenorphine 24 mg daily")
    assert chart.medication_model.entry_at(0).id == chart.medication_table.model().index(0, 0).data(
        Qt.ItemDataRole.UserRole
    )


def test_start_medication(qtbot, workspace, ids, monkeypatch) -> None:
    chart = _chart(qtbot, workspace, ids["marcus"])
    assert chart.overview.medication.text() == "None recorded"
    entry = MedicationEntry(ids["marcus"], Medication.NALTREXONE, date.today(), dose="380 mg")
    monkeypatch.setattr(MedicationDialog, "ask", classmethod(lambda cls, *a, **k: entry))
    with qtbot.waitSignal(workspace.changed, timeout=5000) as signal:
        qtbot.mouseClick(chart.start_medication_button, Qt.MouseButton.LeftButton)
    assert signal.args == ["medication", ids["marcus"]]
    assert chart.overview.medication.text().startswith("Naltrexone 380 mg")


def test_a_new_session_asks_for_its_new_note(qtbot, workspace, ids, monkeypatch) -> None:
    chart = _chart(qtbot, workspace, ids["marcus"])
    start = datetime(2026, 3, 2, 9, 0).astimezone()
    monkeypatch.setattr(
        SessionDialog,
        "ask",
        classmethod(
            lambda cls, parent, client_id, **k: (
                Session(client_id, start, 45, SessionKind.PHONE),
                NoteFormat.SOAP,
            )
        ),
    )
    with qtbot.waitSignal(chart.note_requested, timeout=5000) as signal:
        qtbot.mouseClick(chart.new_session_button, Qt.MouseButton.LeftButton)
    note = workspace.caseload.note(signal.args[0])
    assert note.format is NoteFormat.SOAP
    assert note.client_id == ids["marcus"]
    assert workspace.caseload.session(note.session_id).minutes == 45
    qtbot.waitUntil(lambda: chart.session_model.rowCount() == 1, timeout=5000)
    assert chart.session_model.index(0, 2).data() == "Phone"


def test_enter_on_a_session_opens_its_note_or_starts_one(qtbot, workspace, ids) -> None:
    chart = _chart(qtbot, workspace, ids["dana"])
    chart.tabs.setCurrentIndex(TAB_SESSIONS)
    _select(chart.session_table, 0)
    with qtbot.waitSignal(chart.note_requested, timeout=1000) as existing:
        qtbot.keyClick(chart.session_table, Qt.Key.Key_Return)
    assert existing.args == [ids["note"]]

    later = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=1)
    bare = workspace.caseload.add_session(Session(ids["dana"], later, 30, SessionKind.GROUP))
    chart.refresh()
    assert chart.session_model.index(0, 4).data() == "No note"
    _select(chart.session_table, 0)
    with qtbot.waitSignal(chart.note_requested, timeout=5000) as started:
        qtbot.keyClick(chart.session_table, Qt.Key.Key_Enter)
    note = workspace.caseload.note(started.args[0])
    assert note.session_id == bare.id
    assert note.format is NoteFormat.DAP
    qtbot.waitUntil(lambda: chart.session_model.index(0, 4).data() == "Draft", timeout=5000)


def test_add_and_revoke_a_consent_shows_its_status(qtbot, workspace, ids, monkeypatch) -> None:
    chart = _chart(qtbot, workspace, ids["dana"])
    chart.tabs.setCurrentIndex(TAB_CONSENTS)
    monkeypatch.setattr(
        ConsentDialog, "ask", classmethod(lambda cls, parent, client_id, **k: _consent(client_id))
    )
    with qtbot.waitSignal(workspace.changed, timeout=5000):
        qtbot.mouseClick(chart.add_consent_button, Qt.MouseButton.LeftButton)
    assert chart.consent_model.rowCount() == 1
    assert chart.consent_model.index(0, 4).data() == "Active"
    assert not chart.revoke_button.isEnabled()
    _select(chart.consent_table, 0)
    assert chart.revoke_button.isEnabled()
    monkeypatch.setattr(RevokeDialog, "ask", classmethod(lambda cls, parent, consent: date.today()))
    with qtbot.waitSignal(workspace.changed, timeout=5000):
        qtbot.mouseClick(chart.revoke_button, Qt.MouseButton.LeftButton)
    assert chart.consent_model.index(0, 4).data().startswith("Revoked ")
    assert chart.consent_model.status_at(0) is ConsentStatus.REVOKED
    assert not chart.revoke_button.isEnabled()  # still selected, but revoked once only
    assert workspace.caseload.consents(ids["dana"])[0].revoked == date.today()


def test_edit_client_updates_the_header(qtbot, workspace, ids, monkeypatch) -> None:
    chart = _chart(qtbot, workspace, ids["dana"])
    given: list[Client] = []

    def ask(cls, parent, client=None, **_kw):  # type: ignore[no-untyped-def]
        given.append(client)
        return Client(**{**client.__dict__, "pronouns": "she/her", "program": "OTP"})

    monkeypatch.setattr(ClientDialog, "ask", classmethod(ask))
    with qtbot.waitSignal(workspace.changed, timeout=5000):
        qtbot.mouseClick(chart.edit_button, Qt.MouseButton.LeftButton)
    assert given[0].id == ids["dana"]
    assert chart.details.text().startswith("she/her · OTP · Prefers Spanish")


def test_a_failed_write_brings_the_form_back(qtbot, workspace, ids, monkeypatch) -> None:
    chart = _chart(qtbot, workspace, ids["dana"])
    calls: list[tuple[Consent | None, str]] = []

    def ask(cls, parent, client_id, *, draft=None, problem="", client_name=None):  # type: ignore[no-untyped-def]
        calls.append((draft, problem))
        return _consent(client_id, recipient="  ") if len(calls) == 1 else None

    monkeypatch.setattr(ConsentDialog, "ask", classmethod(ask))
    with qtbot.waitSignal(workspace.failed, timeout=5000) as failed:
        chart.add_consent()
    assert failed.args == ["A consent needs its recipient."]
    assert calls[1][1] == "A consent needs its recipient."
    assert calls[1][0] is not None and calls[1][0].purpose == "Coordination of care"


def test_tabs_buttons_and_the_integrators_tab(qtbot, workspace, ids) -> None:
    chart = _chart(qtbot, workspace, ids["dana"])
    extra = QLabel("counseling notes")
    index = chart.add_tab(extra, "SUD counseling notes")
    assert index == 4 and chart.tabs.tabText(4) == "SUD counseling notes"
    chart.show_tab(extra)
    assert chart.current_tab_index() == 4
    chart.set_current_tab_index(TAB_OVERVIEW)
    chart.show()
    qtbot.waitExposed(chart)
    chart.activateWindow()
    qtbot.waitUntil(chart.isActiveWindow, timeout=2000)
    # Ctrl+PgDn / Ctrl+PgUp move between tabs, wrapping around.
    chart.tabs.tabBar().setFocus()
    qtbot.keyClick(chart.tabs.tabBar(), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert chart.tabs.currentIndex() == TAB_SESSIONS
    qtbot.keyClick(chart.tabs.tabBar(), Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(chart.tabs.tabBar(), Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert chart.tabs.currentIndex() == 4
    # Every button takes keyboard focus and has a name a screen reader can say.
    for button in chart.findChildren(QPushButton):
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus, button.text()
        assert button.accessibleName(), button.text()
    # Tab leaves the session table for its buttons (not cell by cell).
    chart.tabs.setCurrentIndex(TAB_SESSIONS)
    chart.session_table.setFocus()
    assert chart.session_table.hasFocus()
    qtbot.keyClick(chart.session_table, Qt.Key.Key_Tab)
    assert chart.new_session_button.hasFocus()


def test_an_autosave_elsewhere_does_not_reset_the_tables(qtbot, workspace, ids) -> None:
    chart = _chart(qtbot, workspace, ids["dana"])
    resets: list[int] = []
    chart.session_model.modelReset.connect(lambda: resets.append(1))
    note = workspace.caseload.note(ids["note"])
    with qtbot.waitSignal(workspace.changed, timeout=5000):
        workspace.write(
            lambda c: c.save_draft(note.with_sections({**note.sections, "plan": "Twice weekly"})),
            changed=("note", ids["note"]),
        )
    assert resets == []  # the draft's text changed, not what the timeline shows
    with qtbot.waitSignal(workspace.changed, timeout=5000):
        workspace.write(
            lambda c: c.sign_note(ids["note"], "A. Rivera"), changed=("note", ids["note"])
        )
    assert resets == [1]
    # Signed two days after the session: marked as a late entry.
    assert chart.session_model.index(0, 4).data() == "Signed, late entry"
    assert chart.overview.drafts.text() == "No drafts waiting"
