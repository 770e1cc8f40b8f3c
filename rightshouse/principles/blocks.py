from django.utils.translation import gettext_lazy as _
from wagtail import blocks

TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class PrincipleBlock(blocks.StructBlock):
    """One numbered principle; its number is its place in the edition."""

    title = blocks.CharBlock(label=_("title"), max_length=255)
    body = blocks.RichTextBlock(label=_("text"), features=TEXT_FEATURES)
    items_intro = blocks.CharBlock(
        label=_("list heading"),
        required=False,
        max_length=255,
        help_text=_('Optional, as in principle 11: "The confidential information includes:"'),
    )
    items = blocks.ListBlock(
        blocks.TextBlock(label=_("item")),
        label=_("list"),
        min_num=0,
        default=[],
        help_text=_("Optional: the items the principle lists, one per entry."),
    )
    after_items = blocks.RichTextBlock(
        label=_("text after the list"), required=False, features=TEXT_FEATURES
    )

    class Meta:
        label = _("principle")
        icon = "list-ol"
