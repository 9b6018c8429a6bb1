"""Fixtures and typing helpers for the section editor's tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from authoring_app.gui.editor import MarkdownEditor


@pytest.fixture
def editor(qtbot) -> MarkdownEditor:
    widget = MarkdownEditor()
    qtbot.addWidget(widget)
    widget.resize(600, 400)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def make_editor(qtbot) -> Callable[[str], MarkdownEditor]:
    """An editor showing ``text`` (loaded as a file is: no undo history)."""

    def make(text: str) -> MarkdownEditor:
        widget = MarkdownEditor()
        qtbot.addWidget(widget)
        widget.resize(600, 400)
        widget.show()
        qtbot.waitExposed(widget)
        widget.set_text(text)
        return widget

    return make
