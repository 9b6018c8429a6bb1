"""Structure changes from the navigator: the undo history and the actions (menu, keys) that make them.

:class:`StructureController` runs core :mod:`~authoring_app.core.structure` operations on the open handbook and keeps
them in a :class:`QUndoStack`, so Ctrl+Z undoes a move, rename, new section or deletion. Every change goes through
core (which validates and writes); the controller only says what happened (``handbook_changed``) or what went wrong
(``error_occurred``, with core's message).

:class:`StructureActions` owns the QActions of the navigator — New Part…, New Section…, Rename…, Change Title…,
Delete…, Move Up/Down, Undo, Redo — asks the user what it needs, and shows the errors.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, QRegularExpression, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QRegularExpressionValidator, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QWidget,
)

from authoring_app.core.structure import (
    AddPart,
    AddSection,
    DeletePart,
    DeleteSection,
    MovePart,
    MoveSection,
    Operation,
    RenameSection,
    SetPartTitle,
    SetSectionTitle,
    StructureError,
    links_to,
)

if TYPE_CHECKING:
    from authoring_app.core.config import Part
    from authoring_app.core.handbook import Handbook
    from authoring_app.gui.project_tree import ProjectTree

#: What the slug fields accept while typing (core's SLUG_RE has the last word).
_SLUG_PATTERN = r"[a-z0-9][a-z0-9_-]{0,99}"


class _StructureCommand(QUndoCommand):
    """One structure change in the undo history: ``forward`` was applied, ``backward`` undoes it.

    Each apply records what its inverse needs, so redo is the inverse of the undo (a restored section comes back
    with what was in the trash, not as an empty new file).
    """

    def __init__(self, controller: StructureController, applied: Operation, text: str) -> None:
        super().__init__(text)
        self._controller = controller
        self._backward = applied.inverse()
        self._forward: Operation | None = None
        self._first_redo = True

    def undo(self) -> None:
        self._forward = self._run(self._backward)

    def redo(self) -> None:
        if self._first_redo:  # QUndoStack.push calls redo; the change was made (and checked) before
            self._first_redo = False
            return
        if self._forward is not None:
            self._backward = self._run(self._forward)

    def _run(self, operation: Operation) -> Operation | None:
        self._controller.about_to_change.emit(operation)
        try:
            handbook = operation.apply(self._controller.root)
        except StructureError as exc:
            self._controller._history_broken(exc.message)
            return None
        self._controller._changed(handbook, operation)
        return operation.inverse()


class StructureController(QObject):
    """The open handbook's structure changes and their undo history."""

    #: The handbook after a change, undo or redo (reloaded from disk).
    handbook_changed = Signal(object)
    #: A change, undo or redo was refused; the argument is core's message (what, where, what to do).
    error_occurred = Signal(str)
    #: A change, undo or redo is about to be applied (the window saves the open section first).
    about_to_change = Signal(object)
    #: The operation just applied (a change, or the inverse an undo ran), after ``handbook_changed``.
    applied = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.handbook: Handbook | None = None
        #: Another app holds the handbook's lock (see project_guard): changes are refused.
        self.read_only = False
        #: Asked before every change, undo and redo; False stops it (the window saves the open text first, and a
        #: failed save must not be followed by a change that rewrites or moves that file).
        self.guard: Callable[[Operation | None], bool] | None = None

    @property
    def root(self) -> Path:
        if self.handbook is None:
            raise StructureError("no handbook is open")
        return self.handbook.root

    def set_handbook(self, handbook: Handbook | None) -> None:
        """Follow ``handbook``; the undo history is kept while it is the same folder, and cleared otherwise."""
        if handbook is None or self.handbook is None or handbook.root != self.handbook.root:
            self.undo_stack.clear()
        self.handbook = handbook

    def run(self, operation: Operation, text: str) -> bool:
        """Apply ``operation`` and put it in the undo history as ``text``; False (and ``error_occurred``) if refused."""
        if self.read_only:
            self.error_occurred.emit(
                self.tr("The handbook is open read-only: take it over (the bar above) to change its structure.")
            )
            return False
        if not self.ready(operation):
            return False
        self.about_to_change.emit(operation)
        try:
            handbook = operation.apply(self.root)
        except StructureError as exc:
            self.error_occurred.emit(exc.message)
            return False
        self.undo_stack.push(_StructureCommand(self, operation, text))
        self._changed(handbook, operation)
        return True

    def ready(self, operation: Operation | None = None) -> bool:
        """Whether a change may go ahead now (:attr:`guard`; the guard has said why not)."""
        return self.guard is None or self.guard(operation)

    def undo(self) -> None:
        """Structure ▸ Undo, once the open text is safe."""
        if self.undo_stack.canUndo() and self.ready():
            self.undo_stack.undo()

    def redo(self) -> None:
        if self.undo_stack.canRedo() and self.ready():
            self.undo_stack.redo()

    def _changed(self, handbook: Handbook, operation: Operation) -> None:
        self.handbook = handbook
        self.handbook_changed.emit(handbook)
        self.applied.emit(operation)

    def _history_broken(self, message: str) -> None:
        """An undo or redo was refused (the files changed outside the app): say why, and start a new history,
        since the older steps no longer describe the files. Cleared later: the stack is inside its own call now."""
        self.error_occurred.emit(
            self.tr("{message}\n\nThe undo history was cleared because the files no longer match it.").format(
                message=message
            )
        )
        QTimer.singleShot(0, self.undo_stack.clear)


class _NameDialog(QDialog):
    """Asks for a title and, for a new part or section, its file name (slug)."""

    def __init__(self, parent: QWidget, window_title: str, title: str = "", slug: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("structureNameDialog")
        self.setWindowTitle(window_title)
        layout = QFormLayout(self)
        self.title_edit = QLineEdit(title, self)
        self.title_edit.setObjectName("titleEdit")
        layout.addRow(self.tr("&Title:"), self.title_edit)
        self.slug_edit: QLineEdit | None = None
        if slug is not None:
            self.slug_edit = QLineEdit(slug, self)
            self.slug_edit.setObjectName("slugEdit")
            self.slug_edit.setPlaceholderText(self.tr("e.g. 10-peer-review"))
            self.slug_edit.setValidator(QRegularExpressionValidator(QRegularExpression(_SLUG_PATTERN), self))
            self.slug_edit.setAccessibleDescription(
                self.tr("Lower-case Latin letters, digits and hyphens; the file is named after it")
            )
            layout.addRow(self.tr("&File name:"), self.slug_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)


class StructureActions(QObject):
    """The navigator's structure actions, its context menu, and the questions they ask."""

    def __init__(self, tree: ProjectTree, controller: StructureController) -> None:
        super().__init__(tree)
        self.tree = tree
        self.controller = controller
        controller.error_occurred.connect(self.show_error)

        def make(text: str, slot, shortcut: QKeySequence | str | None = None, name: str = "") -> QAction:
            action = QAction(text, tree)
            action.setObjectName(name)
            if shortcut is not None:
                action.setShortcut(QKeySequence(shortcut))
                # Only while the navigator has focus: the editor keeps its own Delete, F2 and Ctrl+Z.
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            tree.addAction(action)
            return action

        self.new_part_action = make(self.tr("New &Part…"), self.new_part, None, "newPartAction")
        self.new_section_action = make(self.tr("&New Section…"), self.new_section, None, "newSectionAction")
        self.rename_action = make(self.tr("&Rename…"), self.rename, "F2", "renameAction")
        self.change_title_action = make(self.tr("Change &Title…"), self.change_title, None, "changeTitleAction")
        self.delete_action = make(
            self.tr("&Delete…"), self.delete, QKeySequence(QKeySequence.StandardKey.Delete), "deleteAction"
        )
        self.move_up_action = make(self.tr("Mo&ve Up"), self.move_up, "Alt+Up", "moveUpAction")
        self.move_down_action = make(self.tr("Move Dow&n"), self.move_down, "Alt+Down", "moveDownAction")

        self.undo_action = controller.undo_stack.createUndoAction(tree, self.tr("&Undo"))
        self.undo_action.setObjectName("undoStructureAction")
        self.redo_action = controller.undo_stack.createRedoAction(tree, self.tr("&Redo"))
        self.redo_action.setObjectName("redoStructureAction")
        for action, key, slot in (
            (self.undo_action, QKeySequence.StandardKey.Undo, controller.undo),
            (self.redo_action, QKeySequence.StandardKey.Redo, controller.redo),
        ):
            action.triggered.disconnect()  # not straight to the stack: through the controller, which asks first
            action.triggered.connect(slot)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            tree.addAction(action)

        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        tree.customContextMenuRequested.connect(self._show_context_menu)
        tree.currentItemChanged.connect(self.update_actions)
        self.update_actions()

    # ---------------------------------------------------------------------------------------- the menu ---

    def menu(self) -> QMenu:
        """The context menu for the current row (also what a main window's Structure menu can show)."""
        self.update_actions()
        menu = QMenu(self.tree)
        menu.setObjectName("structureMenu")
        menu.setAccessibleName(self.tr("Structure"))
        for action in (self.new_section_action, self.new_part_action):
            menu.addAction(action)
        menu.addSeparator()
        for action in (self.rename_action, self.change_title_action, self.move_up_action, self.move_down_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.delete_action)
        menu.addSeparator()
        menu.addAction(self.undo_action)
        menu.addAction(self.redo_action)
        return menu

    def _show_context_menu(self, position: QPoint) -> None:
        item = self.tree.itemAt(position)
        if item is not None:
            self.tree.setCurrentItem(item)
        menu = self.menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.tree.viewport().mapToGlobal(position))

    def update_actions(self, *_args: object) -> None:
        kind, slug = self.tree.current_kind_and_slug()
        has_handbook = self.controller.handbook is not None and not self.controller.read_only
        for action in (self.new_part_action, self.new_section_action):
            action.setEnabled(has_handbook and (action is self.new_part_action or bool(self.tree.part_items())))
        for action in (self.rename_action, self.change_title_action, self.delete_action):
            action.setEnabled(has_handbook and slug is not None)
        self.move_up_action.setEnabled(has_handbook and self._neighbour_target(-1) is not None)
        self.move_down_action.setEnabled(has_handbook and self._neighbour_target(+1) is not None)
        if kind == "part":
            self.rename_action.setText(self.tr("&Rename Part…"))
            self.delete_action.setText(self.tr("&Delete Part…"))
        else:
            self.rename_action.setText(self.tr("&Rename File…"))
            self.delete_action.setText(self.tr("&Delete Section…"))

    # ------------------------------------------------------------------------------------ the actions ---

    def new_part(self) -> None:
        answer = self.ask_name(self.tr("New Part"), "", "")
        if answer is None:
            return
        title, slug = answer
        handbook = self.controller.handbook
        assert handbook is not None
        kind, current = self.tree.current_kind_and_slug()
        slugs = [part.slug for part in handbook.config.parts]
        part = current if kind == "part" else (handbook.config.part_of(current).slug if current else None)
        position = slugs.index(part) + 1 if part in slugs else None
        operation = AddPart(slug, {handbook.config.source_language: title}, position)
        if self.controller.run(operation, self.tr("New part “{title}”").format(title=title)):
            self.tree.select("part", slug)

    def new_section(self) -> None:
        handbook = self.controller.handbook
        if handbook is None or not handbook.config.parts:
            return
        kind, current = self.tree.current_kind_and_slug()
        if kind == "part":
            part, position = current, None
        elif current is not None:
            part_obj = handbook.config.part_of(current)
            part, position = part_obj.slug, part_obj.sections.index(current) + 1
        else:
            part, position = handbook.config.parts[-1].slug, None
        answer = self.ask_name(self.tr("New Section"), "", "")
        if answer is None:
            return
        title, slug = answer
        operation = AddSection(slug, title, part, position)
        if self.controller.run(operation, self.tr("New section “{title}”").format(title=title)):
            self.tree.select("section", slug)

    def rename(self) -> None:
        """F2: a section's file name (links to it follow), or a part's title in the source language."""
        current = self._current_row()
        if current is None:
            return
        kind, slug, _handbook = current
        if kind == "part":
            self.change_title()
            return
        new = self.ask_slug(self.tr("Rename File"), slug)
        if new is None or new == slug:
            return
        operation = RenameSection(slug, new)
        if self.controller.run(operation, self.tr("Rename “{old}” to “{new}”").format(old=slug, new=new)):
            self.tree.select("section", new)

    def change_title(self) -> None:
        """The title shown in the navigator: the source language's front matter, or the part's title."""
        current = self._current_row()
        if current is None:
            return
        kind, slug, handbook = current
        source = handbook.config.source_language
        old = _part(handbook, slug).title(source) if kind == "part" else handbook.section_title(source, slug)
        answer = self.ask_name(self.tr("Change Title"), old, None)
        if answer is None or answer[0] == old:
            return
        title = answer[0]
        if kind == "part":
            operation: Operation = SetPartTitle(slug, source, title)
        else:
            operation = SetSectionTitle(slug, source, title)
        if self.controller.run(operation, self.tr("Change title to “{title}”").format(title=title)):
            self.tree.select(kind, slug)

    def delete(self) -> None:
        current = self._current_row()
        if current is None:
            return
        kind, slug, handbook = current
        if kind == "part":
            part = _part(handbook, slug)
            if part.sections:  # core refuses it too; say so before asking
                self.show_error(
                    self.tr(
                        "The part “{title}” still holds %n section(s). Move them to another part or delete them first.",
                        "",
                        len(part.sections),
                    ).format(title=part.title(handbook.config.source_language))
                )
                return
            box = self._question(
                "deletePartBox",
                self.tr("Delete the empty part “{title}”?").format(title=part.title(handbook.config.source_language)),
                self.tr("Only its entry in handbook.toml is removed. Structure ▸ Undo brings it back."),
            )
            if self.confirm(box):
                self.controller.run(DeletePart(slug), self.tr("Delete part “{slug}”").format(slug=slug))
            return
        title = handbook.section_title(handbook.config.source_language, slug)
        languages = handbook.languages_of(slug)
        links = links_to(handbook, slug)
        details = self.tr(
            "Its files ({files}) are moved to the folder .trash inside the handbook, not destroyed; "
            "Undo (Ctrl+Z) puts them back."
        ).format(files=", ".join(f"{lang}/{slug}.md" for lang in languages) or self.tr("none"))
        if links:
            details += "\n\n" + self.tr(
                "%n link(s) to it in other sections will be broken, e.g. {where}.", "", len(links)
            ).format(where=", ".join(f"{file}:{line}" for file, line in links[:3]))
        box = self._question("deleteSectionBox", self.tr("Delete the section “{title}”?").format(title=title), details)
        if self.confirm(box):
            self.controller.run(DeleteSection(slug), self.tr("Delete section “{title}”").format(title=title))

    def move_up(self) -> None:
        self._move(-1)

    def move_down(self) -> None:
        self._move(+1)

    def move(self, kind: str, slug: str, part: str | None, position: int) -> bool:
        """Move a part to ``position``, or a section to ``part`` at ``position`` (the drop and the keys)."""
        if kind == "part":
            operation: Operation = MovePart(slug, position)
            text = self.tr("Move part “{slug}”").format(slug=slug)
        else:
            assert part is not None
            operation = MoveSection(slug, part, position)
            text = self.tr("Move section “{slug}”").format(slug=slug)
        if self.controller.run(operation, text):
            self.tree.select(kind, slug)
            return True
        return False

    def _move(self, step: int) -> None:
        target = self._neighbour_target(step)
        kind, slug = self.tree.current_kind_and_slug()
        if target is None or slug is None:
            return
        part, position = target
        self.move(kind, slug, part, position)

    def _neighbour_target(self, step: int) -> tuple[str | None, int] | None:
        """Where Alt+Up/Down takes the current row: one place up or down, over into the next part at its ends."""
        current = self._current_row()
        if current is None:
            return None
        kind, slug, handbook = current
        parts = handbook.config.parts
        if kind == "part":
            index = [p.slug for p in parts].index(slug) if any(p.slug == slug for p in parts) else -1
            new = index + step
            return (None, new) if index >= 0 and 0 <= new < len(parts) else None
        part = handbook.config.part_of(slug)
        if part is None:
            return None
        index = part.sections.index(slug) + step
        if 0 <= index < len(part.sections):
            return part.slug, index
        neighbour = parts.index(part) + step
        if not 0 <= neighbour < len(parts):
            return None
        other = parts[neighbour]
        return other.slug, (len(other.sections) if step < 0 else 0)

    def _current_row(self) -> tuple[str | None, str, Handbook] | None:
        """``(kind, slug, handbook)`` of the row an action works on; None with no row or no handbook."""
        kind, slug = self.tree.current_kind_and_slug()
        handbook = self.controller.handbook
        if slug is None or handbook is None:
            return None
        return kind, slug, handbook

    # ----------------------------------------------------------------------------- questions, errors ---

    def ask_name(self, window_title: str, title: str, slug: str | None) -> tuple[str, str] | None:
        """``(title, slug)`` from a dialog (``slug`` is ``""`` when not asked), or None when cancelled."""
        dialog = _NameDialog(self.tree, window_title, title, slug)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.title_edit.text().strip(), dialog.slug_edit.text().strip() if dialog.slug_edit else ""

    def ask_slug(self, window_title: str, slug: str) -> str | None:
        dialog = _NameDialog(self.tree, window_title, "", slug)
        dialog.title_edit.hide()
        label = dialog.layout().labelForField(dialog.title_edit)
        if isinstance(label, QLabel):
            label.hide()
        note = QLabel(self.tr("Links to this section in every language are updated."), dialog)
        note.setWordWrap(True)
        dialog.layout().insertRow(0, note)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.slug_edit is None:
            return None
        return dialog.slug_edit.text().strip()

    def _question(self, name: str, text: str, details: str) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete"), text, parent=self.tree)
        box.setObjectName(name)
        box.setInformativeText(details)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Delete"))
        return box

    def confirm(self, box: QMessageBox) -> bool:
        """True when the user accepts ``box`` (tests replace this to answer for the user)."""
        return box.exec() == QMessageBox.StandardButton.Yes

    def show_error(self, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Cannot change the structure"), message, parent=self.tree)
        box.setObjectName("structureErrorBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()


def _part(handbook: Handbook, slug: str) -> Part:
    return next(part for part in handbook.config.parts if part.slug == slug)
