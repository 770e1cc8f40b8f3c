"""What every public form that writes something shares, without knowing who sends it.

- A honeypot: a field people never see (hidden by the stylesheet, skipped by keyboards and
  screen readers) and some robots fill in. A filled one is answered like a success and
  nothing is written, so the robot learns nothing.
- A signed start time: the form carries the time it was shown, signed with SECRET_KEY. A form
  sent back faster than a person can fill it, or with a broken or day-old signature, is
  refused with a message asking to send it again.
- A limit per form: at most N submissions of that form per hour from everyone together,
  counted from the rows the form writes. No client address is read or kept; the price is that
  during a flood honest people are told to come back later.
"""

import datetime

from django import forms
from django.conf import settings
from django.core import signing
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

HONEYPOT_FIELD = "homepage_address"
STARTED_FIELD = "form_started"
_SALT = "rightshouse.core.submissions"
_MAX_AGE = datetime.timedelta(days=1)


class ProtectedForm(forms.Form):
    """A public form with the honeypot and the signed start time. Subclasses add fields."""

    homepage_address = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )
    form_started = forms.CharField(widget=forms.HiddenInput, max_length=200)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial[STARTED_FIELD] = signing.dumps(timezone.now().timestamp(), salt=_SALT)

    def is_robot(self):
        """Whether the honeypot was filled: read from what was sent, so that a value too long
        for the field still counts."""
        return bool(self.data.get(HONEYPOT_FIELD))

    def clean_form_started(self):
        value = self.cleaned_data[STARTED_FIELD]
        try:
            started = signing.loads(value, salt=_SALT, max_age=_MAX_AGE)
        except signing.BadSignature as error:  # SignatureExpired is one
            raise forms.ValidationError(
                _("This form was open too long or was changed. Please fill it in again."),
                code="expired",
            ) from error
        elapsed = timezone.now().timestamp() - float(started)
        if elapsed < settings.SUBMISSION_MIN_SECONDS:
            raise forms.ValidationError(
                _("This form was sent too quickly. Please check it and send it again."),
                code="too_quick",
            )
        return value


def over_limit(queryset, per_hour, time_field="submitted_at"):
    """Whether `queryset` (a form's rows) had `per_hour` new rows in the last hour."""
    since = timezone.now() - datetime.timedelta(hours=1)
    return queryset.filter(**{f"{time_field}__gte": since}).count() >= per_hour
