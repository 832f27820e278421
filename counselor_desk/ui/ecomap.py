"""The support network drawn as an ecomap with QPainter: the client in the middle, each
person or group in a box around them, joined by a line styled by the tie's strength
(strong: thick solid; tenuous: dashed; stressful: jagged), with a small legend.

Lines differ in colour and in pattern, so the picture also reads in grey print. Where
members sit comes from domain.network (`ecomap_positions`, `widest_box`), which the
printed ecomap uses too; this canvas only scales it to its size.

Mouse: click a person to edit them; click an empty spot or the "+" to add. Keyboard:
Tab, Shift+Tab and the arrow keys move between people, Enter edits, Insert adds, Delete
asks to remove. The canvas says what to do through signals; the view does it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QLocale,
    QPointF,
    QRectF,
    QSize,
    QSizeF,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QColor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QIcon,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from counselor_desk.domain.network import (
    MemberKind,
    NetworkMember,
    Strength,
    Weekday,
    box_widths,
    ecomap_order,
    ecomap_positions,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("NetworkLabels", text)


# -- labels ----------------------------------------------------------------------------------

_KINDS = {
    MemberKind.FAMILY: QT_TRANSLATE_NOOP("NetworkLabels", "Family"),
    MemberKind.FRIEND: QT_TRANSLATE_NOOP("NetworkLabels", "Friend"),
    MemberKind.SPONSOR: QT_TRANSLATE_NOOP("NetworkLabels", "Sponsor"),
    MemberKind.PEER_SPECIALIST: QT_TRANSLATE_NOOP("NetworkLabels", "Peer specialist"),
    MemberKind.NA_MEETING: QT_TRANSLATE_NOOP("NetworkLabels", "NA meeting"),
    MemberKind.AA_MEETING: QT_TRANSLATE_NOOP("NetworkLabels", "AA meeting"),
    MemberKind.SMART_MEETING: QT_TRANSLATE_NOOP("NetworkLabels", "SMART Recovery meeting"),
    MemberKind.OTHER_MEETING: QT_TRANSLATE_NOOP("NetworkLabels", "Other recovery meeting"),
    MemberKind.FAITH_GROUP: QT_TRANSLATE_NOOP("NetworkLabels", "Faith group"),
    MemberKind.EMPLOYER: QT_TRANSLATE_NOOP("NetworkLabels", "Employer"),
    MemberKind.PRESCRIBER: QT_TRANSLATE_NOOP("NetworkLabels", "Prescriber"),
    MemberKind.OTHER: QT_TRANSLATE_NOOP("NetworkLabels", "Other"),
}
_STRENGTHS = {
    Strength.STRONG: QT_TRANSLATE_NOOP("NetworkLabels", "Strong"),
    Strength.TENUOUS: QT_TRANSLATE_NOOP("NetworkLabels", "Tenuous"),
    Strength.STRESSFUL: QT_TRANSLATE_NOOP("NetworkLabels", "Stressful"),
}
_STRENGTH_WORDS = {  # inside a sentence
    Strength.STRONG: QT_TRANSLATE_NOOP("NetworkLabels", "strong tie"),
    Strength.TENUOUS: QT_TRANSLATE_NOOP("NetworkLabels", "tenuous tie"),
    Strength.STRESSFUL: QT_TRANSLATE_NOOP("NetworkLabels", "stressful tie"),
}


_SHORT_KINDS = {  # a meeting's box has room for little more than its day and time
    MemberKind.NA_MEETING: QT_TRANSLATE_NOOP("NetworkLabels", "NA"),
    MemberKind.AA_MEETING: QT_TRANSLATE_NOOP("NetworkLabels", "AA"),
    MemberKind.SMART_MEETING: QT_TRANSLATE_NOOP("NetworkLabels", "SMART"),
    MemberKind.OTHER_MEETING: QT_TRANSLATE_NOOP("NetworkLabels", "Meeting"),
}


def kind_label(kind: MemberKind) -> str:
    return _tr(str(_KINDS[kind]))


def strength_label(strength: Strength) -> str:
    return _tr(str(_STRENGTHS[strength]))


def weekday_label(day: Weekday, *, short: bool = False) -> str:
    """The day's name in the window's language (Qt's locale data)."""
    form = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return QLocale().dayName(day.iso_number, form)


def meeting_time_label(hhmm: str) -> str:
    """ "19:30" as the window shows times ("7:30 PM" in English)."""
    hours, minutes = (int(part) for part in hhmm.split(":"))
    pattern = QCoreApplication.translate("Dates", "h:mm AP")
    return QLocale().toString(QTime(hours, minutes), pattern)


def meeting_label(member: NetworkMember, *, short: bool = False) -> str:
    """ "Tue 7:00 PM", "Tuesday", "7:00 PM" or "" for when a meeting meets."""
    parts = []
    if member.meeting_day is not None:
        parts.append(weekday_label(member.meeting_day, short=short))
    if member.meeting_time is not None:
        parts.append(meeting_time_label(member.meeting_time))
    return " ".join(parts)


def member_subtitle(member: NetworkMember) -> str:
    """The second line of a member's box: the kind, and the meeting time or the role."""
    when = meeting_label(member, short=True) if member.is_meeting else ""
    if when:
        return f"{_tr(str(_SHORT_KINDS[member.kind]))} · {when}"
    return f"{kind_label(member.kind)} · {member.role}" if member.role else kind_label(member.kind)


def member_sentence(member: NetworkMember) -> str:
    """One member as a screen reader says it: "Rosa M., Family, mother: strong tie,
    weekly."."""
    parts = [member.name, kind_label(member.kind)]
    if member.role:
        parts.append(member.role)
    meeting = meeting_label(member)
    if member.is_meeting and meeting:
        parts.append(meeting)
    text = ", ".join(parts) + ": " + _tr(str(_STRENGTH_WORDS[member.strength]))
    if member.frequency:
        text += ", " + member.frequency
    return text + "."


# -- look ------------------------------------------------------------------------------------

# Fixed colours (the boxes are always light, their text always dark), chosen to differ in
# lightness as well as hue; the line patterns carry the meaning on their own in grey.
LINE_COLOURS = {
    Strength.STRONG: QColor("#1f4e8c"),
    Strength.TENUOUS: QColor("#6b6b6b"),
    Strength.STRESSFUL: QColor("#b00020"),
}
_LINE_WIDTHS = {Strength.STRONG: 4.0, Strength.TENUOUS: 1.6, Strength.STRESSFUL: 1.8}
_ZIGZAG_STEP, _ZIGZAG_AMPLITUDE = 9.0, 4.5
_NODE_TEXT = QColor("#1a1a1a")
_NODE_BORDER = QColor("#555555")
_CLIENT_FILL, _CLIENT_TEXT = QColor("#1f3a5f"), QColor("#ffffff")
_KIND_FILLS = {
    MemberKind.FAMILY: "#fde3c8",
    MemberKind.FRIEND: "#fdeedd",
    MemberKind.SPONSOR: "#d7e8fb",
    MemberKind.PEER_SPECIALIST: "#d7e8fb",
    MemberKind.NA_MEETING: "#d9f0dd",
    MemberKind.AA_MEETING: "#d9f0dd",
    MemberKind.SMART_MEETING: "#d9f0dd",
    MemberKind.OTHER_MEETING: "#d9f0dd",
    MemberKind.FAITH_GROUP: "#ebe0f5",
    MemberKind.EMPLOYER: "#eeeeee",
    MemberKind.PRESCRIBER: "#d5efee",
    MemberKind.OTHER: "#f4f4f4",
}
_IDEAL_WIDTH, _MIN_WIDTH, _MIN_COMPACT_WIDTH, _GAP, _MARGIN = 170.0, 72.0, 52.0, 8.0, 10.0
_ADD_RADIUS = 15.0


def strength_pen(strength: Strength) -> QPen:
    pen = QPen(LINE_COLOURS[strength], _LINE_WIDTHS[strength])
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    if strength is Strength.TENUOUS:
        pen.setStyle(Qt.PenStyle.CustomDashLine)
        pen.setDashPattern([4.0, 3.0])  # in pen widths: 6 px dashes, 5 px gaps
    return pen


def tie_path(start: QPointF, end: QPointF, strength: Strength) -> QPainterPath:
    """The line from `start` to `end`: straight, or a zig-zag for a stressful tie."""
    path = QPainterPath(start)
    dx, dy = end.x() - start.x(), end.y() - start.y()
    length = math.hypot(dx, dy)
    if strength is not Strength.STRESSFUL or length < 2 * _ZIGZAG_STEP:
        path.lineTo(end)
        return path
    ux, uy = dx / length, dy / length
    nx, ny = -uy, ux
    teeth = int(length // _ZIGZAG_STEP)
    step = length / teeth
    for tooth in range(1, teeth):
        side = _ZIGZAG_AMPLITUDE if tooth % 2 else -_ZIGZAG_AMPLITUDE
        along = tooth * step
        path.lineTo(QPointF(start.x() + ux * along + nx * side, start.y() + uy * along + ny * side))
    path.lineTo(end)
    return path


def strength_icon(strength: Strength, size: QSize | None = None) -> QIcon:
    """A short sample of the tie's line, for combo boxes and tables."""
    size = size or QSize(36, 14)
    pixmap = QPixmap(size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(strength_pen(strength))
        middle = size.height() / 2
        painter.drawPath(tie_path(QPointF(1, middle), QPointF(size.width() - 1, middle), strength))
    finally:
        painter.end()
    return QIcon(pixmap)


# -- geometry --------------------------------------------------------------------------------


class HitKind(Enum):
    MEMBER = "member"
    ADD = "add"
    CLIENT = "client"
    LEGEND = "legend"
    EMPTY = "empty"


@dataclass(frozen=True)
class Hit:
    kind: HitKind
    member_id: str | None = None


@dataclass(frozen=True)
class Geometry:
    """Where everything is drawn on a canvas of one size."""

    centre: QPointF
    client_radius: float
    boxes: tuple[tuple[NetworkMember, QRectF], ...]
    compact: bool  # boxes hold the name only (many members on a small canvas)
    add_centre: QPointF
    legend: QRectF


class EcomapCanvas(QWidget):
    """Feed it with set_network(client_name, members). Signals carry member ids."""

    edit_requested = Signal(str)
    add_requested = Signal()
    remove_requested = Signal(str)
    current_changed = Signal(str)  # "" when no one is current

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._client_name = ""
        self._members: list[NetworkMember] = []
        self._current: str | None = None
        self._pressed: Hit | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(self.minimum_for(0))
        self.setAccessibleName(self.tr("Support network map"))
        self._describe()

    def sizeHint(self) -> QSize:
        return QSize(720, 520)

    @staticmethod
    def minimum_for(count: int) -> QSize:
        """The smallest canvas on which `count` members' boxes do not overlap (measured:
        25 people need about 560 by 400 pixels); a scroll area shows the rest."""
        width = max(360, 310 + 10 * count)
        return QSize(width, max(280, round(width * 0.72)))

    # -- content ----------------------------------------------------------------------------
    def set_network(self, client_name: str, members: Sequence[NetworkMember]) -> None:
        """Show `members` around `client_name`; the current member stays current while it
        is still there."""
        self._client_name = client_name
        self._members = ecomap_order(members)
        self.setMinimumSize(self.minimum_for(len(self._members)))
        if self._current is not None and self.index_of(self._current) < 0:
            self._current = None
            self.current_changed.emit("")
        self._describe()
        self.update()

    @property
    def members(self) -> list[NetworkMember]:
        """The members in drawing order (round the client, clockwise from the top)."""
        return list(self._members)

    def index_of(self, member_id: str) -> int:
        return next((i for i, m in enumerate(self._members) if m.id == member_id), -1)

    @property
    def current_id(self) -> str | None:
        return self._current

    def set_current(self, member_id: str | None) -> None:
        """Make a member current (outlined; what Enter and Delete act on)."""
        if member_id is not None and self.index_of(member_id) < 0:
            member_id = None
        if member_id == self._current:
            return
        self._current = member_id
        self._describe()
        self.update()
        self.current_changed.emit(member_id or "")

    def _move(self, step: int) -> bool:
        """Make the next (or previous) member current; False when there is none."""
        if not self._members:
            return False
        index = self.index_of(self._current) if self._current else -1
        if index < 0:
            index = 0 if step > 0 else len(self._members) - 1
        else:
            index = (index + step) % len(self._members)
        self.set_current(self._members[index].id)
        return True

    # -- what a screen reader hears ---------------------------------------------------------
    def summary(self) -> str:
        """Who is in the network, one sentence each, the current one named first."""
        if not self._members:
            return self.tr("No one in the support network yet. Press Insert to add someone.")
        text = self.tr("People and groups in the support network: %1.").replace(
            "%1", str(len(self._members))
        )
        current = self._current_member()
        if current is not None:
            text = self.tr("Selected: %1").replace("%1", member_sentence(current)) + " " + text
        return text + " " + " ".join(member_sentence(m) for m in self._members)

    def _current_member(self) -> NetworkMember | None:
        index = self.index_of(self._current) if self._current else -1
        return self._members[index] if index >= 0 else None

    def _describe(self) -> None:
        self.setAccessibleDescription(self.summary())
        if self.isVisible():
            QAccessible.updateAccessibility(
                QAccessibleEvent(self, QAccessible.Event.DescriptionChanged)
            )

    # -- geometry ---------------------------------------------------------------------------
    def geometry_for(self, size: QSize | QSizeF, font: QFont | None = None) -> Geometry:
        """Where the client, each member's box, the "+" and the legend sit on a canvas of
        `size`: members on an ellipse filling the space above the legend, their boxes as
        wide as neighbours allow (names elide), one line each when they are crowded."""
        metrics = QFontMetricsF(font or self.font())
        width, height = float(size.width()), float(size.height())
        legend_height = metrics.height() + 10
        legend = QRectF(0, height - legend_height, width, legend_height)
        centre = QPointF(width / 2, (height - legend_height) / 2)
        name_width = metrics.horizontalAdvance(self._client_name) if self._client_name else 0.0
        client_radius = max(30.0, min(56.0, name_width / 2 + 10))
        units = ecomap_positions(len(self._members))
        boxes: tuple[tuple[NetworkMember, QRectF], ...] = ()
        for compact in (False, True):
            box_height = (1 if compact else 2) * metrics.height() + 8
            # The outermost boxes just fit at the ideal width; nearer ones narrow to leave
            # room for their neighbours.
            # A few people stay near the client on a big canvas; more use the room.
            reach = 160.0 + 8.0 * len(units)
            ry = max(10.0, min(centre.y() - _MARGIN - box_height / 2, reach))
            # Not flatter than 3:2, so a wide pane does not string people out sideways.
            rx = max(10.0, min(width / 2 - _MARGIN - _IDEAL_WIDTH / 2, 1.5 * ry))
            points = [(centre.x() + x * rx, centre.y() + y * ry) for x, y in units]
            hub = (centre.x(), centre.y())
            widths = box_widths(points, box_height, gap=_GAP, limit=_IDEAL_WIDTH)
            # Narrower still where another tie would run under a label, but never so
            # narrow that the name goes: a line under a label beats a missing name.
            clear = box_widths(points, box_height, gap=_GAP, limit=_IDEAL_WIDTH, hub=hub)
            floor = _MIN_WIDTH if not compact else _MIN_COMPACT_WIDTH
            sized = [max(floor, min(w, max(c, floor))) for w, c in zip(widths, clear, strict=True)]
            boxes = tuple(
                (member, QRectF(x - w / 2, y - box_height / 2, w, box_height))
                for member, (x, y), w in zip(self._members, points, sized, strict=True)
            )
            if min(widths, default=_IDEAL_WIDTH) >= _MIN_WIDTH:
                break
        add_centre = QPointF(width - _MARGIN - _ADD_RADIUS, _MARGIN + _ADD_RADIUS)
        return Geometry(centre, client_radius, boxes, compact, add_centre, legend)

    def box_of(self, member_id: str) -> QRectF | None:
        """Where a member's box is on the canvas as it is now (None if not shown)."""
        for member, rect in self.geometry_for(self.size()).boxes:
            if member.id == member_id:
                return rect
        return None

    def hit(self, point: QPointF) -> Hit:
        """What a click at `point` lands on (boxes drawn last win, as seen)."""
        geometry = self.geometry_for(self.size())
        for member, rect in reversed(geometry.boxes):
            if rect.contains(point):
                return Hit(HitKind.MEMBER, member.id)
        if _distance(point, geometry.add_centre) <= _ADD_RADIUS + 2:
            return Hit(HitKind.ADD)
        if _distance(point, geometry.centre) <= geometry.client_radius:
            return Hit(HitKind.CLIENT)
        if geometry.legend.contains(point):
            return Hit(HitKind.LEGEND)
        return Hit(HitKind.EMPTY)

    # -- mouse ------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self._pressed = self.hit(event.position())
        if self._pressed.member_id is not None:
            self.set_current(self._pressed.member_id)
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        # Like a button: act on release over what was pressed (a dialog opened on press
        # would swallow the release).
        pressed, self._pressed = self._pressed, None
        if event.button() != Qt.MouseButton.LeftButton or pressed is None:
            super().mouseReleaseEvent(event)
            return
        if self.hit(event.position()) != pressed:
            return
        if pressed.kind is HitKind.MEMBER and pressed.member_id is not None:
            self.edit_requested.emit(pressed.member_id)
        elif pressed.kind in (HitKind.ADD, HitKind.EMPTY):
            self.add_requested.emit()
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        hit = self.hit(event.position())
        pointing = hit.kind in (HitKind.MEMBER, HitKind.ADD)
        self.setCursor(
            Qt.CursorShape.PointingHandCursor if pointing else Qt.CursorShape.ArrowCursor
        )
        super().mouseMoveEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            hit = self.hit(QPointF(event.pos()))
            index = self.index_of(hit.member_id) if hit.member_id else -1
            if index >= 0:
                text = member_sentence(self._members[index])
                text += "\n" + self.tr("Click to edit.")
            elif hit.kind is HitKind.ADD:
                text = self.tr("Add a person or group (Insert)")
            elif hit.kind is HitKind.EMPTY:
                text = self.tr("Click to add a person or group.")
            else:
                text = ""
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    # -- keyboard ---------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
            self._move(1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
            self._move(-1)
        elif key == Qt.Key.Key_Home and self._members:
            self.set_current(self._members[0].id)
        elif key == Qt.Key.Key_End and self._members:
            self.set_current(self._members[-1].id)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space, Qt.Key.Key_F2):
            if self._current is not None:
                self.edit_requested.emit(self._current)
            elif self._members:
                self._move(1)
            else:
                self.add_requested.emit()
        elif key in (Qt.Key.Key_Insert, Qt.Key.Key_Plus):
            self.add_requested.emit()
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            if self._current is not None:
                self.remove_requested.emit(self._current)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def focusNextPrevChild(self, next: bool) -> bool:
        # Tab walks the people, then leaves the map; Shift+Tab walks back, then leaves.
        if self.hasFocus() and self._members:
            index = self.index_of(self._current) if self._current else -1
            if next and index < len(self._members) - 1:
                return self._move(1)
            if not next and index > 0:
                return self._move(-1)
        return super().focusNextPrevChild(next)

    def focusInEvent(self, event: QFocusEvent) -> None:
        if self._current is None and self._members:
            last = event.reason() == Qt.FocusReason.BacktabFocusReason
            self.set_current(self._members[-1 if last else 0].id)
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    # -- drawing ----------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self._paint(painter, self.size(), focus=self.hasFocus())
        finally:
            painter.end()

    def paint_to_image(self, size: QSize | tuple[int, int]) -> QImage:
        """The map drawn into a new image of `size` (tests, printouts)."""
        if isinstance(size, tuple):
            size = QSize(*size)
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(self.palette().color(QPalette.ColorRole.Base))
        painter = QPainter(image)
        try:
            painter.setFont(self.font())
            self._paint(painter, size, focus=False)
        finally:
            painter.end()
        return image

    def _paint(self, painter: QPainter, size: QSize, *, focus: bool) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.fillRect(QRectF(0, 0, size.width(), size.height()), self._colour("Base"))
        geometry = self.geometry_for(size, painter.font())
        for member, rect in geometry.boxes:
            self._paint_tie(painter, geometry, member, rect)
        self._paint_client(painter, geometry)
        for member, rect in geometry.boxes:
            self._paint_member(painter, member, rect, geometry.compact)
            if member.id == self._current:
                self._paint_current(painter, rect, focus)
        if not self._members:
            self._paint_hint(painter, geometry)
        self._paint_add(painter, geometry.add_centre)
        self._paint_legend(painter, geometry.legend)

    def _colour(self, role: str) -> QColor:
        return self.palette().color(getattr(QPalette.ColorRole, role))

    def _paint_tie(
        self, painter: QPainter, geometry: Geometry, member: NetworkMember, rect: QRectF
    ) -> None:
        centre, target = geometry.centre, rect.center()
        dx, dy = target.x() - centre.x(), target.y() - centre.y()
        length = math.hypot(dx, dy)
        if length <= geometry.client_radius:
            return
        ux, uy = dx / length, dy / length
        start = QPointF(
            centre.x() + ux * geometry.client_radius, centre.y() + uy * geometry.client_radius
        )
        # Stop at the box's edge, so a jagged line is jagged all the way to the box.
        reach = min(
            rect.width() / 2 / abs(dx) if dx else math.inf,
            rect.height() / 2 / abs(dy) if dy else math.inf,
        )
        end = QPointF(target.x() - dx * reach, target.y() - dy * reach)
        painter.setPen(strength_pen(member.strength))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(tie_path(start, end, member.strength))

    def _paint_client(self, painter: QPainter, geometry: Geometry) -> None:
        radius = geometry.client_radius
        painter.setPen(QPen(_CLIENT_FILL.darker(130), 1.5))
        painter.setBrush(_CLIENT_FILL)
        painter.drawEllipse(geometry.centre, radius, radius)
        bold = QFont(painter.font())
        bold.setBold(True)
        metrics = QFontMetricsF(bold)
        name = self._client_name or self.tr("Client")
        text = metrics.elidedText(name, Qt.TextElideMode.ElideRight, 2 * radius - 8)
        painter.save()
        painter.setFont(bold)
        painter.setPen(_CLIENT_TEXT)
        box = QRectF(
            geometry.centre.x() - radius, geometry.centre.y() - radius, 2 * radius, 2 * radius
        )
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def _paint_member(
        self, painter: QPainter, member: NetworkMember, rect: QRectF, compact: bool
    ) -> None:
        painter.setPen(QPen(_NODE_BORDER, 1))
        painter.setBrush(QColor(_KIND_FILLS[member.kind]))
        painter.drawRoundedRect(rect, 5, 5)
        inner = rect.adjusted(6, 4, -6, -4)
        bold = QFont(painter.font())
        bold.setBold(True)
        bold_metrics = QFontMetricsF(bold)
        name = bold_metrics.elidedText(member.name, Qt.TextElideMode.ElideRight, inner.width())
        painter.save()
        painter.setPen(_NODE_TEXT)
        painter.setFont(bold)
        align = Qt.AlignmentFlag.AlignHCenter
        if compact:
            painter.drawText(inner, int(align | Qt.AlignmentFlag.AlignVCenter), name)
        else:
            painter.drawText(inner, int(align | Qt.AlignmentFlag.AlignTop), name)
            regular = QFont(bold)
            regular.setBold(False)
            painter.setFont(regular)
            metrics = QFontMetricsF(regular)
            subtitle = metrics.elidedText(
                member_subtitle(member), Qt.TextElideMode.ElideRight, inner.width()
            )
            painter.drawText(inner, int(align | Qt.AlignmentFlag.AlignBottom), subtitle)
        painter.restore()

    def _paint_current(self, painter: QPainter, rect: QRectF, focus: bool) -> None:
        colour = self._colour("Highlight")
        pen = QPen(colour, 3 if focus else 2)
        if not focus:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect.adjusted(-3, -3, 3, 3), 7, 7)

    def _paint_hint(self, painter: QPainter, geometry: Geometry) -> None:
        painter.setPen(self._colour("PlaceholderText"))
        top = geometry.centre.y() + geometry.client_radius + 12
        box = QRectF(_MARGIN, top, geometry.legend.width() - 2 * _MARGIN, 3 * 20.0)
        painter.drawText(
            box,
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            | int(Qt.TextFlag.TextWordWrap),
            self.tr("No one here yet. Click anywhere, or press Insert, to add a person or group."),
        )

    def _paint_add(self, painter: QPainter, centre: QPointF) -> None:
        painter.setPen(QPen(self._colour("Dark"), 1))
        painter.setBrush(self._colour("Button"))
        painter.drawEllipse(centre, _ADD_RADIUS, _ADD_RADIUS)
        painter.setPen(QPen(self._colour("ButtonText"), 2.5))
        arm = _ADD_RADIUS * 0.5
        painter.drawLine(
            QPointF(centre.x() - arm, centre.y()), QPointF(centre.x() + arm, centre.y())
        )
        painter.drawLine(
            QPointF(centre.x(), centre.y() - arm), QPointF(centre.x(), centre.y() + arm)
        )

    def _paint_legend(self, painter: QPainter, area: QRectF) -> None:
        metrics = QFontMetricsF(painter.font())
        x = area.left() + _MARGIN
        middle = area.center().y()
        sample = 46.0
        for strength in Strength:
            painter.setPen(strength_pen(strength))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(tie_path(QPointF(x, middle), QPointF(x + sample, middle), strength))
            x += sample + 6
            label = strength_label(strength)
            painter.setPen(self._colour("WindowText"))
            painter.drawText(
                QRectF(x, area.top(), metrics.horizontalAdvance(label) + 2, area.height()),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                label,
            )
            x += metrics.horizontalAdvance(label) + 18


def _distance(a: QPointF, b: QPointF) -> float:
    return math.hypot(a.x() - b.x(), a.y() - b.y())
