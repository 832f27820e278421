"""The recovery kit: the key in its groups with the checksum, a QR code, what to do."""

from __future__ import annotations

import re

import pytest
from reportlab.graphics.barcode.qrencoder import QRCode, QRErrorCorrectLevel
from test_export_support import (
    all_text,
    assert_fonts_embedded,
    page_texts,
    reader,
    setup,
)

from counselor_desk.domain.errors import RecoveryKeyTypo
from counselor_desk.domain.recovery import format_recovery_key
from counselor_desk.export.recovery_kit import recovery_kit_pdf

KEY = bytes(range(101, 133))  # a made-up key, not one of any vault
FORMATTED = format_recovery_key(KEY)


def test_the_kit_is_one_page_with_every_group_and_the_checksum() -> None:
    pdf = recovery_kit_pdf("Alex Moreno's caseload", FORMATTED, setup())
    assert len(page_texts(pdf)) == 1
    text = all_text(pdf)
    groups = FORMATTED.split("-")
    assert len(groups) == 17
    for group in groups:
        assert group in text
    assert "17 · checksum" in text
    assert "Alex Moreno's caseload" in text
    assert_fonts_embedded(pdf)


def test_the_kit_says_to_lock_it_away_and_never_keep_it_with_the_laptop() -> None:
    text = all_text(recovery_kit_pdf("Caseload", FORMATTED, setup()))
    assert "Store it locked away" in text
    assert "Never keep it with the laptop" in text
    assert "anyone who also has a copy of the vault" in text
    assert "Where this sheet is kept" in text


def test_a_key_typed_without_dashes_or_checksum_prints_in_full() -> None:
    bare = KEY.hex()  # 64 digits, no separators, no checksum group
    text = all_text(recovery_kit_pdf("Caseload", bare, setup()))
    assert FORMATTED.split("-")[-1] in text  # the checksum group is computed and printed


def test_a_mistyped_key_is_refused_not_printed() -> None:
    wrong = FORMATTED[:-1] + ("0" if FORMATTED[-1] != "0" else "1")
    with pytest.raises(RecoveryKeyTypo):
        recovery_kit_pdf("Caseload", wrong, setup())


def _expected_modules(text: str) -> set[tuple[int, int]]:
    """The dark modules (row, column) of a level-M QR code for `text`."""
    code = QRCode(None, QRErrorCorrectLevel.M)
    code.addData(text)
    code.make()
    size = code.getModuleCount()
    return {(r, c) for r in range(size) for c in range(size) if code.isDark(r, c)}


_BLACK_RECT = re.compile(rb"0 0 0 rg\n(?:[^\n]*\n)*?n ([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+) re f")


def _printed_modules(pdf: bytes) -> set[tuple[int, int]]:
    """Read the QR code back off the page: its black squares (runs of modules) as a grid."""
    content = reader(pdf).pages[0].get_contents().get_data()
    rects = [tuple(map(float, m.groups())) for m in _BLACK_RECT.finditer(content)]
    assert rects, "no QR code on the page"
    module = min(h for _, _, _, h in rects)
    left = min(x for x, _, _, _ in rects)
    top = max(y + h for _, y, _, h in rects)
    cells: set[tuple[int, int]] = set()
    for x, y, w, h in rects:
        row = round((top - y - h) / module)
        first = round((x - left) / module)
        for offset in range(round(w / module)):
            for extra in range(round(h / module)):
                cells.add((row + extra, first + offset))
    return cells


def test_the_qr_code_on_the_page_encodes_the_formatted_key() -> None:
    pdf = recovery_kit_pdf("Caseload", FORMATTED, setup())
    printed = _printed_modules(pdf)
    assert printed == _expected_modules(FORMATTED)
    assert printed != _expected_modules(format_recovery_key(bytes(32)))


def test_a_spanish_kit() -> None:
    text = all_text(recovery_kit_pdf("Casos", FORMATTED, setup(language="es")))
    assert "Kit de recuperación" in text and "17 · control" in text
    assert "Guárdela bajo llave" in text
    assert "Nunca la guarde con la computadora portátil" in text
