"""Numbered schema migrations: verified backup first, one transaction each, newer refused."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from counselor_desk.domain.errors import VaultDamaged
from counselor_desk.vault import migrations
from counselor_desk.vault.backup import list_backups, read_manifest
from counselor_desk.vault.connection import Connection, open_keyed
from counselor_desk.vault.locations import db_path
from counselor_desk.vault.store import Created, Vault, unlock_with_passphrase

ORIGINAL = migrations.MIGRATIONS


def _add_reminders(conn: Connection) -> None:
    conn.execute("CREATE TABLE reminders (id TEXT PRIMARY KEY, text TEXT NOT NULL)")
    conn.execute("INSERT INTO reminders VALUES ('r1', 'call the pharmacy')")


def _half_then_fail(conn: Connection) -> None:
    conn.execute("CREATE TABLE partial (id TEXT PRIMARY KEY)")
    conn.execute("INSERT INTO partial VALUES ('p1')")
    raise RuntimeError("migration bug")


def _tables(vault: Vault) -> set[str]:
    return {r[0] for r in vault.conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def _extend(monkeypatch: pytest.MonkeyPatch, *extra: object) -> int:
    monkeypatch.setattr(migrations, "MIGRATIONS", (*ORIGINAL, *extra))
    monkeypatch.setattr(migrations, "LATEST_VERSION", len(ORIGINAL) + len(extra))
    return len(ORIGINAL) + len(extra)


def _set_user_version(created: Created, version: int) -> None:
    conn = open_keyed(db_path(created.vault.folder), created.recovery_key)
    try:
        conn.execute(f"PRAGMA user_version = {version}")
    finally:
        conn.close()


def test_a_new_vault_is_at_the_latest_version(make_vault) -> None:
    vault = make_vault()
    assert len(migrations.MIGRATIONS) == migrations.LATEST_VERSION
    assert migrations.schema_version(vault.conn) == migrations.LATEST_VERSION
    assert list(migrations.pending(vault.conn)) == []
    assert migrations.apply_pending(vault.conn) == []


def test_unlock_backs_up_then_migrates_an_older_vault(
    make_vault, passphrase: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault = make_vault()
    vault.record("note", detail="before the upgrade")
    vault.lock()
    old_version = migrations.LATEST_VERSION
    assert list_backups(vault.folder) == []
    new_version = _extend(monkeypatch, _add_reminders)

    again = unlock_with_passphrase(vault.folder, passphrase)
    try:
        backups = list_backups(vault.folder)
        assert len(backups) == 1
        manifest = read_manifest(backups[0])  # checksums verified
        assert manifest.schema_version == old_version  # taken before the change
        assert manifest.vault_id == vault.keyfile.vault_id

        assert migrations.schema_version(again.conn) == new_version
        assert again.conn.execute("SELECT text FROM reminders").fetchall() == [
            ("call the pharmacy",)
        ]
        entries = list(reversed(again.audit.entries(again.conn)))
        actions = [e.action for e in entries]
        assert actions.index("backup") < actions.index("migrate") < actions.index("unlock")
        migrate = entries[actions.index("migrate")]
        assert migrate.detail == f"schema {old_version} → {new_version}"
        assert any(e.detail == "before the upgrade" for e in entries)
        assert again.audit.verify(again.conn, again.keyfile.audit_anchor) is None
    finally:
        again.lock()

    # Already migrated: the next unlock neither backs up nor migrates again.
    third = unlock_with_passphrase(vault.folder, passphrase)
    try:
        assert len(list_backups(vault.folder)) == 1
        assert [e.action for e in third.audit.entries(third.conn)].count("migrate") == 1
    finally:
        third.lock()


def test_a_failing_migration_rolls_back_entirely(
    make_vault, passphrase: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault = make_vault()
    vault.lock()
    old_version = migrations.LATEST_VERSION
    _extend(monkeypatch, _half_then_fail)

    with pytest.raises(RuntimeError, match="migration bug"):
        unlock_with_passphrase(vault.folder, passphrase)
    assert len(list_backups(vault.folder)) == 1  # the backup made before trying

    monkeypatch.undo()
    again = unlock_with_passphrase(vault.folder, passphrase)  # not left "in use"
    try:
        assert migrations.schema_version(again.conn) == old_version
        assert "partial" not in _tables(again)
        assert "migrate" not in [e.action for e in again.audit.entries(again.conn)]
        assert again.integrity_problems() == []
    finally:
        again.lock()


def test_a_second_migration_failing_keeps_the_first(
    make_vault, passphrase: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault = make_vault()
    vault.lock()
    _extend(monkeypatch, _add_reminders, _half_then_fail)
    with pytest.raises(RuntimeError):
        unlock_with_passphrase(vault.folder, passphrase)
    monkeypatch.setattr(migrations, "MIGRATIONS", (*ORIGINAL, _add_reminders))
    monkeypatch.setattr(migrations, "LATEST_VERSION", len(ORIGINAL) + 1)
    again = unlock_with_passphrase(vault.folder, passphrase)
    try:
        # Each migration is its own transaction: the good one stayed, the bad one left nothing.
        assert migrations.schema_version(again.conn) == len(ORIGINAL) + 1
        assert "reminders" in _tables(again)
        assert "partial" not in _tables(again)
    finally:
        again.lock()


def test_a_vault_from_a_newer_program_is_refused(make_created, passphrase: str) -> None:
    created = make_created()
    created.vault.lock()
    _set_user_version(created, migrations.LATEST_VERSION + 1)
    with pytest.raises(VaultDamaged, match="update"):
        unlock_with_passphrase(created.vault.folder, passphrase)
    # Refused, not stuck: the same answer again (not "in use"), and no backup attempted.
    with pytest.raises(VaultDamaged, match="newer"):
        unlock_with_passphrase(created.vault.folder, passphrase)
    assert list_backups(created.vault.folder) == []


def test_a_database_without_a_schema_is_refused(make_created, passphrase: str) -> None:
    created = make_created()
    created.vault.lock()
    _set_user_version(created, 0)
    with pytest.raises(VaultDamaged, match="backup"):
        unlock_with_passphrase(created.vault.folder, passphrase)


def _old_vault_with_a_note(
    make_vault,
    monkeypatch: pytest.MonkeyPatch,
    version: int,
    extra: Callable[[Vault, str], object] = lambda _v, _c: None,
):  # type: ignore[no-untyped-def]
    """A vault made by the program as it was at schema `version`, holding one client with a
    session and a draft note ("Talked about the weekend."), plus what `extra(vault,
    client_id)` adds; locked. Returns (folder, client id, note id)."""
    from datetime import UTC, datetime

    from counselor_desk.domain.notes import NoteFormat
    from counselor_desk.domain.records import Client, Session, SessionKind
    from counselor_desk.services.caseload import Caseload

    with monkeypatch.context() as patch:
        patch.setattr(migrations, "MIGRATIONS", ORIGINAL[:version])
        patch.setattr(migrations, "LATEST_VERSION", version)
        old = make_vault()
        caseload = Caseload(old)
        client = caseload.add_client(Client("Dana R."))
        session = caseload.add_session(
            Session(client.id, datetime(2026, 3, 2, 15, tzinfo=UTC), 50, SessionKind.INDIVIDUAL)
        )
        note = caseload.start_note(session.id, NoteFormat.DAP)
        caseload.save_draft(note.with_sections({"data": "Talked about the weekend."}))
        extra(old, client.id)
        old.lock()
    return old.folder, client.id, note.id


def test_a_version_3_vault_keeps_its_notes_and_gains_plans_networks_and_groups(
    make_vault, passphrase: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from counselor_desk.domain.network import MemberKind, NetworkMember, Strength
    from counselor_desk.services.caseload import Caseload
    from counselor_desk.services.network import Network
    from counselor_desk.services.plans import Plans
    from counselor_desk.services.supervision import Supervision

    def before(old: Vault, _client_id: str) -> None:
        assert "treatment_plans" not in _tables(old)

    folder, client_id, note_id = _old_vault_with_a_note(make_vault, monkeypatch, 3, before)
    vault = unlock_with_passphrase(folder, passphrase)
    try:
        assert migrations.schema_version(vault.conn) == migrations.LATEST_VERSION
        assert read_manifest(list_backups(vault.folder)[0]).schema_version == 3
        assert {"treatment_plans", "network_members", "group_sessions", "cosignatures"} <= (
            _tables(vault)
        )
        assert Caseload(vault).note(note_id).sections["data"] == "Talked about the weekend."
        plan = Plans(vault).start_plan(client_id)
        assert Plans(vault).plans(client_id) == [plan]
        Network(vault).add(NetworkMember(client_id, "Ana R.", MemberKind.FAMILY, Strength.STRONG))
        assert [m.name for m in Network(vault).members(client_id)] == ["Ana R."]
        Supervision(vault).request(note_id, "A. Rivera")
        assert Supervision(vault).status(note_id).state.value == "requested"
    finally:
        vault.lock()


def test_a_version_5_vault_finds_its_index_rows_through_the_new_index(
    make_vault, passphrase: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Migration 6: updates and deletes reach a record's search row through an index on
    FTS5's content table, never by reading the whole index; what was indexed before the
    migration is still found, changed and removed."""
    from dataclasses import replace

    from counselor_desk.domain.network import MemberKind, NetworkMember, Strength
    from counselor_desk.services.caseload import Caseload
    from counselor_desk.services.network import Network
    from counselor_desk.services.search import SearchService

    members: list[NetworkMember] = []

    def sister(old: Vault, client_id: str) -> None:
        member = NetworkMember(client_id, "Ana R.", MemberKind.FAMILY, Strength.STRONG)
        members.append(Network(old).add(replace(member, notes="sister")))

    folder, client_id, note_id = _old_vault_with_a_note(make_vault, monkeypatch, 5, sister)
    (member,) = members
    vault = unlock_with_passphrase(folder, passphrase)
    try:
        assert migrations.schema_version(vault.conn) == migrations.LATEST_VERSION

        def kinds(word: str) -> list[str]:
            return sorted(hit.kind for hit in SearchService(vault).search(word))

        assert kinds("weekend") == ["note"] and kinds("sister") == ["network"]
        caseload = Caseload(vault)
        caseload.save_draft(caseload.note(note_id).with_sections({"data": "Cravings at work."}))
        caseload.update_client(replace(caseload.client(client_id), display_name="Dana Q."))
        Network(vault).update(replace(member, notes="cousin"))
        assert kinds("weekend") == [] and kinds("cravings") == ["note"]
        assert kinds("Q") == ["client"] and kinds("sister") == [] and kinds("cousin") == ["network"]
        caseload.delete_draft(note_id)
        Network(vault).remove(member.id)
        assert kinds("cravings") == [] and kinds("cousin") == []

        # The triggers and the repositories find the row by the index, not by a scan.
        triggers = dict(
            vault.conn.execute(
                "SELECT name, sql FROM sqlite_master WHERE type='trigger' AND sql LIKE "
                "'%search_index%' AND (sql LIKE '%UPDATE search_index%' "
                "OR sql LIKE '%DELETE FROM search_index%')"
            ).fetchall()
        )
        assert len(triggers) == 8
        assert all("search_index_content" in sql for sql in triggers.values()), triggers
        plan = vault.conn.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM search_index_content WHERE c2 = ? AND c1 = ?",
            (note_id, "note"),
        ).fetchall()
        assert any("USING COVERING INDEX search_index_ref" in row[-1] for row in plan), plan
    finally:
        vault.lock()
