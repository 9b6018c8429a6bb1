"""Bringing an author's image, video or audio file into the handbook's shared ``media/`` folder.

Every imported file gets a safe, lowercase ASCII name made from the original one (``Зала №1.JPG`` →
``zala-1.jpg``) that never replaces another file (``-2``, ``-3`` … are added), and a file whose content is already
in ``media/`` is not stored twice: the existing one is used. What a caller gets back is the path as a section
writes it (``../media/zala-1.jpg``, relative to a language folder), so it can go straight into the Markdown.

Images are checked and made fit for the web with Pillow (see :func:`import_image`); video and audio are copied as
they are (no transcoding). Every write is atomic. Problems raise :class:`MediaImportError`, whose message says what
is wrong, with which file, and what to do.
"""

from __future__ import annotations

import contextlib
import io
import re
import struct
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from .atomic import atomic_copy, atomic_write_bytes
from .handbook import MEDIA_DIR
from .media_names import digest, file_digest, find_same_content, media_slug, unique_name
from .paths import is_within
from .render.media_blocks import AUDIO_EXTENSIONS, VIDEO_EXTENSIONS

__all__ = [
    "DEFAULT_MAX_EDGE",
    "MEDIA_KINDS",
    "ImageInfo",
    "ImportedImage",
    "ImportedMedia",
    "MediaImportError",
    "check_media_kind",
    "import_image",
    "import_image_bytes",
    "import_media_file",
    "inspect_image",
    "inspect_image_bytes",
    "media_slug",
]

#: The long side of an imported image is at most this many pixels: sharp on a 4K screen, light on a USB stick.
DEFAULT_MAX_EDGE = 2560
JPEG_QUALITY = 88
WEBP_QUALITY = 88
#: Formats every browser shows; anything else (BMP, TIFF, …) is stored as PNG.
WEB_FORMATS = {"JPEG": ".jpg", "PNG": ".png", "GIF": ".gif", "WEBP": ".webp"}
#: An image file larger than this is not read into memory (no sensible handbook picture is this big).
MAX_IMAGE_FILE_BYTES = 200 * 1024 * 1024
#: An SVG is text; larger ones are refused rather than scanned.
MAX_SVG_BYTES = 20 * 1024 * 1024
#: Signs of active content in an SVG: scripts, event handlers, ``javascript:`` links, foreign HTML.
SVG_UNSAFE_RE = re.compile(
    rb"<\s*script|\bon[a-z]+\s*=|javascript\s*:|<\s*foreignObject|<\s*iframe|<\s*embed|<\s*object",
    re.IGNORECASE,
)
SVG_SNIFF_RE = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!DOCTYPE[^>]*>\s*)?<svg\b", re.S | re.I)

#: What survives re-encoding of an image: what the pixels need, nothing about who, where or with what camera.
_KEPT_INFO = {"icc_profile", "transparency", "dpi", "background", "duration", "loop", "gamma", "srgb"}

#: What :func:`import_media_file` copies as it is.
MEDIA_KINDS = ("video", "audio")


class MediaImportError(Exception):
    """A file cannot be brought into the handbook; the message says what, with which file, and what to do."""

    def __init__(self, message: str, path: Path | str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = Path(path) if path is not None else None


@dataclass(frozen=True)
class ImageInfo:
    """What importing an image will do, found without writing anything (for a dialog to show before OK)."""

    format: str
    width: int
    height: int
    #: The size the stored image will have (the same as width/height when it is not scaled).
    final_width: int
    final_height: int
    will_scale: bool
    #: The image carries EXIF/XMP metadata (camera, place, time) that importing removes.
    has_metadata: bool


@dataclass(frozen=True)
class ImportedImage:
    """An image in ``media/``."""

    #: The path as a section writes it, relative to a language folder: ``../media/name.png``.
    markdown_path: str
    #: The file in ``media/``.
    path: Path
    width: int
    height: int
    #: True when the image was scaled down to the maximum edge.
    scaled: bool
    #: True when the same content was already in ``media/`` and that file is used (nothing was written).
    reused: bool = False
    #: True when metadata (EXIF, GPS, XMP, text chunks) was removed.
    metadata_removed: bool = False


@dataclass(frozen=True)
class ImportedMedia:
    """A video or audio file in ``media/``."""

    markdown_path: str
    path: Path
    #: The file name without its extension: caption and transcript files are named after it.
    stem: str
    reused: bool = False


def _media_dir(root: Path) -> Path:
    folder = Path(root) / MEDIA_DIR
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise MediaImportError(
            f"the media folder '{folder}' cannot be created ({exc.strerror or exc}): "
            "check that the handbook folder is writable",
            folder,
        ) from exc
    return folder


def check_media_kind(kind: str) -> None:
    """``kind`` must name one of :data:`MEDIA_KINDS` (a programming error otherwise, not the author's)."""
    if kind not in MEDIA_KINDS:
        raise ValueError(f"kind must be 'video' or 'audio', not {kind!r}")


def _markdown_path(name: str) -> str:
    return f"../{MEDIA_DIR}/{name}"


# --- images -----------------------------------------------------------------------------------------------------
@dataclass
class _Prepared:
    data: bytes
    suffix: str
    width: int
    height: int
    scaled: bool
    metadata_removed: bool


@contextlib.contextmanager
def _reading_source(source: Path, advice: str) -> Iterator[None]:
    """Turn a missing or unreadable source file into a message that names it and says what to do."""
    try:
        yield
    except FileNotFoundError as exc:
        raise MediaImportError(f"'{source}' does not exist: choose the file again", source) from exc
    except OSError as exc:
        raise MediaImportError(f"'{source}' cannot be read ({exc.strerror or exc}): {advice}", source) from exc


def _read_source(source: Path, limit: int) -> bytes:
    source = Path(source)
    with _reading_source(source, "check that the file is readable and try again"):
        size = source.stat().st_size
        if size > limit:
            raise MediaImportError(
                f"'{source.name}' is {size // (1024 * 1024)} MB, too large to import "
                f"(at most {limit // (1024 * 1024)} MB): make it smaller in an image editor and insert it again",
                source,
            )
        return source.read_bytes()


def _is_svg(data: bytes, name: str) -> bool:
    return name.lower().endswith(".svg") or bool(SVG_SNIFF_RE.match(data[:4096]))


def _check_svg(data: bytes, label: str, path: Path | None) -> None:
    if len(data) > MAX_SVG_BYTES:
        raise MediaImportError(f"'{label}' is too large for an SVG drawing: simplify it or export a PNG", path)
    if not SVG_SNIFF_RE.match(data[:4096]):
        raise MediaImportError(
            f"'{label}' is named .svg but is not an SVG drawing: export it again as SVG or PNG", path
        )
    if SVG_UNSAFE_RE.search(data):
        raise MediaImportError(
            f"'{label}' contains a script or event handlers (<script>, onload=…, javascript:), which would run "
            "in the readers' browsers: export the drawing again as plain SVG or as PNG",
            path,
        )


def _svg_size(data: bytes) -> tuple[int, int]:
    """The drawing's ``width``/``height`` in pixels when it states them plainly, else ``(0, 0)``."""
    match = re.search(rb"<svg\b[^>]*>", data[:65536], re.I | re.S)
    if not match:
        return 0, 0
    tag = match.group(0)
    sizes = []
    for attribute in (rb"width", rb"height"):
        found = re.search(rb"\b" + attribute + rb"\s*=\s*[\"']\s*([0-9.]+)\s*(?:px)?\s*[\"']", tag)
        sizes.append(round(float(found.group(1))) if found else 0)
    return sizes[0], sizes[1]


def _open_image(data: bytes, label: str, path: Path | None) -> Image.Image:
    """Open and fully decode an image, refusing decompression bombs and damaged files with a clear message."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            return image
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        limit = Image.MAX_IMAGE_PIXELS or 0
        raise MediaImportError(
            f"'{label}' has too many pixels to open safely (more than {limit:,} pixels; such files are used to "
            "crash programs): scale it down in an image editor and insert it again",
            path,
        ) from exc
    except UnidentifiedImageError as exc:
        raise MediaImportError(
            f"'{label}' is not an image that can be read (or its format is unknown): "
            "save it as PNG or JPEG and insert it again",
            path,
        ) from exc
    except (OSError, SyntaxError, ValueError) as exc:
        raise MediaImportError(
            f"'{label}' is damaged and cannot be read as an image ({exc}): save or export it again and retry",
            path,
        ) from exc


@contextlib.contextmanager
def _reading(label: str, path: Path | None) -> Iterator[None]:
    """Turn Pillow's errors while reading pixels or metadata into a message naming the file."""
    try:
        yield
    except (OSError, SyntaxError, ValueError, struct.error, IndexError) as exc:
        reason = "it is truncated" if "truncated" in str(exc).lower() else str(exc)
        raise MediaImportError(
            f"'{label}' is damaged and cannot be read as an image ({reason}): save or export it again and retry",
            path,
        ) from exc


def _has_metadata(image: Image.Image) -> bool:
    info = image.info
    if any(key in info for key in ("exif", "xmp", "XML:com.adobe.xmp", "comment", "photoshop")):
        return True
    if getattr(image, "text", None):  # PNG tEXt/iTXt chunks: author, comments, software
        return True
    with contextlib.suppress(Exception):
        return bool(image.getexif())
    return False


def _oriented_size(image: Image.Image) -> tuple[int, int]:
    orientation = 1
    with contextlib.suppress(Exception):
        orientation = image.getexif().get(0x0112, 1)
    width, height = image.size
    return (height, width) if orientation in (5, 6, 7, 8) else (width, height)


def _scaled_size(width: int, height: int, max_edge: int) -> tuple[int, int]:
    long_side = max(width, height)
    if long_side <= max_edge or long_side == 0:
        return width, height
    factor = max_edge / long_side
    return max(1, round(width * factor)), max(1, round(height * factor))


def _info_of(image: Image.Image, max_edge: int) -> ImageInfo:
    width, height = _oriented_size(image)
    final_width, final_height = _scaled_size(width, height, max_edge)
    return ImageInfo(
        format=image.format or "",
        width=width,
        height=height,
        final_width=final_width,
        final_height=final_height,
        will_scale=(final_width, final_height) != (width, height),
        has_metadata=_has_metadata(image),
    )


def _encode(image: Image.Image, fmt: str) -> bytes:
    """Pixels only, plus the colour profile (which keeps colours right and says nothing about the author)."""
    out = io.BytesIO()
    icc = image.info.get("icc_profile")
    extra = {"icc_profile": icc} if icc else {}
    if fmt == "JPEG":
        if image.mode not in ("RGB", "L"):
            image = image.convert("RGB")
        image.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True, **extra)
    elif fmt == "WEBP":
        image.save(out, "WEBP", quality=WEBP_QUALITY, method=4, **extra)
    elif fmt == "GIF":
        image.save(out, "GIF")
    else:
        if image.mode not in ("1", "L", "LA", "I", "I;16", "P", "RGB", "RGBA"):
            image = image.convert("RGBA")
        image.save(out, "PNG", optimize=False, **extra)
    return out.getvalue()


def _prepare(data: bytes, label: str, path: Path | None, max_edge: int, *, force_png: bool = False) -> _Prepared:
    image = _open_image(data, label, path)
    with image:
        source_format = image.format or ""
        with _reading(label, path):
            info = _info_of(image, max_edge)
            animated = getattr(image, "is_animated", False) and getattr(image, "n_frames", 1) > 1
            if image.format == "JPEG" and info.will_scale:
                # Decode at a reduced scale straight away: a 6000×4000 photo is scaled in a fraction of the time.
                image.draft("RGB", (max_edge, max_edge))
            image.load()
            orientation = image.getexif().get(0x0112, 1)
        fmt = "PNG" if force_png else source_format
        if animated and fmt == source_format and fmt in WEB_FORMATS:
            # Re-encoding frames of an animation is out of scope: an animated GIF/WebP is stored as it is.
            return _Prepared(data, WEB_FORMATS[fmt], info.width, info.height, False, False)
        if fmt not in WEB_FORMATS:
            fmt = "PNG"
        must_rewrite = info.will_scale or info.has_metadata or orientation != 1 or fmt != source_format
        if not must_rewrite:
            return _Prepared(data, WEB_FORMATS[fmt], info.width, info.height, False, False)
        try:
            picture = ImageOps.exif_transpose(image) or image
            if info.will_scale:
                picture = picture.copy() if picture is image else picture
                picture.thumbnail((max_edge, max_edge), Image.Resampling.LANCZOS)
            picture.info = {key: value for key, value in picture.info.items() if key in _KEPT_INFO}
            encoded = _encode(picture, fmt)
        except (OSError, ValueError) as exc:
            raise MediaImportError(
                f"'{label}' could not be converted for the web ({exc}): save it as PNG or JPEG and insert it again",
                path,
            ) from exc
        width, height = picture.size
        return _Prepared(encoded, WEB_FORMATS[fmt], width, height, info.will_scale, info.has_metadata)


def inspect_image(source: Path, *, max_pixels_edge: int = DEFAULT_MAX_EDGE) -> ImageInfo:
    """What :func:`import_image` would do with ``source`` (its size, the final size), without writing anything.

    Raises :class:`MediaImportError` for anything :func:`import_image` would refuse, except that the pixels are
    not decoded (a truncated file is found on import).
    """
    source = Path(source)
    data = _read_source(source, MAX_IMAGE_FILE_BYTES)
    return _inspect(data, source.name, source, max_pixels_edge)


def inspect_image_bytes(data: bytes, *, max_pixels_edge: int = DEFAULT_MAX_EDGE) -> ImageInfo:
    """:func:`inspect_image` for pasted image data."""
    return _inspect(data, "pasted image", None, max_pixels_edge)


def _inspect(data: bytes, label: str, path: Path | None, max_edge: int) -> ImageInfo:
    if _is_svg(data, label):
        _check_svg(data, label, path)
        width, height = _svg_size(data)
        return ImageInfo("SVG", width, height, width, height, False, False)
    image = _open_image(data, label, path)
    with image, _reading(label, path):
        return _info_of(image, max_edge)


def _store(folder: Path, stem: str, prepared: _Prepared, *, what: str) -> tuple[Path, bool]:
    """Write the prepared bytes under a free name, or find the same bytes already stored. ``(path, reused)``."""
    existing = find_same_content(folder, len(prepared.data), digest(prepared.data), {prepared.suffix})
    if existing is not None:
        return existing, True
    target = folder / unique_name(folder, stem, prepared.suffix)
    try:
        atomic_write_bytes(target, prepared.data)
    except OSError as exc:
        raise MediaImportError(
            f"{what} could not be written to '{target}' ({exc.strerror or exc}): "
            "check free disk space and that the media folder is writable",
            target,
        ) from exc
    return target, False


def _imported_image(target: Path, prepared: _Prepared, reused: bool) -> ImportedImage:
    return ImportedImage(
        _markdown_path(target.name),
        target,
        prepared.width,
        prepared.height,
        prepared.scaled,
        reused=reused,
        metadata_removed=prepared.metadata_removed,
    )


def import_image(
    root: Path, source: Path, *, max_pixels_edge: int = DEFAULT_MAX_EDGE, name: str | None = None
) -> ImportedImage:
    """Copy an image into ``<root>/media/`` under a safe unique name and return how a section refers to it.

    The file is checked with Pillow (not an image, truncated or a decompression bomb → :class:`MediaImportError`
    naming the file). A photo larger than ``max_pixels_edge`` on its long side is scaled down (same format; JPEG
    quality 88). The camera's orientation is applied to the pixels, and for the privacy of the people and places
    in the picture all metadata is removed: EXIF (camera, time, **GPS position**), XMP, comments and PNG text
    chunks; only the colour profile is kept. An image without metadata that needs no scaling is copied byte for
    byte. Animated GIF/WebP are copied as they are. Formats browsers do not show (BMP, TIFF, …) are stored as
    PNG. An SVG is copied as it is, but refused when it holds scripts or ``on…=`` event handlers.

    If ``media/`` already holds a file with exactly the resulting content (the same picture inserted twice), that
    file is used and nothing is written. ``name`` overrides the stem the new name is made from.
    """
    source = Path(source)
    folder = _media_dir(root)
    data = _read_source(source, MAX_IMAGE_FILE_BYTES)
    stem = media_slug(name if name is not None else source.stem, fallback="image")
    if _is_svg(data, source.name):
        _check_svg(data, source.name, source)
        width, height = _svg_size(data)
        prepared = _Prepared(data, ".svg", width, height, False, False)
    else:
        prepared = _prepare(data, source.name, source, max_pixels_edge)
        if is_within(source, folder) and not prepared.scaled and not prepared.metadata_removed:
            # Already in media/ (chosen from there): use it as it is.
            return ImportedImage(
                _markdown_path(source.name), source, prepared.width, prepared.height, False, reused=True
            )
    target, reused = _store(folder, stem, prepared, what=f"the image '{source.name}'")
    return _imported_image(target, prepared, reused)


def import_image_bytes(
    root: Path, data: bytes, suggested_name: str = "pasted-image", *, max_pixels_edge: int = DEFAULT_MAX_EDGE
) -> ImportedImage:
    """Store pasted image data (any format Pillow reads) in ``media/`` as PNG; otherwise like :func:`import_image`.

    ``suggested_name`` (e.g. "Screenshot 2024-05-01") becomes the file name's stem.
    """
    folder = _media_dir(root)
    if len(data) > MAX_IMAGE_FILE_BYTES:
        raise MediaImportError("the pasted image is too large to import: paste a smaller image", None)
    label = "pasted image"
    prepared = _prepare(data, label, None, max_pixels_edge, force_png=True)
    stem = media_slug(Path(suggested_name).stem if "." in suggested_name else suggested_name, fallback="image")
    target, reused = _store(folder, stem, prepared, what="the pasted image")
    return _imported_image(target, prepared, reused)


# --- video and audio --------------------------------------------------------------------------------------------
def _looks_like(kind: str, head: bytes) -> bool:
    """A light check of the file's first bytes, so a renamed document is not published as a video."""
    if head[:4] == b"\x1a\x45\xdf\xa3":  # Matroska / WebM
        return True
    if head[4:8] in (b"ftyp", b"moov", b"mdat", b"wide", b"free", b"skip"):  # MP4, M4A, MOV
        return True
    if head[:4] == b"OggS":  # Ogg (Vorbis, Opus, Theora)
        return True
    if kind == "audio":
        if head[:3] == b"ID3" or head[:4] in (b"fLaC",) or (head[:4] == b"RIFF" and head[8:12] == b"WAVE"):
            return True
        if len(head) >= 2 and head[0] == 0xFF and (head[1] & 0xE0) == 0xE0:  # MPEG audio / ADTS AAC frame
            return True
    return False


def import_media_file(root: Path, source: Path, kind: str) -> ImportedMedia:
    """Copy a video (``kind="video"``) or audio recording into ``media/`` as it is: no transcoding.

    The new name's stem is unique among all files in ``media/`` so that its caption and transcript files
    (``<stem>.<lang>.vtt``, ``<stem>.<lang>.md``) are its own. The same content already stored → that file is used.
    """
    check_media_kind(kind)
    source = Path(source)
    allowed = VIDEO_EXTENSIONS if kind == "video" else AUDIO_EXTENSIONS
    suffix = source.suffix.lower()
    if suffix not in allowed:
        raise MediaImportError(
            f"'{source.name}' is not a {kind} file the website can play: use one of "
            f"{', '.join(sorted(allowed))} (WebM or MP4 for video, Ogg or MP3 for audio are safest)",
            source,
        )
    with _reading_source(source, "check that the file is readable"), source.open("rb") as handle:
        size = source.stat().st_size
        head = handle.read(16)
    if size == 0 or not _looks_like(kind, head):
        raise MediaImportError(
            f"'{source.name}' does not look like a {kind} file (its content is {'empty' if size == 0 else 'unknown'}):"
            f" export the {kind} again from your recording or editing program",
            source,
        )
    folder = _media_dir(root)
    if is_within(source, folder):
        return ImportedMedia(_markdown_path(source.name), source, source.stem, reused=True)
    try:
        content_digest = file_digest(source)
    except OSError as exc:
        raise MediaImportError(f"'{source}' cannot be read ({exc.strerror or exc})", source) from exc
    existing = find_same_content(folder, size, content_digest, {suffix})
    if existing is not None:
        return ImportedMedia(_markdown_path(existing.name), existing, existing.stem, reused=True)
    stem = media_slug(source.stem, fallback=kind)
    target = folder / unique_name(folder, stem, suffix, whole_stem=True)
    try:
        atomic_copy(source, target)
    except OSError as exc:
        raise MediaImportError(
            f"'{source.name}' could not be copied to '{target}' ({exc.strerror or exc}): "
            "check free disk space and that the media folder is writable",
            target,
        ) from exc
    return ImportedMedia(_markdown_path(target.name), target, target.stem)
