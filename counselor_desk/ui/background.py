"""One callable on a plain thread, reported back on the UI thread (Argon2, creating a
vault, a backup): the window stays responsive while it runs."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal


class BackgroundTask(QObject):
    """Run one callable on a plain thread and report back on the UI thread.

    The signals are queued to this object's (UI) thread because they are emitted from
    the worker thread; connect them to methods of QObjects, not to lambdas. The object
    has no Qt parent so it outlives its receiver if the window goes away mid-run.
    """

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, job: Callable[[], Any], name: str) -> None:
        super().__init__()
        self._job = job
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)

    def start(self) -> None:
        self._thread.start()

    def _run(self) -> None:
        try:
            result = self._job()
        except Exception as exc:  # handed to the UI thread, which says it in one sentence
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)
        finally:
            self._job = _done  # drop the closure (it holds the passphrase) at once

    def wait(self, timeout: float | None = None) -> None:
        self._thread.join(timeout)


def _done() -> None:
    return None
