"""The file being edited changed on disk: the author sees both versions and keeps theirs, takes the other, or merges.

Shown when another program (an editor, ``git pull``, a colleague's change arriving through OneDrive or Dropbox)
changed a section file that has unsaved changes in the app. Nothing is decided for the author:

- **Keep My Text** — the text in the editor stays; the next save replaces the other version, knowingly. That
  version is copied to the user's data folder first (:attr:`Conflict.keep_folder`; the dialog says where).
- **Use the Version on Disk** — the file as it is on disk now replaces the text in the editor (Ctrl+Z brings it
  back).
- **Merge…** — both sets of changes in one text (a three-way merge with the text as it was opened as the base);
  where both changed the same lines, both versions stand between ``<<<<<<< your text`` and ``>>>>>>> on disk``
  lines. The author edits the merged text here and accepts it: it goes into the editor, unsaved.
- **Decide Later** — nothing changes now; saving will ask before it overwrites the other version.

The dialog opens unasked, often while the author is typing: Decide Later is the default button, and keys are
ignored for :data:`KEY_GUARD_MS` after it opens, so a keystroke meant for the editor decides nothing.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QEvent, QObject
from PySide6.QtGui import QColor, QShowEvent, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from authoring_app.core.external_changes import CONFLICT_END, CONFLICT_START, conflict_markers_left, merge_texts
from authoring_app.gui.diff_view import DiffView
from authoring_app.gui.editor.colours import is_dark
from authoring_app.gui.editor.exact_text import exact_text

KEEP_MINE, TAKE_THEIRS, MERGED = "keep-mine", "take-theirs", "merged"
#: Keys typed this soon after the dialog opened (meant for the editor) are ignored.
KEY_GUARD_MS = 500
_KEY_EVENTS = (QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride, QEvent.Type.Shortcut)


@dataclass(frozen=True)
class Conflict:
    """One file changed on disk while it had unsaved changes: the three texts a decision needs."""

    #: How the file is named to the author ("ru/02-flipped-classroom.md").
    file: str
    #: The text as it was opened (or last saved): the common base of a merge.
    base: str
    #: The author's text in the editor.
    mine: str
    #: The file as it is on disk now.
    theirs: str
    #: Where the version on disk is copied before the author's text replaces it (Keep My Text); None: nowhere.
    keep_folder: Path | None = None
    #: The other version was written by this app itself (another view of the same file, a restore from a backup).
    by_this_app: bool = False


class ConflictDialog(QDialog):
    """Asks what to do about :class:`Conflict`; after :meth:`exec`, :attr:`choice` and :meth:`merged_text`."""

    def __init__(self, conflict: Conflict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.conflict = conflict
        #: KEEP_MINE, TAKE_THEIRS, MERGED, or None (decide later).
        self.choice: str | None = None
        self.setWindowTitle(self.tr("The file changed on disk"))
        self.resize(980, 640)
        self._opened = QElapsedTimer()

        if conflict.by_this_app:
            text = self.tr(
                "<b>{file}</b> was saved from another view of this window (languages side by side, segments, or a "
                "restore from a backup) while you had unsaved changes in it here. Compare the two versions and "
                "choose which to keep, or merge them."
            )
        else:
            text = self.tr(
                "<b>{file}</b> was changed by another program (another editor, git, a synced folder) while you "
                "had unsaved changes in it. Compare the two versions and choose which to keep, or merge them."
            )
        text = text.format(file=conflict.file)
        if conflict.keep_folder is not None:
            text += " " + self.tr(
                "If you keep your text, the version on disk is copied first to {folder}, so nothing is lost."
            ).format(folder=f"<i>{html.escape(str(conflict.keep_folder))}</i>")
        self.message = QLabel(text, self)
        self.message.setWordWrap(True)

        # The comparison page.
        self.diff_view = DiffView(self)
        self.diff_view.setAccessibleName(self.tr("The version on disk compared with yours"))
        self.diff_view.compare(
            conflict.theirs, conflict.mine, self.tr("On disk now (theirs)"), self.tr("In the editor (yours)")
        )
        self.keep_button = QPushButton(self.tr("&Keep My Text"), self)
        self.keep_button.setObjectName("keepMineButton")
        self.keep_button.setToolTip(
            self.tr("Keep your text; saving it replaces the version on disk (a copy of that version is kept)")
        )
        self.take_button = QPushButton(self.tr("&Use the Version on Disk"), self)
        self.take_button.setObjectName("takeTheirsButton")
        self.take_button.setToolTip(self.tr("Load the version on disk into the editor (Ctrl+Z brings yours back)"))
        self.merge_button = QPushButton(self.tr("&Merge…"), self)
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.setToolTip(self.tr("Combine both sets of changes, then check the result"))
        self.later_button = QPushButton(self.tr("Decide &Later"), self)
        self.later_button.setObjectName("decideLaterButton")
        self.later_button.setToolTip(
            self.tr("Change nothing now; saving will ask before it replaces the other version")
        )
        compare_page = QWidget(self)
        compare_layout = QVBoxLayout(compare_page)
        compare_layout.setContentsMargins(0, 0, 0, 0)
        compare_layout.addWidget(self.diff_view, 1)
        compare_buttons = QHBoxLayout()
        compare_buttons.addWidget(self.later_button)
        compare_buttons.addStretch(1)
        for button in (self.take_button, self.merge_button, self.keep_button):
            compare_buttons.addWidget(button)
        compare_layout.addLayout(compare_buttons)

        # The merge page.
        self.merge_label = QLabel(self)
        self.merge_label.setWordWrap(True)
        self.merge_edit = QPlainTextEdit(self)
        self.merge_edit.setObjectName("mergedText")
        self.merge_edit.setAccessibleName(self.tr("Merged text"))
        self.merge_edit.textChanged.connect(self._on_merged_text_changed)
        self.use_merged_button = QPushButton(self.tr("&Use Merged Text"), self)
        self.use_merged_button.setObjectName("useMergedButton")
        self.use_merged_button.setToolTip(self.tr("Put this text in the editor, unsaved"))
        self.back_button = QPushButton(self.tr("&Back"), self)
        merge_page = QWidget(self)
        merge_layout = QVBoxLayout(merge_page)
        merge_layout.setContentsMargins(0, 0, 0, 0)
        merge_layout.addWidget(self.merge_label)
        merge_layout.addWidget(self.merge_edit, 1)
        merge_buttons = QHBoxLayout()
        merge_buttons.addWidget(self.back_button)
        merge_buttons.addStretch(1)
        merge_buttons.addWidget(self.use_merged_button)
        merge_layout.addLayout(merge_buttons)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(compare_page)
        self.pages.addWidget(merge_page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.pages, 1)

        self.keep_button.clicked.connect(lambda: self._choose(KEEP_MINE))
        self.take_button.clicked.connect(lambda: self._choose(TAKE_THEIRS))
        self.merge_button.clicked.connect(self.show_merge)
        self.later_button.clicked.connect(self.reject)
        self.back_button.clicked.connect(lambda: self.pages.setCurrentIndex(0))
        self.use_merged_button.clicked.connect(lambda: self._choose(MERGED))
        # Opened unasked while the author types: Enter must not replace anyone's text.
        self.later_button.setDefault(True)
        self.later_button.setFocus()

    # ------------------------------------------------------------------------------------------ public ---

    def show_merge(self) -> None:
        """Merge both versions (once; edits made here are kept when going back and forth) and show the result."""
        if not exact_text(self.merge_edit) and not self.merge_edit.document().isModified():
            conflict = self.conflict
            result = merge_texts(
                conflict.base,
                conflict.mine,
                conflict.theirs,
                mine_label=self.tr("your text"),
                theirs_label=self.tr("on disk"),
            )
            self.merge_edit.setPlainText(result.text)
        self.pages.setCurrentIndex(1)
        self.use_merged_button.setDefault(True)
        self.merge_edit.setFocus()

    def merged_text(self) -> str:
        return exact_text(self.merge_edit)

    def keys_guarded(self) -> bool:
        """True while keys are ignored (just opened: a keystroke was meant for the editor)."""
        return not self._opened.isValid() or self._opened.elapsed() < KEY_GUARD_MS

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._opened.isValid():
            self._opened.start()
            app = QApplication.instance()
            if app is not None:
                app.installEventFilter(self)  # keys go to the focused button first, not to the dialog

    def done(self, result: int) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        super().done(result)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() in _KEY_EVENTS
            and isinstance(watched, QWidget)
            and (watched is self or self.isAncestorOf(watched))
        ):
            if not self.keys_guarded():
                QApplication.instance().removeEventFilter(self)  # type: ignore[union-attr]
                return False
            event.accept()  # a ShortcutOverride accepted: no button's Alt+letter fires either
            return True
        return super().eventFilter(watched, event)

    # --------------------------------------------------------------------------------------- internals ---

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    def _on_merged_text_changed(self) -> None:
        left = conflict_markers_left(exact_text(self.merge_edit))
        if left:
            self.merge_label.setText(
                self.tr(
                    "Both versions changed the same lines in %n place(s): both are kept between <<<<<<< and "
                    ">>>>>>> lines, highlighted. Keep what should stay, delete the rest and the marker lines, then "
                    "use the merged text.",
                    "",
                    left,
                )
            )
        else:
            self.merge_label.setText(
                self.tr("The changes merged without conflicts. Check the text, then use it (it is not saved yet).")
            )
        self._highlight_conflicts()

    def _highlight_conflicts(self) -> None:
        """Shade the lines from ``<<<<<<<`` to ``>>>>>>>`` so the places to settle stand out."""
        document = self.merge_edit.document()
        selections: list[QTextEdit.ExtraSelection] = []
        colour = QColor("#4a1f1c" if is_dark(self.merge_edit.palette()) else "#fde7e6")
        block = document.firstBlock()
        start = None
        while block.isValid():
            text = block.text()
            if text.startswith(CONFLICT_START):
                start = block
            if start is not None and text.startswith(CONFLICT_END):
                cursor = QTextCursor(start)
                cursor.setPosition(block.position() + max(block.length() - 1, 0), QTextCursor.MoveMode.KeepAnchor)
                selection = QTextEdit.ExtraSelection()
                selection.cursor = cursor  # type: ignore[misc]
                char_format = QTextCharFormat()
                char_format.setBackground(colour)
                char_format.setProperty(QTextFormat.Property.FullWidthSelection, True)
                selection.format = char_format  # type: ignore[misc]
                selections.append(selection)
                start = None
            block = block.next()
        self.merge_edit.setExtraSelections(selections)


def ask_conflict(parent: QWidget, conflict: Conflict) -> tuple[str | None, str]:
    """Show the conflict dialog; ``(choice, merged text)`` (choice None: decide later)."""
    dialog = ConflictDialog(conflict, parent)
    try:
        dialog.exec()
        return dialog.choice, dialog.merged_text()
    finally:
        dialog.deleteLater()
