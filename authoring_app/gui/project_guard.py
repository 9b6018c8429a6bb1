"""Who may write the open handbook, and its backups: the lock, the read-only bar, a backup on close, restore.

:class:`ProjectGuard` belongs to the main window. When the window shows a handbook (:meth:`~ProjectGuard.attach`)
the guard takes the handbook's lock (:mod:`authoring_app.core.project_lock`). When another running app holds it,
the handbook opens read-only: a bar over the window says who has it open, where and since when, and offers to take
it over; every editor is read-only and saving, inserting and structure changes are off. A stale lock (left by an
app that crashed) is taken over with a note in the status bar; a lock that cannot be written (a read-only or synced
folder) is reported there too, and the handbook opens with locking off. A timer refreshes the lock's heartbeat,
notices when another app took the handbook over (read-only from then on) and when a read-only window's handbook
has become free (writable again).

When the handbook closes (another one opens, the window closes) the guard backs up the text files that changed
(:mod:`authoring_app.core.backups`) and releases the lock. Before the window closes (:meth:`~ProjectGuard.
ready_to_close`) the backup is made while the window is still there, and when it fails the user is asked whether
to close anyway. File ▸ Restore from Backup… opens :class:`~authoring_app.gui.backup_dialog.BackupDialog`.

Why a lock was taken over or locking is off comes from core as a code with values
(:class:`~authoring_app.core.project_lock.LockReason`); each sentence is phrased here, whole, in the user's
language.
"""

from __future__ import annotations

import html
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from authoring_app.core import safety_settings
from authoring_app.core.backups import CLOSE, BackupError, BackupStore
from authoring_app.core.config import CONFIG_NAME
from authoring_app.core.project_lock import (
    FREE,
    HEARTBEAT_SECONDS,
    HELD,
    LOST,
    OURS,
    STALE,
    TAKEN_OVER,
    UNAVAILABLE,
    Identity,
    LockHolder,
    LockOutcome,
    LockReason,
    ProjectLock,
)
from authoring_app.gui import backup_words
from authoring_app.gui import window_dialogs as dialogs
from authoring_app.gui.editor import MarkdownEditor
from authoring_app.gui.editor.colours import is_dark
from authoring_app.gui.section_file_session import READ_ONLY_PROPERTY

if TYPE_CHECKING:
    from authoring_app.core.handbook import Handbook
    from authoring_app.gui.backup_dialog import BackupDialog
    from authoring_app.gui.main_window import MainWindow


def backup_keep() -> int:
    """How many backups of each handbook the user keeps (Preferences ▸ Safety and the Restore from Backup dialog
    change it; ``handbook backup`` keeps as many)."""
    return safety_settings.backup_keep()


def set_backup_keep(keep: int) -> None:
    safety_settings.set_backup_keep(keep)


class ReadOnlyBar(QFrame):
    """The notice over the window while another app has the handbook: who, where, since when; take it over."""

    take_over_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readOnlyBar")
        self.setAccessibleName(self.tr("Read-only notice"))
        dark = is_dark(self.palette())
        background, border = ("#3b3520", "#6b5d2a") if dark else ("#fff4c4", "#e0c860")
        self.setStyleSheet(
            f"QFrame#readOnlyBar {{ background-color: {background}; border-bottom: 1px solid {border}; }}"
        )
        icon = QLabel(self)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation).pixmap(24, 24))
        self.message_label = QLabel(self)
        self.message_label.setObjectName("readOnlyMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.RichText)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.take_over_button = QPushButton(self.tr("Open Anyway (&Take Over)…"), self)
        self.take_over_button.setObjectName("takeOverButton")
        self.take_over_button.setToolTip(
            self.tr("Write in this handbook here; the other app can then no longer save it without asking")
        )
        self.take_over_button.clicked.connect(self.take_over_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.message_label, 1)
        layout.addWidget(self.take_over_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.hide()

    def show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.show()


class ProjectGuard(QObject):
    """The lock and the backups of the window's handbook; see the module docstring."""

    def __init__(
        self, window: MainWindow, *, store: BackupStore | None = None, identity: Identity | None = None
    ) -> None:
        super().__init__(window)
        self.window = window
        self.store = store or BackupStore()  # in the folder chosen in Preferences ▸ Safety when the app started
        #: Who this app is in lock files (tests pose as another app with their own).
        self.identity = identity
        self.lock: ProjectLock | None = None
        self.root: Path | None = None
        self.read_only = False
        #: The app that holds the handbook while this window has it read-only.
        self.holder: LockHolder | None = None
        #: Why locking is off for this handbook ("" while it works): a reason with a LockReason code.
        self.locking_off = ""
        self.backup_dialog: BackupDialog | None = None
        self._applied: bool | None = None
        self._grid_triggers: QAbstractItemView.EditTrigger | None = None

        self.bar = ReadOnlyBar()
        self.bar.take_over_requested.connect(self.take_over)
        self._place_bar()
        self.timer = QTimer(self)
        self.timer.setInterval(HEARTBEAT_SECONDS * 1000)
        self.timer.timeout.connect(self.heartbeat)

        self.restore_action = QAction(self.tr("Restore from &Backup…"), window)
        self.restore_action.setObjectName("restoreFromBackupAction")
        self.restore_action.setStatusTip(self.tr("Put back files of this handbook as one of its backups has them"))
        self.restore_action.triggered.connect(lambda _checked=False: self.restore_from_backup())
        self._add_to_file_menu()

    # ------------------------------------------------------------------------------------------ public ---

    def attach(self, handbook: Handbook | None) -> None:
        """The window shows ``handbook`` now: back up and unlock the one before, lock this one (the same folder
        again, as after a reload, keeps its lock)."""
        root = handbook.root if handbook is not None else None
        if root == self.root:
            return
        self.close_handbook()
        if root is None:
            return
        self.root = root
        self.lock = ProjectLock(root, identity=self.identity or Identity.current())
        self._apply(self.lock.acquire())
        self.timer.start()

    def close_handbook(self, *, backup: bool = True) -> None:
        """The handbook closes: back up what changed (not when read-only: the app that writes backs up), unlock."""
        root, lock, was_read_only = self.root, self.lock, self.read_only
        self.timer.stop()
        self.root = self.lock = self.holder = None
        self.locking_off = ""
        self._set_read_only(False, "", update=False)
        if root is None:
            return
        if backup and not was_read_only:
            self._back_up_or_warn(root)
        if lock is not None:
            lock.release()

    def ready_to_close(self) -> bool:
        """Before the window closes: back up what changed now, while the window is there to say so. When the backup
        fails, ask whether to close anyway (False: the user chose Cancel, the window stays)."""
        root = self.root
        if root is None or self.read_only:
            return True
        try:
            self._back_up(root)
        except BackupError as error:
            print(f"handbook-studio: the backup failed: {error}", file=sys.stderr)
            return self.confirm_close_without_backup(backup_words.error_text(error.problem))
        return True

    def confirm_close_without_backup(self, problem: str) -> bool:
        """The backup on close failed (``problem`` says why): close anyway? (Tests answer for the user.)"""
        box = QMessageBox(self.window)
        box.setObjectName("backupFailedBox")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("The backup failed"))
        box.setText(self.tr("The backup of the changed files failed: {reason} Close anyway?").format(reason=problem))
        box.setInformativeText(
            self.tr(
                "Your files in the handbook are as you saved them; only the backup copy of this session is missing."
            )
        )
        close = box.addButton(self.tr("Close Anyway"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is close

    def shut_down(self, *, backup: bool = True) -> None:
        """The window closes (or the app quits): the last backup (unless :meth:`ready_to_close` made it), and the
        lock goes."""
        self.close_handbook(backup=backup)

    def release(self) -> None:
        """Let the lock go without a backup (a screenshot run, which writes nothing)."""
        self.close_handbook(backup=False)

    def heartbeat(self) -> None:
        """Every minute: refresh the lock; a read-only window checks whether the handbook has become free."""
        lock = self.lock
        if lock is None:
            return
        self.window.recovery.beat()  # this app runs: its recovery copies are not a crash's
        if not self.read_only:
            was_off = self.locking_off
            outcome = lock.refresh()  # with locking off, this tries to take the lock again
            if not outcome.writable:  # LOST, or HELD: another app took the lock while locking was off
                self._apply(outcome)
            elif outcome.kind == UNAVAILABLE:
                if outcome.reason != self.locking_off:
                    self._apply(outcome)
            elif was_off:  # the lock works again: taken again (ACQUIRED, TAKEN_OVER) or its heartbeat written
                self._apply(outcome)
                self._status(
                    self.tr("Locking is on again for this handbook: no other app can open it for writing now."), 15000
                )
            return
        state = lock.inspect()
        if state.kind in (FREE, STALE, OURS):
            outcome = lock.acquire()
            if outcome.writable:
                self._apply(outcome)
                self._status(self.tr("The other app has closed the handbook: you can write in it now."), 15000)
                self._reload_open_section()
        elif state.holder is not None and (self.holder is None or state.holder.token != self.holder.token):
            self._apply(LockOutcome(HELD, state.holder))

    def take_over(self) -> bool:
        """Open Anyway: after the user confirmed, take the lock from the other app; True when now writable."""
        if self.lock is None or not self.read_only or not self.confirm_take_over():
            return False
        outcome = self.lock.acquire(force=True)
        self._apply(outcome)
        if not outcome.writable:
            return False
        self._status(self.tr("You have taken the handbook over: you can write in it now."), 15000)
        self._reload_open_section()
        return True

    def confirm_take_over(self) -> bool:
        """Ask before taking the handbook from another app (tests answer for the user)."""
        holder = self.holder
        box = QMessageBox(self.window)
        box.setObjectName("takeOverBox")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Take over the handbook?"))
        if holder is not None:
            box.setText(self._who_text(holder))
        box.setInformativeText(
            self.tr(
                "If Handbook Studio still runs there, you could overwrite each other's changes. Take the handbook "
                "over only when that app has been closed or its user agrees: it becomes read-only there."
            )
        )
        take = box.addButton(self.tr("Take Over"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is take

    def apply(self) -> None:
        """Make what the window shows follow :attr:`read_only` (the window's actions call this on each update)."""
        window = self.window
        read_only = self.read_only
        actions = getattr(window, "actions_", None)
        if actions is not None and read_only:
            for action in (
                actions.save_action,
                actions.image_action,
                actions.video_action,
                actions.audio_action,
                actions.quiz_action,
                actions.table_action,
                actions.cut_action,
                actions.paste_action,
                actions.undo_action,
                actions.redo_action,
            ):
                action.setEnabled(False)
        self.restore_action.setEnabled(window.handbook is not None and not read_only)
        modes = getattr(window, "modes", None)
        side_by_side = modes.side_by_side if modes is not None else None
        editors: list[MarkdownEditor] = [window.section_editor.editor] if window.section_editor is not None else []
        editors += [column.editor for column in side_by_side.columns] if side_by_side is not None else []
        for text_editor in editors:
            if text_editor.isReadOnly() != read_only:
                text_editor.setReadOnly(read_only)
        if side_by_side is not None:
            side_by_side.save_action.setEnabled(not read_only)
            side_by_side.save_all_action.setEnabled(not read_only)
        grid = modes.grid if modes is not None else None
        if grid is not None:
            self._apply_to_grid(grid, read_only)
        if self._applied == read_only:
            return
        self._applied = read_only
        controller = window.project_tree.controller
        controller.read_only = read_only
        if read_only:
            controller.undo_stack.clear()  # steps of a time this window could write, now another app writes
        window.project_tree.setDragDropMode(
            QAbstractItemView.DragDropMode.NoDragDrop if read_only else QAbstractItemView.DragDropMode.InternalMove
        )
        window.project_tree.structure_actions.update_actions()
        editor = window.section_editor
        if editor is not None and editor.section is not None:
            editor.form.reload()  # its fields follow the editor's read-only state
        if actions is not None:
            actions.formatting.set_editor(editor.editor if editor is not None and editor.section is not None else None)

    def restore_from_backup(self) -> BackupDialog | None:
        """File ▸ Restore from Backup…: the dialog over the window (window-modal, not blocking)."""
        if self.root is None or self.read_only:
            return None
        from authoring_app.gui.backup_dialog import BackupDialog

        dialog = BackupDialog(
            self.root,
            self.store,
            self.window,
            keep=backup_keep(),
            can_replace=self._refusal,
            restored=self._after_restore,
            keep_changed=set_backup_keep,
        )
        self.backup_dialog = dialog
        dialog.open()
        return dialog

    # ------------------------------------------------------------------------------------------ internals ---

    def _apply(self, outcome: LockOutcome) -> None:
        kind, holder = outcome.kind, outcome.holder
        if kind in (HELD, LOST) and holder is not None:
            self.holder = holder
            if kind == HELD:
                text = self.tr(
                    "<b>Read-only.</b> {user} has this handbook open on {host} (process {pid}) since {since}. You "
                    "can read everything; to write, close it there, or take it over."
                )
            else:
                text = self.tr(
                    "<b>Read-only.</b> {user} on {host} (process {pid}) took this handbook over at {since}. Unsaved "
                    "text stays in the editor; take the handbook back to save it here."
                )
            words = {key: html.escape(str(value)) for key, value in self._holder_words(holder).items()}
            self._set_read_only(True, text.format(**words))
            return
        self.holder = None
        self.locking_off = outcome.reason if kind == UNAVAILABLE else ""
        self._set_read_only(False, "")
        if kind == TAKEN_OVER and getattr(outcome.reason, "code", None) != LockReason.FORCED:
            self._status(self._taken_over_text(outcome), 15000)
        elif kind == UNAVAILABLE:
            self._status(self._locking_off_text(outcome.reason), 20000)

    def _taken_over_text(self, outcome: LockOutcome) -> str:
        """The status line after taking over a stale lock: whose, and why it was stale."""
        code, values, holder = (
            getattr(outcome.reason, "code", None),
            getattr(outcome.reason, "values", {}),
            outcome.holder,
        )
        if holder is None:
            if code == LockReason.DAMAGED:
                return self.tr("Took over a lock file that was damaged (perhaps by a sync program).")
            return self.tr("Took over a lock that was left behind.")
        words = self._holder_words(holder)
        if code == LockReason.PROCESS_ENDED:
            text = self.tr("Took over the lock {user} left on {host}: that app's process {pid} has ended.")
        elif code == LockReason.PROCESS_REPLACED:
            text = self.tr(
                "Took over the lock {user} left on {host}: that app's process {pid} has ended (the number belongs "
                "to another program now)."
            )
        elif code in (LockReason.NO_HEARTBEAT, LockReason.HEARTBEAT_STOPPED):
            minutes = int(values.get("minutes", 0))  # type: ignore[call-overload]
            text = self.tr(
                "Took over the lock {user} left on {host}: that app has given no sign of life for %n minute(s).",
                "",
                minutes,
            )
        else:
            text = self.tr("Took over the lock {user} left on {host}.")
        return text.format(**words)

    def _locking_off_text(self, reason: str) -> str:
        values = getattr(reason, "values", {})
        error, file = values.get("error", str(reason)), values.get("file", "")  # type: ignore[union-attr]
        if file:
            text = self.tr(
                "Locking is off for this handbook: the lock file {file} cannot be written or read ({error}). Another "
                "app could open the handbook for writing at the same time."
            )
        else:
            text = self.tr(
                "Locking is off for this handbook: the lock file cannot be written or read ({error}). Another app "
                "could open the handbook for writing at the same time."
            )
        return text.format(error=error, file=file)

    def _set_read_only(self, read_only: bool, message: str, *, update: bool = True) -> None:
        self.read_only = read_only
        self.window.setProperty(READ_ONLY_PROPERTY, read_only)
        if read_only:
            self.bar.show_message(message)
        else:
            self.bar.hide()
        if update:
            actions = getattr(self.window, "actions_", None)
            if actions is not None:
                actions.update()  # which calls apply()
            else:
                self.apply()

    def _back_up_or_warn(self, root: Path) -> None:
        """Back up; say without blocking when that failed (another handbook opens: this window stays)."""
        try:
            self._back_up(root)
        except BackupError as error:
            print(f"handbook-studio: the backup failed: {error}", file=sys.stderr)
            dialogs.warn(
                self.window,
                self.tr("The backup failed"),
                self.tr(
                    "{error}\n\nYour files in the handbook are as you saved them; only the backup copy is missing."
                ).format(error=backup_words.error_text(error.problem)),
            )

    def _back_up(self, root: Path) -> None:
        """Back up the files that changed; files that could not be are named in the status bar. Raises BackupError."""
        result = self.store.back_up(root, keep=backup_keep(), reason=CLOSE)
        if result.skipped:
            for name, why in result.skipped:
                print(f"handbook-studio: {name} was not backed up: {why}", file=sys.stderr)
            problems = " ".join(backup_words.file_problem(name, why) for name, why in result.skipped[:5])
            self._status(self.tr("Not backed up: {problems}").format(problems=problems), 20000)
        elif result.snapshot is not None:
            self._status(self.tr("Backed up %n changed file(s) of the handbook.", "", len(result.snapshot.files)), 8000)

    def _refusal(self, name: str) -> str | None:
        """Why file ``name`` must not be restored now (unsaved text in an open editor), or None."""
        for file, modified, _view in self._open_files():
            if file == name and modified:
                return self.tr(
                    "{file} has unsaved changes in an open editor: save or discard them first, then restore it."
                ).format(file=name)
        return None

    def _after_restore(self, names: list[str]) -> None:
        """Files were restored: the window shows them (open editors without changes read them again)."""
        window, root = self.window, self.root
        if not names or root is None:
            return
        if CONFIG_NAME in names:
            from authoring_app.core.handbook import Handbook, HandbookLoadError

            try:
                handbook = Handbook.load(root)
            except (HandbookLoadError, OSError) as error:
                self._status(
                    self.tr("{file} was restored but cannot be read: {error}").format(file=CONFIG_NAME, error=error),
                    20000,
                )
            else:
                window.project_tree.set_handbook(handbook)
                window.project_tree.handbook_changed.emit(handbook)
        handbook = window.handbook
        modes = window.modes
        for file, modified, view in self._open_files():
            if file not in names or modified or handbook is None:
                continue
            section = view.section
            if view is window.section_editor:
                if modes.mode == "write":
                    window.show_writing(section.slug, section.lang, reload=True)
            else:
                view.open(handbook, section.lang, section.slug)
                if modes.side_by_side is not None:
                    modes.side_by_side.refresh_statuses()
        window.refresh_after_save()
        self._status(self.tr("Restored %n file(s) from the backup.", "", len(names)), 8000)

    def _open_files(self) -> list[tuple[str, bool, object]]:
        """``(file relative to the handbook, modified, view)`` of every open editor."""
        window, root = self.window, self.root
        views: list[object] = []
        if window.section_editor is not None:
            views.append(window.section_editor)
        side_by_side = window.modes.side_by_side
        if side_by_side is not None:
            views.extend(side_by_side.columns)
        found = []
        for view in views:
            section = view.section  # type: ignore[attr-defined]
            if section is not None and root is not None:
                found.append((f"{section.lang}/{section.slug}.md", bool(view.is_modified), view))  # type: ignore[attr-defined]
        return found

    def _reload_open_section(self) -> None:
        """Now writable: the open section is read from disk again (the other app may have saved it meanwhile)."""
        window = self.window
        editor, current = window.section_editor, window.current_section
        if editor is not None and current is not None and not editor.is_modified and window.modes.mode == "write":
            window.show_writing(current[1], current[0], reload=True)

    def _apply_to_grid(self, grid: QWidget, read_only: bool) -> None:
        view = grid.view  # type: ignore[attr-defined]
        if read_only and self._grid_triggers is None:
            self._grid_triggers = view.editTriggers()
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        elif not read_only and self._grid_triggers is not None:
            view.setEditTriggers(self._grid_triggers)
            self._grid_triggers = None
        grid.mark_button.setVisible(not read_only)  # type: ignore[attr-defined]
        grid.copy_button.setVisible(not read_only)  # type: ignore[attr-defined]

    def _holder_words(self, holder: LockHolder) -> dict[str, object]:
        return {
            "user": holder.user or self.tr("someone"),
            "host": holder.host,
            "pid": holder.pid,
            "since": holder.since.astimezone().strftime("%Y-%m-%d %H:%M"),
        }

    def _who_text(self, holder: LockHolder) -> str:
        return self.tr("{user} has this handbook open on {host} (process {pid}) since {since}.").format(
            **self._holder_words(holder)
        )

    def _status(self, text: str, timeout: int) -> None:
        self.window.statusBar().showMessage(text, timeout)

    def _place_bar(self) -> None:
        """Put the bar over the whole window (contents and work area): the central widget moves into a box under it."""
        window = self.window
        central = window.takeCentralWidget()
        box = QWidget()
        box.setObjectName("guardedCentral")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.bar)
        if central is not None:
            layout.addWidget(central, 1)
        window.setCentralWidget(box)

    def _add_to_file_menu(self) -> None:
        """File ▸ Restore from Backup…, just above Quit."""
        quit_action = self.window.actions_.quit_action
        menu = next((obj for obj in quit_action.associatedObjects() if isinstance(obj, QMenu)), None)
        if menu is None:
            return
        menu.insertAction(quit_action, self.restore_action)
        menu.insertSeparator(quit_action)
