"""Translation QA as a translator meets it in ``handbook check``: what a translation changed that it must keep."""

from __future__ import annotations

from pathlib import Path

import pytest

from authoring_app.core.check import check_handbook
from authoring_app.core.handbook import Handbook
from authoring_app.core.problems import Problem, Severity
from authoring_app.core.translation.qa import (
    QA_CODES,
    check_translations,
    number_readings,
    plain_text,
    sentences_differ,
    split_sentences,
    unmatched_numbers,
)

KNOWN_STALE = ("ru/02-flipped-classroom.md", 21, "qa-sentences")


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def qa(root: Path) -> list[Problem]:
    return sorted(check_translations(Handbook.load(root)))


def findings(root: Path) -> set[tuple[str, int | None, str]]:
    return {(p.file, p.line, p.code) for p in qa(root)}


def line_of(path: Path, starting: str) -> int:
    lines = path.read_text(encoding="utf-8").split("\n")
    return next(i for i, line in enumerate(lines, 1) if line.startswith(starting))


# --- the sample ------------------------------------------------------------------------------------------------
def test_the_sample_has_exactly_the_known_stale_paragraph(sample_copy: Path) -> None:
    problems = qa(sample_copy)
    assert [(p.file, p.line, p.code) for p in problems] == [KNOWN_STALE]
    message = problems[0].message
    assert "3 sentences" in message and "bg/02-flipped-classroom.md:21 has 4" in message
    assert problems[0].severity is Severity.WARNING


def test_check_runs_the_qa_and_still_exits_0_on_the_sample(sample_copy: Path) -> None:
    report = check_handbook(sample_copy)
    assert report.exit_code == 0
    assert [(p.file, p.line, p.code) for p in report.ordered()] == [KNOWN_STALE]


def test_qa_warnings_alone_never_fail_the_check(sample_copy: Path) -> None:
    edit(sample_copy / "ru" / "05-self-assessment.md", "score = 0.0", "score = 1.0")
    report = check_handbook(sample_copy)
    assert {p.code for p in report.warnings} == {"qa-sentences", "qa-code"}
    assert report.exit_code == 0


# --- one change each -------------------------------------------------------------------------------------------
def test_a_changed_number_is_found_at_its_line_with_the_source_line(sample_copy: Path) -> None:
    path = sample_copy / "ru" / "02-flipped-classroom.md"
    edit(path, "(6 секунд,", "(8 секунд,")
    new = findings(sample_copy) - {KNOWN_STALE}
    line = line_of(path, "/// video")
    assert new == {("ru/02-flipped-classroom.md", line, "qa-number")}
    (problem,) = [p for p in qa(sample_copy) if p.code == "qa-number"]
    assert "'8'" in problem.message and "'6'" in problem.message
    assert f"bg/02-flipped-classroom.md:{line}" in problem.message


def test_a_changed_link_target_is_found_on_the_links_line(sample_copy: Path) -> None:
    path = sample_copy / "en" / "01-blended-learning.md"
    edit(path, "(02-flipped-classroom.md#why-flip)", "(02-flipped-classroom.md#before)")
    assert findings(sample_copy) - {KNOWN_STALE} == {("en/01-blended-learning.md", 56, "qa-link")}
    (problem,) = [p for p in qa(sample_copy) if p.code == "qa-link"]
    assert "'02-flipped-classroom.md#before'" in problem.message
    assert "'02-flipped-classroom.md#why-flip'" in problem.message
    assert "bg/01-blended-learning.md:56" in problem.message


def test_a_changed_explicit_heading_id_is_found(sample_copy: Path) -> None:
    path = sample_copy / "en" / "02-flipped-classroom.md"
    edit(path, "{#cycle}", "{#one-cycle}")
    line = line_of(path, "## One cycle")
    assert findings(sample_copy) - {KNOWN_STALE} == {("en/02-flipped-classroom.md", line, "qa-anchor")}


def test_changed_media_paths_are_found(sample_copy: Path) -> None:
    ru = sample_copy / "ru" / "02-flipped-classroom.md"
    edit(ru, "flipped-intro.{lang}.vtt", "flipped-intro.ru.vtt")  # a hard-coded language instead of {lang}
    en = sample_copy / "en" / "02-flipped-classroom.md"
    edit(en, "../media/flipped-cycle.png", "../media/blended-models.png")
    assert findings(sample_copy) - {KNOWN_STALE} == {
        ("ru/02-flipped-classroom.md", line_of(ru, "/// video"), "qa-media"),
        ("en/02-flipped-classroom.md", line_of(en, "!["), "qa-media"),
    }


def test_changed_code_is_found(sample_copy: Path) -> None:
    path = sample_copy / "en" / "05-self-assessment.md"
    edit(path, "share = 1 / len(correct)", "share = 1 / len(options)")
    assert findings(sample_copy) - {KNOWN_STALE} == {
        ("en/05-self-assessment.md", line_of(path, "```python"), "qa-code")
    }


def test_a_sentence_added_to_the_source_is_found_in_every_translation(sample_copy: Path) -> None:
    path = sample_copy / "bg" / "02-flipped-classroom.md"
    edit(path, "и работа в екип.", "и работа в екип. Така студентите идват подготвени.")
    line = line_of(path, "В традиционния курс")
    expected = {(f"{lang}/02-flipped-classroom.md", line, "qa-sentences") for lang in ("ru", "en", "kk", "uz")}
    assert findings(sample_copy) - {KNOWN_STALE} == expected


def test_a_kazakh_section_is_compared_with_its_pivot(sample_copy: Path) -> None:
    """kk is translated from ru (when ru has the section): a number kk took over from ru is no finding."""
    config = sample_copy / "handbook.toml"
    config.write_text(config.read_text(encoding="utf-8") + '\n[languages.kk]\npivot = "ru"\n', encoding="utf-8")
    edit(sample_copy / "ru" / "02-flipped-classroom.md", "(6 секунд,", "(8 секунд,")
    edit(sample_copy / "kk" / "02-flipped-classroom.md", "6", "8")
    assert {(f, c) for f, _, c in findings(sample_copy)} == {
        ("ru/02-flipped-classroom.md", "qa-number"),
        ("ru/02-flipped-classroom.md", "qa-sentences"),
    }


# --- small handbooks -------------------------------------------------------------------------------------------
def make_handbook(root: Path, bg: str, en: str) -> Path:
    (root / "bg").mkdir(parents=True)
    (root / "en").mkdir()
    (root / "handbook.toml").write_text(
        '[handbook]\nsource_language = "bg"\nlanguages = ["bg", "en"]\n\n[handbook.title]\nbg = "Н"\nen = "H"\n\n'
        '[[part]]\nslug = "p"\ntitle.bg = "Ч"\ntitle.en = "P"\nsections = ["01-a", "02-b"]\n',
        encoding="utf-8",
    )
    (root / "bg" / "01-a.md").write_text(bg, encoding="utf-8")
    (root / "en" / "01-a.md").write_text(en, encoding="utf-8")
    (root / "bg" / "02-b.md").write_text("# Б\n\n## Първо\n\n## Второ\n", encoding="utf-8")
    (root / "en" / "02-b.md").write_text("# B\n\n## First\n\n## Second\n", encoding="utf-8")
    return root


def test_generated_heading_ids_differ_by_language_and_are_no_finding(tmp_path: Path) -> None:
    root = make_handbook(
        tmp_path,
        "# А\n\nВиж [второто](02-b.md#второ) и [първото](02-b.md#първо).\n",
        "# A\n\nSee [the second](02-b.md#second) and [the first](02-b.md#first).\n",
    )
    assert qa(root) == []
    (root / "en" / "01-a.md").write_text("# A\n\nSee [the second](02-b.md#first) and [the first](02-b.md#first).\n")
    assert [(p.file, p.line, p.code) for p in qa(root)] == [("en/01-a.md", 3, "qa-link")]


def test_numbers_are_normalised_and_markers_labels_and_paths_ignored(tmp_path: Path) -> None:
    bg = (
        "# А\n\n1. Над 1 000 студенти, 1,5 часа през 2024 г., 45 %.[^1]\n2. Вижте ![схема](../media/x-2.png).\n\n"
        "[^1]: Бележка.\n"
    )
    en = (
        "# A\n\n1. Over 1,000 students, 1.5 hours in 2024, 45%.[^7]\n2. See ![diagram](../media/x-2.png).\n\n"
        "[^7]: A note.\n"
    )
    root = make_handbook(tmp_path, bg, en)
    assert qa(root) == []


def test_number_readings() -> None:
    assert number_readings("1 000") == {"1000"}
    assert number_readings("1,5") == number_readings("1.5") == {"1.5"}
    assert number_readings("1,500") == {"1500", "1.5"}
    assert unmatched_numbers(["1 000", "2,5", "2024"], ["2024", "1,000", "2.5"]) == ([], [])
    assert unmatched_numbers(["10", "20"], ["10", "25"]) == (["20"], ["25"])


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Т.е. это важно. Второе предложение! А третье?", 3),
        ("Use a platform, e.g. Moodle. Then rest.", 2),
        ("Занятие длится 1.5 часа. Потом перерыв.", 2),
        ("Вижте напр. Иванов и др. Така е.", 2),
        ("А. Петров сказал. «Да», ответила она.", 2),
        ("Talabalar oʻqiydi. Oʻqituvchi yordam beradi… Keyin 3 ta guruh.", 3),
        ("Студентите учат т.е. сами; после обсъждат.", 1),
    ],
)
def test_sentences_in_cyrillic_and_latin(text: str, count: int) -> None:
    assert len(split_sentences(text)) == count


def test_plain_text_keeps_link_words_and_drops_targets() -> None:
    assert plain_text("See [the *first*](02-b.md#x) {: #id} and ![a](../m.png)[^1].") == "See the *first* and ."


def test_sentence_rule() -> None:
    assert sentences_differ(4, 3) and sentences_differ(3, 2) and sentences_differ(3, 5)
    assert not sentences_differ(2, 1) and not sentences_differ(3, 4) and not sentences_differ(8, 7)


def test_every_code_is_documented() -> None:
    assert set(QA_CODES) == {"qa-link", "qa-anchor", "qa-number", "qa-media", "qa-code", "qa-sentences"}
