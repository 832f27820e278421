"""The open vault as the window sees it: reads on the UI thread's connection, writes
through the worker, search through LiveSearch. Passed to every page and dialog
(no global state); dropped whole when the vault locks."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from counselor_desk.services.caseload import Caseload
from counselor_desk.services.measures import Measures
from counselor_desk.services.search import LiveSearch
from counselor_desk.ui.errors import describe
from counselor_desk.ui.worker import Done, Failed, Job, VaultWorker
from counselor_desk.vault.search import SearchHit
from counselor_desk.vault.store import Vault

# Private-use characters around matched words: a literal "[" typed in a note is never
# mistaken for a match mark.
SNIPPET_MARKS = ("\ue000", "\ue001")


class _SearchBridge(QObject):
    answered = Signal(int, str, object)  # generation, text, list[SearchHit]


class Workspace(QObject):
    """changed(kind, id) tells every view what a committed write touched."""

    changed = Signal(str, str)
    search_answered = Signal(int, str, object)
    failed = Signal(str)  # one sentence for the status bar

    def __init__(self, vault: Vault, signer: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.signer = signer  # who signs notes in this vault (the counselor's name)
        self.caseload = Caseload(vault)  # UI-thread reads
        self.measures = Measures(vault)  # worksheets and scales, UI-thread reads
        self.worker = VaultWorker(vault, self)
        self._bridge = _SearchBridge()
        self._bridge.answered.connect(self.search_answered)
        self._search: LiveSearch | None = None

    @property
    def name(self) -> str:
        return self.vault.name

    @property
    def folder(self) -> Path:
        return self.vault.folder

    def write(
        self,
        job: Job | Callable[[Any], Any],
        *,
        changed: tuple[str, str] | None = None,
        on_done: Done | None = None,
        on_error: Failed | None = None,
        service: type = Caseload,
    ) -> None:
        """Run a write on the worker; on commit, call on_done and announce what changed.
        The job gets a Caseload, or `service` (e.g. Measures) on the worker's connection."""

        def done(result: object) -> None:
            if on_done is not None:
                on_done(result)
            if changed is not None:
                self.changed.emit(*changed)

        def error(exc: Exception) -> None:
            if on_error is not None:
                on_error(exc)
            else:
                self.failed.emit(describe(exc))

        self.worker.submit(job, done, error, service=service)

    def retry_on_failure(self, retry: Callable[[str], None]) -> Failed:
        """An on_error for a dialog's write: say what went wrong, then bring the dialog
        back with what was typed (`retry` gets the sentence to show in it)."""

        def failed(exc: Exception) -> None:
            self.failed.emit(describe(exc))
            retry(describe(exc))

        return failed

    def search(self, text: str) -> int:
        """Ask for text; the newest answer arrives as search_answered on the UI thread."""
        if self._search is None:
            self._search = LiveSearch(self.vault, self._deliver, marks=SNIPPET_MARKS)
        return self._search.submit(text)

    def _deliver(self, generation: int, text: str, hits: list[SearchHit]) -> None:
        self._bridge.answered.emit(generation, text, hits)

    def close(self, *, flush: Callable[[], None] | None = None) -> None:
        """Drain pending writes, stop the threads, lock the vault (zeroes the key)."""
        with contextlib.suppress(Exception):
            if flush is not None:
                flush()
            self.worker.wait_idle(timeout=10)
        if self._search is not None:
            self._search.close()
            self._search = None
        self.worker.stop()
        self.vault.lock()


__all__ = ["Workspace", "describe"]  # describe lives in ui.errors; kept importable here
