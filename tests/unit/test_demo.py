"""The fictional demo caseload and the bulk generator, written into real vaults."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta, timezone

import pytest

from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.notes import SECTION_KEYS, Note, NoteFormat
from counselor_desk.domain.records import Language, Medication, SessionKind
from counselor_desk.services.demo import (
    PEER_SIGNER,
    SIGNER,
    DemoSummary,
    populate_bulk,
    populate_demo,
)
from counselor_desk.vault import clients as client_repo
from counselor_desk.vault import consents as consent_repo
from counselor_desk.vault import sessions as session_repo
from counselor_desk.vault.keyslots import KdfParams
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
        for key in SECTION_KEYS[note.format] + RISK_KEYS:
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
    for client in client_repo.list_clients(vault.conn, include_archived=True):
        rows.append((client.id, client.display_name, client.legal_name or ""))
        for note in session_repo.list_notes(vault.conn, client.id):
            rows.append((note.id, repr(sorted(note.sections.items())), note.content_sha256 or ""))
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
