"""The rules of two-factor login: enrol, confirm, verify, recovery codes, reset.

Every admin user has one TOTP device (an authenticator app) and one static device holding
single-use recovery codes; both are django-otp models, with django-otp's own throttling.
"""

import math
import re
import secrets

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

TOTP_DEVICE_NAME = "authenticator"
RECOVERY_DEVICE_NAME = "recovery codes"
# Lower-case base32: no 0/1/8/9 to mistake for o/l/b/g; 10 characters are 50 random bits.
RECOVERY_CODE_ALPHABET = "abcdefghijklmnopqrstuvwxyz234567"
RECOVERY_CODE_LENGTH = 10
TOTP_CODE = re.compile(r"\d{6}")


class Throttled(Exception):
    """Too many wrong codes: django-otp refuses to check any code until `locked_until`."""

    def __init__(self, locked_until):
        super().__init__(locked_until)
        self.locked_until = locked_until

    @property
    def seconds(self):
        return max(1, math.ceil((self.locked_until - timezone.now()).total_seconds()))


def can_access_admin(user):
    return user.is_authenticated and (
        user.is_staff or user.is_superuser or user.has_perm("wagtailadmin.access_admin")
    )


def has_confirmed_device(user):
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def recovery_codes_left(user):
    return StaticToken.objects.filter(device__user=user).count()


def enrol(user):
    """The user's TOTP device waiting for confirmation: the existing one, or a new one."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=TOTP_DEVICE_NAME, confirmed=False)
    return device


def confirm(device, code):
    """Confirm an enrolling device with a current code from the app. Raises Throttled."""
    with transaction.atomic():
        device = TOTPDevice.objects.select_for_update().filter(pk=device.pk).first()
        if device is None or device.confirmed or not _check(device, normalise(code)):
            return None
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        TOTPDevice.objects.filter(user=device.user, confirmed=False).delete()
    return device


def verify(user, code):
    """The device that accepts `code`: six digits go to the app, anything else is taken for
    a recovery code (which is used up). None if no device accepts it; raises Throttled.

    Each kind has its own throttle, so someone guessing app codes does not lock the owner
    out of the recovery codes."""
    code = normalise(code)
    model = TOTPDevice if TOTP_CODE.fullmatch(code) else StaticDevice
    return _verify_with(model.objects.filter(user=user, confirmed=True), code)


def verify_app_code(user, code):
    """Like verify(), but only a code from the authenticator app will do."""
    return _verify_with(TOTPDevice.objects.filter(user=user, confirmed=True), normalise(code))


def create_recovery_codes(user):
    """New recovery codes for `user`, replacing any old ones. Returns them to show once."""
    codes = set()
    while len(codes) < settings.USERS_RECOVERY_CODE_COUNT:
        codes.add(new_recovery_code())
    with transaction.atomic():
        # The same device is kept, so a session verified by a recovery code stays verified.
        device = StaticDevice.objects.filter(user=user).order_by("pk").first()
        if device is None:
            device = StaticDevice.objects.create(user=user, name=RECOVERY_DEVICE_NAME)
        StaticDevice.objects.filter(user=user).exclude(pk=device.pk).delete()
        device.token_set.all().delete()
        StaticToken.objects.bulk_create(StaticToken(device=device, token=c) for c in codes)
    return sorted(codes)


def new_recovery_code():
    return "".join(secrets.choice(RECOVERY_CODE_ALPHABET) for _ in range(RECOVERY_CODE_LENGTH))


def reset(user):
    """Remove the user's app and recovery codes: they enrol again at their next login, and
    sessions verified with the old devices are no longer verified."""
    with transaction.atomic():
        deleted = TOTPDevice.objects.filter(user=user).delete()[0]
        deleted += StaticDevice.objects.filter(user=user).delete()[0]
    return deleted


def normalise(code):
    """What the user typed, without the spaces and dashes used to group it for reading."""
    return re.sub(r"[\s-]", "", code or "").lower()


def format_recovery_code(code):
    return f"{code[:5]}-{code[5:]}"


def _verify_with(devices, code):
    locked_until = None
    with transaction.atomic():
        for device in devices.select_for_update().order_by("pk"):
            try:
                if _check(device, code):
                    return device
            except Throttled as throttled:
                locked_until = max(locked_until or throttled.locked_until, throttled.locked_until)
    if locked_until is not None:
        raise Throttled(locked_until)
    return None


def _check(device, code):
    allowed, details = device.verify_is_allowed()
    if not allowed:
        raise Throttled((details or {}).get("locked_until") or timezone.now())
    return device.verify_token(code)
