"""The public forms of signing: signing through a personal link, and the signer's own page's
re-confirmation and withdrawal.

Every size is bounded by the column it goes into. The representative's name, role and e-mail
address are kept with the signature and never shown on a public surface.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from rightshouse.core.submissions import ProtectedForm
from rightshouse.organisations.models import Organisation

from .models import Appearance, Signature

# What each way of appearing means, shown under its choice.
APPEARANCE_EXPLANATIONS = {
    Appearance.NAMED: _("The organisation's name is shown with the statement."),
    Appearance.NOT_NAMED: _(
        "Counted publicly (“+1 organisation not named for safety”); only the coordinators "
        "know the name."
    ),
    Appearance.CONFIDENTIAL: _(
        "Known to the coordinators only: neither named nor counted publicly."
    ),
}
APPEARANCE_LABELS = {
    Appearance.NAMED: _("Named"),
    Appearance.NOT_NAMED: _("Not named for safety"),
    Appearance.CONFIDENTIAL: _("Confidential"),
}


def _max_length(model, name):
    return model._meta.get_field(name).max_length


class LanguageChoiceMixin:
    """A hidden `language` field: the language version the signer read, one of `languages`."""

    def _set_languages(self, languages):
        self.fields["language"].choices = [(code, code) for code in languages]


class SignForm(LanguageChoiceMixin, ProtectedForm):
    language = forms.ChoiceField(
        widget=forms.HiddenInput,
        error_messages={
            "required": _("Choose the language version you read and sign."),
            "invalid_choice": _("Choose the language version you read and sign."),
        },
    )
    organisation_name = forms.CharField(
        label=_("Organisation"),
        max_length=_max_length(Organisation, "name_be"),
        help_text=_("The full name of the organisation you sign for."),
        error_messages={"required": _("Write the name of the organisation you sign for.")},
    )
    representative_name = forms.CharField(
        label=_("Your name"),
        max_length=_max_length(Signature, "representative_name"),
        help_text=_("Not published. Only the coordinators of the statement see it."),
        error_messages={"required": _("Write your name.")},
    )
    representative_role = forms.CharField(
        label=_("Your role (optional)"),
        max_length=_max_length(Signature, "representative_role"),
        required=False,
        help_text=_("Not published. For example: chair, director, coordinator."),
    )
    contact_email = forms.EmailField(
        label=_("E-mail for notices (optional)"),
        max_length=_max_length(Signature, "contact_email"),
        required=False,
        help_text=_(
            "Not published. We send your personal link there, and a notice if the text is "
            "changed after you sign. Leave it empty if e-mail is not safe for you."
        ),
        error_messages={"invalid": _("Write a valid e-mail address, or leave the field empty.")},
    )
    appearance = forms.ChoiceField(
        label=_("How the organisation appears"),
        choices=[(value, APPEARANCE_LABELS[value]) for value in Appearance.values],
        initial=Appearance.NAMED,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose how the organisation appears."),
            "invalid_choice": _("Choose one of the options."),
        },
    )
    authorised = forms.BooleanField(
        label=_("I am authorised to sign for this organisation"),
        error_messages={
            "required": _(
                "Tick this box to confirm that you may sign for the organisation: without it "
                "the signature cannot be recorded."
            )
        },
    )

    def __init__(self, *args, languages, asks_organisation, **kwargs):
        super().__init__(*args, **kwargs)
        self._set_languages(languages)
        if not asks_organisation:
            del self.fields["organisation_name"]

    def appearance_choices(self):
        """(radio button, label, explanation) of each way of appearing, for the template."""
        return [
            (choice, APPEARANCE_LABELS[choice.data["value"]],
             APPEARANCE_EXPLANATIONS[choice.data["value"]])
            for choice in self["appearance"]
        ]  # fmt: skip


class ReconfirmForm(LanguageChoiceMixin, forms.Form):
    language = forms.ChoiceField(widget=forms.HiddenInput)

    def __init__(self, *args, languages, **kwargs):
        super().__init__(*args, **kwargs)
        self._set_languages(languages)


class WithdrawForm(forms.Form):
    confirm = forms.BooleanField(
        label=_("Yes, withdraw the organisation's signature from this statement"),
        error_messages={"required": _("Tick this box to confirm the withdrawal.")},
    )
