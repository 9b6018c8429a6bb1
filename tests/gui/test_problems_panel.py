"""The problems panel as an author uses it: read the findings, narrow them, jump to one, check again."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from authoring_app.core.check import CheckReport
from authoring_app.core.problems import error, warning
from authoring_app.gui.problems_panel import ProblemsPanel

pytestmark = pytest.mark.gui

REPORT = CheckReport(
    problems=[
        error(
            "bg/08-study-hall.md", 33, "the image file '../media/hall-plan.png' does not exist", code="missing-media"
        ),
        warning("ru/02-flipped-classroom.md", 21, "this paragraph has 3 sentences where …", code="qa-sentences"),
        warning("en/01-blended-learning.md", 56, "the links differ from bg/01-blended-learning.md:56", code="qa-link"),
        warning("kk/", None, "there is no folder 'kk/' yet", code="missing-folder"),
    ],
    files_checked=37,
)


@pytest.fixture
def panel(qtbot) -> ProblemsPanel:
    panel = ProblemsPanel()
    qtbot.addWidget(panel)
    panel.resize(900, 320)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def shown(panel: ProblemsPanel) -> list[tuple[str, int | None]]:
    return [(p.file, p.line) for p in panel.visible_problems()]


def test_rows_show_severity_place_and_message_in_file_order(panel: ProblemsPanel) -> None:
    panel.set_report(REPORT)
    assert panel.tree.topLevelItemCount() == 4
    first = panel.tree.topLevelItem(0)
    assert (first.text(0), first.text(1)) == ("Error", "bg/08-study-hall.md:33")
    assert "hall-plan.png" in first.text(2)
    assert [panel.tree.topLevelItem(i).text(1) for i in range(4)] == [
        "bg/08-study-hall.md:33",
        "en/01-blended-learning.md:56",
        "kk/",
        "ru/02-flipped-classroom.md:21",
    ]
    assert panel.summary.text() == "1 error(s), 3 warning(s) (2 from translation QA)"


def test_filters_by_severity_and_by_translation_qa(panel: ProblemsPanel) -> None:
    panel.set_report(REPORT)
    panel.severity_filter.setCurrentIndex(panel.severity_filter.findData("errors"))
    assert shown(panel) == [("bg/08-study-hall.md", 33)]
    panel.severity_filter.setCurrentIndex(panel.severity_filter.findData("all"))
    panel.kind_filter.setCurrentIndex(panel.kind_filter.findData("qa"))
    assert shown(panel) == [("en/01-blended-learning.md", 56), ("ru/02-flipped-classroom.md", 21)]
    assert "2 shown" in panel.summary.text()
    panel.kind_filter.setCurrentIndex(panel.kind_filter.findData("other"))
    assert shown(panel) == [("bg/08-study-hall.md", 33), ("kk/", None)]
    panel.set_report(REPORT)  # a new report keeps the user's filters
    assert shown(panel) == [("bg/08-study-hall.md", 33), ("kk/", None)]


def test_enter_and_double_click_ask_to_open_the_section_at_the_line(qtbot, panel: ProblemsPanel) -> None:
    panel.set_report(REPORT)
    tree = panel.tree
    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(3))
    with qtbot.waitSignal(panel.open_requested, timeout=1000) as signal:
        qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert signal.args == ["ru", "02-flipped-classroom", 21]

    item = tree.topLevelItem(1)
    rect = tree.visualItemRect(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # a real double click starts so
    with qtbot.waitSignal(panel.open_requested, timeout=1000) as signal:
        qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == ["en", "01-blended-learning", 56]


def test_a_problem_outside_a_section_file_opens_nothing(qtbot, panel: ProblemsPanel) -> None:
    panel.set_report(REPORT)
    panel.tree.setFocus()
    panel.tree.setCurrentItem(panel.tree.topLevelItem(2))  # kk/: a folder
    with qtbot.assertNotEmitted(panel.open_requested, wait=100):
        qtbot.keyClick(panel.tree, Qt.Key.Key_Return)


def test_check_again_runs_in_the_background_and_shows_the_sample_findings(
    qtbot, panel: ProblemsPanel, sample_copy: Path
) -> None:
    assert not panel.check_button.isEnabled()  # nothing to check yet
    panel.set_root(sample_copy)
    assert panel.check_button.isEnabled()
    with qtbot.waitSignal(panel.check_finished, timeout=30000) as finished:
        qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
        # The click returned at once: the check runs in its thread and the button waits for it.
        assert panel.is_checking() and not panel.check_button.isEnabled()
        assert panel.summary.text() == "Checking the handbook…"
    report = finished.args[0]
    assert report.exit_code == 0
    assert shown(panel) == [("ru/02-flipped-classroom.md", 21)]
    assert panel.summary.text() == "0 error(s), 1 warning(s) (1 from translation QA)"
    assert panel.check_button.isEnabled() and not panel.is_checking()
    panel.grab().save("/tmp/problems.png")


def test_widgets_have_accessible_names(panel: ProblemsPanel) -> None:
    for widget in (panel, panel.tree, panel.severity_filter, panel.kind_filter, panel.check_button, panel.summary):
        assert widget.accessibleName()
