"""Shared test set-up: a headless Qt, a private data and settings folder, and a copy of the sample handbook.

The environment below must be in place before anything imports Qt, which is why it sits at the top of the
root conftest rather than in a fixture. Core tests never import Qt themselves.
"""

from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

# CI runs the property tests with a fixed seed per test, so a submission never fails on an input that hypothesis
# happened to draw that time; runs on a developer's machine keep drawing new inputs (and --hypothesis-seed=N
# replays one), which is where new bugs are found.
settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    settings.load_profile("ci")

# ---- environment read once by Qt and by authoring_app.core.paths -----------------------------------------

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu")
if hasattr(os, "geteuid") and os.geteuid() == 0:
    # Chromium refuses to start as root with its sandbox on.
    os.environ["QTWEBENGINE_DISABLE_SANDBOX"] = "1"

# One private folder per test session: the user's sample copy, caches and QSettings never touch the real home.
_SESSION_DIR = Path(tempfile.mkdtemp(prefix="handbook-studio-tests-"))
atexit.register(shutil.rmtree, _SESSION_DIR, ignore_errors=True)
os.environ["HANDBOOK_STUDIO_DATA_DIR"] = str(_SESSION_DIR / "data")
os.environ["XDG_CONFIG_HOME"] = str(_SESSION_DIR / "config")  # where QSettings writes on Linux
# The UI in English whatever this machine's language (tests that want another one install it themselves).
os.environ["LANGUAGE"] = "en"
os.environ.pop("HANDBOOK_STUDIO_PSEUDO", None)

REPO_ROOT = Path(__file__).resolve().parents[1]
SAMPLE_HANDBOOK = REPO_ROOT / "resources" / "sample-handbook"


@pytest.fixture
def sample_copy(tmp_path: Path) -> Path:
    """A fresh, writable copy of the bundled sample handbook; the test may change it at will."""
    target = tmp_path / "sample-handbook"
    shutil.copytree(SAMPLE_HANDBOOK, target)
    return target


@pytest.fixture(autouse=True)
def _flush_deferred_deletes() -> Iterator[None]:
    """Delete the widgets a test left to ``deleteLater`` before the next test starts.

    A QWebEnginePage still alive when the QApplication goes away crashes the interpreter at exit (TESTING.md).
    Qt is only touched when a test already imported it, so core tests stay Qt-free.
    """
    yield
    widgets = sys.modules.get("PySide6.QtWidgets")
    if widgets is None:
        return
    from PySide6.QtCore import QEvent

    app = widgets.QApplication.instance()
    if app is not None:
        widgets.QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        app.processEvents()


@pytest.fixture
def sleeper() -> Iterator[subprocess.Popen]:
    """A process that runs while the test does: "another app" for the lock and recovery tests (the test runner's
    parent will not do: where pytest is process 1 in a container, its parent id is 0)."""
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
    yield child
    child.kill()
    child.wait()
