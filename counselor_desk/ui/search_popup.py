"""The global search (Ctrl+K): answers as the counselor types, from LiveSearch off the UI
thread; only the answer to the newest question is shown. The text typed here lives in
this widget only: never in settings, history or logs."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, TypeAlias

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from counselor_desk.domain.errors import CounselorDeskError
from counselor_desk.ui.workspace import SNIPPET_MARKS, Workspace, describe
from counselor_desk.vault.search import SearchHit

AnyIndex: TypeAlias = QModelIndex | QPersistentModelIndex

HIT_ROLE = Qt.ItemDataRole.UserRole + 1  # the SearchHit itself
HEADLINE_ROLE = Qt.ItemDataRole.UserRole + 2  # "Dana R. · 1 Mar 2026 · note"
SEGMENTS_ROLE = Qt.ItemDataRole.UserRole + 3  # snippet as ((text, is_match), ...)

# The search service marks matches with these around each word found.
OPEN_MARK, CLOSE_MARK = SNIPPET_MARKS


def snippet_segments(snippet: str) -> tuple[tuple[str, bool], ...]:
    """Split a marked snippet into (text, is_match) runs, marks removed."""
    segments: list[tuple[str, bool]] = []
    current: list[str] = []
    matching = False
    for char in snippet:
        if char in (OPEN_MARK, CLOSE_MARK):
            if current:
                segments.append(("".join(current), matching))
                current = []
            matching = char == OPEN_MARK
        else:
            current.append(char)
    if current:
        segments.append(("".join(current), matching))
    return tuple(segments)


@dataclass(frozen=True)
class _Row:
    hit: SearchHit
    headline: str
    segments: tuple[tuple[str, bool], ...]

    @property
    def plain(self) -> str:
        return "".join(text for text, _match in self.segments)


class SearchHitModel(QAbstractListModel):
    """One row per hit; everything a paint needs is worked out once, when hits arrive."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []

    def kind_label(self, kind: str) -> str:
        labels = {
            "note": self.tr("note"),
            "addendum": self.tr("addendum"),
            "client": self.tr("name"),
            "counseling-note": self.tr("SUD counseling note"),
            "worksheet": self.tr("worksheet"),
            "plan": self.tr("treatment plan"),
            "network": self.tr("support network"),
        }
        return labels.get(kind, kind)

    def _headline(self, hit: SearchHit) -> str:
        parts = [hit.client_name]
        if hit.at is not None:
            day = hit.at.astimezone().date()  # stored in UTC, shown in local time
            parts.append(QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy"))
        parts.append(self.kind_label(hit.kind))
        return " · ".join(parts)

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self._rows = [_Row(hit, self._headline(hit), snippet_segments(hit.snippet)) for hit in hits]
        self.endResetModel()

    def clear(self) -> None:
        self.set_hits([])

    def hit(self, row: int) -> SearchHit | None:
        return self._rows[row].hit if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return f"{row.headline}\n{row.plain}"
        if role == HIT_ROLE:
            return row.hit
        if role == HEADLINE_ROLE:
            return row.headline
        if role == SEGMENTS_ROLE:
            return row.segments
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )


class _HitDelegate(QStyledItemDelegate):
    """Two lines: the headline, then the snippet with the matched words in bold.
    Plain QPainter text runs (no rich-text layout per paint) keep a frame cheap."""

    PAD = 4

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        line = QFontMetrics(option.font).height()
        return QSize(200, 2 * line + 3 * self.PAD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""  # background, selection, focus only
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        rect: QRect = opt.rect.adjusted(self.PAD * 2, self.PAD, -self.PAD * 2, -self.PAD)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = opt.palette
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        base_font = QFont(opt.font)
        metrics = QFontMetrics(base_font)
        line = metrics.height()

        painter.save()
        painter.setPen(palette.color(role))
        headline = str(index.data(HEADLINE_ROLE) or "")
        headline_font = QFont(base_font)
        headline_font.setPointSizeF(max(1.0, base_font.pointSizeF() * 0.92))
        painter.setFont(headline_font)
        head_metrics = QFontMetrics(headline_font)
        painter.drawText(
            QPoint(rect.left(), rect.top() + head_metrics.ascent()),
            head_metrics.elidedText(headline, Qt.TextElideMode.ElideRight, rect.width()),
        )

        bold_font = QFont(base_font)
        bold_font.setBold(True)
        bold_metrics = QFontMetrics(bold_font)
        x = rect.left()
        baseline = rect.top() + line + self.PAD + metrics.ascent()
        for text, is_match in index.data(SEGMENTS_ROLE) or ():
            font, fm = (bold_font, bold_metrics) if is_match else (base_font, metrics)
            painter.setFont(font)
            room = rect.right() - x
            width = fm.horizontalAdvance(text)
            if width > room:
                painter.drawText(
                    QPoint(x, baseline), fm.elidedText(text, Qt.TextElideMode.ElideRight, room)
                )
                break
            painter.drawText(QPoint(x, baseline), text)
            x += width
        painter.restore()


class SearchPopup(QDialog):
    """open_search() shows it; hit_activated(SearchHit) when the counselor picks a hit.
    Escape closes it; the text stays (in memory only) until clear() or the popup is gone."""

    hit_activated = Signal(object)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        # A plain non-modal dialog rather than a Qt.Popup: a popup grabs the keyboard and
        # mouse, which screen readers and some Wayland compositors handle poorly.
        self.setWindowTitle(self.tr("Search"))
        self.setObjectName("search-popup")
        self._asked: int | None = None  # generation of the newest question still open
        self._open_when_answered = False  # Enter pressed before the answer came

        self.field = QLineEdit(self)
        self.field.setObjectName("search-field")
        self.field.setPlaceholderText(self.tr("Search notes, addenda and client names"))
        self.field.setAccessibleName(self.tr("Search"))
        self.field.setAccessibleDescription(
            self.tr("Type to search; Up and Down choose a result; Enter opens it.")
        )
        self.field.setClearButtonEnabled(True)

        self.status = QLabel(self)
        self.status.setObjectName("search-status")
        self.status.setAccessibleName(self.tr("Search status"))

        self.model = SearchHitModel(self)
        self.results = QListView(self)
        self.results.setObjectName("search-results")
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setModel(self.model)
        self.results.setItemDelegate(_HitDelegate(self.results))
        self.results.setUniformItemSizes(True)  # no per-row size queries while scrolling
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.field)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)
        self.setTabOrder(self.field, self.results)
        self.resize(640, 420)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.field.textEdited.connect(self._ask)
        self.field.returnPressed.connect(self.open_selected)
        self.field.installEventFilter(self)
        self.results.clicked.connect(self._open_index)
        self.results.activated.connect(self._open_index)
        self.workspace.search_answered.connect(self._answered)

    # -- showing -----------------------------------------------------------------------
    def open_search(self) -> None:
        """Show over the top of the parent window, focus the field, select its text."""
        parent = self.parentWidget()
        if parent is not None:
            window = parent.window()
            width = min(640, max(360, window.width() - 80))
            self.resize(width, self.height())
            top_left = window.mapToGlobal(QPoint((window.width() - width) // 2, 60))
            self.move(top_left)
        self.show()
        self.activateWindow()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()
        if self.field.text().strip():
            self._ask(self.field.text())  # records may have changed since last time

    def clear(self) -> None:
        """Forget the text and the hits (they hold client names and note words)."""
        self._asked = None
        self._open_when_answered = False
        self.field.clear()
        self.model.clear()
        self.status.clear()

    # -- asking and answering ----------------------------------------------------------
    def _ask(self, text: str) -> None:
        self._open_when_answered = False
        if not text.strip():
            self._asked = None  # any answer still on its way is for older text
            self.model.clear()
            self.status.clear()
            return
        try:
            self._asked = self.workspace.search(text)
        except CounselorDeskError as exc:  # e.g. locked underneath us
            self._asked = None
            self.status.setText(describe(exc))
            return
        self.status.setText(self.tr("Searching…"))

    def _answered(self, generation: int, text: str, hits: list[SearchHit]) -> None:
        # Only the answer to the newest question: an older generation (or one asked by
        # someone else sharing the workspace's search) would show hits for other words.
        if self._asked is None or generation != self._asked:
            return
        self._asked = None
        self.model.set_hits(list(hits))
        if hits:
            self.results.setCurrentIndex(self.model.index(0, 0))
            self.status.setText(self._count_text(len(hits)))
        else:
            self.status.setText(self.tr("No matches"))
        if self._open_when_answered:
            self._open_when_answered = False
            self.open_selected()

    def _count_text(self, count: int) -> str:
        # Two plain strings rather than tr()'s %n form, which needs a compiled English
        # translation to print "1 match" instead of "1 match(es)".
        if count == 1:
            return self.tr("1 match")
        return self.tr("%1 matches").replace("%1", QLocale().toString(count))

    @property
    def waiting(self) -> bool:
        return self._asked is not None

    # -- choosing ----------------------------------------------------------------------
    def open_selected(self) -> None:
        """Enter: open the selected hit, or the first; after the answer if still searching."""
        if self.waiting:
            self._open_when_answered = True
            return
        index = self.results.currentIndex()
        if not index.isValid() and self.model.rowCount() > 0:
            index = self.model.index(0, 0)
        self._open_index(index)

    def _open_index(self, index: AnyIndex) -> None:
        hit = self.model.hit(index.row()) if index.isValid() else None
        # Hidden already: one click can arrive as both clicked and activated (single-click
        # activation styles); the hit opens once.
        if hit is None or not self.isVisible():
            return
        self.accept()
        self.hit_activated.emit(hit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Up/Down in the field move through the results, so the hands stay on the keys.
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (
                Qt.Key.Key_Up,
                Qt.Key.Key_Down,
                Qt.Key.Key_PageUp,
                Qt.Key.Key_PageDown,
            ):
                QCoreApplication.sendEvent(self.results, event)
                return True
        return super().eventFilter(watched, event)
