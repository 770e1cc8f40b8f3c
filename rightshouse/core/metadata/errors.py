"""Why a file could not be cleaned, in words for the editor who uploaded it."""

from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _


class MetadataError(Exception):
    """A file whose hidden data could not be removed; `message` is shown to the editor."""

    def __init__(self, message, code):
        super().__init__(message)
        self.message = message
        self.code = code

    @classmethod
    def unreadable_image(cls):
        return cls(
            _(
                "This image could not be read, so its hidden data (such as the place where it "
                "was taken) could not be removed. Save it again as JPEG or PNG and upload that."
            ),
            "unreadable_image",
        )

    @classmethod
    def unsupported_image(cls, image_format):
        return cls(
            _(
                "Images in the %(format)s format cannot be cleaned of hidden data. "
                "Upload a JPEG, PNG, GIF, WebP or AVIF image."
            )
            % {"format": image_format},
            "unsupported_image",
        )

    @classmethod
    def unsupported_type(cls, extension):
        return cls(
            _("Files of type “.%(extension)s” cannot be cleaned of hidden data.")
            % {"extension": extension},
            "unsupported_type",
        )

    @classmethod
    def encrypted_pdf(cls):
        return cls(
            _(
                "This PDF is protected by a password, so its hidden data (author, software) "
                "cannot be removed. Upload a copy without a password."
            ),
            "encrypted",
        )

    @classmethod
    def unreadable_pdf(cls):
        return cls(
            _(
                "This PDF could not be read, so its hidden data (author, software) could not "
                "be removed. Export it again as PDF and upload that."
            ),
            "unreadable_pdf",
        )

    @classmethod
    def encrypted_document(cls):
        return cls(
            _(
                "This document is protected by a password, so its hidden data (author, "
                "company) cannot be removed. Upload a copy without a password."
            ),
            "encrypted",
        )

    @classmethod
    def unreadable_document(cls):
        return cls(
            _(
                "This document could not be read, so its hidden data (author, company) could "
                "not be removed. Save it again from your office program and upload that."
            ),
            "unreadable_document",
        )

    @classmethod
    def unreadable_embedded_picture(cls, name):
        return cls(
            _(
                "The picture “%(name)s” inside this document could not be read, so its hidden "
                "data (such as the place where it was taken) could not be removed. Insert it "
                "again as JPEG or PNG, or remove it."
            )
            % {"name": name},
            "unreadable_embedded_picture",
        )

    @classmethod
    def too_big_unpacked(cls, limit_bytes, limit_entries):
        return cls(
            _(
                "This document unpacks to more than %(size)s or more than %(count)s parts, "
                "so it is refused as a precaution."
            )
            % {"size": filesizeformat(limit_bytes), "count": limit_entries},
            "too_big_unpacked",
        )
