"""Split a section's Markdown body into its top-level blocks, each with its source lines.

This is the one place that knows where a block starts and ends. The renderer uses it to put ``data-line`` on
every top-level element (scroll sync, click-to-source, check messages with lines), and segmentation builds on it.
It follows Python-Markdown's rules closely enough for those purposes; the renderer remains the judge of what a
block means.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

FENCE_RE = re.compile(r"^(?P<indent> {0,3})(?P<fence>`{3,}|~{3,})")
DIALECT_OPEN_RE = re.compile(r"^(?P<slashes>/{3,})\s*(?P<name>[A-Za-z][\w-]*)\s*(?:\|\s*(?P<title>.*?))?\s*$")
DIALECT_CLOSE_RE = re.compile(r"^(?P<slashes>/{3,})\s*$")
ATX_RE = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+|$)")
SETEXT_RE = re.compile(r"^ {0,3}(=+|-+)\s*$")
HR_RE = re.compile(r"^ {0,3}([-*_])(?: *\1){2,} *$")
BULLET_RE = re.compile(r"^(?P<indent> {0,3})(?P<marker>[-*+])[ \t]+")
ORDERED_RE = re.compile(r"^(?P<indent> {0,3})(?P<marker>\d{1,9}[.)])[ \t]+")
TABLE_SEP_RE = re.compile(r"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")
QUOTE_RE = re.compile(r"^ {0,3}>")
FOOTNOTE_RE = re.compile(r"^ {0,3}\[\^[^\]]+\]:")
#: As Python-Markdown reads them: an abbreviation starts its line; a reference is the label, one URL and an
#: optional title, and nothing else on the line.
ABBR_RE = re.compile(r"^\*\[(?P<term>[^\\]*?)\][ ]?:")
REFDEF_RE = re.compile(r"""^ {0,3}\[(?!\^)[^\[\]]*\]:[ \t]*\S+[ \t]*(?:(["']).*\1[ \t]*|\(.*\)[ \t]*)?$""")
HTML_RE = re.compile(r"^ {0,3}<(?:[A-Za-z][\w-]*|!--|/[A-Za-z])")
DEFINITION_RE = re.compile(r"^ {0,3}:[ \t]+")
INDENTED_RE = re.compile(r"^(?: {4}|\t)")
HTML_BLOCK_TAG_RE = re.compile(r"^ {0,3}<([A-Za-z][\w-]*)(?=[\s/>]|$)")
COMMENT_START_RE = re.compile(r"^ {0,3}<!--")
#: How Python-Markdown's HTML parser ends a comment.
COMMENT_CLOSE_RE = re.compile(r"--!?>")
#: Python-Markdown's block-level tags that hold content (``hr`` has none): a raw HTML block starting with one runs
#: until it is closed, across blank lines.
_RAW_BLOCK_TAG_NAMES = (
    "address article aside blockquote body canvas center colgroup dd details div dl dt fieldset figcaption figure "
    "footer form group h1 h2 h3 h4 h5 h6 header hgroup html iframe legend li main map math menu nav noscript "
    "object ol option output p pre progress script section style summary table tbody td textarea tfoot th thead "
    "tr ul video"
)
RAW_BLOCK_TAGS = frozenset(_RAW_BLOCK_TAG_NAMES.split())
#: Characters Python-Markdown never reads: BEL (the renderer's line marker, removed first), STX and ETX.
UNREAD_RE = re.compile("[\x07\x02\x03]")


#: Block kinds that only define something (a footnote, an abbreviation, a link reference): nothing shows there.
DEFINES = frozenset({"footnote", "abbr", "refdef"})


@dataclass(frozen=True)
class Block:
    """A top-level block. ``start``/``end`` are 1-based file lines (inclusive)."""

    kind: str  # heading, paragraph, list, table, code, dialect, quote, hr, html, deflist, footnote, abbr, refdef
    start: int
    end: int
    text: str
    #: heading level, dialect block name (``quiz``, ``note``, ``tab`` …), list kind (``ul``/``ol``)
    name: str = ""

    def lines(self) -> list[str]:
        return self.text.split("\n")


def _is_blank(line: str) -> bool:
    return not line.strip()


def _list_marker(line: str) -> str | None:
    if BULLET_RE.match(line) and not HR_RE.match(line):
        return "ul"
    if ORDERED_RE.match(line):
        return "ol"
    return None


class _Splitter:
    def __init__(self, body: str, first_line: int) -> None:
        #: The lines as written, and as read: the renderer removes BEL (its line marker) before Python-Markdown
        #: sees the text, and Python-Markdown removes STX and ETX (its placeholders' ends), so none of them may
        #: change what a line starts (``\x02/// note`` opens a block).
        self.written = body.split("\n")
        self.lines = UNREAD_RE.sub("", body).split("\n") if UNREAD_RE.search(body) else self.written
        self.first = first_line
        self.i = 0
        self.blocks: list[Block] = []
        #: The last line that can close an HTML comment (-1: none).
        self.last_comment_close = max(
            (n for n, line in enumerate(self.lines) if "-" in line and COMMENT_CLOSE_RE.search(line)), default=-1
        )

    def emit(self, kind: str, start: int, end: int, name: str = "") -> None:
        while end > start and _is_blank(self.lines[end]):
            end -= 1  # an unclosed block at the end of the file ends at its last text
        text = "\n".join(self.written[start : end + 1])
        self.blocks.append(Block(kind, self.first + start, self.first + end, text, name))

    def next_nonblank(self, index: int) -> int:
        while index < len(self.lines) and _is_blank(self.lines[index]):
            index += 1
        return index

    def run(self) -> list[Block]:
        while True:
            self.i = self.next_nonblank(self.i)
            if self.i >= len(self.lines):
                return self.blocks
            if DEFINITION_RE.match(self.lines[self.i]) and self.blocks and self.blocks[-1].kind not in DEFINES:
                self.i = self.loose_definition(self.i) + 1
                continue
            self.i = self.one_block(self.i) + 1

    def loose_definition(self, i: int) -> int:
        """``: definition`` after a blank line belongs with the block before it: Python-Markdown makes a paragraph
        there the term of a loose definition list, and puts the definition in a list of its own after anything else.
        (Split apart, the renderer's line marker would become the term.)"""
        previous = self.blocks.pop()
        end = self.deflist_end(i)
        kind = "deflist" if previous.kind in ("paragraph", "deflist") else previous.kind
        self.emit(kind, previous.start - self.first, end, "" if kind == "deflist" else previous.name)
        return end

    # Each reader returns the index of the block's last line.
    def one_block(self, i: int) -> int:
        line = self.lines[i]
        if FENCE_RE.match(line):
            end = self.fence_end(i)
            self.emit("code", i, end)
            return end
        match = DIALECT_OPEN_RE.match(line)
        if match:
            return self.dialect(i, match)
        heading = ATX_RE.match(line)
        if heading:
            self.emit("heading", i, i, str(len(heading.group(1))))
            return i
        if HR_RE.match(line):
            self.emit("hr", i, i)
            return i
        if FOOTNOTE_RE.match(line):
            end = self.indented_continuation(i)
            first_run = range(i + 1, min(end, self.until_blank(i)) + 1)
            if (first_run and SETEXT_RE.match(self.lines[i + 1])) or any(
                DEFINITION_RE.match(self.lines[j]) for j in first_run
            ):
                return self.paragraph(i)  # Python-Markdown reads a heading or a definition list, not a footnote
            self.emit("footnote", i, end)
            return end
        abbreviation = ABBR_RE.match(line)
        if abbreviation and abbreviation.group("term").strip():
            # Python-Markdown wants a term and a title, which may stand on the next line.
            if line[abbreviation.end() :].strip():
                self.emit("abbr", i, i)
                return i
            if i + 1 < len(self.lines) and not _is_blank(self.lines[i + 1]):
                self.emit("abbr", i, i + 1)
                return i + 1
        if REFDEF_RE.match(line):
            self.emit("refdef", i, i)
            return i
        marker = _list_marker(line)
        if marker:
            end = self.list_end(i, marker)
            self.emit("list", i, end, marker)
            return end
        if QUOTE_RE.match(line):
            end = self.until_blank(i)
            self.emit("quote", i, end)
            return end
        if HTML_RE.match(line):
            end = self.html_end(i)
            self.emit("html", i, end)
            return end
        if INDENTED_RE.match(line):
            end = self.indented_code_end(i)
            self.emit("code", i, end, "indented")
            return end
        return self.paragraph(i)

    def fence_end(self, i: int) -> int:
        match = FENCE_RE.match(self.lines[i])
        assert match is not None
        fence = match.group("fence")
        # pymdownx.superfences closes a fence only with the same fence (a longer one is text inside it).
        closing = re.compile(rf"^ {{0,3}}{re.escape(fence)}\s*$")
        j = i + 1
        while j < len(self.lines):
            if closing.match(self.lines[j].strip() if self.lines[j].startswith("    ") else self.lines[j]):
                return j
            j += 1
        return len(self.lines) - 1

    def dialect_end(self, i: int, slashes: str) -> int:
        """Index of the line closing the ``///`` block opened at ``i`` (same number of slashes)."""
        depth = 1
        j = i + 1
        while j < len(self.lines):
            line = self.lines[j]
            if FENCE_RE.match(line):
                j = self.fence_end(j) + 1
                continue
            if self.raw_start(j):  # raw HTML is taken out before pymdownx.blocks reads the lines
                closed = _html_close_line(self.lines, j)
                if closed is None:
                    break
                j = closed + 1
                continue
            close = DIALECT_CLOSE_RE.match(line)
            if close and close.group("slashes") == slashes:
                depth -= 1
                if depth == 0:
                    return j
            else:
                opened = DIALECT_OPEN_RE.match(line)
                if opened and opened.group("slashes") == slashes:
                    depth += 1
            j += 1
        return len(self.lines) - 1

    def dialect(self, i: int, match: re.Match[str]) -> int:
        name = match.group("name").lower()
        slashes = match.group("slashes")
        end = self.dialect_end(i, slashes)
        if name == "tab":
            # Consecutive tabs form one tab set: one block, so nothing comes between them when rendered.
            while True:
                nxt = self.next_nonblank(end + 1)
                if nxt >= len(self.lines):
                    break
                following = DIALECT_OPEN_RE.match(self.lines[nxt])
                if not following or following.group("name").lower() != "tab" or self._starts_new_tab_set(nxt):
                    break
                end = self.dialect_end(nxt, following.group("slashes"))
        self.emit("dialect", i, end, name)
        return end

    def _starts_new_tab_set(self, i: int) -> bool:
        j = i + 1
        while j < len(self.lines) and self.lines[j].startswith(("    ", "\t")):
            if re.match(r"^\s+new:\s*(true|yes|on)\s*$", self.lines[j], re.IGNORECASE):
                return True
            j += 1
        return False

    def until_blank(self, i: int) -> int:
        """The last line of the run of lines from ``i``: up to a blank line or a line that starts raw HTML."""
        j = i
        while j + 1 < len(self.lines) and not _is_blank(self.lines[j + 1]) and not self.raw_start(j + 1):
            j += 1
        return j

    def raw_start(self, j: int) -> bool:
        """Python-Markdown's raw HTML pass reads lines, not blocks: a block-level tag (or a comment that is closed
        somewhere) at the start of a line starts raw HTML wherever it is, in a paragraph, a list item, a quote's
        lazy line, a table, a footnote or a ``///`` block. The block around it ends there."""
        line = self.lines[j]
        if _opens_raw_block(line):
            return True
        comment = COMMENT_START_RE.match(line)
        return comment is not None and (
            j < self.last_comment_close or COMMENT_CLOSE_RE.search(line, comment.end()) is not None
        )

    def html_end(self, i: int) -> int:
        """A raw HTML block ends at a blank line once its first element (or comment) is closed; blank lines inside
        it are part of it, and one never closed runs to the end of the text, as Python-Markdown reads it."""
        j = _html_close_line(self.lines, i)
        return len(self.lines) - 1 if j is None else self.until_blank(j)

    def indented_continuation(self, i: int) -> int:
        """A footnote definition: its line, following non-blank lines, and indented paragraphs after blanks.

        Its first lines end before a line that Python-Markdown starts a block of its own at even without a blank
        line before it (a heading, a rule, a quote, a fence, a ``///`` block): those are not part of the footnote.
        """
        end = i
        while end + 1 < len(self.lines) and not _is_blank(self.lines[end + 1]):
            following = self.lines[end + 1]
            if (
                ATX_RE.match(following)
                or HR_RE.match(following)
                or QUOTE_RE.match(following)
                or FENCE_RE.match(following)
                or DIALECT_OPEN_RE.match(following)
                or self.raw_start(end + 1)
            ):
                return end
            end += 1
        while True:
            nxt = self.next_nonblank(end + 1)
            # Only after exactly one blank line: Python-Markdown sees no continuation after two.
            if nxt == end + 2 and nxt < len(self.lines) and INDENTED_RE.match(self.lines[nxt]):
                end = self.until_blank(nxt)
            else:
                return end

    def indented_code_end(self, i: int) -> int:
        end = i
        j = i + 1
        while j < len(self.lines):
            if INDENTED_RE.match(self.lines[j]):
                end = j
            elif not _is_blank(self.lines[j]):
                break
            j += 1
        return end

    def list_end(self, i: int, marker: str) -> int:
        end = i
        j = i + 1
        in_fence = False
        while j < len(self.lines):
            line = self.lines[j]
            if in_fence:
                if FENCE_RE.match(line.lstrip()):
                    in_fence = False
                end = j
                j += 1
                continue
            if not _is_blank(line):
                if FENCE_RE.match(line.lstrip()) and line.startswith((" ", "\t")):
                    in_fence = True
                    end = j
                elif _list_marker(line) not in (None, marker):
                    break  # another kind of list starts: Python-Markdown (sane_lists) makes it a new list
                elif (
                    ATX_RE.match(line)
                    or DIALECT_OPEN_RE.match(line)
                    or FENCE_RE.match(line)
                    or HR_RE.match(line)
                    or self.raw_start(j)
                ):
                    break
                end = j
                j += 1
                continue
            nxt = self.next_nonblank(j)
            if nxt >= len(self.lines):
                break
            following = self.lines[nxt]
            if _list_marker(following) == marker or INDENTED_RE.match(following) or following.startswith("  "):
                j = nxt
                continue
            break
        return end

    def paragraph(self, i: int) -> int:
        j = i
        while j + 1 < len(self.lines):
            line = self.lines[j + 1]
            if _is_blank(line):
                break
            if j == i and SETEXT_RE.match(line) and not TABLE_SEP_RE.match(self.lines[i]):
                self.emit("heading", i, j + 1, "1" if line.strip().startswith("=") else "2")
                return j + 1
            if TABLE_SEP_RE.match(line) and j == i and "|" in self.lines[i] + line:
                end = self.until_blank(i)
                self.emit("table", i, end)
                return end
            if DEFINITION_RE.match(line):
                return self.deflist(i)
            if ATX_RE.match(line) or FENCE_RE.match(line) or DIALECT_OPEN_RE.match(line) or self.raw_start(j + 1):
                break
            j += 1
        self.emit("paragraph", i, j)
        return j

    def deflist(self, i: int) -> int:
        """Terms with ``: definition`` lines; consecutive entries (blank lines between) form one list."""
        end = self.deflist_end(i)
        self.emit("deflist", i, end)
        return end

    def deflist_end(self, i: int) -> int:
        end = self.definition_entry_end(i)
        while True:
            nxt = self.next_nonblank(end + 1)
            if nxt >= len(self.lines):
                break
            if DEFINITION_RE.match(self.lines[nxt]) or INDENTED_RE.match(self.lines[nxt]):
                end = self.definition_entry_end(nxt)
                continue
            term_end = nxt
            while (
                term_end + 1 < len(self.lines)
                and not _is_blank(self.lines[term_end + 1])
                and not DEFINITION_RE.match(self.lines[term_end + 1])
                and not self.raw_start(term_end + 1)
            ):
                term_end += 1
            if (
                term_end + 1 < len(self.lines)
                and DEFINITION_RE.match(self.lines[term_end + 1])
                and _plain_text_start(self.lines[nxt])
            ):
                end = self.definition_entry_end(nxt)
                continue
            break
        return end

    def definition_entry_end(self, i: int) -> int:
        return self.until_blank(i)


def _opens_raw_block(line: str) -> bool:
    """A block-level tag at the start of a line: Python-Markdown starts raw HTML there, even inside a paragraph."""
    match = HTML_BLOCK_TAG_RE.match(line)
    return match is not None and match.group(1).lower() in RAW_BLOCK_TAGS


def _html_close_line(lines: list[str], i: int) -> int | None:
    """The index of the line that closes the raw HTML block opened at ``i`` (None: never closed)."""
    line = lines[i]
    if line.lstrip().startswith("<!--"):
        rest = [line.split("<!--", 1)[1], *lines[i + 1 :]]
        return next((i + n for n, text in enumerate(rest) if COMMENT_CLOSE_RE.search(text)), None)
    match = HTML_BLOCK_TAG_RE.match(line)
    if not match or match.group(1).lower() not in RAW_BLOCK_TAGS:
        return i  # inline HTML or a closing tag: Python-Markdown reads a paragraph
    tag = re.escape(match.group(1))
    opening = re.compile(rf"<{tag}(?=[\s/>])(?:[^>]*?(/)?>)?", re.IGNORECASE)
    closing = re.compile(rf"</{tag}\s*>", re.IGNORECASE)
    depth = 0
    for j in range(i, len(lines)):
        depth += sum(1 for m in opening.finditer(lines[j]) if not m.group(1)) - len(closing.findall(lines[j]))
        if depth <= 0:
            return j
    return None


def _plain_text_start(line: str) -> bool:
    return not (
        ATX_RE.match(line)
        or FENCE_RE.match(line)
        or DIALECT_OPEN_RE.match(line)
        or _list_marker(line)
        or QUOTE_RE.match(line)
        or HTML_RE.match(line)
        or INDENTED_RE.match(line)
        or FOOTNOTE_RE.match(line)
    )


def split_blocks(body: str, first_line: int = 1) -> list[Block]:
    """The top-level blocks of ``body``; ``first_line`` is the file line the body starts on."""
    return _Splitter(body.replace("\r\n", "\n").replace("\r", "\n"), first_line).run()
