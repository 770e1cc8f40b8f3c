"""Receiving an application to accede, as the public form sends it.

One transaction: the application is written whole or not at all, and the staff are told
(by e-mail, through the task worker) only once it is committed. Three things stop it first:

- the honeypot: a robot is answered as if all went well, and nothing is written;
- the form's hourly limit, counted over everyone's applications (no address is kept);
- a party already on the register under its public name: the applicant is told its number.
  A match with a party that is not named, or confidential, is not mentioned: saying so would
  tell anyone who types a name that this party has acceded. The application is received as
  any other, and the staff see the match in the queue.
"""

from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext as _

from rightshouse.core.submissions import over_limit
from rightshouse.organisations.visibility import is_named

from .models import Accession, AccessionApplication
from .notifications import APPLICATION, notify_staff_after_commit
from .registry import find_existing_party

# The form's fields that are copied to the application as they are.
COPIED_FIELDS = (
    "kind", "name", "city", "country", "in_exile", "website", "representative_name",
    "representative_role", "contact", "edition", "consent_to_publication",
    "not_named_for_safety",
)  # fmt: skip


class Refused(Exception):
    """The application cannot be received; `message` tells the applicant why, `field` is the
    form field it is about (None for the whole form)."""

    def __init__(self, message, field=None):
        super().__init__(message)
        self.message = message
        self.field = field


def submit(form):
    """Receives the application of a validated AccessionForm (rightshouse.principles.forms).

    Returns the new application, or None when a robot sent the form. Raises Refused."""
    if form.is_robot():
        return None
    data = form.cleaned_data
    text = data["text"]
    application = AccessionApplication(
        **{name: data[name] for name in COPIED_FIELDS},
        language=text.language,
        text_sha256=text.sha256,
    )
    with transaction.atomic():
        if over_limit(AccessionApplication.objects.all(), settings.ACCESSION_APPLICATIONS_PER_HOUR):
            raise Refused(
                _(
                    "Too many applications have been sent in the last hour, so this one could "
                    "not be received. Please try again in an hour; what you wrote is kept below."
                )
            )
        _refuse_if_on_the_register(application)
        application.save()
        notify_staff_after_commit(APPLICATION)
    return application


def _refuse_if_on_the_register(application):
    party = find_existing_party(application)
    if party is None or not is_named(party):
        return
    number = Accession.objects.get(party=party).number
    raise Refused(
        _(
            "“%(name)s” is already on the register of accession under No. %(number)s, so "
            "it does not need to accede again. If its details have changed (name, "
            "representative, contact), please write to the coalition rather than send this "
            "form."
        )
        % {"name": party.name, "number": number},
        field="name",
    )
