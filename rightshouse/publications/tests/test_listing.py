import datetime
import html as html_lib

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from rightshouse.publications.factories import NewsPageFactory
from rightshouse.publications.models import Publication, PublicationTag


def titles_on(client, path):
    response = client.get(path)
    assert response.status_code == 200
    html = response.content.decode()
    return [
        html_lib.unescape(line.split(">")[2].split("<")[0])
        for line in html.splitlines()
        if 'card__title"><a' in line
    ]


def test_index_page_lists_newest_first_with_pagination(small_site, client, settings):
    settings.PUBLICATIONS_PER_PAGE = 5
    small_site.add_news("en", 7)
    first = titles_on(client, "/en/news/")
    assert first[:3] == ["Item 6 en", "Item 5 en", "Item 4 en"]
    assert len(first) == 5
    second = titles_on(client, "/en/news/?page=2")
    assert second == ["Item 1 en", "Item 0 en", "Defenders' day"]


def test_tag_page_lists_everything_with_the_tag_newest_first(small_site, client, settings):
    settings.PUBLICATIONS_PER_PAGE = 3
    small_site.add_news("be", 4, tags=[small_site.tags["be"]])
    small_site.add_news("be", 2)  # untagged: not on the tag page
    assert titles_on(client, "/be/tags/pravaabaroncy/") == ["Item 3 be", "Item 2 be", "Item 1 be"]
    page_two = titles_on(client, "/be/tags/pravaabaroncy/?page=2")
    assert page_two[0] == "Item 0 be"
    assert set(page_two[1:]) == {small_site.translated["be"].title, small_site.be_only.title}


@pytest.mark.parametrize("value", ["abc", "", "1.5", "9" * 5000, "%00", "1e3", "1;DROP"])
def test_malformed_page_numbers_show_the_first_page(small_site, client, value):
    for path in ("/be/news/", "/be/tags/pravaabaroncy/", "/be/search/?q=x&"):
        separator = "&" if "?" in path else "?"
        response = client.get(f"{path}{separator}page={value}")
        assert response.status_code == 200, (path, value)


@pytest.mark.parametrize("value", ["0", "-1", "999999", "99999999999999999999"])
def test_out_of_range_page_numbers_are_404(small_site, client, value):
    for path in ("/be/news/", "/be/tags/pravaabaroncy/"):
        assert client.get(f"{path}?page={value}").status_code == 404


def test_unpublished_items_leave_every_list_and_come_back(small_site, client):
    page = small_site.translated["en"]
    page.unpublish()
    assert "Defenders&#x27; day" not in client.get("/en/news/").content.decode()
    assert PublicationTag.objects.get(publication=page).listed is False
    page.save_revision().publish()
    assert PublicationTag.objects.get(publication=page).listed is True
    assert "Defenders&#x27; day" in client.get("/en/tags/human-rights-defenders/").content.decode()


def test_changing_the_date_reorders_the_tag_page(small_site, client):
    older, newer = small_site.add_news("en", 2, tags=[small_site.tags["en"]])
    older.date = newer.date + datetime.timedelta(days=1)
    older.save_revision().publish()
    assert titles_on(client, "/en/tags/human-rights-defenders/")[0] == older.title


def test_moving_a_publication_moves_it_between_lists(small_site, client):
    from rightshouse.publications.factories import PublicationIndexPageFactory

    statements = PublicationIndexPageFactory(
        parent=small_site.homes["en"], title="Statements", slug="statements"
    )
    page = small_site.translated["en"]
    page.move(statements, pos="last-child")
    assert Publication.objects.get(pk=page.pk).index_page_id == statements.pk
    assert "Defenders" not in "".join(titles_on(client, "/en/news/"))
    assert titles_on(client, "/en/statements/") == ["Defenders' day"]


def test_list_queries_do_not_grow_with_the_number_of_items(small_site, client, settings):
    settings.PUBLICATIONS_PER_PAGE = 50

    def queries(path):
        client.get(path)  # warm the caches of site root paths
        with CaptureQueriesContext(connection) as captured:
            assert client.get(path).status_code == 200
        return len(captured)

    few = {p: queries(p) for p in ("/en/news/", "/en/tags/human-rights-defenders/", "/en/")}
    small_site.add_news("en", 30, tags=[small_site.tags["en"]])
    many = {p: queries(p) for p in few}
    assert many == few


def test_publication_page_shows_tags_and_related_items(small_site, client):
    from rightshouse.publications.models import RelatedPublication

    other = NewsPageFactory(
        parent=small_site.news["en"],
        title="Related one",
        slug="related-one",
        locale=small_site.locales["en"],
    )
    RelatedPublication.objects.create(page=small_site.translated["en"], related=other)
    html = client.get("/en/news/defenders-day/").content.decode()
    assert 'href="/en/tags/human-rights-defenders/"' in html
    assert 'href="/en/news/related-one/"' in html
