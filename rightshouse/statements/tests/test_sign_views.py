"""Signing through a personal link, as a browser without JavaScript does it, and the signer's
own page: every unusable link gets the same page; a signature is written whole or not at all;
nothing a visitor sends ends in a 500."""

import datetime
import html
import re

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

from rightshouse.organisations.factories import OrganisationFactory
from rightshouse.organisations.models import Organisation, SafetyLevel
from rightshouse.principles.factories import edition_in_three_languages
from rightshouse.principles.registry import record_accession
from rightshouse.statements import factories, invitations, public, signing, texts
from rightshouse.statements.models import (
    Eligibility,
    EventKind,
    Invitation,
    Signature,
    SignatureStatus,
    StatementStatus,
)

LANGUAGES = ("be", "ru", "en")
STARTED = re.compile(r'name="form_started" value="([^"]+)"')
CSRF_TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
MANAGE_LINK = re.compile(r'href="(https?://[^"]+/joint-statements/signature/([^/"]+)/)"')
INVALID_TITLE = "This link cannot be used"
TEXT_TITLES = {"be": "Заява пра салідарнасць", "ru": "Заявление о солидарности", "en": "Solidarity"}


def url(name, token, language="be"):
    with translation.override(language):
        return reverse(f"statements:{name}", args=[token])


def in_language(message, language):
    with translation.override(language):
        return gettext(message)


def text_of(response):
    return html.unescape(response.content.decode())


@pytest.fixture
def statement(small_site):
    statement = factories.JointStatementFactory()
    for language in LANGUAGES:
        factories.add_text(
            statement, language, title=TEXT_TITLES[language], body=f"<p>Body {language}.</p>"
        )
    return statement


@pytest.fixture
def party():
    return OrganisationFactory(name_be="Цэнтр «Зорка»", name_en="Centre Zorka")


@pytest.fixture
def invited(statement, party):
    _invitation, token = invitations.invite(statement, party=party)
    return token


def form_data(client, sign_url, **changes):
    page = client.get(sign_url)
    data = {
        "form_started": STARTED.search(page.content.decode()).group(1),
        "homepage_address": "",
        "language": "be",
        "appearance": "named",
        "representative_name": "Hanna Representative-Marker",
        "representative_role": "chair",
        "contact_email": "",
        "authorised": "on",
    }
    data.update(changes)
    return {name: value for name, value in data.items() if value is not None}


def assert_nothing_written(statement, party_count=None):
    assert not Signature.objects.filter(statement=statement).exists()
    assert not statement.events.filter(kind=EventKind.SIGNED).exists()
    assert not Invitation.objects.filter(statement=statement, used_at__isnull=False).exists()
    if party_count is not None:
        assert Organisation.objects.count() == party_count


# --- the page to sign ------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_page_shows_the_text_in_the_page_language_and_links_to_the_others(
    language, client, statement, invited, party
):
    response = client.get(url("sign", invited, language))
    assert response.status_code == 200
    page = text_of(response)
    assert f'<html lang="{language}">' in page
    assert TEXT_TITLES[language] in page and f"Body {language}." in page
    for other in LANGUAGES:
        if other != language:
            assert f'href="?language={other}"' in page
            assert TEXT_TITLES[other] not in page
    assert party.in_language("name", language) in page
    assert '<meta name="referrer" content="same-origin">' in page
    assert "no-store" in response["Cache-Control"]
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    # A party invitation does not ask for the organisation's name.
    assert 'name="organisation_name"' not in page
    for field in ("representative_name", "representative_role", "contact_email", "appearance",
                  "authorised", "language", "homepage_address", "form_started",
                  "csrfmiddlewaretoken"):  # fmt: skip
        assert f'name="{field}"' in page


def test_the_reader_chooses_the_language_version(client, statement, invited):
    page = text_of(client.get(url("sign", invited, "be") + "?language=en"))
    assert TEXT_TITLES["en"] in page and TEXT_TITLES["be"] not in page
    assert 'name="language" value="en"' in page
    # A language the statement does not have falls back to the page's.
    page = text_of(client.get(url("sign", invited, "ru") + "?language=xx"))
    assert TEXT_TITLES["ru"] in page


def test_the_source_language_is_shown_when_the_page_language_has_no_text(small_site, client):
    statement = factories.open_statement(languages=("ru",), source_language="ru")
    _invitation, token = invitations.invite(statement, email="someone@example.org")
    page = text_of(client.get(url("sign", token, "en")))
    assert "Statement (ru)" in page
    assert 'name="organisation_name"' in page  # an e-mail invitation asks for it


def test_the_page_names_the_coordinator_only_if_it_may_be_named(small_site, client):
    hidden = OrganisationFactory(not_named=True, name_en="Hidden coordinator")
    statement = factories.open_statement(coordinator=hidden)
    _invitation, token = invitations.invite(statement, email="x@example.org")
    page = text_of(client.get(url("sign", token, "en")))
    assert "Hidden coordinator" not in page
    assert in_language("Rights House", "en") in page


# --- signing ---------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_signing_through_a_link_records_the_signature_once(
    language, client, statement, invited, party
):
    sign_url = url("sign", invited, language)
    response = client.post(sign_url, form_data(client, sign_url, language=language))
    assert response.status_code == 200
    page = text_of(response)
    assert f'<html lang="{language}">' in page
    signature = Signature.objects.get()
    assert signature.party == party and signature.status == SignatureStatus.ACTIVE
    assert signature.language == language
    assert signature.representative_name == "Hanna Representative-Marker"
    assert signature.text_hashes == statement.current_hashes()
    assert set(signature.text_hashes) == set(LANGUAGES)
    assert statement.events.filter(kind=EventKind.SIGNED).count() == 1
    # The personal link, shown once, works; nothing private is repeated.
    link, manage_token = MANAGE_LINK.search(page).groups()
    assert signing.signature_for_manage_token(manage_token) == signature
    assert link.startswith("http://testserver/")
    assert "Hanna Representative-Marker" not in page
    # The signing link is used up: reloading it shows the invalid-link page.
    again = client.get(sign_url)
    assert again.status_code == 404
    assert in_language(INVALID_TITLE, language) in text_of(again)
    assert client.post(sign_url, form_data_unchecked()).status_code == 404
    assert Signature.objects.count() == 1


def form_data_unchecked():
    return {"representative_name": "X", "appearance": "named", "authorised": "on"}


@pytest.mark.parametrize("appearance", ["named", "not_named", "confidential"])
def test_the_chosen_appearance_is_stored(appearance, client, statement, invited):
    sign_url = url("sign", invited)
    response = client.post(sign_url, form_data(client, sign_url, appearance=appearance))
    assert response.status_code == 200
    assert Signature.objects.get().appearance == appearance
    assert statement.events.get(kind=EventKind.SIGNED).appearance == appearance


def test_a_second_sign_on_of_the_same_organisation_lands_on_its_signature(
    client, statement, invited, party
):
    sign_url = url("sign", invited)
    client.post(sign_url, form_data(client, sign_url))
    _invitation, second = invitations.invite(statement, party=party)
    second_url = url("sign", second)
    response = client.post(second_url, form_data(client, second_url, appearance="not_named"))
    assert response.status_code == 200
    signature = Signature.objects.get()
    assert signature.status == SignatureStatus.ACTIVE and signature.appearance == "not_named"
    assert statement.events.filter(kind=EventKind.RECONFIRMED).count() == 1


def test_the_contact_email_gets_the_personal_link(client, statement, invited):
    sign_url = url("sign", invited, "en")
    data = form_data(client, sign_url, contact_email="hanna-marker@example.org", language="en")
    page = text_of(client.post(sign_url, data))
    _link, manage_token = MANAGE_LINK.search(page).groups()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["hanna-marker@example.org"]
    assert manage_token in message.body and manage_token not in message.subject
    assert TEXT_TITLES["en"] not in message.subject + message.body
    assert "Hanna" not in message.subject + message.body
    assert "hanna-marker@example.org" not in page
    assert in_language("We have also sent this link to the e-mail address you gave.", "en") in page


def test_a_failing_mail_server_does_not_fail_the_signature(client, statement, invited, monkeypatch):
    def refuse(*args, **kwargs):
        raise ConnectionRefusedError("no mail server")

    monkeypatch.setattr("rightshouse.statements.notifications.send_mail", refuse)
    sign_url = url("sign", invited, "en")
    data = form_data(client, sign_url, contact_email="h@example.org", language="en")
    response = client.post(sign_url, data)
    assert response.status_code == 200
    assert Signature.objects.filter(status=SignatureStatus.ACTIVE).count() == 1
    message = "The e-mail with this link could not be sent. Copy the link now."
    assert in_language(message, "en") in text_of(response)
    assert MANAGE_LINK.search(text_of(response))


# --- e-mail invitations ----------------------------------------------------------------------


def test_an_email_invitation_creates_the_organisation(client, statement):
    _invitation, token = invitations.invite(statement, email="new@example.org")
    sign_url = url("sign", token, "ru")
    data = form_data(client, sign_url, organisation_name="  Новая   инициатива ", language="ru",
                     appearance="not_named")  # fmt: skip
    assert client.post(sign_url, data).status_code == 200
    party = Signature.objects.get().party
    assert party.name_ru == "Новая инициатива" and party.name_be == "Новая инициатива"
    assert party.safety_level == SafetyLevel.NOT_NAMED


def test_an_email_invitation_matches_any_existing_organisation_silently(client, statement):
    confidential = OrganisationFactory(confidential=True, name_ru="Тайная группа")
    named = OrganisationFactory(name_en="Open Group")
    pages = []
    for name, expected in (("тайная  ГРУППА", confidential), ("Brand new group", None)):
        _invitation, token = invitations.invite(statement, email="x@example.org")
        sign_url = url("sign", token, "en")
        response = client.post(sign_url, form_data(client, sign_url, organisation_name=name))
        assert response.status_code == 200
        pages.append(re.sub(r"/(sign|signature)/[^/<\"]+/", "/TOKEN/", text_of(response)))
        signature = Signature.objects.order_by("-pk").first()
        if expected is not None:
            assert signature.party == expected
    # A match and a new organisation are answered alike.
    assert pages[0] == pages[1]
    assert Organisation.objects.count() == 3
    assert named.signatures.count() == 0


def test_a_name_typed_under_an_email_invitation_cannot_make_a_signature_less_strict(
    client, statement, party
):
    factories.signed(statement, party=party, appearance="not_named")
    _invitation, token = invitations.invite(statement, email="x@example.org")
    sign_url = url("sign", token, "en")
    client.post(sign_url, form_data(client, sign_url, organisation_name="Centre Zorka"))
    signature = Signature.objects.get()
    assert signature.appearance == "not_named"


# --- refusals: a clear message, nothing written -----------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_only_acceding_organisations_may_sign_when_the_statement_says_so(
    language, client, small_site
):
    statement = factories.open_statement(eligibility=Eligibility.ACCEDING)
    outsider = OrganisationFactory()
    _invitation, token = invitations.invite(statement, party=outsider)
    sign_url = url("sign", token, language)
    response = client.post(sign_url, form_data(client, sign_url))
    assert response.status_code == 200
    message = "Only organisations that acceded to the Principles may sign this statement."
    assert in_language(message, language) in text_of(response)
    assert 'class="error-summary"' in text_of(response)
    assert_nothing_written(statement)
    # An acceding organisation may.
    member = OrganisationFactory()
    edition = edition_in_three_languages(1)
    record_accession(member, edition, "be", timezone.localdate())
    _invitation, token = invitations.invite(statement, party=member)
    sign_url = url("sign", token, language)
    assert client.post(sign_url, form_data(client, sign_url)).status_code == 200
    assert Signature.objects.get().party == member


def test_a_refused_email_signature_leaves_no_new_organisation(client, small_site):
    statement = factories.open_statement(eligibility=Eligibility.ACCEDING)
    _invitation, token = invitations.invite(statement, email="x@example.org")
    count = Organisation.objects.count()
    sign_url = url("sign", token)
    response = client.post(sign_url, form_data(client, sign_url, organisation_name="Someone"))
    assert response.status_code == 200 and 'class="error-summary"' in text_of(response)
    assert_nothing_written(statement, party_count=count)


def test_a_filled_honeypot_is_answered_like_success_and_writes_nothing(client, statement, invited):
    sign_url = url("sign", invited)
    data = form_data(client, sign_url, homepage_address="http://spam.example")
    response = client.post(sign_url, data)
    assert response.status_code == 200
    assert MANAGE_LINK.search(text_of(response))
    assert_nothing_written(statement)
    assert invitations.usable_invitation(invited) is not None


def test_the_hourly_limit_refuses_with_a_message(client, statement, invited, settings):
    factories.signed(statement)
    settings.STATEMENT_SIGNATURES_PER_HOUR = 1
    sign_url = url("sign", invited, "en")
    response = client.post(sign_url, form_data(client, sign_url))
    assert response.status_code == 200
    assert "Too many signatures have been given in the last hour" in text_of(response)
    assert Signature.objects.count() == 1
    assert invitations.usable_invitation(invited) is not None
    # An hour later it is open again.
    Signature.objects.update(confirmed_at=timezone.now() - datetime.timedelta(hours=2))
    assert client.post(sign_url, form_data(client, sign_url)).status_code == 200
    assert Signature.objects.count() == 2


@pytest.mark.parametrize(
    "changes",
    [
        {"representative_name": "x" * 201},
        {"representative_role": "x" * 201},
        {"contact_email": "a" * 250 + "@example.org"},
        {"contact_email": "not an address"},
        {"representative_name": ""},
        {"authorised": None},
        {"appearance": "famous"},
        {"language": "de"},
        {"form_started": "forged"},
    ],
)
def test_bad_input_comes_back_with_a_message_and_writes_nothing(
    changes, client, statement, invited
):
    sign_url = url("sign", invited, "en")
    response = client.post(sign_url, form_data(client, sign_url, **changes))
    assert response.status_code == 200
    page = text_of(response)
    assert 'class="error-summary"' in page and in_language("Error:", "en") in page
    assert_nothing_written(statement)


def test_an_oversized_organisation_name_is_refused(client, statement):
    _invitation, token = invitations.invite(statement, email="x@example.org")
    count = Organisation.objects.count()
    sign_url = url("sign", token, "en")
    response = client.post(sign_url, form_data(client, sign_url, organisation_name="x" * 256))
    assert response.status_code == 200 and "at most 255 characters" in text_of(response)
    assert_nothing_written(statement, party_count=count)


def test_csrf_is_enforced(statement, invited):
    browser = Client(enforce_csrf_checks=True)
    sign_url = url("sign", invited)
    page = browser.get(sign_url).content.decode()
    data = form_data(browser, sign_url)
    assert browser.post(sign_url, data).status_code == 403
    assert_nothing_written(statement)
    data["csrfmiddlewaretoken"] = CSRF_TOKEN.search(page).group(1)
    assert browser.post(sign_url, data).status_code == 200
    assert Signature.objects.count() == 1


# --- links that cannot be used ----------------------------------------------------------------


def _invalid_body(client, token, language):
    response = client.get(url("sign", token, language))
    assert response.status_code == 404
    return response.content.decode().replace(token, "TOKEN")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_unusable_link_gets_the_same_page(language, client, statement, party):
    reference = _invalid_body(client, "unknown-token", language)
    assert f'<html lang="{language}">' in reference
    assert html.escape(in_language(INVALID_TITLE, language)) in reference.replace("&#x27;", "'")
    bodies = {"forged": _invalid_body(client, "x" * 65, language)}
    expired, expired_token = invitations.invite(statement, party=party)
    Invitation.objects.filter(pk=expired.pk).update(
        expires_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    bodies["expired"] = _invalid_body(client, expired_token, language)
    revoked, revoked_token = invitations.invite(statement, party=party)
    invitations.revoke(revoked)
    bodies["revoked"] = _invalid_body(client, revoked_token, language)
    used_token = invitations.invite(statement, party=party)[1]
    signing.sign(statement, party, appearance="named", language="be",
                 representative_name="A", invitation_token=used_token)  # fmt: skip
    bodies["used"] = _invalid_body(client, used_token, language)
    draft = factories.open_statement(status=StatementStatus.DRAFT)
    bodies["not open"] = _invalid_body(client, invitations.invite(draft, party=party)[1], language)
    for reason, body in bodies.items():
        assert body == reference, reason
        for title in TEXT_TITLES.values():
            assert title not in body
    manage = client.get(url("manage_signature", "unknown-token", language))
    assert manage.status_code == 404
    manage_body = manage.content.decode().replace("/signature/unknown-token/", "/sign/TOKEN/")
    assert manage_body == reference


def test_the_same_link_gets_byte_identical_pages_whatever_the_reason(client, statement, party):
    invitation, token = invitations.invite(statement, party=party)
    invitations.revoke(invitation)
    revoked = client.get(url("sign", token))
    # The same link, now unknown (its invitation's hash no longer matches).
    Invitation.objects.filter(pk=invitation.pk).update(token_hash="0" * 64)
    unknown = client.get(url("sign", token))
    assert revoked.status_code == unknown.status_code == 404
    assert revoked.content == unknown.content


# --- the signer's own page ---------------------------------------------------------------------


def _sign_through_the_page(client, statement, party, language="en", **changes):
    _invitation, token = invitations.invite(statement, party=party)
    sign_url = url("sign", token, language)
    page = text_of(client.post(sign_url, form_data(client, sign_url, language=language, **changes)))
    return MANAGE_LINK.search(page).group(2)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_signers_page_shows_the_signature_on_the_current_text(
    language, client, statement, party
):
    token = _sign_through_the_page(client, statement, party, appearance="not_named")
    response = client.get(url("manage_signature", token, language))
    assert response.status_code == 200
    page = text_of(response)
    assert party.in_language("name", language) in page
    assert in_language("the current text", language) in page
    assert in_language("given on an earlier version", language) not in page
    assert in_language("Not named for safety", language) in page
    assert 'value="reconfirm"' not in page
    assert 'value="withdraw"' in page
    assert "no-store" in response["Cache-Control"]


def test_a_changed_text_is_shown_as_earlier_version_and_reconfirmed(client, statement, party):
    token = _sign_through_the_page(client, statement, party)
    texts.save_text(statement, "en", title=TEXT_TITLES["en"], lead="", body="<p>New words.</p>")
    manage_url = url("manage_signature", token, "en")
    page = text_of(client.get(manage_url))
    assert "given on an earlier version" in page
    assert "New words." in page and 'href="?language=be"' in page
    assert 'value="reconfirm"' in page
    response = client.post(manage_url, {"action": "reconfirm", "language": "en"})
    assert response.status_code == 200
    page = text_of(response)
    new_token = MANAGE_LINK.search(page).group(2)
    assert new_token != token
    signature = Signature.objects.get()
    assert signature.is_current()
    assert statement.events.filter(kind=EventKind.RECONFIRMED).count() == 1
    assert client.get(manage_url).status_code == 404  # the old link no longer works
    assert client.get(url("manage_signature", new_token, "en")).status_code == 200


def test_withdrawing_needs_the_confirmation_and_removes_the_signature(client, statement, party):
    token = _sign_through_the_page(client, statement, party)
    assert public.public_signatories(statement, "en").count == 1
    manage_url = url("manage_signature", token, "en")
    response = client.post(manage_url, {"action": "withdraw"})
    assert response.status_code == 200 and 'class="error-summary"' in text_of(response)
    assert Signature.objects.get().status == SignatureStatus.ACTIVE
    response = client.post(manage_url, {"action": "withdraw", "confirm": "on"})
    assert response.status_code == 200
    assert "Signature withdrawn" in text_of(response)
    assert Signature.objects.get().status == SignatureStatus.WITHDRAWN
    assert public.public_signatories(statement, "en").count == 0
    assert statement.events.filter(kind=EventKind.WITHDRAWN).count() == 1
    assert client.get(manage_url).status_code == 404


def test_the_signers_page_needs_csrf(statement, party):
    browser = Client(enforce_csrf_checks=True)
    token = _sign_through_the_page(Client(), statement, party)
    manage_url = url("manage_signature", token, "en")
    response = browser.post(manage_url, {"action": "withdraw", "confirm": "on"})
    assert response.status_code == 403
    assert Signature.objects.get().status == SignatureStatus.ACTIVE
