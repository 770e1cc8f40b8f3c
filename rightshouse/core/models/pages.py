from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks, hooks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from rightshouse.core.blocks import FigureBlock
from rightshouse.core.slugs import LatinSlugMixin


class HomePage(LatinSlugMixin, Page):
    """The root of one language's site: newest statements and news."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = None

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Other apps add the home page's sections: each `rightshouse_home_sections` hook
        # returns [(section page, [items])] for (home page, request), e.g. publications'
        # newest items of each publication index.
        context["sections"] = [
            section
            for hook in hooks.get_hooks("rightshouse_home_sections")
            for section in hook(self, request)
        ]
        context["untranslated"] = request.GET.get("untranslated") == "1"
        return context


class ContentBlock(blocks.StreamBlock):
    heading = blocks.CharBlock(label=_("Heading"), form_classname="title", max_length=200)
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"), features=["bold", "italic", "link", "ol", "ul", "document-link"]
    )
    quote = blocks.BlockQuoteBlock(label=_("Quote"))
    # Images are blocks of their own, never inside rich text: see rightshouse.core.blocks.
    image = FigureBlock()


class ContentPage(LatinSlugMixin, Page):
    """A plain page of text, such as "Human rights advocacy", "Get support" or "Privacy"."""

    lead = models.TextField(_("lead"), blank=True, max_length=600)
    body = StreamField(ContentBlock(), blank=True, verbose_name=_("body"))
    related_tag = models.ForeignKey(
        "publications.Tag",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("related tag"),
        help_text=_("Newest publications with this tag are shown under the page."),
    )

    show_in_footer = models.BooleanField(
        _("show in footer"),
        default=False,
        help_text=_("Link this page in every page's footer, e.g. About, Contacts, Privacy."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("lead"),
        FieldPanel("body"),
        FieldPanel("related_tag"),
    ]
    promote_panels = Page.promote_panels + [FieldPanel("show_in_footer")]

    class Meta:
        verbose_name = _("content page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Other apps list what relates to the page: each `rightshouse_content_page_related`
        # hook returns [items] for (content page, request), e.g. publications' newest items
        # with the page's related tag.
        context["related"] = [
            item
            for hook in hooks.get_hooks("rightshouse_content_page_related")
            for item in hook(self, request)
        ]
        return context
