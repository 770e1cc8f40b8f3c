"""The admin's forms for joint statements: drafting, texts, inviting, signing from an
account, publishing, and the solidarity alert. Sizes are bounded here; the rules that act on
valid data live in coordination.py, texts.py, invitations.py, signing.py and solidarity.py."""

import datetime

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.rich_text import DraftailRichTextArea
from wagtail.admin.widgets import AdminDateInput, AdminDateTimeInput

from rightshouse.organisations.models import Organisation

from .coordination import coordinating_parties, eligible_parties, is_house_coordinator
from .models import (
    Appearance,
    Eligibility,
    SignatoryOrder,
    StatementKind,
)
from .models.statements import BODY_MAX_LENGTH, LEAD_MAX_LENGTH, TITLE_MAX_LENGTH

MAX_EMAILS = 200
EMAILS_MAX_LENGTH = MAX_EMAILS * 260
WHAT_HAPPENED_MAX_LENGTH = 4000
# In the admin's language ("Add a text in Russian"); Django's own catalogue translates them.
LANGUAGE_NAMES = {
    "be": gettext_lazy("Belarusian"),
    "ru": gettext_lazy("Russian"),
    "en": gettext_lazy("English"),
}


def _in_future(value):
    if value is not None and value <= timezone.now():
        raise ValidationError(_("Choose a moment in the future."))
    return value


def coordinator_field(user, *, required=False):
    """The coordinating organisation: any one, or none (the House), for the House's
    coordinators; one of their own acceding organisations for representatives."""
    if is_house_coordinator(user):
        return forms.ModelChoiceField(
            label=gettext_lazy("Coordinating organisation"),
            queryset=Organisation.objects.all(),
            required=required,
            empty_label=gettext_lazy("The House"),
        )
    parties = coordinating_parties(user)
    return forms.ModelChoiceField(
        label=gettext_lazy("Coordinating organisation"),
        queryset=parties,
        initial=parties.first(),
        empty_label=None,
    )


class SafeDraftailRichTextArea(DraftailRichTextArea):
    """Draftail's widget, but a value that is not the editor's JSON (a forged or broken
    submission) counts as empty, so the form says so instead of failing."""

    def value_from_datadict(self, data, files, name):
        try:
            return super().value_from_datadict(data, files, name)
        except (ValueError, TypeError, KeyError, AttributeError):
            return ""


class TextFields(forms.Form):
    """One language's text: what signers read and sign."""

    title = forms.CharField(label=gettext_lazy("Title"), max_length=TITLE_MAX_LENGTH)
    lead = forms.CharField(
        label=gettext_lazy("Lead"),
        max_length=LEAD_MAX_LENGTH,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    body = forms.CharField(
        label=gettext_lazy("Text"),
        max_length=BODY_MAX_LENGTH,
        widget=SafeDraftailRichTextArea(
            features=["h2", "h3", "bold", "italic", "ol", "ul", "link"]
        ),
    )

    def text_values(self):
        data = self.cleaned_data
        return {"title": data["title"], "lead": data["lead"], "body": data["body"]}


class StatementForm(TextFields):
    """A new draft with its text in its first language."""

    field_order = [
        "kind", "source_language", "title", "lead", "body", "deadline", "eligibility",
        "signatory_order", "coordinator",
    ]  # fmt: skip

    kind = forms.ChoiceField(label=gettext_lazy("Kind"), choices=StatementKind.choices)
    source_language = forms.ChoiceField(
        label=gettext_lazy("Language of the original"), choices=settings.LANGUAGES
    )
    deadline = forms.DateTimeField(
        label=gettext_lazy("Sign-on deadline"), widget=AdminDateTimeInput
    )
    eligibility = forms.ChoiceField(
        label=gettext_lazy("Who may sign"), choices=Eligibility.choices, widget=forms.RadioSelect
    )
    signatory_order = forms.ChoiceField(
        label=gettext_lazy("Order of the signatories"),
        choices=SignatoryOrder.choices,
        widget=forms.RadioSelect,
    )

    def __init__(self, *args, user, **kwargs):
        # FormView always passes `initial` (empty by default): merge into it.
        kwargs["initial"] = {
            "eligibility": Eligibility.ANY,
            "signatory_order": SignatoryOrder.SIGNING,
            **(kwargs.get("initial") or {}),
        }
        super().__init__(*args, **kwargs)
        self.fields["coordinator"] = coordinator_field(user)
        self.order_fields(self.field_order)

    def clean_deadline(self):
        return _in_future(self.cleaned_data.get("deadline"))


class TextForm(TextFields):
    pass


def invitee_label(party, invited_ids):
    name = party.name
    if party.pk in invited_ids:
        return _("%(name)s (already invited)") % {"name": name}
    return name


class InviteForm(forms.Form):
    parties = forms.ModelMultipleChoiceField(
        label=gettext_lazy("Organisations of the directory"),
        queryset=Organisation.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    emails = forms.CharField(
        label=gettext_lazy("E-mail addresses"),
        help_text=gettext_lazy("One address a line, at most 200."),
        max_length=EMAILS_MAX_LENGTH,
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    expires_at = forms.DateTimeField(
        label=gettext_lazy("The links work until"), widget=AdminDateTimeInput
    )

    def __init__(self, *args, statement, **kwargs):
        super().__init__(*args, **kwargs)
        self.statement = statement
        invited = set(
            statement.invitations.filter(party__isnull=False).values_list("party_id", flat=True)
        )
        field = self.fields["parties"]
        field.queryset = eligible_parties(statement)
        field.label_from_instance = lambda party: invitee_label(party, invited)
        self.fields["expires_at"].initial = statement.deadline

    def clean_emails(self):
        lines = [line.strip() for line in self.cleaned_data["emails"].splitlines()]
        addresses = [line for line in lines if line]
        if len(addresses) > MAX_EMAILS:
            raise ValidationError(
                _("At most %(count)s addresses at a time.") % {"count": MAX_EMAILS}
            )
        errors = []
        for number, line in enumerate(lines, start=1):
            if not line:
                continue
            try:
                validate_email(line)
            except ValidationError:
                errors.append(
                    ValidationError(
                        _("Line %(number)s is not an e-mail address.") % {"number": number}
                    )
                )
        if errors:
            raise ValidationError(errors)
        return list(dict.fromkeys(address.lower() for address in addresses))

    def clean_expires_at(self):
        return _in_future(self.cleaned_data.get("expires_at"))

    def clean(self):
        data = super().clean()
        if not data.get("parties") and not data.get("emails") and not self.errors:
            raise ValidationError(_("Choose organisations or write e-mail addresses."))
        return data


class SignForm(forms.Form):
    """Signing from a representative's account: the choices of the public form."""

    language = forms.ChoiceField(label=gettext_lazy("Language of the text you sign"))
    representative_name = forms.CharField(label=gettext_lazy("Your name"), max_length=200)
    representative_role = forms.CharField(
        label=gettext_lazy("Your role"), max_length=200, required=False
    )
    appearance = forms.ChoiceField(
        label=gettext_lazy("How the organisation appears"),
        choices=Appearance.choices,
        initial=Appearance.NAMED,
        widget=forms.RadioSelect,
    )
    authorised = forms.BooleanField(
        label=gettext_lazy("I am authorised to sign this statement for the organisation.")
    )

    def __init__(self, *args, statement, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = [
            (code, LANGUAGE_NAMES.get(code, code)) for code in statement.languages
        ]


class PublishForm(forms.Form):
    tags = forms.ModelMultipleChoiceField(
        label=gettext_lazy("Tags"), queryset=None, required=False,
        widget=forms.CheckboxSelectMultiple,
    )  # fmt: skip

    def __init__(self, *args, statement, **kwargs):
        from rightshouse.publications.models import Tag

        super().__init__(*args, **kwargs)
        self.fields["tags"].queryset = Tag.objects.filter(
            locale__language_code=statement.source_language
        )


class SolidarityForm(forms.Form):
    persecuted = forms.CharField(label=gettext_lazy("Who is persecuted"), max_length=255)
    what_happened = forms.CharField(
        label=gettext_lazy("What happened"),
        max_length=WHAT_HAPPENED_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    happened_on = forms.DateField(label=gettext_lazy("When"), widget=AdminDateInput)
    deadline_hours = forms.IntegerField(
        label=gettext_lazy("Sign-on deadline, in hours from now"),
        min_value=1,
        max_value=168,
        initial=24,
    )
    extra = forms.CharField(
        label=gettext_lazy("More words for the statement (optional)"),
        max_length=WHAT_HAPPENED_MAX_LENGTH,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["coordinator"] = coordinator_field(user)

    def clean_happened_on(self):
        value = self.cleaned_data["happened_on"]
        if value > timezone.localdate():
            raise ValidationError(_("This date is in the future."))
        return value

    def deadline(self):
        return timezone.now() + datetime.timedelta(hours=self.cleaned_data["deadline_hours"])
