"""Tampering: someone with the key (the recovery sheet, or a passphrase) opens vault.db with
any SQLCipher tool, drops the append-only and immutability triggers as an attacker would,
and edits, deletes or reorders audit-log rows, or changes a signed note, an addendum, a
co-signature or an entry of the accounting of disclosures. `verify` finds each change and
names the row (its sequence number) or the record (its id).

Each in-session change is made inside a transaction on the open vault's connection, checked
with `verify`, and rolled back, so one vault serves every row and every column. Rows cut
from the end of the log are cut at rest, as they would be (the newest row is anchored in
keys.json at lock); a few changes also go through `counselor-desk verify`.
"""

from __future__ import annotations

import contextlib
import io
import itertools
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from counselor_desk.cli import main as cli_main
from counselor_desk.domain.notes import Note, NoteFormat
from counselor_desk.domain.records import Client, Consent, Session, SessionKind
from counselor_desk.domain.supervision import SlotRole
from counselor_desk.services.caseload import Caseload
from counselor_desk.services.printing import Printing, PrintOptions, Release
from counselor_desk.services.supervision import Supervision
from counselor_desk.services.verify import VerifyReport, verify
from counselor_desk.vault.audit import AuditLog, audit_mac_key
from counselor_desk.vault.connection import Connection, open_keyed
from counselor_desk.vault.keyslots import KdfParams
from counselor_desk.vault.locations import db_path
from counselor_desk.vault.store import Vault, create_vault, unlock_with_passphrase

pytestmark = pytest.mark.slow

CHEAP_KDF = KdfParams(time_cost=1, memory_kib=1024, parallelism=1)
PASSPHRASE = "correct horse battery staple orbit"
SUPERVISOR_PASSPHRASE = "violet tundra pocket lantern seventy"
SUPERVISOR = "J. Park, LCSW"
COUNSELOR = "A. Rivera, CADC"
START = datetime(2026, 3, 2, 16, 0, tzinfo=UTC)
AUDIT_COLUMNS = ("at", "actor", "action", "subject", "detail", "mac")


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 3, 20, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=7)
        return self.now


@dataclass(frozen=True)
class Made:
    folder: Path
    key: bytes
    clients: list[str]
    signed: list[str]  # signed notes without addenda or co-signatures
    with_addenda: list[str]
    addenda: list[str]
    cosigned: list[str]
    free_session: str  # a session with no note, where a note could be moved
    disclosure: str


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Made:
    """A locked vault with signed notes, addenda, two co-signatures (by a supervisor slot)
    and one disclosure under a consent; the newest audit row is anchored in keys.json."""
    folder = tmp_path_factory.mktemp("tampering") / "vault"
    clock = Clock()
    created = create_vault(
        folder, "Tamper", PASSPHRASE, kdf=CHEAP_KDF, check_strength=False, clock=clock
    )
    vault = created.vault
    try:
        vault.add_slot(SUPERVISOR, SUPERVISOR_PASSPHRASE, kdf=CHEAP_KDF, role=SlotRole.SUPERVISOR)
        caseload = Caseload(vault)
        clients, notes = [], []
        for n in range(4):
            client = caseload.add_client(Client(f"Fictional Client {n}"))
            clients.append(client.id)
            caseload.open_chart(client.id)
            for day in range(3):
                session = caseload.add_session(
                    Session(client.id, START + timedelta(days=day), 50, SessionKind.INDIVIDUAL)
                )
                note = caseload.start_note(session.id, NoteFormat.DAP)
                caseload.save_draft(
                    note.with_sections(
                        {
                            "data": f"Client {n}, day {day}: reports no use this week.",
                            "assessment": "Engaged and hopeful.",
                            "plan": "Continue weekly sessions.",
                        }
                    )
                )
                notes.append(caseload.sign_note(note.id, COUNSELOR).id)
        free = caseload.add_session(Session(clients[0], START, 30, SessionKind.PHONE))
        with_addenda = notes[0:3]
        addenda = [
            caseload.add_addendum(note_id, f"Correction {i}: the dose is 16 mg.", COUNSELOR).id
            for i, note_id in enumerate(with_addenda)
        ]
        cosigned = notes[3:5]
        supervision = Supervision(vault)
        for note_id in cosigned:
            supervision.request(note_id, COUNSELOR)
        consent = caseload.add_consent(
            Consent(
                clients[1],
                "Fictional Recovery Program",
                "Valley Primary Care",
                "Signed session notes",
                "Coordination of care",
                START.date(),
                "client",
                expires=START.date() + timedelta(days=365),
            )
        )
        printing = Printing(vault)
        options = PrintOptions(tz=UTC, program="Fictional Program", disclosed_by=COUNSELOR)
        printed = printing.session_note(notes[5], Release.under_consent(consent.id), options)
        entry = printing.release(printed)
        assert entry is not None
    finally:
        vault.lock()
    supervisor = unlock_with_passphrase(folder, SUPERVISOR_PASSPHRASE, clock=clock)
    try:
        for note_id in cosigned:
            Supervision(supervisor).cosign(note_id)
    finally:
        supervisor.lock()
    return Made(
        folder,
        created.recovery_key,
        clients,
        notes[5:],
        with_addenda,
        addenda,
        cosigned,
        free.id,
        entry.id,
    )


@pytest.fixture
def vault(made: Made, tmp_path: Path) -> Iterator[Vault]:
    """An unlocked copy of the made vault (its sound state verified first)."""
    folder = tmp_path / "vault"
    shutil.copytree(made.folder, folder)
    opened = unlock_with_passphrase(folder, PASSPHRASE)
    try:
        report = verify(opened)
        assert report.ok, report.problems
        yield opened
    finally:
        opened.lock()


@contextlib.contextmanager
def tampered(vault: Vault) -> Iterator[Connection]:
    """The attacker's changes, on the vault's own connection (which verify reads), without
    any trigger (those that refuse changes, and those that keep search in step); rolled
    back afterwards."""
    conn = vault.conn
    conn.execute("BEGIN")
    try:
        triggers = conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        for (trigger,) in triggers.fetchall():
            conn.execute(f'DROP TRIGGER "{trigger}"')
        yield conn
    finally:
        conn.execute("ROLLBACK")


def other_value(column: str, value: object) -> object:
    """A different value of the same kind."""
    if column == "mac":
        text = str(value)
        return text[:-1] + ("0" if text[-1] != "0" else "1")
    if column == "at":
        return "2026-01-01T00:00:00Z" if value != "2026-01-01T00:00:00Z" else "2026-01-02T00:00:00Z"
    return "x" if value is None else f"{value} (edited)"


def audit_rows(vault: Vault) -> list[tuple[Any, ...]]:
    rows: list[tuple[Any, ...]] = vault.conn.execute(
        "SELECT seq, at, actor, action, subject, detail, mac FROM audit_log ORDER BY seq"
    ).fetchall()
    return rows


def assert_audit_names(vault: Vault, conn: Connection, seq: int, report: VerifyReport) -> None:
    problem = vault.audit.verify(conn, vault.keyfile.audit_anchor)
    assert problem is not None and problem.seq == seq, (seq, problem)
    assert report.audit is not None and f"row {seq} " in f"{report.audit} ", (seq, report.audit)
    assert f"audit log: {report.audit}" in report.problems


# -- the audit log ---------------------------------------------------------------------------


def test_every_edit_of_every_audit_row_is_named(vault: Vault) -> None:
    rows = audit_rows(vault)
    assert len(rows) >= 60
    for row in rows:
        seq = int(row[0])
        for column, value in zip(AUDIT_COLUMNS, row[1:], strict=True):
            with tampered(vault) as conn:
                conn.execute(
                    f"UPDATE audit_log SET {column} = ? WHERE seq = ?",
                    (other_value(column, value), seq),
                )
                assert_audit_names(vault, conn, seq, verify(vault))


def test_every_deleted_audit_row_is_named_renumbered_or_not(vault: Vault) -> None:
    rows = audit_rows(vault)
    last = int(rows[-1][0])
    # The newest row (this unlock's) is anchored only at lock: cut at rest, below.
    for seq in range(1, last):
        with tampered(vault) as conn:
            conn.execute("DELETE FROM audit_log WHERE seq = ?", (seq,))
            assert_audit_names(vault, conn, seq, verify(vault))
        with tampered(vault) as conn:
            conn.execute("DELETE FROM audit_log WHERE seq = ?", (seq,))
            conn.execute("UPDATE audit_log SET seq = seq - 1 WHERE seq > ?", (seq,))
            assert_audit_names(vault, conn, seq, verify(vault))


def test_every_reordering_of_audit_rows_is_named(vault: Vault) -> None:
    rows = audit_rows(vault)
    swap = "UPDATE audit_log SET at=?, actor=?, action=?, subject=?, detail=?, mac=? WHERE seq=?"
    for first, second in itertools.pairwise(rows):
        seq = int(first[0])
        with tampered(vault) as conn:
            conn.execute(swap, (*second[1:], seq))
            conn.execute(swap, (*first[1:], seq + 1))
            assert_audit_names(vault, conn, seq, verify(vault))
    # A row moved to the end, its MAC and all: the gap it left is named.
    for row in rows[1:-1:7]:
        seq = int(row[0])
        with tampered(vault) as conn:
            conn.execute("DELETE FROM audit_log WHERE seq = ?", (seq,))
            conn.execute(
                "INSERT INTO audit_log(seq, at, actor, action, subject, detail, mac)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (int(rows[-1][0]) + 1, *row[1:]),
            )
            assert_audit_names(vault, conn, seq, verify(vault))


def cut_at_rest(folder: Path, key: bytes, keep: int) -> None:
    """What an attacker does with the recovery key and a SQLCipher tool, the vault locked:
    delete every audit row after `keep`."""
    conn = open_keyed(db_path(folder), key)
    try:
        conn.execute("DROP TRIGGER audit_log_append_only_delete")
        conn.execute("DELETE FROM audit_log WHERE seq > ?", (keep,))
    finally:
        conn.close()


def test_rows_cut_from_the_end_are_named_and_stay_named(made: Made, tmp_path: Path) -> None:
    anchor_seq = None
    for cut in (1, 2, 3, 5, 20, "all"):
        folder = tmp_path / f"cut-{cut}"
        shutil.copytree(made.folder, folder)
        locked = unlock_with_passphrase(folder, PASSPHRASE)
        locked.lock()  # anchors the newest row, as every lock does
        anchor = locked.keyfile.audit_anchor
        assert anchor is not None
        anchor_seq = anchor.seq
        keep = 0 if cut == "all" else anchor.seq - int(cut)
        cut_at_rest(folder, made.key, keep)
        # The counselor goes on working for a while: the log grows past the cut again.
        for _ in range(3):
            vault = unlock_with_passphrase(folder, PASSPHRASE)
            for n in range(8):
                vault.record("open-chart", subject=made.clients[n % 4])
            report = verify(vault)
            problem = vault.audit.verify(vault.conn, vault.keyfile.audit_anchor)
            vault.lock()
            assert report.audit is not None and problem is not None, (cut, "unnoticed")
            assert keep < problem.seq <= anchor.seq, (cut, report.audit)
            assert re.match(rf"rows? {problem.seq}\b", report.audit), report.audit
    assert anchor_seq is not None

    # The command line says it too, naming the row.
    code, out, err = cli("verify", tmp_path / "cut-2")
    assert code == 4, err
    assert any(line.startswith("audit log: row ") for line in out.splitlines()), out
    assert one_line(err).startswith("counselor-desk: The vault failed verification: audit log")


# -- signed records --------------------------------------------------------------------------


def notes_named(report: VerifyReport, record_id: str) -> None:
    assert report.notes and all(record_id in line for line in report.notes), (
        record_id,
        report.notes,
    )
    assert not report.ok


def test_every_change_to_a_signed_note_is_found_and_names_it(made: Made, vault: Vault) -> None:
    conn = vault.conn
    for note_id in made.signed:
        row = conn.execute(
            "SELECT client_id, sections, signed_by, content_sha256 FROM notes WHERE id = ?",
            (note_id,),
        ).fetchone()
        client_id, raw_sections, signed_by, sha = row
        sections = json.loads(raw_sections)
        other_client = next(c for c in made.clients if c != client_id)
        changes: list[tuple[str, object]] = [
            ("sections", json.dumps({**sections, "data": sections["data"].replace("no", "some")})),
            ("sections", json.dumps({**sections, "risk": "added later"})),
            ("sections", json.dumps({k: v for k, v in sections.items() if k != "plan"})),
            ("sections", "not json at all"),
            ("format", NoteFormat.SOAP.value),
            ("format", "not a format"),
            ("signed_by", f"{signed_by} (edited)"),
            ("signed_at", "2026-03-21T09:00:00Z"),
            ("signed_at", "not a time"),
            ("client_id", other_client),
            ("session_id", made.free_session),
            ("content_sha256", sha[:-1] + ("0" if sha[-1] != "0" else "1")),
            ("status", "draft"),  # "unsigned", out of reach of its hash
        ]
        for column, value in changes:
            with tampered(vault) as conn:
                if column == "client_id":
                    conn.execute("PRAGMA defer_foreign_keys = ON")
                conn.execute(f"UPDATE notes SET {column} = ? WHERE id = ?", (value, note_id))
                notes_named(verify(vault), note_id)
        with tampered(vault) as conn:
            conn.execute("DELETE FROM notes WHERE id = ?", (note_id,))
            notes_named(verify(vault), note_id)
    assert verify(vault).ok  # every change was rolled back


def test_every_change_to_an_addendum_is_found_and_names_it(made: Made, vault: Vault) -> None:
    for addendum_id in made.addenda:
        note_id = vault.conn.execute(
            "SELECT note_id FROM addenda WHERE id = ?", (addendum_id,)
        ).fetchone()[0]
        elsewhere = next(n for n in made.with_addenda if n != note_id)
        changes: list[tuple[str, object]] = [
            ("text", "Correction: the dose is 24 mg."),
            ("signed_by", "M. Lee"),
            ("signed_at", "2026-03-22T10:00:00Z"),
            ("signed_at", "garbled"),
            ("note_id", elsewhere),
            ("content_sha256", "0" * 64),
        ]
        for column, value in changes:
            with tampered(vault) as conn:
                conn.execute(f"UPDATE addenda SET {column} = ? WHERE id = ?", (value, addendum_id))
                notes_named(verify(vault), addendum_id)
        with tampered(vault) as conn:
            conn.execute("DELETE FROM addenda WHERE id = ?", (addendum_id,))
            notes_named(verify(vault), addendum_id)


def test_every_change_to_a_cosignature_is_found_and_names_its_note(
    made: Made, vault: Vault
) -> None:
    for note_id in made.cosigned:
        changes: list[tuple[str, object]] = [
            ("cosigned_by", "M. Lee, LCSW"),
            ("cosigned_at", "2026-03-23T10:00:00Z"),
            ("cosigned_at", "garbled"),
            ("content_sha256", "0" * 64),
        ]
        for column, value in changes:
            with tampered(vault) as conn:
                conn.execute(
                    f"UPDATE cosignatures SET {column} = ? WHERE note_id = ?", (value, note_id)
                )
                report = verify(vault)
                assert [note_id in line for line in report.cosignatures] == [True], report
                assert report.notes == [], report
        with tampered(vault) as conn:
            conn.execute("DELETE FROM cosignatures WHERE note_id = ?", (note_id,))
            report = verify(vault)
            assert [note_id in line for line in report.cosignatures] == [True], report
        # The note's text and hash both rewritten: the note agrees with itself, but the
        # co-signature no longer covers it.
        with tampered(vault) as conn:
            note = Caseload(vault).note(note_id)
            forged = Note(
                note.client_id,
                note.session_id,
                note.format,
                {**note.sections, "data": "Reports use on Saturday."},
            )
            resigned = forged.signed(
                signer=note.signed_by or "", at=note.signed_at or START, session_start=START
            )
            conn.execute(
                "UPDATE notes SET sections = ?, content_sha256 = ? WHERE id = ?",
                (json.dumps(resigned.sections), resigned.content_sha256, note_id),
            )
            report = verify(vault)
            assert report.notes == [], report
            assert [note_id in line for line in report.cosignatures] == [True], report


def test_a_deleted_or_repointed_disclosure_is_named(made: Made, vault: Vault) -> None:
    disclosure = made.disclosure
    changes = [
        "DELETE FROM disclosures WHERE id = ?",
        f"UPDATE disclosures SET client_id = '{made.clients[2]}' WHERE id = ?",
        "UPDATE disclosures SET consent_id = NULL, emergency_nature = 'Overdose',"
        " facility = 'Mercy County ED' WHERE id = ?",
    ]
    for sql in changes:
        with tampered(vault) as conn:
            conn.execute("PRAGMA defer_foreign_keys = ON")
            conn.execute(sql, (disclosure,))
            report = verify(vault)
            assert [disclosure in line for line in report.disclosures] == [True], (sql, report)
            assert any(disclosure in line for line in report.problems)


# -- through the command line ----------------------------------------------------------------


def cli(*args: str | Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    env = {"HOME": "/nonexistent", "COUNSELOR_DESK_PASSPHRASE": PASSPHRASE}
    code = cli_main([str(a) for a in args], stdin=io.StringIO(""), stdout=out, stderr=err, env=env)
    return code, out.getvalue(), err.getvalue()


def one_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in stderr, stderr
    return lines[0]


def test_verify_on_the_command_line_names_what_was_changed(made: Made, tmp_path: Path) -> None:
    note_id, cosigned = made.signed[0], made.cosigned[0]
    changes = {
        "edited row": (
            "DROP TRIGGER audit_log_append_only_update; "
            "UPDATE audit_log SET detail = 'nothing to see' WHERE seq = 9",
            "audit log: row 9 ",
        ),
        "swapped rows": (
            "DROP TRIGGER audit_log_append_only_update; "
            "UPDATE audit_log SET seq = -12 WHERE seq = 12; "
            "UPDATE audit_log SET seq = 12 WHERE seq = 13; "
            "UPDATE audit_log SET seq = 13 WHERE seq = -12",
            "audit log: row 12 ",
        ),
        "note": (
            "DROP TRIGGER notes_signed_immutable; "
            "UPDATE notes SET sections = replace(sections, 'no use', 'some use') "
            f"WHERE id = '{note_id}'",
            f"signed note {note_id} was changed after signing",
        ),
        "co-signature": (
            "DROP TRIGGER cosignatures_immutable; "
            f"UPDATE cosignatures SET cosigned_by = 'M. Lee' WHERE note_id = '{cosigned}'",
            f"the co-signature of note {cosigned} does not match its hash",
        ),
    }
    for name, (script, expected) in changes.items():
        folder = tmp_path / name.replace(" ", "-")
        shutil.copytree(made.folder, folder)
        conn = open_keyed(db_path(folder), made.key)
        try:
            conn.executescript(script)
        finally:
            conn.close()
        code, out, err = cli("verify", folder)
        assert code == 4, (name, err)
        assert any(line.startswith(expected) for line in out.splitlines()), (name, out)
        assert one_line(err).startswith("counselor-desk: The vault failed verification: ")

    # Once as a real process: one line on stderr, exit 4, no traceback.
    env = {k: v for k, v in os.environ.items() if not k.startswith("COUNSELOR_DESK_")}
    env.update(COUNSELOR_DESK_PASSPHRASE=PASSPHRASE, HOME=str(tmp_path))
    done = subprocess.run(
        [sys.executable, "-m", "counselor_desk", "verify", str(tmp_path / "note")],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )
    assert done.returncode == 4, done.stderr
    assert f"signed note {note_id} was changed after signing" in done.stdout
    one_line(done.stderr)


def test_the_log_mac_key_is_the_vault_keys_own(made: Made) -> None:
    """The proofs above rest on the MACs: a log read with another key fails at row 1."""
    conn = open_keyed(db_path(made.folder), made.key)
    try:
        assert AuditLog(audit_mac_key(made.key)).verify(conn, None) is None
        problem = AuditLog(audit_mac_key(bytes(32))).verify(conn, None)
        assert problem is not None and problem.seq == 1
    finally:
        conn.close()
