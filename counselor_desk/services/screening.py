"""Urine drug screens, attendance and contingency management on an unlocked vault: the use
cases behind the chart's "Screens and CM" tab and the "today" list.

Each write is one transaction with its audit row; audit rows name record ids (and a CM
plan's kind or a prize's size), never a client's name or a result. The CM ledger is not
stored: it is computed each time by domain.contingency.track from the stored screens,
attendance and prizes, and the client's medication history (a prescribed buprenorphine
or methadone positive is expected on the days it was prescribed).

Who is due today (`due_today`), for active clients:
- a screen, when the client is "in screening" (has a screen on record, is prescribed
  buprenorphine or methadone today, or has a CM plan with target substances) and
  - the newest screen was refused, missed or gave an invalid reading: a retest; or
  - no sample was ever collected; or
  - the last sample collected is `screen_every_days` (7) or more days old;
- a session, for each attendance entry still marked scheduled for today, and for each
  earlier one never marked (attended, excused or no-show), so none is forgotten;
- a treatment plan review, when the client's active plan has a review date of today or
  earlier (domain.treatment_plan.due_for_review).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import StrEnum

from counselor_desk.domain.contingency import (
    CmEvent,
    CmKind,
    CmLedger,
    CmPlan,
    PrizeGiven,
    event_date,
    expected_value_per_draw,
    track,
)
from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.records import Client, MedicationEntry
from counselor_desk.domain.screens import (
    Attendance,
    AttendanceStatus,
    ScreenResult,
    Substance,
    UrineScreen,
    prescribed_on,
)
from counselor_desk.vault import clients
from counselor_desk.vault import plans as plan_repo
from counselor_desk.vault import screening as repo
from counselor_desk.vault.connection import Connection
from counselor_desk.vault.store import Vault

SCREEN_INTERVAL_DAYS = 7
_EARLIEST = datetime.min.replace(tzinfo=UTC)

Prescription = Callable[[date], frozenset[Substance]]


class DueReason(StrEnum):
    SCREEN_RETEST = "screen-retest"  # the newest screen was refused, missed or invalid
    SCREEN_NEVER = "screen-never"  # in screening, no sample ever collected
    SCREEN_DUE = "screen-due"  # the last sample is a week old or more
    SESSION_TODAY = "session-today"  # scheduled for today
    SESSION_UNMARKED = "session-unmarked"  # scheduled earlier, never marked
    PLAN_REVIEW = "plan-review"  # the active treatment plan's review date has come


@dataclass(frozen=True)
class Due:
    """One reason a client should be seen today."""

    client_id: str
    display_name: str
    reason: DueReason
    since: date | None = None  # the screen or contact the reason is about
    attendance_id: str | None = None  # for the session reasons
    plan_id: str | None = None  # for a plan review (since: the review date)


@dataclass(frozen=True)
class CapStatus:
    """Where a client stands against the yearly cap on a day."""

    year_start: date
    next_year_start: date
    counted: Decimal  # earned and given this cap year, plus draws owed at their average
    limit: Decimal
    next_value: Decimal  # what the next success would add
    reached: bool  # at the cap, or a success was already refused this cap year
    warning: bool  # within the warning margin, or the next success would pass the cap

    @property
    def left(self) -> Decimal:
        return max(Decimal(0), self.limit - self.counted)


def cap_status(ledger: CmLedger, on: date) -> CapStatus:
    """The cap as it stands on `on` (usually today): a clear warning comes before the cap
    is reached, and the notice once it is."""
    plan = ledger.plan
    cap = plan.cap
    start = cap.year_of(on)
    next_start = start.replace(year=start.year + 1)  # never February 29 (YearlyCap)
    counted = ledger.year_value(on)
    before = [row for row in ledger.rows if row.on <= on]
    streak = (before[-1].streak if before else 0) + 1  # the next success, as of `on`
    if plan.kind is CmKind.PRIZE:
        next_value = plan.prize.draws_for(streak) * expected_value_per_draw(plan.prize.bowl)
    else:
        next_value = sum(plan.voucher.amount_for(streak), Decimal(0))
    refused = any(row.cap_refused and row.cap_year == start and row.on <= on for row in ledger.rows)
    reached = refused or counted >= cap.limit
    warning = not reached and (
        counted >= cap.limit - cap.warn_within or counted + next_value > cap.limit
    )
    return CapStatus(start, next_start, counted, cap.limit, next_value, reached, warning)


def prescription(history: Iterable[MedicationEntry]) -> Prescription:
    """The substances a screen should show on each day, from a medication history."""
    entries = tuple(history)
    return lambda day: prescribed_on(entries, day)


def _stamp(event: CmEvent) -> datetime:
    stamp = None if isinstance(event, PrizeGiven) else event.created_at
    return stamp or _EARLIEST


def ledger_order(events: Iterable[CmEvent]) -> list[CmEvent]:
    """By day; on one day, in the order entered, and prizes after what earned them."""
    return sorted(events, key=lambda e: (event_date(e), isinstance(e, PrizeGiven), _stamp(e)))


def _needs_retest(screen: UrineScreen) -> bool:
    return (
        screen.refused
        or screen.missed
        or any(result is ScreenResult.INVALID for _, result in screen.results)
    )


def screen_due(
    newest_day: list[UrineScreen], last_collected: date | None, today: date, every: int
) -> tuple[DueReason, date | None] | None:
    """The screen rule of the module docstring for one client in screening."""
    if newest_day and _needs_retest(newest_day[-1]):
        return DueReason.SCREEN_RETEST, newest_day[-1].collected
    if last_collected is None:
        return DueReason.SCREEN_NEVER, None
    if (today - last_collected).days >= every:
        return DueReason.SCREEN_DUE, last_collected
    return None


class Screening:
    """Use cases over one connection: the vault's own by default; a worker thread passes
    a connection of its own (a connection belongs to one thread)."""

    def __init__(self, vault: Vault, conn: Connection | None = None) -> None:
        self._vault = vault
        self._conn = conn if conn is not None else vault.conn

    # -- urine screens ---------------------------------------------------------------------
    def record_screen(self, screen: UrineScreen) -> UrineScreen:
        with self._vault.transaction(self._conn) as conn:
            now = self._vault.clock()
            saved = repo.add_screen(conn, screen, now)
            self._vault.audit.append(conn, "record-screen", at=now, subject=saved.id)
        return saved

    def update_screen(self, screen: UrineScreen) -> UrineScreen:
        """Correct a screen (the lab overturned the cup, a wrong date); audited."""
        with self._vault.transaction(self._conn) as conn:
            now = self._vault.clock()
            saved = repo.update_screen(conn, screen, now)
            self._vault.audit.append(conn, "update-screen", at=now, subject=saved.id)
        return saved

    def screen(self, screen_id: str) -> UrineScreen:
        return repo.get_screen(self._conn, screen_id)

    def screens(self, client_id: str) -> list[UrineScreen]:
        """A client's screens, oldest first."""
        return repo.list_screens(self._conn, client_id)

    # -- attendance ------------------------------------------------------------------------
    def record_attendance(self, attendance: Attendance) -> Attendance:
        with self._vault.transaction(self._conn) as conn:
            now = self._vault.clock()
            saved = repo.add_attendance(conn, attendance, now)
            self._vault.audit.append(
                conn, "record-attendance", at=now, subject=saved.id, detail=saved.status.value
            )
        return saved

    def update_attendance(self, attendance: Attendance) -> Attendance:
        """Mark what became of a contact (a scheduled one attended, a no-show excused)."""
        with self._vault.transaction(self._conn) as conn:
            now = self._vault.clock()
            saved = repo.update_attendance(conn, attendance, now)
            self._vault.audit.append(
                conn, "update-attendance", at=now, subject=saved.id, detail=saved.status.value
            )
        return saved

    def attendance_entry(self, attendance_id: str) -> Attendance:
        return repo.get_attendance(self._conn, attendance_id)

    def attendance(self, client_id: str) -> list[Attendance]:
        """A client's attendance entries, oldest first."""
        return repo.list_attendance(self._conn, client_id)

    # -- contingency management ------------------------------------------------------------
    def cm_plan(self, client_id: str) -> CmPlan | None:
        return repo.get_plan(self._conn, client_id)

    def set_cm_plan(self, client_id: str, plan: CmPlan | None) -> CmPlan | None:
        """Put a plan in place (replacing the one before), or end it with None; the
        screens, attendance and prizes stay. The ledger is recomputed under the new plan
        from its start date, so a changed schedule applies to the whole history it counts."""
        with self._vault.transaction(self._conn) as conn:
            now = self._vault.clock()
            if plan is None:
                if repo.delete_plan(conn, client_id):
                    self._vault.audit.append(conn, "end-cm-plan", at=now, subject=client_id)
                return None
            _check_prizes_fit(plan, repo.list_prizes(conn, client_id))
            saved = repo.set_plan(conn, client_id, plan, now)
            self._vault.audit.append(
                conn, "set-cm-plan", at=now, subject=client_id, detail=saved.kind.value
            )
        return saved

    def record_prize(self, prize: PrizeGiven) -> PrizeGiven:
        """One draw from the bowl and what was handed over. The client needs a prize
        plan that counts that day."""
        if prize.client_id is None:
            raise ValidationError("A prize given needs the client it was given to.")
        with self._vault.transaction(self._conn) as conn:
            now = self._vault.clock()
            plan = repo.get_plan(conn, prize.client_id)
            if plan is None or plan.kind is not CmKind.PRIZE:
                raise ValidationError("Prizes are recorded for a client with a prize-draw plan.")
            if plan.starts is not None and prize.on < plan.starts:
                raise ValidationError(
                    f"The plan counts from {plan.starts.isoformat()}; "
                    "a prize given before then is not part of it."
                )
            saved = repo.add_prize(conn, prize, now)
            self._vault.audit.append(
                conn, "record-prize", at=now, subject=saved.id, detail=saved.size.value
            )
        return saved

    def prizes(self, client_id: str) -> list[PrizeGiven]:
        """Prizes given to a client, oldest first."""
        return repo.list_prizes(self._conn, client_id)

    def prescribed(self, client_id: str) -> Prescription:
        """What a screen of this client should show on a day (buprenorphine, methadone)."""
        return prescription(clients.medication_history(self._conn, client_id))

    def ledger(self, client_id: str) -> CmLedger | None:
        """What the client's plan earned, event by event; None without a plan."""
        conn = self._conn
        plan = repo.get_plan(conn, client_id)
        if plan is None:
            return None
        events: list[CmEvent] = [
            *repo.list_screens(conn, client_id),
            *repo.list_attendance(conn, client_id),
        ]
        if plan.kind is CmKind.PRIZE:
            events += repo.list_prizes(conn, client_id)
        return track(plan, ledger_order(events), self.prescribed(client_id))

    # -- today -----------------------------------------------------------------------------
    def due_today(self, today: date, *, screen_every_days: int = SCREEN_INTERVAL_DAYS) -> list[Due]:
        """Active clients due for a screen, a session or a plan review (rule in the module
        docstring), by name, then screens, sessions, plan reviews."""
        conn = self._conn
        active: list[Client] = clients.list_clients(conn)
        newest = repo.latest_screens(conn)
        collected = repo.last_collected(conn)
        on_mat = repo.clients_on_mat(conn, today)
        plans = repo.list_plans(conn)
        found: list[Due] = []
        for client in active:
            plan = plans.get(client.id)
            in_screening = (
                client.id in newest
                or client.id in on_mat
                or (plan is not None and bool(plan.target_substances))
            )
            if not in_screening:
                continue
            due = screen_due(
                newest.get(client.id, []), collected.get(client.id), today, screen_every_days
            )
            if due is not None:
                found.append(Due(client.id, client.display_name, due[0], due[1]))
        names = {c.id: c.display_name for c in active}
        for entry in repo.scheduled_through(conn, today):
            if entry.client_id not in names or entry.status is not AttendanceStatus.SCHEDULED:
                continue
            reason = DueReason.SESSION_TODAY if entry.on == today else DueReason.SESSION_UNMARKED
            found.append(Due(entry.client_id, names[entry.client_id], reason, entry.on, entry.id))
        for review in plan_repo.plans_due_for_review(conn, today):
            found.append(
                Due(
                    review.client_id,
                    review.display_name,
                    DueReason.PLAN_REVIEW,
                    review.review_date,
                    plan_id=review.plan_id,
                )
            )
        order = {reason: index for index, reason in enumerate(DueReason)}
        found.sort(key=lambda d: (d.display_name.casefold(), d.client_id, order[d.reason]))
        return found


def _check_prizes_fit(plan: CmPlan, prizes: Iterable[PrizeGiven]) -> None:
    """A voucher plan has no draws: it cannot count a period in which prizes were given."""
    if plan.kind is not CmKind.VOUCHER:
        return
    counted = [p.on for p in prizes if plan.starts is None or p.on >= plan.starts]
    if counted:
        raise ValidationError(
            f"Prizes were given up to {max(counted).isoformat()}; a voucher plan must start "
            "after the last prize given."
        )
