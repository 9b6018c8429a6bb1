"""One language of the handbook as ONE self-contained HTML file: for e-mail and USB sticks.

Everything the file needs is inside it — the site's stylesheet and scripts, every image as a ``data:`` URL — so it
opens from anywhere without making a single request. What it holds, in reading order: the title, the contents
(every part, section and its ``h2`` headings, as in-page links), the parts with their sections, the glossary.
Quizzes, tabs, the gallery and the dark theme work as on the website (``site.js``); search is left out: the whole
book is one page, and the browser's own find (Ctrl+F) searches all of it without an index that would only add
weight. How each section's HTML is made fit for a shared document is in :mod:`.chapter_html`.

The same document in *print mode* is what the PDF export prints (:mod:`authoring_app.pdf_export`): a title page,
the contents, every section on a new page, details open, video shown as its poster, and the quiz answers at the
end — paper cannot check an answer.
"""

from __future__ import annotations

import html
import os
from datetime import UTC, date, datetime
from pathlib import Path

from ... import __version__
from ..atomic import atomic_write_text
from ..handbook import Handbook
from ..paths import resource_path
from ..problems import Problem, warning
from ..render.site_words import format_date, language_name, words
from .book import Book, Chapter, make_book
from .chapter_html import ChapterWriter, quiz_answers
from .inline_media import MediaInliner
from .site_pages import pygments_css

#: Points each gallery link at its image's data URL, so a picture is carried once (see chapter_html). Runs before
#: site.js, whose lightbox shows the link's target.
GALLERY_SCRIPT = """(function () {
    var links = document.querySelectorAll('a[data-hb-image]');
    Array.prototype.forEach.call(links, function (link) {
        var image = link.querySelector('img');
        if (image) { link.href = image.src; }
    });
})();"""


def _asset(*parts: str) -> str:
    return resource_path(*parts).read_text(encoding="utf-8")


def _script(code: str) -> str:
    # "</" cannot end the element early inside the script ("<\/" means the same to JavaScript).
    return "<script>\n" + code.replace("</", "<\\/") + "\n</script>"


def _style() -> str:
    css = _asset("site", "assets", "site.css") + "\n" + pygments_css() + "\n" + _asset("book", "book.css")
    return "<style>\n" + css.replace("</", "<\\/") + "\n</style>"


def _contents(book: Book, w: dict[str, str], writer: ChapterWriter) -> str:
    """Every part, section and ``h2``, as in-page links."""
    esc = html.escape
    lines = [
        '<nav class="hb-book-contents" id="hb-contents" aria-labelledby="hb-contents-title">',
        f'<h2 id="hb-contents-title">{esc(w["contents"])}</h2>',
        "<ol>",
    ]

    def section(chapter: Chapter) -> None:
        lines.append(f'<li><a href="#{esc(chapter.slug)}">{esc(chapter.title)}</a>')
        subheads = [(hid, text) for level, hid, text in chapter.headings if level == 2 and hid]
        if subheads:
            lines.append('<ol class="hb-toc-headings">')
            for hid, text in subheads:
                lines.append(f'<li><a href="#{esc(writer.anchor(chapter.slug, hid))}">{esc(text)}</a></li>')
            lines.append("</ol>")
        lines.append("</li>")

    for part in book.parts:
        lines.append(f'<li class="hb-toc-part"><a href="#part-{esc(part.slug)}">{esc(part.title)}</a>')
        lines.append("<ol>")
        for chapter in part.chapters:
            section(chapter)
        lines.append("</ol></li>")
    if book.glossary is not None:
        glossary = book.glossary
        lines.append(f'<li class="hb-toc-part"><a href="#{esc(glossary.slug)}">{esc(glossary.title)}</a></li>')
    if writer.print_mode and any(quiz_answers(c) for c in book.chapters):
        lines.append(f'<li class="hb-toc-part"><a href="#hb-answer-key">{esc(w["answer_key"])}</a></li>')
    lines += ["</ol>", "</nav>"]
    return "\n".join(lines)


def _chapter(chapter: Chapter, lang: str, w: dict[str, str], writer: ChapterWriter) -> str:
    esc = html.escape
    body = writer.rewrite(chapter, lang)
    title = "" if chapter.has_h1 else f"<h1>{esc(chapter.title)}</h1>\n"
    back = f'<p class="hb-to-contents"><a href="#hb-contents">↑ {esc(w["to_contents"])}</a></p>'
    return f'<article class="hb-article hb-book-chapter" id="{esc(chapter.slug)}">\n{title}{body}\n{back}\n</article>'


def _answer_key(book: Book, w: dict[str, str]) -> str:
    """The right options of every quiz question, by section, with the author's explanation."""
    esc = html.escape
    parts = []
    for chapter in book.chapters:
        answers = quiz_answers(chapter)
        if not answers:
            continue
        parts.append(f"<h2>{esc(chapter.title)}</h2>\n<dl>")
        for number, answer in enumerate(answers, 1):
            label = w["correct_answer"] if len(answer.correct) == 1 else w["correct_answers"]
            parts.append(f"<dt>{number}. {esc(answer.question)}</dt>")
            parts.append(f'<dd><p class="hb-answer-correct"><strong>{esc(label)}:</strong>')
            if len(answer.correct) == 1:
                parts[-1] += f" {esc(answer.correct[0])}</p>"
            else:
                parts[-1] += "</p>\n<ul>" + "".join(f"<li>{esc(c)}</li>" for c in answer.correct) + "</ul>"
            if answer.explanation:
                parts.append(f"<p>{esc(answer.explanation)}</p>")
            parts.append("</dd>")
        parts.append("</dl>")
    if not parts:
        return ""
    return (
        '<article class="hb-article hb-answer-key" id="hb-answer-key">\n'
        f"<h1>{esc(w['answer_key'])}</h1>\n" + "\n".join(parts) + "\n</article>"
    )


def edition_date(handbook: Handbook, book: Book) -> date:
    """The day the title page shows: that of the newest source text (``handbook.toml`` and the book's sections), or
    of ``SOURCE_DATE_EPOCH`` when set — so the same handbook gives the same book, whenever it is exported."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        stamp = int(epoch)
    else:
        files = [handbook.config_path, *(handbook.section_path(book.lang, c.slug) for c in book.chapters)]
        stamp = max((int(path.stat().st_mtime) for path in files if path.is_file()), default=0)
    return datetime.fromtimestamp(stamp, tz=UTC).date()


def book_document(handbook: Handbook, book: Book, *, print_mode: bool = False) -> tuple[str, list[Problem]]:
    """The whole book as one HTML document, and what the reader of the export should know about it."""
    lang = book.lang
    w = words(lang)
    esc = html.escape
    inliner = MediaInliner(handbook.media_dir)
    writer = ChapterWriter({c.slug for c in book.chapters}, inliner, w, print_mode=print_mode)
    body_words = " ".join(
        f'data-words-{key.replace("_", "-")}="{esc(w[key])}"'
        for key in ("copy", "copied", "close", "previous_image", "next_image")
    )
    out = [
        "<!doctype html>",
        f'<html lang="{esc(lang)}" dir="ltr">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(book.title)}</title>",
        f'<meta name="generator" content="Handbook Studio {esc(__version__)}">',
        _style(),
    ]
    if not print_mode:
        out.append(_script(_asset("site", "assets", "theme.js")))
    out += [
        "</head>",
        f'<body class="hb-page hb-book{" hb-book-print" if print_mode else ""}" {body_words}>',
        f'<a class="hb-skip" href="#main">{esc(w["skip"])}</a>',
        '<header class="hb-header">',
        f'<a class="hb-brand" href="#hb-contents">{esc(book.title)}</a>',
        f'<button type="button" class="hb-theme-toggle" aria-pressed="false" hidden>{esc(w["theme"])}</button>',
        "</header>",
        '<main id="main" tabindex="-1">',
        '<div class="hb-article hb-book-title">',
        f"<h1>{esc(book.title)}</h1>",
        f'<p class="hb-book-meta">{esc(language_name(lang))} · {esc(format_date(edition_date(handbook, book), lang))}'
        f" · Handbook Studio {esc(__version__)}</p>",
        "</div>",
        _contents(book, w, writer),
    ]
    for part in book.parts:
        out.append(f'<h1 class="hb-book-part-title" id="part-{esc(part.slug)}">{esc(part.title)}</h1>')
        out += [_chapter(chapter, lang, w, writer) for chapter in part.chapters]
    if book.glossary is not None:
        out.append(_chapter(book.glossary, lang, w, writer))
    if print_mode:
        out.append(_answer_key(book, w))
    out += [
        "</main>",
        f'<footer class="hb-footer hb-book-footer"><p>{esc(book.title)} · Handbook Studio {esc(__version__)}</p>'
        "</footer>",
    ]
    if not print_mode:
        out += [_script(GALLERY_SCRIPT), _script(_asset("site", "assets", "site.js"))]
    out += ["</body>", "</html>", ""]
    problems = list(writer.problems)
    problems += [
        warning(f"media/{path}", None, "this file is used by the book but could not be read: it is left out")
        for path in sorted(inliner.missing)
    ]
    return "\n".join(out), problems


def build_single_html(handbook: Handbook, lang: str, target: Path) -> list[Problem]:
    """Write ``lang``'s book as one HTML file to ``target`` (atomically)."""
    book = make_book(handbook, lang)
    document, problems = book_document(handbook, book)
    atomic_write_text(target, document)
    return [*book.problems, *problems]
