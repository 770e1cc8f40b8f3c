"""Merging two records of the same party keeps every reference, in one transaction."""

import pytest
from wagtail.models import ModelLogEntry

from rightshouse.organisations.factories import OrganisationFactory, PrivateDetailsFactory
from rightshouse.organisations.models import Organisation, PrivateDetails, SafetyLevel
from rightshouse.organisations.services import MERGE_ACTION, merge_parties, references_to_parties
from rightshouse.principles.factories import PrinciplesPageFactory
from rightshouse.principles.models import Accession


@pytest.fixture
def duplicates(small_site):
    kept = OrganisationFactory(name_be="Вясна", name_ru="", name_en="", slug="viasna")
    duplicate = OrganisationFactory(name_be="Вясна 2", name_ru="Весна", name_en="Viasna")
    PrivateDetailsFactory(party=kept, contacts="kept contact", representatives="")
    PrivateDetailsFactory(party=duplicate, contacts="their contact", representatives="Ales")
    page = PrinciplesPageFactory(parent=small_site.homes["be"], locale=small_site.locales["be"])
    for number, party in enumerate([kept, duplicate, duplicate]):
        Accession.objects.create(page=page, organisation=party, sort_order=number)
    return kept, duplicate


def test_every_foreign_key_to_a_party_is_found():
    assert (Accession, "organisation") in references_to_parties()


def test_merge_moves_every_reference_and_deletes_the_duplicate(duplicates, admin_user):
    kept, duplicate = duplicates
    moved = merge_parties(kept, duplicate, user=admin_user)
    assert moved == {"principles.Accession": 2}
    assert Accession.objects.filter(organisation=kept).count() == 3
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
    assert Accession.objects.filter(organisation=kept).count() == 3


def test_a_party_cannot_be_merged_into_itself(duplicates):
    kept, _duplicate = duplicates
    with pytest.raises(ValueError):
        merge_parties(kept, kept)


def test_the_merged_party_keeps_the_stricter_safety_level(duplicates):
    kept, duplicate = duplicates[0], duplicates[1]
    Organisation.objects.filter(pk=kept.pk).update(safety_level=SafetyLevel.NAMED)
    Organisation.objects.filter(pk=duplicate.pk).update(safety_level=SafetyLevel.CONFIDENTIAL)
    kept.refresh_from_db()
    duplicate.refresh_from_db()
    merge_parties(kept, duplicate)
    kept.refresh_from_db()
    assert kept.safety_level == SafetyLevel.CONFIDENTIAL
