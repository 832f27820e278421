"""Shared fixtures for unit tests: cheap Argon2 parameters, open vaults, a settable clock.

Fixture names are stable (other test modules rely on them):
``cheap_kdf``, ``passphrase``, ``other_passphrase``, ``make_vault``, ``make_created``,
``clock``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from counselor_desk.vault.keyslots import KdfParams
from counselor_desk.vault.store import Created, Vault, create_vault

# Strong enough for check_passphrase, but tests pass check_strength=False anyway.
PASSPHRASE = "correct horse battery staple orbit"
OTHER_PASSPHRASE = "lantern violet harbor quietly ninety"
CHEAP_KDF = KdfParams(time_cost=1, memory_kib=1024, parallelism=1)
FIXED_START = datetime(2024, 5, 6, 9, 30, 0, tzinfo=UTC)


class FixedClock:
    """A clock that stands still until a test moves it: ``clock.advance(seconds=5)``."""

    def __init__(self, start: datetime = FIXED_START) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now

    def set(self, value: datetime) -> None:
        self.now = value


@pytest.fixture
def cheap_kdf() -> KdfParams:
    """Argon2id parameters below the program's floor: fast, for tests only."""
    return CHEAP_KDF


@pytest.fixture
def passphrase() -> str:
    return PASSPHRASE


@pytest.fixture
def other_passphrase() -> str:
    """A second strong passphrase (new passphrases are always strength-checked)."""
    return OTHER_PASSPHRASE


@pytest.fixture
def clock() -> FixedClock:
    """A fixed, settable clock (UTC, whole seconds)."""
    return FixedClock()


@pytest.fixture
def make_created(tmp_path: Path, cheap_kdf: KdfParams) -> Iterator[Callable[..., Created]]:
    """Factory: ``make_created(name="v", clock=None) -> Created`` (open vault + recovery key).

    Each vault is made in ``tmp_path / name`` and locked at teardown."""
    made: list[Vault] = []

    def factory(name: str = "v", clock: Callable[[], datetime] | None = None) -> Created:
        kwargs = {"clock": clock} if clock is not None else {}
        created = create_vault(
            tmp_path / name, "Test", PASSPHRASE, kdf=cheap_kdf, check_strength=False, **kwargs
        )
        made.append(created.vault)
        return created

    yield factory
    for vault in made:
        vault.lock()


@pytest.fixture
def make_vault(make_created: Callable[..., Created]) -> Callable[..., Vault]:
    """Factory: ``make_vault(name="v", clock=None) -> Vault``, open; locked at teardown."""

    def factory(name: str = "v", clock: Callable[[], datetime] | None = None) -> Vault:
        return make_created(name, clock=clock).vault

    return factory
