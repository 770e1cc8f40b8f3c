from django import forms
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.rich_text import get_text_for_indexing
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from rightshouse.core import visibility
from rightshouse.search.fields import stemmed_title_field
from rightshouse.search.text import index_text

from . import listing
from .feeds import AtomPublicationFeed, RssPublicationFeed


@register_snippet
class Tag(TranslatableMixin, index.Indexed, models.Model):
    """A topic such as "Human Rights Defenders"; one row per language, linked by translation_key."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        allow_unicode=True,
        help_text=_("The last part of the tag's address, unique within its language."),
    )
    description = models.TextField(_("description"), blank=True, max_length=1000)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("tag")
        verbose_name_plural = _("tags")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_tag_slug_per_locale")
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        with translation.override(self.locale.language_code):
            return reverse("publications:tag", kwargs={"slug": self.slug})

    def feed_url(self, feed_format):
        with translation.override(self.locale.language_code):
            return reverse(f"publications:tag_{feed_format}", kwargs={"slug": self.slug})

    def publication_ids(self):
        return listing.ids_for_tag(self)


class PublicationIndexPage(RoutablePageMixin, Page):
    """A paginated, newest-first list of the publications below it, with RSS and Atom feeds."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["publications.NewsPage", "publications.StatementPage"]
    parent_page_types = ["core.HomePage"]

    class Meta:
        verbose_name = _("publication index")

    def publication_ids(self):
        return listing.ids_under_index(self)

    def feed_url(self, feed_format, request=None):
        return self.get_url(request) + self.reverse_subpage(f"feed_{feed_format}")

    @path("")
    def index_view(self, request):
        publications = listing.paginate(request, self.publication_ids(), f"index:{self.pk}")
        return self.render(
            request,
            context_overrides={
                "publications": publications,
                "rss_url": self.feed_url("rss", request),
                "atom_url": self.feed_url("atom", request),
            },
        )

    @path("rss/", name="feed_rss")
    def rss_view(self, request):
        return RssPublicationFeed()(request, source=self)

    @path("atom/", name="feed_atom")
    def atom_view(self, request):
        return AtomPublicationFeed()(request, source=self)


class Publication(Page):
    """What news items and statements share; listings read this table only.

    `listed` and `index_page` mirror the page's live state and parent so that the listing
    indexes below serve any page of any list from one index range, at 300,000 rows.
    """

    class Kind(models.TextChoices):
        NEWS = "news", _("News")
        STATEMENT = "statement", _("Statement")
        JOINT_STATEMENT = "joint_statement", _("Joint statement")
        LETTER = "letter", _("Letter")
        APPEAL = "appeal", _("Appeal")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.NEWS)
    date = models.DateTimeField(
        _("date"),
        null=True,
        blank=True,
        help_text=_(
            "Shown on the page; lists are sorted by it. Leave it empty to use the time the"
            " item goes live."
        ),
    )
    lead = models.TextField(
        _("lead"), max_length=600, help_text=_("One or two sentences shown in lists and feeds.")
    )
    body = RichTextField(_("body"), blank=True)

    listed = models.BooleanField(default=False, editable=False)
    index_page = models.ForeignKey(
        Page, null=True, editable=False, on_delete=models.SET_NULL, related_name="+"
    )

    is_creatable = False
    parent_page_types = ["publications.PublicationIndexPage"]
    subpage_types = []

    # Full-text search matches `search_text()` only: the stems of the title, lead, body and
    # tag names, made in the page's language by rightshouse.search.text, so that SQLite and
    # PostgreSQL, which do no language processing of their own, find the same pages. It takes
    # the place of Page's title field (see stemmed_title_field). The admin's page search uses
    # the AutocompleteField("title") inherited from Page.
    search_fields = Page.search_fields + [
        stemmed_title_field(),
        index.FilterField("date"),
        index.FilterField("listed"),
    ]

    class Meta:
        verbose_name = _("publication")
        indexes = [
            models.Index(
                # `listed` repeated as the last column makes the index covering, so
                # SQLite counts a list from the index alone (114 ms -> 3 ms at 300,000).
                fields=["index_page", "-date", "-page_ptr", "listed"],
                condition=Q(listed=True),
                name="publication_listing_idx",
            ),
        ]

    def save(self, *args, **kwargs):
        # Only a full save writes the page's own fields (creating, publishing, copying).
        # Saving a draft revision updates a few bookkeeping columns and must leave the
        # listing columns, which describe the live version, as they are.
        full_save = kwargs.get("update_fields") is None
        if full_save:
            if self.date is None and self.live:
                self.date = self._go_live_date()
            self.listed = visibility.is_public(self)
            parent_path = self.path[: -self.steplen] if self.depth and self.depth > 1 else None
            if parent_path:
                self.index_page_id = (
                    Page.objects.filter(path=parent_path).values_list("pk", flat=True).first()
                )
        result = super().save(*args, **kwargs)
        if full_save:
            PublicationTag.objects.filter(publication_id=self.pk).update(
                sort_date=self.date, listed=self.listed
            )
        return result

    def _go_live_date(self):
        """The public date of an item whose editor set none: the date it already has if it
        was published before (a later revision may carry no date), else its go-live time."""
        published = Publication.objects.filter(pk=self.pk).values_list("date", flat=True).first()
        return published or self.go_live_at or timezone.now()

    def search_text(self):
        """What the search index holds for this publication (see rightshouse.search.text)."""
        # Wagtail's indexer reads every field once per index column (three times on SQLite,
        # five on PostgreSQL): work the text out once per instance and content.
        key = (self.pk, self.locale_id, self.title, self.lead, self.body)
        cached = getattr(self, "_search_text", None)
        if cached and cached[0] == key:
            return cached[1]
        # The language and the tag names as saved, in one query: Wagtail indexes saved pages.
        rows = list(
            Publication.objects.filter(pk=self.pk).values_list(
                "locale__language_code", "tag_links__tag__name"
            )
        )
        text = index_text(
            rows[0][0] if rows else self.locale.language_code,
            self.title,
            self.lead,
            get_text_for_indexing(self.body or ""),
            *(tag_name for _language, tag_name in rows if tag_name),
        )
        self._search_text = (key, text)
        return text

    def related_pages(self, request):
        """Related publications the public may see, in this page's language."""
        pages = []
        for link in self.related_links.select_related("related"):
            related = link.related.localized
            if related.listed and related.locale_id == self.locale_id:
                pages.append(related)
        return listing.attach_urls(pages, request)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["tags"] = [link.tag for link in self.tag_links.select_related("tag")]
        context["related"] = self.related_pages(request)
        return context


publication_panels = [
    FieldPanel("date"),
    FieldPanel("lead"),
    FieldPanel("body"),
    MultiFieldPanel([InlinePanel("tag_links", label=_("Tag"))], heading=_("Tags")),
    MultiFieldPanel(
        [InlinePanel("related_links", label=_("Related publication"))], heading=_("Related")
    ),
]


class NewsPage(Publication):
    content_panels = Page.content_panels + publication_panels
    template = "publications/publication_page.html"

    class Meta:
        verbose_name = _("news item")

    def save(self, *args, **kwargs):
        self.kind = Publication.Kind.NEWS
        return super().save(*args, **kwargs)


class StatementPage(Publication):
    """A statement, joint statement, letter or appeal."""

    STATEMENT_KINDS = [c for c in Publication.Kind.choices if c[0] != Publication.Kind.NEWS]

    content_panels = (
        Page.content_panels
        + [FieldPanel("kind", widget=forms.Select(choices=STATEMENT_KINDS))]
        + publication_panels
    )
    template = "publications/publication_page.html"

    class Meta:
        verbose_name = _("statement")

    def save(self, *args, **kwargs):
        if self.kind == Publication.Kind.NEWS:
            self.kind = Publication.Kind.STATEMENT
        return super().save(*args, **kwargs)


class PublicationTag(TranslatableMixin, models.Model):
    """A publication's tag, with the date and live state copied in for the tag-page index.

    Translatable so that wagtail-localize points a translated page at the translated tag.
    """

    publication = ParentalKey(Publication, on_delete=models.CASCADE, related_name="tag_links")
    tag = models.ForeignKey(
        Tag, on_delete=models.CASCADE, related_name="publication_links", verbose_name=_("tag")
    )
    sort_date = models.DateTimeField(null=True, editable=False)
    listed = models.BooleanField(default=False, editable=False)

    panels = [FieldPanel("tag")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("tag link")
        constraints = [
            models.UniqueConstraint(fields=["publication", "tag"], name="unique_publication_tag")
        ]
        indexes = [
            models.Index(
                fields=["tag", "-sort_date", "-publication", "listed"],
                condition=Q(listed=True),
                name="publication_tag_listing_idx",
            ),
        ]

    def __str__(self):
        return f"{self.publication} — {self.tag}"

    def save(self, *args, **kwargs):
        self.sort_date = self.publication.date
        self.listed = self.publication.listed
        super().save(*args, **kwargs)


class RelatedPublication(Orderable):
    page = ParentalKey(Publication, on_delete=models.CASCADE, related_name="related_links")
    related = models.ForeignKey(
        Publication, on_delete=models.CASCADE, related_name="+", verbose_name=_("publication")
    )

    panels = [FieldPanel("related")]

    class Meta(Orderable.Meta):
        verbose_name = _("related publication")
        constraints = [
            models.UniqueConstraint(fields=["page", "related"], name="unique_related_publication")
        ]
