"""Worksheet definitions: the shipped files, refusal of broken files, and answer checks."""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pyphen
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from counselor_desk.domain.worksheets import (
    COLUMN_KINDS,
    ChecklistField,
    ChoiceField,
    ColumnField,
    DateField,
    FieldKind,
    InputField,
    LocalText,
    LongTextField,
    NumberField,
    PhoneField,
    RatingField,
    StaticNote,
    TableField,
    TextField,
    Tone,
    WorksheetDefinition,
    WorksheetDefinitionError,
    check_values,
    empty_values,
    load_all,
    load_definition,
    load_shipped,
    resources_dir,
    searchable_text,
    validate_values,
)

# Every worksheet DOMAIN.md lists, by id.
DOMAIN_WORKSHEETS = {
    "thought_record",
    "triggers_coping",
    "relapse_prevention",
    "decisional_balance",
    "readiness_ruler",
    "change_plan",
    "safety_plan",
    "overdose_response",
    "family_therapy_plan",
}

# One field of every kind, for the checks the shipped files do not reach (checklist, number).
ALL_KINDS = """
id = "all_kinds"
version = 2
title = { en = "All kinds", es = "Todos los tipos" }
help = { en = "A test sheet.", es = "Una hoja de prueba." }

[[fields]]
key = "name"
kind = "text"
required = true
label = { en = "Name", es = "Nombre" }

[[fields]]
key = "story"
kind = "long_text"
label = { en = "Story", es = "Historia" }

[[fields]]
key = "days"
kind = "number"
integer = true
min = 0
max = 365
label = { en = "Days sober", es = "Días sin consumir" }

[[fields]]
key = "dose"
kind = "number"
min = 0.5
label = { en = "Dose", es = "Dosis" }

[[fields]]
key = "craving"
kind = "rating"
required = true
min = 0
max = 10
label = { en = "Craving", es = "Ganas de consumir" }
low_label = { en = "None", es = "Nada" }
high_label = { en = "Worst ever", es = "Lo peor" }

[[fields]]
key = "seen"
kind = "date"
label = { en = "Seen on", es = "Visto el" }

[[fields]]
key = "phone"
kind = "phone"
label = { en = "Phone", es = "Teléfono" }

[[fields]]
key = "mood"
kind = "choice"
required = true
label = { en = "Mood", es = "Ánimo" }
options = [
    { key = "good", label = { en = "Good", es = "Bien" } },
    { key = "low", label = { en = "Low", es = "Bajo" } },
]

[[fields]]
key = "supports"
kind = "checklist"
label = { en = "Supports", es = "Apoyos" }
options = [
    { key = "na", label = { en = "NA meeting", es = "Reunión de NA" } },
    { key = "smart", label = { en = "SMART Recovery", es = "SMART Recovery" } },
    { key = "sponsor", label = { en = "Sponsor", es = "Padrino" } },
]

[[fields]]
key = "note"
kind = "static"
label = { en = "Remember", es = "Recuerde" }
text = { en = "Call 988 any time.", es = "Llame al 988 a cualquier hora." }

[[fields]]
key = "contacts"
kind = "table"
required = true
min_rows = 1
max_rows = 3
label = { en = "Contacts", es = "Contactos" }

[[fields.columns]]
key = "who"
kind = "text"
required = true
label = { en = "Who", es = "Quién" }

[[fields.columns]]
key = "strength"
kind = "rating"
min = 1
max = 5
label = { en = "Strength", es = "Fuerza" }

[[fields.columns]]
key = "kind"
kind = "choice"
label = { en = "Kind", es = "Clase" }
options = [
    { key = "family", label = { en = "Family", es = "Familia" } },
    { key = "friend", label = { en = "Friend", es = "Amistad" } },
]

[[fields.columns]]
key = "phone"
kind = "phone"
label = { en = "Phone", es = "Teléfono" }
"""


@pytest.fixture(scope="module")
def shipped() -> dict[str, WorksheetDefinition]:
    result = load_shipped()
    assert [str(p) for p in result.problems] == []
    return result.definitions


@pytest.fixture(scope="module")
def all_kinds(tmp_path_factory: pytest.TempPathFactory) -> WorksheetDefinition:
    path = tmp_path_factory.mktemp("sheets") / "all_kinds.toml"
    path.write_text(ALL_KINDS, encoding="utf-8")
    return load_definition(path)


def _texts(node: object) -> Iterator[LocalText]:
    """Every visible text in a definition (titles, labels, help, options, notes)."""
    if isinstance(node, LocalText):
        yield node
    elif dataclasses.is_dataclass(node) and not isinstance(node, type):
        for item in dataclasses.fields(node):
            yield from _texts(getattr(node, item.name))
    elif isinstance(node, tuple):
        for item in node:
            yield from _texts(item)


def _static_text(definition: WorksheetDefinition, language: str) -> str:
    parts: list[str] = []
    for item in definition.fields:
        if isinstance(item, StaticNote):
            parts.extend(text.get(language) for text in (item.text, *item.items) if text)
    return "\n".join(parts)


# --- The shipped worksheets -------------------------------------------------------------


def test_every_domain_worksheet_ships_and_loads_without_problems(
    shipped: dict[str, WorksheetDefinition],
) -> None:
    assert set(shipped) == DOMAIN_WORKSHEETS
    assert resources_dir().is_dir()
    for worksheet_id, definition in shipped.items():
        assert definition.source == resources_dir() / f"{worksheet_id}.toml"
        assert definition.version >= 1
        assert definition.input_fields


def test_every_shipped_text_is_in_english_and_spanish(
    shipped: dict[str, WorksheetDefinition],
) -> None:
    for definition in shipped.values():
        texts = list(_texts(definition))
        assert len(texts) > 5
        for text in texts:
            assert text.en.strip() and text.es.strip(), (definition.id, text)
            # A Spanish slot holding the English text is a translation left undone.
            assert text.es != text.en or text.en in {"No"}, (definition.id, text)


def _grade(text: str, dictionary: pyphen.Pyphen) -> float:
    """Flesch-Kincaid grade, counting syllables with the hyphenation dictionary."""
    sentences = [s for s in re.split(r"[.?!]+(?:\s|$)|\n", text) if s.strip()]
    words = re.findall(r"[A-Za-z']+", text)
    syllables = sum(len(dictionary.positions(word)) + 1 for word in words)
    return 0.39 * len(words) / len(sentences) + 11.8 * syllables / len(words) - 15.59


def test_english_help_reads_at_about_grade_six(shipped: dict[str, WorksheetDefinition]) -> None:
    dictionary = pyphen.Pyphen(lang="en_US")
    for definition in shipped.values():
        helps = [definition.help.en, _static_text(definition, "en")]
        for item in definition.input_fields:
            helps.append(item.help.en if item.help else "")
            if isinstance(item, TableField):
                helps.extend(c.help.en for c in item.columns if c.help)
        text = "\n".join(h for h in helps if h)
        assert _grade(text, dictionary) <= 7, definition.id


def test_thought_record_rows_hold_rated_moods_a_hot_thought_and_a_rerating(
    shipped: dict[str, WorksheetDefinition],
) -> None:
    (table,) = shipped["thought_record"].input_fields
    assert isinstance(table, TableField)
    columns = {c.key: c for c in table.columns}
    for key in ("mood_1_rating", "balanced_belief", "mood_1_now", "mood_3_now"):
        rating = columns[key]
        assert isinstance(rating, RatingField)
        assert (rating.minimum, rating.maximum) == (0, 100)
    hot = columns["hot_thought"]
    assert isinstance(hot, ChoiceField)
    assert [o.key for o in hot.options] == ["thought_1", "thought_2", "thought_3"]
    for key in ("situation", "evidence_for", "evidence_against", "balanced_thought"):
        assert isinstance(columns[key], LongTextField)


def test_triggers_and_readiness_use_the_domain_scales(
    shipped: dict[str, WorksheetDefinition],
) -> None:
    (table,) = shipped["triggers_coping"].input_fields
    assert isinstance(table, TableField)
    columns = {c.key: c for c in table.columns}
    intensity = columns["intensity"]
    assert isinstance(intensity, RatingField)
    assert (intensity.minimum, intensity.maximum) == (1, 10)
    kinds, plan = columns["type"], columns["plan"]
    assert isinstance(kinds, ChoiceField) and isinstance(plan, ChoiceField)
    assert {"person", "place", "feeling", "time"} <= {o.key for o in kinds.options}
    assert [o.key for o in plan.options] == ["avoid", "leave", "cope"]
    assert isinstance(columns["phone"], PhoneField)

    ruler = shipped["readiness_ruler"]
    for key in ("importance", "confidence"):
        rating = ruler.field(key)
        assert isinstance(rating, RatingField) and rating.required
        assert (rating.minimum, rating.maximum) == (0, 10)
        assert isinstance(ruler.field(f"{key}_why"), LongTextField)
        assert isinstance(ruler.field(f"{key}_up"), LongTextField)


def test_crisis_and_overdose_guidance_is_fixed_text_in_both_languages(
    shipped: dict[str, WorksheetDefinition],
) -> None:
    for worksheet_id in ("safety_plan", "relapse_prevention"):
        for language in ("en", "es"):
            assert "988" in _static_text(shipped[worksheet_id], language), worksheet_id
    overdose = shipped["overdose_response"]
    english, spanish = _static_text(overdose, "en"), _static_text(overdose, "es")
    for fact in ("911", "naloxone", "2 to 3 minutes", "rescue breaths", "recovery position"):
        assert fact in english
    for fact in ("911", "naloxona", "2 a 3 minutos", "respiración de rescate", "recuperación"):
        assert fact in spanish
    steps = overdose.field("steps")
    assert isinstance(steps, StaticNote) and steps.numbered and steps.tone is Tone.URGENT
    assert isinstance(overdose.field("naloxone_expiry"), DateField)
    assert isinstance(overdose.field("who_knows"), TableField)


def test_family_plan_screens_for_violence(shipped: dict[str, WorksheetDefinition]) -> None:
    family = shipped["family_therapy_plan"]
    screen = family.field("safety_check")
    assert isinstance(screen, ChoiceField) and screen.required
    assert {o.key for o in screen.options} == {"yes", "no", "not_sure"}
    for key in ("members", "sessions"):
        assert isinstance(family.field(key), TableField)
    assert isinstance(family.field("genogram_notes"), LongTextField)


def test_every_shipped_worksheet_starts_blank_and_a_blank_draft_is_acceptable(
    shipped: dict[str, WorksheetDefinition],
) -> None:
    for definition in shipped.values():
        blank = empty_values(definition)
        assert json.loads(json.dumps(blank)) == blank
        assert validate_values(definition, blank, complete=False) == []
        required = [f for f in definition.input_fields if f.required]
        assert len(validate_values(definition, blank)) == len(required), definition.id


# --- Broken files are refused, one sentence each ----------------------------------------

GOOD = """
id = "good"
version = 1
title = { en = "Good", es = "Bueno" }
help = { en = "Fine.", es = "Bien." }
[[fields]]
key = "a"
kind = "text"
label = { en = "A", es = "A es" }
"""

HEAD = """
id = "broken"
version = 1
title = { en = "Broken", es = "Roto" }
help = { en = "Bad.", es = "Malo." }
"""

TEXT_FIELD = """
[[fields]]
key = "a"
kind = "text"
label = { en = "A", es = "A es" }
"""

BROKEN = {
    "unknown_kind": (
        HEAD
        + TEXT_FIELD
        + '[[fields]]\nkey = "b"\nkind = "slider"\nlabel = { en = "B", es = "B" }',
        "fields[1].kind",
        "unknown kind 'slider'",
    ),
    "missing_spanish_label": (
        HEAD + '[[fields]]\nkey = "a"\nkind = "text"\nlabel = { en = "A" }',
        "fields[0].label.es",
        "Spanish text is missing",
    ),
    "missing_spanish_option": (
        HEAD
        + '[[fields]]\nkey = "c"\nkind = "choice"\nlabel = { en = "C", es = "C" }\n'
        + 'options = [ { key = "x", label = { en = "X", es = "X" } },'
        + ' { key = "y", label = { en = "Y" } } ]',
        "fields[0].options[1].label.es",
        "Spanish text is missing",
    ),
    "plain_string_label": (
        HEAD + '[[fields]]\nkey = "a"\nkind = "text"\nlabel = "A"',
        "fields[0].label",
        "English and a Spanish",
    ),
    "duplicate_key": (
        HEAD + TEXT_FIELD + TEXT_FIELD,
        "fields[1].key",
        "duplicate key 'a'",
    ),
    "duplicate_column_key": (
        HEAD
        + '[[fields]]\nkey = "t"\nkind = "table"\nlabel = { en = "T", es = "T" }\n'
        + '[[fields.columns]]\nkey = "c"\nkind = "text"\nlabel = { en = "C", es = "C" }\n'
        + '[[fields.columns]]\nkey = "c"\nkind = "phone"\nlabel = { en = "C", es = "C" }\n',
        "fields[0].columns[1].key",
        "duplicate key 'c'",
    ),
    "number_min_above_max": (
        HEAD + '[[fields]]\nkey = "n"\nkind = "number"\nmin = 10\nmax = 5\n'
        'label = { en = "N", es = "N" }',
        "fields[0].min",
        "min (10) is greater than max (5)",
    ),
    "rating_min_above_max": (
        HEAD + '[[fields]]\nkey = "r"\nkind = "rating"\nmin = 10\nmax = 0\n'
        'label = { en = "R", es = "R" }',
        "fields[0].min",
        "must be less than max",
    ),
    "rating_without_range": (
        HEAD + '[[fields]]\nkey = "r"\nkind = "rating"\nlabel = { en = "R", es = "R" }',
        "fields[0].min",
        "is missing",
    ),
    "table_without_columns": (
        HEAD
        + '[[fields]]\nkey = "t"\nkind = "table"\ncolumns = []\nlabel = { en = "T", es = "T" }',
        "fields[0].columns",
        "at least one column",
    ),
    "table_in_a_table": (
        HEAD
        + '[[fields]]\nkey = "t"\nkind = "table"\nlabel = { en = "T", es = "T" }\n'
        + '[[fields.columns]]\nkey = "c"\nkind = "checklist"\nlabel = { en = "C", es = "C" }\n',
        "fields[0].columns[0].kind",
        "a table column cannot be 'checklist'",
    ),
    "rows_min_above_max": (
        HEAD
        + '[[fields]]\nkey = "t"\nkind = "table"\nmin_rows = 4\nmax_rows = 2\n'
        + 'label = { en = "T", es = "T" }\n'
        + '[[fields.columns]]\nkey = "c"\nkind = "text"\nlabel = { en = "C", es = "C" }\n',
        "fields[0].min_rows",
        "greater than max_rows",
    ),
    "unknown_top_level_key": (
        HEAD + 'titel = "x"\n' + TEXT_FIELD,
        "titel",
        "unknown key 'titel'",
    ),
    "unknown_field_key": (
        HEAD + TEXT_FIELD + "min = 3\n",
        "fields[0].min",
        "unknown key 'min'",
    ),
    "missing_title": (
        'id = "broken"\nversion = 1\nhelp = { en = "h", es = "h" }\n' + TEXT_FIELD,
        "title",
        "is missing",
    ),
    "bad_id": (
        HEAD.replace('"broken"', '"Broken Sheet"') + TEXT_FIELD,
        "id",
        "not a valid key",
    ),
    "version_zero": (
        HEAD.replace("version = 1", "version = 0") + TEXT_FIELD,
        "version",
        "at least 1",
    ),
    "only_static_notes": (
        HEAD + '[[fields]]\nkey = "s"\nkind = "static"\nlabel = { en = "S", es = "S" }\n'
        'text = { en = "T", es = "T" }',
        "fields",
        "at least one field to fill in",
    ),
    "static_with_required": (
        HEAD + '[[fields]]\nkey = "s"\nkind = "static"\nrequired = true\n'
        'label = { en = "S", es = "S" }\ntext = { en = "T", es = "T" }\n' + TEXT_FIELD,
        "fields[0].required",
        "unknown key 'required'",
    ),
    "choice_with_one_option": (
        HEAD + '[[fields]]\nkey = "c"\nkind = "choice"\nlabel = { en = "C", es = "C" }\n'
        'options = [ { key = "x", label = { en = "X", es = "X" } } ]',
        "fields[0].options",
        "at least two options",
    ),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_a_broken_file_is_refused_naming_file_and_key_and_the_rest_load(
    tmp_path: Path, case: str
) -> None:
    text, key_path, problem = BROKEN[case]
    (tmp_path / "a_good.toml").write_text(GOOD, encoding="utf-8")
    broken = tmp_path / "broken.toml"
    broken.write_text(text, encoding="utf-8")
    (tmp_path / "z_good.toml").write_text(GOOD.replace('"good"', '"also_good"'), encoding="utf-8")

    result = load_all(tmp_path)

    assert set(result.definitions) == {"good", "also_good"}
    (error,) = result.problems
    assert (error.file, error.key_path) == (broken, key_path)
    assert problem in error.problem
    assert str(error) == f"{broken}: {key_path}: {error.problem}"


def test_bad_toml_is_refused_with_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "typo.toml"
    path.write_text('id = "typo"\nversion = 1\ntitle = { en = "T" es = "T" }\n', encoding="utf-8")
    with pytest.raises(WorksheetDefinitionError) as caught:
        load_definition(path)
    assert str(caught.value).startswith(f"{path}: is not valid TOML at line 3, column ")


def test_a_repeated_id_keeps_the_first_file_and_refuses_the_next(tmp_path: Path) -> None:
    (tmp_path / "a.toml").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.toml").write_text(GOOD.replace('"Good"', '"Copy"'), encoding="utf-8")
    result = load_all(tmp_path)
    assert result.definitions["good"].title.en == "Good"
    (error,) = result.problems
    assert error.file == tmp_path / "b.toml"
    assert error.key_path == "id"
    assert "already used by a.toml" in str(error)


def test_a_missing_folder_is_one_problem_not_a_crash(tmp_path: Path) -> None:
    result = load_all(tmp_path / "nowhere")
    assert result.definitions == {}
    assert "missing" in str(result.problems[0])


# --- Answers ----------------------------------------------------------------------------


def _good_all_kinds() -> dict[str, object]:
    return {
        "name": "Ana",
        "story": "Went to a meeting.\nCalled my sponsor.",
        "days": 30,
        "dose": 8.5,
        "craving": 3,
        "seen": "2025-03-31",
        "phone": "+1 (555) 010-2030 ext. 12",
        "mood": "good",
        "supports": ["na", "sponsor"],
        "contacts": [{"who": "Rosa", "strength": 5, "kind": "family", "phone": "555-0101"}],
    }


def test_good_answers_pass(all_kinds: WorksheetDefinition) -> None:
    assert validate_values(all_kinds, _good_all_kinds()) == []


def test_missing_required_answers_name_the_field(all_kinds: WorksheetDefinition) -> None:
    values = empty_values(all_kinds)
    problems = validate_values(all_kinds, values)
    assert problems == [
        "Name: an answer is needed",
        "Craving: an answer is needed",
        "Mood: an answer is needed",
        "Contacts: needs at least one filled row",
    ]
    assert validate_values(all_kinds, values, complete=False) == []
    spanish = validate_values(all_kinds, values, language="es")
    assert spanish[0].startswith("Nombre:") and spanish[-1].startswith("Contactos:")


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        ("craving", 11, "Craving: should be from 0 to 10, not 11"),
        ("craving", 2.5, "Craving: should be a whole number from 0 to 10"),
        ("craving", True, "Craving: should be a whole number from 0 to 10"),
        ("days", 400, "Days sober: should be at most 365, not 400"),
        ("days", 1.5, "Days sober: should be a whole number, not 1.5"),
        ("dose", 0.25, "Dose: should be at least 0.5, not 0.25"),
        ("dose", "8", "Dose: should be a number, not text"),
        ("mood", "angry", "Mood: 'angry' is not one of the choices"),
        ("supports", ["na", "church"], "Supports: 'church' is not one of the options"),
        ("supports", ["na", "na"], "Supports: 'na' is ticked twice"),
        ("seen", "2025-02-30", "Seen on: '2025-02-30' is not a date"),
        ("phone", "call my mom", "Phone: 'call my mom' does not look like a phone number"),
        ("name", 42, "Name: should be text, not a number"),
        ("surprise", "x", "'surprise' is not a field of All kinds"),
    ],
)
def test_wrong_answers_are_named(
    all_kinds: WorksheetDefinition, key: str, value: object, expected: str
) -> None:
    values = _good_all_kinds() | {key: value}
    problems = validate_values(all_kinds, values)
    assert len(problems) == 1
    assert problems[0].startswith(expected)
    # A draft may be incomplete, never wrong.
    assert validate_values(all_kinds, values, complete=False) == problems


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        ("not rows", "Contacts: should be a list of rows, not text"),
        ([{"who": "Rosa"}, "Leo"], "Contacts, row 2: should be a row of cells, not text"),
        ([{"who": "Rosa", "age": 40}], "Contacts, row 1: 'age' is not a column of this table"),
        ([{"who": "Rosa"}] * 4, "Contacts: has 4 rows; at most 3 fit"),
        ([{"who": "Rosa", "strength": 9}], "Contacts, row 1, Strength: should be from 1 to 5"),
        ([{"who": "Rosa", "kind": "pet"}], "Contacts, row 1, Kind: 'pet' is not one of"),
        ([{"who": "", "strength": 2}], "Contacts, row 1, Who: an answer is needed"),
        ([{"who": " "}, {"who": ""}], "Contacts: needs at least one filled row"),
    ],
)
def test_table_shape_and_cells_are_checked(
    all_kinds: WorksheetDefinition, rows: object, expected: str
) -> None:
    problems = check_values(all_kinds, _good_all_kinds() | {"contacts": rows})
    assert [p.message for p in problems if p.message.startswith(expected)], problems
    assert len(problems) == 1


def test_problems_carry_a_path_for_the_form(all_kinds: WorksheetDefinition) -> None:
    rows = [{"who": "Rosa"}, {"who": "Leo", "kind": "pet"}]
    (problem,) = check_values(all_kinds, _good_all_kinds() | {"contacts": rows})
    assert problem.path == "contacts[1].kind"


def test_blank_rows_the_form_added_are_not_answers(all_kinds: WorksheetDefinition) -> None:
    rows = [{"who": "Rosa"}, {"who": "", "strength": None, "kind": None, "phone": ""}]
    assert validate_values(all_kinds, _good_all_kinds() | {"contacts": rows}) == []


def test_answers_in_shipped_sheets_are_checked(shipped: dict[str, WorksheetDefinition]) -> None:
    triggers = shipped["triggers_coping"]
    row = {"trigger": "Payday", "type": "time", "intensity": 12, "plan": "leave"}
    assert validate_values(triggers, {"triggers": [row]}) == [
        "My triggers, row 1, How strong? (1–10): should be from 1 to 10, not 12"
    ]
    ruler = shipped["readiness_ruler"]
    assert validate_values(ruler, {"importance": 7, "confidence": 4}) == []
    assert validate_values(ruler, {"importance": 7}, language="es") == [
        "¿Cuánta confianza tengo en poder hacer este cambio?: an answer is needed"
    ]


def test_searchable_text_holds_every_word_written_including_table_cells(
    all_kinds: WorksheetDefinition, shipped: dict[str, WorksheetDefinition]
) -> None:
    text = searchable_text(all_kinds, _good_all_kinds())
    for words in ("Ana", "Called my sponsor", "Rosa", "555-0101", "NA meeting", "Padrino"):
        assert words in text
    assert "Bien" in text and "Familia" in text  # chosen options, in both languages
    assert "Low" not in text and "365" not in text  # options not chosen, numbers

    row = {"situation": "Fight with my brother", "thought_1": "I always mess up"}
    record = searchable_text(shipped["thought_record"], {"moments": [row]})
    assert "Fight with my brother" in record and "I always mess up" in record
    assert searchable_text(shipped["thought_record"], {"moments": "oops"}) == ""


# --- Any valid answer set passes --------------------------------------------------------

_TEXT = st.text(max_size=40)
_FILLED_TEXT = st.text(min_size=1, max_size=40).filter(lambda s: bool(s.strip()))
_PHONE = st.from_regex(
    r"\+?1? ?\(?[0-9]{3}\)?[ -]?[0-9]{3}-[0-9]{4}( ext\. [0-9]{1,4})?", fullmatch=True
)


def _cell(item: ColumnField | ChecklistField, filled: bool) -> st.SearchStrategy[object]:
    """Valid answers for one field; `filled` forces a non-blank one."""
    maybe: st.SearchStrategy[object]
    if isinstance(item, TextField | LongTextField):
        return _FILLED_TEXT if filled else _TEXT
    if isinstance(item, PhoneField):
        value: st.SearchStrategy[object] = _PHONE
        maybe = st.just("")
    elif isinstance(item, DateField):
        value = st.dates().map(lambda d: d.isoformat())
        maybe = st.just("")
    elif isinstance(item, RatingField):
        value = st.integers(item.minimum, item.maximum)
        maybe = st.none()
    elif isinstance(item, NumberField):
        low, high = item.minimum, item.maximum
        if item.integer:
            value = st.integers(
                None if low is None else int(low), None if high is None else int(high)
            )
        else:
            value = st.one_of(
                st.floats(low, high, allow_nan=False, allow_infinity=False),
                st.integers(
                    None if low is None else int(-(-low // 1)),
                    None if high is None else int(high // 1),
                ),
            )
        maybe = st.none()
    elif isinstance(item, ChoiceField):
        value = st.sampled_from([o.key for o in item.options])
        maybe = st.none() | st.just("")
    else:
        keys = [o.key for o in item.options]
        return st.lists(st.sampled_from(keys), unique=True, min_size=1 if filled else 0)
    return value if filled else value | maybe


def _answer(item: InputField) -> st.SearchStrategy[object]:
    if not isinstance(item, TableField):
        return _cell(item, item.required)
    needed = max(item.min_rows, 1 if item.required else 0)
    most = min(item.max_rows or 4, 4)
    # The first column is always filled, so every generated row counts as an answer.
    row = st.fixed_dictionaries(
        {
            column.key: _cell(column, column.required or index == 0)
            for index, column in enumerate(item.columns)
        }
    )
    return st.lists(row, min_size=needed, max_size=max(most, needed))


@st.composite
def _definition_and_values(
    draw: st.DrawFn, definitions: list[WorksheetDefinition]
) -> tuple[WorksheetDefinition, dict[str, object]]:
    definition = draw(st.sampled_from(definitions))
    values = {item.key: draw(_answer(item)) for item in definition.input_fields}
    return definition, values


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_any_valid_answer_set_passes_and_survives_json(
    shipped: dict[str, WorksheetDefinition], all_kinds: WorksheetDefinition, data: st.DataObject
) -> None:
    definition, values = data.draw(_definition_and_values([*shipped.values(), all_kinds]))
    assert validate_values(definition, values) == []
    stored = json.loads(json.dumps(values))
    assert validate_values(definition, stored) == []
    text = searchable_text(definition, stored)
    for item in definition.input_fields:
        if isinstance(item, TextField | LongTextField) and str(values[item.key]).strip():
            assert str(values[item.key]).strip() in text


# --- Size -------------------------------------------------------------------------------


def test_a_fifty_field_definition_loads(tmp_path: Path) -> None:
    kinds = [k for k in FieldKind if k not in (FieldKind.TABLE, FieldKind.STATIC)]
    options = (
        'options = [ { key = "a", label = { en = "A", es = "A es" } },'
        ' { key = "b", label = { en = "B", es = "B es" } } ]\n'
    )
    parts = [HEAD.replace('"broken"', '"big"')]
    for index in range(50):
        table = index % 10 == 9  # every tenth field is a table with a column of each kind
        kind = FieldKind.TABLE if table else kinds[index % len(kinds)]
        parts.append(
            f'[[fields]]\nkey = "f{index}"\nkind = "{kind}"\n'
            f'label = {{ en = "Field {index}", es = "Campo {index}" }}\n'
        )
        if kind is FieldKind.RATING:
            parts.append("min = 0\nmax = 10\n")
        if kind in (FieldKind.CHOICE, FieldKind.CHECKLIST):
            parts.append(options)
        if not table:
            continue
        for column_kind in COLUMN_KINDS:
            parts.append(
                f'[[fields.columns]]\nkey = "c_{column_kind}"\nkind = "{column_kind}"\n'
                'label = { en = "C", es = "C es" }\n'
            )
            if column_kind is FieldKind.RATING:
                parts.append("min = 1\nmax = 5\n")
            if column_kind is FieldKind.CHOICE:
                parts.append(options)
    path = tmp_path / "big.toml"
    path.write_text("".join(parts), encoding="utf-8")

    definition = load_definition(path)

    assert len(definition.fields) == 50
    assert sum(isinstance(f, TableField) for f in definition.fields) == 5
    assert validate_values(definition, empty_values(definition)) == []
