"""Fixtures for window tests: a real vault in tmp_path with cheap Argon2 parameters,
settings in tmp_path, and the Workspace the window works through."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from counselor_desk.domain.notes import NoteFormat
from counselor_desk.domain.records import (
    Client,
    Language,
    Medication,
    MedicationEntry,
    Session,
    SessionKind,
)
from counselor_desk.services.caseload import Caseload
from counselor_desk.vault.keyslots import KdfParams
from counselor_desk.vault.store import Vault, create_vault

PASSPHRASE = "maple orbit candle harbor"
CHEAP = KdfParams(time_cost=1, memory_kib=1024, parallelism=1)


@pytest.fixture
def cheap_kdf() -> KdfParams:
    return CHEAP


@pytest.fixture
def passphrase() -> str:
    return PASSPHRASE


@pytest.fixture
def vaults_root(tmp_path: Path) -> Path:
    root = tmp_path / "vaults"
    root.mkdir()
    return root


SPANISH_QM = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "counselor_desk_es.qm"


@pytest.fixture
def spanish(qapp):  # type: ignore[no-untyped-def]
    """The window's real Spanish translation (.qm) installed before any widget is built;
    removed afterwards."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(SPANISH_QM)), SPANISH_QM
    assert qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


@pytest.fixture
def ui_settings(tmp_path: Path):  # type: ignore[no-untyped-def]
    from counselor_desk.ui.ui_settings import UiSettings

    return UiSettings(tmp_path / "settings.ini")


def fill_caseload(vault: Vault) -> dict[str, str]:
    """A small fictional caseload; returns ids the tests look for."""
    caseload = Caseload(vault)
    dana = caseload.add_client(
        Client("Dana R.", legal_name="Dana Ruiz", preferred_language=Language.SPANISH)
    )
    marcus = caseload.add_client(Client("Marcus T."))
    caseload.add_client(Client("Tom H.", archived=True))
    caseload.start_medication(
        MedicationEntry(
            dana.id,
            Medication.BUPRENORPHINE,
            datetime(2026, 1, 10).date(),
            form="sublingual film",
            dose="16 mg daily",
        )
    )
    start = datetime.now(UTC).replace(microsecond=0) - timedelta(days=2)
    session = caseload.add_session(Session(dana.id, start, 50, SessionKind.INDIVIDUAL))
    note = caseload.start_note(session.id, NoteFormat.DAP)
    caseload.save_draft(
        note.with_sections(
            {"data": "Talked about cravings after work", "assessment": "Stable", "plan": "Weekly"}
        )
    )
    return {"dana": dana.id, "marcus": marcus.id, "session": session.id, "note": note.id}


@pytest.fixture
def open_vault(tmp_path: Path, vaults_root: Path) -> Iterator[Vault]:
    vault = create_vault(
        vaults_root / "rivera", "A. Rivera", PASSPHRASE, kdf=CHEAP, check_strength=False
    ).vault
    yield vault
    vault.lock()


@pytest.fixture
def ids(open_vault: Vault) -> dict[str, str]:
    return fill_caseload(open_vault)


@pytest.fixture
def workspace(qtbot, open_vault: Vault):  # type: ignore[no-untyped-def]
    from counselor_desk.ui.workspace import Workspace

    ws = Workspace(open_vault, signer="A. Rivera, LCADC")
    yield ws
    if open_vault.is_open:
        ws.close()
