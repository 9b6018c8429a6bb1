"""The UI translations: extract the texts into the Qt Linguist files, build the ``.qm`` files, report what is left.

    python packaging/translations.py update [--check]   refresh translations/authoring_app_<lang>.ts from the code
    python packaging/translations.py build [--check]    compile them into authoring_app/core/paths.translations_dir()
    python packaging/translations.py --check            only report: exit 1 listing unfinished or missing messages

``update`` runs ``pyside6-lupdate`` over ``authoring_app/gui`` and the core modules that mark texts with
``QT_TRANSLATE_NOOP`` (:mod:`authoring_app.core.ui_text`): new texts arrive as unfinished, translations of texts
that did not change are kept, texts no longer in the code are dropped (``-no-obsolete``). With ``--check`` it
writes nothing: it updates copies in a temporary folder and reports on those, so a text added to the code but not
yet to the ``.ts`` files counts as missing. ``build`` runs ``pyside6-lrelease``; its output is not committed.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TS_DIR = REPO / "translations"
#: The UI languages besides English, the language of the source texts.
LANGUAGES = ("bg", "ru", "kk", "ky", "tg", "tk", "uz")
TS_NAME = "authoring_app_{lang}.ts"
#: What marks a core module as carrying texts for the UI (see authoring_app/core/ui_text.py).
CORE_MARKER = re.compile(r"\bQT_TRANSLATE_NOOP\(")


def ts_path(lang: str, folder: Path = TS_DIR) -> Path:
    return folder / TS_NAME.format(lang=lang)


def qm_name(lang: str) -> str:
    return f"authoring_app_{lang}.qm"


def source_files(repo: Path = REPO) -> list[Path]:
    """Every module of the GUI, and the core modules that mark texts for it."""
    package = repo / "authoring_app"
    gui = sorted((package / "gui").rglob("*.py"))
    core = [
        path
        for path in sorted((package / "core").rglob("*.py"))
        if path.name != "ui_text.py" and CORE_MARKER.search(path.read_text(encoding="utf-8"))
    ]
    return gui + core


def qt_tool(name: str) -> str:
    """``pyside6-lupdate`` / ``pyside6-lrelease``: beside this Python (a venv) or on the PATH."""
    for candidate in (Path(sys.executable).parent / name, Path(sys.executable).parent / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (pip install -e .) and run this with that Python")
    return found


# ------------------------------------------------------------------------------------------------ update ---


def update(folder: Path = TS_DIR, languages: tuple[str, ...] = LANGUAGES, *, quiet: bool = False) -> None:
    """Bring the ``.ts`` files in ``folder`` in line with the code (they are created when missing)."""
    folder.mkdir(parents=True, exist_ok=True)
    files = [str(path) for path in source_files()]
    targets = [str(ts_path(lang, folder)) for lang in languages]
    command = [qt_tool("pyside6-lupdate"), *files, "-source-language", "en", "-no-obsolete", "-locations", "relative"]
    if quiet:
        command.append("-silent")
    subprocess.run([*command, "-ts", *targets], check=True, cwd=REPO)


# ------------------------------------------------------------------------------------------------- build ---


def build(out: Path | None = None, languages: tuple[str, ...] = LANGUAGES, folder: Path = TS_DIR) -> list[Path]:
    """Compile every ``.ts`` into ``out`` (default: the folder the app loads from); returns the ``.qm`` files."""
    if out is None:
        sys.path.insert(0, str(REPO))
        from authoring_app.core.paths import translations_dir

        out = translations_dir()
    out.mkdir(parents=True, exist_ok=True)
    built = []
    for lang in languages:
        source = ts_path(lang, folder)
        if not source.exists():
            print(f"{source.name}: missing, skipped (run `update` first)", file=sys.stderr)
            continue
        target = out / qm_name(lang)
        subprocess.run([qt_tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(target)], check=True)
        built.append(target)
    return built


# ------------------------------------------------------------------------------------------------- check ---


@dataclass(frozen=True)
class Unfinished:
    """A message a translator still has to do (or confirm)."""

    context: str
    source: str
    #: ``unfinished`` (marked so, or empty) or ``missing`` (no .ts file at all).
    reason: str = "unfinished"

    def __str__(self) -> str:
        text = self.source if len(self.source) <= 70 else self.source[:67] + "..."
        return f"{self.context}: {text!r}" + ("" if self.reason == "unfinished" else f" ({self.reason})")


def unfinished_messages(ts_file: Path) -> list[Unfinished]:
    """The messages of ``ts_file`` that are not finished: marked ``unfinished``, or with an empty translation or
    plural form. Messages lupdate marked ``vanished``/``obsolete`` are not counted (they are not in the code)."""
    found = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else None
            if kind in ("vanished", "obsolete"):
                continue
            if translation is None or kind == "unfinished":
                done = False
            elif message.get("numerus") == "yes":
                forms = translation.findall("numerusform")
                done = bool(forms) and all((form.text or "").strip() for form in forms)
            else:
                done = bool((translation.text or "").strip())
            if not done:
                found.append(Unfinished(name, message.findtext("source", "")))
    return found


def check(languages: tuple[str, ...] = LANGUAGES, folder: Path = TS_DIR) -> dict[str, list[Unfinished]]:
    """Per language, what is unfinished once the ``.ts`` files are brought in line with the code. Works on copies:
    ``folder`` is not changed."""
    with tempfile.TemporaryDirectory(prefix="handbook-ts-") as temp:
        copies = Path(temp)
        for lang in languages:
            if ts_path(lang, folder).exists():
                shutil.copy2(ts_path(lang, folder), ts_path(lang, copies))
        update(copies, languages, quiet=True)
        return {lang: unfinished_messages(ts_path(lang, copies)) for lang in languages}


def report(results: dict[str, list[Unfinished]], folder: Path = TS_DIR) -> int:
    """Print what is left per language; 1 when anything is, else 0."""
    status = 0
    for lang, messages in results.items():
        missing_file = not ts_path(lang, folder).exists()
        if not messages and not missing_file:
            print(f"{lang}: complete")
            continue
        status = 1
        note = " (no .ts file yet)" if missing_file else ""
        print(f"{lang}: {len(messages)} unfinished or missing{note}")
        for message in messages:
            print(f"  {message}")
    return status


# -------------------------------------------------------------------------------------------------- main ---


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", nargs="?", choices=("update", "build"), help="what to do (none: only --check)")
    parser.add_argument("--check", action="store_true", help="exit 1 listing every unfinished or missing message")
    parser.add_argument("--out", type=Path, help="build: write the .qm files here instead")
    args = parser.parse_args(argv)
    if args.command is None and not args.check:
        parser.error("say update, build or --check")
    if args.command == "update" and not args.check:
        update()
    if args.command == "build":
        for path in build(args.out):
            print(path)
    return report(check()) if args.check else 0


if __name__ == "__main__":
    sys.exit(main())
