"""How many pages a story will take, estimated while it is laid out (for the progress bar).

Counting flowables is no measure: one long table is one flowable and may fill fifty
pages. Instead each flowable gets a cheap estimate of its height at the frame's width
(a paragraph by the width of its text, a table row by row and cell by cell, a container
by its contents), far cheaper than laying it out. After each page the story still to
come is measured the same way; the estimate is the pages done plus what is left, the
heuristic's points-per-page corrected by what the pages done actually held (slowly at
first, so one odd first page does not swing it). It is never below the pages done and
the last estimate is the page count.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
)
from reportlab.platypus.doctemplate import ActionFlowable

# Pages of belief in the heuristic before the pages done correct it: the correction is
# (pages done + PRIOR) / (estimated pages done + PRIOR).
PRIOR = 2.0
# However wrong the heuristic proves, it is trusted within this factor.
MAX_CORRECTION = 3.0
# A wrapped line holds about this much of the width; the rest is lost at word breaks.
LINE_FILL = 0.93
# A flowable we cannot measure cheaply counts as this many lines of 12 points.
UNKNOWN_HEIGHT = 24.0


class PageEstimate:
    """The page count of `story` in a frame `width` × `height` points, re-estimated after
    each page from the flowables still to lay out (`remaining`, platypus's own list)."""

    def __init__(self, story: Sequence[Flowable], width: float, height: float) -> None:
        self._width = width
        self._height = max(height, 1.0)
        self._paragraphs: dict[tuple[int, int], tuple[Paragraph, float]] = {}
        self._story = list(story)  # held, so the ids below stay theirs
        self._index = {id(f): i for i, f in enumerate(self._story)}
        self._start: list[float] = []
        position = 0.0
        for flowable in self._story:
            self._start.append(position)
            position = self._advance(position, flowable)
        self._end = position

    def after_page(self, done: int, remaining: Sequence[Flowable]) -> int:
        """The estimated page count once `done` pages are laid out and `remaining` is left."""
        if not remaining:
            return done
        left = self._remaining_points(remaining) / self._height
        consumed = max(self._end / self._height - left, 0.0)
        correction = min(
            max((done + PRIOR) / (consumed + PRIOR), 1 / MAX_CORRECTION), MAX_CORRECTION
        )
        estimate = math.ceil(done + left * correction - 0.05)
        return max(done + 1, estimate)

    # -- measuring -------------------------------------------------------------------------
    def _remaining_points(self, remaining: Sequence[Flowable]) -> float:
        """Estimated points of the story still to lay out. Platypus only changes the
        front of its list (split remainders, grouped keep-with-next runs); behind them is
        an unchanged tail of the original story, whose size is known already."""
        for front, flowable in enumerate(remaining):
            index = self._index.get(id(flowable))
            if index is None or self._story[index] is not flowable:
                continue
            if len(remaining) - front != len(self._story) - index:
                break  # not the tail we know; measure all of it
            head = 0.0
            for item in remaining[:front]:
                head = self._advance(head, item)
            return head + self._end - self._start[index]
        total = 0.0
        for item in remaining:
            total = self._advance(total, item)
        return total

    def _advance(self, position: float, flowable: Flowable) -> float:
        """Where the next flowable starts after `flowable` starts at `position`."""
        page = self._height
        if isinstance(flowable, PageBreak):
            used = position % page
            return position if used < 1.0 else position - used + page
        if isinstance(flowable, CondPageBreak):
            used = position % page
            needed = float(getattr(flowable, "height", 0.0))
            return position - used + page if used > 1.0 and page - used < needed else position
        return position + self.height(flowable, self._width)

    def height(self, flowable: object, width: float) -> float:
        """A cheap estimate of `flowable`'s height, in points, at `width`."""
        if isinstance(flowable, Paragraph):
            return self._paragraph_height(flowable, width)
        if isinstance(flowable, Table):
            return self._table_height(flowable, width)
        if isinstance(flowable, Spacer):
            return float(flowable.height)
        if isinstance(flowable, (ActionFlowable, PageBreak, CondPageBreak)):
            return 0.0
        if isinstance(flowable, (list, tuple)):
            return sum(self.height(item, width) for item in flowable)
        if isinstance(flowable, str):
            return 12.0 * (flowable.count("\n") + 1)
        if not isinstance(flowable, Flowable):
            return 0.0
        space = _space(flowable)
        content = getattr(flowable, "_content", None)
        if isinstance(content, (list, tuple)):
            inner = sum(self.height(item, width) for item in content)
            limit = getattr(flowable, "maxHeight", None)  # KeepInFrame shrinks to it
            if isinstance(limit, (int, float)) and limit > 0:
                inner = min(inner, float(limit))
            return inner + space
        try:  # drawings, rules, write-in boxes: their own size, cheaply known
            _w, measured = flowable.wrap(width, self._height)
        except Exception:
            return UNKNOWN_HEIGHT + space
        return float(measured) + space

    def _table_height(self, table: Table, width: float) -> float:
        rows: list[list[Any]] = getattr(table, "_cellvalues", [])
        if not rows:
            return 0.0
        columns = _column_widths(table, width, len(rows[0]))
        styles: list[list[Any]] = getattr(table, "_cellStyles", [])
        fixed: Sequence[float | None] = getattr(table, "_argH", None) or [None] * len(rows)
        total = 0.0
        for r, row in enumerate(rows):
            given = fixed[r] if r < len(fixed) else None
            if isinstance(given, (int, float)):
                total += float(given)
                continue
            tallest = 0.0
            for c, cell in enumerate(row):
                style = styles[r][c] if r < len(styles) and c < len(styles[r]) else None
                top, bottom, left, right = _paddings(style)
                inner = max(columns[c] if c < len(columns) else width, 1.0) - left - right
                tallest = max(tallest, self._cell_height(cell, inner, style) + top + bottom)
            total += tallest
        return total + _space(table)

    def _cell_height(self, cell: object, width: float, style: Any) -> float:
        if isinstance(cell, str):
            if not cell:
                return 0.0
            leading = float(getattr(style, "leading", 12.0))
            return leading * (cell.count("\n") + 1)
        return self.height(cell, width)

    def _paragraph_height(self, paragraph: Paragraph, width: float) -> float:
        """Measured once: a table's remainder holds the same paragraphs, and must count
        them as the whole table did (laying out changes what a paragraph holds)."""
        key = (id(paragraph), round(width))
        cached = self._paragraphs.get(key)
        if cached is not None and cached[0] is paragraph:
            return cached[1]
        measured = _paragraph_height(paragraph, width)
        self._paragraphs[key] = (paragraph, measured)
        return measured


def _paragraph_height(paragraph: Paragraph, width: float) -> float:
    style = paragraph.style
    size = float(style.fontSize)
    leading = float(style.leading or size * 1.2)
    avail = max(width - float(style.leftIndent) - float(style.rightIndent), size * 4)
    laid = getattr(paragraph, "height", None)  # wrapped already at this width: known
    if isinstance(laid, (int, float)) and abs(getattr(paragraph, "width", -1) - width) < 1:
        return float(laid) + _space(paragraph)
    lines = 0
    for segment in _segments(paragraph, style.fontName, size):
        # The first line takes what fits; every further one loses a little at its break.
        lines += 1 + max(0, math.ceil((segment - avail) / (avail * LINE_FILL)))
    return max(lines, 1) * leading + _space(paragraph)


def _segments(paragraph: Paragraph, font: str, size: float) -> list[float]:
    """The widths of the paragraph's text between forced line breaks (<br/>)."""
    frags = getattr(paragraph, "frags", None) or []
    if frags and all(hasattr(frag, "text") for frag in frags):  # not yet broken into lines
        widths = [0.0]
        for frag in frags:
            if getattr(frag, "lineBreak", False):
                widths.append(0.0)
            elif frag.text:
                widths[-1] += _width(frag.text, frag.fontName, frag.fontSize)
        return widths
    return [_width(paragraph.getPlainText(), font, size)]


def _width(text: str, font: str, size: float) -> float:
    try:
        return float(stringWidth(text, font, size))
    except Exception:
        return len(text) * size * 0.55


def _space(flowable: Flowable) -> float:
    try:
        return float(flowable.getSpaceBefore()) + float(flowable.getSpaceAfter())
    except Exception:
        return 0.0


def _paddings(style: Any) -> tuple[float, float, float, float]:
    if style is None:
        return 3.0, 3.0, 6.0, 6.0
    return (
        float(getattr(style, "topPadding", 3.0)),
        float(getattr(style, "bottomPadding", 3.0)),
        float(getattr(style, "leftPadding", 6.0)),
        float(getattr(style, "rightPadding", 6.0)),
    )


def _column_widths(table: Table, width: float, count: int) -> list[float]:
    """The table's column widths where given in points; the rest share what is left."""
    given = getattr(table, "_colWidths", None) or getattr(table, "_argW", None) or []
    widths: list[float | None] = [
        float(w) if isinstance(w, (int, float)) else None for w in list(given)[:count]
    ]
    widths += [None] * (count - len(widths))
    free = [i for i, w in enumerate(widths) if w is None]
    if free:
        rest = max(width - sum(w for w in widths if w is not None), 0.0)
        share = rest / len(free) if rest > 0 else width / count
        for i in free:
            widths[i] = share
    return [w or 0.0 for w in widths]
