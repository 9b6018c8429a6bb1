"""``handbook export --validate`` and the GUI's "Validate the result": real validators on a real export, an honest
"not checked" when a validator is missing, a broken page caught, and a report that is itself valid HTML."""

from __future__ import annotations

import re
import shutil
from importlib.util import find_spec
from pathlib import Path

import pytest

from authoring_app.core.export import validation, validators
from authoring_app.core.export.formats import BOOK_FORMATS, Produced
from authoring_app.core.export.site import export_site
from authoring_app.core.export.validation import FAILED, NOT_CHECKED, PASSED, validate_outputs
from authoring_app.core.handbook import Handbook

pytestmark = pytest.mark.slow

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample-handbook"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample's English website, exported once for this module (tests that change it copy it first)."""
    out = tmp_path_factory.mktemp("validation") / "site"
    export_site(SAMPLE, out, languages=["en"], workers=1)
    return out


def _by_name(report: validation.ValidationReport, fmt: str, lang: str | None) -> dict[str, validation.Check]:
    return {check.name: check for check in report.checks if check.format == fmt and check.lang == lang}


def _require(found, what: str) -> None:
    """The validators are part of the dev setup (./dev setup): their absence is a broken machine, not a skip."""
    assert not isinstance(found, str), f"{what}: {found} — run ./dev setup"


def test_a_sound_site_passes_nu_and_axe_per_language(site: Path) -> None:
    _require(validators.find_vnu(), "Nu HTML Checker")
    _require(validators.find_axe(), "axe-core")
    seen: list[tuple[str, int, int]] = []
    report = validate_outputs([Produced("site", None, site)], ["en"], progress=lambda *a: seen.append(a))
    english = _by_name(report, "site", "en")
    assert english["Nu HTML Checker"].status == PASSED, english["Nu HTML Checker"].messages
    assert english["Nu HTML Checker"].detail == f"{len(list((site / 'en').glob('*.html')))} pages valid"
    axe = english["axe-core accessibility"]
    assert axe.status == PASSED, axe.messages
    assert "en/index.html" in axe.detail  # the language's home is always among the sampled pages
    assert _by_name(report, "site", None)["Nu HTML Checker"].status == PASSED  # the language chooser
    assert not report.failed
    assert seen[-1] == ("validate", 1, 1)
    assert any(line.startswith("✓ en website — Nu HTML Checker: passed") for line in report.summary_lines())


def test_a_missing_validator_is_not_checked_with_the_reason_and_fails_nothing(
    site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(validators, "find_vnu", lambda: "the Nu HTML Checker is not installed: pip install it")
    monkeypatch.setattr(validators, "find_axe", lambda: "Node.js is not installed")
    report = validate_outputs([Produced("site", None, site)], ["en"])
    english = _by_name(report, "site", "en")
    assert english["Nu HTML Checker"].status == NOT_CHECKED
    assert english["Nu HTML Checker"].detail == "the Nu HTML Checker is not installed: pip install it"
    assert english["axe-core accessibility"].status == NOT_CHECKED
    assert not report.failed
    assert all(check.status != PASSED for check in report.checks)
    assert "— en website — Nu HTML Checker: not checked; the Nu HTML Checker is not installed" in "\n".join(
        report.summary_lines()
    )
    html = report.write_html(tmp_path / "report.html").read_text(encoding="utf-8")
    assert "not checked" in html and "Node.js is not installed" in html
    assert "No check failed." in html and "0 passed" in html


def test_a_broken_page_fails_the_nu_check_and_the_report_says_where(site: Path, tmp_path: Path) -> None:
    _require(validators.find_vnu(), "Nu HTML Checker")
    broken = tmp_path / "site"
    shutil.copytree(site, broken)
    page = broken / "en" / "01-blended-learning.html"
    text = page.read_text(encoding="utf-8")
    page.write_text(re.sub(r"(<main[^>]*>)", r"\1<span><div>broken</div></span>", text, count=1), encoding="utf-8")
    report = validate_outputs([Produced("site", None, broken)], ["en"])
    nu = _by_name(report, "site", "en")["Nu HTML Checker"]
    assert nu.status == FAILED
    assert nu.detail.startswith("1 errors in 1 of ")
    assert nu.messages[0].startswith("en/01-blended-learning.html:")
    assert "“div” not allowed as child of element “span”" in nu.messages[0]
    assert report.failed
    html = report.write_html(tmp_path / "report.html").read_text(encoding="utf-8")
    assert "en/01-blended-learning.html:" in html
    assert "<details open><summary>1 problem</summary>" in html


def test_the_report_is_valid_accessible_html_and_self_contained(site: Path, tmp_path: Path) -> None:
    vnu = validators.find_vnu()
    browser = validators.find_axe()
    _require(vnu, "Nu HTML Checker")
    _require(browser, "axe-core")
    report = validate_outputs(
        [Produced("site", None, site), Produced("epub", "en", tmp_path / "missing.epub")], ["en", "ru"]
    )
    path = report.write_html(tmp_path / "out" / "report.html")
    assert validators.run_nu(vnu, [path]) == {}
    audit = validators.run_axe(browser, [path])["pages"][str(path)]
    assert audit["violations"] == [] and audit["requests"] == [], audit
    text = path.read_text(encoding="utf-8")
    assert not re.search(r"""(src|href)=["'](https?:|//)""", text)
    assert "missing.epub was not written" in text  # an output that is not there fails rather than vanishes


def test_a_file_that_is_not_a_pdf_fails_and_unknown_titles_are_not_checked(tmp_path: Path) -> None:
    fake = tmp_path / "handbook-en.pdf"
    fake.write_bytes(b"<html>not a pdf</html>")
    report = validate_outputs([Produced("pdf", "en", fake)], ["en"])
    assert _by_name(report, "pdf", "en")["opens"].status == FAILED
    assert report.failed


def _built(fmt: str, tmp_path: Path) -> Produced:
    module = BOOK_FORMATS[fmt].builder.partition(":")[0]
    if find_spec(module) is None:
        pytest.skip(f"the {fmt} builder ({module}) is not written yet: its validation is untested")
    target = tmp_path / BOOK_FORMATS[fmt].output_name("en")
    problems = BOOK_FORMATS[fmt].build(Handbook.load(SAMPLE), "en", target)
    assert problems == [], [p.format() for p in problems]
    return Produced(fmt, "en", target)


def test_an_epub_is_judged_by_epubcheck(tmp_path: Path) -> None:
    item = _built("epub", tmp_path)
    _require(validators.find_epubcheck(), "epubcheck")
    check = _by_name(validate_outputs([item], ["en"]), "epub", "en")["epubcheck"]
    assert check.status == PASSED, check.messages


@pytest.mark.parametrize("fmt", ["scorm12", "scorm2004"])
def test_a_scorm_package_has_its_manifest_and_talks_to_scorm_again(fmt: str, tmp_path: Path) -> None:
    item = _built(fmt, tmp_path)
    _require(validators.find_scorm_runtime(), "scorm-again")
    checks = _by_name(validate_outputs([item], ["en"]), fmt, "en")
    assert checks["manifest"].status == PASSED, checks["manifest"].messages
    runtime = checks["runtime (scorm-again)"]
    assert runtime.status == PASSED, runtime.messages
    assert checks["XSD"].status in (PASSED, NOT_CHECKED), checks["XSD"].messages
    if fmt == "scorm2004":
        assert checks["XSD"].status == PASSED


def test_a_scorm_package_without_a_manifest_fails(tmp_path: Path) -> None:
    import zipfile

    package = tmp_path / "handbook-en-scorm12.zip"
    with zipfile.ZipFile(package, "w") as archive:
        archive.writestr("index.html", "<!doctype html><title>x</title>")
    check = _by_name(validate_outputs([Produced("scorm12", "en", package)], ["en"]), "scorm12", "en")["manifest"]
    assert check.status == FAILED
    assert "imsmanifest.xml is not at the top of the package" in check.messages[0]


def test_a_single_html_file_is_valid_accessible_and_requests_nothing(tmp_path: Path) -> None:
    item = _built("html", tmp_path)
    checks = _by_name(validate_outputs([item], ["en"]), "html", "en")
    for name in ("Nu HTML Checker", "axe-core accessibility", "no requests"):
        assert checks[name].status == PASSED, (name, checks[name].messages)
