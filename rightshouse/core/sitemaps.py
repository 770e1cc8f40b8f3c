"""sitemap.xml: every public page, and whatever else the project registers (tags), in every
language, with hreflang alternates between the public translations of each item.

Built on Django's sitemaps framework (its Sitemap class, pagination and sitemap index view)
rather than `wagtail.contrib.sitemaps`: Wagtail's sitemap lists the pages under the default
site's root page only, which here is the Belarusian home, so the Russian and English trees
would be missing; it has no hreflang alternates, and loads every page as its specific
class. Nothing here needs `django.contrib.sitemaps` in INSTALLED_APPS: the index uses
templates/core/sitemap_index.xml, and the sections are written by `urlset_xml` below.

At 300,000 publications the sitemap is an index of 10,000-address sections (the protocol
allows 50,000), each read in a handful of queries.
"""

from urllib.parse import quote
from xml.sax.saxutils import escape, quoteattr

from django.contrib.sitemaps import Sitemap
from django.core.paginator import Paginator
from django.urls import reverse
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.http import RFC3986_SUBDELIMS
from wagtail.models import Page, Site

from rightshouse.core.pagination import CachedCountPaginator
from rightshouse.core.visibility import public_pages

SITEMAP_LIMIT = 10_000
ALTERNATES_CHUNK = 500
# What django.urls.reverse leaves unquoted in a path.
PATH_SAFE = RFC3986_SUBDELIMS + "/~:@"


class TranslatedSitemap(Sitemap):
    """Items of every language; each lists the public translations of itself as
    `<xhtml:link rel="alternate" hreflang>` when there is more than one.

    Made per request (rightshouse.core.views): the request is the cache key holder of the
    item count, and Wagtail reads its site from it.
    """

    limit = SITEMAP_LIMIT
    name = ""

    def __init__(self, request=None):
        self.request = request

    def public(self):
        """What the public may see, in every language (translations are looked up here)."""
        raise NotImplementedError

    def url_of(self, item):
        """The item's address on this site, or None."""
        raise NotImplementedError

    def lastmod(self, item):
        return None

    @cached_property
    def public_items(self):
        # Built once: Wagtail's `.public()` reads the view restrictions when it is called.
        return self.public().select_related("locale")

    def items(self):
        return self.public_items.order_by("pk")

    @property
    def paginator(self):
        if self.request is None:
            return Paginator(self._items(), self.limit)
        # Counting 300,000 public pages is most of the sitemap index's time: keep the count.
        return CachedCountPaginator(
            self._items(), self.limit, self.request, count_key=f"sitemap:{self.name}"
        )

    def get_latest_lastmod(self):
        # The framework's default loads every item; the index does without a date.
        return None

    def get_urls(self, page=1, site=None, protocol=None):
        base = f"{self.get_protocol(protocol)}://{self.get_domain(site)}"
        items = list(self.paginator.page(page).object_list)
        versions = self._versions({item.translation_key for item in items})
        urls = []
        for item in items:
            language = item.locale.language_code
            location = versions.get(item.translation_key, {}).get(language)
            if location is None:  # a page outside this site has no address here
                continue
            alternates = versions[item.translation_key]
            urls.append(
                {
                    "item": item,
                    "location": base + location,
                    "lastmod": self.lastmod(item),
                    "alternates": [
                        {"lang_code": code, "location": base + url}
                        for code, url in sorted(alternates.items())
                    ]
                    if len(alternates) > 1
                    else [],
                }
            )
        return urls

    def _versions(self, keys):
        """{translation_key: {language code: address}} of the public items with these keys."""
        versions = {}
        keys = sorted(keys)
        for start in range(0, len(keys), ALTERNATES_CHUNK):
            chunk = keys[start : start + ALTERNATES_CHUNK]
            for item in self.public_items.filter(translation_key__in=chunk):
                url = self.url_of(item)
                if url is not None:
                    versions.setdefault(item.translation_key, {})[item.locale.language_code] = url
        return versions


class PageSitemap(TranslatedSitemap):
    """Every public page (published, under no view restriction) of every language."""

    name = "pages"

    def public(self):
        return public_pages(Page.objects.filter(depth__gt=1)).only(
            "url_path", "translation_key", "locale", "last_published_at", "path", "depth"
        )

    @cached_property
    def site_roots(self):
        """[(root page's url_path, its address prefix)]: one per language of this site."""
        site = Site.find_for_request(self.request) if self.request else None
        roots = []
        for root in Site.get_site_root_paths():
            if site is None or root.site_id == site.pk:
                with translation.override(root.language_code):
                    roots.append((root.root_path, reverse("wagtail_serve", args=[""])))
        return sorted(roots, key=lambda root: -len(root[0]))

    def url_of(self, page):
        """What `page.get_url()` returns, without a URL reverse per page: the root's
        prefix, then the rest of the page's path quoted as `reverse` quotes it."""
        for root_path, prefix in self.site_roots:
            if page.url_path.startswith(root_path):
                return prefix + quote(page.url_path[len(root_path) :], safe=PATH_SAFE)
        return None

    def lastmod(self, page):
        return page.last_published_at


class ObjectSitemap(TranslatedSitemap):
    """Translatable objects with `get_absolute_url`, such as tags: `queryset()` returns the
    public ones of every language."""

    def __init__(self, queryset, name, request=None):
        super().__init__(request)
        self.queryset = queryset
        self.name = name

    def public(self):
        return self.queryset()

    def url_of(self, item):
        return item.get_absolute_url()


def urlset_xml(urls):
    """A sitemap section, written directly: the template engine took 1.4 s over the 40,000
    elements of a 10,000-address section."""
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
        ' xmlns:xhtml="http://www.w3.org/1999/xhtml">\n'
    ]
    for url in urls:
        parts.append(f"<url><loc>{escape(url['location'])}</loc>")
        if url["lastmod"]:
            parts.append(f"<lastmod>{url['lastmod']:%Y-%m-%d}</lastmod>")
        for alternate in url["alternates"]:
            parts.append(
                f'<xhtml:link rel="alternate" hreflang={quoteattr(alternate["lang_code"])}'
                f" href={quoteattr(alternate['location'])}/>"
            )
        parts.append("</url>\n")
    parts.append("</urlset>\n")
    return "".join(parts)
