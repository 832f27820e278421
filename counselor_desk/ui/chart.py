"""A client's chart: a header (who, with "Edit…") over tabs for the overview, the
session timeline, the medication history and the consents. Other tabs (SUD counseling
notes) are added by the integrator through `add_tab`.

Opening a chart is audited once per client switch; refreshes after a write are plain
reads. Every write goes through `workspace.write` and announces (kind, client id)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from counselor_desk.domain.errors import CounselorDeskError
from counselor_desk.domain.notes import Note, NoteFormat, NoteHeader
from counselor_desk.domain.records import Client, Consent, MedicationEntry, Session
from counselor_desk.domain.treatment_plan import TreatmentPlan, due_for_review
from counselor_desk.services.caseload import Caseload
from counselor_desk.services.plans import Plans
from counselor_desk.services.supervision import Supervision
from counselor_desk.ui.client_dialog import ClientDialog
from counselor_desk.ui.consent_dialog import ConsentDialog, RevokeDialog
from counselor_desk.ui.medication_dialog import MedicationDialog
from counselor_desk.ui.models import (
    ConsentTableModel,
    MedicationTableModel,
    NoteState,
    SessionTableModel,
    language_label,
    local_day,
    medication_summary,
    note_state,
    session_kind_label,
    show_date,
    show_time,
)
from counselor_desk.ui.session_dialog import SessionDialog
from counselor_desk.ui.tables import (
    EnterActivates,
    named_button,
    read_only_table,
    selected_row,
)
from counselor_desk.ui.workspace import Workspace, describe

RECENT_SESSIONS = 5
DEFAULT_FORMAT = NoteFormat.DAP  # for a note started from the timeline without a dialog


class _Overview(QWidget):
    """What a counselor checks before a session: medication, recent sessions, the next
    appointment the last note mentioned, and drafts still to sign."""

    open_draft = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.medication = self._value(self.tr("Current medication"))
        form.addRow(self.tr("Current medication:"), self.medication)
        self.recent = self._value(self.tr("Recent sessions"))
        form.addRow(self.tr("Recent sessions:"), self.recent)
        self.next_appointment = self._value(self.tr("Next appointment"))
        form.addRow(self.tr("Next appointment:"), self.next_appointment)
        self.plan_review = self._value(self.tr("Treatment plan"))
        form.addRow(self.tr("Treatment plan:"), self.plan_review)
        form.setRowVisible(self.plan_review, False)  # until show_plan() is called
        self._form = form
        drafts_row = QWidget(self)
        drafts_layout = QHBoxLayout(drafts_row)
        drafts_layout.setContentsMargins(0, 0, 0, 0)
        self.drafts = self._value(self.tr("Drafts waiting for signature"))
        self.drafts.setWordWrap(False)
        self.open_draft_button = named_button(
            drafts_row, self.tr("Open &oldest draft"), self.tr("Open oldest draft")
        )
        drafts_layout.addWidget(self.drafts)
        drafts_layout.addWidget(self.open_draft_button)
        drafts_layout.addStretch(1)
        form.addRow(self.tr("To sign:"), drafts_row)
        self.diagnoses = self._value(self.tr("Diagnoses"))
        form.addRow(self.tr("Diagnoses:"), self.diagnoses)
        self.dates = self._value(self.tr("Treatment dates"))
        form.addRow(self.tr("Dates:"), self.dates)
        self._oldest_draft: str | None = None
        self.open_draft_button.clicked.connect(self._open_draft)

    def _value(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setAccessibleName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _state_word(self, state: NoteState) -> str:
        return {
            NoteState.NONE: self.tr("no note"),
            NoteState.DRAFT: self.tr("draft"),
            NoteState.SIGNED: self.tr("signed"),
            NoteState.LATE: self.tr("signed, late entry"),
        }[state]

    def _open_draft(self) -> None:
        if self._oldest_draft:
            self.open_draft.emit(self._oldest_draft)

    def show_plan(self, plan: TreatmentPlan | None, today: date) -> None:
        """The active treatment plan's review: due (stands out) or the next one."""
        font = QFont(self.plan_review.font())
        due = plan is not None and due_for_review(plan, today)
        font.setBold(due)
        self.plan_review.setFont(font)
        if plan is None or plan.review_date is None:
            text = self.tr("no active plan")
        elif due:
            text = self.tr("review due %1").replace("%1", show_date(plan.review_date))
        else:
            text = self.tr("next review %1").replace("%1", show_date(plan.review_date))
        self.plan_review.setText(text)
        self._form.setRowVisible(self.plan_review, True)

    def show_chart(
        self,
        client: Client,
        meds: list[MedicationEntry],
        sessions: list[Session],
        notes: list[NoteHeader],
        next_appointment: str,
    ) -> None:
        """notes: in session order; next_appointment: what the newest note says of it."""
        current = [e for e in meds if e.stopped is None]
        lines = []
        for entry in current:
            since = self.tr("since %1").replace("%1", show_date(entry.started))
            lines.append(" · ".join(p for p in (medication_summary(entry), entry.form, since) if p))
        self.medication.setText("\n".join(lines) or self.tr("None recorded"))

        by_session = {n.session_id: n for n in notes}
        newest = sorted(sessions, key=lambda s: s.start, reverse=True)[:RECENT_SESSIONS]
        recent = []
        for session in newest:
            state = note_state(by_session.get(session.id))
            recent.append(
                " · ".join(
                    (
                        f"{show_date(local_day(session.start))} {show_time(session.start)}",
                        session_kind_label(session.kind),
                        self.tr("%1 min").replace("%1", str(session.minutes)),
                        self._state_word(state),
                    )
                )
            )
        self.recent.setText("\n".join(recent) or self.tr("No sessions yet"))

        upcoming = next_appointment.strip()
        self.next_appointment.setText(upcoming or self.tr("Not recorded in the latest note"))

        drafts = [n for n in notes if not n.is_signed]
        self._oldest_draft = drafts[0].id if drafts else None
        if len(drafts) == 1:
            text = self.tr("1 draft waiting for signature")
        elif drafts:
            text = self.tr("%n drafts waiting for signature", "", len(drafts))
        else:
            text = self.tr("No drafts waiting")
        self.drafts.setText(text)
        self.open_draft_button.setEnabled(bool(drafts))

        diagnoses = [
            f"{d.icd10} {d.description}" if d.icd10 else d.description for d in client.diagnoses
        ]
        self.diagnoses.setText("\n".join(diagnoses) or self.tr("None recorded"))
        dates = []
        for label, value in (
            (self.tr("Admitted %1"), client.admission_date),
            (self.tr("Discharged %1"), client.discharge_date),
            (self.tr("Recovery date %1"), client.recovery_date),
        ):
            if value is not None:
                dates.append(label.replace("%1", show_date(value)))
        self.dates.setText(" · ".join(dates) or self.tr("None recorded"))


class ChartView(QWidget):
    note_requested = Signal(str)  # open this note in the editor

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._client: Client | None = None
        self._shown: dict[str, Any] = {}  # what each table last showed, to skip no-op resets

        self.stack = QStackedWidget(self)
        self.empty = QLabel(self.tr("Choose a client from the list."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.empty)
        page = QWidget(self)
        self.stack.addWidget(page)

        self.name = QLabel(page)
        self.name.setAccessibleName(self.tr("Client"))
        font = QFont(self.name.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.name.setFont(font)
        self.details = QLabel(page)
        self.details.setAccessibleName(self.tr("Client details"))
        self.details.setWordWrap(True)
        self.edit_button = named_button(page, self.tr("&Edit…"), self.tr("Edit client"))
        header = QHBoxLayout()
        names = QVBoxLayout()
        names.addWidget(self.name)
        names.addWidget(self.details)
        header.addLayout(names, 1)
        header.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)

        self.tabs = QTabWidget(page)
        self.tabs.setAccessibleName(self.tr("Chart sections"))
        self.overview = _Overview(self.tabs)
        self.tabs.addTab(self.overview, self.tr("Overview"))
        self.tabs.addTab(self._sessions_page(), self.tr("Sessions"))
        self.tabs.addTab(self._medications_page(), self.tr("Medications"))
        self.tabs.addTab(self._consents_page(), self.tr("Consents"))

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        # QTabWidget itself only knows Ctrl+Tab; Ctrl+PgDn/PgUp is what browsers and
        # editors use too. Only while the focus is in the chart.
        self._tab_keys = []
        for keys, step in (("Ctrl+PgDown", 1), ("Ctrl+PgUp", -1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda step=step: self._step_tab(step))
            self._tab_keys.append(shortcut)
        self._connect_signals()

    # -- building ---------------------------------------------------------------------------
    def _sessions_page(self) -> QWidget:
        page = QWidget(self.tabs)
        self.session_model = SessionTableModel(self)
        self.session_table = read_only_table(page, self.tr("Sessions"))
        self.session_table.setModel(self.session_model)
        self.new_session_button = named_button(
            page, self.tr("New &session…"), self.tr("New session")
        )
        self.open_note_button = named_button(page, self.tr("&Open note"), self.tr("Open note"))
        self._page_layout(page, self.session_table, self.new_session_button, self.open_note_button)
        return page

    def _medications_page(self) -> QWidget:
        page = QWidget(self.tabs)
        self.medication_model = MedicationTableModel(self)
        self.medication_table = read_only_table(page, self.tr("Medication history"))
        self.medication_table.setModel(self.medication_model)
        self.start_medication_button = named_button(
            page, self.tr("&Start medication…"), self.tr("Start medication")
        )
        self.change_dose_button = named_button(
            page, self.tr("&Change dose…"), self.tr("Change dose")
        )
        self._page_layout(
            page, self.medication_table, self.start_medication_button, self.change_dose_button
        )
        return page

    def _consents_page(self) -> QWidget:
        page = QWidget(self.tabs)
        self.consent_model = ConsentTableModel(self)
        self.consent_table = read_only_table(page, self.tr("Consents"))
        self.consent_table.setModel(self.consent_model)
        self.add_consent_button = named_button(
            page, self.tr("Add &consent…"), self.tr("Add consent")
        )
        self.revoke_button = named_button(page, self.tr("&Revoke…"), self.tr("Revoke consent"))
        self._page_layout(page, self.consent_table, self.add_consent_button, self.revoke_button)
        return page

    @staticmethod
    def _page_layout(page: QWidget, table: QTableView, *buttons: QPushButton) -> None:
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(table, 1)
        layout.addLayout(row)
        for first, second in pairwise((table, *buttons)):
            QWidget.setTabOrder(first, second)

    def _connect_signals(self) -> None:
        self.edit_button.clicked.connect(self.edit_client)
        self.overview.open_draft.connect(self.note_requested)
        self.new_session_button.clicked.connect(self.new_session)
        self.open_note_button.clicked.connect(self.open_selected_note)
        self.session_table.doubleClicked.connect(self.open_selected_note)
        EnterActivates(self.session_table, self.open_selected_note)
        self.start_medication_button.clicked.connect(self.start_medication)
        self.change_dose_button.clicked.connect(self.change_dose)
        self.add_consent_button.clicked.connect(self.add_consent)
        self.revoke_button.clicked.connect(self.revoke_consent)
        for table in (self.session_table, self.medication_table, self.consent_table):
            table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.workspace.changed.connect(self._workspace_changed)

    # -- tabs for the integrator -------------------------------------------------------------
    def add_tab(self, widget: QWidget, title: str) -> int:
        """Add a page (e.g. SUD counseling notes) after the chart's own tabs."""
        return self.tabs.addTab(widget, title)

    def _step_tab(self, step: int) -> None:
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    def show_tab(self, widget: QWidget) -> None:
        self.tabs.setCurrentWidget(widget)

    def current_tab_index(self) -> int:
        return self.tabs.currentIndex()

    def set_current_tab_index(self, index: int) -> None:
        if 0 <= index < self.tabs.count():
            self.tabs.setCurrentIndex(index)

    # -- which client ------------------------------------------------------------------------
    @property
    def current_client_id(self) -> str | None:
        return self._client.id if self._client else None

    def show_client(self, client_id: str) -> None:
        """Show a client's chart. Switching clients is audited ("open-chart"): the row is
        written off the UI thread, like every other write."""
        if client_id == self.current_client_id:
            return
        try:
            client = self.workspace.caseload.client(client_id)
        except CounselorDeskError as exc:
            self.workspace.failed.emit(describe(exc))
            return
        self._client = client
        self._shown = {}
        self.workspace.write(lambda caseload: caseload.open_chart(client_id))
        self.refresh()
        self.stack.setCurrentIndex(1)

    def clear(self) -> None:
        """Show no client (e.g. before a lock drops the workspace)."""
        self._client = None
        self._shown = {}
        self.stack.setCurrentIndex(0)

    def refresh(self) -> None:
        """Read the current client's records again (not audited: same chart)."""
        if self._client is None:
            return
        caseload = self.workspace.caseload
        client_id = self._client.id
        try:
            client = caseload.client(client_id)
            meds = caseload.medications(client_id)
            sessions = caseload.sessions(client_id)
            notes = caseload.note_headers(client_id)  # their text is not shown here
            next_appointment = caseload.latest_section(client_id, "next_appointment")
            consents = caseload.consents(client_id)
        except CounselorDeskError as exc:
            self.workspace.failed.emit(describe(exc))
            return
        self._client = client
        self._show_header(client)
        self.overview.show_chart(client, meds, sessions, notes, next_appointment)
        try:
            cosign = Supervision(self.workspace.vault).states(client_id)
            plan = Plans(self.workspace.vault).active_plan(client_id)
        except CounselorDeskError as exc:
            self.workspace.failed.emit(describe(exc))
            return
        self.overview.show_plan(plan, date.today())
        states = [(n.session_id, note_state(n), n.id) for n in notes]
        self._reload(
            "sessions",
            (sessions, states, cosign),
            self.session_table,
            lambda: self.session_model.reload(sessions, notes, cosign),
            self.session_model.row_of,
        )
        self._reload(
            "medications",
            meds,
            self.medication_table,
            lambda: self.medication_model.reload(meds),
            self.medication_model.row_of,
        )
        today = date.today()
        self._reload(
            "consents",
            (consents, today),
            self.consent_table,
            lambda: self.consent_model.reload(consents, today),
            self.consent_model.row_of,
        )
        self._update_buttons()

    def _reload(
        self,
        key: str,
        shown: object,
        table: QTableView,
        reload: Callable[[], None],
        row_of: Callable[[str], int],
    ) -> None:
        """Reset a table only when what it shows changed (an autosave is not a reason to
        lose the counselor's place), keeping the selected row by id."""
        if self._shown.get(key) == shown:
            return
        self._shown[key] = shown
        row = selected_row(table)
        keep = table.model().index(row, 0).data(Qt.ItemDataRole.UserRole) if row >= 0 else None
        reload()
        table.resizeColumnsToContents()
        new_row = row_of(str(keep)) if keep else -1
        if new_row >= 0:
            table.selectRow(new_row)

    def _show_header(self, client: Client) -> None:
        self.name.setText(client.display_name)
        parts = [
            client.pronouns or "",
            client.program or "",
            self.tr("Prefers %1").replace("%1", language_label(client.preferred_language)),
        ]
        if client.archived:
            parts.append(self.tr("Archived"))
        self.details.setText(" · ".join(p for p in parts if p))

    def _workspace_changed(self, _kind: str, _id: str) -> None:
        # Cheap for one chart, and a note signed elsewhere changes the timeline too.
        self.refresh()

    def _update_buttons(self) -> None:
        self.open_note_button.setEnabled(selected_row(self.session_table) >= 0)
        med_row = selected_row(self.medication_table)
        current = med_row >= 0 and self.medication_model.entry_at(med_row).stopped is None
        self.change_dose_button.setEnabled(current)
        consent_row = selected_row(self.consent_table)
        self.revoke_button.setEnabled(
            consent_row >= 0 and self.consent_model.consent_at(consent_row).revoked is None
        )

    # -- writes -------------------------------------------------------------------------------
    def _write(
        self,
        job: Callable[[Caseload], Any],
        kind: str,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        assert self._client is not None
        self.workspace.write(
            job, changed=(kind, self._client.id), on_done=on_done, on_error=on_error
        )

    def edit_client(
        self, _checked: bool = False, *, problem: str = "", draft: Client | None = None
    ) -> None:
        if self._client is None:
            return
        edited = ClientDialog.ask(self, draft or self._client, problem=problem)
        if edited is None:
            return
        self._write(
            lambda caseload: caseload.update_client(edited),
            "client",
            on_error=self.workspace.retry_on_failure(
                lambda why: self.edit_client(problem=why, draft=edited)
            ),
        )

    def new_session(
        self,
        _checked: bool = False,
        *,
        problem: str = "",
        draft: tuple[Session, NoteFormat] | None = None,
    ) -> None:
        """Record a session, start its note in the chosen format, and ask for the editor."""
        if self._client is None:
            return
        answer = SessionDialog.ask(self, self._client.id, draft=draft, problem=problem)
        if answer is None:
            return
        session, fmt = answer

        def job(caseload: Caseload) -> Note:
            saved = caseload.add_session(session)
            return caseload.start_note(saved.id, fmt)

        self._write(
            job,
            "session",
            on_done=lambda note: self.note_requested.emit(note.id),
            on_error=self.workspace.retry_on_failure(
                lambda why: self.new_session(problem=why, draft=answer)
            ),
        )

    def open_selected_note(self, _index: QModelIndex | None = None) -> None:
        """The selected session's note; a session without one gets a draft first."""
        row = selected_row(self.session_table)
        if row < 0:
            return
        self.open_session_note(self.session_model.session_at(row).id)

    def open_session_note(self, session_id: str) -> None:
        """A session's note (e.g. chosen under a treatment-plan objective); a session
        without one gets a draft first."""
        note = self.workspace.caseload.note_for_session(session_id)
        if note is not None:
            self.note_requested.emit(note.id)
            return
        self._write(
            lambda caseload: caseload.start_note(session_id, DEFAULT_FORMAT),
            "note",
            on_done=lambda note: self.note_requested.emit(note.id),
        )

    def start_medication(
        self, _checked: bool = False, *, problem: str = "", draft: MedicationEntry | None = None
    ) -> None:
        if self._client is None:
            return
        entry = MedicationDialog.ask(self, self._client.id, draft=draft, problem=problem)
        if entry is None:
            return
        self._write(
            lambda caseload: caseload.start_medication(entry),
            "medication",
            on_error=self.workspace.retry_on_failure(
                lambda why: self.start_medication(problem=why, draft=entry)
            ),
        )

    def change_dose(
        self, _checked: bool = False, *, problem: str = "", draft: MedicationEntry | None = None
    ) -> None:
        """A change is a new entry; the service stops the old one (history is kept)."""
        row = selected_row(self.medication_table)
        if self._client is None or row < 0:
            return
        previous = self.medication_model.entry_at(row)
        if previous.stopped is not None:
            return
        entry = MedicationDialog.ask(self, self._client.id, previous, draft=draft, problem=problem)
        if entry is None:
            return
        self._write(
            lambda caseload: caseload.change_medication(previous.id, entry),
            "medication",
            on_error=self.workspace.retry_on_failure(
                lambda why: self.change_dose(problem=why, draft=entry)
            ),
        )

    def add_consent(
        self, _checked: bool = False, *, problem: str = "", draft: Consent | None = None
    ) -> None:
        if self._client is None:
            return
        consent = ConsentDialog.ask(
            self,
            self._client.id,
            draft=draft,
            problem=problem,
            client_name=self._client.display_name,
        )
        if consent is None:
            return
        self._write(
            lambda caseload: caseload.add_consent(consent),
            "consent",
            on_error=self.workspace.retry_on_failure(
                lambda why: self.add_consent(problem=why, draft=consent)
            ),
        )

    def revoke_consent(self, _checked: bool = False) -> None:
        row = selected_row(self.consent_table)
        if self._client is None or row < 0:
            return
        consent = self.consent_model.consent_at(row)
        on = RevokeDialog.ask(self, consent)
        if on is None:
            return
        self._write(lambda caseload: caseload.revoke_consent(consent.id, on), "consent")
