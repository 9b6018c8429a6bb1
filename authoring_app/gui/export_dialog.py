"""File → Export…: choose where, what and which languages.

The dialog only asks and checks; :class:`~.export_runner.ExportController` shows it and runs the export off the UI
thread. The menu action calls :func:`~.export_runner.run_export`.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from authoring_app.core.export.output import MARKER
from authoring_app.core.handbook import Handbook
from authoring_app.gui.dialog_size import open_at_least
from authoring_app.gui.export_formats import EXPORT_FORMATS, ExportFormat, ExportOptions
from authoring_app.gui.languages import language_name
from authoring_app.gui.main_window import app_settings

_LANGUAGE_COLUMNS = 3


def default_output_folder(handbook_root: Path) -> Path:
    """Beside the handbook, never inside it: ``<parent>/<handbook folder>-site``."""
    root = Path(handbook_root)
    return root.parent / f"{root.name}-site"


def _settings_group(handbook_root: Path) -> str:
    """One settings group per handbook folder (a path cannot be a settings key: its slashes make groups)."""
    digest = hashlib.sha1(str(Path(handbook_root).resolve()).encode("utf-8")).hexdigest()[:16]
    return f"export/{digest}"


@dataclass(frozen=True)
class FolderCheck:
    """What the dialog can tell about the chosen output folder before starting."""

    #: False: the export would be refused, so the Export button is off.
    ok: bool
    #: Shown under the folder field ("" when there is nothing to say).
    message: str
    #: True when ``message`` is a warning rather than a note.
    warning: bool = False


class ExportDialog(QDialog):
    """Asks for the output folder, the format, the languages and an optional base URL.

    Window-modal; the folder, the format and the base URL are remembered per handbook when the user clicks Export.
    """

    def __init__(self, handbook: Handbook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._handbook = handbook
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export Handbook"))
        self.setAccessibleName(self.tr("Export handbook"))
        self.setWindowModality(Qt.WindowModality.WindowModal)

        # -- output folder
        self.folder_edit = QLineEdit()
        self.folder_edit.setObjectName("exportFolder")
        self.folder_edit.setAccessibleName(self.tr("Output folder"))
        self.folder_edit.setClearButtonEnabled(True)
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.setObjectName("exportBrowse")
        self.browse_button.setAccessibleName(self.tr("Choose the output folder"))
        self.browse_button.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.setContentsMargins(0, 0, 0, 0)
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.browse_button)
        self.folder_note = QLabel()
        self.folder_note.setObjectName("exportFolderNote")
        self.folder_note.setAccessibleName(self.tr("About the output folder"))
        self.folder_note.setWordWrap(True)
        self.folder_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # -- formats: several at once, one check box each (only the implemented ones exist)
        self.format_boxes: dict[str, QCheckBox] = {}
        self.formats_box = QWidget()
        self.formats_box.setObjectName("exportFormats")
        self.formats_box.setAccessibleName(self.tr("Formats to make"))
        format_grid = QGridLayout(self.formats_box)
        format_grid.setContentsMargins(0, 0, 0, 0)
        for index, fmt in enumerate(EXPORT_FORMATS):
            box = QCheckBox(fmt.translated_label())
            box.setObjectName(f"exportFormat_{fmt.key}")
            box.setToolTip(fmt.translated_description())
            box.setChecked(fmt.key == "site")
            box.toggled.connect(self._show_format_note)
            box.toggled.connect(self._update_state)
            self.format_boxes[fmt.key] = box
            format_grid.addWidget(box, index // 2, index % 2)
        self.format_note = QLabel()
        self.format_note.setObjectName("exportFormatNote")
        self.format_note.setWordWrap(True)
        self.format_note.setEnabled(False)  # muted text colour
        self.validate_box = QCheckBox(self.tr("&Validate the result (HTML, accessibility, EPUB and SCORM checks)"))
        self.validate_box.setObjectName("exportValidate")
        self.validate_box.setToolTip(
            self.tr("Runs the validators installed on this computer and writes report.html; takes a little longer.")
        )

        # -- languages
        config = handbook.config
        self.language_boxes: dict[str, QCheckBox] = {}
        self.languages_box = QWidget()
        self.languages_box.setObjectName("exportLanguages")
        self.languages_box.setAccessibleName(self.tr("Languages to export"))
        grid = QGridLayout(self.languages_box)
        grid.setContentsMargins(0, 0, 0, 0)
        for index, code in enumerate(config.languages):
            name = language_name(code)
            if code == config.source_language:
                text = self.tr("{language} ({code}, source)").format(language=name, code=code)
            else:
                text = self.tr("{language} ({code})").format(language=name, code=code)
            box = QCheckBox(text)
            box.setObjectName(f"exportLanguage_{code}")
            box.setAccessibleName(name)
            box.setChecked(True)
            box.toggled.connect(self._update_state)
            self.language_boxes[code] = box
            grid.addWidget(box, index // _LANGUAGE_COLUMNS, index % _LANGUAGE_COLUMNS)
        self.languages_note = QLabel()
        self.languages_note.setObjectName("exportLanguagesNote")
        self.languages_note.setWordWrap(True)
        grid.addWidget(self.languages_note, grid.rowCount(), 0, 1, _LANGUAGE_COLUMNS)

        # -- base URL
        self.base_url_edit = QLineEdit()
        self.base_url_edit.setObjectName("exportBaseUrl")
        self.base_url_edit.setAccessibleName(self.tr("Base URL (optional)"))
        self.base_url_edit.setPlaceholderText(self.tr("https://courses.example.edu/handbook/ (optional)"))
        self.base_url_edit.setClearButtonEnabled(True)
        self.base_url_note = QLabel()
        self.base_url_note.setObjectName("exportBaseUrlNote")
        self.base_url_note.setWordWrap(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        folder_label = QLabel(self.tr("Output &folder:"))
        folder_label.setBuddy(self.folder_edit)
        form.addRow(folder_label, folder_row)
        form.addRow("", self.folder_note)
        format_label = QLabel(self.tr("F&ormats:"))
        first_format = next(iter(self.format_boxes.values()), None)
        if first_format is not None:
            format_label.setBuddy(first_format)
        form.addRow(format_label, self.formats_box)
        form.addRow("", self.format_note)
        languages_label = QLabel(self.tr("&Languages:"))
        first_box = next(iter(self.language_boxes.values()), None)
        if first_box is not None:
            languages_label.setBuddy(first_box)
        form.addRow(languages_label, self.languages_box)
        base_label = QLabel(self.tr("Base &URL:"))
        base_label.setBuddy(self.base_url_edit)
        form.addRow(base_label, self.base_url_edit)
        form.addRow("", self.base_url_note)
        form.addRow("", self.validate_box)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setText(self.tr("&Export"))
        self.export_button.setObjectName("exportStart")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.folder_edit.textChanged.connect(self._update_state)
        self.base_url_edit.textChanged.connect(self._update_state)
        self._restore()
        self._show_format_note()
        self._update_state()
        open_at_least(self, 560)

    # ------------------------------------------------------------------------------------------ public ---

    @property
    def handbook(self) -> Handbook:
        return self._handbook

    def selected_formats(self) -> tuple[ExportFormat, ...]:
        return tuple(fmt for fmt in EXPORT_FORMATS if self.format_boxes[fmt.key].isChecked())

    def selected_languages(self) -> tuple[str, ...]:
        return tuple(code for code, box in self.language_boxes.items() if box.isChecked())

    def output_folder(self) -> Path | None:
        text = self.folder_edit.text().strip()
        return Path(text).expanduser() if text else None

    def base_url(self) -> str | None:
        return self.base_url_edit.text().strip() or None

    def options(self) -> ExportOptions:
        """The export the user asked for (call when the Export button is enabled)."""
        out = self.output_folder()
        if out is None:
            raise ValueError("no output folder chosen")
        return ExportOptions(
            root=self._handbook.root,
            out=out,
            formats=tuple(fmt.key for fmt in self.selected_formats()),
            languages=self.selected_languages(),
            base_url=self.base_url(),
            validate=self.validate_box.isChecked(),
        )

    def check_folder(self) -> FolderCheck:
        """What the core will say about the folder, said before starting (the core checks again when it runs)."""
        out = self.output_folder()
        if out is None:
            return FolderCheck(False, self.tr("Choose the folder the export goes into."))
        if not out.is_absolute():
            return FolderCheck(False, self.tr("Give the full path of the folder, or choose it with Browse…"), True)
        try:
            out = out.resolve()
            root = self._handbook.root.resolve()
            if out == root or root.is_relative_to(out):
                return FolderCheck(
                    False, self.tr("This folder holds the handbook itself: choose another folder."), True
                )
            if out.is_relative_to(root):
                return FolderCheck(
                    False,
                    self.tr("This folder is inside the handbook: choose a folder outside {root}.").format(root=root),
                    True,
                )
            if out.exists() and not out.is_dir():
                return FolderCheck(False, self.tr("This is a file, not a folder: choose a folder."), True)
            if out.is_dir():
                if (out / MARKER).is_file():
                    return FolderCheck(True, self.tr("An earlier export in this folder will be replaced."))
                if any(out.iterdir()):
                    return FolderCheck(
                        False,
                        self.tr(
                            "This folder is not empty and was not made by an export. The export replaces its "
                            "whole folder, so it will not write here: choose an empty or new folder."
                        ),
                        True,
                    )
                return FolderCheck(True, self.tr("The folder is empty: the export will be written into it."))
        except OSError as error:
            return FolderCheck(
                False, self.tr("This folder cannot be read ({reason}).").format(reason=error.strerror), True
            )
        return FolderCheck(True, self.tr("The folder will be created."))

    def accept(self) -> None:
        if not self.export_button.isEnabled():
            return
        self._remember()
        super().accept()

    # --------------------------------------------------------------------------------------- internals ---

    def _browse(self) -> None:
        current = self.output_folder()
        start = current if current is not None and current.is_dir() else (current.parent if current else None)
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the Output Folder"), str(start or self._handbook.root.parent)
        )
        if folder:
            self.folder_edit.setText(str(Path(folder)))

    def _show_format_note(self) -> None:
        chosen = self.selected_formats()
        if not chosen:
            self._set_note(self.format_note, self.tr("Choose at least one format."), True)
            return
        if len(chosen) == 1:
            text = chosen[0].translated_description()
        elif "site" in self.format_boxes and self.format_boxes["site"].isChecked():
            text = self.tr("One file per language and format goes into the folder, the website into its site folder.")
        else:
            text = self.tr("One file per language and format goes into the folder.")
        self._set_note(self.format_note, text, False)

    def _set_note(self, label: QLabel, text: str, warning: bool) -> None:
        label.setText(text)
        label.setVisible(bool(text))
        label.setProperty("warning", warning)
        # A warning in the palette's link-visited/red tone would depend on the theme: bold reads on every theme.
        font = label.font()
        font.setBold(warning)
        label.setFont(font)
        label.setEnabled(warning)  # notes in the muted text colour, warnings in the normal one

    def _update_state(self) -> None:
        folder = self.check_folder()
        self._set_note(self.folder_note, folder.message, folder.warning)

        formats_ok = bool(self.selected_formats())
        languages_ok = bool(self.selected_languages())
        self._set_note(
            self.languages_note, "" if languages_ok else self.tr("Choose at least one language."), not languages_ok
        )

        url = self.base_url()
        url_ok = url is None or url.lower().startswith(("https://", "http://"))
        if url_ok:
            message = self.tr("Only for sitemap.xml: search engines need full addresses. Leave empty if unsure.")
        else:
            message = self.tr("A base URL starts with https:// (or http://).")
        self._set_note(self.base_url_note, message, not url_ok)

        self.export_button.setEnabled(folder.ok and formats_ok and languages_ok and url_ok)

    def _restore(self) -> None:
        settings = app_settings()
        settings.beginGroup(_settings_group(self._handbook.root))
        folder = settings.value("folder", "", str)
        base_url = settings.value("base_url", "", str)
        formats = settings.value("formats", "", str)
        validate = settings.value("validate", False, bool)
        settings.endGroup()
        self.folder_edit.setText(folder or str(default_output_folder(self._handbook.root)))
        self.base_url_edit.setText(base_url)
        remembered = [key for key in formats.split(",") if key in self.format_boxes]
        if remembered:
            for key, box in self.format_boxes.items():
                box.setChecked(key in remembered)
        self.validate_box.setChecked(validate)

    def _remember(self) -> None:
        settings = app_settings()
        settings.beginGroup(_settings_group(self._handbook.root))
        settings.setValue("folder", self.folder_edit.text().strip())
        settings.setValue("base_url", self.base_url_edit.text().strip())
        settings.setValue("formats", ",".join(fmt.key for fmt in self.selected_formats()))
        settings.setValue("validate", self.validate_box.isChecked())
        settings.endGroup()
