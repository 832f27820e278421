"""Fictional records and PDF-reading helpers shared by the export tests (no tests here).

Every name, date and number below is made up.
"""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

from pypdf import PdfReader
from pypdf.generic import DictionaryObject, IndirectObject

from counselor_desk.domain.measures import ScaleEntry, scale_entry_from_result
from counselor_desk.domain.notes import Addendum, Note, NoteFormat, addendum_content_sha256
from counselor_desk.domain.records import (
    Client,
    Diagnosis,
    Dispensing,
    Language,
    Medication,
    MedicationEntry,
    Session,
    SessionKind,
)
from counselor_desk.domain.scales import ScaleId, score
from counselor_desk.domain.screens import (
    Attendance,
    AttendanceStatus,
    ScreenResult,
    Substance,
    UrineScreen,
    screen_results,
)
from counselor_desk.export.document import PrintSetup
from counselor_desk.export.notice import SHORT_NOTICE, Disclosure, MedicalEmergency

TZ = timezone(timedelta(hours=-6), "CST")
PRINTED = datetime(2026, 3, 20, 15, 30, tzinfo=UTC)
PROGRAM = "Riverbend Recovery Program"
CLIENT_ID = "6f1c2d8e-0000-4000-8000-000000000001"


def client(language: Language = Language.ENGLISH, **kw: Any) -> Client:
    values: dict[str, Any] = {
        "display_name": "Dana R.",
        "id": CLIENT_ID,
        "legal_name": "Dana Rivera",
        "date_of_birth": date(1990, 4, 2),
        "pronouns": "she/her",
        "preferred_language": language,
        "program": "Outpatient MAT",
        "admission_date": date(2026, 1, 5),
        "recovery_date": date(2026, 1, 12),
        "diagnoses": (Diagnosis("Opioid use disorder, moderate", "F11.20"),),
    }
    values.update(kw)
    return Client(**values)


def setup(**kw: Any) -> PrintSetup:
    values: dict[str, Any] = {"printed_at": PRINTED, "program": PROGRAM, "tz": TZ}
    values.update(kw)
    return PrintSetup(**values)


def consent_disclosure() -> Disclosure:
    return Disclosure(
        recipient="Valley Primary Care, Dr. Imani Okafor",
        purpose="Coordination of care",
        information="Medication history, attendance and urine screens, Jan 5 to Mar 20, 2026",
        disclosed_at=datetime(2026, 3, 20, 9, 15, tzinfo=TZ),
        consent_id="c0ffee00-1111-4222-8333-444455556666",
        disclosed_by="Alex Moreno, CADC",
    )


def emergency_disclosure() -> Disclosure:
    return Disclosure(
        recipient="Dr. Sam Whitfield, emergency physician",
        purpose="Treatment of a medical emergency",
        information="Current medications and doses",
        disclosed_at=datetime(2026, 3, 20, 2, 40, tzinfo=TZ),
        emergency=MedicalEmergency(
            facility="Mercy County Hospital emergency department",
            nature="Unresponsive after a suspected overdose; treating team asked for MAT doses",
        ),
        disclosed_by="Alex Moreno, CADC",
    )


def medications() -> list[MedicationEntry]:
    old = MedicationEntry(
        client_id=CLIENT_ID,
        medication=Medication.BUPRENORPHINE,
        started=date(2026, 1, 6),
        stopped=date(2026, 2, 9),
        form="sublingual film",
        dose="8 mg daily",
        schedule="every morning",
        prescriber="Dr. Lena Park",
        dispensing=Dispensing.PHARMACY,
    )
    current = MedicationEntry(
        client_id=CLIENT_ID,
        medication=Medication.BUPRENORPHINE,
        started=date(2026, 2, 10),
        form="sublingual film",
        dose="16 mg daily",
        schedule="every morning",
        prescriber="Dr. Lena Park",
        dispensing=Dispensing.TAKE_HOME,
        take_home_count=6,
        notes="Dose raised after cravings in early February.",
        replaces=old.id,
    )
    return [old, current]


def session(day: date, hour: int = 10, kind: SessionKind = SessionKind.INDIVIDUAL) -> Session:
    return Session(
        client_id=CLIENT_ID,
        start=datetime(day.year, day.month, day.day, hour, 0, tzinfo=TZ),
        minutes=50,
        kind=kind,
        location="Room 2",
    )


DAP_SECTIONS = {
    "data": (
        "Client arrived on time and said cravings were 4 of 10 this week, down from 7. "
        "Took buprenorphine every morning. Went to two SMART Recovery meetings."
    ),
    "assessment": (
        "Engaged and hopeful. Coping plan is working on weekdays; weekends at her "
        "brother's house remain the hardest time."
    ),
    "plan": "Practice the urge-surfing exercise daily. Next session in one week.",
    "risk_self_harm": "Denies thoughts of self-harm.",
    "risk_overdose": "Has naloxone at home; partner knows where it is.",
    "next_appointment": "March 8, 2026 at 10:00",
}


def signed_note(sess: Session, sections: dict[str, str] | None = None, late: bool = False) -> Note:
    draft = Note(
        client_id=CLIENT_ID,
        session_id=sess.id,
        format=NoteFormat.DAP,
        sections=dict(DAP_SECTIONS if sections is None else sections),
    )
    delay = timedelta(days=2) if late else timedelta(hours=1)
    return draft.signed(signer="Alex Moreno, CADC", at=sess.start + delay, session_start=sess.start)


def draft_note(sess: Session) -> Note:
    return Note(
        client_id=CLIENT_ID,
        session_id=sess.id,
        format=NoteFormat.SOAP,
        sections={"subjective": "Says the week was calm.", "plan": "Keep going."},
    )


def addendum(note: Note, text: str, at: datetime) -> Addendum:
    return Addendum(
        note_id=note.id,
        client_id=CLIENT_ID,
        text=text,
        signed_by="Alex Moreno, CADC",
        signed_at=at,
        content_sha256=addendum_content_sha256(
            client_id=CLIENT_ID,
            note_id=note.id,
            text=text,
            signed_by="Alex Moreno, CADC",
            signed_at=at,
        ),
    )


def attendance() -> list[Attendance]:
    statuses = [
        AttendanceStatus.ATTENDED,
        AttendanceStatus.ATTENDED,
        AttendanceStatus.NO_SHOW,
        AttendanceStatus.ATTENDED,
        AttendanceStatus.EXCUSED,
        AttendanceStatus.ATTENDED,
    ]
    return [
        Attendance(
            client_id=CLIENT_ID,
            on=date(2026, 1, 12) + timedelta(weeks=i),
            status=status,
            notes="Car trouble, called ahead" if status is AttendanceStatus.EXCUSED else None,
        )
        for i, status in enumerate(statuses)
    ]


def screens() -> list[UrineScreen]:
    panel = [Substance.BUPRENORPHINE, Substance.FENTANYL, Substance.OPIATES, Substance.COCAINE]

    def results(**positive: bool) -> Any:
        return screen_results(
            {
                sub: ScreenResult.POSITIVE if positive.get(sub.value) else ScreenResult.NEGATIVE
                for sub in panel
            }
        )

    return [
        UrineScreen(CLIENT_ID, date(2026, 1, 14), results(buprenorphine=True), observed=True),
        UrineScreen(
            CLIENT_ID,
            date(2026, 1, 28),
            results(buprenorphine=True, fentanyl=True),
            notes="Talked about a slip at a party",
        ),
        UrineScreen(CLIENT_ID, date(2026, 2, 11), refused=True),
        UrineScreen(CLIENT_ID, date(2026, 2, 25), results(buprenorphine=True), observed=True),
    ]


def phq9(day: date, total_target: int, item9: int = 0) -> ScaleEntry:
    answers = {f"q{i}": 0 for i in range(1, 10)}
    remaining = total_target - item9
    answers["q9"] = item9
    for i in range(1, 9):
        take = min(3, remaining)
        answers[f"q{i}"] = take
        remaining -= take
    result = score(ScaleId.PHQ9, answers)
    return scale_entry_from_result(result, client_id=CLIENT_ID, answers=answers, taken_on=day)


def scale_entries() -> list[ScaleEntry]:
    entries = [
        phq9(date(2026, 1, 12), 17, item9=1),
        phq9(date(2026, 1, 26), 14),
        phq9(date(2026, 2, 9), 11),
        phq9(date(2026, 2, 23), 8),
        phq9(date(2026, 3, 9), 6),
    ]
    for i, value in enumerate((7, 6, 6, 4, 3, 2)):
        result = score(ScaleId.CRAVING, {"craving": value})
        entries.append(
            scale_entry_from_result(
                result,
                client_id=CLIENT_ID,
                answers={"craving": value},
                taken_on=date(2026, 1, 12) + timedelta(days=12 * i),
            )
        )
    return entries


# --- reading PDFs back -------------------------------------------------------------------


def reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in reader(pdf).pages]


def squash(text: str) -> str:
    """Text with every run of whitespace made one space, for phrases that wrap."""
    return " ".join(text.split())


def all_text(pdf: bytes) -> str:
    return squash("\n".join(page_texts(pdf)))


def font_descriptors(pdf: bytes) -> list[tuple[str, DictionaryObject]]:
    """(font name, font descriptor) for every font used on any page."""
    found: dict[str, DictionaryObject] = {}
    for page in reader(pdf).pages:
        resources = page.get("/Resources")
        if isinstance(resources, IndirectObject):
            resources = resources.get_object()
        fonts = resources.get("/Font", {}) if resources else {}
        for ref in fonts.values():
            font = ref.get_object()
            name = str(font.get("/BaseFont"))
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            found[name] = descriptor.get_object() if descriptor is not None else None
    return sorted(found.items())


def assert_fonts_embedded(pdf: bytes) -> None:
    fonts = font_descriptors(pdf)
    assert fonts, "no fonts found"
    for name, descriptor in fonts:
        assert "DejaVu" in name, f"{name} is not one of ours"
        assert descriptor is not None and "/FontFile2" in descriptor, f"{name} is not embedded"


def assert_every_page(pdf: bytes, *phrases: str) -> None:
    for number, text in enumerate(page_texts(pdf), start=1):
        flat = squash(text)
        for phrase in phrases:
            assert phrase in flat, f"page {number} lacks {phrase!r}"


def assert_page_numbers(pdf: bytes, template: str = "Page {page} of {total}") -> None:
    texts = page_texts(pdf)
    total = len(texts)
    for number, text in enumerate(texts, start=1):
        assert template.format(page=number, total=total) in squash(text), f"page {number}"


__all__ = ["SHORT_NOTICE"]


# --- worksheets ----------------------------------------------------------------------------

SAFETY_PLAN_VALUES: dict[str, Any] = {
    "warning_signs": (
        "I stop answering my phone.\nI lie awake past 2 a.m.\nI think nobody would miss me."
    ),
    "things_alone": "Take a hot shower. Walk the dog around the lake. Play guitar.",
    "distractions": "Coffee with Marisol at the corner cafe. The public library.",
    "help_people": [
        {"name": "Marisol (sister)", "phone": "555-0142"},
        {"name": "Ray, my sponsor", "phone": "555-0199"},
    ],
    "professionals": [
        {"name": "Alex Moreno, counselor", "phone": "555-0100 x12"},
        {"name": "County crisis line", "phone": "555-0111"},
    ],
    "safer_surroundings": "Marisol keeps my extra pills. No alcohol in the house.",
    "reason_for_living": "My daughter Lucia, and seeing her graduate.",
}

THOUGHT_RECORD_VALUES: dict[str, Any] = {
    "moments": [
        {
            "situation": "Monday after work, my boss said the report was late again.",
            "mood_1": "ashamed",
            "mood_1_rating": 80,
            "mood_2": "angry",
            "mood_2_rating": 50,
            "mood_3": "",
            "mood_3_rating": None,
            "thought_1": "I mess up everything.",
            "thought_2": "They are going to fire me.",
            "thought_3": "",
            "hot_thought": "thought_1",
            "evidence_for": "The report was two days late.",
            "evidence_against": "I finished the last four reports on time. My review was good.",
            "balanced_thought": "I was late once; I usually do good work and can fix this.",
            "balanced_belief": 70,
            "mood_1_now": 40,
            "mood_2_now": 20,
            "mood_3_now": None,
        }
    ]
}


def worksheet_instance(definition_id: str, values: dict[str, Any], **kw: Any) -> Any:
    from counselor_desk.domain.measures import WorksheetInstance, WorksheetStatus

    options: dict[str, Any] = {
        "status": WorksheetStatus.COMPLETE,
        "completed_at": datetime(2026, 3, 10, 17, 0, tzinfo=UTC),
        "updated_at": datetime(2026, 3, 10, 17, 0, tzinfo=UTC),
    }
    options.update(kw)
    return WorksheetInstance(
        client_id=CLIENT_ID,
        definition_id=definition_id,
        definition_version=1,
        values=values,
        **options,
    )


def definitions() -> dict[str, Any]:
    from counselor_desk.domain.worksheets import load_shipped

    loaded = load_shipped()
    assert not loaded.problems, loaded.problems
    return loaded.definitions
