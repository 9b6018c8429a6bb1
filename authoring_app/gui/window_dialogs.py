"""The windows' questions and messages: what cannot be opened, what to restore, what to save, about.

The main window and the side-by-side view ask the same questions about unsaved text and files changed on disk,
so both use these.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from authoring_app import __version__
from authoring_app.core.editing import EditingError, SaveConflict


def show_load_error(parent: QWidget, path: Path | None, error: Exception) -> None:
    """Tell the user why the handbook in ``path`` could not be opened (window-modal, not blocking)."""
    box = QMessageBox(parent)
    box.setObjectName("loadErrorBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("MainWindow", "Cannot open handbook"))
    if path is None:
        box.setText(QCoreApplication.translate("MainWindow", "The sample handbook could not be opened."))
    else:
        box.setText(
            QCoreApplication.translate("MainWindow", "The handbook in {path} could not be opened.").format(path=path)
        )
    box.setInformativeText(str(error))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.open()


def ask_restore(parent: QWidget, file: str, *, details: str = "") -> bool:
    """Text of ``file`` typed before a crash: restore it into the editor? (True: restore.) ``details``: how it
    differs from the file (shown under Show Details…)."""
    box = QMessageBox(parent)
    box.setObjectName("restoreBox")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("MainWindow", "Restore unsaved text?"))
    box.setText(
        QCoreApplication.translate(
            "MainWindow", "{file} has text that was typed but not saved (the app ended before it was saved)."
        ).format(file=file)
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "MainWindow",
            "Restore it into the editor (you can still undo that), or discard it and keep the file as saved?",
        )
    )
    restore = box.addButton(QCoreApplication.translate("MainWindow", "Restore"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("MainWindow", "Discard"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(restore)
    if details:
        box.setDetailedText(details)
    box.exec()
    return box.clickedButton() is restore


def settle_unsaved(
    parent: QWidget,
    text: str,
    save: Callable[[], bool],
    discard: Callable[[], None],
    *,
    several: bool = False,
    object_name: str = "",
) -> bool:
    """Ask whether to save the unsaved changes ``text`` names before going on, and do what the user chose.

    ``save`` returns whether all is safe on disk; ``several`` offers Save All for changes in more than one file.
    False when the user cancelled or the save did not succeed: the caller stays where it is.
    """
    box = QMessageBox(parent)
    if object_name:
        box.setObjectName(object_name)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("MainWindow", "Unsaved changes"))
    box.setText(text)
    box.setInformativeText(QCoreApplication.translate("MainWindow", "Save them before you go on?"))
    save_button = QMessageBox.StandardButton.SaveAll if several else QMessageBox.StandardButton.Save
    box.setStandardButtons(save_button | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(save_button)
    answer = box.exec()
    if answer == save_button:
        return save()
    if answer == QMessageBox.StandardButton.Discard:
        discard()
        return True
    return False


def ask_overwrite(parent: QWidget, message: str) -> bool:
    """The file changed on disk since it was opened (``message`` says which): overwrite it anyway?"""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("MainWindow", "The file changed on disk"))
    box.setText(message)
    overwrite = box.addButton(
        QCoreApplication.translate("MainWindow", "Save Anyway"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is overwrite


def save_checked(parent: QWidget, save: Callable[..., None], ask: Callable[[str], bool] | None = None) -> bool:
    """Call ``save()``; when the file changed on disk, ``ask`` (default :func:`ask_overwrite`) before
    ``save(overwrite=True)``; say why a save failed (a save refused in a read-only window: in the status bar).
    True when the text is safe on disk."""
    from authoring_app.gui.section_file_session import ReadOnlyRefusal

    try:
        try:
            save()
        except SaveConflict as conflict:
            if not (ask or partial(ask_overwrite, parent))(str(conflict)):
                return False
            save(overwrite=True)
    except ReadOnlyRefusal as refusal:
        window = parent.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(str(refusal), 20000)
        return False
    except EditingError as error:
        warn(parent, QCoreApplication.translate("MainWindow", "Cannot save"), str(error))
        return False
    return True


def warn(parent: QWidget, title: str, text: str) -> None:
    """Say what went wrong, window-modal but without blocking (the message carries what to do)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def show_about(parent: QWidget) -> None:
    QMessageBox.about(
        parent,
        QCoreApplication.translate("MainWindow", "About Handbook Studio"),
        QCoreApplication.translate(
            "MainWindow",
            "<h3>Handbook Studio {version}</h3>"
            "<p>Write a multilingual, multimedia university handbook offline, keep every translation in "
            "step with the source, and publish it as a website, SCORM, EPUB and PDF.</p>",
        ).format(version=__version__),
    )
