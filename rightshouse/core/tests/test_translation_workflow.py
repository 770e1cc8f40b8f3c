"""Translating in the admin without accidents (rightshouse/core/translations/).

Every step goes through the views the admin uses, with a logged-in admin past the second
factor: wagtail-localize's "Translate this page" form, its string editor API and the
translation editor's "Publish", and the "Sync translated pages" form. Marker words in the
Belarusian original are looked for on every public surface of the other languages: absent
before a translator publishes, present after (so a surface that stopped showing the page
could not pass by accident).
"""

import hashlib
import inspect
from urllib.parse import urlencode

import pytest
from django.test import Client
from django.urls import resolve, reverse
from wagtail.models import Locale, Page
from wagtail.users.models import UserProfile
from wagtail_localize import operations
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from rightshouse.core.translations import status
from rightshouse.core.translations.creator import (
    UPSTREAM_TRANSLATION_CREATOR,
    KeepExistingTranslationsCreator,
)
from rightshouse.core.translations.views import DraftsOnlyUpdateTranslationsView
from rightshouse.publications.factories import (
    NewsPageFactory,
    PublicationIndexPageFactory,
    TagFactory,
)
from rightshouse.publications.models import Tag

TITLE_MARK, LEAD_MARK, NEW_LEAD_MARK = "quokkamark", "wallabymark", "wombatmark"
TARGETS = ("ru", "en")
# sha256 of wagtail-localize 1.14.5's TranslationCreator.create_translations: a new version
# must be read against rightshouse/core/translations/creator.py before this is updated.
UPSTREAM_CREATE_TRANSLATIONS_SHA256 = (
    "def7108273ab9e96a939fc6b05114a767ff11d8dee091c210ef638d0ebab9137"
)


@pytest.fixture
def editor(admin_client, admin_user):
    """The admin in English, whatever the site's default language (the notices are read)."""
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "en"
    profile.save()
    return admin_client


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    """Runs what the admin leaves for the end of the transaction (publishing a translation
    is such a callback in wagtail-localize) as a committed request would."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def original(small_site):
    """A published Belarusian news item with the small site's tag, translated into nothing."""
    page = NewsPageFactory(
        parent=small_site.news["be"],
        title=f"Сустрэча {TITLE_MARK}",
        slug="sustrecha",
        lead=f"Удзельнікі дамовіліся {LEAD_MARK}.",
        locale=small_site.locales["be"],
        tags=[small_site.tags["be"]],
    )
    page.save_revision().publish()
    return page


def locale(code):
    return Locale.objects.get(language_code=code)


def submit_translation(client, commit, instance, *languages):
    if isinstance(instance, Page):
        url = reverse("wagtail_localize:submit_page_translation", args=[instance.pk])
    else:
        meta = instance._meta
        url = reverse(
            "wagtail_localize:submit_snippet_translation",
            args=[meta.app_label, meta.model_name, instance.pk],
        )
    with commit():
        response = client.post(url, {"locales": [locale(code).pk for code in languages]})
    assert response.status_code == 302, response.content.decode()[:2000]


def translation_of(instance, language):
    return Translation.objects.get(
        source__object_id=instance.translation_key, target_locale=locale(language)
    )


def translate_strings(client, translation, language):
    """Translates every text still untranslated, as a translator does in the editor."""
    segments = StringSegment.objects.filter(source=translation.source).select_related(
        "string", "context"
    )
    for segment in segments:
        done = StringTranslation.objects.filter(
            translation_of=segment.string, context=segment.context, locale=translation.target_locale
        ).exists()
        if done:
            continue
        original_text = segment.string.data
        if segment.context.path == "slug":
            value = f"{original_text}-{language}"
        else:
            value = f"[{language}] {original_text}"
        url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
        response = client.put(
            url, urlencode({"value": value}), content_type="application/x-www-form-urlencoded"
        )
        assert response.status_code in (200, 201), response.content


def edit_url(instance):
    if isinstance(instance, Page):
        return reverse("wagtailadmin_pages:edit", args=[instance.pk])
    meta = instance._meta
    return reverse(f"wagtailsnippets_{meta.app_label}_{meta.model_name}:edit", args=[instance.pk])


def publish_translation(client, commit, target):
    """The translation editor's "Publish" button."""
    with commit():
        response = client.post(edit_url(target), {"action": "publish"})
    assert response.status_code == 302


def sync(client, commit, original, **extra):
    url = reverse(
        "wagtail_localize:update_translations",
        args=[translation_of(original, TARGETS[0]).source_id],
    )
    with commit():
        response = client.post(url, extra)
    assert response.status_code == 302


def public_surfaces(small_site, language, original_slug):
    news, tag = small_site.news[language], small_site.tags[language]
    return [
        small_site.homes[language].url,
        news.url,
        news.feed_url("rss"),
        news.feed_url("atom"),
        f"{news.url}{original_slug}/",
        f"/{language}/tags/",
        tag.get_absolute_url(),
        tag.feed_url("rss"),
        tag.feed_url("atom"),
        f"/{language}/subscribe/",
        f"/{language}/archive/",
        *(f"/{language}/search/?q={mark}" for mark in (TITLE_MARK, LEAD_MARK)),
        "/sitemap.xml",
        "/sitemap-pages.xml",
        "/sitemap-tags.xml",
    ]


def marks_on(path, marks):
    """The marks the public response at `path` shows (a search page repeats its query: that
    mark is not looked for there)."""
    response = Client().get(path)
    assert response.status_code in (200, 404), (path, response.status_code)
    html = response.content.decode()
    return {mark for mark in marks if mark in html and f"q={mark}" not in path}


def out_of_date_report(client):
    response = client.get(reverse("rightshouse_translations:out_of_date"))
    assert response.status_code == 200
    return response.content.decode()


def reported(client, original):
    """Whether the report has a row for a translation of `original` (linking to it)."""
    return f'href="{edit_url(original)}"' in out_of_date_report(client)


# --- Translate this page ----------------------------------------------------------------


def test_translate_this_page_makes_drafts_that_no_public_surface_shows(
    small_site, editor, commit, original
):
    submit_translation(editor, commit, original, *TARGETS)

    for language in TARGETS:
        copy = original.get_translation(locale(language)).specific
        assert not copy.live and not copy.listed
        for path in public_surfaces(small_site, language, original.slug):
            assert not marks_on(path, {TITLE_MARK, LEAD_MARK}), (language, path)
    # The Belarusian original is as public as before.
    assert marks_on(small_site.news["be"].url, {TITLE_MARK}) == {TITLE_MARK}


def test_the_translator_publishes_a_translation_from_the_editor(
    small_site, editor, commit, original
):
    submit_translation(editor, commit, original, *TARGETS)
    for language in TARGETS:
        translation = translation_of(original, language)
        translate_strings(editor, translation, language)
        publish_translation(editor, commit, translation.get_target_instance())

    for language in TARGETS:
        published = original.get_translation(locale(language)).specific
        assert published.live and published.title == f"[{language}] {original.title}"
        news, tag = small_site.news[language], small_site.tags[language]
        for path in (
            news.url,
            news.feed_url("rss"),
            news.feed_url("atom"),
            published.url,
            tag.get_absolute_url(),
            tag.feed_url("rss"),
            tag.feed_url("atom"),
            f"/{language}/search/?q={LEAD_MARK}",
        ):
            assert marks_on(path, {TITLE_MARK}) == {TITLE_MARK}, (language, path)


def test_translating_a_section_with_its_subtree_makes_drafts_of_every_page(
    small_site, editor, commit
):
    section = PublicationIndexPageFactory(
        parent=small_site.homes["be"], title="Заявы", slug="zayavy", locale=small_site.locales["be"]
    )
    item = NewsPageFactory(
        parent=section, title=f"Заява {TITLE_MARK}", slug="zayava", locale=section.locale
    )
    url = reverse("wagtail_localize:submit_page_translation", args=[section.pk])
    with commit():
        response = editor.post(url, {"locales": [locale("ru").pk], "include_subtree": "on"})
    assert response.status_code == 302
    for page in (section, item):
        copy = page.get_translation(locale("ru"))
        assert not copy.live, page
    assert Client().get("/ru/zayavy/").status_code == 404
    assert marks_on("/ru/search/?q=Заява", {TITLE_MARK}) == set()
    assert marks_on("/ru/news/rss/", {TITLE_MARK}) == set()


# --- Snippets the page refers to ------------------------------------------------------


def test_translating_a_page_keeps_its_tags_existing_translations(
    small_site, editor, commit, original
):
    before = {
        language: Tag.objects.filter(pk=small_site.tags[language].pk).values().get()
        for language in TARGETS
    }
    submit_translation(editor, commit, original, *TARGETS)
    for language in TARGETS:
        translation = translation_of(original, language)
        translate_strings(editor, translation, language)
        publish_translation(editor, commit, translation.get_target_instance())

    for language in TARGETS:
        tag = small_site.tags[language]
        assert Tag.objects.filter(pk=tag.pk).values().get() == before[language]
        # still no wagtail-localize translation of its own, so nothing will overwrite it
        assert not Translation.objects.filter(
            source__object_id=tag.translation_key, target_locale=tag.locale
        ).exists()
        published = original.get_translation(locale(language)).specific
        assert [link.tag_id for link in published.tag_links.all()] == [tag.pk]
        for path in (tag.get_absolute_url(), tag.feed_url("rss"), tag.feed_url("atom")):
            response = Client().get(path)
            assert response.status_code == 200, path
            assert published.title in response.content.decode(), path
        assert tag.name in Client().get(tag.get_absolute_url()).content.decode()


@pytest.fixture
def witnesses(small_site):
    """A Belarusian tag with no translation, and an unrelated Russian tag that has its slug."""
    belarusian = TagFactory(name="Сведкі", slug="svedki", locale=small_site.locales["be"])
    unrelated = TagFactory(name="Свидетели", slug="svedki", locale=small_site.locales["ru"])
    return belarusian, unrelated


def test_a_tag_new_to_a_language_gets_a_free_address_there(
    small_site, editor, commit, original, witnesses
):
    belarusian, unrelated = witnesses
    original.tag_links.create(tag=belarusian)
    original.save_revision().publish()
    submit_translation(editor, commit, original, *TARGETS)

    russian = belarusian.get_translation(locale("ru"))
    assert (russian.name, russian.slug) == ("Сведкі", "svedki-2")
    english = belarusian.get_translation(locale("en"))
    assert english.slug == "svedki"  # free in English
    unrelated.refresh_from_db()
    assert (unrelated.name, unrelated.slug) == ("Свидетели", "svedki")

    translation = translation_of(original, "ru")
    translate_strings(editor, translation, "ru")
    # The translator is told that the new tag has no Russian name yet.
    notice = editor.get(edit_url(translation.get_target_instance())).content.decode()
    assert "The tag “Сведкі” it refers to waits for translation into" in notice
    publish_translation(editor, commit, translation.get_target_instance())

    published = original.get_translation(locale("ru")).specific
    assert {link.tag_id for link in published.tag_links.all()} == {
        small_site.tags["ru"].pk,
        russian.pk,
    }
    html = Client().get(published.url).content.decode()
    assert 'href="/ru/tags/svedki-2/"' in html and "/be/tags/" not in html
    tag_page = Client().get("/ru/tags/svedki-2/").content.decode()
    assert published.title in tag_page
    assert published.title not in Client().get("/ru/tags/svedki/").content.decode()


def test_a_new_tag_translation_is_not_listed_before_a_public_item_carries_it(
    small_site, editor, commit, original, witnesses
):
    belarusian, _unrelated = witnesses
    original.tag_links.create(tag=belarusian)
    original.save_revision().publish()
    submit_translation(editor, commit, original, "ru")
    assert "Сведкі" not in Client().get("/ru/tags/").content.decode()
    russian_tag = belarusian.get_translation(locale("ru"))
    assert Client().get(russian_tag.get_absolute_url()).status_code == 404
    belarusian_tag_page = Client().get(belarusian.get_absolute_url()).content.decode()
    assert russian_tag.get_absolute_url() not in belarusian_tag_page


def test_any_referred_snippet_keeps_an_existing_translation(small_site, admin_user):
    """The same rule for every translatable snippet, on the call wagtail-localize makes for
    each snippet a translated object refers to (shown with a tag that no item carries)."""
    belarusian = Tag.objects.create(name="Вясна", slug="viasna", locale=small_site.locales["be"])
    russian = belarusian.copy_for_translation(small_site.locales["ru"])
    russian.name = "Весна"
    russian.save()

    creator = KeepExistingTranslationsCreator(admin_user, [locale("ru"), locale("en")])
    creator.create_translations(belarusian, include_related_objects=False)

    russian.refresh_from_db()
    assert russian.name == "Весна"
    assert not Translation.objects.filter(
        source__object_id=belarusian.translation_key, target_locale=locale("ru")
    ).exists()
    english = belarusian.get_translation(locale("en"))
    assert english.name == "Вясна"  # a copy to translate, as wagtail-localize makes it
    assert translation_of(belarusian, "en").enabled


# --- Sync and out-of-date translations ----------------------------------------------------


def test_sync_publishes_nothing_and_editors_see_what_is_out_of_date(
    small_site, editor, commit, original, admin_user
):
    submit_translation(editor, commit, original, *TARGETS)
    assert reported(editor, original)
    assert "Not published since the last sync." in out_of_date_report(editor)
    for language in TARGETS:
        translation = translation_of(original, language)
        translate_strings(editor, translation, language)
        publish_translation(editor, commit, translation.get_target_instance())
    assert not reported(editor, original)
    assert not status.translations_of(original)

    # The editor changes the Belarusian lead and publishes it.
    original.refresh_from_db()
    original.lead = f"Удзельнікі сустрэнуцца зноў {NEW_LEAD_MARK}."
    with commit():
        original.save_revision(user=admin_user).publish(user=admin_user)
    states = status.translations_of(original)
    assert [state.source_changed for state in states] == [True, True]
    assert "The original has changed since the last sync." in out_of_date_report(editor)
    notice = editor.get(edit_url(original)).content.decode()
    assert "Its translations into" in notice and "are out of date" in notice

    # "Sync translated pages", even with wagtail-localize's "Publish immediately" ticked.
    sync(editor, commit, original, publish_translations="on")
    for language in TARGETS:
        page = original.get_translation(locale(language))
        assert NEW_LEAD_MARK not in Client().get(page.url).content.decode(), language
        assert marks_on(small_site.news[language].url, {NEW_LEAD_MARK}) == set()
    report = out_of_date_report(editor)
    assert "1 text waits for translation." in report
    assert "The original has changed since the last sync." not in report
    russian = original.get_translation(locale("ru"))
    notice = editor.get(edit_url(russian)).content.decode()
    assert "This translation is out of date: 1 text waits for translation" in notice

    # The translators translate the new lead and publish.
    for language in TARGETS:
        translation = translation_of(original, language)
        translate_strings(editor, translation, language)
        publish_translation(editor, commit, translation.get_target_instance())
        page = original.get_translation(locale(language))
        html = Client().get(page.url).content.decode()
        assert f"[{language}] Удзельнікі сустрэнуцца зноў {NEW_LEAD_MARK}." in html
    assert not status.translations_of(original)
    assert not reported(editor, original)


def test_the_sync_form_offers_no_publishing(small_site, editor, commit, original):
    submit_translation(editor, commit, original, *TARGETS)
    url = reverse(
        "wagtail_localize:update_translations", args=[translation_of(original, "ru").source_id]
    )
    html = editor.get(url).content.decode()
    assert "publish_translations" not in html and "It publishes nothing" in html
    assert resolve(url).func.view_class is DraftsOnlyUpdateTranslationsView


def test_a_snippet_source_edited_since_its_sync_is_reported(small_site, editor, commit):
    belarusian = TagFactory(name="Суды", slug="sudy", locale=small_site.locales["be"])
    submit_translation(editor, commit, belarusian, "ru")
    russian_translation = translation_of(belarusian, "ru")
    translate_strings(editor, russian_translation, "ru")
    publish_translation(editor, commit, russian_translation.get_target_instance())
    assert not status.translations_of(belarusian)

    belarusian.name = "Суды і судздзі"
    belarusian.save()
    [state] = status.translations_of(belarusian)
    assert state.source_changed
    assert reported(editor, belarusian)


# --- The one replaced piece of wagtail-localize ------------------------------------------


def test_wagtail_localize_still_creates_translations_the_way_creator_py_expects():
    """creator.py replaces TranslationCreator in wagtail_localize.operations: this fails when
    an upgrade changes what that relies on."""
    assert operations.TranslationCreator is KeepExistingTranslationsCreator
    for function in (operations.translate_object, operations.translate_page_subtree):
        assert "TranslationCreator" in inspect.unwrap(function).__code__.co_names
    source = inspect.getsource(UPSTREAM_TRANSLATION_CREATOR.create_translations)
    assert hashlib.sha256(source.encode()).hexdigest() == UPSTREAM_CREATE_TRANSLATIONS_SHA256
    # Referred snippets are the recursive call's, with include_related_objects=False.
    assert "include_related_objects=False" in source
