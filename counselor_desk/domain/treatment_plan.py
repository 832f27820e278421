"""Treatment plans: problems → goals → measurable objectives with target dates →
interventions (who, how often), with a review date and a status; and the "golden thread"
from an objective to the sessions that worked on it (DOMAIN.md "Treatment plan").

Every item of the tree has a stable id (`records.new_id`), so a session can name the
objectives it addressed and the link survives every edit of the wording.

Life of a plan: draft (autosaved as typed; anything may still be blank) → active (every
item filled in, a review date after today; a version is kept) → reviewed as often as
needed (a version each time) → completed or discontinued (a version; it never changes
again). A draft may also be discontinued without ever being active.

"Due for review": an active plan whose review date is today or earlier.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import StrEnum
from typing import Any, NamedTuple

from counselor_desk.domain.errors import CounselorDeskError, ValidationError, quoted
from counselor_desk.domain.notes import NoteStatus
from counselor_desk.domain.records import SessionKind, new_id


class PlanStatus(StrEnum):
    DRAFT = "draft"
    ACTIVE = "active"
    COMPLETED = "completed"
    DISCONTINUED = "discontinued"

    @property
    def is_closed(self) -> bool:
        return self in (PlanStatus.COMPLETED, PlanStatus.DISCONTINUED)


class ObjectiveStatus(StrEnum):
    OPEN = "open"  # being worked on
    MET = "met"
    REVISED = "revised"  # replaced by a reworded objective
    DROPPED = "dropped"


class ItemKind(StrEnum):
    """The four levels of the tree, top to bottom."""

    PROBLEM = "problem"
    GOAL = "goal"
    OBJECTIVE = "objective"
    INTERVENTION = "intervention"

    @property
    def depth(self) -> int:
        return _KINDS.index(self)

    @property
    def child(self) -> ItemKind | None:
        return _KINDS[self.depth + 1] if self.depth + 1 < len(_KINDS) else None

    @property
    def parent(self) -> ItemKind | None:
        return _KINDS[self.depth - 1] if self.depth > 0 else None


_KINDS = tuple(ItemKind)


@dataclass(frozen=True)
class Intervention:
    """What the counselor (or someone else) does to help meet an objective."""

    text: str = ""  # what is done
    who: str = ""
    frequency: str = ""  # how often
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class Objective:
    """A measurable step toward a goal, with the day it should be met by."""

    text: str = ""
    target_date: date | None = None
    status: ObjectiveStatus = ObjectiveStatus.OPEN
    interventions: tuple[Intervention, ...] = ()
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class Goal:
    text: str = ""  # best in the client's own words
    objectives: tuple[Objective, ...] = ()
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class Problem:
    text: str = ""
    goals: tuple[Goal, ...] = ()
    id: str = field(default_factory=new_id)


PlanItem = Problem | Goal | Objective | Intervention


def kind_of(item: PlanItem) -> ItemKind:
    if isinstance(item, Problem):
        return ItemKind.PROBLEM
    if isinstance(item, Goal):
        return ItemKind.GOAL
    if isinstance(item, Objective):
        return ItemKind.OBJECTIVE
    return ItemKind.INTERVENTION


def children(item: PlanItem) -> tuple[PlanItem, ...]:
    if isinstance(item, Problem):
        return item.goals
    if isinstance(item, Goal):
        return item.objectives
    if isinstance(item, Objective):
        return item.interventions
    return ()


def _with_children(item: PlanItem, kids: Sequence[PlanItem]) -> PlanItem:
    if isinstance(item, Problem):
        return replace(item, goals=tuple(k for k in kids if isinstance(k, Goal)))
    if isinstance(item, Goal):
        return replace(item, objectives=tuple(k for k in kids if isinstance(k, Objective)))
    if isinstance(item, Objective):
        return replace(item, interventions=tuple(k for k in kids if isinstance(k, Intervention)))
    return item


@dataclass(frozen=True)
class TreatmentPlan:
    """One client's plan. `problems` is the whole tree; `review_date` is when it is
    next due for review (set when it is activated and at each review)."""

    client_id: str
    problems: tuple[Problem, ...] = ()
    id: str = field(default_factory=new_id)
    status: PlanStatus = PlanStatus.DRAFT
    review_date: date | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None

    @property
    def is_editable(self) -> bool:
        """Drafts and active plans change; completed and discontinued ones never do."""
        return not self.status.is_closed

    def items(self) -> Iterator[tuple[PlanItem, tuple[int, ...]]]:
        """Every item, depth first, with its path of 0-based positions."""

        def walk(
            nodes: Sequence[PlanItem], path: tuple[int, ...]
        ) -> Iterator[tuple[PlanItem, tuple[int, ...]]]:
            for index, node in enumerate(nodes):
                here = (*path, index)
                yield node, here
                yield from walk(children(node), here)

        yield from walk(self.problems, ())

    def objectives(self) -> Iterator[tuple[Problem, Goal, Objective]]:
        """Every objective with the problem and goal it belongs to, in plan order."""
        for problem in self.problems:
            for goal in problem.goals:
                for objective in goal.objectives:
                    yield problem, goal, objective

    def objective_ids(self) -> set[str]:
        return {objective.id for _p, _g, objective in self.objectives()}

    def find(self, item_id: str) -> PlanItem | None:
        return next((item for item, _path in self.items() if item.id == item_id), None)

    def path_of(self, item_id: str) -> tuple[int, ...] | None:
        """0-based positions from the problem down (len 1: a problem … 4: an intervention)."""
        return next((path for item, path in self.items() if item.id == item_id), None)

    def at(self, path: Sequence[int]) -> PlanItem | None:
        nodes: Sequence[PlanItem] = self.problems
        found: PlanItem | None = None
        for index in path:
            if not 0 <= index < len(nodes):
                return None
            found = nodes[index]
            nodes = children(found)
        return found


def due_for_review(plan: TreatmentPlan, today: date) -> bool:
    """Active, and its review date is today or earlier."""
    return (
        plan.status is PlanStatus.ACTIVE
        and plan.review_date is not None
        and plan.review_date <= today
    )


def blank_plan(client_id: str) -> TreatmentPlan:
    """A new draft: one empty problem with one empty goal and one empty objective."""
    return TreatmentPlan(
        client_id=client_id,
        problems=(Problem(goals=(Goal(objectives=(Objective(),)),)),),
    )


def item_label(path: Sequence[int]) -> str:
    """'Problem 1, goal 2, objective 1' for a path (in English: for messages raised by
    the core; the window words paths itself)."""
    names = ("Problem", "goal", "objective", "intervention")
    return ", ".join(f"{names[depth]} {index + 1}" for depth, index in enumerate(path))


# -- editing (pure: each returns a new plan) -------------------------------------------------


class PlanClosed(CounselorDeskError):
    """A completed or discontinued plan does not change."""


_FIELDS: Mapping[ItemKind, frozenset[str]] = {
    ItemKind.PROBLEM: frozenset({"text"}),
    ItemKind.GOAL: frozenset({"text"}),
    ItemKind.OBJECTIVE: frozenset({"text", "target_date", "status"}),
    ItemKind.INTERVENTION: frozenset({"text", "who", "frequency"}),
}


def _map(plan: TreatmentPlan, item_id: str, change: Any) -> TreatmentPlan:
    """The plan with `change(item)` in place of the item (None removes it)."""

    def rebuild(nodes: Sequence[PlanItem]) -> tuple[PlanItem, ...]:
        out: list[PlanItem] = []
        for node in nodes:
            if node.id == item_id:
                changed = change(node)
                if changed is not None:
                    out.append(changed)
                continue
            kids = children(node)
            out.append(_with_children(node, rebuild(kids)) if kids else node)
        return tuple(out)

    problems = tuple(p for p in rebuild(plan.problems) if isinstance(p, Problem))
    return replace(plan, problems=problems)


def _require(plan: TreatmentPlan, item_id: str) -> PlanItem:
    found = plan.find(item_id)
    if found is None:
        raise ValidationError(f"This plan has no item with id {item_id}.")
    return found


def update_item(plan: TreatmentPlan, item_id: str, **changes: Any) -> TreatmentPlan:
    """Change fields of one item: text (all), target_date and status (objective), who and
    frequency (intervention)."""
    item = _require(plan, item_id)
    allowed = _FIELDS[kind_of(item)]
    unknown = sorted(set(changes) - allowed)
    if unknown:
        raise ValidationError(f"A {kind_of(item).value} has no field {quoted(unknown[0])}.")
    for name, value in changes.items():
        if name == "target_date":
            if value is not None and not isinstance(value, date):
                raise ValidationError("An objective's target date must be a date.")
        elif name == "status":
            changes[name] = ObjectiveStatus(value)
        elif not isinstance(value, str):
            raise ValidationError(f"A {kind_of(item).value}'s {name} must be text.")
    return _map(plan, item_id, lambda node: replace(node, **changes))


def _blank(kind: ItemKind) -> PlanItem:
    """A new item; a goal comes with an empty objective (a goal is met through one)."""
    if kind is ItemKind.PROBLEM:
        return Problem(goals=(Goal(objectives=(Objective(),)),))
    if kind is ItemKind.GOAL:
        return Goal(objectives=(Objective(),))
    if kind is ItemKind.OBJECTIVE:
        return Objective()
    return Intervention()


def _ancestors(plan: TreatmentPlan, item_id: str) -> list[PlanItem]:
    """The item and those above it, top (problem) first."""
    path = plan.path_of(item_id)
    if path is None:
        return []
    found = [plan.at(path[: depth + 1]) for depth in range(len(path))]
    return [item for item in found if item is not None]


def add_item(
    plan: TreatmentPlan, kind: ItemKind, near_id: str | None = None
) -> tuple[TreatmentPlan, str]:
    """Add an empty item of `kind` where the counselor is (`near_id`, the item selected):
    after it when it is of the same kind; as the last child when it is the level above;
    after the branch it belongs to when it is deeper; under the last item of the level
    above otherwise. Returns the new plan and the new item's id."""
    if not plan.is_editable:
        raise PlanClosed("This plan is closed; start a new plan to change it.")
    new = _blank(kind)
    line = _ancestors(plan, near_id) if near_id is not None else []
    if near_id is not None and not line:
        raise ValidationError(f"This plan has no item with id {near_id}.")
    same = next((item for item in line if kind_of(item) is kind), None)
    if same is not None:
        return _insert_after(plan, same.id, new), new.id
    if kind is ItemKind.PROBLEM:
        return replace(plan, problems=(*plan.problems, new)), new.id  # type: ignore[arg-type]
    parent_kind = kind.parent
    assert parent_kind is not None
    parent = next((item for item in line if kind_of(item) is parent_kind), None)
    if parent is None:
        # The selection is above the level needed (or nothing is selected): the last
        # item of the parent level under it.
        scope: Sequence[PlanItem] = children(line[-1]) if line else plan.problems
        parent = _last_of(scope, parent_kind)
    if parent is None:
        raise ValidationError(f"Add a {parent_kind.value} first: a {kind.value} goes under one.")
    parent_id = parent.id
    return (
        _map(plan, parent_id, lambda node: _with_children(node, (*children(node), new))),
        new.id,
    )


def _last_of(nodes: Sequence[PlanItem], kind: ItemKind) -> PlanItem | None:
    if not nodes:
        return None
    last = nodes[-1]
    if kind_of(last) is kind:
        return last
    for node in reversed(nodes):
        found = _last_of(children(node), kind)
        if found is not None:
            return found
    return None


def _insert_after(plan: TreatmentPlan, item_id: str, new: PlanItem) -> TreatmentPlan:
    path = plan.path_of(item_id)
    assert path is not None
    if len(path) == 1:
        problems = list(plan.problems)
        problems.insert(path[0] + 1, new)  # type: ignore[arg-type]
        return replace(plan, problems=tuple(problems))
    parent = plan.at(path[:-1])
    assert parent is not None

    def put(node: PlanItem) -> PlanItem:
        kids = list(children(node))
        kids.insert(path[-1] + 1, new)
        return _with_children(node, kids)

    return _map(plan, parent.id, put)


def remove_item(plan: TreatmentPlan, item_id: str) -> TreatmentPlan:
    """The plan without the item and everything under it."""
    if not plan.is_editable:
        raise PlanClosed("This plan is closed; start a new plan to change it.")
    _require(plan, item_id)
    return _map(plan, item_id, lambda _node: None)


def move_item(plan: TreatmentPlan, item_id: str, step: int) -> TreatmentPlan:
    """Move an item up (step -1) or down (+1) among its siblings; at an end, unchanged."""
    if not plan.is_editable:
        raise PlanClosed("This plan is closed; start a new plan to change it.")
    path = plan.path_of(item_id)
    if path is None:
        raise ValidationError(f"This plan has no item with id {item_id}.")
    siblings: list[PlanItem]
    parent = plan.at(path[:-1]) if len(path) > 1 else None
    siblings = list(children(parent) if parent is not None else plan.problems)
    here, there = path[-1], path[-1] + step
    if not 0 <= there < len(siblings):
        return plan
    siblings[here], siblings[there] = siblings[there], siblings[here]
    if parent is None:
        return replace(plan, problems=tuple(s for s in siblings if isinstance(s, Problem)))
    return _map(plan, parent.id, lambda node: _with_children(node, siblings))


def objective_ids_under(plan: TreatmentPlan, item_id: str) -> set[str]:
    """The objectives an item holds (itself, when it is one)."""
    item = plan.find(item_id)
    if item is None:
        return set()
    found: set[str] = set()

    def walk(node: PlanItem) -> None:
        if isinstance(node, Objective):
            found.add(node.id)
        for kid in children(node):
            walk(kid)

    walk(item)
    return found


# -- checks ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PlanFault:
    """One thing wrong with a plan: the item (None: the plan itself), where it is in
    words, and what is wrong."""

    item_id: str | None
    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where} {self.message}" if self.where else self.message


class PlanInvalid(ValidationError):
    """A plan that cannot be stored, activated or reviewed as it is; `faults` name each
    item for the window to select."""

    def __init__(self, lead: str, faults: Sequence[PlanFault]) -> None:
        super().__init__(f"{lead}: " + "; ".join(str(f) for f in faults) + ".")
        self.faults = list(faults)


def storage_faults(plan: TreatmentPlan) -> list[PlanFault]:
    """What stops a plan from being stored at all: an item without an id, or two items
    with one id (a session's link would point at both)."""
    faults: list[PlanFault] = []
    seen: set[str] = set()
    for item, path in plan.items():
        where = item_label(path)
        if not isinstance(item.id, str) or not item.id.strip():
            faults.append(PlanFault(None, where, "has no id"))
        elif item.id in seen:
            faults.append(PlanFault(item.id, where, f"has the id {item.id} of another item"))
        seen.add(item.id)
        if kind_of(item) is not _KINDS[len(path) - 1]:
            faults.append(PlanFault(item.id, where, "is at the wrong level"))
    if plan.id in seen:
        faults.append(PlanFault(plan.id, "The plan", "shares its id with one of its items"))
    return faults


def activation_faults(plan: TreatmentPlan) -> list[PlanFault]:
    """What is still missing before a plan can be active: at least one problem; each
    problem worded and with a goal; each goal worded and with an objective; each
    objective worded, with a target date and an intervention; each intervention with
    what, who and how often."""
    faults: list[PlanFault] = []
    if not plan.problems:
        faults.append(PlanFault(None, "", "The plan has no problem yet"))
    for item, path in plan.items():
        where = item_label(path)

        def fault(message: str, item: PlanItem = item, where: str = where) -> None:
            faults.append(PlanFault(item.id, where, message))

        kind = kind_of(item)
        if not item.text.strip():
            fault(
                {
                    ItemKind.PROBLEM: "needs a description",
                    ItemKind.GOAL: "needs wording",
                    ItemKind.OBJECTIVE: "needs a measurable wording",
                    ItemKind.INTERVENTION: "needs what is done",
                }[kind]
            )
        if isinstance(item, Objective) and item.target_date is None:
            fault("needs a target date")
        if isinstance(item, Intervention):
            if not item.who.strip():
                fault("needs who does it")
            if not item.frequency.strip():
                fault("needs how often")
        child = kind.child
        if child is not None and not children(item):
            fault(f"needs at least one {child.value}")
    return faults


# -- JSON (the stored body and the interchange file) ---------------------------------------------


def to_body(plan: TreatmentPlan) -> dict[str, Any]:
    """The tree as plain JSON: {"problems": [{id, text, goals: [{id, text, objectives:
    [{id, text, target_date, status, interventions: [{id, text, who, frequency}]}]}]}]}."""
    return {
        "problems": [
            {
                "id": problem.id,
                "text": problem.text,
                "goals": [
                    {
                        "id": goal.id,
                        "text": goal.text,
                        "objectives": [
                            {
                                "id": objective.id,
                                "text": objective.text,
                                "target_date": objective.target_date.isoformat()
                                if objective.target_date
                                else None,
                                "status": objective.status.value,
                                "interventions": [
                                    {
                                        "id": i.id,
                                        "text": i.text,
                                        "who": i.who,
                                        "frequency": i.frequency,
                                    }
                                    for i in objective.interventions
                                ],
                            }
                            for objective in goal.objectives
                        ],
                    }
                    for goal in problem.goals
                ],
            }
            for problem in plan.problems
        ]
    }


def body_json(plan: TreatmentPlan) -> str:
    """The stored form: compact, keys sorted, non-ASCII kept."""
    return json.dumps(to_body(plan), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


class PlanBodyInvalid(ValidationError):
    """A body that is not a plan; `path` is where (e.g. "problems[0].goals[1].text")."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}" if path else message)
        self.path = path
        self.message = message


class _Reader:
    def obj(self, value: Any, path: str) -> Mapping[str, Any]:
        if not isinstance(value, Mapping):
            raise PlanBodyInvalid(path, "must be an object")
        return value

    def items(self, obj: Mapping[str, Any], key: str, path: str) -> list[tuple[str, Any]]:
        value = obj.get(key, [])
        here = _join(path, key)
        if not isinstance(value, list):
            raise PlanBodyInvalid(here, "must be a list")
        return [(f"{here}[{index}]", item) for index, item in enumerate(value)]

    def text(self, obj: Mapping[str, Any], key: str, path: str) -> str:
        value = obj.get(key, "")
        if value is None:
            return ""
        if not isinstance(value, str):
            raise PlanBodyInvalid(_join(path, key), "must be text")
        return value

    def ident(self, obj: Mapping[str, Any], path: str) -> str:
        value = obj.get("id")
        if not isinstance(value, str) or not value.strip():
            raise PlanBodyInvalid(_join(path, "id"), "must be a non-empty id")
        return value

    def day(self, obj: Mapping[str, Any], key: str, path: str) -> date | None:
        value = obj.get(key)
        if value is None or value == "":
            return None
        if isinstance(value, str):
            try:
                return date.fromisoformat(value)
            except ValueError:
                pass
        raise PlanBodyInvalid(_join(path, key), "must be a date (YYYY-MM-DD)")

    def status(self, obj: Mapping[str, Any], path: str) -> ObjectiveStatus:
        value = obj.get("status", ObjectiveStatus.OPEN.value)
        try:
            return ObjectiveStatus(value)
        except ValueError:
            known = ", ".join(s.value for s in ObjectiveStatus)
            raise PlanBodyInvalid(_join(path, "status"), f"must be one of {known}") from None


def _join(path: str, key: str) -> str:
    """path.key; a key that is not a plain name is quoted (path["a key"]), as JSON paths
    write it, so the path still leads to it."""
    if not _PLAIN_KEY.fullmatch(key):
        return f"{path}[{json.dumps(key, ensure_ascii=False)}]"
    return f"{path}.{key}" if path else key


_PLAIN_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


_BODY_KEYS = {
    "": {"problems"},
    "problem": {"id", "text", "goals"},
    "goal": {"id", "text", "objectives"},
    "objective": {"id", "text", "target_date", "status", "interventions"},
    "intervention": {"id", "text", "who", "frequency"},
}


def _no_extra(obj: Mapping[str, Any], level: str, path: str) -> None:
    extra = sorted(set(obj) - _BODY_KEYS[level])
    if extra:
        raise PlanBodyInvalid(_join(path, extra[0]), f"is not a field of a {level or 'plan'}")


def problems_from_body(body: Any, path: str = "") -> tuple[Problem, ...]:
    """The tree from its JSON (`to_body`); PlanBodyInvalid names the first bad place."""
    read = _Reader()
    root = read.obj(body, path or "body")
    _no_extra(root, "", path)
    problems: list[Problem] = []
    for p_path, p_value in read.items(root, "problems", path):
        p = read.obj(p_value, p_path)
        _no_extra(p, "problem", p_path)
        goals: list[Goal] = []
        for g_path, g_value in read.items(p, "goals", p_path):
            g = read.obj(g_value, g_path)
            _no_extra(g, "goal", g_path)
            objectives: list[Objective] = []
            for o_path, o_value in read.items(g, "objectives", g_path):
                o = read.obj(o_value, o_path)
                _no_extra(o, "objective", o_path)
                interventions: list[Intervention] = []
                for i_path, i_value in read.items(o, "interventions", o_path):
                    i = read.obj(i_value, i_path)
                    _no_extra(i, "intervention", i_path)
                    interventions.append(
                        Intervention(
                            text=read.text(i, "text", i_path),
                            who=read.text(i, "who", i_path),
                            frequency=read.text(i, "frequency", i_path),
                            id=read.ident(i, i_path),
                        )
                    )
                objectives.append(
                    Objective(
                        text=read.text(o, "text", o_path),
                        target_date=read.day(o, "target_date", o_path),
                        status=read.status(o, o_path),
                        interventions=tuple(interventions),
                        id=read.ident(o, o_path),
                    )
                )
            goals.append(
                Goal(
                    text=read.text(g, "text", g_path),
                    objectives=tuple(objectives),
                    id=read.ident(g, g_path),
                )
            )
        problems.append(
            Problem(text=read.text(p, "text", p_path), goals=tuple(goals), id=read.ident(p, p_path))
        )
    return tuple(problems)


def searchable_text(plan: TreatmentPlan) -> str:
    """Every word written in the plan, one item a line (for the search index)."""
    lines: list[str] = []
    for item, _path in plan.items():
        parts: Iterable[str] = (item.text,)
        if isinstance(item, Intervention):
            parts = (item.text, item.who, item.frequency)
        lines.extend(part.strip() for part in parts if part.strip())
    return "\n".join(lines)


# -- history -------------------------------------------------------------------------------------


class PlanEvent(StrEnum):
    ACTIVATED = "activated"
    REVIEWED = "reviewed"
    COMPLETED = "completed"
    DISCONTINUED = "discontinued"


@dataclass(frozen=True)
class PlanVersion:
    """The plan as it stood when it was activated, reviewed or closed. `review_date` is
    the next review set then."""

    plan_id: str
    version: int  # 1, 2, 3 … per plan
    problems: tuple[Problem, ...]
    status: PlanStatus
    review_date: date | None
    saved_at: datetime

    @property
    def event(self) -> PlanEvent:
        """What made this version: the first active one is the activation, a later
        active one a review, a closed one the closing."""
        if self.status is PlanStatus.COMPLETED:
            return PlanEvent.COMPLETED
        if self.status is PlanStatus.DISCONTINUED:
            return PlanEvent.DISCONTINUED
        return PlanEvent.ACTIVATED if self.version == 1 else PlanEvent.REVIEWED


# -- the golden thread ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ObjectiveLink:
    """A session worked on an objective (of `plan_id`, both the client's)."""

    session_id: str
    plan_id: str
    objective_id: str
    client_id: str
    created_at: datetime | None = None


@dataclass(frozen=True)
class ThreadSession:
    """One session that worked on an objective, with where its note stands."""

    session_id: str
    start: datetime
    kind: SessionKind
    minutes: int
    note_id: str | None = None
    note_status: NoteStatus | None = None
    late_entry: bool = False


@dataclass(frozen=True)
class ObjectiveThread:
    """An objective of a plan with the sessions that worked on it, oldest first."""

    problem: Problem
    goal: Goal
    objective: Objective
    path: tuple[int, int, int]
    sessions: tuple[ThreadSession, ...] = ()


class PlanReviewDue(NamedTuple):
    """An active plan whose review date has come (for the "today" list)."""

    client_id: str
    display_name: str
    plan_id: str
    review_date: date
