"""Links between sections: found and rewritten in prose, never inside code blocks (they show links, not use them).

A renamed section takes its links along (:func:`rewrite_links`); before a section is deleted, the GUI lists the
links that would break (:func:`links_to`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .handbook import Handbook

__all__ = ["links_to", "rewrite_links"]

_FENCE_RE = re.compile(r"^ {0,3}(`{3,}|~{3,})")


def _link_patterns(old: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    name = re.escape(old) + r"\.md"
    inline = re.compile(r"(\]\(\s*<?(?:\./|\.\./[A-Za-z-]+/)?)" + name + r"(?=[#?)>\s])")
    reference = re.compile(r"^( {0,3}\[[^\]]+\]:\s*<?(?:\./|\.\./[A-Za-z-]+/)?)" + name + r"(?=[#?>\s]|$)")
    return inline, reference


def _prose_lines(text: str) -> Iterator[tuple[int, str, bool]]:
    """``(index, line, is_prose)`` for each line; lines in fenced code blocks are not prose."""
    fence: str | None = None
    for index, line in enumerate(text.split("\n")):
        match = _FENCE_RE.match(line)
        if fence is not None:
            if match and match.group(1)[0] == fence[0] and len(match.group(1)) >= len(fence):
                fence = None
            yield index, line, False
        elif match:
            fence = match.group(1)
            yield index, line, False
        else:
            yield index, line, True


def rewrite_links(text: str, old: str, new: str) -> str:
    """``text`` with links to ``old.md`` (also ``old.md#anchor``, ``./old.md``, ``../ru/old.md`` and reference
    definitions ``[x]: old.md``) pointing to ``new.md``. Code blocks are left alone: they show links, not use them."""
    inline, reference = _link_patterns(old)

    def repl(match: re.Match[str]) -> str:
        return f"{match.group(1)}{new}.md"

    return "\n".join(
        reference.sub(repl, inline.sub(repl, line)) if prose else line for _i, line, prose in _prose_lines(text)
    )


def links_to(handbook: Handbook, slug: str) -> list[tuple[str, int]]:
    """``(file, line)`` of every link to section ``slug`` from another file, in every language: what a deletion
    would break (the GUI says so before it asks)."""
    inline, reference = _link_patterns(slug)
    found = []
    for lang in handbook.config.languages:
        for name in handbook.files_of(lang):
            if name == slug:
                continue
            text = handbook.read(lang, name).text or ""
            for index, line, prose in _prose_lines(text):
                if prose and (inline.search(line) or reference.search(line)):
                    found.append((f"{lang}/{name}.md", index + 1))
    return found
