"""The register as the public may see it: the one source of its page, CSV, JSON, feeds and the
accession section of profiles.

Every accession of a party the visibility rule counts (rightshouse.organisations.visibility),
in number order: a named party by name, with its profile; a party not named for safety as
"Not named for safety"; a confidential party not at all, its number simply absent. Names,
labels and reasons are in the active language, falling back as the party's own texts do.
"""

from dataclasses import dataclass
from datetime import date

from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _

from rightshouse.core.fallback import first_filled
from rightshouse.organisations.visibility import counted_parties, is_counted, is_named

from .models import Accession, AccessionEvent, AccessionStatus, EventKind

NOT_NAMED = _("Not named for safety")
# The events whose public reason explains the status they lead to.
EVENTS_WITH_A_SHOWN_REASON = {EventKind.WITHDRAWN, EventKind.SUSPENDED, EventKind.EXCLUDED}


@dataclass(frozen=True)
class RegisterRow:
    number: int
    name: str | None  # None: not named for safety
    profile_url: str  # "" unless named
    kind: str
    kind_label: str
    acceded_on: date
    edition_number: int
    text_language: str  # the language of the text acceded to, which text_sha256 hashes
    text_sha256: str
    status: str
    status_label: str
    status_since: date
    status_reason: str  # the public reason of the withdrawal, suspension or exclusion

    @property
    def named(self):
        return self.name is not None

    @property
    def display_name(self):
        return self.name if self.named else str(NOT_NAMED)

    @property
    def is_active(self):
        return self.status == AccessionStatus.ACTIVE

    @property
    def anchor(self):
        return f"accession-{self.number}"


def _reason(event):
    return first_filled(event, "public_reason")[1]


def _status_reason(accession):
    """The reason of the event that gave the current status, when it is one that shows it."""
    events = accession.events.all()  # prefetched in date order
    latest = events[len(events) - 1] if events else None
    if latest is None or latest.kind not in EVENTS_WITH_A_SHOWN_REASON:
        return ""
    return _reason(latest)


def _row(accession):
    party = accession.party
    named = is_named(party)
    return RegisterRow(
        number=accession.number,
        name=party.name if named else None,
        profile_url=party.get_absolute_url() if named else "",
        kind=party.kind,
        kind_label=party.get_kind_display(),
        acceded_on=accession.acceded_on,
        edition_number=accession.edition.number,
        text_language=accession.language,
        text_sha256=accession.text_sha256,
        status=accession.status,
        status_label=accession.get_status_display(),
        status_since=accession.status_since,
        status_reason=_status_reason(accession),
    )


def _accessions():
    events = AccessionEvent.objects.order_by("date", "pk")
    return (
        Accession.objects.select_related("party", "edition")
        .prefetch_related(Prefetch("events", queryset=events))
        .order_by("number")
    )


def public_rows():
    """[RegisterRow] of every accession the public may see, in number order."""
    return [_row(accession) for accession in _accessions().filter(party__in=counted_parties())]


def public_row_of(party):
    """The party's RegisterRow, or None when it is not on the register or not counted."""
    if not is_counted(party):
        return None
    accession = _accessions().filter(party=party).first()
    return _row(accession) if accession else None


def newest_rows(rows, count):
    """The `count` most recent accessions of `rows`, the newest (highest number) first."""
    return sorted(rows, key=lambda row: row.number, reverse=True)[:count]


@dataclass(frozen=True)
class Summary:
    total: int
    active: int
    last_changed: date | None


def summary(rows):
    """How many are on the register, how many of them active, and the latest date any row
    shows: what "last updated" may say without telling more than the rows do."""
    dates = [day for row in rows for day in (row.acceded_on, row.status_since)]
    return Summary(
        total=len(rows),
        active=sum(row.is_active for row in rows),
        last_changed=max(dates, default=None),
    )
