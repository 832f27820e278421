"""Full-text search (FTS5) over notes, addenda, counseling notes, worksheets and client names."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime

from counselor_desk.vault.connection import Connection
from counselor_desk.vault.rows import s2t, t2s

# The index rows of one record: found through the index on FTS5's content table (c1 is
# kind, c2 ref_id; see migration 6), never by reading every row.
REF_ROWS = "rowid IN (SELECT id FROM search_index_content WHERE c2 = ? AND c1 = ?)"


def index_text(
    conn: Connection, kind: str, ref_id: str, client_id: str, at: datetime | None, body: str
) -> None:
    """Put a record's searchable words in the index (replacing what it held), in the
    caller's transaction: for records whose words come from Python, not a trigger."""
    cursor = conn.execute(f"UPDATE search_index SET body=? WHERE {REF_ROWS}", (body, ref_id, kind))
    if cursor.rowcount == 0:
        conn.execute(
            "INSERT INTO search_index(body, kind, ref_id, client_id, at) VALUES (?, ?, ?, ?, ?)",
            (body, kind, ref_id, client_id, t2s(at) if at else None),
        )


# Words as the unicode61 tokenizer sees them: letters, digits, and marks in between.
_WORD = re.compile(r"\w+", re.UNICODE)


def match_expression(text: str, *, prefix_last: bool = True) -> str | None:
    """Each word the user typed, quoted (so `dana"` or `o-neil` is never a syntax error);
    the last one prefix-matched while typing. None when there is nothing to search."""
    # NFC first: a pasted decomposed letter (n + U+0303) would otherwise split a word.
    words = _WORD.findall(unicodedata.normalize("NFC", text))
    if not words:
        return None
    quoted = ['"' + w.replace('"', '""') + '"' for w in words]
    if prefix_last and not text[-1:].isspace():
        quoted[-1] += " *"
    return " ".join(quoted)


@dataclass(frozen=True)
class SearchHit:
    kind: str  # client, note, addendum, counseling-note, worksheet, plan, network
    ref_id: str
    client_id: str
    client_name: str
    at: datetime | None
    snippet: str


def search(
    conn: Connection,
    text: str,
    *,
    limit: int = 50,
    marks: tuple[str, str] = ("[", "]"),
    include_archived: bool = True,
) -> list[SearchHit]:
    """Best matches first (bm25), each with a short snippet around the words found."""
    expression = match_expression(text)
    if expression is None:
        return []
    archived = "" if include_archived else "AND c.archived = 0"
    rows = conn.execute(
        "SELECT s.kind, s.ref_id, s.client_id, c.display_name, s.at,"
        " snippet(search_index, 0, ?, ?, '…', 12)"
        " FROM search_index s JOIN clients c ON c.id = s.client_id"
        f" WHERE search_index MATCH ? {archived}"
        " ORDER BY rank LIMIT ?",
        (marks[0], marks[1], expression, limit),
    )
    return [
        SearchHit(
            kind=row[0],
            ref_id=row[1],
            client_id=row[2],
            client_name=row[3],
            at=s2t(row[4]),
            snippet=" ".join(str(row[5]).split()),
        )
        for row in rows
    ]
