"""E-mails to signers: the personal link after signing, and the notice of a changed text with
a new personal link. No title, name or token in a subject; no representative's name at all."""

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import RequestFactory
from django.utils import translation
from django.utils.translation import gettext

from rightshouse.organisations.factories import OrganisationFactory
from rightshouse.statements import factories, invitations, notifications, signing, texts

TITLE_MARKER = "Title-marker"
NAME_MARKER = "Representative-marker"


@pytest.fixture
def statement(small_site):
    statement = factories.JointStatementFactory()
    for language in ("be", "ru", "en"):
        factories.add_text(statement, language, title=f"{TITLE_MARKER} {language}")
    return statement


def _sign(statement, language="be", contact_email="", user=None):
    party = OrganisationFactory()
    _invitation, token = invitations.invite(statement, party=party)
    return signing.sign(statement, party, appearance="named", language=language,
                        representative_name=NAME_MARKER, contact_email=contact_email,
                        invitation_token=token, user=user)  # fmt: skip


def _change_text(statement):
    texts.save_text(statement, "be", title=f"{TITLE_MARKER} be", lead="", body="<p>Новае.</p>")


def _link_token(body):
    return body.split("/joint-statements/signature/")[1].split("/")[0]


def _subject_in(language):
    with translation.override(language):
        return gettext("Rights House: a statement you signed was changed")


@pytest.mark.parametrize("language", ["be", "ru", "en"])
def test_signers_of_a_changed_text_get_a_new_link_in_their_language(language, statement):
    signature, old_token = _sign(statement, language=language, contact_email="s@example.org")
    _change_text(statement)
    result = notifications.notify_signers_of_text_change.enqueue(statement.pk)
    assert result.return_value == 1
    message = mail.outbox[-1]
    assert message.to == ["s@example.org"]
    assert message.subject == _subject_in(language)
    assert f"http://localhost/{language}/joint-statements/signature/" in message.body
    token = _link_token(message.body)
    assert token not in message.subject
    for marker in (TITLE_MARKER, NAME_MARKER):
        assert marker not in message.subject + message.body
    assert signing.signature_for_manage_token(token) == signature
    assert signing.signature_for_manage_token(old_token) is None


def test_only_stale_signatures_with_an_address_are_told(statement):
    user = get_user_model().objects.create_user("rep", email="rep@example.org", password="x")
    _sign(statement, contact_email="a@example.org")
    _sign(statement, user=user)
    _without_address, kept_token = _sign(statement)
    _change_text(statement)
    _current, _token = _sign(statement, contact_email="current@example.org")
    mail.outbox.clear()
    notifications.notify_signers_of_text_change.enqueue(statement.pk)
    assert sorted(m.to[0] for m in mail.outbox) == ["a@example.org", "rep@example.org"]
    assert signing.signature_for_manage_token(kept_token) is not None


def test_a_failing_mail_server_keeps_the_old_link(statement, monkeypatch):
    signature, old_token = _sign(statement, contact_email="a@example.org")
    _change_text(statement)

    def refuse(*args, **kwargs):
        raise ConnectionRefusedError("down")

    monkeypatch.setattr(notifications, "send_mail", refuse)
    result = notifications.notify_signers_of_text_change.enqueue(statement.pk)
    assert result.return_value == 0
    assert signing.signature_for_manage_token(old_token) == signature


def test_an_unknown_statement_tells_no_one(db):
    assert notifications.notify_signers_of_text_change.enqueue(999999).return_value == 0
    assert mail.outbox == []


def test_the_personal_link_email_has_a_neutral_subject(statement):
    signature, token = _sign(statement, contact_email="a@example.org")
    request = RequestFactory().get("/")
    with translation.override("ru"):
        assert notifications.send_signature_link(signature, token, request)
    message = mail.outbox[-1]
    assert token in message.body and token not in message.subject
    assert "http://testserver/ru/joint-statements/signature/" in message.body
    for marker in (TITLE_MARKER, NAME_MARKER):
        assert marker not in message.subject + message.body
