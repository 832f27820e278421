"""Wiring: builds the settings and the main window and starts Qt. The only place the
parts meet."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from counselor_desk import __version__
from counselor_desk.vault.locations import default_vaults_dir
from counselor_desk.vault.store import disable_core_dumps


def _display_missing() -> bool:
    """On Linux with no X or Wayland display, Qt would abort with a long message."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def main(argv: list[str] | None = None) -> int:
    """`counselor-desk`: the window with no arguments, else the command line."""
    args = sys.argv[1:] if argv is None else argv
    if not args:
        return run_window()
    from counselor_desk.cli import main as cli_main

    return cli_main(args)


def run_window(argv: list[str] | None = None, vaults_root: Path | None = None) -> int:
    """Start the window; returns the exit code when it closes."""
    if _display_missing():
        print(
            "counselor-desk: there is no display to open the window on; run it from a "
            "desktop session (the command-line tools work here: counselor-desk --help).",
            file=sys.stderr,
        )
        return 1
    disable_core_dumps()
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
    from PySide6.QtWidgets import QApplication

    from counselor_desk.ui.main_window import MainWindow
    from counselor_desk.ui.ui_settings import UiSettings

    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Counselor Desk")
    app.setOrganizationName("CounselorDesk")
    app.setApplicationVersion(__version__)
    # Qt's own dialogs (buttons, file dialogs) in the system language, e.g. Spanish.
    qt_translator = QTranslator(app)
    translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_translator.load(QLocale.system(), "qtbase", "_", translations):
        app.installTranslator(qt_translator)
    ours = QTranslator(app)
    i18n = Path(__file__).resolve().parents[1] / "resources" / "i18n"
    if ours.load(QLocale.system(), "counselor_desk", "_", str(i18n)):
        app.installTranslator(ours)

    window = MainWindow(vaults_root or default_vaults_dir(), UiSettings())
    window.show()
    return app.exec()
