"""The dialog that inserts an image: a file (or pasted data), its alt text (required) and a caption."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage, QImageReader, QPixmap, QShowEvent
from PySide6.QtWidgets import QDialog, QFormLayout, QFrame, QLabel, QLineEdit, QMessageBox, QWidget

from authoring_app.core.handbook import Handbook
from authoring_app.core.media_import import (
    DEFAULT_MAX_EDGE,
    ImageInfo,
    ImportedImage,
    MediaImportError,
    import_image,
    import_image_bytes,
    inspect_image,
    inspect_image_bytes,
)
from authoring_app.core.snippets import image_markdown
from authoring_app.gui.media_form import (
    IMAGE_PATTERNS,
    PREVIEW_SIZE,
    FileRow,
    add_rows,
    ask_open_file,
    finish_layout,
    fit_height,
    handbook_root,
    hint_label,
    insert_buttons,
    wait_cursor,
)


class InsertImageDialog(QDialog):
    """Choose an image, describe it (alt text is required), optionally caption it; OK imports it into media/.

    ``source`` is an already chosen file (dropped on the editor); ``image_data`` is pasted image bytes (stored as
    PNG, named after ``suggested_name``). After acceptance :meth:`markdown` is ``![alt](../media/x.png "Caption")``
    and :attr:`imported` tells where the file went and whether it was scaled.
    """

    markdown_ready = Signal(str)

    def __init__(
        self,
        handbook: Handbook | Path | str,
        parent: QWidget | None = None,
        *,
        source: Path | str | None = None,
        image_data: bytes | None = None,
        suggested_name: str = "pasted-image",
        max_pixels_edge: int = DEFAULT_MAX_EDGE,
    ) -> None:
        super().__init__(parent)
        self.root = handbook_root(handbook)
        self.max_pixels_edge = max_pixels_edge
        self.source: Path | None = None
        self.image_data: bytes | None = None
        self.suggested_name = suggested_name
        self.info: ImageInfo | None = None
        self.imported: ImportedImage | None = None
        self._markdown = ""

        self.setObjectName("insertImageDialog")
        self.setWindowTitle(self.tr("Insert Image"))
        self.setAccessibleName(self.tr("Insert image"))
        self.setAcceptDrops(True)

        self.file_row = FileRow(
            self.tr("&Choose file…"), self.tr("Choose an image file"), self.tr("No image chosen yet"), parent=self
        )
        self.file_row.choose_button.clicked.connect(self.choose_file)

        self.preview = QLabel(self.tr("Drop an image here or choose a file"))
        self.preview.setObjectName("imagePreview")
        self.preview.setAccessibleName(self.tr("Preview of the image"))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setWordWrap(True)
        self.preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.preview.setFixedSize(PREVIEW_SIZE + QSize(4, 4))

        self.size_label = hint_label("imageSize")
        self.size_label.setAccessibleName(self.tr("Image size"))

        self.alt_edit = QLineEdit()
        self.alt_edit.setObjectName("altText")
        self.alt_edit.setAccessibleName(self.tr("Alt text (required)"))
        self.alt_edit.setAccessibleDescription(
            self.tr("What the image shows, for readers who cannot see it. Required.")
        )
        self.alt_edit.setPlaceholderText(self.tr("What the image shows, e.g. “Students working in pairs”"))
        self.alt_edit.textChanged.connect(self._update_state)

        self.alt_hint = hint_label("altHint")
        self.alt_hint.setText(
            self.tr("Alt text is required: readers with a screen reader hear it instead of seeing the image.")
        )
        self.alt_hint.setAccessibleName(self.tr("Why alt text is needed"))

        self.caption_edit = QLineEdit()
        self.caption_edit.setObjectName("caption")
        self.caption_edit.setAccessibleName(self.tr("Caption (optional)"))
        self.caption_edit.setPlaceholderText(self.tr("Shown under the image (optional)"))

        self.buttons, self.ok_button = insert_buttons(self, self.tr("&Insert"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        add_rows(
            form,
            [
                (self.tr("Image &file:"), self.file_row, self.file_row.choose_button),
                ("", self.preview, None),
                ("", self.size_label, None),
                (self.tr("&Alt text (required):"), self.alt_edit, None),
                ("", self.alt_hint, None),
                (self.tr("Ca&ption:"), self.caption_edit, None),
            ],
        )
        form.labelForField(self.alt_edit).setObjectName("altLabel")
        # The dialog grows with the wrapped size and hint texts instead of letting them overlap the preview.
        finish_layout(self, form, self.buttons)

        if source is not None:
            self.set_source(Path(source))
        elif image_data is not None:
            self.set_image_data(image_data, suggested_name)
        self._update_state()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Start where the work is: describe the chosen image, or else choose one.
        (self.alt_edit if self.info is not None else self.file_row.choose_button).setFocus()

    # --- what the dialog produced --------------------------------------------------------------------------------
    def markdown(self) -> str:
        """The Markdown to insert ("" until the dialog was accepted)."""
        return self._markdown

    # --- choosing the image ---------------------------------------------------------------------------------------
    def choose_file(self) -> None:
        path = ask_open_file(
            self,
            self.tr("Choose an Image"),
            self.source,
            self.tr("Images ({patterns})").format(patterns=IMAGE_PATTERNS),
        )
        if path:
            self.set_source(path)

    def set_source(self, path: Path) -> bool:
        """Use the image file ``path``; a file that cannot be used is reported and the previous choice kept."""
        info = self._inspect(lambda: inspect_image(path, max_pixels_edge=self.max_pixels_edge))
        if info is None:
            return False
        self.source, self.image_data, self.info = path, None, info
        self.file_row.show_name(path.name)
        self.file_row.setToolTip(str(path))
        reader = QImageReader(str(path))
        self._show_preview(reader)
        self._update_state()
        return True

    def set_image_data(self, data: bytes, suggested_name: str = "pasted-image") -> bool:
        """Use pasted image bytes (stored as PNG on OK)."""
        info = self._inspect(lambda: inspect_image_bytes(data, max_pixels_edge=self.max_pixels_edge))
        if info is None:
            return False
        self.source, self.image_data, self.info = None, data, info
        self.suggested_name = suggested_name
        self.file_row.show_name(self.tr("Pasted image"))
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._show_preview(QImageReader(buffer))
        buffer.close()
        self._update_state()
        return True

    def _inspect(self, inspect: Callable[[], ImageInfo]) -> ImageInfo | None:
        try:
            return inspect()
        except MediaImportError as exc:
            QMessageBox.warning(self, self.tr("This Image Cannot Be Used"), exc.message)
            return None

    def _show_preview(self, reader: QImageReader) -> None:
        """A thumbnail read at preview size (a 6000×4000 photo is never decoded whole for it)."""
        reader.setAutoTransform(True)
        size = reader.size()
        if size.isValid() and not size.isEmpty():
            reader.setScaledSize(size.scaled(PREVIEW_SIZE, Qt.AspectRatioMode.KeepAspectRatio))
        image: QImage = reader.read()
        if image.isNull():
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("No preview available"))
            return
        if image.width() > PREVIEW_SIZE.width() or image.height() > PREVIEW_SIZE.height():
            image = image.scaled(
                PREVIEW_SIZE, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        self.preview.setPixmap(QPixmap.fromImage(image))

    # --- state --------------------------------------------------------------------------------------------------
    def size_text(self) -> str:
        info = self.info
        if info is None:
            return ""
        if info.format == "SVG":
            return self.tr("SVG drawing: stored as it is, sharp at any size.")
        if info.will_scale:
            text = self.tr(
                "{width} × {height} pixels: will be scaled down to {final_width} × {final_height} pixels, "
                "large enough for any screen."
            )
        else:
            text = self.tr("{width} × {height} pixels.")
        text = text.format(
            width=info.width, height=info.height, final_width=info.final_width, final_height=info.final_height
        )
        if info.has_metadata:
            text += " " + self.tr("Camera data (such as the location) will be removed.")
        return text

    def _update_state(self) -> None:
        alt_missing = not self.alt_edit.text().strip()
        self.alt_hint.setVisible(alt_missing)
        self.size_label.setText(self.size_text())
        self.size_label.setVisible(self.info is not None)
        self.ok_button.setEnabled(self.info is not None and not alt_missing)
        fit_height(self)

    # --- drag and drop -------------------------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if (urls and urls[0].isLocalFile()) or event.mimeData().hasImage():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        if mime.urls() and mime.urls()[0].isLocalFile():
            self.set_source(Path(mime.urls()[0].toLocalFile()))
            event.acceptProposedAction()
        elif mime.hasImage():
            image = QImage(mime.imageData())
            buffer = QBuffer()
            buffer.open(QIODevice.OpenModeFlag.WriteOnly)
            image.save(buffer, "PNG")
            self.set_image_data(bytes(buffer.data()), self.suggested_name)
            event.acceptProposedAction()

    # --- OK --------------------------------------------------------------------------------------------------------
    def accept(self) -> None:
        alt = self.alt_edit.text().strip()
        if self.info is None or not alt:  # the button is off then; Enter in a field must not get around it
            self._update_state()
            return
        try:
            with wait_cursor():
                imported = self._import()
        except MediaImportError as exc:
            QMessageBox.warning(self, self.tr("The Image Was Not Inserted"), exc.message)
            return
        self.imported = imported
        self._markdown = image_markdown(alt, imported.markdown_path, self.caption_edit.text())
        super().accept()
        self.markdown_ready.emit(self._markdown)

    def _import(self) -> ImportedImage:
        if self.image_data is not None:
            return import_image_bytes(
                self.root, self.image_data, self.suggested_name, max_pixels_edge=self.max_pixels_edge
            )
        assert self.source is not None
        return import_image(self.root, self.source, max_pixels_edge=self.max_pixels_edge)
