"""A new organisation accedes end to end, as people do it, in Chromium: the applicant fills
in the form with JavaScript off, a moderator approves it in the admin, and the party is on
the register under its number in all three languages and in the CSV download."""

import csv
import io

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model

from rightshouse.conftest import verified_session_cookie
from rightshouse.core.tests.test_browser import browser  # noqa: F401  (shared fixture)
from rightshouse.users.roles import MODERATORS, set_up_roles

from ..models import AccessionApplication

pytestmark = pytest.mark.browser

NAME = "Human Rights Watchers of Hrodna"
CONTACT = "Signal: browsertestcontact"


def moderator():
    set_up_roles()
    user = get_user_model().objects.create_user(
        username="moderator", email="moderator@example.org", password="not-used-here"
    )
    user.groups.add(user.groups.model.objects.get(name=MODERATORS))
    return user


def test_apply_approve_and_find_the_party_on_the_register(
    transactional_db,
    principles_pages,
    edition,
    live_server,
    browser,  # noqa: F811
):
    visitor = browser.new_context(java_script_enabled=False, locale="en-GB")
    tab = visitor.new_page()
    tab.goto(live_server.url + "/en/principles/accede/")
    tab.get_by_label("Name on the register").fill(NAME)
    tab.get_by_label("Representative", exact=True).fill("A. Representative")
    tab.get_by_label("Private contact for verification").fill(CONTACT)
    tab.get_by_label("We agree that our accession is published on the register").check()
    tab.get_by_role("button", name="Send the application").click()
    assert tab.locator("h1").inner_text() == "Application sent"
    application = AccessionApplication.objects.get()
    assert (application.name, application.language) == (NAME, "en")

    staff = browser.new_context(locale="en-GB")
    staff.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": verified_session_cookie(moderator()),
                "url": live_server.url,
            }
        ]
    )
    admin = staff.new_page()
    admin.goto(live_server.url + "/admin/principles/applications/")
    admin.locator("tbody tr", has_text=NAME).get_by_role("link").first.click()
    admin.get_by_role("button", name="Approve and give the next number").click()
    assert "on the register under No. 1" in admin.locator(".messages").inner_text()
    staff.close()

    for language in ("be", "ru", "en"):
        tab.goto(f"{live_server.url}/{language}/principles/register/")
        row = tab.locator("#accession-1")
        assert NAME in row.inner_text(), language
        assert tab.locator("html").get_attribute("lang") == language
    with tab.expect_download() as download:
        tab.get_by_role("link", name="CSV").click()
    rows = list(csv.reader(io.StringIO(download.value.path().read_text("utf-8-sig"))))
    assert any(row[:2] == ["1", NAME] for row in rows[1:]), rows
    page_text = tab.content()
    assert CONTACT not in page_text
    visitor.close()
