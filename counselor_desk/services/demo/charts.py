"""The chart tabs' records: scales, worksheets, urine screens, attendance and
contingency management, planned before the notes so the notes agree with them."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta, tzinfo
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
from counselor_desk.domain.measures import (
    ScaleEntry,
    WorksheetInstance,
    WorksheetStatus,
    WorksheetVersion,
    scale_entry_from_result,
)
from counselor_desk.domain.notes import Note
from counselor_desk.domain.records import Client, Language, Session, SessionKind
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
from counselor_desk.domain.worksheets import (
    WorksheetDefinition,
    check_values,
    empty_values,
    storage_problems,
)
from counselor_desk.services.demo.helpers import _local, _rng_id
from counselor_desk.services.demo.notes import _Planned, _ScreenNote
from counselor_desk.services.demo.profiles import DEMO_DAYS, _Profile
from counselor_desk.services.demo.summary import _Tally
from counselor_desk.services.screening import ledger_order, prescription
from counselor_desk.vault import clients as client_repo
from counselor_desk.vault import measures as measure_repo
from counselor_desk.vault import screening as screening_repo
from counselor_desk.vault.connection import Connection

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
