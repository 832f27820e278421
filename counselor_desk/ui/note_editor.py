"""The session note editor: one field per section of the note's format, a risk check,
autosave about a second after typing stops ("Saved" only once the commit returned),
signing with a confirmation that shows what will be locked, and addenda on signed notes.
A "Needs supervisor co-signature" box sends the note to a supervisor (stored at once as
a request; unchecking withdraws it until it is co-signed); new notes start with it
checked when the vault's default says so. A signed note says whether it is waiting for
or has its co-signature. A group note's copy opens read-only like any signed note.

Sign shortcut: Ctrl+Shift+Return (Ctrl+S stays Save, Ctrl+Shift+S Save As); the button's
mnemonic Alt+S works too."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QObject,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from counselor_desk.domain.errors import CounselorDeskError
from counselor_desk.domain.notes import (
    COMMON_KEYS,
    SECTION_KEYS,
    Addendum,
    Note,
    NoteFormat,
    is_late_entry,
)
from counselor_desk.domain.records import Session, SessionKind
from counselor_desk.domain.supervision import CosignState, CosignStatus
from counselor_desk.services.plans import Plans
from counselor_desk.services.supervision import Supervision
from counselor_desk.ui.ask import Ask
from counselor_desk.ui.autosave import Autosaver
from counselor_desk.ui.worker import Job
from counselor_desk.ui.workspace import Workspace, describe

_CONTEXT = "NoteEditor"

# English labels; translated where shown (QT_TRANSLATE_NOOP lets lupdate find them).
SECTION_LABELS: dict[str, str] = {
    "subjective": QT_TRANSLATE_NOOP("NoteEditor", "Subjective"),
    "objective": QT_TRANSLATE_NOOP("NoteEditor", "Objective"),
    "assessment": QT_TRANSLATE_NOOP("NoteEditor", "Assessment"),
    "plan": QT_TRANSLATE_NOOP("NoteEditor", "Plan"),
    "data": QT_TRANSLATE_NOOP("NoteEditor", "Data"),
    "behavior": QT_TRANSLATE_NOOP("NoteEditor", "Behavior"),
    "intervention": QT_TRANSLATE_NOOP("NoteEditor", "Intervention"),
    "response": QT_TRANSLATE_NOOP("NoteEditor", "Response"),
    "goal": QT_TRANSLATE_NOOP("NoteEditor", "Goal"),
    "text": QT_TRANSLATE_NOOP("NoteEditor", "Note"),
    "risk_self_harm": QT_TRANSLATE_NOOP("NoteEditor", "Self-harm"),
    "risk_overdose": QT_TRANSLATE_NOOP("NoteEditor", "Overdose risk"),
    "risk_safety": QT_TRANSLATE_NOOP("NoteEditor", "Safety concerns"),
    "next_appointment": QT_TRANSLATE_NOOP("NoteEditor", "Next appointment"),
    "topic": QT_TRANSLATE_NOOP("NoteEditor", "Group topic"),
    "interventions": QT_TRANSLATE_NOOP("NoteEditor", "Group interventions"),
    "individual": QT_TRANSLATE_NOOP("NoteEditor", "Individual section"),
}

FORMAT_LABELS: dict[NoteFormat, str] = {
    NoteFormat.SOAP: QT_TRANSLATE_NOOP("NoteEditor", "SOAP"),
    NoteFormat.DAP: QT_TRANSLATE_NOOP("NoteEditor", "DAP"),
    NoteFormat.BIRP: QT_TRANSLATE_NOOP("NoteEditor", "BIRP"),
    NoteFormat.GIRP: QT_TRANSLATE_NOOP("NoteEditor", "GIRP"),
    NoteFormat.FREE: QT_TRANSLATE_NOOP("NoteEditor", "Free-form"),
    NoteFormat.GROUP: QT_TRANSLATE_NOOP("NoteEditor", "Group"),
}

KIND_LABELS: dict[SessionKind, str] = {
    SessionKind.INDIVIDUAL: QT_TRANSLATE_NOOP("NoteEditor", "Individual session"),
    SessionKind.GROUP: QT_TRANSLATE_NOOP("NoteEditor", "Group session"),
    SessionKind.FAMILY: QT_TRANSLATE_NOOP("NoteEditor", "Family session"),
    SessionKind.PEER_SUPPORT: QT_TRANSLATE_NOOP("NoteEditor", "Peer-support session"),
    SessionKind.PHONE: QT_TRANSLATE_NOOP("NoteEditor", "Phone session"),
}

SIGN_SHORTCUTS = (QKeySequence("Ctrl+Shift+Return"), QKeySequence("Ctrl+Shift+Enter"))

# A group note is made by signing a group session (one copy per attendee), never by
# switching an ordinary note's format: the switcher offers it only for a group copy.
SWITCHABLE_FORMATS = tuple(f for f in NoteFormat if f is not NoteFormat.GROUP)


def _t(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def section_label(key: str) -> str:
    return _t(SECTION_LABELS.get(key, key))


def local_time_text(value: datetime) -> str:
    """A stored UTC time as the counselor's local date and time, in their locale."""
    # The same reading as the chart and the client list (one date format everywhere).
    from counselor_desk.ui.models import local_day, show_date, show_time

    return f"{show_date(local_day(value))} {show_time(value)}"


class SectionField(QPlainTextEdit):
    """A field that grows with its text between min_lines and max_lines, so a note reads
    top to bottom in one scroll rather than in many small ones."""

    def __init__(self, parent: QWidget, *, min_lines: int, max_lines: int) -> None:
        super().__init__(parent)
        self._min_lines, self._max_lines = min_lines, max_lines
        self.setTabChangesFocus(True)  # Tab moves through the form, as everywhere else
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().documentLayout().documentSizeChanged.connect(self.updateGeometry)

    def _height(self) -> int:
        # A plain-text layout measures its height in lines (wrapped lines included).
        lines = int(self.document().size().height())
        lines = max(self._min_lines, min(self._max_lines, lines))
        margins = self.contentsMargins()
        frame = 2 * self.frameWidth() + margins.top() + margins.bottom()
        return self.fontMetrics().lineSpacing() * lines + frame + 8

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._height())

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self._height())


class SignDialog(QDialog):
    """Shows exactly what signing will lock; Cancel is the default button."""

    def __init__(self, parent: QWidget | None, summary_text: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign note"))
        intro = QLabel(self.tr("Signing locks exactly this text. Read it once more:"), self)
        intro.setWordWrap(True)
        view = QPlainTextEdit(self)
        view.setPlainText(summary_text)
        view.setReadOnly(True)
        view.setTabChangesFocus(True)
        view.setAccessibleName(self.tr("Text to be signed"))
        intro.setBuddy(view)
        buttons = QDialogButtonBox(self)
        sign = buttons.addButton(self.tr("&Sign"), QDialogButtonBox.ButtonRole.AcceptRole)
        sign.setAccessibleName(self.tr("Sign the note"))
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel signing"))
        cancel.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(view, 1)
        layout.addWidget(buttons)
        self.resize(560, 480)

    @classmethod
    def ask(cls, parent: QWidget | None, summary_text: str) -> bool:
        """True when the counselor chose Sign (tests replace this)."""
        return cls(parent, summary_text).exec() == QDialog.DialogCode.Accepted


class AddendumDialog(QDialog):
    """Text for an addendum; it is signed the moment it is added."""

    def __init__(self, parent: QWidget | None, text: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add addendum"))
        intro = QLabel(
            self.tr(
                "An addendum corrects or adds to a signed note. It is signed with your "
                "name when you add it and cannot be changed afterwards."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.editor = QPlainTextEdit(self)
        self.editor.setPlainText(text)
        self.editor.setTabChangesFocus(True)
        self.editor.setAccessibleName(self.tr("Addendum text"))
        intro.setBuddy(self.editor)
        buttons = QDialogButtonBox(self)
        self._add = buttons.addButton(
            self.tr("Sign and &add"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self._add.setAccessibleName(self.tr("Sign and add the addendum"))
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel the addendum"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.editor.textChanged.connect(self._enable)
        self._enable()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.editor, 1)
        layout.addWidget(buttons)
        self.resize(520, 320)

    def _enable(self) -> None:
        self._add.setEnabled(bool(self.editor.toPlainText().strip()))

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        text: str = "",
        on_cancel: Callable[[str], None] | None = None,
    ) -> str | None:
        """The addendum text, or None if cancelled (on_cancel keeps what was typed,
        e.g. when locking closes the dialog)."""
        dialog = cls(parent, text)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        typed = dialog.editor.toPlainText()
        if accepted and typed.strip():
            return typed
        if on_cancel is not None:
            on_cancel(typed)
        return None


class NoteEditor(QWidget):
    """Open a note with open_note(); call flush() before locking."""

    saved = Signal(str)  # note id: everything typed is committed
    signed = Signal(str)  # note id
    status_changed = Signal(str)

    def __init__(
        self, workspace: Workspace, parent: QWidget | None = None, *, autosave_ms: int = 1000
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._note: Note | None = None
        self._session: Session | None = None
        self._format = NoteFormat.DAP
        self._fields: dict[str, QPlainTextEdit] = {}
        self._field_labels: dict[str, QLabel] = {}
        self._last_key: str | None = None
        self._loading = False
        self._signing = False
        self._unsent_addendum = ""
        self._cosign = CosignStatus()  # the open note's co-signature status, as stored
        self._cosign_pending = 0  # request/withdraw writes not yet settled
        self._cosign_declined: set[str] = set()  # new notes whose default box was unchecked
        self._autosaver = Autosaver(workspace, self._capture, delay_ms=autosave_ms, parent=self)
        self._build()
        self._connect_signals()
        self._show_nothing()

    # -- building ------------------------------------------------------------------------
    def _build(self) -> None:
        self._header = QLabel(self)
        self._header.setWordWrap(True)
        self._header.setTextFormat(Qt.TextFormat.PlainText)
        font = self._header.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self._header.setFont(font)
        self._header.setAccessibleName(self.tr("Session"))

        self._format_box = QComboBox(self)
        self._fill_formats(self._format)
        self._format_box.setAccessibleName(self.tr("Note format"))
        self._format_box.setObjectName("formatBox")
        format_label = QLabel(self.tr("&Format:"), self)
        format_label.setBuddy(self._format_box)

        self._late_badge = QLabel(self.tr("Late entry"), self)
        self._late_badge.setAccessibleName(self.tr("Late entry"))
        self._late_badge.setObjectName("lateEntryBadge")
        self._late_badge.setToolTip(self.tr("Signed more than 24 hours after the session."))
        self._late_badge.setStyleSheet(
            "QLabel { background: #fde7b0; color: #5a3b00; border: 1px solid #c99a2e;"
            " border-radius: 3px; padding: 1px 6px; font-weight: bold; }"
        )
        self._status = QLabel(self)
        self._status.setAccessibleName(self.tr("Save status"))
        self._status.setTextFormat(Qt.TextFormat.PlainText)

        top = QHBoxLayout()
        top.addWidget(format_label)
        top.addWidget(self._format_box)
        top.addStretch(1)
        top.addWidget(self._late_badge)
        top.addWidget(self._status)

        self._notice = QLabel(self)
        self._notice.setWordWrap(True)
        self._notice.setTextFormat(Qt.TextFormat.PlainText)
        self._notice.setAccessibleName(self.tr("Message"))

        body = QWidget(self)
        self._sections_layout = QVBoxLayout()
        self._risk_box = QGroupBox(self.tr("Risk check"), body)
        self._risk_box.setAccessibleName(self.tr("Risk check"))
        risk_form = QFormLayout(self._risk_box)
        for key in COMMON_KEYS[:3]:
            field = self._make_field(key, lines=2, parent=self._risk_box)
            label = QLabel(section_label(key) + ":", self._risk_box)
            label.setBuddy(field)
            risk_form.addRow(label, field)
        next_label = QLabel(section_label("next_appointment"), body)
        next_field = self._make_field("next_appointment", lines=1, parent=body)
        next_label.setBuddy(next_field)

        self._addenda_box = QGroupBox(self.tr("Addenda"), body)
        self._addenda_box.setAccessibleName(self.tr("Addenda"))
        self._addenda_layout = QVBoxLayout(self._addenda_box)

        body_layout = QVBoxLayout(body)
        body_layout.addLayout(self._sections_layout)
        body_layout.addWidget(self._risk_box)
        body_layout.addWidget(next_label)
        body_layout.addWidget(next_field)
        body_layout.addWidget(self._addenda_box)
        body_layout.addStretch(1)
        self._scroll = QScrollArea(self)
        self._scroll.setWidgetResizable(True)
        self._scroll.setWidget(body)
        self._scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self._body = body

        self._sign_button = QPushButton(self.tr("&Sign…"), self)
        self._sign_button.setAccessibleName(self.tr("Sign note"))
        self._sign_button.setObjectName("signButton")
        self._sign_button.setToolTip(self.tr("Sign and lock this note (Ctrl+Shift+Enter)"))
        self._addendum_button = QPushButton(self.tr("&Add addendum…"), self)
        self._addendum_button.setAccessibleName(self.tr("Add addendum"))
        self._addendum_button.setObjectName("addendumButton")
        self._cosign_box = QCheckBox(self.tr("Needs supervisor co-si&gnature"), self)
        self._cosign_box.setAccessibleName(self.tr("Needs supervisor co-signature"))
        self._cosign_box.setObjectName("cosignBox")
        self._cosign_box.setToolTip(
            self.tr(
                "A supervisor unlocking this vault with their own passphrase sees the signed "
                "note in their list and co-signs it."
            )
        )
        self._cosign_label = QLabel(self)
        self._cosign_label.setObjectName("cosignStatus")
        self._cosign_label.setAccessibleName(self.tr("Co-signature"))
        self._cosign_label.setTextFormat(Qt.TextFormat.PlainText)
        # The golden thread: which treatment-plan objectives this session worked on.
        self._objectives_button = QPushButton(self.tr("&Objectives addressed…"), self)
        self._objectives_button.setAccessibleName(self.tr("Objectives addressed"))
        self._objectives_button.setObjectName("objectivesButton")
        self._objectives_button.setToolTip(
            self.tr("Name the treatment-plan objectives this session worked on (Ctrl+Shift+O)")
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self._objectives_button)
        buttons.addWidget(self._cosign_box)
        buttons.addWidget(self._cosign_label)
        buttons.addStretch(1)
        buttons.addWidget(self._addendum_button)
        buttons.addWidget(self._sign_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self._header)
        layout.addLayout(top)
        layout.addWidget(self._notice)
        layout.addWidget(self._scroll, 1)
        layout.addLayout(buttons)

        self._objectives_shortcut = QShortcut(QKeySequence("Ctrl+Shift+O"), self)
        self._objectives_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._sign_shortcuts = [QShortcut(keys, self) for keys in SIGN_SHORTCUTS]
        for shortcut in self._sign_shortcuts:
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _make_field(self, key: str, *, lines: int, parent: QWidget) -> QPlainTextEdit:
        field = SectionField(parent, min_lines=lines, max_lines=max(3, lines * 4))
        field.setAccessibleName(section_label(key))
        field.textChanged.connect(self._edited)
        field.installEventFilter(self)
        self._fields[key] = field
        return field

    def _connect_signals(self) -> None:
        self._format_box.activated.connect(self._format_picked)
        self._autosaver.status_changed.connect(self._autosave_status)
        self._autosaver.saved.connect(self._autosaved)
        self._autosaver.failed.connect(self._workspace.failed)
        self._sign_button.clicked.connect(self.request_sign)
        self._addendum_button.clicked.connect(self.request_addendum)
        self._cosign_box.clicked.connect(self._cosign_clicked)  # the counselor's clicks only
        self._objectives_button.clicked.connect(self.choose_objectives)
        self._objectives_shortcut.activated.connect(self.choose_objectives)
        self._workspace.changed.connect(self._workspace_changed)
        for shortcut in self._sign_shortcuts:
            shortcut.activated.connect(self.request_sign)

    def _fill_formats(self, fmt: NoteFormat) -> None:
        """The formats a note may switch to; a group copy shows its own (it is signed)."""
        wanted = SWITCHABLE_FORMATS + ((NoteFormat.GROUP,) if fmt is NoteFormat.GROUP else ())
        shown = tuple(self._format_box.itemData(i) for i in range(self._format_box.count()))
        if shown != tuple(choice.value for choice in wanted):
            self._format_box.clear()
            for choice in wanted:
                self._format_box.addItem(_t(FORMAT_LABELS[choice]), choice.value)
        self._format_box.setCurrentIndex(self._format_box.findData(fmt.value))

    def _set_sections(self, fmt: NoteFormat) -> None:
        """Fields for fmt's sections; a field whose key stays keeps its text and undo."""
        keys = SECTION_KEYS[fmt]
        while self._sections_layout.count():
            self._sections_layout.takeAt(0)
        for key in [k for k in self._field_labels if k not in keys]:
            self._field_labels.pop(key).deleteLater()
            self._fields.pop(key).deleteLater()
            if self._last_key == key:
                self._last_key = None
        for key in keys:
            if key not in self._field_labels:
                label = QLabel(section_label(key), self._body)
                label.setBuddy(self._make_field(key, lines=5, parent=self._body))
                self._field_labels[key] = label
            self._sections_layout.addWidget(self._field_labels[key])
            self._sections_layout.addWidget(self._fields[key])
        self._update_tab_order()

    def _update_tab_order(self) -> None:
        chain: list[QWidget] = [self._format_box]
        chain += [self._fields[k] for k in SECTION_KEYS[self._format] if k in self._fields]
        chain += [self._fields[k] for k in COMMON_KEYS]
        chain += [self._objectives_button, self._cosign_box]
        chain += [self._addendum_button, self._sign_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- public API ----------------------------------------------------------------------
    @property
    def current_note_id(self) -> str | None:
        return self._note.id if self._note is not None else None

    @property
    def has_unsaved_changes(self) -> bool:
        return self._autosaver.dirty

    @property
    def autosaver(self) -> Autosaver:
        return self._autosaver

    def status_text(self) -> str:
        return self._status.text()

    def field(self, key: str) -> QPlainTextEdit | None:
        """The field of a section or common key (for the window and tests)."""
        return self._fields.get(key)

    def sections(self) -> dict[str, str]:
        """The text as typed (nothing trimmed), non-empty fields only."""
        keys = SECTION_KEYS[self._format] + COMMON_KEYS
        texts = {key: self._fields[key].toPlainText() for key in keys if key in self._fields}
        return {key: text for key, text in texts.items() if text}

    def open_note(self, note_id: str) -> bool:
        """Show a note; the one open now is saved first (False if that failed: it stays)."""
        if self._note is not None and self._note.id == note_id:
            return True
        if not self._leave_current():
            return False
        caseload = self._workspace.caseload
        try:
            note = caseload.note(note_id)
            session = caseload.session(note.session_id)
            client = caseload.client(note.client_id)
            addenda = caseload.addenda(note_id) if note.is_signed else []
            cosign = self._supervision().status(note_id)
            by_default = self._starts_with_request(note, cosign)
        except CounselorDeskError as exc:
            self._set_notice(describe(exc))
            return False
        self._autosaver.reset()
        self._note, self._session, self._format = note, session, note.format
        self._cosign, self._cosign_pending = cosign, 0
        self._unsent_addendum = ""
        self._last_key = None
        self._loading = True
        try:
            self._fill_formats(note.format)
            self._set_sections(note.format)
            for key, field in self._fields.items():
                field.setPlainText(note.sections.get(key, ""))  # also clears undo history
        finally:
            self._loading = False
        self._header.setText(
            self.tr("{client} — {kind}, {when}, {minutes} min").format(
                client=client.display_name,
                kind=_t(KIND_LABELS.get(session.kind, session.kind.value)),
                when=local_time_text(session.start),
                minutes=session.minutes,
            )
        )
        self._scroll.setEnabled(True)
        self._set_notice("")
        self._show_addenda(addenda)
        self._render_status()
        self._show_objective_count()
        if by_default:
            self._store_cosign_request(note.id, True)
        return True

    def choose_objectives(self) -> None:
        """Link this session to the objectives it worked on (signed notes too: the links
        are not part of the note's signed text)."""
        if self._note is None:
            return
        from counselor_desk.ui.objectives_dialog import choose_and_link

        choose_and_link(
            self._workspace,
            self._note.client_id,
            self._note.session_id,
            self,
            on_done=lambda _ids: self._show_objective_count(),
        )

    def _show_objective_count(self) -> None:
        if self._note is None:
            return
        try:
            count = len(Plans(self._workspace.vault).objectives_for_session(self._note.session_id))
        except CounselorDeskError:
            count = 0
        text = (
            self.tr("&Objectives addressed (%1)…").replace("%1", str(count))
            if count
            else self.tr("&Objectives addressed…")
        )
        self._objectives_button.setText(text)

    def flush(self, timeout: float = 5.0) -> bool:
        """Save pending edits now and wait for the commit (before locking or switching)."""
        if self._note is None or self._note.is_signed:
            return True
        return self._autosaver.flush(timeout)

    def clear(self) -> None:
        """Forget the open note (after flush(), e.g. on lock): no client text stays shown."""
        self._autosaver.reset()
        self._show_nothing()

    def undo(self) -> None:
        field = self._active_field()
        if field is not None and not field.isReadOnly():
            field.undo()

    def redo(self) -> None:
        field = self._active_field()
        if field is not None and not field.isReadOnly():
            field.redo()

    def state(self) -> dict[str, Any]:
        """Where the counselor is: note, field and cursor (no client text: safe to keep)."""
        key = self._active_key()
        field = self._fields.get(key) if key else None
        return {
            "note_id": self.current_note_id,
            "section": key,
            "cursor": field.textCursor().position() if field is not None else 0,
        }

    def restore_state(self, state: dict[str, Any]) -> None:
        """Back to the note, field and cursor state() described (quietly skips what's gone)."""
        note_id = state.get("note_id")
        if not note_id or not self.open_note(str(note_id)):
            return
        key = state.get("section")
        field = self._fields.get(key) if isinstance(key, str) else None
        if field is None:
            return
        cursor = field.textCursor()
        cursor.setPosition(max(0, min(int(state.get("cursor") or 0), len(field.toPlainText()))))
        field.setTextCursor(cursor)
        self._last_key = key
        field.setFocus()
        self._scroll.ensureWidgetVisible(field)

    # -- signing and addenda -------------------------------------------------------------
    def request_sign(self) -> None:
        """Save, show what will be locked, and sign once the counselor confirms."""
        note = self._note
        if note is None or note.is_signed or self._signing:
            return
        if not self.flush():
            self._set_notice(
                self.tr("The note could not be saved, so it was not signed. {reason}").format(
                    reason=self._autosaver.error
                )
            )
            return
        if not SignDialog.ask(self, self._sign_summary()):
            return
        note_id, signer = note.id, self._workspace.signer
        self._signing = True  # read-only until it returns: text typed now would be lost
        self._render_status()
        self._workspace.write(
            lambda c: c.sign_note(note_id, signer),
            changed=("note", note_id),
            on_done=self._signed_done,
            on_error=self._sign_failed,
        )

    def request_addendum(self) -> None:
        note = self._note
        if note is None or not note.is_signed:
            return
        text = AddendumDialog.ask(self, self._unsent_addendum, self._keep_addendum)
        if text is None:
            return
        self._unsent_addendum = text
        note_id, signer = note.id, self._workspace.signer
        self._addendum_button.setEnabled(False)
        self._workspace.write(
            lambda c: c.add_addendum(note_id, text, signer),
            changed=("note", note_id),
            on_done=self._addendum_done,
            on_error=self._addendum_failed,
        )

    def _sign_summary(self) -> str:
        assert self._note is not None and self._session is not None
        signer = self._workspace.signer
        parts = [self.tr("Signed by: {signer}").format(signer=signer), ""]
        for key, text in self.sections().items():
            parts += [section_label(key) + ":", text, ""]
        parts.append(
            self.tr(
                "Once signed, this note cannot be changed. Corrections are added as signed addenda."
            )
        )
        if self._cosign_box.isChecked():
            parts.append(self.tr("After signing, the note waits for a supervisor's co-signature."))
        if is_late_entry(self._session.start, datetime.now(UTC)):
            parts.append(
                self.tr(
                    "The session was more than 24 hours ago, so the note will be marked "
                    "a late entry."
                )
            )
        return "\n".join(parts)

    def _signed_done(self, note: Note) -> None:
        self._signing = False
        if self._note is None or note.id != self._note.id:
            return
        self._note = note
        self._autosaver.reset()
        self._show_addenda([])
        self._render_status()
        self.signed.emit(note.id)

    def _sign_failed(self, exc: Exception) -> None:
        self._signing = False
        self._render_status()
        self._set_notice(describe(exc))

    def _keep_addendum(self, text: str) -> None:
        self._unsent_addendum = text

    def _addendum_done(self, addendum: Addendum) -> None:
        self._unsent_addendum = ""
        self._addendum_button.setEnabled(True)
        if self._note is not None and addendum.note_id == self._note.id:
            self._show_addenda(self._workspace.caseload.addenda(addendum.note_id))
            self._set_notice("")

    def _addendum_failed(self, exc: Exception) -> None:
        self._addendum_button.setEnabled(True)
        self._set_notice(
            self.tr(
                "{reason} Your addendum text is kept; choose Add addendum to try again."
            ).format(reason=describe(exc))
        )

    # -- supervisor co-signature ---------------------------------------------------------
    def cosign_status(self) -> CosignStatus:
        """The open note's co-signature status as last read or written."""
        return self._cosign

    def _supervision(self) -> Supervision:
        return Supervision(self._workspace.vault)  # UI-thread reads on the vault's connection

    def _starts_with_request(self, note: Note, cosign: CosignStatus) -> bool:
        """A brand-new draft (nothing typed or saved yet) starts with the box checked when
        the vault's default says "my notes need a supervisor's co-signature"."""
        untouched = (
            not note.is_signed
            and not any(note.sections.values())
            and note.created_at == note.updated_at
            and note.id not in self._cosign_declined
        )
        return (
            untouched and cosign.state is CosignState.NONE and self._supervision().default_request()
        )

    def _cosign_clicked(self, checked: bool) -> None:
        note = self._note
        if note is None or self._cosign.state is CosignState.COSIGNED:
            return
        if not checked:
            self._cosign_declined.add(note.id)
        self._store_cosign_request(note.id, checked)

    def _store_cosign_request(self, note_id: str, wanted: bool) -> None:
        """Send the note for co-signature (or withdraw it) now; the box shows the wish
        until the write settles, and goes back to what is stored if it fails."""
        signer = self._workspace.signer
        self._cosign_pending += 1
        self._cosign_box.setChecked(wanted)
        self._workspace.write(
            lambda service: service.set_requested(note_id, wanted, signer),
            changed=("note", note_id),
            on_done=lambda status: self._cosign_stored(note_id, status),
            on_error=lambda exc: self._cosign_failed(note_id, exc),
            service=Supervision,
        )

    def _cosign_stored(self, note_id: str, status: CosignStatus) -> None:
        if self._note is None or self._note.id != note_id:
            return
        self._cosign_pending = max(0, self._cosign_pending - 1)
        self._cosign = status
        self._render_cosign()

    def _cosign_failed(self, note_id: str, exc: Exception) -> None:
        if self._note is None or self._note.id != note_id:
            return
        self._cosign_pending = max(0, self._cosign_pending - 1)
        self._set_notice(describe(exc))
        self._render_cosign()

    def _workspace_changed(self, _kind: str, _id: str) -> None:
        """A co-signature may have been added elsewhere (the supervisor's window)."""
        note = self._note
        if note is None or self._cosign_pending:
            return
        try:
            self._cosign = self._supervision().status(note.id)
        except CounselorDeskError:
            return  # the note itself is read again when reopened
        self._render_cosign()

    def _render_cosign(self) -> None:
        note, cosign = self._note, self._cosign
        state = cosign.state
        if not self._cosign_pending:
            self._cosign_box.setChecked(state is not CosignState.NONE)
        self._cosign_box.setVisible(note is not None and state is not CosignState.COSIGNED)
        self._cosign_box.setEnabled(note is not None and not self._signing)
        text = ""
        if note is not None and note.is_signed:
            if state is CosignState.REQUESTED:
                text = self.tr("Waiting for co-signature")
            elif cosign.cosigned_at is not None:
                text = self.tr("Co-signed by {supervisor} on {when}").format(
                    supervisor=cosign.cosigned_by, when=local_time_text(cosign.cosigned_at)
                )
        self._cosign_label.setText(text)
        self._cosign_label.setVisible(bool(text))

    # -- autosave ------------------------------------------------------------------------
    def _capture(self) -> Job:
        """Copy the text on the UI thread; the worker only sees this copy."""
        assert self._note is not None
        note = replace(self._note, format=self._format)
        sections = self.sections()
        return lambda caseload: caseload.save_draft(note.with_sections(sections))

    def _edited(self) -> None:
        if self._loading or self._note is None or self._note.is_signed or self._signing:
            return
        self._autosaver.touch()

    def _autosave_status(self, _text: str) -> None:
        self._render_status()

    def _autosaved(self) -> None:
        if self._note is not None:
            self.saved.emit(self._note.id)

    def _format_picked(self, index: int) -> None:
        fmt = NoteFormat(self._format_box.itemData(index))
        note = self._note
        if note is None or note.is_signed or fmt is self._format:
            return
        removed = [
            key
            for key in SECTION_KEYS[self._format]
            if key not in SECTION_KEYS[fmt] and self._fields[key].toPlainText().strip()
        ]
        if removed and not Ask.confirm(
            self,
            self.tr("Change note format"),
            self.tr("Switch this note to {format}?").format(format=_t(FORMAT_LABELS[fmt])),
            self.tr(
                "The text in {sections} will be removed. Sections with the same name keep "
                "their text."
            ).format(sections=", ".join(section_label(k) for k in removed)),
        ):
            self._format_box.setCurrentIndex(self._format_box.findData(self._format.value))
            return
        self._format = fmt
        self._set_sections(fmt)
        self._autosaver.touch()

    # -- showing -------------------------------------------------------------------------
    def _render_status(self) -> None:
        note = self._note
        if note is not None and note.is_signed and note.signed_at is not None:
            self._status.setText(
                self.tr("Signed by {signer} on {when}").format(
                    signer=note.signed_by, when=local_time_text(note.signed_at)
                )
            )
            self._status.setToolTip("")
        else:
            self._status.setText(self._autosaver.status_text())
            self._status.setToolTip(self._autosaver.error)
        signed = note is not None and note.is_signed
        self._late_badge.setVisible(signed and note is not None and note.late_entry)
        self._format_box.setEnabled(note is not None and not signed)
        self._sign_button.setVisible(not signed)
        self._sign_button.setEnabled(note is not None and not self._signing)
        self._addendum_button.setVisible(signed)
        self._set_read_only(signed or note is None or self._signing)
        self._render_cosign()
        self.status_changed.emit(self._status.text())

    def _set_read_only(self, read_only: bool) -> None:
        for field in self._fields.values():
            field.setReadOnly(read_only)

    def _show_addenda(self, addenda: list[Addendum]) -> None:
        while self._addenda_layout.count():
            item = self._addenda_layout.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()
        for addendum in addenda:
            label = QLabel(
                self.tr("Signed by {signer} on {when}\n{text}").format(
                    signer=addendum.signed_by,
                    when=local_time_text(addendum.signed_at),
                    text=addendum.text,
                ),
                self._addenda_box,
            )
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setAccessibleName(self.tr("Addendum"))
            self._addenda_layout.addWidget(label)
        self._addenda_box.setVisible(bool(addenda))

    def _set_notice(self, text: str) -> None:
        self._notice.setText(text)
        self._notice.setVisible(bool(text))

    def _show_nothing(self) -> None:
        self._note = self._session = None
        self._cosign, self._cosign_pending = CosignStatus(), 0
        self._loading = True
        try:
            self._set_sections(self._format)
            for field in self._fields.values():
                field.clear()
        finally:
            self._loading = False
        self._header.setText(self.tr("No note open. Choose a session to write its note."))
        self._scroll.setEnabled(False)
        self._set_notice("")
        self._show_addenda([])
        self._render_status()

    def _leave_current(self) -> bool:
        if self.flush():
            return True
        self._set_notice(
            self.tr("This note could not be saved yet, so it stays open. {reason}").format(
                reason=self._autosaver.error
            )
        )
        return False

    # -- focus ---------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            for key, field in self._fields.items():
                if field is watched:
                    self._last_key = key
        return super().eventFilter(watched, event)

    def _active_key(self) -> str | None:
        focused = QApplication.focusWidget()
        for key, field in self._fields.items():
            if field is focused:
                return key
        return self._last_key if self._last_key in self._fields else None

    def _active_field(self) -> QPlainTextEdit | None:
        key = self._active_key()
        return self._fields.get(key) if key else None
