"""The note editor: autosave that says "Saved" only after the commit, never loses text,
signs what it shows, and takes addenda on signed notes."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
)

from counselor_desk.domain.notes import Note, NoteFormat
from counselor_desk.domain.records import Session, SessionKind
from counselor_desk.domain.supervision import CosignState, cosign_note
from counselor_desk.services.caseload import Caseload
from counselor_desk.services.supervision import Supervision
from counselor_desk.ui.ask import Ask
from counselor_desk.ui.note_editor import AddendumDialog, NoteEditor, SignDialog, local_time_text
from counselor_desk.ui.workspace import Workspace
from counselor_desk.vault import supervision as supervision_repo
from counselor_desk.vault.sessions import add_note

SIGNER = "A. Rivera, LCADC"


# The offscreen platform cannot pass size hints on; harmless, and not a bug of ours.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def make_editor(qtbot, workspace: Workspace) -> Callable[..., NoteEditor]:  # type: ignore[no-untyped-def]
    def make(autosave_ms: int = 50) -> NoteEditor:
        editor = NoteEditor(workspace, autosave_ms=autosave_ms)
        qtbot.addWidget(editor)
        editor.resize(760, 900)
        editor.show()
        qtbot.waitExposed(editor)
        return editor

    return make


def type_at_end(qtbot, field: QPlainTextEdit, text: str) -> None:  # type: ignore[no-untyped-def]
    field.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(field, text)


def field(editor: NoteEditor, key: str) -> QPlainTextEdit:
    found = editor.field(key)
    assert found is not None, key
    return found


def stored(workspace: Workspace, note_id: str) -> dict[str, str]:
    """What the UI thread's connection sees: committed text only."""
    return workspace.caseload.note(note_id).sections


def test_saved_appears_only_after_the_commit(qtbot, workspace, ids, make_editor) -> None:
    editor = make_editor(autosave_ms=50)
    assert editor.open_note(ids["note"])
    seen: list[tuple[str, str]] = []
    editor.status_changed.connect(
        lambda text: seen.append((text, stored(workspace, ids["note"]).get("plan", "")))
    )
    type_at_end(qtbot, field(editor, "plan"), "; call Friday")
    qtbot.waitUntil(lambda: editor.status_text() == "Saved", timeout=5000)

    texts = [text for text, _committed in seen]
    first_saved = texts.index("Saved")
    assert "Saving…" in texts[:first_saved]
    # While it said "Saving…" the vault still held the old text ...
    assert seen[texts.index("Saving…")][1] == "Weekly"
    # ... and the first "Saved" came when the commit already held every typed word.
    assert seen[first_saved][1] == "Weekly; call Friday"
    assert not editor.has_unsaved_changes


def test_keystrokes_within_the_pause_make_one_save(
    qtbot, workspace, ids, make_editor, monkeypatch
) -> None:
    writes: list[object] = []
    original = workspace.write

    def counting(job: Any, **kwargs: Any) -> None:
        writes.append(job)
        original(job, **kwargs)

    monkeypatch.setattr(workspace, "write", counting)
    editor = make_editor(autosave_ms=400)
    editor.open_note(ids["note"])
    saved: list[str] = []
    editor.saved.connect(saved.append)
    data = field(editor, "data")
    for word in (" and", " at", " home"):  # each pause is shorter than the delay
        type_at_end(qtbot, data, word)
        qtbot.wait(120)
    qtbot.waitUntil(lambda: editor.status_text() == "Saved", timeout=5000)
    assert len(writes) == 1
    assert saved == [ids["note"]]
    assert stored(workspace, ids["note"])["data"] == "Talked about cravings after work and at home"


def test_a_failed_save_keeps_the_text_and_retries(
    qtbot, workspace, ids, make_editor, monkeypatch
) -> None:
    original = Caseload.save_draft
    failures = {"left": 1}

    def flaky(self: Caseload, note: Any) -> Any:
        if failures["left"]:
            failures["left"] -= 1
            raise OSError("disk full")
        return original(self, note)

    monkeypatch.setattr(Caseload, "save_draft", flaky)
    sentences: list[str] = []
    workspace.failed.connect(sentences.append)
    editor = make_editor(autosave_ms=50)
    editor.open_note(ids["note"])
    seen: list[str] = []
    editor.status_changed.connect(seen.append)
    plan = field(editor, "plan")
    type_at_end(qtbot, plan, " until June")

    qtbot.waitUntil(lambda: "Saved" in seen, timeout=5000)
    assert "Not saved — will retry" in seen[: seen.index("Saved")]
    assert failures["left"] == 0
    assert sentences and sentences[0].endswith("(OSError).")
    assert plan.toPlainText() == "Weekly until June"
    assert stored(workspace, ids["note"])["plan"] == "Weekly until June"


def test_the_failure_is_shown_while_it_lasts(
    qtbot, workspace, ids, make_editor, monkeypatch
) -> None:
    def broken(self: Caseload, note: Any) -> Any:
        raise OSError("disk full")

    monkeypatch.setattr(Caseload, "save_draft", broken)
    editor = make_editor(autosave_ms=50)
    editor.open_note(ids["note"])
    plan = field(editor, "plan")
    type_at_end(qtbot, plan, " until June")
    qtbot.waitUntil(lambda: editor.status_text() == "Not saved — will retry", timeout=5000)
    assert plan.toPlainText() == "Weekly until June"
    assert editor.has_unsaved_changes
    assert not editor.flush(timeout=2)
    assert plan.toPlainText() == "Weekly until June"  # never discarded


def test_flush_saves_text_typed_a_moment_ago(qtbot, workspace, ids, make_editor) -> None:
    editor = make_editor(autosave_ms=60_000)  # the timer never fires in this test
    editor.open_note(ids["note"])
    type_at_end(qtbot, field(editor, "assessment"), ", motivated")
    qtbot.wait(10)
    assert editor.has_unsaved_changes
    assert stored(workspace, ids["note"])["assessment"] == "Stable"
    assert editor.flush()
    assert stored(workspace, ids["note"])["assessment"] == "Stable, motivated"
    assert editor.status_text() == "Saved"
    assert not editor.has_unsaved_changes


def test_flush_while_a_save_is_in_flight_saves_the_newest_text(
    qtbot, workspace, ids, make_editor, monkeypatch
) -> None:
    original = Caseload.save_draft

    def slow(self: Caseload, note: Any) -> Any:
        time.sleep(0.2)
        return original(self, note)

    monkeypatch.setattr(Caseload, "save_draft", slow)
    editor = make_editor(autosave_ms=10)
    editor.open_note(ids["note"])
    plan = field(editor, "plan")
    type_at_end(qtbot, plan, " first")
    qtbot.waitUntil(lambda: editor.autosaver.saving, timeout=5000)
    type_at_end(qtbot, plan, " second")
    assert editor.flush()
    assert stored(workspace, ids["note"])["plan"] == "Weekly first second"
    # The older save's late callback must not bring back "Saving…".
    qtbot.wait(300)
    assert editor.status_text() == "Saved"


def test_undo_and_redo_act_on_the_focused_field(qtbot, ids, make_editor) -> None:
    editor = make_editor(autosave_ms=60_000)
    editor.open_note(ids["note"])
    plan = field(editor, "plan")
    plan.setFocus()
    qtbot.waitUntil(plan.hasFocus)
    type_at_end(qtbot, plan, " no more")
    assert plan.toPlainText() == "Weekly no more"
    editor.undo()
    assert plan.toPlainText() == "Weekly"
    editor.redo()
    assert plan.toPlainText() == "Weekly no more"
    qtbot.keyClick(plan, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert plan.toPlainText() == "Weekly"


def sign_with(monkeypatch, answer: bool) -> list[str]:  # type: ignore[no-untyped-def]
    shown: list[str] = []

    def ask(parent: object, summary: str) -> bool:
        shown.append(summary)
        return answer

    monkeypatch.setattr(SignDialog, "ask", ask)
    return shown


def test_signing_locks_the_note_and_shows_the_signer(
    qtbot, workspace, ids, make_editor, monkeypatch
) -> None:
    shown = sign_with(monkeypatch, True)
    editor = make_editor(autosave_ms=60_000)
    editor.open_note(ids["note"])
    type_at_end(qtbot, field(editor, "plan"), " on Tuesdays")
    signed: list[str] = []
    editor.signed.connect(signed.append)
    qtbot.mouseClick(editor.findChild(QPushButton, "signButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: signed == [ids["note"]], timeout=5000)

    summary = shown[0]
    assert "Weekly on Tuesdays" in summary  # flushed text is what is signed
    assert SIGNER in summary
    assert "cannot be changed" in summary
    assert "late entry" in summary  # the fixture session was two days ago
    note = workspace.caseload.note(ids["note"])
    assert note.is_signed and note.signed_by == SIGNER
    assert note.sections["plan"] == "Weekly on Tuesdays"
    assert all(field(editor, k).isReadOnly() for k in ("data", "plan", "risk_overdose"))
    assert editor.status_text().startswith(f"Signed by {SIGNER} on ")
    assert editor.findChild(QLabel, "lateEntryBadge").isVisible()
    assert not editor.findChild(QComboBox, "formatBox").isEnabled()
    assert not editor.findChild(QPushButton, "signButton").isVisible()
    assert editor.findChild(QPushButton, "addendumButton").isVisible()
    type_at_end(qtbot, field(editor, "plan"), "x")
    assert field(editor, "plan").toPlainText() == "Weekly on Tuesdays"


def test_cancelled_signing_leaves_a_draft(qtbot, workspace, ids, make_editor, monkeypatch) -> None:
    shown = sign_with(monkeypatch, False)
    editor = make_editor()
    editor.open_note(ids["note"])
    qtbot.mouseClick(editor.findChild(QPushButton, "signButton"), Qt.MouseButton.LeftButton)
    assert shown
    qtbot.wait(100)
    assert not workspace.caseload.note(ids["note"]).is_signed
    assert not field(editor, "plan").isReadOnly()
    assert editor.findChild(QPushButton, "signButton").isVisible()
    assert not editor.findChild(QPushButton, "addendumButton").isVisible()


def test_an_empty_note_is_not_signed_and_says_why(
    qtbot, workspace, ids, make_editor, monkeypatch
) -> None:
    sign_with(monkeypatch, True)
    note = workspace.caseload.start_note(
        workspace.caseload.add_session(
            Session(ids["marcus"], datetime.now(UTC), 30, SessionKind.PHONE)
        ).id,
        NoteFormat.SOAP,
    )
    editor = make_editor()
    editor.open_note(note.id)
    editor.request_sign()
    qtbot.waitUntil(
        lambda: any(
            "empty note cannot be signed" in lbl.text() for lbl in editor.findChildren(QLabel)
        ),
        timeout=5000,
    )
    assert not workspace.caseload.note(note.id).is_signed
    assert not field(editor, "subjective").isReadOnly()


def test_a_recent_session_is_not_a_late_entry(
    qtbot, workspace, ids, make_editor, monkeypatch
) -> None:
    shown = sign_with(monkeypatch, True)
    session = workspace.caseload.add_session(
        Session(ids["marcus"], datetime.now(UTC), 30, SessionKind.PHONE)
    )
    note = workspace.caseload.start_note(session.id, NoteFormat.FREE)
    editor = make_editor()
    editor.open_note(note.id)
    qtbot.keyClicks(field(editor, "text"), "Checked in by phone.")
    editor.request_sign()
    qtbot.waitUntil(lambda: workspace.caseload.note(note.id).is_signed, timeout=5000)
    qtbot.waitUntil(lambda: editor.status_text().startswith("Signed by"), timeout=5000)
    assert "late entry" not in shown[0]
    assert not editor.findChild(QLabel, "lateEntryBadge").isVisible()


def test_an_addendum_is_stored_and_listed(qtbot, workspace, ids, make_editor, monkeypatch) -> None:
    workspace.caseload.sign_note(ids["note"], SIGNER)
    text = "Client called back; plan unchanged."
    monkeypatch.setattr(AddendumDialog, "ask", lambda parent, *args, **kwargs: text)
    editor = make_editor()
    editor.open_note(ids["note"])
    qtbot.mouseClick(editor.findChild(QPushButton, "addendumButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(workspace.caseload.addenda(ids["note"])), timeout=5000)
    addendum = workspace.caseload.addenda(ids["note"])[0]
    assert (addendum.text, addendum.signed_by) == (text, SIGNER)
    qtbot.waitUntil(
        lambda: any(
            text in lbl.text() and SIGNER in lbl.text() for lbl in editor.findChildren(QLabel)
        ),
        timeout=5000,
    )


def test_a_cancelled_addendum_keeps_its_text_for_next_time(
    qtbot, workspace, ids, make_editor, monkeypatch
) -> None:
    workspace.caseload.sign_note(ids["note"], SIGNER)
    offered: list[str] = []

    def cancel(parent: object, text: str = "", on_cancel: Any = None) -> None:
        offered.append(text)
        on_cancel("half a thought")
        return None

    monkeypatch.setattr(AddendumDialog, "ask", cancel)
    editor = make_editor()
    editor.open_note(ids["note"])
    editor.request_addendum()
    editor.request_addendum()
    assert offered == ["", "half a thought"]
    assert workspace.caseload.addenda(ids["note"]) == []


def test_switching_format_keeps_shared_sections(
    qtbot, workspace, ids, make_editor, monkeypatch
) -> None:
    asked: list[str] = []

    def confirm(parent: object, title: str, text: str, detail: str = "") -> bool:
        asked.append(detail)
        return True

    monkeypatch.setattr(Ask, "confirm", confirm)
    editor = make_editor(autosave_ms=50)
    editor.open_note(ids["note"])
    type_at_end(qtbot, field(editor, "risk_overdose"), "Has naloxone kit")
    combo = editor.findChild(QComboBox, "formatBox")
    qtbot.keyClick(combo, Qt.Key.Key_Up)  # DAP -> SOAP
    assert combo.currentData() == "SOAP"
    assert asked and "Data" in asked[0]
    assert editor.field("data") is None
    assert field(editor, "assessment").toPlainText() == "Stable"
    assert field(editor, "plan").toPlainText() == "Weekly"
    qtbot.waitUntil(lambda: editor.status_text() == "Saved", timeout=5000)
    note = workspace.caseload.note(ids["note"])
    assert note.format is NoteFormat.SOAP
    assert note.sections == {
        "assessment": "Stable",
        "plan": "Weekly",
        "risk_overdose": "Has naloxone kit",
    }


def test_declining_the_format_switch_changes_nothing(
    qtbot, workspace, ids, make_editor, monkeypatch
) -> None:
    monkeypatch.setattr(Ask, "confirm", lambda *args, **kwargs: False)
    editor = make_editor()
    editor.open_note(ids["note"])
    combo = editor.findChild(QComboBox, "formatBox")
    qtbot.keyClick(combo, Qt.Key.Key_Up)
    assert combo.currentData() == "DAP"
    assert field(editor, "data").toPlainText() == "Talked about cravings after work"
    assert not editor.has_unsaved_changes


def test_state_round_trips_to_a_new_editor(qtbot, ids, make_editor) -> None:
    first = make_editor()
    first.open_note(ids["note"])
    plan = field(first, "plan")
    plan.setFocus()
    qtbot.waitUntil(plan.hasFocus)
    cursor = plan.textCursor()
    cursor.setPosition(3)
    plan.setTextCursor(cursor)
    state = first.state()
    assert state == {"note_id": ids["note"], "section": "plan", "cursor": 3}
    first.close()

    second = make_editor()
    second.restore_state(state)
    assert second.current_note_id == ids["note"]
    assert field(second, "plan").textCursor().position() == 3
    assert second.state() == state


def test_opening_another_note_saves_the_first(qtbot, workspace, ids, make_editor) -> None:
    session = workspace.caseload.add_session(
        Session(ids["marcus"], datetime.now(UTC), 30, SessionKind.GROUP)
    )
    other = workspace.caseload.start_note(session.id, NoteFormat.BIRP)
    editor = make_editor(autosave_ms=60_000)
    editor.open_note(ids["note"])
    type_at_end(qtbot, field(editor, "plan"), " plus group")
    assert editor.open_note(other.id)
    assert stored(workspace, ids["note"])["plan"] == "Weekly plus group"
    assert editor.current_note_id == other.id
    assert field(editor, "behavior").toPlainText() == ""
    assert not editor.has_unsaved_changes


def test_no_client_name_in_the_window_title(ids, make_editor) -> None:
    editor = make_editor()
    editor.open_note(ids["note"])
    assert "Dana" not in editor.windowTitle()
    assert "Dana R." in editor.findChildren(QLabel)[0].text()  # the header, inside the body


def test_tab_follows_the_form(qtbot, ids, make_editor) -> None:
    editor = make_editor()
    editor.open_note(ids["note"])
    combo = editor.findChild(QComboBox, "formatBox")
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    expected = ["data", "assessment", "plan", "risk_self_harm", "risk_overdose"]
    expected += ["risk_safety", "next_appointment"]
    for key in expected:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is editor.field(key), key
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is editor.findChild(QPushButton, "objectivesButton")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is editor.findChild(QCheckBox, "cosignBox")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is editor.findChild(QPushButton, "signButton")


def test_the_sign_shortcut_opens_the_confirmation(
    qtbot, workspace, ids, make_editor, monkeypatch
) -> None:
    shown = sign_with(monkeypatch, False)
    editor = make_editor()
    editor.open_note(ids["note"])
    plan = field(editor, "plan")
    plan.setFocus()
    qtbot.waitUntil(plan.hasFocus)
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(plan, Qt.Key.Key_Return, modifiers)
    assert len(shown) == 1
    assert plan.toPlainText() == "Weekly"  # the keys did not type a line break


# -- supervisor co-signature and group copies --------------------------------------------------


def cosign_box(editor: NoteEditor) -> QCheckBox:
    return editor.findChild(QCheckBox, "cosignBox")


def cosign_text(editor: NoteEditor) -> str:
    label = editor.findChild(QLabel, "cosignStatus")
    return label.text() if label.isVisible() else ""


def test_the_cosign_box_stores_and_withdraws_a_request(
    qtbot, workspace, ids, make_editor, monkeypatch
) -> None:
    shown = sign_with(monkeypatch, True)
    supervision = Supervision(workspace.vault)
    editor = make_editor()
    editor.open_note(ids["note"])
    box = cosign_box(editor)
    assert box.isVisible() and not box.isChecked()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.cosign_status().state is CosignState.REQUESTED, timeout=5000)
    assert supervision.status(ids["note"]).request is not None
    assert supervision.status(ids["note"]).request.requested_by == SIGNER
    Path("/tmp/shots").mkdir(parents=True, exist_ok=True)
    assert editor.grab().save("/tmp/shots/note_needs_cosign.png")
    box.click()  # unchecked: withdrawn
    qtbot.waitUntil(lambda: editor.cosign_status().state is CosignState.NONE, timeout=5000)
    assert supervision.status(ids["note"]).state is CosignState.NONE
    box.click()
    qtbot.waitUntil(lambda: editor.cosign_status().state is CosignState.REQUESTED, timeout=5000)

    signed: list[str] = []
    editor.signed.connect(signed.append)
    editor.request_sign()
    qtbot.waitUntil(lambda: signed == [ids["note"]], timeout=5000)
    assert "waits for a supervisor's co-signature" in shown[0]
    assert cosign_text(editor) == "Waiting for co-signature"
    assert [w.note_id for w in supervision.waiting()] == [ids["note"]]

    # The supervisor co-signs elsewhere (here: stored directly, as an import would).
    note = workspace.caseload.note(ids["note"])
    at = datetime(2026, 3, 4, 17, 30, tzinfo=UTC)
    with workspace.vault.transaction() as conn:
        supervision_repo.add_cosignature(
            conn, cosign_note(note, cosigner="J. Park, LCSW", at=at), at
        )
    workspace.changed.emit("note", ids["note"])
    assert cosign_text(editor).startswith("Co-signed by J. Park, LCSW on ")
    assert local_time_text(at) in cosign_text(editor)
    assert not box.isVisible()  # nothing left to ask for or withdraw


def test_a_new_note_starts_checked_when_the_vault_says_so(
    qtbot, workspace, ids, make_editor
) -> None:
    supervision = Supervision(workspace.vault)
    supervision.set_default_request(True)
    session = workspace.caseload.add_session(
        Session(ids["dana"], datetime.now(UTC).replace(microsecond=0), 50, SessionKind.INDIVIDUAL)
    )
    new = workspace.caseload.start_note(session.id, NoteFormat.DAP)
    editor = make_editor()
    editor.open_note(new.id)
    assert cosign_box(editor).isChecked()
    qtbot.waitUntil(lambda: supervision.status(new.id).state is CosignState.REQUESTED, timeout=5000)
    # A note already written is left as it is (the default is for new notes).
    editor.open_note(ids["note"])
    assert not cosign_box(editor).isChecked()
    assert supervision.status(ids["note"]).state is CosignState.NONE
    # Unchecked by the counselor: reopening the still-empty note does not check it again.
    editor.open_note(new.id)
    cosign_box(editor).click()
    qtbot.waitUntil(lambda: supervision.status(new.id).state is CosignState.NONE, timeout=5000)
    editor.open_note(ids["note"])
    editor.open_note(new.id)
    assert not cosign_box(editor).isChecked()


def test_a_refused_request_says_why_and_unchecks_the_box(
    qtbot, workspace, ids, make_editor
) -> None:
    workspace.signer = ""  # no signer set yet: a request needs the counselor's name
    editor = make_editor()
    editor.open_note(ids["note"])
    cosign_box(editor).click()
    assert cosign_box(editor).isChecked()  # the wish shows while it is being stored
    qtbot.waitUntil(lambda: not cosign_box(editor).isChecked(), timeout=5000)
    assert Supervision(workspace.vault).status(ids["note"]).state is CosignState.NONE
    notices = [w.text() for w in editor.findChildren(QLabel) if w.isVisible()]
    assert any("set the signer in Settings" in text for text in notices), notices


def test_group_is_not_a_format_an_ordinary_note_switches_to(ids, make_editor) -> None:
    editor = make_editor()
    editor.open_note(ids["note"])
    combo = editor.findChild(QComboBox, "formatBox")
    offered = [combo.itemData(i) for i in range(combo.count())]
    assert offered == ["SOAP", "DAP", "BIRP", "GIRP", "free"]


def test_a_group_note_copy_opens_read_only_with_its_sections(
    qtbot, workspace, open_vault, ids, make_editor
) -> None:
    start = datetime.now(UTC).replace(microsecond=0)
    group_session = workspace.caseload.add_session(
        Session(ids["dana"], start, 90, SessionKind.GROUP)
    )
    copy = Note(
        ids["dana"],
        group_session.id,
        NoteFormat.GROUP,
        {
            "topic": "Coping with cravings at work",
            "interventions": "Urge surfing practice; role play",
            "individual": "Dana shared a plan for breaks.",
        },
    ).signed(signer=SIGNER, at=start, session_start=start)
    with open_vault.transaction() as conn:
        add_note(conn, copy, start)
    editor = make_editor()
    editor.open_note(ids["note"])
    editor.open_note(copy.id)
    for key, label in (
        ("topic", "Group topic"),
        ("interventions", "Group interventions"),
        ("individual", "Individual section"),
    ):
        assert field(editor, key).isReadOnly()
        assert field(editor, key).accessibleName() == label
    assert field(editor, "individual").toPlainText() == "Dana shared a plan for breaks."
    combo = editor.findChild(QComboBox, "formatBox")
    assert combo.currentData() == "group" and not combo.isEnabled()
    assert editor.status_text().startswith(f"Signed by {SIGNER} on ")
    editor.open_note(ids["note"])  # back to an ordinary draft: Group is not offered again
    assert combo.findData("group") == -1 and combo.isEnabled()
