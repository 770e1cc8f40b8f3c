"""The sitemap section of the organisations directory and the profiles of named parties, in
every language, each with hreflang alternates (rendered by rightshouse.core.sitemaps)."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse
from django.utils import translation

from rightshouse.core.fallback import LANGUAGE_CODES

from .visibility import public_parties


class PartySitemap(Sitemap):
    # Each item gives one address per language.
    limit = 3000
    name = "organisations"

    def __init__(self, request=None):
        self.request = request

    def items(self):
        slugs = public_parties().order_by("pk").values_list("slug", flat=True)
        return [None, *slugs]

    def get_latest_lastmod(self):
        return None

    def _addresses(self, slug):
        addresses = {}
        for code in LANGUAGE_CODES:
            with translation.override(code):
                if slug is None:
                    addresses[code] = reverse("organisations:directory")
                else:
                    addresses[code] = reverse("organisations:profile", args=[slug])
        return addresses

    def get_urls(self, page=1, site=None, protocol=None):
        base = f"{self.get_protocol(protocol)}://{self.get_domain(site)}"
        urls = []
        for slug in self.paginator.page(page).object_list:
            addresses = self._addresses(slug)
            alternates = [
                {"lang_code": code, "location": base + url} for code, url in addresses.items()
            ]
            for url in addresses.values():
                urls.append(
                    {
                        "item": slug,
                        "location": base + url,
                        "lastmod": None,
                        "alternates": alternates,
                    }
                )
        return urls
