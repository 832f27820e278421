"""Settings and UI state, declared in one place with type, default and description.
QSettings holds these only: never a client name, a note or a search term."""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings


@dataclass(frozen=True)
class Option:
    key: str
    default: Any
    kind: type
    description: str


AUTO_LOCK_MINUTES = Option("lock/auto_lock_minutes", 5, int, "Lock after this many idle minutes")
LAST_VAULT = Option("vaults/last", "", str, "Folder of the vault unlocked last (pre-selected)")
SIGNER = Option("notes/signer", "", str, "Name and credentials written under signed notes")
PRINT_QUEUE_WARNED = Option("print/queue_warned", False, bool, "The print-queue notice was shown")


class UiSettings:
    """A typed face over QSettings; tests pass a file in tmp_path."""

    def __init__(self, path: Path | None = None) -> None:
        self._own_folder = path is None  # the program's own settings folder: 0700 too
        if path is None:
            self._q = QSettings("CounselorDesk", "CounselorDesk")
        else:
            self._q = QSettings(str(path), QSettings.Format.IniFormat)

    def get(self, option: Option) -> Any:
        value = self._q.value(option.key, option.default)
        if option.kind is bool:
            return value in (True, "true", "1", 1)
        try:
            return option.kind(value)
        except (TypeError, ValueError):
            return option.default

    def set(self, option: Option, value: Any) -> None:
        self._q.setValue(option.key, value)
        self._sync()

    # -- window state (geometry, splitters): bytes from Qt, restored as given -------------
    def state(self, key: str) -> QByteArray | None:
        value = self._q.value(f"state/{key}")
        return value if isinstance(value, QByteArray) else None

    def set_state(self, key: str, value: QByteArray) -> None:
        self._q.setValue(f"state/{key}", value)
        self._sync()

    def _sync(self) -> None:
        """Write the file now, readable by this user only (it names the vault's folder and
        the signer; never a client)."""
        self._q.sync()
        file = Path(self._q.fileName())
        with contextlib.suppress(OSError):  # not written (no change) or not ours: as it is
            os.chmod(file, 0o600)
            if self._own_folder:
                os.chmod(file.parent, 0o700)

    @property
    def file(self) -> str:
        return self._q.fileName()
