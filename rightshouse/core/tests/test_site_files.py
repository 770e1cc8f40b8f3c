"""robots.txt, favicon.ico, sitemap.xml, the error pages, the footer and the tag index order."""

import re
import xml.etree.ElementTree as ET

import pytest
from django.contrib.staticfiles import finders
from django.template import loader
from django.test import Client, RequestFactory
from django.utils import translation
from django.views.defaults import server_error
from wagtail.models import PageViewRestriction

from rightshouse.core.factories import ContentPageFactory
from rightshouse.publications.factories import NewsPageFactory, TagFactory
from rightshouse.publications.listing import alphabetical_key

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"
ORIGIN = "http://testserver"


def parse_xml(content):
    """The site's own XML (sitemap, OPML) in a test: nothing untrusted to defuse."""
    return ET.fromstring(content)  # noqa: S314


# --- robots.txt and favicon.ico -------------------------------------------------------


def test_robots_txt_allows_public_pages_and_points_to_the_sitemap(small_site, client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    assert "Disallow: /admin/" in lines
    for language in ("be", "ru", "en"):
        assert f"Disallow: /{language}/search/" in lines
    assert "Allow: /" in lines
    assert f"Sitemap: {ORIGIN}/sitemap.xml" in lines
    # Nothing else is closed to crawlers: no other Disallow line.
    assert len([line for line in lines if line.startswith("Disallow:")]) == 4
    assert not response.cookies


def test_favicon_ico_is_served_at_the_root(small_site, client):
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/x-icon"
    icon = response.content
    assert icon[:4] == b"\x00\x00\x01\x00", "an ICO header"
    count = int.from_bytes(icon[4:6], "little")
    sizes = {(icon[6 + 16 * n] or 256, icon[7 + 16 * n] or 256) for n in range(count)}
    assert sizes == {(16, 16), (32, 32)}
    assert "public" in response["Cache-Control"]
    assert not response.cookies


def test_pages_point_to_the_svg_and_png_icons(small_site, client):
    html = client.get("/en/").content.decode()
    assert '<link rel="icon" href="/static/img/favicon.svg" type="image/svg+xml">' in html
    assert '<link rel="icon" href="/static/img/favicon-32.png" type="image/png"' in html
    for name in ("img/favicon.svg", "img/favicon-32.png", "img/favicon.ico"):
        assert finders.find(name), name


# --- sitemap.xml ----------------------------------------------------------------------


def sitemap_entries(client):
    """{address: {hreflang: address}} of every entry of every section of the sitemap."""
    index = client.get("/sitemap.xml")
    assert index.status_code == 200
    assert index["Content-Type"].startswith("application/xml")
    entries = {}
    for loc in parse_xml(index.content).iter(f"{SITEMAP}loc"):
        assert loc.text.startswith(f"{ORIGIN}/sitemap-")
        section = client.get(loc.text.removeprefix(ORIGIN))
        assert section.status_code == 200
        for url in parse_xml(section.content).iter(f"{SITEMAP}url"):
            address = url.find(f"{SITEMAP}loc").text
            assert address not in entries, f"{address} listed twice"
            entries[address] = {
                link.get("hreflang"): link.get("href")
                for link in url.iter(f"{XHTML}link")
                if link.get("rel") == "alternate"
            }
    return entries


def test_sitemap_lists_public_pages_and_tags_with_their_translations(small_site, client):
    entries = sitemap_entries(client)
    homes = {code: f"{ORIGIN}/{code}/" for code in ("be", "ru", "en")}
    assert entries[f"{ORIGIN}/en/"] == homes
    day = {code: f"{ORIGIN}{page.url}" for code, page in small_site.translated.items()}
    for address in day.values():
        assert entries[address] == day
    assert entries[f"{ORIGIN}{small_site.be_only.url}"] == {}, "no translation, no alternates"
    tags = {code: f"{ORIGIN}{tag.get_absolute_url()}" for code, tag in small_site.tags.items()}
    assert entries[tags["en"]] == tags
    assert f"{ORIGIN}/en/advocacy/" in entries and f"{ORIGIN}/en/news/" in entries
    assert all(address.startswith(f"{ORIGIN}/") for address in entries)
    assert "Root" not in "".join(entries)


def test_sitemap_leaves_out_restricted_unpublished_pages_and_empty_tags(small_site, client):
    restricted = NewsPageFactory(
        parent=small_site.news["en"], title="Members", slug="members", tags=[small_site.tags["en"]]
    )
    PageViewRestriction.objects.create(page=restricted, restriction_type="login")
    unpublished = NewsPageFactory(parent=small_site.news["en"], title="Draft", slug="draft")
    unpublished.unpublish()
    # A restricted translation drops out of the others' alternates too.
    PageViewRestriction.objects.create(
        page=small_site.translated["ru"], restriction_type="password", password="secret words"
    )
    empty_tag = TagFactory(name="Nothing yet", slug="nothing-yet", locale=small_site.locales["en"])
    hidden_tag = TagFactory(name="Hidden only", slug="hidden-only", locale=small_site.locales["en"])
    NewsPageFactory(
        parent=small_site.news["en"], title="Hidden", slug="hidden", tags=[hidden_tag]
    ).unpublish()

    entries = sitemap_entries(client)
    assert f"{ORIGIN}/en/news/members/" not in entries
    assert f"{ORIGIN}/en/news/draft/" not in entries
    assert f"{ORIGIN}/en/news/hidden/" not in entries
    assert f"{ORIGIN}{small_site.translated['ru'].url}" not in entries
    assert set(entries[f"{ORIGIN}{small_site.translated['en'].url}"]) == {"be", "en"}
    assert f"{ORIGIN}{empty_tag.get_absolute_url()}" not in entries
    assert f"{ORIGIN}{hidden_tag.get_absolute_url()}" not in entries
    assert f"{ORIGIN}{small_site.tags['en'].get_absolute_url()}" in entries


def test_sitemap_addresses_match_wagtail_s_own(small_site, client):
    pages = [
        NewsPageFactory(parent=small_site.news[code], slug=slug, locale=small_site.locales[code])
        for code, slug in [("be", "навіна-ў-снежні"), ("ru", "ёлка"), ("en", "a_b-c")]
    ]
    entries = sitemap_entries(client)
    for page in pages:
        assert f"{ORIGIN}{page.url}" in entries, page.url


def test_sitemap_sections_are_paginated_and_bounded(small_site, client, monkeypatch):
    from rightshouse.core import sitemaps

    monkeypatch.setattr(sitemaps.PageSitemap, "limit", 5)
    locs = [loc.text for loc in parse_xml(client.get("/sitemap.xml").content).iter()]
    assert f"{ORIGIN}/sitemap-pages.xml?p=2" in locs
    assert client.get("/sitemap-pages.xml?p=2").status_code == 200
    assert client.get("/sitemap-pages.xml?p=99").status_code == 404
    assert client.get("/sitemap-pages.xml?p=x").status_code == 404
    assert client.get("/sitemap-nothing.xml").status_code == 404


# --- Error pages ----------------------------------------------------------------------

NOT_FOUND = {"be": "Старонка не знойдзена", "ru": "Страница не найдена", "en": "Page not found"}


@pytest.mark.parametrize("language", ["be", "ru", "en"])
def test_404_page_is_styled_and_in_the_address_s_language(small_site, client, language):
    response = client.get(f"/{language}/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert f"<h1>{NOT_FOUND[language]}</h1>" in html
    assert 'class="site-header"' in html and "css/site.css" in html
    assert f'href="/{language}/"' in html and f'action="/{language}/search/"' in html
    assert not response.cookies


@pytest.mark.parametrize("language", ["be", "ru", "en"])
def test_405_template_renders_in_every_language(small_site, language):
    request = RequestFactory().post(f"/{language}/")
    with translation.override(language):
        html = loader.render_to_string("405.html", request=request)
    assert f'<html lang="{language}">' in html
    assert "405" in html and 'class="site-header"' in html


def test_500_page_needs_no_database_and_speaks_every_language():
    # No `db` fixture: pytest-django makes any database access here an error.
    request = RequestFactory().get("/ru/some/page/")
    response = server_error(request)
    assert response.status_code == 500
    html = response.content.decode()
    assert '<html lang="be">' in html
    assert "Нешта пайшло не так" in html
    assert '<div lang="ru">' in html and "Что-то пошло не так" in html
    assert '<div lang="en">' in html and "Something went wrong" in html
    assert 'href="/static/css/site.css"' in html
    assert "{%" not in html and "{{" not in html
    # No context processor, no request: the template renders from nothing.
    assert loader.get_template("500.html").render() == html


# --- Header and footer ----------------------------------------------------------------


def footer_of(html):
    return html.split('<footer class="site-footer">')[1].split("</footer>")[0]


def test_footer_links_feeds_archive_tags_and_the_footer_pages(small_site, client):
    for code in ("be", "en"):
        ContentPageFactory(
            parent=small_site.homes[code],
            title=f"Contacts {code}",
            slug="contacts",
            locale=small_site.locales[code],
            show_in_footer=True,
            show_in_menus=True,
        )
    restricted = ContentPageFactory(
        parent=small_site.homes["en"],
        title="Members' contacts",
        slug="members",
        locale=small_site.locales["en"],
        show_in_footer=True,
    )
    PageViewRestriction.objects.create(page=restricted, restriction_type="login")

    html = client.get("/en/news/").content.decode()
    footer = footer_of(html)
    assert '<a href="/en/contacts/">Contacts en</a>' in footer
    assert "Contacts be" not in footer, "the current language's pages only"
    assert "Members" not in footer, "public pages only"
    for href in ("/en/subscribe/", "/en/archive/", "/en/tags/"):
        assert f'href="{href}"' in footer
    assert "Mirrors" in footer and "http" not in footer
    # Pages linked in every footer are not repeated in the header's menu.
    header = html.split("</header>")[0]
    assert "/en/contacts/" not in header and 'href="/en/advocacy/"' in header


def test_footer_pages_are_cached_and_follow_changes(small_site, client):
    assert "/en/contacts/" not in footer_of(client.get("/en/").content.decode())
    page = ContentPageFactory(
        parent=small_site.homes["en"],
        title="Contacts",
        slug="contacts",
        locale=small_site.locales["en"],
        show_in_footer=True,
    )
    assert "/en/contacts/" in footer_of(client.get("/en/").content.decode())
    page.unpublish()
    assert "/en/contacts/" not in footer_of(client.get("/en/").content.decode())


def test_menu_marks_the_current_section(small_site, client):
    html = client.get(small_site.translated["en"].url).content.decode()
    assert '<a href="/en/news/" aria-current="true">' in html
    html = client.get("/en/news/").content.decode()
    assert '<a href="/en/news/" aria-current="page">' in html


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/be/news/", "1 чэрвеня 2023"),
        ("/ru/news/", "1 июня 2023"),
        ("/en/news/", "1 June 2023"),
        ("/en/news/defenders-day/", "1 June 2023"),
    ],
)
def test_dates_are_written_per_language_without_a_time(small_site, client, path, expected):
    html = client.get(path).content.decode()
    assert f'<time datetime="2023-06-01T12:00:00+03:00">{expected}</time>' in html
    assert "12:00</time>" not in html and "p.m." not in html


# --- Tag index order ------------------------------------------------------------------

TAG_NAMES = {
    "be": [
        "Ўсход",
        "сумесная заява",
        "Іспыт",
        "Зона",
        "Ёлка",
        "Ежа",
        "Жыццё",
        "Дзеці",
        "Джаз",
        "Дом",
        "Абарона",
        "аб'ява",
        "Уклад",
        "Яма",
        "Эканоміка",
    ],
    "ru": ["яблоко", "Щит", "Ёлка", "Елка", "Ежевика", "Жук", "эхо", "Арбуз", "Ёж"],
    "en": ["joint statement", "Zebra", "Joint", "détention", "Advocacy", "joint statements"],
}
EXPECTED_ORDER = {
    "be": [
        "Абарона", "аб'ява", "Джаз", "Дзеці", "Дом", "Ежа", "Ёлка", "Жыццё", "Зона", "Іспыт",
        "Праваабаронцы", "сумесная заява", "Уклад", "Ўсход", "Эканоміка", "Яма",
    ],
    "ru": [
        "Арбуз", "Ежевика", "Елка", "Ёж", "Ёлка", "Жук", "Правозащитники", "Щит", "эхо",
        "яблоко",
    ],
    "en": [
        "Advocacy", "détention", "Human Rights Defenders", "Joint", "joint statement",
        "joint statements", "Zebra",
    ],
}  # fmt: skip


def tag_index_names(client, language):
    html = client.get(f"/{language}/tags/").content.decode()
    block = html.split('<ul class="tag-index">')[1].split("</ul>")[0]
    return [name.replace("&#x27;", "'") for name in re.findall(r'">([^<]+)</a>', block)]


@pytest.mark.parametrize("language", ["be", "ru", "en"])
def test_tag_index_follows_each_language_s_alphabet_ignoring_case(small_site, client, language):
    tags = [
        TagFactory(name=name, slug=f"t{n}", locale=small_site.locales[language])
        for n, name in enumerate(TAG_NAMES[language])
    ]
    small_site.add_news(language, 1, tags=tags)  # the index lists tags public items carry
    assert tag_index_names(client, language) == EXPECTED_ORDER[language]


def test_alphabetical_key_details():
    def ordered(language, *names):
        return sorted(names, key=lambda name: alphabetical_key(name, language)) == list(names)

    assert ordered("be", "дзень", "дуб"), "дз is д + з, so it sorts before ду"
    assert ordered("be", "у", "ў", "ф") and ordered("be", "з", "і", "й")
    assert ordered("ru", "е", "ё", "ж") and ordered("ru", "ш", "щ", "ъ", "ы")
    assert ordered("en", "Co-operation", "cooperation"), "a hyphen separates words"
    assert ordered("en", "a b", "ab"), "a word ends before a longer one starts"
    assert ordered("en", "2025 report", "Advocacy"), "digits first"
    assert ordered("be", "Яма", "UN"), "another alphabet after the language's own"
    assert ordered("en", "Tag", "tag") and ordered("be", "Тэг", "тэг"), "equal keys: a fixed order"


def test_no_page_or_file_here_sets_a_cookie(small_site):
    client = Client()
    for path in ("/robots.txt", "/favicon.ico", "/sitemap.xml", "/sitemap-pages.xml"):
        assert not client.get(path).cookies, path
