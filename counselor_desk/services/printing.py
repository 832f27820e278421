"""Printing a client's records, and the 42 CFR Part 2 rules for paper that leaves the
program (DOMAIN.md "42 CFR Part 2"). The window's print preview and the command line's
`export-pdf` share these use cases.

Two steps, so a preview never counts as a disclosure:

1. Build (`session_note`, `client_summary`, `treatment_plan`, `accounting`,
   `group_signin`): gathers the records, checks who the paper is for (`Release`) and
   returns `Printed(pdf, info)`, the PDF's bytes and what they are. Nothing is written
   and nothing is logged. A refused release raises `DisclosureRefused` (with the
   reason) before anything is built. Each has a `prepare_…` twin that gathers and
   checks on this connection and returns a `PrintJob`, whose `build(progress, cancel)`
   touches no connection: the window prepares on its thread and builds on a worker.
2. Release (`release(printed, deliver=...)`): when the paper really leaves (printed,
   saved), checks the consent again and, in one transaction, logs the disclosure in the
   accounting (vault.disclosures) and the audit log, and calls `deliver(pdf)` (e.g.
   write the file): a delivery that fails logs nothing, and a refused one delivers
   nothing. The client's own copy and internal sheets are audited only.

The rules:
- a record printed for someone other than the client needs a valid consent of that
  client: signed, not revoked, not past its expiry date (the client's own copy needs
  none); a consent that ends on an event (no date) cannot be checked by the program, so
  the counselor is told to check it (`PrintInfo.cautions`);
- a medical emergency (42 CFR 2.51) needs no consent, but records the recipient, their
  facility, the date and time and the nature of the emergency; the notice still prints;
- only signed notes and plans in force (or closed) are released to someone else;
- SUD counseling notes (42 CFR 2.11) are never included unless asked for, and then only
  in the client summary, in the client's own copy or under a consent that names them;
- every page of a disclosure carries the 42 CFR 2.32 notice and its cover the long one
  (export.document); the client's own copy carries none.
Audit rows name record ids and kinds only, never a client's name or any text.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Collection
from dataclasses import dataclass, field, replace
from datetime import date, datetime, tzinfo
from enum import StrEnum
from typing import NamedTuple

from counselor_desk.domain.errors import RecordNotFound, ValidationError
from counselor_desk.domain.measures import WorksheetInstance
from counselor_desk.domain.records import Client, Consent, CounselingNote, Session
from counselor_desk.domain.treatment_plan import PlanStatus, TreatmentPlan
from counselor_desk.domain.worksheets import WorksheetDefinition
from counselor_desk.export.accounting import DisclosureRecord, accounting_pdf
from counselor_desk.export.document import CancelCheck, PrintSetup, Progress
from counselor_desk.export.ecomap import ecomap_pdf
from counselor_desk.export.labels import Labels, pick_language
from counselor_desk.export.note import session_note_pdf
from counselor_desk.export.notice import Disclosure, MedicalEmergency
from counselor_desk.export.signin import group_signin_pdf
from counselor_desk.export.summary import (
    DEFAULT_SECTIONS,
    ObjectiveProgress,
    SummarySection,
    client_summary_pdf,
    is_limited,
    section_names,
)
from counselor_desk.export.treatment_plan import treatment_plan_pdf
from counselor_desk.export.worksheet import safety_plan_card_pdf, worksheet_pdf
from counselor_desk.services.measures import Measures
from counselor_desk.services.plans import Plans
from counselor_desk.vault import clients, consents, groups, measures, plans, screening, sessions
from counselor_desk.vault import disclosures as log
from counselor_desk.vault import network as support_network
from counselor_desk.vault import supervision as cosigning
from counselor_desk.vault.connection import Connection
from counselor_desk.vault.disclosures import DisclosureEntry, DocumentKind
from counselor_desk.vault.store import Vault

__all__ = [
    "DisclosureEntry",
    "DisclosureRefused",
    "DocumentKind",
    "PrintInfo",
    "PrintJob",
    "PrintOptions",
    "Printed",
    "Printing",
    "Release",
    "ReleaseKind",
    "consent_refusal",
]


class DisclosureRefused(ValidationError):
    """A record may not go where it was asked to go; the message says why. Nothing was
    built, written or logged."""


class ReleaseKind(StrEnum):
    """For whom the paper is: the client, someone else under the client's consent,
    medical personnel in an emergency, or the program itself (a sign-in sheet)."""

    CLIENT_COPY = "client-copy"
    CONSENT = "consent"
    EMERGENCY = "emergency"
    INTERNAL = "internal"

    @property
    def is_disclosure(self) -> bool:
        return self in (ReleaseKind.CONSENT, ReleaseKind.EMERGENCY)


@dataclass(frozen=True)
class Release:
    """Who a printed record is for. Build one with `client_copy()`, `under_consent()` or
    `emergency()`; `include_counseling_notes` asks for the SUD counseling notes too
    (client summary only; refused unless the client's own copy or a consent naming them)."""

    kind: ReleaseKind
    consent_id: str | None = None
    recipient: str | None = None  # an emergency's recipient (a consent names its own)
    facility: str | None = None
    nature: str | None = None
    include_counseling_notes: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", ReleaseKind(self.kind))
        if self.kind is ReleaseKind.CONSENT and not (self.consent_id or "").strip():
            raise ValidationError("A disclosure under a consent names the consent.")
        if self.kind is ReleaseKind.EMERGENCY:
            for name, what in (
                ("recipient", "who receives the records"),
                ("facility", "their facility"),
                ("nature", "the nature of the emergency"),
            ):
                if not (getattr(self, name) or "").strip():
                    raise ValidationError(
                        f"A medical-emergency disclosure (42 CFR 2.51) records {what}."
                    )

    @classmethod
    def client_copy(cls, *, include_counseling_notes: bool = False) -> Release:
        return cls(ReleaseKind.CLIENT_COPY, include_counseling_notes=include_counseling_notes)

    @classmethod
    def under_consent(cls, consent_id: str, *, include_counseling_notes: bool = False) -> Release:
        return cls(
            ReleaseKind.CONSENT,
            consent_id=consent_id.strip(),
            include_counseling_notes=include_counseling_notes,
        )

    @classmethod
    def emergency(cls, recipient: str, facility: str, nature: str) -> Release:
        return cls(
            ReleaseKind.EMERGENCY,
            recipient=recipient.strip(),
            facility=facility.strip(),
            nature=nature.strip(),
        )

    @classmethod
    def internal(cls) -> Release:
        return cls(ReleaseKind.INTERNAL)


@dataclass(frozen=True)
class PrintOptions:
    """How to print: language (None: the client's preferred one), program name in the
    header (None: the client's program), time zone (None: this computer's), who releases
    the paper (None: the label of the slot that unlocked), and progress/cancel hooks that
    the one-step methods pass through to the document engine (`PrintJob.build` takes its
    own instead)."""

    language: str | None = None
    program: str | None = None
    tz: tzinfo | None = None
    disclosed_by: str | None = None
    progress: Progress | None = None
    cancel: CancelCheck | None = None


@dataclass(frozen=True)
class PrintInfo:
    """What a built PDF is: its kind, for whom, about whom, and its fingerprint.

    `subject_id` is the record printed (note, plan, client or group id). `disclosure` is
    what the cover says (None unless for someone else). `file_name` is a suggestion
    without any name in it. `cautions` are sentences to show before releasing."""

    kind: DocumentKind
    release: Release
    client_id: str | None
    subject_id: str
    title: str
    file_name: str
    pages: int
    sha256: str
    printed_at: datetime
    language: str
    disclosure: Disclosure | None = None
    counseling_notes: int = 0  # SUD counseling notes the document holds
    cautions: tuple[str, ...] = field(default=())
    tz: tzinfo | None = None  # the time zone it was printed in (None: this computer's)

    @property
    def is_disclosure(self) -> bool:
        return self.disclosure is not None


class Printed(NamedTuple):
    """A built document: the PDF's bytes (in memory only) and what they are."""

    pdf: bytes
    info: PrintInfo


@dataclass(frozen=True)
class PrintJob:
    """A document whose records are gathered and whose release is checked; `build` lays
    it out without touching the vault, so a worker thread may run it while the window
    stays responsive. `info` is known before the build (its pages and sha256 are 0 and
    empty until built)."""

    info: PrintInfo
    setup: PrintSetup
    render: Callable[[PrintSetup], bytes]

    def build(self, progress: Progress | None = None, cancel: CancelCheck | None = None) -> Printed:
        """The PDF in memory. `progress(pages done, estimated total)` is called after each
        page; `cancel()` is polled as it goes (True stops it with ExportCancelled)."""
        pages = _PageCounter(progress)
        pdf = self.render(replace(self.setup, progress=pages, cancel=cancel))
        info = replace(self.info, pages=pages.pages, sha256=hashlib.sha256(pdf).hexdigest())
        return Printed(pdf, info)


def _run(job: PrintJob, options: PrintOptions | None) -> Printed:
    options = options or PrintOptions()
    return job.build(options.progress, options.cancel)


def consent_refusal(consent: Consent, client_id: str, today: date) -> str | None:
    """Why `consent` cannot be used today for this client's records; None when it can."""
    if consent.client_id != client_id:
        return (
            f"Consent {consent.id} is another client's; a consent covers only the records "
            "of the client who signed it."
        )
    if consent.revoked is not None:
        return (
            f"Consent {consent.id} was revoked on {consent.revoked.isoformat()}; a revoked "
            "consent cannot be used."
        )
    if consent.signed > today:
        return (
            f"Consent {consent.id} is dated {consent.signed.isoformat()}, after today; it "
            "cannot be used before it is signed."
        )
    if consent.expires is not None and consent.expires < today:
        return (
            f"Consent {consent.id} expired on {consent.expires.isoformat()}; ask the client "
            "for a new consent."
        )
    return None


class Printing:
    """Use cases over one connection: the vault's own by default; a worker thread passes
    a connection of its own (a connection belongs to one thread)."""

    def __init__(self, vault: Vault, conn: Connection | None = None) -> None:
        self._vault = vault
        self._conn = conn if conn is not None else vault.conn

    # -- consents ----------------------------------------------------------------------------
    def usable_consents(self, client_id: str, tz: tzinfo | None = None) -> list[Consent]:
        """The client's consents that may be used today (for a chooser)."""
        today = self._today(tz)
        return [
            c
            for c in consents.list_consents(self._conn, client_id)
            if consent_refusal(c, client_id, today) is None
        ]

    def check_release(self, client_id: str, release: Release, tz: tzinfo | None = None) -> None:
        """Raise DisclosureRefused when `release` may not carry this client's records."""
        self._consent_for(client_id, release, self._today(tz))

    def disclosures(self, client_id: str) -> list[DisclosureEntry]:
        """The client's accounting of disclosures, oldest first."""
        return log.list_disclosures(self._conn, client_id)

    # -- documents: each prepared here (reading the vault), built anywhere ----------------
    def session_note(
        self, note_id: str, release: Release, options: PrintOptions | None = None
    ) -> Printed:
        """One session note with its addenda, signature and co-signature."""
        return _run(self.prepare_session_note(note_id, release, options), options)

    def prepare_session_note(
        self, note_id: str, release: Release, options: PrintOptions | None = None
    ) -> PrintJob:
        """`session_note` in two steps: checked and gathered here, built by `PrintJob.build`."""
        options = options or PrintOptions()
        note = sessions.get_note(self._conn, note_id)
        client = clients.get_client(self._conn, note.client_id)
        consent = self._check(client, release, options)
        self._no_counseling_notes_in(release, DocumentKind.SESSION_NOTE)
        if release.kind.is_disclosure and not note.is_signed:
            raise DisclosureRefused(
                "This note is a draft; only a signed note can be released to someone else."
            )
        session = sessions.get_session(self._conn, note.session_id)
        addenda = sessions.addenda_for(self._conn, note.id)
        status = cosigning.status(self._conn, note.id)
        labels = self._labels(client, options)
        what = labels(
            "disc.what.session-note", date=labels.date(_local_day(session.start, options.tz))
        )

        def render(setup: PrintSetup) -> bytes:
            return session_note_pdf(
                client,
                session,
                note,
                setup,
                addenda=addenda,
                cosignature=status.cosignature,
                cosign_pending=status.request is not None and status.cosignature is None,
            )

        return self._job(
            render,
            kind=DocumentKind.SESSION_NOTE,
            release=release,
            client=client,
            subject_id=note.id,
            title=labels("note.title"),
            setup=self._setup(client, release, consent, what, options),
            consent=consent,
        )

    def client_summary(
        self,
        client_id: str,
        period_start: date,
        period_end: date,
        release: Release,
        options: PrintOptions | None = None,
        *,
        sections: Collection[SummarySection] | None = None,
    ) -> Printed:
        """The client summary between two dates (inclusive): medications, treatment-plan
        progress, attendance, screens, scales and signed notes (drafts never); SUD
        counseling notes of the period only when the release allows and asks for them.
        `sections` limits it to some parts (the minimum necessary; None: all of them)."""
        job = self.prepare_client_summary(
            client_id, period_start, period_end, release, options, sections=sections
        )
        return _run(job, options)

    def prepare_client_summary(
        self,
        client_id: str,
        period_start: date,
        period_end: date,
        release: Release,
        options: PrintOptions | None = None,
        *,
        sections: Collection[SummarySection] | None = None,
    ) -> PrintJob:
        """`client_summary` in two steps: checked and gathered here, built by `PrintJob.build`.
        Only the records of the chosen sections are read; the counseling notes section
        follows the release (`include_counseling_notes`), never `sections` alone."""
        options = options or PrintOptions()
        if period_end < period_start:
            raise ValidationError("The period ends before it starts.")
        chosen = (
            DEFAULT_SECTIONS
            if sections is None
            else frozenset(SummarySection(section) for section in sections)
        )
        if SummarySection.COUNSELING_NOTES in chosen and not release.include_counseling_notes:
            raise ValidationError(
                "SUD counseling notes print only when the release asks for them "
                "(include_counseling_notes)."
            )
        if release.include_counseling_notes:
            chosen |= {SummarySection.COUNSELING_NOTES}
        if not chosen:
            raise ValidationError("Choose at least one part of the record for the summary.")
        client = clients.get_client(self._conn, client_id)
        consent = self._check(client, release, options)
        counseling = self._counseling_notes(
            client, release, consent, period_start, period_end, options.tz
        )
        labels = self._labels(client, options)
        held = chosen if counseling else chosen - {SummarySection.COUNSELING_NOTES}
        if is_limited(chosen):
            what = labels(
                "disc.what.client-summary-parts",
                parts=section_names(labels, held),
                start=labels.date(period_start),
                end=labels.date(period_end),
            )
        else:
            what = labels(
                "disc.what.client-summary",
                start=labels.date(period_start),
                end=labels.date(period_end),
            )
            if counseling:
                what = labels("disc.with_counseling", what=what)
        wants = chosen.__contains__  # wants(section): read its records only if printed
        notes = sessions.list_notes(self._conn, client.id) if wants(SummarySection.NOTES) else []
        addenda = [a for n in notes if n.is_signed for a in sessions.addenda_for(self._conn, n.id)]
        all_sessions = (
            sessions.list_sessions(self._conn, client.id)
            if wants(SummarySection.NOTES) or counseling
            else []
        )
        medications = (
            clients.medication_history(self._conn, client.id)
            if wants(SummarySection.MEDICATIONS) or wants(SummarySection.SCREENS)
            else []
        )
        attendance = (
            screening.list_attendance(self._conn, client.id)
            if wants(SummarySection.ATTENDANCE)
            else []
        )
        screens = (
            screening.list_screens(self._conn, client.id) if wants(SummarySection.SCREENS) else []
        )
        scale_entries = (
            measures.list_scale_entries(self._conn, client.id)
            if wants(SummarySection.SCALES)
            else []
        )
        progress = (
            self._plan_progress(client, period_start, period_end, labels, options)
            if wants(SummarySection.PLAN)
            else None
        )

        def render(setup: PrintSetup) -> bytes:
            return client_summary_pdf(
                client,
                setup,
                period_start=period_start,
                period_end=period_end,
                medications=medications,
                sessions=all_sessions,
                notes=notes,
                addenda=addenda,
                attendance=attendance,
                screens=screens,
                scale_entries=scale_entries,
                plan_progress=progress,
                counseling_notes=counseling,
                sections=chosen,
            )

        job = self._job(
            render,
            kind=DocumentKind.CLIENT_SUMMARY,
            release=release,
            client=client,
            subject_id=client.id,
            title=labels("summary.title"),
            setup=self._setup(client, release, consent, what, options),
            consent=consent,
            counseling_notes=len(counseling),
        )
        if consent is None:
            return job
        # Beside what the consent allows (the first caution), what the paper holds, so
        # the counselor can match one to the other before it leaves.
        holds = f"This summary holds: {section_names(Labels('en'), held)}."
        cautions = (*job.info.cautions[:1], holds, *job.info.cautions[1:])
        return replace(job, info=replace(job.info, cautions=cautions))

    def treatment_plan(
        self, plan_id: str, release: Release, options: PrintOptions | None = None
    ) -> Printed:
        """A treatment plan with its review dates, sessions per objective and signature
        lines (a draft: watermarked, without signature lines, never released to others)."""
        return _run(self.prepare_treatment_plan(plan_id, release, options), options)

    def prepare_treatment_plan(
        self, plan_id: str, release: Release, options: PrintOptions | None = None
    ) -> PrintJob:
        """`treatment_plan` in two steps: checked and gathered here, built by `PrintJob.build`."""
        options = options or PrintOptions()
        plan = plans.get_plan(self._conn, plan_id)
        client = clients.get_client(self._conn, plan.client_id)
        consent = self._check(client, release, options)
        self._no_counseling_notes_in(release, DocumentKind.TREATMENT_PLAN)
        if release.kind.is_disclosure and plan.status is PlanStatus.DRAFT:
            raise DisclosureRefused(
                "This plan is a draft and not in force; only an active or closed plan can "
                "be released to someone else."
            )
        labels = self._labels(client, options)
        what = labels(
            "disc.what.treatment-plan",
            status=labels.maybe(f"tp.status.{plan.status.value}", plan.status.value),
        )
        versions = plans.list_versions(self._conn, plan.id)
        counts = plans.linked_counts(self._conn, plan.id)

        def render(setup: PrintSetup) -> bytes:
            return treatment_plan_pdf(
                client, plan, setup, versions=versions, sessions_per_objective=counts
            )

        return self._job(
            render,
            kind=DocumentKind.TREATMENT_PLAN,
            release=release,
            client=client,
            subject_id=plan.id,
            title=labels("tp.title"),
            setup=self._setup(client, release, consent, what, options),
            consent=consent,
        )

    def prepare_ecomap(
        self, client_id: str, release: Release, options: PrintOptions | None = None
    ) -> PrintJob:
        """The client's support network: the ecomap picture and a table of its people
        (name, kind, role, how often, meets, contact, tie), checked and gathered here,
        built by `PrintJob.build`. It names other people, so a disclosure says so."""
        options = options or PrintOptions()
        client = clients.get_client(self._conn, client_id)
        consent = self._check(client, release, options)
        self._no_counseling_notes_in(release, DocumentKind.ECOMAP)
        members = support_network.list_members(self._conn, client.id)
        labels = self._labels(client, options)

        def render(setup: PrintSetup) -> bytes:
            return ecomap_pdf(client, members, setup)

        job = self._job(
            render,
            kind=DocumentKind.ECOMAP,
            release=release,
            client=client,
            subject_id=client.id,
            title=labels("eco.title"),
            setup=self._setup(client, release, consent, labels("disc.what.ecomap"), options),
            consent=consent,
        )
        if not release.kind.is_disclosure or not members:
            return job
        count = len(members)
        who = "1 other person or group" if count == 1 else f"{count} other people or groups"
        named = f"The support network names {who}, with any contact details on file."
        if consent is not None:
            named += " Make sure the consent covers them."
        return replace(job, info=replace(job.info, cautions=(*job.info.cautions, named)))

    def plan_to_print(self, client_id: str) -> TreatmentPlan | None:
        """The plan a "print the treatment plan" means: the active one, else the newest."""
        found = plans.list_plans(self._conn, client_id)
        active = [p for p in found if p.status is PlanStatus.ACTIVE]
        if active:
            return active[-1]
        return found[-1] if found else None

    def accounting(
        self,
        client_id: str,
        options: PrintOptions | None = None,
        *,
        period_start: date | None = None,
        period_end: date | None = None,
    ) -> Printed:
        """The client's accounting of disclosures (always the client's own copy)."""
        job = self.prepare_accounting(
            client_id, options, period_start=period_start, period_end=period_end
        )
        return _run(job, options)

    def prepare_accounting(
        self,
        client_id: str,
        options: PrintOptions | None = None,
        *,
        period_start: date | None = None,
        period_end: date | None = None,
    ) -> PrintJob:
        """`accounting` in two steps: checked and gathered here, built by `PrintJob.build`."""
        options = options or PrintOptions()
        client = clients.get_client(self._conn, client_id)
        release = Release.client_copy()
        records = [
            DisclosureRecord(
                disclosed_at=entry.disclosed_at,
                recipient=entry.recipient,
                information=entry.information,
                purpose=entry.purpose,
                consent_id=entry.consent_id,
                emergency_facility=entry.facility if entry.is_emergency else None,
            )
            for entry in log.list_disclosures(self._conn, client.id)
        ]

        def render(setup: PrintSetup) -> bytes:
            return accounting_pdf(
                client, records, setup, period_start=period_start, period_end=period_end
            )

        return self._job(
            render,
            kind=DocumentKind.ACCOUNTING,
            release=release,
            client=client,
            subject_id=client.id,
            title=self._labels(client, options)("acc.title"),
            setup=self._setup(client, release, None, "", options),
            consent=None,
        )

    def group_signin(
        self,
        group_id: str,
        options: PrintOptions | None = None,
        *,
        facilitator: str | None = None,
        blank_rows: int = 4,
    ) -> Printed:
        """The sign-in sheet of a group session: the names of that group's own attendees
        (in list order) and blank rows for walk-ins. It stays in the program."""
        job = self.prepare_group_signin(
            group_id, options, facilitator=facilitator, blank_rows=blank_rows
        )
        return _run(job, options)

    def prepare_group_signin(
        self,
        group_id: str,
        options: PrintOptions | None = None,
        *,
        facilitator: str | None = None,
        blank_rows: int = 4,
    ) -> PrintJob:
        """`group_signin` in two steps: checked and gathered here, built by `PrintJob.build`."""
        options = options or PrintOptions()
        group = groups.get_group(self._conn, group_id)
        ordered = sorted(group.attendees, key=lambda a: a.position)
        names = groups.attendee_names(self._conn, [a.client_id for a in ordered])
        listed = [names[a.client_id].display_name for a in ordered if a.client_id in names]
        leader = facilitator if facilitator is not None else group.signed_by

        def render(setup: PrintSetup) -> bytes:
            return group_signin_pdf(
                group.start,
                group.topic,
                listed,
                setup,
                facilitator=leader,
                location=group.location,
                blank_rows=blank_rows,
            )

        setup = PrintSetup(
            printed_at=self._vault.clock(),
            program=options.program,
            language=options.language,
            tz=options.tz,
        )
        return self._job(
            render,
            kind=DocumentKind.GROUP_SIGNIN,
            release=Release.internal(),
            client=None,
            subject_id=group.id,
            title=Labels(pick_language(options.language))("signin.title"),
            setup=setup,
            consent=None,
        )

    # -- releasing ---------------------------------------------------------------------------
    def release(
        self, printed: Printed, deliver: Callable[[bytes], None] | None = None
    ) -> DisclosureEntry | None:
        """The paper leaves now (printed or saved): log it and deliver it, in one
        transaction. A disclosure is checked again (a consent may have been revoked or
        expired since the preview), then logged in the accounting and the audit log; the
        client's own copy and internal sheets are audited. `deliver(pdf)` runs inside the
        transaction: if it raises, nothing is logged. Returns the accounting entry (None
        when the paper is not a disclosure)."""
        pdf, info = printed
        if hashlib.sha256(pdf).hexdigest() != info.sha256:
            raise ValueError("the PDF's bytes are not the ones this document was built as")
        with self._vault.transaction(self._conn) as conn:
            now = self._vault.clock()
            entry: DisclosureEntry | None = None
            if info.disclosure is not None:
                assert info.client_id is not None
                if info.release.kind is ReleaseKind.CONSENT:
                    consent = self._usable_consent(
                        conn, info.client_id, info.release, self._today(info.tz)
                    )
                    assert consent.id == info.disclosure.consent_id
                entry = self._entry(info)
                entry = log.add_disclosure(conn, entry, now)
                basis = (
                    f"consent {entry.consent_id}" if entry.consent_id is not None else "emergency"
                )
                self._vault.audit.append(
                    conn,
                    "disclose",
                    at=now,
                    subject=entry.id,
                    detail=f"{info.kind.value} {info.subject_id} client {info.client_id} {basis}",
                )
            elif info.release.kind is ReleaseKind.CLIENT_COPY:
                self._vault.audit.append(
                    conn,
                    "print-client-copy",
                    at=now,
                    subject=info.client_id,
                    detail=f"{info.kind.value} {info.subject_id}",
                )
            else:
                self._vault.audit.append(
                    conn, "print", at=now, subject=info.subject_id, detail=info.kind.value
                )
            if deliver is not None:
                deliver(pdf)
        return entry

    # -- the rules ---------------------------------------------------------------------------
    def _today(self, tz: tzinfo | None) -> date:
        return _local_day(self._vault.clock(), tz)

    def _check(self, client: Client, release: Release, options: PrintOptions) -> Consent | None:
        return self._consent_for(client.id, release, self._today(options.tz))

    def _consent_for(self, client_id: str, release: Release, today: date) -> Consent | None:
        if release.kind is ReleaseKind.INTERNAL:
            raise ValidationError(
                "A client's record is printed as the client's own copy or as a disclosure "
                "(under a consent, or in a medical emergency)."
            )
        if release.kind is ReleaseKind.EMERGENCY and release.include_counseling_notes:
            raise DisclosureRefused(
                "SUD counseling notes are never part of a medical-emergency disclosure; "
                "they need a consent that names them."
            )
        if release.kind is not ReleaseKind.CONSENT:
            return None
        return self._usable_consent(self._conn, client_id, release, today)

    @staticmethod
    def _usable_consent(conn: Connection, client_id: str, release: Release, today: date) -> Consent:
        assert release.consent_id is not None
        try:
            consent = consents.get_consent(conn, release.consent_id)
        except RecordNotFound:
            raise DisclosureRefused(
                f"There is no consent with id {release.consent_id}; nothing was printed."
            ) from None
        reason = consent_refusal(consent, client_id, today)
        if reason is not None:
            raise DisclosureRefused(reason)
        if release.include_counseling_notes and not consent.includes_counseling_notes:
            raise DisclosureRefused(
                f"Consent {consent.id} does not name SUD counseling notes, so they cannot be "
                "included; leave them out or ask the client for a consent that names them."
            )
        return consent

    @staticmethod
    def _no_counseling_notes_in(release: Release, kind: DocumentKind) -> None:
        if release.include_counseling_notes:
            raise ValidationError(
                "SUD counseling notes print only in the client summary, never with a "
                f"{kind.value.replace('-', ' ')}."
            )

    def _counseling_notes(
        self,
        client: Client,
        release: Release,
        consent: Consent | None,
        start: date,
        end: date,
        tz: tzinfo | None,
    ) -> list[CounselingNote]:
        """The SUD counseling notes of the period, when asked for and allowed (checked
        already: the client's own copy, or a consent that names them)."""
        if not release.include_counseling_notes:
            return []
        assert release.kind is ReleaseKind.CLIENT_COPY or (
            consent is not None and consent.includes_counseling_notes
        )
        by_id: dict[str, Session] = {s.id: s for s in sessions.list_sessions(self._conn, client.id)}
        chosen: list[CounselingNote] = []
        for note in consents.list_counseling_notes(self._conn, client.id):
            session = by_id.get(note.session_id) if note.session_id else None
            when = session.start if session is not None else note.created_at
            if when is not None and start <= _local_day(when, tz) <= end:
                chosen.append(note)
        return chosen

    def _plan_progress(
        self,
        client: Client,
        start: date,
        end: date,
        labels: Labels,
        options: PrintOptions,
    ) -> list[ObjectiveProgress]:
        """Each objective of the plan in force (else the newest closed plan) with the
        sessions of the period that worked on it; empty when no plan was ever in force."""
        found = [
            p for p in plans.list_plans(self._conn, client.id) if p.status is not PlanStatus.DRAFT
        ]
        active = [p for p in found if p.status is PlanStatus.ACTIVE]
        plan = active[-1] if active else (found[-1] if found else None)
        if plan is None:
            return []
        rows: list[ObjectiveProgress] = []
        for thread in Plans(self._vault, self._conn).golden_thread(plan.id):
            days = [_local_day(s.start, options.tz) for s in thread.sessions]
            in_period = [d for d in days if start <= d <= end]
            status = thread.objective.status.value
            rows.append(
                ObjectiveProgress(
                    objective=thread.objective.text,
                    goal=thread.goal.text or None,
                    target_date=thread.objective.target_date,
                    status=labels.maybe(f"objective.{status}", status),
                    sessions=len(in_period),
                    last_worked_on=max((d for d in days if d <= end), default=None),
                )
            )
        return rows

    # -- building blocks ---------------------------------------------------------------------
    def _labels(self, client: Client, options: PrintOptions) -> Labels:
        return Labels(pick_language(options.language, client))

    def _disclosed_by(self, options: PrintOptions) -> str:
        if options.disclosed_by and options.disclosed_by.strip():
            return options.disclosed_by.strip()
        slot = self._vault.unlocked_slot
        return slot.label if slot is not None else "recovery key"

    def _setup(
        self,
        client: Client,
        release: Release,
        consent: Consent | None,
        what: str,
        options: PrintOptions,
    ) -> PrintSetup:
        labels = self._labels(client, options)
        now = self._vault.clock()
        disclosure: Disclosure | None = None
        if release.kind is ReleaseKind.CONSENT:
            assert consent is not None
            disclosure = Disclosure(
                recipient=consent.recipient,
                purpose=consent.purpose,
                information=what,
                disclosed_at=now,
                consent_id=consent.id,
                disclosed_by=self._disclosed_by(options),
            )
        elif release.kind is ReleaseKind.EMERGENCY:
            assert release.recipient and release.facility and release.nature
            disclosure = Disclosure(
                recipient=release.recipient,
                purpose=labels("disc.emergency_purpose"),
                information=what,
                disclosed_at=now,
                emergency=MedicalEmergency(release.facility, release.nature),
                disclosed_by=self._disclosed_by(options),
            )
        return PrintSetup(
            printed_at=now,
            program=options.program if options.program is not None else client.program,
            language=options.language,
            tz=options.tz,
            disclosure=disclosure,
        )

    def _job(
        self,
        render: Callable[[PrintSetup], bytes],
        *,
        kind: DocumentKind,
        release: Release,
        client: Client | None,
        subject_id: str,
        title: str,
        setup: PrintSetup,
        consent: Consent | None,
        counseling_notes: int = 0,
    ) -> PrintJob:
        cautions: list[str] = []
        if consent is not None:
            cautions.append(f"Consent {consent.id} allows: {consent.information}")
            if consent.expires is None and consent.expires_on_event:
                cautions.append(
                    f"Consent {consent.id} ends on an event ({consent.expires_on_event}); "
                    "make sure it has not happened before the records leave."
                )
        stamp = setup.printed_at.astimezone(setup.tz) if setup.tz else setup.printed_at
        info = PrintInfo(
            kind=kind,
            release=release,
            client_id=client.id if client is not None else None,
            subject_id=subject_id,
            title=title,
            file_name=f"{kind.value}-{stamp.strftime('%Y-%m-%d-%H%M')}.pdf",
            pages=0,
            sha256="",
            printed_at=setup.printed_at,
            language=pick_language(setup.language, client),
            disclosure=setup.disclosure,
            counseling_notes=counseling_notes,
            cautions=tuple(cautions),
            tz=setup.tz,
        )
        return PrintJob(info, setup, render)

    def _entry(self, info: PrintInfo) -> DisclosureEntry:
        disclosure = info.disclosure
        assert disclosure is not None and info.client_id is not None
        emergency = disclosure.emergency
        return DisclosureEntry(
            client_id=info.client_id,
            disclosed_at=disclosure.disclosed_at,
            recipient=disclosure.recipient,
            information=disclosure.information,
            purpose=disclosure.purpose,
            disclosed_by=disclosure.disclosed_by or "",
            document=info.kind.value,
            pages=info.pages,
            sha256=info.sha256,
            consent_id=disclosure.consent_id,
            emergency_nature=emergency.nature if emergency is not None else None,
            facility=emergency.facility if emergency is not None else None,
        )

    # -- worksheets (blank or filled) and the safety plan's wallet card -------------------
    SAFETY_PLAN = "safety_plan"  # the worksheet that also prints as a wallet card

    def worksheet(
        self,
        worksheet_id: str | None,
        release: Release,
        options: PrintOptions | None = None,
        *,
        blank: bool = False,
        definition_id: str | None = None,
        client_id: str | None = None,
    ) -> Printed:
        """A worksheet on paper: a client's one filled in, or its form blank for the
        client to fill by hand (see `prepare_worksheet`)."""
        job = self.prepare_worksheet(
            worksheet_id,
            release,
            options,
            blank=blank,
            definition_id=definition_id,
            client_id=client_id,
        )
        return _run(job, options)

    def prepare_worksheet(
        self,
        worksheet_id: str | None,
        release: Release,
        options: PrintOptions | None = None,
        *,
        blank: bool = False,
        definition_id: str | None = None,
        client_id: str | None = None,
    ) -> PrintJob:
        """`worksheet` in two steps. Name either a client's worksheet (`worksheet_id`:
        filled in, or its form blank with `blank=True`) or a form (`definition_id`:
        always blank, with `client_id`'s name on each page, else a line for the name).

        A blank form is the client's own copy (there is nothing in it to disclose); a
        filled one goes to someone else only when complete, under the usual rules."""
        options = options or PrintOptions()
        definition, instance, client = self._worksheet_parts(worksheet_id, definition_id, client_id)
        if definition_id is not None:
            blank = True
        if instance is None and client is None:
            # A form for nobody in particular: no record, nothing to disclose.
            if release.kind.is_disclosure or release.include_counseling_notes:
                raise DisclosureRefused(
                    "A blank form holds no record to disclose; print it as the client's own copy."
                )
            return self._blank_form_job(
                worksheet_pdf, definition, DocumentKind.WORKSHEET, options, card=False
            )
        assert client is not None
        consent = self._check(client, release, options)
        self._no_counseling_notes_in(release, DocumentKind.WORKSHEET)
        if blank and release.kind.is_disclosure:
            raise DisclosureRefused(
                "A blank worksheet is for the client to fill in by hand; print it as the "
                "client's own copy."
            )
        filled = None if blank else instance
        if release.kind.is_disclosure and filled is not None and not filled.is_complete:
            raise DisclosureRefused(
                "This worksheet is not finished; only a completed worksheet can be released "
                "to someone else."
            )
        labels = self._labels(client, options)
        title = definition.title.get(labels.language)
        what = title
        if filled is not None and filled.completed_at is not None:
            day = labels.date(_local_day(filled.completed_at, options.tz))
            what = f"{title} ({labels('ws.completed', date=day)})"

        def render(setup: PrintSetup) -> bytes:
            return worksheet_pdf(definition, setup, instance=filled, client=client)

        return self._job(
            render,
            kind=DocumentKind.WORKSHEET,
            release=release,
            client=client,
            subject_id=instance.id if instance is not None else definition.id,
            title=title,
            setup=self._setup(client, release, consent, what, options),
            consent=consent,
        )

    def safety_plan_card(
        self,
        worksheet_id: str | None = None,
        options: PrintOptions | None = None,
        *,
        blank: bool = False,
        client_id: str | None = None,
    ) -> Printed:
        """The safety plan as a fold-up wallet card (see `prepare_safety_plan_card`)."""
        job = self.prepare_safety_plan_card(worksheet_id, options, blank=blank, client_id=client_id)
        return _run(job, options)

    def prepare_safety_plan_card(
        self,
        worksheet_id: str | None = None,
        options: PrintOptions | None = None,
        *,
        blank: bool = False,
        client_id: str | None = None,
    ) -> PrintJob:
        """`safety_plan_card` in two steps: the client's safety plan (`worksheet_id`)
        filled in, or blank (`blank=True`, or no worksheet: `client_id`'s page header,
        else none). The card is always the client's own copy; the card itself names
        neither the client nor the program (export.worksheet)."""
        options = options or PrintOptions()
        definition, instance, client = self._worksheet_parts(
            worksheet_id, None if worksheet_id else self.SAFETY_PLAN, client_id
        )
        if definition.id != self.SAFETY_PLAN:
            raise ValidationError("Only the safety plan prints as a wallet card.")
        if client is None:
            return self._blank_form_job(
                safety_plan_card_pdf, definition, DocumentKind.SAFETY_PLAN_CARD, options, card=True
            )
        release = Release.client_copy()
        filled = None if blank else instance
        labels = self._labels(client, options)

        def render(setup: PrintSetup) -> bytes:
            return safety_plan_card_pdf(definition, setup, instance=filled, client=client)

        return self._job(
            render,
            kind=DocumentKind.SAFETY_PLAN_CARD,
            release=release,
            client=client,
            subject_id=instance.id if instance is not None else definition.id,
            title=labels("wallet.title"),
            setup=self._setup(client, release, None, "", options),
            consent=None,
        )

    def _worksheet_parts(
        self,
        worksheet_id: str | None,
        definition_id: str | None,
        client_id: str | None,
    ) -> tuple[WorksheetDefinition, WorksheetInstance | None, Client | None]:
        """The form, the client's worksheet (None for a form named by its id) and the
        client (None for a form for nobody in particular)."""
        if (worksheet_id is None) == (definition_id is None):
            raise ValueError("name either a worksheet or a worksheet definition, not both")
        catalog = Measures(self._vault, self._conn)
        if worksheet_id is not None:
            instance = measures.get_worksheet(self._conn, worksheet_id)
            if client_id is not None and client_id != instance.client_id:
                raise ValidationError("This worksheet is another client's.")
            client = clients.get_client(self._conn, instance.client_id)
            return catalog.definition(instance.definition_id), instance, client
        assert definition_id is not None
        whose = clients.get_client(self._conn, client_id) if client_id is not None else None
        return catalog.definition(definition_id), None, whose

    def _blank_form_job(
        self,
        pdf: Callable[..., bytes],
        definition: WorksheetDefinition,
        kind: DocumentKind,
        options: PrintOptions,
        *,
        card: bool,
    ) -> PrintJob:
        """A blank form with a line for the name: it stays with the program until handed
        out, like a sign-in sheet (audited as a print, never a disclosure)."""
        language = pick_language(options.language)
        title = Labels(language)("wallet.title") if card else definition.title.get(language)

        def render(setup: PrintSetup) -> bytes:
            return pdf(definition, setup)

        setup = PrintSetup(
            printed_at=self._vault.clock(),
            program=options.program,
            language=options.language,
            tz=options.tz,
        )
        return self._job(
            render,
            kind=kind,
            release=Release.internal(),
            client=None,
            subject_id=definition.id,
            title=title,
            setup=setup,
            consent=None,
        )


def _local_day(moment: datetime, tz: tzinfo | None) -> date:
    """The calendar day of `moment` in `tz` (None: this computer's time zone)."""
    return (moment.astimezone(tz) if tz is not None else moment.astimezone()).date()


class _PageCounter:
    """The engine's progress hook, counting pages on the way to the caller's own hook
    (the last page reported is the document's page count)."""

    def __init__(self, forward: Progress | None) -> None:
        self._forward = forward
        self.pages = 0

    def __call__(self, done: int, total: int) -> None:
        self.pages = max(self.pages, done)
        if self._forward is not None:
            self._forward(done, total)
