"""Restricted, unpublished and draft content stays off every public surface.

A page carries marker words in its title, lead and body; every public response is searched
for them. Each test first shows the markers on the surfaces while the page is public, so
that a surface which stopped rendering the page at all could not pass by accident.
"""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from rightshouse.conftest import EARLIER
from rightshouse.core.blocks import paragraph_stream
from rightshouse.publications.factories import NewsPageFactory, PublicationIndexPageFactory
from rightshouse.publications.models import Publication, RelatedPublication

TITLE_MARK, LEAD_MARK, BODY_MARK = "qzxtitlemark", "qzxleadmark", "qzxbodymark"
MARKERS = (TITLE_MARK, LEAD_MARK, BODY_MARK)
PASSWORD = "correct horse battery"  # noqa: S105
NEWEST = EARLIER + datetime.timedelta(days=400)

# Every anonymous surface that could show an English publication of the small site.
SURFACES = [
    "/en/",
    "/en/news/",
    "/en/news/rss/",
    "/en/news/atom/",
    "/en/tags/human-rights-defenders/",
    "/en/tags/human-rights-defenders/rss/",
    "/en/tags/human-rights-defenders/atom/",
    "/en/news/defenders-day/",  # lists the marked page as related
    *(f"/en/search/?q={marker}" for marker in MARKERS),
]


def markers_to_find(path):
    """A search page repeats its query: look there for the other markers only."""
    return [marker for marker in MARKERS if f"q={marker}" not in path]


def marked_news(small_site, parent=None, slug="marked"):
    page = NewsPageFactory(
        parent=parent or small_site.news["en"],
        title=f"Report {TITLE_MARK}",
        slug=slug,
        lead=f"Lead {LEAD_MARK}",
        body=f"<p>Body {BODY_MARK}</p>",
        date=NEWEST,
        locale=small_site.locales["en"],
        tags=[small_site.tags["en"]],
    )
    RelatedPublication.objects.create(page=small_site.translated["en"], related=page)
    return page


def restricted_section(small_site, kind):
    section = PublicationIndexPageFactory(
        parent=small_site.homes["en"],
        title="Members only",
        slug="members",
        locale=small_site.locales["en"],
    )
    restrict(section, kind)
    return section


def restrict(page, kind):
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=kind, password=PASSWORD if kind == "password" else ""
    )
    if kind == "groups":
        restriction.groups.add(Group.objects.get_or_create(name="Coordinators")[0])
    return restriction


def leaks(client=None):
    """{path: markers found} over every public surface, for an anonymous visitor."""
    client = client or Client()
    found = {}
    for path in SURFACES:
        response = client.get(path)
        # A surface may itself sit in a restricted section: then it asks for a login or
        # password, and must not show the markers on that form either. A tag that no public
        # item carries any more has no public page or feed (publications/views.py).
        allowed = (200, 302, 403, 404) if "/tags/" in path else (200, 302, 403)
        assert response.status_code in allowed, path
        text = response.content.decode()
        hits = [marker for marker in markers_to_find(path) if marker in text]
        if hits:
            found[path] = hits
    return found


def assert_shown_everywhere():
    """The control: a public marked page reaches every surface."""
    found = leaks()
    assert set(found) == set(SURFACES), f"not shown on {set(SURFACES) - set(found)}"


def assert_hidden_everywhere():
    assert leaks() == {}


RESTRICTION_KINDS = ["password", "login", "groups"]


@pytest.mark.parametrize("kind", RESTRICTION_KINDS)
def test_restricting_a_published_page_hides_it_and_lifting_it_shows_it(small_site, kind):
    page = marked_news(small_site)
    assert_shown_everywhere()
    restriction = restrict(page, kind)
    assert_hidden_everywhere()
    restriction.delete()
    assert_shown_everywhere()


@pytest.mark.parametrize("kind", RESTRICTION_KINDS)
def test_restricting_an_ancestor_hides_everything_below(small_site, kind):
    marked_news(small_site)
    assert_shown_everywhere()
    restrict(small_site.news["en"], kind)
    assert_hidden_everywhere()


@pytest.mark.parametrize("kind", RESTRICTION_KINDS)
def test_publishing_into_a_restricted_section_shows_nothing(small_site, kind):
    section = restricted_section(small_site, kind)
    page = marked_news(small_site, parent=section)
    page.save_revision().publish()
    assert_hidden_everywhere()
    assert "Members only" not in Client().get("/en/").content.decode()


@pytest.mark.parametrize("kind", RESTRICTION_KINDS)
def test_moving_into_a_restricted_section_hides_and_moving_out_shows(small_site, kind):
    section = restricted_section(small_site, kind)
    page = marked_news(small_site)
    assert_shown_everywhere()
    page.move(section, pos="last-child")
    assert_hidden_everywhere()
    Page.objects.get(pk=page.pk).move(small_site.news["en"], pos="last-child")
    assert_shown_everywhere()


def test_unpublishing_hides_everywhere(small_site):
    page = marked_news(small_site)
    assert_shown_everywhere()
    page.unpublish()
    assert_hidden_everywhere()


def test_bulk_unpublish_in_the_admin_hides_everywhere(small_site, admin_client):
    page = marked_news(small_site)
    assert_shown_everywhere()
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "unpublish"))
    response = admin_client.post(f"{url}?id={page.pk}", {"include_descendants": ""})
    assert response.status_code == 302
    assert not Page.objects.get(pk=page.pk).live
    assert_hidden_everywhere()


def test_scheduled_expiry_hides_everywhere(small_site):
    page = marked_news(small_site)
    assert_shown_everywhere()
    Page.objects.filter(pk=page.pk).update(expire_at=timezone.now() - datetime.timedelta(1))
    call_command("publish_scheduled", verbosity=0)
    assert not Page.objects.get(pk=page.pk).live
    assert_hidden_everywhere()


@pytest.mark.parametrize("kind", RESTRICTION_KINDS)
def test_scheduled_publishing_into_a_restricted_section_shows_nothing(small_site, kind):
    section = restricted_section(small_site, kind)
    page = marked_news(small_site, parent=section)
    page.unpublish()
    page.refresh_from_db()
    page.save_revision(approved_go_live_at=timezone.now() - datetime.timedelta(minutes=1))
    call_command("publish_scheduled", verbosity=0)
    assert Page.objects.get(pk=page.pk).live
    assert_hidden_everywhere()


def test_deleting_removes_from_everywhere(small_site):
    page = marked_news(small_site)
    assert_shown_everywhere()
    Page.objects.get(pk=page.pk).delete()
    assert_hidden_everywhere()


def titles_in_order(path, titles=("Early public item", "Later public item")):
    text = Client().get(path).content.decode()
    return sorted((title for title in titles if title in text), key=text.find)


def test_a_draft_changes_nothing_public(small_site):
    early, later = (
        NewsPageFactory(
            parent=small_site.news["en"],
            title=f"{title} public item",
            slug=title.lower(),
            date=EARLIER + datetime.timedelta(days=days),
            locale=small_site.locales["en"],
            tags=[small_site.tags["en"]],
        )
        for title, days in (("Early", 1), ("Later", 2))
    )
    lists = [
        "/en/news/",
        "/en/tags/human-rights-defenders/",
        "/en/tags/human-rights-defenders/rss/",
    ]
    before = {path: titles_in_order(path) for path in lists}
    assert all(order == ["Later public item", "Early public item"] for order in before.values())

    draft = Publication.objects.get(pk=early.pk).specific
    draft.date = NEWEST
    draft.lead = f"Lead {LEAD_MARK}"
    draft.body = paragraph_stream(f"<p>Body {BODY_MARK}</p>")
    revision = draft.save_revision()

    assert {path: titles_in_order(path) for path in lists} == before
    for marker in (LEAD_MARK, BODY_MARK):
        assert "Early public item" not in Client().get(f"/en/search/?q={marker}").content.decode()

    revision.publish()  # the control: publishing the same change does move the item
    for path in lists:
        assert titles_in_order(path) == ["Early public item", "Later public item"], path
    assert "Early public item" in Client().get(f"/en/search/?q={BODY_MARK}").content.decode()


def test_menu_leaves_out_restricted_pages(small_site):
    advocacy = small_site.content["en"]
    assert 'href="/en/advocacy/"' in Client().get("/en/").content.decode()
    restrict(advocacy, "login")
    assert 'href="/en/advocacy/"' not in Client().get("/en/").content.decode()


def test_language_links_leave_out_restricted_translations(small_site):
    russian = small_site.translated["ru"]
    assert 'hreflang="ru" href="/ru/news/defenders-day/"' in (
        Client().get("/en/news/defenders-day/").content.decode()
    )
    restrict(russian, "password")
    html = Client().get("/en/news/defenders-day/").content.decode()
    assert "/ru/news/defenders-day/" not in html
    assert "/ru/?untranslated=1" in html


def test_password_page_works_for_those_who_know_the_password(small_site):
    page = marked_news(small_site)
    restriction = restrict(page, "password")
    visitor = Client()
    form = visitor.get("/en/news/marked/")
    assert form.status_code == 200
    assert not [marker for marker in MARKERS if marker in form.content.decode()]
    action = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk])
    wrong = visitor.post(action, {"password": "guess", "return_url": "/en/news/marked/"})
    assert TITLE_MARK not in wrong.content.decode()
    visitor.post(action, {"password": PASSWORD, "return_url": "/en/news/marked/"})
    opened = visitor.get("/en/news/marked/").content.decode()
    assert TITLE_MARK in opened and BODY_MARK in opened
    assert leaks(visitor) == {}, "the lists stay public-only even for this visitor"


def test_login_and_group_pages_work_for_their_members(small_site, django_user_model):
    page = marked_news(small_site)
    restriction = restrict(page, "groups")
    member = django_user_model.objects.create_user("member", password="unused-password-1")
    outsider = django_user_model.objects.create_user("outsider", password="unused-password-2")
    member.groups.add(restriction.groups.get())
    member_client, outsider_client = Client(), Client()
    member_client.force_login(member)
    outsider_client.force_login(outsider)
    assert TITLE_MARK in member_client.get("/en/news/marked/").content.decode()
    assert TITLE_MARK not in outsider_client.get("/en/news/marked/").content.decode()
    restriction.restriction_type = "login"
    restriction.save()
    assert TITLE_MARK in outsider_client.get("/en/news/marked/").content.decode()
    anonymous = Client().get("/en/news/marked/")
    assert anonymous.status_code == 302 and TITLE_MARK not in anonymous.content.decode()
