"""Worksheets on paper: every shipped one blank and filled, English and Spanish, and the
safety plan's wallet card."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from test_export_support import (
    SAFETY_PLAN_VALUES,
    THOUGHT_RECORD_VALUES,
    all_text,
    assert_every_page,
    assert_fonts_embedded,
    assert_page_numbers,
    client,
    definitions,
    page_texts,
    setup,
    worksheet_instance,
)

from counselor_desk.domain.measures import WorksheetStatus
from counselor_desk.domain.records import Language
from counselor_desk.domain.worksheets import (
    StaticNote,
    TableField,
    WorksheetDefinition,
    load_definition,
)
from counselor_desk.export.worksheet import safety_plan_card_pdf, worksheet_pdf

SHIPPED = sorted(definitions())


def labels_of(definition: WorksheetDefinition, language: str) -> list[str]:
    found = []
    for item in definition.fields:
        found.append(item.label.get(language))
        if isinstance(item, TableField):
            found.extend(column.label.get(language) for column in item.columns)
    return found


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("worksheet_id", SHIPPED)
def test_every_worksheet_prints_blank_with_every_label(worksheet_id: str, language: str) -> None:
    definition = definitions()[worksheet_id]
    pdf = worksheet_pdf(definition, setup(language=language))
    text = all_text(pdf)
    title = definition.title.get(language)
    assert_every_page(pdf, title)
    for label in labels_of(definition, language):
        assert label in text, label
    for item in definition.fields:
        if isinstance(item, StaticNote):
            for entry in item.items:
                assert entry.get(language) in text, entry.get(language)
    name_word = "Nombre" if language == "es" else "Name"
    assert_every_page(pdf, name_word)  # a blank form asks whose it is
    template = "Página {page} de {total}" if language == "es" else "Page {page} of {total}"
    assert_page_numbers(pdf, template)
    assert_fonts_embedded(pdf)


def test_blank_forms_give_room_to_write() -> None:
    pdf = worksheet_pdf(definitions()["relapse_prevention"], setup())
    # Eleven questions with generous ruled space cannot fit on one or two pages.
    assert len(page_texts(pdf)) >= 3


def test_a_blank_rating_is_drawn_as_numbers_to_circle() -> None:
    text = all_text(worksheet_pdf(definitions()["readiness_ruler"], setup()))
    assert "Circle one number." in text
    assert "0 1 2 3 4 5 6 7 8 9 10" in text
    assert "Not important" in text and "Very important" in text


def test_the_filled_safety_plan_shows_every_answer() -> None:
    definition = definitions()["safety_plan"]
    instance = worksheet_instance("safety_plan", SAFETY_PLAN_VALUES)
    pdf = worksheet_pdf(definition, setup(), instance=instance, client=client())
    text = all_text(pdf)
    assert "Completed March 10, 2026" in text
    for answer in (
        "I lie awake past 2 a.m.",
        "Walk the dog around the lake",
        "Marisol (sister)",
        "555-0142",
        "555-0100 x12",
        "My daughter Lucia, and seeing her graduate.",
    ):
        assert answer in text, answer
    assert "988 Suicide and Crisis Lifeline" in text
    assert_every_page(pdf, "Dana R.")


def test_the_filled_thought_record_marks_the_hot_thought() -> None:
    definition = definitions()["thought_record"]
    instance = worksheet_instance("thought_record", THOUGHT_RECORD_VALUES)
    text = all_text(worksheet_pdf(definition, setup(), instance=instance, client=client()))
    assert "Moment 1" in text
    assert "I mess up everything." in text
    assert "● Thought 1" in text and "○ Thought 2" in text
    assert "I was late once; I usually do good work and can fix this." in text
    assert "Who was there?" not in text  # guidance is for blank forms only


def test_a_spanish_client_gets_the_spanish_form() -> None:
    definition = definitions()["safety_plan"]
    instance = worksheet_instance("safety_plan", SAFETY_PLAN_VALUES)
    pdf = worksheet_pdf(definition, setup(), instance=instance, client=client(Language.SPANISH))
    text = all_text(pdf)
    assert "Plan de seguridad" in text and "Mis señales de alerta" in text
    assert "Completado el 10 de marzo de 2026" in text
    assert "My warning signs" not in text


def test_a_draft_worksheet_says_it_is_not_finished() -> None:
    definition = definitions()["safety_plan"]
    instance = worksheet_instance(
        "safety_plan",
        {"warning_signs": "Not sleeping"},
        status=WorksheetStatus.DRAFT,
        completed_at=None,
    )
    text = all_text(worksheet_pdf(definition, setup(), instance=instance, client=client()))
    assert "Not finished yet (last saved March 10, 2026)" in text
    assert "Not sleeping" in text


CUSTOM = """
id = "weekly_check"
version = 1
title = { en = "Weekly check", es = "Revisión semanal" }
help = { en = "Fill this in each week.", es = "Llénelo cada semana." }

[[fields]]
key = "helped"
kind = "checklist"
label = { en = "What helped this week", es = "Qué ayudó esta semana" }
options = [
    { key = "meeting", label = { en = "A meeting", es = "Una reunión" } },
    { key = "walk", label = { en = "A walk", es = "Una caminata" } },
    { key = "call", label = { en = "A call", es = "Una llamada" } },
]

[[fields]]
key = "mood"
kind = "choice"
label = { en = "My mood", es = "Mi ánimo" }
options = [
    { key = "good", label = { en = "Good", es = "Bien" } },
    { key = "low", label = { en = "Low", es = "Bajo" } },
]

[[fields]]
key = "hours"
kind = "number"
min = 0
max = 24
label = { en = "Hours of sleep", es = "Horas de sueño" }

[[fields]]
key = "day"
kind = "date"
label = { en = "Day", es = "Día" }

[[fields]]
key = "stress"
kind = "rating"
min = 0
max = 100
label = { en = "Stress", es = "Estrés" }
"""


def custom_definition(tmp_path: Path) -> WorksheetDefinition:
    path = tmp_path / "weekly_check.toml"
    path.write_text(CUSTOM, encoding="utf-8")
    return load_definition(path)


def test_checklists_print_boxes_and_choices_circles(tmp_path: Path) -> None:
    text = all_text(worksheet_pdf(custom_definition(tmp_path), setup()))
    assert "☐ A meeting" in text and "☐ A walk" in text and "☐ A call" in text
    assert "Mark all that apply." in text
    assert "○ Good" in text and "○ Low" in text and "Mark one." in text
    assert "Write a number from 0 to 24." in text
    assert "month / day / year" in text
    assert "Write a number from 0 to 100." in text  # a 0–100 rating is a ruler, not circles


def test_a_filled_checklist_ticks_what_was_chosen(tmp_path: Path) -> None:
    values: dict[str, Any] = {
        "helped": ["walk", "call"],
        "mood": "low",
        "hours": 7,
        "day": "2026-03-04",
        "stress": 35,
    }
    instance = worksheet_instance("weekly_check", values)
    text = all_text(worksheet_pdf(custom_definition(tmp_path), setup(), instance=instance))
    assert "☐ A meeting" in text and "☑ A walk" in text and "☑ A call" in text
    assert "● Low" in text and "○ Good" in text
    assert "March 4, 2026" in text
    assert "35" in text.split("Stress", 1)[1]


def test_answers_for_another_worksheet_are_refused() -> None:
    instance = worksheet_instance("thought_record", THOUGHT_RECORD_VALUES)
    with pytest.raises(ValueError, match="another worksheet"):
        worksheet_pdf(definitions()["safety_plan"], setup(), instance=instance)


# --- the wallet card --------------------------------------------------------------------


def test_the_wallet_card_fits_one_page_with_every_answer() -> None:
    definition = definitions()["safety_plan"]
    instance = worksheet_instance("safety_plan", SAFETY_PLAN_VALUES)
    pdf = safety_plan_card_pdf(definition, setup(), instance=instance, client=client())
    pages = page_texts(pdf)
    assert len(pages) == 1
    text = all_text(pdf)
    assert "My safety plan" in text
    assert "In danger now? Call or text 988, or call 911." in text
    for answer in (
        "Marisol (sister)",
        "555-0142",
        "County crisis line",
        "555-0111",
        "My daughter Lucia",
        "Marisol keeps my extra pills.",
    ):
        assert answer in text, answer
    assert "cut" in text and "fold" in text
    assert_fonts_embedded(pdf)


def test_a_blank_spanish_wallet_card_has_room_and_the_crisis_lines() -> None:
    pdf = safety_plan_card_pdf(definitions()["safety_plan"], setup(language="es"))
    assert len(page_texts(pdf)) == 1
    text = all_text(pdf)
    assert "Mi plan de seguridad" in text
    assert "¿En peligro ahora? Llame o envíe un texto al 988, o llame al 911." in text
    assert "Para español, oprima 2 al llamar." in text
    assert "Personas a quienes puedo pedir ayuda" in text
