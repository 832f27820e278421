"""Group notes: one note for a group session, filed into each attendee's chart.

The counselor writes one draft: the group part (topic, interventions) and a short section
per attendee, with each attendee's status. The draft holds every attendee's section, so
it lives apart from the charts. Signing files, for each attendee who attended, a session
of kind group and a signed note (NoteFormat.GROUP) holding the group part and that
attendee's own section only; every attendee, present or not, gets an attendance entry.

No chart may name another attendee: before signing, the group part and each section are
checked for the names of the attendees (display name, legal name, and a first name of
three letters or more, as whole words, ignoring case and accents). The group part goes
into every chart, so it may name nobody; a section may name only its own attendee.

A first name that is also an everyday word ("Will", "Hope", "Rosa") counts only where it
is written with a capital: "she will call" names nobody, "Will called" does.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import StrEnum

from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.notes import LATE_ENTRY_AFTER, Note, NoteFormat
from counselor_desk.domain.records import Session, SessionKind, new_id
from counselor_desk.domain.screens import Attendance, AttendanceStatus

MAX_MINUTES = 24 * 60
FIRST_NAME_MIN_LETTERS = 3

# First names that are also everyday English or Spanish words (folded). Alone, such a
# name counts only where written with a capital; written in full it always counts.
_WORD_NAMES = """
    amber april art august autumn bill brandy candy chance chase crystal dawn dean faith
    frank gay grace guy heath hope hunter iris ivy jade jewel joy june king lane lily mark
    mason may miles mercy misty nick page pat patience penny pearl ray rich rob rock rose
    ruby rusty sandy sky skye star summer sunny violet wade will win winter
    alba alegria amparo angel angeles aurora blanca caridad cielo clara concepcion consuelo
    cruz dolores esperanza estrella fe flor gloria inmaculada leal luz mar mercedes milagros
    nieves paloma paz perla pilar primavera rocio rosa rosario sol soledad trinidad
    victoria
"""
WORD_NAMES = frozenset(_WORD_NAMES.split())

# The parts of the note every copy shares, and the one that is each attendee's own.
GROUP_PART = ("topic", "interventions")
OWN_SECTION = "individual"


class GroupStatus(StrEnum):
    DRAFT = "draft"
    SIGNED = "signed"


class AttendeeStatus(StrEnum):
    """What became of one attendee of a group session (feeds attendance and CM)."""

    ATTENDED = "attended"
    EXCUSED = "excused"
    NO_SHOW = "no-show"

    @property
    def attendance(self) -> AttendanceStatus:
        return AttendanceStatus(self.value)


@dataclass(frozen=True)
class GroupAttendee:
    """One client on a group's list. Once signed, the ids of what was filed into that
    client's chart: the session and note (attended only) and the attendance entry."""

    client_id: str
    status: AttendeeStatus = AttendeeStatus.ATTENDED
    section: str = ""  # this attendee's own part of the note
    position: int = 0
    session_id: str | None = None
    note_id: str | None = None
    attendance_id: str | None = None

    def __post_init__(self) -> None:
        try:
            object.__setattr__(self, "status", AttendeeStatus(self.status))
        except ValueError as exc:
            raise ValidationError(f"Unknown attendee status: {exc}") from exc

    @property
    def attended(self) -> bool:
        return self.status is AttendeeStatus.ATTENDED


@dataclass(frozen=True)
class GroupSession:
    """A group session and its note. A draft changes freely; a signed one never does."""

    start: datetime
    minutes: int
    id: str = field(default_factory=new_id)
    location: str | None = None
    topic: str = ""
    interventions: str = ""
    attendees: tuple[GroupAttendee, ...] = ()
    status: GroupStatus = GroupStatus.DRAFT
    signed_by: str | None = None
    signed_at: datetime | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "attendees", tuple(self.attendees))
        try:
            object.__setattr__(self, "status", GroupStatus(self.status))
        except ValueError as exc:
            raise ValidationError(f"Unknown group status: {exc}") from exc

    @property
    def is_signed(self) -> bool:
        return self.status is GroupStatus.SIGNED

    @property
    def attended(self) -> tuple[GroupAttendee, ...]:
        return tuple(a for a in self.attendees if a.attended)

    @property
    def late_entry(self) -> bool:
        """Signed more than 24 hours after the session began (like any note)."""
        return self.signed_at is not None and self.signed_at - self.start > LATE_ENTRY_AFTER

    def attendee(self, client_id: str) -> GroupAttendee | None:
        return next((a for a in self.attendees if a.client_id == client_id), None)

    def with_attendee(self, attendee: GroupAttendee) -> GroupSession:
        """The draft with one more attendee, at the end of the list."""
        if self.attendee(attendee.client_id) is not None:
            raise ValidationError("That client is already on this group's list.")
        return replace(self, attendees=numbered((*self.attendees, attendee)))

    def without_attendee(self, client_id: str) -> GroupSession:
        if self.attendee(client_id) is None:
            raise ValidationError("That client is not on this group's list.")
        return replace(
            self, attendees=numbered(a for a in self.attendees if a.client_id != client_id)
        )


def numbered(attendees: Iterable[GroupAttendee]) -> tuple[GroupAttendee, ...]:
    """The attendees in the order given, each with its position in that order."""
    return tuple(replace(a, position=i) for i, a in enumerate(attendees))


def check_draft(group: GroupSession) -> None:
    """What even a draft must be to be stored: a real time and length, each client once.
    Text is never refused in a draft (nothing typed is lost); signing checks the rest."""
    if group.start.tzinfo is None:
        raise ValidationError("A group session's start time needs its time zone.")
    if not 1 <= group.minutes <= MAX_MINUTES:
        raise ValidationError("A group session lasts between 1 minute and 24 hours.")
    seen: set[str] = set()
    for attendee in group.attendees:
        if attendee.client_id in seen:
            raise ValidationError("A client is on this group's list twice.")
        seen.add(attendee.client_id)


# -- names ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class AttendeeNames:
    """The names a chart must not show of someone else."""

    client_id: str
    display_name: str
    legal_name: str | None = None


def fold(text: str) -> str:
    """Case- and accent-insensitive form ("José" and "jose" meet)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _first_name(full: str) -> str | None:
    words = full.split()
    if not words:
        return None
    first = words[0].strip(".,;:!?()\"'“”‘’")
    return first if sum(c.isalpha() for c in first) >= FIRST_NAME_MIN_LETTERS else None


def name_terms(names: AttendeeNames) -> tuple[str, ...]:
    """The words that would name this attendee: display name, legal name, and the first
    name of each when it has three letters or more; each once, as written."""
    found: dict[str, str] = {}
    for full in (names.display_name, names.legal_name):
        if not full or not full.strip():
            continue
        for term in (" ".join(full.split()), _first_name(full)):
            if term and fold(term) not in found:
                found[fold(term)] = term
    return tuple(found.values())


def _pattern(term: str) -> re.Pattern[str]:
    """The term as whole words in folded text (any spacing between its words)."""
    words = [re.escape(w) for w in fold(term).split()]
    return re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)")


def mentions(text: str, term: str) -> bool:
    """True when text contains term as a whole word, ignoring case and accents; a
    one-word term that is also an everyday word (WORD_NAMES) only where it starts with a
    capital."""
    if not text.strip():
        return False
    folded = fold(term)
    if folded in WORD_NAMES:
        return any(word[0].isupper() and fold(word) == folded for word in re.findall(r"\w+", text))
    return _pattern(term).search(fold(text)) is not None


class NameLeak(ValidationError):
    """A part of a group note names an attendee whose chart it is not for.

    `part` is "topic", "interventions", "location" (the group part, in every chart) or
    "individual" (an attendee's own section); `owner_id` is the attendee whose
    section it is (None for the group part); `named_id` whom it names, by `word`."""

    def __init__(
        self,
        *,
        part: str,
        owner_id: str | None,
        owner_name: str | None,
        named_id: str,
        named_name: str,
        word: str,
    ) -> None:
        self.part = part
        self.owner_id = owner_id
        self.owner_name = owner_name
        self.named_id = named_id
        self.named_name = named_name
        self.word = word
        said = named_name if fold(word) == fold(named_name) else f"{named_name} (“{word}”)"
        if owner_id is None:
            message = (
                f"The group's {part} names a group member, {said}. The group part goes "
                "into every attendee's chart, so take the name out before signing."
            )
        else:
            message = (
                f"The section for {owner_name} names another group member, {said}. Each "
                "chart gets only its own section, so take the name out before signing."
            )
        super().__init__(message)


def name_leaks(group: GroupSession, names: Mapping[str, AttendeeNames]) -> list[NameLeak]:
    """Every place a part of the note names an attendee it must not: the group part names
    nobody on the list; a section names nobody but its own attendee (a name that is also
    that attendee's own, like a shared first name, cannot reveal anyone else)."""
    listed = [names[a.client_id] for a in group.attendees if a.client_id in names]
    terms = {n.client_id: name_terms(n) for n in listed}
    leaks: list[NameLeak] = []
    shared = (
        ("topic", group.topic),
        ("interventions", group.interventions),
        ("location", group.location or ""),  # every chart's session shows it too
    )
    for part, text in shared:
        for other in listed:
            word = next((t for t in terms[other.client_id] if mentions(text, t)), None)
            if word is not None:
                leaks.append(
                    NameLeak(
                        part=part,
                        owner_id=None,
                        owner_name=None,
                        named_id=other.client_id,
                        named_name=other.display_name,
                        word=word,
                    )
                )
    for attendee in group.attendees:
        owner = names.get(attendee.client_id)
        own = {fold(t) for t in terms.get(attendee.client_id, ())}
        for other in listed:
            if other.client_id == attendee.client_id:
                continue
            word = next(
                (
                    t
                    for t in terms[other.client_id]
                    if fold(t) not in own and mentions(attendee.section, t)
                ),
                None,
            )
            if word is not None:
                leaks.append(
                    NameLeak(
                        part=OWN_SECTION,
                        owner_id=attendee.client_id,
                        owner_name=owner.display_name if owner else attendee.client_id,
                        named_id=other.client_id,
                        named_name=other.display_name,
                        word=word,
                    )
                )
    return leaks


def check_signable(group: GroupSession, names: Mapping[str, AttendeeNames], signer: str) -> None:
    """Everything signing needs, else a ValidationError (a NameLeak for a name found)."""
    if group.is_signed:
        raise ValidationError("This group note is already signed and filed.")
    check_draft(group)
    if not signer.strip():
        raise ValidationError("A group note needs the signer's name.")
    if not group.attendees:
        raise ValidationError("Add the group's attendees before signing.")
    if not group.attended:
        raise ValidationError(
            "Nobody is marked as attended, so there is no chart to file the note into."
        )
    if not (group.topic.strip() or group.interventions.strip()):
        raise ValidationError("Write the group's topic or interventions before signing.")
    missing = [a.client_id for a in group.attendees if a.client_id not in names]
    if missing:
        raise ValidationError(f"There is no client with id {missing[0]}.")
    leaks = name_leaks(group, names)
    if leaks:
        raise leaks[0]


# -- filing ----------------------------------------------------------------------------------


def copy_sections(group: GroupSession, attendee: GroupAttendee) -> dict[str, str]:
    """What one chart's copy holds: the group part and this attendee's own section."""
    return {
        "topic": group.topic,
        "interventions": group.interventions,
        OWN_SECTION: attendee.section,
    }


def attendee_note(
    group: GroupSession, attendee: GroupAttendee, session_id: str, note_id: str | None = None
) -> Note:
    """One attendee's copy of the group note, as a draft (sign it with Note.signed)."""
    note = Note(
        client_id=attendee.client_id,
        session_id=session_id,
        format=NoteFormat.GROUP,
        sections=copy_sections(group, attendee),
    )
    return note if note_id is None else replace(note, id=note_id)


def attendee_session(group: GroupSession, attendee: GroupAttendee) -> Session:
    """The session filed into one attendee's chart: no participants (they would name the
    others)."""
    return Session(
        client_id=attendee.client_id,
        start=group.start,
        minutes=group.minutes,
        kind=SessionKind.GROUP,
        location=group.location,
    )


@dataclass(frozen=True)
class Filing:
    """What signing files into one attendee's chart."""

    attendee: GroupAttendee  # with the ids of the records below
    session: Session | None  # attended only
    note: Note | None  # attended only; signed
    attendance: Attendance


def filings(
    group: GroupSession,
    *,
    signer: str,
    at: datetime,
    day: date,
    names: Mapping[str, AttendeeNames],
) -> tuple[Filing, ...]:
    """Check the draft (check_signable) and build, per attendee, the records to file:
    a group session and a signed note for each who attended, an attendance entry for
    everyone on `day` (the session's local date). An absent attendee's section is kept as
    the note of the attendance entry, so nothing typed is lost."""
    check_signable(group, names, signer)
    filed: list[Filing] = []
    for attendee in group.attendees:
        session: Session | None = None
        note: Note | None = None
        if attendee.attended:
            session = attendee_session(group, attendee)
            note = attendee_note(group, attendee, session.id).signed(
                signer=signer, at=at, session_start=group.start
            )
        attendance = Attendance(
            client_id=attendee.client_id,
            on=day,
            status=attendee.status.attendance,
            session_id=session.id if session else None,
            notes=None if attendee.attended else (attendee.section.strip() or None),
        )
        linked = replace(
            attendee,
            session_id=session.id if session else None,
            note_id=note.id if note else None,
            attendance_id=attendance.id,
        )
        filed.append(Filing(linked, session, note, attendance))
    return tuple(filed)


def signed_group(
    group: GroupSession, filed: Sequence[Filing], *, signer: str, at: datetime
) -> GroupSession:
    """The group as signed: who signed, when, and what went into each chart."""
    return replace(
        group,
        attendees=numbered(f.attendee for f in filed),
        status=GroupStatus.SIGNED,
        signed_by=signer,
        signed_at=at,
    )
