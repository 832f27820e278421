"""The sign-in sheet for a group session: date, topic, and a line per attendee.

The caller passes the names to print (the expected attendees) and how many blank rows to
add for walk-ins. Rows are tall enough to sign by hand.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from reportlab.platypus import Flowable, Paragraph, Spacer

from counselor_desk.export.document import (
    PageHeader,
    PrintSetup,
    build_pdf,
    frame_width,
    key_value_table,
    make_context,
)
from counselor_desk.export.flowables import data_table
from counselor_desk.export.text import esc

ROW_HEIGHT = 30.0


def group_signin_pdf(
    start: datetime,
    topic: str,
    names: Sequence[str],
    setup: PrintSetup,
    *,
    facilitator: str | None = None,
    location: str | None = None,
    blank_rows: int = 4,
) -> bytes:
    """A sign-in sheet for a group starting at `start`: one row per name, then
    `blank_rows` empty rows."""
    ctx = make_context(setup, base_size=11)  # names and signatures a little larger
    labels = ctx.labels
    s = ctx.styles
    when = ctx.local(start)
    details: list[tuple[str, str | Flowable]] = [
        (labels("signin.date"), labels.date(when.date())),
        (labels("signin.time"), labels.time(when)),
        (labels("signin.topic"), topic),
    ]
    if facilitator:
        details.append((labels("signin.facilitator"), facilitator))
    if location:
        details.append((labels("signin.location"), location))
    rows: list[list[str | Flowable]] = [[str(n), name, ""] for n, name in enumerate(names, 1)]
    first_blank = len(rows) + 1
    rows.extend([str(n), "", ""] for n in range(first_blank, first_blank + blank_rows))
    widths = [frame_width() * f for f in (0.07, 0.46, 0.47)]
    story: list[Flowable] = [
        Paragraph(esc(labels("signin.title")), s.title),
        key_value_table(details, ctx, label_width=100),
        Spacer(1, 14),
        data_table(
            [
                labels("signin.col.number"),
                labels("signin.col.name"),
                labels("signin.col.signature"),
            ],
            rows,
            widths,
            s,
            zebra=False,
            row_height=ROW_HEIGHT,
            grid=True,
            valign="MIDDLE",
        ),
        Spacer(1, 10),
        Paragraph(esc(labels("signin.confidential")), s.muted),
    ]
    header = PageHeader(labels("signin.title"), subject=topic)
    return build_pdf(ctx, header, story)
