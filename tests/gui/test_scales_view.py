"""The Scales tab: a PHQ-9 entered by keyboard and saved, its safety flag kept with the
entry and shown as a banner whose button brings up the safety plan; past entries in a
table and on the chart; a failed save keeps the answers."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QPushButton, QRadioButton
from test_accessibility import unnamed  # the window's own test of "every control is named"

from counselor_desk.domain.scales import ScaleId
from counselor_desk.services.measures import Measures
from counselor_desk.ui.ask import Ask
from counselor_desk.ui.desk_page import DeskPage
from counselor_desk.ui.scales_view import ScaleEntryModel, ScalesView
from counselor_desk.ui.workspace import Workspace

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

WAIT = 5000
QM = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "counselor_desk_es.qm"
PHQ9_ITEM9_ONE = "120110211"  # total 9 (mild), item 9 = 1


@pytest.fixture
def make_view(qtbot, workspace: Workspace) -> Callable[[], ScalesView]:  # type: ignore[no-untyped-def]
    def make() -> ScalesView:
        view = ScalesView(workspace)
        qtbot.addWidget(view)
        view.resize(1100, 760)
        view.show()
        qtbot.waitExposed(view)
        view.activateWindow()
        qtbot.waitUntil(view.isActiveWindow)
        return view

    return make


def type_answers(qtbot, view: ScalesView, digits: str) -> None:  # type: ignore[no-untyped-def]
    """Each digit picks the focused item's answer and moves on to the next item."""
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QRadioButton))
    for digit in digits:
        qtbot.keyClicks(QApplication.focusWidget(), digit)


def save(qtbot, view: ScalesView) -> str:  # type: ignore[no-untyped-def]
    assert view.save_button.isEnabled()
    with qtbot.waitSignal(view.saved, timeout=WAIT) as saved:
        qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    return str(saved.args[0])


def test_a_phq9_with_item_9_saved_raises_the_banner(qtbot, workspace, ids, make_view) -> None:
    view = make_view()
    view.show_client(ids["marcus"])
    assert not view.banner.isVisibleTo(view)
    assert view.current_scale() is ScaleId.PHQ9
    qtbot.mouseClick(view.findChild(QPushButton, "newScaleEntry"), Qt.MouseButton.LeftButton)
    assert view.entering
    assert view.date_edit.date() == QDate.currentDate()  # dated today unless changed
    type_answers(qtbot, view, PHQ9_ITEM9_ONE[:8])
    assert not view.save_button.isEnabled()  # item 9 not answered yet
    type_answers(qtbot, view, PHQ9_ITEM9_ONE[8])
    # From the last item, Tab goes to Save (the items sit between the date and Save).
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is view.save_button
    with qtbot.waitSignal(view.saved, timeout=WAIT) as saved:
        qtbot.keyClick(view.save_button, Qt.Key.Key_Space)
    entry_id = str(saved.args[0])

    entry = workspace.measures.scale_entry(entry_id)
    assert entry.scale is ScaleId.PHQ9 and entry.taken_on == date.today()
    assert (entry.total, entry.band, entry.safety_flag) == (9, "mild", True)
    assert view.status_text() == "Saved"
    assert view.banner.isVisibleTo(view)
    assert "item 9" in view.banner_text.text()
    assert view.model.rowCount() == 1
    assert view.model.index(0, 4).data() == "Safety"
    assert view.model.index(0, 2).data() == "9"
    assert view.chart_points() == [(date.today(), 9)]
    # The saved entry stays on screen, read-only.
    assert not view.entering and view.form is not None and view.form.is_read_only()

    requested: list[int] = []
    view.safety_plan_requested.connect(lambda: requested.append(1))
    qtbot.mouseClick(view.safety_button, Qt.MouseButton.LeftButton)
    assert requested == [1]

    # A later PHQ-9 without the flag takes the banner away; dismissing also hides it.
    view.new_entry()
    type_answers(qtbot, view, "000000000")
    save(qtbot, view)
    assert not view.banner.isVisibleTo(view)


def test_the_banner_button_opens_or_starts_the_safety_plan(
    qtbot, workspace, ids, ui_settings
) -> None:
    desk = DeskPage(workspace, ui_settings, autosave_ms=50)
    qtbot.addWidget(desk)
    desk.resize(1400, 800)
    desk.show()
    qtbot.waitExposed(desk)
    desk.show_client(ids["dana"])
    desk.chart.show_tab(desk.scales)
    desk.scales.new_entry(ScaleId.PHQ9)
    type_answers(qtbot, desk.scales, "111111112")
    save(qtbot, desk.scales)
    assert desk.scales.banner.isVisibleTo(desk.scales)

    qtbot.mouseClick(desk.scales.safety_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: desk.worksheets.current_worksheet_id is not None, timeout=WAIT)
    assert desk.chart.tabs.currentWidget() is desk.worksheets
    plans = workspace.measures.worksheets(ids["dana"])
    assert [w.definition_id for w in plans] == ["safety_plan"]
    assert desk.worksheets.current_worksheet_id == plans[0].id
    form = desk.worksheets.form
    assert form is not None and form.language == "es"  # Dana's language

    # Asked again, the same plan opens: no second one is started.
    desk.chart.show_tab(desk.scales)
    qtbot.mouseClick(desk.scales.safety_button, Qt.MouseButton.LeftButton)
    assert desk.chart.tabs.currentWidget() is desk.worksheets
    assert desk.worksheets.current_worksheet_id == plans[0].id
    assert len(workspace.measures.worksheets(ids["dana"])) == 1
    # Dismissed, the banner stays away until another flagged PHQ-9.
    desk.chart.show_tab(desk.scales)
    dismiss = next(
        b for b in desk.scales.banner.findChildren(QPushButton) if b.text() == "&Dismiss"
    )
    qtbot.mouseClick(dismiss, Qt.MouseButton.LeftButton)
    assert not desk.scales.banner.isVisibleTo(desk.scales)


def test_the_table_and_the_chart_show_past_entries(qtbot, workspace, ids, make_view) -> None:
    measures: Measures = workspace.measures
    start = date.today() - timedelta(days=60)
    phq9 = [(0, "3" * 9), (21, "222222222"), (42, "111111110")]
    for days, digits in phq9:
        answers = {f"q{n}": int(d) for n, d in enumerate(digits, start=1)}
        measures.record_scale(ids["dana"], ScaleId.PHQ9, answers, start + timedelta(days=days))
    gad7 = {f"q{n}": 1 for n in range(1, 8)}
    measures.record_scale(ids["dana"], ScaleId.GAD7, gad7, start + timedelta(days=7))

    view = make_view()
    view.show_client(ids["dana"])
    assert view.model.rowCount() == 4
    assert view.model.index(0, 0).data() is not None
    assert view.model.index(0, 1).data() == "PHQ-9 (depression)"  # newest first
    assert view.chart_points() == [
        (start, 27),
        (start + timedelta(days=21), 18),
        (start + timedelta(days=42), 8),
    ]
    assert "Latest score 8" in view.chart.accessibleDescription()
    # An older PHQ-9 with a flag does not raise the banner once a newer one has none.
    assert not view.banner.isVisibleTo(view)

    view.set_scale(ScaleId.GAD7)
    assert view.chart_points() == [(start + timedelta(days=7), 7)]
    # Picking a past entry shows its answers read-only, and its scale on the chart.
    view.set_scale(ScaleId.PHQ9)
    gad_row = next(r for r in range(4) if view.model.index(r, 1).data() == "GAD-7 (anxiety)")
    view.table.setCurrentIndex(view.model.index(gad_row, 0))
    assert view.current_scale() is ScaleId.GAD7
    assert view.form is not None and view.form.is_read_only()
    assert view.form.answers() == gad7


def test_the_date_can_be_changed_and_a_failed_save_keeps_the_answers(
    qtbot, monkeypatch, workspace, ids, make_view
) -> None:
    view = make_view()
    view.show_client(ids["marcus"])
    view.new_entry(ScaleId.CRAVING)
    type_answers(qtbot, view, "7")
    yesterday = QDate.currentDate().addDays(-1)
    view.date_edit.setDate(yesterday)

    original = Measures.record_scale
    failures = {"left": 1}

    def flaky(self: Measures, *args, **kwargs):  # type: ignore[no-untyped-def]
        if failures["left"]:
            failures["left"] -= 1
            raise OSError("disk full")
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Measures, "record_scale", flaky)
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "nothing was changed" in view.notice_text(), timeout=WAIT)
    assert view.entering and view.form is not None
    assert view.form.answers() == {"craving": 7}
    assert view.save_button.isEnabled()
    assert workspace.measures.scale_entries(ids["marcus"]) == []

    entry_id = save(qtbot, view)
    entry = workspace.measures.scale_entry(entry_id)
    assert entry.taken_on == date.today() - timedelta(days=1)
    assert entry.total == 7


def test_answers_being_given_are_not_dropped_without_asking(
    qtbot, monkeypatch, workspace, ids, make_view
) -> None:
    view = make_view()
    view.show_client(ids["marcus"])
    view.new_entry(ScaleId.GAD7)
    type_answers(qtbot, view, "12")
    monkeypatch.setattr(Ask, "confirm", classmethod(lambda cls, *a, **k: False))
    view.new_entry(ScaleId.PHQ9)
    assert view.form is not None and view.form.scale_id is ScaleId.GAD7
    assert not view.show_client(ids["dana"])
    assert view.form.answers() == {"q1": 1, "q2": 2}
    monkeypatch.setattr(Ask, "confirm", classmethod(lambda cls, *a, **k: True))
    view.close_entry()
    assert view.form is None


def test_the_desk_stays_on_a_client_whose_entry_is_kept(
    qtbot, monkeypatch, workspace, ids, ui_settings
) -> None:
    desk = DeskPage(workspace, ui_settings, autosave_ms=50)
    qtbot.addWidget(desk)
    desk.show()
    qtbot.waitExposed(desk)
    desk.client_list.select_client(ids["dana"])
    assert desk.chart.current_client_id == ids["dana"]
    desk.chart.show_tab(desk.scales)
    desk.scales.new_entry(ScaleId.GAD7)
    type_answers(qtbot, desk.scales, "21")
    asked: list[str] = []

    def keep(cls, parent, title, text, detail=""):  # type: ignore[no-untyped-def]
        asked.append(text)
        return False

    monkeypatch.setattr(Ask, "confirm", classmethod(keep))
    desk.client_list.select_client(ids["marcus"])
    # Never the chart on one client and the entry on another: the desk stays.
    assert len(asked) == 1
    assert desk.chart.current_client_id == ids["dana"]
    assert desk.scales.current_client_id == ids["dana"]
    assert desk.worksheets.current_client_id == ids["dana"]
    assert desk.client_list.current_client_id() == ids["dana"]
    assert desk.scales.form is not None and desk.scales.form.answers() == {"q1": 2, "q2": 1}

    monkeypatch.setattr(Ask, "confirm", classmethod(lambda cls, *a, **k: asked.append("") or True))
    desk.client_list.select_client(ids["marcus"])
    assert len(asked) == 2  # asked once, not again by each tab
    assert desk.chart.current_client_id == ids["marcus"]
    assert desk.scales.current_client_id == ids["marcus"] and desk.scales.form is None


def test_the_entry_model_passes_the_model_tester(qtmodeltester, workspace, ids) -> None:
    measures = workspace.measures
    measures.record_scale(ids["dana"], ScaleId.CRAVING, {"craving": 4}, date(2026, 3, 1))
    measures.record_scale(
        ids["dana"], ScaleId.PHQ9, {f"q{n}": 1 for n in range(1, 10)}, date(2026, 3, 2)
    )
    model = ScaleEntryModel()
    model.reload(measures.scale_entries(ids["dana"]))
    qtmodeltester.check(model)
    assert model.index(0, 4).data() == "Safety"
    assert model.index(0, 4).data(Qt.ItemDataRole.ToolTipRole).startswith("Item 9")


def test_the_tab_reads_spanish(qtbot, workspace, ids) -> None:
    translator = QTranslator()
    assert translator.load(str(QM)), QM
    app = QApplication.instance()
    assert app is not None and app.installTranslator(translator)
    try:
        workspace.measures.record_scale(
            ids["dana"], ScaleId.PHQ9, {f"q{n}": 1 for n in range(1, 10)}, date.today()
        )
        view = ScalesView(workspace)
        qtbot.addWidget(view)
        view.show_client(ids["dana"])
        assert view.findChild(QPushButton, "newScaleEntry").text() == "&Nueva entrada"
        assert view.safety_button.text() == "Abrir el plan de &seguridad"
        assert view.model.headerData(4, Qt.Orientation.Horizontal) == "Alertas"
        assert view.model.index(0, 4).data() == "Seguridad"
        assert view.banner_text.text().startswith("El PHQ-9 del ")
    finally:
        app.removeTranslator(translator)


def test_screenshot_of_the_scales_tab(qtbot, workspace, ids, make_view) -> None:
    measures: Measures = workspace.measures
    today = date.today()
    for days, total_digits in (
        (84, "332322211"),
        (63, "222222210"),
        (42, "221212110"),
        (21, "111111110"),
        (0, "111011011"),
    ):
        answers = {f"q{n}": int(d) for n, d in enumerate(total_digits, start=1)}
        measures.record_scale(ids["dana"], ScaleId.PHQ9, answers, today - timedelta(days=days))
    measures.record_scale(
        ids["dana"], ScaleId.GAD7, {f"q{n}": 2 for n in range(1, 8)}, today - timedelta(days=30)
    )
    measures.record_scale(ids["dana"], ScaleId.CRAVING, {"craving": 6}, today - timedelta(days=3))
    view = make_view()
    view.show_client(ids["dana"])
    view.table.setCurrentIndex(view.model.index(0, 0))
    assert view.banner.isVisibleTo(view)
    assert unnamed(view) == []
    qtbot.wait(50)
    Path("/tmp/shots").mkdir(parents=True, exist_ok=True)
    assert view.grab().save("/tmp/shots/tab_scales.png")
