"""The notes: the composer that writes their sections from the phrase banks, the
schedule of sessions, the clients and their medications, consents, counseling notes
and addenda."""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta, tzinfo
from enum import Enum

from counselor_desk.domain.notes import Addendum, Note, NoteFormat, addendum_content_sha256
from counselor_desk.domain.records import (
    Client,
    Consent,
    CounselingNote,
    Language,
    MedicationEntry,
    Session,
    SessionKind,
)
from counselor_desk.services.demo.helpers import _local, _rng_id, _years_before
from counselor_desk.services.demo.phrases import (
    _BANKS,
    _EXPECTED,
    _SUBSTANCES,
    _THOUGHTS,
    _appointment_text,
    _Bank,
)
from counselor_desk.services.demo.profiles import (
    _AGONISTS,
    _MED_KINDS,
    CLINIC,
    DEMO_DAYS,
    DRAFT_DAYS,
    LATE_ENTRY_SHARE,
    PEER_SIGNER,
    SIGNER,
    _Profile,
)
from counselor_desk.services.demo.summary import _Tally
from counselor_desk.vault import clients as client_repo
from counselor_desk.vault import consents as consent_repo
from counselor_desk.vault import sessions as session_repo
from counselor_desk.vault.connection import Connection

# -- the composer --------------------------------------------------------------------------


@dataclass
class _MedState:
    """The medication entry in effect on a given day (dose text follows the history)."""

    kind: str
    dose: str
    take_home: int | None
    prescriber: str


def _med_on(profile: _Profile, today: date, day: date) -> _MedState:
    current = profile.med.steps[0]
    for step in profile.med.steps:
        if today - timedelta(days=step.started_days_ago) <= day:
            current = step
    return _MedState(profile.med.kind, current.dose, current.take_home, profile.med.prescriber)


class _ScreenNote(Enum):
    """What a note may say of a urine screen that day."""

    MAYBE = "maybe"  # a screen was taken: the note may tell its result
    NONE = "none"  # no sample that day (a video session): the note says nothing of one
    REFUSED = "refused"  # the client declined: the note says so


class _Composer:
    """Builds note sections from the phrase banks with one seeded generator.

    ``charted``: the demo caseload, whose scales, worksheets and CM ledgers are recorded
    too, so no note invents them: thoughts of self-harm appear only where a session asks
    for them (with the PHQ-9 and safety plan that go with them), and no note claims prize
    draws the ledger does not show. The bulk generator keeps the free inventions."""

    def __init__(self, rng: random.Random, *, charted: bool = False) -> None:
        self.rng = rng
        self.charted = charted

    def pick(self, bank: _Bank, key: str, ctx: dict[str, str]) -> str:
        return self.rng.choice(bank[key]).format(**ctx)

    def context(
        self,
        profile: _Profile,
        med: _MedState,
        start: datetime,
        minutes: int,
        next_text: str,
        slip: bool,
        naloxone_expiry: str,
        overrides: Mapping[str, str] | None = None,
    ) -> dict[str, str]:
        """The words of one note; ``overrides`` replace the drawn ones (the craving the
        scale recorded, the thought record written in the session)."""
        rng = self.rng
        lang = profile.language
        bank = _BANKS[lang]
        situation, hot, balanced = rng.choice(_THOUGHTS[lang])
        craving = rng.randint(5, 8) if slip else rng.randint(0, 6)
        take_home = med.take_home or 0
        if lang is Language.SPANISH:
            take_home_text = (
                f"{take_home} dosis para llevar" if take_home else "todavía sin dosis para llevar"
            )
        else:
            take_home_text = f"{take_home} take-home doses" if take_home else "no take-homes yet"
        medication = _MED_KINDS[med.kind][0]
        substance = _SUBSTANCES[lang].get(profile.slip_substance or "", "")
        belief1 = rng.randrange(60, 100, 5)
        ctx: dict[str, str] = {
            "name": profile.first,
            "meeting": profile.meeting,
            "prescriber": med.prescriber,
            "dose": med.dose,
            "take_home": str(take_home),
            "take_home_text": take_home_text,
            "family": ", ".join(profile.family),
            "minutes": str(minutes),
            "next": next_text,
            "naloxone_expiry": naloxone_expiry,
            "substance": substance,
            "craving": str(craving),
            "prev_craving": str(min(10, max(0, craving + rng.randint(-2, 2)))),
            "meetings": str(rng.randint(1, 4)),
            "meetings_goal": str(rng.choice((2, 3, 3, 4))),
            "importance": str(rng.randint(6, 10)),
            "confidence": str(rng.randint(4, 9)),
            "draws": str(rng.randint(1, 8)),
            "belief1": str(belief1),
            "belief2": str(max(10, belief1 - rng.randrange(25, 55, 5))),
            "situation": situation,
            "hot": hot,
            "balanced": balanced,
            # Problem.goal.objective, as the Treatment plan tab numbers them.
            "objective": f"{rng.randint(1, len(profile.goals))}.1.{rng.randint(1, 3)}",
            "goal": rng.choice(profile.goals),
            "expected": _EXPECTED[lang].get(medication, ""),
            "negatives": rng.choice(
                bank["uds_negatives" if profile.opioid else "uds_negatives_alcohol"]
            ),
        }
        for key in (
            "trigger",
            "coping",
            "mood",
            "affect",
            "appearance",
            "arrival",
            "change_talk",
            "homework",
            "peer_topic",
            "peer_share",
            "family_topic",
            "group_topic",
            "participation",
            "stage",
            "barrier",
            "mi_topic",
            "protective",
            "observed",
        ):
            ctx[key] = rng.choice(bank[key])
        ctx.update(overrides or {})
        ctx["progress"] = self.pick(bank, "progress", ctx)
        ctx["med_plan"] = self.pick(bank, f"med_plan_{med.kind}", ctx)
        ctx["med"] = self.pick(bank, f"med_{med.kind}", ctx)
        return ctx

    # -- parts -----------------------------------------------------------------------------
    def _story(self, bank: _Bank, ctx: dict[str, str], slip: bool) -> str:
        rng = self.rng
        parts = [self.pick(bank, "s_craving", ctx)]
        if slip:
            parts.append(self.pick(bank, "s_slip", ctx))
        parts.append(ctx["med"])
        if rng.random() < 0.7:
            parts.append(self.pick(bank, "s_coping", ctx))
        if rng.random() < 0.6:
            parts.append(self.pick(bank, "s_support", ctx))
        if rng.random() < 0.5:
            parts.append(rng.choice(bank["life"]))
        if rng.random() < 0.4:
            parts.append(self.pick(bank, "s_quote", ctx))
        return " ".join(parts)

    def _observed(
        self, bank: _Bank, ctx: dict[str, str], kind: str, slip: bool, screen: _ScreenNote
    ) -> str:
        rng = self.rng
        parts = [self.pick(bank, "s_objective", ctx)]
        if slip:
            if screen is _ScreenNote.MAYBE:
                parts.append(self.pick(bank, "s_uds_slip", ctx))
        elif rng.random() < 0.55 and screen is _ScreenNote.MAYBE:
            parts.append(self.pick(bank, "s_uds", ctx))
        if screen is _ScreenNote.REFUSED:
            parts.append(self.pick(bank, "s_uds_refused", ctx))
        if kind == "methadone" and rng.random() < 0.4:
            parts.append(rng.choice(bank["s_take_home_check"]))
        return " ".join(parts)

    def _assessment(self, bank: _Bank, ctx: dict[str, str], slip: bool) -> str:
        parts = [self.pick(bank, "s_assess", ctx)]
        parts.append(self.pick(bank, "s_assess_slip" if slip else "s_assess_med", ctx))
        return " ".join(parts)

    def _intervention(self, bank: _Bank, ctx: dict[str, str], slip: bool) -> str:
        options = list(bank["s_interv"])
        if slip or self.charted:
            # No prize after a positive screen; in the demo, CM lives in the real ledger.
            options = options[:4]
        chosen = self.rng.sample(options, 2)
        return " ".join(s.format(**ctx) for s in chosen)

    def risks(
        self,
        profile: _Profile,
        med: _MedState,
        ctx: dict[str, str],
        slip: bool,
        concern: bool = False,
    ) -> dict[str, str]:
        bank = _BANKS[profile.language]
        invented = self.rng.random() < 0.03  # drawn either way: the stream stays the same
        concern = concern or (invented and not self.charted)
        self_harm = self.pick(bank, "r_self_harm_concern" if concern else "r_self_harm", ctx)
        if slip and profile.slip_substance != "alcohol" and profile.opioid:
            overdose = self.pick(bank, "r_overdose_slip", ctx)
        elif not profile.opioid:
            overdose = self.pick(bank, "r_overdose_alcohol", ctx)
        elif med.kind in _AGONISTS:
            overdose = self.pick(bank, "r_overdose_agonist", ctx)
        else:
            overdose = self.pick(bank, "r_overdose_antagonist", ctx)
        return {
            "risk_self_harm": self_harm,
            "risk_overdose": overdose,
            "risk_safety": profile.home,
            "next_appointment": ctx["next"],
        }

    def sections(
        self,
        profile: _Profile,
        med: _MedState,
        ctx: dict[str, str],
        fmt: NoteFormat,
        kind: SessionKind,
        slip: bool,
        concern: bool = False,
        screen: _ScreenNote = _ScreenNote.MAYBE,
    ) -> dict[str, str]:
        bank = _BANKS[profile.language]
        if kind is SessionKind.GROUP:
            story = self.pick(bank, "s_group", ctx)
            intervention = self.pick(bank, "s_group_interv", ctx)
            response = self.pick(bank, "s_group_response", ctx)
            plan = self.pick(bank, "s_group_plan", ctx)
            observed = self.pick(bank, "s_objective", ctx)
            goal = self.pick(bank, "s_goal", ctx)
        elif kind is SessionKind.FAMILY:
            story = self.pick(bank, "s_family", ctx) + " " + self.pick(bank, "s_craving", ctx)
            intervention = self.pick(bank, "s_family_interv", ctx)
            response = self.pick(bank, "s_family_response", ctx)
            plan = self.pick(bank, "s_family_plan", ctx)
            observed = self.pick(bank, "s_objective", ctx)
            goal = self.pick(bank, "s_goal", ctx)
        elif kind is SessionKind.PEER_SUPPORT:
            story = self.pick(bank, "s_peer", ctx)
            intervention = story
            response = self.pick(bank, "s_peer_response", ctx)
            plan = self.pick(bank, "s_peer_plan", ctx)
            observed = self.pick(bank, "s_objective", ctx)
            goal = self.pick(bank, "s_peer_goal", ctx)
        else:
            story = self._story(bank, ctx, slip)
            observed = self._observed(bank, ctx, med.kind, slip, screen)
            intervention = self._intervention(bank, ctx, slip)
            response = self.pick(bank, "s_response", ctx)
            plan = self.pick(bank, "s_plan", ctx)
            goal = self.pick(bank, "s_goal", ctx)
        assessment = self._assessment(bank, ctx, slip)
        if fmt is NoteFormat.SOAP:
            body = {
                "subjective": story,
                "objective": observed,
                "assessment": assessment,
                "plan": plan,
            }
        elif fmt is NoteFormat.DAP:
            body = {"data": f"{story} {observed}", "assessment": assessment, "plan": plan}
        elif fmt is NoteFormat.BIRP:
            body = {
                "behavior": f"{story} {observed}",
                "intervention": intervention,
                "response": response,
                "plan": plan,
            }
        elif fmt is NoteFormat.GIRP:
            reply = response if kind is SessionKind.PEER_SUPPORT else f"{story} {response}"
            body = {
                "goal": goal,
                "intervention": intervention,
                "response": reply,
                "plan": plan,
            }
        else:
            if kind is SessionKind.PHONE:
                phone_ctx = dict(ctx)
                phone_ctx["coping"] = self.pick(bank, "s_coping", ctx)
                text = self.pick(bank, "s_phone", phone_ctx)
            else:
                parts = (story, intervention, response, plan)
                text = " ".join(p for i, p in enumerate(parts) if p not in parts[:i])
            body = {"text": text}
        body.update(self.risks(profile, med, ctx, slip, concern))
        return body


# -- the schedule --------------------------------------------------------------------------


@dataclass
class _Planned:
    session: Session
    fmt: NoteFormat
    slip: bool
    signer: str
    draft: bool
    late: bool = False
    signed_at: datetime | None = None
    # Set by the chart planning of the demo, so the note agrees with what was recorded:
    overrides: dict[str, str] = field(default_factory=dict)  # words of the note
    concern: bool = False  # passive thoughts of death reported (PHQ-9 item 9)
    screen: _ScreenNote = _ScreenNote.MAYBE
    extra: dict[str, list[str]] = field(default_factory=dict)  # "assessment"/"plan" -> lines
    # A group session filed from a signed group note: its session, note and attendance
    # are written by the group's signing, not from the phrase banks.
    filed: bool = False


_MINUTES: dict[SessionKind, tuple[int, ...]] = {
    SessionKind.INDIVIDUAL: (45, 50, 53, 55),
    SessionKind.GROUP: (90,),
    SessionKind.FAMILY: (50, 60),
    SessionKind.PEER_SUPPORT: (30, 45, 60),
    SessionKind.PHONE: (10, 15, 20),
}
_LOCATIONS: dict[SessionKind, tuple[str, ...]] = {
    SessionKind.INDIVIDUAL: ("Office 2", "Office 3", "Telehealth (video)"),
    SessionKind.GROUP: ("Group room",),
    SessionKind.FAMILY: ("Family room",),
    SessionKind.PEER_SUPPORT: ("Community center", "Clinic lobby", "Public library"),
    SessionKind.PHONE: ("Phone",),
}
_INDIVIDUAL_FORMATS = (NoteFormat.SOAP, NoteFormat.DAP, NoteFormat.BIRP, NoteFormat.GIRP)


def _format_for(rng: random.Random, profile: _Profile, kind: SessionKind) -> NoteFormat:
    if kind is SessionKind.PHONE:
        return NoteFormat.FREE
    if kind is SessionKind.GROUP:
        return rng.choice((NoteFormat.GIRP, NoteFormat.BIRP))
    if kind is SessionKind.PEER_SUPPORT:
        return rng.choice((NoteFormat.GIRP, NoteFormat.FREE))
    if rng.random() < 0.85:
        return profile.fmt
    return rng.choice(_INDIVIDUAL_FORMATS)


# The counselor's weekly individual slots (weekday, hour, minute); none overlaps a group.
_SLOT_TIMES = ((9, 0), (10, 0), (11, 0), (13, 30), (14, 30))
_GROUPS: dict[Language, tuple[int, int]] = {  # weekday, hour; 90 minutes
    Language.ENGLISH: (2, 13),  # Wednesday 13:00
    Language.SPANISH: (3, 10),  # Thursday 10:00, in Spanish
}


def _free_slots() -> list[tuple[int, int, int]]:
    slots: list[tuple[int, int, int]] = []
    for weekday in range(5):
        for hour, minute in _SLOT_TIMES:
            start = hour * 60 + minute
            if any(
                weekday == g_day and g_hour * 60 - 60 < start < g_hour * 60 + 90
                for g_day, g_hour in _GROUPS.values()
            ):
                continue
            slots.append((weekday, hour, minute))
    return slots


def _take_slot(
    rng: random.Random, slots: list[tuple[int, int, int]], profile: _Profile
) -> tuple[int, int, int]:
    """A free weekly slot, not on the client's group day (one client per slot)."""
    group_day = _GROUPS[profile.language][0]
    candidates = [s for s in slots if s[0] != group_day]
    slot = rng.choice(candidates)
    slots.remove(slot)
    return slot


def _plan_client(
    rng: random.Random,
    profile: _Profile,
    client_id: str,
    today: date,
    tz: tzinfo | None,
    slot: tuple[int, int, int],
) -> tuple[list[_Planned], list[datetime]]:
    """About three months of sessions: a weekly slot, a group every other week, family
    sessions every four weeks where family takes part, phone check-ins and peer support.
    Also the weekly slots that were missed (no session was held)."""
    first_day = max(
        today - timedelta(days=DEMO_DAYS), today - timedelta(days=profile.admitted_days_ago)
    )
    last_day = today - timedelta(days=1)
    if profile.discharged_days_ago is not None:
        last_day = today - timedelta(days=profile.discharged_days_ago)
    group_day, group_hour = _GROUPS[profile.language]
    weekday, hour, minute = slot
    weeks = (last_day - first_day).days // 7 + 1
    phone_week = rng.randrange(1, max(2, weeks))
    peer_weeks = set(rng.sample(range(weeks), min(2, weeks))) if profile.peer else set()
    family_offset = rng.randrange(4)
    group_parity = rng.randrange(2)
    monday = first_day - timedelta(days=first_day.weekday())
    planned: list[tuple[datetime, SessionKind]] = []
    missed: list[datetime] = []
    for week in range(weeks + 1):
        week_start = monday + timedelta(weeks=week)
        kind = SessionKind.INDIVIDUAL
        if week == phone_week or rng.random() < 0.05:
            kind = SessionKind.PHONE
        elif week in peer_weeks:
            kind = SessionKind.PEER_SUPPORT
        elif profile.family and week % 4 == family_offset:
            kind = SessionKind.FAMILY
        day = week_start + timedelta(days=weekday)
        if rng.random() > 0.08 or kind is not SessionKind.INDIVIDUAL:  # a few missed weeks
            if kind is SessionKind.PEER_SUPPORT:  # with the peer specialist, not the counselor
                at = _local(day, 11, 30, tz)
            else:
                at = _local(day, hour, minute, tz)
            planned.append((at, kind))
        else:
            missed.append(_local(day, hour, minute, tz))
        if week % 2 == group_parity and rng.random() < 0.85:
            planned.append(
                (
                    _local(week_start + timedelta(days=group_day), group_hour, 0, tz),
                    SessionKind.GROUP,
                )
            )
    planned = sorted(p for p in planned if first_day <= p[0].date() <= last_day)
    out: list[_Planned] = []
    draft_from = today - timedelta(days=DRAFT_DAYS)
    for start, kind in planned:
        minutes = rng.choice(_MINUTES[kind])
        participants = profile.family if kind is SessionKind.FAMILY else ()
        session = Session(
            client_id=client_id,
            start=start,
            minutes=minutes,
            kind=kind,
            id=_rng_id(rng),
            location=rng.choice(_LOCATIONS[kind]),
            participants=participants,
            created_at=start,
            updated_at=start,
        )
        slip = (
            profile.slip_days_ago is not None
            and kind is not SessionKind.GROUP
            and 0 <= (start.date() - (today - timedelta(days=profile.slip_days_ago))).days < 8
        )
        out.append(
            _Planned(
                session=session,
                fmt=_format_for(rng, profile, kind),
                slip=slip,
                signer=PEER_SIGNER if kind is SessionKind.PEER_SUPPORT else SIGNER,
                draft=start.date() >= draft_from,
            )
        )
    # The slip is told once: at the first individual session of the week after it.
    slipped = [p for p in out if p.slip]
    told = [p for p in slipped if p.session.kind is SessionKind.INDIVIDUAL][:1] or slipped[:1]
    for item in slipped:
        item.slip = any(item is t for t in told)
    return out, [m for m in missed if first_day <= m.date() <= last_day]


def _naloxone_expiry(rng: random.Random, today: date) -> str:
    month = rng.randint(1, 12)
    return f"{month:02d}/{today.year + rng.randint(1, 2)}"


def _sign_time(rng: random.Random, planned: _Planned) -> datetime:
    session = planned.session
    if planned.late:
        return session.start + timedelta(hours=rng.randint(26, 70), minutes=rng.randint(0, 59))
    end = session.start + timedelta(minutes=session.minutes)
    return end + timedelta(minutes=rng.randint(5, 150))


def _write_notes(
    conn: Connection,
    rng: random.Random,
    composer: _Composer,
    profile: _Profile,
    plans: list[_Planned],
    today: date,
    tally: _Tally,
) -> list[Note]:
    """Sessions and their notes for one client; returns the notes written, in order."""
    naloxone = _naloxone_expiry(rng, today)
    written: list[Note] = []
    for index, planned in enumerate(plans):
        if planned.filed:
            continue
        session = planned.session
        session_repo.add_session(conn, session, session.start)
        tally.sessions += 1
        med = _med_on(profile, today, session.start.date())
        if index + 1 < len(plans):
            upcoming = plans[index + 1].session
            next_text = _appointment_text(profile.language, upcoming.start, upcoming.kind)
        else:
            next_text = _appointment_text(
                profile.language, _next_regular(plans, session.start), SessionKind.INDIVIDUAL
            )
        ctx = composer.context(
            profile,
            med,
            session.start,
            session.minutes,
            next_text,
            planned.slip,
            naloxone,
            planned.overrides,
        )
        sections = composer.sections(
            profile,
            med,
            ctx,
            planned.fmt,
            session.kind,
            planned.slip,
            planned.concern,
            planned.screen,
        )
        _add_extra(sections, planned)
        end = session.start + timedelta(minutes=session.minutes)
        note = Note(
            client_id=session.client_id,
            session_id=session.id,
            format=planned.fmt,
            sections=sections,
            id=_rng_id(rng),
            created_at=end,
        )
        if planned.draft:
            note = replace(note, updated_at=end + timedelta(minutes=rng.randint(5, 40)))
            tally.draft_notes += 1
        else:
            signed_at = _sign_time(rng, planned)
            note = note.signed(signer=planned.signer, at=signed_at, session_start=session.start)
            note = replace(note, updated_at=signed_at)
            tally.signed_notes += 1
            tally.late_entries += int(note.late_entry)
        written.append(session_repo.add_note(conn, note, end))
        tally.notes += 1
    return written


def _add_extra(sections: dict[str, str], planned: _Planned) -> None:
    """Append the chart lines of a session (scores taken, worksheets written) to the
    sections where a counselor would write them."""
    for target, lines in planned.extra.items():
        if not lines:
            continue
        for key in (target, "response", "plan", "text"):
            if key in sections:
                sections[key] = " ".join((sections[key], *lines))
                break


def _next_regular(plans: list[_Planned], after: datetime) -> datetime:
    """The next weekly slot after the last planned session (for "next appointment")."""
    in_slot = (SessionKind.INDIVIDUAL, SessionKind.FAMILY, SessionKind.PHONE)
    regular = [p.session.start for p in plans if p.session.kind in in_slot]
    slot = regular[-1] if regular else after
    while slot <= after:
        slot += timedelta(days=7)
    return slot


def _write_client(
    conn: Connection,
    rng: random.Random,
    profile: _Profile,
    today: date,
    tz: tzinfo | None,
    tally: _Tally,
    window_days: int = DEMO_DAYS + 7,
) -> Client:
    """The client and medication history; entered into the vault at the start of the
    window (or at admission, if later)."""
    admitted = today - timedelta(days=profile.admitted_days_ago)
    entered = _local(max(admitted, today - timedelta(days=window_days)), 8, 30, tz)
    birthday = _years_before(today, profile.age) - timedelta(days=rng.randint(20, 340))
    discharged = (
        today - timedelta(days=profile.discharged_days_ago)
        if profile.discharged_days_ago is not None
        else None
    )
    client = Client(
        display_name=profile.display_name,
        id=_rng_id(rng),
        legal_name=profile.legal,
        date_of_birth=birthday,
        sex=profile.sex,
        pronouns=profile.pronouns,
        preferred_language=profile.language,
        phone=profile.phone,
        emergency_contact=profile.emergency_contact,
        guardian=profile.guardian,
        program=profile.program,
        admission_date=admitted,
        discharge_date=discharged,
        recovery_date=today - timedelta(days=profile.recovery_days_ago),
        diagnoses=profile.diagnoses,
        archived=discharged is not None,
        created_at=entered,
        updated_at=_local(discharged, 16, 0, tz) if discharged else entered,
    )
    client_repo.add_client(conn, client, entered)
    tally.clients += 1
    tally.archived_clients += int(client.archived)
    _write_medications(conn, rng, profile, client.id, today, entered, tz, tally)
    return client


def _write_medications(
    conn: Connection,
    rng: random.Random,
    profile: _Profile,
    client_id: str,
    today: date,
    entered: datetime,
    tz: tzinfo | None,
    tally: _Tally,
) -> None:
    """The medication history; a dose change is a new entry replacing the old one."""
    medication, form, schedule, dispensing = _MED_KINDS[profile.med.kind]
    previous: MedicationEntry | None = None
    for step in profile.med.steps:
        started = today - timedelta(days=step.started_days_ago)
        entry = MedicationEntry(
            client_id=client_id,
            medication=medication,
            started=started,
            id=_rng_id(rng),
            form=form,
            dose=step.dose,
            schedule=schedule,
            prescriber=profile.med.prescriber,
            dispensing=dispensing,
            take_home_count=step.take_home,
            notes=step.note,
            replaces=previous.id if previous else None,
        )
        created = max(entered, _local(started, 9, 0, tz))
        client_repo.add_medication(conn, entry, created)
        if previous is not None:
            client_repo.close_medication(conn, previous.id, started)
        previous = entry
        tally.medication_entries += 1
    if previous is not None and profile.med.stopped_days_ago is not None:
        stopped = today - timedelta(days=profile.med.stopped_days_ago)
        client_repo.close_medication(conn, previous.id, stopped)


# -- consents, counseling notes and addenda ------------------------------------------------


@dataclass(frozen=True)
class _ConsentSpec:
    client: str  # display name
    recipient: str
    information: str
    purpose: str
    signed_days_ago: int
    signed_by: str
    expires_days: int | None  # after signing
    expires_on_event: str | None = None
    includes_counseling_notes: bool = False
    revoked_days_ago: int | None = None


_CONSENTS: tuple[_ConsentSpec, ...] = (
    _ConsentSpec(
        "Dana R.",
        "Cedar Valley Family Health (primary care)",
        "Diagnoses, current medication and dose, attendance, urine screen results",
        "Coordinate care with the primary care provider",
        149,
        "client",
        365,
    ),
    _ConsentSpec(
        "Marcus T.",
        "Millbrook County Adult Probation Office",
        "Attendance dates and urine screen results only",
        "Report treatment participation as required by conditions of probation",
        200,
        "client",
        None,
        expires_on_event="End of the probation term",
    ),
    _ConsentSpec(
        "Lupe G.",
        "Marisol Galindo (daughter)",
        "Attendance and general progress in treatment",
        "Family support in recovery",
        380,
        "client",
        730,
        revoked_days_ago=20,
    ),
    _ConsentSpec(
        "Jordan K.",
        "Teresa Kessler (mother, guardian)",
        "Attendance, medication, treatment plan and progress",
        "Parent involvement in adolescent treatment",
        118,
        "Jordan K. (client, minor) and Teresa Kessler (guardian)",
        365,
    ),
    _ConsentSpec(
        "Sam W.",
        "Riverbend Primary Care",
        "Medication list and dates of naltrexone injections",
        "Coordinate care with the primary care provider",
        410,
        "client",
        365,
    ),
    _ConsentSpec(
        "Ray D.",
        "Northside Behavioral Health, Dr. P. Anand (psychiatrist)",
        "Diagnoses, medication, progress notes and SUD counseling notes",
        "Coordinate psychiatric and addiction care",
        60,
        "client",
        365,
        includes_counseling_notes=True,
    ),
    _ConsentSpec(
        "Tom H.",
        "Eastgate Opioid Treatment Program",
        "Dosing history, medication list, last three months of notes and screens",
        "Transfer of care after moving",
        50,
        "client",
        120,
        expires_on_event="Transfer of care completed",
    ),
)

_COUNSELING_NOTES: dict[str, str] = {
    "Marcus T.": (
        "Private impressions: anger about probation rules may be covering shame about the "
        "arrest. Watch my own frustration when he is late; stay curious. Take-home privileges "
        "look like a strong motivator; frame contingency management around them."
    ),
    "Keisha B.": (
        "Anxiety seems to drive most cravings more than people or places. Consider asking the "
        "prescriber about an anxiety referral. She has hinted twice at past trauma; explore "
        "only when she is ready."
    ),
    "Lupe G.": (
        "After the slip she seemed more afraid of disappointing her daughter than of the drug. "
        "Family work may matter more than individual sessions right now. She prefers the word "
        "'desliz' to 'recaída'; use her word."
    ),
    "Ray D.": (
        "Long stable course. Meetings may have become routine rather than support; ask what is "
        "new in his recovery. He may be ready to mentor others: raise peer specialist training."
    ),
}

_ADDENDA: dict[str, tuple[Language, str]] = {
    "Dana R.": (
        Language.ENGLISH,
        "Lab confirmation of the most recent urine screen arrived after this note was "
        "signed: buprenorphine present (expected); fentanyl and other opioids not detected. "
        "No change to the plan.",
    ),
    "Lupe G.": (
        Language.SPANISH,
        "La hija de la clienta llamó después de la sesión para confirmar que vendrá a la "
        "próxima sesión familiar. Sin cambios en el plan.",
    ),
}


def _write_consents(
    conn: Connection,
    rng: random.Random,
    by_name: dict[str, Client],
    today: date,
    tz: tzinfo | None,
    tally: _Tally,
) -> None:
    for spec in _CONSENTS:
        client = by_name[spec.client]
        signed = today - timedelta(days=spec.signed_days_ago)
        created = _local(signed, 9, 15, tz)
        consent = Consent(
            client_id=client.id,
            discloser=CLINIC,
            recipient=spec.recipient,
            information=spec.information,
            purpose=spec.purpose,
            signed=signed,
            signed_by=spec.signed_by,
            id=_rng_id(rng),
            expires=signed + timedelta(days=spec.expires_days) if spec.expires_days else None,
            expires_on_event=spec.expires_on_event,
            includes_counseling_notes=spec.includes_counseling_notes,
            created_at=created,
            updated_at=created,
        )
        consent_repo.add_consent(conn, consent, created)
        if spec.revoked_days_ago is not None:
            revoked = today - timedelta(days=spec.revoked_days_ago)
            consent_repo.revoke_consent(conn, consent.id, revoked, _local(revoked, 10, 0, tz))
        tally.consents += 1


def _write_counseling_notes(
    conn: Connection,
    rng: random.Random,
    by_name: dict[str, Client],
    notes: dict[str, list[Note]],
    sessions: dict[str, Session],
    tally: _Tally,
) -> None:
    for name, text in _COUNSELING_NOTES.items():
        client = by_name[name]
        signed = [n for n in notes[client.id] if n.is_signed]
        anchor = signed[len(signed) // 2] if signed else None
        session = sessions[anchor.session_id] if anchor else None
        at = (
            session.start + timedelta(minutes=session.minutes + 20)
            if session
            else client.created_at
        )
        assert at is not None
        counseling = CounselingNote(
            client_id=client.id,
            text=text,
            id=_rng_id(rng),
            session_id=session.id if session else None,
            created_at=at,
            updated_at=at,
        )
        consent_repo.add_counseling_note(conn, counseling, at)
        tally.counseling_notes += 1


def _write_addenda(
    conn: Connection,
    rng: random.Random,
    by_name: dict[str, Client],
    notes: dict[str, list[Note]],
    today: date,
    tally: _Tally,
) -> None:
    for name, (_lang, text) in _ADDENDA.items():
        client = by_name[name]
        signed = [n for n in notes[client.id] if n.is_signed and n.signed_at is not None]
        if not signed:
            continue
        note = signed[min(1, len(signed) - 1)]
        assert note.signed_at is not None
        at = note.signed_at + timedelta(days=rng.randint(1, 3), hours=rng.randint(0, 5))
        latest = datetime.combine(today, datetime.min.time(), tzinfo=note.signed_at.tzinfo)
        at = min(at, latest - timedelta(hours=1))
        addendum = Addendum(
            note_id=note.id,
            client_id=client.id,
            text=text,
            signed_by=SIGNER,
            signed_at=at,
            content_sha256=addendum_content_sha256(
                client_id=client.id, note_id=note.id, text=text, signed_by=SIGNER, signed_at=at
            ),
            id=_rng_id(rng),
        )
        session_repo.add_addendum(conn, addendum, at)
        tally.addenda += 1


def _ensure_late_entry(plans: list[_Planned], rng: random.Random) -> None:
    """Mark a few signed notes as signed more than 24 hours late (at least one)."""
    signed = [p for p in plans if not p.draft]
    for planned in signed:
        planned.late = rng.random() < LATE_ENTRY_SHARE
    if signed and not any(p.late for p in signed):
        signed[len(signed) // 3].late = True
