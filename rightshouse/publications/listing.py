"""Queries behind index pages, tag pages and feeds.

Lists are read as ordered id ranges from the partial indexes on `Publication` and
`PublicationTag`, then the one page of rows is fetched by primary key. That keeps page 1,000
of a 300,000-row list an index walk instead of a sort, and rendering free of per-item queries.
"""

from django.conf import settings
from django.db.models import OuterRef, Subquery

from rightshouse.core import visibility
from rightshouse.core.cache import cached
from rightshouse.core.pagination import page_or_404

LIST_ORDER = ("-date", "-page_ptr_id")
# What a list, feed or search result shows of a publication; the body is not among them.
LIST_FIELDS = (
    "title",
    "slug",
    "url_path",
    "date",
    "lead",
    "kind",
    "index_page_id",
    "last_published_at",
    "locale__language_code",
)


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


def fetch_in_order(ids, request):
    """The publications with these ids, in the order given, ready for a list or feed."""
    from .models import Publication

    ids = list(ids)
    by_id = Publication.objects.select_related("locale").only(*LIST_FIELDS).in_bulk(ids)
    return attach_urls([by_id[pk] for pk in ids if pk in by_id], request)


def attach_urls(publications, request):
    """Set `list_url` on each publication from its index page's address.

    Publications are always direct children of an index page, so this is the address
    Wagtail would compute, without a URL reverse per item (a fifth of a list's render time).
    """
    parent_urls = index_page_urls(request)
    for publication in publications:
        parent_url = parent_urls.get(publication.index_page_id)
        publication.list_url = (
            f"{parent_url}{publication.slug}/" if parent_url else publication.get_url(request)
        )
    return publications


def index_page_urls(request):
    """{index page id: its address}; a handful of pages, so kept whole in the cache."""
    from .models import PublicationIndexPage

    def compute():
        return {page.pk: page.get_url(request) for page in PublicationIndexPage.objects.all()}

    return cached(request, "index-page-urls", compute)


def paginate(request, ids, count_key):
    """One page of publications for `?page=N` (see page_or_404)."""
    page = page_or_404(request, ids, settings.PUBLICATIONS_PER_PAGE, count_key=count_key)
    page.object_list = fetch_in_order(page.object_list, request)
    return page


def latest(ids, count, request):
    return fetch_in_order(ids[:count], request)


def refresh_listed(path):
    """Recompute the `listed` columns of every publication at or under `path` from the
    visibility policy, and copy the live date and state into their tag links.

    Called whenever what the public sees may have changed there (see core.visibility);
    the rows hold the live version of each page, never a draft's.
    """
    from .models import Publication, PublicationTag

    subtree = Publication.objects.filter(path__startswith=path)
    public = visibility.public_pages(Publication.objects.filter(path__startswith=path))
    subtree.filter(pk__in=public.values("pk")).update(listed=True)
    subtree.exclude(pk__in=public.values("pk")).update(listed=False)
    live_row = Publication.objects.filter(pk=OuterRef("publication_id"))
    PublicationTag.objects.filter(publication__path__startswith=path).update(
        listed=Subquery(live_row.values("listed")[:1]),
        sort_date=Subquery(live_row.values("date")[:1]),
    )
