"""A fictional caseload for demonstrations, screenshots, manual testing and benchmarks.

Every person, clinic, probation office and phone number here is invented (phone numbers
use the 555-01xx range set aside for fiction). The output depends only on the seed, the
given ``today`` and the time zone, so demo vaults and benchmarks are reproducible:
ids come from the seeded generator too, and stored timestamps are derived from the
invented session times, not from the wall clock (only the one "demo" audit row carries
the vault's clock).

``populate_demo`` writes a small, varied caseload (12 clients, about three months of
sessions and notes in English and Spanish) and what the chart tabs show for it: filled-in
worksheets and scales for about half the clients (PHQ-9 and GAD-7 trends, weekly
cravings, an AUDIT, COWS at a buprenorphine induction, one PHQ-9 with item 9 above zero
and the safety plan updated that day), weekly urine screens and attendance for everyone,
and contingency management for three clients (two prize-draw plans, one voucher plan).
Also a treatment plan for every client (in force, but the discharged client's, completed),
in the client's language, with its versions (reviews, one revised after a slip, three
plans completed and two followed by a new one; one review due today and one a few days
late) and the golden thread: each session but a phone call names the objectives it worked
on; support networks (ecomaps) for eight clients; three signed group notes filed into
their attendees' charts (one attendee excused) and one group draft still being written;
and three of the peer specialist's signed notes waiting for a supervisor's co-signature
(none co-signed: only a vault unlocked through a supervisor slot co-signs).

The notes agree with these records: a note tells the craving that was rated, the screen
that was taken or refused, the worksheet written in the session, the plan objective it
worked on. Everything goes in through the repositories, in the one transaction, after the
checks the services make (a plan version is complete and sets a review after its day; a
group's parts pass the name check of signing). No per-record audit rows: the one "demo"
row stands for them all.

``populate_bulk`` writes many clients and signed notes from the same templates, for
benchmarks (10,000 notes in one call).
"""

from __future__ import annotations

import functools
import random
import uuid
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta, tzinfo
from enum import Enum
from itertools import pairwise
from typing import Any

from counselor_desk.domain.contingency import (
    CmKind,
    CmPlan,
    PrizeGiven,
    PrizeSchedule,
    SlipSize,
    draw_session,
    track,
)
from counselor_desk.domain.errors import ValidationError
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
from counselor_desk.domain.measures import (
    ScaleEntry,
    WorksheetInstance,
    WorksheetStatus,
    WorksheetVersion,
    scale_entry_from_result,
)
from counselor_desk.domain.network import MemberKind, NetworkMember, Strength, Weekday
from counselor_desk.domain.notes import Addendum, Note, NoteFormat, addendum_content_sha256
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
from counselor_desk.domain.scales import ScaleId, score
from counselor_desk.domain.scales import definition as scale_definition
from counselor_desk.domain.screens import (
    Attendance,
    AttendanceStatus,
    ScreenResult,
    Substance,
    UrineScreen,
    prescribed_on,
    screen_results,
)
from counselor_desk.domain.supervision import CosignRequest
from counselor_desk.domain.treatment_plan import (
    Goal,
    Intervention,
    Objective,
    ObjectiveLink,
    ObjectiveStatus,
    PlanStatus,
    PlanVersion,
    Problem,
    TreatmentPlan,
    activation_faults,
)
from counselor_desk.domain.worksheets import (
    WorksheetDefinition,
    check_values,
    empty_values,
    load_shipped,
    storage_problems,
)
from counselor_desk.services.screening import ledger_order, prescription
from counselor_desk.vault import clients as client_repo
from counselor_desk.vault import consents as consent_repo
from counselor_desk.vault import groups as group_repo
from counselor_desk.vault import measures as measure_repo
from counselor_desk.vault import network as network_repo
from counselor_desk.vault import plans as plan_repo
from counselor_desk.vault import screening as screening_repo
from counselor_desk.vault import sessions as session_repo
from counselor_desk.vault import supervision as supervision_repo
from counselor_desk.vault.connection import Connection
from counselor_desk.vault.store import Vault

SIGNER = "A. Rivera, LCADC"
PEER_SIGNER = "M. Castillo, CPRS"
CLINIC = "Lakeside Recovery Center (fictional), MAT program"
DEMO_DAYS = 91  # about three months of sessions, ending at ``today``
DRAFT_DAYS = 7  # the last week's notes are still drafts
LATE_ENTRY_SHARE = 0.04


@dataclass(frozen=True)
class DemoSummary:
    """How many records a demo or bulk population wrote."""

    clients: int
    archived_clients: int
    medication_entries: int
    sessions: int
    notes: int
    signed_notes: int
    draft_notes: int
    late_entries: int
    addenda: int
    consents: int
    counseling_notes: int
    worksheets: int = 0
    scale_entries: int = 0
    urine_screens: int = 0
    attendance: int = 0
    cm_plans: int = 0
    prizes: int = 0
    treatment_plans: int = 0
    plan_versions: int = 0
    objective_links: int = 0
    network_members: int = 0
    group_notes: int = 0  # signed group sessions, each filed into its attendees' charts
    group_drafts: int = 0
    cosign_requests: int = 0


@dataclass
class _Tally:
    clients: int = 0
    archived_clients: int = 0
    medication_entries: int = 0
    sessions: int = 0
    notes: int = 0
    signed_notes: int = 0
    draft_notes: int = 0
    late_entries: int = 0
    addenda: int = 0
    consents: int = 0
    counseling_notes: int = 0
    worksheets: int = 0
    scale_entries: int = 0
    urine_screens: int = 0
    attendance: int = 0
    cm_plans: int = 0
    prizes: int = 0
    treatment_plans: int = 0
    plan_versions: int = 0
    objective_links: int = 0
    network_members: int = 0
    group_notes: int = 0
    group_drafts: int = 0
    cosign_requests: int = 0

    def freeze(self) -> DemoSummary:
        return DemoSummary(
            clients=self.clients,
            archived_clients=self.archived_clients,
            medication_entries=self.medication_entries,
            sessions=self.sessions,
            notes=self.notes,
            signed_notes=self.signed_notes,
            draft_notes=self.draft_notes,
            late_entries=self.late_entries,
            addenda=self.addenda,
            consents=self.consents,
            counseling_notes=self.counseling_notes,
            worksheets=self.worksheets,
            scale_entries=self.scale_entries,
            urine_screens=self.urine_screens,
            attendance=self.attendance,
            cm_plans=self.cm_plans,
            prizes=self.prizes,
            treatment_plans=self.treatment_plans,
            plan_versions=self.plan_versions,
            objective_links=self.objective_links,
            network_members=self.network_members,
            group_notes=self.group_notes,
            group_drafts=self.group_drafts,
            cosign_requests=self.cosign_requests,
        )


# -- medications ---------------------------------------------------------------------------

# kind -> (medication, form, schedule, dispensing)
_MED_KINDS: dict[str, tuple[Medication, str, str, Dispensing]] = {
    "bup_film": (Medication.BUPRENORPHINE, "sublingual film", "daily", Dispensing.PHARMACY),
    "bup_xr": (
        Medication.BUPRENORPHINE,
        "extended-release injection",
        "monthly",
        Dispensing.INJECTION,
    ),
    "methadone": (
        Medication.METHADONE,
        "oral liquid",
        "daily, dispensed at the clinic",
        Dispensing.CLINIC,
    ),
    "ntx_pill": (Medication.NALTREXONE, "tablet", "daily", Dispensing.PHARMACY),
    "ntx_inj": (
        Medication.NALTREXONE,
        "extended-release injection",
        "every 4 weeks",
        Dispensing.INJECTION,
    ),
}
_AGONISTS = ("bup_film", "bup_xr", "methadone")


@dataclass(frozen=True)
class _MedStep:
    dose: str
    started_days_ago: int
    take_home: int | None = None
    note: str | None = None


@dataclass(frozen=True)
class _MedPlan:
    kind: str
    prescriber: str
    steps: tuple[_MedStep, ...]
    stopped_days_ago: int | None = None  # the whole course ends (discharge)


# -- profiles ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Profile:
    first: str
    initial: str
    legal: str
    age: int
    sex: str | None
    pronouns: str
    language: Language
    program: str
    diagnoses: tuple[Diagnosis, ...]
    med: _MedPlan
    admitted_days_ago: int
    recovery_days_ago: int
    meeting: str
    goals: tuple[str, ...]  # infinitive phrases, in the client's language
    fmt: NoteFormat
    home: str  # living situation, for the safety check, in the client's language
    phone: str
    emergency_contact: str
    opioid: bool = True  # opioid use disorder (else alcohol)
    family: tuple[str, ...] = ()
    guardian: str | None = None
    discharged_days_ago: int | None = None
    peer: bool = False
    slip_days_ago: int | None = None
    slip_substance: str | None = None

    @property
    def display_name(self) -> str:
        return f"{self.first} {self.initial}."


_OUD = Diagnosis("Opioid use disorder, severe", "F11.20")
_OUD_REMISSION = Diagnosis("Opioid use disorder, in early remission", "F11.21")
_AUD = Diagnosis("Alcohol use disorder, moderate", "F10.20")
_TOBACCO = Diagnosis("Nicotine dependence, cigarettes", "F17.210")
_GAD = Diagnosis("Generalized anxiety disorder", "F41.1")
_MDD = Diagnosis("Major depressive disorder, single episode, moderate", "F32.1")
_STIMULANT = Diagnosis("Stimulant use disorder (methamphetamine), mild", "F15.10")

_GOALS_EN = (
    "reduce cravings and use coping skills instead of using",
    "build a recovery support network",
    "stay on medication as prescribed",
    "rebuild trust with family",
    "find steady work and a daily routine",
)
_GOALS_ES = (
    "reducir el deseo de consumir y usar habilidades de afrontamiento",
    "ampliar su red de apoyo para la recuperación",
    "tomar el medicamento según lo indicado",
    "reconstruir la confianza con su familia",
    "encontrar trabajo estable y una rutina diaria",
)

_PROFILES: tuple[_Profile, ...] = (
    _Profile(
        first="Dana",
        initial="R",
        legal="Dana Marie Renwick",
        age=34,
        sex="F",
        pronouns="she/her",
        language=Language.ENGLISH,
        program="Outpatient MAT",
        diagnoses=(_OUD,),
        med=_MedPlan(
            "bup_film",
            "Dr. M. Okafor",
            (
                _MedStep("12 mg", 150, note="Induction at the clinic; home start by day 3."),
                _MedStep("16 mg", 40, note="Raised for afternoon cravings."),
            ),
        ),
        admitted_days_ago=150,
        recovery_days_ago=148,
        meeting="NA",
        goals=(_GOALS_EN[0], _GOALS_EN[1], _GOALS_EN[4]),
        fmt=NoteFormat.SOAP,
        home="Lives with partner; denies violence or threats at home.",
        phone="555-0142",
        emergency_contact="Chris Renwick (partner), 555-0143",
        family=("Chris R. (partner)",),
        peer=True,
    ),
    _Profile(
        first="Marcus",
        initial="T",
        legal="Marcus Allen Tolliver",
        age=41,
        sex="M",
        pronouns="he/him",
        language=Language.ENGLISH,
        program="Opioid treatment program",
        diagnoses=(_OUD, _TOBACCO),
        med=_MedPlan(
            "methadone",
            "Dr. L. Haskins",
            (
                _MedStep("90 mg", 210, take_home=1, note="Sunday take-home only."),
                _MedStep(
                    "90 mg",
                    30,
                    take_home=3,
                    note="Take-homes raised after 90 days of negative screens.",
                ),
            ),
        ),
        admitted_days_ago=210,
        recovery_days_ago=180,
        meeting="NA",
        goals=(_GOALS_EN[0], _GOALS_EN[4], _GOALS_EN[2]),
        fmt=NoteFormat.BIRP,
        home="Rents a room; housing stable. On probation, no safety concerns reported.",
        phone="555-0117",
        emergency_contact="Denise Tolliver (sister), 555-0118",
    ),
    _Profile(
        first="Lupe",
        initial="G",
        legal="Guadalupe Galindo Ruiz",
        age=47,
        sex="F",
        pronouns="she/her (ella)",
        language=Language.SPANISH,
        program="Opioid treatment program",
        diagnoses=(_OUD,),
        med=_MedPlan(
            "methadone",
            "Dr. L. Haskins",
            (_MedStep("80 mg", 400, take_home=2),),
        ),
        admitted_days_ago=400,
        recovery_days_ago=51,
        meeting="NA en español",
        goals=(_GOALS_ES[0], _GOALS_ES[3], _GOALS_ES[1]),
        fmt=NoteFormat.DAP,
        home="Vive con su hija; niega violencia o amenazas en casa.",
        phone="555-0161",
        emergency_contact="Marisol Galindo (hija), 555-0162",
        family=("Marisol G. (hija)",),
        slip_days_ago=52,
        slip_substance="fentanyl",
    ),
    _Profile(
        first="Jordan",
        initial="K",
        legal="Jordan Lee Kessler",
        age=17,
        sex=None,
        pronouns="they/them",
        language=Language.ENGLISH,
        program="Adolescent outpatient",
        diagnoses=(_OUD,),
        med=_MedPlan("bup_film", "K. Amari, NP", (_MedStep("8 mg", 120),)),
        admitted_days_ago=120,
        recovery_days_ago=118,
        meeting="SMART Recovery",
        goals=(_GOALS_EN[0], _GOALS_EN[3], _GOALS_EN[2]),
        fmt=NoteFormat.SOAP,
        home="Lives with mother (guardian); reports home is safe.",
        phone="555-0127",
        emergency_contact="Teresa Kessler (mother, guardian), 555-0128",
        family=("Teresa K. (mother, guardian)",),
        guardian="Teresa Kessler (mother), 555-0128",
        peer=True,
    ),
    _Profile(
        first="Sam",
        initial="W",
        legal="Samuel James Whitcomb",
        age=52,
        sex="M",
        pronouns="he/him",
        language=Language.ENGLISH,
        program="Outpatient MAT",
        diagnoses=(_AUD,),
        med=_MedPlan(
            "ntx_inj", "Dr. S. Brandt", (_MedStep("380 mg", 300, note="Alcohol use disorder."),)
        ),
        admitted_days_ago=420,
        recovery_days_ago=290,
        meeting="SMART Recovery",
        goals=(_GOALS_EN[0], _GOALS_EN[1], _GOALS_EN[2]),
        fmt=NoteFormat.DAP,
        home="Lives alone in an apartment; no safety concerns reported.",
        phone="555-0185",
        emergency_contact="Paul Whitcomb (brother), 555-0186",
        opioid=False,
    ),
    _Profile(
        first="Rosa",
        initial="M",
        legal="Rosa Elena Montaño",
        age=38,
        sex="F",
        pronouns="she/her (ella)",
        language=Language.SPANISH,
        program="Outpatient MAT",
        diagnoses=(_AUD,),
        med=_MedPlan("ntx_pill", "Dr. S. Brandt", (_MedStep("50 mg", 100),)),
        admitted_days_ago=105,
        recovery_days_ago=26,
        meeting="AA en español",
        goals=(_GOALS_ES[0], _GOALS_ES[2], _GOALS_ES[1]),
        fmt=NoteFormat.BIRP,
        home="Vive con su pareja y dos hijos; niega violencia en casa.",
        phone="555-0171",
        emergency_contact="Héctor Montaño (pareja), 555-0172",
        opioid=False,
        family=("Héctor M. (pareja)",),
        slip_days_ago=27,
        slip_substance="alcohol",
    ),
    _Profile(
        first="Keisha",
        initial="B",
        legal="Keisha Anne Bramwell",
        age=29,
        sex="F",
        pronouns="she/her",
        language=Language.ENGLISH,
        program="Outpatient MAT",
        diagnoses=(_OUD, _GAD),
        med=_MedPlan(
            "bup_xr",
            "Dr. M. Okafor",
            (
                _MedStep("300 mg", 110, note="First two monthly doses at 300 mg."),
                _MedStep("100 mg", 45, note="Maintenance dose."),
            ),
        ),
        admitted_days_ago=130,
        recovery_days_ago=125,
        meeting="NA",
        goals=(_GOALS_EN[0], _GOALS_EN[4], _GOALS_EN[1]),
        fmt=NoteFormat.SOAP,
        home="Staying with a friend; housing search continues with the case manager.",
        phone="555-0133",
        emergency_contact="Alicia Grant (friend), 555-0134",
        peer=True,
    ),
    _Profile(
        first="Tom",
        initial="H",
        legal="Thomas Wade Hargrove",
        age=58,
        sex="M",
        pronouns="he/him",
        language=Language.ENGLISH,
        program="Opioid treatment program",
        diagnoses=(_OUD,),
        med=_MedPlan(
            "methadone",
            "Dr. L. Haskins",
            (
                _MedStep("60 mg", 500, take_home=6),
                _MedStep("50 mg", 70, take_home=6, note="Lowered at the client's request."),
            ),
            stopped_days_ago=35,
        ),
        admitted_days_ago=500,
        recovery_days_ago=470,
        meeting="NA",
        goals=(_GOALS_EN[1], _GOALS_EN[2], _GOALS_EN[4]),
        fmt=NoteFormat.DAP,
        home="Moving to live near his daughter in another county.",
        phone="555-0151",
        emergency_contact="Beth Hargrove (daughter), 555-0152",
        discharged_days_ago=35,
    ),
    _Profile(
        first="Ana",
        initial="P",
        legal="Ana Lucía Pineda",
        age=31,
        sex="F",
        pronouns="she/her (ella)",
        language=Language.SPANISH,
        program="Outpatient MAT",
        diagnoses=(_OUD, _MDD),
        med=_MedPlan("bup_film", "K. Amari, NP", (_MedStep("16 mg", 200),)),
        admitted_days_ago=200,
        recovery_days_ago=195,
        meeting="NA en español",
        goals=(_GOALS_ES[0], _GOALS_ES[3], _GOALS_ES[4]),
        fmt=NoteFormat.SOAP,
        home="Vive con su esposo; niega violencia o amenazas en casa.",
        phone="555-0191",
        emergency_contact="Luis Pineda (esposo), 555-0192",
        family=("Luis P. (esposo)",),
        peer=True,
    ),
    _Profile(
        first="Eli",
        initial="N",
        legal="Elias Noah Nordqvist",
        age=26,
        sex="M",
        pronouns="he/him",
        language=Language.ENGLISH,
        program="Outpatient MAT",
        diagnoses=(_OUD_REMISSION,),
        med=_MedPlan(
            "ntx_inj",
            "Dr. S. Brandt",
            (_MedStep("380 mg", 90, note="Started after completed withdrawal."),),
        ),
        admitted_days_ago=95,
        recovery_days_ago=100,
        meeting="SMART Recovery",
        goals=(_GOALS_EN[0], _GOALS_EN[1], _GOALS_EN[4]),
        fmt=NoteFormat.BIRP,
        home="Lives with parents; reports home is safe.",
        phone="555-0106",
        emergency_contact="Karen Nordqvist (mother), 555-0107",
    ),
    _Profile(
        first="Priya",
        initial="S",
        legal="Priya Anjali Sundaram",
        age=36,
        sex="F",
        pronouns="she/her",
        language=Language.ENGLISH,
        program="Outpatient MAT",
        diagnoses=(_OUD, _STIMULANT),
        med=_MedPlan(
            "bup_film", "Dr. M. Okafor", (_MedStep("24 mg (16 mg morning, 8 mg evening)", 240),)
        ),
        admitted_days_ago=240,
        recovery_days_ago=33,
        meeting="NA",
        goals=(_GOALS_EN[0], _GOALS_EN[4], _GOALS_EN[1]),
        fmt=NoteFormat.DAP,
        home="Lives alone; no safety concerns reported.",
        phone="555-0114",
        emergency_contact="Ravi Sundaram (brother), 555-0115",
        slip_days_ago=34,
        slip_substance="methamphetamine",
    ),
    _Profile(
        first="Ray",
        initial="D",
        legal="Raymond Earl Dunleavy",
        age=63,
        sex="M",
        pronouns="he/him",
        language=Language.ENGLISH,
        program="Opioid treatment program",
        diagnoses=(_OUD,),
        med=_MedPlan(
            "methadone",
            "Dr. L. Haskins",
            (_MedStep("110 mg", 2200, take_home=13, note="Stable; biweekly pickup."),),
        ),
        admitted_days_ago=2200,
        recovery_days_ago=2150,
        meeting="NA",
        goals=(_GOALS_EN[1], _GOALS_EN[2], _GOALS_EN[3]),
        fmt=NoteFormat.SOAP,
        home="Lives with wife; housing stable, no safety concerns.",
        phone="555-0198",
        emergency_contact="June Dunleavy (wife), 555-0199",
    ),
)


# -- phrase banks --------------------------------------------------------------------------

_Bank = dict[str, tuple[str, ...]]

_EN: _Bank = {
    "trigger": (
        "in the late afternoon after work",
        "on payday",
        "when alone at night",
        "after arguments at home",
        "when driving past the old neighborhood",
        "when running into old friends",
        "when worried about money",
        "on weekends with nothing planned",
        "when back pain flares",
        "after a bad night's sleep",
    ),
    "coping": (
        "urge surfing",
        "calling a sponsor",
        "a walk around the block",
        "slow breathing (4 in, 6 out)",
        "playing the tape forward",
        "texting a peer from group",
        "leaving the situation",
        "cold water on the face",
        "reading a list of reasons for recovery",
        "going to an extra meeting",
    ),
    "mood": (
        "okay",
        "stressed",
        "pretty good",
        "tired but hopeful",
        "anxious",
        "better than last week",
        "frustrated",
    ),
    "affect": (
        "congruent with mood",
        "bright",
        "mildly anxious",
        "constricted at first, brighter by the end",
        "tired",
    ),
    "appearance": (
        "casually dressed and well groomed",
        "appeared tired",
        "good eye contact, calm",
        "fidgety at the start, settled quickly",
    ),
    "arrival": ("on time", "10 minutes early", "5 minutes late (bus delay)", "on time"),
    "life": (
        "Picked up extra shifts at work this week.",
        "Car trouble; a neighbor gave a ride to the clinic.",
        "Reconnected with an aunt by phone.",
        "A court date next month is a source of stress.",
        "Sleeping better, about 7 hours most nights.",
        "Money is tight; rent is due Friday.",
        "Started walking in the mornings.",
        "Had a hard talk with a sibling about past use.",
        "Went to a child's school event, the first in a year.",
    ),
    "change_talk": (
        "I want to be there for my kids.",
        "I'm tired of chasing it every day.",
        "I don't want to go back to how it was.",
        "My job matters to me now.",
        "I want my family to trust me again.",
        "I feel like myself again on the medication.",
        "I can do hard things.",
    ),
    "homework": (
        "one thought record on a craving moment",
        "a list of three people to call when cravings rise",
        "urge surfing practice for 5 minutes a day",
        "update the relapse prevention plan",
        "fill in the decisional balance worksheet",
        "write down one non-using win each day",
    ),
    "peer_topic": (
        "handling comments at work about being on medication",
        "finding a sponsor",
        "getting an ID and applying for food assistance",
        "building a daily routine",
        "going to a first SMART Recovery meeting together",
        "speaking up at a doctor's visit",
    ),
    "peer_share": (
        "the first months on medication",
        "finding meetings that fit",
        "what helped after a slip",
        "rebuilding a work history",
    ),
    "family_topic": (
        "CRAFT-informed communication: 'I' statements and noticing non-using days",
        "house rules and a plan for what happens after a slip",
        "how family can support the medication without policing it",
        "rebuilding trust through small promises kept",
    ),
    "group_topic": (
        "relapse prevention: early warning signs",
        "coping with cravings: urge surfing",
        "naloxone and overdose response",
        "stigma and MAT: answering 'you're just replacing one drug'",
        "sleep and recovery",
        "healthy boundaries with people still using",
        "building a support network",
    ),
    "participation": (
        "shared a recent craving and how it passed",
        "listened most of the session and spoke once near the end",
        "gave support to a newer member",
        "talked openly about stigma at the pharmacy",
        "brought up a question about take-home safety",
    ),
    "stage": ("preparation", "action", "maintenance"),
    "barrier": ("worked late", "had no ride", "felt too tired"),
    "mi_topic": (
        "what recovery makes possible",
        "the good and not-so-good things about quitting smoking",
        "going back to school",
        "staying on medication long term",
    ),
    "protective": (
        "kids, job and a faith community",
        "a supportive partner and steady work",
        "pets and a close friend in recovery",
        "family contact and weekly meetings",
    ),
    "observed": ("observed", "unobserved"),
    # sentences
    "s_craving": (
        "{name} reports cravings at {craving}/10 this week, strongest {trigger}.",
        "Cravings rated {craving}/10 (last visit {prev_craving}/10); main trigger named: "
        "{trigger}.",
        "{name} describes cravings around {craving}/10, mostly {trigger}.",
        "Says cravings were {craving}/10 at their worst this week, {trigger}.",
    ),
    "s_coping": (
        "When cravings rose, {name} tried {coping} and says it helped.",
        "Tried {coping} twice this week; it helped once, less the second time.",
        "Says {coping} is the skill that works best right now.",
    ),
    "s_support": (
        "Went to {meetings} {meeting} meetings this week.",
        "Attended {meeting} {meetings} times and talked with a sponsor or peer after.",
        "Missed {meeting} this week ({barrier}); plans to go Monday.",
    ),
    "s_quote": ('In {name}\'s words: "{change_talk}"', 'Change talk: "{change_talk}"'),
    "s_slip": (
        "{name} disclosed using {substance} once last week, {trigger}; was not alone and "
        "says it felt like a wake-up call. Talked about it openly.",
    ),
    "s_objective": (
        'Arrived {arrival}; alert and oriented, {appearance}. Mood "{mood}"; affect {affect}.',
        "{name} arrived {arrival}, {appearance}; speech normal in rate and volume. "
        'Mood "{mood}"; affect {affect}.',
    ),
    "s_uds": ("Urine drug screen ({observed}): {expected}negative for {negatives}.",),
    "s_uds_slip": (
        "Urine drug screen ({observed}): {expected}positive for {substance}; negative for "
        "the rest of the panel.",
    ),
    "s_uds_refused": (
        "Declined the urine drug screen today; recorded as refused and talked through without "
        "judgment.",
    ),
    "s_take_home_check": (
        "Take-home bottles returned and counted: correct.",
        "Lockbox shown; take-home bottles counted and correct.",
    ),
    "s_assess": (
        "{name} is in the {stage} stage for the goal to {goal}; {progress}.",
        "Progress toward the goal to {goal}: {progress}.",
    ),
    "progress": (
        "steady progress",
        "partial progress; cravings {trigger} remain the main barrier",
        "objective met this month",
        "early progress, still building routines",
    ),
    "s_assess_med": (
        "Dose appears adequate (no withdrawal, cravings {craving}/10).",
        "Medication is helping; no side effects reported beyond mild constipation.",
    ),
    "s_assess_slip": (
        "The slip seems tied to moments {trigger}; it does not mean treatment failed, and "
        "{name} came back and told the truth.",
    ),
    "s_interv": (
        "Motivational interviewing: open questions and reflections on {mi_topic}; readiness "
        "ruler importance {importance}/10, confidence {confidence}/10.",
        'CBT thought record on {situation}: hot thought "{hot}" (belief {belief1}%); '
        'balanced thought "{balanced}" (belief {belief2}%).',
        "Practiced {coping} in session and planned for cravings {trigger}.",
        "Reviewed overdose response; confirmed {name} carries naloxone (kit expires "
        "{naloxone_expiry}).",
        "Contingency management: screen negative for target substances, {draws} prize draws "
        "earned.",
    ),
    "s_response": (
        "{name} engaged well and named two skills to use this week.",
        "Receptive; belief in the hot thought dropped from {belief1}% to {belief2}% by the end.",
        "Some ambivalence about {mi_topic}; agreed to think it over.",
        "Agreed to the plan and set a phone reminder.",
        "Quiet at first, more open by the end; said it helped not to feel judged.",
    ),
    "s_plan": (
        "Continue weekly sessions and {meeting} ({meetings_goal} a week). Homework: {homework}.",
        "Homework: {homework}. {med_plan}",
        "Keep up {meeting} attendance; practice {coping} daily. {med_plan}",
    ),
    "s_goal": (
        "Worked on objective {objective}, toward the goal to {goal}.",
        "Treatment plan objective {objective} (goal: {goal}).",
    ),
    "s_group": ("Group session on {group_topic}. {name} {participation}.",),
    "s_group_interv": (
        "Psychoeducation and guided discussion on {group_topic}; practiced {coping} as a group.",
        "Group CBT: members built a trigger-and-plan list; discussion of {group_topic}.",
    ),
    "s_group_response": (
        "{name} said the topic was useful and named one idea to try: {coping}.",
        "{name} took part in the exercise and asked a good question about {group_topic}.",
    ),
    "s_group_plan": (
        "Continue weekly group and individual sessions.",
        "Continue group; bring the trigger list to the next individual session.",
    ),
    "s_family": ("Family session with {family}. Worked on {family_topic}.",),
    "s_family_interv": (
        "CRAFT-informed coaching; role-played a calm conversation at home.",
        "Psychoeducation on how the medication works and why it is not 'trading one drug "
        "for another'.",
    ),
    "s_family_response": (
        "{family} agreed to notice and praise non-using days.",
        "Both spoke openly; {name} said it was the first calm talk about recovery in months.",
    ),
    "s_family_plan": (
        "Family session again in 4 weeks; {name} continues individual sessions.",
        "Family to practice one 'I' statement a day; review at next family session.",
    ),
    "s_phone": (
        "Phone check-in ({minutes} min). {name} reports cravings {craving}/10. {med} {coping} "
        "No safety concerns raised. Reminded of next appointment.",
        "Brief call ({minutes} min) between sessions. {med} Cravings {craving}/10, {trigger}. "
        "{coping} Plans to attend {meeting} this week.",
    ),
    "s_peer": (
        "Peer support meeting. {name} talked about {peer_topic}. Peer specialist shared "
        "lived experience of {peer_share}.",
        "Met at the community center. Worked on {peer_topic}; {name} set one step to take "
        "before next week.",
    ),
    "s_peer_goal": (
        "Build a recovery support network.",
        "Reach resources and speak up for oneself.",
    ),
    "s_peer_response": (
        "{name} was open and said having someone who has been there helps.",
        "{name} followed through on last week's step and picked a new one.",
    ),
    "s_peer_plan": (
        "Meet again in two weeks; text check-in midweek.",
        "Go together to {meeting} next week.",
    ),
    "r_self_harm": (
        "Denies suicidal thoughts, intent or plan. Knows to call or text 988.",
        "Denies thoughts of self-harm. Has 988 saved in phone.",
        "No thoughts of self-harm reported; protective factors: {protective}.",
    ),
    "r_self_harm_concern": (
        "Reports passive thoughts of not wanting to wake up on two nights this week; denies "
        "plan or intent. Safety plan reviewed and updated; 988 in phone; phone check-in in "
        "2 days.",
    ),
    "r_overdose_agonist": (
        "Carries naloxone (kit expires {naloxone_expiry}); reviewed never using alone.",
        "Low current overdose risk on a stable dose; naloxone at home and family knows where.",
    ),
    "r_overdose_antagonist": (
        "Reviewed loss of tolerance on naltrexone: using opioids after a missed dose carries "
        "high overdose risk. Naloxone at home.",
    ),
    "r_overdose_alcohol": (
        "Reviewed the risk of mixing alcohol with sleep medicines; no opioid use reported.",
    ),
    "r_overdose_slip": (
        "Recent {substance} use raises overdose risk: reviewed never using alone, test "
        "strips and naloxone.",
    ),
    "uds_negatives": ("fentanyl, other opioids, cocaine, methamphetamine and benzodiazepines",),
    "uds_negatives_alcohol": ("alcohol (EtG), opioids, cocaine and benzodiazepines",),
    "med_plan_bup_film": ("Continue buprenorphine as prescribed; next refill with {prescriber}.",),
    "med_plan_bup_xr": ("Next buprenorphine injection due with {prescriber}.",),
    "med_plan_methadone": ("Continue methadone; take-home review at the next team meeting.",),
    "med_plan_ntx_pill": ("Continue naltrexone daily.",),
    "med_plan_ntx_inj": ("Next naltrexone injection in 4 weeks with {prescriber}.",),
    "med_bup_film": (
        "Taking buprenorphine {dose} film daily as prescribed; no missed doses.",
        "Buprenorphine {dose} film: missed one dose Saturday, no withdrawal.",
        "Says buprenorphine {dose} keeps withdrawal away until the next dose.",
    ),
    "med_bup_xr": (
        "Monthly buprenorphine injection ({dose}) is working; no withdrawal between doses.",
        "Injection site from the last buprenorphine shot ({dose}) healed without problems.",
    ),
    "med_methadone": (
        "Doses at the clinic each morning, methadone {dose}; {take_home_text} this week, "
        "kept in the lockbox.",
        "Methadone {dose}: no missed clinic days; {take_home_text}, used as directed.",
    ),
    "med_ntx_pill": (
        "Taking naltrexone {dose} each morning; partner sees the dose most days.",
        "Naltrexone {dose} daily: missed one day, restarted without problems.",
    ),
    "med_ntx_inj": (
        "Had the monthly naltrexone injection ({dose}); mild soreness at the site for two days.",
        "Naltrexone injection ({dose}) on schedule; says cravings are quieter since starting.",
    ),
}

_ES: _Bank = {
    "trigger": (
        "al final de la tarde después del trabajo",
        "el día de pago",
        "cuando está a solas en la noche",
        "después de discusiones en casa",
        "al pasar por el barrio de antes",
        "al encontrarse con amistades de antes",
        "cuando le preocupa el dinero",
        "los fines de semana sin planes",
        "cuando le duele la espalda",
        "después de dormir mal",
    ),
    "coping": (
        "surfear el impulso",
        "llamar a su padrino o madrina",
        "salir a caminar",
        "respiración lenta (4 al inhalar, 6 al exhalar)",
        "pensar en cómo termina la historia",
        "mandar un mensaje a alguien del grupo",
        "retirarse de la situación",
        "agua fría en la cara",
        "leer su lista de razones para la recuperación",
    ),
    "mood": (
        "más o menos",
        "con estrés",
        "bastante bien",
        "con cansancio pero con esperanza",
        "con ansiedad",
        "mejor que la semana pasada",
    ),
    "affect": (
        "congruente con el ánimo",
        "alegre",
        "con algo de ansiedad",
        "restringido al inicio, más expresivo al final",
    ),
    "appearance": (
        "ropa casual y buen arreglo personal",
        "con aspecto de cansancio",
        "buen contacto visual, en calma",
        "inquietud al inicio, se tranquilizó pronto",
    ),
    "arrival": ("a tiempo", "10 minutos antes", "5 minutos tarde (retraso del autobús)"),
    "life": (
        "Hizo turnos extra en el trabajo esta semana.",
        "Problemas con el carro; un vecino le llevó a la clínica.",
        "Retomó el contacto con una tía por teléfono.",
        "Una cita en la corte el próximo mes le causa estrés.",
        "Duerme mejor, unas 7 horas casi todas las noches.",
        "El dinero está justo; la renta vence el viernes.",
        "Empezó a caminar por las mañanas.",
        "Fue a un evento escolar de su hija, el primero en un año.",
    ),
    "change_talk": (
        "Quiero estar presente para mis hijos.",
        "Ya me cansé de vivir así todos los días.",
        "No quiero volver a como estaba antes.",
        "Mi trabajo ahora me importa.",
        "Quiero que mi familia vuelva a confiar en mí.",
        "Con el medicamento me siento yo otra vez.",
        "Puedo hacer cosas difíciles.",
    ),
    "homework": (
        "un registro de pensamientos sobre un momento de deseo de consumir",
        "una lista de tres personas a quienes llamar cuando suban las ganas",
        "practicar surfear el impulso 5 minutos al día",
        "actualizar el plan de prevención de recaídas",
        "llenar la hoja de balance de decisiones",
        "anotar cada día un logro sin consumo",
    ),
    "peer_topic": (
        "cómo responder a comentarios en el trabajo sobre el medicamento",
        "buscar un padrino o madrina",
        "sacar una identificación y solicitar ayuda para alimentos",
        "armar una rutina diaria",
        "ir a una primera reunión en español",
        "cómo hablar con su médico y hacer preguntas",
    ),
    "peer_share": (
        "los primeros meses con el medicamento",
        "encontrar reuniones que le queden bien",
        "lo que le ayudó después de un desliz",
    ),
    "family_topic": (
        "comunicación basada en CRAFT: mensajes en primera persona y notar los días sin consumo",
        "reglas de la casa y un plan para qué hacer después de un desliz",
        "cómo la familia puede apoyar el medicamento sin vigilarlo",
        "reconstruir la confianza con promesas pequeñas cumplidas",
    ),
    "group_topic": (
        "prevención de recaídas: señales de alerta temprana",
        "manejo del deseo de consumir: surfear el impulso",
        "naloxona y respuesta a una sobredosis",
        "estigma y tratamiento con medicamentos: 'solo cambias una droga por otra'",
        "el sueño y la recuperación",
        "límites sanos con personas que todavía consumen",
    ),
    "participation": (
        "compartió un momento reciente de deseo de consumir y cómo pasó",
        "escuchó casi toda la sesión y habló una vez al final",
        "dio apoyo a una persona nueva en el grupo",
        "habló abiertamente del estigma en la farmacia",
    ),
    "stage": ("preparación", "acción", "mantenimiento"),
    "barrier": ("salió tarde del trabajo", "no tuvo transporte", "tenía demasiado cansancio"),
    "mi_topic": (
        "lo que la recuperación le hace posible",
        "lo bueno y lo no tan bueno de dejar de fumar",
        "volver a estudiar",
        "seguir con el medicamento a largo plazo",
    ),
    "protective": (
        "sus hijos, su trabajo y su comunidad de fe",
        "el apoyo de su familia y un trabajo estable",
        "su mascota y una amistad en recuperación",
    ),
    "observed": ("observado", "no observado"),
    "s_craving": (
        "{name} refiere deseo de consumir de {craving}/10 esta semana, más fuerte {trigger}.",
        "Deseo de consumir {craving}/10 (visita anterior {prev_craving}/10); detonante "
        "principal: {trigger}.",
        "{name} describe ganas de consumir alrededor de {craving}/10, sobre todo {trigger}.",
    ),
    "s_coping": (
        "Usó {coping} cuando subieron las ganas y dice que le ayudó.",
        "Intentó {coping} dos veces esta semana; le ayudó una vez y menos la segunda.",
        "Dice que {coping} es la habilidad que mejor le funciona ahora.",
    ),
    "s_support": (
        "Fue a {meetings} reuniones de {meeting} esta semana.",
        "Asistió a {meeting} {meetings} veces y habló con alguien de su grupo después.",
        "No fue a {meeting} esta semana ({barrier}); piensa ir el lunes.",
    ),
    "s_quote": ('En palabras de {name}: "{change_talk}"', 'Lenguaje de cambio: "{change_talk}"'),
    "s_slip": (
        "{name} contó que consumió {substance} una vez la semana pasada, {trigger}; no estaba "
        "a solas y dice que fue una llamada de atención. Habló de ello con honestidad.",
    ),
    "s_objective": (
        "Llegó {arrival}; alerta y con orientación conservada, {appearance}. Ánimo: "
        '"{mood}"; afecto {affect}.',
        "{name} llegó {arrival}, {appearance}; habla de ritmo y volumen normales. Ánimo: "
        '"{mood}"; afecto {affect}.',
    ),
    "s_uds": ("Examen de orina ({observed}): {expected}negativo para {negatives}.",),
    "s_uds_slip": (
        "Examen de orina ({observed}): {expected}positivo para {substance}; negativo para el "
        "resto del panel.",
    ),
    "s_uds_refused": (
        "No quiso dar la muestra de orina hoy; se registró como rechazada y lo hablamos sin "
        "juzgar.",
    ),
    "s_take_home_check": (
        "Se contaron los frascos de las dosis para llevar: correcto.",
        "Mostró la caja con llave; frascos de dosis para llevar contados y correctos.",
    ),
    "s_assess": (
        "{name} está en la etapa de {stage} respecto a la meta de {goal}; {progress}.",
        "Avance hacia la meta de {goal}: {progress}.",
    ),
    "progress": (
        "avance constante",
        "avance parcial; el deseo de consumir {trigger} sigue siendo la barrera principal",
        "objetivo cumplido este mes",
        "avance inicial, todavía construye rutinas",
    ),
    "s_assess_med": (
        "La dosis parece adecuada (sin abstinencia, deseo de consumir {craving}/10).",
        "El medicamento le ayuda; no refiere efectos secundarios salvo estreñimiento leve.",
    ),
    "s_assess_slip": (
        "El desliz parece ligado a momentos {trigger}; no significa que el tratamiento "
        "fracasó, y {name} regresó y dijo la verdad.",
    ),
    "s_interv": (
        "Entrevista motivacional: preguntas abiertas y reflejos sobre {mi_topic}; regla de "
        "disposición: importancia {importance}/10, confianza {confidence}/10.",
        'Registro de pensamientos (TCC) sobre {situation}: pensamiento caliente "{hot}" '
        '(creencia {belief1}%); pensamiento equilibrado "{balanced}" (creencia {belief2}%).',
        "Practicamos {coping} en la sesión y planeamos qué hacer ante el deseo de consumir "
        "{trigger}.",
        "Repasamos cómo responder a una sobredosis; {name} confirma que lleva naloxona "
        "(vence {naloxone_expiry}).",
        "Manejo de contingencias: examen negativo para las sustancias objetivo; ganó {draws} "
        "sorteos de premios.",
    ),
    "s_response": (
        "{name} participó bien y nombró dos habilidades para usar esta semana.",
        "Buena receptividad; la creencia en el pensamiento caliente bajó de {belief1}% a "
        "{belief2}% al final.",
        "Algo de ambivalencia sobre {mi_topic}; acordó pensarlo.",
        "Aceptó el plan y puso un recordatorio en su teléfono.",
        "Al principio habló poco, al final se abrió más; dijo que le ayudó sentir que no se le "
        "juzgaba.",
    ),
    "s_plan": (
        "Continuar sesiones semanales y {meeting} ({meetings_goal} por semana). Tarea: {homework}.",
        "Tarea: {homework}. {med_plan}",
        "Mantener la asistencia a {meeting}; practicar {coping} a diario. {med_plan}",
    ),
    "s_goal": (
        "Trabajamos el objetivo {objective}, hacia la meta de {goal}.",
        "Objetivo {objective} del plan de tratamiento (meta: {goal}).",
    ),
    "s_group": ("Sesión de grupo sobre {group_topic}. {name} {participation}.",),
    "s_group_interv": (
        "Psicoeducación y conversación guiada sobre {group_topic}; practicamos {coping} en grupo.",
        "TCC en grupo: cada participante armó una lista de detonantes y planes; conversación "
        "sobre {group_topic}.",
    ),
    "s_group_response": (
        "{name} dijo que el tema le sirvió y nombró una idea para probar: {coping}.",
        "{name} participó en el ejercicio e hizo una buena pregunta sobre {group_topic}.",
    ),
    "s_group_plan": (
        "Continuar grupo semanal y sesiones individuales.",
        "Continuar grupo; traer la lista de detonantes a la próxima sesión individual.",
    ),
    "s_family": ("Sesión familiar con {family}. Trabajamos en {family_topic}.",),
    "s_family_interv": (
        "Orientación basada en CRAFT; ensayo de una conversación tranquila en casa.",
        "Psicoeducación sobre cómo funciona el medicamento y por qué no es 'cambiar una droga "
        "por otra'.",
    ),
    "s_family_response": (
        "{family} acordó notar y reconocer los días sin consumo.",
        "Hablaron con apertura; {name} dijo que fue la primera conversación tranquila sobre la "
        "recuperación en meses.",
    ),
    "s_family_plan": (
        "Sesión familiar de nuevo en 4 semanas; {name} sigue con sesiones individuales.",
        "La familia practicará un mensaje en primera persona al día; revisar en la próxima "
        "sesión familiar.",
    ),
    "s_phone": (
        "Llamada de seguimiento ({minutes} min). {name} refiere deseo de consumir "
        "{craving}/10. {med} {coping} No se reportan problemas de seguridad. Se le recordó su "
        "próxima cita.",
        "Llamada breve ({minutes} min) entre sesiones. {med} Deseo de consumir {craving}/10, "
        "{trigger}. {coping} Piensa ir a {meeting} esta semana.",
    ),
    "s_peer": (
        "Reunión de apoyo entre pares. {name} habló de {peer_topic}. El especialista de pares "
        "compartió su experiencia sobre {peer_share}.",
        "Nos reunimos en el centro comunitario. Trabajamos en {peer_topic}; {name} eligió un "
        "paso para dar antes de la próxima semana.",
    ),
    "s_peer_goal": (
        "Ampliar su red de apoyo para la recuperación.",
        "Acceder a recursos y aprender a defender sus propios intereses.",
    ),
    "s_peer_response": (
        "{name} habló con apertura y dijo que le ayuda hablar con alguien que ha pasado por "
        "lo mismo.",
        "{name} cumplió el paso de la semana pasada y eligió uno nuevo.",
    ),
    "s_peer_plan": (
        "Reunirnos de nuevo en dos semanas; mensaje de seguimiento a mitad de semana.",
        "Ir juntos a una reunión de {meeting} la próxima semana.",
    ),
    "r_self_harm": (
        "Niega pensamientos, intención o plan suicida. Sabe llamar o mandar mensaje al 988 "
        "(opción en español).",
        "Niega pensamientos de autolesión. Tiene el 988 guardado en su teléfono.",
        "No refiere pensamientos de autolesión; factores de protección: {protective}.",
    ),
    "r_self_harm_concern": (
        "Refiere pensamientos pasivos de no querer despertar dos noches esta semana; niega "
        "plan o intención. Se revisó y actualizó el plan de seguridad; 988 en su teléfono; "
        "llamada de seguimiento en 2 días.",
    ),
    "r_overdose_agonist": (
        "Lleva naloxona (vence {naloxone_expiry}); repasamos no consumir a solas.",
        "Riesgo de sobredosis bajo con dosis estable; naloxona en casa y su familia sabe dónde "
        "está.",
    ),
    "r_overdose_antagonist": (
        "Repasamos la pérdida de tolerancia con naltrexona: consumir opioides después de una "
        "dosis perdida tiene alto riesgo de sobredosis. Naloxona en casa.",
    ),
    "r_overdose_alcohol": (
        "Repasamos el riesgo de mezclar alcohol con medicamentos para dormir; no refiere "
        "consumo de opioides.",
    ),
    "r_overdose_slip": (
        "El consumo reciente de {substance} aumenta el riesgo de sobredosis: repasamos no "
        "consumir a solas, tiras de prueba y naloxona.",
    ),
    "uds_negatives": ("fentanilo, otros opioides, cocaína, metanfetamina y benzodiacepinas",),
    "uds_negatives_alcohol": ("alcohol (EtG), opioides, cocaína y benzodiacepinas",),
    "med_plan_bup_film": (
        "Continuar buprenorfina según lo indicado; próxima receta con {prescriber}.",
    ),
    "med_plan_bup_xr": ("Próxima inyección de buprenorfina con {prescriber}.",),
    "med_plan_methadone": (
        "Continuar metadona; revisión de dosis para llevar en la próxima reunión del equipo.",
    ),
    "med_plan_ntx_pill": ("Continuar naltrexona diaria.",),
    "med_plan_ntx_inj": ("Próxima inyección de naltrexona en 4 semanas con {prescriber}.",),
    "med_bup_film": (
        "Toma buprenorfina {dose} (película sublingual) a diario según lo indicado; sin dosis "
        "perdidas.",
        "Buprenorfina {dose}: olvidó una dosis el sábado, sin síntomas de abstinencia.",
    ),
    "med_bup_xr": (
        "La inyección mensual de buprenorfina ({dose}) le funciona; sin abstinencia entre dosis.",
    ),
    "med_methadone": (
        "Recibe metadona {dose} en la clínica cada mañana; {take_home_text} esta semana, "
        "guardadas en la caja con llave.",
        "Metadona {dose}: no faltó ningún día a la clínica; {take_home_text}, usadas como se "
        "indicó.",
    ),
    "med_ntx_pill": (
        "Toma naltrexona {dose} cada mañana; su pareja ve la dosis casi todos los días.",
        "Naltrexona {dose} diaria: olvidó un día y la retomó sin problema.",
    ),
    "med_ntx_inj": (
        "Recibió la inyección mensual de naltrexona ({dose}); dolor leve en el sitio por dos días.",
    ),
}

_BANKS: dict[Language, _Bank] = {Language.ENGLISH: _EN, Language.SPANISH: _ES}

# (situation, hot thought, balanced thought) for CBT thought records.
_THOUGHTS: dict[Language, tuple[tuple[str, str, str], ...]] = {
    Language.ENGLISH: (
        (
            "a coworker asking why the client leaves early for the clinic",
            "Everyone will find out and judge me.",
            "Most people don't know or care; my treatment is private and I'm doing the right "
            "thing.",
        ),
        (
            "a missed call from mom",
            "She's given up on me.",
            "She may have been busy; she came to the family session last month.",
        ),
        (
            "a craving on payday",
            "Just once won't matter.",
            "Once has never been just once for me.",
        ),
        (
            "a slip mentioned in group check-in",
            "I've ruined everything.",
            "A slip is information, not the end; I came back and told the truth.",
        ),
        (
            "a late bus making the client late for work",
            "Nothing ever works out for me.",
            "It was one bad morning; I called ahead and it was fine.",
        ),
    ),
    Language.SPANISH: (
        (
            "una compañera de trabajo que preguntó por qué sale temprano para la clínica",
            "Todos se van a enterar y me van a juzgar.",
            "La mayoría no sabe ni le importa; mi tratamiento es privado y estoy haciendo lo "
            "correcto.",
        ),
        (
            "una llamada perdida de su mamá",
            "Ya se rindió conmigo.",
            "Tal vez estaba ocupada; vino a la sesión familiar el mes pasado.",
        ),
        (
            "el deseo de consumir el día de pago",
            "Una vez no importa.",
            "Para mí una vez nunca ha sido solo una vez.",
        ),
        (
            "un desliz comentado en el grupo",
            "Lo eché todo a perder.",
            "Un desliz es información, no el final; regresé y dije la verdad.",
        ),
        (
            "llegar tarde al trabajo por el autobús",
            "Nada me sale bien.",
            "Fue una mañana difícil; avisé y todo salió bien.",
        ),
    ),
}

_SUBSTANCES: dict[Language, dict[str, str]] = {
    Language.ENGLISH: {
        "fentanyl": "fentanyl",
        "alcohol": "alcohol (EtG)",
        "methamphetamine": "methamphetamine",
    },
    Language.SPANISH: {
        "fentanyl": "fentanilo",
        "alcohol": "alcohol (EtG)",
        "methamphetamine": "metanfetamina",
    },
}
_EXPECTED: dict[Language, dict[Medication, str]] = {
    Language.ENGLISH: {
        Medication.BUPRENORPHINE: "positive for buprenorphine (expected); ",
        Medication.METHADONE: "positive for methadone (expected); ",
    },
    Language.SPANISH: {
        Medication.BUPRENORPHINE: "positivo para buprenorfina (esperado); ",
        Medication.METHADONE: "positivo para metadona (esperado); ",
    },
}
_KIND_LABEL: dict[Language, dict[SessionKind, str]] = {
    Language.ENGLISH: {
        SessionKind.INDIVIDUAL: "individual session",
        SessionKind.GROUP: "group",
        SessionKind.FAMILY: "family session",
        SessionKind.PEER_SUPPORT: "peer support",
        SessionKind.PHONE: "phone check-in",
    },
    Language.SPANISH: {
        SessionKind.INDIVIDUAL: "sesión individual",
        SessionKind.GROUP: "grupo",
        SessionKind.FAMILY: "sesión familiar",
        SessionKind.PEER_SUPPORT: "apoyo entre pares",
        SessionKind.PHONE: "llamada de seguimiento",
    },
}
# Our own names, so output never depends on the process locale.
_WEEKDAYS_EN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_WEEKDAYS_ES = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
_MONTHS_ES = (
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
)


def _appointment_text(lang: Language, start: datetime, kind: SessionKind) -> str:
    label = _KIND_LABEL[lang][kind]
    clock = f"{start.hour}:{start.minute:02d}"
    if lang is Language.SPANISH:
        day = f"{_WEEKDAYS_ES[start.weekday()]} {start.day} de {_MONTHS_ES[start.month - 1]}"
        return f"{day}, {clock}, {label}"
    day = f"{_WEEKDAYS_EN[start.weekday()]} {_MONTHS_EN[start.month - 1]} {start.day}"
    return f"{day} at {clock}, {label}"


# -- helpers -------------------------------------------------------------------------------


def _rng_id(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _local(day: date, hour: int, minute: int, tz: tzinfo | None) -> datetime:
    """A wall-clock time on ``day``: in ``tz``, or in the machine's zone (DST-correct)."""
    if tz is not None:
        return datetime(day.year, day.month, day.day, hour, minute, tzinfo=tz)
    return datetime(day.year, day.month, day.day, hour, minute).astimezone()


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _weekday_on_or_before(day: date) -> date:
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day


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


def _refuse_non_empty(conn: Connection) -> None:
    if conn.execute("SELECT 1 FROM clients LIMIT 1").fetchone() is not None:
        raise ValidationError(
            "The demo caseload goes only into an empty vault; this vault already has clients."
        )


# -- charts: scales, worksheets, screens, attendance and contingency management -------------
#
# About half the caseload has filled-in worksheets and scales; every client has weekly
# urine screens and attendance. They are planned before the notes are written, so a note
# says what was recorded that day (the craving rated, the thought record written, the
# PHQ-9 item 9 answer and the safety plan), and written after the notes, in the same
# transaction. A generator of their own keeps the notes' stream as it was.


@dataclass(frozen=True)
class _Trend:
    """A level over the demo window: (days ago, level) points, oldest first, joined by
    straight lines and held flat beyond the ends."""

    points: tuple[tuple[int, float], ...]

    def at(self, days_ago: int) -> float:
        points = self.points
        if days_ago >= points[0][0]:
            return points[0][1]
        for (far, far_level), (near, near_level) in pairwise(points):
            if near <= days_ago <= far:
                return near_level + (far_level - near_level) * (days_ago - near) / (far - near)
        return points[-1][1]


# Weekly craving (0-10), rated at the session in the client's weekly slot.
_CRAVINGS: dict[str, _Trend] = {
    "Dana R.": _Trend(((91, 5), (45, 6), (38, 3), (0, 2))),  # dose raised 40 days ago
    "Marcus T.": _Trend(((91, 3), (0, 1))),
    "Lupe G.": _Trend(((91, 3), (66, 3), (52, 8), (44, 5), (0, 3))),  # slip 52 days ago
    "Rosa M.": _Trend(((91, 6), (40, 4), (27, 7), (19, 4), (0, 3))),  # slip 27 days ago
    "Keisha B.": _Trend(((91, 5), (0, 3))),
    "Ana P.": _Trend(((91, 4), (0, 2))),
}
# PHQ-9 and GAD-7 totals, taken every two to four weeks at an individual session.
_MOODS: dict[str, tuple[_Trend, _Trend]] = {
    "Dana R.": (_Trend(((91, 8), (0, 4))), _Trend(((91, 7), (0, 4)))),
    "Lupe G.": (
        _Trend(((91, 7), (52, 13), (30, 9), (0, 6))),
        _Trend(((91, 8), (52, 12), (0, 6))),
    ),
    "Rosa M.": (
        _Trend(((91, 12), (50, 8), (27, 11), (0, 7))),
        _Trend(((91, 9), (0, 6))),
    ),
    "Keisha B.": (_Trend(((91, 9), (0, 5))), _Trend(((91, 15), (0, 8)))),
    "Ana P.": (_Trend(((91, 17), (50, 14), (0, 8))), _Trend(((91, 10), (0, 6)))),
}
# The one PHQ-9 with item 9 above zero: the administration nearest this day; the note
# of that session reports passive thoughts and the safety plan is updated there.
_SAFETY_CLIENT = "Ana P."
_SAFETY_DAYS_AGO = 45

_AUDIT_CLIENT = "Rosa M."  # alcohol use disorder on naltrexone: AUDIT at the first session
_AUDIT_ANSWERS = {
    "q1": 3,
    "q2": 2,
    "q3": 2,
    "q4": 2,
    "q5": 1,
    "q6": 1,
    "q7": 2,
    "q8": 0,
    "q9": 2,
    "q10": 4,
}  # fmt: skip  (19, zone III)

_COWS_CLIENT = "Dana R."  # buprenorphine induction at admission: before and after the first dose
_COWS_ANSWERS = (
    {
        "resting_pulse": 1, "sweating": 2, "restlessness": 1, "pupils": 2, "aches": 2,
        "runny_nose": 2, "gi_upset": 2, "tremor": 1, "yawning": 1, "anxiety": 1,
        "gooseflesh": 0,
    },  # 15, moderate: ready for the first dose
    {
        "resting_pulse": 0, "sweating": 0, "restlessness": 1, "pupils": 1, "aches": 1,
        "runny_nose": 0, "gi_upset": 0, "tremor": 0, "yawning": 0, "anxiety": 1,
        "gooseflesh": 0,
    },  # 4, none: an hour after 4 mg
)  # fmt: skip

_BAND_ES = {
    "none": "mínima",
    "minimal": "mínima",
    "mild": "leve",
    "moderate": "moderada",
    "moderately severe": "moderadamente grave",
    "severe": "grave",
    "zone I": "zona I",
    "zone II": "zona II",
    "zone III": "zona III",
    "zone IV": "zona IV",
}


@dataclass(frozen=True)
class _WorksheetSpec:
    """One filled-in worksheet, written at the individual session nearest ``days_ago``
    (no earlier than ``not_before`` days ago), in the client's language."""

    client: str
    definition_id: str
    days_ago: int
    values: Mapping[str, Any]
    complete: bool = True
    not_before: int = DEMO_DAYS + 7
    line: str = ""  # added to the session note's plan
    words: Mapping[str, str] = field(default_factory=dict)  # the note's words that session
    # Reopened and completed again with these answers at the safety session:
    update: Mapping[str, Any] | None = None
    update_line: str = ""


_WORKSHEETS: tuple[_WorksheetSpec, ...] = (
    _WorksheetSpec(
        "Dana R.",
        "decisional_balance",
        84,
        {
            "topic": "Using fentanyl and other street opioids",
            "using_good": "It took the pain and the worry away fast. For a while it felt like "
            "the only thing that worked when I was stressed.",
            "using_not_so_good": "Lost my job and most of my savings. Chris stopped trusting "
            "me. I was scared of overdosing every time, with fentanyl in everything.",
            "changing_good": "Chris and I are talking again. Money left at the end of the "
            "month. I feel like myself on buprenorphine and I can plan ahead.",
            "changing_not_so_good": "Afternoons are long and boring. Some old friends stopped "
            "calling. Clinic visits and refills take time.",
            "what_stands_out": "The good things about using were all short-term. The good "
            "things about changing are the things I actually care about.",
        },
        line="Filled in a decisional balance worksheet together in session.",
    ),
    _WorksheetSpec(
        "Dana R.",
        "readiness_ruler",
        84,
        {
            "change": "Keep taking buprenorphine every day and stay off street opioids",
            "importance": 9,
            "importance_why": "I almost lost Chris and my job. I don't want to go back.",
            "importance_up": "Seeing my sister's kids again.",
            "confidence": 5,
            "confidence_why": "I've had a few months without using.",
            "confidence_up": "Getting through the afternoons without cravings; maybe a "
            "dose change.",
        },
        line="Readiness ruler today: importance 9/10, confidence 5/10.",
        words={
            "importance": "9",
            "confidence": "5",
            "mi_topic": "staying on medication long term",
        },
    ),
    _WorksheetSpec(
        "Dana R.",
        "triggers_coping",
        56,
        {
            "triggers": [
                {
                    "trigger": "Payday on Fridays",
                    "type": "time",
                    "intensity": 7,
                    "plan": "cope",
                    "how": "Chris keeps my debit card on Friday nights. Pay rent and bills "
                    "first, then go to the 7 pm NA meeting.",
                    "who_to_call": "Chris R. (partner)",
                    "phone": "555-0143",
                },
                {
                    "trigger": "Walking past the laundromat on 5th Street where I used to buy",
                    "type": "place",
                    "intensity": 8,
                    "plan": "avoid",
                    "how": "Get off the bus one stop later and walk the long way round. If I "
                    "end up there anyway, keep walking and call Chris.",
                    "who_to_call": "Chris R. (partner)",
                    "phone": "555-0143",
                },
                {
                    "trigger": "Afternoon slump around 3 pm, bored and tired",
                    "type": "feeling",
                    "intensity": 6,
                    "plan": "cope",
                    "how": "Urge surfing for ten minutes, then a walk around the block. Text "
                    "someone from Wednesday group.",
                    "who_to_call": "M. Castillo (peer specialist)",
                    "phone": "555-0120",
                },
                {
                    "trigger": "My old friend Jay texting",
                    "type": "person",
                    "intensity": 7,
                    "plan": "avoid",
                    "how": "Blocked his number. If I see him, say I'm on my way to work.",
                },
            ]
        },
        line="Wrote a triggers and coping plan together; Dana took a copy home.",
    ),
    _WorksheetSpec(
        "Dana R.",
        "readiness_ruler",
        28,
        {
            "change": "Keep taking buprenorphine every day and stay off street opioids",
            "importance": 10,
            "importance_why": "Chris and I are planning to get married next year.",
            "importance_up": "It's at the top already.",
            "confidence": 7,
            "confidence_why": "The higher dose took the afternoon cravings down, and I have a "
            "plan for paydays.",
            "confidence_up": "A full month at the new job.",
        },
        line="Readiness ruler today: importance 10/10, confidence 7/10 (was 9 and 5).",
        words={
            "importance": "10",
            "confidence": "7",
            "mi_topic": "staying on medication long term",
        },
    ),
    _WorksheetSpec(
        "Rosa M.",
        "decisional_balance",
        84,
        {
            "topic": "Tomar alcohol",
            "using_good": "Me relaja después del trabajo y me ayuda a dormir. Con las "
            "compañeras del trabajo era la forma de convivir.",
            "using_not_so_good": "Discusiones con Héctor. Los niños me vieron tomada. Me duele "
            "el estómago y llego cansada al trabajo. El doctor dijo que mi hígado está "
            "afectado.",
            "changing_good": "Estar presente para mis hijos, dormir bien de verdad, ahorrar "
            "el dinero de la cerveza, que Héctor vuelva a confiar en mí.",
            "changing_not_so_good": "Los viernes con las compañeras van a ser difíciles. No sé "
            "cómo relajarme sin tomar.",
            "what_stands_out": "Lo bueno de tomar dura una noche; lo malo se queda toda la semana.",
        },
        line="Llenamos juntas la hoja de balance de decisiones en la sesión.",
    ),
    _WorksheetSpec(
        "Rosa M.",
        "readiness_ruler",
        84,
        {
            "change": "Dejar de tomar alcohol por completo",
            "importance": 8,
            "importance_why": "Por mis hijos y por mi salud.",
            "importance_up": "Que el doctor me diga que mi hígado está mejorando.",
            "confidence": 4,
            "confidence_why": "Ya llevo unas semanas sin tomar con la naltrexona.",
            "confidence_up": "Tener un plan para los viernes.",
        },
        line="Regla de disposición hoy: importancia 8/10, confianza 4/10.",
        words={
            "importance": "8",
            "confidence": "4",
            "mi_topic": "dejar de tomar alcohol por completo",
        },
    ),
    _WorksheetSpec(
        "Rosa M.",
        "readiness_ruler",
        19,
        {
            "change": "Dejar de tomar alcohol por completo",
            "importance": 9,
            "importance_why": "Después del desliz vi la cara de mi hija. No quiero volver a eso.",
            "importance_up": "Ya casi está arriba.",
            "confidence": 6,
            "confidence_why": "Después del desliz regresé a la clínica y lo conté. Eso me da "
            "confianza.",
            "confidence_up": "Ir a AA en español dos veces por semana.",
        },
        not_before=25,
        line="Regla de disposición hoy: importancia 9/10, confianza 6/10 (antes 8 y 4).",
        words={
            "importance": "9",
            "confidence": "6",
            "mi_topic": "dejar de tomar alcohol por completo",
        },
    ),
    _WorksheetSpec(
        "Lupe G.",
        "thought_record",
        42,
        {
            "moments": [
                {
                    "situation": "Martes en la noche, en casa. Le conté a mi hija Marisol que "
                    "consumí fentanilo la semana pasada.",
                    "mood_1": "vergüenza",
                    "mood_1_rating": 90,
                    "mood_2": "miedo",
                    "mood_2_rating": 75,
                    "thought_1": "Lo eché todo a perder.",
                    "thought_2": "Marisol ya no va a confiar en mí.",
                    "hot_thought": "thought_1",
                    "evidence_for": "Consumí después de casi un año sin consumir. El examen "
                    "salió positivo.",
                    "evidence_against": "Fue una vez y no estaba a solas. Regresé a la "
                    "clínica y dije la verdad. Marisol me abrazó y quiere venir a la sesión "
                    "familiar.",
                    "balanced_thought": "Un desliz es información, no el final; regresé y "
                    "dije la verdad.",
                    "balanced_belief": 70,
                    "mood_1_now": 50,
                    "mood_2_now": 40,
                }
            ]
        },
        not_before=43,  # after the week of the slip
        line="Hicimos juntas un registro de pensamientos sobre el desliz.",
        words={
            "situation": "el desliz y la conversación con su hija",
            "hot": "Lo eché todo a perder.",
            "balanced": "Un desliz es información, no el final; regresé y dije la verdad.",
            "belief1": "90",
            "belief2": "70",
        },
    ),
    _WorksheetSpec(
        "Lupe G.",
        "triggers_coping",
        30,
        {
            "triggers": [
                {
                    "trigger": "El día de pago",
                    "type": "time",
                    "intensity": 7,
                    "plan": "cope",
                    "how": "Pagar la renta primero y darle el resto a Marisol para guardar. "
                    "Ir a NA en español esa noche.",
                    "who_to_call": "Marisol G. (hija)",
                    "phone": "555-0162",
                },
                {
                    "trigger": "La esquina de la panadería donde compraba antes",
                    "type": "place",
                    "intensity": 8,
                    "plan": "avoid",
                    "how": "Ir a la otra panadería, la de la avenida. Si paso por ahí, no "
                    "detenerme y llamar a Marisol.",
                    "who_to_call": "Marisol G. (hija)",
                    "phone": "555-0162",
                },
                {
                    "trigger": "Sentirme sola en la noche",
                    "type": "feeling",
                    "intensity": 6,
                    "plan": "cope",
                    "how": "Llamar a mi madrina, rezar, ver una película con Marisol.",
                    "who_to_call": "Carmen (madrina de NA)",
                    "phone": "555-0166",
                },
                {
                    "trigger": "Dolor de espalda",
                    "type": "other",
                    "intensity": 5,
                    "plan": "cope",
                    "how": "Calor y estiramientos; pedir cita con el médico si no mejora.",
                },
            ]
        },
        line="Escribimos juntas su plan para detonantes.",
    ),
    _WorksheetSpec(
        "Keisha B.",
        "thought_record",
        60,
        {
            "moments": [
                {
                    "situation": "Monday at work. My supervisor asked in front of a coworker "
                    "why I leave early every other Thursday.",
                    "mood_1": "anxious",
                    "mood_1_rating": 85,
                    "mood_2": "ashamed",
                    "mood_2_rating": 70,
                    "thought_1": "Everyone will find out and judge me.",
                    "thought_2": "I'll lose this job like the last one.",
                    "hot_thought": "thought_1",
                    "evidence_for": "She did ask in front of someone. People at my last job "
                    "gossiped.",
                    "evidence_against": "She asked once and accepted 'a medical appointment'. "
                    "No one has said anything since. My treatment is private.",
                    "balanced_thought": "Most people don't know or care; my treatment is "
                    "private and I'm doing the right thing.",
                    "balanced_belief": 65,
                    "mood_1_now": 40,
                    "mood_2_now": 30,
                },
                {
                    "situation": "Saturday night, alone at Alicia's apartment, couldn't sleep.",
                    "mood_1": "lonely",
                    "mood_1_rating": 70,
                    "thought_1": "I'll never have a place of my own again.",
                    "hot_thought": "thought_1",
                    "evidence_for": "The housing waiting list is long.",
                    "evidence_against": "The case manager found two openings this month. I've "
                    "saved money for three months.",
                    "balanced_thought": "Housing is slow, but I'm moving forward: I have "
                    "savings and a case manager working on it.",
                    "balanced_belief": 60,
                    "mood_1_now": 45,
                },
            ]
        },
        line="Worked through a thought record together; Keisha will add one moment a week.",
        words={
            "situation": "a coworker asking why the client leaves early for the clinic",
            "hot": "Everyone will find out and judge me.",
            "balanced": "Most people don't know or care; my treatment is private and I'm "
            "doing the right thing.",
            "belief1": "85",
            "belief2": "65",
        },
    ),
    _WorksheetSpec(
        "Ana P.",
        "safety_plan",
        88,
        {
            "warning_signs": "Me encierro en el cuarto, dejo de contestar el teléfono y duermo "
            "todo el día. Pienso que soy una carga para Luis.",
            "things_alone": "Bañarme, escuchar música, salir a caminar al parque con mi perra "
            "Canela, escribir en mi cuaderno.",
            "distractions": "Ir a casa de mi hermana Rocío; la iglesia los domingos; el parque.",
            "help_people": [
                {"name": "Luis Pineda (esposo)", "phone": "555-0192"},
                {"name": "Rocío Pineda (hermana)", "phone": "555-0193"},
            ],
            "professionals": [
                {"name": "A. Rivera, consejero (Lakeside)", "phone": "555-0100"},
                {"name": "Línea de crisis del condado (ficticia)", "phone": "555-0111"},
            ],
            "safer_surroundings": "Luis guarda mis medicamentos y me da la dosis de cada día. "
            "No hay armas en la casa.",
            "reason_for_living": "Luis, mi perra Canela y volver a estudiar enfermería.",
        },
        line="Escribimos juntas el plan de seguridad; se le dio una copia.",
        update={
            "warning_signs": "Me encierro en el cuarto, dejo de contestar el teléfono y duermo "
            "todo el día. Pienso que soy una carga para Luis. Pensar que no quiero despertar.",
            "things_alone": "Bañarme, escuchar música, salir a caminar al parque con mi perra "
            "Canela, escribir en mi cuaderno. Llamar o mandar texto al 988 (opción 2 para "
            "español).",
            "help_people": [
                {"name": "Luis Pineda (esposo)", "phone": "555-0192"},
                {"name": "Rocío Pineda (hermana)", "phone": "555-0193"},
                {"name": "Inés (madrina de NA)", "phone": "555-0194"},
            ],
        },
        update_line="Se actualizó el plan de seguridad: una señal de alerta nueva y una persona "
        "más a quien llamar; se le dio la copia nueva.",
    ),
    _WorksheetSpec(
        "Ana P.",
        "thought_record",
        4,
        {
            "moments": [
                {
                    "situation": "Domingo en la tarde. Luis llegó tarde y no avisó.",
                    "mood_1": "tristeza",
                    "mood_1_rating": 80,
                }
            ]
        },
        complete=False,
        line="Empezamos un registro de pensamientos; Ana lo terminará en casa.",
    ),
    _WorksheetSpec(
        "Marcus T.",
        "triggers_coping",
        10,
        {
            "triggers": [
                {
                    "trigger": "Guys from the old warehouse crew",
                    "type": "person",
                    "intensity": 7,
                    "plan": "avoid",
                },
                {},
            ]
        },
        complete=False,
        line="Started a triggers and coping plan; to finish next session.",
    ),
)

# Urine drug screens: a twelve-panel cup for opioid use disorder; EtG sent to the lab,
# with the opioid and sedative strips, for alcohol use disorder.
_OPIOID_PANEL = (
    Substance.BUPRENORPHINE,
    Substance.METHADONE,
    Substance.FENTANYL,
    Substance.OPIATES,
    Substance.OXYCODONE,
    Substance.COCAINE,
    Substance.AMPHETAMINES,
    Substance.BENZODIAZEPINES,
)
_ALCOHOL_PANEL = (
    Substance.ALCOHOL,
    Substance.FENTANYL,
    Substance.OPIATES,
    Substance.OXYCODONE,
    Substance.COCAINE,
    Substance.BENZODIAZEPINES,
)
_SLIP_TESTS = {
    "fentanyl": Substance.FENTANYL,
    "alcohol": Substance.ALCOHOL,
    "methamphetamine": Substance.AMPHETAMINES,
}
_SLIP_WINDOW_DAYS = 8  # as for the notes: the sessions of the week after the slip
_REFUSED_CLIENT = "Priya S."  # one refused screen, in the weeks before her slip
_UDS_WORDS = ("Urine drug screen", "Examen de orina")
_VISIT_NOTES: dict[Language, dict[str, str]] = {
    Language.ENGLISH: {
        "refused": "Declined to give a sample today; counted as refused. Talked it through "
        "without judgment; screen again at the next visit.",
        "walk_in": "Sample collected at a walk-in visit, without a session.",
        "excused": "Called ahead: sick with the flu. Rescheduled for next week.",
        "no_show": "Did not come and did not call; left a voicemail to reschedule.",
    },
    Language.SPANISH: {
        "refused": "No quiso dar la muestra hoy; cuenta como rechazada. Lo hablamos sin "
        "juzgar; nuevo examen en la próxima visita.",
        "walk_in": "Muestra tomada en una visita sin cita, sin sesión.",
        "excused": "Avisó con anticipación: tenía gripe. Se reprogramó para la próxima semana.",
        "no_show": "No vino ni llamó; se le dejó un mensaje de voz para reprogramar.",
    },
}
_NO_SHOWS = 3  # missed weekly slots marked no-show; one more is excused


@dataclass(frozen=True)
class _CmSpec:
    client: str
    kind: CmKind
    targets: frozenset[Substance]
    starts_days_ago: int
    prize: PrizeSchedule = field(default_factory=PrizeSchedule)
    undrawn_last: bool = False  # the newest draws are drawn at the next visit


_CM_PLANS: tuple[_CmSpec, ...] = (
    _CmSpec(
        "Marcus T.",
        CmKind.PRIZE,
        frozenset({Substance.FENTANYL, Substance.OPIATES, Substance.OXYCODONE, Substance.COCAINE}),
        35,
        prize=PrizeSchedule(max_draws=3),
        undrawn_last=True,
    ),
    _CmSpec(
        "Lupe G.",
        CmKind.PRIZE,
        frozenset({Substance.FENTANYL, Substance.OPIATES, Substance.OXYCODONE}),
        67,  # two weeks before her slip
        prize=PrizeSchedule(max_draws=2),
    ),
    _CmSpec("Rosa M.", CmKind.VOUCHER, frozenset({Substance.ALCOHOL}), 84),
)
_PRIZE_NOTES: dict[Language, dict[SlipSize, tuple[str, ...]]] = {
    Language.ENGLISH: {
        SlipSize.SMALL: ("Snack from the prize cabinet", "Bus pass (one ride)", "Toothpaste"),
        SlipSize.LARGE: ("Grocery voucher ($20)", "Phone card ($20)"),
        SlipSize.JUMBO: ("Bluetooth speaker",),
    },
    Language.SPANISH: {
        SlipSize.SMALL: ("Un refrigerio del gabinete", "Pase de autobús (un viaje)", "Jabón"),
        SlipSize.LARGE: ("Vale de supermercado ($20)", "Tarjeta telefónica ($20)"),
        SlipSize.JUMBO: ("Bocina Bluetooth",),
    },
}


@dataclass
class _ClientChart:
    """One client of the demo: the profile, the record and the planned sessions."""

    profile: _Profile
    client: Client
    plans: list[_Planned]
    missed: list[datetime]
    visits: list[_Visit] = field(default_factory=list)  # screens, planned with the notes
    slip_screen: date | None = None  # the day a screen shows the slip

    def days_ago(self, today: date, planned: _Planned) -> int:
        return (today - planned.session.start.date()).days

    def individual(self) -> list[_Planned]:
        return [p for p in self.plans if p.session.kind is SessionKind.INDIVIDUAL]


@dataclass
class _Charts:
    """What the chart planning decided, written after the notes."""

    scale_entries: list[ScaleEntry] = field(default_factory=list)
    worksheets: list[tuple[WorksheetInstance, list[WorksheetVersion], WorksheetDefinition]] = field(
        default_factory=list
    )


def _nearest(
    chart: _ClientChart, today: date, days_ago: int, not_before: int = DEMO_DAYS + 7
) -> _Planned | None:
    """The individual session nearest ``days_ago`` and no earlier than ``not_before``."""
    found = [p for p in chart.individual() if chart.days_ago(today, p) <= not_before]
    if not found:
        return None
    return min(found, key=lambda p: abs(chart.days_ago(today, p) - days_ago))


def _line(planned: _Planned, target: str, text: str) -> None:
    planned.extra.setdefault(target, []).append(text)


def _spread(
    rng: random.Random, scale_id: ScaleId, total: int, fixed: Mapping[str, int]
) -> dict[str, int]:
    """Answers adding up to ``total`` (within reach), items other than ``fixed`` raised
    one step at a time at random."""
    items = scale_definition(scale_id).items
    answers = {item.key: fixed.get(item.key, 0) for item in items}
    free = [item for item in items if item.key not in fixed]
    top = max(free[0].values)
    total = max(sum(answers.values()), min(total, sum(answers.values()) + top * len(free)))
    while sum(answers.values()) < total:
        item = rng.choice([i for i in free if answers[i.key] < top])
        answers[item.key] += 1
    return answers


def _entry(
    rng: random.Random,
    chart: _ClientChart,
    scale_id: ScaleId,
    answers: Mapping[str, int],
    taken_on: date,
    created: datetime,
    session_id: str | None,
) -> ScaleEntry:
    return scale_entry_from_result(
        score(scale_id, answers, sex=chart.client.sex),
        client_id=chart.client.id,
        answers=answers,
        taken_on=taken_on,
        session_id=session_id,
        sex=chart.client.sex,
        entry_id=_rng_id(rng),
        created_at=created,
    )


def _band_text(entry: ScaleEntry, lang: Language) -> str:
    band = entry.band or ""
    return _BAND_ES.get(band, band) if lang is Language.SPANISH else band


def _plan_cravings(rng: random.Random, chart: _ClientChart, today: date, charts: _Charts) -> None:
    trend = _CRAVINGS.get(chart.client.display_name)
    if trend is None:
        return
    rated = (SessionKind.INDIVIDUAL, SessionKind.FAMILY, SessionKind.PHONE)
    previous: int | None = None
    for planned in chart.plans:
        if planned.session.kind not in rated:
            continue
        level = trend.at(chart.days_ago(today, planned)) + rng.choice((-1, 0, 0, 1))
        craving = max(0, min(10, round(level)))
        if planned.slip:
            craving = max(craving, 6)
        planned.overrides["craving"] = str(craving)
        planned.overrides["prev_craving"] = str(craving if previous is None else previous)
        previous = craving
        session = planned.session
        charts.scale_entries.append(
            _entry(
                rng,
                chart,
                ScaleId.CRAVING,
                {"craving": craving},
                session.start.date(),
                session.start + timedelta(minutes=3),
                session.id,
            )
        )


def _plan_moods(
    rng: random.Random, chart: _ClientChart, today: date, charts: _Charts
) -> _Planned | None:
    """PHQ-9 and GAD-7 every two to four weeks; returns the safety session, if any."""
    trends = _MOODS.get(chart.client.display_name)
    if trends is None:
        return None
    phq_trend, gad_trend = trends
    lang = chart.profile.language
    sessions = chart.individual()
    taken = sessions[:1]
    while taken:
        last = taken[-1].session.start.date()
        gap = rng.choice((14, 21, 21, 28))
        later = [(p, (p.session.start.date() - last).days) for p in sessions]
        fits = [(p, d) for p, d in later if 14 <= d <= 28]
        beyond = [(p, d) for p, d in later if d > 28]
        if fits:
            taken.append(min(fits, key=lambda f: abs(f[1] - gap))[0])
        elif beyond:
            taken.append(beyond[0][0])
        else:
            break
    safety: _Planned | None = None
    if chart.client.display_name == _SAFETY_CLIENT:
        signed = [p for p in taken if not p.draft]
        if signed:
            safety = min(signed, key=lambda p: abs(chart.days_ago(today, p) - _SAFETY_DAYS_AGO))
    for planned in taken:
        session = planned.session
        days_ago = chart.days_ago(today, planned)
        flagged = planned is safety
        phq_total = round(phq_trend.at(days_ago) + rng.choice((-1, 0, 0, 1)) + flagged)
        gad_total = round(gad_trend.at(days_ago) + rng.choice((-1, 0, 0, 1)))
        phq = _entry(
            rng,
            chart,
            ScaleId.PHQ9,
            _spread(rng, ScaleId.PHQ9, phq_total, {"q9": int(flagged)}),
            session.start.date(),
            session.start + timedelta(minutes=6),
            session.id,
        )
        gad = _entry(
            rng,
            chart,
            ScaleId.GAD7,
            _spread(rng, ScaleId.GAD7, gad_total, {}),
            session.start.date(),
            session.start + timedelta(minutes=9),
            session.id,
        )
        charts.scale_entries += [phq, gad]
        if lang is Language.SPANISH:
            text = (
                f"PHQ-9 de hoy: {phq.total} ({_band_text(phq, lang)}); "
                f"GAD-7: {gad.total} ({_band_text(gad, lang)})."
            )
            if flagged:
                text += (
                    " El ítem 9 del PHQ-9 salió en 1 (varios días): se habló de su seguridad "
                    "hoy mismo."
                )
        else:
            text = f"PHQ-9 today {phq.total} ({phq.band}); GAD-7 {gad.total} ({gad.band})."
            if flagged:
                text += " PHQ-9 item 9 was 1 (several days): asked about safety today."
        _line(planned, "assessment", text)
    if safety is not None:
        safety.concern = True
    return safety


def _plan_single_scales(
    rng: random.Random,
    chart: _ClientChart,
    today: date,
    tz: tzinfo | None,
    charts: _Charts,
) -> None:
    name = chart.client.display_name
    if name == _AUDIT_CLIENT:
        first = chart.individual()[:1]
        if first:
            session = first[0].session
            entry = _entry(
                rng,
                chart,
                ScaleId.AUDIT,
                _AUDIT_ANSWERS,
                session.start.date(),
                session.start + timedelta(minutes=12),
                session.id,
            )
            charts.scale_entries.append(entry)
            lang = chart.profile.language
            if lang is Language.SPANISH:
                text = f"AUDIT de hoy: {entry.total} ({_band_text(entry, lang)})."
            else:
                text = f"AUDIT today: {entry.total} ({entry.band})."
            _line(first[0], "assessment", text)
    if name == _COWS_CLIENT and chart.client.admission_date is not None:
        # Taken at the induction visit, entered from the intake chart with the client.
        entered = chart.client.created_at or _local(today, 8, 30, tz)
        for index, answers in enumerate(_COWS_ANSWERS):
            charts.scale_entries.append(
                _entry(
                    rng,
                    chart,
                    ScaleId.COWS,
                    answers,
                    chart.client.admission_date,
                    entered + timedelta(minutes=20 + index),
                    None,
                )
            )


def _values(worksheet: WorksheetDefinition, given: Mapping[str, Any]) -> dict[str, Any]:
    """Answers in the shape the form stores: every field present, table rows with every
    column; checked as the Worksheets tab would check them."""
    values: dict[str, Any] = dict(empty_values(worksheet))
    for key, value in given.items():
        blank = values[key]
        if isinstance(blank, list) and blank and isinstance(blank[0], dict):
            values[key] = [{**blank[0], **row} for row in value]
        else:
            values[key] = value
    problems = storage_problems(worksheet, values)
    if problems:
        raise ValidationError(f"Demo worksheet {worksheet.id}: {problems[0]}.")
    return values


def _plan_worksheets(
    rng: random.Random,
    charts_by_name: Mapping[str, _ClientChart],
    today: date,
    catalog: Mapping[str, WorksheetDefinition],
    safety: Mapping[str, _Planned],
    charts: _Charts,
) -> None:
    for spec in _WORKSHEETS:
        chart = charts_by_name[spec.client]
        worksheet = catalog.get(spec.definition_id)
        planned = _nearest(chart, today, spec.days_ago, spec.not_before)
        if worksheet is None or planned is None:
            continue  # a worksheet file missing from this install: leave it out
        values = _values(worksheet, spec.values)
        status = WorksheetStatus.COMPLETE if spec.complete else WorksheetStatus.DRAFT
        if spec.complete:
            problems = check_values(worksheet, values, complete=True)
            if problems:
                raise ValidationError(f"Demo worksheet {worksheet.id}: {problems[0]}.")
        session = planned.session
        created = session.start + timedelta(minutes=15)
        finished = session.start + timedelta(minutes=session.minutes - 5)
        instance = WorksheetInstance(
            client_id=chart.client.id,
            definition_id=worksheet.id,
            definition_version=worksheet.version,
            values=values,
            id=_rng_id(rng),
            session_id=session.id,
            status=status,
            created_at=created,
            updated_at=finished,
            completed_at=finished if spec.complete else None,
        )
        versions: list[WorksheetVersion] = []
        if spec.complete:
            versions.append(WorksheetVersion(instance.id, 1, values, status, finished))
        planned.overrides.update(spec.words)
        if spec.line:
            _line(planned, "plan", spec.line)
        again = safety.get(spec.client)
        if spec.update is not None and again is not None and spec.complete:
            # Reopened at the safety session and completed again with the new answers.
            later = again.session
            reopened = later.start + timedelta(minutes=25)
            done = later.start + timedelta(minutes=later.minutes - 5)
            updated = _values(worksheet, {**spec.values, **spec.update})
            problems = check_values(worksheet, updated, complete=True)
            if problems:
                raise ValidationError(f"Demo worksheet {worksheet.id}: {problems[0]}.")
            versions.append(
                WorksheetVersion(instance.id, 2, values, WorksheetStatus.DRAFT, reopened)
            )
            versions.append(WorksheetVersion(instance.id, 3, updated, status, done))
            instance = replace(instance, values=updated, updated_at=done, completed_at=done)
            if spec.update_line:
                _line(again, "plan", spec.update_line)
        charts.worksheets.append((instance, versions, worksheet))


def _plan_charts(
    rng: random.Random,
    client_charts: list[_ClientChart],
    today: date,
    tz: tzinfo | None,
    catalog: Mapping[str, WorksheetDefinition],
) -> _Charts:
    """Scales and worksheets, decided before the notes so the notes can tell of them."""
    charts = _Charts()
    safety: dict[str, _Planned] = {}
    for chart in client_charts:
        _plan_screens(chart, today, tz)
        _plan_cravings(rng, chart, today, charts)
        found = _plan_moods(rng, chart, today, charts)
        if found is not None:
            safety[chart.client.display_name] = found
        _plan_single_scales(rng, chart, today, tz, charts)
    by_name = {c.client.display_name: c for c in client_charts}
    _plan_worksheets(rng, by_name, today, catalog, safety, charts)
    return charts


def _write_planned_charts(conn: Connection, charts: _Charts, tally: _Tally) -> None:
    for instance, versions, worksheet in charts.worksheets:
        assert instance.created_at is not None
        measure_repo.add_worksheet(conn, instance, worksheet, instance.created_at)
        for version in versions:
            measure_repo.add_version(conn, version)
        tally.worksheets += 1
    for entry in charts.scale_entries:
        assert entry.created_at is not None
        measure_repo.add_scale_entry(conn, entry, entry.created_at)
        tally.scale_entries += 1


def _screen_sessions(chart: _ClientChart) -> list[Session]:
    """One in-person visit a week where a sample is collected: the individual or family
    session (not a video one), else that week's group."""
    weeks: dict[date, list[Session]] = {}
    for planned in chart.plans:
        start = planned.session.start.date()
        weeks.setdefault(start - timedelta(days=start.weekday()), []).append(planned.session)
    chosen: list[Session] = []
    for monday in sorted(weeks):
        sessions = weeks[monday]
        in_person = [
            s
            for s in sessions
            if s.kind in (SessionKind.INDIVIDUAL, SessionKind.FAMILY)
            and s.location != "Telehealth (video)"
        ]
        groups = [s for s in sessions if s.kind is SessionKind.GROUP]
        if in_person or groups:
            chosen.append((in_person or groups)[0])
    return chosen


@dataclass(frozen=True)
class _Visit:
    """A day a sample was asked for: at a session, or a walk-in at the dosing window."""

    day: date
    at: datetime  # when the result was entered
    session_id: str | None
    refused: bool = False


def _slip_window(profile: _Profile, today: date) -> tuple[date, date, Substance] | None:
    """The days whose screens show the slip (as the notes of those days tell it)."""
    if profile.slip_days_ago is None or profile.slip_substance not in _SLIP_TESTS:
        return None
    start = today - timedelta(days=profile.slip_days_ago)
    end = start + timedelta(days=_SLIP_WINDOW_DAYS)
    return start, end, _SLIP_TESTS[profile.slip_substance]


def _dosing_window_visits(
    chart: _ClientChart, visits: list[_Visit], today: date, tz: tzinfo | None
) -> list[_Visit]:
    """Methadone is dosed at the clinic: a week without an in-person session still has a
    screen, at the dosing window on the client's usual weekday."""
    if not chart.plans:
        return []
    weekdays = Counter(p.session.start.weekday() for p in chart.individual())
    weekday = weekdays.most_common(1)[0][0] if weekdays else 0
    first = chart.plans[0].session.start.date()
    last = chart.plans[-1].session.start.date()
    covered = {v.day - timedelta(days=v.day.weekday()) for v in visits}
    found: list[_Visit] = []
    monday = first - timedelta(days=first.weekday())
    while monday <= last:
        day = monday + timedelta(days=weekday)
        if monday not in covered and first <= day <= last and day < today:
            found.append(_Visit(day, _local(day, 8, 45, tz), None))
        monday += timedelta(days=7)
    return found


def _plan_screens(chart: _ClientChart, today: date, tz: tzinfo | None) -> None:
    """A screen at one in-person visit a week (or at the methadone dosing window); the
    one that shows a slip; the refused one. Notes of sessions without a sample say
    nothing of one."""
    chosen = _screen_sessions(chart)
    chosen_ids = {s.id for s in chosen}
    by_id = {p.session.id: p for p in chart.plans}
    for planned in chart.individual():
        if planned.session.id not in chosen_ids:
            planned.screen = _ScreenNote.NONE
    visits = [
        _Visit(s.start.date(), s.start + timedelta(minutes=s.minutes + 5), s.id) for s in chosen
    ]
    if chart.profile.med.kind == "methadone":
        visits += _dosing_window_visits(chart, visits, today, tz)
    visits.sort(key=lambda v: v.at)
    window = _slip_window(chart.profile, today)
    if window is not None:
        slip_from, slip_to, _ = window
        # Positive once: at the session whose note tells the slip, else the first screen
        # of the week after it, else a walk-in screen.
        told = next((p for p in chart.plans if p.slip and p.session.id in chosen_ids), None)
        after = [v for v in visits if slip_from <= v.day < slip_to]
        walk_in = _weekday_after(slip_from)
        if told is not None:
            chart.slip_screen = told.session.start.date()
        elif after:
            chart.slip_screen = after[0].day
        elif walk_in < today:
            visits.append(_Visit(walk_in, _local(walk_in, 8, 45, tz), None))
            chart.slip_screen = walk_in
        if chart.client.display_name == _REFUSED_CLIENT:
            before = [
                v
                for v in visits
                if v.session_id is not None
                and slip_from - timedelta(days=21) <= v.day < slip_from
                and not by_id[v.session_id].draft
            ]
            talked = [
                v
                for v in before
                if by_id[v.session_id or ""].session.kind is SessionKind.INDIVIDUAL
            ]
            for visit in (talked or before)[-1:]:
                visits[visits.index(visit)] = replace(visit, refused=True)
                by_id[visit.session_id or ""].screen = _ScreenNote.REFUSED
    chart.visits = sorted(visits, key=lambda v: v.at)


def _observed_in(text: str, rng: random.Random) -> bool:
    """As the note says, when it says (the Spanish words are checked first: "no
    observado" holds "observado")."""
    for unobserved, observed in (("(no observado)", "(observado)"), ("(unobserved)", "(observed)")):
        if unobserved in text:
            return False
        if observed in text:
            return True
    return rng.random() < 0.6


def _write_screens(
    conn: Connection,
    rng: random.Random,
    chart: _ClientChart,
    notes: list[Note],
    today: date,
    tally: _Tally,
) -> list[UrineScreen]:
    profile, client = chart.profile, chart.client
    lang = profile.language
    history = client_repo.medication_history(conn, client.id)
    panel = _OPIOID_PANEL if profile.opioid else _ALCOHOL_PANEL
    texts = {n.session_id: " ".join(n.sections.values()) for n in notes}
    window = _slip_window(profile, today)
    screens: list[UrineScreen] = []
    for visit in chart.visits:
        text = texts.get(visit.session_id or "", "")
        if visit.refused:
            screen = UrineScreen(
                client_id=client.id,
                collected=visit.day,
                refused=True,
                id=_rng_id(rng),
                notes=_VISIT_NOTES[lang]["refused"],
                created_at=visit.at,
                updated_at=visit.at,
            )
        else:
            positive = set(prescribed_on(history, visit.day))
            if window is not None and visit.day == chart.slip_screen:
                positive.add(window[2])
            results = {
                s: ScreenResult.POSITIVE if s in positive else ScreenResult.NEGATIVE for s in panel
            }
            screen = UrineScreen(
                client_id=client.id,
                collected=visit.day,
                results=screen_results(results),
                observed=_observed_in(text, rng),
                id=_rng_id(rng),
                notes=None if visit.session_id else _VISIT_NOTES[lang]["walk_in"],
                created_at=visit.at,
                updated_at=visit.at,
            )
        screens.append(screening_repo.add_screen(conn, screen, visit.at))
        tally.urine_screens += 1
    return screens


def _weekday_after(day: date) -> date:
    day += timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def _missed_marks(
    rng: random.Random, client_charts: list[_ClientChart]
) -> dict[tuple[str, datetime], AttendanceStatus]:
    """A few missed weekly slots marked: one excused, a few no-shows (the rest were
    rescheduled before the day, so there is nothing to mark)."""
    missed = sorted(
        ((m, c.client.id) for c in client_charts for m in c.missed), key=lambda x: (x[0], x[1])
    )
    picked = rng.sample(missed, min(len(missed), _NO_SHOWS + 1))
    marks: dict[tuple[str, datetime], AttendanceStatus] = {}
    for index, (at, client_id) in enumerate(picked):
        status = AttendanceStatus.EXCUSED if index == 0 else AttendanceStatus.NO_SHOW
        marks[(client_id, at)] = status
    return marks


def _write_attendance(
    conn: Connection,
    rng: random.Random,
    chart: _ClientChart,
    marks: Mapping[tuple[str, datetime], AttendanceStatus],
    tally: _Tally,
) -> list[Attendance]:
    lang = chart.profile.language
    rows: list[tuple[datetime, Attendance]] = []
    for planned in chart.plans:
        if planned.filed:
            continue  # the group's signing recorded it
        session = planned.session
        end = session.start + timedelta(minutes=session.minutes)
        rows.append(
            (
                session.start,
                Attendance(
                    client_id=chart.client.id,
                    on=session.start.date(),
                    status=AttendanceStatus.ATTENDED,
                    session_id=session.id,
                    id=_rng_id(rng),
                    created_at=end,
                    updated_at=end,
                ),
            )
        )
    for at in chart.missed:
        status = marks.get((chart.client.id, at))
        if status is None:
            continue
        key = "excused" if status is AttendanceStatus.EXCUSED else "no_show"
        marked = at + timedelta(minutes=60)
        rows.append(
            (
                at,
                Attendance(
                    client_id=chart.client.id,
                    on=at.date(),
                    status=status,
                    id=_rng_id(rng),
                    notes=_VISIT_NOTES[lang][key],
                    created_at=marked,
                    updated_at=marked,
                ),
            )
        )
    written: list[Attendance] = []
    for _, entry in sorted(rows, key=lambda r: r[0]):
        assert entry.created_at is not None
        written.append(screening_repo.add_attendance(conn, entry, entry.created_at))
        tally.attendance += 1
    return written


def _write_cm(
    conn: Connection,
    rng: random.Random,
    chart: _ClientChart,
    spec: _CmSpec,
    events: list[UrineScreen | Attendance],
    today: date,
    tz: tzinfo | None,
    tally: _Tally,
) -> None:
    """The plan, and the draws made at each visit that earned them (one row a slip)."""
    client = chart.client
    starts = today - timedelta(days=spec.starts_days_ago)
    plan = CmPlan(
        kind=spec.kind,
        target_substances=spec.targets,
        prize=spec.prize,
        starts=starts,
        client_id=client.id,
        id=_rng_id(rng),
    )
    stamp = _local(starts, 9, 0, tz)
    screening_repo.set_plan(conn, client.id, plan, stamp, created_at=stamp, updated_at=stamp)
    tally.cm_plans += 1
    if spec.kind is not CmKind.PRIZE:
        return
    history = client_repo.medication_history(conn, client.id)
    ledger = track(plan, ledger_order(events), prescription(history))
    earning = [row for row in ledger.rows if row.draws > 0]
    if spec.undrawn_last:
        earning = earning[:-1]
    names = _PRIZE_NOTES[chart.profile.language]
    bowl = plan.prize.bowl
    for row in earning:
        event = row.event
        base = event.created_at if not isinstance(event, PrizeGiven) else None
        at = (base or _local(row.on, 12, 0, tz)) + timedelta(minutes=5)
        for index, size in enumerate(draw_session(bowl, row.draws, rng)):
            prize = PrizeGiven(
                on=row.on,
                size=size,
                value=bowl.value(size),
                client_id=client.id,
                id=_rng_id(rng),
                notes=rng.choice(names[size]) if size in names else None,
            )
            screening_repo.add_prize(conn, prize, at, created_at=at + timedelta(seconds=index))
            tally.prizes += 1


def _write_charts(
    conn: Connection,
    rng: random.Random,
    client_charts: list[_ClientChart],
    charts: _Charts,
    notes: Mapping[str, list[Note]],
    group_attendance: Mapping[str, list[Attendance]],
    today: date,
    tz: tzinfo | None,
    tally: _Tally,
) -> None:
    _write_planned_charts(conn, charts, tally)
    marks = _missed_marks(rng, client_charts)
    plans = {spec.client: spec for spec in _CM_PLANS}
    for chart in client_charts:
        screens = _write_screens(conn, rng, chart, notes[chart.client.id], today, tally)
        attendance = _write_attendance(conn, rng, chart, marks, tally)
        spec = plans.get(chart.client.display_name)
        if spec is not None:
            events: list[UrineScreen | Attendance] = [
                *screens,
                *attendance,
                *group_attendance.get(chart.client.id, []),
            ]
            _write_cm(conn, rng, chart, spec, events, today, tz, tally)


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


# -- treatment plans and the golden thread ---------------------------------------------------
#
# Every client has a plan in force over the demo window, in the client's language: written
# at admission, reviewed every one to three months (a version each time), some revised after
# a slip or a safety concern, three completed and followed by a new one. Two are due for
# review: one today, one a few days overdue. Each session of the window is linked to the
# objectives it worked on, and its note names the one it worked on most.

_RIVERA = "A. Rivera, LCADC (counselor)"
_RIVERA_ES = "A. Rivera, LCADC (consejero)"
_CASTILLO = "M. Castillo, CPRS (peer specialist)"
_CASTILLO_ES = "M. Castillo, CPRS (especialista de pares)"


@dataclass(frozen=True)
class _ObjectiveSpec:
    text: str
    target: int  # target date, in days from today (negative: in the past)
    interventions: tuple[tuple[str, str, str], ...]  # what is done, who, how often
    tags: frozenset[str]  # what kind of session works on it (see _SESSION_TAGS)
    status: ObjectiveStatus = ObjectiveStatus.OPEN
    changed: int | None = None  # days ago it became met, revised or dropped
    added: int | None = None  # days ago it was added (None: from the start)


@dataclass(frozen=True)
class _ProblemSpec:
    text: str
    goal: str  # an infinitive phrase, as the notes say "the goal to …"
    objectives: tuple[_ObjectiveSpec, ...]
    added: int | None = None


@dataclass(frozen=True)
class _PlanSpec:
    client: str
    problems: tuple[_ProblemSpec, ...]
    events: tuple[int, ...]  # days ago (the weekday on or before): activated, each review
    review_in: int  # the next review, days from today (0 or less: due)
    closed: int | None = None  # days ago it was completed


def _o(
    text: str,
    target: int,
    tags: str,
    *interventions: tuple[str, str, str],
    status: ObjectiveStatus = ObjectiveStatus.OPEN,
    changed: int | None = None,
    added: int | None = None,
) -> _ObjectiveSpec:
    return _ObjectiveSpec(
        text, target, tuple(interventions), frozenset(tags.split()), status, changed, added
    )


_MET = ObjectiveStatus.MET
_REVISED = ObjectiveStatus.REVISED
_CRAVINGS_EN = "Reduce cravings and use coping skills instead of using"
_CRAVINGS_ES = "Reducir el deseo de consumir y usar habilidades de afrontamiento"
_NETWORK_EN = "Build a recovery support network"
_NETWORK_ES = "Ampliar su red de apoyo para la recuperación"
_MEDS_EN = "Stay on medication as prescribed"
_ROUTINE_EN = "Find steady work and a daily routine"

_PLANS: tuple[_PlanSpec, ...] = (
    _PlanSpec(
        "Dana R.",
        (
            _ProblemSpec(
                "Opioid use disorder, severe: daily fentanyl use for three years before "
                "admission; strong cravings in the late afternoon and on paydays.",
                _CRAVINGS_EN,
                (
                    _o(
                        "Take buprenorphine every day as prescribed, missing no more than one "
                        "dose a month (her report and screens positive for buprenorphine).",
                        30,
                        "meds",
                        (
                            "Buprenorphine prescribing and dose review",
                            "Dr. M. Okafor (prescriber)",
                            "Monthly, and at any dose change",
                        ),
                        ("Check on doses, side effects and cravings", _RIVERA, "Weekly"),
                    ),
                    _o(
                        "Rate cravings at 3/10 or lower on at least three of four weekly ratings.",
                        28,
                        "craving",
                        (
                            "CBT for cravings: urge surfing, thought records, playing the tape "
                            "forward",
                            _RIVERA,
                            "Weekly individual session, 50 minutes",
                        ),
                        ("Craving rating (0-10)", _RIVERA, "Weekly"),
                    ),
                    _o(
                        "Write a triggers and coping plan with at least three triggers and a "
                        "plan for each.",
                        -50,
                        "craving relapse",
                        (
                            "Triggers and coping plan worksheet, written together",
                            _RIVERA,
                            "Two sessions, then reviewed monthly",
                        ),
                        status=_MET,
                        changed=56,
                    ),
                ),
            ),
            _ProblemSpec(
                "Few sober supports: most of her old friends still use; her partner is "
                "supportive but worried.",
                _NETWORK_EN,
                (
                    _o(
                        "Save the numbers of three people in recovery she can call when "
                        "cravings rise.",
                        -70,
                        "support",
                        ("Support network map (ecomap)", _RIVERA, "Once, then at each review"),
                        status=_MET,
                        changed=56,
                    ),
                    _o(
                        "Go to at least two NA meetings a week, shown on her meeting sheet, "
                        "for eight weeks in a row.",
                        21,
                        "support",
                        (
                            "Peer support: finding meetings, going together the first time",
                            _CASTILLO,
                            "Every two weeks",
                        ),
                        ("Review the meeting sheet", _RIVERA, "Weekly"),
                    ),
                    _o(
                        "Bring her partner to a family session every four weeks.",
                        28,
                        "family",
                        (
                            "Family session (CRAFT-informed communication)",
                            _RIVERA,
                            "Every four weeks, 60 minutes",
                        ),
                    ),
                ),
            ),
            _ProblemSpec(
                "Lost her job during active use; long, empty afternoons.",
                _ROUTINE_EN,
                (
                    _o(
                        "Apply for at least three jobs a week until hired.",
                        -35,
                        "life",
                        (
                            "Referral to the county job center; help with a resume",
                            "Lakeside case manager",
                            "Every two weeks until hired",
                        ),
                        status=_MET,
                        changed=42,
                    ),
                    _o(
                        "Keep the new job for 90 days, with clinic visits scheduled around "
                        "her shifts.",
                        60,
                        "life",
                        ("Problem-solving around work and appointments", _RIVERA, "As needed"),
                        added=56,
                    ),
                ),
            ),
        ),
        events=(144, 56),
        review_in=0,  # due today
    ),
    _PlanSpec(
        "Marcus T.",
        (
            _ProblemSpec(
                "Opioid use disorder, severe: daily heroin and fentanyl use before "
                "admission; on methadone.",
                _MEDS_EN,
                (
                    _o(
                        "Dose at the clinic with no more than two missed days a month, three "
                        "months in a row.",
                        -40,
                        "meds",
                        (
                            "Methadone dosing and dose review",
                            "Dr. L. Haskins (medical director)",
                            "Daily dosing; review monthly",
                        ),
                        status=_MET,
                        changed=30,
                    ),
                    _o(
                        "Give 12 weeks in a row of urine screens negative for fentanyl and "
                        "other illicit opioids, to earn more take-home doses.",
                        -30,
                        "craving meds",
                        (
                            "Urine screen; take-home review at the team meeting",
                            "Treatment team",
                            "Weekly",
                        ),
                        status=_MET,
                        changed=30,
                    ),
                ),
            ),
            _ProblemSpec(
                "On probation after a possession charge; must show that he takes part in "
                "treatment.",
                _CRAVINGS_EN,
                (
                    _o(
                        "Come to every scheduled session or call ahead, for 90 days.",
                        -23,
                        "craving support",
                        ("Individual counseling (MI and CBT)", _RIVERA, "Weekly, 50 minutes"),
                        (
                            "Attendance and screen results to probation (signed release)",
                            _RIVERA,
                            "Monthly",
                        ),
                        status=_MET,
                        changed=23,
                    ),
                ),
            ),
        ),
        events=(203, 113),
        review_in=-23,
        closed=23,
    ),
    _PlanSpec(
        "Marcus T.",
        (
            _ProblemSpec(
                "Opioid use disorder on methadone, with 90 days of negative screens; now has "
                "three take-home doses a week.",
                _MEDS_EN,
                (
                    _o(
                        "Keep take-home doses in the lockbox and return every bottle, counted "
                        "correct, for 12 weeks.",
                        60,
                        "meds",
                        ("Bottle count and lockbox check", "Clinic nurse", "At each pickup"),
                    ),
                    _o(
                        "Keep urine screens negative for target substances while in the "
                        "prize-draw program.",
                        60,
                        "craving",
                        (
                            "Contingency management: prize draws for negative screens",
                            _RIVERA,
                            "Weekly screen",
                        ),
                    ),
                ),
            ),
            _ProblemSpec(
                "Out of work since his release; empty days, and time with the old warehouse crew.",
                _ROUTINE_EN,
                (
                    _o(
                        "Finish a triggers and coping plan that covers time with the old "
                        "warehouse crew.",
                        14,
                        "craving relapse",
                        ("Triggers and coping plan worksheet", _RIVERA, "Next two sessions"),
                    ),
                    _o(
                        "Apply for at least five jobs and go to one job-readiness class.",
                        45,
                        "life",
                        (
                            "Referral to the county job center",
                            _RIVERA,
                            "Once, then follow-up weekly",
                        ),
                    ),
                ),
            ),
            _ProblemSpec(
                "Smokes about a pack a day; open to cutting down.",
                "Cut down on smoking, then quit",
                (
                    _o(
                        "Set a quit date with the medical director and start nicotine patches.",
                        30,
                        "meds",
                        ("Motivational interviewing about smoking", _RIVERA, "Monthly"),
                        (
                            "Nicotine replacement",
                            "Dr. L. Haskins (medical director)",
                            "A daily patch once started",
                        ),
                    ),
                ),
            ),
        ),
        events=(23,),
        review_in=67,
    ),
    _PlanSpec(
        "Lupe G.",
        (
            _ProblemSpec(
                "Trastorno por consumo de opioides, grave; en tratamiento con metadona desde "
                "hace más de un año.",
                _CRAVINGS_ES,
                (
                    _o(
                        "Mantener exámenes de orina negativos para fentanilo y otros opioides "
                        "no recetados durante 6 meses seguidos.",
                        -30,
                        "craving",
                        ("Examen de orina", "Equipo de tratamiento", "Cada semana"),
                        status=_REVISED,
                        changed=45,
                    ),
                    _o(
                        "Después del desliz: exámenes negativos para fentanilo durante 8 "
                        "semanas seguidas, y hablar en la sesión de cualquier deseo fuerte de "
                        "consumir.",
                        15,
                        "craving relapse",
                        (
                            "Manejo de contingencias: sorteo de premios por exámenes negativos",
                            _RIVERA_ES,
                            "Cada semana",
                        ),
                        (
                            "TCC: registro de pensamientos sobre el desliz",
                            _RIVERA_ES,
                            "Sesión individual semanal",
                        ),
                        added=45,
                    ),
                    _o(
                        "Escribir un plan para detonantes con al menos tres detonantes y qué "
                        "hacer ante cada uno.",
                        -25,
                        "relapse craving",
                        ("Hoja de detonantes y plan de afrontamiento", _RIVERA_ES, "Dos sesiones"),
                        status=_MET,
                        changed=30,
                        added=45,
                    ),
                ),
            ),
            _ProblemSpec(
                "Los años de consumo dañaron la relación con su hija; tiene miedo de "
                "decepcionarla otra vez.",
                "Reconstruir la confianza con su familia",
                (
                    _o(
                        "Tener una sesión familiar con su hija cada 4 semanas y practicar en "
                        "casa una conversación tranquila por semana.",
                        30,
                        "family",
                        (
                            "Sesión familiar basada en CRAFT",
                            _RIVERA_ES,
                            "Cada 4 semanas, 60 minutos",
                        ),
                    ),
                ),
            ),
            _ProblemSpec(
                "Pocas personas de apoyo fuera de la familia.",
                _NETWORK_ES,
                (
                    _o(
                        "Conseguir una madrina en NA en español.",
                        -200,
                        "support",
                        (
                            "Buscar reuniones en español y presentarse",
                            _RIVERA_ES,
                            "En cada sesión, hasta lograrlo",
                        ),
                        status=_MET,
                        changed=250,
                    ),
                    _o(
                        "Ir a NA en español al menos dos veces por semana durante 8 semanas "
                        "seguidas.",
                        40,
                        "support",
                        ("Revisar su hoja de asistencia a reuniones", _RIVERA_ES, "Cada semana"),
                        added=120,
                    ),
                ),
            ),
        ),
        events=(390, 300, 210, 120, 45),
        review_in=45,
    ),
    _PlanSpec(
        "Jordan K.",
        (
            _ProblemSpec(
                "Opioid use disorder: started with pills from friends at 15, then fentanyl.",
                _CRAVINGS_EN,
                (
                    _o(
                        "Use a skill from the coping list (urge surfing, a walk, texting a "
                        "support) before acting on a craving, at least four times a week, "
                        "tracked in a phone note.",
                        30,
                        "craving",
                        (
                            "CBT skills and SMART tools (urge log, cost-benefit analysis)",
                            _RIVERA,
                            "Weekly, 50 minutes",
                        ),
                    ),
                    _o(
                        "Go to the teen SMART Recovery meeting once a week.",
                        30,
                        "support",
                        ("Peer support", _CASTILLO, "Every two weeks"),
                    ),
                ),
            ),
            _ProblemSpec(
                "Trust with mother damaged; arguments about phone use and curfew.",
                "Rebuild trust with family",
                (
                    _o(
                        "Agree with mother on three house rules and a plan for what happens "
                        "after a slip.",
                        -40,
                        "family",
                        ("Family session (CRAFT-informed)", _RIVERA, "Every four weeks"),
                        status=_MET,
                        changed=53,
                    ),
                    _o(
                        "Keep the agreed curfew on at least six of seven nights, as both report.",
                        20,
                        "family",
                        (
                            "Review the week together at the start of each family session",
                            _RIVERA,
                            "Every four weeks",
                        ),
                        added=53,
                    ),
                ),
            ),
            _ProblemSpec(
                "Started buprenorphine at admission; mother keeps the films.",
                _MEDS_EN,
                (
                    _o(
                        "Take buprenorphine every day with mother seeing the dose, missing no "
                        "more than one dose a month.",
                        30,
                        "meds",
                        ("Prescribing and dose review", "K. Amari, NP (prescriber)", "Biweekly"),
                    ),
                ),
            ),
        ),
        events=(113, 83, 53, 23),
        review_in=7,
    ),
    _PlanSpec(
        "Sam W.",
        (
            _ProblemSpec(
                "Alcohol use disorder, moderate: drank most of a fifth a day for years; liver "
                "tests were high at intake.",
                _CRAVINGS_EN,
                (
                    _o(
                        "Stay alcohol-free, with weekly EtG screens negative.",
                        60,
                        "craving relapse",
                        (
                            "SMART Recovery tools in session (ABC worksheet, urge log)",
                            _RIVERA,
                            "Weekly, 50 minutes",
                        ),
                        ("EtG urine screen", "Treatment team", "Weekly"),
                    ),
                ),
            ),
            _ProblemSpec(
                "On extended-release naltrexone; a missed dose leaves him unprotected.",
                _MEDS_EN,
                (
                    _o(
                        "Get the naltrexone injection every four weeks, no more than three "
                        "days late.",
                        60,
                        "meds",
                        (
                            "Extended-release naltrexone injection",
                            "Dr. S. Brandt (prescriber)",
                            "Every 4 weeks",
                        ),
                    ),
                ),
            ),
            _ProblemSpec(
                "Lives alone since his divorce; long evenings with nothing planned.",
                _NETWORK_EN,
                (
                    _o(
                        "Go to SMART Recovery once a week for 12 weeks.",
                        -120,
                        "support",
                        ("Help finding a SMART Recovery meeting", _RIVERA, "Once"),
                        status=_MET,
                        changed=142,
                    ),
                    _o(
                        "Plan one sober activity with another person each weekend.",
                        40,
                        "support",
                        ("Activity planning in session", _RIVERA, "Weekly"),
                        added=142,
                    ),
                    _o(
                        "Call his brother at least once a week.",
                        40,
                        "support family",
                        ("Role-play the first call", _RIVERA, "Once, then check in weekly"),
                        added=52,
                    ),
                ),
            ),
        ),
        events=(412, 322, 232, 142, 52),
        review_in=38,
    ),
    _PlanSpec(
        "Rosa M.",
        (
            _ProblemSpec(
                "Trastorno por consumo de alcohol, moderado: tomaba cerveza casi todas las "
                "noches; el médico encontró daño en el hígado.",
                _CRAVINGS_ES,
                (
                    _o(
                        "Mantener exámenes EtG negativos cada semana para ganar vales.",
                        40,
                        "craving",
                        ("Manejo de contingencias con vales", _RIVERA_ES, "Cada semana"),
                    ),
                    _o(
                        "Tener un plan escrito para los viernes y usarlo cada viernes durante 8 "
                        "semanas.",
                        40,
                        "relapse craving",
                        (
                            "Entrevista motivacional y regla de disposición",
                            _RIVERA_ES,
                            "Cada 2 a 4 semanas",
                        ),
                        added=19,
                    ),
                ),
            ),
            _ProblemSpec(
                "A veces olvida tomar la naltrexona.",
                "Tomar el medicamento según lo indicado",
                (
                    _o(
                        "Tomar la naltrexona cada mañana con su pareja presente, con no más de "
                        "dos olvidos al mes.",
                        30,
                        "meds",
                        ("Receta y seguimiento de la naltrexona", "Dr. S. Brandt", "Cada mes"),
                    ),
                ),
            ),
            _ProblemSpec(
                "Casi todas sus amistades toman.",
                _NETWORK_ES,
                (
                    _o(
                        "Ir a AA en español dos veces por semana (lunes y jueves).",
                        30,
                        "support",
                        ("Grupo semanal en español", _RIVERA_ES, "Cada semana, 90 minutos"),
                    ),
                ),
            ),
        ),
        events=(99, 19),
        review_in=41,
    ),
    _PlanSpec(
        "Keisha B.",
        (
            _ProblemSpec(
                "Opioid use disorder, severe; on monthly buprenorphine injections.",
                _CRAVINGS_EN,
                (
                    _o(
                        "Get the buprenorphine injection every month on schedule.",
                        20,
                        "meds",
                        (
                            "Extended-release buprenorphine injection",
                            "Dr. M. Okafor (prescriber)",
                            "Every month",
                        ),
                    ),
                    _o(
                        "Go to at least one NA meeting a week.",
                        20,
                        "support",
                        (
                            "Peer support; going to a meeting together",
                            _CASTILLO,
                            "Every two weeks",
                        ),
                    ),
                ),
            ),
            _ProblemSpec(
                "Generalized anxiety: worry, poor sleep and tension; anxiety sets off most of "
                "her cravings.",
                "Lower anxiety and sleep better without using",
                (
                    _o(
                        "Write a thought record at least once a week on an anxious moment.",
                        14,
                        "mood craving",
                        (
                            "CBT for anxiety: thought records and slow breathing",
                            _RIVERA,
                            "Weekly, 50 minutes",
                        ),
                    ),
                    _o(
                        "Bring her GAD-7 score below 10.",
                        0,
                        "mood",
                        ("GAD-7", _RIVERA, "Every 2 to 4 weeks"),
                        (
                            "Ask the prescriber about treatment for anxiety",
                            "Dr. M. Okafor (prescriber)",
                            "Once, then as scheduled",
                        ),
                    ),
                ),
            ),
            _ProblemSpec(
                "No home of her own; staying on a friend's couch.",
                "Find stable housing",
                (
                    _o(
                        "Apply to at least two housing programs with the case manager.",
                        -30,
                        "life",
                        ("Housing applications", "J. Byrne (case manager)", "Weekly"),
                        status=_MET,
                        changed=40,
                    ),
                    _o(
                        "Move into stable housing.",
                        60,
                        "life",
                        ("Housing search", "J. Byrne (case manager)", "Weekly"),
                    ),
                ),
            ),
        ),
        events=(123, 93),
        review_in=-3,  # a few days overdue
    ),
    _PlanSpec(
        "Tom H.",
        (
            _ProblemSpec(
                "Opioid use disorder on methadone maintenance; wants to lower the dose slowly.",
                _MEDS_EN,
                (
                    _o(
                        "Lower the methadone dose by 10 mg with the medical director, without "
                        "withdrawal that gets in the way of daily life.",
                        -60,
                        "meds",
                        (
                            "Slow dose reduction",
                            "Dr. L. Haskins (medical director)",
                            "Review every two weeks",
                        ),
                        status=_MET,
                        changed=70,
                    ),
                ),
            ),
            _ProblemSpec(
                "Moving to live near his daughter in another county.",
                _NETWORK_EN,
                (
                    _o(
                        "Arrange a transfer to an opioid treatment program near his new home, "
                        "with records sent under a signed release.",
                        -35,
                        "support",
                        ("Transfer of care planning", _RIVERA, "Weekly until the move"),
                        status=_MET,
                        changed=50,
                    ),
                    _o(
                        "Find an NA meeting near his new home before the move.",
                        -35,
                        "support",
                        ("Look up meetings together", _RIVERA, "Once"),
                        status=_MET,
                        changed=40,
                    ),
                ),
            ),
            _ProblemSpec(
                "Retired; wants a reason to get up in the morning.",
                _ROUTINE_EN,
                (
                    _o(
                        "Volunteer at least one morning a week.",
                        -100,
                        "life",
                        ("Explore volunteer options", _RIVERA, "In session, as needed"),
                        status=_MET,
                        changed=160,
                    ),
                ),
            ),
        ),
        events=(490, 400, 310, 220, 130),
        review_in=-30,
        closed=35,  # discharged: care transferred
    ),
    _PlanSpec(
        "Ana P.",
        (
            _ProblemSpec(
                "Trastorno por consumo de opioides, grave; en tratamiento con buprenorfina.",
                _CRAVINGS_ES,
                (
                    _o(
                        "Exámenes de orina negativos para fentanilo y otros opioides no "
                        "recetados cada semana durante 12 semanas.",
                        45,
                        "craving meds",
                        (
                            "Receta de buprenorfina y revisión de la dosis",
                            "K. Amari, NP (prescriptora)",
                            "Cada mes",
                        ),
                        ("Sesión individual: afrontar el deseo de consumir", _RIVERA_ES, "Semanal"),
                    ),
                ),
            ),
            _ProblemSpec(
                "Depresión (episodio único, moderado): tristeza, se aísla y duerme de día.",
                "Sentirse mejor y saber qué hacer en una crisis",
                (
                    _o(
                        "Escribir un plan de seguridad y guardar el 988 en su teléfono.",
                        -80,
                        "safety mood",
                        (
                            "Plan de seguridad, escrito juntas",
                            _RIVERA_ES,
                            "Una vez; luego revisarlo cada mes",
                        ),
                        status=_MET,
                        changed=88,
                    ),
                    _o(
                        "Bajar el PHQ-9 a menos de 10.",
                        45,
                        "mood",
                        ("PHQ-9", _RIVERA_ES, "Cada 2 a 4 semanas"),
                        (
                            "Evaluación y tratamiento de la depresión",
                            "K. Amari, NP (prescriptora)",
                            "Cada mes",
                        ),
                    ),
                    _o(
                        "Revisar el plan de seguridad en cada sesión durante 8 semanas y llamar "
                        "a alguien de su lista cuando aparezca una señal de alerta.",
                        12,
                        "safety mood",
                        (
                            "Revisión del plan de seguridad; llamada de seguimiento",
                            _RIVERA_ES,
                            "En cada sesión",
                        ),
                        added=44,
                    ),
                ),
            ),
            _ProblemSpec(
                "Quiere volver a estudiar enfermería; no tiene una rutina diaria.",
                "Encontrar trabajo estable y una rutina diaria",
                (
                    _o(
                        "Pedir información de inscripción en el colegio comunitario y armar un "
                        "horario semanal.",
                        30,
                        "life",
                        ("Plan de pasos pequeños en la sesión", _RIVERA_ES, "Cada 2 semanas"),
                        ("Acompañarla a pedir información", _CASTILLO_ES, "Una vez"),
                    ),
                ),
            ),
        ),
        events=(190, 100, 44),
        review_in=46,
    ),
    _PlanSpec(
        "Eli N.",
        (
            _ProblemSpec(
                "Opioid use disorder in early remission after withdrawal; on monthly "
                "naltrexone. His tolerance is low, so using again carries a high overdose "
                "risk.",
                _CRAVINGS_EN,
                (
                    _o(
                        "Get the naltrexone injection every four weeks.",
                        30,
                        "meds",
                        ("Extended-release naltrexone", "Dr. S. Brandt (prescriber)", "Monthly"),
                    ),
                    _o(
                        "Carry naloxone and show his parents where it is kept.",
                        -60,
                        "meds safety",
                        ("Overdose response teaching", _RIVERA, "Once"),
                        status=_MET,
                        changed=80,
                    ),
                    _o(
                        "Use urge surfing or leave the situation when cravings rise, and talk "
                        "about it in session.",
                        30,
                        "craving",
                        ("CBT and SMART Recovery tools", _RIVERA, "Weekly, 50 minutes"),
                    ),
                ),
            ),
            _ProblemSpec(
                "Most of his friends still use; he spends hours online with them.",
                _NETWORK_EN,
                (
                    _o(
                        "Go to SMART Recovery each week and add one sober activity a week.",
                        30,
                        "support",
                        ("Help finding meetings and activities", _RIVERA, "Weekly"),
                    ),
                ),
            ),
            _ProblemSpec(
                "Out of work; sleeps late and has no routine.",
                _ROUTINE_EN,
                (
                    _o(
                        "Work or volunteer at least 20 hours a week.",
                        30,
                        "life",
                        ("Referral to the county job center", _RIVERA, "Once, then follow up"),
                    ),
                ),
            ),
        ),
        events=(88,),
        review_in=2,
    ),
    _PlanSpec(
        "Priya S.",
        (
            _ProblemSpec(
                "Opioid use disorder, severe; on buprenorphine.",
                _CRAVINGS_EN,
                (
                    _o(
                        "Urine screens negative for fentanyl and other illicit opioids every week.",
                        27,
                        "craving meds",
                        (
                            "Buprenorphine prescribing and dose review",
                            "Dr. M. Okafor (prescriber)",
                            "Monthly",
                        ),
                        ("Individual counseling (CBT)", _RIVERA, "Weekly, 50 minutes"),
                    ),
                ),
            ),
            _ProblemSpec(
                "Working double shifts at a warehouse; exhausted, sleeping little.",
                _ROUTINE_EN,
                (
                    _o(
                        "Keep work to 45 hours a week or less.",
                        27,
                        "life",
                        ("Problem-solving around work hours", _RIVERA, "In session, as needed"),
                    ),
                    _o(
                        "Sleep at least seven hours on five nights a week.",
                        27,
                        "relapse mood",
                        ("Sleep routine plan", _RIVERA, "Reviewed weekly"),
                        added=33,
                    ),
                ),
            ),
            _ProblemSpec(
                "Stimulant use disorder (methamphetamine), mild: used methamphetamine to stay "
                "awake for extra shifts.",
                "Stay free of methamphetamine and other stimulants",
                (
                    _o(
                        "Name the warning signs before the slip and add them to a relapse "
                        "prevention plan.",
                        7,
                        "relapse",
                        ("Relapse prevention plan worksheet", _RIVERA, "Next two sessions"),
                    ),
                    _o(
                        "Urine screens negative for amphetamines every week for eight weeks.",
                        27,
                        "craving",
                        ("Urine screen", "Treatment team", "Weekly"),
                    ),
                ),
                added=33,
            ),
        ),
        events=(232, 142, 33),
        review_in=27,
    ),
    _PlanSpec(
        "Ray D.",
        (
            _ProblemSpec(
                "Opioid use disorder in sustained remission on methadone maintenance.",
                _MEDS_EN,
                (
                    _o(
                        "Keep biweekly take-home doses, returning every bottle counted correct.",
                        -80,
                        "meds",
                        ("Take-home review and bottle count", "Clinic nurse", "Every two weeks"),
                        status=_MET,
                        changed=75,
                    ),
                ),
            ),
            _ProblemSpec(
                "Chronic back pain; wants to stay away from opioid pain pills.",
                "Manage back pain without risky medicines",
                (
                    _o(
                        "Start physical therapy and tell every new doctor that he takes methadone.",
                        -200,
                        "life",
                        (
                            "Referral to physical therapy",
                            "Dr. L. Haskins (medical director)",
                            "Once",
                        ),
                        status=_MET,
                        changed=200,
                    ),
                ),
            ),
        ),
        events=(445, 355, 265, 165),
        review_in=-75,
        closed=75,
    ),
    _PlanSpec(
        "Ray D.",
        (
            _ProblemSpec(
                "Opioid use disorder in sustained remission on methadone maintenance (more "
                "than five years).",
                _MEDS_EN,
                (
                    _o(
                        "Keep take-home doses in the lockbox and return all bottles.",
                        90,
                        "meds",
                        ("Take-home review and bottle count", "Clinic nurse", "Every two weeks"),
                    ),
                ),
            ),
            _ProblemSpec(
                "Meetings have become routine; he wants to give back.",
                _NETWORK_EN,
                (
                    _o(
                        "Learn about peer recovery specialist training and decide whether to "
                        "apply.",
                        60,
                        "support",
                        ("Motivational interviewing about next steps", _RIVERA, "Monthly"),
                        ("Talk with a peer specialist about the training", _CASTILLO, "Once"),
                    ),
                    _o(
                        "Go to his NA home group each week and sponsor one newer member.",
                        60,
                        "support",
                        ("Check in about meetings and sponsorship", _RIVERA, "Monthly"),
                    ),
                ),
            ),
            _ProblemSpec(
                "His wife worries when he is tired or low.",
                "Rebuild trust with family",
                (
                    _o(
                        "Talk with his wife once a week about how recovery is going, and invite "
                        "her to one family session.",
                        45,
                        "family",
                        ("Plan the conversation in session", _RIVERA, "Monthly"),
                    ),
                ),
            ),
        ),
        events=(75,),
        review_in=15,
    ),
)

_SECOND_OBJECTIVE = 0.3  # the share of sessions that worked on a second objective
# What each kind of session works on first (any open objective if none fits).
_SESSION_TAGS: dict[SessionKind, frozenset[str]] = {
    SessionKind.INDIVIDUAL: frozenset(),
    SessionKind.GROUP: frozenset({"craving", "relapse", "support"}),
    SessionKind.FAMILY: frozenset({"family"}),
    SessionKind.PEER_SUPPORT: frozenset({"support", "life"}),
    SessionKind.PHONE: frozenset({"meds", "craving"}),
}


@dataclass
class _PlanBuild:
    """A plan decided before the notes: its items' ids, versions and sessions."""

    spec: _PlanSpec
    chart: _ClientChart
    ids: list[tuple[str, str, list[tuple[str, list[str]]]]]  # problem, goal, objectives
    plan: TreatmentPlan | None = None
    versions: list[PlanVersion] = field(default_factory=list)
    links: list[ObjectiveLink] = field(default_factory=list)


def _plan_ids(
    rng: random.Random, spec: _PlanSpec
) -> list[tuple[str, str, list[tuple[str, list[str]]]]]:
    return [
        (
            _rng_id(rng),
            _rng_id(rng),
            [(_rng_id(rng), [_rng_id(rng) for _ in o.interventions]) for o in p.objectives],
        )
        for p in spec.problems
    ]


@functools.cache
def _ago(today: date, days_ago: int) -> int:
    """Days before today of the weekday on or before ``days_ago`` (as plan events fall)."""
    return (today - _weekday_on_or_before(today - timedelta(days=days_ago))).days


def _tree(build: _PlanBuild, today: date, ago: int) -> tuple[Problem, ...]:
    """The plan's items as they stood ``ago`` days before today."""
    problems: list[Problem] = []
    for problem, (problem_id, goal_id, objective_ids) in zip(
        build.spec.problems, build.ids, strict=True
    ):
        if problem.added is not None and _ago(today, problem.added) < ago:
            continue
        objectives: list[Objective] = []
        for objective, (objective_id, intervention_ids) in zip(
            problem.objectives, objective_ids, strict=True
        ):
            if objective.added is not None and _ago(today, objective.added) < ago:
                continue
            changed = objective.changed is None or _ago(today, objective.changed) >= ago
            interventions = tuple(
                Intervention(text=what, who=who, frequency=often, id=intervention_id)
                for (what, who, often), intervention_id in zip(
                    objective.interventions, intervention_ids, strict=True
                )
            )
            objectives.append(
                Objective(
                    text=objective.text,
                    target_date=today + timedelta(days=objective.target),
                    status=objective.status if changed else ObjectiveStatus.OPEN,
                    interventions=interventions,
                    id=objective_id,
                )
            )
        goal = Goal(text=problem.goal, objectives=tuple(objectives), id=goal_id)
        problems.append(Problem(text=problem.text, goals=(goal,), id=problem_id))
    return tuple(problems)


@dataclass(frozen=True)
class _Open:
    """An objective being worked on, on a given day, and its place in the plan that day."""

    problem: _ProblemSpec
    objective: _ObjectiveSpec
    id: str
    label: str  # "2.1.3", as the Treatment plan tab numbers it


def _open_objectives(build: _PlanBuild, today: date, ago: int) -> list[_Open]:
    """The objectives in the plan and still being worked on ``ago`` days before today."""
    found: list[_Open] = []
    shown = 0
    for problem, (_p, _g, objective_ids) in zip(build.spec.problems, build.ids, strict=True):
        if problem.added is not None and _ago(today, problem.added) < ago:
            continue
        shown += 1
        place = 0
        for objective, (objective_id, _i) in zip(problem.objectives, objective_ids, strict=True):
            if objective.added is not None and _ago(today, objective.added) < ago:
                continue
            place += 1
            if objective.changed is not None and _ago(today, objective.changed) > ago:
                continue
            found.append(_Open(problem, objective, objective_id, f"{shown}.1.{place}"))
    return found


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _plan_versions(
    build: _PlanBuild, plan_id: str, today: date, tz: tzinfo | None
) -> tuple[date, date]:
    """The versions (activation, reviews, closing) and the plan as it stands; returns the
    days it was in force, from its activation up to its closing (or today)."""
    spec, client_id = build.spec, build.chart.client.id
    days = [_weekday_on_or_before(today - timedelta(days=n)) for n in spec.events]
    reviews = [*days[1:], today + timedelta(days=spec.review_in)]
    for number, (day, review) in enumerate(zip(days, reviews, strict=True), start=1):
        problems = _tree(build, today, (today - day).days)
        faults = activation_faults(TreatmentPlan(client_id, problems))
        if faults or review <= day:  # what Plans.activate and Plans.review refuse
            problem = faults[0] if faults else "the next review is not after the review"
            raise ValidationError(f"Demo plan of {spec.client}, version {number}: {problem}.")
        saved = _local(day, 15, 45, tz)
        build.versions.append(
            PlanVersion(plan_id, number, problems, PlanStatus.ACTIVE, review, saved)
        )
    status, ends = PlanStatus.ACTIVE, today
    if spec.closed is not None:
        status, ends = (
            PlanStatus.COMPLETED,
            _weekday_on_or_before(today - timedelta(days=spec.closed)),
        )
        problems = _tree(build, today, (today - ends).days)
        saved = _local(ends, 15, 50, tz)
        number = len(build.versions) + 1
        build.versions.append(PlanVersion(plan_id, number, problems, status, reviews[-1], saved))
    # Edited between reviews: objectives met or added since the last version.
    last, until = (today - days[-1]).days, (today - ends).days
    edits = [
        _ago(today, n)
        for problem in spec.problems
        for n in (
            problem.added,
            *(o.added for o in problem.objectives),
            *(o.changed for o in problem.objectives),
        )
        if n is not None and until <= _ago(today, n) < last
    ]
    stamps = [v.saved_at for v in build.versions]
    stamps += [_local(today - timedelta(days=n), 15, 50, tz) for n in edits]
    build.plan = TreatmentPlan(
        client_id,
        _tree(build, today, until),
        id=plan_id,
        status=status,
        review_date=reviews[-1],
        created_at=_local(_weekday_on_or_before(days[0] - timedelta(days=1)), 15, 30, tz),
        updated_at=max(stamps),
    )
    return days[0], ends


def _plan_links(
    rng: random.Random, build: _PlanBuild, starts: date, ends: date, today: date
) -> None:
    """Each session in the plan's time (but a phone check-in) names the objectives it worked
    on, the least worked on of those that fit the session first; its note names the main
    one and its goal."""
    assert build.plan is not None
    client_id, plan_id = build.chart.client.id, build.plan.id
    counts: dict[str, int] = {}
    for planned in build.chart.plans:
        session = planned.session
        day = session.start.date()
        if not starts <= day < ends or session.kind is SessionKind.PHONE:
            continue  # a short call between sessions names no objective
        ago = (today - day).days
        choices = _open_objectives(build, today, ago)
        if not choices:
            continue
        want = _SESSION_TAGS[session.kind]
        if planned.slip:
            want = frozenset({"relapse", "craving"})
        if planned.concern:
            want = frozenset({"safety", "mood"})
        fitting = [c for c in choices if c.objective.tags & want] or choices
        order = {c.id: rng.random() for c in choices}

        def rank(choice: _Open, order: dict[str, float] = order) -> tuple[int, float]:
            return counts.get(choice.id, 0), order[choice.id]

        chosen = [min(fitting, key=rank)]
        main = chosen[0]
        others = [c for c in choices if c is not main]
        if others and rng.random() < _SECOND_OBJECTIVE:
            chosen.append(min(others, key=rank))
        linked_at = session.start + timedelta(minutes=session.minutes + 2)
        for choice in chosen:
            counts[choice.id] = counts.get(choice.id, 0) + 1
            build.links.append(ObjectiveLink(session.id, plan_id, choice.id, client_id, linked_at))
        planned.overrides["objective"] = main.label
        planned.overrides["goal"] = _lower_first(main.problem.goal)


def _plan_treatment(
    rng: random.Random, client_charts: list[_ClientChart], today: date, tz: tzinfo | None
) -> list[_PlanBuild]:
    """The plans with their versions, the objectives each session worked on, and the words
    of each note that names one (so the note and the golden thread agree). The rules of
    services.plans hold: a version is complete and sets a review after its day; a session
    names objectives of the plan in force that day, and one client has one plan in force."""
    by_name = {chart.client.display_name: chart for chart in client_charts}
    builds: list[_PlanBuild] = []
    for spec in _PLANS:
        chart = by_name.get(spec.client)
        if chart is None:
            continue
        plan_id = _rng_id(rng)
        build = _PlanBuild(spec, chart, _plan_ids(rng, spec))
        starts, ends = _plan_versions(build, plan_id, today, tz)
        _plan_links(rng, build, starts, ends, today)
        builds.append(build)
    return builds


def _write_plans(conn: Connection, builds: list[_PlanBuild], tally: _Tally) -> None:
    """The plans and their versions (each indexed for search by the repository)."""
    for build in builds:
        plan = build.plan
        assert plan is not None and plan.created_at is not None
        plan_repo.add_plan(conn, plan, plan.created_at)
        for version in build.versions:
            plan_repo.add_version(conn, version)
        tally.treatment_plans += 1
        tally.plan_versions += len(build.versions)


def _write_links(conn: Connection, builds: list[_PlanBuild], tally: _Tally) -> None:
    """The golden thread, once the sessions are written."""
    for build in builds:
        for link in build.links:
            assert link.created_at is not None
            plan_repo.add_link(conn, link, link.created_at)
        tally.objective_links += len(build.links)


# -- support networks (ecomaps) --------------------------------------------------------------


@dataclass(frozen=True)
class _MemberSpec:
    name: str
    kind: MemberKind
    strength: Strength
    role: str | None = None
    contact: str | None = None
    frequency: str | None = None
    day: Weekday | None = None
    time: str | None = None
    notes: str | None = None


_FAMILY, _FRIEND, _SPONSOR = MemberKind.FAMILY, MemberKind.FRIEND, MemberKind.SPONSOR
_PEER, _NA, _AA, _SMART = (
    MemberKind.PEER_SPECIALIST,
    MemberKind.NA_MEETING,
    MemberKind.AA_MEETING,
    MemberKind.SMART_MEETING,
)
_FAITH, _EMPLOYER, _PRESCRIBER, _OTHER = (
    MemberKind.FAITH_GROUP,
    MemberKind.EMPLOYER,
    MemberKind.PRESCRIBER,
    MemberKind.OTHER,
)
_STRONG, _TENUOUS, _STRESSFUL = Strength.STRONG, Strength.TENUOUS, Strength.STRESSFUL
_CLINIC_PHONE = "Lakeside Recovery Center, 555-0100"
_CLINICA = "Clínica Lakeside, 555-0100"
_CASTILLO_MEMBER = _MemberSpec(
    "M. Castillo, CPRS",
    _PEER,
    _STRONG,
    "peer specialist, Lakeside",
    "555-0120",
    "every two weeks, and a text midweek",
)

# Client -> (days ago the map was drawn with the client, the people and groups in it).
_NETWORKS: dict[str, tuple[int, tuple[_MemberSpec, ...]]] = {
    "Dana R.": (
        56,
        (
            _MemberSpec(
                "Chris R.",
                _FAMILY,
                _STRONG,
                "partner",
                "555-0143",
                "daily; they live together",
                notes="Keeps her debit card on Friday nights; comes to family sessions.",
            ),
            _MemberSpec(
                "Nicole R.",
                _FAMILY,
                _TENUOUS,
                "sister",
                "555-0144",
                "a text every week or two",
                notes="Dana wants to see her nieces again; they have started talking again.",
            ),
            _MemberSpec(
                "Jay",
                _FRIEND,
                _STRESSFUL,
                "old friend, still using",
                frequency="number blocked",
                notes="Texts when he has something to sell; on her triggers and coping plan.",
            ),
            _CASTILLO_MEMBER,
            _MemberSpec(
                "Friday Night Hope Group (NA)",
                _NA,
                _STRONG,
                "home group",
                "Grace Community Hall, 410 Elm St. (fictional)",
                "weekly",
                Weekday.FRIDAY,
                "19:00",
                "Goes on paydays, after paying rent.",
            ),
            _MemberSpec(
                "Tuesday Noon Recovery (NA)",
                _NA,
                _TENUOUS,
                "second meeting",
                "Public library, meeting room B",
                "when she is off work",
                Weekday.TUESDAY,
                "12:00",
            ),
            _MemberSpec(
                "Greenleaf Grocery (fictional)",
                _EMPLOYER,
                _TENUOUS,
                "stock clerk, day shift",
                "store manager, 555-0145",
                "five shifts a week",
                notes="New job. Has not told her manager about treatment; books visits "
                "around her shifts.",
            ),
            _MemberSpec(
                "Dr. M. Okafor",
                _PRESCRIBER,
                _STRONG,
                "buprenorphine prescriber",
                _CLINIC_PHONE,
                "monthly visit",
            ),
        ),
    ),
    "Marcus T.": (
        70,
        (
            _MemberSpec(
                "Denise Tolliver",
                _FAMILY,
                _STRONG,
                "sister",
                "555-0118",
                "calls most Sundays; dinner once a month",
                notes="Keeps a naloxone kit at her house.",
            ),
            _MemberSpec(
                "Walt",
                _SPONSOR,
                _STRONG,
                "NA sponsor",
                "555-0121",
                "calls three times a week",
                notes="Twelve years clean; works the steps with Marcus on Saturdays.",
            ),
            _MemberSpec(
                "Old warehouse crew",
                _FRIEND,
                _STRESSFUL,
                "former coworkers, still using",
                frequency="runs into them near the bus stop",
                notes="His main trigger; on his triggers and coping plan.",
            ),
            _MemberSpec(
                "Officer K. Lindqvist",
                _OTHER,
                _TENUOUS,
                "probation officer, Millbrook County",
                "555-0122",
                "monthly check-in",
                notes="The signed release covers attendance and screen results only.",
            ),
            _MemberSpec(
                "Thursday Night Basic Text (NA)",
                _NA,
                _STRONG,
                "home group",
                "St. Mark's church basement (fictional)",
                "weekly",
                Weekday.THURSDAY,
                "19:30",
            ),
            _MemberSpec(
                "Dr. L. Haskins",
                _PRESCRIBER,
                _STRONG,
                "medical director, methadone",
                _CLINIC_PHONE,
                "dose review monthly",
            ),
        ),
    ),
    "Lupe G.": (
        40,
        (
            _MemberSpec(
                "Marisol Galindo",
                _FAMILY,
                _STRONG,
                "hija",
                "555-0162",
                "todos los días; viven juntas",
                notes="Viene a las sesiones familiares. Lupe prefiere contarle ella misma cómo "
                "va su tratamiento.",
            ),
            _MemberSpec(
                "Carmen",
                _SPONSOR,
                _STRONG,
                "madrina de NA",
                "555-0166",
                "una llamada casi todos los días",
            ),
            _MemberSpec(
                "Ramiro",
                _OTHER,
                _STRESSFUL,
                "expareja; todavía consume",
                frequency="la busca a veces los días de pago",
                notes="Decidió no contestar sus llamadas por ahora.",
            ),
            _MemberSpec(
                "Grupo Nueva Vida (NA en español)",
                _NA,
                _STRONG,
                "grupo base",
                "Centro comunitario Las Palmas (ficticio)",
                "martes y viernes",
                Weekday.TUESDAY,
                "19:00",
            ),
            _MemberSpec(
                "Parroquia San Judas, grupo de oración",
                _FAITH,
                _STRONG,
                "grupo de oración",
                frequency="los miércoles en la noche, y misa los domingos",
            ),
            _MemberSpec(
                "Dr. L. Haskins",
                _PRESCRIBER,
                _STRONG,
                "director médico (metadona)",
                _CLINICA,
                "revisión de la dosis cada mes",
            ),
        ),
    ),
    "Jordan K.": (
        100,
        (
            _MemberSpec(
                "Teresa Kessler",
                _FAMILY,
                _STRONG,
                "mother, guardian",
                "555-0128",
                "daily; they live together",
                notes="Keeps the buprenorphine films and sees the daily dose; comes to family "
                "sessions.",
            ),
            _MemberSpec(
                "Mike Kessler",
                _FAMILY,
                _STRESSFUL,
                "father, lives in another state",
                "555-0129",
                "a call every few weeks",
                notes="Calls often end in arguments about Jordan's use.",
            ),
            _MemberSpec(
                "Ms. Alvarez",
                _OTHER,
                _STRONG,
                "school counselor, Westbrook High (fictional)",
                "555-0123",
                "weekly check-in at school",
                notes="Helping with a plan to catch up in two classes.",
            ),
            _MemberSpec(
                "Friends from the skate park",
                _FRIEND,
                _STRESSFUL,
                "some still use pills",
                frequency="most weekends, before treatment",
                notes="Sees them less now; still texts one of them.",
            ),
            _MemberSpec(
                "Teen SMART Recovery",
                _SMART,
                _TENUOUS,
                "teen meeting",
                "Youth center, 22 Birch Ave. (fictional)",
                "weekly",
                Weekday.WEDNESDAY,
                "16:30",
            ),
            _CASTILLO_MEMBER,
            _MemberSpec(
                "K. Amari, NP",
                _PRESCRIBER,
                _STRONG,
                "buprenorphine prescriber",
                _CLINIC_PHONE,
                "every two weeks",
            ),
        ),
    ),
    "Rosa M.": (
        84,
        (
            _MemberSpec(
                "Héctor Montaño",
                _FAMILY,
                _STRESSFUL,
                "pareja",
                "555-0172",
                "viven juntos",
                notes="Ve la dosis de naltrexona casi todos los días; las discusiones por el "
                "alcohol siguen, aunque menos.",
            ),
            _MemberSpec(
                "Daniel y Sofía",
                _FAMILY,
                _STRONG,
                "hijos (9 y 12 años)",
                frequency="todos los días",
                notes="Son su razón principal para dejar de tomar.",
            ),
            _MemberSpec(
                "Compañeras del trabajo",
                _FRIEND,
                _STRESSFUL,
                "salen a tomar los viernes",
                frequency="cada viernes después del turno",
                notes="Su momento de más riesgo; tiene un plan para los viernes.",
            ),
            _MemberSpec(
                "Grupo Serenidad (AA en español)",
                _AA,
                _TENUOUS,
                "grupo nuevo para ella",
                "Iglesia Bautista Getsemaní, salón 3 (ficticio)",
                "lunes y jueves",
                Weekday.MONDAY,
                "19:30",
            ),
            _MemberSpec(
                "Lavandería Sol (ficticia)",
                _EMPLOYER,
                _TENUOUS,
                "turno de la mañana",
                frequency="cinco días por semana",
                notes="No saben de su tratamiento; pide sus citas temprano.",
            ),
            _MemberSpec(
                "Dr. S. Brandt",
                _PRESCRIBER,
                _STRONG,
                "receta la naltrexona",
                _CLINICA,
                "cada mes",
            ),
        ),
    ),
    "Keisha B.": (
        90,
        (
            _MemberSpec(
                "Alicia Grant",
                _FRIEND,
                _STRONG,
                "friend; Keisha stays with her",
                "555-0134",
                "daily",
                notes="Offered her couch until housing comes through.",
            ),
            _MemberSpec(
                "Gloria Bramwell",
                _FAMILY,
                _TENUOUS,
                "mother",
                "555-0135",
                "a call every few weeks",
                notes="Hurt by the past; they are talking again, slowly.",
            ),
            _MemberSpec(
                "J. Byrne",
                _OTHER,
                _STRONG,
                "case manager (housing), Lakeside",
                "555-0136",
                "weekly",
                notes="Working on two housing openings.",
            ),
            _MemberSpec(
                "Monday Night Serenity (NA)",
                _NA,
                _TENUOUS,
                "newcomers' meeting",
                "Riverside clinic annex (fictional)",
                "weekly",
                Weekday.MONDAY,
                "18:30",
            ),
            _MemberSpec(
                "Harbor Call Center (fictional)",
                _EMPLOYER,
                _STRESSFUL,
                "customer service, full time",
                frequency="five days a week",
                notes="Her supervisor asked in front of a coworker why she leaves early; a "
                "source of anxiety.",
            ),
            _CASTILLO_MEMBER,
            _MemberSpec(
                "Dr. M. Okafor",
                _PRESCRIBER,
                _STRONG,
                "monthly buprenorphine injection",
                _CLINIC_PHONE,
                "monthly",
            ),
        ),
    ),
    "Ana P.": (
        44,
        (
            _MemberSpec(
                "Luis Pineda",
                _FAMILY,
                _STRONG,
                "esposo",
                "555-0192",
                "viven juntos",
                notes="Guarda los medicamentos y le da la dosis de cada día (plan de seguridad).",
            ),
            _MemberSpec(
                "Rocío Pineda",
                _FAMILY,
                _STRONG,
                "hermana",
                "555-0193",
                "los fines de semana",
            ),
            _MemberSpec(
                "Inés",
                _SPONSOR,
                _STRONG,
                "madrina de NA",
                "555-0194",
                "una llamada dos veces por semana",
            ),
            _MemberSpec(
                "Iglesia El Buen Pastor (ficticia)",
                _FAITH,
                _STRONG,
                "su iglesia",
                frequency="los domingos",
            ),
            _MemberSpec(
                "Grupo Esperanza (NA en español)",
                _NA,
                _TENUOUS,
                "reunión de los sábados",
                "Centro comunitario Las Palmas (ficticio)",
                "una vez por semana",
                Weekday.SATURDAY,
                "10:00",
            ),
            _MemberSpec(
                "M. Castillo, CPRS",
                _PEER,
                _STRONG,
                "especialista de pares, Lakeside",
                "555-0120",
                "cada dos semanas",
            ),
            _MemberSpec(
                "K. Amari, NP",
                _PRESCRIBER,
                _STRONG,
                "receta la buprenorfina y el tratamiento para la depresión",
                _CLINICA,
                "cada mes",
            ),
        ),
    ),
    "Ray D.": (
        70,
        (
            _MemberSpec(
                "June Dunleavy",
                _FAMILY,
                _STRONG,
                "wife",
                "555-0199",
                "daily; married 30 years",
            ),
            _MemberSpec(
                "Danny",
                _OTHER,
                _STRONG,
                "sponsee, two years clean",
                frequency="calls most days",
            ),
            _MemberSpec(
                "Early Risers (NA)",
                _NA,
                _TENUOUS,
                "home group for 20 years",
                "VFW hall, Route 9 (fictional)",
                "weekly",
                Weekday.SATURDAY,
                "07:30",
                "Says the meeting has become a habit more than a help.",
            ),
            _MemberSpec(
                "Sacred Heart men's group",
                _FAITH,
                _TENUOUS,
                "men's breakfast group",
                frequency="first Sunday of the month",
            ),
            _MemberSpec(
                "Dr. L. Haskins",
                _PRESCRIBER,
                _STRONG,
                "methadone",
                _CLINIC_PHONE,
                "every three months",
            ),
            _MemberSpec(
                "Dr. P. Anand",
                _PRESCRIBER,
                _STRONG,
                "psychiatrist, Northside Behavioral Health (fictional)",
                frequency="every two months",
            ),
        ),
    ),
}


def _write_network(
    conn: Connection,
    rng: random.Random,
    by_name: Mapping[str, Client],
    today: date,
    tz: tzinfo | None,
    tally: _Tally,
) -> None:
    for name, (days_ago, members) in _NETWORKS.items():
        client = by_name.get(name)
        if client is None:
            continue
        drawn = _local(_weekday_on_or_before(today - timedelta(days=days_ago)), 14, 0, tz)
        for index, spec in enumerate(members):
            at = drawn + timedelta(minutes=index)
            member = NetworkMember(
                client_id=client.id,
                name=spec.name,
                kind=spec.kind,
                strength=spec.strength,
                id=_rng_id(rng),
                role=spec.role,
                contact=spec.contact,
                frequency=spec.frequency,
                meeting_day=spec.day,
                meeting_time=spec.time,
                notes=spec.notes,
                created_at=at,
                updated_at=at,
            )
            network_repo.add_member(conn, member, at)
            tally.network_members += 1


# -- supervision -----------------------------------------------------------------------------


_COSIGN_SIGNED = 3  # the peer specialist's newest signed notes, waiting for a supervisor


def _write_cosign_requests(
    conn: Connection, notes: Mapping[str, list[Note]], tally: _Tally
) -> None:
    """New notes do not ask by default; the peer specialist sent their newest signed notes
    for a clinical supervisor's co-signature. None is co-signed: only a vault unlocked
    through a supervisor slot co-signs (Supervision.cosign), so they wait in its queue."""
    supervision_repo.set_default_request(conn, False)
    signed = sorted(
        (n.signed_at, n.id, n)
        for ns in notes.values()
        for n in ns
        if n.signed_at is not None and n.signed_by == PEER_SIGNER
    )
    for signed_at, _id, note in signed[-_COSIGN_SIGNED:]:
        asked = signed_at + timedelta(minutes=2)
        supervision_repo.add_request(
            conn, CosignRequest(note.id, note.client_id, PEER_SIGNER, asked)
        )
        tally.cosign_requests += 1


# -- public --------------------------------------------------------------------------------


def populate_demo(
    vault: Vault, *, today: date, rng_seed: int = 2026, tz: tzinfo | None = None
) -> DemoSummary:
    """Write the fictional demo caseload into an empty vault, in one transaction with one
    "demo" audit row.

    Sessions are local weekday times (9:00 to 16:00) in ``tz`` or, by default, this
    machine's zone; pass a fixed ``tz`` for output identical across machines."""
    rng = random.Random(rng_seed)  # noqa: S311 (reproducible fiction, not a secret)
    # The charts draw from a generator of their own, so they leave the notes' stream alone;
    # so do the plans, groups and networks.
    chart_rng = random.Random(f"counselor-desk demo charts {rng_seed}")  # noqa: S311
    plan_rng = random.Random(f"counselor-desk demo plans {rng_seed}")  # noqa: S311
    composer = _Composer(rng, charted=True)
    catalog = load_shipped().definitions
    tally = _Tally()
    with vault.transaction() as conn:
        _refuse_non_empty(conn)
        by_name: dict[str, Client] = {}
        notes: dict[str, list[Note]] = {}
        sessions: dict[str, Session] = {}
        client_charts: list[_ClientChart] = []
        slots = _free_slots()
        for profile in _PROFILES:
            client = _write_client(conn, rng, profile, today, tz, tally)
            by_name[profile.display_name] = client
            slot = _take_slot(rng, slots, profile)
            plans, missed = _plan_client(rng, profile, client.id, today, tz, slot)
            client_charts.append(_ClientChart(profile, client, plans, missed))
        groups = _plan_groups(plan_rng, client_charts, today, tz)
        _ensure_late_entry([p for chart in client_charts for p in chart.plans if not p.filed], rng)
        charts = _plan_charts(chart_rng, client_charts, today, tz, catalog)
        treatment = _plan_treatment(plan_rng, client_charts, today, tz)
        for chart in client_charts:
            notes[chart.client.id] = _write_notes(
                conn, rng, composer, chart.profile, chart.plans, today, tally
            )
            sessions.update((p.session.id, p.session) for p in chart.plans)
        _write_addenda(conn, rng, by_name, notes, today, tally)
        _write_consents(conn, rng, by_name, today, tz, tally)
        _write_counseling_notes(conn, rng, by_name, notes, sessions, tally)
        group_attendance = _write_groups(conn, plan_rng, groups, tally)
        _write_plans(conn, treatment, tally)
        _write_network(conn, plan_rng, by_name, today, tz, tally)
        _write_links(conn, treatment, tally)
        _write_cosign_requests(conn, notes, tally)
        _write_charts(
            conn, chart_rng, client_charts, charts, notes, group_attendance, today, tz, tally
        )
        summary = tally.freeze()
        vault.audit.append(
            conn,
            "demo",
            at=vault.clock(),
            detail=(
                f"fictional caseload: {summary.clients} clients, {summary.sessions} sessions, "
                f"{summary.notes} notes (seed {rng_seed})"
            ),
        )
    return summary


# -- bulk, for benchmarks ------------------------------------------------------------------

_BULK_FIRST = (
    "Alex", "Bea", "Carlos", "Dee", "Elena", "Frank", "Gina", "Hector", "Ivy", "Jamal",
    "Kim", "Luis", "Mara", "Nate", "Olga", "Pedro", "Quinn", "Rita", "Sofia", "Trent",
    "Uma", "Victor", "Wanda", "Xavier", "Yara", "Zeke",
)  # fmt: skip
_BULK_LAST = (
    "Abernathy", "Bello", "Castellanos", "Driscoll", "Esparza", "Fairbanks", "Gutierrez",
    "Holloway", "Ibarra", "Jessup", "Kowalczyk", "Landry", "Medina", "Novak", "Orozco",
    "Pruitt", "Quintero", "Rasmussen", "Salazar", "Thibodeaux", "Valdez", "Whitaker",
)  # fmt: skip
_BULK_MEDS: tuple[tuple[str, str, int | None, bool], ...] = (
    ("bup_film", "16 mg", None, True),
    ("bup_xr", "100 mg", None, True),
    ("methadone", "85 mg", 2, True),
    ("ntx_pill", "50 mg", None, False),
    ("ntx_inj", "380 mg", None, True),
)
_BULK_KINDS = (
    (SessionKind.INDIVIDUAL, 6),
    (SessionKind.GROUP, 3),
    (SessionKind.FAMILY, 1),
    (SessionKind.PEER_SUPPORT, 1),
    (SessionKind.PHONE, 1),
)


def _bulk_profile(rng: random.Random, index: int, span_days: int) -> _Profile:
    first = rng.choice(_BULK_FIRST)
    last = rng.choice(_BULK_LAST)
    spanish = rng.random() < 0.2
    lang = Language.SPANISH if spanish else Language.ENGLISH
    kind, dose, take_home, opioid = _BULK_MEDS[index % len(_BULK_MEDS)]
    goals = _GOALS_ES if spanish else _GOALS_EN
    admitted = span_days + rng.randint(5, 200)
    return _Profile(
        first=first,
        initial=last[0],
        legal=f"{first} {last}",
        age=rng.randint(19, 70),
        sex=rng.choice(("F", "M", None)),
        pronouns=rng.choice(("she/her", "he/him", "they/them")),
        language=lang,
        program="Opioid treatment program" if kind == "methadone" else "Outpatient MAT",
        diagnoses=(_OUD,) if opioid else (_AUD,),
        med=_MedPlan(kind, "Dr. M. Okafor", (_MedStep(dose, admitted, take_home=take_home),)),
        admitted_days_ago=admitted,
        recovery_days_ago=rng.randint(10, admitted),
        meeting=rng.choice(
            ("NA en español", "AA en español") if spanish else ("NA", "SMART Recovery", "AA")
        ),
        goals=tuple(rng.sample(goals, 3)),
        fmt=rng.choice(_INDIVIDUAL_FORMATS),
        home=(
            "Vivienda estable; no se reportan problemas de seguridad."
            if spanish
            else "Housing stable; no safety concerns reported."
        ),
        phone=f"555-01{rng.randint(0, 99):02d}",
        emergency_contact=f"{rng.choice(_BULK_FIRST)} {last} (family), "
        f"555-01{rng.randint(0, 99):02d}",
        opioid=opioid,
        family=(f"{rng.choice(_BULK_FIRST)} {last[0]}. (family)",),
    )


def populate_bulk(
    vault: Vault,
    *,
    clients: int,
    notes_per_client: int,
    today: date,
    seed: int = 7,
    tz: tzinfo | None = None,
) -> DemoSummary:
    """Write ``clients`` fictional clients with ``notes_per_client`` signed notes each (one
    session per note, every other weekday going back from yesterday), in one transaction
    with one "demo" audit row. For benchmarks: 100 × 100 makes 10,000 notes."""
    if clients < 0 or notes_per_client < 0:
        raise ValidationError("Client and note counts cannot be negative.")
    rng = random.Random(seed)  # noqa: S311 (reproducible fiction, not a secret)
    composer = _Composer(rng)
    tally = _Tally()
    # Every other weekday, going back from yesterday: one slot per note.
    days: list[date] = []
    day = _weekday_on_or_before(today - timedelta(days=1))
    while len(days) < notes_per_client:
        days.append(day)
        day = _weekday_on_or_before(day - timedelta(days=2))
    span = (today - days[-1]).days if days else 0
    kinds = [k for k, _ in _BULK_KINDS]
    weights = [w for _, w in _BULK_KINDS]
    with vault.transaction() as conn:
        for index in range(clients):
            profile = _bulk_profile(rng, index, span)
            client = _write_client(conn, rng, profile, today, tz, tally, span + 7)
            hour, minute = rng.choice(_SLOT_TIMES)
            plans: list[_Planned] = []
            for day in reversed(days):
                kind = rng.choices(kinds, weights)[0]
                start = _local(day, hour, minute, tz)
                session = Session(
                    client_id=client.id,
                    start=start,
                    minutes=rng.choice(_MINUTES[kind]),
                    kind=kind,
                    id=_rng_id(rng),
                    location=rng.choice(_LOCATIONS[kind]),
                    participants=profile.family if kind is SessionKind.FAMILY else (),
                    created_at=start,
                    updated_at=start,
                )
                plans.append(
                    _Planned(
                        session=session,
                        fmt=_format_for(rng, profile, kind),
                        slip=False,
                        signer=PEER_SIGNER if kind is SessionKind.PEER_SUPPORT else SIGNER,
                        draft=False,
                        late=rng.random() < LATE_ENTRY_SHARE,
                    )
                )
            _write_notes(conn, rng, composer, profile, plans, today, tally)
        summary = tally.freeze()
        vault.audit.append(
            conn,
            "demo",
            at=vault.clock(),
            detail=(
                f"bulk fictional caseload: {summary.clients} clients, {summary.notes} notes "
                f"(seed {seed})"
            ),
        )
    return summary


__all__ = ["PEER_SIGNER", "SIGNER", "DemoSummary", "populate_bulk", "populate_demo"]
