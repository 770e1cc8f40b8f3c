"""Queries behind index pages, tag pages and feeds.

Lists are read as ordered id ranges from the partial indexes on `Publication` and
`PublicationTag`, then the one page of rows is fetched by primary key. That keeps page 1,000
of a 300,000-row list an index walk instead of a sort, and rendering free of per-item queries.
"""

from django.conf import settings

from rightshouse.core.pagination import page_or_404

LIST_ORDER = ("-date", "-page_ptr_id")


def ids_under_index(index_page):
    from .models import Publication

    return (
        Publication.objects.filter(index_page=index_page, listed=True)
        .order_by(*LIST_ORDER)
        .values_list("page_ptr_id", flat=True)
    )


def ids_for_tag(tag):
    from .models import PublicationTag

    return (
        PublicationTag.objects.filter(tag=tag, listed=True)
        .order_by("-sort_date", "-publication_id")
        .values_list("publication_id", flat=True)
    )


def fetch_in_order(ids):
    """The publications with these ids, in the order given, ready for a list or feed."""
    from .models import Publication

    ids = list(ids)
    by_id = Publication.objects.select_related("locale").in_bulk(ids)
    return [by_id[pk] for pk in ids if pk in by_id]


def paginate(request, ids, count_key):
    """One page of publications for `?page=N` (see page_or_404)."""
    page = page_or_404(request, ids, settings.PUBLICATIONS_PER_PAGE, count_key=count_key)
    page.object_list = fetch_in_order(page.object_list)
    return page


def latest(ids, count):
    return fetch_in_order(ids[:count])
