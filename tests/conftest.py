"""Test-wide setup: Qt runs offscreen, and tests that touch Qt are marked `gui`."""

from __future__ import annotations

import os

import pytest
from hypothesis import settings

# Speed is measured by tests/benchmarks, never asserted: no per-example deadline, which
# would fail a slow CI machine for no fault of the code.
settings.register_profile("counselor-desk", deadline=None)
settings.load_profile("counselor-desk")

# Before any Qt import: CI has no display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

_QT_FIXTURES = {"qtbot", "qapp", "qtmodeltester"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that uses a Qt fixture as `gui`, so `-m "not gui"` is the core suite."""
    for item in items:
        if _QT_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)
