"""The admin's image form (WAGTAILIMAGES_IMAGE_FORM_BASE): uploads are stored without metadata.

Wagtail builds the single upload, the multiple uploader's and the chooser's upload forms, and
the edit form that replaces a file, all from this base. Why the cleaning happens here and in
the file field as well: ``rightshouse.core.metadata``.
"""

from django import forms
from django.db.models.fields.files import FieldFile
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

from .metadata import MetadataError, clean_file


class ReadableImageField(WagtailImageField):
    """Wagtail's image field, with a message instead of a 500 for a file Pillow cannot read.

    Wagtail recognises an image by its first bytes, then asks Pillow for its size; a cut-off
    JPEG passes the first step and makes the second raise OSError.
    """

    def to_python(self, data):
        try:
            return super().to_python(data)
        except forms.ValidationError:
            raise
        except Exception as error:  # whatever a damaged file makes the decoder raise
            unreadable = MetadataError.unreadable_image()
            raise forms.ValidationError(unreadable.message, code=unreadable.code) from error


class ImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("file")
        if field is not None and not isinstance(field, ReadableImageField):
            # Wagtail's form factory makes the field; its widget already has the form's attrs.
            self.fields["file"] = ReadableImageField(
                label=field.label,
                required=field.required,
                widget=field.widget,
                max_length=field.max_length,
            )

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if not upload or isinstance(upload, FieldFile):  # no new file: the stored one stays
            return upload
        try:
            return clean_file(upload, upload.name, kind="image")
        except MetadataError as error:
            raise forms.ValidationError(error.message, code=error.code) from error
