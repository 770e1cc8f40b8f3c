"""The safety net: image and document file fields clean whatever they are given to store.

See the package's docstring for why this sits in ``FieldFile.save``. The upload forms hand
over a ``CleanedFile``, which is stored as it is; anything else (a file saved by code, the
multiple uploader's temporary file) is cleaned here first, and a file that cannot be cleaned
raises MetadataError before anything is written. The file classes are module-level so that
field files can be pickled (the cache does).

Images are also stored under a random name: every rendition's public address repeats the
original's file name, and a name such as `IMG_minsk_2024-03-01.jpg` tells where and when.
Documents keep theirs, as the name a reader downloads (the README asks editors to choose it).
"""

import secrets

from django.core.exceptions import ImproperlyConfigured
from django.db.models.fields.files import FieldFile
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.models import WagtailImageFieldFile
from wagtail.models import UploadedFile

from . import CleanedFile, clean_file


class CleaningFileMixin:
    """A field file whose `save` stores only contents without hidden data."""

    def kind(self):
        """ "image", "document", or None for a file this net does not cover."""
        raise NotImplementedError

    def save(self, name, content, save=True):
        kind = self.kind()
        if kind is not None and not isinstance(content, CleanedFile):
            content = clean_file(content, name, kind)
        if kind == "image":
            name = anonymous_name(name)
        super().save(name, content, save=save)


def anonymous_name(name):
    """A random file name with the extension of `name` (which decides the image format)."""
    extension = name.rpartition(".")[2].lower() if "." in name else ""
    random_part = secrets.token_hex(8)
    return f"{random_part}.{extension}" if extension else random_part


class CleaningImageFieldFile(CleaningFileMixin, WagtailImageFieldFile):
    def kind(self):
        return "image"


class CleaningDocumentFieldFile(CleaningFileMixin, FieldFile):
    def kind(self):
        return "document"


class CleaningUploadedFieldFile(CleaningFileMixin, FieldFile):
    def kind(self):
        """A multiple uploader's temporary file is of the kind of the model it will become."""
        upload = self.instance
        model = upload.for_content_type.model_class() if upload.for_content_type_id else None
        if model is get_image_model():
            return "image"
        if model is get_document_model():
            return "document"
        return None


def guard_file_field(model, file_class):
    field = model._meta.get_field("file")
    if field.attr_class is file_class:
        return
    if field.attr_class not in file_class.__bases__:
        # A custom image or document model with its own file class: this net would replace
        # it, so it has to be combined with that class by hand.
        raise ImproperlyConfigured(
            f"{model.__name__}.file uses {field.attr_class.__name__}; "
            f"rightshouse.core.metadata.guard expects {file_class.__bases__[-1].__name__}."
        )
    field.attr_class = file_class


def guard_file_fields():
    """Give the image, document and temporary upload fields their cleaning file class."""
    guard_file_field(get_image_model(), CleaningImageFieldFile)
    guard_file_field(get_document_model(), CleaningDocumentFieldFile)
    guard_file_field(UploadedFile, CleaningUploadedFieldFile)
