"""The open section through a structure change: saved before it, followed after it (renamed, retitled, deleted).

The navigator's :class:`~authoring_app.gui.structure_actions.StructureController` asks :func:`save_before` first
(its ``guard``) and reports each applied change to :func:`follow_after`; both act on the main window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer

from authoring_app.core.editing import EditingError
from authoring_app.gui import window_dialogs as dialogs

if TYPE_CHECKING:
    from authoring_app.gui.main_window import MainWindow


def save_before(window: MainWindow, operation: object) -> bool:
    """A rename, move or title change may rewrite the open files: save the author's text first. False (the change
    does not happen) when a save failed or was cancelled: the text stays in the editor, unsaved."""
    del operation
    editor = window.section_editor
    saving = editor is not None and editor.is_modified
    if not window.modes.save_all() or (saving and not dialogs.save_checked(window, editor.save)):
        window.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "The structure was not changed: save the open text first."), 8000
        )
        return False
    if saving:
        window.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Saved {file} before changing the structure").format(
                file=window.section_file()
            ),
            5000,
        )
    return True


def follow_after(window: MainWindow, operation: object) -> None:
    """Follow the open section: to its new name, out of the window when deleted, or reload what changed on disk."""
    from authoring_app.core.structure import RenameSection

    QTimer.singleShot(0, window.modes.follow_structure)  # Side by Side: the new name, or nothing when deleted
    if isinstance(operation, RenameSection) and operation.old == window.current_slug():
        window.go_to_section(operation.new)  # the other modes follow it too
    editor = window.section_editor
    current = window.current_section
    handbook = window.handbook
    if editor is None or current is None or handbook is None:
        return
    lang, slug = current
    if isinstance(operation, RenameSection) and operation.old == slug:
        slug = operation.new
    if slug not in handbook.config.sections:
        if editor.is_modified:  # the save before the change failed: keep the text where it is
            return
        editor.close_section()
        window.go_to_section(None)
        window.show_placeholder()
        window.actions_.update()
        return
    if editor.is_modified:
        return
    top = editor.editor.first_visible_line()
    try:
        editor.open(handbook, lang, slug)  # the new name, the new title, rewritten links, the new navigation
    except EditingError as error:
        dialogs.warn(window, QCoreApplication.translate("MainWindow", "Cannot open section"), str(error))
        return
    editor.editor.scroll_to_line(top)
    window.go_to_section(slug)
    window.project_tree.select("section", slug)
