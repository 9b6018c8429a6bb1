"""The dialogs that insert a video or a recording, with caption or transcript files for every language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QCheckBox, QDialog, QFormLayout, QLineEdit, QMessageBox, QWidget

from authoring_app.core.handbook import Handbook, HandbookLoadError
from authoring_app.core.media_import import MediaImportError
from authoring_app.core.render.media_blocks import AUDIO_EXTENSIONS, VIDEO_EXTENSIONS
from authoring_app.core.snippets import MediaInsertion, insert_audio, insert_video
from authoring_app.gui.languages import language_name
from authoring_app.gui.media_form import (
    IMAGE_PATTERNS,
    FileRow,
    add_rows,
    ask_open_file,
    file_patterns,
    finish_layout,
    handbook_root,
    hint_label,
    insert_buttons,
    wait_cursor,
)


class _MediaBlockDialog(QDialog):
    """Shared by the video and audio dialogs: a file, a caption, the per-language text files, OK imports."""

    markdown_ready = Signal(str)
    KIND = ""

    def __init__(
        self,
        handbook: Handbook | Path | str,
        parent: QWidget | None = None,
        *,
        source: Path | str | None = None,
        languages: list[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.root = handbook_root(handbook)
        self.languages = languages or self._languages_of(handbook)
        self.source: Path | None = None
        self.insertion: MediaInsertion | None = None
        self._markdown = ""
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)

        self.caption_edit = QLineEdit()
        self.caption_edit.setObjectName("caption")
        self.texts_box = QCheckBox()
        self.texts_box.setChecked(True)
        self.buttons, self.ok_button = insert_buttons(self, self.tr("&Insert"))
        self.file_row = FileRow(self.tr("Choose file…"), "", "", parent=self)
        self.file_row.choose_button.clicked.connect(self.choose_file)
        self._lay_out(*self._build())
        if source is not None:
            self.set_source(Path(source))
        self._update_state()

    @staticmethod
    def _languages_of(handbook: Handbook | Path | str) -> list[str]:
        if isinstance(handbook, Handbook):
            return list(handbook.config.languages)
        try:
            return list(Handbook.load(handbook).config.languages)
        except HandbookLoadError:
            return []

    def _build(self) -> tuple[list[tuple[str, QWidget, QWidget | None]], str, str]:
        """Name and describe the widgets of this kind; return the form's rows, the note's name and its text."""
        raise NotImplementedError

    def _describe(self, file_name: str, no_file: str, caption: str, caption_hint: str, box: str, box_name: str) -> None:
        """The accessible names and texts that differ between a video and a recording."""
        self.file_row.choose_button.setAccessibleName(file_name)
        self.file_row.empty_text = no_file
        self.file_row.name_label.setText(no_file)
        self.caption_edit.setAccessibleName(caption)
        self.caption_edit.setPlaceholderText(caption_hint)
        self.texts_box.setText(box)
        self.texts_box.setAccessibleName(box_name)

    def _lay_out(self, rows: list[tuple[str, QWidget, QWidget | None]], note_name: str, note_text: str) -> None:
        """The labelled ``rows``, the text-files box, a note (``{languages}`` filled in) and the buttons."""
        note = hint_label(note_name)
        note.setText(note_text.format(languages=", ".join(language_name(code) for code in self.languages) or "—"))
        add_rows(self.form, [*rows, ("", self.texts_box, None), ("", note, None)])
        finish_layout(self, self.form, self.buttons)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        (self.caption_edit if self.source else self.file_row.choose_button).setFocus()

    def markdown(self) -> str:
        """The block to insert ("" until the dialog was accepted)."""
        return self._markdown

    @property
    def created_files(self) -> list[Path]:
        """Caption or transcript files created by the insertion (to fill in)."""
        return list(self.insertion.created) if self.insertion else []

    def set_source(self, path: Path) -> None:
        self.source = Path(path)
        self.file_row.show_name(self.source.name)
        self.file_row.setToolTip(str(self.source))
        self._update_state()

    def _choose(self, title: str, filter_text: str) -> None:
        path = ask_open_file(self, title, self.source, filter_text)
        if path:
            self.set_source(path)

    def choose_file(self) -> None:
        raise NotImplementedError

    def _update_state(self) -> None:
        self.ok_button.setEnabled(self.source is not None)

    def _insert(self) -> MediaInsertion:
        raise NotImplementedError

    def _created_message(self, files: str) -> str:
        raise NotImplementedError

    def accept(self) -> None:
        if self.source is None:
            return
        try:
            with wait_cursor():
                insertion = self._insert()
        except MediaImportError as exc:
            QMessageBox.warning(self, self.tr("Nothing Was Inserted"), exc.message)
            return
        self.insertion = insertion
        self._markdown = insertion.text
        if insertion.created:
            files = "\n".join(f"media/{path.name}" for path in insertion.created)
            QMessageBox.information(self, self.tr("Files Created"), self._created_message(files))
        super().accept()
        self.markdown_ready.emit(self._markdown)


class InsertVideoDialog(_MediaBlockDialog):
    """Choose a video (copied, not converted), an optional poster image and a caption; caption files are created.

    On OK the video (and poster) go to media/, an empty ``.vtt`` caption file is created for each language that has
    none, the user is told which, and :meth:`markdown` is the ``/// video`` block.
    """

    KIND = "video"

    def _build(self) -> tuple[list[tuple[str, QWidget, QWidget | None]], str, str]:
        self.poster: Path | None = None
        self.setObjectName("insertVideoDialog")
        self.setWindowTitle(self.tr("Insert Video"))
        self.setAccessibleName(self.tr("Insert video"))
        self._describe(
            self.tr("Choose a video file"),
            self.tr("No video chosen yet"),
            self.tr("Caption under the player"),
            self.tr("Shown under the player, e.g. what the video is about"),
            self.tr("Create &caption files (.vtt), one per language"),
            self.tr("Create caption files for each language"),
        )
        self.poster_row = FileRow(
            self.tr("Choose poster…"),
            self.tr("Choose a poster image"),
            self.tr("None (optional)"),
            removable=True,
            parent=self,
        )
        self.poster_row.choose_button.clicked.connect(self.choose_poster)
        self.poster_row.remove_button.clicked.connect(lambda: self.set_poster(None))
        self.poster_row.remove_button.setAccessibleName(self.tr("Remove the poster image"))
        return (
            [
                (self.tr("&Video file:"), self.file_row, self.file_row.choose_button),
                (self.tr("&Poster:"), self.poster_row, self.poster_row.choose_button),
                (self.tr("C&aption:"), self.caption_edit, None),
            ],
            "videoNote",
            self.tr("The video is copied as it is (WebM or MP4 play everywhere). Languages: {languages}."),
        )

    def choose_file(self) -> None:
        self._choose(
            self.tr("Choose a Video"), self.tr("Videos ({patterns})").format(patterns=file_patterns(VIDEO_EXTENSIONS))
        )

    def choose_poster(self) -> None:
        path = ask_open_file(
            self, self.tr("Choose a Poster Image"), None, self.tr("Images ({patterns})").format(patterns=IMAGE_PATTERNS)
        )
        if path:
            self.set_poster(path)

    def set_poster(self, path: Path | None) -> None:
        self.poster = Path(path) if path else None
        self.poster_row.show_name(self.poster.name if self.poster else None)

    def _insert(self) -> MediaInsertion:
        assert self.source is not None
        return insert_video(
            self.root,
            self.source,
            caption=self.caption_edit.text(),
            poster=self.poster,
            languages=self.languages,
            with_captions=self.texts_box.isChecked(),
        )

    def _created_message(self, files: str) -> str:
        return self.tr(
            "These caption files were created in the handbook's media folder, one per language. "
            "Write the captions into them (WebVTT):\n\n{files}"
        ).format(files=files)


class InsertAudioDialog(_MediaBlockDialog):
    """Choose a recording (copied, not converted) and a caption; a transcript file per language is created."""

    KIND = "audio"

    def _build(self) -> tuple[list[tuple[str, QWidget, QWidget | None]], str, str]:
        self.setObjectName("insertAudioDialog")
        self.setWindowTitle(self.tr("Insert Audio"))
        self.setAccessibleName(self.tr("Insert audio"))
        self._describe(
            self.tr("Choose an audio file"),
            self.tr("No recording chosen yet"),
            self.tr("Caption of the recording"),
            self.tr("Shown above the player, e.g. who speaks about what"),
            self.tr("Create &transcript files, one per language"),
            self.tr("Create transcript files for each language"),
        )
        return (
            [
                (self.tr("Audio &file:"), self.file_row, self.file_row.choose_button),
                (self.tr("C&aption:"), self.caption_edit, None),
            ],
            "audioNote",
            self.tr("The recording is copied as it is (Ogg or MP3 play everywhere). Languages: {languages}."),
        )

    def choose_file(self) -> None:
        self._choose(
            self.tr("Choose a Recording"),
            self.tr("Audio ({patterns})").format(patterns=file_patterns(AUDIO_EXTENSIONS)),
        )

    def _insert(self) -> MediaInsertion:
        assert self.source is not None
        return insert_audio(
            self.root,
            self.source,
            caption=self.caption_edit.text(),
            languages=self.languages,
            with_transcript=self.texts_box.isChecked(),
        )

    def _created_message(self, files: str) -> str:
        return self.tr(
            "These transcript files were created in the handbook's media folder, one per language. "
            "Write what is said in the recording into them (Markdown):\n\n{files}"
        ).format(files=files)
