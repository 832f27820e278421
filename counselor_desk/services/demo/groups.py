"""Group notes: signed groups filed into their attendees' charts, and one draft."""

from __future__ import annotations

import random
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta, tzinfo

from counselor_desk.domain.group_notes import (
    AttendeeStatus,
    Filing,
    GroupAttendee,
    GroupSession,
    attendee_note,
    attendee_session,
    check_signable,
    numbered,
    signed_group,
)
from counselor_desk.domain.notes import Note, NoteFormat
from counselor_desk.domain.records import Language, Session, SessionKind
from counselor_desk.domain.screens import Attendance
from counselor_desk.services.demo.charts import _ClientChart
from counselor_desk.services.demo.helpers import _local, _rng_id
from counselor_desk.services.demo.notes import _GROUPS, _Planned
from counselor_desk.services.demo.profiles import DEMO_DAYS, DRAFT_DAYS, SIGNER, _Profile
from counselor_desk.services.demo.summary import _Tally
from counselor_desk.vault import groups as group_repo
from counselor_desk.vault.connection import Connection

# -- group notes -----------------------------------------------------------------------------
#
# A few of the weekly groups are written as group notes: one draft for the group, signed and
# filed into each attendee's chart with the group part and that attendee's own section (the
# way the "Group notes" window does it), and one draft still being written. That day's other
# planned group sessions of the language are dropped (those clients were not at group that
# week), so no chart holds two groups at one time. Each section names its own attendee only;
# the name check of the signing step runs on every one.

_GROUP_ROOM = "Group room"
_GROUP_MINUTES = 90


@dataclass(frozen=True)
class _GroupSpec:
    """One group session written as a group note, in the group's language."""

    language: Language
    days_ago: int | None  # the group day nearest this; None: a draft, in the last week
    topic: str
    interventions: str
    sections: tuple[tuple[str, str], ...]  # (display name, own section) of who attended
    absent: tuple[tuple[str, AttendeeStatus, str], ...] = ()

    @property
    def signed(self) -> bool:
        return self.days_ago is not None


_GROUP_NOTES: tuple[_GroupSpec, ...] = (
    _GroupSpec(
        Language.ENGLISH,
        42,
        "Relapse prevention: early warning signs",
        "Psychoeducation on relapse as a process (emotional, then mental, then physical) and "
        "the early signs people notice in themselves. Each member wrote down three personal "
        "warning signs and one action for each. Practiced a two-minute urge-surfing exercise "
        "together. Handout: early warning signs checklist.",
        (
            (
                "Dana R.",
                "Dana named skipping meals, snapping at her partner and the 3 pm slump as her "
                "earliest warning signs. Her plan when two of them show up on the same day: "
                "text the peer specialist and go for a walk. Engaged throughout and encouraged "
                "newer members.",
            ),
            (
                "Marcus T.",
                "Marcus was quiet for the first half, then said that shutting himself in his "
                "room after probation appointments is his main warning sign. Agreed to call "
                "his sister on those days instead. Asked how to answer comments about "
                "take-home doses.",
            ),
            (
                "Tom H.",
                "Tom said this is one of his last groups here before he moves to be near his "
                "daughter. Named boredom and poor sleep as his warning signs and plans to find "
                "an NA meeting near his new home before the move. Thanked the group for its "
                "support.",
            ),
            (
                "Eli N.",
                "Eli named 'just checking in' with old friends online as a warning sign and "
                "said he deleted two contacts this week. Knows that missing a naltrexone "
                "injection lowers his protection and that his tolerance is low. Took an active "
                "part in the urge-surfing practice.",
            ),
            (
                "Priya S.",
                "Priya listed staying up late, working double shifts and skipping meals as "
                "early signs. Said she feels steady right now but that money stress could "
                "change that. Set a goal to be in bed by 11 on work nights.",
            ),
        ),
        absent=(
            (
                "Keisha B.",
                AttendeeStatus.EXCUSED,
                "Called before group: asked to work an extra shift. The warning signs "
                "handout will be reviewed at her next individual session.",
            ),
        ),
    ),
    _GroupSpec(
        Language.SPANISH,
        21,
        "Manejo del deseo de consumir: surfear el impulso",
        "Psicoeducación sobre cómo el deseo de consumir sube y baja como una ola. Práctica "
        "guiada de surfear el impulso (10 minutos) y de respiración lenta (4 al inhalar, 6 al "
        "exhalar). Cada participante escribió en una tarjeta tres cosas que puede hacer en los "
        "primeros 15 minutos de un antojo.",
        (
            (
                "Lupe G.",
                "Lupe contó que el deseo de consumir más fuerte le llega en la noche, cuando "
                "está sola. En la práctica notó que bajó de 7 a 4 en diez minutos. Su tarjeta: "
                "llamar a su madrina, rezar y ver una película con su hija. Dio ánimo al resto "
                "del grupo.",
            ),
            (
                "Rosa M.",
                "Rosa habló con honestidad de su desliz reciente con alcohol y de lo que "
                "aprendió: los viernes con las compañeras del trabajo son su momento de más "
                "riesgo. Le costó concentrarse al inicio de la práctica. Su tarjeta: salir a "
                "caminar, llamar a su pareja e ir a AA en español.",
            ),
            (
                "Ana P.",
                "Ana habló poco al inicio; después compartió que el deseo de consumir le llega "
                "cuando se siente triste y sin energía. Practicó la respiración lenta y dijo "
                "que le ayudó. Su tarjeta: salir con su perra Canela, llamar a su hermana e ir "
                "a la iglesia.",
            ),
        ),
    ),
    _GroupSpec(
        Language.ENGLISH,
        14,
        "Naloxone and overdose response",
        "Overdose response training: the signs of an overdose (no response, slow or no "
        "breathing, blue or gray lips), calling 911, giving naloxone nasal spray, rescue "
        "breathing and the recovery position. Members practiced with trainer kits. Talked "
        "about never using alone, fentanyl test strips, and the loss of tolerance after a "
        "break from use. Everyone left with a naloxone kit or showed the one they carry.",
        (
            (
                "Dana R.",
                "Dana went through the whole sequence with the trainer kit without prompting "
                "and said her partner now keeps a kit in the car. Asked when to give a second "
                "dose.",
            ),
            (
                "Marcus T.",
                "Marcus shared that he once saw a friend overdose and did not know what to do; "
                "said today felt like 'closing that loop'. Practiced rescue breathing and took "
                "a second kit for his sister's house.",
            ),
            (
                "Keisha B.",
                "Keisha became anxious during the talk about overdose signs and stepped out for "
                "five minutes, then came back and finished the practice. Said knowing the steps "
                "makes her feel less helpless. Her kit is in her bag.",
            ),
            (
                "Sam W.",
                "Sam does not use opioids but wanted to know the steps in case he finds a "
                "neighbor in trouble; practiced and took a kit. Asked about mixing alcohol with "
                "sleep medicine; the risk was reviewed with him.",
            ),
            (
                "Ray D.",
                "Ray, who has carried naloxone for years, helped show the nasal spray and told "
                "how he once used it for a neighbor. Modeled calm, clear steps for newer "
                "members.",
            ),
            (
                "Priya S.",
                "Priya said it was hard to talk about her recent methamphetamine slip in front of "
                "others, and did. Learned that fentanyl has been found in stimulants locally; "
                "took test strips and a kit. Said speaking up felt better than she expected.",
            ),
        ),
    ),
    _GroupSpec(
        Language.ENGLISH,
        None,
        "Sleep and recovery",
        "Psychoeducation on sleep in early recovery and how poor sleep feeds cravings. "
        "Built a simple wind-down routine together.",
        (
            (
                "Dana R.",
                "Dana said she sleeps about seven hours since the dose change and no longer "
                "wakes up craving.",
            ),
            ("Eli N.", ""),
            (
                "Priya S.",
                "Priya is working fewer night shifts and tracking her sleep in a phone app.",
            ),
            ("Ray D.", ""),
        ),
    ),
)


@dataclass
class _GroupPlan:
    """A group note resolved to a day and to the demo's clients."""

    spec: _GroupSpec
    start: datetime
    attendees: list[GroupAttendee]
    sessions: dict[str, Session] = field(default_factory=dict)  # who attended a signed one


def _active_on(profile: _Profile, today: date, day: date) -> bool:
    """In treatment that day, within the demo window."""
    first = max(
        today - timedelta(days=DEMO_DAYS), today - timedelta(days=profile.admitted_days_ago)
    )
    last = today - timedelta(days=1)
    if profile.discharged_days_ago is not None:
        last = today - timedelta(days=profile.discharged_days_ago)
    return first <= day <= last


def _group_day(spec: _GroupSpec, today: date) -> date:
    """The language's group weekday nearest ``days_ago`` (before the draft week for a signed
    group), or for the draft the latest one before today."""
    weekday = _GROUPS[spec.language][0]
    if spec.days_ago is None:
        yesterday = today - timedelta(days=1)
        return yesterday - timedelta(days=(yesterday.weekday() - weekday) % 7)
    target = today - timedelta(days=spec.days_ago)
    day = target + timedelta(days=(weekday - target.weekday() + 3) % 7 - 3)
    while day >= today - timedelta(days=DRAFT_DAYS):
        day -= timedelta(days=7)
    return day


def _plan_groups(
    rng: random.Random, client_charts: list[_ClientChart], today: date, tz: tzinfo | None
) -> list[_GroupPlan]:
    """Decide the group notes and put their sessions into the charts' plans (filed by the
    signing); done before the charts are planned, so a screen may be taken at one."""
    by_name = {chart.client.display_name: chart for chart in client_charts}
    found: list[_GroupPlan] = []
    for spec in _GROUP_NOTES:
        day = _group_day(spec, today)
        start = _local(day, _GROUPS[spec.language][1], 0, tz)
        listed = [(name, AttendeeStatus.ATTENDED, text) for name, text in spec.sections]
        listed += list(spec.absent)
        attendees = [
            GroupAttendee(by_name[name].client.id, status, text)
            for name, status, text in listed
            if name in by_name and _active_on(by_name[name].profile, today, day)
        ]
        if not any(a.attended for a in attendees):
            continue
        group = _GroupPlan(spec, start, attendees)
        for chart in client_charts:
            if chart.profile.language is not spec.language:
                continue
            chart.plans = [
                p
                for p in chart.plans
                if not (p.session.kind is SessionKind.GROUP and p.session.start.date() == day)
            ]
            attendee = next((a for a in attendees if a.client_id == chart.client.id), None)
            if spec.signed and attendee is not None and attendee.attended:
                session = Session(
                    client_id=chart.client.id,
                    start=start,
                    minutes=_GROUP_MINUTES,
                    kind=SessionKind.GROUP,
                    id=_rng_id(rng),
                    location=_GROUP_ROOM,
                    created_at=start,
                    updated_at=start,
                )
                group.sessions[chart.client.id] = session
                chart.plans.append(
                    _Planned(session, NoteFormat.GROUP, False, SIGNER, draft=False, filed=True)
                )
                chart.plans.sort(key=lambda p: p.session.start)
        found.append(group)
    return found


def _write_groups(
    conn: Connection, rng: random.Random, groups: list[_GroupPlan], tally: _Tally
) -> dict[str, list[Attendance]]:
    """The drafts, and the signed ones filed as Groups.sign_group files them (its checks,
    its records; ids and times from the demo's own generator and calendar). Returns the
    attendance entries written, by client id."""
    written: dict[str, list[Attendance]] = {}
    for planned in groups:
        spec = planned.spec
        start = planned.start
        created = start + timedelta(minutes=_GROUP_MINUTES + 10)
        group = GroupSession(
            start=start,
            minutes=_GROUP_MINUTES,
            id=_rng_id(rng),
            location=_GROUP_ROOM,
            topic=spec.topic,
            interventions=spec.interventions,
            attendees=numbered(planned.attendees),
            created_at=created,
            updated_at=created + timedelta(minutes=rng.randint(5, 20)),
        )
        group_repo.add_group(conn, group, created)
        if not spec.signed:
            tally.group_drafts += 1
            continue
        at = start + timedelta(minutes=_GROUP_MINUTES + rng.randint(35, 120))
        names = group_repo.attendee_names(conn, [a.client_id for a in group.attendees])
        check_signable(group, names, SIGNER)  # a NameLeak if a part names another attendee
        filed: list[Filing] = []
        for attendee in group.attendees:
            session: Session | None = None
            note: Note | None = None
            if attendee.attended:
                session_id = planned.sessions[attendee.client_id].id
                session = replace(attendee_session(group, attendee), id=session_id)
                note = attendee_note(group, attendee, session_id, _rng_id(rng)).signed(
                    signer=SIGNER, at=at, session_start=start
                )
            attendance = Attendance(
                client_id=attendee.client_id,
                on=start.date(),  # the session's local day
                status=attendee.status.attendance,
                session_id=session.id if session else None,
                id=_rng_id(rng),
                notes=None if attendee.attended else (attendee.section.strip() or None),
            )
            linked = replace(
                attendee,
                session_id=session.id if session else None,
                note_id=note.id if note else None,
                attendance_id=attendance.id,
            )
            filed.append(Filing(linked, session, note, attendance))
            written.setdefault(attendee.client_id, []).append(
                replace(attendance, created_at=at, updated_at=at)
            )
            tally.attendance += 1
            if note is not None:
                tally.sessions += 1
                tally.notes += 1
                tally.signed_notes += 1
        signed = signed_group(group, filed, signer=SIGNER, at=at)
        group_repo.file_signed(conn, signed, filed, at)
        tally.group_notes += 1
    return written
