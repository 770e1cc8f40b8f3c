from urllib.parse import urlencode

from django.core.exceptions import ObjectDoesNotExist
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.reports import ReportView
from wagtail_localize.views.update_translations import UpdateTranslationsView

from . import status


class DraftsOnlyUpdateTranslationsView(UpdateTranslationsView):
    """wagtail-localize's "Sync translated pages" / "Sync translated snippets", which can also
    publish every translation at once, its unchanged texts in the source language ("Publish
    immediately"). Here a sync only updates what there is to translate; translators publish
    each translation from its editor when it is translated. The form keeps wagtail-localize's
    field, so a submitted "publish_translations" is read and ignored."""

    template_name = "core/translations/update_translations.html"

    def form_valid(self, form):
        form.cleaned_data["publish_translations"] = False
        return super().form_valid(form)


class OutOfDateTranslationsView(ReportView):
    """Admin › Reports › "Out-of-date translations" (see status.py for what counts)."""

    page_title = _("Out-of-date translations")
    header_icon = "warning"
    index_url_name = "rightshouse_translations:out_of_date"
    index_results_url_name = "rightshouse_translations:out_of_date_results"
    results_template_name = "core/translations/out_of_date_results.html"
    paginate_by = 50

    def get_queryset(self):
        return status.out_of_date_translations()

    def decorate_paginated_queryset(self, object_list):
        return [row for row in map(self.describe, object_list) if row]

    def describe(self, state):
        """What a row of the report shows of a TranslationState, or None if its target is
        gone (wagtail-localize disables the translation of a deleted target)."""
        translation = state.translation
        try:
            target = translation.get_target_instance()
            edit_url = translation.get_target_instance_edit_url()
            source_edit_url = translation.source.get_source_instance_edit_url()
        except ObjectDoesNotExist:
            return None
        sync_url = reverse("wagtail_localize:update_translations", args=[translation.source_id])
        total, translated = state.progress
        return {
            "source_title": translation.source.object_repr,
            "source_locale": translation.source.locale,
            "source_edit_url": source_edit_url,
            "target_title": getattr(target, "get_admin_display_title", target.__str__)(),
            "target_locale": translation.target_locale,
            "edit_url": edit_url,
            "sync_url": f"{sync_url}?{urlencode({'next': self.request.get_full_path()})}",
            "kind": translation.source.specific_content_type.name,
            "source_changed": state.source_changed,
            "texts_waiting": total - translated,
            "published_since_sync": state.published_since_sync,
            "synced_at": translation.source.last_updated_at,
        }
