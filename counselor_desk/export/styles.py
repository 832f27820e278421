"""Type sizes, colours and paragraph styles shared by every printed document.

Records print at 10 pt; paper the client takes home (worksheets, handouts) at 12 pt or
more (DESIGN.md), 14 pt for large print. Everything scales from one base size.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import TableStyle

from counselor_desk.export.fonts import SANS, SANS_BOLD

INK = HexColor("#1E2529")
MUTED = HexColor("#58656C")
ACCENT = HexColor("#1F5F6B")  # a calm teal, dark enough for text
ACCENT_LIGHT = HexColor("#E4EEF0")
RULE = HexColor("#B9C4C8")
ZEBRA = HexColor("#F5F8F9")
WRITING_LINE = HexColor("#9AA6AB")
NOTICE_FILL = HexColor("#F4EFE1")
NOTICE_EDGE = HexColor("#8A7540")
URGENT_FILL = HexColor("#FCEDEA")
URGENT_EDGE = HexColor("#A8321F")
FLAG = HexColor("#A8321F")
EXPECTED = HexColor("#2C6E3F")
WATERMARK = Color(0.72, 0.72, 0.72, alpha=0.45)

PAGE_MARGIN = 54.0  # 0.75 in, left and right
BODY_WIDTH = LETTER[0] - 2 * PAGE_MARGIN  # the text column of a Letter page

RECORD_SIZE = 10.0
CLIENT_SIZE = 12.0
LARGE_PRINT_SIZE = 14.0


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of one document, all derived from `base` points."""

    base: float
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    body: ParagraphStyle
    lead: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    label: ParagraphStyle
    help: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_header: ParagraphStyle
    bullet: ParagraphStyle


def make_styles(base: float = RECORD_SIZE) -> Styles:
    """Styles for a document whose body text is `base` points."""

    def style(name: str, size: float, **kw: object) -> ParagraphStyle:
        options: dict[str, object] = {
            "fontName": SANS,
            "fontSize": size,
            "leading": round(size * 1.38, 1),
            "textColor": INK,
            "alignment": TA_LEFT,
            "allowWidows": 0,
            "allowOrphans": 0,
        }
        options.update(kw)
        return ParagraphStyle(name, **options)  # type: ignore[arg-type]

    return Styles(
        base=base,
        title=style(
            "title",
            base * 1.8,
            fontName=SANS_BOLD,
            textColor=ACCENT,
            leading=base * 2.2,
            spaceAfter=base * 0.2,
        ),
        subtitle=style("subtitle", base * 1.0, textColor=MUTED, spaceAfter=base * 0.9),
        h1=style(
            "h1",
            base * 1.35,
            fontName=SANS_BOLD,
            textColor=ACCENT,
            spaceBefore=base * 1.3,
            spaceAfter=base * 0.45,
            keepWithNext=1,
        ),
        h2=style(
            "h2",
            base * 1.12,
            fontName=SANS_BOLD,
            spaceBefore=base * 0.9,
            spaceAfter=base * 0.3,
            keepWithNext=1,
        ),
        h3=style(
            "h3",
            base,
            fontName=SANS_BOLD,
            spaceBefore=base * 0.6,
            spaceAfter=base * 0.15,
            keepWithNext=1,
        ),
        body=style("body", base, spaceAfter=base * 0.45),
        lead=style("lead", base, spaceAfter=base * 0.45, keepWithNext=1),
        small=style("small", base * 0.86),
        muted=style("muted", base * 0.86, textColor=MUTED),
        label=style(
            "label",
            base,
            fontName=SANS_BOLD,
            spaceBefore=base * 0.7,
            spaceAfter=base * 0.1,
            keepWithNext=1,
        ),
        help=style("help", base * 0.86, textColor=MUTED, spaceAfter=base * 0.2, keepWithNext=1),
        cell=style("cell", base * 0.88),
        cell_bold=style("cell_bold", base * 0.88, fontName=SANS_BOLD),
        cell_header=style("cell_header", base * 0.84, fontName=SANS_BOLD, textColor=ACCENT),
        bullet=style(
            "bullet",
            base,
            leftIndent=base * 1.4,
            bulletIndent=base * 0.3,
            bulletFontSize=base,
            bulletFontName=SANS,
        ),
    )


def table_style(commands: Sequence[Any]) -> TableStyle:
    """A table style whose cells default to our embedded font: ReportLab's default cell
    font is Helvetica, which would put an unembedded font into the PDF."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), SANS), *commands])
