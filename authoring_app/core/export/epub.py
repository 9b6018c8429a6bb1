"""EPUB 3: one book per language, for e-book readers, phones and libraries — offline, without the website.

The package, in reading order::

    mimetype                          first, stored: how a reader knows the ZIP is an EPUB
    META-INF/container.xml            where the package document is
    OEBPS/content.opf                 metadata (a stable urn:uuid per handbook + language), manifest, spine
    OEBPS/nav.xhtml                   contents (parts → sections → their h2 headings) and landmarks
    OEBPS/text/_cover.xhtml           the cover: OEBPS/images/cover.svg, the title drawn in the reader's own font
    OEBPS/text/_part-N.xhtml          a title page per part, listing its sections
    OEBPS/text/<slug>.xhtml           one chapter per section (:mod:`.epub_xhtml` makes the XHTML), the glossary last
    OEBPS/text/_answers.xhtml         the answer key of every quiz, linked both ways with the questions
    OEBPS/styles/book.css             resources/epub/book.css
    OEBPS/media/…                     the images, posters, video and audio the chapters use, as on the website

Chapters keep the website's relative paths (``../media/x.png``), so the HTML needs no media rewriting. Everything
is deterministic: the same handbook gives the same bytes (ZIP times are fixed; ``dcterms:modified`` is the time of
the newest source file, or ``SOURCE_DATE_EPOCH`` when set), so a book is only "changed" when its content is.
"""

from __future__ import annotations

import io
import os
import textwrap
import tomllib
import uuid
import zipfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from urllib.parse import quote, unquote
from xml.sax.saxutils import escape, quoteattr

from lxml import etree

from ..atomic import atomic_write_bytes
from ..handbook import GLOSSARY, Handbook
from ..media_safety import media_file_problem
from ..paths import resource_path
from ..problems import Problem, error, warning
from ..render.site_words import language_name, words
from .book import Book, Chapter, make_book
from .epub_xhtml import ChapterLinks, QuizAnswer, XhtmlChapter, to_xhtml, xml_id

OEBPS = "OEBPS"
TEXT = "text"
COVER_FILE = "_cover.xhtml"
ANSWERS_FILE = "_answers.xhtml"
NAV_FILE = "nav.xhtml"
STYLESHEET = "styles/book.css"
COVER_IMAGE = "images/cover.svg"
#: ZIP entries get this time, so that the same book is the same file.
ZIP_TIME = (2000, 1, 1, 0, 0, 0)
#: Media types of the files a chapter may use; EPUB core media types, plus video (which needs no fallback).
MEDIA_TYPES = {
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".webp": "image/webp",
    ".svg": "image/svg+xml",
    ".mp3": "audio/mpeg",
    ".m4a": "audio/mp4",
    ".aac": "audio/mp4",
    ".ogg": "audio/ogg",
    ".oga": "audio/ogg",
    ".opus": "audio/ogg",
    ".webm": "video/webm",
    ".mp4": "video/mp4",
    ".m4v": "video/mp4",
    ".ogv": "video/ogg",
    ".vtt": "text/vtt",
}
#: Already compressed: stored as they are instead of deflated again.
STORED_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".webp", ".mp3", ".m4a", ".aac", ".ogg", ".oga"}) | {
    ".opus",
    ".webm",
    ".mp4",
    ".m4v",
    ".ogv",
}
XHTML_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n'
    '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang={lang} '
    'xml:lang={lang}>\n<head>\n<meta charset="UTF-8"/>\n<title>{title}</title>\n'
    '<link rel="stylesheet" type="text/css" href="{css}"/>\n</head>\n'
)


@dataclass
class _Document:
    """A content document of the book: where it is, its manifest id, and whether it is in the spine."""

    href: str  # relative to OEBPS
    id: str
    xhtml: str
    in_spine: bool = True
    properties: str = ""


@dataclass
class _Package:
    lang: str
    words: dict[str, str]
    documents: list[_Document] = field(default_factory=list)
    #: Media paths below ``media/`` (as written in the HTML) that go into the book.
    media: set[str] = field(default_factory=set)
    answers: list[tuple[Chapter, str, list[QuizAnswer]]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def build_epub(handbook: Handbook, lang: str, target: Path) -> list[Problem]:
    """Write the EPUB of ``lang`` to ``target`` (atomically) and return what the reader of the report should know.

    A section that cannot be read or converted is left out with a problem; the book is written all the same.
    """
    book = make_book(handbook, lang)
    package = _Package(lang, words(lang), problems=list(book.problems))
    available = _available_media(handbook, book, package.problems)
    chapters = _convert_chapters(book, available, package)
    included = {chapter.slug: (file_name, xhtml) for chapter, file_name, xhtml, _ in chapters}

    _add_cover(package, book)
    nav_index = len(package.documents)
    for number, part in enumerate(book.parts, start=1):
        part_chapters = [chapter for chapter in part.chapters if chapter.slug in included]
        if not part_chapters:
            continue
        page = _part_xhtml(part.title, part_chapters, package)
        package.documents.append(_Document(f"{TEXT}/_part-{number}.xhtml", f"part-{number}", page))
        for chapter in part_chapters:
            file_name, xhtml = included[chapter.slug]
            package.documents.append(_Document(f"{TEXT}/{file_name}", xml_id(f"s-{chapter.slug}"), xhtml))
    if book.glossary is not None and book.glossary.slug in included:
        file_name, xhtml = included[book.glossary.slug]
        package.documents.append(_Document(f"{TEXT}/{file_name}", "glossary", xhtml))
    for chapter, file_name, _, converted in chapters:
        package.media |= converted.media
        if converted.answers:
            package.answers.append((chapter, file_name, converted.answers))
    if package.answers:
        package.documents.append(_Document(f"{TEXT}/{ANSWERS_FILE}", "answers", _answers_xhtml(package)))
    package.documents.insert(nav_index, _Document(NAV_FILE, "nav", _nav_xhtml(book, package), properties="nav"))

    data = _zip(handbook, book, package)
    atomic_write_bytes(target, data)
    return package.problems


# ------------------------------------------------------------------------------------------------ plan ---


def _convert_chapters(
    book: Book, available: set[str], package: _Package
) -> list[tuple[Chapter, str, str, XhtmlChapter]]:
    """Each chapter as an XHTML document. One that cannot be converted is left out with a problem, and the others
    are converted again without it, so that no link points at a file the book does not have."""
    files = _chapter_files(book)
    while True:
        done: list[tuple[Chapter, str, str, XhtmlChapter]] = []
        failed = False
        for chapter in book.chapters:
            if chapter.slug not in files:
                continue
            links = ChapterLinks(chapters=files, media=available, answers=ANSWERS_FILE, own=files[chapter.slug])
            try:
                converted = to_xhtml(chapter.html, links, package.words)
                xhtml = _chapter_xhtml(chapter, converted, book.lang)
                etree.fromstring(xhtml.encode("utf-8"))  # a chapter that is not well-formed must not break the book
            except (ValueError, etree.LxmlError) as exc:
                package.problems.append(
                    error(
                        _section_file(book.lang, chapter.slug),
                        None,
                        f"the section was left out of the EPUB: it could not be made into XHTML ({exc}); "
                        "check the raw HTML in it",
                        code="epub-section",
                    )
                )
                del files[chapter.slug]
                failed = True
                break
            done.append((chapter, files[chapter.slug], xhtml, converted))
        if not failed:
            return done


def _section_file(lang: str, slug: str) -> str:
    return f"{lang}/{slug}.md"


def _chapter_files(book: Book) -> dict[str, str]:
    return {chapter.slug: f"{chapter.slug}.xhtml" for chapter in book.chapters}


def _available_media(handbook: Handbook, book: Book, problems: list[Problem]) -> set[str]:
    """The media the chapters use that exist and that a reader can show; the others are reported once each."""
    available: set[str] = set()
    for path in sorted(book.media):
        file = handbook.media_dir / unquote(path)
        suffix = PurePosixPath(unquote(path)).suffix.lower()
        users = sorted(chapter.slug for chapter in book.chapters if path in chapter.media)
        where = _section_file(book.lang, users[0]) if users else f"media/{unquote(path)}"
        if suffix not in MEDIA_TYPES or (file.is_file() and _media_type(file) is None):
            problems.append(
                warning(
                    where,
                    None,
                    f"media/{unquote(path)} is left out of the EPUB: e-book readers cannot show {suffix or 'it'}; "
                    "use PNG, JPEG, GIF, WebP or SVG for images; MP3, AAC or Opus for audio",
                    code="epub-media-type",
                )
            )
        elif not file.is_file() or not handbook.is_inside(file):
            problems.append(
                warning(
                    where,
                    None,
                    f"media/{unquote(path)} does not exist, so the EPUB shows its alt text or caption instead; "
                    "add the file or fix the path",
                    code="missing-media",
                )
            )
        elif (problem := media_file_problem(file)) is not None:
            problems.append(
                warning(where, None, f"media/{unquote(path)} is left out of the EPUB: {problem}", code="unsafe-media")
            )
        else:
            available.add(path)
    return available


def _media_type(file: Path) -> str | None:
    """The manifest's media type of a media file, or None when a reader need not be able to show it.

    Ogg audio is a core media type only with the Opus codec (EPUB 3.3); Ogg Vorbis would need a fallback the
    handbook does not have, so it stays out of the book (the caption and the transcript stay in).
    """
    media_type = MEDIA_TYPES.get(file.suffix.lower())
    if media_type == "audio/ogg":
        try:
            with file.open("rb") as handle:
                head = handle.read(128)
        except OSError:
            return None
        return "audio/ogg; codecs=opus" if b"OpusHead" in head else None
    return media_type


# ------------------------------------------------------------------------------------------- documents ---


def _head(lang: str, title: str, css: str) -> str:
    return XHTML_HEAD.format(lang=quoteattr(lang), title=escape(title), css=css)


def _chapter_xhtml(chapter: Chapter, converted: XhtmlChapter, lang: str) -> str:
    kind = "glossary" if chapter.slug == GLOSSARY else "chapter"
    heading = "" if chapter.has_h1 else f"<h1>{escape(chapter.title)}</h1>\n"
    return (
        _head(lang, chapter.title, f"../{STYLESHEET}")
        + f'<body>\n<section epub:type="{kind}" role="doc-{kind}" aria-label={quoteattr(chapter.title)}>\n'
        + heading
        + converted.body
        + "\n</section>\n</body>\n</html>\n"
    )


def _part_xhtml(title: str, chapters: list[Chapter], package: _Package) -> str:
    items = "".join(f'<li><a href="{c.slug}.xhtml">{escape(c.title)}</a></li>\n' for c in chapters)
    return (
        _head(package.lang, title, f"../{STYLESHEET}")
        + '<body>\n<section class="part-page" epub:type="part" role="doc-part">\n'
        + f"<h1>{escape(title)}</h1>\n"
        + f'<ol class="part-sections">\n{items}</ol>\n</section>\n</body>\n</html>\n'
    )


def _add_cover(package: _Package, book: Book) -> None:
    page = (
        _head(package.lang, book.title, f"../{STYLESHEET}")
        + '<body>\n<section class="cover" epub:type="cover">\n'
        + f'<img src="../{COVER_IMAGE}" alt={quoteattr(book.title)}/>\n</section>\n</body>\n</html>\n'
    )
    package.documents.append(_Document(f"{TEXT}/{COVER_FILE}", "cover", page))


def _cover_svg(book: Book) -> str:
    """The cover image: the title on a plain field, drawn by the reader in its own font (no font is embedded)."""
    lines = textwrap.wrap(book.title, width=15) or [book.title]
    size = 92
    if len(lines) > 5:
        lines = textwrap.wrap(book.title, width=22)
        size = 64
    top = 620 - (len(lines) - 1) * size * 0.6
    text = "".join(
        f'<tspan x="100" y="{top + index * size * 1.2:.0f}">{escape(line)}</tspan>' for index, line in enumerate(lines)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<svg xmlns="http://www.w3.org/2000/svg" version="1.1" viewBox="0 0 1200 1800" width="1200" height="1800" '
        f"xml:lang={quoteattr(book.lang)}>\n"
        f"<title>{escape(book.title)}</title>\n"
        '<rect width="1200" height="1800" fill="#0f3558"/>\n'
        '<rect x="100" y="200" width="160" height="12" fill="#ffd166"/>\n'
        f'<text font-family="serif" fill="#ffffff" font-weight="bold" font-size="{size}">{text}</text>\n'
        '<rect x="100" y="1560" width="1000" height="2" fill="#c9d7e6"/>\n'
        '<text x="100" y="1640" font-family="sans-serif" font-size="44" fill="#c9d7e6">'
        f"{escape(language_name(book.lang))}</text>\n</svg>\n"
    )


def _nav_xhtml(book: Book, package: _Package) -> str:
    """The navigation document: contents by parts → sections → h2 headings, then the landmarks."""
    in_book = {doc.href for doc in package.documents}
    labels = package.words
    items: list[str] = []
    first_part = ""
    for number, part in enumerate(book.parts, start=1):
        part_href = f"{TEXT}/_part-{number}.xhtml"
        if part_href not in in_book:
            continue
        first_part = first_part or part_href
        sections = []
        for chapter in part.chapters:
            href = f"{TEXT}/{chapter.slug}.xhtml"
            if href in in_book:
                sections.append(_nav_chapter(chapter, href))
        items.append(f'<li><a href="{part_href}">{escape(part.title)}</a>\n<ol>\n{"".join(sections)}</ol>\n</li>\n')
    if book.glossary is not None and f"{TEXT}/{book.glossary.slug}.xhtml" in in_book:
        items.append(_nav_chapter(book.glossary, f"{TEXT}/{book.glossary.slug}.xhtml"))
    if package.answers:
        items.append(f'<li><a href="{TEXT}/{ANSWERS_FILE}">{escape(labels["answer_key"])}</a></li>\n')
    landmarks = [
        f'<li><a epub:type="cover" href="{TEXT}/{COVER_FILE}">{escape(labels["cover"])}</a></li>\n',
        f'<li><a epub:type="toc" href="{NAV_FILE}#toc">{escape(labels["contents"])}</a></li>\n',
    ]
    if first_part:
        landmarks.append(f'<li><a epub:type="bodymatter" href="{first_part}">{escape(book.parts[0].title)}</a></li>\n')
    if package.answers:
        landmarks.append(
            f'<li><a epub:type="appendix" href="{TEXT}/{ANSWERS_FILE}">{escape(labels["answer_key"])}</a></li>\n'
        )
    return (
        _head(package.lang, labels["contents"], STYLESHEET)
        + '<body>\n<nav epub:type="toc" id="toc" role="doc-toc">\n'
        + f"<h1>{escape(labels['contents'])}</h1>\n<ol>\n{''.join(items)}</ol>\n</nav>\n"
        + f'<nav epub:type="landmarks" id="landmarks" hidden="hidden">\n<h2>{escape(labels["landmarks"])}</h2>\n'
        + f"<ol>\n{''.join(landmarks)}</ol>\n</nav>\n</body>\n</html>\n"
    )


def _nav_chapter(chapter: Chapter, href: str) -> str:
    headings = [
        f'<li><a href="{href}#{xml_id(anchor)}">{escape(text)}</a></li>\n'
        for level, anchor, text in chapter.headings
        if level == 2 and anchor and text
    ]
    nested = f"<ol>\n{''.join(headings)}</ol>\n" if headings else ""
    return f'<li><a href="{href}">{escape(chapter.title)}</a>\n{nested}</li>\n'


def _answers_xhtml(package: _Package) -> str:
    """Per chapter, each question with its correct options and feedback, and a link back to the question."""
    labels = package.words
    parts = []
    for chapter, file_name, answers in package.answers:
        parts.append(f'<h2><a href="{file_name}">{escape(chapter.title)}</a></h2>\n')
        for answer in answers:
            label = labels["correct_answers"] if len(answer.correct) > 1 else labels["correct_answer"]
            count = f'<p class="quiz-count">{escape(answer.count)}</p>\n' if answer.count else ""
            options = "".join(f'<li value="{number}">{text}</li>\n' for number, text in answer.correct)
            listing = f'<p class="answer-label">{escape(label)}:</p>\n<ol class="answer-options">\n{options}</ol>\n'
            parts.append(
                f'<div class="answer" id="{answer.key_id}">\n{count}'
                f'<p class="answer-question">{answer.question}</p>\n'
                + (listing if answer.correct else "")
                + (f'<div class="answer-feedback">\n{answer.feedback}\n</div>\n' if answer.feedback.strip() else "")
                + f'<p class="back-to-question"><a href="{file_name}#{answer.anchor}">'
                f"{escape(labels['back_to_question'])}</a></p>\n</div>\n"
            )
    return (
        _head(package.lang, labels["answer_key"], f"../{STYLESHEET}")
        + '<body>\n<section epub:type="appendix" role="doc-appendix" id="answer-key">\n'
        + f"<h1>{escape(labels['answer_key'])}</h1>\n{''.join(parts)}</section>\n</body>\n</html>\n"
    )


# ------------------------------------------------------------------------------------------ the package ---


def _identity(handbook: Handbook) -> tuple[str, list[str], str]:
    """(what identifies the handbook, its authors, its publisher) from ``[handbook]`` in handbook.toml.

    ``id`` when the author set one; otherwise the source language and its title, which outlive renames of the
    folder. So a re-export is the same book to a reader's library, and every language is a book of its own.
    """
    try:
        head = tomllib.loads(handbook.config.text).get("handbook", {}) if handbook.config.text else {}
    except tomllib.TOMLDecodeError:
        head = {}
    config = handbook.config
    identity = head.get("id") if isinstance(head.get("id"), str) else ""
    identity = identity or f"{config.source_language}:{config.title(config.source_language)}"
    authors = head.get("authors", [])
    authors = [a for a in authors if isinstance(a, str) and a.strip()] if isinstance(authors, list) else []
    publisher = head.get("publisher") if isinstance(head.get("publisher"), str) else ""
    return identity, authors, publisher


def _authors(handbook: Handbook, book: Book, declared: list[str]) -> list[str]:
    """The handbook's authors, then the sections' own (front matter ``authors``), each once, in order."""
    found = list(dict.fromkeys(declared))
    for chapter in book.chapters:
        front = handbook.front_matter(book.lang, chapter.slug)
        for name in getattr(front, "authors", None) or []:
            if isinstance(name, str) and name.strip() and name.strip() not in found:
                found.append(name.strip())
    return found


def _modified(handbook: Handbook, book: Book, media: set[str]) -> str:
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        stamp = int(epoch)
    else:
        files = [handbook.config_path, *(handbook.section_path(book.lang, c.slug) for c in book.chapters)]
        files += [handbook.media_dir / unquote(path) for path in media]
        times = [int(path.stat().st_mtime) for path in files if path.is_file()]
        stamp = max(times) if times else 0
    return datetime.fromtimestamp(stamp, tz=UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _opf(handbook: Handbook, book: Book, package: _Package) -> str:
    identity, declared_authors, publisher = _identity(handbook)
    book_id = uuid.uuid5(uuid.NAMESPACE_URL, f"handbook-studio:{identity}:{book.lang}")
    meta = [
        f'<dc:identifier id="book-id">urn:uuid:{book_id}</dc:identifier>',
        f"<dc:title>{escape(book.title or book.lang)}</dc:title>",
        f"<dc:language>{escape(book.lang)}</dc:language>",
    ]
    for number, name in enumerate(_authors(handbook, book, declared_authors), start=1):
        meta.append(f'<dc:creator id="creator-{number}">{escape(name)}</dc:creator>')
    if publisher:
        meta.append(f"<dc:publisher>{escape(publisher)}</dc:publisher>")
    meta.append(f'<meta property="dcterms:modified">{_modified(handbook, book, package.media)}</meta>')
    meta.append('<meta name="cover" content="cover-image"/>')

    manifest = []
    for doc in package.documents:
        props = f' properties="{doc.properties}"' if doc.properties else ""
        manifest.append(f'<item id="{doc.id}" href="{quote(doc.href)}" media-type="application/xhtml+xml"{props}/>')
    manifest.append(f'<item id="css" href="{STYLESHEET}" media-type="text/css"/>')
    manifest.append(
        f'<item id="cover-image" href="{COVER_IMAGE}" media-type="image/svg+xml" properties="cover-image"/>'
    )
    for number, path in enumerate(sorted(package.media), start=1):
        media_type = _media_type(handbook.media_dir / unquote(path))
        manifest.append(f'<item id="media-{number}" href="media/{quoteattr(path)[1:-1]}" media-type="{media_type}"/>')
    spine = [f'<itemref idref="{doc.id}"/>' for doc in package.documents if doc.in_spine]
    nl = "\n    "
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" '
        f"xml:lang={quoteattr(book.lang)}>\n"
        f'  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">\n    {nl.join(meta)}\n  </metadata>\n'
        f"  <manifest>\n    {nl.join(manifest)}\n  </manifest>\n"
        f"  <spine>\n    {nl.join(spine)}\n  </spine>\n</package>\n"
    )


CONTAINER = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">\n'
    '  <rootfiles>\n    <rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>\n'
    "  </rootfiles>\n</container>\n"
)


def _zip(handbook: Handbook, book: Book, package: _Package) -> bytes:
    """The EPUB's bytes: ``mimetype`` first and stored (readers sniff it at offset 38), then everything else."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:

        def put(name: str, data: bytes, *, stored: bool = False) -> None:
            info = zipfile.ZipInfo(name, ZIP_TIME)
            info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)

        put("mimetype", b"application/epub+zip", stored=True)
        put("META-INF/container.xml", CONTAINER.encode())
        put(f"{OEBPS}/content.opf", _opf(handbook, book, package).encode())
        for doc in package.documents:
            put(f"{OEBPS}/{doc.href}", doc.xhtml.encode())
        put(f"{OEBPS}/{STYLESHEET}", resource_path("epub", "book.css").read_bytes())
        put(f"{OEBPS}/{COVER_IMAGE}", _cover_svg(book).encode())
        for path in sorted(package.media):
            name = unquote(path)
            put(
                f"{OEBPS}/media/{name}",
                (handbook.media_dir / name).read_bytes(),
                stored=PurePosixPath(name).suffix.lower() in STORED_SUFFIXES,
            )
    return buffer.getvalue()
