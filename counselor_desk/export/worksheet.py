"""Worksheets on paper, blank (to fill by hand) or filled, in the client's language.

Everything comes from the worksheet definition (domain.worksheets), so a new worksheet
file prints without new code. Blank forms give generous room: ruled lines for text,
numbered circles (or a ruler) for ratings, boxes for checklists and choices, empty rows
for tables. Tables with a few short columns print as a grid; wide ones (the thought
record has 18 columns) print one block per row instead, fields stacked.

The safety plan also prints as a wallet card: a 2 × 2 panel card that is cut out and
folded to wallet size. The card carries no program name and no client name, so a lost
card does not say whose it is or where they are treated.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.lib.colors import white
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    KeepInFrame,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
)

from counselor_desk.domain.measures import WorksheetInstance
from counselor_desk.domain.records import Client
from counselor_desk.domain.worksheets import (
    ChecklistField,
    ChoiceField,
    ColumnField,
    DateField,
    InputField,
    LongTextField,
    NumberField,
    Option,
    PhoneField,
    RatingField,
    StaticNote,
    TableField,
    TextField,
    Tone,
    WorksheetDefinition,
)
from counselor_desk.export.document import (
    Context,
    PageHeader,
    PrintSetup,
    build_pdf,
    frame_width,
    make_context,
)
from counselor_desk.export.flowables import (
    RatingScale,
    WriteInBox,
    WritingLines,
    callout,
    data_table,
    urgent_callout,
    with_lead,
)
from counselor_desk.export.fonts import SANS, SANS_BOLD
from counselor_desk.export.styles import (
    ACCENT,
    CLIENT_SIZE,
    INK,
    MUTED,
    RULE,
    URGENT_EDGE,
    table_style,
)
from counselor_desk.export.text import esc

LINE_SPACING = 27.0  # room for handwriting at a normal size
LONG_TEXT_LINES = 5
GRID_MAX_COLUMNS = 4
GRID_BLANK_ROWS = 6


def worksheet_pdf(
    definition: WorksheetDefinition,
    setup: PrintSetup,
    *,
    instance: WorksheetInstance | None = None,
    client: Client | None = None,
) -> bytes:
    """The worksheet as PDF bytes: blank when `instance` is None, else filled in."""
    if instance is not None and instance.definition_id != definition.id:
        raise ValueError("the answers belong to another worksheet")
    ctx = make_context(setup, client, base_size=CLIENT_SIZE)
    story = worksheet_story(ctx, definition, instance)
    title = definition.title.get(ctx.language)
    return build_pdf(ctx, PageHeader.for_client(title, client), story)


def worksheet_story(
    ctx: Context, definition: WorksheetDefinition, instance: WorksheetInstance | None
) -> list[Flowable]:
    language = ctx.language
    labels = ctx.labels
    s = ctx.styles
    story: list[Flowable] = [Paragraph(esc(definition.title.get(language)), s.title)]
    if instance is not None:
        if instance.is_complete and instance.completed_at is not None:
            status = labels("ws.completed", date=labels.date(ctx.local(instance.completed_at)))
        elif instance.updated_at is not None:
            status = labels("ws.draft", date=labels.date(ctx.local(instance.updated_at)))
        else:
            status = ""
        if status:
            story.append(Paragraph(esc(status), s.subtitle))
    story.append(callout([Paragraph(esc(definition.help.get(language)), s.body)], frame_width()))
    values = instance.values if instance is not None else None
    for item in definition.fields:
        if isinstance(item, StaticNote):
            story.append(Spacer(1, s.base * 0.8))
            story.append(KeepTogether([static_box(ctx, item)]))
        elif isinstance(item, TableField):
            story.extend(_table_block(ctx, item, values))
        else:
            story.append(KeepTogether(_field_block(ctx, item, values)))
    return story


# --- single fields ----------------------------------------------------------------------


def _label_and_help(
    ctx: Context, item: InputField | ColumnField, *, with_help: bool = True
) -> list[Flowable]:
    """The field's label, and its guidance when the form is blank (a filled copy is a
    record; the guidance there is only noise)."""
    language = ctx.language
    s = ctx.styles
    parts: list[Flowable] = [Paragraph(esc(item.label.get(language)), s.label)]
    if with_help and item.help is not None:
        parts.append(Paragraph(esc(item.help.get(language)), s.help))
    return parts


def _field_block(
    ctx: Context, item: ColumnField | ChecklistField, values: dict[str, Any] | None
) -> list[Flowable]:
    parts = _label_and_help(ctx, item, with_help=values is None)
    if values is None:
        parts.extend(blank_answer(ctx, item))
    else:
        parts.extend(filled_answer(ctx, item, values.get(item.key)))
    return parts


def blank_answer(
    ctx: Context, item: ColumnField | ChecklistField, *, lines: int = LONG_TEXT_LINES
) -> list[Flowable]:
    """Room to answer by hand."""
    labels = ctx.labels
    s = ctx.styles
    size = s.base
    if isinstance(item, LongTextField):
        return [WritingLines(lines, LINE_SPACING)]
    if isinstance(item, TextField | PhoneField):
        return [WritingLines(1, LINE_SPACING)]
    if isinstance(item, DateField):
        return [Spacer(1, 4), WriteInBox(size * 10, size * 2, labels("ws.date_hint"), size * 0.8)]
    if isinstance(item, RatingField):
        circles = item.maximum - item.minimum + 1 <= 11
        hint = (
            labels("ws.circle_one")
            if circles
            else labels("ws.write_number", minimum=item.minimum, maximum=item.maximum)
        )
        return [
            Paragraph(esc(hint), s.help),
            RatingScale(
                item.minimum,
                item.maximum,
                low_label=item.low_label.get(ctx.language) if item.low_label else "",
                high_label=item.high_label.get(ctx.language) if item.high_label else "",
                font_size=size * 0.9,
            ),
        ]
    if isinstance(item, NumberField):
        if item.minimum is not None and item.maximum is not None:
            hint = labels("ws.write_number", minimum=item.minimum, maximum=item.maximum)
        else:
            hint = labels("ws.write_number_open")
        return [Spacer(1, 4), WriteInBox(size * 6, size * 2, hint, size * 0.8)]
    if isinstance(item, ChoiceField):
        return [Paragraph(esc(labels("ws.pick_one")), s.help), _options(ctx, item.options, set())]
    return [
        Paragraph(esc(labels("ws.pick_any")), s.help),
        _options(ctx, item.options, set(), boxes=True),
    ]


def filled_answer(
    ctx: Context, item: ColumnField | ChecklistField, value: object
) -> list[Flowable]:
    """The answer as written; a dash when there is none."""
    s = ctx.styles
    text = answer_text(ctx, item, value)
    if isinstance(item, RatingField) and isinstance(value, int) and not isinstance(value, bool):
        return [
            Spacer(1, 3),
            RatingScale(
                item.minimum,
                item.maximum,
                selected=value,
                low_label=item.low_label.get(ctx.language) if item.low_label else "",
                high_label=item.high_label.get(ctx.language) if item.high_label else "",
                font_size=s.base * 0.9,
            ),
        ]
    if isinstance(item, ChecklistField):
        ticked = {v for v in value if isinstance(v, str)} if isinstance(value, list) else set()
        return [_options(ctx, item.options, ticked, boxes=True)]
    if isinstance(item, ChoiceField) and len(item.options) <= 6:
        chosen = {value} if isinstance(value, str) else set()
        return [_options(ctx, item.options, chosen)]
    if not text:
        return [Paragraph(esc(ctx.labels("dash")), s.muted)]
    return [Paragraph(esc(text), s.body)]


def answer_text(ctx: Context, item: ColumnField | ChecklistField, value: object) -> str:
    """One answer as plain text ("" when blank): options by their label, dates in words."""
    language = ctx.language
    if value is None or value == "" or value == []:
        return ""
    if isinstance(item, ChoiceField):
        option = item.option(value) if isinstance(value, str) else None
        return option.label.get(language) if option is not None else str(value)
    if isinstance(item, ChecklistField):
        keys = value if isinstance(value, list) else [value]
        chosen = []
        for key in keys:
            option = item.option(key) if isinstance(key, str) else None
            chosen.append(option.label.get(language) if option is not None else str(key))
        return ", ".join(chosen)
    if isinstance(item, DateField) and isinstance(value, str):
        try:
            return ctx.labels.date(date.fromisoformat(value))
        except ValueError:
            return value
    if isinstance(item, RatingField) and not isinstance(value, bool):
        if str(item.maximum) in item.label.get(language):
            return str(value)  # the label already names the range: "(0–100)"
        return f"{value} ({item.minimum}–{item.maximum})"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _options(
    ctx: Context, options: Sequence[Option], chosen: set[str], *, boxes: bool = False
) -> Flowable:
    """Options in up to three columns, each with its box (☐/☑) or circle (○/●)."""
    s = ctx.styles
    language = ctx.language
    empty, full = ("☐", "☑") if boxes else ("○", "●")
    cells: list[Flowable] = []
    for option in options:
        mark = full if option.key in chosen else empty
        label = esc(option.label.get(language))
        if option.key in chosen:
            label = f"<b>{label}</b>"
        cells.append(
            Paragraph(f'<font size="{s.base * 1.25:.1f}">{mark}</font>&nbsp;&nbsp;{label}', s.body)
        )
    longest = max((len(option.label.get(language)) for option in options), default=0)
    columns = 3 if longest <= 14 else 2 if longest <= 30 else 1
    columns = min(columns, len(cells)) or 1
    rows = [cells[i : i + columns] for i in range(0, len(cells), columns)]
    if rows and len(rows[-1]) < columns:
        rows[-1] = rows[-1] + [Spacer(1, 1)] * (columns - len(rows[-1]))
    table = Table(rows, colWidths=[frame_width() / columns] * columns, hAlign="LEFT")
    table.setStyle(
        table_style(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def static_box(ctx: Context, note: StaticNote) -> Flowable:
    """Fixed guidance (crisis lines, overdose steps) in a tinted box; urgent ones in red."""
    language = ctx.language
    s = ctx.styles
    heading = ParagraphStyle(
        "static_heading",
        parent=s.h3,
        textColor=URGENT_EDGE if note.tone is Tone.URGENT else ACCENT,
        spaceBefore=0,
    )
    parts: list[Flowable] = [Paragraph(esc(note.label.get(language)), heading)]
    if note.text is not None:
        parts.append(Paragraph(esc(note.text.get(language)), s.body))
    for number, entry in enumerate(note.items, start=1):
        bullet = f"{number}." if note.numbered else "•"
        parts.append(Paragraph(esc(entry.get(language)), s.bullet, bulletText=bullet))
    if note.tone is Tone.URGENT:
        return urgent_callout(parts, frame_width())
    return callout(parts, frame_width())


# --- tables -----------------------------------------------------------------------------


def _is_grid(item: TableField) -> bool:
    """A few short columns fit across the page; anything wider prints row by row."""
    if len(item.columns) > GRID_MAX_COLUMNS:
        return False
    for column in item.columns:
        if isinstance(column, RatingField) and column.maximum - column.minimum > 10:
            return False
        if isinstance(column, ChoiceField) and len(column.options) > 3:
            return False
    return True


_WEIGHTS: dict[type, float] = {
    LongTextField: 2.4,
    TextField: 1.3,
    PhoneField: 1.1,
    DateField: 1.0,
    NumberField: 0.7,
    RatingField: 0.8,
    ChoiceField: 1.0,
}


def _rows(values: dict[str, Any] | None, item: TableField) -> list[dict[str, Any]]:
    if values is None:
        return []
    raw = values.get(item.key)
    if not isinstance(raw, list):
        return []
    return [
        row
        for row in raw
        if isinstance(row, dict)
        and any(answer_is_given(row.get(column.key)) for column in item.columns)
    ]


def answer_is_given(value: object) -> bool:
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    return not (isinstance(value, list) and not value)


def _table_block(ctx: Context, item: TableField, values: dict[str, Any] | None) -> list[Flowable]:
    lead = _label_and_help(ctx, item, with_help=values is None)
    if _is_grid(item):
        return _grid(ctx, item, values, lead)
    return _cards(ctx, item, values, lead)


def _grid(
    ctx: Context, item: TableField, values: dict[str, Any] | None, lead: list[Flowable]
) -> list[Flowable]:
    language = ctx.language
    s = ctx.styles
    weights = [_WEIGHTS.get(type(column), 1.0) for column in item.columns]
    total = sum(weights)
    widths = [frame_width() * w / total for w in weights]
    header = [column.label.get(language) for column in item.columns]
    if values is None:
        count = max(item.min_rows, GRID_BLANK_ROWS)
        if item.max_rows is not None:
            count = min(count, item.max_rows)
        long_cells = any(isinstance(c, LongTextField) for c in item.columns)
        height = s.base * (4.2 if long_cells else 2.6)
        blank_rows: list[list[str | Flowable]] = [
            [_blank_cell(ctx, column) for column in item.columns] for _ in range(count)
        ]
        table = data_table(header, blank_rows, widths, s, zebra=False, row_height=height, grid=True)
        return [KeepTogether([*lead, table])]
    rows = _rows(values, item)
    if not rows:
        return [KeepTogether([*lead, Paragraph(esc(ctx.labels("dash")), s.muted)])]
    filled: list[list[str | Flowable]] = [
        [answer_text(ctx, column, row.get(column.key)) for column in item.columns] for row in rows
    ]
    table = data_table(header, filled, widths, s, grid=True)
    return with_lead(lead, table, len(rows))


def _blank_cell(ctx: Context, column: ColumnField) -> str | Flowable:
    """A grid cell left empty to write in; a choice lists its options to circle."""
    if isinstance(column, ChoiceField):
        marks = "<br/>".join(
            f"○&nbsp;{esc(option.label.get(ctx.language))}" for option in column.options
        )
        return Paragraph(marks, ctx.styles.small)
    return ""


def _cards(
    ctx: Context, item: TableField, values: dict[str, Any] | None, lead: list[Flowable]
) -> list[Flowable]:
    """One block per row: the row's name as a heading, its fields stacked (short ones two
    to a line)."""
    language = ctx.language
    labels = ctx.labels
    s = ctx.styles
    row_name = (
        item.row_label.get(language) if item.row_label is not None else labels("ws.row_default")
    )
    if values is None:
        # Room for two rows when a row is a few fields; one when it is a page on its own.
        spare = 2 if len(item.columns) <= 8 else 1
        rows: list[dict[str, Any] | None] = [None] * max(item.min_rows, spare)
    else:
        rows = list(_rows(values, item))
        if not rows:
            return [KeepTogether([*lead, Paragraph(esc(labels("dash")), s.muted)])]
    story: list[Flowable] = []
    for number, row in enumerate(rows, start=1):
        heading: list[Flowable] = [
            Paragraph(esc(labels("ws.row", label=row_name, number=number)), s.h3)
        ]
        if number == 1:
            heading = [*lead, *heading]
        else:
            rule = HRFlowable(width="100%", thickness=0.8, color=ACCENT, spaceBefore=10)
            heading = [rule, *heading]
        groups = _card_blocks(ctx, item, row)
        # KeepTogether never nests (an inner one forces a page break), so each group is
        # a plain list and is kept together here, the first with the row's heading.
        story.append(KeepTogether([*heading, *groups[0]]))
        story.extend(KeepTogether(group) for group in groups[1:])
    return story


def _is_short(column: ColumnField) -> bool:
    if isinstance(column, RatingField):
        return column.maximum - column.minimum > 10  # a write-in box, not a row of circles
    return isinstance(column, TextField | PhoneField | DateField | NumberField)


def _card_blocks(
    ctx: Context, item: TableField, row: dict[str, Any] | None
) -> list[list[Flowable]]:
    """The fields of one row, in order, each a group to keep together; consecutive short
    fields share a line, two at a time."""
    groups: list[list[Flowable]] = []
    pending: list[ColumnField] = []

    def flush() -> None:
        while pending:
            pair = pending[:2]
            del pending[:2]
            groups.append([_pair(ctx, pair, row)])

    for column in item.columns:
        if _is_short(column):
            pending.append(column)
            continue
        flush()
        groups.append(_card_field(ctx, column, row, full=True))
    flush()
    return groups or [[Spacer(1, 1)]]


def _card_field(
    ctx: Context, column: ColumnField, row: dict[str, Any] | None, *, full: bool
) -> list[Flowable]:
    s = ctx.styles
    parts = _label_and_help(ctx, column, with_help=row is None)
    if row is None:
        if isinstance(column, RatingField) and column.maximum - column.minimum > 10:
            hint = ctx.labels("ws.write_number", minimum=column.minimum, maximum=column.maximum)
            parts.append(Spacer(1, 3))
            parts.append(WriteInBox(s.base * 5, s.base * 2, hint, s.base * 0.8))
        else:
            parts.extend(blank_answer(ctx, column, lines=3 if full else 1))
    else:
        value = row.get(column.key)
        if isinstance(column, RatingField) and column.maximum - column.minimum > 10:
            text = answer_text(ctx, column, value)
            parts.append(Paragraph(esc(text or ctx.labels("dash")), s.body))
        else:
            parts.extend(filled_answer(ctx, column, value))
    return parts


def _pair(ctx: Context, columns: list[ColumnField], row: dict[str, Any] | None) -> Flowable:
    gap = 18.0
    width = (frame_width() - gap) / 2
    cells: list[Any] = [_card_field(ctx, column, row, full=False) for column in columns]
    if len(cells) == 1:
        cells.append("")
    table = Table([cells], colWidths=[width, width], hAlign="LEFT")
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, -1), gap),
                ("RIGHTPADDING", (1, 0), (1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


# --- the wallet card --------------------------------------------------------------------

PANEL_WIDTH = 243.0  # 3.375 in: a credit card's width
PANEL_HEIGHT = 153.0  # 2.125 in
PANEL_PADDING = 8.0


def safety_plan_card_pdf(
    definition: WorksheetDefinition,
    setup: PrintSetup,
    *,
    instance: WorksheetInstance | None = None,
    client: Client | None = None,
) -> bytes:
    """The safety plan as a fold-up wallet card on one page (blank, or filled in)."""
    if instance is not None and instance.definition_id != definition.id:
        raise ValueError("the answers belong to another worksheet")
    ctx = make_context(setup, client, base_size=CLIENT_SIZE)
    labels = ctx.labels
    s = ctx.styles
    panels = _card_panels(ctx, definition, instance)
    story: list[Flowable] = [
        Paragraph(esc(labels("wallet.title")), s.title),
        Paragraph(esc(labels("wallet.instructions")), s.body),
        Spacer(1, 16),
        WalletCard(panels, cut=labels("wallet.cut"), fold=labels("wallet.fold")),
    ]
    return build_pdf(ctx, PageHeader.for_client(labels("wallet.title"), client), story)


@dataclass(frozen=True)
class _CardStyles:
    title: ParagraphStyle
    danger: ParagraphStyle
    label: ParagraphStyle
    text: ParagraphStyle
    bullet: ParagraphStyle


def _card_styles(size: float) -> _CardStyles:
    base = ParagraphStyle("card", fontName=SANS, fontSize=size, leading=size * 1.25, textColor=INK)
    return _CardStyles(
        title=ParagraphStyle(
            "card_title",
            parent=base,
            fontName=SANS_BOLD,
            fontSize=12,
            leading=15,
            textColor=ACCENT,
            spaceAfter=4,
        ),
        danger=ParagraphStyle(
            "card_danger",
            parent=base,
            fontName=SANS_BOLD,
            fontSize=9,
            leading=11.5,
            textColor=URGENT_EDGE,
            spaceAfter=5,
        ),
        label=ParagraphStyle(
            "card_label",
            parent=base,
            fontName=SANS_BOLD,
            spaceBefore=size * 0.45,
            textColor=ACCENT,
        ),
        text=base,
        bullet=ParagraphStyle(
            "card_bullet",
            parent=base,
            leftIndent=size * 1.1,
            bulletIndent=0,
            spaceAfter=2,
            bulletFontSize=size,
            bulletFontName=SANS,
        ),
    )


CARD_SIZES = (9.5, 9.0, 8.5, 8.0, 7.5, 7.0)  # the largest that fits wins; 7 pt at the least


def _card_panels(
    ctx: Context, definition: WorksheetDefinition, instance: WorksheetInstance | None
) -> list[list[Flowable]]:
    """Four panels: the title and crisis lines first, then the answers in order over the
    other three, split where the tallest panel is lowest, in the largest type that fits.
    If even 7 pt does not fit, the panels shrink to fit (KeepInFrame)."""
    inner_width = PANEL_WIDTH - 2 * PANEL_PADDING
    inner_height = PANEL_HEIGHT - 2 * PANEL_PADDING
    best: list[list[Flowable]] = []
    for size in CARD_SIZES:
        cs = _card_styles(size)
        first = _card_front(ctx, cs, definition)
        blocks = [
            _card_block(ctx, cs, item, instance.values if instance is not None else None)
            for item in definition.fields
            if not isinstance(item, StaticNote)
        ]
        heights = [sum(f.wrap(inner_width, inner_height)[1] for f in block) for block in blocks]
        front = sum(f.wrap(inner_width, inner_height)[1] for f in first)
        cut_a, cut_b, tallest = _split_three(heights)
        best = [
            first,
            [f for block in blocks[:cut_a] for f in block],
            [f for block in blocks[cut_a:cut_b] for f in block],
            [f for block in blocks[cut_b:] for f in block],
        ]
        if tallest <= inner_height and front <= inner_height:
            break
    return best


def _split_three(heights: list[float]) -> tuple[int, int, float]:
    """Cut points splitting `heights` (in order) into three runs with the lowest tallest run."""
    n = len(heights)
    best = (n, n, float("inf"))
    for a in range(n + 1):
        for b in range(a, n + 1):
            tallest = max(sum(heights[:a]), sum(heights[a:b]), sum(heights[b:]))
            if tallest < best[2]:
                best = (a, b, tallest)
    return best


def _card_front(ctx: Context, cs: _CardStyles, definition: WorksheetDefinition) -> list[Flowable]:
    language = ctx.language
    front: list[Flowable] = [
        Paragraph(esc(ctx.labels("wallet.card_title")), cs.title),
        Paragraph(esc(ctx.labels("wallet.danger")), cs.danger),
    ]
    for item in definition.fields:
        if isinstance(item, StaticNote) and item.tone is Tone.URGENT:
            for entry in item.items:
                front.append(Paragraph(esc(entry.get(language)), cs.bullet, bulletText="•"))
    return front


def _card_block(
    ctx: Context, cs: _CardStyles, item: InputField, values: dict[str, Any] | None
) -> list[Flowable]:
    language = ctx.language
    parts: list[Flowable] = [Paragraph(esc(item.label.get(language)), cs.label)]
    if values is None:
        lines = 3 if isinstance(item, TableField) else 2 if isinstance(item, LongTextField) else 1
        parts.append(WritingLines(lines, 14.0))
        return parts
    if isinstance(item, TableField):
        rows = _rows(values, item)
        for row in rows:
            cells = [answer_text(ctx, column, row.get(column.key)) for column in item.columns]
            shown = [esc(cell) for cell in cells if cell]
            if len(shown) > 1:
                line = "  ".join([shown[0], *(f"<b>{cell}</b>" for cell in shown[1:])])
            else:
                line = "".join(shown)
            parts.append(Paragraph(line, cs.text))
        if not rows:
            parts.append(Paragraph("—", cs.text))
        return parts
    text = answer_text(ctx, item, values.get(item.key))
    parts.append(Paragraph(esc(text or "—"), cs.text))
    return parts


class WalletCard(Flowable):
    """A 2 × 2 card: dashed cut line around, dotted fold lines between the panels."""

    def __init__(self, panels: list[list[Flowable]], *, cut: str, fold: str) -> None:
        super().__init__()
        self.panels = panels
        self.cut = cut
        self.fold = fold
        self.card_width = 2 * PANEL_WIDTH
        self.card_height = 2 * PANEL_HEIGHT

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._left = max(0.0, (availWidth - self.card_width) / 2)
        return availWidth, self.card_height + 30

    def draw(self) -> None:
        canvas = self.canv
        x0, y0 = self._left, 14.0
        w, h = self.card_width, self.card_height
        canvas.saveState()
        canvas.setFillColor(white)
        canvas.setStrokeColor(MUTED)
        canvas.setLineWidth(0.8)
        canvas.setDash(5, 3)
        canvas.rect(x0, y0, w, h, stroke=1, fill=0)
        canvas.setDash(1, 2.5)
        canvas.setStrokeColor(RULE)
        canvas.line(x0 + w / 2, y0, x0 + w / 2, y0 + h)
        canvas.line(x0, y0 + h / 2, x0 + w, y0 + h / 2)
        canvas.setDash()
        canvas.setFont(SANS, 7)
        canvas.setFillColor(MUTED)
        canvas.drawString(x0, y0 + h + 5, f"✂  {self.cut}")
        canvas.drawCentredString(x0 + w / 2, y0 - 10, self.fold)
        canvas.drawString(x0 + w + 4, y0 + h / 2 - 2.5, self.fold)
        inner_w = PANEL_WIDTH - 2 * PANEL_PADDING
        inner_h = PANEL_HEIGHT - 2 * PANEL_PADDING
        origins = [
            (x0, y0 + PANEL_HEIGHT),
            (x0 + PANEL_WIDTH, y0 + PANEL_HEIGHT),
            (x0, y0),
            (x0 + PANEL_WIDTH, y0),
        ]
        for (px, py), content in zip(origins, self.panels, strict=True):
            if not content:
                continue
            frame = KeepInFrame(inner_w, inner_h, content, mode="shrink", vAlign="TOP")
            _, used = frame.wrapOn(canvas, inner_w, inner_h)
            frame.drawOn(canvas, px + PANEL_PADDING, py + PANEL_PADDING + inner_h - used)
        canvas.restoreState()
