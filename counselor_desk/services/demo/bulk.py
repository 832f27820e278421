"""``populate_bulk``: many clients and signed notes from the same templates, for
benchmarks."""

from __future__ import annotations

import random
from datetime import date, timedelta, tzinfo

from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.records import Language, Session, SessionKind
from counselor_desk.services.demo.helpers import _local, _rng_id, _weekday_on_or_before
from counselor_desk.services.demo.notes import (
    _INDIVIDUAL_FORMATS,
    _LOCATIONS,
    _MINUTES,
    _SLOT_TIMES,
    _Composer,
    _format_for,
    _Planned,
    _write_client,
    _write_notes,
)
from counselor_desk.services.demo.profiles import (
    _AUD,
    _GOALS_EN,
    _GOALS_ES,
    _OUD,
    LATE_ENTRY_SHARE,
    PEER_SIGNER,
    SIGNER,
    _MedPlan,
    _MedStep,
    _Profile,
)
from counselor_desk.services.demo.summary import DemoSummary, _Tally
from counselor_desk.vault.store import Vault

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
