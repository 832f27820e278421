"""Consents in the chart (42 CFR 2.31): the list says, for each, whether it is active,
expiring within 30 days, expired or revoked, with its expiry and who signed it (for a
minor, the minor, a guardian or both), by the same rule printing enforces; the dialog
has a field for every element and names the client inside it. Fictional data."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush
from test_accessibility import unnamed

from counselor_desk.domain.records import Consent
from counselor_desk.services.printing import consent_refusal
from counselor_desk.ui.chart import ChartView
from counselor_desk.ui.consent_dialog import ConsentDialog, RevokeDialog
from counselor_desk.ui.models import (
    EXPIRING_DAYS,
    ConsentStatus,
    ConsentTableModel,
    consent_status,
    show_date,
)

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

TODAY = date(2026, 3, 2)
SHOTS = Path("/tmp/shots")
Role = Qt.ItemDataRole


def _consent(**changes) -> Consent:  # type: ignore[no-untyped-def]
    fields = {
        "discloser": "Riverside OTP",
        "recipient": "Valley Primary Care",
        "information": "Attendance and MAT dose",
        "purpose": "Coordination of care",
        "signed": TODAY - timedelta(days=60),
        "signed_by": "client",
        "expires": TODAY + timedelta(days=200),
    }
    fields.update(changes)
    return Consent("client-1", **fields)


def _kinds() -> dict[str, Consent]:
    return {
        "active": _consent(recipient="Active Clinic"),
        "in ten days": _consent(recipient="Ten Days Clinic", expires=TODAY + timedelta(days=10)),
        "today": _consent(recipient="Today Clinic", expires=TODAY),
        "tomorrow": _consent(recipient="Tomorrow Clinic", expires=TODAY + timedelta(days=1)),
        "expired": _consent(recipient="Expired Clinic", expires=TODAY - timedelta(days=1)),
        "revoked": _consent(recipient="Revoked Clinic", revoked=TODAY - timedelta(days=3)),
        "event": _consent(
            recipient="Probation Office",
            expires=None,
            expires_on_event="End of probation",
            signed_by="client and guardian",
        ),
        "guardian": _consent(recipient="School Nurse", signed_by="guardian"),
        "not yet": _consent(recipient="Later Clinic", signed=TODAY + timedelta(days=2)),
    }


def _row(model: ConsentTableModel, recipient: str) -> int:
    rows = [r for r in range(model.rowCount()) if model.consent_at(r).recipient == recipient]
    assert len(rows) == 1, recipient
    return rows[0]


def test_the_list_shows_each_status_with_its_expiry_and_who_signed(qtmodeltester) -> None:
    model = ConsentTableModel()
    kinds = _kinds()
    model.reload(list(kinds.values()), TODAY)
    qtmodeltester.check(model)
    assert model.columnCount() == 7
    assert model.headerData(ConsentTableModel.SIGNED_BY, Qt.Orientation.Horizontal) == "Signed by"
    tip = model.headerData(ConsentTableModel.STATUS, Qt.Orientation.Horizontal, Role.ToolTipRole)
    assert f"within {EXPIRING_DAYS} days" in tip

    def said(recipient: str, column: int) -> str:
        return str(model.index(_row(model, recipient), column).data())

    status, ends, signer = ConsentTableModel.STATUS, ConsentTableModel.ENDS, model.SIGNED_BY
    assert said("Active Clinic", status) == "Active"
    assert said("Ten Days Clinic", status) == "Expires in 10 days"
    assert said("Ten Days Clinic", ends) == show_date(TODAY + timedelta(days=10))
    assert said("Today Clinic", status) == "Expires today"
    assert said("Tomorrow Clinic", status) == "Expires tomorrow"
    assert said("Expired Clinic", status) == "Expired"
    assert said("Expired Clinic", ends) == show_date(TODAY - timedelta(days=1))
    assert said("Revoked Clinic", status) == "Revoked " + show_date(TODAY - timedelta(days=3))
    assert said("Probation Office", status) == "Active"
    assert said("Probation Office", ends) == "End of probation"
    assert said("Later Clinic", status) == "Not in force until " + show_date(
        TODAY + timedelta(days=2)
    )
    # Who signed: for a minor, the minor, a guardian, or both.
    assert said("Active Clinic", signer) == "The client"
    assert said("School Nurse", signer) == "The guardian"
    assert said("Probation Office", signer) == "The client and the guardian (minor)"

    statuses = {key: model.status_at(_row(model, c.recipient)) for key, c in kinds.items()}
    assert statuses == {
        "active": ConsentStatus.ACTIVE,
        "in ten days": ConsentStatus.EXPIRING,
        "today": ConsentStatus.EXPIRING,
        "tomorrow": ConsentStatus.EXPIRING,
        "expired": ConsentStatus.EXPIRED,
        "revoked": ConsentStatus.REVOKED,
        "event": ConsentStatus.ACTIVE,
        "guardian": ConsentStatus.ACTIVE,
        "not yet": ConsentStatus.NOT_YET,
    }
    assert model.expiring_count() == 3

    # Colour is never the only signal (the text says it), but it helps: expiring stands
    # out, the unusable ones are dimmed, an active one is plain.
    expiring = model.index(_row(model, "Ten Days Clinic"), status)
    assert isinstance(expiring.data(Role.ForegroundRole), QBrush)
    assert expiring.data(Role.FontRole).bold()
    assert model.index(_row(model, "Active Clinic"), status).data(Role.ForegroundRole) is None
    expired = model.index(_row(model, "Expired Clinic"), status).data(Role.ForegroundRole)
    assert isinstance(expired, QBrush) and expired != expiring.data(Role.ForegroundRole)
    # A screen reader hears the status, and the tooltip names every element.
    assert expiring.data(Role.AccessibleTextRole) == "Expires in 10 days"
    tooltip = expiring.data(Role.ToolTipRole)
    for part in ("From: Riverside OTP", "Purpose: Coordination of care", "Status: Expires in"):
        assert part in tooltip


def test_expiring_means_within_thirty_days() -> None:
    assert consent_status(_consent(expires=TODAY + timedelta(days=30)), TODAY) is (
        ConsentStatus.EXPIRING
    )
    assert consent_status(_consent(expires=TODAY + timedelta(days=31)), TODAY) is (
        ConsentStatus.ACTIVE
    )


def test_the_list_agrees_with_what_printing_allows() -> None:
    """Only an active or expiring consent is usable, on every day around each boundary:
    the list never says usable where printing refuses, nor the other way round."""
    for key, consent in _kinds().items():
        for offset in range(-70, 220):
            day = TODAY + timedelta(days=offset)
            usable = consent_status(consent, day) in (ConsentStatus.ACTIVE, ConsentStatus.EXPIRING)
            refused = consent_refusal(consent, consent.client_id, day)
            assert usable == (refused is None), (key, day, refused)


def test_the_dialog_has_every_element_and_names_the_client_inside(qtbot) -> None:
    dialog = ConsentDialog(None, "client-1", client_name="Dana R.")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.client_label.isVisible() and dialog.client_label.text() == "Dana R."
    assert "Dana" not in dialog.windowTitle()
    assert unnamed(dialog) == []
    # A consent is entered once signed: not dated after today.
    assert dialog.signed.maximumDate() == QDate.currentDate()
    dialog.signed.setDate(QDate.currentDate().addDays(3))
    assert dialog.signed.date() == QDate.currentDate()

    qtbot.keyClicks(dialog.discloser, "Riverside OTP")
    qtbot.keyClicks(dialog.recipient, "Valley Middle School nurse")
    qtbot.keyClicks(dialog.information, "Attendance and medication schedule")
    qtbot.keyClicks(dialog.purpose, "Medication at school")
    dialog.signed_by.setCurrentIndex(dialog.signed_by.findData("client and guardian"))
    dialog.ends_on_event.setChecked(True)
    qtbot.keyClicks(dialog.expiry_event, "End of the school year")
    dialog.counseling_notes.setChecked(True)
    SHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SHOTS / "consent_dialog.png"))
    dialog.accept()
    consent = dialog.result_consent()
    assert consent is not None
    assert (consent.client_id, consent.discloser, consent.recipient) == (
        "client-1",
        "Riverside OTP",
        "Valley Middle School nurse",
    )
    assert consent.information == "Attendance and medication schedule"
    assert consent.purpose == "Medication at school"
    assert consent.signed == date.today() and consent.signed_by == "client and guardian"
    assert consent.expires is None and consent.expires_on_event == "End of the school year"
    assert consent.includes_counseling_notes

    plain = ConsentDialog(None, "client-1")  # as the chart calls it today: no name row
    qtbot.addWidget(plain)
    assert not plain.client_label.isVisibleTo(plain)


def test_a_revocation_is_not_dated_after_today(qtbot) -> None:
    consent = _consent(signed=date.today() - timedelta(days=10))
    dialog = RevokeDialog(None, consent)
    qtbot.addWidget(dialog)
    assert dialog.on.maximumDate() == QDate.currentDate()
    dialog.on.setDate(QDate.currentDate().addDays(5))
    assert dialog.on.date() == QDate.currentDate()


def test_the_chart_shows_a_consent_that_is_about_to_expire(qtbot, workspace, ids) -> None:
    today = date.today()
    workspace.caseload.add_consent(
        Consent(
            ids["dana"],
            discloser="Riverside OTP",
            recipient="Valley Primary Care",
            information="Attendance and MAT dose",
            purpose="Coordination of care",
            signed=today - timedelta(days=300),
            signed_by="client",
            expires=today + timedelta(days=12),
        )
    )
    workspace.caseload.add_consent(
        Consent(
            ids["dana"],
            discloser="Riverside OTP",
            recipient="County Drug Court",
            information="Attendance and urine screen results",
            purpose="Court supervision",
            signed=today - timedelta(days=400),
            signed_by="client",
            expires=today - timedelta(days=5),
        )
    )
    chart = ChartView(workspace)
    qtbot.addWidget(chart)
    chart.resize(900, 480)
    chart.show_client(ids["dana"])
    model = chart.consent_model
    qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=5000)
    assert model.index(_row(model, "Valley Primary Care"), model.STATUS).data() == (
        "Expires in 12 days"
    )
    assert model.index(_row(model, "County Drug Court"), model.STATUS).data() == "Expired"
    chart.show()
    chart.tabs.setCurrentWidget(chart.consent_table.parentWidget())
    chart.consent_table.resizeColumnsToContents()
    SHOTS.mkdir(exist_ok=True)
    chart.grab().save(str(SHOTS / "chart_consents.png"))
