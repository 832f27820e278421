"""The fictional demo caseload and the bulk generator, written into real vaults."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta, timezone
from itertools import pairwise

import pytest

from counselor_desk.domain.contingency import CmKind, Outcome
from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.group_notes import fold, mentions, name_leaks, name_terms
from counselor_desk.domain.measures import WorksheetStatus
from counselor_desk.domain.network import MemberKind, Strength
from counselor_desk.domain.notes import SECTION_KEYS, Note, NoteFormat
from counselor_desk.domain.records import Client, Language, Medication, SessionKind
from counselor_desk.domain.scales import ScaleId
from counselor_desk.domain.screens import AttendanceStatus, FindingKind, Substance, screen_findings
from counselor_desk.domain.supervision import CosignState, NotSupervisor
from counselor_desk.domain.treatment_plan import (
    ObjectiveStatus,
    PlanEvent,
    PlanStatus,
    TreatmentPlan,
    activation_faults,
)
from counselor_desk.services.demo import (
    PEER_SIGNER,
    SIGNER,
    DemoSummary,
    populate_bulk,
    populate_demo,
)
from counselor_desk.services.groups import Groups
from counselor_desk.services.interchange import export_data, import_data
from counselor_desk.services.measures import Measures
from counselor_desk.services.network import Network
from counselor_desk.services.plans import Plans
from counselor_desk.services.screening import Screening
from counselor_desk.services.supervision import Supervision
from counselor_desk.vault import clients as client_repo
from counselor_desk.vault import consents as consent_repo
from counselor_desk.vault import sessions as session_repo
from counselor_desk.vault.keyslots import KdfParams
from counselor_desk.vault.search import search
from counselor_desk.vault.store import Vault, create_vault

TODAY = date(2026, 4, 15)
CENTRAL = timezone(timedelta(hours=-6))
RISK_KEYS = ("risk_self_harm", "risk_overdose", "risk_safety", "next_appointment")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Vault, DemoSummary]]:
    """One demo vault shared by the read-only checks below."""
    folder = tmp_path_factory.mktemp("demo") / "v"
    vault = create_vault(folder, "Demo", "x", kdf=KdfParams(1, 1024, 1), check_strength=False).vault
    summary = populate_demo(vault, today=TODAY, tz=CENTRAL)
    yield vault, summary
    vault.lock()


def _all_notes(vault: Vault) -> list[Note]:
    everyone = client_repo.list_clients(vault.conn, include_archived=True)
    return [n for c in everyone for n in session_repo.list_notes(vault.conn, c.id)]


def test_twelve_clients_one_archived(demo: tuple[Vault, DemoSummary]) -> None:
    vault, summary = demo
    everyone = client_repo.list_clients(vault.conn, include_archived=True)
    active = client_repo.list_clients(vault.conn)
    assert len(everyone) == 12 and summary.clients == 12
    assert len(active) == 11 and summary.archived_clients == 1
    archived = next(c for c in everyone if c.archived)
    assert archived.discharge_date is not None and archived.discharge_date < TODAY
    names = {c.display_name for c in everyone}
    assert {"Dana R.", "Marcus T.", "Lupe G."} <= names
    for client in everyone:
        first, initial = client.display_name.split(" ")
        assert len(initial) == 2 and initial.endswith(".")
        assert client.legal_name and first  # a nickname may differ from the legal name
        assert any(w.startswith(initial[0]) for w in client.legal_name.split()[1:])
        assert client.diagnoses and all(d.icd10 for d in client.diagnoses)
        assert client.recovery_date is not None and client.admission_date is not None
    codes = {d.icd10 for c in everyone for d in c.diagnoses}
    assert {"F11.20", "F10.20"} <= codes


def test_minor_with_guardian_and_spanish_clients(demo: tuple[Vault, DemoSummary]) -> None:
    vault, _ = demo
    everyone = client_repo.list_clients(vault.conn, include_archived=True)
    minors = [
        c
        for c in everyone
        if c.date_of_birth is not None and (TODAY - c.date_of_birth).days < 18 * 365
    ]
    assert len(minors) == 1 and minors[0].guardian
    spanish = [c for c in everyone if c.preferred_language is Language.SPANISH]
    assert len(spanish) >= 2
    for client in spanish:
        text = " ".join(
            " ".join(n.sections.values()) for n in session_repo.list_notes(vault.conn, client.id)
        )
        assert "consumir" in text and "988" in text
        assert " the " not in text  # no English sentences in a Spanish chart


def test_all_medications_and_a_dose_change(demo: tuple[Vault, DemoSummary]) -> None:
    vault, _ = demo
    everyone = client_repo.list_clients(vault.conn, include_archived=True)
    history = [e for c in everyone for e in client_repo.medication_history(vault.conn, c.id)]
    assert {e.medication for e in history} == {
        Medication.BUPRENORPHINE,
        Medication.METHADONE,
        Medication.NALTREXONE,
    }
    forms = {(e.medication, e.form) for e in history}
    assert (Medication.BUPRENORPHINE, "sublingual film") in forms
    assert (Medication.BUPRENORPHINE, "extended-release injection") in forms
    assert (Medication.NALTREXONE, "tablet") in forms
    assert (Medication.NALTREXONE, "extended-release injection") in forms
    assert any(e.medication is Medication.METHADONE and e.take_home_count for e in history)
    changes = [e for e in history if e.replaces]
    assert changes
    by_id = {e.id: e for e in history}
    for new in changes:
        old = by_id[new.replaces]  # type: ignore[index]
        assert old.stopped == new.started and old.client_id == new.client_id


def test_every_kind_and_format_with_risk_checks(demo: tuple[Vault, DemoSummary]) -> None:
    vault, summary = demo
    everyone = client_repo.list_clients(vault.conn, include_archived=True)
    all_sessions = [s for c in everyone for s in session_repo.list_sessions(vault.conn, c.id)]
    assert {s.kind for s in all_sessions} == set(SessionKind)
    notes = _all_notes(vault)
    assert {n.format for n in notes} == set(NoteFormat)
    assert len(notes) == len(all_sessions) == summary.notes == summary.sessions
    for note in notes:
        # A group note's copy holds the group part and the attendee's own section only.
        risks = () if note.format is NoteFormat.GROUP else RISK_KEYS
        for key in SECTION_KEYS[note.format] + risks:
            assert note.sections.get(key, "").strip(), (note.format, key)
    family = [s for s in all_sessions if s.kind is SessionKind.FAMILY]
    assert all(s.participants for s in family)


def test_session_times_are_weekday_office_hours(demo: tuple[Vault, DemoSummary]) -> None:
    vault, _ = demo
    everyone = client_repo.list_clients(vault.conn, include_archived=True)
    starts = [
        s.start.astimezone(CENTRAL)
        for c in everyone
        for s in session_repo.list_sessions(vault.conn, c.id)
    ]
    assert all(s.weekday() < 5 and 9 <= s.hour < 16 for s in starts)
    assert min(s.date() for s in starts) >= TODAY - timedelta(days=92)
    assert max(s.date() for s in starts) < TODAY


def test_signing_drafts_late_entries_and_hashes(demo: tuple[Vault, DemoSummary]) -> None:
    vault, summary = demo
    notes = _all_notes(vault)
    sessions = {
        s.id: s
        for c in client_repo.list_clients(vault.conn, include_archived=True)
        for s in session_repo.list_sessions(vault.conn, c.id)
    }
    signed = [n for n in notes if n.is_signed]
    drafts = [n for n in notes if not n.is_signed]
    assert drafts and len(drafts) == summary.draft_notes
    assert len(signed) == summary.signed_notes
    assert all(n.hash_matches() for n in signed)
    assert {n.signed_by for n in signed} <= {SIGNER, PEER_SIGNER}
    assert sum(n.signed_by == SIGNER for n in signed) > len(signed) * 0.8
    late = [n for n in signed if n.late_entry]
    assert late and len(late) == summary.late_entries and len(late) < len(signed) * 0.15
    for note in signed:
        session = sessions[note.session_id]
        assert note.signed_at is not None and note.signed_at > session.start
        assert note.late_entry == (note.signed_at - session.start > timedelta(hours=24))
    recent = TODAY - timedelta(days=7)
    for note in notes:
        start = sessions[note.session_id].start.astimezone(CENTRAL).date()
        assert note.is_signed == (start < recent)


def test_signed_addendum(demo: tuple[Vault, DemoSummary]) -> None:
    vault, summary = demo
    with_addenda = [
        (n, a) for n in _all_notes(vault) for a in session_repo.addenda_for(vault.conn, n.id)
    ]
    assert with_addenda and len(with_addenda) == summary.addenda
    for note, addendum in with_addenda:
        assert note.is_signed and addendum.hash_matches()
        assert note.signed_at is not None and addendum.signed_at > note.signed_at


def test_consents_and_counseling_notes(demo: tuple[Vault, DemoSummary]) -> None:
    vault, summary = demo
    everyone = client_repo.list_clients(vault.conn, include_archived=True)
    consents = [k for c in everyone for k in consent_repo.list_consents(vault.conn, c.id)]
    assert len(consents) == summary.consents
    assert any(k.revoked is not None for k in consents)
    assert any(k.expires is not None and k.expires < TODAY for k in consents)
    assert any(k.includes_counseling_notes for k in consents)
    assert any(k.expires_on_event for k in consents)
    recipients = " ".join(k.recipient for k in consents).lower()
    assert "primary care" in recipients and "probation" in recipients
    valid = [k for k in consents if k.revoked is None and (k.expires is None or k.expires >= TODAY)]
    assert valid
    counseling = [n for c in everyone for n in consent_repo.list_counseling_notes(vault.conn, c.id)]
    assert counseling and len(counseling) == summary.counseling_notes


def test_one_audit_row(demo: tuple[Vault, DemoSummary]) -> None:
    vault, _ = demo
    demo_rows = [e for e in vault.audit.entries(vault.conn) if e.action == "demo"]
    assert len(demo_rows) == 1
    assert vault.audit.verify(vault.conn, None) is None


def _fingerprint(vault: Vault) -> list[tuple[str, ...]]:
    rows: list[tuple[str, ...]] = []
    measures, screening = Measures(vault), Screening(vault)
    plans, network, supervision = Plans(vault), Network(vault), Supervision(vault)
    for client in client_repo.list_clients(vault.conn, include_archived=True):
        rows.append((client.id, client.display_name, client.legal_name or ""))
        for note in session_repo.list_notes(vault.conn, client.id):
            rows.append((note.id, repr(sorted(note.sections.items())), note.content_sha256 or ""))
        rows += [(w.id, repr(w)) for w in measures.worksheets(client.id)]
        rows += [(e.id, repr(e)) for e in measures.scale_entries(client.id)]
        rows += [(u.id, repr(u)) for u in screening.screens(client.id)]
        rows += [(a.id, repr(a)) for a in screening.attendance(client.id)]
        rows += [(p.id, repr(p)) for p in screening.prizes(client.id)]
        rows.append((client.id, repr(screening.cm_plan(client.id))))
        for plan in plans.plans(client.id):
            rows.append((plan.id, repr(plan), repr(plans.history(plan.id))))
            rows += [(plan.id, repr(thread)) for thread in plans.golden_thread(plan.id)]
        rows += [(m.id, repr(m)) for m in network.members(client.id)]
        rows.append((client.id, repr(sorted(supervision.states(client.id).items()))))
    rows += [(g.id, repr(g)) for g in Groups(vault).groups()]
    return rows


def test_deterministic_for_seed_and_today(make_vault: Callable[..., Vault]) -> None:
    first, second, other = make_vault("a"), make_vault("b"), make_vault("c")
    populate_demo(first, today=TODAY, tz=CENTRAL)
    populate_demo(second, today=TODAY, tz=CENTRAL)
    populate_demo(other, today=TODAY, rng_seed=99, tz=CENTRAL)
    assert _fingerprint(first) == _fingerprint(second)
    assert _fingerprint(first) != _fingerprint(other)


def test_machine_zone_by_default(make_vault: Callable[..., Vault]) -> None:
    vault = make_vault()
    populate_demo(vault, today=TODAY)
    everyone = client_repo.list_clients(vault.conn, include_archived=True)
    starts = [s.start for c in everyone for s in session_repo.list_sessions(vault.conn, c.id)]
    local = [s.astimezone() for s in starts]
    assert all(9 <= s.hour < 16 and s.weekday() < 5 for s in local)


def test_refuses_a_vault_with_clients(make_vault: Callable[..., Vault]) -> None:
    vault = make_vault()
    populate_demo(vault, today=TODAY, tz=CENTRAL)
    before = len(_all_notes(vault))
    with pytest.raises(ValidationError):
        populate_demo(vault, today=TODAY, rng_seed=5, tz=CENTRAL)
    assert len(_all_notes(vault)) == before
    assert len(client_repo.list_clients(vault.conn, include_archived=True)) == 12


def test_bulk_writes_the_asked_number(make_vault: Callable[..., Vault]) -> None:
    vault = make_vault()
    summary = populate_bulk(vault, clients=4, notes_per_client=30, today=TODAY, tz=CENTRAL)
    assert summary.clients == 4 and summary.notes == 120 and summary.signed_notes == 120
    notes = _all_notes(vault)
    assert len(notes) == 120
    assert all(n.is_signed and n.hash_matches() for n in notes)
    assert len({n.format for n in notes}) >= 4
    assert len({n.session_id for n in notes}) == 120
    rows = [e for e in vault.audit.entries(vault.conn) if e.action == "demo"]
    assert len(rows) == 1


def test_bulk_is_deterministic_and_empty_is_fine(make_vault: Callable[..., Vault]) -> None:
    first, second = make_vault("a"), make_vault("b")
    populate_bulk(first, clients=2, notes_per_client=5, today=TODAY, seed=3, tz=CENTRAL)
    populate_bulk(second, clients=2, notes_per_client=5, today=TODAY, seed=3, tz=CENTRAL)
    assert _fingerprint(first) == _fingerprint(second)
    empty = populate_bulk(make_vault("c"), clients=0, notes_per_client=0, today=TODAY)
    assert empty.clients == 0 and empty.notes == 0


def test_signed_notes_are_in_the_past(demo: tuple[Vault, DemoSummary]) -> None:
    vault, _ = demo
    end_of_yesterday = datetime(TODAY.year, TODAY.month, TODAY.day, tzinfo=CENTRAL)
    for note in _all_notes(vault):
        if note.signed_at is not None:
            assert note.signed_at < end_of_yesterday


# -- the chart tabs: worksheets, scales, screens, attendance, contingency management --------


def _everyone(vault: Vault) -> list[Client]:
    return client_repo.list_clients(vault.conn, include_archived=True)


def _note_for(vault: Vault, client_id: str, session_id: str | None) -> Note:
    return next(
        n for n in session_repo.list_notes(vault.conn, client_id) if n.session_id == session_id
    )


def test_worksheets_complete_and_draft(demo: tuple[Vault, DemoSummary]) -> None:
    vault, summary = demo
    measures = Measures(vault)
    sheets = [w for c in _everyone(vault) for w in measures.worksheets(c.id)]
    assert len(sheets) == summary.worksheets
    assert {w.definition_id for w in sheets} >= {
        "decisional_balance",
        "readiness_ruler",
        "safety_plan",
        "thought_record",
        "triggers_coping",
    }
    complete = [w for w in sheets if w.status is WorksheetStatus.COMPLETE]
    drafts = [w for w in sheets if w.status is WorksheetStatus.DRAFT]
    assert complete and drafts
    with_sheets = {w.client_id for w in sheets}
    assert 4 <= len(with_sheets) <= 8  # about half the caseload
    for sheet in complete:
        assert measures.problems(sheet.id) == []  # as the Worksheets tab would complete it
        history = measures.history(sheet.id)
        assert history[-1].status is WorksheetStatus.COMPLETE
        assert history[-1].values == sheet.values and sheet.completed_at == history[-1].saved_at
    for sheet in drafts:
        assert sheet.completed_at is None and measures.history(sheet.id) == []
    for sheet in sheets:
        assert sheet.session_id is not None
        assert sheet.created_at is not None and sheet.updated_at is not None
        assert sheet.created_at <= sheet.updated_at
    safety = [w for w in sheets if w.definition_id == "safety_plan"]
    assert len(safety) == 1
    versions = measures.history(safety[0].id)
    assert [v.status for v in versions] == [
        WorksheetStatus.COMPLETE,
        WorksheetStatus.DRAFT,
        WorksheetStatus.COMPLETE,
    ]
    assert versions[0].values != versions[-1].values  # updated when it was reopened
    spanish = {c.id for c in _everyone(vault) if c.preferred_language is Language.SPANISH}
    lupe = " ".join(
        str(w.values) for w in sheets if w.client_id in spanish and w.definition_id != "safety_plan"
    )
    assert "panadería" in lupe and " the " not in lupe


def test_scale_entries_and_one_safety_flag(demo: tuple[Vault, DemoSummary]) -> None:
    vault, summary = demo
    measures = Measures(vault)
    everyone = _everyone(vault)
    entries = [e for c in everyone for e in measures.scale_entries(c.id)]
    assert len(entries) == summary.scale_entries
    assert {e.scale for e in entries} >= {
        ScaleId.PHQ9,
        ScaleId.GAD7,
        ScaleId.AUDIT,
        ScaleId.COWS,
        ScaleId.CRAVING,
    }
    flagged = [e for e in entries if e.safety_flag]
    assert len(flagged) == 1 and flagged[0].scale is ScaleId.PHQ9
    assert flagged[0].answers["q9"] == 1
    note = _note_for(vault, flagged[0].client_id, flagged[0].session_id)
    text = " ".join(note.sections.values())
    assert "plan de seguridad" in text or "safety plan" in text
    assert note.is_signed
    # No other note tells of thoughts of death: the one PHQ-9 is where it was reported.
    concern = [
        n
        for c in everyone
        for n in session_repo.list_notes(vault.conn, c.id)
        if "pensamientos pasivos" in n.sections.get("risk_self_harm", "")
        or "passive thoughts" in n.sections.get("risk_self_harm", "")
    ]
    assert [n.id for n in concern] == [note.id]
    # PHQ-9 and GAD-7 every two to four weeks for several clients.
    for scale in (ScaleId.PHQ9, ScaleId.GAD7):
        clients = [c for c in everyone if len(measures.scale_entries(c.id, scale)) >= 3]
        assert len(clients) >= 4
        for client in clients:
            days = [e.taken_on for e in measures.scale_entries(client.id, scale)]
            assert all(13 <= (b - a).days <= 42 for a, b in pairwise(days))
    # Weekly cravings, the same number the note of that session tells.
    for client in everyone:
        cravings = measures.scale_entries(client.id, ScaleId.CRAVING)
        if not cravings:
            continue
        assert len(cravings) >= 8
        for entry in cravings:
            text = " ".join(_note_for(vault, client.id, entry.session_id).sections.values())
            assert f"{entry.total}/10" in text
    # AUDIT for an alcohol client on naltrexone; COWS at a buprenorphine induction.
    by_id = {c.id: c for c in everyone}
    audits = [e for e in entries if e.scale is ScaleId.AUDIT]
    assert len(audits) == 1
    drinker = by_id[audits[0].client_id]
    assert any((d.icd10 or "").startswith("F10") for d in drinker.diagnoses)
    meds = client_repo.medication_history(vault.conn, drinker.id)
    assert {m.medication for m in meds} == {Medication.NALTREXONE}
    cows = [e for e in entries if e.scale is ScaleId.COWS]
    assert cows and len({e.client_id for e in cows}) == 1
    inducted = by_id[cows[0].client_id]
    assert all(e.taken_on == inducted.admission_date for e in cows)
    assert cows[0].total > cows[-1].total  # withdrawal eased after the first dose
    meds = client_repo.medication_history(vault.conn, inducted.id)
    assert meds[0].medication is Medication.BUPRENORPHINE
    assert meds[0].started == inducted.admission_date


def test_urine_screens(demo: tuple[Vault, DemoSummary]) -> None:
    vault, summary = demo
    screening = Screening(vault)
    everyone = _everyone(vault)
    unexpected: list[tuple[str, Substance]] = []
    expected: set[Substance] = set()
    refused = 0
    total = 0
    for client in everyone:
        screens = screening.screens(client.id)
        total += len(screens)
        assert len(screens) >= 5, client.display_name  # about weekly
        prescribed = screening.prescribed(client.id)
        for screen in screens:
            refused += screen.refused
            findings = screen_findings(screen, prescribed(screen.collected))
            assert not any(f.kind is FindingKind.MEDICATION_ABSENT for f in findings)
            expected |= {f.substance for f in findings if f.kind is FindingKind.EXPECTED}
            unexpected += [
                (client.display_name, f.substance)
                for f in findings
                if f.kind is FindingKind.UNEXPECTED
            ]
    assert total == summary.urine_screens
    assert expected == {Substance.BUPRENORPHINE, Substance.METHADONE}
    fentanyl = [name for name, substance in unexpected if substance is Substance.FENTANYL]
    assert len(fentanyl) == 1
    assert refused == 1


def test_attendance_matches_sessions(demo: tuple[Vault, DemoSummary]) -> None:
    vault, summary = demo
    screening = Screening(vault)
    rows = []
    for client in _everyone(vault):
        entries = screening.attendance(client.id)
        rows += entries
        attended = {a.session_id for a in entries if a.status is AttendanceStatus.ATTENDED}
        sessions = session_repo.list_sessions(vault.conn, client.id)
        assert attended == {s.id for s in sessions}
        starts = {s.start.date() for s in sessions}
        for missed in (a for a in entries if a.status is not AttendanceStatus.ATTENDED):
            assert missed.session_id is None and missed.on not in starts and missed.notes
    assert len(rows) == summary.attendance
    statuses = [a.status for a in rows]
    assert statuses.count(AttendanceStatus.EXCUSED) == 2  # a weekly slot, and a group
    assert 2 <= statuses.count(AttendanceStatus.NO_SHOW) <= 4
    assert AttendanceStatus.SCHEDULED not in statuses


def test_contingency_management_ledgers(demo: tuple[Vault, DemoSummary]) -> None:
    vault, summary = demo
    screening = Screening(vault)
    ledgers = {
        c.display_name: ledger
        for c in _everyone(vault)
        if (ledger := screening.ledger(c.id)) is not None
    }
    assert len(ledgers) == summary.cm_plans == 3
    kinds = sorted(ledger.plan.kind for ledger in ledgers.values())
    assert kinds == [CmKind.PRIZE, CmKind.PRIZE, CmKind.VOUCHER]
    resets = 0
    for ledger in ledgers.values():
        assert not any(row.cap_reached for row in ledger.rows)
        judged = [row for row in ledger.rows if row.outcome is not Outcome.NEUTRAL]
        assert judged and judged[0].outcome is Outcome.SUCCESS
        resets += any(
            row.outcome is Outcome.FAILURE and before.streak > 0 for before, row in pairwise(judged)
        )
        if ledger.plan.kind is CmKind.PRIZE:
            assert 0 < ledger.total_drawn <= ledger.total_draws
        else:
            assert ledger.total_drawn == 0 and ledger.total_vouchers > 0
    assert resets >= 2  # a fentanyl positive, an alcohol slip
    prizes = [p for c in _everyone(vault) for p in screening.prizes(c.id)]
    assert len(prizes) == summary.prizes == sum(ledger.total_drawn for ledger in ledgers.values())


def test_worksheet_words_are_searchable(demo: tuple[Vault, DemoSummary]) -> None:
    vault, _ = demo
    for words, name in (("laundromat", "Dana R."), ("panadería", "Lupe G.")):
        hits = [h for h in search(vault.conn, words) if h.kind == "worksheet"]
        assert [h.client_name for h in hits] == [name]
        assert Measures(vault).worksheet(hits[0].ref_id).client_id == hits[0].client_id


def test_export_import_round_trip(make_vault: Callable[..., Vault]) -> None:
    source, copy = make_vault("a"), make_vault("b")
    populate_demo(source, today=TODAY, tz=CENTRAL)
    exported = export_data(source)
    summary = import_data(copy, exported)
    assert summary.worksheets and summary.scale_entries and summary.urine_screens
    assert summary.attendance and summary.cm_plans == 3 and summary.prizes_given
    again = export_data(copy)
    exported.pop("exported_at")
    again.pop("exported_at")
    assert again == exported


# -- treatment plans, support networks, group notes, supervision ------------------------------


def _local_day(moment: datetime) -> date:
    return moment.astimezone(CENTRAL).date()


def test_treatment_plans_with_history_and_reviews_due(demo: tuple[Vault, DemoSummary]) -> None:
    vault, summary = demo
    plans = Plans(vault)
    everyone = _everyone(vault)
    every_plan = [p for c in everyone for p in plans.plans(c.id)]
    assert len(every_plan) == summary.treatment_plans
    active_clients = [c for c in everyone if not c.archived]
    with_plan = [c for c in active_clients if plans.active_plan(c.id) is not None]
    assert len(with_plan) >= 0.75 * len(active_clients)  # most of the caseload
    for client in everyone:
        assert sum(p.status is PlanStatus.ACTIVE for p in plans.plans(client.id)) <= 1
    versions = 0
    for plan in every_plan:
        assert 1 <= len(plan.problems) <= 3
        history = plans.history(plan.id)
        versions += len(history)
        assert [v.version for v in history] == list(range(1, len(history) + 1))
        assert history[0].event is PlanEvent.ACTIVATED
        assert plan.created_at is not None and plan.created_at < history[0].saved_at
        for version in history:
            if version.status is PlanStatus.ACTIVE:
                # What Plans.activate and Plans.review let through: a complete plan and a
                # next review after the day it was set.
                assert activation_faults(TreatmentPlan(plan.client_id, version.problems)) == []
                assert version.review_date is not None
                assert version.review_date > _local_day(version.saved_at)
        for _problem, _goal, objective in plan.objectives():
            assert objective.text and objective.target_date is not None
            assert objective.interventions
            assert all(i.text and i.who and i.frequency for i in objective.interventions)
        if plan.status is PlanStatus.ACTIVE:
            assert activation_faults(plan) == []
            assert plan.review_date == history[-1].review_date
    assert versions == summary.plan_versions
    completed = [p for p in every_plan if p.status is PlanStatus.COMPLETED]
    assert len(completed) >= 2
    assert all(plans.history(p.id)[-1].event is PlanEvent.COMPLETED for p in completed)
    assert any(len(plans.history(p.id)) >= 4 for p in every_plan)  # reviewed several times
    statuses = {o.status for p in every_plan for _p, _g, o in p.objectives()}
    assert {ObjectiveStatus.OPEN, ObjectiveStatus.MET, ObjectiveStatus.REVISED} <= statuses
    # Reviews due: one today, one a few days late; none of them a month ago.
    due = plans.due_for_review(TODAY)
    assert 1 <= len(due) <= 2
    assert any(d.review_date == TODAY for d in due)
    assert all(TODAY - timedelta(days=7) <= d.review_date <= TODAY for d in due)
    assert plans.due_for_review(TODAY - timedelta(days=30)) == []
    # In the client's language.
    spanish = {c.id for c in everyone if c.preferred_language is Language.SPANISH}
    words = " ".join(pr.text for p in every_plan if p.client_id in spanish for pr in p.problems)
    assert "tratamiento" in words and " the " not in words


def test_golden_thread(demo: tuple[Vault, DemoSummary]) -> None:
    vault, summary = demo
    plans = Plans(vault)
    links = named = 0
    for client in _everyone(vault):
        sessions = {s.id: s for s in session_repo.list_sessions(vault.conn, client.id)}
        client_plans = plans.plans(client.id)
        for plan in client_plans:
            history = plans.history(plan.id)
            starts = _local_day(history[0].saved_at)
            ends = _local_day(history[-1].saved_at) if plan.status.is_closed else TODAY
            threads = plans.golden_thread(plan.id)
            for thread in threads:
                links += len(thread.sessions)
                for worked in thread.sessions:
                    # A session names objectives of the plan in force that day.
                    assert worked.session_id in sessions
                    assert starts <= _local_day(worked.start) <= ends
            if plan.status is PlanStatus.ACTIVE and len(history) > 1:
                open_threads = [t for t in threads if t.objective.status is ObjectiveStatus.OPEN]
                assert all(len(t.sessions) >= 2 for t in open_threads), client.display_name
        # Every note that names an objective tells one its session worked on.
        labels = {
            (session_id, ".".join(str(i + 1) for i in plan.path_of(objective_id) or ()))
            for plan in client_plans
            for thread in plans.golden_thread(plan.id)
            for objective_id in (thread.objective.id,)
            for session_id in (s.session_id for s in thread.sessions)
        }
        for note in session_repo.list_notes(vault.conn, client.id):
            text = " ".join(note.sections.values())
            for label in re.findall(r"(?:objective|objetivo) (\d+\.\d+\.\d+)", text):
                assert (note.session_id, label) in labels, (client.display_name, label)
                named += 1
    assert links == summary.objective_links
    assert named >= 20
    well_worked = [
        t
        for c in _everyone(vault)
        for p in plans.plans(c.id)
        for t in plans.golden_thread(p.id)
        if len(t.sessions) >= 3
    ]
    assert len(well_worked) >= 25  # objectives with several sessions each


def test_support_networks(demo: tuple[Vault, DemoSummary]) -> None:
    vault, summary = demo
    network = Network(vault)
    maps = {c.display_name: network.members(c.id) for c in _everyone(vault)}
    drawn = {name: members for name, members in maps.items() if members}
    assert len(drawn) >= 5
    assert sum(len(m) for m in drawn.values()) == summary.network_members
    assert all(4 <= len(members) <= 9 for members in drawn.values())
    members = [m for ms in drawn.values() for m in ms]
    assert {m.kind for m in members} >= {
        MemberKind.FAMILY,
        MemberKind.SPONSOR,
        MemberKind.PEER_SPECIALIST,
        MemberKind.NA_MEETING,
        MemberKind.AA_MEETING,
        MemberKind.SMART_MEETING,
        MemberKind.FAITH_GROUP,
        MemberKind.EMPLOYER,
        MemberKind.PRESCRIBER,
    }
    assert {m.strength for m in members} == set(Strength)
    assert any(m.kind is MemberKind.FAMILY and m.strength is Strength.STRESSFUL for m in members)
    for member in members:
        if member.is_meeting:
            assert member.meeting_day is not None and member.meeting_time is not None
    hits = [h for h in search(vault.conn, "Lindqvist") if h.kind == "network"]
    assert [h.client_name for h in hits] == ["Marcus T."]
    assert network.member(hits[0].ref_id).client_id == hits[0].client_id


def test_group_notes_file_only_their_own_section(demo: tuple[Vault, DemoSummary]) -> None:
    vault, summary = demo
    groups = Groups(vault)
    screening = Screening(vault)
    signed = [g for g in groups.groups() if g.is_signed]
    assert 2 <= len(signed) <= 3 and len(signed) == summary.group_notes
    absent = [a for g in signed for a in g.attendees if not a.attended]
    assert len(absent) == 1 and absent[0].status.value == AttendanceStatus.EXCUSED.value
    for group in signed:
        assert 3 <= len(group.attendees) <= 6
        assert group.signed_by == SIGNER and group.signed_at is not None
        assert _local_day(group.signed_at) == _local_day(group.start) < TODAY - timedelta(days=7)
        names = groups.names(group)
        assert name_leaks(group, names) == []  # what signing checks
        for attendee in group.attendees:
            entry = next(
                a
                for a in screening.attendance(attendee.client_id)
                if a.id == attendee.attendance_id
            )
            assert entry.status.value == attendee.status.value and entry.on == _local_day(
                group.start
            )
            if not attendee.attended:
                assert attendee.note_id is None and entry.notes == attendee.section
                continue
            note = session_repo.get_note(vault.conn, attendee.note_id or "")
            assert note.client_id == attendee.client_id and note.format is NoteFormat.GROUP
            assert note.is_signed and note.hash_matches() and note.signed_by == SIGNER
            assert note.sections == {
                "topic": group.topic,
                "interventions": group.interventions,
                "individual": attendee.section,
            }
            assert groups.group_of_note(note.id) == group.id
            session = session_repo.get_session(vault.conn, note.session_id or "")
            assert session.kind is SessionKind.GROUP and session.start == group.start
            assert session.participants == () and entry.session_id == session.id
            own = {fold(t) for t in name_terms(names[attendee.client_id])}
            text = " ".join(note.sections.values())
            for other in group.attendees:
                if other.client_id == attendee.client_id:
                    continue
                for term in name_terms(names[other.client_id]):
                    if fold(term) in own:
                        continue
                    assert not mentions(text, term), (attendee.client_id, term)
                    # Nor is this copy what a search for the other attendee's name opens.
                    assert note.id not in {h.ref_id for h in search(vault.conn, term)}


def test_group_draft_in_progress(demo: tuple[Vault, DemoSummary]) -> None:
    vault, summary = demo
    groups = Groups(vault)
    drafts = [g for g in groups.groups() if not g.is_signed]
    assert len(drafts) == 1 == summary.group_drafts
    draft = drafts[0]
    assert TODAY - timedelta(days=7) <= _local_day(draft.start) < TODAY
    assert 3 <= len(draft.attendees) <= 6
    assert any(a.section.strip() for a in draft.attendees)
    assert any(not a.section.strip() for a in draft.attendees)  # still being written
    assert all(a.session_id is None and a.note_id is None for a in draft.attendees)
    groups.check(draft, SIGNER)  # signable as it stands: the name check passes
    for attendee in draft.attendees:  # nothing is filed before signing
        starts = {s.start for s in session_repo.list_sessions(vault.conn, attendee.client_id)}
        assert draft.start not in starts


def test_notes_waiting_for_a_supervisor(demo: tuple[Vault, DemoSummary]) -> None:
    vault, summary = demo
    supervision = Supervision(vault)
    assert supervision.default_request() is False
    waiting = supervision.waiting()
    assert len(waiting) == summary.cosign_requests >= 2
    for row in waiting:
        note = session_repo.get_note(vault.conn, row.note_id)
        assert note.is_signed and note.signed_by == PEER_SIGNER == row.requested_by
        assert note.signed_at is not None and row.requested_at > note.signed_at
        assert supervision.status(note.id).state is CosignState.REQUESTED
    # The demo vault is the counselor's: co-signing waits for a supervisor slot.
    assert not supervision.is_supervisor
    with pytest.raises(NotSupervisor):
        supervision.cosign(waiting[0].note_id)
