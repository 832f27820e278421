"""Treatment plans with their history, and the golden thread (session → objectives).

A plan's tree is one JSON body (domain.treatment_plan.to_body); its words go into
`search_index` (kind 'plan') here, in the caller's transaction, on every insert and save.
A deleted plan's row is removed by a trigger as well.

Every insert takes a whole domain object and keeps its id, stamps and version number, so
import-data writes exactly what export-data read.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from counselor_desk.domain.errors import RecordNotFound, ValidationError
from counselor_desk.domain.notes import NoteStatus
from counselor_desk.domain.records import SessionKind
from counselor_desk.domain.treatment_plan import (
    ObjectiveLink,
    PlanClosed,
    PlanInvalid,
    PlanReviewDue,
    PlanStatus,
    PlanVersion,
    ThreadSession,
    TreatmentPlan,
    body_json,
    problems_from_body,
    searchable_text,
    storage_faults,
)
from counselor_desk.vault.connection import Connection
from counselor_desk.vault.rows import d2s, s2d, s2t, t2s
from counselor_desk.vault.search import index_text

SEARCH_KIND = "plan"

_COLUMNS = "id, client_id, status, body, review_date, created_at, updated_at"


def _plan(row: Any) -> TreatmentPlan:
    return TreatmentPlan(
        id=row[0],
        client_id=row[1],
        status=PlanStatus(row[2]),
        problems=problems_from_body(json.loads(row[3])),
        review_date=s2d(row[4]),
        created_at=s2t(row[5]),
        updated_at=s2t(row[6]),
    )


def _check_storable(plan: TreatmentPlan) -> None:
    faults = storage_faults(plan)
    if faults:
        raise PlanInvalid("This treatment plan cannot be stored", faults)


def _check_client(conn: Connection, client_id: str) -> None:
    if conn.execute("SELECT 1 FROM clients WHERE id=?", (client_id,)).fetchone() is None:
        raise RecordNotFound(f"There is no client with id {client_id}.")


def _index(conn: Connection, plan: TreatmentPlan) -> None:
    index_text(conn, SEARCH_KIND, plan.id, plan.client_id, plan.created_at, searchable_text(plan))


# -- plans -----------------------------------------------------------------------------------


def add_plan(conn: Connection, plan: TreatmentPlan, now: datetime) -> TreatmentPlan:
    """Insert a plan (new, or imported with its status, review date and stamps) and index
    its words."""
    _check_client(conn, plan.client_id)
    _check_storable(plan)
    saved = replace(plan, created_at=plan.created_at or now, updated_at=plan.updated_at or now)
    conn.execute(
        f"INSERT INTO treatment_plans ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            saved.id,
            saved.client_id,
            saved.status.value,
            body_json(saved),
            d2s(saved.review_date),
            t2s(saved.created_at),  # type: ignore[arg-type]
            t2s(saved.updated_at),  # type: ignore[arg-type]
        ),
    )
    _index(conn, saved)
    return saved


def get_plan(conn: Connection, plan_id: str) -> TreatmentPlan:
    row = conn.execute(f"SELECT {_COLUMNS} FROM treatment_plans WHERE id=?", (plan_id,)).fetchone()
    if row is None:
        raise RecordNotFound(f"There is no treatment plan with id {plan_id}.")
    return _plan(row)


def list_plans(conn: Connection, client_id: str) -> list[TreatmentPlan]:
    """A client's plans, oldest first."""
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM treatment_plans WHERE client_id=? ORDER BY created_at, rowid",
        (client_id,),
    )
    return [_plan(r) for r in rows]


def active_plans(conn: Connection, client_id: str) -> list[TreatmentPlan]:
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM treatment_plans WHERE client_id=? AND status='active' "
        "ORDER BY created_at, rowid",
        (client_id,),
    )
    return [_plan(r) for r in rows]


def save_problems(conn: Connection, plan: TreatmentPlan, now: datetime) -> TreatmentPlan:
    """Replace a plan's tree (and reindex it); status and review date stay as stored. A
    closed plan is refused."""
    current = get_plan(conn, plan.id)
    if current.client_id != plan.client_id:
        raise ValidationError("A treatment plan cannot move to another client.")
    if not current.is_editable:
        raise PlanClosed("This plan is closed; start a new plan to change it.")
    saved = replace(current, problems=plan.problems, updated_at=now)
    _check_storable(saved)
    conn.execute(
        "UPDATE treatment_plans SET body=?, updated_at=? WHERE id=?",
        (body_json(saved), t2s(now), plan.id),
    )
    _index(conn, saved)
    return saved


def set_status(
    conn: Connection,
    plan_id: str,
    status: PlanStatus,
    review_date: date | None,
    now: datetime,
) -> TreatmentPlan:
    """Set status and next review date; the service checks the move is allowed and
    writes the version row."""
    current = get_plan(conn, plan_id)
    conn.execute(
        "UPDATE treatment_plans SET status=?, review_date=?, updated_at=? WHERE id=?",
        (status.value, d2s(review_date), t2s(now), plan_id),
    )
    return replace(current, status=status, review_date=review_date, updated_at=now)


# -- history -----------------------------------------------------------------------------------


def _version(row: Any) -> PlanVersion:
    return PlanVersion(
        plan_id=row[0],
        version=int(row[1]),
        problems=problems_from_body(json.loads(row[2])),
        status=PlanStatus(row[3]),
        review_date=s2d(row[4]),
        saved_at=s2t(row[5]),  # type: ignore[arg-type]
    )


def add_version(conn: Connection, version: PlanVersion) -> PlanVersion:
    """Insert a version as it is (import keeps its number and time)."""
    if (
        conn.execute("SELECT 1 FROM treatment_plans WHERE id=?", (version.plan_id,)).fetchone()
        is None
    ):
        raise RecordNotFound(f"There is no treatment plan with id {version.plan_id}.")
    snapshot = TreatmentPlan(client_id="", problems=version.problems, id=version.plan_id)
    _check_storable(snapshot)
    conn.execute(
        "INSERT INTO treatment_plan_versions (plan_id, version, body, status, review_date,"
        " saved_at) VALUES (?, ?, ?, ?, ?, ?)",
        (
            version.plan_id,
            version.version,
            body_json(snapshot),
            version.status.value,
            d2s(version.review_date),
            t2s(version.saved_at),
        ),
    )
    return version


def append_version(conn: Connection, plan: TreatmentPlan, at: datetime) -> PlanVersion:
    """The next version of `plan`, holding its tree, status and review date as they are."""
    row = conn.execute(
        "SELECT coalesce(max(version), 0) FROM treatment_plan_versions WHERE plan_id=?",
        (plan.id,),
    ).fetchone()
    return add_version(
        conn,
        PlanVersion(
            plan_id=plan.id,
            version=int(row[0]) + 1,
            problems=plan.problems,
            status=plan.status,
            review_date=plan.review_date,
            saved_at=at,
        ),
    )


def list_versions(conn: Connection, plan_id: str) -> list[PlanVersion]:
    rows = conn.execute(
        "SELECT plan_id, version, body, status, review_date, saved_at "
        "FROM treatment_plan_versions WHERE plan_id=? ORDER BY version",
        (plan_id,),
    )
    return [_version(r) for r in rows]


# -- the golden thread -----------------------------------------------------------------------


def _link(row: Any) -> ObjectiveLink:
    return ObjectiveLink(
        session_id=row[0],
        plan_id=row[1],
        objective_id=row[2],
        client_id=row[3],
        created_at=s2t(row[4]),
    )


_LINK_COLUMNS = "session_id, plan_id, objective_id, client_id, created_at"


def _session_client(conn: Connection, session_id: str) -> str:
    row = conn.execute("SELECT client_id FROM sessions WHERE id=?", (session_id,)).fetchone()
    if row is None:
        raise RecordNotFound(f"There is no session with id {session_id}.")
    return str(row[0])


def _objective_plans(conn: Connection, client_id: str) -> dict[str, TreatmentPlan]:
    """Each objective id of the client's plans → its plan."""
    found: dict[str, TreatmentPlan] = {}
    for plan in list_plans(conn, client_id):
        for objective_id in plan.objective_ids():
            found[objective_id] = plan
    return found


def _not_found(conn: Connection, objective_id: str) -> ValidationError:
    # Only to word the refusal: is it another client's objective, or none at all?
    row = conn.execute(
        "SELECT 1 FROM treatment_plans WHERE instr(body, ?) > 0 LIMIT 1",
        (json.dumps(objective_id),),
    ).fetchone()
    if row is not None:
        return ValidationError(
            f"Objective {objective_id} is in another client's treatment plan; a session "
            "can only name its own client's objectives."
        )
    return ValidationError(f"There is no objective {objective_id} in this client's plans.")


def add_link(conn: Connection, link: ObjectiveLink, now: datetime) -> ObjectiveLink:
    """Insert one link (import keeps its time): the session, the plan and the objective
    must all be the client's."""
    if _session_client(conn, link.session_id) != link.client_id:
        raise ValidationError("That session belongs to another client.")
    plan = get_plan(conn, link.plan_id)
    if plan.client_id != link.client_id:
        raise ValidationError("That treatment plan belongs to another client.")
    if link.objective_id not in plan.objective_ids():
        raise ValidationError(
            f"There is no objective {link.objective_id} in treatment plan {link.plan_id}."
        )
    saved = replace(link, created_at=link.created_at or now)
    conn.execute(
        f"INSERT INTO session_objectives ({_LINK_COLUMNS}) VALUES (?, ?, ?, ?, ?)",
        (
            saved.session_id,
            saved.plan_id,
            saved.objective_id,
            saved.client_id,
            t2s(saved.created_at),  # type: ignore[arg-type]
        ),
    )
    return saved


def session_links(conn: Connection, session_id: str) -> list[ObjectiveLink]:
    rows = conn.execute(
        f"SELECT {_LINK_COLUMNS} FROM session_objectives WHERE session_id=? "
        "ORDER BY created_at, objective_id",
        (session_id,),
    )
    return [_link(r) for r in rows]


def client_links(conn: Connection, client_id: str) -> list[ObjectiveLink]:
    """Every link of a client's sessions (for export), by session then objective."""
    rows = conn.execute(
        f"SELECT {_LINK_COLUMNS} FROM session_objectives WHERE client_id=? "
        "ORDER BY session_id, objective_id",
        (client_id,),
    )
    return [_link(r) for r in rows]


def set_session_objectives(
    conn: Connection, session_id: str, objective_ids: Iterable[str], now: datetime
) -> list[ObjectiveLink]:
    """Make the session's links exactly `objective_ids` (each of the session's client's
    plans); links kept keep their first time. Returns the links now held."""
    client_id = _session_client(conn, session_id)
    wanted = list(dict.fromkeys(objective_ids))
    plans = _objective_plans(conn, client_id)
    for objective_id in wanted:
        if objective_id not in plans:
            raise _not_found(conn, objective_id)
    current = {link.objective_id: link for link in session_links(conn, session_id)}
    for objective_id in set(current) - set(wanted):
        conn.execute(
            "DELETE FROM session_objectives WHERE session_id=? AND objective_id=?",
            (session_id, objective_id),
        )
    for objective_id in wanted:
        if objective_id not in current:
            add_link(
                conn,
                ObjectiveLink(session_id, plans[objective_id].id, objective_id, client_id, now),
                now,
            )
    return session_links(conn, session_id)


def linked_counts(conn: Connection, plan_id: str) -> dict[str, int]:
    """Objective id → how many sessions worked on it."""
    rows = conn.execute(
        "SELECT objective_id, count(*) FROM session_objectives WHERE plan_id=? "
        "GROUP BY objective_id",
        (plan_id,),
    )
    return {str(r[0]): int(r[1]) for r in rows}


def golden_thread(conn: Connection, plan_id: str) -> dict[str, list[ThreadSession]]:
    """Objective id → the sessions that worked on it, oldest first, with their notes."""
    rows = conn.execute(
        "SELECT so.objective_id, s.id, s.start, s.kind, s.minutes, n.id, n.status,"
        " n.late_entry FROM session_objectives so"
        " JOIN sessions s ON s.id = so.session_id"
        " LEFT JOIN notes n ON n.session_id = s.id"
        " WHERE so.plan_id=? ORDER BY s.start, s.id",
        (plan_id,),
    )
    found: dict[str, list[ThreadSession]] = {}
    for row in rows:
        found.setdefault(str(row[0]), []).append(
            ThreadSession(
                session_id=row[1],
                start=s2t(row[2]),  # type: ignore[arg-type]
                kind=SessionKind(row[3]),
                minutes=int(row[4]),
                note_id=row[5],
                note_status=NoteStatus(row[6]) if row[6] is not None else None,
                late_entry=bool(row[7]),
            )
        )
    return found


# -- reviews due -------------------------------------------------------------------------------


def plans_due_for_review(conn: Connection, today: date) -> list[PlanReviewDue]:
    """Active plans of active clients whose review date is `today` or earlier, by client
    name, then the oldest review first."""
    rows = conn.execute(
        "SELECT p.client_id, c.display_name, p.id, p.review_date FROM treatment_plans p"
        " JOIN clients c ON c.id = p.client_id"
        " WHERE p.status='active' AND p.review_date IS NOT NULL AND p.review_date <= ?"
        " AND c.archived = 0"
        " ORDER BY c.display_name COLLATE NOCASE, p.client_id, p.review_date, p.id",
        (today.isoformat(),),
    )
    return [
        PlanReviewDue(str(r[0]), str(r[1]), str(r[2]), s2d(r[3]))  # type: ignore[arg-type]
        for r in rows
    ]
