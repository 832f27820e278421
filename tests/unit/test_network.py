"""The support network (ecomap): the member record and its rules, the layout math the
canvas and the printout share, the repository with its search rows, and the Network
service (one audited transaction per write, audit rows naming ids only). Real SQLCipher
vaults in tmp_path; fictional people only."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from itertools import combinations

import pytest

from counselor_desk.domain.errors import RecordNotFound, ValidationError
from counselor_desk.domain.network import (
    CONTACT_MAX,
    INNER_RING,
    MEMBER_FIELDS,
    NAME_MAX,
    NOTES_MAX,
    ONE_RING_MAX,
    MemberKind,
    NetworkMember,
    NetworkMemberInvalid,
    ProblemCode,
    Strength,
    Weekday,
    box_widths,
    by_name,
    ecomap_order,
    ecomap_positions,
    member_record,
    searchable_text,
    widest_box,
)
from counselor_desk.domain.records import Client
from counselor_desk.services.caseload import Caseload
from counselor_desk.services.network import Network
from counselor_desk.services.search import SearchService
from counselor_desk.vault import network as repo
from counselor_desk.vault.store import Vault

K, ST = MemberKind, Strength


def search_vault(vault: Vault, text: str) -> list:  # type: ignore[type-arg]
    return SearchService(vault).search(text)


STAMP = datetime(2025, 11, 3, 14, 0, 0, tzinfo=UTC)


def member(client_id: str = "c1", name: str = "Rosa M.", **fields: object) -> NetworkMember:
    values: dict[str, object] = {"kind": K.FAMILY, "strength": ST.STRONG} | fields
    return NetworkMember(client_id=client_id, name=name, **values)  # type: ignore[arg-type]


def codes(exc: pytest.ExceptionInfo[NetworkMemberInvalid]) -> list[tuple[str, ProblemCode]]:
    return [(p.field, p.code) for p in exc.value.problems]


# -- the record -------------------------------------------------------------------------------


def test_a_member_keeps_its_fields_stripped_and_empty_ones_as_none() -> None:
    m = member(
        name="  Rosa M. ",
        role=" mother ",
        contact="",
        frequency="  ",
        notes="\n Calls every Sunday \n",
        kind="family",
        strength="tenuous",
    )
    assert m.name == "Rosa M."
    assert m.role == "mother"
    assert m.contact is None and m.frequency is None
    assert m.notes == "Calls every Sunday"
    assert m.kind is K.FAMILY and m.strength is ST.TENUOUS
    assert not m.is_meeting


@pytest.mark.parametrize("name", ["", "   ", "\n\t"])
def test_a_name_is_needed(name: str) -> None:
    with pytest.raises(NetworkMemberInvalid, match="A name is needed") as exc:
        member(name=name)
    assert codes(exc) == [("name", ProblemCode.REQUIRED)]
    assert isinstance(exc.value, ValidationError)  # the window and CLI show it as one sentence


def test_every_problem_is_named_at_once_with_its_field() -> None:
    with pytest.raises(NetworkMemberInvalid) as exc:
        NetworkMember(
            client_id="c1",
            name="",
            kind="cousin",  # type: ignore[arg-type]
            strength="weak",  # type: ignore[arg-type]
        )
    assert codes(exc) == [
        ("name", ProblemCode.REQUIRED),
        ("kind", ProblemCode.UNKNOWN_VALUE),
        ("strength", ProblemCode.UNKNOWN_VALUE),
    ]
    assert "'cousin'" in str(exc.value) and "sponsor" in str(exc.value)
    assert "strong, tenuous, stressful" in str(exc.value)


@pytest.mark.parametrize(
    ("key", "limit"),
    [("name", NAME_MAX), ("contact", CONTACT_MAX), ("notes", NOTES_MAX)],
)
def test_text_lengths_are_bounded(key: str, limit: int) -> None:
    fields = {"name": "Rosa M.", key: "x" * limit}
    assert len(getattr(member(**fields), key)) == limit  # type: ignore[arg-type]
    fields[key] = "x" * (limit + 1)
    with pytest.raises(NetworkMemberInvalid, match=f"at most {limit}") as exc:
        member(**fields)  # type: ignore[arg-type]
    assert codes(exc) == [(key, ProblemCode.TOO_LONG)]
    assert exc.value.problems[0].limit == limit


@pytest.mark.parametrize("kind", [K.NA_MEETING, K.AA_MEETING, K.SMART_MEETING, K.OTHER_MEETING])
def test_a_meeting_has_a_weekday_and_a_24_hour_time(kind: MemberKind) -> None:
    m = member(name="Hope Group", kind=kind, meeting_day="tuesday", meeting_time="19:30")
    assert m.is_meeting
    assert m.meeting_day is Weekday.TUESDAY and m.meeting_time == "19:30"
    assert member(name="Hope Group", kind=kind).meeting_day is None  # both are optional
    assert member(name="Midnight", kind=kind, meeting_time="00:00").meeting_time == "00:00"


@pytest.mark.parametrize("time", ["7:30", "24:00", "19:60", "7pm", "19.30", "19:30:00", " : "])
def test_a_meeting_time_that_is_not_hh_mm_is_refused(time: str) -> None:
    with pytest.raises(NetworkMemberInvalid, match="HH:MM") as exc:
        member(name="Hope Group", kind=K.NA_MEETING, meeting_time=time)
    assert codes(exc) == [("meeting_time", ProblemCode.BAD_TIME)]


def test_a_meeting_day_must_be_a_day_of_the_week() -> None:
    with pytest.raises(NetworkMemberInvalid, match="day of the week") as exc:
        member(name="Hope Group", kind=K.NA_MEETING, meeting_day="tues")
    assert codes(exc) == [("meeting_day", ProblemCode.UNKNOWN_VALUE)]
    assert Weekday.MONDAY.iso_number == 1 and Weekday.SUNDAY.iso_number == 7


def test_only_a_meeting_has_a_day_and_time() -> None:
    with pytest.raises(NetworkMemberInvalid, match="Only a meeting") as exc:
        member(kind=K.SPONSOR, meeting_day=Weekday.FRIDAY, meeting_time="18:00")
    assert codes(exc) == [
        ("meeting_day", ProblemCode.NOT_A_MEETING),
        ("meeting_time", ProblemCode.NOT_A_MEETING),
    ]


def test_replace_checks_the_rules_again() -> None:
    with pytest.raises(NetworkMemberInvalid):
        replace(member(), name=" ")


def test_a_member_as_plain_data_reads_back_the_same() -> None:
    m = member(
        name="Hope Group",
        kind=K.NA_MEETING,
        strength=ST.TENUOUS,
        meeting_day=Weekday.TUESDAY,
        meeting_time="19:00",
        contact="St. Mark's basement",
    )
    record = member_record(m)
    assert tuple(record) == MEMBER_FIELDS
    assert record["kind"] == "na-meeting" and record["meeting_day"] == "tuesday"
    assert record["role"] is None
    assert NetworkMember(client_id=m.client_id, **record) == m  # type: ignore[arg-type]


def test_searchable_text_is_name_role_and_notes() -> None:
    m = member(role="sponsor since May", contact="555-0101", notes="Texts daily", kind=K.SPONSOR)
    assert searchable_text(m) == "Rosa M.\nsponsor since May\nTexts daily"
    assert searchable_text(member()) == "Rosa M."


def test_lists_sort_by_name_ignoring_case_and_accents_and_the_map_by_kind() -> None:
    people = [
        member(name="zoe", kind=K.FRIEND),
        member(name="Álvaro", kind=K.EMPLOYER),
        member(name="Alma", kind=K.FAMILY),
        member(name="NA Tuesday", kind=K.NA_MEETING),
        member(name="Bea", kind=K.FAMILY),
    ]
    assert [m.name for m in by_name(people)] == ["Alma", "Álvaro", "Bea", "NA Tuesday", "zoe"]
    assert [m.name for m in ecomap_order(people)] == [
        "Alma",
        "Bea",
        "zoe",
        "NA Tuesday",
        "Álvaro",
    ]


# -- the layout ---------------------------------------------------------------------------------


def test_layout_of_none_one_and_four() -> None:
    assert ecomap_positions(0) == ()
    assert ecomap_positions(1) == ((0.0, -1.0),)  # at the top
    assert ecomap_positions(4) == ((0.0, -1.0), (1.0, 0.0), (0.0, 1.0), (-1.0, 0.0))  # clockwise


@pytest.mark.parametrize("count", [1, 2, 3, 5, ONE_RING_MAX, ONE_RING_MAX + 1, 25, 40])
def test_layout_stays_in_the_unit_circle_away_from_the_client_and_apart(count: int) -> None:
    points = ecomap_positions(count)
    assert len(points) == count
    radii = [math.hypot(x, y) for x, y in points]
    assert all(r <= 1.0 + 1e-9 for r in radii)
    assert all(r >= INNER_RING - 1e-9 for r in radii)  # room for the client in the middle
    closest = min((math.dist(a, b) for a, b in combinations(points, 2)), default=2.0)
    # About as far apart as one ring of `count` would put them (the one pair that shares
    # the inner ring, with an odd count, a little closer: they stack at the left).
    one_ring = 2 * math.sin(math.pi / max(count, 2))
    assert closest >= INNER_RING * one_ring - 1e-9


@pytest.mark.parametrize("count", [ONE_RING_MAX + 1, 14, 15, 24, 25, 31])
def test_past_one_ring_members_alternate_rings_going_round_in_order(count: int) -> None:
    points = ecomap_positions(count)
    outer = [round(math.hypot(x, y), 6) == 1.0 for x, y in points]
    assert all(outer[i] or round(math.hypot(*points[i]), 6) == INNER_RING for i in range(count))
    angles = [math.atan2(x, -y) % (2 * math.pi) for x, y in points]  # 0 at top, clockwise
    assert angles == sorted(angles)  # evenly round, in the order given
    assert angles[1] == pytest.approx(2 * math.pi / count)
    same = [i for i in range(count) if outer[i] == outer[(i + 1) % count]]
    if count % 2 == 0:
        assert same == []  # outer, inner, outer … all the way round
    else:
        # The one pair that must share a ring sits at the left, where labels stack.
        assert len(same) == 1
        for x, y in points[same[0] : same[0] + 2]:
            assert x / math.hypot(x, y) < -0.85


def test_box_widths_keep_side_by_side_boxes_apart() -> None:
    # Two boxes on one row 100 apart, a third far below: the row limits those two only.
    assert box_widths([(0, 0), (100, 0), (50, 500)], 30, limit=150) == [100, 100, 150]
    assert widest_box([(0, 0), (100, 0), (50, 500)], 30) == 100
    assert box_widths([(0, 0), (100, 0)], 30, gap=10) == [90, 90]
    # Boxes stacked more than a box height apart do not limit each other.
    assert box_widths([(0, 0), (0, 40)], 30, limit=150) == [150, 150]
    assert box_widths([], 30, limit=150) == []
    assert widest_box([], 30, limit=150) == 150


def test_box_widths_keep_labels_off_other_ties() -> None:
    hub = (0.0, 0.0)
    # A tie from the hub straight up to (0, -200) passes 40 left of a box at (40, -100).
    assert box_widths([(0, -200), (40, -100)], 20, limit=150, hub=hub) == [150, 80]
    assert box_widths([(0, -200), (40, -100)], 20, gap=4, limit=150, hub=hub) == [150, 72]
    # A tie through a box's own column leaves it nothing; one that stops short, no limit.
    assert box_widths([(0, -200), (0, -100)], 20, limit=150, hub=hub)[1] == 0
    assert box_widths([(0, -50), (0, -100)], 20, limit=150, hub=hub) == [0, 150]
    # Level ties: only the end that reaches across the box's column counts.
    assert box_widths([(-300, 0), (100, 0)], 20, limit=500, hub=hub)[1] == 200


# -- the vault --------------------------------------------------------------------------------


@pytest.fixture
def vault(make_vault: Callable[..., Vault], clock: Callable[[], datetime]) -> Vault:
    return make_vault(clock=clock)


@pytest.fixture
def client_id(vault: Vault) -> str:
    return Caseload(vault).add_client(Client("Dana R.")).id


def audit_rows(vault: Vault) -> list[tuple[str, str | None, str | None]]:
    return [(e.action, e.subject, e.detail) for e in reversed(vault.audit.entries(vault.conn))]


def test_add_list_update_remove_each_audited_with_ids_only(vault: Vault, client_id: str) -> None:
    network = Network(vault)
    before = len(audit_rows(vault))
    rosa = network.add(
        member(client_id, role="mother", notes="Drives her to clinic", strength=ST.STRONG)
    )
    meeting = network.add(
        member(
            client_id,
            name="Hope Group",
            kind=K.NA_MEETING,
            meeting_day=Weekday.TUESDAY,
            meeting_time="19:00",
            frequency="weekly",
        )
    )
    assert rosa.created_at == rosa.updated_at == vault.clock()
    assert network.members(client_id) == [meeting, rosa]  # by name
    assert network.member(rosa.id) == rosa

    vault.clock.advance(minutes=5)  # type: ignore[attr-defined]
    changed = network.update(replace(rosa, strength=ST.STRESSFUL, notes="Argued about money"))
    assert changed.strength is ST.STRESSFUL
    assert changed.created_at == rosa.created_at and changed.updated_at == vault.clock()
    assert network.member(rosa.id) == changed

    removed = network.remove(meeting.id)
    assert removed == meeting
    assert network.members(client_id) == [changed]
    with pytest.raises(RecordNotFound):
        network.member(meeting.id)

    rows = audit_rows(vault)[before:]
    assert rows == [
        ("add-network-member", rosa.id, client_id),
        ("add-network-member", meeting.id, client_id),
        ("update-network-member", rosa.id, client_id),
        ("remove-network-member", meeting.id, client_id),
    ]
    logged = " ".join(str(row) for row in rows)
    for private in ("Rosa", "Hope", "mother", "money", "stressful", "Dana"):
        assert private not in logged


def test_search_finds_name_role_and_notes_and_forgets_a_removed_member(
    vault: Vault, client_id: str
) -> None:
    network = Network(vault)
    sponsor = network.add(
        member(
            client_id,
            name="Lorraine K.",
            kind=K.SPONSOR,
            role="sponsor since spring",
            contact="555-0147",
            notes="Fellowship coffee after meetings",
        )
    )
    for words in ("Lorraine", "spring", "fellowship coffee"):
        hits = search_vault(vault, words)
        assert [(h.kind, h.ref_id, h.client_id) for h in hits] == [
            ("network", sponsor.id, client_id)
        ]
    assert search_vault(vault, "555") == []  # the contact is not searched

    network.update(replace(sponsor, notes="Walks together on Saturdays"))
    assert search_vault(vault, "coffee") == []
    assert [h.ref_id for h in search_vault(vault, "Saturdays")] == [sponsor.id]

    network.remove(sponsor.id)
    assert search_vault(vault, "Lorraine") == []
    count = vault.conn.execute("SELECT count(*) FROM search_index WHERE kind='network'").fetchone()[
        0
    ]
    assert count == 0


def test_a_failed_write_leaves_nothing_behind(vault: Vault, client_id: str) -> None:
    network = Network(vault)
    before = len(audit_rows(vault))
    with pytest.raises(RecordNotFound, match="no client"):
        network.add(member("no-such-client"))
    with pytest.raises(RecordNotFound):
        network.update(member(client_id))  # never added
    with pytest.raises(RecordNotFound):
        network.remove("no-such-member")
    assert len(audit_rows(vault)) == before
    assert network.members(client_id) == []


def test_a_member_stays_with_its_client(vault: Vault, client_id: str) -> None:
    other = Caseload(vault).add_client(Client("Marcus T.")).id
    network = Network(vault)
    rosa = network.add(member(client_id))
    with pytest.raises(ValidationError, match="another client"):
        network.update(replace(rosa, client_id=other))
    assert network.members(other) == []
    assert network.members(client_id) == [rosa]


def test_insert_keeps_an_imported_members_id_and_stamps(vault: Vault, client_id: str) -> None:
    imported = member(
        client_id,
        name="Grace Fellowship",
        kind=K.FAITH_GROUP,
        id="7d4c8a3e-21f4-4c55-9a35-1b8f6f0a9c11",
        created_at=STAMP,
        updated_at=STAMP.replace(hour=15),
    )
    with vault.transaction() as conn:
        saved = repo.add_member(conn, imported, vault.clock())
    assert saved == imported
    assert Network(vault).member(imported.id) == imported
    hits = search_vault(vault, "Grace")
    assert [(h.ref_id, h.at) for h in hits] == [(imported.id, STAMP)]
    with pytest.raises(ValidationError, match="already exists"), vault.transaction() as conn:
        repo.add_member(conn, imported, vault.clock())


def test_every_field_round_trips_through_the_vault(vault: Vault, client_id: str) -> None:
    network = Network(vault)
    full = network.add(
        member(
            client_id,
            name="SMART Thursday — Iglesia San José",
            kind=K.SMART_MEETING,
            strength=ST.TENUOUS,
            role="goes with her cousin",
            contact="Community room, 2nd floor",
            frequency="most weeks",
            meeting_day=Weekday.THURSDAY,
            meeting_time="18:15",
            notes="Prefers the Spanish-language group",
        )
    )
    assert network.members(client_id) == [full]
