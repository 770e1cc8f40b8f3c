"""The demo site, built by the management command, renders in every language."""

import re
from html import unescape
from io import StringIO

import feedparser
import pytest
from django.core.management import call_command
from wagtail.models import Page

from rightshouse.organisations import demo_content as organisations_content
from rightshouse.organisations.models import Organisation
from rightshouse.principles.models import Edition, PrinciplesPage
from rightshouse.publications.models import Publication, Tag


@pytest.fixture
def demo_site(built_demo, db):
    return built_demo


def test_demo_command_reports_what_it_built_and_how_to_log_in(demo_site):
    assert "Demo site built" in demo_site
    assert "/admin/" in demo_site and "'admin'" in demo_site
    assert "authenticator app" in demo_site and "recovery codes" in demo_site
    assert "manage.py reset_two_factor admin" in demo_site


def test_demo_command_leaves_existing_content_alone(demo_site):
    count = Publication.objects.count()
    out = StringIO()
    call_command("build_demo", stdout=out)
    assert "not built" in out.getvalue()
    assert Publication.objects.count() == count


def test_demo_has_the_promised_content(demo_site):
    assert Publication.objects.live().count() >= 30
    assert Tag.objects.filter(slug="human-rights-defenders", locale__language_code="en").exists()
    assert Tag.objects.filter(slug="joint-statement", locale__language_code="en").exists()
    per_key = Publication.objects.values_list("translation_key", flat=True)
    assert len(per_key) > len(set(per_key)), "most items are translated"
    # One party per organisation, whatever the language (issue 8, item 1).
    assert Organisation.objects.count() == 27


@pytest.mark.parametrize("language", ["be", "ru", "en"])
def test_every_demo_page_renders_in_its_own_language(demo_site, client, language):
    pages = Page.objects.live().filter(locale__language_code=language, depth__gt=1).specific()
    assert len(pages) > 20
    for page in pages:
        url = page.get_url()
        assert url.startswith(f"/{language}/"), url
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert f'<html lang="{language}">' in html
        assert page.title in unescape(html)


@pytest.mark.parametrize("language", ["be", "ru", "en"])
def test_every_demo_tag_page_and_feed_works(demo_site, client, language):
    for tag in Tag.objects.filter(locale__language_code=language):
        assert client.get(tag.get_absolute_url()).status_code == 200
        feed = feedparser.parse(client.get(tag.feed_url("atom")).content)
        assert not feed.bozo, tag.slug


@pytest.mark.parametrize("language", ["be", "ru", "en"])
def test_the_register_numbers_the_accessions_in_the_seed_order(demo_site, client, language):
    page = PrinciplesPage.objects.get(locale__language_code=language)
    html = client.get(page.url_of("register")).content.decode()
    rows = re.findall(
        r'<tr id="accession-(\d+)"[^>]*>\s*<th scope="row"[^>]*>(\d+)</th>\s*'
        r'<td><a href="[^"]+">([^<]+)</a>',
        html,
    )
    assert [(int(anchor), int(number)) for anchor, number, _name in rows] == [
        (n, n) for n in range(1, 28)
    ]
    names = [unescape(name) for _anchor, _number, name in rows]
    assert names == [item[language] for item in organisations_content.ORGANISATIONS]


@pytest.mark.parametrize("language", ["be", "ru", "en"])
def test_the_principles_page_shows_the_fifteen_principles_in_force(demo_site, client, language):
    page = PrinciplesPage.objects.get(locale__language_code=language)
    html = client.get(page.url).content.decode()
    titles = re.findall(r'<span class="edition-principle__title"[^>]*>([^<]+)</span>', html)
    text = Edition.objects.current().text_in(language)
    assert text.language == language
    expected = [principle["title"] for _number, principle in text.numbered_principles()]
    assert [unescape(title) for title in titles] == expected
    assert len(expected) == 15


def test_list_addresses_match_wagtails_own(demo_site, rf):
    from rightshouse.publications.listing import attach_urls

    publications = attach_urls(list(Publication.objects.all()), rf.get("/"))
    assert publications
    for publication in publications:
        assert publication.list_url == publication.get_url(), publication.slug
