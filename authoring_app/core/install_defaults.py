"""Defaults that IT staff set for every user of one installation: ``handbook-studio-defaults.ini``.

The file sits in the install folder, next to the ``handbook-studio`` and ``handbook`` programs (inside an ``.app``
on macOS: ``Contents/Resources``). It only supplies defaults: what a user chooses (the language in Preferences,
the handbooks they open) always wins. A missing file means "no defaults"; a broken one is reported and ignored,
so a typo by an administrator never stops the app from starting. No Qt here: the CLI and tests read it too.

Example::

    [defaults]
    ; system (the computer's language) or one of en, bg, ru, kk, ky, tg, tk, uz
    ui_language = ru
    ; the handbook opened on first start, before the user opens one of their own
    handbook_folder = ~/Documents/Handbook
"""

from __future__ import annotations

import codecs
import configparser
import locale
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path

#: The file's name, in the install folder.
DEFAULTS_FILE_NAME = "handbook-studio-defaults.ini"
#: Set to the path of a defaults file to use it instead of the install folder's (tests, trying out a file).
DEFAULTS_FILE_ENV = "HANDBOOK_STUDIO_DEFAULTS"
SECTION = "defaults"
KEYS = ("ui_language", "handbook_folder")
#: ``ui_language`` values that mean "follow the computer's language".
SYSTEM_LANGUAGE_WORDS = ("", "system", "auto")
_LANGUAGE_RE = re.compile(r"^[a-z]{2,3}(_[a-z0-9]{2,8})?$")


@dataclass(frozen=True)
class InstallDefaults:
    """What the defaults file says; ``None`` where it says nothing (or nothing usable)."""

    #: A UI language code (``ru``, ``kk``, ``pt_br`` …) or None for the computer's language.
    ui_language: str | None = None
    #: The handbook to open when the user has not opened one yet, or None for the bundled sample.
    handbook_folder: Path | None = None
    #: The file these values came from; None when there is none.
    source: Path | None = None
    #: What was wrong with the file, for people: each names the file and what was ignored.
    problems: tuple[str, ...] = ()


def install_dir() -> Path | None:
    """The folder holding the frozen programs; None when running from a source checkout."""
    if not getattr(sys, "frozen", False):
        return None
    return Path(sys.executable).resolve().parent


def defaults_file_candidates() -> list[Path]:
    """Where the defaults file may be, in the order they are tried (the first that exists is used)."""
    override = os.environ.get(DEFAULTS_FILE_ENV)
    if override:
        return [Path(override)]
    folder = install_dir()
    if folder is None:
        return []
    candidates = [folder / DEFAULTS_FILE_NAME]
    if sys.platform == "darwin":
        # Contents/MacOS/handbook-studio → Contents/Resources: files beside a signed program break its signature.
        candidates.append(folder.parent / "Resources" / DEFAULTS_FILE_NAME)
        candidates.append(Path("/Library/Application Support/HandbookStudio") / DEFAULTS_FILE_NAME)
    return candidates


def install_defaults() -> InstallDefaults:
    """The defaults of this installation (empty when there is no defaults file)."""
    for candidate in defaults_file_candidates():
        if candidate.is_file():
            return read_defaults_file(candidate)
    return InstallDefaults()


def read_defaults_file(path: Path) -> InstallDefaults:
    """Read one defaults file; never raises: an unreadable or broken file gives empty defaults and a problem."""
    try:
        text = _decode(path.read_bytes())
    except FileNotFoundError:
        return InstallDefaults()
    except (OSError, UnicodeDecodeError) as error:
        return InstallDefaults(source=path, problems=(f"{path}: cannot be read ({error}); no defaults are used.",))
    # A file without a [defaults] line is read as if it had one: "ui_language = ru" alone is enough.
    parser = configparser.ConfigParser(
        strict=False, interpolation=None, comment_prefixes=("#", ";"), inline_comment_prefixes=(";",)
    )
    try:
        parser.read_string(f"[{SECTION}]\n{text}", source=str(path))
    except configparser.Error as error:
        message = " ".join(str(error).split())
        return InstallDefaults(
            source=path, problems=(f"{path}: not a valid defaults file ({message}); no defaults are used.",)
        )
    problems: list[str] = []
    for section in parser.sections():
        if section != SECTION:
            problems.append(f"{path}: the section [{section}] is not known and was ignored (use [{SECTION}]).")
    values = parser[SECTION]
    for key in values:
        if key not in KEYS:
            problems.append(f"{path}: the key '{key}' is not known and was ignored (known: {', '.join(KEYS)}).")
    ui_language = _ui_language(values.get("ui_language", ""), path, problems)
    handbook_folder = _folder(values.get("handbook_folder", ""))
    return InstallDefaults(ui_language, handbook_folder, path, tuple(problems))


def _decode(data: bytes) -> str:
    """UTF-8 (with or without a byte-order mark), UTF-16 with one (Notepad's "Unicode"), else this computer's
    own encoding: Windows writes the values the installer sets (``/HANDBOOKFOLDER=…``) in its ANSI code page."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode(locale.getpreferredencoding(False))


def _ui_language(raw: str, path: Path, problems: list[str]) -> str | None:
    value = raw.strip().strip("\"'").lower().replace("-", "_")
    if value in SYSTEM_LANGUAGE_WORDS:
        return None
    if not _LANGUAGE_RE.match(value):
        problems.append(
            f"{path}: ui_language = {raw.strip()} is not a language code (such as ru or kk); "
            "the computer's language is used."
        )
        return None
    return value


def _folder(raw: str) -> Path | None:
    value = raw.strip().strip("\"'")
    if not value:
        return None
    return Path(os.path.expandvars(os.path.expanduser(value)))
