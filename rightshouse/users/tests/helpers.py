"""Real TOTP codes, computed from the device's key as the user's app would."""

from base64 import b32decode

from django_otp.oath import TOTP, hotp

from rightshouse.users import two_factor


def app_code(device):
    """The code the app shows now; or the next step's, if this step's code is used up
    (django-otp accepts one step ahead, never the same step twice)."""
    device.refresh_from_db()
    now = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift).t()
    return _code(device.bin_key, max(now, device.last_t + 1), device.digits)


def app_code_from_secret(secret):
    """The code an app set up by typing `secret` (as shown on the enrolment page) shows now."""
    key = b32decode(secret.replace(" ", ""))
    return _code(key, TOTP(key).t(), 6)


def wrong_code(device):
    """A six-digit code that no step near now accepts."""
    device.refresh_from_db()
    now = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift).t()
    near = {_code(device.bin_key, t, device.digits) for t in range(now - 3, now + 4)}
    return next(code for n in range(10**6) if (code := f"{n:06d}") not in near)


def recovery_codes(user):
    return two_factor.create_recovery_codes(user)


def _code(key, counter, digits):
    return f"{hotp(key, counter, digits):0{digits}d}"
