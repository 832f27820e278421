"""Scales entered item by item (live total, band, flags, the PHQ-9 safety flag) and the
chart of scores over time drawn with QPainter."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QRadioButton

from counselor_desk.domain.scales import FlagKind, ScaleId, bands, definition, score
from counselor_desk.ui.scale_chart import ScaleChart, date_ticks
from counselor_desk.ui.scale_form import ScaleForm

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _form(qtbot, scale_id: ScaleId, **kwargs) -> ScaleForm:  # type: ignore[no-untyped-def]
    form = ScaleForm(scale_id, **kwargs)
    qtbot.addWidget(form)
    form.resize(760, 720)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    return form


def _focused() -> QRadioButton:
    widget = QApplication.focusWidget()
    assert isinstance(widget, QRadioButton), widget
    return widget


# -- the form --------------------------------------------------------------------------


@pytest.mark.parametrize("scale_id", list(ScaleId))
def test_every_scale_builds_with_a_named_answer_for_every_choice(qtbot, scale_id) -> None:
    form = _form(qtbot, scale_id)
    scale = definition(scale_id)
    buttons = form.findChildren(QRadioButton)
    assert len(buttons) == sum(len(item.choices) for item in scale.items)
    assert all(button.accessibleName() for button in buttons)
    assert form.answers() == {}
    assert form.result() is None
    assert f"0 of {len(scale.items)} answered" in form.progress_label.text()


def test_phq9_entered_item_by_item_raises_the_safety_flag(qtbot) -> None:
    form = _form(qtbot, ScaleId.PHQ9)
    raised: list[int] = []
    form.safety_flag_raised.connect(lambda: raised.append(1))
    wanted = [1, 2, 0, 1, 1, 0, 2, 1, 1]  # item 9 = 1
    form.focus_first()
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QRadioButton))

    for number, value in enumerate(wanted, start=1):
        # Arrow keys move within the item, Space picks, Tab goes to the next item.
        for _ in range(value):
            qtbot.keyClick(_focused(), Qt.Key.Key_Right)
        qtbot.keyClick(_focused(), Qt.Key.Key_Space)
        if number == 7:
            assert form.progress_label.text() == "7 of 9 answered"
            assert "so far" in form.total_label.text()
            assert form.result() is None
        if number < len(wanted):
            qtbot.keyClick(_focused(), Qt.Key.Key_Tab)

    assert form.answers() == {f"q{n}": v for n, v in enumerate(wanted, start=1)}
    assert raised == [1]
    assert form.safety_banner.isVisible()
    assert "safety plan" in form.safety_text.text()
    assert form.safety_button.text() == "Review the safety plan"
    result = form.result()
    assert result is not None and result.has_flag(FlagKind.SAFETY)
    assert result.total == 9 and result.band is not None and result.band.label == "mild"
    assert form.total_label.text() == "Total: 9 of 27"
    assert form.band_label.text() == "Band: mild"

    requested: list[int] = []
    form.safety_plan_requested.connect(lambda: requested.append(1))
    qtbot.mouseClick(form.safety_button, Qt.MouseButton.LeftButton)
    assert requested == [1]


def test_the_safety_flag_shows_before_the_other_items_are_answered(qtbot) -> None:
    form = _form(qtbot, ScaleId.PHQ9)
    with qtbot.waitSignal(form.safety_flag_raised, timeout=1000):
        qtbot.mouseClick(form.rows[8].buttons[2], Qt.MouseButton.LeftButton)
    assert form.safety_banner.isVisible()
    assert form.result() is None
    # Back to zero, the flag goes; up again, it is raised again.
    qtbot.mouseClick(form.rows[8].buttons[0], Qt.MouseButton.LeftButton)
    assert not form.safety_banner.isVisible()
    with qtbot.waitSignal(form.safety_flag_raised, timeout=1000):
        qtbot.mouseClick(form.rows[8].buttons[3], Qt.MouseButton.LeftButton)


def test_typing_the_numbers_fills_the_items_in_turn(qtbot) -> None:
    form = _form(qtbot, ScaleId.GAD7)
    form.focus_first()
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QRadioButton))
    for digit in "3210123":
        qtbot.keyClicks(_focused(), digit)
    assert list(form.answers().values()) == [3, 2, 1, 0, 1, 2, 3]
    result = form.result()
    assert result is not None and result.total == 12
    assert result.has_flag(FlagKind.POSITIVE_SCREEN)
    assert "Positive screen:" in form.flags_label.text()
    assert form.band_label.text() == "Band: moderate"


def test_cows_total_is_the_domain_score(qtbot) -> None:
    form = _form(qtbot, ScaleId.COWS)
    scale = definition(ScaleId.COWS)
    # The highest answer on every other item, the second lowest on the rest.
    answers = {
        item.key: item.values[-1] if n % 2 else item.values[1] for n, item in enumerate(scale.items)
    }
    for row in form.rows:
        qtbot.mouseClick(row.buttons[answers[row.item.key]], Qt.MouseButton.LeftButton)
    expected = score(ScaleId.COWS, answers)
    result = form.result()
    assert result is not None
    assert result.total == expected.total
    assert result.band == expected.band
    assert form.total_label.text() == f"Total: {expected.total} of 48"


def test_set_answers_shows_a_stored_entry_without_announcing_it(qtbot) -> None:
    form = _form(qtbot, ScaleId.PHQ9)
    edits: list[int] = []
    raised: list[int] = []
    form.edited.connect(lambda: edits.append(1))
    form.safety_flag_raised.connect(lambda: raised.append(1))
    stored = {f"q{n}": 1 for n in range(1, 10)}
    form.set_answers(stored)
    assert form.answers() == stored
    assert form.safety_banner.isVisible()
    assert (edits, raised) == ([], [])
    form.set_answers({"q1": 2})
    assert form.answers() == {"q1": 2}
    assert not form.safety_banner.isVisible()
    assert form.progress_label.text() == "1 of 9 answered"


def test_dast10_reverse_item_and_audit_c_cut_off_follow_the_domain(qtbot) -> None:
    dast = _form(qtbot, ScaleId.DAST10)
    dast.set_answers({f"q{n}": 0 for n in range(1, 11)})  # "no" to item 3 scores 1
    assert dast.result() is not None and dast.result().total == 1  # type: ignore[union-attr]

    woman = _form(qtbot, ScaleId.AUDIT_C, sex="female")
    woman.set_answers({"q1": 1, "q2": 1, "q3": 1})
    result = woman.result()
    assert result is not None and result.band is not None and result.band.label == "positive"


def test_read_only_keeps_the_answers(qtbot) -> None:
    form = _form(qtbot, ScaleId.GAD7)
    form.set_answers({f"q{n}": 1 for n in range(1, 8)})
    form.set_read_only(True)
    qtbot.mouseClick(form.rows[0].buttons[3], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(form.rows[0].buttons[1], "3")
    assert form.answers()["q1"] == 1


# -- the chart -------------------------------------------------------------------------


def _chart(qtbot, scale_id: ScaleId, points) -> ScaleChart:  # type: ignore[no-untyped-def]
    chart = ScaleChart()
    qtbot.addWidget(chart)
    chart.set_series(scale_id, points)
    chart.resize(640, 300)
    chart.show()
    qtbot.waitExposed(chart)
    return chart


def _points(count: int, start: date = date(2026, 1, 5)) -> list[tuple[date, int]]:
    return [(start + timedelta(days=3 * i), (i * 7) % 28) for i in range(count)]


@pytest.mark.parametrize("count", [0, 1, 300])
def test_chart_paints_bands_for_0_1_and_300_points(qtbot, count: int) -> None:
    chart = _chart(qtbot, ScaleId.PHQ9, _points(count))
    chart.repaint()  # through paintEvent too, where a Qt warning would fail the test
    size = QSize(640, 300)
    image = chart.paint_to_image(size)
    area = chart.plot_area(size)
    background = image.pixelColor(2, 2)
    x = int(area.left() + 3)  # left edge: clear of the line and the latest label
    shades = []
    for band in bands(ScaleId.PHQ9):
        middle = (band.low + band.high) / 2
        shade = image.pixelColor(x, int(chart.y_for(middle, area)))
        assert shade != background, band.label
        shades.append(shade.name())
    assert len(set(shades)) == len(shades), "each band its own colour"
    expected = "No scores yet." if count == 0 else f"Scores recorded: {count}."
    assert expected in chart.accessibleDescription()


def test_chart_draws_the_line_and_says_the_trend(qtbot) -> None:
    start = date(2026, 1, 5)
    values = [19, 17, 18, 15, 14, 12, 13, 10, 9, 7, 8, 6]
    points = [(start + timedelta(days=14 * i), v) for i, v in enumerate(values)]
    chart = _chart(qtbot, ScaleId.PHQ9, list(reversed(points)))  # any order in
    description = chart.accessibleDescription()
    assert description.startswith("Latest score 6 on ")
    assert "(mild)" in description and "Down 2 from 8" in description
    image = chart.paint_to_image(QSize(640, 300))
    area = chart.plot_area(QSize(640, 300))
    x, y = chart.x_for(points[0][0], area), chart.y_for(values[0], area)
    marker = image.pixelColor(int(x), int(y))
    assert marker.blue() > marker.red() + 40, marker.name()  # the dark blue series colour
    Path("/tmp/shots").mkdir(parents=True, exist_ok=True)
    assert image.save("/tmp/shots/ws_chart_phq9.png")


def test_chart_without_bands_for_craving(qtbot) -> None:
    chart = _chart(qtbot, ScaleId.CRAVING, [(date(2026, 3, 1), 7), (date(2026, 3, 8), 7)])
    assert "The same as on" in chart.accessibleDescription()
    image = chart.paint_to_image(QSize(400, 200))
    area = chart.plot_area(QSize(400, 200))
    assert image.pixelColor(int(area.left() + 3), int(area.top() + 5)) == QColor(
        chart.palette().color(chart.palette().ColorRole.Base)
    )


@pytest.mark.parametrize("days", [0, 1, 6, 20, 60, 200, 700, 3000])
def test_date_ticks_are_few_and_inside_the_span(days: int) -> None:
    first = date(2026, 2, 27)
    last = first + timedelta(days=days)
    ticks, pattern = date_ticks(first, last)
    assert 1 <= len(ticks) <= 6 or days == 0
    assert all(first <= tick <= last for tick in ticks)
    assert pattern in ("MMM d", "MMM yyyy")


def test_screenshot_of_a_phq9_in_progress(qtbot) -> None:
    form = _form(qtbot, ScaleId.PHQ9)
    form.set_answers({"q1": 2, "q2": 2, "q3": 1, "q4": 2, "q5": 1, "q9": 1})
    Path("/tmp/shots").mkdir(parents=True, exist_ok=True)
    assert form.grab().save("/tmp/shots/ws_phq9.png")
