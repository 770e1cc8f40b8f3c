from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from rightshouse.core.blocks import FigureBlock


class PublicationBodyBlock(blocks.StreamBlock):
    """A publication's text: paragraphs of rich text with images between them."""

    # The editor's default features (settings.WAGTAILADMIN_RICH_TEXT_EDITORS), which leave
    # out Draftail's "image": images go in image blocks (see rightshouse.core.blocks).
    paragraph = blocks.RichTextBlock(label=_("Paragraph"))
    image = FigureBlock()
