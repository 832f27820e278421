"""Typed errors the UI and the command line turn into one clear sentence each."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

QUOTED_LIMIT = 60


def quoted(value: object, limit: int = QUOTED_LIMIT, render: Callable[[object], str] = repr) -> str:
    """A value as a message shows it (repr, or `render`), cut to `limit` characters with
    an ellipsis: a message names what was typed, it does not echo a pasted document."""
    text = render(value)
    if len(text) <= limit:
        return text
    if isinstance(value, str) and text[:1] in "'\"":
        return f"{text[: limit - 2]}…{text[0]}"  # keep the closing quote
    return f"{text[: limit - 1]}…"


class CounselorDeskError(Exception):
    """Base class: every error meant for the user carries a plain message."""

    exit_code = 1


class UsageError(CounselorDeskError):
    exit_code = 2


class WrongPassphrase(CounselorDeskError):
    """The passphrase or recovery key does not open this vault."""

    exit_code = 3


class RecoveryKeyTypo(CounselorDeskError):
    """A recovery key that cannot be right as typed (bad checksum or bad characters)."""

    exit_code = 3

    def __init__(self, message: str, group: int | None = None) -> None:
        super().__init__(message)
        self.group = group


class UnlockThrottled(CounselorDeskError):
    """Too many wrong passphrases: the next try must wait."""

    exit_code = 3

    def __init__(self, seconds: float) -> None:
        super().__init__(f"Too many wrong tries. Wait {seconds:.0f} seconds before trying again.")
        self.seconds = seconds


class VaultDamaged(CounselorDeskError):
    """A page, the audit chain, a backup or keys.json failed its check."""

    exit_code = 4


class VaultInUse(CounselorDeskError):
    """Another window or command has this vault open."""


class KeysNeedRebuild(CounselorDeskError):
    """keys.json is missing or damaged: the recovery key opens the vault, and a new
    passphrase is needed to rebuild the counselor's slot."""

    exit_code = 2


class VaultLocked(CounselorDeskError):
    """The vault was locked (idle, sleep, Ctrl+L) while something still needed it."""


class VaultNotFound(CounselorDeskError):
    pass


class VaultExists(CounselorDeskError):
    pass


class WeakPassphrase(CounselorDeskError):
    def __init__(self, message: str, suggestion: str) -> None:
        super().__init__(message)
        self.suggestion = suggestion


class ValidationError(CounselorDeskError):
    """A record that breaks a rule (missing field, bad date, unknown kind)."""


class RecordNotFound(CounselorDeskError):
    pass


class SignedNoteImmutable(CounselorDeskError):
    """A signed note cannot change; write an addendum instead."""


@dataclass(frozen=True)
class ImportProblem:
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class InvalidImport(CounselorDeskError):
    """An interchange file that cannot be imported; lists every problem with its JSON path."""

    def __init__(self, problems: list[ImportProblem]) -> None:
        count = len(problems)
        first = problems[0] if problems else ImportProblem("$", "unknown problem")
        more = f" (and {count - 1} more)" if count > 1 else ""
        super().__init__(f"The file cannot be imported: {first}{more}. Nothing was written.")
        self.problems = problems
