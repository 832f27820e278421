"""Any failure as one clear sentence for the counselor, in the window's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from counselor_desk.domain.errors import CounselorDeskError


def ui_language() -> str:
    """The language the window speaks ("en" or "es"), as the installed translation says."""
    code = QCoreApplication.translate(
        "WorksheetsView",
        "en",
        "The two-letter code of the language of this translation (es for Spanish)",
    )
    # domain.worksheets is not imported at start-up (the unlock window imports this file).
    from counselor_desk.domain.worksheets import LANGUAGES

    return code if code in LANGUAGES else "en"


def describe(exc: BaseException) -> str:
    """One clear sentence for any failure a service raises."""
    if isinstance(exc, CounselorDeskError):
        # The core writes English; resources/i18n/errors_<language>.json says it in the
        # window's language.
        from counselor_desk.ui.error_text import translate_error  # on the first error

        return translate_error(str(exc), ui_language())
    if _is_damage(exc):
        return QCoreApplication.translate(
            "Workspace",
            "The vault could not be read: part of it is damaged. Lock it, then restore the "
            "newest backup (counselor-desk restore … --replace-damaged).",
        )
    sentence = QCoreApplication.translate(
        "Workspace", "Something went wrong and nothing was changed (%1)."
    )
    return sentence.replace("%1", type(exc).__name__)


def _is_damage(exc: BaseException) -> bool:
    """A read SQLite/SQLCipher refused as damaged (checked by name: the window does not
    import the database driver before a vault is open)."""
    if not type(exc).__module__.startswith("sqlcipher3"):
        return False
    text = str(exc).lower()
    return any(word in text for word in ("malformed", "corrupt", "not a database", "hmac"))
