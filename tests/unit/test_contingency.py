"""Contingency management: schedules, resets, per-substance counting and the yearly cap."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from counselor_desk.domain.contingency import (
    Bowl,
    CmEvent,
    CmKind,
    CmPlan,
    Outcome,
    PrizeGiven,
    PrizeSchedule,
    Reason,
    SlipSize,
    VoucherSchedule,
    YearlyCap,
    draw,
    draw_session,
    expected_value_per_draw,
    track,
)
from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.screens import (
    ILLICIT_OPIOIDS,
    STIMULANTS,
    Attendance,
    AttendanceStatus,
    ScreenResult,
    Substance,
    UrineScreen,
    screen_results,
)

S = Substance
POS, NEG, INV = ScreenResult.POSITIVE, ScreenResult.NEGATIVE, ScreenResult.INVALID
START = date(2025, 1, 6)  # a Monday
BUP = frozenset({S.BUPRENORPHINE})
D = Decimal


def day(n: int) -> date:
    return START + timedelta(days=n)


def urine(n: int, **results: ScreenResult) -> UrineScreen:
    return UrineScreen("c1", day(n), screen_results({S(k): v for k, v in results.items()}))


def clean(n: int) -> UrineScreen:
    return urine(n, cocaine=NEG, amphetamines=NEG)


def dirty(n: int) -> UrineScreen:
    return urine(n, cocaine=POS, amphetamines=NEG)


def visit(n: int, status: AttendanceStatus) -> Attendance:
    return Attendance("c1", day(n), status)


def prize_plan(**kwargs: object) -> CmPlan:
    return CmPlan(CmKind.PRIZE, STIMULANTS, **kwargs)  # type: ignore[arg-type]


def voucher_plan(**kwargs: object) -> CmPlan:
    return CmPlan(CmKind.VOUCHER, STIMULANTS, **kwargs)  # type: ignore[arg-type]


def earned(plan: CmPlan, events: Sequence[CmEvent]) -> list[Decimal]:
    return [row.earned for row in track(plan, events).rows]


# --- the bowl ---------------------------------------------------------------------------


def test_default_bowl_matches_the_published_fishbowl() -> None:
    bowl = Bowl()
    assert bowl.total == 500
    assert [bowl.count(s) for s in SlipSize] == [250, 209, 40, 1]
    # (209 x $1 + 40 x $20 + 1 x $100) / 500
    assert expected_value_per_draw(bowl) == D("2.218")


def test_expected_value_follows_an_edited_bowl() -> None:
    bowl = Bowl(good_job=2, small=1, large=1, jumbo=0, small_value=D(2), large_value=D(10))
    assert expected_value_per_draw(bowl) == D(3)


def test_draws_follow_the_bowl_proportions() -> None:
    rng = random.Random(7)
    counts = Counter(draw(Bowl(), rng) for _ in range(20_000))
    assert abs(counts[SlipSize.GOOD_JOB] / 20_000 - 0.5) < 0.02
    assert abs(counts[SlipSize.SMALL] / 20_000 - 0.418) < 0.02
    assert abs(counts[SlipSize.LARGE] / 20_000 - 0.08) < 0.01
    assert counts[SlipSize.JUMBO] < 100  # 1 in 500: about 40 expected
    only_jumbo = Bowl(good_job=0, small=0, large=0, jumbo=3)
    assert {draw(only_jumbo, rng) for _ in range(50)} == {SlipSize.JUMBO}


def test_a_draw_session_does_not_put_slips_back_until_it_ends() -> None:
    bowl = Bowl(good_job=1, small=1, large=1, jumbo=1)
    for seed in range(20):
        assert sorted(draw_session(bowl, 4, random.Random(seed))) == sorted(SlipSize)
    with pytest.raises(ValidationError):
        draw_session(bowl, 5, random.Random(0))


@pytest.mark.parametrize(
    "kwargs",
    [
        {"good_job": 0, "small": 0, "large": 0, "jumbo": 0},
        {"small": -1},
        {"large_value": D(-5)},
        {"jumbo_value": "lots"},
    ],
)
def test_impossible_bowls_are_refused(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        Bowl(**kwargs)  # type: ignore[arg-type]


# --- prize draws ------------------------------------------------------------------------


def test_thirty_successes_climb_from_one_to_eight_draws_and_stay() -> None:
    ledger = track(prize_plan(), [clean(n) for n in range(30)])
    assert [row.draws for row in ledger.rows] == [1, 2, 3, 4, 5, 6, 7, 8] + [8] * 22
    assert [row.streak for row in ledger.rows] == list(range(1, 31))
    assert ledger.total_draws == 36 + 8 * 22
    assert ledger.draws_outstanding == ledger.total_draws
    assert all(row.voucher == 0 and row.bonus == 0 for row in ledger.rows)


def test_a_failure_earns_nothing_and_resets_draws_to_one() -> None:
    events = [clean(n) for n in range(10)] + [dirty(10)] + [clean(n) for n in range(11, 14)]
    rows = track(prize_plan(), events).rows
    assert [row.draws for row in rows] == [1, 2, 3, 4, 5, 6, 7, 8, 8, 8, 0, 1, 2, 3]
    assert rows[10].outcome is Outcome.FAILURE
    assert rows[10].reason is Reason.TARGET_POSITIVE
    assert rows[10].streak == 0


def test_edited_prize_schedule_is_honoured() -> None:
    schedule = PrizeSchedule(first_draws=2, step=3, max_draws=10)
    rows = track(prize_plan(prize=schedule), [clean(n) for n in range(6)]).rows
    assert [row.draws for row in rows] == [2, 5, 8, 10, 10, 10]
    flat = PrizeSchedule(first_draws=3, step=0, max_draws=3)
    assert [r.draws for r in track(prize_plan(prize=flat), [clean(0), clean(1)]).rows] == [3, 3]


def test_prize_schedule_refuses_a_ceiling_below_the_start() -> None:
    with pytest.raises(ValidationError):
        PrizeSchedule(first_draws=4, max_draws=3)
    with pytest.raises(ValidationError):
        PrizeSchedule(first_draws=0)


def test_prizes_given_are_counted_and_reduce_the_draws_owed() -> None:
    events: list[CmEvent] = [clean(0), clean(1)]  # 1 + 2 draws
    ledger = track(prize_plan(), events)
    ledger = ledger.record_prize(PrizeGiven(day(1), SlipSize.SMALL, D(1)))
    ledger = ledger.record_prize(PrizeGiven(day(1), SlipSize.GOOD_JOB, D(0)))
    last = ledger.rows[-1]
    assert (last.total_draws, last.total_drawn, last.draws_outstanding) == (3, 2, 1)
    assert last.total_prizes_given == D(1)
    assert last.year_counted == D(1)
    assert last.year_pending == D("2.218")
    assert last.reason is Reason.PRIZE_GIVEN and last.outcome is Outcome.NEUTRAL
    assert last.streak == 2  # a prize does not touch the streak


def test_record_prize_is_the_same_as_tracking_with_the_prize() -> None:
    prize = PrizeGiven(day(2), SlipSize.LARGE, D(20), id="p1")
    events: list[CmEvent] = [clean(0), clean(1), clean(3)]
    by_method = track(prize_plan(), events).record_prize(prize)
    by_track = track(prize_plan(), [*events, prize])
    assert by_method.rows == by_track.rows
    assert [row.on for row in by_method.rows] == [day(0), day(1), day(2), day(3)]


def test_a_good_job_slip_carries_no_prize_and_vouchers_have_no_draws() -> None:
    with pytest.raises(ValidationError):
        PrizeGiven(day(0), SlipSize.GOOD_JOB, D(1))
    with pytest.raises(ValidationError):
        track(voucher_plan(), [clean(0), PrizeGiven(day(0), SlipSize.SMALL, D(1))])


# --- vouchers ---------------------------------------------------------------------------

# Hand-computed: $2.50, +$1.25 each, +$10 on the 3rd, 6th, 9th and 12th in a row.
VOUCHER_TABLE = [
    # streak, voucher, bonus, running total
    (1, "2.50", "0", "2.50"),
    (2, "3.75", "0", "6.25"),
    (3, "5.00", "10", "21.25"),
    (4, "6.25", "0", "27.50"),
    (5, "7.50", "0", "35.00"),
    (6, "8.75", "10", "53.75"),
    (7, "10.00", "0", "63.75"),
    (8, "11.25", "0", "75.00"),
    (9, "12.50", "10", "97.50"),
    (10, "13.75", "0", "111.25"),
    (11, "15.00", "0", "126.25"),
    (12, "16.25", "10", "152.50"),
]


def test_twelve_vouchers_match_the_hand_computed_table() -> None:
    rows = track(voucher_plan(), [clean(n) for n in range(12)]).rows
    got = [(r.streak, r.voucher, r.bonus, r.total_vouchers) for r in rows]
    assert got == [(s, D(v), D(b), D(t)) for s, v, b, t in VOUCHER_TABLE]
    assert all(r.draws == 0 for r in rows)


def test_a_failure_sends_vouchers_back_to_the_first_amount() -> None:
    events = [clean(0), clean(1), clean(2), clean(3), dirty(4), clean(5), clean(6), clean(7)]
    assert earned(voucher_plan(), events) == [
        D("2.50"),
        D("3.75"),
        D("15.00"),
        D("6.25"),
        D(0),
        D("2.50"),
        D("3.75"),
        D("15.00"),  # a new third in a row earns the bonus again
    ]


def test_edited_voucher_schedule_is_honoured() -> None:
    schedule = VoucherSchedule(first=D(5), step=D(2), bonus=D(3), bonus_every=2, max_amount=D(10))
    events = [clean(n) for n in range(6)]
    assert earned(voucher_plan(voucher=schedule), events) == [
        D(5),
        D(7) + 3,
        D(9),
        D(10) + 3,  # the ceiling holds the voucher; the bonus is on top
        D(10),
        D(10) + 3,
    ]
    no_bonus = VoucherSchedule(bonus_every=0)
    assert earned(voucher_plan(voucher=no_bonus), events[:3]) == [D("2.50"), D("3.75"), D(5)]


def test_voucher_schedule_refuses_bad_amounts() -> None:
    with pytest.raises(ValidationError):
        VoucherSchedule(first=D(-1))
    with pytest.raises(ValidationError):
        VoucherSchedule(first=D(5), max_amount=D(4))
    with pytest.raises(ValidationError):
        VoucherSchedule(bonus_every=-1)


def test_next_earning_tells_what_the_next_success_brings() -> None:
    assert track(voucher_plan(), [clean(0), clean(1)]).next_earning() == (0, D(15))
    assert track(prize_plan(), [clean(n) for n in range(9)]).next_earning() == (8, D(0))
    assert track(prize_plan(), []).next_earning() == (1, D(0))


# --- what counts: per substance, refused, missed, attendance ----------------------------


def opioid_plan(kind: CmKind = CmKind.VOUCHER, *extra: Substance) -> CmPlan:
    return CmPlan(kind, ILLICIT_OPIOIDS | set(extra))


def test_prescribed_buprenorphine_positive_does_not_stop_a_success() -> None:
    plan = opioid_plan(CmKind.VOUCHER, S.BUPRENORPHINE, S.METHADONE)
    screen = urine(0, buprenorphine=POS, fentanyl=NEG, opiates=NEG, oxycodone=NEG)
    row = track(plan, [screen], BUP).rows[0]
    assert row.outcome is Outcome.SUCCESS
    assert row.reason is Reason.TARGETS_NEGATIVE
    assert row.earned == D("2.50")


def test_prescribed_medication_alone_is_neither_success_nor_failure() -> None:
    plan = opioid_plan(CmKind.VOUCHER, S.BUPRENORPHINE)
    events = [clean_opioids(0), clean_opioids(1), urine(2, buprenorphine=POS)]
    rows = track(plan, events, BUP).rows
    assert (rows[2].outcome, rows[2].reason) == (Outcome.NEUTRAL, Reason.NO_TARGET_TESTED)
    assert rows[2].streak == 2 and rows[2].earned == 0


def clean_opioids(n: int) -> UrineScreen:
    return urine(n, buprenorphine=POS, fentanyl=NEG, opiates=NEG, oxycodone=NEG)


def test_fentanyl_positive_is_a_failure_even_on_buprenorphine() -> None:
    events = [clean_opioids(0), clean_opioids(1), urine(2, buprenorphine=POS, fentanyl=POS)]
    rows = track(opioid_plan(), events, BUP).rows
    assert rows[2].outcome is Outcome.FAILURE
    assert rows[2].reason is Reason.TARGET_POSITIVE
    assert rows[2].streak == 0 and rows[2].earned == 0


def test_methadone_positive_for_a_buprenorphine_client_is_a_failure_when_targeted() -> None:
    plan = opioid_plan(CmKind.VOUCHER, S.METHADONE)
    screen = urine(0, buprenorphine=POS, methadone=POS, fentanyl=NEG)
    assert track(plan, [screen], BUP).rows[0].outcome is Outcome.FAILURE
    # The same methadone is expected once the client is on methadone.
    on_methadone = frozenset({S.BUPRENORPHINE, S.METHADONE})
    assert track(plan, [screen], on_methadone).rows[0].outcome is Outcome.SUCCESS


def test_the_prescription_is_read_on_the_day_of_each_screen() -> None:
    switch = day(2)
    plan = opioid_plan(CmKind.VOUCHER, S.METHADONE, S.BUPRENORPHINE)

    def prescribed(on: date) -> frozenset[Substance]:
        return frozenset({S.METHADONE}) if on < switch else BUP

    events = [urine(0, methadone=POS, fentanyl=NEG), urine(3, methadone=POS, fentanyl=NEG)]
    rows = track(plan, events, prescribed).rows
    assert [r.outcome for r in rows] == [Outcome.SUCCESS, Outcome.FAILURE]


def test_positives_outside_the_targets_do_not_count() -> None:
    screen = urine(0, cocaine=NEG, amphetamines=NEG, cannabis=POS)
    row = track(voucher_plan(), [screen]).rows[0]
    assert row.outcome is Outcome.SUCCESS
    assert [f.substance for f in row.findings] == [S.CANNABIS]  # still shown


@pytest.mark.parametrize(
    ("screen", "reason"),
    [
        (UrineScreen("c1", day(3), refused=True), Reason.SCREEN_REFUSED),
        (UrineScreen("c1", day(3), missed=True), Reason.SCREEN_MISSED),
    ],
)
def test_refused_and_missed_screens_are_failures(screen: UrineScreen, reason: Reason) -> None:
    rows = track(voucher_plan(), [clean(0), clean(1), clean(2), screen, clean(4)]).rows
    assert (rows[3].outcome, rows[3].reason, rows[3].streak) == (Outcome.FAILURE, reason, 0)
    assert rows[4].earned == D("2.50")


def test_an_invalid_target_reading_or_no_target_tested_is_neutral() -> None:
    events = [clean(0), urine(1, cocaine=INV, amphetamines=NEG), urine(2, alcohol=NEG), clean(3)]
    rows = track(voucher_plan(), events).rows
    assert [(r.outcome, r.reason) for r in rows[1:3]] == [
        (Outcome.NEUTRAL, Reason.TARGET_INVALID),
        (Outcome.NEUTRAL, Reason.NO_TARGET_TESTED),
    ]
    assert [r.streak for r in rows] == [1, 1, 1, 2]
    assert rows[3].earned == D("3.75")


def test_reinforced_attendance_earns_and_a_no_show_resets() -> None:
    plan = voucher_plan(reinforce_attendance=True)
    a, e, n = AttendanceStatus.ATTENDED, AttendanceStatus.EXCUSED, AttendanceStatus.NO_SHOW
    events: list[CmEvent] = [visit(0, a), clean(1), visit(2, e), visit(3, a), visit(4, n)]
    events.append(visit(5, a))
    rows = track(plan, events).rows
    assert [r.outcome for r in rows] == [
        Outcome.SUCCESS,
        Outcome.SUCCESS,
        Outcome.NEUTRAL,  # excused: no reset, no earning
        Outcome.SUCCESS,
        Outcome.FAILURE,
        Outcome.SUCCESS,
    ]
    assert [r.streak for r in rows] == [1, 2, 2, 3, 0, 1]
    assert [r.earned for r in rows] == [D("2.50"), D("3.75"), 0, D(15), 0, D("2.50")]


def test_attendance_is_neutral_when_the_plan_does_not_reinforce_it() -> None:
    events: list[CmEvent] = [clean(0), visit(1, AttendanceStatus.NO_SHOW), clean(2)]
    events.append(visit(3, AttendanceStatus.ATTENDED))
    rows = track(voucher_plan(), events).rows
    assert rows[1].reason is rows[3].reason is Reason.ATTENDANCE_NOT_REINFORCED
    assert [r.streak for r in rows] == [1, 1, 2, 2]


def test_a_scheduled_session_not_yet_held_is_neutral() -> None:
    plan = voucher_plan(reinforce_attendance=True)
    row = track(plan, [visit(0, AttendanceStatus.SCHEDULED)]).rows[0]
    assert (row.outcome, row.reason, row.streak) == (Outcome.NEUTRAL, Reason.NOT_YET_HELD, 0)


def test_attendance_only_plan_treats_screens_as_neutral() -> None:
    plan = CmPlan(CmKind.PRIZE, frozenset(), reinforce_attendance=True)
    rows = track(plan, [dirty(0), visit(1, AttendanceStatus.ATTENDED)]).rows
    assert rows[0].reason is Reason.NO_TARGET_TESTED
    assert rows[1].draws == 1


def test_a_plan_must_reinforce_something() -> None:
    with pytest.raises(ValidationError):
        CmPlan(CmKind.VOUCHER, frozenset())
    with pytest.raises(ValidationError):
        CmPlan("cash", STIMULANTS)  # type: ignore[arg-type]


# --- ordering, plan start, one client ---------------------------------------------------


def test_events_are_taken_in_date_order() -> None:
    rows = track(voucher_plan(), [clean(2), dirty(1), clean(0)]).rows
    assert [r.on for r in rows] == [day(0), day(1), day(2)]
    assert [r.streak for r in rows] == [1, 0, 1]


def test_events_before_the_plan_starts_are_left_out() -> None:
    rows = track(voucher_plan(starts=day(2)), [clean(0), clean(1), clean(2)]).rows
    assert len(rows) == 1 and rows[0].earned == D("2.50")


def test_one_ledger_holds_one_client() -> None:
    other = UrineScreen("c2", day(1), screen_results({S.COCAINE: NEG}))
    with pytest.raises(ValidationError):
        track(voucher_plan(), [clean(0), other])
    with pytest.raises(ValidationError):
        track(voucher_plan(client_id="c9"), [clean(0)])


# --- the yearly cap ---------------------------------------------------------------------


def weekly_clean(weeks: int, start: int = 0) -> list[UrineScreen]:
    return [clean(start + 7 * w) for w in range(weeks)]


def test_default_cap_warns_near_750_and_refuses_what_would_pass_it() -> None:
    events: list[CmEvent] = [*weekly_clean(32), dirty(7 * 32), clean(7 * 33)]
    assert all(e.collected.year == 2025 for e in events if isinstance(e, UrineScreen))
    rows = track(voucher_plan(), events).rows
    # Hand-computed: 29 in a row come to $670.00; the 30th ($37.50 + $10) to $718.75.
    assert (rows[28].year_counted, rows[28].cap_warning) == (D("670.00"), False)
    assert (rows[29].year_counted, rows[29].cap_warning) == (D("718.75"), True)
    assert not rows[29].cap_reached
    # The 31st ($40.00) would pass $750: refused whole, and the 32nd too.
    for row in rows[30:32]:
        assert row.outcome is Outcome.SUCCESS and row.cap_refused and row.cap_reached
        assert row.earned == 0 and row.year_counted == D("718.75")
    assert [r.streak for r in rows[29:32]] == [30, 31, 32]
    # After a reset, a $2.50 voucher still fits under the cap.
    assert rows[33].earned == D("2.50") and rows[33].year_counted == D("721.25")
    assert not rows[33].cap_refused and rows[33].cap_warning
    assert max(r.year_counted for r in rows) <= D(750)


def test_the_cap_year_boundary_resets_what_counts() -> None:
    plan = voucher_plan(cap=YearlyCap(limit=D(20), warn_within=D(5)))
    events = [clean(n) for n in range(3)] + [
        UrineScreen("c1", date(2026, 1, 1), screen_results({S.COCAINE: NEG}))
    ]
    rows = track(plan, events).rows
    # $2.50 + $3.75 = $6.25; the third ($15) would make $21.25 > $20: refused.
    assert [r.earned for r in rows[:3]] == [D("2.50"), D("3.75"), 0]
    assert rows[2].cap_refused
    # New year: the streak carries on (4th in a row, $6.25) and the count starts over.
    assert rows[3].cap_year == date(2026, 1, 1)
    assert (rows[3].streak, rows[3].earned, rows[3].year_counted) == (4, D("6.25"), D("6.25"))
    assert rows[3].total_vouchers == D("12.50")


def test_an_edited_cap_year_can_start_mid_year() -> None:
    cap = YearlyCap(limit=D(10), warn_within=D(0), year_start_month=7, year_start_day=1)
    assert cap.year_of(date(2025, 6, 30)) == date(2024, 7, 1)
    assert cap.year_of(date(2025, 7, 1)) == date(2025, 7, 1)
    plan = voucher_plan(cap=cap, voucher=VoucherSchedule(step=D(0), bonus_every=0))
    june = [UrineScreen("c1", date(2025, 6, d), screen_results({S.COCAINE: NEG})) for d in (1, 8)]
    july = UrineScreen("c1", date(2025, 7, 1), screen_results({S.COCAINE: NEG}))
    rows = track(plan, [*june, july]).rows
    assert [r.year_counted for r in rows] == [D("2.50"), D("5.00"), D("2.50")]


def test_february_29_cannot_start_a_cap_year() -> None:
    with pytest.raises(ValidationError):
        YearlyCap(year_start_month=2, year_start_day=29)


def test_prize_cap_counts_draws_owed_at_their_expected_value() -> None:
    plan = prize_plan(cap=YearlyCap(limit=D(20), warn_within=D(5)))
    rows = track(plan, [clean(n) for n in range(4)]).rows
    # 1, 2, 3 draws x $2.218 = $13.308 pending; 4 more ($8.872) would pass $20.
    assert [r.draws for r in rows] == [1, 2, 3, 0]
    assert rows[2].year_pending == D("13.308") and not rows[2].cap_warning
    assert rows[3].cap_refused and rows[3].draws_outstanding == 6


def test_prize_cap_counts_what_was_actually_given() -> None:
    plan = prize_plan(cap=YearlyCap(limit=D(115), warn_within=D(15)))
    ledger = track(plan, [clean(0), clean(1)])  # 3 draws owed
    ledger = ledger.record_prize(PrizeGiven(day(1), SlipSize.JUMBO, D(100)))
    row = ledger.rows[-1]
    assert row.year_counted == D(100)
    assert row.year_pending == 2 * D("2.218")
    assert row.cap_warning and not row.cap_reached  # $104.436 is within $15 of $115
    assert ledger.year_value(day(1)) == D("104.436")
    assert ledger.year_value(date(2026, 1, 1)) == 2 * D("2.218")  # pending carries on
    assert ledger.year_value(date(2024, 1, 1)) == 0
    # 3 draws ($6.654) still fit; the next 4 ($8.872) would not.
    ledger = track(plan, [*ledger.events, clean(2), clean(3)])
    assert [r.draws for r in ledger.rows[-2:]] == [3, 0]
    assert ledger.rows[-1].cap_refused


# --- properties over random sequences ---------------------------------------------------

STATUSES = list(AttendanceStatus)
RESULTS = list(ScreenResult)


@st.composite
def histories(draw_: st.DrawFn) -> tuple[CmPlan, list[CmEvent]]:
    kind = draw_(st.sampled_from(CmKind))
    targets = draw_(st.frozensets(st.sampled_from(Substance), max_size=4))
    reinforce = draw_(st.booleans()) or not targets
    limit = draw_(st.sampled_from([D(30), D(100), D(750)]))
    plan = CmPlan(kind, targets, reinforce, cap=YearlyCap(limit=limit))
    events: list[CmEvent] = []
    for n in range(draw_(st.integers(0, 60))):
        on = START + timedelta(days=n * draw_(st.integers(1, 20)))
        choice = draw_(st.integers(0, 9))
        if choice < 5:
            tested = draw_(st.dictionaries(st.sampled_from(Substance), st.sampled_from(RESULTS)))
            events.append(UrineScreen("c1", on, screen_results(tested)))
        elif choice == 5:
            refused = draw_(st.booleans())
            events.append(UrineScreen("c1", on, refused=refused, missed=not refused))
        elif choice < 9:
            events.append(Attendance("c1", on, draw_(st.sampled_from(STATUSES))))
        elif kind is CmKind.PRIZE:
            size = draw_(st.sampled_from(SlipSize))
            events.append(PrizeGiven(on, size, Bowl().value(size)))
    return plan, events


@settings(max_examples=150, deadline=None)
@given(histories(), st.sampled_from([frozenset(), BUP]))
def test_ledger_invariants_hold_for_any_history(
    history: tuple[CmPlan, list[CmEvent]], prescribed: frozenset[Substance]
) -> None:
    plan, events = history
    rows = track(plan, events, prescribed).rows
    run = 0
    for row in rows:
        if row.outcome is Outcome.SUCCESS:
            run += 1
        elif row.outcome is Outcome.FAILURE:
            run = 0
        assert row.streak == run  # successes since the last failure, never more
        assert row.draws >= 0 and row.voucher >= 0 and row.bonus >= 0
        assert 0 <= row.draws <= plan.prize.max_draws
        assert row.draws_outstanding >= 0 and row.year_pending >= 0
        if row.outcome is not Outcome.SUCCESS:
            assert row.draws == 0 and row.earned == 0
        if plan.kind is CmKind.VOUCHER:
            assert row.draws == 0
            assert row.year_counted <= plan.cap.limit  # vouchers never pass the cap
        else:
            assert row.earned == 0
        if row.cap_reached:
            assert row.cap_warning
    if rows:
        last = rows[-1]
        assert last.total_draws == sum(r.draws for r in rows)
        assert last.total_vouchers == sum((r.earned for r in rows), D(0))
        assert last.total_prizes_given == sum((r.prize_value for r in rows), D(0))
        assert last.total_drawn == sum(isinstance(r.event, PrizeGiven) for r in rows)
        this_year = [r for r in rows if r.cap_year == last.cap_year]
        counted = sum((r.earned + r.prize_value for r in this_year), D(0))
        assert last.year_counted == counted
