"""Search for the window and the command line. LiveSearch answers as the counselor types:
one worker thread with its own connection; a newer query interrupts the running one and
stale answers are dropped, never delivered."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable

from counselor_desk.domain.errors import VaultLocked
from counselor_desk.vault.connection import Connection, OperationalError, ProgrammingError
from counselor_desk.vault.search import SearchHit, search
from counselor_desk.vault.store import Vault


class SearchService:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def search(self, text: str, limit: int = 50) -> list[SearchHit]:
        return search(self._vault.conn, text, limit=limit)


Deliver = Callable[[int, str, list[SearchHit]], None]


class LiveSearch:
    """submit() returns at once; deliver(generation, text, hits) is called from the worker
    thread for the newest query only. close() stops the worker and closes its connection."""

    def __init__(
        self,
        vault: Vault,
        deliver: Deliver,
        limit: int = 50,
        marks: tuple[str, str] = ("[", "]"),
    ) -> None:
        self._vault = vault
        self._deliver = deliver
        self._limit = limit
        self._marks = marks
        self._cond = threading.Condition()
        self._pending: tuple[int, str] | None = None
        self._generation = 0
        self._closed = False
        self._conn: Connection | None = None
        self._thread = threading.Thread(target=self._run, name="live-search", daemon=True)
        self._ready = threading.Event()
        self._thread.start()
        self._ready.wait()

    @property
    def generation(self) -> int:
        return self._generation

    def submit(self, text: str) -> int:
        """Queue text as the newest query; VaultLocked once the vault has been locked."""
        if not self._vault.is_open:
            raise VaultLocked("The vault is locked; unlock it to search.")
        with self._cond:
            self._generation += 1
            self._pending = (self._generation, text)
            self._interrupt()  # stops a query still running for an older keystroke
            self._cond.notify()
            return self._generation

    def _interrupt(self) -> None:
        if self._conn is not None:
            # Locking may already have closed the connection: nothing left to stop.
            with contextlib.suppress(ProgrammingError):
                self._conn.interrupt()

    def close(self) -> None:
        with self._cond:
            self._closed = True
            self._interrupt()
            self._cond.notify()
        self._thread.join(timeout=5)

    def _run(self) -> None:
        conn = self._vault.connect()
        self._conn = conn
        self._ready.set()
        try:
            while True:
                with self._cond:
                    while self._pending is None and not self._closed:
                        self._cond.wait()
                    if self._closed:
                        return
                    assert self._pending is not None
                    generation, text = self._pending
                    self._pending = None
                try:
                    hits = search(conn, text, limit=self._limit, marks=self._marks)
                except OperationalError:  # interrupted by a newer keystroke
                    continue
                except ProgrammingError:  # the vault was locked under us: stop quietly
                    return
                with self._cond:
                    stale = generation != self._generation or self._closed
                if not stale:
                    self._deliver(generation, text, hits)
        finally:
            with self._cond:
                self._conn = None
            with contextlib.suppress(Exception):
                self._vault.release(conn)
