"""Light and dark themes: follow the system unless the user chose one (View → Theme)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

SYSTEM, LIGHT, DARK = "system", "light", "dark"
THEMES = (SYSTEM, LIGHT, DARK)


def system_is_dark() -> bool:
    """What the desktop asks for (Qt 6.5+ reads it from Windows, macOS, GNOME and KDE)."""
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def effective_theme(choice: str) -> str:
    """``light`` or ``dark``: the user's choice, or the system's for ``system``."""
    if choice in (LIGHT, DARK):
        return choice
    return DARK if system_is_dark() else LIGHT


def dark_palette() -> QPalette:
    palette = QPalette()
    colors = {
        QPalette.ColorRole.Window: "#202124",
        QPalette.ColorRole.WindowText: "#e8eaed",
        QPalette.ColorRole.Base: "#17181a",
        QPalette.ColorRole.AlternateBase: "#26282b",
        QPalette.ColorRole.ToolTipBase: "#303134",
        QPalette.ColorRole.ToolTipText: "#e8eaed",
        QPalette.ColorRole.PlaceholderText: "#9aa0a6",
        QPalette.ColorRole.Text: "#e8eaed",
        QPalette.ColorRole.Button: "#2b2c2f",
        QPalette.ColorRole.ButtonText: "#e8eaed",
        QPalette.ColorRole.BrightText: "#ffffff",
        QPalette.ColorRole.Highlight: "#8ab4f8",
        QPalette.ColorRole.HighlightedText: "#17181a",
        QPalette.ColorRole.Link: "#8ab4f8",
        QPalette.ColorRole.LinkVisited: "#c58af9",
    }
    for role, value in colors.items():
        palette.setColor(role, QColor(value))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#80868b"))
    return palette


def apply_theme(app: QApplication, choice: str) -> str:
    """Apply ``choice`` (system, light or dark) to the whole application; returns the theme in effect."""
    theme = effective_theme(choice)
    if theme == DARK:
        app.setStyle("Fusion")  # the one built-in style that draws every control from the palette
        app.setPalette(dark_palette())
    else:
        app.setPalette(app.style().standardPalette())
    return theme
