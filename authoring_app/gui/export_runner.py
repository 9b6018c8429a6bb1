"""Run an export off the UI thread, with a progress dialog that can cancel it, then say what came out.

Entry point for the main window: :func:`run_export` (File → Export…). It shows :class:`~.export_dialog.ExportDialog`
and, on Export, an :class:`ExportController` runs the chosen format in a :class:`QThread`:

- progress from the core's callback ``(stage, done, total)`` goes to a window-modal :class:`QProgressDialog`;
- Cancel sets a flag that the next progress call turns into :class:`ExportCancelled`, raised inside the core's
  export: the core builds into a temporary folder and swaps it in only at the end, so a cancelled (or failed)
  export leaves the previous output exactly as it was;
- success opens :class:`ExportResultDialog` (pages, time, problems; Open in browser, Show folder, Close); a failure
  a message that says what, where and what to do. Nothing the export raises ends the application.
"""

from __future__ import annotations

import threading
import traceback
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, Qt, QThread, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from authoring_app.core.export.site import ExportError
from authoring_app.core.handbook import Handbook
from authoring_app.core.problems import HandbookLoadError
from authoring_app.gui.dialog_size import open_at_least
from authoring_app.gui.export_dialog import ExportDialog
from authoring_app.gui.export_formats import ExportFormat, ExportJob, ExportOptions, ExportOutcome, export_format


class ExportCancelled(Exception):
    """Raised through the core's progress callback to stop an export the user cancelled."""


class _ExportThread(QThread):
    """Runs one step of an export (the formats, or the validation) and keeps what came of it for the controller to
    read once the thread has finished.

    ``progressed`` is delivered to the UI thread (queued: this object lives there).
    """

    progressed = Signal(str, int, int)

    def __init__(self, job: ExportJob, step: str = "export") -> None:
        super().__init__()
        self.job = job
        self.step = step
        self._stop = threading.Event()
        self.done = False
        self.error: Exception | None = None
        self.details = ""
        self.was_cancelled = False

    def request_stop(self) -> None:
        self._stop.set()

    def _report(self, stage: str, done: int, total: int) -> None:
        if self._stop.is_set():
            raise ExportCancelled
        self.progressed.emit(stage, done, total)

    def run(self) -> None:
        try:
            if self.step == "validate":
                self.job.validate(self._report)
            else:
                self.job.run_worker(self._report)
            self.done = True
        except ExportCancelled:
            self.was_cancelled = True
        except Exception as error:  # shown to the user; never the end of the application
            self.error = error
            self.details = traceback.format_exc()


#: Threads of running exports. A thread has no parent, so closing the window that started it never destroys it
#: while it runs (Qt aborts then); it leaves this set when it has finished.
_RUNNING: set[_ExportThread] = set()


class ExportController(QObject):
    """Asks for, runs and reports exports for one window. One export at a time.

    ``ask(handbook)`` shows the export dialog; ``start(options)`` runs an export directly (tests, a future "Export
    again" action). Signals tell what happened, after the user was told: ``finished(ExportOutcome)``,
    ``failed(str)`` (the message shown), ``cancelled()``, each once the export's thread has ended;
    ``progress_shown(stage, done, total)`` after the progress dialog showed a step.
    """

    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    progress_shown = Signal(str, int, int)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("exportController")
        self._window = parent
        self.dialog: ExportDialog | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.result_dialog: ExportResultDialog | None = None
        self.error_box: QMessageBox | None = None
        self._thread: _ExportThread | None = None
        self._options: ExportOptions | None = None
        self._pending: tuple[str, int, int] | None = None
        self._job: ExportJob | None = None
        self._showing = False

    # ------------------------------------------------------------------------------------------ public ---

    def is_running(self) -> bool:
        return self._thread is not None or self._job is not None

    def ask(self, handbook: Handbook) -> ExportDialog:
        """Show the export dialog (window-modal, not blocking); Export starts the export."""
        dialog = ExportDialog(handbook, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.start(dialog.options()))
        dialog.destroyed.connect(self._forget_dialog)
        self.dialog = dialog
        dialog.open()
        return dialog

    def start(self, options: ExportOptions) -> bool:
        """Start exporting; False (and nothing happens) while another export runs."""
        if self.is_running():
            return False
        self._close_reports()
        self._options = options
        self._job = ExportJob(options)

        progress = QProgressDialog(self._window)
        progress.setObjectName("exportProgress")
        progress.setWindowTitle(self.tr("Exporting"))
        progress.setAccessibleName(self.tr("Export progress"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setLabelText(self.tr("Preparing the export…"))
        cancel_button = QPushButton(self.tr("Cancel"))
        cancel_button.setObjectName("exportCancel")
        progress.setCancelButton(cancel_button)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setMinimumDuration(0)
        progress.setMinimumWidth(420)
        progress.setRange(0, 0)  # busy until the first step is known
        progress.canceled.connect(self.cancel)
        self.progress_dialog = progress

        progress.show()
        self._start_thread("export")
        return True

    def cancel(self) -> None:
        """Stop the running export at its next step; the previous output stays as it was."""
        if self._thread is None:
            return
        self._thread.request_stop()
        if self.progress_dialog is not None:
            self.progress_dialog.setLabelText(self.tr("Stopping the export…"))
            button = self.progress_dialog.findChild(QPushButton, "exportCancel")
            if button is not None:
                button.setEnabled(False)

    def wait(self, msecs: int = 30_000) -> bool:
        """Stop a running export and wait for its thread (a window that closes calls this); True when done."""
        if self._thread is None:
            return True
        self._thread.request_stop()
        return self._thread.wait(msecs)

    # --------------------------------------------------------------------------------------- internals ---

    def _stage_label(self, stage: str) -> str:
        names = {
            "render": self.tr("Rendering sections"),
            "pages": self.tr("Writing pages"),
            "search": self.tr("Building the search index"),
            "write": self.tr("Writing files"),
            "scorm12": self.tr("SCORM 1.2 packages"),
            "scorm2004": self.tr("SCORM 2004 packages"),
            "epub": self.tr("EPUB books"),
            "html": self.tr("Single HTML files"),
            "pdf": self.tr("PDF files"),
            "validate": self.tr("Validating"),
        }
        return names.get(stage, stage)

    def _on_progress(self, stage: str, done: int, total: int) -> None:
        # A window-modal QProgressDialog processes events in setValue: the next steps may arrive while this one is
        # shown. Keep only the newest and show it from the outermost call, so the calls never nest deeply.
        self._pending = (stage, done, total)
        if self._showing:
            return
        self._showing = True
        try:
            while self._pending is not None and self.progress_dialog is not None and self._thread is not None:
                stage, done, total = self._pending
                self._pending = None
                if self.progress_dialog.wasCanceled():
                    break
                self.progress_dialog.setLabelText(
                    self.tr("{stage}: {done} of {total}").format(stage=self._stage_label(stage), done=done, total=total)
                )
                self.progress_dialog.setRange(0, max(total, 1))
                self.progress_dialog.setValue(min(done, max(total, 1)))
                self.progress_shown.emit(stage, done, total)
        finally:
            self._showing = False

    def _start_thread(self, step: str) -> None:
        assert self._job is not None
        thread = _ExportThread(self._job, step)
        thread.progressed.connect(self._on_progress)
        thread.finished.connect(self._on_thread_finished)
        _RUNNING.add(thread)
        self._thread = thread
        thread.start()

    def _run_gui_steps(self) -> bool:
        """The formats QtWebEngine makes (PDF), here on the GUI thread; False when they failed or were cancelled."""
        assert self._job is not None

        def report(stage: str, done: int, total: int) -> None:
            if self.progress_dialog is None or self.progress_dialog.wasCanceled():
                raise ExportCancelled
            self._on_progress(stage, done, total)

        try:
            self._job.run_gui_steps(report)
        except ExportCancelled:
            self._job = None
            self._on_cancelled()
            return False
        except Exception as error:  # shown to the user; never the end of the application
            self._job = None
            self._on_failed(error, traceback.format_exc())
            return False
        return True

    def _on_succeeded(self, outcome: ExportOutcome) -> None:
        self._close_progress()
        assert self._options is not None
        keys = self._options.formats
        fmt = export_format(keys[0]) if len(keys) == 1 else None
        dialog = ExportResultDialog(outcome, fmt, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self._forget_result)
        self.result_dialog = dialog
        dialog.open()
        self.finished.emit(outcome)

    def _on_failed(self, error: Exception, details: str) -> None:
        self._close_progress()
        out = self._options.out if self._options is not None else Path()
        box = QMessageBox(self._window)
        box.setObjectName("exportErrorBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(self.tr("Export Failed"))
        box.setWindowModality(Qt.WindowModality.WindowModal)
        unchanged = self.tr("Anything exported to that folder before is unchanged.")
        if isinstance(error, HandbookLoadError):
            box.setText(self.tr("The handbook could not be read, so nothing was exported."))
            box.setInformativeText(
                self.tr("{problem}\n\nCorrect the file named above and export again.").format(
                    problem=error.problem.format()
                )
            )
        elif isinstance(error, ExportError):
            box.setText(self.tr("The handbook could not be exported to {folder}.").format(folder=out))
            box.setInformativeText(f"{error}\n\n{unchanged}")
        elif isinstance(error, OSError):
            box.setText(self.tr("The export could not write to {folder}.").format(folder=out))
            box.setInformativeText(
                self.tr(
                    "{file}: {reason}.\n\nCheck that the disk has free space and that you may write to that folder, "
                    "then export again. {unchanged}"
                ).format(file=error.filename or out, reason=error.strerror or error, unchanged=unchanged)
            )
        else:
            box.setText(self.tr("An unexpected error stopped the export to {folder}.").format(folder=out))
            box.setInformativeText(
                self.tr(
                    "{error}\n\n{unchanged} Please report this problem, with the details below, to the people "
                    "who maintain Handbook Studio."
                ).format(error=f"{type(error).__name__}: {error}", unchanged=unchanged)
            )
            box.setDetailedText(details)
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.destroyed.connect(self._forget_error)
        self.error_box = box
        box.open()
        self.failed.emit(f"{box.text()}\n{box.informativeText()}")

    def _on_cancelled(self) -> None:
        self._close_progress()
        if isinstance(self._window, QMainWindow):
            self._window.statusBar().showMessage(self.tr("Export cancelled: the folder is as it was before."), 8000)
        self.cancelled.emit()

    def _on_thread_finished(self) -> None:
        thread, self._thread = self._thread, None
        if thread is None:
            return
        _RUNNING.discard(thread)
        thread.deleteLater()
        job = self._job
        if thread.step == "validate" and thread.was_cancelled and job is not None:
            self._job = None  # the files are written: show them, without a report
            self._on_succeeded(job.outcome())
            return
        if thread.was_cancelled or thread.error is not None or not thread.done or job is None:
            self._job = None
            if thread.was_cancelled:
                self._on_cancelled()
            elif thread.error is not None:
                self._on_failed(thread.error, thread.details)
            return
        if thread.step == "export":
            if job.needs_gui_thread() and not self._run_gui_steps():
                return
            if job.options.validate:
                if self.progress_dialog is not None:
                    self.progress_dialog.setLabelText(self.tr("Validating the result…"))
                self._start_thread("validate")
                return
        self._job = None
        self._on_succeeded(job.outcome())

    def _close_progress(self) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.hide()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None

    def _close_reports(self) -> None:
        for widget in (self.result_dialog, self.error_box):
            if widget is not None:
                widget.close()

    def _forget_dialog(self) -> None:
        self.dialog = None

    def _forget_result(self) -> None:
        self.result_dialog = None

    def _forget_error(self) -> None:
        self.error_box = None


class ExportResultDialog(QDialog):
    """What an export made: pages, time, problems; opens the result or its folder."""

    def __init__(self, outcome: ExportOutcome, fmt: ExportFormat | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.outcome = outcome
        self.setObjectName("exportResult")
        self.setWindowTitle(self.tr("Export Finished"))
        self.setAccessibleName(self.tr("Export finished"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        locale = QLocale()

        problems = outcome.problems
        self.headline = QLabel(
            self.tr("The export is ready.")
            if not problems
            else self.tr("The export is ready, with %n problems.", "", len(problems))
        )
        self.headline.setObjectName("exportResultHeadline")
        font = self.headline.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.headline.setFont(font)

        pages = self.tr("%n pages", "", outcome.pages)
        files = self.tr("%n files", "", outcome.files)
        self.summary = QLabel(
            self.tr("{pages} ({files} in all) in {seconds} s, written to {folder}").format(
                pages=pages, files=files, seconds=locale.toString(outcome.seconds, "f", 1), folder=outcome.out
            )
        )
        self.summary.setObjectName("exportResultSummary")
        self.summary.setAccessibleName(self.tr("Export summary"))
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if not outcome.rendered:
            details = self.tr("No section had to be rendered again: all came from the cache.")
        elif outcome.reused:
            details = (
                self.tr("%n sections rendered now", "", outcome.rendered)
                + "; "
                + self.tr("%n files unchanged since the last export.", "", outcome.reused)
            )
        else:
            details = self.tr("%n sections rendered now.", "", outcome.rendered)
        self.details = QLabel(details)
        self.details.setObjectName("exportResultDetails")
        self.details.setWordWrap(True)
        self.details.setEnabled(False)  # muted text colour

        self.problems_label = QLabel()
        self.problems_label.setObjectName("exportResultProblemsLabel")
        self.problems_label.setWordWrap(True)
        self.problems_view = QPlainTextEdit()
        self.problems_view.setObjectName("exportResultProblems")
        self.problems_view.setAccessibleName(self.tr("Problems found"))
        self.problems_view.setReadOnly(True)
        self.problems_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.problems_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        if problems:
            self.problems_label.setText(
                self.tr("The pages concerned are still published. Correct the files named below and export again:")
            )
            self.problems_view.setPlainText("\n".join(problem.format() for problem in problems))
        else:
            self.problems_label.setText(self.tr("No problems found."))
            self.problems_view.hide()

        self.buttons = QDialogButtonBox()
        open_label = fmt.translated_open_label() if fmt is not None else self.tr("Open")
        self.open_button = self.buttons.addButton(open_label, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setObjectName("exportOpen")
        self.open_button.setEnabled(outcome.entry is not None)
        self.open_button.clicked.connect(self.open_result)
        self.report_button = self.buttons.addButton(self.tr("Open report"), QDialogButtonBox.ButtonRole.ActionRole)
        self.report_button.setObjectName("exportOpenReport")
        self.report_button.setVisible(outcome.report_path is not None)
        self.report_button.clicked.connect(self.open_report)
        self.folder_button = self.buttons.addButton(self.tr("Show folder"), QDialogButtonBox.ButtonRole.ActionRole)
        self.folder_button.setObjectName("exportShowFolder")
        self.folder_button.clicked.connect(self.show_folder)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("exportClose")
        self.buttons.rejected.connect(self.reject)
        self.open_button.setDefault(True)
        self.open_button.setFocus()

        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.summary)
        layout.addWidget(self.details)
        layout.addSpacing(6)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problems_view, 1)
        self.validation_label = QLabel()
        self.validation_label.setObjectName("exportValidationLabel")
        self.validation_label.setWordWrap(True)
        self.validation_view = QPlainTextEdit()
        self.validation_view.setObjectName("exportValidationSummary")
        self.validation_view.setAccessibleName(self.tr("Validation results"))
        self.validation_view.setReadOnly(True)
        self.validation_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.validation_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        if outcome.report_path is not None:
            if outcome.report_failed:
                text = self.tr("Validation found problems (✗). Open the report for the details:")
            else:
                text = self.tr("Validation found no problem. — marks a check whose validator is not installed:")
            self.validation_label.setText(text)
            self.validation_view.setPlainText("\n".join(outcome.report_summary))
            layout.addWidget(self.validation_label)
            layout.addWidget(self.validation_view, 1)
        else:
            self.validation_label.hide()
            self.validation_view.hide()
        layout.addWidget(self.buttons)
        open_at_least(self, 760 if problems or outcome.report_path is not None else 520)
        if problems or outcome.report_path is not None:
            self.resize(self.width(), max(self.height(), 480))

    def open_result(self) -> None:
        """Open the export's entry file (the website's index.html) in the user's browser."""
        if self.outcome.entry is not None:
            self._open(self.outcome.entry)

    def open_report(self) -> None:
        """Open report.html (what the validators found) in the user's browser."""
        if self.outcome.report_path is not None:
            self._open(self.outcome.report_path)

    def show_folder(self) -> None:
        self._open(self.outcome.out)

    def _open(self, path: Path) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            QMessageBox.warning(
                self,
                self.tr("Cannot Open"),
                self.tr("No program to open {path} was found. Open it from your file manager.").format(path=path),
            )


def run_export(parent: QWidget, handbook: Handbook) -> ExportController:
    """File → Export…: show the export dialog over ``parent``; Export runs the export with a progress dialog and
    then shows the result. Returns the window's controller (one per window, made on first use)."""
    controller = parent.findChild(ExportController, "exportController", Qt.FindChildOption.FindDirectChildrenOnly)
    if controller is None:
        controller = ExportController(parent)
    if not controller.is_running():
        controller.ask(handbook)
    return controller
