"""A section file that is not UTF-8 (Windows-1251 from an old editor, KOI8-R, UTF-16…): offered for conversion.

Opening such a file does not fail with a bare error: the app says which encoding the file seems to be in, shows
its first lines read that way (another encoding can be picked until the text reads right), and converts it to
UTF-8 on request (:func:`~authoring_app.core.encoding.convert_to_utf8`: the original bytes are kept in the
recovery folder first, the line ends stay), then opens it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from authoring_app.core.editing import EncodingError, RecoveryStore
from authoring_app.core.encoding import (
    LEGACY_ENCODINGS,
    NAMES_CONTEXT,
    TOO_LARGE,
    UNDECODABLE,
    UNKNOWN_ENCODING,
    UNREADABLE,
    UNWRITABLE,
    ConversionError,
    convert_to_utf8,
    encoding_name,
    preview,
)
from authoring_app.core.handbook import Handbook
from authoring_app.gui import window_dialogs as dialogs

#: The encoding shown first when the bytes do not say which one they are in.
DEFAULT_GUESS = "cp1251"


def encoding_label(encoding: str) -> str:
    """The name of ``encoding`` shown to the author, in the interface's language ("Windows-1251 (Cyrillic)")."""
    return QCoreApplication.translate(NAMES_CONTEXT, encoding_name(encoding))


def conversion_problem(error: ConversionError) -> str:
    """Why a conversion failed, in the interface's language (core's message is English, for the CLI)."""
    if error.code == UNDECODABLE:
        return QCoreApplication.translate(
            "EncodingDialog", "Line {line} cannot be read as {encoding}: the file is in another encoding."
        ).format(line=error.line, encoding=encoding_label(error.encoding))
    if error.code == UNKNOWN_ENCODING:
        return QCoreApplication.translate("EncodingDialog", "“{encoding}” is not an encoding this app knows.").format(
            encoding=error.encoding
        )
    if error.code == TOO_LARGE:
        return QCoreApplication.translate(
            "EncodingDialog", "The file is {size} MB, too large for a section: split it into several sections."
        ).format(size=max(1, error.size // 1048576))
    if error.code == UNREADABLE:
        return QCoreApplication.translate("EncodingDialog", "The file cannot be read: {reason}.").format(
            reason=error.reason
        )
    if error.code == UNWRITABLE:
        return QCoreApplication.translate(
            "EncodingDialog",
            "The file could not be converted: {reason}. It is unchanged; check the folder's permissions and free "
            "space, then try again.",
        ).format(reason=error.reason)
    return str(error)


class ConvertEncodingDialog(QDialog):
    """Shows the file read in a chosen encoding; accepted: convert it to UTF-8 from :meth:`encoding`."""

    def __init__(self, file: str, raw: bytes, guess: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("convertEncodingDialog")
        self.setWindowTitle(self.tr("Convert to UTF-8?"))
        self.resize(640, 420)
        self.raw = raw
        if guess is not None:
            text = self.tr(
                "<b>{file}</b> is not saved as UTF-8, the encoding the handbook uses: it looks like "
                "<b>{encoding}</b> text."
            ).format(file=file, encoding=encoding_label(guess))
        else:
            text = self.tr(
                "<b>{file}</b> is not saved as UTF-8, the encoding the handbook uses, and its encoding cannot be "
                "told for sure. Choose the one in which the text below reads correctly."
            ).format(file=file)
        self.message = QLabel(text, self)
        self.message.setWordWrap(True)
        self.encoding_box = QComboBox(self)
        self.encoding_box.setObjectName("encodingBox")
        self.encoding_box.setAccessibleName(self.tr("Encoding of the file"))
        for codec in LEGACY_ENCODINGS:
            self.encoding_box.addItem(encoding_label(codec), codec)
        self.encoding_box.setCurrentIndex(max(0, self.encoding_box.findData(guess or DEFAULT_GUESS)))
        self.encoding_box.currentIndexChanged.connect(self._show_preview)
        self.preview = QPlainTextEdit(self)
        self.preview.setObjectName("encodingPreview")
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("The first lines of the file in this encoding"))
        note = QLabel(
            self.tr(
                "Converting rewrites the file as UTF-8 (same text, same line ends) and keeps a copy of the original "
                "next to the recovery copies, then opens it."
            ),
            self,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.convert_button = buttons.addButton(self.tr("&Convert to UTF-8"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.convert_button.setObjectName("convertButton")
        self.convert_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Read as:"), self.encoding_box)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(form)
        layout.addWidget(self.preview, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self._show_preview()

    def encoding(self) -> str:
        return str(self.encoding_box.currentData())

    def _show_preview(self) -> None:
        self.preview.setPlainText(preview(self.raw, self.encoding(), lines=12))


def ask_conversion(parent: QWidget, file: str, error: EncodingError) -> str | None:
    """The encoding to convert ``file`` from, or None when the user cancelled."""
    dialog = ConvertEncodingDialog(file, error.raw, error.guess, parent)
    try:
        return dialog.encoding() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def open_converting(parent: QWidget, opener: Callable[[], object], recovery: RecoveryStore, handbook: Handbook) -> bool:
    """Call ``opener``; when the file is not UTF-8, offer to convert it and open it again.

    True when it opened; False when the user did not convert it (or the conversion failed: said so). Other
    :class:`EditingError` s go to the caller.
    """
    try:
        opener()
        return True
    except EncodingError as error:
        path = error.path
        file = f"{path.parent.name}/{path.name}"
        encoding = ask_conversion(parent, file, error)
        if encoding is None:
            return False
        try:
            conversion = convert_to_utf8(path, encoding, recovery.originals_folder(handbook.root, path.parent.name))
        except ConversionError as problem:
            dialogs.warn(
                parent,
                QCoreApplication.translate("EncodingDialog", "Cannot convert"),
                f"{file}: {conversion_problem(problem)}",
            )
            return False
    opener()
    bar = getattr(parent.window(), "statusBar", None)
    if bar is not None:
        bar().showMessage(
            QCoreApplication.translate(
                "EncodingDialog", "{file} was converted from {encoding} to UTF-8; the original is kept in {backup}."
            ).format(file=file, encoding=encoding_label(conversion.encoding), backup=conversion.backup),
            15000,
        )
    return True
