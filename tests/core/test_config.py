from __future__ import annotations

from pathlib import Path

import pytest

from authoring_app.core.config import load_config
from authoring_app.core.handbook import Handbook
from authoring_app.core.problems import HandbookLoadError


def write(root: Path, text: str) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "handbook.toml").write_text(text, encoding="utf-8")
    return root


VALID = """[handbook]
source_language = "bg"
languages = ["bg", "ru", "kk"]

[handbook.title]
bg = "Наръчник"

[languages.kk]
pivot = "ru"

[[part]]
slug = "one"
title.bg = "Едно"
sections = ["01-a", "02-b"]
"""


def test_sample_loads_with_its_parts_and_languages(sample_copy: Path) -> None:
    hb = Handbook.load(sample_copy)
    assert hb.config.source_language == "bg"
    assert hb.config.languages == ["bg", "ru", "en", "kk", "uz"]
    assert [p.slug for p in hb.config.parts] == ["foundations", "active-learning", "spaces-and-organisation"]
    assert hb.config.parts[0].title("ru") == "Основы"
    assert len(hb.config.sections) == 9
    assert hb.config.title("uz").startswith("Innovatsion")
    assert hb.config.validate() == ([], [])
    assert hb.languages_of("03-video-lectures") == ["bg", "ru", "en", "kk"]


def test_pivot_is_read_and_used(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, VALID))
    assert config.pivot_of("kk") == "ru"
    assert config.pivot_of("ru") == "bg"
    assert config.validate() == ([], [])


def test_dump_is_deterministic_and_reads_back_the_same(tmp_path: Path, sample_copy: Path) -> None:
    config = load_config(sample_copy)
    text = config.to_toml()
    assert text == load_config(write(tmp_path / "again", text)).to_toml()
    again = load_config(tmp_path / "again")
    assert [p.sections for p in again.parts] == [p.sections for p in config.parts]
    assert again.titles == config.titles


def test_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    write(tmp_path, '[handbook]\nsource_language = "bg"\nlanguages = ["bg", \n\n[[part]\n')
    with pytest.raises(HandbookLoadError) as caught:
        load_config(tmp_path)
    problem = caught.value.problem
    assert problem.file == "handbook.toml"
    assert problem.line is not None and problem.line >= 3
    assert "not valid TOML" in problem.message


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ('[handbook]\nsource_language = 5\nlanguages = ["bg"]\n', 2, "source_language"),
        ('[handbook]\nsource_language = "bg"\nlanguages = "bg"\n', 3, "languages must be a list"),
        (
            '[handbook]\nsource_language = "bg"\nlanguages = ["bg"]\n[[part]]\nslug = "a"\nsections = "x"\n',
            4,
            "sections must be a list",
        ),
        ("title = 1\n", None, "[handbook]"),
    ],
)
def test_wrong_types_are_load_errors_with_lines(tmp_path: Path, text: str, line: int | None, words: str) -> None:
    write(tmp_path, text)
    with pytest.raises(HandbookLoadError) as caught:
        load_config(tmp_path)
    assert caught.value.problem.line == line
    assert words in caught.value.problem.message


def test_missing_folder_and_missing_file_cannot_load(tmp_path: Path) -> None:
    with pytest.raises(HandbookLoadError, match="not a folder"):
        load_config(tmp_path / "nowhere")
    with pytest.raises(HandbookLoadError, match=r"no handbook\.toml"):
        load_config(tmp_path)


def test_not_utf8_cannot_load(tmp_path: Path) -> None:
    tmp_path.joinpath("handbook.toml").write_bytes('[handbook]\ntitle = "Наръчник"\n'.encode("cp1251"))
    with pytest.raises(HandbookLoadError, match="not UTF-8") as caught:
        load_config(tmp_path)
    assert caught.value.problem.line == 2


def test_validation_finds_unsafe_duplicate_slugs_and_bad_languages(tmp_path: Path) -> None:
    write(
        tmp_path,
        """[handbook]
source_language = "xx1"
languages = ["bg", "bg"]

[languages.ru]
pivot = "ru"

[[part]]
slug = "One Part"
sections = ["01-a", "../etc/passwd", "01-a", "glossary"]

[[part]]
slug = "two"
sections = []
""",
    )
    errors, warnings = load_config(tmp_path).validate()
    messages = "\n".join(p.format() for p in errors)
    assert "handbook.toml:3: error: language 'bg' is listed twice" in messages
    assert "handbook.toml:2: error: the source language 'xx1' is not in languages" in messages
    assert "part slug 'One Part' is not safe" in messages
    assert "handbook.toml:10: error: section name '../etc/passwd' is not safe" in messages
    assert "section '01-a' is listed twice" in messages
    assert "'glossary' is reserved" in messages
    assert "pivot 'ru' is not one of the languages" in messages
    assert any("part 'two' has no sections" in p.message for p in warnings)
