"""Pictures inside documents lose their metadata without being encoded again.

A photo inserted into a Word or LibreOffice document, or put into a PDF by a scanning app,
usually keeps its camera's EXIF, GPS position included. Unlike an uploaded image, such a
picture is laid out by the document (its frame, its place in a PDF's page), so it is not
decoded and encoded again: only the segments that carry metadata are dropped, and the
compressed picture data is copied as it is.

- JPEG: of the segments before and between the scans, APP1-APP13 and APP15 (EXIF, XMP, IPTC,
  maker data, the MPF index of a second picture), APP2 (ICC profile: it can name a device;
  a PDF gives the colour space itself) and COM (comments) go; the JFIF segment stays without
  its thumbnail, the Adobe segment (which says how colours are stored) stays, and so does
  everything needed to decode. Whatever follows the end of the picture (a "motion photo"
  video, a second picture) goes too. For office documents the orientation is kept in an EXIF
  segment of its own, since office programs turn the picture by it.
- PNG: only the chunks that make up the picture are kept (no text, eXIf, tIME or iCCP chunks,
  nor private ones).
"""

import zlib

from PIL import Image

JPEG_START = b"\xff\xd8"
JPEG_END = 0xD9
START_OF_SCAN = 0xDA
APP0, APP14 = 0xE0, 0xEE
COMMENT = 0xFE
ORIENTATION_TAG = 0x0112
# Markers that stand alone, without a length: restart markers and TEM.
STANDALONE_MARKERS = {0x01, *range(0xD0, 0xD8)}
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
PNG_PICTURE_CHUNKS = {
    b"IHDR",
    b"PLTE",
    b"IDAT",
    b"IEND",
    b"tRNS",
    b"gAMA",
    b"cHRM",
    b"sRGB",
    b"sBIT",
    b"bKGD",
    b"pHYs",
    b"hIST",
    b"acTL",
    b"fcTL",
    b"fdAT",
}


class DamagedPicture(ValueError):
    """The picture's structure is not what its format prescribes."""


def is_jpeg(data):
    return data.startswith(JPEG_START)


def is_png(data):
    return data.startswith(PNG_SIGNATURE)


def strip_jpeg(data, keep_orientation):
    """The JPEG in `data` without metadata segments, its compressed data unchanged."""
    if not is_jpeg(data):
        raise DamagedPicture("no JPEG start marker")
    kept = [JPEG_START]
    orientation = 1
    position = 2
    while True:
        if position >= len(data):  # cut off after its last scan: viewers show it, so do we
            kept.append(b"\xff\xd9")
            break
        marker, position = read_marker(data, position)
        if marker == JPEG_END:
            kept.append(b"\xff\xd9")
            break
        if marker in STANDALONE_MARKERS:
            kept.append(bytes((0xFF, marker)))
            continue
        if position + 2 > len(data):
            raise DamagedPicture("segment length cut off")
        length = int.from_bytes(data[position : position + 2], "big")
        end = position + length
        if length < 2 or end > len(data):
            raise DamagedPicture("segment longer than the file")
        body = data[position + 2 : end]
        if marker == START_OF_SCAN:
            end = end_of_entropy_coded_data(data, end)
            kept.append(b"\xff\xda" + data[position:end])
        elif marker == APP0 and body.startswith(b"JFIF\0") and len(body) >= 14:
            # Version, units and density; the thumbnail's width and height set to nothing.
            kept.append(b"\xff\xe0\x00\x10" + body[:12] + b"\x00\x00")
        elif marker == 0xE1 and body.startswith(b"Exif\0\0"):
            orientation = exif_orientation(body) or orientation
        elif marker == APP14 or not (APP0 <= marker <= 0xEF or marker == COMMENT):
            kept.append(bytes((0xFF, marker)) + data[position:end])
        position = end
    if keep_orientation and orientation != 1:
        after_jfif = 2 if kept[1].startswith(b"\xff\xe0") else 1
        kept.insert(after_jfif, orientation_segment(orientation))
    return b"".join(kept)


def read_marker(data, position):
    """The marker at `position` (after any fill bytes) and the position after it."""
    if position >= len(data) or data[position] != 0xFF:
        raise DamagedPicture("expected a marker")
    while position < len(data) and data[position] == 0xFF:
        position += 1
    if position >= len(data):
        raise DamagedPicture("file ends in a marker")
    return data[position], position + 1


def end_of_entropy_coded_data(data, position):
    """Where the compressed data that starts at `position` ends: at the next real marker."""
    while True:
        position = data.find(b"\xff", position)
        if position == -1 or position + 1 >= len(data):
            return len(data)
        following = data[position + 1]
        if following == 0x00 or 0xD0 <= following <= 0xD7 or following == 0xFF:
            position += 1  # stuffed byte, restart marker or fill byte: still scan data
            continue
        return position


def exif_orientation(exif_segment_body):
    exif = Image.Exif()
    try:
        exif.load(exif_segment_body)
    except Exception:  # a damaged EXIF block is dropped all the same, without its orientation
        return None
    orientation = exif.get(ORIENTATION_TAG)
    return orientation if orientation in range(2, 9) else None


def orientation_segment(orientation):
    exif = Image.Exif()
    exif[ORIENTATION_TAG] = orientation
    body = b"Exif\0\0" + exif.tobytes()
    return b"\xff\xe1" + (len(body) + 2).to_bytes(2, "big") + body


def strip_png(data):
    """The PNG in `data` with only the chunks that make up the picture."""
    if not is_png(data):
        raise DamagedPicture("no PNG signature")
    kept = [PNG_SIGNATURE]
    position = len(PNG_SIGNATURE)
    while position < len(data):
        if position + 12 > len(data):
            raise DamagedPicture("chunk cut off")
        length = int.from_bytes(data[position : position + 4], "big")
        chunk_type = data[position + 4 : position + 8]
        end = position + 12 + length
        if end > len(data):
            raise DamagedPicture("chunk longer than the file")
        crc = int.from_bytes(data[end - 4 : end], "big")
        if zlib.crc32(data[position + 4 : end - 4]) != crc:
            raise DamagedPicture("chunk checksum")
        if chunk_type in PNG_PICTURE_CHUNKS:
            kept.append(data[position:end])
        position = end
        if chunk_type == b"IEND":
            return b"".join(kept)
    raise DamagedPicture("no end chunk")
