"""Counselor Desk benchmarks: each figure printed beside its goal.

    python tests/benchmarks/run.py           # 10,000 notes (a few minutes)
    python tests/benchmarks/run.py --quick   # 1,000 notes, a CI-speed smoke run

Figures are reported, not asserted: the exit code is 0 unless the script itself fails.
Everything is made in temporary folders that are removed at the end, and every record is
fictional. Not a pytest module (no test_ names), so pytest never collects it.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TypeVar

import sqlcipher3

from counselor_desk.domain.recovery import format_recovery_key
from counselor_desk.services.demo import populate_bulk
from counselor_desk.services.interchange import export_file, import_data, read_file
from counselor_desk.services.search import LiveSearch
from counselor_desk.services.verify import verify
from counselor_desk.vault.keyslots import KdfParams
from counselor_desk.vault.search import search
from counselor_desk.vault.store import Vault, create_vault, unlock_with_recovery_key
from counselor_desk.vault.store import unlock_with_passphrase as unlock

T = TypeVar("T")

PASSPHRASE = "maple orbit candle harbor"  # a benchmark vault's, fictional like its records
VAULT_NAME = "Benchmark"
SEARCH_GOAL_S = 0.030
OPEN_GOAL_S = 0.050
STRUCTURE_GOAL_S = 0.5  # "about 0.5 s": within ±50 % counts as about


# -- printing ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Figure:
    name: str
    value: str
    goal: str
    verdict: str  # "ok", "SLOW", "FAST" or "" for a figure with no fixed goal


class Report:
    NAME_WIDTH = 48
    VALUE_WIDTH = 14

    def __init__(self) -> None:
        self.figures: list[Figure] = []

    def add(self, name: str, value: str, goal: str = "report", verdict: str = "") -> None:
        figure = Figure(name, value, goal, verdict)
        self.figures.append(figure)
        line = f"{name:<{self.NAME_WIDTH}}{value:>{self.VALUE_WIDTH}}    goal {goal:<14}{verdict}"
        print(line.rstrip(), flush=True)

    def at_most(self, name: str, seconds: float, goal: float) -> None:
        self.add(
            name, fmt_ms(seconds), f"≤ {goal * 1000:.0f} ms", "ok" if seconds <= goal else "SLOW"
        )

    @staticmethod
    def note(text: str) -> None:
        print(f"  · {text}", flush=True)

    @staticmethod
    def section(title: str) -> None:
        print(f"\n{title}", flush=True)

    def summary(self, elapsed: float) -> None:
        judged = [f for f in self.figures if f.verdict]
        missed = [f for f in judged if f.verdict != "ok"]
        print(
            f"\nSummary: {len(self.figures)} figures, {len(judged)} with a goal, "
            f"{len(judged) - len(missed)} within it, {len(missed)} not."
        )
        for f in missed:
            print(f"  {f.verdict}: {f.name} {f.value} (goal {f.goal})")
        print(f"Benchmark run took {elapsed:.0f} s.", flush=True)


def fmt_s(seconds: float) -> str:
    return f"{seconds:.2f} s"


def fmt_ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms" if seconds < 10 else fmt_s(seconds)


def fmt_bytes(size: float) -> str:
    for unit in ("B", "KiB", "MiB", "GiB"):
        if size < 1024 or unit == "GiB":
            return f"{size:.1f} {unit}" if unit != "B" else f"{size:.0f} B"
        size /= 1024
    raise AssertionError("unreachable")


def p95(samples: Sequence[float]) -> float:
    if len(samples) < 2:
        return samples[0]
    return statistics.quantiles(samples, n=20, method="inclusive")[18]


def timed(action: Callable[[], T]) -> tuple[float, T]:
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


# -- machine -----------------------------------------------------------------------------------


def cipher_version() -> str:
    conn = sqlcipher3.connect(":memory:")
    try:
        row = conn.execute("PRAGMA cipher_version").fetchone()
        sqlite = conn.execute("SELECT sqlite_version()").fetchone()[0]
    finally:
        conn.close()
    return f"SQLCipher {row[0] if row else '?'} (SQLite {sqlite})"


def print_machine(notes: int, quick: bool) -> None:
    print("Counselor Desk benchmarks" + (" (--quick)" if quick else ""))
    print(f"machine   {platform.platform()} · {platform.machine()} · {os.cpu_count()} CPUs")
    print(f"python    {platform.python_implementation()} {platform.python_version()}")
    print(f"database  {cipher_version()} · sqlcipher3 {_package_version('sqlcipher3')}")
    load = (
        " · load average " + " ".join(f"{x:.2f}" for x in os.getloadavg())
        if hasattr(os, "getloadavg")
        else ""
    )
    print(f"data      {notes:,} fictional notes{load}")


def _package_version(name: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)
    except PackageNotFoundError:
        return "?"


# -- vaults ------------------------------------------------------------------------------------


@contextlib.contextmanager
def locked_at_end(vault: Vault) -> Iterator[Vault]:
    try:
        yield vault
    finally:
        vault.lock()


def populate(vault: Vault, clients: int, notes_per_client: int) -> None:
    """A fictional caseload from services.demo (the same generator as `counselor-desk demo`)."""
    populate_bulk(vault, clients=clients, notes_per_client=notes_per_client, today=date.today())


def count(vault: Vault, table: str) -> int:
    return int(vault.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


# -- figures -----------------------------------------------------------------------------------


def bench_cli(report: Report, runs: int) -> None:
    report.section("Command line")
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    times = []
    for _ in range(runs):
        elapsed, _ = timed(
            lambda: subprocess.run(
                [sys.executable, "-m", "counselor_desk", "--version"],
                check=True,
                capture_output=True,
                env=env,
            )
        )
        times.append(elapsed)
    bare = statistics.median(
        timed(lambda: subprocess.run([sys.executable, "-c", "pass"], check=True))[0]
        for _ in range(runs)
    )
    report.add(
        f"cold start of the CLI (--version, median of {runs})", fmt_ms(statistics.median(times))
    )
    report.note(f"a bare `python -c pass` takes {fmt_ms(bare)} here")


def bench_unlock(report: Report, root: Path, runs: int) -> tuple[KdfParams, float]:
    """Unlock with the calibrated Argon2 parameters; returns them for the other vaults."""
    report.section("Unlock")
    folder = root / "unlock"
    elapsed, created = timed(lambda: create_vault(folder, VAULT_NAME, PASSPHRASE))
    vault = created.vault
    kdf = vault.keyfile.slots[0].kdf
    recovery = format_recovery_key(created.recovery_key)
    vault.lock()
    report.add("create a vault (calibrate + one Argon2)", fmt_s(elapsed))
    report.note(
        f"calibrate() chose time_cost={kdf.time_cost}, memory={kdf.memory_kib // 1024} MiB, "
        f"parallelism={kdf.parallelism}"
    )

    times = []
    for _ in range(runs):
        t, opened = timed(lambda: unlock(folder, PASSPHRASE))
        opened.lock()
        times.append(t)
    median = statistics.median(times)
    verdict = "ok" if 0.5 <= median <= 1.0 else ("SLOW" if median > 1.0 else "FAST")
    report.add(
        f"unlock with Argon2 (calibrated, median of {runs})", fmt_s(median), "0.5–1 s", verdict
    )
    report.note(f"min {fmt_s(min(times))}, max {fmt_s(max(times))}")

    open_times = recovery_opens(folder, recovery, runs * 2)
    report.at_most("open after Argon2 (empty vault)", statistics.median(open_times), OPEN_GOAL_S)
    return kdf, median


def recovery_opens(folder: Path, recovery: str, runs: int) -> list[float]:
    """From having the vault key to a usable vault: the recovery key path does no Argon2."""
    times = []
    for _ in range(runs):
        t, opened = timed(lambda: unlock_with_recovery_key(folder, recovery))
        opened.lock()
        times.append(t)
    return times


def choose_queries(vault: Vault) -> list[str]:
    names = [
        row[0]
        for row in vault.conn.execute("SELECT display_name FROM clients ORDER BY display_name")
    ]
    name = names[len(names) // 2] if names else "Dana"
    first = name.split()[0]
    return [
        "c",
        "cr",
        "cra",
        "crav",
        "cravings",
        "naloxone",
        first[:3],  # a client name prefix
        name,  # the whole display name, as typed
        "cravings work",
        "naloxone kit",
        "relapse tr",  # two words, the second still being typed
    ]


def bench_search(report: Report, vault: Vault, notes: int, reps: int) -> list[str]:
    report.section(f"Search over {notes:,} notes (vault.search.search, {reps} runs each)")
    queries = choose_queries(vault)
    every: list[float] = []
    for q in queries:
        hits = len(search(vault.conn, q))  # warm-up, and the hit count shown
        times = []
        for _ in range(reps):
            t, _ = timed(functools.partial(search, vault.conn, q))
            times.append(t)
        every.extend(times)
        label = f'  "{q}"'
        report.at_most(
            f"{label:<28}{hits:>3} hits  median", statistics.median(times), SEARCH_GOAL_S
        )
        report.note(f"p95 {fmt_ms(p95(times))}")
    report.at_most("search median, all queries", statistics.median(every), SEARCH_GOAL_S)
    report.add("search p95, all queries", fmt_ms(p95(every)))
    return queries


def bench_cold_search(report: Report, folder: Path, recovery: str, queries: Sequence[str]) -> None:
    with locked_at_end(unlock_with_recovery_key(folder, recovery)) as vault:
        t, _ = timed(lambda: search(vault.conn, queries[4]))
    report.add(f'first search after unlock ("{queries[4]}")', fmt_ms(t))
    report.note("on a fresh connection: every page read and decrypted, none cached")


def bench_live_search(report: Report, vault: Vault, words: Sequence[str], reps: int) -> None:
    report.section("LiveSearch (services.search.LiveSearch: submit → answer delivered)")
    cond = threading.Condition()
    delivered: dict[int, float] = {}

    def deliver(generation: int, text: str, hits: object) -> None:
        with cond:
            delivered[generation] = time.perf_counter()
            cond.notify_all()

    def wait_for(generation: int) -> float:
        with cond:
            if not cond.wait_for(lambda: generation in delivered, timeout=30):
                raise RuntimeError(f"LiveSearch never delivered answer {generation}")
            return delivered[generation]

    live = LiveSearch(vault, deliver)
    try:
        keystrokes: list[float] = []
        for _ in range(reps):
            for word in words:
                for i in range(1, len(word) + 1):
                    start = time.perf_counter()
                    generation = live.submit(word[:i])
                    keystrokes.append(wait_for(generation) - start)
        report.at_most(
            f"per keystroke, median ({len(keystrokes)} keys)",
            statistics.median(keystrokes),
            SEARCH_GOAL_S,
        )
        report.add("per keystroke, p95", fmt_ms(p95(keystrokes)))

        bursts: list[float] = []
        answers = 0
        submitted = 0
        for _ in range(reps):
            for word in words:
                before = set(delivered)
                start = time.perf_counter()
                generations = [live.submit(word[:i]) for i in range(1, len(word) + 1)]
                bursts.append(wait_for(generations[-1]) - start)
                time.sleep(0.01)
                answers += len(set(delivered) - before)
                submitted += len(generations)
        report.at_most(
            "a word typed at once, last answer (median)", statistics.median(bursts), SEARCH_GOAL_S
        )
        report.note(f"{answers} answers delivered for {submitted} keystrokes (stale ones dropped)")
    finally:
        live.close()


def bench_save(report: Report, vault: Vault, notes: int, saves: int) -> None:
    """A draft saved again and again (what the editor's autosave commits on the worker),
    with its words re-indexed each time."""
    from datetime import UTC, datetime

    from counselor_desk.domain.notes import NoteFormat
    from counselor_desk.domain.records import Session, SessionKind
    from counselor_desk.services.caseload import Caseload

    caseload = Caseload(vault)
    client_id = vault.conn.execute("SELECT id FROM clients LIMIT 1").fetchone()[0]
    session = caseload.add_session(
        Session(client_id, datetime(2026, 3, 17, 15, tzinfo=UTC), 50, SessionKind.INDIVIDUAL)
    )
    note = caseload.start_note(session.id, NoteFormat.DAP)
    indexed = vault.conn.execute("SELECT count(*) FROM search_index").fetchone()[0]
    samples = []
    for i in range(saves):
        typed = note.with_sections({"data": f"Typed more {i}"})
        start = time.perf_counter()
        note = caseload.save_draft(typed)
        samples.append(time.perf_counter() - start)
    report.add(
        f"save a draft, re-indexed ({indexed:,} index rows, median of {saves})",
        fmt_ms(statistics.median(samples)),
    )
    report.note(
        f"max {fmt_ms(max(samples))}; the index row is found by its own index (migration 6), "
        "so a save does not grow with the vault"
    )
    caseload.delete_draft(note.id)


def bench_verify(report: Report, vault: Vault, notes: int, runs: int) -> None:
    report.section(f"Verify, backup and size at {notes:,} notes")
    structure = [timed(vault.integrity_problems) for _ in range(runs)]
    median = statistics.median(t for t, _ in structure)
    lo, hi = STRUCTURE_GOAL_S * 0.5, STRUCTURE_GOAL_S * 1.5
    verdict = "ok" if median <= hi else "SLOW"
    report.add("verify: page and structure checks", fmt_s(median), "about 0.5 s", verdict)
    if median < lo:
        report.note("well under the 0.5 s DESIGN.md measured")
    if any(problems for _, problems in structure):
        report.note(f"problems reported: {structure[0][1]}")
    full = [timed(lambda: verify(vault)) for _ in range(runs)]
    result = full[-1][1]
    report.add(
        "verify: everything (pages, audit, hashes)", fmt_s(statistics.median(t for t, _ in full))
    )
    report.note(
        f"ok={result.ok}, {result.signed_notes:,} signed notes, {result.audit_rows:,} audit rows"
    )


def bench_backup(report: Report, vault: Vault, runs: int) -> None:
    backups = [timed(vault.backup_now) for _ in range(runs)]
    path = backups[-1][1]
    report.add(f"backup_now (median of {runs})", fmt_s(statistics.median(t for t, _ in backups)))
    report.note(f"backup file {fmt_bytes(path.stat().st_size)}")


def bench_interchange(report: Report, vault: Vault, root: Path, kdf: KdfParams) -> None:
    report.section("Interchange (counselor-desk/1)")
    document = root / "export.json"
    t_export, summary = timed(lambda: export_file(vault, document))
    notes = summary.notes
    report.add(f"export {notes:,} notes (export_file)", fmt_s(t_export))
    report.note(f"file {fmt_bytes(document.stat().st_size)}")
    t_read, data = timed(lambda: read_file(document))
    report.add("read the export (read_file, JSON parse)", fmt_ms(t_read))
    fresh = create_vault(root / "imported", VAULT_NAME, PASSPHRASE, kdf=kdf).vault
    with locked_at_end(fresh):
        t_import, imported = timed(lambda: import_data(fresh, data))
        rate = imported.notes / t_import
        report.add(
            f"import {imported.notes:,} notes (import_data)",
            fmt_s(t_import),
        )
        report.add("import rate", f"{rate:,.0f} notes/s")


def bench_size(report: Report, vault: Vault, notes: int) -> None:
    size = vault.db_file.stat().st_size
    report.add("vault.db size (at rest, after lock)", fmt_bytes(size))
    report.note(f"{size / max(notes, 1):,.0f} bytes per note, search index included")


# -- the window (tests/benchmarks/window.py) ---------------------------------------------------


def bench_window_section(report: Report, root: Path, quick: bool) -> None:
    """Cold start, unlock to a populated window, autosave and search as you type. Qt runs
    only in subprocesses that window.py starts (offscreen), never in this process."""
    from window import bench_window  # beside this script, which is on sys.path

    started = time.perf_counter()
    bench_window(report, root, quick)
    report.note(f"window section took {time.perf_counter() - started:.0f} s")


# -- printing (tests/benchmarks/printing.py) -------------------------------------------------


def bench_printing_section(report: Report, root: Path, quick: bool) -> None:
    """A session note PDF and a 200-page client summary with progress, through
    services.printing on a real vault (issue 5)."""
    from printing import bench_printing  # beside this script, which is on sys.path

    started = time.perf_counter()
    bench_printing(report, root, quick)
    report.note(f"printing section took {time.perf_counter() - started:.0f} s")


# -- main --------------------------------------------------------------------------------------


def run(quick: bool) -> None:
    clients, per_client = (20, 50) if quick else (100, 100)
    runs = 3 if quick else 5
    reps = 10 if quick else 30
    started = time.perf_counter()
    report = Report()
    print_machine(clients * per_client, quick)

    with tempfile.TemporaryDirectory(prefix="counselor-desk-bench-") as tmp:
        root = Path(tmp)
        bench_cli(report, 5)
        kdf, _ = bench_unlock(report, root, runs)

        report.section("A caseload")
        folder = root / "caseload"
        created = create_vault(folder, VAULT_NAME, PASSPHRASE, kdf=kdf)
        recovery = format_recovery_key(created.recovery_key)
        with locked_at_end(created.vault) as vault:
            t_fill, _ = timed(lambda: populate(vault, clients, per_client))
            notes = count(vault, "notes")
            report.add(
                f"populate {count(vault, 'clients'):,} clients, {notes:,} notes", fmt_s(t_fill)
            )
            report.note("by services.demo.populate_bulk, in one transaction")
        open_times = recovery_opens(folder, recovery, runs * 2)
        report.at_most(
            f"open after Argon2 ({notes:,} notes)", statistics.median(open_times), OPEN_GOAL_S
        )

        with locked_at_end(unlock_with_recovery_key(folder, recovery)) as vault:
            queries = bench_search(report, vault, notes, reps)
        bench_cold_search(report, folder, recovery, queries)

        with locked_at_end(unlock_with_recovery_key(folder, recovery)) as vault:
            bench_live_search(
                report, vault, ["cravings", "naloxone", queries[6]], max(reps // 10, 1)
            )
            bench_save(report, vault, notes, 20)
            bench_verify(report, vault, notes, runs)
            bench_backup(report, vault, 3)
            bench_interchange(report, vault, root, kdf)
        bench_size(report, vault, notes)
        bench_window_section(report, root, quick)
        bench_printing_section(report, root, quick)

    report.summary(time.perf_counter() - started)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="1,000 notes: a smoke run for CI")
    args = parser.parse_args(argv)
    run(args.quick)
    return 0


if __name__ == "__main__":
    sys.exit(main())
