"""The public form to report a suspected breach of the Principles or a conflict of interest.

Only parties the public may see by name are offered: a party not named for safety or
confidential is never listed, and its id sent by hand is refused like any unknown value.
"""

import re

from django import forms
from django.utils.text import capfirst, format_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.admin.widgets import AdminDateInput

from rightshouse.core.submissions import ProtectedForm
from rightshouse.organisations.models import Organisation
from rightshouse.organisations.visibility import public_parties

from .cases import DECISION_EVENTS, LANGUAGE_CODES
from .models import (
    NEXT_STATUSES,
    AccessionEvent,
    AccessionStatus,
    Case,
    CaseKind,
    CaseStatus,
    Edition,
)

# The value of "not in this list" in the party select.
OTHER_PARTY = "other"
# Parties still bound by the Principles; after a withdrawal or an exclusion a report about
# the party goes under "not in this list".
BOUND_STATUSES = [AccessionStatus.ACTIVE, AccessionStatus.SUSPENDED]
# How many principles may be named when there is no edition to count them in.
MOST_PRINCIPLES = 99
DESCRIPTION_MAX = Case._meta.get_field("description").max_length
NAME_MAX = Case._meta.get_field("reporter_name").max_length
CONTACT_MAX = Case._meta.get_field("reporter_contact").max_length
PARTY_DESCRIBED_MAX = Case._meta.get_field("party_described").max_length
PRINCIPLES_MAX = Case._meta.get_field("principles_concerned").max_length


# Filled in by Django's MaxLengthValidator, in the language of the request.
TOO_LONG = _("This is too long: at most %(limit_value)s characters (it has %(show_value)s).")


def named_parties_on_the_register():
    """The parties bound by the Principles that may be shown by name, sorted by name."""
    bound = Organisation.objects.filter(accessions__status__in=BOUND_STATUSES).distinct()
    return sorted(public_parties(bound), key=lambda party: party.name.casefold())


class ReportForm(ProtectedForm):
    kind = forms.ChoiceField(
        label=_("What are you reporting?"),
        choices=[
            (CaseKind.BREACH, _("A suspected breach of the Principles by an acceding party")),
            (
                CaseKind.CONFLICT_OF_INTEREST,
                _("A conflict of interest: your own, or one you have observed"),
            ),
        ],
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose what you are reporting."),
            "invalid_choice": _("Choose what you are reporting."),
        },
    )
    party = forms.ChoiceField(
        label=_("Who is concerned?"),
        help_text=_("The organisations on the register that are listed by name."),
        error_messages={
            "required": _("Choose who is concerned, or “Not in this list”."),
            "invalid_choice": _("Choose who is concerned from the list, or “Not in this list”."),
        },
    )
    party_described = forms.CharField(
        label=_("If not in the list: who is concerned"),
        help_text=_("The name of the organisation or person, or a description."),
        required=False,
        max_length=PARTY_DESCRIBED_MAX,
        error_messages={"max_length": TOO_LONG},
    )
    principles = forms.CharField(
        label=_("Which principles (optional)"),
        help_text=_("Their numbers, separated by commas, for example: 3, 11."),
        required=False,
        max_length=PRINCIPLES_MAX,
        error_messages={"max_length": TOO_LONG},
    )
    description = forms.CharField(
        label=_("What happened?"),
        help_text=format_lazy(
            _(
                "Describe what happened, when and where, and how you know. "
                "At most {limit} characters."
            ),
            limit=DESCRIPTION_MAX,
        ),
        max_length=DESCRIPTION_MAX,
        widget=forms.Textarea(attrs={"rows": 10}),
        error_messages={
            "required": _("Describe what happened."),
            "max_length": TOO_LONG,
        },
    )
    reporter_name = forms.CharField(
        label=_("Your name (optional)"),
        required=False,
        max_length=NAME_MAX,
        error_messages={"max_length": TOO_LONG},
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )
    reporter_contact = forms.CharField(
        label=_("How we can reach you (optional)"),
        help_text=_("An e-mail address, a Signal number or another safe way to reach you."),
        required=False,
        max_length=CONTACT_MAX,
        error_messages={"max_length": TOO_LONG},
        widget=forms.Textarea(attrs={"rows": 3, "autocomplete": "off"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.parties = {str(party.pk): party for party in named_parties_on_the_register()}
        self.fields["party"].choices = [
            ("", _("Choose…")),
            *((pk, party.name) for pk, party in self.parties.items()),
            (OTHER_PARTY, _("Not in this list")),
        ]

    def clean_principles(self):
        text = self.cleaned_data["principles"]
        if not text.strip():
            return ""
        if not re.fullmatch(r"[\d\s,;]+", text):
            raise forms.ValidationError(
                _("Write the numbers of the principles, separated by commas, for example: 3, 11."),
                code="invalid",
            )
        numbers = sorted({int(number) for number in re.findall(r"\d+", text)})
        highest = _principles_in_force()
        if any(number < 1 or number > highest for number in numbers):
            raise forms.ValidationError(
                _("The Principles are numbered from 1 to %(highest)s."),
                code="out_of_range",
                params={"highest": highest},
            )
        return ", ".join(str(number) for number in numbers)

    def clean(self):
        cleaned = super().clean()
        choice = cleaned.get("party")
        described = (cleaned.get("party_described") or "").strip()
        if choice == OTHER_PARTY and not described:
            self.add_error(
                "party_described",
                forms.ValidationError(
                    _("Write who is concerned, as they are not in the list."), code="required"
                ),
            )
        cleaned["party"] = self.parties.get(choice)
        # A party chosen from the list needs no description; one typed as well is kept.
        cleaned["party_described"] = described
        return cleaned


def _principles_in_force():
    edition = Edition.objects.current()
    text = edition.text_in() if edition else None
    count = len(text.numbered_principles()) if text else 0
    return count or MOST_PRINCIPLES


# --- Staff forms (the case page in the admin) -------------------------------------------

NOTE_MAX = 8000
OUTCOME_MAX = 4000
REASON_MAX = 2000


class MoveForm(forms.Form):
    new_status = forms.ChoiceField(label=_("Move the case to"))
    note = forms.CharField(
        label=_("Internal note"), required=False, max_length=NOTE_MAX, widget=forms.Textarea
    )
    decision = forms.CharField(
        label=_("Decision (internal)"),
        help_text=_("Needed to resolve or dismiss the case. Never published."),
        required=False,
        max_length=NOTE_MAX,
        widget=forms.Textarea,
    )
    decided_on = forms.DateField(
        label=_("Date of the decision"),
        help_text=_("Needed to resolve or dismiss the case."),
        required=False,
        widget=AdminDateInput,
    )

    def __init__(self, *args, case, **kwargs):
        super().__init__(*args, **kwargs)
        choices = dict(CaseStatus.choices)
        self.fields["new_status"].choices = [
            (status, capfirst(choices[status])) for status in NEXT_STATUSES[case.status]
        ]


class NoteForm(forms.Form):
    note = forms.CharField(label=_("Internal note"), max_length=NOTE_MAX, widget=forms.Textarea)


class OutcomeForm(forms.Form):
    """The public outcome per language: at least one; it names no reporter."""

    def __init__(self, *args, case, **kwargs):
        super().__init__(*args, **kwargs)
        for code in LANGUAGE_CODES:
            field_name = f"public_outcome_{code}"
            self.fields[field_name] = forms.CharField(
                label=capfirst(Case._meta.get_field(field_name).verbose_name),
                required=False,
                max_length=OUTCOME_MAX,
                initial=getattr(case, field_name),
                widget=forms.Textarea(attrs={"rows": 5}),
            )

    def outcomes(self):
        return {code: self.cleaned_data[f"public_outcome_{code}"] for code in LANGUAGE_CODES}


class PartyForm(forms.Form):
    party = forms.ModelChoiceField(
        label=_("Party concerned"),
        help_text=_("Leave empty if the party is not in the directory."),
        queryset=Organisation.objects.all(),
        required=False,
    )


class RegisterEventForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("Decision on the register"),
        choices=[(kind, capfirst(kind.label)) for kind in DECISION_EVENTS],
    )
    date = forms.DateField(label=_("From"), widget=AdminDateInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for code in LANGUAGE_CODES:
            field_name = f"public_reason_{code}"
            self.fields[field_name] = forms.CharField(
                label=capfirst(AccessionEvent._meta.get_field(field_name).verbose_name),
                help_text=_("Shown on the register. At least one language."),
                required=False,
                max_length=REASON_MAX,
                widget=forms.Textarea(attrs={"rows": 3}),
            )

    def reasons(self):
        return {code: self.cleaned_data[f"public_reason_{code}"] for code in LANGUAGE_CODES}
