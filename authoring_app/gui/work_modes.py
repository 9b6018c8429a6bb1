"""The ways of working on the open section, one at a time in the window's work area.

- **Write** — one language in the editor beside the live page (:mod:`.section_editor`).
- **Side by Side** — 2–4 languages of the section as columns of editors, scrolling together by segment, with the
  status of every segment in a gutter (:mod:`.translation.side_by_side`).
- **Segments** — one row per segment, a column per language, with statuses, the source's diff, editing in place
  and "mark as up to date" (:mod:`.translation.segment_grid`).
- **Dashboard** — every language × every section, with counts and a chart (:mod:`.translation.dashboard`).

The views are made when first shown (the dashboard reads every section). Switching asks before unsaved text in
the view being left could be lost, and each view opens on the section the window is on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenu

if TYPE_CHECKING:
    from authoring_app.core.handbook import Handbook
    from authoring_app.gui.main_window import MainWindow
    from authoring_app.gui.translation.dashboard import TranslationDashboard
    from authoring_app.gui.translation.segment_grid import SegmentGrid
    from authoring_app.gui.translation.side_by_side import SideBySideView

WRITE, SIDE_BY_SIDE, SEGMENTS, DASHBOARD = "write", "side-by-side", "segments", "dashboard"


class WorkModes(QObject):
    """The View menu's modes and the views behind them."""

    def __init__(self, window: MainWindow, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.mode = WRITE
        self.side_by_side: SideBySideView | None = None
        self.grid: SegmentGrid | None = None
        self.dashboard: TranslationDashboard | None = None
        self.problems = None
        self.problems_dock: QDockWidget | None = None
        self.group = QActionGroup(self)
        self.actions: dict[str, QAction] = {}
        for mode, text, key, tip in (
            (WRITE, self.tr("&Write"), "Ctrl+Alt+1", self.tr("One language in the editor beside the live page")),
            (
                SIDE_BY_SIDE,
                self.tr("Languages &Side by Side"),
                "Ctrl+Alt+2",
                self.tr("Two to four languages of the section as columns, scrolling together"),
            ),
            (
                SEGMENTS,
                self.tr("Se&gments"),
                "Ctrl+Alt+3",
                self.tr("Every segment of the section with its status in every language"),
            ),
            (
                DASHBOARD,
                self.tr("Translation &Dashboard"),
                "Ctrl+Alt+4",
                self.tr("How far every language is, section by section"),
            ),
        ):
            action = QAction(text, window)
            action.setShortcut(QKeySequence(key))
            action.setStatusTip(tip)
            action.setCheckable(True)
            action.setData(mode)
            action.triggered.connect(lambda _checked=False, m=mode: self.show_mode(m))
            self.group.addAction(action)
            menu.addAction(action)
            self.actions[mode] = action
        self.actions[WRITE].setChecked(True)
        menu.addSeparator()
        self.problems_action = QAction(self.tr("&Problems"), window)
        self.problems_action.setShortcut(QKeySequence("Ctrl+Alt+P"))
        self.problems_action.setStatusTip(self.tr("What handbook check finds, translation QA included"))
        self.problems_action.setCheckable(True)
        self.problems_action.toggled.connect(self.show_problems)
        menu.addAction(self.problems_action)
        self.update()

    # ------------------------------------------------------------------------------------------ public ---

    def update(self) -> None:
        has_handbook = self.window.handbook is not None
        has_section = self.window.current_slug() is not None
        self.actions[WRITE].setEnabled(has_section)
        self.actions[SIDE_BY_SIDE].setEnabled(has_section)
        self.actions[SEGMENTS].setEnabled(has_section)
        self.actions[DASHBOARD].setEnabled(has_handbook)
        self.problems_action.setEnabled(has_handbook)

    @property
    def is_modified(self) -> bool:
        return self.side_by_side is not None and self.side_by_side.is_modified

    def maybe_leave(self) -> bool:
        """Before the work area shows something else: ask about unsaved columns. False: the user cancelled."""
        if self.mode == SIDE_BY_SIDE and self.side_by_side is not None:
            return self.side_by_side.maybe_close()
        return True

    def save(self) -> bool | None:
        """Ctrl+S in a mode that saves by itself (Side by Side saves the focused column); None: not ours."""
        if self.mode == SIDE_BY_SIDE and self.side_by_side is not None:
            return self.side_by_side.save_current()
        return None

    def save_all(self) -> bool:
        """Save every column of Side by Side with changes (before a structure change); False when one failed."""
        view = self.side_by_side
        return view is None or not view.is_modified or view.save_all()

    def follow_structure(self) -> None:
        """After a structure change, Side by Side shows the window's section again (renamed, retitled, moved), or
        nothing when it was deleted (the Write mode's placeholder then)."""
        view, handbook, slug = self.side_by_side, self.window.handbook, self.window.current_slug()
        if view is None or not view.columns or handbook is None:
            return
        if self.mode != SIDE_BY_SIDE or slug is None or slug not in handbook.config.sections:
            view.close_section()
            if self.mode == SIDE_BY_SIDE:
                self.mode = WRITE
                self.actions[WRITE].setChecked(True)
                self.window.show_in_work_area(self.window.placeholder)
            return
        from authoring_app.core.editing import EditingError

        try:
            view.open_section(handbook, slug, view.languages())
        except (EditingError, ValueError) as error:
            self.window.statusBar().showMessage(str(error), 8000)

    def show_mode(self, mode: str) -> bool:
        """Show ``mode`` on the window's current section; False when the user kept the mode that was shown."""
        window = self.window
        slug = window.current_slug()
        handbook = window.handbook
        if handbook is None or (slug is None and mode != DASHBOARD):
            self.actions[self.mode].setChecked(True)
            return False
        if mode != self.mode and not self.maybe_leave():
            self.actions[self.mode].setChecked(True)
            return False
        if mode != WRITE and self.mode == WRITE and not window.maybe_save():
            self.actions[self.mode].setChecked(True)
            return False
        lang = window.current_language()
        if mode == WRITE:
            self.mode = WRITE
            window.show_writing(slug, lang)
        elif mode == SIDE_BY_SIDE:
            view = self._side_by_side()
            from authoring_app.core.editing import EditingError
            from authoring_app.gui.translation.side_by_side import default_languages

            target = lang if lang != handbook.config.source_language else self._first_target(handbook)
            try:
                view.open_section(handbook, slug, default_languages(handbook, target))
            except EditingError as error:  # a file that cannot be read (binary, not UTF-8 and not converted)
                from authoring_app.gui.window_dialogs import warn

                view.close_section()
                warn(window, self.tr("Cannot open section"), str(error))
                self.actions[self.mode].setChecked(True)
                return False
            window.show_in_work_area(view)
        elif mode == SEGMENTS:
            grid = self._grid()
            grid.set_section(handbook, slug)
            window.show_in_work_area(grid)
        else:
            dashboard = self._dashboard()
            dashboard.set_handbook(handbook)
            window.show_in_work_area(dashboard)
        self.mode = mode
        self.actions[mode].setChecked(True)
        return True

    def refresh(self) -> None:
        """The handbook changed (a save, a structure change): what the mode shows follows."""
        handbook, slug = self.window.handbook, self.window.current_slug()
        if handbook is None:
            return
        if self.mode == SEGMENTS and self.grid is not None and slug is not None:
            self.grid.set_section(handbook, slug)
        elif self.mode == DASHBOARD and self.dashboard is not None:
            self.dashboard.set_handbook(handbook)
        if self.problems is not None and self.problems_dock is not None and self.problems_dock.isVisible():
            self._check(handbook)

    def show_problems(self, shown: bool) -> None:
        if shown and self.problems_dock is None:
            from authoring_app.gui.problems_panel import ProblemsPanel

            self.problems = ProblemsPanel(self.window)
            self.problems.open_requested.connect(self._open_place)
            dock = QDockWidget(self.tr("Problems"), self.window)
            dock.setObjectName("problemsDock")
            dock.setWidget(self.problems)
            dock.visibilityChanged.connect(self.problems_action.setChecked)
            self.window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
            self.problems_dock = dock
        if self.problems_dock is not None:
            self.problems_dock.setVisible(shown)
            if shown and self.window.handbook is not None:
                self._check(self.window.handbook)

    def _check(self, handbook: Handbook) -> None:
        """Check the handbook again in the panel (in its own thread), unless a check is running."""
        self.problems.set_root(handbook.root)
        if not self.problems.is_checking():
            self.problems.check_again()

    def shut_down(self) -> None:
        if self.side_by_side is not None:
            self.side_by_side.shut_down()

    # ------------------------------------------------------------------------------------------ internals ---

    @staticmethod
    def _first_target(handbook) -> str:
        targets = handbook.config.target_languages
        return targets[0] if targets else handbook.config.source_language

    def _side_by_side(self):
        if self.side_by_side is None:
            from authoring_app.gui.translation.side_by_side import SideBySideView

            view = SideBySideView(self.window, recovery=self.window.recovery)
            view.save_action.setShortcut(QKeySequence())  # Ctrl+S is the window's Save, which asks this view
            view.open_in_editor_requested.connect(self._open_place)
            view.saved.connect(lambda _lang, _slug: self.window.refresh_after_save())
            view.status_message.connect(lambda text: self.window.statusBar().showMessage(text, 6000))
            view.modified_changed.connect(self.window.setWindowModified)
            self.window.add_to_work_area(view)
            self.side_by_side = view
        return self.side_by_side

    def _grid(self):
        if self.grid is None:
            from authoring_app.gui.translation.segment_grid import SegmentGrid

            grid = SegmentGrid(self.window)
            grid.open_requested.connect(self._open_place)
            grid.section_changed.connect(lambda _lang, _slug: self.window.refresh_after_save())
            self.window.add_to_work_area(grid)
            self.grid = grid
        return self.grid

    def _dashboard(self):
        if self.dashboard is None:
            from authoring_app.gui.translation.dashboard import TranslationDashboard

            dashboard = TranslationDashboard(self.window)
            dashboard.open_requested.connect(lambda lang, slug: self._open_place(lang, slug, 1))
            self.window.add_to_work_area(dashboard)
            self.dashboard = dashboard
        return self.dashboard

    def _open_place(self, lang: str, slug: str, line: int) -> None:
        """A view asked to open a place in the editor: the Write mode there, the cursor on the line."""
        window = self.window
        if self.mode != WRITE and not self.maybe_leave():
            return
        self.mode = WRITE
        self.actions[WRITE].setChecked(True)
        if window.show_writing(slug, lang) and line:
            window.section_editor.editor.go_to_line(line)
