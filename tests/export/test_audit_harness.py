"""The validator harness itself, proved on a tiny hand-made site (no exporter needed).

Two pages in ``en/``: ``good.html`` is clean; ``bad.html`` has exactly four faults — an image without alt, a link
to an anchor that does not exist, a request to https://example.org and a JavaScript error. The harness must report
those four and nothing else. The judges are also tried on made-up reports, without a browser.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from PIL import Image

SAMPLE_MEDIA = Path(__file__).resolve().parents[2] / "resources" / "sample-handbook" / "media"

GOOD_PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Good page</title>
<link rel="stylesheet" href="../assets/site.css">
</head>
<body>
<a class="skip" href="#main">Skip to the content</a>
<main id="main">
<h1 id="введение">Good page</h1>
<p><a href="#part-2">Part 2</a>, <a href="#%D0%B2%D0%B2%D0%B5%D0%B4%D0%B5%D0%BD%D0%B8%D0%B5">the start</a>,
<a href="bad.html#known">the other page</a>, <a href="https://example.org/">another site</a>.</p>
<img src="pic.png" srcset="pic.png 1x, pic.png 2x" alt="A red square" width="8" height="8">
<h2 id="part-2">Part 2</h2>
<video controls src="../media/clip.webm" poster="pic.png" width="320" height="180">
<track kind="captions" srclang="en" src="../media/clip.en.vtt" label="English">
</video>
<input type="search" aria-label="Search" data-search-input>
<div data-search-results></div>
</main>
<script src="../assets/site.js"></script>
</body>
</html>
"""

BAD_PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Bad page</title>
</head>
<body>
<main>
<h1 id="known">Bad page</h1>
<img src="pic.png" width="8" height="8">
<p><a href="good.html#no-such-id">A broken anchor</a></p>
<img src="https://example.org/pixel.png" alt="" width="1" height="1">
<script>document.title = missingFunction();</script>
</main>
</body>
</html>
"""

# A search box that shows its query as one result link: enough to prove that --eval-file types and reads back.
SITE_JS = """
const input = document.querySelector('[data-search-input]');
input.addEventListener('input', () => {
  const results = document.querySelector('[data-search-results]');
  results.innerHTML = '';
  const a = document.createElement('a');
  a.href = 'good.html#part-2';
  a.textContent = input.value;
  results.append(a);
});
"""

EVAL_TYPE_AND_READ = """
const input = document.querySelector('input[type=search]');
if (!input) return null;
input.value = 'лабораторией';
input.dispatchEvent(new Event('input', {bubbles: true}));
await waitFor(() => document.querySelector('[data-search-results] a'));
return [...document.querySelectorAll('[data-search-results] a')].map((a) => [a.textContent, a.getAttribute('href')]);
"""


@pytest.fixture(scope="module")
def tiny_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    site = tmp_path_factory.mktemp("tiny") / "site"
    (site / "en").mkdir(parents=True)
    (site / "assets").mkdir()
    (site / "media").mkdir()
    (site / "en" / "good.html").write_text(GOOD_PAGE, encoding="utf-8")
    (site / "en" / "bad.html").write_text(BAD_PAGE, encoding="utf-8")
    (site / "assets" / "site.css").write_text(".skip { position: absolute; left: -999px; }\n", encoding="utf-8")
    (site / "assets" / "site.js").write_text(SITE_JS, encoding="utf-8")
    Image.new("RGB", (8, 8), "red").save(site / "en" / "pic.png")
    shutil.copy(SAMPLE_MEDIA / "short-lecture.webm", site / "media" / "clip.webm")
    shutil.copy(SAMPLE_MEDIA / "short-lecture.en.vtt", site / "media" / "clip.en.vtt")
    return site


@pytest.fixture(scope="module")
def tiny_audit(tiny_site: Path, run_audit) -> dict[str, Any]:
    return run_audit(tiny_site, eval_js=EVAL_TYPE_AND_READ)


@pytest.mark.slow
def test_the_good_page_has_no_problem_at_all(tiny_audit: dict[str, Any], site_checks: SimpleNamespace) -> None:
    good = tiny_audit["pages"]["en/good.html"]
    for key in ("violations", "consoleErrors", "pageErrors", "blockedRequests", "failedRequests", "brokenLinks"):
        assert good[key] == [], f"en/good.html: unexpected {key}: {good[key]}"
    assert good["warnings"] == [] and "loadError" not in good and good["navigations"] == []
    assert good["lang"] == "en" and good["title"] == "Good page"
    assert good["media"] == [
        {
            "tag": "video",
            "sources": ["media/clip.webm"],
            "tracks": [{"kind": "captions", "srclang": "en", "src": "media/clip.en.vtt", "label": "English"}],
        }
    ]


@pytest.mark.slow
def test_the_bad_page_has_exactly_its_four_faults(tiny_audit: dict[str, Any]) -> None:
    assert sorted(tiny_audit["pages"]) == ["en/bad.html", "en/good.html"]
    bad = tiny_audit["pages"]["en/bad.html"]
    assert [(v["id"], v["impact"], v["nodes"]) for v in bad["violations"]] == [("image-alt", "critical", 1)]
    assert [(link["attr"], link["value"], link["reason"]) for link in bad["brokenLinks"]] == [
        ("href", "good.html#no-such-id", 'no id "no-such-id" in en/good.html')
    ]
    assert bad["blockedRequests"] == [{"url": "https://example.org/pixel.png", "type": "image"}]
    assert [e["message"] for e in bad["pageErrors"]] == ["ReferenceError: missingFunction is not defined"]
    assert bad["consoleErrors"] == [] and bad["failedRequests"] == [] and bad["warnings"] == []
    assert tiny_audit["unattributedRequests"] == []


@pytest.mark.slow
def test_eval_runs_in_each_page_after_load(tiny_audit: dict[str, Any]) -> None:
    assert tiny_audit["pages"]["en/good.html"]["eval"] == [["лабораторией", "good.html#part-2"]]
    assert tiny_audit["pages"]["en/bad.html"]["eval"] is None  # no search box there


@pytest.mark.slow
def test_the_judges_name_the_page_and_the_fault(
    tiny_site: Path, tiny_audit: dict[str, Any], site_checks: SimpleNamespace
) -> None:
    assert site_checks.load(tiny_audit) == []
    assert site_checks.axe(tiny_audit) == [
        "en/bad.html: axe image-alt (critical, 1 element(s)): Images must have alternative text"
        ' — at img[src$="pic.png"] — <img src="pic.png" width="8" height="8">'
    ]
    assert site_checks.links(tiny_audit) == [
        'en/bad.html: <a href="good.html#no-such-id">: no id "no-such-id" in en/good.html'
    ]
    assert site_checks.requests(tiny_audit) == [
        "en/bad.html: requested https://example.org/pixel.png (image), which is off the machine"
    ]
    [script_problem] = site_checks.scripts(tiny_audit)
    assert script_problem.startswith("en/bad.html: uncaught ReferenceError: missingFunction is not defined")
    assert site_checks.lang(tiny_audit, ["en", "ru"]) == []
    assert site_checks.captions(tiny_audit, [tiny_site / "media"], ["en"]) == []


@pytest.mark.slow
def test_nu_reports_only_the_missing_alt(tiny_site: Path, run_nu, site_checks: SimpleNamespace) -> None:
    errors = run_nu(tiny_site)
    assert [(e["file"], e["line"]) for e in errors] == [("en/bad.html", 10)], errors
    assert "alt" in errors[0]["message"]
    assert site_checks.nu(errors)[0] == "en/bad.html: 1 Nu HTML Checker error(s)"
    assert run_nu(tiny_site, files=["en/good.html"]) == []


@pytest.mark.slow
def test_a_page_that_cannot_be_opened_is_reported_not_skipped(tiny_site: Path, run_audit, site_checks) -> None:
    report = run_audit(tiny_site, pages=["en/good.html", "en/missing.html"])
    assert sorted(report["pages"]) == ["en/good.html", "en/missing.html"]
    assert site_checks.load(report) == ["en/missing.html: could not be audited: no such page"]


# ---- the judges on made-up reports (no browser) --------------------------------------------------------------


def _page(**fields: Any) -> dict[str, Any]:
    empty: dict[str, Any] = {
        "lang": "en",
        "violations": [],
        "consoleErrors": [],
        "pageErrors": [],
        "blockedRequests": [],
        "failedRequests": [],
        "brokenLinks": [],
        "media": [],
        "warnings": [],
        "navigations": [],
        "dialogs": [],
        "popups": [],
    }
    return {**empty, **fields}


def test_lang_must_match_the_language_folder(site_checks: SimpleNamespace) -> None:
    report = {
        "pages": {
            "index.html": _page(lang="bg"),
            "ru/a.html": _page(lang="en"),
            "ru/b.html": _page(lang="ru-RU"),
            "kk/c.html": _page(lang=None),
            "assets/d.html": _page(lang="en"),
        }
    }
    assert site_checks.lang(report, ["bg", "ru", "kk"]) == [
        "kk/c.html: <html> has no lang attribute",
        'ru/a.html: <html lang="en"> but the page is in the ru/ folder',
    ]


def test_a_video_needs_captions_in_the_page_language_when_the_file_exists(
    tmp_path: Path, site_checks: SimpleNamespace
) -> None:
    (tmp_path / "lecture.ru.vtt").write_text("WEBVTT\n", encoding="utf-8")
    (tmp_path / "lecture.kk.vtt").write_text("WEBVTT\n", encoding="utf-8")

    def video(*tracks: tuple[str, str]) -> dict[str, Any]:
        return {
            "tag": "video",
            "sources": ["media/lecture.5d41.webm"],
            "tracks": [{"kind": kind, "srclang": lang, "src": f"media/lecture.{lang}.vtt"} for kind, lang in tracks],
        }

    report = {
        "pages": {
            "ru/ok.html": _page(lang="ru", media=[video(("captions", "ru"), ("captions", "en"))]),
            "ru/none.html": _page(lang="ru", media=[video()]),
            "kk/subtitles.html": _page(lang="kk", media=[video(("subtitles", "kk"))]),
            "kk/other-language.html": _page(lang="kk", media=[video(("captions", "ru"))]),
            "en/no-file.html": _page(lang="en", media=[video()]),  # no lecture.en.vtt: nothing to require
            "en/audio.html": _page(lang="en", media=[{"tag": "audio", "sources": ["media/a.ogg"], "tracks": []}]),
        }
    }
    problems = site_checks.captions(report, [tmp_path], ["ru", "kk", "en"])
    assert problems == [
        'kk/other-language.html: <video> media/lecture.5d41.webm has no <track kind="captions" srclang="kk">'
        " although media/lecture.kk.vtt exists (its tracks: captions/ru)",
        'kk/subtitles.html: <video> media/lecture.5d41.webm has no <track kind="captions" srclang="kk">'
        " although media/lecture.kk.vtt exists (its tracks: subtitles/kk)",
        'ru/none.html: <video> media/lecture.5d41.webm has no <track kind="captions" srclang="ru">'
        " although media/lecture.ru.vtt exists (its tracks: none)",
    ]


def test_nu_problems_group_by_page_and_show_where(site_checks: SimpleNamespace) -> None:
    errors = [
        {"file": "ru/a.html", "line": 3, "column": 5, "message": "Bad value “x” for attribute “lang”.", "extract": "x"},
        {"file": "ru/a.html", "line": 9, "column": 1, "message": "Stray end tag “div”.", "extract": "</div>"},
    ]
    assert site_checks.nu(errors) == [
        "ru/a.html: 2 Nu HTML Checker error(s)",
        "ru/a.html:3:5: Bad value “x” for attribute “lang”.  «x»",
        "ru/a.html:9:1: Stray end tag “div”.  «</div>»",
    ]
    assert site_checks.nu([]) == []
