"""The accounting of disclosures, the group sign-in sheet and printed handouts."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph
from test_export_support import (
    TZ,
    all_text,
    assert_every_page,
    assert_fonts_embedded,
    assert_page_numbers,
    client,
    page_texts,
    reader,
    setup,
    squash,
)

from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.records import Language
from counselor_desk.domain.treatment_plan import (
    Goal,
    Intervention,
    Objective,
    PlanStatus,
    Problem,
    TreatmentPlan,
)
from counselor_desk.export.accounting import DisclosureRecord, accounting_pdf
from counselor_desk.export.document import frame_width, make_context
from counselor_desk.export.handout import balanced, handout_pdf, handout_story, inline, title_style
from counselor_desk.export.signin import group_signin_pdf
from counselor_desk.export.styles import CLIENT_SIZE, LARGE_PRINT_SIZE
from counselor_desk.export.text import esc
from counselor_desk.export.treatment_plan import treatment_plan_pdf

CONSENT = "c0ffee00-1111-4222-8333-444455556666"


def records() -> list[DisclosureRecord]:
    return [
        DisclosureRecord(
            datetime(2026, 3, 2, 2, 40, tzinfo=TZ),
            "Dr. Sam Whitfield",
            "Current medications and doses",
            "Treatment of a medical emergency",
            emergency_facility="Mercy County Hospital ED",
        ),
        DisclosureRecord(
            datetime(2026, 2, 1, 10, 0, tzinfo=TZ),
            "Valley Primary Care",
            "Medication list",
            "Coordination of care",
            consent_id=CONSENT,
        ),
    ]


# --- accounting of disclosures ----------------------------------------------------------


def test_the_accounting_lists_each_disclosure_oldest_first_with_its_basis() -> None:
    pdf = accounting_pdf(client(), records(), setup())
    text = all_text(pdf)
    assert "Accounting of disclosures" in text
    assert "Date Recipient What was shared Purpose Basis" in text
    assert text.index("Valley Primary Care") < text.index("Dr. Sam Whitfield")
    assert CONSENT in text.replace(" ", "")  # a long id may wrap inside its cell
    assert "Medical emergency (42 CFR 2.51)" in text and "Mercy County Hospital ED" in text
    assert "Feb 1, 2026" in text and "2:40 AM" in text
    assert "2 disclosures listed." in text
    assert_every_page(pdf, "Dana R.")
    assert_fonts_embedded(pdf)


def test_a_period_limits_the_rows_and_an_empty_one_says_so() -> None:
    text = all_text(
        accounting_pdf(
            client(),
            records(),
            setup(),
            period_start=date(2026, 3, 1),
            period_end=date(2026, 3, 31),
        )
    )
    assert "Period: March 1, 2026 to March 31, 2026" in text
    assert "Dr. Sam Whitfield" in text and "Valley Primary Care" not in text
    assert "1 disclosure listed." in text
    empty = all_text(accounting_pdf(client(), [], setup()))
    assert "No records about you were disclosed in this period." in empty


def test_a_long_accounting_repeats_its_header_on_every_page() -> None:
    many = [
        DisclosureRecord(
            datetime(2026, 1, 1, 9, 0, tzinfo=UTC) + timedelta(days=i),
            f"Clinic {i:03d}",
            "Attendance",
            "Care",
            consent_id=CONSENT,
        )
        for i in range(210)
    ]
    pdf = accounting_pdf(client(), many, setup())
    pages = page_texts(pdf)
    assert len(pages) >= 5
    for text in pages:
        assert "Date Recipient What was shared Purpose Basis" in squash(text)
    assert_page_numbers(pdf)


def test_a_spanish_accounting() -> None:
    text = all_text(accounting_pdf(client(Language.SPANISH), records(), setup()))
    assert "Registro de divulgaciones" in text
    assert "Emergencia médica (42 CFR 2.51)" in text
    assert "Fecha Destinatario Qué se compartió Propósito Base" in text


def test_a_row_needs_exactly_one_basis() -> None:
    when = datetime(2026, 3, 1, tzinfo=UTC)
    with pytest.raises(ValidationError):
        DisclosureRecord(when, "Dr. A", "notes", "care")
    with pytest.raises(ValidationError):
        DisclosureRecord(when, "Dr. A", "notes", "care", consent_id="x", emergency_facility="ED")


# --- group sign-in ----------------------------------------------------------------------


def test_the_sign_in_sheet_has_a_line_per_name_and_spare_lines() -> None:
    names = ["Marcus T.", "Lee W.", "Priya S."]
    pdf = group_signin_pdf(
        datetime(2026, 3, 5, 18, 0, tzinfo=TZ),
        "Coping with cravings on weekends",
        names,
        setup(),
        facilitator="Alex Moreno, CADC",
        blank_rows=5,
    )
    text = all_text(pdf)
    assert "Group sign-in" in text
    assert "March 5, 2026" in text and "6:00 PM" in text
    assert "Coping with cravings on weekends" in text and "Alex Moreno, CADC" in text
    assert "# Name (print) Signature" in text
    for number, name in enumerate(names, start=1):
        assert f"{number} {name}" in text
    assert "8" in page_texts(pdf)[0].split()  # 3 names + 5 spare rows, numbered
    assert "9" not in page_texts(pdf)[0].split()
    assert "protected by 42 CFR part 2" in text
    assert_fonts_embedded(pdf)


def test_a_long_sign_in_sheet_repeats_its_header() -> None:
    names = [f"Person {i:02d}" for i in range(40)]
    pdf = group_signin_pdf(datetime(2026, 3, 5, 18, 0, tzinfo=TZ), "Topic", names, setup())
    pages = page_texts(pdf)
    assert len(pages) >= 2
    assert_every_page(pdf, "# Name (print) Signature")


def test_a_spanish_sign_in_sheet() -> None:
    pdf = group_signin_pdf(
        datetime(2026, 3, 5, 18, 0, tzinfo=TZ), "Tema", ["Ana"], setup(language="es")
    )
    text = all_text(pdf)
    assert "Registro de asistencia del grupo" in text
    assert "5 de marzo de 2026" in text and "18:00" in text
    assert "Nombre (en letra de molde)" in text and "Firma" in text


# --- handouts -----------------------------------------------------------------------------

HANDOUT = """# Coping with cravings

A craving is a strong wish to use. Most cravings pass in **15 to 30 minutes**.

## What you can do

- Wait it out. Set a timer.
- Call someone on your list.

1. Notice the craving.
2. Rate it from 0 to 10.

> If you feel unsafe, call or text **988**, any time.

---

Talk with your counselor <about> what sets off your cravings & what helps.
"""


def _sizes(pdf: bytes) -> set[float]:
    """Every font size used to set text on the pages."""
    import re

    sizes: set[float] = set()
    for page in reader(pdf).pages:
        data = page.get_contents().get_data()
        sizes.update(float(m) for m in re.findall(rb"/F[\w+]+ ([\d.]+) Tf", data))
    return sizes


def test_a_handout_renders_its_markdown() -> None:
    pdf = handout_pdf(HANDOUT, "Coping with cravings", setup())
    text = all_text(pdf)
    assert "Coping with cravings" in text
    assert "What you can do" in text
    assert "• Wait it out. Set a timer." in text
    assert "1. Notice the craving." in text and "2. Rate it from 0 to 10." in text
    assert "If you feel unsafe, call or text 988, any time." in text
    assert "Talk with your counselor <about> what sets off your cravings & what helps." in text
    assert "**" not in text and "##" not in text and "> If" not in text
    assert_fonts_embedded(pdf)


def test_handout_body_is_12_point_and_large_print_14_or_more() -> None:
    normal = _sizes(handout_pdf(HANDOUT, "Cravings", setup()))
    large = _sizes(handout_pdf(HANDOUT, "Cravings", setup(), large_print=True))
    assert 12 in normal and 14 not in normal
    assert 14 in large
    body_sizes = {size for size in large if size > 10}  # page header and footer: 8–9.5 pt
    assert min(body_sizes) >= 14


def test_a_handout_names_no_client() -> None:
    pdf = handout_pdf(HANDOUT, "Cravings", setup(language="es"), client=client(Language.SPANISH))
    text = all_text(pdf)
    assert "Dana" not in text
    assert "Confidencial" not in text and "Impreso el 20 de marzo de 2026" in text
    assert_page_numbers(pdf, "Página {page} de {total}")


def test_inline_markup_is_bold_and_italic_and_nothing_else() -> None:
    assert inline("**988** and *now*") == "<b>988</b> and <i>now</i>"
    assert inline("a <b> & c") == "a &lt;b&gt; &amp; c"
    assert inline("2 * 3 * 4") == "2 * 3 * 4"


HANDOUTS = Path(__file__).resolve().parents[2] / "resources" / "handouts"


def _shipped_titles() -> list[str]:
    titles = []
    for path in sorted(HANDOUTS.glob("*/*.md")):
        first = path.read_text(encoding="utf-8").lstrip().splitlines()[0]
        assert first.startswith("# "), path
        titles.append(first[2:].strip())
    return titles


@pytest.mark.parametrize("large_print", [False, True], ids=["12pt", "large"])
def test_a_handout_title_has_room_below_it(large_print: bool) -> None:
    size = LARGE_PRINT_SIZE if large_print else CLIENT_SIZE
    ctx = make_context(setup(), base_size=size)
    story = handout_story(ctx, HANDOUT)
    title, first = story[0], story[1]
    assert isinstance(title, Paragraph) and title.getPlainText() == "Coping with cravings"
    # At least two thirds of a line of body text between the title and what follows,
    # and more than between two body paragraphs.
    gap = title.getSpaceAfter() + first.getSpaceBefore()
    assert gap >= size * 0.8
    assert gap > ctx.styles.body.spaceAfter


@pytest.mark.parametrize("large_print", [False, True], ids=["12pt", "large"])
def test_a_wrapped_handout_title_leaves_no_word_alone_on_a_line(large_print: bool) -> None:
    size = LARGE_PRINT_SIZE if large_print else CLIENT_SIZE
    ctx = make_context(setup(), base_size=size)
    style = title_style(ctx)
    width = frame_width()
    wrapped = 0
    for text in _shipped_titles():
        usual = Paragraph(inline(text), style)
        usual.wrap(width, 1000)
        lines = balanced(text, style, width).split("<br/>")
        assert len(lines) == len(usual.blPara.lines), text  # evened out, never longer
        if len(lines) > 1:
            wrapped += 1
            assert all(len(line.split()) >= 2 for line in lines), lines
            assert all(stringWidth(line, style.fontName, style.fontSize) <= width for line in lines)
            assert " ".join(lines) == esc(text)
    assert wrapped >= (6 if large_print else 2)  # the test sees wrapped titles


def test_a_handout_prints_its_balanced_title() -> None:
    markdown = (HANDOUTS / "en" / "overdose_and_naloxone.md").read_text(encoding="utf-8")
    pdf = handout_pdf(markdown, "Overdose and naloxone", setup(), large_print=True)
    first = page_texts(pdf)[0]
    assert "Overdose and\nNaloxone: What to Do\n" in first
    assert "\nDo\n" not in first


# --- treatment plan -----------------------------------------------------------------------


def _plan(objectives: int) -> TreatmentPlan:
    items = tuple(
        Objective(
            f"Objective text {n}: attends two peer-support meetings a week for eight weeks.",
            target_date=date(2026, 6, 1),
            interventions=tuple(
                Intervention(f"Check-in {n}.{k}", "A. Rivera, LCADC", "Weekly")
                for k in range(1 + n % 3)
            ),
        )
        for n in range(objectives)
    )
    goal = Goal("Stay off fentanyl and keep my job", objectives=items)
    return TreatmentPlan(
        client_id=client().id,
        problems=(Problem("Opioid use disorder", goals=(goal,)),),
        status=PlanStatus.ACTIVE,
        review_date=date(2026, 6, 1),
    )


def test_the_plan_signatures_never_stand_alone_on_a_page() -> None:
    later_pages = 0
    for count in range(1, 19):
        pages = page_texts(treatment_plan_pdf(client(), _plan(count), setup()))
        signed = [i for i, text in enumerate(pages) if "Signatures" in text]
        assert len(signed) == 1, count
        page = pages[signed[0]]
        # The whole block on one page, with the plan's last objective above it.
        assert "Client signature" in page and "Counselor signature and credentials" in page
        assert f"Objective 1.1.{count}" in page, (count, signed[0])
        assert f"Objective text {count - 1}:" in page
        later_pages += signed[0] > 0
    assert later_pages >= 6  # the test sees plans whose signatures fall on a later page


def test_a_draft_plan_keeps_its_last_objective_and_has_no_signatures() -> None:
    draft = replace(_plan(3), status=PlanStatus.DRAFT)
    text = all_text(treatment_plan_pdf(client(), draft, setup()))
    assert "Objective 1.1.3" in text and "Check-in 2.0" in text
    assert "Signatures" not in text and "Client signature" not in text
