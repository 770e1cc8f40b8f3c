"""The admin's merge action: pick the duplicate of a party, confirm, and the duplicate's
references move to the party kept (rightshouse.organisations.services.merge_parties)."""

from django import forms
from django.contrib.auth.decorators import permission_required
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin import messages

from .models import Organisation
from .services import MergeRefused, check_merge, merge_parties, references_to_parties


class MergeForm(forms.Form):
    duplicate = forms.ModelChoiceField(
        queryset=Organisation.objects.none(),
        label=gettext_lazy("Duplicate to merge into this organisation and delete"),
    )

    def __init__(self, *args, kept, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["duplicate"].queryset = Organisation.objects.exclude(pk=kept.pk)


def _references(party):
    counts = []
    for model, field_name in references_to_parties():
        count = model._base_manager.filter(**{field_name: party}).count()
        if count:
            counts.append((model._meta.verbose_name_plural, count))
    return counts


@permission_required("organisations.delete_organisation", raise_exception=True)
def merge(request, pk):
    kept = get_object_or_404(Organisation, pk=pk)
    form = MergeForm(request.POST or None, kept=kept)
    context = {"kept": kept, "form": form, "confirming": False}
    if request.method == "POST" and form.is_valid():
        duplicate = form.cleaned_data["duplicate"]
        try:
            check_merge(kept, duplicate)
            if request.POST.get("confirm") == "yes":
                merge_parties(kept, duplicate, user=request.user)
                messages.success(request, _("The duplicate was merged into “%s”.") % kept)
                return redirect(
                    reverse("wagtailsnippets_organisations_organisation:edit", args=[pk])
                )
            context.update(confirming=True, duplicate=duplicate, references=_references(duplicate))
        except MergeRefused as refusal:
            messages.error(request, str(refusal))
    return TemplateResponse(request, "organisations/admin/merge.html", context)
