"""Fixtures for the crash proofs: one fork server per module, a seeded random source whose
seed is in every failure message, and a small filled vault."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from crashkit import CHEAP_KDF, PASSPHRASE, ForkServer, SeededRandom, fill

from counselor_desk.vault.store import Created, create_vault


@pytest.fixture(scope="module")
def fork_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ForkServer]:
    server = ForkServer(tmp_path_factory.mktemp("fork-server"))
    yield server
    server.close()


@pytest.fixture
def rng() -> SeededRandom:
    return SeededRandom()


@pytest.fixture
def filled(tmp_path: Path) -> Iterator[tuple[Path, bytes, list[str]]]:
    """A locked vault with a small fictional caseload: (folder, recovery key, note ids)."""
    folder = tmp_path / "vault"
    created: Created = create_vault(
        folder, "Crash", PASSPHRASE, kdf=CHEAP_KDF, check_strength=False
    )
    try:
        note_ids = fill(created.vault)
    finally:
        created.vault.lock()
    yield folder, created.recovery_key, note_ids
