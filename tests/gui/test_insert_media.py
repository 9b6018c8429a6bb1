"""The insert dialogs as an author meets them: no image without alt text, files land in media/, errors are said."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from handbook_files import make_image, new_video
from PIL import Image
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox

from authoring_app.core.handbook import Handbook
from authoring_app.gui.insert_media import InsertAudioDialog, InsertImageDialog, InsertVideoDialog

pytestmark = pytest.mark.gui

#: A camera photo small enough to be stored unscaled.
PHOTO_SIZE = (1600, 1000)


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    """Message boxes the dialogs show, as ``(kind, title, text)``, instead of blocking the test."""
    shown: list[tuple[str, str, str]] = []

    def record(kind: str):
        def show(_parent, title, text, *args, **kwargs):
            shown.append((kind, title, text))
            return QMessageBox.StandardButton.Ok

        return show

    monkeypatch.setattr(QMessageBox, "warning", record("warning"))
    monkeypatch.setattr(QMessageBox, "information", record("information"))
    return shown


def type_text(widget, text: str) -> None:
    """Type like a user, Cyrillic included (qtbot.keyClicks aborts on non-ASCII, see TESTING.md)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def image_dialog(qtbot, root: Path, **kwargs) -> InsertImageDialog:
    dialog = InsertImageDialog(root, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_an_image_without_alt_text_cannot_be_inserted(qtbot, sample_copy: Path, tmp_path: Path, messages) -> None:
    dialog = image_dialog(qtbot, sample_copy, source=make_image(tmp_path / "Зала.jpg", PHOTO_SIZE))
    assert dialog.focusWidget() is dialog.alt_edit  # the file is chosen: the next thing to do is to describe it
    assert not dialog.ok_button.isEnabled()
    assert dialog.alt_hint.isVisible() and "required" in dialog.alt_hint.text()

    type_text(dialog.alt_edit, "   ")  # blanks are no description
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClick(dialog.alt_edit, Qt.Key.Key_Return)  # Enter does not get around the disabled button
    assert dialog.isVisible() and dialog.markdown() == ""
    assert not (sample_copy / "media" / "zala.jpg").exists()

    dialog.alt_edit.clear()
    type_text(dialog.alt_edit, "Студенти в залата")
    assert dialog.ok_button.isEnabled() and not dialog.alt_hint.isVisible()


def test_inserting_an_image_gives_a_figure_and_a_safe_file(qtbot, sample_copy: Path, tmp_path: Path) -> None:
    dialog = image_dialog(qtbot, sample_copy, source=make_image(tmp_path / "Зала №2.jpg", PHOTO_SIZE))
    type_text(dialog.alt_edit, "Студенти работят по двойки")
    type_text(dialog.caption_edit, "Залата след ремонта")
    with qtbot.waitSignal(dialog.markdown_ready) as ready:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    expected = '![Студенти работят по двойки](../media/zala-no2.jpg "Залата след ремонта")'
    assert dialog.markdown() == ready.args[0] == expected
    assert (sample_copy / "media" / "zala-no2.jpg").is_file()


def test_a_huge_photo_is_announced_and_stored_scaled(qtbot, sample_copy: Path, tmp_path: Path) -> None:
    dialog = image_dialog(qtbot, sample_copy, source=make_image(tmp_path / "panorama.jpg", (6000, 4000)))
    assert "6000 × 4000" in dialog.size_label.text()
    assert "scaled down to 2560 × 1707" in dialog.size_label.text()
    assert dialog.preview.pixmap().width() <= 320  # a thumbnail, not the whole photo
    type_text(dialog.alt_edit, "Panorama of the campus")
    dialog.ok_button.click()
    assert dialog.imported is not None and dialog.imported.scaled
    assert Image.open(sample_copy / "media" / "panorama.jpg").size == (2560, 1707)
    assert dialog.markdown() == "![Panorama of the campus](../media/panorama.jpg)"


def test_a_damaged_image_is_reported_by_name_and_not_taken(qtbot, sample_copy: Path, tmp_path: Path, messages) -> None:
    good = make_image(tmp_path / "good.png", (200, 100)).read_bytes()
    broken = tmp_path / "broken-plan.png"
    broken.write_bytes(good[:20])
    dialog = image_dialog(qtbot, sample_copy)
    assert not dialog.set_source(broken)
    assert len(messages) == 1 and messages[0][0] == "warning" and "'broken-plan.png'" in messages[0][2]
    type_text(dialog.alt_edit, "Plan")
    assert not dialog.ok_button.isEnabled()  # no image chosen
    assert dialog.file_row.choose_button.isEnabled()


def test_a_file_truncated_in_its_pixels_is_refused_on_insert(
    qtbot, sample_copy: Path, tmp_path: Path, messages
) -> None:
    whole = make_image(tmp_path / "whole.png", (800, 600)).read_bytes()
    broken = tmp_path / "half.png"
    broken.write_bytes(whole[: len(whole) // 2])  # the header is fine: only decoding finds the damage
    dialog = image_dialog(qtbot, sample_copy, source=broken)
    type_text(dialog.alt_edit, "Half a picture")
    dialog.ok_button.click()
    assert dialog.isVisible() and dialog.markdown() == ""
    assert messages and "'half.png'" in messages[-1][2] and "truncated" in messages[-1][2]


def test_the_same_image_inserted_twice_is_stored_once(qtbot, sample_copy: Path, tmp_path: Path) -> None:
    source = make_image(tmp_path / "Hall.jpg", PHOTO_SIZE)
    texts = []
    for _ in range(2):
        dialog = image_dialog(qtbot, sample_copy, source=source)
        type_text(dialog.alt_edit, "The hall")
        dialog.ok_button.click()
        texts.append(dialog.markdown())
    assert texts[0] == texts[1] == "![The hall](../media/hall.jpg)"
    assert sorted(p.name for p in (sample_copy / "media").glob("hall*.jpg")) == ["hall.jpg"]


def test_a_pasted_image_is_stored_as_png(qtbot, sample_copy: Path) -> None:
    buffer = io.BytesIO()
    Image.new("RGB", (300, 200), "purple").save(buffer, "PNG")
    dialog = image_dialog(qtbot, sample_copy, image_data=buffer.getvalue(), suggested_name="Екранна снимка")
    assert dialog.file_row.name_label.text() == "Pasted image"
    assert "300 × 200" in dialog.size_label.text()
    type_text(dialog.alt_edit, "A purple square")
    dialog.ok_button.click()
    assert dialog.markdown() == "![A purple square](../media/ekranna-snimka.png)"


def test_the_image_dialog_is_usable_by_keyboard_and_screen_reader(qtbot, sample_copy: Path, tmp_path: Path) -> None:
    dialog = image_dialog(qtbot, sample_copy)
    assert dialog.focusWidget() is dialog.file_row.choose_button  # nothing chosen: start by choosing
    for widget in (dialog.file_row.choose_button, dialog.alt_edit, dialog.caption_edit, dialog.preview):
        assert widget.accessibleName()
    assert dialog.alt_edit.accessibleName() == "Alt text (required)"
    dialog.set_source(make_image(tmp_path / "x.jpg", (400, 300)))
    assert dialog.focusWidget() is dialog.file_row.choose_button
    # Every label that names a field moves the focus to it with Alt+letter.
    assert "&A" in dialog.findChild(QLabel, "altLabel").text()
    assert dialog.findChild(QLabel, "altLabel").buddy() is dialog.alt_edit


def test_inserting_a_video_creates_caption_files_and_says_which(
    qtbot, sample_copy: Path, tmp_path: Path, messages
) -> None:
    dialog = InsertVideoDialog(Handbook.load(sample_copy), source=new_video(sample_copy, tmp_path, "Лекция 1.webm"))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ok_button.isEnabled() and dialog.focusWidget() is dialog.caption_edit
    dialog.set_poster(make_image(tmp_path / "frame.png", (640, 360)))
    type_text(dialog.caption_edit, "Първа лекция")
    dialog.ok_button.click()

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.markdown() == (
        "/// video | Първа лекция\n"
        "src: ../media/lektsiya-1.webm\n"
        "poster: ../media/lektsiya-1.png\n"
        "captions: ../media/lektsiya-1.{lang}.vtt\n"
        "///\n"
    )
    names = [f"lektsiya-1.{lang}.vtt" for lang in ("bg", "ru", "en", "kk", "uz")]
    assert [p.name for p in dialog.created_files] == names
    assert all((sample_copy / "media" / name).is_file() for name in names)
    [(kind, _title, text)] = messages
    assert kind == "information" and all(f"media/{name}" in text for name in names)


def test_the_video_dialog_needs_a_file_and_reports_a_bad_one(
    qtbot, sample_copy: Path, tmp_path: Path, messages
) -> None:
    dialog = InsertVideoDialog(sample_copy)
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    fake = tmp_path / "lecture.mp4"
    fake.write_text("not a video", encoding="utf-8")
    dialog.set_source(fake)
    dialog.ok_button.click()
    assert dialog.markdown() == "" and dialog.result() != QDialog.DialogCode.Accepted
    assert messages and "'lecture.mp4' does not look like a video" in messages[-1][2]
    assert not list((sample_copy / "media").glob("lecture*"))


def test_inserting_audio_creates_transcripts(qtbot, sample_copy: Path, tmp_path: Path, messages) -> None:
    source = tmp_path / "Interview.ogg"
    source.write_bytes((sample_copy / "media" / "interview.ogg").read_bytes() + b"\0")
    dialog = InsertAudioDialog(sample_copy, source=source, languages=["bg", "en"])
    qtbot.addWidget(dialog)
    type_text(dialog.caption_edit, "Interview")
    dialog.ok_button.click()
    assert dialog.markdown() == (
        "/// audio | Interview\nsrc: ../media/interview-2.ogg\ntranscript: ../media/interview-2.{lang}.md\n///\n"
    )
    assert [p.name for p in dialog.created_files] == ["interview-2.bg.md", "interview-2.en.md"]
    assert "media/interview-2.bg.md" in messages[-1][2]
