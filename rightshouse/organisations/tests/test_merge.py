"""Merging two records of the same party keeps every reference, in one transaction."""

import datetime

import pytest
from wagtail.models import ModelLogEntry

from rightshouse.organisations.factories import OrganisationFactory, PrivateDetailsFactory
from rightshouse.organisations.models import Organisation, PrivateDetails, SafetyLevel
from rightshouse.organisations.services import (
    MERGE_ACTION,
    MergeRefused,
    merge_parties,
    references_to_parties,
)
from rightshouse.principles.factories import (
    AccessionApplicationFactory,
    CaseFactory,
    edition_in_three_languages,
)
from rightshouse.principles.models import Accession, AccessionApplication, Case
from rightshouse.principles.registry import record_accession

ACCEDED_ON = datetime.date(2016, 3, 1)


@pytest.fixture
def duplicates(small_site):
    """Two records of one party: the duplicate is on the register (No. 1) and is referred to
    by an application and a complaints case."""
    kept = OrganisationFactory(name_be="Вясна", name_ru="", name_en="", slug="viasna")
    duplicate = OrganisationFactory(name_be="Вясна 2", name_ru="Весна", name_en="Viasna")
    PrivateDetailsFactory(party=kept, contacts="kept contact", representatives="")
    PrivateDetailsFactory(party=duplicate, contacts="their contact", representatives="Ales")
    edition = edition_in_three_languages(1)
    record_accession(duplicate, edition, "be", ACCEDED_ON)
    AccessionApplicationFactory(edition=edition, party=duplicate)
    CaseFactory(party=duplicate)
    return kept, duplicate


def test_every_foreign_key_to_a_party_is_found():
    found = references_to_parties()
    assert {(Accession, "party"), (AccessionApplication, "party"), (Case, "party")} <= set(found)


def test_merge_moves_every_reference_and_deletes_the_duplicate(duplicates, admin_user):
    kept, duplicate = duplicates
    moved = merge_parties(kept, duplicate, user=admin_user)
    assert moved == {
        "principles.Accession": 1,
        "principles.AccessionApplication": 1,
        "principles.Case": 1,
    }
    # The accession moves with its number: the party kept is No. 1 now.
    assert Accession.objects.get(party=kept).number == 1
    assert not Organisation.objects.filter(pk=duplicate.pk).exists()
    kept.refresh_from_db()
    assert (kept.name_be, kept.name_ru, kept.name_en) == ("Вясна", "Весна", "Viasna")
    (details,) = PrivateDetails.objects.filter(party=kept)
    assert details.contacts == "kept contact\ntheir contact"
    assert details.representatives == "Ales"
    entry = ModelLogEntry.objects.get(action=MERGE_ACTION)
    assert entry.object_id == str(kept.pk)
    assert entry.data["duplicate"]["id"] == duplicate.pk


def test_the_admin_merge_action_asks_for_confirmation(duplicates, admin_client):
    kept, duplicate = duplicates
    admin_client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"  # the admin follows the browser
    url = f"/admin/organisations/merge/{kept.pk}/"
    assert admin_client.get(url).status_code == 200
    confirmation = admin_client.post(url, {"duplicate": duplicate.pk})
    assert confirmation.status_code == 200
    assert "Merge and delete the duplicate" in confirmation.content.decode()
    assert Organisation.objects.filter(pk=duplicate.pk).exists()
    response = admin_client.post(url, {"duplicate": duplicate.pk, "confirm": "yes"})
    assert response.status_code == 302
    assert not Organisation.objects.filter(pk=duplicate.pk).exists()
    assert Accession.objects.get(party=kept).number == 1


def test_a_party_cannot_be_merged_into_itself(duplicates):
    kept, _duplicate = duplicates
    with pytest.raises(ValueError):
        merge_parties(kept, kept)


def test_two_parties_on_the_register_are_not_merged(duplicates, admin_user):
    """One place on the register per party and numbers never reused: the merge is refused,
    and nothing changes."""
    kept, duplicate = duplicates
    record_accession(kept, duplicate.accessions.get().edition, "en", ACCEDED_ON)
    with pytest.raises(MergeRefused, match=r"Nos\. 1, 2"):
        merge_parties(kept, duplicate, user=admin_user)
    assert Organisation.objects.filter(pk=duplicate.pk).exists()
    assert dict(Accession.objects.values_list("number", "party")) == {
        1: duplicate.pk,
        2: kept.pk,
    }
    assert not ModelLogEntry.objects.filter(action=MERGE_ACTION).exists()


def test_the_admin_merge_action_shows_the_refusal(duplicates, admin_client):
    kept, duplicate = duplicates
    record_accession(kept, duplicate.accessions.get().edition, "en", ACCEDED_ON)
    admin_client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    url = f"/admin/organisations/merge/{kept.pk}/"
    for data in ({"duplicate": duplicate.pk}, {"duplicate": duplicate.pk, "confirm": "yes"}):
        response = admin_client.post(url, data)
        assert response.status_code == 200
        html = response.content.decode()
        assert "Both parties are on the register of accession (Nos. 1, 2)" in html
        assert "Merge and delete the duplicate" not in html
    assert Organisation.objects.filter(pk=duplicate.pk).exists()


def test_the_merged_party_keeps_the_stricter_safety_level(duplicates):
    kept, duplicate = duplicates[0], duplicates[1]
    Organisation.objects.filter(pk=kept.pk).update(safety_level=SafetyLevel.NAMED)
    Organisation.objects.filter(pk=duplicate.pk).update(safety_level=SafetyLevel.CONFIDENTIAL)
    kept.refresh_from_db()
    duplicate.refresh_from_db()
    merge_parties(kept, duplicate)
    kept.refresh_from_db()
    assert kept.safety_level == SafetyLevel.CONFIDENTIAL


def test_parties_that_signed_the_same_statement_are_not_merged(duplicates):
    from rightshouse.statements import factories as statement_factories
    from rightshouse.statements.models import Signature

    kept, duplicate = duplicates
    statement = statement_factories.open_statement()
    statement_factories.signed(statement, party=kept)
    statement_factories.signed(statement, party=duplicate)
    with pytest.raises(MergeRefused, match="same joint statement"):
        merge_parties(kept, duplicate)
    assert Signature.objects.filter(statement=statement, status="active").count() == 2


def test_a_signature_moves_with_the_party(duplicates):
    from rightshouse.statements import factories as statement_factories

    kept, duplicate = duplicates
    statement = statement_factories.open_statement()
    signature = statement_factories.signed(statement, party=duplicate)
    moved = merge_parties(kept, duplicate)
    assert moved["statements.Signature"] == 1
    signature.refresh_from_db()
    assert signature.party == kept


def test_an_account_representing_both_parties_represents_the_merged_one_once(
    duplicates, django_user_model
):
    from rightshouse.statements.models import Representative

    kept, duplicate = duplicates
    user = django_user_model.objects.create_user("rep-of-both")
    Representative.objects.create(user=user, party=kept)
    Representative.objects.create(user=user, party=duplicate)
    merge_parties(kept, duplicate)
    assert list(Representative.objects.values_list("user", "party")) == [(user.pk, kept.pk)]
