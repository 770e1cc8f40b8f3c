"""Drafting in the admin: who may coordinate (coordination.py), creating a draft with its
first text, texts per language saved through texts.save_text, the signers told when words
change, opening for signing, and every view refusing another organisation's statement."""

import datetime
import json

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from rightshouse.conftest import log_in_with_second_factor
from rightshouse.organisations.factories import OrganisationFactory
from rightshouse.principles.factories import edition_in_three_languages
from rightshouse.principles.models import Edition
from rightshouse.principles.registry import record_accession
from rightshouse.users import roles

from .. import coordination
from ..factories import JointStatementFactory, add_text, open_statement, signed
from ..models import JointStatement, Representative, StatementStatus, StatementTextVersion
from ..viewsets.base import CREATED, OPENED, TEXT_SAVED

WORDS = "We call for the release of all political prisoners."
BODY = f"<p>{WORDS}</p>"


# --- helpers shared by the admin tests ------------------------------------------------------


def browser(user):
    client = log_in_with_second_factor(Client(), user)
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    return client


def member_of(group_name, username, **fields):
    roles.set_up_roles(index_pages=[])
    user = get_user_model().objects.create_user(username, email=f"{username}@example.org", **fields)
    user.groups.add(Group.objects.get(name=group_name))
    return user


def acceding(party=None):
    party = party or OrganisationFactory()
    edition = Edition.objects.filter(number=1).first() or edition_in_three_languages(1)
    record_accession(party, edition, "be", datetime.date(2020, 1, 1))
    return party


def representative_of(party, username, **fields):
    user = member_of(roles.REPRESENTATIVES, username, **fields)
    Representative.objects.create(user=user, party=party)
    return user


def contentstate(text=WORDS):
    """What Draftail posts for one paragraph."""
    block = {"key": "a1b2c", "type": "unstyled", "depth": 0, "text": text,
             "inlineStyleRanges": [], "entityRanges": []}  # fmt: skip
    return json.dumps({"blocks": [block], "entityMap": {}})


def future(days=7):
    return timezone.now() + datetime.timedelta(days=days)


def draft_data(**overrides):
    data = {
        "kind": "joint",
        "source_language": "en",
        "title": "Free them all",
        "lead": "A call.",
        "body": contentstate(),
        "deadline": future().strftime("%Y-%m-%d %H:%M"),
        "eligibility": "any",
        "signatory_order": "signing",
        "coordinator": "",
    }
    data.update(overrides)
    return data


def logged(statement, action):
    return ModelLogEntry.objects.filter(object_id=str(statement.pk), action=action)


@pytest.fixture
def coordinator(db):
    return member_of(roles.COORDINATORS, "coordinator")


@pytest.fixture
def staff(coordinator):
    return browser(coordinator)


# --- who may coordinate ---------------------------------------------------------------------


def test_coordinators_group_and_acceding_representatives_coordinate_others_do_not(db):
    house = member_of(roles.COORDINATORS, "house")
    acceding_party = acceding()
    other_party = OrganisationFactory()
    rep = representative_of(acceding_party, "rep")
    plain_rep = representative_of(other_party, "plain")
    editor = member_of(roles.EDITORS, "editor")
    assert coordination.may_coordinate(house)
    assert coordination.may_coordinate(rep)
    assert not coordination.may_coordinate(plain_rep)
    assert not coordination.may_coordinate(editor)
    own = JointStatementFactory(coordinator=acceding_party)
    foreign = JointStatementFactory(coordinator=OrganisationFactory())
    houses = JointStatementFactory(coordinator=None)
    assert set(coordination.manageable_statements(house)) == {own, foreign, houses}
    assert list(coordination.manageable_statements(rep)) == [own]
    assert coordination.may_manage(rep, own) and not coordination.may_manage(rep, foreign)
    assert not coordination.may_manage(rep, houses)


def test_a_withdrawn_accession_ends_coordination(db):
    from rightshouse.principles.models import Accession, AccessionStatus

    party = acceding()
    rep = representative_of(party, "rep")
    Accession.objects.filter(party=party).update(status=AccessionStatus.WITHDRAWN)
    assert not coordination.may_coordinate(rep)


def test_the_roles_give_coordinators_the_permission_and_representatives_only_the_admin(db):
    groups = roles.set_up_roles(index_pages=[])
    codes = set(groups[roles.COORDINATORS].permissions.values_list("codename", flat=True))
    assert "coordinate_statements" in codes and "add_representative" in codes
    reps = list(groups[roles.REPRESENTATIVES].permissions.values_list("codename", flat=True))
    assert reps == ["access_admin"]
    roles.set_up_roles(index_pages=[])  # idempotent
    assert Group.objects.filter(name=roles.COORDINATORS).count() == 1


# --- drafting -------------------------------------------------------------------------------


def test_a_coordinator_creates_a_draft_with_its_first_text(staff):
    response = staff.post(reverse("statements_admin:add"), draft_data())
    statement = JointStatement.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("statements_admin:detail", args=[statement.pk])
    assert statement.status == StatementStatus.DRAFT
    assert statement.coordinator is None
    text = statement.texts.get()
    assert (text.language, text.title) == ("en", "Free them all")
    assert len(text.sha256) == 64
    assert StatementTextVersion.objects.filter(statement=statement).count() == 1
    assert logged(statement, CREATED).exists()
    entry = logged(statement, CREATED).get()
    assert entry.label == f"Joint statement {statement.pk}"


@pytest.mark.parametrize(
    "overrides",
    [
        {"deadline": "2001-01-01 10:00"},
        {"title": "x" * 256},
        {"lead": "x" * 601},
        {"title": ""},
        {"eligibility": "everyone"},
        {"body": "<p>not the editor's JSON</p>"},
    ],
)
def test_bad_drafts_are_refused_with_a_message_and_nothing_written(staff, overrides):
    response = staff.post(reverse("statements_admin:add"), draft_data(**overrides))
    assert response.status_code == 200
    assert "error-message" in response.content.decode() or "errorlist" in response.content.decode()
    assert not JointStatement.objects.exists()


def test_a_representative_drafts_for_their_acceding_organisation_only(db):
    party = acceding()
    rep = representative_of(party, "rep")
    other = OrganisationFactory()
    client = browser(rep)
    refused = client.post(reverse("statements_admin:add"), draft_data(coordinator=other.pk))
    assert refused.status_code == 200
    assert not JointStatement.objects.exists()
    client.post(reverse("statements_admin:add"), draft_data(coordinator=party.pk))
    assert JointStatement.objects.get().coordinator == party


def test_a_representative_cannot_open_another_organisations_statement(db):
    rep = representative_of(acceding(), "rep")
    foreign = open_statement(coordinator=OrganisationFactory())
    client = browser(rep)
    for name in ("detail", "invite", "progress", "verify"):
        assert client.get(reverse(f"statements_admin:{name}", args=[foreign.pk])).status_code == 404
    # Publishing is the House's in any case (refused before the statement is looked up).
    assert client.get(reverse("statements_admin:publish", args=[foreign.pk])).status_code == 302
    response = client.post(reverse("statements_admin:text", args=[foreign.pk, "en"]),
                           {"title": "Hijacked", "body": contentstate()})  # fmt: skip
    assert response.status_code == 404
    assert foreign.texts.get(language="en").title != "Hijacked"


def test_accounts_that_do_not_coordinate_are_refused(db):
    plain = representative_of(OrganisationFactory(), "plain")
    statement = open_statement()
    client = browser(plain)
    # Wagtail answers a refusal with the admin's home and a message.
    for url in (reverse("statements_admin:index"),
                reverse("statements_admin:detail", args=[statement.pk])):  # fmt: skip
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"] == reverse("wagtailadmin_home")


def test_the_list_shows_only_what_the_account_manages(db):
    party = acceding()
    rep = representative_of(party, "rep")
    own = open_statement(coordinator=party)
    add_text(own, "en", title="Ours")
    foreign = JointStatementFactory(coordinator=OrganisationFactory())
    add_text(foreign, "be", title="Theirs")
    html = browser(rep).get(reverse("statements_admin:index")).content.decode()
    assert "Ours" not in html or "Theirs" not in html
    assert "Theirs" not in html


# --- texts ----------------------------------------------------------------------------------


def test_adding_a_text_in_another_language(staff):
    statement = JointStatementFactory(status=StatementStatus.DRAFT)
    add_text(statement, "en")
    url = reverse("statements_admin:text", args=[statement.pk, "ru"])
    page = staff.get(url)
    assert "Add a text in Russian" in page.content.decode()
    staff.post(url, {"title": "Освободить всех", "lead": "", "body": contentstate()})
    text = statement.texts.get(language="ru")
    assert text.title == "Освободить всех"
    assert logged(statement, TEXT_SAVED).get().data == {"language": "ru"}


def test_an_unknown_language_is_not_found(staff):
    statement = open_statement()
    assert staff.get(reverse("statements_admin:text", args=[statement.pk, "xx"])).status_code == 404


def test_changing_the_words_tells_the_signers_and_says_how_many_must_reconfirm(staff, mailoutbox):
    from rightshouse.statements.notifications import notify_signers_of_text_change  # noqa: F401

    statement = open_statement(languages=("en",))
    signed(statement, language="en")
    signed(statement, language="en")
    url = reverse("statements_admin:text", args=[statement.pk, "en"])
    response = staff.post(
        url, {"title": "Changed", "lead": "", "body": contentstate()}, follow=True
    )
    assert "2 signers must re-confirm" in response.content.decode()
    assert StatementTextVersion.objects.filter(statement=statement, language="en").count() == 2
    assert statement.events.filter(kind="text_changed").exists()


def test_saving_the_same_words_changes_nothing(staff):
    statement = open_statement(languages=("en",))
    text = statement.texts.get()
    url = reverse("statements_admin:text", args=[statement.pk, "en"])
    response = staff.post(url, {"title": text.title, "lead": text.lead,
                                      "body": contentstate("Text of the statement.")},
                          follow=True)  # fmt: skip
    assert "did not change" in response.content.decode()
    assert not logged(statement, TEXT_SAVED).exists()


# --- opening --------------------------------------------------------------------------------


def test_opening_needs_a_text(staff):
    statement = JointStatementFactory(status=StatementStatus.DRAFT)
    url = reverse("statements_admin:open", args=[statement.pk])
    response = staff.post(url, follow=True)
    assert "Add a text first" in response.content.decode()
    statement.refresh_from_db()
    assert statement.status == StatementStatus.DRAFT
    add_text(statement, "en")
    staff.post(url)
    statement.refresh_from_db()
    assert statement.status == StatementStatus.OPEN
    assert logged(statement, OPENED).exists()
    assert staff.get(url).status_code == 405


def test_the_statement_page_lists_texts_and_offers_the_missing_languages(staff):
    statement = JointStatementFactory(status=StatementStatus.DRAFT)
    add_text(statement, "en", title="Free them")
    html = staff.get(reverse("statements_admin:detail", args=[statement.pk])).content.decode()
    assert "Edit the English text" in html
    assert "Add a text in Russian" in html
    assert "Open for signing" in html


def test_the_menu_shows_the_group_to_coordinators_only(staff, db):
    html = staff.get(reverse("wagtailadmin_home")).content.decode()
    assert "Joint statements" in html
    editor = browser(member_of(roles.EDITORS, "editor"))
    assert "Joint statements" not in editor.get(reverse("wagtailadmin_home")).content.decode()
