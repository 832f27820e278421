"""Damage: bits flipped in random pages of vault.db, a damaged, cut, foreign or missing
keys.json, a truncated or altered .cdbackup, and a -wal left by a crash. Each is found (or,
for the -wal, replayed) and told in one clear sentence with a way out (the newest good
backup, the recovery key); never a traceback, and never a wrong answer given as right: a
damaged vault either refuses to open or opens with `verify` failing, and every note it
still reads is exactly what was written. At rest, after lock or after a command exits, no
-wal holds data.

The damage is drawn from a seeded random source; the seed is in every failure message, and
COUNSELOR_DESK_DAMAGE_SEED repeats a failing run.
"""

from __future__ import annotations

import io
import json
import os
import random
import shutil
import subprocess
import sys
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from counselor_desk.cli import main as cli_main
from counselor_desk.domain.errors import (
    KeysNeedRebuild,
    VaultDamaged,
    WrongPassphrase,
)
from counselor_desk.domain.notes import NoteFormat
from counselor_desk.domain.records import Client, Session, SessionKind
from counselor_desk.domain.recovery import format_recovery_key
from counselor_desk.services.backups import Secret, replace_damaged, restore
from counselor_desk.services.caseload import Caseload
from counselor_desk.services.verify import verify
from counselor_desk.vault import backup
from counselor_desk.vault.connection import DatabaseError, open_keyed
from counselor_desk.vault.keyslots import KdfParams
from counselor_desk.vault.locations import db_path, keys_path
from counselor_desk.vault.store import (
    Vault,
    create_vault,
    unlock_with_passphrase,
    unlock_with_recovery_key,
)

pytestmark = pytest.mark.slow

CHEAP_KDF = KdfParams(time_cost=1, memory_kib=1024, parallelism=1)
PASSPHRASE = "correct horse battery staple orbit"
NEW_PASSPHRASE = "lantern violet harbor quietly ninety"
PAGE = 4096
SEED_VARIABLE = "COUNSELOR_DESK_DAMAGE_SEED"
START = datetime(2026, 3, 2, 16, 0, tzinfo=UTC)


class Clock:
    """Moves a minute on every reading, so two backups never share a name."""

    def __init__(self) -> None:
        self.now = datetime(2026, 3, 20, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(minutes=1)
        return self.now


@dataclass(frozen=True)
class Template:
    folder: Path
    recovery_key: str
    notes: dict[str, dict[str, str]]  # what the newest backup and the vault hold
    older_notes: dict[str, dict[str, str]]  # what the older backup holds
    newest: Path
    older: Path


def sections(n: int, version: int) -> dict[str, str]:
    words = f"note {n} version {version}: steady attendance, no missed doses. "
    return {"data": words * 40, "assessment": f"engaged ({n}/{version})", "plan": "weekly"}


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    """A locked vault of about a hundred pages with signed and draft notes and two backups:
    an older one and the newest, which holds everything the vault holds."""
    folder = tmp_path_factory.mktemp("damage") / "vault"
    created = create_vault(
        folder, "Damage", PASSPHRASE, kdf=CHEAP_KDF, check_strength=False, clock=Clock()
    )
    vault = created.vault
    try:
        caseload = Caseload(vault)
        ids: list[str] = []
        for n in range(16):
            client = caseload.add_client(Client(f"Fictional Client {n:02d}"))
            session = caseload.add_session(
                Session(client.id, START + timedelta(days=n), 50, SessionKind.INDIVIDUAL)
            )
            note = caseload.start_note(session.id, NoteFormat.DAP)
            caseload.save_draft(note.with_sections(sections(n, 1)))
            ids.append(note.id)
        older_notes = {note_id: sections(n, 1) for n, note_id in enumerate(ids)}
        older = vault.backup_now()
        for n, note_id in enumerate(ids):
            caseload.save_draft(caseload.note(note_id).with_sections(sections(n, 2)))
            if n % 4 == 0:
                caseload.sign_note(note_id, "A. Rivera")
        notes = {note_id: sections(n, 2) for n, note_id in enumerate(ids)}
        # No free page left: every page a test damages holds something, and no later write
        # can reuse (and so silently mend) a damaged free page.
        vault.conn.execute("VACUUM")
        newest = vault.backup_now()
    finally:
        vault.lock()
    return Template(
        folder,
        format_recovery_key(created.recovery_key),
        notes,
        older_notes,
        newest,
        older,
    )


@pytest.fixture
def seeded() -> random.Random:
    given = os.environ.get(SEED_VARIABLE)
    seed = int(given) if given else random.SystemRandom().randrange(2**32)
    generator = random.Random(seed)
    generator.seed_value = seed  # type: ignore[attr-defined]
    return generator


def seed_of(generator: random.Random) -> str:
    return f"{SEED_VARIABLE}={generator.seed_value}"  # type: ignore[attr-defined]


def copy_of(template: Template, where: Path) -> Path:
    shutil.copytree(template.folder, where)
    return where


def flip_bit(path: Path, offset: int, bit: int) -> None:
    with open(path, "r+b") as handle:
        handle.seek(offset)
        byte = handle.read(1)[0]
        handle.seek(offset)
        handle.write(bytes([byte ^ (1 << bit)]))


def wal_holds_data(folder: Path) -> bool:
    wal = folder / "vault.db-wal"
    return wal.exists() and wal.stat().st_size > 0


def cli(*args: str | Path, secrets: dict[str, str] | None = None) -> tuple[int, str, str]:
    """The command line in this process: (exit code, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    env = {"HOME": "/nonexistent", **(secrets or {"COUNSELOR_DESK_PASSPHRASE": PASSPHRASE})}
    code = cli_main([str(a) for a in args], stdin=io.StringIO(""), stdout=out, stderr=err, env=env)
    return code, out.getvalue(), err.getvalue()


def cli_process(
    *args: str | Path, secrets: dict[str, str], cwd: Path
) -> subprocess.CompletedProcess[str]:
    """`counselor-desk ARGS` as a real process (a traceback would show only here)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("COUNSELOR_DESK_")}
    env.update(secrets, HOME=str(cwd))
    return subprocess.run(
        [sys.executable, "-m", "counselor_desk", *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


def one_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    return lines[0]


def read_notes(vault: Vault, notes: dict[str, dict[str, str]]) -> tuple[int, int]:
    """Every note is exactly as written, or its read fails: (read right, refused)."""
    caseload = Caseload(vault)
    right = refused = 0
    for note_id, expected in notes.items():
        try:
            got = caseload.note(note_id).sections
        except DatabaseError:
            refused += 1
            continue
        assert got == expected, f"note {note_id} read back wrong"
        right += 1
    return right, refused


def assert_opens_whole(
    folder: Path, notes: dict[str, dict[str, str]], passphrase: str = PASSPHRASE
) -> None:
    vault = unlock_with_passphrase(folder, passphrase)
    try:
        assert vault.integrity_problems() == []
        report = verify(vault)
        assert report.ok, report.problems
        assert read_notes(vault, notes) == (len(notes), 0)
    finally:
        vault.lock()
    assert not wal_holds_data(folder)


# -- vault.db --------------------------------------------------------------------------------


def test_bits_flipped_in_random_pages_are_found_and_never_read_as_good(
    template: Template, tmp_path: Path, seeded: random.Random
) -> None:
    pages = db_path(template.folder).stat().st_size // PAGE
    assert pages >= 60
    for n in range(50):
        page, offset, bit = seeded.randrange(pages), seeded.randrange(PAGE), seeded.randrange(8)
        where = f"page {page + 1} of {pages}, byte {offset}, bit {bit} ({seed_of(seeded)})"
        first = copy_of(template, tmp_path / f"flip-{n}")
        flip_bit(db_path(first), page * PAGE + offset, bit)
        second = tmp_path / f"flip-{n}-again"
        shutil.copytree(first, second)

        # The command line: exit 4, one line, and the way out (the newest backup).
        code, _out, err = cli("verify", first)
        assert code == 4, (where, err)
        line = one_line(err)
        assert "--replace-damaged" in line and template.newest.name in line, (where, line)

        # The program itself: refuses to open, or opens with verify failing; and any note
        # it still reads is exactly as written.
        try:
            vault = unlock_with_passphrase(second, PASSPHRASE)
        except VaultDamaged as exc:
            assert "backup" in str(exc), (where, exc)
            continue
        try:
            report = verify(vault)
            assert not report.ok and report.pages_and_structure, where
            read_notes(vault, template.notes)
        finally:
            vault.lock()


def test_the_way_out_of_a_damaged_vault_is_the_newest_good_backup(
    template: Template, tmp_path: Path, seeded: random.Random
) -> None:
    folder = copy_of(template, tmp_path / "vault")
    pages = db_path(folder).stat().st_size // PAGE
    flip_bit(db_path(folder), seeded.randrange(1, pages) * PAGE + seeded.randrange(PAGE), 0)
    # The newest backup is itself damaged (cut short): the next good one is used.
    data = template.newest.read_bytes()
    (folder / "backups" / template.newest.name).write_bytes(data[: len(data) // 2])
    used, aside = replace_damaged(folder, Secret(passphrase=PASSPHRASE))
    assert used.name == template.older.name, seed_of(seeded)
    assert aside.exists() and aside.name.startswith("vault.damaged-")
    assert_opens_whole(folder, template.older_notes)


def test_the_command_line_restores_over_a_damaged_vault(
    template: Template, tmp_path: Path, seeded: random.Random
) -> None:
    folder = copy_of(template, tmp_path / "vault")
    pages = db_path(folder).stat().st_size // PAGE
    flip_bit(db_path(folder), seeded.randrange(1, pages) * PAGE + seeded.randrange(PAGE), 3)
    secrets = {"COUNSELOR_DESK_PASSPHRASE": PASSPHRASE}
    checked = cli_process("verify", folder, secrets=secrets, cwd=tmp_path)
    assert checked.returncode == 4, (seed_of(seeded), checked.stderr)
    line = one_line(checked.stderr)
    newest = folder / "backups" / template.newest.name
    assert f"counselor-desk restore {newest} --to {folder} --replace-damaged" in line, line
    done = cli_process(
        "restore", newest, "--to", folder, "--replace-damaged", secrets=secrets, cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr
    assert_opens_whole(folder, template.notes)


# -- keys.json -------------------------------------------------------------------------------


def recovery_way_out(folder: Path, template: Template) -> None:
    """The recovery key always opens (rebuilding keys.json when it must), the records are
    intact, and a new passphrase set then opens the vault again."""
    vault = unlock_with_recovery_key(
        folder, template.recovery_key, new_passphrase=NEW_PASSPHRASE, kdf=CHEAP_KDF
    )
    try:
        assert read_notes(vault, template.notes) == (len(template.notes), 0)
        assert vault.integrity_problems() == []
        if vault.slot_id is None:  # keys.json was kept: set the passphrase anew
            vault.change_passphrase(NEW_PASSPHRASE, kdf=CHEAP_KDF)
    finally:
        vault.lock()
    unlock_with_passphrase(folder, NEW_PASSPHRASE).lock()


def test_a_missing_keys_json_is_named_and_the_recovery_key_rebuilds_it(
    template: Template, tmp_path: Path
) -> None:
    folder = copy_of(template, tmp_path / "vault")
    keys_path(folder).unlink()
    with pytest.raises(VaultDamaged, match=r"missing.*recovery key"):
        unlock_with_passphrase(folder, PASSPHRASE)
    code, _out, err = cli("verify", folder)
    assert code == 4 and "recovery key" in one_line(err), err
    with pytest.raises(KeysNeedRebuild):
        unlock_with_recovery_key(folder, template.recovery_key)
    code, _out, err = cli(
        "verify", folder, secrets={"COUNSELOR_DESK_RECOVERY_KEY": template.recovery_key}
    )
    assert code == 2 and "new passphrase" in one_line(err), err
    recovery_way_out(folder, template)
    assert keys_path(folder).exists()


def test_single_bit_flips_in_keys_json_are_told_and_the_recovery_key_always_opens(
    template: Template, tmp_path: Path, seeded: random.Random
) -> None:
    raw = keys_path(template.folder).read_bytes()
    told: dict[str, int] = {}
    for n in range(60):
        offset, bit = seeded.randrange(len(raw)), seeded.randrange(8)
        near = raw[max(0, offset - 12) : offset + 4]
        where = f"byte {offset} {near!r}, bit {bit} ({seed_of(seeded)})"
        folder = copy_of(template, tmp_path / f"keys-{n}")
        flip_bit(keys_path(folder), offset, bit)
        try:
            vault = unlock_with_passphrase(folder, PASSPHRASE)
        except VaultDamaged as exc:
            assert "recovery key" in str(exc), (where, exc)
            outcome = "damaged"
        except WrongPassphrase:
            # A damaged slot cannot be told from a wrong passphrase (a failed GCM tag).
            outcome = "wrong passphrase"
        else:
            try:
                assert read_notes(vault, template.notes) == (len(template.notes), 0), where
            finally:
                vault.lock()
            outcome = "opened"
        told[outcome] = told.get(outcome, 0) + 1
        try:
            recovery_way_out(folder, template)
        except Exception as exc:
            raise AssertionError(f"the recovery key did not open after a flip at {where}") from exc
    assert told.get("damaged", 0) > 0, told


def test_the_recovery_key_opens_when_the_key_check_itself_is_damaged(
    template: Template, tmp_path: Path
) -> None:
    """Before the fix, a damaged key check made the right recovery key "wrong": no way out."""
    folder = copy_of(template, tmp_path / "vault")
    data = json.loads(keys_path(folder).read_text())
    check = data["key_check"]
    data["key_check"] = ("0" if check[0] != "0" else "1") + check[1:]
    keys_path(folder).write_text(json.dumps(data))
    with pytest.raises(VaultDamaged, match="recovery key"):
        unlock_with_passphrase(folder, PASSPHRASE)
    with pytest.raises(KeysNeedRebuild):
        unlock_with_recovery_key(folder, template.recovery_key)
    recovery_way_out(folder, template)
    assert list(folder.glob("keys.json.damaged-*")), "the damaged keys.json is kept aside"
    # A wrong recovery key is still wrong, and still counted.
    other = "0" * 64
    with pytest.raises(WrongPassphrase):
        unlock_with_recovery_key(folder, other)


def test_cut_empty_and_foreign_keys_json_are_damage_with_a_way_out(
    template: Template, tmp_path: Path, seeded: random.Random
) -> None:
    raw = keys_path(template.folder).read_bytes()
    other = create_vault(
        tmp_path / "other", "Other", PASSPHRASE, kdf=CHEAP_KDF, check_strength=False
    )
    other.vault.lock()
    variants: dict[str, bytes] = {
        "empty": b"",
        "not json": b"\x00" * 64,
        "a list": b"[]",
        "foreign": keys_path(tmp_path / "other").read_bytes(),
    }
    for _ in range(15):
        cut = seeded.randrange(1, len(raw) - 2)
        variants[f"cut at {cut} ({seed_of(seeded)})"] = raw[:cut]
    slot = json.loads(raw)["slots"][0]["kdf"]
    for name, value in (
        ("parallelism", 0),
        ("time_cost", 0),
        ("memory_kib", 2**32),
        ("memory_kib", -1),
        ("salt", "not base64!"),
    ):
        data = json.loads(raw)
        data["slots"][0]["kdf"] = {**slot, name: value}
        variants[f"{name} = {value}"] = json.dumps(data).encode()
    for n, (what, content) in enumerate(variants.items()):
        folder = copy_of(template, tmp_path / f"keys-{n}")
        keys_path(folder).write_bytes(content)
        with pytest.raises(VaultDamaged) as caught:
            unlock_with_passphrase(folder, PASSPHRASE)
        assert "recovery key" in str(caught.value), (what, caught.value)
        code, _out, err = cli("verify", folder)
        assert code == 4 and "recovery key" in one_line(err), (what, err)
        recovery_way_out(folder, template)


# -- .cdbackup -------------------------------------------------------------------------------


def restore_outcome(source: Path, target: Path, template: Template) -> str:
    """ "refused" (VaultDamaged, nothing left behind) or "restored" (and whole)."""
    try:
        restore(source, target, Secret(passphrase=PASSPHRASE))
    except VaultDamaged as exc:
        assert source.name in str(exc) or "backup" in str(exc), exc
        assert not target.exists()
        assert [p.name for p in target.parent.iterdir() if p.name.startswith(".")] == []
        return "refused"
    assert_opens_whole(target, template.notes)
    return "restored"


def test_a_cut_backup_is_refused_and_leaves_nothing(
    template: Template, tmp_path: Path, seeded: random.Random
) -> None:
    data = template.newest.read_bytes()
    cuts = [0, 1, 22, len(data) - 1] + [seeded.randrange(len(data)) for _ in range(25)]
    for n, cut in enumerate(cuts):
        source = tmp_path / f"cut-{n}.cdbackup"
        source.write_bytes(data[:cut])
        with pytest.raises(VaultDamaged, match="damaged or incomplete"):
            backup.read_manifest(source)
        target = tmp_path / "restored" / f"v{n}"
        target.parent.mkdir(exist_ok=True)
        outcome = restore_outcome(source, target, template)
        assert outcome == "refused", f"cut at {cut} of {len(data)} ({seed_of(seeded)})"


def test_bits_flipped_in_a_backup_are_refused_or_harmless(
    template: Template, tmp_path: Path, seeded: random.Random
) -> None:
    data = template.newest.read_bytes()
    outcomes: dict[str, int] = {}
    for n in range(60):
        offset, bit = seeded.randrange(len(data)), seeded.randrange(8)
        source = tmp_path / f"flip-{n}.cdbackup"
        source.write_bytes(data)
        flip_bit(source, offset, bit)
        target = tmp_path / "restored" / f"v{n}"
        target.parent.mkdir(exist_ok=True)
        try:
            outcome = restore_outcome(source, target, template)
        except AssertionError as exc:
            raise AssertionError(f"byte {offset}, bit {bit} ({seed_of(seeded)}): {exc}") from exc
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
    # Nearly every byte is the encrypted database, which its checksum covers.
    assert outcomes.get("refused", 0) >= 50, outcomes


def test_the_command_line_names_a_damaged_backup(template: Template, tmp_path: Path) -> None:
    data = template.newest.read_bytes()
    source = tmp_path / "cut.cdbackup"
    source.write_bytes(data[: len(data) * 2 // 3])
    done = cli_process(
        "restore",
        source,
        "--to",
        tmp_path / "restored",
        secrets={"COUNSELOR_DESK_PASSPHRASE": PASSPHRASE},
        cwd=tmp_path,
    )
    assert done.returncode == 4, done
    line = one_line(done.stderr)
    assert "cut.cdbackup is damaged or incomplete" in line, line
    assert not (tmp_path / "restored").exists()


# -- a -wal left by a crash ------------------------------------------------------------------

CRASH = """
import json, os, signal, sys
from pathlib import Path
from counselor_desk.services.caseload import Caseload
from counselor_desk.vault.store import unlock_with_passphrase

request = json.loads(sys.stdin.read())
vault = unlock_with_passphrase(Path(request["folder"]), request["passphrase"])
caseload = Caseload(vault)
for version, (note_id, sections) in enumerate(request["saves"]):
    caseload.save_draft(caseload.note(note_id).with_sections(sections))
    print(json.dumps({"acked": version}), flush=True)
os.kill(os.getpid(), signal.SIGKILL)  # no lock, no checkpoint, no close
"""


def crash_after_saves(folder: Path, saves: list[tuple[str, dict[str, str]]]) -> int:
    done = subprocess.run(
        [sys.executable, "-c", CRASH],
        input=json.dumps({"folder": str(folder), "passphrase": PASSPHRASE, "saves": saves}),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == -9, done.stderr
    return len(done.stdout.splitlines())


@pytest.fixture(scope="module")
def crashed(
    template: Template, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, dict[str, list[dict[str, str]]]]:
    """A vault whose process died after 12 acknowledged saves: (folder, every version each
    note has held, oldest first)."""
    folder = tmp_path_factory.mktemp("crashed") / "vault"
    shutil.copytree(template.folder, folder)
    ids = list(template.notes)
    drafts = [note_id for n, note_id in enumerate(ids) if n % 4][:3]  # n % 4 == 0: signed
    saves = [(drafts[k % 3], sections(100 + k, 3)) for k in range(12)]
    assert crash_after_saves(folder, saves) == 12
    versions = {note_id: [template.notes[note_id]] for note_id in template.notes}
    for note_id, text in saves:
        versions[note_id].append(text)
    return folder, versions


def test_a_wal_left_by_a_crash_is_replayed_and_folded_in(
    crashed: tuple[Path, dict[str, list[dict[str, str]]]], tmp_path: Path, template: Template
) -> None:
    source, versions = crashed
    folder = tmp_path / "vault"
    shutil.copytree(source, folder)
    assert wal_holds_data(folder), "the crash left the saves in the -wal"
    # vault.db alone does not hold them: without the replay they would be lost.
    alone = tmp_path / "alone.db"
    shutil.copy(db_path(folder), alone)
    key = bytes.fromhex(template.recovery_key.replace("-", "")[:64])
    conn = open_keyed(alone, key)
    try:
        newest = {i: v[-1] for i, v in versions.items()}
        changed = [i for i, v in versions.items() if len(v) > 1]
        rows = dict(conn.execute("SELECT id, sections FROM notes").fetchall())
        assert all(json.loads(rows[i]) != newest[i] for i in changed)
    finally:
        conn.close()
    assert_opens_whole(folder, newest)


def test_a_damaged_wal_ends_replay_at_an_earlier_saved_state(
    crashed: tuple[Path, dict[str, list[dict[str, str]]]], tmp_path: Path, seeded: random.Random
) -> None:
    """A damaged frame ends SQLite's replay there (its checksum fails): the vault opens at an
    earlier committed state, whole, never with a half-applied or garbled save. (What the
    frames after it held is lost without a word: see the README's threat model.)"""
    source, versions = crashed
    size = (source / "vault.db-wal").stat().st_size
    for n in range(10):
        folder = tmp_path / f"vault-{n}"
        shutil.copytree(source, folder)
        offset = seeded.randrange(size)
        flip_bit(folder / "vault.db-wal", offset, seeded.randrange(8))
        vault = unlock_with_passphrase(folder, PASSPHRASE)
        try:
            where = f"-wal byte {offset} of {size} ({seed_of(seeded)})"
            assert vault.integrity_problems() == [], where
            assert verify(vault).ok, where
            caseload = Caseload(vault)
            for note_id, held in versions.items():
                assert caseload.note(note_id).sections in held, where
        finally:
            vault.lock()
        assert not wal_holds_data(folder)


# -- at rest ---------------------------------------------------------------------------------


def test_at_rest_after_lock_or_a_command_no_wal_holds_data(
    template: Template, tmp_path: Path
) -> None:
    folder = copy_of(template, tmp_path / "vault")
    document = tmp_path / "export.json"
    commands: list[tuple[str | Path, ...]] = [
        ("verify", folder),
        ("search", folder, "attendance"),
        ("backup", folder),
        ("export-data", folder, document),
    ]
    for command in commands:
        code, _out, err = cli(*command)
        assert code == 0, (command, err)
        assert not wal_holds_data(folder), command
    fresh = tmp_path / "imported"
    created = create_vault(fresh, "Fresh", PASSPHRASE, kdf=CHEAP_KDF, check_strength=False)
    created.vault.lock()
    code, _out, err = cli("import-data", fresh, document)
    assert code == 0, err
    assert not wal_holds_data(fresh)
    # A refused unlock writes no -wal either, and a real process that exits leaves none.
    code, _out, _err = cli("verify", folder, secrets={"COUNSELOR_DESK_PASSPHRASE": "wrong " * 5})
    assert code == 3 and not wal_holds_data(folder)
    done = cli_process(
        "search",
        folder,
        "attendance",
        secrets={"COUNSELOR_DESK_PASSPHRASE": PASSPHRASE},
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert not wal_holds_data(folder)
    # And the program's own lock, after writing.
    vault = unlock_with_passphrase(folder, PASSPHRASE)
    Caseload(vault).add_client(Client("Fictional Late Client"))
    assert wal_holds_data(folder)
    vault.lock()
    assert not wal_holds_data(folder)
