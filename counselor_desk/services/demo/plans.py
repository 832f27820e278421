"""Treatment plans, their versions, and the golden thread linking sessions to
objectives."""

from __future__ import annotations

import functools
import random
from dataclasses import dataclass, field
from datetime import date, timedelta, tzinfo

from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.records import SessionKind
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
from counselor_desk.services.demo.charts import _ClientChart
from counselor_desk.services.demo.helpers import _local, _rng_id, _weekday_on_or_before
from counselor_desk.services.demo.summary import _Tally
from counselor_desk.vault import plans as plan_repo
from counselor_desk.vault.connection import Connection

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
