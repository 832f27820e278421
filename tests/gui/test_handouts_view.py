"""The handouts dialog: every shipped handout listed by title, read on screen, in the
client's language by default, and printed (large print too) through the print preview
with the same engine the command line uses."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, Qt
from test_accessibility import unnamed  # the window's own test of "every control is named"

from counselor_desk.domain.records import Language
from counselor_desk.export.document import PrintSetup
from counselor_desk.export.handout import handout_pdf
from counselor_desk.ui.handouts_view import (
    HandoutsDialog,
    handout_title,
    handouts_folder,
    list_handouts,
)
from counselor_desk.ui.print_preview import PrintPreviewDialog

PRINTED = datetime(2026, 3, 20, 15, 30, tzinfo=UTC)
PROGRAM = "Riverbend Recovery Program"


def first_heading(path: Path) -> str:
    return next(
        line[2:].strip() for line in path.read_text("utf-8").splitlines() if line.startswith("# ")
    )


@pytest.fixture
def previews(monkeypatch) -> list[dict]:  # type: ignore[no-untyped-def]
    """Stand-in for the modal preview: records what it was asked to show."""
    calls: list[dict] = []

    def preview(cls, title, build, settings, parent=None, *, file_name=None):  # type: ignore[no-untyped-def]
        calls.append({"title": title, "build": build, "settings": settings, "file": file_name})

    monkeypatch.setattr(PrintPreviewDialog, "preview", classmethod(preview))
    return calls


def make_dialog(qtbot, ui_settings, **kw) -> HandoutsDialog:  # type: ignore[no-untyped-def]
    kw.setdefault("clock", lambda: PRINTED)
    kw.setdefault("program", PROGRAM)
    dialog = HandoutsDialog(ui_settings, **kw)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):  # window shortcuts (Ctrl+P) need the active window
        dialog.show()
    return dialog


def test_every_handout_is_listed_by_its_title(qtbot, ui_settings) -> None:
    dialog = make_dialog(qtbot, ui_settings)
    files = sorted((handouts_folder() / "en").glob("*.md"))
    assert len(files) >= 8
    assert sorted(dialog.names()) == sorted(path.stem for path in files)
    titles = [dialog.list.item(row).text() for row in range(dialog.list.count())]
    assert sorted(titles) == sorted(first_heading(path) for path in files)
    assert titles == sorted(titles, key=str.casefold)
    assert dialog.current_language == "en"
    assert dialog.windowTitle() == "Handouts"
    assert unnamed(dialog) == []


def test_the_markdown_is_shown_as_text_not_markup(qtbot, ui_settings) -> None:
    dialog = make_dialog(qtbot, ui_settings)
    assert dialog.select("overdose_and_naloxone")
    shown = dialog.browser.toPlainText()
    assert shown.startswith(first_heading(handouts_folder() / "en" / "overdose_and_naloxone.md"))
    assert "911" in shown and "naloxone" in shown
    assert "# " not in shown and "**" not in shown
    headings = [
        block.text()
        for block in _blocks(dialog.browser.document())
        if block.blockFormat().headingLevel() == 2
    ]
    assert headings  # "## " lines are headings, not paragraphs


def _blocks(document):  # type: ignore[no-untyped-def]
    block = document.begin()
    while block.isValid():
        yield block
        block = block.next()


def test_the_clients_language_is_the_default_and_the_switch_keeps_the_handout(
    qtbot, ui_settings
) -> None:
    dialog = make_dialog(qtbot, ui_settings, language=Language.SPANISH)
    assert dialog.current_language == "es"
    assert dialog.select("methadone")
    assert dialog.current is not None
    assert dialog.current.title == first_heading(handouts_folder() / "es" / "methadone.md")
    assert "Metadona" in dialog.browser.toPlainText()
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.current is not None and dialog.current.name == "methadone"
    assert dialog.current.language == "en"
    assert dialog.browser.toPlainText().startswith("Methadone")


def test_large_print_makes_the_screen_text_larger(qtbot, ui_settings) -> None:
    dialog = make_dialog(qtbot, ui_settings)
    normal = dialog.browser.document().defaultFont().pointSizeF()
    dialog.large_print.setChecked(True)
    assert dialog.browser.document().defaultFont().pointSizeF() >= 14 > normal


def test_print_preview_builds_the_handout_in_its_language_and_size(
    qtbot, ui_settings, previews
) -> None:
    dialog = make_dialog(qtbot, ui_settings, language="es")
    dialog.select("coping_with_cravings")
    dialog.large_print.setChecked(True)
    qtbot.keyClick(dialog.list, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert len(previews) == 1
    call = previews[0]
    path = handouts_folder() / "es" / "coping_with_cravings.md"
    title = first_heading(path)
    assert call["title"] == title
    assert call["settings"] is ui_settings
    assert call["file"] == "coping_with_cravings-es.pdf"
    reports: list[tuple[int, int]] = []
    built = call["build"](lambda done, total: reports.append((done, total)), lambda: False)
    expected = handout_pdf(
        path.read_text("utf-8"),
        title,
        PrintSetup(PRINTED, program=PROGRAM, language="es"),
        large_print=True,
    )
    assert built == expected
    assert reports and reports[-1][0] == len(PdfReader(io.BytesIO(built)).pages)
    normal = handout_pdf(
        path.read_text("utf-8"), title, PrintSetup(PRINTED, program=PROGRAM, language="es")
    )
    assert built != normal  # large print is a different (longer) layout
    assert len(PdfReader(io.BytesIO(built)).pages) >= len(PdfReader(io.BytesIO(normal)).pages)


def test_enter_on_a_handout_and_the_button_open_the_preview(qtbot, ui_settings, previews) -> None:
    dialog = make_dialog(qtbot, ui_settings)
    dialog.select("peer_support")
    dialog.list.setFocus()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert [call["title"] for call in previews] == [
        first_heading(handouts_folder() / "en" / "peer_support.md")
    ] * 2


def test_the_preview_opens_with_the_real_pdf(qtbot, ui_settings, monkeypatch) -> None:
    opened: list[PrintPreviewDialog] = []

    def preview(cls, title, build, settings, parent=None, *, file_name=None):  # type: ignore[no-untyped-def]
        shown = cls(title, build, settings, parent, file_name=file_name)
        shown.show()  # a child of the handouts dialog, closed and deleted with it
        opened.append(shown)

    monkeypatch.setattr(PrintPreviewDialog, "preview", classmethod(preview))
    dialog = make_dialog(qtbot, ui_settings, language=Language.SPANISH)
    dialog.select("overdose_and_naloxone")
    dialog.resize(1000, 720)
    QCoreApplication.processEvents()  # the list lays its wrapped titles out after a resize
    dialog.grab().save("/tmp/shots/handouts_dialog.png")
    dialog.open_preview()
    assert len(opened) == 1
    qtbot.waitUntil(lambda: opened[0].page_count > 0, timeout=20000)
    opened[0].resize(900, 980)
    opened[0].grab()  # QPdfView renders on its own threads: ask, let them finish, then grab
    qtbot.wait(500)
    opened[0].grab().save("/tmp/shots/handout_preview_es.png")
    assert "Naloxona" in opened[0].windowTitle() or "naloxona" in opened[0].windowTitle()


def test_handout_titles_come_from_the_first_heading(tmp_path) -> None:
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "b_sheet.md").write_text("Intro line\n# Zebra facts\n\nText.\n", "utf-8")
    (tmp_path / "en" / "a_sheet.md").write_text("No heading here.\n", "utf-8")
    found = list_handouts("en", tmp_path)
    assert [(h.name, h.title) for h in found] == [
        ("a_sheet", "a sheet"),
        ("b_sheet", "Zebra facts"),
    ]
    assert handout_title("# Title #\n", "x") == "Title"
    assert list_handouts("es", tmp_path) == []
