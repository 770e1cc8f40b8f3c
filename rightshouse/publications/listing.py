"""Queries behind index pages, tag pages and feeds.

Lists are read as ordered id ranges from the partial indexes on `Publication` and
`PublicationTag`, then the one page of rows is fetched by primary key. That keeps page 1,000
of a 300,000-row list an index walk instead of a sort, and rendering free of per-item queries.
"""

import unicodedata
from functools import cache

from django.conf import settings
from django.db.models import Exists, F, OuterRef, Subquery
from wagtail.images import get_image_model

from rightshouse.core import visibility
from rightshouse.core.cache import cached
from rightshouse.core.pagination import page_or_404

# models imports this module; the reference to the module (not its names) is complete by
# the time any function here runs.
from . import models

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
    "listing_image_id",
    "listing_image_alt",
    "locale__language_code",
)


def ids_under_index(index_page):
    return (
        models.Publication.objects.filter(index_page=index_page, listed=True)
        .order_by(*LIST_ORDER)
        .values_list("page_ptr_id", flat=True)
    )


def ids_for_tag(tag):
    return (
        models.PublicationTag.objects.filter(tag=tag, listed=True)
        .order_by("-sort_date", "-publication_id")
        .values_list("publication_id", flat=True)
    )


def fetch_in_order(ids, request):
    """The publications with these ids, in the order given, ready for a list or feed."""
    ids = list(ids)
    by_id = models.Publication.objects.select_related("locale").only(*LIST_FIELDS).in_bulk(ids)
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

    def compute():
        return {
            page.pk: page.get_url(request) for page in models.PublicationIndexPage.objects.all()
        }

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
    subtree = models.Publication.objects.filter(path__startswith=path)
    public = visibility.public_pages(models.Publication.objects.filter(path__startswith=path))
    subtree.filter(pk__in=public.values("pk")).update(listed=True)
    subtree.exclude(pk__in=public.values("pk")).update(listed=False)
    live_row = models.Publication.objects.filter(pk=OuterRef("publication_id"))
    models.PublicationTag.objects.filter(publication__path__startswith=path).update(
        listed=Subquery(live_row.values("listed")[:1]),
        sort_date=Subquery(live_row.values("date")[:1]),
    )


def attach_tags(publications):
    """Set `list_tags` on each publication: its tags in alphabetical order, each with `url`.

    One query for the whole list, whatever its length; publications that already carry
    `list_tags` are left as they are.
    """
    pending = [p for p in publications if not hasattr(p, "list_tags")]
    if not pending:
        return publications
    tags = (
        models.Tag.objects.filter(publication_links__publication_id__in=[p.pk for p in pending])
        .select_related("locale")
        .only("name", "slug", "locale__language_code")
        .annotate(publication_id=F("publication_links__publication_id"))
        .order_by()
    )
    urls, by_publication = {}, {}
    for tag in tags:
        if tag.pk not in urls:
            urls[tag.pk] = tag.get_absolute_url()
        tag.url = urls[tag.pk]
        by_publication.setdefault(tag.publication_id, []).append(tag)
    for publication in pending:
        publication.list_tags = sorted(
            by_publication.get(publication.pk, []),
            key=lambda tag: alphabetical_key(tag.name, tag.locale.language_code),
        )
    return publications


def attach_listing_images(publications):
    """Give each publication with a listing image that image, with its renditions: two
    queries for the whole list, whatever its length, and none when no item has one."""
    image_ids = {p.listing_image_id for p in publications if p.listing_image_id}
    if not image_ids:
        return publications
    images = get_image_model().objects.prefetch_renditions().in_bulk(image_ids)
    for publication in publications:
        if publication.listing_image_id:
            publication.listing_image = images.get(publication.listing_image_id)
    return publications


def tags_with_public_items(queryset=None):
    """The tags (of `queryset`, all by default) that at least one public publication carries;
    an index probe per tag on `publication_tag_listing_idx`."""
    queryset = models.Tag.objects.all() if queryset is None else queryset
    return queryset.filter(
        Exists(models.PublicationTag.objects.filter(tag=OuterRef("pk"), listed=True))
    )


# --- Alphabetical order -----------------------------------------------------------------
#
# Each language's alphabet, in order: "Ёлка" sorts after "Елка" and before "Жук", and
# Belarusian і and ў take their places after з and у. Belarusian дж and дз are letter pairs
# (д + ж, д + з), as in Belarusian dictionaries. Case is ignored (str.casefold).
ALPHABETS = {
    "be": "абвгдеёжзійклмнопрстуўфхцчшыьэюя",
    "ru": "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    "en": "abcdefghijklmnopqrstuvwxyz",
}
# Word separators sort before any letter ("joint statement" < "jointly"); other punctuation
# and apostrophes (аб'яднанне, "Вясна") are ignored. Digits come first, then the language's
# own letters, then letters of other alphabets by code point.
SEPARATOR, DIGIT, OWN_LETTER, OTHER = 0, 1, 2, 3


@cache
def _letter_positions(language):
    alphabet = ALPHABETS.get(language, ALPHABETS["en"])
    return {letter: position for position, letter in enumerate(alphabet)}


def _without_accents(char):
    decomposed = unicodedata.normalize("NFKD", char)
    return "".join(c for c in decomposed if not unicodedata.combining(c)) or char


def alphabetical_key(text, language):
    """A sort key that puts `text` in `language`'s alphabetical order, ignoring case."""
    positions = _letter_positions(language)
    key = []
    for char in text.casefold():
        if char in positions:
            key.append((OWN_LETTER, positions[char]))
            continue
        category = unicodedata.category(char)
        if category.startswith("Z") or category == "Pd":
            if key and key[-1][0] != SEPARATOR:
                key.append((SEPARATOR, 0))
        elif category == "Nd":
            key.append((DIGIT, unicodedata.digit(char)))
        elif category.startswith("L"):
            # A letter outside the alphabet: é in English is e; Latin in Cyrillic sorts last.
            base = _without_accents(char)
            for part in base:
                if part in positions:
                    key.append((OWN_LETTER, positions[part]))
                else:
                    key.append((OTHER, ord(part)))
    # Equal keys ("Тэг", "тэг") keep one fixed order.
    return (key, text)


def alphabetical(items, language, name=str):
    """`items` sorted by `name(item)` in `language`'s alphabetical order."""
    return sorted(items, key=lambda item: alphabetical_key(name(item), language))
