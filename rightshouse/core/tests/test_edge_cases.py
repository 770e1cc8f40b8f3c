"""What a visitor can send that the pages were not written for: an unknown language prefix,
a method the address does not take, a huge query, and odd bytes anywhere. None of it may
give a redirect loop, Django's bare CSRF page, an echo of the input or a 500."""

from html.parser import HTMLParser
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core.files.base import ContentFile
from django.test import Client
from django.urls import Resolver404, resolve
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents import get_document_model
from wagtail.models import PageViewRestriction

# One address of every kind of public route (small_site has all of these).
PUBLIC_ROUTES = [
    "/be/",
    "/ru/",
    "/en/",
    "/be/news/",
    "/be/news/defenders-day/",
    "/be/news/only-be/",
    "/en/advocacy/",
    "/be/news/rss/",
    "/be/news/atom/",
    "/be/tags/",
    "/be/tags/pravaabaroncy/",
    "/be/tags/pravaabaroncy/rss/",
    "/be/tags/pravaabaroncy/atom/",
    "/en/search/",
    "/be/subscribe/",
    "/be/archive/",
    "/be/archive/2023/",
    "/be/_util/login/",
    "/robots.txt",
    "/sitemap.xml",
    "/favicon.ico",
]
READ_ONLY_ROUTES = [path for path in PUBLIC_ROUTES if "_util" not in path]
ALLOW_READ = "GET, HEAD, OPTIONS"


def csrf_client():
    """A client that is refused without a CSRF token, as a browser would be."""
    return Client(enforce_csrf_checks=True)


# --- (a) Language prefixes ---------------------------------------------------------------


@pytest.mark.parametrize("path", ["/de/", "/de/news/", "/xx/", "/de-at/news/defenders-day/"])
def test_unknown_language_prefix_is_one_404(small_site, path):
    response = Client(headers={"accept-language": "ru"}).get(path)
    assert response.status_code == 404
    assert "Location" not in response
    # The site's own 404 page, in the visitor's language.
    assert '<html lang="ru">' in response.content.decode()


@pytest.mark.parametrize("path", ["/news/", "/news", "/news/defenders-day/", "/tags/"])
def test_path_without_language_prefix_is_a_404_not_a_guess(small_site, path):
    """/be/news/, /ru/news/ and /en/news/ all exist, but an unprefixed path is not guessed."""
    response = Client(headers={"accept-language": "en"}).get(path)
    assert response.status_code == 404
    assert "Location" not in response


@pytest.mark.parametrize(
    ("accept_language", "expected"), [("ru", "/ru/"), ("en-GB,en;q=0.8", "/en/"), ("de", "/be/")]
)
def test_root_still_redirects_by_accept_language(small_site, accept_language, expected):
    response = Client(headers={"accept-language": accept_language}).get("/")
    assert response.status_code == 302
    assert response["Location"] == expected


def test_routes_of_their_own_work_without_a_prefix(small_site):
    client = Client()
    assert client.get("/admin").status_code == 301  # CommonMiddleware adds the slash
    admin = client.get("/admin/")
    assert admin.status_code == 302 and admin["Location"].startswith("/admin/login/")
    document = get_document_model().objects.create(
        title="Report", file=ContentFile(b"report text", name="report.txt")
    )
    try:
        served = client.get(document.url)
        assert document.url.startswith("/documents/") and served.status_code == 200
        assert b"".join(served.streaming_content) == b"report text"
    finally:
        document.file.delete(save=False)
    for path in ("/robots.txt", "/sitemap.xml", "/favicon.ico"):
        response = client.get(path)
        assert response.status_code < 300 or response.status_code == 404, path
        assert not response.get("Location", "").startswith(("/be/", "/ru/", "/en/")), path


def test_editors_redirects_from_unprefixed_paths_still_work(small_site):
    Redirect.objects.create(old_path="/report", redirect_link="/en/advocacy/")
    response = Client().get("/report/")
    assert response.status_code == 301
    assert response["Location"] == "/en/advocacy/"


# --- (b) Methods -------------------------------------------------------------------------


def is_a_route(path):
    """Whether a view answers `path` (every prefixed path does: Wagtail's catch-all route)."""
    if path.startswith(("/be/", "/ru/", "/en/")):
        return True
    try:
        resolve(path)
    except Resolver404:
        return False
    return True


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_public_routes_refuse_other_methods_with_405(small_site, method):
    client = csrf_client()
    for path in filter(is_a_route, READ_ONLY_ROUTES):
        response = getattr(client, method)(path)
        assert response.status_code == 405, path
        assert response["Allow"] == ALLOW_READ, path
        assert not response.cookies, "no CSRF cookie for a request refused anyway"


def test_405_page_is_the_site_s_own_in_the_page_s_language(small_site):
    response = csrf_client().post("/ru/news/")
    assert response.status_code == 405
    html = response.content.decode()
    assert '<html lang="ru">' in html and '<main id="main"' in html
    assert response["Content-Security-Policy"] and response["X-Frame-Options"] == "DENY"


@pytest.mark.parametrize("path", ["/be/", "/be/news/defenders-day/", "/en/search/", "/be/tags/"])
def test_options_answers_with_the_allowed_methods(small_site, path):
    response = Client().options(path)
    assert response.status_code == 204
    assert response["Allow"] == ALLOW_READ
    assert response.content == b""


@pytest.mark.parametrize("path", ["/be/", "/be/news/rss/", "/en/search/?q=solidarity"])
def test_get_and_head_are_served(small_site, path):
    client = Client()
    assert client.get(path).status_code == 200
    head = client.head(path)
    assert head.status_code == 200 and head.content == b""


def form_token(client, url):
    response = client.get(url, follow=True)
    assert response.status_code == 200
    return client.cookies["csrftoken"].value


def test_page_password_form_still_takes_its_post(small_site):
    page = small_site.translated["en"]
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type="password", password="tram to the river"
    )
    client = csrf_client()
    token = form_token(client, page.url)
    action = f"/en/_util/authenticate_with_password/{restriction.pk}/{page.pk}/"
    response = client.post(
        action,
        {"password": "tram to the river", "return_url": page.url, "csrfmiddlewaretoken": token},
        headers={"origin": "http://testserver"},
    )
    assert response.status_code == 302 and response["Location"] == page.url
    assert client.get(page.url).status_code == 200
    refused = client.put(action)
    assert refused.status_code == 405 and refused["Allow"] == "GET, HEAD, POST, OPTIONS"


def test_restricted_page_login_still_takes_its_post(small_site, admin_user):
    page = small_site.translated["en"]
    PageViewRestriction.objects.create(page=page, restriction_type="login")
    client = csrf_client()
    token = form_token(client, page.url)
    response = client.post(
        "/en/_util/login/",
        {"username": "admin", "password": "password", "next": page.url},
        headers={"origin": "http://testserver", "x-csrftoken": token},
    )
    assert response.status_code == 302 and response["Location"] == page.url
    assert csrf_client().options("/en/_util/login/")["Allow"] == "GET, HEAD, POST, OPTIONS"


def test_admin_answers_every_method_itself(small_site, admin_user):
    client = csrf_client()
    # A POST without a token still meets the CSRF check, not a 405.
    assert client.post("/admin/login/").status_code == 403
    token = form_token(client, "/admin/login/")
    response = client.post(
        "/admin/login/",
        {"username": "admin", "password": "password", "csrfmiddlewaretoken": token},
        headers={"origin": "http://testserver"},
    )
    assert response.status_code == 302


# --- (c) Long queries --------------------------------------------------------------------


class LanguageLinks(HTMLParser):
    """The hreflang alternates and the language switcher's links."""

    def __init__(self):
        super().__init__()
        self.urls = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("link", "a") and "hreflang" in attrs:
            self.urls.append(attrs["href"])


def language_links(html):
    parser = LanguageLinks()
    parser.feed(html)
    return parser.urls


def test_links_to_other_languages_carry_only_the_bounded_query(small_site, settings):
    limit = settings.SEARCH_QUERY_MAX_LENGTH
    huge = "ж" * 10_000
    response = Client().get(
        "/en/search/", {"q": huge, "page": "1", "untranslated": "1", "utm_source": "x" * 500}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "ж" * (limit + 1) not in html and "x" * 500 not in html
    urls = language_links(html)
    assert len(urls) >= 5  # hreflang for all three, switcher links for the other two
    for url in urls:
        params = parse_qs(urlsplit(url).query)
        assert set(params) == {"q", "page"}, url
        assert params["q"] == ["ж" * limit] and params["page"] == ["1"]


def test_links_to_other_languages_keep_a_cleaned_query_and_drop_the_rest(small_site):
    html = Client().get("/en/search/?q=%20solidarity%00%20day&page=2x&lang=de").content.decode()
    for url in language_links(html):
        assert urlsplit(url).query == "q=solidarity+day", url
    tags = Client().get("/be/tags/?untranslated=1&q=").content.decode()
    assert all("?" not in url for url in language_links(tags))


# --- (d) Nothing a visitor sends gives a 500 ---------------------------------------------

ODD_QUERIES = [
    "?page=99999999999999999999999999",
    "?page=-1",
    "?page=0",
    "?page=1e9",
    "?page=%00",
    "?page=1&page=2&page=999999",
    "?q=%C0%AF",
    "?q=%00",
    "?q=%ff%fe",
    "?q=a&q=b&q=" + "z" * 10_000,
    "?%C0%AF=%C0%AF",
    "?next=%00&return_url=http://evil.example/",
    "?q=" + "%E2%80%AE" * 50 + "&untranslated=1",
    "?year=99999999999&page=%F0%9F%98%80",
]
ODD_SUFFIXES = [
    "%00/",
    "%C0%AF/",
    "%ff/",
    "..%2F..%2Fetc%2Fpasswd/",
    "праваабаронцы/",
    "%F0%9F%98%80/",
    "a" * 3_000 + "/",
    "x/" * 500,
]
ODD_PATHS = [
    "/%00/",
    "/%C0%AF/",
    "/be/%00",
    "/be/tags/%00/",
    "/be/tags/%00/rss/",
    "/be/tags/%C0%AF/atom/",
    "/be/tags/праваабаронцы/",
    "/be/archive/99999999999999999999/",
    "/be/archive/0/",
    "/be/news/%00/",
    "/be/_util/authenticate_with_password/99999999999999999999/1/",
    "/be/_util/authenticate_with_password/1/1/",
    "/documents/1/%00",
    "/documents/99999999999999999999/x.pdf",
    "/documents/authenticate_with_password/99999999999999999999/",
    "/sitemap-%00.xml",
    "/sitemap-nothing.xml",
    "/" + "a/" * 2_000,
    "/admin/%00/",
]
METHODS = ["get", "head", "options", "post", "put", "patch", "delete", "trace"]


def test_nothing_a_visitor_sends_gives_a_500(small_site):
    # A 500 is counted rather than raised, so that one run lists every failing request.
    client = Client(enforce_csrf_checks=True, raise_request_exception=False)
    requests = []
    for route in PUBLIC_ROUTES:
        requests += [("get", route + query) for query in ODD_QUERIES]
        if route.endswith("/"):
            requests += [("get", route + suffix) for suffix in ODD_SUFFIXES]
        requests += [(method, route) for method in METHODS]
    requests += [(method, path) for path in ODD_PATHS for method in ("get", "post")]
    requests += [("generic", "/be/")]  # a method nobody knows
    failures = []
    for method, path in requests:
        if method == "generic":
            response = client.generic("BREW", path)
        else:
            response = getattr(client, method)(path)
        if response.status_code >= 500:
            failures.append((method, path[:80], response.status_code))
    assert not failures
    assert len(requests) > 500
