"""Start-up of the Handbook Studio window: the one place that wires the application together.

``handbook-studio [HANDBOOK_DIR] [--section SLUG] [--language LANG] [--screenshot FILE] [--version]``.
Without a folder it opens the handbook of the last session, else the one named in the install folder's defaults
file (``core/install_defaults.py``), else (and with ``--sample``) the user's own copy of the bundled sample
handbook. ``--screenshot`` opens the window at 1400×900 on the section, waits until the
preview has rendered it, saves the window as PNG and exits, which works without a display too (offscreen Qt).
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
    from authoring_app.core.install_defaults import InstallDefaults
    from authoring_app.gui.main_window import MainWindow

#: Exit code when the handbook cannot be opened in --screenshot mode.
EXIT_LOAD_ERROR = 2
SETTLE_SECONDS = 0.3
#: How long --screenshot waits for the preview at most.
PREVIEW_TIMEOUT_SECONDS = 60


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
        "--sample", action="store_true", help="open your own copy of the bundled sample handbook (not the last one)"
    )
    parser.add_argument("--section", metavar="SLUG", help="open this section (default: the first one)")
    parser.add_argument(
        "--language", metavar="LANG", help="the language to edit the section in (default: the source language)"
    )
    parser.add_argument(
        "--mode",
        choices=["write", "side-by-side", "segments", "dashboard"],
        default="write",
        help="how to show the section (default: write, the editor beside the live page)",
    )
    parser.add_argument(
        "--languages", metavar="L1,L2,…", help="the columns of --mode side-by-side (default: source, pivots, language)"
    )
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar="FILE",
        help="render the window, save it as a PNG image to FILE and exit",
    )
    parser.add_argument(
        "--ui-language",
        metavar="LANG",
        help="the language of the menus and dialogs for this run (en, bg, ru, kk, ky, tg, tk, uz; "
        "default: the one chosen in Preferences, else the computer's)",
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
    import multiprocessing

    multiprocessing.freeze_support()  # the export's render workers start this program again when frozen
    args = parse_args(argv)
    prepare_environment(screenshot=args.screenshot is not None)

    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from authoring_app.gui.main_window import MainWindow
    from authoring_app.gui.settings import app_settings, recent_handbooks
    from authoring_app.gui.theme import apply_theme
    from authoring_app.gui.ui_language import install_translations

    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "handbook-studio"])
    app.setOrganizationName("HandbookStudio")
    app.setApplicationName("HandbookStudio")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("handbook-studio")
    install_translations(args.ui_language)  # before any widget: widgets take their texts when they are made
    apply_theme(app, "light" if args.screenshot else str(app_settings().value("view/theme", "system")))

    folder = args.handbook
    defaults = _report_install_defaults() if args.screenshot is None else None
    if folder is None and defaults is not None and not args.sample:
        folder = next((Path(p) for p in recent_handbooks() if (Path(p) / "handbook.toml").is_file()), None)
        if folder is None:
            folder = _installation_handbook(defaults)
    path, handbook, error = _load_handbook(folder)

    if args.screenshot is not None:
        if error is not None:
            print(f"handbook-studio: cannot open the handbook in {path}: {error}", file=sys.stderr)
            return EXIT_LOAD_ERROR
        window = MainWindow()
        window.set_handbook(handbook)
        return save_screenshot(
            window,
            args.screenshot,
            section=args.section,
            language=args.language,
            mode=args.mode,
            languages=args.languages,
        )

    window = MainWindow()
    window.show()
    if error is not None:
        window.show_load_error(path, error)
    else:
        window.set_handbook(handbook)
        window.offer_recovery()  # text typed before a crash: say where it is, before anything else
        _open_first_section(window, args.section, args.language)
        _show_mode(window, args.mode, args.languages)
    # Ctrl+C in the terminal ends the app (Python's own handler would wait for Python code that never runs).
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    code = app.exec()
    _delete_now(window)
    return code


def _delete_now(window: MainWindow) -> None:
    """Delete the window (and its web page) before the application: Chromium's profile must outlive its pages."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


def _open_first_section(window: MainWindow, section: str | None, language: str | None) -> str | None:
    """Open ``section`` (default: the first one) in ``language``; returns an error message or None."""
    handbook = window.handbook
    if handbook is None:
        return "no handbook is open"
    slugs = handbook.config.sections
    if section is not None and section not in slugs:
        return f"there is no section '{section}' in handbook.toml (sections: {', '.join(slugs)})"
    if language is not None and language not in handbook.config.languages:
        return f"'{language}' is not a language of this handbook ({', '.join(handbook.config.languages)})"
    slug = section or (slugs[0] if slugs else None)
    if slug is None:
        return None
    window.open_section(slug, language)
    return None


def _report_install_defaults() -> InstallDefaults:
    """The install folder's defaults; what is wrong with the file goes to stderr (IT staff start it from a shell)."""
    from authoring_app.core.install_defaults import install_defaults

    defaults = install_defaults()
    for problem in defaults.problems:
        print(f"handbook-studio: {problem}", file=sys.stderr)
    return defaults


def _installation_handbook(defaults: InstallDefaults) -> Path | None:
    """The handbook IT staff set in the install folder's defaults file, when it holds one; else None."""
    folder = defaults.handbook_folder
    if folder is None:
        return None
    if not (folder / "handbook.toml").is_file():
        print(
            f"handbook-studio: the default handbook folder {folder} (set in {defaults.source}) holds no "
            "handbook.toml; opening the sample handbook instead.",
            file=sys.stderr,
        )
        return None
    return folder


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


def _show_mode(window: MainWindow, mode: str, languages: str | None) -> str | None:
    """Switch the window to ``mode`` (with these side-by-side columns); returns an error message or None."""
    if mode == "write":
        return None
    if not window.modes.show_mode(mode):
        return f"cannot show {mode}: no section is open"
    if mode == "side-by-side" and languages:
        chosen = [lang.strip() for lang in languages.split(",") if lang.strip()]
        known = window.handbook.config.languages if window.handbook else []
        unknown = [lang for lang in chosen if lang not in known]
        if unknown or not 2 <= len(chosen) <= 4:
            return f"--languages takes 2 to 4 of {', '.join(known)}"
        view = window.modes.side_by_side
        view.open_section(window.handbook, window.current_slug(), chosen)
    return None


def save_screenshot(
    window: MainWindow,
    file: Path,
    *,
    section: str | None = None,
    language: str | None = None,
    mode: str = "write",
    languages: str | None = None,
) -> int:
    """Show ``window`` at 1400×900 on ``section``, wait for the preview, save ``window.grab()`` to ``file``."""
    from PySide6.QtWidgets import QApplication

    from authoring_app.gui.main_window import SCREENSHOT_SIZE

    problem = _open_first_section(window, section, language) or _show_mode(window, mode, languages)
    if problem is not None:
        print(f"handbook-studio: {problem}", file=sys.stderr)
        return EXIT_LOAD_ERROR
    window.reset_layout(SCREENSHOT_SIZE)
    window.show()
    editor = window.section_editor if mode == "write" else None
    dashboard = window.modes.dashboard if mode == "dashboard" else None
    if dashboard is not None:
        deadline = time.monotonic() + PREVIEW_TIMEOUT_SECONDS
        while dashboard.is_loading() and time.monotonic() < deadline:
            QApplication.processEvents()
            time.sleep(0.01)
    if editor is not None:
        deadline = time.monotonic() + PREVIEW_TIMEOUT_SECONDS
        while editor.preview.rendered_revision < editor.preview.revision and time.monotonic() < deadline:
            QApplication.processEvents()
            time.sleep(0.01)
        if editor.preview.rendered_revision < editor.preview.revision:
            print("handbook-studio: the preview did not finish rendering in time", file=sys.stderr)
    deadline = time.monotonic() + SETTLE_SECONDS
    while time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    ok = window.grab().save(str(file), "PNG")
    # Hidden, not closed: a screenshot must not overwrite the geometry the user's own windows saved.
    window.hide()
    window.guard.release()  # a screenshot writes nothing: no backup, and the lock goes
    window.modes.shut_down()
    if window.section_editor is not None:
        window.section_editor.shut_down()
    _delete_now(window)
    if not ok:
        print(f"handbook-studio: could not write the screenshot to {file}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
