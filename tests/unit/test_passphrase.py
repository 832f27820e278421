"""Passphrase strength: NIST 800-63B style (length and guessability), via zxcvbn."""

from __future__ import annotations

import random

import pytest

from counselor_desk.domain.errors import WeakPassphrase
from counselor_desk.domain.passphrase import (
    Strength,
    assess_passphrase,
    check_passphrase,
    suggest_passphrase,
)


@pytest.mark.parametrize(
    "weak",
    [
        "password123",
        "counselor",
        "password",
        "",
        "abc",
        "aaaaaaaaaaaaaaaa",
        "passwordpassword",
        "qwertyuiopasdfgh",
        "123456789012",
        "Password1234",
    ],
)
def test_weak_passphrases_are_refused_with_a_message(weak: str) -> None:
    strength = assess_passphrase(weak)
    assert not strength.acceptable
    assert strength.score < 3 or len(weak) < 12
    assert strength.message
    assert strength.message.endswith(".")
    with pytest.raises(WeakPassphrase) as caught:
        check_passphrase(weak)
    message = str(caught.value)
    assert message.startswith(strength.message)
    assert message.endswith(f'Try something like "{caught.value.suggestion}".')
    assert assess_passphrase(caught.value.suggestion).acceptable


@pytest.mark.parametrize("short", ["password123", "counselor", "Zq8#vL2!pX"])
def test_short_passphrases_say_so(short: str) -> None:
    strength = assess_passphrase(short)
    assert strength.message == (
        "Too short: use at least 12 characters; a few unrelated words work well."
    )


def test_short_but_random_is_still_refused() -> None:
    # Length is a rule on its own, not only a factor in the score.
    strength = assess_passphrase("Zq8#vL2!pX")
    assert strength.score >= 3
    assert not strength.acceptable


def test_common_passphrase_uses_zxcvbn_warning_in_one_sentence() -> None:
    strength = assess_passphrase("passwordpassword")
    assert strength.message.startswith("Too easy to guess: ")
    assert "password" not in strength.message  # zxcvbn's wording adapted to "passphrase"
    assert strength.message.count(". ") == 0  # one sentence
    assert strength.suggestion


def test_weak_without_warning_still_explains() -> None:
    strength = assess_passphrase("helloworld12")
    assert not strength.acceptable
    assert strength.message.startswith("Too easy to guess: ")
    assert strength.message.count(". ") == 0


def test_vault_name_counts_as_guessable() -> None:
    phrase = "riversidecounseling1"
    alone = assess_passphrase(phrase)
    with_name = assess_passphrase(phrase, user_inputs=["riversidecounseling"])
    assert with_name.score < alone.score
    assert not with_name.acceptable
    assert "vault name" in with_name.message


def test_empty_user_inputs_are_ignored() -> None:
    assert assess_passphrase("maple-orbit-candle-harbor", ["", ""]).acceptable


@pytest.mark.parametrize(
    "strong",
    [
        "maple-orbit-candle-harbor",
        "violet tractor sings quietly",
        "lantern gravel pickle umbrella",
        "Correct Horse Battery Staple",
    ],
)
def test_long_random_words_are_accepted(strong: str) -> None:
    strength = assess_passphrase(strong)
    assert strength.acceptable
    assert strength.score >= 3
    assert strength.message.startswith("Strong")
    check_passphrase(strong)  # does not raise


def test_exactly_twelve_characters_can_pass() -> None:
    strength = assess_passphrase("Zq8#vL2!pX7m")
    assert len("Zq8#vL2!pX7m") == 12
    assert strength.acceptable


def _no_zxcvbn(monkeypatch: pytest.MonkeyPatch) -> None:
    """Past 72 characters the length decides: zxcvbn (slow on long text) is never asked."""
    import zxcvbn

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("zxcvbn was called for a passphrase over 72 characters")

    monkeypatch.setattr(zxcvbn, "zxcvbn", refuse)


def test_longer_than_72_is_strong_by_length(monkeypatch: pytest.MonkeyPatch) -> None:
    _no_zxcvbn(monkeypatch)
    strength = assess_passphrase("a" * 73)
    assert strength == Strength(4, True, strength.message, strength.suggestion)


def test_very_long_input_is_judged_by_length_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    _no_zxcvbn(monkeypatch)
    for _ in range(3):
        assert assess_passphrase("x" * 100_000).acceptable


def test_only_first_72_characters_are_judged() -> None:
    # 72 characters is judged by zxcvbn (and a repeat of one letter is weak)...
    assert not assess_passphrase("a" * 72).acceptable
    # ...one more and it is strong by length.
    assert assess_passphrase("a" * 73).acceptable


def test_strength_is_frozen() -> None:
    strength = assess_passphrase("maple-orbit-candle-harbor")
    with pytest.raises(AttributeError):
        strength.score = 0  # type: ignore[misc]


# --- suggestions --------------------------------------------------------------------------


def test_suggestion_passes_and_has_the_requested_shape() -> None:
    rng = random.Random(42)
    for words in (3, 4, 6):
        phrase = suggest_passphrase(rng, words=words)
        parts = phrase.split("-")
        assert len(parts) == words
        for part in parts:
            assert part.isascii()
            assert part.isalpha()
            assert part.islower()
            assert 4 <= len(part) <= 8
        assert assess_passphrase(phrase).acceptable


def test_suggestion_is_deterministic_with_a_seeded_rng() -> None:
    assert suggest_passphrase(random.Random(7)) == suggest_passphrase(random.Random(7))
    assert suggest_passphrase(random.Random(7)) != suggest_passphrase(random.Random(8))


def test_default_suggestions_vary() -> None:
    suggestions = {suggest_passphrase() for _ in range(5)}
    assert len(suggestions) == 5


def test_suggestion_words_come_from_the_ranked_band() -> None:
    from zxcvbn.frequency_lists import FREQUENCY_LISTS

    ranks = {word: rank for rank, word in enumerate(FREQUENCY_LISTS["english_wikipedia"], 1)}
    rng = random.Random(3)
    for _ in range(20):
        for word in suggest_passphrase(rng).split("-"):
            assert 500 <= ranks[word] <= 20000


def test_suggestions_avoid_distressing_words() -> None:
    from counselor_desk.domain import passphrase

    pool = passphrase._word_pool()
    assert "weapons" not in pool
    assert "heroine" not in pool
    assert len(pool) > 5000


def test_too_few_words_is_refused() -> None:
    with pytest.raises(ValueError, match="at least 3"):
        suggest_passphrase(words=2)


class _ScriptedRandom(random.Random):
    """Draws words from a script, so the test controls what suggest_passphrase sees."""

    def __init__(self, script: list[str]) -> None:
        super().__init__(0)
        self._script = iter(script)

    def choice(self, seq: object) -> str:  # type: ignore[override]
        return next(self._script)


def test_weak_draws_are_rejected_until_one_passes() -> None:
    weak_draw = ["aaaa", "aaaa", "aaaa"]
    good_draw = ["lantern", "pickle", "umbrella"]
    assert not assess_passphrase("-".join(weak_draw)).acceptable
    rng = _ScriptedRandom(weak_draw + good_draw)
    assert suggest_passphrase(rng, words=3) == "lantern-pickle-umbrella"
