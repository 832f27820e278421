"""The command line as scripts and IT staff use it: a real process, real exit codes.

DESIGN.md "Command line" is the contract: subcommands, secrets never in argv (environment,
terminal prompt, or the first line of standard input), exit codes 0 ok / 1 refused or
failed / 2 usage / 3 wrong passphrase or key / 4 damaged, one clear line on stderr and
never a traceback.

Most vaults here are made in the test process with cheap Argon2 parameters, so that an
unlock costs milliseconds; only the tests marked ``slow`` let ``init``/``demo`` calibrate
Argon2 for real (about 0.75 s per unlock).
"""

from __future__ import annotations

import json
import os
import re
import shlex
import stat
import subprocess
import sys
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlcipher3

from counselor_desk import __version__
from counselor_desk.domain.notes import NoteFormat
from counselor_desk.domain.records import Client, Session, SessionKind
from counselor_desk.domain.recovery import format_recovery_key, parse_recovery_key
from counselor_desk.services.caseload import Caseload
from counselor_desk.vault.keyslots import KdfParams
from counselor_desk.vault.store import create_vault, unlock_with_passphrase

PASSPHRASE = "correct horse battery staple orbit"
NEW_PASSPHRASE = "lantern violet harbor quietly ninety"
CHEAP_KDF = KdfParams(time_cost=1, memory_kib=1024, parallelism=1)
ENV_PASSPHRASE = "COUNSELOR_DESK_PASSPHRASE"
ENV_NEW_PASSPHRASE = "COUNSELOR_DESK_NEW_PASSPHRASE"
ENV_RECOVERY_KEY = "COUNSELOR_DESK_RECOVERY_KEY"
SECRET_VARS = (ENV_PASSPHRASE, ENV_NEW_PASSPHRASE, ENV_RECOVERY_KEY)

# Noon UTC: the same calendar day in every time zone from UTC-11 to UTC+11.
SESSION_START = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
NOTE_WORD = "marmalade"
RECOVERY_KEY_RE = re.compile(r"\b[0-9a-f]{4}(?:-[0-9a-f]{4}){16}\b")


# -- helpers ---------------------------------------------------------------------------------


def cli_env(tmp_path: Path, secrets: dict[str, str] | None = None) -> dict[str, str]:
    """The caller's environment minus any secret, with HOME and data dirs inside tmp_path."""
    env = {k: v for k, v in os.environ.items() if k not in SECRET_VARS}
    env["HOME"] = str(tmp_path / "home")
    env["XDG_DATA_HOME"] = str(tmp_path / "home" / "data")
    env.update(secrets or {})
    return env


def run(
    tmp_path: Path,
    *args: str | Path,
    secrets: dict[str, str] | None = None,
    input: str | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run `python -m counselor_desk ARGS` with an explicit environment and stdin."""
    result = subprocess.run(
        [sys.executable, "-m", "counselor_desk", *map(str, args)],
        input=input,
        stdin=subprocess.DEVNULL if input is None else None,
        capture_output=True,
        text=True,
        env=cli_env(tmp_path, secrets),
        cwd=tmp_path,
        timeout=120,
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result


def with_pass(passphrase: str = PASSPHRASE) -> dict[str, str]:
    return {ENV_PASSPHRASE: passphrase}


def error_line(result: subprocess.CompletedProcess[str]) -> str:
    """The one line a failing command writes on stderr."""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("counselor-desk: "), lines[0]
    return lines[0]


def make_vault(folder: Path, *, populate: bool = True) -> str:
    """A cheap-Argon2 vault (locked); with one client and a signed note mentioning
    NOTE_WORD unless populate is False. Returns the recovery key text."""
    created = create_vault(folder, "Test", PASSPHRASE, kdf=CHEAP_KDF, check_strength=False)
    try:
        if populate:
            caseload = Caseload(created.vault)
            client = caseload.add_client(Client("Dana R."))
            session = caseload.add_session(
                Session(client.id, SESSION_START, 50, SessionKind.INDIVIDUAL)
            )
            note = caseload.start_note(session.id, NoteFormat.DAP)
            note = caseload.save_draft(
                replace(
                    note,
                    sections={
                        "data": f"Client talked about {NOTE_WORD} cravings at work.",
                        "assessment": "Stable on current dose.",
                        "plan": "Continue weekly sessions.",
                    },
                )
            )
            caseload.sign_note(note.id, "A. Rivera")
    finally:
        created.vault.lock()
    return format_recovery_key(created.recovery_key)


@pytest.fixture
def vault(tmp_path: Path) -> Path:
    folder = tmp_path / "vault"
    make_vault(folder)
    return folder


@pytest.fixture
def vault_and_key(tmp_path: Path) -> tuple[Path, str]:
    folder = tmp_path / "keyed"
    return folder, make_vault(folder)


def raw_connection(folder: Path, recovery_key: str) -> sqlcipher3.Connection:
    """vault.db opened as any SQLCipher 4 tool would, with the key from the recovery key."""
    conn = sqlcipher3.connect(str(folder / "vault.db"))
    conn.execute(f"PRAGMA key = \"x'{parse_recovery_key(recovery_key).hex()}'\"")
    return conn


def flip_middle_page(db: Path) -> int:
    """Flip bytes inside a page in the middle of the file; returns the 1-based page number."""
    data = bytearray(db.read_bytes())
    pages = len(data) // 4096
    assert pages >= 3
    page = pages // 2
    for i in range(200, 216):
        data[page * 4096 + i] ^= 0xFF
    db.write_bytes(bytes(data))
    return page + 1


def search_lines(result: subprocess.CompletedProcess[str]) -> list[list[str]]:
    return [line.split("\t") for line in result.stdout.splitlines()]


# -- usage -----------------------------------------------------------------------------------


def test_version(tmp_path: Path) -> None:
    result = run(tmp_path, "--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"counselor-desk {__version__}"


def test_no_arguments_starts_the_window_or_says_there_is_no_display(tmp_path: Path) -> None:
    # A server with no screen: no DISPLAY, WAYLAND_DISPLAY or QT_QPA_PLATFORM.
    env = cli_env(tmp_path)
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(name, None)
    result = subprocess.run(
        [sys.executable, "-m", "counselor_desk"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 1
    assert "no display" in result.stderr
    assert "counselor-desk --help" in result.stderr


def test_unknown_command_exits_2(tmp_path: Path) -> None:
    result = run(tmp_path, "frobnicate")
    assert result.returncode == 2
    line = error_line(result)
    assert "frobnicate" in line and "--help" in line


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["init"], "VAULT"),
        (["init", "somewhere"], "--name"),
        (["restore", "some.cdbackup"], "--to"),
        (["import-data", "vault"], "FILE.json"),
    ],
)
def test_missing_argument_exits_2(tmp_path: Path, args: list[str], named: str) -> None:
    result = run(tmp_path, *args)
    assert result.returncode == 2
    assert named in error_line(result)
    assert not (tmp_path / "somewhere").exists()


# -- init ------------------------------------------------------------------------------------


@pytest.mark.slow
def test_init_prints_recovery_key_once_and_it_opens_the_vault(tmp_path: Path) -> None:
    folder = tmp_path / "new-vault"
    result = run(tmp_path, "init", folder, "--name", "Ana Rivera", input=PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr
    keys = RECOVERY_KEY_RE.findall(result.stdout)
    assert len(keys) == 1, result.stdout
    assert "shown only now" in result.stdout
    assert keys[0] not in result.stderr
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert (folder / "vault.db").is_file() and (folder / "keys.json").is_file()

    opened = run(tmp_path, "search", folder, "anything", secrets={ENV_RECOVERY_KEY: keys[0]})
    assert opened.returncode == 0, opened.stderr
    assert opened.stdout == ""
    checked = run(tmp_path, "verify", folder, secrets={ENV_RECOVERY_KEY: keys[0]})
    assert checked.returncode == 0, checked.stderr
    assert checked.stdout.startswith("OK")


def test_init_refuses_a_weak_passphrase_with_a_suggestion(tmp_path: Path) -> None:
    folder = tmp_path / "weak"
    result = run(
        tmp_path, "init", folder, "--name", "Ana", secrets={ENV_NEW_PASSPHRASE: "password123"}
    )
    assert result.returncode == 1
    line = error_line(result)
    assert "Try something like" in line
    assert not folder.exists()
    assert not RECOVERY_KEY_RE.search(result.stdout)


def test_init_refuses_an_existing_non_empty_folder(tmp_path: Path) -> None:
    folder = tmp_path / "taken"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine")
    result = run(tmp_path, "init", folder, "--name", "Ana", input=PASSPHRASE + "\n")
    assert result.returncode == 1
    assert "already exists" in error_line(result)
    assert sorted(p.name for p in folder.iterdir()) == ["notes.txt"]
    assert result.stdout == ""


# -- secrets ---------------------------------------------------------------------------------


def test_mistyped_recovery_key_exits_3_naming_the_group(
    tmp_path: Path, vault_and_key: tuple[Path, str]
) -> None:
    folder, key = vault_and_key
    groups = key.split("-")
    digit = groups[4][1]
    groups[4] = groups[4][0] + ("0" if digit != "0" else "1") + groups[4][2:]
    result = run(
        tmp_path, "search", folder, NOTE_WORD, secrets={ENV_RECOVERY_KEY: "-".join(groups)}
    )
    assert result.returncode == 3
    line = error_line(result)
    assert "Group 5" in line
    assert result.stdout == ""


def test_recovery_key_of_another_vault_exits_3(tmp_path: Path, vault: Path) -> None:
    other_key = make_vault(tmp_path / "other", populate=False)
    result = run(tmp_path, "search", vault, NOTE_WORD, secrets={ENV_RECOVERY_KEY: other_key})
    assert result.returncode == 3
    assert "recovery key" in error_line(result)


def test_wrong_passphrase_exits_3(tmp_path: Path, vault: Path) -> None:
    result = run(tmp_path, "search", vault, NOTE_WORD, secrets=with_pass("not the passphrase"))
    assert result.returncode == 3
    assert "passphrase" in error_line(result).lower()
    assert result.stdout == ""


@pytest.mark.parametrize("stdin", [None, ""], ids=["devnull", "empty-pipe"])
def test_no_terminal_and_no_passphrase_exits_2_saying_how(
    tmp_path: Path, vault: Path, stdin: str | None
) -> None:
    result = run(tmp_path, "search", vault, NOTE_WORD, input=stdin)
    assert result.returncode == 2
    line = error_line(result)
    assert ENV_PASSPHRASE in line
    assert "standard input" in line


def test_passphrase_from_the_first_line_of_stdin(tmp_path: Path, vault: Path) -> None:
    result = run(tmp_path, "search", vault, NOTE_WORD, input=PASSPHRASE + "\n")
    assert result.returncode == 0, result.stderr
    assert [row[0] for row in search_lines(result)] == ["Dana R."]


def test_search_dash_reads_the_query_from_stdin_after_the_passphrase(
    tmp_path: Path, vault: Path
) -> None:
    args = ["search", str(vault), "-"]
    result = run(tmp_path, *args, input=f"{PASSPHRASE}\n{NOTE_WORD}\n")
    assert result.returncode == 0, result.stderr
    assert not any(NOTE_WORD in arg for arg in args)
    rows = search_lines(result)
    assert len(rows) == 1 and f"[{NOTE_WORD}]" in rows[0][2]


def test_search_dash_with_passphrase_in_env_reads_line_one_as_query(
    tmp_path: Path, vault: Path
) -> None:
    result = run(tmp_path, "search", vault, "-", secrets=with_pass(), input=f"{NOTE_WORD}\n")
    assert result.returncode == 0, result.stderr
    assert len(search_lines(result)) == 1


def test_search_prints_name_date_and_snippet(tmp_path: Path, vault: Path) -> None:
    result = run(tmp_path, "search", vault, NOTE_WORD, secrets=with_pass())
    assert result.returncode == 0, result.stderr
    rows = search_lines(result)
    assert len(rows) == 1, result.stdout
    name, when, snippet = rows[0]
    assert (name, when) == ("Dana R.", "2026-03-01")
    assert f"talked about [{NOTE_WORD}] cravings" in snippet


def test_search_with_no_query_exits_2(tmp_path: Path, vault: Path) -> None:
    result = run(tmp_path, "search", vault, secrets=with_pass())
    assert result.returncode == 2
    assert "query" in error_line(result)


def test_a_missing_vault_is_named(tmp_path: Path) -> None:
    result = run(tmp_path, "search", tmp_path / "nowhere", "x", secrets=with_pass())
    assert result.returncode == 1
    assert "nowhere" in error_line(result)


def test_vault_held_by_another_process_exits_1(tmp_path: Path, vault: Path) -> None:
    held = unlock_with_passphrase(vault, PASSPHRASE)
    try:
        result = run(tmp_path, "search", vault, NOTE_WORD, secrets=with_pass())
    finally:
        held.lock()
    assert result.returncode == 1
    assert "another window" in error_line(result)


# -- import and export -----------------------------------------------------------------------


def test_import_then_export_round_trips(tmp_path: Path, vault: Path) -> None:
    first = tmp_path / "first.json"
    exported = run(tmp_path, "export-data", vault, first, secrets=with_pass())
    assert exported.returncode == 0, exported.stderr
    assert "keep it safe" in exported.stderr

    empty = tmp_path / "empty"
    make_vault(empty, populate=False)
    imported = run(tmp_path, "import-data", empty, first, secrets=with_pass())
    assert imported.returncode == 0, imported.stderr
    assert "Imported 1 clients, 1 sessions, 1 notes, 0 consents." in imported.stdout

    second = tmp_path / "second.json"
    again = run(tmp_path, "export-data", empty, second, secrets=with_pass())
    assert again.returncode == 0, again.stderr
    a = json.loads(first.read_text())
    b = json.loads(second.read_text())
    assert a.pop("exported_at") and b.pop("exported_at")
    assert a == b
    assert a["clients"][0]["display_name"] == "Dana R."


def test_import_of_a_design_example_file(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    make_vault(folder, populate=False)
    document = {
        "format": "counselor-desk/1",
        "clients": [
            {
                "id": "5f0c6f0e-6c1b-4c55-9a55-0c3b3a0f2c11",
                "display_name": "Rowan T.",
                "date_of_birth": "1990-04-02",
                "medications": [
                    {
                        "medication": "buprenorphine",
                        "form": "sublingual film",
                        "dose": "16 mg daily",
                        "started": "2026-01-10",
                        "stopped": None,
                        "prescriber": "Dr. Example",
                        "dispensing": "pharmacy",
                    }
                ],
                "sessions": [
                    {
                        "id": "0a7d8f5e-1d2b-4f3a-8c9e-6b5a4d3c2b1a",
                        "start": "2026-03-02T10:00:00-06:00",
                        "minutes": 50,
                        "kind": "individual",
                        "note": {
                            "format": "DAP",
                            "status": "signed",
                            "signed_by": "A. Rivera",
                            "signed_at": "2026-03-02T11:02:00-06:00",
                            "sections": {
                                "data": "Talked about quince harvest and sleep.",
                                "assessment": "Engaged.",
                                "plan": "Next week.",
                            },
                        },
                    }
                ],
                "consents": [],
            }
        ],
    }
    source = tmp_path / "in.json"
    source.write_text(json.dumps(document))
    result = run(tmp_path, "import-data", folder, source, secrets=with_pass())
    assert result.returncode == 0, result.stderr
    assert "Imported 1 clients" in result.stdout
    found = run(tmp_path, "search", folder, "quince", secrets=with_pass())
    assert found.returncode == 0
    assert search_lines(found)[0][:2] == ["Rowan T.", "2026-03-02"]


def test_import_of_an_invalid_file_lists_problems_and_writes_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    make_vault(folder, populate=False)
    bad = tmp_path / "bad.json"
    bad.write_text(
        json.dumps(
            {
                "format": "counselor-desk/1",
                "clients": [
                    {"id": "5f0c6f0e-6c1b-4c55-9a55-0c3b3a0f2c11", "display_name": "Ok Client"},
                    {
                        "id": "not-a-uuid",
                        "display_name": 42,
                        "sessions": [{"kind": "nap", "minutes": "fifty"}],
                    },
                ],
            }
        )
    )
    result = run(tmp_path, "import-data", folder, bad, secrets=with_pass())
    assert result.returncode == 1
    stderr = result.stderr
    assert "nothing was written" in stderr.splitlines()[0]
    for path in (
        "$.clients[1].id",
        "$.clients[1].display_name",
        "$.clients[1].sessions[0].kind",
        "$.clients[1].sessions[0].minutes",
    ):
        assert path in stderr, stderr
    assert result.stdout == ""

    out = tmp_path / "after.json"
    assert run(tmp_path, "export-data", folder, out, secrets=with_pass()).returncode == 0
    assert json.loads(out.read_text())["clients"] == []


def test_import_of_ids_that_exist_exits_1_naming_the_id(tmp_path: Path, vault: Path) -> None:
    dump = tmp_path / "dump.json"
    assert run(tmp_path, "export-data", vault, dump, secrets=with_pass()).returncode == 0
    client_id = json.loads(dump.read_text())["clients"][0]["id"]
    result = run(tmp_path, "import-data", vault, dump, secrets=with_pass())
    assert result.returncode == 1
    assert client_id in result.stderr
    assert "already exists" in result.stderr


def test_export_refuses_an_existing_target(tmp_path: Path, vault: Path) -> None:
    target = tmp_path / "keep.json"
    target.write_text("precious")
    result = run(tmp_path, "export-data", vault, target, secrets=with_pass())
    assert result.returncode == 1
    assert "already exists" in error_line(result)
    assert target.read_text() == "precious"


# -- backup and restore ----------------------------------------------------------------------


def test_backup_prints_the_new_backup_and_to_works(tmp_path: Path, vault: Path) -> None:
    result = run(tmp_path, "backup", vault, secrets=with_pass())
    assert result.returncode == 0, result.stderr
    made = Path(result.stdout.strip())
    assert made.suffix == ".cdbackup" and made.is_file()
    assert made.parent == vault.resolve() / "backups"

    target = tmp_path / "elsewhere" / "copy.cdbackup"
    result = run(tmp_path, "backup", vault, "--to", target, secrets=with_pass())
    assert result.returncode == 0, result.stderr
    assert Path(result.stdout.strip()) == target.resolve()
    assert target.is_file()

    again = run(tmp_path, "backup", vault, "--to", target, secrets=with_pass())
    assert again.returncode == 1
    assert "already exists" in error_line(again)


def test_restore_into_a_new_folder_then_refuses_an_existing_one(
    tmp_path: Path, vault: Path
) -> None:
    made = tmp_path / "b.cdbackup"
    assert run(tmp_path, "backup", vault, "--to", made, secrets=with_pass()).returncode == 0
    restored = tmp_path / "restored"
    result = run(tmp_path, "restore", made, "--to", restored, secrets=with_pass())
    assert result.returncode == 0, result.stderr
    assert "Restored" in result.stdout
    found = run(tmp_path, "search", restored, NOTE_WORD, secrets=with_pass())
    assert found.returncode == 0
    assert search_lines(found)[0][0] == "Dana R."

    refused = run(tmp_path, "restore", made, "--to", restored, secrets=with_pass())
    assert refused.returncode == 1
    assert "already exists" in error_line(refused)


def test_restore_of_a_damaged_backup_exits_4(tmp_path: Path, vault: Path) -> None:
    made = tmp_path / "b.cdbackup"
    assert run(tmp_path, "backup", vault, "--to", made, secrets=with_pass()).returncode == 0
    data = bytearray(made.read_bytes())
    data[len(data) // 2] ^= 0xFF
    made.write_bytes(bytes(data))
    result = run(tmp_path, "restore", made, "--to", tmp_path / "r", secrets=with_pass())
    assert result.returncode == 4
    assert "damaged" in error_line(result)
    assert not (tmp_path / "r").exists()


# -- verify and damage -----------------------------------------------------------------------


def test_verify_a_clean_vault(tmp_path: Path, vault: Path) -> None:
    result = run(tmp_path, "verify", vault, secrets=with_pass())
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("OK")
    assert "1 signed notes" in result.stdout


def test_verify_names_a_tampered_audit_row(tmp_path: Path, vault_and_key: tuple[Path, str]) -> None:
    folder, key = vault_and_key
    conn = raw_connection(folder, key)
    try:
        conn.execute("DROP TRIGGER audit_log_append_only_update")
        conn.execute("DROP TRIGGER audit_log_append_only_delete")
        conn.execute("UPDATE audit_log SET detail = 'nothing happened' WHERE seq = 2")
        conn.commit()
    finally:
        conn.close()
    result = run(tmp_path, "verify", folder, secrets=with_pass())
    assert result.returncode == 4
    line = error_line(result)
    assert "row 2" in line and "audit" in line


def test_damaged_page_points_to_the_newest_backup_and_replace_damaged_restores_it(
    tmp_path: Path, vault: Path
) -> None:
    made = run(tmp_path, "backup", vault, secrets=with_pass())
    assert made.returncode == 0, made.stderr
    newest = made.stdout.strip()
    flip_middle_page(vault / "vault.db")

    result = run(tmp_path, "verify", vault, secrets=with_pass())
    assert result.returncode == 4
    line = error_line(result)
    assert newest in line
    command = f"counselor-desk restore {newest} --to {vault} --replace-damaged"
    assert command in line

    argv = shlex.split(line[line.index(command) :])[1:]
    fixed = run(tmp_path, *argv, secrets=with_pass())
    assert fixed.returncode == 0, fixed.stderr
    aside = [p for p in tmp_path.iterdir() if p.name.startswith("vault.damaged-")]
    assert len(aside) == 1
    assert str(aside[0].name) in fixed.stderr
    assert (aside[0] / "vault.db").is_file()

    checked = run(tmp_path, "verify", vault, secrets=with_pass())
    assert checked.returncode == 0, checked.stderr
    found = run(tmp_path, "search", vault, NOTE_WORD, secrets=with_pass())
    assert found.returncode == 0 and search_lines(found)[0][0] == "Dana R."
    # The backup history moved along with the restored vault.
    assert Path(newest).is_file()


def test_replace_damaged_refuses_a_sound_vault(tmp_path: Path, vault: Path) -> None:
    made = tmp_path / "b.cdbackup"
    assert run(tmp_path, "backup", vault, "--to", made, secrets=with_pass()).returncode == 0
    result = run(tmp_path, "restore", made, "--to", vault, "--replace-damaged", secrets=with_pass())
    assert result.returncode == 1
    assert "not damaged" in error_line(result)
    assert not any(p.name.startswith("vault.damaged-") for p in tmp_path.iterdir())


@pytest.mark.slow
def test_missing_keys_json_needs_the_recovery_key_and_a_new_passphrase(
    tmp_path: Path, vault_and_key: tuple[Path, str]
) -> None:
    folder, key = vault_and_key
    (folder / "keys.json").unlink()

    refused = run(tmp_path, "search", folder, NOTE_WORD, secrets=with_pass())
    assert refused.returncode == 4
    assert "recovery key" in error_line(refused)

    rebuilt = run(
        tmp_path,
        "search",
        folder,
        NOTE_WORD,
        secrets={ENV_RECOVERY_KEY: key, ENV_NEW_PASSPHRASE: NEW_PASSPHRASE},
    )
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert search_lines(rebuilt)[0][0] == "Dana R."
    assert (folder / "keys.json").is_file()

    after = run(tmp_path, "search", folder, NOTE_WORD, secrets=with_pass(NEW_PASSPHRASE))
    assert after.returncode == 0, after.stderr
    assert search_lines(after)[0][0] == "Dana R."


# -- passphrase and key changes --------------------------------------------------------------


def test_passwd_changes_the_passphrase_and_warns_about_old_backups(
    tmp_path: Path, vault: Path
) -> None:
    result = run(
        tmp_path,
        "passwd",
        vault,
        secrets={ENV_PASSPHRASE: PASSPHRASE, ENV_NEW_PASSPHRASE: NEW_PASSPHRASE},
    )
    assert result.returncode == 0, result.stderr
    assert "Changed the passphrase" in result.stdout
    assert "old passphrase" in result.stderr and "rotate-key" in result.stderr

    old = run(tmp_path, "search", vault, NOTE_WORD, secrets=with_pass())
    assert old.returncode == 3
    new = run(tmp_path, "search", vault, NOTE_WORD, secrets=with_pass(NEW_PASSPHRASE))
    assert new.returncode == 0, new.stderr
    assert search_lines(new)[0][0] == "Dana R."


def test_passwd_refuses_a_weak_new_passphrase(tmp_path: Path, vault: Path) -> None:
    result = run(
        tmp_path,
        "passwd",
        vault,
        secrets={ENV_PASSPHRASE: PASSPHRASE, ENV_NEW_PASSPHRASE: "letmein"},
    )
    assert result.returncode == 1
    assert "Try something like" in error_line(result)
    assert run(tmp_path, "verify", vault, secrets=with_pass()).returncode == 0


@pytest.mark.slow
def test_rotate_key_prints_a_new_recovery_key_and_the_old_one_stops_working(
    tmp_path: Path, vault_and_key: tuple[Path, str]
) -> None:
    folder, old_key = vault_and_key
    result = run(tmp_path, "rotate-key", folder, secrets=with_pass())
    assert result.returncode == 0, result.stderr
    keys = RECOVERY_KEY_RE.findall(result.stdout)
    assert len(keys) == 1 and keys[0] != old_key

    stale = run(tmp_path, "search", folder, NOTE_WORD, secrets={ENV_RECOVERY_KEY: old_key})
    assert stale.returncode == 3
    assert "recovery key" in error_line(stale)
    fresh = run(tmp_path, "search", folder, NOTE_WORD, secrets={ENV_RECOVERY_KEY: keys[0]})
    assert fresh.returncode == 0, fresh.stderr
    assert search_lines(fresh)[0][0] == "Dana R."
    same_pass = run(tmp_path, "verify", folder, secrets=with_pass())
    assert same_pass.returncode == 0, same_pass.stderr


# -- demo ------------------------------------------------------------------------------------


@pytest.mark.slow
def test_demo_creates_a_fictional_caseload_of_12_clients(tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    result = run(tmp_path, "demo", folder, secrets={ENV_NEW_PASSPHRASE: NEW_PASSPHRASE})
    assert result.returncode == 0, result.stderr
    assert "12 clients" in result.stdout
    keys = RECOVERY_KEY_RE.findall(result.stdout)
    assert len(keys) == 1

    # The recovery key opens without Argon2: export everything and look at the names.
    dump = tmp_path / "demo.json"
    exported = run(tmp_path, "export-data", folder, dump, secrets={ENV_RECOVERY_KEY: keys[0]})
    assert exported.returncode == 0, exported.stderr
    clients = json.loads(dump.read_text())["clients"]
    assert len(clients) == 12
    name = clients[0]["display_name"]

    found = run(tmp_path, "search", folder, name, secrets=with_pass(NEW_PASSPHRASE))
    assert found.returncode == 0, found.stderr
    assert name in [row[0] for row in search_lines(found)]
