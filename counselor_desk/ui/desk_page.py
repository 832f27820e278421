"""The working page once a vault is open: the caseload on the left, the chart in the
middle, the note being written on the right."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from counselor_desk.ui.chart import ChartView
from counselor_desk.ui.client_list import ClientListView
from counselor_desk.ui.counseling_notes import CounselingNotesView
from counselor_desk.ui.network_view import NetworkView
from counselor_desk.ui.note_editor import NoteEditor
from counselor_desk.ui.scales_view import ScalesView
from counselor_desk.ui.screens_view import ScreensView
from counselor_desk.ui.treatment_plan_view import TreatmentPlanView
from counselor_desk.ui.ui_settings import UiSettings
from counselor_desk.ui.worksheets_view import SAFETY_PLAN, WorksheetsView
from counselor_desk.ui.workspace import Workspace
from counselor_desk.vault.search import SearchHit


class DeskPage(QWidget):
    def __init__(
        self,
        workspace: Workspace,
        settings: UiSettings,
        parent: QWidget | None = None,
        *,
        autosave_ms: int = 1000,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._settings = settings
        self.client_list = ClientListView(workspace, self)
        self.chart = ChartView(workspace, self)
        self.counseling = CounselingNotesView(workspace, self)
        self.chart.add_tab(self.counseling, self.tr("SUD counseling notes"))
        # -- worksheets and scales (issue 4)
        self.worksheets = WorksheetsView(workspace, self, autosave_ms=autosave_ms)
        self.chart.add_tab(self.worksheets, self.tr("Worksheets"))
        self.scales = ScalesView(workspace, self)
        self.chart.add_tab(self.scales, self.tr("Scales"))
        self.screens = ScreensView(workspace, self)
        self.chart.add_tab(self.screens, self.tr("Screens and CM"))
        self.plans = TreatmentPlanView(workspace, self, autosave_ms=autosave_ms)
        self.chart.add_tab(self.plans, self.tr("Treatment plan"))
        self.network = NetworkView(workspace, self)
        self.chart.add_tab(self.network, self.tr("Support network"))
        # -- end worksheets and scales
        self.editor = NoteEditor(workspace, self, autosave_ms=autosave_ms)
        self.editor.setVisible(False)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("desk-splitter")
        self.splitter.addWidget(self.client_list)
        self.splitter.addWidget(self.chart)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.splitter)
        self._connect_signals()  # ClientListView read the caseload when it was built
        saved = settings.state("desk-splitter")
        if saved is None or not self.splitter.restoreState(saved):
            # First run: room for the caseload's columns, the chart and the note.
            self.splitter.setSizes([420, 560, 640])

    def focus_caseload(self) -> None:
        """Where the keyboard starts after unlock: the client list (Down, then Enter)."""
        self.client_list.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _connect_signals(self) -> None:
        self.client_list.client_activated.connect(self._activate_client)
        self.client_list.client_selected.connect(self.show_client)
        self.chart.note_requested.connect(self.open_note)
        self.scales.safety_plan_requested.connect(self.open_safety_plan)
        self.plans.note_requested.connect(self.open_note)
        self.plans.session_requested.connect(self.chart.open_session_note)

    # -- navigation ------------------------------------------------------------------------
    def _may_leave_client(self, client_id: str) -> bool:
        """-- worksheets and scales: answers that cannot be saved yet, or a scale entry the
        counselor keeps, hold the whole desk on the client shown (never one tab on one
        client and the chart on another)."""
        current = self.chart.current_client_id
        if not current or client_id == current:
            return True
        if self.worksheets.may_leave() and self.scales.may_leave() and self.plans.may_leave():
            return True
        self.client_list.select_client(current, announce=False)
        return False

    def show_client(self, client_id: str) -> None:
        if client_id and client_id != self.chart.current_client_id:
            if not self._may_leave_client(client_id):
                return
            self.chart.show_client(client_id)
            self.counseling.show_client(client_id)
            self.worksheets.show_client(client_id)
            self.scales.show_client(client_id)
            self.screens.show_client(client_id)
            self.plans.show_client(client_id)
            self.network.show_client(client_id)

    def _activate_client(self, client_id: str) -> None:
        self.show_client(client_id)
        self.chart.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_note(self, note_id: str) -> None:
        self.editor.flush()
        self.editor.open_note(note_id)
        self.editor.setVisible(True)
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_hit(self, hit: SearchHit) -> None:
        """Go where a search hit points: the client, and the note or addendum itself."""
        if not self._may_leave_client(hit.client_id):
            return
        self.client_list.select_client(hit.client_id)
        self.show_client(hit.client_id)
        if hit.kind == "note":
            self.open_note(hit.ref_id)
        elif hit.kind == "addendum":
            addendum_note = self.workspace.caseload.addendum_note_id(hit.ref_id)
            if addendum_note:
                self.open_note(addendum_note)
        elif hit.kind == "counseling-note":
            self.chart.show_tab(self.counseling)
            self.counseling.open_counseling_note(hit.ref_id)
        elif hit.kind == "worksheet":
            self.chart.show_tab(self.worksheets)
            self.worksheets.open_worksheet(hit.ref_id)
        elif hit.kind == "plan":
            self.open_plan(hit.ref_id)
        elif hit.kind == "network":
            self.chart.show_tab(self.network)
            self.network.open_member(hit.ref_id)

    def open_plan(self, plan_id: str) -> None:
        """The treatment plan tab at one plan (a search hit, a review due today)."""
        self.chart.show_tab(self.plans)
        self.plans.open_plan(plan_id)

    def open_safety_plan(self) -> None:
        """The client's newest safety plan (or a new one), asked for by a PHQ-9 safety flag."""
        client = self.chart.current_client_id
        if client and self.worksheets.show_client(client):  # the client the chart shows
            self.chart.show_tab(self.worksheets)
            self.worksheets.open_or_start(SAFETY_PLAN)

    # -- lock and unlock -------------------------------------------------------------------
    def flush(self) -> bool:
        """Save every draft now (before a lock or quit); True when all committed."""
        ok = self.editor.flush()
        ok = self.counseling.flush() and ok
        ok = self.worksheets.flush() and ok
        ok = self.plans.flush() and ok
        ok = self.network.flush() and ok
        return self.scales.flush() and ok

    def state(self) -> dict[str, Any]:
        return {
            "client": self.chart.current_client_id,
            "tab": self.chart.current_tab_index(),
            "editor": self.editor.state() if self.editor.isVisible() else None,
            "worksheets": self.worksheets.state(),
            "scales": self.scales.state(),
            "plans": self.plans.state(),
            "network": self.network.state(),
        }

    def restore_state(self, state: dict[str, Any]) -> None:
        client = state.get("client")
        if client:
            self.client_list.select_client(client)
            self.show_client(client)
            self.chart.set_current_tab_index(int(state.get("tab") or 0))
            self.worksheets.restore_state(state.get("worksheets") or {})
            self.scales.restore_state(state.get("scales") or {})
            self.plans.restore_state(state.get("plans") or {})
            self.network.restore_state(state.get("network") or {})
        editor = state.get("editor")
        if editor and editor.get("note_id"):
            self.open_note(editor["note_id"])
            self.editor.restore_state(editor)

    def save_layout(self) -> None:
        self._settings.set_state("desk-splitter", self.splitter.saveState())
