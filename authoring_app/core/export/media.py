"""The media a site publishes: only the files its pages use, plus responsive variants of raster images.

Variants are named from the source path and width alone (``media/_variants/<name>-<width>.<ext>``), so the
renderer can write ``srcset`` in a worker process before any image is made; :func:`make_variants` then makes
exactly those files, and keeps them in the user's cache so a re-export does not encode them again.
"""

from __future__ import annotations

import base64
import hashlib
import posixpath
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from ..render.images import image_size

#: Widths (pixels) of the smaller copies; an image narrower than a width gets no copy of that width.
VARIANT_WIDTHS = (480, 960, 1440)
VARIANT_FORMATS = {".png": "PNG", ".jpg": "JPEG", ".jpeg": "JPEG", ".webp": "WEBP"}
VARIANTS_DIR = "_variants"
MEDIA_PREFIX = "../media/"
#: A reference to a media file from a page's HTML (pages sit one folder below the site root).
MEDIA_URL_RE = re.compile(r"""(?:src|href|poster|srcset)="([^"]*)\"""")
WEBP_QUALITY = 80


@dataclass(frozen=True)
class Variant:
    source: str  # path below media/, e.g. "hall-1.png"
    target: str  # path below media/, e.g. "_variants/hall-1-480.webp"
    width: int
    format: str  # Pillow format name


def variants_for(source: str, size: tuple[int, int] | None) -> list[Variant]:
    """The variants of ``source`` (a path below ``media/``) for an image of ``size``: WebP at every width up to the
    original, and the original format at the smaller widths."""
    suffix = posixpath.splitext(source)[1].lower()
    if size is None or suffix not in VARIANT_FORMATS:
        return []
    width = size[0]
    stem = posixpath.splitext(source)[0]
    widths = [w for w in VARIANT_WIDTHS if w < width]
    result = [Variant(source, f"{VARIANTS_DIR}/{stem}-{w}{suffix}", w, VARIANT_FORMATS[suffix]) for w in widths]
    result += [Variant(source, f"{VARIANTS_DIR}/{stem}-{w}.webp", w, "WEBP") for w in [*widths, width]]
    return result


def srcsets(source_url: str, media_dir: Path) -> tuple[str, str] | None:
    """``(srcset, webp_srcset)`` for an image referenced as ``../media/<path>`` from a page; None for others."""
    if not source_url.startswith(MEDIA_PREFIX):
        return None
    source = source_url[len(MEDIA_PREFIX) :]
    try:  # through ".." or a symlink a path may lead out of the handbook: such a file is never opened
        real = (media_dir / source).resolve()
        real.relative_to(media_dir.parent.resolve())
    except (OSError, ValueError):
        return None
    size = image_size(real)
    variants = variants_for(source, size)
    if not variants or size is None:
        return None
    same = [f"{MEDIA_PREFIX}{v.target} {v.width}w" for v in variants if v.format != "WEBP" or source.endswith(".webp")]
    same = [entry for entry in same if not entry.endswith(f" {size[0]}w")]
    same.append(f"{source_url} {size[0]}w")
    webp = [f"{MEDIA_PREFIX}{v.target} {v.width}w" for v in variants if v.format == "WEBP"]
    return ", ".join(dict.fromkeys(same)), ", ".join(webp)


#: Caption files up to this size are put into the page itself (see :func:`site_media_url`).
MAX_INLINE_CAPTIONS = 256 * 1024


def site_media_url(path: str, base_dir: Path, root: Path) -> str:
    """The URL of a media file on a site page. Captions (``.vtt``) are written into the page as ``data:`` URLs:
    browsers refuse to load a ``<track>`` file from ``file://``, and the site must work from a USB stick."""
    if not path.lower().endswith(".vtt") or "://" in path:
        return path
    try:
        target = (base_dir / path).resolve()
        target.relative_to(root.resolve())
        data = target.read_bytes()
    except (OSError, ValueError):
        return path
    if len(data) > MAX_INLINE_CAPTIONS:
        return path
    return "data:text/vtt;base64," + base64.b64encode(data).decode("ascii")


def media_used(html: str) -> set[str]:
    """The paths below ``media/`` that a page's HTML refers to (``src``, ``href``, ``poster``, ``srcset``)."""
    used: set[str] = set()
    for value in MEDIA_URL_RE.findall(html):
        for candidate in value.split(","):
            url = candidate.strip().split(" ", 1)[0]
            if url.startswith(MEDIA_PREFIX):
                path = url[len(MEDIA_PREFIX) :].split("#", 1)[0].split("?", 1)[0]
                if path and ".." not in path.split("/"):
                    used.add(path)
    return used


def _cache_name(source: Path, variant: Variant) -> str:
    stat = source.stat()
    key = f"{variant.target}|{variant.width}|{variant.format}|{stat.st_size}|{stat.st_mtime_ns}|{WEBP_QUALITY}"
    return hashlib.sha256(key.encode()).hexdigest()[:32] + posixpath.splitext(variant.target)[1]


def make_variant(source: Path, variant: Variant, target: Path, cache_dir: Path) -> None:
    """Write one variant to ``target``, from the cache when it was made before."""
    cached = cache_dir / _cache_name(source, variant)
    if not cached.is_file():
        cache_dir.mkdir(parents=True, exist_ok=True)
        from PIL import ImageOps  # imported only when an image is made (it brings many of Pillow's plugins)

        with Image.open(source) as image:
            image = ImageOps.exif_transpose(image)
            height = round(image.height * variant.width / image.width)
            resized = (
                image.resize((variant.width, height), Image.Resampling.LANCZOS)
                if variant.width != image.width
                else image.copy()
            )
            if variant.format == "JPEG" and resized.mode not in ("RGB", "L"):
                resized = resized.convert("RGB")
            options = {"quality": WEBP_QUALITY, "method": 4} if variant.format == "WEBP" else {"optimize": True}
            partial = cached.with_suffix(cached.suffix + ".part")
            resized.save(partial, variant.format, **options)
            partial.replace(cached)
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(cached, target)
