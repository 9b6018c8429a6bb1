"""The navigator as an author uses it to reorganise a handbook: drag and drop, keys, the context menu, undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from handbook_files import part_sections, snapshot
from PySide6.QtCore import QMimeData, QPoint, Qt
from PySide6.QtGui import QDropEvent, QKeySequence, QPainter
from PySide6.QtWidgets import QMessageBox

from authoring_app.core.check import check_handbook
from authoring_app.core.handbook import Handbook
from authoring_app.gui.project_tree import AVAILABLE_MARK, MISSING_MARK, SLUG_ROLE, ProjectTree

pytestmark = pytest.mark.gui

COMMENT = "# Reading order agreed with the partner universities"


@pytest.fixture
def handbook_dir(sample_copy: Path) -> Path:
    config = sample_copy / "handbook.toml"
    config.write_text(COMMENT + "\n" + config.read_text(encoding="utf-8"), encoding="utf-8")
    return sample_copy


@pytest.fixture
def tree(qtbot, handbook_dir: Path) -> ProjectTree:
    tree = ProjectTree()
    qtbot.addWidget(tree)
    tree.resize(520, 560)
    tree.set_handbook(Handbook.load(handbook_dir))
    tree.show()
    qtbot.waitExposed(tree)
    return tree


def _tree_order(tree: ProjectTree) -> dict[str, list[str]]:
    return {
        part.data(0, SLUG_ROLE): [part.child(i).data(0, SLUG_ROLE) for i in range(part.childCount())]
        for part in tree.part_items()
    }


def _drop(tree: ProjectTree, dragged_slug: str, target_slug: str, where: str) -> None:
    """Drag the row ``dragged_slug`` and drop it above, on or below the row ``target_slug``."""
    items = {item.data(0, SLUG_ROLE): item for item in tree.part_items() + tree.section_items()}
    dragged, target = items[dragged_slug], items[target_slug]
    tree.setCurrentItem(dragged)
    rect = tree.visualItemRect(target)
    y = {"above": rect.top() + 1, "on": rect.center().y(), "below": rect.bottom() - 1}[where]
    mime: QMimeData = tree.mimeData([dragged])
    point = QPoint(rect.center().x(), y)
    drop = QDropEvent(
        point.toPointF(), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    # Qt hands a QDropEvent sent to the viewport only to the target of a drag in progress (a QDrag that offscreen
    # tests cannot run), so the event goes straight to the tree's dropEvent: the handler a real drop reaches.
    tree.dropEvent(drop)
    assert drop.dropAction() == Qt.DropAction.IgnoreAction  # Qt itself removes no row; the tree reloads


def test_dropping_a_section_into_another_part_writes_handbook_toml_and_undo_puts_it_back(
    tree: ProjectTree, handbook_dir: Path
) -> None:
    before = (handbook_dir / "handbook.toml").read_text(encoding="utf-8")

    _drop(tree, "02-flipped-classroom", "09-centre-setup", "above")

    assert part_sections(handbook_dir)["spaces-and-organisation"] == [
        "08-study-hall",
        "02-flipped-classroom",
        "09-centre-setup",
    ]
    assert part_sections(handbook_dir)["foundations"] == ["01-blended-learning", "03-video-lectures"]
    assert _tree_order(tree) == part_sections(handbook_dir)
    assert (handbook_dir / "handbook.toml").read_text(encoding="utf-8").startswith(COMMENT + "\n")
    # The moved row stays selected, and its badges came along.
    assert tree.current_kind_and_slug() == ("section", "02-flipped-classroom")
    assert tree.currentItem().text(tree.language_column("kk")) == AVAILABLE_MARK

    tree.setFocus()
    tree.structure_actions.undo_action.trigger()

    assert (handbook_dir / "handbook.toml").read_text(encoding="utf-8") == before
    assert _tree_order(tree) == part_sections(handbook_dir)


def test_dropping_below_a_section_in_the_same_part_reorders_it(tree: ProjectTree, handbook_dir: Path) -> None:
    _drop(tree, "04-gamification", "06-virtual-labs", "below")
    assert part_sections(handbook_dir)["active-learning"] == [
        "05-self-assessment",
        "06-virtual-labs",
        "04-gamification",
        "07-e-portfolios",
    ]


def test_dropping_a_section_on_a_part_appends_it_there(tree: ProjectTree, handbook_dir: Path) -> None:
    _drop(tree, "01-blended-learning", "active-learning", "on")
    assert part_sections(handbook_dir)["active-learning"][-1] == "01-blended-learning"


def test_parts_reorder_by_drag_and_cannot_go_inside_a_part(tree: ProjectTree, handbook_dir: Path) -> None:
    _drop(tree, "spaces-and-organisation", "foundations", "above")
    assert list(part_sections(handbook_dir)) == ["spaces-and-organisation", "foundations", "active-learning"]
    assert [p.data(0, SLUG_ROLE) for p in tree.part_items()] == list(part_sections(handbook_dir))

    before = (handbook_dir / "handbook.toml").read_bytes()
    _drop(tree, "foundations", "active-learning", "on")  # a part inside a part
    _drop(tree, "foundations", "04-gamification", "above")  # a part among sections
    assert (handbook_dir / "handbook.toml").read_bytes() == before
    assert [p.childCount() for p in tree.part_items()] == [2, 3, 4]


def test_a_section_cannot_be_dropped_above_the_first_part(tree: ProjectTree, handbook_dir: Path) -> None:
    before = (handbook_dir / "handbook.toml").read_bytes()
    _drop(tree, "05-self-assessment", "foundations", "above")
    assert (handbook_dir / "handbook.toml").read_bytes() == before
    assert len(tree.part_items()) == 3


def test_alt_down_moves_the_section_and_over_into_the_next_part(qtbot, tree: ProjectTree, handbook_dir: Path) -> None:
    tree.select("section", "02-flipped-classroom")
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert part_sections(handbook_dir)["foundations"] == [
        "01-blended-learning",
        "03-video-lectures",
        "02-flipped-classroom",
    ]
    qtbot.keyClick(tree, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert part_sections(handbook_dir)["active-learning"][0] == "02-flipped-classroom"
    assert tree.current_kind_and_slug() == ("section", "02-flipped-classroom")
    qtbot.keyClick(tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert part_sections(handbook_dir)["foundations"] == [
        "01-blended-learning",
        "02-flipped-classroom",
        "03-video-lectures",
    ]


def test_rename_rewrites_links_elsewhere_and_check_still_passes(
    tree: ProjectTree, handbook_dir: Path, monkeypatch
) -> None:
    tree.select("section", "02-flipped-classroom")
    monkeypatch.setattr(tree.structure_actions, "ask_slug", lambda _title, _slug: "02-flipped")
    tree.structure_actions.rename_action.trigger()

    assert tree.current_kind_and_slug() == ("section", "02-flipped")
    assert tree.currentItem().text(0) == "Обърнатата класна стая"
    text = (handbook_dir / "ru" / "03-video-lectures.md").read_text(encoding="utf-8")
    assert "](02-flipped.md#before)" in text
    assert check_handbook(handbook_dir).exit_code == 0

    tree.structure_actions.undo_action.trigger()
    assert (handbook_dir / "bg" / "02-flipped-classroom.md").is_file()
    assert "](02-flipped-classroom.md#before)" in (handbook_dir / "ru" / "03-video-lectures.md").read_text(
        encoding="utf-8"
    )


def test_delete_asks_says_where_the_files_go_and_undo_restores_them(
    tree: ProjectTree, handbook_dir: Path, monkeypatch
) -> None:
    asked: list[QMessageBox] = []

    def answer_yes(box: QMessageBox) -> bool:
        asked.append(box)
        return True

    monkeypatch.setattr(tree.structure_actions, "confirm", answer_yes)
    tree.select("section", "08-study-hall")
    tree.setFocus()
    tree.structure_actions.delete_action.trigger()

    [box] = asked
    assert box.text() == "Delete the section “Учебната зала на бъдещето”?"
    assert ".trash" in box.informativeText()
    assert "bg/08-study-hall.md, ru/08-study-hall.md, en/08-study-hall.md" in box.informativeText()
    assert "3 link(s)" in box.informativeText()  # the centre-setup section links to it in three languages
    assert tree.section_item("08-study-hall") is None
    assert not (handbook_dir / "bg" / "08-study-hall.md").exists()
    assert list((handbook_dir / ".trash").glob("*/bg/08-study-hall.md"))

    tree.structure_actions.undo_action.trigger()
    assert (handbook_dir / "bg" / "08-study-hall.md").is_file()
    assert tree.section_item("08-study-hall").text(tree.language_column("uz")) == MISSING_MARK


def test_delete_cancelled_changes_nothing(tree: ProjectTree, handbook_dir: Path, monkeypatch) -> None:
    monkeypatch.setattr(tree.structure_actions, "confirm", lambda _box: False)
    tree.select("section", "01-blended-learning")
    tree.structure_actions.delete_action.trigger()
    assert (handbook_dir / "bg" / "01-blended-learning.md").is_file()
    assert not (handbook_dir / ".trash").exists()


def test_a_bad_file_name_is_refused_with_core_message_and_nothing_written(
    qtbot, tree: ProjectTree, handbook_dir: Path, monkeypatch
) -> None:
    before = snapshot(handbook_dir)
    tree.select("part", "foundations")
    monkeypatch.setattr(tree.structure_actions, "ask_name", lambda *_args: ("Партньорско оценяване", "10 Peer!"))
    tree.structure_actions.new_section_action.trigger()

    box = tree.findChild(QMessageBox, "structureErrorBox")
    assert box is not None and box.isVisible()
    assert "'10 Peer!' cannot be a section name" in box.text()
    assert snapshot(handbook_dir) == before
    assert not tree.structure_actions.undo_action.isEnabled()
    box.close()


def test_new_section_appears_selected_after_the_current_one(tree: ProjectTree, handbook_dir: Path, monkeypatch) -> None:
    tree.select("section", "04-gamification")
    monkeypatch.setattr(tree.structure_actions, "ask_name", lambda *_args: ("Партньорско оценяване", "10-peer-review"))
    tree.structure_actions.new_section_action.trigger()
    assert part_sections(handbook_dir)["active-learning"][1] == "10-peer-review"
    assert tree.current_kind_and_slug() == ("section", "10-peer-review")
    assert tree.currentItem().text(0) == "Партньорско оценяване"
    assert tree.currentItem().text(tree.language_column("bg")) == AVAILABLE_MARK
    assert tree.currentItem().text(tree.language_column("ru")) == MISSING_MARK


def test_collapsed_parts_stay_collapsed_after_a_change(tree: ProjectTree, handbook_dir: Path) -> None:
    tree.part_items()[2].setExpanded(False)
    _drop(tree, "04-gamification", "01-blended-learning", "above")
    assert [p.isExpanded() for p in tree.part_items()] == [True, True, False]


def test_the_keys_and_names_of_the_actions(tree: ProjectTree) -> None:
    actions = tree.structure_actions
    assert actions.rename_action.shortcut() == QKeySequence("F2")
    assert actions.delete_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Delete)
    assert actions.move_up_action.shortcut() == QKeySequence("Alt+Up")
    assert actions.move_down_action.shortcut() == QKeySequence("Alt+Down")
    assert actions.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    tree.select("part", "foundations")
    assert actions.rename_action.text() == "&Rename Part…"
    assert not actions.move_up_action.isEnabled() and actions.move_down_action.isEnabled()
    tree.select("section", "05-self-assessment")
    assert actions.rename_action.text() == "&Rename File…"
    assert "Alt+Up" in tree.accessibleDescription()


def test_context_menu_screenshot(qtbot, tree: ProjectTree, tmp_path: Path) -> None:
    """The menu as the author sees it over the tree (saved to /tmp/tree.png for a look)."""
    tree.select("section", "04-gamification")
    rect = tree.visualItemRect(tree.currentItem())
    tree.customContextMenuRequested.emit(rect.center())
    menu = tree.findChild(type(tree.structure_actions.menu()), "structureMenu")
    qtbot.waitUntil(lambda: menu is not None and menu.isVisible())
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts[:4] == ["&New Section…", "New &Part…", "&Rename File…", "Change &Title…"]
    painter_target = tree.grab().toImage()
    menu_shot = menu.grab().toImage()
    painter = QPainter(painter_target)
    painter.drawImage(rect.center() + QPoint(8, 8), menu_shot)
    painter.end()
    assert painter_target.save(str(tmp_path / "tree.png"))
    painter_target.save("/tmp/tree.png")
    menu.close()
