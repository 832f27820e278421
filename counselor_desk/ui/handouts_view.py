"""Client handouts: the plain-language sheets in resources/handouts/<lang>/, listed by
title, read on screen (the Markdown shown as rich text), and printed with the document
engine (export.handout.handout_pdf) through the print preview, in English or Spanish
and optionally in large print. The client's preferred language is the default; the
window names no client (a handout is the same for everyone)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from counselor_desk.domain.records import Language
from counselor_desk.domain.timeutil import Clock
from counselor_desk.ui.models import language_label
from counselor_desk.ui.print_preview import (
    CancelCheck,
    PrintPreviewDialog,
    Progress,
    suggested_file_name,
)
from counselor_desk.ui.ui_settings import UiSettings

NAME_ROLE = Qt.ItemDataRole.UserRole  # the handout's file name without ".md"
# On screen as on paper (export/styles.py): 12 pt body, 14 pt in large print.
SCREEN_SIZE, LARGE_SCREEN_SIZE = 12.0, 14.0


def handouts_folder() -> Path:
    """resources/handouts beside the package (also in the PyInstaller folder)."""
    return Path(__file__).resolve().parents[2] / "resources" / "handouts"


@dataclass(frozen=True)
class Handout:
    """One handout file: `name` is the same in every language (its twin's file name)."""

    name: str
    language: str
    title: str
    path: Path

    def markdown(self) -> str:
        return self.path.read_text(encoding="utf-8")


def handout_title(markdown: str, fallback: str) -> str:
    """The text of the first `# ` line, else the fallback."""
    for line in markdown.splitlines():
        if line.startswith("# "):
            return line[2:].strip().rstrip("#").strip() or fallback
    return fallback


def list_handouts(language: str, folder: Path | None = None) -> list[Handout]:
    """The handouts of one language, by title."""
    lang = "es" if str(language) == "es" else "en"
    root = (folder or handouts_folder()) / lang
    found = [
        Handout(
            path.stem,
            lang,
            handout_title(path.read_text(encoding="utf-8"), path.stem.replace("_", " ")),
            path,
        )
        for path in sorted(root.glob("*.md"))
    ]
    return sorted(found, key=lambda handout: handout.title.casefold())


class HandoutsDialog(QDialog):
    """Pick a handout, read it, and open its print preview (Ctrl+P or Enter)."""

    def __init__(
        self,
        settings: UiSettings,
        parent: QWidget | None = None,
        *,
        language: Language | str | None = None,
        program: str | None = None,
        clock: Clock | None = None,
        folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Handouts"))
        self.setSizeGripEnabled(True)
        self._settings = settings
        self._program = program
        self._clock = clock
        self._folder = folder
        self._handouts: dict[str, Handout] = {}

        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Language of the handouts"))
        for choice in Language:
            self.language.addItem(language_label(choice), choice.value)
        wanted = "es" if str(language) == "es" else "en"
        self.language.setCurrentIndex(max(0, self.language.findData(wanted)))
        language_caption = QLabel(self.tr("&Language:"), self)
        language_caption.setBuddy(self.language)
        self.large_print = QCheckBox(self.tr("Lar&ge print (14 pt)"), self)
        self.large_print.setAccessibleName(self.tr("Large print"))

        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Handouts"))
        # Titles are long ("Buprenorphine: How It Works and What to Expect"): wrap them.
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setStyleSheet("QListWidget::item { padding-top: 5px; padding-bottom: 5px; }")
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(self.tr("Handout text"))
        self.browser.setOpenLinks(False)
        self.browser.setTabChangesFocus(True)
        self.browser.document().setDocumentMargin(18)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(self.browser)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 660])
        self.splitter.setChildrenCollapsible(False)

        self.preview_button = QPushButton(self.tr("&Print preview…"), self)
        self.preview_button.setAccessibleName(self.tr("Print preview"))
        self.preview_button.setToolTip(self.tr("Print preview (Ctrl+P)"))
        self.preview_button.setAutoDefault(False)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.setAutoDefault(False)

        top = QHBoxLayout()
        top.addWidget(language_caption)
        top.addWidget(self.language)
        top.addSpacing(16)
        top.addWidget(self.large_print)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(buttons)
        self.setTabOrder(self.language, self.large_print)
        self.setTabOrder(self.large_print, self.list)
        self.setTabOrder(self.list, self.browser)
        self.setTabOrder(self.browser, self.preview_button)
        self.setTabOrder(self.preview_button, self.close_button)

        self._print_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self)
        self._connect_signals(buttons)
        self._show_font()
        self._load_list(None)
        self.resize(960, 680)
        self.list.setFocus()

    def _connect_signals(self, buttons: QDialogButtonBox) -> None:
        self.language.currentIndexChanged.connect(self._language_changed)
        self.large_print.toggled.connect(self._show_font)
        self.list.currentItemChanged.connect(self._show_current)
        self.list.itemActivated.connect(self.open_preview)
        self.preview_button.clicked.connect(self.open_preview)
        self._print_shortcut.activated.connect(self.open_preview)
        buttons.rejected.connect(self.reject)

    # -- state ---------------------------------------------------------------------------
    @property
    def current_language(self) -> str:
        return str(self.language.currentData())

    @property
    def current(self) -> Handout | None:
        item = self.list.currentItem()
        return None if item is None else self._handouts.get(str(item.data(NAME_ROLE)))

    def names(self) -> list[str]:
        return [str(self.list.item(row).data(NAME_ROLE)) for row in range(self.list.count())]

    def select(self, name: str) -> bool:
        """Show the handout with this file name, if the language has it."""
        for row in range(self.list.count()):
            if self.list.item(row).data(NAME_ROLE) == name:
                self.list.setCurrentRow(row)
                return True
        return False

    # -- showing -------------------------------------------------------------------------
    def _load_list(self, keep: str | None) -> None:
        handouts = list_handouts(self.current_language, self._folder)
        self._handouts = {handout.name: handout for handout in handouts}
        self.list.blockSignals(True)
        self.list.clear()
        for handout in handouts:
            item = QListWidgetItem(handout.title, self.list)
            item.setData(NAME_ROLE, handout.name)
        self.list.blockSignals(False)
        if not (keep and self.select(keep)) and self.list.count():
            self.list.setCurrentRow(0)
        self._show_current()
        self.preview_button.setEnabled(self.current is not None)

    def _language_changed(self) -> None:
        current = self.current
        self._load_list(current.name if current is not None else None)

    def _show_current(self, *_args: object) -> None:
        handout = self.current
        if handout is None:
            self.browser.clear()
            return
        self.browser.setMarkdown(handout.markdown())
        self.browser.verticalScrollBar().setValue(0)

    def _show_font(self) -> None:
        font = QFont(self.browser.font())
        font.setPointSizeF(LARGE_SCREEN_SIZE if self.large_print.isChecked() else SCREEN_SIZE)
        self.browser.document().setDefaultFont(font)

    # -- printing ------------------------------------------------------------------------
    def open_preview(self, *_args: object) -> None:
        """The print preview of the handout shown, in its language and type size."""
        handout = self.current
        if handout is None:
            return
        # ReportLab loads when the first document is printed, not at start-up.
        from counselor_desk.export.document import PrintSetup
        from counselor_desk.export.handout import handout_pdf

        markdown, title = handout.markdown(), handout.title
        language, large = handout.language, self.large_print.isChecked()
        printed_at = self._clock() if self._clock is not None else datetime.now().astimezone()
        program = self._program

        def build(progress: Progress, cancel: CancelCheck) -> bytes:
            setup = PrintSetup(
                printed_at,
                program=program,
                language=language,
                progress=progress,
                cancel=cancel,
            )
            return handout_pdf(markdown, title, setup, large_print=large)

        PrintPreviewDialog.preview(
            title,
            build,
            self._settings,
            self,
            file_name=suggested_file_name(f"{handout.name}-{language}"),
        )

    @classmethod
    def ask(
        cls,
        settings: UiSettings,
        parent: QWidget | None = None,
        *,
        language: Language | str | None = None,
        program: str | None = None,
    ) -> None:
        """Show the handouts until closed."""
        dialog = cls(settings, parent, language=language, program=program)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
