"""packaging/build.py's own steps, and the files it puts beside the programs, without running PyInstaller."""

from __future__ import annotations

import configparser
import importlib.util
import re
import stat
import sys
import tarfile
from pathlib import Path
from types import ModuleType

import pytest

from authoring_app import __version__
from authoring_app.core.install_defaults import read_defaults_file

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"


@pytest.fixture(scope="module")
def build() -> ModuleType:
    spec = importlib.util.spec_from_file_location("packaging_build", PACKAGING / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_without_pyinstaller_it_says_what_to_install_and_installs_nothing(
    build: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(build, "pyinstaller_available", lambda: False)
    monkeypatch.setattr(build.subprocess, "run", lambda *a, **k: pytest.fail(f"ran {a}"))
    assert build.main(["--dist", str(tmp_path)]) == 2
    assert ".venv/bin/pip install -e .[packaging]" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_the_archive_is_named_after_version_system_and_processor(build: ModuleType) -> None:
    name = build.archive_name(__version__)
    assert re.fullmatch(rf"handbook-studio-{re.escape(__version__)}-(linux|windows|macos)-[a-z0-9_]+", name)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux files and the .tar.gz")
def test_linux_bundle_gets_the_defaults_the_menu_entry_and_an_archive_that_keeps_modes(
    build: ModuleType, tmp_path: Path
) -> None:
    bundle = tmp_path / "handbook-studio"
    (bundle / "_internal").mkdir(parents=True)
    program = bundle / "handbook"
    program.write_bytes(b"\x7fELF" + b"\0" * 2000)
    program.chmod(0o755)
    (bundle / "_internal" / "libQt6Core.so.6").write_bytes(b"\0" * 50_000)
    (bundle / "_internal" / "libQt6Core.so").symlink_to("libQt6Core.so.6")

    build.add_install_files(bundle, tmp_path)
    for name in ("handbook-studio-defaults.ini", "handbook-studio.desktop", "handbook-studio.png"):
        assert (bundle / name).is_file()
    assert (bundle / "install-desktop-entry.sh").stat().st_mode & stat.S_IXUSR

    total, files, groups, sizes = build.folder_sizes(bundle)
    assert files == 6  # the program, the library, the four install files; the link counts nothing
    assert groups["_internal"] == 50_000
    assert max(sizes) == (50_000, "_internal/libQt6Core.so.6")
    assert total == sum(size for size, _name in sizes)

    archive = build.make_archive(tmp_path, bundle, "handbook-studio-test")
    assert archive.name == "handbook-studio-test.tar.gz"
    with tarfile.open(archive) as opened:
        members = {member.name: member for member in opened.getmembers()}
    assert members["handbook-studio/handbook"].mode & 0o111 == 0o111
    assert members["handbook-studio/_internal/libQt6Core.so"].issym()
    assert members["handbook-studio/handbook"].uname == ""  # not the build machine's user


def test_the_desktop_file_is_what_the_menu_entry_script_expects() -> None:
    entry = configparser.ConfigParser(interpolation=None, strict=True)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive in .desktop files
    entry.read(PACKAGING / "linux" / "handbook-studio.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert desktop["Exec"] == "handbook-studio"  # install-desktop-entry.sh replaces exactly this line
    assert desktop["Icon"] == "handbook-studio"  # the PNG's name in the icon theme
    assert desktop["Categories"].endswith(";")
    script = (PACKAGING / "linux" / "install-desktop-entry.sh").read_text(encoding="utf-8")
    assert "^Exec=handbook-studio\\$" in script


def test_the_inno_setup_script_installs_per_user_and_keeps_an_edited_defaults_file() -> None:
    raw = (PACKAGING / "windows" / "handbook-studio.iss").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM: older Inno Setup 6 reads the Cyrillic right then
    text = raw.decode("utf-8-sig")
    sections = re.findall(r"^\[(\w+)\]", text, flags=re.MULTILINE)
    assert {"Setup", "Languages", "Files", "Icons", "Run", "Code"} <= set(sections)
    assert "PrivilegesRequired=lowest" in text
    assert "DefaultDirName={autopf}\\{#AppName}" in text  # = %LOCALAPPDATA%\Programs for a per-user install
    assert 'MessagesFile: "compiler:Languages\\Russian.isl"' in text
    assert 'MessagesFile: "compiler:Languages\\Bulgarian.isl"' in text
    assert re.search(r'Source: "\{#BundleDir\}\\\{#DefaultsFile\}";.*Flags: onlyifdoesntexist', text)
    defined = set(re.findall(r"^\s*#define (\w+)", text, flags=re.MULTILINE))
    used = set(re.findall(r"\{#(\w+)\}", text))
    assert used <= defined, f"used but not defined: {used - defined}"
    assert text.count("{{") == 1  # only the AppId's brace is escaped
    for line in text.splitlines():  # entry lines are "Key: value; Key: value"
        if re.match(r'^(Name|Source|Filename): "', line):
            assert all(re.match(r"^\w+: .+", part.strip()) for part in line.split("; ")), line


def test_the_defaults_file_the_installers_ship_is_the_documented_one() -> None:
    shipped = PACKAGING / "handbook-studio-defaults.ini"
    assert read_defaults_file(shipped).problems == ()
    guide = (REPO / "docs" / "it-install.md").read_text(encoding="utf-8")
    for key in ("ui_language", "handbook_folder"):
        assert key in shipped.read_text(encoding="utf-8")
        assert key in guide
