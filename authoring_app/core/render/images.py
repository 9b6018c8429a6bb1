"""Image facts the renderer needs (pixel size), and whether an image is safe to publish; read once per file version.

An image that is damaged, truncated or larger than :data:`MAX_IMAGE_PIXELS` gets no size (so no ``width``/``height``
and no responsive variants): :func:`image_problem` says why, for ``handbook check`` and the exporters.
"""

from __future__ import annotations

import functools
from pathlib import Path

from PIL import Image, UnidentifiedImageError

#: Pillow's guard against decompression bombs applies; a larger image is reported, not opened.
MAX_IMAGE_PIXELS = 80_000_000
Image.MAX_IMAGE_PIXELS = MAX_IMAGE_PIXELS


@functools.lru_cache(maxsize=2048)
def _inspect(path: str, mtime_ns: int) -> tuple[tuple[int, int] | None, str | None]:
    """``(size, None)`` for a sound image, ``(None, why)`` otherwise. ``verify`` reads the whole file (checksums,
    truncation) without decoding the pixels, so it is cheap even for large pictures."""
    try:
        with Image.open(path) as image:
            width, height = image.size
            if width * height > MAX_IMAGE_PIXELS:
                return None, (
                    f"the image is {width}×{height} pixels ({width * height // 1_000_000} megapixels), more than the "
                    f"{MAX_IMAGE_PIXELS // 1_000_000} a handbook image may have: scale it down and save it again"
                )
            image.verify()
    except Image.DecompressionBombError:
        return None, (
            f"the image is far too large to open safely (more than {2 * MAX_IMAGE_PIXELS // 1_000_000} megapixels; "
            "it may be a decompression bomb): scale it down or replace it"
        )
    except UnidentifiedImageError:
        return None, "the file is not an image that can be read: export it again as PNG or JPEG"
    except Exception as exc:  # Pillow reports damage as OSError, SyntaxError, struct.error …: all mean the same
        return None, (
            f"the image file is damaged or incomplete ({exc or type(exc).__name__}): "
            "open it in an image editor and save it again, or copy it again"
        )
    return (width, height), None


def image_size(path: Path | None) -> tuple[int, int] | None:
    """``(width, height)`` of a raster image, or None when it is missing, not an image, or too large to trust."""
    if path is None or path.suffix.lower() == ".svg":
        return None
    try:
        stat = path.stat()
    except OSError:
        return None
    return _inspect(str(path), stat.st_mtime_ns)[0]


def image_problem(path: Path) -> str | None:
    """Why a raster image cannot be published (damaged, truncated, a decompression bomb), or None."""
    try:
        stat = path.stat()
    except OSError:
        return None  # a missing file is reported as missing, elsewhere
    return _inspect(str(path), stat.st_mtime_ns)[1]
