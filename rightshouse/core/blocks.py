"""StreamField blocks that more than one app's pages use.

Images enter page bodies only through `FigureBlock`, never through rich text: wagtail-localize
(1.14) makes a translatable segment of a StreamField block's text, but not of the alt
attribute of an image embedded in rich text, so an image there would keep its first
language's description in every translation.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images.blocks import ImageChooserBlock
from wagtail.rich_text import RichText
from wagtail_localize.segments import StringSegmentValue

ALT_TEXT_MAX_LENGTH = 250
ALT_TEXT_REQUIRED = _(
    "Describe what the image shows for people who cannot see it: the text alternative is required."
)


class OptionalTextBlock(blocks.CharBlock):
    """A line of text that may be left empty; empty, it is neither translated nor indexed.

    wagtail-localize 1.14 fails on a CharBlock stored as null (wagtail-localize#918), as a
    block made in code without it is, and the search index would hold the word "None".
    """

    def __init__(self, **kwargs):
        super().__init__(required=False, **kwargs)

    def deconstruct(self):
        # Migrations record a plain optional CharBlock, as Wagtail does for StructBlocks, so
        # that they never depend on this class.
        _path, args, kwargs = super().deconstruct()
        return "wagtail.blocks.CharBlock", args, {**kwargs, "required": False}

    def get_translatable_segments(self, value):
        return [StringSegmentValue("", value)] if value else []

    def restore_translated_segments(self, value, segments):
        return segments[0].render_text()

    def get_searchable_content(self, value):
        return [value] if value and self.search_index else []


class FigureBlock(blocks.StructBlock):
    """An image with its text alternative (required) and an optional caption, both
    translated with the page; shown as a <figure> in responsive renditions."""

    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Text alternative"),
        max_length=ALT_TEXT_MAX_LENGTH,
        help_text=_(
            "What the image shows, in this page's language, for people who cannot see it"
            " (screen readers read it out). Required."
        ),
    )
    caption = OptionalTextBlock(
        label=_("Caption"), max_length=300, help_text=_("Optional; shown under the image.")
    )

    class Meta:
        icon = "image"
        label = _("Image")
        template = "core/includes/figure.html"

    def clean(self, value):
        errors = {}
        try:
            cleaned = super().clean(value)
        except StructBlockValidationError as error:
            errors = dict(error.block_errors)
        if not (value.get("alt_text") or "").strip():
            # Instead of the generic "This field is required.": say what is missing and why.
            errors["alt_text"] = ValidationError(ALT_TEXT_REQUIRED, code="required")
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return cleaned


def paragraph_stream(html):
    """A body stream of one paragraph block holding `html` (none for empty HTML): how a rich
    text body of before the StreamField, a test's or a benchmark's HTML, becomes a body."""
    return [("paragraph", RichText(html))] if html else []


def stream_text(stream_value):
    """The words of a StreamField value for a search index: text, alt texts, captions."""
    return " ".join(stream_value.stream_block.get_searchable_content(stream_value))
