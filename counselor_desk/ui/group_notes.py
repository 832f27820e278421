"""The "Group notes" window: the counselor's own record of group sessions (never a chart).

One draft per group: date, time, length, place, the group part (topic, interventions)
and, per attendee, a status (attended, excused, no-show) and a short section of their
own. Drafts autosave like notes ("Saved" only after the commit). "Sign and file into
each chart" (Ctrl+Shift+Return) files, in one step, a signed copy holding the group part
and that attendee's own section into the chart of each attendee who attended, and an
attendance entry into every attendee's chart; a part that names another attendee is
refused first, pointing at the section to fix. A signed group is read-only and shows
what went into which chart. "Print sign-in sheet…" (Ctrl+P), for a draft or a signed
group, prints the sheet attendees sign in on: that group's attendees only, and blank
rows for walk-ins (services.printing; it stays in the program, so it is audited only).

The window title never names a client. Writes go through workspace.write(service=Groups);
reads use a Groups on workspace.vault (the UI thread's connection).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from itertools import pairwise
from typing import Any, cast

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent, QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from counselor_desk.domain.errors import CounselorDeskError
from counselor_desk.domain.group_notes import (
    AttendeeStatus,
    GroupAttendee,
    GroupSession,
    NameLeak,
    numbered,
)
from counselor_desk.domain.records import Client
from counselor_desk.services.groups import DEFAULT_MINUTES, Groups
from counselor_desk.ui.ask import Ask
from counselor_desk.ui.autosave import Autosaver
from counselor_desk.ui.models import ID_ROLE, date_pattern, fold, local_day, show_date, show_time
from counselor_desk.ui.session_dialog import rounded_now
from counselor_desk.ui.tables import EnterActivates, read_only_table, selected_row
from counselor_desk.ui.ui_settings import UiSettings
from counselor_desk.ui.worker import Job
from counselor_desk.ui.workspace import Workspace, describe

Index = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole
SIGN_SHORTCUTS = (QKeySequence("Ctrl+Shift+Return"), QKeySequence("Ctrl+Shift+Enter"))
_NOTICE_STYLE = (
    "QLabel { background: #fff4e5; color: #3d2600; border: 1px solid #e0b070;"
    " border-left: 6px solid #c77700; padding: 6px; }"
)

_STATUSES = {
    AttendeeStatus.ATTENDED: QT_TRANSLATE_NOOP("GroupNotes", "Attended"),
    AttendeeStatus.EXCUSED: QT_TRANSLATE_NOOP("GroupNotes", "Excused"),
    AttendeeStatus.NO_SHOW: QT_TRANSLATE_NOOP("GroupNotes", "No-show"),
}


def status_label(status: AttendeeStatus) -> str:
    return QCoreApplication.translate("GroupNotes", str(_STATUSES[status]))


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


def _when(value: datetime) -> str:
    return f"{show_date(local_day(value))} {show_time(value)}"


# -- models ---------------------------------------------------------------------------------


class GroupListModel(QAbstractTableModel):
    """The groups, drafts first then signed, newest first: when, topic, how many, status."""

    WHEN, TOPIC, COUNT, STATUS = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[GroupSession] = []
        self._labels = (self.tr("When"), self.tr("Topic"), self.tr("Attendees"), self.tr("Status"))

    def reload(self, groups: Sequence[GroupSession]) -> None:
        self.beginResetModel()
        self._rows = list(groups)
        self.endResetModel()

    def update(self, group: GroupSession) -> None:
        """Show a draft's newer text without resetting the list (keeps the selection)."""
        row = self.row_of(group.id)
        if row < 0:
            return
        self._rows[row] = group
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._labels) - 1))

    def group_at(self, row: int) -> GroupSession | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, group_id: str) -> int:
        return next((i for i, g in enumerate(self._rows) if g.id == group_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's own default)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._labels)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._labels):
            return None
        if role in (Role.DisplayRole, Role.AccessibleTextRole, Role.ToolTipRole):
            return self._labels[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def status_text(self, group: GroupSession) -> str:
        return self.tr("Signed") if group.is_signed else self.tr("Draft")

    def _text(self, group: GroupSession, column: int) -> str:
        if column == self.WHEN:
            return _when(group.start)
        if column == self.TOPIC:
            return _first_line(group.topic) or self.tr("(no topic yet)")
        if column == self.COUNT:
            return str(len(group.attendees))
        return self.status_text(group)

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not (
            index.isValid()
            and index.model() is self
            and 0 <= index.row() < len(self._rows)
            and 0 <= index.column() < len(self._labels)
        ):
            return None
        group, column = self._rows[index.row()], index.column()
        if role == ID_ROLE:
            return group.id
        if role in (Role.DisplayRole, Role.ToolTipRole):
            return self._text(group, column)
        if role == Role.AccessibleTextRole:
            said = self.tr("%1, %2, %3 attendees, %4")
            for mark, column_shown in (
                ("%1", self.WHEN),
                ("%2", self.TOPIC),
                ("%3", self.COUNT),
                ("%4", self.STATUS),
            ):
                said = said.replace(mark, self._text(group, column_shown))
            return said
        if role == Role.FontRole and column == self.STATUS and not group.is_signed:
            font = QFont()
            font.setItalic(True)  # a draft still wants work
            return font
        return None


class AttendeeModel(QAbstractTableModel):
    """The group's attendees as edited: name, status, and their own section (a draft) or
    what was filed into their chart (a signed group)."""

    NAME, STATUS, PART = range(3)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[GroupAttendee] = []
        self._names: dict[str, str] = {}
        self._signed = False
        self._labels = (self.tr("Attendee"), self.tr("Status"), self._part_label())

    def _part_label(self) -> str:
        return self.tr("Filed into the chart") if self._signed else self.tr("Own section")

    def reload(
        self, attendees: Sequence[GroupAttendee], names: dict[str, str], *, signed: bool
    ) -> None:
        self.beginResetModel()
        self._rows = list(attendees)
        self._names = dict(names)
        self._signed = signed
        self._labels = (self._labels[0], self._labels[1], self._part_label())
        self.endResetModel()

    def set_names(self, names: dict[str, str]) -> None:
        self._names = dict(names)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

    @property
    def attendees(self) -> tuple[GroupAttendee, ...]:
        return numbered(self._rows)

    def attendee_at(self, row: int) -> GroupAttendee | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, client_id: str) -> int:
        return next((i for i, a in enumerate(self._rows) if a.client_id == client_id), -1)

    def name(self, client_id: str) -> str:
        return self._names.get(client_id, self.tr("(unknown client)"))

    def add(self, attendee: GroupAttendee, name: str) -> None:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(attendee)
        self._names[attendee.client_id] = name
        self.endInsertRows()

    def remove(self, row: int) -> None:
        if not 0 <= row < len(self._rows):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()

    def change(self, row: int, **values: Any) -> None:
        if not 0 <= row < len(self._rows):
            return
        self._rows[row] = replace(self._rows[row], **values)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._labels) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's own default)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._labels)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._labels):
            return None
        if role in (Role.DisplayRole, Role.AccessibleTextRole, Role.ToolTipRole):
            return self._labels[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def filed_text(self, attendee: GroupAttendee) -> str:
        if attendee.note_id is not None:
            return self.tr("Group note and attendance")
        return self.tr("Attendance only (%1)").replace("%1", status_label(attendee.status).lower())

    def _text(self, attendee: GroupAttendee, column: int) -> str:
        if column == self.NAME:
            return self.name(attendee.client_id)
        if column == self.STATUS:
            return status_label(attendee.status)
        if self._signed:
            return self.filed_text(attendee)
        return _first_line(attendee.section)

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not (
            index.isValid()
            and index.model() is self
            and 0 <= index.row() < len(self._rows)
            and 0 <= index.column() < len(self._labels)
        ):
            return None
        attendee, column = self._rows[index.row()], index.column()
        if role == ID_ROLE:
            return attendee.client_id
        if role in (Role.DisplayRole, Role.ToolTipRole):
            return self._text(attendee, column)
        if role == Role.AccessibleTextRole:
            said = self.tr("%1, %2").replace("%1", self.name(attendee.client_id))
            said = said.replace("%2", status_label(attendee.status))
            if self._signed:
                said += ", " + self.filed_text(attendee)
            elif not attendee.section.strip():
                said += self.tr(", no section written yet")
            return said
        return None


# -- choosing attendees -------------------------------------------------------------------


class AttendeePicker(QDialog):
    """Active clients, filtered as the counselor types (every word, any order, case and
    accents ignored). Space ticks a client; Enter adds the ticked ones, or the one under
    the cursor when none is ticked."""

    def __init__(
        self, parent: QWidget | None, clients: Sequence[Client], exclude: set[str]
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add attendees"))
        self.setAccessibleName(self.windowTitle())
        self.filter = QLineEdit(self)
        self.filter.setAccessibleName(self.tr("Filter clients by name"))
        self.filter.setPlaceholderText(self.tr("Type part of a name"))
        self.filter.setClearButtonEnabled(True)
        filter_label = QLabel(self.tr("&Find:"), self)
        filter_label.setBuddy(self.filter)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Clients"))
        for client in sorted(clients, key=lambda c: fold(c.display_name)):
            if client.archived or client.id in exclude:
                continue
            item = QListWidgetItem(client.display_name)
            item.setData(ID_ROLE, client.id)
            item.setData(
                Role.UserRole + 1, fold(f"{client.display_name} {client.legal_name or ''}")
            )
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            if client.legal_name:
                item.setToolTip(client.legal_name)
            self.list.addItem(item)
        list_label = QLabel(self.tr("&Clients (Space ticks one):"), self)
        list_label.setBuddy(self.list)
        self.empty = QLabel(self.tr("No active client matches."), self)
        self.empty.setAccessibleName(self.tr("No match"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Add to the group"))
        ok.setAccessibleName(ok.text())
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            self.tr("Cancel")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(filter_label)
        layout.addWidget(self.filter)
        layout.addWidget(list_label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        self.resize(380, 460)

        self.filter.textChanged.connect(self._filter)
        self.filter.installEventFilter(self)
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.list.itemChanged.connect(lambda _item: self._update())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._filter("")
        self.filter.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Down from the filter goes to the list, so typing and choosing need no mouse.
        if (
            watched is self.filter
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
        ):
            self.list.setFocus()
            return True
        return super().eventFilter(watched, event)

    def _filter(self, text: str) -> None:
        words = fold(text).split()
        first: QListWidgetItem | None = None
        for row in range(self.list.count()):
            item = self.list.item(row)
            haystack = str(item.data(Role.UserRole + 1))
            hidden = not all(w in haystack for w in words)
            item.setHidden(hidden)
            if not hidden and first is None:
                first = item
        if first is not None:
            self.list.setCurrentItem(first)  # Enter picks the best match
        self.empty.setVisible(first is None)
        self._update()

    def _visible_current(self) -> QListWidgetItem | None:
        item = self.list.currentItem()
        return item if item is not None and not item.isHidden() else None

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.chosen()))

    def chosen(self) -> list[str]:
        """The ticked clients in list order, else the one under the cursor."""
        ticked = [
            str(self.list.item(r).data(ID_ROLE))
            for r in range(self.list.count())
            if self.list.item(r).checkState() == Qt.CheckState.Checked
        ]
        if ticked:
            return ticked
        current = self._visible_current()
        return [str(current.data(ID_ROLE))] if current is not None else []

    @classmethod
    def ask(cls, parent: QWidget | None, clients: Sequence[Client], exclude: set[str]) -> list[str]:
        """The client ids chosen ([] when cancelled)."""
        dialog = cls(parent, clients, exclude)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        answer = dialog.chosen() if accepted else []
        dialog.deleteLater()
        return answer


# -- the window ------------------------------------------------------------------------------


@dataclass
class _Signing:
    """A signing on its way; set on the worker thread so flush() can learn the outcome
    before the UI-thread callback arrives."""

    group: GroupSession
    finished: threading.Event
    error: Exception | None = None


class GroupNotesWindow(QDialog):
    """The counselor's group sessions. Not modal: show() it. flush() before lock or quit;
    state()/restore_state() keep the group open across a lock (ids only)."""

    status_changed = Signal(str)
    filed = Signal(str, object)  # group id, {client id: note id}

    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        *,
        autosave_ms: int = 1000,
        now: Callable[[], datetime] | None = None,
        settings: UiSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._settings = settings  # for the print preview (None: the program's own)
        self._groups = Groups(workspace.vault)  # UI-thread reads
        self._now = now or rounded_now
        self._group: GroupSession | None = None
        self._names: dict[str, str] = {}
        self._loading = False
        self._signing: _Signing | None = None
        self._starting = False  # a new draft is being made
        self._save_problem = False
        self._shown_attendee: str | None = None  # whose status and section are shown
        self._check_notice = False  # the notice says why signing was refused
        self._autosaver = Autosaver(
            workspace, self._capture, delay_ms=autosave_ms, service=Groups, parent=self
        )
        self.setWindowTitle(self.tr("Group notes"))  # never a client's name
        self.setAccessibleName(self.windowTitle())
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setModal(False)
        self._build()
        self._connect_signals()
        self.reload()
        self._show(None)
        self.resize(1120, 760)

    # -- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        left = QWidget(self)
        list_label = QLabel(self.tr("&Groups"), left)
        self.list_model = GroupListModel(self)
        self.group_table = read_only_table(left, self.tr("Group sessions"))
        self.group_table.setObjectName("groupList")
        self.group_table.setModel(self.list_model)
        header = self.group_table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(GroupListModel.TOPIC, QHeaderView.ResizeMode.Stretch)
        for column in (GroupListModel.WHEN, GroupListModel.COUNT, GroupListModel.STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        list_label.setBuddy(self.group_table)
        self.new_button = QPushButton(self.tr("&New group"), left)
        self.new_button.setObjectName("newGroup")
        self.new_button.setAccessibleName(self.tr("New group"))
        self.new_button.setToolTip(self.tr("Start a new group note (Ctrl+N)"))
        self.delete_button = QPushButton(self.tr("&Delete draft…"), left)
        self.delete_button.setObjectName("deleteGroupDraft")
        self.delete_button.setAccessibleName(self.tr("Delete this draft"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(list_label)
        left_layout.addWidget(self.group_table, 1)
        left_layout.addLayout(buttons)

        right = QWidget(self)
        self.details = QLabel(right)
        self.details.setAccessibleName(self.tr("About this group note"))
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.status = QLabel(right)
        self.status.setAccessibleName(self.tr("Save status"))
        top = QHBoxLayout()
        top.addWidget(self.details, 1)
        top.addWidget(self.status)
        self.notice = QLabel(right)
        self.notice.setObjectName("groupNotice")
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setAccessibleName(self.tr("Message"))
        self.notice.setStyleSheet(_NOTICE_STYLE)
        self.placeholder = QLabel(right)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)

        self.editor = QWidget(right)
        self.day = QDateEdit(self.editor)
        self.day.setAccessibleName(self.tr("Date"))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(date_pattern())
        self.start_time = QTimeEdit(self.editor)
        self.start_time.setAccessibleName(self.tr("Start time"))
        self.start_time.setDisplayFormat(QCoreApplication.translate("Dates", "h:mm AP"))
        self.minutes = QSpinBox(self.editor)
        self.minutes.setAccessibleName(self.tr("Minutes"))
        self.minutes.setRange(1, 24 * 60)
        self.minutes.setSingleStep(5)
        self.minutes.setSuffix(self.tr(" min"))
        self.location = QLineEdit(self.editor)
        self.location.setAccessibleName(self.tr("Location"))
        when = QGridLayout()
        for column, (label_text, widget) in enumerate(
            (
                (self.tr("Da&te:"), self.day),
                (self.tr("&Start:"), self.start_time),
                (self.tr("&Minutes:"), self.minutes),
                (self.tr("&Location:"), self.location),
            )
        ):
            label = QLabel(label_text, self.editor)
            label.setBuddy(widget)
            when.addWidget(label, 0, column)
            when.addWidget(widget, 1, column)
        when.setColumnStretch(3, 1)

        self.topic = QLineEdit(self.editor)
        self.topic.setObjectName("groupTopic")
        self.topic.setAccessibleName(self.tr("Topic"))
        self.topic.setPlaceholderText(self.tr("What the group worked on"))
        self.interventions = QPlainTextEdit(self.editor)
        self.interventions.setObjectName("groupInterventions")
        self.interventions.setAccessibleName(self.tr("Interventions"))
        self.interventions.setPlaceholderText(
            self.tr("What you did with the group: skills taught, exercises, materials")
        )
        self.interventions.setTabChangesFocus(True)
        self.interventions.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        group_part = QFormLayout()
        group_part.addRow(self.tr("T&opic:"), self.topic)
        group_part.addRow(self.tr("&Interventions:"), self.interventions)
        self.group_part_hint = QLabel(
            self.tr(
                "The topic and interventions go into every attendee's chart: name nobody here."
            ),
            self.editor,
        )
        self.group_part_hint.setWordWrap(True)
        self.group_part_hint.setAccessibleName(self.tr("About the group part"))

        attendees_label = QLabel(self.tr("Attend&ees"), self.editor)
        self.attendee_model = AttendeeModel(self)
        self.attendee_table = read_only_table(self.editor, self.tr("Attendees"))
        self.attendee_table.setObjectName("attendeeList")
        self.attendee_table.setModel(self.attendee_model)
        attendee_header = self.attendee_table.horizontalHeader()
        attendee_header.setSectionResizeMode(AttendeeModel.PART, QHeaderView.ResizeMode.Stretch)
        attendees_label.setBuddy(self.attendee_table)
        self.add_button = QPushButton(self.tr("&Add attendees…"), self.editor)
        self.add_button.setObjectName("addAttendees")
        self.add_button.setAccessibleName(self.tr("Add attendees"))
        self.remove_button = QPushButton(self.tr("&Remove attendee"), self.editor)
        self.remove_button.setObjectName("removeAttendee")
        self.remove_button.setAccessibleName(self.tr("Remove the chosen attendee"))
        self.print_button = QPushButton(self.tr("&Print sign-in sheet…"), self.editor)
        self.print_button.setObjectName("printSignIn")
        self.print_button.setAccessibleName(self.tr("Print the sign-in sheet"))
        self.print_button.setToolTip(
            self.tr("The sheet this group's attendees sign in on, with blank rows (Ctrl+P)")
        )
        attendee_buttons = QHBoxLayout()
        attendee_buttons.addWidget(self.add_button)
        attendee_buttons.addWidget(self.remove_button)
        attendee_buttons.addStretch(1)
        attendee_buttons.addWidget(self.print_button)

        self.attendee_heading = QLabel(self.editor)
        self.attendee_heading.setAccessibleName(self.tr("Chosen attendee"))
        heading_font = self.attendee_heading.font()
        heading_font.setBold(True)
        self.attendee_heading.setFont(heading_font)
        self.status_box = QComboBox(self.editor)
        self.status_box.setObjectName("attendeeStatus")
        self.status_box.setAccessibleName(self.tr("Status of the chosen attendee"))
        for status in AttendeeStatus:
            self.status_box.addItem(status_label(status), status.value)
        self.section = QPlainTextEdit(self.editor)
        self.section.setObjectName("attendeeSection")
        self.section.setAccessibleName(self.tr("Own section of the chosen attendee"))
        self.section.setPlaceholderText(
            self.tr("How this client took part; goes into this client's chart only")
        )
        self.section.setTabChangesFocus(True)
        self.section.setMinimumHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        own_box = QWidget(self.editor)
        own = QFormLayout(own_box)
        own.setContentsMargins(0, 0, 0, 0)
        own.addRow(self.tr("Stat&us:"), self.status_box)
        own.addRow(self.tr("Own se&ction:"), self.section)

        self.sign_button = QPushButton(self.tr("Sign and &file into each chart…"), self.editor)
        self.sign_button.setObjectName("signGroup")
        self.sign_button.setAccessibleName(self.tr("Sign and file into each chart"))
        self.sign_button.setToolTip(self.tr("Sign and file into each chart (Ctrl+Shift+Enter)"))
        sign_row = QHBoxLayout()
        sign_row.addStretch(1)
        sign_row.addWidget(self.sign_button)

        editor_layout = QVBoxLayout(self.editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addLayout(when)
        editor_layout.addLayout(group_part)
        editor_layout.addWidget(self.group_part_hint)
        editor_layout.addSpacing(6)
        editor_layout.addWidget(attendees_label)
        editor_layout.addWidget(self.attendee_table, 1)
        editor_layout.addLayout(attendee_buttons)
        editor_layout.addWidget(self.attendee_heading)
        editor_layout.addWidget(own_box, 1)
        editor_layout.addLayout(sign_row)

        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(top)
        right_layout.addWidget(self.notice)
        right_layout.addWidget(self.placeholder, 1)
        right_layout.addWidget(self.editor, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([380, 740])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        self._new_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self)
        self._print_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self)
        self._sign_shortcuts = [QShortcut(keys, self) for keys in SIGN_SHORTCUTS]
        EnterActivates(self.group_table, self._focus_editor)
        for button in self.findChildren(QPushButton):
            # Enter in a text field must never press a button (sign, delete) by accident.
            button.setAutoDefault(False)
            button.setDefault(False)

        chain: Sequence[QWidget] = (
            self.group_table,
            self.new_button,
            self.delete_button,
            self.day,
            self.start_time,
            self.minutes,
            self.location,
            self.topic,
            self.interventions,
            self.attendee_table,
            self.add_button,
            self.remove_button,
            self.print_button,
            self.status_box,
            self.section,
            self.sign_button,
        )
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _connect_signals(self) -> None:
        self.group_table.selectionModel().currentRowChanged.connect(self._picked)
        self.new_button.clicked.connect(self.new_group)
        self._new_shortcut.activated.connect(self.new_group)
        self.delete_button.clicked.connect(self.delete_draft)
        self.add_button.clicked.connect(self.add_attendees)
        self.remove_button.clicked.connect(self.remove_attendee)
        self.sign_button.clicked.connect(self.request_sign)
        self.print_button.clicked.connect(self.print_signin)
        self._print_shortcut.activated.connect(self.print_signin)
        for shortcut in self._sign_shortcuts:
            shortcut.activated.connect(self.request_sign)
        self.attendee_table.selectionModel().currentRowChanged.connect(
            lambda _current, _previous: self._show_attendee()
        )
        self.day.dateChanged.connect(self._edited)
        self.start_time.timeChanged.connect(self._edited)
        self.minutes.valueChanged.connect(self._edited)
        self.location.textChanged.connect(self._edited)
        self.topic.textChanged.connect(self._edited)
        self.interventions.textChanged.connect(self._edited)
        self.status_box.currentIndexChanged.connect(self._status_picked)
        self.section.textChanged.connect(self._section_edited)
        self._autosaver.status_changed.connect(lambda _text: self._render_status())
        self._autosaver.saved.connect(self._autosaved)
        self._autosaver.failed.connect(self._autosave_failed)
        self._workspace.changed.connect(self._workspace_changed)

    # -- public API ----------------------------------------------------------------------------
    @property
    def current_group_id(self) -> str | None:
        return self._group.id if self._group else None

    @property
    def current_group(self) -> GroupSession | None:
        """The group as last read or saved (a draft's typing is in snapshot())."""
        return self._group

    @property
    def autosaver(self) -> Autosaver:
        return self._autosaver

    @property
    def has_unsaved_changes(self) -> bool:
        return self._autosaver.dirty

    @property
    def signing(self) -> bool:
        return self._signing is not None

    def status_text(self) -> str:
        return self.status.text()

    def notice_text(self) -> str:
        return self.notice.text() if self.notice.isVisibleTo(self) else ""

    def reload(self) -> None:
        """Read the list of groups and the clients' names again."""
        try:
            groups = self._groups.groups()
            clients = self._workspace.caseload.clients(include_archived=True)
        except CounselorDeskError as exc:
            self._set_notice(describe(exc))
            return
        self._names = {c.id: c.display_name for c in clients}
        self.attendee_model.set_names(self._names)
        self._loading = True
        try:
            self.list_model.reload(groups)
            if self._group is not None:
                row = self.list_model.row_of(self._group.id)
                if row >= 0:
                    self._select_group_row(row)
        finally:
            self._loading = False

    def open_group(self, group_id: str) -> bool:
        """Show one group (saving the one open first); False if it cannot be shown."""
        if group_id == self.current_group_id:
            return True
        if not self._leave_current():
            return False
        try:
            group = self._groups.group(group_id)
        except CounselorDeskError as exc:
            self._set_notice(describe(exc))
            return False
        self._show(group)
        row = self.list_model.row_of(group_id)
        if row < 0:
            self.reload()
            row = self.list_model.row_of(group_id)
        self._loading = True
        try:
            self._select_group_row(row)
        finally:
            self._loading = False
        return True

    def _select_group_row(self, row: int) -> None:
        # Selected as well as current: a row made current alone (by focus) shows nothing.
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.group_table.selectionModel().setCurrentIndex(self.list_model.index(row, 0), flags)

    def snapshot(self) -> GroupSession | None:
        """The open group as on screen now (what the next save would write)."""
        group = self._group
        if group is None:
            return None
        if group.is_signed:
            return group
        day, at = self.day.date(), self.start_time.time()
        start = datetime.combine(
            date(day.year(), day.month(), day.day()), time(at.hour(), at.minute())
        ).astimezone()  # entered in local time
        return replace(
            group,
            start=start,
            minutes=self.minutes.value(),
            location=self.location.text().strip() or None,
            topic=self.topic.text(),
            interventions=self.interventions.toPlainText(),
            attendees=self.attendee_model.attendees,
        )

    def flush(self, timeout: float = 5.0) -> bool:
        """Save what was typed now and wait for the commit (before lock, quit or another
        group); True once all of it is saved (or signed)."""
        signing = self._signing
        if signing is not None and signing.finished.wait(timeout) and signing.error:
            # Refused or failed: the text goes back to being an editable draft and is saved.
            self._signing = None  # its error callback, still queued, then does nothing
            if self.current_group_id == signing.group.id:
                self._set_editable(True)
                self._autosaver.touch()
            else:
                self._workspace.write(lambda g: g.save_group(signing.group), service=Groups)
                self._workspace.worker.wait_idle(timeout)
            self._render_status()
        if self._group is None or self._group.is_signed:
            return True
        return self._autosaver.flush(timeout)

    def shutdown(self) -> None:
        """Close at once, after flush() (on lock): nothing is asked, nothing more saved."""
        self._autosaver.reset()
        self._group = None
        self.hide()
        self.deleteLater()

    def state(self) -> dict[str, Any]:
        """The group open (an id: safe to keep across a lock)."""
        return {"group_id": self.current_group_id}

    def restore_state(self, state: dict[str, Any]) -> None:
        group_id = state.get("group_id")
        if group_id:
            self.open_group(str(group_id))

    # -- the list --------------------------------------------------------------------------
    def _picked(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._loading:
            return
        group = self.list_model.group_at(current.row()) if current.isValid() else None
        if group is None or group.id == self.current_group_id:
            return
        if not self._leave_current():
            self._loading = True  # stay on the group that could not be saved
            try:
                self.group_table.setCurrentIndex(previous)
            finally:
                self._loading = False
            return
        try:
            fresh = self._groups.group(group.id)
        except CounselorDeskError as exc:
            self._set_notice(describe(exc))
            return
        self._show(fresh)
        if not self.group_table.selectionModel().isRowSelected(current.row()):
            # A row made current by focus alone is not selected: show which group is open.
            self._loading = True
            try:
                self._select_group_row(current.row())
            finally:
                self._loading = False

    def _focus_editor(self) -> None:
        if self._group is None:
            return
        target = self.topic if not self._group.is_signed else self.attendee_table
        target.setFocus()

    def _workspace_changed(self, kind: str, _id: str) -> None:
        if kind == "client":  # a name changed: show it
            self.reload()

    # -- showing one group -----------------------------------------------------------------
    def _show(self, group: GroupSession | None) -> None:
        self._autosaver.reset()
        self._save_problem = False
        self._group = group
        self._set_notice("")
        self._loading = True
        try:
            if group is not None:
                local = group.start.astimezone()
                self.day.setDate(QDate(local.year, local.month, local.day))
                self.start_time.setTime(QTime(local.hour, local.minute))
                self.minutes.setValue(group.minutes)
                self.location.setText(group.location or "")
                self.topic.setText(group.topic)
                self.interventions.setPlainText(group.interventions)
                self.attendee_model.reload(group.attendees, self._names, signed=group.is_signed)
            else:
                self.topic.clear()
                self.interventions.clear()
                self.location.clear()
                self.attendee_model.reload((), self._names, signed=False)
        finally:
            self._loading = False
        self.editor.setVisible(group is not None)
        self.placeholder.setVisible(group is None)
        self.placeholder.setText(
            self.tr("Choose a group, or start a new one with New group.")
            if self.list_model.rowCount()
            else self.tr("No group notes yet. Start one with New group.")
        )
        self._set_editable(group is not None and not group.is_signed)
        if self.attendee_model.rowCount():
            self.attendee_table.selectRow(0)
        self._show_attendee()
        self._show_details()
        self._render_status()

    def _set_editable(self, editable: bool) -> None:
        for line in (self.location, self.topic):
            line.setReadOnly(not editable)
        self.location.setPlaceholderText(self.tr("e.g. Group room B") if editable else "")
        for text in (self.interventions, self.section):
            text.setReadOnly(not editable)
        for widget in (self.day, self.start_time, self.minutes):
            widget.setReadOnly(not editable)
        self.status_box.setEnabled(editable and self._current_attendee() is not None)
        self.add_button.setEnabled(editable)
        self.remove_button.setEnabled(editable and self._current_attendee() is not None)
        signed = self._group is not None and self._group.is_signed
        self.add_button.setVisible(not signed)
        self.remove_button.setVisible(not signed)
        self.sign_button.setVisible(not signed)
        self.sign_button.setEnabled(editable and self._signing is None)
        self.print_button.setEnabled(self._group is not None and self._signing is None)
        self.delete_button.setEnabled(self._group is not None and not signed and editable)
        self.group_part_hint.setVisible(not signed)

    def _show_details(self) -> None:
        group = self._group
        if group is None:
            self.details.setText("")
            return
        if not group.is_signed:
            self.details.setText(
                self.tr("Draft, started %1. Only you see this draft; no chart shows it.").replace(
                    "%1", show_date(local_day(group.created_at or group.start))
                )
            )
            return
        notes = sum(1 for a in group.attendees if a.note_id is not None)
        signed = self.tr("Signed by %1 on %2; read-only.").replace("%1", group.signed_by or "")
        signed = signed.replace("%2", _when(group.signed_at) if group.signed_at else "")
        filed = (
            self.tr("Filed into 1 chart; attendance recorded for %2.")
            if notes == 1
            else self.tr("Filed into %1 charts; attendance recorded for %2.")
        )
        filed = filed.replace("%1", str(notes)).replace("%2", str(len(group.attendees)))
        lines = [signed, filed]
        if group.late_entry:
            lines.append(self.tr("Late entry: signed over 24 hours after the session."))
        self.details.setText("\n".join(lines))

    def _current_row(self) -> int:
        return selected_row(self.attendee_table)

    def _current_attendee(self) -> GroupAttendee | None:
        return self.attendee_model.attendee_at(self._current_row())

    def _show_attendee(self) -> None:
        attendee = self._current_attendee()
        self._shown_attendee = attendee.client_id if attendee else None
        self._loading = True
        try:
            if attendee is None:
                self.attendee_heading.setText(
                    self.tr("Add the clients who were in the group.")
                    if self._group is not None and not self._group.is_signed
                    else ""
                )
                self.status_box.setCurrentIndex(0)
                self.section.clear()
            else:
                self.attendee_heading.setText(
                    self.tr("%1: status and own section").replace(
                        "%1", self.attendee_model.name(attendee.client_id)
                    )
                )
                self.status_box.setCurrentIndex(self.status_box.findData(attendee.status.value))
                self.section.setPlainText(attendee.section)
        finally:
            self._loading = False
        editable = self._group is not None and not self._group.is_signed and not self._signing
        self.status_box.setEnabled(editable and attendee is not None)
        self.section.setEnabled(attendee is not None)
        self.remove_button.setEnabled(editable and attendee is not None)

    def select_attendee(self, client_id: str) -> bool:
        """Choose an attendee: the status and section below are then theirs."""
        row = self.attendee_model.row_of(client_id)
        if row < 0:
            return False
        self._select_row(row)
        return True

    def _select_row(self, row: int) -> None:
        self.attendee_table.selectRow(row)
        # The view does not always announce a row that became current by itself (the
        # first row added to an empty list): make sure the editors show this attendee.
        attendee = self._current_attendee()
        if (attendee.client_id if attendee else None) != self._shown_attendee:
            self._show_attendee()

    # -- editing and saving ----------------------------------------------------------------
    def _edited(self) -> None:
        if self._loading or self._group is None or self._group.is_signed or self._signing:
            return
        if self._check_notice:  # what signing refused is being fixed: the notice has done
            self._check_notice = False
            self._set_notice("")
        self._autosaver.touch()

    def _status_picked(self, _index: int) -> None:
        if self._loading:
            return
        row = self._current_row()
        value = self.status_box.currentData()
        if row >= 0 and value:
            self.attendee_model.change(row, status=AttendeeStatus(value))
            self._edited()

    def _section_edited(self) -> None:
        if self._loading:
            return
        row = self._current_row()
        if row >= 0:
            self.attendee_model.change(row, section=self.section.toPlainText())
            self._edited()

    def _capture(self) -> Job:
        snapshot = self.snapshot()
        assert snapshot is not None
        return cast(Job, lambda groups: groups.save_group(snapshot))

    def _autosaved(self) -> None:
        snapshot = self.snapshot()
        if snapshot is not None:
            self.list_model.update(snapshot)
        if self._save_problem:
            self._save_problem = False
            self._set_notice("")

    def _autosave_failed(self, sentence: str) -> None:
        self._save_problem = True  # the text stays; the autosaver tries again
        self._set_notice(self.tr("Not saved yet: %1").replace("%1", sentence))

    def _leave_current(self) -> bool:
        if self.flush():
            return True
        self._set_notice(
            self.tr("This group note could not be saved yet, so it stays open. %1").replace(
                "%1", self._autosaver.error
            )
        )
        return False

    def _render_status(self) -> None:
        group = self._group
        if self._signing is not None:
            text = self.tr("Signing and filing…")
        elif group is not None and group.is_signed:
            text = self.tr("Signed and filed")
        elif group is not None:
            text = self._autosaver.status_text() or self.tr("Draft")
        else:
            text = ""
        self.status.setText(text)
        self.status.setToolTip(self._autosaver.error)
        self.status_changed.emit(text)

    def _set_notice(self, text: str) -> None:
        self._check_notice = False
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    # -- attendees -----------------------------------------------------------------------------
    def add_attendees(self) -> None:
        """Pick clients (type to filter) and add them to the list as attended."""
        if self._group is None or self._group.is_signed or self._signing:
            return
        try:
            clients = self._workspace.caseload.clients()
        except CounselorDeskError as exc:
            self._set_notice(describe(exc))
            return
        listed = {a.client_id for a in self.attendee_model.attendees}
        chosen = AttendeePicker.ask(self, clients, listed)
        names = {c.id: c.display_name for c in clients}
        added = [client_id for client_id in chosen if client_id not in listed]
        for client_id in added:
            self.attendee_model.add(GroupAttendee(client_id), names.get(client_id, client_id))
            self._names[client_id] = names.get(client_id, client_id)
        if added:
            self._select_row(self.attendee_model.row_of(added[0]))
            self._edited()
            self.section.setFocus()

    def remove_attendee(self) -> None:
        """Take the chosen client off the list (their section goes with them, after asking
        when one was written)."""
        row = self._current_row()
        attendee = self.attendee_model.attendee_at(row)
        if attendee is None or self._group is None or self._group.is_signed or self._signing:
            return
        if attendee.section.strip() and not Ask.confirm(
            self,
            self.tr("Remove attendee"),
            self.tr("Remove %1 from this group? The section written for them goes too.").replace(
                "%1", self.attendee_model.name(attendee.client_id)
            ),
        ):
            return
        self.attendee_model.remove(row)
        if self.attendee_model.rowCount():
            self._select_row(min(row, self.attendee_model.rowCount() - 1))
        self._show_attendee()
        self._edited()
        self.attendee_table.setFocus()

    # -- new, delete -------------------------------------------------------------------------
    def new_group(self) -> None:
        """Start a draft now (today, the time rounded to 5 minutes) and open it."""
        if self._starting or self._signing is not None or not self._leave_current():
            return
        # A second press while the first is being made does nothing. The button stays
        # enabled: disabling the button that has the focus hands the focus to the list of
        # groups, which would open the first of them on the way to the new one.
        self._starting = True
        start = self._now().astimezone()

        def started(group: GroupSession) -> None:
            self._starting = False
            self.reload()
            if self.open_group(group.id):
                self.topic.setFocus()

        def failed(exc: Exception) -> None:
            self._starting = False
            self._set_notice(describe(exc))

        self._workspace.write(
            lambda g: g.start_group(start, DEFAULT_MINUTES, None),
            service=Groups,
            changed=("group", ""),
            on_done=started,
            on_error=failed,
        )

    def delete_draft(self) -> None:
        group = self._group
        if group is None or group.is_signed or self._signing is not None:
            return
        if not Ask.confirm(
            self,
            self.tr("Delete draft"),
            self.tr("Delete this group draft and every section in it? This cannot be undone."),
        ):
            return
        self._autosaver.reset()  # nothing more of it is saved
        group_id = group.id

        def deleted(_result: object) -> None:
            if self.current_group_id == group_id:
                self._show(None)
            self.reload()

        self._workspace.write(
            lambda g: g.delete_draft(group_id),
            service=Groups,
            changed=("group", group_id),
            on_done=deleted,
            on_error=lambda exc: self._set_notice(describe(exc)),
        )

    # -- signing -------------------------------------------------------------------------------
    def leak_sentence(self, leak: NameLeak) -> str:
        """A name found where it must not be, said in the window's language."""
        named = leak.named_name
        if fold(leak.word) != fold(leak.named_name):
            named = self.tr("%1 (“%2”)").replace("%1", leak.named_name).replace("%2", leak.word)
        if leak.owner_id is None:
            part = {
                "topic": self.tr("topic"),
                "interventions": self.tr("interventions"),
                "location": self.tr("location"),
            }.get(leak.part, leak.part)
            text = self.tr(
                "The group's %1 names a group member, %2. The group part goes into every "
                "attendee's chart, so take the name out before signing."
            ).replace("%1", part)
            return text.replace("%2", named)
        text = self.tr(
            "The section for %1 names another group member, %2. Each chart gets only its "
            "own section, so take the name out before signing."
        ).replace("%1", leak.owner_name or self.attendee_model.name(leak.owner_id))
        return text.replace("%2", named)

    def _point_at(self, leak: NameLeak) -> None:
        """Put the cursor on the name that must come out."""
        editor: QLineEdit | QPlainTextEdit
        if leak.owner_id is not None:
            self.select_attendee(leak.owner_id)
            editor = self.section
        else:
            editor = {"topic": self.topic, "location": self.location}.get(
                leak.part, self.interventions
            )
        editor.setFocus()
        if isinstance(editor, QPlainTextEdit):
            editor.moveCursor(QTextCursor.MoveOperation.Start)
            editor.find(leak.word)
        else:
            at = fold(editor.text()).find(fold(leak.word))
            if at >= 0:
                editor.setSelection(at, len(leak.word))

    def request_sign(self) -> None:
        """Check the note, ask once (saying how many charts), then sign and file it."""
        snapshot = self.snapshot()
        if snapshot is None or snapshot.is_signed or self._signing is not None:
            return
        signer = self._workspace.signer
        try:
            self._groups.check(snapshot, signer)
        except NameLeak as leak:
            self._set_notice(self.leak_sentence(leak))
            self._check_notice = True
            self._point_at(leak)
            return
        except CounselorDeskError as exc:
            self._set_notice(describe(exc))
            self._check_notice = True
            return
        charts = len(snapshot.attended)
        absent = len(snapshot.attendees) - charts
        detail = self.tr(
            "Each chart gets the group part and that client's own section only. "
            "Once signed, the note cannot be changed."
        )
        if absent == 1:
            detail += " " + self.tr("Attendance is also recorded for 1 client who did not attend.")
        elif absent:
            detail += " " + self.tr(
                "Attendance is also recorded for %1 clients who did not attend."
            ).replace("%1", str(absent))
        question = (
            self.tr("Sign this group note and file it into 1 chart?")
            if charts == 1
            else self.tr("Sign this group note and file it into %1 charts?").replace(
                "%1", str(charts)
            )
        )
        if not Ask.confirm(self, self.tr("Sign and file"), question, detail):
            return
        signing = _Signing(snapshot, threading.Event())
        # The sign job saves this text itself, after any save still in flight (the worker
        # keeps order); pending autosaves are dropped so none can follow a signed group.
        self._autosaver.reset()
        self._signing = signing
        self._set_notice("")
        self._set_editable(False)
        self._render_status()

        def job(groups: Groups) -> dict[str, str]:
            try:
                groups.save_group(signing.group)
                return groups.sign_group(signing.group.id, signer)
            except Exception as exc:
                signing.error = exc
                raise
            finally:
                signing.finished.set()

        self._workspace.write(
            job,
            service=Groups,
            changed=("session", snapshot.id),
            on_done=lambda notes: self._signed(signing, notes),
            on_error=lambda exc: self._sign_failed(signing, exc),
        )

    def _signed(self, signing: _Signing, notes: dict[str, str]) -> None:
        if self._signing is signing:
            self._signing = None
        group_id = signing.group.id
        if self.current_group_id == group_id:
            try:
                self._show(self._groups.group(group_id))
            except CounselorDeskError as exc:
                self._set_notice(describe(exc))
        self.reload()
        self.filed.emit(group_id, notes)

    def _sign_failed(self, signing: _Signing, exc: Exception) -> None:
        if self._signing is not signing:
            return  # flush() already put the text back as a draft
        self._signing = None
        if self.current_group_id == signing.group.id:
            self._set_editable(True)
            self._autosaver.touch()  # saved again, in case the sign job's save failed too
            if isinstance(exc, NameLeak):  # found only now (a name changed meanwhile)
                self._set_notice(self.leak_sentence(exc))
                self._check_notice = True
                self._point_at(exc)
            else:
                self._set_notice(describe(exc))
        else:
            self._workspace.write(lambda g: g.save_group(signing.group), service=Groups)
        self._render_status()

    # -- printing ------------------------------------------------------------------------------
    def print_signin(self) -> None:
        """The sign-in sheet of the open group (a draft is saved first, so the sheet lists
        the attendees on screen) in the print preview; audited when it is printed."""
        group = self._group
        if group is None or self._signing is not None:
            return
        if not group.is_signed and not self.flush():
            self._set_notice(
                self.tr("Save this draft before printing its sign-in sheet. %1").replace(
                    "%1", self._autosaver.error
                )
            )
            return
        # ReportLab and QtPdf load when a document is first printed, not at start-up.
        from counselor_desk.services.printing import Printed, Printing, PrintOptions
        from counselor_desk.ui.errors import ui_language
        from counselor_desk.ui.print_preview import CancelCheck, PrintPreviewDialog, Progress

        try:
            job = Printing(self._workspace.vault).prepare_group_signin(
                group.id,
                PrintOptions(language=ui_language()),
                facilitator=group.signed_by or self._workspace.signer,
            )
        except CounselorDeskError as exc:
            self._set_notice(describe(exc))
            return
        workspace = self._workspace

        def build(progress: Progress, cancel: CancelCheck) -> Printed:
            return job.build(progress, cancel)

        def release(
            built: Printed,
            deliver: Callable[[bytes], object] | None,
            on_done: Callable[[object], None],
            on_error: Callable[[Exception], None],
        ) -> None:
            workspace.write(
                lambda printing: printing.release(built, deliver),
                on_done=on_done,
                on_error=on_error,
                service=Printing,
            )

        PrintPreviewDialog.preview(
            self.tr("Group sign-in sheet"),
            build,
            self._settings if self._settings is not None else UiSettings(),
            self,
            file_name=job.info.file_name,
            release=release,
        )

    # -- closing -------------------------------------------------------------------------------
    def reject(self) -> None:
        """Escape or Close: save first; stay open (saying why) when that fails."""
        if self._leave_current():
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._group is None or self._leave_current():
            event.accept()
        else:
            event.ignore()
