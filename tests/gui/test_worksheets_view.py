"""The Worksheets tab: a worksheet filled by keyboard autosaves ("Saved" only once
committed), a refused save keeps every answer, marking complete points at what is
missing, completed worksheets are read-only with a history, search finds a worksheet's
words and opens it, and a lock with unsaved typing loses nothing."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QPushButton,
    QTableView,
    QWidget,
)
from test_accessibility import unnamed  # the window's own test of "every control is named"

from counselor_desk.domain.measures import WorksheetStatus
from counselor_desk.domain.records import Session, SessionKind
from counselor_desk.services.measures import Measures
from counselor_desk.ui.desk_page import DeskPage
from counselor_desk.ui.errors import ui_language
from counselor_desk.ui.main_window import MainWindow
from counselor_desk.ui.search_popup import SearchHitModel
from counselor_desk.ui.worksheets_view import (
    NewWorksheetDialog,
    VersionWindow,
    WorksheetChoice,
    WorksheetListModel,
    WorksheetsView,
)
from counselor_desk.ui.workspace import Workspace
from counselor_desk.vault.store import unlock_with_passphrase

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

WAIT = 5000


@pytest.fixture
def make_view(qtbot, workspace: Workspace) -> Callable[..., WorksheetsView]:  # type: ignore[no-untyped-def]
    def make(autosave_ms: int = 50) -> WorksheetsView:
        view = WorksheetsView(workspace, autosave_ms=autosave_ms)
        qtbot.addWidget(view)
        view.resize(1100, 760)
        view.show()
        qtbot.waitExposed(view)
        view.activateWindow()
        qtbot.waitUntil(view.isActiveWindow)
        return view

    return make


def answer_chooser(monkeypatch, definition_id: str, session_id: str | None = None) -> list[Any]:  # type: ignore[no-untyped-def]
    """NewWorksheetDialog.ask answered with `definition_id`; returns what it was offered."""
    offered: list[Any] = []

    def ask(cls, parent, choices, sessions):  # type: ignore[no-untyped-def]
        offered.append((list(choices), list(sessions)))
        return definition_id, session_id

    monkeypatch.setattr(NewWorksheetDialog, "ask", classmethod(ask))
    return offered


def start(qtbot, view: WorksheetsView) -> str:  # type: ignore[no-untyped-def]
    before = view.current_worksheet_id
    model = view.findChild(QTableView, "worksheetList").model()
    known = {model.worksheet_at(row).id for row in range(model.rowCount())}
    seen: list[str | None] = []  # each worksheet the list moved to on the way

    def moved(current: QModelIndex, _previous: QModelIndex) -> None:
        worksheet = model.worksheet_at(current.row())
        seen.append(worksheet.id if worksheet else None)

    selection = view.findChild(QTableView, "worksheetList").selectionModel()
    selection.currentRowChanged.connect(moved)
    try:
        qtbot.mouseClick(view.findChild(QPushButton, "newWorksheet"), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: view.current_worksheet_id not in (known | {None, before}), timeout=WAIT
        )
    finally:
        selection.currentRowChanged.disconnect(moved)
    worksheet_id = view.current_worksheet_id
    assert worksheet_id is not None
    # Nothing else opened on the way (see the same check in test_group_notes).
    assert set(seen) <= {before, worksheet_id, None}, seen
    return worksheet_id


def button(view: QWidget, name: str) -> QPushButton:
    found = view.findChild(QPushButton, name)
    assert found is not None, name
    return found


def test_a_decisional_balance_filled_by_keyboard_autosaves(
    qtbot, monkeypatch, workspace, ids, make_view
) -> None:
    view = make_view()
    assert view.show_client(ids["marcus"])
    offered = answer_chooser(monkeypatch, "decisional_balance")
    worksheet_id = start(qtbot, view)
    choices, _sessions = offered[0]
    titles = [c.title for c in choices]
    assert len(titles) == 9 and "Decisional balance" in titles and "Safety plan" in titles
    form = view.form
    assert form is not None and form.language == "en"  # Marcus prefers English
    assert view.model.rowCount() == 1
    assert view.model.index(0, 0).data() == "Decisional balance"
    assert view.model.index(0, 2).data() == "Draft"

    seen: list[tuple[str, dict[str, Any]]] = []
    view.status_changed.connect(
        lambda text: seen.append((text, workspace.measures.worksheet(worksheet_id).values))
    )
    # The cursor starts in the first field; Tab moves on through the form, which comes
    # right after the buttons above it.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.editor("topic"))
    complete = button(view, "markComplete")
    complete.setFocus()
    qtbot.keyClick(complete, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.editor("topic")
    answers = {
        "topic": "Drinking on weekends",
        "using_good": "Relaxes me",
        "using_not_so_good": "Hangovers at work",
        "changing_good": "More money",
        "changing_not_so_good": "Friends might drift",
        "what_stands_out": "The money adds up",
    }
    for key, text in answers.items():
        assert QApplication.focusWidget() is form.editor(key), key
        qtbot.keyClicks(QApplication.focusWidget(), text)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: view.status_text() == "Saved", timeout=WAIT)

    texts = [text for text, _values in seen]
    assert "Saving…" in texts[: texts.index("Saved")]
    # "Saved" is shown only once the answers are committed: the UI thread reads them.
    assert seen[texts.index("Saved")][1] == answers
    stored = workspace.measures.worksheet(worksheet_id)
    assert stored.values == answers == form.values()
    assert stored.status is WorksheetStatus.DRAFT


def test_mark_complete_points_at_what_is_missing_then_completes_and_reopens(
    qtbot, monkeypatch, workspace, ids, make_view
) -> None:
    view = make_view()
    view.show_client(ids["marcus"])
    answer_chooser(monkeypatch, "readiness_ruler")
    worksheet_id = start(qtbot, view)
    form = view.form
    assert form is not None
    qtbot.keyClicks(form.editor("change"), "Take my medicine every day")
    qtbot.keyClicks(form.editor("importance"), "8")
    complete = button(view, "markComplete")
    qtbot.mouseClick(complete, Qt.MouseButton.LeftButton)

    # Confidence is required: said, and the cursor is put there; nothing was lost.
    qtbot.waitUntil(lambda: "Not complete yet" in view.notice_text(), timeout=WAIT)
    assert "How sure am I that I can make this change?" in view.notice_text()
    confidence = form.editor("confidence")
    assert confidence is not None
    qtbot.waitUntil(confidence.hasFocus)
    assert not form.is_read_only()
    qtbot.waitUntil(lambda: view.status_text() == "Saved", timeout=WAIT)
    draft = workspace.measures.worksheet(worksheet_id)
    assert draft.status is WorksheetStatus.DRAFT
    assert (draft.values["change"], draft.values["importance"]) == (
        "Take my medicine every day",
        8,
    )

    qtbot.keyClicks(confidence, "6")
    qtbot.mouseClick(complete, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.status_text().startswith("Complete since"), timeout=WAIT)
    done = workspace.measures.worksheet(worksheet_id)
    assert done.status is WorksheetStatus.COMPLETE
    assert (done.values["importance"], done.values["confidence"]) == (8, 6)
    assert view.notice_text() == ""
    assert form.is_read_only()
    qtbot.keyClicks(form.editor("change"), " and more")
    assert form.values()["change"] == "Take my medicine every day"
    assert not complete.isVisible()
    assert view.model.index(0, 2).data() == "Complete"
    history = view.findChild(QListWidget, "worksheetHistory")
    assert history.count() == 1
    assert history.item(0).text().startswith("Version 1, marked complete")
    assert [v.status for v in workspace.measures.history(worksheet_id)] == [
        WorksheetStatus.COMPLETE
    ]

    # The version opens read-only in a window of its own, never titled with a name.
    history.setCurrentRow(0)
    qtbot.mouseClick(button(view, "showVersion"), Qt.MouseButton.LeftButton)
    windows = [w for w in view.findChildren(VersionWindow) if w.isVisible()]
    assert len(windows) == 1
    assert windows[0].windowTitle() == "Worksheet version"
    assert windows[0].form.values()["confidence"] == 6
    assert windows[0].form.is_read_only()
    windows[0].close()

    reopen = button(view, "reopenWorksheet")
    assert reopen.isVisible()
    qtbot.mouseClick(reopen, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not form.is_read_only(), timeout=WAIT)
    assert workspace.measures.worksheet(worksheet_id).status is WorksheetStatus.DRAFT
    assert history.count() == 2
    assert history.item(0).text().startswith("Version 2, reopened")
    qtbot.keyClicks(form.editor("change"), ", with breakfast")
    qtbot.waitUntil(lambda: view.status_text() == "Saved", timeout=WAIT)
    assert workspace.measures.worksheet(worksheet_id).values["change"].endswith("breakfast")


def test_a_wrong_answer_is_saved_as_typed_and_completing_names_it(
    qtbot, monkeypatch, workspace, ids, make_view
) -> None:
    view = make_view()
    view.show_client(ids["dana"])
    answer_chooser(monkeypatch, "safety_plan")
    worksheet_id = start(qtbot, view)
    form = view.form
    assert form is not None and form.language == "es"  # filled with Dana, in Spanish
    qtbot.keyClicks(form.editor("warning_signs"), "No duermo")
    qtbot.keyClicks(form.editor("help_people[0].name"), "Rosa")
    phone = form.editor("help_people[0].phone")
    qtbot.keyClicks(phone, "call her")  # letters are not a phone number, but never lost
    qtbot.waitUntil(lambda: view.status_text() == "Saved", timeout=WAIT)
    stored = workspace.measures.worksheet(worksheet_id).values
    assert stored["warning_signs"] == "No duermo"
    assert stored["help_people"][0] == {"name": "Rosa", "phone": "call her"}

    view.mark_complete()
    qtbot.waitUntil(lambda: view.notice_text() != "", timeout=WAIT)
    notice = view.notice_text().lower()
    assert "phone" in notice or "teléfono" in notice
    assert not workspace.measures.worksheet(worksheet_id).is_complete


def test_the_chooser_lists_titles_and_ties_to_todays_session(qtbot, workspace, ids) -> None:
    choices = [
        WorksheetChoice("decisional_balance", "Decisional balance", "Four boxes."),
        WorksheetChoice("safety_plan", "Safety plan", "Steps in order."),
    ]
    sessions = workspace.caseload.sessions(ids["dana"])  # one, two days ago
    dialog = NewWorksheetDialog(None, choices, sessions)
    qtbot.addWidget(dialog)
    assert dialog.choice() == ("decisional_balance", None)  # not today's: no session
    assert dialog.help.text() == "Four boxes."
    qtbot.keyClick(dialog.list, Qt.Key.Key_Down)
    assert dialog.help.text() == "Steps in order."
    today = datetime.now(UTC)
    later = Session(ids["dana"], today.replace(microsecond=0), 50, SessionKind.INDIVIDUAL)
    again = NewWorksheetDialog(None, choices, [*sessions, later], today=today.astimezone().date())
    qtbot.addWidget(again)
    assert again.choice() == ("decisional_balance", later.id)
    assert again.session.count() == 3  # "not tied", then newest first


def test_the_list_model_passes_the_model_tester(qtmodeltester, workspace, ids) -> None:
    measures = workspace.measures
    measures.start_worksheet(ids["dana"], "decisional_balance")
    measures.start_worksheet(ids["dana"], "safety_plan")
    model = WorksheetListModel()
    model.reload(measures.worksheets(ids["dana"]), lambda d: d.replace("_", " "))
    qtmodeltester.check(model)
    titles = {model.index(r, 0).data() for r in range(model.rowCount())}
    assert titles == {"safety plan", "decisional balance"}


def test_search_finds_a_worksheet_word_and_the_hit_opens_it(
    qtbot, monkeypatch, workspace, ids, ui_settings
) -> None:
    desk = DeskPage(workspace, ui_settings, autosave_ms=50)
    qtbot.addWidget(desk)
    desk.resize(1400, 800)
    desk.show()
    qtbot.waitExposed(desk)
    desk.show_client(ids["dana"])
    desk.chart.show_tab(desk.worksheets)
    answer_chooser(monkeypatch, "decisional_balance")
    worksheet_id = start(qtbot, desk.worksheets)
    form = desk.worksheets.form
    assert form is not None
    qtbot.keyClicks(form.editor("changing_good"), "Grandmother's garden again")
    qtbot.waitUntil(lambda: desk.worksheets.status_text() == "Saved", timeout=WAIT)

    desk.show_client(ids["marcus"])
    desk.chart.set_current_tab_index(0)
    assert desk.worksheets.current_worksheet_id is None
    with qtbot.waitSignal(workspace.search_answered, timeout=WAIT) as answered:
        workspace.search("garden")
    hits = [h for h in answered.args[2] if h.kind == "worksheet"]
    assert [h.ref_id for h in hits] == [worksheet_id]
    assert SearchHitModel().kind_label("worksheet") == "worksheet"

    desk.open_hit(hits[0])
    assert desk.chart.current_client_id == ids["dana"]
    assert desk.chart.tabs.currentWidget() is desk.worksheets
    assert desk.worksheets.current_worksheet_id == worksheet_id
    shown = desk.worksheets.form
    assert shown is not None
    assert shown.values()["changing_good"] == "Grandmother's garden again"


@pytest.fixture
def window(qtbot, vaults_root, ui_settings, cheap_kdf) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    # Autosave far off: the lock itself must commit what was typed.
    win = MainWindow(vaults_root, ui_settings, kdf=cheap_kdf, autosave_ms=60_000)
    qtbot.addWidget(win)
    win.show()
    yield win
    if win.workspace is not None:
        win.lock("quit")


def test_a_lock_commits_unsaved_typing_and_unlock_brings_it_back(
    qtbot, monkeypatch, window, open_vault, ids, passphrase
) -> None:
    window.open_vault(open_vault)
    desk = window.desk
    assert desk is not None
    desk.client_list.select_client(ids["marcus"])
    qtbot.waitUntil(lambda: desk.chart.current_client_id == ids["marcus"], timeout=WAIT)
    desk.chart.show_tab(desk.worksheets)
    answer_chooser(monkeypatch, "decisional_balance")
    worksheet_id = start(qtbot, desk.worksheets)
    form = desk.worksheets.form
    assert form is not None
    qtbot.keyClicks(form.editor("topic"), "Rent is due on Friday")
    assert desk.worksheets.has_unsaved_changes
    folder = open_vault.folder

    window.lock("idle")
    assert not open_vault.is_open
    check = unlock_with_passphrase(folder, passphrase)
    try:
        assert Measures(check).worksheet(worksheet_id).values["topic"] == "Rent is due on Friday"
    finally:
        check.lock()

    page = window.unlock_page
    qtbot.keyClicks(page.secret_edit, passphrase)
    with qtbot.waitSignal(window.unlocked, timeout=10_000):
        qtbot.keyClick(page.secret_edit, Qt.Key.Key_Return)
    desk = window.desk
    assert desk is not None
    assert desk.chart.tabs.currentWidget() is desk.worksheets
    assert desk.worksheets.current_worksheet_id == worksheet_id
    form = desk.worksheets.form
    assert form is not None and form.values()["topic"] == "Rent is due on Friday"


def test_the_tab_reads_spanish_and_lists_spanish_titles(qtbot, spanish, workspace, ids) -> None:
    assert ui_language() == "es"
    workspace.measures.start_worksheet(ids["marcus"], "decisional_balance")
    view = WorksheetsView(workspace)
    qtbot.addWidget(view)
    view.show_client(ids["marcus"])
    assert button(view, "newWorksheet").text() == "Nueva hoja de &trabajo…"
    assert view.model.index(0, 0).data() == "Balance de decisiones"
    assert view.model.index(0, 2).data() == "Borrador"
    assert "Elija una hoja de trabajo" in " ".join(w.text() for w in view.findChildren(QLabel))


def test_screenshot_of_the_worksheets_tab(qtbot, workspace, ids, make_view) -> None:
    measures = workspace.measures
    balance = measures.start_worksheet(ids["dana"], "decisional_balance")
    measures.complete_worksheet(
        balance.id,
        {
            "topic": "Pastillas",
            "using_good": "Me calman",
            "using_not_so_good": "Pierdo días de trabajo",
            "changing_good": "Más tiempo con mis hijos",
            "changing_not_so_good": "Dormir mal al principio",
            "what_stands_out": "Mis hijos",
        },
    )
    plan = measures.start_worksheet(ids["dana"], "safety_plan", ids["session"])
    values = dict(plan.values)
    values.update(
        warning_signs="No duermo, me aíslo",
        things_alone="Salir a caminar\nEscuchar música",
        help_people=[{"name": "Rosa (hermana)", "phone": "555-0100"}],
    )
    measures.save_worksheet(plan.id, values)
    view = make_view()
    view.show_client(ids["dana"])
    assert view.open_worksheet(balance.id)
    assert view.history.count() == 1
    assert unnamed(view) == []
    qtbot.wait(50)  # let the layout place the new form before the picture
    Path("/tmp/shots").mkdir(parents=True, exist_ok=True)
    assert view.grab().save("/tmp/shots/tab_worksheets_complete.png")
    assert view.open_worksheet(plan.id)
    assert unnamed(view) == []
    qtbot.wait(50)
    assert view.grab().save("/tmp/shots/tab_worksheets.png")
    assert view.model.rowCount() == 2


def test_a_flush_during_a_refused_completion_keeps_the_answers(
    qtbot, monkeypatch, workspace, ids, make_view
) -> None:
    view = make_view(autosave_ms=60_000)
    view.show_client(ids["marcus"])
    answer_chooser(monkeypatch, "readiness_ruler")
    worksheet_id = start(qtbot, view)
    form = view.form
    assert form is not None
    qtbot.keyClicks(form.editor("change"), "Walk every evening")
    # Importance and confidence are missing: the completion is refused on the worker.
    qtbot.mouseClick(button(view, "markComplete"), Qt.MouseButton.LeftButton)
    assert form.is_read_only()  # still while the answer is on its way
    assert view.flush()  # e.g. a lock right now
    stored = workspace.measures.worksheet(worksheet_id)
    assert stored.status is WorksheetStatus.DRAFT
    assert stored.values["change"] == "Walk every evening"
    assert not form.is_read_only()
    qtbot.wait(20)  # the refused completion's own callback arrives, and changes nothing
    assert not form.is_read_only()
    assert button(view, "markComplete").isEnabled()
