"""Comparing rendered HTML in golden tests: whitespace between tags is not significant, except inside ``<pre>``."""

from __future__ import annotations

import re

PRE_RE = re.compile(r"(<pre\b.*?</pre>)", re.S)


def normalise(html: str) -> str:
    """Whitespace between tags removed (it is not significant here), except inside ``<pre>``."""
    parts = PRE_RE.split(html.strip())
    return "".join(part if index % 2 else re.sub(r">\s+<", "><", part) for index, part in enumerate(parts))


def pretty(html: str) -> str:
    """One tag a line: a failing comparison shows the differing tag."""
    parts = PRE_RE.split(normalise(html))
    return "".join(part if index % 2 else part.replace("><", ">\n<") for index, part in enumerate(parts))
