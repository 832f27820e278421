"""Worksheets and the safety plan's wallet card through services.printing: blank or
filled, the client's own copy or a disclosure (a completed worksheet only, never a blank
form), logged only when the paper leaves. Real SQLCipher vaults in tmp_path; every PDF is
read back with pypdf. All names and records are fictional."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from conftest import FixedClock
from test_export_support import SAFETY_PLAN_VALUES, all_text, assert_every_page, page_texts

from counselor_desk.domain.errors import RecordNotFound, ValidationError
from counselor_desk.domain.records import Client, Consent, Language
from counselor_desk.export.notice import SHORT_NOTICE
from counselor_desk.services.caseload import Caseload
from counselor_desk.services.measures import Measures
from counselor_desk.services.printing import (
    DisclosureRefused,
    DocumentKind,
    Printed,
    Printing,
    PrintOptions,
    Release,
    ReleaseKind,
)
from counselor_desk.vault.store import Vault

TZ = timezone(timedelta(hours=-6), "CST")
NOW = datetime(2026, 3, 20, 15, 30, tzinfo=UTC)
OPTIONS = PrintOptions(tz=TZ, program="Riverbend Recovery Program", disclosed_by="A. Moreno, CADC")
REASON = SAFETY_PLAN_VALUES["reason_for_living"]  # "My daughter Lucia, …": one answer
SISTER = "Marisol (sister)"  # another, in a table


@dataclass
class Chart:
    vault: Vault
    printing: Printing
    dana: Client
    marcus: Client
    safety_plan: str  # complete
    draft: str  # a relapse-prevention plan, not finished
    consent: Consent
    expired: Consent


@pytest.fixture
def chart(make_vault: Callable[..., Vault]) -> Chart:
    vault = make_vault(clock=FixedClock(NOW))
    caseload = Caseload(vault)
    dana = caseload.add_client(
        Client("Dana R.", legal_name="Dana Rivera", date_of_birth=date(1990, 4, 2))
    )
    marcus = caseload.add_client(Client("Marcus T.", preferred_language=Language.SPANISH))
    measures = Measures(vault)
    safety = measures.start_worksheet(dana.id, "safety_plan")
    measures.complete_worksheet(safety.id, SAFETY_PLAN_VALUES)
    draft = measures.start_worksheet(dana.id, "relapse_prevention")

    def consent(recipient: str, **kw: object) -> Consent:
        values: dict[str, object] = {
            "client_id": dana.id,
            "discloser": "Riverbend Recovery Program",
            "recipient": recipient,
            "information": "Her safety plan",
            "purpose": "Coordination of care",
            "signed": date(2026, 2, 1),
            "signed_by": "client",
            "expires": date(2027, 2, 1),
        }
        values.update(kw)
        return caseload.add_consent(Consent(**values))  # type: ignore[arg-type]

    return Chart(
        vault,
        Printing(vault),
        dana,
        marcus,
        safety.id,
        draft.id,
        consent("Valley Primary Care"),
        consent("County Probation Office", signed=date(2025, 3, 1), expires=date(2026, 3, 1)),
    )


def disclosure_rows(vault: Vault) -> int:
    return int(vault.conn.execute("SELECT count(*) FROM disclosures").fetchone()[0])


def actions(vault: Vault) -> list[tuple[str, str | None, str | None]]:
    return [(e.action, e.subject, e.detail) for e in reversed(vault.audit.entries(vault.conn))]


# -- the client's own copy -----------------------------------------------------------------


def test_a_filled_worksheet_prints_as_the_clients_own_copy(chart: Chart) -> None:
    job = chart.printing.prepare_worksheet(chart.safety_plan, Release.client_copy(), OPTIONS)
    assert job.info.kind is DocumentKind.WORKSHEET and job.info.pages == 0  # not built yet
    pdf, info = job.build()
    body = all_text(pdf)
    for expected in ("Safety plan", "Dana R.", REASON, SISTER, "Completed March 20, 2026"):
        assert expected in body, expected
    assert SHORT_NOTICE not in body
    assert info.title == "Safety plan" and info.subject_id == chart.safety_plan
    assert info.client_id == chart.dana.id and not info.is_disclosure
    assert info.pages == len(page_texts(pdf)) and "Dana" not in info.file_name

    before = len(actions(chart.vault))
    assert chart.printing.release(Printed(pdf, info)) is None
    assert disclosure_rows(chart.vault) == 0
    assert actions(chart.vault)[before:] == [
        ("print-client-copy", chart.dana.id, f"worksheet {chart.safety_plan}")
    ]


def test_the_blank_form_of_a_clients_worksheet_leaves_the_answers_out(chart: Chart) -> None:
    pdf, info = chart.printing.worksheet(
        chart.safety_plan, Release.client_copy(), OPTIONS, blank=True
    )
    body = all_text(pdf)
    assert "Safety plan" in body and "Dana R." in body
    assert REASON not in body and SISTER not in body and "Completed" not in body
    assert info.subject_id == chart.safety_plan


def test_a_draft_prints_for_the_client_with_its_state(chart: Chart) -> None:
    pdf, _info = chart.printing.worksheet(chart.draft, Release.client_copy(), OPTIONS)
    assert "Not finished yet" in all_text(pdf)


def test_a_form_by_its_id_is_blank_with_the_clients_name(chart: Chart) -> None:
    pdf, info = chart.printing.worksheet(
        None, Release.client_copy(), OPTIONS, definition_id="safety_plan", client_id=chart.dana.id
    )
    assert_every_page(pdf, "Dana R.")
    assert REASON not in all_text(pdf)
    assert info.subject_id == "safety_plan" and info.release.kind is ReleaseKind.CLIENT_COPY


def test_a_form_for_nobody_in_particular_is_an_internal_print(chart: Chart) -> None:
    pdf, info = chart.printing.worksheet(
        None, Release.client_copy(), OPTIONS, definition_id="relapse_prevention"
    )
    assert_every_page(pdf, "Name")  # a line for whoever fills it in
    assert "Dana" not in all_text(pdf)
    assert info.client_id is None and info.release.kind is ReleaseKind.INTERNAL
    chart.printing.release(Printed(pdf, info))
    assert actions(chart.vault)[-1] == ("print", "relapse_prevention", "worksheet")
    with pytest.raises(DisclosureRefused, match="no record to disclose"):
        chart.printing.prepare_worksheet(
            None, Release.under_consent(chart.consent.id), definition_id="relapse_prevention"
        )


def test_the_clients_language_by_default(chart: Chart) -> None:
    measures = Measures(chart.vault)
    started = measures.start_worksheet(chart.marcus.id, "safety_plan")
    pdf, info = chart.printing.worksheet(started.id, Release.client_copy(), OPTIONS)
    assert info.title == "Plan de seguridad" and info.language == "es"
    assert "Plan de seguridad" in all_text(pdf)


# -- disclosures -------------------------------------------------------------------------


def test_a_completed_worksheet_under_consent_carries_the_notice_and_is_logged(
    chart: Chart,
) -> None:
    job = chart.printing.prepare_worksheet(
        chart.safety_plan, Release.under_consent(chart.consent.id), OPTIONS
    )
    assert any("Her safety plan" in caution for caution in job.info.cautions)
    pdf, info = job.build()
    assert_every_page(pdf, SHORT_NOTICE)
    assert "Valley Primary Care" in page_texts(pdf)[0]
    assert REASON in all_text(pdf)
    assert disclosure_rows(chart.vault) == 0  # building is not disclosing

    entry = chart.printing.release(Printed(pdf, info))
    assert entry is not None and entry.document == "worksheet"
    assert entry.information == "Safety plan (Completed March 20, 2026)"
    assert entry.consent_id == chart.consent.id and entry.pages == info.pages
    assert chart.printing.disclosures(chart.dana.id) == [entry]
    action, _subject, detail = actions(chart.vault)[-1]
    assert action == "disclose" and detail is not None and chart.safety_plan in detail
    assert "Dana" not in detail and "Lucia" not in detail


def test_in_a_medical_emergency_the_facility_and_nature_are_logged(chart: Chart) -> None:
    release = Release.emergency("Dr. Lee", "Mercy Hospital ER", "Overdose, unresponsive")
    pdf, info = chart.printing.worksheet(chart.safety_plan, release, OPTIONS)
    assert_every_page(pdf, SHORT_NOTICE)
    entry = chart.printing.release(Printed(pdf, info))
    assert entry is not None and entry.facility == "Mercy Hospital ER"
    assert entry.emergency_nature == "Overdose, unresponsive" and entry.consent_id is None


def test_an_unfinished_worksheet_is_not_released_to_someone_else(chart: Chart) -> None:
    with pytest.raises(DisclosureRefused, match="not finished"):
        chart.printing.prepare_worksheet(chart.draft, Release.under_consent(chart.consent.id))
    assert disclosure_rows(chart.vault) == 0


def test_a_blank_form_is_never_a_disclosure(chart: Chart) -> None:
    with pytest.raises(DisclosureRefused, match="client's own copy"):
        chart.printing.prepare_worksheet(
            chart.safety_plan, Release.under_consent(chart.consent.id), blank=True
        )


def test_an_expired_consent_is_refused_before_anything_is_built(chart: Chart) -> None:
    with pytest.raises(DisclosureRefused, match="expired on 2026-03-01"):
        chart.printing.prepare_worksheet(
            chart.safety_plan, Release.under_consent(chart.expired.id), OPTIONS
        )


def test_counseling_notes_never_print_with_a_worksheet(chart: Chart) -> None:
    with pytest.raises(ValidationError, match="only in the client summary"):
        chart.printing.prepare_worksheet(
            chart.safety_plan, Release.client_copy(include_counseling_notes=True)
        )


def test_the_ids_must_name_one_worksheet_of_that_client(chart: Chart) -> None:
    with pytest.raises(ValueError, match="either"):
        chart.printing.prepare_worksheet(None, Release.client_copy())
    with pytest.raises(ValueError, match="either"):
        chart.printing.prepare_worksheet(
            chart.safety_plan, Release.client_copy(), definition_id="safety_plan"
        )
    with pytest.raises(ValidationError, match="another client's"):
        chart.printing.prepare_worksheet(
            chart.safety_plan, Release.client_copy(), client_id=chart.marcus.id
        )
    with pytest.raises(RecordNotFound):
        chart.printing.prepare_worksheet("no-such-worksheet", Release.client_copy())
    with pytest.raises(RecordNotFound, match="no worksheet"):
        chart.printing.prepare_worksheet(None, Release.client_copy(), definition_id="no_such")


# -- the wallet card -----------------------------------------------------------------------


def test_the_safety_plan_prints_as_a_filled_wallet_card(chart: Chart) -> None:
    pdf, info = chart.printing.safety_plan_card(chart.safety_plan, OPTIONS)
    assert len(page_texts(pdf)) == 1
    body = all_text(pdf)
    assert "My safety plan" in body and "988" in body and SISTER in body
    assert SHORT_NOTICE not in body
    assert info.kind is DocumentKind.SAFETY_PLAN_CARD and info.title == "Safety plan: wallet card"
    assert info.release.kind is ReleaseKind.CLIENT_COPY and info.subject_id == chart.safety_plan
    chart.printing.release(Printed(pdf, info))
    assert actions(chart.vault)[-1] == (
        "print-client-copy",
        chart.dana.id,
        f"safety-plan-card {chart.safety_plan}",
    )
    assert disclosure_rows(chart.vault) == 0


def test_a_blank_wallet_card_for_a_client_or_for_anyone(chart: Chart) -> None:
    pdf, info = chart.printing.safety_plan_card(chart.safety_plan, OPTIONS, blank=True)
    assert "My safety plan" in all_text(pdf) and SISTER not in all_text(pdf)
    assert info.client_id == chart.dana.id
    pdf, info = chart.printing.safety_plan_card(None, OPTIONS, client_id=chart.dana.id)
    assert "Dana R." in all_text(pdf) and SISTER not in all_text(pdf)
    pdf, info = chart.printing.safety_plan_card(None, OPTIONS)
    assert "Dana" not in all_text(pdf) and info.release.kind is ReleaseKind.INTERNAL


def test_only_the_safety_plan_has_a_wallet_card(chart: Chart) -> None:
    with pytest.raises(ValidationError, match="Only the safety plan"):
        chart.printing.prepare_safety_plan_card(chart.draft)
