"""A session note on paper: the session, the sections, the risk check, the signatures.

A signed note prints its signer, time, late-entry mark and content fingerprint, checked
against the text being printed; each addendum follows with its own. A draft prints with
a "draft — not signed" watermark on every page, so it is never taken for the record.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from counselor_desk.domain.notes import COMMON_KEYS, SECTION_KEYS, Addendum, Note
from counselor_desk.domain.records import Client, Session
from counselor_desk.domain.supervision import Cosignature
from counselor_desk.export.document import (
    Context,
    PageHeader,
    PrintSetup,
    build_pdf,
    frame_width,
    key_value_table,
    make_context,
)
from counselor_desk.export.flowables import callout, urgent_callout
from counselor_desk.export.fonts import MONO
from counselor_desk.export.styles import FLAG, MUTED, URGENT_EDGE
from counselor_desk.export.text import esc

_RISK_KEYS = ("risk_self_harm", "risk_overdose", "risk_safety")


def session_note_pdf(
    client: Client,
    session: Session,
    note: Note,
    setup: PrintSetup,
    *,
    addenda: Sequence[Addendum] = (),
    cosignature: Cosignature | None = None,
    cosign_pending: bool = False,
) -> bytes:
    """One session note with its addenda and signatures, as PDF bytes."""
    if note.session_id != session.id or note.client_id != client.id:
        raise ValueError("the note does not belong to this session and client")
    ctx = make_context(setup, client)
    labels = ctx.labels
    s = ctx.styles
    story: list[Flowable] = [
        Paragraph(esc(labels("note.title")), s.title),
        Spacer(1, 6),
    ]
    if not note.is_signed:
        story.append(
            urgent_callout([Paragraph(esc(labels("note.draft_banner")), s.body)], frame_width())
        )
        story.append(Spacer(1, 10))
    story.append(session_table(ctx, session, note))
    story.extend(note_body(ctx, note))
    story.extend(signature_block(ctx, note, cosignature, cosign_pending))
    story.extend(addenda_blocks(ctx, addenda))
    header = PageHeader.for_client(
        labels("note.title"),
        client,
        watermark=None if note.is_signed else labels("note.draft_watermark"),
    )
    return build_pdf(ctx, header, story)


def session_table(ctx: Context, session: Session, note: Note) -> Flowable:
    labels = ctx.labels
    rows: list[tuple[str, str | Flowable]] = [
        (labels("note.date_time"), labels.datetime(ctx.local(session.start))),
        (labels("note.kind"), labels.maybe(f"kind.{session.kind}", str(session.kind))),
        (labels("note.length"), labels("note.minutes", minutes=session.minutes)),
    ]
    if session.location:
        rows.append((labels("note.location"), session.location))
    if session.participants:
        rows.append((labels("note.participants"), ", ".join(session.participants)))
    rows.append((labels("note.format"), labels.maybe(f"format.{note.format}", str(note.format))))
    return key_value_table(rows, ctx)


def note_body(ctx: Context, note: Note, *, heading_style: str = "h2") -> list[Flowable]:
    """The note's sections in the format's order, then the risk check and next appointment."""
    labels = ctx.labels
    s = ctx.styles
    heading = s.h2 if heading_style == "h2" else s.h3
    story: list[Flowable] = []
    for key in SECTION_KEYS[note.format]:
        text = note.sections.get(key, "").strip()
        story.append(Paragraph(esc(labels.maybe(f"section.{key}", key)), heading))
        if text:
            story.append(Paragraph(esc(text), s.body))
        else:
            story.append(Paragraph(esc(labels("not_written")), s.muted))
    risks = [
        (labels(f"section.{key}"), note.sections[key].strip())
        for key in _RISK_KEYS
        if note.sections.get(key, "").strip()
    ]
    if risks:
        story.append(Paragraph(esc(labels("note.risk")), heading))
        story.append(key_value_table(risks, ctx))
    upcoming = note.sections.get("next_appointment", "").strip()
    if upcoming:
        story.append(Paragraph(esc(labels("section.next_appointment")), heading))
        story.append(Paragraph(esc(upcoming), s.body))
    # Any other common key a later format adds still prints rather than vanishing.
    shown = set(SECTION_KEYS[note.format]) | set(_RISK_KEYS) | {"next_appointment"}
    for key in COMMON_KEYS:
        if key not in shown and note.sections.get(key, "").strip():
            story.append(Paragraph(esc(labels.maybe(f"section.{key}", key)), heading))
            story.append(Paragraph(esc(note.sections[key]), s.body))
    return story


def _digest_paragraph(ctx: Context, digest: str) -> Flowable:
    """The fingerprint label, then the 64 hex digits in groups of 8 in a fixed-width face."""
    grouped = " ".join(digest[i : i + 8] for i in range(0, len(digest), 8))
    return Paragraph(
        f'<font color="{MUTED.hexval()}">{esc(ctx.labels("note.fingerprint"))}</font><br/>'
        f'<font name="{MONO}">{esc(grouped)}</font>',
        ctx.styles.small,
    )


def _fingerprint(ctx: Context, digest: str, matches: bool) -> list[Flowable]:
    labels = ctx.labels
    verdict = labels("note.fingerprint_ok") if matches else labels("note.fingerprint_bad")
    color = MUTED if matches else FLAG
    return [
        _digest_paragraph(ctx, digest),
        Paragraph(f'<font color="{color.hexval()}">{esc(verdict)}</font>', ctx.styles.small),
    ]


def signature_block(
    ctx: Context,
    note: Note,
    cosignature: Cosignature | None = None,
    cosign_pending: bool = False,
) -> list[Flowable]:
    """The signature box of a signed note; nothing for a draft (its banner says so)."""
    if not note.is_signed or note.signed_by is None or note.signed_at is None:
        return []
    labels = ctx.labels
    s = ctx.styles
    parts: list[Flowable] = [
        Paragraph(
            esc(
                labels(
                    "note.signed",
                    name=note.signed_by,
                    when=labels.datetime(ctx.local(note.signed_at)),
                )
            ),
            s.cell_bold,
        )
    ]
    if note.late_entry:
        parts.append(Paragraph(esc(labels("note.late")), s.small))
    if note.content_sha256:
        parts.extend(_fingerprint(ctx, note.content_sha256, note.hash_matches()))
    if cosignature is not None:
        parts.append(Spacer(1, 5))
        parts.append(
            Paragraph(
                esc(
                    labels(
                        "note.cosigned",
                        name=cosignature.cosigned_by,
                        when=labels.datetime(ctx.local(cosignature.cosigned_at)),
                    )
                ),
                s.cell_bold,
            )
        )
        parts.extend(
            _fingerprint(
                ctx, cosignature.content_sha256, cosignature.hash_matches(note.content_sha256)
            )
        )
    elif cosign_pending:
        parts.append(Spacer(1, 4))
        parts.append(
            Paragraph(
                f'<font color="{URGENT_EDGE.hexval()}">{esc(labels("note.cosign_pending"))}</font>',
                s.small,
            )
        )
    return [
        Spacer(1, 12),
        KeepTogether(
            [Paragraph(esc(labels("note.signature")), s.h2), callout(parts, frame_width())]
        ),
    ]


def addenda_blocks(ctx: Context, addenda: Sequence[Addendum]) -> list[Flowable]:
    """Each addendum in signing order, with its signer, time and fingerprint."""
    if not addenda:
        return []
    labels = ctx.labels
    s = ctx.styles
    story: list[Flowable] = [Paragraph(esc(labels("note.addenda")), s.h1)]
    ordered = sorted(addenda, key=lambda a: a.signed_at)
    for number, addendum in enumerate(ordered, start=1):
        story.append(Paragraph(esc(labels("note.addendum", number=number)), s.h3))
        story.append(Paragraph(esc(addendum.text), s.body))
        signed = labels(
            "note.addendum_signed",
            name=addendum.signed_by,
            when=labels.datetime(ctx.local(addendum.signed_at)),
        )
        parts: list[Flowable] = [Paragraph(esc(signed), s.cell_bold)]
        parts.extend(_fingerprint(ctx, addendum.content_sha256, addendum.hash_matches()))
        story.append(callout(parts, frame_width(), padding=7))
    return story
