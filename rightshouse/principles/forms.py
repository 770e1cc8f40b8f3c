"""The public accession form: who accedes, how staff reach them, and the text they accede to;
and the staff's forms for deciding applications and recording the register's events.

The applicant accedes to one published edition's text in the language of the page they read
(or, if that edition has no text in it, the text the edition page shows them instead): its
language and SHA-256 are stored with the application. Every size is bounded by the column it
goes into, and the website by the party's own column, which approval copies it into.
"""

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.admin.widgets import AdminDateInput

from rightshouse.core.fallback import LANGUAGE_CODES
from rightshouse.core.submissions import ProtectedForm
from rightshouse.organisations.models import Kind, Organisation

from .models import AccessionApplication, Case, Edition, EventKind
from .registry import ALLOWED_EVENTS, EVENTS_NEEDING_A_REASON


def _max_length(name):
    return AccessionApplication._meta.get_field(name).max_length


class EditionChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, edition):
        return _("Edition %(number)s, adopted on %(date)s") % {
            "number": edition.number,
            "date": date_format(edition.adopted_on),
        }


class AccessionForm(ProtectedForm):
    kind = forms.ChoiceField(
        label=_("Who accedes"),
        choices=[(value, capfirst(label)) for value, label in Kind.choices],
        initial=Kind.ORGANISATION,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose who accedes."),
            "invalid_choice": _("Choose one of the options."),
        },
    )
    name = forms.CharField(
        label=_("Name on the register"),
        max_length=_max_length("name"),
        help_text=_(
            "The name of the organisation or initiative, or your own name as a defender, as it "
            "should appear on the register."
        ),
        error_messages={"required": _("Write the name.")},
    )
    city = forms.CharField(
        label=_("City (optional)"),
        max_length=_max_length("city"),
        required=False,
        help_text=_("Where you work. Leave it empty if naming it would put anyone at risk."),
    )
    country = forms.CharField(
        label=_("Country (optional)"), max_length=_max_length("country"), required=False
    )
    in_exile = forms.BooleanField(label=_("We work in exile"), required=False)
    website = forms.URLField(
        label=_("Website (optional)"),
        # The party's own column, which approval copies the address into, is the shorter.
        max_length=Organisation._meta.get_field("website").max_length,
        required=False,
        assume_scheme="https",
        help_text=_("The full address, for example https://example.org"),
        error_messages={"invalid": _("Write a full web address, for example https://example.org")},
    )
    representative_name = forms.CharField(
        label=_("Representative"),
        max_length=_max_length("representative_name"),
        help_text=_(
            "Not published. The person who speaks for you in this accession; an individual "
            "defender writes their own name."
        ),
        error_messages={"required": _("Write the name of the person who represents you.")},
    )
    representative_role = forms.CharField(
        label=_("Representative's role (optional)"),
        max_length=_max_length("representative_role"),
        required=False,
        help_text=_("Not published. For example: chair, director, coordinator."),
    )
    contact = forms.CharField(
        label=_("Private contact for verification"),
        max_length=_max_length("contact"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "Not published. How the coalition's staff can reach you to confirm this "
            "application: an e-mail address, a Signal number or another safe way. Only the "
            "staff who verify applications see it."
        ),
        error_messages={
            "required": _("Write how the staff can reach you to verify the application.")
        },
    )
    edition = EditionChoiceField(
        label=_("Edition of the Principles"),
        queryset=Edition.objects.published().order_by("-number"),
        empty_label=None,
        help_text=_(
            "You accede to the text of this edition in the language of this page. The edition "
            "in force is chosen already."
        ),
        error_messages={
            "required": _("Choose the edition you accede to."),
            "invalid_choice": _("Choose one of the editions in the list."),
        },
    )
    consent_to_publication = forms.BooleanField(
        label=_("We agree that our accession is published on the register"),
        help_text=_(
            "The register shows your number, name (unless you ask not to be named below), "
            "kind, the date of accession, the edition and the status. Without this consent the "
            "accession cannot be recorded."
        ),
        error_messages={
            "required": _(
                "Tick this box to agree to the publication: without it the accession cannot be "
                "recorded."
            )
        },
    )
    not_named_for_safety = forms.BooleanField(
        label=_("List us as “not named for safety” (optional)"),
        required=False,
        help_text=_(
            "The register then shows your number, kind and date in place of your name, and "
            "no profile of you is published. The staff still know who you are."
        ),
    )

    def __init__(self, *args, language, **kwargs):
        super().__init__(*args, **kwargs)
        self.language = language
        if not self.is_bound:
            self.initial.setdefault("edition", Edition.objects.current())

    def clean(self):
        cleaned_data = super().clean()
        edition = cleaned_data.get("edition")
        if edition is not None:
            text = edition.text_in(self.language)
            if text is None:
                self.add_error("edition", _("This edition has no text yet: choose another one."))
            else:
                cleaned_data["text"] = text
        return cleaned_data


# --- The staff's forms (viewsets/applications.py, viewsets/register.py) ----------------------


def _not_in_the_future(value):
    if value and value > timezone.localdate():
        raise forms.ValidationError(_("The date cannot be in the future."))
    return value


class ApproveForm(forms.Form):
    acceded_on = forms.DateField(
        label=_("Date of accession"),
        required=False,
        widget=AdminDateInput,
        help_text=_("Leave empty for today."),
    )

    def clean_acceded_on(self):
        return _not_in_the_future(self.cleaned_data["acceded_on"])


class RejectForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason for the rejection"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "Kept with the application for the staff; never published. The applicant is not "
            "told automatically: write to them through their contact."
        ),
        error_messages={"required": _("Give the reason for the rejection.")},
    )


class RegisterPartyChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, party):
        return _("No. %(number)s: %(name)s") % {
            "number": party.accessions.get().number,
            "name": party.name,
        }


class JoinForm(forms.Form):
    party = RegisterPartyChoiceField(
        label=_("Party on the register"),
        queryset=Organisation.objects.filter(accessions__isnull=False).order_by(
            "accessions__number"
        ),
        help_text=_(
            "For a party that is already on the register: no new number is given, the "
            "application is marked as joined to it, and its contact is added to the party's "
            "private details."
        ),
        error_messages={"required": _("Choose the party on the register.")},
    )
    reason = forms.CharField(
        label=_("Note (optional)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class EventForm(forms.Form):
    """The next event of an accession: only the kinds its current status allows."""

    kind = forms.ChoiceField(label=_("Event"))
    date = forms.DateField(label=_("Date"), widget=AdminDateInput)
    public_reason_be = forms.CharField(
        label=_("Public reason (Belarusian)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_(
            "Shown on the register beside the status. Required for a suspension or an "
            "exclusion, which are decisions; write it in every language you can."
        ),
    )
    public_reason_ru = forms.CharField(
        label=_("Public reason (Russian)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    public_reason_en = forms.CharField(
        label=_("Public reason (English)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    case = forms.ModelChoiceField(
        label=_("Complaints case (optional)"),
        queryset=Case.objects.order_by("-pk"),
        required=False,
        help_text=_("The case whose decision this event carries out, if any."),
    )

    def __init__(self, *args, accession, **kwargs):
        super().__init__(*args, **kwargs)
        allowed = ALLOWED_EVENTS[accession.status]
        self.fields["kind"].choices = [
            (value, capfirst(label)) for value, label in EventKind.choices if value in allowed
        ]
        self.fields["date"].initial = timezone.localdate()

    def clean_date(self):
        return _not_in_the_future(self.cleaned_data["date"])

    def clean(self):
        cleaned_data = super().clean()
        reasons = [cleaned_data.get(f"public_reason_{code}", "").strip() for code in LANGUAGE_CODES]
        if cleaned_data.get("kind") in EVENTS_NEEDING_A_REASON and not any(reasons):
            self.add_error(
                "public_reason_be", _("A suspension or exclusion needs a public reason.")
            )
        return cleaned_data

    def reasons(self):
        return {code: self.cleaned_data[f"public_reason_{code}"] for code in LANGUAGE_CODES}


class PriorAccessionForm(forms.Form):
    """An accession made before this site (by e-mail, on paper): it takes the next number."""

    party = forms.ModelChoiceField(
        label=_("Party"),
        queryset=Organisation.objects.filter(accessions__isnull=True),
        help_text=_(
            "Parties not yet on the register. Add the party under Organisations first if it is "
            "not in the list."
        ),
    )
    edition = forms.ModelChoiceField(
        label=_("Edition"), queryset=Edition.objects.published(), empty_label=None
    )
    language = forms.ChoiceField(
        label=_("Language of the text acceded to"), choices=settings.LANGUAGES
    )
    acceded_on = forms.DateField(label=_("Date of accession"), widget=AdminDateInput)

    def clean_acceded_on(self):
        return _not_in_the_future(self.cleaned_data["acceded_on"])
