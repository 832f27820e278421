"""The care records in `counselor-desk/1`: treatment plans and the golden thread, the
support network, co-signatures and group sessions (read, written and exported here;
interchange.py calls in at each place these records hang in the document).

The rules a schema cannot say: a plan's tree is readable and each item id is used once
in it; a client has at most one active plan; a session names objectives of its own
client's plans that hold them; a network member obeys its domain rules; a co-signature
needs a request and a signed note, and its hash covers that note; a group names its
attendees' own records, all of them given in this file. Every problem is reported at its
JSON path through the interchange reader; nothing here writes before all is checked.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any, Protocol, TypeGuard

from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.group_notes import (
    AttendeeStatus,
    GroupAttendee,
    GroupSession,
    GroupStatus,
)
from counselor_desk.domain.network import (
    MEMBER_FIELDS,
    NetworkMember,
    NetworkMemberInvalid,
    member_record,
)
from counselor_desk.domain.supervision import Cosignature, CosignRequest, cosignature_sha256
from counselor_desk.domain.timeutil import format_utc
from counselor_desk.domain.treatment_plan import (
    ObjectiveLink,
    PlanBodyInvalid,
    PlanStatus,
    PlanVersion,
    Problem,
    TreatmentPlan,
    children,
    problems_from_body,
    to_body,
)
from counselor_desk.vault import disclosures as disclosure_repo
from counselor_desk.vault import groups as group_repo
from counselor_desk.vault import network as network_repo
from counselor_desk.vault import plans as plan_repo
from counselor_desk.vault import supervision as supervision_repo
from counselor_desk.vault.connection import Connection
from counselor_desk.vault.disclosures import DISCLOSABLE, DisclosureEntry

# Record kind (as named in messages) → the table that holds it; interchange.py checks
# these ids against the vault with its own.
TABLES: Mapping[str, str] = {
    "treatment plan": "treatment_plans",
    "support-network member": "network_members",
    "group session": "group_sessions",
    "disclosure": "disclosures",
}


# The schema's pattern for a meeting's time (networkMember.meeting_time), to word its error.
MEETING_TIME_PATTERN = "^([01][0-9]|2[0-3]):[0-5][0-9]$"


class Reader(Protocol):
    """What this module uses of interchange's reader (its conventions, one walk)."""

    def problem(self, path: str, message: str) -> None: ...

    def record_id(self, obj: Mapping[str, Any], path: str, kind: str) -> str: ...

    def is_generated(self, record_id: str) -> bool: ...

    def text(self, obj: Mapping[str, Any], key: str) -> str | None: ...

    def date_at(self, obj: Mapping[str, Any], key: str, path: str) -> date | None: ...

    def time_at(self, obj: Mapping[str, Any], key: str, path: str) -> datetime | None: ...

    def items(self, obj: Mapping[str, Any], key: str) -> list[tuple[str, dict[str, Any]]]: ...

    def stamps(
        self, obj: Mapping[str, Any], path: str
    ) -> tuple[datetime | None, datetime | None]: ...


# -- what the records become --------------------------------------------------------------------


@dataclass(frozen=True)
class PlanBundle:
    """A treatment plan with its history, oldest version first."""

    plan: TreatmentPlan
    versions: tuple[PlanVersion, ...] = ()


@dataclass(frozen=True)
class CosignBundle:
    """A note's co-signature request and, once given, the co-signature."""

    request: CosignRequest
    cosignature: Cosignature | None = None


# -- who holds what: one look over the whole document before reading it -------------------------


@dataclass
class Owners:
    """For each id given in the file, the index of the client that holds it (and more),
    so a reference can say "belongs to another client" or "is not in this file"."""

    clients: dict[str, int] = field(default_factory=dict)
    sessions: dict[str, int] = field(default_factory=dict)
    # note id → (client index, the session it is the note of)
    notes: dict[str, tuple[int, str | None]] = field(default_factory=dict)
    attendance: dict[str, int] = field(default_factory=dict)
    # plan id → (client index, its objective ids; None when its tree cannot be read)
    plans: dict[str, tuple[int, frozenset[str] | None]] = field(default_factory=dict)


def _dicts(obj: Mapping[str, Any], key: str) -> Iterator[dict[str, Any]]:
    value = obj.get(key)
    if isinstance(value, list):
        yield from (item for item in value if isinstance(item, dict))


def _objective_ids(body: object) -> frozenset[str] | None:
    try:
        problems = problems_from_body(body)
    except PlanBodyInvalid:
        return None
    return frozenset(o.id for p in problems for g in p.goals for o in g.objectives)


def scan(clients: Sequence[Mapping[str, Any]]) -> Owners:
    """Who holds each id of the document (the first holder, when one is given twice)."""
    owners = Owners()
    for index, client in enumerate(clients):
        if isinstance(client.get("id"), str):
            owners.clients.setdefault(client["id"], index)
        for session in _dicts(client, "sessions"):
            session_id = session.get("id")
            if isinstance(session_id, str):
                owners.sessions.setdefault(session_id, index)
            note = session.get("note")
            if isinstance(note, dict) and isinstance(note.get("id"), str):
                owned = (index, session_id if isinstance(session_id, str) else None)
                owners.notes.setdefault(note["id"], owned)
        for entry in _dicts(client, "attendance"):
            if isinstance(entry.get("id"), str):
                owners.attendance.setdefault(entry["id"], index)
        for plan in _dicts(client, "treatment_plans"):
            if isinstance(plan.get("id"), str):
                owners.plans.setdefault(plan["id"], (index, _objective_ids(plan.get("body"))))
    return owners


# -- treatment plans ----------------------------------------------------------------------------

_LEVELS = ("problems", "goals", "objectives", "interventions")


def _item_path(body_path: str, positions: Sequence[int]) -> str:
    """The JSON path of a plan item from its positions (problem, goal, …)."""
    path = body_path
    for level, index in zip(_LEVELS, positions, strict=False):
        path = f"{path}.{level}[{index}]"
    return path


def _walk(
    problems: Sequence[Problem],
) -> Iterator[tuple[str, tuple[int, ...]]]:
    """(item id, positions) of every item of a tree, depth first."""
    stack: list[tuple[Any, tuple[int, ...]]] = [
        (p, (i,)) for i, p in reversed(list(enumerate(problems)))
    ]
    while stack:
        item, here = stack.pop()
        yield item.id, here
        stack.extend((kid, (*here, i)) for i, kid in reversed(list(enumerate(children(item)))))


def read_body(
    reader: Reader, obj: Mapping[str, Any], path: str, plan_id: str
) -> tuple[Problem, ...] | None:
    """A plan's (or version's) tree from obj["body"]; None with its problems said."""
    body = obj.get("body")
    if not isinstance(body, dict):
        return None  # a schema error says why
    body_path = f"{path}.body"
    try:
        problems = problems_from_body(body, body_path)
    except PlanBodyInvalid as bad:
        reader.problem(bad.path, bad.message)
        return None
    seen: dict[str, str] = {}
    fine = True
    for item_id, positions in _walk(problems):
        where = f"{_item_path(body_path, positions)}.id"
        if item_id == plan_id:
            reader.problem(where, f"{item_id} is the plan's own id; an item needs an id of its own")
            fine = False
        first = seen.setdefault(item_id, where)
        if first != where:
            reader.problem(
                where,
                f"item id {item_id} is used twice in this plan (also at {first}); a session's "
                "link would point at both",
            )
            fine = False
    return problems if fine else None


def whole_number(value: object) -> int | None:
    """A JSON integer, 2 and 2.0 alike (the schema's "integer" takes both), else None."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if isinstance(value, float):
        return int(value) if math.isfinite(value) and value.is_integer() else None
    return value


def is_value(value: object, kind: type[StrEnum]) -> TypeGuard[str]:
    """Whether a document's value is one of kind's values (a list or an object, which
    cannot be looked up in a set, is simply not one)."""
    return isinstance(value, str) and value in set(kind)


def _plan_status(obj: Mapping[str, Any]) -> PlanStatus | None:
    value = obj.get("status")
    return PlanStatus(value) if is_value(value, PlanStatus) else None


def read_plan(reader: Reader, obj: dict[str, Any], path: str, client_id: str) -> PlanBundle | None:
    plan_id = reader.record_id(obj, path, "treatment plan")
    status = _plan_status(obj)
    review_date = reader.date_at(obj, "review_date", path)
    created, updated = reader.stamps(obj, path)
    problems = read_body(reader, obj, path, plan_id)
    versions: list[PlanVersion] = []
    numbers: dict[int, str] = {}
    for sub, item in reader.items(obj, "versions"):
        where = f"{path}.{sub}"
        number = whole_number(item.get("version"))
        version_status = _plan_status(item)
        saved_at = reader.time_at(item, "saved_at", where)
        version_review = reader.date_at(item, "review_date", where)
        tree = read_body(reader, item, where, plan_id)
        if number is not None:
            first = numbers.setdefault(number, f"{where}.version")
            if first != f"{where}.version":
                reader.problem(
                    f"{where}.version",
                    f"version {number} is given twice for this plan (also at {first})",
                )
                continue
        else:
            continue  # a schema error says why
        if number < 1 or version_status is None or saved_at is None or tree is None:
            continue
        versions.append(
            PlanVersion(
                plan_id=plan_id,
                version=number,
                problems=tree,
                status=version_status,
                review_date=version_review,
                saved_at=saved_at,
            )
        )
    if status is None or problems is None:
        return None  # a problem above (or a schema error) says why
    plan = TreatmentPlan(
        client_id=client_id,
        problems=problems,
        id=plan_id,
        status=status,
        review_date=review_date,
        created_at=created,
        updated_at=updated,
    )
    return PlanBundle(plan, tuple(sorted(versions, key=lambda v: v.version)))


def read_plans(
    reader: Reader, client: Mapping[str, Any], path: str, client_id: str
) -> tuple[PlanBundle, ...]:
    """A client's plans; a second active one is refused where it says so."""
    read: list[PlanBundle] = []
    active: str | None = None
    for sub, item in reader.items(client, "treatment_plans"):
        where = f"{path}.{sub}"
        if item.get("status") == PlanStatus.ACTIVE.value:
            if active is None:
                active = where
            else:
                reader.problem(
                    f"{where}.status",
                    f"a client has at most one active treatment plan (also active: {active}); "
                    "complete or discontinue one of them",
                )
        bundle = read_plan(reader, item, where, client_id)
        if bundle is not None:
            read.append(bundle)
    return tuple(read)


def read_links(
    reader: Reader,
    session: Mapping[str, Any],
    path: str,
    *,
    owners: Owners,
    client_index: int,
    client_id: str,
    session_id: str,
) -> tuple[ObjectiveLink, ...]:
    """The objectives a session worked on: each in a plan of the same client, in this file."""
    links: list[ObjectiveLink] = []
    named: dict[str, str] = {}
    for sub, item in reader.items(session, "objectives"):
        where = f"{path}.{sub}"
        plan_id = reader.text(item, "plan_id")
        objective_id = reader.text(item, "objective_id")
        created = reader.time_at(item, "created_at", where)
        if plan_id is None or objective_id is None:
            continue  # a schema error says why
        owner = owners.plans.get(plan_id)
        if owner is None:
            reader.problem(
                f"{where}.plan_id",
                f"there is no treatment plan {plan_id} for this client in this file",
            )
            continue
        if owner[0] != client_index:
            reader.problem(
                f"{where}.plan_id", f"treatment plan {plan_id} belongs to another client"
            )
            continue
        held = owner[1]
        if held is not None and objective_id not in held:
            reader.problem(
                f"{where}.objective_id",
                f"treatment plan {plan_id} has no objective {objective_id}",
            )
            continue
        first = named.setdefault(objective_id, f"{where}.objective_id")
        if first != f"{where}.objective_id":
            reader.problem(
                f"{where}.objective_id",
                f"objective {objective_id} is named twice for this session (also at {first})",
            )
            continue
        links.append(ObjectiveLink(session_id, plan_id, objective_id, client_id, created))
    return tuple(links)


# -- the support network ------------------------------------------------------------------------


def read_network(
    reader: Reader, client: Mapping[str, Any], path: str, client_id: str
) -> tuple[NetworkMember, ...]:
    members: list[NetworkMember] = []
    for sub, item in reader.items(client, "support_network"):
        where = f"{path}.{sub}"
        member_id = reader.record_id(item, where, "support-network member")
        created, updated = reader.stamps(item, where)
        given: dict[str, Any] = {key: item.get(key) for key in MEMBER_FIELDS if key != "id"}
        if not all(isinstance(given[key], str) for key in ("name", "kind", "strength")):
            continue  # a schema error says why
        if any(v is not None and not isinstance(v, str) for v in given.values()):
            continue  # a schema error says why
        try:
            member = NetworkMember(
                client_id=client_id,
                id=member_id,
                created_at=created,
                updated_at=updated,
                **given,
            )
        except NetworkMemberInvalid as refused:
            for found in refused.problems:
                reader.problem(f"{where}.{found.field}", found.message.rstrip("."))
            continue
        members.append(member)
    return tuple(members)


# -- supervision --------------------------------------------------------------------------------


def read_cosign(
    reader: Reader,
    note: Mapping[str, Any],
    path: str,
    *,
    note_id: str,
    client_id: str,
    signed: bool,
    note_sha256: str | None,
) -> CosignBundle | None:
    """A note's request for co-signature and its co-signature, if any. `note_sha256` is the
    note's own hash when it checks out (None otherwise: the note's problem is said)."""
    obj = note.get("cosign")
    if not isinstance(obj, dict):
        return None  # absent, null, or a schema error
    where = f"{path}.cosign"
    requested_by = reader.text(obj, "requested_by")
    requested_at = reader.time_at(obj, "requested_at", where)
    cosigned_by = reader.text(obj, "cosigned_by")
    cosigned_at = reader.time_at(obj, "cosigned_at", where)
    given_hash = reader.text(obj, "content_sha256")
    fine = True
    for key, value in (("requested_by", requested_by), ("cosigned_by", cosigned_by)):
        if value is not None and not value.strip():
            reader.problem(f"{where}.{key}", "must not be blank")
            fine = False
    cosigned = obj.get("cosigned_by") is not None or obj.get("cosigned_at") is not None
    if cosigned:
        for key in ("cosigned_by", "cosigned_at"):
            if obj.get(key) is None:
                reader.problem(
                    f"{where}.{key}", "a co-signature needs who co-signed it and when (both)"
                )
                fine = False
        if not signed:
            reader.problem(
                f"{where}.cosigned_by",
                "only a signed note can be co-signed; this note is a draft",
            )
            fine = False
    elif obj.get("content_sha256") is not None:
        reader.problem(
            f"{where}.content_sha256",
            "a co-signature hash needs the co-signature (cosigned_by and cosigned_at)",
        )
        fine = False
    if not fine or requested_by is None or requested_at is None:
        return None
    request = CosignRequest(note_id, client_id, requested_by, requested_at)
    if not cosigned:
        return CosignBundle(request)
    if note_sha256 is None or cosigned_by is None or cosigned_at is None:
        return None  # the note's own problem (or a schema error) says why
    digest = cosignature_sha256(
        note_id=note_id,
        note_content_sha256=note_sha256,
        cosigned_by=cosigned_by,
        cosigned_at=cosigned_at,
    )
    if given_hash is not None and given_hash.lower() != digest:
        if reader.is_generated(note_id):
            message = (
                "content_sha256 covers the note id, which this file does not give; add the "
                "id it was co-signed with, or leave content_sha256 out"
            )
        else:
            message = (
                "does not match the co-signature (the co-signature or the note was changed "
                "after co-signing)"
            )
        reader.problem(f"{where}.content_sha256", message)
        return None
    return CosignBundle(request, Cosignature(note_id, client_id, cosigned_by, cosigned_at, digest))


# -- group sessions -----------------------------------------------------------------------------


@dataclass
class _GroupLinks:
    """Filed records already named by an attendee (a record is filed from one group)."""

    named: dict[str, str] = field(default_factory=dict)


def _check_filed(
    reader: Reader,
    item: Mapping[str, Any],
    where: str,
    owners: Owners,
    attendee_index: int | None,
    links: _GroupLinks,
) -> None:
    """A signed group's attendee names the session, note and attendance entry filed into
    that attendee's own chart (a session and note only for one who attended)."""
    status = item.get("status")
    if not is_value(status, AttendeeStatus):
        return  # a schema error says why
    attended = status == AttendeeStatus.ATTENDED.value
    wanted = ("session_id", "note_id", "attendance_id") if attended else ("attendance_id",)
    for key in wanted:
        if item.get(key) is None:
            reader.problem(
                f"{where}.{key}",
                "a signed group names what was filed into each chart: a session and a note "
                "for an attendee who attended, an attendance entry for everyone",
            )
    if not attended:
        for key in ("session_id", "note_id"):
            if item.get(key) is not None:
                reader.problem(
                    f"{where}.{key}", f"an attendee marked {status} has no session or note filed"
                )
    session_id = reader.text(item, "session_id")
    note_id = reader.text(item, "note_id")
    note_owner = owners.notes.get(note_id or "")
    for key, kind, owner in (
        ("session_id", "session", owners.sessions.get(session_id or "")),
        ("note_id", "note", note_owner[0] if note_owner else None),
        (
            "attendance_id",
            "attendance entry",
            owners.attendance.get(reader.text(item, "attendance_id") or ""),
        ),
    ):
        _check_ref(reader, item, where, key, kind, owner, attendee_index, links)
    if note_owner is not None and session_id in owners.sessions and note_owner[1] != session_id:
        reader.problem(
            f"{where}.note_id", f"note {note_id} is not the note of session {session_id}"
        )


def _check_ref(
    reader: Reader,
    item: Mapping[str, Any],
    where: str,
    key: str,
    kind: str,
    owner: int | None,
    attendee_index: int | None,
    links: _GroupLinks,
) -> None:
    """item[key], if given, must name a record of the attendee's own chart in this file."""
    value = reader.text(item, key)
    if value is None:
        return
    at = f"{where}.{key}"
    if owner is None:
        reader.problem(
            at,
            f"there is no {kind} {value} in this file; a group names records given in the "
            "same file",
        )
    elif attendee_index is not None and owner != attendee_index:
        reader.problem(at, f"{kind} {value} belongs to another client, not this attendee")
    else:
        first = links.named.setdefault(value, at)
        if first != at:
            reader.problem(at, f"{kind} {value} is already named at {first}")


def _read_attendee(
    reader: Reader,
    item: dict[str, Any],
    where: str,
    *,
    owners: Owners,
    signed: bool,
    links: _GroupLinks,
) -> GroupAttendee | None:
    client_id = reader.text(item, "client_id")
    attendee_index: int | None = None
    if client_id is not None:
        attendee_index = owners.clients.get(client_id)
        if attendee_index is None:
            reader.problem(
                f"{where}.client_id",
                f"there is no client {client_id} in this file; a group's attendees must be "
                "clients given in the same file",
            )
    status = item.get("status")
    session_id = reader.text(item, "session_id")
    note_id = reader.text(item, "note_id")
    attendance_id = reader.text(item, "attendance_id")
    if not signed:
        for key in ("session_id", "note_id", "attendance_id"):
            if item.get(key) is not None:
                reader.problem(
                    f"{where}.{key}",
                    "a draft group has filed nothing yet; remove it or make the group signed",
                )
    else:
        _check_filed(reader, item, where, owners, attendee_index, links)
    position = whole_number(item.get("position", 0))
    if client_id is None or not is_value(status, AttendeeStatus):
        return None  # a schema error says why
    if position is None or position < 0:
        return None  # a schema error says why
    return GroupAttendee(
        client_id=client_id,
        status=AttendeeStatus(status),
        section=reader.text(item, "section") or "",
        position=position,
        session_id=session_id,
        note_id=note_id,
        attendance_id=attendance_id,
    )


def read_group(
    reader: Reader, obj: dict[str, Any], path: str, owners: Owners, links: _GroupLinks
) -> GroupSession | None:
    group_id = reader.record_id(obj, path, "group session")
    start = reader.time_at(obj, "start", path)
    signed_at = reader.time_at(obj, "signed_at", path)
    created, updated = reader.stamps(obj, path)
    raw_status = obj.get("status")
    signed = raw_status == GroupStatus.SIGNED.value
    signed_by = reader.text(obj, "signed_by")
    if raw_status == GroupStatus.DRAFT.value:
        for key in ("signed_by", "signed_at"):
            if obj.get(key) is not None:
                reader.problem(
                    f"{path}.{key}",
                    "a draft group note carries no signature; remove it or make the group signed",
                )
    elif signed:
        if not (signed_by or "").strip():
            reader.problem(f"{path}.signed_by", "a signed group note needs who signed it")
        if obj.get("signed_at") is None:
            reader.problem(f"{path}.signed_at", "a signed group note needs when it was signed")
    attendees: list[GroupAttendee] = []
    listed: dict[str, str] = {}
    for sub, item in reader.items(obj, "attendees"):
        where = f"{path}.{sub}"
        client_id = reader.text(item, "client_id")
        if client_id is not None:
            first = listed.setdefault(client_id, f"{where}.client_id")
            if first != f"{where}.client_id":
                reader.problem(
                    f"{where}.client_id",
                    f"client {client_id} is on this group's list twice (also at {first})",
                )
        attendee = _read_attendee(reader, item, where, owners=owners, signed=signed, links=links)
        if attendee is not None:
            attendees.append(attendee)
    minutes = whole_number(obj.get("minutes"))
    if start is None or not is_value(raw_status, GroupStatus) or minutes is None:
        return None  # a schema error says why
    try:
        return GroupSession(
            start=start,
            minutes=minutes,
            id=group_id,
            location=reader.text(obj, "location"),
            topic=reader.text(obj, "topic") or "",
            interventions=reader.text(obj, "interventions") or "",
            attendees=tuple(attendees),
            status=GroupStatus(raw_status),
            signed_by=signed_by if signed else None,
            signed_at=signed_at if signed else None,
            created_at=created,
            updated_at=updated,
        )
    except ValidationError as refused:
        reader.problem(path, str(refused).rstrip("."))
        return None


def read_groups(reader: Reader, document: Mapping[str, Any], owners: Owners) -> list[GroupSession]:
    """The document's group sessions (top level, beside the clients)."""
    links = _GroupLinks()
    found: list[GroupSession] = []
    for sub, item in reader.items(document, "group_sessions"):
        group = read_group(reader, item, f"$.{sub}", owners, links)
        if group is not None:
            found.append(group)
    return found


# -- writing (in interchange's one transaction, after everything was checked) -------------------


def write_cosign(conn: Connection, cosign: CosignBundle, now: datetime) -> None:
    """After the note: the request, then the co-signature (whose hash the vault checks)."""
    supervision_repo.add_request(conn, cosign.request)
    if cosign.cosignature is not None:
        supervision_repo.add_cosignature(conn, cosign.cosignature, now)


def write_plans(
    conn: Connection,
    plans: Sequence[PlanBundle],
    links: Sequence[ObjectiveLink],
    now: datetime,
) -> None:
    """After the client's sessions: plans with their history, then the session links."""
    for bundle in plans:
        plan_repo.add_plan(conn, bundle.plan, now)
        for version in bundle.versions:
            plan_repo.add_version(conn, version)
    for link in links:
        plan_repo.add_link(conn, link, now)


def write_network(conn: Connection, members: Sequence[NetworkMember], now: datetime) -> None:
    for member in members:
        network_repo.add_member(conn, member, now)


def write_groups(conn: Connection, groups: Sequence[GroupSession], now: datetime) -> None:
    """After every client's records: the filed sessions, notes and attendance exist."""
    for group in groups:
        group_repo.add_group(conn, group, now)


# -- export -------------------------------------------------------------------------------------


def _t(value: datetime | None) -> str | None:
    return format_utc(value) if value is not None else None


def _d(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _body(problems: tuple[Problem, ...]) -> dict[str, Any]:
    return to_body(TreatmentPlan(client_id="", problems=problems))


def export_plans(conn: Connection, client_id: str) -> list[dict[str, Any]]:
    """A client's plans, oldest first (ties by id), each with its history."""
    plans = sorted(
        plan_repo.list_plans(conn, client_id), key=lambda p: (_t(p.created_at) or "", p.id)
    )
    return [
        {
            "id": plan.id,
            "status": plan.status.value,
            "review_date": _d(plan.review_date),
            "created_at": _t(plan.created_at),
            "updated_at": _t(plan.updated_at),
            "body": to_body(plan),
            "versions": [
                {
                    "version": v.version,
                    "status": v.status.value,
                    "review_date": _d(v.review_date),
                    "saved_at": _t(v.saved_at),
                    "body": _body(v.problems),
                }
                for v in plan_repo.list_versions(conn, plan.id)
            ],
        }
        for plan in plans
    ]


def export_links(conn: Connection, client_id: str) -> dict[str, list[dict[str, Any]]]:
    """Session id → the objectives it worked on, by when they were named (ties by ids)."""
    found: dict[str, list[ObjectiveLink]] = {}
    for link in plan_repo.client_links(conn, client_id):
        found.setdefault(link.session_id, []).append(link)
    return {
        session_id: [
            {
                "plan_id": link.plan_id,
                "objective_id": link.objective_id,
                "created_at": _t(link.created_at),
            }
            for link in sorted(
                links, key=lambda k: (_t(k.created_at) or "", k.plan_id, k.objective_id)
            )
        ]
        for session_id, links in found.items()
    }


def export_network(conn: Connection, client_id: str) -> list[dict[str, Any]]:
    """A client's support network by name (case and accents aside; ties by id)."""
    return [
        {
            **member_record(member),
            "created_at": _t(member.created_at),
            "updated_at": _t(member.updated_at),
        }
        for member in network_repo.list_members(conn, client_id)
    ]


def export_cosigns(conn: Connection, client_id: str) -> dict[str, dict[str, Any]]:
    """Note id → its co-signature request, with the co-signature when there is one."""
    found: dict[str, dict[str, Any]] = {}
    for request in supervision_repo.requests_for_client(conn, client_id):
        record: dict[str, Any] = {
            "requested_by": request.requested_by,
            "requested_at": _t(request.requested_at),
        }
        cosignature = supervision_repo.get_cosignature(conn, request.note_id)
        if cosignature is not None:
            record["cosigned_by"] = cosignature.cosigned_by
            record["cosigned_at"] = _t(cosignature.cosigned_at)
            record["content_sha256"] = cosignature.content_sha256
        found[request.note_id] = record
    return found


def export_groups(conn: Connection) -> list[dict[str, Any]]:
    """Every group session, by start (ties by id), attendees in list order."""
    groups = sorted(group_repo.list_groups(conn), key=lambda g: (format_utc(g.start), g.id))
    return [
        {
            "id": group.id,
            "start": format_utc(group.start),
            "minutes": group.minutes,
            "location": group.location,
            "topic": group.topic,
            "interventions": group.interventions,
            "status": group.status.value,
            "signed_by": group.signed_by,
            "signed_at": _t(group.signed_at),
            "created_at": _t(group.created_at),
            "updated_at": _t(group.updated_at),
            "attendees": [
                {
                    "client_id": a.client_id,
                    "status": a.status.value,
                    "section": a.section,
                    "position": a.position,
                    "session_id": a.session_id,
                    "note_id": a.note_id,
                    "attendance_id": a.attendance_id,
                }
                for a in sorted(group.attendees, key=lambda a: (a.position, a.client_id))
            ],
        }
        for group in groups
    ]


# -- the accounting of disclosures ---------------------------------------------------------------

DISCLOSED_DOCUMENTS = tuple(sorted(kind.value for kind in DISCLOSABLE))


def read_disclosures(
    reader: Reader, client: Mapping[str, Any], path: str, client_id: str
) -> tuple[DisclosureEntry, ...]:
    """A client's accounting of disclosures: each under a consent of this client given in
    this file, or a medical emergency with its facility and nature (exactly one)."""
    consent_ids = {c["id"] for c in _dicts(client, "consents") if isinstance(c.get("id"), str)}
    read: list[DisclosureEntry] = []
    for sub, item in reader.items(client, "disclosures"):
        where = f"{path}.{sub}"
        disclosure_id = reader.record_id(item, where, "disclosure")
        disclosed_at = reader.time_at(item, "disclosed_at", where)
        created = reader.time_at(item, "created_at", where)
        texts = {
            key: reader.text(item, key)
            for key in ("recipient", "information", "purpose", "disclosed_by", "document")
        }
        facility = reader.text(item, "facility")
        consent_id = reader.text(item, "consent_id")
        nature = reader.text(item, "emergency_nature")
        pages = whole_number(item.get("pages"))
        digest = reader.text(item, "sha256")
        fine = True
        for key, value in texts.items():
            if value is not None and not value.strip():
                reader.problem(f"{where}.{key}", "must not be blank")
                fine = False
        if (consent_id is None) == (nature is None):
            reader.problem(
                where,
                "a disclosure is made under a consent (consent_id) or in a medical emergency "
                "(emergency_nature): exactly one",
            )
            fine = False
        if consent_id is not None and consent_id not in consent_ids:
            reader.problem(
                f"{where}.consent_id",
                f"there is no consent {consent_id} for this client in this file",
            )
            fine = False
        if nature is not None and consent_id is None:
            if not nature.strip():
                reader.problem(f"{where}.emergency_nature", "must not be blank")
                fine = False
            if not (facility or "").strip():
                reader.problem(
                    f"{where}.facility",
                    "a medical-emergency disclosure (42 CFR 2.51) records the facility",
                )
                fine = False
        if (
            not fine
            or disclosed_at is None
            or any(v is None for v in texts.values())
            or texts["document"] not in DISCLOSED_DOCUMENTS
            or pages is None
            or pages < 1
            or digest is None
        ):
            continue  # a problem above (or a schema error) says why
        read.append(
            DisclosureEntry(
                id=disclosure_id,
                client_id=client_id,
                disclosed_at=disclosed_at,
                recipient=str(texts["recipient"]),
                information=str(texts["information"]),
                purpose=str(texts["purpose"]),
                disclosed_by=str(texts["disclosed_by"]),
                document=str(texts["document"]),
                pages=pages,
                sha256=digest.lower(),
                consent_id=consent_id,
                emergency_nature=nature,
                facility=facility,
                created_at=created,
            )
        )
    return tuple(read)


def write_disclosures(conn: Connection, entries: Sequence[DisclosureEntry], now: datetime) -> None:
    """After the client's consents (an entry names one of them)."""
    for entry in entries:
        disclosure_repo.add_disclosure(conn, entry, now)


def export_disclosures(conn: Connection, client_id: str) -> list[dict[str, Any]]:
    """A client's accounting of disclosures, oldest first (ties by when logged, then id)."""
    entries = sorted(
        disclosure_repo.list_disclosures(conn, client_id),
        key=lambda e: (format_utc(e.disclosed_at), _t(e.created_at) or "", e.id),
    )
    return [
        {
            "id": entry.id,
            "disclosed_at": format_utc(entry.disclosed_at),
            "recipient": entry.recipient,
            "facility": entry.facility,
            "information": entry.information,
            "purpose": entry.purpose,
            "consent_id": entry.consent_id,
            "emergency_nature": entry.emergency_nature,
            "disclosed_by": entry.disclosed_by,
            "document": entry.document,
            "pages": entry.pages,
            "sha256": entry.sha256,
            "created_at": _t(entry.created_at),
        }
        for entry in entries
    ]
