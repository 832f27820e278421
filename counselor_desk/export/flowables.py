"""Building blocks shared by the documents: data tables, boxes, writing lines, ratings.

Tables repeat their header row on every page and may split inside a tall row, so a long
note in a cell flows on instead of overflowing the page.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.colors import Color, white
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Table

from counselor_desk.export.fonts import SANS, SANS_BOLD
from counselor_desk.export.styles import (
    ACCENT,
    ACCENT_LIGHT,
    BODY_WIDTH,
    INK,
    MUTED,
    RULE,
    URGENT_EDGE,
    URGENT_FILL,
    WRITING_LINE,
    ZEBRA,
    Styles,
    table_style,
)
from counselor_desk.export.text import esc

Cell = str | Flowable


def cell(value: Cell, style: Any) -> Flowable:
    return value if isinstance(value, Flowable) else Paragraph(esc(value), style)


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    widths: Sequence[float],
    styles: Styles,
    *,
    zebra: bool = True,
    row_height: float | None = None,
    grid: bool = False,
    valign: str = "TOP",
) -> Table:
    """A table with a header row repeated on every page; text cells wrap."""
    data: list[list[Flowable]] = [[Paragraph(esc(h), styles.cell_header) for h in header]]
    data.extend([cell(value, styles.cell) for value in row] for row in rows)
    heights: list[float | None] | None = None
    if row_height is not None:
        heights = [None] + [row_height] * len(rows)
    table = Table(
        data,
        colWidths=list(widths),
        rowHeights=heights,
        repeatRows=1,
        splitInRow=1,
        hAlign="LEFT",
    )
    commands: list[Any] = [
        ("VALIGN", (0, 0), (-1, 0), "TOP"),
        ("VALIGN", (0, 1), (-1, -1), valign),
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT_LIGHT),
        ("LINEBELOW", (0, 0), (-1, 0), 0.9, ACCENT),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if rows:
        commands.append(("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE))
        if zebra:
            commands.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [white, ZEBRA]))
    if grid:
        commands.append(("INNERGRID", (0, 0), (-1, -1), 0.4, RULE))
        commands.append(("BOX", (0, 0), (-1, -1), 0.6, MUTED))
    table.setStyle(table_style(commands))
    return table


def with_lead(lead: Sequence[Flowable], table: Table, rows: int, keep: int = 8) -> list[Flowable]:
    """Headings and lines that introduce a table, never left alone at a page foot; a short
    table (up to `keep` rows) is kept whole on one page with them. A long table starts
    under its headings wherever there is room for a few rows, and splits (header repeated)."""
    if rows <= keep:
        return [KeepTogether([*lead, table])]
    # "Keep with next" would move the whole long table to a new page (ReportLab keeps the
    # group together), so the headings let go and a conditional break guards them instead.
    height = 0.0
    for flowable in lead:
        flowable.keepWithNext = 0
        height += flowable.wrap(BODY_WIDTH, 10_000)[1] + flowable.getSpaceAfter()
    return [CondPageBreak(height + ROOM_FOR_ROWS), *lead, table]


ROOM_FOR_ROWS = 90.0  # the header row and a few rows


def callout(
    content: Sequence[Flowable],
    width: float,
    *,
    fill: Color = ACCENT_LIGHT,
    edge: Color = ACCENT,
    padding: float = 9,
) -> Table:
    """A tinted box with a thick left edge, for guidance, warnings and signatures."""
    box = Table([[list(content)]], colWidths=[width], hAlign="LEFT", splitInRow=1)
    box.setStyle(
        table_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), fill),
                ("LINEBEFORE", (0, 0), (0, -1), 3, edge),
                ("LEFTPADDING", (0, 0), (-1, -1), padding + 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), padding),
                ("TOPPADDING", (0, 0), (-1, -1), padding * 0.6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), padding),
            ]
        )
    )
    return box


def urgent_callout(content: Sequence[Flowable], width: float) -> Table:
    return callout(content, width, fill=URGENT_FILL, edge=URGENT_EDGE)


class WritingLines(Flowable):
    """Ruled lines to write on by hand: `count` lines `spacing` points apart."""

    def __init__(self, count: int, spacing: float = 26.0) -> None:
        super().__init__()
        self.count = max(1, count)
        self.spacing = spacing
        self._width = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._width = availWidth
        return availWidth, self.count * self.spacing

    def draw(self) -> None:
        canvas = self.canv
        canvas.setStrokeColor(WRITING_LINE)
        canvas.setLineWidth(0.6)
        for index in range(self.count):
            y = self.count * self.spacing - (index + 1) * self.spacing + 3
            canvas.line(0, y, self._width, y)


class WriteInBox(Flowable):
    """A small empty box to write a number or a date into, with an optional hint after."""

    def __init__(self, width: float, height: float, hint: str = "", font_size: float = 9) -> None:
        super().__init__()
        self.box_width = width
        self.box_height = height
        self.hint = hint
        self.font_size = font_size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return availWidth, self.box_height + 2

    def draw(self) -> None:
        canvas = self.canv
        canvas.setStrokeColor(MUTED)
        canvas.setLineWidth(0.7)
        canvas.rect(0, 1, self.box_width, self.box_height, stroke=1, fill=0)
        if self.hint:
            canvas.setFont(SANS, self.font_size)
            canvas.setFillColor(MUTED)
            canvas.drawString(
                self.box_width + 8, 1 + self.box_height / 2 - self.font_size / 3, self.hint
            )


class RatingScale(Flowable):
    """A rating drawn as numbered circles (up to 11 steps) or as a ruler with ticks (0–100).

    With `selected` the chosen value is filled in; without it the client circles one."""

    def __init__(
        self,
        minimum: int,
        maximum: int,
        *,
        selected: int | None = None,
        low_label: str = "",
        high_label: str = "",
        font_size: float = 10,
        blank_hint: str = "",
    ) -> None:
        super().__init__()
        self.minimum = minimum
        self.maximum = maximum
        self.selected = selected
        self.low_label = low_label
        self.high_label = high_label
        self.font_size = font_size
        self.blank_hint = blank_hint
        self._width = 0.0

    @property
    def steps(self) -> int:
        return self.maximum - self.minimum + 1

    @property
    def _circles(self) -> bool:
        return self.steps <= 11

    def _diameter(self) -> float:
        return min(self.font_size * 2.3, (self._width - 4) / self.steps * 0.82)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._width = min(availWidth, 470.0)
        labels = self.font_size * 1.5 if (self.low_label or self.high_label) else 0
        if self._circles:
            return availWidth, self._diameter() + 6 + labels
        return availWidth, self.font_size * 3.4 + labels

    def draw(self) -> None:
        if self._circles:
            self._draw_circles()
        else:
            self._draw_ruler()

    def _end_labels(self, y: float, left: float, right: float) -> None:
        canvas = self.canv
        size = self.font_size * 0.8
        canvas.setFont(SANS, size)
        canvas.setFillColor(MUTED)
        if self.low_label:
            canvas.drawString(left, y, self.low_label)
        if self.high_label:
            canvas.drawRightString(right, y, self.high_label)

    def _draw_circles(self) -> None:
        canvas = self.canv
        d = self._diameter()
        step = (self._width - 4) / self.steps
        label_band = self.font_size * 1.5 if (self.low_label or self.high_label) else 0
        cy = label_band + 3 + d / 2
        size = min(self.font_size, d * 0.5)
        for index in range(self.steps):
            value = self.minimum + index
            cx = 2 + step * index + step / 2
            chosen = value == self.selected
            canvas.setLineWidth(0.8)
            canvas.setStrokeColor(ACCENT if chosen else MUTED)
            canvas.setFillColor(ACCENT if chosen else white)
            canvas.circle(cx, cy, d / 2, stroke=1, fill=1)
            canvas.setFillColor(white if chosen else INK)
            canvas.setFont(SANS_BOLD if chosen else SANS, size)
            canvas.drawCentredString(cx, cy - size * 0.36, str(value))
        first = 2 + step / 2 - d / 2
        last = 2 + step * (self.steps - 1) + step / 2 + d / 2
        self._end_labels(2, first, last)

    def _draw_ruler(self) -> None:
        canvas = self.canv
        size = self.font_size * 0.8
        label_band = self.font_size * 1.5 if (self.low_label or self.high_label) else 0
        box_width = self.font_size * 4.2
        line_right = self._width - box_width - 14
        y = label_band + size * 1.6 + 2
        canvas.setStrokeColor(MUTED)
        canvas.setLineWidth(0.8)
        canvas.line(4, y, line_right, y)
        span = self.maximum - self.minimum
        tick_every = 10 if span >= 20 else 1
        canvas.setFont(SANS, size)
        canvas.setFillColor(INK)
        value = self.minimum
        while value <= self.maximum:
            x = 4 + (line_right - 4) * (value - self.minimum) / span
            canvas.line(x, y - 4, x, y + 4)
            canvas.drawCentredString(x, y - size - 5, str(value))
            value += tick_every
        # The value itself, written into (or shown in) a box at the right.
        box_y = y - self.font_size * 0.9
        canvas.setStrokeColor(ACCENT if self.selected is not None else MUTED)
        canvas.rect(line_right + 14, box_y, box_width, self.font_size * 1.9, stroke=1, fill=0)
        if self.selected is not None:
            x = 4 + (line_right - 4) * (self.selected - self.minimum) / span
            canvas.setFillColor(ACCENT)
            path = canvas.beginPath()
            path.moveTo(x, y + 1)
            path.lineTo(x - 5, y + 10)
            path.lineTo(x + 5, y + 10)
            path.close()
            canvas.drawPath(path, stroke=0, fill=1)
            canvas.setFont(SANS_BOLD, self.font_size)
            canvas.drawCentredString(
                line_right + 14 + box_width / 2, box_y + self.font_size * 0.55, str(self.selected)
            )
        self._end_labels(2, 4, line_right)
