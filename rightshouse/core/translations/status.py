"""Which translations are behind their source.

wagtail-localize keeps, per translated object, a TranslationSource: the source's content as
it was when last synced (`last_updated_at`), split into the texts to translate; and per target
language a Translation. A synced translation is out of date when

- its source has changed since the last sync: for a page, it was published after
  `last_updated_at` (a sync reads the published version); for a snippet, its content is no
  longer what the TranslationSource holds. "Sync translated pages" is what is needed;
- texts of the last sync wait for their translation into the target language;
- or it has not been published since the last sync: a page whose live version predates the
  sync (or that was never published, as after "Translate this page"), a snippet not saved
  from its translation editor since.

Only enabled (synced) translations count: one an editor has turned into a page of its own
("Stop synced translation") is edited by hand.
"""

import json
from dataclasses import dataclass
from functools import cached_property

from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Exists, F, OuterRef, Q, Subquery
from modelcluster.models import ClusterableModel, get_serializable_data_for_fields
from wagtail.models import Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationLog,
)

MISSING = object()


def _pages_in(locale_field):
    return Page.objects.filter(
        translation_key=OuterRef("source__object_id"), locale_id=OuterRef(locale_field)
    )


def annotated(translations):
    """The enabled `translations` with what `TranslationState` needs, in a handful of
    subqueries (no query per row)."""
    untranslated_texts = (
        StringSegment.objects.filter(source_id=OuterRef("source_id"))
        .annotate(
            _target_locale_id=OuterRef("target_locale_id"),
            translated=Exists(
                StringTranslation.objects.filter(
                    translation_of_id=OuterRef("string_id"),
                    context_id=OuterRef("context_id"),
                    locale_id=OuterRef("_target_locale_id"),
                    has_error=False,
                )
            ),
        )
        .filter(translated=False)
    )
    last_saved = TranslationLog.objects.filter(
        source_id=OuterRef("source_id"), locale_id=OuterRef("target_locale_id")
    ).order_by("-created_at")
    return (
        translations.filter(enabled=True)
        .select_related(
            "source", "source__locale", "source__specific_content_type", "target_locale"
        )
        .annotate(
            source_is_page=Exists(_pages_in("source__locale_id")),
            source_published_at=Subquery(
                _pages_in("source__locale_id").values("last_published_at")[:1]
            ),
            target_published_at=Subquery(
                _pages_in("target_locale_id").values("last_published_at")[:1]
            ),
            target_saved_at=Subquery(last_saved.values("created_at")[:1]),
            waiting_for_translation=Exists(untranslated_texts),
        )
    )


def possibly_out_of_date(translations):
    """`annotated(translations)` less those the database alone shows to be up to date (a
    snippet source's content is compared in Python)."""
    synced_at = F("source__last_updated_at")
    return annotated(translations).filter(
        Q(waiting_for_translation=True)
        | Q(source_is_page=False)
        | Q(source_published_at__gt=synced_at)
        | Q(target_published_at__isnull=True)
        | Q(target_published_at__lt=synced_at)
    )


@dataclass
class TranslationState:
    """One annotated Translation (see `annotated`) and why it is out of date, if it is."""

    translation: Translation

    @property
    def source(self):
        return self.translation.source

    @cached_property
    def source_changed(self):
        synced_at = self.source.last_updated_at
        if self.translation.source_is_page:
            published_at = self.translation.source_published_at
            return published_at is not None and published_at > synced_at
        instance = getattr(self.translation, "source_instance", MISSING)
        if instance is MISSING:
            instance = source_instances([self.translation]).get(self.source.pk)
        if instance is None:  # deleted: wagtail-localize removes its translations next
            return False
        return json.loads(self.source.content_json) != json.loads(content_json(instance))

    @property
    def waiting_for_translation(self):
        return self.translation.waiting_for_translation

    @property
    def published_since_sync(self):
        synced_at = self.source.last_updated_at
        if self.translation.source_is_page:
            done_at = self.translation.target_published_at
        else:
            done_at = self.translation.target_saved_at
        return done_at is not None and done_at >= synced_at

    @property
    def out_of_date(self):
        return self.source_changed or self.waiting_for_translation or not self.published_since_sync

    @cached_property
    def progress(self):
        """(texts to translate, texts translated) since the last sync."""
        return self.translation.get_progress()


def content_json(instance):
    """The instance's content, serialised as wagtail-localize stores it in a source."""
    if isinstance(instance, ClusterableModel):
        return instance.to_json()
    return json.dumps(get_serializable_data_for_fields(instance), cls=DjangoJSONEncoder)


def source_instances(rows):
    """{source id: the source's current instance} for the snippet sources of `rows`, one
    query per model."""
    by_model = {}
    for row in rows:
        if not row.source_is_page:
            by_model.setdefault(row.source.specific_content_type, set()).add(row.source)
    instances = {}
    for content_type, sources in by_model.items():
        model = content_type.model_class()
        keys = {(source.object_id, source.locale_id): source.pk for source in sources}
        found = model._default_manager.filter(
            translation_key__in={key for key, _locale in keys},
            locale_id__in={locale for _key, locale in keys},
        )
        for instance in found:
            source_id = keys.get((instance.translation_key, instance.locale_id))
            if source_id is not None:
                instances[source_id] = instance
    return instances


def out_of_date_translations(translations=None):
    """TranslationStates of the out-of-date ones among `translations` (all by default),
    most recently synced source first."""
    translations = Translation.objects.all() if translations is None else translations
    rows = list(possibly_out_of_date(translations).order_by("-source__last_updated_at", "pk"))
    instances = source_instances(rows)
    for row in rows:
        row.source_instance = instances.get(row.source_id)
    return [state for state in map(TranslationState, rows) if state.out_of_date]


def translations_of(instance):
    """Out-of-date translations whose source is `instance`."""
    return out_of_date_translations(
        Translation.objects.filter(
            source__object_id=instance.translation_key, source__locale_id=instance.locale_id
        )
    )


def translation_into(instance):
    """The TranslationState of the synced translation that `instance` is, or None."""
    row = (
        annotated(
            Translation.objects.filter(
                source__object_id=instance.translation_key, target_locale_id=instance.locale_id
            )
        )
        .order_by("pk")
        .first()
    )
    return TranslationState(row) if row else None


def related_snippets_waiting(translation):
    """States of the synced translations, into the same language, of the snippets that the
    source of `translation` refers to (a page's tags), that still wait for translation."""
    keys = translation.source.relatedobjectsegment_set.values("object_id")
    rows = annotated(
        Translation.objects.filter(
            source__object_id__in=keys, target_locale_id=translation.target_locale_id
        )
    ).filter(waiting_for_translation=True)
    return [TranslationState(row) for row in rows]
