"""Declarative worksheets: definitions read from TOML, values checked against them.

A worksheet is a file in `resources/worksheets/*.toml` (id, version, title, help and
ordered fields, every visible text in English and Spanish). A definition is checked
when it is loaded; a bad file is refused with one sentence naming the file, the key
path and the fault. A worksheet's answers are plain JSON values keyed by field key, so
the vault can store them as versioned JSON.
"""

from __future__ import annotations

import math
import re
import tomllib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import ClassVar, TypedDict, TypeVar

from counselor_desk.domain.errors import CounselorDeskError, quoted

LANGUAGES: tuple[str, ...] = ("en", "es")
_LANGUAGE_NAMES = {"en": "English", "es": "Spanish"}
_SLUG = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
# Loose on purpose: local formats differ; this only catches letters and stray text.
_PHONE = re.compile(r"^\+?[0-9 ().\-/]+(\s*(x|ext\.?)\s*[0-9]{1,6})?$", re.IGNORECASE)
_TOML_AT = re.compile(r"^(?P<what>.*?)\s*\(at line (?P<line>\d+), column (?P<col>\d+)\)$")


class FieldKind(StrEnum):
    TEXT = "text"
    LONG_TEXT = "long_text"
    NUMBER = "number"
    RATING = "rating"
    DATE = "date"
    PHONE = "phone"
    CHOICE = "choice"
    CHECKLIST = "checklist"
    TABLE = "table"
    STATIC = "static"


# The kinds a table column may have: one value per cell, no nesting.
COLUMN_KINDS: tuple[FieldKind, ...] = (
    FieldKind.TEXT,
    FieldKind.LONG_TEXT,
    FieldKind.NUMBER,
    FieldKind.RATING,
    FieldKind.DATE,
    FieldKind.PHONE,
    FieldKind.CHOICE,
)


class Tone(StrEnum):
    """How a static note is shown: plain guidance, or urgent (crisis lines, overdose steps)."""

    INFO = "info"
    URGENT = "urgent"


class WorksheetDefinitionError(CounselorDeskError):
    """A worksheet file that cannot be used: names the file, the key path and the fault."""

    def __init__(self, file: Path, key_path: str, problem: str) -> None:
        where = f"{file}: {key_path}" if key_path else f"{file}"
        super().__init__(f"{where}: {problem}")
        self.file = file
        self.key_path = key_path
        self.problem = problem


@dataclass(frozen=True)
class LocalText:
    """One visible text in every language the program speaks."""

    en: str
    es: str

    def get(self, language: str) -> str:
        """The text in `language` ("en" or "es"); English for anything else."""
        return self.es if language == "es" else self.en


@dataclass(frozen=True)
class Option:
    key: str
    label: LocalText


@dataclass(frozen=True, kw_only=True)
class _Field:
    key: str
    label: LocalText
    help: LocalText | None = None
    required: bool = False


@dataclass(frozen=True, kw_only=True)
class TextField(_Field):
    """One line of text."""

    kind: ClassVar[FieldKind] = FieldKind.TEXT


@dataclass(frozen=True, kw_only=True)
class LongTextField(_Field):
    """Several lines of text (lists are written one item a line)."""

    kind: ClassVar[FieldKind] = FieldKind.LONG_TEXT


@dataclass(frozen=True, kw_only=True)
class NumberField(_Field):
    kind: ClassVar[FieldKind] = FieldKind.NUMBER
    minimum: int | float | None = None
    maximum: int | float | None = None
    integer: bool = False


@dataclass(frozen=True, kw_only=True)
class RatingField(_Field):
    """A whole number on a fixed scale (0–10, 0–100), with optional words at each end."""

    kind: ClassVar[FieldKind] = FieldKind.RATING
    minimum: int
    maximum: int
    low_label: LocalText | None = None
    high_label: LocalText | None = None


@dataclass(frozen=True, kw_only=True)
class DateField(_Field):
    """An ISO date, "YYYY-MM-DD"."""

    kind: ClassVar[FieldKind] = FieldKind.DATE


@dataclass(frozen=True, kw_only=True)
class PhoneField(_Field):
    kind: ClassVar[FieldKind] = FieldKind.PHONE


@dataclass(frozen=True, kw_only=True)
class ChoiceField(_Field):
    """Pick one option; the value is the option's key."""

    kind: ClassVar[FieldKind] = FieldKind.CHOICE
    options: tuple[Option, ...]

    def option(self, key: str) -> Option | None:
        return next((option for option in self.options if option.key == key), None)


@dataclass(frozen=True, kw_only=True)
class ChecklistField(_Field):
    """Tick any number of options; the value is the list of ticked keys."""

    kind: ClassVar[FieldKind] = FieldKind.CHECKLIST
    options: tuple[Option, ...]

    def option(self, key: str) -> Option | None:
        return next((option for option in self.options if option.key == key), None)


ColumnField = (
    TextField | LongTextField | NumberField | RatingField | DateField | PhoneField | ChoiceField
)


@dataclass(frozen=True, kw_only=True)
class TableField(_Field):
    """Rows of typed columns; the value is a list of {column key: cell value}."""

    kind: ClassVar[FieldKind] = FieldKind.TABLE
    columns: tuple[ColumnField, ...]
    min_rows: int = 0
    max_rows: int | None = None
    row_label: LocalText | None = None  # "Situation" → the form shows "Situation 2"

    def column(self, key: str) -> ColumnField | None:
        return next((column for column in self.columns if column.key == key), None)


@dataclass(frozen=True, kw_only=True)
class StaticNote:
    """Fixed guidance printed in the form (crisis lines, overdose steps); takes no answer."""

    kind: ClassVar[FieldKind] = FieldKind.STATIC
    key: str
    label: LocalText
    text: LocalText | None = None
    items: tuple[LocalText, ...] = ()
    numbered: bool = False
    tone: Tone = Tone.INFO


InputField = ColumnField | ChecklistField | TableField
WorksheetField = InputField | StaticNote


@dataclass(frozen=True)
class WorksheetDefinition:
    id: str
    version: int
    title: LocalText
    help: LocalText
    fields: tuple[WorksheetField, ...]
    source: Path | None = None

    @property
    def input_fields(self) -> tuple[InputField, ...]:
        """The fields that hold an answer, in order (static notes left out)."""
        return tuple(f for f in self.fields if not isinstance(f, StaticNote))

    def field(self, key: str) -> WorksheetField | None:
        return next((f for f in self.fields if f.key == key), None)


@dataclass(frozen=True)
class LoadResult:
    definitions: dict[str, WorksheetDefinition]
    problems: list[WorksheetDefinitionError]


def resources_dir() -> Path:
    """The shipped worksheet files, beside the package (source checkout and build alike)."""
    return Path(__file__).resolve().parents[2] / "resources" / "worksheets"


# --- Loading ----------------------------------------------------------------------------


class _Bad(Exception):
    """A fault at a key path inside one file; the loader adds the file name."""

    def __init__(self, key_path: str, problem: str) -> None:
        super().__init__(problem)
        self.key_path = key_path
        self.problem = problem


_TOP_KEYS = frozenset({"id", "version", "title", "help", "fields"})
_COMMON_KEYS = frozenset({"key", "kind", "label", "help", "required"})
_KIND_KEYS: dict[FieldKind, frozenset[str]] = {
    FieldKind.TEXT: _COMMON_KEYS,
    FieldKind.LONG_TEXT: _COMMON_KEYS,
    FieldKind.NUMBER: _COMMON_KEYS | {"min", "max", "integer"},
    FieldKind.RATING: _COMMON_KEYS | {"min", "max", "low_label", "high_label"},
    FieldKind.DATE: _COMMON_KEYS,
    FieldKind.PHONE: _COMMON_KEYS,
    FieldKind.CHOICE: _COMMON_KEYS | {"options"},
    FieldKind.CHECKLIST: _COMMON_KEYS | {"options"},
    FieldKind.TABLE: _COMMON_KEYS | {"columns", "min_rows", "max_rows", "row_label"},
    FieldKind.STATIC: frozenset({"key", "kind", "label", "text", "items", "numbered", "tone"}),
}


def load_definition(path: Path) -> WorksheetDefinition:
    """Read and check one worksheet file. Raises WorksheetDefinitionError."""
    path = Path(path)
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise WorksheetDefinitionError(path, "", _toml_problem(error)) from error
    except RecursionError:
        # tomllib recurses once per level of nested arrays and inline tables.
        raise WorksheetDefinitionError(
            path, "", "is not valid TOML for a worksheet: its lists or tables nest too deeply"
        ) from None
    except UnicodeDecodeError as error:
        raise WorksheetDefinitionError(path, "", "is not UTF-8 text") from error
    except OSError as error:
        raise WorksheetDefinitionError(path, "", f"cannot be read ({error.strerror})") from error
    try:
        return _definition(raw, path)
    except _Bad as bad:
        raise WorksheetDefinitionError(path, bad.key_path, bad.problem) from None


def load_all(folder: Path) -> LoadResult:
    """Load every `*.toml` in `folder`, in name order. A bad file is refused with its
    message and the rest still load; a repeated id keeps the first file and refuses the rest."""
    folder = Path(folder)
    definitions: dict[str, WorksheetDefinition] = {}
    problems: list[WorksheetDefinitionError] = []
    if not folder.is_dir():
        problems.append(WorksheetDefinitionError(folder, "", "the worksheet folder is missing"))
        return LoadResult(definitions, problems)
    for path in sorted(folder.glob("*.toml")):
        try:
            definition = load_definition(path)
        except WorksheetDefinitionError as error:
            problems.append(error)
            continue
        first = definitions.get(definition.id)
        if first is not None:
            earlier = first.source.name if first.source else "another file"
            problems.append(
                WorksheetDefinitionError(
                    path, "id", f"the id {definition.id!r} is already used by {earlier}"
                )
            )
            continue
        definitions[definition.id] = definition
    return LoadResult(definitions, problems)


def load_shipped() -> LoadResult:
    """The worksheets that ship with the program."""
    return load_all(resources_dir())


def _toml_problem(error: tomllib.TOMLDecodeError) -> str:
    message = str(error)
    found = _TOML_AT.match(message)
    if found is None:
        return f"is not valid TOML: {message}"
    return (
        f"is not valid TOML at line {found['line']}, column {found['col']}: "
        f"{found['what'].rstrip('.')}"
    )


def _definition(raw: dict[str, object], source: Path) -> WorksheetDefinition:
    _no_unknown_keys(raw, _TOP_KEYS, "")
    worksheet_id = _slug(_need(raw, "id", ""), "id")
    version = _int(_need(raw, "version", ""), "version", minimum=1)
    title = _local_text(_need(raw, "title", ""), "title")
    help_text = _local_text(_need(raw, "help", ""), "help")
    raw_fields = _list(_need(raw, "fields", ""), "fields")
    if not raw_fields:
        raise _Bad("fields", "a worksheet needs at least one field")
    fields = tuple(_unique(_field(item, f"fields[{i}]") for i, item in enumerate(raw_fields)))
    if all(isinstance(f, StaticNote) for f in fields):
        raise _Bad("fields", "a worksheet needs at least one field to fill in")
    return WorksheetDefinition(worksheet_id, version, title, help_text, fields, source)


_F = TypeVar("_F", WorksheetField, ColumnField)


def _unique(items: Iterable[tuple[str, _F]]) -> Iterator[_F]:
    seen: dict[str, str] = {}
    for path, item in items:
        if item.key in seen:
            raise _Bad(f"{path}.key", f"duplicate key {item.key!r}; {seen[item.key]} has it too")
        seen[item.key] = path
        yield item


def _field(raw: object, path: str) -> tuple[str, WorksheetField]:
    table = _table(raw, path)
    kind = _kind(table, path, FieldKind)
    if kind is FieldKind.STATIC:
        return path, _static(table, path)
    if kind is FieldKind.TABLE:
        return path, _table_field(table, path)
    if kind is FieldKind.CHECKLIST:
        _no_unknown_keys(table, _KIND_KEYS[kind], path)
        return path, ChecklistField(**_common(table, path), options=_options(table, path))
    return path, _column(table, path, kind)


def _column(table: dict[str, object], path: str, kind: FieldKind) -> ColumnField:
    _no_unknown_keys(table, _KIND_KEYS[kind], path)
    common = _common(table, path)
    if kind is FieldKind.TEXT:
        return TextField(**common)
    if kind is FieldKind.LONG_TEXT:
        return LongTextField(**common)
    if kind is FieldKind.DATE:
        return DateField(**common)
    if kind is FieldKind.PHONE:
        return PhoneField(**common)
    if kind is FieldKind.CHOICE:
        options = _options(table, path)
        if len(options) < 2:
            raise _Bad(f"{path}.options", "a choice needs at least two options")
        return ChoiceField(**common, options=options)
    if kind is FieldKind.NUMBER:
        integer = _bool(table.get("integer", False), f"{path}.integer")
        low = _number(table.get("min"), f"{path}.min", integer=integer)
        high = _number(table.get("max"), f"{path}.max", integer=integer)
        if low is not None and high is not None and low > high:
            raise _Bad(f"{path}.min", f"min ({low}) is greater than max ({high})")
        return NumberField(**common, minimum=low, maximum=high, integer=integer)
    if kind is FieldKind.RATING:
        low_rating = _int(_need(table, "min", path), f"{path}.min")
        high_rating = _int(_need(table, "max", path), f"{path}.max")
        if low_rating >= high_rating:
            raise _Bad(f"{path}.min", f"min ({low_rating}) must be less than max ({high_rating})")
        return RatingField(
            **common,
            minimum=low_rating,
            maximum=high_rating,
            low_label=_optional_text(table, "low_label", path),
            high_label=_optional_text(table, "high_label", path),
        )
    raise AssertionError(kind)  # pragma: no cover - _kind only lets column kinds through


def _table_field(table: dict[str, object], path: str) -> TableField:
    _no_unknown_keys(table, _KIND_KEYS[FieldKind.TABLE], path)
    common = _common(table, path)
    raw_columns = _list(_need(table, "columns", path), f"{path}.columns")
    if not raw_columns:
        raise _Bad(f"{path}.columns", "a table needs at least one column")
    columns: list[tuple[str, ColumnField]] = []
    for i, raw_column in enumerate(raw_columns):
        column_path = f"{path}.columns[{i}]"
        column_table = _table(raw_column, column_path)
        kind = _kind(column_table, column_path, COLUMN_KINDS)
        columns.append((column_path, _column(column_table, column_path, kind)))
    min_rows = _int(table.get("min_rows", 0), f"{path}.min_rows", minimum=0)
    max_rows = table.get("max_rows")
    if max_rows is not None:
        max_rows = _int(max_rows, f"{path}.max_rows", minimum=1)
        if min_rows > max_rows:
            raise _Bad(
                f"{path}.min_rows", f"min_rows ({min_rows}) is greater than max_rows ({max_rows})"
            )
    return TableField(
        **common,
        columns=tuple(_unique(columns)),
        min_rows=min_rows,
        max_rows=max_rows,
        row_label=_optional_text(table, "row_label", path),
    )


def _static(table: dict[str, object], path: str) -> StaticNote:
    _no_unknown_keys(table, _KIND_KEYS[FieldKind.STATIC], path)
    key = _slug(_need(table, "key", path), f"{path}.key")
    label = _local_text(_need(table, "label", path), f"{path}.label")
    text = _optional_text(table, "text", path)
    items: tuple[LocalText, ...] = ()
    if "items" in table:
        raw_items = _list(table["items"], f"{path}.items")
        if not raw_items:
            raise _Bad(f"{path}.items", "is empty; leave it out or list at least one item")
        items = tuple(_local_text(item, f"{path}.items[{i}]") for i, item in enumerate(raw_items))
    if text is None and not items:
        raise _Bad(path, "a static note needs text or items")
    numbered = _bool(table.get("numbered", False), f"{path}.numbered")
    raw_tone = table.get("tone", Tone.INFO.value)
    if not isinstance(raw_tone, str) or raw_tone not in {tone.value for tone in Tone}:
        choices = ", ".join(tone.value for tone in Tone)
        raise _Bad(f"{path}.tone", f"unknown tone {quoted(raw_tone)}; use one of: {choices}")
    return StaticNote(
        key=key, label=label, text=text, items=items, numbered=numbered, tone=Tone(raw_tone)
    )


class _CommonKw(TypedDict):
    key: str
    label: LocalText
    help: LocalText | None
    required: bool


def _common(table: dict[str, object], path: str) -> _CommonKw:
    return {
        "key": _slug(_need(table, "key", path), f"{path}.key"),
        "label": _local_text(_need(table, "label", path), f"{path}.label"),
        "help": _optional_text(table, "help", path),
        "required": _bool(table.get("required", False), f"{path}.required"),
    }


def _kind(table: dict[str, object], path: str, allowed: Iterable[FieldKind]) -> FieldKind:
    allowed = tuple(allowed)
    names = ", ".join(kind.value for kind in allowed)
    raw = table.get("kind")
    if raw is None:
        raise _Bad(f"{path}.kind", f"is missing; use one of: {names}")
    if not isinstance(raw, str) or raw not in {kind.value for kind in FieldKind}:
        raise _Bad(f"{path}.kind", f"unknown kind {quoted(raw)}; use one of: {names}")
    kind = FieldKind(raw)
    if kind not in allowed:
        raise _Bad(f"{path}.kind", f"a table column cannot be {quoted(raw)}; use one of: {names}")
    return kind


def _options(table: dict[str, object], path: str) -> tuple[Option, ...]:
    raw_options = _list(_need(table, "options", path), f"{path}.options")
    if not raw_options:
        raise _Bad(f"{path}.options", "needs at least one option")
    options: list[Option] = []
    seen: dict[str, int] = {}
    for i, raw in enumerate(raw_options):
        option_path = f"{path}.options[{i}]"
        option_table = _table(raw, option_path)
        _no_unknown_keys(option_table, frozenset({"key", "label"}), option_path)
        key = _slug(_need(option_table, "key", option_path), f"{option_path}.key")
        if key in seen:
            raise _Bad(
                f"{option_path}.key",
                f"duplicate option key {key!r}; {path}.options[{seen[key]}] has it too",
            )
        seen[key] = i
        label = _local_text(_need(option_table, "label", option_path), f"{option_path}.label")
        options.append(Option(key, label))
    return tuple(options)


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _need(table: dict[str, object], key: str, path: str) -> object:
    if key not in table:
        raise _Bad(_join(path, key), "is missing")
    return table[key]


def _no_unknown_keys(table: dict[str, object], allowed: frozenset[str], path: str) -> None:
    for key in table:
        if key not in allowed:
            raise _Bad(
                _join(path, key),
                f"unknown key {quoted(key)}; allowed here: {', '.join(sorted(allowed))}",
            )


def _table(raw: object, path: str) -> dict[str, object]:
    if not isinstance(raw, dict):
        raise _Bad(path, f"should be a table, not {_toml_type(raw)}")
    return raw


def _list(raw: object, path: str) -> list[object]:
    if not isinstance(raw, list):
        raise _Bad(path, f"should be a list, not {_toml_type(raw)}")
    return raw


def _bool(raw: object, path: str) -> bool:
    if not isinstance(raw, bool):
        raise _Bad(path, f"should be true or false, not {_toml_type(raw)}")
    return raw


def _int(raw: object, path: str, minimum: int | None = None) -> int:
    if isinstance(raw, bool) or not isinstance(raw, int):
        raise _Bad(path, f"should be a whole number, not {_toml_type(raw)}")
    if minimum is not None and raw < minimum:
        raise _Bad(path, f"should be at least {minimum}, not {raw}")
    return raw


def _number(raw: object, path: str, *, integer: bool) -> int | float | None:
    if raw is None:
        return None
    if integer:
        return _int(raw, path)
    if isinstance(raw, bool) or not isinstance(raw, int | float) or not _finite(raw):
        raise _Bad(path, f"should be a number, not {_toml_type(raw)}")
    return raw


def _slug(raw: object, path: str) -> str:
    if not isinstance(raw, str) or not _SLUG.match(raw):
        raise _Bad(
            path,
            f"{quoted(raw)} is not a valid key: use lowercase letters, digits and _, "
            "starting with a letter",
        )
    return raw


def _local_text(raw: object, path: str) -> LocalText:
    if isinstance(raw, str):
        raise _Bad(path, 'needs an English and a Spanish text: { en = "...", es = "..." }')
    table = _table(raw, path)
    for key in table:
        if key not in LANGUAGES:
            raise _Bad(f"{path}.{key}", f"unknown language {quoted(key)}; use en and es")
    texts: dict[str, str] = {}
    for language in LANGUAGES:
        name = _LANGUAGE_NAMES[language]
        if language not in table:
            raise _Bad(f"{path}.{language}", f"the {name} text is missing")
        value = table[language]
        if not isinstance(value, str):
            raise _Bad(f"{path}.{language}", f"should be text, not {_toml_type(value)}")
        if not value.strip():
            raise _Bad(f"{path}.{language}", f"the {name} text is empty")
        texts[language] = value.strip()
    return LocalText(en=texts["en"], es=texts["es"])


def _optional_text(table: dict[str, object], key: str, path: str) -> LocalText | None:
    if key not in table:
        return None
    return _local_text(table[key], f"{path}.{key}")


def _toml_type(raw: object) -> str:
    if isinstance(raw, bool):
        return "true/false"
    if isinstance(raw, int | float):
        return f"the number {raw}"
    if isinstance(raw, str):
        return f"the text {quoted(raw)}"
    if isinstance(raw, list):
        return "a list"
    if isinstance(raw, dict):
        return "a table"
    return type(raw).__name__


# --- Values -----------------------------------------------------------------------------


@dataclass(frozen=True)
class ValueProblem:
    """One fault in a worksheet's answers: where (a path into the values) and what."""

    path: str  # "moods" or "rows[1].rating_1", for the form to point at
    message: str  # names the field by its label

    def __str__(self) -> str:
        return self.message


def empty_values(definition: WorksheetDefinition) -> dict[str, object]:
    """A blank answer set: "" for text-like fields, None for numbers, ratings and
    choices, [] for checklists, and min_rows (at least one) blank rows for tables."""
    return {f.key: _empty(f) for f in definition.input_fields}


def _empty(item: InputField) -> object:
    if isinstance(item, NumberField | RatingField | ChoiceField):
        return None
    if isinstance(item, ChecklistField):
        return []
    if isinstance(item, TableField):
        rows = max(item.min_rows, 1)
        return [{c.key: _empty(c) for c in item.columns} for _ in range(rows)]
    return ""


def validate_values(
    definition: WorksheetDefinition,
    values: Mapping[str, object],
    *,
    complete: bool = True,
    language: str = "en",
) -> list[str]:
    """Problems with `values`, one sentence each naming the field by its label. With
    `complete=False` (a draft), missing answers are allowed but wrong ones are not."""
    return [str(p) for p in check_values(definition, values, complete=complete, language=language)]


def check_values(
    definition: WorksheetDefinition,
    values: Mapping[str, object],
    *,
    complete: bool = True,
    language: str = "en",
) -> list[ValueProblem]:
    """As validate_values, with the path of each problem for the form to highlight."""
    checker = _Checker(complete=complete, language=language)
    known = {f.key for f in definition.input_fields}
    for key in values:
        if key not in known:
            checker.add(
                str(key), f"{quoted(key)} is not a field of {definition.title.get(language)}"
            )
    for item in definition.input_fields:
        value = values.get(item.key)
        name = item.label.get(language)
        if isinstance(item, TableField):
            checker.table(item, value, item.key, name)
        else:
            checker.cell(item, value, item.key, name)
    return checker.problems


def storage_problems(
    definition: WorksheetDefinition, values: Mapping[str, object]
) -> list[ValueProblem]:
    """What a draft cannot hold: a field the worksheet does not have, a table row that is
    not a row, a column the table does not have, a value the vault cannot keep (NaN or
    infinity, a number past SQLite's integers, text with a lone surrogate). Wrong answers
    are not among them: a draft keeps whatever was typed, and completing checks the rest."""
    problems: list[ValueProblem] = []
    fields = {f.key: f for f in definition.input_fields}
    for key, value in values.items():
        item = fields.get(str(key))
        problems.extend(_unkeepable(str(key), value))
        if item is None:
            problems.append(
                ValueProblem(str(key), f"{quoted(key)} is not a field of {definition.title.en}")
            )
        elif isinstance(item, TableField) and isinstance(value, list):
            columns = {c.key for c in item.columns}
            for index, row in enumerate(value):
                row_path = f"{item.key}[{index}]"
                if not isinstance(row, dict):
                    problems.append(ValueProblem(row_path, "a table row should be a set of cells"))
                    continue
                problems.extend(
                    ValueProblem(
                        f"{row_path}.{column}", f"{quoted(column)} is not a column of this table"
                    )
                    for column in row
                    if column not in columns
                )
    return problems


# The largest number kept: SQLite's largest integer.
LARGEST_NUMBER = 2**63 - 1


def _unkeepable(path: str, value: object) -> Iterator[ValueProblem]:
    """Each value inside `value` that no storage keeps, at its path (without recursion:
    an imported value may nest deep)."""
    stack: list[tuple[str, object]] = [(path, value)]
    while stack:
        where, item = stack.pop()
        if isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                yield ValueProblem(where, "this text holds a character that is not text")
        elif isinstance(item, bool):
            continue
        elif isinstance(item, float) and not math.isfinite(item):
            yield ValueProblem(where, f"{item} is not a number that can be kept")
        elif isinstance(item, int | float) and abs(item) > LARGEST_NUMBER:
            yield ValueProblem(where, f"the number is too large; at most {LARGEST_NUMBER}")
        elif isinstance(item, list):
            stack.extend((f"{where}[{i}]", v) for i, v in reversed(list(enumerate(item))))
        elif isinstance(item, dict):
            stack.extend((f"{where}.{k}", v) for k, v in reversed(list(item.items())))


@dataclass
class _Checker:
    complete: bool
    language: str
    problems: list[ValueProblem] = field(default_factory=list)

    def add(self, path: str, message: str) -> None:
        self.problems.append(ValueProblem(path, message))

    def cell(self, item: ColumnField | ChecklistField, value: object, path: str, name: str) -> None:
        if _is_blank(value):
            if item.required and self.complete:
                self.add(path, f"{name}: an answer is needed")
            return
        problem = _cell_problem(item, value, self.language)
        if problem is not None:
            self.add(path, f"{name}: {problem}")

    def table(self, item: TableField, value: object, path: str, name: str) -> None:
        if value is None:
            value = []
        if not isinstance(value, list):
            self.add(path, f"{name}: should be a list of rows, not {_json_type(value)}")
            return
        if item.max_rows is not None and len(value) > item.max_rows:
            self.add(path, f"{name}: has {len(value)} rows; at most {item.max_rows} fit")
        filled = 0
        columns = {c.key: c for c in item.columns}
        for number, row in enumerate(value, start=1):
            row_path = f"{path}[{number - 1}]"
            where = f"{name}, row {number}"
            if not isinstance(row, dict):
                self.add(row_path, f"{where}: should be a row of cells, not {_json_type(row)}")
                continue
            for key in row:
                if key not in columns:
                    self.add(
                        f"{row_path}.{key}", f"{where}: {quoted(key)} is not a column of this table"
                    )
            if all(_is_blank(row.get(key)) for key in columns):
                continue  # a blank row the form added and nobody filled: not an answer
            filled += 1
            for column in item.columns:
                label = column.label.get(self.language)
                self.cell(
                    column, row.get(column.key), f"{row_path}.{column.key}", f"{where}, {label}"
                )
        needed = max(item.min_rows, 1 if item.required else 0)
        if self.complete and filled < needed:
            rows = "one filled row" if needed == 1 else f"{needed} filled rows"
            self.add(path, f"{name}: needs at least {rows}")


def _is_blank(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    return isinstance(value, list) and not value


def _cell_problem(item: ColumnField | ChecklistField, value: object, language: str) -> str | None:
    if isinstance(item, TextField | LongTextField):
        return None if isinstance(value, str) else f"should be text, not {_json_type(value)}"
    if isinstance(item, PhoneField):
        if not isinstance(value, str):
            return f"should be a phone number, not {_json_type(value)}"
        digits = sum(ch.isdigit() for ch in value)
        if digits < 3 or not _PHONE.match(value.strip()):
            return f"{quoted(value)} does not look like a phone number"
        return None
    if isinstance(item, DateField):
        if not isinstance(value, str):
            return f"should be a date, not {_json_type(value)}"
        try:
            if len(value) != 10:
                raise ValueError(value)
            date.fromisoformat(value)
        except ValueError:
            return f"{quoted(value)} is not a date (year-month-day, like 2025-03-31)"
        return None
    if isinstance(item, RatingField):
        if isinstance(value, bool) or not isinstance(value, int):
            return f"should be a whole number from {item.minimum} to {item.maximum}"
        if not item.minimum <= value <= item.maximum:
            return f"should be from {item.minimum} to {item.maximum}, not {value}"
        return None
    if isinstance(item, NumberField):
        return _number_problem(item, value)
    if isinstance(item, ChoiceField):
        if not isinstance(value, str) or item.option(value) is None:
            return f"{quoted(value)} is not one of the choices"
        return None
    return _checklist_problem(item, value)


def _number_problem(item: NumberField, value: object) -> str | None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not _finite(value):
        return f"should be a number, not {_json_type(value)}"
    if item.integer and not isinstance(value, int):
        return f"should be a whole number, not {value}"
    if item.minimum is not None and value < item.minimum:
        return f"should be at least {item.minimum}, not {value}"
    if item.maximum is not None and value > item.maximum:
        return f"should be at most {item.maximum}, not {value}"
    return None


def _finite(value: int | float) -> bool:
    """Not NaN nor infinite. An int always is, however large (math.isfinite would
    convert it to a float, and overflow past 1e308)."""
    return isinstance(value, int) or math.isfinite(value)


def _checklist_problem(item: ChecklistField, value: object) -> str | None:
    if not isinstance(value, list):
        return f"should be a list of ticked options, not {_json_type(value)}"
    seen: set[str] = set()
    for entry in value:
        if not isinstance(entry, str) or item.option(entry) is None:
            return f"{quoted(entry)} is not one of the options"
        if entry in seen:
            return f"{quoted(entry)} is ticked twice"
        seen.add(entry)
    return None


def _json_type(value: object) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a set of named values"
    return type(value).__name__


# --- Search -----------------------------------------------------------------------------


def searchable_text(definition: WorksheetDefinition, values: Mapping[str, object]) -> str:
    """Every word written into a worksheet, table cells included, one value a line; chosen
    options in both languages, so a search in either finds them. Wrong types are skipped."""
    parts: list[str] = []
    for item in definition.input_fields:
        value = values.get(item.key)
        if isinstance(item, TableField):
            if not isinstance(value, list):
                continue
            for row in value:
                if isinstance(row, dict):
                    for column in item.columns:
                        parts.extend(_words(column, row.get(column.key)))
        else:
            parts.extend(_words(item, value))
    return "\n".join(part for part in parts if part)


def _words(item: ColumnField | ChecklistField, value: object) -> list[str]:
    if isinstance(item, TextField | LongTextField | PhoneField):
        return [value.strip()] if isinstance(value, str) else []
    if isinstance(item, ChoiceField | ChecklistField):
        keys = [value] if isinstance(value, str) else value if isinstance(value, list) else []
        words: list[str] = []
        for key in keys:
            option = item.option(key) if isinstance(key, str) else None
            if option is not None:
                words.extend(dict.fromkeys((option.label.en, option.label.es)))
        return words
    return []
