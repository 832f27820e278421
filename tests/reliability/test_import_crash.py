"""An import killed at any moment leaves all of it or none of it, and a sound database.

A child process opens the vault and imports 300 clients; it is SIGKILLed at delays
spread over the import's measured duration. After each kill the test process unlocks
the vault (the dead child's lock is gone with it) and checks: zero or all clients,
PRAGMA quick_check ok, the audit chain intact."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

import pytest

from counselor_desk.domain.notes import NoteFormat, note_content_sha256
from counselor_desk.domain.timeutil import parse_datetime
from counselor_desk.vault.keyslots import KdfParams
from counselor_desk.vault.store import create_vault, unlock_with_passphrase

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX"),
]

CLIENTS = 300
ITERATIONS = 12
PASSPHRASE_VARIABLE = "COUNSELOR_DESK_TEST_PASSPHRASE"
PASSPHRASE = "crash test passphrase, not secret"

CHILD = """
import os, sys
from pathlib import Path
from counselor_desk.services.interchange import import_file
from counselor_desk.vault.store import unlock_with_passphrase

vault = unlock_with_passphrase(Path(sys.argv[1]), os.environ[sys.argv[3]])
print("ready", flush=True)
summary = import_file(vault, Path(sys.argv[2]))
print("done", summary.clients, flush=True)
vault.lock()
"""


def big_document() -> dict[str, Any]:
    clients = []
    for n in range(CLIENTS):
        client_id = str(uuid.uuid4())
        sessions = []
        for s in range(3):
            session_id = str(uuid.uuid4())
            sections = {
                "data": f"Session {s} of client {n}: " + "steady progress. " * 20,
                "assessment": "Stable on medication.",
                "plan": "Continue weekly.",
            }
            signed_at = f"2026-03-0{s + 1}T17:00:00Z"
            sessions.append(
                {
                    "id": session_id,
                    "start": f"2026-03-0{s + 1}T16:00:00Z",
                    "minutes": 50,
                    "kind": "individual",
                    "note": {
                        "format": "DAP",
                        "status": "signed",
                        "signed_by": "A. Rivera",
                        "signed_at": signed_at,
                        "content_sha256": note_content_sha256(
                            client_id=client_id,
                            session_id=session_id,
                            fmt=NoteFormat.DAP,
                            sections=sections,
                            signed_by="A. Rivera",
                            signed_at=parse_datetime(signed_at),
                        ),
                        "sections": sections,
                    },
                }
            )
        clients.append(
            {
                "id": client_id,
                "display_name": f"Client {n:03d}",
                "medications": [
                    {"medication": "buprenorphine", "dose": "16 mg", "started": "2026-01-10"}
                ],
                "sessions": sessions,
                "consents": [
                    {
                        "discloser": "Program",
                        "recipient": "Primary care",
                        "information": "Attendance",
                        "purpose": "Care coordination",
                        "signed": "2026-02-01",
                        "signed_by": "client",
                        "expires": "2027-02-01",
                    }
                ],
                "counseling_notes": [{"session_id": sessions[0]["id"], "text": "Private."}],
            }
        )
    return {"format": "counselor-desk/1", "clients": clients}


def make_vault(folder: Path) -> None:
    created = create_vault(
        folder,
        "Crash",
        PASSPHRASE,
        kdf=KdfParams(time_cost=1, memory_kib=1024, parallelism=1),
        check_strength=False,
    )
    created.vault.lock()


def start_child(folder: Path, document: Path) -> subprocess.Popen[str]:
    env = dict(os.environ, **{PASSPHRASE_VARIABLE: PASSPHRASE})
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(folder), str(document), PASSPHRASE_VARIABLE],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    if line.strip() != "ready":
        child.kill()
        _, err = child.communicate()
        pytest.fail(f"child did not start: {line!r} {err}")
    return child


def check_all_or_nothing(folder: Path) -> int:
    vault = unlock_with_passphrase(folder, PASSPHRASE)
    try:
        conn = vault.conn
        clients = conn.execute("SELECT count(*) FROM clients").fetchone()[0]
        assert clients in (0, CLIENTS)
        expected = (0, 0, 0) if clients == 0 else (CLIENTS * 3, CLIENTS * 3, CLIENTS)
        counts = tuple(
            conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("sessions", "notes", "consents")
        )
        assert counts == expected
        imports = conn.execute("SELECT count(*) FROM audit_log WHERE action='import'").fetchone()
        assert imports[0] == (1 if clients else 0)
        assert [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()] == ["ok"]
        assert vault.audit.verify(conn, None) is None
        return int(clients)
    finally:
        vault.lock()


def test_an_import_killed_at_any_moment_is_all_or_nothing(tmp_path: Path) -> None:
    document = tmp_path / "caseload.json"
    document.write_text(json.dumps(big_document()), encoding="utf-8")

    # Measure the import once, from "ready" (vault open) to "done" (committed).
    folder = tmp_path / "measure"
    make_vault(folder)
    child = start_child(folder, document)
    began = time.monotonic()
    out, err = child.communicate(timeout=300)
    duration = time.monotonic() - began
    assert child.returncode == 0, err
    assert out.strip() == f"done {CLIENTS}"
    assert check_all_or_nothing(folder) == CLIENTS

    rng = random.Random()
    seed = rng.randrange(2**32)
    rng.seed(seed)
    outcomes: list[tuple[float, int]] = []
    for i in range(ITERATIONS):
        folder = tmp_path / f"vault-{i}"
        make_vault(folder)
        # One delay in each of ITERATIONS equal slices of the import (a little past its end).
        delay = duration * 1.1 * (i + rng.random()) / ITERATIONS
        child = start_child(folder, document)
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.communicate(timeout=60)
        outcomes.append((round(delay, 3), check_all_or_nothing(folder)))
    # Sanity: at least one kill landed before the commit (else the test proved nothing).
    assert any(clients == 0 for _, clients in outcomes), (seed, duration, outcomes)
