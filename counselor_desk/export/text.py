"""Turning what people typed into safe paragraph markup.

ReportLab paragraphs read a small XML markup, so a counselor's "<3" or "A & B" must be
escaped, and control characters (which the PDF text layer cannot hold) dropped. Line
breaks the writer typed are kept.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b\ufeff]")


def clean(text: str) -> str:
    """The text without control characters; tabs become spaces; CRLF becomes LF."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    return _CONTROL.sub("", text)


def esc(text: str) -> str:
    """Paragraph markup showing `text` exactly, its line breaks kept."""
    lines = escape(clean(text)).split("\n")
    return "<br/>".join(lines)
