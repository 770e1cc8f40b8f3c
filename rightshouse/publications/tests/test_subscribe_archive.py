"""The subscribe page with its OPML file, the archive by year, and list items' kind and tags."""

import datetime
import xml.etree.ElementTree as ET

import feedparser
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import PageViewRestriction

from rightshouse.publications.factories import (
    NewsPageFactory,
    PublicationIndexPageFactory,
    StatementPageFactory,
    TagFactory,
)
from rightshouse.publications.tests.test_listing import titles_on

ORIGIN = "http://testserver"


def parse_xml(content):
    """The site's own XML (sitemap, OPML) in a test: nothing untrusted to defuse."""
    return ET.fromstring(content)  # noqa: S314


def on(year, month=6, day=1, hour=12):
    return timezone.make_aware(datetime.datetime(year, month, day, hour))


# --- Subscribe ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "index", "tag"),
    [
        ("be", "/be/news/", "/be/tags/pravaabaroncy/"),
        ("ru", "/ru/news/", "/ru/tags/pravozashchitniki/"),
        ("en", "/en/news/", "/en/tags/human-rights-defenders/"),
    ],
)
def test_subscribe_page_lists_every_feed_of_its_language(small_site, client, language, index, tag):
    response = client.get(f"/{language}/subscribe/")
    assert response.status_code == 200
    html = response.content.decode()
    for path in (index, tag):
        assert f'href="{path}rss/" type="application/rss+xml"' in html
        assert f'href="{path}atom/" type="application/atom+xml"' in html
    assert f'href="/{language}/subscribe/feeds.opml"' in html
    others = {"be", "ru", "en"} - {language}
    assert not any(f'href="/{other}/news/rss/"' in html for other in others)
    assert not response.cookies


def test_subscribe_page_leaves_out_restricted_sections_and_tags_without_public_items(
    small_site, client
):
    members = PublicationIndexPageFactory(
        parent=small_site.homes["en"], title="Members", slug="members"
    )
    PageViewRestriction.objects.create(page=members, restriction_type="login")
    empty = TagFactory(name="Empty", slug="empty", locale=small_site.locales["en"])
    html = client.get("/en/subscribe/").content.decode()
    assert "/en/members/" not in html
    assert empty.feed_url("rss") not in html
    assert small_site.tags["en"].feed_url("rss") in html


def test_index_pages_and_footer_link_the_subscribe_page_and_the_archive(small_site, client):
    html = client.get("/en/news/").content.decode()
    main = html.split("<main")[1].split("</main>")[0]
    footer = html.split('<footer class="site-footer">')[1]
    for part in (main, footer):
        assert 'href="/en/subscribe/"' in part and 'href="/en/archive/"' in part


def test_opml_file_lists_each_feed_once_with_absolute_addresses(small_site, client):
    second_tag = TagFactory(name="Advocacy", slug="advocacy", locale=small_site.locales["en"])
    NewsPageFactory(parent=small_site.news["en"], slug="tagged", tags=[second_tag])
    response = client.get("/en/subscribe/feeds.opml")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/x-opml; charset=utf-8"
    assert "rights-house-en.opml" in response["Content-Disposition"]
    opml = parse_xml(response.content)
    assert opml.tag == "opml" and opml.get("version") == "2.0"
    assert opml.find("head/title").text
    feeds = [o for o in opml.iter("outline") if o.get("xmlUrl")]
    addresses = [feed.get("xmlUrl") for feed in feeds]
    assert addresses == [
        f"{ORIGIN}/en/news/rss/",
        f"{ORIGIN}/en/tags/advocacy/rss/",
        f"{ORIGIN}/en/tags/human-rights-defenders/rss/",
    ]
    for feed in feeds:
        assert feed.get("type") == "rss" and feed.get("text") and feed.get("language") == "en"
        assert feed.get("htmlUrl").startswith(f"{ORIGIN}/en/")
        reply = client.get(feed.get("xmlUrl").removeprefix(ORIGIN))
        assert reply.status_code == 200
        parsed = feedparser.parse(reply.content)
        assert not parsed.bozo and parsed.entries


def test_opml_escapes_names(small_site, client):
    TagFactory(name='Rights & "wrongs" <now>', slug="rw", locale=small_site.locales["en"])
    NewsPageFactory(
        parent=small_site.news["en"],
        slug="rw-item",
        tags=[small_site.tags["en"].__class__.objects.get(slug="rw")],
    )
    opml = parse_xml(client.get("/en/subscribe/feeds.opml").content)
    assert 'Rights & "wrongs" <now>' in [o.get("text") for o in opml.iter("outline")]


# --- Archive --------------------------------------------------------------------------


def add(small_site, language, title, date, **fields):
    factory = StatementPageFactory if fields.get("kind") else NewsPageFactory
    return factory(
        parent=small_site.news[language],
        title=title,
        slug=title.lower().replace(" ", "-"),
        date=date,
        locale=small_site.locales[language],
        **fields,
    )


def years_on(client, path):
    html = client.get(path).content.decode()
    block = html.split('<ul class="year-list">')[1].split("</ul>")[0]
    years = []
    for item in block.split("<li>")[1:]:
        year = item.split('">')[1].split("<")[0]
        count = item.split('year-list__count">')[1].split(" ")[0]
        years.append((int(year), int(count)))
    return years


def test_archive_lists_years_newest_first_with_public_counts(small_site, client):
    add(small_site, "en", "New year", on(2025, 1, 1, 0))  # 00:00 in Minsk: 2025, not 2024
    add(small_site, "en", "Late", on(2024, 12, 31, 23))
    add(small_site, "en", "Mid", on(2024, 5, 5))
    add(small_site, "en", "Gone", on(2021)).unpublish()
    secret = add(small_site, "en", "Secret", on(2022))
    PageViewRestriction.objects.create(page=secret, restriction_type="login")
    add(small_site, "ru", "Russian only", on(2020))
    assert years_on(client, "/en/archive/") == [(2025, 1), (2024, 2), (2023, 1)]
    assert years_on(client, "/ru/archive/") == [(2023, 1), (2020, 1)]
    html = client.get("/en/archive/").content.decode()
    assert 'href="/en/archive/2024/"' in html


def test_archive_year_is_paginated_newest_first(small_site, client, settings):
    settings.PUBLICATIONS_PER_PAGE = 2
    for day in (3, 1, 4, 2, 5):
        add(small_site, "en", f"Day {day}", on(2024, 3, day))
    add(small_site, "en", "Next year", on(2025))
    assert titles_on(client, "/en/archive/2024/") == ["Day 5", "Day 4"]
    assert titles_on(client, "/en/archive/2024/?page=3") == ["Day 1"]
    assert client.get("/en/archive/2024/?page=4").status_code == 404
    html = client.get("/en/archive/2024/").content.decode()
    assert '<span aria-current="page">2024</span>' in html
    assert 'href="/en/archive/2025/"' in html and 'href="/en/archive/2023/"' in html


def test_archive_year_leaves_out_what_is_not_public(small_site, client):
    add(small_site, "en", "Shown", on(2024))
    add(small_site, "en", "Unpublished", on(2024)).unpublish()
    restricted = add(small_site, "en", "Restricted", on(2024))
    PageViewRestriction.objects.create(page=restricted, restriction_type="password", password="x")
    add(small_site, "be", "Belarusian", on(2024))
    assert titles_on(client, "/en/archive/2024/") == ["Shown"]


def test_archive_year_of_another_language_is_a_page_and_other_years_are_404(small_site, client):
    add(small_site, "ru", "Russian only", on(2020))
    response = client.get("/en/archive/2020/")
    assert response.status_code == 200, "the language switcher of /ru/archive/2020/ leads here"
    assert "card__title" not in response.content.decode()
    for year in ("2019", "1", "0", "99999", "99999999999999999999"):
        assert client.get(f"/en/archive/{year}/").status_code == 404, year
    assert client.get("/en/archive/abc/").status_code == 404


def test_archive_queries_do_not_grow_with_the_number_of_items(small_site, client, settings):
    settings.PUBLICATIONS_PER_PAGE = 50

    def queries(path):
        client.get(path)  # warm the caches
        with CaptureQueriesContext(connection) as captured:
            assert client.get(path).status_code == 200
        return len(captured)

    paths = ("/en/archive/", "/en/archive/2023/", "/en/subscribe/")
    few = {path: queries(path) for path in paths}
    small_site.add_news("en", 30, tags=[small_site.tags["en"]])
    assert {path: queries(path) for path in paths} == few


def test_archive_reads_years_from_the_database_not_from_each_row(small_site, client):
    for year in range(2010, 2026):
        add(small_site, "en", f"Item {year}", on(year))
    with CaptureQueriesContext(connection) as captured:
        client.get("/en/archive/")
    sql = " ".join(query["sql"] for query in captured.captured_queries)
    assert "django_datetime_extract" not in sql and "EXTRACT" not in sql.upper()
    # No query loads publications' rows: they count ranges or read one date.
    rows = [q for q in captured.captured_queries if '"publications_publication"."lead"' in q["sql"]]
    assert not rows


# --- List items -----------------------------------------------------------------------


def test_list_items_show_their_kind_and_tags(small_site, client):
    html = client.get("/be/news/").content.decode()
    card = html.split(f">{small_site.be_only.title}<")[1].split("</li>\n")[0]
    assert '<span class="kind">Сумесная заява</span>' in card
    assert '<a href="/be/tags/pravaabaroncy/">Праваабаронцы</a>' in card
    news = client.get("/en/news/").content.decode()
    assert '<span class="kind">News</span>' in news


def test_list_item_tags_are_read_in_one_query_and_sorted(small_site, client):
    names = ["Zebra", "advocacy", "Bees"]
    tags = [
        TagFactory(name=name, slug=name.lower(), locale=small_site.locales["en"]) for name in names
    ]
    small_site.add_news("en", 3, tags=tags)
    html = client.get("/en/news/").content.decode()
    card = html.split(">Item 2 en<")[1].split("</li>\n")[0]
    assert card.index(">advocacy<") < card.index(">Bees<") < card.index(">Zebra<")


# --- Privacy and visibility -----------------------------------------------------------

NEW_SURFACES = [
    "/en/subscribe/",
    "/en/subscribe/feeds.opml",
    "/en/archive/",
    "/en/archive/2023/",
    "/en/tags/",
]


@pytest.mark.parametrize("path", NEW_SURFACES)
def test_new_pages_set_no_cookies_and_reference_no_other_site(small_site, client, path):
    from rightshouse.core.tests.test_security import ResourceCollector

    response = client.get(path)
    assert response.status_code == 200
    assert not response.cookies
    assert response["X-Content-Type-Options"] == "nosniff"
    if path.endswith("/"):
        html = response.content.decode()
        collector = ResourceCollector()
        collector.feed(html)
        assert collector.urls
        assert not [url for url in collector.urls if url.startswith(("http:", "https:", "//"))]
        assert "<script" not in html


@pytest.mark.parametrize("kind", ["password", "login", "unpublished"])
def test_restricted_and_unpublished_items_stay_off_the_archive(small_site, client, kind):
    from rightshouse.core.tests.test_visibility import MARKERS, NEWEST, marked_news, restrict

    page = marked_news(small_site)
    year = NEWEST.year
    paths = ["/en/archive/", f"/en/archive/{year}/"]
    shown = client.get(f"/en/archive/{year}/").content.decode()
    assert all(marker in shown for marker in MARKERS[:2]), "the control: listed while public"
    if kind == "unpublished":
        page.unpublish()
    else:
        restrict(page, kind)
    for path in paths:
        response = client.get(path)
        assert not [m for m in MARKERS if m in response.content.decode()], path
    assert client.get(f"/en/archive/{year}/").status_code == 404, "nothing public that year"
