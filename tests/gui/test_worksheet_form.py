"""The worksheet form built from its definition: every shipped worksheet in English and
Spanish, filled by keyboard until the domain calls it complete, stored answers shown and
read back unchanged, read-only for completed worksheets, and problems pointed at."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSlider,
    QWidget,
)

from counselor_desk.domain.worksheets import (
    ChecklistField,
    ChoiceField,
    ColumnField,
    DateField,
    LongTextField,
    NumberField,
    PhoneField,
    RatingField,
    TableField,
    WorksheetDefinition,
    empty_values,
    load_definition,
    load_shipped,
    validate_values,
)
from counselor_desk.ui.ask import Ask
from counselor_desk.ui.worksheet_form import WorksheetForm

SHIPPED = load_shipped().definitions
CONTROLS = (QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit)

# Every kind of field, two of some, for the keyboard tests.
ALL_KINDS_TOML = """
id = "all_kinds"
version = 1
title = { en = "All kinds", es = "Todos los tipos" }
help = { en = "Test sheet.", es = "Hoja de prueba." }

[[fields]]
key = "name"
kind = "text"
required = true
label = { en = "Name", es = "Nombre" }
help = { en = "First name is enough.", es = "Basta el nombre." }

[[fields]]
key = "story"
kind = "long_text"
required = true
label = { en = "Story", es = "Historia" }

[[fields]]
key = "count"
kind = "number"
integer = true
min = 0
max = 50
required = true
label = { en = "Count", es = "Cantidad" }

[[fields]]
key = "hours"
kind = "number"
min = 0
max = 24
required = true
label = { en = "Hours", es = "Horas" }

[[fields]]
key = "mood"
kind = "rating"
min = 0
max = 100
required = true
label = { en = "Mood", es = "Ánimo" }
low_label = { en = "Low", es = "Bajo" }
high_label = { en = "High", es = "Alto" }

[[fields]]
key = "when"
kind = "date"
required = true
label = { en = "When", es = "Cuándo" }

[[fields]]
key = "phone"
kind = "phone"
required = true
label = { en = "Phone", es = "Teléfono" }

[[fields]]
key = "pick"
kind = "choice"
required = true
label = { en = "Pick one", es = "Elija uno" }
options = [
    { key = "apple", label = { en = "Apple", es = "Manzana" } },
    { key = "banana", label = { en = "Banana", es = "Plátano" } },
    { key = "cherry", label = { en = "Cherry", es = "Cereza" } },
]

[[fields]]
key = "ticks"
kind = "checklist"
required = true
label = { en = "Tick some", es = "Marque algunos" }
options = [
    { key = "red", label = { en = "Red", es = "Rojo" } },
    { key = "green", label = { en = "Green", es = "Verde" } },
    { key = "blue", label = { en = "Blue", es = "Azul" } },
]

[[fields]]
key = "note"
kind = "static"
tone = "urgent"
label = { en = "Careful", es = "Cuidado" }
text = { en = "Call 988 in a crisis.", es = "Llame al 988 en una crisis." }

[[fields]]
key = "people"
kind = "table"
min_rows = 1
max_rows = 3
label = { en = "People", es = "Personas" }
row_label = { en = "Person", es = "Persona" }

[[fields.columns]]
key = "who"
kind = "text"
required = true
label = { en = "Who", es = "Quién" }

[[fields.columns]]
key = "number"
kind = "phone"
label = { en = "Number", es = "Número" }
"""


def fifty_field_toml() -> str:
    """A 50-field worksheet of every kind (the benchmark's "generated form")."""
    kinds = [
        'kind = "text"',
        'kind = "long_text"',
        'kind = "rating"\nmin = 0\nmax = 10',
        'kind = "date"',
        'kind = "phone"',
        'kind = "number"\nmin = 0\nmax = 99',
        'kind = "choice"\noptions = [{ key = "a", label = { en = "A", es = "A" } },'
        ' { key = "b", label = { en = "B", es = "B" } }]',
        'kind = "checklist"\noptions = [{ key = "a", label = { en = "A", es = "A" } },'
        ' { key = "b", label = { en = "B", es = "B" } }]',
    ]
    parts = [
        'id = "fifty"\nversion = 1\ntitle = { en = "Fifty", es = "Cincuenta" }\n'
        'help = { en = "Many fields.", es = "Muchos campos." }\n'
    ]
    for i in range(50):
        parts.append(
            f'[[fields]]\nkey = "f{i}"\n{kinds[i % len(kinds)]}\n'
            f'label = {{ en = "Field {i}", es = "Campo {i}" }}\n'
            f'help = {{ en = "Help {i}", es = "Ayuda {i}" }}\n'
        )
    return "\n".join(parts)


def _definition(tmp_path: Path, text: str, name: str = "sheet.toml") -> WorksheetDefinition:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_definition(path)


@pytest.fixture
def all_kinds(tmp_path: Path) -> WorksheetDefinition:
    return _definition(tmp_path, ALL_KINDS_TOML)


def _form(qtbot, definition: WorksheetDefinition, language: str = "en") -> WorksheetForm:  # type: ignore[no-untyped-def]
    form = WorksheetForm(definition, language)
    qtbot.addWidget(form)
    form.resize(800, 700)
    return form


def _shown(qtbot, form: WorksheetForm) -> WorksheetForm:  # type: ignore[no-untyped-def]
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    return form


def _cell(item: ColumnField | ChecklistField, n: int) -> object:
    """A valid, filled answer for one field (n varies it between rows)."""
    if isinstance(item, LongTextField):
        return f"First line {n}\nsecond line"
    if isinstance(item, PhoneField):
        return f"555-010{n % 10}"
    if isinstance(item, DateField):
        return f"2026-05-{n % 28 + 1:02d}"
    if isinstance(item, RatingField):
        return min(item.maximum, item.minimum + 3 + n)
    if isinstance(item, NumberField):
        low = item.minimum if item.minimum is not None else 0
        return int(low) + 2 if item.integer else float(low) + 2.5
    if isinstance(item, ChoiceField):
        return item.options[n % len(item.options)].key
    if isinstance(item, ChecklistField):
        return [item.options[0].key, item.options[-1].key]
    return f"{item.label.en} {n}"


def filled(definition: WorksheetDefinition) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for item in definition.input_fields:
        if isinstance(item, TableField):
            rows = max(item.min_rows, 2)
            if item.max_rows is not None:
                rows = min(rows, item.max_rows)
            values[item.key] = [{c.key: _cell(c, n) for c in item.columns} for n in range(rows)]
        else:
            values[item.key] = _cell(item, 0)
    return values


def unnamed_controls(root: QWidget) -> list[str]:
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or widget.accessibleName():
            continue
        if widget.objectName().startswith("qt_"):
            continue
        parent = widget.parentWidget()
        if isinstance(parent, QAbstractSpinBox | QComboBox):
            continue  # a spin box's own line edit is named by the spin box
        found.append(f"{type(widget).__name__} {getattr(widget, 'text', lambda: '')()!r}")
    return found


# -- every shipped worksheet ---------------------------------------------------------------


def test_nine_worksheets_ship() -> None:
    assert len(SHIPPED) == 9, sorted(SHIPPED)


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("worksheet_id", sorted(SHIPPED))
def test_every_shipped_worksheet_builds_blank_and_named(qtbot, worksheet_id, language) -> None:
    definition = SHIPPED[worksheet_id]
    form = _shown(qtbot, _form(qtbot, definition, language))

    assert form.values() == empty_values(definition)
    assert unnamed_controls(form) == []
    texts = {label.text() for label in form.findChildren(QLabel)}
    assert definition.title.get(language) in texts
    for item in definition.input_fields:
        label = item.label.get(language)
        assert label in texts or f"{label} *" in texts, label
    # Blank, it is a draft with nothing wrong, and not complete when something is required.
    assert form.problems(complete=False) == []
    if any(getattr(f, "required", False) for f in definition.input_fields):
        assert form.problems()


@pytest.mark.parametrize("worksheet_id", sorted(SHIPPED))
def test_stored_answers_read_back_unchanged(qtbot, worksheet_id) -> None:
    definition = SHIPPED[worksheet_id]
    form = _form(qtbot, definition)
    answers = filled(definition)
    assert validate_values(definition, answers, complete=True) == []
    edits: list[int] = []
    form.edited.connect(lambda: edits.append(1))

    form.set_values(answers)
    assert form.values() == answers
    assert form.problems() == []
    form.set_values(empty_values(definition))
    assert form.values() == empty_values(definition)
    form.set_values(answers)
    assert form.values() == answers
    form.set_values({})  # nothing stored yet: blank, as the domain makes it
    assert form.values() == empty_values(definition)
    assert edits == [], "showing stored answers is not an edit"


def test_a_fifty_field_form_builds_quickly(qtbot, tmp_path: Path) -> None:
    definition = _definition(tmp_path, fifty_field_toml())
    WorksheetForm(definition).deleteLater()  # first build pays for fonts and styles
    runs = []
    for _ in range(5):
        started = time.perf_counter()
        form = WorksheetForm(definition)
        runs.append(time.perf_counter() - started)
        qtbot.addWidget(form)
    runs.sort()
    print(f"\n50-field form builds in {runs[2] * 1000:.1f} ms (median of 5)")
    assert len(form.values()) == 50


# -- filling by keyboard ----------------------------------------------------------------


def _button(form: WorksheetForm, accessible_name: str) -> QPushButton:
    found = [b for b in form.findChildren(QPushButton) if b.accessibleName() == accessible_name]
    assert len(found) == 1, accessible_name
    return found[0]


def _editor(form: WorksheetForm, path: str) -> QWidget:
    widget = form.editor(path)
    assert widget is not None, path
    return widget


def test_every_kind_of_field_fills_by_keyboard(qtbot, all_kinds) -> None:
    form = _shown(qtbot, _form(qtbot, all_kinds))
    edits: list[int] = []
    form.edited.connect(lambda: edits.append(1))

    qtbot.keyClicks(_editor(form, "name"), "Dana")
    story = _editor(form, "story")
    qtbot.keyClicks(story, "Went to a party")
    qtbot.keyClick(story, Qt.Key.Key_Return)
    qtbot.keyClicks(story, "left early")
    qtbot.keyClicks(_editor(form, "count"), "12")
    qtbot.keyClicks(_editor(form, "hours"), "7.5")
    qtbot.keyClicks(_editor(form, "mood"), "65")
    qtbot.keyClicks(_editor(form, "when"), "2026-05-01")
    qtbot.keyClicks(_editor(form, "phone"), "(555) 010-2000")
    qtbot.keyClicks(_editor(form, "pick"), "B")
    red, _green, blue = form.findChildren(QCheckBox)
    qtbot.keyClick(red, Qt.Key.Key_Space)
    qtbot.keyClick(blue, Qt.Key.Key_Space)
    qtbot.keyClicks(_editor(form, "people[0].who"), "Sam")
    qtbot.keyClicks(_editor(form, "people[0].number"), "555 0101")

    assert form.values() == {
        "name": "Dana",
        "story": "Went to a party\nleft early",
        "count": 12,
        "hours": 7.5,
        "mood": 65,
        "when": "2026-05-01",
        "phone": "(555) 010-2000",
        "pick": "banana",
        "ticks": ["red", "blue"],
        "people": [{"who": "Sam", "number": "555 0101"}],
    }
    assert form.problems() == []
    assert edits


def test_numbers_dates_and_ratings_can_be_unanswered_again(qtbot, all_kinds) -> None:
    form = _shown(qtbot, _form(qtbot, all_kinds))
    count, when, mood = (_editor(form, key) for key in ("count", "when", "mood"))
    qtbot.keyClick(count, Qt.Key.Key_Up)  # a first step starts at 0, not at "not answered"
    assert form.values()["count"] == 0
    qtbot.keyClick(count, Qt.Key.Key_Down)  # below the minimum is "not answered"
    assert form.values()["count"] is None
    qtbot.keyClicks(mood, "40")
    assert form.values()["mood"] == 40
    qtbot.keyClick(mood, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(mood, Qt.Key.Key_Delete)
    assert form.values()["mood"] is None
    qtbot.keyClicks(when, "2027-12-31")
    assert form.values()["when"] == "2027-12-31"
    qtbot.keyClick(when, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(when, Qt.Key.Key_Delete)
    assert form.values()["when"] == ""
    assert "not" in when.text()  # "not set" shows, not a made-up date


def test_decisional_balance_and_readiness_ruler_complete_by_keyboard(qtbot) -> None:
    balance = _shown(qtbot, _form(qtbot, SHIPPED["decisional_balance"]))
    for item in SHIPPED["decisional_balance"].input_fields:
        qtbot.keyClicks(_editor(balance, item.key), f"about {item.key}")
    assert validate_values(balance.definition, balance.values(), complete=True) == []
    assert balance.values()["using_good"] == "about using_good"

    ruler = _shown(qtbot, _form(qtbot, SHIPPED["readiness_ruler"]))
    assert ruler.problems()  # importance and confidence are required
    qtbot.keyClicks(_editor(ruler, "change"), "Take my medicine every day")
    qtbot.keyClicks(_editor(ruler, "importance"), "8")
    qtbot.keyClicks(_editor(ruler, "importance_why"), "My kids")
    qtbot.keyClicks(_editor(ruler, "confidence"), "10")
    values = ruler.values()
    assert (values["importance"], values["confidence"]) == (8, 10)
    assert validate_values(ruler.definition, values, complete=True) == []


def test_a_table_worksheet_completes_with_an_added_row(qtbot, monkeypatch) -> None:
    definition = SHIPPED["triggers_coping"]
    form = _shown(qtbot, _form(qtbot, definition))
    add = next(b for b in form.findChildren(QPushButton) if b.text() == "Add row")
    assert add.accessibleName() == "Add a row to My triggers"

    for row, (trigger, kind, strength, plan) in enumerate(
        [("Payday", "T", "8", "L"), ("Old friend Rick", "P", "6", "S")]
    ):
        if row:
            add.setFocus()
            qtbot.keyClick(add, Qt.Key.Key_Space)
            # The cursor lands in the new row, ready to type.
            qtbot.waitUntil(lambda: QApplication.focusWidget() is form.editor("triggers[1]"))
        qtbot.keyClicks(_editor(form, f"triggers[{row}].trigger"), trigger)
        qtbot.keyClicks(_editor(form, f"triggers[{row}].type"), kind)
        qtbot.keyClicks(_editor(form, f"triggers[{row}].intensity"), strength)
        qtbot.keyClicks(_editor(form, f"triggers[{row}].plan"), plan)
        qtbot.keyClicks(_editor(form, f"triggers[{row}].phone"), "555-0100")

    rows = form.values()["triggers"]
    assert [(r["trigger"], r["type"], r["intensity"], r["plan"]) for r in rows] == [
        ("Payday", "time", 8, "leave"),
        ("Old friend Rick", "person", 6, "avoid"),
    ]
    assert validate_values(definition, form.values(), complete=True) == []

    # Removing a filled row asks first; "no" keeps it.
    monkeypatch.setattr(Ask, "confirm", classmethod(lambda cls, *a, **k: False))
    remove = next(
        b for b in form.findChildren(QPushButton) if b.accessibleName() == "Remove Trigger 1"
    )
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert len(form.values()["triggers"]) == 2
    monkeypatch.setattr(Ask, "confirm", classmethod(lambda cls, *a, **k: True))
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert [r["trigger"] for r in form.values()["triggers"]] == ["Old friend Rick"]
    # The row left is renumbered, and cannot go (the table needs one row).
    names = {b.accessibleName() for b in form.findChildren(QPushButton) if b.isVisible()}
    assert "Remove Trigger 1" not in names and "Remove Trigger 2" not in names
    assert _editor(form, "triggers[0].trigger").accessibleName() == "Trigger 1: Trigger"


def test_tables_hold_at_most_max_rows(qtbot, all_kinds) -> None:
    form = _shown(qtbot, _form(qtbot, all_kinds))
    add = next(b for b in form.findChildren(QPushButton) if b.text() == "Add row")
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    assert len(form.values()["people"]) == 3
    assert not add.isEnabled()
    # Stored rows past the limit are still shown, never dropped.
    many = [{"who": f"P{i}", "number": ""} for i in range(5)]
    form.set_values({"people": many})
    assert form.values()["people"] == many


def test_tab_runs_through_the_form_top_to_bottom(qtbot) -> None:
    form = _shown(qtbot, _form(qtbot, SHIPPED["safety_plan"]))
    add = next(
        b
        for b in form.findChildren(QPushButton)
        if b.accessibleName() == "Add a row to People I can ask for help"
    )
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)  # a row added later still tabs in order
    expected = [
        "warning_signs",
        "things_alone",
        "distractions",
        "help_people[0].name",
        "help_people[0].phone",
        "help_people[1].name",
        "help_people[1].phone",
    ]
    first = _editor(form, expected[0])
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    seen = [first]
    for _ in range(len(expected) + 2):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        if not isinstance(widget, QPushButton):
            seen.append(widget)
    names = [w.accessibleName() for w in seen]
    assert seen[: len(expected)] == [_editor(form, path) for path in expected], names


def test_read_only_refuses_edits(qtbot, all_kinds) -> None:
    form = _shown(qtbot, _form(qtbot, all_kinds))
    answers = filled(all_kinds)
    form.set_values(answers)
    form.set_read_only(True)
    edits: list[int] = []
    form.edited.connect(lambda: edits.append(1))

    qtbot.keyClicks(_editor(form, "name"), "changed")
    qtbot.keyClicks(_editor(form, "story"), "changed")
    qtbot.keyClicks(_editor(form, "count"), "9")
    qtbot.keyClick(_editor(form, "mood"), Qt.Key.Key_Up)
    qtbot.keyClicks(_editor(form, "when"), "2030")
    qtbot.keyClicks(_editor(form, "pick"), "A")
    qtbot.keyClick(_editor(form, "pick"), Qt.Key.Key_Down)
    qtbot.mouseClick(_editor(form, "pick"), Qt.MouseButton.LeftButton)
    for box in form.findChildren(QCheckBox):
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
        qtbot.keyClick(box, Qt.Key.Key_Space)
    assert not any(b.isVisible() for b in form.findChildren(QPushButton))  # no add/remove
    assert form.values() == answers
    assert edits == []

    form.set_read_only(False)
    qtbot.keyClicks(_editor(form, "name"), "!")
    assert form.values()["name"] == f"{answers['name']}!"
    assert edits


def test_highlight_focuses_the_field_of_each_problem(qtbot) -> None:
    definition = SHIPPED["thought_record"]
    form = _shown(qtbot, _form(qtbot, definition))
    qtbot.keyClicks(_editor(form, "moments[0].situation"), "At work")
    paths = [path for path, _ in form.problem_paths()]
    assert "moments[0].mood_1" in paths
    for path in paths:
        assert form.highlight(path)
        target = form.editor(path)
        qtbot.waitUntil(lambda t=target: t.hasFocus())
    assert not form.highlight("no_such_field")


def _wheel(widget: QWidget, notches: int) -> None:
    """A mouse wheel turned over `widget`: positive is away from the user (up)."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        widget.mapToGlobal(centre),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_a_wheel_over_an_unfocused_editor_scrolls_the_page_instead(qtbot, all_kinds) -> None:
    form = _shown(qtbot, _form(qtbot, all_kinds))
    name = _editor(form, "name")
    name.setFocus()
    qtbot.waitUntil(name.hasFocus)
    bar = form.scroll_area.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
    slider = next(iter(form.findChildren(QSlider)))
    _wheel(_editor(form, "count"), 1)  # would start the count at 0
    _wheel(_editor(form, "pick"), -1)  # would pick the first option
    _wheel(slider, 1)  # would rate 1
    assert (form.values()["count"], form.values()["pick"], form.values()["mood"]) == (None,) * 3
    _wheel(slider, -2)
    assert form.values()["mood"] is None
    assert bar.value() > 0, "the page scrolled instead"
    # Once focused, the wheel is the editor's.
    count = _editor(form, "count")
    count.setFocus()
    qtbot.waitUntil(count.hasFocus)
    _wheel(count, 1)
    assert form.values()["count"] == 0


def test_urgent_notes_say_so_in_words(qtbot) -> None:
    form = _form(qtbot, SHIPPED["overdose_response"])
    labels = [label.text() for label in form.findChildren(QLabel)]
    urgent = [text for text in labels if "Signs of an overdose" in text]
    assert urgent and "Important:" in urgent[0]
    assert any("If you use, lower your risk" in t and "Important:" not in t for t in labels)


def test_screenshots(qtbot) -> None:
    Path("/tmp/shots").mkdir(parents=True, exist_ok=True)
    for worksheet_id in ("safety_plan", "thought_record", "overdose_response"):
        definition = SHIPPED[worksheet_id]
        form = _form(qtbot, definition)
        form.resize(820, 700)
        answers = filled(definition) if worksheet_id != "overdose_response" else {}
        form.set_values(answers)
        form.show()
        qtbot.waitExposed(form)
        content = form.content
        content.resize(form.scroll_area.viewport().width(), content.sizeHint().height())
        qtbot.wait(20)  # let the layout settle at the new size before the picture
        assert content.grab().save(f"/tmp/shots/ws_{worksheet_id}.png")
