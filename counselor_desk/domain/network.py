"""The client's support network (ecomap): the people and groups around them, each with a
role, a contact, how often they meet, and how the tie feels (strong, tenuous, stressful).

Also the ecomap's geometry, as plain math: where n members sit around the client in
unit coordinates, and how wide a label box may be there. The window's canvas and the
printed ecomap both scale these, so the screen and the page draw the same picture.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import TypeVar

from counselor_desk.domain.errors import ValidationError, quoted
from counselor_desk.domain.records import new_id

# Longest text kept per field: enough for any real answer, small enough that no field
# can swallow a pasted document.
NAME_MAX = 100
ROLE_MAX = 100
CONTACT_MAX = 200
FREQUENCY_MAX = 100
NOTES_MAX = 4000

_E = TypeVar("_E", bound=StrEnum)
_TIME_RE = re.compile(r"(?:[01][0-9]|2[0-3]):[0-5][0-9]")


class MemberKind(StrEnum):
    """Who or what the member is. The order is the order the ecomap goes round the
    client, so family sits together, then recovery supports, then the rest."""

    FAMILY = "family"
    FRIEND = "friend"
    SPONSOR = "sponsor"
    PEER_SPECIALIST = "peer-specialist"
    NA_MEETING = "na-meeting"
    AA_MEETING = "aa-meeting"
    SMART_MEETING = "smart-meeting"
    OTHER_MEETING = "other-meeting"
    FAITH_GROUP = "faith-group"
    EMPLOYER = "employer"
    PRESCRIBER = "prescriber"
    OTHER = "other"

    @property
    def is_meeting(self) -> bool:
        """A mutual-help meeting: the only kind with a day and a time."""
        return self in MEETING_KINDS


MEETING_KINDS = frozenset(
    {
        MemberKind.NA_MEETING,
        MemberKind.AA_MEETING,
        MemberKind.SMART_MEETING,
        MemberKind.OTHER_MEETING,
    }
)


class Strength(StrEnum):
    """The tie as the client describes it (the classic ecomap's three lines)."""

    STRONG = "strong"
    TENUOUS = "tenuous"
    STRESSFUL = "stressful"


class Weekday(StrEnum):
    MONDAY = "monday"
    TUESDAY = "tuesday"
    WEDNESDAY = "wednesday"
    THURSDAY = "thursday"
    FRIDAY = "friday"
    SATURDAY = "saturday"
    SUNDAY = "sunday"

    @property
    def iso_number(self) -> int:
        """1 for Monday … 7 for Sunday (ISO 8601, Qt's day numbers)."""
        return list(Weekday).index(self) + 1


class ProblemCode(StrEnum):
    """What is wrong with a field, so the window can word it in the counselor's language."""

    REQUIRED = "required"
    TOO_LONG = "too-long"
    UNKNOWN_VALUE = "unknown-value"
    BAD_TIME = "bad-time"
    NOT_A_MEETING = "not-a-meeting"


@dataclass(frozen=True)
class MemberProblem:
    """One fault in a member: the field (as named in the record and the interchange
    format), a code, a sentence, and the length limit for TOO_LONG."""

    field: str
    code: ProblemCode
    message: str
    limit: int | None = None

    def __str__(self) -> str:
        return self.message


class NetworkMemberInvalid(ValidationError):
    """A member that breaks a rule; `problems` name every field at fault."""

    def __init__(self, problems: Sequence[MemberProblem]) -> None:
        super().__init__(" ".join(p.message for p in problems))
        self.problems = list(problems)


def _text(value: object) -> str | None:
    """Optional text as stored: stripped, and None for nothing."""
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _enum(
    kind: type[_E], value: object, name: str, label: str, problems: list[MemberProblem]
) -> _E | object:
    """`value` as a member of `kind`; else `value` itself, with a problem noted."""
    try:
        return kind(str(value))
    except ValueError:
        known = ", ".join(item.value for item in kind)
        problems.append(
            MemberProblem(
                name,
                ProblemCode.UNKNOWN_VALUE,
                f"There is no {label} {quoted(value)}; it is one of {known}.",
            )
        )
        return value


@dataclass(frozen=True)
class NetworkMember:
    """One person or group in a client's support network.

    Text fields are stored stripped, empty ones as None. A meeting (see
    MemberKind.is_meeting) may have a weekday and a time "HH:MM" (24-hour); other kinds
    have neither. Building one that breaks a rule raises NetworkMemberInvalid listing
    every problem."""

    client_id: str
    name: str
    kind: MemberKind
    strength: Strength
    id: str = field(default_factory=new_id)
    role: str | None = None  # e.g. "mother", "home group", "night-shift supervisor"
    contact: str | None = None  # phone, e-mail or where to find them
    frequency: str | None = None  # how often they are in touch, in the client's words
    meeting_day: Weekday | None = None
    meeting_time: str | None = None  # "19:30"
    notes: str | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None

    def __post_init__(self) -> None:
        problems: list[MemberProblem] = []
        name = _text(self.name) or ""
        object.__setattr__(self, "name", name)
        for key in ("role", "contact", "frequency", "meeting_time", "notes"):
            object.__setattr__(self, key, _text(getattr(self, key)))
        if not name:
            problems.append(
                MemberProblem(
                    "name",
                    ProblemCode.REQUIRED,
                    "A name is needed (a first name, or a group's name).",
                )
            )
        kind = _enum(MemberKind, self.kind, "kind", "kind of member", problems)
        object.__setattr__(self, "kind", kind)
        strength = _enum(Strength, self.strength, "strength", "strength", problems)
        object.__setattr__(self, "strength", strength)
        if self.meeting_day is not None:
            day = _enum(Weekday, self.meeting_day, "meeting_day", "day of the week", problems)
            object.__setattr__(self, "meeting_day", day)
        problems.extend(_problems(self))
        if problems:
            raise NetworkMemberInvalid(problems)

    @property
    def is_meeting(self) -> bool:
        return isinstance(self.kind, MemberKind) and self.kind.is_meeting


def _problems(member: NetworkMember) -> list[MemberProblem]:
    found: list[MemberProblem] = []
    for key, label, limit in (
        ("name", "The name", NAME_MAX),
        ("role", "The role", ROLE_MAX),
        ("contact", "The contact", CONTACT_MAX),
        ("frequency", "How often", FREQUENCY_MAX),
        ("notes", "The notes", NOTES_MAX),
    ):
        value = getattr(member, key)
        if value is not None and len(value) > limit:
            found.append(
                MemberProblem(
                    key,
                    ProblemCode.TOO_LONG,
                    f"{label} is {len(value)} characters long; at most {limit} are kept.",
                    limit,
                )
            )
    if member.meeting_time is not None and not _TIME_RE.fullmatch(member.meeting_time):
        found.append(
            MemberProblem(
                "meeting_time",
                ProblemCode.BAD_TIME,
                f"The meeting time {quoted(member.meeting_time)} is not a time of day as HH:MM "
                "(24-hour, e.g. 19:30).",
            )
        )
    if isinstance(member.kind, MemberKind) and not member.kind.is_meeting:
        for key, label in (("meeting_day", "day"), ("meeting_time", "time")):
            if getattr(member, key) is not None:
                found.append(
                    MemberProblem(
                        key,
                        ProblemCode.NOT_A_MEETING,
                        f"Only a meeting has a {label}; this member is not a meeting.",
                    )
                )
    return found


# The fields a member is made of, as named in NetworkMember, MemberProblem.field and the
# interchange format; `created_at` and `updated_at` are written by the caller's own rules.
MEMBER_FIELDS = (
    "id",
    "name",
    "kind",
    "strength",
    "role",
    "contact",
    "frequency",
    "meeting_day",
    "meeting_time",
    "notes",
)


def member_record(member: NetworkMember) -> dict[str, str | None]:
    """A member as plain data (enums as their values), keyed by MEMBER_FIELDS: what an
    export writes, and what `NetworkMember(client_id=..., **record)` reads back."""
    record: dict[str, str | None] = {}
    for key in MEMBER_FIELDS:
        value = getattr(member, key)
        record[key] = value.value if isinstance(value, StrEnum) else value
    return record


def searchable_text(member: NetworkMember) -> str:
    """The words search finds a member by: name, role and notes."""
    return "\n".join(part for part in (member.name, member.role, member.notes) if part)


def name_key(name: str) -> str:
    """How a person sorts names: case and accents aside ("Álvaro" next to "Alvin")."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def by_name(members: Iterable[NetworkMember]) -> list[NetworkMember]:
    """Members as a list shows them: by name."""
    return sorted(members, key=lambda m: (name_key(m.name), m.id))


def ecomap_order(members: Iterable[NetworkMember]) -> list[NetworkMember]:
    """Members in the order the ecomap goes round the client: by kind (MemberKind's
    order, so family sits together), then by name."""
    rank = {kind: index for index, kind in enumerate(MemberKind)}
    return sorted(members, key=lambda m: (rank[m.kind], name_key(m.name), m.id))


# -- geometry -------------------------------------------------------------------------------

ONE_RING_MAX = 12  # more members than this alternate between an outer and an inner ring
INNER_RING = 0.72  # the inner ring's radius, as a share of the outer one


def ecomap_positions(count: int) -> tuple[tuple[float, float], ...]:
    """Where each of `count` members sits around the client, in unit coordinates: the
    client at (0, 0), x to the right, y downward (screen order; a PDF flips y), every
    point on the unit circle or on an inner ring of radius INNER_RING.

    Members are evenly spaced by angle, the first at the top and the rest clockwise.
    Past ONE_RING_MAX they alternate outer, inner, outer…, so neighbours sit at different
    distances and their labels can be twice as wide. With an odd count two outer ones
    must be neighbours; they are, at the left (9 o'clock), where labels stack and do not
    meet."""
    if count <= 0:
        return ()
    if count <= ONE_RING_MAX:
        return tuple(_on_ring(1.0, index / count) for index in range(count))
    turn = round(count * 3 / 4 - 0.5)  # it and the next one straddle 9 o'clock
    positions = []
    for index in range(count):
        outer = index % 2 == 0 if count % 2 == 0 or index <= turn else index % 2 == 1
        positions.append(_on_ring(1.0 if outer else INNER_RING, index / count))
    return tuple(positions)


def _on_ring(radius: float, turn: float) -> tuple[float, float]:
    angle = 2 * math.pi * turn - math.pi / 2  # from the top, clockwise on screen
    x, y = radius * math.cos(angle), radius * math.sin(angle)
    return (round(x, 12) + 0.0, round(y, 12) + 0.0)  # no "-0.0" and no 6e-17


def box_widths(
    centres: Sequence[tuple[float, float]],
    box_height: float,
    *,
    gap: float = 0.0,
    limit: float = math.inf,
    hub: tuple[float, float] | None = None,
) -> list[float]:
    """For label boxes of one height centred on `centres` (same units), how wide each
    may be so that no two come closer than `gap`: at most `limit`, and less where a
    neighbour sits beside it. Boxes meet only when their centres are closer than a box
    height (plus gap) in y, so a box with no neighbour on its own level keeps `limit`.
    Each box takes at most half the room to a neighbour on either side, so any two
    boxes of this answer stay apart.

    With `hub` (the client), each box also keeps clear of the straight lines from the
    hub to the other centres, so no tie runs under someone else's label; a line through
    a box's own centre leaves it no width (the caller decides how narrow is too narrow).
    """
    widths = [limit] * len(centres)
    for i, (x1, y1) in enumerate(centres):
        for j in range(i + 1, len(centres)):
            x2, y2 = centres[j]
            if abs(y1 - y2) < box_height + gap:
                room = max(0.0, abs(x1 - x2) - gap)
                widths[i] = min(widths[i], room)
                widths[j] = min(widths[j], room)
    if hub is not None:
        for i, (x, y) in enumerate(centres):
            for j, end in enumerate(centres):
                if j != i:
                    clear = _line_clearance(hub, end, x, y - box_height / 2, y + box_height / 2)
                    widths[i] = min(widths[i], max(0.0, 2 * (clear - gap)))
    return widths


def _line_clearance(
    start: tuple[float, float], end: tuple[float, float], x: float, top: float, bottom: float
) -> float:
    """How far, across, the segment start-end passes from the column x within the band of
    y from top to bottom (inf when it does not reach that band)."""
    (x1, y1), (x2, y2) = start, end
    low, high = max(top, min(y1, y2)), min(bottom, max(y1, y2))
    if low > high:
        return math.inf
    if y1 == y2:  # level with the band: only its nearest point matters
        if min(x1, x2) <= x <= max(x1, x2):
            return 0.0
        return min(abs(x1 - x), abs(x2 - x))
    across = [x1 + (x2 - x1) * (yy - y1) / (y2 - y1) - x for yy in (low, high)]
    if across[0] * across[1] <= 0:
        return 0.0
    return min(abs(a) for a in across)


def widest_box(
    centres: Sequence[tuple[float, float]],
    box_height: float,
    *,
    gap: float = 0.0,
    limit: float = math.inf,
) -> float:
    """The widest box that every member can have (the narrowest of `box_widths`)."""
    return min(box_widths(centres, box_height, gap=gap, limit=limit), default=limit)
