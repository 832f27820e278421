"""Client handouts: a small Markdown subset turned into flowables, printed large.

The handout files (resources/handouts/{en,es}/*.md) use only: `#`, `##` and `###`
headings, paragraphs, `-`/`*` bullet lists, `1.` numbered lists, `> ` call-out lines,
`**bold**`, `*italic*`, `---` for a rule, and hard line breaks inside list items.
Body text is 12 pt, or 14 pt in large print (DESIGN.md). Anything else prints as
plain text, never as markup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, HRFlowable, Paragraph, Spacer

from counselor_desk.domain.records import Client
from counselor_desk.export.document import (
    Context,
    PageHeader,
    PrintSetup,
    build_pdf,
    frame_width,
    make_context,
)
from counselor_desk.export.flowables import callout
from counselor_desk.export.fonts import SANS
from counselor_desk.export.styles import CLIENT_SIZE, LARGE_PRINT_SIZE, RULE
from counselor_desk.export.text import esc

_BOLD = re.compile(r"\*\*(.+?)\*\*")
_ITALIC = re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])")
_BULLET = re.compile(r"^\s*[-*]\s+(.*)$")
_NUMBERED = re.compile(r"^\s*(\d+)[.)]\s+(.*)$")
_HEADING = re.compile(r"^(#{1,3})\s+(.*?)\s*#*$")


def inline(text: str) -> str:
    """Paragraph markup for one line of handout text: escaped, then **bold** and *italic*."""
    markup = esc(text)
    markup = _BOLD.sub(r"<b>\1</b>", markup)
    return _ITALIC.sub(r"<i>\1</i>", markup)


@dataclass(frozen=True)
class _Block:
    kind: str  # heading1..3, para, bullet, numbered, quote, rule
    text: str
    number: str = ""


def _blocks(markdown: str) -> list[_Block]:
    blocks: list[_Block] = []
    paragraph: list[str] = []
    quote: list[str] = []

    def flush() -> None:
        if paragraph:
            blocks.append(_Block("para", " ".join(line.strip() for line in paragraph)))
            paragraph.clear()
        if quote:
            blocks.append(_Block("quote", "\n".join(quote)))
            quote.clear()

    for raw in markdown.replace("\r\n", "\n").split("\n"):
        line = raw.rstrip()
        if not line.strip():
            flush()
            continue
        heading = _HEADING.match(line)
        bullet = _BULLET.match(line)
        numbered = _NUMBERED.match(line)
        if line.strip() in ("---", "***", "___"):
            flush()
            blocks.append(_Block("rule", ""))
        elif heading:
            flush()
            blocks.append(_Block(f"heading{len(heading.group(1))}", heading.group(2)))
        elif line.lstrip().startswith(">"):
            if paragraph:
                flush()
            quote.append(line.lstrip()[1:].strip())
        elif bullet:
            flush()
            blocks.append(_Block("bullet", bullet.group(1)))
        elif numbered:
            flush()
            blocks.append(_Block("numbered", numbered.group(2), numbered.group(1)))
        elif raw.startswith(("  ", "\t")) and blocks and blocks[-1].kind in ("bullet", "numbered"):
            last = blocks.pop()  # a continuation line of a list item
            blocks.append(_Block(last.kind, f"{last.text} {line.strip()}", last.number))
        else:
            if quote:
                flush()
            paragraph.append(line)
    flush()
    return blocks


def balanced(text: str, style: ParagraphStyle, width: float) -> str:
    """Paragraph markup for a heading that breaks into lines of even length, so a wrapped
    title never leaves one word alone on its last line. Text with inline markup, or that
    fits on one line, is left to wrap as usual."""
    markup = inline(text)
    words = text.split()
    if markup != esc(text) or len(words) < 2:
        return markup
    font, size = style.fontName, style.fontSize
    space = stringWidth(" ", font, size)
    widths = [stringWidth(word, font, size) for word in words]

    def lines_at(limit: float) -> list[list[int]] | None:
        lines: list[list[int]] = [[]]
        used = 0.0
        for index, word in enumerate(widths):
            if word > limit:
                return None
            if lines[-1] and used + space + word > limit:
                lines.append([])
                used = 0.0
            used += (space if lines[-1] else 0.0) + word
            lines[-1].append(index)
        return lines

    usual = lines_at(width)
    if usual is None or len(usual) < 2:
        return markup
    low, high = width / len(usual), width
    for _ in range(24):  # the narrowest measure that still takes no more lines
        middle = (low + high) / 2
        tried = lines_at(middle)
        if tried is not None and len(tried) <= len(usual):
            high = middle
        else:
            low = middle
    even = lines_at(high) or usual
    return "<br/>".join(esc(" ".join(words[i] for i in line)) for line in even)


def title_style(ctx: Context) -> ParagraphStyle:
    """The handout's `#` title: the document title style with room below it."""
    s = ctx.styles
    return ParagraphStyle("handout_title", parent=s.title, spaceAfter=s.base * 0.9, keepWithNext=1)


def handout_story(ctx: Context, markdown: str) -> list[Flowable]:
    """Flowables for a handout body in the context's type size."""
    s = ctx.styles
    base = s.base
    width = frame_width()
    title = title_style(ctx)
    bullet = ParagraphStyle(
        "handout_bullet",
        parent=s.body,
        leftIndent=base * 1.6,
        bulletIndent=base * 0.4,
        spaceAfter=base * 0.3,
        bulletFontSize=base,
        bulletFontName=SANS,
    )
    story: list[Flowable] = []
    for block in _blocks(markdown):
        if block.kind == "heading1":
            story.append(Paragraph(balanced(block.text, title, width), title))
        elif block.kind == "heading2":
            story.append(Paragraph(balanced(block.text, s.h1, width), s.h1))
        elif block.kind == "heading3":
            story.append(Paragraph(balanced(block.text, s.h2, width), s.h2))
        elif block.kind == "bullet":
            story.append(Paragraph(inline(block.text), bullet, bulletText="•"))
        elif block.kind == "numbered":
            story.append(Paragraph(inline(block.text), bullet, bulletText=f"{block.number}."))
        elif block.kind == "quote":
            lines = [Paragraph(inline(line), s.body) for line in block.text.split("\n") if line]
            story.append(Spacer(1, base * 0.3))
            story.append(callout(lines, frame_width()))
            story.append(Spacer(1, base * 0.5))
        elif block.kind == "rule":
            story.append(
                HRFlowable(
                    width="100%", thickness=0.7, color=RULE, spaceBefore=base, spaceAfter=base
                )
            )
        else:
            story.append(Paragraph(inline(block.text), s.body))
    return story


def handout_pdf(
    markdown: str,
    title: str,
    setup: PrintSetup,
    *,
    large_print: bool = False,
    client: Client | None = None,
) -> bytes:
    """A handout as PDF bytes: 12 pt body, or 14 pt with `large_print`, in the setup's
    language or else `client`'s preferred one. The title goes in the page header; the
    Markdown's own `#` heading, if any, opens the page."""
    size = LARGE_PRINT_SIZE if large_print else CLIENT_SIZE
    ctx = make_context(setup, client, base_size=size)
    story = handout_story(ctx, markdown)
    if not any(block.kind == "heading1" for block in _blocks(markdown)[:1]):
        style = title_style(ctx)
        story.insert(0, Paragraph(balanced(title, style, frame_width()), style))
    # No client name: a handout goes home and may be left anywhere; its subject alone
    # must not tie a name to addiction treatment.
    header = PageHeader(title, confidential=False)
    return build_pdf(ctx, header, story)
