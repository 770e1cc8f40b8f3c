from django.shortcuts import get_object_or_404, render

from rightshouse.core.languages import active_locale

from . import listing
from .feeds import AtomPublicationFeed, RssPublicationFeed
from .models import Tag

FEEDS = {"rss": RssPublicationFeed, "atom": AtomPublicationFeed}


def active_language_tag(request, slug):
    return get_object_or_404(
        Tag.objects.select_related("locale"), locale=active_locale(request), slug=slug
    )


def tag_index(request):
    tags = Tag.objects.filter(locale=active_locale(request)).order_by("name")
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
