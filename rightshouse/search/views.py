from django.conf import settings
from django.shortcuts import render
from django.utils.cache import patch_cache_control

from rightshouse.core.languages import active_locale
from rightshouse.core.pagination import page_or_404
from rightshouse.core.queries import clean_query
from rightshouse.publications.listing import attach_urls
from rightshouse.publications.models import Publication
from rightshouse.search.text import query_terms


def search(request):
    query = clean_query(request.GET.get("q", ""))
    results = None
    if query:
        locale = active_locale(request)
        # `listed` is the visibility policy's verdict (rightshouse.core.visibility).
        publications = Publication.objects.filter(listed=True, locale=locale).order_by("-date")
        # The index holds stems made in the page's language (Publication.search_text); the
        # query is stemmed the same way, from the whole query so that «сям’я» stays one word.
        # Stems are letters and digits only, so the full-text engines get no operator, quote
        # or bracket to trip over. A query of stop words only ("the") finds nothing.
        stems = query_terms(query, locale.language_code)
        matches = (
            publications.search(stems, order_by_relevance=False) if stems else publications.none()
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
