"""Editor accounts and restricted pages: password rules, throttled guessing, short sessions,
and the site's own password and login pages."""

import datetime

import pytest
from django.contrib.auth.password_validation import validate_password
from django.contrib.sessions.models import Session
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from wagtail.models import PageViewRestriction

from rightshouse.conftest import two_factor_device
from rightshouse.core.models import FailedAttempt

RIGHT = "password"  # pytest-django's admin_user  # noqa: S105


def admin_login(client, username, password):
    return client.post("/admin/login/", {"username": username, "password": password})


def is_logged_in(response):
    return response.status_code == 302 and "/login/" not in response["Location"]


def form_error(response):
    """The code of the form's error: "invalid_login" (wrong password) or "throttled"."""
    return response.context["form"].non_field_errors().as_data()[0].code


@pytest.mark.parametrize(
    "password", ["a", "short-pw-11", "password1234", "384729104857", "admin-rights-house"]
)
def test_weak_passwords_are_refused(password, django_user_model):
    user = django_user_model(username="admin-rights-house")
    with pytest.raises(ValidationError):
        validate_password(password, user)


def test_a_long_uncommon_password_is_accepted(django_user_model):
    validate_password("violet tram across the river", django_user_model(username="editor"))


def test_admin_login_is_throttled_per_account(db, admin_user, django_user_model, settings):
    django_user_model.objects.create_user("editor", password="editor password 1")
    client = Client()
    for _attempt in range(settings.THROTTLE_FAILURES_PER_TARGET):
        assert form_error(admin_login(client, "admin", "wrong")) == "invalid_login"
    refused = admin_login(client, "ADMIN", RIGHT)  # the same account, whatever the case
    assert not is_logged_in(refused)
    assert form_error(refused) == "throttled"
    assert is_logged_in(admin_login(Client(), "editor", "editor password 1"))

    FailedAttempt.objects.update(failed_at=timezone.now() - datetime.timedelta(hours=1))
    assert is_logged_in(admin_login(Client(), "admin", RIGHT))


def test_a_site_wide_ceiling_stops_guessing_across_accounts(db, admin_user, settings):
    settings.THROTTLE_FAILURES_SITE_WIDE = 8
    client = Client()
    for number in range(8):
        assert not is_logged_in(admin_login(client, f"guess-{number}", "wrong"))
    assert form_error(admin_login(Client(), "admin", RIGHT)) == "throttled"
    FailedAttempt.objects.all().delete()
    assert is_logged_in(admin_login(Client(), "admin", RIGHT))


def test_throttle_keeps_no_address_and_no_typed_name(db, admin_user):
    client = Client(REMOTE_ADDR="203.0.113.9", headers={"user-agent": "Secret-UA/2"})
    admin_login(client, "someone@example.org", "wrong")
    rows = list(FailedAttempt.objects.values())
    assert len(rows) == 1
    stored = repr(rows)
    for secret in ("203.0.113.9", "Secret-UA", "someone", "example.org"):
        assert secret not in stored


def password_restricted(small_site, language="en"):
    page = small_site.translated[language]
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type="password", password="tram to the river"
    )
    action = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk])
    return page, f"/{language}{action[3:]}"


def test_page_password_is_throttled(small_site, settings):
    page, action = password_restricted(small_site)
    visitor = Client()
    for _attempt in range(settings.THROTTLE_FAILURES_PER_TARGET):
        wrong = visitor.post(action, {"password": "guess", "return_url": page.url})
        assert wrong.status_code == 200 and "not correct" in wrong.content.decode()
    refused = visitor.post(action, {"password": "tram to the river", "return_url": page.url})
    assert refused.status_code == 200
    assert "Too many wrong passwords" in refused.content.decode()
    assert "Password required" in visitor.get(page.url).content.decode()

    FailedAttempt.objects.all().delete()
    opened = visitor.post(action, {"password": "tram to the river", "return_url": page.url})
    assert opened.status_code == 302
    assert escape(page.title) in visitor.get(page.url).content.decode()


@pytest.mark.parametrize(
    "language, heading", [("be", "Патрэбны пароль"), ("ru", "Нужен пароль"), ("en", "Password")]
)
def test_password_page_is_the_site_s_own_in_each_language(small_site, language, heading):
    page, _action = password_restricted(small_site, language)
    response = Client().get(page.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{language}">' in html
    assert '<main id="main"' in html and "skip-link" in html
    assert heading in html
    assert escape(page.title) not in html and escape(page.lead) not in html
    # The one cookie a public page may set: the form's CSRF token (see README).
    assert set(response.cookies) == {"csrftoken"}


@pytest.mark.parametrize(
    "language, heading", [("be", "Увайсці"), ("ru", "Войти"), ("en", "Log in")]
)
def test_login_page_of_restricted_content_is_the_site_s_own(small_site, language, heading):
    PageViewRestriction.objects.create(
        page=small_site.translated[language], restriction_type="login"
    )
    response = Client().get(small_site.translated[language].url, follow=True)
    html = response.content.decode()
    assert response.redirect_chain[0][0].startswith(f"/{language}/_util/login/?next=")
    assert f'<html lang="{language}">' in html and '<main id="main"' in html
    assert heading in html
    assert set(response.cookies) == {"csrftoken"}


def test_frontend_login_is_throttled_and_then_opens_the_page(small_site, admin_user, settings):
    page = small_site.translated["en"]
    PageViewRestriction.objects.create(page=page, restriction_type="login")
    visitor = Client()
    login_url = "/en/_util/login/"
    for _attempt in range(settings.THROTTLE_FAILURES_PER_TARGET):
        visitor.post(login_url, {"username": "admin", "password": "wrong", "next": page.url})
    refused = visitor.post(login_url, {"username": "admin", "password": RIGHT, "next": page.url})
    assert "Too many wrong passwords" in refused.content.decode()
    FailedAttempt.objects.all().delete()
    opened = visitor.post(login_url, {"username": "admin", "password": RIGHT, "next": page.url})
    assert opened.status_code == 302 and opened["Location"] == page.url
    assert escape(page.title) in visitor.get(page.url).content.decode()


def test_sessions_end_with_the_browser_and_after_twelve_idle_hours(db, admin_user):
    two_factor_device(admin_user)
    client = Client()
    assert admin_login(client, "admin", RIGHT).status_code == 302
    cookie = client.cookies["sessionid"]
    assert not cookie["max-age"] and not cookie["expires"], "a browser-session cookie"
    assert "Remember me" not in Client().get("/admin/login/").content.decode()

    session = Session.objects.get()
    soon = timezone.now() + datetime.timedelta(minutes=5)
    Session.objects.update(expire_date=soon)  # as if the editor had been idle 11 h 55 min
    client.get("/admin/")
    renewed = Session.objects.get(pk=session.pk).expire_date
    assert renewed > timezone.now() + datetime.timedelta(hours=11, minutes=59)

    Session.objects.update(expire_date=timezone.now() - datetime.timedelta(seconds=1))
    response = client.get("/admin/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_there_is_one_admin_only(db, client):
    response = client.get("/django-admin/", follow=True)
    assert response.status_code == 404
