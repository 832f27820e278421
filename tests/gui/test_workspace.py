"""The window's one path for writes: committed off the UI thread, announced on it."""

from __future__ import annotations

import threading

from counselor_desk.domain.records import Client
from counselor_desk.services.caseload import Caseload


def test_a_write_commits_on_the_worker_and_reports_on_the_ui_thread(qtbot, workspace) -> None:
    ui_thread = threading.get_ident()
    seen: dict[str, int] = {}

    def job(caseload: Caseload) -> Client:
        seen["job"] = threading.get_ident()
        return caseload.add_client(Client("Lupe G."))

    results: list[Client] = []
    with qtbot.waitSignal(workspace.changed, timeout=5000) as signal:
        workspace.write(job, changed=("client", "new"), on_done=results.append)
    assert signal.args == ["client", "new"]
    assert seen["job"] != ui_thread
    assert [c.display_name for c in results] == ["Lupe G."]
    # Committed: the UI thread's own connection sees it.
    assert "Lupe G." in [c.display_name for c in workspace.caseload.clients()]


def test_a_failed_write_is_one_sentence_and_changes_nothing(qtbot, workspace) -> None:
    with qtbot.waitSignal(workspace.failed, timeout=5000) as signal:
        workspace.write(lambda caseload: caseload.add_client(Client("  ")))
    assert signal.args == ["A client needs a display name."]
    assert workspace.caseload.clients() == []


def test_search_answers_arrive_on_the_ui_thread_newest_only(qtbot, workspace, ids) -> None:
    answers: list[tuple[int, str, list[object]]] = []
    workspace.search_answered.connect(lambda g, t, h: answers.append((g, t, h)))
    for text in ("c", "cr", "cra", "crav"):
        last = workspace.search(text)
    qtbot.waitUntil(lambda: any(g == last for g, _t, _h in answers), timeout=5000)
    generation, text, hits = answers[-1]
    assert (generation, text) == (last, "crav")
    assert hits and hits[0].client_id == ids["dana"]


def test_close_drains_writes_then_locks(qtbot, workspace, open_vault) -> None:
    for name in ("A.", "B.", "C."):
        workspace.write(lambda caseload, n=name: caseload.add_client(Client(n)))
    workspace.close()
    assert not open_vault.is_open


def test_a_write_can_name_another_use_case_class(qtbot, workspace, ids) -> None:
    from counselor_desk.services.measures import Measures

    started: list[str] = []
    with qtbot.waitSignal(workspace.changed, timeout=5000):
        workspace.write(
            lambda measures: measures.start_worksheet(ids["dana"], "decisional_balance").id,
            service=Measures,
            changed=("worksheet", ids["dana"]),
            on_done=started.append,
        )
    assert [w.id for w in workspace.measures.worksheets(ids["dana"])] == started
