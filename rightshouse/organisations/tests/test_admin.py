"""Editors manage parties in the admin: create with private details, find by search; the
private details only for those allowed to see them."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission

from rightshouse.conftest import log_in_with_second_factor
from rightshouse.organisations.factories import PrivateDetailsFactory
from rightshouse.organisations.models import Organisation, PrivateDetails

ADD_URL = "/admin/snippets/organisations/organisation/add/"


def test_an_editor_adds_a_party_and_its_slug_is_made_from_the_name(admin_client, small_site):
    response = admin_client.post(
        ADD_URL,
        {
            "name_be": "Праваабарончы цэнтр «Вясна»",
            "name_en": "",
            "kind": "organisation",
            "role": "member",
            "safety_level": "not_named",
            "slug": "",
            "private_details-TOTAL_FORMS": "1",
            "private_details-INITIAL_FORMS": "0",
            "private_details-MIN_NUM_FORMS": "0",
            "private_details-MAX_NUM_FORMS": "1",
            "private_details-0-contacts": "Signal only",
            "private_details-0-representatives": "",
        },
    )
    assert response.status_code == 302, response.content.decode()[-3000:]
    party = Organisation.objects.get()
    assert party.slug == "pravaabaronchy-tsentr-vyasna"
    assert PrivateDetails.objects.get(party=party).contacts == "Signal only"


def test_the_admin_listing_finds_a_party_by_another_form_of_its_name(admin_client, small_site):
    Organisation.objects.create(name_be="Назіральнікі", name_en="Observers")
    listing = admin_client.get("/admin/snippets/organisations/organisation/?q=назіральнікаў")
    assert "Назіральнікі" in listing.content.decode()


def test_private_details_are_absent_without_their_permission(small_site, client):
    details = PrivateDetailsFactory(contacts="secretcontactq7x")
    moderator = get_user_model().objects.create_user("moderator", email="m@example.org")
    moderator.user_permissions.add(
        *Permission.objects.filter(
            codename__in=["access_admin", "change_organisation", "view_organisation"]
        )
    )
    log_in_with_second_factor(client, moderator)
    edit_url = f"/admin/snippets/organisations/organisation/edit/{details.party.pk}/"
    html = client.get(edit_url).content.decode()
    assert "name_be" in html
    assert "secretcontactq7x" not in html
    assert "private_details" not in html
    # Saving the public fields leaves the private details as they were.
    response = client.post(
        edit_url,
        {
            "name_be": "Новая назва",
            "kind": "organisation",
            "role": "member",
            "safety_level": "named",
            "slug": details.party.slug,
        },
    )
    assert response.status_code == 302
    details.refresh_from_db()
    assert details.contacts == "secretcontactq7x"
    assert details.party.name_be == "Новая назва"
