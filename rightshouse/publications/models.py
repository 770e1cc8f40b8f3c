from django import forms
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from rightshouse.core import visibility
from rightshouse.core.blocks import ALT_TEXT_MAX_LENGTH, ALT_TEXT_REQUIRED, stream_text
from rightshouse.core.slugs import LatinSlugMixin
from rightshouse.search.fields import stemmed_title_field
from rightshouse.search.text import index_text

from . import listing, saving
from .blocks import PublicationBodyBlock
from .feeds import AtomPublicationFeed, RssPublicationFeed
from .forms import PublicationForm, TagForm


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
    base_form_class = TagForm  # an empty slug is made from the name, in Latin letters
    # The admin's choosers and listings filter searches by language and sort them by it
    # (rightshouse/search/backend.py stems the admin's queries).
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("locale"),
    ]

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

    @staticmethod
    def public(queryset):
        """The tags of `queryset` the public may see: those a public publication carries."""
        return listing.tags_with_public_items(queryset)

    def feed_url(self, feed_format):
        with translation.override(self.locale.language_code):
            return reverse(f"publications:tag_{feed_format}", kwargs={"slug": self.slug})

    def publication_ids(self):
        return listing.ids_for_tag(self)


class PublicationIndexPage(LatinSlugMixin, RoutablePageMixin, Page):
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


class Publication(LatinSlugMixin, Page):
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
    body = StreamField(PublicationBodyBlock(), blank=True, verbose_name=_("body"))
    listing_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("image"),
        help_text=_("Optional; shown beside the item in lists and at the top of its page."),
    )
    listing_image_alt = models.CharField(
        _("text alternative of the image"),
        max_length=ALT_TEXT_MAX_LENGTH,
        blank=True,
        help_text=_(
            "What the image shows, in this page's language, for people who cannot see it"
            " (screen readers read it out). Required with an image."
        ),
    )

    listed = models.BooleanField(default=False, editable=False)
    index_page = models.ForeignKey(
        Page, null=True, editable=False, on_delete=models.SET_NULL, related_name="+"
    )

    is_creatable = False
    # One row per tag and related publication, said plainly; the date it went live shown.
    base_form_class = PublicationForm
    parent_page_types = ["publications.PublicationIndexPage"]
    subpage_types = []

    # Full-text search matches `search_text()` only: the stems of the title, lead, body (its
    # images' text alternatives and captions too), the listing image's text alternative and
    # the tag names, made in the page's language by rightshouse.search.text, so that SQLite and
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
        chosen_date = self.date
        with transaction.atomic():
            if full_save and self.pk:
                saving.take_turn(self)  # another save of this page may be under way
            if full_save:
                if self.date is None and self.live:
                    self.date = self._go_live_date()
                self.listed = visibility.is_public(self)
                parent_path = self.path[: -self.steplen] if self.depth and self.depth > 1 else None
                if parent_path:
                    self.index_page_id = (
                        Page.objects.filter(path=parent_path).values_list("pk", flat=True).first()
                    )
            try:
                result = super().save(*args, **kwargs)
                if full_save:
                    PublicationTag.objects.filter(publication_id=self.pk).update(
                        sort_date=self.date, listed=self.listed
                    )
            finally:
                if not self.live_revision_id:
                    # Live without a published revision: the admin's "publish" of a new page
                    # saves it live, then saves its first revision from this instance, then
                    # publishes that. The column holds a date meanwhile; the instance keeps
                    # the editor's choice, none, so that the revision does not record a date
                    # the editor never set and a go-live time changed later still decides.
                    self.date = chosen_date
        return result

    def _go_live_date(self):
        """The public date of an item whose editor set none: the date it already has if it
        was published before (a later revision may carry no date), else its go-live time
        (a scheduled item is published by rightshouse.core.scheduler at `go_live_at`),
        else now."""
        # The row as it was before this save: its date counts if the item has been live,
        # not if it is a draft's date that the editor has since cleared.
        stored = Publication.objects.filter(pk=self.pk).values_list(
            "date", "live", "first_published_at"
        )
        date, live, first_published_at = stored.first() or (None, False, None)
        if date and (live or first_published_at):
            return date
        return self.go_live_at or timezone.now()

    def search_text(self):
        """What the search index holds for this publication (see rightshouse.search.text)."""
        # Wagtail's indexer reads every field once per index column (three times on SQLite,
        # five on PostgreSQL): work the text out once per instance and content.
        body = stream_text(self.body)
        key = (self.pk, self.locale_id, self.title, self.lead, body, self.listing_image_alt)
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
            body,
            self.listing_image_alt,
            *(tag_name for _language, tag_name in rows if tag_name),
        )
        self._search_text = (key, text)
        return text

    def clean(self):
        super().clean()
        self.listing_image_alt = self.listing_image_alt.strip()
        if self.listing_image_id and not self.listing_image_alt:
            raise ValidationError({"listing_image_alt": ALT_TEXT_REQUIRED})

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
    MultiFieldPanel(
        [FieldPanel("listing_image"), FieldPanel("listing_image_alt")], heading=_("Image")
    ),
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
