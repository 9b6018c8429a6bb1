"""File ▸ Restore from Backup…: the handbook's backups, the files in each, what differs from now, and restoring.

The dialog lists the backups newest first (:mod:`authoring_app.core.backups` makes one each time the handbook is
closed); choosing one lists its files with whether each differs from the file as it is now, and choosing a file
shows the two versions side by side (:class:`~authoring_app.gui.diff_view.DiffView`). Restore Checked Files writes
the checked ones back; core backs up the versions they replace first, so that a restore can itself be undone from
the backup it made. A file with unsaved text in an open editor is refused (the window says why through
``can_replace``), and the window reloads the editors of the files restored (``restored``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from authoring_app.core.backups import (
    BEFORE_RESTORE,
    CHANGED,
    CLOSE,
    MANUAL,
    MAX_KEEP,
    NOT_ON_DISK,
    BackupError,
    BackupStore,
    Snapshot,
    compare_with_disk,
)
from authoring_app.gui import backup_words
from authoring_app.gui.diff_view import DiffView

NAME_ROLE = Qt.ItemDataRole.UserRole


class BackupDialog(QDialog):
    """The backups of the handbook in ``root``; see the module docstring."""

    def __init__(
        self,
        root: Path,
        store: BackupStore,
        parent: QWidget | None = None,
        *,
        keep: int,
        can_replace: Callable[[str], str | None] = lambda _name: None,
        restored: Callable[[list[str]], None] = lambda _names: None,
        keep_changed: Callable[[int], None] = lambda _keep: None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("backupDialog")
        self.setWindowTitle(self.tr("Restore from Backup"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.root = root
        self.store = store
        self._can_replace = can_replace
        self._restored = restored
        self.snapshots: list[Snapshot] = []

        intro = QLabel(
            self.tr(
                "Each time you close this handbook, Handbook Studio backs up the text files that changed. Choose a "
                "backup, compare a file with how it is now, check the files to put back and restore them. The "
                "versions they replace are backed up first, so a restore can be undone the same way."
            )
        )
        intro.setWordWrap(True)

        self.snapshot_list = QListWidget()
        self.snapshot_list.setObjectName("backupList")
        self.snapshot_list.setAccessibleName(self.tr("Backups, newest first"))
        self.snapshot_list.currentRowChanged.connect(self._show_snapshot)
        self.file_list = QTreeWidget()
        self.file_list.setObjectName("backupFiles")
        self.file_list.setAccessibleName(self.tr("Files in the backup"))
        self.file_list.setHeaderLabels([self.tr("File"), self.tr("Compared with now")])
        self.file_list.setRootIsDecorated(False)
        self.file_list.currentItemChanged.connect(self._show_file)
        self.file_list.itemChanged.connect(self._update_buttons)
        self.diff = DiffView()
        self.diff.setAccessibleName(self.tr("The file now and in the backup"))

        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.file_list)
        right.addWidget(self.diff)
        right.setStretchFactor(0, 1)
        right.setStretchFactor(1, 2)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.snapshot_list)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([340, 620])

        self.keep_box = QSpinBox()
        self.keep_box.setObjectName("backupKeep")
        self.keep_box.setRange(1, MAX_KEEP)
        self.keep_box.setValue(keep)
        self.keep_box.setToolTip(self.tr("Older backups are deleted when a new one is made"))
        self.keep_box.valueChanged.connect(keep_changed)
        keep_label = QLabel(self.tr("&Backups to keep:"))
        keep_label.setBuddy(self.keep_box)
        keep_row = QHBoxLayout()
        keep_row.addWidget(keep_label)
        keep_row.addWidget(self.keep_box)
        keep_row.addStretch(1)

        self.message_label = QLabel()
        self.message_label.setObjectName("backupMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label.hide()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(self.tr("&Restore Checked Files"))
        self.restore_button.setObjectName("restoreButton")
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self.restore_checked)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addLayout(keep_row)
        layout.addWidget(self.message_label)
        layout.addWidget(buttons)
        self.resize(1000, 640)
        self.reload()

    # ------------------------------------------------------------------------------------------ public ---

    def reload(self, select: str | None = None) -> None:
        """Read the backups again and show ``select`` (default: the newest)."""
        self.snapshots = self.store.snapshots(self.root)
        self.snapshot_list.blockSignals(True)
        self.snapshot_list.clear()
        for snapshot in self.snapshots:
            item = QListWidgetItem(self._snapshot_text(snapshot))
            item.setData(NAME_ROLE, snapshot.name)
            item.setToolTip(backup_words.snapshot_problem(snapshot.problem) if snapshot.problem else str(snapshot.path))
            self.snapshot_list.addItem(item)
        self.snapshot_list.blockSignals(False)
        if not self.snapshots:
            self.file_list.clear()
            self.diff.setPlainText(
                self.tr("No backups yet: the first one is made when you close this handbook or quit the app.")
            )
            self._update_buttons()
            return
        names = [snapshot.name for snapshot in self.snapshots]
        self.snapshot_list.setCurrentRow(names.index(select) if select in names else 0)
        self._show_snapshot(self.snapshot_list.currentRow())

    def current_snapshot(self) -> Snapshot | None:
        row = self.snapshot_list.currentRow()
        return self.snapshots[row] if 0 <= row < len(self.snapshots) else None

    def file_items(self) -> list[QTreeWidgetItem]:
        return [self.file_list.topLevelItem(i) for i in range(self.file_list.topLevelItemCount())]

    def set_checked(self, names: list[str]) -> None:
        for item in self.file_items():
            checked = item.data(0, NAME_ROLE) in names
            item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def checked_files(self) -> list[str]:
        return [item.data(0, NAME_ROLE) for item in self.file_items() if item.checkState(0) == Qt.CheckState.Checked]

    def restore_checked(self) -> None:
        """Restore the checked files (those with unsaved text in an editor are refused) and say what happened."""
        snapshot = self.current_snapshot()
        names = self.checked_files()
        if snapshot is None or not names:
            return
        refused = {name: reason for name in names if (reason := self._can_replace(name))}
        allowed = [name for name in names if name not in refused]
        lines = list(refused.values())
        if allowed:
            try:
                result = self.store.restore(self.root, snapshot, allowed, keep=self.keep_box.value())
            except BackupError as error:
                problem = backup_words.error_text(error.problem)
                self._message([self.tr("Nothing was restored. {problem}").format(problem=problem)])
                return
            if result.restored:
                lines.insert(0, self.tr("Restored: {files}.").format(files=", ".join(result.restored)))
            if result.unchanged:
                lines.append(self.tr("Already as in the backup: {files}.").format(files=", ".join(result.unchanged)))
            for name, reason in result.failed:
                problem = backup_words.file_problem(name, reason)
                lines.append(self.tr("Not restored: {problem}").format(problem=problem))
            if result.before is not None:
                lines.append(
                    self.tr("The versions replaced are in the backup of {time}: restore from it to undo this.").format(
                        time=result.before.label()
                    )
                )
            self._restored(result.restored)
        self.reload(select=snapshot.name)
        self._message(lines)

    # ------------------------------------------------------------------------------------------ internals ---

    def _snapshot_text(self, snapshot: Snapshot) -> str:
        if snapshot.problem:
            return self.tr("{name} · damaged").format(name=snapshot.name)
        reason = {
            CLOSE: self.tr("on close"),
            MANUAL: self.tr("made by hand"),
            BEFORE_RESTORE: self.tr("before a restore"),
        }.get(snapshot.reason, snapshot.reason)
        files = self.tr("%n file(s)", "", len(snapshot.files))
        return f"{snapshot.label()} · {reason} · {files}"

    def _show_snapshot(self, row: int) -> None:
        self.file_list.blockSignals(True)
        self.file_list.clear()
        snapshot = self.current_snapshot()
        if snapshot is not None and snapshot.problem:
            problem = backup_words.snapshot_problem(snapshot.problem)
            self.diff.setPlainText(self.tr("This backup cannot be used. {problem}").format(problem=problem))
        elif snapshot is not None:
            words = {
                CHANGED: self.tr("differs from now"),
                NOT_ON_DISK: self.tr("not on disk now"),
            }
            for name, state in compare_with_disk(self.root, snapshot).items():
                item = QTreeWidgetItem([name, words.get(state, self.tr("same as now"))])
                item.setData(0, NAME_ROLE, name)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(0, Qt.CheckState.Unchecked)
                self.file_list.addTopLevelItem(item)
            self.file_list.resizeColumnToContents(0)
        self.file_list.blockSignals(False)
        items = self.file_items()
        # The first file that differs is the one a user most likely looks for.
        first = next((item for item in items if item.text(1) != self.tr("same as now")), items[0] if items else None)
        if first is not None:
            self.file_list.setCurrentItem(first)
        elif snapshot is not None and not snapshot.problem:
            self.diff.clear()
        self._update_buttons()

    def _show_file(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None = None) -> None:
        snapshot = self.current_snapshot()
        if item is None or snapshot is None:
            return
        name = item.data(0, NAME_ROLE)
        try:
            now, backup = self.store.versions(self.root, snapshot, name)
        except BackupError as error:
            self.diff.setPlainText(backup_words.error_text(error.problem))
            return
        now_text = _text(now) if now is not None else ""
        backup_text = _text(backup)
        if now is not None and now != backup and now_text == backup_text:
            self.diff.setPlainText(
                self.tr("Only the line ends (Windows or Unix) or the byte order mark differ; the text is the same.")
            )
            return
        left = self.tr("Now: {file}").format(file=name) if now is not None else self.tr("Not on disk now")
        self.diff.compare(now_text, backup_text, left, self.tr("Backup of {time}").format(time=snapshot.label()))

    def _update_buttons(self, *_args: object) -> None:
        self.restore_button.setEnabled(bool(self.checked_files()))

    def _message(self, lines: list[str]) -> None:
        self.message_label.setText("\n".join(lines))
        self.message_label.setVisible(bool(lines))


def _text(data: bytes) -> str:
    return data.decode("utf-8-sig", errors="replace").replace("\r\n", "\n")
