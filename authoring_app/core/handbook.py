"""A handbook on disk: ``handbook.toml``, one folder per language, ``media/``.

:meth:`Handbook.load` reads the configuration only (it raises :class:`HandbookLoadError` when that is impossible);
section files are read on demand, so opening a large handbook is quick and one broken file never stops the rest.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .config import CONFIG_NAME, HandbookConfig, load_config
from .frontmatter import FrontMatter, parse_front_matter, source_title
from .paths import is_within
from .problems import HandbookLoadError, Problem, error

__all__ = ["GLOSSARY", "Handbook", "HandbookLoadError", "SectionText"]

GLOSSARY = "glossary"
MEDIA_DIR = "media"
STATE_DIR = ".handbook"
#: A section file larger than this is not opened (a Markdown section is a few hundred KB at most).
MAX_SECTION_BYTES = 8 * 1024 * 1024


@dataclass
class SectionText:
    """The text of one section file as read, or why it could not be read."""

    path: Path
    text: str | None
    problem: Problem | None = None
    #: ``"\r\n"`` when the file used Windows line ends (kept when it is written back).
    newline: str = "\n"
    had_bom: bool = False


class Handbook:
    def __init__(self, root: Path, config: HandbookConfig) -> None:
        self.root = root
        self.config = config
        self._folder_inside: dict[Path, bool] = {}

    @classmethod
    def load(cls, root: Path | str) -> Handbook:
        root = Path(root).expanduser()
        config = load_config(root)
        return cls(root.resolve(), config)

    # Places
    @property
    def config_path(self) -> Path:
        return self.root / CONFIG_NAME

    @property
    def media_dir(self) -> Path:
        return self.root / MEDIA_DIR

    def language_dir(self, lang: str) -> Path:
        return self.root / lang

    def section_path(self, lang: str, slug: str) -> Path:
        return self.root / lang / f"{slug}.md"

    def relative(self, path: Path) -> str:
        """``path`` relative to the handbook root, with ``/`` separators (the form messages use)."""
        try:
            return path.resolve().relative_to(self.root).as_posix()
        except ValueError:
            return path.as_posix()

    def is_inside(self, path: Path) -> bool:
        """True when ``path`` stays inside the handbook, also through ``..`` and symlinks.

        A plain file directly in a language folder that itself stays inside is inside: that is nearly every file,
        so they are checked with one ``lstat`` instead of resolving the whole path.
        """
        parent = path.parent
        if parent.parent == self.root and ".." not in path.parts:
            inside = self._folder_inside.get(parent)
            if inside is None:
                inside = self._folder_inside[parent] = is_within(parent, self.root)
            if inside:
                try:
                    if not path.is_symlink():
                        return True
                except OSError:
                    return False
        return is_within(path, self.root)

    # Content
    def has_section(self, lang: str, slug: str) -> bool:
        path = self.section_path(lang, slug)
        return path.is_file() and self.is_inside(path)

    def files_of(self, lang: str) -> list[str]:
        """The names (without ``.md``) of the section-like files in a language folder, sorted."""
        folder = self.language_dir(lang)
        if not folder.is_dir():
            return []
        return sorted(p.stem for p in folder.glob("*.md") if p.is_file())

    def read(self, lang: str, slug: str) -> SectionText:
        """Read a section file; never raises for a user's mistake (the problem says what is wrong)."""
        path = self.section_path(lang, slug)
        rel = f"{lang}/{slug}.md"

        def unreadable(message: str, code: str) -> SectionText:
            return SectionText(path, None, error(rel, None, message, code=code))

        if not self.is_inside(path):
            return unreadable("this file points outside the handbook (a link or symlink): it is not read", "outside")
        try:
            size = path.stat().st_size
            if size > MAX_SECTION_BYTES:
                return unreadable(
                    f"the file is {size // 1048576} MB, too large for a section: split it into several sections",
                    "too-large",
                )
            raw = path.read_bytes()
        except FileNotFoundError:
            return unreadable("the file does not exist", "missing-file")
        except OSError as exc:
            return unreadable(f"cannot read the file: {exc.strerror}", "unreadable")
        return decode_section(path, rel, raw)

    def front_matter(self, lang: str, slug: str) -> FrontMatter | None:
        section = self.read(lang, slug)
        if section.text is None:
            return None
        return parse_front_matter(section.text)[0]

    def section_title(self, lang: str, slug: str) -> str:
        """The section's title in ``lang`` (front matter, else first ``#`` heading), or the slug."""
        section = self.read(lang, slug)
        if section.text is None:
            return slug
        return source_title(*parse_front_matter(section.text)) or slug

    def languages_of(self, slug: str) -> list[str]:
        """The languages a section exists in, in the handbook's language order."""
        return [lang for lang in self.config.languages if self.has_section(lang, slug)]


def decode_section(path: Path, rel: str, raw: bytes) -> SectionText:
    """Decode a section file's bytes: UTF-8 (BOM allowed); binary and other encodings are refused with a reason."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16's byte order mark (Notepad's "Unicode")
        message = 'the file is not UTF-8: it is UTF-16 text ("Unicode" in Notepad): save it as UTF-8'
        return SectionText(path, None, error(rel, 1, message, code="encoding"))
    if b"\x00" in raw[:8192]:
        return SectionText(
            path,
            None,
            error(
                rel,
                None,
                "this is not a text file (it contains binary data): a section must be Markdown text",
                code="binary",
            ),
        )
    had_bom = raw.startswith(b"\xef\xbb\xbf")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        if looks_like_cp1251(raw):
            message = (
                "the file is not UTF-8: it looks like Windows-1251 (Cyrillic) text: save it as UTF-8 (the app offers "
                f"to convert it when you open it, or run: handbook convert-encoding HANDBOOK {rel} --from cp1251)"
            )
        else:
            message = (
                f"the file is not UTF-8 (the byte 0x{raw[exc.start]:02x} on this line is not valid UTF-8): "
                "save it as UTF-8 in your editor"
            )
        return SectionText(path, None, error(rel, line, message, code="encoding"))
    newline = "\r\n" if "\r\n" in text else "\n"
    return SectionText(path, text.replace("\r\n", "\n"), None, newline, had_bom)


def looks_like_cp1251(raw: bytes) -> bool:
    """True when the bytes are not mostly valid UTF-8 and read as Windows-1251 give mostly Cyrillic letters (not
    merely: give no error, which nearly any bytes do), so the message names the encoding only when it is likely
    right."""
    as_utf8 = raw.decode("utf-8", "replace")
    damaged = as_utf8.count("\ufffd")
    if sum(1 for char in as_utf8 if ord(char) > 127) - damaged >= damaged:
        return False  # mostly valid UTF-8 letters with a few bad bytes: a damaged UTF-8 file, not Windows-1251
    try:
        text = raw.decode("cp1251")
    except UnicodeDecodeError:
        return False
    high = [char for char in text if ord(char) > 127]
    cyrillic = sum(1 for char in high if "\u0400" <= char <= "\u04ff")
    return bool(high) and cyrillic >= 0.8 * len(high)
