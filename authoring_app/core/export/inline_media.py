"""Media files as ``data:`` URLs, for the formats that must be one file (the single HTML book, the PDF's page).

A book sent by e-mail must stay small enough to arrive, so:

* raster images that are large (wider than :data:`MAX_IMAGE_WIDTH` or heavier than :data:`SHRINK_ABOVE_BYTES`)
  are scaled down and re-encoded as WebP with Pillow — kept only when that is actually smaller; others go in as
  they are (re-encoding a small PNG diagram costs time and often grows it);
* video and audio go in only when a file is at most :data:`MAX_INLINE_AV_BYTES` and all of them together stay
  within :data:`AV_BUDGET_BYTES`; otherwise the page shows the poster and a note instead (see chapter_html).

Each file is encoded once per book, however often it is used.
"""

from __future__ import annotations

import base64
import io
import mimetypes
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageOps

#: Images wider than this are scaled down: a book column is ~45 rem wide, a lightbox rarely wider.
MAX_IMAGE_WIDTH = 1600
#: Images heavier than this are re-encoded (as WebP) even when narrow enough.
SHRINK_ABOVE_BYTES = 300 * 1024
WEBP_QUALITY = 80
#: A video or audio file up to this size plays inside the book (base64 adds a third: 1 MB becomes 1.33 MB).
MAX_INLINE_AV_BYTES = 1024 * 1024
#: All inlined video and audio together: keeps a book with many short clips under common e-mail limits (~20 MB).
AV_BUDGET_BYTES = 8 * 1024 * 1024

_RASTER = {".png", ".jpg", ".jpeg", ".webp"}
_TYPES = {
    ".webm": "video/webm",
    ".mp4": "video/mp4",
    ".m4v": "video/mp4",
    ".ogv": "video/ogg",
    ".ogg": "audio/ogg",
    ".oga": "audio/ogg",
    ".opus": "audio/ogg",
    ".mp3": "audio/mpeg",
    ".m4a": "audio/mp4",
    ".wav": "audio/wav",
    ".svg": "image/svg+xml",
    ".webp": "image/webp",
    ".vtt": "text/vtt",
}


def media_type(name: str) -> str:
    suffix = Path(name).suffix.lower()
    return _TYPES.get(suffix) or mimetypes.guess_type(name)[0] or "application/octet-stream"


def data_url(data: bytes, mime: str) -> str:
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"


@dataclass
class MediaInliner:
    """Turns paths below the handbook's ``media/`` folder into ``data:`` URLs, remembering each one."""

    media_dir: Path
    _urls: dict[str, str | None] = field(default_factory=dict)
    av_used: int = 0
    #: Paths that could not be read (the caller reports them).
    missing: set[str] = field(default_factory=set)

    def _read(self, path: str) -> bytes | None:
        try:
            real = (self.media_dir / path).resolve()
            real.relative_to(self.media_dir.resolve())  # never read outside media/ (".." or a symlink)
            return real.read_bytes()
        except (OSError, ValueError):
            self.missing.add(path)
            return None

    def image(self, path: str) -> str | None:
        """The image as a ``data:`` URL (smaller when that helps), or None when it cannot be read."""
        key = f"img:{path}"
        if key not in self._urls:
            data = self._read(path)
            self._urls[key] = None if data is None else self._image_url(path, data)
        return self._urls[key]

    def _image_url(self, path: str, data: bytes) -> str:
        mime = media_type(path)
        if Path(path).suffix.lower() not in _RASTER:
            return data_url(data, mime)
        try:
            with Image.open(io.BytesIO(data)) as image:
                if image.width <= MAX_IMAGE_WIDTH and len(data) <= SHRINK_ABOVE_BYTES:
                    return data_url(data, mime)
                image = ImageOps.exif_transpose(image)
                if image.width > MAX_IMAGE_WIDTH:
                    height = round(image.height * MAX_IMAGE_WIDTH / image.width)
                    image = image.resize((MAX_IMAGE_WIDTH, height), Image.Resampling.LANCZOS)
                out = io.BytesIO()
                image.save(out, "WEBP", quality=WEBP_QUALITY, method=4)
        except (OSError, ValueError, Image.DecompressionBombError):
            return data_url(data, mime)  # Pillow cannot read it: the browser may still show it
        smaller = out.getvalue()
        return data_url(smaller, "image/webp") if len(smaller) < len(data) else data_url(data, mime)

    def playable(self, path: str) -> str | None:
        """A video or audio file as a ``data:`` URL when it is small enough and the budget allows, else None."""
        key = f"av:{path}"
        if key not in self._urls:
            url = None
            try:
                size = (self.media_dir / path).stat().st_size
            except OSError:
                size = None
                self.missing.add(path)
            if size is not None and size <= MAX_INLINE_AV_BYTES and self.av_used + size <= AV_BUDGET_BYTES:
                data = self._read(path)
                if data is not None:
                    self.av_used += len(data)
                    url = data_url(data, media_type(path))
            self._urls[key] = url
        return self._urls[key]
