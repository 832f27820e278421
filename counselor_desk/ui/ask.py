"""Every question the window asks the counselor goes through here, so tests replace one
function instead of poking at modal dialogs with timers."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def tr(text: str) -> str:
    return QCoreApplication.translate("Ask", text)


class Ask:
    """Class methods so a test can monkeypatch e.g. `Ask.confirm` with a lambda."""

    @classmethod
    def confirm(cls, parent: QWidget | None, title: str, text: str, detail: str = "") -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if detail:
            box.setInformativeText(detail)
        return box.exec() == QMessageBox.StandardButton.Yes

    @classmethod
    def inform(cls, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    @classmethod
    def warn(cls, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

    @classmethod
    def folder(cls, parent: QWidget | None, title: str, start: Path | None = None) -> Path | None:
        chosen = QFileDialog.getExistingDirectory(parent, title, str(start or Path.home()))
        return Path(chosen) if chosen else None
