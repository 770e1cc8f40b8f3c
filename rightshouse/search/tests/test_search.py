import pytest

from rightshouse.core.queries import clean_query
from rightshouse.search.text import query_terms


def result_titles(client, path):
    response = client.get(path)
    assert response.status_code == 200
    html = response.content.decode()
    return [chunk.split(">")[1].split("<")[0] for chunk in html.split('card__title"><a')[1:]]


def test_search_finds_words_in_the_current_language_only(small_site, client):
    assert result_titles(client, "/en/search/?q=solidarity") == ["Defenders&#x27; day"]
    assert result_titles(client, "/ru/search/?q=solidarity") == []
    assert result_titles(client, "/ru/search/?q=солидарность") == ["День правозащитников"]
    assert result_titles(client, "/be/search/?q=салідарнасць") == ["Дзень праваабаронцаў"]


def test_search_skips_unpublished_pages(small_site, client):
    small_site.translated["en"].unpublish()
    assert result_titles(client, "/en/search/?q=solidarity") == []


def test_english_search_matches_other_forms_of_a_word(small_site, client):
    assert result_titles(client, "/en/search/?q=imprison") == ["Defenders&#x27; day"]


def test_search_results_are_paginated(small_site, client, settings):
    settings.SEARCH_RESULTS_PER_PAGE = 2
    small_site.add_news("en", 3)
    assert len(result_titles(client, "/en/search/?q=item")) == 2
    assert len(result_titles(client, "/en/search/?q=item&page=2")) == 1
    assert client.get("/en/search/?q=item&page=3").status_code == 404


@pytest.mark.parametrize(
    "query",
    [
        '"',
        "'",
        "*",
        "AND",
        "NEAR(",
        "a OR",
        "-",
        '") OR 1=1 --',
        "\x00",
        "%00",
        "\\",
        "{}[]()^~:",
        "x" * 5000,
        "😀 ✊",
        "solidarity\r\ninjected",
        "<script>alert(1)</script>",
    ],
)
def test_any_query_string_is_safe(small_site, client, query):
    response = client.get("/en/search/", {"q": query})
    assert response.status_code == 200
    assert "<script>alert" not in response.content.decode()


def test_queries_are_cleaned_and_bounded(settings):
    assert clean_query("  a\x00b\tc  ") == "a b c"
    assert len(clean_query("y" * 10_000)) == settings.SEARCH_QUERY_MAX_LENGTH


def test_search_terms_are_plain_words_without_operators():
    assert query_terms('"Viasna" AND (Minsk)* NEAR', "en") == "viasna minsk near"


def test_empty_search_shows_the_form_only(small_site, client):
    html = client.get("/en/search/?q=+++").content.decode()
    assert 'id="search-page-q"' in html and "card__title" not in html
