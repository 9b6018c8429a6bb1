"""Handbook Studio's main window: the handbook's contents on the left, the section being written on the right.

The window owns the flows a user sees: open or create a handbook (and the recent ones), open a section in a
language, save (asking before anything unsaved could be lost), recover text from a crash, export. Menus and
actions are made in :mod:`.main_actions`; the editor and its preview in :mod:`.section_editor`.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMainWindow,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from authoring_app.core.editing import EditingError, RecoveryStore
from authoring_app.core.handbook import Handbook, HandbookLoadError
from authoring_app.gui import structure_follow
from authoring_app.gui import window_dialogs as dialogs
from authoring_app.gui.languages import language_name
from authoring_app.gui.project_tree import ProjectTree
from authoring_app.gui.settings import app_settings, recent_handbooks, remember_handbook

__all__ = ["MainWindow", "app_settings", "recent_handbooks", "remember_handbook"]

DEFAULT_SIZE = (1200, 800)
SCREENSHOT_SIZE = (1400, 900)
_TREE_WIDTH = 420


class MainWindow(QMainWindow):
    """One window over one open handbook (or none yet, with a hint to open one)."""

    def __init__(self, parent: QWidget | None = None, *, simple_preview: bool = False) -> None:
        super().__init__(parent)
        self._handbook: Handbook | None = None
        self._simple_preview = simple_preview
        self.recovery = RecoveryStore()
        self.section_editor = None  # made when the first section opens (it starts Chromium)
        self.theme_choice = str(app_settings().value("view/theme", "system"))
        self.setObjectName("mainWindow")
        self.setAccessibleName(self.tr("Handbook Studio"))

        self.title_label = QLabel()
        self.title_label.setObjectName("handbookTitle")
        self.title_label.setAccessibleName(self.tr("Handbook title"))
        self.title_label.setWordWrap(True)
        title_font = self.title_label.font()
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.2)
        self.title_label.setFont(title_font)

        self.folder_label = QLabel()
        self.folder_label.setObjectName("handbookFolder")
        self.folder_label.setAccessibleName(self.tr("Handbook folder"))
        self.folder_label.setEnabled(False)  # muted text colour
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A long path must not widen the pane: let the label be cut instead.
        self.folder_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        self.project_tree = ProjectTree()
        self.project_tree.open_section_requested.connect(self.open_section)
        self.project_tree.handbook_changed.connect(self._on_structure_changed)
        self.project_tree.controller.guard = lambda operation: structure_follow.save_before(self, operation)
        self.project_tree.controller.applied.connect(lambda operation: structure_follow.follow_after(self, operation))

        contents_pane = QWidget()
        contents_pane.setMinimumWidth(260)
        contents_layout = QVBoxLayout(contents_pane)
        contents_layout.setContentsMargins(6, 8, 0, 0)
        contents_layout.setSpacing(2)
        contents_layout.addWidget(self.title_label)
        contents_layout.addWidget(self.folder_label)
        contents_layout.addSpacing(6)
        contents_layout.addWidget(self.project_tree, 1)

        self.placeholder = QLabel()
        self.placeholder.setObjectName("editorPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setEnabled(False)  # drawn in the palette's muted text colour
        self.placeholder.setAccessibleName(self.tr("Editor area"))
        placeholder_font = self.placeholder.font()
        placeholder_font.setPointSizeF(placeholder_font.pointSizeF() * 1.15)
        self.placeholder.setFont(placeholder_font)
        self.placeholder.setContentsMargins(48, 48, 48, 48)

        # The header over the editor: which section, in which language, and whether it is saved.
        self.section_label = QLabel()
        self.section_label.setObjectName("sectionLabel")
        self.section_label.setAccessibleName(self.tr("Section being edited"))
        self.section_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.language_box = QComboBox()
        self.language_box.setObjectName("languageBox")
        self.language_box.setAccessibleName(self.tr("Language of the section being edited"))
        self.language_box.setToolTip(self.tr("Edit this section in another language"))
        self.language_box.activated.connect(self._on_language_chosen)
        language_label = self.language_label = QLabel(self.tr("&Language:"))
        language_label.setBuddy(self.language_box)
        self.header = QWidget()
        header_layout = QHBoxLayout(self.header)
        header_layout.setContentsMargins(8, 4, 8, 4)
        header_layout.addWidget(self.section_label, 1)
        header_layout.addWidget(language_label)
        header_layout.addWidget(self.language_box)
        self.header.hide()

        self.work_stack = QStackedWidget()
        self.work_stack.addWidget(self.placeholder)
        work_area = QWidget()
        work_layout = QVBoxLayout(work_area)
        work_layout.setContentsMargins(0, 0, 0, 0)
        work_layout.setSpacing(0)
        work_layout.addWidget(self.header)
        work_layout.addWidget(self.work_stack, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(contents_pane)
        self.splitter.addWidget(work_area)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.setCentralWidget(self.splitter)

        self.summary_label = QLabel()
        self.summary_label.setObjectName("handbookSummary")
        self.summary_label.setAccessibleName(self.tr("Handbook summary"))
        self.counts_label = QLabel()
        self.counts_label.setObjectName("countsLabel")
        self.counts_label.setAccessibleName(self.tr("Words and characters"))
        self.statusBar().addWidget(self.summary_label, 1)
        self.statusBar().addPermanentWidget(self.counts_label)

        from authoring_app.gui.main_actions import MainActions

        self.actions_ = MainActions(self)
        from authoring_app.gui.work_modes import WorkModes

        #: The section the window is on (the Write mode edits it; the other modes show it), and its language.
        self._slug: str | None = None
        self._lang: str | None = None
        self.modes = WorkModes(self, self.actions_.view_menu)
        from authoring_app.gui.external_changes import ExternalChanges

        self.external_changes = ExternalChanges(self)  # other programs' changes to the files
        from authoring_app.gui.project_guard import ProjectGuard

        self.guard = ProjectGuard(self)  # the handbook's lock (read-only while another app has it) and backups
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_system_colours_changed)
        self.reset_layout()
        self._restore_geometry()
        self._show_handbook()

    # ------------------------------------------------------------------------------------------ public ---

    @property
    def handbook(self) -> Handbook | None:
        return self._handbook

    @property
    def current_section(self) -> tuple[str, str] | None:
        """``(lang, slug)`` being edited, or None."""
        editor = self.section_editor
        if editor is None or editor.section is None:
            return None
        return editor.section.lang, editor.section.slug

    def set_handbook(self, handbook: Handbook | None) -> None:
        """Show ``handbook`` (already loaded) in this window."""
        if self.section_editor is not None and self.section_editor.section is not None:
            self.section_editor.close_section()
        self.work_stack.setCurrentWidget(self.placeholder)
        self.header.hide()
        self._slug = self._lang = None
        if self.modes.mode != "write":
            self.modes.mode = "write"
            self.modes.actions["write"].setChecked(True)
        self._handbook = handbook
        if handbook is not None:
            remember_handbook(handbook.root)
        self.guard.attach(handbook)
        self._show_handbook()
        self.external_changes.follow(handbook)
        self.actions_.update()

    def reset_layout(self, size: tuple[int, int] = DEFAULT_SIZE) -> None:
        """The default size and splits, as on a first start (screenshots use it so they look the same)."""
        self.resize(*size)
        self.splitter.setSizes([_TREE_WIDTH, size[0] - _TREE_WIDTH])
        if self.section_editor is not None:
            half = (size[0] - _TREE_WIDTH) // 2
            self.section_editor.splitter.setSizes([half, half])

    def open_handbook(self, path: Path) -> bool:
        """Load the handbook in folder ``path`` and show it; on failure say why and keep what was open."""
        try:
            handbook = Handbook.load(Path(path))
        except (HandbookLoadError, OSError) as error:
            self.show_load_error(Path(path), error)
            return False
        if not self.maybe_save():  # asked only once the other handbook is known to open
            return False
        self.set_handbook(handbook)
        self.offer_recovery()
        return True

    def current_slug(self) -> str | None:
        """The section the window is on, whatever the mode."""
        return self._slug

    def current_language(self) -> str | None:
        return self._lang

    def open_section(self, slug: str, lang: str | None = None) -> bool:
        """Open section ``slug`` in ``lang`` (default: the language being edited, else the source language), in the
        mode the window is in."""
        handbook = self._handbook
        if handbook is None:
            return False
        lang = lang or self._lang or handbook.config.source_language
        if self.modes.mode != "write":
            if (self._slug, self._lang) == (slug, lang):
                return True
            if not self.modes.maybe_leave():
                return False
            self._slug, self._lang = slug, lang
            self.project_tree.select("section", slug)
            self._show_section_header()
            return self.modes.show_mode(self.modes.mode)
        if self.current_section == (lang, slug):
            return True
        if not self.maybe_save():
            return False
        return self.show_writing(slug, lang)

    def show_writing(self, slug: str, lang: str, *, reload: bool = False, restore: bool = False) -> bool:
        """Show section ``slug`` in ``lang`` in the editor (read from disk again when another view wrote it);
        ``restore``: with its recovered text, without asking (the user chose it already)."""
        from authoring_app.gui.encoding_dialog import open_converting

        handbook = self._handbook
        if handbook is None:
            return False
        editor = self._editor()
        if reload or self.current_section != (lang, slug) or not editor.is_modified:
            # Read-only (another app has the handbook): no recovery offered, no conversion (both would write).
            read_only = self.guard.read_only
            recovered = None if read_only else self.recovery.read(handbook.root, lang, slug)
            try:
                if read_only:
                    editor.open(handbook, lang, slug)
                elif not open_converting(self, lambda: editor.open(handbook, lang, slug), self.recovery, handbook):
                    return False  # not UTF-8, and the user did not convert it
            except EditingError as error:
                self._warn(self.tr("Cannot open section"), str(error))
                return False
            section = editor.section
            if recovered is not None and recovered.text != section.text:
                if restore or self._ask_restore(lang, slug, recovered.text, section.text):
                    self.recovery.adopt(recovered)  # this app's copy from now on
                    editor.open(handbook, lang, slug, text=recovered.text)
                else:
                    self.recovery.discard(recovered)
        self._slug, self._lang = slug, lang
        self.work_stack.setCurrentWidget(editor)
        self.header.show()
        self.language_box.show()
        self.language_label.show()
        self._show_section_header()
        self.project_tree.select("section", slug)
        self.actions_.update()
        editor.editor.setFocus()
        return True

    def add_to_work_area(self, widget: QWidget) -> None:
        self.work_stack.addWidget(widget)

    def show_in_work_area(self, widget: QWidget) -> None:
        """Show a mode's view (Side by Side, Segments, Dashboard) instead of the editor."""
        self.work_stack.setCurrentWidget(widget)
        self.header.setVisible(self._slug is not None)
        self.language_box.hide()  # the view chooses its languages itself
        self.language_label.hide()
        self._show_section_header()
        self.actions_.update()

    def refresh_after_save(self) -> None:
        """A view wrote files: the badges and the other views follow."""
        self._refresh_tree_keeping_section()
        self.modes.refresh()

    def save(self) -> bool:
        """Save the section being edited; True when it is safe on disk."""
        saved = self.modes.save()
        if saved is not None:
            return saved
        editor = self.section_editor
        if editor is None or editor.section is None:
            return True
        if not dialogs.save_checked(self, editor.save):
            return False
        self.statusBar().showMessage(self.tr("Saved {file}").format(file=self.section_file()), 4000)
        self._refresh_tree_keeping_section()
        return True

    def maybe_save(self) -> bool:
        """Before something replaces the text: ask to save unsaved changes. False when the user cancelled."""
        if not self.modes.maybe_leave():
            return False
        editor = self.section_editor
        if editor is None or not editor.is_modified:
            return True
        text = self.tr("{file} has changes that are not saved.").format(file=self.section_file())
        return dialogs.settle_unsaved(self, text, self.save, editor.discard, object_name="unsavedBox")

    def show_load_error(self, path: Path | None, error: Exception) -> None:
        """Tell the user why the handbook in ``path`` could not be opened (window-modal, not blocking)."""
        dialogs.show_load_error(self, path, error)

    def choose_and_open_handbook(self) -> None:
        start = str(self._handbook.root.parent) if self._handbook is not None else ""
        folder = QFileDialog.getExistingDirectory(self, self.tr("Open Handbook"), start)
        if folder:
            self.open_handbook(Path(folder))

    def new_handbook(self) -> None:
        """Ask for a folder, a title and the languages, create the handbook there and open it."""
        from authoring_app.core.scaffold import create_handbook

        if not self.maybe_save():
            return
        start = str(self._handbook.root.parent) if self._handbook is not None else str(Path.home())
        folder = QFileDialog.getSaveFileName(self, self.tr("New Handbook — choose a new folder"), start)[0]
        if not folder:
            return
        title, ok = QInputDialog.getText(self, self.tr("New Handbook"), self.tr("Title of the handbook:"))
        if not ok:
            return
        languages, ok = QInputDialog.getText(
            self,
            self.tr("New Handbook"),
            self.tr("Language codes, the source language first (e.g. bg, ru, en):"),
            text="bg, ru, en",
        )
        if not ok:
            return
        try:
            create_handbook(Path(folder), languages.replace(",", " ").split(), title=title.strip() or None)
        except (HandbookLoadError, OSError) as error:
            self._warn(self.tr("Cannot create the handbook"), str(error))
            return
        self.open_handbook(Path(folder))

    def set_theme(self, choice: str) -> None:
        from PySide6.QtWidgets import QApplication

        from authoring_app.gui.theme import apply_theme

        self.theme_choice = choice
        app_settings().setValue("view/theme", choice)
        theme = apply_theme(QApplication.instance(), choice)  # type: ignore[arg-type]
        if self.section_editor is not None:
            self.section_editor.theme = theme
            self.section_editor.refresh_preview()

    def _on_system_colours_changed(self) -> None:
        if self.theme_choice == "system":
            self.set_theme("system")  # the desktop switched between light and dark: follow it

    # ------------------------------------------------------------------------------------- Qt overrides ---

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.maybe_save() or not self.guard.ready_to_close():  # the backup, asking when it failed
            event.ignore()
            return
        self.actions_.wait_for_export()
        self.external_changes.follow(None)  # no more reloads while the window goes
        self.guard.shut_down(backup=False)  # the lock goes (the backup was made above)
        self._save_geometry()
        self.modes.shut_down()
        if self.section_editor is not None:
            self.section_editor.shut_down()
        super().closeEvent(event)

    # --------------------------------------------------------------------------------------- internals ---

    def _editor(self):
        if self.section_editor is None:
            from authoring_app.gui.section_editor import SectionEditor
            from authoring_app.gui.theme import effective_theme

            editor = SectionEditor(self, recovery=self.recovery, simple_preview=self._simple_preview)
            editor.theme = effective_theme(self.theme_choice)
            editor.modified_changed.connect(self._on_modified_changed)
            editor.editor.counts_changed.connect(self._show_counts)
            editor.preview.section_link_activated.connect(self._on_section_link)
            self.work_stack.addWidget(editor)
            self.section_editor = editor
            width = self.splitter.sizes()[1] if self.splitter.sizes() else DEFAULT_SIZE[0] - _TREE_WIDTH
            editor.splitter.setSizes([width // 2, width - width // 2])
            state = app_settings().value("main_window/editor_splitter")
            if state is not None:
                editor.splitter.restoreState(state)
            self.actions_.bind_editor(editor)
        return self.section_editor

    def _show_handbook(self) -> None:
        handbook = self._handbook
        self.project_tree.set_handbook(handbook)
        if handbook is None:
            self.setWindowTitle(self.tr("Handbook Studio"))
            self.title_label.setText(self.tr("No handbook open"))
            self.folder_label.clear()
            self.summary_label.setText(self.tr("No handbook open"))
            self.placeholder.setText(self.tr("Open a handbook folder with File → Open Handbook…"))
            return
        config = handbook.config
        title = config.title(config.source_language)
        self._update_window_title()
        self.title_label.setText(title)
        self.folder_label.setText(str(handbook.root))
        self.folder_label.setToolTip(str(handbook.root))
        count = sum(len(part.sections) for part in config.parts)
        # English plural forms come from the en translation like every other language's ("1 section").
        self.summary_label.setText(
            self.tr("%n sections · languages {languages}", "", count).format(languages=", ".join(config.languages))
        )
        self.placeholder.setText(self.tr("Double-click a section (or press Enter) to write it here."))
        self.language_box.clear()
        for lang in config.languages:
            self.language_box.addItem(f"{language_name(lang)} ({lang})", lang)

    def _update_window_title(self) -> None:
        handbook = self._handbook
        if handbook is None:
            self.setWindowTitle(self.tr("Handbook Studio"))
            return
        title = handbook.config.title(handbook.config.source_language)
        current = self.current_section
        if current is None:
            self.setWindowTitle(self.tr("{title} — Handbook Studio").format(title=title))
            return
        # Qt shows "*" where [*] is when the window is modified (and the platform's own marker on macOS).
        self.setWindowTitle(
            self.tr("{file}[*] — {title} — Handbook Studio").format(file=self.section_file(), title=title)
        )

    def section_file(self) -> str:
        """``lang/slug.md`` of the section being edited, or ""."""
        current = self.current_section
        return f"{current[0]}/{current[1]}.md" if current else ""

    def _show_section_header(self) -> None:
        handbook, slug = self._handbook, self._slug
        if handbook is None or slug is None:
            return
        lang = self._lang or handbook.config.source_language
        title = handbook.section_title(lang, slug)
        editor = self.section_editor
        writing = editor is not None and self.work_stack.currentWidget() is editor and editor.section is not None
        new = "" if not writing or editor.section.exists else self.tr(" (new translation: saved on first save)")
        self.section_label.setText(f"<b>{html.escape(title, quote=False)}</b> · {lang}/{slug}.md{new}")
        index = self.language_box.findData(lang)
        if index >= 0:
            self.language_box.setCurrentIndex(index)
        self._update_window_title()
        self.setWindowModified(bool(writing and editor.is_modified) or self.modes.is_modified)

    def _on_modified_changed(self, modified: bool) -> None:
        self.setWindowModified(modified)
        self.actions_.update()

    def _show_counts(self, words: int, characters: int) -> None:
        self.counts_label.setText(
            self.tr("{words} words · {characters} characters").format(words=words, characters=characters)
        )

    def _on_language_chosen(self, index: int) -> None:
        current = self.current_section
        lang = self.language_box.itemData(index)
        if current is not None and lang and lang != current[0] and not self.open_section(current[1], lang):
            self.language_box.setCurrentIndex(self.language_box.findData(current[0]))

    def _on_section_link(self, lang: str, slug: str, fragment: str) -> None:
        del fragment
        handbook = self._handbook
        if handbook is not None and slug in handbook.config.sections:
            self.open_section(slug, lang if lang in handbook.config.languages else None)

    def _on_structure_changed(self, handbook: Handbook) -> None:
        self._handbook = handbook
        self.external_changes.follow(handbook)  # renamed and new files
        self._show_handbook_labels_only()
        self.modes.refresh()

    def go_to_section(self, slug: str | None) -> None:
        """The window is now on section ``slug`` (None: on none); the header says which."""
        self._slug = slug
        if slug is not None:
            self._show_section_header()

    def show_placeholder(self) -> None:
        """No section in the work area: the hint where to start instead."""
        self.work_stack.setCurrentWidget(self.placeholder)
        self.header.hide()

    def _show_handbook_labels_only(self) -> None:
        handbook = self._handbook
        if handbook is None:
            return
        count = sum(len(part.sections) for part in handbook.config.parts)
        self.summary_label.setText(
            self.tr("%n sections · languages {languages}", "", count).format(
                languages=", ".join(handbook.config.languages)
            )
        )

    def _refresh_tree_keeping_section(self) -> None:
        """A save may have created a translation: the badges show it."""
        handbook = self._handbook
        if handbook is None:
            return
        current = self.current_section
        self.project_tree.set_handbook(handbook)
        if current is not None:
            self.project_tree.select("section", current[1])
            self._show_section_header()

    def offer_recovery(self) -> None:
        """Text typed before a crash: show each section's unsaved text against its file; restore or discard it."""
        from authoring_app.gui.recovery_dialog import offer_recovery

        offer_recovery(self)

    def reload_structure(self, handbook: Handbook) -> None:
        """``handbook.toml`` changed on disk: show the new contents; what is open stays open, its text kept."""
        self._handbook = handbook
        self._show_handbook()
        if self._slug is not None:
            self.project_tree.select("section", self._slug)
            self._show_section_header()
        self.actions_.update()

    def _ask_restore(self, lang: str, slug: str, recovered: str = "", saved: str = "") -> bool:
        from authoring_app.gui.diff_view import unified_diff

        return dialogs.ask_restore(self, f"{lang}/{slug}.md", details=unified_diff(saved, recovered))

    def _warn(self, title: str, text: str) -> None:
        dialogs.warn(self, title, text)

    def show_about(self) -> None:
        dialogs.show_about(self)

    def _restore_geometry(self) -> None:
        settings = app_settings()
        geometry = settings.value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        splitter_state = settings.value("main_window/splitter")
        if splitter_state is not None:
            self.splitter.restoreState(splitter_state)

    def _save_geometry(self) -> None:
        settings = app_settings()
        settings.setValue("main_window/geometry", self.saveGeometry())
        settings.setValue("main_window/splitter", self.splitter.saveState())
        if self.section_editor is not None:
            settings.setValue("main_window/editor_splitter", self.section_editor.splitter.saveState())
