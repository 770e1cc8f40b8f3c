"""The staff's queue and register in the admin, as the browser posts to them.

Approval gives the next number and makes the party as the application asked (named or not,
with its private details); rejection needs a reason; a second application joins the party
already on the register; a decided application stays decided; events keep the number. Private
details only for those allowed to see them; moderators decide, editors cannot.
"""

import datetime
import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from rightshouse.conftest import log_in_with_second_factor
from rightshouse.organisations.factories import OrganisationFactory, PrivateDetailsFactory
from rightshouse.organisations.models import Organisation, PrivateDetails, SafetyLevel
from rightshouse.users import roles

from ..factories import AccessionApplicationFactory, CaseFactory, edition_in_three_languages
from ..models import Accession, AccessionApplication, AccessionEvent, RegisterCounter
from ..registry import record_accession
from ..viewsets.base import APPROVED, EVENT, JOINED, REJECTED

CONTACT = "Signal contactmarkerq7x"
REPRESENTATIVE = "Ales representativemarkerq7x"
EARLIER = datetime.date(2016, 3, 1)


def inspect_url(application):
    return reverse("principles_applications:inspect", args=[application.pk])


def decision_url(decision, application):
    return reverse(f"principles_applications:{decision}", args=[application.pk])


def event_url(accession):
    return reverse("principles_register:event", args=[accession.pk])


def html_of(response):
    return response.content.decode()


def select_of(html, name):
    """The <select> of the field `name`."""
    return html.split(f'name="{name}"')[1].split("</select>")[0]


@pytest.fixture
def edition(db):
    return edition_in_three_languages(1)


@pytest.fixture
def staff(admin_client):
    """The admin's browser in English."""
    admin_client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    return admin_client


@pytest.fixture
def on_the_register(edition):
    """No. 1, a named party with private details."""
    party = OrganisationFactory(name_be="Цэнтр «Зорка»", name_en="Zorka Centre")
    PrivateDetailsFactory(party=party, contacts="old contact", representatives="")
    return record_accession(party, edition, "be", EARLIER)


@pytest.fixture
def application(edition):
    return AccessionApplicationFactory(
        edition=edition,
        language="ru",
        name="Правозащитный центр «Север»",
        city="Vilnius",
        in_exile=True,
        website="https://sever.example.org",
        representative_name=REPRESENTATIVE,
        representative_role="chair",
        contact=CONTACT,
    )


def as_member_of(*group_names, username="someone"):
    roles.set_up_roles(index_pages=[])
    user = get_user_model().objects.create_user(username, email=f"{username}@example.org")
    user.groups.add(*Group.objects.filter(name__in=group_names))
    client = log_in_with_second_factor(Client(), user)
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    return client


# --- approval -------------------------------------------------------------------------------


def test_approval_gives_the_next_number_and_makes_the_named_party_with_its_private_details(
    staff, on_the_register, application
):
    response = staff.post(decision_url("approve", application), {"acceded_on": "2025-03-01"})
    assert response.status_code == 302
    assert response["Location"] == inspect_url(application)
    application.refresh_from_db()
    assert application.status == "approved"
    party = application.party
    assert (party.name_ru, party.name_be) == ("Правозащитный центр «Север»",) * 2
    assert party.safety_level == SafetyLevel.NAMED
    assert (party.city, party.in_exile, party.website) == (
        "Vilnius",
        True,
        "https://sever.example.org",
    )
    details = PrivateDetails.objects.get(party=party)
    assert details.contacts == CONTACT
    assert details.representatives == f"{REPRESENTATIVE}, chair"
    accession = Accession.objects.get(party=party)
    assert accession.number == 2
    assert accession.acceded_on == datetime.date(2025, 3, 1)
    assert (accession.edition, accession.language) == (application.edition, "ru")
    assert accession.text_sha256 == application.text_sha256
    page = html_of(staff.get(inspect_url(application)))
    assert "Approved: the party is on the register under No. 2." in page


def test_the_three_decision_forms_share_the_page_without_sharing_ids(
    staff, on_the_register, application
):
    page = html_of(staff.get(inspect_url(application)))
    ids = re.findall(r'\sid="([^"]+)"', page)
    assert len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)
    for decision in ("approve", "reject", "join"):
        assert f'action="{decision_url(decision, application)}"' in page


def test_an_application_asking_not_to_be_named_makes_a_party_not_named(staff, edition, application):
    AccessionApplication.objects.filter(pk=application.pk).update(not_named_for_safety=True)
    assert staff.post(decision_url("approve", application), {"acceded_on": ""}).status_code == 302
    application.refresh_from_db()
    assert application.party.safety_level == SafetyLevel.NOT_NAMED
    accession = Accession.objects.get(party=application.party)
    assert (accession.number, accession.acceded_on) == (1, timezone.localdate())


def test_the_accession_keeps_the_hash_of_the_text_the_applicant_read(staff, application):
    """The text was corrected after the application was sent: the accession is to the text
    the applicant was shown, not to the new one."""
    earlier_hash = "0" * 64
    AccessionApplication.objects.filter(pk=application.pk).update(text_sha256=earlier_hash)
    staff.post(decision_url("approve", application), {"acceded_on": ""})
    assert Accession.objects.get().text_sha256 == earlier_hash


def test_a_second_approval_is_refused_and_gives_no_number(staff, application):
    staff.post(decision_url("approve", application), {"acceded_on": ""})
    response = staff.post(decision_url("approve", application), {"acceded_on": ""}, follow=True)
    assert "This application has already been decided." in html_of(response)
    assert Accession.objects.count() == 1
    assert Organisation.objects.count() == 1
    assert RegisterCounter.objects.get().last_number == 1


def test_a_decided_application_is_read_only(staff, application):
    staff.post(decision_url("reject", application), {"reason": "Could not be verified."})
    page = html_of(staff.get(inspect_url(application)))
    assert "This application has been decided; it can no longer be changed." in page
    assert decision_url("approve", application) not in page
    response = staff.post(decision_url("join", application), {"party": "", "reason": ""})
    assert response.status_code == 200, "the form's own error comes first"
    response = staff.post(decision_url("approve", application), {"acceded_on": ""}, follow=True)
    assert "This application has already been decided." in html_of(response)
    application.refresh_from_db()
    assert application.status == "rejected"


def test_an_acceded_on_date_in_the_future_is_refused(staff, application):
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    response = staff.post(decision_url("approve", application), {"acceded_on": tomorrow})
    assert response.status_code == 200
    assert "The date cannot be in the future." in html_of(response)
    assert not Accession.objects.exists()


def test_there_is_no_generic_edit_add_or_delete_of_applications_and_accessions(
    staff, on_the_register, application
):
    for name in ("edit", "delete", "copy", "add"):
        with pytest.raises(NoReverseMatch):
            reverse(f"principles_applications:{name}", args=[application.pk])
    for name in ("edit", "delete", "copy"):
        with pytest.raises(NoReverseMatch):
            reverse(f"principles_register:{name}", args=[on_the_register.pk])
    base = "/admin/principles/applications/"
    assert staff.get(f"{base}edit/{application.pk}/").status_code == 404
    assert staff.post(f"{base}delete/{application.pk}/").status_code == 404
    assert staff.get(f"/admin/principles/register/edit/{on_the_register.pk}/").status_code == 404


# --- rejection and joining --------------------------------------------------------------------


def test_a_rejection_needs_a_reason(staff, application):
    response = staff.post(decision_url("reject", application), {"reason": "   "})
    assert response.status_code == 200
    assert "Give the reason for the rejection." in html_of(response)
    application.refresh_from_db()
    assert application.status == "received"

    response = staff.post(decision_url("reject", application), {"reason": "Not a real party."})
    assert response.status_code == 302
    application.refresh_from_db()
    assert (application.status, application.decision_reason) == ("rejected", "Not a real party.")
    assert application.decided_by is not None and application.decided_at is not None
    assert not Accession.objects.exists() and not Organisation.objects.exists()


def test_a_second_application_of_a_party_on_the_register_is_joined_to_it(
    staff, on_the_register, edition
):
    party = on_the_register.party
    application = AccessionApplicationFactory(
        edition=edition, name="zorka  centre", contact=CONTACT
    )
    page = html_of(staff.get(inspect_url(application)))
    assert "A party with this name is already on the register: No. 1" in page
    chosen = f'<option value="{party.pk}" selected>'
    assert chosen in select_of(page, "party"), "the match is chosen already"

    response = staff.post(
        decision_url("join", application), {"party": party.pk, "reason": "Same party."}
    )
    assert response.status_code == 302
    application.refresh_from_db()
    assert (application.status, application.party) == ("joined", party)
    assert PrivateDetails.objects.get(party=party).contacts == f"old contact\n{CONTACT}"
    assert Accession.objects.count() == 1
    assert RegisterCounter.objects.get().last_number == 1


def test_the_queue_shows_a_match_on_the_register(staff, on_the_register, edition):
    AccessionApplicationFactory(edition=edition, name="Цэнтр «Зорка»")
    listing = html_of(staff.get("/admin/principles/applications/"))
    assert "On the register as" in listing
    assert "No. 1" in listing


def test_joining_needs_a_party_on_the_register(staff, edition, application):
    elsewhere = OrganisationFactory()
    response = staff.post(decision_url("join", application), {"party": elsewhere.pk})
    assert response.status_code == 200
    application.refresh_from_db()
    assert application.status == "received"


# --- the queue ----------------------------------------------------------------------------------


def test_the_queue_shows_received_applications_first_and_filters_by_status(staff, edition):
    waiting = AccessionApplicationFactory(edition=edition, name="Waiting one")
    AccessionApplicationFactory(edition=edition, name="Rejected one", status="rejected")
    newer = AccessionApplicationFactory(edition=edition, name="Newer one")
    AccessionApplication.objects.filter(pk=newer.pk).update(
        submitted_at=waiting.submitted_at + datetime.timedelta(hours=1)
    )
    listing = html_of(staff.get("/admin/principles/applications/"))
    assert "Waiting one" in listing and "Newer one" in listing
    assert "Rejected one" not in listing
    assert listing.index("Newer one") < listing.index("Waiting one"), "the newest first"
    rejected = html_of(staff.get("/admin/principles/applications/", {"status": "rejected"}))
    assert "Rejected one" in rejected and "Waiting one" not in rejected
    every = html_of(staff.get("/admin/principles/applications/", {"status": ""}))
    assert all(name in every for name in ("Waiting one", "Rejected one", "Newer one"))


def test_decisions_are_logged_without_personal_data(staff, on_the_register, edition):
    approved, rejected, joined = AccessionApplicationFactory.create_batch(3, edition=edition)
    staff.post(decision_url("approve", approved), {"acceded_on": ""})
    staff.post(decision_url("reject", rejected), {"reason": "Unverified contactmarkerq7x"})
    staff.post(decision_url("join", joined), {"party": on_the_register.party.pk})
    entries = {entry.action: entry for entry in ModelLogEntry.objects.all()}
    assert {APPROVED, REJECTED, JOINED} <= set(entries)
    for entry in entries.values():
        logged = f"{entry.label} {entry.data}"
        for application in (approved, rejected, joined):
            assert application.name not in logged
            assert application.contact not in logged
        assert "contactmarkerq7x" not in logged
    assert entries[APPROVED].data == {"number": 2}
    history = html_of(staff.get(f"/admin/principles/applications/history/{approved.pk}/"))
    assert "Approved: on the register" in history


# --- the register ------------------------------------------------------------------------------


def test_events_through_the_admin_keep_the_number(staff, on_the_register):
    url = event_url(on_the_register)
    assert staff.post(url, {"kind": "withdrawn", "date": "2024-01-10"}).status_code == 302
    assert staff.post(url, {"kind": "reinstated", "date": "2024-06-01"}).status_code == 302
    case = CaseFactory()
    response = staff.post(
        url,
        {
            "kind": "suspended",
            "date": "2025-02-01",
            "public_reason_en": "Decision of the board on case 1.",
            "public_reason_be": "",
            "public_reason_ru": "",
            "case": case.pk,
        },
    )
    assert response.status_code == 302
    on_the_register.refresh_from_db()
    assert on_the_register.number == 1
    assert (on_the_register.status, on_the_register.status_since) == (
        "suspended",
        datetime.date(2025, 2, 1),
    )
    kinds = list(on_the_register.events.values_list("kind", flat=True))
    assert kinds == ["acceded", "withdrawn", "reinstated", "suspended"]
    assert on_the_register.events.last().case == case
    page = html_of(staff.get(reverse("principles_register:inspect", args=[on_the_register.pk])))
    assert "Decision of the board on case 1." in page
    assert ModelLogEntry.objects.filter(action=EVENT).count() == 3


def test_a_suspension_needs_a_public_reason_and_the_status_must_allow_the_event(
    staff, on_the_register
):
    url = event_url(on_the_register)
    response = staff.post(url, {"kind": "suspended", "date": "2025-02-01"})
    assert response.status_code == 200
    assert "A suspension or exclusion needs a public reason." in html_of(response)
    response = staff.post(url, {"kind": "reinstated", "date": "2025-02-01"})
    assert response.status_code == 200, "an active accession cannot be reinstated"
    response = staff.post(url, {"kind": "withdrawn", "date": "2010-01-01"}, follow=True)
    assert "The date is earlier than the accession&#x27;s current status." in html_of(response)
    assert AccessionEvent.objects.count() == 1
    on_the_register.refresh_from_db()
    assert on_the_register.status == "active"


def test_an_accession_made_before_this_site_takes_the_next_number(staff, on_the_register, edition):
    party = OrganisationFactory(not_named=True)
    parties = select_of(html_of(staff.get(reverse("principles_register:add"))), "party")
    assert f'<option value="{party.pk}">' in parties
    assert f'<option value="{on_the_register.party.pk}">' not in parties, "already on it"
    response = staff.post(
        reverse("principles_register:add"),
        {"party": party.pk, "edition": edition.pk, "language": "en", "acceded_on": "2017-05-04"},
    )
    accession = Accession.objects.get(party=party)
    assert response["Location"] == reverse("principles_register:inspect", args=[accession.pk])
    assert (accession.number, accession.acceded_on) == (2, datetime.date(2017, 5, 4))
    assert accession.text_sha256 == edition.texts.get(language="en").sha256
    response = staff.post(
        reverse("principles_register:add"),
        {"party": party.pk, "edition": edition.pk, "language": "en", "acceded_on": "2017-05-04"},
    )
    assert response.status_code == 200
    assert Accession.objects.count() == 2


def test_the_register_listing_shows_number_party_edition_and_status(staff, on_the_register):
    listing = html_of(staff.get("/admin/principles/register/"))
    assert "Zorka Centre" in listing
    assert "Edition 1" in listing
    assert "Record an accession made before this site" in listing


# --- who may see and do what ----------------------------------------------------------------


def test_private_details_are_absent_without_their_permission(db, application):
    moderator = as_member_of(roles.MODERATORS)
    page = html_of(moderator.get(inspect_url(application)))
    assert "Правозащитный центр «Север»" in page
    assert "contactmarkerq7x" not in page
    assert "representativemarkerq7x" not in page
    assert "shown only to those allowed to see private details" in page


def test_verifiers_and_superusers_see_the_private_details(staff, application):
    for client in (staff, as_member_of(roles.MODERATORS, roles.VERIFIERS)):
        page = html_of(client.get(inspect_url(application)))
        assert "contactmarkerq7x" in page
        assert "representativemarkerq7x" in page


def test_moderators_decide_applications_and_record_events(db, application, on_the_register):
    moderator = as_member_of(roles.MODERATORS)
    assert moderator.get("/admin/principles/applications/").status_code == 200
    response = moderator.post(decision_url("approve", application), {"acceded_on": ""})
    assert response.status_code == 302
    assert Accession.objects.get(party__applications=application).number == 2
    response = moderator.post(
        event_url(on_the_register), {"kind": "withdrawn", "date": "2024-01-10"}
    )
    assert response.status_code == 302
    assert AccessionEvent.objects.filter(kind="withdrawn").count() == 1


def test_editors_can_neither_see_the_queue_nor_decide(db, application, on_the_register):
    editor = as_member_of(roles.EDITORS)
    for url in ("/admin/principles/applications/", inspect_url(application)):
        response = editor.get(url)
        assert (response.status_code, response["Location"]) == (302, "/admin/"), url
    editor.post(decision_url("approve", application), {"acceded_on": ""})
    editor.post(decision_url("reject", application), {"reason": "No."})
    editor.post(event_url(on_the_register), {"kind": "withdrawn", "date": "2024-01-10"})
    application.refresh_from_db()
    assert application.status == "received"
    assert AccessionEvent.objects.count() == 1
    assert not Accession.objects.filter(number=2).exists()


def test_verifiers_alone_see_but_do_not_decide(db, application):
    verifier = as_member_of(roles.VERIFIERS)
    page = html_of(verifier.get(inspect_url(application)))
    assert "contactmarkerq7x" in page
    assert decision_url("approve", application) not in page
    verifier.post(decision_url("approve", application), {"acceded_on": ""})
    application.refresh_from_db()
    assert application.status == "received"
