"""Clients, medication history, consents and the audit rows every write leaves."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from counselor_desk.domain.errors import RecordNotFound, ValidationError
from counselor_desk.domain.notes import NoteFormat
from counselor_desk.domain.records import (
    Client,
    Consent,
    CounselingNote,
    Diagnosis,
    Dispensing,
    Language,
    Medication,
    MedicationEntry,
    Session,
    SessionKind,
)
from counselor_desk.services.caseload import Caseload
from counselor_desk.vault.store import Vault

NAME = "Quillon Ravensworth-Núñez"


@pytest.fixture
def vault(make_vault: Callable[..., Vault], clock: Callable[[], datetime]) -> Vault:
    return make_vault(clock=clock)


@pytest.fixture
def caseload(vault: Vault) -> Caseload:
    return Caseload(vault)


def audit_count(vault: Vault) -> int:
    return int(vault.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0])


def full_client() -> Client:
    return Client(
        display_name=NAME,
        legal_name="Quillon Ravensworth Núñez",
        date_of_birth=date(1990, 4, 2),
        sex="M",
        pronouns="he/him",
        preferred_language=Language.SPANISH,
        phone="555-0100",
        emergency_contact="Marta, 555-0101",
        guardian=None,
        program="MAT outpatient",
        admission_date=date(2024, 1, 10),
        recovery_date=date(2023, 12, 1),
        diagnoses=(Diagnosis("Opioid use disorder, severe", "F11.20"), Diagnosis("Insomnia")),
    )


# -- clients --------------------------------------------------------------------------------


def test_client_add_get_update_round_trip(
    caseload: Caseload, clock: Callable[[], datetime]
) -> None:
    added = caseload.add_client(full_client())
    stored = caseload.open_chart(added.id)
    assert stored == added
    assert stored.created_at == clock()
    assert stored.diagnoses[0] == Diagnosis("Opioid use disorder, severe", "F11.20")
    assert stored.preferred_language is Language.SPANISH

    changed = caseload.update_client(replace(stored, phone="555-0199", pronouns="they/them"))
    again = caseload.open_chart(added.id)
    assert again.phone == "555-0199"
    assert again.pronouns == "they/them"
    assert again == changed


def test_updating_a_missing_client_is_refused(caseload: Caseload) -> None:
    with pytest.raises(RecordNotFound):
        caseload.update_client(Client("Nobody"))


def test_archived_clients_are_hidden_unless_asked_for(caseload: Caseload) -> None:
    bea = caseload.add_client(Client("bea M."))
    al = caseload.add_client(Client("Al K."))
    cy = caseload.add_client(Client("Cy T."))
    caseload.archive_client(cy.id, discharged=date(2024, 5, 1))
    assert [c.id for c in caseload.clients()] == [al.id, bea.id]  # by name, any case
    everyone = caseload.clients(include_archived=True)
    assert [c.id for c in everyone] == [al.id, bea.id, cy.id]
    archived = caseload.open_chart(cy.id)
    assert archived.archived
    assert archived.discharge_date == date(2024, 5, 1)


@pytest.mark.parametrize(
    "client,message",
    [
        (Client("   "), "display name"),
        (Client("\x00\x00"), "display name"),  # nothing to read names nobody
        (Client("\u200b\u200e \t"), "display name"),
        (
            Client("Dana R.", admission_date=date(2024, 3, 1), discharge_date=date(2024, 2, 28)),
            "discharge",
        ),
    ],
    ids=["empty-name", "nul-name", "invisible-name", "discharge-before-admission"],
)
def test_invalid_clients_are_refused_and_nothing_is_written(
    vault: Vault, caseload: Caseload, client: Client, message: str
) -> None:
    before = audit_count(vault)
    with pytest.raises(ValidationError, match=message):
        caseload.add_client(client)
    assert caseload.clients(include_archived=True) == []
    assert audit_count(vault) == before


def test_an_invalid_update_changes_nothing(vault: Vault, caseload: Caseload) -> None:
    client = caseload.add_client(Client("Dana R.", admission_date=date(2024, 3, 1)))
    with pytest.raises(ValidationError):
        caseload.update_client(
            replace(client, display_name="Dana X.", discharge_date=date(2024, 1, 1))
        )
    assert caseload.open_chart(client.id).display_name == "Dana R."


# -- medication history ---------------------------------------------------------------------


def test_a_medication_change_keeps_the_history(caseload: Caseload) -> None:
    client = caseload.add_client(Client("Dana R."))
    first = caseload.start_medication(
        MedicationEntry(
            client.id,
            Medication.BUPRENORPHINE,
            date(2024, 1, 10),
            form="sublingual film",
            dose="8 mg daily",
            prescriber="Dr. Okafor",
            dispensing=Dispensing.PHARMACY,
        )
    )
    second = caseload.change_medication(
        first.id,
        MedicationEntry(
            client.id,
            Medication.BUPRENORPHINE,
            date(2024, 2, 1),
            form="sublingual film",
            dose="16 mg daily",
            prescriber="Dr. Okafor",
            dispensing=Dispensing.PHARMACY,
        ),
    )
    history = caseload.medications(client.id)
    assert [m.id for m in history] == [first.id, second.id]
    old, new = history
    assert old.dose == "8 mg daily"
    assert old.stopped == date(2024, 2, 1)
    assert new.dose == "16 mg daily"
    assert new.stopped is None
    assert new.replaces == first.id


def test_a_second_stop_is_refused_and_writes_nothing(vault: Vault, caseload: Caseload) -> None:
    client = caseload.add_client(Client("Dana R."))
    first = caseload.start_medication(
        MedicationEntry(client.id, Medication.METHADONE, date(2024, 1, 10), dose="60 mg")
    )
    caseload.change_medication(
        first.id, MedicationEntry(client.id, Medication.METHADONE, date(2024, 2, 1), dose="80 mg")
    )
    before = audit_count(vault)
    with pytest.raises(ValidationError, match="already stopped"):
        caseload.change_medication(
            first.id,
            MedicationEntry(client.id, Medication.METHADONE, date(2024, 3, 1), dose="100 mg"),
        )
    history = caseload.medications(client.id)
    assert [m.dose for m in history] == ["60 mg", "80 mg"]
    assert history[0].stopped == date(2024, 2, 1)
    assert audit_count(vault) == before


def test_a_stop_before_the_start_is_refused(caseload: Caseload) -> None:
    client = caseload.add_client(Client("Dana R."))
    with pytest.raises(ValidationError, match="before the start"):
        caseload.start_medication(
            MedicationEntry(
                client.id, Medication.NALTREXONE, date(2024, 2, 1), stopped=date(2024, 1, 1)
            )
        )
    assert caseload.medications(client.id) == []


# -- consents -------------------------------------------------------------------------------


def test_consent_is_stored_with_every_field_and_revoked_once(caseload: Caseload) -> None:
    client = caseload.add_client(Client("Dana R."))
    consent = Consent(
        client_id=client.id,
        discloser="Riverbend Recovery Program",
        recipient="Valley Primary Care",
        information="Medication and attendance since admission",
        purpose="Coordination of care",
        signed=date(2024, 2, 1),
        signed_by="client",
        expires=date(2025, 2, 1),
        expires_on_event="End of treatment",
        includes_counseling_notes=True,
    )
    saved = caseload.add_consent(consent)
    [stored] = caseload.consents(client.id)
    assert stored == saved
    assert replace(stored, created_at=None, updated_at=None) == consent

    caseload.revoke_consent(consent.id, date(2024, 6, 1))
    [revoked] = caseload.consents(client.id)
    assert revoked.revoked == date(2024, 6, 1)
    with pytest.raises(ValidationError, match="already revoked"):
        caseload.revoke_consent(consent.id, date(2024, 7, 1))
    assert caseload.consents(client.id)[0].revoked == date(2024, 6, 1)


@pytest.mark.parametrize(
    "change,message",
    [
        ({"recipient": " "}, "recipient"),
        ({"expires": None, "expires_on_event": None}, "expiry"),
        ({"expires": date(2024, 1, 1)}, "before it was signed"),
    ],
)
def test_incomplete_consents_are_refused(
    caseload: Caseload, change: dict[str, object], message: str
) -> None:
    client = caseload.add_client(Client("Dana R."))
    consent = Consent(
        client_id=client.id,
        discloser="Riverbend",
        recipient="Valley Primary Care",
        information="Attendance",
        purpose="Care",
        signed=date(2024, 2, 1),
        signed_by="client",
        expires=date(2025, 2, 1),
    )
    with pytest.raises(ValidationError, match=message):
        caseload.add_consent(replace(consent, **change))  # type: ignore[arg-type]
    assert caseload.consents(client.id) == []


# -- audit ----------------------------------------------------------------------------------


def test_opening_a_chart_is_audited(vault: Vault, caseload: Caseload) -> None:
    client = caseload.add_client(Client(NAME))
    caseload.open_chart(client.id)
    newest = vault.audit.entries(vault.conn, limit=1)[0]
    assert newest.action == "open-chart"
    assert newest.subject == client.id
    assert newest.at == datetime(2024, 5, 6, 9, 30, tzinfo=UTC)


def test_every_write_is_audited_without_the_clients_name(vault: Vault, caseload: Caseload) -> None:
    def newest_action(step: Callable[[], object]) -> str:
        before = audit_count(vault)
        step()
        assert audit_count(vault) == before + 1
        return vault.audit.entries(vault.conn, limit=1)[0].action

    client = full_client()
    session = Session(client.id, datetime(2024, 5, 6, 9, 0, tzinfo=UTC), 50, SessionKind.FAMILY)
    med = MedicationEntry(client.id, Medication.BUPRENORPHINE, date(2024, 1, 10), dose="8 mg")
    consent = Consent(
        client.id, "Riverbend", "Valley Primary Care", "Attendance", "Care",
        date(2024, 2, 1), "client", expires=date(2025, 2, 1),
    )  # fmt: skip
    actions = [
        newest_action(lambda: caseload.add_client(client)),
        newest_action(lambda: caseload.update_client(replace(client, phone="555-0199"))),
        newest_action(lambda: caseload.start_medication(med)),
        newest_action(
            lambda: caseload.change_medication(
                med.id, MedicationEntry(client.id, Medication.BUPRENORPHINE, date(2024, 2, 1))
            )
        ),
        newest_action(lambda: caseload.add_session(session)),
    ]
    note = caseload.start_note(session.id, NoteFormat.DAP)
    caseload.save_draft(note.with_sections({"data": f"{NAME} reports cravings."}))
    actions += [
        newest_action(lambda: caseload.sign_note(note.id, "A. Rivera")),
        newest_action(lambda: caseload.add_addendum(note.id, f"{NAME} called.", "A. Rivera")),
        newest_action(
            lambda: caseload.add_counseling_note(CounselingNote(client.id, f"About {NAME}."))
        ),
        newest_action(lambda: caseload.add_consent(consent)),
        newest_action(lambda: caseload.revoke_consent(consent.id, date(2024, 3, 1))),
        newest_action(lambda: caseload.archive_client(client.id)),
    ]
    assert actions == [
        "create-client",
        "update-client",
        "medication-start",
        "medication-change",
        "create-session",
        "sign-note",
        "sign-addendum",
        "create-counseling-note",
        "create-consent",
        "revoke-consent",
        "update-client",
    ]
    rows = vault.conn.execute("SELECT action, subject, detail, actor FROM audit_log").fetchall()
    for part in (NAME, "Quillon", "Ravensworth"):
        assert all(part not in str(value) for row in rows for value in row), part
