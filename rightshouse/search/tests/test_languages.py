"""Search understands Belarusian, Russian and English words, the same on SQLite and PostgreSQL.

Run with the default settings (SQLite) and with DATABASE_URL pointing at PostgreSQL: the
index holds stems made in Python (rightshouse.search.text), so both must give these results.
"""

import uuid
from urllib.parse import urlencode

import pytest

from rightshouse.conftest import EARLIER
from rightshouse.publications.factories import NewsPageFactory, TagFactory
from rightshouse.publications.models import PublicationTag
from rightshouse.search.tests.test_search import result_titles
from rightshouse.search.text import STOP_WORDS, query_terms, stem_belarusian, words


def news(small_site, language, title, lead="", body="", slug=None, tags=()):
    return NewsPageFactory(
        parent=small_site.news[language],
        title=title,
        slug=slug or f"n-{uuid.uuid4().hex[:8]}",
        lead=lead or title,
        body=body,
        date=EARLIER,
        locale=small_site.locales[language],
        tags=list(tags),
    )


def found(client, language, query):
    return result_titles(client, f"/{language}/search/?{urlencode({'q': query})}")


# --- е and ё, case, apostrophes ----------------------------------------------------------------


@pytest.mark.parametrize("query", ["заключенных", "заключённых", "ЗАКЛЮЧЁННЫХ", "Заключенных"])
def test_russian_yo_and_ye_find_each_other_both_ways(small_site, client, query):
    news(small_site, "ru", "Письма заключённым", lead="Голоса заключённых услышаны.")
    news(small_site, "ru", "Права заключенных", lead="Доклад о правах заключенных.")
    assert sorted(found(client, "ru", query)) == ["Письма заключённым", "Права заключенных"]


def test_russian_search_matches_yo_in_the_fixture_text(small_site, client):
    # The small site's lead says «за решёткой».
    assert found(client, "ru", "решетка") == ["День правозащитников"]


def test_belarusian_yo_is_folded_too(small_site, client):
    news(small_site, "be", "Сёлетні даклад", lead="Вынікі працы за год.")
    assert found(client, "be", "селетні") == ["Сёлетні даклад"]
    assert found(client, "be", "СЁЛЕТНІ") == ["Сёлетні даклад"]


@pytest.mark.parametrize("query", ["сям’я", "сям'я", "сямʼя", "сям‘я", "сям`я", "сямі", "сям’ю"])
def test_belarusian_apostrophe_variants_match(small_site, client, query):
    news(small_site, "be", "Падтрымка сем’яў", lead="Кожная сям'я атрымала дапамогу.")
    news(small_site, "be", "Лісты з калоніі", lead="Яго сямʼі перадалі лісты.")
    assert sorted(found(client, "be", query)) == ["Лісты з калоніі", "Падтрымка сем’яў"]


def test_word_initial_short_u_is_plain_u_but_not_inside_a_word(small_site, client):
    news(small_site, "be", "Заява пра ўлады", lead="Улады не адказалі.")
    assert found(client, "be", "улады") == ["Заява пра ўлады"]
    assert found(client, "be", "ўладамі") == ["Заява пра ўлады"]
    # Inside a word ў is a letter of its own: «праваабаронцаў» is not «праваабаронцау».
    assert words("праваабаронцаў ўлады") == ["праваабаронцаў", "улады"]


# --- inflections --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "query",
    ["правозащитник", "правозащитники", "правозащитников", "правозащитниками", "ПРАВОЗАЩИТНИКУ"],
)
def test_russian_inflections(small_site, client, query):
    assert found(client, "ru", query) == ["День правозащитников"]


@pytest.mark.parametrize("query", ["defenders", "defender", "Defender's", "defending"])
def test_english_inflections(small_site, client, query):
    assert found(client, "en", query) == ["Defenders&#x27; day"]


@pytest.mark.parametrize(
    "query",
    [
        "праваабаронца",
        "праваабаронцы",
        "праваабаронцаў",
        "праваабаронцам",
        "праваабаронцамі",
        "праваабаронцах",
        "праваабаронцу",
    ],
)
def test_belarusian_inflections(small_site, client, query):
    # Both Belarusian pages are tagged «Праваабаронцы».
    both = ["Дзень праваабаронцаў", "Заява толькі па-беларуску"]
    assert sorted(found(client, "be", query)) == both


@pytest.mark.parametrize(
    ("forms", "stem"),
    [
        ("заява заявы заяву заяў", "зая"),
        ("дзяржава дзяржавы дзяржаў дзяржаве", "дзярж"),
        ("суд суда судзе", "суд"),
        ("адказнасць адказнасці адказнасцю", "адказнас"),
        ("арганізацыя арганізацыі арганізацыю арганізацый арганізацыям", "арганізац"),
        ("год года гадоў гады", "гад"),
        ("міжнародная міжнароднага міжнародных міжнароднымі", "міжнарадн"),
    ],
)
def test_belarusian_stemmer_conflates_a_paradigm(forms, stem):
    assert {stem_belarusian(word) for word in words(forms)} == {stem}


def test_belarusian_inflections_in_the_body_are_found(small_site, client):
    news(
        small_site,
        "be",
        "Рашэнне суда",
        body="<p>Дзяржава не выканала сваіх абавязацельстваў.</p>",
    )
    for query in ("суд", "у судзе", "дзяржаў", "абавязацельствы"):
        assert found(client, "be", query) == ["Рашэнне суда"], query


def test_every_word_of_a_query_is_required(small_site, client):
    assert found(client, "en", "defenders solidarity") == ["Defenders&#x27; day"]
    assert found(client, "en", "defenders elephants") == []


def test_stop_words_are_ignored_and_a_query_of_stop_words_only_finds_nothing(small_site, client):
    assert found(client, "en", "the defenders of") == ["Defenders&#x27; day"]
    assert found(client, "ru", "с коллегами") == ["День правозащитников"]
    html = client.get("/en/search/?q=the+of").content.decode()
    assert "card__title" not in html and 'role="status"' in html


def test_query_terms_are_language_aware():
    assert query_terms("Заключённых", "ru") == query_terms("заключенных", "ru") == "заключен"
    assert query_terms("праваабаронцаў", "be") == query_terms("Праваабаронца", "be")
    assert query_terms("Defenders", "en") == "defend"
    assert query_terms("the of і", "en") == "і"  # «і» is a stop word in Belarusian only


def test_unstemmed_title_words_do_not_match_a_stem_by_chance(small_site, client):
    # «права» stems to «пра», which is also the preposition "about": titles are indexed as
    # stems only, and «пра» is a stop word there.
    news(small_site, "be", "Заява пра ўлады", lead="Улады не адказалі.")
    news(small_site, "be", "Правы чалавека", lead="Абарона правоў.")
    assert found(client, "be", "права") == ["Правы чалавека"]


def test_the_database_does_no_language_processing_of_its_own(small_site, client):
    # SQLite's Porter tokenizer stemmed the stems again: "general" and "generous" both became
    # "gener" there, and not on PostgreSQL. Both databases must give the same answer.
    news(small_site, "en", "A generous donation", lead="Thanks to our donors.")
    assert found(client, "en", "generous") == ["A generous donation"]
    assert found(client, "en", "general") == []


def test_latin_accents_are_folded(small_site, client):
    news(small_site, "en", "A letter from Łukašenka's prison", lead="Café talks in Vilnius.")
    for query in ("Łukašenka", "łukasenka", "cafe", "CAFÉ"):
        assert found(client, "en", query) == ["A letter from Łukašenka&#x27;s prison"], query
    # Cyrillic letters keep what makes them letters: й is not и.
    assert words("Май мои Ёлка") == ["май", "мои", "елка"]


# --- tags ---------------------------------------------------------------------------------------


def torture_tags(small_site):
    return {
        code: TagFactory(name=name, slug=slug, locale=small_site.locales[code])
        for code, name, slug in [
            ("be", "Катаванні", "katavanni"),
            ("ru", "Пытки", "pytki"),
            ("en", "Torture", "torture"),
        ]
    }


def test_a_tag_name_finds_its_publications_in_its_language(small_site, client):
    tags = torture_tags(small_site)
    news(small_site, "be", "Сведчанні з ізалятара", tags=[tags["be"]])
    news(small_site, "ru", "Свидетельства из изолятора", tags=[tags["ru"]])
    news(small_site, "en", "Testimonies from a detention centre", tags=[tags["en"]])
    assert found(client, "be", "катаванняў") == ["Сведчанні з ізалятара"]
    assert found(client, "ru", "пытках") == ["Свидетельства из изолятора"]
    assert found(client, "en", "tortured") == ["Testimonies from a detention centre"]
    assert found(client, "ru", "катаванні") == [] and found(client, "be", "пытки") == []


def test_adding_removing_and_renaming_a_tag_updates_the_index(small_site, client):
    tag = TagFactory(name="Death penalty", slug="death-penalty", locale=small_site.locales["en"])
    page = news(small_site, "en", "A court ruling")
    assert found(client, "en", "penalty") == []
    link = PublicationTag.objects.create(publication=page, tag=tag)
    assert found(client, "en", "penalty") == ["A court ruling"]
    tag.name = "Capital punishment"
    tag.save()
    assert found(client, "en", "penalty") == []
    assert found(client, "en", "punishments") == ["A court ruling"]
    link.delete()
    assert found(client, "en", "punishment") == []


def test_a_tag_added_in_a_draft_is_searchable_only_once_published(small_site, client):
    tag = torture_tags(small_site)["en"]
    page = small_site.translated["en"]
    page.tag_links.add(PublicationTag(tag=tag, locale=page.locale))
    revision = page.save_revision()
    assert found(client, "en", "torture") == []
    revision.publish()
    assert found(client, "en", "torture") == ["Defenders&#x27; day"]


def test_deleting_a_tagged_publication_leaves_nothing_behind(small_site, client):
    page = small_site.be_only
    page.delete()
    assert found(client, "be", "заява") == []
    assert found(client, "be", "праваабаронцы") == ["Дзень праваабаронцаў"]


# --- languages stay apart ------------------------------------------------------------------------


def test_results_stay_in_the_current_language(small_site, client):
    # «мандат» is spelled alike in Belarusian and Russian.
    news(small_site, "be", "Мандат дакладчыка", lead="Савет падоўжыў мандат.")
    news(small_site, "ru", "Мандат докладчика", lead="Совет продлил мандат.")
    assert found(client, "be", "мандат") == ["Мандат дакладчыка"]
    assert found(client, "ru", "мандата") == ["Мандат докладчика"]
    assert found(client, "en", "мандат") == []
    # The Belarusian-only statement is not found from the other languages.
    assert found(client, "be", "перакладзеная") == ["Заява толькі па-беларуску"]
    assert found(client, "ru", "перакладзеная") == []


def test_stop_words_are_written_as_normalised_words():
    for stop_words in STOP_WORDS.values():
        assert all(words(word) == [word] for word in stop_words)
