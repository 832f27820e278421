"""The audit log: MAC-chained, append-only; tampering is found and the row is named."""

from __future__ import annotations

import pytest
import sqlcipher3

from counselor_desk.vault.audit import AuditLog, audit_mac_key
from counselor_desk.vault.connection import Connection, open_keyed
from counselor_desk.vault.keyslots import KeyFile
from counselor_desk.vault.locations import db_path, keys_path
from counselor_desk.vault.store import Vault, unlock_with_passphrase

SUBJECTS = ["client-a", "client-b", "client-c", "client-d", "client-e"]


def _with_rows(vault: Vault) -> None:
    """create-vault is row 1; rows 2 to 6 open five charts."""
    for subject in SUBJECTS:
        vault.record("open-chart", subject=subject, detail=f"chart of {subject}")


def _drop_guards(conn: Connection) -> None:
    """What an attacker with the key does first: remove the append-only triggers."""
    conn.execute("DROP TRIGGER audit_log_append_only_update")
    conn.execute("DROP TRIGGER audit_log_append_only_delete")


def test_a_clean_log_verifies(make_vault) -> None:
    vault = make_vault()
    _with_rows(vault)
    assert vault.audit.verify(vault.conn, None) is None
    anchor = vault.audit.anchor(vault.conn)
    assert anchor is not None and anchor.seq == 6
    assert vault.audit.verify(vault.conn, anchor) is None
    entries = vault.audit.entries(vault.conn)
    assert [e.seq for e in entries] == [6, 5, 4, 3, 2, 1]
    assert entries[-1].action == "create-vault"


def test_the_log_refuses_updates_and_deletes(make_vault) -> None:
    vault = make_vault()
    _with_rows(vault)
    with pytest.raises(sqlcipher3.DatabaseError, match="append-only"):
        vault.conn.execute("UPDATE audit_log SET detail = 'x' WHERE seq = 2")
    with pytest.raises(sqlcipher3.DatabaseError, match="append-only"):
        vault.conn.execute("DELETE FROM audit_log WHERE seq = 6")
    assert vault.audit.verify(vault.conn, None) is None


def test_an_edited_row_is_named(make_vault) -> None:
    vault = make_vault()
    _with_rows(vault)
    _drop_guards(vault.conn)
    vault.conn.execute("UPDATE audit_log SET detail = 'nothing to see' WHERE seq = 4")
    problem = vault.audit.verify(vault.conn, None)
    assert problem is not None
    assert problem.seq == 4
    assert "row 4" in problem.message


def test_an_edited_time_is_named(make_vault) -> None:
    vault = make_vault()
    _with_rows(vault)
    _drop_guards(vault.conn)
    vault.conn.execute("UPDATE audit_log SET at = '2020-01-01T00:00:00Z' WHERE seq = 5")
    problem = vault.audit.verify(vault.conn, None)
    assert problem is not None and problem.seq == 5 and "row 5" in problem.message


def test_a_deleted_middle_row_is_named(make_vault) -> None:
    vault = make_vault()
    _with_rows(vault)
    _drop_guards(vault.conn)
    vault.conn.execute("DELETE FROM audit_log WHERE seq = 3")
    problem = vault.audit.verify(vault.conn, None)
    assert problem is not None
    assert problem.seq == 3
    assert "row 3" in problem.message


def test_a_deleted_and_renumbered_row_is_named(make_vault) -> None:
    vault = make_vault()
    _with_rows(vault)
    _drop_guards(vault.conn)
    vault.conn.execute("DELETE FROM audit_log WHERE seq = 3")
    vault.conn.execute("UPDATE audit_log SET seq = seq - 1 WHERE seq > 3")
    problem = vault.audit.verify(vault.conn, None)
    assert problem is not None and problem.seq == 3 and "row 3" in problem.message


def test_two_swapped_rows_are_named(make_vault) -> None:
    vault = make_vault()
    _with_rows(vault)
    _drop_guards(vault.conn)
    columns = "at, actor, action, subject, detail, mac"
    row3 = vault.conn.execute(f"SELECT {columns} FROM audit_log WHERE seq = 3").fetchone()
    row4 = vault.conn.execute(f"SELECT {columns} FROM audit_log WHERE seq = 4").fetchone()
    update = (
        "UPDATE audit_log SET at = ?, actor = ?, action = ?, subject = ?, detail = ?, mac = ?"
        " WHERE seq = ?"
    )
    vault.conn.execute(update, (*row4, 3))
    vault.conn.execute(update, (*row3, 4))
    problem = vault.audit.verify(vault.conn, None)
    assert problem is not None
    assert problem.seq == 3
    assert "row 3" in problem.message


def test_deleted_last_rows_are_found_by_the_anchor(make_created, passphrase: str) -> None:
    created = make_created()
    vault = created.vault
    _with_rows(vault)
    vault.lock()  # row 7: lock; the anchor (7, mac) goes into keys.json
    anchor = KeyFile.load(keys_path(vault.folder)).audit_anchor
    assert anchor is not None and anchor.seq == 7

    conn = open_keyed(db_path(vault.folder), created.recovery_key)
    try:
        log = AuditLog(audit_mac_key(created.recovery_key))
        assert log.verify(conn, anchor) is None
        _drop_guards(conn)
        conn.execute("DELETE FROM audit_log WHERE seq >= 6")
        # Without the anchor, the shortened chain looks whole ...
        assert log.verify(conn, None) is None
        # ... with it, the missing tail is found and named.
        problem = log.verify(conn, anchor)
        assert problem is not None
        assert problem.seq == 6
        assert "rows 6 to 7" in problem.message
    finally:
        conn.close()

    # The program's own view after the next unlock finds it too.
    again = unlock_with_passphrase(vault.folder, passphrase)
    try:
        problem = again.audit.verify(again.conn, again.keyfile.audit_anchor)
        assert problem is not None
        assert problem.seq in (6, 7)
    finally:
        again.lock()

    # Locking does not move the anchor past a cut chain: the next session still sees it.
    third = unlock_with_passphrase(vault.folder, passphrase)
    try:
        assert third.keyfile.audit_anchor == anchor
        assert third.audit.verify(third.conn, third.keyfile.audit_anchor) is not None
    finally:
        third.lock()


def test_a_forged_row_with_a_made_up_mac_is_found(make_created) -> None:
    created = make_created()
    vault = created.vault
    _with_rows(vault)
    forger = AuditLog(audit_mac_key(b"\x00" * 32))  # the right scheme, the wrong key
    with vault.transaction() as conn:
        forger.append(conn, "open-chart", at=vault.clock(), subject="client-z")
    problem = vault.audit.verify(vault.conn, None)
    assert problem is not None and problem.seq == 7


def test_rows_appended_in_a_rolled_back_transaction_vanish(make_vault) -> None:
    vault = make_vault()
    _with_rows(vault)

    class Interrupted(Exception):
        pass

    with pytest.raises(Interrupted), vault.transaction() as conn:
        vault.audit.append(conn, "sign", at=vault.clock(), subject="note-1")
        vault.audit.append(conn, "export", at=vault.clock(), subject="note-1")
        raise Interrupted
    actions = [e.action for e in vault.audit.entries(vault.conn)]
    assert "sign" not in actions and "export" not in actions
    assert len(actions) == 6
    vault.record("sign", subject="note-1")
    assert vault.audit.entries(vault.conn, limit=1)[0].seq == 7
    assert vault.audit.verify(vault.conn, None) is None
