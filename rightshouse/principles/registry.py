"""The rules of the register: numbering, approval, rejection, and events.

Every function here runs in one transaction: a failure writes nothing. Numbers come from the
one `RegisterCounter` row, updated (and so locked, on PostgreSQL as on SQLite) before anything
else is written, and read back inside the same transaction: concurrent approvals queue on that
row, a rolled-back approval gives its number back with everything else, and the unique
constraint on `Accession.number` stands behind it.
"""

from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from rightshouse.organisations.models import Organisation, PrivateDetails, SafetyLevel

from .models import (
    STATUS_AFTER,
    Accession,
    AccessionApplication,
    AccessionEvent,
    AccessionStatus,
    ApplicationStatus,
    EventKind,
    RegisterCounter,
)

# Events that need a public reason: they are decisions about a party.
EVENTS_NEEDING_A_REASON = {EventKind.SUSPENDED, EventKind.EXCLUDED}
# Which events may follow an accession's status.
ALLOWED_EVENTS = {
    AccessionStatus.ACTIVE: {EventKind.WITHDRAWN, EventKind.SUSPENDED, EventKind.EXCLUDED},
    AccessionStatus.SUSPENDED: {EventKind.REINSTATED, EventKind.EXCLUDED, EventKind.WITHDRAWN},
    AccessionStatus.WITHDRAWN: {EventKind.REINSTATED},
    AccessionStatus.EXCLUDED: set(),
}


class RegisterError(Exception):
    """A step the register refuses; the message says why, in the active language."""


def _next_number():
    counter, _created = RegisterCounter.objects.get_or_create(pk=1)
    RegisterCounter.objects.filter(pk=counter.pk).update(last_number=F("last_number") + 1)
    return RegisterCounter.objects.get(pk=counter.pk).last_number


def record_accession(party, edition, language, acceded_on, user=None, text_sha256=None):
    """Puts `party` on the register under the next number, with its accession event.

    `text_sha256` is the hash of the text acceded to when it is known (an application keeps
    the one its applicant read, even if the text was corrected since); by default, that of
    the edition's text in `language` as it is now."""
    text = edition.texts.filter(language=language).first()
    if text is None:
        raise RegisterError(_("This edition has no text in that language."))
    with transaction.atomic():
        # Counter first: from here on this transaction holds the register's lock.
        number = _next_number()
        if Accession.objects.filter(party=party).exists():
            raise RegisterError(_("This party is already on the register."))
        accession = Accession.objects.create(
            number=number,
            party=party,
            edition=edition,
            language=language,
            text_sha256=text_sha256 or text.sha256,
            acceded_on=acceded_on,
            status=AccessionStatus.ACTIVE,
            status_since=acceded_on,
        )
        AccessionEvent.objects.create(
            accession=accession, kind=EventKind.ACCEDED, date=acceded_on, recorded_by=user
        )
    return accession


def find_existing_party(application):
    """A party on the register with the application's name in any language, if any."""
    name = " ".join(application.name.split()).casefold()
    for accession in Accession.objects.select_related("party"):
        party = accession.party
        names = [party.name_be, party.name_ru, party.name_en, party.short_name_be,
                 party.short_name_ru, party.short_name_en]  # fmt: skip
        if any(" ".join(n.split()).casefold() == name for n in names if n):
            return party
    return None


def _decide(application_id, status, user, reason=""):
    """The application, locked, if still waiting for a decision; RegisterError otherwise."""
    application = AccessionApplication.objects.select_for_update().get(pk=application_id)
    if application.status != ApplicationStatus.RECEIVED:
        raise RegisterError(_("This application has already been decided."))
    application.status = status
    application.decided_at = timezone.now()
    application.decided_by = user
    application.decision_reason = reason
    return application


def _party_from(application):
    name_field = f"name_{application.language}"
    party = Organisation(
        kind=application.kind,
        city=application.city,
        country=application.country,
        in_exile=application.in_exile,
        website=application.website,
        safety_level=(
            SafetyLevel.NOT_NAMED if application.not_named_for_safety else SafetyLevel.NAMED
        ),
        **{name_field: application.name},
    )
    if application.language != "be":
        party.name_be = application.name  # the required column; editors translate later
    party.save()
    representative = ", ".join(
        part for part in (application.representative_name, application.representative_role) if part
    )
    PrivateDetails.objects.create(
        party=party, contacts=application.contact, representatives=representative
    )
    return party


def approve(application, user, acceded_on=None):
    """A new party from the application, on the register under the next number."""
    with transaction.atomic():
        # Counter first, as in record_accession: two approvals never hold locks in two orders.
        _next_number_lock()
        application = _decide(application.pk, ApplicationStatus.APPROVED, user)
        if not application.consent_to_publication:
            raise RegisterError(_("The applicant did not consent to publication."))
        party = _party_from(application)
        application.party = party
        application.save()
        return record_accession(
            party,
            application.edition,
            application.language,
            acceded_on or timezone.localdate(),
            user=user,
            text_sha256=application.text_sha256,
        )


def _next_number_lock():
    """Takes the register's lock without giving a number (the counter row, unchanged)."""
    counter, _created = RegisterCounter.objects.get_or_create(pk=1)
    RegisterCounter.objects.filter(pk=counter.pk).update(last_number=F("last_number"))


def reject(application, user, reason):
    if not reason.strip():
        raise RegisterError(_("Give the reason for the rejection."))
    with transaction.atomic():
        application = _decide(application.pk, ApplicationStatus.REJECTED, user, reason)
        application.save()
    return application


def join_existing(application, party, user, reason=""):
    """A second application from a party already on the register: no new number; the
    application's contact joins the party's private details."""
    with transaction.atomic():
        application = _decide(application.pk, ApplicationStatus.JOINED, user, reason)
        if not Accession.objects.filter(party=party).exists():
            raise RegisterError(_("This party is not on the register."))
        details = PrivateDetails.objects.filter(party=party).first() or PrivateDetails(party=party)
        details.contacts = "\n".join(t for t in (details.contacts, application.contact) if t)
        details.save()
        application.party = party
        application.save()
    return application


def record_event(accession, kind, date, user=None, reasons=None, case=None):
    """Withdrawal, suspension, exclusion or reinstatement: the number stays, the status and
    its date change. `reasons` maps language codes to the public reason."""
    reasons = {code: text.strip() for code, text in (reasons or {}).items()}
    if kind in EVENTS_NEEDING_A_REASON and not any(reasons.values()):
        raise RegisterError(_("A suspension or exclusion needs a public reason."))
    with transaction.atomic():
        accession = Accession.objects.select_for_update().get(pk=accession.pk)
        if kind not in ALLOWED_EVENTS[accession.status]:
            raise RegisterError(_("This event cannot follow the accession's current status."))
        if date < accession.status_since:
            raise RegisterError(_("The date is earlier than the accession's current status."))
        event = AccessionEvent.objects.create(
            accession=accession,
            kind=kind,
            date=date,
            case=case,
            recorded_by=user,
            **{f"public_reason_{code}": text for code, text in reasons.items()},
        )
        accession.status = STATUS_AFTER[kind]
        accession.status_since = date
        accession.save(update_fields=["status", "status_since"])
    return event
