"""Guard against a Qt binding that corrupts the interpreter (PySide6 6.12.0 on Python 3.11, see pyproject.toml)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QWidget


def test_calling_qt_methods_does_not_leak_references_to_none(qtbot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for _ in range(2000):
        widget.setWindowTitle("x")
    # A faulty binding takes one reference off None per call; normal noise is a handful either way.
    assert sys.getrefcount(None) - before > -50
