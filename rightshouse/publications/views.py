from dataclasses import dataclass

from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext as _
from wagtail.models import Locale

from rightshouse.core.cache import cached
from rightshouse.core.languages import active_locale
from rightshouse.core.visibility import public_pages

from . import archive, listing
from .feeds import AtomPublicationFeed, RssPublicationFeed
from .models import PublicationIndexPage, Tag

FEEDS = {"rss": RssPublicationFeed, "atom": AtomPublicationFeed}


def active_language_tag(request, slug):
    """The tag of this language with this slug, if a public item carries it: a translation
    that "Translate this page" made, still with the source's name, stays out of sight until
    a translated item with it is published."""
    tags = Tag.public(Tag.objects.select_related("locale"))
    return get_object_or_404(tags, locale=active_locale(request), slug=slug)


def tag_index(request):
    locale = active_locale(request)

    def compute():
        tags = Tag.public(Tag.objects.filter(locale=locale).select_related("locale"))
        tags = listing.alphabetical(tags, locale.language_code, name=lambda tag: tag.name)
        return [(tag.name, tag.get_absolute_url()) for tag in tags]

    tags = cached(request, f"tag-index:{locale.pk}", compute)
    return render(
        request,
        "publications/tag_index.html",
        {"tags": tags, "same_path_in_every_language": True},
    )


def tag_detail(request, slug):
    tag = active_language_tag(request, slug)
    publications = listing.paginate(request, tag.publication_ids(), f"tag:{tag.pk}")
    return render(
        request,
        "publications/tag_page.html",
        {
            "tag": tag,
            "publications": publications,
            "translatable_object": tag,
            "rss_url": tag.feed_url("rss"),
            "atom_url": tag.feed_url("atom"),
        },
    )


def tag_feed(request, slug, feed_format):
    return FEEDS[feed_format]()(request, source=active_language_tag(request, slug))


# --- Subscribe --------------------------------------------------------------------------


@dataclass(frozen=True)
class FeedSource:
    """Something with feeds: an index page (a section) or a tag; addresses are site paths."""

    name: str
    url: str
    rss_url: str
    atom_url: str


def feed_sources(request, locale):
    """(sections, tags): every public index page of `locale`, in menu order, and every tag
    of `locale` that public publications carry, in alphabetical order."""

    def compute():
        indexes = public_pages(PublicationIndexPage.objects.filter(locale=locale))
        sections = [
            FeedSource(
                page.title,
                page.get_url(request),
                page.feed_url("rss", request),
                page.feed_url("atom", request),
            )
            for page in indexes.order_by("path")
        ]
        tags = listing.tags_with_public_items(Tag.objects.filter(locale=locale))
        tags = [
            FeedSource(tag.name, tag.get_absolute_url(), tag.feed_url("rss"), tag.feed_url("atom"))
            for tag in tags.select_related("locale")
        ]
        return sections, listing.alphabetical(tags, locale.language_code, lambda t: t.name)

    return cached(request, f"feed-sources:{locale.pk}", compute)


def subscribe(request):
    sections, tags = feed_sources(request, active_locale(request))
    return render(
        request,
        "publications/subscribe.html",
        {
            "sections": sections,
            "tags": tags,
            "feed_count": len(sections) + len(tags),
            "same_path_in_every_language": True,
        },
    )


def subscribe_opml(request):
    """Every feed of the language in one OPML 2.0 file, to import into a feed reader: the RSS
    feed of each section and tag (RSS and Atom carry the same items; one of them is enough)."""
    locale = active_locale(request)
    sections, tags = feed_sources(request, locale)
    response = render(
        request,
        "publications/feeds.opml",
        {
            "title": _("Rights House: all feeds"),
            "language": locale.language_code,
            "groups": [(_("Sections"), sections), (_("Tags"), tags)],
            "base_url": request.build_absolute_uri("/").rstrip("/"),
        },
        content_type="text/x-opml; charset=utf-8",
    )
    response["Content-Disposition"] = (
        f'attachment; filename="rights-house-{locale.language_code}.opml"'
    )
    return response


# --- Archive ----------------------------------------------------------------------------


def archive_index(request):
    return render(
        request,
        "publications/archive_index.html",
        {
            "years": archive.years(request, active_locale(request)),
            "same_path_in_every_language": True,
        },
    )


def archive_year(request, year):
    locale = active_locale(request)
    years = archive.years(request, locale)
    count = dict(years).get(year, 0)
    others = Locale.objects.exclude(pk=locale.pk)
    if not count and not any(year in dict(archive.years(request, other)) for other in others):
        # A year with publications in another language only is a page (the language switcher
        # leads there); any other year is not.
        raise Http404("No publications in this year.")
    publications = None
    if count:
        publications = listing.paginate(
            request, archive.ids_in_year(locale, year), f"archive:{locale.pk}:{year}"
        )
    return render(
        request,
        "publications/archive_year.html",
        {
            "year": year,
            "years": years,
            "count": count,
            "publications": publications,
            "same_path_in_every_language": True,
        },
    )
