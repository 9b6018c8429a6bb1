"""Importing images into media/: safe names, one copy per content, scaled photos, no location data, clear refusals."""

from __future__ import annotations

from pathlib import Path

import pytest
from handbook_files import make_image
from PIL import Image

from authoring_app.core.media_import import (
    MediaImportError,
    import_image,
    import_image_bytes,
    import_media_file,
    inspect_image,
    media_slug,
)

GPS_IFD = 0x8825
ORIENTATION = 0x0112


def gps_exif() -> Image.Exif:
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    exif[0x0110] = "Phone 12"
    gps = exif.get_ifd(GPS_IFD)
    gps[1] = "N"
    gps[2] = (42.0, 41.0, 12.5)
    gps[3] = "E"
    gps[4] = (23.0, 19.0, 4.2)
    return exif


def media_files(root: Path) -> list[str]:
    return sorted(p.name for p in (root / "media").iterdir())


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Зала №1 (снимка)", "zala-no1-snimka"),
        ("Съвет на щастието", "savet-na-shtastieto"),
        ("Объект съёмки", "obekt-syomki"),  # ъ before a vowel is the Russian separator, dropped
        ("Café Ünïcode — Ärger", "cafe-unicode-arger"),
        ("Oʻzbekiston ıssık", "ozbekiston-issik"),
        ("Қазақстан Өзен", "kazakstan-ozen"),
        ("IMG_2024 05 01", "img-2024-05-01"),
        ("!!!", "media"),
    ],
)
def test_names_are_lowercase_ascii_slugs(text: str, slug: str) -> None:
    assert media_slug(text) == slug


def test_a_photo_lands_in_media_under_a_safe_name(tmp_path: Path) -> None:
    root = tmp_path / "hb"
    source = make_image(tmp_path / "Зала №1.PNG", fmt="PNG")
    result = import_image(root, source)
    assert result.markdown_path == "../media/zala-no1.png"
    assert result.path == root / "media" / "zala-no1.png"
    assert (result.width, result.height, result.scaled) == (320, 200, False)
    # No metadata and no scaling needed: the very same bytes, and no temporary file left behind.
    assert result.path.read_bytes() == source.read_bytes()
    assert media_files(root) == ["zala-no1.png"]


def test_a_huge_photo_is_scaled_to_the_long_edge_and_loses_its_gps_position(tmp_path: Path) -> None:
    source = make_image(tmp_path / "DSC_0001.JPG", (6000, 4000), "JPEG", quality=95, exif=gps_exif())
    assert Image.open(source).getexif().get_ifd(GPS_IFD)  # the test photo really carries a position

    info = inspect_image(source)
    assert (info.width, info.height, info.final_width, info.final_height) == (6000, 4000, 2560, 1707)
    assert info.will_scale and info.has_metadata

    result = import_image(tmp_path / "hb", source)
    assert result.markdown_path == "../media/dsc-0001.jpg"
    assert (result.width, result.height, result.scaled, result.metadata_removed) == (2560, 1707, True, True)
    with Image.open(result.path) as stored:
        assert stored.format == "JPEG"
        assert stored.size == (2560, 1707)
        assert not stored.getexif()
        assert "exif" not in stored.info
    assert result.path.stat().st_size < source.stat().st_size


def test_a_smaller_limit_is_respected(tmp_path: Path) -> None:
    source = make_image(tmp_path / "tall.png", (300, 1200), "PNG")
    result = import_image(tmp_path / "hb", source, max_pixels_edge=600)
    assert (result.width, result.height, result.scaled) == (150, 600, True)
    assert Image.open(result.path).format == "PNG"


def test_the_camera_orientation_is_applied_to_the_pixels(tmp_path: Path) -> None:
    exif = Image.Exif()
    exif[ORIENTATION] = 6  # the phone was held upright: rotate 90°
    source = make_image(tmp_path / "upright.jpg", (400, 200), "JPEG", exif=exif)
    result = import_image(tmp_path / "hb", source)
    assert (result.width, result.height) == (200, 400)
    with Image.open(result.path) as stored:
        assert stored.size == (200, 400)
        assert stored.getexif().get(ORIENTATION, 1) == 1


def test_the_same_picture_twice_is_stored_once(tmp_path: Path) -> None:
    root = tmp_path / "hb"
    photo = make_image(tmp_path / "hall.jpg", (3000, 2000), "JPEG", exif=gps_exif())
    again = tmp_path / "other folder" / "Hall copy.jpg"
    again.parent.mkdir()
    again.write_bytes(photo.read_bytes())

    first = import_image(root, photo)
    second = import_image(root, again)
    assert second.markdown_path == first.markdown_path == "../media/hall.jpg"
    assert second.reused and not first.reused
    assert media_files(root) == ["hall.jpg"]


def test_a_different_picture_with_the_same_name_gets_a_number(tmp_path: Path) -> None:
    root = tmp_path / "hb"
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "c").mkdir()
    first = import_image(root, make_image(tmp_path / "a" / "Plan.png", (100, 80), "PNG"))
    second = import_image(root, make_image(tmp_path / "b" / "plan.png", (120, 80), "PNG"))
    third = import_image(root, make_image(tmp_path / "c" / "PLAN.png", (140, 80), "PNG"))
    assert [first.markdown_path, second.markdown_path, third.markdown_path] == [
        "../media/plan.png",
        "../media/plan-2.png",
        "../media/plan-3.png",
    ]


def test_a_file_already_in_media_is_used_as_it_is(sample_copy: Path) -> None:
    before = media_files(sample_copy)
    result = import_image(sample_copy, sample_copy / "media" / "hall-1.png")
    assert result.markdown_path == "../media/hall-1.png" and result.reused
    assert media_files(sample_copy) == before


def test_a_truncated_image_is_refused_with_its_name(tmp_path: Path) -> None:
    whole = make_image(tmp_path / "whole.png", (800, 600), "PNG").read_bytes()
    broken = tmp_path / "broken-diagram.png"
    broken.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(MediaImportError) as caught:
        import_image(tmp_path / "hb", broken)
    message = str(caught.value)
    assert "'broken-diagram.png'" in message and "damaged" in message and "again" in message
    assert caught.value.path == broken
    assert not (tmp_path / "hb" / "media").exists() or media_files(tmp_path / "hb") == []


def test_a_document_renamed_to_png_is_refused(tmp_path: Path) -> None:
    fake = tmp_path / "notes.png"
    fake.write_text("these are my notes, not a picture", encoding="utf-8")
    with pytest.raises(MediaImportError, match=r"'notes\.png' is not an image"):
        import_image(tmp_path / "hb", fake)


@pytest.mark.parametrize("size", [(100, 100), (40, 40)], ids=["bomb-error", "bomb-warning"])
def test_a_decompression_bomb_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, size) -> None:
    source = make_image(tmp_path / "bomb.png", size, "PNG")
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 1000)
    with pytest.raises(MediaImportError, match=r"'bomb\.png' has too many pixels"):
        import_image(tmp_path / "hb", source)
    with pytest.raises(MediaImportError, match="too many pixels"):
        inspect_image(source)


def test_an_svg_is_copied_as_it_is(tmp_path: Path) -> None:
    svg = tmp_path / "Схема.svg"
    svg.write_text(
        '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="120" height="80">'
        '<rect width="120" height="80" fill="teal"/></svg>\n',
        encoding="utf-8",
    )
    result = import_image(tmp_path / "hb", svg)
    assert result.markdown_path == "../media/shema.svg"
    assert (result.width, result.height) == (120, 80)
    assert result.path.read_bytes() == svg.read_bytes()


@pytest.mark.parametrize(
    "payload",
    ['<script>alert("x")</script>', '<rect width="5" height="5" onload="alert(1)"/>', '<a href="javascript:x()"/>'],
)
def test_an_svg_with_a_script_is_refused(tmp_path: Path, payload: str) -> None:
    svg = tmp_path / "diagram.svg"
    svg.write_text(f'<svg xmlns="http://www.w3.org/2000/svg">{payload}</svg>', encoding="utf-8")
    with pytest.raises(MediaImportError, match=r"'diagram\.svg' contains a script"):
        import_image(tmp_path / "hb", svg)
    assert not (tmp_path / "hb" / "media" / "diagram.svg").exists()


def test_pasted_image_data_is_stored_as_png(tmp_path: Path) -> None:
    import io

    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), "navy").save(buffer, "BMP")
    result = import_image_bytes(tmp_path / "hb", buffer.getvalue(), "Снимка на екрана 2024-05-01")
    assert result.markdown_path == "../media/snimka-na-ekrana-2024-05-01.png"
    assert Image.open(result.path).format == "PNG"
    # Pasting the same picture again reuses it.
    assert import_image_bytes(tmp_path / "hb", buffer.getvalue(), "again").markdown_path == result.markdown_path


def test_pasted_garbage_is_refused(tmp_path: Path) -> None:
    with pytest.raises(MediaImportError, match="pasted image"):
        import_image_bytes(tmp_path / "hb", b"not an image at all", "x")


def test_a_missing_file_says_so(tmp_path: Path) -> None:
    with pytest.raises(MediaImportError, match="does not exist"):
        import_image(tmp_path / "hb", tmp_path / "gone.png")


def test_a_video_is_copied_unchanged_and_keeps_its_stem_free_for_captions(sample_copy: Path, tmp_path: Path) -> None:
    original = (sample_copy / "media" / "flipped-intro.webm").read_bytes()
    source = tmp_path / "Flipped intro.webm"
    source.write_bytes(original + b"\0" * 8)  # different content, same would-be name
    result = import_media_file(sample_copy, source, "video")
    # flipped-intro.* is taken (video, poster, captions): the new one must not share its caption files.
    assert result.markdown_path == "../media/flipped-intro-2.webm"
    assert result.stem == "flipped-intro-2"
    assert result.path.read_bytes() == source.read_bytes()

    same = tmp_path / "копие.webm"
    same.write_bytes(original)
    reused = import_media_file(sample_copy, same, "video")
    assert reused.reused and reused.markdown_path == "../media/flipped-intro.webm"


def test_a_file_that_is_not_a_video_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "lecture.mp4"
    bad.write_text("hello", encoding="utf-8")
    with pytest.raises(MediaImportError, match=r"'lecture\.mp4' does not look like a video"):
        import_media_file(tmp_path / "hb", bad, "video")
    wrong = tmp_path / "lecture.avi"
    wrong.write_bytes(b"RIFF\0\0\0\0AVI ")
    with pytest.raises(MediaImportError, match=r"'lecture\.avi' is not a video file the website can play"):
        import_media_file(tmp_path / "hb", wrong, "video")
