"""The recovery kit: one sheet with the vault's recovery key, as text and as a QR code.

The key prints in its 16 groups and the checksum group 17 (domain.recovery), large and
in a fixed-width face so each character is plain. The sheet says what the key is and
what to do with it: lock it away, never keep it with the laptop.
"""

from __future__ import annotations

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from counselor_desk.domain.recovery import (
    CHECKSUM_GROUP,
    format_recovery_key,
    parse_recovery_key,
)
from counselor_desk.export.document import (
    Context,
    PageHeader,
    PrintSetup,
    build_pdf,
    frame_width,
    make_context,
)
from counselor_desk.export.flowables import WritingLines, urgent_callout
from counselor_desk.export.fonts import MONO, SANS
from counselor_desk.export.styles import ACCENT, ACCENT_LIGHT, INK, MUTED, RULE, table_style
from counselor_desk.export.text import esc

QR_SIZE = 150.0


def recovery_kit_pdf(vault_name: str, recovery_key: str, setup: PrintSetup) -> bytes:
    """The recovery sheet for `vault_name`. `recovery_key` is the key as shown (any
    separators, with or without the checksum group); a mistyped key is refused
    (RecoveryKeyTypo) rather than printed."""
    key_text = format_recovery_key(parse_recovery_key(recovery_key))
    ctx = make_context(setup)
    labels = ctx.labels
    s = ctx.styles
    printed = labels.date(ctx.local(setup.printed_at).date())
    story: list[Flowable] = [
        Paragraph(esc(labels("kit.title")), s.title),
        Paragraph(esc(labels("kit.subtitle")), s.subtitle),
        Paragraph(
            f"{esc(labels('kit.vault'))}: <b>{esc(vault_name)}</b>"
            f"&nbsp;&nbsp;&nbsp;·&nbsp;&nbsp;&nbsp;{esc(labels('kit.printed'))}: {esc(printed)}",
            s.body,
        ),
        KeepTogether(
            [
                Paragraph(esc(labels("kit.key_heading")), s.h1),
                _key_and_qr(ctx, key_text),
                Paragraph(esc(labels("kit.key_hint")), s.muted),
            ]
        ),
        Spacer(1, 6),
        urgent_callout(
            [
                Paragraph(esc(labels("kit.what_heading")), s.h3),
                Paragraph(esc(labels("kit.what")), s.body),
            ],
            frame_width(),
        ),
        Paragraph(esc(labels("kit.store_heading")), s.h2),
    ]
    story.extend(
        Paragraph(esc(labels(f"kit.store.{n}")), s.bullet, bulletText="•") for n in (1, 2, 3, 4)
    )
    story.append(Paragraph(esc(labels("kit.use_heading")), s.h2))
    story.extend(
        Paragraph(esc(labels(f"kit.use.{n}")), s.bullet, bulletText="•") for n in (1, 2, 3)
    )
    story.append(Spacer(1, 6))
    story.append(_write_ins(ctx, (labels("kit.where"), labels("kit.checked"))))
    header = PageHeader(labels("kit.title"), subject=f"{labels('kit.vault')}: {vault_name}")
    return build_pdf(ctx, header, story)


def _write_ins(ctx: Context, prompts: tuple[str, str]) -> Flowable:
    """Two labelled lines side by side, to fill in by hand."""
    gap = 18.0
    width = (frame_width() - gap) / 2
    cells = [[Paragraph(esc(prompt), ctx.styles.label), WritingLines(1, 24)] for prompt in prompts]
    table = Table([cells], colWidths=[width + gap, width], hAlign="LEFT")
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, -1), gap),
                ("RIGHTPADDING", (1, 0), (1, -1), 0),
            ]
        )
    )
    return KeepTogether([table])


def _key_and_qr(ctx: Context, key_text: str) -> Flowable:
    groups = key_text.split("-")
    grid = _key_grid(ctx, groups)
    qr = _qr(key_text)
    caption = Paragraph(
        esc(ctx.labels("kit.qr_caption")),
        ParagraphStyle("qr_caption", parent=ctx.styles.muted, alignment=1),
    )
    qr_width = QR_SIZE + 10
    table = Table(
        [[grid, [qr, caption]]],
        colWidths=[frame_width() - qr_width, qr_width],
        hAlign="LEFT",
    )
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _key_grid(ctx: Context, groups: list[str]) -> Table:
    """Groups 1–16 four to a row, each under its number; then the checksum group."""
    number_style = ParagraphStyle(
        "group_number", fontName=MONO, fontSize=7.5, leading=9, textColor=MUTED
    )
    group_style = ParagraphStyle("group", fontName=MONO, fontSize=16, leading=19, textColor=INK)

    def cell(index: int) -> list[Flowable]:
        number = str(index + 1)
        if index + 1 == CHECKSUM_GROUP:
            number += f" · {ctx.labels('kit.checksum')}"
        return [Paragraph(esc(number), number_style), Paragraph(esc(groups[index]), group_style)]

    rows: list[list[object]] = [
        [cell(r * 4 + c) for c in range(4)] for r in range((CHECKSUM_GROUP - 1) // 4)
    ]
    rows.append([cell(CHECKSUM_GROUP - 1), "", "", ""])
    width = (frame_width() - QR_SIZE - 24) / 4
    table = Table(rows, colWidths=[width] * 4, hAlign="LEFT")
    last = len(rows) - 1
    table.setStyle(
        table_style(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ("BOX", (0, 0), (-1, last - 1), 0.8, ACCENT),
                ("INNERGRID", (0, 0), (-1, last - 1), 0.4, RULE),
                ("BOX", (0, last), (1, last), 0.8, ACCENT),
                ("BACKGROUND", (0, last), (1, last), ACCENT_LIGHT),
                ("SPAN", (0, last), (1, last)),
            ]
        )
    )
    return table


def _qr(text: str) -> Drawing:
    widget = QrCodeWidget(text, barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(
        QR_SIZE,
        QR_SIZE,
        transform=[QR_SIZE / (x1 - x0), 0, 0, QR_SIZE / (y1 - y0), 0, 0],
        initialFontName=SANS,  # else the renderer starts in Helvetica, not embedded
    )
    drawing.add(widget)
    return drawing
