"""Two-factor login for every admin user: enrolment, the verify step, recovery codes, the
account page. Codes are real TOTP codes computed from the device's key (tests/helpers.py)."""

import datetime
import re
from html import unescape
from html.parser import HTMLParser

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.utils import timezone
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from rightshouse.conftest import log_in_with_second_factor, two_factor_device
from rightshouse.users.tests.helpers import (
    app_code,
    app_code_from_secret,
    recovery_codes,
    wrong_code,
)

ENROL = "/admin/two-factor/enrol/"
VERIFY = "/admin/two-factor/verify/"
ACCOUNT = "/admin/two-factor/"
NEW_CODES = "/admin/two-factor/recovery-codes/"
SHOWN_CODE = re.compile(r"<code>([a-z2-7]{5}-[a-z2-7]{5})</code>")


@pytest.fixture
def logged_in(admin_user):
    """The admin after the password only."""
    client = Client()
    client.force_login(admin_user)
    return client


def shown_secret(html):
    return re.search(r"<code>((?:[A-Z2-7]{4} ?)+)</code>", html).group(1)


def admin_is_open(client):
    return client.get("/admin/").status_code == 200


def wait_out_the_lock(device):
    """As if the user had waited until django-otp's back-off after the last failure ended."""
    device.refresh_from_db()
    if device.throttling_failure_count:
        delay = device.get_throttle_factor() * 2 ** (device.throttling_failure_count - 1)
        device.throttling_failure_timestamp = timezone.now() - datetime.timedelta(seconds=delay)
        device.save(update_fields=["throttling_failure_timestamp"])


# --- The middleware -----------------------------------------------------------------------


def test_admin_without_a_device_is_sent_to_enrolment(logged_in):
    response = logged_in.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"] == f"{ENROL}?next=%2Fadmin%2Fpages%2F"
    assert "private" in response["Cache-Control"]


def test_admin_with_a_device_is_sent_to_the_verify_step(logged_in, admin_user):
    two_factor_device(admin_user)
    response = logged_in.get("/admin/")
    assert response.status_code == 302
    assert response["Location"] == f"{VERIFY}?next=%2Fadmin%2F"


def test_every_admin_user_needs_it_not_only_superusers(db, django_user_model):
    editor = django_user_model.objects.create_user("editor", password="unused-password-1")
    editor.groups.add(Group.objects.get(name="Editors"))
    client = Client()
    client.force_login(editor)
    assert client.get("/admin/")["Location"].startswith(ENROL)


def test_a_user_without_admin_access_gets_wagtails_usual_answer(db, django_user_model):
    member = django_user_model.objects.create_user("member", password="unused-password-1")
    client = Client()
    client.force_login(member)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"] == "/admin/login/?next=/admin/"
    # Nor can they reach the steps themselves: Wagtail's admin check comes first.
    assert client.get(ENROL)["Location"].startswith("/admin/login/")
    assert not TOTPDevice.objects.filter(user=member).exists()


def test_anonymous_visitors_go_to_the_login_page(db):
    assert Client().get("/admin/")["Location"] == "/admin/login/?next=/admin/"


def test_what_the_steps_need_is_open_before_the_second_factor(logged_in):
    assert logged_in.get("/admin/jsi18n/").status_code == 200
    assert logged_in.get("/admin/sprite/").status_code == 200
    assert logged_in.get(ENROL).status_code == 200
    # Wagtail's login page sends a logged-in admin on, which is then the second factor.
    assert logged_in.get("/admin/login/")["Location"] == "/admin/"
    response = logged_in.post("/admin/logout/")
    assert response["Location"] == "/admin/login/"
    assert logged_in.get("/admin/")["Location"] == "/admin/login/?next=/admin/"


def test_the_account_page_needs_the_second_factor_too(logged_in, admin_user):
    two_factor_device(admin_user)
    assert logged_in.get(ACCOUNT)["Location"].startswith(VERIFY)
    assert logged_in.post(NEW_CODES, {"code": "123456"})["Location"].startswith(VERIFY)


def test_the_admin_client_fixture_is_past_the_second_factor(admin_client):
    assert admin_is_open(admin_client)


# --- Enrolment ----------------------------------------------------------------------------


def test_enrolment_with_the_right_code_opens_the_admin_and_shows_codes_once(logged_in, admin_user):
    page = logged_in.get(f"{ENROL}?next=/admin/pages/").content.decode()
    assert '<svg width="' in page and 'class="two-factor-qr-code"' in page
    device = TOTPDevice.objects.get(user=admin_user)
    assert not device.confirmed
    assert "issuer=Rights%20House" in device.config_url

    response = logged_in.post(
        ENROL, {"code": app_code_from_secret(shown_secret(page)), "next": "/admin/pages/"}
    )

    assert response.status_code == 200
    html = response.content.decode()
    shown = SHOWN_CODE.findall(html)
    assert len(shown) == 10 == StaticToken.objects.filter(device__user=admin_user).count()
    stored = set(
        StaticToken.objects.filter(device__user=admin_user).values_list("token", flat=True)
    )
    assert {code.replace("-", "") for code in shown} == stored
    assert 'href="/admin/pages/"' in html
    device.refresh_from_db()
    assert device.confirmed
    assert admin_is_open(logged_in)
    # Shown once: enrolment is over, and the account page only counts them.
    again = logged_in.get(ENROL, follow=True)
    assert again.redirect_chain[0][0].startswith(VERIFY)
    assert not SHOWN_CODE.search(again.content.decode())
    account = logged_in.get(ACCOUNT).content.decode()
    assert not SHOWN_CODE.search(account)
    assert "Recovery codes left: 10." in account


def test_enrolment_reuses_the_waiting_device(logged_in, admin_user):
    first = shown_secret(logged_in.get(ENROL).content.decode())
    second = shown_secret(logged_in.get(ENROL).content.decode())
    assert first == second
    assert TOTPDevice.objects.filter(user=admin_user).count() == 1


def test_enrolment_refuses_a_wrong_code(logged_in, admin_user):
    logged_in.get(ENROL)
    device = TOTPDevice.objects.get(user=admin_user)
    response = logged_in.post(ENROL, {"code": wrong_code(device)})
    assert response.status_code == 200
    assert "That code is not right" in response.content.decode()
    device.refresh_from_db()
    assert not device.confirmed
    assert not StaticToken.objects.exists()
    assert not admin_is_open(logged_in)


def test_nobody_can_enrol_a_second_app_with_the_password_alone(logged_in, admin_user):
    two_factor_device(admin_user)
    response = logged_in.get(ENROL)
    assert response["Location"].startswith(VERIFY)
    assert logged_in.post(ENROL, {"code": "123456"})["Location"].startswith(VERIFY)
    assert TOTPDevice.objects.filter(user=admin_user).count() == 1


# --- The verify step ----------------------------------------------------------------------


def test_the_verify_step_refuses_a_wrong_code_and_accepts_the_right_one(logged_in, admin_user):
    device = two_factor_device(admin_user)
    assert logged_in.get(f"{VERIFY}?next=/admin/pages/").status_code == 200

    refused = logged_in.post(VERIFY, {"code": wrong_code(device), "next": "/admin/pages/"})
    assert refused.status_code == 200
    assert "That code is not right" in refused.content.decode()
    assert not admin_is_open(logged_in)

    wait_out_the_lock(device)
    accepted = logged_in.post(VERIFY, {"code": app_code(device), "next": "/admin/pages/"})
    assert accepted.status_code == 302
    assert accepted["Location"] == "/admin/pages/"
    assert admin_is_open(logged_in)


def test_a_recovery_code_works_once(admin_user):
    two_factor_device(admin_user)
    code = recovery_codes(admin_user)[0]

    first = Client()
    first.force_login(admin_user)
    # Typed as shown (with its dash) and in capitals: still the same code.
    response = first.post(VERIFY, {"code": f"{code[:5]}-{code[5:]}".upper()}, follow=True)
    assert response.redirect_chain == [("/admin/", 302)]
    assert "Recovery codes left: 9." in response.content.decode()
    assert admin_is_open(first)

    second = Client()
    second.force_login(admin_user)
    refused = second.post(VERIFY, {"code": code})
    assert "That code is not right" in refused.content.decode()
    assert not admin_is_open(second)


@pytest.mark.parametrize(
    "next_url", ["https://elsewhere.example/", "//elsewhere.example/admin/", VERIFY, ""]
)
def test_the_verify_step_goes_on_only_to_this_site(logged_in, admin_user, next_url):
    device = two_factor_device(admin_user)
    response = logged_in.post(VERIFY, {"code": app_code(device), "next": next_url})
    assert response["Location"] == "/admin/"


def test_after_several_wrong_codes_even_the_right_one_is_refused_for_a_while(logged_in, admin_user):
    device = two_factor_device(admin_user)
    for _attempt in range(5):
        wait_out_the_lock(device)  # so that each wrong code counts: 1, 2, 4, 8 s...
        logged_in.post(VERIFY, {"code": wrong_code(device)})
    device.refresh_from_db()
    assert device.throttling_failure_count == 5  # locked for 16 s

    refused = logged_in.post(VERIFY, {"code": app_code(device)})

    assert refused.status_code == 200
    assert re.search(r"Too many wrong codes\..*: 1[56] s\.", refused.content.decode())
    assert not admin_is_open(logged_in)
    # The recovery codes have a throttle of their own: a guesser cannot lock them too.
    code = recovery_codes(admin_user)[0]
    other = Client()
    other.force_login(admin_user)
    assert other.post(VERIFY, {"code": code})["Location"] == "/admin/"
    # Once the lock has run out, the app's code works again.
    wait_out_the_lock(device)
    assert logged_in.post(VERIFY, {"code": app_code(device)})["Location"] == "/admin/"
    device.refresh_from_db()
    assert device.throttling_failure_count == 0


def test_throttling_is_on():
    from django.conf import settings

    assert settings.OTP_TOTP_THROTTLE_FACTOR > 0 and settings.OTP_STATIC_THROTTLE_FACTOR > 0


# --- The account page ---------------------------------------------------------------------


def test_the_account_page_is_linked_from_wagtails_account_page(admin_client):
    html = admin_client.get("/admin/account/").content.decode()
    assert f'href="{ACCOUNT}"' in html


def test_the_account_page_tells_whether_it_is_on_and_how_many_codes_are_left(
    admin_client, admin_user
):
    recovery_codes(admin_user)
    html = admin_client.get(ACCOUNT).content.decode()
    assert "Two-factor authentication is on" in html
    assert "Recovery codes left: 10." in html


def test_new_recovery_codes_need_a_current_app_code_and_replace_the_old_ones(
    admin_client, admin_user
):
    device = two_factor_device(admin_user)
    old = recovery_codes(admin_user)
    assert admin_client.get(NEW_CODES).status_code == 405

    for code in ["", wrong_code(device), old[0]]:
        wait_out_the_lock(device)
        refused = admin_client.post(NEW_CODES, {"code": code})
        assert refused.status_code == 200
        assert not SHOWN_CODE.search(refused.content.decode())
    assert set(StaticToken.objects.values_list("token", flat=True)) == set(old)

    wait_out_the_lock(device)
    response = admin_client.post(NEW_CODES, {"code": app_code(device)})

    shown = [code.replace("-", "") for code in SHOWN_CODE.findall(response.content.decode())]
    assert len(shown) == 10
    assert set(StaticToken.objects.values_list("token", flat=True)) == set(shown)
    assert not set(shown) & set(old)


def test_new_recovery_codes_go_through_the_csrf_check(admin_user):
    client = log_in_with_second_factor(Client(enforce_csrf_checks=True), admin_user)
    device = two_factor_device(admin_user)
    assert client.post(NEW_CODES, {"code": app_code(device)}).status_code == 403
    client.get(ACCOUNT)
    token = client.cookies["csrftoken"].value
    response = client.post(
        NEW_CODES,
        {"code": app_code(device), "csrfmiddlewaretoken": token},
        headers={"origin": "http://testserver"},
    )
    assert len(SHOWN_CODE.findall(response.content.decode())) == 10


# --- No third parties, no inline code -----------------------------------------------------


class Collector(HTMLParser):
    LOADS = {"src", "srcset", "action", "formaction", "data", "poster", "background"}

    def __init__(self):
        super().__init__()
        self.loads, self.links, self.inline_scripts, self.styles = [], [], [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script" and "src" not in attrs and attrs.get("type") != "application/json":
            self.inline_scripts.append(attrs)
        if "style" in attrs or tag == "style":
            self.styles.append((tag, attrs))
        for name, value in attrs.items():
            if name in self.LOADS or (name == "href" and tag in {"link", "use", "image"}):
                self.loads.append(value or "")
            elif name == "href" and tag == "a":
                self.links.append(value or "")


def external(urls):
    return [url for url in urls if re.match(r"^\s*(https?:)?//", url, re.IGNORECASE)]


@pytest.mark.parametrize("step", [ENROL, VERIFY])
def test_the_steps_make_no_third_party_requests_and_have_no_inline_code(
    logged_in, admin_user, step
):
    if step == VERIFY:
        two_factor_device(admin_user)
    html = logged_in.get(step).content.decode()
    collector = Collector()
    collector.feed(html)
    assert collector.loads, "the page should load Wagtail's own scripts and styles"
    assert external(collector.loads) == []
    # Only Wagtail's <noscript> help link points elsewhere, and it loads nothing.
    assert external(collector.links) in ([], ["https://www.enable-javascript.com/"])
    assert collector.inline_scripts == []
    assert collector.styles == []


def test_the_qr_code_is_drawn_here_not_fetched(logged_in):
    html = logged_in.get(ENROL).content.decode()
    svg = re.search(r"<svg[^>]*two-factor-qr-code.*?</svg>", html, re.DOTALL).group(0)
    assert "http" not in svg and "<image" not in svg and "href" not in svg
    assert "<img" not in unescape(html)


def test_pages_with_secrets_are_not_cached(logged_in, admin_user):
    enrol_page = logged_in.get(ENROL)
    codes_page = logged_in.post(ENROL, {"code": app_code(TOTPDevice.objects.get())})
    for response in (enrol_page, codes_page):
        assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
