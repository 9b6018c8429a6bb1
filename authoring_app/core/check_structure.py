"""The structure of each translation against its source (or pivot): the first place where the sequence of shapes
(headings, paragraphs, lists, blocks …) differs, said as a person would look for it. Part of ``handbook check``.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from typing import Protocol

from .handbook import GLOSSARY, Handbook
from .problems import Problem, warning
from .render import RenderedSection
from .segments import Segment

SHAPE_NAMES = {
    "title": "the title",
    "summary": "the summary",
    "heading": "a heading",
    "paragraph": "a paragraph",
    "list-item": "a list item",
    "table": "a table",
    "code": "a code block",
    "block": "a block",
    "definition": "a definition",
    "quote": "a quote",
    "footnote": "a footnote",
    "abbreviation": "an abbreviation",
    "html": "raw HTML",
}


class CheckedPage(Protocol):
    """What the comparison needs of a rendered file (``check``'s pages)."""

    rel: str
    rendered: RenderedSection

    @property
    def segments(self) -> list[Segment]: ...


def structure_problems(hb: Handbook, pages: Mapping[tuple[str, str], CheckedPage]) -> list[Problem]:
    """One warning per translation whose structure differs from its source's (or pivot's)."""
    problems: list[Problem] = []
    config = hb.config
    for (lang, name), page in sorted(pages.items()):
        if lang == config.source_language:
            continue
        pivot = config.pivot_of(lang)
        original = pages.get((pivot, name))
        if original is None:
            if name != GLOSSARY and hb.has_section(pivot, name) is False and pivot != config.source_language:
                problems.append(
                    warning(
                        page.rel,
                        None,
                        f"this translation has no {pivot}/{name}.md to be translated "
                        f"from ('{pivot}' is its pivot language)",
                        code="no-pivot",
                    )
                )
            continue
        problem = compare_structure(page, original)
        if problem is not None:
            problems.append(problem)
    return problems


def compare_structure(page: CheckedPage, original: CheckedPage) -> Problem | None:
    """The first difference of shape between a translation and its original, or None."""
    if page.rendered.front.issues or original.rendered.front.issues:
        return None  # the front-matter error is reported; a structure warning on top would only repeat it
    mine = page.segments
    theirs = original.segments
    a = [s.shape for s in theirs]
    b = [s.shape for s in mine]
    if a == b:
        return None
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    for tag, a1, a2, b1, b2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        return warning(
            page.rel,
            line_for(mine, b1),
            describe(tag, theirs, a1, a2, mine, b1, b2, original.rel),
            code="structure",
        )
    return None


def line_for(segments: list[Segment], index: int) -> int | None:
    if index < len(segments):
        return segments[index].start
    return segments[-1].end if segments else None


def describe(
    tag: str,
    theirs: list[Segment],
    a1: int,
    a2: int,
    mine: list[Segment],
    b1: int,
    b2: int,
    source_rel: str,
) -> str:
    def name(segment: Segment) -> str:
        text = SHAPE_NAMES.get(segment.kind, segment.kind)
        if segment.kind == "heading":
            text = f"a level-{segment.name} heading"
        elif segment.kind == "block":
            text = f"a '{segment.name}' block"
        return text

    prefix = f"the structure differs from {source_rel}: "
    if tag == "replace":
        return prefix + (
            f"here is {name(mine[b1])} where the source has {name(theirs[a1])} (source line {theirs[a1].start})"
        )
    if tag == "delete":
        missing = a2 - a1
        return prefix + (
            f"{missing} part{'s' if missing > 1 else ''} of the source {'are' if missing > 1 else 'is'}"
            f" missing here, starting with {name(theirs[a1])} (source line {theirs[a1].start})"
        )
    extra = b2 - b1
    return (
        prefix + f"{extra} part{'s' if extra > 1 else ''} here {'have' if extra > 1 else 'has'} no "
        f"counterpart in the source, starting with {name(mine[b1])}"
    )
