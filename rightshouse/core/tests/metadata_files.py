"""Files that carry GPS positions and authors' names, for the metadata tests, and checks of
what became of them.

Each file carries MARKER (as author, camera serial, comment, template path...) and, for
photos, a GPS position; `test_the_fixture_files_carry_what_the_tests_look_for` shows they do.
"""

import io
import zipfile

from django.core.files.storage import default_storage
from PIL import Image
from PIL.PngImagePlugin import PngInfo
from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    NameObject,
    NumberObject,
    StreamObject,
    TextStringObject,
)

MARKER = "Ivan-Marker-7Q3"
MARKER_BYTES = MARKER.encode()
GPS_IFD, EXIF_IFD = 0x8825, 0x8769
ORIENTATION, BODY_SERIAL_NUMBER, ARTIST, MAKE = 0x0112, 0xA431, 0x013B, 0x010F
XMP_PACKET = (
    '<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>'
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF'
    ' xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
    '<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/">'
    f"<dc:creator><rdf:Seq><rdf:li>{MARKER}</rdf:li></rdf:Seq></dc:creator>"
    '</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
)


# --- Fixture files ----------------------------------------------------------------------


def camera_exif(orientation=1):
    exif = Image.Exif()
    exif[MAKE] = "PhoneMaker"
    exif[ARTIST] = MARKER
    exif[ORIENTATION] = orientation
    exif.get_ifd(EXIF_IFD)[BODY_SERIAL_NUMBER] = MARKER
    gps = exif.get_ifd(GPS_IFD)
    gps[1], gps[2] = "N", (53.0, 54.0, 1.5)  # Minsk
    gps[3], gps[4] = "E", (27.0, 33.0, 42.0)
    return exif


def photo(size=(60, 40)):
    """A picture whose left half is red, so that turning it can be seen."""
    image = Image.new("RGB", size, "blue")
    image.paste("red", (0, 0, size[0] // 2, size[1]))
    return image


def jpeg_with_metadata(orientation=1, size=(60, 40)):
    out = io.BytesIO()
    photo(size).save(
        out,
        "JPEG",
        quality=90,
        exif=camera_exif(orientation),
        xmp=XMP_PACKET.encode(),
        comment=MARKER_BYTES,
    )
    return out.getvalue()


def png_with_metadata():
    info = PngInfo()
    info.add_text("Author", MARKER)
    info.add_text("Comment", MARKER, zip=True)
    info.add_itxt("XML:com.adobe.xmp", XMP_PACKET)
    out = io.BytesIO()
    photo().save(out, "PNG", pnginfo=info, exif=camera_exif())
    return out.getvalue()


def webp_with_metadata():
    out = io.BytesIO()
    photo().save(out, "WEBP", exif=camera_exif(), xmp=XMP_PACKET.encode(), lossless=True)
    return out.getvalue()


def avif_with_metadata():
    out = io.BytesIO()
    photo().save(out, "AVIF", exif=camera_exif(orientation=6), xmp=XMP_PACKET.encode())
    return out.getvalue()


def gif_with_comment(frames=1):
    """A GIF with a comment; animated, its frames last 100, 200, 300... ms and loop twice."""
    pictures = [photo().rotate(180 * n).convert("P") for n in range(frames)]
    out = io.BytesIO()
    animation = {"save_all": True, "append_images": pictures[1:], "loop": 2} if frames > 1 else {}
    durations = [100 * (n + 1) for n in range(frames)] if frames > 1 else 100
    pictures[0].save(out, "GIF", comment=MARKER_BYTES, duration=durations, **animation)
    return out.getvalue()


def pdf_with_metadata(encrypt=False):
    writer = PdfWriter()
    page = writer.add_blank_page(width=200, height=100)
    page[NameObject("/Contents")] = writer._add_object(content_stream(b"0 0 1 rg 0 0 50 50 re f"))
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/XObject"): DictionaryObject({NameObject("/Im0"): photo_xobject(writer)})}
    )
    page[NameObject("/Annots")] = ArrayObject([writer._add_object(comment_annotation())])
    page[NameObject("/PieceInfo")] = DictionaryObject(
        {NameObject("/App"): TextStringObject(MARKER)}
    )
    writer.add_metadata(
        {
            "/Author": MARKER,
            "/Creator": f"{MARKER} Writer",
            "/Producer": f"{MARKER} PDF",
            "/Title": "Report",
        }
    )
    writer.xmp_metadata = XMP_PACKET.encode()
    writer.generate_file_identifiers()
    if encrypt:
        writer.encrypt("secret")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def content_stream(data):
    stream = DecodedStreamObject()
    stream.set_data(data)
    return stream


def photo_xobject(writer):
    """A JPEG with EXIF and GPS put into the PDF as it is, as scanning apps do."""
    stream = StreamObject()
    StreamObject.set_data(stream, jpeg_with_metadata())
    stream.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Image"),
            NameObject("/Width"): NumberObject(60),
            NameObject("/Height"): NumberObject(40),
            NameObject("/ColorSpace"): NameObject("/DeviceRGB"),
            NameObject("/BitsPerComponent"): NumberObject(8),
            NameObject("/Filter"): NameObject("/DCTDecode"),
        }
    )
    return writer._add_object(stream)


def comment_annotation():
    return DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject("/Text"),
            NameObject("/Rect"): ArrayObject([NumberObject(n) for n in (10, 10, 30, 30)]),
            NameObject("/T"): TextStringObject(MARKER),
            NameObject("/Contents"): TextStringObject("Check this figure"),
        }
    )


def zip_file(parts, stored=()):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, contents in parts.items():
            entry = zipfile.ZipInfo(name, date_time=(2024, 3, 1, 15, 30, 12))
            entry.compress_type = zipfile.ZIP_STORED if name in stored else zipfile.ZIP_DEFLATED
            archive.writestr(entry, contents)
    return out.getvalue()


DOCX_DOCUMENT = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    "<w:body><w:p><w:r><w:t>Statement text</w:t></w:r></w:p></w:body></w:document>"
)


def docx_with_metadata():
    rels = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    return zip_file(
        {
            "[Content_Types].xml": (
                '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.'
                'openxmlformats.org/package/2006/content-types"/>'
            ),
            "_rels/.rels": (
                '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
                'openxmlformats.org/package/2006/relationships">'
                f'<Relationship Id="rId1" Type="{rels}/officeDocument" '
                'Target="word/document.xml"/>'
                '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
                'relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                f'<Relationship Id="rId3" Type="{rels}/extended-properties" '
                'Target="docProps/app.xml"/></Relationships>'
            ),
            "word/document.xml": DOCX_DOCUMENT,
            "word/settings.xml": '<w:settings xmlns:w="w"><w:attachedTemplate r:id="rId1"/>'
            "</w:settings>",
            "word/_rels/settings.xml.rels": (
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                f'relationships"><Relationship Id="rId1" Type="{rels}/attachedTemplate" '
                f'Target="file:///C:\\Users\\{MARKER}\\Templates\\Letter.dotx" '
                'TargetMode="External"/></Relationships>'
            ),
            "word/media/image1.jpeg": jpeg_with_metadata(orientation=6),
            "docProps/core.xml": (
                '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
                'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">'
                f"<dc:creator>{MARKER}</dc:creator><cp:lastModifiedBy>{MARKER}"
                "</cp:lastModifiedBy></cp:coreProperties>"
            ),
            "docProps/app.xml": (
                '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
                f'extended-properties"><Company>{MARKER} Ltd</Company>'
                "<Template>Letter.dotx</Template></Properties>"
            ),
        }
    )


def xlsx_with_metadata():
    parts = zipfile.ZipFile(io.BytesIO(docx_with_metadata()))
    contents = {name: parts.read(name) for name in parts.namelist() if "word/" not in name}
    contents["xl/workbook.xml"] = (
        '<workbook xmlns:x15ac="http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac">'
        f'<x15ac:absPath url="C:\\Users\\{MARKER}\\Documents\\"/></workbook>'
    )
    return zip_file(contents)


def odt_with_metadata(version="1.3"):
    office_ns = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    return zip_file(
        {
            "mimetype": "application/vnd.oasis.opendocument.text",
            "META-INF/manifest.xml": (
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:'
                'manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type='
                '"application/vnd.oasis.opendocument.text"/></manifest:manifest>'
            ),
            "content.xml": f'<office:document-content xmlns:office="{office_ns}">'
            "<office:body><office:text>Statement text</office:text></office:body>"
            "</office:document-content>",
            "meta.xml": (
                f'<office:document-meta xmlns:office="{office_ns}" xmlns:meta="urn:oasis:names:'
                'tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" '
                f'office:version="{version}"><office:meta>'
                f"<meta:initial-creator>{MARKER}</meta:initial-creator>"
                f"<dc:creator>{MARKER}</dc:creator>"
                f'<meta:template xlink:href="file:///home/{MARKER}/letter.ott"/>'
                "</office:meta></office:document-meta>"
            ),
            "settings.xml": (
                '<config:config-item config:name="PrinterName" config:type="string">'
                f"{MARKER} office printer</config:config-item>"
            ),
            "Pictures/photo.png": png_with_metadata(),
        },
        stored={"mimetype"},
    )


# --- Reading what was stored ------------------------------------------------------------


def stored_bytes(field_file):
    with default_storage.open(field_file.name, "rb") as stored:
        return stored.read()


def all_unpacked_bytes(data):
    """The file's bytes, and for a zip also every part's unpacked bytes."""
    chunks = [data]
    if data.startswith(b"PK"):
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            chunks += [archive.read(name) for name in archive.namelist()]
    return b"\n".join(chunks)


def assert_clean_image(data, size):
    assert MARKER_BYTES not in data
    assert b"xmpmeta" not in data and b"Exif\0\0" not in data
    with Image.open(io.BytesIO(data)) as image:
        image.load()
        assert image.size == size
        exif = image.getexif()
        assert not exif and not exif.get_ifd(GPS_IFD)
        assert not {"exif", "xmp", "comment", "icc_profile"} & set(image.info)


def assert_turned(data):
    """The red half, at the left of the picture as the camera saw it, is now at the top."""
    with Image.open(io.BytesIO(data)) as image:
        picture = image.convert("RGB")
        width, height = picture.size
        top, bottom = picture.getpixel((width // 2, 2)), picture.getpixel((width // 2, height - 3))
    assert top[0] > 200 and top[2] < 60, top
    assert bottom[2] > 200 and bottom[0] < 60, bottom


def assert_clean_pdf(data, original=None):
    assert MARKER_BYTES not in data and b"xmpmeta" not in data
    reader = PdfReader(io.BytesIO(data))
    assert reader.metadata is None
    assert "/Metadata" not in reader.trailer["/Root"]
    if original is not None:  # a new identifier, unrelated to the author's copy
        original_id = PdfReader(io.BytesIO(original)).trailer["/ID"][0]
        assert reader.trailer["/ID"][0] != original_id
    page = reader.pages[0]
    assert len(reader.pages) == 1 and page.mediabox == [0, 0, 200, 100]
    assert page.get_contents().get_data() == b"0 0 1 rg 0 0 50 50 re f"
    assert "/PieceInfo" not in page
    annotation = page["/Annots"][0].get_object()
    assert "/T" not in annotation and annotation["/Contents"] == "Check this figure"
    picture = page["/Resources"]["/XObject"]["/Im0"].get_object()
    assert_clean_image(picture._data, (60, 40))


def assert_valid_office_document(stored, original):
    with (
        zipfile.ZipFile(io.BytesIO(stored)) as cleaned,
        zipfile.ZipFile(io.BytesIO(original)) as old,
    ):
        assert cleaned.testzip() is None
        assert cleaned.namelist() == old.namelist()
        for entry in cleaned.infolist():
            assert entry.date_time == (1980, 1, 1, 0, 0, 0)
            assert entry.compress_type == old.getinfo(entry.filename).compress_type
        for name in ("word/document.xml", "content.xml"):
            if name in old.namelist():
                assert cleaned.read(name) == old.read(name)
        for name in cleaned.namelist():
            if name.endswith((".jpeg", ".png")):
                picture = cleaned.read(name)
                assert_clean_image_keeping_orientation(picture)
        if "mimetype" in old.namelist():
            first = cleaned.infolist()[0]
            assert first.filename == "mimetype" and first.compress_type == zipfile.ZIP_STORED
            assert b'office:version="1.3"' in cleaned.read("meta.xml")
        if "word/_rels/settings.xml.rels" in old.namelist():
            assert b'Target="Letter.dotx"' in cleaned.read("word/_rels/settings.xml.rels")


def assert_clean_image_keeping_orientation(data):
    """A picture inside a document: no metadata, the same pixels, its orientation kept."""
    with Image.open(io.BytesIO(data)) as image:
        image.load()
        exif = image.getexif()
        assert set(exif) <= {ORIENTATION} and not exif.get_ifd(GPS_IFD)
        assert not {"xmp", "comment"} & set(image.info)
        assert not getattr(image, "text", None)
    assert MARKER_BYTES not in data and b"xmpmeta" not in data
