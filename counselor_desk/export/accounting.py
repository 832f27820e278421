"""The accounting of disclosures (42 CFR 2.24/2.25), printable for the client.

One row per disclosure: when, to whom, what, why, and on what basis (a consent, named
by its id, or a medical emergency under 42 CFR 2.51 with the facility). The rows are
plain values the disclosure log (a service) fills; this module only lays them out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from reportlab.platypus import Flowable, Paragraph

from counselor_desk.domain.errors import ValidationError
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
from counselor_desk.export.fonts import MONO
from counselor_desk.export.styles import MUTED
from counselor_desk.export.text import esc


@dataclass(frozen=True)
class DisclosureRecord:
    """One disclosure as the accounting lists it; exactly one of `consent_id` and
    `emergency_facility` is set."""

    disclosed_at: datetime
    recipient: str
    information: str
    purpose: str
    consent_id: str | None = None
    emergency_facility: str | None = None

    def __post_init__(self) -> None:
        if (self.consent_id is None) == (self.emergency_facility is None):
            raise ValidationError(
                "A disclosure is either under a consent or a medical emergency, not both "
                "or neither."
            )
        if self.disclosed_at.tzinfo is None:
            raise ValidationError("A disclosure time must carry its offset.")


def accounting_pdf(
    client: Client,
    records: Sequence[DisclosureRecord],
    setup: PrintSetup,
    *,
    period_start: date | None = None,
    period_end: date | None = None,
) -> bytes:
    """The client's accounting of disclosures, oldest first, as PDF bytes. With a period,
    only the disclosures in it (inclusive) are listed."""
    ctx = make_context(setup, client)
    labels = ctx.labels
    s = ctx.styles
    rows = sorted(
        (
            r
            for r in records
            if (period_start is None or ctx.local(r.disclosed_at).date() >= period_start)
            and (period_end is None or ctx.local(r.disclosed_at).date() <= period_end)
        ),
        key=lambda r: r.disclosed_at,
    )
    if period_start is not None and period_end is not None:
        scope = labels("acc.period", start=labels.date(period_start), end=labels.date(period_end))
    else:
        scope = labels("acc.all")
    story: list[Flowable] = [
        Paragraph(esc(labels("acc.title")), s.title),
        Paragraph(esc(labels("acc.subtitle")), s.subtitle),
    ]
    lead: list[Flowable] = [Paragraph(esc(scope), s.lead)]
    if not rows:
        story.extend([*lead, Paragraph(esc(labels("acc.none")), s.body)])
    else:
        widths = [frame_width() * f for f in (0.14, 0.19, 0.23, 0.17, 0.27)]
        table = data_table(
            [
                labels("acc.col.date"),
                labels("acc.col.recipient"),
                labels("acc.col.what"),
                labels("acc.col.purpose"),
                labels("acc.col.basis"),
            ],
            [_row(ctx, r) for r in rows],
            widths,
            s,
        )
        story.extend(with_lead(lead, table, len(rows)))
        count = labels("acc.count_one") if len(rows) == 1 else labels("acc.count", count=len(rows))
        story.append(Paragraph(esc(count), s.muted))
    return build_pdf(ctx, PageHeader.for_client(labels("acc.title"), client), story)


def _two_lines(identifier: str) -> str:
    """A long id broken after the dash nearest its middle (a UUID: 8-4-4- / 4-12), so it
    wraps at a readable place instead of mid-group."""
    middle = len(identifier) // 2
    dashes = [i for i, ch in enumerate(identifier) if ch == "-"]
    if len(identifier) <= 20 or not dashes:
        return esc(identifier)
    cut = min(dashes, key=lambda i: abs(i - middle)) + 1
    return f"{esc(identifier[:cut])}<br/>{esc(identifier[cut:])}"


def _row(ctx: Context, record: DisclosureRecord) -> list[Cell]:
    labels = ctx.labels
    s = ctx.styles
    when = ctx.local(record.disclosed_at)
    date_cell = Paragraph(
        f'{esc(labels.date_short(when))}<br/><font color="{MUTED.hexval()}">'
        f"{esc(labels.time(when))}</font>",
        s.cell,
    )
    if record.consent_id is not None:
        basis = Paragraph(
            f"{esc(labels('acc.consent'))}<br/>"
            f'<font size="{s.cell.fontSize * 0.75:.1f}" name="{MONO}">'
            f"{_two_lines(record.consent_id)}</font>",
            s.cell,
        )
    else:
        basis = Paragraph(
            f"<b>{esc(labels('acc.emergency'))}</b><br/>{esc(record.emergency_facility or '')}",
            s.cell,
        )
    return [date_cell, record.recipient, record.information, record.purpose, basis]
