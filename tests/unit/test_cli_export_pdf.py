"""`counselor-desk export-pdf VAULT --client ID --out FILE.pdf (--consent ID | --client-copy)`
(DESIGN.md "Command line"): the file is written (0600) only after every check passed,
a disclosure is logged in the accounting and the audit log, a refused consent exits 1
with one line on stderr and no file, a usage mistake exits 2 before any passphrase.

A few real processes check the contract end to end; the option matrix runs in-process
through `cli.main`. Every vault uses cheap Argon2 parameters; all records are fictional,
dated around today because the command prints with the real clock.
"""

from __future__ import annotations

import io
import os
import stat
import subprocess
import sys
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from counselor_desk.cli import main
from counselor_desk.domain.notes import NoteFormat
from counselor_desk.domain.records import Client, Consent, CounselingNote, Session, SessionKind
from counselor_desk.export.notice import SHORT_NOTICE
from counselor_desk.services.caseload import Caseload
from counselor_desk.vault.keyslots import KdfParams
from counselor_desk.vault.store import create_vault, unlock_with_passphrase

PASSPHRASE = "correct horse battery staple orbit"
CHEAP_KDF = KdfParams(time_cost=1, memory_kib=1024, parallelism=1)
ENV_PASSPHRASE = "COUNSELOR_DESK_PASSPHRASE"
NOTE_WORD = "lighthouse"
COUNSELING_WORD = "quokka"


@dataclass(frozen=True)
class Made:
    folder: Path
    client: str
    other_client: str
    note: str
    consent: str
    revoked: str
    expired: str


def make(folder: Path) -> Made:
    """A locked vault: Dana R. with a signed note ten days ago, an SUD counseling note,
    a valid consent, a revoked one and an expired one; Marcus T. with nothing."""
    today = date.today()
    created = create_vault(folder, "Test", PASSPHRASE, kdf=CHEAP_KDF, check_strength=False)
    vault = created.vault
    try:
        caseload = Caseload(vault)
        dana = caseload.add_client(Client("Dana R.", date_of_birth=date(1990, 4, 2)))
        marcus = caseload.add_client(Client("Marcus T."))
        start = datetime.combine(today - timedelta(days=10), time(12), tzinfo=UTC)
        session = caseload.add_session(Session(dana.id, start, 50, SessionKind.INDIVIDUAL))
        note = caseload.start_note(session.id, NoteFormat.DAP)
        caseload.save_draft(
            replace(
                note,
                sections={
                    "data": f"Dana described the {NOTE_WORD} walk she takes when cravings start.",
                    "assessment": "Stable on her dose.",
                    "plan": "Weekly sessions.",
                },
            )
        )
        caseload.sign_note(note.id, "A. Moreno")
        caseload.add_counseling_note(
            CounselingNote(dana.id, f"Private: the {COUNSELING_WORD} image.", session.id)
        )

        def consent(recipient: str, **kw: object) -> Consent:
            values: dict[str, object] = {
                "client_id": dana.id,
                "discloser": "Riverbend Recovery Program",
                "recipient": recipient,
                "information": "Medication and attendance",
                "purpose": "Coordination of care",
                "signed": today - timedelta(days=30),
                "signed_by": "client",
                "expires": today + timedelta(days=365),
            }
            values.update(kw)
            return caseload.add_consent(Consent(**values))  # type: ignore[arg-type]

        valid = consent("Valley Primary Care")
        revoked = consent("Hillside Housing Program")
        caseload.revoke_consent(revoked.id, today - timedelta(days=1))
        expired = consent(
            "County Probation Office",
            signed=today - timedelta(days=400),
            expires=today - timedelta(days=2),
        )
    finally:
        vault.lock()
    return Made(folder, dana.id, marcus.id, note.id, valid.id, revoked.id, expired.id)


@pytest.fixture
def made(tmp_path: Path) -> Made:
    return make(tmp_path / "vault")


def run(
    tmp_path: Path, *args: str | Path, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    """`python -m counselor_desk ARGS` with the passphrase in the environment."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("COUNSELOR_DESK")}
    env.update({"HOME": str(tmp_path / "home"), ENV_PASSPHRASE: PASSPHRASE})
    result = subprocess.run(
        [sys.executable, "-m", "counselor_desk", *map(str, args)],
        input=stdin,
        stdin=subprocess.DEVNULL if stdin is None else None,
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result


def cli(*argv: str | Path, stdin: str = "", passphrase: bool = True) -> tuple[int, str]:
    """`cli.main` in-process; returns (exit code, stderr)."""
    err = io.StringIO()
    code = main(
        [str(a) for a in argv],
        stdin=io.StringIO(stdin),
        stdout=io.StringIO(),
        stderr=err,
        env={ENV_PASSPHRASE: PASSPHRASE} if passphrase else {},
    )
    assert "Traceback" not in err.getvalue()
    return code, err.getvalue()


def one_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("counselor-desk: "), lines[0]
    return lines[0]


def pages(path: Path) -> list[str]:
    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(path).pages]


def logged(made: Made) -> tuple[int, list[str]]:
    """(rows in the accounting, audit actions) of the vault, read after the command."""
    vault = unlock_with_passphrase(made.folder, PASSPHRASE)
    try:
        rows = int(vault.conn.execute("SELECT count(*) FROM disclosures").fetchone()[0])
        actions = [e.action for e in vault.audit.entries(vault.conn)]
    finally:
        vault.lock()
    return rows, actions


# -- real processes: the contract ------------------------------------------------------------


def test_a_disclosure_under_consent_is_written_0600_with_the_notice_and_logged(
    tmp_path: Path, made: Made
) -> None:
    out = tmp_path / "for-valley.pdf"
    result = run(
        tmp_path, "export-pdf", made.folder, "--client", made.client, "--out", out,
        "--consent", made.consent,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert f"disclosure under consent {made.consent}" in result.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    every = pages(out)
    assert len(every) >= 2
    assert all(SHORT_NOTICE in page for page in every)
    assert "Disclosure of records" in every[0] and "Valley Primary Care" in every[0]
    body = " ".join(every)
    assert "Client summary" in body and NOTE_WORD in body and COUNSELING_WORD not in body
    assert list(tmp_path.glob(".for-valley.pdf.*")) == []  # no temp file left behind
    rows, actions = logged(made)
    assert rows == 1 and "disclose" in actions


def test_a_revoked_consent_exits_1_with_one_line_and_writes_nothing(
    tmp_path: Path, made: Made
) -> None:
    out = tmp_path / "refused.pdf"
    result = run(
        tmp_path, "export-pdf", made.folder, "--client", made.client, "--out", out,
        "--consent", made.revoked,
    )  # fmt: skip
    assert result.returncode == 1
    assert "was revoked on" in one_line(result.stderr)
    assert not out.exists() and list(tmp_path.glob("*.pdf")) == []
    rows, actions = logged(made)
    assert rows == 0 and "disclose" not in actions


def test_usage_mistakes_exit_2_before_any_passphrase(tmp_path: Path, made: Made) -> None:
    out = tmp_path / "x.pdf"
    neither = run(tmp_path, "export-pdf", made.folder, "--client", made.client, "--out", out)
    assert neither.returncode == 2
    assert "one of the arguments --consent --client-copy --emergency is required" in one_line(
        neither.stderr
    )
    assert not out.exists()


# -- in-process: the options -----------------------------------------------------------------


def test_the_clients_own_copy_needs_no_consent_and_has_no_notice(
    tmp_path: Path, made: Made
) -> None:
    out = tmp_path / "copy.pdf"
    code, err = cli(
        "export-pdf", made.folder, "--client", made.client, "--out", out, "--client-copy"
    )
    assert code == 0, err
    assert "the client's own copy" in err
    body = " ".join(pages(out))
    assert SHORT_NOTICE not in body and NOTE_WORD in body and COUNSELING_WORD not in body
    rows, actions = logged(made)
    assert rows == 0 and "print-client-copy" in actions
    with_notes = tmp_path / "with-notes.pdf"
    code, err = cli(
        "export-pdf", made.folder, "--client", made.client, "--out", with_notes,
        "--client-copy", "--counseling-notes",
    )  # fmt: skip
    assert code == 0, err
    assert COUNSELING_WORD in " ".join(pages(with_notes))


def test_refusals_exit_1_and_write_nothing(tmp_path: Path, made: Made) -> None:
    out = tmp_path / "out.pdf"
    base = ("export-pdf", made.folder, "--out", out)
    cases = [
        (("--client", made.client, "--consent", made.expired), "expired on"),
        (("--client", made.other_client, "--consent", made.consent), "another client's"),
        (
            ("--client", made.client, "--consent", made.consent, "--counseling-notes"),
            "does not name SUD counseling notes",
        ),
        (("--client", made.client, "--consent", "no-such-consent"), "no consent with id"),
        (("--client", "no-such-client", "--client-copy"), "no-such-client"),
        (
            (
                "--client",
                made.other_client,
                "--client-copy",
                "--document",
                "note",
                "--note",
                made.note,
            ),
            "is not a record of client",
        ),
        (
            ("--client", made.client, "--client-copy", "--document", "plan"),
            "no treatment plan to print",
        ),
    ]
    for extra, reason in cases:
        code, err = cli(*base, *extra)
        assert code == 1, (extra, err)
        assert reason in one_line(err), (extra, err)
        assert not out.exists()
    assert logged(made)[0] == 0
    out.write_bytes(b"already here")
    code, err = cli(*base, "--client", made.client, "--client-copy")
    assert code == 1 and "already exists" in one_line(err)
    assert out.read_bytes() == b"already here"


def test_option_mistakes_exit_2(tmp_path: Path, made: Made) -> None:
    out = tmp_path / "out.pdf"
    base = ("export-pdf", made.folder, "--client", made.client, "--out", out)
    cases = [
        (("--consent", made.consent, "--client-copy"), "not allowed with argument"),
        (("--emergency", "--recipient", "Dr. Sam Whitfield"), "needs --facility, --nature"),
        (("--client-copy", "--facility", "Mercy County Hospital ED"), "with --emergency only"),
        (("--client-copy", "--document", "note"), "needs --note ID"),
        (("--consent", made.consent, "--document", "accounting"), "use --client-copy"),
        (("--client-copy", "--from", "2026-13-01"), "not a date"),
        (("--client-copy", "--from", "2026-03-02", "--to", "2026-03-01"), "before --from"),
        (("--client-copy", "--document", "plan", "--counseling-notes"), "only in the summary"),
    ]
    for extra, reason in cases:
        code, err = cli(*base, *extra, passphrase=False)  # refused before a passphrase is read
        assert code == 2, (extra, err)
        assert reason in one_line(err), (extra, err)
        assert not out.exists()


def test_a_medical_emergency_with_its_nature_from_standard_input(
    tmp_path: Path, made: Made
) -> None:
    out = tmp_path / "er.pdf"
    code, err = cli(
        "export-pdf", made.folder, "--client", made.client, "--out", out, "--emergency",
        "--recipient", "Dr. Sam Whitfield", "--facility", "Mercy County Hospital ED",
        "--nature", "-", "--document", "note", "--note", made.note,
        stdin="Unresponsive after a suspected overdose\n",
    )  # fmt: skip
    assert code == 0, err
    assert "medical-emergency disclosure" in err
    every = pages(out)
    assert all(SHORT_NOTICE in page for page in every)
    for expected in (
        "Dr. Sam Whitfield",
        "Mercy County Hospital ED",
        "Unresponsive after a suspected overdose",
        "42 CFR 2.51",
    ):
        assert expected in every[0], expected
    accounting = tmp_path / "accounting.pdf"
    code, err = cli(
        "export-pdf", made.folder, "--client", made.client, "--out", accounting,
        "--client-copy", "--document", "accounting",
    )  # fmt: skip
    assert code == 0, err
    body = " ".join(pages(accounting))
    assert "Mercy County Hospital ED" in body and "1 disclosure listed." in body
