"""The defaults file IT staff edit in the install folder: read as they would expect, never stopping the app."""

from __future__ import annotations

import codecs
import sys
from pathlib import Path

import pytest

from authoring_app import __main__ as gui_main
from authoring_app.core.install_defaults import (
    DEFAULTS_FILE_ENV,
    DEFAULTS_FILE_NAME,
    InstallDefaults,
    install_defaults,
    read_defaults_file,
)

REPO = Path(__file__).resolve().parents[2]
SHIPPED = REPO / "packaging" / DEFAULTS_FILE_NAME


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / DEFAULTS_FILE_NAME
    path.write_text(text, encoding="utf-8")
    return path


def test_the_shipped_file_says_nothing_and_has_no_problems() -> None:
    defaults = read_defaults_file(SHIPPED)
    assert (defaults.ui_language, defaults.handbook_folder, defaults.problems) == (None, None, ())


def test_no_file_means_no_defaults(tmp_path: Path) -> None:
    assert read_defaults_file(tmp_path / DEFAULTS_FILE_NAME) == InstallDefaults()


def test_a_language_and_a_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    path = write(tmp_path, "[defaults]\nui_language = KK ; Kazakh for everyone\nhandbook_folder = ~/Handbook\n")
    defaults = read_defaults_file(path)
    assert defaults.ui_language == "kk"
    assert defaults.handbook_folder == tmp_path / "Handbook"
    assert defaults.source == path
    assert defaults.problems == ()


def test_the_section_line_may_be_left_out_and_notepad_may_add_a_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / DEFAULTS_FILE_NAME
    path.write_bytes(codecs.BOM_UTF8 + "ui_language = ru\r\nhandbook_folder = D:\\Учебник\r\n".encode())
    defaults = read_defaults_file(path)
    assert defaults.ui_language == "ru"
    assert str(defaults.handbook_folder) == "D:\\Учебник"


def test_a_file_saved_as_unicode_by_notepad_is_read(tmp_path: Path) -> None:
    path = tmp_path / DEFAULTS_FILE_NAME
    path.write_bytes("[defaults]\nui_language = uz\n".encode("utf-16"))  # with its byte-order mark
    assert read_defaults_file(path).ui_language == "uz"


@pytest.mark.parametrize("value", ["system", "", "auto", "System"])
def test_system_means_the_computers_language(tmp_path: Path, value: str) -> None:
    defaults = read_defaults_file(write(tmp_path, f"[defaults]\nui_language = {value}\n"))
    assert defaults.ui_language is None
    assert defaults.problems == ()


def test_a_region_is_kept_in_qt_form(tmp_path: Path) -> None:
    assert read_defaults_file(write(tmp_path, "ui_language = pt-BR\n")).ui_language == "pt_br"


def test_a_broken_file_is_reported_and_ignored(tmp_path: Path) -> None:
    path = write(tmp_path, "[defaults]\nui_language = ru\nthis line is no setting\n")
    defaults = read_defaults_file(path)
    assert (defaults.ui_language, defaults.handbook_folder) == (None, None)
    [problem] = defaults.problems
    assert str(path) in problem
    assert "not a valid defaults file" in problem
    assert "no defaults are used" in problem


def test_a_file_in_no_known_encoding_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("locale.getpreferredencoding", lambda _do_setlocale=True: "utf-8")
    path = tmp_path / DEFAULTS_FILE_NAME
    path.write_bytes(b"ui_language = \xff\xfe\xfa\n")
    [problem] = read_defaults_file(path).problems
    assert "cannot be read" in problem


def test_a_folder_instead_of_a_file_is_reported(tmp_path: Path) -> None:
    folder = tmp_path / DEFAULTS_FILE_NAME
    folder.mkdir()
    [problem] = read_defaults_file(folder).problems
    assert "cannot be read" in problem


def test_a_misspelt_key_or_a_bad_language_is_named_and_the_rest_still_counts(tmp_path: Path) -> None:
    path = write(tmp_path, "[defaults]\nui_langauge = ru\nui_language = Russian!\nhandbook_folder = /srv/hb\n")
    defaults = read_defaults_file(path)
    assert defaults.ui_language is None
    assert defaults.handbook_folder == Path("/srv/hb")
    assert any("'ui_langauge' is not known" in problem for problem in defaults.problems)
    assert any("ui_language = Russian! is not a language code" in problem for problem in defaults.problems)


def test_the_file_is_found_beside_the_frozen_program(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(DEFAULTS_FILE_ENV, raising=False)
    assert install_defaults() == InstallDefaults()  # a source checkout has no install folder
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "handbook-studio"))
    assert install_defaults() == InstallDefaults()  # installed, but nobody wrote the file
    write(tmp_path, "ui_language = tg\n")
    assert install_defaults().ui_language == "tg"


def test_an_environment_variable_names_another_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "ui_language = tk\n")
    monkeypatch.setenv(DEFAULTS_FILE_ENV, str(path))
    assert install_defaults().ui_language == "tk"


def test_the_window_opens_the_default_handbook_when_the_user_has_none(
    sample_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(DEFAULTS_FILE_ENV, str(write(tmp_path, f"handbook_folder = {sample_copy}\n")))
    assert gui_main._installation_handbook(gui_main._report_install_defaults()) == sample_copy
    missing = tmp_path / "not-a-handbook"
    monkeypatch.setenv(DEFAULTS_FILE_ENV, str(write(tmp_path, f"handbook_folder = {missing}\nui_langage = ru\n")))
    assert gui_main._installation_handbook(gui_main._report_install_defaults()) is None
    err = capsys.readouterr().err
    assert "'ui_langage' is not known" in err  # what is wrong with the file is said at start
    assert f"the default handbook folder {missing}" in err
    assert "opening the sample handbook instead" in err
