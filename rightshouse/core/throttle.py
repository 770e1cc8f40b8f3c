"""Slowing down password guessing without knowing who guesses.

No client address is read or kept. Wrong passwords are counted per target (an account
name, a restricted page) and per scope across the whole site, over a sliding window of
THROTTLE_WINDOW_SECONDS. Once a target has THROTTLE_FAILURES_PER_TARGET wrong passwords in
the window, or the scope THROTTLE_FAILURES_SITE_WIDE, further attempts are refused without
the password being checked until older failures leave the window. The site-wide ceiling
stops a guesser who spreads attempts over many accounts; the price is that during such an
attack honest users wait too, which we prefer to a guessed password.

Failures are rows in the database rather than cache counters: an insert per failure cannot
lose a count under concurrent requests, on SQLite as on PostgreSQL.
"""

import datetime
import hmac

from django.conf import settings
from django.utils import timezone

from .models import FailedAttempt

LOGIN = "login"
PAGE_PASSWORD = "page-password"  # noqa: S105 (a scope name)


def _digest(scope, target):
    key = settings.SECRET_KEY.encode()
    return hmac.new(key, f"{scope}\0{target}".encode(), "sha256").hexdigest()


def _window_start():
    return timezone.now() - datetime.timedelta(seconds=settings.THROTTLE_WINDOW_SECONDS)


def is_refused(scope, target):
    recent = FailedAttempt.objects.filter(scope=scope, failed_at__gte=_window_start())
    return (
        recent.filter(target=_digest(scope, target)).count()
        >= settings.THROTTLE_FAILURES_PER_TARGET
        or recent.count() >= settings.THROTTLE_FAILURES_SITE_WIDE
    )


def record_failure(scope, target):
    FailedAttempt.objects.create(
        scope=scope, target=_digest(scope, target), failed_at=timezone.now()
    )
    FailedAttempt.objects.filter(failed_at__lt=_window_start()).delete()


def forget_failures(scope, target):
    """After a right password the target starts afresh."""
    FailedAttempt.objects.filter(scope=scope, target=_digest(scope, target)).delete()


def wait_minutes():
    return settings.THROTTLE_WINDOW_SECONDS // 60
