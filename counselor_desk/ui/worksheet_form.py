"""A worksheet's form, built from its definition (domain.worksheets): one editor per
field, tables as a list of row cards, fixed guidance as framed notes.

The form takes and returns plain JSON values in exactly the shape the domain checks
(`empty_values`, `validate_values`), so whoever stores them needs no Qt and the form
needs no vault. Field texts come from the definition in the worksheet's language (a
client may fill it in Spanish while the window speaks English); the form's own words
(buttons, "not answered") go through tr().
"""

from __future__ import annotations

import html
import itertools
import re
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QMouseEvent, QPalette, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDoubleSpinBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from counselor_desk.domain.worksheets import (
    ChecklistField,
    ChoiceField,
    ColumnField,
    DateField,
    LongTextField,
    NumberField,
    PhoneField,
    RatingField,
    StaticNote,
    TableField,
    TextField,
    Tone,
    WorksheetDefinition,
    check_values,
    validate_values,
)
from counselor_desk.ui.ask import Ask

# Unbounded numbers still need a spin box range; nobody writes a number this big here.
_NUMBER_LIMIT = 999_999_999
# QDateEdit has no empty value: the special text shows at the minimum date, so that day
# means "not set" and real dates start the day after.
_NOT_SET_DAY = QDate(1900, 1, 1)
_PATH = re.compile(r"^(?P<key>[^\[\].]+)(?:\[(?P<row>\d+)\](?:\.(?P<column>[^\[\].]+))?)?$")
_URGENT_STYLE = (
    "QLabel { border: 1px solid #e0b4b4; border-left: 6px solid #b00020;"
    " background: #fdf1f1; color: #2b0006; padding: 8px; }"
)
_INFO_STYLE = (
    "QLabel { border: 1px solid palette(mid); border-left: 6px solid #5b7fa6;"
    " background: palette(alternate-base); padding: 8px; }"
)


Changed = Callable[[], None]


def _iso(value: QDate) -> str:
    return f"{value.year():04d}-{value.month():02d}-{value.day():02d}"


def _qdate(text: object) -> QDate | None:
    """A stored ISO date as a QDate; None for "" or anything that is not a date."""
    if not isinstance(text, str) or len(text) != 10:
        return None
    try:
        day = date.fromisoformat(text)
    except ValueError:
        return None
    return QDate(day.year, day.month, day.day)


class _WheelOnlyWhenFocused(QObject):
    """Scrolling a long form must not change the spin box, list or slider the mouse
    passes over (a silent change to an answer): such editors take the wheel only once
    they have focus; otherwise the wheel scrolls the page."""

    def __init__(self, page: QScrollArea) -> None:
        super().__init__(page)
        self._page = page

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        wheel = event.type() == QEvent.Type.Wheel
        if wheel and isinstance(watched, QWidget) and not watched.hasFocus():
            assert isinstance(event, QWheelEvent)
            QCoreApplication.sendEvent(self._page.verticalScrollBar(), event)
            return True
        return False


# --- editors ---------------------------------------------------------------------------
# Each editor is a widget with answer() / set_answer() / set_locked() / focus_target(),
# so the form treats every kind alike.


class _TextEdit(QLineEdit):
    def __init__(self, parent: QWidget, changed: Changed) -> None:
        super().__init__(parent)
        self.textChanged.connect(changed)

    def answer(self) -> object:
        return self.text()

    def set_answer(self, value: object) -> None:
        self.setText(value if isinstance(value, str) else "")

    def set_locked(self, locked: bool) -> None:
        self.setReadOnly(locked)

    def focus_target(self) -> QWidget:
        return self


class _PhoneEdit(_TextEdit):
    def __init__(self, parent: QWidget, changed: Changed) -> None:
        super().__init__(parent, changed)
        self.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        self.setPlaceholderText(QCoreApplication.translate("WorksheetForm", "Phone number"))
        metrics = self.fontMetrics()
        # Room for a number with an extension, and for the whole hint in any language.
        wide = max(
            metrics.horizontalAdvance("0") * 20, metrics.horizontalAdvance(self.placeholderText())
        )
        self.setMinimumWidth(wide + 16)
        self.setMaximumWidth(wide + 60)


class _LongTextEdit(QPlainTextEdit):
    """Grows with its text between a few lines and a screenful, so the form reads in one
    scroll; Tab moves on through the form (as in the note editor)."""

    def __init__(self, parent: QWidget, changed: Changed, min_lines: int = 3) -> None:
        super().__init__(parent)
        self._min_lines, self._max_lines = min_lines, 12
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().documentLayout().documentSizeChanged.connect(self.updateGeometry)
        self.textChanged.connect(changed)

    def _height(self) -> int:
        lines = int(self.document().size().height())  # plain-text layouts count lines
        lines = max(self._min_lines, min(self._max_lines, lines))
        margins = self.contentsMargins()
        frame = 2 * self.frameWidth() + margins.top() + margins.bottom()
        return self.fontMetrics().lineSpacing() * lines + frame + 8

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._height())

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self._height())

    def answer(self) -> object:
        return self.toPlainText()

    def set_answer(self, value: object) -> None:
        self.setPlainText(value if isinstance(value, str) else "")  # also clears undo

    def set_locked(self, locked: bool) -> None:
        self.setReadOnly(locked)

    def focus_target(self) -> QWidget:
        return self


def _clear_keys(event: QKeyEvent, editor: QAbstractSpinBox) -> bool:
    """Delete or Backspace over the whole text: the counselor wants the answer gone."""
    if event.key() not in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
        return False
    line = editor.lineEdit()
    return line.hasSelectedText() and line.selectedText() == line.text()


class _OptionalNumber(QDoubleSpinBox):
    """A number that may be unanswered. The spin box's special text sits one step below
    the lowest answer, so stepping down past the minimum also means "not answered";
    typing a digit over "not answered" starts a value, and deleting all the text ends it.
    Integer fields show no decimals and answer ints."""

    def __init__(
        self,
        parent: QWidget,
        changed: Changed,
        *,
        minimum: float | None,
        maximum: float | None,
        integer: bool,
    ) -> None:
        super().__init__(parent)
        self._integer = integer
        self._low = float(minimum) if minimum is not None else -float(_NUMBER_LIMIT)
        high = float(maximum) if maximum is not None else float(_NUMBER_LIMIT)
        self.setDecimals(0 if integer else 4)
        self.setRange(self._low - 1, high)
        self.setSingleStep(1)
        self.setSpecialValueText(QCoreApplication.translate("WorksheetForm", "not answered"))
        self.setValue(self.minimum())
        self.setAccelerated(True)
        self.setKeyboardTracking(True)
        self.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance(self.specialValueText()) + 48)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.valueChanged.connect(changed)

    def _start(self) -> float:
        """Where a first step or keystroke begins: 0 when allowed, else the nearest end."""
        return min(max(0.0, self._low), self.maximum())

    def is_answered(self) -> bool:
        return self.value() > self.minimum()

    def textFromValue(self, value: float) -> str:
        if self._integer:
            return str(round(value))
        # No trailing zeros ("2.5", not "2.5000") and no group separators, as Qt's own.
        locale = self.locale()
        return locale.toString(value, "g", 12).replace(locale.groupSeparator(), "")

    def stepBy(self, steps: int) -> None:
        if self.isReadOnly():
            return
        if not self.is_answered() and steps > 0:
            self.setValue(self._start())
            self.selectAll()
            return
        super().stepBy(steps)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.isReadOnly():
            super().keyPressEvent(event)
            return
        if _clear_keys(event, self):
            self.setValue(self.minimum())
            self.selectAll()
            return
        text = event.text()
        starts = text.isdigit() or (text == "-" and self._low < 0)
        if not self.is_answered() and text and starts:
            # Over "not answered" a keystroke would be appended to the special text and
            # refused; start from a blank number instead.
            self.setValue(self._start())
            self.lineEdit().selectAll()
        super().keyPressEvent(event)

    def answer(self) -> object:
        if not self.is_answered():
            return None
        value = self.value()
        return round(value) if self._integer else value

    def set_answer(self, value: object) -> None:
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.setValue(self.minimum())
            return
        self.setValue(float(value))

    def set_locked(self, locked: bool) -> None:
        self.setReadOnly(locked)
        self.setButtonSymbols(
            QAbstractSpinBox.ButtonSymbols.NoButtons
            if locked
            else QAbstractSpinBox.ButtonSymbols.UpDownArrows
        )

    def focus_target(self) -> QWidget:
        return self


class _RatingEdit(QWidget):
    """A whole number on a fixed scale: a spin box to type or step the number (the one
    keyboard stop, "not answered" until set) beside a slider for the mouse, with the
    scale's words at each end."""

    def __init__(self, parent: QWidget, changed: Changed, item: RatingField, language: str):
        super().__init__(parent)
        self._changed = changed
        self.spin = _OptionalNumber(
            self, self._spin_moved, minimum=item.minimum, maximum=item.maximum, integer=True
        )
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setRange(item.minimum, item.maximum)
        self.slider.setPageStep(max(1, (item.maximum - item.minimum) // 10))
        self.slider.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the spin box has the keys
        self.slider.setMinimumWidth(120)
        self.slider.valueChanged.connect(self._slider_moved)
        # A press on the handle where it already rests still answers the question.
        self.slider.sliderPressed.connect(lambda: self._slider_moved(self.slider.value()))
        low = f"{item.minimum} – {item.low_label.get(language)}" if item.low_label else ""
        high = f"{item.high_label.get(language)} – {item.maximum}" if item.high_label else ""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.spin)
        layout.addSpacing(12)
        layout.addWidget(_small_label(low or str(item.minimum), self))
        layout.addWidget(self.slider, 1)
        layout.addWidget(_small_label(high or str(item.maximum), self))
        self.setFocusProxy(self.spin)
        self._sync_slider()

    def _spin_moved(self) -> None:
        self._sync_slider()
        self._changed()

    def _slider_moved(self, value: int) -> None:
        self.spin.setValue(value)  # the spin box reports the change

    def _sync_slider(self) -> None:
        answered = self.spin.is_answered()
        self.slider.blockSignals(True)
        self.slider.setValue(round(self.spin.value()) if answered else self.slider.minimum())
        self.slider.blockSignals(False)
        # Unanswered must not look like an answer at the low end: the groove stays grey.
        group = QPalette.ColorGroup.Active if answered else QPalette.ColorGroup.Disabled
        palette = self.slider.palette()
        for role in (QPalette.ColorRole.Highlight, QPalette.ColorRole.Button):
            palette.setColor(role, self.palette().color(group, role))
        self.slider.setPalette(palette)

    def answer(self) -> object:
        return self.spin.answer()

    def set_answer(self, value: object) -> None:
        valid = isinstance(value, int) and not isinstance(value, bool)
        self.spin.set_answer(value if valid else None)
        self._sync_slider()

    def set_locked(self, locked: bool) -> None:
        self.spin.set_locked(locked)
        self.slider.setEnabled(not locked)

    def focus_target(self) -> QWidget:
        return self.spin


class _OptionalDate(QDateEdit):
    """An ISO date that may be unset ("not set" until a digit or an arrow starts one).
    Shown as year-month-day: the stored form, and typed without guessing which number
    is the month."""

    def __init__(self, parent: QWidget, changed: Changed) -> None:
        super().__init__(parent)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setCalendarPopup(True)
        self.setMinimumDate(_NOT_SET_DAY)
        self.setSpecialValueText(QCoreApplication.translate("WorksheetForm", "not set"))
        self.setDate(_NOT_SET_DAY)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("0000-00-00 ") + 48)
        self.dateChanged.connect(changed)

    def is_set(self) -> bool:
        return self.date() > _NOT_SET_DAY

    def _start(self) -> None:
        self.setDate(QDate.currentDate())
        self.setCurrentSection(QDateTimeEdit.Section.YearSection)
        self.setSelectedSection(QDateTimeEdit.Section.YearSection)

    def stepBy(self, steps: int) -> None:
        if self.isReadOnly():
            return
        if not self.is_set():
            self._start()
            return
        super().stepBy(steps)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.isReadOnly():
            super().keyPressEvent(event)
            return
        if _clear_keys(event, self):
            self.setDate(_NOT_SET_DAY)
            return
        text = event.text()
        if not self.is_set() and text.isdigit():
            self._start()
        elif text in ("-", "/", ".") and self._at_section_start():
            # Qt moves on by itself once a section is full; the separator typed next
            # ("2026-05-01") would skip the month.
            return
        super().keyPressEvent(event)

    def _at_section_start(self) -> bool:
        line = self.lineEdit()
        position = line.cursorPosition()
        return position > 0 and not line.text()[position - 1].isdigit()

    def answer(self) -> object:
        return _iso(self.date()) if self.is_set() else ""

    def set_answer(self, value: object) -> None:
        self.setDate(_qdate(value) or _NOT_SET_DAY)

    def set_locked(self, locked: bool) -> None:
        self.setReadOnly(locked)
        self.setCalendarPopup(not locked)

    def focus_target(self) -> QWidget:
        return self


class _ChoiceEdit(QComboBox):
    """Pick one; the empty first entry means "not chosen". Typing a word's first letters
    picks it (QComboBox's keyboard search)."""

    def __init__(self, parent: QWidget, changed: Changed, item: ChoiceField, language: str):
        super().__init__(parent)
        self.addItem("", None)
        for option in item.options:
            self.addItem(option.label.get(language), option.key)
        self._locked = False
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.currentIndexChanged.connect(changed)

    def answer(self) -> object:
        return self.currentData()

    def set_answer(self, value: object) -> None:
        index = self.findData(value) if isinstance(value, str) else -1
        self.setCurrentIndex(max(index, 0))

    def set_locked(self, locked: bool) -> None:
        # A combo box has no read-only mode, and a disabled one greys the answer out;
        # locked, it still reads normally and takes focus, but ignores every change.
        self._locked = locked

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._locked:
            event.ignore()
            return
        super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self._locked:
            event.ignore()
            return
        super().wheelEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self._locked:
            event.ignore()
            return
        super().mousePressEvent(event)

    def showPopup(self) -> None:
        if not self._locked:
            super().showPopup()

    def focus_target(self) -> QWidget:
        return self


class _Check(QCheckBox):
    """A tick box that can be locked without being disabled (which greys the tick out):
    locked, it still reads normally and takes focus, but a click or Space changes nothing."""

    locked = False

    def nextCheckState(self) -> None:
        if not self.locked:
            super().nextCheckState()


class _ChecklistEdit(QWidget):
    """Tick any; the answer lists the ticked keys in the definition's order."""

    def __init__(
        self, parent: QWidget, changed: Changed, item: ChecklistField, language: str, name: str
    ):
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # Long lists in two columns, still read top to bottom.
        columns = 2 if len(item.options) > 6 else 1
        per_column = -(-len(item.options) // columns)
        self._boxes: list[tuple[str, _Check]] = []
        for i, option in enumerate(item.options):
            box = _Check(option.label.get(language), self)
            box.setAccessibleName(f"{name}: {option.label.get(language)}")
            box.toggled.connect(changed)
            layout.addWidget(box, i % per_column, i // per_column)
            self._boxes.append((option.key, box))
        self.setFocusProxy(self._boxes[0][1])

    def boxes(self) -> list[QCheckBox]:
        return [box for _, box in self._boxes]

    def answer(self) -> object:
        return [key for key, box in self._boxes if box.isChecked()]

    def set_answer(self, value: object) -> None:
        ticked = set(value) if isinstance(value, list) else set()
        for key, box in self._boxes:
            box.setChecked(key in ticked)

    def set_locked(self, locked: bool) -> None:
        for _, box in self._boxes:
            box.locked = locked

    def focus_target(self) -> QWidget:
        return self._boxes[0][1]


Editor = (
    _TextEdit
    | _LongTextEdit
    | _OptionalNumber
    | _RatingEdit
    | _OptionalDate
    | _ChoiceEdit
    | _ChecklistEdit
)


# --- labels and field blocks -----------------------------------------------------------


def _small_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 0.9)
    label.setFont(font)
    return label


def _cell_editor(
    parent: QWidget, item: ColumnField | ChecklistField, language: str, name: str, changed: Changed
) -> Editor:
    if isinstance(item, LongTextField):
        return _LongTextEdit(parent, changed)
    if isinstance(item, PhoneField):
        return _PhoneEdit(parent, changed)
    if isinstance(item, TextField):
        return _TextEdit(parent, changed)
    if isinstance(item, RatingField):
        return _RatingEdit(parent, changed, item, language)
    if isinstance(item, NumberField):
        return _OptionalNumber(
            parent, changed, minimum=item.minimum, maximum=item.maximum, integer=item.integer
        )
    if isinstance(item, DateField):
        return _OptionalDate(parent, changed)
    if isinstance(item, ChoiceField):
        return _ChoiceEdit(parent, changed, item, language)
    return _ChecklistEdit(parent, changed, item, language, name)


def _width(item: ColumnField) -> int:
    """How many of a row card's three columns a field takes: short fields sit side by
    side, a rating fits beside one short field ("Mood 1" and how strong), text takes all."""
    if isinstance(item, TextField | PhoneField | DateField | ChoiceField | NumberField):
        return 1
    if isinstance(item, RatingField):
        return 2
    return 3


class _FieldBlock:
    """A field's label, its help (small grey text and tooltip) and its editor."""

    def __init__(
        self,
        parent: QWidget,
        item: ColumnField | ChecklistField,
        language: str,
        changed: Changed,
        spoken_prefix: str = "",
    ) -> None:
        self.text = item.label.get(language)
        self.label = QLabel(f"{self.text} *" if item.required else self.text, parent)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.editor = _cell_editor(parent, item, language, spoken_prefix + self.text, changed)
        self.label.setBuddy(self.editor.focus_target())
        help_text = item.help.get(language) if item.help else ""
        self.help = _small_label(help_text, parent) if help_text else None
        if self.help is not None:
            self.help.setWordWrap(True)
        described = help_text
        if item.required:
            needed = QCoreApplication.translate(
                "WorksheetForm", "Needs an answer before the worksheet is complete."
            )
            described = f"{help_text} {needed}".strip()
        for widget in self._spoken():
            widget.setAccessibleDescription(described)
            if help_text:
                widget.setToolTip(help_text)
        self.rename(spoken_prefix)

    def _spoken(self) -> list[QWidget]:
        """The widgets a screen reader lands on for this field."""
        if isinstance(self.editor, _ChecklistEdit):
            return list[QWidget](self.editor.boxes())
        if isinstance(self.editor, _RatingEdit):
            return [self.editor.spin, self.editor.slider]
        return [self.editor]

    def rename(self, prefix: str) -> None:
        """Accessible names say the field's label ("Moment 2: Situation" in a table)."""
        name = prefix + self.text
        if isinstance(self.editor, _ChecklistEdit):
            self.editor.setAccessibleName(name)
            for box in self.editor.boxes():
                box.setAccessibleName(f"{name}: {box.text()}")
        elif isinstance(self.editor, _RatingEdit):
            self.editor.setAccessibleName(name)
            self.editor.spin.setAccessibleName(name)
            self.editor.slider.setAccessibleName(
                QCoreApplication.translate("WorksheetForm", "%1 (slider)").replace("%1", name)
            )
        else:
            self.editor.setAccessibleName(name)

    def widgets(self) -> list[QWidget]:
        return [w for w in (self.label, self.help, self.editor) if w is not None]

    def editor_alignment(self) -> Qt.AlignmentFlag:
        # Small editors keep their natural width, at the left like the text above them.
        if isinstance(self.editor, _OptionalNumber | _OptionalDate | _ChoiceEdit | _PhoneEdit):
            return Qt.AlignmentFlag.AlignLeft
        return Qt.AlignmentFlag(0)


def _place_line(grid: QGridLayout, row: int, line: list[tuple[_FieldBlock, int]]) -> int:
    """Fields side by side on one line: labels on a row, help under them, then editors,
    so the editors line up. Returns the grid row where the editors are."""
    with_help = any(block.help is not None for block, _ in line)
    column = 0
    for block, span in line:
        grid.addWidget(block.label, row, column, 1, span, Qt.AlignmentFlag.AlignBottom)
        if block.help is not None:
            grid.addWidget(block.help, row + 1, column, 1, span, Qt.AlignmentFlag.AlignTop)
        editor_row = row + 1 + int(with_help)
        grid.addWidget(block.editor, editor_row, column, 1, span, block.editor_alignment())
        column += span
    return row + 1 + int(with_help)


def _static_html(note: StaticNote, language: str) -> str:
    heading = html.escape(note.label.get(language))
    if note.tone is Tone.URGENT:
        # Colour is never the only cue: the word says it too.
        important = QCoreApplication.translate("WorksheetForm", "Important:")
        heading = f"{html.escape(important)} {heading}"
    parts = [f"<p style='margin:0 0 4px 0'><b>{heading}</b></p>"]
    if note.text is not None:
        parts.append(f"<p style='margin:0'>{html.escape(note.text.get(language))}</p>")
    if note.items:
        tag = "ol" if note.numbered else "ul"
        items = "".join(f"<li>{html.escape(item.get(language))}</li>" for item in note.items)
        parts.append(f"<{tag} style='margin:0; -qt-list-indent:1'>{items}</{tag}>")
    return "".join(parts)


def _static_label(parent: QWidget, note: StaticNote, language: str) -> QLabel:
    label = QLabel(_static_html(note, language), parent)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setStyleSheet(_URGENT_STYLE if note.tone is Tone.URGENT else _INFO_STYLE)
    if note.tone is Tone.URGENT:
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
    label.setAccessibleName(note.label.get(language))
    plain = [note.text.get(language)] if note.text else []
    plain += [item.get(language) for item in note.items]
    label.setAccessibleDescription(" ".join(plain))
    return label


# --- tables ----------------------------------------------------------------------------


_LINE_WIDTH = 3  # short fields side by side in a row card


class _RowCard(QFrame):
    """One table row as a small form: short fields side by side, long ones full width,
    and its Remove button last (after the fields in the tab order)."""

    def __init__(self, table: _TableEdit, number: int) -> None:
        super().__init__(table.rows_box)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._table = table
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setFont(table.form.bold_font)
        grid = QGridLayout(self)
        grid.setContentsMargins(10, 8, 10, 8)
        grid.setVerticalSpacing(3)
        grid.setHorizontalSpacing(14)
        grid.addWidget(self.title, 0, 0, 1, _LINE_WIDTH)
        self.blocks: dict[str, _FieldBlock] = {}
        lines: list[list[tuple[_FieldBlock, int]]] = [[]]
        for item in table.item.columns:
            block = _FieldBlock(self, item, table.language, table.changed)
            self.blocks[item.key] = block
            width = _width(item)
            if sum(span for _, span in lines[-1]) + width > _LINE_WIDTH:
                lines.append([])
            lines[-1].append((block, width))
        row = 1
        for line in lines:
            editor_row = _place_line(grid, row, line)
            grid.setRowMinimumHeight(editor_row + 1, 8)  # air before the next label
            row = editor_row + 2
        self.remove = QPushButton(QCoreApplication.translate("WorksheetForm", "Remove"), self)
        self.remove.clicked.connect(lambda: table.remove_row(self))
        # Beside the last line when it leaves room, else on a line of its own.
        room = sum(span for _, span in lines[-1]) < _LINE_WIDTH
        grid.addWidget(
            self.remove,
            editor_row if room else row,
            _LINE_WIDTH - 1,
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
        )
        for column in range(_LINE_WIDTH):
            grid.setColumnStretch(column, 1)
        self.renumber(number)

    def renumber(self, number: int) -> None:
        name = self._table.row_name(number)
        self.title.setText(name)
        self.remove.setAccessibleName(
            QCoreApplication.translate("WorksheetForm", "Remove %1").replace("%1", name)
        )
        for block in self.blocks.values():
            block.rename(f"{name}: ")

    def answer(self) -> dict[str, object]:
        return {key: block.editor.answer() for key, block in self.blocks.items()}

    def set_answer(self, row: object) -> None:
        cells = row if isinstance(row, dict) else {}
        for key, block in self.blocks.items():
            block.editor.set_answer(cells.get(key))

    def is_blank(self) -> bool:
        return all(value in ("", None, []) for value in self.answer().values())

    def set_locked(self, locked: bool) -> None:
        for block in self.blocks.values():
            block.editor.set_locked(locked)

    def focusables(self) -> list[QWidget]:
        found: list[QWidget] = []
        for block in self.blocks.values():
            found.extend(_focusables(block.editor))
        found.append(self.remove)
        return found


class _TableEdit(QWidget):
    """Rows as cards (some tables have 18 columns, too wide for a grid), an Add row
    button, and the definition's least and most rows honored."""

    def __init__(
        self, form: WorksheetForm, item: TableField, language: str, name: str, changed: Changed
    ) -> None:
        super().__init__(form.content)
        self.form = form
        self.item = item
        self.language = language
        self.changed = changed
        self.name = name
        self.cards: list[_RowCard] = []
        self._locked = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.rows_box = QWidget(self)
        self._rows = QVBoxLayout(self.rows_box)
        self._rows.setContentsMargins(0, 0, 0, 0)
        self._rows.setSpacing(8)
        layout.addWidget(self.rows_box)
        self.add_button = QPushButton(QCoreApplication.translate("WorksheetForm", "Add row"), self)
        self.add_button.setAccessibleName(
            QCoreApplication.translate("WorksheetForm", "Add a row to %1").replace("%1", name)
        )
        self.add_button.clicked.connect(self._add_clicked)
        footer = QHBoxLayout()
        footer.addWidget(self.add_button)
        footer.addStretch(1)
        layout.addLayout(footer)
        self.setFocusProxy(self.add_button)

    def row_name(self, number: int) -> str:
        if self.item.row_label is not None:
            return f"{self.item.row_label.get(self.language)} {number}"
        return QCoreApplication.translate("WorksheetForm", "Row %1").replace("%1", str(number))

    def _add_clicked(self) -> None:
        card = self.add_row()
        self.form.refresh_tab_order()
        self.changed()
        target = _focusables(next(iter(card.blocks.values())).editor)[0]
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        self.form.scroll_to(card)

    def add_row(self) -> _RowCard:
        card = _RowCard(self, len(self.cards) + 1)
        card.set_locked(self._locked)
        self.cards.append(card)
        self._rows.addWidget(card)
        # A layout shows a new child only on the next event-loop turn; until then Tab
        # and setFocus would skip the row just added.
        card.show()
        self._update_buttons()
        return card

    def remove_row(self, card: _RowCard) -> None:
        if len(self.cards) <= self.item.min_rows or self._locked:
            return
        number = self.cards.index(card) + 1
        if not card.is_blank() and not Ask.confirm(
            self,
            QCoreApplication.translate("WorksheetForm", "Remove row"),
            QCoreApplication.translate(
                "WorksheetForm", "Remove %1? What is written in it will be lost."
            ).replace("%1", self.row_name(number)),
        ):
            return
        self.cards.remove(card)
        self._rows.removeWidget(card)
        card.hide()
        card.deleteLater()
        for index, each in enumerate(self.cards, start=1):
            each.renumber(index)
        self._update_buttons()
        self.form.refresh_tab_order()
        self.changed()
        # Focus stays near where it was, never lost to the window.
        if self.cards:
            neighbour = self.cards[min(number - 1, len(self.cards) - 1)]
            neighbour.focusables()[0].setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_buttons(self) -> None:
        full = self.item.max_rows is not None and len(self.cards) >= self.item.max_rows
        self.add_button.setEnabled(not full)
        self.add_button.setToolTip(
            QCoreApplication.translate(
                "WorksheetForm", "This table holds at most %1 rows."
            ).replace("%1", str(self.item.max_rows))
            if full
            else ""
        )
        # At the least rows the table needs, Remove is hidden rather than shown greyed.
        removable = len(self.cards) > self.item.min_rows and not self._locked
        for card in self.cards:
            card.remove.setVisible(removable)

    def answer(self) -> object:
        return [card.answer() for card in self.cards]

    def set_answer(self, value: object) -> None:
        # Never fewer cards than the rows given (nothing stored is hidden), never fewer
        # than the least the table needs; no answer at all gets a blank row to start on,
        # as in domain.worksheets.empty_values.
        rows = value if isinstance(value, list) else []
        least = self.item.min_rows if isinstance(value, list) else max(self.item.min_rows, 1)
        wanted = max(len(rows), least)
        while len(self.cards) > wanted:
            card = self.cards.pop()
            self._rows.removeWidget(card)
            card.hide()
            card.deleteLater()
        while len(self.cards) < wanted:
            self.add_row()
        for index, card in enumerate(self.cards):
            card.set_answer(rows[index] if index < len(rows) else None)
        self._update_buttons()

    def set_locked(self, locked: bool) -> None:
        self._locked = locked
        for card in self.cards:
            card.set_locked(locked)
        self.add_button.setVisible(not locked)
        self._update_buttons()

    def focus_target(self) -> QWidget:
        return self.cards[0].focusables()[0] if self.cards else self.add_button

    def focusables(self) -> list[QWidget]:
        found: list[QWidget] = []
        for card in self.cards:
            found.extend(card.focusables())
        found.append(self.add_button)
        return found


def _focusables(editor: Editor | _TableEdit) -> list[QWidget]:
    if isinstance(editor, _TableEdit):
        return editor.focusables()
    if isinstance(editor, _ChecklistEdit):
        return list(editor.boxes())
    return [editor.focus_target()]


# --- the form --------------------------------------------------------------------------


class WorksheetForm(QWidget):
    """The form for one worksheet definition.

    values() / set_values() speak the domain's plain JSON shape; `edited` fires on every
    change the counselor makes (not on set_values), for the caller to debounce an autosave.
    """

    edited = Signal()

    def __init__(
        self, definition: WorksheetDefinition, language: str = "en", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.definition = definition
        self.language = language
        self._loading = False
        self._read_only = False
        self.bold_font = QFont(self.font())
        self.bold_font.setBold(True)
        self.setAccessibleName(definition.title.get(language))

        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self._wheel_guard = _WheelOnlyWhenFocused(self.scroll_area)
        self.content = QWidget(self.scroll_area)
        self.content.setObjectName("worksheetContent")
        self.content.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)

        self._layout = QVBoxLayout(self.content)
        self._layout.setContentsMargins(16, 12, 16, 16)
        self._layout.setSpacing(4)
        self._build_header()
        self._editors: dict[str, Editor | _TableEdit] = {}
        for item in definition.fields:
            self._layout.addSpacing(10)
            if isinstance(item, StaticNote):
                self._layout.addWidget(_static_label(self.content, item, language))
            elif isinstance(item, TableField):
                self._add_table(item)
            else:
                block = _FieldBlock(self.content, item, language, self._changed)
                block.label.setFont(self.bold_font)
                for widget in block.widgets():
                    alignment = block.editor_alignment() if widget is block.editor else 0
                    self._layout.addWidget(widget, 0, Qt.AlignmentFlag(alignment))
                self._editors[item.key] = block.editor
        self._layout.addStretch(1)
        self.scroll_area.setWidget(self.content)
        self.refresh_tab_order()

    def _build_header(self) -> None:
        title = QLabel(self.definition.title.get(self.language), self.content)
        title.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        title.setFont(font)
        title.setAccessibleName(title.text())
        intro = QLabel(self.definition.help.get(self.language), self.content)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self._layout.addWidget(title)
        self._layout.addWidget(intro)
        if any(getattr(f, "required", False) for f in self.definition.input_fields):
            legend = _small_label(
                QCoreApplication.translate(
                    "WorksheetForm", "* needs an answer before the worksheet can be marked complete"
                ),
                self.content,
            )
            legend.setWordWrap(True)
            self._layout.addWidget(legend)

    def _add_table(self, item: TableField) -> None:
        text = item.label.get(self.language)
        label = QLabel(f"{text} *" if item.required else text, self.content)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setFont(self.bold_font)
        self._layout.addWidget(label)
        if item.help is not None:
            help_label = _small_label(item.help.get(self.language), self.content)
            help_label.setWordWrap(True)
            self._layout.addWidget(help_label)
        table = _TableEdit(self, item, self.language, text, self._changed)
        self._layout.addWidget(table)
        self._editors[item.key] = table
        table.set_answer(None)  # the least rows the table needs, at least one

    # -- change tracking

    def _changed(self) -> None:
        if not self._loading:
            self.edited.emit()

    # -- values

    def values(self) -> dict[str, Any]:
        """The answers as plain JSON values keyed by field key (domain.worksheets' shape)."""
        return {key: editor.answer() for key, editor in self._editors.items()}

    def set_values(self, values: dict[str, Any]) -> None:
        """Show stored answers; missing keys show blank. Does not emit `edited`."""
        self._loading = True
        try:
            for key, editor in self._editors.items():
                editor.set_answer(values.get(key))
        finally:
            self._loading = False
        self.refresh_tab_order()

    def problems(self, complete: bool = True) -> list[str]:
        """What stops the answers from being complete (or, with complete=False, what is
        wrong even in a draft), one sentence each, in the worksheet's language."""
        return validate_values(
            self.definition, self.values(), complete=complete, language=self.language
        )

    def problem_paths(self, complete: bool = True) -> list[tuple[str, str]]:
        """(path, sentence) for each problem; a path goes to highlight()."""
        found = check_values(
            self.definition, self.values(), complete=complete, language=self.language
        )
        return [(p.path, p.message) for p in found]

    # -- read-only and focus

    def set_read_only(self, read_only: bool) -> None:
        """A completed worksheet is shown, not edited (reopen it to change it)."""
        self._read_only = read_only
        for editor in self._editors.values():
            editor.set_locked(read_only)
        self.refresh_tab_order()

    def is_read_only(self) -> bool:
        return self._read_only

    def highlight(self, path: str) -> bool:
        """Focus the editor a problem's path points at ("moments[1].mood_1", "importance")
        and scroll it into view; False when the path names nothing in this form."""
        target = self._target(path)
        if target is None:
            return False
        self.scroll_to(target)
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def editor(self, path: str) -> QWidget | None:
        """The widget that takes the keyboard for `path` (tests and the integrator)."""
        return self._target(path)

    def _target(self, path: str) -> QWidget | None:
        found = _PATH.match(path)
        if found is None:
            return None
        editor = self._editors.get(found["key"])
        if editor is None:
            return None
        if not isinstance(editor, _TableEdit):
            return editor.focus_target()
        if found["row"] is None:
            return editor.focus_target()
        row = int(found["row"])
        if row >= len(editor.cards):
            return editor.add_button
        card = editor.cards[row]
        block = card.blocks.get(found["column"] or "")
        if block is None:
            return card.focusables()[0]
        return block.editor.focus_target()

    def scroll_to(self, widget: QWidget) -> None:
        self.scroll_area.ensureWidgetVisible(widget, 24, 48)

    def refresh_tab_order(self) -> None:
        """Tab runs top to bottom even after rows are added or removed (a new widget
        would otherwise join the focus chain at the end of the window)."""
        chain: list[QWidget] = []
        for editor in self._editors.values():
            chain.extend(_focusables(editor))
        for kind in (QAbstractSpinBox, QComboBox, QSlider):
            for widget in self.content.findChildren(kind):
                widget.installEventFilter(self._wheel_guard)  # once: Qt ignores repeats
                if widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def focus_first(self) -> None:
        """Put the cursor in the first field (when the worksheet opens)."""
        for editor in self._editors.values():
            _focusables(editor)[0].setFocus(Qt.FocusReason.OtherFocusReason)
            return
