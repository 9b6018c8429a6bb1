"""The main window's menus and toolbar: File, Edit, Format, Insert, Structure, View, Help.

Standard shortcuts come from ``QKeySequence`` standard keys, so each platform gets its own (Ctrl+S, ⌘S …).
Actions that need an open section are disabled while none is open.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QImage, QKeySequence
from PySide6.QtWidgets import QDialog, QToolBar

from authoring_app.gui.editor import FormattingActions
from authoring_app.gui.theme import DARK, LIGHT, SYSTEM

if TYPE_CHECKING:
    from authoring_app.gui.main_window import MainWindow
    from authoring_app.gui.section_editor import SectionEditor

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".bmp", ".tif", ".tiff"}
VIDEO_SUFFIXES = {".mp4", ".webm", ".ogv", ".m4v", ".mov"}
AUDIO_SUFFIXES = {".mp3", ".ogg", ".oga", ".wav", ".m4a", ".opus", ".flac"}


class MainActions(QObject):
    """Creates the window's actions and menus and keeps their enabled state right."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.export_controller = None
        menu_bar = window.menuBar()

        # File
        file_menu = menu_bar.addMenu(self.tr("&File"))
        self.new_action = self._make(self.tr("&New Handbook…"), window.new_handbook, QKeySequence.StandardKey.New)
        self.open_action = self._make(
            self.tr("&Open Handbook…"),
            window.choose_and_open_handbook,
            QKeySequence.StandardKey.Open,
            tip=self.tr("Open a handbook folder (the one holding handbook.toml)"),
        )
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.save_action = self._make(self.tr("&Save"), window.save, QKeySequence.StandardKey.Save)
        self.export_action = self._make(
            self.tr("&Export…"),
            self.export,
            "Ctrl+Shift+P",
            tip=self.tr("Publish the handbook as a website that also works offline"),
        )
        self.quit_action = self._make(self.tr("&Quit"), window.close, QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        file_menu.insertAction(self.recent_menu.menuAction(), self.new_action)
        file_menu.insertAction(self.recent_menu.menuAction(), self.open_action)
        for action in (None, self.save_action, None, self.export_action, None, self.quit_action):
            file_menu.addSeparator() if action is None else file_menu.addAction(action)

        # Edit: the editor's own undo stack; the find bar's actions (their shortcuts work in the editor).
        self.edit_menu = menu_bar.addMenu(self.tr("&Edit"))
        self.undo_action = self._make(
            self.tr("&Undo"), lambda: self._editor_call("undo"), QKeySequence.StandardKey.Undo
        )
        self.redo_action = self._make(
            self.tr("&Redo"), lambda: self._editor_call("redo"), QKeySequence.StandardKey.Redo
        )
        self.cut_action = self._make(self.tr("Cu&t"), lambda: self._editor_call("cut"), QKeySequence.StandardKey.Cut)
        self.copy_action = self._make(
            self.tr("&Copy"), lambda: self._editor_call("copy"), QKeySequence.StandardKey.Copy
        )
        self.paste_action = self._make(
            self.tr("&Paste"), lambda: self._editor_call("paste"), QKeySequence.StandardKey.Paste
        )
        self.select_all_action = self._make(
            self.tr("Select &All"), lambda: self._editor_call("selectAll"), QKeySequence.StandardKey.SelectAll
        )
        self.text_actions = (
            self.undo_action,
            self.redo_action,
            self.cut_action,
            self.copy_action,
            self.paste_action,
            self.select_all_action,
        )
        for action in self.text_actions:
            # Only while the editor has focus: the navigator has its own undo for structure changes.
            action.setShortcutContext(action.shortcutContext().WidgetShortcut)
        for action in (
            self.undo_action,
            self.redo_action,
            None,
            self.cut_action,
            self.copy_action,
            self.paste_action,
            self.select_all_action,
            None,
        ):
            self.edit_menu.addSeparator() if action is None else self.edit_menu.addAction(action)
        # Preferences last (the find bar's actions go above it); macOS moves it into the application menu.
        self.preferences_action = self._make(
            self.tr("&Preferences…"), self.show_preferences, QKeySequence.StandardKey.Preferences
        )
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self._preferences_separator = self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.preferences_action)

        # Format
        self.formatting = FormattingActions(window)
        format_menu = menu_bar.addMenu(self.tr("F&ormat"))
        for action in self.formatting.all_actions():
            format_menu.addSeparator() if action is None else format_menu.addAction(action)

        # Insert
        insert_menu = menu_bar.addMenu(self.tr("&Insert"))
        self.image_action = self._make(self.tr("&Image…"), self.insert_image, "Ctrl+Shift+I")
        self.video_action = self._make(self.tr("&Video…"), self.insert_video)
        self.audio_action = self._make(self.tr("&Audio…"), self.insert_audio)
        self.quiz_action = self._make(self.tr("&Quiz"), self.insert_quiz)
        self.table_action = self._make(self.tr("&Table"), self.insert_table)
        for action in (
            self.image_action,
            self.video_action,
            self.audio_action,
            None,
            self.quiz_action,
            self.table_action,
        ):
            insert_menu.addSeparator() if action is None else insert_menu.addAction(action)

        # Structure: the navigator's actions (they act on the selected row).
        structure = window.project_tree.structure_actions
        structure_menu = menu_bar.addMenu(self.tr("&Structure"))
        structure_menu.aboutToShow.connect(structure.update_actions)
        for action in (
            structure.new_section_action,
            structure.new_part_action,
            None,
            structure.rename_action,
            structure.change_title_action,
            structure.move_up_action,
            structure.move_down_action,
            None,
            structure.delete_action,
            None,
            structure.undo_action,
            structure.redo_action,
        ):
            structure_menu.addSeparator() if action is None else structure_menu.addAction(action)

        # View
        view_menu = self.view_menu = menu_bar.addMenu(self.tr("&View"))
        self.preview_action = self._make(self.tr("Show &Preview"), self.toggle_preview, "F9", checkable=True)
        self.preview_action.setChecked(True)
        view_menu.addAction(self.preview_action)
        theme_menu = view_menu.addMenu(self.tr("&Theme"))
        self.theme_group = QActionGroup(self)
        for choice, text in (
            (SYSTEM, self.tr("Follow the &System")),
            (LIGHT, self.tr("&Light")),
            (DARK, self.tr("&Dark")),
        ):
            action = self._make(text, partial(self._theme_toggled, choice), checkable=True)
            action.setData(choice)
            action.setChecked(window.theme_choice == choice)
            self.theme_group.addAction(action)
            theme_menu.addAction(action)
        self.reset_layout_action = self._make(self.tr("&Reset Layout"), window.reset_layout)
        view_menu.addAction(self.reset_layout_action)
        view_menu.addSeparator()  # the work modes follow (see work_modes.py)

        # Help
        help_menu = menu_bar.addMenu(self.tr("&Help"))
        self.about_action = self._make(self.tr("&About Handbook Studio"), window.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu.addAction(self.about_action)

        toolbar = QToolBar(self.tr("Main toolbar"), window)
        toolbar.setObjectName("mainToolbar")
        toolbar.setAccessibleName(self.tr("Main toolbar"))
        toolbar.setMovable(False)
        for action in (
            self.save_action,
            None,
            self.formatting.bold,
            self.formatting.italic,
            self.formatting.link,
            None,
            self.image_action,
            self.export_action,
        ):
            toolbar.addSeparator() if action is None else toolbar.addAction(action)
        window.addToolBar(toolbar)
        self.toolbar = toolbar
        self.update()

    # ------------------------------------------------------------------------------------------ public ---

    def bind_editor(self, editor: SectionEditor) -> None:
        """The section editor exists now: its find bar joins the Edit menu, its text the formatting actions."""
        self.formatting.set_editor(editor.editor)
        bar = editor.find_bar
        for action in (bar.find_action, bar.replace_action, bar.find_next_action, bar.find_previous_action):
            self.edit_menu.insertAction(self._preferences_separator, action)
        for action in self.text_actions:
            editor.editor.addAction(action)
        editor.editor.files_dropped.connect(self.insert_files)
        editor.editor.image_pasted.connect(self.insert_pasted_image)
        document = editor.editor.document()
        document.undoAvailable.connect(self.undo_action.setEnabled)
        document.redoAvailable.connect(self.redo_action.setEnabled)

    def update(self) -> None:
        window = self.window
        has_handbook = window.handbook is not None
        has_section = window.current_section is not None
        for action in (self.export_action,):
            action.setEnabled(has_handbook)
        for action in (
            self.save_action,
            self.image_action,
            self.video_action,
            self.audio_action,
            self.quiz_action,
            self.table_action,
            self.cut_action,
            self.copy_action,
            self.paste_action,
            self.select_all_action,
        ):
            action.setEnabled(has_section)
        editor = window.section_editor
        document = editor.editor.document() if editor is not None and has_section else None
        self.undo_action.setEnabled(bool(document and document.isUndoAvailable()))
        self.redo_action.setEnabled(bool(document and document.isRedoAvailable()))
        self.formatting.set_editor(editor.editor if editor is not None and has_section else None)
        modes = getattr(window, "modes", None)
        if modes is not None:
            modes.update()
        guard = getattr(window, "guard", None)
        if guard is not None:
            guard.apply()  # another app has the handbook: read-only

    def export(self) -> None:
        from authoring_app.gui.export_runner import run_export

        if self.window.handbook is not None:
            self.export_controller = run_export(self.window, self.window.handbook)

    def show_preferences(self) -> None:
        from authoring_app.gui.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self.window)
        dialog.open()

    def wait_for_export(self) -> None:
        controller = self.export_controller
        if controller is not None and controller.is_running():
            controller.cancel()
            controller.wait(30000)

    def toggle_preview(self, shown: bool) -> None:
        editor = self.window.section_editor
        if editor is not None:
            editor.preview.setVisible(shown)

    # ----------------------------------------------------------------------------------------- insert ---

    def insert_image(self, source: Path | None = None, image: QImage | None = None) -> None:
        from authoring_app.gui.insert_media import InsertImageDialog

        handbook, editor = self.window.handbook, self.window.section_editor
        if handbook is None or editor is None:
            return
        data = None
        if image is not None:
            from PySide6.QtCore import QBuffer, QIODevice

            buffer = QBuffer()
            buffer.open(QIODevice.OpenModeFlag.WriteOnly)
            image.save(buffer, "PNG")
            data = bytes(buffer.data())
        dialog = InsertImageDialog(handbook, self.window, source=source, image_data=data)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            editor.editor.insert_block(dialog.markdown())

    def insert_pasted_image(self, image: QImage) -> None:
        self.insert_image(image=image)

    def insert_files(self, paths: list[Path]) -> None:
        """Files dropped on the editor: images, video and audio each get their dialog."""
        for path in paths:
            suffix = Path(path).suffix.lower()
            if suffix in IMAGE_SUFFIXES:
                self.insert_image(Path(path))
            elif suffix in VIDEO_SUFFIXES:
                self.insert_video(Path(path))
            elif suffix in AUDIO_SUFFIXES:
                self.insert_audio(Path(path))
            else:
                self.window.statusBar().showMessage(
                    self.tr("{file}: only images, video and audio can be dropped into a section").format(
                        file=Path(path).name
                    ),
                    8000,
                )

    def insert_video(self, source: Path | None = None) -> None:
        from authoring_app.gui.insert_media import InsertVideoDialog

        self._block_dialog(InsertVideoDialog, source)

    def insert_audio(self, source: Path | None = None) -> None:
        from authoring_app.gui.insert_media import InsertAudioDialog

        self._block_dialog(InsertAudioDialog, source)

    def insert_quiz(self) -> None:
        from authoring_app.core.snippets import quiz_template

        self._insert_text(lambda lang: quiz_template(lang))

    def insert_table(self) -> None:
        from authoring_app.core.snippets import table_template

        self._insert_text(lambda lang: table_template(lang))

    # ------------------------------------------------------------------------------------------ internals ---

    def _make(self, text: str, slot, shortcut=None, *, tip: str = "", checkable: bool = False) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.setCheckable(checkable)
        if checkable:
            action.toggled.connect(slot)
        else:
            action.triggered.connect(lambda _checked=False: slot())
        return action

    def _theme_toggled(self, choice: str, checked: bool) -> None:
        if checked and choice != self.window.theme_choice:
            self.window.set_theme(choice)

    def _editor_call(self, name: str) -> None:
        editor = self.window.section_editor
        if editor is not None and self.window.current_section is not None:
            getattr(editor.editor, name)()

    def _fill_recent(self) -> None:
        from authoring_app.gui.settings import recent_handbooks

        self.recent_menu.clear()
        recent = recent_handbooks()
        for number, folder in enumerate(recent, 1):
            action = self.recent_menu.addAction(f"&{number} {folder}")
            action.triggered.connect(partial(self.window.open_handbook, Path(folder)))
        if not recent:
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)

    def _block_dialog(self, dialog_class: type, source: Path | None) -> None:
        handbook, editor = self.window.handbook, self.window.section_editor
        if handbook is None or editor is None:
            return
        dialog = dialog_class(handbook, self.window, source=source)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            editor.editor.insert_block(dialog.markdown())

    def _insert_text(self, make) -> None:
        current = self.window.current_section
        editor = self.window.section_editor
        if current is not None and editor is not None:
            editor.editor.insert_block(make(current[0]))
