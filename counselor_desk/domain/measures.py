"""Filled-in worksheets and scale entries: the records behind the Worksheets and Scales tabs.

A worksheet instance is one client's copy of a worksheet definition (domain.worksheets):
its answers are plain JSON keyed by field key, it may be tied to a session, and it goes
draft → complete, and back to draft when reopened. Its history is a list of versions.

History rule: a version is written when a worksheet is marked complete (a snapshot of
exactly what was completed) and when a completed worksheet is reopened for editing (a
marker of when it was reopened, holding the values it had). Autosaves of a draft write
no version. So every state that was ever "complete" stays in the history, however the
worksheet is edited afterwards.

A scale entry is one administration of a standard scale (domain.scales): the item
answers as given, with the total, band and flags computed by `scales.score`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from counselor_desk.domain.errors import CounselorDeskError, ValidationError
from counselor_desk.domain.records import new_id
from counselor_desk.domain.scales import Flag, FlagKind, ScaleId, ScaleResult
from counselor_desk.domain.worksheets import ValueProblem


class WorksheetStatus(StrEnum):
    DRAFT = "draft"
    COMPLETE = "complete"


@dataclass(frozen=True)
class WorksheetInstance:
    """One client's filled-in copy of a worksheet.

    `values` follow domain.worksheets (field key → JSON value; a table is a list of
    rows). `definition_version` is the version of the definition the values were last
    checked against. `completed_at` is set while the worksheet is complete."""

    client_id: str
    definition_id: str
    definition_version: int
    values: dict[str, Any]
    id: str = field(default_factory=new_id)
    session_id: str | None = None
    status: WorksheetStatus = WorksheetStatus.DRAFT
    created_at: datetime | None = None
    updated_at: datetime | None = None
    completed_at: datetime | None = None

    @property
    def is_complete(self) -> bool:
        return self.status is WorksheetStatus.COMPLETE


@dataclass(frozen=True)
class WorksheetVersion:
    """One entry of a worksheet's history: the values as they were at `saved_at`.

    status COMPLETE: the worksheet was marked complete with these values; status DRAFT:
    a completed worksheet was reopened (its values then are these)."""

    worksheet_id: str
    version: int  # 1, 2, 3 … per worksheet
    values: dict[str, Any]
    status: WorksheetStatus
    saved_at: datetime


@dataclass(frozen=True)
class ScaleEntry:
    """One scale taken on one day. `band` is the band's label (None for a scale without
    bands, e.g. craving). `sex` is kept only for AUDIT-C, whose cut-off depends on it;
    chart shading uses `scales.bands(entry.scale, sex=entry.sex)`."""

    client_id: str
    scale: ScaleId
    taken_on: date
    answers: dict[str, int]
    total: int
    band: str | None
    flags: tuple[Flag, ...] = ()
    id: str = field(default_factory=new_id)
    session_id: str | None = None
    sex: str | None = None
    created_at: datetime | None = None

    def has_flag(self, kind: FlagKind) -> bool:
        return any(flag.kind is kind for flag in self.flags)

    @property
    def safety_flag(self) -> bool:
        """PHQ-9 item 9 above zero: ask about safety today, open the safety plan."""
        return self.has_flag(FlagKind.SAFETY)


def scale_entry_from_result(
    result: ScaleResult,
    *,
    client_id: str,
    answers: Mapping[str, int],
    taken_on: date,
    session_id: str | None = None,
    sex: str | None = None,
    entry_id: str | None = None,
    created_at: datetime | None = None,
) -> ScaleEntry:
    """A ScaleEntry holding what `scales.score` computed for `answers`."""
    return ScaleEntry(
        client_id=client_id,
        scale=result.scale,
        taken_on=taken_on,
        answers=dict(answers),
        total=result.total,
        band=result.band.label if result.band is not None else None,
        flags=result.flags,
        id=entry_id or new_id(),
        session_id=session_id,
        sex=sex if result.scale is ScaleId.AUDIT_C else None,
        created_at=created_at,
    )


class WorksheetIsComplete(CounselorDeskError):
    """A completed worksheet does not change; reopen it first."""


class WorksheetValuesInvalid(ValidationError):
    """Answers that do not fit the worksheet; `problems` carry the path of each for the
    form to highlight (e.g. "moments[0].situation")."""

    def __init__(self, title: str, problems: Sequence[ValueProblem], *, completing: bool) -> None:
        lead = (
            f"{title} cannot be marked complete yet"
            if completing
            else f"{title} cannot be saved as it is"
        )
        super().__init__(f"{lead}: " + "; ".join(str(p) for p in problems) + ".")
        self.problems = list(problems)
