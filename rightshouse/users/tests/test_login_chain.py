"""The whole login through Django's CSRF check, as a browser does it: password, then the
second factor, then the dashboard."""

import re

import pytest
from django.test import Client

from rightshouse.conftest import two_factor_device
from rightshouse.users.tests.helpers import app_code, app_code_from_secret

ORIGIN = {"origin": "http://testserver"}


@pytest.fixture
def browser():
    return Client(enforce_csrf_checks=True)


def post(client, url, data):
    """A form's POST: with the token from the csrftoken cookie (it changes at login)."""
    token = client.cookies["csrftoken"].value
    return client.post(url, {**data, "csrfmiddlewaretoken": token}, headers=ORIGIN)


def log_in_with_password(client):
    client.get("/admin/login/")
    response = post(client, "/admin/login/", {"username": "admin", "password": "password"})
    assert response.status_code == 302 and response["Location"] == "/admin/"
    return client.get("/admin/")


def test_first_login_goes_through_enrolment_to_the_dashboard(browser, admin_user):
    response = log_in_with_password(browser)
    assert response["Location"] == "/admin/two-factor/enrol/?next=%2Fadmin%2F"
    page = browser.get(response["Location"]).content.decode()
    secret = re.search(r"<code>((?:[A-Z2-7]{4} ?)+)</code>", page).group(1)

    enrolled = post(
        browser,
        "/admin/two-factor/enrol/",
        {"code": app_code_from_secret(secret), "next": "/admin/"},
    )

    assert enrolled.status_code == 200
    assert len(re.findall(r"<code>[a-z2-7]{5}-[a-z2-7]{5}</code>", enrolled.content.decode())) == 10
    dashboard = browser.get("/admin/")
    assert dashboard.status_code == 200
    assert "wagtail-sidebar" in dashboard.content.decode()


def test_later_logins_go_through_the_verify_step_to_the_dashboard(browser, admin_user):
    device = two_factor_device(admin_user)
    response = log_in_with_password(browser)
    assert response["Location"] == "/admin/two-factor/verify/?next=%2Fadmin%2F"
    assert browser.get(response["Location"]).status_code == 200
    # Without the token, Django's CSRF check refuses the form.
    assert browser.post("/admin/two-factor/verify/", {"code": app_code(device)}).status_code == 403

    verified = post(
        browser, "/admin/two-factor/verify/", {"code": app_code(device), "next": "/admin/"}
    )

    assert verified.status_code == 302 and verified["Location"] == "/admin/"
    assert browser.get("/admin/").status_code == 200


def test_the_session_gets_a_new_key_at_the_second_factor(browser, admin_user):
    device = two_factor_device(admin_user)
    log_in_with_password(browser)
    after_password = browser.cookies["sessionid"].value
    post(browser, "/admin/two-factor/verify/", {"code": app_code(device)})
    assert browser.cookies["sessionid"].value != after_password
    stale = Client()
    stale.cookies["sessionid"] = after_password
    assert stale.get("/admin/")["Location"] == "/admin/login/?next=/admin/"
