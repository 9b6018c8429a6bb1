"""The opening size of dialogs: a comfortable width, yet never narrower than their texts need."""

from __future__ import annotations

from PySide6.QtWidgets import QLayout, QWidget


def open_at_least(dialog: QWidget, width: int) -> None:
    """Open ``dialog`` at least ``width`` pixels wide, and never smaller than its layout needs.

    ``setMinimumWidth`` on a dialog stops its layout from setting the minimum size, so a longer translation (Kazakh
    check boxes, pseudo-localisation) was clipped; here the layout keeps that say. Call it once the layout is built.
    """
    layout = dialog.layout()
    if layout is not None:
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.activate()
    hint = dialog.sizeHint()
    dialog.resize(max(width, hint.width()), hint.height())
