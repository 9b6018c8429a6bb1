"""Handbook Studio's main window: the handbook's contents on the left, the work area on the right."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from authoring_app import __version__
from authoring_app.core.handbook import Handbook, HandbookLoadError
from authoring_app.gui.project_tree import ProjectTree

SETTINGS_ORGANIZATION = "HandbookStudio"
SETTINGS_APPLICATION = "HandbookStudio"
DEFAULT_SIZE = (1200, 800)
_TREE_WIDTH = 560


def app_settings() -> QSettings:
    """The user's settings of Handbook Studio (window geometry, recent handbooks, ...)."""
    return QSettings(SETTINGS_ORGANIZATION, SETTINGS_APPLICATION)


class MainWindow(QMainWindow):
    """One window over one open handbook (or none yet, with a hint to open one)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._handbook: Handbook | None = None
        self.setObjectName("mainWindow")
        self.setAccessibleName(self.tr("Handbook Studio"))

        self.title_label = QLabel()
        self.title_label.setObjectName("handbookTitle")
        self.title_label.setAccessibleName(self.tr("Handbook title"))
        self.title_label.setWordWrap(True)
        title_font = self.title_label.font()
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.2)
        self.title_label.setFont(title_font)

        self.folder_label = QLabel()
        self.folder_label.setObjectName("handbookFolder")
        self.folder_label.setAccessibleName(self.tr("Handbook folder"))
        self.folder_label.setEnabled(False)  # muted text colour
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A long path must not widen the pane: let the label be cut instead.
        self.folder_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        self.project_tree = ProjectTree()
        self.project_tree.open_section_requested.connect(self._on_open_section_requested)

        contents_pane = QWidget()
        contents_pane.setMinimumWidth(300)
        contents_layout = QVBoxLayout(contents_pane)
        contents_layout.setContentsMargins(6, 8, 0, 0)
        contents_layout.setSpacing(2)
        contents_layout.addWidget(self.title_label)
        contents_layout.addWidget(self.folder_label)
        contents_layout.addSpacing(6)
        contents_layout.addWidget(self.project_tree, 1)

        self.placeholder = QLabel()
        self.placeholder.setObjectName("editorPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setEnabled(False)  # drawn in the palette's muted text colour
        self.placeholder.setAccessibleName(self.tr("Editor area"))
        placeholder_font = self.placeholder.font()
        placeholder_font.setPointSizeF(placeholder_font.pointSizeF() * 1.15)
        self.placeholder.setFont(placeholder_font)

        work_area = QFrame()
        work_area.setFrameShape(QFrame.Shape.StyledPanel)
        work_layout = QVBoxLayout(work_area)
        work_layout.setContentsMargins(48, 48, 48, 48)
        work_layout.addWidget(self.placeholder)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(contents_pane)
        self.splitter.addWidget(work_area)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.setCentralWidget(self.splitter)

        self.summary_label = QLabel()
        self.summary_label.setObjectName("handbookSummary")
        self.summary_label.setAccessibleName(self.tr("Handbook summary"))
        self.statusBar().addWidget(self.summary_label, 1)

        self._create_menus()
        self.reset_layout()
        self._restore_geometry()
        self._show_handbook()

    # ------------------------------------------------------------------------------------------ public ---

    @property
    def handbook(self) -> Handbook | None:
        return self._handbook

    def set_handbook(self, handbook: Handbook | None) -> None:
        """Show ``handbook`` (already loaded) in this window."""
        self._handbook = handbook
        self._show_handbook()

    def reset_layout(self) -> None:
        """The default size and split, as on a first start (screenshots use it so they look the same)."""
        self.resize(*DEFAULT_SIZE)
        self.splitter.setSizes([_TREE_WIDTH, DEFAULT_SIZE[0] - _TREE_WIDTH])

    def open_handbook(self, path: Path) -> bool:
        """Load the handbook in folder ``path`` and show it; on failure say why and keep what was open."""
        try:
            handbook = Handbook.load(Path(path))
        except (HandbookLoadError, OSError) as error:
            self.show_load_error(Path(path), error)
            return False
        self.set_handbook(handbook)
        return True

    def show_load_error(self, path: Path | None, error: Exception) -> None:
        """Tell the user why the handbook in ``path`` could not be opened (window-modal, not blocking)."""
        box = QMessageBox(self)
        box.setObjectName("loadErrorBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(self.tr("Cannot open handbook"))
        if path is None:
            box.setText(self.tr("The sample handbook could not be opened."))
        else:
            box.setText(self.tr("The handbook in {path} could not be opened.").format(path=path))
        box.setInformativeText(str(error))
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.open()

    # ------------------------------------------------------------------------------------- Qt overrides ---

    def closeEvent(self, event: QCloseEvent) -> None:
        self._save_geometry()
        super().closeEvent(event)

    # --------------------------------------------------------------------------------------- internals ---

    def _create_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.open_action = QAction(self.tr("&Open Handbook…"), self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.setStatusTip(self.tr("Open a handbook folder (the one holding handbook.toml)"))
        self.open_action.triggered.connect(self._choose_and_open_handbook)
        file_menu.addAction(self.open_action)
        file_menu.addSeparator()
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.about_action = QAction(self.tr("&About Handbook Studio"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self._show_about)
        help_menu.addAction(self.about_action)

    def _show_handbook(self) -> None:
        handbook = self._handbook
        self.project_tree.set_handbook(handbook)
        if handbook is None:
            self.setWindowTitle(self.tr("Handbook Studio"))
            self.title_label.setText(self.tr("No handbook open"))
            self.folder_label.clear()
            self.summary_label.setText(self.tr("No handbook open"))
            self.placeholder.setText(self.tr("Open a handbook folder with File → Open Handbook…"))
            return
        config = handbook.config
        title = config.title(config.source_language)
        self.setWindowTitle(self.tr("{title} — Handbook Studio").format(title=title))
        self.title_label.setText(title)
        self.folder_label.setText(str(handbook.root))
        self.folder_label.setToolTip(str(handbook.root))
        count = sum(len(part.sections) for part in config.parts)
        # English plural forms come from the en translation like every other language's ("1 section").
        self.summary_label.setText(
            self.tr("%n sections · languages {languages}", "", count).format(languages=", ".join(config.languages))
        )
        self.placeholder.setText(self.tr("Open a section to edit it — the editor arrives in a later release."))

    def _choose_and_open_handbook(self) -> None:
        start = str(self._handbook.root.parent) if self._handbook is not None else ""
        folder = QFileDialog.getExistingDirectory(self, self.tr("Open Handbook"), start)
        if folder:
            self.open_handbook(Path(folder))

    def _on_open_section_requested(self, slug: str) -> None:
        self.statusBar().showMessage(
            self.tr("{file}: the editor arrives in a later release").format(file=f"{slug}.md"), 5000
        )

    def _show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Handbook Studio"),
            self.tr(
                "<h3>Handbook Studio {version}</h3>"
                "<p>Write a multilingual, multimedia university handbook offline, keep every translation in "
                "step with the source, and publish it as a website, SCORM, EPUB and PDF.</p>"
            ).format(version=__version__),
        )

    def _restore_geometry(self) -> None:
        settings = app_settings()
        geometry = settings.value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        splitter_state = settings.value("main_window/splitter")
        if splitter_state is not None:
            self.splitter.restoreState(splitter_state)

    def _save_geometry(self) -> None:
        settings = app_settings()
        settings.setValue("main_window/geometry", self.saveGeometry())
        settings.setValue("main_window/splitter", self.splitter.saveState())
