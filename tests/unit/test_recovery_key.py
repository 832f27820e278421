"""Recovery key text: format, parse, and locating typos by the Reed-Solomon checksum."""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from counselor_desk.domain.errors import RecoveryKeyTypo
from counselor_desk.domain.recovery import (
    format_recovery_key,
    parse_recovery_key,
    recovery_checksum,
)

keys = st.binary(min_size=32, max_size=32)
HEX = "0123456789abcdef"


def _gf_mul(a: int, b: int) -> int:
    # Independent slow multiply (shift-and-add), so the tests do not trust the module's tables.
    product = 0
    while b:
        if b & 1:
            product ^= a
        a <<= 1
        if a & 0x100:
            a ^= 0x11D
        b >>= 1
    return product


def _reference_checksum(key: bytes) -> bytes:
    s0 = 0
    s1 = 0
    alpha_i = 1
    for b in key:
        s0 ^= b
        s1 ^= _gf_mul(alpha_i, b)
        alpha_i = _gf_mul(alpha_i, 2)
    return bytes([s0, s1])


def _typo(text: str) -> RecoveryKeyTypo:
    with pytest.raises(RecoveryKeyTypo) as caught:
        parse_recovery_key(text)
    return caught.value


def _replace_digit(text: str, digit_index: int, new: str) -> str:
    # digit_index counts hex digits only, skipping the dashes of the formatted key.
    positions = [i for i, ch in enumerate(text) if ch != "-"]
    at = positions[digit_index]
    return text[:at] + new + text[at + 1 :]


FIXED_KEY = bytes(range(0x10, 0x30))


# --- format -------------------------------------------------------------------------------


def test_format_has_17_groups_of_4_lowercase_hex() -> None:
    text = format_recovery_key(FIXED_KEY)
    assert re.fullmatch(r"[0-9a-f]{4}(-[0-9a-f]{4}){16}", text)
    assert text.replace("-", "")[:64] == FIXED_KEY.hex()
    assert text.split("-")[16] == recovery_checksum(FIXED_KEY).hex()


def test_checksum_known_values() -> None:
    assert recovery_checksum(bytes(32)) == b"\x00\x00"
    # b_0 = 1 only: S0 = 1, S1 = alpha^0 = 1.
    assert recovery_checksum(b"\x01" + bytes(31)) == b"\x01\x01"
    # b_1 = 1 only: S1 = alpha^1 = 2.
    assert recovery_checksum(b"\x00\x01" + bytes(30)) == b"\x01\x02"
    # b_8 = 1 only: alpha^8 reduces by 0x11d to 0x1d.
    assert recovery_checksum(bytes(8) + b"\x01" + bytes(23)) == b"\x01\x1d"


@given(keys)
def test_checksum_matches_reference(key: bytes) -> None:
    assert recovery_checksum(key) == _reference_checksum(key)


@pytest.mark.parametrize("length", [0, 16, 31, 33, 64])
def test_format_refuses_keys_of_the_wrong_size(length: int) -> None:
    with pytest.raises(ValueError, match="32 bytes"):
        format_recovery_key(bytes(length))


def test_format_accepts_a_bytearray() -> None:
    assert format_recovery_key(bytearray(FIXED_KEY)) == format_recovery_key(FIXED_KEY)
    assert recovery_checksum(bytearray(FIXED_KEY)) == recovery_checksum(FIXED_KEY)


# --- parse: accepted forms ----------------------------------------------------------------


@given(keys)
def test_round_trip(key: bytes) -> None:
    assert parse_recovery_key(format_recovery_key(key)) == key


@given(keys)
def test_64_digit_form_is_accepted_without_checksum(key: bytes) -> None:
    assert parse_recovery_key(key.hex()) == key
    assert parse_recovery_key(key.hex().upper()) == key


@pytest.mark.parametrize(
    "transform",
    [
        lambda t: t.upper(),
        lambda t: t.replace("-", ""),
        lambda t: t.replace("-", " "),
        lambda t: t.replace("-", "\t"),
        lambda t: t.replace("-", "\n"),
        lambda t: "  " + t.replace("-", " - ") + "\n",
        lambda t: "\n".join(t[i : i + 20] for i in range(0, len(t), 20)),  # wrapped mid-group
        lambda t: t.replace("-", "").upper()[:30] + "\r\n" + t.replace("-", "")[30:],
    ],
    ids=["upper", "bare", "spaces", "tabs", "newlines", "padded", "wrapped", "mixed"],
)
def test_separator_and_case_variants_are_accepted(transform: object) -> None:
    assert callable(transform)
    text = format_recovery_key(FIXED_KEY)
    assert parse_recovery_key(transform(text)) == FIXED_KEY


def test_64_digit_form_with_a_typo_cannot_be_checked() -> None:
    # Documented limitation: without group 17 the typo passes; the key check catches it later.
    typed = "0" + FIXED_KEY.hex()[1:]
    assert parse_recovery_key(typed) != FIXED_KEY


def test_parse_returns_bytes() -> None:
    assert type(parse_recovery_key(format_recovery_key(FIXED_KEY))) is bytes


# --- parse: locating typos ----------------------------------------------------------------


def test_every_single_byte_corruption_is_located_to_its_group() -> None:
    key = bytes(random.Random(1).randrange(256) for _ in range(32))
    check = recovery_checksum(key).hex()
    for position in range(32):
        for error in range(1, 256):
            corrupted = bytearray(key)
            corrupted[position] ^= error
            typo = _typo(corrupted.hex() + check)
            assert typo.group == position // 2 + 1, (position, error)


@given(keys, st.integers(0, 31), st.integers(1, 255))
def test_single_byte_corruption_is_located_for_any_key(
    key: bytes, position: int, error: int
) -> None:
    corrupted = bytearray(key)
    corrupted[position] ^= error
    typed = format_recovery_key(key)
    groups = typed.split("-")
    wrong_group = corrupted.hex()[(position // 2) * 4 : (position // 2) * 4 + 4]
    groups[position // 2] = wrong_group
    typo = _typo("-".join(groups))
    assert typo.group == position // 2 + 1
    assert f"Group {position // 2 + 1} of the recovery key looks wrong" in str(typo)
    assert f"'{wrong_group}'" in str(typo)
    assert "recovery sheet" in str(typo)


@pytest.mark.parametrize("digit", range(64))
def test_single_hex_digit_typo_is_located(digit: int) -> None:
    text = format_recovery_key(FIXED_KEY)
    original = text.replace("-", "")[digit]
    for new in HEX:
        if new == original:
            continue
        typo = _typo(_replace_digit(text, digit, new))
        assert typo.group == digit // 4 + 1


def test_message_quotes_the_group_as_typed() -> None:
    text = format_recovery_key(FIXED_KEY)
    groups = text.split("-")
    # Change one byte only: a whole wrong group is two wrong bytes, which may be misplaced.
    assert not groups[6].startswith("ab")
    groups[6] = "ab" + groups[6][2:]
    typo = _typo("-".join(groups))
    assert str(typo) == (
        f"Group 7 of the recovery key looks wrong (it reads '{groups[6]}'). "
        "Check it against your recovery sheet."
    )
    assert typo.group == 7


@pytest.mark.parametrize("digit", range(64, 68))
def test_single_digit_typo_in_checksum_group_is_reported_as_group_17(digit: int) -> None:
    text = format_recovery_key(FIXED_KEY)
    original = text.replace("-", "")[digit]
    for new in HEX:
        if new == original:
            continue
        typed = _replace_digit(text, digit, new)
        typo = _typo(typed)
        assert typo.group == 17
        assert "Group 17" in str(typo)
        assert "checksum" in str(typo)
        assert f"'{typed.split('-')[16]}'" in str(typo)


@given(keys, st.integers(1, 255), st.sampled_from([0, 1]))
def test_any_single_checksum_byte_corruption_is_group_17(
    key: bytes, error: int, which: int
) -> None:
    check = bytearray(recovery_checksum(key))
    check[which] ^= error
    assert _typo(key.hex() + check.hex()).group == 17


def test_typo_that_no_single_byte_explains_is_not_pinpointed() -> None:
    key = FIXED_KEY
    check = recovery_checksum(key)
    # Find a two-byte corruption whose syndrome points beyond byte 31 (no group to blame).
    found = None
    for e1 in range(1, 256):
        corrupted = bytearray(key)
        corrupted[0] ^= e1
        corrupted[1] ^= 1
        diff = bytes(a ^ b for a, b in zip(recovery_checksum(bytes(corrupted)), check, strict=True))
        if diff[0] and diff[1]:
            try:
                parse_recovery_key(corrupted.hex() + check.hex())
            except RecoveryKeyTypo as exc:
                if exc.group is None:
                    found = exc
                    break
    assert found is not None
    assert "typo" in str(found)
    assert "could not be worked out" in str(found)


@given(keys, st.integers(0, 31), st.integers(0, 31), st.integers(1, 255), st.integers(1, 255))
def test_two_byte_corruption_is_always_refused(
    key: bytes, p1: int, p2: int, e1: int, e2: int
) -> None:
    corrupted = bytearray(key)
    corrupted[p1] ^= e1
    corrupted[p2] ^= e2
    if bytes(corrupted) == key:
        return
    # Distance 3 code: two wrong bytes can never look like a valid key.
    with pytest.raises(RecoveryKeyTypo):
        parse_recovery_key(corrupted.hex() + recovery_checksum(key).hex())


# --- parse: bad characters and lengths ---------------------------------------------------


@pytest.mark.parametrize(
    ("char", "meant"), [("O", "0"), ("o", "0"), ("l", "1"), ("I", "1"), ("i", "1")]
)
def test_lookalike_letters_get_a_hint(char: str, meant: str) -> None:
    text = _replace_digit(format_recovery_key(FIXED_KEY), 4 * 5 + 2, char)  # group 6
    typo = _typo(text)
    assert typo.group == 6
    assert f"'{char}' is not used in recovery keys; did you mean {meant}?" in str(typo)
    assert "Group 6" in str(typo)


@pytest.mark.parametrize("char", ["g", "Z", "_", ".", "é", "\u0661"])
def test_other_bad_characters_are_named(char: str) -> None:
    text = _replace_digit(format_recovery_key(FIXED_KEY), 4 * 16 + 3, char)  # group 17
    typo = _typo(text)
    assert typo.group == 17
    assert repr(char) in str(typo) or f"U+{ord(char):04X}" in str(typo)
    assert "0-9" in str(typo)
    assert "a-f" in str(typo)


def test_bad_character_group_counts_digits_not_separators() -> None:
    # Separators are dropped first, so a badly spaced key still names the right group.
    digits = FIXED_KEY.hex()
    typed = digits[:10] + "  " + digits[10:13] + "x" + digits[14:]
    assert _typo(typed).group == 4  # digit index 13 → group 4


def test_unprintable_character_is_shown_by_code_point() -> None:
    typed = FIXED_KEY.hex()[:8] + "\x00" + FIXED_KEY.hex()[9:]
    typo = _typo(typed)
    assert "U+0000" in str(typo)
    assert typo.group == 3


@pytest.mark.parametrize("count", [1, 4, 60, 63, 65, 66, 67, 69, 72, 128])
def test_wrong_length_says_how_many_digits(count: int) -> None:
    typed = (FIXED_KEY.hex() * 3)[:count]
    typo = _typo(typed)
    assert typo.group is None
    message = str(typo)
    assert f"has {count} digit" in message
    assert "64" in message
    assert "68" in message


def test_empty_input() -> None:
    typo = _typo(" - \n")
    assert "No recovery key" in str(typo)
    assert "64" in str(typo)


def test_bad_character_is_reported_before_length() -> None:
    typo = _typo("abcO")
    assert typo.group == 1
    assert "did you mean 0" in str(typo)


def test_whole_wrong_group_is_still_refused() -> None:
    # Two wrong bytes may be blamed on another group, but the key is never accepted.
    groups = format_recovery_key(FIXED_KEY).split("-")
    groups[6] = "ab12"
    with pytest.raises(RecoveryKeyTypo):
        parse_recovery_key("-".join(groups))
