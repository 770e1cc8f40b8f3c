"""Matching an offer to a request: only by a handler of both, only with the applicant's
consent, recorded encrypted in both cases."""

import datetime
import json

import pytest
from django.urls import reverse

from rightshouse.support import cases, matching
from rightshouse.support.models import AuditAction, AuditEntry, CaseKind, RecordKind

from .helpers import EN, case_key, make_handler, new_case, unlocked_client

pytestmark = pytest.mark.django_db


def match_records(case, user):
    opened = cases.open_records(case, case_key(case, user), [RecordKind.MATCH])
    return [json.loads(item.plaintext) for item in opened]


def test_a_request_with_consent_to_share_is_matched(handler):
    request = new_case(consent={"share_with_partner": True})
    offer = new_case(kind=CaseKind.OFFER, attachment=False)
    response = unlocked_client(handler).post(
        reverse("support_cases:case", args=[request.pk]),
        {"action": "match", "offer": offer.pk},
        **EN,
    )
    assert response.status_code == 302
    assert match_records(request, handler)[0]["matched_with"] == offer.pk
    assert match_records(offer, handler)[0]["matched_with"] == request.pk
    assert b"matched_with" not in b"".join(
        bytes(r.ciphertext) for r in request.records.filter(kind=RecordKind.MATCH)
    )
    assert AuditEntry.objects.filter(action=AuditAction.MATCHED).count() == 2


def test_without_consent_nothing_is_matched(handler):
    request = new_case(consent={"share_with_partner": False})
    offer = new_case(kind=CaseKind.OFFER, attachment=False)
    response = unlocked_client(handler).post(
        reverse("support_cases:case", args=[request.pk]),
        {"action": "match", "offer": offer.pk},
        **EN,
    )
    assert response.status_code == 400
    assert b"has not agreed" in response.content
    assert not match_records(request, handler) and not match_records(offer, handler)
    assert not AuditEntry.objects.filter(action=AuditAction.MATCHED).exists()


def test_a_consent_the_handler_records_allows_the_match(handler):
    request = new_case()
    offer = new_case(kind=CaseKind.OFFER, attachment=False)
    response = unlocked_client(handler).post(
        reverse("support_cases:case", args=[request.pk]),
        {"action": "match", "offer": offer.pk, "consent_given_on": "2025-03-04"},
        **EN,
    )
    assert response.status_code == 302
    assert match_records(offer, handler)[0]["consent"] == "applicant consented on 2025-03-04"
    consents = cases.open_records(request, case_key(request, handler), [RecordKind.CONSENT])
    assert json.loads(consents[-1].plaintext)["share_with_partner"] is True


def test_only_a_handler_of_both_cases_may_match(handler, django_user_model):
    request = new_case(consent={"share_with_partner": True})
    colleague = make_handler(django_user_model, "colleague")
    offer = new_case(kind=CaseKind.OFFER, attachment=False)  # sealed to both
    cases.reseal_for(offer, case_key(offer, handler), [colleague])
    with pytest.raises(matching.MatchRefused):
        matching.match(offer, None, request, case_key(request, handler), handler)
    # Nor is the offer among the choices on the request's page.
    page = unlocked_client(handler).get(reverse("support_cases:case", args=[request.pk]), **EN)
    assert offer not in page.context["forms"]["match"].fields["offer"].queryset


def test_two_requests_cannot_be_matched(handler):
    first = new_case(consent={"share_with_partner": True})
    second = new_case(consent={"share_with_partner": True})
    with pytest.raises(matching.MatchRefused):
        matching.match(
            second,
            case_key(second, handler),
            first,
            case_key(first, handler),
            handler,
            consent_given_on=datetime.date(2025, 1, 1),
        )
    assert not first.records.filter(kind=RecordKind.MATCH).exists()
    assert first.records.filter(kind=RecordKind.CONSENT).count() == 1  # none added
