"""The issue-4 pieces inside the real window: the chart's treatment-plan and support-network
tabs follow the client shown, search hits open plans and network members, the Today list
opens a plan due for review, the group notes window survives a lock with its draft saved,
and a supervisor's unlock signs with the supervisor's own name."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence

from counselor_desk.domain.network import MemberKind, NetworkMember, Strength
from counselor_desk.domain.supervision import SlotRole
from counselor_desk.domain.treatment_plan import Goal, Intervention, Objective, Problem
from counselor_desk.services.groups import Groups
from counselor_desk.services.network import Network
from counselor_desk.services.plans import Plans
from counselor_desk.services.screening import Due, DueReason
from counselor_desk.ui.main_window import MainWindow
from counselor_desk.ui.today_view import TodayDialog
from counselor_desk.vault.search import SearchHit
from counselor_desk.vault.store import unlock_with_passphrase

# The offscreen platform cannot raise a window; a real desktop does.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "This plugin does not support raise"
)

WAIT = 10_000


@pytest.fixture
def window(qtbot, vaults_root: Path, ui_settings, cheap_kdf):  # type: ignore[no-untyped-def]
    win = MainWindow(vaults_root, ui_settings, kdf=cheap_kdf, autosave_ms=50)
    qtbot.addWidget(win)
    win.show()
    yield win
    if win.workspace is not None:
        win.lock("quit")


def active_plan_for(vault, client_id: str, review: date):  # type: ignore[no-untyped-def]
    plans = Plans(vault)
    draft = plans.start_plan(client_id)
    objective = Objective(
        "Attends two NA meetings a week for 8 weeks",
        target_date=date.today() + timedelta(days=56),
        interventions=(Intervention("Meeting list, sponsor talk", "Counselor", "Weekly"),),
    )
    goal = Goal("Stay off fentanyl and keep my job", objectives=(objective,))
    problems = (Problem("Opioid use disorder, early remission", goals=(goal,)),)
    plans.save_plan(replace(draft, problems=problems))
    return plans.activate(draft.id, review)


def hit(kind: str, ref_id: str, client_id: str) -> SearchHit:
    return SearchHit(kind, ref_id, client_id, "", None, "")


def test_plan_and_network_tabs_follow_the_client_and_search_hits_open_them(
    qtbot, window, open_vault, ids
) -> None:
    plan = active_plan_for(open_vault, ids["dana"], date.today() + timedelta(days=30))
    sister = Network(open_vault).add(
        NetworkMember(ids["marcus"], "Ana T.", MemberKind("family"), Strength("strong"))
    )
    window.open_vault(open_vault)
    desk = window.desk
    assert desk is not None
    titles = [desk.chart.tabs.tabText(i) for i in range(desk.chart.tabs.count())]
    assert "Treatment plan" in titles and "Support network" in titles

    desk.open_hit(hit("plan", plan.id, ids["dana"]))
    qtbot.waitUntil(lambda: desk.plans.current_plan_id == plan.id, timeout=WAIT)
    assert desk.chart.current_client_id == ids["dana"]
    assert desk.chart.tabs.currentWidget() is desk.plans

    desk.open_hit(hit("network", sister.id, ids["marcus"]))
    qtbot.waitUntil(lambda: desk.network.current_member_id == sister.id, timeout=WAIT)
    assert desk.chart.current_client_id == ids["marcus"]
    assert desk.network.current_client_id == ids["marcus"]
    assert desk.plans.current_plan_id != plan.id  # Dana's plan is not left showing


def test_today_opens_a_plan_due_for_review(qtbot, monkeypatch, window, open_vault, ids) -> None:
    plan = active_plan_for(open_vault, ids["marcus"], date.today() + timedelta(days=1))
    chosen = Due(ids["marcus"], "Marcus T.", DueReason.PLAN_REVIEW, plan_id=plan.id)
    monkeypatch.setattr(
        TodayDialog, "ask_due", classmethod(lambda cls, ws, parent=None, today=None: chosen)
    )
    window.open_vault(open_vault)
    window.act_today.trigger()
    desk = window.desk
    assert desk is not None
    qtbot.waitUntil(lambda: desk.plans.current_plan_id == plan.id, timeout=WAIT)
    assert desk.chart.tabs.currentWidget() is desk.plans


def test_the_group_window_keeps_its_draft_through_a_lock(
    qtbot, window, open_vault, ids, passphrase
) -> None:
    window.open_vault(open_vault)
    assert QKeySequence("Ctrl+G") in window.act_groups.shortcuts()
    window.act_groups.trigger()
    groups = window.group_window
    assert groups is not None and groups.isVisible()
    groups.new_button.click()
    qtbot.waitUntil(lambda: groups.current_group_id is not None, timeout=WAIT)
    group_id = groups.current_group_id
    groups.topic.setFocus()
    qtbot.keyClicks(groups.topic, "Coping with weekends")

    window.lock("manual")  # typed a moment ago: the lock saves it first
    assert window.group_window is None
    folder = open_vault.folder
    vault = unlock_with_passphrase(folder, passphrase)
    try:
        assert Groups(vault).group(group_id).topic == "Coping with weekends"
        window.open_vault(vault)
        reopened = window.group_window
        assert reopened is not None and reopened.isVisible()
        assert reopened.current_group_id == group_id
        assert reopened.topic.text() == "Coping with weekends"
    finally:
        window.lock("quit")
        vault.lock()


def test_a_supervisor_signs_with_their_own_name(
    qtbot, window, open_vault, ids, passphrase, cheap_kdf
) -> None:
    open_vault.add_slot(
        "Dr. L. Okafor, LCADC", "supervisor orbit candle river", cheap_kdf, role=SlotRole.SUPERVISOR
    )
    folder = open_vault.folder
    open_vault.lock()
    vault = unlock_with_passphrase(folder, "supervisor orbit candle river")
    try:
        window.open_vault(vault)
        assert window.workspace is not None
        assert window.workspace.signer == "Dr. L. Okafor, LCADC"
        assert QKeySequence("Ctrl+Shift+G") in window.act_cosign.shortcuts()
    finally:
        window.lock("quit")
        vault.lock()
    counselor = unlock_with_passphrase(folder, passphrase)
    try:
        window.open_vault(counselor)
        assert window.workspace is not None
        assert window.workspace.signer != "Dr. L. Okafor, LCADC"
    finally:
        window.lock("quit")
        counselor.lock()


def test_handouts_open_in_the_shown_clients_language(
    qtbot, monkeypatch, window, open_vault, ids
) -> None:
    from counselor_desk.domain.records import Language
    from counselor_desk.ui.handouts_view import HandoutsDialog

    asked: list[object] = []
    monkeypatch.setattr(
        HandoutsDialog,
        "ask",
        classmethod(lambda cls, settings, parent=None, **kw: asked.append(kw.get("language"))),
    )
    window.open_vault(open_vault)
    desk = window.desk
    assert desk is not None
    assert QKeySequence("Ctrl+H") in window.act_handouts.shortcuts()
    desk.client_list.select_client(ids["dana"])  # Dana prefers Spanish
    desk.show_client(ids["dana"])
    window.act_handouts.trigger()
    assert asked == [Language.SPANISH]


def test_settings_offers_a_new_vault_key_and_quitting_waits_for_it(
    qtbot, monkeypatch, window, open_vault, ids
) -> None:
    from PySide6.QtGui import QCloseEvent

    from counselor_desk.ui.rotate_key import RotateKeyFlow
    from counselor_desk.ui.settings_dialog import SettingsDialog

    offered: list[object] = []
    monkeypatch.setattr(
        SettingsDialog,
        "ask",
        classmethod(lambda cls, ws, settings, parent=None, **kw: offered.append(kw["rotate_key"])),
    )
    started: list[object] = []
    monkeypatch.setattr(RotateKeyFlow, "start", lambda self, request: started.append(request))
    window.open_vault(open_vault)
    window.act_settings.trigger()
    assert offered and callable(offered[0])
    offered[0]("a request")  # what Settings hands over once the passphrase checked out
    assert started == ["a request"] and window.rotation is not None

    # While the re-encryption runs, closing the window waits for it.
    monkeypatch.setattr(RotateKeyFlow, "running", property(lambda self: True))
    event = QCloseEvent()
    window.closeEvent(event)
    assert not event.isAccepted()
    assert window.workspace is not None  # nothing was locked by the refused close


def test_a_damaged_read_is_said_with_its_way_out() -> None:
    import sqlcipher3

    from counselor_desk.ui.errors import describe

    sentence = describe(sqlcipher3.DatabaseError("database disk image is malformed"))
    assert "damaged" in sentence and "--replace-damaged" in sentence
    other = describe(sqlcipher3.OperationalError("no such savepoint"))
    assert other == "Something went wrong and nothing was changed (OperationalError)."
