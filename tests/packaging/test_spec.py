"""The PyInstaller spec, run with stand-ins for PyInstaller's classes: what the bundle will hold, in seconds.

The real build (minutes) is tests/packaging/test_frozen_app.py; these catch a resource folder or a program left
out, a Qt module the app uses excluded, or Qt files of the app's languages trimmed away, without PyInstaller.
"""

from __future__ import annotations

import re
import sys
import types
from pathlib import Path
from typing import ClassVar

import pytest

from authoring_app.core import paths

REPO = Path(__file__).resolve().parents[2]
SPEC = REPO / "packaging" / "authoring_app.spec"


class _Recorded:
    """Records its arguments, like the PyInstaller class it stands for."""

    made: ClassVar[list[_Recorded]]

    def __init__(self, *args: object, **kwargs: object) -> None:
        self.args = args
        self.kwargs = kwargs
        self.made.append(self)


class FakeAnalysis(_Recorded):
    made: ClassVar[list[_Recorded]] = []

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.pure, self.scripts, self.binaries = [], [], []
        self.datas = [(dest, src, "DATA") for src, dest in kwargs["datas"]]  # PyInstaller's TOC: (dest, src, kind)


class FakePYZ(_Recorded):
    made: ClassVar[list[_Recorded]] = []


class FakeEXE(_Recorded):
    made: ClassVar[list[_Recorded]] = []


class FakeCOLLECT(_Recorded):
    made: ClassVar[list[_Recorded]] = []


class FakeBUNDLE(_Recorded):
    made: ClassVar[list[_Recorded]] = []


@pytest.fixture
def spec(monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    """The spec's namespace after running it; its Analysis/EXE/COLLECT calls are in the Fake classes."""
    return run_spec(monkeypatch)


def run_spec(monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    for fake in (FakeAnalysis, FakePYZ, FakeEXE, FakeCOLLECT, FakeBUNDLE):
        monkeypatch.setattr(fake, "made", [])
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_submodules = lambda package: [package, f"{package}.submodule"]  # type: ignore[attr-defined]
    bindepend = types.ModuleType("PyInstaller.depend.bindepend")
    bindepend.get_imports = lambda filename: set()  # type: ignore[attr-defined]
    for name in ("PyInstaller", "PyInstaller.utils", "PyInstaller.depend"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    monkeypatch.setitem(sys.modules, "PyInstaller.depend.bindepend", bindepend)
    monkeypatch.setattr(sys, "path", list(sys.path))  # the spec puts the checkout first
    namespace: dict[str, object] = {
        "__name__": "__main__",
        "__file__": str(SPEC),
        "SPECPATH": str(SPEC.parent),
        "Analysis": FakeAnalysis,
        "PYZ": FakePYZ,
        "EXE": FakeEXE,
        "COLLECT": FakeCOLLECT,
        "BUNDLE": FakeBUNDLE,
    }
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    return namespace


def test_one_folder_holds_the_window_program_and_the_command_line_program(spec: dict[str, object]) -> None:
    exes = {exe.kwargs["name"]: exe.kwargs for exe in FakeEXE.made}
    assert set(exes) == {"handbook-studio", "handbook"}
    assert exes["handbook-studio"]["console"] is False  # no console window behind the app on Windows
    assert exes["handbook"]["console"] is True
    assert all(exe["exclude_binaries"] for exe in exes.values())  # onedir: the libraries sit in the folder
    [collect] = FakeCOLLECT.made
    assert collect.kwargs["name"] == "handbook-studio"
    assert [arg for arg in collect.args if isinstance(arg, FakeEXE)] == FakeEXE.made
    scripts = sorted(Path(analysis.args[0][0]).name for analysis in FakeAnalysis.made)
    assert scripts == ["handbook.py", "handbook_studio.py"]
    for analysis in FakeAnalysis.made:
        assert Path(analysis.args[0][0]).is_file()


def test_every_resource_folder_is_in_the_bundle_where_resource_root_looks(spec: dict[str, object]) -> None:
    frozen_root = Path("/bundle")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sys, "_MEIPASS", str(frozen_root), raising=False)
        expected_dest = paths.resource_root().relative_to(frozen_root).as_posix()
    assert expected_dest == "resources"
    for analysis in FakeAnalysis.made:
        datas = {Path(src): dest for src, dest in analysis.kwargs["datas"]}
        for folder in sorted((REPO / "resources").iterdir()):
            if folder.is_dir():
                assert datas.get(folder) == f"{expected_dest}/{folder.name}", f"resources/{folder.name} is not bundled"
    assert {"site", "preview", "scorm", "epub", "book", "validation", "sample-handbook"} <= {
        folder.name for folder in (REPO / "resources").iterdir()
    }


def test_ui_translations_go_where_translations_dir_looks(spec: dict[str, object], tmp_path: Path) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
        frozen = paths.translations_dir()
    dest = frozen.relative_to(tmp_path).as_posix()
    built = sorted(paths.translations_dir().glob("*.qm"))
    bundled = {Path(src).name: to for src, to in FakeAnalysis.made[0].kwargs["datas"] if src.endswith(".qm")}
    assert bundled == {qm.name: dest for qm in built}


def test_modules_imported_by_name_are_hidden_imports(spec: dict[str, object]) -> None:
    hidden = set(FakeAnalysis.made[0].kwargs["hiddenimports"])
    # Markdown loads its extensions and pymdownx's by name; the export builders are "module:function" strings.
    for package in ("markdown.extensions", "pymdownx", "pygments.lexers", "pygments.styles", "authoring_app"):
        assert package in hidden
    assert {"translate.storage.pypo", "translate.storage.xliff", "lxml.etree", "nh3", "tomlkit"} <= hidden


def test_no_qt_module_the_app_imports_is_excluded(spec: dict[str, object]) -> None:
    used = set()
    for source in (REPO / "authoring_app").rglob("*.py"):
        used |= set(re.findall(r"PySide6\.(Qt\w+)", source.read_text(encoding="utf-8")))
    assert {"QtCore", "QtGui", "QtWidgets", "QtWebEngineCore", "QtWebEngineWidgets", "QtWebChannel"} <= used
    excluded = {name.removeprefix("PySide6.") for name in FakeAnalysis.made[0].kwargs["excludes"]}
    assert not used & excluded, f"the app imports {sorted(used & excluded)}, which the spec leaves out"
    # And the big ones nobody uses are out.
    assert {"Qt3DCore", "QtCharts", "QtMultimedia", "QtBluetooth", "QtDesigner"} <= excluded


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/translations/qtwebengine_locales/en-US.pak", True),
        ("PySide6/Qt/translations/qtwebengine_locales/ru.pak", True),
        ("PySide6/Qt/translations/qtwebengine_locales/bg.pak", True),
        ("PySide6/Qt/translations/qtwebengine_locales/de.pak", False),
        ("PySide6/Qt/translations/qtbase_kk.qm", True),
        ("PySide6/Qt/translations/qt_help_ru.qm", True),
        ("PySide6/Qt/translations/qtbase_uk.qm", False),
        ("PySide6/Qt/translations/qtbase_pt_BR.qm", False),
        ("PySide6/Qt/resources/qtwebengine_resources.pak", True),
        ("PySide6/Qt/resources/icudtl.dat", True),
        ("PySide6/Qt/resources/qtwebengine_devtools_resources.pak", False),
        ("i18n/authoring_app_ky.qm", True),
        ("resources/site/templates/page.html.j2", True),
    ],
)
def test_qt_data_of_other_languages_is_left_out(spec: dict[str, object], dest: str, kept: bool) -> None:
    assert spec["keep_data"](dest) is kept  # type: ignore[operator]


def test_a_dropped_plugin_takes_the_libraries_only_it_needs(
    spec: dict[str, object], monkeypatch: pytest.MonkeyPatch
) -> None:
    links = {
        "/src/libqgtk3.so": {"libgtk-3.so.0", "libglib-2.0.so.0"},
        "/src/libgtk-3.so.0": {"libcairo.so.2", "libglib-2.0.so.0"},
        "/src/libqxcb.so": {"libQt6XcbQpa.so.6"},
        "/src/libQt6XcbQpa.so.6": {"libglib-2.0.so.0"},
    }
    bindepend = sys.modules["PyInstaller.depend.bindepend"]
    monkeypatch.setattr(bindepend, "get_imports", lambda src: {(name, None) for name in links.get(src, ())})
    binaries = [
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "/src/libqgtk3.so", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
        ("libgtk-3.so.0", "/src/libgtk-3.so.0", "BINARY"),
        ("libcairo.so.2", "/src/libcairo.so.2", "BINARY"),
        ("libglib-2.0.so.0", "/src/libglib-2.0.so.0", "BINARY"),
        ("PySide6/Qt/lib/libQt6XcbQpa.so.6", "/src/libQt6XcbQpa.so.6", "BINARY"),
    ]
    kept = [dest for dest, _src, _kind in spec["without_dropped_plugins"](binaries)]  # type: ignore[operator]
    assert kept == [
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "libglib-2.0.so.0",  # the xcb platform needs it too
        "PySide6/Qt/lib/libQt6XcbQpa.so.6",
    ]


def test_the_window_platforms_and_webengine_plugins_stay(spec: dict[str, object]) -> None:
    dropped = spec["is_dropped_plugin"]
    for plugin in ("platforms/libqxcb.so", "platforms/libqwayland.so", "platforms/libqoffscreen.so"):
        assert not dropped(f"PySide6/Qt/plugins/{plugin}")  # type: ignore[operator]
    for plugin in ("platforms/qwindows.dll", "imageformats/libqjpeg.so", "xcbglintegrations/libqxcb-glx.so"):
        assert not dropped(f"PySide6/Qt/plugins/{plugin}")  # type: ignore[operator]
    for plugin in ("platformthemes/libqgtk3.so", "platforms/libqvnc.so", "imageformats/libqpdf.so"):
        assert dropped(f"PySide6/Qt/plugins/{plugin}")  # type: ignore[operator]
    assert not dropped("PySide6/Qt/lib/libQt6Gui.so.6")  # type: ignore[operator]


def test_the_macos_app_bundle_is_made_only_on_macos(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    run_spec(monkeypatch)
    assert FakeBUNDLE.made == []
    monkeypatch.setattr(sys, "platform", "darwin")
    run_spec(monkeypatch)
    [bundle] = FakeBUNDLE.made
    assert bundle.args == (FakeCOLLECT.made[0],)
    assert bundle.kwargs["name"] == "Handbook Studio.app"
    plist = bundle.kwargs["info_plist"]
    assert set(plist["CFBundleLocalizations"]) == {"en", "bg", "ru", "kk", "ky", "tg", "tk", "uz"}
    assert FakeEXE.made[0].kwargs["name"] == "handbook-studio"  # the first program is the .app's main one
    assert FakeEXE.made[0].kwargs["strip"] is False  # stripping breaks macOS code signatures
