"""The "Group notes" window: a group note written by keyboard, filed into three charts in
one step, and then each chart checked from the client's side: its note, its search
results (for words of the group part and of every attendee's own section) and its
attendance show that client only, never another attendee's name or section. A section
naming another attendee is refused before anything is asked or filed. Drafts autosave,
a failed signing keeps every word, and a signed group is read-only. Fictional data."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QPushButton
from test_accessibility import unnamed  # the window's own test of "every control is named"

from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.group_notes import AttendeeStatus, GroupStatus
from counselor_desk.domain.notes import NoteFormat, NoteStatus
from counselor_desk.domain.records import Client, SessionKind
from counselor_desk.domain.screens import AttendanceStatus
from counselor_desk.services.caseload import Caseload
from counselor_desk.services.groups import Groups
from counselor_desk.services.screening import Screening
from counselor_desk.services.search import SearchService
from counselor_desk.ui.ask import Ask
from counselor_desk.ui.group_notes import AttendeePicker, GroupNotesWindow
from counselor_desk.ui.workspace import Workspace
from counselor_desk.vault.store import Vault

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

WAIT = 5000
SHOTS = Path("/tmp/shots")
TOPIC = "Coping with cravings at work"
INTERVENTIONS = "Urge surfing practice; role play of refusal skills"


@dataclass(frozen=True)
class Member:
    key: str
    client: Client
    section: str  # words found in no other section, nor in the group part
    names: tuple[str, ...]  # everything that would name this client


@pytest.fixture
def members(open_vault: Vault) -> dict[str, Member]:
    caseload = Caseload(open_vault)
    made = [
        ("dana", Client("Dana R.", legal_name="Dana Ruiz"), "Shared a plan for the drive home"),
        (
            "marcus",
            Client("Marcus T.", legal_name="Marcus Thompson"),
            "Practised breathing before the role play",
        ),
        ("lee", Client("Lee P.", legal_name="Leland Park"), "Named evenings as riskiest time"),
        ("rosa", Client("Rosa M.", legal_name="Rosa Méndez"), "Phoned about childcare"),
    ]
    found: dict[str, Member] = {}
    for key, client, section in made:
        saved = caseload.add_client(client)
        names = (saved.display_name, saved.legal_name or "", saved.legal_name.split()[0])  # type: ignore[union-attr]
        found[key] = Member(key, saved, section, names)
    caseload.add_client(Client("Old C.", archived=True))  # discharged: not offered
    return found


@pytest.fixture
def make_window(qtbot, workspace: Workspace) -> Iterator[Callable[..., GroupNotesWindow]]:  # type: ignore[no-untyped-def]
    made: list[GroupNotesWindow] = []

    def make() -> GroupNotesWindow:
        window = GroupNotesWindow(workspace, autosave_ms=50)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        made.append(window)
        return window

    yield make
    for window in made:
        window.flush()


def button(window: GroupNotesWindow, name: str) -> QPushButton:
    found = window.findChild(QPushButton, name)
    assert found is not None, name
    return found


def confirm_with(monkeypatch, answer: bool) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    asked: list[tuple[str, str, str]] = []

    def confirm(cls, parent, title, text, detail=""):  # type: ignore[no-untyped-def]
        asked.append((title, text, detail))
        return answer

    monkeypatch.setattr(Ask, "confirm", classmethod(confirm))
    return asked


def pick(monkeypatch, ids: list[str]) -> list[tuple[list[str], set[str]]]:  # type: ignore[no-untyped-def]
    offered: list[tuple[list[str], set[str]]] = []

    def ask(cls, parent, clients, exclude):  # type: ignore[no-untyped-def]
        offered.append(([c.display_name for c in clients], set(exclude)))
        return list(ids)

    monkeypatch.setattr(AttendeePicker, "ask", classmethod(ask))
    return offered


def new_group(qtbot, window: GroupNotesWindow) -> str:  # type: ignore[no-untyped-def]
    before = window.current_group_id
    known = {window.list_model.group_at(row).id for row in range(window.list_model.rowCount())}  # type: ignore[union-attr]
    seen: list[str | None] = []  # each group the list moved to on the way

    def moved(current: QModelIndex, _previous: QModelIndex) -> None:
        group = window.list_model.group_at(current.row())
        seen.append(group.id if group else None)

    selection = window.group_table.selectionModel()
    selection.currentRowChanged.connect(moved)
    try:
        qtbot.mouseClick(button(window, "newGroup"), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.current_group_id not in (known | {None}), timeout=WAIT)
    finally:
        selection.currentRowChanged.disconnect(moved)
    group_id = window.current_group_id
    assert group_id is not None
    # Nothing else opened on the way (the focus leaving a disabled button once landed on
    # the list, which opened its first group while the draft was being made).
    assert set(seen) <= {before, group_id, None}, seen
    return group_id


def type_into(qtbot, widget: Any, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClicks(widget, text)


def write_group(qtbot, monkeypatch, window: GroupNotesWindow, members: dict[str, Member]) -> str:  # type: ignore[no-untyped-def]
    group_id = new_group(qtbot, window)
    # Ready to type: the new draft puts the cursor in Topic once the worker has made it.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.topic, timeout=5000)
    qtbot.keyClicks(window.topic, TOPIC)
    qtbot.keyClick(window.topic, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.interventions
    qtbot.keyClicks(window.interventions, INTERVENTIONS)
    order = ["dana", "marcus", "lee", "rosa"]
    offered = pick(monkeypatch, [members[k].client.id for k in order])
    qtbot.mouseClick(button(window, "addAttendees"), Qt.MouseButton.LeftButton)
    names, excluded = offered[0]
    assert "Old C." not in names and {"Dana R.", "Rosa M."} <= set(names)
    assert excluded == set()
    assert window.attendee_model.rowCount() == 4
    for key in order:
        assert window.select_attendee(members[key].client.id)
        type_into(qtbot, window.section, members[key].section)
    window.select_attendee(members["rosa"].client.id)
    window.status_box.setFocus()
    window.status_box.setCurrentIndex(window.status_box.findData(AttendeeStatus.NO_SHOW.value))
    return group_id


def test_a_group_note_is_filed_into_three_charts_and_each_shows_only_its_client(
    qtbot, monkeypatch, workspace, open_vault, members, make_window, qtmodeltester
) -> None:
    window = make_window()
    group_id = write_group(qtbot, monkeypatch, window, members)
    dana, marcus, lee, rosa = (members[k] for k in ("dana", "marcus", "lee", "rosa"))
    qtmodeltester.check(window.list_model)
    qtmodeltester.check(window.attendee_model)

    # A section naming another attendee is refused first: said, with the cursor put on
    # it, and nothing asked or filed.
    window.select_attendee(marcus.client.id)
    type_into(qtbot, window.section, "Helped dana with the role play")
    asked = confirm_with(monkeypatch, True)
    qtbot.keyClick(
        window.section,
        Qt.Key.Key_Return,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert asked == []
    notice = window.notice_text()
    assert "The section for Marcus T. names another group member, Dana R." in notice
    assert "take the name out" in notice
    assert window.attendee_model.attendee_at(1).client_id == marcus.client.id  # type: ignore[union-attr]
    assert window.section.hasFocus() and window.section.textCursor().selectedText() == "dana"
    for member in members.values():
        assert Caseload(open_vault).notes(member.client.id) == []
    assert Groups(open_vault).group(group_id).status is GroupStatus.DRAFT

    # The group part names nobody either.
    type_into(qtbot, window.section, marcus.section)
    assert window.notice_text() == ""  # fixed: the warning has done its work
    type_into(qtbot, window.topic, "Lee chose: " + TOPIC)
    window.request_sign()
    assert asked == []
    assert "The group's topic names a group member, Lee P." in window.notice_text()
    type_into(qtbot, window.topic, TOPIC)

    SHOTS.mkdir(exist_ok=True)
    window.select_attendee(dana.client.id)
    window.grab().save(str(SHOTS / "group_notes_window.png"))

    qtbot.keyClick(
        window.section,
        Qt.Key.Key_Return,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: window.status_text() == "Signed and filed", timeout=WAIT)
    ((title, question, detail),) = asked
    assert title == "Sign and file"
    assert question == "Sign this group note and file it into 3 charts?"
    assert "1 client who did not attend" in detail
    assert window.notice_text() == ""
    window.grab().save(str(SHOTS / "group_notes_signed_window.png"))

    # -- each chart, from the client's side -------------------------------------------------
    caseload = Caseload(open_vault)
    search = SearchService(open_vault)
    attended = (dana, marcus, lee)
    for member in attended:
        others = [m for m in members.values() if m is not member]
        (note,) = caseload.notes(member.client.id)
        assert note == caseload.note(note.id)
        assert note.format is NoteFormat.GROUP and note.status is NoteStatus.SIGNED
        assert note.signed_by == workspace.signer and note.hash_matches()
        assert note.sections == {
            "topic": TOPIC,
            "interventions": INTERVENTIONS,
            "individual": member.section,
        }
        (session,) = caseload.sessions(member.client.id)
        assert session.kind is SessionKind.GROUP and session.participants == ()
        shown = json.dumps([note.sections, session.location, session.participants]).casefold()
        for other in others:
            for name in other.names:
                assert name.casefold() not in shown, (member.key, name)
            assert other.section.casefold() not in shown

    def hits_for(words: str) -> list[Any]:
        return [h for h in search.search(words) if h.kind == "note"]

    # Words of the group part: one hit per chart, each opening that client's own copy.
    for words in ("urge surfing", "cravings", "refusal skills"):
        hits = hits_for(words)
        assert sorted(h.client_id for h in hits) == sorted(m.client.id for m in attended)
        for hit in hits:
            member = next(m for m in attended if m.client.id == hit.client_id)
            assert hit.client_name == member.client.display_name
            opened = caseload.note(hit.ref_id)
            assert opened.client_id == hit.client_id
            assert opened.sections["individual"] == member.section
            for other in members.values():
                if other is not member:
                    assert other.section not in json.dumps(opened.sections)
                    assert all(n not in hit.snippet for n in other.names if n)
    # Words of one attendee's own section: that chart only.
    for member in attended:
        words = " ".join(member.section.split()[:2])
        (hit,) = hits_for(words)
        assert hit.client_id == member.client.id
        assert caseload.note(hit.ref_id).client_id == member.client.id
    assert hits_for("childcare") == []  # Rosa did not attend: no note, no search hit
    # No chart's note can be found by another attendee's name.
    for member in members.values():
        for name in member.names:
            assert hits_for(name) == [], name

    # Attendance for everyone, where CM and the Today view read it.
    screening = Screening(open_vault)
    for member in members.values():
        (entry,) = screening.attendance(member.client.id)
        expected = AttendanceStatus.NO_SHOW if member is rosa else AttendanceStatus.ATTENDED
        assert entry.status is expected, member.key
        assert entry.on == window.current_group.start.astimezone().date()  # type: ignore[union-attr]
    assert caseload.notes(rosa.client.id) == [] and caseload.sessions(rosa.client.id) == []

    # The window keeps the counselor's record: read-only, showing where each copy went.
    signed = Groups(open_vault).group(group_id)
    assert signed.status is GroupStatus.SIGNED
    assert window.topic.isReadOnly() and window.section.isReadOnly()
    assert not button(window, "signGroup").isVisible()
    assert not button(window, "addAttendees").isVisible()
    filed = [window.attendee_model.index(r, 2).data() for r in range(4)]
    assert filed == ["Group note and attendance"] * 3 + ["Attendance only (no-show)"]
    assert "Filed into 3 charts; attendance recorded for 4." in window.details.text()
    qtbot.keyClicks(window.topic, " more")
    assert window.topic.text() == TOPIC
    assert window.list_model.index(0, 3).data() == "Signed"
    qtmodeltester.check(window.attendee_model)
    assert unnamed(window) == []
    assert "Dana" not in window.windowTitle()


def test_a_draft_autosaves_and_is_never_searchable(
    qtbot, monkeypatch, open_vault, members, make_window
) -> None:
    window = make_window()
    group_id = write_group(qtbot, monkeypatch, window, members)
    qtbot.waitUntil(lambda: window.status_text() == "Saved", timeout=WAIT)
    stored = Groups(open_vault).group(group_id)
    assert stored.topic == TOPIC and stored.interventions == INTERVENTIONS
    assert [(a.client_id, a.status, a.section) for a in stored.attendees] == [
        (
            m.client.id,
            AttendeeStatus.NO_SHOW if m.key == "rosa" else AttendeeStatus.ATTENDED,
            m.section,
        )
        for m in members.values()
    ]
    assert window.list_model.index(0, 1).data() == TOPIC
    for words in ("urge surfing", "breathing", "drive home", "childcare"):
        assert SearchService(open_vault).search(words) == []
    # Typing then closing at once (a lock, a quit) loses nothing.
    qtbot.keyClicks(window.interventions, "; HALT handout")
    assert window.flush()
    assert Groups(open_vault).group(group_id).interventions == INTERVENTIONS + "; HALT handout"
    assert window.state() == {"group_id": group_id}
    # Escape closes the window, saving first.
    qtbot.keyClicks(window.topic, " (week 2)")
    qtbot.keyClick(window.topic, Qt.Key.Key_Escape)
    assert not window.isVisible()
    assert Groups(open_vault).group(group_id).topic == TOPIC + " (week 2)"


def test_the_whole_editor_is_reached_with_tab(qtbot, monkeypatch, members, make_window) -> None:
    window = make_window()
    write_group(qtbot, monkeypatch, window, members)
    window.group_table.setFocus()
    expected = [
        button(window, "newGroup"),
        button(window, "deleteGroupDraft"),
        window.day,
        window.start_time,
        window.minutes,
        window.location,
        window.topic,
        window.interventions,
        window.attendee_table,
        button(window, "addAttendees"),
        button(window, "removeAttendee"),
        button(window, "printSignIn"),
        window.status_box,
        window.section,
        button(window, "signGroup"),
    ]
    for widget in expected:
        before = QApplication.focusWidget()
        for _ in range(4):  # Tab first walks a date's or time's own parts (month, day…)
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            if QApplication.focusWidget() is not before:
                break
        focused = QApplication.focusWidget()
        assert focused is widget or widget.isAncestorOf(focused), widget.accessibleName()


def test_a_refused_signing_keeps_every_word_editable(
    qtbot, monkeypatch, open_vault, members, make_window
) -> None:
    window = make_window()
    group_id = write_group(qtbot, monkeypatch, window, members)
    confirm_with(monkeypatch, True)

    def refuse(self, group_id, signer, at=None):  # type: ignore[no-untyped-def]
        raise ValidationError("The vault refused this time.")

    monkeypatch.setattr(Groups, "sign_group", refuse)
    window.request_sign()
    assert window.signing and window.topic.isReadOnly()
    qtbot.waitUntil(lambda: not window.signing, timeout=WAIT)
    assert window.notice_text() == "The vault refused this time."
    assert not window.topic.isReadOnly()
    assert button(window, "signGroup").isEnabled()
    assert window.flush()
    # A lock right after asking: flush() waits for the answer and saves the text back.
    window.request_sign()
    assert window.flush() and not window.signing and not window.topic.isReadOnly()
    stored = Groups(open_vault).group(group_id)
    assert stored.status is GroupStatus.DRAFT and stored.topic == TOPIC
    assert {a.section for a in stored.attendees} == {m.section for m in members.values()}
    for member in members.values():
        assert Caseload(open_vault).notes(member.client.id) == []


def test_a_lock_while_signing_waits_for_the_filing(
    qtbot, monkeypatch, open_vault, members, make_window
) -> None:
    window = make_window()
    group_id = write_group(qtbot, monkeypatch, window, members)
    confirm_with(monkeypatch, True)
    window.request_sign()
    assert window.flush()
    assert Groups(open_vault).group(group_id).status is GroupStatus.SIGNED
    qtbot.waitUntil(lambda: window.status_text() == "Signed and filed", timeout=WAIT)


def test_cancelling_the_confirmation_files_nothing(
    qtbot, monkeypatch, open_vault, members, make_window
) -> None:
    window = make_window()
    group_id = write_group(qtbot, monkeypatch, window, members)
    asked = confirm_with(monkeypatch, False)
    window.request_sign()
    assert len(asked) == 1 and not window.signing
    assert window.flush()
    assert Groups(open_vault).group(group_id).status is GroupStatus.DRAFT
    assert Screening(open_vault).attendance(members["dana"].client.id) == []


def test_a_draft_is_deleted_after_asking_and_groups_reopen_by_id(
    qtbot, monkeypatch, open_vault, members, make_window
) -> None:
    window = make_window()
    first = new_group(qtbot, window)
    qtbot.keyClicks(window.topic, "Sleep and recovery")
    second = new_group(qtbot, window)  # the first is saved before the second opens
    assert Groups(open_vault).group(first).topic == "Sleep and recovery"
    assert window.list_model.rowCount() == 2
    assert window.open_group(first) and window.topic.text() == "Sleep and recovery"
    asked = confirm_with(monkeypatch, False)
    qtbot.mouseClick(button(window, "deleteGroupDraft"), Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and window.current_group_id == first
    confirm_with(monkeypatch, True)
    qtbot.mouseClick(button(window, "deleteGroupDraft"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.list_model.rowCount() == 1, timeout=WAIT)
    assert window.current_group_id is None
    assert [g.id for g in Groups(open_vault).groups()] == [second]
    window.restore_state({"group_id": second})
    assert window.current_group_id == second


def test_removing_an_attendee_with_a_section_asks_first(
    qtbot, monkeypatch, open_vault, members, make_window
) -> None:
    window = make_window()
    group_id = write_group(qtbot, monkeypatch, window, members)
    window.select_attendee(members["lee"].client.id)
    asked = confirm_with(monkeypatch, False)
    qtbot.mouseClick(button(window, "removeAttendee"), Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and window.attendee_model.rowCount() == 4
    confirm_with(monkeypatch, True)
    qtbot.mouseClick(button(window, "removeAttendee"), Qt.MouseButton.LeftButton)
    assert window.attendee_model.row_of(members["lee"].client.id) == -1
    assert window.flush()
    stored = Groups(open_vault).group(group_id)
    assert members["lee"].client.id not in {a.client_id for a in stored.attendees}


def test_the_picker_filters_as_the_counselor_types(qtbot, members) -> None:
    clients = [m.client for m in members.values()] + [Client("Old C.", archived=True)]
    picker = AttendeePicker(None, clients, {members["dana"].client.id})
    qtbot.addWidget(picker)
    picker.show()
    qtbot.waitExposed(picker)
    picker.activateWindow()
    qtbot.waitUntil(picker.isActiveWindow)
    shown = lambda: [  # noqa: E731
        picker.list.item(r).text()
        for r in range(picker.list.count())
        if not picker.list.item(r).isHidden()
    ]
    assert shown() == ["Lee P.", "Marcus T.", "Rosa M."]  # Dana listed already, Old C. archived
    qtbot.keyClicks(picker.filter, "MENDEZ")  # legal name, accents and case ignored
    assert shown() == ["Rosa M."]
    assert picker.chosen() == [members["rosa"].client.id]
    picker.filter.clear()
    qtbot.keyClicks(picker.filter, "zz")
    assert shown() == [] and picker.chosen() == []
    assert picker.empty.isVisibleTo(picker)
    picker.filter.clear()
    qtbot.keyClick(picker.filter, Qt.Key.Key_Down)
    assert picker.list.hasFocus()
    qtbot.keyClick(picker.list, Qt.Key.Key_Space)  # ticks Lee
    qtbot.keyClick(picker.list, Qt.Key.Key_Down)
    qtbot.keyClick(picker.list, Qt.Key.Key_Space)  # and Marcus
    assert picker.chosen() == [members["lee"].client.id, members["marcus"].client.id]
    assert unnamed(picker) == []


# -- the sign-in sheet ------------------------------------------------------------------------


def _pdf_text(pdf: bytes) -> str:
    from io import BytesIO

    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)


def test_the_sign_in_sheet_lists_that_groups_attendees_only(
    qtbot, monkeypatch, workspace, open_vault, members, make_window, ui_settings
) -> None:
    from datetime import UTC, datetime

    from counselor_desk.services.printing import Printed, Printing
    from counselor_desk.ui.print_preview import PrintPreviewDialog

    # Another group, with a client of its own: never on this group's sheet.
    caseload = Caseload(open_vault)
    priya = caseload.add_client(Client("Priya K.", legal_name="Priya Kapoor"))
    groups = Groups(open_vault)
    other = groups.start_group(datetime(2026, 3, 3, 17, 0, tzinfo=UTC), 60, "Room C")
    groups.add_attendee(other.id, priya.id)
    groups.add_attendee(other.id, members["lee"].client.id)

    calls: list[dict[str, Any]] = []

    def preview(cls, title, build, settings, parent=None, *, file_name=None, release=None):  # type: ignore[no-untyped-def]
        calls.append({"title": title, "build": build, "settings": settings, "release": release})

    monkeypatch.setattr(PrintPreviewDialog, "preview", classmethod(preview))
    window = GroupNotesWindow(workspace, autosave_ms=60000, settings=ui_settings)  # no autosave
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    group_id = write_group(qtbot, monkeypatch, window, members)
    assert window.has_unsaved_changes  # the attendees are on screen, not yet saved
    print_button = button(window, "printSignIn")
    assert print_button.isEnabled() and print_button.accessibleName()

    qtbot.keyClick(window.section, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    (call,) = calls
    assert call["title"] == "Group sign-in sheet" and call["settings"] is ui_settings
    assert not window.has_unsaved_changes  # saved first: the sheet lists what is on screen
    built = call["build"](lambda done, total: None, lambda: False)
    assert isinstance(built, Printed) and built.info.subject_id == group_id
    SHOTS.mkdir(exist_ok=True)
    (SHOTS / "group_signin.pdf").write_bytes(built.pdf)  # to look at (pdftoppm)
    text = _pdf_text(built.pdf)
    for key in ("dana", "marcus", "lee", "rosa"):  # every attendee, a no-show too
        assert members[key].client.display_name in text, key
    for absent in ("Priya", "Old C."):
        assert absent not in text
    for member in members.values():
        assert (member.client.legal_name or "-") not in text  # the name they go by only
        assert member.section not in text  # nothing of the note
    assert TOPIC in text and workspace.signer in text  # what the group is, who leads it

    # Printing it is audited (no disclosure: the sheet stays in the program).
    def actions() -> list[tuple[str, str | None]]:
        return [(e.action, e.subject) for e in open_vault.audit.entries(open_vault.conn)]

    heard: list[object] = []
    call["release"](built, None, heard.append, heard.append)
    qtbot.waitUntil(lambda: bool(heard), timeout=WAIT)
    assert heard == [None]
    assert ("print", group_id) in actions()
    assert Printing(open_vault).disclosures(members["dana"].client.id) == []

    # The other group's sheet: its own two attendees.
    window.open_group(other.id)
    qtbot.mouseClick(print_button, Qt.MouseButton.LeftButton)
    other_text = _pdf_text(calls[-1]["build"](lambda done, total: None, lambda: False).pdf)
    assert "Priya K." in other_text and "Lee P." in other_text
    assert all(members[k].client.display_name not in other_text for k in ("dana", "rosa"))

    # A signed group prints its sheet too (led by whoever signed it).
    window.open_group(group_id)
    confirm_with(monkeypatch, True)
    window.request_sign()
    qtbot.waitUntil(lambda: window.status_text() == "Signed and filed", timeout=WAIT)
    assert print_button.isVisible() and print_button.isEnabled()
    qtbot.mouseClick(print_button, Qt.MouseButton.LeftButton)
    signed_text = _pdf_text(calls[-1]["build"](lambda done, total: None, lambda: False).pdf)
    assert "Dana R." in signed_text and "Rosa M." in signed_text
    assert "Priya K." not in signed_text
