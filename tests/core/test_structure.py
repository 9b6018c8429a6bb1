"""Structure changes as an author meets them: handbook.toml keeps its comments, links follow a renamed section,
a deleted section waits in the trash, every change can be undone, and a refused change writes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from handbook_files import part_sections, snapshot

from authoring_app.core.check import check_handbook
from authoring_app.core.handbook import Handbook
from authoring_app.core.structure import (
    TRASH_DIR,
    AddPart,
    AddSection,
    DeletePart,
    DeleteSection,
    MovePart,
    MoveSection,
    Operation,
    RenameSection,
    SetPartTitle,
    SetSectionTitle,
    StructureError,
    links_to,
    rewrite_links,
)

COMMENTS = [
    "# The handbook of the consortium: keep this comment",
    "# Parts in reading order; the first one is taught in week 1",
    "# Active learning is the heart of the course",
    "# Spaces come last",
]


@pytest.fixture
def handbook_dir(sample_copy: Path) -> Path:
    """The sample with an author's comments above the file, the parts and one section list."""
    config = sample_copy / "handbook.toml"
    text = config.read_text(encoding="utf-8")
    text = f"{COMMENTS[0]}\n" + text
    text = text.replace('[[part]]\nslug = "foundations"', f'{COMMENTS[1]}\n[[part]]\nslug = "foundations"')
    text = text.replace('[[part]]\nslug = "active-learning"', f'{COMMENTS[2]}\n[[part]]\nslug = "active-learning"')
    text = text.replace('[[part]]\nslug = "spaces', f'{COMMENTS[3]}\n[[part]]\nslug = "spaces')
    text = text.replace(
        'sections = ["08-study-hall", "09-centre-setup"]',
        'sections = [\n  "08-study-hall",  # the hall opened in 2024\n  "09-centre-setup",\n]',
    )
    config.write_text(text, encoding="utf-8")
    return sample_copy


def _config(root: Path) -> str:
    return (root / "handbook.toml").read_text(encoding="utf-8")


def _snapshot(root: Path) -> dict[str, bytes]:
    """Every file of the handbook except the trash's own bookkeeping."""
    return snapshot(root, skip=TRASH_DIR)


def _assert_comments_kept(root: Path) -> None:
    text = _config(root)
    for comment in COMMENTS:
        assert text.count(comment) == 1, comment
    assert "# the hall opened in 2024" in text or "08-study-hall" not in text


OPERATIONS = [
    lambda: MoveSection("02-flipped-classroom", "spaces-and-organisation", 1),
    lambda: MoveSection("07-e-portfolios", "active-learning", 0),
    lambda: MoveSection("08-study-hall", "spaces-and-organisation", 1),  # the item's comment moves with it
    lambda: MovePart("active-learning", 0),
    lambda: MovePart("foundations", 2),
    lambda: AddPart("extras", {"bg": "Допълнения", "en": "Extras"}, 1),
    lambda: AddPart("appendix", {"bg": "Приложения"}),
    lambda: SetPartTitle("foundations", "ru", "Базовые понятия"),
    lambda: SetPartTitle("spaces-and-organisation", "kk", "Кеңістік"),
    lambda: AddSection("10-peer-review", "Взаимно оценяване", "active-learning", 2),
    lambda: RenameSection("03-video-lectures", "03-short-videos"),
    lambda: RenameSection("08-study-hall", "08-hall"),
    lambda: SetSectionTitle("05-self-assessment", "en", "Self-checks: quick and kind"),
    lambda: DeleteSection("06-virtual-labs"),
    lambda: DeleteSection("08-study-hall"),
]


@pytest.mark.parametrize("make", OPERATIONS, ids=lambda make: repr(make()))
def test_every_operation_keeps_the_comments_and_its_undo_restores_every_byte(handbook_dir: Path, make) -> None:
    before = _snapshot(handbook_dir)
    operation: Operation = make()

    handbook = operation.apply(handbook_dir)

    assert isinstance(handbook, Handbook)
    _assert_comments_kept(handbook_dir)
    assert _snapshot(handbook_dir) != before
    # A deleted section leaves links to it broken (the GUI lists them before it asks); nothing else breaks.
    assert {p.code for p in check_handbook(handbook_dir).errors} <= (
        {"broken-link"} if isinstance(operation, DeleteSection) else set()
    )
    operation.inverse().apply(handbook_dir)
    assert _snapshot(handbook_dir) == before


def test_redo_after_undo_is_the_inverse_of_the_inverse(handbook_dir: Path) -> None:
    delete = DeleteSection("04-gamification")
    delete.apply(handbook_dir)
    after_delete = part_sections(handbook_dir)
    restore = delete.inverse()
    restore.apply(handbook_dir)
    restore.inverse().apply(handbook_dir)
    assert part_sections(handbook_dir) == after_delete
    assert not (handbook_dir / "bg" / "04-gamification.md").exists()


def test_moving_a_section_across_parts_changes_the_reading_order(handbook_dir: Path) -> None:
    before = Handbook.load(handbook_dir).config.sections
    assert before[0] == "01-blended-learning"
    handbook = MoveSection("01-blended-learning", "spaces-and-organisation", 2).apply(handbook_dir)
    # The first section is read last now; the others keep their order.
    assert handbook.config.sections == [*before[1:], "01-blended-learning"]
    # The multi-line list keeps its layout and its comment.
    assert '  "08-study-hall",  # the hall opened in 2024\n  "09-centre-setup",\n  "01-blended-learning",\n]' in (
        _config(handbook_dir)
    )


def test_a_part_moves_with_the_comment_above_it(handbook_dir: Path) -> None:
    MovePart("spaces-and-organisation", 0).apply(handbook_dir)
    text = _config(handbook_dir)
    assert f'{COMMENTS[3]}\n[[part]]\nslug = "spaces-and-organisation"' in text
    assert f'{COMMENTS[1]}\n[[part]]\nslug = "foundations"' in text
    assert list(part_sections(handbook_dir)) == ["spaces-and-organisation", "foundations", "active-learning"]


def test_rename_rewrites_links_in_every_language_and_check_stays_clean(handbook_dir: Path) -> None:
    linking = handbook_dir / "ru" / "03-video-lectures.md"
    assert "](02-flipped-classroom.md#before)" in linking.read_text(encoding="utf-8")

    handbook = RenameSection("02-flipped-classroom", "02-flipped").apply(handbook_dir)

    assert handbook.config.part_of("02-flipped").slug == "foundations"
    assert handbook.languages_of("02-flipped") == ["bg", "ru", "en", "kk", "uz"]
    assert not list(handbook_dir.glob("*/02-flipped-classroom.md"))
    text = linking.read_text(encoding="utf-8")
    assert "](02-flipped.md#before)" in text and "02-flipped-classroom.md" not in text
    for lang in handbook.config.languages:
        for path in (handbook_dir / lang).glob("*.md"):
            assert "02-flipped-classroom.md" not in path.read_text(encoding="utf-8"), path
    report = check_handbook(handbook_dir)
    assert report.exit_code == 0, [p.format() for p in report.errors]


def test_rename_carries_the_sections_state_files(handbook_dir: Path) -> None:
    state = handbook_dir / ".handbook" / "ru"
    state.mkdir(parents=True)
    (state / "04-gamification.provenance").write_text("seg 1\n", encoding="utf-8")
    (state / "04-gamification-extra.provenance").write_text("other\n", encoding="utf-8")

    RenameSection("04-gamification", "04-games").apply(handbook_dir)

    assert (state / "04-games.provenance").read_text(encoding="utf-8") == "seg 1\n"
    assert (state / "04-gamification-extra.provenance").exists()  # another section's file is not touched


def test_links_are_rewritten_but_code_and_other_names_are_not() -> None:
    text = (
        'See [a](old.md), [b](old.md#x), [c](./old.md "t"), [d](../ru/old.md), [e](old.md.bak), [f](older.md).\n'
        "[ref]: old.md#y\n"
        "```\n[code](old.md)\n```\n"
    )
    assert rewrite_links(text, "old", "new") == (
        'See [a](new.md), [b](new.md#x), [c](./new.md "t"), [d](../ru/new.md), [e](old.md.bak), [f](older.md).\n'
        "[ref]: new.md#y\n"
        "```\n[code](old.md)\n```\n"
    )


def test_delete_moves_every_language_to_the_trash_and_undo_brings_it_back(handbook_dir: Path) -> None:
    before = _snapshot(handbook_dir)
    delete = DeleteSection("03-video-lectures")

    handbook = delete.apply(handbook_dir)

    assert "03-video-lectures" not in handbook.config.sections
    assert not list(handbook_dir.glob("*/03-video-lectures.md"))
    [folder] = [p for p in (handbook_dir / TRASH_DIR).iterdir() if p.is_dir()]
    assert sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*.md")) == [
        "bg/03-video-lectures.md",
        "en/03-video-lectures.md",
        "kk/03-video-lectures.md",
        "ru/03-video-lectures.md",
    ]
    assert (handbook_dir / TRASH_DIR / ".gitignore").read_text(encoding="utf-8").endswith("*\n")

    delete.inverse().apply(handbook_dir)

    assert _snapshot(handbook_dir) == before
    assert not folder.exists()


def test_links_to_a_section_are_listed_before_it_is_deleted(handbook_dir: Path) -> None:
    assert links_to(Handbook.load(handbook_dir), "08-study-hall") == [
        ("bg/09-centre-setup.md", 60),
        ("ru/09-centre-setup.md", 60),
        ("en/09-centre-setup.md", 60),
    ]


def test_a_new_section_has_a_titled_file_in_the_source_language(handbook_dir: Path) -> None:
    handbook = AddSection("10-peer-review", "Взаимно оценяване: как", "active-learning").apply(handbook_dir)
    assert handbook.config.parts[1].sections[-1] == "10-peer-review"
    assert handbook.section_title("bg", "10-peer-review") == "Взаимно оценяване: как"
    assert handbook.languages_of("10-peer-review") == ["bg"]
    assert (handbook_dir / "bg" / "10-peer-review.md").read_text(encoding="utf-8").startswith("---\ntitle: ")


@pytest.mark.parametrize(
    ("operation", "words"),
    [
        (AddSection("10 Peer Review", "T", "foundations"), "cannot be a section name"),
        (AddSection("Ünïcode", "T", "foundations"), "lower-case Latin letters"),
        (AddSection("glossary", "T", "foundations"), "reserved"),
        (AddSection("04-gamification", "T", "foundations"), "part 'active-learning' already has"),
        (AddSection("10-new", "  ", "foundations"), "title is empty"),
        (AddSection("10-new", "T", "no-such-part"), "no part 'no-such-part'"),
        (RenameSection("01-blended-learning", "../escape"), "cannot be a section name"),
        (RenameSection("01-blended-learning", "02-flipped-classroom"), "already has a section"),
        (RenameSection("missing", "fine"), "no part in handbook.toml lists the section 'missing'"),
        (DeletePart("foundations"), "still holds 3 section(s)"),
        (MoveSection("01-blended-learning", "foundations", 7), "position 7 is outside"),
        (MovePart("foundations", 3), "position 3 is outside"),
        (AddPart("foundations", {"bg": "Пак"}), "already a part 'foundations'"),
        (AddPart("new-part", {"en": "No source title"}), "title in 'bg'"),
        (SetSectionTitle("05-self-assessment", "kk", "Өзін-өзі тексеру"), "kk/05-self-assessment.md does not exist"),
        (SetPartTitle("foundations", "bg", None), "keep its title in the source language"),
    ],
)
def test_a_refused_change_says_why_and_writes_nothing(handbook_dir: Path, operation: Operation, words: str) -> None:
    before = _snapshot(handbook_dir)
    with pytest.raises(StructureError) as raised:
        operation.apply(handbook_dir)
    assert words in raised.value.message
    assert _snapshot(handbook_dir) == before
    assert not (handbook_dir / TRASH_DIR).exists()


def test_an_unlisted_file_is_not_taken_over_by_a_new_section(handbook_dir: Path) -> None:
    (handbook_dir / "ru" / "10-draft.md").write_text("# Черновик\n", encoding="utf-8")
    before = _snapshot(handbook_dir)
    with pytest.raises(StructureError, match=r"ru/10-draft\.md already exists"):
        AddSection("10-draft", "Чернова", "foundations").apply(handbook_dir)
    assert _snapshot(handbook_dir) == before


def test_a_failed_write_puts_back_what_was_already_changed(handbook_dir: Path, monkeypatch) -> None:
    before = _snapshot(handbook_dir)
    from authoring_app.core import file_transaction

    real = file_transaction.atomic_write_bytes

    def failing(path: Path, data: bytes, **kwargs) -> None:
        if path.name == "handbook.toml":
            raise PermissionError(13, "Permission denied", str(path))
        real(path, data, **kwargs)

    monkeypatch.setattr(file_transaction, "atomic_write_bytes", failing)
    with pytest.raises(StructureError, match=r"could not write .*handbook\.toml.*nothing was changed"):
        RenameSection("01-blended-learning", "01-blended").apply(handbook_dir)
    assert _snapshot(handbook_dir) == before


def test_windows_line_ends_of_handbook_toml_are_kept(handbook_dir: Path) -> None:
    config = handbook_dir / "handbook.toml"
    config.write_bytes(config.read_bytes().replace(b"\n", b"\r\n"))
    MoveSection("01-blended-learning", "foundations", 2).apply(handbook_dir)
    raw = config.read_bytes()
    assert raw.count(b"\r\n") == raw.count(b"\n")
    assert part_sections(handbook_dir)["foundations"][-1] == "01-blended-learning"


def test_a_section_title_change_touches_only_the_title_line(handbook_dir: Path) -> None:
    path = handbook_dir / "ru" / "01-blended-learning.md"
    lines = path.read_text(encoding="utf-8").split("\n")
    handbook = SetSectionTitle("01-blended-learning", "ru", "Смешанное обучение: введение").apply(handbook_dir)
    assert handbook.section_title("ru", "01-blended-learning") == "Смешанное обучение: введение"
    new_lines = path.read_text(encoding="utf-8").split("\n")
    assert [i for i, (a, b) in enumerate(zip(lines, new_lines, strict=True)) if a != b] == [1]
