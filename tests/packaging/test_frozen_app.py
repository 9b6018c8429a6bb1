"""The real thing: build the bundle with packaging/build.py, unpack its archive elsewhere, and run both programs.

Takes minutes (PyInstaller ≈ 1–1.5 min and the archive ≈ 1 min on 2 cores, plus the runs): marked ``slow`` and
``packaging`` (``pytest -m packaging`` runs only these). Skipped where PyInstaller is not installed
(``.venv/bin/pip install -e .[packaging]``). The programs run from the unpacked archive, outside the checkout,
with the environment a user has: no Qt variables, no sandbox switch (as root the app turns the sandbox off itself).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from authoring_app import __version__

pytestmark = [pytest.mark.slow, pytest.mark.packaging]

REPO = Path(__file__).resolve().parents[2]
LINUX = sys.platform.startswith("linux")
EXE = ".exe" if sys.platform == "win32" else ""


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("PyInstaller", reason="the packaging tools are not installed (pip install -e .[packaging])")
    dist = tmp_path_factory.mktemp("dist")
    work = tmp_path_factory.mktemp("pyinstaller-work")
    done = subprocess.run(
        [sys.executable, str(REPO / "packaging" / "build.py"), "--dist", str(dist), "--work", str(work)],
        capture_output=True,
        text=True,
        timeout=1800,
    )
    assert done.returncode == 0, f"build.py failed:\n{done.stdout[-4000:]}\n{done.stderr[-4000:]}"
    assert "Largest folders:" in done.stdout  # the size breakdown is printed
    [archive] = [path for path in dist.iterdir() if path.name.endswith((".tar.gz", ".zip"))]
    return archive


@pytest.fixture(scope="module")
def bundle(archive: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The archive unpacked in a fresh folder, as IT staff would."""
    target = tmp_path_factory.mktemp("installed")
    if archive.name.endswith(".tar.gz"):
        with tarfile.open(archive) as opened:
            opened.extractall(target, filter="tar")
    else:
        with zipfile.ZipFile(archive) as opened:
            opened.extractall(target)
    return target / "handbook-studio"


def user_environment(tmp_path: Path) -> dict[str, str]:
    """A user's environment: none of the variables the test suite sets for Qt, a private data folder."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("QT_", "QTWEBENGINE_", "PYTHON")) and key not in ("DISPLAY", "WAYLAND_DISPLAY")
    }
    env["HANDBOOK_STUDIO_DATA_DIR"] = str(tmp_path / "data")
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    return env


def test_the_linux_archive_is_within_budget_and_holds_both_programs(archive: Path, bundle: Path) -> None:
    assert __version__ in archive.name
    if LINUX:
        assert archive.stat().st_size <= 220 * 1000 * 1000
        for name in ("handbook-studio.desktop", "handbook-studio.png", "install-desktop-entry.sh"):
            assert (bundle / name).is_file()
    for name in ("handbook-studio", "handbook"):
        assert (bundle / f"{name}{EXE}").is_file()
    assert (bundle / "handbook-studio-defaults.ini").is_file()


def test_the_frozen_command_line_tells_its_version(bundle: Path, tmp_path: Path) -> None:
    done = subprocess.run(
        [str(bundle / f"handbook{EXE}"), "--version"], capture_output=True, text=True, env=user_environment(tmp_path)
    )
    assert done.returncode == 0
    assert __version__ in done.stdout


def test_the_frozen_command_line_exports_the_same_site_as_the_source(
    bundle: Path, sample_copy: Path, tmp_path: Path
) -> None:
    env = user_environment(tmp_path)
    frozen = subprocess.run(
        [str(bundle / f"handbook{EXE}"), "export", str(sample_copy), "-o", str(tmp_path / "frozen"), "--quiet"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=300,
    )
    assert frozen.returncode == 0, frozen.stderr
    env["HANDBOOK_STUDIO_DATA_DIR"] = str(tmp_path / "source-data")  # no cache shared with the frozen run
    source = subprocess.run(
        [sys.executable, "-m", "authoring_app.cli", "export", str(sample_copy), "-o", str(tmp_path / "source")],
        capture_output=True,
        text=True,
        env={**env, "PYTHONPATH": str(REPO)},
        cwd=tmp_path,
        timeout=300,
    )
    assert source.returncode == 0, source.stderr
    frozen_files = sorted(p.relative_to(tmp_path / "frozen") for p in (tmp_path / "frozen").rglob("*") if p.is_file())
    source_files = sorted(p.relative_to(tmp_path / "source") for p in (tmp_path / "source").rglob("*") if p.is_file())
    assert frozen_files == source_files
    assert len([name for name in frozen_files if name.suffix == ".html"]) > 20
    for name in frozen_files:  # highlighting, extensions and templates all made it into the bundle
        assert (tmp_path / "frozen" / name).read_bytes() == (tmp_path / "source" / name).read_bytes(), name


def test_the_frozen_window_renders_its_preview_into_a_screenshot(bundle: Path, tmp_path: Path) -> None:
    from PIL import Image

    shot = tmp_path / "shot.png"
    done = subprocess.run(
        [str(bundle / f"handbook-studio{EXE}"), "--sample", "--screenshot", str(shot)],
        capture_output=True,
        text=True,
        env=user_environment(tmp_path),
        timeout=180,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "did not finish rendering" not in done.stderr
    with Image.open(shot) as image:
        assert image.size == (1400, 900)
        # The preview (the right third): a rendered page has text in many shades, an empty view has one colour.
        preview = image.convert("RGB").crop((950, 100, 1380, 880))
        colours = preview.getcolors(maxcolors=100_000)
    assert colours is not None and len(colours) > 50


@pytest.mark.skipif(not LINUX, reason="the menu-entry script is for Linux")
def test_the_menu_entry_script_installs_and_removes_for_one_user(bundle: Path, tmp_path: Path) -> None:
    env = user_environment(tmp_path)
    env["HOME"] = str(tmp_path / "home")
    env["XDG_DATA_HOME"] = str(tmp_path / "home" / "share")
    script = bundle / "install-desktop-entry.sh"
    # As root the script installs for every user (/usr/local): --prefix keeps the test inside tmp_path all the same.
    prefix = ["--prefix", str(tmp_path / "home")] if os.geteuid() == 0 else []
    subprocess.run(["sh", str(script), *prefix], check=True, env=env, capture_output=True)
    entry = tmp_path / "home" / "share" / "applications" / "handbook-studio.desktop"
    assert f'Exec="{bundle}/handbook-studio"' in entry.read_text(encoding="utf-8")
    command = tmp_path / "home" / "bin" / "handbook" if prefix else None
    if command is not None:
        assert command.resolve() == (bundle / "handbook").resolve()
    subprocess.run(["sh", str(script), *prefix, "--remove"], check=True, env=env, capture_output=True)
    assert not entry.exists()
