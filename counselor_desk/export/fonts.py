"""DejaVu Sans, embedded in every PDF: it covers Spanish and the symbols printed (☐ ☑ ✂).

The fonts ship in `resources/fonts/` beside the package, found the same way as the
worksheet files, so a source checkout and the PyInstaller folder behave alike.
ReportLab keeps registered fonts in its own process-wide table; registering is
idempotent, so every document builder may call `register_fonts()` first.
"""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

SANS = "DejaVuSans"
SANS_BOLD = "DejaVuSans-Bold"
SANS_ITALIC = "DejaVuSans-Oblique"
SANS_BOLD_ITALIC = "DejaVuSans-BoldOblique"
MONO = "DejaVuSansMono"

_FILES: dict[str, str] = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    SANS_ITALIC: "DejaVuSans-Oblique.ttf",
    SANS_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
    MONO: "DejaVuSansMono.ttf",
}


# ReportLab's font table is process-wide; a document may be built on a worker thread
# while another is previewed, so the first registration happens under a lock.
_REGISTERING = threading.Lock()


def fonts_dir() -> Path:
    """The shipped font files (and their LICENSE), beside the package."""
    return Path(__file__).resolve().parents[2] / "resources" / "fonts"


def register_fonts() -> None:
    """Register the DejaVu faces with ReportLab once; later calls do nothing."""
    with _REGISTERING:
        registered = set(pdfmetrics.getRegisteredFontNames())
        if registered.issuperset(_FILES):
            return
        folder = fonts_dir()
        for name, file in _FILES.items():
            if name not in registered:
                pdfmetrics.registerFont(TTFont(name, str(folder / file)))
        # <b> and <i> inside paragraphs pick the right face through this mapping.
        addMapping(SANS, 0, 0, SANS)
        addMapping(SANS, 1, 0, SANS_BOLD)
        addMapping(SANS, 0, 1, SANS_ITALIC)
        addMapping(SANS, 1, 1, SANS_BOLD_ITALIC)
