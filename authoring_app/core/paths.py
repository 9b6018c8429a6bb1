"""Where things live: the shipped resources, the user's data folder, and paths that must stay inside a root."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "HandbookStudio"
#: Set to use another data folder (tests, portable installs).
DATA_DIR_ENV = "HANDBOOK_STUDIO_DATA_DIR"


def resource_root() -> Path:
    """The ``resources/`` folder, from a source checkout or from inside a PyInstaller bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    """A file or folder below ``resources/`` (the site theme, icons, the bundled sample handbook)."""
    return resource_root().joinpath(*parts)


def translations_dir() -> Path:
    """The built UI translations (``authoring_app_<lang>.qm``), from a source checkout or a PyInstaller bundle.

    ``python packaging/translations.py build`` writes them here from ``translations/*.ts``; they are not committed.
    """
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "i18n"
    return Path(__file__).resolve().parents[1] / "gui" / "i18n"


def user_data_dir() -> Path:
    """The user's own data folder: the working copy of the sample, recovery copies, backups."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def user_cache_dir() -> Path:
    """Rendered-block and image-variant caches: never inside a handbook."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override) / "cache"
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def is_within(path: Path, root: Path) -> bool:
    """True when ``path`` (after resolving ``..`` and symlinks) stays inside ``root``."""
    try:
        path.resolve().relative_to(root.resolve())
    except (ValueError, OSError):
        return False
    return True
