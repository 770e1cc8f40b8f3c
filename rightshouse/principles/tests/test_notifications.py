"""A new application tells the staff who decide applications by e-mail: one message each, in
their admin language, with a link to the queue and nothing of what the applicant sent."""

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from django_tasks_db.models import DBTaskResult
from wagtail.users.models import UserProfile

from rightshouse.search.tests.test_background_indexing import run_worker_until_the_queue_is_empty
from rightshouse.users import roles

from ..models import AccessionApplication
from .test_accede import valid_data

MARKER = "Zubrapplicantq7x"
SUBJECT = "Rights House: a new application to accede to the Principles"


@pytest.fixture
def accede_url(principles_pages):
    return principles_pages["en"].url_of("accede")


def account(username, language, *groups, **fields):
    user = get_user_model().objects.create_user(
        username, email=fields.pop("email", f"{username}@example.org"), **fields
    )
    user.groups.add(*Group.objects.filter(name__in=groups))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


@pytest.fixture
def people(db):
    """Who is told: moderators and superusers with an address, active. Who is not: editors,
    verifiers who do not decide, a moderator without an address, a former moderator."""
    roles.set_up_roles(index_pages=[])
    return {
        "told": [
            account("moderator", "ru", roles.MODERATORS),
            account("chief", "be", is_superuser=True),
            account("english-moderator", "en", roles.MODERATORS),
        ],
        "not told": [
            account("editor", "be", roles.EDITORS),
            account("verifier", "be", roles.VERIFIERS),
            account("no-address", "be", roles.MODERATORS, email=""),
            account("former", "be", roles.MODERATORS, is_active=False),
        ],
    }


def marked_application(client, url, edition):
    return valid_data(
        client,
        url,
        edition,
        name=f"{MARKER} Centre",
        city=f"{MARKER} city",
        country=f"{MARKER} country",
        website=f"https://{MARKER.lower()}.example.org",
        representative_name=f"{MARKER} Representative",
        representative_role=f"{MARKER} role",
        contact=f"{MARKER}@example.org",
    )


def assert_one_plain_notice_each(people):
    link = settings.WAGTAILADMIN_BASE_URL + reverse("principles_applications:index")
    recipients = sorted(address for message in mail.outbox for address in message.to)
    assert recipients == sorted(user.email for user in people["told"])
    by_address = {message.to[0]: message for message in mail.outbox}
    for user in people["told"]:
        message = by_address[user.email]
        assert len(message.to) == 1 and not message.cc and not message.bcc
        profile_language = UserProfile.get_for_user(user).preferred_language
        with translation.override(profile_language):
            assert message.subject == gettext(SUBJECT)
        if profile_language != "en":
            assert message.subject != SUBJECT, "in the recipient's language"
        assert link in message.body
        for text in (message.subject, message.body, *message.extra_headers.values()):
            assert MARKER.lower() not in text.lower()
            assert "example.org" not in text.replace(user.email, "")


def test_a_new_application_sends_each_staff_member_one_plain_notice(
    client, accede_url, edition, people, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(accede_url, marked_application(client, accede_url, edition))
    assert response.status_code == 302
    assert AccessionApplication.objects.count() == 1
    assert_one_plain_notice_each(people)


def test_the_notice_goes_through_the_task_worker_after_the_commit(
    client, accede_url, edition, people, settings, monkeypatch, django_capture_on_commit_callbacks
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    notices = DBTaskResult.objects.filter(task_path__endswith=".notify_staff")
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        client.post(accede_url, marked_application(client, accede_url, edition))
    assert not notices.exists(), "nothing is queued before the commit"
    for callback in callbacks:
        callback()
    assert notices.filter(status="READY").count() == 1
    assert not mail.outbox, "the visitor's request sends nothing itself"

    run_worker_until_the_queue_is_empty(monkeypatch)

    assert notices.get().status == "SUCCESSFUL"
    assert not DBTaskResult.objects.filter(status="FAILED").exists()
    assert_one_plain_notice_each(people)


def test_a_refused_or_robot_application_tells_no_one(
    client, accede_url, edition, people, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        data = marked_application(client, accede_url, edition)
        client.post(accede_url, {**data, "homepage_address": "spam"})
        client.post(accede_url, {**data, "consent_to_publication": ""})
    assert not callbacks
    assert not mail.outbox
