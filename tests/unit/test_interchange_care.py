"""counselor-desk/1 and the care records: treatment plans with their history and the
golden thread, the support network, co-signatures and group sessions. A vault holding
every kind round-trips identically; bad input is refused at its JSON path with nothing
written. Real SQLCipher vaults in tmp_path; fictional people only."""

from __future__ import annotations

import copy
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from counselor_desk.domain.errors import InvalidImport
from counselor_desk.domain.group_notes import AttendeeStatus
from counselor_desk.domain.network import MemberKind, NetworkMember, Strength, Weekday
from counselor_desk.domain.notes import NoteFormat
from counselor_desk.domain.records import Client, Session, SessionKind
from counselor_desk.domain.supervision import CosignRequest, cosign_note
from counselor_desk.domain.treatment_plan import (
    Goal,
    Intervention,
    Objective,
    Problem,
    TreatmentPlan,
)
from counselor_desk.services import interchange
from counselor_desk.services.caseload import Caseload
from counselor_desk.services.groups import Groups
from counselor_desk.services.network import Network
from counselor_desk.services.plans import Plans
from counselor_desk.vault import groups as group_repo
from counselor_desk.vault import plans as plan_repo
from counselor_desk.vault import supervision as supervision_repo
from counselor_desk.vault.keyslots import KdfParams
from counselor_desk.vault.search import search
from counselor_desk.vault.store import Vault, create_vault

CHEAP = KdfParams(time_cost=1, memory_kib=1024, parallelism=1)
START = datetime(2024, 5, 6, 9, 30, tzinfo=UTC)
COUNSELOR = "A. Rivera, CADC-I"
SUPERVISOR = "J. Park, LCSW"

TABLES = (
    "clients",
    "sessions",
    "notes",
    "attendance",
    "treatment_plans",
    "treatment_plan_versions",
    "session_objectives",
    "network_members",
    "group_sessions",
    "group_attendees",
    "cosign_requests",
    "cosignatures",
    "search_index",
    "audit_log",
)


class Clock:
    """Stands still; each step moves it on a minute (so stamps differ and sort)."""

    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now

    def step(self) -> None:
        self.now += timedelta(minutes=1)


def new_vault(folder: Path, clock: Clock | None = None) -> Vault:
    kwargs = {"clock": clock} if clock is not None else {}
    return create_vault(
        folder, "Test", "unused passphrase", kdf=CHEAP, check_strength=False, **kwargs
    ).vault


@pytest.fixture
def make_vault(tmp_path: Path) -> Iterator[Callable[[str], Vault]]:
    made: list[Vault] = []

    def make(name: str = "v") -> Vault:
        vault = new_vault(tmp_path / name)
        made.append(vault)
        return vault

    yield make
    for vault in made:
        vault.lock()


def row_counts(vault: Vault) -> dict[str, int]:
    return {t: vault.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def without_exported_at(document: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in document.items() if k != "exported_at"}


# -- a vault with every care record ------------------------------------------------------------


def plan_tree(client_id: str, plan_id: str) -> TreatmentPlan:
    return TreatmentPlan(
        client_id=client_id,
        id=plan_id,
        problems=(
            Problem(
                "Opioid use disorder, early remission on buprenorphine",
                goals=(
                    Goal(
                        "I want to keep my job and stay off fentanyl",
                        objectives=(
                            Objective(
                                "Attends two NA meetings a week for 8 weeks",
                                target_date=date(2024, 7, 1),
                                interventions=(
                                    Intervention(
                                        "Meeting list, sponsor talk", "Counselor", "Weekly"
                                    ),
                                ),
                            ),
                            Objective(
                                "Names three craving triggers and a plan for each",
                                target_date=date(2024, 6, 1),
                                interventions=(
                                    Intervention(
                                        "Triggers worksheet", "Counselor", "Every session"
                                    ),
                                ),
                            ),
                        ),
                    ),
                ),
            ),
        ),
    )


@dataclass(frozen=True)
class Made:
    vault: Vault
    dana: str
    marcus: str
    luis: str
    plan: str  # Dana's active plan
    signed_group: str
    draft_group: str


def fill(vault: Vault, clock: Clock) -> Made:
    caseload, plans, network, groups = Caseload(vault), Plans(vault), Network(vault), Groups(vault)
    dana = caseload.add_client(Client("Dana R."))
    marcus = caseload.add_client(Client("Marcus T."))
    luis = caseload.add_client(Client("Luis G."))

    def session(client: Client, day: int) -> Session:
        clock.step()
        start = datetime(2024, 5, day, 16, 0, tzinfo=UTC)
        return caseload.add_session(Session(client.id, start, 50, SessionKind.INDIVIDUAL))

    # Dana: a signed and co-signed note, a draft sent for co-signature.
    first = session(dana, 1)
    note = caseload.start_note(first.id, NoteFormat.DAP)
    caseload.save_draft(note.with_sections({"data": "Reports no use; went to two meetings."}))
    signed = caseload.sign_note(note.id, COUNSELOR)
    second = session(dana, 3)
    draft = caseload.start_note(second.id, NoteFormat.SOAP)
    caseload.save_draft(draft.with_sections({"subjective": "Tired after a double shift."}))
    with vault.transaction() as conn:
        supervision_repo.add_request(conn, CosignRequest(signed.id, dana.id, COUNSELOR, clock()))
        supervision_repo.add_request(conn, CosignRequest(draft.id, dana.id, COUNSELOR, clock()))
        clock.step()
        supervision_repo.add_cosignature(
            conn, cosign_note(signed, cosigner=SUPERVISOR, at=clock()), clock()
        )

    # Dana's plans: one discontinued draft, one active and reviewed; sessions name objectives.
    clock.step()
    old = plans.start_plan(dana.id)
    clock.step()
    plans.close(old.id, "discontinued")
    clock.step()
    started = plans.start_plan(dana.id)
    plans.save_plan(plan_tree(dana.id, started.id))
    clock.step()
    plans.activate(started.id, date(2024, 8, 1))
    clock.step()
    plans.review(started.id, date(2024, 9, 1))
    objectives = [o.id for _p, _g, o in plans.plan(started.id).objectives()]
    clock.step()
    plans.link_session(first.id, objectives)
    clock.step()
    plans.link_session(second.id, objectives[1:])
    # Marcus: a draft plan, no sessions named.
    clock.step()
    plans.start_plan(marcus.id)

    # Dana's support network: family and a meeting with its day and time.
    clock.step()
    network.add(
        NetworkMember(
            client_id=dana.id,
            name="Rosa",
            kind=MemberKind.FAMILY,
            strength=Strength.STRONG,
            role="mother",
            contact="555-0100",
            frequency="daily",
        )
    )
    clock.step()
    network.add(
        NetworkMember(
            client_id=dana.id,
            name="Tuesday Night Hope",
            kind=MemberKind.NA_MEETING,
            strength=Strength.TENUOUS,
            meeting_day=Weekday.TUESDAY,
            meeting_time="19:30",
            notes="Went twice; shy about sharing.",
        )
    )
    clock.step()
    network.add(
        NetworkMember(
            client_id=marcus.id,
            name="Shift boss",
            kind=MemberKind.EMPLOYER,
            strength=Strength.STRESSFUL,
        )
    )

    # A signed group filed into Dana's and Luis's charts (Marcus excused), and a draft.
    clock.step()
    group = groups.start_group(datetime(2024, 5, 2, 17, 0, tzinfo=UTC), 90, "Room 4")
    groups.add_attendee(group.id, dana.id, section="Shared a plan for the weekend.")
    groups.add_attendee(group.id, marcus.id, AttendeeStatus.EXCUSED, "Called in: work.")
    groups.add_attendee(group.id, luis.id, section="Quiet; stayed after to talk.")
    groups.save_group(
        replace(
            groups.group(group.id),
            topic="Coping with cravings at weekends",
            interventions="Urge surfing practice; relapse-prevention worksheet",
        )
    )
    clock.step()
    groups.sign_group(group.id, COUNSELOR)
    clock.step()
    later = groups.start_group(datetime(2024, 5, 9, 17, 0, tzinfo=UTC), 60, None)
    groups.add_attendee(later.id, luis.id, section="Draft: Luis named Dana here, unfiled.")
    groups.add_attendee(later.id, dana.id, AttendeeStatus.NO_SHOW)
    return Made(vault, dana.id, marcus.id, luis.id, started.id, group.id, later.id)


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Made]:
    clock = Clock()
    vault = new_vault(tmp_path_factory.mktemp("care") / "source", clock)
    made = fill(vault, clock)
    yield made
    vault.lock()


@pytest.fixture(scope="module")
def document(source: Made) -> dict[str, Any]:
    exported = interchange.export_data(source.vault)
    return exported


def the_client(doc: dict[str, Any], name: str) -> tuple[int, dict[str, Any]]:
    return next((i, c) for i, c in enumerate(doc["clients"]) if c["display_name"] == name)


# -- the round trip ------------------------------------------------------------------------------


def test_every_care_record_round_trips_identically(
    source: Made, document: dict[str, Any], make_vault: Callable[[str], Vault]
) -> None:
    assert interchange.validate(document) == []
    _, dana = the_client(document, "Dana R.")
    _, marcus = the_client(document, "Marcus T.")
    assert [p["status"] for p in dana["treatment_plans"]] == ["discontinued", "active"]
    assert [v["version"] for v in dana["treatment_plans"][1]["versions"]] == [1, 2]
    assert [len(s.get("objectives", [])) for s in dana["sessions"]] == [2, 0, 1]
    assert [s["note"].get("cosign", {}).get("cosigned_by") for s in dana["sessions"]] == [
        SUPERVISOR,
        None,
        None,
    ]
    assert "cosign" in dana["sessions"][2]["note"] and "cosign" not in dana["sessions"][1]["note"]
    assert [m["name"] for m in dana["support_network"]] == ["Rosa", "Tuesday Night Hope"]
    assert [g["status"] for g in document["group_sessions"]] == ["signed", "draft"]
    assert [p["status"] for p in marcus["treatment_plans"]] == ["draft"]
    assert marcus["sessions"] == []  # excused from the group: attendance only

    target = make_vault("target")
    summary = interchange.import_data(target, copy.deepcopy(document))
    assert (
        summary.treatment_plans,
        summary.objective_links,
        summary.network_members,
        summary.cosign_requests,
        summary.cosignatures,
        summary.group_sessions,
    ) == (3, 3, 3, 2, 1, 2)
    again = interchange.export_data(target)
    assert without_exported_at(again) == without_exported_at(document)

    # The records themselves, read back through the vault.
    for client_id in (source.dana, source.marcus, source.luis):
        old = plan_repo.list_plans(source.vault.conn, client_id)
        assert plan_repo.list_plans(target.conn, client_id) == old
        for plan in old:
            assert plan_repo.list_versions(target.conn, plan.id) == plan_repo.list_versions(
                source.vault.conn, plan.id
            )
        assert plan_repo.client_links(target.conn, client_id) == plan_repo.client_links(
            source.vault.conn, client_id
        )
        assert Network(target).members(client_id) == Network(source.vault).members(client_id)
        assert supervision_repo.requests_for_client(
            target.conn, client_id
        ) == supervision_repo.requests_for_client(source.vault.conn, client_id)
    assert supervision_repo.all_cosignatures(target.conn) == supervision_repo.all_cosignatures(
        source.vault.conn
    )
    assert supervision_repo.cosignature_problems(target.conn) == []
    assert group_repo.list_groups(target.conn) == group_repo.list_groups(source.vault.conn)
    assert Plans(target).golden_thread(source.plan) == Plans(source.vault).golden_thread(
        source.plan
    )

    # Plans and members are searchable in the new vault, like in the old one.
    for word in ("fentanyl", "shy"):
        hits = search(target.conn, word)
        assert [h.client_id for h in hits] == [source.dana], word


def test_exported_documents_satisfy_the_schema(document: dict[str, Any]) -> None:
    validator = Draft202012Validator(
        interchange.load_schema(), format_checker=Draft202012Validator.FORMAT_CHECKER
    )
    assert [e.message for e in validator.iter_errors(document)] == []


def test_the_audit_rows_count_the_care_records_without_names(
    document: dict[str, Any], make_vault: Callable[[str], Vault]
) -> None:
    target = make_vault("target")
    interchange.import_data(target, copy.deepcopy(document))
    (detail,) = [e.detail for e in target.audit.entries(target.conn) if e.action == "import"]
    assert detail is not None
    assert "treatment_plans=3 objective_links=3 network_members=3" in detail
    assert "cosign_requests=2 cosignatures=1 group_sessions=2" in detail
    for word in ("Dana", "Rosa", "Park", "Rivera", "Hope"):
        assert word not in detail


# -- bad input: every problem at its path, nothing written ----------------------------------------


def uid(n: int) -> str:
    return str(uuid.UUID(int=n))


Case = Callable[[dict[str, Any]], tuple[str, str]]


def dana_at(doc: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    index, client = the_client(doc, "Dana R.")
    return f"$.clients[{index}]", client


def member_kind_unknown(doc: dict[str, Any]) -> tuple[str, str]:
    path, dana = dana_at(doc)
    dana["support_network"][0]["kind"] = "cousin"
    return f"{path}.support_network[0].kind", '"cousin" is not one of'


def member_day_on_family(doc: dict[str, Any]) -> tuple[str, str]:
    path, dana = dana_at(doc)
    dana["support_network"][0]["meeting_day"] = "friday"
    return f"{path}.support_network[0].meeting_day", "Only a meeting has a day"


def member_name_missing(doc: dict[str, Any]) -> tuple[str, str]:
    path, dana = dana_at(doc)
    del dana["support_network"][1]["name"]
    return f"{path}.support_network[1].name", "is missing"


def member_time_wrong(doc: dict[str, Any]) -> tuple[str, str]:
    path, dana = dana_at(doc)
    dana["support_network"][1]["meeting_time"] = "7:30pm"
    return f"{path}.support_network[1].meeting_time", '"7:30pm" is not a time of day as HH:MM'


def member_notes_too_long(doc: dict[str, Any]) -> tuple[str, str]:
    path, dana = dana_at(doc)
    dana["support_network"][1]["notes"] = "x" * 4001
    return f"{path}.support_network[1].notes", "is 4001 characters long; at most 4000 are kept"


def plan_status_missing(doc: dict[str, Any]) -> tuple[str, str]:
    path, dana = dana_at(doc)
    del dana["treatment_plans"][1]["status"]
    return f"{path}.treatment_plans[1].status", "is missing; this field is required"


def plan_status_unknown(doc: dict[str, Any]) -> tuple[str, str]:
    path, dana = dana_at(doc)
    dana["treatment_plans"][1]["status"] = "paused"
    return f"{path}.treatment_plans[1].status", '"paused" is not one of'


def two_active_plans(doc: dict[str, Any]) -> tuple[str, str]:
    path, dana = dana_at(doc)
    dana["treatment_plans"][0]["status"] = "active"
    return f"{path}.treatment_plans[1].status", "at most one active treatment plan"


def plan_item_id_twice(doc: dict[str, Any]) -> tuple[str, str]:
    path, dana = dana_at(doc)
    goal = dana["treatment_plans"][1]["body"]["problems"][0]["goals"][0]
    goal["objectives"][1]["interventions"][0]["id"] = goal["objectives"][0]["id"]
    where = ".body.problems[0].goals[0].objectives[1].interventions[0].id"
    return f"{path}.treatment_plans[1]{where}", "is used twice in this plan"


def plan_target_date_impossible(doc: dict[str, Any]) -> tuple[str, str]:
    path, dana = dana_at(doc)
    objective = dana["treatment_plans"][1]["body"]["problems"][0]["goals"][0]["objectives"][0]
    objective["target_date"] = "2024-02-30"
    where = ".body.problems[0].goals[0].objectives[0].target_date"
    return f"{path}.treatment_plans[1]{where}", "is not a date"


def plan_item_field_unknown(doc: dict[str, Any]) -> tuple[str, str]:
    path, dana = dana_at(doc)
    dana["treatment_plans"][1]["body"]["problems"][0]["owner"] = "Counselor"
    return f"{path}.treatment_plans[1].body.problems[0].owner", "is not a field of this record"


def version_twice(doc: dict[str, Any]) -> tuple[str, str]:
    path, dana = dana_at(doc)
    dana["treatment_plans"][1]["versions"][1]["version"] = 1
    return f"{path}.treatment_plans[1].versions[1].version", "version 1 is given twice"


def link_unknown_objective(doc: dict[str, Any]) -> tuple[str, str]:
    path, dana = dana_at(doc)
    dana["sessions"][0]["objectives"][0]["objective_id"] = "no-such-objective"
    return f"{path}.sessions[0].objectives[0].objective_id", "has no objective no-such-objective"


def link_to_another_clients_plan(doc: dict[str, Any]) -> tuple[str, str]:
    _, dana = dana_at(doc)
    index, marcus = the_client(doc, "Marcus T.")
    marcus["sessions"] = [
        {
            "id": uid(900),
            "start": "2024-05-04T16:00:00Z",
            "minutes": 50,
            "kind": "individual",
            "objectives": [dict(dana["sessions"][0]["objectives"][0])],
        }
    ]
    return f"$.clients[{index}].sessions[0].objectives[0].plan_id", "belongs to another client"


def link_to_a_plan_not_in_the_file(doc: dict[str, Any]) -> tuple[str, str]:
    path, dana = dana_at(doc)
    dana["sessions"][0]["objectives"][0]["plan_id"] = uid(901)
    return f"{path}.sessions[0].objectives[0].plan_id", "no treatment plan"


def link_named_twice(doc: dict[str, Any]) -> tuple[str, str]:
    path, dana = dana_at(doc)
    links = dana["sessions"][0]["objectives"]
    links[1]["objective_id"] = links[0]["objective_id"]
    return f"{path}.sessions[0].objectives[1].objective_id", "named twice for this session"


def cosign_hash_mismatch(doc: dict[str, Any]) -> tuple[str, str]:
    path, dana = dana_at(doc)
    dana["sessions"][0]["note"]["cosign"]["cosigned_by"] = "Someone Else, LCSW"
    return f"{path}.sessions[0].note.cosign.content_sha256", "does not match the co-signature"


def cosign_on_a_draft(doc: dict[str, Any]) -> tuple[str, str]:
    path, dana = dana_at(doc)
    dana["sessions"][2]["note"]["cosign"].update(
        cosigned_by=SUPERVISOR, cosigned_at="2024-05-07T10:00:00Z"
    )
    return f"{path}.sessions[2].note.cosign.cosigned_by", "only a signed note can be co-signed"


def cosign_half_given(doc: dict[str, Any]) -> tuple[str, str]:
    path, dana = dana_at(doc)
    del dana["sessions"][0]["note"]["cosign"]["cosigned_at"]
    return f"{path}.sessions[0].note.cosign.cosigned_at", "who co-signed it and when"


def cosign_request_missing(doc: dict[str, Any]) -> tuple[str, str]:
    path, dana = dana_at(doc)
    del dana["sessions"][0]["note"]["cosign"]["requested_by"]
    return f"{path}.sessions[0].note.cosign.requested_by", "is missing"


def attendee_not_in_the_file(doc: dict[str, Any]) -> tuple[str, str]:
    doc["group_sessions"][1]["attendees"][0]["client_id"] = uid(902)
    return "$.group_sessions[1].attendees[0].client_id", "must be clients given in the same file"


def attendee_session_of_another_client(doc: dict[str, Any]) -> tuple[str, str]:
    attendees = doc["group_sessions"][0]["attendees"]
    attended = [a for a in attendees if a["status"] == "attended"]
    attended[0]["session_id"], attended[1]["session_id"] = (
        attended[1]["session_id"],
        attended[0]["session_id"],
    )
    index = attendees.index(attended[0])
    return (
        f"$.group_sessions[0].attendees[{index}].session_id",
        "belongs to another client, not this attendee",
    )


def attendee_session_not_in_the_file(doc: dict[str, Any]) -> tuple[str, str]:
    attendees = doc["group_sessions"][0]["attendees"]
    index = next(i for i, a in enumerate(attendees) if a["status"] == "attended")
    attendees[index]["session_id"] = uid(903)
    return f"$.group_sessions[0].attendees[{index}].session_id", "no session"


def attendee_filed_nothing(doc: dict[str, Any]) -> tuple[str, str]:
    attendees = doc["group_sessions"][0]["attendees"]
    index = next(i for i, a in enumerate(attendees) if a["status"] != "attended")
    attendees[index]["attendance_id"] = None
    return f"$.group_sessions[0].attendees[{index}].attendance_id", "a signed group names"


def draft_group_with_filed_records(doc: dict[str, Any]) -> tuple[str, str]:
    doc["group_sessions"][1]["attendees"][0]["note_id"] = uid(904)
    return "$.group_sessions[1].attendees[0].note_id", "a draft group has filed nothing yet"


def group_status_unknown(doc: dict[str, Any]) -> tuple[str, str]:
    doc["group_sessions"][1]["status"] = "pending"
    return "$.group_sessions[1].status", '"pending" is not one of'


def attendee_twice(doc: dict[str, Any]) -> tuple[str, str]:
    attendees = doc["group_sessions"][1]["attendees"]
    attendees[1]["client_id"] = attendees[0]["client_id"]
    return "$.group_sessions[1].attendees[1].client_id", "on this group's list twice"


def id_used_twice(doc: dict[str, Any]) -> tuple[str, str]:
    path, dana = dana_at(doc)
    dana["support_network"][1]["id"] = dana["treatment_plans"][0]["id"]
    return f"{path}.support_network[1].id", "is used twice in this file"


def group_id_used_twice(doc: dict[str, Any]) -> tuple[str, str]:
    doc["group_sessions"][1]["id"] = doc["group_sessions"][0]["id"]
    return "$.group_sessions[1].id", "is used twice in this file"


CASES: list[Case] = [
    member_kind_unknown,
    member_day_on_family,
    member_name_missing,
    member_time_wrong,
    member_notes_too_long,
    plan_status_missing,
    plan_status_unknown,
    two_active_plans,
    plan_item_id_twice,
    plan_target_date_impossible,
    plan_item_field_unknown,
    version_twice,
    link_unknown_objective,
    link_to_another_clients_plan,
    link_to_a_plan_not_in_the_file,
    link_named_twice,
    cosign_hash_mismatch,
    cosign_on_a_draft,
    cosign_half_given,
    cosign_request_missing,
    attendee_not_in_the_file,
    attendee_session_of_another_client,
    attendee_session_not_in_the_file,
    attendee_filed_nothing,
    draft_group_with_filed_records,
    group_status_unknown,
    attendee_twice,
    id_used_twice,
    group_id_used_twice,
]


@pytest.mark.parametrize("change", CASES, ids=[c.__name__ for c in CASES])
def test_bad_care_input_is_refused_at_its_path_and_nothing_is_written(
    change: Case, document: dict[str, Any], make_vault: Callable[[str], Vault]
) -> None:
    bad = copy.deepcopy(document)
    path, words = change(bad)
    problems = interchange.validate(bad)
    assert any(p.path == path and words in p.message for p in problems), problems
    target = make_vault("target")
    before = row_counts(target)
    with pytest.raises(InvalidImport) as caught:
        interchange.import_data(target, bad)
    assert caught.value.problems == problems
    assert row_counts(target) == before


def test_ids_already_in_the_vault_are_refused_and_named(
    source: Made, document: dict[str, Any]
) -> None:
    before = row_counts(source.vault)
    with pytest.raises(InvalidImport) as caught:
        interchange.import_data(source.vault, copy.deepcopy(document))
    messages = {p.path: p.message for p in caught.value.problems}
    path, dana = dana_at(document)
    assert messages[f"{path}.treatment_plans[1].id"] == (
        f"treatment plan id {source.plan} already exists in this vault"
    )
    member = dana["support_network"][0]["id"]
    assert messages[f"{path}.support_network[0].id"] == (
        f"support-network member id {member} already exists in this vault"
    )
    assert messages["$.group_sessions[0].id"] == (
        f"group session id {source.signed_group} already exists in this vault"
    )
    assert row_counts(source.vault) == before


def test_a_cosignature_hash_is_computed_when_absent_and_checked_when_given(
    document: dict[str, Any], make_vault: Callable[[str], Vault]
) -> None:
    _, dana = dana_at(document)
    given = dana["sessions"][0]["note"]["cosign"]["content_sha256"]
    bad = copy.deepcopy(document)
    dana_bad = dana_at(bad)[1]
    dana_bad["sessions"][0]["note"]["cosign"]["content_sha256"] = "0" * 64
    with pytest.raises(InvalidImport):
        interchange.import_data(make_vault("refused"), bad)

    absent = copy.deepcopy(document)
    del dana_at(absent)[1]["sessions"][0]["note"]["cosign"]["content_sha256"]
    target = make_vault("target")
    interchange.import_data(target, absent)
    (cosignature,) = supervision_repo.all_cosignatures(target.conn)
    assert cosignature.content_sha256 == given


def test_a_cosigned_note_without_its_id_cannot_keep_its_hash(document: dict[str, Any]) -> None:
    bad = copy.deepcopy(document)
    path, dana = dana_at(bad)
    note = dana["sessions"][0]["note"]
    del note["id"]
    problems = {p.path: p.message for p in interchange.validate(bad)}
    assert "covers the note id" in problems[f"{path}.sessions[0].note.cosign.content_sha256"]


def test_groups_are_imported_after_every_clients_records(
    document: dict[str, Any], make_vault: Callable[[str], Vault]
) -> None:
    """The signed group names Luis's records, and Luis comes after Dana in the file:
    the group goes in only once every chart is written."""
    reordered = copy.deepcopy(document)
    reordered["clients"].reverse()
    target = make_vault("target")
    interchange.import_data(target, reordered)
    assert without_exported_at(interchange.export_data(target)) == without_exported_at(document)


def test_a_document_without_care_records_gains_no_keys(make_vault: Callable[[str], Vault]) -> None:
    vault = make_vault("plain")
    Caseload(vault).add_client(Client("Kim P."))
    exported = interchange.export_data(vault)
    assert set(exported) == {"format", "exported_at", "clients"}
    assert "treatment_plans" not in exported["clients"][0]
    assert "support_network" not in exported["clients"][0]
