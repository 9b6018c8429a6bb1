"""`handbook xliff` and `handbook po` on a copy of the sample after `handbook track`, with translate-toolkit as the
CAT tool: what a translator (and the person who reviews the git diff afterwards) would notice."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from translate.storage import factory

from authoring_app.cli import main as handbook

SECTION = "02-flipped-classroom"
#: A paragraph with no Markdown inside: a CAT tool may set its target as plain text.
PLAIN_UNIT = f"{SECTION}/paragraph:7"
LINKED_UNIT = f"{SECTION}/paragraph:2"  # links to 01-blended-learning.md#models


@pytest.fixture
def tracked(sample_copy: Path) -> Path:
    assert handbook(["track", str(sample_copy)]) == 0
    return sample_copy


def _files(root: Path) -> dict[Path, bytes]:
    return {p.relative_to(root): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _unit(store: object, unit_id: str) -> object:
    return next(u for u in store.units if not u.isheader() and u.xmlelement.get("id") == unit_id)  # type: ignore[attr-defined]


def _status(root: Path, lang: str, key: str) -> str:
    out = json.loads(_run_json(root, lang))
    segments = out["languages"][lang]["sections"][SECTION]["segments"]
    return next(s["status"] for s in segments if s["key"] == key)


def _run_json(root: Path, lang: str) -> str:
    import contextlib
    import io

    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        assert handbook(["status", str(root), "--json", "--language", lang, "--section", SECTION]) == 0
    return buffer.getvalue()


def test_a_target_edited_in_a_cat_tool_changes_exactly_that_segment(tracked: Path, tmp_path: Path) -> None:
    xlf = tmp_path / "ru.xlf"
    assert handbook(["xliff", "export", str(tracked), "--language", "ru", "-o", str(xlf)]) == 0
    store = factory.getobject(str(xlf))
    units = [u for u in store.units if not u.isheader()]
    from authoring_app.core.handbook import Handbook
    from authoring_app.core.translation.status import section_status

    hb = Handbook.load(tracked)
    expected = sum(
        1 for slug in hb.config.sections for s in section_status(hb, "ru", slug).segments if s.source is not None
    )
    assert len(units) == expected

    _unit(store, PLAIN_UNIT).target = "Материал для подготовки должен быть коротким. Новый перевод абзаца."
    store.save()
    before = _files(tracked)
    assert handbook(["xliff", "import", str(tracked), str(xlf)]) == 0
    after = _files(tracked)
    changed = {p for p in before if before[p] != after.get(p)} - {Path(".handbook/ru") / f"{SECTION}.provenance"}
    assert changed == {Path("ru") / f"{SECTION}.md"}
    old = before[Path("ru") / f"{SECTION}.md"].decode().split("\n")
    new = after[Path("ru") / f"{SECTION}.md"].decode().split("\n")
    assert len(old) == len(new)
    diff = [i for i, (a, b) in enumerate(zip(old, new, strict=True)) if a != b]
    assert len(diff) == 1 and new[diff[0]] == "Материал для подготовки должен быть коротким. Новый перевод абзаца."
    assert _status(tracked, "ru", "paragraph:7") == "translated"


def test_a_unit_whose_placeholder_was_removed_is_refused(tracked: Path, tmp_path: Path, capsys) -> None:
    xlf = tmp_path / "ru.xlf"
    assert handbook(["xliff", "export", str(tracked), "--language", "ru", "-o", str(xlf)]) == 0
    store = factory.getobject(str(xlf))
    target = _unit(store, LINKED_UNIT).get_target_dom()  # type: ignore[attr-defined]
    for tag in list(target):
        target.remove(tag)  # the translator deleted the link's tags
    target.text = "Эта идея продолжает ротационную модель, но без ссылки."
    _unit(store, PLAIN_UNIT).target = "Другой перевод."
    store.save()
    before = (tracked / "ru" / f"{SECTION}.md").read_text(encoding="utf-8")
    assert handbook(["xliff", "import", str(tracked), str(xlf)]) == 1
    err = capsys.readouterr().err
    assert LINKED_UNIT in err and "placeholder" in err and "missing" in err
    after = (tracked / "ru" / f"{SECTION}.md").read_text(encoding="utf-8")
    assert "без ссылки" not in after and "(01-blended-learning.md#models)" in after
    assert "Другой перевод." in after and "Другой перевод." not in before  # the other unit still imported


def test_a_unit_whose_source_changed_after_the_export_is_refused(tracked: Path, tmp_path: Path, capsys) -> None:
    xlf = tmp_path / "ru.xlf"
    assert handbook(["xliff", "export", str(tracked), "--language", "ru", "-o", str(xlf)]) == 0
    source = tracked / "bg" / f"{SECTION}.md"
    source.write_text(
        source.read_text(encoding="utf-8").replace("Материалът за подготовка", "Материалът за самоподготовка"),
        encoding="utf-8",
    )
    store = factory.getobject(str(xlf))
    _unit(store, PLAIN_UNIT).target = "Новый текст."
    store.save()
    before = _files(tracked)
    assert handbook(["xliff", "import", str(tracked), str(xlf)]) == 1
    assert "the source changed since the export" in capsys.readouterr().err
    assert _files(tracked) == before


def test_an_xliff_with_entity_declarations_is_refused(tracked: Path, tmp_path: Path, capsys) -> None:
    xlf = tmp_path / "ru.xlf"
    assert handbook(["xliff", "export", str(tracked), "--language", "ru", "-o", str(xlf)]) == 0
    text = xlf.read_text(encoding="utf-8")
    text = text.replace("?>\n", '?>\n<!DOCTYPE x [<!ENTITY lol "lol"><!ENTITY big "&lol;&lol;&lol;">]>\n', 1)
    xlf.write_text(text.replace("Новый", "&big;"), encoding="utf-8")
    before = _files(tracked)
    assert handbook(["xliff", "import", str(tracked), str(xlf)]) == 2
    assert "DOCTYPE" in capsys.readouterr().err
    assert _files(tracked) == before


def test_a_malformed_xliff_names_line_and_column(tracked: Path, tmp_path: Path, capsys) -> None:
    xlf = tmp_path / "broken.xlf"
    xlf.write_text('<?xml version="1.0"?>\n<xliff version="1.2">\n  <file>\n</xliff>\n', encoding="utf-8")
    assert handbook(["xliff", "import", str(tracked), str(xlf)]) == 2
    err = capsys.readouterr().err
    assert f"{xlf}:4:" in err and "Traceback" not in err


def test_po_round_trip(tracked: Path, tmp_path: Path, capsys) -> None:
    po_file = tmp_path / "ru.po"
    assert handbook(["po", "export", str(tracked), "--language", "ru", "-o", str(po_file)]) == 0
    store = factory.getobject(str(po_file))
    units = {u.getcontext(): u for u in store.units if not u.isheader()}
    assert len(units) == 252
    units[PLAIN_UNIT].target = "Перевод из PO-редактора."
    linked = units[LINKED_UNIT]
    linked.target = str(linked.target).replace("<1>", "").replace("</1>", "")  # the link's brackets removed
    store.save()
    before = _files(tracked)
    assert handbook(["po", "import", str(tracked), str(po_file)]) == 1
    assert LINKED_UNIT in capsys.readouterr().err
    after = _files(tracked)
    changed = {p for p in before if before[p] != after.get(p)}
    assert changed == {Path("ru") / f"{SECTION}.md", Path(".handbook/ru") / f"{SECTION}.provenance"}
    assert "Перевод из PO-редактора." in after[Path("ru") / f"{SECTION}.md"].decode()
    assert _status(tracked, "ru", "paragraph:7") == "translated"
