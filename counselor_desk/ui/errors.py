"""Any failure as one clear sentence for the counselor."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from counselor_desk.domain.errors import CounselorDeskError


def describe(exc: BaseException) -> str:
    """One clear sentence for any failure a service raises."""
    if isinstance(exc, CounselorDeskError):
        return str(exc)
    sentence = QCoreApplication.translate(
        "Workspace", "Something went wrong and nothing was changed (%1)."
    )
    return sentence.replace("%1", type(exc).__name__)
