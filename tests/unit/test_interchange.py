"""The interchange format counselor-desk/1: round trip, hashes, every problem at once,
nothing written unless all is valid. Real SQLCipher vaults in tmp_path."""

from __future__ import annotations

import copy
import json
import stat
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from counselor_desk.domain.errors import InvalidImport
from counselor_desk.domain.notes import (
    NoteFormat,
    NoteStatus,
    addendum_content_sha256,
    note_content_sha256,
)
from counselor_desk.domain.timeutil import parse_datetime
from counselor_desk.services import interchange
from counselor_desk.vault import consents as consent_repo
from counselor_desk.vault import sessions as session_repo
from counselor_desk.vault.keyslots import KdfParams
from counselor_desk.vault.store import Vault, create_vault

TABLES = (
    "clients",
    "medications",
    "sessions",
    "notes",
    "addenda",
    "consents",
    "counseling_notes",
    "audit_log",
    "search_index",
)


def uid(n: int) -> str:
    return str(uuid.UUID(int=n))


@pytest.fixture
def make_vault(tmp_path: Path) -> Iterator[Any]:
    made: list[Vault] = []

    def make(name: str = "v") -> Vault:
        vault = create_vault(
            tmp_path / name,
            "Test",
            "unused passphrase",
            kdf=KdfParams(time_cost=1, memory_kib=1024, parallelism=1),
            check_strength=False,
        ).vault
        made.append(vault)
        return vault

    yield make
    for vault in made:
        vault.lock()


@pytest.fixture
def vault(make_vault: Any) -> Vault:
    result: Vault = make_vault()
    return result


@pytest.fixture
def local_is_utc_minus_6(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A fixed local zone (POSIX rule, no tz database needed): UTC-6, no DST."""
    monkeypatch.setenv("TZ", "CST+06")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def row_counts(vault: Vault) -> dict[str, int]:
    return {t: vault.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


# -- a rich document -----------------------------------------------------------------------


def signed_note(
    client_id: str,
    session_id: str,
    note_id: str,
    fmt: str,
    sections: dict[str, str],
    signed_at: str,
    *,
    late: bool = False,
    addenda: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    signer = "A. Rivera, CADC"
    return {
        "id": note_id,
        "format": fmt,
        "status": "signed",
        "signed_by": signer,
        "signed_at": signed_at,
        "content_sha256": note_content_sha256(
            client_id=client_id,
            session_id=session_id,
            fmt=NoteFormat(fmt),
            sections=sections,
            signed_by=signer,
            signed_at=parse_datetime(signed_at),
        ),
        "late_entry": late,
        "sections": sections,
        "created_at": "2026-03-01T16:00:00Z",
        "updated_at": signed_at,
        "addenda": addenda or [],
    }


def addendum(client_id: str, note_id: str, addendum_id: str, text: str, at: str) -> dict[str, Any]:
    signer = "A. Rivera, CADC"
    return {
        "id": addendum_id,
        "text": text,
        "signed_by": signer,
        "signed_at": at,
        "content_sha256": addendum_content_sha256(
            client_id=client_id,
            note_id=note_id,
            text=text,
            signed_by=signer,
            signed_at=parse_datetime(at),
        ),
    }


def session(
    session_id: str, start: str, kind: str, note: dict[str, Any] | None, **extra: Any
) -> dict[str, Any]:
    record = {
        "id": session_id,
        "start": start,
        "minutes": 50,
        "kind": kind,
        "location": "Room 2",
        "participants": [],
        "created_at": start,
        "updated_at": start,
        "note": note,
    }
    record.update(extra)
    return record


def client(client_id: str, display_name: str, **fields: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "id": client_id,
        "display_name": display_name,
        "legal_name": None,
        "date_of_birth": None,
        "sex": None,
        "pronouns": None,
        "preferred_language": "en",
        "phone": None,
        "emergency_contact": None,
        "guardian": None,
        "program": None,
        "admission_date": None,
        "discharge_date": None,
        "recovery_date": None,
        "diagnoses": [],
        "archived": False,
        "created_at": "2026-01-05T15:00:00Z",
        "updated_at": "2026-01-05T15:00:00Z",
        "medications": [],
        "sessions": [],
        "consents": [],
        "counseling_notes": [],
    }
    record.update(fields)
    return record


def rich_document() -> dict[str, Any]:
    """Every field, every note format, every session kind, addenda, consents, counseling
    notes and an archived client; written in the order and form export writes."""
    alex, dana, luis = uid(1), uid(2), uid(3)
    dana_sessions = [
        session(
            uid(200),
            "2026-03-01T16:00:00Z",
            "individual",
            signed_note(
                dana,
                uid(200),
                uid(300),
                "SOAP",
                {
                    "subjective": "Reports cravings 4/10, sleeping better.",
                    "objective": "Alert, on time; UDS expected buprenorphine only.",
                    "assessment": "Stable on 16 mg; early recovery — ánimo bueno.",
                    "plan": "Continue weekly CBT; thought record homework.",
                    "risk_self_harm": "Denies.",
                    "risk_overdose": "Has naloxone at home.",
                    "risk_safety": "None reported.",
                    "next_appointment": "2026-03-08 10:00",
                },
                "2026-03-01T17:02:00Z",
                addenda=[
                    addendum(
                        dana,
                        uid(300),
                        uid(400),
                        "Correction: dose is 16 mg.",
                        "2026-03-02T09:00:00Z",
                    ),
                    addendum(
                        dana,
                        uid(300),
                        uid(401),
                        "Called prescriber; confirmed.",
                        "2026-03-03T09:00:00Z",
                    ),
                ],
            ),
        ),
        session(
            uid(201),
            "2026-03-04T16:00:00Z",
            "group",
            signed_note(
                dana,
                uid(201),
                uid(301),
                "DAP",
                {"data": "Group on triggers.", "assessment": "Engaged.", "plan": "Attend next."},
                "2026-03-06T18:00:00Z",
                late=True,
            ),
            participants=["Group: Tuesday MAT"],
        ),
        session(
            uid(202),
            "2026-03-08T16:00:00Z",
            "family",
            signed_note(
                dana,
                uid(202),
                uid(302),
                "BIRP",
                {
                    "behavior": "Tense with partner at first.",
                    "intervention": "CRAFT communication practice.",
                    "response": "Both used 'I' statements.",
                    "plan": "Family session in two weeks.",
                },
                "2026-03-08T17:00:00Z",
            ),
            participants=["Sam R. (partner)", "Jo R. (sister)"],
            minutes=75,
        ),
        session(
            uid(203),
            "2026-03-10T16:00:00Z",
            "peer-support",
            signed_note(
                dana,
                uid(203),
                uid(303),
                "GIRP",
                {
                    "goal": "Build support network.",
                    "intervention": "Reviewed local SMART meetings.",
                    "response": "Will try Thursday meeting.",
                    "plan": "Check in next week.",
                },
                "2026-03-10T17:00:00Z",
            ),
            location=None,
        ),
        session(
            uid(204),
            "2026-03-12T16:00:00Z",
            "phone",
            signed_note(
                dana,
                uid(204),
                uid(304),
                "free",
                {"text": "Brief check-in by phone; no concerns."},
                "2026-03-12T16:30:00Z",
            ),
            minutes=15,
        ),
        session(
            uid(205),
            "2026-03-15T16:00:00Z",
            "individual",
            {
                "id": uid(305),
                "format": "DAP",
                "status": "draft",
                "signed_by": None,
                "signed_at": None,
                "content_sha256": None,
                "late_entry": False,
                "sections": {"data": "Draft in progress"},
                "created_at": "2026-03-15T17:00:00Z",
                "updated_at": "2026-03-15T17:05:00Z",
                "addenda": [],
            },
        ),
        session(uid(206), "2026-03-18T16:00:00Z", "individual", None, minutes=1440),
    ]
    return {
        "format": "counselor-desk/1",
        "exported_at": "2026-04-01T12:00:00Z",
        "clients": [
            client(
                alex,
                "Alex M.",
                archived=True,
                admission_date="2024-01-02",
                discharge_date="2025-06-30",
                program="IOP",
            ),
            client(
                dana,
                "Dana R.",
                legal_name="Dana Rodríguez",
                date_of_birth="1990-04-02",
                sex="F",
                pronouns="she/her",
                preferred_language="en",
                phone="555-0100",
                emergency_contact="Sam R. 555-0101",
                guardian=None,
                program="OTP",
                admission_date="2026-01-05",
                discharge_date=None,
                recovery_date="2026-01-01",
                diagnoses=[
                    {"description": "Opioid use disorder, severe", "icd10": "F11.20"},
                    {"description": "Anxiety", "icd10": None},
                ],
                created_at="2026-01-05T15:00:00Z",
                updated_at="2026-02-01T15:00:00Z",
                medications=[
                    {
                        "id": uid(100),
                        "medication": "buprenorphine",
                        "form": "sublingual film",
                        "dose": "8 mg daily",
                        "schedule": "morning",
                        "prescriber": "Dr. Lee",
                        "started": "2026-01-10",
                        "stopped": "2026-02-01",
                        "dispensing": "pharmacy",
                        "take_home_count": None,
                        "notes": "Induction went well.",
                        "replaces": None,
                        "created_at": "2026-01-10T15:00:00Z",
                    },
                    {
                        "id": uid(101),
                        "medication": "buprenorphine",
                        "form": "sublingual film",
                        "dose": "16 mg daily",
                        "schedule": "morning",
                        "prescriber": "Dr. Lee",
                        "started": "2026-02-01",
                        "stopped": None,
                        "dispensing": "take-home",
                        "take_home_count": 6,
                        "notes": None,
                        "replaces": uid(100),
                        "created_at": "2026-02-01T15:00:00Z",
                    },
                    {
                        "id": uid(102),
                        "medication": "naltrexone",
                        "form": "extended-release injection",
                        "dose": "380 mg monthly",
                        "schedule": None,
                        "prescriber": None,
                        "started": "2026-02-15",
                        "stopped": None,
                        "dispensing": "injection",
                        "take_home_count": None,
                        "notes": None,
                        "replaces": None,
                        "created_at": "2026-02-15T15:00:00Z",
                    },
                ],
                sessions=dana_sessions,
                consents=[
                    {
                        "id": uid(500),
                        "discloser": "Valley MAT Program",
                        "recipient": "Valley Primary Care",
                        "information": "Medication and attendance",
                        "purpose": "Coordination of care",
                        "signed": "2026-02-01",
                        "signed_by": "client",
                        "expires": "2027-02-01",
                        "expires_on_event": None,
                        "includes_counseling_notes": False,
                        "revoked": None,
                        "created_at": "2026-02-01T15:00:00Z",
                        "updated_at": "2026-02-01T15:00:00Z",
                    },
                    {
                        "id": uid(501),
                        "discloser": "Valley MAT Program",
                        "recipient": "Dr. Park, therapist",
                        "information": "SUD counseling notes",
                        "purpose": "Continuity of therapy",
                        "signed": "2026-02-10",
                        "signed_by": "client",
                        "expires": None,
                        "expires_on_event": "end of treatment",
                        "includes_counseling_notes": True,
                        "revoked": "2026-03-01",
                        "created_at": "2026-02-10T15:00:00Z",
                        "updated_at": "2026-03-01T15:00:00Z",
                    },
                ],
                counseling_notes=[
                    {
                        "id": uid(600),
                        "session_id": uid(200),
                        "text": "My hunch: shame drives the cravings.",
                        "created_at": "2026-03-01T18:00:00Z",
                        "updated_at": "2026-03-01T18:00:00Z",
                    },
                    {
                        "id": uid(601),
                        "session_id": None,
                        "text": "Consider MI on ambivalence about tapering.",
                        "created_at": "2026-03-05T18:00:00Z",
                        "updated_at": "2026-03-06T18:00:00Z",
                    },
                ],
            ),
            client(
                luis,
                "Luis P.",
                preferred_language="es",
                guardian="María P. (mother)",
                date_of_birth="2009-07-15",
                medications=[
                    {
                        "id": uid(103),
                        "medication": "methadone",
                        "form": "liquid",
                        "dose": "60 mg",
                        "schedule": "daily",
                        "prescriber": "OTP",
                        "started": "2026-01-20",
                        "stopped": None,
                        "dispensing": "clinic",
                        "take_home_count": 0,
                        "notes": None,
                        "replaces": None,
                        "created_at": "2026-01-20T15:00:00Z",
                    },
                    {
                        "id": uid(104),
                        "medication": "other",
                        "form": None,
                        "dose": None,
                        "schedule": None,
                        "prescriber": None,
                        "started": "2026-01-21",
                        "stopped": None,
                        "dispensing": None,
                        "take_home_count": None,
                        "notes": "Clonidine for withdrawal.",
                        "replaces": None,
                        "created_at": "2026-01-21T15:00:00Z",
                    },
                ],
            ),
        ],
    }


def without_exported_at(document: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in document.items() if k != "exported_at"}


def minimal_document(**note: Any) -> dict[str, Any]:
    """One client, one session, and the given note (if any)."""
    session_record: dict[str, Any] = {
        "id": uid(20),
        "start": "2026-03-01T10:00:00-06:00",
        "minutes": 50,
        "kind": "individual",
    }
    if note:
        session_record["note"] = note
    return {
        "format": "counselor-desk/1",
        "clients": [{"id": uid(10), "display_name": "Dana R.", "sessions": [session_record]}],
    }


# -- tests -----------------------------------------------------------------------------------


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    schema = interchange.load_schema()
    Draft202012Validator.check_schema(schema)
    assert schema["properties"]["format"]["const"] == "counselor-desk/1"


def test_rich_document_round_trips_identically(make_vault: Any) -> None:
    document = rich_document()
    assert interchange.validate(document) == []
    first: Vault = make_vault("first")
    summary = interchange.import_data(first, document)
    assert summary == interchange.ImportSummary(
        clients=3, sessions=7, notes=6, addenda=2, consents=2, medications=5, counseling_notes=2
    )
    exported = interchange.export_data(first)
    assert without_exported_at(exported) == without_exported_at(document)
    assert interchange.validate(exported) == []

    second: Vault = make_vault("second")
    interchange.import_data(second, exported)
    again = interchange.export_data(second)
    assert without_exported_at(again) == without_exported_at(exported)
    assert json.dumps(without_exported_at(again), sort_keys=True) == json.dumps(
        without_exported_at(document), sort_keys=True
    )


def test_files_round_trip_with_private_mode(make_vault: Any, tmp_path: Path) -> None:
    first: Vault = make_vault("first")
    interchange.import_data(first, rich_document())
    out = tmp_path / "export.json"
    summary = interchange.export_file(first, out)
    assert summary.clients == 3
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".export")] == []

    second: Vault = make_vault("second")
    interchange.import_file(second, out)
    assert without_exported_at(interchange.export_data(second)) == without_exported_at(
        rich_document()
    )


def test_bad_json_names_line_and_column(vault: Vault, tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"format": "counselor-desk/1",\n  "clients": [,]}\n', encoding="utf-8")
    with pytest.raises(InvalidImport) as caught:
        interchange.import_file(vault, path)
    [problem] = caught.value.problems
    assert problem.path == "$"
    assert "line 2, column 15" in problem.message


def test_signed_note_hashes_identically_and_a_changed_character_is_refused(
    make_vault: Any,
) -> None:
    document = rich_document()
    first: Vault = make_vault("first")
    interchange.import_data(first, document)
    stored = session_repo.note_for_session(first.conn, uid(202))
    assert stored is not None and stored.is_signed and stored.hash_matches()
    given = document["clients"][1]["sessions"][2]["note"]["content_sha256"]
    assert stored.content_sha256 == given

    exported = interchange.export_data(first)
    note = exported["clients"][1]["sessions"][2]["note"]
    assert note["content_sha256"] == given
    second: Vault = make_vault("second")
    interchange.import_data(second, exported)
    again = session_repo.note_for_session(second.conn, uid(202))
    assert again is not None and again.content_sha256 == given

    tampered = copy.deepcopy(exported)
    sections = tampered["clients"][1]["sessions"][2]["note"]["sections"]
    sections["response"] = sections["response"].replace("I", "l", 1)
    third: Vault = make_vault("third")
    before = row_counts(third)
    with pytest.raises(InvalidImport) as caught:
        interchange.import_data(third, tampered)
    assert [(p.path, p.message) for p in caught.value.problems] == [
        (
            "$.clients[1].sessions[2].note.content_sha256",
            "content does not match content_sha256 (the note was changed after signing)",
        )
    ]
    assert "Nothing was written" in str(caught.value)
    assert row_counts(third) == before


def test_a_changed_addendum_is_refused(vault: Vault) -> None:
    document = rich_document()
    document["clients"][1]["sessions"][0]["note"]["addenda"][1]["text"] += "!"
    problems = interchange.validate(document)
    assert [p.path for p in problems] == ["$.clients[1].sessions[0].note.addenda[1].content_sha256"]


def test_every_problem_is_reported_at_once_with_its_path(vault: Vault) -> None:
    document = rich_document()
    dana = document["clients"][1]
    dana["date_of_birth"] = "1990-02-30"
    dana["dispaly_name"] = "typo"
    dana["sessions"][1]["kind"] = "walk"
    dana["sessions"][3]["start"] = "yesterday"
    dana["sessions"][4]["note"]["status"] = "draft"  # still carries a signature
    dana["sessions"][5]["note"]["sections"]["behavior"] = "not a DAP section"
    dana["medications"][1]["replaces"] = uid(999)
    dana["counseling_notes"][0]["session_id"] = uid(999)
    dana["consents"][0]["expires"] = "2025-01-01"
    document["clients"][2]["sessions"] = [{"start": "2026-03-01T10:00:00Z", "minutes": 0}]
    document["clients"][0]["id"] = dana["id"]

    before = row_counts(vault)
    with pytest.raises(InvalidImport) as caught:
        interchange.import_data(vault, document)
    found = {p.path: p.message for p in caught.value.problems}
    assert row_counts(vault) == before
    expected = {
        "$.clients[1].date_of_birth": "not a date",
        "$.clients[1].dispaly_name": "not a field",
        "$.clients[1].sessions[1].kind": "is not one of",
        "$.clients[1].sessions[3].start": "not a date and time",
        "$.clients[1].sessions[4].note.signed_by": "draft note carries no signature",
        "$.clients[1].sessions[4].note.signed_at": "draft note carries no signature",
        "$.clients[1].sessions[4].note.content_sha256": "draft note carries no signature",
        "$.clients[1].sessions[5].note.sections.behavior": "no section 'behavior'",
        "$.clients[1].medications[1].replaces": "no medication",
        "$.clients[1].counseling_notes[0].session_id": "no session",
        "$.clients[1].consents[0].expires": "before the date the consent was signed",
        "$.clients[2].sessions[0].minutes": "at least 1",
        "$.clients[2].sessions[0].kind": "required",
        "$.clients[1].id": "used twice in this file (also at $.clients[0].id)",
    }
    for path, words in expected.items():
        assert path in found, path
        assert words in found[path], (path, found[path])
    assert str(caught.value).startswith("The file cannot be imported: $.")
    assert f"(and {len(caught.value.problems) - 1} more)" in str(caught.value)


def test_validate_without_a_vault_lists_the_same_problems() -> None:
    document = minimal_document(format="SOAP", status="signed", sections={"subjective": "x"})
    messages = {p.path: p.message for p in interchange.validate(document)}
    assert messages == {
        "$.clients[0].sessions[0].note.signed_by": "a signed note needs who signed it",
        "$.clients[0].sessions[0].note.signed_at": "a signed note needs when it was signed",
    }
    with pytest.raises(InvalidImport):
        interchange.parse(document)


@pytest.mark.parametrize(
    ("change", "path", "words"),
    [
        (
            lambda d: d["clients"][1]["sessions"][5]["note"].update(
                addenda=[{"text": "x", "signed_by": "A", "signed_at": "2026-03-16T10:00:00Z"}]
            ),
            "$.clients[1].sessions[5].note.addenda",
            "signed notes only",
        ),
        (
            lambda d: d["clients"][1]["sessions"][0]["note"]["sections"].update(
                subjective="", objective="", assessment="", plan=""
            ),
            "$.clients[1].sessions[0].note.sections",
            "cannot be empty",
        ),
        (
            lambda d: d["clients"][1]["medications"][0].update(replaces=uid(101)),
            "$.clients[1].medications[0].replaces",
            "loops back",
        ),
        (
            lambda d: d["clients"][1]["medications"][0].update(replaces=uid(103)),
            "$.clients[1].medications[0].replaces",
            "belongs to another client",
        ),
        (
            lambda d: d["clients"][2].update(
                counseling_notes=[{"session_id": uid(200), "text": "x"}]
            ),
            "$.clients[2].counseling_notes[0].session_id",
            "belongs to another client",
        ),
        (
            lambda d: d["clients"][1]["medications"][2].update(stopped="2026-01-01"),
            "$.clients[1].medications[2].stopped",
            "before the start date",
        ),
        (
            lambda d: d["clients"][0].update(discharge_date="2020-01-01"),
            "$.clients[0].discharge_date",
            "before the admission date",
        ),
        (
            lambda d: d["clients"][1]["consents"][0].update(expires=None),
            "$.clients[1].consents[0].expires",
            "expiry date or an expiry event",
        ),
        (
            lambda d: d["clients"][1].update(display_name="   "),
            "$.clients[1].display_name",
            "blank",
        ),
        (
            lambda d: d["clients"][1]["sessions"][0]["note"].update(content_sha256="not a hash"),
            "$.clients[1].sessions[0].note.content_sha256",
            "64 hexadecimal digits",
        ),
        (
            lambda d: d["clients"][1]["sessions"][0].update(id="session-1"),
            "$.clients[1].sessions[0].id",
            "not a UUID",
        ),
        (lambda d: d.update(format="counselor-desk/2"), "$.format", '"counselor-desk/1"'),
        (
            lambda d: d["clients"][1]["sessions"][0].pop("id"),
            "$.clients[1].sessions[0].note.content_sha256",
            "covers the client and session ids, which this file does not give",
        ),
        (
            lambda d: d["clients"][1]["sessions"][0]["note"].pop("id"),
            "$.clients[1].sessions[0].note.addenda[0].content_sha256",
            "covers the client and note ids",
        ),
        (
            lambda d: d["clients"][1]["sessions"][2]["note"]["sections"].update({"my notes": 1}),
            '$.clients[1].sessions[2].note.sections["my notes"]',
            "should be text",
        ),
    ],
)
def test_each_rule_is_checked(change: Any, path: str, words: str) -> None:
    document = rich_document()
    change(document)
    problems = interchange.validate(document)
    assert path in {p.path for p in problems}, problems
    assert any(words in p.message for p in problems if p.path == path), problems


def test_an_id_that_already_exists_is_refused_and_named(vault: Vault) -> None:
    interchange.import_data(vault, rich_document())
    before = row_counts(vault)

    again = rich_document()
    with pytest.raises(InvalidImport) as caught:
        interchange.import_data(vault, again)
    messages = {p.path: p.message for p in caught.value.problems}
    assert messages["$.clients[1].id"] == f"client id {uid(2)} already exists in this vault"
    assert (
        messages["$.clients[1].sessions[0].note.addenda[0].id"]
        == f"addendum id {uid(400)} already exists in this vault"
    )

    # A new client whose session reuses an id the vault holds.
    newcomer = minimal_document()
    newcomer["clients"][0]["sessions"][0]["id"] = uid(203)
    with pytest.raises(InvalidImport) as caught:
        interchange.import_data(vault, newcomer)
    assert [(p.path, p.message) for p in caught.value.problems] == [
        ("$.clients[0].sessions[0].id", f"session id {uid(203)} already exists in this vault")
    ]
    assert interchange.validate(newcomer, vault) == caught.value.problems
    assert interchange.validate(newcomer) == []
    assert row_counts(vault) == before


def test_an_invalid_file_writes_nothing(vault: Vault) -> None:
    before = row_counts(vault)
    document = rich_document()
    document["clients"][2]["sessions"] = [{"start": "2026-03-01", "minutes": 50, "kind": "group"}]
    with pytest.raises(InvalidImport):
        interchange.import_data(vault, document)
    assert row_counts(vault) == before
    with pytest.raises(InvalidImport):
        interchange.import_data(vault, ["not", "an", "object"])
    assert row_counts(vault) == before


def test_a_database_error_midway_rolls_everything_back(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = row_counts(vault)

    def broken(*args: object) -> None:
        raise RuntimeError("disk trouble")

    monkeypatch.setattr(consent_repo, "add_counseling_note", broken)
    with pytest.raises(RuntimeError):
        interchange.import_data(vault, rich_document())
    assert row_counts(vault) == before
    assert not vault.conn.in_transaction


def test_naive_time_is_local_time(vault: Vault, local_is_utc_minus_6: None) -> None:
    document = minimal_document(
        format="DAP",
        status="signed",
        signed_by="A. Rivera",
        signed_at="2026-03-01T11:02:00",
        sections={"data": "Came on time.", "assessment": "Stable.", "plan": "Next week."},
    )
    document["clients"][0]["sessions"][0]["start"] = "2026-03-01T10:00:00"
    interchange.import_data(vault, document)
    [stored] = session_repo.list_sessions(vault.conn, uid(10))
    assert stored.start == datetime(2026, 3, 1, 16, 0, tzinfo=UTC)
    note = session_repo.note_for_session(vault.conn, uid(20))
    assert note is not None and note.signed_at == datetime(2026, 3, 1, 17, 2, tzinfo=UTC)
    exported = interchange.export_data(vault)["clients"][0]["sessions"][0]
    assert exported["start"] == "2026-03-01T16:00:00Z"
    assert exported["note"]["signed_at"] == "2026-03-01T17:02:00Z"
    # The hash covers the UTC form, so it equals the one for the explicit offset.
    assert exported["note"]["content_sha256"] == note_content_sha256(
        client_id=uid(10),
        session_id=uid(20),
        fmt=NoteFormat.DAP,
        sections={"data": "Came on time.", "assessment": "Stable.", "plan": "Next week."},
        signed_by="A. Rivera",
        signed_at=parse_datetime("2026-03-01T11:02:00-06:00"),
    )


def test_hash_is_computed_when_absent(vault: Vault) -> None:
    sections = {"goal": "Stay engaged.", "intervention": "MI.", "response": "Agreed.", "plan": "x"}
    document = minimal_document(
        id=uid(30),
        format="GIRP",
        status="signed",
        signed_by="A. Rivera",
        signed_at="2026-03-03T11:00:00-06:00",
        sections=sections,
        addenda=[
            {
                "id": uid(31),
                "text": "Also: housing.",
                "signed_by": "A. Rivera",
                "signed_at": "2026-03-04T09:00:00Z",
            },
        ],
    )
    summary = interchange.import_data(vault, document)
    assert (summary.notes, summary.addenda) == (1, 1)
    note = session_repo.note_for_session(vault.conn, uid(20))
    assert note is not None
    assert note.status is NoteStatus.SIGNED
    assert note.content_sha256 == note_content_sha256(
        client_id=uid(10),
        session_id=uid(20),
        fmt=NoteFormat.GIRP,
        sections=sections,
        signed_by="A. Rivera",
        signed_at=datetime(2026, 3, 3, 17, 0, tzinfo=UTC),
    )
    assert note.late_entry is True  # signed two days after the session, computed on import
    [added] = session_repo.addenda_for(vault.conn, uid(30))
    assert added.hash_matches()


def test_parse_gives_domain_objects_in_insertable_order() -> None:
    document = rich_document()
    meds = document["clients"][1]["medications"]
    meds.reverse()  # the replacing entry now comes before the one it replaces
    bundles = interchange.parse(document)
    assert [b.client.display_name for b in bundles] == ["Alex M.", "Dana R.", "Luis P."]
    dana = bundles[1]
    order = [m.id for m in dana.medications]
    assert order.index(uid(100)) < order.index(uid(101))
    assert dana.client.diagnoses[0].icd10 == "F11.20"
    assert [s.note.format.value for s in dana.sessions if s.note] == [
        "SOAP",
        "DAP",
        "BIRP",
        "GIRP",
        "free",
        "DAP",
    ]
    assert len(dana.sessions[0].addenda) == 2
    assert dana.counseling_notes[0].session_id == uid(200)


def test_import_and_export_are_audited_without_names(vault: Vault) -> None:
    interchange.import_data(vault, rich_document())
    interchange.export_data(vault)
    entries = vault.audit.entries(vault.conn, limit=2)
    assert [e.action for e in entries] == ["export-data", "import"]
    assert entries[1].detail == (
        "clients=3 sessions=7 notes=6 addenda=2 consents=2 medications=5 counseling_notes=2"
    )
    for entry in entries:
        assert "Dana" not in (entry.detail or "") and "Dana" not in (entry.subject or "")
    assert vault.audit.verify(vault.conn, None) is None


def test_checks_go_on_past_a_broken_record() -> None:
    document = rich_document()
    dana = document["clients"][1]
    dana["sessions"][0]["kind"] = "walk"
    dana["sessions"][0]["created_at"] = "2026-02-30T10:00:00Z"
    dana["medications"][0]["medication"] = "fentanyl"  # uid(101) replaces this entry
    problems = {p.path: p.message for p in interchange.validate(document)}
    assert set(problems) == {
        "$.clients[1].sessions[0].kind",
        "$.clients[1].sessions[0].created_at",
        "$.clients[1].medications[0].medication",
    }
    assert "not a date and time" in problems["$.clients[1].sessions[0].created_at"]


def test_each_missing_field_is_named_once() -> None:
    document = {"format": "counselor-desk/1", "clients": [{"consents": [{"signed": "2026-01-01"}]}]}
    paths = [p.path for p in interchange.validate(document)]
    missing = ["discloser", "recipient", "information", "purpose", "signed_by"]
    assert paths == ["$.clients[0].display_name"] + [
        f"$.clients[0].consents[0].{name}" for name in missing
    ] + ["$.clients[0].consents[0].expires"]


# -- worksheets and scale entries ------------------------------------------------------------


def thought_row(situation: str, **cells: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "situation": situation,
        "mood_1": "ashamed",
        "mood_1_rating": 70,
        "thought_1": "I always mess up.",
    }
    row.update(cells)
    return row


def with_measures() -> dict[str, Any]:
    """rich_document() with worksheets and scale entries for Dana, as export writes them."""
    document = rich_document()
    dana = document["clients"][1]
    first = {"moments": [thought_row("Missed my bus to the clinic")]}
    second = {
        "moments": [thought_row("Missed my bus to the clinic", balanced_thought="It happens.")]
    }
    dana["worksheets"] = [
        {
            "id": uid(700),
            "session_id": uid(200),
            "definition_id": "thought_record",
            "definition_version": 1,
            "status": "complete",
            "values": second,
            "created_at": "2026-03-01T16:10:00Z",
            "updated_at": "2026-03-02T10:00:00Z",
            "completed_at": "2026-03-02T10:00:00Z",
            "versions": [
                {
                    "version": 1,
                    "status": "complete",
                    "values": first,
                    "saved_at": "2026-03-01T16:40:00Z",
                },
                {
                    "version": 2,
                    "status": "draft",
                    "values": first,
                    "saved_at": "2026-03-02T09:00:00Z",
                },
                {
                    "version": 3,
                    "status": "complete",
                    "values": second,
                    "saved_at": "2026-03-02T10:00:00Z",
                },
            ],
        },
        {
            "id": uid(701),
            "session_id": None,
            "definition_id": "readiness_ruler",
            "definition_version": 1,
            "status": "draft",
            "values": {"change": "Cut down on weed", "importance": 6},
            "created_at": "2026-03-08T16:10:00Z",
            "updated_at": "2026-03-08T16:20:00Z",
            "completed_at": None,
            "versions": [],
        },
    ]
    dana["scale_entries"] = [
        {
            "id": uid(800),
            "session_id": uid(200),
            "scale": "gad7",
            "taken_on": "2026-03-01",
            "answers": {f"q{n}": 2 for n in range(1, 8)},
            "total": 14,
            "band": "moderate",
            "flags": [
                {
                    "kind": "positive-screen",
                    "message": "Total 10 or more: an anxiety disorder is likely; "
                    "arrange a fuller assessment.",
                }
            ],
            "sex": None,
            "created_at": "2026-03-01T16:30:00Z",
        },
        {
            "id": uid(801),
            "session_id": None,
            "scale": "craving",
            "taken_on": "2026-03-08",
            "answers": {"craving": 0},
            "total": 0,
            "band": None,
            "flags": [],
            "sex": None,
            "created_at": "2026-03-08T16:30:00Z",
        },
    ]
    return document


def test_worksheets_and_scale_entries_round_trip_identically(make_vault: Any) -> None:
    document = with_measures()
    assert interchange.validate(document) == []
    first: Vault = make_vault("first")
    summary = interchange.import_data(first, document)
    assert (summary.worksheets, summary.scale_entries) == (2, 2)
    exported = interchange.export_data(first)
    assert without_exported_at(exported) == without_exported_at(document)
    second: Vault = make_vault("second")
    interchange.import_data(second, exported)
    assert without_exported_at(interchange.export_data(second)) == without_exported_at(document)
    entries = first.audit.entries(first.conn, limit=2)
    assert entries[1].detail is not None and entries[1].detail.endswith(
        "worksheets=2 scale_entries=2"
    )


def test_totals_bands_flags_and_blank_fields_are_computed_when_absent(vault: Vault) -> None:
    document = minimal_document()
    dana = document["clients"][0]
    dana["sex"] = "M"
    dana["worksheets"] = [
        {"definition_id": "readiness_ruler", "status": "draft", "values": {"importance": 3}}
    ]
    dana["scale_entries"] = [
        {"scale": "phq9", "taken_on": "2026-03-01", "answers": {f"q{n}": 2 for n in range(1, 10)}},
        {"scale": "audit_c", "taken_on": "2026-03-02", "answers": {"q1": 1, "q2": 1, "q3": 1.0}},
    ]
    interchange.import_data(vault, document)
    exported = interchange.export_data(vault)["clients"][0]
    [worksheet] = exported["worksheets"]
    assert (worksheet["definition_version"], worksheet["versions"]) == (1, [])
    phq9, audit_c = exported["scale_entries"]
    assert (phq9["total"], phq9["band"]) == (18, "moderately severe")
    assert {f["kind"] for f in phq9["flags"]} == {"safety", "positive-screen"}
    # AUDIT-C without its own sex uses the client's: 3 is below the cut-off for men.
    assert (audit_c["total"], audit_c["band"], audit_c["sex"]) == (3, "negative", "M")


@pytest.mark.parametrize(
    ("change", "path", "words"),
    [
        (
            lambda w, s: w[1].update(completed_at="2026-03-08T17:00:00Z"),
            "$.clients[1].worksheets[1].completed_at",
            "draft worksheet has no completion time",
        ),
        (
            lambda w, s: w[0].update(completed_at=None),
            "$.clients[1].worksheets[0].completed_at",
            "needs when it was completed",
        ),
        (
            lambda w, s: w[0]["versions"][2].update(version=1),
            "$.clients[1].worksheets[0].versions[2].version",
            "given twice",
        ),
        (
            lambda w, s: w[0].update(session_id=uid(999)),
            "$.clients[1].worksheets[0].session_id",
            "no session",
        ),
        (
            lambda w, s: w[0].update(definition_version=2),
            "$.clients[1].worksheets[0].definition_version",
            "update the program",
        ),
        (
            lambda w, s: w[0]["values"]["moments"][0].pop("thought_1"),
            "$.clients[1].worksheets[0].values.moments[0].thought_1",
            "an answer is needed",
        ),
        (
            lambda w, s: w[1]["values"].update({"my mood": "ok"}),
            '$.clients[1].worksheets[1].values["my mood"]',
            "not a field",
        ),
        (
            lambda w, s: w[1].update(status="done"),
            "$.clients[1].worksheets[1].status",
            "is not one of",
        ),
        (
            lambda w, s: w[1].pop("values"),
            "$.clients[1].worksheets[1].values",
            "is missing",
        ),
        (
            lambda w, s: s[0]["answers"].pop("q7"),
            "$.clients[1].scale_entries[0].answers.q7",
            "not answered",
        ),
        (
            lambda w, s: s[1]["answers"].update(craving="high"),
            "$.clients[1].scale_entries[1].answers.craving",
            "should be a whole number",
        ),
        (
            lambda w, s: s[1].update(scale="bdi"),
            "$.clients[1].scale_entries[1].scale",
            "is not one of",
        ),
        (
            lambda w, s: s[1].update(session_id=uid(20)),
            "$.clients[1].scale_entries[1].session_id",
            "no session",
        ),
        (
            lambda w, s: s[0].update(band="severe"),
            "$.clients[1].scale_entries[0].band",
            'which give "moderate"',
        ),
    ],
)
def test_each_worksheet_and_scale_rule_is_checked(change: Any, path: str, words: str) -> None:
    document = with_measures()
    dana = document["clients"][1]
    change(dana["worksheets"], dana["scale_entries"])
    problems = interchange.validate(document)
    assert path in {p.path for p in problems}, problems
    assert any(words in p.message for p in problems if p.path == path), problems


def test_an_unknown_worksheet_is_refused_and_nothing_is_written(vault: Vault) -> None:
    document = with_measures()
    document["clients"][1]["worksheets"][1]["definition_id"] = "mood_diary"
    before = row_counts(vault)
    with pytest.raises(InvalidImport) as refused:
        interchange.import_data(vault, document)
    [problem] = refused.value.problems
    assert problem.path == "$.clients[1].worksheets[1].definition_id"
    assert "no worksheet 'mood_diary'" in problem.message and "thought_record" in problem.message
    assert row_counts(vault) == before
