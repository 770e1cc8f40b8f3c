"""The demo's Russian and English content are wagtail-localize translations of the Belarusian,
so an editor syncs, edits and deletes them as they would their own translated content.

Published joint statements are the exception: each language's text is the one its signatories
signed (rightshouse.statements), so no language version may be re-made from another by a
sync; their pages share a translation key but are not wagtail-localize translations."""

import pytest
from django.urls import reverse
from django.utils.translation import override as translation_override
from wagtail.models import Locale, Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from rightshouse.core import demo_content as core_content
from rightshouse.principles import demo_content as principles_content
from rightshouse.publications import demo_content as publications_content
from rightshouse.publications.models import Publication, Tag
from rightshouse.statements.models import JointStatement

SOURCE = "be"
TARGETS = ("ru", "en")
ONE_LANGUAGE_ITEMS = {"legal-initiative-cedaw", "lawtrend-funding"}  # only in Russian


@pytest.fixture
def demo_site(built_demo, admin_client):
    return admin_client


def translation_of(obj):
    """The enabled wagtail-localize Translation whose target is `obj`, or None."""
    return (
        Translation.objects.filter(
            source__object_id=obj.translation_key,
            target_locale_id=obj.locale_id,
            enabled=True,
        )
        .select_related("source__locale")
        .first()
    )


def expected_page_titles(language):
    items = [
        core_content.HOME,
        principles_content.PRINCIPLES_PAGE,
        *publications_content.INDEXES,
        *publications_content.PUBLICATIONS,
        *core_content.CONTENT_PAGES,
    ]
    return sorted(item[language]["title"] for item in items if language in item)


@pytest.mark.parametrize("language", TARGETS)
def test_every_demo_page_and_snippet_is_a_translation_of_the_belarusian(demo_site, language):
    signed_texts = JointStatement.objects.exclude(publication_key=None)
    pages = (
        Page.objects.filter(locale__language_code=language, depth__gt=1)
        .exclude(translation_key__in=signed_texts.values("publication_key"))
        .specific()
    )
    snippets = [
        *Tag.objects.filter(locale__language_code=language),
    ]
    # Organisations are one party each, not translations (rightshouse.organisations).
    assert len(pages) > 40 and len(snippets) == 8
    for obj in [*pages, *snippets]:
        translation = translation_of(obj)
        if getattr(obj, "slug", None) in ONE_LANGUAGE_ITEMS:
            # written in Russian only: a source of its own, translated into nothing
            assert translation is None
            assert not obj.get_translations().exists()
            continue
        assert translation, f"{obj!r} is not a wagtail-localize translation"
        assert translation.source.locale.language_code == SOURCE
        assert translation.get_target_instance().pk == obj.pk
        total, translated = translation.get_progress()
        assert total == translated > 0, f"{obj!r} has untranslated strings"
        if isinstance(obj, Page):
            assert obj.live and obj.get_latest_revision()
            source = obj.get_translation(Locale.objects.get(language_code=SOURCE))
            assert obj.title != source.title, f"{obj!r} copies the Belarusian title"
    # The translations carry demo_content's own text in this language, not copies.
    assert sorted(page.title for page in pages) == expected_page_titles(language)


def test_a_published_joint_statement_keeps_each_language_as_signed(demo_site):
    """Its pages are one page in three languages, each with the text signed in it, which no
    wagtail-localize sync may overwrite."""
    statement = JointStatement.objects.exclude(publication_key=None).get()
    pages = Publication.objects.filter(translation_key=statement.publication_key)
    assert {page.locale.language_code for page in pages} == {"be", "ru", "en"}
    for page in pages:
        assert page.live and translation_of(page) is None
        assert page.title == statement.text_in(page.locale.language_code).title


def test_an_editor_syncs_an_edited_belarusian_page_into_its_translations(
    demo_site, admin_user, client, django_capture_on_commit_callbacks
):
    page = Publication.objects.get(slug="coordination-meeting-2026", locale__language_code=SOURCE)
    page = page.specific
    russian = page.get_translation(Locale.objects.get(language_code="ru"))
    source = TranslationSource.objects.get_for_instance(page)
    sync_url = reverse("wagtail_localize:update_translations", args=[source.pk])
    # The page's edit view offers "Sync translated pages".
    edit_view = demo_site.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert edit_view.status_code == 200 and sync_url in edit_view.content.decode()

    new_lead = "Удзельнікі сустрэчы дамовіліся сустрэцца зноў увосень."
    page.lead = new_lead
    page.save_revision(user=admin_user).publish(user=admin_user)
    translation = Translation.objects.get(source=source, target_locale=russian.locale)
    assert translation.get_progress()[0] == translation.get_progress()[1], "nothing synced yet"

    with django_capture_on_commit_callbacks(execute=True):
        response = demo_site.post(sync_url, {"publish_translations": "on"})
    assert response.status_code == 302

    source.refresh_from_db()
    assert StringSegment.objects.filter(source=source, string__data=new_lead).exists()
    total, translated = translation.get_progress()
    assert translated == total - 1, "only the new lead waits for its Russian translation"
    with translation_override("en"):
        assert translation.get_status_display() == "Waiting for translations"
    # Syncing publishes nothing: the Russian page keeps its Russian lead until a translator
    # translates the new one and publishes (core/translations/views.py).
    russian.refresh_from_db()
    html = client.get(russian.url).content.decode()
    old_lead = StringTranslation.objects.get(
        locale=russian.locale, context__object_id=page.translation_key, context__path="lead"
    )
    assert new_lead not in html and old_lead.data in html and russian.title in html


def test_deleting_or_unpublishing_a_belarusian_page_does_the_same_to_its_translations(
    demo_site, client
):
    """The admin's delete and unpublish views cascade to translations (core/wagtail_hooks.py),
    and wagtail-localize removes its translation records with the source."""
    locales = {code: Locale.objects.get(language_code=code) for code in (SOURCE, *TARGETS)}
    page = Publication.objects.get(slug="bsu-videos", locale=locales[SOURCE])
    key = page.translation_key
    others = {code: page.get_translation(locales[code]) for code in TARGETS}
    assert Translation.objects.filter(source__object_id=key).count() == 2

    response = demo_site.post(reverse("wagtailadmin_pages:delete", args=[page.pk]))
    assert response.status_code == 302

    assert not Page.objects.filter(translation_key=key).exists()
    assert not TranslationSource.objects.filter(object_id=key).exists()
    assert not StringTranslation.objects.filter(context__object_id=key).exists()
    for code, other in others.items():
        assert client.get(other.url).status_code == 404, code

    statement = next(
        p
        for p in Publication.objects.filter(locale=locales[SOURCE], live=True)
        if Publication.objects.translation_of(p, inclusive=False).filter(live=True).exists()
    )
    response = demo_site.post(reverse("wagtailadmin_pages:unpublish", args=[statement.pk]))
    assert response.status_code == 302
    assert not Publication.objects.filter(translation_key=statement.translation_key, live=True)
