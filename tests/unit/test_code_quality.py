"""The project's own promises about its code: layers, lint and strict typing."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        pytest.fail(f"{name} is not installed; install the test extra: pip install -e '.[test]'")
    return found


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600)


def test_core_layers_never_import_qt_and_layers_point_one_way() -> None:
    result = _run(_tool("lint-imports"), "--config", "pyproject.toml")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "broken" not in result.stdout.lower().replace("0 broken", "")


def test_ruff_is_clean() -> None:
    result = _run(_tool("ruff"), "check", "counselor_desk", "tests")
    assert result.returncode == 0, result.stdout + result.stderr


def test_core_passes_mypy_strict() -> None:
    result = _run(_tool("mypy"))  # files and strictness come from pyproject.toml
    assert result.returncode == 0, result.stdout + result.stderr
