"""Printing figures for run.py (issue 5, "Tests and figures"): a session note PDF and a
200-page client summary with progress, each beside its goal.

run.py calls bench_printing(report, root, quick). Everything goes through the service the
window and `counselor-desk export-pdf` use: `services.printing.Printing.prepare_…` reads
the vault and checks the release, then `PrintJob.build(progress, cancel)` lays the PDF out
in memory (the window runs that step on a worker thread; here it runs on this one). No Qt.

- A session note: the newest signed note with two signed addenda, on a real vault, as the
  client's own copy and again as a disclosure under a consent (a cover with the long
  notice, the short notice on every page), prepare + build, median of 30 (10 with
  --quick) after one build not counted (the first loads and registers the fonts; it is
  reported on its own).
- A client summary of one client with enough records for 200+ pages (services.demo's
  signed notes, two years of weekly urine screens and attendance, PHQ-9, GAD-7 and
  craving entries drawn as charts, an active treatment plan with every session linked,
  an addendum on every tenth note), over the whole period, as the client's own copy:
  the build time (median of 3; --quick builds it once, at the same size), the page
  count, that `progress` was called once for every page in order, when the first call
  came (the window's progress bar moves), the longest gap between two calls, and how
  soon a cancel stops the build.

Every record is fictional; the vault lives under run.py's temporary folder and uses cheap
Argon2 parameters (Argon2 is measured in run.py's Unlock section).
"""

from __future__ import annotations

import itertools
import random
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Protocol

from counselor_desk.domain.measures import scale_entry_from_result
from counselor_desk.domain.notes import Addendum, addendum_content_sha256
from counselor_desk.domain.records import Consent, Session
from counselor_desk.domain.scales import ScaleId, definition, score
from counselor_desk.domain.screens import (
    Attendance,
    AttendanceStatus,
    ScreenResult,
    Substance,
    UrineScreen,
    screen_results,
)
from counselor_desk.domain.treatment_plan import (
    Goal,
    Intervention,
    Objective,
    ObjectiveLink,
    PlanStatus,
    Problem,
    TreatmentPlan,
)
from counselor_desk.export.document import ExportCancelled
from counselor_desk.services.caseload import Caseload
from counselor_desk.services.demo import populate_bulk
from counselor_desk.services.printing import Printing, PrintJob, PrintOptions, Release
from counselor_desk.vault import consents as consents_repo
from counselor_desk.vault import measures as measures_repo
from counselor_desk.vault import plans as plans_repo
from counselor_desk.vault import screening as screening_repo
from counselor_desk.vault import sessions as sessions_repo
from counselor_desk.vault.connection import Connection
from counselor_desk.vault.keyslots import KdfParams
from counselor_desk.vault.store import Vault, create_vault

PASSPHRASE = "maple orbit candle harbor"  # fictional, like the records
CHEAP = KdfParams(time_cost=1, memory_kib=1024, parallelism=1)
NOTE_GOAL_S = 0.150
SUMMARY_GOAL_S = 8.0
SUMMARY_PAGES = 200  # the goal's size; quick runs build the same summary
SUMMARY_NOTES = 330  # signed notes of the big client: about 0.6 pages a note, plus the rest
NOTE_RUNS, NOTE_QUICK_RUNS = 30, 10
SUMMARY_RUNS, SUMMARY_QUICK_RUNS = 3, 1
CANCEL_AFTER_PAGE = 20
OPTIONS = PrintOptions(program="Riverbend Recovery Program", disclosed_by="A. Moreno, CADC", tz=UTC)
PANEL = (Substance.BUPRENORPHINE, Substance.FENTANYL, Substance.OPIATES, Substance.COCAINE)
SIGNER = "A. Moreno, CADC"


class Reporter(Protocol):
    """The part of run.py's Report used here."""

    def add(self, name: str, value: str, goal: str = ..., verdict: str = ...) -> None: ...
    def at_most(self, name: str, seconds: float, goal: float) -> None: ...
    def note(self, text: str) -> None: ...
    def section(self, title: str) -> None: ...


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def _s(seconds: float) -> str:
    return f"{seconds:.2f} s"


def _kib(size: int) -> str:
    return f"{size / 1024:,.0f} KiB"


# -- the vault ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class PrintVault:
    vault: Vault
    client_id: str
    note_id: str  # a signed note with two addenda
    consent_id: str
    first_day: date
    last_day: date


def make_print_vault(folder: Path, notes: int = SUMMARY_NOTES) -> PrintVault:
    """One client with `notes` signed notes and the rest of a long chart; an open vault."""
    vault = create_vault(folder, "Printing", PASSPHRASE, kdf=CHEAP).vault
    today = date.today()
    populate_bulk(vault, clients=1, notes_per_client=notes, today=today, seed=11)
    rng = random.Random(5)
    with vault.transaction() as conn:
        client_id = str(conn.execute("SELECT id FROM clients").fetchone()[0])
        sessions = sorted(sessions_repo.list_sessions(conn, client_id), key=lambda s: s.start)
        first_day, last_day = sessions[0].start.date(), sessions[-1].start.date()
        _add_chart(conn, client_id, sessions, first_day, last_day, rng)
        signed = [n for n in sessions_repo.list_notes(conn, client_id) if n.is_signed]
        for note in signed[::10]:
            _addendum(conn, note.id, client_id, note.signed_at, "Pharmacy confirmed the refill.")
        consent = consents_repo.add_consent(
            conn,
            Consent(
                client_id=client_id,
                discloser="Riverbend Recovery Program",
                recipient="Valley Primary Care, Dr. Imani Okafor",
                information="Signed session notes, medication, attendance and urine screens",
                purpose="Coordination of care",
                signed=today - timedelta(days=30),
                signed_by="client",
                expires=today + timedelta(days=335),
            ),
            datetime.now(UTC),
        )
    # The note printed: the newest signed one, with two addenda signed through the service.
    note = max(signed, key=lambda n: n.signed_at or datetime.min.replace(tzinfo=UTC))
    caseload = Caseload(vault)
    caseload.add_addendum(note.id, "Called back: the pharmacy had the 16 mg films.", SIGNER)
    caseload.add_addendum(note.id, "Corrected the next appointment to Thursday 10:00.", SIGNER)
    return PrintVault(vault, client_id, note.id, consent.id, first_day, last_day)


def _addendum(
    conn: Connection, note_id: str, client_id: str, after: datetime | None, text: str
) -> None:
    at = (after or datetime.now(UTC)) + timedelta(days=1)
    digest = addendum_content_sha256(
        client_id=client_id, note_id=note_id, text=text, signed_by=SIGNER, signed_at=at
    )
    sessions_repo.add_addendum(
        conn,
        Addendum(
            note_id=note_id,
            client_id=client_id,
            text=text,
            signed_by=SIGNER,
            signed_at=at,
            content_sha256=digest,
        ),
        at,
    )


def _add_chart(
    conn: Connection,
    client_id: str,
    sessions: Sequence[Session],
    first: date,
    last: date,
    rng: random.Random,
) -> None:
    """Weekly screens and attendance, scale entries and an active plan over the period."""
    now = datetime.now(UTC)
    day = first
    week = 0
    while day <= last:
        positive = rng.random() < 0.12
        screening_repo.add_screen(
            conn,
            UrineScreen(
                client_id,
                day,
                screen_results(
                    {
                        sub: ScreenResult.POSITIVE
                        if sub is Substance.BUPRENORPHINE
                        or (positive and sub is Substance.FENTANYL)
                        else ScreenResult.NEGATIVE
                        for sub in PANEL
                    }
                ),
                observed=week % 3 == 0,
                notes="Talked about a slip at a party" if positive else None,
            ),
            now,
        )
        status = AttendanceStatus.NO_SHOW if rng.random() < 0.08 else AttendanceStatus.ATTENDED
        screening_repo.add_attendance(conn, Attendance(client_id, day, status), now)
        scales = [ScaleId.CRAVING] + ([ScaleId.PHQ9, ScaleId.GAD7] if week % 2 == 0 else [])
        for scale in scales:
            answers = {
                item.key: rng.choice(item.values[: max(2, len(item.values) // 2)])
                for item in definition(scale).items
            }
            entry = scale_entry_from_result(
                score(scale, answers), client_id=client_id, answers=answers, taken_on=day
            )
            measures_repo.add_scale_entry(conn, entry, now)
        day += timedelta(days=7)
        week += 1
    objectives = tuple(
        Objective(
            text,
            target_date=last + timedelta(days=30 * (i + 1)),
            interventions=(Intervention("Coping plan and check-ins", "Counselor", "Weekly"),),
        )
        for i, text in enumerate(
            (
                "Names three triggers and a plan for each",
                "Attends two peer-support meetings a week",
                "Keeps every dosing visit for eight weeks",
            )
        )
    )
    plan = plans_repo.add_plan(
        conn,
        TreatmentPlan(
            client_id=client_id,
            problems=(
                Problem(
                    "Opioid use disorder, in early remission on buprenorphine",
                    goals=(Goal("Stay off fentanyl and keep my job", objectives=objectives),),
                ),
            ),
            status=PlanStatus.ACTIVE,
            review_date=date.today() + timedelta(days=60),
        ),
        now,
    )
    ids = [objective.id for _p, _g, objective in plan.objectives()]
    for i, session in enumerate(sessions):
        plans_repo.add_link(
            conn, ObjectiveLink(session.id, plan.id, ids[i % len(ids)], client_id), now
        )


# -- figures -----------------------------------------------------------------------------------


@dataclass
class ProgressLog:
    """What `progress(done, total)` was told, and when (seconds from the build's start)."""

    start: float
    calls: list[tuple[float, int, int]]

    @classmethod
    def begin(cls) -> ProgressLog:
        return cls(time.perf_counter(), [])

    def __call__(self, done: int, total: int) -> None:
        self.calls.append((time.perf_counter() - self.start, done, total))

    def every_page(self, pages: int) -> bool:
        return [done for _, done, _ in self.calls] == list(range(1, pages + 1))

    def longest_gap(self) -> float:
        times = [0.0] + [t for t, _, _ in self.calls]
        return max(b - a for a, b in itertools.pairwise(times))


def bench_printing(report: Reporter, root: Path, quick: bool) -> None:
    """The printing figures; root is a temporary folder of run.py's."""
    started = time.perf_counter()
    made = make_print_vault(root / "printing" / "Printing")
    vault = made.vault
    try:
        notes = int(
            vault.conn.execute(
                "SELECT count(*) FROM notes WHERE client_id = ?", (made.client_id,)
            ).fetchone()[0]
        )
        report.section(
            f"Printing (services.printing: prepare + build; one client, {notes} signed notes, "
            f"{made.first_day.isoformat()} to {made.last_day.isoformat()})"
        )
        report.add("make the printing vault", _s(time.perf_counter() - started))
        bench_session_note(report, made, NOTE_QUICK_RUNS if quick else NOTE_RUNS)
        bench_summary(report, made, SUMMARY_QUICK_RUNS if quick else SUMMARY_RUNS, quick)
    finally:
        vault.lock()


def bench_session_note(report: Reporter, made: PrintVault, runs: int) -> None:
    printing = Printing(made.vault)

    def print_note(release: Release) -> tuple[float, int, int]:
        start = time.perf_counter()
        job = printing.prepare_session_note(made.note_id, release, OPTIONS)
        printed = job.build()
        return time.perf_counter() - start, printed.info.pages, len(printed.pdf)

    fmt = printing_note_format(made)
    first, pages, size = print_note(Release.client_copy())
    copies = [print_note(Release.client_copy()) for _ in range(runs)]
    median = statistics.median(t for t, _, _ in copies)
    report.at_most(f"a session note PDF (median of {runs})", median, NOTE_GOAL_S)
    report.note(
        f"client's own copy, a signed {fmt} note with 2 addenda: {pages} page(s), {_kib(size)}; "
        f"max {_ms(max(t for t, _, _ in copies))}; the first build (fonts loaded) {_ms(first)}"
    )
    under_consent = Release.under_consent(made.consent_id)
    print_note(under_consent)
    disclosed = [print_note(under_consent) for _ in range(runs)]
    report.at_most(
        "  the same, disclosed under a consent",
        statistics.median(t for t, _, _ in disclosed),
        NOTE_GOAL_S,
    )
    _, pages, size = disclosed[-1]
    report.note(
        f"cover with the long notice, short notice on every page: {pages} pages, {_kib(size)}"
    )
    prepares = [
        _timed(lambda: printing.prepare_session_note(made.note_id, under_consent, OPTIONS))
        for _ in range(runs)
    ]
    prepared = statistics.median(prepares)
    report.note(f"of which reading the vault and checking the consent (prepare): {_ms(prepared)}")


def printing_note_format(made: PrintVault) -> str:
    return str(sessions_repo.get_note(made.vault.conn, made.note_id).format).upper()


def _timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def bench_summary(report: Reporter, made: PrintVault, runs: int, quick: bool) -> None:
    printing = Printing(made.vault)

    def prepare() -> PrintJob:
        return printing.prepare_client_summary(
            made.client_id, made.first_day, made.last_day, Release.client_copy(), OPTIONS
        )

    prepare_time = statistics.median(_timed(prepare) for _ in range(3))
    job = prepare()
    builds: list[tuple[float, ProgressLog, int, int]] = []
    for _ in range(runs):
        log = ProgressLog.begin()
        printed = job.build(progress=log)
        elapsed = time.perf_counter() - log.start
        builds.append((elapsed, log, printed.info.pages, len(printed.pdf)))
    elapsed, log, pages, size = sorted(builds, key=lambda b: b[0])[len(builds) // 2]
    label = f"median of {runs}" if runs > 1 else "--quick: one build"
    report.add(
        f"a {pages}-page client summary ({label})",
        _s(elapsed),
        f"≤ {SUMMARY_GOAL_S:.0f} s",
        "ok" if elapsed <= SUMMARY_GOAL_S else "SLOW",
    )
    report.note(
        f"{_kib(size)}; {pages / elapsed:.0f} pages/s; reading the vault first (prepare) "
        f"{_ms(prepare_time)}"
        + (f"; builds took {', '.join(_s(b[0]) for b in builds)}" if runs > 1 else "")
    )
    report.add(
        "  pages (the goal is stated for 200)",
        str(pages),
        f"≥ {SUMMARY_PAGES}",
        "ok" if pages >= SUMMARY_PAGES else "SHORT",
    )
    every = all(b[1].every_page(b[2]) for b in builds)
    report.add(
        "  progress called for every page, in order",
        f"{len(log.calls)} of {pages}",
        "every page",
        "ok" if every else "MISSED",
    )
    first_time, _, first_total = log.calls[0]
    report.add("  first progress call (page 1 laid out)", _ms(first_time))
    report.note(
        f"its estimate of the total: {first_total} pages (the estimate at page 10: "
        f"{log.calls[min(9, len(log.calls) - 1)][2]}, at the last page: {log.calls[-1][2]})"
    )
    report.add("  longest wait between two progress calls", _ms(log.longest_gap()))
    bench_cancel(report, job)
    if quick:
        report.note("--quick builds the same summary once; the full run takes the median of 3")


def bench_cancel(report: Reporter, job: PrintJob) -> None:
    """Cancel once page CANCEL_AFTER_PAGE is done: how soon does the build stop?"""
    asked: list[float] = []

    def progress(done: int, _total: int) -> None:
        if done >= CANCEL_AFTER_PAGE and not asked:
            asked.append(time.perf_counter())

    try:
        job.build(progress=progress, cancel=lambda: bool(asked))
    except ExportCancelled:
        stopped = time.perf_counter()
    else:
        report.add("  cancel after page 20", "not honoured", "stops", "MISSED")
        return
    report.add(f"  cancel after page {CANCEL_AFTER_PAGE}: stopped within", _ms(stopped - asked[0]))
