"""The unlocked key: only in the browser's secret plus the session's ciphertext, together."""

import pytest
from django.conf import settings
from django.contrib.sessions.models import Session
from django.test import Client
from django.urls import reverse

from rightshouse.core.models import FailedAttempt
from rightshouse.support import keys, session_keys

from .helpers import EN, PASSPHRASE, client_for, new_case, unlocked_client

pytestmark = pytest.mark.django_db


def case_url(case):
    return reverse("support_cases:case", args=[case.pk])


def test_unlocking_sets_a_strict_http_only_cookie_for_the_support_admin_only(handler):
    client = client_for(handler)
    response = client.post(reverse("support_cases:unlock"), {"passphrase": PASSPHRASE}, **EN)
    cookie = response.cookies[session_keys.COOKIE_NAME]
    assert cookie["httponly"] and cookie["samesite"] == "Strict"
    assert cookie["path"] == "/admin/support/"
    assert not cookie["max-age"] and not cookie["expires"]  # dies with the browser session
    assert not cookie["secure"]  # plain http in tests; secure when request.is_secure()


def test_the_cookie_is_secure_over_https(handler):
    client = client_for(handler)
    response = client.post(
        reverse("support_cases:unlock"), {"passphrase": PASSPHRASE}, secure=True, **EN
    )
    assert response.cookies[session_keys.COOKIE_NAME]["secure"]


def test_neither_the_session_row_nor_the_cookie_holds_the_key(handler):
    client = unlocked_client(handler)
    private = keys.unlock(handler, PASSPHRASE)
    row = Session.objects.get(session_key=client.cookies[settings.SESSION_COOKIE_NAME].value)
    assert private.hex() not in row.session_data and private.hex() not in str(row.get_decoded())
    assert private.hex() not in client.cookies[session_keys.COOKIE_NAME].value


def test_a_stolen_session_without_the_cookie_opens_nothing(handler):
    case = new_case()
    client = unlocked_client(handler)
    assert client.get(case_url(case), **EN).status_code == 200
    thief = Client()
    thief.cookies[settings.SESSION_COOKIE_NAME] = client.cookies[settings.SESSION_COOKIE_NAME].value
    response = thief.get(case_url(case), **EN)
    assert response.status_code == 302 and "unlock" in response["Location"]


def test_the_cookie_without_its_session_opens_nothing(handler):
    case = new_case()
    client = unlocked_client(handler)
    secret = client.cookies[session_keys.COOKIE_NAME].value
    other = client_for(handler)  # the same handler, another session without the key
    other.cookies[session_keys.COOKIE_NAME] = secret
    assert other.get(case_url(case), **EN).status_code == 302
    client.logout()  # the row is gone
    client.cookies[session_keys.COOKIE_NAME] = secret
    assert client.get(case_url(case), **EN).status_code == 302


def test_a_changed_cookie_opens_nothing(handler):
    case = new_case()
    client = unlocked_client(handler)
    secret = bytearray.fromhex(client.cookies[session_keys.COOKIE_NAME].value)
    secret[0] ^= 1
    client.cookies[session_keys.COOKIE_NAME] = secret.hex()
    assert client.get(case_url(case), **EN).status_code == 302
    client.cookies[session_keys.COOKIE_NAME] = "not hex"
    assert client.get(case_url(case), **EN).status_code == 302


def test_logging_out_ends_the_unlocked_key(handler):
    case = new_case()
    client = unlocked_client(handler)
    secret = client.cookies[session_keys.COOKIE_NAME].value
    session_key = client.cookies[settings.SESSION_COOKIE_NAME].value
    client.post(reverse("wagtailadmin_logout"), **EN)
    assert not Session.objects.filter(session_key=session_key).exists()
    client = client_for(handler)
    client.cookies[session_keys.COOKIE_NAME] = secret
    assert client.get(case_url(case), **EN).status_code == 302


def test_a_wrong_passphrase_is_refused_and_counted(handler):
    client = client_for(handler)
    response = client.post(reverse("support_cases:unlock"), {"passphrase": "wrong one!"}, **EN)
    assert response.status_code == 200
    assert b"does not unlock" in response.content
    assert session_keys.COOKIE_NAME not in response.cookies
    assert session_keys.SESSION_KEY not in client.session
    assert FailedAttempt.objects.filter(scope="support-unlock").count() == 1


def test_wrong_passphrases_are_rate_limited_per_handler(handler, settings):
    settings.THROTTLE_FAILURES_PER_TARGET = 2
    client = client_for(handler)
    url = reverse("support_cases:unlock")
    for _attempt in range(2):
        client.post(url, {"passphrase": "wrong passphrase"}, **EN)
    response = client.post(url, {"passphrase": PASSPHRASE}, **EN)
    assert response.status_code == 429
    assert session_keys.SESSION_KEY not in client.session


def test_an_absurd_passphrase_is_refused_before_argon2(handler, monkeypatch):
    from rightshouse.support import crypto

    def no_argon2(*args, **kwargs):
        raise AssertionError("Argon2 ran")

    monkeypatch.setattr(crypto.pwhash.argon2id, "kdf", no_argon2)
    client = client_for(handler)
    response = client.post(reverse("support_cases:unlock"), {"passphrase": "x" * 5000}, **EN)
    assert response.status_code == 200
    assert session_keys.SESSION_KEY not in client.session


def test_unlock_goes_back_only_to_a_support_page(handler):
    client = client_for(handler)
    url = reverse("support_cases:unlock")
    response = client.post(
        url, {"passphrase": PASSPHRASE, "next": "https://evil.example/admin/support/"}, **EN
    )
    assert response["Location"] == reverse("support_cases:index")
    response = client.post(url, {"passphrase": PASSPHRASE, "next": "/admin/support/case/1/"}, **EN)
    assert response["Location"] == "/admin/support/case/1/"
