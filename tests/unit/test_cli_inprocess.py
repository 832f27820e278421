"""The command line driven in-process: `counselor_desk.cli.main(argv, stdin=…, stdout=…,
stderr=…, env=…)`, for the many cases that need no separate process.

Every vault is made with cheap Argon2 parameters; where a command would calibrate Argon2
for a new slot (rebuilding keys.json, rotating the key) the calibration is patched to the
same cheap parameters, so nothing here waits on a real key derivation.
"""

from __future__ import annotations

import io
import json
import re
import shlex
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlcipher3

from counselor_desk import __version__
from counselor_desk.cli import main
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
SESSION_START = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
NOTE_WORD = "marmalade"
RECOVERY_KEY_RE = re.compile(r"\b[0-9a-f]{4}(?:-[0-9a-f]{4}){16}\b")


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str

    @property
    def error(self) -> str:
        """The single line a failing command writes on stderr."""
        lines = self.err.strip().splitlines()
        assert len(lines) == 1, self.err
        assert lines[0].startswith("counselor-desk: "), lines[0]
        return lines[0]

    @property
    def rows(self) -> list[list[str]]:
        return [line.split("\t") for line in self.out.splitlines()]


def cli(*argv: str | Path, env: dict[str, str] | None = None, stdin: str = "") -> Result:
    out, err = io.StringIO(), io.StringIO()
    code = main(
        [str(a) for a in argv],
        stdin=io.StringIO(stdin),
        stdout=out,
        stderr=err,
        env=dict(env or {}),
    )
    assert "Traceback" not in err.getvalue()
    return Result(code, out.getvalue(), err.getvalue())


def pw(passphrase: str = PASSPHRASE) -> dict[str, str]:
    return {ENV_PASSPHRASE: passphrase}


def make_vault(folder: Path, *, populate: bool = True) -> str:
    """A locked cheap-Argon2 vault, with Dana R. and a signed DAP note mentioning
    NOTE_WORD unless populate is False; returns the recovery key text."""
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
def keyed(tmp_path: Path) -> tuple[Path, str]:
    folder = tmp_path / "keyed"
    return folder, make_vault(folder)


@pytest.fixture
def cheap_calibration(monkeypatch: pytest.MonkeyPatch) -> None:
    """New slots made by the commands (rebuild, rotation) use cheap Argon2 too."""
    monkeypatch.setattr("counselor_desk.vault.store.calibrate", lambda *a, **k: CHEAP_KDF)
    monkeypatch.setattr("counselor_desk.services.rotation.calibrate", lambda *a, **k: CHEAP_KDF)


def raw_sql(folder: Path, recovery_key: str, *statements: str) -> None:
    """Run SQL on vault.db as any SQLCipher 4 tool could, keyed from the recovery key."""
    conn = sqlcipher3.connect(str(folder / "vault.db"))
    try:
        conn.execute(f"PRAGMA key = \"x'{parse_recovery_key(recovery_key).hex()}'\"")
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


def found(folder: Path, query: str = NOTE_WORD, env: dict[str, str] | None = None) -> list[str]:
    result = cli("search", folder, query, env=env or pw())
    assert result.code == 0, result.err
    return [row[0] for row in result.rows]


# -- usage -----------------------------------------------------------------------------------


def test_version_goes_to_the_given_stdout() -> None:
    result = cli("--version")
    assert result.code == 0
    assert result.out.strip() == f"counselor-desk {__version__}"


def test_help_goes_to_the_given_stdout() -> None:
    result = cli("--help")
    assert result.code == 0
    assert "usage: counselor-desk" in result.out
    assert ENV_PASSPHRASE in result.out


@pytest.mark.parametrize(
    ("argv", "named"),
    [
        (["launch"], "launch"),
        (["demo"], "VAULT"),
        (["export-data", "v"], "FILE.json"),
        (["backup"], "VAULT"),
        (["search", "v", "x", "--limit", "many"], "many"),
        (["verify", "v", "extra"], "extra"),
    ],
)
def test_usage_errors_exit_2_in_one_line(argv: list[str], named: str) -> None:
    result = cli(*argv)
    assert result.code == 2
    assert named in result.error
    assert "--help" in result.error


# -- secrets ---------------------------------------------------------------------------------


def test_an_explicit_env_is_used_instead_of_the_process_environment(
    vault: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_PASSPHRASE, PASSPHRASE)
    result = cli("search", vault, NOTE_WORD, env={})
    assert result.code == 2
    assert ENV_PASSPHRASE in result.error


def test_no_passphrase_anywhere_exits_2_saying_how(vault: Path) -> None:
    result = cli("search", vault, NOTE_WORD)
    assert result.code == 2
    assert ENV_PASSPHRASE in result.error and "standard input" in result.error


@pytest.mark.parametrize("ending", ["\n", "\r\n", ""])
def test_passphrase_is_the_first_line_of_stdin(vault: Path, ending: str) -> None:
    result = cli("search", vault, NOTE_WORD, stdin=PASSPHRASE + ending)
    assert result.code == 0, result.err
    assert [row[0] for row in result.rows] == ["Dana R."]


def test_search_dash_takes_the_query_from_the_line_after_the_passphrase(vault: Path) -> None:
    argv = ["search", str(vault), "-"]
    result = cli(*argv, stdin=f"{PASSPHRASE}\n{NOTE_WORD}\n")
    assert result.code == 0, result.err
    assert all(NOTE_WORD not in a for a in argv)
    assert len(result.rows) == 1
    assert f"[{NOTE_WORD}]" in result.rows[0][2]


def test_search_dash_with_no_query_line_exits_2(vault: Path) -> None:
    result = cli("search", vault, "-", stdin=f"{PASSPHRASE}\n")
    assert result.code == 2
    assert "query" in result.error


def test_search_lines_are_name_date_snippet(vault: Path) -> None:
    result = cli("search", vault, NOTE_WORD, env=pw())
    assert result.code == 0, result.err
    [[name, when, snippet]] = result.rows
    assert (name, when) == ("Dana R.", "2026-03-01")
    assert f"[{NOTE_WORD}] cravings" in snippet


def test_search_finds_a_client_by_name(vault: Path) -> None:
    assert found(vault, "dana") == ["Dana R."]
    assert found(vault, "nobodyhere") == []


def test_wrong_passphrase_exits_3_and_changes_no_record(vault: Path) -> None:
    result = cli("search", vault, NOTE_WORD, env=pw("not it at all"))
    assert result.code == 3
    assert "passphrase" in result.error.lower()
    assert result.out == ""
    assert found(vault) == ["Dana R."]


def test_after_three_wrong_tries_the_command_waits_then_opens(vault: Path) -> None:
    for _ in range(3):
        assert cli("search", vault, NOTE_WORD, env=pw("wrong wrong")).code == 3
    result = cli("search", vault, NOTE_WORD, env=pw())
    assert result.code == 0, result.err
    assert "Waiting" in result.err


def test_recovery_key_opens_with_or_without_the_checksum_group(keyed: tuple[Path, str]) -> None:
    folder, key = keyed
    assert found(folder, env={ENV_RECOVERY_KEY: key}) == ["Dana R."]
    without_checksum = " ".join(key.split("-")[:16]).upper()
    assert found(folder, env={ENV_RECOVERY_KEY: without_checksum}) == ["Dana R."]


def test_recovery_key_wins_over_a_wrong_passphrase(keyed: tuple[Path, str]) -> None:
    folder, key = keyed
    env = {ENV_RECOVERY_KEY: key, ENV_PASSPHRASE: "wrong wrong"}
    assert found(folder, env=env) == ["Dana R."]


@pytest.mark.parametrize("group", [1, 5, 16])
def test_a_mistyped_recovery_key_names_the_group(keyed: tuple[Path, str], group: int) -> None:
    folder, key = keyed
    groups = key.split("-")
    g = groups[group - 1]
    groups[group - 1] = g[:3] + ("a" if g[3] != "a" else "b")
    result = cli("search", folder, NOTE_WORD, env={ENV_RECOVERY_KEY: "-".join(groups)})
    assert result.code == 3
    assert f"Group {group} " in result.error
    assert result.out == ""


def test_a_recovery_key_with_a_letter_o_suggests_zero(keyed: tuple[Path, str]) -> None:
    folder, key = keyed
    groups = key.split("-")
    groups[2] = "o" + groups[2][1:]
    result = cli("search", folder, NOTE_WORD, env={ENV_RECOVERY_KEY: "-".join(groups)})
    assert result.code == 3
    assert "Group 3" in result.error and "did you mean 0" in result.error


def test_another_vaults_recovery_key_exits_3(tmp_path: Path, vault: Path) -> None:
    other = make_vault(tmp_path / "other", populate=False)
    result = cli("search", vault, NOTE_WORD, env={ENV_RECOVERY_KEY: other})
    assert result.code == 3
    assert "recovery key" in result.error


def test_a_vault_open_elsewhere_exits_1(vault: Path) -> None:
    held = unlock_with_passphrase(vault, PASSPHRASE)
    try:
        result = cli("search", vault, NOTE_WORD, env=pw())
    finally:
        held.lock()
    assert result.code == 1
    assert "another window" in result.error
    assert found(vault) == ["Dana R."]


def test_a_missing_vault_exits_1_naming_it(tmp_path: Path) -> None:
    result = cli("verify", tmp_path / "absent", env=pw())
    assert result.code == 1
    assert "absent" in result.error


# -- init ------------------------------------------------------------------------------------


def test_init_refuses_a_weak_passphrase_and_creates_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "weak"
    result = cli("init", folder, "--name", "Ana Rivera", stdin="ana rivera 1\n")
    assert result.code == 1
    assert "Try something like" in result.error
    assert not folder.exists()
    assert result.out == ""


def test_init_without_any_passphrase_exits_2(tmp_path: Path) -> None:
    result = cli("init", tmp_path / "v", "--name", "Ana")
    assert result.code == 2
    assert ENV_NEW_PASSPHRASE in result.error
    assert not (tmp_path / "v").exists()


def test_init_refuses_a_folder_that_holds_a_vault(vault: Path) -> None:
    result = cli("init", vault, "--name", "Ana", env={ENV_NEW_PASSPHRASE: NEW_PASSPHRASE})
    assert result.code == 1
    assert "already exists" in result.error
    assert found(vault) == ["Dana R."]


# -- import and export -----------------------------------------------------------------------


def test_export_then_import_then_export_is_the_same_document(tmp_path: Path, vault: Path) -> None:
    first = tmp_path / "first.json"
    result = cli("export-data", vault, first, env=pw())
    assert result.code == 0, result.err
    assert "keep it safe" in result.err

    empty = tmp_path / "empty"
    make_vault(empty, populate=False)
    result = cli("import-data", empty, first, env=pw())
    assert result.code == 0, result.err
    assert result.out.startswith("Imported 1 clients, 1 sessions, 1 notes")

    second = tmp_path / "second.json"
    assert cli("export-data", empty, second, env=pw()).code == 0
    a, b = json.loads(first.read_text()), json.loads(second.read_text())
    assert a.pop("exported_at") and b.pop("exported_at")
    assert a == b
    assert found(empty) == ["Dana R."]


def test_import_refuses_invalid_json_and_writes_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    make_vault(folder, populate=False)
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "counselor-desk/1", "clients": [')
    result = cli("import-data", folder, bad, env=pw())
    assert result.code == 1
    assert "nothing was written" in result.err
    assert "$: not valid JSON" in result.err and "line 1" in result.err


def test_import_lists_every_problem_with_its_json_path(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    make_vault(folder, populate=False)
    bad = tmp_path / "bad.json"
    bad.write_text(
        json.dumps(
            {
                "format": "counselor-desk/2",
                "clients": [
                    {"id": "5f0c6f0e-6c1b-4c55-9a55-0c3b3a0f2c11", "display_name": "Fine"},
                    {"id": "nope", "display_name": "", "date_of_birth": "1990-02-31"},
                ],
            }
        )
    )
    result = cli("import-data", folder, bad, env=pw())
    assert result.code == 1
    first, *problems = result.err.strip().splitlines()
    assert "problem" in first and "nothing was written" in first
    assert any(p.strip().startswith("$.format:") for p in problems)
    assert any(p.strip().startswith("$.clients[1].id:") for p in problems)
    assert any(p.strip().startswith("$.clients[1].date_of_birth:") for p in problems)
    assert found(folder, "Fine") == []


def test_import_refuses_an_id_that_exists(tmp_path: Path, vault: Path) -> None:
    dump = tmp_path / "dump.json"
    assert cli("export-data", vault, dump, env=pw()).code == 0
    client_id = json.loads(dump.read_text())["clients"][0]["id"]
    result = cli("import-data", vault, dump, env=pw())
    assert result.code == 1
    assert f"$.clients[0].id: client id {client_id} already exists" in result.err
    assert found(vault) == ["Dana R."]


def test_import_of_a_missing_file_is_a_usage_error(tmp_path: Path, vault: Path) -> None:
    result = cli("import-data", vault, tmp_path / "nothing.json", env=pw())
    assert result.code == 2
    assert "nothing.json" in result.error


def test_export_refuses_an_existing_target(tmp_path: Path, vault: Path) -> None:
    target = tmp_path / "taken.json"
    target.write_text("{}")
    result = cli("export-data", vault, target, env=pw())
    assert result.code == 1
    assert "already exists" in result.error
    assert target.read_text() == "{}"


# -- backup and restore ----------------------------------------------------------------------


def test_backup_and_restore_into_a_new_folder(tmp_path: Path, vault: Path) -> None:
    result = cli("backup", vault, env=pw())
    assert result.code == 0, result.err
    made = Path(result.out.strip())
    assert made.is_file() and made.name.endswith(".cdbackup")
    assert made.parent == vault.resolve() / "backups"

    restored = tmp_path / "restored"
    result = cli("restore", made, "--to", restored, env=pw())
    assert result.code == 0, result.err
    assert str(restored) in result.out
    assert found(restored) == ["Dana R."]
    assert not any(p.name.endswith(".restoring") for p in tmp_path.iterdir())


def test_restore_refuses_an_existing_target(tmp_path: Path, vault: Path) -> None:
    made = tmp_path / "b.cdbackup"
    assert cli("backup", vault, "--to", made, env=pw()).code == 0
    occupied = tmp_path / "occupied"
    occupied.mkdir()
    result = cli("restore", made, "--to", occupied, env=pw())
    assert result.code == 1
    assert "already exists" in result.error
    assert list(occupied.iterdir()) == []


def test_restore_with_a_wrong_passphrase_exits_3_and_leaves_nothing(
    tmp_path: Path, vault: Path
) -> None:
    made = tmp_path / "b.cdbackup"
    assert cli("backup", vault, "--to", made, env=pw()).code == 0
    result = cli("restore", made, "--to", tmp_path / "r", env=pw("wrong wrong"))
    assert result.code == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.cdbackup", "vault"]


def test_restore_of_a_file_that_is_not_a_backup_exits_4(tmp_path: Path) -> None:
    fake = tmp_path / "fake.cdbackup"
    fake.write_bytes(b"PK\x03\x04 not really a zip")
    result = cli("restore", fake, "--to", tmp_path / "r", env=pw())
    assert result.code == 4
    assert "fake.cdbackup" in result.error
    assert not (tmp_path / "r").exists()


def test_backup_to_an_existing_file_is_refused(tmp_path: Path, vault: Path) -> None:
    target = tmp_path / "b.cdbackup"
    target.write_text("keep")
    result = cli("backup", vault, "--to", target, env=pw())
    assert result.code == 1
    assert "already exists" in result.error
    assert target.read_text() == "keep"


# -- verify and damage -----------------------------------------------------------------------


def test_verify_ok(vault: Path) -> None:
    result = cli("verify", vault, env=pw())
    assert result.code == 0, result.err
    assert result.out.startswith("OK:")
    assert result.err == ""


def test_verify_names_a_tampered_audit_row(keyed: tuple[Path, str]) -> None:
    folder, key = keyed
    raw_sql(
        folder,
        key,
        "DROP TRIGGER audit_log_append_only_update",
        "DROP TRIGGER audit_log_append_only_delete",
        "UPDATE audit_log SET action = 'nothing' WHERE seq = 3",
    )
    result = cli("verify", folder, env=pw())
    assert result.code == 4
    assert "row 3" in result.error
    assert "row 3" in result.out


def test_verify_notices_rows_deleted_from_the_end_of_the_audit_log(
    keyed: tuple[Path, str],
) -> None:
    folder, key = keyed
    raw_sql(
        folder,
        key,
        "DROP TRIGGER audit_log_append_only_delete",
        "DELETE FROM audit_log WHERE seq > (SELECT max(seq) - 2 FROM audit_log)",
    )
    result = cli("verify", folder, env=pw())
    assert result.code == 4
    assert "deleted" in result.error


def test_verify_names_a_signed_note_changed_after_signing(keyed: tuple[Path, str]) -> None:
    folder, key = keyed
    note_id = json.loads(_export(folder))["clients"][0]["sessions"][0]["note"]["id"]
    raw_sql(
        folder,
        key,
        "DROP TRIGGER notes_signed_immutable",
        """UPDATE notes SET sections = '{"data":"rewritten","assessment":"","plan":""}'""",
    )
    result = cli("verify", folder, env=pw())
    assert result.code == 4
    assert note_id in result.error and "signed" in result.error


def _export(folder: Path) -> str:
    target = folder.parent / f"{folder.name}-export.json"
    assert cli("export-data", folder, target, env=pw()).code == 0
    text = target.read_text()
    target.unlink()
    return text


def _flip_middle_page(db: Path) -> None:
    data = bytearray(db.read_bytes())
    page = len(data) // 4096 // 2
    for i in range(300, 320):
        data[page * 4096 + i] ^= 0x5A
    db.write_bytes(bytes(data))


def test_a_damaged_page_names_the_newest_backup_and_how_to_restore_it(
    tmp_path: Path, vault: Path
) -> None:
    older = cli("backup", vault, "--to", tmp_path / "elsewhere.cdbackup", env=pw())
    assert older.code == 0
    newest = cli("backup", vault, env=pw()).out.strip()
    _flip_middle_page(vault / "vault.db")

    result = cli("verify", vault, env=pw())
    assert result.code == 4
    line = result.error
    assert "HMAC" in line or "damaged" in line or "malformed" in line
    command = f"counselor-desk restore {newest} --to {vault} --replace-damaged"
    assert command in line

    fixed = cli(*shlex.split(line[line.index(command) :])[1:], env=pw())
    assert fixed.code == 0, fixed.err
    [aside] = [p for p in tmp_path.iterdir() if p.name.startswith("vault.damaged-")]
    assert aside.name in fixed.err
    assert (aside / "vault.db").read_bytes() != (vault / "vault.db").read_bytes()
    assert cli("verify", vault, env=pw()).code == 0
    assert found(vault) == ["Dana R."]
    assert Path(newest).is_file()


def test_replace_damaged_with_a_backup_from_elsewhere(tmp_path: Path, vault: Path) -> None:
    made = tmp_path / "outside.cdbackup"
    assert cli("backup", vault, "--to", made, env=pw()).code == 0
    _flip_middle_page(vault / "vault.db")
    result = cli("restore", made, "--to", vault, "--replace-damaged", env=pw())
    assert result.code == 0, result.err
    assert cli("verify", vault, env=pw()).code == 0


def test_replace_damaged_refuses_a_sound_vault(tmp_path: Path, vault: Path) -> None:
    made = tmp_path / "b.cdbackup"
    assert cli("backup", vault, "--to", made, env=pw()).code == 0
    result = cli("restore", made, "--to", vault, "--replace-damaged", env=pw())
    assert result.code == 1
    assert "not damaged" in result.error
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.cdbackup", "vault"]


def test_replace_damaged_needs_a_vault_to_replace(tmp_path: Path, vault: Path) -> None:
    made = tmp_path / "b.cdbackup"
    assert cli("backup", vault, "--to", made, env=pw()).code == 0
    result = cli("restore", made, "--to", tmp_path / "none", "--replace-damaged", env=pw())
    assert result.code == 2
    assert "none" in result.error


# -- keys.json -------------------------------------------------------------------------------


@pytest.mark.usefixtures("cheap_calibration")
def test_a_missing_keys_json_is_rebuilt_with_the_recovery_key(keyed: tuple[Path, str]) -> None:
    folder, key = keyed
    (folder / "keys.json").unlink()

    result = cli("search", folder, NOTE_WORD, env=pw())
    assert result.code == 4
    assert "keys.json" in result.error and "recovery key" in result.error

    # The key is right but no new passphrase was given: say how to give one (usage, 2).
    result = cli("search", folder, NOTE_WORD, env={ENV_RECOVERY_KEY: key})
    assert result.code == 2
    assert "new passphrase" in result.error and ENV_NEW_PASSPHRASE in result.error
    assert not (folder / "keys.json").exists()

    weak = {ENV_RECOVERY_KEY: key, ENV_NEW_PASSPHRASE: "password"}
    result = cli("search", folder, NOTE_WORD, env=weak)
    assert result.code == 1
    assert not (folder / "keys.json").exists()

    rebuild = {ENV_RECOVERY_KEY: key, ENV_NEW_PASSPHRASE: NEW_PASSPHRASE}
    assert found(folder, env=rebuild) == ["Dana R."]
    assert (folder / "keys.json").is_file()
    assert found(folder, env=pw(NEW_PASSPHRASE)) == ["Dana R."]
    assert cli("search", folder, NOTE_WORD, env=pw()).code == 3
    assert cli("verify", folder, env=pw(NEW_PASSPHRASE)).code == 0


# -- passwd and rotate-key -------------------------------------------------------------------


def test_passwd_changes_the_passphrase_and_warns_about_old_backups(vault: Path) -> None:
    env = {ENV_PASSPHRASE: PASSPHRASE, ENV_NEW_PASSPHRASE: NEW_PASSPHRASE}
    result = cli("passwd", vault, env=env)
    assert result.code == 0, result.err
    assert "Changed the passphrase" in result.out
    assert "old passphrase" in result.err and f"rotate-key {vault}" in result.err
    assert cli("search", vault, NOTE_WORD, env=pw()).code == 3
    assert found(vault, env=pw(NEW_PASSPHRASE)) == ["Dana R."]


def test_passwd_reads_old_then_new_passphrase_from_stdin(vault: Path) -> None:
    result = cli("passwd", vault, stdin=f"{PASSPHRASE}\n{NEW_PASSPHRASE}\n")
    assert result.code == 0, result.err
    assert found(vault, env=pw(NEW_PASSPHRASE)) == ["Dana R."]


def test_passwd_after_unlocking_with_the_recovery_key(keyed: tuple[Path, str]) -> None:
    folder, key = keyed
    result = cli("passwd", folder, env={ENV_RECOVERY_KEY: key, ENV_NEW_PASSPHRASE: NEW_PASSPHRASE})
    assert result.code == 0, result.err
    assert found(folder, env=pw(NEW_PASSPHRASE)) == ["Dana R."]
    assert cli("search", folder, NOTE_WORD, env=pw()).code == 3


def test_passwd_refuses_a_weak_passphrase_and_keeps_the_old_one(vault: Path) -> None:
    result = cli("passwd", vault, env={ENV_PASSPHRASE: PASSPHRASE, ENV_NEW_PASSPHRASE: "abc"})
    assert result.code == 1
    assert "Try something like" in result.error
    assert found(vault) == ["Dana R."]


def test_passwd_with_a_wrong_passphrase_exits_3(vault: Path) -> None:
    env = {ENV_PASSPHRASE: "wrong wrong", ENV_NEW_PASSPHRASE: NEW_PASSPHRASE}
    assert cli("passwd", vault, env=env).code == 3
    assert found(vault) == ["Dana R."]


@pytest.mark.usefixtures("cheap_calibration")
def test_rotate_key_prints_a_new_recovery_key_and_retires_the_old(
    tmp_path: Path, keyed: tuple[Path, str]
) -> None:
    folder, old_key = keyed
    result = cli("rotate-key", folder, env=pw())
    assert result.code == 0, result.err
    [new_key] = RECOVERY_KEY_RE.findall(result.out)
    assert new_key != old_key

    stale = cli("search", folder, NOTE_WORD, env={ENV_RECOVERY_KEY: old_key})
    assert stale.code == 3
    assert "recovery key" in stale.error
    assert found(folder, env={ENV_RECOVERY_KEY: new_key}) == ["Dana R."]
    assert found(folder) == ["Dana R."]
    assert cli("verify", folder, env=pw()).code == 0


@pytest.mark.usefixtures("cheap_calibration")
def test_rotate_key_with_the_recovery_key_takes_a_new_passphrase(
    keyed: tuple[Path, str],
) -> None:
    folder, old_key = keyed
    env = {ENV_RECOVERY_KEY: old_key, ENV_NEW_PASSPHRASE: NEW_PASSPHRASE}
    result = cli("rotate-key", folder, env=env)
    assert result.code == 0, result.err
    [new_key] = RECOVERY_KEY_RE.findall(result.out)
    assert found(folder, env=pw(NEW_PASSPHRASE)) == ["Dana R."]
    assert found(folder, env={ENV_RECOVERY_KEY: new_key}) == ["Dana R."]
    assert cli("search", folder, NOTE_WORD, env={ENV_RECOVERY_KEY: old_key}).code == 3


def test_rotate_key_with_a_wrong_passphrase_exits_3_and_changes_nothing(
    keyed: tuple[Path, str],
) -> None:
    folder, key = keyed
    assert cli("rotate-key", folder, env=pw("wrong wrong")).code == 3
    assert found(folder, env={ENV_RECOVERY_KEY: key}) == ["Dana R."]


def test_rotate_key_refuses_a_tampered_audit_log(keyed: tuple[Path, str]) -> None:
    folder, key = keyed
    raw_sql(
        folder,
        key,
        "DROP TRIGGER audit_log_append_only_update",
        "UPDATE audit_log SET detail = 'x' WHERE seq = 2",
    )
    result = cli("rotate-key", folder, env=pw())
    assert result.code == 4
    assert "row 2" in result.error
    assert found(folder, env={ENV_RECOVERY_KEY: key}) == ["Dana R."]
