"""The document engine: one page template for every printed record, built in memory.

Each page carries the program name, the document title, the client's name and date of
birth, "page x of y", and, on a disclosure, the 42 CFR 2.32 short notice in a band above
the footer; a disclosure also gets a cover with the long notice. The PDF is built into
bytes (nothing is written to disk) and is identical for identical input: ReportLab's
invariant mode, and the PDF's creation date taken from `PrintSetup.printed_at`.

Long documents report progress and may be cancelled: `PrintSetup.progress` is called
after each page with (pages done, estimated total) and `PrintSetup.cancel` is polled
after each flowable; when it returns True the build stops with ExportCancelled. Both are
plain callables, so a worker thread can drive them. The estimate weighs what is left by
its size, not by its count of flowables (export/estimate.py): it is above the pages done
until the last page, where it is the page count. A total of 0 means "not known yet"; this
engine always has an estimate, but a progress hook should accept 0.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, tzinfo
from io import BytesIO
from typing import Any

from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
)

from counselor_desk.domain.errors import CounselorDeskError
from counselor_desk.domain.records import Client
from counselor_desk.export.estimate import PageEstimate
from counselor_desk.export.fonts import SANS, SANS_BOLD, register_fonts
from counselor_desk.export.labels import Labels, pick_language
from counselor_desk.export.notice import SHORT_NOTICE, SHORT_NOTICE_ES, Disclosure, long_notice
from counselor_desk.export.styles import (
    ACCENT,
    INK,
    MUTED,
    NOTICE_EDGE,
    NOTICE_FILL,
    PAGE_MARGIN,
    RULE,
    WATERMARK,
    Styles,
    make_styles,
    table_style,
)
from counselor_desk.export.text import esc

Progress = Callable[[int, int], None]  # (pages done, estimated total; 0: not known yet)
CancelCheck = Callable[[], bool]

MARGIN = PAGE_MARGIN
HEADER_HEIGHT = 84.0  # from the top edge to the frame
FOOTER_HEIGHT = 60.0  # from the bottom edge to the frame, without a notice
NOTICE_GAP = 8.0


class ExportCancelled(CounselorDeskError):
    """The document was cancelled before it was finished; no PDF was made."""

    def __init__(self) -> None:
        super().__init__("Printing was cancelled; no document was made.")


@dataclass(frozen=True)
class PrintSetup:
    """How to print: when (shown on every page, and the PDF's creation date), for which
    program, in which language (None: the client's preferred one), in which time zone
    (None: this computer's), whether it is a disclosure, and progress/cancel hooks."""

    printed_at: datetime
    program: str | None = None
    language: str | None = None
    tz: tzinfo | None = None
    disclosure: Disclosure | None = None
    progress: Progress | None = None
    cancel: CancelCheck | None = None

    def __post_init__(self) -> None:
        if self.printed_at.tzinfo is None:
            raise ValueError("printed_at must carry its offset")


@dataclass(frozen=True)
class PageHeader:
    """What the top of every page says. `subject` stands in the client line when there
    is no client (a vault name, a group); `name_blank` prints "Name ____" for a form."""

    title: str
    client_name: str | None = None
    date_of_birth: date | None = None
    subject: str | None = None
    name_blank: bool = False
    watermark: str | None = None
    confidential: bool = True

    @classmethod
    def for_client(cls, title: str, client: Client | None, **kw: Any) -> PageHeader:
        if client is None:
            return cls(title, name_blank=True, **kw)
        return cls(title, client_name=client.display_name, date_of_birth=client.date_of_birth, **kw)


@dataclass
class Context:
    """Everything a document builder needs: its labels, styles, time zone and setup."""

    setup: PrintSetup
    labels: Labels
    styles: Styles
    tz: tzinfo = field(default=UTC)

    @property
    def language(self) -> str:
        return self.labels.language

    def local(self, value: datetime) -> datetime:
        return value.astimezone(self.tz)


def make_context(
    setup: PrintSetup, client: Client | None = None, *, base_size: float = 10.0
) -> Context:
    """Labels in the setup's language (else the client's preferred one), styles at
    `base_size` points, and the time zone the document shows times in."""
    register_fonts()
    language = pick_language(setup.language, client)
    tz = setup.tz if setup.tz is not None else datetime.now().astimezone().tzinfo or UTC
    labels = Labels(language)
    return Context(setup=setup, labels=labels, styles=make_styles(base_size), tz=tz)


def frame_width(page_size: tuple[float, float] = LETTER) -> float:
    return page_size[0] - 2 * MARGIN


def _notice_lines(language: str) -> tuple[str, ...]:
    return (SHORT_NOTICE, SHORT_NOTICE_ES) if language == "es" else (SHORT_NOTICE,)


def _notice_height(language: str) -> float:
    return 8.0 + 11.0 * len(_notice_lines(language))


class _Document(BaseDocTemplate):
    """A platypus document that reports progress per page and can be cancelled."""

    def __init__(self, buffer: BytesIO, ctx: Context, header: PageHeader, **kw: Any) -> None:
        super().__init__(buffer, **kw)
        self._ctx = ctx
        self._header = header
        self._story: list[Flowable] = []
        self._estimate: PageEstimate | None = None

    def run(self, story: list[Flowable], canvasmaker: type[Canvas]) -> None:
        self._story = story  # platypus lays out (and empties) this very list
        if self._ctx.setup.progress is not None:
            self._estimate = PageEstimate(story, self.width, self.height)
        self._check_cancel()
        self.build(story, canvasmaker=canvasmaker)

    def _check_cancel(self) -> None:
        cancel = self._ctx.setup.cancel
        if cancel is not None and cancel():
            raise ExportCancelled()

    def afterFlowable(self, flowable: Flowable) -> None:
        self._check_cancel()

    def afterPage(self) -> None:
        progress = self._ctx.setup.progress
        if progress is None or self._estimate is None:
            return
        done = self.page
        progress(done, self._estimate.after_page(done, self._story))


def build_pdf(
    ctx: Context,
    header: PageHeader,
    story: Sequence[Flowable],
    *,
    page_size: tuple[float, float] = LETTER,
) -> bytes:
    """Lay out `story` on the shared page template and return the PDF's bytes."""
    setup = ctx.setup
    disclosure = setup.disclosure
    bottom = FOOTER_HEIGHT
    if disclosure is not None:
        bottom += _notice_height(ctx.language) + NOTICE_GAP
    width, height = page_size
    buffer = BytesIO()
    doc = _Document(
        buffer,
        ctx,
        header,
        pagesize=page_size,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=HEADER_HEIGHT,
        bottomMargin=bottom,
        title=header.title,
        author=setup.program or "",
        creator="Counselor Desk",
        producer="Counselor Desk",
        subject="",
        invariant=1,
        # Else every page names Helvetica (ReportLab's starting font), a font not embedded.
        initialFontName=SANS,
        initialFontSize=10,
        initialLeading=12,
        lang="es-US" if ctx.language == "es" else "en-US",
    )
    frame = Frame(
        MARGIN,
        bottom,
        width - 2 * MARGIN,
        height - HEADER_HEIGHT - bottom,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )

    def decorate(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        _draw_page(canvas, ctx, header, page_size)

    def overlay(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        if header.watermark:
            _draw_watermark(canvas, header.watermark, page_size)

    doc.addPageTemplates(
        [PageTemplate(id="page", frames=[frame], onPage=decorate, onPageEnd=overlay)]
    )
    flowables: list[Flowable] = []
    if disclosure is not None:
        flowables.extend(disclosure_cover(ctx, disclosure))
        flowables.append(PageBreak())
    flowables.extend(story)
    if not flowables:
        flowables.append(Spacer(1, 1))
    doc.run(flowables, _numbered_canvas(ctx, page_size))
    return buffer.getvalue()


def _numbered_canvas(ctx: Context, page_size: tuple[float, float]) -> type[Canvas]:
    """A canvas that holds its pages until the end, so each can say "page x of y"."""
    labels = ctx.labels
    stamp = ctx.setup.printed_at.astimezone(UTC)
    pdf_date = stamp.strftime("D:%Y%m%d%H%M%S+00'00'")

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []
            # The creation date is the print time given, so the same input gives the same bytes.
            self.setDateFormatter(lambda *_parts: pdf_date)

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]  # ReportLab's own, not in its stubs

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self.setFont(SANS, 8)
                self.setFillColor(MUTED)
                self.drawRightString(
                    page_size[0] - MARGIN, 30, labels("page_of", page=number, total=total)
                )
                super().showPage()
            super().save()

    return NumberedCanvas


def _draw_page(
    canvas: Canvas, ctx: Context, header: PageHeader, page_size: tuple[float, float]
) -> None:
    labels = ctx.labels
    width, height = page_size
    right = width - MARGIN
    canvas.saveState()
    # Header: program and title, then who the page is about, then a rule.
    top = height - 38
    canvas.setFillColor(ACCENT)
    canvas.setFont(SANS_BOLD, 9.5)
    canvas.drawString(MARGIN, top, _fit(ctx.setup.program or "", SANS_BOLD, 9.5, width * 0.48))
    canvas.setFillColor(INK)
    canvas.setFont(SANS, 9.5)
    canvas.drawRightString(right, top, _fit(header.title, SANS, 9.5, width * 0.42))
    canvas.setFont(SANS, 9)
    second = top - 14
    if header.client_name:
        canvas.setFont(SANS_BOLD, 9)
        canvas.drawString(MARGIN, second, header.client_name)
        if header.date_of_birth is not None:
            offset = canvas.stringWidth(header.client_name, SANS_BOLD, 9)
            canvas.setFont(SANS, 9)
            canvas.setFillColor(MUTED)
            canvas.drawString(
                MARGIN + offset,
                second,
                "   ·   " + labels("dob_line", date=labels.date(header.date_of_birth)),
            )
    elif header.subject:
        canvas.drawString(MARGIN, second, header.subject)
    elif header.name_blank:
        _blank_line(canvas, labels("name"), MARGIN, second, 230)
        _blank_line(canvas, labels("date"), MARGIN + 260, second, 120)
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(0.9)
    canvas.line(MARGIN, height - 62, right, height - 62)
    # Footer: a rule, when printed and that it is confidential; the page number comes later.
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, 44, right, 44)
    canvas.setFont(SANS, 8)
    canvas.setFillColor(MUTED)
    printed = labels.date(ctx.local(ctx.setup.printed_at).date())
    footer = "footer" if header.confidential else "footer_plain"
    canvas.drawString(MARGIN, 30, labels(footer, date=printed))
    if ctx.setup.disclosure is not None:
        _draw_notice_band(canvas, ctx.language, MARGIN, 52, width - 2 * MARGIN)
    canvas.restoreState()


def _draw_watermark(canvas: Canvas, text: str, page_size: tuple[float, float]) -> None:
    """Drawn over the page (translucent), so no table background can hide it."""
    width, height = page_size
    canvas.saveState()
    canvas.setFillColor(WATERMARK)
    size = 46.0
    while size > 20 and canvas.stringWidth(text, SANS_BOLD, size) > height * 0.8:
        size -= 2
    canvas.setFont(SANS_BOLD, size)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(35)
    canvas.drawCentredString(0, -size / 3, text)
    canvas.restoreState()


def _draw_notice_band(canvas: Canvas, language: str, x: float, y: float, w: float) -> None:
    lines = _notice_lines(language)
    h = _notice_height(language)
    canvas.setFillColor(NOTICE_FILL)
    canvas.setStrokeColor(NOTICE_EDGE)
    canvas.setLineWidth(0.6)
    canvas.rect(x, y, w, h, stroke=1, fill=1)
    canvas.setFillColor(INK)
    baseline = y + h - 14
    for index, line in enumerate(lines):
        canvas.setFont(SANS_BOLD if index == 0 else SANS, 8.5 if index == 0 else 8)
        canvas.drawCentredString(x + w / 2, baseline, line)
        baseline -= 11


def _blank_line(canvas: Canvas, label: str, x: float, y: float, length: float) -> None:
    canvas.setFont(SANS, 9)
    canvas.setFillColor(INK)
    canvas.drawString(x, y, label)
    start = x + canvas.stringWidth(label, SANS, 9) + 6
    canvas.setStrokeColor(MUTED)
    canvas.setLineWidth(0.5)
    canvas.line(start, y - 2, x + length, y - 2)


def _fit(text: str, font: str, size: float, width: float) -> str:
    """Cut a header text with an ellipsis so it never runs into its neighbour."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def disclosure_cover(ctx: Context, disclosure: Disclosure) -> list[Flowable]:
    """The first page of a disclosure: to whom, why, on what basis, and Statement 1."""
    labels = ctx.labels
    s = ctx.styles
    when = ctx.local(disclosure.disclosed_at)
    rows: list[tuple[str, str]] = [
        (labels("cover.recipient"), disclosure.recipient),
    ]
    if disclosure.emergency is not None:
        rows.append((labels("cover.facility"), disclosure.emergency.facility))
    rows.append((labels("cover.purpose"), disclosure.purpose))
    rows.append((labels("cover.information"), disclosure.information))
    rows.append((labels("cover.date"), labels.datetime(when)))
    if disclosure.consent_id is not None:
        rows.append((labels("cover.basis"), labels("cover.consent", id=disclosure.consent_id)))
    else:
        assert disclosure.emergency is not None
        rows.append((labels("cover.basis"), labels("cover.emergency")))
        rows.append((labels("cover.nature"), disclosure.emergency.nature))
    if disclosure.disclosed_by:
        rows.append((labels("cover.disclosed_by"), disclosure.disclosed_by))
    story: list[Flowable] = [
        Paragraph(esc(labels("cover.title")), s.title),
        Paragraph(esc(labels("cover.subtitle")), s.subtitle),
        key_value_table(rows, ctx, label_width=150),
        Spacer(1, 16),
    ]
    story.append(notice_box(ctx, "en"))
    if ctx.language == "es":
        story.append(Spacer(1, 10))
        story.append(notice_box(ctx, "es"))
    return story


def notice_box(ctx: Context, language: str) -> Flowable:
    """Statement 1 of 42 CFR 2.32 in a ruled box (Spanish: our translation, so marked)."""
    s = ctx.styles
    lead, conditions, closing = long_notice(language)
    heading = ctx.labels("cover.notice_heading_es") if language == "es" else "Notice (42 CFR 2.32)"
    size = s.base * 0.82
    text = ParagraphStyle("notice", parent=s.small, fontSize=size, leading=size * 1.3)
    condition = ParagraphStyle("notice_item", parent=text, leftIndent=14, spaceBefore=1.5)
    parts: list[Flowable] = [Paragraph(esc(heading), s.h3), Paragraph(esc(lead), text)]
    parts.extend(Paragraph(esc(item), condition) for item in conditions)
    parts.append(Paragraph(esc(closing), text))
    box = Table([[parts]], colWidths=[frame_width() - 2])
    box.setStyle(
        table_style(
            [
                ("BOX", (0, 0), (-1, -1), 0.8, NOTICE_EDGE),
                ("BACKGROUND", (0, 0), (-1, -1), NOTICE_FILL),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return KeepTogether([box])


def key_value_table(
    rows: Sequence[tuple[str, str | Flowable]], ctx: Context, *, label_width: float = 130
) -> Table:
    """Label/value pairs, the label in small bold grey, the value wrapping beside it."""
    s = ctx.styles
    data = [
        [
            Paragraph(esc(label), s.cell_header),
            value if isinstance(value, Flowable) else Paragraph(esc(value), s.cell),
        ]
        for label, value in rows
    ]
    table = Table(
        data, colWidths=[label_width, frame_width() - label_width], hAlign="LEFT", splitInRow=1
    )
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ]
        )
    )
    return table
