"""The main window's questions and messages: what cannot be opened, what to restore, about."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from authoring_app import __version__


def _tr(text: str) -> str:
    """Translated in the main window's context, where these texts were written."""
    return QCoreApplication.translate("MainWindow", text)


def show_load_error(parent: QWidget, path: Path | None, error: Exception) -> None:
    """Tell the user why the handbook in ``path`` could not be opened (window-modal, not blocking)."""
    box = QMessageBox(parent)
    box.setObjectName("loadErrorBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(_tr("Cannot open handbook"))
    if path is None:
        box.setText(_tr("The sample handbook could not be opened."))
    else:
        box.setText(_tr("The handbook in {path} could not be opened.").format(path=path))
    box.setInformativeText(str(error))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.open()


def ask_restore(parent: QWidget, file: str) -> bool:
    """Text of ``file`` typed before a crash: restore it into the editor? (True: restore.)"""
    box = QMessageBox(parent)
    box.setObjectName("restoreBox")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_tr("Restore unsaved text?"))
    box.setText(
        _tr("{file} has text that was typed but not saved (the app ended before it was saved).").format(file=file)
    )
    box.setInformativeText(
        _tr("Restore it into the editor (you can still undo that), or discard it and keep the file as saved?")
    )
    restore = box.addButton(_tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(_tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(restore)
    box.exec()
    return box.clickedButton() is restore


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
        _tr("About Handbook Studio"),
        _tr(
            "<h3>Handbook Studio {version}</h3>"
            "<p>Write a multilingual, multimedia university handbook offline, keep every translation in "
            "step with the source, and publish it as a website, SCORM, EPUB and PDF.</p>"
        ).format(version=__version__),
    )
