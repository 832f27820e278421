"""Where vaults live on this machine, and the files inside one."""

from __future__ import annotations

import json
from pathlib import Path

import platformdirs

DB_NAME = "vault.db"
KEYS_NAME = "keys.json"
BACKUPS_DIR = "backups"
DEMO_VAULT = "demo"  # folder of the demo vault the window offers


def default_vaults_dir() -> Path:
    return Path(platformdirs.user_data_dir("CounselorDesk")) / "vaults"


def list_vaults(root: Path) -> list[Path]:
    """Vault folders under root, by name (what the unlock screen lists)."""
    if not root.is_dir():
        return []
    # A rotation's staging folder and the folder it kept aside are not vaults to offer.
    return sorted(
        p
        for p in root.iterdir()
        if (p / DB_NAME).is_file()
        and not p.name.endswith(".rotating")
        and ".pre-rotation-" not in p.name
        and ".damaged-" not in p.name
        and not p.name.startswith(".")
    )


def db_path(folder: Path) -> Path:
    return folder / DB_NAME


def keys_path(folder: Path) -> Path:
    return folder / KEYS_NAME


def backups_dir(folder: Path) -> Path:
    return folder / BACKUPS_DIR


def vault_name(folder: Path) -> str | None:
    """The name keys.json gives the vault (not a secret), without loading the crypto
    libraries: the unlock window lists vaults before anything is unlocked."""
    try:
        name = json.loads(keys_path(folder).read_text(encoding="utf-8")).get("name")
    except (OSError, ValueError, AttributeError):
        return None
    return name if isinstance(name, str) and name.strip() else None
