import datetime
import re

import pytest
from django.test import Client
from django.utils import dateformat, translation


def hreflangs(html):
    return dict(
        (code, url)
        for url, code in [
            (m.group(2), m.group(1))
            for m in re.finditer(r'<link rel="alternate" hreflang="(\w+)" href="([^"]+)"', html)
        ]
    )


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [("ru-RU,ru;q=0.9", "/ru/"), ("en-GB,en;q=0.8", "/en/"), ("de", "/be/"), ("", "/be/")],
)
def test_root_redirects_by_accept_language(small_site, accept_language, expected):
    response = Client(headers={"accept-language": accept_language}).get("/")
    assert response.status_code == 302
    assert response["Location"] == expected


@pytest.mark.parametrize("language", ["be", "ru", "en"])
def test_every_home_declares_its_language_and_links_the_others(small_site, client, language):
    response = client.get(f"/{language}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{language}">' in html
    assert small_site.homes[language].title in html
    assert hreflangs(html) == {"be": "/be/", "ru": "/ru/", "en": "/en/"}


def test_switcher_leads_to_the_same_item_in_another_language(small_site, client):
    html = client.get(small_site.translated["be"].url).content.decode()
    assert small_site.translated["ru"].url == "/ru/news/defenders-day/"
    assert 'href="/ru/news/defenders-day/" hreflang="ru"' in html
    assert 'href="/en/news/defenders-day/" hreflang="en"' in html


def test_untranslated_item_offers_the_other_home_with_a_note(small_site, client):
    html = client.get(small_site.be_only.url).content.decode()
    assert hreflangs(html) == {"be": small_site.be_only.url}
    assert 'href="/ru/?untranslated=1" hreflang="ru"' in html
    note = client.get("/ru/?untranslated=1").content.decode()
    assert 'role="status"' in note
    assert 'role="status"' not in client.get("/ru/").content.decode()


def test_one_languages_text_is_never_served_under_another_prefix(small_site, client):
    be_path = small_site.be_only.url.removeprefix("/be/")
    assert client.get(f"/ru/{be_path}").status_code == 404
    assert client.get(f"/en/{be_path}").status_code == 404


def test_language_without_a_home_is_404_not_the_default_language(small_site, client):
    small_site.homes["en"].delete()
    response = client.get("/en/")
    assert response.status_code == 404
    assert small_site.homes["be"].title not in response.content.decode()


def test_tag_page_switcher_uses_the_translated_tag_slug(small_site, client):
    html = client.get("/be/tags/pravaabaroncy/").content.decode()
    assert hreflangs(html) == {
        "be": "/be/tags/pravaabaroncy/",
        "ru": "/ru/tags/pravozashchitniki/",
        "en": "/en/tags/human-rights-defenders/",
    }


def test_tag_slug_of_another_language_is_404(small_site, client):
    assert client.get("/ru/tags/pravaabaroncy/").status_code == 404


@pytest.mark.parametrize(
    ("language", "expected"),
    [("be", "Пошук"), ("ru", "Поиск"), ("en", "Search")],
)
def test_interface_strings_are_translated(small_site, client, language, expected):
    html = client.get(f"/{language}/search/").content.decode()
    assert f"<h1>{expected}</h1>" in html


@pytest.mark.parametrize(
    "language, day, expected",
    [
        ("be", datetime.date(2025, 3, 2), "2 сакавіка 2025"),
        ("ru", datetime.date(2025, 3, 2), "2 марта 2025"),
        ("be", datetime.date(2025, 9, 9), "9 верасня 2025"),
    ],
)
def test_dates_use_each_language_s_month_names(language, day, expected):
    with translation.override(language):
        assert dateformat.format(day, "j E Y") == expected
