"""One path for the window's writes: a worker thread with its own vault connection runs
each job in order; the result comes back to the UI thread as a Qt signal. The UI thread
only hands text over, so an autosave never blocks typing."""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal

from counselor_desk.services.caseload import Caseload
from counselor_desk.vault.store import Vault

Job = Callable[[Caseload], Any]
Done = Callable[[Any], None]
Failed = Callable[[Exception], None]


@dataclass
class _Task:
    job: Callable[[Any], Any]
    on_done: Done | None
    on_error: Failed | None
    finished: threading.Event
    service: type = Caseload  # which use-case class the job is handed, on the worker's connection


class _Bridge(QObject):
    # Emitted from the worker thread; Qt queues it to the receiver's (UI) thread.
    settled = Signal(object, object, object)  # task, result, error


class VaultWorker(QObject):
    """submit() from the UI thread; callbacks run on the UI thread once committed."""

    idle = Signal()

    def __init__(self, vault: Vault, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._queue: queue.Queue[_Task | None] = queue.Queue()
        self._bridge = _Bridge()
        self._bridge.settled.connect(self._settle)
        self._pending = 0
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._run, name="vault-writer", daemon=True)
        self._thread.start()

    @property
    def busy(self) -> bool:
        with self._lock:
            return self._pending > 0

    def submit(
        self,
        job: Callable[[Any], Any],
        on_done: Done | None = None,
        on_error: Failed | None = None,
        *,
        service: type = Caseload,
    ) -> threading.Event:
        """Queue job(service(vault, worker_connection)); Caseload unless another use-case
        class (e.g. services.measures.Measures) is named."""
        task = _Task(job, on_done, on_error, threading.Event(), service)
        with self._lock:
            self._pending += 1
        self._queue.put(task)
        return task.finished

    def wait_idle(self, timeout: float = 10.0) -> bool:
        """Block until every submitted job has committed (used before locking)."""
        return self.submit(lambda _caseload: None).wait(timeout)

    def stop(self, timeout: float = 10.0) -> None:
        self._queue.put(None)
        self._thread.join(timeout)

    def _run(self) -> None:
        conn = self._vault.connect()
        services: dict[type, Any] = {}  # one instance per use-case class, on this connection
        try:
            while True:
                task = self._queue.get()
                if task is None:
                    return
                result: Any = None
                error: Exception | None = None
                try:
                    service = services.get(task.service)
                    if service is None:
                        service = services[task.service] = task.service(self._vault, conn)
                    result = task.job(service)
                except Exception as exc:  # handed to the UI, which says it in one sentence
                    error = exc
                task.finished.set()
                if task.on_done is not None or task.on_error is not None:
                    self._bridge.settled.emit(task, result, error)
                else:
                    self._count_down()
        finally:
            self._vault.release(conn)

    def _count_down(self) -> None:
        with self._lock:
            self._pending = max(0, self._pending - 1)
            now_idle = self._pending == 0
        if now_idle:
            self.idle.emit()

    def _settle(self, task: _Task, result: Any, error: Exception | None) -> None:
        try:
            if error is not None:
                if task.on_error is not None:
                    task.on_error(error)
            elif task.on_done is not None:
                task.on_done(result)
        finally:
            self._count_down()
