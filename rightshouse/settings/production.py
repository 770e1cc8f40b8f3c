"""Production: refuses to start on a guessable or incomplete configuration."""

import os
from urllib.parse import urlsplit

from django.core.checks.security.base import (
    SECRET_KEY_INSECURE_PREFIX,
    SECRET_KEY_MIN_LENGTH,
    SECRET_KEY_MIN_UNIQUE_CHARACTERS,
)
from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403


def require_strong_secret_key(key):
    # Django's own rule (check security.W009), made fatal instead of a warning.
    if (
        len(key) < SECRET_KEY_MIN_LENGTH
        or len(set(key)) < SECRET_KEY_MIN_UNIQUE_CHARACTERS
        or key.startswith(SECRET_KEY_INSECURE_PREFIX)
    ):
        raise ImproperlyConfigured(
            f"SECRET_KEY must be a random string of {SECRET_KEY_MIN_LENGTH}+ characters, with"
            f" {SECRET_KEY_MIN_UNIQUE_CHARACTERS}+ distinct ones and not starting with"
            f" '{SECRET_KEY_INSECURE_PREFIX}'; generate one with"
            " `python -c 'import secrets; print(secrets.token_urlsafe(50))'`."
        )


def require_named_hosts(hosts):
    if not hosts or any("*" in host for host in hosts):
        raise ImproperlyConfigured(
            "ALLOWED_HOSTS must list the site's host names (comma-separated), without '*'."
        )


def with_admin_host(hosts, admin_host):
    if not admin_host:
        return hosts
    if "*" in admin_host or "," in admin_host:
        raise ImproperlyConfigured("ADMIN_HOST must be one host name, without '*'.")
    return [*hosts, admin_host]


def require_admin_base_url(admin_host):
    # base.py falls back to http://127.0.0.1:8000, which would end up in editors' e-mails.
    url = os.environ.get("WAGTAILADMIN_BASE_URL", "")
    try:
        parts = urlsplit(url)
    except ValueError:  # e.g. an unclosed "[" of an IPv6 address
        parts = urlsplit("")
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ImproperlyConfigured(
            "WAGTAILADMIN_BASE_URL must be set to the admin's absolute URL,"
            " e.g. https://example.org (links in editors' e-mails start with it)."
        )
    if admin_host and parts.hostname != admin_host.lower():
        raise ImproperlyConfigured(
            f"WAGTAILADMIN_BASE_URL must point at ADMIN_HOST ({admin_host}): the admin"
            " answers on no other host."
        )
    return url


require_strong_secret_key(SECRET_KEY)  # noqa: F405
require_named_hosts(ALLOWED_HOSTS)  # noqa: F405
ALLOWED_HOSTS = with_admin_host(ALLOWED_HOSTS, ADMIN_HOST)  # noqa: F405
WAGTAILADMIN_BASE_URL = require_admin_base_url(ADMIN_HOST)  # noqa: F405

DEBUG = False
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "1") == "1"
# Only behind a reverse proxy that sets X-Forwarded-Proto itself, overwriting whatever the
# client sent: otherwise any client could send the header, claim HTTPS over plain HTTP, and
# so skip the HTTPS redirect. The operator says so with TRUST_PROXY_HTTPS_HEADER=1.
SECURE_PROXY_SSL_HEADER = (
    ("HTTP_X_FORWARDED_PROTO", "https")
    if os.environ.get("TRUST_PROXY_HTTPS_HEADER") == "1"
    else None
)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
# HSTS is a one-way door for a domain, so operators switch it on deliberately.
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "0"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = os.environ.get("SECURE_HSTS_INCLUDE_SUBDOMAINS", "0") == "1"
SECURE_HSTS_PRELOAD = os.environ.get("SECURE_HSTS_PRELOAD", "0") == "1"
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
# Notifications (moderation, later applications and reports) leave through this server; they
# carry no content, only a link to the admin (templates/wagtailadmin/notifications/).
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "0") == "1"
EMAIL_USE_SSL = os.environ.get("EMAIL_USE_SSL", "0") == "1"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", f"noreply@{ALLOWED_HOSTS[0]}")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
