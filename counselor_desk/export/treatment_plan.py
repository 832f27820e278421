"""The treatment plan on paper: problems → goals → measurable objectives with target
dates → interventions (who, how often), the review dates, and signature lines for the
client (and a guardian, for a minor) and the counselor.

A draft prints with a "draft — not in force" watermark on every page and no signature
lines, so it is never signed by mistake. How many sessions worked on each objective (the
golden thread) is printed when the caller passes the counts.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from counselor_desk.domain.records import Client
from counselor_desk.domain.treatment_plan import (
    Intervention,
    Objective,
    PlanEvent,
    PlanStatus,
    PlanVersion,
    TreatmentPlan,
)
from counselor_desk.export.document import (
    Context,
    PageHeader,
    PrintSetup,
    build_pdf,
    frame_width,
    key_value_table,
    make_context,
)
from counselor_desk.export.flowables import Cell, data_table, urgent_callout, with_lead
from counselor_desk.export.styles import INK, MUTED, table_style
from counselor_desk.export.text import esc

SIGNATURE_SPACE = 30.0  # room above each line to sign by hand
KEEP_ROWS = 8  # an objective with up to this many interventions is kept on one page


def treatment_plan_pdf(
    client: Client,
    plan: TreatmentPlan,
    setup: PrintSetup,
    *,
    versions: Sequence[PlanVersion] = (),
    sessions_per_objective: Mapping[str, int] | None = None,
) -> bytes:
    """One treatment plan as PDF bytes. `versions` (the plan's history) gives the dates it
    came into force, was last reviewed and was closed; `sessions_per_objective` (objective
    id → sessions that worked on it) adds that count under each objective."""
    if plan.client_id != client.id:
        raise ValueError("the plan does not belong to this client")
    ctx = make_context(setup, client)
    labels = ctx.labels
    s = ctx.styles
    draft = plan.status is PlanStatus.DRAFT
    story: list[Flowable] = [Paragraph(esc(labels("tp.title")), s.title)]
    story.append(Paragraph(esc(_status_line(ctx, plan)), s.subtitle))
    if draft:
        story.append(
            urgent_callout([Paragraph(esc(labels("tp.draft_banner")), s.body)], frame_width())
        )
        story.append(Spacer(1, 10))
    story.append(key_value_table(_dates(ctx, plan, versions), ctx))
    if not plan.problems:
        story.append(Spacer(1, 8))
        story.append(Paragraph(esc(labels("tp.empty")), s.muted))
    # The signatures go with the plan's last objective, so they never stand alone on a
    # page: a signed page must show what was agreed to.
    signatures = [] if draft else signature_parts(ctx, client)
    objectives = [o for problem in plan.problems for goal in problem.goals for o in goal.objectives]
    last = objectives[-1] if objectives else None
    for p_index, problem in enumerate(plan.problems, start=1):
        story.append(Paragraph(esc(labels("tp.problem", number=p_index)), s.h1))
        story.append(_text(ctx, problem.text))
        for g_index, goal in enumerate(problem.goals, start=1):
            number = f"{p_index}.{g_index}"
            story.append(Paragraph(esc(labels("tp.goal", number=number)), s.h2))
            story.append(_text(ctx, goal.text))
            for o_index, objective in enumerate(goal.objectives, start=1):
                story.extend(
                    _objective(
                        ctx,
                        objective,
                        f"{number}.{o_index}",
                        sessions_per_objective or {},
                        then=signatures if objective is last else (),
                    )
                )
    if signatures and last is None:
        story.append(KeepTogether(signatures))
    header = PageHeader.for_client(
        labels("tp.title"), client, watermark=labels("tp.draft_watermark") if draft else None
    )
    return build_pdf(ctx, header, story)


def _status_word(ctx: Context, status: PlanStatus) -> str:
    return ctx.labels.maybe(f"tp.status.{status.value}", status.value)


def _status_line(ctx: Context, plan: TreatmentPlan) -> str:
    labels = ctx.labels
    status = _status_word(ctx, plan.status)
    if plan.status is PlanStatus.ACTIVE and plan.review_date is not None:
        return labels("tp.status_review", status=status, date=labels.date(plan.review_date))
    return status


def _dates(
    ctx: Context, plan: TreatmentPlan, versions: Sequence[PlanVersion]
) -> list[tuple[str, str | Flowable]]:
    labels = ctx.labels
    rows: list[tuple[str, str | Flowable]] = [(labels("tp.status"), _status_word(ctx, plan.status))]
    ordered = sorted(versions, key=lambda v: v.version)
    activated = next((v for v in ordered if v.event is PlanEvent.ACTIVATED), None)
    reviewed = [v for v in ordered if v.event is PlanEvent.REVIEWED]
    closed = next((v for v in ordered if v.status.is_closed), None)
    if activated is not None:
        when = ctx.local(activated.saved_at).date()
        rows.append((labels("tp.in_force_since"), labels.date(when)))
    if reviewed:
        when = ctx.local(reviewed[-1].saved_at).date()
        rows.append((labels("tp.last_reviewed"), labels.date(when)))
    if plan.status is PlanStatus.ACTIVE and plan.review_date is not None:
        rows.append((labels("tp.next_review"), labels.date(plan.review_date)))
    if closed is not None:
        when = ctx.local(closed.saved_at).date()
        rows.append((labels("tp.closed_on"), labels.date(when)))
    return rows


def _text(ctx: Context, text: str) -> Flowable:
    if text.strip():
        return Paragraph(esc(text.strip()), ctx.styles.body)
    return Paragraph(esc(ctx.labels("not_written")), ctx.styles.muted)


def _objective(
    ctx: Context,
    objective: Objective,
    number: str,
    sessions: Mapping[str, int],
    *,
    then: Sequence[Flowable] = (),
) -> list[Flowable]:
    """An objective's heading, text, facts and interventions; `then` (the signatures)
    is kept on the same page as a short objective, or follows a long one's table."""
    labels = ctx.labels
    s = ctx.styles
    facts = [
        labels("tp.target", date=labels.date(objective.target_date))
        if objective.target_date is not None
        else labels("tp.no_target"),
        labels(
            "tp.objective_status",
            status=labels.maybe(f"objective.{objective.status.value}", objective.status.value),
        ),
    ]
    if objective.id in sessions:
        count = sessions[objective.id]
        facts.append(
            labels("tp.sessions_one") if count == 1 else labels("tp.sessions", count=count)
        )
    lead: list[Flowable] = [
        Paragraph(esc(labels("tp.objective", number=number)), s.h3),
        _text(ctx, objective.text),
        Paragraph(esc("  ·  ".join(facts)), s.muted),
        Spacer(1, 4),
    ]
    if not objective.interventions:
        none = Paragraph(esc(labels("tp.no_interventions")), s.muted)
        return [KeepTogether([*lead, none, Spacer(1, 4), *then])]
    table = data_table(
        [labels("tp.col.intervention"), labels("tp.col.who"), labels("tp.col.frequency")],
        [_intervention_row(ctx, item) for item in objective.interventions],
        [frame_width() * f for f in (0.56, 0.22, 0.22)],
        s,
    )
    rows = len(objective.interventions)
    if rows <= KEEP_ROWS:
        return [KeepTogether([*lead, table, Spacer(1, 4), *then])]
    # A long table splits over pages; the signatures follow its last rows when they fit.
    return [*with_lead(lead, table, rows, KEEP_ROWS), Spacer(1, 4), *_kept(then)]


def _kept(parts: Sequence[Flowable]) -> list[Flowable]:
    return [KeepTogether(list(parts))] if parts else []


def _intervention_row(ctx: Context, item: Intervention) -> list[Cell]:
    dash = ctx.labels("dash")
    return [item.text.strip() or dash, item.who.strip() or dash, item.frequency.strip() or dash]


def signature_parts(ctx: Context, client: Client) -> list[Flowable]:
    """The agreement sentence and lines to sign and date: client, guardian (when the
    client has one on file), counselor."""
    labels = ctx.labels
    s = ctx.styles
    client_caption = labels("tp.sign.client")
    name = client.legal_name or client.display_name
    parts: list[Flowable] = [
        Paragraph(esc(labels("tp.signatures")), s.h1),
        Paragraph(esc(labels("tp.agreement")), s.body),
        Spacer(1, 6),
        signature_line(ctx, client_caption, name),
    ]
    if client.guardian:
        parts.append(signature_line(ctx, labels("tp.sign.guardian"), client.guardian))
    parts.append(signature_line(ctx, labels("tp.sign.counselor"), None))
    return parts


def signature_line(ctx: Context, caption: str, printed_name: str | None) -> Table:
    """A line to sign on and a shorter one for the date, captioned underneath."""
    labels = ctx.labels
    s = ctx.styles
    under = f"{esc(caption)}"
    if printed_name:
        under += f'  <font color="{MUTED.hexval()}">({esc(printed_name)})</font>'
    width = frame_width()
    table = Table(
        [
            ["", "", ""],
            [Paragraph(under, s.small), "", Paragraph(esc(labels("tp.sign.date")), s.small)],
        ],
        colWidths=[width * 0.64, width * 0.06, width * 0.30],
        rowHeights=[SIGNATURE_SPACE, None],
        hAlign="LEFT",
    )
    table.setStyle(
        table_style(
            [
                ("LINEBELOW", (0, 0), (0, 0), 0.8, INK),
                ("LINEBELOW", (2, 0), (2, 0), 0.8, INK),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 1), (-1, 1), 2),
                ("BOTTOMPADDING", (0, 1), (-1, 1), 10),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table
