"""A section's website HTML made into the XHTML of an EPUB chapter.

The renderer writes HTML5 for browsers that run the website's script; an EPUB reader is stricter and duller: the
XML syntax, ids that are XML names, no script, no forms, links only to what is in the book. This module rewrites the
one into the other with lxml (parse as HTML, edit the tree, serialise as XML), so the book shows what the website
shows without its interactivity:

* quizzes become the question and its options as a numbered list, with a link to the answer key (the correct options
  and the feedback move there: :class:`QuizAnswer`), and a link back;
* tabs become their panels one after the other, each under its title; ``<details>`` are open;
* video and audio keep their player (readers that can play them do) with the poster and a note as the fallback;
  a player whose file is not in the book becomes its poster or its caption alone;
* links to other sections point at their chapter files; links to what the book does not hold (a section missing in
  this language, a media file) keep their text and lose the link.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from posixpath import normpath
from urllib.parse import unquote

import lxml.html
from lxml import etree

#: How a chapter refers to a media file (chapters sit in ``OEBPS/text/``, media in ``OEBPS/media/``, as on the site).
MEDIA_PREFIX = "../media/"
#: Elements that cannot work or are not allowed in a book: they go, with their content.
DROPPED = ("script", "noscript", "template", "button", "object", "embed", "applet", "select", "textarea", "style")
#: Form elements that only wrap content: they go, their content stays.
UNWRAPPED = ("form", "label")
#: Attributes of the website that mean nothing in a book (or that epubcheck's schema does not know).
DROPPED_ATTRIBUTES = ("loading", "decoding", "download", "srcset", "sizes", "preload", "autoplay", "contenteditable")
ATTRIBUTE_NAME_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_.-]*$")
SCHEME_RE = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


def xml_id(value: str) -> str:
    """An id that is an XML name without colons (what epubcheck demands), as close to ``value`` as it can be.

    ``fn:survey`` → ``fn-survey``, ``2024`` → ``_2024``; Cyrillic and Latin letters stay. The same function rewrites
    the fragments of links, so a link and its target still meet.
    """
    cleaned = "".join(ch if ch.isalnum() or ch in "-._" else "-" for ch in value.strip())
    if not cleaned:
        return "_"
    if not (cleaned[0].isalpha() or cleaned[0] == "_"):
        cleaned = "_" + cleaned
    return cleaned


@dataclass
class QuizAnswer:
    """One question of a quiz, as its entry in the answer key."""

    #: The id of the question in its chapter and of its entry in the key (``key-`` + id).
    anchor: str
    #: "Question 1 of 2" when the quiz has several questions, else "".
    count: str
    #: XHTML of the question's first paragraph.
    question: str
    #: XHTML of each correct option, with its number in the list of options.
    correct: list[tuple[int, str]]
    #: XHTML of the feedback ("" when there is none).
    feedback: str

    @property
    def key_id(self) -> str:
        return f"key-{self.anchor}"


@dataclass
class ChapterLinks:
    """Where things are in the book, for rewriting a chapter's links."""

    #: Section slug → its chapter file name (``02-flipped-classroom.xhtml``), for the sections the book holds.
    chapters: dict[str, str]
    #: Media paths below ``media/`` (as written in the HTML) that the book holds.
    media: set[str]
    #: The file name of the answer key, relative to a chapter.
    answers: str
    #: The chapter's own file name: what ``#id`` links become when a quiz's feedback moves to the answer key.
    own: str = ""


@dataclass
class XhtmlChapter:
    #: The chapter's content as an XHTML fragment (children of ``<body>``'s section).
    body: str
    #: The media (paths below ``media/``, as written) the XHTML refers to.
    media: set[str] = field(default_factory=set)
    answers: list[QuizAnswer] = field(default_factory=list)


def to_xhtml(html: str, links: ChapterLinks, words: dict[str, str]) -> XhtmlChapter:
    """The chapter's XHTML, its media and its quizzes' answers; raises ``ValueError`` when the HTML is unusable."""
    root = lxml.html.fragment_fromstring(html or "", create_parent="div")
    _fix_void_elements(root)
    chapter = XhtmlChapter(body="")
    feedbacks: list[etree._Element] = []
    for element in list(root.iter("script", "noscript", "template", "style", "iframe")):
        _replace_iframe(element) if element.tag == "iframe" else _drop(element)
    for quiz in root.find_class("hb-quiz"):
        feedbacks += _convert_quiz(quiz, links, words, chapter.answers)
    for tabs in root.find_class("tabbed-set"):
        _convert_tabs(tabs)
    for details in root.iter("details"):
        details.set("open", "open")
    _convert_task_lists(root)
    for element in list(root.iter(*DROPPED)):
        _drop(element)
    for element in list(root.iter("input")):
        _drop(element)
    for element in list(root.iter(*UNWRAPPED)):
        element.drop_tag()
    for element in root.iter("fieldset"):
        element.tag = "div"
    for element in root.iter("legend"):
        element.tag = "p"
    chapter.media = set()
    for tree, prefix in [(root, ""), *((feedback, links.own) for feedback in feedbacks)]:
        _convert_players(tree, links, words)
        _check_images(tree, links)
        _rewrite_links(tree, links, prefix)
        _clean_attributes(tree)
        chapter.media |= _media_of(tree)
    for answer, feedback in zip(chapter.answers, feedbacks, strict=True):
        answer.feedback = _serialise_children(feedback)
    chapter.body = _serialise_children(root)
    return chapter


def _fix_void_elements(root: etree._Element) -> None:
    """libxml2's HTML parser predates HTML5 and does not know that ``<track>``, ``<source>`` and ``<wbr>`` are
    empty: it nests what follows inside them. Move that content back out, after the element."""
    for element in list(root.iter("track", "source", "wbr")):
        children = list(element)
        tail_text = element.text
        element.text = None
        for child in reversed(children):
            element.addnext(child)
        if tail_text:
            element.tail = tail_text + (element.tail or "")


# ---------------------------------------------------------------------------------------------- quizzes ---


def _convert_quiz(
    quiz: etree._Element, links: ChapterLinks, words: dict[str, str], out: list[QuizAnswer]
) -> list[etree._Element]:
    """Each question as its stem and numbered options; the answers go to ``out`` for the answer key.

    Returns each question's feedback, taken out of the chapter (one element per answer, empty when there is none):
    its links and media are made right for the answer key later, together with the chapter's own.
    """
    feedbacks: list[etree._Element] = []
    for form in quiz.find_class("hb-quiz-question"):
        anchor = _question_anchor(form, len(out) + 1)
        count_element = _first(form, "hb-quiz-count")
        count = _text(count_element) if count_element is not None else ""
        legend = form.find(".//legend")
        stem = _inner(legend) if legend is not None else ""
        question = _new("div", {"class": "quiz-question", "id": anchor})
        if count_element is not None:
            _append(question, "p", {"class": "quiz-count"}, count)
        if legend is not None:
            paragraph = _append(question, "p", {"class": "quiz-stem"})
            _move_content(legend, paragraph)
        for name in ("hb-quiz-stem", "hb-quiz-hint"):
            for found in form.find_class(name):
                question.append(found)
        options = _first(form, "hb-quiz-options")
        correct: list[tuple[int, str]] = []
        if options is not None:
            listing = _append(question, "ol", {"class": "quiz-options"})
            for number, item in enumerate(options.findall("li"), start=1):
                field_ = item.find(".//input")
                text = item.find(".//span")
                option = _append(listing, "li")
                if text is not None:
                    _move_content(text, option)
                else:
                    option.text = _text(item)
                if field_ is not None and field_.get("data-correct") == "true":
                    correct.append((number, _inner(option)))
        for extra in form.find_class("hb-quiz-extra"):
            question.append(extra)
        feedback = _first(form, "hb-quiz-feedback")
        link = _append(_append(question, "p", {"class": "quiz-answer-link"}), "a", {"href": ""})
        link.set("href", f"{links.answers}#key-{anchor}")
        link.text = words["see_answer"]
        out.append(
            QuizAnswer(
                anchor=anchor,
                count=count,
                question=stem,
                correct=correct,
                feedback="",
            )
        )
        if feedback is not None:
            feedback.drop_tree()
        feedbacks.append(feedback if feedback is not None else _new("div"))
        question.tail = form.tail
        form.getparent().replace(form, question)
    title = _first(quiz, "hb-quiz-title")
    if title is not None:
        title.set("class", "quiz-title")
    quiz.set("class", "quiz")
    return feedbacks


def _question_anchor(form: etree._Element, number: int) -> str:
    """The renderer's name of the question (``quiz-<section>-<n>-<m>``), which is unique in the whole book."""
    field_ = form.find(".//input[@name]")
    if field_ is not None:
        return xml_id(field_.get("name", ""))
    feedback = _first(form, "hb-quiz-feedback")
    if feedback is not None and feedback.get("id", "").endswith("-feedback"):
        return xml_id(feedback.get("id", "")[: -len("-feedback")])
    return f"quiz-question-{number}"


# ---------------------------------------------------------------------------------- tabs and task lists ---


def _convert_tabs(tabs: etree._Element) -> None:
    """pymdown's tabs (radio buttons + labels + panels) as the panels in order, each under its label."""
    labels = [label for holder in tabs.find_class("tabbed-labels") for label in holder.findall("label")]
    blocks = [block for holder in tabs.find_class("tabbed-content") for block in holder.find_class("tabbed-block")]
    result = _new("div", {"class": "tabs"})
    for index, block in enumerate(blocks):
        panel = _append(result, "div", {"class": "tab"})
        if index < len(labels):
            _move_content(labels[index], _append(panel, "p", {"class": "tab-title"}))
        _move_content(block, _append(panel, "div", {"class": "tab-body"}))
    result.tail = tabs.tail
    tabs.getparent().replace(tabs, result)


def _convert_task_lists(root: etree._Element) -> None:
    """A ticked or empty box as a character: a checkbox is a form control, which a book has no use for."""
    for field_ in list(root.iter("input")):
        if field_.get("type") == "checkbox":
            box = _new("span", {"class": "task-box"})
            box.text = "☑" if field_.get("checked") is not None else "☐"
            box.tail = field_.tail
            field_.getparent().replace(field_, box)


# ------------------------------------------------------------------------------------------------ media ---


def _media_path(url: str | None) -> str | None:
    """``../media/x.png`` → ``x.png``; None for anything else."""
    if not url or not url.startswith(MEDIA_PREFIX):
        return None
    path = url[len(MEDIA_PREFIX) :].split("#", 1)[0].split("?", 1)[0]
    return path if path and ".." not in path.split("/") else None


def _convert_players(root: etree._Element, links: ChapterLinks, words: dict[str, str]) -> None:
    """Video and audio with a fallback a reader can show: the poster and a note instead of a download link."""
    for player in list(root.iter("video", "audio")):
        kind = player.tag
        for fallback in player.find_class("hb-media-fallback"):
            _drop(fallback)
        src = _media_path(player.get("src"))
        poster = _media_path(player.get("poster"))
        if poster is not None and poster not in links.media:
            del player.attrib["poster"]
            poster = None
        caption = _figure_caption(player)
        if src is None or src not in links.media:
            # Nothing to play in the book: the poster (or nothing) stands in for the player.
            if poster is not None:
                image = _new("img", {"src": MEDIA_PREFIX + poster, "alt": caption, "class": "poster"})
                image.tail = player.tail
                player.getparent().replace(player, image)
            else:
                _drop(player)
            continue
        for track in list(player.iter("track")):
            # Captions are inlined as data: URLs; any other track must be a file the book holds.
            track_src = track.get("src", "")
            if not track_src.startswith("data:") and _media_path(track_src) not in links.media:
                _drop(track)
        if poster is not None:
            _append(player, "img", {"src": MEDIA_PREFIX + poster, "alt": caption, "class": "poster"})
        _append(player, "p", {"class": "media-fallback"}, words[f"book_{kind}_unsupported"])


def _figure_caption(element: etree._Element) -> str:
    figure = next((parent for parent in element.iterancestors("figure")), None)
    caption = figure.find("figcaption") if figure is not None else None
    return _text(caption) if caption is not None else ""


def _check_images(root: etree._Element, links: ChapterLinks) -> None:
    """An image the book does not hold is replaced by its alt text, so no reference in the book is broken."""
    for image in list(root.iter("img")):
        src = image.get("src", "")
        path = _media_path(src)
        if src.startswith("data:") or (path is not None and path in links.media):
            continue
        alt = image.get("alt", "")
        if alt:
            text = _new("span", {"class": "missing-image"})
            text.text = alt
            text.tail = image.tail
            image.getparent().replace(image, text)
        else:
            _drop(image)


def _media_of(root: etree._Element) -> set[str]:
    found: set[str] = set()
    for element in root.iter("img", "video", "audio", "source", "track"):
        for name in ("src", "poster"):
            path = _media_path(element.get(name))
            if path is not None:
                found.add(path)
    return found


# ------------------------------------------------------------------------------------------------ links ---


def _rewrite_links(root: etree._Element, links: ChapterLinks, prefix: str = "") -> None:
    """Ids as XML names; links to sections → their chapter files; links the book cannot follow → plain text."""
    seen: set[str] = set()
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        value = element.get("id")
        if value is not None:
            new = xml_id(value)
            while new in seen:
                new += "-x"
            seen.add(new)
            element.set("id", new)
        for name in ("for", "aria-describedby", "aria-labelledby", "aria-controls"):
            if name in element.attrib:
                del element.attrib[name]
    for link in list(root.iter("a")):
        href = link.get("href")
        if href is None:
            continue
        target = _link_target(href.strip(), links)
        if target is not None and target.startswith("#"):
            target = prefix + target
        if target is None:
            link.drop_tag()
        else:
            link.set("href", target)


def _link_target(href: str, links: ChapterLinks) -> str | None:
    if href.startswith("#"):
        return "#" + xml_id(unquote(href[1:])) if len(href) > 1 else None
    if SCHEME_RE.match(href):
        return href if href.lower().startswith(("http://", "https://", "mailto:")) else None
    path, _, fragment = href.partition("#")
    path = normpath(unquote(path.split("?", 1)[0]))
    if path == links.answers:
        return href  # the answer key, linked from a quiz
    if "/" in path or not path.endswith(".html"):
        return None  # media, the site's home page in another folder, anything else the book does not hold
    chapter = links.chapters.get(path[: -len(".html")])
    if chapter is None:
        return None
    return f"{chapter}#{xml_id(unquote(fragment))}" if fragment else chapter


def _clean_attributes(root: etree._Element) -> None:
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        for name in list(element.attrib):
            lowered = name.lower()
            if (
                lowered.startswith(("data-", "on"))
                or lowered in DROPPED_ATTRIBUTES
                or not ATTRIBUTE_NAME_RE.match(name)
                or (lowered in ("src", "href", "poster") and element.get(name, "").lower().startswith("javascript:"))
            ):
                del element.attrib[name]


def _replace_iframe(frame: etree._Element) -> None:
    """Raw ``<iframe>`` in a section: a link to what it showed (a book holds no frames)."""
    src = frame.get("src", "")
    if src.lower().startswith(("http://", "https://")):
        link = _new("a", {"href": src})
        link.text = frame.get("title") or src
        paragraph = _new("p")
        paragraph.append(link)
        paragraph.tail = frame.tail
        frame.getparent().replace(frame, paragraph)
    else:
        _drop(frame)


# ------------------------------------------------------------------------------------------------- tree ---


def _new(tag: str, attributes: dict[str, str] | None = None) -> etree._Element:
    """An element of the HTML tree's kind (so ``find_class`` and ``drop_tag`` work on it too)."""
    return lxml.html.Element(tag, attributes or {})


def _drop(element: etree._Element) -> None:
    """Remove ``element`` and its content, keeping the text that followed it."""
    parent = element.getparent()
    if parent is not None:
        element.drop_tree()


def _first(element: etree._Element, class_name: str) -> etree._Element | None:
    found = element.find_class(class_name)
    return found[0] if found else None


def _append(
    parent: etree._Element, tag: str, attributes: dict[str, str] | None = None, text: str = ""
) -> etree._Element:
    child = etree.SubElement(parent, tag, attributes or {})
    if text:
        child.text = text
    return child


def _move_content(source: etree._Element, target: etree._Element) -> None:
    target.text = (target.text or "") + (source.text or "")
    for child in list(source):
        target.append(child)


def _text(element: etree._Element) -> str:
    return " ".join("".join(element.itertext()).split())


def _inner(element: etree._Element) -> str:
    """The XHTML of the content of ``element`` (not the element itself)."""
    copy = lxml.html.fragment_fromstring(lxml.html.tostring(element, encoding="unicode"))
    _clean_attributes(copy)
    for link in list(copy.iter("a")):
        link.drop_tag()  # the answer key repeats the question's words; its links would lead the reader away
    return _serialise_children(copy)


def _serialise_children(element: etree._Element, escape: Callable[[str], str] | None = None) -> str:
    """The content of ``element`` in XML syntax (its text, then each child with its tail)."""
    from xml.sax.saxutils import escape as xml_escape

    escape = escape or xml_escape
    parts = [escape(element.text or "")]
    for child in element:
        parts.append(etree.tostring(child, encoding="unicode", method="xml", with_tail=True))
    return "".join(parts)
