"""One vault, one writer. While another process has a vault open, every other way in is
refused with one clear sentence: an unlock in this process, each command-line command
that would read or change it (exit 1, one line on stderr), and the window's unlock page;
a second window in the same process too. Once the holder is gone, quit or killed with
SIGKILL, the lock is free and what it saved is there."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from counselor_desk.domain.errors import VaultInUse
from counselor_desk.domain.records import Client
from counselor_desk.services.caseload import Caseload
from counselor_desk.vault import keyslots
from counselor_desk.vault.keyslots import KdfParams
from counselor_desk.vault.store import (
    create_vault,
    unlock_with_passphrase,
    unlock_with_recovery_key,
)

PASSPHRASE = "maple orbit candle harbor"
NEW_PASSPHRASE = "quartz meadow lantern ninety pebble"
CHEAP = KdfParams(time_cost=1, memory_kib=1024, parallelism=1)
IN_USE = "This vault is open in another window or command; close it there first."

# The other instance: opens the vault, saves a client, says its id, then holds the vault
# until a line arrives on stdin (or it is killed).
HOLDER = """
import os, sys
from pathlib import Path
from counselor_desk.domain.records import Client
from counselor_desk.services.caseload import Caseload
from counselor_desk.vault.store import unlock_with_passphrase
vault = unlock_with_passphrase(Path(sys.argv[1]), os.environ["HOLDER_PASSPHRASE"])
print(Caseload(vault).add_client(Client("Marcus T.")).id, flush=True)
sys.stdin.readline()
vault.lock()
print("closed", flush=True)
"""


@pytest.fixture
def made(tmp_path: Path) -> tuple[Path, bytes]:
    """A locked vault with a client and a backup: (folder, recovery key)."""
    created = create_vault(
        tmp_path / "vaults" / "rivera", "A. Rivera", PASSPHRASE, kdf=CHEAP, check_strength=False
    )
    try:
        Caseload(created.vault).add_client(Client("Dana R."))
        created.vault.backup_now()
    finally:
        created.vault.lock()
    return tmp_path / "vaults" / "rivera", created.recovery_key


class Holder:
    def __init__(self, folder: Path) -> None:
        env = dict(os.environ, HOLDER_PASSPHRASE=PASSPHRASE)
        self.process = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(folder)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert self.process.stdout is not None
        self.client_id = self.process.stdout.readline().strip()
        assert self.client_id, self.process.stderr.read() if self.process.stderr else ""

    def quit(self) -> None:
        out, _err = self.process.communicate("\n", timeout=30)
        assert self.process.returncode == 0 and out.strip() == "closed"

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.communicate(timeout=30)
        assert self.process.returncode == -signal.SIGKILL

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.communicate(timeout=30)


@pytest.fixture
def holder(made: tuple[Path, bytes]) -> Iterator[Holder]:
    running = Holder(made[0])
    yield running
    running.close()


def test_a_second_unlock_is_refused_and_costs_nothing(
    made: tuple[Path, bytes], holder: Holder, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, recovery = made
    derivations: list[object] = []
    monkeypatch.setattr(keyslots, "hash_secret_raw", lambda **kw: derivations.append(kw))
    with pytest.raises(VaultInUse) as refused:
        unlock_with_passphrase(folder, PASSPHRASE)
    assert str(refused.value) == IN_USE
    with pytest.raises(VaultInUse):
        unlock_with_recovery_key(folder, recovery.hex())
    assert derivations == []  # refused at the lock, before any passphrase is tried
    assert '"count": 0' in (folder / "keys.json").read_text()  # and not a failed try


COMMANDS = {
    "verify": ["verify", "{vault}"],
    "backup": ["backup", "{vault}"],
    "search": ["search", "{vault}", "Dana"],
    "passwd": ["passwd", "{vault}"],
    "rotate-key": ["rotate-key", "{vault}"],
    "restore over it": ["restore", "{backup}", "--to", "{vault}", "--replace-damaged"],
}


@pytest.mark.parametrize("command", list(COMMANDS))
def test_every_command_is_refused_in_one_line(
    made: tuple[Path, bytes], holder: Holder, command: str
) -> None:
    folder, _recovery = made
    [backup] = (folder / "backups").glob("*.cdbackup")
    args = [a.format(vault=folder, backup=backup) for a in COMMANDS[command]]
    before = sorted(p.name for p in folder.parent.iterdir())
    env = {k: v for k, v in os.environ.items() if not k.startswith("COUNSELOR_DESK_")} | {
        "COUNSELOR_DESK_PASSPHRASE": PASSPHRASE,
        "COUNSELOR_DESK_NEW_PASSPHRASE": NEW_PASSPHRASE,
    }
    done = subprocess.run(
        [sys.executable, "-m", "counselor_desk", *args],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=60,
    )
    assert done.returncode == 1, done.stderr
    assert done.stderr.splitlines() == [f"counselor-desk: {IN_USE}"]
    # Nothing moved aside, renamed or added next to the vault.
    assert sorted(p.name for p in folder.parent.iterdir()) == before
    assert holder.process.poll() is None  # the holder is untouched


def test_the_window_says_so_on_the_unlock_page(
    qtbot, tmp_path: Path, made: tuple[Path, bytes]
) -> None:
    from PySide6.QtCore import Qt

    from counselor_desk.ui.main_window import MainWindow
    from counselor_desk.ui.ui_settings import UiSettings

    folder, _recovery = made

    def window() -> MainWindow:
        win = MainWindow(folder.parent, UiSettings(tmp_path / "settings.ini"), kdf=CHEAP)
        qtbot.addWidget(win)
        win.show()
        win.unlock_page.select_vault(folder)
        return win

    def try_to_unlock(win: MainWindow) -> None:
        page = win.unlock_page
        qtbot.keyClicks(page.secret_edit, PASSPHRASE)
        qtbot.keyClick(page.secret_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: win.workspace is not None or page.message_label.text() != "")

    first, second = window(), window()
    # Another program holds it: the page says so in one sentence and stays.
    other = Holder(folder)
    try:
        try_to_unlock(first)
        assert first.unlock_page.message_label.text() == IN_USE
        assert first.workspace is None and first.stack.currentWidget() is first.unlock_page
    finally:
        other.quit()
    # Two windows of this program: the first one in holds it; the second is told.
    try_to_unlock(first)
    assert first.workspace is not None
    try:
        try_to_unlock(second)
        assert second.unlock_page.message_label.text() == IN_USE
        assert second.workspace is None
    finally:
        first.lock("quit")


@pytest.mark.parametrize("ending", ["quits", "is killed"])
def test_the_lock_is_free_once_the_holder_is_gone(
    made: tuple[Path, bytes], holder: Holder, ending: str
) -> None:
    folder, _recovery = made
    with pytest.raises(VaultInUse):
        unlock_with_passphrase(folder, PASSPHRASE)
    if ending == "quits":
        holder.quit()
    else:
        holder.kill()  # no lock(), no checkpoint: the -wal and the lock file stay behind
    assert (folder / ".lock").exists()  # a lock file left behind is not a held lock
    vault = unlock_with_passphrase(folder, PASSPHRASE)
    try:
        assert vault.integrity_problems() == []
        names = {c.display_name for c in Caseload(vault).clients()}
        assert {"Dana R.", "Marcus T."} <= names  # the holder's committed save is there
        assert Caseload(vault).client(holder.client_id).display_name == "Marcus T."
    finally:
        vault.lock()
