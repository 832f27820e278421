"""Support networks (ecomaps) for eight of the clients."""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta, tzinfo

from counselor_desk.domain.network import MemberKind, NetworkMember, Strength, Weekday
from counselor_desk.domain.records import Client
from counselor_desk.services.demo.helpers import _local, _rng_id, _weekday_on_or_before
from counselor_desk.services.demo.summary import _Tally
from counselor_desk.vault import network as network_repo
from counselor_desk.vault.connection import Connection

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
