"""The global search: answers as you type, ignores stale answers, opens the hit."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from counselor_desk.domain.records import CounselingNote
from counselor_desk.ui.search_popup import (
    HIT_ROLE,
    SearchHitModel,
    SearchPopup,
    snippet_segments,
)
from counselor_desk.ui.workspace import SNIPPET_MARKS
from counselor_desk.vault.search import SearchHit

# The offscreen platform cannot pass size hints to a window manager; harmless here.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _popup(qtbot, workspace) -> SearchPopup:  # type: ignore[no-untyped-def]
    popup = SearchPopup(workspace)
    qtbot.addWidget(popup)
    popup.open_search()
    return popup


def _type(qtbot, popup: SearchPopup, text: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(popup.field, text)
    qtbot.waitUntil(lambda: not popup.waiting, timeout=5000)


def test_typing_shows_the_matching_note_and_enter_opens_it(qtbot, workspace, ids) -> None:
    popup = _popup(qtbot, workspace)
    _type(qtbot, popup, "crav")
    qtbot.waitUntil(lambda: popup.model.rowCount() > 0, timeout=5000)
    first = popup.model.index(0, 0)
    hit = first.data(HIT_ROLE)
    assert (hit.kind, hit.ref_id, hit.client_name) == ("note", ids["note"], "Dana R.")
    text = first.data(Qt.ItemDataRole.DisplayRole)
    assert text.startswith("Dana R. · ") and "note" in text.splitlines()[0]
    assert "cravings" in text and "[" not in text  # marks become bold, not brackets
    assert popup.status.text() == "1 match"

    with qtbot.waitSignal(popup.hit_activated, timeout=2000) as opened:
        qtbot.keyClick(popup.field, Qt.Key.Key_Return)
    assert opened.args[0].ref_id == ids["note"]
    assert not popup.isVisible()


def test_up_and_down_in_the_field_move_through_the_results(qtbot, workspace, ids) -> None:
    popup = _popup(qtbot, workspace)
    _type(qtbot, popup, "t")  # "Talked…" in the note, "Marcus T.", "Tom H."
    qtbot.waitUntil(lambda: popup.model.rowCount() >= 2, timeout=5000)
    assert popup.results.currentIndex().row() == 0
    qtbot.keyClick(popup.field, Qt.Key.Key_Down)
    assert popup.results.currentIndex().row() == 1
    assert popup.field.hasFocus() or not popup.isActiveWindow()  # the field keeps the keys
    second = popup.model.hit(1)
    with qtbot.waitSignal(popup.hit_activated, timeout=2000) as opened:
        qtbot.keyClick(popup.field, Qt.Key.Key_Enter)
    assert opened.args[0] == second
    qtbot.keyClick(popup.field, Qt.Key.Key_Up)  # nothing breaks on a hidden popup


def test_a_click_opens_the_hit_once(qtbot, workspace, ids) -> None:
    popup = _popup(qtbot, workspace)
    _type(qtbot, popup, "t")
    qtbot.waitUntil(lambda: popup.model.rowCount() >= 2, timeout=5000)
    opened: list[SearchHit] = []
    popup.hit_activated.connect(opened.append)
    rect = popup.results.visualRect(popup.model.index(1, 0))
    qtbot.mouseClick(popup.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    popup.results.activated.emit(popup.model.index(1, 0))  # as single-click styles do
    assert opened == [popup.model.hit(1)]
    assert not popup.isVisible()


def test_a_stale_answer_is_ignored(qtbot, workspace, ids, monkeypatch) -> None:
    asked: list[str] = []
    # The popup's questions are numbered here; answers are delivered by hand, in any order.
    monkeypatch.setattr(workspace, "search", lambda text: asked.append(text) or len(asked))
    popup = _popup(qtbot, workspace)
    qtbot.keyClicks(popup.field, "cr")
    assert asked == ["c", "cr"] and popup.status.text() == "Searching…"
    marcus = SearchHit("client", ids["marcus"], ids["marcus"], "Marcus T.", None, "[Marcus] T.")
    workspace.search_answered.emit(1, "c", [marcus])  # the answer to "c" comes late
    assert popup.model.rowCount() == 0 and popup.waiting
    workspace.search_answered.emit(2, "cr", [popup_hit(ids)])
    assert [popup.model.hit(0).ref_id] == [ids["note"]] and not popup.waiting
    workspace.search_answered.emit(1, "c", [marcus, marcus])
    assert popup.model.rowCount() == 1 and popup.model.hit(0).ref_id == ids["note"]


def test_empty_text_clears_and_no_match_says_so(qtbot, workspace, ids) -> None:
    popup = _popup(qtbot, workspace)
    _type(qtbot, popup, "crav")
    qtbot.waitUntil(lambda: popup.model.rowCount() == 1, timeout=5000)
    popup.field.selectAll()
    qtbot.keyClick(popup.field, Qt.Key.Key_Backspace)
    assert popup.model.rowCount() == 0 and popup.status.text() == ""
    # An answer already on its way for the old text must not bring the hits back.
    workspace.search_answered.emit(10_000, "crav", [popup_hit(ids)])
    assert popup.model.rowCount() == 0

    _type(qtbot, popup, "zebra")
    assert popup.status.text() == "No matches"
    with qtbot.assertNotEmitted(popup.hit_activated):
        qtbot.keyClick(popup.field, Qt.Key.Key_Return)


def test_enter_before_the_answer_opens_the_answer(qtbot, workspace, ids) -> None:
    popup = _popup(qtbot, workspace)
    with qtbot.waitSignal(popup.hit_activated, timeout=5000) as opened:
        qtbot.keyClicks(popup.field, "weekly")
        qtbot.keyClick(popup.field, Qt.Key.Key_Return)
    assert opened.args[0].ref_id == ids["note"]


def test_escape_closes(qtbot, workspace, ids) -> None:
    popup = _popup(qtbot, workspace)
    assert popup.isVisible()
    qtbot.keyClick(popup.field, Qt.Key.Key_Escape)
    assert not popup.isVisible()


def test_the_search_text_is_written_nowhere(qtbot, workspace, ids, ui_settings) -> None:
    popup = _popup(qtbot, workspace)
    _type(qtbot, popup, "cravings")
    settings_file = Path(ui_settings.file)
    assert not settings_file.exists() or b"craving" not in settings_file.read_bytes()
    for path in workspace.folder.rglob("*"):
        if path.is_file() and path.suffix != ".db":
            assert b"craving" not in path.read_bytes(), path


def popup_hit(ids: dict[str, str]) -> SearchHit:
    return SearchHit(
        "note", ids["note"], ids["dana"], "Dana R.", datetime(2026, 3, 1, tzinfo=UTC), "[crav]"
    )


def test_hit_model_passes_the_model_tester(qtmodeltester, ids) -> None:
    model = SearchHitModel()
    hits = [
        popup_hit(ids),
        SearchHit("client", ids["dana"], ids["dana"], "Dana R.", None, "[Dana] R. Ruiz"),
        SearchHit("counseling-note", "x", ids["dana"], "Dana R.", None, "private [crav]ings"),
    ]
    model.set_hits(hits)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 3
    heads = [model.index(r, 0).data(Qt.ItemDataRole.DisplayRole).splitlines()[0] for r in range(3)]
    assert heads[0] == "Dana R. · 1 Mar 2026 · note"
    assert heads[1] == "Dana R. · name"
    assert heads[2] == "Dana R. · SUD counseling note"
    model.clear()
    qtmodeltester.check(model, force_py=True)


def test_snippet_marks_become_bold_runs_and_brackets_stay_text() -> None:
    open_mark, close_mark = SNIPPET_MARKS
    text = f"Talked about {open_mark}cravings{close_mark} after [work] {open_mark}x{close_mark}"
    assert snippet_segments(text) == (
        ("Talked about ", False),
        ("cravings", True),
        (" after [work] ", False),
        ("x", True),
    )
    assert snippet_segments("") == ()


def test_a_bracket_typed_in_a_note_is_shown_as_typed(qtbot, workspace, ids) -> None:
    note = workspace.caseload.note(ids["note"])
    workspace.caseload.save_draft(
        note.with_sections({**note.sections, "plan": "Check [daily] cravings log"})
    )
    popup = _popup(qtbot, workspace)
    qtbot.keyClicks(popup.field, "daily")
    qtbot.waitUntil(lambda: popup.model.rowCount() == 1, timeout=5000)
    segments = snippet_segments(popup.model.hit(0).snippet)
    assert ("daily", True) in segments
    assert any("[" in text and not bold for text, bold in segments)


def test_screenshot_with_results(qtbot, workspace, ids) -> None:
    note = CounselingNote(ids["dana"], "Cravings rise on paydays; watch that.")
    workspace.write(lambda c: c.add_counseling_note(note))
    workspace.worker.wait_idle()
    popup = _popup(qtbot, workspace)
    _type(qtbot, popup, "crav")
    qtbot.waitUntil(lambda: popup.model.rowCount() >= 2, timeout=5000)
    Path("/tmp/shots").mkdir(parents=True, exist_ok=True)
    assert popup.grab().save("/tmp/shots/search_popup.png")


def test_painting_fifty_hits_fits_in_a_frame(qtbot, workspace, ids, monkeypatch) -> None:
    monkeypatch.setattr(workspace, "search", lambda text: 7)
    popup = _popup(qtbot, workspace)
    long = " ".join(["words around the [match] in a long note"] * 12)
    hits = [
        SearchHit("note", str(i), ids["dana"], "Dana R.", datetime(2026, 3, 1, tzinfo=UTC), long)
        for i in range(50)
    ]
    qtbot.keyClicks(popup.field, "m")
    workspace.search_answered.emit(7, "m", hits)
    assert popup.model.rowCount() == 50
    viewport = popup.results.viewport()
    viewport.grab()  # warm the font caches
    # How long a paint takes is measured by tests/benchmarks, never asserted here.
    image = viewport.grab().toImage()
    assert not image.isNull()
