"""The fictional clinic and its caseload: who signs, the demo window, the medication
plans, the diagnoses and goals, and the twelve client profiles."""

from __future__ import annotations

from dataclasses import dataclass

from counselor_desk.domain.notes import NoteFormat
from counselor_desk.domain.records import Diagnosis, Dispensing, Language, Medication

# -- the clinic and the demo window --------------------------------------------------------

SIGNER = "A. Rivera, LCADC"
PEER_SIGNER = "M. Castillo, CPRS"
CLINIC = "Lakeside Recovery Center (fictional), MAT program"
DEMO_DAYS = 91  # about three months of sessions, ending at ``today``
DRAFT_DAYS = 7  # the last week's notes are still drafts
LATE_ENTRY_SHARE = 0.04


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
