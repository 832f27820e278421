"""Co-signing a note as a supervisor: the counselor signs a note that needs co-signature,
the supervisor unlocks the same vault with their own passphrase, finds it in the queue,
reads it and co-signs it; the co-signature's hash covers the signed note. A counselor's
unlock is told why it cannot co-sign."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel
from test_accessibility import unnamed  # the window's own test of "every control is named"

from counselor_desk.domain.notes import NoteFormat
from counselor_desk.domain.records import Client, Session, SessionKind
from counselor_desk.domain.supervision import CosignState, NotSupervisor, SlotRole
from counselor_desk.services.caseload import Caseload
from counselor_desk.services.supervision import Supervision
from counselor_desk.ui.ask import Ask
from counselor_desk.ui.cosign_view import CosignQueueModel, CosignWindow
from counselor_desk.ui.models import SessionTableModel
from counselor_desk.ui.note_editor import NoteEditor, SignDialog
from counselor_desk.ui.workspace import Workspace
from counselor_desk.vault.keyslots import KdfParams
from counselor_desk.vault.store import create_vault, unlock_with_passphrase

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

CHEAP = KdfParams(time_cost=1, memory_kib=1024, parallelism=1)
COUNSELOR_PASSPHRASE = "maple orbit candle harbor"
SUPERVISOR_PASSPHRASE = "violet tundra pocket lantern"
COUNSELOR = "A. Rivera, CADC-I"
SUPERVISOR = "J. Park, LCSW"


@dataclass(frozen=True)
class Vaulted:
    folder: Path
    dana: str
    marcus: str
    note: str  # Dana's draft
    marcus_note: str  # Marcus's draft


@pytest.fixture
def vaulted(vaults_root: Path) -> Vaulted:
    """A vault with the counselor's slot and a supervisor's slot (cheap Argon2), two
    clients with a draft note each; locked."""
    folder = vaults_root / "rivera"
    vault = create_vault(
        folder, "A. Rivera", COUNSELOR_PASSPHRASE, kdf=CHEAP, check_strength=False
    ).vault
    try:
        vault.add_slot(SUPERVISOR, SUPERVISOR_PASSPHRASE, kdf=CHEAP, role=SlotRole.SUPERVISOR)
        caseload = Caseload(vault)
        start = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=3)
        notes = []
        for name, text in (
            ("Dana R.", "Talked about cravings after work; practiced urge surfing."),
            ("Marcus T.", "Reviewed the week; attended two NA meetings."),
        ):
            client = caseload.add_client(Client(name))
            session = caseload.add_session(Session(client.id, start, 50, SessionKind.INDIVIDUAL))
            note = caseload.start_note(session.id, NoteFormat.DAP)
            caseload.save_draft(
                note.with_sections(
                    {"data": text, "assessment": "Engaged, stable.", "plan": "Weekly sessions."}
                )
            )
            notes.append((client.id, note.id))
    finally:
        vault.lock()
    return Vaulted(folder, notes[0][0], notes[1][0], notes[0][1], notes[1][1])


@pytest.fixture
def unlock(qtbot) -> Iterator[Callable[[Path, str, str], Workspace]]:  # type: ignore[no-untyped-def]
    """unlock(folder, passphrase, signer) -> a Workspace; closed (locked) at teardown."""
    made: list[Workspace] = []

    def open_workspace(folder: Path, passphrase: str, signer: str) -> Workspace:
        workspace = Workspace(unlock_with_passphrase(folder, passphrase), signer=signer)
        made.append(workspace)
        return workspace

    yield open_workspace
    for workspace in made:
        if workspace.vault.is_open:
            workspace.close()


def counselor_signs_with_request(qtbot, workspace: Workspace, note_id: str, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Through the note editor: check "Needs supervisor co-signature", then sign."""
    monkeypatch.setattr(SignDialog, "ask", classmethod(lambda cls, parent, summary: True))
    editor = NoteEditor(workspace, autosave_ms=50)
    qtbot.addWidget(editor)
    editor.show()
    assert editor.open_note(note_id)
    qtbot.mouseClick(editor.findChild(QCheckBox, "cosignBox"), Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(editor.signed, timeout=5000):
        editor.request_sign()
    qtbot.waitUntil(
        lambda: editor.findChild(QLabel, "cosignStatus").text() == "Waiting for co-signature",
        timeout=5000,
    )
    editor.close()


def make_window(qtbot, workspace: Workspace) -> CosignWindow:  # type: ignore[no-untyped-def]
    window = CosignWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def press_enter_on_the_table(qtbot, window: CosignWindow) -> None:  # type: ignore[no-untyped-def]
    window.table.setFocus()
    qtbot.waitUntil(window.table.hasFocus)
    qtbot.keyClick(window.table, Qt.Key.Key_Return)


def test_a_supervisor_cosigns_a_note_through_the_window(
    qtbot, vaulted: Vaulted, unlock, monkeypatch
) -> None:
    counselor = unlock(vaulted.folder, COUNSELOR_PASSPHRASE, COUNSELOR)
    counselor_signs_with_request(qtbot, counselor, vaulted.note, monkeypatch)
    Caseload(counselor.vault).sign_note(vaulted.marcus_note, COUNSELOR)  # signed, never sent
    signed = counselor.caseload.note(vaulted.note)
    counselor.close()

    supervisor = unlock(vaulted.folder, SUPERVISOR_PASSPHRASE, "")
    window = make_window(qtbot, supervisor)
    assert window.stack.currentIndex() == 1  # the queue, not the explanation
    assert SUPERVISOR in window.intro.text()
    assert window.model.rowCount() == 1  # Marcus's note was never sent
    assert window.model.index(0, 0).data() == "Dana R."
    assert window.model.index(0, 2).data() == COUNSELOR
    assert "Dana" not in window.windowTitle()
    assert not window.cosign_button.isEnabled()  # nothing read yet

    confirmations: list[str] = []

    def confirm(cls, parent, title: str, text: str, detail: str = "") -> bool:  # type: ignore[no-untyped-def]
        confirmations.append(text)
        return True

    monkeypatch.setattr(Ask, "confirm", classmethod(confirm))
    press_enter_on_the_table(qtbot, window)
    assert window.shown_note_id == vaulted.note
    shown = window.note_view.toPlainText()
    assert "Talked about cravings after work; practiced urge surfing." in shown
    assert f"Signed by {COUNSELOR} on " in shown
    assert f"Sent for co-signature by {COUNSELOR}" in shown
    assert window.note_view.isReadOnly() and window.note_view.hasFocus()
    assert window.cosign_button.isEnabled()

    with qtbot.waitSignal(window.cosigned, timeout=5000) as done:
        keys = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        qtbot.keyClick(window.note_view, Qt.Key.Key_Return, keys)
    assert done.args == [vaulted.note]
    assert confirmations == [f"Co-sign this note by {COUNSELOR} as {SUPERVISOR}?"]
    assert window.model.rowCount() == 0
    assert window.status.text().startswith(f"Co-signed by {SUPERVISOR} on ")

    service = Supervision(supervisor.vault)
    status = service.status(vaulted.note)
    assert status.state is CosignState.COSIGNED and status.cosigned_by == SUPERVISOR
    assert service.verify(vaulted.note)
    cosignature = status.cosignature
    assert cosignature is not None and status.cosigned_at is not None
    stamp = status.cosigned_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    payload = (
        f'{{"cosigned_at":"{stamp}","cosigned_by":"{SUPERVISOR}",'
        f'"note_content_sha256":"{signed.content_sha256}","note_id":"{vaulted.note}"}}'
    )
    assert cosignature.content_sha256 == hashlib.sha256(payload.encode()).hexdigest()
    actions = [e.action for e in supervisor.vault.audit.entries(supervisor.vault.conn)]
    assert "cosign-note" in actions and "review-note" in actions
    window.close()
    supervisor.close()

    # Back as the counselor: the note says who co-signed it, and when.
    counselor = unlock(vaulted.folder, COUNSELOR_PASSPHRASE, COUNSELOR)
    editor = NoteEditor(counselor)
    qtbot.addWidget(editor)
    editor.show()
    editor.open_note(vaulted.note)
    label = editor.findChild(QLabel, "cosignStatus")
    assert label.isVisible() and label.text().startswith(f"Co-signed by {SUPERVISOR} on ")
    assert not editor.findChild(QCheckBox, "cosignBox").isVisible()
    editor.resize(760, 640)
    Path("/tmp/shots").mkdir(parents=True, exist_ok=True)
    assert editor.grab().save("/tmp/shots/note_cosigned.png")


def test_a_counselor_unlock_is_told_why_it_cannot_cosign(
    qtbot, vaulted: Vaulted, unlock, monkeypatch
) -> None:
    counselor = unlock(vaulted.folder, COUNSELOR_PASSPHRASE, COUNSELOR)
    Supervision(counselor.vault).request(vaulted.note, COUNSELOR)
    Caseload(counselor.vault).sign_note(vaulted.note, COUNSELOR)
    asked: list[str] = []
    monkeypatch.setattr(Ask, "confirm", classmethod(lambda cls, *args: asked.append("x") or True))
    window = make_window(qtbot, counselor)
    assert window.stack.currentIndex() == 0
    text = window.explanation.text()
    assert "supervisor's own passphrase" in text
    assert "1 note is waiting for co-signature." in text
    assert window.model.rowCount() == 0 and window.note_view.toPlainText() == ""
    keys = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.explanation, Qt.Key.Key_Return, keys)
    window.cosign_shown()
    assert asked == []
    with pytest.raises(NotSupervisor, match="supervisor's passphrase"):
        Supervision(counselor.vault).cosign(vaulted.note)
    assert Supervision(counselor.vault).status(vaulted.note).state is CosignState.REQUESTED
    assert unnamed(window) == []


def test_cosign_acts_only_on_a_note_that_was_read(
    qtbot, vaulted: Vaulted, unlock, monkeypatch
) -> None:
    counselor = unlock(vaulted.folder, COUNSELOR_PASSPHRASE, COUNSELOR)
    for note_id in (vaulted.note, vaulted.marcus_note):
        Supervision(counselor.vault).request(note_id, COUNSELOR)
        Caseload(counselor.vault).sign_note(note_id, COUNSELOR)
    counselor.close()
    supervisor = unlock(vaulted.folder, SUPERVISOR_PASSPHRASE, "")
    asked: list[str] = []
    monkeypatch.setattr(Ask, "confirm", classmethod(lambda cls, *args: asked.append("x") or False))
    window = make_window(qtbot, supervisor)
    assert window.model.rowCount() == 2
    window.cosign_shown()  # nothing read yet
    assert asked == [] and "Read a note first" in window.status.text()
    window.table.selectRow(1)
    press_enter_on_the_table(qtbot, window)
    second = window.model.item_at(1).note_id
    assert window.shown_note_id == second
    qtbot.mouseClick(window.cosign_button, Qt.MouseButton.LeftButton)  # then declined
    assert asked == ["x"]
    assert Supervision(supervisor.vault).status(second).state is CosignState.REQUESTED
    assert window.model.rowCount() == 2 and unnamed(window) == []


def test_the_queue_model_is_a_proper_model(qtmodeltester, vaulted: Vaulted, unlock) -> None:
    counselor = unlock(vaulted.folder, COUNSELOR_PASSPHRASE, COUNSELOR)
    for note_id in (vaulted.note, vaulted.marcus_note):
        Supervision(counselor.vault).request(note_id, COUNSELOR)
        Caseload(counselor.vault).sign_note(note_id, COUNSELOR)
    model = CosignQueueModel()
    model.reload(Supervision(counselor.vault).waiting())
    assert model.rowCount() == 2 and model.columnCount() == 4
    assert model.row_of(vaulted.marcus_note) >= 0 and model.row_of("none") == -1
    qtmodeltester.check(model)


def test_ask_runs_the_window_until_closed(qtbot, vaulted: Vaulted, unlock, monkeypatch) -> None:
    workspace = unlock(vaulted.folder, SUPERVISOR_PASSPHRASE, "")
    shown: list[CosignWindow] = []
    monkeypatch.setattr(CosignWindow, "exec", lambda self: shown.append(self) or 0)
    CosignWindow.ask(workspace)
    assert len(shown) == 1 and shown[0].windowTitle() == "Notes waiting for co-signature"


def test_screenshot(qtbot, vaulted: Vaulted, unlock) -> None:
    counselor = unlock(vaulted.folder, COUNSELOR_PASSPHRASE, COUNSELOR)
    for note_id in (vaulted.note, vaulted.marcus_note):
        Supervision(counselor.vault).request(note_id, COUNSELOR)
        Caseload(counselor.vault).sign_note(note_id, COUNSELOR)
    Caseload(counselor.vault).add_addendum(
        vaulted.note, "Client called the next day: the plan for breaks worked.", COUNSELOR
    )
    explain = make_window(qtbot, counselor)
    Path("/tmp/shots").mkdir(parents=True, exist_ok=True)
    assert explain.grab().save("/tmp/shots/cosign_counselor.png")
    explain.close()
    counselor.close()
    supervisor = unlock(vaulted.folder, SUPERVISOR_PASSPHRASE, "")
    window = make_window(qtbot, supervisor)
    window.table.selectRow(window.model.row_of(vaulted.note))
    press_enter_on_the_table(qtbot, window)
    assert "the plan for breaks worked" in window.note_view.toPlainText()  # with its addenda
    assert window.grab().save("/tmp/shots/cosign_queue.png")


def test_the_chart_timeline_shows_where_the_cosignature_stands(
    qtmodeltester, vaulted: Vaulted, unlock
) -> None:
    counselor = unlock(vaulted.folder, COUNSELOR_PASSPHRASE, COUNSELOR)
    supervision = Supervision(counselor.vault)
    caseload = counselor.caseload
    model = SessionTableModel()

    def note_column(client_id: str) -> str:
        model.reload(
            caseload.sessions(client_id), caseload.notes(client_id), supervision.states(client_id)
        )
        return str(model.index(0, 4).data())

    supervision.request(vaulted.note, COUNSELOR)
    assert note_column(vaulted.dana) == "Draft"  # a draft is work still to do, first
    Caseload(counselor.vault).sign_note(vaulted.note, COUNSELOR)
    assert note_column(vaulted.dana) == "Signed, waiting for co-signature"
    assert note_column(vaulted.marcus) == "Draft"
    qtmodeltester.check(model)
    counselor.close()

    supervisor = unlock(vaulted.folder, SUPERVISOR_PASSPHRASE, "")
    Supervision(supervisor.vault).cosign(vaulted.note)
    supervision, caseload = Supervision(supervisor.vault), supervisor.caseload
    assert note_column(vaulted.dana) == "Signed, co-signed"
