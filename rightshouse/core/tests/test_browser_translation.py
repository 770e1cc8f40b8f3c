"""An editor's translation day in real Chromium with JavaScript on, in the admin.

A news item is written and published in Belarusian, translated into Russian and English
with "Translate this page" (nothing reaches the public until the translators publish),
translated and published in wagtail-localize's translation editor, edited again in
Belarusian and synced (the out-of-date report and notices show what waits), and in the end
each public language version links the other two. The public side is read with a plain
Django client, anonymous.
"""

import re

import pytest
from django.test import Client
from wagtail.models import Locale, Page
from wagtail.users.models import UserProfile

from rightshouse.core.tests.test_browser import browser  # noqa: F401  (shared fixture)
from rightshouse.core.tests.test_browser_admin import close, new_tab
from rightshouse.publications.models import NewsPage

pytestmark = pytest.mark.browser

TITLE = "Сустрэча праваабаронцаў quokkamark"
LEAD = "Удзельнікі дамовіліся пра супрацоўніцтва wallabymark."
NEW_LEAD = "Удзельнікі сустрэнуцца зноў увосень wombatmark."
MARKS = ("quokkamark", "wallabymark", "wombatmark")
TARGETS = {"ru": "Русский", "en": "English"}
TIMEOUT = 15_000


@pytest.fixture
def editor(browser, live_server, admin_user):  # noqa: F811
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "en"
    profile.save()
    tab = new_tab(browser, live_server, admin_user)
    tab.set_default_timeout(TIMEOUT)
    yield tab
    close(tab)


def public_marks(small_site, language):
    """The marks on the public list, tag page, feeds and search of `language` (anonymous)."""
    news, tag = small_site.news[language], small_site.tags[language]
    client = Client()
    found = set()
    paths = [news.url, news.feed_url("rss"), news.feed_url("atom"), tag.get_absolute_url()]
    paths += [tag.feed_url("rss"), tag.feed_url("atom")]
    paths += [f"/{language}/search/?q={mark}" for mark in MARKS]
    for path in paths:
        response = client.get(path)
        assert response.status_code == 200, path
        html = response.content.decode()
        found |= {mark for mark in MARKS if mark in html and f"q={mark}" not in path}
    return found


def go(tab, url):
    response = tab.goto(url)
    assert response.status == 200, url


def publish_page(tab):
    """The page editor's "Publish" (in the footer's action menu)."""
    footer = tab.locator("footer")
    footer.locator("[data-w-dropdown-target='toggle']").first.click()
    with tab.expect_navigation():
        footer.get_by_role("button", name="Publish").click()


def write_news_item(tab, live_server, small_site):
    go(tab, f"{live_server.url}/admin/pages/add/publications/newspage/{small_site.news['be'].pk}/")
    tab.fill("#id_title", TITLE)
    tab.fill("#id_lead", LEAD)
    tab.get_by_role("button", name="Add tag").click()
    tab.click("#id_tag_links-0-tag-chooser [data-chooser-action-choose]")
    modal = tab.locator(".modal")
    # The chooser filters by the page's language; another form of the word finds the tag.
    modal.locator("input[name=q]").fill("праваабаронцаў")
    modal.get_by_role("link", name="Праваабаронцы").click()
    tab.locator("#id_tag_links-0-tag-chooser .chosen").wait_for()
    publish_page(tab)
    return NewsPage.objects.get(title=TITLE)


def translate_this_page(tab, live_server, page):
    go(tab, f"{live_server.url}/admin/pages/{page.pk}/edit/")
    tab.locator("header [data-w-dropdown-target='toggle']").first.click()
    tab.get_by_role("link", name="Translate this page").click()
    tab.wait_for_url(re.compile(r"/admin/localize/submit/page/"))
    for language_name in TARGETS.values():
        tab.get_by_label(language_name).check()
    with tab.expect_navigation():
        tab.get_by_role("button", name="Submit").click()


def translate_and_publish(tab, live_server, page, language):
    """In the translation editor: every text not yet translated, on each of its tabs (the
    slug is on "Promote"), then "Publish in …"."""
    go(tab, f"{live_server.url}/admin/pages/{page.pk}/edit/")
    publish = tab.get_by_role("button", name=f"Publish in {TARGETS[language]}")
    publish.wait_for()  # the editor (a React app) has rendered
    editor_tabs = tab.locator("main [role=tab]")
    for index in range(editor_tabs.count()):
        editor_tabs.nth(index).click()
        translate = tab.get_by_role("button", name="Translate", exact=True)
        while translate.count():
            translate.first.click()
            textarea = tab.locator("textarea").first
            source = textarea.locator("xpath=ancestor::li[1]").locator("p").first.inner_text()
            slug = re.fullmatch(r"[-\w]+", source)
            textarea.fill(f"{source}-{language}" if slug else f"[{language}] {source}")
            tab.get_by_role("button", name="Save", exact=True).click()
            textarea.wait_for(state="detached")
            tab.get_by_text("Saving...").wait_for(state="detached")
    with tab.expect_navigation():
        publish.click()


def edit_and_publish_lead(tab, live_server, page, lead):
    go(tab, f"{live_server.url}/admin/pages/{page.pk}/edit/")
    tab.fill("#id_lead", lead)
    publish_page(tab)


def notices(tab, live_server, page):
    go(tab, f"{live_server.url}/admin/pages/{page.pk}/edit/")
    return tab.locator(".messages").inner_text()


def sync_translated_pages(tab, live_server, page):
    go(tab, f"{live_server.url}/admin/pages/{page.pk}/edit/")
    tab.locator("header [data-w-dropdown-target='toggle']").first.click()
    tab.violations.clear()
    tab.get_by_role("link", name="Sync translated pages").click()
    tab.wait_for_url(re.compile(r"/admin/localize/update/"))
    assert "It publishes nothing" in tab.locator("main").inner_text()
    tab.wait_for_load_state("networkidle")
    assert tab.violations == []  # the sync form runs under the admin's strict policy
    with tab.expect_navigation():
        tab.get_by_role("button", name="Sync", exact=True).click()


def out_of_date_report(tab, live_server):
    """Reports › Out-of-date translations, from the sidebar: its rows' text."""
    go(tab, f"{live_server.url}/admin/")
    tab.violations.clear()
    tab.locator("#wagtail-sidebar").get_by_role("button", name="Reports").click()
    tab.locator("#wagtail-sidebar").get_by_role("link", name="Out-of-date translations").click()
    tab.wait_for_url(re.compile(r"/admin/reports/out-of-date-translations/"))
    rows = tab.locator("#listing-results").inner_text()
    tab.wait_for_load_state("networkidle")
    assert tab.violations == [], tab.violations
    return rows


def language_links(browser, live_server, path):  # noqa: F811
    """{hreflang: path} of the public page's alternates and language switcher, read in an
    anonymous browser context with JavaScript off, as a visitor gets it."""
    context = browser.new_context(java_script_enabled=False)
    try:
        tab = context.new_page()
        assert tab.goto(live_server.url + path).status == 200
        alternates = {
            link.get_attribute("hreflang"): link.get_attribute("href")
            for link in tab.locator("head link[rel=alternate][hreflang]").all()
        }
        switcher = {
            link.get_attribute("hreflang"): link.get_attribute("href")
            for link in tab.locator("header a[hreflang]").all()
        }
    finally:
        context.close()
    local = re.compile(r"^https?://[^/]+")
    return (
        {code: local.sub("", href) for code, href in alternates.items()},
        {code: local.sub("", href) for code, href in switcher.items()},
    )


def test_an_editor_writes_translates_syncs_and_publishes_in_three_languages(
    transactional_db,
    small_site,
    live_server,
    browser,  # noqa: F811
    editor,
):
    original = write_news_item(editor, live_server, small_site)
    assert original.live and original.locale.language_code == "be"

    translate_this_page(editor, live_server, original)
    for language in TARGETS:
        copy = original.get_translation(Locale.objects.get(language_code=language))
        assert not copy.live
        assert public_marks(small_site, language) == set(), language

    translations = {
        language: original.get_translation(Locale.objects.get(language_code=language))
        for language in TARGETS
    }
    for language, page in translations.items():
        translate_and_publish(editor, live_server, page, language)
        assert public_marks(small_site, language) == {"quokkamark", "wallabymark"}, language

    # The Belarusian original changes: the translations stay as published, and are out of
    # date until synced, translated and published again.
    edit_and_publish_lead(editor, live_server, original, NEW_LEAD)
    assert "Its translations into Русский, English are out of date." in notices(
        editor, live_server, original
    )
    assert (
        out_of_date_report(editor, live_server).count(
            "The original has changed since the last sync."
        )
        == 2
    )
    sync_translated_pages(editor, live_server, original)
    for language, page in translations.items():
        assert public_marks(small_site, language) == {"quokkamark", "wallabymark"}, language
        assert "This translation is out of date: 1 text waits for translation" in notices(
            editor, live_server, page
        )
    report = out_of_date_report(editor, live_server)
    assert report.count("1 text waits for translation.") == 2
    assert "has changed since the last sync" not in report

    for language, page in translations.items():
        translate_and_publish(editor, live_server, page, language)
        assert public_marks(small_site, language) == {"quokkamark", "wombatmark"}, language
    assert "Every translation is up to date" in out_of_date_report(editor, live_server)

    # Each public version links the other two (hreflang alternates and language switcher).
    pages = {"be": original, **translations}
    paths = {code: Page.objects.get(pk=page.pk).specific.url for code, page in pages.items()}
    for code, path in paths.items():
        alternates, switcher = language_links(browser, live_server, path)
        others = {other: other_path for other, other_path in paths.items() if other != code}
        assert {key: alternates[key] for key in others} == others, code
        assert switcher == others, code
