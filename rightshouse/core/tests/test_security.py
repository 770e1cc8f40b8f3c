import logging
import re
from html.parser import HTMLParser

import pytest
from django.core.mail.backends.base import BaseEmailBackend
from django.test import Client
from wagtail.admin.mail import send_notification

PUBLIC_PATHS = [
    "/be/",
    "/ru/",
    "/en/",
    "/be/news/",
    "/be/news/defenders-day/",
    "/en/advocacy/",
    "/be/tags/",
    "/be/tags/pravaabaroncy/",
    "/be/tags/pravaabaroncy/rss/",
    "/be/tags/pravaabaroncy/atom/",
    "/be/news/rss/",
    "/en/search/?q=solidarity",
    "/be/no-such-page/",
]


class ResourceCollector(HTMLParser):
    """Every address a browser would fetch or follow from a page."""

    def __init__(self):
        super().__init__()
        self.urls = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in {"src", "href", "action", "srcset", "poster", "data"} and value:
                self.urls.append(value)
            if name == "style" and value and "url(" in value:
                self.urls.append(value)


@pytest.mark.parametrize("path", PUBLIC_PATHS)
def test_security_headers_on_every_public_response(small_site, client, path):
    response = client.get(path)
    assert response.status_code in (200, 404)
    csp = response["Content-Security-Policy"]
    script_src = re.search(r"script-src ([^;]*)", csp).group(1)
    assert "unsafe-inline" not in script_src and "unsafe-eval" not in script_src
    assert "frame-ancestors 'none'" in csp
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "no-referrer"
    assert "camera=()" in response["Permissions-Policy"]
    assert response["X-Frame-Options"] == "DENY"


@pytest.mark.parametrize("path", PUBLIC_PATHS)
def test_public_pages_set_no_cookies(small_site, client, path):
    response = client.get(path)
    assert not response.cookies, f"{path} set {list(response.cookies)}"


@pytest.mark.parametrize(
    "path", [p for p in PUBLIC_PATHS if "/rss/" not in p and "/atom/" not in p]
)
def test_rendered_pages_make_no_third_party_requests(small_site, client, path):
    html = client.get(path).content.decode()
    collector = ResourceCollector()
    collector.feed(html)
    assert collector.urls, "the page should reference at least its own stylesheet"
    for url in collector.urls:
        assert not re.match(r"^(https?:)?//", url), f"{path} references {url}"
    assert "<script" not in html, "public pages must not depend on JavaScript"
    assert not re.search(r"@import|fonts\.", html)


def test_admin_and_forms_are_not_cached_by_shared_caches(small_site, client, admin_user):
    login = client.get("/admin/login/")
    assert "private" in login["Cache-Control"]
    client.force_login(admin_user)
    assert "private" in client.get("/admin/")["Cache-Control"]


def test_search_results_are_private(small_site, client):
    assert "private" in client.get("/en/search/?q=anything")["Cache-Control"]


def test_no_client_address_or_user_agent_in_log_output(small_site, caplog):
    handler_output = []

    class Collect(logging.Handler):
        """Prints what a handler such as mail_admins would: the request's headers."""

        def emit(self, record):
            request = getattr(record, "request", None)
            handler_output.append(self.format(record) + repr(getattr(request, "META", None)))

    collector = Collect()
    for name in ("django.request", "django.security"):
        logger = logging.getLogger(name)
        for log_filter in logging.getLogger("django").handlers[0].filters:
            collector.addFilter(log_filter)
        logger.addHandler(collector)
    try:
        client = Client(REMOTE_ADDR="203.0.113.77", headers={"user-agent": "Secret-UA/1.0"})
        client.get("/be/no-such-page/")
        client.get("/be/", headers={"host": "evil.example"})
    finally:
        for name in ("django.request", "django.security"):
            logging.getLogger(name).removeHandler(collector)
    assert handler_output, "the 404 and the bad host should have been logged"
    joined = "\n".join(handler_output)
    assert "203.0.113.77" not in joined
    assert "Secret-UA" not in joined


class RefusingEmailBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        raise OSError("the mail server refused the message")


def test_no_e_mail_address_in_log_output_when_a_notification_fails(db, settings, django_user_model):
    """Wagtail logs the recipients of a notification it could not send."""
    settings.EMAIL_BACKEND = f"{__name__}.RefusingEmailBackend"
    moderator = django_user_model.objects.create_user(
        "moderator", email="moderator@example.org", password="not-used-here-12"
    )
    output = []

    class Collect(logging.Handler):
        def emit(self, record):
            output.append(self.format(record))

    collector = Collect()
    for log_filter in logging.getLogger("django").handlers[0].filters:
        collector.addFilter(log_filter)
    logger = logging.getLogger("wagtail.admin")
    logger.addHandler(collector)
    try:
        assert send_notification([moderator], "updated_comments", {}) is False
    finally:
        logger.removeHandler(collector)
    assert output, "the failed notification should have been logged"
    assert "moderator@example.org" not in "\n".join(output)
    assert "[e-mail address]" in "\n".join(output)


def test_the_token_of_a_personal_signing_link_never_reaches_the_log():
    from rightshouse.core.logging import DropClientDataFilter

    token = "Zq3-secret_token"
    record = logging.LogRecord(
        "django.server", logging.INFO, __file__, 1, '"%s" 200 512',
        (f"GET /en/joint-statements/sign/{token}/?language=be HTTP/1.1",), None,
    )  # fmt: skip
    DropClientDataFilter().filter(record)
    message = record.getMessage()
    assert token not in message
    assert "/en/joint-statements/sign/[token]/?language=be" in message


def test_pages_with_forms_keep_the_origin_for_csrf_but_send_nothing_elsewhere(small_site, client):
    # Under no-referrer, browsers send `Origin: null` with a POST and CSRF checks fail.
    assert client.get("/admin/login/")["Referrer-Policy"] == "same-origin"
    assert Client().get("/be/")["Referrer-Policy"] == "no-referrer"
    # A page's meta tag outranks the header, so the public pages with a form say it too.
    assert '<meta name="referrer" content="no-referrer">' in Client().get("/be/").content.decode()
    login = Client().get("/en/_util/login/?next=/en/").content.decode()
    assert '<meta name="referrer" content="same-origin">' in login


def test_editor_login_works_through_the_csrf_check(small_site, admin_user):
    client = Client(enforce_csrf_checks=True)
    token = client.get("/admin/login/").cookies["csrftoken"].value
    response = client.post(
        "/admin/login/",
        {"username": "admin", "password": "password", "csrfmiddlewaretoken": token},
        headers={"origin": "http://testserver"},
    )
    assert response.status_code == 302
