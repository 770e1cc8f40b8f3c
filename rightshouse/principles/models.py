from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, TranslatableMixin

from rightshouse.core.slugs import LatinSlugMixin
from rightshouse.organisations.visibility import is_counted, is_named


class PrinciplesPage(LatinSlugMixin, Page):
    """The Principles of Human Rights Work and the numbered list of those who acceded."""

    intro = RichTextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        InlinePanel("principles", label=_("Principle")),
        InlinePanel("accessions", label=_("Accession")),
    ]
    parent_page_types = ["core.HomePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("principles page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Named parties by name, "not named for safety" in their place, confidential ones not
        # at all (rightshouse.organisations.visibility).
        context["accessions"] = [
            (accession, is_named(accession.organisation))
            for accession in self.accessions.select_related("organisation")
            if is_counted(accession.organisation)
        ]
        return context


class Principle(TranslatableMixin, Orderable):
    page = ParentalKey(PrinciplesPage, on_delete=models.CASCADE, related_name="principles")
    title = models.CharField(_("title"), max_length=255)
    body = RichTextField(_("text"), blank=True)

    panels = [FieldPanel("title"), FieldPanel("body")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("principle")


class Accession(TranslatableMixin, Orderable):
    """One organisation's accession; the public list is numbered in this order.

    Translatable as an inline of the translated page; every language's accession points at
    the same party (rightshouse.organisations), whose name shows in the page's language."""

    page = ParentalKey(PrinciplesPage, on_delete=models.CASCADE, related_name="accessions")
    organisation = models.ForeignKey(
        "organisations.Organisation",
        on_delete=models.PROTECT,
        related_name="accessions",
        verbose_name=_("organisation"),
    )
    acceded_on = models.DateField(_("acceded on"), null=True, blank=True)

    panels = [FieldPanel("organisation"), FieldPanel("acceded_on")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("accession")
