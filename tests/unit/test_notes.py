"""Session notes: canonical hashes, signing rules, late entries, immutability and addenda."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone

import pytest
import sqlcipher3

from counselor_desk.domain.errors import SignedNoteImmutable, ValidationError
from counselor_desk.domain.notes import (
    COMMON_KEYS,
    SECTION_KEYS,
    Note,
    NoteFormat,
    NoteStatus,
)
from counselor_desk.domain.records import Client, CounselingNote, Session, SessionKind
from counselor_desk.services.caseload import Caseload
from counselor_desk.vault.store import Vault

SESSION_START = datetime(2024, 5, 6, 9, 0, 0, tzinfo=UTC)
CLIENT_ID = "6f1c2a10-0000-4000-8000-000000000001"
SESSION_ID = "6f1c2a10-0000-4000-8000-000000000002"


def reference_sha256(
    client_id: str,
    session_id: str,
    fmt: str,
    sections: dict[str, str],
    signed_by: str,
    signed_at_z: str,
) -> str:
    """DESIGN.md's definition, computed here without the module's helpers."""
    payload = {
        "client_id": client_id,
        "session_id": session_id,
        "format": fmt,
        "sections": sections,
        "signed_by": signed_by,
        "signed_at": signed_at_z,
    }
    text = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def draft(sections: dict[str, str] | None = None, fmt: NoteFormat = NoteFormat.DAP) -> Note:
    if sections is None:
        sections = {"data": "Reports cravings on Sunday; Núñez family visit.", "plan": "Weekly."}
    return Note(CLIENT_ID, SESSION_ID, fmt, sections)


# -- the hash -------------------------------------------------------------------------------


def test_hash_is_sha256_of_the_canonical_json() -> None:
    at = datetime(2024, 5, 6, 11, 2, 0, tzinfo=UTC)
    signed = draft().signed(signer="A. Rivera", at=at, session_start=SESSION_START)
    expected = reference_sha256(
        CLIENT_ID,
        SESSION_ID,
        "DAP",
        {"data": "Reports cravings on Sunday; Núñez family visit.", "plan": "Weekly."},
        "A. Rivera",
        "2024-05-06T11:02:00Z",
    )
    assert signed.content_sha256 == expected
    assert signed.status is NoteStatus.SIGNED
    assert signed.signed_by == "A. Rivera"
    assert signed.hash_matches()


def test_same_instant_in_other_time_zones_hashes_the_same() -> None:
    utc = datetime(2024, 5, 6, 17, 2, 0, tzinfo=UTC)
    chicago = utc.astimezone(timezone(timedelta(hours=-5)))
    kolkata = utc.astimezone(timezone(timedelta(hours=5, minutes=30)))
    hashes = {
        draft().signed(signer="A. Rivera", at=at, session_start=SESSION_START).content_sha256
        for at in (utc, chicago, kolkata)
    }
    assert len(hashes) == 1
    assert hashes == {
        reference_sha256(
            CLIENT_ID,
            SESSION_ID,
            "DAP",
            draft().sections,
            "A. Rivera",
            "2024-05-06T17:02:00Z",
        )
    }


@pytest.mark.parametrize(
    "change",
    [
        lambda n: n.with_sections({**n.sections, "plan": "Weekly!"}),
        lambda n: n.with_sections({**n.sections, "data": n.sections["data"].replace("ñ", "n")}),
        lambda n: Note("x" + n.client_id[1:], n.session_id, n.format, n.sections),
        lambda n: Note(n.client_id, n.session_id, n.format, {**n.sections, "risk_overdose": ""}),
    ],
    ids=["one-character", "accent", "client", "extra-empty-section"],
)
def test_any_change_changes_the_hash(change: Callable[[Note], Note]) -> None:
    at = datetime(2024, 5, 6, 11, 0, 0, tzinfo=UTC)
    original = draft().signed(signer="A. Rivera", at=at, session_start=SESSION_START)
    changed = change(draft()).signed(signer="A. Rivera", at=at, session_start=SESSION_START)
    assert changed.content_sha256 != original.content_sha256
    other_signer = draft().signed(signer="A. Riviera", at=at, session_start=SESSION_START)
    assert other_signer.content_sha256 != original.content_sha256
    one_second_later = draft().signed(
        signer="A. Rivera", at=at + timedelta(seconds=1), session_start=SESSION_START
    )
    assert one_second_later.content_sha256 != original.content_sha256


def test_edited_sections_no_longer_match_the_stored_hash() -> None:
    at = datetime(2024, 5, 6, 11, 0, 0, tzinfo=UTC)
    signed = draft().signed(signer="A. Rivera", at=at, session_start=SESSION_START)
    tampered = Note(
        signed.client_id,
        signed.session_id,
        signed.format,
        {**signed.sections, "plan": "Monthly."},
        id=signed.id,
        status=signed.status,
        signed_by=signed.signed_by,
        signed_at=signed.signed_at,
        content_sha256=signed.content_sha256,
    )
    assert not tampered.hash_matches()


# -- signing rules --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sections",
    [{}, {"data": "", "plan": "   \n"}, {"risk_overdose": "denies", "next_appointment": "Tue"}],
    ids=["no-sections", "blank", "only-risk-fields"],
)
def test_an_empty_note_cannot_be_signed(sections: dict[str, str]) -> None:
    with pytest.raises(ValidationError, match="empty"):
        draft(sections).signed(signer="A. Rivera", at=SESSION_START, session_start=SESSION_START)


def test_a_blank_signer_is_refused() -> None:
    with pytest.raises(ValidationError, match="signer"):
        draft().signed(signer="  ", at=SESSION_START, session_start=SESSION_START)


def test_unknown_section_is_refused_naming_the_allowed_ones() -> None:
    with pytest.raises(ValidationError) as excinfo:
        draft().with_sections({"data": "x", "subjective": "not a DAP section"})
    message = str(excinfo.value)
    assert "subjective" in message
    for key in SECTION_KEYS[NoteFormat.DAP] + COMMON_KEYS:
        assert key in message


def test_late_entry_only_after_more_than_24_hours() -> None:
    on_time = draft().signed(
        signer="A. Rivera", at=SESSION_START + timedelta(hours=24), session_start=SESSION_START
    )
    late = draft().signed(
        signer="A. Rivera",
        at=SESSION_START + timedelta(hours=24, seconds=1),
        session_start=SESSION_START,
    )
    assert not on_time.late_entry
    assert late.late_entry


def test_a_signed_note_refuses_new_sections_and_a_second_signature() -> None:
    signed = draft().signed(signer="A. Rivera", at=SESSION_START, session_start=SESSION_START)
    with pytest.raises(SignedNoteImmutable):
        signed.with_sections({"data": "changed"})
    with pytest.raises(SignedNoteImmutable):
        signed.signed(signer="B. Other", at=SESSION_START, session_start=SESSION_START)
    assert signed.sections == draft().sections


# -- through the vault ----------------------------------------------------------------------


@pytest.fixture
def caseload(make_vault: Callable[..., Vault], clock: Callable[[], datetime]) -> Caseload:
    return Caseload(make_vault(clock=clock))


def new_session(caseload: Caseload, start: datetime = SESSION_START) -> Session:
    client = caseload.add_client(Client("Dana R."))
    return caseload.add_session(Session(client.id, start, 50, SessionKind.INDIVIDUAL))


def signed_note(caseload: Caseload, text: str = "Discussed cravings and triggers.") -> Note:
    session = new_session(caseload)
    note = caseload.start_note(session.id, NoteFormat.DAP)
    caseload.save_draft(note.with_sections({"data": text}))
    return caseload.sign_note(note.id, "A. Rivera")


@pytest.mark.parametrize("fmt", list(NoteFormat))
def test_every_format_round_trips_with_risk_sections(caseload: Caseload, fmt: NoteFormat) -> None:
    session = new_session(caseload)
    note = caseload.start_note(session.id, fmt)
    sections = {
        key: f"{key}: texto con acentos — señal {i}" for i, key in enumerate(SECTION_KEYS[fmt])
    }
    sections |= {
        "risk_self_harm": "Denies SI/HI.",
        "risk_overdose": "Has naloxone kit; reviewed overdose risk after missed doses.",
        "risk_safety": "Safe housing.",
        "next_appointment": "2024-05-13 09:00",
    }
    caseload.save_draft(note.with_sections(sections))
    assert caseload.note(note.id).sections == sections
    assert caseload.note(note.id).status is NoteStatus.DRAFT

    signed = caseload.sign_note(note.id, "A. Rivera")
    stored = caseload.note(note.id)
    assert stored.format is fmt
    assert stored.sections == sections
    assert stored.status is NoteStatus.SIGNED
    assert stored.signed_by == "A. Rivera"
    assert stored.signed_at == signed.signed_at
    assert stored.content_sha256 == reference_sha256(
        session.client_id,
        session.id,
        fmt.value,
        sections,
        "A. Rivera",
        stored.signed_at.strftime("%Y-%m-%dT%H:%M:%SZ") if stored.signed_at else "",
    )
    assert stored.hash_matches()


def test_late_entry_is_stored_and_audited(
    make_vault: Callable[..., Vault], clock: Callable[..., datetime]
) -> None:
    vault = make_vault(clock=clock)
    caseload = Caseload(vault)
    now = clock()
    on_time = new_session(caseload, start=now - timedelta(hours=24))
    late = new_session(caseload, start=now - timedelta(hours=24, seconds=1))
    for session in (on_time, late):
        note = caseload.start_note(session.id, NoteFormat.FREE)
        caseload.save_draft(note.with_sections({"text": "Check-in."}))
        caseload.sign_note(note.id, "A. Rivera")
    notes = {
        n.session_id: n for n in caseload.notes(on_time.client_id) + caseload.notes(late.client_id)
    }
    assert notes[on_time.id].late_entry is False
    assert notes[late.id].late_entry is True
    signs = [e for e in vault.audit.entries(vault.conn) if e.action == "sign-note"]
    assert {e.subject: e.detail for e in signs} == {
        notes[on_time.id].id: None,
        notes[late.id].id: "late entry",
    }


def test_saving_a_draft_over_a_signed_note_is_refused(caseload: Caseload) -> None:
    session = new_session(caseload)
    note = caseload.start_note(session.id, NoteFormat.DAP)
    draft_note = caseload.save_draft(note.with_sections({"data": "Original text."}))
    caseload.sign_note(note.id, "A. Rivera")
    # The window still holds the draft object: its autosave must not overwrite the signed note.
    with pytest.raises(SignedNoteImmutable):
        caseload.save_draft(draft_note.with_sections({"data": "Rewritten after signing."}))
    with pytest.raises(SignedNoteImmutable):
        caseload.sign_note(note.id, "B. Other")
    stored = caseload.note(note.id)
    assert stored.sections == {"data": "Original text."}
    assert stored.signed_by == "A. Rivera"
    assert stored.hash_matches()


@pytest.mark.parametrize(
    "sql",
    [
        'UPDATE notes SET sections = \'{"data": "rewritten"}\' WHERE id = ?',
        "UPDATE notes SET status = 'draft' WHERE id = ?",
        "UPDATE notes SET signed_by = 'Someone Else' WHERE id = ?",
        "DELETE FROM notes WHERE id = ?",
    ],
    ids=["sections", "status", "signer", "delete"],
)
def test_the_database_refuses_raw_changes_to_a_signed_note(
    make_vault: Callable[..., Vault], sql: str
) -> None:
    vault = make_vault()
    caseload = Caseload(vault)
    note = signed_note(caseload)
    with pytest.raises(sqlcipher3.DatabaseError, match="immutable"):
        vault.conn.execute(sql, (note.id,))
    stored = caseload.note(note.id)
    assert stored.sections == note.sections
    assert stored.signed_by == "A. Rivera"
    assert stored.hash_matches()


@pytest.mark.parametrize(
    "sql",
    ["UPDATE addenda SET text = 'rewritten' WHERE id = ?", "DELETE FROM addenda WHERE id = ?"],
    ids=["update", "delete"],
)
def test_the_database_refuses_raw_changes_to_an_addendum(
    make_vault: Callable[..., Vault], sql: str
) -> None:
    vault = make_vault()
    caseload = Caseload(vault)
    note = signed_note(caseload)
    addendum = caseload.add_addendum(note.id, "Client called: dose is 16 mg, not 12.", "A. Rivera")
    with pytest.raises(sqlcipher3.DatabaseError, match="immutable"):
        vault.conn.execute(sql, (addendum.id,))
    assert caseload.addenda(note.id) == [addendum]


def test_a_draft_can_still_be_changed_and_deleted_by_the_program(
    make_vault: Callable[..., Vault],
) -> None:
    # The triggers must not be so broad that drafts cannot be autosaved.
    vault = make_vault()
    caseload = Caseload(vault)
    session = new_session(caseload)
    note = caseload.start_note(session.id, NoteFormat.DAP)
    caseload.save_draft(note.with_sections({"data": "first"}))
    caseload.save_draft(note.with_sections({"data": "second"}))
    assert caseload.note(note.id).sections == {"data": "second"}
    vault.conn.execute("DELETE FROM notes WHERE id = ?", (note.id,))
    assert caseload.notes(session.client_id) == []


def test_addendum_only_on_a_signed_note(caseload: Caseload) -> None:
    session = new_session(caseload)
    note = caseload.start_note(session.id, NoteFormat.DAP)
    caseload.save_draft(note.with_sections({"data": "Draft text."}))
    with pytest.raises(ValidationError, match="signed"):
        caseload.add_addendum(note.id, "Too early.", "A. Rivera")
    assert caseload.addenda(note.id) == []


def test_addendum_is_hashed_and_verified(
    make_vault: Callable[..., Vault], clock: Callable[[], datetime]
) -> None:
    vault = make_vault(clock=clock)
    caseload = Caseload(vault)
    note = signed_note(caseload)
    addendum = caseload.add_addendum(note.id, "Corrección: la dosis es 16 mg.", "A. Rivera")
    payload = {
        "client_id": note.client_id,
        "note_id": note.id,
        "text": "Corrección: la dosis es 16 mg.",
        "signed_by": "A. Rivera",
        "signed_at": clock().strftime("%Y-%m-%dT%H:%M:%SZ"),
    }
    text = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    assert addendum.content_sha256 == hashlib.sha256(text.encode("utf-8")).hexdigest()
    [stored] = caseload.addenda(note.id)
    assert stored == addendum
    assert stored.hash_matches()
    altered = type(stored)(
        note_id=stored.note_id,
        client_id=stored.client_id,
        text=stored.text + ".",
        signed_by=stored.signed_by,
        signed_at=stored.signed_at,
        content_sha256=stored.content_sha256,
        id=stored.id,
    )
    assert not altered.hash_matches()
    # The note itself is untouched by its addendum.
    assert caseload.note(note.id) == note
    audited = [e for e in vault.audit.entries(vault.conn) if e.action == "sign-addendum"]
    assert [e.subject for e in audited] == [addendum.id]


@pytest.mark.parametrize("text,signer", [("   ", "A. Rivera"), ("Text.", " ")])
def test_addendum_needs_text_and_signer(caseload: Caseload, text: str, signer: str) -> None:
    note = signed_note(caseload)
    with pytest.raises(ValidationError):
        caseload.add_addendum(note.id, text, signer)
    assert caseload.addenda(note.id) == []


def test_counseling_notes_are_kept_apart(make_vault: Callable[..., Vault]) -> None:
    vault = make_vault()
    caseload = Caseload(vault)
    session = new_session(caseload)
    note = caseload.start_note(session.id, NoteFormat.DAP)
    caseload.save_draft(note.with_sections({"data": "Ordinary progress note."}))
    private = caseload.add_counseling_note(
        CounselingNote(
            session.client_id, "Countertransference: zanzibarite worry.", session_id=session.id
        )
    )
    assert [n.id for n in caseload.notes(session.client_id)] == [note.id]
    assert all(
        "zanzibarite" not in json.dumps(n.sections) for n in caseload.notes(session.client_id)
    )
    in_notes = vault.conn.execute(
        "SELECT count(*) FROM notes WHERE sections LIKE '%zanzibarite%'"
    ).fetchone()[0]
    assert in_notes == 0
    assert (
        vault.conn.execute("SELECT count(*) FROM notes WHERE id = ?", (private.id,)).fetchone()[0]
        == 0
    )
    assert caseload.counseling_notes(session.client_id) == [private]


def test_note_headers_are_the_notes_without_their_text_and_the_newest_says_what_is_next(
    caseload: Caseload,
) -> None:
    client = caseload.add_client(Client("Dana R."))
    later, earlier = (
        caseload.add_session(Session(client.id, SESSION_START + timedelta(days=d), 50, kind))
        for d, kind in ((7, SessionKind.PHONE), (0, SessionKind.INDIVIDUAL))
    )
    assert caseload.note_headers(client.id) == []
    assert caseload.latest_section(client.id, "next_appointment") == ""
    first = caseload.start_note(earlier.id, NoteFormat.DAP)
    caseload.save_draft(first.with_sections({"data": "Intake.", "next_appointment": "Mon 9:00"}))
    caseload.sign_note(first.id, "A. Rivera")
    second = caseload.start_note(later.id, NoteFormat.SOAP)
    caseload.save_draft(second.with_sections({"subjective": "Phone check-in."}))

    headers = caseload.note_headers(client.id)
    full = caseload.notes(client.id)  # the same notes, in the same (session) order
    assert [h.id for h in headers] == [n.id for n in full] == [first.id, second.id]
    for header, note in zip(headers, full, strict=True):
        assert (
            header.client_id,
            header.session_id,
            header.format,
            header.status,
            header.signed_by,
            header.signed_at,
            header.late_entry,
            header.is_signed,
        ) == (
            note.client_id,
            note.session_id,
            note.format,
            note.status,
            note.signed_by,
            note.signed_at,
            note.late_entry,
            note.is_signed,
        )
    # The newest note (by session) says nothing of the next appointment: nothing is shown,
    # not an older note's.
    assert caseload.latest_section(client.id, "next_appointment") == ""
    caseload.save_draft(
        caseload.note(second.id).with_sections(
            {"subjective": "Phone check-in.", "next_appointment": "Thu 14:30"}
        )
    )
    assert caseload.latest_section(client.id, "next_appointment") == "Thu 14:30"
    assert caseload.latest_section(client.id, "no_such_section") == ""
