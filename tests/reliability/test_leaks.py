"""Nothing in clear outside the vault: a whole session in the real window, run in a child
process whose home, settings, data, cache, runtime and temp folders and working directory
are scratch folders of the test, with one made-up word (the sentinel) typed into every
kind of record. Afterwards no file under those folders (the vault's encrypted files
included) and no new file under the machine's temp folders holds the word, in UTF-8 or
UTF-16; the vault's folders are 0700 and its files 0600; core dumps were off from the
window's start; and the lock cleared the clipboard that still held note text.

The child runs this file as a script (`python test_leaks.py REPORT SENTINEL`): the word
reaches it on the command line and never through a file in the scanned folders."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

SENTINEL = "Zyxquorp"
PASSPHRASE = "maple orbit candle harbor"
CHILD_TIMEOUT = 240  # seconds; the child's own watchdog fires first
ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be")
MACHINE_TEMPS = (Path("/tmp"), Path("/var/tmp"), Path("/dev/shm"))
SCAN_LIMIT = 64 * 1024 * 1024  # larger new files elsewhere in /tmp are not ours


# -- the parent: run the child, then look ------------------------------------------------


def scratch_env(root: Path) -> tuple[dict[str, str], dict[str, Path]]:
    """The child's environment: every folder a program may write to is under root."""
    dirs = {
        name: root / name
        for name in ("home", "config", "data", "cache", "state", "runtime", "tmp", "work")
    }
    for path in dirs.values():
        path.mkdir(mode=0o700, parents=True)
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("COUNSELOR_DESK_", "XDG_", "DBUS_", "QT_"))
        and k not in ("DISPLAY", "WAYLAND_DISPLAY", "TMPDIR", "TEMP", "TMP")
    }
    env.update(
        HOME=str(dirs["home"]),
        XDG_CONFIG_HOME=str(dirs["config"]),
        XDG_DATA_HOME=str(dirs["data"]),
        XDG_CACHE_HOME=str(dirs["cache"]),
        XDG_STATE_HOME=str(dirs["state"]),
        XDG_RUNTIME_DIR=str(dirs["runtime"]),
        TMPDIR=str(dirs["tmp"]),
        TEMP=str(dirs["tmp"]),
        TMP=str(dirs["tmp"]),
        QT_QPA_PLATFORM="offscreen",
        PYTHONDONTWRITEBYTECODE="1",
        PYTHONFAULTHANDLER="1",
    )
    return env, dirs


def holds(data: bytes, word: str) -> bool:
    """The word in any case, in UTF-8 or UTF-16 (either byte order)."""
    lowered = data.lower()
    return any(word.lower().encode(encoding) in lowered for encoding in ENCODINGS)


def files_holding(roots: list[Path], word: str, *, since: float | None = None) -> list[str]:
    """Every regular file under roots that holds the word (only files changed since
    `since`, when given; those are the ones the session can have written)."""
    found: list[str] = []
    for root in roots:
        for folder, _dirs, names in os.walk(root, onerror=lambda _e: None):
            for name in names:
                path = Path(folder, name)
                try:
                    info = path.lstat()
                    if not stat.S_ISREG(info.st_mode):
                        continue
                    if since is not None and (
                        max(info.st_mtime, info.st_ctime) < since or info.st_size > SCAN_LIMIT
                    ):
                        continue
                    data = path.read_bytes()
                except OSError:  # gone meanwhile, or another program's private file
                    continue
                if holds(data, word):
                    found.append(str(path))
    return found


def test_the_scan_finds_the_word_in_either_encoding(tmp_path: Path) -> None:
    # The scanner itself must be able to fail.
    (tmp_path / "a").write_bytes(b"xx " + SENTINEL.upper().encode() + b" yy")
    (tmp_path / "b").write_bytes(f"note: {SENTINEL}".encode("utf-16"))
    (tmp_path / "c").write_bytes(b"nothing to see")
    assert sorted(Path(p).name for p in files_holding([tmp_path], SENTINEL)) == ["a", "b"]


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def allow_core_dumps() -> None:
    import resource

    _soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
    for limit in ((resource.RLIM_INFINITY, resource.RLIM_INFINITY), (hard, hard)):
        try:
            resource.setrlimit(resource.RLIMIT_CORE, limit)
            return
        except (ValueError, OSError):
            continue


@pytest.mark.slow
def test_a_whole_session_leaves_the_word_nowhere_but_encrypted(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    env, dirs = scratch_env(tmp_path / "scratch")
    report_path = tmp_path / "report.json"
    started = time.time() - 1
    child = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), str(report_path), SENTINEL],
        cwd=dirs["work"],
        env=env,
        capture_output=True,
        text=True,
        timeout=CHILD_TIMEOUT,
        # The child starts with core dumps allowed (this test process may have turned them
        # off already, running the program in-process), so the proof that the program
        # turns them off means something.
        preexec_fn=allow_core_dumps,
    )
    report: dict[str, Any] = (
        json.loads(report_path.read_text()) if report_path.is_file() else {"error": "no report"}
    )
    assert child.returncode == 0 and not report.get("error"), (
        f"exit {child.returncode}\n{report.get('error')}\n{child.stderr[-6000:]}"
    )

    # The session did what it says: every record kind, a preview, a lock and an unlock.
    assert report["steps"] == CHILD_STEPS
    assert report["search_hits"] >= 1
    assert report["preview_pages"] >= 1
    assert report["vault_closed_on_lock"]

    # Core dumps: off from the window's start on. When this machine let the child start
    # with them allowed, that also shows the window is what turned them off (where the
    # hard limit is already 0 and cannot be raised, tests/unit/test_store.py's
    # test_disable_core_dumps proves the switch itself).
    soft_before, hard_before = report["core_limit_before"]
    assert report["core_limit_in_window"] == [0, 0]
    if hard_before != 0:
        assert soft_before != 0

    # The clipboard held the copied note text until the lock, and nothing after it.
    assert SENTINEL in report["clipboard_before_lock"]
    assert report["clipboard_after_lock"] == ""

    # The vault is where the program keeps vaults (under the scratch data folder).
    vault = Path(report["vault_folder"])
    assert vault.is_relative_to(dirs["data"])
    assert (vault / "vault.db").stat().st_size > 0

    # No file holds the word: not the settings, caches, temp files, nor the vault itself.
    scratch_roots = [dirs[name] for name in dirs]
    assert files_holding(scratch_roots, SENTINEL) == []
    others = [p for p in MACHINE_TEMPS if p.is_dir()]
    leaked = [
        p
        for p in files_holding(others, SENTINEL, since=started)
        if not Path(p).is_relative_to(tmp_path_factory.getbasetemp())  # this run's tests
    ]
    assert leaked == []
    settings = Path(report["settings_file"])
    assert settings.is_relative_to(dirs["config"]) and settings.is_file()
    assert not holds(settings.read_bytes(), SENTINEL)
    assert mode(settings) == 0o600  # it names the vault's folder and the signer
    assert mode(settings.parent) == 0o700  # the program's own settings folder

    # Folders 0700, files 0600, inside the vault and its backups.
    backups = list((vault / "backups").glob("*.cdbackup"))
    assert backups, "the daily backup was made during the session"
    for path in [vault, *vault.rglob("*")]:
        expected = 0o700 if path.is_dir() else 0o600
        assert mode(path) == expected, f"{path.relative_to(vault.parent)}: {oct(mode(path))}"
    # At rest after quitting, everything is in vault.db: no write-ahead log with data.
    wal = vault / "vault.db-wal"
    assert not wal.exists() or wal.stat().st_size == 0


def test_the_lock_clears_only_what_was_copied_from_the_vault(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    from counselor_desk.ui.main_window import MainWindow
    from counselor_desk.ui.ui_settings import UiSettings
    from counselor_desk.vault.keyslots import KdfParams
    from counselor_desk.vault.store import create_vault, unlock_with_passphrase

    cheap = KdfParams(time_cost=1, memory_kib=1024, parallelism=1)
    folder = tmp_path / "vaults" / "rivera"
    vault = create_vault(folder, "A. Rivera", PASSPHRASE, kdf=cheap, check_strength=False).vault
    window = MainWindow(folder.parent, UiSettings(tmp_path / "settings.ini"), kdf=cheap)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # the counselor copies in this program
    clipboard = QGuiApplication.clipboard()

    # Copied here, then the lock: cleared.
    window.open_vault(vault)
    clipboard.setText(f"{SENTINEL} said the weekend went well")
    window.lock("manual")
    assert clipboard.text() == ""

    # Copied here, then another program copied over it: the lock leaves theirs alone.
    window.open_vault(unlock_with_passphrase(folder, PASSPHRASE))
    clipboard.setText(f"{SENTINEL} said the weekend went well")
    with monkeypatch.context() as elsewhere:  # the counselor is in another program
        elsewhere.setattr(
            QGuiApplication,
            "applicationState",
            staticmethod(lambda: Qt.ApplicationState.ApplicationInactive),
        )
        clipboard.setText("bus timetable")
    window.lock("idle")
    assert clipboard.text() == "bus timetable"
    clipboard.clear()


# -- the child: a real window, driven the way the GUI tests drive it ----------------------

CHILD_STEPS = [
    "created",
    "client",
    "note",
    "signed",
    "addendum",
    "counseling-note",
    "worksheet",
    "scale",
    "screen",
    "plan",
    "network",
    "consent",
    "group",
    "search",
    "preview",
    "copied",
    "locked",
    "unlocked",
    "quit",
]


def _child(report_path: Path, word: str) -> int:  # pragma: no cover - runs in the child
    import faulthandler
    import resource
    import traceback

    faulthandler.dump_traceback_later(CHILD_TIMEOUT - 30, exit=True)
    report: dict[str, Any] = {"steps": []}
    # Core dumps allowed as a desktop may leave them, so the window must turn them off.
    _soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
    if hard != 0:
        resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))
    report["core_limit_before"] = list(resource.getrlimit(resource.RLIMIT_CORE))

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    import counselor_desk.ui.main_window as main_window
    from counselor_desk import app as app_module
    from counselor_desk.vault.keyslots import KdfParams

    cheap = KdfParams(time_cost=1, memory_kib=1024, parallelism=1)

    class CheapWindow(main_window.MainWindow):
        """The program's window with test-cheap Argon2 and quick autosave."""

        def __init__(self, vaults_root: Path, settings: Any) -> None:
            super().__init__(vaults_root, settings, kdf=cheap, autosave_ms=50)

    main_window.MainWindow = CheapWindow  # type: ignore[misc]
    qapp = QApplication([sys.argv[0]])

    def run() -> None:
        try:
            _drive(qapp, report, word)
        except BaseException:
            report["error"] = traceback.format_exc()
            qapp.exit(1)

    QTimer.singleShot(0, run)
    code = app_module.run_window()  # the program's own start: settings, core dumps, window
    report_path.write_text(json.dumps(report))
    return code or (1 if report.get("error") else 0)


def _drive(qapp: Any, report: dict[str, Any], word: str) -> None:  # pragma: no cover
    import resource
    from datetime import UTC, date, datetime, timedelta

    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QPushButton

    from counselor_desk.domain.network import MemberKind, NetworkMember, Strength
    from counselor_desk.domain.notes import NoteFormat
    from counselor_desk.domain.records import Client, Consent, Session, SessionKind
    from counselor_desk.domain.scales import ScaleId
    from counselor_desk.domain.screens import ScreenResult, Substance, UrineScreen
    from counselor_desk.ui.ask import Ask
    from counselor_desk.ui.client_dialog import ClientDialog
    from counselor_desk.ui.consent_dialog import ConsentDialog
    from counselor_desk.ui.create_vault import CreateVaultDialog
    from counselor_desk.ui.main_window import MainWindow
    from counselor_desk.ui.network_dialog import NetworkMemberDialog
    from counselor_desk.ui.note_editor import AddendumDialog, SignDialog
    from counselor_desk.ui.print_dialog import ForWhom, PrintChoice, PrintChooser, What
    from counselor_desk.ui.print_preview import PrintPreviewDialog
    from counselor_desk.ui.screens_dialogs import ScreenDialog
    from counselor_desk.ui.session_dialog import SessionDialog
    from counselor_desk.ui.worksheets_view import NewWorksheetDialog

    steps: list[str] = report["steps"]
    clipboard = QGuiApplication.clipboard()

    def wait(condition: Any, what: str, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {what} ({status()})")
            QTest.qWait(10)

    def answer(cls: type, value: Any) -> None:
        cls.ask = classmethod(lambda _cls, *a, **k: value(*a, **k))  # type: ignore[attr-defined]

    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))

    def status() -> str:  # what the window last said (a failed save names its reason)
        return window.status.text().replace(word, "<word>")

    report["core_limit_in_window"] = list(resource.getrlimit(resource.RLIMIT_CORE))
    report["settings_file"] = window._settings.file
    wait(window.isVisible, "the window")

    # A new vault through the real dialog, by keyboard.
    def create(parent: Any, root: Any, kdf: Any = None, demo: bool = False, settings: Any = None):  # type: ignore[no-untyped-def]
        dialog = CreateVaultDialog(root, kdf=kdf, demo=demo, parent=parent)
        dialog.show()
        QTest.keyClicks(dialog.name_edit, "A. Rivera")
        QTest.keyClicks(dialog.fields.passphrase_edit, PASSPHRASE)
        QTest.keyClicks(dialog.fields.confirm_edit, PASSPHRASE)
        QTest.keyClick(dialog.fields.confirm_edit, Qt.Key.Key_Return)
        wait(lambda: dialog.showing_key, "the recovery key")
        QTest.keyClick(dialog.written_check, Qt.Key.Key_Space)
        QTest.keyClick(dialog.written_check, Qt.Key.Key_Return)
        vault = dialog.vault
        dialog.deleteLater()
        return vault

    answer(CreateVaultDialog, create)
    window.unlock_page.create_button.click()
    wait(lambda: window.desk is not None, "the desk")
    workspace, desk = window.workspace, window.desk
    assert workspace is not None and desk is not None
    folder = workspace.folder
    report["vault_folder"] = str(folder)
    wait(lambda: any((folder / "backups").glob("*.cdbackup")), "the daily backup")
    steps.append("created")

    # A client, a session and its note, signed, with an addendum.
    client = Client(
        f"{word} R.",
        legal_name=f"{word} Ruiz",
        phone="555-0100",
        emergency_contact=f"Ana {word}",
        program="IOP",
    )
    answer(ClientDialog, lambda parent, existing=None, **kw: client)
    window.act_new_client.trigger()
    wait(lambda: desk.chart.current_client_id is not None, "the client's chart")
    client_id = desk.chart.current_client_id
    assert client_id is not None
    steps.append("client")

    start = datetime.now(UTC).replace(microsecond=0) - timedelta(days=1)
    session = Session(client_id, start, 50, SessionKind.INDIVIDUAL)
    answer(SessionDialog, lambda parent, cid, **kw: (session, NoteFormat.DAP))
    desk.chart.new_session()
    wait(lambda: desk.editor.current_note_id is not None, "the note")
    note_id = desk.editor.current_note_id
    data = desk.editor.field("data")
    assert data is not None
    data.setFocus()
    QTest.keyClicks(data, f"{word} talked about cravings after work")
    wait(lambda: desk.editor.status_text() == "Saved", "the note's autosave")
    steps.append("note")

    answer(SignDialog, lambda parent, text: True)
    signed: list[str] = []
    desk.editor.signed.connect(signed.append)
    desk.editor.request_sign()
    wait(lambda: signed == [note_id], "the signature")
    steps.append("signed")
    answer(AddendumDialog, lambda parent, *a, **k: f"{word} called back about the dose")
    desk.editor.request_addendum()
    wait(lambda: len(workspace.caseload.addenda(note_id)) == 1, "the addendum")
    steps.append("addendum")

    # An SUD counseling note, kept apart from the chart note.
    desk.chart.show_tab(desk.counseling)
    desk.counseling.new_note()
    wait(lambda: desk.counseling.current_note_id is not None, "the counseling note")
    desk.counseling.editor.setFocus()
    QTest.keyClicks(desk.counseling.editor, f"{word} seems ambivalent")
    assert desk.counseling.flush()
    steps.append("counseling-note")

    # A worksheet, typed into its form.
    desk.chart.show_tab(desk.worksheets)
    answer(NewWorksheetDialog, lambda parent, choices, sessions: ("decisional_balance", None))
    desk.worksheets.findChild(QPushButton, "newWorksheet").click()
    wait(lambda: desk.worksheets.form is not None, "the worksheet")
    topic = desk.worksheets.form.editor("topic")
    topic.setFocus()
    QTest.keyClicks(topic, f"{word} drinking on weekends")
    assert desk.worksheets.flush()
    steps.append("worksheet")

    # A PHQ-9, answered item by item.
    desk.chart.show_tab(desk.scales)
    desk.scales.new_entry(ScaleId.PHQ9)
    wait(lambda: desk.scales.form is not None, "the scale form")
    for row, value in zip(desk.scales.form.rows, (1, 1, 0, 0, 0, 0, 0, 0, 0), strict=True):
        row.buttons[value].click()
    with_entries = desk.scales.model.rowCount()
    desk.scales.save()
    wait(lambda: desk.scales.model.rowCount() == with_entries + 1, "the scale entry")
    steps.append("scale")

    # A urine screen with a note.
    desk.chart.show_tab(desk.screens)
    screen = UrineScreen(
        client_id,
        date.today(),
        results=((Substance.FENTANYL, ScreenResult.NEGATIVE),),
        notes=f"{word} gave the sample late",
    )
    answer(ScreenDialog, lambda *a, **k: screen)
    desk.screens.record_screen()
    wait(lambda: desk.screens.screen_model.rowCount() == 1, "the screen")
    steps.append("screen")

    # A treatment plan draft, typed into.
    desk.chart.show_tab(desk.plans)
    desk.plans.new_plan()
    wait(lambda: desk.plans.current_plan_id is not None, "the plan")
    desk.plans.problem_text.setFocus()
    QTest.keyClicks(desk.plans.problem_text, f"{word} drinks most evenings")
    assert desk.plans.flush()
    steps.append("plan")

    # A support-network member.
    desk.chart.show_tab(desk.network)
    member = NetworkMember(
        client_id,
        f"{word} sister",
        MemberKind.FAMILY,
        Strength.STRONG,
        contact="555-0101",
        notes=f"{word} drives her to meetings",
    )
    answer(NetworkMemberDialog, lambda *a, **k: member)
    desk.network.add_member()
    wait(lambda: desk.network.model.rowCount() == 1, "the network member")
    steps.append("network")

    # A consent to disclose.
    consent = Consent(
        client_id,
        discloser="A. Rivera, LCADC",
        recipient=f"{word} County Drug Court",
        information="Attendance and screen results",
        purpose=f"Compliance with {word} court order",
        signed=date.today(),
        signed_by=f"{word} R.",
        expires=date.today() + timedelta(days=180),
    )
    answer(ConsentDialog, lambda *a, **k: consent)
    desk.chart.add_consent()
    wait(lambda: bool(workspace.caseload.consents(client_id)), "the consent")
    steps.append("consent")

    # A group note (its own window), typed into.
    window.act_groups.trigger()
    groups = window.group_window
    assert groups is not None
    groups.new_button.click()
    wait(lambda: groups.current_group_id is not None, "the group note")
    groups.topic.setFocus()
    QTest.keyClicks(groups.topic, f"{word} weekends and cravings")
    assert groups.flush()
    groups.hide()
    steps.append("group")

    # Search everything for the word (Ctrl+K).
    window.act_search.trigger()
    popup = window.search_popup
    assert popup is not None
    QTest.keyClicks(popup.field, word)
    wait(lambda: popup.model.rowCount() > 0, "search hits")
    report["search_hits"] = popup.model.rowCount()
    popup.close()
    steps.append("search")

    # Print preview of the note (Ctrl+P), closed once shown: nothing printed or saved.
    desk.open_note(note_id)
    answer(PrintChooser, lambda *a, **k: PrintChoice(What.NOTE, ForWhom.CLIENT))
    Ask.confirm = classmethod(lambda cls, *a, **k: True)  # type: ignore[assignment,method-assign]
    shown: list[int] = []

    def close_when_shown() -> None:
        for widget in QApplication.topLevelWidgets():
            ready = isinstance(widget, PrintPreviewDialog) and widget.isVisible()
            if ready and widget.has_document:
                shown.append(widget.page_count)
                widget.reject()
                return
        QTimer.singleShot(20, close_when_shown)

    QTimer.singleShot(20, close_when_shown)
    window.act_print.trigger()  # returns when the preview closes
    wait(lambda: bool(shown), "the preview")
    report["preview_pages"] = shown[0]
    steps.append("preview")

    # Copy the note's text, then lock (Ctrl+L): the clipboard must not keep it.
    data = desk.editor.field("data")
    assert data is not None
    data.setFocus()
    data.selectAll()
    data.copy()
    wait(lambda: word in clipboard.text(), "the copy")
    report["clipboard_before_lock"] = clipboard.text()
    steps.append("copied")
    vault = workspace.vault
    window.act_lock.trigger()
    report["vault_closed_on_lock"] = not vault.is_open and window.workspace is None
    report["clipboard_after_lock"] = clipboard.text()
    steps.append("locked")

    # Unlock by keyboard.
    page = window.unlock_page
    QTest.keyClicks(page.secret_edit, PASSPHRASE)
    QTest.keyClick(page.secret_edit, Qt.Key.Key_Return)
    wait(lambda: window.desk is not None, "the unlock")
    steps.append("unlocked")

    window.close()  # Quit: saves, locks, closes
    steps.append("quit")
    qapp.quit()


if __name__ == "__main__":  # pragma: no cover - the child process
    sys.exit(_child(Path(sys.argv[1]), sys.argv[2]))
