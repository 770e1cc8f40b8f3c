"""PDFs are written anew by pypdf from their page tree, without what identifies their origin.

pypdf copies the document catalogue and everything it reaches (pages, fonts, pictures, links,
bookmarks, forms) into a new file. Left out, or removed on the way:

- the document information dictionary (Author, Creator, Producer, Title, Subject, Keywords,
  dates), which hangs off the file trailer and so is not reached from the catalogue;
- the file identifier, which would link the file to the author's own copy (the new file gets
  a random one, which PDF 2.0 requires);
- every XMP metadata stream (``/Metadata``) of the document, its pages, pictures and fonts;
- ``/PieceInfo`` (private data of the program that made the file, Illustrator's whole
  original for instance) and the pages' ``/LastModified`` dates;
- the author (``/T``) of comments and other markup annotations (a form field's ``/T`` is its
  name and stays);
- the metadata segments of JPEG pictures stored as they are (``/DCTDecode``), such as a
  scanning app's EXIF with GPS position (``embedded.strip_jpeg``);
- earlier revisions kept by incremental saves, with their own information dictionaries.

Encrypted PDFs are refused: removing the password would be a change the author did not ask
for, and keeping it would need it. Signed PDFs lose their signature's validity, as any rewrite
would. Files attached inside a PDF are kept as they are.
"""

from io import BytesIO

from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, NameObject, StreamObject

from .embedded import strip_jpeg
from .errors import MetadataError

REMOVED_KEYS = ("/Metadata", "/PieceInfo", "/LastModified")
# Annotations whose /T is the name of the person who wrote them (PDF 2.0, 12.5.6.2).
MARKUP_ANNOTATIONS = {
    "/Text",
    "/FreeText",
    "/Line",
    "/Square",
    "/Circle",
    "/Polygon",
    "/PolyLine",
    "/Highlight",
    "/Underline",
    "/Squiggly",
    "/StrikeOut",
    "/Caret",
    "/Stamp",
    "/Ink",
    "/FileAttachment",
    "/Sound",
    "/Redact",
    "/Popup",
}
PDF_HEADER_PREFIX = "%PDF-"


def strip_pdf(data):
    try:
        reader = PdfReader(BytesIO(data))
        if reader.is_encrypted:
            raise MetadataError.encrypted_pdf()
        remove_metadata(reader.trailer["/Root"])
        writer = PdfWriter()
        writer.clone_reader_document_root(reader)
        writer.generate_file_identifiers()
        if reader.pdf_header.startswith(PDF_HEADER_PREFIX):
            writer.pdf_header = reader.pdf_header
        out = BytesIO()
        writer.write(out)
        cleaned = out.getvalue()
        check = PdfReader(BytesIO(cleaned))
        left_over = check.metadata is not None or "/Metadata" in check.trailer["/Root"]
    except MetadataError:
        raise
    except Exception as error:  # a hostile or damaged file may fail anywhere in the parser
        raise MetadataError.unreadable_pdf() from error
    if left_over:
        raise MetadataError.unreadable_pdf()
    return cleaned


def remove_metadata(root):
    """Remove the metadata of every object reachable from `root`, in place (see above)."""
    stack = [root]
    seen_objects = set()
    while stack:
        item = stack.pop()
        if isinstance(item, IndirectObject):
            key = (item.idnum, item.generation)
            if key in seen_objects:
                continue
            seen_objects.add(key)
            item = item.get_object()
        if isinstance(item, DictionaryObject):
            clean_dictionary(item)
            stack.extend(dict.values(item))
        elif isinstance(item, ArrayObject):
            stack.extend(list.__iter__(item))


def clean_dictionary(dictionary):
    for key in REMOVED_KEYS:
        dictionary.pop(NameObject(key), None)
    if dictionary.get("/Subtype") in MARKUP_ANNOTATIONS and "/FT" not in dictionary:
        dictionary.pop(NameObject("/T"), None)
    if isinstance(dictionary, StreamObject) and is_plain_jpeg(dictionary):
        # Raw bytes: for /DCTDecode they are the JPEG file. A picture that cannot be parsed
        # is not passed on with whatever it may carry (DamagedPicture refuses the PDF).
        cleaned = strip_jpeg(dictionary._data, keep_orientation=False)
        # The base class's set_data stores bytes as they are; the encoded stream's own
        # set_data would refuse any filter but Flate.
        StreamObject.set_data(dictionary, cleaned)


def is_plain_jpeg(stream):
    stream_filter = stream.get("/Filter")
    if isinstance(stream_filter, ArrayObject) and len(stream_filter) == 1:
        stream_filter = stream_filter[0]
    return stream.get("/Subtype") == "/Image" and stream_filter == "/DCTDecode"
