"""The forms of a case page: each action a handler takes on a case."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .. import keys
from ..models import Case, CaseKind, CaseStatus

REPLY_MAX_CHARS = 20_000


class UnlockForm(forms.Form):
    passphrase = forms.CharField(
        label=_("Your handler passphrase"),
        strip=False,
        max_length=1024,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )


class ReplyForm(forms.Form):
    text = forms.CharField(
        label=_("Reply to the applicant"),
        max_length=REPLY_MAX_CHARS,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("The applicant reads it with their receipt. It is stored encrypted."),
    )


class StatusForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), choices=CaseStatus.choices)


class ReassignForm(forms.Form):
    handlers = forms.MultipleChoiceField(
        label=_("Handlers of this case"),
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Only people with a handler key are listed. Those unticked lose access."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["handlers"].choices = [
            (str(key.user.pk), key.user.get_full_name() or key.user.get_username())
            for key in keys.handler_keys().select_related("user").order_by("user__username")
        ]

    def users(self):
        return [int(pk) for pk in self.cleaned_data["handlers"]]


class MatchForm(forms.Form):
    offer = forms.ModelChoiceField(label=_("Offer of support"), queryset=Case.objects.none())
    consent_given_on = forms.DateField(
        label=_("The applicant consented to sharing on"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_(
            "Leave empty if the applicant agreed to sharing with a partner in their "
            "application. Fill it in only after asking them."
        ),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["offer"].queryset = user.support_cases.filter(kind=CaseKind.OFFER)
        self.fields["offer"].label_from_instance = lambda case: str(case)


class DeleteForm(forms.Form):
    confirm = forms.BooleanField(
        label=_("Yes, delete this case and everything in it for good"), required=True
    )
