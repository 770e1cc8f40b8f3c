"""The rules of the complaints procedure: a report comes in, staff move it along, note it,
decide it, and publish an outcome that names no reporter.

Every function writes in one transaction, with the case's row locked where it changes the
case: two members of staff acting at once queue, and the second sees the first's result.
Each step adds a `CaseEntry`; none is edited or deleted. Log labels and data carry statuses
and numbers only, never the reporter's name, contact or the texts of the case.
"""

from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from rightshouse.core.fallback import LANGUAGE_CODES, first_filled
from rightshouse.core.submissions import over_limit

from . import registry
from .models import NEXT_STATUSES, Accession, Case, CaseEntry, CaseStatus, EventKind
from .notifications import REPORT, notify_staff_after_commit

CLOSED_STATUSES = {CaseStatus.RESOLVED, CaseStatus.DISMISSED}
# The register events a case's decision may record.
DECISION_EVENTS = (EventKind.SUSPENDED, EventKind.EXCLUDED)
# Shorter bits of the reporter's name or contact are too common to look for in an outcome.
SHORTEST_REPORTER_TEXT = 4

STATUS_ACTION = "rightshouse_principles.case_status"
NOTE_ACTION = "rightshouse_principles.case_note"
PUBLISH_ACTION = "rightshouse_principles.case_outcome"
PARTY_ACTION = "rightshouse_principles.case_party"
REGISTER_ACTION = "rightshouse_principles.case_register_event"


class CaseError(Exception):
    """A step the procedure refuses; the message says why, in the active language."""


class TooManyReports(CaseError):
    pass


def submit(form):
    """The case made from a valid ReportForm, with its first entry, and the staff notified
    once it is committed. None for a form whose honeypot was filled: nothing is written, and
    the caller answers as for a real report."""
    if form.is_robot():
        return None
    if over_limit(Case.objects.all(), settings.COMPLAINTS_PER_HOUR):
        raise TooManyReports(
            _("Too many reports were sent in the last hour. Please send yours again later.")
        )
    data = form.cleaned_data
    with transaction.atomic():
        case = Case.objects.create(
            kind=data["kind"],
            party=data["party"],
            party_described=data["party_described"],
            principles_concerned=data["principles"],
            description=data["description"],
            reporter_name=data["reporter_name"],
            reporter_contact=data["reporter_contact"],
            language=translation.get_language(),
        )
        CaseEntry.objects.create(case=case, status=CaseStatus.RECEIVED)
        notify_staff_after_commit(REPORT)
    return case


def _locked(case):
    return Case.objects.select_for_update().get(pk=case.pk)


def move_status(case, new_status, user, note="", decision="", decided_on=None):
    """Moves the case one step along NEXT_STATUSES. Closing it (resolved or dismissed) needs
    the decision and its date."""
    note, decision = note.strip(), decision.strip()
    with transaction.atomic():
        case = _locked(case)
        if new_status not in NEXT_STATUSES[case.status]:
            raise CaseError(
                _("A case that is “%(current)s” cannot become “%(new)s”.")
                % {
                    "current": case.get_status_display(),
                    "new": dict(CaseStatus.choices).get(new_status, new_status),
                }
            )
        if new_status in CLOSED_STATUSES:
            _check_decision(case, decision, decided_on)
            case.decision = decision
            case.decided_on = decided_on
        previous = case.status
        case.status = new_status
        case.save(update_fields=["status", "decision", "decided_on"])
        entry = CaseEntry.objects.create(case=case, author=user, status=new_status, note=note)
        log(
            instance=case,
            action=STATUS_ACTION,
            user=user,
            data={"from": previous, "to": new_status, "entry": entry.pk},
        )
    return case


def _check_decision(case, decision, decided_on):
    if not decision:
        raise CaseError(_("Write the decision to close the case."))
    if decided_on is None:
        raise CaseError(_("Give the date of the decision."))
    if decided_on > timezone.localdate():
        raise CaseError(_("The date of the decision cannot be in the future."))
    if decided_on < timezone.localdate(case.submitted_at):
        raise CaseError(_("The date of the decision cannot be before the report was received."))


def add_note(case, user, note):
    note = note.strip()
    if not note:
        raise CaseError(_("Write the note."))
    with transaction.atomic():
        entry = CaseEntry.objects.create(case=case, author=user, note=note)
        log(instance=case, action=NOTE_ACTION, user=user, data={"entry": entry.pk})
    return entry


def mentions_reporter(case, text):
    """Whether `text` contains the reporter's name or any line of their contact."""
    pieces = [case.reporter_name, *case.reporter_contact.splitlines()]
    text = " ".join(text.split()).casefold()
    for piece in pieces:
        piece = " ".join(piece.split()).casefold()
        if len(piece) >= SHORTEST_REPORTER_TEXT and piece in text:
            return True
    return False


def publish_outcome(case, user, outcomes):
    """Publishes the outcome of a resolved case on the decisions page. `outcomes` maps
    language codes to texts; at least one is needed. Publishing again replaces the texts;
    each publication is kept in the case's history."""
    outcomes = {code: (outcomes.get(code) or "").strip() for code in LANGUAGE_CODES}
    if not any(outcomes.values()):
        raise CaseError(_("Write the outcome in at least one language."))
    with transaction.atomic():
        case = _locked(case)
        if case.status != CaseStatus.RESOLVED:
            raise CaseError(_("Only the outcome of a resolved case can be published."))
        if any(mentions_reporter(case, text) for text in outcomes.values()):
            raise CaseError(
                _("The outcome mentions the reporter's name or contact. Remove it and publish.")
            )
        for code, text in outcomes.items():
            setattr(case, f"public_outcome_{code}", text)
        case.outcome_published = True
        case.save(
            update_fields=["outcome_published", *(f"public_outcome_{c}" for c in LANGUAGE_CODES)]
        )
        published = [code for code, text in outcomes.items() if text]
        note = _("Public outcome published:") + "".join(
            f"\n\n[{code}] {outcomes[code]}" for code in published
        )
        entry = CaseEntry.objects.create(case=case, author=user, note=note)
        log(
            instance=case,
            action=PUBLISH_ACTION,
            user=user,
            data={"languages": published, "entry": entry.pk},
        )
    return case


def set_party(case, party, user):
    """The party concerned, as staff identified it (a reporter may not have found it in the
    list, or may have chosen the wrong one)."""
    with transaction.atomic():
        case = _locked(case)
        if case.status in CLOSED_STATUSES:
            raise CaseError(_("The case is closed."))
        case.party = party
        case.save(update_fields=["party"])
        entry = CaseEntry.objects.create(
            case=case,
            author=user,
            note=_("Party concerned: %(party)s") % {"party": party.name if party else "—"},
        )
        log(
            instance=case,
            action=PARTY_ACTION,
            user=user,
            data={"party": party.pk if party else None, "entry": entry.pk},
        )
    return case


def accession_concerned(case):
    """The register entry of the case's party, if it has one."""
    if case.party_id is None:
        return None
    return Accession.objects.filter(party_id=case.party_id).first()


def record_register_event(case, kind, date, user, reasons):
    """A suspension or exclusion of the party's accession, decided in this case: the
    register shows it with its public reasons (per language) and the case keeps an entry."""
    if kind not in DECISION_EVENTS:
        raise CaseError(_("A case can record a suspension or an exclusion only."))
    accession = accession_concerned(case)
    if accession is None:
        raise CaseError(_("The party concerned is not on the register."))
    with transaction.atomic():
        case = _locked(case)
        if case.status not in (CaseStatus.UNDER_REVIEW, CaseStatus.RESOLVED):
            raise CaseError(_("Record it when the case is under review or resolved."))
        try:
            event = registry.record_event(
                accession, kind, date, user=user, reasons=reasons, case=case
            )
        except registry.RegisterError as error:
            raise CaseError(str(error)) from error
        entry = CaseEntry.objects.create(
            case=case,
            author=user,
            note=_("Register: %(event)s of %(accession)s from %(date)s.")
            % {
                "event": event.get_kind_display(),
                "accession": accession,
                "date": date.isoformat(),
            },
        )
        log(
            instance=case,
            action=REGISTER_ACTION,
            user=user,
            data={"event": event.pk, "kind": kind, "entry": entry.pk},
        )
    return event


def published_decisions():
    """The resolved cases whose outcome is public, newest decision first."""
    return (
        Case.objects.filter(status=CaseStatus.RESOLVED, outcome_published=True)
        .select_related("party")
        .order_by("-decided_on", "-pk")
    )


def outcome_in(case, language=None):
    """(language code, text) of the public outcome in `language` (the active one by
    default), else in be, ru, en: the first that is written."""
    return first_filled(case, "public_outcome", language)
