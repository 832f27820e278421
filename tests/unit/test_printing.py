"""Printing records and the 42 CFR Part 2 rules: consents checked, disclosures logged in
the accounting and the audit log, notices on the paper, SUD counseling notes kept out
unless a consent names them. Real SQLCipher vaults in tmp_path; every PDF is read back
with pypdf. All names and records are fictional."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from conftest import FixedClock
from pypdf import PdfReader

from counselor_desk.domain.errors import RecordNotFound, ValidationError
from counselor_desk.domain.notes import NoteFormat
from counselor_desk.domain.records import (
    Client,
    Consent,
    CounselingNote,
    Language,
    Medication,
    MedicationEntry,
    Session,
    SessionKind,
)
from counselor_desk.domain.screens import (
    Attendance,
    AttendanceStatus,
    ScreenResult,
    Substance,
    UrineScreen,
    screen_results,
)
from counselor_desk.domain.treatment_plan import (
    Goal,
    Intervention,
    Objective,
    Problem,
    TreatmentPlan,
)
from counselor_desk.export.document import ExportCancelled
from counselor_desk.export.notice import LONG_NOTICE_CLOSING, SHORT_NOTICE
from counselor_desk.services.caseload import Caseload
from counselor_desk.services.groups import Groups
from counselor_desk.services.measures import Measures
from counselor_desk.services.plans import Plans
from counselor_desk.services.printing import (
    DisclosureRefused,
    DocumentKind,
    Printed,
    Printing,
    PrintOptions,
    Release,
    ReleaseKind,
)
from counselor_desk.services.screening import Screening
from counselor_desk.services.supervision import Supervision
from counselor_desk.vault import migrations
from counselor_desk.vault.backup import list_backups, read_manifest
from counselor_desk.vault.connection import DatabaseError
from counselor_desk.vault.store import Vault, unlock_with_passphrase

TZ = timezone(timedelta(hours=-6), "CST")
NOW = datetime(2026, 3, 20, 15, 30, tzinfo=UTC)  # 9:30 AM in TZ
OPTIONS = PrintOptions(tz=TZ, program="Riverbend Recovery Program", disclosed_by="A. Moreno, CADC")
START, END = date(2026, 1, 1), date(2026, 3, 20)

# Words that appear in one record only, so the paper shows which records it holds.
NOTE_WORD = "lighthouse"
ADDENDUM_WORD = "saffron"
COUNSELING_WORD = "quokka"
OBJECTIVE = "Attends two NA meetings a week for eight weeks"
INTERVENTION = "Meeting list and a talk about finding a sponsor"


@dataclass
class Chart:
    vault: Vault
    printing: Printing
    dana: Client
    marcus: Client
    note_id: str
    draft_note_id: str
    plan_id: str
    consent: Consent  # to Valley Primary Care, until 2027
    with_counseling: Consent  # names SUD counseling notes
    expired: Consent
    revoked: Consent
    by_event: Consent  # ends on an event, no date
    marcus_consent: Consent


def _consent(client: Client, recipient: str, **kw: object) -> Consent:
    values: dict[str, object] = {
        "client_id": client.id,
        "discloser": "Riverbend Recovery Program",
        "recipient": recipient,
        "information": "Medication, attendance, urine screens and signed session notes",
        "purpose": "Coordination of care",
        "signed": date(2026, 2, 1),
        "signed_by": "client",
        "expires": date(2027, 2, 1),
    }
    values.update(kw)
    return Consent(**values)  # type: ignore[arg-type]


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(NOW)


@pytest.fixture
def chart(make_vault: Callable[..., Vault], clock: FixedClock) -> Chart:
    # Records are made in March 2026 (the clock stands at NOW): the plan needs its review
    # date after "today", and revoking needs a day after signing.
    vault = make_vault(clock=clock)
    caseload = Caseload(vault)
    dana = caseload.add_client(
        Client(
            "Dana R.",
            legal_name="Dana Rivera",
            date_of_birth=date(1990, 4, 2),
            program="Outpatient MAT",
        )
    )
    marcus = caseload.add_client(Client("Marcus T.", legal_name="Marcus Tran"))
    caseload.start_medication(
        MedicationEntry(
            dana.id,
            Medication.BUPRENORPHINE,
            date(2026, 1, 10),
            form="sublingual film",
            dose="16 mg daily",
        )
    )
    session = caseload.add_session(
        Session(dana.id, datetime(2026, 3, 2, 16, 0, tzinfo=UTC), 50, SessionKind.INDIVIDUAL)
    )
    note = caseload.start_note(session.id, NoteFormat.DAP)
    caseload.save_draft(
        replace(
            note,
            sections={
                "data": f"Dana described the {NOTE_WORD} walk she takes when cravings start.",
                "assessment": "Stable on her dose; cravings lower than last month.",
                "plan": "Keep weekly sessions; practice the coping plan.",
            },
        )
    )
    caseload.sign_note(note.id, "A. Moreno, CADC")
    caseload.add_addendum(note.id, f"Pharmacy confirmed the {ADDENDUM_WORD} refill.", "A. Moreno")
    later = caseload.add_session(
        Session(dana.id, datetime(2026, 3, 9, 16, 0, tzinfo=UTC), 50, SessionKind.INDIVIDUAL)
    )
    draft = caseload.start_note(later.id, NoteFormat.DAP)
    caseload.add_counseling_note(
        CounselingNote(
            dana.id, f"My private analysis: the {COUNSELING_WORD} image.", session_id=session.id
        )
    )
    screening = Screening(vault)
    screening.record_attendance(Attendance(dana.id, date(2026, 3, 2), AttendanceStatus.ATTENDED))
    screening.record_screen(
        UrineScreen(
            dana.id,
            date(2026, 3, 2),
            screen_results(
                {
                    Substance.BUPRENORPHINE: ScreenResult.POSITIVE,
                    Substance.FENTANYL: ScreenResult.NEGATIVE,
                }
            ),
        )
    )
    Measures(vault).record_scale(dana.id, "craving", {"craving": 3}, date(2026, 3, 2))
    plans = Plans(vault)
    started = plans.start_plan(dana.id)
    plan = TreatmentPlan(
        client_id=dana.id,
        id=started.id,
        problems=(
            Problem(
                "Opioid use disorder, in early remission on buprenorphine",
                goals=(
                    Goal(
                        "I want to stay off fentanyl and keep my job",
                        objectives=(
                            Objective(
                                OBJECTIVE,
                                target_date=date(2026, 5, 1),
                                interventions=(Intervention(INTERVENTION, "Counselor", "Weekly"),),
                            ),
                        ),
                    ),
                ),
            ),
        ),
    )
    plans.save_plan(plan)
    plans.activate(plan.id, date(2026, 6, 1))
    plans.link_session(session.id, [o.id for _p, _g, o in plan.objectives()])

    consent = caseload.add_consent(_consent(dana, "Valley Primary Care"))
    with_counseling = caseload.add_consent(
        _consent(dana, "Dr. Imani Okafor, psychiatrist", includes_counseling_notes=True)
    )
    expired = caseload.add_consent(
        _consent(dana, "County Probation Office", signed=date(2025, 3, 1), expires=date(2026, 3, 1))
    )
    revoked = caseload.add_consent(_consent(dana, "Hillside Housing Program"))
    caseload.revoke_consent(revoked.id, date(2026, 3, 10))
    by_event = caseload.add_consent(
        _consent(dana, "Drug Court Team", expires=None, expires_on_event="the end of drug court")
    )
    marcus_consent = caseload.add_consent(_consent(marcus, "Lakeside Clinic"))
    return Chart(
        vault,
        Printing(vault),
        dana,
        marcus,
        note.id,
        draft.id,
        plan.id,
        consent,
        with_counseling,
        expired,
        revoked,
        by_event,
        marcus_consent,
    )


# -- helpers ---------------------------------------------------------------------------------


def pages(pdf: bytes) -> list[str]:
    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(pdf)).pages]


def text(pdf: bytes) -> str:
    return " ".join(pages(pdf))


def disclosure_rows(vault: Vault) -> int:
    return int(vault.conn.execute("SELECT count(*) FROM disclosures").fetchone()[0])


def audit(vault: Vault) -> list[tuple[str, str | None, str | None]]:
    return [(e.action, e.subject, e.detail) for e in reversed(vault.audit.entries(vault.conn))]


def summary(chart: Chart, release: Release, **kw: object) -> Printed:
    return chart.printing.client_summary(chart.dana.id, START, END, release, replace(OPTIONS, **kw))


# -- disclosures under a consent -------------------------------------------------------------


def test_a_summary_under_consent_carries_the_notices_and_is_logged_when_it_leaves(
    chart: Chart,
) -> None:
    pdf, info = summary(chart, Release.under_consent(chart.consent.id))
    every = pages(pdf)
    assert info.pages == len(every) >= 2
    for number, page in enumerate(every, start=1):
        assert SHORT_NOTICE in page, f"page {number} lacks the notice"
    cover = every[0]
    assert "Disclosure of records" in cover and "Valley Primary Care" in cover
    assert " ".join(LONG_NOTICE_CLOSING.split()[:8]) in cover
    assert f"consent {chart.consent.id}" in cover.replace("- ", "-")
    assert all("Disclosure of records" not in page for page in every[1:])
    body = text(pdf)
    for expected in (
        "Client summary",
        "Dana R.",
        "16 mg daily",
        NOTE_WORD,
        ADDENDUM_WORD,
        OBJECTIVE,
        "Urine drug screens",
        "Craving",
    ):
        assert expected in body, expected
    assert COUNSELING_WORD not in body
    assert "1 draft notes in this period are not signed and are left out." in body
    assert info.kind is DocumentKind.CLIENT_SUMMARY and info.is_disclosure
    assert info.counseling_notes == 0
    assert "Dana" not in info.file_name and info.file_name.endswith(".pdf")

    # Building is not disclosing: nothing is logged until the paper leaves.
    assert disclosure_rows(chart.vault) == 0
    delivered: list[bytes] = []
    entry = chart.printing.release(Printed(pdf, info), deliver=delivered.append)
    assert delivered == [pdf]
    assert entry is not None
    assert entry.consent_id == chart.consent.id and entry.emergency_nature is None
    assert entry.recipient == "Valley Primary Care" and entry.purpose == "Coordination of care"
    assert entry.information == "Client summary, January 1, 2026 to March 20, 2026"
    assert entry.pages == info.pages and entry.sha256 == info.sha256
    assert entry.disclosed_by == "A. Moreno, CADC" and entry.document == "client-summary"
    assert chart.printing.disclosures(chart.dana.id) == [entry]
    action, subject, detail = audit(chart.vault)[-1]
    assert (action, subject) == ("disclose", entry.id)
    assert detail is not None and chart.consent.id in detail and chart.dana.id in detail
    for words in ("Dana", "Valley", "Coordination", NOTE_WORD):
        assert words not in detail


def test_counseling_notes_need_a_consent_that_names_them(chart: Chart) -> None:
    with pytest.raises(DisclosureRefused, match="does not name SUD counseling notes"):
        summary(chart, Release.under_consent(chart.consent.id, include_counseling_notes=True))
    pdf, info = summary(
        chart, Release.under_consent(chart.with_counseling.id, include_counseling_notes=True)
    )
    assert COUNSELING_WORD in text(pdf) and info.counseling_notes == 1
    assert info.disclosure is not None
    assert info.disclosure.information.endswith("with SUD counseling notes")
    # Named by the consent but not asked for: still left out.
    plain, _ = summary(chart, Release.under_consent(chart.with_counseling.id))
    assert COUNSELING_WORD not in text(plain)
    # Only the summary ever holds them.
    with pytest.raises(ValidationError, match="only in the client summary"):
        chart.printing.session_note(
            chart.note_id,
            Release.under_consent(chart.with_counseling.id, include_counseling_notes=True),
            OPTIONS,
        )


def test_a_consent_of_another_client_or_an_unknown_one_is_refused(chart: Chart) -> None:
    with pytest.raises(DisclosureRefused, match="another client's"):
        summary(chart, Release.under_consent(chart.marcus_consent.id))
    with pytest.raises(DisclosureRefused, match="no consent with id"):
        summary(chart, Release.under_consent("00000000-0000-4000-8000-000000000000"))
    assert disclosure_rows(chart.vault) == 0


@pytest.mark.parametrize(
    ("which", "reason"),
    [("expired", "expired on 2026-03-01"), ("revoked", "was revoked on 2026-03-10")],
)
def test_expired_and_revoked_consents_are_refused_and_nothing_is_logged(
    chart: Chart, which: str, reason: str
) -> None:
    consent: Consent = getattr(chart, which)
    before = audit(chart.vault)
    for build in (
        lambda: summary(chart, Release.under_consent(consent.id)),
        lambda: chart.printing.session_note(
            chart.note_id, Release.under_consent(consent.id), OPTIONS
        ),
        lambda: chart.printing.treatment_plan(
            chart.plan_id, Release.under_consent(consent.id), OPTIONS
        ),
    ):
        with pytest.raises(DisclosureRefused, match=reason):
            build()
    assert disclosure_rows(chart.vault) == 0
    assert audit(chart.vault) == before
    assert consent not in chart.printing.usable_consents(chart.dana.id, TZ)


def test_a_consent_expires_at_the_end_of_its_day_and_an_event_is_left_to_the_counselor(
    chart: Chart, clock: FixedClock
) -> None:
    usable = {c.id for c in chart.printing.usable_consents(chart.dana.id, TZ)}
    assert usable == {chart.consent.id, chart.with_counseling.id, chart.by_event.id}
    clock.set(datetime(2027, 2, 2, 5, 59, tzinfo=UTC))  # still February 1 in TZ
    chart.printing.check_release(chart.dana.id, Release.under_consent(chart.consent.id), TZ)
    clock.set(datetime(2027, 2, 2, 6, 0, tzinfo=UTC))  # February 2 in TZ
    with pytest.raises(DisclosureRefused, match="expired on 2027-02-01"):
        chart.printing.check_release(chart.dana.id, Release.under_consent(chart.consent.id), TZ)
    _pdf, info = summary(chart, Release.under_consent(chart.by_event.id))
    assert any("the end of drug court" in caution for caution in info.cautions)


def test_the_consent_is_checked_again_when_the_paper_leaves(chart: Chart) -> None:
    printed = summary(chart, Release.under_consent(chart.consent.id))
    Caseload(chart.vault).revoke_consent(chart.consent.id, date(2026, 3, 20))
    delivered: list[bytes] = []
    with pytest.raises(DisclosureRefused, match="revoked"):
        chart.printing.release(printed, deliver=delivered.append)
    assert delivered == [] and disclosure_rows(chart.vault) == 0


def test_a_failed_delivery_logs_nothing_and_changed_bytes_are_refused(chart: Chart) -> None:
    printed = summary(chart, Release.under_consent(chart.consent.id))

    def disk_full(_pdf: bytes) -> None:
        raise OSError(28, "No space left on device")

    before = audit(chart.vault)
    with pytest.raises(OSError):
        chart.printing.release(printed, deliver=disk_full)
    assert disclosure_rows(chart.vault) == 0 and audit(chart.vault) == before
    with pytest.raises(ValueError, match="bytes"):
        chart.printing.release(Printed(printed.pdf + b"%", printed.info))
    assert disclosure_rows(chart.vault) == 0


# -- medical emergency (42 CFR 2.51) ---------------------------------------------------------


def test_a_medical_emergency_needs_no_consent_and_records_who_where_when_and_why(
    chart: Chart,
) -> None:
    release = Release.emergency(
        "Dr. Sam Whitfield", "Mercy County Hospital ED", "Unresponsive after a suspected overdose"
    )
    pdf, info = chart.printing.session_note(chart.note_id, release, OPTIONS)
    every = pages(pdf)
    assert all(SHORT_NOTICE in page for page in every)
    cover = every[0]
    for expected in (
        "Dr. Sam Whitfield",
        "Mercy County Hospital ED",
        "Unresponsive after a suspected overdose",
        "Medical emergency, without consent (42 CFR 2.51)",
        "March 20, 2026, 9:30 AM",
    ):
        assert expected in cover, expected
    body = text(pdf)
    assert NOTE_WORD in body and ADDENDUM_WORD in body and COUNSELING_WORD not in body
    entry = chart.printing.release(Printed(pdf, info))
    assert entry is not None and entry.consent_id is None
    assert entry.facility == "Mercy County Hospital ED"
    assert entry.emergency_nature == "Unresponsive after a suspected overdose"
    assert entry.recipient == "Dr. Sam Whitfield"
    assert entry.disclosed_at == NOW and entry.document == "session-note"
    assert entry.information == "Session note of March 2, 2026"
    assert audit(chart.vault)[-1][0:2] == ("disclose", entry.id)
    with pytest.raises(DisclosureRefused, match="never part of a medical-emergency"):
        summary(chart, replace(release, include_counseling_notes=True))


def test_an_emergency_names_its_recipient_facility_and_nature() -> None:
    with pytest.raises(ValidationError, match="their facility"):
        Release.emergency("Dr. Sam Whitfield", " ", "Overdose")
    with pytest.raises(ValidationError, match="nature of the emergency"):
        Release.emergency("Dr. Sam Whitfield", "Mercy County Hospital ED", "")
    with pytest.raises(ValidationError, match="names the consent"):
        Release(ReleaseKind.CONSENT)


# -- the client's own copy -------------------------------------------------------------------


def test_the_clients_own_copy_needs_no_consent_and_carries_no_notice(chart: Chart) -> None:
    pdf, info = summary(chart, Release.client_copy())
    body = text(pdf)
    assert SHORT_NOTICE not in body and "Disclosure of records" not in body
    assert NOTE_WORD in body and COUNSELING_WORD not in body
    assert not info.is_disclosure
    assert chart.printing.release(Printed(pdf, info)) is None
    assert disclosure_rows(chart.vault) == 0
    assert audit(chart.vault)[-1] == (
        "print-client-copy",
        chart.dana.id,
        f"client-summary {chart.dana.id}",
    )
    # The counselor may add the counseling notes to the client's own copy on purpose.
    with_notes, info = summary(chart, Release.client_copy(include_counseling_notes=True))
    assert COUNSELING_WORD in text(with_notes) and info.counseling_notes == 1


def test_a_client_record_is_never_an_internal_print(chart: Chart) -> None:
    with pytest.raises(ValidationError, match="own copy or as a disclosure"):
        summary(chart, Release.internal())


# -- each document ---------------------------------------------------------------------------


def test_the_session_note_prints_its_addenda_and_where_its_co_signature_stands(
    chart: Chart,
) -> None:
    Supervision(chart.vault).request(chart.note_id, "A. Moreno, CADC")
    pdf, info = chart.printing.session_note(chart.note_id, Release.client_copy(), OPTIONS)
    body = text(pdf)
    for expected in (
        "Session note",
        NOTE_WORD,
        ADDENDUM_WORD,
        "Signed electronically by A. Moreno, CADC",
        "Addendum 1",
        "Waiting for a supervisor's co-signature.",
        "Riverbend Recovery Program",
    ):
        assert expected in body, expected
    assert info.kind is DocumentKind.SESSION_NOTE and info.subject_id == chart.note_id


def test_drafts_are_never_released_to_someone_else(chart: Chart) -> None:
    consent = Release.under_consent(chart.consent.id)
    with pytest.raises(DisclosureRefused, match="only a signed note"):
        chart.printing.session_note(chart.draft_note_id, consent, OPTIONS)
    draft_copy, _ = chart.printing.session_note(chart.draft_note_id, Release.client_copy(), OPTIONS)
    assert "DRAFT — NOT SIGNED" in text(draft_copy)
    draft_plan = Plans(chart.vault).start_plan(chart.marcus.id)
    marcus_consent = Release.under_consent(chart.marcus_consent.id)
    with pytest.raises(DisclosureRefused, match="draft and not in force"):
        chart.printing.treatment_plan(draft_plan.id, marcus_consent, OPTIONS)


def test_the_treatment_plan_has_its_tree_dates_and_signature_lines(chart: Chart) -> None:
    pdf, info = chart.printing.treatment_plan(chart.plan_id, Release.client_copy(), OPTIONS)
    body = text(pdf)
    for expected in (
        "Treatment plan",
        "Active · next review June 1, 2026",
        "Problem 1",
        "Goal 1.1",
        "Objective 1.1.1",
        OBJECTIVE,
        "Target date: May 1, 2026",
        "Worked on in 1 session",
        INTERVENTION,
        "Intervention Who How often",
        "In force since March 20, 2026",
        "Client signature",
        "(Dana Rivera)",
        "Counselor signature and credentials",
    ):
        assert expected in body, expected
    assert "Parent or guardian signature" not in body  # no guardian on file
    assert info.kind is DocumentKind.TREATMENT_PLAN and info.subject_id == chart.plan_id
    assert chart.printing.plan_to_print(chart.dana.id) is not None

    minor = Caseload(chart.vault).update_client(
        replace(chart.dana, guardian="Rosa Rivera", preferred_language=Language.SPANISH)
    )
    spanish, _ = chart.printing.treatment_plan(chart.plan_id, Release.client_copy(), OPTIONS)
    body = text(spanish)
    assert minor.guardian == "Rosa Rivera"
    for expected in ("Plan de tratamiento", "Firma del cliente", "Firma del padre", "Rosa Rivera"):
        assert expected in body, expected


def test_a_draft_plan_prints_watermarked_and_without_signature_lines(chart: Chart) -> None:
    draft = Plans(chart.vault).start_plan(chart.marcus.id)
    pdf, _ = chart.printing.treatment_plan(draft.id, Release.client_copy(), OPTIONS)
    body = text(pdf)
    assert "DRAFT — NOT IN FORCE" in body and "Client signature" not in body
    assert chart.printing.plan_to_print(chart.marcus.id) == Plans(chart.vault).plan(draft.id)


def test_the_summary_maps_plan_progress_from_the_golden_thread(chart: Chart) -> None:
    pdf, _ = summary(chart, Release.client_copy())
    body = text(pdf)
    assert "Treatment plan progress" in body
    assert f"{OBJECTIVE} May 1, 2026 open 1 Mar 2, 2026" in body
    outside, _ = chart.printing.client_summary(
        chart.dana.id, date(2026, 3, 10), END, Release.client_copy(), OPTIONS
    )
    assert f"{OBJECTIVE} May 1, 2026 open 0 Mar 2, 2026" in text(outside)
    with pytest.raises(ValidationError, match="ends before it starts"):
        chart.printing.client_summary(chart.dana.id, END, START, Release.client_copy(), OPTIONS)


def test_the_accounting_lists_each_disclosure(chart: Chart) -> None:
    empty, _ = chart.printing.accounting(chart.dana.id, OPTIONS)
    assert "No records about you were disclosed" in text(empty)
    chart.printing.release(summary(chart, Release.under_consent(chart.consent.id)))
    chart.printing.release(
        chart.printing.session_note(
            chart.note_id,
            Release.emergency("Dr. Sam Whitfield", "Mercy County Hospital ED", "Overdose"),
            OPTIONS,
        )
    )
    pdf, info = chart.printing.accounting(chart.dana.id, OPTIONS)
    body = text(pdf)
    assert "Accounting of disclosures" in body and "2 disclosures listed." in body
    assert "Valley Primary Care" in body and "Coordination of care" in body
    assert "Client summary, January 1, 2026 to March 20, 2026" in body
    assert chart.consent.id in body.replace(" ", "")
    assert "Mercy County Hospital ED" in body and "Medical emergency (42 CFR 2.51)" in body
    assert SHORT_NOTICE not in body  # the client's own paper
    assert info.kind is DocumentKind.ACCOUNTING and not info.is_disclosure
    # Marcus's accounting holds none of Dana's.
    marcus, _ = chart.printing.accounting(chart.marcus.id, OPTIONS)
    assert "Valley Primary Care" not in text(marcus)


def test_the_accounting_is_append_only(chart: Chart) -> None:
    chart.printing.release(summary(chart, Release.under_consent(chart.consent.id)))
    with pytest.raises(DatabaseError, match="append-only"):
        chart.vault.conn.execute("UPDATE disclosures SET recipient = 'someone else'")
    with pytest.raises(DatabaseError, match="append-only"):
        chart.vault.conn.execute("DELETE FROM disclosures")
    assert disclosure_rows(chart.vault) == 1


def test_the_group_sign_in_sheet_names_that_groups_attendees_only(chart: Chart) -> None:
    caseload = Caseload(chart.vault)
    jordan = caseload.add_client(Client("Jordan P."))
    groups = Groups(chart.vault)
    group = groups.start_group(datetime(2026, 3, 24, 23, 0, tzinfo=UTC), location="Room B")
    groups.save_group(replace(group, topic="Coping with cravings"))
    groups.add_attendee(group.id, chart.dana.id)
    groups.add_attendee(group.id, chart.marcus.id)
    other = groups.start_group(datetime(2026, 3, 25, 23, 0, tzinfo=UTC))
    groups.add_attendee(other.id, jordan.id)
    pdf, info = chart.printing.group_signin(group.id, OPTIONS, facilitator="A. Moreno")
    body = text(pdf)
    assert "Group sign-in" in body
    assert "Coping with cravings" in body and "Room B" in body and "A. Moreno" in body
    assert body.index("Dana R.") < body.index("Marcus T.")
    assert "Jordan" not in body
    assert info.client_id is None and info.release.kind is ReleaseKind.INTERNAL
    chart.printing.release(Printed(pdf, info))
    assert audit(chart.vault)[-1] == ("print", group.id, "group-signin")
    assert disclosure_rows(chart.vault) == 0
    with pytest.raises(RecordNotFound):
        chart.printing.group_signin("00000000-0000-4000-8000-000000000000", OPTIONS)


def test_progress_is_passed_through_and_cancel_stops_before_anything_is_logged(
    chart: Chart,
) -> None:
    seen: list[tuple[int, int]] = []
    _pdf, info = summary(
        chart, Release.under_consent(chart.consent.id), progress=lambda d, t: seen.append((d, t))
    )
    assert seen and seen[-1] == (info.pages, info.pages)
    with pytest.raises(ExportCancelled):
        summary(chart, Release.under_consent(chart.consent.id), cancel=lambda: True)
    assert disclosure_rows(chart.vault) == 0


def test_the_same_records_print_the_same_bytes(chart: Chart) -> None:
    first = summary(chart, Release.under_consent(chart.consent.id))
    again = summary(chart, Release.under_consent(chart.consent.id))
    assert first.pdf == again.pdf and first.info == again.info


# -- the migration ---------------------------------------------------------------------------


def test_a_version_4_vault_is_backed_up_then_gains_the_disclosures_table(
    make_vault: Callable[..., Vault], passphrase: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:4])
        patch.setattr(migrations, "LATEST_VERSION", 4)
        old = make_vault()
        assert migrations.schema_version(old.conn) == 4
        tables = {r[0] for r in old.conn.execute("SELECT name FROM sqlite_master")}
        assert "disclosures" not in tables
        caseload = Caseload(old)
        dana = caseload.add_client(Client("Dana R."))
        consent = caseload.add_consent(_consent(dana, "Valley Primary Care"))
        old.lock()
    vault = unlock_with_passphrase(old.folder, passphrase)
    try:
        [made] = list_backups(vault.folder)
        assert read_manifest(made).schema_version == 4  # taken before the change
        assert migrations.schema_version(vault.conn) == migrations.LATEST_VERSION
        log = [a[0] for a in audit(vault)]
        assert log.index("backup") < log.index("migrate") < log.index("unlock")
        printing = Printing(vault)
        entry = printing.release(
            printing.client_summary(dana.id, START, END, Release.under_consent(consent.id), OPTIONS)
        )
        assert entry is not None and printing.disclosures(dana.id) == [entry]
        assert vault.integrity_problems() == []
    finally:
        vault.lock()


def test_the_log_refuses_a_row_without_exactly_one_basis(chart: Chart) -> None:
    conn = chart.vault.conn
    values = (
        "x1",
        chart.dana.id,
        "2026-03-20T15:30:00Z",
        "Valley Primary Care",
        None,
        "notes",
        "care",
        None,
        None,
        "A. Moreno",
        "session-note",
        1,
        "0" * 64,
        "2026-03-20T15:30:00Z",
    )
    with pytest.raises(DatabaseError):
        conn.execute(f"INSERT INTO disclosures VALUES ({', '.join('?' * 14)})", values)
    emergency_without_facility = (*values[:8], "Overdose", *values[9:])
    with pytest.raises(DatabaseError):
        conn.execute(
            f"INSERT INTO disclosures VALUES ({', '.join('?' * 14)})", emergency_without_facility
        )


def test_a_prepared_job_builds_on_another_thread_without_the_vault(chart: Chart) -> None:
    from concurrent.futures import ThreadPoolExecutor

    job = chart.printing.prepare_client_summary(
        chart.dana.id, START, END, Release.under_consent(chart.consent.id), OPTIONS
    )
    assert job.info.is_disclosure and job.info.pages == 0  # known before the build
    expected = summary(chart, Release.under_consent(chart.consent.id))
    chart.vault.lock()  # the build reads nothing more from the vault
    with ThreadPoolExecutor(max_workers=1) as pool:
        built = pool.submit(job.build).result()
    assert built == expected


# -- interchange: the care functions interchange.py calls for "disclosures" -------------------


def test_disclosures_export_validate_read_and_write_back(
    chart: Chart, make_vault: Callable[..., Vault], clock: FixedClock
) -> None:
    from counselor_desk.services import interchange
    from counselor_desk.services import interchange_care as care

    chart.printing.release(summary(chart, Release.under_consent(chart.consent.id)))
    clock.advance(minutes=5)
    chart.printing.release(
        chart.printing.session_note(
            chart.note_id,
            Release.emergency("Dr. Sam Whitfield", "Mercy County Hospital ED", "Overdose"),
            OPTIONS,
        )
    )
    document = interchange.export_data(chart.vault)
    records = {r["id"]: r for r in document["clients"]}
    for client_id, record in records.items():
        listed = care.export_disclosures(chart.vault.conn, client_id)
        assert record.get("disclosures", []) == listed
    assert [d["document"] for d in records[chart.dana.id]["disclosures"]] == [
        "client-summary",
        "session-note",
    ]
    assert "disclosures" not in records[chart.marcus.id]
    assert interchange.validate(document) == []

    reader = interchange._Reader()
    index = next(i for i, r in enumerate(document["clients"]) if r["id"] == chart.dana.id)
    entries = care.read_disclosures(
        reader, records[chart.dana.id], f"$.clients[{index}]", chart.dana.id
    )
    assert reader.problems == [] and len(entries) == 2
    assert entries == tuple(chart.printing.disclosures(chart.dana.id))

    other = make_vault("copy", clock=clock)
    interchange.import_data(other, document)
    assert (
        care.export_disclosures(other.conn, chart.dana.id) == records[chart.dana.id]["disclosures"]
    )


def test_a_disclosure_in_a_file_names_a_consent_of_its_client_or_an_emergency() -> None:
    from counselor_desk.services import interchange
    from counselor_desk.services import interchange_care as care

    consent = "c0ffee00-1111-4222-8333-444455556666"
    base = {
        "disclosed_at": "2026-03-20T15:30:00Z",
        "recipient": "Valley Primary Care",
        "information": "Client summary",
        "purpose": "Coordination of care",
        "disclosed_by": "A. Moreno",
        "document": "client-summary",
        "pages": 3,
        "sha256": "a" * 64,
    }
    client = {
        "consents": [{"id": consent}],
        "disclosures": [
            {**base, "consent_id": "00000000-0000-4000-8000-000000000000"},
            {**base, "consent_id": consent, "emergency_nature": "Overdose"},
            {**base, "emergency_nature": "Overdose"},
            {**base, "consent_id": consent, "recipient": "  "},
            {**base, "consent_id": consent},
        ],
    }
    reader = interchange._Reader()
    entries = care.read_disclosures(reader, client, "$.clients[0]", "client-1")
    assert [(p.path, p.message.split(";")[0]) for p in reader.problems] == [
        (
            "$.clients[0].disclosures[0].consent_id",
            "there is no consent 00000000-0000-4000-8000-000000000000 for this client in this file",
        ),
        (
            "$.clients[0].disclosures[1]",
            "a disclosure is made under a consent (consent_id) or in a medical emergency "
            "(emergency_nature): exactly one",
        ),
        (
            "$.clients[0].disclosures[2].facility",
            "a medical-emergency disclosure (42 CFR 2.51) records the facility",
        ),
        ("$.clients[0].disclosures[3].recipient", "must not be blank"),
    ]
    assert [e.consent_id for e in entries] == [consent]


def test_the_accounting_of_disclosures_survives_export_and_import(
    chart: Chart, make_vault: Callable[..., Vault]
) -> None:
    from counselor_desk.services.interchange import export_data, import_data, validate
    from counselor_desk.vault.disclosures import list_disclosures

    pdf, info = summary(chart, Release.under_consent(chart.consent.id))
    chart.printing.release(Printed(pdf, info))
    document = export_data(chart.vault)
    [dana] = [c for c in document["clients"] if c["id"] == chart.dana.id]
    assert len(dana["disclosures"]) == 1
    assert dana["disclosures"][0]["consent_id"] == chart.consent.id

    fresh = make_vault("fresh")
    assert validate(document, fresh) == []
    import_data(fresh, document)
    assert list_disclosures(fresh.conn, chart.dana.id) == list_disclosures(
        chart.vault.conn, chart.dana.id
    )
    again = export_data(fresh)
    assert again["clients"] == document["clients"]
    # The same file again: every id is already there, the disclosure's too.
    assert any("disclosure id" in p.message for p in validate(document, fresh))
