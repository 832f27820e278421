"""SUD counseling notes: their own marked panel, autosaved like session notes, and kept
out of the session-note list."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QPushButton

from counselor_desk.domain.records import CounselingNote
from counselor_desk.services.caseload import Caseload
from counselor_desk.ui.counseling_notes import CounselingNotesView
from counselor_desk.ui.workspace import Workspace

# The offscreen platform cannot pass size hints on; harmless, and not a bug of ours.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def make_view(qtbot, workspace: Workspace) -> Callable[..., CounselingNotesView]:  # type: ignore[no-untyped-def]
    def make(autosave_ms: int = 50) -> CounselingNotesView:
        view = CounselingNotesView(workspace, autosave_ms=autosave_ms)
        qtbot.addWidget(view)
        view.resize(760, 480)
        view.show()
        qtbot.waitExposed(view)
        return view

    return make


def new_note(qtbot, view: CounselingNotesView) -> str:  # type: ignore[no-untyped-def]
    before = view.current_note_id
    qtbot.mouseClick(view.findChild(QPushButton, "newCounselingNote"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.current_note_id not in (None, before), timeout=5000)
    note_id = view.current_note_id
    assert note_id is not None
    return note_id


def test_the_panel_is_clearly_marked(ids, make_view) -> None:
    view = make_view()
    view.show_client(ids["dana"])
    texts = [label.text() for label in view.findChildren(QLabel)]
    assert any(t.startswith("SUD counseling notes (42 CFR 2.11)") for t in texts)
    assert "Dana" not in view.windowTitle()


def test_a_counseling_note_autosaves_and_stays_out_of_session_notes(
    qtbot, workspace, ids, make_view
) -> None:
    view = make_view()
    view.show_client(ids["dana"])
    assert view.current_note_id is None
    note_id = new_note(qtbot, view)
    assert view.editor.hasFocus()
    seen: list[tuple[str, str]] = []

    def committed() -> str:
        return next(n.text for n in workspace.caseload.counseling_notes(ids["dana"]))

    view.status_changed.connect(lambda text: seen.append((text, committed())))
    qtbot.keyClicks(view.editor, "Ambivalence about tapering")
    qtbot.waitUntil(lambda: view.status_text() == "Saved", timeout=5000)

    texts = [t for t, _ in seen]
    assert "Saving…" in texts[: texts.index("Saved")]
    assert seen[texts.index("Saved")][1] == "Ambivalence about tapering"
    stored = workspace.caseload.counseling_notes(ids["dana"])
    assert [(n.id, n.text) for n in stored] == [(note_id, "Ambivalence about tapering")]
    session_text = " ".join(
        " ".join(note.sections.values()) for note in workspace.caseload.notes(ids["dana"])
    )
    assert "Ambivalence" not in session_text
    listing = view.findChild(QListWidget, "counselingList")
    assert listing.count() == 1
    assert "Ambivalence about tapering" in listing.item(0).text()


def test_keystrokes_within_the_pause_make_one_save(
    qtbot, workspace, ids, make_view, monkeypatch
) -> None:
    view = make_view(autosave_ms=400)
    view.show_client(ids["dana"])
    new_note(qtbot, view)
    writes: list[object] = []
    original = workspace.write

    def counting(job: Any, **kwargs: Any) -> None:
        writes.append(job)
        original(job, **kwargs)

    monkeypatch.setattr(workspace, "write", counting)
    for word in ("Fear ", "of ", "relapse"):  # each pause is shorter than the delay
        qtbot.keyClicks(view.editor, word)
        qtbot.wait(120)
    qtbot.waitUntil(lambda: view.status_text() == "Saved", timeout=5000)
    assert len(writes) == 1


def test_a_failed_save_keeps_the_text_and_retries(
    qtbot, workspace, ids, make_view, monkeypatch
) -> None:
    view = make_view()
    view.show_client(ids["dana"])
    note_id = new_note(qtbot, view)
    original = Caseload.save_counseling_note
    failures = {"left": 1}

    def flaky(self: Caseload, nid: str, text: str) -> None:
        if failures["left"]:
            failures["left"] -= 1
            raise OSError("disk full")
        original(self, nid, text)

    monkeypatch.setattr(Caseload, "save_counseling_note", flaky)
    seen: list[str] = []
    view.status_changed.connect(seen.append)
    qtbot.keyClicks(view.editor, "Trust building")
    qtbot.waitUntil(lambda: "Saved" in seen, timeout=5000)
    assert "Not saved — will retry" in seen
    assert view.editor.toPlainText() == "Trust building"
    assert [n.text for n in workspace.caseload.counseling_notes(ids["dana"])] == ["Trust building"]
    assert view.current_note_id == note_id


def test_flush_saves_and_switching_notes_keeps_both(qtbot, workspace, ids, make_view) -> None:
    older = workspace.caseload.add_counseling_note(CounselingNote(ids["dana"], "Earlier thoughts"))
    view = make_view(autosave_ms=60_000)
    view.show_client(ids["dana"])
    assert view.current_note_id == older.id
    assert view.editor.toPlainText() == "Earlier thoughts"
    newer = new_note(qtbot, view)
    qtbot.keyClicks(view.editor, "Newer thoughts")
    assert view.has_unsaved_changes
    assert view.flush()
    assert view.status_text() == "Saved"
    qtbot.keyClicks(view.editor, ", more")
    # Picking the older note saves the newer one first.
    listing = view.findChild(QListWidget, "counselingList")
    listing.setCurrentRow(1)
    assert view.current_note_id == older.id
    texts = {n.id: n.text for n in workspace.caseload.counseling_notes(ids["dana"])}
    assert texts == {older.id: "Earlier thoughts", newer: "Newer thoughts, more"}


def test_state_round_trips(qtbot, workspace, ids, make_view) -> None:
    note = workspace.caseload.add_counseling_note(CounselingNote(ids["dana"], "Long text here"))
    first = make_view()
    first.show_client(ids["dana"])
    cursor = first.editor.textCursor()
    cursor.setPosition(4)
    first.editor.setTextCursor(cursor)
    state = first.state()
    assert state == {"client_id": ids["dana"], "note_id": note.id, "cursor": 4}
    second = make_view()
    second.restore_state(state)
    assert second.state() == state


def test_another_client_shows_only_their_notes(qtbot, workspace, ids, make_view) -> None:
    workspace.caseload.add_counseling_note(CounselingNote(ids["dana"], "About Dana"))
    view = make_view()
    view.show_client(ids["dana"])
    view.show_client(ids["marcus"])
    assert view.findChild(QListWidget, "counselingList").count() == 0
    assert view.current_note_id is None
    assert not view.editor.isEnabled()
    assert view.editor.toPlainText() == ""
