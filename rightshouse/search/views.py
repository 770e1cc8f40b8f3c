from django.conf import settings
from django.shortcuts import render
from django.utils.cache import patch_cache_control
from wagtail.models import Locale

from rightshouse.core.pagination import page_or_404
from rightshouse.publications.models import Publication


def clean_query(raw):
    """A search string safe for every backend: printable, trimmed, bounded."""
    text = "".join(
        ch if ch.isprintable() else " " for ch in raw[: settings.SEARCH_QUERY_MAX_LENGTH * 2]
    )
    return " ".join(text.split())[: settings.SEARCH_QUERY_MAX_LENGTH]


def search(request):
    query = clean_query(request.GET.get("q", ""))
    results = None
    if query:
        matches = (
            Publication.objects.live()
            .filter(locale=Locale.get_active())
            .order_by("-date")
            .search(query, order_by_relevance=False)
        )
        results = page_or_404(request, matches, settings.SEARCH_RESULTS_PER_PAGE)
    response = render(request, "search/search.html", {"query": query, "results": results})
    # What someone searched for is theirs: keep it out of shared caches.
    patch_cache_control(response, private=True)
    return response
