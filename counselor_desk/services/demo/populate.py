"""``populate_demo``: the whole demo caseload, planned and written in one transaction."""

from __future__ import annotations

import random
from datetime import date, tzinfo

from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.notes import Note
from counselor_desk.domain.records import Client, Session
from counselor_desk.domain.worksheets import load_shipped
from counselor_desk.services.demo.charts import _ClientChart, _plan_charts, _write_charts
from counselor_desk.services.demo.groups import _plan_groups, _write_groups
from counselor_desk.services.demo.network import _write_network
from counselor_desk.services.demo.notes import (
    _Composer,
    _ensure_late_entry,
    _free_slots,
    _plan_client,
    _take_slot,
    _write_addenda,
    _write_client,
    _write_consents,
    _write_counseling_notes,
    _write_notes,
)
from counselor_desk.services.demo.plans import _plan_treatment, _write_links, _write_plans
from counselor_desk.services.demo.profiles import _PROFILES
from counselor_desk.services.demo.summary import DemoSummary, _Tally
from counselor_desk.services.demo.supervision import _write_cosign_requests
from counselor_desk.vault.connection import Connection
from counselor_desk.vault.store import Vault


def _refuse_non_empty(conn: Connection) -> None:
    if conn.execute("SELECT 1 FROM clients LIMIT 1").fetchone() is not None:
        raise ValidationError(
            "The demo caseload goes only into an empty vault; this vault already has clients."
        )


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
