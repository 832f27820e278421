"""Print… from the counselor's window: choose what to print for the client shown in the
chart, and for whom, then open the print preview.

What: the selected session's note, a client summary over a date range (all of it, or
only the parts the recipient needs: medications, plan progress, attendance, screens,
scales, notes; under a consent the consent's own words on what it allows are shown
beside them), the treatment plan, the support network (ecomap), the worksheet open in
the Worksheets tab (filled in or blank, the safety plan also as a wallet card), or the
accounting of disclosures. For whom: the client's own copy,
someone else under one of the client's consents that can be used today, or medical
personnel in an emergency (42 CFR 2.51). The rules live in services.printing: the
chooser only offers what it was told is there, and a refusal comes back as the
service's one sentence, with the chooser reopened on the same choice (nothing typed is
lost). The preview's release hook logs the disclosure through the vault worker when the
paper really leaves (printed or saved), never when it is only looked at.

The window title names no client (it is the print queue's neighbour on screen); the
body says whose chart it is, so the counselor can see it is the right one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from itertools import pairwise
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from counselor_desk.domain.errors import CounselorDeskError, RecordNotFound
from counselor_desk.domain.records import Consent, Language
from counselor_desk.ui.ask import Ask
from counselor_desk.ui.errors import describe
from counselor_desk.ui.models import ConsentTableModel, language_label, local_day, show_date
from counselor_desk.ui.print_preview import Deliver, Done, Failed, PrintPreviewDialog
from counselor_desk.ui.print_preview import Release as ReleaseHook
from counselor_desk.ui.screens_dialogs import date_edit, pydate, qdate
from counselor_desk.ui.tables import EnterActivates, read_only_table, selected_row
from counselor_desk.ui.ui_settings import UiSettings

if TYPE_CHECKING:
    from counselor_desk.export.summary import SummarySection
    from counselor_desk.services.printing import Printing, PrintJob, PrintOptions, Release
    from counselor_desk.ui.workspace import Workspace

T = TypeVar("T")
SUMMARY_DAYS = 90  # the client summary's default period: the last 90 days
SAFETY_PLAN = "safety_plan"  # services.printing.Printing.SAFETY_PLAN: has a wallet card
DISCLOSURE_CHANGED = "disclosure"  # workspace.changed kind after a logged disclosure

_PROBLEM_STYLE = "color: white; background: #b00020; padding: 4px"
_CONSEQUENCE_STYLE = (
    "QLabel { background: #eef4fb; color: #102a43; border: 1px solid #9fb3c8;"
    " border-left: 6px solid #2f6fb0; padding: 6px; }"
)


def _or_none(read: Callable[[str], T], record_id: str | None) -> T | None:
    """The record, or None when there is no id or the record is gone (deleted since)."""
    if record_id is None:
        return None
    try:
        return read(record_id)
    except RecordNotFound:
        return None


class What(StrEnum):
    NOTE = "note"
    SUMMARY = "summary"
    PLAN = "plan"
    ECOMAP = "ecomap"
    WORKSHEET = "worksheet"
    ACCOUNTING = "accounting"


class ForWhom(StrEnum):
    CLIENT = "client"
    CONSENT = "consent"
    EMERGENCY = "emergency"


@dataclass(frozen=True)
class PrintOffer:
    """What the chooser can offer for one client, read on the UI thread (`read`); the
    labels are already in the window's language. A None id: that choice is not there."""

    client_id: str
    client_name: str
    language: str  # the client's preferred language, the paper's default
    today: date
    note_id: str | None = None
    note_label: str = ""
    plan_id: str | None = None
    plan_label: str = ""
    worksheet_id: str | None = None
    worksheet_label: str = ""
    worksheet_card: bool = False  # the safety plan: also a wallet card
    disclosures: int = 0  # entries in the accounting of disclosures
    network_members: int = 0  # people and groups in the support network (ecomap)
    consents: tuple[Consent, ...] = field(default=())

    @classmethod
    def read(
        cls,
        workspace: Workspace,
        client_id: str,
        *,
        note_id: str | None = None,
        worksheet_id: str | None = None,
        today: date | None = None,
    ) -> PrintOffer:
        """Everything the chooser shows, through the services on `workspace.vault`. A
        note or worksheet of another client (a stale selection) is not offered."""
        from counselor_desk.services.network import Network
        from counselor_desk.services.printing import Printing
        from counselor_desk.ui.errors import ui_language
        from counselor_desk.ui.treatment_plan_view import plan_label
        from counselor_desk.ui.worksheets_view import worksheet_title

        printing = Printing(workspace.vault)
        caseload = workspace.caseload
        client = caseload.client(client_id)
        note = _or_none(caseload.note, note_id)
        if note is not None and note.client_id != client_id:
            note = None  # a stale selection in another chart
        note_label = ""
        if note is not None:
            session = caseload.session(note.session_id)
            signed = QCoreApplication.translate("PrintChooser", "Session of %1 (signed)")
            template = (
                signed
                if note.is_signed
                else QCoreApplication.translate("PrintChooser", "Session of %1 (draft)")
            )
            note_label = template.replace("%1", show_date(local_day(session.start)))
        plan = printing.plan_to_print(client_id)
        worksheet = _or_none(workspace.measures.worksheet, worksheet_id)
        if worksheet is not None and worksheet.client_id != client_id:
            worksheet = None
        worksheet_label = ""
        if worksheet is not None:
            title = worksheet_title(workspace.measures, worksheet.definition_id, ui_language())
            state = (
                QCoreApplication.translate("PrintChooser", "complete")
                if worksheet.is_complete
                else QCoreApplication.translate("PrintChooser", "not finished")
            )
            worksheet_label = f"{title} ({state})"
        return cls(
            client_id=client_id,
            client_name=client.display_name,
            language="es" if str(client.preferred_language) == "es" else "en",
            today=today or date.today(),
            note_id=note.id if note is not None else None,
            note_label=note_label,
            plan_id=plan.id if plan is not None else None,
            plan_label=plan_label(plan) if plan is not None else "",
            worksheet_id=worksheet.id if worksheet is not None else None,
            worksheet_label=worksheet_label,
            worksheet_card=worksheet is not None and worksheet.definition_id == SAFETY_PLAN,
            disclosures=len(printing.disclosures(client_id)),
            network_members=len(Network(workspace.vault).members(client_id)),
            consents=tuple(printing.usable_consents(client_id)),
        )


@dataclass(frozen=True)
class PrintChoice:
    """What the counselor chose. `release()` says for whom, as services.printing wants it."""

    what: What
    for_whom: ForWhom = ForWhom.CLIENT
    period_start: date | None = None
    period_end: date | None = None
    blank: bool = False
    wallet_card: bool = False
    consent_id: str | None = None
    recipient: str = ""
    facility: str = ""
    nature: str = ""
    counseling_notes: bool = False
    language: str | None = None  # None: the client's preferred language
    # The client summary's parts (SummarySection values, counseling notes aside: they
    # follow `counseling_notes`); None: all of them.
    sections: frozenset[str] | None = None

    def summary_sections(self) -> frozenset[SummarySection] | None:
        """`sections` as services.printing wants them (None: the whole summary)."""
        from counselor_desk.export.summary import SummarySection

        if self.sections is None:
            return None
        return frozenset(SummarySection(name) for name in self.sections)

    def release(self) -> Release:
        from counselor_desk.services.printing import Release

        if self.for_whom is ForWhom.CONSENT:
            assert self.consent_id is not None
            return Release.under_consent(
                self.consent_id, include_counseling_notes=self.counseling_notes
            )
        if self.for_whom is ForWhom.EMERGENCY:
            return Release.emergency(self.recipient, self.facility, self.nature)
        return Release.client_copy(include_counseling_notes=self.counseling_notes)


def prepare(
    printing: Printing, offer: PrintOffer, choice: PrintChoice, options: PrintOptions
) -> PrintJob:
    """The chosen document, checked and gathered on `printing`'s connection (the UI
    thread's): DisclosureRefused and the other CounselorDeskErrors say why not."""
    from dataclasses import replace

    options = replace(options, language=choice.language)
    release = choice.release()
    if choice.what is What.NOTE:
        assert offer.note_id is not None
        return printing.prepare_session_note(offer.note_id, release, options)
    if choice.what is What.SUMMARY:
        assert choice.period_start is not None and choice.period_end is not None
        return printing.prepare_client_summary(
            offer.client_id,
            choice.period_start,
            choice.period_end,
            release,
            options,
            sections=choice.summary_sections(),
        )
    if choice.what is What.PLAN:
        assert offer.plan_id is not None
        return printing.prepare_treatment_plan(offer.plan_id, release, options)
    if choice.what is What.ECOMAP:
        return printing.prepare_ecomap(offer.client_id, release, options)
    if choice.what is What.WORKSHEET:
        assert offer.worksheet_id is not None
        if choice.wallet_card:
            return printing.prepare_safety_plan_card(
                offer.worksheet_id, options, blank=choice.blank
            )
        return printing.prepare_worksheet(offer.worksheet_id, release, options, blank=choice.blank)
    return printing.prepare_accounting(offer.client_id, options)


class PrintChooser(QDialog):
    """What to print and for whom, by keyboard: Alt+letter picks a choice, Tab moves
    through the fields of the one picked, Enter opens the preview."""

    def __init__(
        self,
        offer: PrintOffer,
        parent: QWidget | None = None,
        *,
        draft: PrintChoice | None = None,
        problem: str = "",
    ) -> None:
        super().__init__(parent)
        self._offer = offer
        self._result: PrintChoice | None = None
        self.setWindowTitle(self.tr("Print"))
        self.setAccessibleName(self.windowTitle())

        heading = QLabel(self.tr("Client: %1").replace("%1", offer.client_name), self)
        heading.setAccessibleName(self.tr("Whose chart"))
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setWordWrap(True)
        self.problem = QLabel(self)
        self.problem.setAccessibleName(self.tr("Problem"))
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setStyleSheet(_PROBLEM_STYLE)
        self.problem.setVisible(False)

        what = self._what_box()
        whom = self._whom_box()
        self.consequence = QLabel(self)
        self.consequence.setAccessibleName(self.tr("What this choice means"))
        self.consequence.setWordWrap(True)
        self.consequence.setTextFormat(Qt.TextFormat.PlainText)
        self.consequence.setStyleSheet(_CONSEQUENCE_STYLE)

        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Language of the paper"))
        for choice in Language:
            self.language.addItem(language_label(choice), choice.value)
        self.language.setCurrentIndex(max(0, self.language.findData(offer.language)))
        language_caption = QLabel(self.tr("&Language of the paper:"), self)
        language_caption.setBuddy(self.language)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Print pre&view…"))
        self.ok.setAccessibleName(self.tr("Print preview"))
        self.cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel.setAccessibleName(self.tr("Cancel"))

        columns = QHBoxLayout()
        columns.addWidget(what, 2)
        columns.addWidget(whom, 3)
        bottom = QHBoxLayout()
        bottom.addWidget(language_caption)
        bottom.addWidget(self.language)
        bottom.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.problem)
        layout.addLayout(columns, 1)
        layout.addWidget(self.consequence)
        layout.addLayout(bottom)
        layout.addWidget(self.buttons)
        self._set_tab_order()
        self._connect_signals()

        self._apply(draft)
        if problem:
            self.show_problem(problem)
        self.resize(1060, self.sizeHint().height())

    # -- building ------------------------------------------------------------------------
    def _radio(self, parent: QWidget, text: str, name: str) -> QRadioButton:
        radio = QRadioButton(text, parent)
        radio.setAccessibleName(name)
        return radio

    def _detail(self, parent: QWidget, text: str, name: str) -> QLabel:
        label = QLabel(text, parent)
        label.setAccessibleName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setContentsMargins(24, 0, 0, 4)  # under its radio button's text
        return label

    def _what_box(self) -> QGroupBox:
        offer = self._offer
        box = QGroupBox(self.tr("What to print"), self)
        grid = QGridLayout(box)
        self.what_group = QButtonGroup(self)

        self.note_radio = self._radio(box, self.tr("The selected session's &note"), self.tr("Note"))
        self.note_detail = self._detail(
            box,
            offer.note_label or self.tr("Select a session with a note in the chart first."),
            self.tr("Which note"),
        )
        self.summary_radio = self._radio(
            box, self.tr("A client &summary"), self.tr("Client summary")
        )
        self.period_from = date_edit(
            box, self.tr("Summary from"), offer.today - timedelta(days=SUMMARY_DAYS)
        )
        self.period_to = date_edit(box, self.tr("Summary to"), offer.today)
        period = QWidget(box)
        period_row = QHBoxLayout(period)
        period_row.setContentsMargins(24, 0, 0, 4)
        from_caption = QLabel(self.tr("&From:"), period)
        from_caption.setBuddy(self.period_from)
        to_caption = QLabel(self.tr("&To:"), period)
        to_caption.setBuddy(self.period_to)
        period_row.addWidget(from_caption)
        period_row.addWidget(self.period_from)
        period_row.addWidget(to_caption)
        period_row.addWidget(self.period_to)
        period_row.addStretch(1)
        parts = self._parts(box)

        self.plan_radio = self._radio(
            box, self.tr("The treatment &plan"), self.tr("Treatment plan")
        )
        self.plan_detail = self._detail(
            box,
            offer.plan_label or self.tr("This client has no treatment plan yet."),
            self.tr("Which plan"),
        )
        self.ecomap_radio = self._radio(
            box, self.tr("The support networ&k (ecomap)"), self.tr("Support network (ecomap)")
        )
        members = offer.network_members
        if members == 1:
            who = self.tr("1 person or group, with any contact details on file")
        elif members:
            who = self.tr("%1 people or groups, with any contact details on file").replace(
                "%1", str(members)
            )
        else:
            who = self.tr("No one is in the support network yet (Support network tab).")
        self.ecomap_detail = self._detail(box, who, self.tr("Who is in the support network"))
        self.worksheet_radio = self._radio(
            box, self.tr("The &worksheet open in the Worksheets tab"), self.tr("Worksheet")
        )
        self.worksheet_detail = self._detail(
            box,
            offer.worksheet_label or self.tr("Open a worksheet in the Worksheets tab first."),
            self.tr("Which worksheet"),
        )
        self.worksheet_form = QComboBox(box)
        self.worksheet_form.setAccessibleName(self.tr("Filled in or blank"))
        self.worksheet_form.addItem(self.tr("Filled in"), False)
        self.worksheet_form.addItem(self.tr("Blank, to fill in by hand"), True)
        self.wallet_card = QCheckBox(self.tr("As a wallet car&d"), box)
        self.wallet_card.setAccessibleName(self.tr("As a wallet card"))
        self.wallet_card.setVisible(offer.worksheet_card)
        form = QWidget(box)
        form_row = QHBoxLayout(form)
        form_row.setContentsMargins(24, 0, 0, 4)
        form_caption = QLabel(self.tr("Fo&rm:"), form)
        form_caption.setBuddy(self.worksheet_form)
        form_row.addWidget(form_caption)
        form_row.addWidget(self.worksheet_form)
        form_row.addWidget(self.wallet_card)
        form_row.addStretch(1)

        self.accounting_radio = self._radio(
            box, self.tr("The &accounting of disclosures"), self.tr("Accounting of disclosures")
        )
        self.accounting_detail = self._detail(
            box,
            self.tr("%1 disclosure(s) logged").replace("%1", str(offer.disclosures)),
            self.tr("Disclosures logged"),
        )

        rows: list[QWidget] = [
            self.note_radio,
            self.note_detail,
            self.summary_radio,
            period,
            parts,
            self.plan_radio,
            self.plan_detail,
            self.ecomap_radio,
            self.ecomap_detail,
            self.worksheet_radio,
            self.worksheet_detail,
            form,
            self.accounting_radio,
            self.accounting_detail,
        ]
        for row, widget in enumerate(rows):
            grid.addWidget(widget, row, 0)
        grid.setRowStretch(len(rows), 1)
        for what, radio in self._what_radios().items():
            self.what_group.addButton(radio)
            radio.setProperty("what", what.value)
        for radio, detail, there in (
            (self.note_radio, self.note_detail, offer.note_id is not None),
            (self.plan_radio, self.plan_detail, offer.plan_id is not None),
            (self.ecomap_radio, self.ecomap_detail, offer.network_members > 0),
            (self.worksheet_radio, self.worksheet_detail, offer.worksheet_id is not None),
        ):
            radio.setEnabled(there)
            detail.setEnabled(there)
        return box

    def _parts(self, parent: QWidget) -> QWidget:
        """The summary's parts as check boxes (all checked), and under a consent what the
        consent says it allows, to match the paper to the minimum necessary."""
        from counselor_desk.export.summary import SummarySection

        parts = QWidget(parent)
        grid = QGridLayout(parts)
        grid.setContentsMargins(24, 0, 0, 4)
        caption = QLabel(self.tr("Parts of the record to include:"), parts)
        grid.addWidget(caption, 0, 0, 1, 3)
        names = {
            SummarySection.MEDICATIONS: (self.tr("&Medications"), self.tr("Medications")),
            SummarySection.PLAN: (
                self.tr("Treatment-plan pro&gress"),
                self.tr("Treatment-plan progress"),
            ),
            SummarySection.ATTENDANCE: (self.tr("Attendance"), self.tr("Attendance")),
            SummarySection.SCREENS: (self.tr("Urine drug screens"), self.tr("Urine drug screens")),
            SummarySection.SCALES: (self.tr("Scales"), self.tr("Scales")),
            SummarySection.NOTES: (
                self.tr("Signed session notes"),
                self.tr("Signed session notes"),
            ),
        }
        self.section_boxes: dict[str, QCheckBox] = {}
        for index, (section, (text, name)) in enumerate(names.items()):
            box = QCheckBox(text, parts)
            box.setAccessibleName(self.tr("Summary part: %1").replace("%1", name))
            box.setChecked(True)
            grid.addWidget(box, 1 + index // 3, index % 3)
            self.section_boxes[section.value] = box
        self.consent_allows = QLabel(parts)
        self.consent_allows.setAccessibleName(self.tr("What the consent allows"))
        self.consent_allows.setTextFormat(Qt.TextFormat.PlainText)
        self.consent_allows.setWordWrap(True)
        self.consent_allows.setStyleSheet(_CONSEQUENCE_STYLE)
        self.consent_allows.setVisible(False)
        grid.addWidget(self.consent_allows, 3, 0, 1, 3)
        grid.setColumnStretch(3, 1)
        return parts

    def _whom_box(self) -> QGroupBox:
        offer = self._offer
        box = QGroupBox(self.tr("For whom"), self)
        layout = QVBoxLayout(box)
        self.whom_group = QButtonGroup(self)
        self.client_radio = self._radio(
            box, self.tr("The client's &own copy"), self.tr("The client's own copy")
        )
        self.consent_radio = self._radio(
            box, self.tr("Someone else, under a &consent"), self.tr("Someone else, under a consent")
        )
        self.consent_model = ConsentTableModel(self)
        self.consent_model.reload(offer.consents, offer.today)
        self.consent_table = read_only_table(box, self.tr("Consents that can be used today"))
        self.consent_table.setModel(self.consent_model)
        # Every consent offered is usable today: recipient, purpose, end, status (expiring
        # soon?) and whether it names SUD notes are what to check before choosing one.
        for column in (ConsentTableModel.SIGNED, ConsentTableModel.SIGNED_BY):
            self.consent_table.setColumnHidden(column, True)
        self.consent_table.resizeColumnsToContents()
        header = self.consent_table.horizontalHeader()
        header.setStretchLastSection(False)  # the last column (who signed) is hidden
        header.setSectionResizeMode(ConsentTableModel.RECIPIENT, QHeaderView.ResizeMode.Stretch)
        self.consent_table.setMinimumHeight(self.consent_table.fontMetrics().height() * 7)
        self.no_consent = self._detail(
            box,
            self.tr(
                "This client has no consent that can be used today: none is signed, or each "
                "one has expired or was revoked. Add the signed consent in the Consents tab."
            ),
            self.tr("Why no consent can be chosen"),
        )
        self.emergency_radio = self._radio(
            box,
            self.tr("A medical &emergency (42 CFR 2.51)"),
            self.tr("A medical emergency (42 CFR 2.51)"),
        )
        emergency = QWidget(box)
        fields = QFormLayout(emergency)
        fields.setContentsMargins(24, 0, 0, 0)
        self.recipient = self._line(emergency, self.tr("Who receives the records"))
        self.recipient.setPlaceholderText(self.tr("Name and role, e.g. Dr. Lee, ER physician"))
        self.facility = self._line(emergency, self.tr("Their facility"))
        self.nature = self._line(emergency, self.tr("Nature of the emergency"))
        self.nature.setPlaceholderText(self.tr("e.g. suspected overdose, unresponsive"))
        fields.addRow(self.tr("Recip&ient:"), self.recipient)
        fields.addRow(self.tr("Facilit&y:"), self.facility)
        fields.addRow(self.tr("Nature of t&he emergency:"), self.nature)
        self.counseling_notes = QCheckBox(
            self.tr("Include S&UD counseling notes (client summary only)"), box
        )
        self.counseling_notes.setAccessibleName(self.tr("Include SUD counseling notes"))

        layout.addWidget(self.client_radio)
        layout.addWidget(self.consent_radio)
        layout.addWidget(self.consent_table, 1)
        layout.addWidget(self.no_consent)
        layout.addWidget(self.emergency_radio)
        layout.addWidget(emergency)
        layout.addSpacing(6)
        layout.addWidget(self.counseling_notes)
        for whom, radio in self._whom_radios().items():
            self.whom_group.addButton(radio)
            radio.setProperty("whom", whom.value)
        has_consents = bool(offer.consents)
        self.consent_table.setVisible(has_consents)
        self.no_consent.setVisible(not has_consents)
        if has_consents:
            self.consent_table.selectRow(0)
        return box

    def _line(self, parent: QWidget, name: str) -> QLineEdit:
        edit = QLineEdit(parent)
        edit.setAccessibleName(name)
        edit.setClearButtonEnabled(True)
        return edit

    def _what_radios(self) -> dict[What, QRadioButton]:
        return {
            What.NOTE: self.note_radio,
            What.SUMMARY: self.summary_radio,
            What.PLAN: self.plan_radio,
            What.ECOMAP: self.ecomap_radio,
            What.WORKSHEET: self.worksheet_radio,
            What.ACCOUNTING: self.accounting_radio,
        }

    def _whom_radios(self) -> dict[ForWhom, QRadioButton]:
        return {
            ForWhom.CLIENT: self.client_radio,
            ForWhom.CONSENT: self.consent_radio,
            ForWhom.EMERGENCY: self.emergency_radio,
        }

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.note_radio,
            self.summary_radio,
            self.period_from,
            self.period_to,
            *self.section_boxes.values(),
            self.plan_radio,
            self.ecomap_radio,
            self.worksheet_radio,
            self.worksheet_form,
            self.wallet_card,
            self.accounting_radio,
            self.client_radio,
            self.consent_radio,
            self.consent_table,
            self.emergency_radio,
            self.recipient,
            self.facility,
            self.nature,
            self.counseling_notes,
            self.language,
            self.ok,
            self.cancel,
        ]
        for first, second in pairwise(chain):
            self.setTabOrder(first, second)

    def _connect_signals(self) -> None:
        self.what_group.buttonToggled.connect(self._toggled)
        self.whom_group.buttonToggled.connect(self._toggled)
        self.worksheet_form.currentIndexChanged.connect(self._update)
        self.wallet_card.toggled.connect(self._update)
        self.consent_table.selectionModel().selectionChanged.connect(self._update)
        self.counseling_notes.toggled.connect(self._update)
        for box in self.section_boxes.values():
            box.toggled.connect(self._update)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        EnterActivates(self.consent_table, self.accept)  # Enter on a consent: preview

    def _apply(self, draft: PrintChoice | None) -> None:
        """Start from `draft` (a choice sent back with a problem), else the note if one
        is selected, else a summary; always the client's own copy unless `draft` says."""
        offer = self._offer
        what = What.NOTE if offer.note_id is not None else What.SUMMARY
        whom = ForWhom.CLIENT
        if draft is not None:
            what, whom = draft.what, draft.for_whom
            if draft.period_start is not None:
                self.period_from.setDate(qdate(draft.period_start))
            if draft.period_end is not None:
                self.period_to.setDate(qdate(draft.period_end))
            self.worksheet_form.setCurrentIndex(1 if draft.blank else 0)
            self.wallet_card.setChecked(draft.wallet_card and offer.worksheet_card)
            row = self.consent_model.row_of(draft.consent_id) if draft.consent_id else -1
            if row >= 0:
                self.consent_table.selectRow(row)
            self.recipient.setText(draft.recipient)
            self.facility.setText(draft.facility)
            self.nature.setText(draft.nature)
            self.counseling_notes.setChecked(draft.counseling_notes)
            for name, box in self.section_boxes.items():
                box.setChecked(draft.sections is None or name in draft.sections)
            if draft.language is not None:
                self.language.setCurrentIndex(max(0, self.language.findData(draft.language)))
        radio = self._what_radios()[what]
        if not radio.isEnabled():
            radio = self.summary_radio
        radio.setChecked(True)
        whom_radio = self._whom_radios()[whom]
        (whom_radio if whom_radio.isEnabled() else self.client_radio).setChecked(True)
        self._update()
        radio.setFocus()

    # -- state ---------------------------------------------------------------------------
    @property
    def what(self) -> What:
        checked = self.what_group.checkedButton()
        return What(checked.property("what")) if checked is not None else What.SUMMARY

    @property
    def for_whom(self) -> ForWhom:
        checked = self.whom_group.checkedButton()
        return ForWhom(checked.property("whom")) if checked is not None else ForWhom.CLIENT

    def selected_consent(self) -> Consent | None:
        row = selected_row(self.consent_table)
        return self.consent_model.consent_at(row) if row >= 0 else None

    def _client_copy_only(self) -> bool:
        """The accounting, a blank form and the wallet card are only ever the client's."""
        what = self.what
        if what is What.ACCOUNTING:
            return True
        return what is What.WORKSHEET and (
            bool(self.worksheet_form.currentData()) or self.wallet_card.isChecked()
        )

    def _counseling_allowed(self) -> bool:
        if self.what is not What.SUMMARY:
            return False
        whom = self.for_whom
        if whom is ForWhom.CLIENT:
            return True
        consent = self.selected_consent()
        return whom is ForWhom.CONSENT and consent is not None and consent.includes_counseling_notes

    def _toggled(self, _button: QAbstractButton, checked: bool) -> None:
        if checked:
            self._update()

    def _update(self, *_args: object) -> None:
        """Enable what the current choice uses, and say what it means."""
        what = self.what
        self.period_from.setEnabled(what is What.SUMMARY)
        self.period_to.setEnabled(what is What.SUMMARY)
        for box in self.section_boxes.values():
            box.setEnabled(what is What.SUMMARY)
        self.worksheet_form.setEnabled(what is What.WORKSHEET)
        self.wallet_card.setEnabled(what is What.WORKSHEET and self._offer.worksheet_card)

        only_client = self._client_copy_only()
        self.consent_radio.setEnabled(bool(self._offer.consents) and not only_client)
        self.emergency_radio.setEnabled(not only_client)
        if only_client and not self.client_radio.isChecked():
            self.client_radio.setChecked(True)  # toggles back here through _toggled
            return
        whom = self.for_whom
        self.consent_table.setEnabled(whom is ForWhom.CONSENT)
        for edit in (self.recipient, self.facility, self.nature):
            edit.setEnabled(whom is ForWhom.EMERGENCY)
        allowed = self._counseling_allowed()
        self.counseling_notes.setEnabled(allowed)
        if not allowed and self.counseling_notes.isChecked():
            self.counseling_notes.setChecked(False)
        self.consequence.setText(self._consequence())
        consent = self.selected_consent() if whom is ForWhom.CONSENT else None
        shown = what is What.SUMMARY and consent is not None
        if consent is not None:
            self.consent_allows.setText(
                self.tr("This consent allows: %1").replace("%1", consent.information)
            )
        self.consent_allows.setVisible(shown)

    def _consequence(self) -> str:
        """One plain sentence: what the paper will carry and what gets logged."""
        what, whom = self.what, self.for_whom
        if what is What.ACCOUNTING:
            return self.tr(
                "The accounting of disclosures is the client's own copy: it prints without "
                "the Part 2 notice, and printing it is noted in the audit log."
            )
        if self._client_copy_only():
            return self.tr(
                "A blank form or a wallet card is for the client to keep, so it prints as "
                "the client's own copy, without the Part 2 notice."
            )
        if whom is ForWhom.CONSENT:
            consent = self.selected_consent()
            if consent is None:
                return self.tr("Choose the consent the records go out under.")
            if self.counseling_notes.isChecked():
                return self.tr(
                    "Every page will carry the Part 2 notice for %1, the SUD counseling notes "
                    "of the period go with it, and the disclosure is logged when you print or "
                    "save."
                ).replace("%1", consent.recipient)
            return self.tr(
                "Every page will carry the Part 2 notice for %1; the disclosure is logged "
                "when you print or save."
            ).replace("%1", consent.recipient)
        if whom is ForWhom.EMERGENCY:
            return self.tr(
                "Every page will carry the Part 2 notice; who received it, their facility, "
                "the date and time and the nature of the emergency are logged when you "
                "print or save."
            )
        if self.counseling_notes.isChecked():
            return self.tr(
                "The client's own copy, with the SUD counseling notes of the period: no "
                "Part 2 notice, and nothing goes in the accounting of disclosures."
            )
        return self.tr(
            "The client's own copy prints without the Part 2 notice, and nothing goes in "
            "the accounting of disclosures."
        )

    def show_problem(self, sentence: str) -> None:
        self.problem.setText(sentence)
        self.problem.setVisible(bool(sentence))

    def _missing(self) -> tuple[str, QWidget] | None:
        """The first thing the choice still needs: a sentence and where to type it."""
        if self.what is What.SUMMARY and self.period_to.date() < self.period_from.date():
            return self.tr("The period ends before it starts."), self.period_to
        if self.what is What.SUMMARY and not self._sections() and not self._with_counseling():
            return (
                self.tr("Choose at least one part of the record for the summary."),
                self.section_boxes[next(iter(self.section_boxes))],
            )
        if self.for_whom is ForWhom.CONSENT and self.selected_consent() is None:
            return self.tr("Choose the consent the records go out under."), self.consent_table
        if self.for_whom is ForWhom.EMERGENCY:
            for edit, sentence in (
                (self.recipient, self.tr("Write who receives the records.")),
                (self.facility, self.tr("Write their facility.")),
                (self.nature, self.tr("Write the nature of the emergency.")),
            ):
                if not edit.text().strip():
                    return (
                        self.tr(
                            "A medical-emergency disclosure records who receives it, their "
                            "facility and the nature of the emergency. %1"
                        ).replace("%1", sentence),
                        edit,
                    )
        return None

    def _sections(self) -> frozenset[str]:
        """The summary parts checked (SummarySection values)."""
        return frozenset(name for name, box in self.section_boxes.items() if box.isChecked())

    def _with_counseling(self) -> bool:
        return self.counseling_notes.isEnabled() and self.counseling_notes.isChecked()

    def choice(self) -> PrintChoice:
        """The choice as the dialog shows it now (complete or not)."""
        what, whom = self.what, self.for_whom
        consent = self.selected_consent() if whom is ForWhom.CONSENT else None
        emergency = whom is ForWhom.EMERGENCY
        language = str(self.language.currentData())
        return PrintChoice(
            what=what,
            for_whom=whom,
            period_start=pydate(self.period_from.date()) if what is What.SUMMARY else None,
            period_end=pydate(self.period_to.date()) if what is What.SUMMARY else None,
            blank=what is What.WORKSHEET and bool(self.worksheet_form.currentData()),
            wallet_card=what is What.WORKSHEET and self.wallet_card.isChecked(),
            consent_id=consent.id if consent is not None else None,
            recipient=self.recipient.text().strip() if emergency else "",
            facility=self.facility.text().strip() if emergency else "",
            nature=self.nature.text().strip() if emergency else "",
            counseling_notes=self._with_counseling(),
            language=None if language == self._offer.language else language,
            sections=self._sections() if what is What.SUMMARY else None,
        )

    def accept(self) -> None:
        missing = self._missing()
        if missing is not None:
            sentence, where = missing
            self.show_problem(sentence)
            where.setFocus()
            return
        self._result = self.choice()
        super().accept()

    def result_choice(self) -> PrintChoice | None:
        return self._result

    @classmethod
    def ask(
        cls,
        offer: PrintOffer,
        parent: QWidget | None = None,
        *,
        draft: PrintChoice | None = None,
        problem: str = "",
    ) -> PrintChoice | None:
        """The choice, or None if the counselor backed out."""
        dialog = cls(offer, parent, draft=draft, problem=problem)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.result_choice()
        finally:
            dialog.deleteLater()


def release_hook(workspace: Workspace, client_id: str, *, disclosure: bool) -> ReleaseHook:
    """The preview's release hook: Printing.release through the vault worker (the
    disclosure logged and the file written in one transaction), then on_done/on_error on
    the UI thread. A logged disclosure announces `DISCLOSURE_CHANGED` for the client."""
    from counselor_desk.services.printing import Printing

    changed = (DISCLOSURE_CHANGED, client_id) if disclosure else None

    def release(built: Any, deliver: Deliver | None, on_done: Done, on_error: Failed) -> None:
        workspace.write(
            lambda printing: printing.release(built, deliver),
            changed=changed,
            on_done=on_done,
            on_error=on_error,
            service=Printing,
        )

    return release


def _cautions_accepted(parent: QWidget | None, cautions: Sequence[str]) -> bool:
    if not cautions:
        return True
    return Ask.confirm(
        parent,
        QCoreApplication.translate("PrintChooser", "Before the records leave"),
        QCoreApplication.translate("PrintChooser", "Check this before you print or save:"),
        "\n\n".join(cautions),
    )


def print_for_client(
    workspace: Workspace,
    settings: UiSettings,
    parent: QWidget | None,
    client_id: str,
    *,
    note_id: str | None = None,
    worksheet_id: str | None = None,
    today: date | None = None,
) -> None:
    """Print… (Ctrl+P) for the client shown in the chart: the chooser, then the preview.

    `note_id` is the note of the session selected in the chart (or open in the editor),
    `worksheet_id` the worksheet open in the Worksheets tab; None leaves that choice out.
    A refusal reopens the chooser on the same choice with the reason; nothing is built."""
    from counselor_desk.services.printing import Printing, PrintOptions

    printing = Printing(workspace.vault)
    offer = PrintOffer.read(
        workspace, client_id, note_id=note_id, worksheet_id=worksheet_id, today=today
    )
    options = PrintOptions(disclosed_by=workspace.signer)
    draft: PrintChoice | None = None
    problem = ""
    while True:
        choice = PrintChooser.ask(offer, parent, draft=draft, problem=problem)
        if choice is None:
            return
        draft, problem = choice, ""
        try:
            job = prepare(printing, offer, choice, options)
        except CounselorDeskError as exc:
            problem = describe(exc)
            continue
        if not _cautions_accepted(parent, job.info.cautions):
            continue
        PrintPreviewDialog.preview(
            job.info.title,
            job.build,
            settings,
            parent,
            file_name=job.info.file_name,
            release=release_hook(workspace, client_id, disclosure=job.info.is_disclosure),
        )
        return
