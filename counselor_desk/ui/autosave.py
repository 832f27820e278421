"""Debounced autosave for text a counselor types: saved about a second after typing stops,
"Saved" shown only once the commit returned, and a failed save keeps the text and tries
again after a pause that doubles each time. Shared by the note editor and the SUD
counseling notes view."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from counselor_desk.services.caseload import Caseload
from counselor_desk.ui.worker import Job
from counselor_desk.ui.workspace import Workspace, describe

MAX_RETRY_MS = 60_000


@dataclass
class _Save:
    epoch: int
    generation: int
    # Set on the worker thread once the job has returned (committed) or raised, so
    # flush() can settle it before the UI-thread callback has been delivered.
    finished: bool = False
    error: Exception | None = None
    settled: bool = False  # handled on the UI thread (by flush() or the callback)


class Autosaver(QObject):
    """touch() on every edit; capture() runs on the UI thread and returns the write job
    holding a copy of the text (widgets are never read from the worker)."""

    status_changed = Signal(str)
    saved = Signal()  # everything typed so far is committed
    failed = Signal(str)  # one sentence, once per run of failures

    def __init__(
        self,
        workspace: Workspace,
        capture: Callable[[], Job],
        *,
        delay_ms: int = 1000,
        service: type = Caseload,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._service = service  # the use-case class each save's job is handed
        self._capture = capture
        self._delay_ms = max(0, delay_ms)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self._delay_ms)
        self._timer.timeout.connect(self._on_timer)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self._submit)
        self._epoch = 0  # bumped by reset(): callbacks of an earlier document are ignored
        self._generation = 0  # one per edit
        self._saved_generation = 0  # the newest edit known committed
        self._announced_generation = 0
        self._in_flight: _Save | None = None
        self._failures = 0
        self._error = ""
        self._status = ""

    # -- state ---------------------------------------------------------------------------
    @property
    def dirty(self) -> bool:
        return self._generation > self._saved_generation

    @property
    def saving(self) -> bool:
        return self._in_flight is not None

    @property
    def error(self) -> str:
        """The last failure as one sentence, or "" once a save succeeded."""
        return self._error

    def status_text(self) -> str:
        if self._in_flight is not None:
            return self.tr("Saving…")
        if self.dirty:
            return self.tr("Not saved — will retry") if self._failures else self.tr("Saving…")
        if self._saved_generation > 0:
            return self.tr("Saved")
        return ""

    # -- edits ---------------------------------------------------------------------------
    def touch(self) -> None:
        """An edit happened: (re)start the pause after which it is saved."""
        self._generation += 1
        self._timer.start()
        self._publish()

    def reset(self) -> None:
        """Start over for another document (call flush() first: pending edits are dropped)."""
        self._epoch += 1
        self._timer.stop()
        self._retry.stop()
        self._generation = self._saved_generation = self._announced_generation = 0
        self._in_flight = None
        self._failures = 0
        self._error = ""
        self._publish()

    def flush(self, timeout: float = 5.0) -> bool:
        """Save pending edits now and wait for the worker; True when all of it is committed."""
        self._timer.stop()
        if not self.dirty:
            return True
        latest = self._in_flight
        if latest is None or latest.generation < self._generation:
            # Even with a save in flight: the worker runs jobs in order, so this newer
            # text always lands after the older one.
            self._submit()
        save = self._in_flight
        if save is None or not self._workspace.worker.wait_idle(timeout):
            return False
        if save.finished:
            self._settled(save, save.error)  # its queued callback is then ignored
        return not self.dirty

    # -- saving --------------------------------------------------------------------------
    def _on_timer(self) -> None:
        if self._in_flight is None:
            self._submit()
        # else: _settled() sends the newer text once the save in flight returns.

    def _submit(self) -> None:
        self._retry.stop()
        if not self.dirty:
            return
        job = self._capture()
        save = _Save(self._epoch, self._generation)

        def run(service: Any) -> Any:  # a Caseload, or the class given as `service`
            try:
                return job(service)
            except Exception as exc:
                save.error = exc
                raise
            finally:
                save.finished = True

        self._in_flight = save
        self._workspace.write(
            run,
            service=self._service,
            on_done=lambda _result: self._settled(save, None),
            on_error=lambda exc: self._settled(save, exc),
        )
        self._publish()

    def _settled(self, save: _Save, error: Exception | None) -> None:
        if save.settled or save.epoch != self._epoch:
            return
        save.settled = True
        if self._in_flight is save:
            self._in_flight = None
        if error is None:
            self._committed(save.generation)
        elif save.generation > self._saved_generation:
            self._failures += 1
            self._error = describe(error)
            if self._in_flight is None:
                self._retry.start(self._retry_delay())
            if self._failures == 1:
                self.failed.emit(self._error)
        if (
            self.dirty
            and self._in_flight is None
            and not self._timer.isActive()
            and not self._retry.isActive()
        ):
            self._submit()  # typing went on while that save was in flight
        self._publish()

    def _committed(self, generation: int) -> None:
        self._saved_generation = max(self._saved_generation, generation)
        self._failures = 0
        self._error = ""
        self._retry.stop()

    def _retry_delay(self) -> int:
        base = max(self._delay_ms, 50)
        return int(min(MAX_RETRY_MS, base * 2 ** min(self._failures - 1, 16)))

    def _publish(self) -> None:
        status = self.status_text()
        if status != self._status:
            self._status = status
            self.status_changed.emit(status)
        if not self.dirty and self._saved_generation > self._announced_generation:
            self._announced_generation = self._saved_generation
            self.saved.emit()
