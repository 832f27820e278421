"""The support network on paper: the ecomap picture, then a table of the people.

The picture is the window's (ui/ecomap.py) drawn with reportlab.graphics: the client in
the middle, each person or group in a box around them, joined by a line styled by the
tie (strong: thick solid; tenuous: dashed; stressful: zig-zag), and a legend. Where the
boxes sit and how wide they may be comes from domain.network (`ecomap_positions`,
`box_widths`), the same math the window scales, so screen and paper show one picture.
That math has y pointing down (screen order); it is flipped here for the PDF.

Lines differ in pattern and thickness as well as colour, so the picture reads in grey.
The table after it holds what the boxes have no room for: role, how often, when a
meeting meets, the contact and the tie in words.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from datetime import datetime

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String
from reportlab.lib.colors import Color, HexColor, white
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from counselor_desk.domain.network import (
    MemberKind,
    NetworkMember,
    Strength,
    box_widths,
    ecomap_order,
    ecomap_positions,
)
from counselor_desk.domain.records import Client
from counselor_desk.export.document import (
    Context,
    PageHeader,
    PrintSetup,
    build_pdf,
    frame_width,
    make_context,
)
from counselor_desk.export.flowables import Cell, data_table, with_lead
from counselor_desk.export.fonts import SANS, SANS_BOLD, register_fonts
from counselor_desk.export.labels import Labels
from counselor_desk.export.styles import INK, MUTED, RULE
from counselor_desk.export.text import esc

# The window's colours (ui/ecomap.py), so the paper matches the screen. They differ in
# lightness as well as hue; the line patterns carry the meaning on their own in grey.
LINE_COLOURS: dict[Strength, Color] = {
    Strength.STRONG: HexColor("#1f4e8c"),
    Strength.TENUOUS: HexColor("#6b6b6b"),
    Strength.STRESSFUL: HexColor("#b00020"),
}
LINE_WIDTHS: dict[Strength, float] = {
    Strength.STRONG: 3.0,
    Strength.TENUOUS: 1.2,
    Strength.STRESSFUL: 1.3,
}
DASH = (5.0, 3.5)  # a tenuous tie: 5 pt dashes, 3.5 pt gaps
ZIGZAG_STEP, ZIGZAG_AMPLITUDE = 7.0, 3.2
_NODE_TEXT = HexColor("#1a1a1a")
_NODE_BORDER = HexColor("#555555")
_CLIENT_FILL, _CLIENT_EDGE = HexColor("#1f3a5f"), HexColor("#172c48")
KIND_FILLS: dict[MemberKind, Color] = {
    MemberKind.FAMILY: HexColor("#fde3c8"),
    MemberKind.FRIEND: HexColor("#fdeedd"),
    MemberKind.SPONSOR: HexColor("#d7e8fb"),
    MemberKind.PEER_SPECIALIST: HexColor("#d7e8fb"),
    MemberKind.NA_MEETING: HexColor("#d9f0dd"),
    MemberKind.AA_MEETING: HexColor("#d9f0dd"),
    MemberKind.SMART_MEETING: HexColor("#d9f0dd"),
    MemberKind.OTHER_MEETING: HexColor("#d9f0dd"),
    MemberKind.FAITH_GROUP: HexColor("#ebe0f5"),
    MemberKind.EMPLOYER: HexColor("#eeeeee"),
    MemberKind.PRESCRIBER: HexColor("#d5efee"),
    MemberKind.OTHER: HexColor("#f4f4f4"),
}
# The fellowships' own names, the same in every language.
_SHORT_MEETINGS = {
    MemberKind.NA_MEETING: "NA",
    MemberKind.AA_MEETING: "AA",
    MemberKind.SMART_MEETING: "SMART",
}

NAME_SIZE, DETAIL_SIZE, CLIENT_SIZE, LEGEND_SIZE = 8.5, 7.5, 9.0, 8.0
IDEAL_WIDTH, MIN_WIDTH, MIN_COMPACT_WIDTH = 136.0, 58.0, 42.0
GAP, MARGIN, PADDING = 6.0, 6.0, 4.0
LEGEND_HEIGHT = 24.0


def ecomap_pdf(client: Client, members: Sequence[NetworkMember], setup: PrintSetup) -> bytes:
    """The client's support network as PDF bytes: the picture, then a table of everyone
    in it (name, kind, role, how often, meets, contact, tie)."""
    ctx = make_context(setup, client)
    labels = ctx.labels
    s = ctx.styles
    ordered = ecomap_order(members)
    subtitle = labels("eco.subtitle")
    if ordered:
        count = len(ordered)
        subtitle += "  ·  " + (
            labels("eco.count_one") if count == 1 else labels("eco.count", count=count)
        )
    story: list[Flowable] = [
        Paragraph(esc(labels("eco.title")), s.title),
        Paragraph(esc(subtitle), s.subtitle),
        ecomap_drawing(client.display_name, ordered, labels, width=frame_width()),
    ]
    if ordered:  # an empty network says so in the picture
        story.extend(_people_table(ctx, ordered))
    header = PageHeader.for_client(labels("eco.title"), client)
    return build_pdf(ctx, header, story)


# -- words ---------------------------------------------------------------------------------


def kind_label(labels: Labels, kind: MemberKind) -> str:
    return labels.maybe(f"eco.kind.{kind}", str(kind))


def strength_label(labels: Labels, strength: Strength) -> str:
    return labels.maybe(f"eco.strength.{strength}", str(strength))


def meeting_label(labels: Labels, member: NetworkMember, *, short: bool = False) -> str:
    """When a meeting meets ("Tue 7:00 PM", "martes 19:00"), or "" when not known."""
    parts: list[str] = []
    if member.meeting_day is not None:
        prefix = "eco.day_short" if short else "eco.day"
        parts.append(labels.maybe(f"{prefix}.{member.meeting_day}", str(member.meeting_day)))
    if member.meeting_time is not None:
        hours, minutes = (int(part) for part in member.meeting_time.split(":"))
        parts.append(labels.time(datetime(2000, 1, 1, hours, minutes)))
    return " ".join(parts)


def member_subtitle(labels: Labels, member: NetworkMember) -> str:
    """The second line of a member's box: the kind, and the meeting time or the role."""
    when = meeting_label(labels, member, short=True) if member.is_meeting else ""
    if when:
        short = _SHORT_MEETINGS.get(member.kind) or labels("eco.meeting")
        return f"{short} · {when}"
    kind = kind_label(labels, member.kind)
    return f"{kind} · {member.role}" if member.role else kind


def _fit(text: str, font: str, size: float, width: float) -> str:
    """`text` cut with an ellipsis to fit `width` points."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…" if text.strip() else ""


# -- the picture ---------------------------------------------------------------------------


def map_height(count: int) -> float:
    """How tall the map is for `count` members (more people, more room), legend apart."""
    if count == 0:
        return 120.0
    return min(440.0, 200.0 + 20.0 * count)


def ecomap_drawing(
    client_name: str,
    members: Sequence[NetworkMember],
    labels: Labels,
    *,
    width: float,
) -> Drawing:
    """The ecomap as vector shapes and real text: `members` in the order given (use
    `ecomap_order`), clockwise from the top; the legend along the bottom."""
    register_fonts()  # the text is measured in our font
    height = map_height(len(members)) + LEGEND_HEIGHT
    # Else the renderer starts in Helvetica, a font the PDF would not embed.
    drawing = Drawing(width, height, initialFontName=SANS)

    def flip(y: float) -> float:  # the layout's y runs down the page; the PDF's runs up
        return height - y

    centre_x, centre_y = width / 2, map_height(len(members)) / 2
    name = client_name or labels("eco.client")
    radius = max(24.0, min(44.0, stringWidth(name, SANS_BOLD, CLIENT_SIZE) / 2 + 8))
    boxes, compact = _layout(members, width, centre_x, centre_y)
    for member, (x, y, w, h) in zip(members, boxes, strict=True):
        _add_tie(drawing, (centre_x, centre_y), radius, (x, y, w, h), member.strength, flip)
    drawing.add(
        Circle(
            centre_x,
            flip(centre_y),
            radius,
            fillColor=_CLIENT_FILL,
            strokeColor=_CLIENT_EDGE,
            strokeWidth=1.2,
        )
    )
    drawing.add(
        String(
            centre_x,
            flip(centre_y) - CLIENT_SIZE / 3,
            _fit(name, SANS_BOLD, CLIENT_SIZE, 2 * radius - 6),
            fontName=SANS_BOLD,
            fontSize=CLIENT_SIZE,
            fillColor=white,
            textAnchor="middle",
        )
    )
    for member, box in zip(members, boxes, strict=True):
        _add_box(drawing, labels, member, box, compact, flip)
    if not members:
        drawing.add(
            String(
                centre_x,
                flip(centre_y + radius + 16),
                labels("eco.empty"),
                fontName=SANS,
                fontSize=LEGEND_SIZE + 1,
                fillColor=MUTED,
                textAnchor="middle",
            )
        )
    _add_legend(drawing, labels, width)
    return drawing


def _layout(
    members: Sequence[NetworkMember], width: float, centre_x: float, centre_y: float
) -> tuple[list[tuple[float, float, float, float]], bool]:
    """Each member's box as (left, top, width, height) in layout units (y down), and
    whether the boxes hold the name only: the window's rules (ui/ecomap.py), in points."""
    units = ecomap_positions(len(members))
    boxes: list[tuple[float, float, float, float]] = []
    compact = False
    for compact in (False, True):
        box_height = _box_height(compact)
        ry = max(10.0, centre_y - MARGIN - box_height / 2)
        # Not flatter than 3:2, so a wide page does not string people out sideways.
        rx = max(10.0, min(width / 2 - MARGIN - IDEAL_WIDTH / 2, 1.5 * ry))
        points = [(centre_x + x * rx, centre_y + y * ry) for x, y in units]
        widths = box_widths(points, box_height, gap=GAP, limit=IDEAL_WIDTH)
        # Narrower still where another tie would run under a label, but never so narrow
        # that the name goes: a line under a label beats a missing name.
        clear = box_widths(points, box_height, gap=GAP, limit=IDEAL_WIDTH, hub=(centre_x, centre_y))
        floor = MIN_COMPACT_WIDTH if compact else MIN_WIDTH
        sized = [max(floor, min(w, max(c, floor))) for w, c in zip(widths, clear, strict=True)]
        boxes = [
            (x - w / 2, y - box_height / 2, w, box_height)
            for (x, y), w in zip(points, sized, strict=True)
        ]
        if min(widths, default=IDEAL_WIDTH) >= MIN_WIDTH:
            break
    return boxes, compact


def _box_height(compact: bool) -> float:
    if compact:
        return NAME_SIZE * 1.25 + 2 * PADDING
    return NAME_SIZE * 1.25 + DETAIL_SIZE * 1.25 + 2 * PADDING


def tie_points(
    start: tuple[float, float],
    end: tuple[float, float],
    strength: Strength,
    *,
    step: float = ZIGZAG_STEP,
    amplitude: float = ZIGZAG_AMPLITUDE,
) -> list[float]:
    """The line from `start` to `end` as flat x, y pairs: straight, or a zig-zag for a
    stressful tie (the window's `tie_path`, in points)."""
    (x1, y1), (x2, y2) = start, end
    dx, dy = x2 - x1, y2 - y1
    length = math.hypot(dx, dy)
    if strength is not Strength.STRESSFUL or length < 2 * step:
        return [x1, y1, x2, y2]
    ux, uy = dx / length, dy / length
    nx, ny = -uy, ux
    teeth = int(length // step)
    step = length / teeth
    points = [x1, y1]
    for tooth in range(1, teeth):
        side = amplitude if tooth % 2 else -amplitude
        along = tooth * step
        points.extend((x1 + ux * along + nx * side, y1 + uy * along + ny * side))
    points.extend((x2, y2))
    return points


def _tie_shape(points: list[float], strength: Strength) -> PolyLine:
    line = PolyLine(
        points,
        strokeColor=LINE_COLOURS[strength],
        strokeWidth=LINE_WIDTHS[strength],
        strokeLineCap=0,  # flat ends, so a dash pattern reads as drawn
        strokeLineJoin=0,
    )
    if strength is Strength.TENUOUS:
        line.strokeDashArray = list(DASH)
    return line


def _add_tie(
    drawing: Drawing,
    centre: tuple[float, float],
    radius: float,
    box: tuple[float, float, float, float],
    strength: Strength,
    flip: Callable[[float], float],
) -> None:
    left, top, w, h = box
    target_x, target_y = left + w / 2, top + h / 2
    dx, dy = target_x - centre[0], target_y - centre[1]
    length = math.hypot(dx, dy)
    if length <= radius:
        return
    ux, uy = dx / length, dy / length
    start = (centre[0] + ux * radius, centre[1] + uy * radius)
    # Stop at the box's edge, so a jagged line is jagged all the way to the box.
    reach = min(w / 2 / abs(dx) if dx else math.inf, h / 2 / abs(dy) if dy else math.inf)
    end = (target_x - dx * reach, target_y - dy * reach)
    points = tie_points((start[0], flip(start[1])), (end[0], flip(end[1])), strength)
    drawing.add(_tie_shape(points, strength))


def _add_box(
    drawing: Drawing,
    labels: Labels,
    member: NetworkMember,
    box: tuple[float, float, float, float],
    compact: bool,
    flip: Callable[[float], float],
) -> None:
    left, top, w, h = box
    bottom = flip(top + h)
    rect = Rect(left, bottom, w, h, rx=4, ry=4)
    rect.fillColor = KIND_FILLS.get(member.kind, white)
    rect.strokeColor = _NODE_BORDER
    rect.strokeWidth = 0.6
    drawing.add(rect)
    inner = w - 2 * PADDING
    middle = left + w / 2
    name = _fit(member.name, SANS_BOLD, NAME_SIZE, inner)
    # One line: the name in the middle; two: the name on top and the detail below it.
    top_line = bottom + h - PADDING - NAME_SIZE
    baseline = bottom + h / 2 - NAME_SIZE / 3 if compact else top_line
    drawing.add(
        String(
            middle,
            baseline,
            name,
            fontName=SANS_BOLD,
            fontSize=NAME_SIZE,
            fillColor=_NODE_TEXT,
            textAnchor="middle",
        )
    )
    if not compact:
        detail = _fit(member_subtitle(labels, member), SANS, DETAIL_SIZE, inner)
        drawing.add(
            String(
                middle,
                bottom + PADDING + DETAIL_SIZE * 0.25,
                detail,
                fontName=SANS,
                fontSize=DETAIL_SIZE,
                fillColor=_NODE_TEXT,
                textAnchor="middle",
            )
        )


def _add_legend(drawing: Drawing, labels: Labels, width: float) -> None:
    """The three lines with their words, along the bottom, under a thin rule."""
    top = LEGEND_HEIGHT - 2
    drawing.add(Line(0, top, width, top, strokeColor=RULE, strokeWidth=0.5))
    middle = (top - 2) / 2 + 1
    x = MARGIN
    title = labels("eco.legend")
    drawing.add(
        String(x, middle - LEGEND_SIZE / 3, title, fontName=SANS_BOLD, fontSize=LEGEND_SIZE)
    )
    x += stringWidth(title, SANS_BOLD, LEGEND_SIZE) + 10
    for strength in Strength:
        sample = 40.0
        drawing.add(_tie_shape(tie_points((x, middle), (x + sample, middle), strength), strength))
        x += sample + 5
        word = strength_label(labels, strength)
        drawing.add(
            String(
                x,
                middle - LEGEND_SIZE / 3,
                word,
                fontName=SANS,
                fontSize=LEGEND_SIZE,
                fillColor=INK,
            )
        )
        x += stringWidth(word, SANS, LEGEND_SIZE) + 18


def strength_sample(labels: Labels, strength: Strength, width: float, size: float) -> Drawing:
    """A short sample of the tie's line and its word, for a table cell."""
    height = size * 1.3
    drawing = Drawing(width, height, initialFontName=SANS)
    sample = 24.0
    middle = height / 2
    points = tie_points((0, middle), (sample, middle), strength, step=4.0, amplitude=2.2)
    drawing.add(_tie_shape(points, strength))
    drawing.add(
        String(
            sample + 4,
            middle - size / 3,
            strength_label(labels, strength),
            fontName=SANS,
            fontSize=size,
            fillColor=INK,
        )
    )
    return drawing


# -- the table -----------------------------------------------------------------------------

_COLUMNS = (0.15, 0.14, 0.13, 0.13, 0.11, 0.16, 0.18)


def _people_table(ctx: Context, members: Sequence[NetworkMember]) -> list[Flowable]:
    labels = ctx.labels
    s = ctx.styles
    heading = Paragraph(esc(labels("eco.people")), s.h1)
    total = frame_width()
    widths = [total * f for f in _COLUMNS]
    rows: list[list[Cell]] = []
    for member in members:
        meets = meeting_label(labels, member) if member.is_meeting else ""
        rows.append(
            [
                Paragraph(f"<b>{esc(member.name)}</b>", s.cell),
                kind_label(labels, member.kind),
                member.role or "",
                member.frequency or "",
                meets,
                member.contact or "",
                strength_sample(labels, member.strength, widths[-1] - 10, s.cell.fontSize),
            ]
        )
    table = data_table(
        [
            labels("eco.col.name"),
            labels("eco.col.kind"),
            labels("eco.col.role"),
            labels("eco.col.frequency"),
            labels("eco.col.meets"),
            labels("eco.col.contact"),
            labels("eco.col.strength"),
        ],
        rows,
        widths,
        s,
    )
    # The table flows on under the picture (header repeated) rather than jump to a new page.
    return with_lead([heading], table, len(rows), keep=0)
