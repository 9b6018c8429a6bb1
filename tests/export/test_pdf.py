"""The printable PDF, made headless from the CLI by QtWebEngine: a real PDF with every section in it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from authoring_app.core.export.book import make_book
from authoring_app.core.handbook import Handbook
from authoring_app.core.render.site_words import words


def _squeeze(text: str) -> str:
    """Text without any whitespace: a PDF's extracted text breaks lines wherever the layout did."""
    return "".join(text.split())


@pytest.mark.slow
def test_cli_prints_a_pdf_per_language_with_every_section(sample_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "authoring_app.cli",
            "export",
            str(sample_copy),
            "-o",
            str(out),
            "--format",
            "pdf",
            "--languages",
            "bg,ru",
        ],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, f"handbook export --format pdf failed:\n{result.stdout}\n{result.stderr[-3000:]}"
    handbook = Handbook.load(sample_copy)
    for lang in ("bg", "ru"):
        pdf = out / f"handbook-{lang}.pdf"
        assert pdf.read_bytes().startswith(b"%PDF"), f"{pdf} is not a PDF"
        reader = PdfReader(pdf)
        assert len(reader.pages) >= 5, f"{pdf.name} has only {len(reader.pages)} pages"
        pages = [_squeeze(page.extract_text() or "") for page in reader.pages]
        text = "".join(pages)
        book = make_book(handbook, lang)
        missing = [c.title for c in book.chapters if _squeeze(c.title) not in text]
        assert not missing, f"{pdf.name} lacks the section titles {missing}"
        assert _squeeze(book.title) in pages[0], f"{pdf.name}: page 1 is not the title page"
        # Paper cannot check a quiz: the answers come last.
        assert _squeeze(words(lang)["answer_key"]) in pages[-1] or _squeeze(words(lang)["answer_key"]) in pages[-2]
