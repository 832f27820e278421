"""Window figures for run.py: cold start, unlock to a populated window, autosave and search
as you type (issue 3, "Tests and figures"), then a client chart with 2,000 sessions, 200
worksheets and 300 scale entries opened to first paint, and a generated 50-field worksheet
form built and painted (issue 4), each beside its goal.

run.py calls bench_window(report, root, quick). Qt never starts in run.py's own process:
the cold starts are subprocesses, and the in-process figures run in two child processes
(`python window.py --child CONFIG.json` for issue 3's, `--measures-child` for the chart
and the form), all with QT_QPA_PLATFORM=offscreen in their environment only. Each child
prints one JSON line of raw samples; this side prints them.

How the UI thread is timed: the first child's QApplication overrides notify(), so every
event the UI thread handles at the top level (a key press, a timer, a queued signal from
the writer or search thread, a repaint) is timed from delivery to return. "UI-thread time"
for a save or a keystroke is the sum of those spans from the moment it starts until its
result is on the screen, the waiting in between (the loop idle, the worker writing) left
out. A frame can only be shorter than that sum, so a sum under 16 ms means every frame of
it was too. The second child's QApplication is a plain one (see _measures_child).

Every record is fictional (services.demo.populate_bulk); vaults live under run.py's
temporary folder and use cheap Argon2 parameters (Argon2 is measured in run.py's Unlock).
"""

from __future__ import annotations

import json
import os
import random
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, Protocol

from counselor_desk.domain.measures import (
    WorksheetInstance,
    WorksheetStatus,
    scale_entry_from_result,
)
from counselor_desk.domain.network import MemberKind, NetworkMember, Strength
from counselor_desk.domain.records import Session
from counselor_desk.domain.recovery import format_recovery_key
from counselor_desk.domain.scales import ScaleId, definition, score
from counselor_desk.domain.treatment_plan import (
    Goal,
    Intervention,
    Objective,
    ObjectiveLink,
    PlanStatus,
    Problem,
    TreatmentPlan,
)
from counselor_desk.domain.worksheets import (
    ChecklistField,
    ChoiceField,
    ColumnField,
    DateField,
    LongTextField,
    NumberField,
    PhoneField,
    RatingField,
    TableField,
    WorksheetDefinition,
    check_values,
    load_shipped,
)
from counselor_desk.services.demo import populate_bulk
from counselor_desk.vault import measures as measures_repo
from counselor_desk.vault import network as network_repo
from counselor_desk.vault import plans as plans_repo
from counselor_desk.vault import sessions as sessions_repo
from counselor_desk.vault.connection import Connection
from counselor_desk.vault.keyslots import KdfParams
from counselor_desk.vault.store import create_vault

PASSPHRASE = "maple orbit candle harbor"  # fictional, like the records
CHEAP = KdfParams(time_cost=1, memory_kib=1024, parallelism=1)
CLIENTS = 500  # the goal is stated for 500 clients, in quick runs too
COLD_RATIO_GOAL = 1.5
OPEN_GOAL_S = 0.250
AUTOSAVE_GOAL_S = 0.008
FRAME_GOAL_S = 0.016
AUTOSAVE_MS = 20  # the editor's pause before saving (1 s in the app; shorter to save often)
RESULT_PREFIX = "WINDOW-RESULT "
# Issue 4: one client's chart (quick runs use the smaller sizes, and say so)
CHART_GOAL_S = 0.150
CHART_SIZES = {"sessions": 2000, "worksheets": 200, "entries": 300}
CHART_QUICK_SIZES = {"sessions": 500, "worksheets": 50, "entries": 75}
CHART_OTHER_CLIENTS = 20  # the rest of the caseload, 4 notes each (a client to switch to)
CHART_SCALES = (ScaleId.PHQ9, ScaleId.GAD7, ScaleId.PHQ9, ScaleId.CRAVING)  # 2:1:1
CHART_TABS = ("Overview", "Sessions", "Worksheets", "Scales", "Treatment plan", "Support network")
FORM_GOAL_S = 0.050
FORM_FIELDS = 50
FORM_RUNS = 10


class Reporter(Protocol):
    """The part of run.py's Report used here."""

    def add(self, name: str, value: str, goal: str = ..., verdict: str = ...) -> None: ...
    def at_most(self, name: str, seconds: float, goal: float) -> None: ...
    def note(self, text: str) -> None: ...
    def section(self, title: str) -> None: ...


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def _p95(samples: Sequence[float]) -> float:
    if len(samples) < 2:
        return samples[0]
    return statistics.quantiles(samples, n=20, method="inclusive")[18]


def _offscreen_env() -> dict[str, str]:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")


# -- parent: run.py's process -----------------------------------------------------------------


def _make_vault(folder: Path, notes_per_client: int) -> str:
    """A fictional caseload with today's backup made (so no backup starts at unlock);
    returns the recovery key."""
    created = create_vault(folder, "Benchmark", PASSPHRASE, kdf=CHEAP)
    vault = created.vault
    try:
        populate_bulk(vault, clients=CLIENTS, notes_per_client=notes_per_client, today=date.today())
        vault.backup_now()
    finally:
        vault.lock()
    return format_recovery_key(created.recovery_key)


def _answer(item: ColumnField | ChecklistField, rng: random.Random, day: date) -> object:
    """A valid answer for one field or table cell (the chart vault's worksheets are
    filled in, as a counselor's would be)."""
    if isinstance(item, LongTextField):
        return f"Talked through the week, step {rng.randint(1, 9)}.\nWhat helped: a call."
    if isinstance(item, NumberField):
        low = item.minimum if item.minimum is not None else 0
        return int(low) + 1 if item.integer else float(low) + 1.5
    if isinstance(item, RatingField):
        return rng.randint(item.minimum, item.maximum)
    if isinstance(item, DateField):
        return day.isoformat()
    if isinstance(item, PhoneField):
        return f"555-01{rng.randint(0, 99):02d}"
    if isinstance(item, ChoiceField):
        return rng.choice(item.options).key
    if isinstance(item, ChecklistField):
        return [option.key for option in item.options[:2]]
    return f"answer {rng.randint(1, 999)}"  # text


def _filled(sheet: WorksheetDefinition, rng: random.Random, day: date) -> dict[str, object]:
    values: dict[str, object] = {}
    for item in sheet.input_fields:
        if isinstance(item, TableField):
            rows = max(item.min_rows, 2)
            if item.max_rows is not None:
                rows = min(rows, item.max_rows)
            values[item.key] = [
                {column.key: _answer(column, rng, day) for column in item.columns}
                for _ in range(rows)
            ]
        else:
            values[item.key] = _answer(item, rng, day)
    problems = check_values(sheet, values, complete=True)
    if problems:
        raise ValueError(f"{sheet.id}: {problems[0]}")
    return values


def _scale_answers(scale: ScaleId, rng: random.Random) -> dict[str, int]:
    return {item.key: rng.choice(item.values) for item in definition(scale).items}


def _make_chart_vault(folder: Path, sizes: dict[str, int]) -> dict[str, str]:
    """One client with sizes["sessions"] signed notes, sizes["worksheets"] filled-in
    worksheets (every shipped one in turn, every other one complete with its version) and
    sizes["entries"] scale entries (PHQ-9, GAD-7 and craving), each tied to one of the
    client's sessions; and CHART_OTHER_CLIENTS small clients to switch to. Returns the
    recovery key and both client ids."""
    created = create_vault(folder, "Chart", PASSPHRASE, kdf=CHEAP)
    vault = created.vault
    rng = random.Random(4)  # reproducible fiction, not a secret
    today = date.today()
    try:
        populate_bulk(vault, clients=1, notes_per_client=sizes["sessions"], today=today, seed=7)
        populate_bulk(vault, clients=CHART_OTHER_CLIENTS, notes_per_client=4, today=today, seed=8)
        sheets = list(load_shipped().definitions.values())
        with vault.transaction() as conn:
            rows = conn.execute(
                "SELECT client_id FROM sessions GROUP BY client_id ORDER BY count(*) DESC"
            ).fetchall()
            client, other = str(rows[0][0]), str(rows[1][0])
            sessions = sessions_repo.list_sessions(conn, client)
            sessions.sort(key=lambda s: s.start)
            for i in range(sizes["worksheets"]):
                sheet = sheets[i % len(sheets)]
                session = sessions[i * len(sessions) // sizes["worksheets"]]
                at = session.start + timedelta(minutes=30)
                complete = i % 2 == 0
                worksheet = measures_repo.add_worksheet(
                    conn,
                    WorksheetInstance(
                        client_id=client,
                        definition_id=sheet.id,
                        definition_version=sheet.version,
                        values=_filled(sheet, rng, session.start.date()),
                        session_id=session.id,
                        status=WorksheetStatus.COMPLETE if complete else WorksheetStatus.DRAFT,
                        created_at=at,
                        updated_at=at,
                        completed_at=at if complete else None,
                    ),
                    sheet,
                    at,
                )
                if complete:
                    measures_repo.append_version(conn, worksheet, at)
            for i in range(sizes["entries"]):
                scale = CHART_SCALES[i % len(CHART_SCALES)]
                session = sessions[i * len(sessions) // sizes["entries"]]
                answers = _scale_answers(scale, rng)
                entry = scale_entry_from_result(
                    score(scale, answers),
                    client_id=client,
                    answers=answers,
                    taken_on=session.start.date(),
                    session_id=session.id,
                )
                measures_repo.add_scale_entry(conn, entry, session.start + timedelta(minutes=5))
            _add_plan_and_network(conn, client, sessions, today)
        vault.backup_now()
    finally:
        vault.lock()
    return {"recovery": format_recovery_key(created.recovery_key), "client": client, "other": other}


def _add_plan_and_network(
    conn: Connection, client: str, sessions: Sequence[Session], today: date
) -> None:
    """An active treatment plan (3 problems x 2 goals x 2 objectives) with every session
    linked to one objective (the golden thread), and a support network of 12 people."""
    now = datetime.now(UTC)
    problems = tuple(
        Problem(
            f"Problem {p + 1}: cravings at work and at home",
            goals=tuple(
                Goal(
                    f"Goal {g + 1}: steadier weeks",
                    objectives=tuple(
                        Objective(
                            f"Objective {o + 1}: names two triggers and a plan for each",
                            target_date=today + timedelta(days=30 * (o + 1)),
                            interventions=(Intervention("Coping plan", "Counselor", "Weekly"),),
                        )
                        for o in range(2)
                    ),
                )
                for g in range(2)
            ),
        )
        for p in range(3)
    )
    plan = plans_repo.add_plan(
        conn,
        TreatmentPlan(
            client_id=client,
            problems=problems,
            status=PlanStatus.ACTIVE,
            review_date=today + timedelta(days=60),
        ),
        now,
    )
    objectives = [objective.id for _p, _g, objective in plan.objectives()]
    for i, session in enumerate(sessions):
        plans_repo.add_link(
            conn, ObjectiveLink(session.id, plan.id, objectives[i % len(objectives)], client), now
        )
    kinds = ("family", "sponsor", "peer-specialist", "employer", "prescriber", "faith-group")
    for i in range(12):
        network_repo.add_member(
            conn,
            NetworkMember(
                client,
                f"Person {i + 1}",
                MemberKind(kinds[i % len(kinds)]),
                tuple(Strength)[i % len(Strength)],
            ),
            now,
        )


def fifty_field_toml() -> str:
    """A 50-field worksheet of every kind (the benchmark's "generated form"); the same as
    tests/gui/test_worksheet_form.py's, copied so the benchmark stands alone."""
    kinds = [
        'kind = "text"',
        'kind = "long_text"',
        'kind = "rating"\nmin = 0\nmax = 10',
        'kind = "date"',
        'kind = "phone"',
        'kind = "number"\nmin = 0\nmax = 99',
        'kind = "choice"\noptions = [{ key = "a", label = { en = "A", es = "A" } },'
        ' { key = "b", label = { en = "B", es = "B" } }]',
        'kind = "checklist"\noptions = [{ key = "a", label = { en = "A", es = "A" } },'
        ' { key = "b", label = { en = "B", es = "B" } }]',
    ]
    parts = [
        'id = "fifty"\nversion = 1\ntitle = { en = "Fifty", es = "Cincuenta" }\n'
        'help = { en = "Many fields.", es = "Muchos campos." }\n'
    ]
    for i in range(FORM_FIELDS):
        parts.append(
            f'[[fields]]\nkey = "f{i}"\n{kinds[i % len(kinds)]}\n'
            f'label = {{ en = "Field {i}", es = "Campo {i}" }}\n'
            f'help = {{ en = "Help {i}", es = "Ayuda {i}" }}\n'
        )
    return "\n".join(parts)


# Both cold starts: quit once the window has had its first paint.
_FIRST_PAINT = """
from PySide6.QtCore import QEvent, QObject, QTimer


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, app.quit)
        return False


first_paint = FirstPaint()
window.installEventFilter(first_paint)
window.show()
QTimer.singleShot(10_000, lambda: app.exit(3))  # never hang a benchmark run
sys.exit(app.exec())
"""

_BARE = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)
"""

_DESK = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from counselor_desk.ui.main_window import MainWindow
from counselor_desk.ui.ui_settings import UiSettings

app = QApplication(sys.argv[:1])
window = MainWindow(Path(sys.argv[1]), UiSettings(Path(sys.argv[2])))
"""


def _cold_start(code: str, args: Sequence[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-c", code + _FIRST_PAINT, *args],
        check=True,
        capture_output=True,
        env=env,
        timeout=60,
    )
    return time.perf_counter() - start


def bench_cold_start(
    report: Reporter, vaults_root: Path, settings: Path, pycache: Path, runs: int
) -> None:
    # As installed: modules load from compiled bytecode. PYTHONDONTWRITEBYTECODE (often
    # set in development shells) would compile every module at every start instead, so
    # bytecode goes to a temporary prefix, written by one start that is not counted.
    env = _offscreen_env()
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(pycache)
    args = (str(vaults_root), str(settings))
    compiling = _cold_start(_BARE, (), env) + _cold_start(_DESK, args, env)
    bare: list[float] = []
    desk: list[float] = []
    for _ in range(runs):  # interleaved, so a busy moment hits both alike
        bare.append(_cold_start(_BARE, (), env))
        desk.append(_cold_start(_DESK, args, env))
    bare_median, desk_median = statistics.median(bare), statistics.median(desk)
    ratio = desk_median / bare_median
    report.add(f"cold start to unlock window (median of {runs})", _ms(desk_median))
    report.add(f"cold start, bare PySide6 window (median of {runs})", _ms(bare_median))
    report.add(
        "unlock window ÷ bare window",
        f"{ratio:.2f}×",
        f"≤ {COLD_RATIO_GOAL}×",
        "ok" if ratio <= COLD_RATIO_GOAL else "SLOW",
    )
    report.note("process start to first paint, then quit; one vault listed; offscreen")
    report.note(f"the first start of both, compiling bytecode, took {_ms(compiling)}")


def bench_window(report: Reporter, root: Path, quick: bool) -> None:
    """The window figures; root is a temporary folder of run.py's."""
    runs = 3 if quick else 5
    base = root / "window"
    vaults_root = base / "vaults"
    vaults_root.mkdir(parents=True)
    notes_per_client = 4
    search_per_client = notes_per_client if quick else 20
    started = time.perf_counter()
    recovery = _make_vault(vaults_root / "Benchmark", notes_per_client)
    if quick:  # search over the same 2,000 notes
        search_folder, search_recovery = vaults_root / "Benchmark", recovery
    else:
        search_folder = base / "search" / "Benchmark"
        search_folder.parent.mkdir()
        search_recovery = _make_vault(search_folder, search_per_client)
    report.section(
        f"Window (offscreen; {CLIENTS} clients × {notes_per_client} notes, "
        f"search over {CLIENTS * search_per_client:,} notes)"
    )
    report.add("make the vaults (populate_bulk, backup)", f"{time.perf_counter() - started:.2f} s")

    bench_cold_start(report, vaults_root, base / "cold-settings.ini", base / "pycache", runs)

    config = {
        "vaults_root": str(vaults_root),
        "vault": str(vaults_root / "Benchmark"),
        "recovery": recovery,
        "search_vault": str(search_folder),
        "search_recovery": search_recovery,
        "settings": str(base / "settings.ini"),
        "runs": runs,
        "saves": 50 if quick else 200,
        "words": ["cravings", "naloxone kit", *([] if quick else ["relapse tr"])],
        "reps": 1 if quick else 3,
    }
    config_file = base / "child.json"
    config_file.write_text(json.dumps(config), encoding="utf-8")
    result = _run_child("--child", config_file)
    _report_child(report, result, runs)

    # Issue 4: one client's whole chart, and a generated 50-field worksheet form.
    sizes = CHART_QUICK_SIZES if quick else CHART_SIZES
    started = time.perf_counter()
    chart = _make_chart_vault(base / "chart" / "Chart", sizes)
    chart_made = time.perf_counter() - started
    form_file = base / "fifty.toml"
    form_file.write_text(fifty_field_toml(), encoding="utf-8")
    measures_config = {
        "vaults_root": str(base / "chart"),
        "vault": str(base / "chart" / "Chart"),
        "settings": str(base / "chart-settings.ini"),
        "runs": runs,
        **chart,
        "sizes": sizes,
        "form_definition": str(form_file),
        "form_runs": FORM_RUNS,
    }
    config_file = base / "measures-child.json"
    config_file.write_text(json.dumps(measures_config), encoding="utf-8")
    result = _run_child("--measures-child", config_file)
    _report_measures(report, result, runs, sizes, chart_made, quick)


def _run_child(mode: str, config_file: Path) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), mode, str(config_file)],
        capture_output=True,
        text=True,
        env=_offscreen_env(),
        timeout=600,
    )
    for line in done.stdout.splitlines():
        if line.startswith(RESULT_PREFIX):
            return dict(json.loads(line[len(RESULT_PREFIX) :]))
    raise RuntimeError(
        f"the window benchmark child failed (exit {done.returncode}):\n"
        f"{done.stdout[-2000:]}\n{done.stderr[-4000:]}"
    )


def _report_child(report: Reporter, r: dict[str, Any], runs: int) -> None:
    opens = r["open"]
    report.at_most(
        f"unlock to {CLIENTS} clients shown (median of {runs})",
        statistics.median(opens),
        OPEN_GOAL_S,
    )
    report.note(
        f"no Argon2 (recovery key): vault open {_ms(statistics.median(r['open_vault']))}, "
        f"window built {_ms(statistics.median(r['open_window']))}, "
        f"first paint {_ms(statistics.median(r['open_paint']))}; "
        f"max {_ms(max(opens))}"
    )

    saves = r["autosave"]
    report.at_most(
        f"UI thread per autosave, p95 ({len(saves)} saves)", _p95(saves), AUTOSAVE_GOAL_S
    )
    report.add("UI thread per autosave, max", _ms(max(saves)))
    report.note(
        f'from the autosave timer to "Saved" painted: median {_ms(statistics.median(saves))}, '
        f"longest single event {_ms(max(r['autosave_longest']))}"
    )
    report.note(
        f'"Saved" shown {_ms(statistics.median(r["autosave_wall"]))} after the pause '
        "(median, wall clock: the commit runs on the writer thread)"
    )

    keys = r["search"]
    report.at_most(f"search, UI thread per key, p95 ({len(keys)} keys)", _p95(keys), FRAME_GOAL_S)
    report.at_most("search, UI thread per key, max", max(keys), FRAME_GOAL_S)
    report.note(
        f"key, answer applied and repainted: median {_ms(statistics.median(keys))}, "
        f"longest single event {_ms(max(r['search_longest']))}; {r['answers']} answers, "
        f"up to {r['hits']} hits, {r['paints']} list paints"
    )
    report.note(
        f"keystroke to hits on screen {_ms(statistics.median(r['search_wall']))} median, "
        f"{_ms(_p95(r['search_wall']))} p95 (wall clock, search thread included)"
    )


def _chart_size_words(sizes: dict[str, int]) -> str:
    return (
        f"{sizes['sessions']:,} sessions, {sizes['worksheets']} worksheets, "
        f"{sizes['entries']} scale entries"
    )


def _report_measures(
    report: Reporter,
    r: dict[str, Any],
    runs: int,
    sizes: dict[str, int],
    made: float,
    quick: bool,
) -> None:
    smaller = ", smaller for --quick" if quick else ""
    report.section(
        f"Client chart and worksheet form (offscreen; one client with "
        f"{_chart_size_words(sizes)}{smaller})"
    )
    report.add("make the chart vault", f"{made:.2f} s")
    chart = "client chart" if not quick else f"quick, {sizes['sessions']:,}-session chart"
    for tab in CHART_TABS:
        samples = r["chart"][tab]
        name = (
            f"{chart} to paint (median of {runs})"
            if tab == CHART_TABS[0]
            else f"  the same, {tab} tab up"
        )
        report.at_most(name, statistics.median(samples["paint"]), CHART_GOAL_S)
        report.note(
            f"select_client returned at {_ms(statistics.median(samples['select']))} "
            f"(chart read and filled), painted by {_ms(statistics.median(samples['paint']))}, "
            f"max {_ms(max(samples['paint']))}; idle (audit row written) at "
            f"{_ms(statistics.median(samples['idle']))}"
        )
    report.note(
        "from client_list.select_client (as a click) to the end of the chart's first "
        "repaint; another client shown between runs; the first is the Overview tab"
    )
    report.note(f"the first open after unlock (Overview, not counted) {_ms(r['chart']['first'])}")

    form = r["form"]
    report.at_most(
        f"{FORM_FIELDS}-field form built and painted (median of {len(form['total'])})",
        statistics.median(form["total"]),
        FORM_GOAL_S,
    )
    report.note(
        f"WorksheetForm(definition) {_ms(statistics.median(form['build']))}, then shown in "
        f"an open window and painted {_ms(statistics.median(form['paint']))}; max "
        f"{_ms(max(form['total']))}; the first build (not counted) {_ms(form['warm_total'])}"
    )


# -- child: a QApplication in its own process ------------------------------------------------


def _child(config: dict[str, Any]) -> dict[str, Any]:
    from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    from counselor_desk.domain.notes import NoteFormat
    from counselor_desk.domain.records import Session, SessionKind
    from counselor_desk.ui.main_window import MainWindow
    from counselor_desk.ui.ui_settings import UiSettings
    from counselor_desk.vault.store import unlock_with_recovery_key

    class TimedApplication(QApplication):
        """Times every event handled at the top level while recording is on."""

        def __init__(self, argv: list[str]) -> None:
            super().__init__(argv)
            self.recording = False
            self.spans: list[tuple[float, float]] = []
            self.ignored: QObject | None = None  # the benchmark's own poll timer
            self.watched: QWidget | None = None
            self.paints = 0
            self._depth = 0

        def notify(self, receiver: QObject, event: QEvent) -> bool:
            if (
                self.watched is not None
                and receiver is self.watched
                and event.type() == QEvent.Type.Paint
            ):
                self.paints += 1
            timing = self.recording and self._depth == 0 and receiver is not self.ignored
            start = time.perf_counter()
            self._depth += 1
            try:
                return super().notify(receiver, event)
            finally:
                self._depth -= 1
                if timing:
                    self.spans.append((start, time.perf_counter()))

        def busy(self, since: float) -> tuple[float, float]:
            """UI-thread time in spans begun after since: (total, longest)."""
            lengths = [end - start for start, end in self.spans if start >= since]
            return sum(lengths), max(lengths, default=0.0)

    app = TimedApplication(sys.argv[:1])
    poll = QTimer()
    poll.setTimerType(Qt.TimerType.PreciseTimer)
    poll.setInterval(1)
    app.ignored = poll

    def run_until(condition: Callable[[], bool], timeout: float = 30.0) -> None:
        """Run the event loop until condition() holds, then handle what is pending."""
        if not condition():
            loop = QEventLoop()
            deadline = time.perf_counter() + timeout

            def check() -> None:
                if condition() or time.perf_counter() > deadline:
                    loop.quit()

            poll.timeout.connect(check)
            poll.start()
            loop.exec()
            poll.stop()
            poll.timeout.disconnect(check)
            if not condition():
                raise TimeoutError("the window never got there")
        settle()

    def settle() -> None:
        for _ in range(2):  # posted layout and paint events, then what they posted
            app.processEvents()
        # deleteLater() outside an event loop waits for one; a page dropped at lock would
        # otherwise be deleted inside the next figure's measurement.
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        app.processEvents()

    def background_done() -> None:
        """The integrity check after unlock runs off the UI thread; let it finish so one
        figure's background work does not land in the next one's."""
        for thread in threading.enumerate():
            if thread.name in ("after-unlock", "vault-integrity-check"):
                thread.join(timeout=30)

    settings = UiSettings(Path(config["settings"]))
    window = MainWindow(Path(config["vaults_root"]), settings, kdf=CHEAP, autosave_ms=AUTOSAVE_MS)
    window.show()
    run_until(lambda: window.isVisible())
    result: dict[str, Any] = {}

    # Unlock to a populated window: no Argon2 (the recovery key is the vault key).
    folder, recovery = Path(config["vault"]), str(config["recovery"])
    opens: list[float] = []
    parts: dict[str, list[float]] = {"open_vault": [], "open_window": [], "open_paint": []}
    for _ in range(config["runs"]):
        app.paints = 0
        start = time.perf_counter()
        vault = unlock_with_recovery_key(folder, recovery)
        unlocked = time.perf_counter()
        window.open_vault(vault)
        built = time.perf_counter()
        desk = window.desk
        assert desk is not None
        app.watched = desk.client_list.table.viewport()
        run_until(
            lambda d=desk: (
                d.isVisible() and d.client_list.model.rowCount() == CLIENTS and app.paints > 0
            )
        )
        end = time.perf_counter()
        opens.append(end - start)
        parts["open_vault"].append(unlocked - start)
        parts["open_window"].append(built - unlocked)
        parts["open_paint"].append(end - built)
        app.watched = None
        background_done()
        window.lock("manual")
        settle()
    result["open"] = opens
    result.update(parts)

    # Autosave: a draft note open in the editor, a few words typed, then saved.
    window.open_vault(unlock_with_recovery_key(folder, recovery))
    background_done()
    settle()
    desk, workspace = window.desk, window.workspace
    assert desk is not None and workspace is not None
    caseload = workspace.caseload
    client = caseload.clients()[0]
    start_at = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=1)
    session = caseload.add_session(Session(client.id, start_at, 50, SessionKind.INDIVIDUAL))
    note = caseload.start_note(session.id, NoteFormat.DAP)
    desk.client_list.select_client(client.id)
    desk.show_client(client.id)
    desk.open_note(note.id)
    settle()
    editor = desk.editor
    autosaver = editor.autosaver
    field = editor.field("data")
    assert field is not None
    words = ["cravings ", "after ", "work ", "talked ", "through ", "plan "]
    saves: list[float] = []
    longest: list[float] = []
    walls: list[float] = []
    for i in range(config["saves"]):
        QTest.keyClicks(field, words[i % len(words)])
        settle()  # the typing and its repaint are not the save's
        if not autosaver.dirty:
            raise RuntimeError("typing did not reach the autosaver")
        app.recording = True
        since = time.perf_counter()
        run_until(lambda: not autosaver.dirty and not autosaver.saving)
        app.recording = False
        total, single = app.busy(since)
        saves.append(total)
        longest.append(single)
        walls.append(time.perf_counter() - since - AUTOSAVE_MS / 1000)
        app.spans.clear()
    if editor.status_text() != "Saved":
        raise RuntimeError(f"the editor says {editor.status_text()!r}, not 'Saved'")
    result.update(autosave=saves, autosave_longest=longest, autosave_wall=walls)
    window.lock("manual")
    settle()

    # Search as you type: the popup open, a word typed letter by letter, each answer
    # waited for (the most work: no answer dropped as stale) and painted.
    window.open_vault(
        unlock_with_recovery_key(Path(config["search_vault"]), str(config["search_recovery"]))
    )
    background_done()
    settle()
    window.open_search()
    popup = window.search_popup
    assert popup is not None
    settle()
    app.watched = popup.results.viewport()
    app.paints = 0
    keys: list[float] = []
    key_longest: list[float] = []
    key_walls: list[float] = []
    answers = 0
    hits = 0
    workspace = window.workspace
    assert workspace is not None

    def answered(*_args: object) -> None:
        nonlocal answers
        answers += 1

    workspace.search_answered.connect(answered)
    for _ in range(config["reps"]):
        for word in config["words"]:
            popup.clear()
            settle()
            for char in word:
                app.recording = True
                since = time.perf_counter()
                QTest.keyClick(popup.field, char)
                run_until(lambda: not popup.waiting)
                app.recording = False
                total, single = app.busy(since)
                keys.append(total)
                key_longest.append(single)
                key_walls.append(time.perf_counter() - since)
                hits = max(hits, popup.model.rowCount())
                app.spans.clear()
    workspace.search_answered.disconnect(answered)
    result.update(
        search=keys,
        search_longest=key_longest,
        search_wall=key_walls,
        answers=answers,
        hits=hits,
        paints=app.paints,
    )
    app.watched = None
    window.lock("manual")
    settle()
    window.close()
    return result


# -- the issue-4 child: a plain QApplication -----------------------------------------------
# The first child's QApplication times every event in Python (notify() overridden), which
# costs a few microseconds per event: 20 ms and more on the 4,850 events of building and
# showing a 50-field form. The app has no such override, so the chart and form figures
# run in a child of their own with a plain QApplication. The end of a first paint is
# found without touching every event: a filter on one widget that is sure to repaint
# sees its Paint event, and a call queued from there runs once that repaint pass (the
# whole window's, flushed to the screen) has returned.


def _measures_child(config: dict[str, Any]) -> dict[str, Any]:
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

    from counselor_desk.domain.worksheets import load_definition
    from counselor_desk.ui.main_window import MainWindow
    from counselor_desk.ui.ui_settings import UiSettings
    from counselor_desk.ui.worksheet_form import WorksheetForm
    from counselor_desk.vault.store import unlock_with_recovery_key

    app = QApplication(sys.argv[:1])

    class FirstPaint(QObject):
        """The end of the repaint pass in which one widget first paints."""

        def __init__(self) -> None:
            super().__init__()
            self.end: float | None = None
            self._armed = False
            self._loop: QEventLoop | None = None

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if self._armed and event.type() == QEvent.Type.Paint:
                self._armed = False
                QTimer.singleShot(0, self._pass_done)
            return False

        def _pass_done(self) -> None:
            self.end = time.perf_counter()
            if self._loop is not None:
                self._loop.quit()

        def arm(self, widget: QWidget) -> None:
            self.end, self._armed = None, True
            widget.installEventFilter(self)

        def wait(self, widget: QWidget, timeout_ms: int = 30_000) -> float:
            if self.end is None:
                self._loop = QEventLoop()
                guard = QTimer()
                guard.setSingleShot(True)
                guard.timeout.connect(self._loop.quit)
                guard.start(timeout_ms)
                self._loop.exec()
                guard.stop()
                self._loop = None
            widget.removeEventFilter(self)
            if self.end is None:
                raise TimeoutError("the widget never painted")
            return self.end

    def settle() -> None:
        for _ in range(2):  # posted layout and paint events, then what they posted
            app.processEvents()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        app.processEvents()

    first_paint = FirstPaint()
    result: dict[str, Any] = {}

    # The chart: open the vault in the window, then select the big client again and again.
    window = MainWindow(
        Path(config["vaults_root"]), UiSettings(Path(config["settings"])), kdf=CHEAP
    )
    window.show()
    settle()
    window.open_vault(unlock_with_recovery_key(Path(config["vault"]), str(config["recovery"])))
    for thread in threading.enumerate():  # the integrity check after unlock
        if thread.name in ("after-unlock", "vault-integrity-check"):
            thread.join(timeout=30)
    settle()
    desk, workspace = window.desk, window.workspace
    assert desk is not None and workspace is not None
    sizes = config["sizes"]
    sessions_page = desk.chart.session_table.parentWidget()
    assert sessions_page is not None
    pages: dict[str, QWidget] = {
        "Overview": desk.chart.overview,
        "Sessions": sessions_page,
        "Worksheets": desk.worksheets,
        "Scales": desk.scales,
        "Treatment plan": desk.plans,
        "Support network": desk.network,
    }

    def select(client_id: str) -> None:
        if not desk.client_list.select_client(client_id):
            raise RuntimeError("the client is not in the list")

    def quiet() -> None:
        workspace.worker.wait_idle(timeout=30)  # the "open-chart" audit row
        settle()

    select(config["other"])
    quiet()
    other_name = desk.chart.name.text()

    def open_chart(tab: str) -> tuple[float, float, float]:
        """Select the big client with `tab` up: (select_client returned, first repaint pass
        done, worker idle), each from the start; then back to the small client."""
        desk.chart.show_tab(pages[tab])
        settle()
        # The client's name in the chart's header changes, so it repaints in the first
        # pass that paints the chart, whichever tab is up.
        first_paint.arm(desk.chart.name)
        start = time.perf_counter()
        select(config["client"])
        selected = time.perf_counter()
        painted = first_paint.wait(desk.chart.name)
        quiet()
        idle = time.perf_counter()
        shown = (
            desk.chart.current_client_id,
            desk.chart.name.text() != other_name,
            desk.chart.session_model.rowCount(),
            desk.worksheets.model.rowCount(),
            desk.scales.model.rowCount(),
            desk.chart.tabs.currentWidget() is pages[tab],
        )
        wanted = (config["client"], True, *sizes.values(), True)
        if shown != wanted:
            raise RuntimeError(f"the chart shows {shown}, not {wanted}")
        select(config["other"])
        quiet()
        return selected - start, painted - start, idle - start

    chart: dict[str, Any] = {tab: {"select": [], "paint": [], "idle": []} for tab in CHART_TABS}
    chart["first"] = open_chart(CHART_TABS[0])[1]  # the first open after unlock: not counted
    for _ in range(config["runs"]):
        for tab in CHART_TABS:
            for key, seconds in zip(("select", "paint", "idle"), open_chart(tab), strict=True):
                chart[tab][key].append(seconds)
    result["chart"] = chart
    window.lock("manual")
    settle()
    window.close()
    settle()

    # The form: built from the definition, then shown in a window already open (as the
    # Worksheets tab shows one) until its first repaint pass is done.
    sheet = load_definition(Path(config["form_definition"]))
    if len(sheet.input_fields) != FORM_FIELDS:
        raise RuntimeError(f"the form definition has {len(sheet.input_fields)} fields")
    host = QWidget()
    host.resize(800, 700)
    layout = QVBoxLayout(host)
    host.show()
    settle()

    def build() -> tuple[float, float]:
        start = time.perf_counter()
        form = WorksheetForm(sheet)
        built = time.perf_counter()
        title = form.findChildren(QLabel)[0]  # the header, at the top: always painted
        first_paint.arm(title)
        layout.addWidget(form, 1)
        form.show()
        painted = first_paint.wait(title)
        if title.text() != sheet.title.en or len(form.values()) != FORM_FIELDS:
            raise RuntimeError("the form is not the 50-field worksheet")
        layout.removeWidget(form)
        form.hide()
        form.deleteLater()
        settle()
        return built - start, painted - start

    warm_build, warm_total = build()  # the first pays for fonts and styles
    builds: list[float] = []
    totals: list[float] = []
    for _ in range(config["form_runs"]):
        built, total = build()
        builds.append(built)
        totals.append(total)
    host.close()
    settle()
    result["form"] = {
        "build": builds,
        "paint": [t - b for t, b in zip(totals, builds, strict=True)],
        "total": totals,
        "warm_build": warm_build,
        "warm_total": warm_total,
    }
    return result


def main(argv: Sequence[str]) -> int:
    children = {"--child": _child, "--measures-child": _measures_child}
    if len(argv) == 2 and argv[0] in children:
        config = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
        print(RESULT_PREFIX + json.dumps(children[argv[0]](config)), flush=True)
        return 0
    print("Run by tests/benchmarks/run.py (see its docstring).", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
