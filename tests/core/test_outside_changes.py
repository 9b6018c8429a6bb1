"""Files changed outside the app: what is watched, the side-by-side comparison, the three-way merge."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from authoring_app.core import own_writes
from authoring_app.core.atomic import atomic_write_text
from authoring_app.core.editing import SaveConflict, open_for_editing, save_section
from authoring_app.core.external_changes import (
    changed_span,
    compare_rows,
    conflict_markers_left,
    keep_replaced_version,
    merge_texts,
    watch_targets,
)
from authoring_app.core.handbook import Handbook

BASE = "# Заглавие\n\nПърви абзац.\n\nВтори абзац.\n\nТрети абзац.\n"


def test_changes_to_different_paragraphs_merge_without_conflict() -> None:
    mine = BASE.replace("Първи абзац.", "Първи абзац, поправен от мен.")
    theirs = BASE.replace("Трети абзац.", "Трети абзац, поправен от колега.")
    result = merge_texts(BASE, mine, theirs)
    assert result.conflicts == 0
    assert result.text == BASE.replace("Първи абзац.", "Първи абзац, поправен от мен.").replace(
        "Трети абзац.", "Трети абзац, поправен от колега."
    )


def test_changes_to_the_same_line_keep_both_between_markers() -> None:
    mine = BASE.replace("Втори абзац.", "Втори — моят.")
    theirs = BASE.replace("Втори абзац.", "Втори — техният.")
    result = merge_texts(BASE, mine, theirs, mine_label="yours", theirs_label="theirs")
    assert result.conflicts == 1 and conflict_markers_left(result.text) == 1
    assert "<<<<<<< yours\nВтори — моят.\n=======\nВтори — техният.\n>>>>>>> theirs\n" in result.text
    assert result.text.startswith("# Заглавие\n\nПърви абзац.\n")  # the rest is untouched


def test_a_text_without_a_final_line_end_merges_without_gluing_a_marker() -> None:
    base, mine, theirs = "a\n\nb", "a\n\nB", "A\n\nb"
    result = merge_texts(base, mine, theirs)
    assert result.conflicts == 0 and result.text == "A\n\nB"
    clash = merge_texts("a", "b", "c")
    assert clash.conflicts == 1 and "b\n=======" in clash.text


def test_the_same_change_on_both_sides_is_no_conflict() -> None:
    both = BASE.replace("Трети", "Четвърти")
    result = merge_texts(BASE, both, both)
    assert (result.text, result.conflicts) == (both, 0)


def test_compare_rows_fold_unchanged_stretches_and_number_both_sides() -> None:
    old = "\n".join(f"ред {n}" for n in range(1, 31))
    new = old.replace("ред 15", "ред петнадесет").replace("ред 20\n", "")
    rows = compare_rows(old, new, context=2)
    kinds = [row.kind for row in rows]
    assert kinds[0] == "skip" and "changed" in kinds and "removed" in kinds and kinds[-1] == "skip"
    changed = next(row for row in rows if row.kind == "changed")
    assert (changed.left, changed.right, changed.left_line, changed.right_line) == ("ред 15", "ред петнадесет", 15, 15)
    removed = next(row for row in rows if row.kind == "removed")
    assert (removed.left, removed.right, removed.left_line) == ("ред 20", None, 20)
    assert sum(row.count for row in rows if row.kind == "skip") + sum(row.kind != "skip" for row in rows) >= 29
    assert compare_rows(old, old) == []


def test_changed_span_replaces_only_the_middle() -> None:
    for old, new in [
        ("абвгд", "абXгд"),
        ("", "ново"),
        ("старо", ""),
        ("aaa", "aaaa"),
        ("ab", "ab"),
        ("x\ny", "x\nz\ny"),
    ]:
        start, old_end, new_end = changed_span(old, new)
        assert old[:start] + new[start:new_end] + old[old_end:] == new
        assert old[:start] == new[:start] and old[old_end:] == new[new_end:]


def test_watch_targets_cover_the_config_every_language_and_the_media(sample_copy: Path) -> None:
    (sample_copy / "ru" / ".02-flipped-classroom.md.abc.tmp").write_text("x", encoding="utf-8")
    handbook = Handbook.load(sample_copy)
    targets = watch_targets(handbook)
    root = handbook.root
    assert root / "handbook.toml" in targets.files
    assert root / "ru" / "02-flipped-classroom.md" in targets.files
    assert root / "media" / "short-lecture.webm" in targets.files
    assert not any(path.name.endswith(".tmp") for path in targets.files)
    assert targets.folders[root] == "handbook.toml"
    assert targets.folders[root / "kk"] == "*.md" and targets.folders[root / "media"] == "*"


def test_a_file_replaced_by_a_rename_is_a_change_the_save_check_sees(sample_copy: Path) -> None:
    """What git does: write a new file, rename it over the old one. The hash check notices it."""
    handbook = Handbook.load(sample_copy)
    section = open_for_editing(handbook, "ru", "02-flipped-classroom")
    temp = section.path.with_name("incoming.tmp")
    temp.write_text(section.text + "\nНовый абзац от коллеги.\n", encoding="utf-8")
    os.replace(temp, section.path)
    with pytest.raises(SaveConflict):
        save_section(section, "моё")
    assert "Новый абзац от коллеги." in section.path.read_text(encoding="utf-8")


def test_saving_a_file_deleted_underneath_asks_with_a_message_that_says_so(sample_copy: Path) -> None:
    handbook = Handbook.load(sample_copy)
    section = open_for_editing(handbook, "bg", "02-flipped-classroom")
    section.path.rename(section.path.with_name("02-renamed-by-onedrive.md"))
    with pytest.raises(SaveConflict, match="deleted, moved or renamed"):
        save_section(section, "текст")
    save_section(section, "текст", overwrite=True)
    assert section.path.read_text(encoding="utf-8") == "текст"


# ---- the version replaced by Keep My Text; the app's own writes --------------------------------------------


def test_the_replaced_version_is_kept_as_it_was_on_disk(tmp_path: Path) -> None:
    folder = tmp_path / "originals" / "bg"
    theirs = "# Заглавие\n\nТехен\u00a0абзац.\n"
    first = keep_replaced_version(folder, "02-flipped-classroom.md", theirs, newline="\r\n", had_bom=True, now=0)
    second = keep_replaced_version(folder, "02-flipped-classroom.md", theirs, now=0)  # the same second: no overwrite
    assert first.parent == folder and first.name.startswith("02-flipped-classroom.md.on-disk-")
    assert first.suffix == ".md" and first != second
    assert first.read_bytes() == b"\xef\xbb\xbf" + theirs.replace("\n", "\r\n").encode("utf-8")
    assert second.read_text(encoding="utf-8") == theirs


def test_the_merge_markers_name_the_sides_in_the_authors_words() -> None:
    result = merge_texts("a\n", "b\n", "c\n")
    assert result.text == "<<<<<<< your text\nb\n=======\nc\n>>>>>>> on disk\n"


def test_the_apps_own_writes_are_recorded_and_anothers_are_not(tmp_path: Path) -> None:
    path = tmp_path / "ru" / "01.md"
    atomic_write_text(path, "моё\n")
    assert own_writes.is_own_file(path)
    assert own_writes.is_own(path, hashlib.sha256(path.read_bytes()).hexdigest())
    assert own_writes.is_own_file(tmp_path / "ru" / ".." / "ru" / "01.md")  # however the path is spelt
    temp = path.with_name("incoming")
    temp.write_text("чужое\n", encoding="utf-8")
    os.replace(temp, path)  # another program, as git writes
    assert not own_writes.is_own_file(path)
    assert not own_writes.is_own(path, hashlib.sha256(path.read_bytes()).hexdigest())
    assert not own_writes.is_own_file(tmp_path / "never-written.md") and not own_writes.is_own(path, "")


def test_the_record_of_own_writes_is_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(own_writes, "MAX_RECORDED", 3)
    for number in range(5):
        own_writes.record(tmp_path / f"{number}.md", b"x")
    assert not own_writes.is_own(tmp_path / "0.md", own_writes.digest(b"x"))
    assert own_writes.is_own(tmp_path / "4.md", own_writes.digest(b"x"))
