"""Where recovery copies and backups go, and how many backups of a handbook are kept: the user's own choice.

The choice is kept in ``safety.json`` in the user's data folder (:func:`~authoring_app.core.paths.user_data_dir`;
``HANDBOOK_STUDIO_DATA_DIR`` moves that folder, for tests and portable installs), so that the app and the
``handbook`` command use the same folder and keep the same number of backups. Preferences ▸ Safety changes it;
the app reads it when it starts, the command each time it runs. A missing or damaged file means the defaults: the
data folder itself, and :data:`DEFAULT_KEEP` backups. No Qt here: the CLI reads it too.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from pathlib import Path

from .atomic import atomic_write_text
from .paths import user_data_dir

SETTINGS_NAME = "safety.json"
#: Backups of one handbook kept when the user has chosen no number.
DEFAULT_KEEP = 10
#: The most backups of one handbook a user may keep.
MAX_KEEP = 100
_MAX_SETTINGS_BYTES = 64 * 1024


@dataclass(frozen=True)
class SafetySettings:
    #: The folder chosen for recovery copies and backups; None: the data folder.
    folder: Path | None = None
    keep: int = DEFAULT_KEEP


def settings_path() -> Path:
    return user_data_dir() / SETTINGS_NAME


def load_safety_settings() -> SafetySettings:
    """What the user chose (the defaults where the file says nothing usable)."""
    try:
        with settings_path().open("rb") as handle:
            data = json.loads(handle.read(_MAX_SETTINGS_BYTES).decode("utf-8"))
    except (OSError, ValueError):
        return SafetySettings()
    if not isinstance(data, dict):
        return SafetySettings()
    folder = data.get("folder")
    keep = data.get("keep")
    return SafetySettings(
        Path(folder).expanduser() if isinstance(folder, str) and folder.strip() else None,
        clamp_keep(keep) if isinstance(keep, int) and not isinstance(keep, bool) else DEFAULT_KEEP,
    )


def save_safety_settings(settings: SafetySettings) -> None:
    """Keep ``settings`` for the next start of the app (and every run of the command). Raises OSError."""
    data = {"folder": str(settings.folder) if settings.folder is not None else None, "keep": clamp_keep(settings.keep)}
    atomic_write_text(settings_path(), json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def safety_dir() -> Path:
    """The folder of recovery copies (``recovery/``) and backups (``backups/``): the user's choice, else the data
    folder."""
    return load_safety_settings().folder or user_data_dir()


def backup_keep() -> int:
    """How many backups of each handbook are kept."""
    return load_safety_settings().keep


def set_backup_keep(keep: int) -> None:
    """Keep ``keep`` backups of each handbook from the next backup on (best effort: a folder that cannot be
    written keeps the number it had)."""
    with contextlib.suppress(OSError):
        save_safety_settings(SafetySettings(load_safety_settings().folder, keep))


def clamp_keep(keep: int) -> int:
    return min(max(int(keep), 1), MAX_KEEP)
