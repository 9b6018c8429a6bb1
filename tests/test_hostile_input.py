"""Hostile and broken input through the CLI (issue 7, item 6): each case is built in a copy of the sample, run through
``handbook`` in-process (two also in a child process), and must end in a message naming the file (and line), the
documented exit code, no traceback, and nothing read from or written outside the handbook and the output."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from PIL import Image

from authoring_app.cli import main

SECRET = "TOP-SECRET-OUTSIDE-THE-HANDBOOK"


def _append(hb: Path, rel: str, text: str) -> None:
    path = hb / rel
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def _invalid_utf8(hb: Path, _outside: Path) -> None:
    path = hb / "bg/01-blended-learning.md"
    path.write_bytes(path.read_bytes() + b"\n\nbroken \xff\xfe bytes\n")


def _cp1251(hb: Path, _outside: Path) -> None:
    path = hb / "ru/01-blended-learning.md"
    path.write_bytes(path.read_text(encoding="utf-8").encode("cp1251"))


def _binary(hb: Path, _outside: Path) -> None:
    (hb / "bg/02-flipped-classroom.md").write_bytes((hb / "media/badges.png").read_bytes())


def _huge(hb: Path, _outside: Path) -> None:
    (hb / "bg/03-video-lectures.md").write_text("# T\n\n" + ("word " * 20 + "\n\n") * 100_000, encoding="utf-8")


def _toml_wrong_types(hb: Path, _outside: Path) -> None:
    path = hb / "handbook.toml"
    path.write_text(
        path.read_text(encoding="utf-8").replace('languages = ["bg", "ru", "en", "kk", "uz"]', "languages = 5")
    )


def _slug_outside(hb: Path, _outside: Path) -> None:
    path = hb / "handbook.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('"03-video-lectures"]', '"03-video-lectures", "../../secret"]', 1), encoding="utf-8")


def _symlinks(hb: Path, outside: Path) -> None:
    section = hb / "ru/03-video-lectures.md"
    section.unlink()
    section.symlink_to(outside)
    (hb / "media/leak.png").symlink_to(outside)
    _append(hb, "bg/04-gamification.md", f"\n\n[out](../../secret.md) [abs]({outside})\n\n![leak](../media/leak.png)\n")


def _images(hb: Path, _outside: Path) -> None:
    Image.new("1", (20_000, 20_000)).save(hb / "media/bomb.png")  # 400 megapixels in a few kilobytes
    data = (hb / "media/hall-1.png").read_bytes()
    (hb / "media/truncated.png").write_bytes(data[: len(data) // 2])
    _append(hb, "bg/07-e-portfolios.md", "\n\n![bomb](../media/bomb.png)\n\n![cut](../media/truncated.png)\n")


def _svg(hb: Path, _outside: Path) -> None:
    (hb / "media/evil.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script><rect onload="alert(2)"/></svg>'
    )
    _append(hb, "bg/07-e-portfolios.md", "\n\n![drawing](../media/evil.svg)\n")


RAW_HTML = (
    '\n\n<div onclick="alert(11)"><script>alert(12)</script><iframe src="x.html"></iframe>kept text</div>\n\n'
    'Text <img src="../media/hall-1.png" alt="h" onerror="alert(13)"> and <a href="javascript:alert(14)">x</a>\n'
)


def _raw_html(hb: Path, _outside: Path) -> None:
    _append(hb, "bg/06-virtual-labs.md", RAW_HTML)


def _js_link(hb: Path, _outside: Path) -> None:
    _append(hb, "bg/06-virtual-labs.md", "\n\n[click](javascript:alert(15))\n")


def _deep_quotes(hb: Path, _outside: Path) -> None:
    _append(hb, "bg/05-self-assessment.md", "\n\n" + ">" * 10_000 + " deep\n")


def _deep_lists(hb: Path, _outside: Path) -> None:
    _append(hb, "bg/05-self-assessment.md", "\n\n" + "".join("  " * i + "- x\n" for i in range(2_000)))


def _yaml_bomb(hb: Path, _outside: Path) -> None:
    levels = "".join(f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join([f'*{chr(97 + i)}'] * 9)}]\n" for i in range(8))
    (hb / "bg/05-self-assessment.md").write_text(f'---\ntitle: T\na: &a ["lol"]\n{levels}---\n\n# T\n')


@dataclass
class Case:
    name: str
    build: Callable[[Path, Path], None]
    command: str  # check | export | status
    exit_code: int
    expected: tuple[str, ...]  # each must appear in stdout + stderr


CASES = [
    Case("invalid-utf8", _invalid_utf8, "check", 1, ("bg/01-blended-learning.md:", "not UTF-8", "0xff")),
    Case("invalid-utf8-export", _invalid_utf8, "export", 1, ("bg/01-blended-learning.md:", "not UTF-8")),
    Case("windows-1251", _cp1251, "check", 1, ("ru/01-blended-learning.md:", "Windows-1251", "save it as UTF-8")),
    Case("windows-1251-export", _cp1251, "export", 1, ("ru/01-blended-learning.md:", "Windows-1251")),
    Case("windows-1251-status", _cp1251, "status", 1, ("ru/01-blended-learning.md:", "Windows-1251")),
    Case("binary-md", _binary, "check", 1, ("bg/02-flipped-classroom.md", "not a text file")),
    Case("binary-md-export", _binary, "export", 1, ("bg/02-flipped-classroom.md", "not a text file")),
    Case("very-large", _huge, "check", 1, ("bg/03-video-lectures.md", "too large", "split it")),
    Case("toml-wrong-types", _toml_wrong_types, "check", 2, ("handbook.toml",)),
    Case("toml-wrong-types-status", _toml_wrong_types, "status", 2, ("handbook.toml",)),
    Case("slug-outside", _slug_outside, "check", None, ("handbook.toml", "../../secret")),  # type: ignore[arg-type]
    Case("symlinks", _symlinks, "check", 1, ("ru/03-video-lectures.md", "outside the handbook", "media/leak.png")),
    Case("symlinks-export", _symlinks, "export", None, ("media/leak.png",)),  # type: ignore[arg-type]
    Case("images", _images, "check", 1, ("media/bomb.png", "decompression bomb", "media/truncated.png", "damaged")),
    Case("images-export", _images, "export", None, ("media/bomb.png", "media/truncated.png", "not published")),  # type: ignore[arg-type]
    Case("svg-script", _svg, "check", 0, ("bg/07-e-portfolios.md:", "media/evil.svg", "script")),
    Case("svg-script-export", _svg, "export", None, ("media/evil.svg", "not published")),  # type: ignore[arg-type]
    Case("raw-html", _raw_html, "check", 0, ("bg/06-virtual-labs.md:", "<script>", "onclick=", "removed on export")),
    Case("javascript-link", _js_link, "check", 1, ("bg/06-virtual-labs.md:", "'javascript:' link is not allowed")),
    Case("deep-quotes", _deep_quotes, "check", 1, ("bg/05-self-assessment.md:", "nested too deeply")),
    Case("deep-lists", _deep_lists, "check", 1, ("bg/05-self-assessment.md:", "nested too deeply")),
    Case("deep-lists-export", _deep_lists, "export", 0, ()),
    Case("yaml-bomb", _yaml_bomb, "check", 1, ("bg/05-self-assessment.md:", "aliases")),
]


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A file beside the handbook whose content must never show up in any output."""
    path = tmp_path / "secret.md"
    path.write_text(f"# {SECRET}\n\n{SECRET}\n", encoding="utf-8")
    return path


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def _tree_text(folder: Path) -> str:
    return "".join(p.read_bytes().decode("utf-8", "replace") for p in folder.rglob("*") if p.is_file())


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_hostile_input(
    case: Case, sample_copy: Path, outside: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case.build(sample_copy, outside)
    before = {p: p.stat().st_mtime_ns for p in tmp_path.rglob("*") if p.is_file() and not p.is_symlink()}
    output = tmp_path / "out"
    argv = {
        "check": ["check", str(sample_copy)],
        "export": ["export", str(sample_copy), "-o", str(output), "--quiet"],
        "status": ["status", str(sample_copy)],
    }[case.command]
    code, text = _run(argv, capsys)
    assert "Traceback" not in text
    if case.exit_code is not None:
        assert code == case.exit_code, text
    else:
        assert code in (0, 1), text
    for expected in case.expected:
        assert expected in text, f"{expected!r} not in:\n{text}"
    if output.exists():
        assert SECRET not in _tree_text(output)
    # Nothing outside the handbook and the output changed (the secret file, the test's other files).
    for path, mtime in before.items():
        if sample_copy not in path.parents and output not in path.parents:
            assert path.stat().st_mtime_ns == mtime, path


def test_raw_html_is_sanitised_on_export(sample_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _raw_html(sample_copy, tmp_path)
    _js_link(sample_copy, tmp_path)
    code, text = _run(["export", str(sample_copy), "-o", str(tmp_path / "out"), "--quiet"], capsys)
    assert code in (0, 1), text
    page = (tmp_path / "out/bg/06-virtual-labs.html").read_text(encoding="utf-8")
    assert "kept text" in page  # the author's harmless HTML stays
    for gone in ("alert(1", "onclick", "onerror", "<iframe", "javascript:"):
        assert gone not in page, gone
    quiz_page = (tmp_path / "out/bg/05-self-assessment.html").read_text(encoding="utf-8")
    assert "<input" in quiz_page and "<form" in quiz_page  # the dialect's own quiz HTML is not raw HTML


def test_svg_with_script_is_not_published(
    sample_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _svg(sample_copy, tmp_path)
    _run(["export", str(sample_copy), "-o", str(tmp_path / "out"), "--quiet"], capsys)
    assert not (tmp_path / "out/media/evil.svg").exists()


def _xliff(sample_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "ru.xlf"
    code, text = _run(["xliff", "export", str(sample_copy), "--language", "ru", "-o", str(path)], capsys)
    assert code == 0, text
    return path


XXE = '<!DOCTYPE xliff [<!ENTITY leak SYSTEM "file://{outside}">]>\n'
LAUGHS = (
    '<!DOCTYPE xliff [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
    '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>\n'
)


@pytest.mark.parametrize("doctype", [XXE, LAUGHS], ids=["external-entity", "entity-expansion"])
def test_xliff_entities_are_refused(
    doctype: str, sample_copy: Path, outside: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    xlf = _xliff(sample_copy, tmp_path, capsys)
    text = xlf.read_text(encoding="utf-8")
    entity = "&leak;" if doctype is XXE else "&d;"
    text = text.replace("<xliff ", doctype.format(outside=outside) + "<xliff ", 1)
    text = text.replace(">Смешанное обучение<", f">{entity}<", 1)
    xlf.write_text(text, encoding="utf-8")
    before = _tree_text(sample_copy)
    code, out = _run(["xliff", "import", str(sample_copy), str(xlf)], capsys)
    assert code == 2, out
    assert "ru.xlf" in out and "Traceback" not in out
    assert _tree_text(sample_copy) == before
    assert SECRET not in _tree_text(sample_copy)


def test_xliff_import_keeps_bom_and_crlf(sample_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    section = sample_copy / "ru/01-blended-learning.md"
    section.write_bytes(b"\xef\xbb\xbf" + section.read_bytes().replace(b"\n", b"\r\n"))
    xlf = _xliff(sample_copy, tmp_path, capsys)
    xlf.write_text(
        xlf.read_text(encoding="utf-8").replace(">Смешанное обучение<", ">Смешанное обучение (новое)<", 1),
        encoding="utf-8",
    )
    code, out = _run(["xliff", "import", str(sample_copy), str(xlf)], capsys)
    assert code == 0, out
    data = section.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert "Смешанное обучение (новое)".encode() in data
    assert data.count(b"\n") == data.count(b"\r\n")


@pytest.mark.parametrize(
    ("build", "argv", "expected"),
    [
        (_cp1251, ["check"], "Windows-1251"),
        (_deep_lists, ["check"], "nested too deeply"),
    ],
    ids=["windows-1251", "deep-lists"],
)
def test_no_traceback_in_a_real_process(
    build: Callable[[Path, Path], None], argv: list[str], expected: str, sample_copy: Path, outside: Path
) -> None:
    build(sample_copy, outside)
    done = subprocess.run(
        [sys.executable, "-m", "authoring_app.cli", *argv, str(sample_copy)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=Path(__file__).resolve().parents[1],
    )
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert expected in done.stdout + done.stderr
