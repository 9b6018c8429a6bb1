"""Build Handbook Studio for this computer's system: ``python packaging/build.py [--dist DIR]``.

In order: build the UI translations (when packaging/translations.py exists), freeze the app with PyInstaller
(packaging/authoring_app.spec: one folder holding ``handbook-studio`` and ``handbook``), put the IT defaults file
beside the programs (on Linux also the ``.desktop`` file, the icon and the menu-entry script), print what takes
the space, and pack the folder: ``handbook-studio-<version>-<os>-<arch>.tar.gz`` on Linux, ``.zip`` elsewhere.
On Windows with Inno Setup installed it also compiles the per-user installer (packaging/windows).

Needs a set-up checkout (``./dev setup``) plus PyInstaller (``.venv/bin/pip install -e .[packaging]``); it
installs nothing itself. Exit codes: 0 built, 1 the build failed or the Linux archive is over budget, 2 a tool
is missing.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import stat
import subprocess
import sys
import tarfile
import time
import zipfile
from collections import defaultdict
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
REPO = PACKAGING.parent
SPEC = PACKAGING / "authoring_app.spec"
TRANSLATIONS_SCRIPT = PACKAGING / "translations.py"
DEFAULTS_TEMPLATE = PACKAGING / "handbook-studio-defaults.ini"
ICON_PNG = PACKAGING / "icons" / "handbook-studio.png"
LINUX_FILES = (PACKAGING / "linux" / "handbook-studio.desktop", PACKAGING / "linux" / "install-desktop-entry.sh")
INNO_SCRIPT = PACKAGING / "windows" / "handbook-studio.iss"
BUNDLE_NAME = "handbook-studio"  # COLLECT's name in the spec
MAC_APP_NAME = "Handbook Studio.app"
#: The Linux archive's budget (issue 8): 220 MB, counted in 10^6 bytes.
LINUX_ARCHIVE_LIMIT = 220 * 1000 * 1000
MB = 1000 * 1000


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    sys.path.insert(0, str(REPO))
    from authoring_app import __version__

    if not pyinstaller_available():
        print(
            "build.py: PyInstaller is not installed in this Python. Install the packaging tools with\n"
            "    .venv/bin/pip install -e .[packaging]\n"
            "(after ./dev setup), then run .venv/bin/python packaging/build.py again.",
            file=sys.stderr,
        )
        return 2
    dist = args.dist.resolve()
    work = (args.work or REPO / "build" / "pyinstaller").resolve()
    timings: dict[str, float] = {}

    started = time.monotonic()
    if not build_translations():
        return 1
    timings["translations"] = time.monotonic() - started

    started = time.monotonic()
    if not run_pyinstaller(dist, work, clean=args.clean):
        return 1
    timings["PyInstaller"] = time.monotonic() - started

    bundle = dist / BUNDLE_NAME
    add_install_files(bundle, dist)
    print_breakdown(bundle)

    started = time.monotonic()
    archive = make_archive(dist, bundle, archive_name(__version__))
    timings["archive"] = time.monotonic() - started
    archive_size = archive.stat().st_size
    print(f"\nArchive: {archive} — {archive_size / MB:.1f} MB")

    if sys.platform == "win32":
        started = time.monotonic()
        build_windows_installer(bundle, dist, __version__)
        timings["installer"] = time.monotonic() - started

    print("Time: " + ", ".join(f"{step} {seconds:.0f} s" for step, seconds in timings.items()))
    if sys.platform.startswith("linux") and archive_size > LINUX_ARCHIVE_LIMIT:
        print(
            f"build.py: the archive is {archive_size / MB:.1f} MB, over the budget of {LINUX_ARCHIVE_LIMIT / MB:.0f}"
            " MB. See the breakdown above for what grew; leave out what the app does not use in the spec.",
            file=sys.stderr,
        )
        return 1
    return 0


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="build.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=REPO / "dist", help="where the bundle and archive go (dist/)")
    parser.add_argument("--work", type=Path, help="PyInstaller's work folder (default: build/pyinstaller)")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    return parser.parse_args(argv)


def pyinstaller_available() -> bool:
    from importlib.util import find_spec

    return find_spec("PyInstaller") is not None


def build_translations() -> bool:
    """Compile the ``.ts`` files to ``.qm`` with packaging/translations.py; a checkout without it has none."""
    if not TRANSLATIONS_SCRIPT.is_file():
        print(f"==> no {TRANSLATIONS_SCRIPT.relative_to(REPO)}: the bundle has no UI translations (English only)")
        return True
    print(f"==> {TRANSLATIONS_SCRIPT.relative_to(REPO)} build")
    done = subprocess.run([sys.executable, str(TRANSLATIONS_SCRIPT), "build"], cwd=REPO, check=False)
    if done.returncode != 0:
        print("build.py: building the UI translations failed (see above); nothing was frozen.", file=sys.stderr)
        return False
    return True


def run_pyinstaller(dist: Path, work: Path, *, clean: bool) -> bool:
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        str(SPEC),
        "--noconfirm",
        "--log-level=WARN",
        f"--distpath={dist}",
        f"--workpath={work}",
    ]
    if clean:
        command.append("--clean")
    print("==> " + " ".join(command))
    done = subprocess.run(command, cwd=REPO, check=False)
    if done.returncode != 0:
        print("build.py: PyInstaller failed (see above).", file=sys.stderr)
        return False
    return True


def add_install_files(bundle: Path, dist: Path) -> None:
    """The defaults file IT staff edit, beside the programs; on Linux the menu entry, its icon and script."""
    shutil.copy2(DEFAULTS_TEMPLATE, bundle / DEFAULTS_TEMPLATE.name)
    if sys.platform == "darwin":
        app = dist / MAC_APP_NAME
        if app.is_dir():
            # Contents/Resources, not Contents/MacOS: a file beside a signed program breaks the signature.
            shutil.copy2(DEFAULTS_TEMPLATE, app / "Contents" / "Resources" / DEFAULTS_TEMPLATE.name)
    if sys.platform.startswith("linux"):
        shutil.copy2(ICON_PNG, bundle / ICON_PNG.name)
        for file in LINUX_FILES:
            shutil.copy2(file, bundle / file.name)
        script = bundle / LINUX_FILES[1].name
        script.chmod(script.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)


def folder_sizes(bundle: Path) -> tuple[int, int, dict[str, int], list[tuple[int, str]]]:
    """``(total bytes, files, bytes per group, [(bytes, file)])`` of the bundle; symbolic links count nothing."""
    total = files = 0
    groups: dict[str, int] = defaultdict(int)
    sizes: list[tuple[int, str]] = []
    for root, _dirs, names in os.walk(bundle):
        for name in names:
            path = Path(root) / name
            info = path.lstat()
            if stat.S_ISLNK(info.st_mode):
                continue
            relative = path.relative_to(bundle)
            parts = relative.parts
            # PySide6 is most of the bundle: split it by Qt's own folders (lib, resources, plugins …).
            depth = 4 if len(parts) > 4 and parts[1] == "PySide6" and parts[2] == "Qt" else 2
            group = "/".join(parts[:depth]) if len(parts) > depth else "/".join(parts[:-1]) or "."
            groups[group] += info.st_size
            sizes.append((info.st_size, relative.as_posix()))
            total += info.st_size
            files += 1
    return total, files, groups, sizes


def print_breakdown(bundle: Path, top: int = 15) -> None:
    total, files, groups, sizes = folder_sizes(bundle)
    print(f"\nBundle: {bundle} — {total / MB:.1f} MB in {files} files")
    print("Largest folders:")
    for group, size in sorted(groups.items(), key=lambda item: -item[1])[:top]:
        print(f"  {size / MB:8.1f} MB  {size / total:5.1%}  {group}/")
    print("Largest files:")
    for size, name in sorted(sizes, reverse=True)[:top]:
        print(f"  {size / MB:8.1f} MB  {name}")


def os_arch() -> tuple[str, str]:
    system = {"linux": "linux", "win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    machine = platform.machine().lower()
    arch = {"amd64": "x86_64", "x64": "x86_64", "aarch64": "arm64"}.get(machine, machine)
    return system, arch


def archive_name(version: str) -> str:
    system, arch = os_arch()
    return f"handbook-studio-{version}-{system}-{arch}"


def make_archive(dist: Path, bundle: Path, name: str) -> Path:
    """``.tar.gz`` on Linux (keeps permissions and links), ``.zip`` elsewhere; the folder inside is the bundle's."""
    if sys.platform.startswith("linux"):
        target = dist / f"{name}.tar.gz"

        def anonymous(info: tarfile.TarInfo) -> tarfile.TarInfo:
            info.uid = info.gid = 0
            info.uname = info.gname = ""
            return info

        partial = target.with_name(target.name + ".partial")
        with tarfile.open(partial, "w:gz", compresslevel=9) as archive:
            archive.add(bundle, arcname=bundle.name, filter=anonymous)
        partial.replace(target)
        return target
    target = dist / f"{name}.zip"
    target.unlink(missing_ok=True)
    app = dist / MAC_APP_NAME
    if sys.platform == "darwin" and app.is_dir() and shutil.which("ditto"):
        # ditto keeps the .app's symbolic links and extended attributes, which a plain zip loses.
        subprocess.run(["ditto", "-c", "-k", "--keepParent", str(app), str(target)], check=True)
        return target
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for path in sorted(bundle.rglob("*")):
            if path.is_file():
                archive.write(path, Path(bundle.name, path.relative_to(bundle)).as_posix())
    return target


def build_windows_installer(bundle: Path, dist: Path, version: str) -> None:
    """Compile packaging/windows/handbook-studio.iss with Inno Setup 6 when it is installed; else say how."""
    candidates = [
        shutil.which("iscc"),
        *(
            str(Path(os.environ[var]) / "Inno Setup 6" / "ISCC.exe")
            for var in ("ProgramFiles(x86)", "ProgramFiles", "LOCALAPPDATA")
            if var in os.environ
        ),
    ]
    iscc = next((c for c in candidates if c and Path(c).is_file()), None)
    if iscc is None:
        print("==> Inno Setup 6 (ISCC.exe) not found: no installer. Install it, or run on this machine:")
        print(f'    iscc /DAppVersion={version} /DBundleDir="{bundle}" /O"{dist}" "{INNO_SCRIPT}"')
        return
    subprocess.run(
        [iscc, f"/DAppVersion={version}", f"/DBundleDir={bundle}", f"/O{dist}", str(INNO_SCRIPT)], check=True
    )


if __name__ == "__main__":
    sys.exit(main())
