"""Removing the hidden data of uploaded images and documents before they are stored.

A photo's GPS position, a camera's serial number or a document's author can identify a person
at risk, so nothing an editor uploads reaches storage with them: not the original image (which
Wagtail keeps and renders from), not a document, not the temporary file of the multiple
uploader.

Where it happens, and why there:

- In the upload forms (``rightshouse.core.images.ImageForm``, ``rightshouse.core.documents.
  DocumentForm``), in ``clean_file``. Every admin path that takes a file uses these forms: the
  single upload, the multiple uploader and the chooser's upload tab, for images and documents
  alike, and an image's or document's "replace file". There a file that cannot be cleaned
  becomes a form error in the editor's language, never a 500; and the form saves the cleaned
  file, so the size, hash, width and height that Wagtail records are those of what is stored.
- In the file fields themselves, as a safety net (``guard.guard_file_fields``, run from the
  core app's ``ready``): the Image, Document and multiple-upload ``UploadedFile`` fields get a
  file class whose ``save`` cleans what it is given before it reaches the storage, unless the
  form already did (``CleanedFile``). ``FieldFile.save`` is the one place every write of these
  fields goes through: a model saved with a new file (demo, management commands, factories),
  ``image.file.save(...)`` called directly, and the multiple uploader's step that turns a
  temporary upload into an image. A ``pre_save`` signal would miss the direct calls, and a
  storage subclass would change every file the site stores and could not tell an image from a
  document. Replacing the field's file class changes no column, so there is no migration.

What is removed, by type (details in each module):

- images (``images``): decoded and encoded again, so only the pixels survive: EXIF (GPS,
  serial numbers, maker notes, thumbnails), XMP, IPTC, comments, PNG text chunks, WebP and AVIF
  metadata; the EXIF orientation is applied to the pixels first.
- PDF (``pdf``): the document information dictionary, every XMP stream, application data,
  annotation authors and the file identifier; photos inside lose their EXIF.
- docx, xlsx, odt, ods (``office``): the property parts, a template's path, the saved-from
  folder, printer names, the zip's timestamps; photos inside lose their EXIF.
- csv and txt: plain text has no place for hidden data; they are stored as uploaded.
"""

from django.core.files.base import ContentFile

from .errors import MetadataError
from .images import IMAGE_EXTENSIONS, strip_image
from .office import OFFICE_EXTENSIONS, strip_office_document
from .pdf import strip_pdf

__all__ = ["CleanedFile", "MetadataError", "clean_file", "strip_document", "strip_image"]

PLAIN_TEXT_EXTENSIONS = {"csv", "txt"}


class CleanedFile(ContentFile):
    """Contents already without hidden data; the guarded file fields store it as it is."""


def extension_of(name):
    return name.rpartition(".")[2].lower() if "." in name else ""


def strip_document(data, extension):
    if extension in IMAGE_EXTENSIONS:  # a photo stored as a document is still a photo
        return strip_image(data)
    if extension == "pdf":
        return strip_pdf(data)
    if extension in OFFICE_EXTENSIONS:
        return strip_office_document(data, extension)
    if extension in PLAIN_TEXT_EXTENSIONS:
        return data
    raise MetadataError.unsupported_type(extension)


def clean_file(content, name, kind):
    """The contents of `content` without hidden data, as a CleanedFile named `name`.

    `kind` is "image" or "document". Raises MetadataError with a message for the editor,
    also for a type this module cannot clean (the upload forms accept none of those).
    """
    content.seek(0)
    data = content.read()
    content.seek(0)
    if not data:  # nothing, so no hidden data either (factories make such files)
        cleaned = data
    elif kind == "image":
        if extension_of(name) not in IMAGE_EXTENSIONS:
            raise MetadataError.unsupported_type(extension_of(name))
        cleaned = strip_image(data)
    else:
        cleaned = strip_document(data, extension_of(name))
    return CleanedFile(cleaned, name=name)
