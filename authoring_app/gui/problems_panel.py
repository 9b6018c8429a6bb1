"""The problems panel: what ``handbook check`` found, as a list the author can filter and jump from.

It shows a :class:`CheckReport` (errors and warnings with file and line, translation QA among them), lets the user
narrow it to errors or warnings and to translation QA or the rest, and runs the check again in a worker thread so
typing never stalls while a large handbook is checked. Activating a row asks, through ``open_requested``, for the
section to be opened at that line; the window that docks the panel decides how.
"""

from __future__ import annotations

import re
import traceback
from pathlib import Path

from PySide6.QtCore import Qt, QThread, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.check import CheckReport, check_handbook
from ..core.problems import Problem, Severity

#: ``<lang>/<slug>.md``: a problem in a section file, which the panel can ask to open.
SECTION_PATH_RE = re.compile(r"^(?P<lang>[a-z]{2,3}(?:-[A-Za-z0-9]+)*)/(?P<slug>[^/]+)\.md$")
PROBLEM_ROLE = Qt.ItemDataRole.UserRole
#: Filter values (the combo boxes' item data).
ALL, ERRORS, WARNINGS = "all", "errors", "warnings"
QA, OTHER = "qa", "other"
ERROR_COLOUR = QColor("#b3261e")
WARNING_COLOUR = QColor("#8a5a00")


def is_translation_qa(problem: Problem) -> bool:
    """Translation QA findings carry a ``qa-`` code (see :mod:`authoring_app.core.translation.qa`)."""
    return problem.code.startswith("qa-")


class _CheckThread(QThread):
    """Runs one check; the panel reads ``report`` or ``error`` once the thread has finished."""

    def __init__(self, root: Path) -> None:
        super().__init__()
        self.root = root
        self.report: CheckReport | None = None
        self.error = ""

    def run(self) -> None:
        try:
            self.report = check_handbook(self.root)
        except Exception:  # shown in the panel; never the end of the application
            self.error = traceback.format_exc(limit=3)


#: Checks still running. A thread has no parent, so closing the panel never destroys a running thread (Qt would
#: abort); it leaves this set when it has finished.
_RUNNING: set[_CheckThread] = set()


class _ProblemTree(QTreeWidget):
    """The list itself; Enter activates the current row like a double click does."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem() is not None:
            self.itemActivated.emit(self.currentItem(), self.currentColumn())
            return
        super().keyPressEvent(event)


class ProblemsPanel(QWidget):
    """A filterable list of a handbook's problems with a "Check again" button.

    Signals: ``open_requested(lang, slug, line)`` when the user activates a problem in a section file;
    ``check_started()`` and ``check_finished(CheckReport)`` around a check run by :meth:`check_again`.
    """

    open_requested = Signal(str, str, int)
    check_started = Signal()
    check_finished = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemsPanel")
        self.setAccessibleName(self.tr("Problems"))
        self._root: Path | None = None
        self._report: CheckReport | None = None
        self._thread: _CheckThread | None = None

        self.summary = QLabel(self.tr("Not checked yet."))
        self.summary.setAccessibleName(self.tr("Summary of problems"))
        self.severity_filter = QComboBox()
        self.severity_filter.addItem(self.tr("Errors and warnings"), ALL)
        self.severity_filter.addItem(self.tr("Errors only"), ERRORS)
        self.severity_filter.addItem(self.tr("Warnings only"), WARNINGS)
        self.severity_filter.setAccessibleName(self.tr("Show problems of severity"))
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(self.tr("All kinds"), ALL)
        self.kind_filter.addItem(self.tr("Translation QA"), QA)
        self.kind_filter.addItem(self.tr("Other than translation QA"), OTHER)
        self.kind_filter.setAccessibleName(self.tr("Show problems of kind"))
        self.check_button = QPushButton(self.tr("&Check again"))
        self.check_button.setAccessibleName(self.tr("Check the handbook again"))
        self.check_button.setToolTip(self.tr("Check every file of the handbook again (the window stays usable)"))
        self.check_button.setEnabled(False)

        self.tree = _ProblemTree()
        self.tree.setAccessibleName(self.tr("Problems found"))
        self.tree.setAccessibleDescription(self.tr("Press Enter or double-click a problem to open its place"))
        self.tree.setHeaderLabels([self.tr("Severity"), self.tr("Where"), self.tr("Problem")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setWordWrap(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

        filters = QHBoxLayout()
        show_label = QLabel(self.tr("&Show:"))
        show_label.setBuddy(self.severity_filter)
        filters.addWidget(show_label)
        filters.addWidget(self.severity_filter)
        filters.addWidget(self.kind_filter)
        filters.addStretch(1)
        filters.addWidget(self.check_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(filters)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)

        self.severity_filter.currentIndexChanged.connect(self._apply_filters)
        self.kind_filter.currentIndexChanged.connect(self._apply_filters)
        self.check_button.clicked.connect(self.check_again)
        self.tree.itemActivated.connect(self._activate)
        self.setTabOrder(self.severity_filter, self.kind_filter)
        self.setTabOrder(self.kind_filter, self.check_button)
        self.setTabOrder(self.check_button, self.tree)

    # --- what the window calls -----------------------------------------------------------------------------
    def set_root(self, root: Path | str | None) -> None:
        """The handbook folder that "Check again" checks (None: no handbook open, the button is disabled)."""
        self._root = Path(root) if root is not None else None
        self.check_button.setEnabled(self._root is not None and not self.is_checking())

    def set_report(self, report: CheckReport) -> None:
        """Show a report (e.g. one the window already has); the filters stay as the user set them."""
        self._report = report
        self.tree.clear()
        for problem in report.ordered():
            self.tree.addTopLevelItem(self._item(problem))
        self._apply_filters()

    def report(self) -> CheckReport | None:
        return self._report

    def is_checking(self) -> bool:
        return self._thread is not None

    def check_again(self) -> None:
        """Check the handbook in a worker thread; the report is shown (and ``check_finished`` sent) when done."""
        if self._root is None or self._thread is not None:
            return
        thread = _CheckThread(self._root)
        self._thread = thread
        _RUNNING.add(thread)
        thread.finished.connect(self._finished)
        self.check_button.setEnabled(False)
        self.summary.setText(self.tr("Checking the handbook…"))
        self.check_started.emit()
        thread.start()

    def visible_problems(self) -> list[Problem]:
        """The problems the filters let through, in the order shown."""
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [item.data(0, PROBLEM_ROLE) for item in items if not item.isHidden()]

    # --- inside ----------------------------------------------------------------------------------------------
    def _finished(self) -> None:
        thread = self.sender()
        if not isinstance(thread, _CheckThread):
            return
        _RUNNING.discard(thread)
        thread.deleteLater()
        if thread is not self._thread:
            return
        self._thread = None
        self.check_button.setEnabled(self._root is not None)
        if thread.report is None:
            self.summary.setText(self.tr("The check failed; please report this:\n%1").replace("%1", thread.error))
            return
        self.set_report(thread.report)
        self.check_finished.emit(thread.report)

    def _item(self, problem: Problem) -> QTreeWidgetItem:
        is_error = problem.severity is Severity.ERROR
        severity = self.tr("Error") if is_error else self.tr("Warning")
        where = problem.file or "."
        if problem.line is not None:
            where += f":{problem.line}"
        item = QTreeWidgetItem([severity, where, problem.message])
        icon = QStyle.StandardPixmap.SP_MessageBoxCritical if is_error else QStyle.StandardPixmap.SP_MessageBoxWarning
        item.setIcon(0, self.style().standardIcon(icon))
        item.setForeground(0, QBrush(ERROR_COLOUR if is_error else WARNING_COLOUR))
        item.setToolTip(2, problem.message)
        item.setData(0, PROBLEM_ROLE, problem)
        if problem.code:
            item.setToolTip(0, self.tr("%1 (%2)").replace("%1", severity).replace("%2", problem.code))
        return item

    def _apply_filters(self) -> None:
        severity = self.severity_filter.currentData()
        kind = self.kind_filter.currentData()
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            problem: Problem = item.data(0, PROBLEM_ROLE)
            shown = (
                severity == ALL
                or (severity == ERRORS and problem.severity is Severity.ERROR)
                or (severity == WARNINGS and problem.severity is Severity.WARNING)
            ) and (kind == ALL or (kind == QA) == is_translation_qa(problem))
            item.setHidden(not shown)
        self._update_summary()

    def _update_summary(self) -> None:
        report = self._report
        if report is None:
            return
        if report.load_error is not None:
            self.summary.setText(self.tr("The handbook cannot be loaded: see the problem below."))
            return
        errors, warnings = len(report.errors), len(report.warnings)
        qa = sum(1 for p in report.problems if is_translation_qa(p))
        text = self.tr("%n error(s)", "", errors) + ", " + self.tr("%n warning(s)", "", warnings)
        if qa:
            text += " " + self.tr("(%n from translation QA)", "", qa)
        shown = len(self.visible_problems())
        if shown != errors + warnings:
            text += " — " + self.tr("%n shown", "", shown)
        if not errors and not warnings:
            text = self.tr("No problems found.")
        self.summary.setText(text)

    def _activate(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        problem: Problem = item.data(0, PROBLEM_ROLE)
        match = SECTION_PATH_RE.match(problem.file)
        if match:
            self.open_requested.emit(match.group("lang"), match.group("slug"), problem.line or 1)
