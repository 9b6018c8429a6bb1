"""File → Export… as a user meets it: the dialog's choices, a real export with progress, the result, cancel, errors."""

from __future__ import annotations

import threading
from importlib.util import find_spec
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMainWindow, QMessageBox, QPushButton

import authoring_app.gui.export_formats as export_formats
from authoring_app.core.export.formats import BOOK_FORMATS
from authoring_app.core.handbook import Handbook
from authoring_app.gui.export_dialog import ExportDialog
from authoring_app.gui.export_formats import ALL_EXPORT_FORMATS, EXPORT_FORMATS, ExportFormat, ExportOptions
from authoring_app.gui.export_runner import ExportController, _ExportThread, run_export

pytestmark = pytest.mark.gui

SAMPLE_LANGUAGES = ["bg", "ru", "en", "kk", "uz"]


@pytest.fixture
def handbook(sample_copy: Path) -> Handbook:
    return Handbook.load(sample_copy)


@pytest.fixture
def window(qtbot) -> QMainWindow:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def dialog(qtbot, handbook: Handbook) -> ExportDialog:
    dialog = ExportDialog(handbook)
    qtbot.addWidget(dialog)
    return dialog


@pytest.fixture
def opened_urls(monkeypatch) -> list[QUrl]:
    """QDesktopServices.openUrl records the URL instead of starting a browser or a file manager."""
    urls: list[QUrl] = []

    def fake_open(url: QUrl) -> bool:
        urls.append(QUrl(url))
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(fake_open))
    return urls


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {path.relative_to(folder).as_posix(): path.read_bytes() for path in folder.rglob("*") if path.is_file()}


def _export(qtbot, controller: ExportController, options: ExportOptions) -> export_formats.ExportOutcome:
    with qtbot.waitSignal(controller.finished, timeout=30_000) as blocker:
        assert controller.start(options)
    assert not controller.is_running()
    return blocker.args[0]


def _options(handbook: Handbook, out: Path, languages: tuple[str, ...] = ("en",)) -> ExportOptions:
    return ExportOptions(root=handbook.root, out=out, formats=("site",), languages=languages, workers=1)


# ----------------------------------------------------------------------------------------------- dialog ---


def test_dialog_defaults_to_a_site_folder_beside_the_handbook_with_every_language(
    dialog: ExportDialog, sample_copy: Path
) -> None:
    assert dialog.folder_edit.text() == str(sample_copy.parent / "sample-handbook-site")
    assert dialog.folder_note.text() == "The folder will be created."
    # The website is chosen; the other implemented formats are offered beside it.
    assert [key for key, box in dialog.format_boxes.items() if box.isChecked()] == ["site"]
    assert dialog.format_boxes["site"].text() == "Website (online and offline)"
    assert not dialog.validate_box.isChecked()
    assert list(dialog.language_boxes) == SAMPLE_LANGUAGES
    assert all(box.isChecked() for box in dialog.language_boxes.values())
    assert dialog.language_boxes["bg"].text() == "Bulgarian (bg, source)"
    assert dialog.base_url_edit.text() == ""
    assert dialog.export_button.text() == "&Export"
    assert dialog.export_button.isEnabled()
    options = dialog.options()
    assert options.languages == tuple(SAMPLE_LANGUAGES)
    assert options.base_url is None
    assert options.formats == ("site",)
    assert options.validate is False


def test_export_is_disabled_until_a_language_is_chosen(dialog: ExportDialog) -> None:
    for box in dialog.language_boxes.values():
        box.setChecked(False)
    assert not dialog.export_button.isEnabled()
    assert dialog.languages_note.text() == "Choose at least one language."
    dialog.language_boxes["ru"].setChecked(True)
    assert dialog.export_button.isEnabled()
    assert dialog.selected_languages() == ("ru",)


def test_a_base_url_must_be_a_web_address(dialog: ExportDialog) -> None:
    dialog.base_url_edit.setText("courses.example.edu")
    assert not dialog.export_button.isEnabled()
    assert "https://" in dialog.base_url_note.text()
    dialog.base_url_edit.setText("https://courses.example.edu/handbook/")
    assert dialog.export_button.isEnabled()
    assert dialog.options().base_url == "https://courses.example.edu/handbook/"


def test_a_folder_of_the_users_files_is_refused_before_starting(dialog: ExportDialog, tmp_path: Path) -> None:
    theirs = tmp_path / "my-documents"
    theirs.mkdir()
    (theirs / "thesis.docx").write_bytes(b"years of work")
    dialog.folder_edit.setText(str(theirs))
    assert not dialog.export_button.isEnabled()
    assert "not empty and was not made by an export" in dialog.folder_note.text()
    assert dialog.folder_note.font().bold()
    assert _snapshot(theirs) == {"thesis.docx": b"years of work"}


def test_folders_inside_the_handbook_or_a_file_are_refused(dialog: ExportDialog, sample_copy: Path) -> None:
    dialog.folder_edit.setText(str(sample_copy / "site"))
    assert not dialog.export_button.isEnabled()
    assert "inside the handbook" in dialog.folder_note.text()
    dialog.folder_edit.setText(str(sample_copy))
    assert "holds the handbook itself" in dialog.folder_note.text()
    a_file = sample_copy.parent / "notes.txt"
    a_file.write_text("mine", encoding="utf-8")
    dialog.folder_edit.setText(str(a_file))
    assert "is a file" in dialog.folder_note.text()
    dialog.folder_edit.setText("")
    assert not dialog.export_button.isEnabled()


def test_the_folder_is_remembered_per_handbook(qtbot, handbook: Handbook, tmp_path: Path) -> None:
    first = ExportDialog(handbook)
    qtbot.addWidget(first)
    chosen = tmp_path / "published" / "handbook"
    first.folder_edit.setText(str(chosen))
    first.base_url_edit.setText("https://example.edu/h/")
    first.accept()

    again = ExportDialog(handbook)
    qtbot.addWidget(again)
    assert again.folder_edit.text() == str(chosen)
    assert again.base_url_edit.text() == "https://example.edu/h/"

    other_root = tmp_path / "other"
    other_root.mkdir()
    (other_root / "handbook.toml").write_bytes((handbook.root / "handbook.toml").read_bytes())
    other = ExportDialog(Handbook.load(other_root))
    qtbot.addWidget(other)
    assert other.folder_edit.text() == str(tmp_path / "other-site")


def _builder_imports(key: str) -> bool:
    return find_spec(BOOK_FORMATS[key].builder.partition(":")[0]) is not None


def test_the_dialog_offers_every_format_whose_builder_is_there(dialog: ExportDialog) -> None:
    expected = ["site", *(key for key in BOOK_FORMATS if _builder_imports(key))]
    assert [fmt.key for fmt in EXPORT_FORMATS] == expected
    assert list(dialog.format_boxes) == expected
    labels = {key: box.text() for key, box in dialog.format_boxes.items()}
    assert labels.get("scorm12", "SCORM 1.2 package") == "SCORM 1.2 package"
    assert labels.get("pdf", "PDF for print") == "PDF for print"
    # A format whose builder has not landed is simply not offered.
    missing = ExportFormat("future", "Future", "", "Open", run=lambda job, progress: None, builder="nowhere.x:build")
    assert not missing.is_available()
    assert {fmt.key for fmt in ALL_EXPORT_FORMATS} == {"site", *BOOK_FORMATS}


def test_several_formats_and_validation_can_be_chosen(dialog: ExportDialog) -> None:
    present = [key for key in ("epub", "html") if key in dialog.format_boxes]
    if not present:
        pytest.skip("neither the EPUB nor the single-HTML builder is written yet")
    for key in present:
        dialog.format_boxes[key].setChecked(True)
    assert "site folder" in dialog.format_note.text()
    dialog.validate_box.setChecked(True)
    options = dialog.options()
    assert options.formats == ("site", *present)
    assert options.validate
    for box in dialog.format_boxes.values():
        box.setChecked(False)
    assert not dialog.export_button.isEnabled()
    assert dialog.format_note.text() == "Choose at least one format."


# -------------------------------------------------------------------------------------------- exporting ---


def test_export_from_the_dialog_writes_the_site_shows_progress_and_opens_it(
    qtbot, window: QMainWindow, handbook: Handbook, opened_urls: list[QUrl]
) -> None:
    controller = run_export(window, handbook)
    dialog = controller.dialog
    assert dialog is not None and dialog.isVisible()
    for code, box in dialog.language_boxes.items():
        box.setChecked(code in ("en", "ru"))
    out = Path(dialog.folder_edit.text())

    seen: list[tuple[str, int, int, int, int]] = []

    def record(stage: str, done: int, total: int) -> None:
        progress = controller.progress_dialog
        assert progress is not None and progress.isVisible()
        seen.append((stage, done, total, progress.value(), progress.maximum()))

    controller.progress_shown.connect(record)
    with qtbot.waitSignal(controller.finished, timeout=30_000) as blocker:
        dialog.export_button.click()
    outcome = blocker.args[0]

    assert (out / "index.html").is_file()
    assert (out / "en" / "01-blended-learning.html").is_file()
    assert (out / "ru" / "01-blended-learning.html").is_file()
    assert not (out / "bg").exists()
    # The progress dialog showed the pages as they were written, never going back.
    pages = [(value, maximum) for stage, _done, _total, value, maximum in seen if stage == "pages"]
    assert pages, seen
    values = [value for value, _maximum in pages]
    assert values == sorted(values)
    assert pages[-1][0] == pages[-1][1]
    assert controller.progress_dialog is None  # closed

    result = controller.result_dialog
    assert result is not None and result.isVisible()
    assert result.open_button.text() == "Open in browser"
    assert f"{outcome.pages} pages" in result.summary.text()
    assert str(out) in result.summary.text()
    assert outcome.pages == len(list(out.rglob("*.html")))
    assert result.problems_label.text() == "No problems found."
    result.open_button.click()
    result.folder_button.click()
    assert opened_urls == [QUrl.fromLocalFile(str(out / "index.html")), QUrl.fromLocalFile(str(out))]
    assert opened_urls[0].toLocalFile().endswith("sample-handbook-site/index.html")
    assert result.isVisible()  # Open and Show folder leave the summary on screen
    result.close_button.click()
    assert not result.isVisible()


def test_the_result_lists_the_problems_found(qtbot, window: QMainWindow, handbook: Handbook, tmp_path: Path) -> None:
    section = handbook.root / "en" / "02-flipped-classroom.md"
    body = section.read_text(encoding="utf-8").split("---", 2)[2]
    section.write_text("---\ntitle: [unclosed\n---" + body, encoding="utf-8")
    controller = ExportController(window)
    outcome = _export(qtbot, controller, _options(handbook, tmp_path / "site"))
    assert outcome.problems
    result = controller.result_dialog
    assert result is not None
    assert "problem" in result.headline.text()
    shown = result.problems_view.toPlainText()
    assert shown.startswith("en/02-flipped-classroom.md:")
    assert "error: the front matter is not valid YAML" in shown
    assert result.problems_view.isVisibleTo(result)


def test_cancel_leaves_the_previous_export_untouched(
    qtbot, window: QMainWindow, handbook: Handbook, tmp_path: Path, monkeypatch
) -> None:
    out = tmp_path / "site"
    controller = ExportController(window)
    _export(qtbot, controller, _options(handbook, out, ("en",)))
    before = _snapshot(out)

    # Hold the second export at its first progress call (mid-way: its temporary folder exists) until Cancel is
    # pressed, so the test does not race the export.
    reached = threading.Event()
    original = _ExportThread._report

    def report_after_cancel(thread: _ExportThread, stage: str, done: int, total: int) -> None:
        if not reached.is_set():
            reached.set()
            thread._stop.wait(10)
        original(thread, stage, done, total)

    monkeypatch.setattr(_ExportThread, "_report", report_after_cancel)
    assert controller.start(_options(handbook, out, ("en", "ru", "kk")))
    qtbot.waitUntil(reached.is_set, timeout=30_000)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".site.new-")]  # the export is under way
    progress = controller.progress_dialog
    assert progress is not None and progress.isVisible()
    with qtbot.waitSignal(controller.cancelled, timeout=30_000):
        qtbot.mouseClick(progress.findChild(QPushButton, "exportCancel"), Qt.MouseButton.LeftButton)
    assert _snapshot(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sample-handbook", "site"]  # no temporary folder left
    assert controller.result_dialog is None and controller.error_box is None
    assert window.statusBar().currentMessage().startswith("Export cancelled")
    assert not controller.is_running()


def test_a_folder_of_the_users_files_gives_a_message_and_stays_as_it_was(
    qtbot, window: QMainWindow, handbook: Handbook, tmp_path: Path
) -> None:
    theirs = tmp_path / "my-documents"
    theirs.mkdir()
    (theirs / "thesis.docx").write_bytes(b"years of work")
    controller = ExportController(window)
    with qtbot.waitSignal(controller.failed, timeout=30_000) as blocker:
        controller.start(_options(handbook, theirs))
    box = controller.error_box
    assert box is not None and box.isVisible()
    assert box.icon() == QMessageBox.Icon.Critical
    assert str(theirs) in box.text()
    assert "not empty and was not made by an export" in box.informativeText()
    assert "unchanged" in box.informativeText()
    assert "not empty" in blocker.args[0]
    assert _snapshot(theirs) == {"thesis.docx": b"years of work"}


def test_an_unexpected_error_is_reported_not_raised(
    qtbot, window: QMainWindow, handbook: Handbook, tmp_path: Path, monkeypatch
) -> None:
    out = tmp_path / "site"
    controller = ExportController(window)
    _export(qtbot, controller, _options(handbook, out))
    before = _snapshot(out)

    def broken(*_args, **_kwargs):
        raise RuntimeError("the renderer fell over")

    monkeypatch.setattr(export_formats, "export_site", broken)
    with qtbot.waitSignal(controller.failed, timeout=30_000):
        controller.start(_options(handbook, out))
    box = controller.error_box
    assert box is not None
    assert "unexpected error" in box.text()
    assert "RuntimeError: the renderer fell over" in box.informativeText()
    assert "report" in box.informativeText()
    assert "Traceback" in box.detailedText()
    assert _snapshot(out) == before


@pytest.mark.slow
def test_validate_the_result_shows_the_summary_and_opens_the_report(
    qtbot, window: QMainWindow, handbook: Handbook, opened_urls: list[QUrl]
) -> None:
    if not _builder_imports("html"):
        pytest.skip("the single-HTML builder is not written yet")
    controller = run_export(window, handbook)
    dialog = controller.dialog
    assert dialog is not None
    for key, box in dialog.format_boxes.items():
        box.setChecked(key == "html")
    for code, box in dialog.language_boxes.items():
        box.setChecked(code == "en")
    dialog.validate_box.setChecked(True)
    out = Path(dialog.folder_edit.text())
    stages: list[str] = []
    controller.progress_shown.connect(lambda stage, done, total: stages.append(stage))
    with qtbot.waitSignal(controller.finished, timeout=180_000) as blocker:
        dialog.export_button.click()
    outcome = blocker.args[0]
    assert (out / "handbook-en.html").is_file()
    assert outcome.report_path == out / "report.html" and outcome.report_path.is_file()
    assert "validate" in stages
    result = controller.result_dialog
    assert result is not None and result.isVisible()
    summary = result.validation_view.toPlainText()
    assert "en single HTML file — Nu HTML Checker:" in summary
    assert "en single HTML file — no requests:" in summary
    assert result.validation_view.isVisibleTo(result)
    assert result.report_button.text() == "Open report" and result.report_button.isVisibleTo(result)
    result.report_button.click()
    assert opened_urls == [QUrl.fromLocalFile(str(out / "report.html"))]
    assert "Export validation report" in (out / "report.html").read_text(encoding="utf-8")


def test_without_validation_there_is_no_report_button(
    qtbot, window: QMainWindow, handbook: Handbook, tmp_path: Path
) -> None:
    controller = ExportController(window)
    outcome = _export(qtbot, controller, _options(handbook, tmp_path / "site"))
    assert outcome.report_path is None
    result = controller.result_dialog
    assert result is not None
    assert not result.report_button.isVisibleTo(result)
    assert not result.validation_view.isVisibleTo(result)


@pytest.mark.slow
def test_pdf_is_made_on_the_gui_thread_after_the_other_formats(
    qtbot, window: QMainWindow, handbook: Handbook, tmp_path: Path
) -> None:
    if "pdf" not in {fmt.key for fmt in EXPORT_FORMATS}:
        pytest.skip("the PDF builder (authoring_app.pdf_export) is not written yet")
    out = tmp_path / "books"
    formats = ("site", "pdf")
    options = ExportOptions(root=handbook.root, out=out, formats=formats, languages=("en",), workers=1)
    controller = ExportController(window)
    outcome = _export(qtbot, controller, options)
    assert (out / "site" / "index.html").is_file()
    assert (out / "handbook-en.pdf").read_bytes().startswith(b"%PDF-")
    assert [(p.format, p.lang) for p in outcome.produced] == [("site", None), ("pdf", "en")]
    assert controller.result_dialog is not None and controller.result_dialog.open_button.text() == "Open"
    # And the validation of a PDF: it opens, and its text holds every section title.
    from authoring_app.core.export.validation import PASSED, validate_outputs

    report = validate_outputs(outcome.produced[1:], ["en"], handbook=handbook)
    assert {c.name: c.status for c in report.checks} == {"opens": PASSED, "section titles": PASSED}, [
        c.messages for c in report.checks
    ]
