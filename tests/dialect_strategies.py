"""Hypothesis strategies that write handbook Markdown the way authors (and broken tools) do.

Sections are built from blocks of the dialect (``/work/shared/DIALECT.md``): front matter (sometimes broken),
headings in Bulgarian, Russian, Kazakh, Uzbek and English with ``{#ids}``, paragraphs with inline markup, nested
lists, tables, code fences (sometimes unclosed), ``///`` blocks (notes, details, tab sets, quizzes, media blocks;
sometimes unclosed or malformed), footnotes, abbreviations, link references, raw HTML. Then the whole text may get
the damage real files have: CRLF line ends, tabs, BEL and other control characters, very long lines.

Importable from every test folder (pytest puts ``tests/`` on the path) and Qt-free.
"""

from __future__ import annotations

from hypothesis import strategies as st

#: Words of the handbook's languages: Bulgarian/Russian Cyrillic, Kazakh letters, Uzbek Latin (with ʻ), English.
WORDS = [
    "обърнатата",
    "класна",
    "стая",
    "учене",
    "цифрови",
    "технологии",
    "перевёрнутый",
    "класс",
    "обучение",
    "ёлка",
    "білім",
    "әдіс",
    "оқу",
    "ғылым",
    "қазақ",
    "өмір",
    "ұстаз",
    "үй",
    "һ",
    "taʼlim",
    "oʻqituvchi",
    "gʻoya",
    "sinf",
    "the",
    "flipped",
    "classroom",
    "learners",
    "practice",
    "ЦИОТ",
    "HTML",
    "42",
    "3,5",
    "—",
    "«цитат»",
    "a&b",
    "<b>",
    "x*y",
    "_под_",
    "\\",
    "`",
    "|",
    "#",
    "[",
    "]",
    "{",
    "}",
    ":",
]

word = st.sampled_from(WORDS)
#: Inline markup a paragraph may hold (some of it deliberately half-written).
INLINE = [
    "**{w}**",
    "*{w}*",
    "`{w}`",
    "==marked {w}==",
    "^^{w}^^",
    "~~{w}~~",
    "[{w}](02-flipped-classroom.md#why)",
    "[{w}](https://example.org/{w})",
    "[{w}][ref]",
    "[{w}][missing]",
    "{w}[^note]",
    "{w}[^1]",
    "![{w}](../media/hall.png)",
    '![{w}](../media/hall.png "Caption {w}")',
    "<span class='x'>{w}</span>",
    "<script>alert('{w}')</script>",
    '<a href="javascript:alert(1)">{w}</a>',
    "**{w}",
    "[{w}](",
    "&amp; &#1234; &bogus;",
]


@st.composite
def inline_text(draw: st.DrawFn, min_words: int = 1, max_words: int = 12) -> str:
    """A run of words with some inline markup: what sits on one line of a paragraph, item or heading."""
    parts = draw(st.lists(st.one_of(word, word, word, st.sampled_from(INLINE)), min_size=min_words, max_size=max_words))
    out = []
    for part in parts:
        out.append(part.format(w=draw(word)) if "{w}" in part else part)
    return " ".join(out)


plain_words = st.lists(word, min_size=1, max_size=6).map(" ".join)
#: A heading id as authors write it (also ones Python-Markdown might turn down).
heading_id = st.sampled_from(["why", "why-flip", "цифрови", "oʻqish", "a_1", "x", "dup", "dup"])


@st.composite
def heading(draw: st.DrawFn) -> str:
    text = draw(inline_text(max_words=6))
    if draw(st.integers(0, 4)) == 0:  # setext
        return f"{text}\n{draw(st.sampled_from(['===', '---', '=', '-----']))}"
    level = draw(st.integers(1, 6))
    suffix = draw(st.sampled_from(["", "", f" {{#{draw(heading_id)}}}", " {.cls}", " ##", " {#}"]))
    return f"{'#' * level} {text}{suffix}"


@st.composite
def paragraph(draw: st.DrawFn) -> str:
    lines = draw(st.lists(inline_text(), min_size=1, max_size=4))
    return "\n".join(lines)


@st.composite
def long_line(draw: st.DrawFn) -> str:
    """One line of a few thousand characters (pasted text, minified HTML)."""
    unit = draw(inline_text(min_words=3, max_words=8))
    return " ".join([unit] * draw(st.integers(30, 80)))


@st.composite
def list_block(draw: st.DrawFn, depth: int = 0) -> str:
    ordered = draw(st.booleans())
    marker = draw(st.sampled_from(["-", "*", "+"])) if not ordered else None
    indent = " " * (4 * depth) if draw(st.integers(0, 3)) else " " * (2 * depth)
    items = []
    for n in range(draw(st.integers(1, 4))):
        mark = f"{n + 1}{draw(st.sampled_from(['.', ')']))}" if ordered else marker
        task = draw(st.sampled_from(["", "", "[ ] ", "[x] "]))
        item = f"{indent}{mark} {task}{draw(inline_text(max_words=8))}"
        if draw(st.integers(0, 3)) == 0:
            item += f"\n{indent}  {draw(inline_text(max_words=5))}"  # a lazy or indented continuation line
        if depth < 2 and draw(st.integers(0, 3)) == 0:
            gap = draw(st.sampled_from(["\n", "\n\n"]))
            item += gap + draw(list_block(depth + 1))
        if draw(st.integers(0, 6)) == 0:
            item += f"\n\n{indent}    {draw(inline_text(max_words=5))}"  # a second paragraph in the item
        items.append(item)
    return draw(st.sampled_from(["\n", "\n\n"])).join(items)


@st.composite
def table(draw: st.DrawFn) -> str:
    columns = draw(st.integers(1, 4))
    outer = draw(st.booleans())

    def row(cells: list[str]) -> str:
        inner = " | ".join(cells)
        return f"| {inner} |" if outer else inner

    header = row([draw(plain_words) for _ in range(columns)])
    sep = row([draw(st.sampled_from(["---", ":--", "--:", ":-:", "-"])) for _ in range(columns)])
    rows = [row([draw(inline_text(max_words=3)) for _ in range(columns)]) for _ in range(draw(st.integers(0, 3)))]
    return "\n".join([header, sep, *rows])


CODE_LINES = ["print('здравей')", "# не заглавие", "///", "/// note", "```", "    indented", "", "\t<tab>", "[^1]: x"]


@st.composite
def code_fence(draw: st.DrawFn) -> str:
    fence = draw(st.sampled_from(["```", "````", "~~~"]))
    info = draw(st.sampled_from(["", "python", "bash", " js", "{.python}", "text title='x'", "unknownlang"]))
    body = draw(st.lists(st.one_of(st.sampled_from(CODE_LINES), paragraph()), max_size=4))
    body = [line for line in body if line.strip() != fence.strip()]
    closed = draw(st.integers(0, 5)) != 0
    return "\n".join([f"{fence}{info}", *body, *([fence] if closed else [])])


@st.composite
def indented_code(draw: st.DrawFn) -> str:
    lines = draw(st.lists(st.sampled_from([*CODE_LINES[:2], "x = 1", "для i в range"]), min_size=1, max_size=3))
    return "\n".join("    " + line for line in lines)


@st.composite
def quote(draw: st.DrawFn) -> str:
    lines = draw(st.lists(inline_text(max_words=8), min_size=1, max_size=3))
    return "\n".join(f"> {line}" for line in lines)


@st.composite
def definition_list(draw: st.DrawFn) -> str:
    entries = []
    for _ in range(draw(st.integers(1, 3))):
        defs = [f": {draw(inline_text(max_words=8))}" for _ in range(draw(st.integers(1, 2)))]
        entries.append("\n".join([draw(plain_words), *defs]))
    return "\n\n".join(entries)


MEDIA_KEYS = {
    "video": [
        "src: ../media/flipped-intro.webm",
        "poster: ../media/flipped-intro.png",
        "captions: ../media/x.{lang}.vtt",
    ],
    "audio": ["src: ../media/interview.ogg", "transcript: ../media/interview.{lang}.md"],
    "embed": ["url: https://example.org/video/123", "fallback: ../media/flipped-intro.webm"],
}
BROKEN_KEY_LINES = ["src:", "src ../media/x.webm", ": value", "unknown: 1", "src: ../../../etc/passwd", "poster: ", "—"]


@st.composite
def dialect_block(draw: st.DrawFn, depth: int = 0) -> str:
    """A ``///`` block: note-like, details, tab set, quiz, media, gallery; sometimes unclosed or malformed."""
    slashes = "/" * (3 + depth)
    kind = draw(
        st.sampled_from(
            ["note", "tip", "warning", "details", "tab", "quiz", "video", "audio", "gallery"] * 2
            + ["embed", "unknown", "admonition"]
        )
    )
    title = draw(st.sampled_from(["", f" | {draw(plain_words)}", " |", f" |{draw(inline_text(max_words=4))}"]))
    body: list[str]
    if kind in MEDIA_KEYS:
        keys = draw(st.lists(st.sampled_from(MEDIA_KEYS[kind] + BROKEN_KEY_LINES[:2]), max_size=4, unique=True))
        if draw(st.integers(0, 4)) == 0:
            keys.append(draw(st.sampled_from(BROKEN_KEY_LINES)))
        body = keys
    elif kind == "gallery":
        body = [
            f"- ../media/hall-{n}.png | {draw(plain_words)}" if draw(st.integers(0, 5)) else "- broken line"
            for n in range(draw(st.integers(0, 3)))
        ]
    elif kind == "quiz":
        body = []
        for q in range(draw(st.integers(1, 2))):
            if q:
                body += ["", "---", ""]
            body += [draw(inline_text(max_words=8)), ""]
            body += [
                f"- [{draw(st.sampled_from([' ', 'x', 'X']))}] {draw(inline_text(max_words=5))}"
                for _ in range(draw(st.integers(0, 4)))
            ]
            if draw(st.booleans()):
                body += ["", f"> {draw(inline_text(max_words=6))}"]
    else:
        body = []
        if kind == "tab" and draw(st.integers(0, 5)) == 0:
            body.append("    new: true")
        if kind == "details" and draw(st.integers(0, 5)) == 0:
            body.append("    type: warning")
        inner = draw(st.lists(st.one_of(paragraph(), list_block(), code_fence()), max_size=2))
        if depth < 1 and draw(st.integers(0, 5)) == 0:
            inner.append(draw(dialect_block(depth + 1)))
        body += "\n\n".join(inner).split("\n") if inner else []
    opening = f"{slashes} {kind}{title}"
    if draw(st.integers(0, 9)) == 0:
        opening = draw(
            st.sampled_from([f"{slashes}{kind}", f"{slashes} {kind} |", f"{slashes}  {kind.upper()}", f"// {kind}"])
        )
    closed = draw(st.integers(0, 6)) != 0
    text = "\n".join([opening, *body, *([slashes] if closed else [])])
    if kind == "tab" and draw(st.booleans()):
        text += (
            draw(st.sampled_from(["\n", "\n\n"]))
            + f"{slashes} tab | {draw(plain_words)}\n{draw(paragraph())}\n{slashes}"
        )
    return text


@st.composite
def footnote(draw: st.DrawFn) -> str:
    label = draw(st.sampled_from(["1", "note", "pilot", "бележка", "1"]))
    text = f"[^{label}]: {draw(inline_text(max_words=8))}"
    if draw(st.integers(0, 3)) == 0:
        text += f"\n\n    {draw(inline_text(max_words=6))}"
    return text


abbreviation = st.sampled_from(["ЦИОТ", "HTML", "ИКТ", "oʻqish"]).flatmap(
    lambda term: plain_words.map(lambda words: f"*[{term}]: {words}")
)
link_reference = st.sampled_from(
    [
        "[ref]: https://example.org/ref",
        '[ref]: https://example.org "Заглавие"',
        "[missing]: 02-flipped-classroom.md#why",
        "[Ref]: <https://example.org/a b>",
        "[x]: javascript:alert(1)",
    ]
)
RAW_HTML = [
    "<div>\nсуров <b>HTML</b>\n</div>",
    '<div markdown="1">\n**Markdown** вътре\n</div>',
    "<!-- коментар -->",
    "<!-- незатворен коментар",
    "<script>alert('x')</script>",
    '<img src="x.png" onerror="alert(1)">',
    "<details><summary>Покажи</summary>\nтекст\n</details>",
    "<div>\nнезатворен",
    "<table><tr><td>1</td></tr></table>",
    "</div>",
    "<style>body{}</style>",
]
hr = st.sampled_from(["---", "***", "* * *", "___"])

block = st.one_of(
    heading(),
    heading(),
    paragraph(),
    paragraph(),
    paragraph(),
    list_block(),
    table(),
    code_fence(),
    indented_code(),
    quote(),
    definition_list(),
    dialect_block(),
    dialect_block(),
    footnote(),
    abbreviation,
    link_reference,
    st.sampled_from(RAW_HTML),
    hr,
)

FRONT_MATTERS = [
    "---\ntitle: Обърнатата класна стая\nsummary: Кратко резюме\nkeywords: [учене, клас]\n---\n",
    "---\ntitle: Oʻqitish\n---\n",
    "---\ntitle: Білім\nauthors:\n  - А. Б.\n---\n",
    "---\ntitle: [unclosed\n---\n",  # invalid YAML
    "---\ntitle: Never closed\n",  # unterminated header
    "---\n- a list\n---\n",  # not a mapping
    "---\n---\n",  # empty
    "---\ntitle: &a x\nsummary: *a\n---\n",  # aliases are refused
    "---\ntitle: 5\n---\n",  # wrong type
]

SEPARATORS = ["\n\n", "\n\n", "\n\n", "\n", "\n\n\n", "\n \n", "\n\t\n"]
#: Characters that should never reach a page but do reach files: BEL (the renderer's marker), NUL, ESC, STX/ETX
#: (Python-Markdown's placeholders), form feed, vertical tab, DEL, NEL, the Unicode line/paragraph separators,
#: no-break and zero-width spaces, a lone CR.
CONTROL = [
    "\x07",
    "\x00",
    "\x1b",
    "\x02",
    "\x03",
    "\x0c",
    "\x0b",
    "\x7f",
    "\x85",
    "\u2028",
    "\u2029",
    "\xa0",
    "\u200b",
    "\ufeff",
    "\r",
    "\t",
]


@st.composite
def damage(draw: st.DrawFn, text: str) -> str:
    """What files go through: control characters pasted in, tabs for indentation, CRLF line ends."""
    if draw(st.integers(0, 3)) == 0 and text:
        for _ in range(draw(st.integers(1, 4))):
            at = draw(st.integers(0, len(text)))
            text = text[:at] + draw(st.sampled_from(CONTROL)) + text[at:]
    if draw(st.integers(0, 5)) == 0:
        text = text.replace("    ", "\t")
    if draw(st.integers(0, 4)) == 0:
        text = text.replace("\n", "\r\n")
    return text


@st.composite
def section_parts(draw: st.DrawFn, max_blocks: int = 10) -> tuple[str, list[str]]:
    """``(front matter, blocks)`` of a section, undamaged."""
    front = draw(st.sampled_from(["", "", *FRONT_MATTERS]))
    blocks = draw(st.lists(st.one_of(block, block, block, block, block, block, long_line()), max_size=max_blocks))
    return front, blocks


def join_blocks(draw: st.DrawFn, front: str, blocks: list[str]) -> str:
    text = front
    for n, one in enumerate(blocks):
        text += (draw(st.sampled_from(SEPARATORS)) if n else "") + one
    return text + draw(st.sampled_from(["", "\n", "\n\n"]))


@st.composite
def section_text(draw: st.DrawFn, max_blocks: int = 10, damaged: bool = True) -> str:
    """A whole section file's text."""
    front, blocks = draw(section_parts(max_blocks))
    text = join_blocks(draw, front, blocks)
    return draw(damage(text)) if damaged else text


@st.composite
def edits(draw: st.DrawFn, text: str, max_edits: int = 6) -> list[str]:
    """Successive versions of ``text`` as an author makes them: lines typed, deleted, duplicated, split, pasted."""
    versions = []
    lines = text.split("\n")
    for _ in range(draw(st.integers(1, max_edits))):
        action = draw(st.sampled_from(["insert", "insert", "delete", "duplicate", "type", "paste"]))
        at = draw(st.integers(0, len(lines)))
        if action == "insert":
            lines.insert(
                at,
                draw(
                    st.one_of(
                        st.sampled_from(
                            ["", "///", "```", "- точка", "[^1]: бележка", "# Глава", "> цитат", "| a | b |", "    код"]
                        ),
                        inline_text(max_words=4),
                    )
                ),
            )
        elif action == "delete" and at < len(lines):
            del lines[at]
        elif action == "duplicate" and at < len(lines):
            lines.insert(at, lines[at])
        elif action == "type" and at < len(lines):
            column = draw(st.integers(0, len(lines[at])))
            lines[at] = (
                lines[at][:column]
                + draw(st.sampled_from(["x", " ", "[^1]", "*", "|", "{#dup}", "ä"]))
                + lines[at][column:]
            )
        elif action == "paste":
            lines[at:at] = draw(block).split("\n")
        versions.append("\n".join(lines))
    return versions
