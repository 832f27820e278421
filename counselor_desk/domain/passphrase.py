"""Passphrase strength, judged the NIST 800-63B way: length and guessability, not symbol rules."""

from __future__ import annotations

import functools
import random
import re
import secrets
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from counselor_desk.domain.errors import WeakPassphrase

__all__ = [
    "MAX_CHECKED_LENGTH",
    "MIN_LENGTH",
    "MIN_SCORE",
    "Strength",
    "assess_passphrase",
    "check_passphrase",
    "suggest_passphrase",
]

MIN_LENGTH = 12
MIN_SCORE = 3
# zxcvbn slows down sharply on long inputs (and refuses more than 72 characters); anything
# longer is strong by length alone.
MAX_CHECKED_LENGTH = 72

_SHORT_MESSAGE = (
    f"Too short: use at least {MIN_LENGTH} characters; a few unrelated words work well."
)
_DEFAULT_ADVICE = "Add another word or two; unrelated, uncommon words work best."

# Suggestion words: common enough to spell and remember, not so common they are guessed first.
_MIN_RANK = 500
_MAX_RANK = 20000
_MIN_WORD = 4
_MAX_WORD = 8
_MIN_SUGGESTED_WORDS = 3
_MAX_SUGGESTION_TRIES = 1000
# The program is used in addiction treatment, often with a client in the room: never offer
# a passphrase built from words about violence, death, disease or drugs.
_UNSUITABLE_TEXT = """
    abuse abuses alcohols assault assaults attack attacked attacks beheaded bombing bombings
    bombs brothels burial burials cancers cartels convicts deaths disease diseases executed
    genocide gunfight gunmen guns hanged heroine heroines illness injured injuries injuring
    injury inmates jailed jihad killings lynching massacre mourners nazi nazis nazism orphaned
    pistols prisons qaeda racism rifle rifles rioters rioting riots sexes sexism siege sieges
    slavery slaves taliban tobacco tomb tombs toxicity tumors victims warfare weaponry weapons
    widow widowed widows wineries winery wounded wounding
"""
_UNSUITABLE_WORDS = frozenset(_UNSUITABLE_TEXT.split())

# zxcvbn keeps the user inputs in a module-level dictionary, so concurrent calls would see
# each other's inputs.
_ZXCVBN_LOCK = threading.Lock()


@dataclass(frozen=True)
class Strength:
    """How strong a passphrase is, in words a counselor can act on."""

    score: int  # zxcvbn score, 0 (trivial) to 4 (very strong)
    acceptable: bool
    message: str
    suggestion: str


def assess_passphrase(passphrase: str, user_inputs: Sequence[str] = ()) -> Strength:
    """Rate a passphrase; user_inputs (such as the vault name) count as easy to guess."""
    if len(passphrase) > MAX_CHECKED_LENGTH:
        return Strength(4, True, "Strong: a passphrase this long is hard to guess.", "")
    if not passphrase:
        return Strength(0, False, _SHORT_MESSAGE, _DEFAULT_ADVICE)  # zxcvbn fails on ""
    inputs = [text for text in user_inputs if text]
    with _ZXCVBN_LOCK:
        from zxcvbn import zxcvbn  # 30 ms to import: only when a passphrase is judged

        result: dict[str, Any] = zxcvbn(passphrase, user_inputs=inputs)
    score = int(result["score"])
    feedback = result.get("feedback") or {}
    warning = str(feedback.get("warning") or "").strip()
    tips = [str(tip).strip() for tip in feedback.get("suggestions") or () if tip]
    advice = " ".join(tips) or _DEFAULT_ADVICE

    if len(passphrase) < MIN_LENGTH:
        return Strength(score, False, _SHORT_MESSAGE, advice)
    if score < MIN_SCORE:
        if _uses_user_input(result):
            reason = "it contains the vault name or another detail already known about you"
        elif warning:
            reason = _as_clause(warning)
        else:
            reason = _as_clause(tips[0] if tips else _DEFAULT_ADVICE)
        return Strength(score, False, f"Too easy to guess: {reason}.", advice)
    if score == MIN_SCORE:
        return Strength(score, True, "Strong enough.", "A longer passphrase would be stronger.")
    return Strength(score, True, "Strong.", "")


def check_passphrase(passphrase: str, user_inputs: Sequence[str] = ()) -> None:
    """Raise WeakPassphrase, with a concrete example to try, unless the passphrase is acceptable."""
    strength = assess_passphrase(passphrase, user_inputs)
    if strength.acceptable:
        return
    example = suggest_passphrase()
    raise WeakPassphrase(
        f'{strength.message} {strength.suggestion} Try something like "{example}".',
        example,
    )


def suggest_passphrase(rng: random.Random | None = None, words: int = 4) -> str:
    """Return random dictionary words joined by '-' that themselves pass assess_passphrase."""
    if words < _MIN_SUGGESTED_WORDS:
        raise ValueError(f"a suggested passphrase needs at least {_MIN_SUGGESTED_WORDS} words")
    chooser = rng if rng is not None else secrets.SystemRandom()
    pool = _word_pool()
    for _ in range(_MAX_SUGGESTION_TRIES):
        candidate = "-".join(chooser.choice(pool) for _ in range(words))
        if assess_passphrase(candidate).acceptable:
            return candidate
    # Practically unreachable: almost every draw of three or more such words passes.
    raise RuntimeError("could not find an acceptable passphrase suggestion")


@functools.cache
def _word_pool() -> tuple[str, ...]:
    from zxcvbn.frequency_lists import FREQUENCY_LISTS

    ranked = FREQUENCY_LISTS["english_wikipedia"]
    if isinstance(ranked, str):  # older zxcvbn releases ship the list as one string
        ranked = ranked.split(",")
    return tuple(
        word
        for rank, word in enumerate(ranked, start=1)
        if _MIN_RANK <= rank <= _MAX_RANK
        and _MIN_WORD <= len(word) <= _MAX_WORD
        and word.isascii()
        and word.isalpha()
        and word.islower()
        and word not in _UNSUITABLE_WORDS
    )


def _uses_user_input(result: dict[str, Any]) -> bool:
    return any(
        match.get("dictionary_name") == "user_inputs" for match in result.get("sequence", ())
    )


def _as_clause(sentence: str) -> str:
    # zxcvbn speaks of "passwords"; counselors are asked for a passphrase.
    # Joining zxcvbn's sentences with semicolons keeps the message to one sentence.
    text = sentence.strip().rstrip(".").replace("password", "passphrase")
    text = re.sub(r"\.\s+(\w)", lambda m: "; " + m.group(1).lower(), text)
    return text[:1].lower() + text[1:]
