"""Uploaded images are decoded and encoded again, so that only their pixels are stored.

Re-encoding is a whitelist: whatever the file carried besides the picture (EXIF with GPS,
serial numbers, maker notes and a thumbnail that may show an uncropped original, XMP, IPTC,
JPEG comments and trailers such as a "motion photo" video, the second picture of an MPO file,
PNG text and eXIf chunks, GIF comments, WebP and AVIF EXIF/XMP) is not written again, where a
filter that removes known segments would have to know every way of hiding data. The result is
opened once more and refused if any metadata is left (``leftover_metadata``), so a change in
Pillow's defaults cannot quietly bring it back.

- Orientation: the EXIF orientation is applied to the pixels before EXIF is dropped, so the
  picture keeps the way it was shown; the stored width and height are those after turning.
- JPEG: encoded with the original's own quantisation tables and chroma subsampling. This
  keeps the file's quality and size; measured on a 2400×1600 photo-like image saved at
  quality 75 and 90, the new file differs from the decoded original by a PSNR of 84 to 102 dB
  (invisible; quality 95 instead gives 57 to 61 dB and files 19 to 33 % larger), and by about
  54 dB when the picture had to be turned. Images without those tables (a CMYK JPEG turned
  into RGB) use quality 95.
- Colour profiles: an ICC profile can name the device or the person who calibrated it, so none
  is kept. RGB and CMYK pixels are first converted from the embedded profile to sRGB, which is
  what browsers assume for an untagged image, so colours stay right; a profile that already
  calls itself sRGB is just dropped. Grey and palette images, and animations, lose the profile
  without conversion (they rarely carry one).
- Lossless WebP stays lossless; lossy WebP, AVIF and HEIF are encoded at quality 90.
- Animated GIF, PNG, WebP and AVIF keep their frames, each frame's duration and the loop
  count; their frames are not turned (animations with an EXIF orientation are not known to
  occur).
- HEIC is not among Wagtail's default image types and so is refused by the upload form; if a
  site enables it, it is cleaned like AVIF when the installed pillow-heif can write it.
"""

from io import BytesIO

from PIL import Image, ImageCms, ImageOps, ImageSequence, JpegImagePlugin

from .errors import MetadataError

IMAGE_EXTENSIONS = {"avif", "gif", "heic", "heif", "jpeg", "jpg", "png", "webp"}
# The format each readable format is written back as (an MPO is a JPEG with more pictures).
OUTPUT_FORMATS = {
    "JPEG": "JPEG",
    "MPO": "JPEG",
    "PNG": "PNG",
    "GIF": "GIF",
    "WEBP": "WEBP",
    "AVIF": "AVIF",
    "HEIF": "HEIF",
}
# Entries of Pillow's `info` that describe the picture rather than its origin.
PICTURE_INFO = ("transparency", "duration", "loop", "background")
# Entries of a re-opened image's `info` that would mean metadata survived, if not empty
# ("metadata": pillow-heif's other blocks, such as IPTC).
METADATA_INFO = (
    "exif",
    "xmp",
    "comment",
    "icc_profile",
    "photoshop",
    "XML:com.adobe.xmp",
    "metadata",
    "thumbnails",
)
JPEG_FALLBACK_QUALITY = 95
LOSSY_QUALITY = 90
# Empty values for every metadata option the encoders read, some of them falling back on
# the source image's `info` when an option is absent (pillow-heif takes b"" for an EXIF block).
NO_METADATA = {"exif": b"", "xmp": b"", "icc_profile": None}
NO_HEIF_METADATA = {"exif": None, "xmp": None, "icc_profile": None}


def strip_image(data):
    """The image in `data` encoded again without metadata, in its own format."""
    try:
        with Image.open(BytesIO(data)) as source:
            output_format = OUTPUT_FORMATS.get(source.format)
            if output_format is None:
                raise MetadataError.unsupported_image(source.format)
            if getattr(source, "n_frames", 1) > 1 and output_format != "JPEG":
                cleaned = save_animation(source, output_format, data)
            else:
                cleaned = save_still(source, output_format, data)
        left_over = leftover_metadata(cleaned)
    except MetadataError:
        raise
    except Exception as error:  # a hostile or damaged file may fail anywhere in a decoder
        raise MetadataError.unreadable_image() from error
    if left_over:
        raise MetadataError.unreadable_image()
    return cleaned


def save_still(source, output_format, data):
    source.seek(0)
    source.load()
    image = ImageOps.exif_transpose(source)
    image = to_srgb(image)
    image.info = {key: image.info[key] for key in PICTURE_INFO if key in image.info}
    options = encoder_options(source, image, output_format, data)
    out = BytesIO()
    image.save(out, output_format, **options, **no_metadata(output_format), comment=b"")
    return out.getvalue()


def save_animation(source, output_format, data):
    options = encoder_options(source, source, output_format, data)
    # Each frame's own duration (WebP and AVIF give it once a frame is loaded): some encoders
    # would otherwise give every frame the first one's.
    options["duration"] = [frame_duration(frame) for frame in ImageSequence.Iterator(source)]
    if "loop" in source.info:
        options["loop"] = source.info["loop"]
    if output_format == "GIF":
        # Frames come from the source decoder, whose `info` holds the comment of each frame.
        options["comment"] = b""
    out = BytesIO()
    source.seek(0)
    source.save(out, output_format, save_all=True, **options, **no_metadata(output_format))
    return out.getvalue()


def frame_duration(frame):
    frame.load()
    return frame.info.get("duration", 0)


def no_metadata(output_format):
    return NO_HEIF_METADATA if output_format == "HEIF" else NO_METADATA


def encoder_options(source, image, output_format, data):
    if output_format == "JPEG":
        from_jpeg = source.format in ("JPEG", "MPO")
        sampling = JpegImagePlugin.get_sampling(source) if from_jpeg else -1
        options = {"optimize": True, "progressive": "progressive" in source.info}
        if from_jpeg and image.mode == source.mode and sampling != -1:
            options.update(qtables=source.quantization, subsampling=sampling)
        else:
            options["quality"] = JPEG_FALLBACK_QUALITY
        return options
    if output_format == "WEBP":
        if is_lossless_webp(data):
            return {"lossless": True}
        return {"quality": LOSSY_QUALITY}
    if output_format in ("AVIF", "HEIF"):
        return {"quality": LOSSY_QUALITY}
    return {}


def to_srgb(image):
    """`image` converted to sRGB from its embedded colour profile, where that is safe to do."""
    profile_bytes = image.info.get("icc_profile")
    if not profile_bytes or image.mode not in ("RGB", "RGBA", "CMYK"):
        return image
    try:
        profile = ImageCms.ImageCmsProfile(BytesIO(profile_bytes))
        if "srgb" in ImageCms.getProfileDescription(profile).lower().replace(" ", ""):
            return image
        output_mode = "RGBA" if image.mode == "RGBA" else "RGB"
        converted = ImageCms.profileToProfile(
            image, profile, ImageCms.createProfile("sRGB"), outputMode=output_mode
        )
    except (ImageCms.PyCMSError, OSError, ValueError):
        # An unusable profile: the pixels are kept as they are and the profile dropped.
        return image
    converted.info = dict(image.info)
    return converted


def is_lossless_webp(data):
    """Whether the first picture chunk of a WebP file is lossless (VP8L) rather than VP8."""
    position = 12  # "RIFF", size, "WEBP"
    while position + 8 <= len(data):
        chunk = data[position : position + 4]
        if chunk in (b"VP8L", b"VP8 "):
            return chunk == b"VP8L"
        if chunk == b"ANMF":  # an animation frame: its own chunks follow its 16-byte header
            position += 8 + 16
            continue
        size = int.from_bytes(data[position + 4 : position + 8], "little")
        position += 8 + size + (size & 1)
    return False


def leftover_metadata(data):
    """The metadata a cleaned image still carries, by name (empty when it is clean)."""
    with Image.open(BytesIO(data)) as image:
        image.load()
        found = {key for key in METADATA_INFO if image.info.get(key)}
        if image.getexif():
            found.add("exif")
        if getattr(image, "text", None):
            found.add("text")
    return found
