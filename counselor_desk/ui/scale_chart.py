"""A client's scores on one scale over time, drawn with QPainter (no QtCharts): the
scale's bands as light shading labelled at the right edge, dated and scored axes, the
scores joined by a line, and the latest one labelled.

The same drawing serves the screen (paintEvent) and a QImage (paint_to_image), so tests
and printouts see exactly what the counselor sees.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from counselor_desk.domain.scales import Band, ScaleId, bands, definition
from counselor_desk.ui.models import show_date

_MARKERS_UP_TO = 60  # past this many points, dots would only blur the line
_MARGIN_LEFT, _MARGIN_TOP, _MARGIN_BOTTOM, _LABEL_GAP = 40.0, 28.0, 26.0, 6.0


def band_colour(index: int, count: int) -> QColor:
    """Light shading from green (lowest band) to red (highest); kept pale so the line
    and the text on top stay readable."""
    hue = 120 if count <= 1 else round(120 - 120 * index / (count - 1))
    return QColor.fromHsl(hue, 170, 228)


def _nice_step(span: float, most: int = 6) -> int:
    for step in (1, 2, 5, 10, 20, 25, 50, 100):
        if span / step <= most:
            return step
    return 100


def _add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year = day.year + month // 12
    month = month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def date_ticks(first: date, last: date, most: int = 6) -> tuple[list[date], str]:
    """A few evenly spaced dates between first and last, and the pattern to label them:
    days or weeks for a short span, first days of months for a longer one."""
    span = max((last - first).days, 1)
    for days in (1, 2, 7, 14):
        if span // days + 1 <= most:
            start = first
            if days == 7:  # weeks begin on Monday
                start = first + timedelta(days=(7 - first.weekday()) % 7)
            ticks = []
            day = start
            while day <= last:
                ticks.append(day)
                day += timedelta(days=days)
            return ticks, "MMM d"
    for months in (1, 2, 3, 6, 12, 24, 60):
        if span / (30.44 * months) + 1 <= most:
            break
    day = date(first.year, first.month, 1)
    if day < first:
        day = _add_months(day, 1)
    while (day.month - 1) % min(months, 12):
        day = _add_months(day, 1)
    ticks = []
    while day <= last:
        ticks.append(day)
        day = _add_months(day, months)
    return ticks, "MMM yyyy"


class ScaleChart(QWidget):
    """Scores over time on one scale. Feed it with set_series(scale_id, [(date, total)])."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scale_id: ScaleId | None = None
        self.points: list[tuple[date, int]] = []
        self._bands: tuple[Band, ...] = ()
        self._max_total = 10
        self._title = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumSize(320, 180)
        self.setAccessibleName(QCoreApplication.translate("ScaleChart", "Score chart"))
        self._describe()

    def sizeHint(self) -> QSize:
        return QSize(600, 300)

    def set_series(
        self, scale_id: ScaleId, points: Iterable[tuple[date, int]], *, sex: str | None = None
    ) -> None:
        """Show `points` (any order; drawn by date) on `scale_id`'s bands. `sex` picks the
        AUDIT-C cut-off, as in domain.scales.bands."""
        self.scale_id = ScaleId(scale_id)
        scale = definition(self.scale_id)
        self._title = scale.title
        self._max_total = scale.max_total
        self._bands = bands(self.scale_id, sex=sex)
        self.points = sorted(points, key=lambda point: point[0])
        self.setAccessibleName(
            QCoreApplication.translate("ScaleChart", "Chart of %1 scores").replace(
                "%1", scale.title
            )
        )
        self._describe()
        self.update()

    # -- what a screen reader hears

    def _band_of(self, total: int) -> str:
        return next((band.label for band in self._bands if band.contains(total)), "")

    def _describe(self) -> None:
        self.setAccessibleDescription(self.summary())

    def summary(self) -> str:
        """One or two sentences: the latest score, its band, and the change since the
        score before."""
        if not self.points:
            return QCoreApplication.translate("ScaleChart", "No scores yet.")
        day, total = self.points[-1]
        band = self._band_of(total)
        latest = (
            QCoreApplication.translate("ScaleChart", "Latest score %1 on %2.")
            if not band
            else QCoreApplication.translate("ScaleChart", "Latest score %1 on %2 (%3).")
        )
        sentence = (
            latest.replace("%1", str(total)).replace("%2", self._day_text(day)).replace("%3", band)
        )
        if len(self.points) > 1:
            before_day, before = self.points[-2]
            change = total - before
            if change > 0:
                trend = QCoreApplication.translate("ScaleChart", "Up %1 from %2 on %3.")
            elif change < 0:
                trend = QCoreApplication.translate("ScaleChart", "Down %1 from %2 on %3.")
            else:
                trend = QCoreApplication.translate("ScaleChart", "The same as on %3.")
            sentence += " " + trend.replace("%1", str(abs(change))).replace(
                "%2", str(before)
            ).replace("%3", self._day_text(before_day))
        count = QCoreApplication.translate("ScaleChart", "Scores recorded: %1.").replace(
            "%1", str(len(self.points))
        )
        return f"{sentence} {count}"

    @staticmethod
    def _day_text(day: date) -> str:
        return show_date(day)  # one date format in the whole window

    # -- geometry

    def _right_margin(self, metrics: QFontMetricsF) -> float:
        widest = max((metrics.horizontalAdvance(b.label) for b in self._bands), default=0.0)
        return max(24.0, widest + 2 * _LABEL_GAP)

    def plot_area(self, size: QSize) -> QRectF:
        """Where the scores are drawn inside a canvas of `size` (the axes' inside)."""
        metrics = QFontMetricsF(self.font())
        right = self._right_margin(metrics)
        return QRectF(
            _MARGIN_LEFT,
            _MARGIN_TOP,
            max(10.0, size.width() - _MARGIN_LEFT - right),
            max(10.0, size.height() - _MARGIN_TOP - _MARGIN_BOTTOM),
        )

    def y_for(self, score: float, area: QRectF) -> float:
        return area.bottom() - area.height() * score / max(1, self._max_total)

    def _date_range(self) -> tuple[date, date]:
        if not self.points:
            today = date.today()
            return today - timedelta(days=28), today
        first, last = self.points[0][0], self.points[-1][0]
        if first == last:  # one day: centre it in a month
            return first - timedelta(days=14), last + timedelta(days=14)
        pad = timedelta(days=max(1, (last - first).days // 30))
        return first - pad, last + pad

    def x_for(self, day: date, area: QRectF) -> float:
        first, last = self._date_range()
        span = max(1, (last - first).days)
        return area.left() + area.width() * (day - first).days / span

    # -- drawing

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self._paint(painter, self.size())
        finally:
            painter.end()

    def paint_to_image(self, size: QSize | tuple[int, int]) -> QImage:
        """The chart drawn into a new image of `size` (tests, printouts)."""
        if isinstance(size, tuple):
            size = QSize(*size)
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(self.palette().color(QPalette.ColorRole.Window))
        painter = QPainter(image)
        try:
            painter.setFont(self.font())
            self._paint(painter, size)
        finally:
            painter.end()
        return image

    def _paint(self, painter: QPainter, size: QSize) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        palette = self.palette()
        metrics = QFontMetricsF(painter.font())
        area = self.plot_area(size)
        painter.fillRect(area, palette.color(QPalette.ColorRole.Base))
        self._paint_bands(painter, area, metrics)
        self._paint_axes(painter, area, metrics)
        if self._title:
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            bold = QFont(painter.font())
            bold.setBold(True)
            painter.save()
            painter.setFont(bold)
            painter.drawText(QPointF(area.left(), _MARGIN_TOP - 10), self._title)
            painter.restore()
        if not self.points:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                area,
                Qt.AlignmentFlag.AlignCenter,
                QCoreApplication.translate("ScaleChart", "No scores yet"),
            )
            return
        self._paint_series(painter, area, metrics)

    def _paint_bands(self, painter: QPainter, area: QRectF, metrics: QFontMetricsF) -> None:
        text = self.palette().color(QPalette.ColorRole.WindowText)
        for index, band in enumerate(self._bands):
            # Whole-number bands: 10 belongs to 10-14, so the edge sits half a point below.
            low = max(0.0, band.low - 0.5)
            high = min(float(self._max_total), band.high + 0.5)
            top, bottom = self.y_for(high, area), self.y_for(low, area)
            rect = QRectF(area.left(), top, area.width(), bottom - top)
            painter.fillRect(rect, band_colour(index, len(self._bands)))
            if rect.height() >= metrics.height() * 0.9:
                label = QRectF(
                    area.right() + _LABEL_GAP, top, 10_000.0, rect.height()
                )  # left-aligned just outside the plot, beside its band
                painter.setPen(text)
                painter.drawText(
                    label,
                    int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                    band.label,
                )

    def _paint_axes(self, painter: QPainter, area: QRectF, metrics: QFontMetricsF) -> None:
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        grid = QColor(palette.color(QPalette.ColorRole.Mid))
        grid.setAlpha(110)
        step = _nice_step(self._max_total)
        for value in range(0, self._max_total + 1, step):
            y = self.y_for(value, area)
            painter.setPen(QPen(grid, 1, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            painter.setPen(text)
            label = QRectF(0, y - metrics.height() / 2, area.left() - _LABEL_GAP, metrics.height())
            painter.drawText(
                label, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), str(value)
            )
        first, last = self._date_range()
        ticks, pattern = date_ticks(first, last, most=max(2, int(area.width() // 110)))
        locale = QLocale()
        for day in ticks:
            x = self.x_for(day, area)
            painter.setPen(QPen(grid, 1, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()))
            painter.setPen(text)
            words = locale.toString(QDate(day.year, day.month, day.day), pattern)
            width = metrics.horizontalAdvance(words)
            left = min(max(0.0, x - width / 2), area.right() - width / 2)
            painter.drawText(QPointF(left, area.bottom() + metrics.ascent() + 4), words)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Dark), 1))
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        painter.drawLine(area.bottomLeft(), area.topLeft())

    def _paint_series(self, painter: QPainter, area: QRectF, metrics: QFontMetricsF) -> None:
        line = QColor("#1f4e8c")
        positions = [QPointF(self.x_for(d, area), self.y_for(v, area)) for d, v in self.points]
        painter.save()
        painter.setClipRect(area.adjusted(-6, -6, 6, 6))
        if len(positions) > 1:
            path = QPainterPath(positions[0])
            for point in positions[1:]:
                path.lineTo(point)
            painter.setPen(QPen(line, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        painter.setPen(QPen(QColor("white"), 1))
        painter.setBrush(line)
        if len(positions) <= _MARKERS_UP_TO:
            for point in positions:
                painter.drawEllipse(point, 3.5, 3.5)
        painter.drawEllipse(positions[-1], 5.0, 5.0)
        painter.restore()
        self._label_latest(painter, area, metrics, positions[-1])

    def _label_latest(
        self, painter: QPainter, area: QRectF, metrics: QFontMetricsF, at: QPointF
    ) -> None:
        words = str(self.points[-1][1])
        bold = QFont(painter.font())
        bold.setBold(True)
        metrics = QFontMetricsF(bold)
        width, height = metrics.horizontalAdvance(words) + 10, metrics.height() + 2
        # Above the point, nudged inside the plot so it is never cut off.
        left = min(max(area.left(), at.x() - width / 2), area.right() - width)
        top = at.y() - height - 8
        if top < area.top():
            top = at.y() + 8
        box = QRectF(left, top, width, height)
        painter.setPen(QPen(QColor("#1f4e8c"), 1))
        painter.setBrush(self.palette().color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(box, 3, 3)
        painter.save()
        painter.setFont(bold)
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, words)
        painter.restore()
