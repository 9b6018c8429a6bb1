"""Section files in Windows-1251 and other legacy encodings: recognised, refused with a reason, converted safely."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from authoring_app.core import encoding
from authoring_app.core.editing import EditingError, EncodingError, RecoveryStore, open_for_editing
from authoring_app.core.encoding import ConversionError, convert_to_utf8, guess_encoding, preview
from authoring_app.core.handbook import MAX_SECTION_BYTES, Handbook

RU = "ru/01-blended-learning.md"


def _as_cp1251(root: Path, relative: str = RU, *, crlf: bool = False) -> str:
    """Rewrite a sample file in Windows-1251 (optionally with Windows line ends); the text it holds."""
    path = root / relative
    text = path.read_text(encoding="utf-8")
    data = text.replace("\n", "\r\n") if crlf else text
    path.write_bytes(data.encode("cp1251"))
    return text


def test_guess_names_windows_1251_and_utf_16_and_nothing_for_utf_8() -> None:
    text = "# Смешанное обучение\n\nОбучение, в котором очные занятия сочетаются с работой онлайн.\n"
    assert guess_encoding(text.encode("cp1251")) == "cp1251"
    assert guess_encoding(text.encode("utf-16")) == "utf-16"
    assert guess_encoding(text.encode("utf-8")) is None
    assert guess_encoding(b"\x81\x82\x83 plain \x84\x85\n") is None  # not UTF-8, but not Cyrillic either
    assert preview(text.encode("cp1251"), "cp1251", lines=1) == "# Смешанное обучение"


def test_opening_a_1251_file_for_editing_raises_an_encoding_error_with_the_guess(sample_copy: Path) -> None:
    _as_cp1251(sample_copy)
    handbook = Handbook.load(sample_copy)
    with pytest.raises(EncodingError) as caught:
        open_for_editing(handbook, "ru", "01-blended-learning")
    error = caught.value
    assert isinstance(error, EditingError)
    assert error.guess == "cp1251" and error.path == handbook.root / RU
    assert "Windows-1251" in str(error) and RU in str(error)


def test_a_utf_16_file_is_named_as_such_not_called_binary(sample_copy: Path) -> None:
    path = sample_copy / RU
    path.write_bytes(path.read_text(encoding="utf-8").encode("utf-16"))
    handbook = Handbook.load(sample_copy)
    problem = handbook.read("ru", "01-blended-learning").problem
    assert problem is not None and problem.code == "encoding" and "UTF-16" in problem.message
    with pytest.raises(EncodingError) as caught:
        open_for_editing(handbook, "ru", "01-blended-learning")
    assert caught.value.guess == "utf-16"


def test_conversion_keeps_the_text_and_the_line_ends_and_backs_up_the_bytes(sample_copy: Path, tmp_path: Path) -> None:
    text = _as_cp1251(sample_copy, crlf=True)
    path = sample_copy / RU
    original = path.read_bytes()
    conversion = convert_to_utf8(path, "cp1251", tmp_path / "originals")
    data = path.read_bytes()
    assert data.decode("utf-8") == text.replace("\n", "\r\n")  # the same text, the same Windows line ends
    assert conversion.backup.read_bytes() == original and conversion.backup.parent == tmp_path / "originals"
    assert not [p for p in path.parent.iterdir() if p.name.startswith(".")]  # no temporary file left
    section = Handbook.load(sample_copy).read("ru", "01-blended-learning")
    assert section.text == text and section.newline == "\r\n"


def test_a_wrong_encoding_is_refused_and_nothing_is_written(sample_copy: Path, tmp_path: Path) -> None:
    path = sample_copy / RU
    path.write_bytes(path.read_text(encoding="utf-8").encode("utf-16-le"))  # UTF-16 without a byte order mark
    before = path.read_bytes()
    with pytest.raises(ConversionError, match="cannot be read as"):
        convert_to_utf8(path, "utf-8", tmp_path / "originals")
    assert path.read_bytes() == before and not (tmp_path / "originals").exists()


def test_the_backup_goes_next_to_the_recovery_copies(tmp_path: Path) -> None:
    store = RecoveryStore(tmp_path / "recovery")
    folder = store.originals_folder(tmp_path / "hb", "ru")
    assert folder.parent.parent == store.path_for(tmp_path / "hb", "ru", "x").parent.parent
    assert store.pending(tmp_path / "hb") == []


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "authoring_app.cli", *args], capture_output=True, text=True, timeout=120
    )


def test_cli_convert_encoding_converts_and_check_passes_again(sample_copy: Path) -> None:
    text = _as_cp1251(sample_copy)
    check = _cli("check", str(sample_copy))
    assert check.returncode == 1 and "convert-encoding" in check.stdout
    result = _cli("convert-encoding", str(sample_copy), RU)
    assert result.returncode == 0, result.stderr
    assert "Windows-1251" in result.stdout and ".bak" in result.stdout
    assert (sample_copy / RU).read_text(encoding="utf-8") == text
    assert _cli("check", str(sample_copy)).returncode == 0
    again = _cli("convert-encoding", str(sample_copy), RU)
    assert again.returncode == 0 and "UTF-8 already" in again.stdout


def test_cli_convert_encoding_refuses_paths_outside_and_unknown_encodings(sample_copy: Path) -> None:
    outside = _cli("convert-encoding", str(sample_copy), "../secret.md")
    assert outside.returncode == 2 and "inside the handbook" in outside.stderr and "Traceback" not in outside.stderr
    path = sample_copy / RU
    path.write_bytes(b"\x81\x82\x83 plain \x84\x85\n")  # not UTF-8, not recognisably Cyrillic
    unknown = _cli("convert-encoding", str(sample_copy), RU)
    assert unknown.returncode == 1 and "--from" in unknown.stderr
    wrong = _cli("convert-encoding", str(sample_copy), RU, "--from", "no-such-encoding")
    assert wrong.returncode == 1 and "not an encoding" in wrong.stderr and "Traceback" not in wrong.stderr


def test_a_file_larger_than_a_section_is_not_read_for_conversion(
    sample_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(encoding, "MAX_SECTION_BYTES", 1000)
    path = sample_copy / RU
    path.write_bytes("а".encode("cp1251") * 1001)
    before = path.read_bytes()
    with pytest.raises(ConversionError) as caught:
        convert_to_utf8(path, "cp1251", tmp_path / "originals")
    assert caught.value.code == encoding.TOO_LARGE and caught.value.size == 1001
    assert "too large for a section" in str(caught.value)
    assert path.read_bytes() == before and not (tmp_path / "originals").exists()


def test_conversion_errors_carry_a_code_and_the_values_the_gui_words_them_with(tmp_path: Path) -> None:
    with pytest.raises(ConversionError) as caught:
        encoding.decode(b"ok\n\x81\n", "cp1252")  # 0x81 is no character in Windows-1252
    assert (caught.value.code, caught.value.line, caught.value.encoding) == (encoding.UNDECODABLE, 2, "cp1252")
    with pytest.raises(ConversionError) as caught:
        encoding.decode(b"ok\n\xff\xfe broken\n", "utf-8")
    assert (caught.value.code, caught.value.line, caught.value.encoding) == (encoding.UNDECODABLE, 2, "utf-8")
    with pytest.raises(ConversionError) as caught:
        encoding.decode(b"x", "no-such-encoding")
    assert (caught.value.code, caught.value.encoding) == (encoding.UNKNOWN_ENCODING, "no-such-encoding")
    with pytest.raises(ConversionError) as caught:
        convert_to_utf8(tmp_path / "missing.md", "cp1251", tmp_path / "originals")
    assert caught.value.code == encoding.UNREADABLE and caught.value.reason


def test_cli_convert_encoding_refuses_a_file_larger_than_a_section(sample_copy: Path) -> None:
    path = sample_copy / RU
    path.write_bytes(b"\xe0" * (MAX_SECTION_BYTES + 1))  # "а" in Windows-1251, 8 MB and a byte
    result = _cli("convert-encoding", str(sample_copy), RU, "--from", "cp1251")
    assert result.returncode == 2 and "too large for a section" in result.stderr and "Traceback" not in result.stderr
    assert path.stat().st_size == MAX_SECTION_BYTES + 1
