"""Print preview: a real PDF from the export engine, built off the UI thread, shown with
QtPdf, printed to a QPrinter writing a PDF into tmp_path (only the print dialog is
replaced), and saved with or without a password. Every name and record is fictional."""

from __future__ import annotations

import io
import os
import stat
import subprocess
import sys
import threading
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage, QPageRanges
from PySide6.QtWidgets import QDialog
from test_accessibility import unnamed  # the window's own test of "every control is named"

from counselor_desk.domain.errors import CounselorDeskError
from counselor_desk.domain.notes import Note, NoteFormat
from counselor_desk.domain.records import Client, Session, SessionKind
from counselor_desk.export.document import ExportCancelled, PrintSetup
from counselor_desk.export.handout import handout_pdf
from counselor_desk.export.note import session_note_pdf
from counselor_desk.ui.ask import Ask
from counselor_desk.ui.print_preview import (
    MAX_PRINT_DPI,
    PrintPreviewDialog,
    SaveChoice,
    SavePdfDialog,
    on_white,
    pages_to_print,
    protect_pdf,
)
from counselor_desk.ui.ui_settings import PRINT_QUEUE_WARNED

ROOT = Path(__file__).resolve().parents[2]
TZ = timezone(timedelta(hours=-6), "CST")
PRINTED = datetime(2026, 3, 20, 15, 30, tzinfo=UTC)
PROGRAM = "Riverbend Recovery Program"
PASSWORD = "blue heron 4417"


def handout_build(progress, cancel) -> bytes:  # type: ignore[no-untyped-def]
    """A three-page large-print handout, built with the dialog's hooks."""
    markdown = (ROOT / "resources" / "handouts" / "en" / "methadone.md").read_text("utf-8")
    setup = PrintSetup(PRINTED, program=PROGRAM, tz=TZ, progress=progress, cancel=cancel)
    return handout_pdf(markdown, "Methadone", setup, large_print=True)


def note_build(progress, cancel) -> bytes:  # type: ignore[no-untyped-def]
    client = Client(
        "Dana R.", legal_name="Dana Rivera", date_of_birth=date(1990, 4, 2), program="MAT"
    )
    start = datetime(2026, 3, 1, 10, 0, tzinfo=TZ)
    session = Session(client.id, start, 50, SessionKind.INDIVIDUAL, location="Room 2")
    note = Note(
        client_id=client.id,
        session_id=session.id,
        format=NoteFormat.DAP,
        sections={
            "data": "Client arrived on time and said cravings were 4 of 10 this week, "
            "down from 7. Took buprenorphine every morning. Went to two SMART Recovery "
            "meetings.",
            "assessment": "Engaged and hopeful. The coping plan is working on weekdays; "
            "weekends at her brother's house remain the hardest time.",
            "plan": "Practice the urge-surfing exercise daily. Next session in one week.",
        },
    ).signed(signer="Alex Moreno, CADC", at=start + timedelta(hours=1), session_start=start)
    setup = PrintSetup(PRINTED, program=PROGRAM, tz=TZ, progress=progress, cancel=cancel)
    return session_note_pdf(client, session, note, setup)


@pytest.fixture
def handout_bytes() -> bytes:
    return handout_build(None, None)


def page_texts(data: bytes, password: str | None = None) -> list[str]:
    reader = PdfReader(io.BytesIO(data))
    if password is not None:
        reader.decrypt(password)
    return [page.extract_text() for page in reader.pages]


def open_preview(qtbot, settings, build=handout_build, **kw) -> PrintPreviewDialog:  # type: ignore[no-untyped-def]
    dialog = PrintPreviewDialog("Methadone", build, settings, **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def loaded_preview(qtbot, settings, build=handout_build) -> PrintPreviewDialog:  # type: ignore[no-untyped-def]
    dialog = PrintPreviewDialog("Methadone", build, settings)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=20000):
        dialog.show()
    return dialog


@pytest.fixture
def informed(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(
        Ask, "inform", classmethod(lambda cls, parent, title, text: shown.append(text))
    )
    return shown


def printer_to(path: Path, pages: tuple[int, int] | None = None):  # type: ignore[no-untyped-def]
    """An ask_printer stand-in: the real QPrinter, set to write a PDF file (and a range)."""
    calls: list[int] = []

    def ask(cls, parent, printer, page_count, current_page) -> bool:  # type: ignore[no-untyped-def]
        from PySide6.QtPrintSupport import QPrinter

        calls.append(page_count)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        if pages is None:
            printer.setPrintRange(QPrinter.PrintRange.AllPages)
        else:
            ranges = QPageRanges()
            ranges.addRange(*pages)
            printer.setPageRanges(ranges)
            printer.setPrintRange(QPrinter.PrintRange.PageRange)
        return True

    return classmethod(ask), calls


def thumbnail(data: bytes, page: int) -> QImage:
    """A small picture of one page: text blocks become grey patches, so the layout of a
    page tells it apart from another whether it was printed as a picture or as text."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
    from PySide6.QtPdf import QPdfDocument

    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    image = on_white(document.render(page, QSize(85, 110)))
    document.close()
    return image.scaled(
        34, 44, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation
    )


def difference(a: QImage, b: QImage) -> float:
    total = 0
    for y in range(a.height()):
        for x in range(a.width()):
            total += abs(a.pixelColor(x, y).value() - b.pixelColor(x, y).value())
    return total / (a.width() * a.height())


# -- building and showing ----------------------------------------------------------------


def test_the_document_builds_off_the_ui_thread_then_shows_every_page(
    qtbot, ui_settings, handout_bytes
) -> None:
    threads: list[threading.Thread] = []
    reports: list[tuple[int, int]] = []

    def build(progress, cancel) -> bytes:  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())

        def report(done: int, total: int) -> None:
            reports.append((done, total))
            progress(done, total)

        return handout_build(report, cancel)

    dialog = loaded_preview(qtbot, ui_settings, build)
    assert threads and threads[0] is not threading.main_thread()
    assert [done for done, _total in reports] == [1, 2, 3]
    assert dialog.page_count == len(PdfReader(io.BytesIO(handout_bytes)).pages) == 3
    assert dialog.stack.currentIndex() == dialog.SHOWING
    assert dialog.page_total.text() == "of 3"
    assert "Methadone" in dialog.windowTitle()
    assert unnamed(dialog) == []


def test_pages_are_walked_with_page_up_and_down_and_the_page_box(qtbot, ui_settings) -> None:
    dialog = loaded_preview(qtbot, ui_settings)
    assert dialog.current_page == 0
    assert not dialog.previous_button.isEnabled()
    qtbot.keyClick(dialog.view, Qt.Key.Key_PageDown)
    assert dialog.current_page == 1
    assert dialog.page_box.value() == 2
    qtbot.keyClick(dialog.view, Qt.Key.Key_PageDown)
    qtbot.keyClick(dialog.view, Qt.Key.Key_PageDown)  # already on the last page
    assert dialog.current_page == 2
    assert not dialog.next_button.isEnabled()
    qtbot.keyClick(dialog.view, Qt.Key.Key_PageUp)
    assert dialog.current_page == 1
    qtbot.keyClick(dialog.view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert dialog.current_page == 0
    dialog.page_box.setValue(3)
    assert dialog.current_page == 2
    qtbot.mouseClick(dialog.previous_button, Qt.MouseButton.LeftButton)
    assert dialog.current_page == 1


def test_zoom_in_out_and_fit_width(qtbot, ui_settings) -> None:
    from PySide6.QtPdfWidgets import QPdfView

    dialog = loaded_preview(qtbot, ui_settings)
    dialog.resize(900, 900)
    fitted = dialog.zoom()
    qtbot.keyClick(dialog.view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert dialog.view.zoomMode() == QPdfView.ZoomMode.Custom
    assert dialog.zoom() > fitted
    bigger = dialog.zoom()
    qtbot.keyClick(dialog.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(dialog.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert dialog.zoom() < bigger
    assert dialog.zoom_label.text() == f"{round(dialog.zoom() * 100)}%"
    qtbot.keyClick(dialog.view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert dialog.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    assert dialog.zoom() == pytest.approx(fitted)


def test_a_failed_build_says_one_sentence(qtbot, ui_settings) -> None:
    def build(progress, cancel) -> bytes:  # type: ignore[no-untyped-def]
        raise CounselorDeskError("The consent for this disclosure has expired.")

    dialog = PrintPreviewDialog("Summary", build, ui_settings)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.failed, timeout=10000) as signal:
        dialog.show()
    assert signal.args == ["The consent for this disclosure has expired."]
    assert dialog.stack.currentIndex() == dialog.FAILED
    assert dialog.failure.text() == "The consent for this disclosure has expired."
    assert not dialog.act_print.isEnabled() and not dialog.act_save.isEnabled()


def test_bytes_that_are_not_a_pdf_are_refused_in_one_sentence(qtbot, ui_settings) -> None:
    dialog = PrintPreviewDialog("Summary", lambda progress, cancel: b"not a pdf", ui_settings)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.failed, timeout=10000):
        dialog.show()
    assert dialog.failure.text() == "The document could not be shown."
    assert not dialog.has_document


def test_cancel_during_a_slow_build_closes_with_nothing_left(qtbot, ui_settings) -> None:
    started, finished = threading.Event(), threading.Event()
    never = threading.Event()
    outcome: list[str] = []

    def slow(progress, cancel) -> bytes:  # type: ignore[no-untyped-def]
        started.set()
        try:
            while not never.wait(0.01):
                if cancel():
                    outcome.append("cancelled")
                    raise ExportCancelled()
            return b""
        finally:
            finished.set()

    dialog = open_preview(qtbot, ui_settings, slow)
    qtbot.waitUntil(started.is_set, timeout=5000)
    assert dialog.stack.currentIndex() == dialog.BUILDING
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert finished.wait(5)
    qtbot.waitUntil(lambda: not dialog._task._thread.is_alive(), timeout=5000)
    QCoreApplication.processEvents()  # the worker's queued "failed" arrives and is dropped
    assert outcome == ["cancelled"]
    assert not dialog.has_document
    assert dialog.stack.currentIndex() == dialog.BUILDING  # no failure shown after a cancel
    assert dialog.failure.text() == ""


def test_escape_during_a_build_that_ignores_cancel_drops_its_result(qtbot, ui_settings) -> None:
    release = threading.Event()

    def stubborn(progress, cancel) -> bytes:  # type: ignore[no-untyped-def]
        release.wait(10)
        return handout_build(None, None)

    dialog = open_preview(qtbot, ui_settings, stubborn)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    release.set()
    qtbot.waitUntil(lambda: not dialog._task._thread.is_alive(), timeout=10000)
    QCoreApplication.processEvents()
    assert not dialog.has_document
    assert dialog.page_count == 0


def test_closing_drops_the_pdf(qtbot, ui_settings) -> None:
    from PySide6.QtPdf import QPdfDocument

    dialog = loaded_preview(qtbot, ui_settings)
    assert dialog.has_document
    dialog.reject()  # what a lock does to every open dialog
    assert not dialog.has_document
    assert dialog.document.status() == QPdfDocument.Status.Null
    assert dialog.page_count == 0
    assert not dialog.act_print.isEnabled()


def test_a_lock_closes_the_preview_mid_print_and_drops_the_pdf(
    qtbot, vaults_root, ui_settings, cheap_kdf, open_vault, tmp_path, monkeypatch, informed
) -> None:
    from counselor_desk.ui.main_window import MainWindow

    window = MainWindow(vaults_root, ui_settings, kdf=cheap_kdf)
    qtbot.addWidget(window)
    window.show()
    window.open_vault(open_vault)
    ask, _calls = printer_to(tmp_path / "printing.pdf")
    monkeypatch.setattr(PrintPreviewDialog, "ask_printer", ask)
    dialog = PrintPreviewDialog("Methadone", handout_build, ui_settings, window)
    with qtbot.waitSignal(dialog.loaded, timeout=20000):
        dialog.show()
    with qtbot.assertNotEmitted(dialog.printed):
        dialog.print_document()
        assert dialog.stop_button.isVisible()  # the pages go out one per event-loop turn
        window.lock("manual")
        QCoreApplication.processEvents()
    assert not dialog.isVisible()
    assert not dialog.has_document
    assert not dialog.stop_button.isVisible()


# -- printing ----------------------------------------------------------------------------


def test_printing_sends_every_page_at_300_dpi(
    qtbot, ui_settings, tmp_path, monkeypatch, informed
) -> None:
    out = tmp_path / "printed.pdf"
    ask, calls = printer_to(out)
    monkeypatch.setattr(PrintPreviewDialog, "ask_printer", ask)
    dialog = loaded_preview(qtbot, ui_settings)
    with qtbot.waitSignal(dialog.printed, timeout=60000) as signal:
        qtbot.keyClick(dialog.view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert calls == [3]
    assert signal.args == [3]
    reader = PdfReader(out)
    assert len(reader.pages) == 3
    # Letter paper at 300 dpi: the page image is 8.5 x 11 inches of 300 dots, not 1200.
    image = reader.pages[0].images[0].image
    assert image.size == (round(8.5 * MAX_PRINT_DPI), 11 * MAX_PRINT_DPI)
    assert image.mode == "RGB"  # white paper, not a transparent picture
    assert image.getpixel((5, 5)) == (255, 255, 255)
    assert "3 page" in dialog.status.text()
    assert dialog.act_print.isEnabled()


def test_the_page_range_is_honoured(
    qtbot, ui_settings, tmp_path, monkeypatch, informed, handout_bytes
) -> None:
    out = tmp_path / "range.pdf"
    ask, _calls = printer_to(out, pages=(2, 3))
    monkeypatch.setattr(PrintPreviewDialog, "ask_printer", ask)
    dialog = loaded_preview(qtbot, ui_settings)
    with qtbot.waitSignal(dialog.printed, timeout=60000) as signal:
        dialog.print_document()
    assert signal.args == [2]
    printed = out.read_bytes()
    assert len(PdfReader(out).pages) == 2
    # The printed sheets are the document's pages 2 and 3, in that order: each looks
    # clearly more like its own page than like any other.
    pages = [thumbnail(handout_bytes, page) for page in range(3)]
    for sheet_index, source in ((0, 1), (1, 2)):
        sheet = thumbnail(printed, sheet_index)
        distance = [difference(sheet, page) for page in pages]
        others = [d for page, d in enumerate(distance) if page != source]
        assert distance[source] < 0.7 * min(others)


def test_the_print_queue_notice_is_shown_once(
    qtbot, ui_settings, tmp_path, monkeypatch, informed
) -> None:
    ask, _calls = printer_to(tmp_path / "first.pdf")
    monkeypatch.setattr(PrintPreviewDialog, "ask_printer", ask)
    dialog = loaded_preview(qtbot, ui_settings)
    with qtbot.waitSignal(dialog.printed, timeout=60000):
        dialog.print_document()
    assert len(informed) == 1
    assert "print queue" in informed[0]
    assert ui_settings.get(PRINT_QUEUE_WARNED) is True
    with qtbot.waitSignal(dialog.printed, timeout=60000):
        dialog.print_document()
    later = loaded_preview(qtbot, ui_settings)
    with qtbot.waitSignal(later.printed, timeout=60000):
        later.print_document()
    assert len(informed) == 1


def test_stop_printing_ends_the_run(qtbot, ui_settings, tmp_path, monkeypatch, informed) -> None:
    ask, _calls = printer_to(tmp_path / "stopped.pdf")
    monkeypatch.setattr(PrintPreviewDialog, "ask_printer", ask)
    dialog = loaded_preview(qtbot, ui_settings)
    with qtbot.assertNotEmitted(dialog.printed):
        dialog.print_document()
        assert not dialog.act_print.isEnabled()  # one run at a time
        qtbot.mouseClick(dialog.stop_button, Qt.MouseButton.LeftButton)
        QCoreApplication.processEvents()
    assert dialog.status.text() == "Printing was stopped."
    assert dialog.act_print.isEnabled() and dialog.has_document


def test_pages_to_print_follow_the_printers_range(qapp) -> None:
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter()
    assert pages_to_print(printer, 3, 1) == [0, 1, 2]
    printer.setPrintRange(QPrinter.PrintRange.CurrentPage)
    assert pages_to_print(printer, 3, 1) == [1]
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setPageRanges(QPageRanges.fromString("1,3-9"))
    assert pages_to_print(printer, 3, 1) == [0, 2]
    printer.setPageRanges(QPageRanges.fromString("5-9"))
    assert pages_to_print(printer, 3, 1) == []


def test_a_range_past_the_end_prints_nothing_and_says_so(
    qtbot, ui_settings, tmp_path, monkeypatch, informed
) -> None:
    out = tmp_path / "none.pdf"
    ask, _calls = printer_to(out, pages=(5, 9))
    monkeypatch.setattr(PrintPreviewDialog, "ask_printer", ask)
    dialog = loaded_preview(qtbot, ui_settings)
    with qtbot.assertNotEmitted(dialog.printed):
        dialog.print_document()
    assert not out.exists()
    assert dialog.status.text() == "No pages in that range; nothing was printed."


def test_a_cancelled_print_dialog_prints_nothing(
    qtbot, ui_settings, tmp_path, monkeypatch, informed
) -> None:
    monkeypatch.setattr(PrintPreviewDialog, "ask_printer", classmethod(lambda cls, *args: False))
    dialog = loaded_preview(qtbot, ui_settings)
    with qtbot.assertNotEmitted(dialog.printed):
        dialog.print_document()
    assert list(tmp_path.glob("*.pdf")) == []
    assert dialog.act_print.isEnabled()


# -- saving ------------------------------------------------------------------------------


def test_save_as_pdf_with_a_password_needs_it_and_keeps_the_text(
    qtbot, ui_settings, tmp_path, monkeypatch, handout_bytes
) -> None:
    out = tmp_path / "handout.pdf"
    monkeypatch.setattr(SavePdfDialog, "ask", classmethod(lambda cls, p: SaveChoice(PASSWORD)))
    asked: list[str] = []

    def where(cls, parent, suggested):  # type: ignore[no-untyped-def]
        asked.append(suggested)
        return out

    monkeypatch.setattr(PrintPreviewDialog, "ask_save_path", classmethod(where))
    dialog = loaded_preview(qtbot, ui_settings)
    with qtbot.waitSignal(dialog.saved, timeout=20000) as signal:
        qtbot.keyClick(
            dialog.view,
            Qt.Key.Key_S,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert asked == ["Methadone.pdf"]
    assert signal.args == [str(out)]
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["handout.pdf"]  # no temp file left
    reader = PdfReader(out)
    assert reader.is_encrypted
    encrypt = reader.trailer["/Encrypt"]
    assert (encrypt["/V"], encrypt["/R"]) == (5, 6)  # AES-256
    with pytest.raises(FileNotDecryptedError):
        reader.pages[0].extract_text()
    assert PdfReader(out).decrypt("wrong password") == 0
    assert page_texts(out.read_bytes(), PASSWORD) == page_texts(handout_bytes)
    assert "Saved" in dialog.status.text()


def test_save_as_pdf_without_a_password_writes_the_document_as_built(
    qtbot, ui_settings, tmp_path, monkeypatch, handout_bytes
) -> None:
    out = tmp_path / "handout"  # no suffix typed: ".pdf" is added
    monkeypatch.setattr(SavePdfDialog, "ask", classmethod(lambda cls, p: SaveChoice(None)))
    monkeypatch.setattr(PrintPreviewDialog, "ask_save_path", classmethod(lambda cls, p, s: out))
    dialog = loaded_preview(qtbot, ui_settings)
    with qtbot.waitSignal(dialog.saved, timeout=20000):
        dialog.save_as_pdf()
    written = tmp_path / "handout.pdf"
    assert written.read_bytes() == handout_bytes
    assert not PdfReader(written).is_encrypted


def test_a_cancelled_save_writes_nothing(qtbot, ui_settings, tmp_path, monkeypatch) -> None:
    asked: list[str] = []

    def where(cls, parent, suggested):  # type: ignore[no-untyped-def]
        asked.append(suggested)
        return None

    monkeypatch.setattr(PrintPreviewDialog, "ask_save_path", classmethod(where))
    dialog = loaded_preview(qtbot, ui_settings)
    # Backing out at the warning asks nowhere to save.
    monkeypatch.setattr(SavePdfDialog, "ask", classmethod(lambda cls, p: None))
    with qtbot.assertNotEmitted(dialog.saved):
        dialog.save_as_pdf()
    assert asked == []
    # Backing out of the file dialog writes nothing.
    monkeypatch.setattr(SavePdfDialog, "ask", classmethod(lambda cls, p: SaveChoice(PASSWORD)))
    with qtbot.assertNotEmitted(dialog.saved):
        dialog.save_as_pdf()
    assert asked == ["Methadone.pdf"]
    assert [p for p in tmp_path.iterdir() if p.suffix != ".ini"] == []


def test_a_save_that_fails_says_so_and_keeps_the_preview(
    qtbot, ui_settings, tmp_path, monkeypatch
) -> None:
    warned: list[str] = []
    monkeypatch.setattr(
        Ask, "warn", classmethod(lambda cls, parent, title, text: warned.append(text))
    )
    monkeypatch.setattr(SavePdfDialog, "ask", classmethod(lambda cls, p: SaveChoice(None)))
    missing = tmp_path / "no such folder" / "handout.pdf"
    monkeypatch.setattr(PrintPreviewDialog, "ask_save_path", classmethod(lambda cls, p, s: missing))
    dialog = loaded_preview(qtbot, ui_settings)
    dialog.save_as_pdf()
    qtbot.waitUntil(lambda: bool(warned), timeout=20000)
    assert warned[0].startswith("The PDF could not be saved there")
    assert not missing.parent.exists()
    assert dialog.has_document and dialog.act_save.isEnabled()


def test_the_save_dialog_warns_and_checks_the_password(qtbot) -> None:
    dialog = SavePdfDialog()
    qtbot.addWidget(dialog)
    assert "outside the encrypted vault" in dialog.warning.text()
    assert unnamed(dialog) == []
    assert dialog.ok.isEnabled()
    assert not dialog.password.isEnabled()
    assert dialog.answer() == SaveChoice(None)
    dialog.protect.setChecked(True)
    assert not dialog.ok.isEnabled()
    qtbot.keyClicks(dialog.password, "short")
    assert "at least 8" in dialog.hint.text()
    dialog.password.setText(PASSWORD)
    qtbot.keyClicks(dialog.repeat, "blue heron 4418")
    assert not dialog.ok.isEnabled()
    assert dialog.hint.text() == "The passwords do not match."
    dialog.repeat.setText(PASSWORD)
    assert dialog.ok.isEnabled()
    dialog.grab().save("/tmp/shots/save_pdf_dialog.png")
    assert dialog.answer() == SaveChoice(PASSWORD)
    dialog.reject()
    assert dialog.password.text() == "" and dialog.repeat.text() == ""


def test_protect_pdf_leaves_the_bytes_alone_without_a_password(handout_bytes) -> None:
    assert protect_pdf(handout_bytes, None) is handout_bytes
    assert protect_pdf(handout_bytes, "") is handout_bytes


# -- release: the paper leaves through the vault (services.printing) --------------------


def test_a_chart_record_is_released_through_the_vault_when_it_leaves(
    qtbot, workspace, ids, ui_settings, tmp_path, monkeypatch, informed
) -> None:
    from counselor_desk.services.printing import Printing, Release

    job = Printing(workspace.vault).prepare_session_note(ids["note"], Release.client_copy())

    def build(progress, cancel):  # type: ignore[no-untyped-def]
        return job.build(progress, cancel)

    def release(built, deliver, on_done, on_error) -> None:  # type: ignore[no-untyped-def]
        workspace.write(
            lambda printing: printing.release(built, deliver),
            on_done=on_done,
            on_error=on_error,
            service=Printing,
        )

    def actions() -> list[str]:
        return [e.action for e in workspace.vault.audit.entries(workspace.vault.conn)]

    dialog = PrintPreviewDialog(
        job.info.title, build, ui_settings, release=release, file_name=job.info.file_name
    )
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=20000):
        dialog.show()
    assert "print-client-copy" not in actions()  # a preview is not a release

    out = tmp_path / "note.pdf"
    monkeypatch.setattr(SavePdfDialog, "ask", classmethod(lambda cls, p: SaveChoice(None)))
    monkeypatch.setattr(PrintPreviewDialog, "ask_save_path", classmethod(lambda cls, p, s: out))
    with qtbot.waitSignal(dialog.saved, timeout=20000):
        dialog.save_as_pdf()
    assert PdfReader(out).pages[0].extract_text().count("Dana R.") >= 1
    assert actions().count("print-client-copy") == 1

    ask, _calls = printer_to(tmp_path / "printed.pdf")
    monkeypatch.setattr(PrintPreviewDialog, "ask_printer", ask)
    with qtbot.waitSignal(dialog.printed, timeout=60000):
        dialog.print_document()
    assert actions().count("print-client-copy") == 2
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == dialog.page_count


def test_a_refused_release_prints_and_writes_nothing(
    qtbot, ui_settings, tmp_path, monkeypatch, informed
) -> None:
    warned: list[str] = []
    monkeypatch.setattr(
        Ask, "warn", classmethod(lambda cls, parent, title, text: warned.append(text))
    )
    reason = "The consent was revoked on March 19, 2026; nothing was released."
    handed: list[object] = []

    def refuse(built, deliver, on_done, on_error) -> None:  # type: ignore[no-untyped-def]
        handed.append(built)
        on_error(CounselorDeskError(reason))

    dialog = PrintPreviewDialog("Summary", handout_build, ui_settings, release=refuse)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=20000):
        dialog.show()
    printed = tmp_path / "printed.pdf"
    ask, calls = printer_to(printed)
    monkeypatch.setattr(PrintPreviewDialog, "ask_printer", ask)
    monkeypatch.setattr(SavePdfDialog, "ask", classmethod(lambda cls, p: SaveChoice(None)))
    saved = tmp_path / "saved.pdf"
    monkeypatch.setattr(PrintPreviewDialog, "ask_save_path", classmethod(lambda cls, p, s: saved))
    with qtbot.assertNotEmitted(dialog.printed), qtbot.assertNotEmitted(dialog.saved):
        dialog.print_document()
        dialog.save_as_pdf()
        QCoreApplication.processEvents()
    assert calls == [3]  # the printer was chosen, then the release was refused
    assert not printed.exists() and not saved.exists()
    assert warned == [reason, reason]
    assert handed and all(isinstance(built, bytes) for built in handed)
    assert dialog.act_print.isEnabled() and dialog.act_save.isEnabled()


# -- screenshots and import cost ---------------------------------------------------------


def test_screenshot_of_a_session_note_in_the_preview(qtbot, ui_settings) -> None:
    dialog = loaded_preview(qtbot, ui_settings, note_build)
    dialog.resize(900, 980)
    assert dialog.page_count >= 1
    # QPdfView renders pages on its own threads: paint once, let them finish, paint again.
    dialog.grab()
    qtbot.wait(500)
    shots = Path("/tmp/shots")
    shots.mkdir(exist_ok=True)
    dialog.grab().save(str(shots / "print_preview.png"))


def test_building_shows_progress(qtbot, ui_settings) -> None:
    gate = threading.Event()

    def held(progress, cancel) -> bytes:  # type: ignore[no-untyped-def]
        progress(4, 10)
        gate.wait(10)
        return handout_build(None, None)

    dialog = open_preview(qtbot, ui_settings, held)
    qtbot.waitUntil(lambda: dialog.progress.maximum() == 10, timeout=5000)
    assert dialog.progress.value() == 4
    assert dialog.progress.format() == "Page 4 of about 10"
    dialog.grab().save("/tmp/shots/print_preview_building.png")
    with qtbot.waitSignal(dialog.loaded, timeout=20000):
        gate.set()


def test_qtpdf_loads_only_when_a_preview_opens() -> None:
    code = (
        "import sys\n"
        "import counselor_desk.ui.main_window, counselor_desk.ui.print_preview\n"
        "import counselor_desk.ui.handouts_view\n"
        "loaded = [m for m in sys.modules if m.startswith(('PySide6.QtPdf', "
        "'PySide6.QtPrintSupport'))]\n"
        "print(loaded)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert result.stdout.strip() == "[]"
