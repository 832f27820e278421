"""verify: a clean vault passes with counts; tampering is named, not just detected."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from counselor_desk.domain.notes import Note, NoteFormat
from counselor_desk.domain.records import Client, Session, SessionKind
from counselor_desk.domain.supervision import CosignRequest, cosign_note
from counselor_desk.services.caseload import Caseload
from counselor_desk.services.verify import verify
from counselor_desk.vault import supervision
from counselor_desk.vault.store import Vault, unlock_with_passphrase

START = datetime(2024, 5, 6, 9, 0, tzinfo=UTC)


@pytest.fixture
def vault(make_vault: Callable[..., Vault]) -> Vault:
    return make_vault()


def signed_note(caseload: Caseload, name: str, text: str) -> Note:
    client = caseload.add_client(Client(name))
    session = caseload.add_session(Session(client.id, START, 50, SessionKind.INDIVIDUAL))
    note = caseload.start_note(session.id, NoteFormat.DAP)
    caseload.save_draft(note.with_sections({"data": text}))
    return caseload.sign_note(note.id, "A. Rivera")


def audit_rows(vault: Vault) -> int:
    return int(vault.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0])


def test_a_clean_vault_verifies_with_counts(vault: Vault) -> None:
    caseload = Caseload(vault)
    first = signed_note(caseload, "Dana R.", "First session.")
    signed_note(caseload, "Kim P.", "Intake.")
    caseload.add_addendum(first.id, "Correction: 16 mg.", "A. Rivera")
    report = verify(vault)
    assert report.ok
    assert report.problems == []
    assert report.signed_notes == 2
    assert report.audit_rows == audit_rows(vault)
    assert report.audit_rows >= 9  # create-vault + 2 x (client, session, note, sign) + addendum


def test_drafts_are_not_counted_as_signed(vault: Vault) -> None:
    caseload = Caseload(vault)
    client = caseload.add_client(Client("Dana R."))
    session = caseload.add_session(Session(client.id, START, 50, SessionKind.INDIVIDUAL))
    caseload.save_draft(
        caseload.start_note(session.id, NoteFormat.DAP).with_sections({"data": "x"})
    )
    report = verify(vault)
    assert report.ok
    assert report.signed_notes == 0


def test_a_tampered_signed_note_is_named(vault: Vault) -> None:
    caseload = Caseload(vault)
    honest = signed_note(caseload, "Dana R.", "Reports no use this week.")
    tampered = signed_note(caseload, "Kim P.", "Reports use on Saturday.")
    vault.conn.execute("DROP TRIGGER notes_signed_immutable")
    vault.conn.execute(
        "UPDATE notes SET sections = ? WHERE id = ?",
        ('{"data": "Reports no use this week."}', tampered.id),
    )
    report = verify(vault)
    assert not report.ok
    assert len(report.notes) == 1
    assert tampered.id in report.notes[0]
    assert honest.id not in " ".join(report.problems)
    assert any(tampered.id in p for p in report.problems)


def test_a_tampered_signature_time_is_found(vault: Vault) -> None:
    caseload = Caseload(vault)
    note = signed_note(caseload, "Dana R.", "Session text.")
    vault.conn.execute("DROP TRIGGER notes_signed_immutable")
    vault.conn.execute(
        "UPDATE notes SET signed_at = '2024-05-06T09:31:00Z' WHERE id = ?", (note.id,)
    )
    report = verify(vault)
    assert [note.id in p for p in report.notes] == [True]


def test_a_tampered_addendum_is_named(vault: Vault) -> None:
    caseload = Caseload(vault)
    note = signed_note(caseload, "Dana R.", "Session text.")
    addendum = caseload.add_addendum(note.id, "Dose is 16 mg.", "A. Rivera")
    vault.conn.execute("DROP TRIGGER addenda_immutable")
    vault.conn.execute("UPDATE addenda SET text = 'Dose is 24 mg.' WHERE id = ?", (addendum.id,))
    report = verify(vault)
    assert not report.ok
    assert len(report.notes) == 1
    assert addendum.id in report.notes[0]
    assert note.id not in report.notes[0]


def cosigned(vault: Vault, note: Note) -> None:
    """Send the note for co-signature and co-sign it (as a supervisor slot would)."""
    at = datetime(2024, 5, 7, 12, 0, tzinfo=UTC)
    with vault.transaction() as conn:
        supervision.add_request(conn, CosignRequest(note.id, note.client_id, "A. Rivera", at))
        supervision.add_cosignature(conn, cosign_note(note, cosigner="J. Park, LCSW", at=at), at)


def test_a_tampered_cosignature_is_named(vault: Vault) -> None:
    caseload = Caseload(vault)
    honest = signed_note(caseload, "Dana R.", "Reports no use this week.")
    tampered = signed_note(caseload, "Kim P.", "Reports use on Saturday.")
    cosigned(vault, honest)
    cosigned(vault, tampered)
    assert verify(vault).ok

    vault.conn.execute("DROP TRIGGER cosignatures_immutable")
    vault.conn.execute(
        "UPDATE cosignatures SET cosigned_by = 'M. Lee, LCSW' WHERE note_id = ?", (tampered.id,)
    )
    report = verify(vault)
    assert not report.ok
    assert report.notes == []  # the notes themselves are as signed
    assert len(report.cosignatures) == 1
    assert tampered.id in report.cosignatures[0]
    assert "co-signature" in report.cosignatures[0]
    assert honest.id not in " ".join(report.problems)
    assert report.cosignatures[0] in report.problems


def test_a_note_hash_rewritten_under_its_cosignature_is_found(vault: Vault) -> None:
    """Text and hash both rewritten: the note looks whole, but its co-signature no longer
    covers it."""
    caseload = Caseload(vault)
    note = signed_note(caseload, "Dana R.", "Reports no use this week.")
    cosigned(vault, note)
    vault.conn.execute("DROP TRIGGER notes_signed_immutable")
    forged = Note(
        note.client_id, note.session_id, NoteFormat.DAP, {"data": "Reports use on Saturday."}
    ).signed(signer=note.signed_by or "", at=note.signed_at or START, session_start=START)
    vault.conn.execute(
        "UPDATE notes SET sections = ?, content_sha256 = ? WHERE id = ?",
        ('{"data": "Reports use on Saturday."}', forged.content_sha256, note.id),
    )
    report = verify(vault)
    assert report.notes == []  # text and hash agree again
    assert [note.id in p for p in report.cosignatures] == [True]


def test_an_altered_audit_row_is_named(vault: Vault) -> None:
    caseload = Caseload(vault)
    signed_note(caseload, "Dana R.", "Session text.")
    vault.conn.execute("DROP TRIGGER audit_log_append_only_update")
    vault.conn.execute("UPDATE audit_log SET action = 'lock' WHERE seq = 3")
    report = verify(vault)
    assert not report.ok
    assert report.audit is not None
    assert "row 3" in report.audit
    assert any(p.startswith("audit log:") and "row 3" in p for p in report.problems)


def test_a_deleted_audit_row_in_the_middle_is_named(vault: Vault) -> None:
    caseload = Caseload(vault)
    signed_note(caseload, "Dana R.", "Session text.")
    vault.conn.execute("DROP TRIGGER audit_log_append_only_delete")
    vault.conn.execute("DELETE FROM audit_log WHERE seq = 2")
    report = verify(vault)
    assert report.audit is not None
    assert "row 2" in report.audit


def test_rows_deleted_from_the_end_are_found_through_the_anchor(
    make_vault: Callable[..., Vault], passphrase: str
) -> None:
    vault = make_vault()
    signed_note(Caseload(vault), "Dana R.", "Session text.")
    vault.lock()  # writes the newest seq and MAC to keys.json
    anchored = vault.keyfile.audit_anchor
    assert anchored is not None
    reopened = unlock_with_passphrase(vault.folder, passphrase)
    try:
        reopened.conn.execute("DROP TRIGGER audit_log_append_only_delete")
        reopened.conn.execute("DELETE FROM audit_log WHERE seq >= ?", (anchored.seq - 1,))
        report = verify(reopened)
        assert not report.ok
        assert report.audit is not None
        assert "deleted" in report.audit
        assert str(anchored.seq) in report.audit
    finally:
        reopened.lock()
