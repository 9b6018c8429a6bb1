"""Whether a file in ``media/`` may be published: a damaged or truncated image, a decompression bomb, or an SVG
drawing with scripts is reported by ``handbook check`` and left out by the exporters, with the file named.

An SVG with a script runs it when a reader opens the drawing on its own (a link, "open image in new tab"), with the
site's address; rewriting SVG safely is a job of its own, so such a drawing is not published at all: the author
exports it again as plain SVG or PNG, as :mod:`.media_import` already asks when the drawing is inserted.
"""

from __future__ import annotations

from pathlib import Path

from .media_import import MAX_SVG_BYTES, SVG_UNSAFE_RE
from .render.images import image_problem

#: Raster formats Pillow reads; they are opened (not decoded) to find damage and bombs.
RASTER_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp", ".tif", ".tiff", ".avif"})


def svg_problem(path: Path) -> str | None:
    """Why an SVG drawing is not published, or None."""
    try:
        if path.stat().st_size > MAX_SVG_BYTES:
            return "the SVG drawing is too large to check: simplify it or export it as PNG"
        data = path.read_bytes()
    except OSError as exc:
        return f"the SVG drawing cannot be read ({exc.strerror})"
    if SVG_UNSAFE_RE.search(data):
        return (
            "the SVG drawing contains a script, event handlers or a 'javascript:' link, which would run in readers' "
            "browsers: export it again as plain SVG or as PNG"
        )
    return None


def media_file_problem(path: Path) -> str | None:
    """Why the media file at ``path`` (already known to be inside the handbook) is not published, or None."""
    suffix = path.suffix.lower()
    if suffix == ".svg":
        return svg_problem(path)
    if suffix in RASTER_SUFFIXES:
        return image_problem(path)
    return None
