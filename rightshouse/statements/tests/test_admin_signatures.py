"""Inviting, revoking, the signatures' table with removal, the log's check, publishing's
blockers and the live progress page, as coordinators use them in the admin."""

from unittest import mock

import pytest
from django.core import mail
from django.db import connection
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from rightshouse.organisations.factories import OrganisationFactory
from rightshouse.users import roles

from .. import invitations, texts
from ..factories import open_statement, signed
from ..models import Appearance, Eligibility, Invitation, StatementStatus
from ..viewsets.base import INVITED, REMOVED, REVOKED
from .test_admin_drafting import (
    acceding,
    browser,
    logged,
    member_of,
    representative_of,
)

PRIVATE_NAME = "Ales Privatenamemarker"


@pytest.fixture
def staff(db):
    """A member of the Coordinators group, in English."""
    return browser(member_of(roles.COORDINATORS, "coordinator"))


def invite_url(statement):
    return reverse("statements_admin:invite", args=[statement.pk])


def detail(client, statement):
    return client.get(reverse("statements_admin:detail", args=[statement.pk])).content.decode()


def expiry():
    return (timezone.now() + timezone.timedelta(days=2)).strftime("%Y-%m-%d %H:%M")


@pytest.fixture
def statement(db):
    return open_statement(languages=("be", "en"))


def test_the_directory_lists_only_eligible_parties_and_marks_those_invited(staff):
    statement = open_statement(eligibility=Eligibility.ACCEDING)
    member = acceding(OrganisationFactory(name_en="Acceding Org"))
    OrganisationFactory(name_en="Outsider Org")
    invitations.invite(statement, party=member)
    html = staff.get(invite_url(statement)).content.decode()
    assert "Acceding Org (already invited)" in html
    assert "Outsider Org" not in html


def test_inviting_by_directory_and_email_shows_the_links_once_and_mails_them(staff, statement):
    party = OrganisationFactory(name_en="Vesna Test")
    representative_of(party, "vesnarep")
    response = staff.post(invite_url(statement), {
        "parties": [party.pk], "emails": "one@example.org\n\nTwo@Example.org\n",
        "expires_at": expiry(),
    })  # fmt: skip
    html = response.content.decode()
    assert response.status_code == 200
    assert Invitation.objects.filter(statement=statement).count() == 3
    assert html.count("/be/joint-statements/sign/") == 3
    assert "shown only now" in html
    recipients = sorted(message.to[0] for message in mail.outbox)
    assert recipients == ["one@example.org", "two@example.org", "vesnarep@example.org"]
    for message in mail.outbox:
        assert "/be/joint-statements/sign/" in message.body
        assert "example.org" not in message.subject
    # The token is nowhere in the database: only its hash.
    token = html.split("/be/joint-statements/sign/")[1].split("/")[0]
    assert invitations.usable_invitation(token) is not None
    assert not Invitation.objects.filter(token_hash=token).exists()
    assert logged(statement, INVITED).get().data == {"count": 3}
    # The page of the statement does not show the links again.
    assert token not in detail(staff, statement)


def test_a_wrong_address_is_named_by_its_line_and_nothing_is_created(staff, statement):
    response = staff.post(invite_url(statement), {
        "emails": "good@example.org\nnot-an-address\n", "expires_at": expiry(),
    })  # fmt: skip
    assert "Line 2 is not an e-mail address." in response.content.decode()
    assert not Invitation.objects.exists()
    assert not mail.outbox


@pytest.mark.parametrize(
    "data, message",
    [
        ({"emails": "\n".join(f"a{n}@example.org" for n in range(201))}, "At most 200"),
        ({"emails": ""}, "Choose organisations or write e-mail addresses."),
        ({"emails": "a@example.org", "expires_at": "2001-01-01 00:00"}, "in the future"),
    ],
)
def test_bad_invitations_are_refused(staff, statement, data, message):
    response = staff.post(invite_url(statement), {"expires_at": expiry(), **data})
    assert message in response.content.decode()
    assert not Invitation.objects.exists()


def test_a_failing_mail_server_does_not_fail_the_view(staff, statement):
    with mock.patch("rightshouse.statements.viewsets.base.send_mail", side_effect=OSError):
        response = staff.post(invite_url(statement), {
            "emails": "one@example.org", "expires_at": expiry(),
        })  # fmt: skip
    assert response.status_code == 200
    html = response.content.decode()
    assert "could not be sent" in html
    assert "/be/joint-statements/sign/" in html
    assert Invitation.objects.count() == 1


def test_drafts_cannot_be_invited_to(staff):
    draft = open_statement(status=StatementStatus.DRAFT)
    response = staff.post(invite_url(draft), {"emails": "a@example.org", "expires_at": expiry()})
    assert response.status_code == 302
    assert not Invitation.objects.exists()


def test_the_invitations_list_and_revoking(staff, statement):
    invitation, token = invitations.invite(statement, email="someone@example.org")
    html = detail(staff, statement)
    assert "someone@example.org" in html and "Revoke" in html
    url = reverse("statements_admin:revoke", args=[statement.pk, invitation.pk])
    assert staff.get(url).status_code == 405
    staff.post(url)
    invitation.refresh_from_db()
    assert invitation.revoked_at is not None
    assert invitations.usable_invitation(token) is None
    assert logged(statement, REVOKED).exists()
    assert "revoked" in detail(staff, statement)
    response = staff.post(url, follow=True)
    assert "already used or revoked" in response.content.decode()


def test_an_invitation_of_another_statement_is_not_found(staff, statement):
    other = open_statement()
    invitation, _token = invitations.invite(other, email="x@example.org")
    url = reverse("statements_admin:revoke", args=[statement.pk, invitation.pk])
    assert staff.post(url).status_code == 404


def test_the_signatures_show_private_details_and_earlier_versions(staff, statement):
    signature = signed(statement, appearance=Appearance.NOT_NAMED, name=PRIVATE_NAME)
    html = detail(staff, statement)
    assert PRIVATE_NAME in html
    assert "given on an earlier version" not in html
    texts.save_text(statement, "be", title="New title", lead="", body="<p>New words.</p>")
    html = detail(staff, statement)
    assert "given on an earlier version" in html
    assert str(signature.party.name) in html


def test_removing_asks_first_then_removes_and_logs(staff, statement):
    signature = signed(statement)
    url = reverse("statements_admin:remove", args=[statement.pk, signature.pk])
    assert "Remove the signature" in staff.get(url).content.decode()
    signature.refresh_from_db()
    assert signature.status == "active"
    staff.post(url)
    signature.refresh_from_db()
    assert signature.status == "removed"
    assert statement.events.filter(kind="removed").exists()
    entry = logged(statement, REMOVED).get()
    assert entry.data == {"signature": signature.pk}
    assert PRIVATE_NAME not in str(entry.data) and PRIVATE_NAME not in entry.label
    assert staff.post(url).status_code == 404  # no longer active


def test_verifying_the_log_reports_a_whole_chain_and_a_broken_one(staff, statement):
    signed(statement)
    url = reverse("statements_admin:verify", args=[statement.pk])
    assert "The log holds" in staff.get(url).content.decode()
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE statements_signatureevent SET appearance = 'forged'"
            " WHERE statement_id = %s AND sequence = 1",
            [statement.pk],
        )
    html = staff.get(url).content.decode()
    assert "The log is broken at event 1" in html
    statement.refresh_from_db()
    assert statement.chain_head in detail(staff, statement)


def test_stale_signatures_block_publishing(staff, statement):
    signed(statement)
    texts.save_text(statement, "en", title="Changed", lead="", body="<p>Changed.</p>")
    html = staff.get(reverse("statements_admin:publish", args=[statement.pk])).content.decode()
    assert "cannot be published yet" in html
    response = staff.post(reverse("statements_admin:publish", args=[statement.pk]), {})
    statement.refresh_from_db()
    assert statement.status == StatementStatus.OPEN
    assert response.status_code == 200


def test_the_progress_page_counts_and_refreshes_itself(staff, statement):
    invitations.invite(statement, email="pending@example.org")
    signed(statement, appearance=Appearance.NAMED)
    signed(statement, appearance=Appearance.NOT_NAMED)
    confidential = signed(statement, appearance=Appearance.CONFIDENTIAL)
    from .. import signing

    signing.withdraw(confidential)
    response = staff.get(reverse("statements_admin:progress", args=[statement.pk]))
    html = response.content.decode()
    assert '<meta http-equiv="refresh" content="30">' in html
    assert "reloads itself every 30 seconds" in html
    assert "named: 1, not named for safety: 1, confidential: 0" in html
    assert "<dt>Invited</dt><dd>4</dd>" in html
    assert "<dt>Invitations still open</dt><dd>1</dd>" in html
    assert "<dt>Withdrawn</dt><dd>1</dd>" in html
    assert ModelLogEntry.objects.count() == 0  # reading changes nothing


def test_a_house_coordinator_publishes_through_the_admin(small_site, staff):
    """Coordinators hold no page permissions: the statements' own rule lets them publish."""
    statement = open_statement(languages=("be", "en"))
    signed(statement)
    response = staff.post(
        reverse("statements_admin:publish", args=[statement.pk]),
        {"tags": [small_site.tags["be"].pk]},
    )
    assert response.status_code == 302
    statement.refresh_from_db()
    assert statement.status == StatementStatus.PUBLISHED
    assert statement.events.last().kind == "published"


def test_a_representative_coordinating_a_statement_cannot_publish_it(small_site):
    party = acceding()
    client = browser(representative_of(party, "coordinating-rep"))
    statement = open_statement(languages=("be",), coordinator=party)
    signed(statement)
    assert "Publish" not in detail(client, statement)
    url = reverse("statements_admin:publish", args=[statement.pk])
    assert client.get(url).status_code in (302, 403)
    client.post(url, {})
    statement.refresh_from_db()
    assert statement.status == StatementStatus.OPEN
