"""Staff handle a case in the admin: received -> under review -> resolved or dismissed, with
notes and a decision; a resolved case's outcome goes public without the reporter. History is
never edited; the reporter is shown only to the procedure's staff; the staff's e-mail says
nothing of the report."""

import datetime
import re
from html import unescape

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core import mail
from django.test import Client
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from rightshouse.conftest import log_in_with_second_factor
from rightshouse.core.records import AppendOnlyError
from rightshouse.organisations.factories import OrganisationFactory
from rightshouse.principles import cases
from rightshouse.principles.factories import CaseFactory
from rightshouse.principles.models import (
    AccessionEvent,
    AccessionStatus,
    Case,
    CaseEntry,
    CaseKind,
    CaseStatus,
    EventKind,
)
from rightshouse.principles.registry import record_accession

INDEX_URL = "/admin/principles/cases/"
REPORTER_NAME = "reporternameq9z"
REPORTER_CONTACT = "reportercontactq9z"
DESCRIPTION = "descriptionq9z"
DESCRIBED_PARTY = "describedpartyq9z"
MARKERS = [REPORTER_NAME, REPORTER_CONTACT, DESCRIPTION, DESCRIBED_PARTY]
TODAY = datetime.date.today


def case_url(case):
    return f"{INDEX_URL}{case.pk}/"


@pytest.fixture
def staff(admin_client):
    admin_client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    return admin_client


@pytest.fixture
def received(db):
    case = CaseFactory(
        reporter_name=REPORTER_NAME,
        reporter_contact=REPORTER_CONTACT,
        description=DESCRIPTION,
        party_described=DESCRIBED_PARTY,
    )
    CaseEntry.objects.create(case=case, status=CaseStatus.RECEIVED)
    return case


def step(client, case, action, **data):
    return client.post(case_url(case), {"action": action, **data})


def moved(client, case, status, **data):
    response = step(client, case, "move", new_status=status, **data)
    assert response.status_code == 302, unescape(response.content.decode())[-2000:]
    assert response["Location"] == case_url(case)
    case.refresh_from_db()
    return case


def test_a_case_is_reviewed_resolved_and_its_outcome_published(
    staff, received, principles_pages, admin_user
):
    listing = unescape(staff.get(INDEX_URL).content.decode())
    assert str(received) in listing and case_url(received) in listing
    page = unescape(staff.get(case_url(received)).content.decode())
    assert REPORTER_NAME in page and REPORTER_CONTACT in page and DESCRIPTION in page

    moved(staff, received, CaseStatus.UNDER_REVIEW, note="Asked the party for its side.")
    assert received.status == CaseStatus.UNDER_REVIEW
    moved(
        staff,
        received,
        CaseStatus.RESOLVED,
        note="",
        decision="The party breached principle 11.",
        decided_on=TODAY().isoformat(),
    )
    assert (received.status, received.decided_on) == (CaseStatus.RESOLVED, TODAY())
    assert received.decision == "The party breached principle 11."
    decisions_url = principles_pages["en"].url_of("decisions")
    assert "The outcome in public." not in staff.get(decisions_url).content.decode()

    response = step(staff, received, "publish", public_outcome_en="The outcome in public.")
    assert response.status_code == 302
    received.refresh_from_db()
    assert received.outcome_published
    public = unescape(staff.get(decisions_url).content.decode())
    assert "The outcome in public." in public
    assert "The party breached principle 11." not in public

    entries = list(received.entries.all())
    assert [entry.status for entry in entries] == ["received", "under_review", "resolved", ""]
    assert entries[1].note == "Asked the party for its side."
    assert entries[1].author == admin_user
    assert "The outcome in public." in entries[3].note
    history = unescape(staff.get(case_url(received)).content.decode())
    assert "Asked the party for its side." in history


def test_a_case_is_dismissed_with_a_decision(staff, received):
    response = step(staff, received, "move", new_status=CaseStatus.DISMISSED, decision="",
                    decided_on="")  # fmt: skip
    assert response.status_code == 200
    assert "Write the decision to close the case." in unescape(response.content.decode())
    received.refresh_from_db()
    assert received.status == CaseStatus.RECEIVED
    moved(staff, received, CaseStatus.DISMISSED, decision="Not about the Principles.",
          decided_on=TODAY().isoformat())  # fmt: skip
    assert received.status == CaseStatus.DISMISSED
    page = unescape(staff.get(case_url(received)).content.decode())
    assert 'value="move"' not in page and 'value="publish"' not in page
    refused = step(staff, received, "publish", public_outcome_en="No.")
    assert refused.status_code == 302 and refused["Location"] == case_url(received)
    assert "This step is not available" in unescape(staff.get(case_url(received)).content.decode())
    received.refresh_from_db()
    assert not received.outcome_published


@pytest.mark.parametrize(
    ("start", "target"),
    [
        (CaseStatus.RECEIVED, CaseStatus.RESOLVED),
        (CaseStatus.RECEIVED, CaseStatus.RECEIVED),
        (CaseStatus.UNDER_REVIEW, CaseStatus.RECEIVED),
        (CaseStatus.RESOLVED, CaseStatus.UNDER_REVIEW),
        (CaseStatus.DISMISSED, CaseStatus.RESOLVED),
        (CaseStatus.RESOLVED, "archived"),
    ],
)
def test_a_case_moves_only_along_the_procedure(db, admin_user, start, target):
    case = CaseFactory(status=start)
    with pytest.raises(cases.CaseError):
        cases.move_status(case, target, admin_user, decision="D", decided_on=TODAY())
    case.refresh_from_db()
    assert case.status == start
    assert not CaseEntry.objects.filter(case=case).exists()


def test_the_admin_refuses_a_step_the_case_does_not_allow(staff, received):
    response = step(staff, received, "move", new_status=CaseStatus.RESOLVED, decision="D",
                    decided_on=TODAY().isoformat())  # fmt: skip
    assert response.status_code == 200
    assert "Select a valid choice" in unescape(response.content.decode())
    received.refresh_from_db()
    assert received.status == CaseStatus.RECEIVED
    assert received.entries.count() == 1


@pytest.mark.parametrize(
    ("decided_on", "message"),
    [
        (None, "Give the date of the decision."),
        (datetime.date.today() + datetime.timedelta(days=1), "cannot be in the future"),
        (datetime.date(2000, 1, 1), "before the report was received"),
    ],
)
def test_closing_needs_a_sensible_date(db, admin_user, decided_on, message):
    case = CaseFactory(status=CaseStatus.UNDER_REVIEW)
    with pytest.raises(cases.CaseError, match=message):
        cases.move_status(case, CaseStatus.RESOLVED, admin_user, decision="D",
                          decided_on=decided_on)  # fmt: skip
    case.refresh_from_db()
    assert case.status == CaseStatus.UNDER_REVIEW


def test_entries_are_never_changed_or_deleted(received, admin_user):
    entry = cases.add_note(received, admin_user, "A note.")
    entry.note = "Rewritten."
    with pytest.raises(AppendOnlyError):
        entry.save()
    with pytest.raises(AppendOnlyError):
        entry.delete()
    with pytest.raises(AppendOnlyError):
        CaseEntry.objects.filter(case=received).update(note="Rewritten.")
    with pytest.raises(AppendOnlyError):
        CaseEntry.objects.filter(case=received).delete()
    assert CaseEntry.objects.get(pk=entry.pk).note == "A note."


def test_an_empty_note_is_refused_and_a_note_is_added(staff, received):
    response = step(staff, received, "note", note="   ")
    assert response.status_code == 200
    assert received.entries.count() == 1
    assert step(staff, received, "note", note="Called the reporter.").status_code == 302
    assert received.entries.last().note == "Called the reporter."


def test_the_admin_has_no_way_to_add_edit_or_delete_a_case(staff, received):
    for name in ["add", "edit", "delete", "copy", "history"]:
        with pytest.raises(NoReverseMatch):
            reverse(f"principles_cases:{name}", args=[received.pk] if name != "add" else [])
    listing = staff.get(INDEX_URL).content.decode()
    assert "/delete/" not in listing and "/edit/" not in listing and "/new/" not in listing
    assert staff.get(f"{INDEX_URL}new/").status_code == 404


def test_the_listing_filters_by_status_and_kind_newest_first(staff, db):
    older = CaseFactory(kind=CaseKind.CONFLICT_OF_INTEREST)
    newer = CaseFactory(status=CaseStatus.RESOLVED)
    Case.objects.filter(pk=older.pk).update(
        submitted_at=timezone.now() - datetime.timedelta(days=3)
    )
    listing = staff.get(INDEX_URL).content.decode()
    assert listing.index(case_url(newer)) < listing.index(case_url(older))
    resolved = staff.get(INDEX_URL + "?status=resolved").content.decode()
    assert case_url(newer) in resolved and case_url(older) not in resolved
    conflicts = staff.get(INDEX_URL + "?kind=conflict_of_interest").content.decode()
    assert case_url(older) in conflicts and case_url(newer) not in conflicts


def user_with(*codenames):
    user = get_user_model().objects.create_user(
        f"user-{'-'.join(codenames)}", email="reader@example.org"
    )
    user.user_permissions.add(*Permission.objects.filter(codename__in=["access_admin", *codenames]))
    return user


def client_for(user):
    return log_in_with_second_factor(Client(HTTP_ACCEPT_LANGUAGE="en"), user)


def test_the_reporter_is_shown_only_to_the_procedure_s_staff(client, received):
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    log_in_with_second_factor(client, user_with("view_case"))
    listing = client.get(INDEX_URL)
    assert listing.status_code == 200
    page = unescape(client.get(case_url(received)).content.decode())
    assert DESCRIPTION in page
    assert REPORTER_NAME not in page and REPORTER_CONTACT not in page
    assert "Only the staff who handle complaints see who reported a case." in page
    assert 'name="action"' not in page
    # Wagtail answers a refused admin request by sending the user to the dashboard.
    assert step(client, received, "note", note="Sneaky.").status_code in (302, 403)
    assert received.entries.count() == 1

    handler = client_for(user_with("change_case"))
    page = unescape(handler.get(case_url(received)).content.decode())
    assert REPORTER_NAME in page and REPORTER_CONTACT in page


def test_without_any_case_permission_the_cases_are_closed(client, received):
    log_in_with_second_factor(client, user_with("change_organisation"))
    assert client.get(INDEX_URL).status_code in (302, 403)
    assert client.get(case_url(received)).status_code in (302, 403)


def test_the_staff_e_mail_says_nothing_of_the_report(
    principles_pages, client, admin_user, django_capture_on_commit_callbacks
):
    url = principles_pages["be"].url_of("report")
    html = client.get(url).content.decode()
    start = re.search(r'name="form_started" value="([^"]+)"', html).group(1)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            url,
            {
                "form_started": start,
                "kind": CaseKind.BREACH,
                "party": "other",
                "party_described": DESCRIBED_PARTY,
                "description": DESCRIPTION,
                "reporter_name": REPORTER_NAME,
                "reporter_contact": f"{REPORTER_CONTACT}@example.org",
            },
        )
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [admin_user.email]
    text = f"{message.subject}\n{message.body}\n{message.from_email}"
    for marker in MARKERS:
        assert marker not in text
    assert "/admin/principles/cases/" in message.body


def test_an_outcome_that_names_the_reporter_is_refused(db, admin_user):
    case = CaseFactory(status=CaseStatus.RESOLVED, reporter_name="Hanna Kavaliova",
                       reporter_contact="signal: +000 1234\nhanna@example.org")  # fmt: skip
    for text in ["Thanks to hanna  KAVALIOVA.", "Write to hanna@example.org."]:
        with pytest.raises(cases.CaseError):
            cases.publish_outcome(case, admin_user, {"en": text})
    with pytest.raises(cases.CaseError):
        cases.publish_outcome(case, admin_user, {"en": "  ", "be": ""})
    case.refresh_from_db()
    assert not case.outcome_published
    cases.publish_outcome(case, admin_user, {"be": "Вынік."})
    case.refresh_from_db()
    assert case.outcome_published and case.public_outcome_be == "Вынік."


def test_only_a_resolved_case_s_outcome_is_published(db, admin_user):
    for status in [CaseStatus.RECEIVED, CaseStatus.UNDER_REVIEW, CaseStatus.DISMISSED]:
        case = CaseFactory(status=status)
        with pytest.raises(cases.CaseError):
            cases.publish_outcome(case, admin_user, {"en": "Outcome."})
        case.refresh_from_db()
        assert not case.outcome_published


def test_a_suspension_is_recorded_on_the_register_as_the_case_s_decision(staff, edition, received):
    party = OrganisationFactory()
    accession = record_accession(party, edition, "be", datetime.date(2016, 1, 1))
    assert step(staff, received, "party", party=party.pk).status_code == 302
    moved(staff, received, CaseStatus.UNDER_REVIEW)
    page = unescape(staff.get(case_url(received)).content.decode())
    assert 'value="register"' in page
    response = step(staff, received, "register", kind=EventKind.SUSPENDED,
                    date=TODAY().isoformat(), public_reason_en="")  # fmt: skip
    assert response.status_code == 200, "a public reason is needed"
    assert "needs a public reason" in unescape(response.content.decode())
    response = step(staff, received, "register", kind=EventKind.SUSPENDED,
                    date=TODAY().isoformat(), public_reason_en="Breach of rule 11.")  # fmt: skip
    assert response.status_code == 302
    event = AccessionEvent.objects.get(kind=EventKind.SUSPENDED)
    assert (event.accession, event.case) == (accession, received)
    accession.refresh_from_db()
    assert accession.status == AccessionStatus.SUSPENDED
    assert "No. 1" in received.entries.last().note


def test_a_party_off_the_register_has_no_register_step(staff, received):
    received.party = OrganisationFactory()
    received.save()
    moved(staff, received, CaseStatus.UNDER_REVIEW)
    assert 'value="register"' not in staff.get(case_url(received)).content.decode()
    assert step(staff, received, "register", kind=EventKind.SUSPENDED,
                date=TODAY().isoformat()).status_code == 302  # fmt: skip
    assert not AccessionEvent.objects.filter(case=received).exists()


def test_actions_are_logged_without_personal_data(staff, received):
    moved(staff, received, CaseStatus.UNDER_REVIEW, note=f"Spoke to {REPORTER_NAME}.")
    step(staff, received, "note", note=REPORTER_CONTACT)
    entries = ModelLogEntry.objects.filter(object_id=str(received.pk))
    assert {entry.action for entry in entries} >= {cases.STATUS_ACTION, cases.NOTE_ACTION}
    for entry in entries:
        logged = f"{entry.label} {entry.data} {entry.message}"
        for marker in MARKERS:
            assert marker not in logged
    history = staff.get("/admin/reports/site-history/")
    assert history.status_code == 200
    assert "Case status changed" in history.content.decode()
