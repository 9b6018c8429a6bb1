"""The website's search index (authoring_app/core/export/search/) and its query side (assets/search.js).

Search quality is tested through :meth:`SearchIndex.query`, the Python twin of search.js; a node run checks that
the two give the same answers, and (when Chromium and playwright-core are installed) a browser run checks the box
itself on a page opened from file://.
"""

from __future__ import annotations

import dataclasses
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from sample_pages import render_page

from authoring_app.core.config import load_config
from authoring_app.core.export.search import (
    SearchDoc,
    SearchIndex,
    assemble_index_js,
    build_index,
    decode_names,
    decode_numbers,
    docs_from_rendered,
    encode_names,
    encode_numbers,
    key_matches,
    normalize_word,
    page_fragment,
    page_terms,
    passages_from_html,
    stem,
    stem_bulgarian,
    tokenize,
)
from authoring_app.core.export.site import export_site
from authoring_app.core.render import SectionRenderer

REPO_ROOT = Path(__file__).resolve().parents[3]
SAMPLE = REPO_ROOT / "resources" / "sample-handbook"
SEARCH_JS = REPO_ROOT / "resources" / "site" / "assets" / "search.js"
NODE = shutil.which("node")


def sample_docs() -> dict[str, list[SearchDoc]]:
    """The sample handbook's pages per language, in reading order, as the exporter would hand them over."""
    root = SAMPLE.resolve()
    config = load_config(root)
    renderer = SectionRenderer()
    docs: dict[str, list[SearchDoc]] = {}
    for lang in config.languages:
        pages = [(slug, part.title(lang, config.source_language)) for part in config.parts for slug in part.sections]
        pages.append(("glossary", ""))
        docs[lang] = []
        for slug, part_title in pages:
            path = root / lang / f"{slug}.md"
            if not path.is_file():
                continue
            rendered = render_page(renderer, root, config, lang, path)
            docs[lang].append(docs_from_rendered(f"{lang}/{slug}.html", rendered, part_title))
    return docs


@pytest.fixture(scope="module")
def docs() -> dict[str, list[SearchDoc]]:
    return sample_docs()


@pytest.fixture(scope="module")
def indexes(docs: dict[str, list[SearchDoc]]) -> dict[str, SearchIndex]:
    return {lang: build_index(lang, pages) for lang, pages in docs.items()}


# --- words -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "group",
    [
        ["лаборатория", "лабораторията", "лаборатории", "лабораториите"],
        ["технология", "технологии", "технологиите"],
        ["студент", "студенти", "студентите", "студентът"],
        ["курс", "курса", "курсът", "курсове", "курсовете"],
        ["значка", "значки", "значките", "значката"],
        ["учебен", "учебна", "учебни", "учебната", "учебните"],
        ["знание", "знания", "знанията"],
        ["модел", "модела", "моделът", "модели", "моделите"],
        ["обучение", "обучението", "обучения"],
    ],
)
def test_bulgarian_stemmer_gives_one_stem_to_the_forms_of_a_word(group: list[str]) -> None:
    stems = {stem_bulgarian(word) for word in group}
    assert len(stems) == 1, stems
    assert len(stems.pop()) >= 3


def test_bulgarian_stemmer_keeps_short_stems_and_foreign_words() -> None:
    assert stem_bulgarian("лаборатория") == "лаборатор"
    assert stem_bulgarian("технологиите") == "технолог"
    assert stem_bulgarian("учи") == "учи"  # a stem would be shorter than 3 letters
    assert stem_bulgarian("moodle") == "moodle"
    assert stem_bulgarian("2024") == "2024"
    assert stem("bg", "лабораториите") == "лаборатор"


def test_stemmers_per_language() -> None:
    assert stem("ru", "лабораторией") == stem("ru", "лаборатория") == "лаборатор"
    assert stem("en", "technologies") == stem("en", "technology")
    assert stem("kk", "ойындар") == "ойындар"  # no stemmer: matched by prefix
    assert stem("uz", "oqitish") == "oqitish"


def test_tokenize_normalises_case_yo_apostrophes_and_drops_short_and_stop_words() -> None:
    assert tokenize("uz", "O'qitish oʻqitish o‘qitish o’qitish o`qitish OQITISH") == ["oqitish"] * 6
    assert tokenize("ru", "Это всё ещё Ёлка, а лаборато\u0301рия — 2024 г.") == ["елка", "лаборатория", "2024"]
    assert tokenize("en", "The gamified course, and its badges") == ["gamified", "course", "badges"]
    assert tokenize("bg", "Това е курсът за студентите") == ["курсът", "студентите"]
    assert tokenize("kk", "Ойын және оқу") == ["ойын", "және", "оқу"]  # no stop words
    assert normalize_word("ru", "ЁЖ") == "еж"


def test_matching_rules() -> None:
    assert key_matches("лабораторией", "лаборатор") == 1.0  # the key is a stem of the word
    assert key_matches("gamified", "gamif") == 1.0
    assert key_matches("gamification", "gamif") == 0.0  # 7 letters longer: needs an alias
    assert key_matches("лаб", "лаборатор") == 0.5  # typing in progress
    assert key_matches("ла", "лаборатор") == 0.0
    assert key_matches("ит", "ит") == 1.0


def test_number_code_round_trips() -> None:
    numbers = [0, 1, 31, 32, 200, 1023, 1024, 100_000, 7]
    code = encode_numbers(numbers)
    assert decode_numbers(code) == numbers
    assert all(ch.isalnum() or ch in "-_" for ch in code)
    assert len(encode_numbers([5, 31, 0])) == 3 and len(encode_numbers([32])) == 2  # one character below 32


def test_names_are_front_coded_and_round_trip() -> None:
    terms = sorted(["лаборатор", "лабораторн", "лаборант", "gamif", "gamifi", "2024", "ойын", "ойындар", "x𝔘y", "x𝔘z"])
    names = encode_names(terms)
    assert decode_names(names) == terms
    # а–я are one ASCII character each, other letters stay as they are; a mark says how much is shared.
    assert encode_names(["лаборатор", "лабораторн"]) == "!LABOQASOQ,N"
    assert encode_names(["қазақ", "ойын"]) == "!қAHAқ!OJ[N"
    long = ["а" * 40 + "б", "а" * 40 + "в"]
    assert decode_names(encode_names(long)) == long  # at most 16 shared code units
    # Aliases are written against their terms.
    assert decode_names(encode_names(["gamification", "study"], ["gamif", "studi"]), ["gamif", "studi"]) == [
        "gamification",
        "study",
    ]


# --- passages ----------------------------------------------------------------------------------------------------


def test_passages_follow_the_headings_and_leave_out_the_renderers_words(docs: dict[str, list[SearchDoc]]) -> None:
    page = next(d for d in docs["bg"] if d.url == "bg/02-flipped-classroom.html")
    assert page.title == "Обърнатата класна стая"
    assert page.part == "Основи"
    assert page.summary.startswith("Как студентите")
    assert page.headings[0] == ("what", "Какво означава „обърната“ класна стая")
    assert [h for h, _ in page.passages] == sorted(h for h, _ in page.passages)
    assert all(-1 <= h < len(page.headings) for h, _ in page.passages)
    texts = [text for _, text in page.passages]
    assert any("Какво правят студентите преди занятието" in t for t in texts)  # quiz question
    assert "Запознават се с новия материал чрез видео или текст." in texts  # quiz option
    assert "Кратко въведение в обърнатата класна стая (6 секунди, със субтитри)" in texts  # video caption
    joined = " ".join(texts)
    for generated in ("Изберете един отговор", "Въпрос 1 от 2", "Вашият браузър", "Проверете отговора", "↩"):
        assert generated not in joined


def test_passages_of_tables_lists_and_definitions() -> None:
    html = (
        '<h2 data-line="1" id="a">A</h2>\n<p data-line="3">Intro<sup id="fnref:x"><a class="footnote-ref" '
        'href="#fn:x">1</a></sup> text.</p>\n<table data-line="5"><thead><tr><th>K</th><th>V</th></tr></thead>'
        "<tbody><tr><td>one</td><td>two</td></tr></tbody></table>\n"
        '<h3 data-line="9" id="b">B</h3>\n<dl data-line="11"><dt>Term</dt><dd>Its meaning.</dd></dl>\n'
        '<div class="admonition note" data-line="13"><p class="admonition-title">Note</p><p>Body</p></div>\n'
        '<figure class="hb-video" data-line="15"><video><p class="hb-media-fallback">No video. '
        '<a class="hb-generated" href="x">Download</a></p></video><figcaption>Caption</figcaption></figure>'
    )
    assert passages_from_html(html) == [
        (0, "Intro text."),
        (0, "K · V"),
        (0, "one · two"),
        (1, "Term — Its meaning."),
        (1, "Note"),
        (1, "Body"),
        (1, "Caption"),
    ]


def test_headings_of_passages_match_the_renderers_headings(docs: dict[str, list[SearchDoc]]) -> None:
    for pages in docs.values():
        for page in pages:
            assert all(-1 <= h < len(page.headings) for h, _ in page.passages), page.url


# --- the index -------------------------------------------------------------------------------------------------


def test_index_script_is_compact_deterministic_json(indexes: dict[str, SearchIndex], docs) -> None:
    script = indexes["ru"].to_js()
    prefix = '(window.HB_SEARCH=window.HB_SEARCH||{})["ru"]='
    assert script.startswith(prefix) and script.endswith(";\n")
    data = json.loads(script[len(prefix) : -2])
    assert data["v"] == 2 and data["l"] == "ru" and "и" in data["s"]
    assert data["pages"][0][:3] == ["ru/01-blended-learning.html", "Смешанное обучение", "Основы"]
    assert len(data["pages"]) == len(docs["ru"])
    assert build_index("ru", docs["ru"]).to_js() == script
    assert ", " not in script[:200] and ": " not in script[:200]


def fragments_of(lang: str, pages: list[SearchDoc]) -> list[str]:
    """What the exporter does: terms per page (in the render workers), then a fragment per page."""
    out = []
    for doc in pages:
        terms = page_terms(
            lang, doc.passages, doc.title, doc.summary, doc.headings, doc.keywords, glossary="glossary" in doc.url
        )
        out.append(page_fragment(doc.url, doc.title, doc.part, doc.summary, doc.headings, terms))
    return out


def test_index_is_joined_from_independent_page_fragments(indexes: dict[str, SearchIndex], docs) -> None:
    pages = docs["bg"]
    fragments = fragments_of("bg", pages)
    assert assemble_index_js("bg", fragments) == indexes["bg"].to_js()
    # A fragment depends on its page only: the same alone, among other pages, or in another order.
    assert fragments_of("bg", pages[3:4]) == fragments[3:4]
    assert fragments_of("bg", pages[::-1]) == fragments[::-1]
    # One page edited: one fragment changes, and the joined index is what a full build gives.
    edited = [*pages]
    edited[2] = dataclasses.replace(pages[2], passages=[*pages[2].passages, (-1, "Нов абзац за холограмите.")])
    changed = fragments_of("bg", edited)
    assert [n for n, (a, b) in enumerate(zip(fragments, changed, strict=True)) if a != b] == [2]
    index = SearchIndex(assemble_index_js("bg", changed))
    assert index.to_js() == build_index("bg", edited).to_js()
    assert first(index, "холограмите") == pages[2].url
    assert indexes["bg"].query("холограмите") == []


def test_page_fragment_checks_that_its_terms_are_for_this_page(docs) -> None:
    doc = docs["ru"][0]
    terms = page_terms("ru", doc.passages, doc.title, doc.summary, doc.headings, doc.keywords)
    with pytest.raises(ValueError, match="another title"):
        page_fragment(doc.url, doc.title + " 2", doc.part, doc.summary, doc.headings, terms)
    with pytest.raises(ValueError):
        page_fragment(doc.url, doc.title, doc.part, doc.summary, doc.headings[1:], terms)
    # The URL and the part are the fragment's own: no terms depend on them.
    fragment = page_fragment("ru/elsewhere.html", doc.title, "Другая часть", doc.summary, doc.headings, terms)
    assert json.loads(fragment)[:3] == ["ru/elsewhere.html", doc.title, "Другая часть"]


def test_export_joins_the_fragments_of_the_rendered_pages(tmp_path: Path) -> None:
    """The exporter's wiring: terms made with each page's rendering, fragments made with the site's titles."""
    result = export_site(SAMPLE, tmp_path / "site", cache_dir=tmp_path / "cache", workers=1)
    scripts = {}
    for lang in ("ru", "bg"):
        script = scripts[lang] = (tmp_path / "site" / "search" / f"{lang}.js").read_text(encoding="utf-8")
        assert result.search_bytes[lang] == len(script.encode("utf-8"))
        index = SearchIndex(script)
        assert first(index, "лабораторией" if lang == "ru" else "лабораториите") == f"{lang}/06-virtual-labs.html"
        glossary = next(page for page in index.pages if page[0] == f"{lang}/glossary.html")
        assert len(glossary[5]) > 3  # the glossary keeps all its snippets
    # Exported again, every page from the cache: the same index.
    again = export_site(SAMPLE, tmp_path / "site", cache_dir=tmp_path / "cache", workers=1)
    assert again.rendered == 0
    assert (tmp_path / "site" / "search" / "ru.js").read_text(encoding="utf-8") == scripts["ru"]


def test_index_is_small(indexes: dict[str, SearchIndex]) -> None:
    for lang, index in indexes.items():
        assert index.size_bytes < 60_000, (lang, index.size_bytes)
        assert index.gzip_bytes < 20_000, (lang, index.gzip_bytes)


# --- queries -------------------------------------------------------------------------------------------------------


def first(index: SearchIndex, query: str) -> str:
    results = index.query(query)
    assert results, f"nothing found for {query!r}"
    return results[0].url


def test_russian_word_forms(indexes: dict[str, SearchIndex]) -> None:
    assert first(indexes["ru"], "лабораторией") == "ru/06-virtual-labs.html"
    assert first(indexes["ru"], "Лабораторию") == "ru/06-virtual-labs.html"
    assert first(indexes["ru"], "технологии") == "ru/09-centre-setup.html"
    hit = indexes["ru"].query("маятника")[0]
    assert (hit.url, hit.anchor, hit.heading) == (
        "ru/06-virtual-labs.html",
        "pendulum",
        "Пример: математический маятник",
    )
    assert "маятник" in hit.snippet
    assert hit.href == "ru/06-virtual-labs.html#pendulum"


def test_bulgarian_word_forms(indexes: dict[str, SearchIndex]) -> None:
    assert first(indexes["bg"], "лабораториите") == "bg/06-virtual-labs.html"
    assert first(indexes["bg"], "лабораторията") == "bg/06-virtual-labs.html"
    assert first(indexes["bg"], "технологиите") == "bg/09-centre-setup.html"


def test_english_word_forms(indexes: dict[str, SearchIndex]) -> None:
    assert first(indexes["en"], "gamified") == "en/04-gamification.html"
    assert first(indexes["en"], "gamification") == "en/04-gamification.html"  # an alias: the stem is "gamif"
    assert first(indexes["en"], "laboratories") == "en/06-virtual-labs.html"


def test_kazakh_and_uzbek_by_prefix(indexes: dict[str, SearchIndex]) -> None:
    assert first(indexes["kk"], "геймифик") == "kk/04-gamification.html"
    assert "kk/04-gamification.html" in [r.url for r in indexes["kk"].query("ойынд")]
    assert first(indexes["uz"], "teska") == "uz/02-flipped-classroom.html"
    # The text writes oʻqituvchi (U+02BB); any apostrophe, or none, finds it.
    for query in ("o'qituvchi", "o‘qituvchi", "oqituv"):
        assert indexes["uz"].query(query), query


def test_every_word_must_match_and_stop_words_are_ignored(indexes: dict[str, SearchIndex]) -> None:
    ru = indexes["ru"]
    both = {r.url for r in ru.query("виртуальная лаборатория")}
    assert both <= {r.url for r in ru.query("виртуальная")} & {r.url for r in ru.query("лаборатория")}
    assert ru.query("лаборатория zzzzqx") == []
    assert [r.url for r in ru.query("и лаборатория")] == [r.url for r in ru.query("лаборатория")]
    assert ru.query("и") == [] and ru.query("") == [] and ru.query("?!") == []


def test_results_are_restricted_to_the_language(indexes: dict[str, SearchIndex]) -> None:
    assert all(r.url.startswith("bg/") for r in indexes["bg"].query("лаборатор"))
    assert indexes["en"].query("лаборатория") == []


# --- search.js gives the same answers --------------------------------------------------------------------------

NODE_HARNESS = r"""
const fs = require('fs');
global.window = {};
global.document = { readyState: 'complete', querySelectorAll: () => [] };
require(process.argv[2]);
const job = JSON.parse(fs.readFileSync(process.argv[3], 'utf8'));
const out = {};
for (const [lang, file] of Object.entries(job.indexes)) {
  (0, eval)(fs.readFileSync(file, 'utf8'));
  const index = new window.HBSearch.Index(window.HB_SEARCH[lang]);
  out[lang] = job.queries[lang].map((q) => index.query(q).results.map(
    (r) => [r.url, r.anchor, r.title, r.part, r.heading, r.snippet, r.score]));
}
process.stdout.write(JSON.stringify(out));
"""

CROSS_QUERIES = {
    "ru": ["лабораторией", "лаб", "технологии", "виртуальная лаборатория", "маятника", "и", "ёлка", "студентов тест"],
    "bg": ["лабораториите", "технологиите", "курсовете", "значки", "обратна връзка", "сим"],
    "en": ["gamified", "gamification", "study", "studying", "badges points", "the", "lab", "feedback quiz"],
    "kk": ["геймифик", "ойын", "оқыту", "видео"],
    "uz": ["teska", "o'qituvchi", "oʻqit", "video"],
}


@pytest.mark.skipif(NODE is None, reason="node is not installed")
def test_search_js_answers_like_python(indexes: dict[str, SearchIndex], tmp_path: Path) -> None:
    job: dict = {"indexes": {}, "queries": CROSS_QUERIES}
    for lang, index in indexes.items():
        path = tmp_path / f"{lang}.js"
        path.write_text(index.to_js(), encoding="utf-8")
        job["indexes"][lang] = str(path)
    (tmp_path / "job.json").write_text(json.dumps(job), encoding="utf-8")
    (tmp_path / "harness.cjs").write_text(NODE_HARNESS, encoding="utf-8")
    run = subprocess.run(
        [NODE, str(tmp_path / "harness.cjs"), str(SEARCH_JS), str(tmp_path / "job.json")],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    answers = json.loads(run.stdout)
    for lang, queries in CROSS_QUERIES.items():
        for query, js in zip(queries, answers[lang], strict=True):
            python = [
                [r.url, r.anchor, r.title, r.part, r.heading, r.snippet, r.score]
                for r in indexes[lang].query(query, limit=1000)
            ]
            assert js == python, (lang, query)


# --- search.js in Chromium, from file:// ---------------------------------------------------------------------------

PLAYWRIGHT = REPO_ROOT / "node_modules" / "playwright-core"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"

PAGE = """<!doctype html>
<html lang="{lang}"><head><meta charset="utf-8"><title>t</title>
<script src="../assets/search.js" defer></script></head>
<body data-root="../"><header>
<form class="hb-search" role="search" action="index.html" data-search-index="../search/{index}.js" data-root="../"
 data-words-no-results="Ничего не найдено по запросу «{{q}}»" data-words-results="{{n}} результатов"
 data-words-results-one="{{n}} результат" data-words-results-few="{{n}} результата"
 data-words-unavailable="Поиск недоступен">
<label for="hb-search-input">Поиск</label>
<input type="search" id="hb-search-input" name="q" autocomplete="off">
<div class="hb-search-results" data-search-results aria-live="polite"></div>
</form></header><main id="main"><p>page</p></main></body></html>
"""

BROWSER_SCRIPT = r"""
const { chromium } = require(process.env.PLAYWRIGHT_CORE);
(async () => {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM, args: ['--headless', '--no-sandbox',
    '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--no-first-run'] });
  const out = { errors: [], requests: [] };
  try {
    const context = await browser.newContext();
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:')) return route.continue();
      out.requests.push(url);
      return route.abort();
    });
    const page = await context.newPage();
    page.on('pageerror', (e) => out.errors.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error') out.console = (out.console || []).concat(m.text()); });
    await page.goto(process.env.SITE + '/ru/page.html');
    out.loadedBeforeFocus = await page.evaluate(() => !!(window.HB_SEARCH && window.HB_SEARCH.ru));
    await page.type('#hb-search-input', 'лабораторией');
    // Results for a partly typed word may show first; wait for the debounced answer to the whole word.
    await page.waitForFunction((s) => (document.querySelector('.hb-search-status') || {}).textContent === s,
      process.env.EXPECTED_STATUS, { timeout: 5000 });
    out.status = await page.textContent('.hb-search-status');
    out.first = await page.getAttribute('[data-search-results] li a', 'href');
    out.where = await page.textContent('[data-search-results] li .hb-search-where');
    out.marks = await page.$$eval('[data-search-results] mark', (ms) => ms.map((m) => m.textContent));
    await page.keyboard.press('ArrowDown');
    out.focused = await page.evaluate(() => document.activeElement.getAttribute('href'));
    await page.keyboard.press('ArrowUp');
    out.backInInput = await page.evaluate(() => document.activeElement.id);
    await page.keyboard.press('Escape');
    out.afterEscape = await page.evaluate(() => [document.querySelector('#hb-search-input').value,
      document.querySelector('[data-search-results]').hidden]);
    await page.type('#hb-search-input', 'зззззк');
    await page.waitForFunction(() => document.querySelector('.hb-search-status').textContent.includes('зззззк'));
    out.none = await page.textContent('.hb-search-status');
    const missing = await context.newPage();
    missing.on('pageerror', (e) => out.errors.push(String(e)));
    await missing.goto(process.env.SITE + '/ru/missing.html');
    await missing.type('#hb-search-input', 'лаб');
    await missing.waitForFunction(() => document.querySelector('.hb-search-status').textContent !== '');
    out.missing = await missing.textContent('.hb-search-status');
  } finally {
    await browser.close();
  }
  process.stdout.write(JSON.stringify(out));
})().catch((e) => { process.stderr.write(String(e.stack || e)); process.exit(1); });
"""


@pytest.mark.slow
@pytest.mark.skipif(
    NODE is None or not PLAYWRIGHT.is_dir() or not Path(CHROMIUM).exists(),
    reason="needs node, node_modules/playwright-core (./dev setup) and Debian's chromium",
)
def test_search_box_in_chromium_from_file_url(indexes: dict[str, SearchIndex], tmp_path: Path) -> None:
    site = tmp_path / "site"
    (site / "assets").mkdir(parents=True)
    (site / "search").mkdir()
    (site / "ru").mkdir()
    shutil.copy(SEARCH_JS, site / "assets" / "search.js")
    (site / "search" / "ru.js").write_text(indexes["ru"].to_js(), encoding="utf-8")
    (site / "ru" / "page.html").write_text(PAGE.format(lang="ru", index="ru"), encoding="utf-8")
    (site / "ru" / "missing.html").write_text(PAGE.format(lang="ru", index="nope"), encoding="utf-8")
    (tmp_path / "browser.cjs").write_text(BROWSER_SCRIPT, encoding="utf-8")
    expected = indexes["ru"].query("лабораторией", limit=1000)
    env = {
        "PLAYWRIGHT_CORE": str(PLAYWRIGHT),
        "CHROMIUM": CHROMIUM,
        "SITE": site.as_uri(),
        "EXPECTED_STATUS": f"{len(expected)} результатов",
        "PATH": "/usr/bin:/bin",
    }
    run = subprocess.run(
        [NODE, str(tmp_path / "browser.cjs")], capture_output=True, text=True, timeout=120, env=env, check=False
    )
    assert run.returncode == 0, run.stderr
    out = json.loads(run.stdout)
    assert out["errors"] == [] and out["requests"] == []
    assert out["loadedBeforeFocus"] is False  # the index loads lazily
    assert out["first"] == "../ru/06-virtual-labs.html"
    assert out["status"] == f"{len(expected)} результатов"
    assert out["where"] == "Активное обучение и оценивание"
    assert out["marks"] and all(m.lower().startswith("лаборатор") for m in out["marks"])
    assert out["focused"] == "../ru/06-virtual-labs.html"
    assert out["backInInput"] == "hb-search-input"
    assert out["afterEscape"] == ["", True]
    assert out["none"] == "Ничего не найдено по запросу «зззззк»"
    assert out["missing"] == "Поиск недоступен"
    # The only console message allowed is Chromium's own note that the missing index file failed to load.
    assert all("ERR_FILE_NOT_FOUND" in text or "Failed to load" in text for text in out.get("console", []))
