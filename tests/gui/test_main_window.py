"""The main window as a user meets it: the sample's contents, what is missing where, screenshots, errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QKeySequence
from PySide6.QtWidgets import QMessageBox

from authoring_app.__main__ import EXIT_LOAD_ERROR, main
from authoring_app.core.handbook import Handbook
from authoring_app.core.paths import user_data_dir
from authoring_app.gui.main_window import MainWindow
from authoring_app.gui.project_tree import AVAILABLE_MARK, MISSING_MARK

pytestmark = pytest.mark.gui

SAMPLE_SECTIONS = [
    "01-blended-learning",
    "02-flipped-classroom",
    "03-video-lectures",
    "04-gamification",
    "05-self-assessment",
    "06-virtual-labs",
    "07-e-portfolios",
    "08-study-hall",
    "09-centre-setup",
]


@pytest.fixture
def window(qtbot, sample_copy: Path) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_handbook(sample_copy)
    window.show()
    qtbot.waitExposed(window)
    return window


def _break_config(handbook_dir: Path) -> None:
    (handbook_dir / "handbook.toml").write_text('[handbook\nsource_language = "bg"\n', encoding="utf-8")


def test_tree_shows_the_three_parts_and_nine_sections_in_order(window: MainWindow) -> None:
    tree = window.project_tree
    parts = tree.part_items()
    assert [part.text(0) for part in parts] == [
        "Основи",
        "Активно учене и оценяване",
        "Пространства и организация",
    ]
    assert [part.childCount() for part in parts] == [3, 4, 2]
    assert parts[0].font(0).bold()
    assert [item.data(0, Qt.ItemDataRole.UserRole + 1) for item in tree.section_items()] == SAMPLE_SECTIONS
    # Titles come from the Bulgarian front matter, not from the file names.
    assert tree.section_items()[0].text(0) == "Смесено обучение"
    assert all(part.isExpanded() for part in parts)


def test_badges_say_which_sections_each_language_lacks(window: MainWindow) -> None:
    tree = window.project_tree
    assert tree.languages() == ["bg", "ru", "en", "kk", "uz"]
    missing = {
        lang: [
            item.data(0, Qt.ItemDataRole.UserRole + 1)
            for item in tree.section_items()
            if item.text(tree.language_column(lang)) == MISSING_MARK
        ]
        for lang in tree.languages()
    }
    assert (
        missing
        == {
            "bg": [],
            "ru": [],
            "en": [],
            "kk": SAMPLE_SECTIONS[4:],  # 05–09
            "uz": SAMPLE_SECTIONS[2:],  # 03–09
        }
    )
    kk = tree.language_column("kk")
    first, fifth = tree.section_items()[0], tree.section_items()[4]
    assert first.text(kk) == AVAILABLE_MARK
    assert first.toolTip(kk) == "Available in Kazakh"
    assert fifth.toolTip(kk) == "Missing in Kazakh"
    assert fifth.data(kk, Qt.ItemDataRole.AccessibleTextRole) == "Missing in Kazakh"
    assert tree.part_items()[1].text(tree.language_column("uz")) == "0/4"


def test_the_missing_badge_follows_the_files_on_disk(qtbot, sample_copy: Path) -> None:
    (sample_copy / "ru" / "07-e-portfolios.md").unlink()
    window = MainWindow()
    qtbot.addWidget(window)
    window.set_handbook(Handbook.load(sample_copy))
    item = window.project_tree.section_item("07-e-portfolios")
    assert item.text(window.project_tree.language_column("ru")) == MISSING_MARK
    assert item.toolTip(window.project_tree.language_column("ru")) == "Missing in Russian"


def test_title_status_bar_and_placeholder_describe_the_handbook(window: MainWindow) -> None:
    assert window.windowTitle() == "Наръчник за иновативни образователни технологии — Handbook Studio"
    assert window.summary_label.text() == "9 sections · languages bg, ru, en, kk, uz"
    assert "Double-click a section" in window.placeholder.text()
    assert window.project_tree.accessibleName() == "Handbook contents"


def test_menus_offer_the_standard_commands_with_standard_shortcuts(window: MainWindow) -> None:
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "F&ormat", "&Insert", "&Structure", "&View", "&Help"]
    actions = window.actions_
    assert actions.open_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    assert actions.save_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Save)
    assert actions.quit_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Quit)
    assert actions.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert actions.about_action.text() == "&About Handbook Studio"
    # Nothing to save or insert until a section is open; exporting needs only the handbook.
    assert not actions.save_action.isEnabled() and not actions.image_action.isEnabled()
    assert actions.export_action.isEnabled()
    shortcuts = [
        a.shortcut().toString() for a in window.findChildren(type(actions.save_action)) if not a.shortcut().isEmpty()
    ]
    window_level = [a for a in window.findChildren(type(actions.save_action)) if a.parent() is window]
    keys = [a.shortcut().toString() for a in window_level if not a.shortcut().isEmpty()]
    assert len(keys) == len(set(keys)), f"two window actions share a shortcut: {sorted(keys)}"
    assert shortcuts


def test_quit_closes_the_window(qtbot, window: MainWindow) -> None:
    window.actions_.quit_action.trigger()
    qtbot.waitUntil(lambda: not window.isVisible())


def test_window_geometry_is_remembered(qtbot, sample_copy: Path) -> None:
    first = MainWindow()
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    # Smaller than the offscreen screen (800x800): restoring clamps a window to the screen it is on.
    first.resize(700, 560)
    first.splitter.setSizes([400, 300])
    qtbot.waitUntil(lambda: first.size().width() == 700)
    first.close()

    second = MainWindow()
    qtbot.addWidget(second)
    assert (second.size().width(), second.size().height()) == (700, 560)
    assert second.splitter.sizes()[0] == first.splitter.sizes()[0]


def test_an_unloadable_handbook_is_reported_and_the_open_one_stays(qtbot, window: MainWindow, tmp_path: Path) -> None:
    broken = tmp_path / "broken"
    broken.mkdir()
    _break_config(broken)

    assert not window.open_handbook(broken)

    box = window.findChild(QMessageBox, "loadErrorBox")
    assert box is not None and box.isVisible()
    assert str(broken) in box.text()
    assert "handbook.toml" in box.informativeText()
    box.accept()
    # The handbook that was open is still shown.
    assert len(window.project_tree.section_items()) == 9


def test_activating_a_section_opens_it_in_the_editor(qtbot, sample_copy: Path) -> None:
    window = MainWindow(simple_preview=True)
    assert window.open_handbook(sample_copy)
    tree = window.project_tree
    item = tree.section_item("04-gamification")
    with qtbot.waitSignal(tree.open_section_requested) as signal:
        tree.itemActivated.emit(item, 0)
    assert signal.args == ["04-gamification"]
    assert window.current_section == ("bg", "04-gamification")
    assert window.section_editor.editor.toPlainText().startswith("---\ntitle: Геймификация")
    assert "bg/04-gamification.md" in window.section_label.text()
    assert window.windowTitle().startswith("bg/04-gamification.md")
    window.close()
    window.deleteLater()


def test_the_simplified_preview_stands_in_when_chromium_cannot_start(qtbot, sample_copy: Path, monkeypatch) -> None:
    monkeypatch.setenv("HANDBOOK_STUDIO_NO_WEBENGINE", "1")
    window = MainWindow()
    assert window.open_handbook(sample_copy)
    window.show()
    assert window.open_section("04-gamification")
    preview = window.section_editor.preview
    assert not preview.live
    assert preview.notice.isVisible() and "Simplified preview" in preview.notice.text()
    qtbot.waitUntil(lambda: "Какво е геймификация" in preview.text(), timeout=10000)
    cursor = window.section_editor.editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    cursor.insertText("\n\nНов абзац в простия преглед.\n")
    qtbot.waitUntil(lambda: "Нов абзац в простия преглед." in preview.text(), timeout=10000)
    window.section_editor.editor.document().setModified(False)
    window.close()
    window.deleteLater()


def test_screenshot_of_the_sample_is_a_png_of_the_window_with_the_rendered_page(qapp, tmp_path: Path) -> None:
    shot = tmp_path / "shot.png"
    assert main(["--screenshot", str(shot), "--section", "04-gamification"]) == 0
    # Without a folder the app opened the user's own copy of the sample, in the (test) data folder.
    assert (user_data_dir() / "sample-handbook" / "handbook.toml").is_file()
    image = QImage(str(shot))
    assert not image.isNull()
    assert (image.width(), image.height()) == (1400, 900)
    assert shot.read_bytes().startswith(b"\x89PNG")
    # Not blank: the preview's right half shows the site's dark-blue header and many other colours.
    colours = {image.pixel(x, y) for x in range(image.width() // 2, image.width(), 7) for y in range(0, 900, 7)}
    assert len(colours) > 50
    header_blue = QImage(str(shot)).pixelColor(image.width() - 60, 120)
    assert header_blue.blue() > header_blue.red() + 40, header_blue.name()


def test_screenshot_with_an_unknown_section_exits_2_and_names_the_sections(qapp, sample_copy, tmp_path, capsys) -> None:
    shot = tmp_path / "shot.png"
    assert main([str(sample_copy), "--screenshot", str(shot), "--section", "nope"]) == EXIT_LOAD_ERROR
    assert "there is no section 'nope'" in capsys.readouterr().err
    assert not shot.exists()


def test_screenshot_of_a_given_folder(qapp, sample_copy: Path, tmp_path: Path) -> None:
    shot = tmp_path / "shot.png"
    assert main([str(sample_copy), "--screenshot", str(shot)]) == 0
    assert shot.stat().st_size > 0


def test_screenshot_of_an_unloadable_handbook_exits_2_with_the_reason(
    qapp, sample_copy: Path, tmp_path: Path, capsys
) -> None:
    _break_config(sample_copy)
    shot = tmp_path / "shot.png"
    assert main([str(sample_copy), "--screenshot", str(shot)]) == EXIT_LOAD_ERROR
    err = capsys.readouterr().err
    assert "cannot open the handbook" in err
    assert "handbook.toml" in err
    assert not shot.exists()


def test_version_is_printed_without_starting_qt(capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.startswith("Handbook Studio ")
