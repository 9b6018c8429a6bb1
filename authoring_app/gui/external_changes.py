"""What the main window does when another program changes the open handbook's files.

Another editor, ``git pull`` or a synced folder (OneDrive, Dropbox) may change files while the app has them open.
:class:`ExternalChanges` watches the handbook (:mod:`.file_watcher`) and handles each burst of changes once:

- ``handbook.toml`` changed: the contents are read again and shown; a section that is open stays open with its
  text even when it is no longer in the handbook.
- An open section (the editor, every column of Side by Side) whose file changed: reloaded when it had no unsaved
  changes (only what changed is replaced, so the cursor and the scroll position stay; Ctrl+Z goes back), and the
  status bar says so; with unsaved changes, the conflict dialog (:mod:`.conflict_dialog`) lets the author keep
  theirs (the other version is copied to the recovery data's ``originals`` folder first), take the other version or
  merge the two.
- An open section whose file was deleted or renamed: the text stays in the editor as unsaved (and in the
  recovery copy), and a message says so: saving writes it back.
- The badges of the contents, the segment grid and the dashboard are refreshed once, after all of that.

The app's own saves change files too. The editor that saved knows the hash of what it wrote; every other write of
the app (the same file saved from another view, a segment written from the grid, a restore from a backup) is in
the record of :mod:`authoring_app.core.own_writes`. A file that holds what the app wrote is brought into an open
editor without a notice, and asks nothing unless that editor has unsaved changes of its own.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView

from authoring_app.core import own_writes
from authoring_app.core.editing import EditingError, changed_on_disk, open_for_editing
from authoring_app.core.external_changes import is_media, keep_replaced_version, watch_targets
from authoring_app.core.handbook import Handbook, HandbookLoadError
from authoring_app.gui import conflict_dialog
from authoring_app.gui import window_dialogs as dialogs
from authoring_app.gui.section_file_session import SectionFileSession

if TYPE_CHECKING:
    from authoring_app.gui.main_window import MainWindow

#: How long the segment grid's refresh waits for the translator to finish editing a cell.
GRID_RETRY_MS = 1000


class ExternalChanges(QObject):
    """Watches the main window's handbook and follows changes made outside the app (see the module docstring)."""

    #: A burst of outside changes was handled: the ``frozenset`` of files it touched.
    handled = Signal(object)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        from authoring_app.gui.file_watcher import FileWatcher

        self.window = window
        self.watcher = FileWatcher(self)
        self.watcher.changed.connect(self.on_files_changed)
        self._busy = False
        self._queued: set[Path] = set()
        self._grid_retry = QTimer(self)
        self._grid_retry.setSingleShot(True)
        self._grid_retry.setInterval(GRID_RETRY_MS)
        self._grid_retry.timeout.connect(self._refresh_views)

    def follow(self, handbook: Handbook | None) -> None:
        """Watch ``handbook`` (None: nothing); called when a handbook opens and after the app changed its structure."""
        if handbook is None:
            self.watcher.clear()
            return
        targets = watch_targets(handbook)
        self.watcher.watch(targets.files, targets.folders)

    def on_files_changed(self, paths: frozenset[Path]) -> None:
        """Handle one burst of changes; one that comes while a question is open waits for the answer."""
        if self._busy:
            self._queued.update(paths)
            return
        self._busy = True
        try:
            self._handle(frozenset(paths))
        finally:
            self._busy = False
        if self._queued:
            queued, self._queued = frozenset(self._queued), set()
            QTimer.singleShot(0, self, lambda: self.on_files_changed(queued))  # not after the window is gone

    # --------------------------------------------------------------------------------------- internals ---

    def _handle(self, paths: frozenset[Path]) -> None:
        window = self.window
        handbook = window.handbook
        if handbook is None:
            return
        notices: list[str] = []
        lost: list[str] = []
        structure_changed = False
        if handbook.config_path in paths:
            structure_changed = self._reload_structure(handbook, notices)
            handbook = window.handbook or handbook
        ours: set[Path] = set()
        for session in self._sessions():
            if not self._settle(session, notices, lost):
                ours.add(session.section.path)  # type: ignore[union-attr]
        if any(is_media(handbook, path) for path in paths):
            editor = window.section_editor
            if editor is not None and editor.section is not None:
                editor.refresh_preview()  # the page shows the new pictures
        outside = [
            path for path in paths if path.suffix == ".md" and path not in ours and not own_writes.is_own_file(path)
        ]
        if structure_changed or outside:
            self._refresh_views()
        if notices:  # the editor and a column may show the same file: said once
            window.statusBar().showMessage(" ".join(dict.fromkeys(notices)), 15000)
        if lost:
            lost = list(dict.fromkeys(lost))  # the editor and a column may show the same file
            dialogs.warn(
                window,
                self.tr("%n file(s) deleted or renamed", "", len(lost)),
                self.tr(
                    "Deleted or renamed by another program (%n file(s)): {files}. Your text is still open in the app, "
                    "unsaved, and in the recovery copy: save it to write the file again, or copy the text elsewhere.",
                    "",
                    len(lost),
                ).format(files=", ".join(lost)),
            )
        self.handled.emit(paths)

    def _sessions(self) -> Iterator[SectionFileSession]:
        """Every open section file: the editor's, and each Side by Side column while that view is shown."""
        window = self.window
        editor = window.section_editor
        if editor is not None and editor.section is not None:
            yield editor.session
        view = window.modes.side_by_side
        if view is not None and window.work_stack.currentWidget() is view:
            for column in list(view.columns):
                if column.section is not None:
                    yield column.session

    def _settle(self, session: SectionFileSession, notices: list[str], lost: list[str]) -> bool:
        """Bring one open section in line with its file; False when the file is as the session knows it, or as the
        app itself wrote it (whoever wrote it refreshed the views already)."""
        section, handbook = session.section, session.handbook
        assert section is not None and handbook is not None
        file = f"{section.lang}/{section.slug}.md"
        if not section.path.exists():
            if not section.exists:
                return False  # a new translation, not saved yet: nothing was there, nothing is
            session.file_lost()
            lost.append(file)
            return True
        try:
            if not changed_on_disk(section):
                return False
            theirs = open_for_editing(handbook, section.lang, section.slug)
        except (EditingError, OSError) as error:
            notices.append(
                self.tr("{file} changed on disk but cannot be read ({error}); your text stays in the editor.").format(
                    file=file, error=error
                )
            )
            return True
        ours = own_writes.is_own(section.path, theirs.disk_hash)  # saved from another view, restored from a backup
        mine = session.editor.text()
        if theirs.text == mine:
            session.take_disk_version(theirs)  # the same text: nothing to decide
            return not ours
        if not session.is_modified:
            session.take_disk_version(theirs)
            if ours:
                return False
            notices.append(
                self.tr(
                    "{file} was changed by another program and reloaded (Ctrl+Z brings back the text before)."
                ).format(file=file)
            )
            return True
        keep_folder = session.recovery.originals_folder(handbook.root, section.lang)
        choice, merged = conflict_dialog.ask_conflict(
            self.window, conflict_dialog.Conflict(file, section.text, mine, theirs.text, keep_folder, ours)
        )
        if choice == conflict_dialog.KEEP_MINE:
            try:  # the version the author's save will replace is kept first
                kept = keep_replaced_version(
                    keep_folder, section.path.name, theirs.text, newline=theirs.newline, had_bom=theirs.had_bom
                )
            except OSError as error:
                notices.append(
                    self.tr(
                        "{file}: the version on disk could not be copied ({error}), so nothing was changed; saving "
                        "will ask before it replaces that version."
                    ).format(file=file, error=error.strerror or error)
                )
                return True
            session.keep_mine(theirs)
            notices.append(
                self.tr("{file}: your text is kept; saving replaces the version on disk, copied to {copy}.").format(
                    file=file, copy=kept
                )
            )
        elif choice == conflict_dialog.TAKE_THEIRS:
            session.take_disk_version(theirs)
            notices.append(self.tr("{file}: the version on disk was loaded.").format(file=file))
        elif choice == conflict_dialog.MERGED:
            session.use_merged(merged, theirs)
            notices.append(self.tr("{file}: the merged text is in the editor, not saved yet.").format(file=file))
        else:
            notices.append(
                self.tr("{file} changed on disk; saving will ask before it replaces that change.").format(file=file)
            )
        return True

    def _reload_structure(self, handbook: Handbook, notices: list[str]) -> bool:
        """``handbook.toml`` changed: show the new contents (True), or say why it cannot be read (False)."""
        try:
            new = Handbook.load(handbook.root)
        except (HandbookLoadError, OSError) as error:
            notices.append(
                self.tr(
                    "handbook.toml was changed by another program and cannot be read ({error}); the contents shown "
                    "are as before. Correct the file to see the new contents."
                ).format(error=error)
            )
            return False
        if new.config == handbook.config:
            return False
        window = self.window
        window.reload_structure(new)
        for session in self._all_sessions():
            session.handbook = new
        view = window.modes.side_by_side
        if view is not None and view.handbook is not None:
            view.handbook = new
        editor = window.section_editor
        if editor is not None and editor.section is not None:
            editor.refresh_preview()  # the navigation of the page
        notices.append(self.tr("handbook.toml was changed by another program: the contents were reloaded."))
        slug = window.current_slug()
        if slug is not None and slug not in new.config.sections:
            notices.append(
                self.tr("The section {slug} is no longer in handbook.toml; its text stays open.").format(slug=slug)
            )
        self.follow(new)  # new languages, new folders
        return True

    def _all_sessions(self) -> Iterator[SectionFileSession]:
        editor = self.window.section_editor
        if editor is not None:
            yield editor.session
        view = self.window.modes.side_by_side
        if view is not None:
            for column in view.columns:
                yield column.session

    def _refresh_views(self) -> None:
        """The badges of the contents and the other views follow the files (once per burst)."""
        grid = self.window.modes.grid
        if grid is not None and grid.view.state() == QAbstractItemView.State.EditingState:
            self._grid_retry.start()  # a cell is being edited: refreshing now would close it
            return
        self.window.refresh_after_save()
