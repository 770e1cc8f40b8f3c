from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Count
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import ObjectList
from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.snippets.views.snippets import SnippetViewSet

from rightshouse.core.fallback import LANGUAGE_CODES

from ..editions import ProposedText, check_deletion, check_edit
from ..models import Edition


class EditionForm(WagtailAdminModelForm):
    """The edition with its texts; refuses what the freeze rule forbids
    (rightshouse.principles.editions)."""

    def clean(self):
        cleaned_data = super().clean()
        texts = self.formsets.get("texts")
        # Until every text is valid there is nothing certain to compare; the edit is
        # refused for those errors first and checked again when sent back.
        if self.instance.pk is None or texts is None or not texts.is_valid():
            return cleaned_data
        proposals = [
            ProposedText.of(form.instance, delete=bool(form.cleaned_data.get("DELETE")))
            for form in texts.forms
            if form.instance.pk is not None or form.has_changed()
        ]
        try:
            check_edit(
                self.instance,
                proposals,
                number=cleaned_data.get("number"),
                is_published=cleaned_data.get("is_published"),
            )
        except ValidationError as error:
            self.add_error(None, error)
        return cleaned_data


def refuse_deleting_frozen_editions(request, instances):
    """A `before_delete_snippet` hook: one edition or several (the bulk action), none
    deleted if any has been acceded to."""
    editions = [instance for instance in instances if isinstance(instance, Edition)]
    try:
        check_deletion(editions)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
        return redirect(edition_viewset.get_url_name("list"))
    return None


def _languages(edition):
    codes = {text.language for text in edition.texts.all()}
    return ", ".join(code for code in LANGUAGE_CODES if code in codes)


class EditionViewSet(SnippetViewSet):
    model = Edition
    icon = "doc-full"
    menu_label = _("Editions")
    url_prefix = "principles/editions"
    url_namespace = "principles_editions"
    list_display = [
        "__str__",
        "adopted_on",
        BooleanColumn("is_published", label=_("published")),
        Column("languages", label=_("languages"), accessor=_languages),
        Column("accession_count", label=_("accessions"), sort_key="accession_count"),
    ]
    edit_handler = ObjectList(Edition.panels, base_form_class=EditionForm)

    def get_queryset(self, request):
        return Edition.objects.annotate(accession_count=Count("accessions")).prefetch_related(
            "texts"
        )


edition_viewset = EditionViewSet()
