"""New pages get Latin addresses: BGN/PCGN for Belarusian (1979) and Russian (1947).

The expected values are the examples printed in the systems' tables (less the primes for
ь and the apostrophe, and in lower case), not output of this code.
"""

import contextlib

import pytest
from django.apps import apps
from django.urls import reverse
from django.utils.text import slugify
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
from wagtail.models import Page
from wagtail_localize.models import Translation, TranslationSource

from rightshouse.core.slugs import MAX_LENGTH, LatinSlugMixin, latin_slug
from rightshouse.core.tests.test_browser import browser  # noqa: F401  (shared fixture)
from rightshouse.core.tests.test_browser_admin import close, new_tab
from rightshouse.publications.factories import NewsPageFactory, PublicationIndexPageFactory
from rightshouse.publications.models import NewsPage, Tag
from rightshouse.publications.tests.admin_forms import add_news

BELARUSIAN_EXAMPLES = {
    "Віцебск": "vitsyebsk",
    "Гомель": "homyel",  # Homyel’
    "Беліца": "byelitsa",
    "Ёдкавічы": "yodkavichy",
    "Нёман": "nyoman",
    "Жлобін": "zhlobin",
    "Ігнат": "ihnat",
    "Койданава": "koydanava",
    "Вілейка": "vilyeyka",
    "Крапіўна": "krapiwna",
    "Магілёў": "mahilyow",
    "Вільня": "vilnya",  # Vil’nya
    "Дзяржынск": "dzyarzhynsk",
    "сям’я": "syamya",  # syamʺya: the apostrophe's prime dropped
    "сям'я": "syamya",  # the same with a typewriter apostrophe
}
RUSSIAN_EXAMPLES = {
    "Елизово": "yelizovo",  # е word-initially
    "Чапаевск": "chapayevsk",  # after a vowel
    "Мейеровка": "meyyerovka",  # after й, and after a consonant
    "Юрьев": "yuryev",  # after ь: Yur’yev
    "Грозный": "groznyy",
    "Дзержинский": "dzerzhinskiy",
    "Ульяновск": "ulyanovsk",
    "Кубань": "kuban",
    "Щёлково": "shchelkovo",  # Shchëlkovo, without the diaeresis
}


@pytest.mark.parametrize(("cyrillic", "latin"), BELARUSIAN_EXAMPLES.items())
def test_belarusian_follows_bgn_pcgn_1979(cyrillic, latin):
    assert latin_slug(cyrillic, "be") == latin


@pytest.mark.parametrize(("cyrillic", "latin"), RUSSIAN_EXAMPLES.items())
def test_russian_follows_bgn_pcgn_1947(cyrillic, latin):
    assert latin_slug(cyrillic, "ru") == latin


def test_a_title_becomes_lower_case_words_joined_by_hyphens():
    assert latin_slug("Праваабаронцы Беларусі", "be") == "pravaabarontsy-byelarusi"
    assert latin_slug("Правозащитники Беларуси", "ru") == "pravozashchitniki-belarusi"
    # The language decides: г is h in Belarusian, g in Russian; е always ye in Belarusian.
    assert latin_slug("Гомель", "ru") == "gomel"
    assert latin_slug("«Вясна»: 25 гадоў!", "be") == "vyasna-25-hadow"
    assert latin_slug("Defenders' day", "en") == "defenders-day"


def test_a_long_title_is_cut_at_a_word_boundary():
    title = "Заява " + "праваабарончых арганізацый Беларусі " * 10
    slug = latin_slug(title, "be")
    assert len(slug) <= MAX_LENGTH
    assert slug.startswith("zayava-pravaabaronchykh-arhanizatsyy-byelarusi-")
    # Every part is a whole word of the title.
    words = set(latin_slug(title, "be").split("-"))
    assert words <= {"zayava", "pravaabaronchykh", "arhanizatsyy", "byelarusi"}
    assert latin_slug("Ы" * 200, "be") == "y" * MAX_LENGTH


def test_every_page_model_of_the_site_makes_latin_slugs():
    site_pages = [
        model
        for model in apps.get_models()
        if issubclass(model, Page) and model.__module__.startswith("rightshouse.")
    ]
    assert len(site_pages) >= 6
    assert [model for model in site_pages if not issubclass(model, LatinSlugMixin)] == []


def test_a_page_created_by_code_without_a_slug_gets_a_latin_one(small_site):
    parent = small_site.news["ru"]
    page = parent.add_child(instance=NewsPage(title="Правозащитники Беларуси", lead="Лид."))
    assert page.slug == "pravozashchitniki-belarusi"
    again = parent.add_child(instance=NewsPage(title="Правозащитники Беларуси", lead="Лид."))
    assert again.slug == "pravozashchitniki-belarusi-2"


def test_the_admin_fills_an_empty_slug_and_numbers_it_among_siblings(small_site, admin_client):
    """The editor with JavaScript off: the slug field is left empty."""
    parent = small_site.news["be"]
    for _ in range(3):
        response = add_news(admin_client, parent, "Праваабаронцы Беларусі", slug="")
        assert response.status_code == 302
    slugs = NewsPage.objects.filter(title="Праваабаронцы Беларусі").values_list("slug", flat=True)
    assert sorted(slugs) == [
        "pravaabarontsy-byelarusi",
        "pravaabarontsy-byelarusi-2",
        "pravaabarontsy-byelarusi-3",
    ]
    # Under another parent it is free; and the parent's language decides the scheme.
    other_parent = PublicationIndexPageFactory(parent=small_site.homes["be"], title="Заявы")
    assert add_news(admin_client, other_parent, "Праваабаронцы Беларусі").status_code == 302
    assert Page.objects.child_of(other_parent).get().slug == "pravaabarontsy-byelarusi"
    assert add_news(admin_client, small_site.news["ru"], "Правозащитники").status_code == 302
    assert Page.objects.child_of(small_site.news["ru"]).get(title="Правозащитники").slug == (
        "pravozashchitniki"
    )


def test_the_slug_the_browser_made_is_numbered_and_one_the_editor_wrote_is_checked(
    small_site, admin_client
):
    parent = small_site.news["be"]
    NewsPageFactory(parent=parent, title="Першы", slug="pravaabarontsy-byelarusi")
    # What the editor's browser put in the field from the title: numbered, as when empty.
    response = add_news(
        admin_client, parent, "Праваабаронцы Беларусі", slug="pravaabarontsy-byelarusi"
    )
    assert response.status_code == 302
    assert NewsPage.objects.filter(slug="pravaabarontsy-byelarusi-2").exists()
    # A slug the editor chose stays theirs: taken, it is refused by Wagtail's own check.
    response = add_news(admin_client, parent, "Іншая назва", slug="pravaabarontsy-byelarusi")
    assert response.status_code == 200
    assert "pravaabarontsy-byelarusi" in str(response.context["form"].errors["slug"])
    # And one the editor wrote is kept as written, Cyrillic included.
    response = add_news(admin_client, parent, "Іншая назва", slug="свая-назва")
    assert response.status_code == 302
    assert NewsPage.objects.filter(title="Іншая назва").get().slug == "свая-назва"


def test_a_translation_gets_a_latin_slug(
    small_site, admin_client, django_capture_on_commit_callbacks
):
    response = add_news(admin_client, small_site.news["be"], "Дзень салідарнасці", slug="")
    assert response.status_code == 302
    source_page = NewsPage.objects.get(title="Дзень салідарнасці")
    assert source_page.slug == "dzyen-salidarnastsi"
    source, _created = TranslationSource.get_or_create_from_instance(source_page)
    translation = Translation.objects.create(source=source, target_locale=small_site.locales["ru"])
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=False)
    translated = source_page.get_translation(small_site.locales["ru"])
    assert translated.slug == "dzyen-salidarnastsi", "wagtail-localize keeps the source's slug"


def test_an_old_cyrillic_source_slug_gives_its_translation_a_latin_one(
    small_site, django_capture_on_commit_callbacks
):
    """wagtail-localize runs a translation's slug through slugify() without Unicode, which
    leaves nothing of a Cyrillic slug: the page then makes one from its own title."""
    source_page = NewsPageFactory(
        parent=small_site.news["be"], title="Старая навіна", slug="старая-навіна"
    )
    assert slugify("старая-навіна") == ""
    source, _created = TranslationSource.get_or_create_from_instance(source_page)
    translation = Translation.objects.create(source=source, target_locale=small_site.locales["ru"])
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=False)
    translated = source_page.get_translation(small_site.locales["ru"])
    assert translated.slug.isascii() and translated.slug


def add_tag(admin_client, language, name, slug=""):
    url = reverse("wagtailsnippets_publications_tag:add") + f"?locale={language}"
    return admin_client.post(url, {"name": name, "slug": slug, "description": ""})


def test_a_new_tag_without_a_slug_gets_a_latin_one_unique_in_its_language(small_site, admin_client):
    for _ in range(2):
        assert add_tag(admin_client, "be", "Палітвязні").status_code == 302
    assert add_tag(admin_client, "ru", "Политзаключённые").status_code == 302
    slugs = dict(Tag.objects.filter(name__startswith="Пол").values_list("name", "slug"))
    assert sorted(Tag.objects.filter(name="Палітвязні").values_list("slug", flat=True)) == [
        "palitvyazni",
        "palitvyazni-2",
    ]
    assert slugs["Политзаключённые"] == "politzaklyuchennyye"
    # A slug the editor writes is theirs; existing tags keep their (Cyrillic) addresses.
    assert add_tag(admin_client, "be", "Рэпрэсіі", slug="рэпрэсіі").status_code == 302
    assert Tag.objects.get(name="Рэпрэсіі").slug == "рэпрэсіі"
    assert small_site.tags["be"].slug == Tag.objects.get(pk=small_site.tags["be"].pk).slug


# --- The editor with JavaScript on -----------------------------------------------------


def slug_shown(tab, expected):
    """The slug field's value once it is `expected` or, failing that, after 5 seconds (the
    title's changes reach the slug field after a short debounce)."""
    with contextlib.suppress(PlaywrightTimeoutError):
        tab.wait_for_function(
            "expected => document.getElementById('id_slug').value === expected",
            arg=expected,
            timeout=5000,
        )
    return tab.input_value("#id_slug")


def settled(tab, selector, quiet_ms=1000, timeout_ms=10000):
    """Waits until the field's value has not changed for `quiet_ms`."""
    tab.wait_for_function(
        """([selector, quiet]) => {
            const value = document.querySelector(selector).value;
            const now = performance.now();
            if (window.__settledValue !== value) {
                window.__settledValue = value;
                window.__settledSince = now;
            }
            return now - window.__settledSince >= quiet;
        }""",
        arg=[selector, quiet_ms],
        polling=100,
        timeout=timeout_ms,
    )


@pytest.mark.browser
def test_the_editor_sees_a_latin_slug_while_typing_the_title(
    browser,  # noqa: F811
    live_server,
    transactional_db,
    small_site,
    admin_user,
):
    tab = new_tab(browser, live_server, admin_user)
    try:
        for language, title, expected in [
            ("be", "Праваабаронцы Беларусі", "pravaabarontsy-byelarusi"),
            ("ru", "Правозащитники Беларуси: Чапаевск", "pravozashchitniki-belarusi-chapayevsk"),
        ]:
            parent = small_site.news[language]
            tab.goto(f"{live_server.url}/admin/pages/add/publications/newspage/{parent.pk}/")
            tab.fill("#id_title", "")
            tab.locator("#id_title").press_sequentially(title)
            assert slug_shown(tab, expected) == expected
            # The editor may change it; leaving the field cleans what was typed.
            # The slug is on another tab of the editor (its id follows the admin's language).
            panel = tab.evaluate("document.getElementById('id_slug').closest('[role=tabpanel]').id")
            tab.click(f'[role=tab][href="#{panel}"]')
            own = latin_slug("Свая Назва", language)
            # Leaving the title (the tab click) may fire its debounced sync once more: wait
            # until the slug field has kept one value for a while before typing over it.
            settled(tab, "#id_slug")
            tab.fill("#id_slug", "Свая Назва")
            tab.locator("#id_slug").blur()
            assert (
                slug_shown(tab, own)
                == own
                == ("svaya-nazva" if language == "be" else "svaya-nazva")
            )
        assert tab.violations == []
    finally:
        close(tab)
