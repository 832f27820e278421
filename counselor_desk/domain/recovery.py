"""Recovery key text: the 32-byte vault key as 16 groups of 4 hex digits plus a checksum group.

The checksum is two Reed-Solomon syndromes over GF(256) (polynomial 0x11d, alpha = 2):

    S0 = b_0 ^ b_1 ^ ... ^ b_31
    S1 = alpha^0*b_0 ^ alpha^1*b_1 ^ ... ^ alpha^31*b_31

Seen as a code over the 34 bytes (key bytes plus the two checksum bytes), every byte has a
distinct, pairwise independent syndrome signature: key byte i gives (e, alpha^i*e), the first
checksum byte gives (e, 0) and the second gives (0, e). So any error confined to one byte is
located exactly. Errors in two or more bytes are always detected unless they cancel out, but
may be blamed on the wrong group; the message therefore says "looks wrong", never "is wrong".
"""

from __future__ import annotations

from counselor_desk.domain.errors import RecoveryKeyTypo

__all__ = ["format_recovery_key", "parse_recovery_key", "recovery_checksum"]

KEY_BYTES = 32
KEY_DIGITS = KEY_BYTES * 2
CHECKSUM_DIGITS = 4
GROUP_DIGITS = 4
CHECKSUM_GROUP = KEY_DIGITS // GROUP_DIGITS + 1  # 17, counted from 1 like the user does

_SEPARATORS = frozenset(" -\t\n\r")
_HEX_DIGITS = frozenset("0123456789abcdefABCDEF")
# Characters people misread off a printed sheet, and what they most likely meant.
_LOOKALIKES = {"o": "0", "O": "0", "l": "1", "I": "1", "i": "1"}


def _build_tables() -> tuple[list[int], list[int]]:
    exp = [0] * 510  # doubled so a product of logs never needs a modulo
    log = [0] * 256
    x = 1
    for i in range(255):
        exp[i] = x
        log[x] = i
        x <<= 1
        if x & 0x100:
            x ^= 0x11D
    for i in range(255, 510):
        exp[i] = exp[i - 255]
    return exp, log


_EXP, _LOG = _build_tables()


def _syndromes(key: bytes | bytearray) -> tuple[int, int]:
    s0 = 0
    s1 = 0
    for i, b in enumerate(key):
        s0 ^= b
        if b:
            s1 ^= _EXP[_LOG[b] + i]
    return s0, s1


def recovery_checksum(key: bytes | bytearray) -> bytes:
    """Return the two checksum bytes [S0, S1] for a 32-byte vault key."""
    _check_key(key)
    return bytes(_syndromes(key))


def format_recovery_key(key: bytes | bytearray) -> str:
    """Show a 32-byte vault key as 17 dash-separated groups of 4 lowercase hex digits."""
    _check_key(key)
    digits = bytes(key).hex() + recovery_checksum(key).hex()
    return "-".join(digits[i : i + GROUP_DIGITS] for i in range(0, len(digits), GROUP_DIGITS))


def parse_recovery_key(text: str) -> bytes:
    """Read a typed recovery key (64 or 68 hex digits, any separators or case) back into bytes.

    Raises RecoveryKeyTypo, naming the group when it can, if the text cannot be the key.
    """
    digits = "".join(ch for ch in text if ch not in _SEPARATORS)
    for index, ch in enumerate(digits):
        if ch not in _HEX_DIGITS:
            raise _bad_character(ch, index // GROUP_DIGITS + 1)
    if len(digits) not in (KEY_DIGITS, KEY_DIGITS + CHECKSUM_DIGITS):
        raise _wrong_length(len(digits))
    key = bytes.fromhex(digits[:KEY_DIGITS])
    if len(digits) == KEY_DIGITS:
        # Without the checksum group there is nothing to check against; the key check in
        # keys.json still tells a wrong key from a right one.
        return key
    typed_s0, typed_s1 = bytes.fromhex(digits[KEY_DIGITS:])
    calc_s0, calc_s1 = _syndromes(key)
    d0 = typed_s0 ^ calc_s0
    d1 = typed_s1 ^ calc_s1
    if d0 == 0 and d1 == 0:
        return key
    raise _locate_typo(digits, d0, d1)


def _check_key(key: bytes | bytearray) -> None:
    if len(key) != KEY_BYTES:
        raise ValueError(f"a vault key is {KEY_BYTES} bytes, not {len(key)}")


def _group_text(digits: str, group: int) -> str:
    start = (group - 1) * GROUP_DIGITS
    return digits[start : start + GROUP_DIGITS]


def _locate_typo(digits: str, d0: int, d1: int) -> RecoveryKeyTypo:
    if d0 == 0 or d1 == 0:
        # Exactly one syndrome differs: no single key byte can do that (its signature
        # (e, alpha^i*e) has both parts non-zero), but one wrong checksum byte does.
        return RecoveryKeyTypo(
            f"Group {CHECKSUM_GROUP} of the recovery key, the checksum, looks wrong "
            f"(it reads '{_group_text(digits, CHECKSUM_GROUP)}'). "
            "Check it against your recovery sheet.",
            group=CHECKSUM_GROUP,
        )
    # One wrong key byte at position p with error e gives d0 = e and d1 = alpha^p * e.
    position = (_LOG[d1] - _LOG[d0]) % 255
    if position < KEY_BYTES:
        group = position // 2 + 1
        return RecoveryKeyTypo(
            f"Group {group} of the recovery key looks wrong "
            f"(it reads '{_group_text(digits, group)}'). Check it against your recovery sheet.",
            group=group,
        )
    return RecoveryKeyTypo(
        "The recovery key has a typo, but which group could not be worked out. "
        "Check every group against your recovery sheet."
    )


def _bad_character(ch: str, group: int) -> RecoveryKeyTypo:
    shown = repr(ch) if ch.isprintable() else f"U+{ord(ch):04X}"
    meant = _LOOKALIKES.get(ch)
    if meant is not None:
        hint = f"{shown} is not used in recovery keys; did you mean {meant}?"
    else:
        hint = "Recovery keys use only the digits 0-9 and the letters a-f."
    return RecoveryKeyTypo(f"Group {group} of the recovery key contains {shown}. {hint}", group)


def _wrong_length(count: int) -> RecoveryKeyTypo:
    if count == 0:
        return RecoveryKeyTypo(
            f"No recovery key was entered. It has {KEY_DIGITS} digits "
            f"({KEY_DIGITS + CHECKSUM_DIGITS} with the checksum group)."
        )
    noun = "digit" if count == 1 else "digits"
    return RecoveryKeyTypo(
        f"The recovery key has {count} {noun}, but {KEY_DIGITS} are expected "
        f"({KEY_DIGITS + CHECKSUM_DIGITS} with the checksum group). "
        "Check for a missing or repeated group."
    )
