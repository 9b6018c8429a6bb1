"""``handbook check``: everything that would make the published handbook wrong, with file, line and a remedy.

The checker renders every file with the same renderer the preview and the exports use, so a link or a media file
it accepts is one the website will show. Order of work: the configuration, then every file of every language
(rendered once and kept), then links between them, then the structure of each translation against its source,
then what each translated segment must keep from its source (links, ids, numbers, media, code: the ``qa-*``
warnings of :mod:`.translation.qa`).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from urllib.parse import unquote

from .check_structure import structure_problems
from .config import CONFIG_NAME, LANGUAGE_RE, RESERVED_SECTION_NAMES
from .handbook import GLOSSARY, MEDIA_DIR, STATE_DIR, Handbook
from .media_safety import media_file_problem
from .problems import HandbookLoadError, Problem, error, split_problems, warning
from .render import RenderContext, RenderedSection, SectionRenderer
from .segments import Segment, segment_section
from .translation.qa import QaFile, check_translations

REMOTE_RE = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)
RAW_REMOTE_RE = re.compile(
    r"""<(?:iframe|script|img|video|audio|source|link|object|embed)\b[^>]*?"""
    r"""\b(?:src|href|data)\s*=\s*["']?(https?:)?//""",
    re.IGNORECASE,
)
#: What the ``data-problem`` marks that the dialect blocks set mean, and what to do.
BLOCK_PROBLEMS = {
    "no-correct-answer": "a quiz question has no correct option: mark the right one(s) with '- [x]'",
    "no-options": "a quiz question has no options: add lines '- [ ] wrong answer' and '- [x] right answer'",
    "no-questions": "the quiz has no questions: write a question followed by its options",
    "no-src": "the video or audio block has no 'src:' line: add 'src: ../media/<file>'",
    "no-url": "the embed block has no 'url:' line: add the address of the online content",
    "unsafe-url": "a block uses an address that is not allowed (javascript: or data:): use a file in media/ "
    "or an https:// address",
    "no-images": "the gallery has no images: add lines '- ../media/<file> | alt text'",
    "too-deep": "lists or quotes are nested too deeply here (over 100 levels of '>' or 200 spaces of indent), "
    "so the block is shown flattened: nest them less deeply",
    "unknown-fallback": "the embed's fallback is not an image, video or audio file: use e.g. a .png, .webm or .ogg",
}


@dataclass
class CheckReport:
    """The outcome of a check; ``exit_code`` is what the CLI returns (0 fine, 1 errors, 2 cannot load)."""

    problems: list[Problem] = field(default_factory=list)
    load_error: Problem | None = None
    files_checked: int = 0

    @property
    def errors(self) -> list[Problem]:
        return split_problems(self.problems)[0]

    @property
    def warnings(self) -> list[Problem]:
        return split_problems(self.problems)[1]

    @property
    def exit_code(self) -> int:
        if self.load_error is not None:
            return 2
        return 1 if self.errors else 0

    def ordered(self) -> list[Problem]:
        if self.load_error is not None:
            return [self.load_error]
        return sorted(self.problems, key=lambda p: (p.file, p.line or 0, p.column or 0, p.message))


@dataclass
class _Page:
    lang: str
    name: str  # file name without .md
    rel: str
    rendered: RenderedSection
    text: str

    @cached_property
    def segments(self) -> list[Segment]:
        """Made once: the structure check and the translation QA both need them."""
        return segment_section(self.text)


class _Checker:
    def __init__(self, handbook: Handbook, progress: Callable[[str], None] | None) -> None:
        self.hb = handbook
        self.config = handbook.config
        self.problems: list[Problem] = []
        self.pages: dict[tuple[str, str], _Page] = {}
        self.renderer = SectionRenderer()
        self.progress = progress or (lambda _message: None)
        self.files_checked = 0
        #: Media files already reported as unpublishable (once per file, at its first use).
        self.media_reported: set[Path] = set()

    def add(self, problem: Problem) -> None:
        self.problems.append(problem)

    # --- the configuration and the folders -------------------------------------------------------------------
    def check_config(self) -> None:
        errors, warnings = self.config.validate()
        self.problems.extend(errors + warnings)

    def check_folders(self) -> None:
        listed = set(self.config.sections)
        source = self.config.source_language
        for lang in self.config.languages:
            folder = self.hb.language_dir(lang)
            if not folder.is_dir():
                if lang == source:
                    self.add(
                        error(
                            f"{lang}/",
                            None,
                            f"the source language folder '{lang}/' does not exist: "
                            "create it and write the sections there",
                            code="missing-folder",
                        )
                    )
                else:
                    self.add(
                        warning(
                            f"{lang}/",
                            None,
                            f"there is no folder '{lang}/' yet: nothing is translated into this language",
                            code="missing-folder",
                        )
                    )
                continue
            for name in self.hb.files_of(lang):
                if name in listed or name == GLOSSARY:
                    continue
                if name in RESERVED_SECTION_NAMES:
                    continue
                self.add(
                    warning(
                        f"{lang}/{name}.md",
                        None,
                        f"no part in {CONFIG_NAME} lists this file, so it is "
                        f'not published: add "{name}" to a part\'s sections or remove the file',
                        code="unlisted-file",
                    )
                )
        known = set(self.config.languages) | {MEDIA_DIR, STATE_DIR}
        for child in sorted(self.hb.root.iterdir()):
            if child.is_dir() and child.name not in known and LANGUAGE_RE.match(child.name) and any(child.glob("*.md")):
                self.add(
                    warning(
                        f"{child.name}/",
                        None,
                        f"the folder '{child.name}/' holds Markdown files but "
                        f"'{child.name}' is not in languages in {CONFIG_NAME}",
                        code="unknown-language",
                    )
                )

    def check_sources_exist(self) -> None:
        source = self.config.source_language
        for part in self.config.parts:
            for slug in part.sections:
                if not self.hb.has_section(source, slug) and not self.hb.section_path(source, slug).is_symlink():
                    line = self.config.line_of(f'"{slug}"', part.line or 1)
                    self.add(
                        error(
                            CONFIG_NAME,
                            line,
                            f"part '{part.slug}' lists section '{slug}', but "
                            f"{source}/{slug}.md does not exist: create it or remove it from the list",
                            code="missing-section",
                        )
                    )

    # --- every file ----------------------------------------------------------------------------------------
    def render_all(self) -> None:
        names = [*self.config.sections, GLOSSARY]
        for lang in self.config.languages:
            for name in names:
                path = self.hb.section_path(lang, name)
                if not path.exists() and not path.is_symlink():
                    continue
                self.progress(f"{lang}/{name}.md")
                self.render_file(lang, name)

    def render_file(self, lang: str, name: str) -> None:
        rel = f"{lang}/{name}.md"
        section = self.hb.read(lang, name)
        self.files_checked += 1
        if section.text is None:
            if section.problem:
                self.add(section.problem)
            return
        ctx = RenderContext(
            lang=lang,
            languages=self.config.languages,
            source_language=self.config.source_language,
            root=self.hb.root,
            base_dir=self.hb.language_dir(lang),
            section=name,
            link_url=lambda target: target,
            read_text=None,
        )
        try:
            rendered = self.renderer.render(section.text, ctx)
        except RecursionError:
            self.add(
                error(
                    rel,
                    None,
                    "the text is nested too deeply to render (lists or quotes inside each other "
                    "hundreds of levels deep): flatten it",
                    code="too-deep",
                )
            )
            self.renderer = SectionRenderer()
            return
        except Exception as exc:
            self.add(
                error(
                    rel,
                    None,
                    f"the file could not be rendered ({type(exc).__name__}: {exc}); please "
                    "report this with the file attached",
                    code="render-failed",
                )
            )
            self.renderer = SectionRenderer()
            return
        self.pages[(lang, name)] = _Page(lang, name, rel, rendered, section.text)
        for line, message in rendered.front.issues:
            self.add(error(rel, line, message, code="front-matter"))
        if not rendered.title and name != GLOSSARY and not rendered.front.issues:
            self.add(
                warning(
                    rel,
                    1,
                    "the section has no title: add front matter with 'title: …' or a '# Heading'",
                    code="no-title",
                )
            )
        for line, codes in rendered.block_problems:
            for code in codes.split():
                message = BLOCK_PROBLEMS.get(code, f"a block has a problem ({code})")
                self.add(error(rel, line, message, code=f"block-{code}"))
        self.check_raw_remote(rel, section.text)
        self.check_removed_html(rel, rendered)

    def check_removed_html(self, rel: str, rendered: RenderedSection) -> None:
        """One warning for each piece of raw HTML the sanitiser takes out (a 'javascript:' Markdown link is
        already an error, said once)."""
        unsafe_links = {ref.line for ref in rendered.links if ref.url.lower().startswith("javascript:")}
        for line, what, hint in rendered.removed_html:
            if what.startswith("the javascript: address") and what.endswith("<a>") and line in unsafe_links:
                continue
            self.add(
                warning(
                    rel,
                    line,
                    f"raw HTML that is not allowed, {what}, is removed on export and in the preview: {hint}",
                    code="unsafe-html",
                )
            )

    def check_media_file(self, rel: str, line: int | None, target: Path, column: int | None = None) -> None:
        """A damaged image, a decompression bomb or an SVG with scripts: named once, where it is first used."""
        if target in self.media_reported:
            return
        problem = media_file_problem(target)
        if problem is None:
            return
        self.media_reported.add(target)
        name = self.hb.relative(target)
        report = warning if target.suffix.lower() == ".svg" else error
        self.add(report(rel, line, f"{name} is not published: {problem}", code="unsafe-media", column=column))

    def check_raw_remote(self, rel: str, text: str) -> None:
        in_fence = False
        for number, line in enumerate(text.split("\n"), 1):
            if line.lstrip().startswith(("```", "~~~")):
                in_fence = not in_fence
            if not in_fence and RAW_REMOTE_RE.search(line):
                self.add(
                    warning(
                        rel,
                        number,
                        "raw HTML loads something from the Internet, which will not show "
                        "offline: put the file in media/ instead",
                        code="offline",
                    )
                )

    # --- links, images and media ----------------------------------------------------------------------------
    def check_references(self) -> None:
        for page in self.pages.values():
            self.check_page_references(page)

    def check_page_references(self, page: _Page) -> None:
        rendered = page.rendered
        # Images a block needs (gallery, embed fallback) are checked once, as the block's media, below.
        block_media = {media.path for media in rendered.media}
        for ref in rendered.links:
            if ref.kind == "link":
                self.check_link(page, ref.url, ref.line, ref.column)
            elif ref.kind == "image":
                if ref.alt is None or not ref.alt.strip():
                    self.add(
                        error(
                            page.rel,
                            ref.line,
                            f"the image '{ref.url}' has no alt text: describe it for "
                            "readers who cannot see it, e.g. ![what it shows](…)",
                            code="no-alt",
                            column=ref.column,
                        )
                    )
                if ref.url not in block_media:
                    self.check_file_reference(page, ref.url, ref.line, ref.column, "image")
        for media in rendered.media:
            if REMOTE_RE.match(media.path):
                self.add(
                    warning(
                        page.rel,
                        media.line,
                        f"the {media.role} '{media.path}' is on the Internet and "
                        "will not load offline: put the file in media/",
                        code="offline",
                    )
                )
                continue
            target = self.resolve(page, media.path)
            if target is None:
                self.add(
                    error(
                        page.rel,
                        media.line,
                        f"the {media.role} path '{media.path}' leads outside the "
                        "handbook: keep media in the handbook's media/ folder",
                        code="outside",
                    )
                )
            elif not target.is_file():
                message = f"the {media.role} file '{media.path}' does not exist"
                if media.lang:
                    message += f" (the {media.role} for '{media.lang}')"
                    hint = (
                        ": add it, or the video plays without them in this language"
                        if media.role == "captions"
                        else ": add it to media/"
                    )
                else:
                    hint = ": add it to media/ or correct the path"
                problem = error if media.required else warning
                self.add(problem(page.rel, media.line, message + hint, code="missing-media"))
            else:
                self.check_media_file(page.rel, media.line, target)

    def resolve(self, page: _Page, url: str) -> Path | None:
        path = unquote(url.split("#", 1)[0].split("?", 1)[0])
        if path.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:[\\/]", path):
            return None
        target = (self.hb.language_dir(page.lang) / path).resolve()
        return target if self.hb.is_inside(target) else None

    def check_file_reference(self, page: _Page, url: str, line: int | None, column: int | None, what: str) -> None:
        if not url:
            self.add(error(page.rel, line, f"an {what} has an empty path", code="missing-media", column=column))
            return
        if url.startswith("data:"):
            return
        if REMOTE_RE.match(url) or url.startswith("//"):
            self.add(
                warning(
                    page.rel,
                    line,
                    f"the {what} '{url}' is on the Internet and will not load offline: put the file in media/",
                    code="offline",
                    column=column,
                )
            )
            return
        target = self.resolve(page, url)
        if target is None:
            self.add(
                error(
                    page.rel,
                    line,
                    f"the {what} path '{url}' leads outside the handbook: keep media in the handbook's media/ folder",
                    code="outside",
                    column=column,
                )
            )
        elif not target.is_file():
            self.add(
                error(
                    page.rel,
                    line,
                    f"the {what} file '{url}' does not exist: add it to media/ or correct the path",
                    code="missing-media",
                    column=column,
                )
            )
        else:
            self.check_media_file(page.rel, line, target, column)

    def check_link(self, page: _Page, url: str, line: int | None, column: int | None) -> None:
        if REMOTE_RE.match(url) or url.startswith(("mailto:", "tel:", "//", "data:")):
            return
        if url.lower().startswith("javascript:"):
            self.add(
                error(
                    page.rel,
                    line,
                    "a 'javascript:' link is not allowed: link to a page or a file",
                    code="unsafe-link",
                    column=column,
                )
            )
            return
        path, _, anchor = url.partition("#")
        path = unquote(path.split("?", 1)[0])
        anchor = unquote(anchor)
        if not path:
            if anchor and anchor not in page.rendered.ids:
                self.add(
                    error(
                        page.rel,
                        line,
                        f"the link '#{anchor}' points to an anchor that is not on this page"
                        f"{self.suggest(anchor, page.rendered.ids)}",
                        code="broken-anchor",
                        column=column,
                    )
                )
            return
        target = self.resolve(page, path)
        if target is None:
            self.add(
                error(
                    page.rel,
                    line,
                    f"the link '{url}' leads outside the handbook",
                    code="outside",
                    column=column,
                )
            )
            return
        if target.suffix == ".md" and target.parent == self.hb.language_dir(page.lang).resolve():
            key = (page.lang, target.stem)
            if key not in self.pages:
                if target.is_file():
                    return  # a file that is not rendered (unlisted): reported where the file is
                where = (
                    "in this language"
                    if self.hb.has_section(self.config.source_language, target.stem)
                    else "in any language"
                )
                self.add(
                    error(
                        page.rel,
                        line,
                        f"the link '{url}' points to {page.lang}/{path}, which does not "
                        f"exist {where}: correct the link or translate that section first",
                        code="broken-link",
                        column=column,
                    )
                )
                return
            if anchor and anchor not in self.pages[key].rendered.ids:
                self.add(
                    error(
                        page.rel,
                        line,
                        f"the link '{url}' points to the anchor '#{anchor}', which is not in "
                        f"{page.lang}/{path}{self.suggest(anchor, self.pages[key].rendered.ids)}",
                        code="broken-anchor",
                        column=column,
                    )
                )
            return
        if not target.exists():
            self.add(
                error(
                    page.rel,
                    line,
                    f"the link '{url}' points to a file that does not exist",
                    code="broken-link",
                    column=column,
                )
            )

    @staticmethod
    def suggest(anchor: str, ids: set[str]) -> str:
        close = difflib.get_close_matches(anchor, sorted(i for i in ids if not i.startswith("fn")), n=1)
        return f" (did you mean '#{close[0]}'?)" if close else ""

    # --- translations against their source ------------------------------------------------------------------
    def check_structure(self) -> None:
        self.problems.extend(structure_problems(self.hb, self.pages))

    def check_translations(self) -> None:
        files = {
            key: QaFile(page.lang, page.rel, page.text, page.rendered, page.segments)
            for key, page in self.pages.items()
        }
        self.problems.extend(check_translations(self.hb, files))

    def run(self) -> None:
        self.check_config()
        self.check_folders()
        self.check_sources_exist()
        self.render_all()
        self.check_references()
        self.check_structure()
        self.check_translations()


def check_handbook(root: Path | str, progress: Callable[[str], None] | None = None) -> CheckReport:
    """Check a handbook folder; never raises for a problem in the handbook."""
    try:
        handbook = Handbook.load(root)
    except HandbookLoadError as exc:
        return CheckReport(load_error=exc.problem)
    checker = _Checker(handbook, progress)
    checker.run()
    # One problem reported twice (e.g. the same file by two routes) is said once.
    unique = list(dict.fromkeys(checker.problems))
    return CheckReport(problems=unique, files_checked=checker.files_checked)
