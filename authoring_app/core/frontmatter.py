"""YAML front matter of a section file: split it off, parse it safely, and say where it is wrong."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml

#: Front matter larger than this is refused (a YAML "billion laughs" needs a big header or deep aliases).
MAX_FRONT_MATTER_CHARS = 64_000


@dataclass
class FrontMatter:
    """The parsed header. ``body_line`` is the 1-based file line where the Markdown body starts."""

    data: dict[str, Any] = field(default_factory=dict)
    raw: str = ""
    present: bool = False
    body_line: int = 1
    #: (line, message) pairs: what is wrong with the header, lines are 1-based file lines.
    issues: list[tuple[int, str]] = field(default_factory=list)

    @property
    def title(self) -> str | None:
        value = self.data.get("title")
        return value.strip() if isinstance(value, str) and value.strip() else None

    @property
    def summary(self) -> str | None:
        value = self.data.get("summary")
        return value.strip() if isinstance(value, str) and value.strip() else None

    def line_of_key(self, key: str) -> int:
        """The file line of ``key:`` in the header (the header's first line when absent)."""
        for offset, line in enumerate(self.raw.split("\n")):
            if line.startswith(f"{key}:"):
                return 2 + offset
        return 1


class _NoAliasLoader(yaml.SafeLoader):
    """SafeLoader that refuses anchors and aliases: front matter never needs them, and they enable YAML bombs."""

    def compose_node(self, parent, index):  # type: ignore[no-untyped-def]
        if self.check_event(yaml.events.AliasEvent):
            event = self.peek_event()
            raise yaml.constructor.ConstructorError(
                None, None, "aliases (*name) are not allowed in front matter", event.start_mark
            )
        return super().compose_node(parent, index)


_FAST_LOADER = getattr(yaml, "CSafeLoader", None)


def _load_yaml(header: str) -> object:
    """Safe YAML without aliases. libyaml's C loader when present (several times faster), after a C pass over the
    events that refuses any alias; otherwise the pure-Python loader that refuses them as it goes."""
    if _FAST_LOADER is None:
        return yaml.load(header, Loader=_NoAliasLoader)
    for event in yaml.parse(header, Loader=_FAST_LOADER):
        if isinstance(event, yaml.AliasEvent):
            raise yaml.constructor.ConstructorError(
                None, None, "aliases (*name) are not allowed in front matter", event.start_mark
            )
    return yaml.load(header, Loader=_FAST_LOADER)


def split_front_matter(text: str) -> tuple[str | None, str, int]:
    """``(header or None, body, body_line)``. The header sits between ``---`` lines at the very top."""
    if not (text.startswith("---\n") or text.startswith("---\r\n") or text == "---"):
        return None, text, 1
    lines = text.split("\n")
    for index in range(1, len(lines)):
        if lines[index].rstrip("\r") in ("---", "..."):
            header = "\n".join(line.rstrip("\r") for line in lines[1:index])
            body = "\n".join(lines[index + 1 :])
            return header, body, index + 2
    return None, text, 1


def parse_front_matter(text: str) -> tuple[FrontMatter, str]:
    """Parse the header of a section file; returns the front matter and the Markdown body.

    An unterminated header is reported and the whole text is kept as body, so nothing the author wrote is lost.
    """
    front = FrontMatter()
    if text.startswith("---") and text.split("\n", 1)[0].rstrip("\r") == "---":
        header, body, body_line = split_front_matter(text)
        if header is None:
            front.issues.append((1, "the front matter starting on line 1 is never closed with a line '---'"))
            return front, text
    else:
        return front, text
    front.present = True
    front.raw = header
    front.body_line = body_line
    if len(header) > MAX_FRONT_MATTER_CHARS:
        front.issues.append((1, f"the front matter is larger than {MAX_FRONT_MATTER_CHARS:,} characters"))
        return front, body
    try:
        data = _load_yaml(header)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = 2 + mark.line if mark is not None else 1
        reason = getattr(exc, "problem", None) or str(exc).split("\n")[0]
        front.issues.append((line, f"the front matter is not valid YAML: {reason}"))
        return front, body
    except RecursionError:
        front.issues.append((1, "the front matter is nested too deeply"))
        return front, body
    if data is None:
        data = {}
    if not isinstance(data, dict):
        front.issues.append((2, "the front matter must be 'key: value' lines (title, summary, keywords, authors)"))
        return front, body
    front.data = {str(key): value for key, value in data.items()}
    _validate_fields(front)
    return front, body


def _validate_fields(front: FrontMatter) -> None:
    data = front.data
    if "title" not in data:
        front.issues.append((1, "the front matter has no 'title': add a line 'title: …'"))
    elif not isinstance(data["title"], str) or not data["title"].strip():
        front.issues.append((front.line_of_key("title"), "'title' must be a non-empty line of text"))
    if "summary" in data and not isinstance(data["summary"], str):
        front.issues.append((front.line_of_key("summary"), "'summary' must be text"))
    for key in ("keywords", "authors"):
        if key in data:
            value = data[key]
            if not isinstance(value, list) or not all(isinstance(item, str | int | float) for item in value):
                front.issues.append((front.line_of_key(key), f"'{key}' must be a list, one '- item' per line"))


_H1_RE = re.compile(r"^# +(.+?)\s*(?:\{[^}]*\})?\s*#*\s*$")
_INLINE_MARK_RE = re.compile(r"(\*\*|__|==|\^\^|~~|[*_`])")


def source_title(front: FrontMatter, body: str) -> str | None:
    """A section's title as its source says it: the front matter's, else the first ``# Heading`` (without its
    ``{#id}`` and emphasis marks). Navigation, search and the page itself all use this one rule."""
    if front.title:
        return front.title
    in_fence = False
    for line in body.split("\n"):
        if line.startswith(("```", "~~~")):
            in_fence = not in_fence
        elif not in_fence:
            match = _H1_RE.match(line)
            if match:
                title = _INLINE_MARK_RE.sub("", match.group(1)).strip()
                return title or None
    return None
