"""The exported sample handbook passes the real validators (issue 3, "Done when").

The export, the Nu HTML Checker and the browser audit each run once per session (fixtures in conftest.py); every
test below judges one aspect of their results and, when it fails, lists each page and what is wrong with it.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

pytestmark = pytest.mark.slow

SAMPLE_HANDBOOK = Path(__file__).resolve().parents[2] / "resources" / "sample-handbook"


def _fail_message(what: str, problems: list[str]) -> str:
    return f"{what}:\n  " + "\n  ".join(problems)


def test_the_audit_opened_every_page_in_full(
    exported_site: Path, exported_site_audit: dict[str, Any], site_checks: SimpleNamespace
) -> None:
    pages = {p.relative_to(exported_site).as_posix() for p in exported_site.rglob("*.html")}
    assert set(exported_site_audit["pages"]) == pages, "the audit did not open exactly the exported pages"
    assert "index.html" in pages
    for lang in site_checks.languages(SAMPLE_HANDBOOK):
        assert f"{lang}/index.html" in pages, f"no {lang}/index.html in the export"
    problems = site_checks.load(exported_site_audit)
    assert not problems, _fail_message("pages the audit could not check in full", problems)


def test_every_page_is_valid_html(exported_site_nu: list[dict[str, Any]], site_checks: SimpleNamespace) -> None:
    problems = site_checks.nu(exported_site_nu)
    assert not problems, _fail_message("the Nu HTML Checker found errors", problems)


def test_no_serious_or_critical_accessibility_violations(
    exported_site_audit: dict[str, Any], site_checks: SimpleNamespace
) -> None:
    problems = site_checks.axe(exported_site_audit)
    assert not problems, _fail_message("axe-core (WCAG 2.1 A/AA) found serious or critical violations", problems)


def test_no_javascript_errors(exported_site_audit: dict[str, Any], site_checks: SimpleNamespace) -> None:
    problems = site_checks.scripts(exported_site_audit)
    assert not problems, _fail_message("JavaScript errors with the pages opened from file://", problems)


def test_no_request_leaves_the_machine(exported_site_audit: dict[str, Any], site_checks: SimpleNamespace) -> None:
    problems = site_checks.requests(exported_site_audit)
    assert not problems, _fail_message("requests to other hosts (refused; the site must work offline)", problems)


def test_every_local_link_and_anchor_resolves(
    exported_site_audit: dict[str, Any], site_checks: SimpleNamespace
) -> None:
    problems = site_checks.links(exported_site_audit)
    assert not problems, _fail_message("broken local links, anchors or resources", problems)


def test_every_page_has_the_lang_of_its_folder(
    exported_site_audit: dict[str, Any], site_checks: SimpleNamespace
) -> None:
    problems = site_checks.lang(exported_site_audit, site_checks.languages(SAMPLE_HANDBOOK))
    assert not problems, _fail_message("pages without the right <html lang>", problems)


def test_every_video_has_captions_in_the_page_language(
    exported_site: Path, exported_site_audit: dict[str, Any], site_checks: SimpleNamespace
) -> None:
    videos = sum(1 for result in exported_site_audit["pages"].values() for m in result["media"] if m["tag"] == "video")
    assert videos, "no <video> on any exported page, but the sample handbook has videos"
    problems = site_checks.captions(
        exported_site_audit,
        [SAMPLE_HANDBOOK / "media", exported_site / "media"],
        site_checks.languages(SAMPLE_HANDBOOK),
    )
    assert not problems, _fail_message("videos without a captions track in the page's language", problems)
