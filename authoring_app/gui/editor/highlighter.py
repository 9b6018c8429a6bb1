"""Syntax colours for a section file in the handbook's Markdown dialect (DIALECT.md).

The highlighter is line based, as QSyntaxHighlighter is: what a line means may depend on the lines above it (front
matter, code fences, ``///`` blocks, HTML comments), and that context is carried from line to line in the block
state, an integer. Its bits:

- bits 0–1: the mode (normal text, front matter, inside a code fence, inside an HTML comment);
- bits 2–3: whether option lines (``key: value``) may follow the opening line of a ``///`` block;
- bits 4–8: how many ``///`` blocks are open (nesting);
- bits 9–12 and 13: the length and character (backtick or tilde) of the open code fence, so only a matching fence
  closes it;
- bits 14–23: the language of the open fence, as an index into the highlighter's list of languages seen.

Code inside fences is coloured by Pygments, one line at a time: quick enough to colour while typing, at the price
of not seeing strings or comments that span lines (rare in a handbook's examples).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pygments.lexer import Lexer
from pygments.lexers import get_lexer_by_name
from pygments.token import Comment, Keyword, Name, Number, Operator, String, Token, _TokenType
from pygments.util import ClassNotFound
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
)

from authoring_app.gui.editor.colours import DARK, LIGHT

# ---- block state ------------------------------------------------------------------------------------------

NORMAL, FRONT_MATTER, FENCE, COMMENT = 0, 1, 2, 3
_MODE_MASK = 0b11
_OPTIONS_INDENTED = 1 << 2  # after a `///` opener: indented `    key: value` lines are options
_OPTIONS_ANY = 1 << 3  # after a media block opener: unindented `src: …` lines are options too
_OPTION_BITS = _OPTIONS_INDENTED | _OPTIONS_ANY
_DEPTH_SHIFT, _DEPTH_MAX = 4, 31
_FENCE_LEN_SHIFT, _FENCE_LEN_MAX = 9, 15
_FENCE_TILDE = 1 << 13
_LANG_SHIFT, _LANG_MAX = 14, 1023

#: Dialect blocks whose body is `key: value` lines (DIALECT.md, "Multimedia blocks").
MEDIA_BLOCKS = frozenset({"video", "audio", "embed"})


def block_depth(state: int) -> int:
    """How many ``///`` blocks are open after a line with this block state (``-1``, unknown, counts as 0)."""
    return 0 if state < 0 else (state >> _DEPTH_SHIFT) & _DEPTH_MAX


def block_mode(state: int) -> int:
    """NORMAL, FRONT_MATTER, FENCE or COMMENT: where the line after a line with this block state starts."""
    return NORMAL if state < 0 else state & _MODE_MASK


# ---- line patterns ----------------------------------------------------------------------------------------

_FENCE_OPEN = re.compile(r"^(\s*)(`{3,}|~{3,})[ \t]*\{?[ \t]*\.?([\w+#.-]*)(.*)$")
_BLOCK_OPEN = re.compile(r"^(/{3,})[ \t]*([A-Za-z][\w-]*)[ \t]*(?:(\|)[ \t]*(.*))?$")
_BLOCK_CLOSE = re.compile(r"^/{3,}[ \t]*$")
_OPTION_INDENTED = re.compile(r"^( {4,}|\t)([A-Za-z][\w-]*)(:)(?:[ \t]+(.*))?$")
_OPTION_ANY = re.compile(r"^([ \t]*)([A-Za-z][\w-]*)(:)(?:[ \t]+(.*))?$")
_YAML_KEY = re.compile(r"^([ \t]*)([^\s#:][^:#]*?)(:)(?=\s|$)[ \t]*(.*)$")
_YAML_ITEM = re.compile(r"^([ \t]*-)(?:[ \t]+(.*))?$")
_HEADING = re.compile(r"^(#{1,6})([ \t]+|$)")
_HEADING_ATTRS = re.compile(r"[ \t]*(?:\{[^}]*\})?[ \t]*#*[ \t]*$")
_RULE = re.compile(r"^[ \t]{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_QUOTE = re.compile(r"^[ \t]{0,3}(?:>[ \t]?)+")
_LIST = re.compile(r"^([ \t]*)([-*+]|\d{1,9}[.)])([ \t]+)(\[[ xX]\][ \t]+)?")
_FOOTNOTE_DEF = re.compile(r"^\[\^[^\]\s]+\]:")
_DEFINITION = re.compile(r"^:[ \t]+")

_INLINE_TRIGGER = re.compile(r"[*_`\[\]!<=~^{|]")
_INLINE_CODE = re.compile(r"(`+)(.+?)(?<!`)\1(?!`)")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS = re.compile(r"(?<![*\w])(\*|_)(?=[^\s*_])(.+?)(?<=[^\s*_])\1(?![*\w])")
_MARK = re.compile(r"(==)(?=\S)(.+?)(?<=\S)==")
_DELETED = re.compile(r"(~~)(?=\S)(.+?)(?<=\S)~~")
_INSERTED = re.compile(r"(\^\^)(?=\S)(.+?)(?<=\S)\^\^")
_LINK = re.compile(r"(!?)\[((?:[^\[\]]|\[[^\]]*\])*)\]\(([^)\s]*)((?:[ \t]+\"[^\"]*\")?)\)")
_AUTOLINK = re.compile(r"<(?:https?|mailto|ftp):[^>\s]+>")
_FOOTNOTE_REF = re.compile(r"\[\^[^\]\s]+\]")
_ATTRS = re.compile(r"\{[:#.][^}]*\}")
_COMMENT_INLINE = re.compile(r"<!--.*?-->")

#: Pygments token families → colour roles (a token takes the role of its nearest listed ancestor).
_TOKEN_ROLES: dict[_TokenType, str] = {
    Keyword: "py_keyword",
    Name.Builtin: "py_keyword",
    Name.Function: "py_name",
    Name.Class: "py_name",
    Name.Tag: "py_keyword",
    Name.Attribute: "py_name",
    String: "py_string",
    Number: "py_number",
    Comment: "py_comment",
    Operator: "py_operator",
}

HEADING_SCALES = (1.45, 1.3, 1.15, 1.05, 1.0, 1.0)


def _monospace_families() -> list[str]:
    return [QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family(), "monospace"]


class MarkdownHighlighter(QSyntaxHighlighter):
    """Colours the dialect's constructs so the structure of a section reads at a glance.

    Markers (``#``, ``**``, ``](url)``) are muted and the text they mark is emphasised, so prose stays the
    darkest thing on the page. Formats are chosen for a light or a dark background (``set_dark``).
    """

    def __init__(self, document: QTextDocument, dark: bool = False) -> None:
        super().__init__(document)
        self._languages: list[str] = [""]
        self._lexers: dict[str, Lexer | None] = {}
        self._token_formats: dict[_TokenType, QTextCharFormat] = {}
        self._dark = dark
        self._line_base: QTextCharFormat | None = None  # a quoted line's format, under its inline formats
        self.formats: dict[str, QTextCharFormat] = {}
        self._build_formats()

    # ------------------------------------------------------------------------------------------ public ---

    def set_dark(self, dark: bool) -> None:
        """Use colours for a dark (or light) background, and recolour the document if that changed."""
        if dark == self._dark and self.formats:
            return
        self._dark = dark
        self._build_formats()
        self.rehighlight()

    def is_dark(self) -> bool:
        return self._dark

    # ---------------------------------------------------------------------------------------- formats ---

    def _build_formats(self) -> None:
        colours = DARK if self._dark else LIGHT
        mono = _monospace_families()

        def fmt(
            role: str | None = None,
            *,
            bold: bool = False,
            italic: bool = False,
            code: bool = False,
            background: str | None = None,
        ) -> QTextCharFormat:
            result = QTextCharFormat()
            if role:
                result.setForeground(QColor(colours[role]))
            if bold:
                result.setFontWeight(QFont.Weight.Bold)
            if italic:
                result.setFontItalic(True)
            if code:
                result.setFontFamilies(mono)
                result.setFontFixedPitch(True)
            if background:
                result.setBackground(QColor(colours[background]))
            return result

        formats = {
            "marker": fmt("marker"),
            "strong": fmt(bold=True),
            "emphasis": fmt(italic=True),
            "mark": fmt(background="mark_bg"),
            "deleted": fmt(),
            "inserted": fmt(),
            "code": fmt("code", code=True, background="code_bg"),
            "code_block": fmt(code=True, background="code_bg"),
            "fence": fmt("marker", code=True, background="code_bg"),
            "fence_language": fmt("block", code=True, bold=True, background="code_bg"),
            "link_text": fmt("link"),
            "image_text": fmt("image"),
            "url": fmt("url"),
            "quote": fmt("quote", italic=True),
            "list": fmt("list", bold=True),
            "block_name": fmt("block", bold=True),
            "block_title": fmt("title", bold=True),
            "block_marker": fmt("block"),
            "option_key": fmt("key"),
            "option_value": fmt("value"),
            "front_delimiter": fmt("marker", bold=True),
            "front_key": fmt("key", bold=True),
            "front_value": fmt("value"),
            "footnote": fmt("footnote"),
            "comment": fmt("comment", italic=True),
            "attrs": fmt("marker", italic=True),
        }
        formats["deleted"].setFontStrikeOut(True)
        formats["inserted"].setFontUnderline(True)
        for level in range(1, len(HEADING_SCALES) + 1):
            formats[f"h{level}"] = fmt("heading", bold=True)  # sized by _apply_heading_sizes
        self.formats = formats
        self._token_formats = {}
        self._apply_heading_sizes()

    def _apply_heading_sizes(self) -> None:
        base = self.document().defaultFont().pointSizeF() if self.document() else 10.0
        if base <= 0:
            base = 10.0
        for level, scale in enumerate(HEADING_SCALES, start=1):
            self.formats[f"h{level}"].setFontPointSize(base * scale)

    def update_font(self) -> None:
        """Recompute heading sizes after the document's font changed."""
        self._apply_heading_sizes()
        self.rehighlight()

    def _token_format(self, token: _TokenType) -> QTextCharFormat:
        cached = self._token_formats.get(token)
        if cached is not None:
            return cached
        role = None
        walk: _TokenType | None = token
        while walk is not None and walk is not Token:
            role = _TOKEN_ROLES.get(walk)
            if role:
                break
            walk = walk.parent
        result = QTextCharFormat(self.formats["code_block"])
        if role:
            result.setForeground(QColor((DARK if self._dark else LIGHT)[role]))
        self._token_formats[token] = result
        return result

    def _lexer(self, language: str) -> Lexer | None:
        if language not in self._lexers:
            try:
                self._lexers[language] = get_lexer_by_name(language, stripnl=False, ensurenl=False)
            except ClassNotFound:
                self._lexers[language] = None
        return self._lexers[language]

    def _language_index(self, language: str) -> int:
        if language in self._languages:
            return self._languages.index(language)
        if len(self._languages) > _LANG_MAX:
            return 0
        self._languages.append(language)
        return len(self._languages) - 1

    # ------------------------------------------------------------------------------------------ lines ---

    def highlightBlock(self, text: str) -> None:
        previous = self.previousBlockState()
        previous = 0 if previous < 0 else previous
        mode = previous & _MODE_MASK
        depth_bits = previous & (_DEPTH_MAX << _DEPTH_SHIFT)

        if self.currentBlock().blockNumber() == 0:
            if text.rstrip() == "---":
                self.setFormat(0, len(text), self.formats["front_delimiter"])
                self.setCurrentBlockState(FRONT_MATTER)
                return
            mode, depth_bits = NORMAL, 0
        if mode == FRONT_MATTER:
            self.setCurrentBlockState(self._front_matter_line(text))
            return
        if mode == FENCE:
            self.setCurrentBlockState(self._fence_line(text, previous))
            return
        if mode == COMMENT:
            end = text.find("-->")
            if end < 0:
                self.setFormat(0, len(text), self.formats["comment"])
                self.setCurrentBlockState(previous)
                return
            self.setFormat(0, end + 3, self.formats["comment"])
            self.setCurrentBlockState(self._normal_line(text, end + 3, depth_bits, 0))
            return
        self.setCurrentBlockState(self._normal_line(text, 0, depth_bits, previous & _OPTION_BITS))

    def _front_matter_line(self, text: str) -> int:
        if text.rstrip() in ("---", "..."):
            self.setFormat(0, len(text), self.formats["front_delimiter"])
            return NORMAL
        stripped = text.lstrip()
        if stripped.startswith("#"):
            self.setFormat(0, len(text), self.formats["comment"])
            return FRONT_MATTER
        match = _YAML_KEY.match(text)
        if match:
            self.setFormat(match.start(2), match.end(2) - match.start(2), self.formats["front_key"])
            self.setFormat(match.start(3), 1, self.formats["marker"])
            self.setFormat(match.start(4), len(text) - match.start(4), self.formats["front_value"])
            return FRONT_MATTER
        match = _YAML_ITEM.match(text)
        if match:
            self.setFormat(match.start(1), match.end(1) - match.start(1), self.formats["list"])
            if match.group(2):
                self.setFormat(match.start(2), len(text) - match.start(2), self.formats["front_value"])
            return FRONT_MATTER
        self.setFormat(0, len(text), self.formats["front_value"])
        return FRONT_MATTER

    def _fence_line(self, text: str, state: int) -> int:
        fence_char = "~" if state & _FENCE_TILDE else "`"
        fence_len = 3 + ((state >> _FENCE_LEN_SHIFT) & _FENCE_LEN_MAX)
        stripped = text.strip()
        if len(stripped) >= fence_len and stripped == fence_char * len(stripped):
            self.setFormat(0, len(text), self.formats["fence"])
            return (state & (_DEPTH_MAX << _DEPTH_SHIFT)) | NORMAL
        self.setFormat(0, len(text), self.formats["code_block"])
        language = self._languages[(state >> _LANG_SHIFT) & _LANG_MAX]
        lexer = self._lexer(language) if language else None
        if lexer is not None and text:
            set_format, token_format = self.setFormat, self._token_format
            for index, token, value in lexer.get_tokens_unprocessed(text):
                set_format(index, len(value), token_format(token))
        return state

    def _normal_line(self, text: str, start: int, depth_bits: int, option_bits: int) -> int:
        """Colour a line outside fences and front matter; returns the state for the next line."""
        formats = self.formats
        set_format = self.setFormat
        if start == 0:
            if option_bits:
                match = (_OPTION_ANY if option_bits & _OPTIONS_ANY else _OPTION_INDENTED).match(text)
                if match:
                    set_format(match.start(2), match.end(2) - match.start(2), formats["option_key"])
                    set_format(match.start(3), 1, formats["marker"])
                    if match.group(4):
                        set_format(match.start(4), len(text) - match.start(4), formats["option_value"])
                    return NORMAL | depth_bits | option_bits
            first = text[:1]
            if first in "`~ \t":
                match = _FENCE_OPEN.match(text)
                if match and not (match.group(2)[0] == "`" and "`" in match.group(4)):
                    return self._fence_open(text, match, depth_bits)
            elif first == "/":
                match = _BLOCK_OPEN.match(text)
                if match:
                    return self._block_open(text, match, depth_bits)
                if _BLOCK_CLOSE.match(text):
                    set_format(0, len(text), formats["block_name"])
                    depth = max(0, (depth_bits >> _DEPTH_SHIFT) - 1)
                    return NORMAL | (depth << _DEPTH_SHIFT)
            elif first == "#":
                match = _HEADING.match(text)
                if match:
                    self._heading(text, match)
                    return self._comment_tail(text, 0, depth_bits)
            if not text.strip():
                return NORMAL | depth_bits
            start = self._line_prefix(text)
        if start < len(text) and _INLINE_TRIGGER.search(text, start):
            self._inline(text, start, base=self._line_base)
        return self._comment_tail(text, start, depth_bits)

    def _fence_open(self, text: str, match: re.Match[str], depth_bits: int) -> int:
        fence = match.group(2)
        language = match.group(3).lower()
        self.setFormat(0, len(text), self.formats["fence"])
        if language:
            self.setFormat(match.start(3), len(match.group(3)), self.formats["fence_language"])
        state = FENCE | depth_bits
        state |= min(len(fence) - 3, _FENCE_LEN_MAX) << _FENCE_LEN_SHIFT
        if fence[0] == "~":
            state |= _FENCE_TILDE
        if language:
            state |= self._language_index(language) << _LANG_SHIFT
        return state

    def _block_open(self, text: str, match: re.Match[str], depth_bits: int) -> int:
        formats = self.formats
        self.setFormat(0, match.end(1), formats["block_marker"])
        self.setFormat(match.start(2), len(match.group(2)), formats["block_name"])
        if match.group(3):
            self.setFormat(match.start(3), 1, formats["marker"])
            if match.group(4):
                self.setFormat(match.start(4), len(match.group(4)), formats["block_title"])
                self._inline(text, match.start(4), base=formats["block_title"])
        depth = min(_DEPTH_MAX, (depth_bits >> _DEPTH_SHIFT) + 1)
        options = _OPTIONS_INDENTED | (_OPTIONS_ANY if match.group(2).lower() in MEDIA_BLOCKS else 0)
        return NORMAL | (depth << _DEPTH_SHIFT) | options

    def _heading(self, text: str, match: re.Match[str]) -> None:
        level = len(match.group(1))
        heading = self.formats[f"h{level}"]
        self.setFormat(0, len(text), heading)
        marker = QTextCharFormat(heading)
        marker.setForeground(self.formats["marker"].foreground())
        self.setFormat(0, match.end(1), marker)
        tail = _HEADING_ATTRS.search(text, match.end())
        if tail and tail.start() < len(text):
            attrs = QTextCharFormat(heading)
            attrs.setForeground(self.formats["marker"].foreground())
            attrs.setFontWeight(QFont.Weight.Normal)
            self.setFormat(tail.start(), len(text) - tail.start(), attrs)
        self._inline(text, match.end(), base=heading, end=tail.start() if tail else len(text))

    def _line_prefix(self, text: str) -> int:
        """Colour what opens a line (quote, list, rule, footnote or definition); returns where its text starts."""
        formats = self.formats
        start = 0
        quote = _QUOTE.match(text)
        self._line_base = formats["quote"] if quote else None
        if quote:
            self.setFormat(0, quote.end(), formats["marker"])
            self.setFormat(quote.end(), len(text) - quote.end(), formats["quote"])
            start = quote.end()
        if _RULE.match(text, start):
            self.setFormat(start, len(text) - start, formats["marker"])
            return len(text)
        listed = _LIST.match(text, start)
        if listed:
            self.setFormat(listed.start(2), listed.end(2) - listed.start(2), formats["list"])
            if listed.group(4):
                self.setFormat(listed.start(4), len(listed.group(4).rstrip()), formats["list"])
            return listed.end()
        footnote = _FOOTNOTE_DEF.match(text, start)
        if footnote:
            self.setFormat(start, footnote.end() - start, formats["footnote"])
            return footnote.end()
        definition = _DEFINITION.match(text, start)
        if definition:
            self.setFormat(start, 1, formats["list"])
            return definition.end()
        if text.startswith("|", start) or text.rstrip().endswith("|"):
            self._table_row(text, start)
        return start

    def _table_row(self, text: str, start: int) -> None:
        marker = self.formats["marker"]
        if set(text.strip()) <= set("|-: "):
            self.setFormat(start, len(text) - start, marker)
            return
        index = text.find("|", start)
        while index >= 0:
            self.setFormat(index, 1, marker)
            index = text.find("|", index + 1)

    def _inline(self, text: str, start: int, base: QTextCharFormat | None = None, end: int | None = None) -> None:
        """Emphasis, marks, links, footnotes, attribute lists and code spans between ``start`` and ``end``."""
        formats = self.formats
        end = len(text) if end is None else end

        def styled(name: str) -> QTextCharFormat:
            if base is None:
                return formats[name]
            merged = QTextCharFormat(base)
            merged.merge(formats[name])
            return merged

        marker = styled("marker")

        def wrapped(name: str) -> Callable[[re.Match[str]], None]:
            inner = styled(name)

            def apply(match: re.Match[str]) -> None:
                width = len(match.group(1))
                self.setFormat(match.start(2), match.end(2) - match.start(2), inner)
                self.setFormat(match.start(), width, marker)
                self.setFormat(match.end() - width, width, marker)

            return apply

        def link(match: re.Match[str]) -> None:
            self.setFormat(match.start(), match.end() - match.start(), marker)
            text_style = styled("image_text" if match.group(1) else "link_text")
            self.setFormat(match.start(2), match.end(2) - match.start(2), text_style)
            self.setFormat(match.start(3), match.end(3) - match.start(3), styled("url"))
            if match.group(4):
                self.setFormat(match.start(4), len(match.group(4)), styled("emphasis"))

        def whole(name: str) -> Callable[[re.Match[str]], None]:
            style = styled(name)
            return lambda match: self.setFormat(match.start(), match.end() - match.start(), style)

        spans: list[tuple[re.Pattern[str], Callable[[re.Match[str]], None]]] = [
            (_EMPHASIS, wrapped("emphasis")),
            (_STRONG, wrapped("strong")),
            (_MARK, wrapped("mark")),
            (_DELETED, wrapped("deleted")),
            (_INSERTED, wrapped("inserted")),
            (_LINK, link),
            (_AUTOLINK, whole("url")),
            (_FOOTNOTE_REF, whole("footnote")),
            (_ATTRS, whole("attrs")),
            (_INLINE_CODE, whole("code")),
            (_COMMENT_INLINE, whole("comment")),
        ]
        for pattern, apply in spans:
            for match in pattern.finditer(text, start, end):
                apply(match)

    def _comment_tail(self, text: str, start: int, depth_bits: int) -> int:
        """An HTML comment opened on this line and not closed on it runs on into the next lines."""
        opened = text.rfind("<!--", start)
        if opened >= 0 and text.find("-->", opened + 4) < 0:
            self.setFormat(opened, len(text) - opened, self.formats["comment"])
            return COMMENT | depth_bits
        return NORMAL | depth_bits
