"""The minimum necessary on paper: a client summary limited to chosen sections, and the
ecomap printed under the same Part 2 rules as every other record, through the service
and the command line. Real SQLCipher vaults in tmp_path; every PDF is read back with
pypdf. All names and records are fictional."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta, timezone
from pathlib import Path

import pytest
from conftest import CHEAP_KDF, PASSPHRASE, FixedClock
from pypdf import PdfReader
from test_export_support import (
    all_text,
    attendance,
    client,
    medications,
    scale_entries,
    screens,
    session,
    setup,
    signed_note,
)

from counselor_desk.cli import main
from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.network import MemberKind, NetworkMember, Strength, Weekday
from counselor_desk.domain.notes import NoteFormat
from counselor_desk.domain.records import (
    Client,
    Consent,
    CounselingNote,
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
from counselor_desk.export.notice import SHORT_NOTICE
from counselor_desk.export.summary import (
    DEFAULT_SECTIONS,
    SummarySection,
    client_summary_pdf,
    parse_sections,
)
from counselor_desk.services.caseload import Caseload
from counselor_desk.services.measures import Measures
from counselor_desk.services.network import Network
from counselor_desk.services.printing import (
    DisclosureRefused,
    DocumentKind,
    Printed,
    Printing,
    PrintOptions,
    Release,
)
from counselor_desk.services.screening import Screening
from counselor_desk.vault.store import Vault, create_vault

TZ = timezone(timedelta(hours=-6), "CST")
NOW = datetime(2026, 3, 20, 15, 30, tzinfo=UTC)
OPTIONS = PrintOptions(tz=TZ, program="Riverbend Recovery Program", disclosed_by="A. Moreno, CADC")
START, END = date(2026, 1, 1), date(2026, 3, 20)
ONLY = "This summary holds only these parts of the record:"
NOTE_WORD = "lighthouse"
COUNSELING_WORD = "quokka"
ATTENDANCE_WORD = "carpool"
CONSENT_INFO = "Medication list and urine screen results only"

MEDS_AND_SCREENS = frozenset({SummarySection.MEDICATIONS, SummarySection.SCREENS})


def page_texts(pdf: bytes) -> list[str]:
    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(pdf)).pages]


def text(pdf: bytes) -> str:
    return " ".join(page_texts(pdf))


# -- records ---------------------------------------------------------------------------------


def fill(vault: Vault, today: date) -> tuple[Client, Consent, Consent]:
    """Dana R. with a record in every section (dated `today` and the days before), a
    support network, a consent for medications and screens, and an expired consent."""
    caseload = Caseload(vault)
    dana = caseload.add_client(Client("Dana R.", date_of_birth=date(1990, 4, 2)))
    day = today - timedelta(days=10)
    caseload.start_medication(
        MedicationEntry(
            dana.id, Medication.BUPRENORPHINE, day - timedelta(days=30), dose="16 mg daily"
        )
    )
    start = datetime.combine(day, time(16), tzinfo=UTC)
    visit = caseload.add_session(Session(dana.id, start, 50, SessionKind.INDIVIDUAL))
    note = caseload.start_note(visit.id, NoteFormat.DAP)
    caseload.save_draft(
        replace(
            note,
            sections={
                "data": f"Dana described the {NOTE_WORD} walk she takes when cravings start.",
                "assessment": "Stable on her dose.",
                "plan": "Weekly sessions.",
            },
        )
    )
    caseload.sign_note(note.id, "A. Moreno, CADC")
    caseload.add_counseling_note(
        CounselingNote(
            dana.id, f"My private analysis: the {COUNSELING_WORD} image.", session_id=visit.id
        )
    )
    screening = Screening(vault)
    screening.record_attendance(
        Attendance(dana.id, day, AttendanceStatus.ATTENDED, notes=f"Came by {ATTENDANCE_WORD}")
    )
    screening.record_screen(
        UrineScreen(
            dana.id,
            day,
            screen_results(
                {
                    Substance.BUPRENORPHINE: ScreenResult.POSITIVE,
                    Substance.FENTANYL: ScreenResult.NEGATIVE,
                }
            ),
        )
    )
    Measures(vault).record_scale(dana.id, "craving", {"craving": 3}, day)
    network = Network(vault)
    for person in (
        NetworkMember(dana.id, "Rosa Medina", MemberKind.FAMILY, Strength.STRONG, role="mother"),
        NetworkMember(
            dana.id,
            "Hope Group",
            MemberKind.NA_MEETING,
            Strength.TENUOUS,
            meeting_day=Weekday.TUESDAY,
            meeting_time="19:00",
        ),
        NetworkMember(dana.id, "Luis R.", MemberKind.FAMILY, Strength.STRESSFUL, role="brother"),
    ):
        network.add(person)

    def consent(recipient: str, **kw: object) -> Consent:
        values: dict[str, object] = {
            "client_id": dana.id,
            "discloser": "Riverbend Recovery Program",
            "recipient": recipient,
            "information": CONSENT_INFO,
            "purpose": "Coordination of care",
            "signed": today - timedelta(days=30),
            "signed_by": "client",
            "expires": today + timedelta(days=365),
        }
        values.update(kw)
        return caseload.add_consent(Consent(**values))

    valid = consent("Valley Primary Care")
    expired = consent(
        "County Probation Office",
        signed=today - timedelta(days=400),
        expires=today - timedelta(days=2),
    )
    return dana, valid, expired


@dataclass
class Chart:
    vault: Vault
    printing: Printing
    dana: Client
    consent: Consent
    expired: Consent


@pytest.fixture
def chart(make_vault: Callable[..., Vault]) -> Chart:
    vault = make_vault(clock=FixedClock(NOW))
    dana, consent, expired = fill(vault, END)
    return Chart(vault, Printing(vault), dana, consent, expired)


def summary(chart: Chart, release: Release, **kw: object) -> Printed:
    return chart.printing.client_summary(chart.dana.id, START, END, release, OPTIONS, **kw)


# -- the summary, limited --------------------------------------------------------------------


def test_a_summary_of_medications_and_screens_holds_nothing_else(chart: Chart) -> None:
    pdf, info = summary(chart, Release.under_consent(chart.consent.id), sections=MEDS_AND_SCREENS)
    body = text(pdf)
    assert f"{ONLY} medications, urine drug screens. The rest is left out on purpose." in body
    assert "16 mg daily" in body and "Fentanyl" in body  # what was asked for
    for absent in (
        NOTE_WORD,  # no note text
        "Session notes",
        "Scales",  # no scale charts
        "Craving",
        "Attendance",
        ATTENDANCE_WORD,
        "Treatment plan progress",
        COUNSELING_WORD,
    ):
        assert absent not in body, absent
    assert all(SHORT_NOTICE in page for page in page_texts(pdf))
    # What the cover and the accounting say was shared names the parts.
    assert info.disclosure is not None
    what = "Client summary (medications, urine drug screens), January 1, 2026 to March 20, 2026"
    assert info.disclosure.information == what
    assert what in body.replace("- ", "-")
    # Beside the consent's own words, what the paper holds, for the counselor to compare.
    assert info.cautions[:2] == (
        f"Consent {chart.consent.id} allows: {CONSENT_INFO}",
        "This summary holds: medications, urine drug screens.",
    )
    entry = chart.printing.release(Printed(pdf, info))
    assert entry is not None and entry.information == what


def test_the_full_summary_is_unchanged_and_does_not_call_itself_limited(chart: Chart) -> None:
    pdf, info = summary(chart, Release.under_consent(chart.consent.id))
    body = text(pdf)
    assert ONLY not in body
    for present in (NOTE_WORD, "Scales", "Attendance", "Urine drug screens", "Medications"):
        assert present in body, present
    assert COUNSELING_WORD not in body
    assert info.disclosure is not None
    assert info.disclosure.information == "Client summary, January 1, 2026 to March 20, 2026"
    assert info.cautions[1] == (
        "This summary holds: medications, treatment-plan progress, attendance, urine drug "
        "screens, scales, signed session notes."
    )
    explicit, _ = summary(chart, Release.client_copy(), sections=DEFAULT_SECTIONS)
    default, _ = summary(chart, Release.client_copy())
    assert explicit == default


def test_counseling_notes_follow_the_release_never_the_sections_alone(chart: Chart) -> None:
    with pytest.raises(ValidationError, match="only when the release asks for them"):
        summary(chart, Release.client_copy(), sections={SummarySection.COUNSELING_NOTES})
    # Asked for by the release: added to the chosen sections, and named as held.
    pdf, info = summary(
        chart, Release.client_copy(include_counseling_notes=True), sections={"medications"}
    )
    body = text(pdf)
    assert COUNSELING_WORD in body and "16 mg daily" in body and NOTE_WORD not in body
    assert f"{ONLY} medications, SUD counseling notes." in body
    assert info.counseling_notes == 1
    with pytest.raises(ValidationError, match="at least one part"):
        summary(chart, Release.client_copy(), sections=set())


def test_a_limited_summary_reads_only_what_it_prints(
    chart: Chart, monkeypatch: pytest.MonkeyPatch
) -> None:
    from counselor_desk.vault import measures, screening, sessions

    def refuse(*_args: object) -> None:
        raise AssertionError("read a record the summary does not hold")

    for module, name in (
        (sessions, "list_notes"),
        (screening, "list_attendance"),
        (measures, "list_scale_entries"),
    ):
        monkeypatch.setattr(module, name, refuse)
    pdf, _ = summary(chart, Release.client_copy(), sections=MEDS_AND_SCREENS)
    assert "16 mg daily" in text(pdf)


def test_the_export_prints_only_the_named_sections_whatever_it_is_given() -> None:
    visit = session(date(2026, 3, 2))
    note = signed_note(visit, sections={"data": "NOTE-TEXT-HERE", "plan": "p"})
    private = CounselingNote(client_id=client().id, text="PRIVATE-ANALYSIS")
    given = {
        "period_start": date(2026, 1, 5),
        "period_end": date(2026, 3, 20),
        "medications": medications(),
        "sessions": [visit],
        "notes": [note],
        "attendance": attendance(),
        "screens": screens(),
        "scale_entries": scale_entries(),
        "plan_progress": [],
        "counseling_notes": [private],
    }
    pdf = client_summary_pdf(client(), setup(), sections=MEDS_AND_SCREENS, **given)
    body = all_text(pdf)
    assert "16 mg daily" in body and "Fentanyl: POSITIVE (flagged)" in body
    for absent in ("NOTE-TEXT-HERE", "PRIVATE-ANALYSIS", "PHQ-9", "Car trouble", "No treatment"):
        assert absent not in body, absent
    spanish = all_text(
        client_summary_pdf(
            client(),
            setup(language="es"),
            sections=MEDS_AND_SCREENS,
            **given,
        )
    )
    assert (
        "Este resumen contiene solo estas partes del expediente: medicamentos, pruebas de orina."
        in spanish
    )


def test_section_names_parse_from_a_comma_list() -> None:
    assert parse_sections(" Medications, screens ,") == MEDS_AND_SCREENS
    assert SummarySection.COUNSELING_NOTES in parse_sections("counseling_notes")
    with pytest.raises(ValueError, match=r"no summary section 'labs'.*medications, plan"):
        parse_sections("medications,labs")
    with pytest.raises(ValueError, match="at least one"):
        parse_sections(" , ")


# -- the ecomap --------------------------------------------------------------------------------


def test_the_ecomap_under_consent_carries_the_notice_and_is_logged(chart: Chart) -> None:
    job = chart.printing.prepare_ecomap(
        chart.dana.id, Release.under_consent(chart.consent.id), OPTIONS
    )
    assert job.info.kind is DocumentKind.ECOMAP
    assert job.info.cautions == (
        f"Consent {chart.consent.id} allows: {CONSENT_INFO}",
        "The support network names 3 other people or groups, with any contact details on "
        "file. Make sure the consent covers them.",
    )
    pdf, info = job.build()
    every = page_texts(pdf)
    assert info.pages == len(every) >= 2
    assert all(SHORT_NOTICE in page for page in every)
    assert "Disclosure of records" in every[0] and "Valley Primary Care" in every[0]
    body = " ".join(every[1:])
    for name in ("Rosa Medina", "Hope Group", "Luis R.", "Support network (ecomap)"):
        assert name in body
    entry = chart.printing.release(Printed(pdf, info))
    assert entry is not None
    assert entry.document == "ecomap" and entry.information == "Support network (ecomap)"
    assert chart.printing.disclosures(chart.dana.id) == [entry]


def test_the_ecomap_follows_the_release_rules(chart: Chart) -> None:
    pdf, info = chart.printing.prepare_ecomap(chart.dana.id, Release.client_copy(), OPTIONS).build()
    assert SHORT_NOTICE not in text(pdf) and not info.is_disclosure and info.cautions == ()
    assert chart.printing.release(Printed(pdf, info)) is None
    with pytest.raises(DisclosureRefused, match="expired"):
        chart.printing.prepare_ecomap(
            chart.dana.id, Release.under_consent(chart.expired.id), OPTIONS
        )
    with pytest.raises(ValidationError, match="only in the client summary"):
        chart.printing.prepare_ecomap(
            chart.dana.id, Release.client_copy(include_counseling_notes=True), OPTIONS
        )


def test_an_ecomap_disclosure_survives_export_and_import(
    chart: Chart, make_vault: Callable[..., Vault]
) -> None:
    from counselor_desk.services.interchange import export_data, import_data

    job = chart.printing.prepare_ecomap(chart.dana.id, Release.under_consent(chart.consent.id))
    entry = chart.printing.release(job.build())
    assert entry is not None
    other = make_vault("other", clock=FixedClock(NOW))
    import_data(other, export_data(chart.vault))
    assert Printing(other).disclosures(chart.dana.id) == [entry]


# -- the command line (in-process) -----------------------------------------------------------


@pytest.fixture
def locked(tmp_path: Path) -> tuple[Path, str, str]:
    """A locked vault filled like `chart`, dated around today (the command uses the real
    clock); returns its folder, Dana's id and the valid consent's id."""
    folder = tmp_path / "vault"
    created = create_vault(folder, "Test", PASSPHRASE, kdf=CHEAP_KDF, check_strength=False)
    try:
        dana, consent, _expired = fill(created.vault, date.today())
    finally:
        created.vault.lock()
    return folder, dana.id, consent.id


def cli(*argv: str | Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(
        [str(a) for a in argv],
        stdin=io.StringIO(""),
        stdout=out,
        stderr=err,
        env={"COUNSELOR_DESK_PASSPHRASE": PASSPHRASE},
    )
    assert "Traceback" not in err.getvalue()
    return code, out.getvalue(), err.getvalue()


def test_the_command_line_prints_chosen_sections(
    locked: tuple[Path, str, str], tmp_path: Path
) -> None:
    folder, dana, consent = locked
    out = tmp_path / "summary.pdf"
    code, _said, err = cli(
        "export-pdf",
        folder,
        "--client",
        dana,
        "--out",
        out,
        "--consent",
        consent,
        "--sections",
        "medications,screens",
    )
    assert code == 0, err
    assert "under consent" in err  # what was done goes to stderr, like every message
    body = text(out.read_bytes())
    assert f"{ONLY} medications, urine drug screens." in body
    assert "16 mg daily" in body and NOTE_WORD not in body and "Craving" not in body


def test_the_command_line_prints_the_ecomap(locked: tuple[Path, str, str], tmp_path: Path) -> None:
    folder, dana, _consent = locked
    out = tmp_path / "ecomap.pdf"
    code, _said, err = cli(
        "export-pdf",
        folder,
        "--client",
        dana,
        "--out",
        out,
        "--client-copy",
        "--document",
        "ecomap",
    )
    assert code == 0, err
    assert "the client's own copy" in err
    body = text(out.read_bytes())
    assert "Support network (ecomap)" in body and "Rosa Medina" in body
    assert "Tuesday 7:00 PM" in body


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (("--sections", "medications,labs"), "no summary section 'labs'"),
        (("--sections", "medications", "--document", "ecomap"), "--sections goes with"),
        (
            (
                "--sections",
                "counseling-notes",
                "--emergency",
                "--recipient",
                "Dr. Sam Whitfield",
                "--facility",
                "Mercy County Hospital ED",
                "--nature",
                "Overdose",
            ),
            "never part of a medical-emergency",
        ),
    ],
)
def test_the_command_line_refuses_bad_sections_before_the_passphrase(
    tmp_path: Path, extra: tuple[str, ...], message: str
) -> None:
    out = tmp_path / "never.pdf"
    argv = ["export-pdf", tmp_path / "no-vault", "--client", "x", "--out", out, *extra]
    if "--emergency" not in extra:
        argv.append("--client-copy")
    code, _said, err = cli(*argv)
    assert code == 2 and message in err and not out.exists()
