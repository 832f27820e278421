"""Item models for the caseload list and the chart's tables.

Models hold only what their view shows and are refilled whole by `reload(...)` (a
caseload is hundreds of rows, not a browser of 100,000): the view asks the services,
the model decides how it looks. Labels for enums live here too, so every table and
dialog names a medication or a session kind the same way and translators see each
word once.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from enum import IntEnum, StrEnum
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTime,
)
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QPalette

from counselor_desk.domain.notes import Note, NoteFormat, NoteHeader
from counselor_desk.domain.records import (
    Client,
    Consent,
    Dispensing,
    Language,
    Medication,
    MedicationEntry,
    Session,
    SessionKind,
)
from counselor_desk.domain.supervision import CosignState

Index = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole

ID_ROLE = Qt.ItemDataRole.UserRole  # the record's id, for every model here
SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # a value that sorts the way a person expects
NOTE_ID_ROLE = Qt.ItemDataRole.UserRole + 2  # SessionTableModel: the session's note id or None
ARCHIVED_ROLE = Qt.ItemDataRole.UserRole + 3  # ClientTableModel: bool

_ALIGN_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


# -- labels ------------------------------------------------------------------------------

_MEDICATIONS = {
    Medication.BUPRENORPHINE: QT_TRANSLATE_NOOP("Labels", "Buprenorphine"),
    Medication.METHADONE: QT_TRANSLATE_NOOP("Labels", "Methadone"),
    Medication.NALTREXONE: QT_TRANSLATE_NOOP("Labels", "Naltrexone"),
    Medication.OTHER: QT_TRANSLATE_NOOP("Labels", "Other medication"),
}
_DISPENSING = {
    Dispensing.CLINIC: QT_TRANSLATE_NOOP("Labels", "Clinic"),
    Dispensing.PHARMACY: QT_TRANSLATE_NOOP("Labels", "Pharmacy"),
    Dispensing.TAKE_HOME: QT_TRANSLATE_NOOP("Labels", "Take-home"),
    Dispensing.INJECTION: QT_TRANSLATE_NOOP("Labels", "Injection"),
}
_SESSION_KINDS = {
    SessionKind.INDIVIDUAL: QT_TRANSLATE_NOOP("Labels", "Individual"),
    SessionKind.GROUP: QT_TRANSLATE_NOOP("Labels", "Group"),
    SessionKind.FAMILY: QT_TRANSLATE_NOOP("Labels", "Family"),
    SessionKind.PEER_SUPPORT: QT_TRANSLATE_NOOP("Labels", "Peer support"),
    SessionKind.PHONE: QT_TRANSLATE_NOOP("Labels", "Phone"),
}
_FORMATS = {
    NoteFormat.DAP: QT_TRANSLATE_NOOP("Labels", "DAP (data, assessment, plan)"),
    NoteFormat.SOAP: QT_TRANSLATE_NOOP("Labels", "SOAP (subjective, objective, assessment, plan)"),
    NoteFormat.BIRP: QT_TRANSLATE_NOOP("Labels", "BIRP (behavior, intervention, response, plan)"),
    NoteFormat.GIRP: QT_TRANSLATE_NOOP("Labels", "GIRP (goal, intervention, response, plan)"),
    NoteFormat.FREE: QT_TRANSLATE_NOOP("Labels", "Free text"),
    NoteFormat.GROUP: QT_TRANSLATE_NOOP("Labels", "Group note (group part and own section)"),
}
# Who signed a consent (42 CFR 2.14: a minor, and a guardian where state law asks).
CONSENT_SIGNERS = ("client", "guardian", "client and guardian")
_SIGNERS = {
    "client": QT_TRANSLATE_NOOP("Labels", "The client"),
    "guardian": QT_TRANSLATE_NOOP("Labels", "The guardian"),
    "client and guardian": QT_TRANSLATE_NOOP("Labels", "The client and the guardian (minor)"),
}
_LANGUAGES = {
    Language.ENGLISH: QT_TRANSLATE_NOOP("Labels", "English"),
    Language.SPANISH: QT_TRANSLATE_NOOP("Labels", "Spanish"),
}


def medication_label(value: Medication) -> str:
    return _tr(str(_MEDICATIONS[value]))


def dispensing_label(value: Dispensing) -> str:
    return _tr(str(_DISPENSING[value]))


def session_kind_label(value: SessionKind) -> str:
    return _tr(str(_SESSION_KINDS[value]))


def note_format_label(value: NoteFormat) -> str:
    return _tr(str(_FORMATS[value]))


def signer_label(value: str) -> str:
    """Known signers by their label; anything else (an import) as written."""
    return _tr(str(_SIGNERS[value])) if value in _SIGNERS else value


def language_label(value: Language) -> str:
    return _tr(str(_LANGUAGES[value]))


def date_pattern() -> str:
    """How dates read and are typed; translatable (es: "d MMM yyyy")."""
    return QCoreApplication.translate("Dates", "MMM d, yyyy")


def show_date(value: date | None) -> str:
    """A date as the counselor reads it."""
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), date_pattern())


def show_time(value: datetime) -> str:
    """A stored (UTC) time shown in local time."""
    local = value.astimezone()
    pattern = QCoreApplication.translate("Dates", "h:mm AP")
    return QLocale().toString(QTime(local.hour, local.minute), pattern)


def local_day(value: datetime) -> date:
    return value.astimezone().date()


def fold(text: str) -> str:
    """Case- and accent-insensitive form for matching ("Daná" and "dana" meet)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def medication_summary(entry: MedicationEntry) -> str:
    """ "Buprenorphine 16 mg daily": what a counselor glances at in a list."""
    parts = [medication_label(entry.medication), entry.dose or "", entry.schedule or ""]
    return " ".join(p.strip() for p in parts if p and p.strip())


def _dim_brush() -> Any:
    return QGuiApplication.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)


class _TableModel(QAbstractTableModel):
    """Shared plumbing: fixed translated headers, flat rows, read-only cells."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Translated once: data() asks for the column count thousands of times a sort.
        self._labels: tuple[str, ...] = tuple(self._headers())

    def _headers(self) -> Sequence[str]:
        raise NotImplementedError

    def _row_count(self) -> int:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's own default)
        return 0 if parent.isValid() else self._row_count()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._labels)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._labels):
            return None
        if role in (Role.DisplayRole, Role.AccessibleTextRole):
            return self._labels[section]
        if role == Role.ToolTipRole:
            return self._header_tips().get(section, self._labels[section])
        return None

    def _header_tips(self) -> dict[int, str]:
        return {}

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def _valid(self, index: Index) -> bool:
        return (
            index.isValid()
            and index.model() is self
            and 0 <= index.row() < self._row_count()
            and 0 <= index.column() < len(self._labels)
        )


# -- the caseload -----------------------------------------------------------------------


class SessionDates(NamedTuple):
    last: date | None  # the newest session that has started
    next: date | None  # the soonest one still ahead (scheduled)


SessionDatesFetch = Callable[[str], SessionDates]


class ClientColumn(IntEnum):
    NAME = 0
    PROGRAM = 1
    MEDICATION = 2
    SESSION = 3


class ClientTableModel(_TableModel):
    """Every client (archived too: the proxy hides them), their current medication, and
    the last or next session. Session dates are fetched lazily per row and cached, since
    reading every client's sessions up front is the slow part of opening a big caseload."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clients: list[Client] = []
        self._meds: dict[str, MedicationEntry] = {}
        self._fetch_dates: SessionDatesFetch | None = None
        self._dates: dict[str, SessionDates] = {}
        self._sort_keys: dict[tuple[int, int], Any] = {}  # a sort compares each row often

    def _headers(self) -> Sequence[str]:
        return (
            self.tr("Name"),
            self.tr("Program"),
            self.tr("Medication"),
            self.tr("Last session"),
        )

    def _row_count(self) -> int:
        return len(self._clients)

    def reload(
        self,
        clients: Sequence[Client],
        meds: dict[str, MedicationEntry],
        session_dates: SessionDatesFetch | None = None,
    ) -> None:
        """Replace every row; meds maps client id to the current medication entry."""
        self.beginResetModel()
        self._clients = list(clients)
        self._meds = dict(meds)
        self._fetch_dates = session_dates
        self._dates = {}
        self._sort_keys = {}
        self.endResetModel()

    def client_at(self, row: int) -> Client:
        return self._clients[row]

    def row_of(self, client_id: str) -> int:
        for row, client in enumerate(self._clients):
            if client.id == client_id:
                return row
        return -1

    def session_dates(self, client_id: str) -> SessionDates:
        if client_id not in self._dates:
            fetch = self._fetch_dates
            self._dates[client_id] = fetch(client_id) if fetch else SessionDates(None, None)
        return self._dates[client_id]

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        client = self._clients[index.row()]
        column = ClientColumn(index.column())
        if role == ID_ROLE:
            return client.id
        if role == ARCHIVED_ROLE:
            return client.archived
        if role in (Role.DisplayRole, Role.AccessibleTextRole):
            text = self._text(client, column)
            if role == Role.AccessibleTextRole and column is ClientColumn.NAME and client.archived:
                return self.tr("%1, archived").replace("%1", text)
            return text
        if role == SORT_ROLE:
            return self.sort_key(index.row(), column)
        if role == Role.ToolTipRole:
            return self._tooltip(client, column)
        if role == Role.FontRole and client.archived:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Role.ForegroundRole and client.archived:
            return _dim_brush()
        return None

    def _text(self, client: Client, column: ClientColumn) -> str:
        if column is ClientColumn.NAME:
            return client.display_name
        if column is ClientColumn.PROGRAM:
            return client.program or ""
        if column is ClientColumn.MEDICATION:
            entry = self._meds.get(client.id)
            return medication_summary(entry) if entry else ""
        dates = self.session_dates(client.id)
        if dates.next is not None:
            return self.tr("Next %1").replace("%1", show_date(dates.next))
        return show_date(dates.last)

    def sort_key(self, row: int, column: int) -> Any:
        """A value that sorts as a person expects (accents and case folded), cached."""
        key = (row, column)
        if key not in self._sort_keys:
            self._sort_keys[key] = self._sort_key(self._clients[row], ClientColumn(column))
        return self._sort_keys[key]

    def _sort_key(self, client: Client, column: ClientColumn) -> Any:
        if column is ClientColumn.SESSION:
            dates = self.session_dates(client.id)
            day = dates.next or dates.last
            return day.toordinal() if day else 0
        return fold(self._text(client, column))

    def _tooltip(self, client: Client, column: ClientColumn) -> str | None:
        if column is ClientColumn.NAME:
            lines = [client.display_name]
            if client.legal_name:
                lines.append(self.tr("Legal name: %1").replace("%1", client.legal_name))
            if client.archived:
                lines.append(self.tr("Archived (discharged)"))
            return "\n".join(lines)
        if column is ClientColumn.MEDICATION:
            entry = self._meds.get(client.id)
            if entry is None:
                return self.tr("No current medication recorded")
            started = self.tr("since %1").replace("%1", show_date(entry.started))
            return " ".join(p for p in (medication_summary(entry), entry.form or "", started) if p)
        if column is ClientColumn.SESSION:
            dates = self.session_dates(client.id)
            lines = []
            if dates.last:
                lines.append(self.tr("Last session: %1").replace("%1", show_date(dates.last)))
            if dates.next:
                lines.append(self.tr("Next session: %1").replace("%1", show_date(dates.next)))
            return "\n".join(lines) or self.tr("No sessions yet")
        return self._text(client, column) or None


class ClientFilterModel(QSortFilterProxyModel):
    """Filters as the counselor types (every word must appear in the display or legal
    name, ignoring case and accents) and hides archived clients unless asked."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._show_archived = False
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    @property
    def show_archived(self) -> bool:
        return self._show_archived

    def set_filter_text(self, text: str) -> None:
        words = fold(text).split()
        if words == self._words:
            return
        self.beginFilterChange()
        self._words = words
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_show_archived(self, show: bool) -> None:
        if show == self._show_archived:
            return
        self.beginFilterChange()
        self._show_archived = show
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def lessThan(self, left: Index, right: Index) -> bool:
        # Straight to the cached keys: a sort of 500 rows makes thousands of comparisons.
        source = self.sourceModel()
        if isinstance(source, ClientTableModel):
            a = source.sort_key(left.row(), left.column())
            b = source.sort_key(right.row(), right.column())
            if a != b:
                return bool(a < b)
            return bool(source.sort_key(left.row(), 0) < source.sort_key(right.row(), 0))
        return super().lessThan(left, right)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        source = self.sourceModel()
        if not isinstance(source, ClientTableModel) or source_parent.isValid():
            return True
        client = source.client_at(source_row)
        if client.archived and not self._show_archived:
            return False
        if not self._words:
            return True
        haystack = fold(f"{client.display_name} {client.legal_name or ''}")
        return all(word in haystack for word in self._words)


# -- the chart's tables -----------------------------------------------------------------


class NoteState(StrEnum):
    NONE = "none"
    DRAFT = "draft"
    SIGNED = "signed"
    LATE = "late entry"


def note_state(note: Note | NoteHeader | None) -> NoteState:
    if note is None:
        return NoteState.NONE
    if not note.is_signed:
        return NoteState.DRAFT
    return NoteState.LATE if note.late_entry else NoteState.SIGNED


class SessionTableModel(_TableModel):
    """The chart's timeline, newest first: date and time in local time, kind, minutes,
    and where its note stands (with its supervisor's co-signature, when one was asked for)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[Session, NoteHeader | None]] = []
        self._cosign: dict[str, CosignState] = {}

    def _headers(self) -> Sequence[str]:
        return (
            self.tr("Date"),
            self.tr("Time"),
            self.tr("Kind"),
            self.tr("Minutes"),
            self.tr("Note"),
        )

    def _row_count(self) -> int:
        return len(self._rows)

    def reload(
        self,
        sessions: Sequence[Session],
        notes: Sequence[NoteHeader],
        cosign: Mapping[str, CosignState] | None = None,
    ) -> None:
        """cosign: note id → requested / co-signed (Supervision.states(client_id))."""
        by_session = {note.session_id: note for note in notes}
        self.beginResetModel()
        self._cosign = dict(cosign or {})
        ordered = sorted(sessions, key=lambda s: s.start, reverse=True)
        self._rows = [(s, by_session.get(s.id)) for s in ordered]
        self.endResetModel()

    def session_at(self, row: int) -> Session:
        return self._rows[row][0]

    def note_at(self, row: int) -> NoteHeader | None:
        return self._rows[row][1]

    def row_of(self, session_id: str) -> int:
        for row, (session, _note) in enumerate(self._rows):
            if session.id == session_id:
                return row
        return -1

    def _state_label(self, state: NoteState) -> str:
        return {
            NoteState.NONE: self.tr("No note"),
            NoteState.DRAFT: self.tr("Draft"),
            NoteState.SIGNED: self.tr("Signed"),
            NoteState.LATE: self.tr("Signed, late entry"),
        }[state]

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        session, note = self._rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return session.id
        if role == NOTE_ID_ROLE:
            return note.id if note else None
        if role in (Role.DisplayRole, Role.AccessibleTextRole):
            return self._text(session, note, column)
        if role == Role.ToolTipRole:
            if column == 4 and note is not None and note.signed_at is not None:
                when = f"{show_date(local_day(note.signed_at))} {show_time(note.signed_at)}"
                return (
                    self.tr("Signed by %1 on %2")
                    .replace("%1", note.signed_by or "")
                    .replace("%2", when)
                )
            if column == 2 and session.participants:
                joined = ", ".join(session.participants)
                return self.tr("Participants: %1").replace("%1", joined)
            return self._text(session, note, column)
        if role == Role.TextAlignmentRole and column == 3:
            return _ALIGN_RIGHT
        if role == Role.FontRole and column == 4 and note_state(note) is NoteState.DRAFT:
            font = QFont()
            font.setBold(True)  # a draft is work still to do
            return font
        return None

    def _text(self, session: Session, note: NoteHeader | None, column: int) -> str:
        if column == 0:
            return show_date(local_day(session.start))
        if column == 1:
            return show_time(session.start)
        if column == 2:
            return session_kind_label(session.kind)
        if column == 3:
            return str(session.minutes)
        label = self._state_label(note_state(note))
        cosign = self._cosign.get(note.id) if note is not None and note.is_signed else None
        if cosign is CosignState.REQUESTED:
            return self.tr("%1, waiting for co-signature").replace("%1", label)
        if cosign is CosignState.COSIGNED:
            return self.tr("%1, co-signed").replace("%1", label)
        return label


class MedicationTableModel(_TableModel):
    """The whole medication history, newest first; stopped entries stay (history)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[MedicationEntry] = []

    def _headers(self) -> Sequence[str]:
        return (
            # What matters in a narrow pane first: what, how much, since, until.
            self.tr("Medication"),
            self.tr("Dose"),
            self.tr("Started"),
            self.tr("Stopped"),
            self.tr("Form"),
            self.tr("Schedule"),
            self.tr("Dispensing"),
            self.tr("Prescriber"),
        )

    def _row_count(self) -> int:
        return len(self._rows)

    def reload(self, entries: Sequence[MedicationEntry]) -> None:
        self.beginResetModel()
        self._rows = sorted(
            entries, key=lambda e: (e.started, e.stopped is None, e.created_at or 0), reverse=True
        )
        self.endResetModel()

    def entry_at(self, row: int) -> MedicationEntry:
        return self._rows[row]

    def row_of(self, entry_id: str) -> int:
        for row, entry in enumerate(self._rows):
            if entry.id == entry_id:
                return row
        return -1

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        entry = self._rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return entry.id
        if role in (Role.DisplayRole, Role.AccessibleTextRole):
            return self._text(entry, column)
        if role == Role.ToolTipRole:
            if entry.notes and column in (0, 1):
                return entry.notes
            return self._text(entry, column) or None
        if role == Role.ForegroundRole and entry.stopped is not None:
            return _dim_brush()
        return None

    def _text(self, entry: MedicationEntry, column: int) -> str:
        if column == 0:
            return medication_label(entry.medication)
        if column == 1:
            return entry.dose or ""
        if column == 2:
            return show_date(entry.started)
        if column == 3:
            return show_date(entry.stopped) if entry.stopped else self.tr("Current")
        if column == 4:
            return entry.form or ""
        if column == 5:
            return entry.schedule or ""
        if column == 6:
            if entry.dispensing is None:
                return ""
            label = dispensing_label(entry.dispensing)
            if entry.take_home_count:
                return (
                    self.tr("%1, %2 take-home")
                    .replace("%1", label)
                    .replace("%2", str(entry.take_home_count))
                )
            return label
        return entry.prescriber or ""


# A consent ending within this many days shows as expiring (still usable), so the
# counselor can ask the client about a new one in time.
EXPIRING_DAYS = 30
_EXPIRING_COLOUR = "#8a4b00"  # dark amber: readable on white; the text says it as well


class ConsentStatus(StrEnum):
    ACTIVE = "active"
    EXPIRING = "expiring"  # usable today, and ends within EXPIRING_DAYS days
    EXPIRED = "expired"
    REVOKED = "revoked"
    NOT_YET = "not-yet"  # dated after today: not usable until then


def consent_status(consent: Consent, today: date) -> ConsentStatus:
    """How the consent list shows it, by the rule printing enforces (services.printing.
    consent_refusal): usable through its expiry date, not from the day after; revoked
    from the moment a revocation is recorded; not before the day it was signed. Only
    ACTIVE and EXPIRING may be used for a disclosure."""
    if consent.revoked is not None:
        return ConsentStatus.REVOKED
    if consent.expires is not None and consent.expires < today:
        return ConsentStatus.EXPIRED
    if consent.signed > today:
        return ConsentStatus.NOT_YET
    if consent.expires is not None and (consent.expires - today).days <= EXPIRING_DAYS:
        return ConsentStatus.EXPIRING
    return ConsentStatus.ACTIVE


class ConsentTableModel(_TableModel):
    """Consents with their status against today (passed in, so tests fix the day): active,
    expiring within EXPIRING_DAYS days, expired, revoked; and who signed (for a minor,
    the minor, a guardian, or both)."""

    RECIPIENT, PURPOSE, SIGNED, ENDS, STATUS, SUD_NOTES, SIGNED_BY = range(7)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Consent] = []
        self._today = date.today()

    def _headers(self) -> Sequence[str]:
        return (
            self.tr("Recipient"),
            self.tr("Purpose"),
            self.tr("Signed"),
            self.tr("Ends"),
            self.tr("Status"),
            self.tr("SUD notes"),
            self.tr("Signed by"),
        )

    def _header_tips(self) -> dict[int, str]:
        return {
            self.STATUS: self.tr(
                "Active, expiring within %1 days, expired or revoked; only an active or "
                "expiring consent can be used"
            ).replace("%1", str(EXPIRING_DAYS)),
            self.SUD_NOTES: self.tr("Whether this consent names the SUD counseling notes"),
            self.SIGNED_BY: self.tr("Who signed: the client, a guardian, or both (a minor)"),
        }

    def _row_count(self) -> int:
        return len(self._rows)

    def reload(self, consents: Sequence[Consent], today: date) -> None:
        self.beginResetModel()
        self._rows = sorted(consents, key=lambda c: (c.signed, c.created_at or 0), reverse=True)
        self._today = today
        self.endResetModel()

    def consent_at(self, row: int) -> Consent:
        return self._rows[row]

    def status_at(self, row: int) -> ConsentStatus:
        return consent_status(self._rows[row], self._today)

    def row_of(self, consent_id: str) -> int:
        for row, consent in enumerate(self._rows):
            if consent.id == consent_id:
                return row
        return -1

    def expiring_count(self) -> int:
        """How many consents end within EXPIRING_DAYS days (for a reminder)."""
        return sum(consent_status(c, self._today) is ConsentStatus.EXPIRING for c in self._rows)

    def _status_label(self, consent: Consent) -> str:
        status = consent_status(consent, self._today)
        if status is ConsentStatus.REVOKED:
            return self.tr("Revoked %1").replace("%1", show_date(consent.revoked))
        if status is ConsentStatus.EXPIRED:
            return self.tr("Expired")
        if status is ConsentStatus.NOT_YET:
            return self.tr("Not in force until %1").replace("%1", show_date(consent.signed))
        if status is ConsentStatus.EXPIRING:
            assert consent.expires is not None
            days = (consent.expires - self._today).days
            if days == 0:
                return self.tr("Expires today")
            if days == 1:
                return self.tr("Expires tomorrow")
            return self.tr("Expires in %1 days").replace("%1", str(days))
        return self.tr("Active")

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        consent = self._rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return consent.id
        if role in (Role.DisplayRole, Role.AccessibleTextRole):
            return self._text(consent, column)
        if role == Role.ToolTipRole:
            return self._tooltip(consent)
        if role == Role.ForegroundRole:
            status = consent_status(consent, self._today)
            if status is ConsentStatus.EXPIRING and column in (self.ENDS, self.STATUS):
                return QBrush(QColor(_EXPIRING_COLOUR))
            if status not in (ConsentStatus.ACTIVE, ConsentStatus.EXPIRING):
                return _dim_brush()
        if (
            role == Role.FontRole
            and column == self.STATUS
            and consent_status(consent, self._today) is ConsentStatus.EXPIRING
        ):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, consent: Consent, column: int) -> str:
        if column == self.RECIPIENT:
            return consent.recipient
        if column == self.PURPOSE:
            return consent.purpose
        if column == self.SIGNED:
            return show_date(consent.signed)
        if column == self.ENDS:
            day = show_date(consent.expires) if consent.expires else ""
            event = consent.expires_on_event or ""
            if day and event:
                return self.tr("%1 or %2").replace("%1", day).replace("%2", event)
            return day or event
        if column == self.STATUS:
            return self._status_label(consent)
        if column == self.SIGNED_BY:
            return signer_label(consent.signed_by)
        return self.tr("Included") if consent.includes_counseling_notes else self.tr("No")

    def _tooltip(self, consent: Consent) -> str:
        lines = [
            self.tr("From: %1").replace("%1", consent.discloser),
            self.tr("To: %1").replace("%1", consent.recipient),
            self.tr("Information: %1").replace("%1", consent.information),
            self.tr("Purpose: %1").replace("%1", consent.purpose),
            self.tr("Signed by: %1").replace("%1", signer_label(consent.signed_by)),
            self.tr("Status: %1").replace("%1", self._status_label(consent)),
        ]
        return "\n".join(lines)
