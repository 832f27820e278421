"""Import and export of the interchange format `counselor-desk/1` (DESIGN.md, a contract).

Import checks the whole file before writing anything: first the JSON Schema in
`resources/schema/interchange-1.json` (every error, each with its JSON path), then the
rules a schema cannot say (dates that exist, unique ids, note sections, signatures and
their hashes, references between records, worksheet answers against their definitions,
scale totals and bands recomputed from the answers, urine screens that are refused or
missed and still give results, CM plans the domain refuses or that would count prizes
under vouchers; and, in interchange_care, treatment plans and the objectives sessions
worked on, the support network, co-signatures and group sessions). Only a file with no
problem at all is written, in one transaction with one audit row. Export writes
everything the vault holds in the same format, so that export → import → export gives the
same document.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

from jsonschema import Draft202012Validator

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
from counselor_desk.domain.errors import ImportProblem, InvalidImport, ValidationError, quoted
from counselor_desk.domain.group_notes import GroupSession
from counselor_desk.domain.measures import (
    ScaleEntry,
    WorksheetInstance,
    WorksheetStatus,
    WorksheetVersion,
    scale_entry_from_result,
)
from counselor_desk.domain.network import NetworkMember
from counselor_desk.domain.notes import (
    SECTION_KEYS,
    Addendum,
    Note,
    NoteFormat,
    NoteStatus,
    addendum_content_sha256,
    allowed_keys,
    is_late_entry,
    note_content_sha256,
)
from counselor_desk.domain.records import (
    TAKE_HOME_MAX,
    Client,
    Consent,
    CounselingNote,
    Diagnosis,
    Dispensing,
    Language,
    Medication,
    MedicationEntry,
    Session,
    SessionKind,
    new_id,
)
from counselor_desk.domain.scales import InvalidAnswer, ScaleId, ScaleResult, score
from counselor_desk.domain.screens import (
    Attendance,
    AttendanceStatus,
    ScreenResult,
    Substance,
    UrineScreen,
)
from counselor_desk.domain.timeutil import format_utc, parse_datetime
from counselor_desk.domain.treatment_plan import ObjectiveLink
from counselor_desk.domain.worksheets import (
    WorksheetDefinition,
    check_values,
    load_shipped,
    storage_problems,
)
from counselor_desk.services import interchange_care as care
from counselor_desk.vault import clients as client_repo
from counselor_desk.vault import consents as consent_repo
from counselor_desk.vault import measures as measure_repo
from counselor_desk.vault import screening as screening_repo
from counselor_desk.vault import sessions as session_repo
from counselor_desk.vault.connection import Connection
from counselor_desk.vault.disclosures import DisclosureEntry
from counselor_desk.vault.files import atomic_write
from counselor_desk.vault.store import Vault

_Built = TypeVar("_Built")

FORMAT = "counselor-desk/1"
SCHEMA_FILE = "interchange-1.json"

_DATE_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DATETIME_RE = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,6})?)?(Z|[+-][0-9]{2}:[0-9]{2})?"
)
_IDENTIFIER_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")

# Record kind (as named in messages) → the table that holds it.
_TABLES: Mapping[str, str] = {
    "client": "clients",
    "medication": "medications",
    "session": "sessions",
    "note": "notes",
    "addendum": "addenda",
    "consent": "consents",
    "counseling note": "counseling_notes",
    "worksheet": "worksheets",
    "scale entry": "scale_entries",
    "urine screen": "urine_screens",
    "attendance": "attendance",
    "prize": "prizes_given",
    **care.TABLES,
}


# -- results ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class SessionBundle:
    """A session with its note (or None), the note's addenda and co-signature, and the
    treatment-plan objectives the session worked on."""

    session: Session
    note: Note | None = None
    addenda: tuple[Addendum, ...] = ()
    cosign: care.CosignBundle | None = None
    objectives: tuple[ObjectiveLink, ...] = ()


@dataclass(frozen=True)
class WorksheetBundle:
    """A worksheet with its history, oldest version first."""

    worksheet: WorksheetInstance
    versions: tuple[WorksheetVersion, ...] = ()


@dataclass(frozen=True)
class StampedPlan:
    """A client's CM plan with when it was made and last changed."""

    plan: CmPlan
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True)
class StampedPrize:
    """A prize given, with when it was entered (PrizeGiven itself carries no stamp)."""

    prize: PrizeGiven
    created_at: datetime | None = None


@dataclass(frozen=True)
class ClientBundle:
    """One client and everything filed under them, as domain objects.

    Medications are in an order that can be inserted as is: an entry comes after the
    entry it replaces."""

    client: Client
    medications: tuple[MedicationEntry, ...] = ()
    sessions: tuple[SessionBundle, ...] = ()
    consents: tuple[Consent, ...] = ()
    counseling_notes: tuple[CounselingNote, ...] = ()
    worksheets: tuple[WorksheetBundle, ...] = ()
    scale_entries: tuple[ScaleEntry, ...] = ()
    urine_screens: tuple[UrineScreen, ...] = ()
    attendance: tuple[Attendance, ...] = ()
    cm_plan: StampedPlan | None = None
    prizes_given: tuple[StampedPrize, ...] = ()
    treatment_plans: tuple[care.PlanBundle, ...] = ()
    support_network: tuple[NetworkMember, ...] = ()
    disclosures: tuple[DisclosureEntry, ...] = ()


@dataclass(frozen=True)
class ImportSummary:
    clients: int = 0
    sessions: int = 0
    notes: int = 0
    addenda: int = 0
    consents: int = 0
    medications: int = 0
    counseling_notes: int = 0
    worksheets: int = 0
    scale_entries: int = 0
    urine_screens: int = 0
    attendance: int = 0
    cm_plans: int = 0
    prizes_given: int = 0
    treatment_plans: int = 0
    objective_links: int = 0
    network_members: int = 0
    cosign_requests: int = 0
    cosignatures: int = 0
    group_sessions: int = 0

    def describe(self) -> str:
        """Counts only: an audit detail never holds a name. Worksheets and every record
        added since are counted when there are some (the older records' line stays as it
        was)."""
        text = (
            f"clients={self.clients} sessions={self.sessions} notes={self.notes} "
            f"addenda={self.addenda} consents={self.consents} medications={self.medications} "
            f"counseling_notes={self.counseling_notes}"
        )
        if self.worksheets:
            text += f" worksheets={self.worksheets}"
        for name in (
            "scale_entries",
            "urine_screens",
            "attendance",
            "cm_plans",
            "prizes_given",
            "treatment_plans",
            "objective_links",
            "network_members",
            "cosign_requests",
            "cosignatures",
            "group_sessions",
        ):
            if getattr(self, name):
                text += f" {name}={getattr(self, name)}"
        return text


def _summary(bundles: Sequence[ClientBundle], groups: Sequence[GroupSession]) -> ImportSummary:
    cosigns = [s.cosign for b in bundles for s in b.sessions if s.cosign is not None]
    return ImportSummary(
        clients=len(bundles),
        sessions=sum(len(b.sessions) for b in bundles),
        notes=sum(1 for b in bundles for s in b.sessions if s.note is not None),
        addenda=sum(len(s.addenda) for b in bundles for s in b.sessions),
        consents=sum(len(b.consents) for b in bundles),
        medications=sum(len(b.medications) for b in bundles),
        counseling_notes=sum(len(b.counseling_notes) for b in bundles),
        worksheets=sum(len(b.worksheets) for b in bundles),
        scale_entries=sum(len(b.scale_entries) for b in bundles),
        urine_screens=sum(len(b.urine_screens) for b in bundles),
        attendance=sum(len(b.attendance) for b in bundles),
        cm_plans=sum(1 for b in bundles if b.cm_plan is not None),
        prizes_given=sum(len(b.prizes_given) for b in bundles),
        treatment_plans=sum(len(b.treatment_plans) for b in bundles),
        objective_links=sum(len(s.objectives) for b in bundles for s in b.sessions),
        network_members=sum(len(b.support_network) for b in bundles),
        cosign_requests=len(cosigns),
        cosignatures=sum(1 for c in cosigns if c.cosignature is not None),
        group_sessions=len(groups),
    )


# -- the schema --------------------------------------------------------------------------------


def schema_path() -> Path:
    """resources/schema beside the package (source checkout and PyInstaller build alike)."""
    return Path(__file__).resolve().parents[2] / "resources" / "schema" / SCHEMA_FILE


def load_schema() -> dict[str, Any]:
    with schema_path().open(encoding="utf-8") as handle:
        schema: dict[str, Any] = json.load(handle)
    return schema


def _join(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    if _IDENTIFIER_RE.fullmatch(key):
        return f"{path}.{key}"
    return f"{path}[{json.dumps(key, ensure_ascii=False)}]"


def _json_path(parts: Iterable[str | int]) -> str:
    path = "$"
    for part in parts:
        path = _join(path, part)
    return path


def _shown(value: object) -> str:
    """A value as a problem quotes it: as JSON, cut short (a message names the value, it
    does not echo a pasted document)."""
    return quoted(value, render=lambda v: json.dumps(v, ensure_ascii=False))


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


_TYPE_WORDS = {
    "object": "an object",
    "array": "a list",
    "string": "text",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "null": "null",
}


def _schema_error_problems(error: Any) -> list[ImportProblem]:
    """One jsonschema error in plain words, at the path of the field concerned."""
    path = _json_path(error.absolute_path)
    kind = error.validator
    instance = error.instance
    sub = error.schema if isinstance(error.schema, dict) else {}
    if kind == "required" and isinstance(instance, dict):
        return [
            ImportProblem(_join(path, key), "is missing; this field is required")
            for key in error.validator_value
            if key not in instance
        ]
    if kind == "additionalProperties" and isinstance(instance, dict):
        known = set(sub.get("properties", {}))
        if known:
            return [
                ImportProblem(
                    _join(path, key), "is not a field of this record (check the spelling)"
                )
                for key in instance
                if key not in known
            ]
        return [ImportProblem(path, error.message)]
    if kind == "type":
        allowed = error.validator_value
        names = [allowed] if isinstance(allowed, str) else list(allowed)
        wanted = " or ".join(_TYPE_WORDS.get(n, n) for n in names)
        return [ImportProblem(path, f"should be {wanted}, not {_json_type(instance)}")]
    if kind == "enum":
        options = ", ".join(json.dumps(v) for v in error.validator_value)
        return [ImportProblem(path, f"{_shown(instance)} is not one of {options}")]
    if kind == "const":
        return [ImportProblem(path, f"should be {json.dumps(error.validator_value)}")]
    if kind == "minLength":
        return [ImportProblem(path, "must not be empty")]
    if kind == "maxLength" and isinstance(instance, str):
        limit = error.validator_value
        return [
            ImportProblem(path, f"is {len(instance)} characters long; at most {limit} are kept")
        ]
    if kind == "minimum":
        return [ImportProblem(path, f"should be at least {error.validator_value}")]
    if kind == "maximum":
        return [ImportProblem(path, f"should be at most {error.validator_value}")]
    if kind in ("pattern", "format"):
        fmt = sub.get("format")
        pattern = str(sub.get("pattern", ""))
        shown = _shown(instance)
        if fmt == "date":
            return [ImportProblem(path, f"{shown} is not a date (YYYY-MM-DD)")]
        if fmt == "uuid":
            return [ImportProblem(path, f"{shown} is not a UUID")]
        if "T[0-9]" in pattern:
            return [ImportProblem(path, f"{shown} is not a date and time {_DATETIME_HINT}")]
        if "{64}" in pattern:
            return [ImportProblem(path, "should be 64 hexadecimal digits (a SHA-256)")]
        if pattern == care.MEETING_TIME_PATTERN:
            return [ImportProblem(path, f"{shown} is not a time of day as HH:MM (e.g. 19:30)")]
        if pattern == f"^{_AMOUNT_RE.pattern}$":
            return [ImportProblem(path, f'{shown} is not an amount of dollars (e.g. "2.50")')]
    return [ImportProblem(path, error.message)]


_DATETIME_HINT = "(ISO 8601, e.g. 2026-03-01T10:00:00-06:00; without an offset it is local time)"


def _schema_problems(data: object) -> list[ImportProblem]:
    validator = Draft202012Validator(
        load_schema(), format_checker=Draft202012Validator.FORMAT_CHECKER
    )
    problems: dict[ImportProblem, None] = {}  # in order, each once
    for error in validator.iter_errors(data):
        problems.update(dict.fromkeys(_schema_error_problems(error)))
    return list(problems)


# -- reading a document: the rules a schema cannot say -----------------------------------


@dataclass
class _Reader:
    """Walks a document once: collects every problem and builds the domain objects.

    Defensive throughout: the document may also break the schema, whose errors are
    reported separately; here a field of the wrong type is simply skipped."""

    problems: list[ImportProblem] = field(default_factory=list)
    bundles: list[ClientBundle] = field(default_factory=list)
    # (kind, id, path) of every id given in the file, to look up in the vault.
    ids: list[tuple[str, str, str]] = field(default_factory=list)
    _seen: dict[str, str] = field(default_factory=dict)
    # id → index of the client that holds it, for "belongs to another client".
    _medication_owner: dict[str, int] = field(default_factory=dict)
    _session_owner: dict[str, int] = field(default_factory=dict)
    # Ids made here for records the file gave none: a given hash cannot cover them.
    _generated: set[str] = field(default_factory=set)
    _client_index: int = -1
    # Who holds each id of the document (for the care records' references).
    owners: care.Owners = field(default_factory=care.Owners)
    groups: list[GroupSession] = field(default_factory=list)
    # Worksheet definitions by id; the shipped ones, loaded when a worksheet is first met.
    catalog: Mapping[str, WorksheetDefinition] | None = None

    def problem(self, path: str, message: str) -> None:
        self.problems.append(ImportProblem(path, message))

    def worksheet_definitions(self) -> Mapping[str, WorksheetDefinition]:
        if self.catalog is None:
            self.catalog = load_shipped().definitions
        return self.catalog

    # -- field readers -------------------------------------------------------------------
    def record_id(self, obj: Mapping[str, Any], path: str, kind: str) -> str:
        value = obj.get("id")
        if not isinstance(value, str):
            made = new_id()
            self._generated.add(made)
            return made
        where = _join(path, "id")
        first = self._seen.get(value)
        if first is not None:
            self.problem(where, f"{kind} id {value} is used twice in this file (also at {first})")
        else:
            self._seen[value] = where
            self.ids.append((kind, value, where))
        return value

    def is_generated(self, record_id: str) -> bool:
        """True for an id made here because the file gave none."""
        return record_id in self._generated

    def hash_mismatch(self, path: str, what: str, *covered_ids: str) -> None:
        if any(i in self._generated for i in covered_ids):
            names = "client and session" if what == "note" else "client and note"
            self.problem(
                path,
                f"content_sha256 covers the {names} ids, which this file does not give; "
                "add the ids it was signed with, or leave content_sha256 out",
            )
        else:
            self.problem(
                path,
                f"content does not match content_sha256 (the {what} was changed after signing)",
            )

    def text(self, obj: Mapping[str, Any], key: str) -> str | None:
        value = obj.get(key)
        return value if isinstance(value, str) else None

    def date_at(self, obj: Mapping[str, Any], key: str, path: str) -> date | None:
        value = obj.get(key)
        if not isinstance(value, str):
            return None
        try:
            if not _DATE_RE.fullmatch(value):
                raise ValueError(value)
            return date.fromisoformat(value)
        except ValueError:
            self.problem(
                _join(path, key),
                f"{_shown(value)} is not a date (YYYY-MM-DD)",
            )
            return None

    def time_at(self, obj: Mapping[str, Any], key: str, path: str) -> datetime | None:
        value = obj.get(key)
        if not isinstance(value, str):
            return None
        try:
            if not _DATETIME_RE.fullmatch(value):
                raise ValueError(value)
            return parse_datetime(value)
        except (ValueError, OverflowError):
            shown = _shown(value)
            self.problem(_join(path, key), f"{shown} is not a date and time {_DATETIME_HINT}")
            return None

    def items(self, obj: Mapping[str, Any], key: str) -> list[tuple[str, dict[str, Any]]]:
        """(path, object) for each object in the list obj[key]; others are schema errors."""
        value = obj.get(key)
        if not isinstance(value, list):
            return []
        return [(f"{key}[{i}]", item) for i, item in enumerate(value) if isinstance(item, dict)]

    # -- the document --------------------------------------------------------------------
    def read(self, data: object) -> None:
        if not isinstance(data, dict):
            return
        self.time_at(data, "exported_at", "$")
        clients = self.items(data, "clients")
        for index, (_, item) in enumerate(clients):
            for key, owners in (
                ("medications", self._medication_owner),
                ("sessions", self._session_owner),
            ):
                for _, record in self.items(item, key):
                    if isinstance(record.get("id"), str):
                        owners.setdefault(record["id"], index)
        self.owners = care.scan([item for _, item in clients])
        for index, (sub, item) in enumerate(clients):
            self._client_index = index
            self.read_client(item, f"$.{sub}")
        # Groups name records of several clients: read once every client's are known.
        self.groups = care.read_groups(self, data, self.owners)

    def ours(self, owners: Mapping[str, int], record_id: str) -> bool:
        """Whether the client being read holds record_id (valid or not) in this file."""
        return owners.get(record_id) == self._client_index

    def stamps(self, obj: Mapping[str, Any], path: str) -> tuple[datetime | None, datetime | None]:
        return self.time_at(obj, "created_at", path), self.time_at(obj, "updated_at", path)

    def read_client(self, obj: dict[str, Any], path: str) -> None:
        client_id = self.record_id(obj, path, "client")
        display_name = self.text(obj, "display_name") or ""
        if isinstance(obj.get("display_name"), str) and display_name and not display_name.strip():
            self.problem(_join(path, "display_name"), "must not be blank")
        admission = self.date_at(obj, "admission_date", path)
        discharge = self.date_at(obj, "discharge_date", path)
        if admission and discharge and discharge < admission:
            self.problem(_join(path, "discharge_date"), "is before the admission date")
        diagnoses = tuple(
            Diagnosis(str(d.get("description", "")), self.text(d, "icd10"))
            for _, d in self.items(obj, "diagnoses")
        )
        language = obj.get("preferred_language", Language.ENGLISH.value)
        created, updated = self.stamps(obj, path)
        client = Client(
            id=client_id,
            display_name=display_name,
            legal_name=self.text(obj, "legal_name"),
            date_of_birth=self.date_at(obj, "date_of_birth", path),
            sex=self.text(obj, "sex"),
            pronouns=self.text(obj, "pronouns"),
            preferred_language=(
                Language(language) if care.is_value(language, Language) else Language.ENGLISH
            ),
            phone=self.text(obj, "phone"),
            emergency_contact=self.text(obj, "emergency_contact"),
            guardian=self.text(obj, "guardian"),
            program=self.text(obj, "program"),
            admission_date=admission,
            discharge_date=discharge,
            recovery_date=self.date_at(obj, "recovery_date", path),
            diagnoses=diagnoses,
            archived=obj.get("archived") is True,
            created_at=created,
            updated_at=updated,
        )
        medications = self.read_medications(obj, path, client_id)
        sessions = [
            self.read_session(item, f"{path}.{sub}", client_id)
            for sub, item in self.items(obj, "sessions")
        ]
        consents = [
            self.read_consent(item, f"{path}.{sub}", client_id)
            for sub, item in self.items(obj, "consents")
        ]
        counseling = [
            self.read_counseling_note(item, f"{path}.{sub}", client_id)
            for sub, item in self.items(obj, "counseling_notes")
        ]
        worksheets = [
            self.read_worksheet(item, f"{path}.{sub}", client_id)
            for sub, item in self.items(obj, "worksheets")
        ]
        scale_entries = [
            self.read_scale_entry(item, f"{path}.{sub}", client_id, self.text(obj, "sex"))
            for sub, item in self.items(obj, "scale_entries")
        ]
        screens = [
            self.read_urine_screen(item, f"{path}.{sub}", client_id)
            for sub, item in self.items(obj, "urine_screens")
        ]
        attendance = [
            self.read_attendance(item, f"{path}.{sub}", client_id)
            for sub, item in self.items(obj, "attendance")
        ]
        plan_obj = obj.get("cm_plan")
        plan = (
            self.read_cm_plan(plan_obj, _join(path, "cm_plan"), client_id)
            if isinstance(plan_obj, dict)
            else None
        )
        prizes = [
            self.read_prize(item, f"{path}.{sub}", client_id)
            for sub, item in self.items(obj, "prizes_given")
        ]
        self.check_prizes_fit(plan, [p for p in prizes if p is not None], path)
        treatment_plans = care.read_plans(self, obj, path, client_id)
        network = care.read_network(self, obj, path, client_id)
        self.bundles.append(
            ClientBundle(
                client=client,
                medications=medications,
                sessions=tuple(s for s in sessions if s is not None),
                consents=tuple(c for c in consents if c is not None),
                counseling_notes=tuple(c for c in counseling if c is not None),
                worksheets=tuple(w for w in worksheets if w is not None),
                scale_entries=tuple(e for e in scale_entries if e is not None),
                urine_screens=tuple(u for u in screens if u is not None),
                attendance=tuple(a for a in attendance if a is not None),
                cm_plan=plan,
                prizes_given=tuple(p for p in prizes if p is not None),
                treatment_plans=treatment_plans,
                support_network=network,
                disclosures=care.read_disclosures(self, obj, path, client_id),
            )
        )

    def read_medications(
        self, obj: dict[str, Any], path: str, client_id: str
    ) -> tuple[MedicationEntry, ...]:
        entries: list[tuple[str, MedicationEntry]] = []
        for sub, item in self.items(obj, "medications"):
            where = f"{path}.{sub}"
            entry_id = self.record_id(item, where, "medication")
            started = self.date_at(item, "started", where)
            stopped = self.date_at(item, "stopped", where)
            if started and stopped and stopped < started:
                self.problem(_join(where, "stopped"), "is before the start date")
            medication = item.get("medication")
            dispensing = item.get("dispensing")
            count = item.get("take_home_count")
            created = self.time_at(item, "created_at", where)
            take_home = _whole_number(count, 0, None)
            if take_home is not None and take_home > TAKE_HOME_MAX:
                self.problem(_join(where, "take_home_count"), f"should be at most {TAKE_HOME_MAX}")
            if not care.is_value(medication, Medication) or started is None:
                continue  # a schema error says why
            entries.append(
                (
                    where,
                    MedicationEntry(
                        id=entry_id,
                        client_id=client_id,
                        medication=Medication(medication),
                        started=started,
                        form=self.text(item, "form"),
                        dose=self.text(item, "dose"),
                        schedule=self.text(item, "schedule"),
                        prescriber=self.text(item, "prescriber"),
                        stopped=stopped,
                        dispensing=(
                            Dispensing(dispensing)
                            if care.is_value(dispensing, Dispensing)
                            else None
                        ),
                        take_home_count=take_home,
                        notes=self.text(item, "notes"),
                        replaces=self.text(item, "replaces"),
                        created_at=created,
                    ),
                )
            )
        return self.order_medications(entries)

    def order_medications(
        self, entries: list[tuple[str, MedicationEntry]]
    ) -> tuple[MedicationEntry, ...]:
        """Check `replaces` and put each entry after the one it replaces."""
        by_id = {entry.id: (where, entry) for where, entry in entries}
        for where, entry in entries:
            target = entry.replaces
            if target is None:
                continue
            at = _join(where, "replaces")
            if target == entry.id:
                self.problem(at, "a medication entry cannot replace itself")
            elif target not in by_id and not self.ours(self._medication_owner, target):
                # (an entry of this client that is itself invalid has its own problem)
                if target in self._medication_owner:
                    self.problem(at, f"medication {target} belongs to another client")
                else:
                    self.problem(
                        at, f"there is no medication {target} for this client in this file"
                    )
        ordered: list[MedicationEntry] = []
        placed: set[str] = set()
        for where, entry in entries:
            chain: list[MedicationEntry] = []
            current: MedicationEntry | None = entry
            visiting: set[str] = set()
            while current is not None and current.id not in placed:
                if current.id in visiting:
                    self.problem(
                        _join(where, "replaces"),
                        "the chain of replaced medication entries loops back on itself",
                    )
                    chain = []
                    break
                visiting.add(current.id)
                chain.append(current)
                target = current.replaces
                current = by_id[target][1] if target in by_id and target != current.id else None
            for item in reversed(chain):
                if item.id not in placed:
                    placed.add(item.id)
                    ordered.append(item)
        return tuple(ordered)

    def read_session(self, obj: dict[str, Any], path: str, client_id: str) -> SessionBundle | None:
        session_id = self.record_id(obj, path, "session")
        start = self.time_at(obj, "start", path)
        minutes = _whole_number(obj.get("minutes"), 1, 24 * 60)
        kind = obj.get("kind")
        participants = obj.get("participants", [])
        note_obj = obj.get("note")
        created, updated = self.stamps(obj, path)
        note: Note | None = None
        addenda: tuple[Addendum, ...] = ()
        cosign: care.CosignBundle | None = None
        if isinstance(note_obj, dict):
            note, addenda, cosign = self.read_note(
                note_obj, _join(path, "note"), client_id, session_id, start
            )
        objectives = care.read_links(
            self,
            obj,
            path,
            owners=self.owners,
            client_index=self._client_index,
            client_id=client_id,
            session_id=session_id,
        )
        if start is None or minutes is None or not care.is_value(kind, SessionKind):
            return None  # a schema error says why
        session = Session(
            id=session_id,
            client_id=client_id,
            start=start,
            minutes=minutes,
            kind=SessionKind(kind),
            location=self.text(obj, "location"),
            participants=tuple(p for p in participants if isinstance(p, str))
            if isinstance(participants, list)
            else (),
            created_at=created,
            updated_at=updated,
        )
        return SessionBundle(session, note, addenda, cosign, objectives)

    def read_note(
        self,
        obj: dict[str, Any],
        path: str,
        client_id: str,
        session_id: str,
        session_start: datetime | None,
    ) -> tuple[Note | None, tuple[Addendum, ...], care.CosignBundle | None]:
        note_id = self.record_id(obj, path, "note")
        raw_format = obj.get("format")
        raw_status = obj.get("status")
        fmt = NoteFormat(raw_format) if care.is_value(raw_format, NoteFormat) else None
        status = NoteStatus(raw_status) if care.is_value(raw_status, NoteStatus) else None
        raw_sections = obj.get("sections", {})
        sections = (
            {k: v for k, v in raw_sections.items() if isinstance(v, str)}
            if isinstance(raw_sections, dict)
            else {}
        )
        sections_path = _join(path, "sections")
        if fmt is not None:
            allowed = allowed_keys(fmt)
            for key in sections:
                if key not in allowed:
                    self.problem(
                        _join(sections_path, key),
                        f"a {fmt.value} note has no section {key!r}; "
                        f"its sections are {', '.join(allowed)}",
                    )
        signed_by = self.text(obj, "signed_by")
        signed_at = self.time_at(obj, "signed_at", path)
        given_hash = self.text(obj, "content_sha256")
        digest: str | None = None
        hash_ok = True
        late = obj.get("late_entry")
        created, updated = self.stamps(obj, path)
        addenda_items = self.items(obj, "addenda")
        if status is NoteStatus.DRAFT:
            for key in ("signed_by", "signed_at", "content_sha256"):
                if obj.get(key) is not None:
                    self.problem(
                        _join(path, key),
                        "a draft note carries no signature; remove it or make the note signed",
                    )
            if addenda_items:
                self.problem(
                    _join(path, "addenda"), "addenda belong to signed notes only, not to a draft"
                )
        elif status is NoteStatus.SIGNED:
            if not (signed_by or "").strip():
                self.problem(_join(path, "signed_by"), "a signed note needs who signed it")
            if obj.get("signed_at") is None:
                self.problem(_join(path, "signed_at"), "a signed note needs when it was signed")
            if fmt is not None and not any(sections.get(k, "").strip() for k in SECTION_KEYS[fmt]):
                self.problem(sections_path, "a signed note cannot be empty")
            if fmt is not None and signed_by and signed_at is not None:
                digest = note_content_sha256(
                    client_id=client_id,
                    session_id=session_id,
                    fmt=fmt,
                    sections=sections,
                    signed_by=signed_by,
                    signed_at=signed_at,
                )
                if given_hash is not None and given_hash.lower() != digest:
                    self.hash_mismatch(_join(path, "content_sha256"), "note", client_id, session_id)
                    hash_ok = False
        addenda: list[Addendum] = []
        for sub, item in addenda_items:
            addendum = self.read_addendum(item, f"{path}.{sub}", client_id, note_id)
            if addendum is not None:
                addenda.append(addendum)
        cosign = care.read_cosign(
            self,
            obj,
            path,
            note_id=note_id,
            client_id=client_id,
            signed=status is not NoteStatus.DRAFT,
            note_sha256=digest if hash_ok else None,
        )
        if fmt is None or status is None:
            return None, (), None
        if isinstance(late, bool):
            late_entry = late
        else:
            late_entry = (
                status is NoteStatus.SIGNED
                and signed_at is not None
                and session_start is not None
                and is_late_entry(session_start, signed_at)
            )
        note = Note(
            id=note_id,
            client_id=client_id,
            session_id=session_id,
            format=fmt,
            sections=sections,
            status=status,
            signed_by=signed_by if status is NoteStatus.SIGNED else None,
            signed_at=signed_at if status is NoteStatus.SIGNED else None,
            content_sha256=digest,
            late_entry=late_entry,
            created_at=created,
            updated_at=updated,
        )
        return note, tuple(addenda) if status is NoteStatus.SIGNED else (), cosign

    def read_addendum(
        self, obj: dict[str, Any], path: str, client_id: str, note_id: str
    ) -> Addendum | None:
        addendum_id = self.record_id(obj, path, "addendum")
        text = self.text(obj, "text")
        signed_by = self.text(obj, "signed_by")
        signed_at = self.time_at(obj, "signed_at", path)
        if isinstance(text, str) and text and not text.strip():
            self.problem(_join(path, "text"), "must not be blank")
        if isinstance(signed_by, str) and signed_by and not signed_by.strip():
            self.problem(_join(path, "signed_by"), "must not be blank")
        if not text or not signed_by or signed_at is None:
            return None
        digest = addendum_content_sha256(
            client_id=client_id,
            note_id=note_id,
            text=text,
            signed_by=signed_by,
            signed_at=signed_at,
        )
        given = self.text(obj, "content_sha256")
        if given is not None and given.lower() != digest:
            self.hash_mismatch(_join(path, "content_sha256"), "addendum", client_id, note_id)
        return Addendum(
            id=addendum_id,
            note_id=note_id,
            client_id=client_id,
            text=text,
            signed_by=signed_by,
            signed_at=signed_at,
            content_sha256=digest,
        )

    def read_consent(self, obj: dict[str, Any], path: str, client_id: str) -> Consent | None:
        consent_id = self.record_id(obj, path, "consent")
        signed = self.date_at(obj, "signed", path)
        expires = self.date_at(obj, "expires", path)
        revoked = self.date_at(obj, "revoked", path)
        event = self.text(obj, "expires_on_event")
        created, updated = self.stamps(obj, path)
        required = ("discloser", "recipient", "information", "purpose", "signed_by")
        values = {key: self.text(obj, key) for key in required}
        for key, value in values.items():
            if value is not None and value and not value.strip():
                self.problem(_join(path, key), "must not be blank")
        if obj.get("expires") is None and not (event or "").strip():
            self.problem(
                _join(path, "expires"),
                "a consent needs an expiry date or an expiry event (expires_on_event)",
            )
        if signed and expires and expires < signed:
            self.problem(_join(path, "expires"), "is before the date the consent was signed")
        if signed is None or any(not (v or "").strip() for v in values.values()):
            return None
        return Consent(
            id=consent_id,
            client_id=client_id,
            discloser=str(values["discloser"]),
            recipient=str(values["recipient"]),
            information=str(values["information"]),
            purpose=str(values["purpose"]),
            signed=signed,
            signed_by=str(values["signed_by"]),
            expires=expires,
            expires_on_event=event,
            includes_counseling_notes=obj.get("includes_counseling_notes") is True,
            revoked=revoked,
            created_at=created,
            updated_at=updated,
        )

    def read_counseling_note(
        self, obj: dict[str, Any], path: str, client_id: str
    ) -> CounselingNote | None:
        note_id = self.record_id(obj, path, "counseling note")
        session_id = self.session_ref(obj, path)
        created, updated = self.stamps(obj, path)
        text = self.text(obj, "text")
        if not text:
            return None
        return CounselingNote(
            id=note_id,
            client_id=client_id,
            text=text,
            session_id=session_id,
            created_at=created,
            updated_at=updated,
        )

    def session_ref(self, obj: Mapping[str, Any], path: str) -> str | None:
        """obj's session_id, which must name a session of the client being read."""
        session_id = self.text(obj, "session_id")
        if session_id is not None and not self.ours(self._session_owner, session_id):
            if session_id in self._session_owner:
                message = f"session {session_id} belongs to another client"
            else:
                message = f"there is no session {session_id} for this client in this file"
            self.problem(_join(path, "session_id"), message)
        return session_id

    # -- worksheets and scales -----------------------------------------------------------
    def check_worksheet_values(
        self,
        definition: WorksheetDefinition,
        values: Mapping[str, Any],
        path: str,
        *,
        complete: bool,
    ) -> None:
        # A draft keeps whatever was typed (as Measures.save_worksheet does); a completed
        # worksheet must also hold right answers.
        found_problems = (
            check_values(definition, values, complete=True)
            if complete
            else storage_problems(definition, values)
        )
        for found in found_problems:
            self.problem(_value_path(_join(path, "values"), found.path, values), found.message)

    def read_worksheet(
        self, obj: dict[str, Any], path: str, client_id: str
    ) -> WorksheetBundle | None:
        worksheet_id = self.record_id(obj, path, "worksheet")
        session_id = self.session_ref(obj, path)
        definition_id = self.text(obj, "definition_id")
        definition: WorksheetDefinition | None = None
        if definition_id:
            catalog = self.worksheet_definitions()
            definition = catalog.get(definition_id)
            if definition is None:
                known = ", ".join(sorted(catalog)) or "none"
                self.problem(
                    _join(path, "definition_id"),
                    f"there is no worksheet {definition_id!r} in this program; "
                    f"its worksheets are {known}",
                )
        given_version = _whole_number(obj.get("definition_version"), 1, None)
        if (
            definition is not None
            and given_version is not None
            and given_version > definition.version
        ):
            self.problem(
                _join(path, "definition_version"),
                f"was made with version {given_version} of {definition_id!r}; this "
                f"program has version {definition.version}: update the program first",
            )
        raw_status = obj.get("status")
        status = WorksheetStatus(raw_status) if care.is_value(raw_status, WorksheetStatus) else None
        values = obj.get("values")
        if definition is not None and isinstance(values, dict):
            # Answers given to an older version of the worksheet are checked as a draft:
            # a field made required since then must not make the record unreadable.
            same_version = given_version in (None, definition.version)
            complete = status is WorksheetStatus.COMPLETE and same_version
            self.check_worksheet_values(definition, values, path, complete=complete)
        created, updated = self.stamps(obj, path)
        completed_at = self.time_at(obj, "completed_at", path)
        if status is WorksheetStatus.DRAFT and obj.get("completed_at") is not None:
            self.problem(
                _join(path, "completed_at"),
                "a draft worksheet has no completion time; remove it or make the worksheet "
                "complete",
            )
        if status is WorksheetStatus.COMPLETE and obj.get("completed_at") is None:
            self.problem(
                _join(path, "completed_at"), "a complete worksheet needs when it was completed"
            )
        versions = self.read_versions(obj, path, worksheet_id, definition)
        if (
            definition is None
            or status is None
            or not isinstance(values, dict)
            or (status is WorksheetStatus.COMPLETE and completed_at is None)
        ):
            return None  # a problem above (or a schema error) says why
        worksheet = WorksheetInstance(
            id=worksheet_id,
            client_id=client_id,
            session_id=session_id,
            definition_id=definition.id,
            definition_version=given_version or definition.version,
            status=status,
            values=values,
            created_at=created,
            updated_at=updated,
            completed_at=completed_at if status is WorksheetStatus.COMPLETE else None,
        )
        return WorksheetBundle(worksheet, versions)

    def read_versions(
        self,
        obj: dict[str, Any],
        path: str,
        worksheet_id: str,
        definition: WorksheetDefinition | None,
    ) -> tuple[WorksheetVersion, ...]:
        versions: list[WorksheetVersion] = []
        numbers: dict[int, str] = {}
        for sub, item in self.items(obj, "versions"):
            where = f"{path}.{sub}"
            number = _whole_number(item.get("version"), 1, None)
            if number is not None:
                first = numbers.get(number)
                if first is not None:
                    self.problem(
                        _join(where, "version"),
                        f"version {number} is given twice for this worksheet (also at {first})",
                    )
                    number = None
                else:
                    numbers[number] = _join(where, "version")
            raw_status = item.get("status")
            status = (
                WorksheetStatus(raw_status) if care.is_value(raw_status, WorksheetStatus) else None
            )
            values = item.get("values")
            if definition is not None and isinstance(values, dict):
                self.check_worksheet_values(definition, values, where, complete=False)
            saved_at = self.time_at(item, "saved_at", where)
            if number is None or status is None or saved_at is None or not isinstance(values, dict):
                continue
            versions.append(WorksheetVersion(worksheet_id, number, values, status, saved_at))
        return tuple(sorted(versions, key=lambda v: v.version))

    def read_scale_entry(
        self, obj: dict[str, Any], path: str, client_id: str, client_sex: str | None
    ) -> ScaleEntry | None:
        entry_id = self.record_id(obj, path, "scale entry")
        session_id = self.session_ref(obj, path)
        taken_on = self.date_at(obj, "taken_on", path)
        created = self.time_at(obj, "created_at", path)
        raw_scale = obj.get("scale")
        scale = ScaleId(raw_scale) if care.is_value(raw_scale, ScaleId) else None
        raw_answers = obj.get("answers")
        # AUDIT-C's cut-off depends on sex: the entry's own when given (even null), else
        # the client's.
        sex = self.text(obj, "sex") if "sex" in obj else client_sex
        if scale is None or not isinstance(raw_answers, dict):
            return None  # a schema error says why
        answers: dict[str, Any] = {key: _answer(value) for key, value in raw_answers.items()}
        try:
            result = score(scale, answers, sex=sex)
        except InvalidAnswer as bad:
            self.problem(_join(_join(path, "answers"), bad.item_key), str(bad))
            return None
        self.check_scale_result(obj, path, result)
        if taken_on is None:
            return None
        return scale_entry_from_result(
            result,
            client_id=client_id,
            answers={key: value for key, value in answers.items() if isinstance(value, int)},
            taken_on=taken_on,
            session_id=session_id,
            sex=sex,
            entry_id=entry_id,
            created_at=created,
        )

    def check_scale_result(self, obj: Mapping[str, Any], path: str, result: ScaleResult) -> None:
        """A given total, band or set of flags must be what the answers give (like a
        content hash: a mismatch means the file was edited by hand)."""
        total = obj.get("total")
        if total is not None and _answer(total) != result.total:
            self.problem(
                _join(path, "total"),
                f"does not match the answers, which add up to {result.total}",
            )
        band = result.band.label if result.band is not None else None
        if obj.get("band") is not None and obj.get("band") != band:
            shown = json.dumps(band) if band is not None else "no band"
            self.problem(_join(path, "band"), f"does not match the answers, which give {shown}")
        flags = obj.get("flags")
        if isinstance(flags, list):
            given = sorted(str(f.get("kind")) for f in flags if isinstance(f, dict))
            wanted = sorted(f.kind.value for f in result.flags)
            if given != wanted:
                shown = ", ".join(wanted) or "none"
                self.problem(_join(path, "flags"), f"do not match the answers, which give: {shown}")

    # -- screens, attendance and contingency management ---------------------------------
    def read_urine_screen(
        self, obj: dict[str, Any], path: str, client_id: str
    ) -> UrineScreen | None:
        screen_id = self.record_id(obj, path, "urine screen")
        collected = self.date_at(obj, "collected", path)
        created, updated = self.stamps(obj, path)
        raw = obj.get("results", {})
        results = (
            tuple(
                (Substance(k), ScreenResult(v))
                for k, v in raw.items()
                if care.is_value(k, Substance) and care.is_value(v, ScreenResult)
            )
            if isinstance(raw, dict)
            else ()
        )
        refused, missed = obj.get("refused") is True, obj.get("missed") is True
        fine = True
        if refused and missed:
            self.problem(_join(path, "missed"), "a screen is either refused or missed, not both")
            fine = False
        elif (refused or missed) and isinstance(raw, dict) and raw:
            what = "refused" if refused else "missed"
            self.problem(
                _join(path, "results"),
                f"a {what} screen has no results; remove them or mark the screen collected",
            )
            fine = False
        if collected is None or not fine:
            return None  # a problem above (or a schema error) says why
        return self.build(
            path,
            lambda: UrineScreen(
                id=screen_id,
                client_id=client_id,
                collected=collected,
                results=results,
                observed=obj.get("observed") is True,
                refused=refused,
                missed=missed,
                notes=self.text(obj, "notes"),
                created_at=created,
                updated_at=updated,
            ),
        )

    def read_attendance(self, obj: dict[str, Any], path: str, client_id: str) -> Attendance | None:
        attendance_id = self.record_id(obj, path, "attendance")
        session_id = self.session_ref(obj, path)
        on = self.date_at(obj, "on", path)
        created, updated = self.stamps(obj, path)
        status = obj.get("status")
        if on is None or not care.is_value(status, AttendanceStatus):
            return None  # a schema error says why
        return Attendance(
            id=attendance_id,
            client_id=client_id,
            on=on,
            status=AttendanceStatus(status),
            session_id=session_id,
            notes=self.text(obj, "notes"),
            created_at=created,
            updated_at=updated,
        )

    def build(self, path: str, make: Callable[[], _Built]) -> _Built | None:
        """A domain record, or None with the domain's own reason at path."""
        try:
            return make()
        except ValidationError as refused:
            self.problem(path, str(refused).rstrip("."))
            return None

    def settings(
        self, obj: object, counts: Sequence[str] = (), amounts: Sequence[str] = ()
    ) -> dict[str, Any] | None:
        """The settings given in obj, typed; None when one is of the wrong kind (the
        schema says which). Amounts may be text ("2.50") or numbers."""
        if not isinstance(obj, dict):
            return {} if obj is None else None
        given: dict[str, Any] = {}
        for key in counts:
            if key in obj:
                count = _whole_number(obj[key], 0, None)
                if count is None:
                    return None
                given[key] = count
        for key in amounts:
            if key in obj:
                amount = _amount(obj[key])
                if amount is None:
                    return None
                given[key] = amount
        return given

    def read_cm_plan(self, obj: dict[str, Any], path: str, client_id: str) -> StampedPlan | None:
        prize_path, voucher_path, cap_path = (
            _join(path, key) for key in ("prize", "voucher", "cap")
        )
        prize_obj = obj.get("prize")
        bowl_given = self.settings(
            prize_obj.get("bowl") if isinstance(prize_obj, dict) else None,
            counts=("good_job", "small", "large", "jumbo"),
            amounts=("small_value", "large_value", "jumbo_value"),
        )
        prize_given = self.settings(prize_obj, counts=("first_draws", "step", "max_draws"))
        voucher_obj = obj.get("voucher")
        voucher_given = self.settings(
            voucher_obj, counts=("bonus_every",), amounts=("first", "step", "bonus")
        )
        if isinstance(voucher_obj, dict) and voucher_obj.get("max_amount") is not None:
            ceiling = _amount(voucher_obj["max_amount"])
            if ceiling is None:
                voucher_given = None
            elif voucher_given is not None:
                voucher_given["max_amount"] = ceiling
        cap_given = self.settings(
            obj.get("cap"),
            counts=("year_start_month", "year_start_day"),
            amounts=("limit", "warn_within"),
        )
        starts = self.date_at(obj, "starts", path)
        created, updated = self.stamps(obj, path)
        bowl = (
            self.build(_join(prize_path, "bowl"), lambda: Bowl(**bowl_given))
            if bowl_given is not None
            else None
        )
        prize = (
            self.build(prize_path, lambda: PrizeSchedule(bowl=bowl, **prize_given))
            if bowl is not None and prize_given is not None
            else None
        )
        voucher = (
            self.build(voucher_path, lambda: VoucherSchedule(**voucher_given))
            if voucher_given is not None
            else None
        )
        cap = (
            self.build(cap_path, lambda: YearlyCap(**cap_given)) if cap_given is not None else None
        )
        kind = obj.get("kind")
        raw_targets = obj.get("target_substances", [])
        if not isinstance(raw_targets, list) or not care.is_value(kind, CmKind):
            return None  # a schema error says why
        if prize is None or voucher is None or cap is None:
            return None  # a problem above says why
        targets = frozenset(Substance(t) for t in raw_targets if care.is_value(t, Substance))
        plan_id = self.text(obj, "id")
        plan = self.build(
            _join(path, "target_substances"),
            lambda: CmPlan(
                kind=CmKind(kind),
                target_substances=targets,
                reinforce_attendance=obj.get("reinforce_attendance") is True,
                prize=prize,
                voucher=voucher,
                cap=cap,
                starts=starts,
                client_id=client_id,
                **({"id": plan_id} if plan_id else {}),
            ),
        )
        return StampedPlan(plan, created, updated) if plan is not None else None

    def read_prize(self, obj: dict[str, Any], path: str, client_id: str) -> StampedPrize | None:
        prize_id = self.record_id(obj, path, "prize")
        on = self.date_at(obj, "on", path)
        created = self.time_at(obj, "created_at", path)
        size = obj.get("size")
        value = _amount(obj.get("value"))
        if on is None or not care.is_value(size, SlipSize) or value is None:
            return None  # a schema error says why
        prize = self.build(
            _join(path, "value"),
            lambda: PrizeGiven(
                on=on,
                size=SlipSize(size),
                value=value,
                client_id=client_id,
                id=prize_id,
                notes=self.text(obj, "notes"),
            ),
        )
        return StampedPrize(prize, created) if prize is not None else None

    def check_prizes_fit(
        self, plan: StampedPlan | None, prizes: Sequence[StampedPrize], path: str
    ) -> None:
        """A voucher plan has no draws: it cannot count a day a prize was given."""
        if plan is None or plan.plan.kind is not CmKind.VOUCHER:
            return
        starts = plan.plan.starts
        counted = [p.prize.on for p in prizes if starts is None or p.prize.on >= starts]
        if counted:
            self.problem(
                _join(_join(path, "cm_plan"), "starts"),
                f"a voucher plan cannot count the prizes given up to {max(counted).isoformat()}; "
                "start the plan after the last prize given",
            )


_AMOUNT_RE = re.compile(r"[0-9]+(\.[0-9]+)?")


def _amount(value: object) -> Decimal | None:
    """A dollar amount given as text ("2.50") or a number, else None (the schema says why)."""
    if isinstance(value, str):
        return Decimal(value) if _AMOUNT_RE.fullmatch(value) else None
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if not _finite(value) or value < 0:
        return None
    return Decimal(str(value))


_VALUE_PATH = re.compile(r"(?P<key>[a-z][a-z0-9_]*)\[(?P<row>[0-9]+)\](?:\.(?P<column>.+))?")


def _value_path(base: str, path: str, values: Mapping[str, Any]) -> str:
    """A worksheet problem's path ("moments[1].situation") as a JSON path under base."""
    found = _VALUE_PATH.fullmatch(path)
    if path in values or found is None:
        return _join(base, path)
    where = _join(_join(base, found["key"]), int(found["row"]))
    return _join(where, found["column"]) if found["column"] is not None else where


def _answer(value: object) -> object:
    """A JSON number with no fraction (2 or 2.0) as an int; anything else as it is."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _whole_number(value: object, lowest: int, highest: int | None) -> int | None:
    """A JSON integer (2 and 2.0 alike) within bounds, else None (the schema says why)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if (
        not _finite(value)
        or value != int(value)
        or value < lowest
        or (highest is not None and value > highest)
    ):
        return None
    return int(value)


def _finite(value: int | float) -> bool:
    """Not NaN nor infinite; an int always is (math.isfinite would overflow past 1e308)."""
    return isinstance(value, int) or math.isfinite(value)


# SQLite's largest integer: a number past it could not be stored, whatever the field.
LARGEST_NUMBER = 2**63 - 1


# Far deeper than any record (a worksheet table's cell is 7 levels down), far below the
# depth at which Python's own readers give up.
MAX_DEPTH = 64


def _value_problems(data: object) -> list[ImportProblem]:
    """What no field of any record may hold, wherever it is: a number JSON does not allow
    (NaN, infinity) or too large to keep, text that is not Unicode (a lone surrogate,
    which JSON's \\u escapes can spell), lists or objects nested past MAX_DEPTH.
    Walked without recursion: a file may nest deep."""
    problems: list[ImportProblem] = []
    stack: list[tuple[str, object, int]] = [("$", data, 0)]
    while stack:
        path, value, depth = stack.pop()
        if isinstance(value, str):
            if not _is_unicode(value):
                problems.append(ImportProblem(path, _NOT_UNICODE))
        elif isinstance(value, bool):
            continue
        elif isinstance(value, float) and not math.isfinite(value):
            problems.append(ImportProblem(path, "is not a number JSON allows (NaN or infinity)"))
        elif isinstance(value, int | float) and abs(value) > LARGEST_NUMBER:
            problems.append(
                ImportProblem(path, f"is too large a number; the largest kept is {LARGEST_NUMBER}")
            )
        elif isinstance(value, dict | list) and depth >= MAX_DEPTH:
            problems.append(
                ImportProblem(path, f"nests too deeply: no record goes {MAX_DEPTH} levels down")
            )
        elif isinstance(value, dict):
            items = list(value.items())
            for key, _ in items:
                if isinstance(key, str) and not _is_unicode(key):
                    problems.append(ImportProblem(path, f"a field's name {_NOT_UNICODE}"))
            stack.extend((_join(path, key), item, depth + 1) for key, item in reversed(items))
        elif isinstance(value, list):
            stack.extend(
                (_join(path, i), item, depth + 1) for i, item in reversed(list(enumerate(value)))
            )
    return problems


_NOT_UNICODE = "holds a character that is not text (a lone surrogate, \\ud800 to \\udfff)"


def _is_unicode(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


Catalog = Mapping[str, WorksheetDefinition]


def _read(data: object, catalog: Catalog | None = None) -> tuple[list[ImportProblem], _Reader]:
    """Values no field may hold (alone: the rest is checked once they are gone), else the
    schema problems, then the reader's own; a path the schema refused is said once."""
    values = _value_problems(data)
    reader = _Reader(catalog=catalog)
    if values:
        # Text that is not Unicode cannot even be hashed, and the schema's checker recurses
        # once per level: say what is wrong so far.
        return values, reader
    schema = _schema_problems(data)
    said = {p.path for p in schema}
    reader.read(data)
    return schema + [p for p in reader.problems if p.path not in said], reader


def _existing_problems(
    conn: Connection, ids: Sequence[tuple[str, str, str]]
) -> list[ImportProblem]:
    """An id the vault already holds is refused, never merged: say which."""
    found: set[tuple[str, str]] = set()
    by_kind: dict[str, list[str]] = {}
    for kind, value, _ in ids:
        by_kind.setdefault(kind, []).append(value)
    for kind, values in by_kind.items():
        table = _TABLES[kind]
        for start in range(0, len(values), 500):
            chunk = values[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            rows = conn.execute(f"SELECT id FROM {table} WHERE id IN ({marks})", chunk)
            found.update((kind, str(row[0])) for row in rows)
    return [
        ImportProblem(path, f"{kind} id {value} already exists in this vault")
        for kind, value, path in ids
        if (kind, value) in found
    ]


# -- public API ----------------------------------------------------------------------------


def validate(
    data: object, vault: Vault | None = None, *, catalog: Catalog | None = None
) -> list[ImportProblem]:
    """Every problem of a document, each with its JSON path; [] when it can be imported.

    With a vault, ids it already holds are problems too. Worksheets are checked against
    `catalog` (definitions by id), by default the worksheets shipped with the program."""
    problems, reader = _read(data, catalog)
    if vault is not None:
        problems += _existing_problems(vault.conn, reader.ids)
    return problems


def parse(data: object, *, catalog: Catalog | None = None) -> list[ClientBundle]:
    """The document as domain objects; InvalidImport listing every problem if it is not valid."""
    problems, reader = _read(data, catalog)
    if problems:
        raise InvalidImport(problems)
    return list(reader.bundles)


def import_data(vault: Vault, data: object, *, catalog: Catalog | None = None) -> ImportSummary:
    """Check everything, then write everything in one transaction with one audit row.

    Nothing is written unless the whole document is valid; an error while writing rolls
    the whole transaction back."""
    problems, reader = _read(data, catalog)
    with vault.transaction() as conn:
        # Inside the write lock, so no other writer can add one of these ids meanwhile.
        problems += _existing_problems(conn, reader.ids)
        if problems:
            raise InvalidImport(problems)
        now = vault.clock()
        definitions = reader.catalog or {}
        for bundle in reader.bundles:
            _write_bundle(conn, bundle, now, definitions)
        care.write_groups(conn, reader.groups, now)
        summary = _summary(reader.bundles, reader.groups)
        vault.audit.append(conn, "import", at=now, detail=summary.describe())
    return summary


def _write_bundle(
    conn: Connection, bundle: ClientBundle, now: datetime, definitions: Catalog
) -> None:
    client_repo.add_client(conn, bundle.client, now)
    for entry in bundle.medications:
        client_repo.add_medication(conn, entry, now)
    for item in bundle.sessions:
        session_repo.add_session(conn, item.session, now)
        if item.note is not None:
            session_repo.add_note(conn, item.note, now)
            for addendum in item.addenda:
                session_repo.add_addendum(conn, addendum, now)
            if item.cosign is not None:
                care.write_cosign(conn, item.cosign, now)
    for consent in bundle.consents:
        consent_repo.add_consent(conn, consent, now)
    for counseling in bundle.counseling_notes:
        consent_repo.add_counseling_note(conn, counseling, now)
    for filled in bundle.worksheets:
        worksheet = filled.worksheet
        definition = definitions.get(worksheet.definition_id)
        measure_repo.add_worksheet(conn, worksheet, definition, now)
        for version in filled.versions:
            measure_repo.add_version(conn, version)
    for scale_entry in bundle.scale_entries:
        measure_repo.add_scale_entry(conn, scale_entry, now)
    for screen in bundle.urine_screens:
        screening_repo.add_screen(conn, screen, now)
    for attendance in bundle.attendance:
        screening_repo.add_attendance(conn, attendance, now)
    if bundle.cm_plan is not None:
        stamped = bundle.cm_plan
        screening_repo.set_plan(
            conn,
            bundle.client.id,
            stamped.plan,
            now,
            created_at=stamped.created_at,
            updated_at=stamped.updated_at,
        )
    for given in bundle.prizes_given:
        screening_repo.add_prize(conn, given.prize, now, created_at=given.created_at)
    links = [link for item in bundle.sessions for link in item.objectives]
    care.write_plans(conn, bundle.treatment_plans, links, now)
    care.write_network(conn, bundle.support_network, now)
    care.write_disclosures(conn, bundle.disclosures, now)


# -- export --------------------------------------------------------------------------------


def _t(value: datetime | None) -> str | None:
    return format_utc(value) if value is not None else None


def _d(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _client_dict(client: Client) -> dict[str, Any]:
    return {
        "id": client.id,
        "display_name": client.display_name,
        "legal_name": client.legal_name,
        "date_of_birth": _d(client.date_of_birth),
        "sex": client.sex,
        "pronouns": client.pronouns,
        "preferred_language": client.preferred_language.value,
        "phone": client.phone,
        "emergency_contact": client.emergency_contact,
        "guardian": client.guardian,
        "program": client.program,
        "admission_date": _d(client.admission_date),
        "discharge_date": _d(client.discharge_date),
        "recovery_date": _d(client.recovery_date),
        "diagnoses": [{"description": d.description, "icd10": d.icd10} for d in client.diagnoses],
        "archived": client.archived,
        "created_at": _t(client.created_at),
        "updated_at": _t(client.updated_at),
    }


def _medication_dict(entry: MedicationEntry) -> dict[str, Any]:
    return {
        "id": entry.id,
        "medication": entry.medication.value,
        "form": entry.form,
        "dose": entry.dose,
        "schedule": entry.schedule,
        "prescriber": entry.prescriber,
        "started": _d(entry.started),
        "stopped": _d(entry.stopped),
        "dispensing": entry.dispensing.value if entry.dispensing else None,
        "take_home_count": entry.take_home_count,
        "notes": entry.notes,
        "replaces": entry.replaces,
        "created_at": _t(entry.created_at),
    }


def _addendum_dict(addendum: Addendum) -> dict[str, Any]:
    return {
        "id": addendum.id,
        "text": addendum.text,
        "signed_by": addendum.signed_by,
        "signed_at": _t(addendum.signed_at),
        "content_sha256": addendum.content_sha256,
    }


def _note_dict(
    note: Note, addenda: Sequence[Addendum], cosign: dict[str, Any] | None
) -> dict[str, Any]:
    ordered = sorted(addenda, key=lambda a: (format_utc(a.signed_at), a.id))
    record = {
        "id": note.id,
        "format": note.format.value,
        "status": note.status.value,
        "signed_by": note.signed_by,
        "signed_at": _t(note.signed_at),
        "content_sha256": note.content_sha256,
        "late_entry": note.late_entry,
        "sections": dict(note.sections),
        "created_at": _t(note.created_at),
        "updated_at": _t(note.updated_at),
        "addenda": [_addendum_dict(a) for a in ordered],
    }
    if cosign is not None:  # written only when asked for, so older notes stay as they were
        record["cosign"] = cosign
    return record


def _session_dict(
    conn: Connection,
    session: Session,
    links: Mapping[str, list[dict[str, Any]]],
    cosigns: Mapping[str, dict[str, Any]],
) -> dict[str, Any]:
    note = session_repo.note_for_session(conn, session.id)
    record = {
        "id": session.id,
        "start": format_utc(session.start),
        "minutes": session.minutes,
        "kind": session.kind.value,
        "location": session.location,
        "participants": list(session.participants),
        "created_at": _t(session.created_at),
        "updated_at": _t(session.updated_at),
        "note": (
            _note_dict(note, session_repo.addenda_for(conn, note.id), cosigns.get(note.id))
            if note is not None
            else None
        ),
    }
    if session.id in links:  # only when the session worked on objectives
        record["objectives"] = links[session.id]
    return record


def _consent_dict(consent: Consent) -> dict[str, Any]:
    return {
        "id": consent.id,
        "discloser": consent.discloser,
        "recipient": consent.recipient,
        "information": consent.information,
        "purpose": consent.purpose,
        "signed": _d(consent.signed),
        "signed_by": consent.signed_by,
        "expires": _d(consent.expires),
        "expires_on_event": consent.expires_on_event,
        "includes_counseling_notes": consent.includes_counseling_notes,
        "revoked": _d(consent.revoked),
        "created_at": _t(consent.created_at),
        "updated_at": _t(consent.updated_at),
    }


def _counseling_dict(note: CounselingNote) -> dict[str, Any]:
    return {
        "id": note.id,
        "session_id": note.session_id,
        "text": note.text,
        "created_at": _t(note.created_at),
        "updated_at": _t(note.updated_at),
    }


def _worksheet_dict(conn: Connection, worksheet: WorksheetInstance) -> dict[str, Any]:
    return {
        "id": worksheet.id,
        "session_id": worksheet.session_id,
        "definition_id": worksheet.definition_id,
        "definition_version": worksheet.definition_version,
        "status": worksheet.status.value,
        "values": worksheet.values,
        "created_at": _t(worksheet.created_at),
        "updated_at": _t(worksheet.updated_at),
        "completed_at": _t(worksheet.completed_at),
        "versions": [
            {
                "version": v.version,
                "status": v.status.value,
                "values": v.values,
                "saved_at": _t(v.saved_at),
            }
            for v in measure_repo.list_versions(conn, worksheet.id)
        ],
    }


def _scale_entry_dict(entry: ScaleEntry) -> dict[str, Any]:
    return {
        "id": entry.id,
        "session_id": entry.session_id,
        "scale": entry.scale.value,
        "taken_on": _d(entry.taken_on),
        "answers": dict(entry.answers),
        "total": entry.total,
        "band": entry.band,
        "flags": [{"kind": f.kind.value, "message": f.message} for f in entry.flags],
        "sex": entry.sex,
        "created_at": _t(entry.created_at),
    }


def _screen_dict(screen: UrineScreen) -> dict[str, Any]:
    return {
        "id": screen.id,
        "collected": _d(screen.collected),
        "results": {substance.value: result.value for substance, result in screen.results},
        "observed": screen.observed,
        "refused": screen.refused,
        "missed": screen.missed,
        "notes": screen.notes,
        "created_at": _t(screen.created_at),
        "updated_at": _t(screen.updated_at),
    }


def _attendance_dict(entry: Attendance) -> dict[str, Any]:
    return {
        "id": entry.id,
        "on": _d(entry.on),
        "status": entry.status.value,
        "session_id": entry.session_id,
        "notes": entry.notes,
        "created_at": _t(entry.created_at),
        "updated_at": _t(entry.updated_at),
    }


def _prize_dict(prize: PrizeGiven, created_at: datetime | None) -> dict[str, Any]:
    return {
        "id": prize.id,
        "on": _d(prize.on),
        "size": prize.size.value,
        "value": screening_repo.amount_text(prize.value),
        "notes": prize.notes,
        "created_at": _t(created_at),
    }


def _add_screening(conn: Connection, client: Client, record: dict[str, Any]) -> None:
    """Screens, attendance, the CM plan and prizes, each only when the client has some."""
    screens = sorted(
        screening_repo.list_screens(conn, client.id),
        key=lambda u: (u.collected, _t(u.created_at) or "", u.id),
    )
    if screens:
        record["urine_screens"] = [_screen_dict(u) for u in screens]
    attendance = sorted(
        screening_repo.list_attendance(conn, client.id),
        key=lambda a: (a.on, _t(a.created_at) or "", a.id),
    )
    if attendance:
        record["attendance"] = [_attendance_dict(a) for a in attendance]
    plan = screening_repo.get_plan(conn, client.id)
    if plan is not None:
        created, updated = screening_repo.plan_stamps(conn, client.id)
        record["cm_plan"] = {
            **screening_repo.plan_to_dict(plan),
            "created_at": _t(created),
            "updated_at": _t(updated),
        }
    stamps = screening_repo.prize_stamps(conn, client.id)
    prizes = sorted(
        screening_repo.list_prizes(conn, client.id),
        key=lambda p: (p.on, _t(stamps.get(p.id)) or "", p.id),
    )
    if prizes:
        record["prizes_given"] = [_prize_dict(p, stamps.get(p.id)) for p in prizes]


def _export_client(conn: Connection, client: Client) -> dict[str, Any]:
    # Sorted on the data itself (ties broken by id), so the same vault always gives
    # the same document whatever order rows were inserted in.
    medications = sorted(
        client_repo.medication_history(conn, client.id),
        key=lambda m: (m.started, _t(m.created_at) or "", m.id),
    )
    sessions = sorted(
        session_repo.list_sessions(conn, client.id), key=lambda s: (format_utc(s.start), s.id)
    )
    consents = sorted(consent_repo.list_consents(conn, client.id), key=lambda c: (c.signed, c.id))
    counseling = sorted(
        consent_repo.list_counseling_notes(conn, client.id),
        key=lambda n: (_t(n.created_at) or "", n.id),
    )
    record = _client_dict(client)
    record["medications"] = [_medication_dict(m) for m in medications]
    links = care.export_links(conn, client.id)
    cosigns = care.export_cosigns(conn, client.id)
    record["sessions"] = [_session_dict(conn, s, links, cosigns) for s in sessions]
    record["consents"] = [_consent_dict(c) for c in consents]
    record["counseling_notes"] = [_counseling_dict(n) for n in counseling]
    # Written only when the client has some, so a document from a vault without them
    # is exactly what it was before these records existed.
    worksheets = sorted(
        measure_repo.list_worksheets(conn, client.id),
        key=lambda w: (_t(w.created_at) or "", w.id),
    )
    if worksheets:
        record["worksheets"] = [_worksheet_dict(conn, w) for w in worksheets]
    entries = sorted(
        measure_repo.list_scale_entries(conn, client.id),
        key=lambda e: (e.taken_on, _t(e.created_at) or "", e.id),
    )
    if entries:
        record["scale_entries"] = [_scale_entry_dict(e) for e in entries]
    _add_screening(conn, client, record)
    plans = care.export_plans(conn, client.id)
    if plans:
        record["treatment_plans"] = plans
    network = care.export_network(conn, client.id)
    if network:
        record["support_network"] = network
    disclosures = care.export_disclosures(conn, client.id)
    if disclosures:
        record["disclosures"] = disclosures
    return record


def _document_summary(
    records: Sequence[Mapping[str, Any]], groups: Sequence[Mapping[str, Any]] = ()
) -> ImportSummary:
    sessions = [s for r in records for s in r["sessions"]]
    notes = [s["note"] for s in sessions if s["note"] is not None]
    cosigns = [n["cosign"] for n in notes if "cosign" in n]
    return ImportSummary(
        clients=len(records),
        sessions=len(sessions),
        notes=len(notes),
        addenda=sum(len(n["addenda"]) for n in notes),
        consents=sum(len(r["consents"]) for r in records),
        medications=sum(len(r["medications"]) for r in records),
        counseling_notes=sum(len(r["counseling_notes"]) for r in records),
        worksheets=sum(len(r.get("worksheets", [])) for r in records),
        scale_entries=sum(len(r.get("scale_entries", [])) for r in records),
        urine_screens=sum(len(r.get("urine_screens", [])) for r in records),
        attendance=sum(len(r.get("attendance", [])) for r in records),
        cm_plans=sum(1 for r in records if r.get("cm_plan") is not None),
        prizes_given=sum(len(r.get("prizes_given", [])) for r in records),
        treatment_plans=sum(len(r.get("treatment_plans", [])) for r in records),
        objective_links=sum(len(s.get("objectives", [])) for s in sessions),
        network_members=sum(len(r.get("support_network", [])) for r in records),
        cosign_requests=len(cosigns),
        cosignatures=sum(1 for c in cosigns if "cosigned_by" in c),
        group_sessions=len(groups),
    )


def export_data(vault: Vault) -> dict[str, Any]:
    """Everything the vault holds (archived clients too), as a `counselor-desk/1` document.

    Read in the same transaction as its audit row: one consistent snapshot."""
    with vault.transaction() as conn:
        now = vault.clock()
        clients = sorted(
            client_repo.list_clients(conn, include_archived=True),
            key=lambda c: (c.display_name.casefold(), c.id),
        )
        records = [_export_client(conn, c) for c in clients]
        groups = care.export_groups(conn)
        summary = _document_summary(records, groups)
        vault.audit.append(conn, "export-data", at=now, detail=summary.describe())
    document: dict[str, Any] = {
        "format": FORMAT,
        "exported_at": format_utc(now),
        "clients": records,
    }
    if groups:  # written only when there are some, so older documents stay as they were
        document["group_sessions"] = groups
    return document


# -- files ---------------------------------------------------------------------------------


def read_file(path: Path) -> object:
    """The JSON in path; bad JSON is an InvalidImport at "$" naming line and column."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InvalidImport([ImportProblem("$", f"cannot read {path}: {exc.strerror}")]) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InvalidImport(
            [ImportProblem("$", f"the file is not UTF-8 text (byte {exc.start + 1})")]
        ) from None
    try:
        data: object = json.loads(text)
    except RecursionError:
        raise InvalidImport(
            [
                ImportProblem(
                    "$", "not a counselor-desk/1 document: its lists or objects nest too deeply"
                )
            ]
        ) from None
    except json.JSONDecodeError as exc:
        raise InvalidImport(
            [
                ImportProblem(
                    "$",
                    f"not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}",
                )
            ]
        ) from None
    except ValueError:
        # Python reads no integer of more than 4,300 digits (sys.get_int_max_str_digits).
        raise InvalidImport(
            [ImportProblem("$", "not a counselor-desk/1 document: it holds a number too long")]
        ) from None
    return data


def import_file(vault: Vault, path: Path) -> ImportSummary:
    return import_data(vault, read_file(path))


def export_file(vault: Vault, path: Path) -> ImportSummary:
    """Write the export atomically, readable by the owner only (0600)."""
    document = export_data(vault)
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    atomic_write(path, text.encode("utf-8"))
    return _document_summary(document["clients"], document.get("group_sessions", []))
