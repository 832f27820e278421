"""The document engine: page furniture, fonts, determinism, progress, cancel, labels."""

from __future__ import annotations

import itertools
import re
import string
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from reportlab.platypus import KeepTogether, Paragraph
from test_export_support import (
    PROGRAM,
    SHORT_NOTICE,
    all_text,
    assert_every_page,
    assert_fonts_embedded,
    assert_page_numbers,
    consent_disclosure,
    emergency_disclosure,
    page_texts,
    setup,
    squash,
)

from counselor_desk.domain.errors import ValidationError
from counselor_desk.export.document import (
    ExportCancelled,
    PageHeader,
    PrintSetup,
    build_pdf,
    make_context,
)
from counselor_desk.export.flowables import data_table, with_lead
from counselor_desk.export.fonts import fonts_dir
from counselor_desk.export.labels import CATALOG, Labels, pick_language
from counselor_desk.export.notice import LONG_NOTICE_CLOSING, SHORT_NOTICE_ES, Disclosure
from counselor_desk.export.text import esc

SENTENCE = "The client named three people she can call when a craving comes on."


def long_story(ctx, paragraphs: int = 40):
    text = " ".join([SENTENCE] * 12)
    story = [Paragraph(esc(f"Paragraph {n}. {text}"), ctx.styles.body) for n in range(paragraphs)]
    story.append(Paragraph("THE-LAST-WORDS", ctx.styles.body))
    return story


def build(setup_=None, paragraphs: int = 40, **header_kw):
    ctx = make_context(setup_ or setup())
    header = PageHeader(
        "Test record",
        client_name=header_kw.pop("client_name", "Dana R."),
        date_of_birth=header_kw.pop("date_of_birth", date(1990, 4, 2)),
        **header_kw,
    )
    return build_pdf(ctx, header, long_story(ctx, paragraphs))


def test_every_page_carries_program_title_client_and_birth_date() -> None:
    pdf = build()
    pages = page_texts(pdf)
    assert len(pages) >= 4
    assert_every_page(pdf, PROGRAM, "Test record", "Dana R.", "Date of birth: April 2, 1990")


def test_page_x_of_y_is_right_on_every_page() -> None:
    pdf = build()
    assert_page_numbers(pdf)
    total = len(page_texts(pdf))
    assert f"Page {total + 1} of" not in all_text(pdf)


def test_long_text_wraps_and_flows_onto_later_pages() -> None:
    pdf = build()
    pages = page_texts(pdf)
    assert "Paragraph 0." in pages[0]
    assert "THE-LAST-WORDS" in pages[-1]
    assert "THE-LAST-WORDS" not in "".join(pages[:-1])
    # Wrapped: no extracted line is anywhere near the length of a whole paragraph.
    longest = max(len(line) for page in pages for line in page.splitlines())
    assert longest < 150


def test_fonts_are_dejavu_and_embedded() -> None:
    assert_fonts_embedded(build())


def test_font_license_ships_beside_the_fonts() -> None:
    folder = fonts_dir()
    assert (folder / "DejaVuSans.ttf").is_file()
    assert (folder / "DejaVuSans-Bold.ttf").is_file()
    license_text = (folder / "LICENSE").read_text(encoding="utf-8")
    assert "Bitstream" in license_text and "Permission is hereby granted" in license_text


def test_same_input_gives_identical_bytes() -> None:
    first = build(setup(disclosure=consent_disclosure()))
    second = build(setup(disclosure=consent_disclosure()))
    assert first == second


def test_creation_date_is_the_print_time_given() -> None:
    pdf = build(setup(printed_at=datetime(2031, 7, 4, 12, 30, 5, tzinfo=UTC)))
    assert b"D:20310704123005" in pdf
    other = build(setup(printed_at=datetime(2031, 7, 5, 12, 30, 5, tzinfo=UTC)))
    assert other != pdf


def test_a_disclosure_puts_the_short_notice_on_every_page_and_a_cover_first() -> None:
    pdf = build(setup(disclosure=consent_disclosure()))
    pages = page_texts(pdf)
    assert_every_page(pdf, SHORT_NOTICE)
    cover = squash(pages[0])
    assert "Disclosure of records" in cover
    assert "Valley Primary Care, Dr. Imani Okafor" in cover
    assert "c0ffee00-1111-4222-8333-444455556666" in cover
    assert "This record which has been disclosed to you is protected by Federal" in cover
    assert squash(LONG_NOTICE_CLOSING) in cover
    assert "Paragraph 0." not in cover  # the record starts on the next page
    assert "Paragraph 0." in pages[1]


def test_no_notice_without_a_disclosure() -> None:
    text = all_text(build())
    assert SHORT_NOTICE not in text
    assert "Disclosure of records" not in text


def test_a_medical_emergency_disclosure_names_facility_nature_and_rule() -> None:
    pdf = build(setup(disclosure=emergency_disclosure()))
    cover = squash(page_texts(pdf)[0])
    assert "Mercy County Hospital emergency department" in cover
    assert "Unresponsive after a suspected overdose" in cover
    assert "Medical emergency, without consent (42 CFR 2.51)" in cover
    assert "March 20, 2026, 2:40 AM" in cover
    assert_every_page(pdf, SHORT_NOTICE)


def test_a_spanish_disclosure_keeps_the_regulation_in_english_and_adds_a_translation() -> None:
    pdf = build(setup(language="es", disclosure=consent_disclosure()))
    assert_every_page(pdf, SHORT_NOTICE, squash(SHORT_NOTICE_ES))
    assert_page_numbers(pdf, "Página {page} de {total}")
    pages = page_texts(pdf)
    start = next(i for i, text in enumerate(pages) if "Paragraph 0." in text)
    cover = squash(" ".join(pages[:start]))
    assert "Divulgación de registros" in cover
    assert "This record which has been disclosed to you" in cover
    assert "Este registro que se le ha divulgado" in cover
    assert_every_page(pdf, "Fecha de nacimiento: 2 de abril de 1990")


def test_a_disclosure_needs_exactly_one_basis() -> None:
    when = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
    with pytest.raises(ValidationError):
        Disclosure("Dr. A", "care", "notes", when)
    with pytest.raises(ValidationError):
        emergency = emergency_disclosure().emergency
        Disclosure("Dr. A", "care", "notes", when, consent_id="x", emergency=emergency)


def test_print_time_without_an_offset_is_refused() -> None:
    with pytest.raises(ValueError):
        PrintSetup(printed_at=datetime(2026, 3, 1, 9, 0))


def test_a_table_of_250_rows_splits_over_pages_with_its_header_on_each() -> None:
    ctx = make_context(setup())
    rows = [[f"ROW{n:03d}", "Attended", f"Note {n}"] for n in range(250)]
    table = data_table(["Day", "Outcome", "Comment"], rows, [100, 120, 284], ctx.styles)
    pdf = build_pdf(ctx, PageHeader("Attendance"), [table])
    pages = page_texts(pdf)
    assert len(pages) >= 5
    seen: list[str] = []
    for number, text in enumerate(pages, start=1):
        assert "Day Outcome Comment" in squash(text), f"page {number} lacks the header row"
        seen.extend(re.findall(r"ROW\d{3}", text))
    assert seen == [f"ROW{n:03d}" for n in range(250)]  # every row once, in order


def test_progress_reports_each_page_and_ends_at_the_total() -> None:
    calls: list[tuple[int, int]] = []
    pdf = build(setup(progress=lambda done, total: calls.append((done, total))))
    pages = len(page_texts(pdf))
    assert [done for done, _ in calls] == list(range(1, pages + 1))
    assert all(total >= done for done, total in calls)
    assert calls[-1] == (pages, pages)


def mixed_story(ctx):
    """A long record: prose, then long tables (one flowable each, many pages) of wrapping
    cells, short kept-together blocks, and prose again."""
    s = ctx.styles
    story = list(long_story(ctx, 6))
    for part in range(3):
        story.append(Paragraph(f"Part {part}", s.h1))
        rows = [
            [f"Mar {n % 28 + 1}", "Attended" if n % 5 else "No-show", SENTENCE * (1 + n % 3)]
            for n in range(120 + 60 * part)
        ]
        story.extend(with_lead([], data_table(["Day", "Status", "Notes"], rows, WIDTHS, s), 99))
        story.append(KeepTogether([Paragraph("Totals", s.h2), Paragraph(SENTENCE, s.body)]))
    story.extend(long_story(ctx, 12))
    return story


WIDTHS = [90, 90, 324]


@pytest.mark.parametrize("disclosure", [None, consent_disclosure()], ids=["copy", "disclosure"])
def test_the_estimated_page_count_is_honest_from_the_first_page(disclosure) -> None:
    calls: list[tuple[int, int]] = []
    ctx = make_context(setup(disclosure=disclosure, progress=lambda d, t: calls.append((d, t))))
    pdf = build_pdf(ctx, PageHeader("Record"), mixed_story(ctx))
    pages = len(page_texts(pdf))
    assert pages >= 30
    assert [done for done, _ in calls] == list(range(1, pages + 1))
    assert calls[-1] == (pages, pages)
    for done, total in calls[:-1]:
        assert total > done  # more is coming: never at or below the pages done
        assert pages / 2 <= total <= pages * 2, (done, total, pages)
        if done >= 3:
            assert abs(total - pages) <= pages * 0.25, (done, total, pages)
    # No wild swings from one page to the next.
    for (_, before), (_, after) in itertools.pairwise(calls):
        assert abs(after - before) <= max(2, before * 0.15), (before, after)


def test_one_long_table_is_not_counted_as_one_flowable() -> None:
    calls: list[tuple[int, int]] = []
    ctx = make_context(setup(progress=lambda d, t: calls.append((d, t))))
    rows = [[f"ROW{n:03d}", "Attended", SENTENCE] for n in range(400)]
    story = [
        Paragraph("Attendance", ctx.styles.h1),
        data_table(["Day", "Outcome", "Comment"], rows, WIDTHS, ctx.styles),
        Paragraph("THE-END", ctx.styles.body),
    ]
    pages = len(page_texts(build_pdf(ctx, PageHeader("Attendance"), story)))
    assert pages >= 10
    first_done, first_total = calls[0]
    assert first_done == 1
    assert pages * 0.75 <= first_total <= pages * 1.25  # the old count said about 2
    assert calls[-1] == (pages, pages)


def test_cancel_stops_the_build_and_leaves_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    pages_done: list[int] = []
    stop = setup(
        progress=lambda done, _total: pages_done.append(done),
        cancel=lambda: len(pages_done) >= 2,
    )
    with pytest.raises(ExportCancelled, match="cancelled"):
        build(stop)
    assert pages_done == [1, 2]  # it stopped right after the second page
    assert list(tmp_path.iterdir()) == []


def test_cancel_before_anything_is_laid_out() -> None:
    with pytest.raises(ExportCancelled):
        build(setup(cancel=lambda: True))


def test_building_writes_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    assert build().startswith(b"%PDF-")
    assert list(tmp_path.iterdir()) == []


def test_typed_markup_prints_as_typed() -> None:
    ctx = make_context(setup())
    typed = 'Said <b>not</b> bold & 5 < 6; he said "fine"\x00\x07 ok'
    pdf = build_pdf(ctx, PageHeader("Note"), [Paragraph(esc(typed), ctx.styles.body)])
    text = all_text(pdf)
    assert 'Said <b>not</b> bold & 5 < 6; he said "fine" ok' in text


def test_a_blank_form_header_asks_for_name_and_date() -> None:
    pdf = build(client_name=None, date_of_birth=None, name_blank=True)
    assert_every_page(pdf, "Name", "Date")
    assert "Dana R." not in all_text(pdf)


def test_a_watermark_prints_on_every_page() -> None:
    pdf = build(watermark="DRAFT — NOT SIGNED")
    assert_every_page(pdf, "DRAFT — NOT SIGNED")


# --- labels ---------------------------------------------------------------------------


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_label_exists_in_both_languages_with_the_same_placeholders() -> None:
    english, spanish = CATALOG["en"], CATALOG["es"]
    assert set(english) == set(spanish)
    for key in english:
        assert _fields(english[key]) == _fields(spanish[key]), key
        assert spanish[key].strip(), key


def test_spanish_labels_are_not_left_in_english() -> None:
    same = {k for k in CATALOG["en"] if CATALOG["en"][k] == CATALOG["es"][k]}
    # Only words spelled the same in both languages may match.
    assert same == {
        "no",
        "dash",
        "section.plan",
        "signin.col.number",
        "kind.individual",
        "ws.row",
        "scale.audit",
        "sub.cannabis",
        "sub.alcohol",
    }


def test_dates_and_times_read_naturally_in_each_language() -> None:
    en, es = Labels("en"), Labels("es")
    moment = datetime(2026, 3, 1, 14, 5)
    assert en.date(moment.date()) == "March 1, 2026"
    assert es.date(moment.date()) == "1 de marzo de 2026"
    assert en.time(moment) == "2:05 PM"
    assert es.time(moment) == "14:05"
    assert en.time(moment.replace(hour=0)) == "12:05 AM"
    assert es.date_short(date(2026, 12, 25)) == "25 dic 2026"
    assert en.date_short(date(2026, 12, 25)) == "Dec 25, 2026"


def test_language_is_the_one_asked_for_else_the_clients() -> None:
    from test_export_support import client

    from counselor_desk.domain.records import Language

    spanish_client = client(Language.SPANISH)
    assert pick_language(None, spanish_client) == "es"
    assert pick_language("en", spanish_client) == "en"
    assert pick_language(None, None) == "en"


def test_documents_build_the_same_on_worker_threads() -> None:
    from concurrent.futures import ThreadPoolExecutor

    expected = build(setup(disclosure=consent_disclosure()))
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(lambda _: build(setup(disclosure=consent_disclosure())), range(4)))
    assert all(result == expected for result in results)
