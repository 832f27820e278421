"""A scale's scores over time, drawn into the PDF: bands shaded, points joined.

Drawn with reportlab.graphics shapes, so it prints as sharp vector lines and its labels
are real text. Bands run light green (low) to light red (high); a PHQ-9 point with the
safety flag gets a red ring.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Literal

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String
from reportlab.lib.colors import Color, HexColor, white

from counselor_desk.domain.measures import ScaleEntry
from counselor_desk.domain.scales import Band, ScaleId, bands, definition
from counselor_desk.export.fonts import SANS, SANS_BOLD
from counselor_desk.export.labels import Labels
from counselor_desk.export.styles import ACCENT, FLAG, INK, MUTED, RULE

_BAND_TINTS = (
    HexColor("#E2F0E4"),
    HexColor("#EEF3DA"),
    HexColor("#FBF0D4"),
    HexColor("#FBE2CF"),
    HexColor("#F7D6D3"),
)


def band_tint(index: int, count: int) -> Color:
    """Light green for the lowest band through light red for the highest."""
    if count <= 1:
        return _BAND_TINTS[0]
    position = round(index * (len(_BAND_TINTS) - 1) / (count - 1))
    return _BAND_TINTS[position]


def band_label(labels: Labels, band: Band) -> str:
    return labels.maybe(f"band.{band.label}", band.label)


def scale_chart(
    entries: Sequence[ScaleEntry],
    *,
    scale: ScaleId,
    start: date,
    end: date,
    labels: Labels,
    width: float,
    height: float = 150.0,
    sex: str | None = None,
) -> Drawing:
    """Scores of one scale between `start` and `end`, with its bands shaded behind."""
    top = definition(scale).max_total
    scale_bands = bands(scale, sex=sex)
    if end <= start:
        end = start + timedelta(days=1)
    span_days = (end - start).days
    x0, x1 = 30.0, width - (104.0 if scale_bands else 12.0)
    y0, y1 = 20.0, height - 8.0

    def x_of(day: date) -> float:
        return x0 + (x1 - x0) * (day - start).days / span_days

    def y_of(value: float) -> float:
        return y0 + (y1 - y0) * value / top

    # Else the renderer starts in Helvetica, a font the PDF would not embed.
    drawing = Drawing(width, height, initialFontName=SANS)
    # Bands: each from its low score to the next band's low (the last to the top).
    for index, band in enumerate(scale_bands):
        upper = scale_bands[index + 1].low if index + 1 < len(scale_bands) else top
        low_y, high_y = y_of(band.low), y_of(upper)
        drawing.add(
            _rect(x0, low_y, x1 - x0, high_y - low_y, band_tint(index, len(scale_bands)), None)
        )
        drawing.add(
            String(
                x1 + 6,
                (low_y + high_y) / 2 - 3,
                band_label(labels, band),
                fontName=SANS,
                fontSize=7.5,
                fillColor=MUTED,
            )
        )
    # Axes and the score ticks at each band edge.
    drawing.add(_rect(x0, y0, x1 - x0, y1 - y0, None, RULE, 0.6))
    ticks = sorted({0, top, *(band.low for band in scale_bands)})
    if not scale_bands:
        ticks = sorted({0, top, top // 2})
    for value in ticks:
        y = y_of(value)
        drawing.add(Line(x0 - 3, y, x0, y, strokeColor=MUTED, strokeWidth=0.6))
        drawing.add(
            String(
                x0 - 5,
                y - 2.5,
                str(value),
                fontName=SANS,
                fontSize=7,
                fillColor=MUTED,
                textAnchor="end",
            )
        )
    ticks_x = _date_ticks(start, end)
    for index, day in enumerate(ticks_x):
        x = x_of(day)
        anchor: Literal["start", "middle", "end"] = "middle"
        if index == 0:
            anchor = "start"
        elif index == len(ticks_x) - 1:
            anchor = "end"
        drawing.add(Line(x, y0 - 3, x, y0, strokeColor=MUTED, strokeWidth=0.6))
        drawing.add(
            String(
                x,
                y0 - 12,
                labels.date_short(day),
                fontName=SANS,
                fontSize=7,
                fillColor=MUTED,
                textAnchor=anchor,
            )
        )
    points = sorted(
        (entry for entry in entries if entry.scale is scale and start <= entry.taken_on <= end),
        key=lambda entry: entry.taken_on,
    )
    coords = [(x_of(entry.taken_on), y_of(entry.total)) for entry in points]
    if len(coords) > 1:
        flat = [value for pair in coords for value in pair]
        drawing.add(PolyLine(flat, strokeColor=ACCENT, strokeWidth=1.6, strokeLineJoin=1))
    show_values = len(points) <= 16
    for entry, (x, y) in zip(points, coords, strict=True):
        if entry.safety_flag:
            drawing.add(Circle(x, y, 5.2, fillColor=None, strokeColor=FLAG, strokeWidth=1.4))
        drawing.add(Circle(x, y, 2.8, fillColor=ACCENT, strokeColor=white, strokeWidth=0.8))
        if show_values:
            drawing.add(
                String(
                    x,
                    min(y + 6, y1 - 7),
                    str(entry.total),
                    fontName=SANS_BOLD,
                    fontSize=7,
                    fillColor=INK,
                    textAnchor="middle",
                )
            )
    return drawing


def _rect(
    x: float,
    y: float,
    width: float,
    height: float,
    fill: Color | None,
    stroke: Color | None,
    stroke_width: float = 1.0,
) -> Rect:
    rect = Rect(x, y, width, height)
    rect.fillColor = fill
    rect.strokeColor = stroke
    rect.strokeWidth = stroke_width
    return rect


def _date_ticks(start: date, end: date, count: int = 5) -> list[date]:
    """Up to `count` evenly spaced dates from `start` to `end`, both ends included."""
    span = (end - start).days
    if span < count:
        return [start + timedelta(days=d) for d in range(span + 1)]
    return [start + timedelta(days=round(span * i / (count - 1))) for i in range(count)]
