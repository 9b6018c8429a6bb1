"""What a reader does with the exported sample in Chromium, from file:// with every request off the machine refused.

test_site_validators.py judges every page as loaded (axe, links, captions, requests, script errors) and
tests/core/export/test_search.py the search box on a hand-made page. Here a reader uses the real site: searches in
each language and opens the first result, answers a quiz with the keyboard, arrives at the language chooser with a
browser that speaks Russian, and looks at an embedded simulation offline. It all runs in site_audit.mjs's browser
(``run_audit``) with ``tests/tools/site_reader.mjs`` as its --eval-file; the screenshots for the README are made by
``tests/tools/site_screenshots.mjs``, which is run here too so that it keeps working.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from PIL import Image

pytestmark = pytest.mark.slow

REPO_ROOT = Path(__file__).resolve().parents[2]
READER = REPO_ROOT / "tests" / "tools" / "site_reader.mjs"
SCREENSHOTS = REPO_ROOT / "tests" / "tools" / "site_screenshots.mjs"

#: The query site_reader.mjs types on <lang>/01-blended-learning.html, and the page it must find first.
SEARCHES = {
    "ru": ("лабораторией", "ru/06-virtual-labs.html"),  # the text says «лаборатория», «лабораторию»
    "bg": ("лабораториите", "bg/06-virtual-labs.html"),
    "en": ("gamified", "en/04-gamification.html"),
    "kk": ("геймифик", "kk/04-gamification.html"),  # a prefix of «геймификация»
    "uz": ("teska", "uz/02-flipped-classroom.html"),  # a prefix of «teskari»
}
QUIZ_PAGE = "bg/01-blended-learning.html"
EMBED_PAGE = "bg/06-virtual-labs.html"
PAGES = ["index.html", *(f"{lang}/01-blended-learning.html" for lang in SEARCHES), EMBED_PAGE]


@pytest.fixture(scope="module")
def reader(exported_site: Path, run_audit) -> dict[str, Any]:
    """The audit of PAGES with the reader's steps, in a browser whose language is Russian."""
    return run_audit(exported_site, pages=PAGES, eval_js=READER, args=("--locale", "ru-RU"))


def steps(report: dict[str, Any], page: str) -> dict[str, Any]:
    result = report["pages"][page]
    assert not result.get("loadError"), f"{page}: {result.get('loadError')}"
    assert not result.get("evalError"), f"{page}: the reader's steps failed: {result.get('evalError')}"
    return result["eval"]


def test_the_reader_meets_no_error_and_nothing_leaves_the_machine(
    reader: dict[str, Any], site_checks: SimpleNamespace
) -> None:
    assert reader["locale"] == "ru-RU"
    assert sorted(reader["pages"]) == sorted(PAGES)
    problems = site_checks.load(reader) + site_checks.scripts(reader) + site_checks.requests(reader)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", list(SEARCHES))
def test_search_finds_the_page_from_file_url_and_its_first_result_opens_it(reader: dict[str, Any], lang: str) -> None:
    query, expected = SEARCHES[lang]
    search = steps(reader, f"{lang}/01-blended-learning.html")["search"]
    assert search["query"] == search["value"] == query
    results = search["results"]
    assert results, f"{lang}: nothing found for {query!r} (status: {search['status']!r})"
    assert search["visible"], "the results are not shown"
    assert search["outside"] == 0, "result links outside the element with data-search-results"
    assert results[0]["href"].split("#")[0] == f"../{expected}", [r["href"] for r in results]
    assert all(r["href"].startswith(f"../{lang}/") for r in results), "results from another language"
    assert all(r["title"] for r in results), "a result without its page's title"
    opened = search["opened"]
    assert opened["url"] == expected and opened["exists"], f"the first result opened {opened}"
    assert opened["lang"] == lang
    assert opened["h1"] == results[0]["title"], "the page that opened is not the one the result named"


def test_a_quiz_can_be_answered_with_the_keyboard(reader: dict[str, Any]) -> None:
    quiz = steps(reader, QUIZ_PAGE)["quiz"]
    assert "error" not in quiz, quiz.get("error")
    # Tab to the first option, Space, Tab to the check button, Enter: a wrong answer, and the page says so.
    first = quiz["first"]
    assert first["checked"].startswith("Ротационният модел") and first["checkedIsCorrect"] is False
    assert first["feedbackShown"], "no feedback after checking with the keyboard"
    assert first["verdict"] == first["incorrectText"] == "Не съвсем — опитайте отново"
    assert (first["feedbackRole"], first["feedbackLive"]) == ("status", "polite"), "not announced to screen readers"
    assert quiz["tabsToCheck"] == 1, "the check button does not come right after the options"
    # Shift+Tab back to the options, arrow keys to the right one, Tab, Enter.
    assert quiz["backOnOption"]
    second = quiz["second"]
    assert second["checked"].startswith("Моделът „по избор“") and second["checkedIsCorrect"] is True
    assert second["feedbackShown"] and second["verdict"] == second["correctText"] == "Вярно"


def test_the_language_chooser_sends_a_russian_reader_to_russian_and_stays_when_asked(
    reader: dict[str, Any],
) -> None:
    # The audited page itself started the redirect (the audit refuses it, to check the page that was asked for).
    navigations = reader["pages"]["index.html"]["navigations"]
    assert len(navigations) == 1 and navigations[0].endswith("/ru/index.html"), navigations
    chooser = steps(reader, "index.html")["chooser"]
    assert chooser["languages"] == ["ru-RU"]
    assert chooser["landed"] == {"url": "ru/index.html", "lang": "ru"}
    assert chooser["stayed"]["url"] == "index.html" and chooser["stayed"]["query"] == "?choose"
    assert chooser["stayed"]["choices"] == ["bg", "ru", "en", "kk", "uz"]


def test_the_embedded_simulation_shows_its_offline_picture(reader: dict[str, Any]) -> None:
    embed = steps(reader, EMBED_PAGE)["embed"]
    assert embed["src"].startswith("https://"), "the sample's embed is a web page"
    assert embed["iframes"] == 0, "from file:// the live content must not be loaded"
    image = embed["image"]
    assert image and image["loaded"] and image["visible"], f"the offline picture is not shown: {image}"
    assert "/media/" in image["src"] and "lab-pendulum" in image["src"]
    assert image["alt"] and embed["note"], "the picture needs its alt text and the note that it is the offline version"


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
def test_the_screenshot_script_makes_the_three_pictures(exported_site: Path, tmp_path: Path) -> None:
    run = subprocess.run(
        ["node", str(SCREENSHOTS), str(exported_site), str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    expected = {"site-section-desktop.png": 1280, "site-section-360.png": 360, "site-search-ru.png": 1280}
    for name, width in expected.items():
        path = tmp_path / name
        with Image.open(path) as image:
            assert image.format == "PNG" and image.width == width, (name, image.format, image.size)
            assert image.height >= 700
        assert path.stat().st_size < 300_000, f"{name} is {path.stat().st_size // 1024} KB"
