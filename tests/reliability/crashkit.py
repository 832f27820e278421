"""The crash harness of tests/reliability/test_crashes.py: a fork server, the operations its
children run until they are SIGKILLed, and the checks made after each kill.

A real process is killed at a random moment of each operation. Starting Python and importing
the program takes about 0.4 s, and the proofs need 350 kills, so the children come from a
fork server: a process that has imported the program (and opened nothing) forks one child
per operation. The child runs the operation on its own open files, tells the test "go" just
before the part that is timed, reports what it finished ("acked", "done"), and then waits
to be killed; the test SIGKILLs it after a delay spread over the operation's measured
duration. SIGKILL cannot be caught: no `finally`, no `atexit`, no buffered write survives it.

Run as a script, this module is the fork server: requests are JSON lines on stdin, and every
event (the child's, then the server's "exit") is a JSON line on stdout. Secrets (passphrases,
keys) go through that pipe, never on a command line.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import random
import signal
import subprocess
import sys
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from counselor_desk.domain.notes import NoteFormat
from counselor_desk.domain.records import Client, Consent, CounselingNote, Session, SessionKind
from counselor_desk.services.backups import Secret, restore
from counselor_desk.services.caseload import Caseload
from counselor_desk.services.interchange import import_file
from counselor_desk.services.rotation import rotate
from counselor_desk.vault import migrations
from counselor_desk.vault.keyslots import KdfParams
from counselor_desk.vault.store import Vault, create_vault, unlock_with_passphrase

# Argon2 below the program's floor, as in tests/unit/conftest.py: the proofs are about what
# a kill leaves on disk, not about the cost of guessing.
CHEAP_KDF = KdfParams(time_cost=1, memory_kib=1024, parallelism=1)
PASSPHRASE = "correct horse battery staple orbit"
SEED_VARIABLE = "COUNSELOR_DESK_CRASH_SEED"
CHILD_TIMEOUT = 60  # seconds; a child still alive then dies of SIGALRM (the test then fails)
RECORD_TABLES = ("clients", "medications", "sessions", "notes", "consents", "counseling_notes")

Emit = Callable[..., None]


# -- fictional records -----------------------------------------------------------------------


def draft_sections(n: int) -> dict[str, str]:
    """Draft number n: long enough to span several database pages, and recognisable."""
    return {
        "data": f"draft {n}: " + f"Client reports {n} days of steady attendance. " * 60,
        "assessment": f"assessment {n}: engaged, no new concerns.",
        "plan": f"plan {n}: continue weekly group and individual sessions.",
    }


def draft_number(sections: dict[str, str]) -> int | None:
    text = sections.get("data", "")
    if not text.startswith("draft "):
        return None
    return int(text.removeprefix("draft ").split(":", 1)[0])


def fill(vault: Vault, clients: int = 6) -> list[str]:
    """A small caseload (clients, sessions, draft notes, consents, counseling notes); returns
    the note ids."""
    caseload = Caseload(vault)
    note_ids = []
    for n in range(clients):
        client = caseload.add_client(Client(f"Fictional Client {n:02d}"))
        for s in range(2):
            start = datetime(2026, 3, 2 + s, 16, 0, tzinfo=UTC)
            session = caseload.add_session(Session(client.id, start, 50, SessionKind.INDIVIDUAL))
            note = caseload.start_note(session.id, NoteFormat.DAP)
            caseload.save_draft(note.with_sections(draft_sections(1000 * n + s)))
            note_ids.append(note.id)
        caseload.add_consent(
            Consent(
                client.id,
                "Program",
                "Primary care",
                "Attendance",
                "Care coordination",
                date(2026, 2, 1),
                "client",
                expires=date(2027, 2, 1),
            )
        )
        caseload.add_counseling_note(
            CounselingNote(client.id, "Private words.", session_id=session.id)
        )
    return note_ids


def records_digest(conn: Any) -> str:
    """SHA-256 over every row of the record tables (present since schema 1), in id order."""
    digest = hashlib.sha256()
    for table in RECORD_TABLES:
        for row in conn.execute(f"SELECT * FROM {table} ORDER BY id"):
            digest.update(repr(row).encode())
    return digest.hexdigest()


def schema_listing(conn: Any) -> list[tuple[str, str, str]]:
    rows = conn.execute("SELECT type, name, coalesce(sql, '') FROM sqlite_master ORDER BY 1, 2")
    return [(str(a), str(b), str(c)) for a, b, c in rows]


# -- the operations children run (server side) ---------------------------------------------


def op_autosave(args: dict[str, Any], emit: Emit) -> None:
    """Save drafts round-robin over a few notes, as the window's autosave does: "acked n"
    only after save_draft (the commit) returned."""
    vault = unlock_with_passphrase(Path(args["folder"]), args["passphrase"])
    caseload = Caseload(vault)
    notes = [caseload.note(note_id) for note_id in args["note_ids"]]
    n = int(args["start"])
    stop = args.get("count")
    emit("go")
    while stop is None or n < int(args["start"]) + int(stop):
        slot = n % len(notes)
        notes[slot] = caseload.save_draft(notes[slot].with_sections(draft_sections(n)))
        emit("acked", n=n)
        n += 1


def op_import(args: dict[str, Any], emit: Emit) -> None:
    vault = unlock_with_passphrase(Path(args["folder"]), args["passphrase"])
    emit("go")
    summary = import_file(vault, Path(args["document"]))
    emit("imported", clients=summary.clients)


def op_backup(args: dict[str, Any], emit: Emit) -> None:
    vault = unlock_with_passphrase(Path(args["folder"]), args["passphrase"])
    emit("go")
    made = vault.backup_now()
    emit("backed-up", path=str(made))


def op_restore(args: dict[str, Any], emit: Emit) -> None:
    emit("go")
    restore(Path(args["backup"]), Path(args["target"]), Secret(passphrase=args["passphrase"]))


def op_change_passphrase(args: dict[str, Any], emit: Emit) -> None:
    vault = unlock_with_passphrase(Path(args["folder"]), args["passphrase"])
    emit("go")
    vault.change_passphrase(args["new_passphrase"], kdf=CHEAP_KDF)


def op_rotate(args: dict[str, Any], emit: Emit) -> None:
    secret = Secret(passphrase=args["passphrase"])
    emit("go")
    rotation = rotate(Path(args["folder"]), secret, args["passphrase"], kdf=CHEAP_KDF)
    emit("rotated", key=rotation.new_key.hex(), aside=str(rotation.aside))


def op_unlock(args: dict[str, Any], emit: Emit) -> None:
    """An unlock, which migrates an older vault (after a verified backup of it)."""
    emit("go")
    vault = unlock_with_passphrase(Path(args["folder"]), args["passphrase"])
    emit("unlocked", notices=vault.notices)


def op_make_old_vault(args: dict[str, Any], emit: Emit) -> None:
    """A vault as the previous release made it: only the migrations it knew. Only this
    child's copy of the module changes; it is killed afterwards like every child."""
    version = int(args["version"])
    migrations.MIGRATIONS = migrations.MIGRATIONS[:version]
    migrations.LATEST_VERSION = version
    created = create_vault(
        Path(args["folder"]), "Crash", args["passphrase"], kdf=CHEAP_KDF, check_strength=False
    )
    fill(created.vault)
    created.vault.lock()
    emit("made", key=created.recovery_key.hex())


OPERATIONS: dict[str, Callable[[dict[str, Any], Emit], None]] = {
    "autosave": op_autosave,
    "import": op_import,
    "backup": op_backup,
    "restore": op_restore,
    "change_passphrase": op_change_passphrase,
    "rotate": op_rotate,
    "unlock": op_unlock,
    "make_old_vault": op_make_old_vault,
}


def _write_line(data: dict[str, Any]) -> None:
    # One write(2) per line: a line written before a SIGKILL is already in the pipe. The
    # server writes only after its child is dead, so their lines never interleave.
    os.write(1, (json.dumps(data) + "\n").encode())


def _child(request: dict[str, Any]) -> None:
    """In the forked child: run the operation, report, then wait for the SIGKILL."""
    signal.signal(signal.SIGALRM, signal.SIG_DFL)
    signal.alarm(CHILD_TIMEOUT)
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    began = 0.0

    def emit(event: str, **data: Any) -> None:
        nonlocal began
        if event == "go":
            began = time.perf_counter()
        _write_line({"event": event, "pid": os.getpid(), **data})

    try:
        OPERATIONS[request["op"]](request["args"], emit)
    except BaseException:
        emit("error", trace=traceback.format_exc())
    else:
        emit("done", elapsed=time.perf_counter() - began)
    while True:  # until the test's SIGKILL (or SIGALRM)
        signal.pause()


def serve() -> None:
    """The fork server's loop: one request, one child, one "exit" line."""
    # What a running program has already loaded: the passphrase checker's dictionaries
    # (else every child spends most of a passphrase change loading them).
    from counselor_desk.domain.passphrase import check_passphrase

    check_passphrase("lantern violet harbor quietly ninety")
    for line in sys.stdin:
        request = json.loads(line)
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            try:
                _child(request)
            finally:
                os._exit(70)
        _, status = os.waitpid(pid, 0)
        _write_line({"event": "exit", "pid": pid, "status": os.waitstatus_to_exitcode(status)})


# -- the test side ---------------------------------------------------------------------------


@dataclass
class Run:
    """What one child said before it died."""

    events: list[dict[str, Any]] = field(default_factory=list)
    delay: float | None = None  # seconds from "go" to the SIGKILL (None: after "done")

    def named(self, event: str) -> list[dict[str, Any]]:
        return [e for e in self.events if e["event"] == event]

    @property
    def finished(self) -> bool:
        """The operation returned before the kill (so what it did was acknowledged)."""
        return bool(self.named("done"))

    @property
    def elapsed(self) -> float:
        return float(self.named("done")[0]["elapsed"])


class ForkServer:
    """The test's end of the fork server (see the module docstring)."""

    def __init__(self, workdir: Path) -> None:
        self._stderr_path = workdir / "fork-server.stderr"
        self._stderr = open(self._stderr_path, "w")  # noqa: SIM115 - closed in close()
        self._process = subprocess.Popen(
            [sys.executable, __file__],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            text=True,
        )

    def _read(self) -> dict[str, Any]:
        assert self._process.stdout is not None
        line = self._process.stdout.readline()
        if not line:
            raise AssertionError(f"the fork server died: {self._stderr_path.read_text()}")
        return dict(json.loads(line))

    def run(self, op: str, args: dict[str, Any], *, kill_after: float | None = None) -> Run:
        """Run op in a new child; SIGKILL it kill_after seconds after its "go" (None: after
        it finished). Returns everything it reported."""
        assert self._process.stdin is not None
        self._process.stdin.write(json.dumps({"op": op, "args": args}) + "\n")
        self._process.stdin.flush()
        run = Run(delay=kill_after)
        first = self._read()
        run.events.append(first)
        if first["event"] == "exit":
            raise AssertionError(f"{op}: the child died before it began: {first}")
        pid = int(first["pid"])
        if first["event"] == "go":
            if kill_after is None:
                while run.events[-1]["event"] not in ("done", "error"):
                    run.events.append(self._read())
            else:
                time.sleep(kill_after)
        os.kill(pid, signal.SIGKILL)  # the child never exits by itself, so pid is still its
        while run.events[-1]["event"] != "exit":
            run.events.append(self._read())
        errors = run.named("error")
        if errors:
            raise AssertionError(f"{op} failed in the child:\n{errors[0]['trace']}")
        status = run.events[-1]["status"]
        if status != -signal.SIGKILL:
            raise AssertionError(f"{op}: the child ended with {status}, not by SIGKILL")
        return run

    def close(self) -> None:
        with contextlib.suppress(OSError):
            assert self._process.stdin is not None
            self._process.stdin.close()
        try:
            self._process.wait(timeout=30)
        finally:
            if self._process.poll() is None:
                self._process.kill()
                self._process.wait()
            if self._process.stdout is not None:
                self._process.stdout.close()
            self._stderr.close()


class SeededRandom(random.Random):
    """random.Random that remembers its seed (in every failure message); set
    COUNSELOR_DESK_CRASH_SEED to repeat a failing run's kill points."""

    def __init__(self) -> None:
        given = os.environ.get(SEED_VARIABLE)
        self.seed_value = int(given) if given else random.SystemRandom().randrange(2**32)
        super().__init__(self.seed_value)


def kill_delays(duration: float, kills: int, rng: random.Random) -> list[float]:
    """One delay in each of `kills` equal slices of the operation (and a little past its
    end, where the kill finds it finished), in random order."""
    delays = [duration * 1.1 * (i + rng.random()) / kills for i in range(kills)]
    rng.shuffle(delays)
    return delays


def assert_cut(runs: list[Run], seed: int, duration: float) -> None:
    """The kills really cut the operation: at least a quarter landed before it returned
    (the uncut runs that measured it have already shown the other side)."""
    cut = sum(not run.finished for run in runs)
    assert cut >= len(runs) // 4, (
        f"seed {seed}: only {cut} kills of {len(runs)} landed within {duration:.3f} s"
    )


def integrity(conn: Any) -> None:
    """Every page's HMAC (SQLCipher) and SQLite's own structure check."""
    assert conn.execute("PRAGMA cipher_integrity_check").fetchall() == []
    assert [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()] == ["ok"]


def at_rest(folder: Path) -> None:
    """After a clean lock, no -wal holds data (SQLite removes it, or it is left empty), and
    no half-written keys.json of a killed write is left beside the real one."""
    wal = folder / "vault.db-wal"
    assert not wal.exists() or wal.stat().st_size == 0, f"{wal} holds {wal.stat().st_size} bytes"
    leftovers = sorted(p.name for p in folder.glob(".keys.json.*"))
    assert not leftovers, f"left in {folder.name}: {leftovers}"


@contextlib.contextmanager
def opened(folder: Path, passphrase: str) -> Iterator[Vault]:
    """Unlock as the program does after a crash, check the pages, the structure and the
    audit chain (against the anchor in keys.json); lock on the way out, then check at rest."""
    vault = unlock_with_passphrase(folder, passphrase)
    try:
        integrity(vault.conn)
        problem = vault.audit.verify(vault.conn, vault.keyfile.audit_anchor)
        assert problem is None, problem.message
        yield vault
    finally:
        vault.lock()
    at_rest(folder)


if __name__ == "__main__":
    serve()
