"""Start-up of the Handbook Studio window: the one place that wires the application together.

``handbook-studio [HANDBOOK_DIR] [--screenshot FILE] [--version]``. Without a folder it opens the user's
own copy of the bundled sample handbook. ``--screenshot`` renders the window, saves it as PNG and exits,
which works without a display too (Qt's offscreen platform).
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from authoring_app import __version__

if TYPE_CHECKING:
    from authoring_app.core.handbook import Handbook
    from authoring_app.gui.main_window import MainWindow

#: Exit code when the handbook cannot be opened in --screenshot mode.
EXIT_LOAD_ERROR = 2
SETTLE_SECONDS = 0.3


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="handbook-studio",
        description="Write a multilingual handbook and keep its translations in step.",
    )
    parser.add_argument(
        "handbook",
        nargs="?",
        type=Path,
        metavar="HANDBOOK_DIR",
        help="the handbook folder (the one holding handbook.toml); default: your copy of the sample handbook",
    )
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar="FILE",
        help="render the window, save it as a PNG image to FILE and exit",
    )
    parser.add_argument("--version", action="version", version=f"Handbook Studio {__version__}")
    return parser.parse_args(argv)


def prepare_environment(*, screenshot: bool) -> None:
    """Set what Qt reads once at start-up; must run before the first Qt import."""
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        # Chromium (QtWebEngine, the preview) refuses to run as root with its sandbox on.
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    no_display = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if screenshot and sys.platform.startswith("linux") and no_display:
        # A screenshot needs no screen: render offscreen rather than fail to connect to one.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``handbook-studio``; returns the process exit code."""
    args = parse_args(argv)
    prepare_environment(screenshot=args.screenshot is not None)

    from PySide6.QtWidgets import QApplication

    from authoring_app.gui.main_window import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "handbook-studio"])
    app.setOrganizationName("HandbookStudio")
    app.setApplicationName("HandbookStudio")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("handbook-studio")

    path, handbook, error = _load_handbook(args.handbook)

    if args.screenshot is not None:
        if error is not None:
            print(f"handbook-studio: cannot open the handbook in {path}: {error}", file=sys.stderr)
            return EXIT_LOAD_ERROR
        window = MainWindow()
        window.set_handbook(handbook)
        return save_screenshot(window, args.screenshot)

    window = MainWindow()
    window.show()
    if error is not None:
        window.show_load_error(path, error)
    else:
        window.set_handbook(handbook)
    # Ctrl+C in the terminal ends the app (Python's own handler would wait for Python code that never runs).
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    return app.exec()


def _load_handbook(folder: Path | None) -> tuple[Path | None, Handbook | None, Exception | None]:
    """Load the handbook in ``folder`` (default: the user's sample copy): ``(path, handbook, error)``."""
    from authoring_app.core.handbook import Handbook, HandbookLoadError
    from authoring_app.core.sample import ensure_user_sample

    path = folder
    try:
        if path is None:
            path = ensure_user_sample()
        return path, Handbook.load(path), None
    except (HandbookLoadError, OSError) as error:
        return path, None, error


def save_screenshot(window: MainWindow, file: Path) -> int:
    """Show ``window`` at its default layout, let it settle, save ``window.grab()`` to ``file``; exit code."""
    from PySide6.QtWidgets import QApplication

    window.reset_layout()
    window.show()
    deadline = time.monotonic() + SETTLE_SECONDS
    while time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    ok = window.grab().save(str(file), "PNG")
    # Hidden, not closed: a screenshot must not overwrite the geometry the user's own windows saved.
    window.hide()
    window.deleteLater()
    if not ok:
        print(f"handbook-studio: could not write the screenshot to {file}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
