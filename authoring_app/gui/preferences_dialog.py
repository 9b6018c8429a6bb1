"""Edit ▸ Preferences…: the user's own settings of Handbook Studio, one page per area.

Each page is a :class:`PreferencesPage`: it shows the stored values when made and stores what the user chose in
:meth:`~PreferencesPage.apply` (OK). A new preference goes onto the page of its area, or onto a new page added to
:attr:`PreferencesDialog.pages` — the dialog shows a tab bar once there is more than one.

Pages: Interface (the language of the interface) and Safety (the folder of recovery copies and backups, and how
many backups of each handbook are kept; :mod:`authoring_app.core.safety_settings` stores them, so that the
``handbook`` command uses the same folder and number).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from authoring_app.core import safety_settings
from authoring_app.core.paths import user_data_dir
from authoring_app.gui import window_dialogs
from authoring_app.gui.dialog_size import open_at_least
from authoring_app.gui.ui_language import UI_LANGUAGES, save_language, saved_language


class PreferencesPage(QWidget):
    """One area of the preferences; :attr:`title` names its tab."""

    title = ""

    def apply(self) -> None:
        """Store the values shown (the user pressed OK)."""
        raise NotImplementedError


class InterfacePage(PreferencesPage):
    """The language of menus and dialogs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = self.tr("Interface")
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("uiLanguageCombo")
        self.language_combo.addItem(self.tr("System default"), "")
        for code, name in UI_LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(saved_language())))
        self.language_combo.setAccessibleName(self.tr("Language of the interface"))
        note = QLabel(self.tr("The new language is used the next time Handbook Studio starts."))
        note.setObjectName("uiLanguageNote")
        note.setWordWrap(True)
        note.setEnabled(False)  # the muted text colour: a note, not a warning

        form = QFormLayout(self)
        label = QLabel(self.tr("&Language:"))
        label.setBuddy(self.language_combo)
        form.addRow(label, self.language_combo)
        form.addRow("", note)

    def apply(self) -> None:
        save_language(str(self.language_combo.currentData()))


class SafetyPage(PreferencesPage):
    """Where recovery copies and backups go, and how many backups of each handbook are kept."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = self.tr("Safety")
        self.stored = safety_settings.load_safety_settings()
        #: The folder chosen (None: the data folder).
        self.folder: Path | None = self.stored.folder

        self.folder_edit = QLineEdit()
        self.folder_edit.setObjectName("safetyFolder")
        self.folder_edit.setReadOnly(True)
        self.folder_edit.setAccessibleName(self.tr("Folder of recovery copies and backups"))
        self.folder_edit.setPlaceholderText(self.tr("The data folder: {folder}").format(folder=user_data_dir()))
        self.choose_button = QPushButton(self.tr("&Choose…"))
        self.choose_button.setObjectName("safetyFolderChoose")
        self.choose_button.clicked.connect(self._choose_folder)
        self.default_button = QPushButton(self.tr("&Default"))
        self.default_button.setObjectName("safetyFolderDefault")
        self.default_button.setToolTip(self.tr("Use the data folder again"))
        self.default_button.clicked.connect(lambda: self.set_folder(None))
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.choose_button)
        folder_row.addWidget(self.default_button)
        note = QLabel(
            self.tr(
                "Recovery copies of unsaved text and the backups made on close go to this folder from the next start "
                "of Handbook Studio (the handbook command uses it at once). Those made before stay where they are."
            )
        )
        note.setObjectName("safetyFolderNote")
        note.setWordWrap(True)
        note.setEnabled(False)  # the muted text colour: a note, not a warning

        self.keep_box = QSpinBox()
        self.keep_box.setObjectName("safetyKeep")
        self.keep_box.setRange(1, safety_settings.MAX_KEEP)
        self.keep_box.setValue(self.stored.keep)
        self.keep_box.setAccessibleName(self.tr("Backups to keep of each handbook"))
        self.keep_box.setToolTip(self.tr("Older backups are deleted when a new one is made"))

        form = QFormLayout(self)
        folder_label = QLabel(self.tr("Recovery and &backup folder:"))
        folder_label.setBuddy(self.choose_button)
        form.addRow(folder_label, folder_row)
        form.addRow("", note)
        keep_label = QLabel(self.tr("Backups to &keep:"))
        keep_label.setBuddy(self.keep_box)
        form.addRow(keep_label, self.keep_box)
        self.set_folder(self.folder)

    def set_folder(self, folder: Path | None) -> None:
        """Show ``folder`` as the choice (None: the data folder)."""
        self.folder = Path(folder) if folder is not None else None
        self.folder_edit.setText(str(self.folder) if self.folder is not None else "")
        self.default_button.setEnabled(self.folder is not None)

    def apply(self) -> None:
        chosen = safety_settings.SafetySettings(self.folder, self.keep_box.value())
        if chosen == self.stored:
            return
        try:
            safety_settings.save_safety_settings(chosen)
        except OSError as error:
            window_dialogs.warn(
                self.window(),
                self.tr("Preferences not saved"),
                self.tr("The safety settings could not be saved in {file}: {error}").format(
                    file=safety_settings.settings_path(), error=error.strerror or error
                ),
            )
            return
        self.stored = chosen

    def _choose_folder(self) -> None:
        start = str(self.folder or user_data_dir())
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder of Recovery Copies and Backups"), start)
        if folder:
            self.set_folder(Path(folder))


class PreferencesDialog(QDialog):
    """The preferences, applied on OK and forgotten on Cancel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.pages: list[PreferencesPage] = [InterfacePage(), SafetyPage()]

        layout = QVBoxLayout(self)
        if len(self.pages) == 1:
            layout.addWidget(self.pages[0])
        else:
            tabs = QTabWidget()
            for page in self.pages:
                tabs.addTab(page, page.title)
            layout.addWidget(tabs)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        open_at_least(self, 420)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    @property
    def interface(self) -> InterfacePage:
        return next(page for page in self.pages if isinstance(page, InterfacePage))

    @property
    def safety(self) -> SafetyPage:
        return next(page for page in self.pages if isinstance(page, SafetyPage))

    def accept(self) -> None:
        for page in self.pages:
            page.apply()
        super().accept()
