"""The accounting of disclosures, the group sign-in sheet and printed handouts."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
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
from counselor_desk.export.accounting import DisclosureRecord, accounting_pdf
from counselor_desk.export.handout import handout_pdf, inline
from counselor_desk.export.signin import group_signin_pdf

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
