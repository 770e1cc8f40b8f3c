"""The admin's search boxes: every snippet and page type, in listings and choosers, with and
without the language filter, in three languages; another form of a word finds the item
(rightshouse/search/backend.py).

The models come from Wagtail's registries, so a snippet or page type added later is covered
without touching this file (`make_item` fills its required text fields)."""

import re
import uuid

import pytest
from django.db import models
from django.urls import reverse
from wagtail.models import Page, TranslatableMixin, get_page_models
from wagtail.snippets.models import get_snippet_models

from rightshouse.core.demo import tree_root
from rightshouse.publications.models import Tag

# Per language: an item's title, another form of its word to search for, and the title of an
# item the search must not find. Words the small site does not use, so only these can match.
WORDS = {
    # genitive plural in -аў (written -ав by the stemmer) against the nominative plural
    "be": ("Назіральнікі", "назіральнікаў", "Журналісты"),
    # genitive plural against the nominative plural
    "ru": ("Наблюдатели", "наблюдателей", "Журналисты"),
    "en": ("Observer", "observers", "Journalists"),
}
OTHER_LANGUAGE = {"be": "ru", "ru": "en", "en": "be"}


def snippet_models():
    return sorted(get_snippet_models(), key=lambda model: model._meta.label)


def page_models():
    return sorted(
        (model for model in get_page_models() if model is not Page and model.is_creatable),
        key=lambda model: model._meta.label,
    )


def title_field(model):
    """The field the admin's search box matches (its first AutocompleteField)."""
    fields = model.get_autocomplete_search_fields()
    assert fields, f"{model.__name__} has no AutocompleteField: the admin cannot search it"
    return fields[0].field_name


def required_values(model, title):
    """Values for the model's required fields that have no default."""
    values = {}
    for field in model._meta.concrete_fields:
        if field.blank or field.has_default() or not field.editable or field.primary_key:
            continue
        if isinstance(field, models.SlugField):
            values[field.name] = f"s-{uuid.uuid4().hex[:12]}"
        elif isinstance(field, models.CharField | models.TextField):
            values[field.name] = title
    return values


def make_item(model, title, locale, parent=None):
    values = required_values(model, title)
    values[title_field(model)] = title
    if issubclass(model, TranslatableMixin):
        values["locale"] = locale
    if issubclass(model, Page):
        return parent.add_child(instance=model(**values))
    return model.objects.create(**values)


def page_parent(model, small_site, language):
    candidates = [
        small_site.homes[language],
        small_site.news[language],
        small_site.content[language],
        tree_root(),
    ]
    for parent in candidates:
        if model.can_create_at(parent):
            return parent
    pytest.fail(f"no parent for {model.__name__} in the small site: add one to page_parent()")


def lists(response, title):
    """Whether the response lists an item of this title: as a link's text (the search box
    repeats the query, and "no results for …" too)."""
    assert response.status_code == 200, response.request
    if response["Content-Type"] == "application/json":  # a chooser modal's first view
        html = response.json()["html"]
    else:
        html = response.content.decode()
    links = re.findall(r"<a\b[^>]*>(.*?)</a>", html, flags=re.DOTALL)
    return any(re.sub(r"<[^>]+>", "", link).strip() == title for link in links)


def offered_orderings(response):
    """The orderings the listing's column headers link to."""
    html = response.json()["html"] if response["Content-Type"] == "application/json" else None
    html = html or response.content.decode()
    return sorted(set(re.findall(r"[?&;]ordering=(-?[\w.]+)", html)))


def found(response, found_title, missed_title):
    return lists(response, found_title) and not lists(response, missed_title)


def snippet_urls(model):
    meta = model._meta
    listing = f"wagtailsnippets_{meta.app_label}_{meta.model_name}"
    chooser = f"wagtailsnippetchoosers_{meta.app_label}_{meta.model_name}"
    return {
        "listing": reverse(f"{listing}:list"),
        "listing results": reverse(f"{listing}:list_results"),
        "chooser": reverse(f"{chooser}:choose"),
        "chooser results": reverse(f"{chooser}:choose_results"),
    }


def test_the_registries_list_the_known_models():
    """A guard for the parametrisation below: it sees every searchable model there is."""
    assert {"Tag", "Organisation"} <= {model.__name__ for model in snippet_models()}
    assert {
        "HomePage",
        "ContentPage",
        "PublicationIndexPage",
        "NewsPage",
        "StatementPage",
        "PrinciplesPage",
    } <= {model.__name__ for model in page_models()}


@pytest.mark.parametrize("language", WORDS)
@pytest.mark.parametrize("model", snippet_models(), ids=lambda model: model.__name__)
def test_snippet_listings_and_choosers_find_other_forms_of_a_word(
    small_site, admin_client, model, language
):
    title, other_form, missed_title = WORDS[language]
    make_item(model, title, small_site.locales[language])
    make_item(model, missed_title, small_site.locales[language])
    translatable = issubclass(model, TranslatableMixin)
    for view, url in snippet_urls(model).items():
        for query in (title, other_form, other_form.upper()[:-1] + other_form[-1]):
            assert found(admin_client.get(url, {"q": query}), title, missed_title), (view, query)
            if translatable:
                response = admin_client.get(url, {"q": query, "locale": language})
                assert found(response, title, missed_title), (view, query, language)
                # the language filter is applied: the item is not in another language
                other = OTHER_LANGUAGE[language]
                response = admin_client.get(url, {"q": query, "locale": other})
                assert not lists(response, title), (view, query, other)
        # sorted by each column the listing offers, rather than by relevance
        for ordering in offered_orderings(admin_client.get(url, {"q": other_form})):
            response = admin_client.get(url, {"q": other_form, "ordering": ordering})
            assert found(response, title, missed_title), (view, ordering)


@pytest.mark.parametrize("language", WORDS)
@pytest.mark.parametrize("model", page_models(), ids=lambda model: model.__name__)
def test_page_search_chooser_and_explorer_find_other_forms_of_a_word(
    small_site, admin_client, model, language
):
    title, other_form, missed_title = WORDS[language]
    parent = page_parent(model, small_site, language)
    make_item(model, title, small_site.locales[language], parent)
    make_item(model, missed_title, small_site.locales[language], parent)
    content_type = f"{model._meta.app_label}.{model._meta.model_name}"
    other = OTHER_LANGUAGE[language]
    searches = {
        "page search": (reverse("wagtailadmin_pages:search"), {}),
        "page search, this type": (
            reverse("wagtailadmin_pages:search"),
            {"content_type": content_type},
        ),
        "page chooser, this type": (
            reverse("wagtailadmin_choose_page_search"),
            {"page_type": content_type},
        ),
        "explorer": (reverse("wagtailadmin_explore_root"), {}),
        "explorer, this language": (
            reverse("wagtailadmin_explore_root"),
            {"locale": language},
        ),
        "explorer below the parent, this language": (
            reverse("wagtailadmin_explore", args=[parent.pk]),
            {"locale": language},
        ),
    }
    for view, (url, params) in searches.items():
        for query in (title, other_form):
            response = admin_client.get(url, {"q": query, **params})
            assert found(response, title, missed_title), (view, query)
        # sorted by each column the listing offers, rather than by relevance
        response = admin_client.get(url, {"q": other_form, **params})
        for ordering in offered_orderings(response) or ["title"]:
            response = admin_client.get(url, {"q": other_form, **params, "ordering": ordering})
            assert found(response, title, missed_title), (view, ordering)
    response = admin_client.get(reverse("wagtailadmin_explore_root"), {"q": title, "locale": other})
    assert not lists(response, title)


@pytest.mark.parametrize(
    "query",
    ['"', "'", "*", "AND", "NEAR(", "a OR", "-", '") OR 1=1 --', "{}[]()^~:", "x" * 300, "😀"],
)
def test_any_query_string_is_safe_in_the_admin(small_site, admin_client, query):
    tag_list = reverse("wagtailsnippets_publications_tag:list_results")
    for url in (reverse("wagtailadmin_pages:search"), tag_list):
        assert admin_client.get(url, {"q": query}).status_code == 200
        assert admin_client.get(url, {"q": query, "locale": "be"}).status_code == 200


def test_a_tag_is_found_by_another_form_of_its_name_in_the_chooser(small_site, admin_client):
    url = reverse("wagtailsnippetchoosers_publications_tag:choose_results")
    response = admin_client.get(url, {"q": "праваабаронцаў", "locale": "be"})
    assert lists(response, "Праваабаронцы")
    response = admin_client.get(url, {"q": "правозащитников", "locale": "ru"})
    assert lists(response, "Правозащитники")


def test_belarusian_o_and_a_that_move_with_the_stress_are_one_letter(small_site, admin_client):
    make_item(Tag, "Голас", small_site.locales["be"])
    make_item(Tag, "Гаспадарка", small_site.locales["be"])
    url = reverse("wagtailsnippets_publications_tag:list_results")
    assert found(admin_client.get(url, {"q": "галасы", "locale": "be"}), "Голас", "Гаспадарка")
