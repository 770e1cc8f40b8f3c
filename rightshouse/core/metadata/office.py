"""Office documents (docx, xlsx, odt, ods) are zip files rewritten with neutral properties.

Every part is copied byte for byte into a new zip, except:

- the property parts, replaced by empty ones of the same kind: for docx and xlsx the core
  properties (creator, last modified by, title, subject, keywords, revision, dates), the
  extended ones (company, manager, application, template, editing time) and the custom ones,
  found through the package relationships; for odt and ods ``meta.xml`` (initial creator,
  creator, dates, editing cycles and time, generator, template, user-defined fields);
- the path of an attached Word template, kept as a bare file name (the path names the
  author's folder: ``C:\\Users\\<name>\\...``);
- the folder an Excel workbook was saved from (``x15ac:absPath``), emptied;
- the printer name and printer set-up of an ODF document, emptied;
- JPEG and PNG pictures, which lose their metadata losslessly (``embedded``), keeping the
  orientation office programs turn them by.

The zip itself is rebuilt too: each entry gets the same fixed date (1980-01-01, the zip
format's earliest) in place of the local time it was saved at, and no extra fields (owner
ids) or comment. The parts keep their order and compression; an ODF's ``mimetype`` stays first
and uncompressed, as the format requires. Not touched: the names of the people who wrote
comments or tracked changes (and, in a docx, their accounts in ``word/people.xml``), which come
with the comments themselves: a document with comments is not ready to publish anyway.

A zip can unpack to far more than its size, so one with more than ``MAX_ENTRIES`` parts or
more than ``MAX_UNPACKED_BYTES`` unpacked is refused, by the sizes the zip declares and again
by the bytes actually read. Encrypted entries, duplicate names and missing parts that make a
document of its kind are refused too.
"""

import posixpath
import re
import zipfile
from io import BytesIO

from defusedxml import ElementTree

from .embedded import DamagedPicture, is_jpeg, is_png, strip_jpeg, strip_png
from .errors import MetadataError

OFFICE_EXTENSIONS = {"docx", "xlsx", "odt", "ods"}
OOXML_EXTENSIONS = {"docx", "xlsx"}
MAX_ENTRIES = 10_000
MAX_UNPACKED_BYTES = 256 * 1024 * 1024
NEUTRAL_DATE = (1980, 1, 1, 0, 0, 0)
COPY_CHUNK_BYTES = 1024 * 1024
PICTURE_EXTENSIONS = {".jpg", ".jpeg", ".png"}
FILE_PERMISSIONS = 0o644 << 16  # rw-r--r--, whoever owned the files before

PACKAGE_RELATIONSHIPS = "_rels/.rels"
RELATIONSHIP_TYPE_ROOT = "http://schemas.openxmlformats.org/"
NEUTRAL_OOXML_PROPERTIES = {
    "core-properties": (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        b"<cp:coreProperties"
        b' xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"'
        b' xmlns:dc="http://purl.org/dc/elements/1.1/"'
        b' xmlns:dcterms="http://purl.org/dc/terms/"'
        b' xmlns:dcmitype="http://purl.org/dc/dcmitype/"'
        b' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"/>'
    ),
    "extended-properties": (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        b"<Properties"
        b' xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"'
        b' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"/>'
    ),
    "custom-properties": (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        b"<Properties"
        b' xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"'
        b' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"/>'
    ),
}
DEFAULT_OOXML_PROPERTY_PARTS = {
    "docProps/core.xml": "core-properties",
    "docProps/app.xml": "extended-properties",
    "docProps/custom.xml": "custom-properties",
}
NEUTRAL_ODF_META = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
    ' xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"'
    ' office:version="{version}"><office:meta/></office:document-meta>'
)
ODF_VERSION = re.compile(rb'office:version="([0-9.]{1,8})"')
RELATIONSHIP = re.compile(rb"<Relationship\b[^>]*>")
TARGET = re.compile(rb'(\bTarget=")([^"]*)(")')
ABSOLUTE_PATH = re.compile(rb'(<x15ac:absPath\b[^>]*?\burl=")[^"]*(")')
PRINTER_SETTING = re.compile(
    rb'(<config:config-item config:name="(?:PrinterName|PrinterSetup)"[^>]*>)[^<]*'
    rb"(</config:config-item>)"
)


def strip_office_document(data, extension):
    try:
        with zipfile.ZipFile(BytesIO(data)) as source:
            entries = checked_entries(source, extension)
            replacements = property_replacements(source, entries, extension)
            return rewrite(source, entries, replacements)
    except MetadataError:
        raise
    except Exception as error:  # a hostile or damaged zip may fail anywhere in zipfile
        raise MetadataError.unreadable_document() from error


def checked_entries(source, extension):
    entries = source.infolist()
    names = [entry.filename for entry in entries]
    if len(entries) > MAX_ENTRIES:
        raise MetadataError.too_big_unpacked(MAX_UNPACKED_BYTES, MAX_ENTRIES)
    if sum(entry.file_size for entry in entries) > MAX_UNPACKED_BYTES:
        raise MetadataError.too_big_unpacked(MAX_UNPACKED_BYTES, MAX_ENTRIES)
    if any(entry.flag_bits & 0x1 for entry in entries):
        raise MetadataError.encrypted_document()
    if len(set(names)) != len(names):
        raise MetadataError.unreadable_document()
    if extension in OOXML_EXTENSIONS:
        required = {"[Content_Types].xml", PACKAGE_RELATIONSHIPS}
    else:
        required = {"mimetype", "META-INF/manifest.xml"}
    if not required <= set(names):
        raise MetadataError.unreadable_document()
    if extension not in OOXML_EXTENSIONS and b"encryption-data" in read_limited(
        source, source.getinfo("META-INF/manifest.xml")
    ):
        raise MetadataError.encrypted_document()
    # ODF readers look for the mimetype as the zip's first entry (kept uncompressed below).
    return sorted(entries, key=lambda entry: entry.filename != "mimetype")


def property_replacements(source, entries, extension):
    """The new contents of the property parts, by part name."""
    names = {entry.filename for entry in entries}
    if extension not in OOXML_EXTENSIONS:
        if "meta.xml" not in names:
            return {}
        version = ODF_VERSION.search(read_limited(source, source.getinfo("meta.xml")))
        version = version.group(1).decode() if version else "1.2"
        return {"meta.xml": NEUTRAL_ODF_META.format(version=version).encode()}
    parts = {name: kind for name, kind in DEFAULT_OOXML_PROPERTY_PARTS.items() if name in names}
    relationships = ElementTree.fromstring(
        read_limited(source, source.getinfo(PACKAGE_RELATIONSHIPS))
    )
    for relationship in relationships:
        kind = relationship.get("Type", "").rpartition("/")[2]
        target = posixpath.normpath(relationship.get("Target", "").lstrip("/"))
        if kind in NEUTRAL_OOXML_PROPERTIES and target in names:
            parts[target] = kind
    return {name: NEUTRAL_OOXML_PROPERTIES[kind] for name, kind in parts.items()}


def rewrite(source, entries, replacements):
    out = BytesIO()
    budget = UnpackBudget()
    with zipfile.ZipFile(out, "w") as target:
        for entry in entries:
            new_entry = zipfile.ZipInfo(entry.filename, date_time=NEUTRAL_DATE)
            new_entry.compress_type = entry.compress_type
            new_entry.external_attr = FILE_PERMISSIONS
            if entry.filename == "mimetype":
                new_entry.compress_type = zipfile.ZIP_STORED
            if entry.is_dir():
                target.writestr(new_entry, b"")
            elif entry.filename in replacements:
                target.writestr(new_entry, replacements[entry.filename])
            elif (edit := part_edit(entry.filename)) is not None:
                contents = read_limited(source, entry, budget)
                target.writestr(new_entry, edit(entry.filename, contents))
            else:
                with source.open(entry) as part, target.open(new_entry, "w") as copy:
                    copy_counted(part, copy, budget)
    return out.getvalue()


def part_edit(name):
    """The function that cleans the part `name`, or None to copy it as it is."""
    lower_name = name.lower()
    if posixpath.splitext(lower_name)[1] in PICTURE_EXTENSIONS:
        return clean_picture
    if lower_name.endswith(".rels"):
        return clean_relationships
    if lower_name == "xl/workbook.xml":
        return lambda _name, contents: ABSOLUTE_PATH.sub(rb"\1\2", contents)
    if lower_name == "settings.xml":
        return lambda _name, contents: PRINTER_SETTING.sub(rb"\1\2", contents)
    return None


def clean_picture(name, contents):
    try:
        if is_jpeg(contents):
            return strip_jpeg(contents, keep_orientation=True)
        if is_png(contents):
            return strip_png(contents)
    except DamagedPicture as error:
        raise MetadataError.unreadable_embedded_picture(posixpath.basename(name)) from error
    return contents  # named like a picture but something else: no metadata we know of


def clean_relationships(_name, contents):
    """Relationships with an attached template's external path cut to its file name."""

    def cut_template_path(match):
        relationship = match.group(0)
        if b"/attachedTemplate" not in relationship or b'TargetMode="External"' not in relationship:
            return relationship
        return TARGET.sub(
            lambda target: target.group(1) + template_name(target.group(2)) + target.group(3),
            relationship,
        )

    return RELATIONSHIP.sub(cut_template_path, contents)


def template_name(path):
    return re.split(rb"[/\\]|%5[Cc]", path)[-1]


class UnpackBudget:
    """The bytes left to unpack before the document counts as a zip bomb."""

    def __init__(self):
        self.remaining = MAX_UNPACKED_BYTES

    def spend(self, count):
        self.remaining -= count
        if self.remaining < 0:
            raise MetadataError.too_big_unpacked(MAX_UNPACKED_BYTES, MAX_ENTRIES)


def read_limited(source, entry, budget=None):
    with source.open(entry) as part:
        contents = part.read(MAX_UNPACKED_BYTES + 1)
    if len(contents) > MAX_UNPACKED_BYTES:
        raise MetadataError.too_big_unpacked(MAX_UNPACKED_BYTES, MAX_ENTRIES)
    if budget is not None:
        budget.spend(len(contents))
    return contents


def copy_counted(part, copy, budget):
    while chunk := part.read(COPY_CHUNK_BYTES):
        budget.spend(len(chunk))
        copy.write(chunk)
