"""Contingency management: prize draws (fishbowl) or escalating vouchers, earned from
screens and attendance, under a yearly cap per client (DOMAIN.md "Contingency management").

No cash anywhere: prizes are goods from the prize cabinet and vouchers are redeemed for
goods or services; amounts are Decimal dollars of value, never money handed over.

Rules the tracker follows, each a choice a counselor can see in the ledger:
- One streak covers every reinforced behaviour: a negative screen and an attended
  session both extend it, and any failure resets it.
- A screen is judged on its target substances only. The client's prescribed
  medication (buprenorphine, methadone) is neither success nor failure; a target
  substance with an invalid reading, or no target tested but the prescribed medication,
  leaves the screen neutral (retest), and a neutral event neither earns nor resets.
- Attendance counts only when the plan reinforces it; then an excused absence is
  neutral and a no-show is a failure. When attendance is not reinforced, every
  attendance entry is neutral: a plan that targets stimulants does not reset on a
  missed group.
- The cap counts, per cap year, voucher dollars earned and the recorded value of prizes
  given, plus the expected value of draws earned but not yet drawn (so a prize plan
  warns even before draws are recorded). An earning that would pass the cap is refused
  whole (it earns nothing and says why); the streak still grows, so the next cap year
  starts where the client stands.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import TypeAlias

from counselor_desk.domain.errors import ValidationError, quoted
from counselor_desk.domain.records import new_id
from counselor_desk.domain.screens import (
    MAT_MEDICATIONS,
    Attendance,
    AttendanceStatus,
    Finding,
    FindingKind,
    ScreenResult,
    Substance,
    UrineScreen,
    screen_findings,
)

ZERO = Decimal(0)


def _money(value: object, what: str) -> Decimal:
    """A non-negative, finite dollar amount; ints and strings are accepted from storage."""
    try:
        amount = Decimal(str(value)) if isinstance(value, float | int | str) else value
    except InvalidOperation as exc:
        raise ValidationError(f"{what} must be an amount in dollars, not {quoted(value)}.") from exc
    if not isinstance(amount, Decimal) or not amount.is_finite() or amount < 0:
        raise ValidationError(f"{what} must be an amount of zero dollars or more.")
    return amount


def _count(value: object, what: str, minimum: int = 0) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise ValidationError(f"{what} must be a whole number of {minimum} or more.")
    return value


class CmKind(StrEnum):
    PRIZE = "prize"  # fishbowl draws
    VOUCHER = "voucher"  # escalating vouchers


class SlipSize(StrEnum):
    GOOD_JOB = "good-job"  # praise, no prize
    SMALL = "small"
    LARGE = "large"
    JUMBO = "jumbo"


@dataclass(frozen=True)
class Bowl:
    """The fishbowl: how many slips of each size, and what each prize size is worth."""

    good_job: int = 250
    small: int = 209
    large: int = 40
    jumbo: int = 1
    small_value: Decimal = Decimal("1")
    large_value: Decimal = Decimal("20")
    jumbo_value: Decimal = Decimal("100")

    def __post_init__(self) -> None:
        for size in SlipSize:
            _count(self.count(size), f"The number of {size} slips")
        if self.total == 0:
            raise ValidationError("The bowl needs at least one slip.")
        for size in (SlipSize.SMALL, SlipSize.LARGE, SlipSize.JUMBO):
            name = f"{size}_value"
            object.__setattr__(self, name, _money(getattr(self, name), f"A {size} prize"))

    @property
    def total(self) -> int:
        return sum(self.count(size) for size in SlipSize)

    def count(self, size: SlipSize) -> int:
        return {
            SlipSize.GOOD_JOB: self.good_job,
            SlipSize.SMALL: self.small,
            SlipSize.LARGE: self.large,
            SlipSize.JUMBO: self.jumbo,
        }[size]

    def value(self, size: SlipSize) -> Decimal:
        return {
            SlipSize.GOOD_JOB: ZERO,
            SlipSize.SMALL: self.small_value,
            SlipSize.LARGE: self.large_value,
            SlipSize.JUMBO: self.jumbo_value,
        }[size]


def expected_value_per_draw(bowl: Bowl) -> Decimal:
    """What one draw is worth on average: the defaults give $2.218."""
    return sum((bowl.count(s) * bowl.value(s) for s in SlipSize), ZERO) / bowl.total


def draw(bowl: Bowl, rng: random.Random) -> SlipSize:
    """One slip, each size as likely as its share of the bowl; the slip goes back."""
    return _pick({size: bowl.count(size) for size in SlipSize}, rng)


def draw_session(bowl: Bowl, draws: int, rng: random.Random) -> tuple[SlipSize, ...]:
    """A client's draws at one visit, without replacement (as from a real bowl, where a
    drawn slip stays out until the visit ends); every slip goes back afterwards."""
    _count(draws, "The number of draws")
    if draws > bowl.total:
        raise ValidationError(f"The bowl holds {bowl.total} slips; {draws} draws cannot be made.")
    left = {size: bowl.count(size) for size in SlipSize}
    drawn: list[SlipSize] = []
    for _ in range(draws):
        size = _pick(left, rng)
        left[size] -= 1
        drawn.append(size)
    return tuple(drawn)


def _pick(counts: dict[SlipSize, int], rng: random.Random) -> SlipSize:
    position = rng.randrange(sum(counts.values()))
    for size in SlipSize:
        if position < counts[size]:
            return size
        position -= counts[size]
    raise AssertionError("unreachable: position is below the total")


@dataclass(frozen=True)
class PrizeSchedule:
    """Draws per success: ``first_draws``, then ``step`` more per consecutive success."""

    first_draws: int = 1
    step: int = 1
    max_draws: int = 8
    bowl: Bowl = field(default_factory=Bowl)

    def __post_init__(self) -> None:
        _count(self.first_draws, "The first number of draws", minimum=1)
        _count(self.step, "The added draws per success")
        _count(self.max_draws, "The most draws", minimum=self.first_draws)

    def draws_for(self, streak: int) -> int:
        """Draws earned by the success that makes a streak of this length."""
        if streak < 1:
            return 0
        return min(self.first_draws + self.step * (streak - 1), self.max_draws)


@dataclass(frozen=True)
class VoucherSchedule:
    """Escalating vouchers: ``first``, ``step`` more per consecutive success, a ``bonus``
    on every ``bonus_every``-th success in a row, back to ``first`` after a failure."""

    first: Decimal = Decimal("2.50")
    step: Decimal = Decimal("1.25")
    bonus: Decimal = Decimal("10.00")
    bonus_every: int = 3  # 0: no bonus
    max_amount: Decimal | None = None  # a ceiling on one voucher (bonus excluded)

    def __post_init__(self) -> None:
        object.__setattr__(self, "first", _money(self.first, "The first voucher"))
        object.__setattr__(self, "step", _money(self.step, "The voucher step"))
        object.__setattr__(self, "bonus", _money(self.bonus, "The bonus"))
        _count(self.bonus_every, "The successes per bonus")
        if self.max_amount is not None:
            ceiling = _money(self.max_amount, "The largest voucher")
            if ceiling < self.first:
                raise ValidationError("The largest voucher cannot be below the first one.")
            object.__setattr__(self, "max_amount", ceiling)

    def amount_for(self, streak: int) -> tuple[Decimal, Decimal]:
        """(voucher, bonus) earned by the success that makes a streak of this length."""
        if streak < 1:
            return ZERO, ZERO
        amount = self.first + self.step * (streak - 1)
        if self.max_amount is not None:
            amount = min(amount, self.max_amount)
        bonus = self.bonus if self.bonus_every and streak % self.bonus_every == 0 else ZERO
        return amount, bonus


@dataclass(frozen=True)
class YearlyCap:
    """The most a client may earn in a cap year (SAMHSA-funded programs: $750 per client
    per year since 2025); the year starts on a month and day, January 1 by default."""

    limit: Decimal = Decimal("750")
    warn_within: Decimal = Decimal("50")
    year_start_month: int = 1
    year_start_day: int = 1

    def __post_init__(self) -> None:
        object.__setattr__(self, "limit", _money(self.limit, "The yearly cap"))
        object.__setattr__(self, "warn_within", _money(self.warn_within, "The warning margin"))
        try:
            # A day every year has (so never February 29).
            date(2001, self.year_start_month, self.year_start_day)
        except (TypeError, ValueError, OverflowError) as exc:
            raise ValidationError(
                "The cap year must start on a day every year has (not February 29)."
            ) from exc

    def year_of(self, day: date) -> date:
        """The first day of the cap year that holds this day."""
        start = date(day.year, self.year_start_month, self.year_start_day)
        return start if day >= start else start.replace(year=day.year - 1)


@dataclass(frozen=True)
class CmPlan:
    """One client's CM plan: prizes or vouchers, for which substances and behaviours."""

    kind: CmKind
    target_substances: frozenset[Substance]
    reinforce_attendance: bool = False
    prize: PrizeSchedule = field(default_factory=PrizeSchedule)
    voucher: VoucherSchedule = field(default_factory=VoucherSchedule)
    cap: YearlyCap = field(default_factory=YearlyCap)
    starts: date | None = None  # events before this day are not counted
    client_id: str | None = None
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        try:
            object.__setattr__(self, "kind", CmKind(self.kind))
            targets = frozenset(Substance(s) for s in self.target_substances)
        except ValueError as exc:
            raise ValidationError(f"Unknown CM plan entry: {exc}") from exc
        object.__setattr__(self, "target_substances", targets)
        if not targets and not self.reinforce_attendance:
            raise ValidationError(
                "A CM plan needs a target substance, or attendance to reinforce, or both."
            )


@dataclass(frozen=True)
class PrizeGiven:
    """One draw from the bowl and the prize handed over (a "good job" slip is worth $0)."""

    on: date
    size: SlipSize
    value: Decimal
    client_id: str | None = None
    id: str = field(default_factory=new_id)
    notes: str | None = None

    def __post_init__(self) -> None:
        try:
            object.__setattr__(self, "size", SlipSize(self.size))
        except ValueError as exc:
            raise ValidationError(f"Unknown slip size: {exc}") from exc
        object.__setattr__(self, "value", _money(self.value, "The prize value"))
        if self.size is SlipSize.GOOD_JOB and self.value:
            raise ValidationError('A "good job" slip carries no prize.')


CmEvent: TypeAlias = UrineScreen | Attendance | PrizeGiven
Prescribed: TypeAlias = AbstractSet[Substance] | Callable[[date], AbstractSet[Substance]]


def event_date(event: CmEvent) -> date:
    if isinstance(event, UrineScreen):
        return event.collected
    return event.on


class Outcome(StrEnum):
    SUCCESS = "success"
    FAILURE = "failure"
    NEUTRAL = "neutral"  # neither earns nor resets


class Reason(StrEnum):
    """Why an event came out as it did; the window words each one for the counselor."""

    TARGETS_NEGATIVE = "targets-negative"  # every judged target negative
    TARGET_POSITIVE = "target-positive"
    SCREEN_REFUSED = "screen-refused"
    SCREEN_MISSED = "screen-missed"
    TARGET_INVALID = "target-invalid"
    NO_TARGET_TESTED = "no-target-tested"  # none, or only the prescribed medication
    ATTENDED = "attended"
    NO_SHOW = "no-show"
    EXCUSED = "excused"
    NOT_YET_HELD = "not-yet-held"
    ATTENDANCE_NOT_REINFORCED = "attendance-not-reinforced"
    PRIZE_GIVEN = "prize-given"


def screen_outcome(
    plan: CmPlan, screen: UrineScreen, prescribed: AbstractSet[Substance]
) -> tuple[Outcome, Reason]:
    """Judge one screen against the plan's target substances."""
    if screen.missed:
        return Outcome.FAILURE, Reason.SCREEN_MISSED
    if screen.refused:
        return Outcome.FAILURE, Reason.SCREEN_REFUSED
    findings = screen_findings(screen, prescribed)
    targets = plan.target_substances
    if any(f.kind is FindingKind.UNEXPECTED and f.substance in targets for f in findings):
        return Outcome.FAILURE, Reason.TARGET_POSITIVE
    # The prescribed medication is neither success nor failure: judge the other targets.
    judged = targets - (frozenset(prescribed) & MAT_MEDICATIONS)
    tested = [result for substance, result in screen.results if substance in judged]
    if not tested:
        return Outcome.NEUTRAL, Reason.NO_TARGET_TESTED
    if ScreenResult.INVALID in tested:
        return Outcome.NEUTRAL, Reason.TARGET_INVALID
    return Outcome.SUCCESS, Reason.TARGETS_NEGATIVE


def attendance_outcome(plan: CmPlan, attendance: Attendance) -> tuple[Outcome, Reason]:
    """Judge one attendance entry; it counts only when the plan reinforces attendance."""
    if not plan.reinforce_attendance:
        return Outcome.NEUTRAL, Reason.ATTENDANCE_NOT_REINFORCED
    return {
        AttendanceStatus.ATTENDED: (Outcome.SUCCESS, Reason.ATTENDED),
        AttendanceStatus.NO_SHOW: (Outcome.FAILURE, Reason.NO_SHOW),
        AttendanceStatus.EXCUSED: (Outcome.NEUTRAL, Reason.EXCUSED),
        AttendanceStatus.SCHEDULED: (Outcome.NEUTRAL, Reason.NOT_YET_HELD),
    }[attendance.status]


@dataclass(frozen=True)
class LedgerRow:
    """One event, what it earned, and the running totals after it."""

    event: CmEvent
    on: date
    outcome: Outcome
    reason: Reason
    findings: tuple[Finding, ...]  # screens only
    streak: int  # consecutive successes, this one included
    draws: int  # draws earned here (prize plans)
    draws_value: Decimal  # their expected value
    voucher: Decimal  # escalating voucher earned here (voucher plans)
    bonus: Decimal  # the every-third-in-a-row bonus earned here
    prize_value: Decimal  # value of the prize given (prize rows)
    cap_refused: bool  # a success whose earning the yearly cap refused: earned nothing
    total_draws: int
    total_drawn: int
    draws_outstanding: int  # earned, not yet drawn
    total_vouchers: Decimal  # vouchers and bonuses, all years
    total_prizes_given: Decimal  # all years
    cap_year: date  # first day of the cap year this row falls in
    year_counted: Decimal  # vouchers earned and prizes given this cap year
    year_pending: Decimal  # expected value of the draws outstanding
    cap_warning: bool  # counted + pending is within the warning margin of the cap (or past)
    cap_reached: bool  # counted + pending is at the cap, or this row's earning was refused

    @property
    def earned(self) -> Decimal:
        """Voucher dollars earned here, bonus included."""
        return self.voucher + self.bonus

    @property
    def year_value(self) -> Decimal:
        """What the cap compares: counted plus pending."""
        return self.year_counted + self.year_pending


@dataclass(frozen=True)
class CmLedger:
    """Everything a plan earned from a client's screens, attendance and prizes, row by row."""

    plan: CmPlan
    events: tuple[CmEvent, ...]
    prescribed: Prescribed
    rows: tuple[LedgerRow, ...]

    @property
    def streak(self) -> int:
        return self.rows[-1].streak if self.rows else 0

    @property
    def total_draws(self) -> int:
        return self.rows[-1].total_draws if self.rows else 0

    @property
    def total_drawn(self) -> int:
        return self.rows[-1].total_drawn if self.rows else 0

    @property
    def draws_outstanding(self) -> int:
        return self.rows[-1].draws_outstanding if self.rows else 0

    @property
    def total_vouchers(self) -> Decimal:
        return self.rows[-1].total_vouchers if self.rows else ZERO

    @property
    def total_prizes_given(self) -> Decimal:
        return self.rows[-1].total_prizes_given if self.rows else ZERO

    def year_value(self, on: date) -> Decimal:
        """What the cap compares for the cap year holding ``on``, as of that day."""
        before = [row for row in self.rows if row.on <= on]
        if not before:
            return ZERO
        last = before[-1]
        counted = last.year_counted if last.cap_year == self.plan.cap.year_of(on) else ZERO
        return counted + last.year_pending

    def next_earning(self) -> tuple[int, Decimal]:
        """(draws, voucher dollars with bonus) the next success would earn, before the cap."""
        streak = self.streak + 1
        if self.plan.kind is CmKind.PRIZE:
            return self.plan.prize.draws_for(streak), ZERO
        voucher, bonus = self.plan.voucher.amount_for(streak)
        return 0, voucher + bonus

    def record_prize(self, prize: PrizeGiven) -> CmLedger:
        """This ledger with one more draw and the prize handed over."""
        return track(self.plan, (*self.events, prize), self.prescribed)


def track(
    plan: CmPlan, events: Iterable[CmEvent], prescribed: Prescribed = frozenset()
) -> CmLedger:
    """Compute the ledger. Events are taken in date order (same-day events in the order
    given); ``prescribed`` is a set, or a function from a day to the set on that day."""
    ordered = tuple(
        sorted(
            (e for e in events if plan.starts is None or event_date(e) >= plan.starts),
            key=event_date,
        )
    )
    _check_one_client(plan, ordered)
    ev = expected_value_per_draw(plan.prize.bowl)
    limit, margin = plan.cap.limit, plan.cap.warn_within
    rows: list[LedgerRow] = []
    streak = total_draws = total_drawn = outstanding = 0
    total_vouchers = total_prizes = year_counted = ZERO
    year: date | None = None
    for event in ordered:
        on = event_date(event)
        cap_year = plan.cap.year_of(on)
        if cap_year != year:
            year, year_counted = cap_year, ZERO
        findings: tuple[Finding, ...] = ()
        draws, voucher, bonus, prize_value, refused = 0, ZERO, ZERO, ZERO, False
        if isinstance(event, PrizeGiven):
            if plan.kind is not CmKind.PRIZE:
                raise ValidationError("This plan earns vouchers; it has no draws to record.")
            outcome, reason = Outcome.NEUTRAL, Reason.PRIZE_GIVEN
            prize_value = event.value
            total_drawn += 1
            outstanding = max(0, outstanding - 1)  # an extra draw is recorded, not owed
            total_prizes += prize_value
            year_counted += prize_value
        else:
            if isinstance(event, UrineScreen):
                on_day = prescribed(on) if callable(prescribed) else prescribed
                findings = screen_findings(event, on_day)
                outcome, reason = screen_outcome(plan, event, on_day)
            else:
                outcome, reason = attendance_outcome(plan, event)
            if outcome is Outcome.FAILURE:
                streak = 0
            elif outcome is Outcome.SUCCESS:
                streak += 1
                if plan.kind is CmKind.PRIZE:
                    draws = plan.prize.draws_for(streak)
                    value = draws * ev
                else:
                    voucher, bonus = plan.voucher.amount_for(streak)
                    value = voucher + bonus
                if year_counted + outstanding * ev + value > limit:
                    draws, voucher, bonus, refused = 0, ZERO, ZERO, True
                total_draws += draws
                outstanding += draws
                total_vouchers += voucher + bonus
                year_counted += voucher + bonus
        pending = outstanding * ev
        rows.append(
            LedgerRow(
                event=event,
                on=on,
                outcome=outcome,
                reason=reason,
                findings=findings,
                streak=streak,
                draws=draws,
                draws_value=draws * ev,
                voucher=voucher,
                bonus=bonus,
                prize_value=prize_value,
                cap_refused=refused,
                total_draws=total_draws,
                total_drawn=total_drawn,
                draws_outstanding=outstanding,
                total_vouchers=total_vouchers,
                total_prizes_given=total_prizes,
                cap_year=cap_year,
                year_counted=year_counted,
                year_pending=pending,
                cap_warning=refused or year_counted + pending >= limit - margin,
                cap_reached=refused or year_counted + pending >= limit,
            )
        )
    return CmLedger(plan=plan, events=ordered, prescribed=prescribed, rows=tuple(rows))


def _check_one_client(plan: CmPlan, events: tuple[CmEvent, ...]) -> None:
    clients = {e.client_id for e in events if e.client_id is not None}
    if plan.client_id is not None:
        clients.add(plan.client_id)
    if len(clients) > 1:
        raise ValidationError("A CM ledger holds one client's events; these name several.")
