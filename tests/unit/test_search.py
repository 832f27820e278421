"""Full-text search: what is found, what never raises, ranking, snippets, and LiveSearch."""

from __future__ import annotations

import threading
import time
import unicodedata
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from counselor_desk.domain.notes import Note, NoteFormat
from counselor_desk.domain.records import Client, CounselingNote, Session, SessionKind
from counselor_desk.services import search as search_service
from counselor_desk.services.caseload import Caseload
from counselor_desk.services.search import LiveSearch, SearchService
from counselor_desk.vault import sessions
from counselor_desk.vault.search import SearchHit, match_expression, search
from counselor_desk.vault.store import Vault

START = datetime(2024, 5, 6, 9, 0, tzinfo=UTC)


@pytest.fixture
def vault(make_vault: Callable[..., Vault]) -> Vault:
    return make_vault()


@pytest.fixture
def caseload(vault: Vault) -> Caseload:
    return Caseload(vault)


@pytest.fixture
def service(vault: Vault) -> SearchService:
    return SearchService(vault)


def write_note(caseload: Caseload, client: Client, text: str, *, sign: bool = False) -> Note:
    session = caseload.add_session(Session(client.id, START, 50, SessionKind.INDIVIDUAL))
    note = caseload.start_note(session.id, NoteFormat.FREE)
    saved = caseload.save_draft(note.with_sections({"text": text}))
    return caseload.sign_note(note.id, "A. Rivera") if sign else saved


def found(service: SearchService, text: str) -> set[tuple[str, str]]:
    return {(h.kind, h.ref_id) for h in service.search(text)}


# -- what is found --------------------------------------------------------------------------


def test_names_notes_addenda_and_counseling_notes_are_found(
    caseload: Caseload, service: SearchService
) -> None:
    dana = caseload.add_client(Client("Dana Rosewood", legal_name="Danielle Rosewood"))
    note = write_note(caseload, dana, "Talked about the quarry job interview.", sign=True)
    addendum = caseload.add_addendum(note.id, "Interview moved to Thursday morning.", "A. Rivera")
    private = caseload.add_counseling_note(CounselingNote(dana.id, "My hunch: grief about Lupe."))

    assert found(service, "rosewood") == {("client", dana.id)}
    assert found(service, "danielle") == {("client", dana.id)}
    assert found(service, "quarry") == {("note", note.id)}
    assert found(service, "thursday") == {("addendum", addendum.id)}
    assert found(service, "lupe") == {("counseling-note", private.id)}
    assert found(service, "interview") == {("note", note.id), ("addendum", addendum.id)}
    [hit] = service.search("quarry")
    assert hit.client_id == dana.id
    assert hit.client_name == "Dana Rosewood"
    assert hit.at == START


def test_a_renamed_client_is_found_by_the_new_name_only(
    caseload: Caseload, service: SearchService
) -> None:
    client = caseload.add_client(Client("Dana Rosewood"))
    caseload.update_client(replace(client, display_name="Dana Thornfield"))
    assert found(service, "thornfield") == {("client", client.id)}
    assert found(service, "rosewood") == set()


@pytest.mark.parametrize(
    "query",
    ["nunez", "NUNEZ", "Núñez", "núñez", unicodedata.normalize("NFD", "Núñez"), "nuñ"],
    ids=["plain", "upper", "accented", "lower-accented", "decomposed", "prefix"],
)
def test_spanish_accents_match_without_accents(
    caseload: Caseload, service: SearchService, query: str
) -> None:
    client = caseload.add_client(Client("Ana Núñez"))
    assert found(service, query) == {("client", client.id)}


def test_text_stored_without_accents_is_found_with_them(
    caseload: Caseload, service: SearchService
) -> None:
    client = caseload.add_client(Client("Ines Pena"))
    note = write_note(caseload, client, unicodedata.normalize("NFD", "Habló de la recaída."))
    assert found(service, "Peña") == {("client", client.id)}
    assert found(service, "recaida") == {("note", note.id)}
    assert found(service, "recaída") == {("note", note.id)}


@pytest.mark.parametrize(
    "query",
    [
        'dana"',
        '"',
        '""',
        "o-neil",
        "AND",
        "OR",
        "NOT",
        "dana AND",
        "NEAR(",
        "NEAR(dana kim, 2)",
        "*",
        "dana*",
        "^dana",
        "body:dana",
        "-dana",
        "+",
        "(",
        ")",
        "'",
        "{kind}: dana",
        "dana ' OR 1=1 --",
        "",
        "   ",
        "\x00",
        "🙂",
    ],
)
def test_raw_user_input_never_raises(
    caseload: Caseload, service: SearchService, query: str
) -> None:
    caseload.add_client(Client("Dana O'Neil"))
    hits = service.search(query)
    assert isinstance(hits, list)


@pytest.mark.parametrize("query", ['dana"', "o-neil", "O'Neil", "dana*", "(dana)", "Dana   O"])
def test_punctuation_in_a_query_still_finds_the_words(
    caseload: Caseload, service: SearchService, query: str
) -> None:
    client = caseload.add_client(Client("Dana O'Neil"))
    caseload.add_client(Client("Kim Park"))
    assert found(service, query) == {("client", client.id)}


def test_operator_words_are_searched_as_words(caseload: Caseload, service: SearchService) -> None:
    client = caseload.add_client(Client("Dana R."))
    note = write_note(caseload, client, "Wants to go back to school OR find work.")
    caseload.add_client(Client("Kim Park"))
    # An unquoted OR would make "kim OR work" match Kim's name too.
    assert found(service, "school OR") == {("note", note.id)}
    assert found(service, "kim OR work") == set()


def test_the_last_word_is_prefix_matched_while_typing(
    caseload: Caseload, service: SearchService
) -> None:
    client = caseload.add_client(Client("Dana R."))
    note = write_note(caseload, client, "Strong cravings after the funeral.")
    assert found(service, "crav") == {("note", note.id)}
    assert found(service, "crav ") == set()
    assert found(service, "cravings ") == {("note", note.id)}
    # Only the last word is a prefix: earlier words must be whole.
    assert found(service, "crav funeral") == set()
    assert found(service, "cravings fun") == {("note", note.id)}
    assert match_expression("crav ") == '"crav"'
    assert match_expression("crav", prefix_last=False) == '"crav"'


def test_better_matches_come_first(caseload: Caseload, service: SearchService) -> None:
    weak = caseload.add_client(Client("Al K."))
    strong = caseload.add_client(Client("Bo L."))
    weak_note = write_note(
        caseload,
        weak,
        "Long session about housing, the bus schedule, the new job, his sister's wedding, "
        "court dates, the pharmacy hours and, once, relapse.",
    )
    strong_note = write_note(caseload, strong, "Relapse. Relapse prevention plan after relapse.")
    assert [h.ref_id for h in service.search("relapse")] == [strong_note.id, weak_note.id]


def test_snippet_marks_the_words_found(caseload: Caseload, vault: Vault) -> None:
    client = caseload.add_client(Client("Dana R."))
    write_note(caseload, client, "She described strong cravings on weekends.")
    [hit] = search(vault.conn, "craving")
    assert "[cravings]" in hit.snippet
    [hit] = search(vault.conn, "craving", marks=("<b>", "</b>"))
    assert "<b>cravings</b>" in hit.snippet
    assert "weekends" in hit.snippet


def test_archived_clients_can_be_left_out(caseload: Caseload, vault: Vault) -> None:
    gone = caseload.add_client(Client("Dana Archer"))
    caseload.archive_client(gone.id)
    assert [h.client_id for h in search(vault.conn, "archer")] == [gone.id]
    assert search(vault.conn, "archer", include_archived=False) == []


def test_changed_draft_text_is_no_longer_found(caseload: Caseload, service: SearchService) -> None:
    client = caseload.add_client(Client("Dana R."))
    note = write_note(caseload, client, "Mentioned the zeppelinfield warehouse.")
    assert found(service, "zeppelinfield") == {("note", note.id)}
    caseload.save_draft(note.with_sections({"text": "Mentioned a warehouse."}))
    assert found(service, "zeppelinfield") == set()
    assert found(service, "warehouse") == {("note", note.id)}


def test_deleted_text_is_gone_and_secure_delete_is_on(
    caseload: Caseload, vault: Vault, service: SearchService
) -> None:
    client = caseload.add_client(Client("Dana R."))
    note = write_note(caseload, client, "Mentioned the quixotrand clinic.")
    counseling = caseload.add_counseling_note(CounselingNote(client.id, "Private: vexbramble."))
    with vault.transaction() as conn:
        sessions.delete_draft(conn, note.id)
        conn.execute("DELETE FROM counseling_notes WHERE id = ?", (counseling.id,))
    assert found(service, "quixotrand") == set()
    assert found(service, "vexbramble") == set()
    config = dict(vault.conn.execute("SELECT k, v FROM search_index_config").fetchall())
    assert config.get("secure-delete") == 1


# -- LiveSearch -----------------------------------------------------------------------------


class Deliveries:
    """Collects deliver() calls from the worker thread; wait_for(gen) blocks until it arrives."""

    def __init__(self) -> None:
        self.calls: list[tuple[int, str, list[SearchHit]]] = []
        self._lock = threading.Lock()
        self._arrived = threading.Condition(self._lock)
        self.threads: set[str] = set()

    def __call__(self, generation: int, text: str, hits: list[SearchHit]) -> None:
        with self._arrived:
            self.calls.append((generation, text, hits))
            self.threads.add(threading.current_thread().name)
            self._arrived.notify_all()

    def wait_for(self, generation: int, timeout: float = 5.0) -> bool:
        with self._arrived:
            return self._arrived.wait_for(
                lambda: any(g == generation for g, _, _ in self.calls), timeout
            )

    @property
    def generations(self) -> list[int]:
        with self._lock:
            return [g for g, _, _ in self.calls]


def live_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "live-search"]


@pytest.fixture
def typed_caseload(caseload: Caseload) -> Caseload:
    for i, word in enumerate(["cravings", "craft fair", "crane operator", "crayons", "cradle"]):
        client = caseload.add_client(Client(f"Client {i}"))
        write_note(caseload, client, f"Talked about {word}.")
    return caseload


def test_live_search_delivers_the_newest_query_with_correct_results(
    typed_caseload: Caseload, vault: Vault, service: SearchService
) -> None:
    deliveries = Deliveries()
    live = LiveSearch(vault, deliveries)
    try:
        typed = ["c", "cr", "cra", "crav", "cravi", "cravin", "craving"] * 5 + ["cra", "cran"]
        generations = [live.submit(text) for text in typed]
        assert generations == list(range(1, len(typed) + 1))
        assert deliveries.wait_for(generations[-1])
        live.close()
        # Deliveries come in order, each answering its own text correctly, newest last.
        delivered = deliveries.generations
        assert delivered == sorted(set(delivered))
        assert delivered[-1] == generations[-1]
        for generation, text, hits in deliveries.calls:
            assert text == typed[generation - 1]
            assert hits == service.search(text)
        assert [h.snippet for h in deliveries.calls[-1][2]] == ["Talked about [crane] operator."]
        assert deliveries.threads == {"live-search"}
    finally:
        live.close()


def test_live_search_skips_queries_overtaken_while_waiting(
    typed_caseload: Caseload, vault: Vault
) -> None:
    entered = threading.Event()
    release = threading.Event()
    calls: list[tuple[int, str, int]] = []

    def deliver(generation: int, text: str, hits: list[SearchHit]) -> None:
        calls.append((generation, text, len(hits)))
        if generation == 1:
            entered.set()
            release.wait(5)

    live = LiveSearch(vault, deliver)
    try:
        live.submit("c")
        assert entered.wait(5)
        # The worker is busy delivering "c": these keystrokes pile up; only the last counts.
        for text in ["cr", "cra", "crav", "cravi"]:
            live.submit(text)
        release.set()
        for _ in range(100):
            if len(calls) >= 2:
                break
            time.sleep(0.05)
        time.sleep(0.2)  # room for a wrong extra delivery to show up
        assert calls == [(1, "c", 10), (5, "cravi", 1)]
    finally:
        release.set()
        live.close()


def test_live_search_drops_an_answer_that_went_stale_while_searching(
    typed_caseload: Caseload, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_search = search_service.search
    in_search = threading.Event()
    release = threading.Event()

    def slow_search(conn: object, text: str, **kwargs: object) -> list[SearchHit]:
        hits = real_search(conn, text, **kwargs)  # type: ignore[arg-type]
        if text == "c":
            in_search.set()
            release.wait(5)
        return hits

    monkeypatch.setattr(search_service, "search", slow_search)
    deliveries = Deliveries()
    live = LiveSearch(vault, deliveries)
    try:
        live.submit("c")
        assert in_search.wait(5)
        live.submit("crane")  # arrives while "c" is still being answered
        release.set()
        assert deliveries.wait_for(2)
        live.close()
        assert [(g, t, len(h)) for g, t, h in deliveries.calls] == [(2, "crane", 1)]
    finally:
        release.set()
        live.close()


def test_live_search_close_stops_the_worker_and_releases_its_connection(
    typed_caseload: Caseload, vault: Vault
) -> None:
    before = len(vault._connections)
    deliveries = Deliveries()
    live = LiveSearch(vault, deliveries)
    assert len(vault._connections) == before + 1
    assert live_threads()
    live.submit("crav")
    assert deliveries.wait_for(1)
    live.close()
    assert live_threads() == []
    assert len(vault._connections) == before
    live.submit("cran")  # after close: ignored, never delivered, never raises
    time.sleep(0.1)
    assert deliveries.generations == [1]
    live.close()  # twice is harmless
