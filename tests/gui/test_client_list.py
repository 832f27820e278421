"""The caseload list: filter as you type, archived hidden by default, keyboard to open,
and a new client selected once its write has committed."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt

from counselor_desk.domain.records import Client, Medication, MedicationEntry
from counselor_desk.ui.client_dialog import ClientDialog
from counselor_desk.ui.client_list import ClientListView
from counselor_desk.ui.models import (
    ID_ROLE,
    ClientColumn,
    ClientFilterModel,
    ClientTableModel,
    SessionDates,
)

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _view(qtbot, workspace) -> ClientListView:  # type: ignore[no-untyped-def]
    view = ClientListView(workspace)
    qtbot.addWidget(view)
    view.resize(600, 400)
    return view


def _names(view: ClientListView) -> list[str]:
    proxy = view.proxy
    return [str(proxy.index(r, ClientColumn.NAME).data()) for r in range(proxy.rowCount())]


def _show(qtbot, view: ClientListView) -> None:  # type: ignore[no-untyped-def]
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow, timeout=2000)


def test_models_pass_the_model_tester(qtmodeltester, workspace, ids) -> None:
    clients = workspace.caseload.clients(include_archived=True)
    meds = {ids["dana"]: workspace.caseload.medications(ids["dana"])[0]}
    model = ClientTableModel()
    model.reload(clients, meds, lambda _id: SessionDates(date(2026, 3, 2), None))
    qtmodeltester.check(model)
    proxy = ClientFilterModel()
    proxy.setSourceModel(model)
    proxy.sort(ClientColumn.SESSION, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(proxy)
    proxy.set_filter_text("tom")
    assert proxy.rowCount() == 0  # Tom H. is archived
    proxy.set_show_archived(True)
    assert proxy.rowCount() == 1
    qtmodeltester.check(proxy)


def test_the_list_shows_name_medication_and_last_session(qtbot, workspace, ids) -> None:
    view = _view(qtbot, workspace)
    assert _names(view) == ["Dana R.", "Marcus T."]
    row = view.proxy.index(0, ClientColumn.MEDICATION)
    assert row.data() == "Buprenorphine 16 mg daily"
    assert view.proxy.index(0, 0).data(ID_ROLE) == ids["dana"]
    assert view.proxy.index(0, ClientColumn.SESSION).data() != ""  # two days ago
    assert view.proxy.index(1, ClientColumn.SESSION).data() == ""  # Marcus: none yet
    assert (
        view.proxy.index(0, 0).data(Qt.ItemDataRole.ToolTipRole).endswith("Legal name: Dana Ruiz")
    )


def test_archived_clients_are_hidden_until_asked(qtbot, workspace, ids) -> None:
    view = _view(qtbot, workspace)
    assert "Tom H." not in _names(view)
    qtbot.mouseClick(view.show_archived, Qt.MouseButton.LeftButton)
    assert _names(view) == ["Dana R.", "Marcus T.", "Tom H."]
    qtbot.mouseClick(view.show_archived, Qt.MouseButton.LeftButton)
    assert "Tom H." not in _names(view)


def test_filter_as_you_type_ignores_case_and_accents(qtbot, workspace, ids) -> None:
    workspace.caseload.add_client(Client("José M.", legal_name="José Muñoz"))
    view = _view(qtbot, workspace)
    qtbot.keyClicks(view.filter, "jose")
    assert _names(view) == ["José M."]
    view.filter.clear()
    qtbot.keyClicks(view.filter, "MUNOZ")  # the legal name, no accents typed
    assert _names(view) == ["José M."]
    view.filter.clear()
    qtbot.keyClicks(view.filter, "ru")
    view.filter.insert("í")  # QTest types ASCII only; insert() is what an input method does
    qtbot.keyClicks(view.filter, "z")  # an accent typed where the name has none
    assert _names(view) == ["Dana R."]
    view.filter.clear()
    assert len(_names(view)) == 3


def test_filtering_out_the_selection_does_not_open_another_client(qtbot, workspace, ids) -> None:
    view = _view(qtbot, workspace)
    assert view.select_client(ids["dana"])
    selected: list[str] = []
    view.client_selected.connect(selected.append)
    qtbot.keyClicks(view.filter, "marc")
    assert selected == []
    assert view.current_client_id() is None


def test_keyboard_ctrl_f_down_and_enter_open_a_client(qtbot, workspace, ids) -> None:
    view = _view(qtbot, workspace)
    _show(qtbot, view)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.filter.hasFocus()
    qtbot.keyClicks(view.filter, "marc")
    qtbot.keyClick(view.filter, Qt.Key.Key_Down)
    assert view.table.hasFocus()
    assert view.current_client_id() == ids["marcus"]
    with qtbot.waitSignal(view.client_activated, timeout=1000) as signal:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert signal.args == [ids["marcus"]]


def test_enter_in_the_filter_opens_the_best_match(qtbot, workspace, ids) -> None:
    view = _view(qtbot, workspace)
    _show(qtbot, view)
    qtbot.keyClicks(view.filter, "dan")
    with qtbot.waitSignal(view.client_activated, timeout=1000) as signal:
        qtbot.keyClick(view.filter, Qt.Key.Key_Enter)
    assert signal.args == [ids["dana"]]


def test_double_click_activates_and_selection_announces(qtbot, workspace, ids) -> None:
    view = _view(qtbot, workspace)
    _show(qtbot, view)
    rect = view.table.visualRect(view.proxy.index(1, 0))
    with qtbot.waitSignal(view.client_selected, timeout=1000) as selected:
        qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert selected.args == [ids["marcus"]]
    with qtbot.waitSignal(view.client_activated, timeout=1000) as activated:
        qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert activated.args == [ids["marcus"]]


def test_a_new_client_appears_selected_after_the_commit(qtbot, workspace, ids, monkeypatch) -> None:
    view = _view(qtbot, workspace)
    monkeypatch.setattr(
        ClientDialog, "ask", classmethod(lambda cls, parent, *a, **k: Client("Lupe G."))
    )
    with qtbot.waitSignal(view.client_selected, timeout=5000) as signal:
        qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    lupe = next(c for c in workspace.caseload.clients() if c.display_name == "Lupe G.")
    assert signal.args == [lupe.id]
    assert view.current_client_id() == lupe.id
    assert "Lupe G." in _names(view)


def test_a_failed_add_brings_the_form_back_with_the_reason(
    qtbot, workspace, ids, monkeypatch
) -> None:
    asked: list[tuple[Client | None, str]] = []

    def ask(cls, parent, client=None, *, problem=""):  # type: ignore[no-untyped-def]
        asked.append((client, problem))
        return Client("   ", phone="555-0100") if len(asked) == 1 else None

    monkeypatch.setattr(ClientDialog, "ask", classmethod(ask))
    view = _view(qtbot, workspace)
    view.new_client()
    qtbot.waitUntil(lambda: len(asked) == 2, timeout=5000)
    again, problem = asked[1]
    assert problem == "A client needs a display name."
    assert again is not None and again.phone == "555-0100"  # what was typed comes back


def test_a_medication_write_reloads_and_keeps_the_selection(qtbot, workspace, ids) -> None:
    view = _view(qtbot, workspace)
    view.select_client(ids["marcus"])
    entry = MedicationEntry(ids["marcus"], Medication.METHADONE, date(2026, 2, 1), dose="60 mg")
    with qtbot.waitSignal(workspace.changed, timeout=5000):
        workspace.write(lambda c: c.start_medication(entry), changed=("medication", ids["marcus"]))
    assert view.proxy.index(1, ClientColumn.MEDICATION).data() == "Methadone 60 mg"
    assert view.current_client_id() == ids["marcus"]


def test_sorting_by_medication_column(qtbot, workspace, ids) -> None:
    view = _view(qtbot, workspace)
    view.table.sortByColumn(ClientColumn.MEDICATION, Qt.SortOrder.AscendingOrder)
    assert _names(view) == ["Marcus T.", "Dana R."]  # no medication sorts first
    view.table.sortByColumn(ClientColumn.NAME, Qt.SortOrder.DescendingOrder)
    assert _names(view) == ["Marcus T.", "Dana R."]
    view.table.sortByColumn(ClientColumn.NAME, Qt.SortOrder.AscendingOrder)
    assert _names(view) == ["Dana R.", "Marcus T."]


def test_archiving_the_selected_client_removes_it_from_the_list(qtbot, workspace, ids) -> None:
    view = _view(qtbot, workspace)
    view.select_client(ids["marcus"])
    marcus = workspace.caseload.client(ids["marcus"])
    with qtbot.waitSignal(workspace.changed, timeout=5000):
        workspace.write(
            lambda c: c.update_client(replace(marcus, archived=True)),
            changed=("client", ids["marcus"]),
        )
    assert _names(view) == ["Dana R."]
    assert not view.show_archived.isChecked()
    assert view.current_client_id() is None
