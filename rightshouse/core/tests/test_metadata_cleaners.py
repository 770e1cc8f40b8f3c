"""The cleaners of rightshouse.core.metadata on their own: what they keep of a picture."""

import io
import zipfile

import pytest
from PIL import Image, ImageCms, ImageSequence
from pypdf import PdfReader

from rightshouse.core.metadata import MetadataError, embedded, images, office

from .metadata_files import (
    BODY_SERIAL_NUMBER,
    DOCX_DOCUMENT,
    EXIF_IFD,
    GPS_IFD,
    MARKER,
    MARKER_BYTES,
    ORIENTATION,
    XMP_PACKET,
    avif_with_metadata,
    camera_exif,
    docx_with_metadata,
    gif_with_comment,
    jpeg_with_metadata,
    odt_with_metadata,
    pdf_with_metadata,
    photo,
    png_with_metadata,
    webp_with_metadata,
    xlsx_with_metadata,
)


def test_the_unpacked_size_is_counted_while_reading(monkeypatch):
    """A zip may declare small sizes; the bytes actually unpacked are counted too."""
    data = docx_with_metadata()
    monkeypatch.setattr(office, "MAX_UNPACKED_BYTES", len(DOCX_DOCUMENT) * 2)
    monkeypatch.setattr(office, "checked_entries", lambda source, _extension: source.infolist())
    with pytest.raises(MetadataError) as refused:
        office.strip_office_document(data, "docx")
    assert refused.value.code == "too_big_unpacked"


def animated_webp_with_metadata():
    pictures = [photo().rotate(180 * n) for n in range(3)]
    out = io.BytesIO()
    pictures[0].save(
        out,
        "WEBP",
        save_all=True,
        append_images=pictures[1:],
        duration=[100, 200, 300],
        loop=2,
        exif=camera_exif(),
        xmp=XMP_PACKET.encode(),
    )
    return out.getvalue()


@pytest.mark.parametrize("animation", [gif_with_comment(frames=3), animated_webp_with_metadata()])
def test_an_animation_keeps_its_frames_and_timing_and_loses_its_metadata(animation):
    assert MARKER_BYTES in animation
    cleaned = images.strip_image(animation)
    assert MARKER_BYTES not in cleaned
    with Image.open(io.BytesIO(cleaned)) as image:
        assert image.n_frames == 3 and image.info["loop"] == 2
        assert not {"comment", "exif", "xmp"} & set(image.info)
        durations = []
        for frame in ImageSequence.Iterator(image):
            frame.load()
            durations.append(frame.info["duration"])
    assert durations == [100, 200, 300]


def wide_gamut_profile():
    """Pillow's sRGB profile with red and blue swapped and another name, so that converting
    from it to sRGB visibly changes the pixels."""
    profile = bytearray(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())
    tag_count = int.from_bytes(profile[128:132], "big")
    entries = {bytes(profile[132 + 12 * n : 136 + 12 * n]): 132 + 12 * n for n in range(tag_count)}
    red, blue = entries[b"rXYZ"] + 4, entries[b"bXYZ"] + 4
    profile[red : red + 8], profile[blue : blue + 8] = (
        profile[blue : blue + 8],
        profile[red : red + 8],
    )
    return bytes(profile).replace("sRGB".encode("utf-16-be"), "Wide".encode("utf-16-be"))


@pytest.mark.parametrize("mode", ["RGB", "RGBA"])
def test_a_colour_profile_is_applied_to_the_pixels_then_dropped(mode):
    out = io.BytesIO()
    Image.new(mode, (8, 8), "blue").save(out, "PNG", icc_profile=wide_gamut_profile())
    with Image.open(io.BytesIO(images.strip_image(out.getvalue()))) as cleaned:
        assert "icc_profile" not in cleaned.info and cleaned.mode == mode
        assert cleaned.getpixel((0, 0))[:3] == (255, 0, 0)


def test_an_srgb_profile_is_dropped_without_changing_the_pixels():
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    out = io.BytesIO()
    Image.new("RGB", (8, 8), (10, 120, 240)).save(out, "PNG", icc_profile=srgb)
    with Image.open(io.BytesIO(images.strip_image(out.getvalue()))) as cleaned:
        assert "icc_profile" not in cleaned.info
        assert cleaned.getpixel((0, 0)) == (10, 120, 240)


def test_a_jpeg_keeps_its_quality():
    """Encoded with the original's own tables: the same quality, almost the same pixels."""
    original = jpeg_with_metadata(size=(400, 300))
    cleaned = images.strip_image(original)
    with Image.open(io.BytesIO(original)) as before, Image.open(io.BytesIO(cleaned)) as after:
        assert after.quantization == before.quantization
        differences = [
            abs(a - b)
            for a, b in zip(
                before.convert("RGB").tobytes(), after.convert("RGB").tobytes(), strict=True
            )
        ]
    assert sum(differences) / len(differences) < 0.5
    assert len(cleaned) < len(original)


def test_the_jpeg_segment_filter_keeps_the_picture_and_its_orientation():
    original = jpeg_with_metadata(orientation=6) + b"motion-photo-video" + MARKER_BYTES
    cleaned = embedded.strip_jpeg(original, keep_orientation=True)
    assert MARKER_BYTES not in cleaned and cleaned.endswith(b"\xff\xd9")
    with Image.open(io.BytesIO(original)) as before, Image.open(io.BytesIO(cleaned)) as after:
        assert after.tobytes() == before.tobytes()
        assert dict(after.getexif()) == {ORIENTATION: 6}


def test_the_fixture_files_carry_what_the_tests_look_for():
    with Image.open(io.BytesIO(jpeg_with_metadata())) as photo:
        exif = photo.getexif()
        assert exif.get_ifd(GPS_IFD)[2] == (53.0, 54.0, 1.5)
        assert exif.get_ifd(EXIF_IFD)[BODY_SERIAL_NUMBER] == MARKER
        assert MARKER_BYTES in photo.info["xmp"] and photo.info["comment"] == MARKER_BYTES
    with Image.open(io.BytesIO(png_with_metadata())) as picture:
        picture.load()
        assert picture.text["Author"] == MARKER and picture.getexif().get_ifd(GPS_IFD)
    for data in (webp_with_metadata(), avif_with_metadata(), gif_with_comment()):
        assert MARKER_BYTES in data
    reader = PdfReader(io.BytesIO(pdf_with_metadata()))
    assert reader.metadata.author == MARKER and MARKER_BYTES in reader.xmp_metadata.stream._data
    for document in (docx_with_metadata(), xlsx_with_metadata(), odt_with_metadata()):
        with zipfile.ZipFile(io.BytesIO(document)) as archive:
            properties = "meta.xml" if "meta.xml" in archive.namelist() else "docProps/core.xml"
            assert MARKER_BYTES in archive.read(properties)


def test_only_the_first_picture_of_an_mpo_and_nothing_after_a_jpeg_is_kept():
    pictures = [photo(), photo().rotate(180)]
    out = io.BytesIO()
    pictures[0].save(out, "MPO", save_all=True, append_images=pictures[1:], exif=camera_exif())
    cleaned = images.strip_image(out.getvalue() + b"trailing video " + MARKER_BYTES)
    assert MARKER_BYTES not in cleaned and cleaned.count(b"\xff\xd8") == 1
    with Image.open(io.BytesIO(cleaned)) as image:
        assert image.format == "JPEG" and getattr(image, "n_frames", 1) == 1


def test_a_lossless_webp_stays_lossless():
    cleaned = images.strip_image(webp_with_metadata())
    assert images.is_lossless_webp(cleaned)
    with Image.open(io.BytesIO(cleaned)) as image:
        assert image.convert("RGB").tobytes() == photo().tobytes()


def test_the_png_chunk_filter_keeps_the_picture():
    original = png_with_metadata()
    cleaned = embedded.strip_png(original)
    assert MARKER_BYTES not in cleaned and b"tEXt" not in cleaned and b"eXIf" not in cleaned
    with Image.open(io.BytesIO(original)) as before, Image.open(io.BytesIO(cleaned)) as after:
        assert after.tobytes() == before.tobytes()


@pytest.mark.parametrize("damaged", [b"\xff\xd8\xff\xe1\x00", b"\xff\xd8garbage", b"PNG"])
def test_the_segment_filters_refuse_damaged_pictures(damaged):
    with pytest.raises(embedded.DamagedPicture):
        embedded.strip_png(damaged) if damaged == b"PNG" else embedded.strip_jpeg(damaged, True)


def test_a_heif_image_is_cleaned_should_a_site_enable_heic():
    out = io.BytesIO()
    photo().save(out, "HEIF", exif=camera_exif(orientation=6).tobytes(), xmp=XMP_PACKET.encode())
    assert MARKER_BYTES in out.getvalue()
    cleaned = images.strip_image(out.getvalue())
    assert MARKER_BYTES not in cleaned
    with Image.open(io.BytesIO(cleaned)) as image:
        assert image.format == "HEIF" and image.size == (40, 60) and not image.getexif()
