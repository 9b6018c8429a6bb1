"""The real Handbook Studio, typing into a section until someone kills it (child of tests/gui/test_crash_safety.py).

``python typing_driver.py HANDBOOK LANG SLUG LOG [--seed N] [--save-chance P]``

The app starts through ``authoring_app.__main__.main`` exactly as ``handbook-studio HANDBOOK --section SLUG
--language LANG`` does. Once its event loop runs, a timer "types" at the end of the section every 20–50 ms with
real key events: Latin and Cyrillic letters, spaces, now and then Return, and, with ``--save-chance``, Ctrl+S
(the window's Save action). Every key is logged to LOG *before* it is sent, one JSON line each, with the
``time.monotonic()`` of the moment (the kernel's monotonic clock, the same in the parent process)::

    {"t": 12.5, "ev": "ready", "length": 5230}
    {"t": 12.53, "ev": "key", "ch": "ж"}
    {"t": 12.56, "ev": "save"}          # the window saves: the file then holds the original plus every key so far

The log is flushed but not fsynced (a killed process loses nothing it flushed; typing must not wait for the disk),
and the parent trusts only lines older than the recovery window. Every few keys the driver checks that the editor
holds what the log says was typed, and logs ``{"ev": "mismatch"}`` and stops if not (a broken model, not a lost key).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

LATIN = "abcdefghijklmnopqrstuvwxyz"
CYRILLIC = "абвгдежзийклмнопрстуфхцчшщъьюяѝ"
#: How often the driver compares the editor's text with the keys it logged.
CHECK_EVERY = 10


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("handbook", type=Path)
    parser.add_argument("lang")
    parser.add_argument("slug")
    parser.add_argument("log", type=Path)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--save-chance", type=float, default=0.0, help="chance of Ctrl+S instead of a key")
    parser.add_argument("--min-ms", type=int, default=20)
    parser.add_argument("--max-ms", type=int, default=50)
    return parser.parse_args(argv)


def next_key(rng: random.Random, previous: str) -> str:
    """A letter, a space or Return; never what the editor would expand (a list marker, an indent, two spaces)."""
    at_line_start = previous in ("", "\n")
    roll = rng.random()
    if not at_line_start and previous != " " and roll < 0.15:
        return " "
    if not at_line_start and roll < 0.20:
        return "\n"
    return rng.choice(CYRILLIC if rng.random() < 0.5 else LATIN)


class Typist:
    """Sends one key at a time to the window's editor, on a timer, logging each before it is sent."""

    def __init__(self, args: argparse.Namespace, log) -> None:
        self.args = args
        self.log = log
        self.rng = random.Random(args.seed)
        self.window = None
        self.typed: list[str] = []
        self.original = ""

    def write(self, **record: object) -> None:
        self.log.write(json.dumps({"t": time.monotonic(), **record}, ensure_ascii=False) + "\n")
        self.log.flush()

    def start(self) -> None:
        from PySide6.QtGui import QTextCursor
        from PySide6.QtWidgets import QApplication

        from authoring_app.gui.main_window import MainWindow

        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        if len(windows) != 1 or windows[0].current_section != (self.args.lang, self.args.slug):
            self.write(ev="error", message=f"the window did not open {self.args.lang}/{self.args.slug}")
            QApplication.exit(3)
            return
        self.window = windows[0]
        editor = self.window.section_editor.editor
        editor.moveCursor(QTextCursor.MoveOperation.End)
        editor.setFocus()
        self.original = editor.text()
        self.write(ev="ready", length=len(self.original))
        self.schedule()

    def schedule(self) -> None:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(self.rng.randint(self.args.min_ms, self.args.max_ms), self.tick)

    def tick(self) -> None:
        from PySide6.QtCore import QEvent, Qt
        from PySide6.QtGui import QKeyEvent
        from PySide6.QtWidgets import QApplication

        editor = self.window.section_editor.editor
        if self.typed and self.rng.random() < self.args.save_chance:
            self.write(ev="save")
            self.window.actions_.save_action.trigger()  # what Ctrl+S does
        else:
            ch = next_key(self.rng, self.typed[-1] if self.typed else "")
            self.write(ev="key", ch=ch)
            key, text = (Qt.Key.Key_Return, "\r") if ch == "\n" else (_key_code(ch), ch)
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(editor, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text))
            self.typed.append(ch)
            if len(self.typed) % CHECK_EVERY == 0 and editor.text() != self.original + "".join(self.typed):
                self.write(ev="mismatch", text=editor.text()[len(self.original) - 20 :])
                QApplication.exit(4)
                return
        self.schedule()


def _key_code(ch: str) -> int:
    """The Qt key of a Latin letter or the space; 0 (text only) for Cyrillic, as an input method sends it."""
    from PySide6.QtCore import Qt

    if ch == " ":
        return int(Qt.Key.Key_Space.value)
    if ch in LATIN:
        return int(Qt.Key.Key_A.value) + LATIN.index(ch)
    return 0


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    from authoring_app.__main__ import main as app_main
    from authoring_app.__main__ import prepare_environment

    prepare_environment(screenshot=False)
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    # The app's main() takes this QApplication (QApplication.instance()); the timer fires once its loop runs,
    # after it has opened the section.
    app = QApplication([sys.argv[0]])
    with args.log.open("a", encoding="utf-8") as log:
        typist = Typist(args, log)
        QTimer.singleShot(0, typist.start)
        code = app_main([str(args.handbook), "--section", args.slug, "--language", args.lang])
    del app
    return code


if __name__ == "__main__":
    sys.exit(main())
