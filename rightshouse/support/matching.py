"""Matching an offer of support to a request ("Provide support", issue 10 item 8).

Nothing of a request goes to a partner without the applicant's consent, so a match is made
only when the request's consent record says they agreed to sharing with a partner
organisation, or when the handler records that the applicant consented (on a given day).
The match is an encrypted MATCH record in both cases, saying which case and on what consent;
the audit log keeps only that a match was made.
"""

import json

from django.db import transaction
from django.utils.translation import gettext as _

from . import cases
from .models import AuditAction, CaseKind, RecordKind

FROM_CONSENT_RECORD = "consent record"


class MatchRefused(Exception):
    """Why these two cases cannot be matched (a sentence for the handler)."""


def _json(plaintext):
    try:
        value = json.loads(plaintext)
    except (TypeError, ValueError, UnicodeDecodeError):
        return {}
    return value if isinstance(value, dict) else {}


def consented_to_sharing(request_case, case_key):
    """Whether the applicant agreed to sharing with a partner, in their consent record or in
    a consent a handler recorded earlier."""
    for opened in cases.open_records(request_case, case_key, [RecordKind.CONSENT]):
        if _json(opened.plaintext).get("share_with_partner") is True:
            return True
    return False


def match(offer_case, offer_key, request_case, request_key, user, consent_given_on=None):
    """Records the match in both cases. `consent_given_on` (a date) is the handler's record
    that the applicant consented; without it the request's own consent must say so."""
    if offer_case.kind != CaseKind.OFFER or request_case.kind != CaseKind.REQUEST:
        raise MatchRefused(_("Only an offer of support can be matched to a request."))
    if not (
        offer_case.handlers.filter(pk=user.pk).exists()
        and request_case.handlers.filter(pk=user.pk).exists()
    ):
        raise MatchRefused(_("You can match only cases you handle."))
    with transaction.atomic():
        if consent_given_on is not None:
            consent = f"applicant consented on {consent_given_on.isoformat()}"
            cases.add_record(
                request_case,
                request_key,
                RecordKind.CONSENT,
                _compact({"share_with_partner": True, "recorded_by_handler": consent}),
            )
        elif consented_to_sharing(request_case, request_key):
            consent = FROM_CONSENT_RECORD
        else:
            raise MatchRefused(
                _(
                    "The applicant has not agreed to sharing with a partner organisation. "
                    "Ask them, then record the day they consented."
                )
            )
        for case, key, other in [
            (request_case, request_key, offer_case),
            (offer_case, offer_key, request_case),
        ]:
            fact = {"matched_with": other.pk, "other_kind": other.kind, "consent": consent}
            cases.add_record(case, key, RecordKind.MATCH, _compact(fact))
            cases.touch(case)
            cases.audit(case.pk, AuditAction.MATCHED, user)


def _compact(value):
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode()
