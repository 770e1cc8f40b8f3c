"""Admin texts in the admin user's language, the snippet choosers' buttons included.

Wagtail fixed those buttons' texts once, in Belarusian, as it registered the snippets at
start-up (see rightshouse/users/admin_language.py). Several languages in one process, in
turn, show that nothing stays in the language of whoever came first.
"""

import re

import pytest
from django.test import Client
from wagtail.users.models import UserProfile

from rightshouse.conftest import log_in_with_second_factor
from rightshouse.users.admin_language import SnippetChooser

TAG_CHOOSER = {
    "en": ["Choose another tag", "Edit this tag", "Choose tag"],
    "ru": ["Выбрать другой тег", "Править тег", "Выбрать тег"],
    "be": ["Выбраць іншы тэг", "Рэдактаваць гэта тэг", "Выбраць тэг"],
}
LABELS = {
    "en": {"title": "Title", "date": "Date", "lead": "Lead", "tags": "Add Tag"},
    "ru": {"title": "Название", "date": "Дата", "lead": "Вводный абзац", "tags": "Добавить Тег"},
    "be": {"title": "Назва", "date": "Дата", "lead": "Уводны абзац", "tags": "Дадаць Тэг"},
}
# Languages in an order where each differs from the one before.
ORDER = ["en", "ru", "be", "en", "ru"]


def texts(html):
    return [" ".join(text.split()) for text in re.findall(r">([^<>]+)<", html) if text.strip()]


def chooser_texts(html, field_id):
    """The visible texts of a chooser widget: its buttons and its edit link."""
    start = html.index(f'<div id="{field_id}-chooser"')
    end = html.index("</script>", start)  # the widget ends with its initialising <script>
    return [text for text in texts(html[start:end]) if not text.startswith("new ")]


def label(html, field):
    match = re.search(rf'<label[^>]*for="id_{field}"[^>]*>(.*?)</label>', html, re.S)
    return " ".join(re.sub(r"<[^>]+>", "", match.group(1)).split()).rstrip("*")


@pytest.fixture
def admin_in(small_site, admin_user):
    def log_in(language):
        profile = UserProfile.get_for_user(admin_user)
        profile.preferred_language = language
        profile.save()
        return log_in_with_second_factor(Client(), admin_user)

    return log_in


def test_the_page_editor_follows_each_admin_users_language(small_site, admin_in):
    news = small_site.translated["en"]
    for language in ORDER:
        html = admin_in(language).get(f"/admin/pages/{news.pk}/edit/").content.decode()
        assert chooser_texts(html, "id_tag_links-0-tag")[1:] == TAG_CHOOSER[language], language
        expected = LABELS[language]
        for field in ("title", "date", "lead"):
            assert label(html, field) == expected[field], (language, field)
        assert expected["tags"] in texts(html), language


def test_every_snippet_chooser_follows_the_language(small_site, admin_in):
    """The content page's related tag: the same widget, on another page type."""
    page = small_site.content["en"]
    for language in ORDER:
        html = admin_in(language).get(f"/admin/pages/{page.pk}/edit/").content.decode()
        shown = chooser_texts(html, "id_related_tag")
        assert [shown[0], shown[1], shown[-1]] == TAG_CHOOSER[language], language


def test_admin_forms_use_the_translated_chooser(small_site, admin_in):
    from rightshouse.core.models import ContentPage

    admin_in("en").get("/admin/")  # the admin's URLs, and so the override, are loaded
    form_class = ContentPage.get_edit_handler().get_form_class()
    assert type(form_class.base_fields["related_tag"].widget) is SnippetChooser


def test_belarusian_can_be_chosen_as_the_admin_language(small_site, admin_in):
    html = admin_in("en").get("/admin/account/").content.decode()
    select = re.search(r'<select name="locale-preferred_language".*?</select>', html, re.S)
    values = re.findall(r'<option value="([^"]*)"', select.group(0))
    assert set(values) - {""} == {"be", "ru", "en"}


def test_without_a_preference_the_admin_follows_the_browser(small_site, admin_in):
    client = admin_in("")
    html = client.get("/admin/pages/", headers={"accept-language": "ru"}).content.decode()
    assert '<html lang="ru"' in html
    html = client.get("/admin/pages/", headers={"accept-language": "de"}).content.decode()
    assert '<html lang="be"' in html
