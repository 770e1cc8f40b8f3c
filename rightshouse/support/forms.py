"""The public forms of the support service: asking for support, offering it, and coming back
with a receipt. What they hold is turned into records (JSON, then encrypted by `cases`)
here, so the views never handle the answers themselves."""

import json

from django import forms
from django.utils.translation import gettext_lazy as _

from rightshouse.core.submissions import ProtectedForm

from . import receipts
from .models import RecordKind

TEXT_MAX_CHARACTERS = 20_000
CONTACT_MAX_CHARACTERS = 1_000
OTHER_MAX_CHARACTERS = 1_000

WHO_CHOICES = [
    ("organisation", _("An organisation or initiative")),
    ("person", _("A person")),
]
HELP_CHOICES = [
    ("legal", _("Legal")),
    ("psychological", _("Psychological")),
    ("medical", _("Medical")),
    ("relocation", _("Relocation")),
    ("financial", _("Financial")),
    ("digital_security", _("Digital security")),
    ("other", _("Other")),
]
YES_NO = [("yes", _("Yes")), ("no", _("No"))]
WITH_RECEIPT = "receipt"
NO_CONTACT = "no_contact"


def _json(data):
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()


def _yes_no(label, help_text=""):
    return forms.ChoiceField(
        label=label,
        help_text=help_text,
        choices=YES_NO,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose yes or no."),
            "invalid_choice": _("Choose yes or no."),
        },
    )


def _who(label):
    return forms.ChoiceField(
        label=label,
        choices=WHO_CHOICES,
        initial="organisation",
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose who is writing."),
            "invalid_choice": _("Choose one of the options."),
        },
    )


def _help(label, required):
    return forms.MultipleChoiceField(
        label=label,
        choices=HELP_CHOICES,
        required=required,
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "required": _("Choose at least one kind of help."),
            "invalid_choice": _("Choose from the list."),
        },
    )


def _other():
    return forms.CharField(
        label=_("Other help (optional)"),
        max_length=OTHER_MAX_CHARACTERS,
        required=False,
        help_text=_("If you ticked “Other”, say what."),
    )


class SupportRequestForm(ProtectedForm):
    who = _who(_("Who is asking for support"))
    what = forms.CharField(
        label=_("What happened"),
        max_length=TEXT_MAX_CHARACTERS,
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text=_(
            "Describe what happened and what you need, as much as you find safe. Names are "
            "not required."
        ),
        error_messages={"required": _("Describe what happened.")},
    )
    help = _help(_("What help is needed (optional)"), required=False)
    other = _other()
    contact = forms.CharField(
        label=_("How can we reach you (optional)"),
        max_length=CONTACT_MAX_CHARACTERS,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "A safe way to reach you: a Signal number, an e-mail address, a contact through "
            "someone you trust. Leave it empty to be answered only through your receipt."
        ),
    )
    consent_contact = _yes_no(_("May we contact you?"))
    consent_share = _yes_no(
        _("May we share your request with a partner organisation that can help?"),
        _("We always ask you again before naming you to anyone."),
    )
    consent_reports = _yes_no(
        _("May we use your case, anonymised, in our reports?"),
        _("Without names or details by which you could be recognised."),
    )
    reply = forms.ChoiceField(
        label=_("Coming back for our answer"),
        choices=[
            (WITH_RECEIPT, _("Give me a receipt to come back, read replies and answer")),
            (NO_CONTACT, _("Do not contact me: give me no receipt")),
        ],
        initial=WITH_RECEIPT,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose whether you want a receipt."),
            "invalid_choice": _("Choose one of the options."),
        },
    )

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("reply") == NO_CONTACT and (
            cleaned_data.get("contact") or cleaned_data.get("consent_contact") == "yes"
        ):
            self.add_error(
                "reply",
                _(
                    "You asked not to be contacted, but gave a contact or allowed us to "
                    "contact you. Change one of these answers."
                ),
            )
        return cleaned_data

    @property
    def with_receipt(self):
        return self.cleaned_data["reply"] == WITH_RECEIPT

    def records(self):
        """[(kind, plaintext)] of what the applicant sent (cases.create_case encrypts them)."""
        data = self.cleaned_data
        records = [
            (
                RecordKind.REQUEST,
                _json(
                    {
                        "who": data["who"],
                        "what": data["what"],
                        "help": data["help"],
                        "other": data["other"],
                    }
                ),
            ),
            (
                RecordKind.CONSENT,
                _json(
                    {
                        "contact": data["consent_contact"] == "yes",
                        "share_with_partner": data["consent_share"] == "yes",
                        "anonymised_reports": data["consent_reports"] == "yes",
                    }
                ),
            ),
        ]
        if data["contact"]:
            records.append((RecordKind.CONTACT, data["contact"].encode()))
        return records


class SupportOfferForm(ProtectedForm):
    who = _who(_("Who offers support"))
    help = _help(_("What help can you offer"), required=True)
    other = _other()
    languages = forms.CharField(
        label=_("Languages you work in (optional)"), max_length=200, required=False
    )
    capacity = forms.CharField(
        label=_("Capacity (optional)"),
        max_length=2_000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("For example: how many cases a month, in which countries, for how long."),
    )
    contact = forms.CharField(
        label=_("How can we reach you"),
        max_length=CONTACT_MAX_CHARACTERS,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("A safe way to reach you: an e-mail address, a Signal number."),
        error_messages={"required": _("Write how a case handler can reach you.")},
    )

    def records(self):
        data = self.cleaned_data
        offer = {key: data[key] for key in ("who", "help", "other", "languages", "capacity")}
        return [
            (RecordKind.REQUEST, _json(offer)),
            (RecordKind.CONTACT, data["contact"].encode()),
        ]


class ReceiptForm(forms.Form):
    """The receipt, typed in to come back (and sent again, hidden, with each answer)."""

    receipt = forms.CharField(
        label=_("Your receipt"),
        # Longer input is refused here, before any Argon2 work (receipts.normalise too).
        max_length=receipts.RECEIPT_MAX_CHARACTERS,
        help_text=_("The seven words you were given, in order."),
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "autocapitalize": "none", "spellcheck": "false"}
        ),
        error_messages={"required": _("Type your receipt.")},
    )


class AnswerForm(ReceiptForm):
    receipt = forms.CharField(widget=forms.HiddenInput, max_length=receipts.RECEIPT_MAX_CHARACTERS)
    message = forms.CharField(
        label=_("Your answer"),
        max_length=TEXT_MAX_CHARACTERS,
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={"required": _("Write your answer.")},
    )
