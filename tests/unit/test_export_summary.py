"""The client summary: medications, attendance, screens, scale charts, plan, notes."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from test_export_support import (
    CLIENT_ID,
    SHORT_NOTICE,
    all_text,
    assert_every_page,
    assert_fonts_embedded,
    assert_page_numbers,
    attendance,
    client,
    consent_disclosure,
    draft_note,
    medications,
    page_texts,
    reader,
    scale_entries,
    screens,
    session,
    setup,
    signed_note,
    squash,
)

from counselor_desk.domain.records import CounselingNote, Language
from counselor_desk.domain.screens import Attendance, AttendanceStatus
from counselor_desk.export.summary import ObjectiveProgress, client_summary_pdf

START, END = date(2026, 1, 5), date(2026, 3, 20)


def summary(**kw: Any) -> bytes:
    options: dict[str, Any] = {
        "period_start": START,
        "period_end": END,
        "medications": medications(),
        "attendance": attendance(),
        "screens": screens(),
        "scale_entries": scale_entries(),
    }
    options.update(kw)
    who = options.pop("client", client())
    how = options.pop("setup", setup())
    return client_summary_pdf(who, how, **options)


def section(text: str, start: str, end: str) -> str:
    return text[text.index(start) : text.index(end, text.index(start))]


def test_the_summary_has_every_section_in_order() -> None:
    pdf = summary()
    text = all_text(pdf)
    order = [
        "Client summary",
        "January 5, 2026 to March 20, 2026",
        "Medications",
        "Attendance",
        "Urine drug screens",
        "Scales",
        "Session notes",
    ]
    positions = [text.index(heading) for heading in order]
    assert positions == sorted(positions)
    assert "Treatment plan progress" not in text  # no plan given: the section is left out
    assert_every_page(pdf, "Client summary", "Dana R.", "Date of birth: April 2, 1990")
    assert_page_numbers(pdf)
    assert_fonts_embedded(pdf)


def test_current_and_past_medications_are_told_apart() -> None:
    text = all_text(summary())
    meds = section(text, "Medications", "Attendance")
    current = section(meds, "Current", "Past")
    past = meds[meds.index("Past") :]
    assert "16 mg daily" in current and "Take-home (6 doses)" in current
    assert "Dose raised after cravings" in current
    assert "8 mg daily" in past and "Feb 9, 2026" in past
    assert "8 mg daily" not in current


def test_attendance_counts_and_rows() -> None:
    text = all_text(summary())
    part = section(text, "Attendance", "Urine drug screens")
    assert "Attended 4 · Excused 1 · No-show 1 · Scheduled 0" in part
    assert "Car trouble, called ahead" in part
    assert part.count("No-show") == 2  # the count line and the row


def test_the_prescribed_medication_is_expected_and_other_positives_are_flagged() -> None:
    text = all_text(summary())
    part = section(text, "Urine drug screens", "Scales")
    assert part.count("Buprenorphine: positive, expected (prescribed)") == 3
    assert "Fentanyl: POSITIVE (flagged)" in part
    assert part.count("(flagged)") == 1  # buprenorphine is never flagged
    assert "Refused" in part
    assert "Talked about a slip at a party" in part


def test_scale_charts_are_drawn_with_their_bands_and_scores() -> None:
    pdf = summary()
    text = all_text(pdf)
    part = section(text, "Scales", "Session notes")
    assert "PHQ-9 (depression)" in part and "Craving (0–10)" in part
    for band in ("none", "mild", "moderate", "moderately severe", "severe"):
        assert band in part
    assert "Safety: Item 9" in part  # the PHQ-9 item-9 flag, in the entries table
    # Drawn into the page as vector shapes and text, not pasted in as a picture.
    index = next(i for i, p in enumerate(page_texts(pdf)) if "PHQ-9 (depression)" in p)
    page = reader(pdf).pages[index]
    assert "27" in page.extract_text().splitlines()  # the axis runs to the PHQ-9 maximum
    xobjects = page["/Resources"].get("/XObject", {})
    assert all(x.get_object()["/Subtype"] != "/Image" for x in xobjects.values())
    assert b" re" in page.get_contents().get_data()  # the band rectangles


def test_treatment_plan_progress_prints_from_the_hook() -> None:
    rows = [
        ObjectiveProgress(
            "Attend two mutual-help meetings each week",
            goal="Build a sober support network",
            target_date=date(2026, 4, 30),
            status="In progress",
            sessions=5,
            last_worked_on=date(2026, 3, 9),
        )
    ]
    text = all_text(summary(plan_progress=rows))
    part = section(text, "Treatment plan progress", "Attendance")
    assert "Attend two mutual-help meetings each week" in part
    assert "Build a sober support network" in part
    assert "Apr 30, 2026" in part and "In progress" in part and "Mar 9, 2026" in part
    assert "No treatment plan on file." in all_text(summary(plan_progress=[]))


def test_signed_notes_in_the_period_print_newest_first_and_drafts_stay_out() -> None:
    sessions = [session(date(2026, 2, 2)), session(date(2026, 3, 2)), session(date(2026, 3, 9))]
    first = signed_note(sessions[0], sections={"data": "OLDEST-NOTE", "plan": "p"})
    second = signed_note(sessions[1], sections={"data": "NEWER-NOTE", "plan": "p"})
    draft = draft_note(sessions[2])
    outside = session(date(2025, 12, 1))
    old = signed_note(outside, sections={"data": "BEFORE-THE-PERIOD", "plan": "p"})
    text = all_text(summary(sessions=[*sessions, outside], notes=[first, second, draft, old]))
    assert text.index("NEWER-NOTE") < text.index("OLDEST-NOTE")
    assert "Says the week was calm." not in text
    assert "1 draft notes in this period are not signed and are left out." in text
    assert "BEFORE-THE-PERIOD" not in text
    assert "Signed by Alex Moreno, CADC on March 2, 2026, 11:00 AM" in text


def test_counseling_notes_print_only_when_passed_on_purpose() -> None:
    private = CounselingNote(client_id=CLIENT_ID, text="PRIVATE-ANALYSIS of the family pattern.")
    assert "PRIVATE-ANALYSIS" not in all_text(summary())
    text = all_text(summary(counseling_notes=[private]))
    assert "SUD counseling notes (42 CFR 2.11)" in text
    assert "PRIVATE-ANALYSIS" in text


def test_a_long_attendance_history_splits_with_its_header_on_each_page() -> None:
    rows = [
        Attendance(
            CLIENT_ID,
            START + timedelta(days=i % 70),
            AttendanceStatus.ATTENDED,
            notes=f"VISIT-{i:03d}",
        )
        for i in range(230)
    ]
    pdf = summary(attendance=rows)
    pages = [p for p in page_texts(pdf) if "VISIT-" in p]
    assert len(pages) >= 4
    for text in pages:
        assert "Date Status Notes" in squash(text)
    seen = [v for p in pages for v in re.findall(r"VISIT-\d{3}", p)]
    assert sorted(seen) == [f"VISIT-{i:03d}" for i in range(230)]


def test_a_disclosed_summary_has_the_notice_on_every_page() -> None:
    pdf = summary(setup=setup(disclosure=consent_disclosure()))
    pages = page_texts(pdf)
    assert len(pages) >= 4
    assert_every_page(pdf, SHORT_NOTICE)
    assert "Disclosure of records" in pages[0]


def test_a_spanish_client_gets_a_spanish_summary() -> None:
    pdf = summary(client=client(Language.SPANISH))
    text = all_text(pdf)
    for label in (
        "Resumen del cliente",
        "Medicamentos",
        "Asistencia",
        "Pruebas de orina",
        "Escalas",
        "Notas de sesión",
        "Buprenorfina: positivo, esperado (recetado)",
        "Fentanilo: POSITIVO (marcado)",
        "moderadamente grave",
    ):
        assert label in text, label
    assert "Del 5 de enero de 2026 al 20 de marzo de 2026" in text
    assert_page_numbers(pdf, "Página {page} de {total}")


def test_same_summary_twice_is_byte_identical() -> None:
    assert summary() == summary()
