"""Worksheets and scales in the vault: start, autosave, complete, reopen and history;
search over worksheet text; scale entries scored, stored and ordered for charts; the
migration that adds them; and their round trip through counselor-desk/1.
Real SQLCipher vaults in tmp_path."""

from __future__ import annotations

import copy
import shutil
import uuid
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any, Protocol

import pytest

from counselor_desk.domain.errors import (
    InvalidImport,
    RecordNotFound,
    ValidationError,
)
from counselor_desk.domain.measures import (
    WorksheetIsComplete,
    WorksheetStatus,
    WorksheetValuesInvalid,
)
from counselor_desk.domain.notes import NoteFormat
from counselor_desk.domain.records import Client, Session, SessionKind
from counselor_desk.domain.scales import FlagKind, InvalidAnswer, ScaleId
from counselor_desk.domain.worksheets import load_all, resources_dir
from counselor_desk.services import interchange
from counselor_desk.services.backups import Secret
from counselor_desk.services.caseload import Caseload
from counselor_desk.services.measures import Measures
from counselor_desk.services.rotation import rotate_key
from counselor_desk.vault import migrations
from counselor_desk.vault.backup import list_backups, read_manifest
from counselor_desk.vault.connection import IntegrityError
from counselor_desk.vault.keyslots import KdfParams
from counselor_desk.vault.search import search
from counselor_desk.vault.store import Vault, unlock_with_passphrase


class FixedClock(Protocol):
    """The conftest clock: ``clock.now``, ``clock.advance(**timedelta)``."""

    now: datetime

    def __call__(self) -> datetime: ...

    def advance(self, **delta: float) -> datetime: ...


PHQ9_MILD_WITH_ITEM_9 = {f"q{n}": 1 for n in range(1, 10)}  # total 9, item 9 above zero


@pytest.fixture
def vault(make_vault: Callable[..., Vault], clock: FixedClock) -> Vault:
    return make_vault(clock=clock)


@pytest.fixture
def caseload(vault: Vault) -> Caseload:
    return Caseload(vault)


@pytest.fixture
def measures(vault: Vault) -> Measures:
    return Measures(vault)


@pytest.fixture
def dana(caseload: Caseload) -> Client:
    return caseload.add_client(Client("Dana R.", sex="F"))


def add_session(caseload: Caseload, client: Client, start: str = "2026-03-01T16:00:00Z") -> Session:
    return caseload.add_session(
        Session(client.id, datetime.fromisoformat(start), 50, SessionKind.INDIVIDUAL)
    )


def moment(situation: str, **cells: Any) -> dict[str, Any]:
    """One filled row of the thought record (its required columns)."""
    row: dict[str, Any] = {
        "situation": situation,
        "mood_1": "angry",
        "mood_1_rating": 80,
        "thought_1": "Nobody listens to me.",
    }
    row.update(cells)
    return row


def actions(vault: Vault) -> list[str]:
    return [e.action for e in reversed(vault.audit.entries(vault.conn))]


def hits(vault: Vault, text: str) -> list[tuple[str, str]]:
    return [(h.kind, h.ref_id) for h in search(vault.conn, text)]


# -- definitions --------------------------------------------------------------------------


def test_definitions_are_loaded_once_with_their_problems(vault: Vault, tmp_path: Path) -> None:
    measures = Measures(vault)
    loaded = measures.definitions()
    assert measures.definitions() is loaded  # once
    assert {"thought_record", "safety_plan", "readiness_ruler"} <= set(loaded.definitions)
    assert loaded.problems == []

    folder = tmp_path / "worksheets"
    folder.mkdir()
    shutil.copy(resources_dir() / "readiness_ruler.toml", folder)
    (folder / "broken.toml").write_text('id = "broken"\nversion = 0\n', encoding="utf-8")
    custom = Measures(vault, catalog=load_all(folder))
    assert set(custom.definitions().definitions) == {"readiness_ruler"}
    [problem] = custom.definitions().problems
    assert "broken.toml" in str(problem) and "version" in str(problem)
    with pytest.raises(RecordNotFound, match="thought_record"):
        custom.start_worksheet("any", "thought_record")


# -- the worksheet life ---------------------------------------------------------------------


def test_start_autosave_complete_reopen_and_history(
    vault: Vault, measures: Measures, caseload: Caseload, dana: Client, clock: FixedClock
) -> None:
    session = add_session(caseload, dana)
    started = measures.start_worksheet(dana.id, "thought_record", session_id=session.id)
    assert started.status is WorksheetStatus.DRAFT
    assert started.session_id == session.id
    assert started.definition_version == 1
    assert started.values["moments"] and all(
        v in ("", None) for v in started.values["moments"][0].values()
    )  # blank, with the table's first row ready
    assert measures.history(started.id) == []

    clock.advance(minutes=1)
    draft = measures.save_worksheet(started.id, {"moments": [{"situation": "Late for work"}]})
    assert draft.updated_at == clock.now
    assert measures.worksheet(started.id).values == {"moments": [{"situation": "Late for work"}]}
    assert measures.history(started.id) == []  # autosaves write no version

    first = {"moments": [moment("Late for work, boss yelled")]}
    measures.save_worksheet(started.id, first)
    clock.advance(minutes=5)
    done = measures.complete_worksheet(started.id)
    assert done.status is WorksheetStatus.COMPLETE and done.is_complete
    assert done.completed_at == clock.now
    assert measures.worksheet(started.id) == done
    [v1] = measures.history(started.id)
    assert (v1.version, v1.status, v1.values, v1.saved_at) == (
        1,
        WorksheetStatus.COMPLETE,
        first,
        clock.now,
    )

    # A completed worksheet does not change until it is reopened (the database agrees).
    with pytest.raises(WorksheetIsComplete, match="reopen"):
        measures.save_worksheet(started.id, {"moments": [moment("Changed")]})
    with pytest.raises(WorksheetIsComplete):
        measures.complete_worksheet(started.id)
    with pytest.raises(IntegrityError, match="reopened"):
        vault.conn.execute("UPDATE worksheets SET values_json='{}' WHERE id=?", (started.id,))
    with pytest.raises(IntegrityError, match="append-only"):
        vault.conn.execute("DELETE FROM worksheet_versions")

    clock.advance(days=1)
    reopened = measures.reopen_worksheet(started.id)
    assert reopened.status is WorksheetStatus.DRAFT and reopened.completed_at is None
    with pytest.raises(ValidationError, match="not complete"):
        measures.reopen_worksheet(started.id)
    second = {"moments": [moment("Late for work, boss yelled", balanced_thought="He was rushed.")]}
    measures.save_worksheet(started.id, second)
    clock.advance(minutes=3)
    measures.complete_worksheet(started.id)

    history = measures.history(started.id)
    assert [(v.version, v.status) for v in history] == [
        (1, WorksheetStatus.COMPLETE),
        (2, WorksheetStatus.DRAFT),
        (3, WorksheetStatus.COMPLETE),
    ]
    assert history[0].values == first  # what was completed first stays as it was
    assert history[1].values == first  # reopened with these answers
    assert history[2].values == second
    assert measures.worksheets(dana.id) == [measures.worksheet(started.id)]

    log = actions(vault)
    assert log.count("create-worksheet") == 1
    assert log.count("complete-worksheet") == 2
    assert log.count("reopen-worksheet") == 1
    for entry in vault.audit.entries(vault.conn):
        assert "Dana" not in (entry.detail or "") and "boss" not in (entry.detail or "")
    assert vault.audit.verify(vault.conn, None) is None


def test_completing_with_missing_required_answers_is_refused_naming_the_field(
    measures: Measures, dana: Client
) -> None:
    ruler = measures.start_worksheet(dana.id, "readiness_ruler")
    measures.save_worksheet(ruler.id, {"change": "Stop drinking", "importance": 8})
    with pytest.raises(WorksheetValuesInvalid) as refused:
        measures.complete_worksheet(ruler.id)
    assert "How sure am I that I can make this change?" in str(refused.value)
    assert "an answer is needed" in str(refused.value)
    assert [p.path for p in refused.value.problems] == ["confidence"]
    assert measures.problems(ruler.id) == refused.value.problems
    [spanish] = measures.problems(ruler.id, language="es")
    assert spanish.path == "confidence" and "confianza" in spanish.message
    assert measures.worksheet(ruler.id).status is WorksheetStatus.DRAFT
    assert measures.history(ruler.id) == []

    # An empty table row does not count as an answer either.
    record = measures.start_worksheet(dana.id, "thought_record")
    with pytest.raises(WorksheetValuesInvalid, match="Moments to look at: needs at least"):
        measures.complete_worksheet(record.id)
    with pytest.raises(WorksheetValuesInvalid) as cell:
        measures.complete_worksheet(record.id, {"moments": [{"situation": "At the bus stop"}]})
    assert "moments[0].mood_1" in [p.path for p in cell.value.problems]
    assert "Moments to look at, row 1, Mood 1" in str(cell.value)


def test_a_draft_keeps_wrong_answers_and_completing_refuses_them(
    measures: Measures, dana: Client
) -> None:
    ruler = measures.start_worksheet(dana.id, "readiness_ruler")
    # Nothing typed is refused while drafting: a wrong answer is kept to be fixed later.
    for values in ({"importance": 11}, {"importance": "high"}):
        measures.save_worksheet(ruler.id, values)
        assert measures.worksheet(ruler.id).values == values
    # ... only what cannot be stored at all.
    with pytest.raises(WorksheetValuesInvalid) as refused:
        measures.save_worksheet(ruler.id, {"importance": 7, "mood": "fine"})
    assert "mood" in [p.path for p in refused.value.problems]
    assert measures.worksheet(ruler.id).values == {"importance": "high"}
    final = {"change": "Take my medicine daily", "importance": 11, "confidence": 6}
    with pytest.raises(WorksheetValuesInvalid) as incomplete:
        measures.complete_worksheet(ruler.id, final)
    assert "importance" in [p.path for p in incomplete.value.problems]
    assert not measures.worksheet(ruler.id).is_complete


def test_complete_with_values_saves_them_in_the_same_step(measures: Measures, dana: Client) -> None:
    ruler = measures.start_worksheet(dana.id, "readiness_ruler")
    final = {"change": "Take my medicine daily", "importance": 9, "confidence": 6}
    done = measures.complete_worksheet(ruler.id, final)
    assert done.values == final and done.is_complete
    assert measures.worksheet(ruler.id).values == final
    assert measures.history(ruler.id)[0].values == final


def test_session_must_be_the_clients_and_records_must_exist(
    measures: Measures, caseload: Caseload, dana: Client
) -> None:
    luis = caseload.add_client(Client("Luis P."))
    theirs = add_session(caseload, luis)
    with pytest.raises(ValidationError, match="another client"):
        measures.start_worksheet(dana.id, "readiness_ruler", session_id=theirs.id)
    with pytest.raises(ValidationError, match="another client"):
        measures.record_scale(dana.id, "craving", {"craving": 3}, date(2026, 3, 1), theirs.id)
    with pytest.raises(RecordNotFound):
        measures.start_worksheet("no-such-client", "readiness_ruler")
    with pytest.raises(RecordNotFound):
        measures.start_worksheet(dana.id, "no_such_worksheet")
    with pytest.raises(RecordNotFound):
        measures.worksheet("nope")
    with pytest.raises(RecordNotFound):
        measures.history("nope")
    assert measures.worksheets(dana.id) == []


def test_only_a_draft_never_completed_can_be_deleted(
    vault: Vault, measures: Measures, dana: Client
) -> None:
    scratch = measures.start_worksheet(dana.id, "decisional_balance")
    measures.save_worksheet(scratch.id, {"topic": "Gambling on weekends"})
    assert hits(vault, "gambling") == [("worksheet", scratch.id)]
    measures.delete_worksheet(scratch.id)
    assert measures.worksheets(dana.id) == []
    assert hits(vault, "gambling") == []

    kept = measures.complete_worksheet(
        measures.start_worksheet(dana.id, "readiness_ruler").id, {"importance": 5, "confidence": 5}
    )
    measures.reopen_worksheet(kept.id)
    with pytest.raises(WorksheetIsComplete, match="history"):
        measures.delete_worksheet(kept.id)
    assert actions(vault).count("delete-worksheet") == 1


# -- search ---------------------------------------------------------------------------------


def test_search_finds_worksheet_words_and_forgets_replaced_ones(
    vault: Vault, measures: Measures, dana: Client
) -> None:
    record = measures.start_worksheet(dana.id, "thought_record")
    measures.save_worksheet(
        record.id,
        {
            "moments": [
                moment("Argument with my landlord about the rent", hot_thought="thought_1"),
                moment("Saw my old dealer at the gas station"),
            ]
        },
    )
    [hit] = search(vault.conn, "landlord")
    assert (hit.kind, hit.ref_id, hit.client_id, hit.client_name) == (
        "worksheet",
        record.id,
        dana.id,
        "Dana R.",
    )
    assert "[landlord]" in hit.snippet
    assert hits(vault, "dealer") == [("worksheet", record.id)]  # a cell of the second row
    # A chosen option is found by its label, in English and in Spanish.
    assert ("worksheet", record.id) in hits(vault, "Pensamiento")

    measures.save_worksheet(record.id, {"moments": [moment("Argument with my sister")]})
    assert hits(vault, "landlord") == []
    assert hits(vault, "dealer") == []
    assert hits(vault, "sister") == [("worksheet", record.id)]

    # Completing and reopening keep the text findable, once.
    measures.complete_worksheet(record.id)
    measures.reopen_worksheet(record.id)
    assert hits(vault, "sister") == [("worksheet", record.id)]
    count = vault.conn.execute(
        "SELECT count(*) FROM search_index WHERE kind='worksheet' AND ref_id=?", (record.id,)
    ).fetchone()[0]
    assert count == 1


# -- scales ---------------------------------------------------------------------------------


def test_a_scale_is_scored_and_stored_item_by_item(
    vault: Vault, measures: Measures, caseload: Caseload, dana: Client, clock: FixedClock
) -> None:
    session = add_session(caseload, dana)
    entry = measures.record_scale(
        dana.id, ScaleId.PHQ9, PHQ9_MILD_WITH_ITEM_9, date(2026, 3, 1), session_id=session.id
    )
    assert (entry.total, entry.band) == (9, "mild")
    assert entry.safety_flag and entry.has_flag(FlagKind.SAFETY)
    assert not entry.has_flag(FlagKind.POSITIVE_SCREEN)
    assert entry.created_at == clock.now
    assert entry.sex is None  # kept for AUDIT-C only
    stored = measures.scale_entry(entry.id)
    assert stored == entry
    assert stored.answers == PHQ9_MILD_WITH_ITEM_9

    no_flag = measures.record_scale(
        dana.id, "phq9", {**PHQ9_MILD_WITH_ITEM_9, "q9": 0, "q1": 3}, date(2026, 3, 8)
    )
    assert (no_flag.total, no_flag.band, no_flag.flags) == (10, "moderate", no_flag.flags)
    assert not no_flag.safety_flag and no_flag.has_flag(FlagKind.POSITIVE_SCREEN)

    craving = measures.record_scale(dana.id, "craving", {"craving": 4}, date(2026, 3, 8))
    assert (craving.total, craving.band, craving.flags) == (4, None, ())

    assert actions(vault).count("record-scale") == 3
    for audit in vault.audit.entries(vault.conn):
        assert "Dana" not in (audit.detail or "")


def test_a_wrong_answer_is_refused_naming_the_item_and_stores_nothing(
    vault: Vault, measures: Measures, dana: Client
) -> None:
    with pytest.raises(InvalidAnswer, match="q9") as missing:
        measures.record_scale(dana.id, "phq9", {f"q{n}": 0 for n in range(1, 9)}, date(2026, 3, 1))
    assert missing.value.item_key == "q9"
    with pytest.raises(InvalidAnswer, match="cannot be 4"):
        measures.record_scale(dana.id, "gad7", {f"q{n}": 4 for n in range(1, 8)}, date.today())
    with pytest.raises(ValidationError, match="no scale 'bdi'"):
        measures.record_scale(dana.id, "bdi", {}, date.today())
    assert measures.scale_entries(dana.id) == []
    assert "record-scale" not in actions(vault)


def test_audit_c_uses_the_clients_sex_unless_given(
    measures: Measures, caseload: Caseload, dana: Client
) -> None:
    answers = {"q1": 1, "q2": 1, "q3": 1}  # total 3: positive for women, not for men
    hers = measures.record_scale(dana.id, "audit_c", answers, date(2026, 3, 1))
    assert (hers.sex, hers.band) == ("F", "positive")
    as_male = measures.record_scale(dana.id, "audit_c", answers, date(2026, 3, 2), sex="M")
    assert (as_male.sex, as_male.band) == ("M", "negative")
    unknown = caseload.add_client(Client("Sam K."))
    theirs = measures.record_scale(unknown.id, "audit_c", answers, date(2026, 3, 1))
    assert theirs.sex is None and theirs.band == "positive"
    assert theirs.has_flag(FlagKind.NOTE)  # says the lower cut-off was used


def test_scale_entries_come_in_chart_order(
    measures: Measures, caseload: Caseload, dana: Client, clock: FixedClock
) -> None:
    for day, value in ((15, 6), (1, 8), (8, 7)):
        clock.advance(minutes=1)
        measures.record_scale(dana.id, "craving", {"craving": value}, date(2026, 3, day))
    clock.advance(minutes=1)
    measures.record_scale(dana.id, "phq9", PHQ9_MILD_WITH_ITEM_9, date(2026, 3, 2))
    clock.advance(minutes=1)
    measures.record_scale(dana.id, "craving", {"craving": 2}, date(2026, 3, 8))  # same day

    cravings = measures.scale_entries(dana.id, "craving")
    assert [(e.taken_on.day, e.total) for e in cravings] == [(1, 8), (8, 7), (8, 2), (15, 6)]
    assert [e.scale for e in measures.scale_entries(dana.id)] == [
        ScaleId.CRAVING,
        ScaleId.PHQ9,
        ScaleId.CRAVING,
        ScaleId.CRAVING,
        ScaleId.CRAVING,
    ]
    assert measures.scale_entries(caseload.add_client(Client("Other")).id) == []


# -- migration ------------------------------------------------------------------------------


def test_a_version_1_vault_is_backed_up_then_gains_the_tables(
    make_vault: Callable[..., Vault], passphrase: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:1])
        patch.setattr(migrations, "LATEST_VERSION", 1)
        old = make_vault()
        assert migrations.schema_version(old.conn) == 1
        caseload = Caseload(old)
        client = caseload.add_client(Client("Dana R."))
        note = caseload.start_note(add_session(caseload, client).id, NoteFormat.FREE)
        old.lock()
    assert list_backups(old.folder) == []

    vault = unlock_with_passphrase(old.folder, passphrase)
    try:
        [made] = list_backups(vault.folder)
        assert read_manifest(made).schema_version == 1  # taken before the change
        assert migrations.schema_version(vault.conn) == migrations.LATEST_VERSION
        tables = {
            r[0] for r in vault.conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        assert {"worksheets", "worksheet_versions", "scale_entries"} <= tables
        log = actions(vault)
        assert log.index("backup") < log.index("migrate") < log.index("unlock")
        # Old records are still there, and the new ones work.
        assert Caseload(vault).note(note.id).id == note.id
        measures = Measures(vault)
        sheet = measures.start_worksheet(client.id, "decisional_balance")
        measures.save_worksheet(sheet.id, {"topic": "Quitting pills"})
        assert hits(vault, "pills") == [("worksheet", sheet.id)]
        measures.record_scale(client.id, "craving", {"craving": 1}, date(2026, 3, 1))
        assert vault.integrity_problems() == []
    finally:
        vault.lock()


def test_worksheets_history_and_scales_survive_a_key_rotation(
    make_vault: Callable[..., Vault], passphrase: str, clock: FixedClock
) -> None:
    vault = make_vault(clock=clock)
    dana = fill_caseload(vault, clock)
    before = interchange.export_data(vault)
    folder = vault.folder
    vault.lock()
    rotate_key(folder, Secret(passphrase=passphrase), passphrase, kdf=KdfParams(1, 1024, 1))

    again = unlock_with_passphrase(folder, passphrase)
    try:
        after = interchange.export_data(again)
        assert without_exported_at(after) == without_exported_at(before)
        measures = Measures(again)
        record = measures.worksheets(dana.id)[0]
        assert [v.version for v in measures.history(record.id)] == [1, 2]
        assert hits(again, "landlord") == [("worksheet", record.id)]
        # The history is still append-only, and a complete worksheet still guarded.
        with pytest.raises(IntegrityError, match="append-only"):
            again.conn.execute("DELETE FROM worksheet_versions")
        measures.save_worksheet(record.id, {"moments": [moment("A new landlord fight")]})
        assert hits(again, "fight") == [("worksheet", record.id)]
    finally:
        again.lock()


# -- interchange ----------------------------------------------------------------------------


def fill_caseload(vault: Vault, clock: FixedClock) -> Client:
    caseload, measures = Caseload(vault), Measures(vault)
    dana = caseload.add_client(Client("Dana R.", sex="F"))
    caseload.add_client(Client("Luis P."))  # nothing of these: no lists in his record
    session = add_session(caseload, dana)
    record = measures.start_worksheet(dana.id, "thought_record", session_id=session.id)
    measures.save_worksheet(record.id, {"moments": [moment("Argument with my landlord")]})
    clock.advance(minutes=5)
    measures.complete_worksheet(record.id)
    clock.advance(minutes=5)
    measures.reopen_worksheet(record.id)
    measures.save_worksheet(
        record.id, {"moments": [moment("Argument with my landlord", evidence_for="He shouted.")]}
    )
    clock.advance(minutes=5)
    plan = measures.start_worksheet(dana.id, "safety_plan")
    measures.complete_worksheet(
        plan.id,
        {
            "warning_signs": "Not sleeping, skipping meals",
            "things_alone": "Walk the dog",
            "help_people": [{"name": "Sam R.", "phone": "555-0101"}],
            "reason_for_living": "My daughter",
        },
    )
    measures.record_scale(dana.id, "phq9", PHQ9_MILD_WITH_ITEM_9, date(2026, 3, 1), session.id)
    clock.advance(minutes=1)
    measures.record_scale(dana.id, "audit_c", {"q1": 1, "q2": 1, "q3": 1}, date(2026, 3, 1))
    measures.record_scale(
        dana.id, "cows", {**dict.fromkeys(COWS_ITEMS, 1), "gooseflesh": 3}, date(2026, 2, 20)
    )
    return dana


COWS_ITEMS = (
    "resting_pulse",
    "sweating",
    "restlessness",
    "pupils",
    "aches",
    "runny_nose",
    "gi_upset",
    "tremor",
    "yawning",
    "anxiety",
    "gooseflesh",
)


def without_exported_at(document: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in document.items() if k != "exported_at"}


def test_worksheets_and_scales_round_trip_identically(
    make_vault: Callable[..., Vault], clock: FixedClock
) -> None:
    first = make_vault("first", clock=clock)
    dana = fill_caseload(first, clock)
    exported = interchange.export_data(first)
    assert interchange.validate(exported) == []
    records = {c["display_name"]: c for c in exported["clients"]}
    assert "worksheets" not in records["Luis P."] and "scale_entries" not in records["Luis P."]
    worksheets = records["Dana R."]["worksheets"]
    assert [w["definition_id"] for w in worksheets] == ["thought_record", "safety_plan"]
    assert [v["status"] for v in worksheets[0]["versions"]] == ["complete", "draft"]
    assert worksheets[0]["status"] == "draft" and worksheets[0]["completed_at"] is None
    assert worksheets[1]["completed_at"] == "2024-05-06T09:45:00Z"
    entries = records["Dana R."]["scale_entries"]
    assert [(e["scale"], e["total"], e["band"]) for e in entries] == [
        ("cows", 13, "moderate"),
        ("phq9", 9, "mild"),
        ("audit_c", 3, "positive"),
    ]  # by date, then by entry time
    assert entries[1]["flags"][0]["kind"] == "safety"
    assert entries[2]["sex"] == "F" and entries[1]["sex"] is None

    second = make_vault("second", clock=clock)
    summary = interchange.import_data(second, copy.deepcopy(exported))
    assert (summary.worksheets, summary.scale_entries) == (2, 3)
    assert "worksheets=2 scale_entries=3" in summary.describe()
    again = interchange.export_data(second)
    assert without_exported_at(again) == without_exported_at(exported)

    # The imported vault works as the first: history, search, charts.
    measures = Measures(second)
    record_id = worksheets[0]["id"]
    assert [v.version for v in measures.history(record_id)] == [1, 2]
    assert hits(second, "landlord") == [("worksheet", record_id)]
    assert hits(second, "daughter") == [("worksheet", worksheets[1]["id"])]
    assert [e.total for e in measures.scale_entries(dana.id, "phq9")] == [9]
    assert measures.scale_entries(dana.id, "phq9")[0].safety_flag


def test_import_refuses_bad_worksheets_and_scales_with_json_paths(
    make_vault: Callable[..., Vault], clock: FixedClock
) -> None:
    source = make_vault("source", clock=clock)
    fill_caseload(source, clock)
    good = interchange.export_data(source)
    dana_index = next(i for i, c in enumerate(good["clients"]) if c["display_name"] == "Dana R.")
    at = f"$.clients[{dana_index}]"

    document = copy.deepcopy(good)
    dana = document["clients"][dana_index]
    dana["worksheets"][0]["values"]["moments"][0]["mood_1_rating"] = 140
    dana["worksheets"][0]["versions"][0]["values"]["moments"][0]["colour"] = "red"
    dana["worksheets"][1]["definition_id"] = "dream_journal"
    dana["scale_entries"][1]["total"] = 5
    dana["scale_entries"][1]["flags"] = []
    dana["scale_entries"][2]["band"] = "negative"
    dana["scale_entries"][0]["answers"]["pupils"] = 3

    target = make_vault("target", clock=clock)
    with pytest.raises(InvalidImport) as refused:
        interchange.import_data(target, document)
    problems = {p.path: p.message for p in refused.value.problems}
    # worksheets[0] is a draft: its out-of-range rating is kept as typed (completing would
    # refuse it), but a column the table does not have cannot be stored.
    assert set(problems) == {
        f"{at}.worksheets[0].versions[0].values.moments[0].colour",
        f"{at}.worksheets[1].definition_id",
        f"{at}.scale_entries[1].total",
        f"{at}.scale_entries[1].flags",
        f"{at}.scale_entries[2].band",
        f"{at}.scale_entries[0].answers.pupils",
    }
    assert "no worksheet 'dream_journal'" in problems[f"{at}.worksheets[1].definition_id"]
    assert "add up to 9" in problems[f"{at}.scale_entries[1].total"]
    assert "safety" in problems[f"{at}.scale_entries[1].flags"]
    assert '"positive"' in problems[f"{at}.scale_entries[2].band"]
    assert "cannot be 3" in problems[f"{at}.scale_entries[0].answers.pupils"]
    # Nothing was written.
    assert target.conn.execute("SELECT count(*) FROM clients").fetchone()[0] == 0
    assert target.conn.execute("SELECT count(*) FROM worksheets").fetchone()[0] == 0
    assert hits(target, "landlord") == []


def test_an_existing_worksheet_or_scale_entry_id_is_refused(
    make_vault: Callable[..., Vault], clock: FixedClock
) -> None:
    vault = make_vault(clock=clock)
    fill_caseload(vault, clock)
    document = interchange.export_data(vault)
    for record in document["clients"]:  # new ids for everything but worksheets and scales
        record["id"] = str(uuid.uuid4())
        for item in record["sessions"]:
            item["id"] = str(uuid.uuid4())
        for worksheet in record.get("worksheets", []):
            worksheet["session_id"] = None
        for entry in record.get("scale_entries", []):
            entry["session_id"] = None
    paths = [p.path for p in interchange.validate(document, vault)]
    assert paths == [
        "$.clients[0].worksheets[0].id",
        "$.clients[0].worksheets[1].id",
        "$.clients[0].scale_entries[0].id",
        "$.clients[0].scale_entries[1].id",
        "$.clients[0].scale_entries[2].id",
    ]
