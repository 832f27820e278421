"""One standard scale entered item by item (domain.scales), with the total, band and
flags shown live as the counselor answers.

Keyboard: Tab goes from item to item, the arrow keys move between an item's answers
(Space picks), and typing an answer's number picks it and moves on to the next item, so
a PHQ-9 read aloud can be entered as fast as it is heard.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QMargins, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from counselor_desk.domain.scales import (
    Choice,
    FlagKind,
    Item,
    ScaleDefinition,
    ScaleId,
    ScaleResult,
    definition,
    score,
)

_SAFETY_STYLE = (
    "QFrame#safetyBanner { border: 1px solid #e0b4b4; border-left: 6px solid #b00020;"
    " background: #fdf1f1; }"
    " QFrame#safetyBanner QLabel { color: #2b0006; }"
)
# Answers this short flow along a line (wrapping when the form is narrow); a scale with
# longer ones lists each item's answers one under another, which reads better.
_SHORT_ANSWER = 30


def choice_text(choice: Choice) -> str:
    """ "several days (1)": the words and the points, so the counselor sees both."""
    if choice.label == str(choice.score):
        return choice.label
    return f"{choice.label} ({choice.score})"


def _lowest(item: Item) -> int:
    """The answer that scores least (for a reverse-scored item it is not 0)."""
    return min(item.choices, key=lambda choice: choice.score).value


class _FlowLayout(QLayout):
    """Widgets left to right, wrapping to a new line when the width runs out."""

    def __init__(self, spacing: int = 16, line_spacing: int = 4) -> None:
        super().__init__()
        self._items: list[QLayoutItem] = []  # held here: Python must keep them alive
        self._spacing, self._line_spacing = spacing, line_spacing

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins: QMargins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        x, y, line_height = area.x(), area.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            if x + hint.width() > area.right() + 1 and line_height > 0:
                x, y = area.x(), y + line_height + self._line_spacing
                line_height = 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + margins.bottom()


class _ItemRow(QWidget):
    """One item: its number and words, then its answers as radio buttons."""

    def __init__(self, form: ScaleForm, number: int, item: Item, across: bool) -> None:
        super().__init__(form.items_box)
        self.form = form
        self.item = item
        self.label = QLabel(f"{number}. {item.label}", self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setFont(form.bold_font)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        answers: QLayout = _FlowLayout() if across else QVBoxLayout()
        answers.setContentsMargins(16, 0, 0, 0)
        if not across:
            answers.setSpacing(2)
        self.buttons: dict[int, QRadioButton] = {}
        for choice in item.choices:
            button = QRadioButton(choice_text(choice), self)
            button.setAccessibleName(f"{number}. {item.label}: {choice_text(choice)}")
            self.group.addButton(button, choice.value)
            self.buttons[choice.value] = button
            # Left-aligned, not stretched: a click far right of the words picks nothing.
            if isinstance(answers, QVBoxLayout):
                answers.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            else:
                answers.addWidget(button)
            button.toggled.connect(self._toggled)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(4)
        layout.addWidget(self.label)
        layout.addLayout(answers)
        # Typed numbers move on to the next item only when one key is a whole answer.
        self._typing_moves_on = max(item.values) < 10

    def _toggled(self, checked: bool) -> None:
        if checked:
            self.form.answer_changed()

    def value(self) -> int | None:
        checked = self.group.checkedId()
        return None if checked == -1 else checked

    def set_value(self, value: int | None) -> None:
        button = self.buttons.get(value) if value is not None else None
        if button is not None:
            button.setChecked(True)
            return
        # An exclusive group never unchecks its last button by itself.
        self.group.setExclusive(False)
        for each in self.buttons.values():
            each.setChecked(False)
        self.group.setExclusive(True)

    def focus_button(self) -> QRadioButton:
        """Where Tab lands in this item: the chosen answer, else the first."""
        checked = self.group.checkedButton()
        if isinstance(checked, QRadioButton):
            return checked
        return next(iter(self.buttons.values()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text.isdigit() and int(text) in self.buttons and not self.form.is_read_only():
            button = self.buttons[int(text)]
            button.setChecked(True)
            button.setFocus(Qt.FocusReason.OtherFocusReason)
            if self._typing_moves_on:
                self.form.focus_after(self)
            return
        super().keyPressEvent(event)


class ScaleForm(QWidget):
    """Enter one scale. answers() maps item key to the chosen value (answered items only);
    result() is the domain's ScaleResult once every item is answered, else None.

    Signals: `edited` on every answer the counselor gives; `safety_flag_raised` when a
    safety flag (PHQ-9 item 9 above zero) appears; `safety_plan_requested` from the
    banner's button, for the window to open the client's safety plan."""

    edited = Signal()
    safety_flag_raised = Signal()
    safety_plan_requested = Signal()

    def __init__(
        self, scale_id: ScaleId, parent: QWidget | None = None, *, sex: str | None = None
    ) -> None:
        super().__init__(parent)
        self.scale_id = ScaleId(scale_id)
        self.scale: ScaleDefinition = definition(self.scale_id)
        self.sex = sex  # AUDIT-C's cut-off depends on it
        self._loading = False
        self._read_only = False
        self._safety_shown = False
        self.bold_font = QFont(self.font())
        self.bold_font.setBold(True)
        self.setAccessibleName(self.scale.title)

        title = QLabel(self.scale.title, self)
        title_font = QFont(self.bold_font)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.35)
        title.setFont(title_font)
        timeframe = QLabel(
            QCoreApplication.translate("ScaleForm", "Time frame: %1").replace(
                "%1", self.scale.timeframe
            ),
            self,
        )
        timeframe.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self._build_summary()
        self._build_safety_banner()

        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.items_box = QWidget(self.scroll_area)
        items_layout = QVBoxLayout(self.items_box)
        items_layout.setContentsMargins(0, 4, 0, 8)
        items_layout.setSpacing(6)
        across = all(
            len(choice_text(choice)) <= _SHORT_ANSWER
            for item in self.scale.items
            for choice in item.choices
        )
        self.rows = [
            _ItemRow(self, number, item, across)
            for number, item in enumerate(self.scale.items, start=1)
        ]
        for row in self.rows:
            items_layout.addWidget(row)
        items_layout.addStretch(1)
        self.scroll_area.setWidget(self.items_box)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.addWidget(title)
        layout.addWidget(timeframe)
        layout.addWidget(self.summary)
        layout.addWidget(self.safety_banner)
        layout.addWidget(self.scroll_area, 1)
        self._refresh(announce=False)

    def _build_summary(self) -> None:
        self.summary = QFrame(self)
        self.summary.setFrameShape(QFrame.Shape.StyledPanel)
        self.total_label = QLabel(self.summary)
        total_font = QFont(self.bold_font)
        total_font.setPointSizeF(total_font.pointSizeF() * 1.2)
        self.total_label.setFont(total_font)
        self.band_label = QLabel(self.summary)
        self.band_label.setFont(self.bold_font)
        self.band_label.setWordWrap(True)  # a narrow panel wraps rather than widens
        self.progress_label = QLabel(self.summary)
        self.flags_label = QLabel(self.summary)
        self.flags_label.setWordWrap(True)
        self.flags_label.setTextFormat(Qt.TextFormat.PlainText)
        top = QHBoxLayout()
        top.addWidget(self.total_label)
        top.addSpacing(16)
        top.addWidget(self.band_label, 1)
        top.addWidget(self.progress_label)
        layout = QVBoxLayout(self.summary)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addLayout(top)
        layout.addWidget(self.flags_label)
        for label in (self.total_label, self.band_label, self.progress_label, self.flags_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def _build_safety_banner(self) -> None:
        self.safety_banner = QFrame(self)
        self.safety_banner.setObjectName("safetyBanner")
        self.safety_banner.setStyleSheet(_SAFETY_STYLE)
        heading = QLabel(
            QCoreApplication.translate("ScaleForm", "Safety flag: ask about safety today"),
            self.safety_banner,
        )
        heading.setFont(self.bold_font)
        self.safety_text = QLabel(self.safety_banner)
        self.safety_text.setWordWrap(True)
        self.safety_text.setTextFormat(Qt.TextFormat.PlainText)
        self.safety_button = QPushButton(
            QCoreApplication.translate("ScaleForm", "Review the safety plan"), self.safety_banner
        )
        self.safety_button.setAccessibleName(
            QCoreApplication.translate("ScaleForm", "Review the client's safety plan")
        )
        self.safety_button.clicked.connect(self.safety_plan_requested)
        text_column = QVBoxLayout()
        text_column.addWidget(heading)
        text_column.addWidget(self.safety_text)
        layout = QHBoxLayout(self.safety_banner)
        layout.setContentsMargins(14, 8, 10, 8)
        layout.addLayout(text_column, 1)
        layout.addWidget(self.safety_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.safety_banner.setAccessibleName(heading.text())
        self.safety_banner.hide()

    # -- answers

    def answers(self) -> dict[str, int]:
        """Item key -> chosen value, for the items answered so far."""
        found: dict[str, int] = {}
        for row in self.rows:
            value = row.value()
            if value is not None:
                found[row.item.key] = value
        return found

    def set_answers(self, answers: dict[str, int]) -> None:
        """Show stored answers (unknown keys and values are left out). Emits neither
        `edited` nor `safety_flag_raised` (a past entry's flag is shown, not announced)."""
        self._loading = True
        try:
            for row in self.rows:
                row.set_value(answers.get(row.item.key))
        finally:
            self._loading = False
        self._refresh(announce=False)

    def is_complete(self) -> bool:
        return all(row.value() is not None for row in self.rows)

    def result(self) -> ScaleResult | None:
        """The scored entry, or None while any item is unanswered."""
        if not self.is_complete():
            return None
        return score(self.scale_id, self.answers(), sex=self.sex)

    def answer_changed(self) -> None:
        if self._loading:
            return
        self._refresh()
        self.edited.emit()

    # -- read-only and focus

    def set_read_only(self, read_only: bool) -> None:
        """A saved entry is shown, not changed."""
        self._read_only = read_only
        for row in self.rows:
            for button in row.buttons.values():
                button.setEnabled(not read_only or button.isChecked())
                button.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, read_only)
                button.setFocusPolicy(
                    Qt.FocusPolicy.NoFocus if read_only else Qt.FocusPolicy.StrongFocus
                )

    def is_read_only(self) -> bool:
        return self._read_only

    def focus_first(self) -> None:
        self.rows[0].focus_button().setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_after(self, row: _ItemRow) -> None:
        index = self.rows.index(row)
        if index + 1 < len(self.rows):
            following = self.rows[index + 1]
            following.focus_button().setFocus(Qt.FocusReason.TabFocusReason)
            self.scroll_area.ensureWidgetVisible(following, 0, 24)

    # -- the live summary

    def _partial(self) -> ScaleResult:
        """The score with every unanswered item at its lowest: a floor the final total
        cannot go under, so the flags it raises (item 9 above zero, a total already past
        a cut-off) hold whatever the remaining answers are. The rules stay in domain."""
        answers = self.answers()
        filled = {item.key: answers.get(item.key, _lowest(item)) for item in self.scale.items}
        return score(self.scale_id, filled, sex=self.sex)

    def _refresh(self, announce: bool = True) -> None:
        answered = len(self.answers())
        count = len(self.rows)
        floor = self._partial()
        complete = answered == count
        if complete:
            self.total_label.setText(
                QCoreApplication.translate("ScaleForm", "Total: %1 of %2")
                .replace("%1", str(floor.total))
                .replace("%2", str(floor.max_total))
            )
            self.progress_label.setText(
                QCoreApplication.translate("ScaleForm", "All %1 items answered").replace(
                    "%1", str(count)
                )
            )
            band = floor.band.label if floor.band is not None else ""
            self.band_label.setText(
                QCoreApplication.translate("ScaleForm", "Band: %1").replace("%1", band)
                if band
                else ""
            )
            self.band_label.setForegroundRole(QPalette.ColorRole.WindowText)
        else:
            self.total_label.setText(
                QCoreApplication.translate("ScaleForm", "Total so far: %1").replace(
                    "%1", str(floor.total)
                )
            )
            self.progress_label.setText(
                QCoreApplication.translate("ScaleForm", "%1 of %2 answered")
                .replace("%1", str(answered))
                .replace("%2", str(count))
            )
            self.band_label.setText(
                QCoreApplication.translate("ScaleForm", "(band once every item is answered)")
            )
            self.band_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        lines = []
        for flag in floor.flags:
            if flag.kind is FlagKind.SAFETY:
                continue  # the banner says it
            prefix = (
                QCoreApplication.translate("ScaleForm", "Positive screen:")
                if flag.kind is FlagKind.POSITIVE_SCREEN
                else QCoreApplication.translate("ScaleForm", "Note:")
            )
            lines.append(f"{prefix} {flag.message}")
        self.flags_label.setText("\n".join(lines))
        self.flags_label.setVisible(bool(lines))
        summary = " ".join(
            text
            for text in (
                self.total_label.text(),
                self.band_label.text(),
                self.progress_label.text(),
                *lines,
            )
            if text
        )
        self.summary.setAccessibleName(QCoreApplication.translate("ScaleForm", "Score"))
        self.summary.setAccessibleDescription(summary)
        self._show_safety(floor, announce)

    def _show_safety(self, floor: ScaleResult, announce: bool) -> None:
        safety = [flag for flag in floor.flags if flag.kind is FlagKind.SAFETY]
        if safety:
            self.safety_text.setText(" ".join(flag.message for flag in safety))
            self.safety_banner.setAccessibleDescription(self.safety_text.text())
        raised = bool(safety) and not self._safety_shown
        self._safety_shown = bool(safety)
        self.safety_banner.setVisible(bool(safety))
        if raised and announce:
            self.safety_flag_raised.emit()

    def safety_flag_shown(self) -> bool:
        return self._safety_shown
