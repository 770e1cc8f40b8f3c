"""The solidarity fast track: the alert makes an open three-language statement from the
templates, with what was typed escaped, and invites every acceding organisation at once."""

import datetime

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from rightshouse.organisations.factories import OrganisationFactory
from rightshouse.users import roles

from .. import solidarity
from ..models import Invitation, JointStatement, StatementKind, StatementStatus
from ..viewsets.base import ALERTED
from .test_admin_drafting import (
    acceding,
    browser,
    logged,
    member_of,
    representative_of,
)

WHO = "Nasta <b>Loyka</b>"


@pytest.fixture
def staff(db):
    """A member of the Coordinators group, in English."""
    return browser(member_of(roles.COORDINATORS, "coordinator"))


def alert_data(**overrides):
    data = {
        "persecuted": WHO,
        "what_happened": "Detained on <script>alert(1)</script> charges.\nHeld incommunicado.",
        "happened_on": (timezone.localdate() - datetime.timedelta(days=1)).isoformat(),
        "deadline_hours": "24",
        "extra": "",
        "coordinator": "",
    }
    data.update(overrides)
    return data


def test_the_templates_cite_principle_9_and_escape_what_was_typed():
    for language in solidarity.LANGUAGES:
        title, lead, body = solidarity.text_of(
            language, persecuted=WHO, what_happened="<script>x</script>",
            happened_on=datetime.date(2025, 3, 5),
        )  # fmt: skip
        assert "9" in body
        assert "<script>" not in body and "&lt;script&gt;" in body
        assert WHO in title  # plain text, escaped wherever it is shown
        assert len(title) <= 255 and len(lead) <= 600
    assert (
        "5 March 2025"
        in solidarity.text_of(
            "en", persecuted="X", what_happened="Y", happened_on=datetime.date(2025, 3, 5)
        )[2]
    )


def test_the_alert_opens_a_statement_in_three_languages_and_invites_every_acceding_party(staff):
    first = acceding()
    second = acceding(OrganisationFactory())
    outsider = OrganisationFactory()
    representative_of(first, "firstrep")
    before = timezone.now()
    response = staff.post(reverse("statements_admin:solidarity"), alert_data())
    html = response.content.decode()
    statement = JointStatement.objects.get()
    assert statement.kind == StatementKind.SOLIDARITY
    assert statement.status == StatementStatus.OPEN
    assert sorted(statement.languages) == ["be", "en", "ru"]
    assert statement.persecuted == WHO
    deadline = statement.deadline - before
    assert datetime.timedelta(hours=24) <= deadline < datetime.timedelta(hours=24, minutes=1)
    invited = set(Invitation.objects.values_list("party_id", flat=True))
    assert invited == {first.pk, second.pk} and outsider.pk not in invited
    assert html.count("/be/joint-statements/sign/") == 2
    assert reverse("statements_admin:progress", args=[statement.pk]) in html
    assert [message.to for message in mail.outbox] == [["firstrep@example.org"]]
    assert "<script>alert(1)</script>" not in statement.texts.get(language="ru").body
    assert logged(statement, ALERTED).get().data == {"count": 2}


@pytest.mark.parametrize(
    "overrides",
    [
        {"deadline_hours": "0"},
        {"deadline_hours": "169"},
        {"happened_on": (timezone.localdate() + datetime.timedelta(days=2)).isoformat()},
        {"persecuted": "x" * 256},
        {"what_happened": "x" * 4001},
        {"persecuted": ""},
    ],
)
def test_bad_alerts_are_refused_and_nothing_is_written(staff, overrides):
    acceding()
    response = staff.post(reverse("statements_admin:solidarity"), alert_data(**overrides))
    assert response.status_code == 200
    assert "error" in response.content.decode()
    assert not JointStatement.objects.exists()
    assert not Invitation.objects.exists()


def test_a_representative_sends_an_alert_for_their_organisation(db):
    from .test_admin_drafting import browser

    party = acceding()
    rep = representative_of(party, "rep")
    browser(rep).post(reverse("statements_admin:solidarity"), alert_data(coordinator=party.pk))
    statement = JointStatement.objects.get()
    assert statement.coordinator == party
