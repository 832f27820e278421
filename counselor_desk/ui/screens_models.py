"""Words and tables for urine screens, attendance and the CM ledger.

What a screen shows (expected, unexpected, not found, invalid) and what an event earned
come from the domain (`screen_findings`, `track`); these models only decide how it looks:
an unexpected positive is shown in white on red, the client's prescribed medication as
"expected" without a flag. Labels live here so every table and dialog words a substance
or a status the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from counselor_desk.domain.contingency import (
    CmKind,
    CmPlan,
    LedgerRow,
    Outcome,
    PrizeGiven,
    Reason,
    SlipSize,
)
from counselor_desk.domain.records import Session
from counselor_desk.domain.screens import (
    Attendance,
    AttendanceStatus,
    Finding,
    FindingKind,
    ScreenResult,
    Substance,
    UrineScreen,
    screen_findings,
)
from counselor_desk.ui.models import local_day, session_kind_label, show_date, show_time

Index = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole
ID_ROLE = Qt.ItemDataRole.UserRole  # the record's id
FINDING_ROLE = Qt.ItemDataRole.UserRole + 1  # ScreenTableModel: a substance cell's FindingKind

# Fixed colours, readable on light and dark palettes alike.
FLAG_BACKGROUND = QColor("#b00020")  # an unexpected positive, a reset, the cap reached
FLAG_TEXT = QColor("#ffffff")
CAUTION_BACKGROUND = QColor("#ffd166")  # invalid reading, medication not found, near the cap
CAUTION_TEXT = QColor("#000000")
SUCCESS_TEXT = QColor("#1b7f3b")

_ALIGN_CENTER = int(Qt.AlignmentFlag.AlignCenter)
_ALIGN_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ScreenLabels", text)


# -- labels ---------------------------------------------------------------------------------

_SUBSTANCES = {
    Substance.BUPRENORPHINE: QT_TRANSLATE_NOOP("ScreenLabels", "Buprenorphine"),
    Substance.METHADONE: QT_TRANSLATE_NOOP("ScreenLabels", "Methadone"),
    Substance.FENTANYL: QT_TRANSLATE_NOOP("ScreenLabels", "Fentanyl"),
    Substance.OPIATES: QT_TRANSLATE_NOOP("ScreenLabels", "Opiates (heroin, morphine, codeine)"),
    Substance.OXYCODONE: QT_TRANSLATE_NOOP("ScreenLabels", "Oxycodone"),
    Substance.COCAINE: QT_TRANSLATE_NOOP("ScreenLabels", "Cocaine"),
    Substance.AMPHETAMINES: QT_TRANSLATE_NOOP("ScreenLabels", "Amphetamines (incl. meth)"),
    Substance.BENZODIAZEPINES: QT_TRANSLATE_NOOP("ScreenLabels", "Benzodiazepines"),
    Substance.CANNABIS: QT_TRANSLATE_NOOP("ScreenLabels", "Cannabis (THC)"),
    Substance.ALCOHOL: QT_TRANSLATE_NOOP("ScreenLabels", "Alcohol (EtG)"),
}
# The short names printed on test cups, for narrow table columns.
_SHORT = {
    Substance.BUPRENORPHINE: QT_TRANSLATE_NOOP("ScreenLabels", "BUP"),
    Substance.METHADONE: QT_TRANSLATE_NOOP("ScreenLabels", "MTD"),
    Substance.FENTANYL: QT_TRANSLATE_NOOP("ScreenLabels", "FEN"),
    Substance.OPIATES: QT_TRANSLATE_NOOP("ScreenLabels", "OPI"),
    Substance.OXYCODONE: QT_TRANSLATE_NOOP("ScreenLabels", "OXY"),
    Substance.COCAINE: QT_TRANSLATE_NOOP("ScreenLabels", "COC"),
    Substance.AMPHETAMINES: QT_TRANSLATE_NOOP("ScreenLabels", "AMP"),
    Substance.BENZODIAZEPINES: QT_TRANSLATE_NOOP("ScreenLabels", "BZO"),
    Substance.CANNABIS: QT_TRANSLATE_NOOP("ScreenLabels", "THC"),
    Substance.ALCOHOL: QT_TRANSLATE_NOOP("ScreenLabels", "EtG"),
}
# The plain names used inside sentences ("fentanyl positive").
_PLAIN = {
    Substance.BUPRENORPHINE: QT_TRANSLATE_NOOP("ScreenLabels", "buprenorphine"),
    Substance.METHADONE: QT_TRANSLATE_NOOP("ScreenLabels", "methadone"),
    Substance.FENTANYL: QT_TRANSLATE_NOOP("ScreenLabels", "fentanyl"),
    Substance.OPIATES: QT_TRANSLATE_NOOP("ScreenLabels", "opiates"),
    Substance.OXYCODONE: QT_TRANSLATE_NOOP("ScreenLabels", "oxycodone"),
    Substance.COCAINE: QT_TRANSLATE_NOOP("ScreenLabels", "cocaine"),
    Substance.AMPHETAMINES: QT_TRANSLATE_NOOP("ScreenLabels", "amphetamines"),
    Substance.BENZODIAZEPINES: QT_TRANSLATE_NOOP("ScreenLabels", "benzodiazepines"),
    Substance.CANNABIS: QT_TRANSLATE_NOOP("ScreenLabels", "cannabis"),
    Substance.ALCOHOL: QT_TRANSLATE_NOOP("ScreenLabels", "alcohol"),
}
_RESULTS = {
    ScreenResult.NEGATIVE: QT_TRANSLATE_NOOP("ScreenLabels", "Negative"),
    ScreenResult.POSITIVE: QT_TRANSLATE_NOOP("ScreenLabels", "Positive"),
    ScreenResult.INVALID: QT_TRANSLATE_NOOP("ScreenLabels", "Invalid (retest)"),
}
_STATUSES = {
    AttendanceStatus.SCHEDULED: QT_TRANSLATE_NOOP("ScreenLabels", "Scheduled"),
    AttendanceStatus.ATTENDED: QT_TRANSLATE_NOOP("ScreenLabels", "Attended"),
    AttendanceStatus.EXCUSED: QT_TRANSLATE_NOOP("ScreenLabels", "Excused"),
    AttendanceStatus.NO_SHOW: QT_TRANSLATE_NOOP("ScreenLabels", "No-show"),
}
_SLIPS = {
    SlipSize.GOOD_JOB: QT_TRANSLATE_NOOP("ScreenLabels", "Good job (no prize)"),
    SlipSize.SMALL: QT_TRANSLATE_NOOP("ScreenLabels", "Small prize"),
    SlipSize.LARGE: QT_TRANSLATE_NOOP("ScreenLabels", "Large prize"),
    SlipSize.JUMBO: QT_TRANSLATE_NOOP("ScreenLabels", "Jumbo prize"),
}
_OUTCOMES = {
    Outcome.SUCCESS: QT_TRANSLATE_NOOP("ScreenLabels", "Success"),
    Outcome.FAILURE: QT_TRANSLATE_NOOP("ScreenLabels", "Reset"),
    Outcome.NEUTRAL: QT_TRANSLATE_NOOP("ScreenLabels", "No change"),
}
_REASONS = {
    Reason.TARGETS_NEGATIVE: QT_TRANSLATE_NOOP("ScreenLabels", "negative for the targets"),
    Reason.TARGET_POSITIVE: QT_TRANSLATE_NOOP("ScreenLabels", "a target substance positive"),
    Reason.SCREEN_REFUSED: QT_TRANSLATE_NOOP("ScreenLabels", "screen refused"),
    Reason.SCREEN_MISSED: QT_TRANSLATE_NOOP("ScreenLabels", "screen missed"),
    Reason.TARGET_INVALID: QT_TRANSLATE_NOOP("ScreenLabels", "invalid reading, retest"),
    Reason.NO_TARGET_TESTED: QT_TRANSLATE_NOOP("ScreenLabels", "no target substance tested"),
    Reason.ATTENDED: QT_TRANSLATE_NOOP("ScreenLabels", "attended"),
    Reason.NO_SHOW: QT_TRANSLATE_NOOP("ScreenLabels", "no-show"),
    Reason.EXCUSED: QT_TRANSLATE_NOOP("ScreenLabels", "excused absence"),
    Reason.NOT_YET_HELD: QT_TRANSLATE_NOOP("ScreenLabels", "not yet held"),
    Reason.ATTENDANCE_NOT_REINFORCED: QT_TRANSLATE_NOOP(
        "ScreenLabels", "attendance is not part of the plan"
    ),
    Reason.PRIZE_GIVEN: QT_TRANSLATE_NOOP("ScreenLabels", "prize handed over"),
}


def substance_label(value: Substance) -> str:
    return _tr(str(_SUBSTANCES[value]))


def substance_short(value: Substance) -> str:
    return _tr(str(_SHORT[value]))


def substance_plain(value: Substance) -> str:
    return _tr(str(_PLAIN[value]))


def result_label(value: ScreenResult) -> str:
    return _tr(str(_RESULTS[value]))


def status_label(value: AttendanceStatus) -> str:
    return _tr(str(_STATUSES[value]))


def slip_label(value: SlipSize) -> str:
    return _tr(str(_SLIPS[value]))


def outcome_label(value: Outcome) -> str:
    return _tr(str(_OUTCOMES[value]))


def reason_label(value: Reason) -> str:
    return _tr(str(_REASONS[value]))


def money(value: Decimal) -> str:
    """Dollars of value, to the cent ("$1,234.50")."""
    return QCoreApplication.translate("ScreenLabels", "$%1").replace(
        "%1", f"{value.quantize(Decimal('0.01')):,}"
    )


def substances_sentence(values: Sequence[Substance] | frozenset[Substance]) -> str:
    """ "fentanyl, opiates and cocaine", in panel order."""
    names = [substance_plain(s) for s in Substance if s in set(values)]
    if len(names) <= 1:
        return "".join(names)
    return (
        QCoreApplication.translate("ScreenLabels", "%1 and %2")
        .replace("%1", ", ".join(names[:-1]))
        .replace("%2", names[-1])
    )


def screen_summary(screen: UrineScreen, findings: Sequence[Finding]) -> str:
    """One line: refused, missed, what was unexpected, or negative / as expected."""
    if screen.refused:
        return QCoreApplication.translate("ScreenLabels", "Refused")
    if screen.missed:
        return QCoreApplication.translate("ScreenLabels", "Missed")
    unexpected = [f.substance for f in findings if f.kind is FindingKind.UNEXPECTED]
    invalid = [f.substance for f in findings if f.kind is FindingKind.INVALID]
    absent = [f.substance for f in findings if f.kind is FindingKind.MEDICATION_ABSENT]
    parts: list[str] = []
    if unexpected:
        parts.append(
            QCoreApplication.translate("ScreenLabels", "%1 positive").replace(
                "%1", substances_sentence(unexpected)
            )
        )
    if invalid:
        parts.append(
            QCoreApplication.translate("ScreenLabels", "%1 invalid: retest").replace(
                "%1", substances_sentence(invalid)
            )
        )
    if absent:
        parts.append(
            QCoreApplication.translate("ScreenLabels", "%1 not found").replace(
                "%1", substances_sentence(absent)
            )
        )
    if not unexpected and not invalid:
        expected = any(f.kind is FindingKind.EXPECTED for f in findings)
        parts.insert(
            0,
            QCoreApplication.translate("ScreenLabels", "As expected")
            if expected
            else QCoreApplication.translate("ScreenLabels", "Negative"),
        )
    return "; ".join(parts)


class _TableModel(QAbstractTableModel):
    """Read-only rows refilled whole by reload(); headers translated once."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._labels: tuple[str, ...] = ()

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
        if role == Role.DisplayRole:
            return self._labels[section]
        if role in (Role.ToolTipRole, Role.AccessibleTextRole):
            return self._header_tip(section)
        return None

    def _header_tip(self, section: int) -> str:
        return self._labels[section]

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


# -- urine screens --------------------------------------------------------------------------

Prescription = Callable[[date], frozenset[Substance]]


class ScreenTableModel(_TableModel):
    """Screens newest first: date, a one-line summary, observed, then one narrow column per
    substance this client was ever tested for (cup abbreviations; full names in tips)."""

    FIXED = 3  # date, summary, observed; then the substances; then notes

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[UrineScreen, dict[Substance, FindingKind], str]] = []
        self._substances: tuple[Substance, ...] = ()
        self._labels = self._headers()

    def _headers(self) -> tuple[str, ...]:
        return (
            self.tr("Date"),
            self.tr("Result"),
            self.tr("Observed"),
            *(substance_short(s) for s in self._substances),
            self.tr("Notes"),
        )

    def _header_tip(self, section: int) -> str:
        substance = self._substance_of(section)
        return substance_label(substance) if substance is not None else self._labels[section]

    def _row_count(self) -> int:
        return len(self._rows)

    def reload(self, screens: Sequence[UrineScreen], prescribed: Prescription) -> None:
        """`prescribed` gives the client's expected substances on each day."""
        self.beginResetModel()
        rows = []
        for screen in sorted(
            screens, key=lambda s: (s.collected, s.created_at or 0, s.id), reverse=True
        ):
            findings = screen_findings(screen, prescribed(screen.collected))
            kinds = {f.substance: f.kind for f in findings}
            rows.append((screen, kinds, screen_summary(screen, findings)))
        self._rows = rows
        tested = {s for screen in screens for s in screen.tested}
        self._substances = tuple(s for s in Substance if s in tested)
        self._labels = self._headers()
        self.endResetModel()

    @property
    def substances(self) -> tuple[Substance, ...]:
        return self._substances

    def screen_at(self, row: int) -> UrineScreen:
        return self._rows[row][0]

    def row_of(self, screen_id: str) -> int:
        for row, (screen, _kinds, _summary) in enumerate(self._rows):
            if screen.id == screen_id:
                return row
        return -1

    def column_of(self, substance: Substance) -> int:
        return self.FIXED + self._substances.index(substance)

    def _substance_of(self, column: int) -> Substance | None:
        position = column - self.FIXED
        return self._substances[position] if 0 <= position < len(self._substances) else None

    def _cell(self, screen: UrineScreen, kinds: dict[Substance, FindingKind], s: Substance) -> str:
        result = screen.result(s)
        if result is None:
            return ""
        kind = kinds.get(s)
        if kind is FindingKind.EXPECTED:
            return self.tr("expected")
        if kind is FindingKind.UNEXPECTED:
            return self.tr("POS")
        if kind is FindingKind.INVALID:
            return self.tr("invalid")
        return self.tr("neg")

    def _spoken(
        self, screen: UrineScreen, kinds: dict[Substance, FindingKind], s: Substance
    ) -> str:
        """What a screen reader says for one substance cell."""
        result = screen.result(s)
        if result is None:
            return self.tr("%1: not tested").replace("%1", substance_label(s))
        words = {
            FindingKind.EXPECTED: self.tr("positive, expected (prescribed)"),
            FindingKind.UNEXPECTED: self.tr("positive, unexpected"),
            FindingKind.INVALID: self.tr("invalid reading, retest"),
            FindingKind.MEDICATION_ABSENT: self.tr("negative: prescribed medication not found"),
        }
        kind = kinds.get(s)
        said = words[kind] if kind is not None else self.tr("negative")
        return f"{substance_label(s)}: {said}"

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        screen, kinds, summary = self._rows[index.row()]
        column = index.column()
        substance = self._substance_of(column)
        if role == ID_ROLE:
            return screen.id
        if substance is not None:
            return self._substance_data(screen, kinds, substance, role)
        if role == Role.DisplayRole:
            return self._text(screen, summary, column)
        if role == Role.AccessibleTextRole:
            text = self._text(screen, summary, column)
            if column == 2:
                return self.tr("Observed") if screen.observed else self.tr("Not observed")
            return text
        if role == Role.ToolTipRole:
            return self._text(screen, summary, column) or None
        if role == Role.TextAlignmentRole and column == 2:
            return _ALIGN_CENTER
        if role == Role.FontRole and column == 1 and FindingKind.UNEXPECTED in kinds.values():
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, screen: UrineScreen, summary: str, column: int) -> str:
        if column == 0:
            return show_date(screen.collected)
        if column == 1:
            return summary
        if column == 2:
            return self.tr("Yes") if screen.observed else ""
        return screen.notes or ""

    def _substance_data(
        self, screen: UrineScreen, kinds: dict[Substance, FindingKind], s: Substance, role: int
    ) -> Any:
        kind = kinds.get(s)
        if role == Role.DisplayRole:
            return self._cell(screen, kinds, s)
        if role in (Role.AccessibleTextRole, Role.ToolTipRole):
            return self._spoken(screen, kinds, s)
        if role == FINDING_ROLE:
            return kind.value if kind is not None else None
        if role == Role.TextAlignmentRole:
            return _ALIGN_CENTER
        if role == Role.BackgroundRole:
            if kind is FindingKind.UNEXPECTED:
                return FLAG_BACKGROUND
            if kind in (FindingKind.INVALID, FindingKind.MEDICATION_ABSENT):
                return CAUTION_BACKGROUND
        if role == Role.ForegroundRole:
            if kind is FindingKind.UNEXPECTED:
                return FLAG_TEXT
            if kind in (FindingKind.INVALID, FindingKind.MEDICATION_ABSENT):
                return CAUTION_TEXT
        if role == Role.FontRole and kind is FindingKind.UNEXPECTED:
            font = QFont()
            font.setBold(True)
            return font
        return None


# -- attendance -----------------------------------------------------------------------------


class AttendanceTableModel(_TableModel):
    """Contacts newest first; a scheduled one in the past shows as not marked."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Attendance] = []
        self._sessions: dict[str, Session] = {}
        self._today = date.today()
        self._labels = (self.tr("Date"), self.tr("Status"), self.tr("Session"), self.tr("Notes"))

    def _row_count(self) -> int:
        return len(self._rows)

    def reload(
        self, entries: Sequence[Attendance], sessions: Mapping[str, Session], today: date
    ) -> None:
        self.beginResetModel()
        self._rows = sorted(entries, key=lambda a: (a.on, a.created_at or 0, a.id), reverse=True)
        self._sessions = dict(sessions)
        self._today = today
        self.endResetModel()

    def entry_at(self, row: int) -> Attendance:
        return self._rows[row]

    def row_of(self, attendance_id: str) -> int:
        for row, entry in enumerate(self._rows):
            if entry.id == attendance_id:
                return row
        return -1

    def _unmarked(self, entry: Attendance) -> bool:
        return entry.status is AttendanceStatus.SCHEDULED and entry.on < self._today

    def _text(self, entry: Attendance, column: int) -> str:
        if column == 0:
            return show_date(entry.on)
        if column == 1:
            if self._unmarked(entry):
                return self.tr("Scheduled, not marked")
            return status_label(entry.status)
        if column == 2:
            session = self._sessions.get(entry.session_id or "")
            if session is None:
                return ""
            return " · ".join(
                (
                    f"{show_date(local_day(session.start))} {show_time(session.start)}",
                    session_kind_label(session.kind),
                )
            )
        return entry.notes or ""

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
            return self._text(entry, column) or None
        if column == 1 and role == Role.BackgroundRole:
            if entry.status is AttendanceStatus.NO_SHOW:
                return FLAG_BACKGROUND
            if self._unmarked(entry):
                return CAUTION_BACKGROUND
        if column == 1 and role == Role.ForegroundRole:
            if entry.status is AttendanceStatus.NO_SHOW:
                return FLAG_TEXT
            if self._unmarked(entry):
                return CAUTION_TEXT
        return None


# -- the CM ledger --------------------------------------------------------------------------


class LedgerTableModel(_TableModel):
    """The ledger newest first: each event, what it did to the streak, what it earned, and
    what the cap counts this cap year after it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[LedgerRow] = []
        self._plan: CmPlan | None = None
        self._labels = (
            self.tr("Date"),
            self.tr("Event"),
            self.tr("Result"),
            self.tr("Streak"),
            self.tr("Earned"),
            self.tr("Cap year"),
        )

    def _header_tip(self, section: int) -> str:
        tips = {
            3: self.tr("Successes in a row, this one included"),
            5: self.tr("What the yearly cap counts so far this cap year"),
        }
        return tips.get(section, self._labels[section])

    def _row_count(self) -> int:
        return len(self._rows)

    def reload(self, plan: CmPlan | None, rows: Sequence[LedgerRow]) -> None:
        self.beginResetModel()
        self._plan = plan
        self._rows = list(reversed(rows))
        self.endResetModel()

    def row_at(self, row: int) -> LedgerRow:
        return self._rows[row]

    def _event(self, row: LedgerRow) -> str:
        event = row.event
        if isinstance(event, PrizeGiven):
            return self.tr("Drew: %1").replace("%1", slip_label(event.size))
        if isinstance(event, Attendance):
            return self.tr("Session: %1").replace("%1", status_label(event.status))
        summary = screen_summary(event, row.findings)
        return self.tr("Screen: %1").replace("%1", summary)

    def _result(self, row: LedgerRow, *, full: bool = False) -> str:
        """The outcome; with why in full (the tooltip and what a screen reader says)."""
        if row.reason is Reason.PRIZE_GIVEN:
            return ""
        if not full:
            return outcome_label(row.outcome)
        reason = reason_label(row.reason)
        if row.reason is Reason.TARGET_POSITIVE and self._plan is not None:
            positive = [
                f.substance
                for f in row.findings
                if f.kind is FindingKind.UNEXPECTED and f.substance in self._plan.target_substances
            ]
            reason = self.tr("%1 positive").replace("%1", substances_sentence(positive))
        return f"{outcome_label(row.outcome)}: {reason}"

    def _earned(self, row: LedgerRow) -> str:
        if isinstance(row.event, PrizeGiven):
            return self.tr("%1 given").replace("%1", money(row.prize_value))
        if row.cap_refused:
            return self.tr("Nothing: yearly cap")
        if row.outcome is not Outcome.SUCCESS:
            return ""
        if self._plan is not None and self._plan.kind is CmKind.PRIZE:
            draws = (
                self.tr("1 draw")
                if row.draws == 1
                else self.tr("%1 draws").replace("%1", str(row.draws))
            )
            return draws
        if row.bonus:
            return (
                self.tr("%1 + %2 bonus")
                .replace("%1", money(row.voucher))
                .replace("%2", money(row.bonus))
            )
        return money(row.voucher)

    def _text(self, row: LedgerRow, column: int) -> str:
        if column == 0:
            return show_date(row.on)
        if column == 1:
            return self._event(row)
        if column == 2:
            return self._result(row)
        if column == 3:
            return str(row.streak)
        if column == 4:
            return self._earned(row)
        return money(row.year_value)

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            event = row.event
            return event.id
        if role == Role.DisplayRole:
            return self._text(row, column)
        if role in (Role.AccessibleTextRole, Role.ToolTipRole):
            text = self._result(row, full=True) if column == 2 else self._text(row, column)
            if column == 4 and row.draws:
                about = self.tr("worth about %1 on average").replace("%1", money(row.draws_value))
                text = f"{text}, {about}"
            return text if role == Role.AccessibleTextRole else (text or None)
        if role == Role.TextAlignmentRole and column in (3, 4, 5):
            return _ALIGN_RIGHT
        if column == 2 and role == Role.ForegroundRole:
            if row.outcome is Outcome.FAILURE:
                return FLAG_BACKGROUND  # red text on the table's own background
            if row.outcome is Outcome.SUCCESS:
                return SUCCESS_TEXT
        if column == 4 and role == Role.ForegroundRole and row.cap_refused:
            return FLAG_BACKGROUND
        if column == 2 and role == Role.FontRole and row.outcome is Outcome.FAILURE:
            font = QFont()
            font.setBold(True)
            return font
        return None
