"""Pulled plugs: SIGKILL at random points of every operation that writes, 50 times each.

Each operation runs in a child process (forked from tests/reliability/crashkit.py's fork
server) that is SIGKILLed at a delay drawn from one of 50 equal slices of the operation's
duration, measured first on uncut runs (the last slice reaches a little past the end). After
every kill the test opens the vault as the program would after a crash and checks:

- it opens (with the passphrase, and the recovery key where the operation touches keys);
- `PRAGMA cipher_integrity_check` (every page's HMAC) and `PRAGMA quick_check` pass;
- the audit chain verifies against the anchor in keys.json;
- nothing acknowledged is lost (the child says what returned before it was killed);
- multi-step operations are all or nothing;
- after the test's own clean lock, no -wal holds data.

Each test also asserts that its kills landed on both sides of the operation's decisive step
(else it proved nothing). The seed of the kill points is in every failure message; set
COUNSELOR_DESK_CRASH_SEED to repeat them.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import statistics
import sys
import uuid
from pathlib import Path
from typing import Any

import pytest
from crashkit import (
    CHEAP_KDF,
    PASSPHRASE,
    ForkServer,
    Run,
    SeededRandom,
    assert_cut,
    draft_number,
    draft_sections,
    integrity,
    kill_delays,
    opened,
    records_digest,
    schema_listing,
)

from counselor_desk.domain.errors import VaultDamaged, VaultNotFound, WrongPassphrase
from counselor_desk.domain.notes import NoteFormat, note_content_sha256
from counselor_desk.domain.recovery import format_recovery_key
from counselor_desk.domain.timeutil import parse_datetime
from counselor_desk.services.backups import Secret, restore
from counselor_desk.vault import backup, migrations
from counselor_desk.vault.connection import open_keyed
from counselor_desk.vault.keyslots import KeyFile
from counselor_desk.vault.locations import backups_dir, db_path, keys_path
from counselor_desk.vault.rotation import ASIDE_INFIX, staging_path
from counselor_desk.vault.store import (
    Vault,
    create_vault,
    unlock_with_passphrase,
    unlock_with_recovery_key,
)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and fork are POSIX"),
]

KILLS = 50  # per operation (issue 6: "at least 50 times each")
VaultInfo = tuple[Path, bytes, list[str]]


def _digest(folder: Path, passphrase: str = PASSPHRASE) -> str:
    with opened(folder, passphrase) as vault:
        return records_digest(vault.conn)


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _audit_count(vault: Any, action: str) -> int:
    row = vault.conn.execute("SELECT count(*) FROM audit_log WHERE action = ?", (action,))
    return int(row.fetchone()[0])


# -- autosave --------------------------------------------------------------------------------

AUTOSAVE_NOTES = 4  # drafts go round-robin to these notes
AUTOSAVE_MEASURED = 20  # saves in a measured run: the kills spread over about that many


def _draft_held(vault: Vault, note_id: str) -> int:
    """The number of the draft a note holds, checked to be that draft whole."""
    row = vault.conn.execute("SELECT sections FROM notes WHERE id = ?", (note_id,)).fetchone()
    sections = json.loads(row[0])
    number = draft_number(sections)
    assert number is not None and sections == draft_sections(number), "a draft saved in part"
    return number


def test_autosave_killed_anywhere_loses_no_acknowledged_draft(
    fork_server: ForkServer, filled: VaultInfo, rng: SeededRandom
) -> None:
    folder, _, note_ids = filled
    note_ids = note_ids[:AUTOSAVE_NOTES]
    with opened(folder, PASSPHRASE) as vault:  # slot -> the number of the draft it holds
        held = {slot: _draft_held(vault, note_id) for slot, note_id in enumerate(note_ids)}
    start = max(held.values()) + 1

    def args(count: int | None = None) -> dict[str, Any]:
        return {
            "folder": str(folder),
            "passphrase": PASSPHRASE,
            "note_ids": note_ids,
            "start": start,
            "count": count,
        }

    def check(run: Run) -> int:
        """Every acknowledged draft is the one its note holds (or the save after it, if that
        one committed before the kill), whole; returns the next draft number."""
        acked = [int(e["n"]) for e in run.named("acked")]
        assert acked == list(range(start, start + len(acked))), (rng.seed_value, acked)
        for n in acked:
            held[n % AUTOSAVE_NOTES] = n
        in_flight = start + len(acked)  # may have committed just before the kill
        with opened(folder, PASSPHRASE) as vault:
            for slot, note_id in enumerate(note_ids):
                number = _draft_held(vault, note_id)
                allowed = {held[slot]} | (
                    {in_flight} if in_flight % AUTOSAVE_NOTES == slot else set()
                )
                assert number in allowed, (rng.seed_value, run.delay, slot, number, held, acked)
                held[slot] = number
        return in_flight + 1

    durations: list[float] = []
    for _ in range(3):
        run = fork_server.run("autosave", args(AUTOSAVE_MEASURED))
        durations.append(run.elapsed)
        start = check(run)
    acknowledged = 0
    duration = statistics.median(durations)
    for delay in kill_delays(duration, KILLS, rng):
        run = fork_server.run("autosave", args(), kill_after=delay)
        acknowledged += len(run.named("acked"))
        start = check(run)
    # The kills fell among the saves: some before the first ack, many after.
    assert acknowledged >= KILLS, (rng.seed_value, duration, acknowledged)


# -- import ----------------------------------------------------------------------------------

IMPORT_CLIENTS = 100


def _import_document() -> dict[str, Any]:
    clients = []
    for n in range(IMPORT_CLIENTS):
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


def test_an_import_killed_anywhere_is_all_or_nothing(
    fork_server: ForkServer, tmp_path: Path, rng: SeededRandom
) -> None:
    document = tmp_path / "caseload.json"
    document.write_text(json.dumps(_import_document()), encoding="utf-8")
    template = tmp_path / "template"
    create_vault(template, "Crash", PASSPHRASE, kdf=CHEAP_KDF, check_strength=False).vault.lock()
    copies = iter(range(10**6))

    def fresh() -> dict[str, Any]:
        folder = tmp_path / f"vault-{next(copies)}"
        shutil.copytree(template, folder)
        return {"folder": str(folder), "passphrase": PASSPHRASE, "document": str(document)}

    def check(run: Run, folder: Path) -> int:
        with opened(folder, PASSPHRASE) as vault:
            count = {
                table: vault.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in ("clients", "sessions", "notes", "consents", "counseling_notes")
            }
            imports = _audit_count(vault, "import")
        n = IMPORT_CLIENTS
        whole = {"clients": n, "sessions": 3 * n, "notes": 3 * n, "consents": n}
        whole["counseling_notes"] = n
        assert count in (dict.fromkeys(whole, 0), whole), (rng.seed_value, run.delay, count)
        assert imports == (1 if count["clients"] else 0)
        if run.finished:
            assert count == whole, "an import that returned was lost"
        shutil.rmtree(folder)
        return int(count["clients"])

    durations: list[float] = []
    for _ in range(3):
        given = fresh()
        run = fork_server.run("import", given)
        durations.append(run.elapsed)
        assert check(run, Path(given["folder"])) == IMPORT_CLIENTS
    outcomes = []
    runs: list[Run] = []
    duration = statistics.median(durations)
    for delay in kill_delays(duration, KILLS, rng):
        given = fresh()
        run = fork_server.run("import", given, kill_after=delay)
        runs.append(run)
        outcomes.append(check(run, Path(given["folder"])))
    assert_cut(runs, rng.seed_value, duration)
    assert 0 in outcomes, (rng.seed_value, duration, outcomes)


# -- backup ----------------------------------------------------------------------------------


def test_a_backup_killed_anywhere_is_complete_or_absent(
    fork_server: ForkServer, filled: VaultInfo, tmp_path: Path, rng: SeededRandom
) -> None:
    folder, _, _ = filled
    records = _digest(folder)
    args = {"folder": str(folder), "passphrase": PASSPHRASE}
    checked: set[Path] = set()

    def check(run: Run) -> None:
        with opened(folder, PASSPHRASE) as vault:
            assert records_digest(vault.conn) == records
            vault_id = vault.keyfile.vault_id
        listed = backup.list_backups(folder)
        for made in listed:  # every backup the program lists is whole and checks out
            assert backup.read_manifest(made).vault_id == vault_id
        if run.finished:
            assert Path(run.named("backed-up")[0]["path"]) in listed
        if listed:  # the newest restores to the same records
            target = tmp_path / "restored"
            restore(listed[0], target, Secret(passphrase=PASSPHRASE))
            assert _digest(target) == records
            shutil.rmtree(target)
        # Anything else in the folder is the hidden work folder of the backup just killed,
        # which list_backups ignores (the next backup removes it); an archive left in it is
        # either whole or refused by restore with a clear message.
        others = [path for path in backups_dir(folder).iterdir() if path not in listed]
        assert len(others) <= 1, f"work folders of killed backups pile up: {others}"
        for path in others:
            assert path.name.startswith(".backup-") and path.is_dir(), path
            for archive in path.glob("*" + backup.SUFFIX):
                if archive in checked:
                    continue
                checked.add(archive)
                try:
                    backup.read_manifest(archive)
                except VaultDamaged as exc:
                    assert "damaged or incomplete" in str(exc)
                    with pytest.raises(VaultDamaged, match="damaged or incomplete"):
                        restore(archive, tmp_path / "never", Secret(passphrase=PASSPHRASE))
                    assert not (tmp_path / "never").exists()

    durations: list[float] = []
    for _ in range(3):
        run = fork_server.run("backup", args)
        durations.append(run.elapsed)
        check(run)
    duration = statistics.median(durations)
    runs: list[Run] = []
    for delay in kill_delays(duration, KILLS, rng):
        run = fork_server.run("backup", args, kill_after=delay)
        runs.append(run)
        check(run)
    assert_cut(runs, rng.seed_value, duration)


# -- restore ---------------------------------------------------------------------------------


def test_a_restore_killed_anywhere_leaves_a_whole_vault_or_none(
    fork_server: ForkServer, filled: VaultInfo, tmp_path: Path, rng: SeededRandom
) -> None:
    folder, _, _ = filled
    records = _digest(folder)
    with opened(folder, PASSPHRASE) as vault:
        source = vault.backup_now(target=tmp_path / "source.cdbackup")
    source_sha = _sha256(source)
    targets = iter(range(10**6))

    def fresh() -> dict[str, Any]:
        target = tmp_path / f"restored-{next(targets)}"
        return {"backup": str(source), "target": str(target), "passphrase": PASSPHRASE}

    def check(run: Run, target: Path) -> bool:
        assert _sha256(source) == source_sha, "restore changed the backup it read"
        staging = target.with_name(f".{target.name}.restoring")
        whole = target.exists()
        if whole:
            assert not staging.exists()
        else:
            assert not run.finished, "a restore that returned left no vault"
            # Unusable with a clear message, and the way out is to restore again.
            with pytest.raises(VaultNotFound, match="There is no vault at"):
                unlock_with_passphrase(target, PASSPHRASE)
            restore(source, target, Secret(passphrase=PASSPHRASE))
            assert not staging.exists()
        with opened(target, PASSPHRASE) as vault:
            assert records_digest(vault.conn) == records
            assert _audit_count(vault, "restore") == 1
        shutil.rmtree(target)
        return whole

    durations: list[float] = []
    for _ in range(3):
        given = fresh()
        run = fork_server.run("restore", given)
        durations.append(run.elapsed)
        assert check(run, Path(given["target"]))
    outcomes = []
    runs: list[Run] = []
    duration = statistics.median(durations)
    for delay in kill_delays(duration, KILLS, rng):
        given = fresh()
        run = fork_server.run("restore", given, kill_after=delay)
        runs.append(run)
        outcomes.append(check(run, Path(given["target"])))
    assert_cut(runs, rng.seed_value, duration)
    assert not all(outcomes), (rng.seed_value, duration, outcomes)


# -- passphrase change -----------------------------------------------------------------------


def _opens(folder: Path, passphrase: str) -> bool:
    """Whether passphrase unwraps a slot of keys.json (without counting a failed unlock)."""
    try:
        KeyFile.load(keys_path(folder)).unwrap(passphrase)
    except WrongPassphrase:
        return False
    return True


def test_a_passphrase_change_killed_anywhere_leaves_exactly_one_passphrase(
    fork_server: ForkServer, filled: VaultInfo, rng: SeededRandom
) -> None:
    folder, recovery_key, _ = filled
    records = _digest(folder)
    current = PASSPHRASE
    changes = 0  # passphrase changes that took effect

    def args(new: str) -> dict[str, Any]:
        return {"folder": str(folder), "passphrase": current, "new_passphrase": new}

    def check(run: Run, new: str) -> bool:
        nonlocal current, changes
        opening = [p for p in (current, new) if _opens(folder, p)]
        assert len(opening) == 1, (rng.seed_value, run.delay, "both" if opening else "neither")
        changed = opening == [new]
        if run.finished:
            assert changed, "a passphrase change that returned was lost"
        changes += changed
        current = opening[0]
        with opened(folder, current) as vault:
            assert records_digest(vault.conn) == records
            # The log holds every change that took effect, once, and none that did not (one
            # killed between keys.json and its audit row is logged at this unlock).
            assert _audit_count(vault, "passphrase-changed") == changes
        unlock_with_recovery_key(folder, format_recovery_key(recovery_key)).lock()
        return changed

    numbers = iter(range(10**6))

    def new_passphrase() -> str:
        return f"lantern violet harbor quietly {next(numbers)} ninety"

    durations: list[float] = []
    for _ in range(3):
        new = new_passphrase()
        run = fork_server.run("change_passphrase", args(new))
        durations.append(run.elapsed)
        assert check(run, new)
    outcomes = []
    runs: list[Run] = []
    duration = statistics.median(durations)
    for delay in kill_delays(duration, KILLS, rng):
        new = new_passphrase()
        run = fork_server.run("change_passphrase", args(new), kill_after=delay)
        runs.append(run)
        outcomes.append(check(run, new))
    assert_cut(runs, rng.seed_value, duration)
    assert not all(outcomes), (rng.seed_value, duration, outcomes)


# -- vault-key rotation ----------------------------------------------------------------------


def test_a_key_rotation_killed_anywhere_is_finished_or_rolled_back_at_the_next_open(
    fork_server: ForkServer, filled: VaultInfo, rng: SeededRandom
) -> None:
    folder, recovery_key, _ = filled
    records = _digest(folder)
    key = recovery_key
    args = {"folder": str(folder), "passphrase": PASSPHRASE}

    def asides() -> set[Path]:
        return set(folder.parent.glob(folder.name + ASIDE_INFIX + "*"))

    def check(run: Run, before: set[Path]) -> bool:
        nonlocal key
        interrupted = staging_path(folder).exists() or not folder.exists()
        with opened(folder, PASSPHRASE) as vault:  # the next open finishes or rolls back
            now = bytes(vault.key_copy())
            assert records_digest(vault.conn) == records
            if interrupted:
                assert vault.notices, "an interrupted rotation was put right without a word"
        assert not staging_path(folder).exists()
        made = asides() - before
        if now == key:  # rolled back (or never begun): the old key still opens it
            assert not run.finished, "a rotation that returned was rolled back"
            assert not made
            return False
        assert len(made) == 1, made
        if run.finished:
            assert now.hex() == run.named("rotated")[0]["key"]
        assert not KeyFile.load(keys_path(folder)).checks_key(key), "the old key still opens"
        # The previous copy is kept and still opens with the old recovery key.
        aside = made.pop()
        old = unlock_with_recovery_key(aside, format_recovery_key(key))
        try:
            integrity(old.conn)
            assert records_digest(old.conn) == records
        finally:
            old.lock()
        key = now
        return True

    durations: list[float] = []
    for _ in range(3):
        before = asides()
        run = fork_server.run("rotate", args)
        durations.append(run.elapsed)
        assert check(run, before)
    outcomes = []
    runs: list[Run] = []
    duration = statistics.median(durations)
    for delay in kill_delays(duration, KILLS, rng):
        before = asides()
        run = fork_server.run("rotate", args, kill_after=delay)
        runs.append(run)
        outcomes.append(check(run, before))
    assert_cut(runs, rng.seed_value, duration)
    assert not all(outcomes), (rng.seed_value, duration, outcomes)


# -- schema migration ------------------------------------------------------------------------


def test_a_schema_migration_killed_anywhere_leaves_the_old_schema_or_the_new(
    fork_server: ForkServer, tmp_path: Path, rng: SeededRandom
) -> None:
    latest = migrations.LATEST_VERSION
    old_version = latest - 1
    template = tmp_path / "template"
    made = fork_server.run(
        "make_old_vault",
        {"folder": str(template), "passphrase": PASSPHRASE, "version": old_version},
    )
    key = bytes.fromhex(made.named("made")[0]["key"])

    def look(folder: Path) -> tuple[int, list[tuple[str, str, str]], str]:
        """Straight from the file, before any unlock can finish the migration."""
        conn = open_keyed(db_path(folder), key)
        try:
            integrity(conn)
            return migrations.schema_version(conn), schema_listing(conn), records_digest(conn)
        finally:
            conn.close()

    version, old_schema, records = look(template)
    assert version == old_version
    copies = iter(range(10**6))

    def fresh() -> dict[str, Any]:
        folder = tmp_path / f"vault-{next(copies)}"
        shutil.copytree(template, folder)
        return {"folder": str(folder), "passphrase": PASSPHRASE}

    new_schema: list[tuple[str, str, str]] | None = None

    def check(run: Run, folder: Path) -> int:
        version, schema, digest = look(folder)
        assert digest == records, "the migration changed or lost records"
        assert (version, schema) in ((old_version, old_schema), (latest, new_schema)), (
            rng.seed_value,
            run.delay,
            version,
        )
        if run.finished:
            assert version == latest
        made = backup.list_backups(folder)
        for pre in made:  # the pre-migration backup, whole, of the old schema
            assert backup.read_manifest(pre).schema_version == old_version
        if version == latest:
            assert made, "migrated without its backup"
        with opened(folder, PASSPHRASE) as vault:  # the next open finishes the migration
            assert migrations.schema_version(vault.conn) == latest
            assert records_digest(vault.conn) == records
        shutil.rmtree(folder)
        return version

    durations: list[float] = []
    for i in range(3):
        given = fresh()
        run = fork_server.run("unlock", given)
        durations.append(run.elapsed)
        if i == 0:
            new_schema = look(Path(given["folder"]))[1]
            assert new_schema != old_schema
        assert check(run, Path(given["folder"])) == latest
    outcomes = []
    runs: list[Run] = []
    duration = statistics.median(durations)
    for delay in kill_delays(duration, KILLS, rng):
        given = fresh()
        run = fork_server.run("unlock", given, kill_after=delay)
        runs.append(run)
        outcomes.append(check(run, Path(given["folder"])))
    assert_cut(runs, rng.seed_value, duration)
    assert old_version in outcomes, (rng.seed_value, duration, outcomes)
