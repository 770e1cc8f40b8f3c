"""A representative's account: the Representatives list kept by coordinators, "My
invitations" with signing in the admin, re-confirming a stale signature and withdrawing;
nothing of another organisation is reachable."""

import pytest
from django.urls import reverse
from wagtail.models import ModelLogEntry

from rightshouse.organisations.factories import OrganisationFactory
from rightshouse.users import roles

from .. import invitations, texts
from ..factories import open_statement, signed
from ..models import Representative, Signature, SignatureStatus
from ..viewsets.base import RECONFIRMED, SIGNED, WITHDRAWN
from .test_admin_drafting import (
    browser,
    logged,
    member_of,
    representative_of,
)


@pytest.fixture
def staff(db):
    """A member of the Coordinators group, in English."""
    return browser(member_of(roles.COORDINATORS, "coordinator"))


@pytest.fixture
def party(db):
    return OrganisationFactory(name_en="Our Org")


@pytest.fixture
def rep(party):
    return representative_of(party, "rep", first_name="Hanna", last_name="Testova")


@pytest.fixture
def invited(party):
    statement = open_statement(languages=("be", "en"))
    invitation, _token = invitations.invite(statement, party=party)
    return invitation


def sign_data(**overrides):
    data = {
        "language": "en",
        "representative_name": "Hanna Testova",
        "representative_role": "chair",
        "appearance": "not_named",
        "authorised": "on",
    }
    data.update(overrides)
    return data


def test_my_invitations_lists_only_my_organisations_open_invitations(rep, invited):
    other_statement = open_statement()
    invitations.invite(other_statement, party=OrganisationFactory())
    html = browser(rep).get(reverse("statements_mine:index")).content.decode()
    assert reverse("statements_mine:sign", args=[invited.pk]) in html
    assert html.count("Read and sign") == 1


def test_the_sign_page_switches_language_and_prefills_the_name(rep, invited):
    client = browser(rep)
    url = reverse("statements_mine:sign", args=[invited.pk])
    html = client.get(url + "?language=en").content.decode()
    assert "Statement (en)" in html
    assert 'value="Hanna Testova"' in html
    assert "Statement (be)" in client.get(url + "?language=be").content.decode()


def test_signing_from_the_account(rep, invited, party):
    response = browser(rep).post(reverse("statements_mine:sign", args=[invited.pk]), sign_data())
    assert response.status_code == 302
    signature = Signature.objects.get(statement=invited.statement, party=party)
    assert signature.signed_by == rep
    assert (signature.appearance, signature.language) == ("not_named", "en")
    invited.refresh_from_db()
    assert invited.used_at is not None
    entry = logged(invited.statement, SIGNED).get()
    assert "Hanna" not in entry.label and "Hanna" not in str(entry.data)


def test_signing_needs_the_authorisation_box_and_writes_nothing_without_it(rep, invited):
    data = sign_data()
    del data["authorised"]
    response = browser(rep).post(reverse("statements_mine:sign", args=[invited.pk]), data)
    assert response.status_code == 200
    assert not Signature.objects.exists()


def test_another_organisations_invitation_is_not_found(rep):
    statement = open_statement()
    foreign, _token = invitations.invite(statement, party=OrganisationFactory())
    client = browser(rep)
    url = reverse("statements_mine:sign", args=[foreign.pk])
    assert client.get(url).status_code == 404
    assert client.post(url, sign_data()).status_code == 404
    assert not Signature.objects.exists()


def test_a_used_invitation_cannot_be_used_again(rep, invited):
    client = browser(rep)
    url = reverse("statements_mine:sign", args=[invited.pk])
    client.post(url, sign_data())
    response = client.get(url)
    assert response.status_code == 302
    response = client.post(url, sign_data(appearance="named"), follow=True)
    assert "cannot be used" in response.content.decode()
    assert Signature.objects.get().appearance == "not_named"


def test_reconfirming_a_stale_signature_and_withdrawing(rep, party):
    statement = open_statement(languages=("en",))
    signature = signed(statement, party=party, language="en")
    texts.save_text(statement, "en", title="Changed", lead="", body="<p>New.</p>")
    client = browser(rep)
    html = client.get(reverse("statements_mine:index")).content.decode()
    assert "given on an earlier version" in html
    client.post(reverse("statements_mine:reconfirm", args=[signature.pk]))
    signature.refresh_from_db()
    statement.refresh_from_db()
    assert signature.is_current()
    assert logged(statement, RECONFIRMED).exists()
    url = reverse("statements_mine:withdraw", args=[signature.pk])
    client.post(url)  # without the confirmation box
    signature.refresh_from_db()
    assert signature.status == SignatureStatus.ACTIVE
    client.post(url, {"confirm": "yes"})
    signature.refresh_from_db()
    assert signature.status == SignatureStatus.WITHDRAWN
    assert logged(statement, WITHDRAWN).exists()


def test_another_organisations_signature_cannot_be_withdrawn(rep):
    statement = open_statement()
    foreign = signed(statement)
    client = browser(rep)
    assert client.post(reverse("statements_mine:withdraw", args=[foreign.pk]),
                       {"confirm": "yes"}).status_code == 404  # fmt: skip
    assert client.post(reverse("statements_mine:reconfirm", args=[foreign.pk])).status_code == 404
    foreign.refresh_from_db()
    assert foreign.status == SignatureStatus.ACTIVE


def test_accounts_without_an_organisation_have_no_invitations_page(db):

    editor = browser(member_of(roles.EDITORS, "editor"))
    assert editor.get(reverse("statements_mine:index")).status_code == 302


def test_coordinators_link_accounts_to_organisations(staff, party):
    from django.contrib.auth import get_user_model

    account = get_user_model().objects.create_user("newrep", email="newrep@example.org")
    response = staff.post(reverse("statements_representatives:add"),
                          {"user": account.pk, "party": party.pk})  # fmt: skip
    assert response.status_code == 302
    representation = Representative.objects.get(user=account)
    entry = ModelLogEntry.objects.get(action="wagtail.create", object_id=str(representation.pk))
    assert entry.label == f"Representative {representation.pk}"
    assert "newrep" not in entry.label


def test_representatives_cannot_manage_representatives(rep):
    response = browser(rep).get(reverse("statements_representatives:index"))
    assert response.status_code == 302
