"""Print preview: a document built in memory off the UI thread, shown with QtPdf, printed
through QPrinter, or saved as a PDF (optionally with a password) after a warning.

Nothing is written in clear to disk on the way: the PDF's bytes go from the build
straight into a QBuffer that QPdfDocument reads, and they are dropped when the dialog
closes (a lock rejects it like every dialog). Printing renders each page with
QPdfDocument at the printer's resolution, at most 300 dpi, and paints it onto the
QPrinter one page per event-loop turn, so the window stays responsive and a lock can
stop it. The first print says once that the operating system's print queue may keep a
copy of what is printed. A client's record goes through the caller's `release` hook
(services.printing: the disclosure is logged, or refused, as the paper leaves).

QtPdf, QtPdfWidgets and QtPrintSupport are imported only when a preview opens: the cold
start to the unlock window must not pay for them (tests/benchmarks/window.py).
"""

from __future__ import annotations

import contextlib
import itertools
import re
import threading
from collections.abc import Callable
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QObject,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QImage, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from counselor_desk.domain.errors import CounselorDeskError
from counselor_desk.ui.ask import Ask
from counselor_desk.ui.background import BackgroundTask
from counselor_desk.ui.errors import describe
from counselor_desk.ui.ui_settings import PRINT_QUEUE_WARNED, UiSettings
from counselor_desk.vault.files import atomic_write

if TYPE_CHECKING:
    from PySide6.QtCore import QBuffer
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter

Progress = Callable[[int, int], None]  # (pages done, estimated total; 0: not known yet)
CancelCheck = Callable[[], bool]
# Builds the PDF on a worker thread and returns its bytes, or an object holding them in
# `.pdf` (services.printing.Printed), which is what `release` is later handed. It must not
# touch the UI thread's vault connection: gather the records first (on the UI thread,
# e.g. Printing.prepare_...) and let the build work from them.
Build = Callable[[Progress, CancelCheck], Any]
Deliver = Callable[[bytes], object]
Done = Callable[[object], None]
Failed = Callable[[Exception], None]
# Called when the paper really leaves (Print chosen, or Save as PDF) and before it goes:
# release(built, deliver, on_done, on_error). `built` is what the build returned; `deliver`
# writes the file (None for a print). The caller logs the release and runs deliver in one
# transaction (Printing.release through workspace.write), then calls on_done(result) or
# on_error(exc) on the UI thread; only after on_done does the dialog print.
Release = Callable[[Any, Deliver | None, Done, Failed], None]

MAX_PRINT_DPI = 300
MIN_PASSWORD_LENGTH = 8
ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0)
_UNSAFE_NAME = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def protect_pdf(data: bytes, password: str | None) -> bytes:
    """The PDF as given, or encrypted with AES-256 so it opens only with `password`."""
    if not password:
        return data
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(BytesIO(data)))
    writer.encrypt(user_password=password, algorithm="AES-256")
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


def save_pdf(path: Path, data: bytes, password: str | None) -> Path:
    """Write the (optionally protected) PDF atomically, readable by its owner only."""
    atomic_write(path, protect_pdf(data, password))
    return path


def suggested_file_name(title: str) -> str:
    """A file name from the document title (the caller's title names no client)."""
    stem = " ".join(_UNSAFE_NAME.sub(" ", title).split()).strip(" .") or "document"
    return f"{stem}.pdf"


def pages_to_print(printer: QPrinter, page_count: int, current: int) -> list[int]:
    """0-based page indexes the printer's settings ask for: all, the current page, or the
    range typed in the print dialog (1-based there), clipped to the document."""
    from PySide6.QtPrintSupport import QPrinter

    every = list(range(page_count))
    chosen = printer.printRange()
    if chosen == QPrinter.PrintRange.CurrentPage:
        return [current] if 0 <= current < page_count else []
    ranges = printer.pageRanges()  # Qt 6 keeps from/to pages here too
    if chosen == QPrinter.PrintRange.PageRange and not ranges.isEmpty():
        return [page for page in every if ranges.contains(page + 1)]
    return every


def print_dpi(printer: QPrinter) -> int:
    return max(72, min(printer.resolution(), MAX_PRINT_DPI))


def on_white(image: QImage) -> QImage:
    """QtPdf leaves the paper transparent; printers get an opaque page (no soft mask)."""
    opaque = QImage(image.size(), QImage.Format.Format_RGB32)
    opaque.fill(Qt.GlobalColor.white)
    painter = QPainter(opaque)
    painter.drawImage(0, 0, image)
    painter.end()
    return opaque


def paint_page(painter: QPainter, printer: QPrinter, document: QPdfDocument, page: int) -> None:
    """Render one page at min(printer resolution, 300) dpi and paint it at its real size
    (shrunk to fit, centred, if the paper is smaller)."""
    from PySide6.QtPrintSupport import QPrinter

    points = document.pagePointSize(page)
    dpi = print_dpi(printer)
    image = on_white(
        document.render(
            page, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
        )
    )
    paper = printer.paperRect(QPrinter.Unit.DevicePixel)
    device = printer.resolution() / 72
    width, height = points.width() * device, points.height() * device
    scale = min(1.0, paper.width() / width, paper.height() / height)
    width, height = width * scale, height * scale
    target = QRectF(
        paper.x() + (paper.width() - width) / 2,
        paper.y() + (paper.height() - height) / 2,
        width,
        height,
    )
    painter.drawImage(target, image)


class SaveChoice(NamedTuple):
    password: str | None  # None: saved without a password


class SavePdfDialog(QDialog):
    """Says that the file leaves the encrypted vault; offers an optional password."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save as PDF"))
        icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size)
        )
        self.warning = QLabel(
            self.tr(
                "The PDF will be saved outside the encrypted vault. Anyone who can open "
                "the file can read it, and it stays where you save it until you delete it."
            ),
            self,
        )
        self.warning.setWordWrap(True)
        self.warning.setAccessibleName(self.tr("Warning"))
        self.protect = QCheckBox(self.tr("&Protect the file with a password"), self)
        self.protect.setAccessibleName(self.tr("Protect the file with a password"))
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password for the PDF"))
        self.repeat = QLineEdit(self)
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("Repeat the password"))
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setAccessibleName(self.tr("Password check"))
        self.buttons = QDialogButtonBox(self)
        self.ok = self.buttons.addButton(
            self.tr("&Choose where to save…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok.setAccessibleName(self.tr("Choose where to save"))
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))

        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.warning, 1)
        form = QFormLayout()
        form.addRow(self.tr("Pass&word:"), self.password)
        form.addRow(self.tr("&Repeat it:"), self.repeat)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addWidget(self.protect)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.protect, self.password)
        self.setTabOrder(self.password, self.repeat)
        self.setTabOrder(self.repeat, self.ok)
        self.setTabOrder(self.ok, cancel)

        self.protect.toggled.connect(self._check)
        self.password.textChanged.connect(self._check)
        self.repeat.textChanged.connect(self._check)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._check()
        self.ok.setFocus()
        self.resize(460, self.sizeHint().height())

    def _problem(self) -> str:
        if not self.protect.isChecked():
            return ""
        if len(self.password.text()) < MIN_PASSWORD_LENGTH:
            return self.tr("Use at least %1 characters.").replace("%1", str(MIN_PASSWORD_LENGTH))
        if self.password.text() != self.repeat.text():
            return self.tr("The passwords do not match.")
        return ""

    def _check(self) -> None:
        on = self.protect.isChecked()
        self.password.setEnabled(on)
        self.repeat.setEnabled(on)
        problem = self._problem()
        if on and not problem:
            self.hint.setText(
                self.tr("Give the password separately from the file (in person or by phone).")
            )
        else:
            self.hint.setText(problem)
        self.ok.setEnabled(not problem)

    def answer(self) -> SaveChoice:
        return SaveChoice(self.password.text() if self.protect.isChecked() else None)

    def accept(self) -> None:
        if self._problem():
            return
        super().accept()

    def done(self, result: int) -> None:
        super().done(result)
        if result != QDialog.DialogCode.Accepted:
            self.password.clear()
            self.repeat.clear()

    @classmethod
    def ask(cls, parent: QWidget | None) -> SaveChoice | None:
        """The password choice, or None if the counselor backed out."""
        dialog = cls(parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.answer()
        finally:
            dialog.deleteLater()


class _BuildBridge(QObject):
    # Emitted on the build thread; Qt queues it to the dialog on the UI thread.
    progressed = Signal(int, int)


class _PrintJob:
    """Where a print run is: the painter, the pages left, and how many are done."""

    def __init__(self, printer: QPrinter, painter: QPainter, pages: list[int]) -> None:
        self.printer = printer
        self.painter = painter
        self.pages = pages
        self.done = 0


class PrintPreviewDialog(QDialog):
    """The document on screen with Print… (Ctrl+P) and Save as PDF… (Ctrl+Shift+S).

    `title` is the window title, the print job's name in the operating system's queue and
    the suggested file name, so it must not name a client. `build(progress, cancel)` runs
    on a worker thread and returns the PDF's bytes (or an object with them in `.pdf`);
    cancelling (Cancel, Escape, a lock) makes `cancel()` return True and the result, if
    any, is dropped. With `release`, nothing is printed or saved until the caller has
    recorded that the paper leaves (see `Release`); without it (a handout), at once.
    """

    loaded = Signal(int)  # page count, once the document is on screen
    failed = Signal(str)  # the build or the loading failed (one sentence)
    printed = Signal(int)  # pages sent to the printer
    saved = Signal(str)  # the path a PDF was written to

    BUILDING, SHOWING, FAILED = range(3)

    def __init__(
        self,
        title: str,
        build: Build,
        settings: UiSettings,
        parent: QWidget | None = None,
        *,
        file_name: str | None = None,
        release: Release | None = None,
    ) -> None:
        super().__init__(parent)
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        self.setWindowTitle(self.tr("Print preview: %1").replace("%1", title))
        self.setSizeGripEnabled(True)
        self._title = title
        self._settings = settings
        self._file_name = file_name or suggested_file_name(title)
        self._release = release
        self._pdf: bytes | None = None
        self._built_result: Any = None  # what the build returned (handed to release)
        self._releasing = False  # a release is on its way through the vault worker
        self._buffer: QBuffer | None = None
        self._closed = False
        self._cancel = threading.Event()
        self._printer: QPrinter | None = None
        self._print_job: _PrintJob | None = None
        self._save_task: BackgroundTask | None = None

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._building_page())
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setAccessibleName(self.tr("Document pages"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.stack.addWidget(self._showing_page())
        self.stack.addWidget(self._failed_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self._make_actions()
        self._connect_signals()
        self._set_ready(False)
        self.resize(820, 940)

        self._bridge = _BuildBridge()
        self._bridge.progressed.connect(self._progressed)
        # No Qt parent: the build thread may outlive the dialog (its result is then dropped).
        self._task = BackgroundTask(self._job(build, self._bridge), name="print-build")
        self._task.succeeded.connect(self._built)
        self._task.failed.connect(self._build_failed)
        self._task.start()

    # -- layout --------------------------------------------------------------------------
    def _building_page(self) -> QWidget:
        page = QWidget(self)
        self.building_label = QLabel(self.tr("Preparing “%1”…").replace("%1", self._title), page)
        self.building_label.setWordWrap(True)
        self.progress = QProgressBar(page)
        self.progress.setAccessibleName(self.tr("Pages prepared"))
        self.progress.setRange(0, 0)  # busy until the first page is done
        self.progress.setTextVisible(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), page)
        self.cancel_button.setAccessibleName(self.tr("Cancel preparing the document"))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        column = QWidget(page)
        column.setMinimumWidth(380)  # else centring squeezes it to its text's width
        column.setMaximumWidth(520)
        inner = QVBoxLayout(column)
        inner.addWidget(self.building_label)
        inner.addWidget(self.progress)
        inner.addLayout(row)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(column, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        return page

    def _showing_page(self) -> QWidget:
        page = QWidget(self)

        def button(text: str, name: str, tip: str) -> QPushButton:
            widget = QPushButton(text, page)
            widget.setAccessibleName(name)
            widget.setToolTip(tip)
            widget.setAutoDefault(False)
            return widget

        self.previous_button = button(
            self.tr("◀ &Previous"), self.tr("Previous page"), self.tr("Previous page (Page Up)")
        )
        self.page_box = QSpinBox(page)
        self.page_box.setAccessibleName(self.tr("Page number"))
        self.page_box.setRange(1, 1)
        self.page_box.setKeyboardTracking(False)
        self.page_total = QLabel(page)
        self.next_button = button(
            self.tr("&Next ▶"), self.tr("Next page"), self.tr("Next page (Page Down)")
        )
        self.zoom_out_button = button(
            self.tr("−"), self.tr("Zoom out"), self.tr("Zoom out (Ctrl+-)")
        )
        self.zoom_label = QLabel(page)
        self.zoom_label.setMinimumWidth(self.zoom_label.fontMetrics().horizontalAdvance("0000%"))
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_in_button = button(self.tr("+"), self.tr("Zoom in"), self.tr("Zoom in (Ctrl++)"))
        narrow = self.fontMetrics().horizontalAdvance("M") * 3
        for small in (self.zoom_out_button, self.zoom_in_button):
            small.setFixedWidth(narrow)
        self.fit_button = button(
            self.tr("Fit &width"), self.tr("Fit the page to the width"), self.tr("Ctrl+0")
        )
        self.print_button = button(
            self.tr("P&rint…"), self.tr("Print"), self.tr("Print the document (Ctrl+P)")
        )
        self.save_button = button(
            self.tr("&Save as PDF…"),
            self.tr("Save as PDF"),
            self.tr("Save a copy outside the vault (Ctrl+Shift+S)"),
        )
        self.close_button = button(self.tr("Close"), self.tr("Close the preview"), self.tr("Esc"))
        page_label = QLabel(self.tr("Pa&ge"), page)
        page_label.setBuddy(self.page_box)

        bar = QHBoxLayout()
        bar.addWidget(self.previous_button)
        bar.addWidget(page_label)
        bar.addWidget(self.page_box)
        bar.addWidget(self.page_total)
        bar.addWidget(self.next_button)
        bar.addSpacing(16)
        bar.addWidget(self.zoom_out_button)
        bar.addWidget(self.zoom_label)
        bar.addWidget(self.zoom_in_button)
        bar.addWidget(self.fit_button)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.save_button)
        bar.addWidget(self.close_button)

        self.status = QLabel(page)
        self.status.setWordWrap(True)
        self.busy = QProgressBar(page)
        self.busy.setAccessibleName(self.tr("Pages sent to the printer"))
        self.busy.setVisible(False)
        self.stop_button = button(
            self.tr("S&top printing"), self.tr("Stop printing"), self.tr("Stop printing")
        )
        self.stop_button.setVisible(False)
        foot = QHBoxLayout()
        foot.addWidget(self.status, 1)
        foot.addWidget(self.busy)
        foot.addWidget(self.stop_button)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addLayout(foot)
        order = (
            self.previous_button,
            self.page_box,
            self.next_button,
            self.zoom_out_button,
            self.zoom_in_button,
            self.fit_button,
            self.print_button,
            self.save_button,
            self.close_button,
            self.view,
            self.stop_button,
        )
        for first, second in itertools.pairwise(order):
            self.setTabOrder(first, second)
        return page

    def _failed_page(self) -> QWidget:
        page = QWidget(self)
        self.failure = QLabel(page)
        self.failure.setWordWrap(True)
        self.failure.setAccessibleName(self.tr("What went wrong"))
        self.failed_close = QPushButton(self.tr("Close"), page)
        self.failed_close.setAccessibleName(self.tr("Close the preview"))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.failed_close)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.failure)
        layout.addLayout(row)
        layout.addStretch(2)
        return page

    def _action(self, text: str, keys: tuple[str | QKeySequence.StandardKey, ...]) -> QAction:
        action = QAction(text, self)
        sequences: list[QKeySequence] = []
        for key in keys:
            if isinstance(key, QKeySequence.StandardKey):
                sequences.extend(QKeySequence.keyBindings(key))
            else:
                sequences.append(QKeySequence(key))
        action.setShortcuts(list(dict.fromkeys(sequences)))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        standard = QKeySequence.StandardKey
        self.act_print = self._action(self.tr("Print…"), (standard.Print,))
        self.act_save = self._action(self.tr("Save as PDF…"), (standard.SaveAs, "Ctrl+Shift+S"))
        self.act_zoom_in = self._action(self.tr("Zoom in"), (standard.ZoomIn, "Ctrl+="))
        self.act_zoom_out = self._action(self.tr("Zoom out"), (standard.ZoomOut,))
        self.act_fit = self._action(self.tr("Fit width"), ("Ctrl+0",))
        self.act_next = self._action(self.tr("Next page"), (standard.MoveToNextPage,))
        self.act_previous = self._action(self.tr("Previous page"), (standard.MoveToPreviousPage,))
        self.act_first = self._action(self.tr("First page"), (standard.MoveToStartOfDocument,))
        self.act_last = self._action(self.tr("Last page"), (standard.MoveToEndOfDocument,))

    def _connect_signals(self) -> None:
        self.cancel_button.clicked.connect(self.reject)
        self.failed_close.clicked.connect(self.reject)
        self.close_button.clicked.connect(self.reject)
        self.stop_button.clicked.connect(self.stop_printing)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_as_pdf)
        self.previous_button.clicked.connect(self.previous_page)
        self.next_button.clicked.connect(self.next_page)
        self.zoom_in_button.clicked.connect(self.zoom_in)
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.fit_button.clicked.connect(self.fit_width)
        self.act_print.triggered.connect(self.print_document)
        self.act_save.triggered.connect(self.save_as_pdf)
        self.act_zoom_in.triggered.connect(self.zoom_in)
        self.act_zoom_out.triggered.connect(self.zoom_out)
        self.act_fit.triggered.connect(self.fit_width)
        self.act_next.triggered.connect(self.next_page)
        self.act_previous.triggered.connect(self.previous_page)
        self.act_first.triggered.connect(self.first_page)
        self.act_last.triggered.connect(self.last_page)
        self.page_box.valueChanged.connect(self._page_typed)
        self.view.pageNavigator().currentPageChanged.connect(self._page_shown)
        self.view.zoomFactorChanged.connect(self._show_zoom)
        self.view.zoomModeChanged.connect(self._show_zoom)
        self._print_timer = QTimer(self)
        self._print_timer.setSingleShot(True)
        self._print_timer.setInterval(0)
        self._print_timer.timeout.connect(self._print_next)

    def _set_ready(self, ready: bool) -> None:
        busy = self._busy()
        for action in (self.act_print, self.act_save):
            action.setEnabled(ready and not busy)
        for action in (
            self.act_zoom_in,
            self.act_zoom_out,
            self.act_fit,
            self.act_next,
            self.act_previous,
            self.act_first,
            self.act_last,
        ):
            action.setEnabled(ready)
        self.print_button.setEnabled(ready and not busy)
        self.save_button.setEnabled(ready and not busy)

    # -- building ------------------------------------------------------------------------
    def _job(self, build: Build, bridge: _BuildBridge) -> Callable[[], bytes]:
        cancelled = self._cancel.is_set

        def progress(done: int, total: int) -> None:
            bridge.progressed.emit(done, total)

        def job() -> bytes:
            return build(progress, cancelled)

        return job

    def _progressed(self, done: int, total: int) -> None:
        if self._closed:
            return
        if total <= 0:
            # The total is not known (yet): a busy bar, which shows no text, and the
            # pages done beside the title.
            self.progress.setRange(0, 0)
            self.building_label.setText(
                self.tr("Preparing “%1”… page %2")
                .replace("%1", self._title)
                .replace("%2", str(done))
            )
            return
        self.building_label.setText(self.tr("Preparing “%1”…").replace("%1", self._title))
        total = max(total, done, 1)
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.progress.setFormat(
            self.tr("Page %1 of about %2").replace("%1", str(done)).replace("%2", str(total))
        )

    def _built(self, result: object) -> None:
        data = result if isinstance(result, bytes) else getattr(result, "pdf", None)
        if self._closed or not isinstance(data, bytes):
            return
        from PySide6.QtCore import QBuffer, QIODevice
        from PySide6.QtPdf import QPdfDocument

        self._pdf = data
        self._built_result = result
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        if self.document.status() != QPdfDocument.Status.Ready or self.document.pageCount() < 1:
            self._drop_document()
            self._show_failure(self.tr("The document could not be shown."))
            return
        count = self.document.pageCount()
        self.page_box.setRange(1, count)
        self.page_total.setText(self.tr("of %1").replace("%1", str(count)))
        self.stack.setCurrentIndex(self.SHOWING)
        self._set_ready(True)
        self._show_zoom()
        self._update_page_buttons(0)
        self.view.setFocus()
        self.loaded.emit(count)

    def _build_failed(self, exc: object) -> None:
        if self._closed:
            return
        sentence = describe(exc) if isinstance(exc, BaseException) else str(exc)
        self._show_failure(sentence)

    def _show_failure(self, sentence: str) -> None:
        self.failure.setText(sentence)
        self.stack.setCurrentIndex(self.FAILED)
        self.failed_close.setFocus()
        self.failed.emit(sentence)

    # -- state ---------------------------------------------------------------------------
    @property
    def page_count(self) -> int:
        return self.document.pageCount() if self._pdf is not None else 0

    @property
    def current_page(self) -> int:
        """0-based index of the page on screen."""
        return self.view.pageNavigator().currentPage()

    @property
    def has_document(self) -> bool:
        return self._pdf is not None

    # -- navigation and zoom -------------------------------------------------------------
    def go_to_page(self, page: int) -> None:
        if self._pdf is None:
            return
        page = max(0, min(page, self.document.pageCount() - 1))
        self.view.pageNavigator().jump(page, QPointF(), 0)
        self._page_shown(page)

    def next_page(self) -> None:
        self.go_to_page(self.current_page + 1)

    def previous_page(self) -> None:
        self.go_to_page(self.current_page - 1)

    def first_page(self) -> None:
        self.go_to_page(0)

    def last_page(self) -> None:
        self.go_to_page(self.page_count - 1)

    def _page_typed(self, number: int) -> None:
        if number - 1 != self.current_page:
            self.go_to_page(number - 1)

    def _page_shown(self, page: int) -> None:
        self.page_box.blockSignals(True)
        self.page_box.setValue(page + 1)
        self.page_box.blockSignals(False)
        self._update_page_buttons(page)

    def _update_page_buttons(self, page: int) -> None:
        count = self.page_count
        self.previous_button.setEnabled(page > 0)
        self.next_button.setEnabled(page < count - 1)

    def zoom(self) -> float:
        """The zoom on screen, also while the page is fitted to the width."""
        from PySide6.QtPdfWidgets import QPdfView

        if self.view.zoomMode() == QPdfView.ZoomMode.Custom or self._pdf is None:
            return float(self.view.zoomFactor())
        margins = self.view.documentMargins()
        usable = self.view.viewport().width() - margins.left() - margins.right()
        page_width = self.document.pagePointSize(self.current_page).width()
        pixels = page_width * self.view.logicalDpiX() / 72
        return usable / pixels if pixels > 0 else 1.0

    def _set_zoom(self, factor: float) -> None:
        from PySide6.QtPdfWidgets import QPdfView

        page = self.current_page
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(factor)
        self.go_to_page(page)
        self._show_zoom()

    def zoom_in(self) -> None:
        now = self.zoom()
        self._set_zoom(next((step for step in ZOOM_STEPS if step > now + 0.01), ZOOM_STEPS[-1]))

    def zoom_out(self) -> None:
        now = self.zoom()
        smaller = [step for step in ZOOM_STEPS if step < now - 0.01]
        self._set_zoom(smaller[-1] if smaller else ZOOM_STEPS[0])

    def fit_width(self) -> None:
        from PySide6.QtPdfWidgets import QPdfView

        page = self.current_page
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.go_to_page(page)
        self._show_zoom()

    def _show_zoom(self, *_args: Any) -> None:
        self.zoom_label.setText(f"{round(self.zoom() * 100)}%")

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if hasattr(self, "zoom_label"):
            self._show_zoom()

    # -- printing ------------------------------------------------------------------------
    @classmethod
    def ask_printer(
        cls, parent: QWidget | None, printer: QPrinter, page_count: int, current_page: int
    ) -> bool:
        """The platform's print dialog; True when the counselor chose Print. Printing to a
        file is left out: Save as PDF warns and can protect the file."""
        from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog

        dialog = QPrintDialog(printer, parent)
        option = QAbstractPrintDialog.PrintDialogOption
        dialog.setOption(option.PrintToFile, False)
        dialog.setOption(option.PrintSelection, False)
        dialog.setOption(option.PrintPageRange, True)
        dialog.setOption(option.PrintCurrentPage, True)
        dialog.setMinMax(1, page_count)
        try:
            return bool(dialog.exec() == QDialog.DialogCode.Accepted)
        finally:
            dialog.deleteLater()

    def _warn_print_queue_once(self) -> None:
        if self._settings.get(PRINT_QUEUE_WARNED):
            return
        self._settings.set(PRINT_QUEUE_WARNED, True)
        Ask.inform(
            self,
            self.tr("Before you print"),
            self.tr(
                "Your computer's print queue may keep a copy of what you print until the "
                "printer has finished, and some printers keep one after. Collect the pages "
                "at once, and clear a stuck print job rather than leaving it in the queue. "
                "This notice is shown only once."
            ),
        )

    def _make_printer(self) -> QPrinter:
        from PySide6.QtCore import QSizeF
        from PySide6.QtGui import QPageLayout, QPageSize
        from PySide6.QtPrintSupport import QPrinter

        if self._printer is None:
            # The paper the document was laid out for (Letter, or a wallet card on Letter)
            # is the default; the print dialog may change it.
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            points = self.document.pagePointSize(0)
            short, long = sorted((points.width(), points.height()))
            printer.setPageSize(
                QPageSize(
                    QSizeF(short, long),
                    QPageSize.Unit.Point,
                    "",
                    QPageSize.SizeMatchPolicy.FuzzyMatch,
                )
            )
            landscape = points.width() > points.height()
            printer.setPageOrientation(
                QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
            )
            self._printer = printer
        # The queue shows this name; the title names no client (see the class docstring).
        self._printer.setDocName(self._title)
        self._printer.setFullPage(True)  # pages carry their own margins
        return self._printer

    def print_document(self) -> None:
        """Ctrl+P: the print dialog, then each chosen page at up to 300 dpi."""
        if self._pdf is None or self._busy() or self._closed:
            return
        self._warn_print_queue_once()
        if self._closed:
            return
        printer = self._make_printer()
        count = self.document.pageCount()
        if not self.ask_printer(self, printer, count, self.current_page) or self._closed:
            return
        pages = pages_to_print(printer, count, self.current_page)
        if not pages:
            self.status.setText(self.tr("No pages in that range; nothing was printed."))
            return
        if self._release is None:
            self._start_print(printer, pages)
            return

        def released(_result: object) -> None:
            self._releasing = False
            if not self._closed:
                self._start_print(printer, pages)

        self._start_release(None, released, self._print_refused)

    def _print_refused(self, exc: Exception) -> None:
        self._releasing = False
        if self._closed:
            return
        self._set_ready(self._pdf is not None)
        sentence = describe(exc)
        self.status.setText(self.tr("Nothing was printed: %1").replace("%1", sentence))
        Ask.warn(self, self.tr("Print"), sentence)

    def _start_release(self, deliver: Deliver | None, on_done: Done, on_error: Failed) -> None:
        assert self._release is not None
        self._releasing = True
        self.status.setText(self.tr("Recording that the document leaves the vault…"))
        self._set_ready(True)
        self._release(self._built_result, deliver, on_done, on_error)

    def _busy(self) -> bool:
        return self._print_job is not None or self._save_task is not None or self._releasing

    def _start_print(self, printer: QPrinter, pages: list[int]) -> None:
        painter = QPainter()
        if not painter.begin(printer):
            Ask.warn(self, self.tr("Print"), self.tr("The printer could not be started."))
            return
        self._print_job = _PrintJob(printer, painter, pages)
        self.busy.setRange(0, len(pages))
        self.busy.setValue(0)
        self.busy.setVisible(True)
        self.stop_button.setVisible(True)
        self.status.setText(self.tr("Printing…"))
        self._set_ready(True)
        self._print_timer.start()

    def _print_next(self) -> None:
        job = self._print_job
        if job is None:
            return
        try:
            if job.done:
                job.printer.newPage()
            paint_page(job.painter, job.printer, self.document, job.pages[job.done])
        except Exception as exc:  # a printer that goes away mid-job; say it in one sentence
            self._end_print(abort=True)
            Ask.warn(self, self.tr("Print"), describe(exc))
            return
        job.done += 1
        self.busy.setValue(job.done)
        if job.done < len(job.pages):
            self._print_timer.start()
            return
        sent = job.done
        self._end_print(abort=False)
        self.status.setText(self.tr("Sent %1 page(s) to the printer.").replace("%1", str(sent)))
        self.printed.emit(sent)

    def stop_printing(self) -> None:
        if self._print_job is None:
            return
        self._end_print(abort=True)
        self.status.setText(self.tr("Printing was stopped."))

    def _end_print(self, *, abort: bool) -> None:
        job, self._print_job = self._print_job, None
        self._print_timer.stop()
        if job is not None:
            if abort:
                job.printer.abort()
            with contextlib.suppress(Exception):
                job.painter.end()
        self.busy.setVisible(False)
        self.stop_button.setVisible(False)
        if not self._closed:
            self._set_ready(self._pdf is not None)

    # -- saving --------------------------------------------------------------------------
    @classmethod
    def ask_save_path(cls, parent: QWidget | None, suggested: str) -> Path | None:
        """Where to save the PDF (the platform's file dialog), or None."""
        start = Path.home() / "Documents"
        if not start.is_dir():
            start = Path.home()
        chosen, _filter = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("PrintPreviewDialog", "Save as PDF"),
            str(start / suggested),
            QCoreApplication.translate("PrintPreviewDialog", "PDF documents (*.pdf)"),
        )
        return Path(chosen) if chosen else None

    def save_as_pdf(self) -> None:
        """Ctrl+Shift+S: the warning, an optional password, then where to save."""
        if self._pdf is None or self._busy() or self._closed:
            return
        choice = SavePdfDialog.ask(self)
        if choice is None or self._closed:
            return
        path = self.ask_save_path(self, self._file_name)
        if path is None or self._closed or self._pdf is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        data, password = self._pdf, choice.password
        if self._release is not None:

            def deliver(pdf: bytes) -> Path:
                return save_pdf(path, pdf, password)

            self._start_release(deliver, lambda _result: self._saved(path), self._save_failed)
            return
        task = BackgroundTask(lambda: save_pdf(path, data, password), name="save-pdf")
        task.succeeded.connect(self._saved)
        task.failed.connect(self._save_failed)
        self._save_task = task
        self.status.setText(self.tr("Saving…"))
        self._set_ready(True)
        task.start()

    def _saved(self, path: object) -> None:
        self._save_task, self._releasing = None, False
        if self._closed:
            return
        self._set_ready(self._pdf is not None)
        self.status.setText(self.tr("Saved as %1.").replace("%1", str(path)))
        self.saved.emit(str(path))

    def _save_failed(self, exc: object) -> None:
        self._save_task, self._releasing = None, False
        if self._closed:
            return
        self._set_ready(self._pdf is not None)
        if isinstance(exc, OSError) and not isinstance(exc, CounselorDeskError):
            sentence = self.tr("The PDF could not be saved there (%1).").replace(
                "%1", exc.strerror or type(exc).__name__
            )
        else:
            sentence = describe(exc) if isinstance(exc, BaseException) else str(exc)
        self.status.setText(sentence)
        Ask.warn(self, self.tr("Save as PDF"), sentence)

    # -- closing -------------------------------------------------------------------------
    def done(self, result: int) -> None:
        """Closing (Close, Escape, a lock) stops the build and any print run and drops the
        PDF's bytes."""
        self._closed = True
        self._cancel.set()
        if self._print_job is not None:
            self._end_print(abort=True)
        self._drop_document()
        super().done(result)

    def _drop_document(self) -> None:
        self._pdf = None
        self._built_result = None
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.setData(QByteArray())
            self._buffer.deleteLater()
            self._buffer = None
        self._set_ready(False)

    @classmethod
    def preview(
        cls,
        title: str,
        build: Build,
        settings: UiSettings,
        parent: QWidget | None = None,
        *,
        file_name: str | None = None,
        release: Release | None = None,
    ) -> None:
        """Show the preview until closed (Escape, Close, or a lock)."""
        dialog = cls(title, build, settings, parent, file_name=file_name, release=release)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
