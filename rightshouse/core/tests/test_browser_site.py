"""The site's design and its visitor pages in real Chromium, JavaScript off (Tor Browser's
"Safest"): the phone menu, the footer, subscribe and OPML, the archive, the root files, the
tag index order, the error pages, and screenshots of every page type at phone and desktop
widths (saved under var/screenshots/, which git ignores: look at them)."""

import xml.etree.ElementTree as ET
from io import StringIO

import feedparser
import pytest
from django.conf import settings
from django.core.management import call_command
from django.template import loader

from rightshouse.core.factories import ContentPageFactory
from rightshouse.core.tests.test_browser import browser  # noqa: F401  (shared fixture)
from rightshouse.publications.factories import TagFactory

pytestmark = pytest.mark.browser

PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 800}
SCREENSHOTS = settings.VAR_DIR / "screenshots"
METHODS_MIDDLEWARE = settings.PROJECT_DIR / "core" / "methods.py"


def parse_xml(content):
    """The site's own XML (sitemap, OPML) in a test: nothing untrusted to defuse."""
    return ET.fromstring(content)  # noqa: S314


@pytest.fixture
def visitor(browser, live_server):  # noqa: F811
    """A new tab factory: `visitor(viewport)` with JavaScript off; every request's host is
    recorded, and checked to be the site's own when the test ends."""
    contexts, hosts = [], set()

    def open_tab(viewport=DESKTOP):
        context = browser.new_context(java_script_enabled=False, locale="be-BY", viewport=viewport)
        context.on("request", lambda request: hosts.add(request.url.split("/")[2]))
        contexts.append(context)
        return context.new_page()

    yield open_tab
    for context in contexts:
        context.close()
    assert hosts <= {live_server.url.split("/")[2]}, f"third-party requests: {hosts}"


def no_horizontal_scroll(tab):
    width = tab.viewport_size["width"]
    return tab.evaluate("document.documentElement.scrollWidth") <= width


# --- Header -----------------------------------------------------------------------------


def test_phone_menu_opens_and_closes_by_click_without_javascript(
    transactional_db, small_site, live_server, visitor
):
    tab = visitor(PHONE)
    tab.goto(live_server.url + "/en/")
    menu = tab.get_by_role("navigation", name="Main")
    assert not menu.is_visible()
    tab.get_by_role("link", name="Menu").click()
    assert tab.url.endswith("/en/#menu")
    assert menu.is_visible()
    assert tab.get_by_role("searchbox", name="Search the site").is_visible()
    languages = tab.get_by_role("navigation", name="Language")
    assert languages.get_by_role("link", name="Русский").is_visible()
    assert no_horizontal_scroll(tab)
    tab.get_by_role("link", name="Close menu").click()
    assert not menu.is_visible()

    tab.get_by_role("link", name="Menu").click()
    menu.get_by_role("link", name="News").click()
    assert tab.url == live_server.url + "/en/news/"
    assert tab.locator("h1").inner_text() == "News"
    assert not tab.get_by_role("navigation", name="Main").is_visible(), "closed on the new page"


def test_phone_menu_works_by_keyboard(transactional_db, small_site, live_server, visitor):
    tab = visitor(PHONE)
    tab.goto(live_server.url + "/en/")

    def focused():
        return tab.evaluate("document.activeElement.textContent.trim()")

    tab.keyboard.press("Tab")
    assert focused() == "Skip to main content"
    tab.keyboard.press("Tab")
    assert focused() == "Rights House"
    tab.keyboard.press("Tab")
    assert focused() == "Menu"
    tab.keyboard.press("Enter")
    assert tab.url.endswith("#menu")
    assert tab.get_by_role("navigation", name="Main").is_visible()
    # Focus moves on through the open menu: past the name and "Close menu" to its links.
    seen = []
    for _ in range(6):
        tab.keyboard.press("Tab")
        seen.append(focused())
        if seen[-1] == "Advocacy":
            break
    assert "Close menu" in seen and seen[-1] == "Advocacy", seen
    outline = tab.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline == "solid", "a visible focus indicator"
    tab.keyboard.press("Enter")
    tab.wait_for_url(live_server.url + "/en/advocacy/")
    assert tab.locator("h1").inner_text() == "Advocacy"


def test_desktop_header_is_one_row(transactional_db, small_site, live_server, visitor):
    tab = visitor(DESKTOP)
    tab.goto(live_server.url + "/be/news/")
    assert not tab.get_by_role("link", name="Меню").is_visible()
    boxes = {
        "name": tab.locator(".site-name").bounding_box(),
        "menu": tab.get_by_role("navigation", name="Асноўнае меню").bounding_box(),
        "search": tab.get_by_role("searchbox", name="Пошук па сайце").bounding_box(),
        "languages": tab.get_by_role("navigation", name="Мова").bounding_box(),
    }
    header = tab.locator(".site-header").bounding_box()
    assert header["height"] <= 96, header
    for name, box in boxes.items():
        assert header["y"] <= box["y"], name
        assert box["y"] + box["height"] <= header["y"] + header["height"], name
    lefts = [boxes[name]["x"] for name in ("name", "menu", "search", "languages")]
    assert lefts == sorted(lefts), "name, menu, search and languages side by side"
    current = tab.get_by_role("navigation", name="Асноўнае меню").locator("[aria-current]")
    assert current.inner_text() == "Навіны"
    assert no_horizontal_scroll(tab)


# --- Footer, subscribe, archive ---------------------------------------------------------


def test_footer_links_lead_to_their_pages(transactional_db, small_site, live_server, visitor):
    ContentPageFactory(
        parent=small_site.homes["en"],
        title="Contacts",
        slug="contacts",
        locale=small_site.locales["en"],
        show_in_footer=True,
    )
    tab = visitor(DESKTOP)
    footer = tab.locator("footer.site-footer")
    for link, heading in [
        ("Subscribe to all feeds", "Subscribe"),
        ("Archive by year", "Archive"),
        ("All tags", "Tags"),
        ("Contacts", "Contacts"),
        ("Русский", "Дом прав"),
    ]:
        tab.goto(live_server.url + "/en/")
        footer.get_by_role("link", name=link, exact=True).click()
        assert tab.locator("h1").inner_text() == heading, link
    tab.goto(live_server.url + "/en/")
    assert footer.get_by_role("heading", name="Mirrors").is_visible()


def test_subscribe_page_and_its_opml_file_work_in_a_feed_reader(
    transactional_db, small_site, live_server, visitor
):
    tab = visitor(DESKTOP)
    tab.goto(live_server.url + "/en/news/")
    tab.locator("main").get_by_role("link", name="all feeds", exact=True).click()
    assert tab.url == live_server.url + "/en/subscribe/"
    rss_links = tab.locator('main a[type="application/rss+xml"]')
    atom_links = tab.locator('main a[type="application/atom+xml"]')
    assert rss_links.count() == atom_links.count() == 2  # News, and the one tag
    for link in rss_links.all() + atom_links.all():
        reply = tab.request.get(live_server.url + link.get_attribute("href"))
        feed = feedparser.parse(reply.body())
        assert reply.status == 200 and not feed.bozo and feed.entries

    opml_href = tab.get_by_role("link", name="Download the OPML file").get_attribute("href")
    reply = tab.request.get(live_server.url + opml_href)
    assert reply.status == 200
    assert reply.headers["content-type"].startswith("text/x-opml")
    outlines = [o for o in parse_xml(reply.body()).iter("outline") if o.get("xmlUrl")]
    assert [o.get("text") for o in outlines] == ["News", "Human Rights Defenders"]
    for outline in outlines:
        feed = feedparser.parse(tab.request.get(outline.get("xmlUrl")).body())
        assert not feed.bozo and feed.entries


def test_archive_by_year(transactional_db, small_site, live_server, visitor, settings):
    settings.PUBLICATIONS_PER_PAGE = 2
    small_site.add_news("en", 3)  # December 2023, with the fixture's June 2023 item
    tab = visitor(PHONE)
    tab.goto(live_server.url + "/en/archive/")
    years = [" ".join(text.split()) for text in tab.locator(".year-list li").all_inner_texts()]
    assert years == ["2023 4 publications"]
    tab.get_by_role("link", name="2023").click()
    assert tab.url == live_server.url + "/en/archive/2023/"
    titles = tab.locator(".publication-card__title").all_inner_texts()
    assert titles == ["Item 2 en", "Item 1 en"]
    tab.get_by_role("link", name="Older").click()
    assert tab.locator(".publication-card__title").all_inner_texts() == [
        "Item 0 en",
        "Defenders' day",
    ]
    assert no_horizontal_scroll(tab)


# --- Root files, tags, error pages --------------------------------------------------------


def test_robots_sitemap_and_favicon(transactional_db, small_site, live_server, visitor):
    tab = visitor(DESKTOP)
    robots = tab.goto(live_server.url + "/robots.txt")
    assert robots.status == 200
    text = robots.text()
    assert "Disallow: /admin/" in text and "Disallow: /en/search/" in text
    sitemap_url = text.split("Sitemap: ")[1].strip()
    assert sitemap_url == live_server.url + "/sitemap.xml"
    index = parse_xml(tab.goto(sitemap_url).body())
    namespace = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
    addresses = []
    for loc in index.iter(f"{namespace}loc"):
        addresses += [
            url.text for url in parse_xml(tab.goto(loc.text).body()).iter(f"{namespace}loc")
        ]
    assert live_server.url + "/be/news/defenders-day/" in addresses
    for address in addresses[:10]:
        assert tab.goto(address).status == 200, address

    icon = tab.goto(live_server.url + "/favicon.ico")
    assert icon.status == 200 and icon.headers["content-type"] == "image/x-icon"
    tab.goto(live_server.url + "/en/")
    svg_href = tab.locator('link[rel="icon"][type="image/svg+xml"]').get_attribute("href")
    assert tab.request.get(live_server.url + svg_href).status == 200


def test_tag_index_is_in_alphabetical_order(transactional_db, small_site, live_server, visitor):
    tags = [
        TagFactory(name=name, slug=f"t{n}", locale=small_site.locales["be"])
        for n, name in enumerate(["сумесная заява", "Ўсход", "Іспыт", "Ёлка", "Абарона"])
    ]
    small_site.add_news("be", 1, tags=tags)  # the index lists tags public items carry
    tab = visitor(PHONE)
    tab.goto(live_server.url + "/be/tags/")
    assert tab.locator(".tag-index li").all_inner_texts() == [
        "Абарона",
        "Ёлка",
        "Іспыт",
        "Праваабаронцы",
        "сумесная заява",
        "Ўсход",
    ]


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_404_page_looks_like_the_site(transactional_db, small_site, live_server, visitor, viewport):
    tab = visitor(viewport)
    response = tab.goto(live_server.url + "/ru/no-such-page/")
    assert response.status == 404
    assert tab.locator("h1").inner_text() == "Страница не найдена"
    assert tab.locator(".site-header .mark").is_visible()
    assert tab.locator("footer.site-footer").is_visible()
    # The site's stylesheet applies: the header's red rule, the system font stack.
    rule = tab.evaluate("getComputedStyle(document.querySelector('.site-header')).borderTopColor")
    assert rule == "rgb(140, 29, 36)"
    tab.get_by_role("link", name="Перейти на главную страницу").click()
    assert tab.url == live_server.url + "/ru/"
    assert no_horizontal_scroll(tab)


@pytest.mark.skipif(
    not METHODS_MIDDLEWARE.exists(),
    reason="the 405 page is rendered by rightshouse/core/methods.py, not there yet",
)
def test_405_page_looks_like_the_site(transactional_db, small_site, live_server, visitor):
    tab = visitor(PHONE)
    reply = tab.request.post(live_server.url + "/en/news/")
    assert reply.status == 405
    tab.goto(live_server.url + "/en/")
    tab.set_content(reply.text())
    assert tab.locator("h1").inner_text() == "Method not allowed"
    assert tab.locator(".site-header .mark").is_visible()
    assert no_horizontal_scroll(tab)


# --- Screenshots of every page type -------------------------------------------------------


def page_types(live_server_url):
    """{name: path} of one page of each type, from the demo site."""
    from rightshouse.core.models import ContentPage
    from rightshouse.principles.models import PrinciplesPage
    from rightshouse.publications.models import Publication, PublicationIndexPage, Tag

    def url(queryset):
        return queryset.filter(locale__language_code="be").live().first().url

    statement = Publication.objects.filter(
        locale__language_code="be", listed=True, kind="joint_statement"
    ).first()
    tag = Tag.objects.filter(locale__language_code="be", publication_links__listed=True).first()
    year = statement.date.year
    return {
        "home": "/be/",
        "index": url(PublicationIndexPage.objects.all()),
        "publication": statement.url,
        "tag-index": "/be/tags/",
        "tag": tag.get_absolute_url(),
        "search": "/be/search/?q=%D0%BF%D1%80%D0%B0%D0%B2%D0%BE%D1%9E",  # правоў
        "content": url(ContentPage.objects.filter(show_in_footer=False)),
        "principles": url(PrinciplesPage.objects.all()),
        "subscribe": "/be/subscribe/",
        "archive-year": f"/be/archive/{year}/",
        "404": "/be/no-such-page/",
    }


def test_screenshots_of_every_page_type(transactional_db, live_server, visitor):
    call_command("build_demo", stdout=StringIO())
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    paths = page_types(live_server.url)
    problems = []
    for label, viewport in (("phone", PHONE), ("desktop", DESKTOP)):
        tab = visitor(viewport)
        for name, path in paths.items():
            response = tab.goto(live_server.url + path)
            expected = 404 if name == "404" else 200
            if response.status != expected:
                problems.append(f"{path}: {response.status}")
            if name == "search" and not tab.locator(".publication-card").count():
                problems.append("the search screenshot shows no results")
            tab.screenshot(path=SCREENSHOTS / f"{name}-{label}.png", full_page=True)
            if not no_horizontal_scroll(tab):
                problems.append(f"{path} scrolls sideways at {viewport['width']} px")
        if label == "phone":
            tab.goto(live_server.url + paths["index"] + "#menu")
            tab.screenshot(path=SCREENSHOTS / "menu-open-phone.png")
        tab.goto(live_server.url + "/be/")
        tab.set_content(loader.get_template("500.html").render())
        tab.screenshot(path=SCREENSHOTS / f"500-{label}.png", full_page=True)
    assert not problems, problems
    assert len(list(SCREENSHOTS.glob("*.png"))) >= 2 * len(paths) + 3
