"""Bounds on what editors can upload as documents: a size, and file types whose contents
match their extension (an HTML file renamed .pdf would otherwise be served from our domain).
A document that passes is stored without its hidden data (author, company, software): see
rightshouse.core.metadata."""

from django import forms
from django.conf import settings
from django.db.models.fields.files import FieldFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm

from .metadata import MetadataError, clean_file

# What a file of each type in WAGTAILDOCS_EXTENSIONS starts with; None: plain UTF-8 text.
# A docx or xlsx with a password is not a zip but an OLE compound file (ENCRYPTED_OFFICE).
SIGNATURES = {
    "pdf": b"%PDF-",
    "odt": b"PK\x03\x04",
    "ods": b"PK\x03\x04",
    "docx": b"PK\x03\x04",
    "xlsx": b"PK\x03\x04",
    "txt": None,
    "csv": None,
}
ENCRYPTED_OFFICE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
TEXT_SAMPLE_BYTES = 64 * 1024


def contents_match_extension(upload, extension):
    upload.seek(0)
    head = upload.read(TEXT_SAMPLE_BYTES)
    upload.seek(0)
    signature = SIGNATURES.get(extension)
    if signature is not None:
        return head.startswith(signature)
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as error:
        # A sample cut inside a multi-byte character is still text.
        if error.start < len(head) - 3:
            return False
    return b"\0" not in head


def starts_with(upload, signature):
    upload.seek(0)
    head = upload.read(len(signature))
    upload.seek(0)
    return head == signature


class DocumentForm(BaseDocumentForm):
    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if not upload or isinstance(upload, FieldFile):  # no new file: the stored one stays
            return upload
        if upload.size > settings.DOCUMENTS_MAX_UPLOAD_SIZE:
            raise forms.ValidationError(
                _("This file is %(size)s; documents may be at most %(limit)s.")
                % {
                    "size": filesizeformat(upload.size),
                    "limit": filesizeformat(settings.DOCUMENTS_MAX_UPLOAD_SIZE),
                },
                code="too_large",
            )
        extension = upload.name.rpartition(".")[2].lower()
        if extension not in settings.WAGTAILDOCS_EXTENSIONS:
            raise forms.ValidationError(
                _("Documents may be of these types only: %(types)s.")
                % {"types": ", ".join(settings.WAGTAILDOCS_EXTENSIONS)},
                code="type",
            )
        if extension in ("docx", "xlsx") and starts_with(upload, ENCRYPTED_OFFICE):
            error = MetadataError.encrypted_document()
            raise forms.ValidationError(error.message, code=error.code)
        if extension in SIGNATURES and not contents_match_extension(upload, extension):
            raise forms.ValidationError(
                _("The contents of this file do not match its extension “.%(extension)s”.")
                % {"extension": extension},
                code="contents",
            )
        try:
            return clean_file(upload, upload.name, kind="document")
        except MetadataError as error:
            raise forms.ValidationError(error.message, code=error.code) from error
