"""Golden tests for the standard Markdown of the dialect (Python-Markdown + pymdown-extensions) as we configure it.

Every row is a small source and the HTML it must become; whitespace between tags is not compared (except inside
``<pre>``). ``data-line`` on each top-level element is part of the expectation: scroll sync and click-to-source
depend on it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from html_compare import normalise, pretty
from PIL import Image

from authoring_app.core.render import RenderContext, RenderedSection, SectionRenderer


def make_handbook(root: Path) -> Path:
    (root / "bg").mkdir(parents=True)
    (root / "media").mkdir()
    Image.new("RGB", (120, 80), (30, 90, 160)).save(root / "media" / "hall.png")
    return root


@pytest.fixture(scope="module")
def handbook(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_handbook(tmp_path_factory.mktemp("handbook") / "hb")


def render(root: Path, source: str, lang: str = "bg") -> RenderedSection:
    ctx = RenderContext(
        lang=lang, languages=["bg", "en"], source_language="bg", root=root, base_dir=root / "bg", section="s"
    )
    return SectionRenderer().render(source, ctx)


def case(name: str, lang: str, source: str, expected: str) -> pytest.param:
    return pytest.param(name, lang, source, expected, id=name)


CASES = [
    case(
        "figure-with-caption",
        "bg",
        '![A hall with round tables](../media/hall.png "The study hall")\n',
        """
<figure class="hb-figure" data-line="1">
<img alt="A hall with round tables" decoding="async" height="80" loading="lazy" \
src="../media/hall.png" width="120">
<figcaption>The study hall</figcaption>
</figure>
""",
    ),
    case(
        "image-without-title-stays-inline",
        "bg",
        "Before ![Alt](../media/hall.png) after.\n",
        """
<p data-line="1">Before <img alt="Alt" decoding="async" height="80" loading="lazy" \
src="../media/hall.png" width="120"> after.</p>
""",
    ),
    case(
        "admonitions",
        "bg",
        """\
/// note | Good to know
Body with *emphasis*.
///

/// tip | A tip
Tip body.
///

/// warning | Careful
Warning body.
///
""",
        """
<div class="admonition note" data-line="1">
<p class="admonition-title">Good to know</p>
<p>Body with <em>emphasis</em>.</p>
</div>
<div class="admonition tip" data-line="5">
<p class="admonition-title">A tip</p>
<p>Tip body.</p>
</div>
<div class="admonition warning" data-line="9">
<p class="admonition-title">Careful</p>
<p>Warning body.</p>
</div>
""",
    ),
    case(
        "details",
        "bg",
        "/// details | Show the answer\nHidden until opened.\n///\n",
        """
<details data-line="1">
<summary>Show the answer</summary>
<p>Hidden until opened.</p>
</details>
""",
    ),
    case(
        "tabs",
        "bg",
        "/// tab | One\nFirst.\n///\n\n/// tab | Two\nSecond.\n///\n",
        """
<div class="tabbed-set tabbed-alternate" data-line="1" data-tabs="1:2">
<input checked id="__tabbed_1_1" name="__tabbed_1" type="radio">
<input id="__tabbed_1_2" name="__tabbed_1" type="radio">
<div class="tabbed-labels">
<label for="__tabbed_1_1">One</label>
<label for="__tabbed_1_2">Two</label>
</div>
<div class="tabbed-content">
<div class="tabbed-block">
<p>First.</p>
</div>
<div class="tabbed-block">
<p>Second.</p>
</div>
</div>
</div>
""",
    ),
    case(
        "code-highlighting",
        "en",
        '```python\nprint("hi")  # ok\n```\n\nAfter.\n',
        """
<div data-line="1" class="highlight"><pre><span></span><code><span class="nb">print</span><span \
class="p">(</span><span class="s2">"hi"</span><span class="p">)</span>  <span class="c1"># \
ok</span>
</code></pre></div>
<p data-line="5">After.</p>
""",
    ),
    case(
        "code-without-language",
        "en",
        "```text\na < b & c\n```\n",
        """
<div data-line="1" class="highlight"><pre><span></span><code>a &lt; b &amp; c
</code></pre></div>
""",
    ),
    case(
        "footnote",
        "en",
        "A claim.[^src]\n\n[^src]: The *source*.\n",
        """
<p data-line="1">A claim.<sup id="fnref:src">
<a class="footnote-ref" href="#fn:src">1</a>
</sup>
</p>
<div class="footnote" data-line="3">
<hr>
<ol>
<li id="fn:src">
<p>The <em>source</em>.&#160;<a class="footnote-backref" href="#fnref:src" title="">&#8617;</a>
</p>
</li>
</ol>
</div>
""",
    ),
    case(
        "abbreviation",
        "en",
        "The LMS is ready.\n\n*[LMS]: Learning Management System\n",
        """
<p data-line="1">The <abbr title="Learning Management System">LMS</abbr> is ready.</p>
""",
    ),
    case(
        "definition-list",
        "en",
        "Portfolio\n: A collection of work.\n\nBlog\n: A journal.\n",
        """
<dl data-line="1">
<dt>Portfolio</dt>
<dd>A collection of work.</dd>
<dt>Blog</dt>
<dd>A journal.</dd>
</dl>
""",
    ),
    case(
        "mark-insert-delete",
        "en",
        "A ==marked== word, an ^^inserted^^ one and a ~~deleted~~ one.\n",
        """
<p data-line="1">A <mark>marked</mark> word, an <ins>inserted</ins> one and a <del>deleted</del> \
one.</p>
""",
    ),
    case(
        "tasklist-outside-a-quiz",
        "en",
        "- [x] Plan the course\n- [ ] Record the videos\n",
        """
<ul class="task-list" data-line="1">
<li class="task-list-item">
<input aria-label="Plan the course" type="checkbox" disabled checked/> Plan the course</li>
<li class="task-list-item">
<input aria-label="Record the videos" type="checkbox" disabled/> Record the videos</li>
</ul>
""",
    ),
    case(
        "heading-explicit-id-is-kept",
        "bg",
        "## Модели на смесено обучение {#models}\n",
        """
<h2 data-line="1" id="models">Модели на смесено обучение</h2>
""",
    ),
    case(
        "heading-automatic-id-cyrillic",
        "bg",
        "## Цифрови технологии\n",
        """
<h2 data-line="1" id="цифрови-технологии">Цифрови технологии</h2>
""",
    ),
    case(
        "heading-automatic-id-uzbek-latin",
        "en",
        "#### Oʻquv zali: gʻoyalar\n",
        """
<h4 data-line="1" id="oʻquv-zali-gʻoyalar">Oʻquv zali: gʻoyalar</h4>
""",
    ),
    case(
        "data-line-on-every-top-level-element",
        "en",
        """\
## One {#one}

A paragraph
over two lines.

- a
- b

| A | B |
|---|---|
| 1 | 2 |

> A quote.

```text
code
```

---

/// note | N
Body.
///

1. first
2. second
""",
        """
<h2 data-line="1" id="one">One</h2>
<p data-line="3">A paragraph
over two lines.</p>
<ul data-line="6">
<li>a</li>
<li>b</li>
</ul>
<table data-line="9">
<thead>
<tr>
<th>A</th>
<th>B</th>
</tr>
</thead>
<tbody>
<tr>
<td>1</td>
<td>2</td>
</tr>
</tbody>
</table>
<blockquote data-line="13">
<p>A quote.</p>
</blockquote>
<div data-line="15" class="highlight"><pre><span></span><code>code
</code></pre></div>
<hr data-line="19">
<div class="admonition note" data-line="21">
<p class="admonition-title">N</p>
<p>Body.</p>
</div>
<ol data-line="25">
<li>first</li>
<li>second</li>
</ol>
""",
    ),
]


@pytest.mark.parametrize(("name", "lang", "source", "expected"), CASES)
def test_construct_renders_as_expected(handbook: Path, name: str, lang: str, source: str, expected: str) -> None:
    html = render(handbook, source, lang).html
    assert pretty(html) == pretty(expected)


def test_front_matter_lines_are_counted(handbook: Path) -> None:
    html = render(handbook, "---\ntitle: T\n---\n\n## Heading {#h}\n\nText.\n").html
    assert normalise(html) == '<h2 data-line="5" id="h">Heading</h2><p data-line="7">Text.</p>'


def test_headings_and_ids_are_reported(handbook: Path) -> None:
    result = render(handbook, "## Цифрови технологии\n\n### Explicit {#mine}\n\nText.[^n]\n\n[^n]: Note.\n")
    assert [(h.level, h.id, h.text, h.line) for h in result.headings] == [
        (2, "цифрови-технологии", "Цифрови технологии", 1),
        (3, "mine", "Explicit", 3),
    ]
    assert {"цифрови-технологии", "mine", "fn:n", "fnref:n"} <= result.ids


def test_footnote_list_points_at_the_first_definition(handbook: Path) -> None:
    html = render(handbook, "Claim.[^a]\n\n[^a]: Note.\n\nLast paragraph.\n").html
    assert '<div class="footnote" data-line="3">' in html


def test_automatic_heading_ids_are_unique_and_read_through_markup(handbook: Path) -> None:
    result = render(
        handbook, "## Модели\n\n## Модели\n\n### Модели {#mine}\n\n## **Смесено** `обучение`[^n]\n\n[^n]: x\n"
    )
    assert [h.id for h in result.headings] == ["модели", "модели_1", "mine", "смесено-обучение"]
