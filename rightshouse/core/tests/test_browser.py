"""A visitor in real Chromium with JavaScript off, as in Tor Browser's "Safest" mode."""

import os
import shutil

import feedparser
import pytest

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"


@pytest.fixture(scope="module")
def browser():
    if not shutil.which(CHROMIUM):
        pytest.fail("Debian's chromium package is required for the browser tests (see .ci/run)")
    # Playwright's sync API runs an event loop in this thread; the ORM calls made by the
    # fixtures here are ordinary blocking calls, which Django would otherwise refuse.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(java_script_enabled=False, locale="be-BY")
    requested_hosts = set()
    context.on("request", lambda request: requested_hosts.add(request.url.split("/")[2]))
    page = context.new_page()
    page.requested_hosts = requested_hosts
    yield page
    context.close()


def test_visitor_switches_language_opens_a_tag_and_follows_its_feed(
    transactional_db, small_site, live_server, page
):
    response = page.goto(live_server.url + "/")
    assert response.status == 200
    assert page.url == live_server.url + "/be/"
    assert page.locator("html").get_attribute("lang") == "be"
    assert page.locator("h1").inner_text() == small_site.homes["be"].title

    page.get_by_role("navigation", name="Мова").get_by_role("link", name="English").click()
    assert page.url == live_server.url + "/en/"
    assert page.locator("html").get_attribute("lang") == "en"

    page.get_by_role("link", name="Defenders' day").first.click()
    assert page.url.endswith("/en/news/defenders-day/")
    page.get_by_role("link", name="Human Rights Defenders").click()
    assert page.url.endswith("/en/tags/human-rights-defenders/")
    assert page.locator("h1").inner_text() == "Human Rights Defenders"

    rss_href = page.get_by_role("link", name="RSS").get_attribute("href")
    feed_response = page.goto(live_server.url + rss_href)
    assert feed_response.status == 200
    feed = feedparser.parse(feed_response.body())
    assert not feed.bozo
    assert [entry.title for entry in feed.entries] == ["Defenders' day"]

    assert page.requested_hosts == {live_server.url.split("/")[2]}


def test_skip_link_is_first_and_moves_focus_to_main(
    transactional_db, small_site, live_server, page
):
    page.goto(live_server.url + "/en/")
    page.keyboard.press("Tab")
    focused = page.locator(":focus")
    assert focused.inner_text() == "Skip to main content"
    page.keyboard.press("Enter")
    assert page.url.endswith("#main")


def test_search_works_without_javascript(transactional_db, small_site, live_server, page):
    page.goto(live_server.url + "/en/")
    search_box = page.get_by_role("searchbox", name="Search the site")
    search_box.fill("solidarity")
    search_box.press("Enter")
    assert "/en/search/?q=solidarity" in page.url
    assert page.get_by_role("link", name="Defenders' day").is_visible()


def test_phone_width_has_no_horizontal_scroll(transactional_db, small_site, live_server, browser):
    context = browser.new_context(java_script_enabled=True, viewport={"width": 360, "height": 740})
    phone = context.new_page()
    phone.goto(live_server.url + "/be/news/defenders-day/")
    scroll_width = phone.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= 360
    context.close()
