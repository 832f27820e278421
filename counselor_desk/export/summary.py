"""The client summary over a date range: medications, attendance, screens, scales, plan
progress and signed notes.

Only what the caller passes is printed, so the service decides what a disclosure may
hold. SUD counseling notes print only when passed on purpose (`counseling_notes`), in
their own section. Draft notes never print here; the summary says how many were left out.

A summary may be limited to some parts of the record (`sections`, the minimum necessary
under a consent): parts left out are not printed at all, not even their headings, and
the summary says under its title which parts it holds. The client block (who the record
is about) always prints.

Treatment-plan progress comes in as `ObjectiveProgress` rows: the plan's own domain
objects (issue 4) are mapped to these by the caller, so this module does not depend on
them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from counselor_desk.domain.measures import ScaleEntry
from counselor_desk.domain.notes import Addendum, Note
from counselor_desk.domain.records import Client, CounselingNote, MedicationEntry, Session
from counselor_desk.domain.scales import ScaleId
from counselor_desk.domain.screens import (
    Attendance,
    AttendanceStatus,
    FindingKind,
    UrineScreen,
    prescribed_on,
    screen_findings,
)
from counselor_desk.export.charts import scale_chart
from counselor_desk.export.document import (
    Context,
    PageHeader,
    PrintSetup,
    build_pdf,
    frame_width,
    key_value_table,
    make_context,
)
from counselor_desk.export.flowables import Cell, callout, data_table, with_lead
from counselor_desk.export.labels import Labels
from counselor_desk.export.note import note_body
from counselor_desk.export.styles import EXPECTED, FLAG, MUTED
from counselor_desk.export.text import esc


class SummarySection(StrEnum):
    """A part of the record the summary may hold, in the order it prints."""

    MEDICATIONS = "medications"
    PLAN = "plan"
    ATTENDANCE = "attendance"
    SCREENS = "screens"
    SCALES = "scales"
    NOTES = "notes"
    COUNSELING_NOTES = "counseling-notes"


# Everything but the SUD counseling notes (42 CFR 2.11), which print only on purpose.
DEFAULT_SECTIONS: frozenset[SummarySection] = frozenset(SummarySection) - {
    SummarySection.COUNSELING_NOTES
}


def parse_sections(text: str) -> frozenset[SummarySection]:
    """Section names separated by commas ("medications,screens"; "_" may stand for "-"),
    as a set; ValueError names an unknown one and lists the known ones."""
    chosen: set[SummarySection] = set()
    for part in text.split(","):
        name = part.strip().lower().replace("_", "-")
        if not name:
            continue
        try:
            chosen.add(SummarySection(name))
        except ValueError:
            known = ", ".join(s.value for s in SummarySection)
            raise ValueError(f"There is no summary section {name!r}; they are {known}.") from None
    if not chosen:
        raise ValueError("Name at least one section of the summary.")
    return frozenset(chosen)


def is_limited(sections: Collection[SummarySection]) -> bool:
    """Whether `sections` leave out any part a full summary holds."""
    return not frozenset(sections) >= DEFAULT_SECTIONS


def section_names(labels: Labels, sections: Collection[SummarySection]) -> str:
    """The parts as words in a sentence, in print order: "medications, urine drug screens"."""
    return ", ".join(
        labels(f"summary.part.{section.value}") for section in SummarySection if section in sections
    )


@dataclass(frozen=True)
class ObjectiveProgress:
    """One treatment-plan objective as the summary prints it: the hook the treatment-plan
    records fill (text already in the client's language; status in words)."""

    objective: str
    goal: str | None = None
    target_date: date | None = None
    status: str | None = None
    sessions: int = 0  # sessions in the period that worked on this objective
    last_worked_on: date | None = None


def client_summary_pdf(
    client: Client,
    setup: PrintSetup,
    *,
    period_start: date,
    period_end: date,
    medications: Sequence[MedicationEntry] = (),
    sessions: Sequence[Session] = (),
    notes: Sequence[Note] = (),
    addenda: Sequence[Addendum] = (),
    attendance: Sequence[Attendance] = (),
    screens: Sequence[UrineScreen] = (),
    scale_entries: Sequence[ScaleEntry] = (),
    plan_progress: Sequence[ObjectiveProgress] | None = None,
    counseling_notes: Sequence[CounselingNote] = (),
    sections: Collection[SummarySection] | None = None,
) -> bytes:
    """The summary of one client between two dates (inclusive), as PDF bytes.

    `plan_progress=None` leaves the treatment-plan section out; an empty sequence says
    that no plan is on file. `sections` limits the parts printed (None: DEFAULT_SECTIONS,
    plus the counseling notes when some are passed); a part not named is not printed,
    whatever records are passed for it."""
    if period_end < period_start:
        raise ValueError("the period ends before it starts")
    chosen: frozenset[SummarySection]
    if sections is None:
        chosen = DEFAULT_SECTIONS
        if counseling_notes:
            chosen |= {SummarySection.COUNSELING_NOTES}
    else:
        chosen = frozenset(SummarySection(section) for section in sections)
        if not chosen:
            raise ValueError("a summary holds at least one section")
    ctx = make_context(setup, client)
    labels = ctx.labels
    s = ctx.styles
    period = labels("summary.period", start=labels.date(period_start), end=labels.date(period_end))
    story: list[Flowable] = [
        Paragraph(esc(labels("summary.title")), s.title),
        Paragraph(esc(period), s.subtitle),
    ]
    if is_limited(chosen):
        only = labels("summary.only", parts=section_names(labels, chosen))
        story.append(callout([Paragraph(esc(only), s.body)], frame_width()))
    story.extend(_client_section(ctx, client))
    if SummarySection.MEDICATIONS in chosen:
        story.extend(_medication_section(ctx, medications, period_end))
    if SummarySection.PLAN in chosen and plan_progress is not None:
        story.extend(_plan_section(ctx, plan_progress))
    if SummarySection.ATTENDANCE in chosen:
        in_period = [a for a in attendance if period_start <= a.on <= period_end]
        story.extend(_attendance_section(ctx, in_period))
    if SummarySection.SCREENS in chosen:
        in_period_screens = [x for x in screens if period_start <= x.collected <= period_end]
        story.extend(_screen_section(ctx, in_period_screens, medications))
    if SummarySection.SCALES in chosen:
        story.extend(_scale_section(ctx, scale_entries, period_start, period_end))
    if SummarySection.NOTES in chosen:
        story.extend(_notes_section(ctx, sessions, notes, addenda, period_start, period_end))
    if SummarySection.COUNSELING_NOTES in chosen:
        story.extend(_counseling_section(ctx, counseling_notes, sessions))
    header = PageHeader.for_client(labels("summary.title"), client)
    return build_pdf(ctx, header, story)


def _client_section(ctx: Context, client: Client) -> list[Flowable]:
    labels = ctx.labels
    rows: list[tuple[str, str | Flowable]] = []
    if client.legal_name:
        rows.append((labels("summary.legal_name"), client.legal_name))
    if client.date_of_birth:
        rows.append((labels("dob"), labels.date(client.date_of_birth)))
    if client.pronouns:
        rows.append((labels("summary.pronouns"), client.pronouns))
    if client.program:
        rows.append((labels("summary.program"), client.program))
    if client.admission_date:
        rows.append((labels("summary.admitted"), labels.date(client.admission_date)))
    if client.discharge_date:
        rows.append((labels("summary.discharged"), labels.date(client.discharge_date)))
    if client.recovery_date:
        rows.append((labels("summary.recovery_date"), labels.date(client.recovery_date)))
    if client.diagnoses:
        text = "\n".join(
            f"{d.description} ({d.icd10})" if d.icd10 else d.description for d in client.diagnoses
        )
        rows.append((labels("summary.diagnoses"), text))
    language = str(client.preferred_language)
    rows.append((labels("summary.language"), labels.maybe(f"lang.{language}", language)))
    return [Paragraph(esc(labels("summary.client")), ctx.styles.h1), key_value_table(rows, ctx)]


def _medication_name(ctx: Context, entry: MedicationEntry) -> str:
    return ctx.labels.maybe(f"med.{entry.medication}", str(entry.medication))


def _dispensing(ctx: Context, entry: MedicationEntry) -> str:
    labels = ctx.labels
    if entry.dispensing is None:
        return ""
    text = labels.maybe(f"disp.{entry.dispensing}", str(entry.dispensing))
    if entry.take_home_count:
        text += f" ({labels('summary.take_home', count=entry.take_home_count)})"
    return text


def _form_and_dose(ctx: Context, entry: MedicationEntry) -> Cell:
    s = ctx.styles
    text = ", ".join(part for part in (entry.form, entry.dose) if part)
    markup = esc(text)
    if entry.notes:
        color = MUTED.hexval()
        markup += f'<br/><font color="{color}" size="{s.cell.fontSize * 0.92:.1f}">'
        markup += f"{esc(entry.notes)}</font>"
    return Paragraph(markup, s.cell)


def _medication_section(
    ctx: Context, medications: Sequence[MedicationEntry], period_end: date
) -> list[Flowable]:
    labels = ctx.labels
    s = ctx.styles
    current = sorted(
        (m for m in medications if m.stopped is None or m.stopped > period_end),
        key=lambda m: m.started,
        reverse=True,
    )
    past = sorted(
        (m for m in medications if m.stopped is not None and m.stopped <= period_end),
        key=lambda m: m.started,
        reverse=True,
    )
    lead: list[Flowable] = [
        Paragraph(esc(labels("summary.medications")), s.h1),
        Paragraph(esc(labels("summary.current")), s.h2),
    ]
    story: list[Flowable] = []
    if current:
        table = data_table(
            [
                labels("summary.col.medication"),
                labels("summary.col.dose"),
                labels("summary.col.schedule"),
                labels("summary.col.dispensing"),
                labels("summary.col.prescriber"),
                labels("summary.col.started"),
            ],
            [
                [
                    _medication_name(ctx, m),
                    _form_and_dose(ctx, m),
                    m.schedule or "",
                    _dispensing(ctx, m),
                    m.prescriber or "",
                    labels.date_short(m.started),
                ]
                for m in current
            ],
            _widths((0.15, 0.24, 0.15, 0.16, 0.16, 0.14)),
            s,
        )
        story.extend(with_lead(lead, table, len(current)))
    else:
        story.extend([*lead, Paragraph(esc(labels("summary.no_current")), s.muted)])
    lead = [Paragraph(esc(labels("summary.past")), s.h2)]
    if past:
        table = data_table(
            [
                labels("summary.col.medication"),
                labels("summary.col.dose"),
                labels("summary.col.dispensing"),
                labels("summary.col.prescriber"),
                labels("summary.col.started"),
                labels("summary.col.stopped"),
            ],
            [
                [
                    _medication_name(ctx, m),
                    _form_and_dose(ctx, m),
                    _dispensing(ctx, m),
                    m.prescriber or "",
                    labels.date_short(m.started),
                    labels.date_short(m.stopped) if m.stopped else "",
                ]
                for m in past
            ],
            _widths((0.15, 0.27, 0.16, 0.14, 0.14, 0.14)),
            s,
        )
        story.extend(with_lead(lead, table, len(past)))
    else:
        story.extend([*lead, Paragraph(esc(labels("summary.no_past")), s.muted)])
    return story


def _widths(fractions: Sequence[float]) -> list[float]:
    total = frame_width()
    return [total * f for f in fractions]


def _plan_section(ctx: Context, rows: Sequence[ObjectiveProgress]) -> list[Flowable]:
    labels = ctx.labels
    s = ctx.styles
    heading = Paragraph(esc(labels("summary.plan")), s.h1)
    if not rows:
        return [heading, Paragraph(esc(labels("summary.no_plan")), s.muted)]
    table_rows: list[list[Cell]] = []
    for row in rows:
        markup = esc(row.objective)
        if row.goal:
            markup = (
                f'<font color="{MUTED.hexval()}" size="{s.cell.fontSize * 0.92:.1f}">'
                f"{esc(row.goal)}</font><br/>{markup}"
            )
        table_rows.append(
            [
                Paragraph(markup, s.cell),
                labels.date_short(row.target_date) if row.target_date else "",
                row.status or "",
                str(row.sessions),
                labels.date_short(row.last_worked_on) if row.last_worked_on else "",
            ]
        )
    table = data_table(
        [
            labels("summary.col.objective"),
            labels("summary.col.target"),
            labels("summary.col.status"),
            labels("summary.col.sessions"),
            labels("summary.col.last"),
        ],
        table_rows,
        _widths((0.46, 0.14, 0.14, 0.11, 0.15)),
        s,
    )
    return with_lead([heading], table, len(rows))


def _attendance_section(ctx: Context, rows: Sequence[Attendance]) -> list[Flowable]:
    labels = ctx.labels
    s = ctx.styles
    heading = Paragraph(esc(labels("summary.attendance")), s.h1)
    if not rows:
        return [heading, Paragraph(esc(labels("none_recorded")), s.muted)]
    counts = Counter(row.status for row in rows)
    totals = labels(
        "summary.attendance_counts",
        attended=counts[AttendanceStatus.ATTENDED],
        excused=counts[AttendanceStatus.EXCUSED],
        no_show=counts[AttendanceStatus.NO_SHOW],
        scheduled=counts[AttendanceStatus.SCHEDULED],
    )
    table_rows: list[list[Cell]] = []
    for row in sorted(rows, key=lambda r: r.on):
        status = labels.maybe(f"att.{row.status}", str(row.status))
        if row.status is AttendanceStatus.NO_SHOW:
            status_cell: Cell = Paragraph(f"<b>{esc(status)}</b>", s.cell)
        else:
            status_cell = status
        table_rows.append([labels.date_short(row.on), status_cell, row.notes or ""])
    table = data_table(
        [labels("summary.col.date"), labels("summary.col.status"), labels("summary.col.notes")],
        table_rows,
        _widths((0.2, 0.2, 0.6)),
        s,
    )
    return with_lead([heading, Paragraph(esc(totals), s.lead)], table, len(rows))


def _screen_section(
    ctx: Context, screens: Sequence[UrineScreen], medications: Sequence[MedicationEntry]
) -> list[Flowable]:
    labels = ctx.labels
    s = ctx.styles
    heading = Paragraph(esc(labels("summary.screens")), s.h1)
    if not screens:
        return [heading, Paragraph(esc(labels("none_recorded")), s.muted)]
    legend = ParagraphStyle("legend", parent=s.muted, keepWithNext=1, spaceAfter=4)
    table_rows: list[list[Cell]] = []
    for screen in sorted(screens, key=lambda x: x.collected):
        tested = ", ".join(labels.maybe(f"sub.{sub}", str(sub)) for sub, _ in screen.results)
        findings = _findings_cell(ctx, screen, medications)
        observed = labels("yes") if screen.observed else labels("no")
        if screen.refused or screen.missed:
            observed = tested = labels("dash")
        table_rows.append(
            [
                labels.date_short(screen.collected),
                observed,
                Paragraph(esc(tested), s.cell),
                findings,
                screen.notes or "",
            ]
        )
    table = data_table(
        [
            labels("summary.col.date"),
            labels("summary.col.observed"),
            labels("summary.col.tested"),
            labels("summary.col.findings"),
            labels("summary.col.notes"),
        ],
        table_rows,
        _widths((0.14, 0.11, 0.27, 0.3, 0.18)),
        s,
    )
    lead = [heading, Paragraph(esc(labels("summary.screens_legend")), legend)]
    return with_lead(lead, table, len(screens))


def _findings_cell(
    ctx: Context, screen: UrineScreen, medications: Sequence[MedicationEntry]
) -> Flowable:
    labels = ctx.labels
    s = ctx.styles
    if screen.refused:
        return Paragraph(f"<b>{esc(labels('summary.screen_refused'))}</b>", s.cell)
    if screen.missed:
        return Paragraph(f"<b>{esc(labels('summary.screen_missed'))}</b>", s.cell)
    expected = prescribed_on(medications, screen.collected)
    lines: list[str] = []
    for finding in screen_findings(screen, expected):
        name = labels.maybe(f"sub.{finding.substance}", str(finding.substance))
        text = esc(labels(f"summary.finding.{finding.kind}", substance=name))
        if finding.kind is FindingKind.UNEXPECTED:
            lines.append(f'<font color="{FLAG.hexval()}"><b>{text}</b></font>')
        elif finding.kind is FindingKind.EXPECTED:
            lines.append(f'<font color="{EXPECTED.hexval()}">{text}</font>')
        else:
            lines.append(text)
    if not any(
        f.kind in (FindingKind.UNEXPECTED, FindingKind.INVALID)
        for f in screen_findings(screen, expected)
    ):
        lines.append(esc(labels("summary.screen_clean")))
    return Paragraph("<br/>".join(lines), s.cell)


def _scale_section(
    ctx: Context, entries: Sequence[ScaleEntry], start: date, end: date
) -> list[Flowable]:
    labels = ctx.labels
    s = ctx.styles
    in_period = [e for e in entries if start <= e.taken_on <= end]
    heading = Paragraph(esc(labels("summary.scales")), s.h1)
    if not in_period:
        return [heading, Paragraph(esc(labels("none_recorded")), s.muted)]
    story: list[Flowable] = []
    for scale in ScaleId:
        rows = sorted((e for e in in_period if e.scale is scale), key=lambda e: e.taken_on)
        if not rows:
            continue
        title = labels.maybe(f"scale.{scale}", str(scale))
        chart = scale_chart(
            rows,
            scale=scale,
            start=start,
            end=end,
            labels=labels,
            width=frame_width(),
            sex=rows[-1].sex,
        )
        block: list[Flowable] = [Paragraph(esc(title), s.h2), chart, Spacer(1, 6)]
        if not story:
            block.insert(0, heading)  # never leave the section heading alone at a page foot
        story.append(KeepTogether(block))
        with_bands = any(entry.band is not None for entry in rows)
        with_flags = any(entry.flags for entry in rows)
        header = [labels("summary.col.date"), labels("summary.col.score")]
        widths = [0.17, 0.11]
        if with_bands:
            header.append(labels("summary.col.band"))
            widths.append(0.2)
        if with_flags:
            header.append(labels("summary.col.flags"))
            widths.append(0.52)
        table_rows: list[list[Cell]] = []
        for entry in rows:
            row: list[Cell] = [labels.date_short(entry.taken_on), str(entry.total)]
            if with_bands:
                band = entry.band or ""
                row.append(labels.maybe(f"band.{band}", band) if band else "")
            if with_flags:
                row.append(_flags_cell(ctx, entry))
            table_rows.append(row)
        table = data_table(header, table_rows, _widths(widths), s)
        story.extend(with_lead([], table, len(rows)))
    return story


def _flags_cell(ctx: Context, entry: ScaleEntry) -> Cell:
    labels = ctx.labels
    s = ctx.styles
    if not entry.flags:
        return ""
    parts = []
    for flag in entry.flags:
        kind = labels.maybe(f"flag.{flag.kind}", str(flag.kind))
        # The flag messages are English sentences from the scoring rules; a Spanish
        # document shows the kind of flag only.
        kind = kind[:1].upper() + kind[1:]
        markup = f"<b>{esc(kind)}</b>"
        if ctx.language == "en":
            markup += f": {esc(flag.message)}"
        color = FLAG.hexval() if flag.kind == "safety" else MUTED.hexval()
        parts.append(f'<font color="{color}">{markup}</font>')
    return Paragraph("<br/>".join(parts), s.cell)


def _when(ctx: Context, note: Note, session: Session | None) -> datetime | None:
    if session is not None:
        return ctx.local(session.start)
    if note.signed_at is not None:
        return ctx.local(note.signed_at)
    return None


def _notes_section(
    ctx: Context,
    sessions: Sequence[Session],
    notes: Sequence[Note],
    addenda: Sequence[Addendum],
    start: date,
    end: date,
) -> list[Flowable]:
    labels = ctx.labels
    s = ctx.styles
    by_id = {session.id: session for session in sessions}
    story: list[Flowable] = [Paragraph(esc(labels("summary.notes")), s.h1)]
    dated: list[tuple[datetime, Note, Session | None]] = []
    drafts = 0
    for note in notes:
        session = by_id.get(note.session_id)
        when = _when(ctx, note, session)
        if when is None or not start <= when.date() <= end:
            continue
        if not note.is_signed:
            drafts += 1
            continue
        dated.append((when, note, session))
    dated.sort(key=lambda item: item[0], reverse=True)  # newest first
    if not dated:
        story.append(Paragraph(esc(labels("summary.no_notes")), s.muted))
    if drafts:
        story.append(Paragraph(esc(labels("summary.drafts_left_out", count=drafts)), s.muted))
    by_note: dict[str, list[Addendum]] = {}
    for addendum in addenda:
        by_note.setdefault(addendum.note_id, []).append(addendum)
    for when, note, session in dated:
        parts = [labels.datetime(when)]
        if session is not None:
            parts.append(labels.maybe(f"kind.{session.kind}", str(session.kind)))
        parts.append(str(note.format) if note.format != "free" else labels("format.free"))
        story.append(Paragraph(esc("  ·  ".join(parts)), s.h2))
        story.extend(note_body(ctx, note, heading_style="h3"))
        story.append(_signed_line(ctx, note))
        for addendum in sorted(by_note.get(note.id, []), key=lambda a: a.signed_at):
            signed = labels(
                "note.addendum_signed",
                name=addendum.signed_by,
                when=labels.datetime(ctx.local(addendum.signed_at)),
            )
            story.append(
                Paragraph(
                    f"<b>{esc(labels('note.addendum_short'))}</b> {esc(addendum.text)}", s.body
                )
            )
            story.append(Paragraph(esc(signed), s.muted))
        story.append(Spacer(1, 6))
    return story


def _signed_line(ctx: Context, note: Note) -> Flowable:
    labels = ctx.labels
    s = ctx.styles
    assert note.signed_by is not None and note.signed_at is not None
    text = labels(
        "summary.signed_line",
        name=note.signed_by,
        when=labels.datetime(ctx.local(note.signed_at)),
    )
    if note.late_entry:
        text += f" ({labels('summary.late_mark')})"
    if note.content_sha256:
        text += f"  ·  SHA-256 {note.content_sha256[:16]}…"
    return Paragraph(esc(text), s.muted)


def _counseling_section(
    ctx: Context, notes: Sequence[CounselingNote], sessions: Sequence[Session]
) -> list[Flowable]:
    labels = ctx.labels
    s = ctx.styles
    by_id = {session.id: session for session in sessions}
    story: list[Flowable] = [
        Paragraph(esc(labels("summary.counseling")), s.h1),
        Paragraph(esc(labels("summary.counseling_intro")), s.muted),
    ]
    if not notes:
        story.append(Paragraph(esc(labels("none_recorded")), s.muted))
    for note in notes:
        session = by_id.get(note.session_id) if note.session_id else None
        when = session.start if session is not None else note.created_at
        if when is not None:
            story.append(Paragraph(esc(labels.datetime(ctx.local(when))), s.h3))
        story.append(Paragraph(esc(note.text), s.body))
    return story
