"""The publication and tag editors' forms."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from rightshouse.core.slugs import LatinSlugPageForm, latin_slug

# Inline panel -> (the field whose value may appear once, the message for a second time).
ONE_ROW_PER_VALUE = {
    "tag_links": ("tag", _("This tag is already on the publication; remove this row.")),
    "related_links": (
        "related",
        _("This publication is already among the related ones; remove this row."),
    ),
}


class PublicationForm(LatinSlugPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        page = self.instance
        if "date" in self.fields and page.date is None and page.first_published_at:
            # A published item whose latest revision carries no date keeps the date it
            # went live with (Publication._go_live_date); show that rather than nothing.
            self.initial["date"] = (
                type(page).objects.filter(pk=page.pk).values_list("date", flat=True).first()
            )

    def clean(self):
        cleaned_data = super().clean()
        for relation, (field, message) in ONE_ROW_PER_VALUE.items():
            formset = self.formsets.get(relation)
            if formset is not None:
                self._refuse_repeats(formset, field, message)
        return cleaned_data

    @staticmethod
    def _refuse_repeats(formset, field, message):
        """An error on the second row naming a tag or publication that an earlier row has.

        The database allows one row per value (unique constraints), and the formset's own
        check would only say "Please correct the duplicate data for page and related";
        this one says which row and why, and takes the row out of that check.
        """
        seen = set()
        for form in formset.forms:
            # Asking the formset for its deleted forms would run its own check first.
            if not form.is_valid() or form.cleaned_data.get("DELETE"):
                continue
            value = form.cleaned_data.get(field)
            if value is None:
                continue
            if value.pk in seen:
                form.add_error(field, message)
            seen.add(value.pk)


class TagForm(WagtailAdminModelForm):
    """A new tag left without a slug gets a Latin one from its name, numbered if another tag
    of its language has it (rightshouse.core.slugs). A slug the editor writes, and those of
    existing tags (Cyrillic ones included, whose addresses are public), stay as they are."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "slug" in self.fields:
            self.fields["slug"].required = False
            self.fields["slug"].help_text = _(
                "The last part of the tag's address, unique within its language. Left"
                " empty, it is made from the name in Latin letters."
            )

    def clean(self):
        cleaned_data = super().clean()
        name = cleaned_data.get("name")
        if cleaned_data.get("slug") or not name or not self.instance.locale_id:
            return cleaned_data
        locale = self.instance.locale
        if slug := latin_slug(name, locale.language_code):
            cleaned_data["slug"] = self._available(slug, locale)
        return cleaned_data

    def _available(self, slug, locale):
        tags = self._meta.model.objects.filter(locale=locale).exclude(pk=self.instance.pk)
        candidate, number = slug, 1
        while tags.filter(slug=candidate).exists():
            number += 1
            candidate = f"{slug}-{number}"
        return candidate
