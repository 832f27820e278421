"""Treatment plans: the tree and its edits, what activation asks for, the JSON body, the
plan's life (draft → active → reviewed → closed) with its history, search over plan
words, the golden thread from objectives to sessions, and plans due for review (also on
the "today" list). Real SQLCipher vaults in tmp_path."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Protocol

import pytest

from counselor_desk.domain.errors import RecordNotFound, ValidationError
from counselor_desk.domain.notes import NoteFormat, NoteStatus
from counselor_desk.domain.records import Client, Session, SessionKind
from counselor_desk.domain.treatment_plan import (
    Goal,
    Intervention,
    ItemKind,
    Objective,
    ObjectiveLink,
    ObjectiveStatus,
    PlanBodyInvalid,
    PlanClosed,
    PlanEvent,
    PlanInvalid,
    PlanStatus,
    PlanVersion,
    Problem,
    TreatmentPlan,
    activation_faults,
    add_item,
    blank_plan,
    due_for_review,
    move_item,
    objective_ids_under,
    problems_from_body,
    remove_item,
    searchable_text,
    storage_faults,
    to_body,
    update_item,
)
from counselor_desk.services.caseload import Caseload
from counselor_desk.services.plans import Plans
from counselor_desk.services.screening import DueReason, Screening
from counselor_desk.vault import plans as repo
from counselor_desk.vault.connection import IntegrityError
from counselor_desk.vault.search import search
from counselor_desk.vault.store import Vault


class FixedClock(Protocol):
    now: datetime

    def __call__(self) -> datetime: ...

    def advance(self, **delta: float) -> datetime: ...

    def set(self, value: datetime) -> None: ...


TODAY = date(2024, 5, 6)  # the conftest clock's day (2024-05-06 09:30 UTC)
NEXT_REVIEW = date(2024, 8, 1)


def complete_plan(client_id: str) -> TreatmentPlan:
    """A plan every item of which is filled in (fictional)."""
    return TreatmentPlan(
        client_id=client_id,
        problems=(
            Problem(
                "Opioid use disorder, early remission on buprenorphine",
                goals=(
                    Goal(
                        "I want to stay off fentanyl and keep my job",
                        objectives=(
                            Objective(
                                "Attends two NA meetings a week for 8 weeks",
                                target_date=date(2024, 7, 1),
                                interventions=(
                                    Intervention(
                                        "Meeting list and sponsor talk", "Counselor", "Weekly"
                                    ),
                                ),
                            ),
                            Objective(
                                "Names three craving triggers and a plan for each",
                                target_date=date(2024, 6, 1),
                                interventions=(
                                    Intervention(
                                        "Triggers and coping plan worksheet",
                                        "Counselor",
                                        "Every session",
                                    ),
                                ),
                            ),
                        ),
                    ),
                ),
            ),
        ),
    )


@pytest.fixture
def vault(make_vault: Callable[..., Vault], clock: FixedClock) -> Vault:
    return make_vault(clock=clock)


@pytest.fixture
def caseload(vault: Vault) -> Caseload:
    return Caseload(vault)


@pytest.fixture
def plans(vault: Vault) -> Plans:
    return Plans(vault)


@pytest.fixture
def dana(caseload: Caseload) -> Client:
    return caseload.add_client(Client("Dana R."))


@pytest.fixture
def marcus(caseload: Caseload) -> Client:
    return caseload.add_client(Client("Marcus T."))


def add_session(caseload: Caseload, client: Client, start: str = "2024-05-01T16:00:00Z") -> Session:
    return caseload.add_session(
        Session(client.id, datetime.fromisoformat(start), 50, SessionKind.INDIVIDUAL)
    )


def active_plan(plans: Plans, client: Client) -> TreatmentPlan:
    draft = plans.start_plan(client.id)
    filled = replace(complete_plan(client.id), id=draft.id)
    plans.save_plan(filled)
    return plans.activate(draft.id, NEXT_REVIEW)


def objective_ids(plan: TreatmentPlan) -> list[str]:
    return [o.id for _p, _g, o in plan.objectives()]


# -- the tree ---------------------------------------------------------------------------------


def test_a_new_plan_is_a_draft_with_one_empty_problem_goal_and_objective() -> None:
    plan = blank_plan("client-1")
    assert plan.status is PlanStatus.DRAFT and plan.review_date is None
    [(problem, goal, objective)] = list(plan.objectives())
    assert (problem.text, goal.text, objective.text) == ("", "", "")
    assert objective.status is ObjectiveStatus.OPEN and objective.interventions == ()
    ids = [item.id for item, _path in plan.items()]
    assert len(set(ids)) == 3


def test_items_are_added_where_the_counselor_is() -> None:
    plan = blank_plan("c")
    [(problem, goal, objective)] = list(plan.objectives())
    # An intervention with the objective selected goes under it.
    plan, intervention = add_item(plan, ItemKind.INTERVENTION, objective.id)
    assert plan.path_of(intervention) == (0, 0, 0, 0)
    # An objective with an intervention selected follows that intervention's objective.
    plan, second = add_item(plan, ItemKind.OBJECTIVE, intervention)
    assert plan.path_of(second) == (0, 0, 1)
    # A goal with the problem selected is its last goal, and comes with an empty objective.
    plan, new_goal = add_item(plan, ItemKind.GOAL, problem.id)
    assert plan.path_of(new_goal) == (0, 1)
    assert len(plan.at((0, 1)).objectives) == 1  # type: ignore[union-attr]
    # A problem after the selected problem; with nothing selected, at the end.
    plan, after_first = add_item(plan, ItemKind.PROBLEM, goal.id)
    assert plan.path_of(after_first) == (1,)
    plan, last = add_item(plan, ItemKind.PROBLEM)
    assert plan.path_of(last) == (2,)
    # An intervention with a problem selected goes to that problem's last objective.
    plan, deep = add_item(plan, ItemKind.INTERVENTION, problem.id)
    assert plan.path_of(deep) == (0, 1, 0, 0)
    assert plan.path_of(objective.id) == (0, 0, 0)  # nothing else moved


def test_an_item_needs_somewhere_to_go() -> None:
    empty = TreatmentPlan(client_id="c")
    with pytest.raises(ValidationError, match="Add a problem first"):
        add_item(empty, ItemKind.GOAL)
    with pytest.raises(ValidationError, match="no item with id nope"):
        add_item(blank_plan("c"), ItemKind.GOAL, "nope")


def test_remove_move_and_update_items() -> None:
    plan = complete_plan("c")
    first, second = objective_ids(plan)
    moved = move_item(plan, second, -1)
    assert objective_ids(moved) == [second, first]
    assert move_item(moved, second, -1) == moved  # already first: unchanged
    problem = plan.problems[0]
    assert objective_ids_under(plan, problem.id) == {first, second}
    assert objective_ids_under(plan, first) == {first}
    fewer = remove_item(plan, first)
    assert objective_ids(fewer) == [second]
    assert plan.find(first) is not None  # the original is untouched (frozen)
    changed = update_item(
        plan, first, text="Attends three meetings a week", status="met", target_date=None
    )
    found = changed.find(first)
    assert isinstance(found, Objective)
    assert (found.text, found.status, found.target_date) == (
        "Attends three meetings a week",
        ObjectiveStatus.MET,
        None,
    )
    with pytest.raises(ValidationError, match="A goal has no field 'who'"):
        update_item(plan, plan.problems[0].goals[0].id, who="Counselor")
    closed = replace(plan, status=PlanStatus.COMPLETED)
    with pytest.raises(PlanClosed):
        remove_item(closed, first)
    with pytest.raises(PlanClosed):
        add_item(closed, ItemKind.PROBLEM)


def test_activation_names_every_item_still_missing_something() -> None:
    plan = blank_plan("c")
    plan, intervention = add_item(plan, ItemKind.INTERVENTION, objective_ids(plan)[0])
    plan = update_item(plan, intervention, text="Relapse prevention group", who="Counselor")
    said = [str(f) for f in activation_faults(plan)]
    assert said == [
        "Problem 1 needs a description",
        "Problem 1, goal 1 needs wording",
        "Problem 1, goal 1, objective 1 needs a measurable wording",
        "Problem 1, goal 1, objective 1 needs a target date",
        "Problem 1, goal 1, objective 1, intervention 1 needs how often",
    ]
    assert activation_faults(TreatmentPlan(client_id="c"))[0].message == (
        "The plan has no problem yet"
    )
    assert activation_faults(complete_plan("c")) == []
    plan = complete_plan("c")
    [fault] = activation_faults(remove_item(plan, plan.problems[0].goals[0].id))
    assert str(fault) == "Problem 1 needs at least one goal"


def test_an_item_id_used_twice_cannot_be_stored() -> None:
    plan = complete_plan("c")
    first = plan.problems[0].goals[0].objectives[0]
    twin = replace(plan.problems[0].goals[0].objectives[1], id=first.id)
    goal = replace(plan.problems[0].goals[0], objectives=(first, twin))
    broken = replace(plan, problems=(replace(plan.problems[0], goals=(goal,)),))
    [fault] = storage_faults(broken)
    assert fault.where == "Problem 1, goal 1, objective 2"
    assert first.id in fault.message


def test_the_body_round_trips_and_a_bad_body_names_the_place() -> None:
    plan = complete_plan("c")
    plan = update_item(plan, objective_ids(plan)[0], text="Va a dos reuniones de NA — ñ")
    body = to_body(plan)
    assert problems_from_body(body) == plan.problems
    bad = to_body(plan)
    bad["problems"][0]["goals"][0]["objectives"][1]["target_date"] = "next week"
    with pytest.raises(PlanBodyInvalid) as caught:
        problems_from_body(bad, "$.clients[0].treatment_plans[0].body")
    assert caught.value.path == (
        "$.clients[0].treatment_plans[0].body.problems[0].goals[0].objectives[1].target_date"
    )
    extra = to_body(plan)
    extra["problems"][0]["owner"] = "x"
    with pytest.raises(PlanBodyInvalid, match=r"problems\[0\]\.owner: is not a field"):
        problems_from_body(extra)
    with pytest.raises(PlanBodyInvalid, match=r"problems\[0\]\.goals\[0\]\.id"):
        nameless = to_body(plan)
        del nameless["problems"][0]["goals"][0]["id"]
        problems_from_body(nameless)


def test_searchable_text_holds_every_word_written() -> None:
    text = searchable_text(complete_plan("c"))
    for words in ("fentanyl", "NA meetings", "craving triggers", "Counselor", "Every session"):
        assert words in text


def test_due_for_review_is_an_active_plan_on_or_after_its_review_date() -> None:
    plan = replace(complete_plan("c"), status=PlanStatus.ACTIVE, review_date=TODAY)
    assert due_for_review(plan, TODAY)
    assert due_for_review(plan, date(2024, 5, 7))
    assert not due_for_review(plan, date(2024, 5, 5))
    assert not due_for_review(replace(plan, status=PlanStatus.DRAFT), TODAY)
    assert not due_for_review(replace(plan, status=PlanStatus.COMPLETED), TODAY)
    assert not due_for_review(replace(plan, review_date=None), TODAY)


# -- the plan's life ------------------------------------------------------------------------


def test_start_autosave_and_search_a_draft(vault: Vault, plans: Plans, dana: Client) -> None:
    draft = plans.start_plan(dana.id)
    assert plans.plans(dana.id) == [draft]
    assert vault.audit.entries(vault.conn, limit=1)[0].action == "create-plan"
    edited = update_item(draft, draft.problems[0].id, text="Housing is not stable")
    saved = plans.save_plan(edited)
    assert plans.plan(draft.id).problems == saved.problems == edited.problems
    [hit] = search(vault.conn, "housing")
    assert (hit.kind, hit.ref_id, hit.client_id) == ("plan", draft.id, dana.id)
    plans.save_plan(update_item(saved, draft.problems[0].id, text="Work stress"))
    assert search(vault.conn, "housing") == []
    assert [h.ref_id for h in search(vault.conn, "stress")] == [draft.id]
    # Autosaves are not audited, and no audit row carries what the plan says.
    actions = [e.action for e in vault.audit.entries(vault.conn)]
    assert actions.count("create-plan") == 1
    for entry in vault.audit.entries(vault.conn):
        assert "stress" not in f"{entry.subject} {entry.detail}"
        assert "Dana" not in f"{entry.subject} {entry.detail}"


def test_activation_needs_a_complete_plan_and_a_future_review_date(
    plans: Plans, dana: Client
) -> None:
    draft = plans.start_plan(dana.id)
    with pytest.raises(PlanInvalid) as caught:
        plans.activate(draft.id, NEXT_REVIEW)
    assert "Problem 1, goal 1, objective 1 needs a target date" in str(caught.value)
    assert caught.value.faults[0].item_id == draft.problems[0].id
    plans.save_plan(replace(complete_plan(dana.id), id=draft.id))
    for day in (TODAY, date(2024, 5, 1)):
        with pytest.raises(ValidationError, match="must be after today"):
            plans.activate(draft.id, day)
    assert plans.plan(draft.id).status is PlanStatus.DRAFT
    active = plans.activate(draft.id, NEXT_REVIEW)
    assert (active.status, active.review_date) == (PlanStatus.ACTIVE, NEXT_REVIEW)
    [version] = plans.history(draft.id)
    assert (version.version, version.event, version.review_date) == (
        1,
        PlanEvent.ACTIVATED,
        NEXT_REVIEW,
    )
    assert version.problems == active.problems
    assert plans.active_plan(dana.id) == active


def test_one_active_plan_per_client(plans: Plans, dana: Client, marcus: Client) -> None:
    active_plan(plans, dana)
    active_plan(plans, marcus)  # another client's plan is no obstacle
    second = plans.start_plan(dana.id)
    plans.save_plan(replace(complete_plan(dana.id), id=second.id))
    with pytest.raises(ValidationError, match="already has an active treatment plan"):
        plans.activate(second.id, NEXT_REVIEW)


def test_review_and_close_write_versions_and_a_closed_plan_never_changes(
    vault: Vault, plans: Plans, dana: Client, clock: FixedClock
) -> None:
    plan = active_plan(plans, dana)
    # Edits of an active plan autosave; the review keeps the plan as it then stood.
    edited = update_item(plan, objective_ids(plan)[0], status=ObjectiveStatus.MET)
    plans.save_plan(edited)
    clock.advance(days=30)
    reviewed = plans.review(plan.id, date(2024, 9, 1))
    assert reviewed.review_date == date(2024, 9, 1)
    with pytest.raises(ValidationError, match="after today"):
        plans.review(plan.id, date(2024, 6, 1))
    completed = plans.close(plan.id, PlanStatus.COMPLETED)
    assert completed.status is PlanStatus.COMPLETED
    history = plans.history(plan.id)
    assert [(v.version, v.event) for v in history] == [
        (1, PlanEvent.ACTIVATED),
        (2, PlanEvent.REVIEWED),
        (3, PlanEvent.COMPLETED),
    ]
    assert history[1].problems == edited.problems
    assert history[0].problems == plan.problems
    with pytest.raises(PlanClosed):
        plans.save_plan(update_item(completed, plan.problems[0].id, text="changed"))
    with pytest.raises(PlanClosed, match="already completed"):
        plans.close(plan.id, "discontinued")
    with pytest.raises(ValidationError, match="Only an active plan"):
        plans.review(plan.id, date(2024, 12, 1))
    actions = [e.action for e in reversed(vault.audit.entries(vault.conn))]
    assert actions[-4:] == ["create-plan", "activate-plan", "review-plan", "close-plan"]
    # The history is append-only in the database itself.
    with pytest.raises(IntegrityError, match="append-only"):
        vault.conn.execute("UPDATE treatment_plan_versions SET status='draft'")
    with pytest.raises(IntegrityError, match="append-only"):
        vault.conn.execute("DELETE FROM treatment_plan_versions")


def test_a_draft_is_discontinued_not_completed(plans: Plans, dana: Client) -> None:
    draft = plans.start_plan(dana.id)
    with pytest.raises(ValidationError, match="discontinue it"):
        plans.close(draft.id, PlanStatus.COMPLETED)
    with pytest.raises(ValidationError, match="completed or as discontinued"):
        plans.close(draft.id, "active")
    closed = plans.close(draft.id, "discontinued")
    assert closed.status is PlanStatus.DISCONTINUED
    assert [v.event for v in plans.history(draft.id)] == [PlanEvent.DISCONTINUED]


# -- the golden thread ----------------------------------------------------------------------


def test_a_session_names_objectives_and_the_plan_shows_it_under_each(
    vault: Vault, plans: Plans, caseload: Caseload, dana: Client
) -> None:
    plan = active_plan(plans, dana)
    meetings, triggers = objective_ids(plan)
    early = add_session(caseload, dana, "2024-04-20T15:00:00Z")
    late = add_session(caseload, dana, "2024-05-02T15:00:00Z")
    note = caseload.start_note(late.id, NoteFormat.DAP)
    assert plans.link_session(late.id, [meetings, triggers, meetings]) == [meetings, triggers]
    assert plans.link_session(early.id, [meetings]) == [meetings]
    assert set(plans.objectives_for_session(late.id)) == {meetings, triggers}
    threads = plans.golden_thread(plan.id)
    assert [t.objective.id for t in threads] == [meetings, triggers]
    assert [t.path for t in threads] == [(0, 0, 0), (0, 0, 1)]
    first, second = threads
    assert [s.session_id for s in first.sessions] == [early.id, late.id]  # oldest first
    assert (first.sessions[0].note_id, first.sessions[0].note_status) == (None, None)
    assert (first.sessions[1].note_id, first.sessions[1].note_status) == (
        note.id,
        NoteStatus.DRAFT,
    )
    assert first.sessions[1].kind is SessionKind.INDIVIDUAL
    assert [s.session_id for s in second.sessions] == [late.id]
    assert plans.linked_counts(plan.id) == {meetings: 2, triggers: 1}
    # Replacing the set: the session no longer names the triggers objective.
    assert plans.link_session(late.id, [meetings]) == [meetings]
    assert plans.golden_thread(plan.id)[1].sessions == ()
    assert plans.link_session(late.id, []) == []
    entry = vault.audit.entries(vault.conn, limit=1)[0]
    assert (entry.action, entry.subject) == ("link-objectives", late.id)


def test_a_session_cannot_name_another_clients_objective_or_an_unknown_one(
    plans: Plans, caseload: Caseload, dana: Client, marcus: Client
) -> None:
    dana_plan = active_plan(plans, dana)
    marcus_session = add_session(caseload, marcus)
    with pytest.raises(ValidationError, match="another client's treatment plan"):
        plans.link_session(marcus_session.id, [objective_ids(dana_plan)[0]])
    with pytest.raises(ValidationError, match="no objective nope"):
        plans.link_session(marcus_session.id, ["nope"])
    with pytest.raises(RecordNotFound):
        plans.link_session("no-such-session", [])
    assert plans.objectives_for_session(marcus_session.id) == []


def test_new_links_go_to_the_active_plan_and_old_links_are_kept(
    plans: Plans, caseload: Caseload, dana: Client
) -> None:
    session = add_session(caseload, dana)
    draft = plans.start_plan(dana.id)
    with pytest.raises(ValidationError, match="not active"):
        plans.link_session(session.id, objective_ids(draft))
    old = active_plan(plans, dana)
    plans.link_session(session.id, [objective_ids(old)[0]])
    plans.close(old.id, PlanStatus.COMPLETED)
    new = active_plan(plans, dana)
    # Asking again keeps the old plan's link and adds the new plan's objective.
    both = [objective_ids(old)[0], objective_ids(new)[1]]
    assert plans.link_session(session.id, both) == both
    choices = plans.objective_choices(session.id)
    assert [(c.plan.id, c.thread.objective.id, c.linked) for c in choices] == [
        (new.id, objective_ids(new)[0], False),
        (new.id, objective_ids(new)[1], True),
        (old.id, objective_ids(old)[0], True),
    ]


def test_an_objective_sessions_worked_on_cannot_be_removed(
    plans: Plans, caseload: Caseload, dana: Client
) -> None:
    plan = active_plan(plans, dana)
    meetings, triggers = objective_ids(plan)
    for start in ("2024-04-20T15:00:00Z", "2024-05-02T15:00:00Z"):
        plans.link_session(add_session(caseload, dana, start).id, [meetings])
    with pytest.raises(PlanInvalid) as caught:
        plans.save_plan(remove_item(plan, meetings))
    assert "Problem 1, goal 1, objective 1 was worked on in 2 sessions" in str(caught.value)
    assert caught.value.faults[0].item_id == meetings
    with pytest.raises(PlanInvalid):
        plans.save_plan(remove_item(plan, plan.problems[0].id))  # nor the problem above it
    plans.save_plan(remove_item(plan, triggers))  # never worked on: may go
    dropped = update_item(plans.plan(plan.id), meetings, status=ObjectiveStatus.DROPPED)
    assert plans.save_plan(dropped).find(meetings) is not None


# -- reviews due ------------------------------------------------------------------------------


def test_plans_due_for_review_across_clients_and_on_the_today_list(
    vault: Vault, plans: Plans, caseload: Caseload, dana: Client, marcus: Client, clock: FixedClock
) -> None:
    dana_plan = active_plan(plans, dana)
    active_plan(plans, marcus)
    tom = caseload.add_client(Client("Tom H."))
    tom_plan = active_plan(plans, tom)
    caseload.archive_client(tom.id)
    assert plans.due_for_review(date(2024, 7, 31)) == []
    due = plans.due_for_review(NEXT_REVIEW)
    assert [(d.display_name, d.review_date) for d in due] == [
        ("Dana R.", NEXT_REVIEW),
        ("Marcus T.", NEXT_REVIEW),
    ]
    assert due[0] == (dana.id, "Dana R.", dana_plan.id, NEXT_REVIEW)  # a plain tuple too
    assert tom_plan.id not in {d.plan_id for d in due}  # archived clients are not listed
    clock.set(datetime(2024, 8, 2, 12, 0, tzinfo=UTC))
    plans.review(dana_plan.id, date(2024, 11, 1))
    assert [d.client_id for d in plans.due_for_review(date(2024, 8, 2))] == [marcus.id]
    rows = [d for d in Screening(vault).due_today(date(2024, 8, 2))]
    assert [(d.client_id, d.reason, d.since, d.plan_id) for d in rows] == [
        (marcus.id, DueReason.PLAN_REVIEW, NEXT_REVIEW, plans.active_plan(marcus.id).id)  # type: ignore[union-attr]
    ]


# -- what import-data writes ---------------------------------------------------------------------


def test_inserts_keep_ids_stamps_versions_and_link_times(
    vault: Vault, caseload: Caseload, dana: Client, marcus: Client
) -> None:
    created = datetime(2023, 1, 5, 10, 0, tzinfo=UTC)
    updated = datetime(2023, 2, 5, 10, 0, tzinfo=UTC)
    plan = replace(
        complete_plan(dana.id),
        status=PlanStatus.ACTIVE,
        review_date=date(2023, 4, 1),
        created_at=created,
        updated_at=updated,
    )
    session = add_session(caseload, dana, "2023-01-20T15:00:00Z")
    linked_at = datetime(2023, 1, 20, 16, 0, tzinfo=UTC)
    objective = objective_ids(plan)[1]
    with vault.transaction() as conn:
        now = vault.clock()
        repo.add_plan(conn, plan, now)
        repo.add_version(
            conn,
            PlanVersion(plan.id, 1, plan.problems, PlanStatus.ACTIVE, date(2023, 4, 1), created),
        )
        repo.add_link(conn, ObjectiveLink(session.id, plan.id, objective, dana.id, linked_at), now)
    assert repo.get_plan(vault.conn, plan.id) == plan
    [version] = repo.list_versions(vault.conn, plan.id)
    assert (version.version, version.saved_at, version.problems) == (1, created, plan.problems)
    assert repo.client_links(vault.conn, dana.id) == [
        ObjectiveLink(session.id, plan.id, objective, dana.id, linked_at)
    ]
    assert [h.ref_id for h in search(vault.conn, "fentanyl")] == [plan.id]
    # A link must hold together: the session, plan and objective all the client's.
    other_session = add_session(caseload, marcus)
    with pytest.raises(ValidationError, match="another client"), vault.transaction() as conn:
        repo.add_link(
            conn, ObjectiveLink(other_session.id, plan.id, objective, dana.id), vault.clock()
        )
    with pytest.raises(ValidationError, match="no objective"), vault.transaction() as conn:
        repo.add_link(conn, ObjectiveLink(session.id, plan.id, "x", dana.id), vault.clock())
