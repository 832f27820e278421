"""The core's error sentences in the window's language.

The core (domain, services, vault, export) never imports Qt, so it writes its errors in
English. resources/i18n/errors_<language>.json maps each English sentence, written as a
template, to its translation: `{0}`, `{1}`, … stand for the values the code puts in, in
the order they appear in the English (the translation may reorder them), and `{{` `}}`
are literal braces. tests/gui/test_error_text.py builds the templates from the source,
so every sentence the core can raise has its translation.

A message is matched whole against the templates, the one with the most literal text
first; the values it carries come back in the translation, themselves translated when
the catalog has them (a nested error, or a word the code chose such as "digits").
Failing that, several sentences the code joined are translated one by one, and a
location before a sentence ("goals[0]: must be text") is kept as it is. A message
nothing matches, and any message when the catalog is missing or unreadable, comes back
unchanged: this never raises.
"""

from __future__ import annotations

import itertools
import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"

SOURCE_LANGUAGE = "en"

# `{{`, `}}` (literal braces) or a numbered field `{0}`.
FIELD = re.compile(r"\{\{|\}\}|\{(\d+)\}")

# How deep values, joined sentences and locations are translated in turn.
_DEPTH = 3
# Longer than any sentence of the core: left as it is (bounds the regex work).
_LONGEST = 8000
# A break between two sentences the code joined: after . ! or ?, before the next one.
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=\S)")
_MOST_SENTENCES = 12
# A value reaching into the next sentence: end of one, then a capital.
_NEW_SENTENCE = re.compile(r"[.!?]\s+[A-Z¿¡]")
# Where a location ends and its sentence starts ("plan.problems[0]: must be text").
_LOCATION_END = re.compile(r": (?=\S)")
_MOST_LOCATIONS = 3
# A template with no word in it ("{0}: {1}") is the same in every language.
_WORD = re.compile(r"[^\W\d_]{2}")


def template_fields(template: str) -> list[int]:
    """The field numbers of a template, in the order they appear."""
    return [int(m.group(1)) for m in FIELD.finditer(template) if m.group(1) is not None]


def template_words(template: str) -> str:
    """A template's literal text: its fields taken out, braces unescaped."""
    return FIELD.sub(lambda m: "" if m.group(1) is not None else m.group(0)[0], template)


def has_words(template: str) -> bool:
    """Whether a template says anything to translate (not only fields and punctuation)."""
    return _WORD.search(template_words(template)) is not None


@dataclass(frozen=True)
class _Template:
    pattern: re.Pattern[str]
    literals: tuple[str, ...]  # each occurs in any message it matches: a quick test first
    head: str  # how such a message starts and ends (the same quick test)
    tail: str
    fields: tuple[int, ...]  # the field number of each group of the pattern
    translation: str

    @property
    def weight(self) -> int:
        return sum(map(len, self.literals))


def _compile(english: str, translation: str) -> _Template:
    pattern: list[str] = []
    literals: list[str] = []
    fields: list[int] = []
    literal = ""
    at = 0
    for found in FIELD.finditer(english):
        literal += english[at : found.start()]
        at = found.end()
        if found.group(1) is None:
            literal += found.group(0)[0]
            continue
        pattern.append(re.escape(literal))
        literals.append(literal)
        literal = ""
        number = int(found.group(1))
        if number in fields:  # the same value twice: it must be the same text
            pattern.append(f"(?P=f{number})")
        else:
            pattern.append(f"(?P<f{number}>.*?)")
            fields.append(number)
    literal += english[at:]
    pattern.append(re.escape(literal))
    literals.append(literal)
    return _Template(
        re.compile("".join(pattern), re.DOTALL),
        tuple(text for text in literals if text),
        literals[0],
        literals[-1],
        tuple(fields),
        translation,
    )


@cache
def _templates(language: str) -> tuple[_Template, ...]:
    """The catalog of `language`, most literal text first; empty when there is none or
    it cannot be read."""
    try:
        text = (I18N / f"errors_{language}.json").read_text(encoding="utf-8")
        catalog = json.loads(text)
    except (OSError, UnicodeDecodeError, ValueError, RecursionError):
        return ()
    if not isinstance(catalog, dict):
        return ()
    templates = []
    for english, translation in catalog.items():
        if not isinstance(translation, str) or not has_words(english):
            continue
        if set(template_fields(translation)) - set(template_fields(english)):
            continue  # a value the English does not carry: cannot be filled in
        try:
            templates.append(_compile(english, translation))
        except re.error:  # pragma: no cover - re.escape keeps every pattern valid
            continue
    templates.sort(key=lambda t: t.weight, reverse=True)
    return tuple(templates)


def forget_catalogs() -> None:
    """Read the catalogs again on next use (tests that change or remove one)."""
    _templates.cache_clear()


def translate_error(message: str, language: str) -> str:
    """`message` (an English error sentence of the core) in `language`, "en" or "es";
    the English unchanged when the catalog has no template for it."""
    if language == SOURCE_LANGUAGE or not message:
        return message
    templates = _templates(language)
    if not templates:
        return message
    translated = _translate(message, templates, 0)
    return message if translated is None else translated


def _translate(text: str, templates: tuple[_Template, ...], depth: int) -> str | None:
    if len(text) > _LONGEST or depth > _DEPTH:
        return None
    # A value that runs over into another sentence most likely means sentences the code
    # joined ("A name is needed. Role is 300 characters long; …" is not "{0} is {1}
    # characters long; …"): those are tried one by one before such a match is taken.
    translated = _whole(text, templates, depth, within_sentence=True)
    if translated is None:
        translated = _sentences(text, templates, depth)
    if translated is None:
        translated = _whole(text, templates, depth, within_sentence=False)
    if translated is not None:
        return translated
    for end in itertools.islice(_LOCATION_END.finditer(text), _MOST_LOCATIONS):
        rest = _translate(text[end.end() :], templates, depth + 1)
        if rest is not None:
            return text[: end.end()] + rest
    return None


def _whole(
    text: str, templates: tuple[_Template, ...], depth: int, *, within_sentence: bool = False
) -> str | None:
    """`text` as one template of the catalog, its values put back (and translated when
    they are themselves sentences of the catalog); `within_sentence`: only a match no
    value of which starts a new sentence."""
    for template in templates:
        if not (
            text.startswith(template.head)
            and text.endswith(template.tail)
            and all(literal in text for literal in template.literals)
        ):
            continue
        found = template.pattern.fullmatch(text)
        if found is None:
            continue
        captured = {number: found.group(f"f{number}") for number in template.fields}
        if within_sentence and any(map(_NEW_SENTENCE.search, captured.values())):
            continue
        values: dict[int, str] = {}
        for number, value in captured.items():
            if value and depth < _DEPTH:
                value = _translate(value, templates, depth + 1) or value
            values[number] = value
        return fill(template.translation, values)
    return None


def fill(template: str, values: dict[int, str]) -> str:
    """A template with its fields replaced by `values` (a field without one: nothing)."""
    return FIELD.sub(
        lambda m: values.get(int(m.group(1)), "") if m.group(1) else m.group(0)[0], template
    )


def _sentences(text: str, templates: tuple[_Template, ...], depth: int) -> str | None:
    """Sentences the code joined with spaces ("A name is needed. … is too long."), each
    matched on its own; None unless every one of them is in the catalog."""
    breaks = list(_SENTENCE_BREAK.finditer(text))
    if not breaks or len(breaks) >= _MOST_SENTENCES:
        return None
    starts = [0] + [b.end() for b in breaks]
    ends = [b.start() for b in breaks] + [len(text)]
    count = len(starts)
    # best[i]: the translation of sentences i.. to the end, as consecutive templates.
    best: list[str | None] = [None] * count + [""]
    for first in reversed(range(count)):
        for last in range(first, count):
            if best[last + 1] is None or (first, last) == (0, count - 1):
                continue  # the whole text was already tried
            piece = _whole(
                text[starts[first] : ends[last]], templates, depth + 1, within_sentence=True
            )
            if piece is not None:
                gap = text[ends[last] : starts[last + 1]] if last + 1 < count else ""
                best[first] = piece + gap + str(best[last + 1])
                break
    return best[0]
