"""Notes waiting for co-signature: the supervisor's queue. A vault unlocked through a
supervisor slot lists the signed notes sent for co-signature (client, session date,
signer, when it was signed and sent); Enter shows one read-only (its sections, signer,
signed time and addenda), and Co-sign (Ctrl+Shift+Enter) co-signs the note shown, after
a confirmation, under the supervisor slot's label. Any other unlock shows why this
window cannot co-sign, instead of the queue.

Co-signing acts only on a note the supervisor has opened (read) here, never on a row
merely selected. The window title names no client."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from counselor_desk.domain.errors import CounselorDeskError
from counselor_desk.domain.notes import COMMON_KEYS, SECTION_KEYS, Addendum, Note
from counselor_desk.domain.supervision import Cosignature, CosignRequest, WaitingNote
from counselor_desk.services.supervision import Supervision
from counselor_desk.ui.ask import Ask
from counselor_desk.ui.errors import describe
from counselor_desk.ui.models import local_day, session_kind_label, show_date
from counselor_desk.ui.note_editor import local_time_text, section_label
from counselor_desk.ui.tables import EnterActivates, named_button, read_only_table, selected_row
from counselor_desk.ui.workspace import Workspace

Index = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole
NOTE_ID_ROLE = Qt.ItemDataRole.UserRole

COSIGN_SHORTCUTS = (QKeySequence("Ctrl+Shift+Return"), QKeySequence("Ctrl+Shift+Enter"))


class CosignQueueModel(QAbstractTableModel):
    """The queue, longest-waiting first: client, session date, signer, signed, sent."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[WaitingNote] = []
        self._labels = (
            self.tr("Client"),
            self.tr("Session"),
            self.tr("Signed by"),
            self.tr("Signed"),
        )

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

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not (
            index.isValid()
            and index.model() is self
            and 0 <= index.row() < len(self._rows)
            and 0 <= index.column() < len(self._labels)
        ):
            return None
        item = self._rows[index.row()]
        if role == NOTE_ID_ROLE:
            return item.note_id
        if role in (Role.DisplayRole, Role.AccessibleTextRole, Role.ToolTipRole):
            return self._text(item, index.column())
        return None

    @staticmethod
    def _text(item: WaitingNote, column: int) -> str:
        if column == 0:
            return item.client_name
        if column == 1:
            return local_time_text(item.session_start)
        if column == 2:
            return item.signed_by
        return show_date(local_day(item.signed_at))

    def reload(self, items: Sequence[WaitingNote]) -> None:
        self.beginResetModel()
        self._rows = list(items)
        self.endResetModel()

    def item_at(self, row: int) -> WaitingNote:
        return self._rows[row]

    def row_of(self, note_id: str) -> int:
        for row, item in enumerate(self._rows):
            if item.note_id == note_id:
                return row
        return -1


class CosignWindow(QDialog):
    """The supervisor's queue. cosigned(note_id) once a co-signature has committed."""

    cosigned = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._shown: WaitingNote | None = None  # the note read here; Co-sign acts on it
        self._busy = False
        self._listening = False
        self.setWindowTitle(self.tr("Notes waiting for co-signature"))
        self.setObjectName("cosign-window")
        self._build()
        self._connect_signals()
        self.refresh()
        if self.stack.currentIndex() == 1:
            self.resize(1000, 620)
            self.splitter.setSizes([520, 480])
        else:
            self.resize(640, 300)

    # -- building ------------------------------------------------------------------------
    def _build(self) -> None:
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._explanation_page())
        self.stack.addWidget(self._queue_page())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        close.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.buttons)
        QWidget.setTabOrder(self.cosign_button, close)
        self._shortcuts = [QShortcut(keys, self) for keys in COSIGN_SHORTCUTS]

    def _explanation_page(self) -> QWidget:
        page = QWidget(self)
        self.explanation = QLabel(page)
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.explanation.setAccessibleName(self.tr("Why notes cannot be co-signed here"))
        self.explanation.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.explanation.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QVBoxLayout(page)
        layout.addWidget(self.explanation)
        layout.addStretch(1)
        return page

    def _queue_page(self) -> QWidget:
        page = QWidget(self)
        self.intro = QLabel(page)
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.model = CosignQueueModel(self)
        self.table = read_only_table(page, self.tr("Notes waiting for co-signature"))
        self.table.setModel(self.model)
        self.table.setObjectName("cosignQueue")
        queue_label = QLabel(self.tr("&Waiting:"), page)
        queue_label.setBuddy(self.table)
        self.note_view = QTextBrowser(page)
        self.note_view.setObjectName("cosignNote")
        self.note_view.setAccessibleName(self.tr("Note to co-sign"))
        self.note_view.setOpenLinks(False)
        self.note_view.setTabChangesFocus(True)
        note_label = QLabel(self.tr("&Note:"), page)
        note_label.setBuddy(self.note_view)
        self.status = QLabel(page)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setAccessibleName(self.tr("Co-signing status"))
        self.status.setObjectName("cosignStatus")
        self.open_button = named_button(page, self.tr("&Read note"), self.tr("Read the note"))
        self.open_button.setToolTip(self.tr("Show the selected note (Enter)"))
        self.cosign_button = named_button(page, self.tr("&Co-sign…"), self.tr("Co-sign the note"))
        self.cosign_button.setObjectName("cosignButton")
        self.cosign_button.setToolTip(self.tr("Co-sign the note shown (Ctrl+Shift+Enter)"))
        for button in (self.open_button, self.cosign_button):
            button.setAutoDefault(False)

        left = QWidget(page)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(queue_label)
        left_layout.addWidget(self.table, 1)
        right = QWidget(page)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(note_label)
        right_layout.addWidget(self.note_view, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, page)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.cosign_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.intro)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(buttons)
        QWidget.setTabOrder(self.table, self.note_view)
        QWidget.setTabOrder(self.note_view, self.open_button)
        QWidget.setTabOrder(self.open_button, self.cosign_button)
        return page

    def _connect_signals(self) -> None:
        self.buttons.rejected.connect(self.reject)
        self.table.doubleClicked.connect(self.show_selected)
        EnterActivates(self.table, self.show_selected)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.open_button.clicked.connect(self.show_selected)
        self.cosign_button.clicked.connect(self.cosign_shown)
        for shortcut in self._shortcuts:
            shortcut.activated.connect(self.cosign_shown)
        self.workspace.changed.connect(self._workspace_changed)
        self._listening = True

    # -- reading -------------------------------------------------------------------------
    @property
    def can_cosign(self) -> bool:
        return Supervision(self.workspace.vault).is_supervisor

    @property
    def shown_note_id(self) -> str | None:
        return self._shown.note_id if self._shown is not None else None

    def refresh(self) -> None:
        """Read the queue again, keeping the selected row and the note shown if still there."""
        supervision = Supervision(self.workspace.vault)
        try:
            waiting = supervision.waiting()
        except CounselorDeskError as exc:
            self.status.setText(describe(exc))
            return
        if not supervision.is_supervisor:
            self._explain(len(waiting))
            return
        self.stack.setCurrentIndex(1)
        self.intro.setText(
            self.tr(
                "Co-signing as {name}. Choose a note and press Enter to read it; co-sign it "
                "once you have read it. A co-signature cannot be removed."
            ).format(name=supervision.cosigner)
        )
        row = selected_row(self.table)
        keep = self.model.item_at(row).note_id if row >= 0 else None
        self.model.reload(waiting)
        self.table.resizeColumnsToContents()
        if keep is not None and self.model.row_of(keep) >= 0:
            self.table.selectRow(self.model.row_of(keep))
        elif self.model.rowCount() and selected_row(self.table) < 0:
            self.table.selectRow(0)
        if self._shown is not None and self.model.row_of(self._shown.note_id) < 0:
            self._show(None)
        if not waiting:
            self.note_view.setPlainText(self.tr("No notes are waiting for co-signature."))
        self._update_buttons()

    def _explain(self, waiting: int) -> None:
        self.stack.setCurrentIndex(0)
        self._show(None)
        self.model.reload([])
        parts = [
            self.tr(
                "Notes are co-signed by a clinical supervisor. This vault was unlocked with a "
                "counselor's passphrase (or the recovery key), so nothing can be co-signed "
                "here."
            ),
            self.tr(
                "To co-sign, lock the vault (Ctrl+L) and unlock it with the supervisor's own "
                "passphrase. A supervisor's passphrase slot is added in Settings, Slots, with "
                'the role "Supervisor".'
            ),
        ]
        if waiting == 1:
            parts.append(self.tr("1 note is waiting for co-signature."))
        elif waiting:
            parts.append(
                self.tr("{count} notes are waiting for co-signature.").format(count=waiting)
            )
        self.explanation.setText("\n\n".join(parts))
        self._update_buttons()

    def show_selected(self, _index: QModelIndex | None = None) -> None:
        """Show the selected note read-only and move to it (Enter or double click)."""
        row = selected_row(self.table)
        if row < 0 or self.stack.currentIndex() != 1:
            return
        item = self.model.item_at(row)
        if self._show(item):
            note_id = item.note_id
            self.workspace.write(lambda s: s.open_for_review(note_id), service=Supervision)
            self.note_view.setFocus()

    def _show(self, item: WaitingNote | None) -> bool:
        self._shown = None
        self.status.clear()
        if item is None:
            self.note_view.clear()
            self._update_buttons()
            return False
        caseload = self.workspace.caseload
        try:
            note = caseload.note(item.note_id)
            session = caseload.session(note.session_id)
            addenda = caseload.addenda(note.id)
            request = Supervision(self.workspace.vault).status(note.id).request
        except CounselorDeskError as exc:
            self.note_view.clear()
            self.status.setText(describe(exc))
            self._update_buttons()
            return False
        kind = session_kind_label(session.kind)
        self.note_view.setHtml(self._note_html(item, note, kind, addenda, request))
        self._shown = item
        self._update_buttons()
        return True

    def _note_html(
        self,
        item: WaitingNote,
        note: Note,
        kind: str,
        addenda: Sequence[Addendum],
        request: CosignRequest | None,
    ) -> str:
        def esc(text: str) -> str:
            return html.escape(text, quote=False)

        def block(text: str) -> str:
            return f'<p style="white-space: pre-wrap; margin-top: 0">{esc(text)}</p>'

        heading = self.tr("{client} — {kind}, {when}").format(
            client=item.client_name, kind=kind, when=local_time_text(item.session_start)
        )
        lines = [f"<h3>{esc(heading)}</h3>"]
        if note.signed_at is not None:
            signed = self.tr("Signed by {signer} on {when}").format(
                signer=note.signed_by or "", when=local_time_text(note.signed_at)
            )
            if note.late_entry:
                signed += " · " + self.tr("Late entry")
            lines.append(f"<p><b>{esc(signed)}</b></p>")
        if request is not None:
            sent = self.tr("Sent for co-signature by {name} on {when}").format(
                name=request.requested_by, when=local_time_text(request.requested_at)
            )
            lines.append(f"<p>{esc(sent)}</p>")
        for key in SECTION_KEYS[note.format] + COMMON_KEYS:
            text = note.sections.get(key, "")
            if text.strip():
                lines.append(f"<p><b>{esc(section_label(key))}</b></p>")
                lines.append(block(text))
        if addenda:
            heading = self.tr("Addenda")
            lines.append(f"<h4>{esc(heading)}</h4>")
            for addendum in addenda:
                by = self.tr("Signed by {signer} on {when}").format(
                    signer=addendum.signed_by, when=local_time_text(addendum.signed_at)
                )
                lines.append(f"<p><i>{esc(by)}</i></p>")
                lines.append(block(addendum.text))
        return "\n".join(lines)

    def _update_buttons(self) -> None:
        on_queue = self.stack.currentIndex() == 1
        self.open_button.setEnabled(on_queue and selected_row(self.table) >= 0)
        self.cosign_button.setEnabled(on_queue and self._shown is not None and not self._busy)

    def _workspace_changed(self, _kind: str, _id: str) -> None:
        if self.workspace.vault.is_open:
            self.refresh()

    # -- co-signing ----------------------------------------------------------------------
    def cosign_shown(self) -> None:
        """Co-sign the note shown, after a confirmation (the shortcut lands here too)."""
        item = self._shown
        if self.stack.currentIndex() != 1 or self._busy:
            return
        if item is None:
            self.status.setText(self.tr("Read a note first: choose it and press Enter."))
            return
        name = Supervision(self.workspace.vault).cosigner or ""
        if not Ask.confirm(
            self,
            self.tr("Co-sign note"),
            self.tr("Co-sign this note by {signer} as {name}?").format(
                signer=item.signed_by, name=name
            ),
            self.tr(
                "Your co-signature is stored with the note's signature hash. It cannot be "
                "changed or removed afterwards."
            ),
        ):
            return
        note_id = item.note_id
        self._busy = True
        self._update_buttons()
        self.status.setText(self.tr("Co-signing…"))
        self.workspace.write(
            lambda service: service.cosign(note_id),
            changed=("note", note_id),
            on_done=self._cosigned,
            on_error=self._failed,
            service=Supervision,
        )

    def _cosigned(self, cosignature: Cosignature) -> None:
        self._busy = False
        self._show(None)
        self.refresh()
        self.status.setText(
            self.tr("Co-signed by {name} on {when}.").format(
                name=cosignature.cosigned_by, when=local_time_text(cosignature.cosigned_at)
            )
        )
        self.table.setFocus()
        self.cosigned.emit(cosignature.note_id)

    def _failed(self, exc: Exception) -> None:
        self._busy = False
        self._update_buttons()
        self.status.setText(describe(exc))

    # -- the window's life ---------------------------------------------------------------
    def flush(self) -> bool:
        """Nothing is typed here, so nothing can be lost (locking may go ahead)."""
        return True

    def clear(self) -> None:
        """Forget what is shown (before a lock drops the workspace): no note text stays."""
        self._shown = None
        self.note_view.clear()
        self.model.reload([])
        self.explanation.clear()
        self.intro.clear()
        self.status.clear()

    def done(self, result: int) -> None:
        # A closed window no longer follows the vault (its workspace may be gone next).
        if self._listening:
            self._listening = False
            self.workspace.changed.disconnect(self._workspace_changed)
        super().done(result)

    @classmethod
    def ask(cls, workspace: Workspace, parent: QWidget | None = None) -> None:
        """Show the queue until closed (tests replace this)."""
        window = cls(workspace, parent)
        window.exec()
        window.deleteLater()
