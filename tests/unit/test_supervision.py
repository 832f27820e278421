"""Supervision: slot roles, co-signature requests, the supervisor's queue, and the
co-signature hashed like a signature (only a supervisor unlock co-signs, once)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from counselor_desk.domain.errors import RecordNotFound, ValidationError
from counselor_desk.domain.notes import Note, NoteFormat
from counselor_desk.domain.records import Client, Session, SessionKind
from counselor_desk.domain.recovery import format_recovery_key
from counselor_desk.domain.supervision import (
    Cosignature,
    CosignRequest,
    CosignState,
    NotSupervisor,
    SlotRole,
    cosign_note,
    cosignature_sha256,
)
from counselor_desk.services.caseload import Caseload
from counselor_desk.services.supervision import Supervision
from counselor_desk.vault import supervision as repo
from counselor_desk.vault.connection import IntegrityError
from counselor_desk.vault.keyslots import KdfParams
from counselor_desk.vault.store import (
    Vault,
    create_vault,
    unlock_with_passphrase,
    unlock_with_recovery_key,
)

CHEAP = KdfParams(1, 1024, 1)
COUNSELOR_PASSPHRASE = "maple orbit candle harbor"
SUPERVISOR_PASSPHRASE = "violet tundra pocket lantern"
SUPERVISOR = "J. Park, LCSW"
COUNSELOR = "A. Rivera, CADC-I (pre-licensed)"
SESSION_START = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)


@dataclass(frozen=True)
class Made:
    folder: Path
    recovery_key: bytes
    dana: str
    marcus: str
    note: str  # Dana's note, a draft with text
    other_note: str  # Marcus's note, a draft with text


class FixedClock:
    """Stands still until a test moves it."""

    def __init__(self) -> None:
        self.now = datetime(2026, 3, 2, 16, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock()


@pytest.fixture
def made(tmp_path: Path, clock: FixedClock) -> Made:
    """A vault with the counselor's slot and a supervisor's slot, two drafts; locked."""
    folder = tmp_path / "rivera"
    created = create_vault(
        folder, "Rivera", COUNSELOR_PASSPHRASE, kdf=CHEAP, check_strength=False, clock=clock
    )
    vault = created.vault
    try:
        vault.add_slot(SUPERVISOR, SUPERVISOR_PASSPHRASE, kdf=CHEAP, role=SlotRole.SUPERVISOR)
        caseload = Caseload(vault)
        dana = caseload.add_client(Client("Dana R.", legal_name="Dana Reyes"))
        marcus = caseload.add_client(Client("Marcus T."))
        notes = []
        for client, start in ((dana, SESSION_START), (marcus, SESSION_START - timedelta(days=1))):
            session = caseload.add_session(Session(client.id, start, 50, SessionKind.INDIVIDUAL))
            note = caseload.start_note(session.id, NoteFormat.DAP)
            caseload.save_draft(
                note.with_sections(
                    {
                        "data": "Reports two days without use; cravings after work.",
                        "assessment": "Engaged; ambivalent about the evening shift.",
                        "plan": "Practice urge surfing; weekly session.",
                    }
                )
            )
            notes.append(note.id)
    finally:
        vault.lock()
    return Made(folder, created.recovery_key, dana.id, marcus.id, notes[0], notes[1])


@pytest.fixture
def opened() -> Iterator[list[Vault]]:
    vaults: list[Vault] = []
    yield vaults
    for vault in vaults:
        vault.lock()


def open_as(made: Made, passphrase: str, opened: list[Vault], clock: FixedClock) -> Vault:
    vault = unlock_with_passphrase(made.folder, passphrase, clock=clock)
    opened.append(vault)
    return vault


@pytest.fixture
def counselor(made: Made, opened: list[Vault], clock: FixedClock) -> Vault:
    return open_as(made, COUNSELOR_PASSPHRASE, opened, clock)


def actions(vault: Vault) -> list[tuple[str, str | None, str | None]]:
    return [(e.action, e.subject, e.detail) for e in vault.audit.entries(vault.conn)]


def sign(vault: Vault, note_id: str) -> Note:
    return Caseload(vault).sign_note(note_id, COUNSELOR)


# -- roles -----------------------------------------------------------------------------------


def test_the_slot_that_unlocked_says_who_is_at_the_keyboard(
    made: Made, opened: list[Vault], clock: FixedClock
) -> None:
    counselor = open_as(made, COUNSELOR_PASSPHRASE, opened, clock)
    assert counselor.unlocked_role is SlotRole.COUNSELOR
    assert not Supervision(counselor).is_supervisor
    assert Supervision(counselor).cosigner is None
    counselor.lock()
    supervisor = open_as(made, SUPERVISOR_PASSPHRASE, opened, clock)
    assert supervisor.unlocked_role is SlotRole.SUPERVISOR
    assert supervisor.unlocked_slot is not None and supervisor.unlocked_slot.label == SUPERVISOR
    assert Supervision(supervisor).cosigner == SUPERVISOR
    supervisor.lock()
    recovered = unlock_with_recovery_key(made.folder, format_recovery_key(made.recovery_key))
    opened.append(recovered)
    assert recovered.unlocked_role is SlotRole.COUNSELOR  # the recovery key is the counselor's
    assert Supervision(recovered).cosigner is None


def test_a_passphrase_change_keeps_the_slots_role(
    made: Made, opened: list[Vault], clock: FixedClock
) -> None:
    supervisor = open_as(made, SUPERVISOR_PASSPHRASE, opened, clock)
    supervisor.change_passphrase("quartz heron saddle meadow", kdf=CHEAP)
    supervisor.lock()
    again = open_as(made, "quartz heron saddle meadow", opened, clock)
    assert again.unlocked_role is SlotRole.SUPERVISOR
    assert [(s.label, s.role) for s in again.keyfile.slots] == [
        ("counselor", SlotRole.COUNSELOR),
        (SUPERVISOR, SlotRole.SUPERVISOR),
    ]
    assert ("slot-added", again.keyfile.slots[1].id, f"{SUPERVISOR} (supervisor)") in actions(again)


# -- requests --------------------------------------------------------------------------------


def test_a_draft_can_be_sent_and_withdrawn(counselor: Vault, made: Made) -> None:
    service = Supervision(counselor)
    assert service.status(made.note).state is CosignState.NONE
    status = service.request(made.note, COUNSELOR)
    assert status.state is CosignState.REQUESTED
    assert status.request == CosignRequest(made.note, made.dana, COUNSELOR, counselor.clock())
    assert service.request(made.note, "someone else").request == status.request  # once
    assert service.waiting() == []  # a draft is not waiting for a supervisor yet
    assert service.states(made.dana) == {made.note: CosignState.REQUESTED}
    assert service.withdraw(made.note).state is CosignState.NONE
    assert service.withdraw(made.note).state is CosignState.NONE  # nothing to withdraw
    assert service.set_requested(made.note, True, COUNSELOR).state is CosignState.REQUESTED
    assert service.set_requested(made.note, False, COUNSELOR).state is CosignState.NONE
    rows = [a for a in actions(counselor) if a[0].startswith("cosign")]
    assert rows == [
        ("cosign-withdraw", made.note, None),
        ("cosign-request", made.note, None),
        ("cosign-withdraw", made.note, None),
        ("cosign-request", made.note, None),
    ]


def test_a_request_needs_a_name_and_a_note(counselor: Vault, made: Made) -> None:
    service = Supervision(counselor)
    with pytest.raises(ValidationError, match="your name"):
        service.request(made.note, "  ")
    with pytest.raises(RecordNotFound):
        service.request("no-such-note", COUNSELOR)
    with pytest.raises(RecordNotFound):
        service.withdraw("no-such-note")


def test_a_signed_note_with_a_request_waits_in_the_queue(
    counselor: Vault, made: Made, clock: FixedClock
) -> None:
    service = Supervision(counselor)
    service.request(made.note, COUNSELOR)
    sign(counselor, made.note)
    clock.advance(minutes=5)
    sign(counselor, made.other_note)  # signed, but never sent: not in the queue
    clock.advance(minutes=5)
    (waiting,) = service.waiting()
    assert waiting.note_id == made.note
    assert waiting.client_name == "Dana R."
    assert waiting.session_start == SESSION_START
    assert waiting.signed_by == COUNSELOR
    assert waiting.requested_by == COUNSELOR
    assert waiting.format is NoteFormat.DAP
    # A request may also be made after signing; the longest-waiting (signed first) comes first.
    service.request(made.other_note, COUNSELOR)
    assert [w.note_id for w in service.waiting()] == [made.note, made.other_note]
    assert [w.client_name for w in service.waiting()] == ["Dana R.", "Marcus T."]


# -- co-signing ------------------------------------------------------------------------------


def test_a_supervisor_cosigns_and_the_hash_covers_the_signed_note(
    made: Made, opened: list[Vault], clock: FixedClock
) -> None:
    counselor = open_as(made, COUNSELOR_PASSPHRASE, opened, clock)
    Supervision(counselor).request(made.note, COUNSELOR)
    signed = sign(counselor, made.note)
    counselor.lock()

    clock.advance(hours=20)
    supervisor = open_as(made, SUPERVISOR_PASSPHRASE, opened, clock)
    service = Supervision(supervisor)
    cosignature = service.cosign(made.note)
    assert cosignature.cosigned_by == SUPERVISOR
    assert cosignature.cosigned_at == clock()
    # The formula, written out: canonical JSON (sorted keys, no spaces) of four fields.
    payload = (
        '{"cosigned_at":"2026-03-03T12:00:00Z","cosigned_by":"J. Park, LCSW",'
        f'"note_content_sha256":"{signed.content_sha256}","note_id":"{made.note}"}}'
    )
    assert cosignature.content_sha256 == hashlib.sha256(payload.encode()).hexdigest()
    assert service.verify(made.note)
    status = service.status(made.note)
    assert status.state is CosignState.COSIGNED
    assert (status.cosigned_by, status.cosigned_at) == (SUPERVISOR, clock())
    assert service.waiting() == []
    assert service.states(made.dana) == {made.note: CosignState.COSIGNED}
    (row,) = [e for e in supervisor.audit.entries(supervisor.conn) if e.action == "cosign-note"]
    assert (row.subject, row.actor, row.detail) == (made.note, supervisor.slot_id, None)
    assert supervisor.audit.verify(supervisor.conn, supervisor.keyfile.audit_anchor) is None

    # Once co-signed: never again, and the request cannot be withdrawn.
    with pytest.raises(ValidationError, match=f"already co-signed by {SUPERVISOR}"):
        service.cosign(made.note)
    with pytest.raises(ValidationError, match="already co-signed"):
        service.withdraw(made.note)
    assert service.status(made.note).state is CosignState.COSIGNED


def test_a_counselor_unlock_cannot_cosign(counselor: Vault, made: Made) -> None:
    service = Supervision(counselor)
    service.request(made.note, COUNSELOR)
    sign(counselor, made.note)
    with pytest.raises(NotSupervisor, match="supervisor's passphrase"):
        service.cosign(made.note)
    assert service.status(made.note).state is CosignState.REQUESTED
    assert not service.verify(made.note)


def test_the_recovery_key_cannot_cosign(made: Made, opened: list[Vault]) -> None:
    vault = unlock_with_recovery_key(made.folder, format_recovery_key(made.recovery_key))
    opened.append(vault)
    with pytest.raises(NotSupervisor):
        Supervision(vault).cosign(made.note)


def test_only_a_signed_note_that_was_sent_is_cosigned(
    made: Made, opened: list[Vault], clock: FixedClock
) -> None:
    counselor = open_as(made, COUNSELOR_PASSPHRASE, opened, clock)
    Supervision(counselor).request(made.note, COUNSELOR)  # still a draft
    sign(counselor, made.other_note)  # signed, never sent
    counselor.lock()
    service = Supervision(open_as(made, SUPERVISOR_PASSPHRASE, opened, clock))
    with pytest.raises(ValidationError, match="still a draft"):
        service.cosign(made.note)
    with pytest.raises(ValidationError, match="not sent for co-signature"):
        service.cosign(made.other_note)
    with pytest.raises(RecordNotFound):
        service.cosign("no-such-note")


def test_a_note_whose_hash_does_not_match_is_not_cosigned(clock: FixedClock) -> None:
    note = Note("client-1", "session-1", NoteFormat.FREE, {"text": "Talked about sleep."})
    signed = note.signed(signer=COUNSELOR, at=clock(), session_start=SESSION_START)
    assert cosign_note(signed, cosigner=SUPERVISOR, at=clock()).hash_matches(signed.content_sha256)
    altered = replace(signed, sections={"text": "Talked about work."})
    with pytest.raises(ValidationError, match="does not match its signature hash"):
        cosign_note(altered, cosigner=SUPERVISOR, at=clock())
    with pytest.raises(ValidationError, match="still a draft"):
        cosign_note(note, cosigner=SUPERVISOR, at=clock())
    with pytest.raises(ValidationError, match="supervisor's name"):
        cosign_note(signed, cosigner=" ", at=clock())


def test_the_database_keeps_a_cosignature_and_its_request(
    made: Made, opened: list[Vault], clock: FixedClock
) -> None:
    counselor = open_as(made, COUNSELOR_PASSPHRASE, opened, clock)
    Supervision(counselor).request(made.note, COUNSELOR)
    sign(counselor, made.note)
    counselor.lock()
    supervisor = open_as(made, SUPERVISOR_PASSPHRASE, opened, clock)
    Supervision(supervisor).cosign(made.note)
    conn = supervisor.conn
    for statement in (
        "UPDATE cosignatures SET cosigned_by = 'someone else'",
        "DELETE FROM cosignatures",
        "DELETE FROM cosign_requests",
    ):
        with pytest.raises(IntegrityError, match="co-sign"):
            conn.execute(statement)
    assert Supervision(supervisor).verify(made.note)


# -- storing whole records (import) ----------------------------------------------------------


def test_inserting_records_checks_them(made: Made, opened: list[Vault], clock: FixedClock) -> None:
    counselor = open_as(made, COUNSELOR_PASSPHRASE, opened, clock)
    signed = sign(counselor, made.note)
    assert signed.content_sha256 is not None
    at = clock()
    good = cosign_note(signed, cosigner=SUPERVISOR, at=at)
    conn = counselor.conn
    with counselor.transaction() as c:
        with pytest.raises(ValidationError, match="not sent for co-signature"):
            repo.add_cosignature(c, good, at)
        with pytest.raises(ValidationError, match="another client"):
            repo.add_request(c, CosignRequest(made.note, made.marcus, COUNSELOR, at))
        repo.add_request(c, CosignRequest(made.note, made.dana, COUNSELOR, at))
        with pytest.raises(ValidationError, match="already been sent"):
            repo.add_request(c, CosignRequest(made.note, made.dana, COUNSELOR, at))
        forged = replace(good, cosigned_by="Someone Else")  # hash no longer covers it
        with pytest.raises(ValidationError, match="hash does not match"):
            repo.add_cosignature(c, forged, at)
        repo.add_cosignature(c, good, at)
        with pytest.raises(ValidationError, match="co-signed once"):
            repo.add_cosignature(c, good, at)
    assert repo.all_requests(conn) == [CosignRequest(made.note, made.dana, COUNSELOR, at)]
    assert repo.all_cosignatures(conn) == [good]
    assert repo.cosignature_problems(conn) == []


def test_verify_names_a_cosignature_that_no_longer_covers_its_note(
    made: Made, opened: list[Vault], clock: FixedClock
) -> None:
    counselor = open_as(made, COUNSELOR_PASSPHRASE, opened, clock)
    Supervision(counselor).request(made.note, COUNSELOR)
    sign(counselor, made.note)
    counselor.lock()
    supervisor = open_as(made, SUPERVISOR_PASSPHRASE, opened, clock)
    Supervision(supervisor).cosign(made.note)
    conn = supervisor.conn
    # Someone with the key edits the database behind the program's back.
    conn.execute("DROP TRIGGER cosignatures_immutable")
    conn.execute("UPDATE cosignatures SET cosigned_by = 'Someone Else'")
    assert repo.cosignature_problems(conn) == [
        f"the co-signature of note {made.note} does not match its hash"
    ]
    assert not Supervision(supervisor).verify(made.note)


def test_a_cosignature_of_another_note_hash_does_not_match(clock: FixedClock) -> None:
    cosignature = Cosignature("n1", "c1", SUPERVISOR, clock(), "0" * 64)
    digest = cosignature_sha256(
        note_id="n1", note_content_sha256="a" * 64, cosigned_by=SUPERVISOR, cosigned_at=clock()
    )
    assert replace(cosignature, content_sha256=digest).hash_matches("a" * 64)
    assert not replace(cosignature, content_sha256=digest).hash_matches("b" * 64)
    assert not replace(cosignature, content_sha256=digest).hash_matches(None)


# -- the per-vault default -------------------------------------------------------------------


def test_the_default_lives_in_the_vault_and_is_audited(
    made: Made, opened: list[Vault], clock: FixedClock
) -> None:
    vault = open_as(made, COUNSELOR_PASSPHRASE, opened, clock)
    assert Supervision(vault).default_request() is False
    Supervision(vault).set_default_request(True)
    vault.lock()
    again = open_as(made, COUNSELOR_PASSPHRASE, opened, clock)
    assert Supervision(again).default_request() is True
    Supervision(again).set_default_request(False)
    assert Supervision(again).default_request() is False
    rows = [a for a in actions(again) if a[0] == "settings-cosign-default"]
    assert rows == [
        ("settings-cosign-default", None, "off"),
        ("settings-cosign-default", None, "on"),
    ]
    # Inside the encrypted database, not in keys.json or any other file in clear.
    assert "cosign" not in json.dumps(json.loads((made.folder / "keys.json").read_text()))
