"""report.html: what the validators found, readable by anyone who opens it — one file, no scripts, no requests.

An overview table (language × format, ✓ ✗ —), then one table per language listing each check with its verdict,
what it covered, and the messages folded in ``<details>``. Symbols always come with a word, so the verdict does
not rest on colour or on a glyph a screen reader may skip.
"""

from __future__ import annotations

import datetime
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from ..atomic import atomic_write_text

if TYPE_CHECKING:
    from .validation import Check, ValidationReport

_STYLE = """
:root { --bg: #ffffff; --fg: #1f2328; --ok: #116329; --bad: #a40e26; --none: #57606a; --line: #d0d7de; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #0d1117; --fg: #e6edf3; --ok: #56d364; --bad: #ff7b72; --none: #9198a1; --line: #3d444d; }
}
a { color: inherit; }
body { background: var(--bg); color: var(--fg); font: 16px/1.5 system-ui, sans-serif; }
body { max-width: 72rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1.5rem; }
th, td { border: 1px solid var(--line); padding: .35rem .6rem; text-align: left; vertical-align: top; }
caption { text-align: left; font-weight: 600; padding: .3rem 0; }
.passed { color: var(--ok); } .failed { color: var(--bad); font-weight: 600; } .not-checked { color: var(--none); }
.verdict { white-space: nowrap; }
details ul { margin: .3rem 0; padding-left: 1.2rem; font: 13px/1.4 ui-monospace, monospace; overflow-wrap: anywhere; }
summary { cursor: pointer; }
.headline { font-size: 1.15rem; font-weight: 600; }
"""

_WORDS = {"passed": "passed", "failed": "failed", "not checked": "not checked"}


def _verdict(status: str, symbol: str) -> str:
    css = status.replace(" ", "-")
    return f'<span class="{css}"><span aria-hidden="true">{symbol}</span> {_WORDS.get(status, status)}</span>'


def _cell_status(checks: list[Check]) -> tuple[str, str]:
    """One verdict for many checks: failed if any failed, passed only if all passed."""
    statuses = {check.status for check in checks}
    if "failed" in statuses:
        return "failed", "✗"
    if statuses == {"passed"}:
        return "passed", "✓"
    if "passed" in statuses:
        return "not checked", "— (partly)"
    return "not checked", "—"


def _messages(check: Check) -> str:
    if not check.messages:
        return ""
    noun = "problem" if check.status == "failed" else "note"
    count = len(check.messages)
    items = "".join(f"<li>{escape(line)}</li>" for line in check.messages)
    open_attr = " open" if check.status == "failed" else ""
    return f"<details{open_attr}><summary>{count} {noun}{'s' if count != 1 else ''}</summary><ul>{items}</ul></details>"


def render_report(report: ValidationReport) -> str:
    from .validation import format_label

    formats = list(dict.fromkeys(check.format for check in report.checks))
    rows = [*report.languages]
    if any(check.lang is None for check in report.checks):
        rows.append(None)
    failed = sum(1 for c in report.checks if c.status == "failed")
    skipped = sum(1 for c in report.checks if c.status == "not checked")
    passed = len(report.checks) - failed - skipped
    if failed:
        headline = f"{failed} of {len(report.checks)} checks failed."
    elif not report.checks:
        headline = "Nothing was checked."
    else:
        headline = "No check failed."
    headline += f" {passed} passed, {skipped} not checked (the validator is missing or could not run)."

    out = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>Export validation report</title>",
        f"<style>{_STYLE}</style>",
        "</head>",
        "<body>",
        "<main>",
        "<h1>Export validation report</h1>",
        f'<p class="headline">{escape(headline)}</p>',
        f"<p>Made {datetime.datetime.now().astimezone():%Y-%m-%d %H:%M %Z}. “Not checked” never counts as passed: "
        "install the validator named in the details and export again to have it checked.</p>",
        "<table>",
        "<caption>Overview: each language and format</caption>",
        '<thead><tr><th scope="col">Language</th>'
        + "".join(f'<th scope="col">{escape(format_label(f))}</th>' for f in formats)
        + "</tr></thead><tbody>",
    ]
    for lang in rows:
        cells = []
        for fmt in formats:
            checks = [c for c in report.checks if c.format == fmt and c.lang == lang]
            if not checks:
                cells.append('<td><span class="not-checked">no output</span></td>')
                continue
            status, symbol = _cell_status(checks)
            cells.append(f'<td class="verdict"><a href="#{_anchor(lang)}">{_verdict(status, symbol)}</a></td>')
        out.append(f'<tr><th scope="row">{escape(_lang_name(lang))}</th>{"".join(cells)}</tr>')
    out.append("</tbody></table>")

    for lang in rows:
        checks = [c for c in report.checks if c.lang == lang]
        if not checks:
            continue
        out += [
            f'<section aria-labelledby="{_anchor(lang)}">',
            f'<h2 id="{_anchor(lang)}">{escape(_lang_name(lang))}</h2>',
            "<table>",
            f"<caption>Checks of the {escape(_lang_name(lang))} outputs</caption>",
            '<thead><tr><th scope="col">Format</th><th scope="col">Check</th><th scope="col">Result</th>'
            '<th scope="col">Details</th></tr></thead><tbody>',
        ]
        for check in checks:
            target = f"<br><small>{escape(str(check.target))}</small>" if check.target else ""
            out.append(
                f"<tr><td>{escape(format_label(check.format))}{target}</td><td>{escape(check.name)}</td>"
                f'<td class="verdict">{_verdict(check.status, check.symbol)}</td>'
                f"<td>{escape(check.detail)}{_messages(check)}</td></tr>"
            )
        out += ["</tbody></table>", "</section>"]
    out += ["</main>", "</body>", "</html>", ""]
    return "\n".join(out)


def _anchor(lang: str | None) -> str:
    return f"lang-{lang}" if lang else "lang-all"


def _lang_name(lang: str | None) -> str:
    return f"Language {lang}" if lang else "All languages (shared pages)"


def write_report(report: ValidationReport, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_text(path, render_report(report))
    return path
