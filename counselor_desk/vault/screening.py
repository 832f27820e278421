"""Urine drug screens, attendance, contingency-management plans and prizes given.

A screen's results are stored as a JSON object of substance → result in panel order; a
CM plan as one JSON object (`plan_to_dict`), which the interchange format writes as is.
Amounts are decimal text, so $2.50 stays exactly $2.50. The attendance and prize column
`on` is an SQL keyword and is always quoted here.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from counselor_desk.domain.contingency import (
    Bowl,
    CmKind,
    CmPlan,
    PrizeGiven,
    PrizeSchedule,
    SlipSize,
    VoucherSchedule,
    YearlyCap,
)
from counselor_desk.domain.errors import RecordNotFound, ValidationError
from counselor_desk.domain.screens import (
    MAT_MEDICATIONS,
    Attendance,
    AttendanceStatus,
    ScreenResult,
    Substance,
    UrineScreen,
)
from counselor_desk.vault.connection import Connection
from counselor_desk.vault.rows import d2s, s2t, t2s

_PANEL = tuple(Substance)


def amount_text(value: Decimal) -> str:
    """A dollar amount as stored and exported: plain decimal notation ("2.50", "750")."""
    return format(value, "f")


# -- references ------------------------------------------------------------------------------


def _check_client(conn: Connection, client_id: str) -> None:
    if conn.execute("SELECT 1 FROM clients WHERE id=?", (client_id,)).fetchone() is None:
        raise RecordNotFound(f"There is no client with id {client_id}.")


def _check_session(conn: Connection, session_id: str | None, client_id: str) -> None:
    if session_id is None:
        return
    row = conn.execute("SELECT client_id FROM sessions WHERE id=?", (session_id,)).fetchone()
    if row is None:
        raise RecordNotFound(f"There is no session with id {session_id}.")
    if row[0] != client_id:
        raise ValidationError("That session belongs to another client.")


def _same_client(current_client: str, changed_client: str, what: str) -> None:
    if current_client != changed_client:
        raise ValidationError(f"A {what} cannot move to another client.")


# -- urine screens ---------------------------------------------------------------------------

_SCREEN_COLUMNS = (
    "id, client_id, collected, results, observed, refused, missed, notes, created_at, updated_at"
)


def results_json(screen: UrineScreen) -> str:
    """Panel order, so the same results are always the same text."""
    return json.dumps({s.value: r.value for s, r in screen.results}, separators=(",", ":"))


def _screen(row: Any) -> UrineScreen:
    results: dict[str, str] = json.loads(row[3])
    return UrineScreen(
        id=row[0],
        client_id=row[1],
        collected=date.fromisoformat(row[2]),
        results=tuple((Substance(k), ScreenResult(v)) for k, v in results.items()),
        observed=bool(row[4]),
        refused=bool(row[5]),
        missed=bool(row[6]),
        notes=row[7],
        created_at=s2t(row[8]),
        updated_at=s2t(row[9]),
    )


def add_screen(conn: Connection, screen: UrineScreen, now: datetime) -> UrineScreen:
    """Insert a screen (new, or imported with its stamps)."""
    _check_client(conn, screen.client_id)
    saved = replace(
        screen, created_at=screen.created_at or now, updated_at=screen.updated_at or now
    )
    conn.execute(
        f"INSERT INTO urine_screens ({_SCREEN_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            saved.id,
            saved.client_id,
            d2s(saved.collected),
            results_json(saved),
            int(saved.observed),
            int(saved.refused),
            int(saved.missed),
            saved.notes,
            t2s(saved.created_at),  # type: ignore[arg-type]
            t2s(saved.updated_at),  # type: ignore[arg-type]
        ),
    )
    return saved


def update_screen(conn: Connection, screen: UrineScreen, now: datetime) -> UrineScreen:
    """Correct a screen (a lab result that overturns the cup, a wrong date)."""
    current = get_screen(conn, screen.id)
    _same_client(current.client_id, screen.client_id, "screen")
    saved = replace(screen, created_at=current.created_at, updated_at=now)
    conn.execute(
        "UPDATE urine_screens SET collected=?, results=?, observed=?, refused=?, missed=?, "
        "notes=?, updated_at=? WHERE id=?",
        (
            d2s(saved.collected),
            results_json(saved),
            int(saved.observed),
            int(saved.refused),
            int(saved.missed),
            saved.notes,
            t2s(now),
            saved.id,
        ),
    )
    return saved


def get_screen(conn: Connection, screen_id: str) -> UrineScreen:
    row = conn.execute(
        f"SELECT {_SCREEN_COLUMNS} FROM urine_screens WHERE id=?", (screen_id,)
    ).fetchone()
    if row is None:
        raise RecordNotFound(f"There is no urine screen with id {screen_id}.")
    return _screen(row)


def list_screens(conn: Connection, client_id: str) -> list[UrineScreen]:
    """Oldest first by the day collected, then by entry time: the order CM counts them."""
    rows = conn.execute(
        f"SELECT {_SCREEN_COLUMNS} FROM urine_screens WHERE client_id=? "
        "ORDER BY collected, created_at, id",
        (client_id,),
    )
    return [_screen(r) for r in rows]


def latest_screens(conn: Connection) -> dict[str, list[UrineScreen]]:
    """Per client, every screen of the newest day screened (for "who is due")."""
    rows = conn.execute(
        f"SELECT {_SCREEN_COLUMNS} FROM urine_screens AS u WHERE collected = "
        "(SELECT max(collected) FROM urine_screens WHERE client_id = u.client_id) "
        "ORDER BY created_at, id"
    )
    found: dict[str, list[UrineScreen]] = {}
    for row in rows:
        screen = _screen(row)
        found.setdefault(screen.client_id, []).append(screen)
    return found


def last_collected(conn: Connection) -> dict[str, date]:
    """Per client, the newest day a sample was actually collected (not refused or missed)."""
    rows = conn.execute(
        "SELECT client_id, max(collected) FROM urine_screens "
        "WHERE refused = 0 AND missed = 0 GROUP BY client_id"
    )
    return {str(r[0]): date.fromisoformat(r[1]) for r in rows}


def clients_on_mat(conn: Connection, on: date) -> set[str]:
    """Clients prescribed buprenorphine or methadone on a day (its stop day included)."""
    marks = ", ".join("?" * len(MAT_MEDICATIONS))
    day = d2s(on)
    rows = conn.execute(
        f"SELECT DISTINCT client_id FROM medications WHERE medication IN ({marks}) "
        "AND started <= ? AND (stopped IS NULL OR stopped >= ?)",
        (*sorted(s.value for s in MAT_MEDICATIONS), day, day),
    )
    return {str(r[0]) for r in rows}


# -- attendance -----------------------------------------------------------------------------

_ATTENDANCE_COLUMNS = 'id, client_id, "on", status, session_id, notes, created_at, updated_at'


def _attendance(row: Any) -> Attendance:
    return Attendance(
        id=row[0],
        client_id=row[1],
        on=date.fromisoformat(row[2]),
        status=AttendanceStatus(row[3]),
        session_id=row[4],
        notes=row[5],
        created_at=s2t(row[6]),
        updated_at=s2t(row[7]),
    )


def add_attendance(conn: Connection, attendance: Attendance, now: datetime) -> Attendance:
    _check_client(conn, attendance.client_id)
    _check_session(conn, attendance.session_id, attendance.client_id)
    saved = replace(
        attendance,
        created_at=attendance.created_at or now,
        updated_at=attendance.updated_at or now,
    )
    conn.execute(
        f"INSERT INTO attendance ({_ATTENDANCE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            saved.id,
            saved.client_id,
            d2s(saved.on),
            saved.status.value,
            saved.session_id,
            saved.notes,
            t2s(saved.created_at),  # type: ignore[arg-type]
            t2s(saved.updated_at),  # type: ignore[arg-type]
        ),
    )
    return saved


def update_attendance(conn: Connection, attendance: Attendance, now: datetime) -> Attendance:
    """Change what became of a contact (scheduled → attended, a wrong status corrected)."""
    current = get_attendance(conn, attendance.id)
    _same_client(current.client_id, attendance.client_id, "attendance entry")
    _check_session(conn, attendance.session_id, attendance.client_id)
    saved = replace(attendance, created_at=current.created_at, updated_at=now)
    conn.execute(
        'UPDATE attendance SET "on"=?, status=?, session_id=?, notes=?, updated_at=? WHERE id=?',
        (d2s(saved.on), saved.status.value, saved.session_id, saved.notes, t2s(now), saved.id),
    )
    return saved


def get_attendance(conn: Connection, attendance_id: str) -> Attendance:
    row = conn.execute(
        f"SELECT {_ATTENDANCE_COLUMNS} FROM attendance WHERE id=?", (attendance_id,)
    ).fetchone()
    if row is None:
        raise RecordNotFound(f"There is no attendance entry with id {attendance_id}.")
    return _attendance(row)


def list_attendance(conn: Connection, client_id: str) -> list[Attendance]:
    """Oldest first by day, then by entry time."""
    rows = conn.execute(
        f'SELECT {_ATTENDANCE_COLUMNS} FROM attendance WHERE client_id=? ORDER BY "on", '
        "created_at, id",
        (client_id,),
    )
    return [_attendance(r) for r in rows]


def scheduled_through(conn: Connection, on: date) -> list[Attendance]:
    """Every contact still marked scheduled on or before a day, oldest first."""
    rows = conn.execute(
        f"SELECT {_ATTENDANCE_COLUMNS} FROM attendance WHERE status='scheduled' AND \"on\" <= ? "
        'ORDER BY "on", created_at, id',
        (d2s(on),),
    )
    return [_attendance(r) for r in rows]


# -- CM plans ---------------------------------------------------------------------------------


def plan_to_dict(plan: CmPlan) -> dict[str, Any]:
    """Every setting of a plan (defaults too, so a later default never changes a stored
    plan); the client is the record that holds it, so it is not repeated."""
    bowl = plan.prize.bowl
    voucher = plan.voucher
    return {
        "id": plan.id,
        "kind": plan.kind.value,
        "target_substances": [s.value for s in _PANEL if s in plan.target_substances],
        "reinforce_attendance": plan.reinforce_attendance,
        "starts": d2s(plan.starts),
        "prize": {
            "first_draws": plan.prize.first_draws,
            "step": plan.prize.step,
            "max_draws": plan.prize.max_draws,
            "bowl": {
                "good_job": bowl.good_job,
                "small": bowl.small,
                "large": bowl.large,
                "jumbo": bowl.jumbo,
                "small_value": amount_text(bowl.small_value),
                "large_value": amount_text(bowl.large_value),
                "jumbo_value": amount_text(bowl.jumbo_value),
            },
        },
        "voucher": {
            "first": amount_text(voucher.first),
            "step": amount_text(voucher.step),
            "bonus": amount_text(voucher.bonus),
            "bonus_every": voucher.bonus_every,
            "max_amount": (
                amount_text(voucher.max_amount) if voucher.max_amount is not None else None
            ),
        },
        "cap": {
            "limit": amount_text(plan.cap.limit),
            "warn_within": amount_text(plan.cap.warn_within),
            "year_start_month": plan.cap.year_start_month,
            "year_start_day": plan.cap.year_start_day,
        },
    }


def _part(data: Mapping[str, Any], key: str) -> dict[str, Any]:
    value = data.get(key)
    return dict(value) if isinstance(value, Mapping) else {}


def _given(data: Mapping[str, Any], *keys: str) -> dict[str, Any]:
    """The settings present in data (the domain checks each; amounts may be text)."""
    return {k: data[k] for k in keys if k in data}


def bowl_from_dict(data: Mapping[str, Any]) -> Bowl:
    keys = ("good_job", "small", "large", "jumbo", "small_value", "large_value", "jumbo_value")
    return Bowl(**_given(data, *keys))


def prize_from_dict(data: Mapping[str, Any], bowl: Bowl) -> PrizeSchedule:
    return PrizeSchedule(bowl=bowl, **_given(data, "first_draws", "step", "max_draws"))


def voucher_from_dict(data: Mapping[str, Any]) -> VoucherSchedule:
    return VoucherSchedule(**_given(data, "first", "step", "bonus", "bonus_every", "max_amount"))


def cap_from_dict(data: Mapping[str, Any]) -> YearlyCap:
    return YearlyCap(**_given(data, "limit", "warn_within", "year_start_month", "year_start_day"))


def plan_from_dict(data: Mapping[str, Any], client_id: str) -> CmPlan:
    """The inverse of plan_to_dict; a part left out takes the defaults of DOMAIN.md.
    Raises ValidationError for a setting the domain refuses."""
    try:
        bowl = bowl_from_dict(_part(_part(data, "prize"), "bowl"))
        prize = prize_from_dict(_part(data, "prize"), bowl)
        voucher = voucher_from_dict(_part(data, "voucher"))
        cap = cap_from_dict(_part(data, "cap"))
        starts = data.get("starts")
        extra = {"id": data["id"]} if isinstance(data.get("id"), str) else {}
        return CmPlan(
            kind=CmKind(data["kind"]),
            target_substances=frozenset(Substance(s) for s in data.get("target_substances", ())),
            reinforce_attendance=bool(data.get("reinforce_attendance", False)),
            prize=prize,
            voucher=voucher,
            cap=cap,
            starts=date.fromisoformat(starts) if isinstance(starts, str) else None,
            client_id=client_id,
            **extra,
        )
    except (KeyError, TypeError, ValueError, ArithmeticError) as exc:
        raise ValidationError(f"This CM plan cannot be read: {exc}.") from None


def get_plan(conn: Connection, client_id: str) -> CmPlan | None:
    row = conn.execute("SELECT plan FROM cm_plans WHERE client_id=?", (client_id,)).fetchone()
    return plan_from_dict(json.loads(row[0]), client_id) if row is not None else None


def plan_stamps(conn: Connection, client_id: str) -> tuple[datetime | None, datetime | None]:
    """(created_at, updated_at) of a client's plan, or (None, None)."""
    row = conn.execute(
        "SELECT created_at, updated_at FROM cm_plans WHERE client_id=?", (client_id,)
    ).fetchone()
    return (s2t(row[0]), s2t(row[1])) if row is not None else (None, None)


def list_plans(conn: Connection) -> dict[str, CmPlan]:
    rows = conn.execute("SELECT client_id, plan FROM cm_plans")
    return {str(r[0]): plan_from_dict(json.loads(r[1]), str(r[0])) for r in rows}


def set_plan(
    conn: Connection,
    client_id: str,
    plan: CmPlan,
    now: datetime,
    *,
    created_at: datetime | None = None,
    updated_at: datetime | None = None,
) -> CmPlan:
    """Put a client's plan in place (the one before it, if any, is replaced whole)."""
    _check_client(conn, client_id)
    if plan.client_id not in (None, client_id):
        raise ValidationError("That CM plan belongs to another client.")
    saved = replace(plan, client_id=client_id)
    text = json.dumps(plan_to_dict(saved), separators=(",", ":"), sort_keys=True)
    conn.execute(
        "INSERT INTO cm_plans (client_id, plan, created_at, updated_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(client_id) DO UPDATE SET plan=excluded.plan, updated_at=excluded.updated_at",
        (client_id, text, t2s(created_at or now), t2s(updated_at or now)),
    )
    return saved


def delete_plan(conn: Connection, client_id: str) -> bool:
    """Remove a client's plan (screens, attendance and prizes stay); True if there was one."""
    cursor = conn.execute("DELETE FROM cm_plans WHERE client_id=?", (client_id,))
    return int(cursor.rowcount) > 0


# -- prizes given ---------------------------------------------------------------------------

_PRIZE_COLUMNS = 'id, client_id, "on", size, value, notes, created_at'


def _prize(row: Any) -> PrizeGiven:
    return PrizeGiven(
        id=row[0],
        client_id=row[1],
        on=date.fromisoformat(row[2]),
        size=SlipSize(row[3]),
        value=Decimal(row[4]),
        notes=row[5],
    )


def add_prize(
    conn: Connection, prize: PrizeGiven, now: datetime, created_at: datetime | None = None
) -> PrizeGiven:
    if prize.client_id is None:
        raise ValidationError("A prize given needs the client it was given to.")
    _check_client(conn, prize.client_id)
    conn.execute(
        f"INSERT INTO prizes_given ({_PRIZE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            prize.id,
            prize.client_id,
            d2s(prize.on),
            prize.size.value,
            amount_text(prize.value),
            prize.notes,
            t2s(created_at or now),
        ),
    )
    return prize


def list_prizes(conn: Connection, client_id: str) -> list[PrizeGiven]:
    """Oldest first by day, then by entry time."""
    rows = conn.execute(
        f'SELECT {_PRIZE_COLUMNS} FROM prizes_given WHERE client_id=? ORDER BY "on", '
        "created_at, id",
        (client_id,),
    )
    return [_prize(r) for r in rows]


def prize_stamps(conn: Connection, client_id: str) -> dict[str, datetime | None]:
    rows = conn.execute("SELECT id, created_at FROM prizes_given WHERE client_id=?", (client_id,))
    return {str(r[0]): s2t(r[1]) for r in rows}
