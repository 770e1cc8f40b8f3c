import re

from django.conf import settings
from django.shortcuts import render
from django.utils.cache import patch_cache_control

from rightshouse.core.languages import active_locale
from rightshouse.core.pagination import page_or_404
from rightshouse.publications.listing import attach_urls
from rightshouse.publications.models import Publication


def clean_query(raw):
    """A search string safe for every backend: printable, trimmed, bounded."""
    text = "".join(
        ch if ch.isprintable() else " " for ch in raw[: settings.SEARCH_QUERY_MAX_LENGTH * 2]
    )
    return " ".join(text.split())[: settings.SEARCH_QUERY_MAX_LENGTH]


def search_terms(query):
    """The words of a query, lower-cased: the full-text engines get no operator, quote or
    bracket to trip over (FTS5 reads a bare `"` or `AND` as syntax), only words to match."""
    return " ".join(word.lower() for word in re.findall(r"\w+", query))


def search(request):
    query = clean_query(request.GET.get("q", ""))
    results = None
    terms = search_terms(query)
    if terms:
        # `listed` is the visibility policy's verdict (rightshouse.core.visibility).
        matches = (
            Publication.objects.filter(listed=True, locale=active_locale(request))
            .order_by("-date")
            .search(terms, order_by_relevance=False)
        )
        results = page_or_404(request, matches, settings.SEARCH_RESULTS_PER_PAGE)
        results.object_list = attach_urls(list(results.object_list), request)
    response = render(
        request,
        "search/search.html",
        {"query": query, "results": results, "same_path_in_every_language": True},
    )
    # What someone searched for is theirs: keep it out of shared caches.
    patch_cache_control(response, private=True)
    return response
