"""Urine drug screens, attendance and contingency management in the vault: the repository,
the Screening service (audited writes, the ledger computed from stored events, the cap,
who is due today), their round trip through counselor-desk/1 with every bad value named
by its JSON path, and the migration that adds them. Real SQLCipher vaults in tmp_path."""

from __future__ import annotations

import copy
import uuid
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Protocol

import pytest

from counselor_desk.domain.contingency import (
    Bowl,
    CmKind,
    CmPlan,
    Outcome,
    PrizeGiven,
    PrizeSchedule,
    Reason,
    SlipSize,
    VoucherSchedule,
    YearlyCap,
)
from counselor_desk.domain.errors import InvalidImport, RecordNotFound, ValidationError
from counselor_desk.domain.records import (
    Client,
    Medication,
    MedicationEntry,
    Session,
    SessionKind,
)
from counselor_desk.domain.screens import (
    ILLICIT_OPIOIDS,
    STIMULANTS,
    Attendance,
    AttendanceStatus,
    FindingKind,
    ScreenResult,
    Substance,
    UrineScreen,
    screen_results,
)
from counselor_desk.services import interchange
from counselor_desk.services.backups import Secret
from counselor_desk.services.caseload import Caseload
from counselor_desk.services.rotation import rotate_key
from counselor_desk.services.screening import DueReason, Screening, cap_status
from counselor_desk.vault import migrations
from counselor_desk.vault import screening as repo
from counselor_desk.vault.backup import list_backups, read_manifest
from counselor_desk.vault.keyslots import KdfParams
from counselor_desk.vault.store import Vault, unlock_with_passphrase

S = Substance
POS, NEG, INV = ScreenResult.POSITIVE, ScreenResult.NEGATIVE, ScreenResult.INVALID
D = Decimal
TARGETS = ILLICIT_OPIOIDS | STIMULANTS


class FixedClock(Protocol):
    now: datetime

    def __call__(self) -> datetime: ...

    def advance(self, **delta: float) -> datetime: ...


@pytest.fixture
def vault(make_vault: Callable[..., Vault], clock: FixedClock) -> Vault:
    return make_vault(clock=clock)


@pytest.fixture
def caseload(vault: Vault) -> Caseload:
    return Caseload(vault)


@pytest.fixture
def screening(vault: Vault) -> Screening:
    return Screening(vault)


@pytest.fixture
def dana(caseload: Caseload) -> Client:
    """On buprenorphine since January 10, 2026."""
    client = caseload.add_client(Client("Dana R."))
    caseload.start_medication(
        MedicationEntry(client.id, Medication.BUPRENORPHINE, date(2026, 1, 10), dose="16 mg")
    )
    return client


def screen(client: Client, day: date, **results: ScreenResult) -> UrineScreen:
    return UrineScreen(client.id, day, screen_results({S(k): v for k, v in results.items()}))


def actions(vault: Vault) -> list[tuple[str, str | None, str | None]]:
    return [(e.action, e.subject, e.detail) for e in reversed(vault.audit.entries(vault.conn))]


# -- repository -----------------------------------------------------------------------------


def test_a_screen_is_stored_in_panel_order_and_corrected_in_place(
    vault: Vault, screening: Screening, dana: Client, clock: FixedClock
) -> None:
    given = UrineScreen(
        dana.id,
        date(2026, 3, 2),
        ((S.COCAINE, NEG), (S.BUPRENORPHINE, POS), (S.FENTANYL, INV)),
        observed=True,
        notes="Cup read at 5 minutes",
    )
    saved = screening.record_screen(given)
    assert saved.created_at == saved.updated_at == clock.now
    stored = vault.conn.execute("SELECT results FROM urine_screens").fetchone()[0]
    assert stored == '{"buprenorphine":"positive","fentanyl":"invalid","cocaine":"negative"}'
    assert screening.screen(saved.id) == saved

    clock.advance(hours=2)
    lab = screening.update_screen(
        UrineScreen(
            dana.id,
            saved.collected,
            ((S.BUPRENORPHINE, POS), (S.FENTANYL, NEG), (S.COCAINE, NEG)),
            observed=True,
            id=saved.id,
            notes="Lab: fentanyl negative",
        )
    )
    assert lab.created_at == saved.created_at and lab.updated_at == clock.now
    [again] = screening.screens(dana.id)
    assert again.result(S.FENTANYL) is NEG and again.notes == "Lab: fentanyl negative"
    with pytest.raises(ValidationError, match="another client"):
        other = Caseload(vault).add_client(Client("Marcus T."))
        screening.update_screen(UrineScreen(other.id, saved.collected, id=saved.id))


def test_screens_and_attendance_list_oldest_first_and_refuse_unknown_records(
    vault: Vault, screening: Screening, caseload: Caseload, dana: Client, clock: FixedClock
) -> None:
    for day in (9, 2, 5):
        clock.advance(minutes=1)
        screening.record_screen(screen(dana, date(2026, 3, day), fentanyl=NEG))
    screening.record_screen(UrineScreen(dana.id, date(2026, 3, 12), refused=True))
    assert [(s.collected.day, s.refused) for s in screening.screens(dana.id)] == [
        (2, False),
        (5, False),
        (9, False),
        (12, True),
    ]
    with pytest.raises(RecordNotFound):
        screening.record_screen(UrineScreen("no-such-client", date(2026, 3, 1)))
    with pytest.raises(RecordNotFound):
        screening.screen("nope")

    marcus = caseload.add_client(Client("Marcus T."))
    his_session = caseload.add_session(
        Session(
            marcus.id, datetime.fromisoformat("2026-03-03T16:00:00+00:00"), 50, SessionKind.GROUP
        )
    )
    with pytest.raises(ValidationError, match="another client"):
        screening.record_attendance(
            Attendance(dana.id, date(2026, 3, 3), AttendanceStatus.ATTENDED, his_session.id)
        )
    assert vault.conn.execute("SELECT count(*) FROM attendance").fetchone()[0] == 0
    scheduled = screening.record_attendance(
        Attendance(dana.id, date(2026, 3, 10), AttendanceStatus.SCHEDULED)
    )
    screening.record_attendance(Attendance(dana.id, date(2026, 3, 3), AttendanceStatus.NO_SHOW))
    clock.advance(days=1)
    marked = screening.update_attendance(
        Attendance(dana.id, scheduled.on, AttendanceStatus.ATTENDED, id=scheduled.id)
    )
    assert marked.created_at == scheduled.created_at and marked.updated_at == clock.now
    assert [(a.on.day, a.status) for a in screening.attendance(dana.id)] == [
        (3, AttendanceStatus.NO_SHOW),
        (10, AttendanceStatus.ATTENDED),
    ]
    # The database itself refuses what the domain would.
    with pytest.raises(Exception, match="CHECK"):
        vault.conn.execute("UPDATE urine_screens SET refused=1, missed=1")


def test_an_edited_plan_is_kept_whole_and_can_end(
    vault: Vault, screening: Screening, dana: Client, clock: FixedClock
) -> None:
    plan = CmPlan(
        CmKind.VOUCHER,
        frozenset({S.FENTANYL, S.COCAINE}),
        reinforce_attendance=True,
        prize=PrizeSchedule(first_draws=2, step=2, max_draws=10, bowl=Bowl(good_job=100, jumbo=0)),
        voucher=VoucherSchedule(D("3.00"), D("1.50"), D("15"), 4, max_amount=D("20")),
        cap=YearlyCap(D("600"), D("75"), year_start_month=7, year_start_day=1),
        starts=date(2026, 2, 1),
    )
    saved = screening.set_cm_plan(dana.id, plan)
    assert saved is not None and saved.client_id == dana.id
    assert screening.cm_plan(dana.id) == saved
    stored = vault.conn.execute("SELECT plan FROM cm_plans").fetchone()[0]
    assert '"first":"3.00"' in stored and '"max_amount":"20"' in stored  # exact cents

    clock.advance(days=1)
    prizes = CmPlan(CmKind.PRIZE, frozenset({S.FENTANYL}))
    screening.set_cm_plan(dana.id, prizes)  # replaces the voucher plan
    assert screening.cm_plan(dana.id) == CmPlan(
        CmKind.PRIZE, frozenset({S.FENTANYL}), client_id=dana.id, id=prizes.id
    )
    created, updated = repo.plan_stamps(vault.conn, dana.id)
    assert created is not None and updated == clock.now and created < updated

    assert screening.set_cm_plan(dana.id, None) is None
    assert screening.cm_plan(dana.id) is None
    assert screening.ledger(dana.id) is None
    assert [a[0] for a in actions(vault) if "cm-plan" in a[0]] == [
        "set-cm-plan",
        "set-cm-plan",
        "end-cm-plan",
    ]


def test_every_write_is_audited_by_id_never_by_name(
    vault: Vault, screening: Screening, dana: Client
) -> None:
    first = screening.record_screen(screen(dana, date(2026, 3, 2), fentanyl=NEG))
    screening.update_screen(UrineScreen(dana.id, first.collected, first.results, id=first.id))
    visit = screening.record_attendance(
        Attendance(dana.id, date(2026, 3, 2), AttendanceStatus.SCHEDULED)
    )
    screening.update_attendance(
        Attendance(dana.id, visit.on, AttendanceStatus.ATTENDED, id=visit.id)
    )
    screening.set_cm_plan(dana.id, CmPlan(CmKind.PRIZE, TARGETS))
    prize = screening.record_prize(
        PrizeGiven(date(2026, 3, 2), SlipSize.SMALL, D("1"), client_id=dana.id)
    )
    written = [a for a in actions(vault) if a[0].split("-")[0] in ("record", "update", "set")]
    assert written == [
        ("record-screen", first.id, None),
        ("update-screen", first.id, None),
        ("record-attendance", visit.id, "scheduled"),
        ("update-attendance", visit.id, "attended"),
        ("set-cm-plan", dana.id, "prize"),
        ("record-prize", prize.id, "small"),
    ]
    everything = " ".join(str(e) for e in vault.audit.entries(vault.conn))
    assert "Dana" not in everything and "fentanyl" not in everything


# -- the ledger from stored events ---------------------------------------------------------


def test_ledger_counts_per_substance_for_a_buprenorphine_client(
    screening: Screening, dana: Client, clock: FixedClock
) -> None:
    screening.set_cm_plan(
        dana.id, CmPlan(CmKind.PRIZE, TARGETS | {S.BUPRENORPHINE}, reinforce_attendance=True)
    )
    events = [
        screen(dana, date(2026, 2, 2), buprenorphine=POS, fentanyl=NEG, cocaine=NEG),
        screen(dana, date(2026, 2, 5), buprenorphine=POS),  # only the medication tested
        screen(dana, date(2026, 2, 9), buprenorphine=POS, fentanyl=NEG, oxycodone=NEG),
        screen(dana, date(2026, 2, 12), buprenorphine=POS, fentanyl=POS),  # fentanyl counts
        screen(dana, date(2026, 2, 16), buprenorphine=NEG, opiates=NEG, cannabis=POS),
    ]
    for event in events:
        clock.advance(minutes=1)
        screening.record_screen(event)
    clock.advance(minutes=1)
    screening.record_attendance(Attendance(dana.id, date(2026, 2, 16), AttendanceStatus.ATTENDED))

    ledger = screening.ledger(dana.id)
    assert ledger is not None
    assert [(r.outcome, r.reason, r.streak, r.draws) for r in ledger.rows] == [
        (Outcome.SUCCESS, Reason.TARGETS_NEGATIVE, 1, 1),
        (Outcome.NEUTRAL, Reason.NO_TARGET_TESTED, 1, 0),  # neither success nor failure
        (Outcome.SUCCESS, Reason.TARGETS_NEGATIVE, 2, 2),
        (Outcome.FAILURE, Reason.TARGET_POSITIVE, 0, 0),
        (Outcome.SUCCESS, Reason.TARGETS_NEGATIVE, 1, 1),  # cannabis is not a target
        (Outcome.SUCCESS, Reason.ATTENDED, 2, 2),
    ]
    kinds = [{f.substance: f.kind for f in r.findings} for r in ledger.rows[:5]]
    assert kinds[0] == {S.BUPRENORPHINE: FindingKind.EXPECTED}
    assert kinds[3] == {S.BUPRENORPHINE: FindingKind.EXPECTED, S.FENTANYL: FindingKind.UNEXPECTED}
    assert kinds[4][S.BUPRENORPHINE] is FindingKind.MEDICATION_ABSENT
    assert ledger.total_draws == 6 and ledger.next_earning() == (3, D(0))

    # A prize drawn the same day as the success that earned it comes after it.
    screening.record_prize(
        PrizeGiven(date(2026, 2, 16), SlipSize.LARGE, D("20"), client_id=dana.id)
    )
    after = screening.ledger(dana.id)
    assert after is not None
    assert after.rows[-1].reason is Reason.PRIZE_GIVEN and after.rows[-1].streak == 2
    assert (after.total_drawn, after.draws_outstanding, after.total_prizes_given) == (1, 5, D(20))


def test_the_prescription_is_read_on_the_day_of_each_screen(
    screening: Screening, caseload: Caseload, dana: Client
) -> None:
    """A client moved from buprenorphine to methadone: methadone is expected only from the
    switch on, and buprenorphine, still targeted, counts again after its stop day."""
    [bup] = caseload.medications(dana.id)
    caseload.change_medication(
        bup.id, MedicationEntry(dana.id, Medication.METHADONE, date(2026, 3, 1), dose="60 mg")
    )
    screening.set_cm_plan(
        dana.id, CmPlan(CmKind.VOUCHER, frozenset({S.FENTANYL, S.METHADONE, S.BUPRENORPHINE}))
    )
    for day, results in (
        (date(2026, 2, 20), {"buprenorphine": POS, "methadone": POS, "fentanyl": NEG}),
        (date(2026, 3, 1), {"buprenorphine": POS, "methadone": POS, "fentanyl": NEG}),
        (date(2026, 3, 9), {"buprenorphine": NEG, "methadone": POS, "fentanyl": NEG}),
        (date(2026, 3, 16), {"buprenorphine": POS, "methadone": POS, "fentanyl": NEG}),
    ):
        screening.record_screen(screen(dana, day, **results))
    ledger = screening.ledger(dana.id)
    assert ledger is not None
    assert [r.outcome for r in ledger.rows] == [
        Outcome.FAILURE,  # methadone before it was prescribed
        Outcome.SUCCESS,  # the switch day expects both
        Outcome.SUCCESS,
        Outcome.FAILURE,  # buprenorphine after it stopped
    ]
    assert screening.prescribed(dana.id)(date(2026, 3, 1)) == {S.BUPRENORPHINE, S.METHADONE}


def test_voucher_totals_and_the_cap_warning_before_the_cap(
    screening: Screening, dana: Client, clock: FixedClock
) -> None:
    plan = CmPlan(CmKind.VOUCHER, STIMULANTS, cap=YearlyCap(D("60"), D("5")))
    screening.set_cm_plan(dana.id, plan)
    for n in range(7):
        clock.advance(minutes=1)
        screening.record_screen(screen(dana, date(2026, 4, 1 + 3 * n), cocaine=NEG))
    ledger = screening.ledger(dana.id)
    assert ledger is not None
    assert [r.earned for r in ledger.rows] == [
        D("2.50"),
        D("3.75"),
        D("15.00"),  # third in a row: $5.00 and the $10 bonus
        D("6.25"),
        D("7.50"),
        D("18.75"),  # $8.75 and the bonus
        D(0),  # $10.00 would pass $60: refused whole
    ]
    assert ledger.total_vouchers == D("53.75")
    assert [r.cap_refused for r in ledger.rows] == [False] * 6 + [True]

    early = cap_status(ledger, date(2026, 4, 13))
    assert (early.counted, early.warning, early.reached) == (D("35.00"), False, False)
    # $53.75 is not within $5 of $60, but the next $10.00 would pass it: warn now.
    near = cap_status(ledger, date(2026, 4, 16))
    assert near.warning and not near.reached and near.left == D("6.25")
    assert near.next_value == D("10.00")
    reached = cap_status(ledger, date(2026, 4, 19))
    assert reached.reached and not reached.warning
    assert reached.next_year_start == date(2027, 1, 1)
    new_year = cap_status(ledger, date(2027, 1, 2))
    assert new_year.counted == 0 and not new_year.reached


def test_prizes_need_a_prize_plan_that_counts_their_day(screening: Screening, dana: Client) -> None:
    prize = PrizeGiven(date(2026, 3, 2), SlipSize.SMALL, D("1"), client_id=dana.id)
    with pytest.raises(ValidationError, match="prize-draw plan"):
        screening.record_prize(prize)
    screening.set_cm_plan(dana.id, CmPlan(CmKind.PRIZE, TARGETS, starts=date(2026, 3, 5)))
    with pytest.raises(ValidationError, match="counts from 2026-03-05"):
        screening.record_prize(prize)
    screening.set_cm_plan(dana.id, CmPlan(CmKind.PRIZE, TARGETS))
    screening.record_prize(prize)

    # A voucher plan cannot count a day a prize was handed over…
    with pytest.raises(ValidationError, match="after the last prize"):
        screening.set_cm_plan(dana.id, CmPlan(CmKind.VOUCHER, TARGETS))
    # …but can start after it; the prize stays on record.
    screening.set_cm_plan(dana.id, CmPlan(CmKind.VOUCHER, TARGETS, starts=date(2026, 3, 3)))
    assert [p.id for p in screening.prizes(dana.id)] == [prize.id]
    assert screening.ledger(dana.id) is not None


# -- who is due today ---------------------------------------------------------------------


def test_due_today_lists_screens_and_sessions_by_the_documented_rule(
    screening: Screening, caseload: Caseload, dana: Client
) -> None:
    today = date(2026, 3, 20)
    # Dana: on buprenorphine, last screened 7 days ago → due.
    screening.record_screen(screen(dana, date(2026, 3, 13), fentanyl=NEG))
    # Marcus: screened 3 days ago, but the cup was invalid → retest.
    marcus = caseload.add_client(Client("Marcus T."))
    screening.record_screen(screen(marcus, date(2026, 3, 17), fentanyl=INV))
    # Ana: a CM plan for stimulants, never screened → due. Also a session today.
    ana = caseload.add_client(Client("Ana V."))
    screening.set_cm_plan(ana.id, CmPlan(CmKind.PRIZE, STIMULANTS))
    today_visit = screening.record_attendance(Attendance(ana.id, today, AttendanceStatus.SCHEDULED))
    # Bo: screened yesterday, no medication → nothing due; an old visit never marked.
    bo = caseload.add_client(Client("Bo K."))
    screening.record_screen(screen(bo, date(2026, 3, 19), cocaine=NEG))
    old_visit = screening.record_attendance(
        Attendance(bo.id, date(2026, 3, 16), AttendanceStatus.SCHEDULED)
    )
    screening.record_attendance(Attendance(bo.id, today, AttendanceStatus.ATTENDED))
    # Cy: no screen, no MAT, no plan → not in screening. Archived Tom: never listed.
    caseload.add_client(Client("Cy L."))
    tom = caseload.add_client(Client("Tom H.", archived=True))
    screening.record_screen(UrineScreen(tom.id, date(2026, 1, 1), missed=True))
    screening.record_attendance(Attendance(tom.id, today, AttendanceStatus.SCHEDULED))
    # Refused yesterday (even with an older clean screen) → retest.
    eve = caseload.add_client(Client("Eve N."))
    screening.record_screen(screen(eve, date(2026, 3, 18), fentanyl=NEG))
    screening.record_screen(UrineScreen(eve.id, date(2026, 3, 19), refused=True))

    due = [(d.display_name, d.reason, d.since, d.attendance_id) for d in screening.due_today(today)]
    assert due == [
        ("Ana V.", DueReason.SCREEN_NEVER, None, None),
        ("Ana V.", DueReason.SESSION_TODAY, today, today_visit.id),
        ("Bo K.", DueReason.SESSION_UNMARKED, date(2026, 3, 16), old_visit.id),
        ("Dana R.", DueReason.SCREEN_DUE, date(2026, 3, 13), None),
        ("Eve N.", DueReason.SCREEN_RETEST, date(2026, 3, 19), None),
        ("Marcus T.", DueReason.SCREEN_RETEST, date(2026, 3, 17), None),
    ]
    # One day earlier, Dana's last screen is six days old: not yet due.
    earlier = {(d.display_name, d.reason) for d in screening.due_today(date(2026, 3, 19))}
    assert ("Dana R.", DueReason.SCREEN_DUE) not in earlier
    assert ("Dana R.", DueReason.SCREEN_DUE) in {
        (d.display_name, d.reason)
        for d in screening.due_today(date(2026, 3, 19), screen_every_days=6)
    }


# -- interchange ----------------------------------------------------------------------------


def fill(vault: Vault, clock: FixedClock) -> Client:
    caseload, screening = Caseload(vault), Screening(vault)
    dana = caseload.add_client(Client("Dana R."))
    caseload.add_client(Client("Luis P."))  # nothing of these: no new keys in his record
    caseload.start_medication(
        MedicationEntry(dana.id, Medication.BUPRENORPHINE, date(2026, 1, 10), dose="16 mg")
    )
    session = caseload.add_session(
        Session(dana.id, datetime.fromisoformat("2026-02-03T16:00:00+00:00"), 50, SessionKind.GROUP)
    )
    screening.set_cm_plan(
        dana.id,
        CmPlan(
            CmKind.PRIZE,
            TARGETS,
            reinforce_attendance=True,
            prize=PrizeSchedule(max_draws=6, bowl=Bowl(small_value=D("1.50"))),
            cap=YearlyCap(D("500"), year_start_month=7),
            starts=date(2026, 2, 1),
        ),
    )
    for day, results in (
        (2, {"buprenorphine": POS, "fentanyl": NEG, "cocaine": NEG}),
        (9, {"buprenorphine": POS, "fentanyl": POS}),
        (5, {"buprenorphine": POS, "fentanyl": NEG, "amphetamines": INV}),
    ):
        clock.advance(minutes=1)
        screening.record_screen(
            UrineScreen(dana.id, date(2026, 2, day), screen_results(results), observed=day == 2)
        )
    screening.record_screen(UrineScreen(dana.id, date(2026, 2, 12), refused=True, notes="Left"))
    screening.record_attendance(
        Attendance(dana.id, date(2026, 2, 3), AttendanceStatus.ATTENDED, session.id)
    )
    screening.record_attendance(Attendance(dana.id, date(2026, 2, 10), AttendanceStatus.NO_SHOW))
    screening.record_attendance(Attendance(dana.id, date(2026, 3, 1), AttendanceStatus.SCHEDULED))
    clock.advance(minutes=1)
    screening.record_prize(
        PrizeGiven(date(2026, 2, 3), SlipSize.SMALL, D("1.50"), client_id=dana.id, notes="Bus pass")
    )
    clock.advance(minutes=1)
    screening.record_prize(PrizeGiven(date(2026, 2, 3), SlipSize.GOOD_JOB, D(0), client_id=dana.id))
    return dana


def without_exported_at(document: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in document.items() if k != "exported_at"}


def test_screens_attendance_plan_and_prizes_round_trip_identically(
    make_vault: Callable[..., Vault], clock: FixedClock
) -> None:
    first = make_vault("first", clock=clock)
    dana = fill(first, clock)
    exported = interchange.export_data(first)
    assert interchange.validate(exported) == []
    records = {c["display_name"]: c for c in exported["clients"]}
    luis = records["Luis P."]
    assert not {"urine_screens", "attendance", "cm_plan", "prizes_given"} & set(luis)
    record = records["Dana R."]
    assert [s["collected"] for s in record["urine_screens"]] == [
        "2026-02-02",
        "2026-02-05",
        "2026-02-09",
        "2026-02-12",
    ]
    assert record["urine_screens"][0]["results"] == {
        "buprenorphine": "positive",
        "fentanyl": "negative",
        "cocaine": "negative",
    }
    assert record["urine_screens"][3] | {"id": None} == {
        "id": None,
        "collected": "2026-02-12",
        "results": {},
        "observed": False,
        "refused": True,
        "missed": False,
        "notes": "Left",
        "created_at": "2024-05-06T09:33:00Z",
        "updated_at": "2024-05-06T09:33:00Z",
    }
    assert [a["status"] for a in record["attendance"]] == ["attended", "no-show", "scheduled"]
    assert record["attendance"][0]["session_id"] == record["sessions"][0]["id"]
    plan = record["cm_plan"]
    assert plan["prize"]["max_draws"] == 6 and plan["prize"]["bowl"]["small_value"] == "1.50"
    assert plan["cap"] == {
        "limit": "500",
        "warn_within": "50",
        "year_start_month": 7,
        "year_start_day": 1,
    }
    assert plan["target_substances"] == [
        "fentanyl",
        "opiates",
        "oxycodone",
        "cocaine",
        "amphetamines",
    ]
    assert [(p["size"], p["value"]) for p in record["prizes_given"]] == [
        ("small", "1.50"),
        ("good-job", "0"),
    ]

    second = make_vault("second", clock=clock)
    summary = interchange.import_data(second, copy.deepcopy(exported))
    assert (summary.urine_screens, summary.attendance, summary.cm_plans, summary.prizes_given) == (
        4,
        3,
        1,
        2,
    )
    assert "urine_screens=4 attendance=3 cm_plans=1 prizes_given=2" in summary.describe()
    again = interchange.export_data(second)
    assert without_exported_at(again) == without_exported_at(exported)

    # The imported vault computes the same ledger.
    before, after = Screening(first).ledger(dana.id), Screening(second).ledger(dana.id)
    assert before is not None and after is not None
    assert [(r.outcome, r.streak, r.draws) for r in after.rows] == [
        (r.outcome, r.streak, r.draws) for r in before.rows
    ]
    assert after.total_prizes_given == D("1.50")


def test_a_document_without_these_records_is_unchanged(
    make_vault: Callable[..., Vault], clock: FixedClock
) -> None:
    vault = make_vault(clock=clock)
    Caseload(vault).add_client(Client("Luis P."))
    document = interchange.export_data(vault)
    assert set(document["clients"][0]) == set(interchange._client_dict(Client("x"))) | {
        "medications",
        "sessions",
        "consents",
        "counseling_notes",
    }
    # Amounts may come as numbers, and every part of a plan may be left out.
    document["clients"][0]["cm_plan"] = {"kind": "voucher", "target_substances": ["cocaine"]}
    document["clients"][0]["prizes_given"] = [{"on": "2026-01-02", "size": "small", "value": 1.5}]
    document["clients"][0]["id"] = str(uuid.uuid4())
    target = make_vault("target", clock=clock)
    with pytest.raises(InvalidImport) as refused:
        interchange.import_data(target, document)
    [problem] = refused.value.problems
    assert problem.path == "$.clients[0].cm_plan.starts"
    document["clients"][0]["cm_plan"]["starts"] = "2026-01-03"
    interchange.import_data(target, document)
    [client] = Caseload(target).clients()
    plan = Screening(target).cm_plan(client.id)
    assert plan is not None and plan.voucher == VoucherSchedule() and plan.cap == YearlyCap()
    assert [p.value for p in Screening(target).prizes(client.id)] == [D("1.5")]


def test_import_refuses_bad_screens_plans_and_prizes_with_json_paths(
    make_vault: Callable[..., Vault], clock: FixedClock
) -> None:
    source = make_vault("source", clock=clock)
    fill(source, clock)
    good = interchange.export_data(source)
    index = next(i for i, c in enumerate(good["clients"]) if c["display_name"] == "Dana R.")
    at = f"$.clients[{index}]"
    other_session = str(uuid.uuid4())
    luis = next(c for c in good["clients"] if c["display_name"] == "Luis P.")
    luis["sessions"] = [
        {"id": other_session, "start": "2026-02-03T16:00:00Z", "minutes": 50, "kind": "group"}
    ]

    document = copy.deepcopy(good)
    dana = document["clients"][index]
    dana["urine_screens"][0]["results"]["lsd"] = "positive"
    dana["urine_screens"][1]["results"]["fentanyl"] = "maybe"
    dana["urine_screens"][2]["missed"] = True  # has results
    dana["urine_screens"][3]["missed"] = True  # and refused
    dana["attendance"][0]["status"] = "late"
    dana["attendance"][1]["session_id"] = other_session
    plan = dana["cm_plan"]
    plan["prize"]["max_draws"] = 0
    plan["prize"]["bowl"].update(good_job=0, small=0, large=0, jumbo=0)
    plan["voucher"]["first"] = "two fifty"
    plan["cap"].update(year_start_month=2, year_start_day=29)
    dana["prizes_given"][1]["value"] = "5"  # a good-job slip with a prize
    dana["prizes_given"][0]["size"] = "huge"

    target = make_vault("target", clock=clock)
    with pytest.raises(InvalidImport) as refused:
        interchange.import_data(target, document)
    problems = {p.path: p.message for p in refused.value.problems}
    assert set(problems) == {
        f"{at}.urine_screens[0].results.lsd",
        f"{at}.urine_screens[1].results.fentanyl",
        f"{at}.urine_screens[2].results",
        f"{at}.urine_screens[3].missed",
        f"{at}.attendance[0].status",
        f"{at}.attendance[1].session_id",
        f"{at}.cm_plan.prize.max_draws",
        f"{at}.cm_plan.prize.bowl",
        f"{at}.cm_plan.voucher.first",
        f"{at}.cm_plan.cap",
        f"{at}.prizes_given[1].value",
        f"{at}.prizes_given[0].size",
    }
    assert "check the spelling" in problems[f"{at}.urine_screens[0].results.lsd"]
    assert '"maybe" is not one of' in problems[f"{at}.urine_screens[1].results.fentanyl"]
    assert "missed screen has no results" in problems[f"{at}.urine_screens[2].results"]
    assert "refused or missed, not both" in problems[f"{at}.urine_screens[3].missed"]
    assert "belongs to another client" in problems[f"{at}.attendance[1].session_id"]
    assert "should be at least 1" in problems[f"{at}.cm_plan.prize.max_draws"]
    assert "at least one slip" in problems[f"{at}.cm_plan.prize.bowl"]
    assert '"two fifty" is not an amount of dollars' in problems[f"{at}.cm_plan.voucher.first"]
    assert "February 29" in problems[f"{at}.cm_plan.cap"]
    assert "good job" in problems[f"{at}.prizes_given[1].value"]
    # Nothing was written.
    for table in ("clients", "urine_screens", "attendance", "cm_plans", "prizes_given"):
        assert target.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0

    # A plan must reinforce something; existing ids are refused, never merged.
    document = copy.deepcopy(good)
    document["clients"][index]["cm_plan"].update(target_substances=[], reinforce_attendance=False)
    [problem] = interchange.validate(document)
    assert problem.path == f"{at}.cm_plan.target_substances" and "needs a target" in problem.message
    interchange.import_data(target, copy.deepcopy(good))
    document = copy.deepcopy(good)
    for record in document["clients"]:
        record["id"] = str(uuid.uuid4())
        for item in record["sessions"] + record["medications"]:
            item["id"] = str(uuid.uuid4())
        for item in record.get("attendance", []):
            item["session_id"] = None
    paths = [p.path for p in interchange.validate(document, target)]
    assert paths == [
        *(f"{at}.urine_screens[{i}].id" for i in range(4)),
        *(f"{at}.attendance[{i}].id" for i in range(3)),
        *(f"{at}.prizes_given[{i}].id" for i in range(2)),
    ]


# -- migration ------------------------------------------------------------------------------


def test_a_version_2_vault_is_backed_up_then_gains_the_tables(
    make_vault: Callable[..., Vault], passphrase: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:2])
        patch.setattr(migrations, "LATEST_VERSION", 2)
        old = make_vault()
        assert migrations.schema_version(old.conn) == 2
        client = Caseload(old).add_client(Client("Dana R."))
        old.lock()
    assert list_backups(old.folder) == []

    vault = unlock_with_passphrase(old.folder, passphrase)
    try:
        [made] = list_backups(vault.folder)
        assert read_manifest(made).schema_version == 2  # taken before the change
        assert migrations.schema_version(vault.conn) == migrations.LATEST_VERSION
        log = [a[0] for a in actions(vault)]
        assert log.index("backup") < log.index("migrate") < log.index("unlock")
        screening = Screening(vault)
        screening.record_screen(screen(client, date(2026, 3, 2), fentanyl=NEG))
        screening.set_cm_plan(client.id, CmPlan(CmKind.VOUCHER, TARGETS))
        ledger = screening.ledger(client.id)
        assert ledger is not None and ledger.total_vouchers == D("2.50")
        assert vault.integrity_problems() == []
    finally:
        vault.lock()


def test_screening_records_survive_a_key_rotation(
    make_vault: Callable[..., Vault], passphrase: str, clock: FixedClock
) -> None:
    vault = make_vault(clock=clock)
    dana = fill(vault, clock)
    before = interchange.export_data(vault)
    ledger = Screening(vault).ledger(dana.id)
    folder = vault.folder
    vault.lock()
    rotate_key(folder, Secret(passphrase=passphrase), passphrase, kdf=KdfParams(1, 1024, 1))

    again = unlock_with_passphrase(folder, passphrase)
    try:
        assert without_exported_at(interchange.export_data(again)) == without_exported_at(before)
        after = Screening(again).ledger(dana.id)
        assert ledger is not None and after is not None and after.rows == ledger.rows
    finally:
        again.lock()
