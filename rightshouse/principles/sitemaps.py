"""The sitemap section of the Principles page's own routes: the register, the decisions and
every published edition, in each language the page is public in, with hreflang alternates
(the page itself is in the pages section)."""

from django.contrib.sitemaps import Sitemap

from rightshouse.core.visibility import public_pages

from .models import Edition, PrinciplesPage


class PrinciplesSitemap(Sitemap):
    limit = 1000
    name = "principles"

    def __init__(self, request=None):
        self.request = request

    def _pages(self):
        """{language code: the public Principles page in it}, of the first translation group."""
        pages = public_pages(PrinciplesPage.objects.all()).select_related("locale")
        first = pages.order_by("pk").first()
        if first is None:
            return {}
        group = pages.filter(translation_key=first.translation_key)
        return {page.locale.language_code: page for page in group}

    def items(self):
        routes = [("register", ()), ("decisions", ())]
        for number in (
            Edition.objects.published().order_by("number").values_list("number", flat=True)
        ):
            routes.append(("edition", (number,)))
        return routes

    def get_latest_lastmod(self):
        return None

    def get_urls(self, page=1, site=None, protocol=None):
        base = f"{self.get_protocol(protocol)}://{self.get_domain(site)}"
        pages = self._pages()
        urls = []
        for route, args in self.paginator.page(page).object_list:
            addresses = {
                code: base + principles.url_of(route, *args, request=self.request)
                for code, principles in pages.items()
            }
            alternates = [
                {"lang_code": code, "location": url} for code, url in sorted(addresses.items())
            ]
            for url in addresses.values():
                urls.append(
                    {
                        "item": (route, args),
                        "location": url,
                        "lastmod": None,
                        "alternates": alternates if len(alternates) > 1 else [],
                    }
                )
        return urls
