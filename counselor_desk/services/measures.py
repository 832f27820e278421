"""Worksheets and scales on an unlocked vault: the use cases behind the Worksheets and
Scales tabs. Each write is one transaction with its audit row (autosaves are not
audited, like note drafts); audit rows name record ids and worksheet or scale ids, never
a client's name or an answer.

Worksheet life: start (blank answers) → autosave drafts → complete (all required answers
present; a version is written) → reopen (a version is written; a draft again) → … See
domain.measures for the history rule.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date
from typing import Any

from counselor_desk.domain.errors import RecordNotFound, ValidationError, quoted
from counselor_desk.domain.measures import (
    ScaleEntry,
    WorksheetInstance,
    WorksheetIsComplete,
    WorksheetStatus,
    WorksheetValuesInvalid,
    WorksheetVersion,
    scale_entry_from_result,
)
from counselor_desk.domain.scales import ScaleId, score
from counselor_desk.domain.worksheets import (
    LoadResult,
    ValueProblem,
    WorksheetDefinition,
    check_values,
    empty_values,
    load_shipped,
    storage_problems,
)
from counselor_desk.vault import clients
from counselor_desk.vault import measures as repo
from counselor_desk.vault.connection import Connection
from counselor_desk.vault.store import Vault

__all__ = [
    "Measures",
    "WorksheetIsComplete",
    "WorksheetValuesInvalid",
]


class Measures:
    """Use cases over one connection: the vault's own by default; a worker thread passes
    a connection of its own (a connection belongs to one thread).

    `catalog` is the set of worksheet definitions; by default the shipped ones, loaded
    once on first use. Pass one LoadResult to several Measures to load the files once."""

    def __init__(
        self, vault: Vault, conn: Connection | None = None, *, catalog: LoadResult | None = None
    ) -> None:
        self._vault = vault
        self._conn = conn if conn is not None else vault.conn
        self._catalog = catalog

    # -- definitions ---------------------------------------------------------------------
    def definitions(self) -> LoadResult:
        """Every usable worksheet definition by id (`.definitions`), and the files that
        were refused, each with a message naming file, key and fault (`.problems`)."""
        if self._catalog is None:
            self._catalog = load_shipped()
        return self._catalog

    def definition(self, definition_id: str) -> WorksheetDefinition:
        found = self.definitions().definitions.get(definition_id)
        if found is None:
            raise RecordNotFound(
                f"There is no worksheet {quoted(definition_id)} in this program "
                "(its file is missing or was refused)."
            )
        return found

    def _definition_or_none(self, definition_id: str) -> WorksheetDefinition | None:
        return self.definitions().definitions.get(definition_id)

    # -- worksheets ----------------------------------------------------------------------
    def worksheets(self, client_id: str) -> list[WorksheetInstance]:
        """A client's worksheets, oldest first (drafts and complete ones)."""
        return repo.list_worksheets(self._conn, client_id)

    def worksheet(self, worksheet_id: str) -> WorksheetInstance:
        """One worksheet (also to open a search hit of kind 'worksheet' by its ref_id)."""
        return repo.get_worksheet(self._conn, worksheet_id)

    def history(self, worksheet_id: str) -> list[WorksheetVersion]:
        """The versions, oldest first: one when it was marked complete, one when reopened."""
        repo.get_worksheet(self._conn, worksheet_id)  # RecordNotFound for an unknown id
        return repo.list_versions(self._conn, worksheet_id)

    def start_worksheet(
        self, client_id: str, definition_id: str, session_id: str | None = None
    ) -> WorksheetInstance:
        """A new draft with blank answers (tables get their first blank rows)."""
        definition = self.definition(definition_id)
        worksheet = WorksheetInstance(
            client_id=client_id,
            definition_id=definition.id,
            definition_version=definition.version,
            values=empty_values(definition),
            session_id=session_id,
        )
        with self._vault.transaction(self._conn) as conn:
            now = self._vault.clock()
            saved = repo.add_worksheet(conn, worksheet, definition, now)
            self._vault.audit.append(
                conn, "create-worksheet", at=now, subject=saved.id, detail=definition.id
            )
        return saved

    def save_worksheet(self, worksheet_id: str, values: Mapping[str, Any]) -> WorksheetInstance:
        """Autosave a draft: committed when this returns. A draft keeps whatever was typed,
        wrong answers included (letters in a phone field, a half-typed date): nothing typed
        is ever refused, and completing checks everything. Only answers that cannot be
        stored at all (a field the worksheet does not have, a value that is not plain
        data) raise WorksheetValuesInvalid. A complete worksheet raises
        WorksheetIsComplete: reopen it first."""
        with self._vault.transaction(self._conn) as conn:
            current = repo.get_worksheet(conn, worksheet_id)
            if current.is_complete:
                raise WorksheetIsComplete(
                    "This worksheet is marked complete; reopen it to change its answers."
                )
            definition = self.definition(current.definition_id)
            self._check_storable(definition, values)
            return repo.save_values(conn, worksheet_id, values, definition, self._vault.clock())

    @staticmethod
    def _check_storable(definition: WorksheetDefinition, values: Mapping[str, Any]) -> None:
        if not isinstance(values, Mapping):
            raise ValidationError("A worksheet's answers are a set of named values.")
        problems = storage_problems(definition, values)
        try:
            json.dumps(dict(values))
        except (TypeError, ValueError):
            problems.append(ValueProblem("", "the answers are not plain text and numbers"))
        if problems:
            raise WorksheetValuesInvalid(definition.title.en, problems, completing=False)

    def complete_worksheet(
        self, worksheet_id: str, values: Mapping[str, Any] | None = None
    ) -> WorksheetInstance:
        """Mark complete: every required answer must be there (WorksheetValuesInvalid names
        each missing field). With `values`, they are saved first, in the same transaction
        (so an autosave still pending in the window is not lost). Writes a version."""
        with self._vault.transaction(self._conn) as conn:
            now = self._vault.clock()
            current = repo.get_worksheet(conn, worksheet_id)
            if current.is_complete:
                raise WorksheetIsComplete("This worksheet is already marked complete.")
            definition = self.definition(current.definition_id)
            final = dict(current.values) if values is None else dict(values)
            self._check(definition, final, completing=True)
            if values is not None or current.definition_version != definition.version:
                repo.save_values(conn, worksheet_id, final, definition, now)
            saved = repo.set_status(conn, worksheet_id, WorksheetStatus.COMPLETE, now)
            version = repo.append_version(conn, saved, now)
            self._vault.audit.append(
                conn,
                "complete-worksheet",
                at=now,
                subject=worksheet_id,
                detail=f"{definition.id} version {version.version}",
            )
        return saved

    def reopen_worksheet(self, worksheet_id: str) -> WorksheetInstance:
        """Back to draft so it can be edited; the completed answers stay in the history,
        and a version marks when it was reopened."""
        with self._vault.transaction(self._conn) as conn:
            now = self._vault.clock()
            saved = repo.set_status(conn, worksheet_id, WorksheetStatus.DRAFT, now)
            version = repo.append_version(conn, saved, now)
            self._vault.audit.append(
                conn,
                "reopen-worksheet",
                at=now,
                subject=worksheet_id,
                detail=f"{saved.definition_id} version {version.version}",
            )
        return saved

    def delete_worksheet(self, worksheet_id: str) -> None:
        """Delete a draft started by mistake. One that was ever completed has a history and
        stays (WorksheetIsComplete)."""
        with self._vault.transaction(self._conn) as conn:
            repo.delete_worksheet(conn, worksheet_id)
            self._vault.audit.append(
                conn, "delete-worksheet", at=self._vault.clock(), subject=worksheet_id
            )

    def problems(
        self,
        worksheet_id: str,
        values: Mapping[str, Any] | None = None,
        *,
        complete: bool = True,
        language: str = "en",
    ) -> list[ValueProblem]:
        """What stops a worksheet from being completed (or saved, complete=False), each
        with its path and a sentence in `language`; [] when nothing does. For the form,
        before the counselor asks (the errors raised by save and complete are in English)."""
        current = repo.get_worksheet(self._conn, worksheet_id)
        definition = self.definition(current.definition_id)
        given = current.values if values is None else values
        return check_values(definition, given, complete=complete, language=language)

    @staticmethod
    def _check(
        definition: WorksheetDefinition, values: Mapping[str, Any], *, completing: bool
    ) -> None:
        if not isinstance(values, Mapping):
            raise ValidationError("A worksheet's answers are a set of named values.")
        problems = check_values(definition, values, complete=completing)
        if problems:
            raise WorksheetValuesInvalid(definition.title.en, problems, completing=completing)

    # -- scales --------------------------------------------------------------------------
    def record_scale(
        self,
        client_id: str,
        scale_id: ScaleId | str,
        answers: Mapping[str, int],
        taken_on: date,
        session_id: str | None = None,
        sex: str | None = None,
    ) -> ScaleEntry:
        """Score and store one administration, item by item. Raises InvalidAnswer (a
        ValidationError naming the item) for a missing or impossible answer.

        `sex` matters only for AUDIT-C; when not given, the client's recorded sex is used
        (and kept with the entry, so its band stays what it was)."""
        scale = _scale_id(scale_id)
        with self._vault.transaction(self._conn) as conn:
            now = self._vault.clock()
            if scale is ScaleId.AUDIT_C and sex is None:
                sex = clients.get_client(conn, client_id).sex
            result = score(scale, answers, sex=sex)
            entry = scale_entry_from_result(
                result,
                client_id=client_id,
                answers=answers,
                taken_on=taken_on,
                session_id=session_id,
                sex=sex,
            )
            saved = repo.add_scale_entry(conn, entry, now)
            self._vault.audit.append(
                conn, "record-scale", at=now, subject=saved.id, detail=scale.value
            )
        return saved

    def scale_entries(
        self, client_id: str, scale_id: ScaleId | str | None = None
    ) -> list[ScaleEntry]:
        """A client's entries (of one scale, or all), oldest first: the order a chart draws."""
        scale = _scale_id(scale_id) if scale_id is not None else None
        return repo.list_scale_entries(self._conn, client_id, scale)

    def scale_entry(self, entry_id: str) -> ScaleEntry:
        return repo.get_scale_entry(self._conn, entry_id)


def _scale_id(value: ScaleId | str) -> ScaleId:
    try:
        return ScaleId(value)
    except ValueError:
        known = ", ".join(s.value for s in ScaleId)
        raise ValidationError(
            f"There is no scale {quoted(value)}; the scales are {known}."
        ) from None
