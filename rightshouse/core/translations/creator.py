"""What "Translate this page" does to the snippets the page refers to.

wagtail-localize's TranslationCreator translates, along with the page, every snippet the page
refers to (a news item's tags through its tag links), one level deep, into every language
chosen, and does so whether or not the snippet is translated there already: an existing
Russian tag was overwritten with the Belarusian name and slug, and its address and feeds were
gone. Here a referred snippet is translated only into the languages it has no translation in.
The new translation starts as a copy of the source, so its slug is the source's, unless that
slug is taken in the target language (by an unrelated snippet): then it gets the first free
`<slug>-2`, `<slug>-3`…, recorded as the slug's translation, which the translator may change.
Addresses made of (language, slug) thus stay unique, and no existing one changes.

wagtail-localize has no setting or hook for this. `install()` puts the subclass in the place
of TranslationCreator in `wagtail_localize.operations`, whose `translate_object` (the submit
views) and `translate_page_subtree` (their "include subtree") look the name up when they run;
`core/tests/test_translation_workflow.py` fails if either stops doing so, or if upstream's
`create_translations` changes, so that an upgrade is reviewed against this module.
"""

from django.db import models
from wagtail.models import Page
from wagtail_localize import operations
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource

UPSTREAM_TRANSLATION_CREATOR = operations.TranslationCreator


class KeepExistingTranslationsCreator(UPSTREAM_TRANSLATION_CREATOR):
    def create_translations(self, instance, include_related_objects=True):
        if include_related_objects or isinstance(instance, Page):
            # What the editor chose to translate: the submit form offers only the
            # languages it has no translation in.
            return super().create_translations(instance, include_related_objects)
        # A snippet the chosen object refers to (upstream passes include_related_objects=False).
        missing = [locale for locale in self.target_locales if not instance.has_translation(locale)]
        if not missing:
            return None
        chosen = self.target_locales
        self.target_locales = missing
        try:
            give_free_slugs(instance, missing)
            return super().create_translations(instance, include_related_objects)
        finally:
            self.target_locales = chosen


def install():
    operations.TranslationCreator = KeepExistingTranslationsCreator


def give_free_slugs(instance, locales):
    """For each slug of `instance` already used in one of `locales` by another object of its
    model, record a free one as the slug's translation there (see the module docstring)."""
    model = type(instance)
    slug_fields = {
        field.name: field
        for field in model._meta.concrete_fields
        if isinstance(field, models.SlugField)
    }
    if not slug_fields:
        return
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    segments = StringSegment.objects.filter(
        source=source, context__path__in=list(slug_fields)
    ).select_related("context", "string")
    for segment in segments:
        field = slug_fields[segment.context.path]
        for locale in locales:
            already_translated = StringTranslation.objects.filter(
                translation_of=segment.string, locale=locale, context=segment.context
            ).exists()
            if already_translated:
                continue
            slug = free_slug(model, field, segment.string.data, locale)
            if slug != segment.string.data:
                StringTranslation.objects.create(
                    translation_of=segment.string,
                    locale=locale,
                    context=segment.context,
                    data=slug,
                    translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
                )


def free_slug(model, field, slug, locale):
    """`slug`, or the first of `slug-2`, `slug-3`… that no `model` object uses in `locale`
    (in any language if the field is unique on its own)."""
    objects = model._default_manager.all()
    if not field.unique:
        objects = objects.filter(locale=locale)
    candidate, number = slug, 1
    while objects.filter(**{field.name: candidate}).exists():
        number += 1
        suffix = f"-{number}"
        candidate = slug[: field.max_length - len(suffix)] + suffix
    return candidate
