"""Files that core and GUI tests make or read back: a picture, a new recording, handbook.toml's lists, snapshots.

Importable from every test folder (pytest puts ``tests/`` on the path for the root conftest), and Qt-free, so the
core tests can use it too.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from PIL import Image

from authoring_app.core.render.context import RenderContext


def make_image(path: Path, size: tuple[int, int] = (320, 200), fmt: str | None = None, **save) -> Path:
    """A picture with some detail (two sizes never encode to the same bytes); the format follows the suffix."""
    image = Image.new("RGB", size, (200, 120, 40))
    for x in range(0, size[0], 7):
        image.putpixel((x, (x * 3) % size[1]), (x % 256, 10, 250))
    image.save(path, fmt, **save)
    return path


def new_video(sample: Path, folder: Path, name: str = "Моето видео.webm") -> Path:
    """A video file that is not yet in the sample (the sample's bytes plus a few, so content differs)."""
    source = folder / name
    source.write_bytes((sample / "media" / "short-lecture.webm").read_bytes() + b"\0" * 4)
    return source


def part_sections(root: Path) -> dict[str, list[str]]:
    """Each part's section list as handbook.toml on disk says it, in reading order."""
    data = tomllib.loads((root / "handbook.toml").read_text(encoding="utf-8"))
    return {part["slug"]: part["sections"] for part in data["part"]}


def snapshot(root: Path, *, skip: str | None = None) -> dict[str, bytes]:
    """Every file below ``root`` with its bytes (except those in a folder named ``skip``): "nothing changed"."""
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and (skip is None or skip not in path.relative_to(root).parts)
    }


def file_context(root: Path, languages: list[str], lang: str = "bg", section: str = "s") -> RenderContext:
    """How a test renders a section of the handbook in ``root``: its media are read, transcripts too."""
    return RenderContext(
        lang=lang,
        languages=languages,
        source_language="bg",
        root=root,
        base_dir=root / lang,
        section=section,
        read_text=lambda path: path.read_text(encoding="utf-8"),
    )
