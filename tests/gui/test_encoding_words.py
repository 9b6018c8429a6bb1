"""The conversion dialog speaks the interface's language: the encodings' names and why a conversion failed are
translated in the GUI (core hands it codes and values, and English for the CLI)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from authoring_app.core import encoding
from authoring_app.core.encoding import LEGACY_ENCODINGS, ConversionError, convert_to_utf8
from authoring_app.gui.encoding_dialog import ConvertEncodingDialog, conversion_problem, encoding_label
from authoring_app.gui.ui_language import install_translations, pseudo_translate

pytestmark = pytest.mark.gui


@pytest.fixture
def pseudo(qapp) -> Iterator[None]:
    """Every text that goes through Qt's translation comes out stretched and in brackets."""
    translation = install_translations("en", pseudo=True)
    yield
    translation.remove()


def test_the_encodings_are_named_in_the_interfaces_language(qtbot, pseudo) -> None:
    dialog = ConvertEncodingDialog("ru/x.md", "Привет\n".encode("cp1251"), "cp1251")
    qtbot.addWidget(dialog)
    names = [dialog.encoding_box.itemText(n) for n in range(dialog.encoding_box.count())]
    assert names == [pseudo_translate(name) for name in LEGACY_ENCODINGS.values()]
    assert pseudo_translate(LEGACY_ENCODINGS["cp1251"]) in dialog.message.text()
    assert [dialog.encoding_box.itemData(n) for n in range(dialog.encoding_box.count())] == list(LEGACY_ENCODINGS)


def test_why_a_conversion_failed_is_said_in_the_interfaces_language(pseudo, tmp_path: Path) -> None:
    path = tmp_path / "x.md"
    path.write_bytes(b"ok\n\x81\n")
    problems = []
    for encoding_ in ("cp1252", "no-such-encoding"):
        with pytest.raises(ConversionError) as caught:
            convert_to_utf8(path, encoding_, tmp_path / "originals")
        problems.append(conversion_problem(caught.value))
    for code in (encoding.TOO_LARGE, encoding.UNREADABLE, encoding.UNWRITABLE):
        problems.append(conversion_problem(ConversionError("English", code, size=9 << 20, reason="No space")))
    assert all(problem.startswith("[") for problem in problems), problems
    assert "2" in problems[0] and encoding_label("cp1252") in problems[0]
    assert "no-such-encoding" in problems[1] and "9" in problems[2] and "No space" in problems[3]
