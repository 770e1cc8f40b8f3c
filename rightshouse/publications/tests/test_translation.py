"""Editors translate publications and tags with wagtail-localize."""

from wagtail_localize.models import Translation, TranslationSource

from rightshouse.publications.models import Publication, PublicationTag, Tag


def translate(instance, locale):
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    translation = Translation.objects.create(source=source, target_locale=locale)
    translation.save_target(publish=True)
    return instance.get_translation(locale)


def test_translating_a_publication_links_the_translated_tag(
    small_site, django_capture_on_commit_callbacks
):
    # A Russian translation of the Belarusian-only statement, as an editor would start it;
    # wagtail-localize publishes it when the transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        translated = translate(small_site.be_only, small_site.locales["ru"])
    assert translated.locale == small_site.locales["ru"]
    assert translated.get_parent().specific == small_site.news["ru"]
    tag_ids = list(
        PublicationTag.objects.filter(publication=translated).values_list("tag", flat=True)
    )
    assert tag_ids == [small_site.tags["ru"].pk]
    publication = Publication.objects.get(pk=translated.pk)
    assert publication.listed and publication.index_page_id == small_site.news["ru"].pk


def test_translating_a_tag_creates_its_row_in_the_other_language(small_site):
    from rightshouse.publications.factories import TagFactory

    tag = TagFactory(name="Палітвязні", slug="palitviazni", locale=small_site.locales["be"])
    translated = translate(tag, small_site.locales["en"])
    assert isinstance(translated, Tag)
    assert translated.translation_key == tag.translation_key
    assert translated.locale == small_site.locales["en"]
