"""Image facts the renderer needs (pixel size), read safely and cached by file and modification time."""

from __future__ import annotations

import functools
from pathlib import Path

from PIL import Image, UnidentifiedImageError

#: Pillow's guard against decompression bombs applies; a larger image is reported, not opened.
Image.MAX_IMAGE_PIXELS = 80_000_000


@functools.lru_cache(maxsize=2048)
def _size_of(path: str, mtime_ns: int) -> tuple[int, int] | None:
    try:
        with Image.open(path) as image:
            return image.size
    except (OSError, UnidentifiedImageError, Image.DecompressionBombError, ValueError):
        return None


def image_size(path: Path | None) -> tuple[int, int] | None:
    """``(width, height)`` of a raster image, or None when it is missing, not an image, or too large to trust."""
    if path is None or path.suffix.lower() == ".svg":
        return None
    try:
        stat = path.stat()
    except OSError:
        return None
    return _size_of(str(path), stat.st_mtime_ns)
