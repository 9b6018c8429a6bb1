"""The user's settings of Handbook Studio (QSettings): window layout, recent handbooks, theme."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

SETTINGS_ORGANIZATION = "HandbookStudio"
SETTINGS_APPLICATION = "HandbookStudio"
RECENT_KEY = "recent_handbooks"
MAX_RECENT = 8


def app_settings() -> QSettings:
    """The user's settings of Handbook Studio (window geometry, recent handbooks, ...)."""
    return QSettings(SETTINGS_ORGANIZATION, SETTINGS_APPLICATION)


def recent_handbooks() -> list[str]:
    value = app_settings().value(RECENT_KEY, [])
    if isinstance(value, str):
        value = [value]
    return [str(v) for v in value or [] if v]


def remember_handbook(path: Path) -> None:
    folder = str(Path(path).resolve())
    recent = [folder] + [p for p in recent_handbooks() if p != folder]
    app_settings().setValue(RECENT_KEY, recent[:MAX_RECENT])
