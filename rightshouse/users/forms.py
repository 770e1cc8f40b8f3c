import datetime
import math

from django import forms
from django.utils import timezone
from django.utils.timesince import timeuntil
from django.utils.translation import gettext, gettext_lazy

from rightshouse.users import two_factor


def code_field(label, help_text, **attrs):
    return forms.CharField(
        label=label,
        help_text=help_text,
        max_length=32,
        strip=True,
        widget=forms.TextInput(
            attrs={
                "autocomplete": "one-time-code",
                "autocapitalize": "off",
                "spellcheck": "false",
                "autofocus": True,
                **attrs,
            }
        ),
    )


def app_code_field():
    return code_field(
        gettext_lazy("Code from the app"),
        gettext_lazy("The 6-digit code your authenticator app shows now."),
        inputmode="numeric",
    )


class TwoFactorCodeForm(forms.Form):
    """A code checked against the user's devices in clean(); `device` is the one that
    accepted it. Subclasses say how (check_code)."""

    error_messages = {
        "wrong": gettext_lazy("That code is not right. Check the app and try again."),
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.device = None

    def clean(self):
        cleaned_data = super().clean()
        code = cleaned_data.get("code")
        if code:
            try:
                self.device = self.check_code(code)
            except two_factor.Throttled as throttled:
                raise forms.ValidationError(
                    throttled_message(throttled), code="throttled"
                ) from None
            if self.device is None:
                raise forms.ValidationError(self.error_messages["wrong"], code="wrong")
        return cleaned_data

    def check_code(self, code):
        raise NotImplementedError


class ConfirmDeviceForm(TwoFactorCodeForm):
    code = app_code_field()

    def __init__(self, device, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.enrolling_device = device

    def check_code(self, code):
        return two_factor.confirm(self.enrolling_device, code)


class VerifyForm(TwoFactorCodeForm):
    code = code_field(
        gettext_lazy("Code"),
        gettext_lazy(
            "The 6-digit code from your authenticator app, or one of your recovery codes."
        ),
    )
    error_messages = {
        "wrong": gettext_lazy("That code is not right. Try again, or use a recovery code."),
    }

    def __init__(self, user, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def check_code(self, code):
        return two_factor.verify(self.user, code)


class NewRecoveryCodesForm(TwoFactorCodeForm):
    code = app_code_field()

    def __init__(self, user, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.fields["code"].widget.attrs.pop("autofocus")

    def check_code(self, code):
        return two_factor.verify_app_code(self.user, code)


def throttled_message(throttled):
    seconds = throttled.seconds
    if seconds < 60:
        wait = gettext("%(seconds)s s") % {"seconds": seconds}
    else:
        # In whole minutes, rounded up: "1 minute" must never be too soon.
        now = timezone.now()
        wait = timeuntil(now + datetime.timedelta(minutes=math.ceil(seconds / 60)), now=now)
    return gettext("Too many wrong codes. Time until you can try again: %(wait)s.") % {"wait": wait}
