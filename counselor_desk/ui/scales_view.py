"""The Scales tab: a client's standard scales (PHQ-9, GAD-7, AUDIT, AUDIT-C, DAST-10,
COWS, craving) entered item by item, the past entries with their totals, bands and
flags, and a chart of the chosen scale over time.

A saved PHQ-9 with item 9 above zero raises a banner that stays while it is the
client's latest PHQ-9, with a button that asks the window for the client's safety plan
(`safety_plan_requested`; the desk opens it in the Worksheets tab). Scoring, bands and
flags come from domain.scales through the service; nothing here decides them.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from itertools import pairwise
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from counselor_desk.domain.errors import CounselorDeskError
from counselor_desk.domain.measures import ScaleEntry
from counselor_desk.domain.records import Client
from counselor_desk.domain.scales import FlagKind, ScaleId, definition
from counselor_desk.services.measures import Measures
from counselor_desk.ui.ask import Ask
from counselor_desk.ui.models import ID_ROLE, date_pattern, show_date
from counselor_desk.ui.scale_chart import ScaleChart
from counselor_desk.ui.scale_form import ScaleForm
from counselor_desk.ui.tables import CONTENTS_PRECISION
from counselor_desk.ui.workspace import Workspace, describe

Index = QModelIndex | QPersistentModelIndex
SCALES: tuple[ScaleId, ...] = (
    ScaleId.PHQ9,
    ScaleId.GAD7,
    ScaleId.AUDIT,
    ScaleId.AUDIT_C,
    ScaleId.DAST10,
    ScaleId.COWS,
    ScaleId.CRAVING,
)
_SAFETY_RED = QColor("#8f0019")
_BANNER_STYLE = (
    "QFrame#scalesSafetyBanner { border: 1px solid #e0b4b4; border-left: 6px solid #b00020;"
    " background: #fdf1f1; }"
    " QFrame#scalesSafetyBanner QLabel { color: #2b0006; }"
)
_NOTICE_STYLE = "QLabel { color: white; background: #b00020; padding: 4px; }"


def in_order(entries: Sequence[ScaleEntry], last_saved: str | None = None) -> list[ScaleEntry]:
    """Oldest first by the day taken, then by when entered. Times are kept to the second,
    so two entries can tie; the one this window saved last is then the newer."""
    return sorted(
        entries,
        key=lambda e: (e.taken_on, e.created_at or datetime.min, e.id == last_saved),
    )


class ScaleEntryModel(QAbstractTableModel):
    """Past entries, newest first: date, scale, total, band and flags."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ScaleEntry] = []
        self._headers = (
            self.tr("Date"),
            self.tr("Scale"),
            self.tr("Total"),
            self.tr("Band"),
            self.tr("Flags"),
        )

    def reload(self, entries: Sequence[ScaleEntry]) -> None:
        """`entries` oldest first (see in_order); shown newest first."""
        self.beginResetModel()
        self._rows = list(reversed(entries))
        self.endResetModel()

    def entry_at(self, row: int) -> ScaleEntry | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, entry_id: str) -> int:
        return next((i for i, e in enumerate(self._rows) if e.id == entry_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's own default)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def flag_words(self, entry: ScaleEntry) -> str:
        words = {
            FlagKind.SAFETY: self.tr("Safety"),
            FlagKind.POSITIVE_SCREEN: self.tr("Positive screen"),
            FlagKind.NOTE: self.tr("Note"),
        }
        return ", ".join(words[flag.kind] for flag in entry.flags)

    def text(self, entry: ScaleEntry, column: int) -> str:
        if column == 0:
            return show_date(entry.taken_on)
        if column == 1:
            return definition(entry.scale).title
        if column == 2:
            return str(entry.total)
        if column == 3:
            return entry.band or ""
        return self.flag_words(entry)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row, column = index.row(), index.column()
        if not index.isValid() or not 0 <= row < len(self._rows) or not 0 <= column < 5:
            return None
        entry = self._rows[row]
        if role == ID_ROLE:
            return entry.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.text(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 4 and entry.flags:
                return "\n".join(flag.message for flag in entry.flags)
            return self.text(entry, column) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if entry.safety_flag and column == 4:
            # Red and bold, and the word "Safety" says it for anyone who cannot see red.
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(_SAFETY_RED)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        return None


class ScalesView(QWidget):
    """show_client(id) shows that client's entries; new_entry() starts one of the scale
    picked. `safety_plan_requested` asks the window for the client's safety plan."""

    safety_plan_requested = Signal()
    saved = Signal(str)  # scale entry id, once committed

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._client: Client | None = None
        self._entries: list[ScaleEntry] = []
        self._form: ScaleForm | None = None
        self._viewing: ScaleEntry | None = None  # a saved entry shown read-only
        self._dismissed: str | None = None  # the flagged entry whose banner was closed
        self._last_saved: str | None = None
        self._saving = False
        self._loading = False
        self._build()
        self._connect_signals()
        self._show_panel()

    # -- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        self._build_banner()
        picker_label = QLabel(self.tr("Sc&ale:"), self)
        self._picker = QComboBox(self)
        self._picker.setObjectName("scalePicker")
        self._picker.setAccessibleName(self.tr("Scale"))
        for scale in SCALES:
            self._picker.addItem(definition(scale).title, scale.value)
        picker_label.setBuddy(self._picker)
        self._new_button = QPushButton(self.tr("&New entry"), self)
        self._new_button.setObjectName("newScaleEntry")
        self._new_button.setAccessibleName(self.tr("New entry of the chosen scale"))
        self._hint = QLabel(self)
        self._hint.setWordWrap(True)
        self._hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        top = QHBoxLayout()
        top.addWidget(picker_label)
        top.addWidget(self._picker)
        top.addWidget(self._new_button)
        top.addSpacing(12)
        top.addWidget(self._hint, 1)

        left = QSplitter(Qt.Orientation.Vertical, self)
        left.setChildrenCollapsible(False)
        table_box = QWidget(left)
        table_label = QLabel(self.tr("Past &entries"), table_box)
        self._model = ScaleEntryModel(self)
        self._table = QTableView(table_box)
        self._table.setObjectName("scaleEntries")
        self._table.setAccessibleName(self.tr("Past entries"))
        self._table.setModel(self._model)
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._table.setTabKeyNavigation(False)
        self._table.setWordWrap(False)
        self._table.setAlternatingRowColors(True)
        self._table.verticalHeader().setVisible(False)
        header = self._table.horizontalHeader()
        header.setStretchLastSection(True)
        # Measured once per reload from the first rows (resizeColumnsToContents below),
        # not on every layout: 300 entries cost 70-90 ms a chart open otherwise.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(CONTENTS_PRECISION)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        table_label.setBuddy(self._table)
        table_layout = QVBoxLayout(table_box)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(table_label)
        table_layout.addWidget(self._table, 1)
        self.chart = ScaleChart(left)
        self.chart.setObjectName("scaleChart")
        left.addWidget(table_box)
        left.addWidget(self.chart)
        left.setSizes([220, 300])

        # The entry panel shows only while an entry is open: the rest of the time the
        # table and the chart have the whole width.
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        self._panel = self._entry_page(splitter)
        splitter.addWidget(self._panel)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([560, 520])

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    def _build_banner(self) -> None:
        self.banner = QFrame(self)
        self.banner.setObjectName("scalesSafetyBanner")
        self.banner.setStyleSheet(_BANNER_STYLE)
        heading = QLabel(self.tr("Safety flag on the latest PHQ-9"), self.banner)
        bold = QFont(heading.font())
        bold.setBold(True)
        heading.setFont(bold)
        self.banner_text = QLabel(self.banner)
        self.banner_text.setWordWrap(True)
        self.banner_text.setTextFormat(Qt.TextFormat.PlainText)
        self.safety_button = QPushButton(self.tr("Open the &safety plan"), self.banner)
        self.safety_button.setObjectName("openSafetyPlan")
        self.safety_button.setAccessibleName(self.tr("Open the client's safety plan"))
        self._dismiss_button = QPushButton(self.tr("&Dismiss"), self.banner)
        self._dismiss_button.setAccessibleName(self.tr("Dismiss the safety flag banner"))
        text_column = QVBoxLayout()
        text_column.addWidget(heading)
        text_column.addWidget(self.banner_text)
        buttons = QVBoxLayout()
        buttons.addWidget(self.safety_button)
        buttons.addWidget(self._dismiss_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self.banner)
        layout.setContentsMargins(14, 8, 10, 8)
        layout.addLayout(text_column, 1)
        layout.addLayout(buttons)
        self.banner.setAccessibleName(heading.text())
        self.banner.hide()

    def _entry_page(self, parent: QWidget) -> QWidget:
        page = QWidget(parent)
        date_label = QLabel(self.tr("Taken &on:"), page)
        self.date_edit = QDateEdit(page)
        self.date_edit.setObjectName("takenOn")
        self.date_edit.setAccessibleName(self.tr("Date taken"))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(date_pattern())
        date_label.setBuddy(self.date_edit)
        self._status = QLabel(page)
        self._status.setAccessibleName(self.tr("Save status"))
        row = QHBoxLayout()
        row.addWidget(date_label)
        row.addWidget(self.date_edit)
        row.addStretch(1)
        row.addWidget(self._status)
        self._form_box = QWidget(page)
        self._form_layout = QVBoxLayout(self._form_box)
        self._form_layout.setContentsMargins(0, 0, 0, 0)
        self._notice = QLabel(page)
        self._notice.setWordWrap(True)
        self._notice.setTextFormat(Qt.TextFormat.PlainText)
        self._notice.setAccessibleName(self.tr("Problem"))
        self._notice.setStyleSheet(_NOTICE_STYLE)
        self._notice.hide()
        self.save_button = QPushButton(self.tr("&Save entry"), page)
        self.save_button.setObjectName("saveScaleEntry")
        self.save_button.setAccessibleName(self.tr("Save this entry"))
        self.save_button.setDefault(False)
        self._close_button = QPushButton(page)
        self._close_button.setObjectName("closeScaleEntry")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self._close_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self._form_box, 1)
        layout.addWidget(self._notice)
        layout.addLayout(buttons)
        return page

    def _connect_signals(self) -> None:
        self._picker.currentIndexChanged.connect(self._scale_picked)
        self._new_button.clicked.connect(lambda: self.new_entry())
        self._table.selectionModel().currentRowChanged.connect(self._entry_picked)
        self.save_button.clicked.connect(self.save)
        self._close_button.clicked.connect(self.close_entry)
        self.safety_button.clicked.connect(self.safety_plan_requested)
        self._dismiss_button.clicked.connect(self._dismiss_banner)

    # -- public API ----------------------------------------------------------------------------
    @property
    def current_client_id(self) -> str | None:
        return self._client.id if self._client else None

    @property
    def form(self) -> ScaleForm | None:
        return self._form

    @property
    def model(self) -> ScaleEntryModel:
        return self._model

    @property
    def picker(self) -> QComboBox:
        return self._picker

    @property
    def table(self) -> QTableView:
        return self._table

    @property
    def entering(self) -> bool:
        """A new entry is open (not yet saved)."""
        return self._form is not None and self._viewing is None

    def current_scale(self) -> ScaleId:
        return ScaleId(self._picker.currentData())

    def status_text(self) -> str:
        return self._status.text()

    def notice_text(self) -> str:
        return self._notice.text() if self._notice.isVisibleTo(self) else ""

    def show_client(self, client_id: str) -> bool:
        """Show a client's entries and chart; an entry being entered for another client is
        left only with the counselor's yes."""
        if client_id == self.current_client_id:
            return True
        if not self._may_drop_entry():
            return False
        try:
            client = self._workspace.caseload.client(client_id)
        except CounselorDeskError as exc:
            self._workspace.failed.emit(describe(exc))
            return False
        self._client = client
        self._dismissed = None
        self._set_form(None)
        self._reload()
        return True

    def set_scale(self, scale_id: ScaleId | str) -> None:
        index = self._picker.findData(ScaleId(scale_id).value)
        if index >= 0:
            self._picker.setCurrentIndex(index)

    def new_entry(self, scale_id: ScaleId | str | None = None) -> None:
        """Start entering the picked scale (or `scale_id`), dated today."""
        if self._client is None or not self._may_drop_entry():
            return
        if scale_id is not None:
            self._loading = True  # the picker follows; no second form from its signal
            try:
                self.set_scale(scale_id)
            finally:
                self._loading = False
            self._show_chart()
        self._table.clearSelection()
        self._open_new_form(self.current_scale())

    def save(self) -> None:
        """Record the entry on the worker; the answers stay on screen if it fails."""
        form, client = self._form, self._client
        if form is None or client is None or not self.entering or self._saving:
            return
        if form.result() is None:  # every item needs an answer; the form says which
            return
        answers, scale = form.answers(), form.scale_id
        day = self.date_edit.date()
        taken_on = date(day.year(), day.month(), day.day())
        self._saving = True
        self._set_notice("")
        self._status.setText(self.tr("Saving…"))
        self._update_buttons()
        client_id, sex = client.id, client.sex
        self._workspace.write(
            lambda m: m.record_scale(client_id, scale, answers, taken_on, sex=sex),
            service=Measures,
            changed=("scale", client_id),
            on_done=self._recorded,
            on_error=self._record_failed,
        )

    def close_entry(self) -> None:
        """Close the entry panel (a new entry with answers asks first)."""
        if self._may_drop_entry():
            self._table.clearSelection()
            self._set_form(None)

    def may_leave(self) -> bool:
        """Before the desk shows another client: an entry being answered is dropped only
        with the counselor's yes (then at once, so the switch asks no second time)."""
        if not self._may_drop_entry():
            return False
        if self.entering:
            self._set_form(None)
        return True

    def flush(self, timeout: float = 5.0) -> bool:
        """Wait for an entry being saved (before locking). An entry still being answered
        is not recorded behind the counselor's back: a score is saved with "Save"."""
        if self._saving:
            return self._workspace.worker.wait_idle(timeout)
        return True

    def clear(self) -> None:
        self._client = None
        self._set_form(None)
        self._reload()

    def state(self) -> dict[str, Any]:
        """Client and scale shown (no answers: safe to keep across a lock)."""
        return {"client_id": self.current_client_id, "scale": self.current_scale().value}

    def restore_state(self, state: dict[str, Any]) -> None:
        client_id = state.get("client_id")
        if not client_id or not self.show_client(str(client_id)):
            return
        scale = state.get("scale")
        if scale in {s.value for s in SCALES}:
            self.set_scale(str(scale))

    # -- entries, chart and banner --------------------------------------------------------
    def _reload(self, select: str | None = None) -> None:
        client = self._client
        found = self._workspace.measures.scale_entries(client.id) if client else []
        self._entries = in_order(found, self._last_saved)
        self._loading = True
        try:
            self._model.reload(self._entries)
            row = self._model.row_of(select) if select else -1
            if row >= 0:
                self._table.setCurrentIndex(self._model.index(row, 0))
        finally:
            self._loading = False
        self._table.resizeColumnsToContents()
        self._new_button.setEnabled(client is not None)
        self._show_chart()
        self._update_banner()
        self._show_panel()

    def _show_chart(self) -> None:
        scale = self.current_scale()
        points = [(e.taken_on, e.total) for e in self._entries if e.scale is scale]
        sex = self._client.sex if self._client is not None else None
        self.chart.set_series(scale, points, sex=sex)

    def chart_points(self) -> list[tuple[date, int]]:
        return list(self.chart.points)

    def _latest_phq9(self) -> ScaleEntry | None:
        phq9 = [e for e in self._entries if e.scale is ScaleId.PHQ9]
        return phq9[-1] if phq9 else None

    def _update_banner(self) -> None:
        latest = self._latest_phq9()
        show = latest is not None and latest.safety_flag and latest.id != self._dismissed
        if latest is not None and show:
            self.banner_text.setText(
                self.tr(
                    "The PHQ-9 of %1 has item 9 (thoughts of death or self-harm) above zero. "
                    "Ask about safety today, and review or write the safety plan with the "
                    "client. Crisis line: call or text 988."
                ).replace("%1", show_date(latest.taken_on))
            )
            self.banner.setAccessibleDescription(self.banner_text.text())
        self.banner.setVisible(show)

    def _dismiss_banner(self) -> None:
        latest = self._latest_phq9()
        self._dismissed = latest.id if latest is not None else None
        self._update_banner()

    # -- the entry panel -----------------------------------------------------------------------
    def _scale_picked(self, _index: int) -> None:
        self._show_chart()
        if self._loading:
            return
        # A new entry nothing was answered in yet follows the picker.
        if self.entering and self._form is not None and not self._form.answers():
            self._open_new_form(self.current_scale())

    def _entry_picked(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._loading:
            return
        entry = self._model.entry_at(current.row()) if current.isValid() else None
        if entry is None:
            return
        if self.entering and self._form is not None and self._form.answers():
            return  # answers being given are never replaced by a click in the list
        self._show_saved(entry)

    def _show_saved(self, entry: ScaleEntry) -> None:
        self._loading = True
        try:
            self.set_scale(entry.scale)
        finally:
            self._loading = False
        self._show_chart()
        form = ScaleForm(entry.scale, self._form_box, sex=entry.sex)
        form.set_answers(entry.answers)
        form.set_read_only(True)
        self._set_form(form, viewing=entry)
        self.date_edit.setDate(QDate(entry.taken_on.year, entry.taken_on.month, entry.taken_on.day))
        self._status.setText("")

    def _open_new_form(self, scale: ScaleId) -> None:
        sex = self._client.sex if self._client is not None else None
        form = ScaleForm(scale, self._form_box, sex=sex)
        self._set_form(form, viewing=None)
        today = QDate.currentDate()
        self.date_edit.setMaximumDate(today)
        self.date_edit.setDate(today)
        self._status.setText("")
        form.focus_first()

    def _set_form(self, form: ScaleForm | None, viewing: ScaleEntry | None = None) -> None:
        if self._form is not None:
            self._form_layout.removeWidget(self._form)
            self._form.hide()
            self._form.deleteLater()
        self._form = form
        self._viewing = viewing
        self._set_notice("")
        if form is not None:
            form.setObjectName("scaleForm")
            self._form_layout.addWidget(form)
            form.show()  # now, not on the next event-loop turn: Tab and focus need it
            form.edited.connect(self._update_buttons)
            form.safety_plan_requested.connect(self.safety_plan_requested)
            # New widgets join the focus chain at the window's end: put the items between
            # the date and the Save button, in the order they are read.
            chain: list[QWidget] = [self.date_edit, form.safety_button]
            for row in form.rows:
                chain.extend(row.buttons.values())
            chain.extend((self.save_button, self._close_button))
            for first, second in pairwise(chain):
                QWidget.setTabOrder(first, second)
        self._show_panel()

    def _show_panel(self) -> None:
        has_form = self._form is not None
        self._panel.setVisible(has_form)
        # Emptied rather than hidden: the label keeps the picker row from stretching.
        if has_form:
            self._hint.setText("")
        elif self._client is not None:
            self._hint.setText(
                self.tr(
                    "Pick a scale and press New entry to enter it item by item, or choose a "
                    "past entry to see its answers."
                )
            )
        else:
            self._hint.setText(self.tr("Choose a client from the list."))
        viewing = self._viewing is not None
        self.date_edit.setReadOnly(viewing)
        self.save_button.setVisible(has_form and not viewing)
        if viewing:
            self._close_button.setText(self.tr("&Close"))
            self._close_button.setAccessibleName(self.tr("Close this entry"))
        else:
            self._close_button.setText(self.tr("&Cancel"))
            self._close_button.setAccessibleName(self.tr("Cancel this entry"))
        self._update_buttons()

    def _update_buttons(self) -> None:
        complete = self._form is not None and self._form.is_complete()
        self.save_button.setEnabled(self.entering and complete and not self._saving)
        self.save_button.setToolTip(
            "" if complete else self.tr("Answer every item to save the entry.")
        )

    def _may_drop_entry(self) -> bool:
        """True unless answers are being given and the counselor keeps them."""
        if not self.entering or self._form is None or not self._form.answers():
            return True
        return Ask.confirm(
            self,
            self.tr("Discard entry"),
            self.tr("Discard the answers given so far? They have not been saved."),
        )

    def _set_notice(self, text: str) -> None:
        self._notice.setText(text)
        self._notice.setVisible(bool(text))

    # -- write callbacks ---------------------------------------------------------------------
    def _recorded(self, entry: ScaleEntry) -> None:
        self._saving = False
        if entry.client_id != self.current_client_id:
            return
        self._last_saved = entry.id
        if entry.safety_flag:
            self._dismissed = None  # a new flag is always shown
        self._set_form(None)
        self._reload(select=entry.id)
        self._show_saved(entry)
        self._status.setText(self.tr("Saved"))
        self.saved.emit(entry.id)

    def _record_failed(self, exc: Exception) -> None:
        self._saving = False
        self._status.setText(self.tr("Not saved"))
        self._set_notice(describe(exc))
        self._update_buttons()
