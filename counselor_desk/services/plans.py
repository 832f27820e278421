"""Treatment plans on an unlocked vault: the use cases behind the chart's "Treatment plan"
tab, the note editor's "Objectives addressed…" and the plan reviews on the "today" list.

Each write is one transaction with its audit row (autosaves of the tree are not audited,
like note drafts); audit rows name record ids and statuses, never a client's name or
what a plan says.

Rules (see domain.treatment_plan for the plan's life):
- a client has at most one active plan at a time;
- activating and reviewing need a complete plan (every item filled in) and a next review
  date after today; each writes a version, and so does closing;
- an objective that sessions worked on cannot be removed from the plan (mark it met,
  revised or dropped instead), so the golden thread never loses an end;
- a session names objectives of its client's active plan; links it already has are kept
  whatever became of their plan, so an old session's thread is never cut by a later save.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.treatment_plan import (
    ObjectiveThread,
    PlanClosed,
    PlanFault,
    PlanInvalid,
    PlanReviewDue,
    PlanStatus,
    PlanVersion,
    TreatmentPlan,
    activation_faults,
    blank_plan,
    item_label,
)
from counselor_desk.vault import plans as repo
from counselor_desk.vault import sessions as session_repo
from counselor_desk.vault.connection import Connection
from counselor_desk.vault.store import Vault

__all__ = ["ObjectiveChoice", "PlanClosed", "PlanInvalid", "Plans"]


@dataclass(frozen=True)
class ObjectiveChoice:
    """An objective a session may name: with its plan, goal and whether it is named now."""

    plan: TreatmentPlan
    thread: ObjectiveThread  # problem, goal, objective and path (no sessions)
    linked: bool


class Plans:
    """Use cases over one connection: the vault's own by default; a worker thread passes
    a connection of its own (a connection belongs to one thread)."""

    def __init__(self, vault: Vault, conn: Connection | None = None) -> None:
        self._vault = vault
        self._conn = conn if conn is not None else vault.conn

    def _today(self) -> date:
        """The counselor's day (the clock is UTC)."""
        return self._vault.clock().astimezone().date()

    # -- reading ----------------------------------------------------------------------------
    def plans(self, client_id: str) -> list[TreatmentPlan]:
        """A client's plans, oldest first (drafts, the active one, closed ones)."""
        return repo.list_plans(self._conn, client_id)

    def plan(self, plan_id: str) -> TreatmentPlan:
        """One plan (also to open a search hit of kind 'plan' by its ref_id)."""
        return repo.get_plan(self._conn, plan_id)

    def active_plan(self, client_id: str) -> TreatmentPlan | None:
        found = repo.active_plans(self._conn, client_id)
        return found[-1] if found else None

    def history(self, plan_id: str) -> list[PlanVersion]:
        """Versions, oldest first: activation, each review, the closing."""
        repo.get_plan(self._conn, plan_id)  # RecordNotFound for an unknown id
        return repo.list_versions(self._conn, plan_id)

    def linked_counts(self, plan_id: str) -> dict[str, int]:
        """Objective id → how many sessions worked on it."""
        return repo.linked_counts(self._conn, plan_id)

    # -- writing the plan -------------------------------------------------------------------
    def start_plan(self, client_id: str) -> TreatmentPlan:
        """A new draft with one empty problem, goal and objective."""
        with self._vault.transaction(self._conn) as conn:
            now = self._vault.clock()
            saved = repo.add_plan(conn, blank_plan(client_id), now)
            self._vault.audit.append(conn, "create-plan", at=now, subject=saved.id)
        return saved

    def save_plan(self, plan: TreatmentPlan) -> TreatmentPlan:
        """Autosave the tree of a draft or active plan: committed when this returns. Blank
        wording is kept (nothing typed is refused); the plan's status and review date
        change only through activate, review and close. Refused: a closed plan
        (PlanClosed), and removing an objective that sessions worked on (PlanInvalid
        naming it)."""
        with self._vault.transaction(self._conn) as conn:
            current = repo.get_plan(conn, plan.id)
            if not current.is_editable:
                raise PlanClosed("This plan is closed; start a new plan to change it.")
            self._check_thread_kept(conn, current, plan)
            return repo.save_problems(conn, plan, self._vault.clock())

    @staticmethod
    def _check_thread_kept(conn: Connection, current: TreatmentPlan, new: TreatmentPlan) -> None:
        kept = new.objective_ids()
        counts = repo.linked_counts(conn, current.id)
        faults = []
        for _problem, _goal, objective in current.objectives():
            if objective.id in counts and objective.id not in kept:
                path = current.path_of(objective.id) or ()
                sessions = counts[objective.id]
                faults.append(
                    PlanFault(
                        objective.id,
                        item_label(path),
                        f"was worked on in {sessions} session{'s' if sessions != 1 else ''};"
                        " mark it met, revised or dropped instead of removing it",
                    )
                )
        if faults:
            raise PlanInvalid("This change would cut sessions off the plan", faults)

    def _check_complete(self, plan: TreatmentPlan, doing: str) -> None:
        faults = activation_faults(plan)
        if faults:
            raise PlanInvalid(f"This plan cannot be {doing} yet", faults)

    def _check_review_date(self, review_date: date) -> None:
        if not isinstance(review_date, date):
            raise ValidationError("The next review date must be a date.")
        today = self._today()
        if review_date <= today:
            raise ValidationError(
                f"The next review date must be after today ({today.isoformat()})."
            )

    def activate(self, plan_id: str, review_date: date) -> TreatmentPlan:
        """Put a complete draft in force until `review_date`; writes version 1."""
        self._check_review_date(review_date)
        with self._vault.transaction(self._conn) as conn:
            now = self._vault.clock()
            current = repo.get_plan(conn, plan_id)
            if current.status is not PlanStatus.DRAFT:
                raise ValidationError(
                    f"Only a draft can be activated; this plan is {current.status.value}."
                )
            others = [p for p in repo.active_plans(conn, current.client_id) if p.id != plan_id]
            if others:
                raise ValidationError(
                    "This client already has an active treatment plan; complete or "
                    "discontinue it before activating another."
                )
            self._check_complete(current, "activated")
            saved = repo.set_status(conn, plan_id, PlanStatus.ACTIVE, review_date, now)
            version = repo.append_version(conn, saved, now)
            self._vault.audit.append(
                conn, "activate-plan", at=now, subject=plan_id, detail=f"version {version.version}"
            )
        return saved

    def review(self, plan_id: str, next_review_date: date) -> TreatmentPlan:
        """Record that the active plan was reviewed (as it now stands) and set the next
        review; writes a version."""
        self._check_review_date(next_review_date)
        with self._vault.transaction(self._conn) as conn:
            now = self._vault.clock()
            current = repo.get_plan(conn, plan_id)
            if current.status is not PlanStatus.ACTIVE:
                raise ValidationError(
                    f"Only an active plan is reviewed; this plan is {current.status.value}."
                )
            self._check_complete(current, "marked reviewed")
            saved = repo.set_status(conn, plan_id, PlanStatus.ACTIVE, next_review_date, now)
            version = repo.append_version(conn, saved, now)
            self._vault.audit.append(
                conn, "review-plan", at=now, subject=plan_id, detail=f"version {version.version}"
            )
        return saved

    def close(self, plan_id: str, status: PlanStatus | str) -> TreatmentPlan:
        """Complete an active plan, or discontinue an active plan or a draft; writes a
        version. It never changes again (its review date is kept as it was)."""
        try:
            closing = PlanStatus(status)
        except ValueError:
            closing = None
        if closing is None or not closing.is_closed:
            raise ValidationError("A plan is closed as completed or as discontinued.")
        with self._vault.transaction(self._conn) as conn:
            now = self._vault.clock()
            current = repo.get_plan(conn, plan_id)
            if current.status.is_closed:
                raise PlanClosed(f"This plan is already {current.status.value}.")
            if closing is PlanStatus.COMPLETED and current.status is not PlanStatus.ACTIVE:
                raise ValidationError(
                    "A draft was never in force, so it cannot be completed; discontinue it."
                )
            saved = repo.set_status(conn, plan_id, closing, current.review_date, now)
            version = repo.append_version(conn, saved, now)
            self._vault.audit.append(
                conn,
                "close-plan",
                at=now,
                subject=plan_id,
                detail=f"{closing.value} version {version.version}",
            )
        return saved

    # -- the golden thread ------------------------------------------------------------------
    def link_session(self, session_id: str, objective_ids: Iterable[str]) -> list[str]:
        """Make `objective_ids` the objectives this session worked on (an empty list
        removes them all). New ones must be in the client's active plan. Returns the
        objective ids now linked, in the order given."""
        wanted = list(dict.fromkeys(objective_ids))
        with self._vault.transaction(self._conn) as conn:
            now = self._vault.clock()
            client_id = session_repo.get_session(conn, session_id).client_id
            current = {link.objective_id for link in repo.session_links(conn, session_id)}
            active = {
                objective_id
                for plan in repo.active_plans(conn, client_id)
                for objective_id in plan.objective_ids()
            }
            for objective_id in wanted:
                if objective_id in current or objective_id in active:
                    continue
                owned = {o for p in repo.list_plans(conn, client_id) for o in p.objective_ids()}
                if objective_id in owned:
                    raise ValidationError(
                        "That objective is in a plan that is not active; a session names "
                        "objectives of the active plan."
                    )
                # Not the client's at all: the repository words it.
            links = repo.set_session_objectives(conn, session_id, wanted, now)
            if set(current) != {link.objective_id for link in links}:
                self._vault.audit.append(
                    conn,
                    "link-objectives",
                    at=now,
                    subject=session_id,
                    detail=f"{len(links)} objectives",
                )
        return wanted

    def objectives_for_session(self, session_id: str) -> list[str]:
        """The objective ids this session worked on."""
        return [link.objective_id for link in repo.session_links(self._conn, session_id)]

    def objective_choices(self, session_id: str) -> list[ObjectiveChoice]:
        """What a session may name: every objective of the client's active plan, and any
        other objective it names already, in plan order (active plan first)."""
        client_id = session_repo.get_session(self._conn, session_id).client_id
        linked = set(self.objectives_for_session(session_id))
        plans = repo.list_plans(self._conn, client_id)
        shown = [p for p in plans if p.status is PlanStatus.ACTIVE] + [
            p for p in plans if p.status is not PlanStatus.ACTIVE and p.objective_ids() & linked
        ]
        choices: list[ObjectiveChoice] = []
        for plan in shown:
            for problem, goal, objective in plan.objectives():
                if plan.status is not PlanStatus.ACTIVE and objective.id not in linked:
                    continue
                path = plan.path_of(objective.id)
                assert path is not None and len(path) == 3
                thread = ObjectiveThread(problem, goal, objective, (path[0], path[1], path[2]))
                choices.append(ObjectiveChoice(plan, thread, objective.id in linked))
        return choices

    def golden_thread(self, plan_id: str) -> list[ObjectiveThread]:
        """Each objective of the plan, in plan order, with the sessions that worked on it
        (oldest first: when, what kind, where its note stands)."""
        plan = repo.get_plan(self._conn, plan_id)
        sessions = repo.golden_thread(self._conn, plan_id)
        threads: list[ObjectiveThread] = []
        for problem, goal, objective in plan.objectives():
            path = plan.path_of(objective.id)
            assert path is not None and len(path) == 3
            threads.append(
                ObjectiveThread(
                    problem,
                    goal,
                    objective,
                    (path[0], path[1], path[2]),
                    tuple(sessions.get(objective.id, ())),
                )
            )
        return threads

    # -- reviews due ------------------------------------------------------------------------
    def due_for_review(self, today: date) -> list[PlanReviewDue]:
        """Active plans of active clients whose review date is `today` or earlier:
        (client_id, display_name, plan_id, review_date), by client name."""
        return repo.plans_due_for_review(self._conn, today)
