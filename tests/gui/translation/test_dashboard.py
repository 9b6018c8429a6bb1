"""The translation dashboard: the same counts as ``handbook status``, a chart, and cells that open sections."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from authoring_app.core.handbook import Handbook
from authoring_app.core.translation.status import handbook_status
from authoring_app.core.translation.tracking import track_handbook
from authoring_app.gui.translation.dashboard import SLUG_ROLE, TranslationDashboard

pytestmark = pytest.mark.gui


@pytest.fixture
def handbook(sample_copy: Path) -> Handbook:
    track_handbook(Handbook.load(sample_copy))
    path = sample_copy / "bg" / "02-flipped-classroom.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("разменя местата", "сменя местата"), encoding="utf-8")
    source = sample_copy / "bg" / "03-video-lectures.md"
    source.write_text(source.read_text(encoding="utf-8").replace("\n\n", "\n\nНово изречение.\n\n", 1), "utf-8")
    return Handbook.load(sample_copy)


@pytest.fixture
def dashboard(qtbot, handbook: Handbook) -> TranslationDashboard:  # type: ignore[no-untyped-def]
    widget = TranslationDashboard()
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        widget.set_handbook(handbook)
    return widget


def test_counts_equal_handbook_status(dashboard: TranslationDashboard, handbook: Handbook) -> None:
    expected = handbook_status(handbook)["languages"]
    assert list(dashboard.data["languages"]) == list(expected)  # type: ignore[arg-type]
    for lang, value in expected.items():  # type: ignore[union-attr]
        for slug, section in value["sections"].items():
            assert dashboard.counts(lang, slug) == section["counts"]
    assert dashboard.counts("ru", "03-video-lectures")["missing"] == 1
    assert dashboard.counts("ru", "02-flipped-classroom")["outdated"] == 1
    assert dashboard.table.rowCount() == len(handbook.config.sections)
    assert dashboard.table.columnCount() == len(handbook.config.target_languages)
    kk_column = handbook.config.target_languages.index("kk")
    cell = dashboard.table.item(handbook.config.sections.index("05-self-assessment"), kk_column)
    assert cell.text().startswith("0 %")
    assert "no file yet" in cell.toolTip()
    dashboard.show()
    dashboard.grab().save("/tmp/dashboard.png")


def test_summary_totals_per_language(dashboard: TranslationDashboard) -> None:
    totals = dashboard.totals()
    languages = [dashboard.summary.item(row, 0).text() for row in range(dashboard.summary.rowCount())]
    assert languages == ["Russian (ru)", "English (en)", "Kazakh (kk)", "Uzbek (uz)"]
    assert dashboard.summary.item(0, 4).text() == str(totals["ru"]["missing"])
    assert totals["uz"]["missing"] > totals["kk"]["missing"] > 0
    assert set(dashboard.chart.totals) == {"ru", "en", "kk", "uz"}


def test_click_on_a_cell_asks_to_open_it(dashboard: TranslationDashboard, qtbot) -> None:  # type: ignore[no-untyped-def]
    dashboard.show()
    table = dashboard.table
    rect = table.visualItemRect(table.item(2, 1))
    with qtbot.waitSignal(dashboard.open_requested) as signal:
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == ["en", table.item(2, 1).data(SLUG_ROLE)]
    assert signal.args[1] == "03-video-lectures"
    with qtbot.waitSignal(dashboard.open_requested) as signal:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert signal.args == ["en", "03-video-lectures"]


def test_update_section_after_a_save(dashboard: TranslationDashboard, handbook: Handbook) -> None:
    (handbook.root / "kk" / "04-gamification.md").unlink()
    dashboard.update_section("04-gamification")
    assert dashboard.counts("kk", "04-gamification")["translated"] == 0
    assert dashboard.counts("kk", "04-gamification")["missing"] > 0


def test_last_request_wins(qtbot, handbook: Handbook) -> None:  # type: ignore[no-untyped-def]
    widget = TranslationDashboard()
    qtbot.addWidget(widget)
    widget.set_handbook(handbook)
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        widget.set_handbook(None)
    qtbot.wait(300)  # the first count may still arrive: it must not be shown
    assert widget.data["languages"] == {}
    assert not widget.is_loading()
