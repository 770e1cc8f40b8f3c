"""The small rules in rightshouse.users.two_factor and the forms' messages."""

import datetime
import re

from django.utils import timezone, translation
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from rightshouse.conftest import two_factor_device
from rightshouse.users import two_factor
from rightshouse.users.forms import throttled_message
from rightshouse.users.tests.helpers import app_code, wrong_code


def test_recovery_codes_are_ten_random_base32_strings_stored_as_typed(admin_user):
    codes = two_factor.create_recovery_codes(admin_user)
    assert len(codes) == len(set(codes)) == 10
    assert all(re.fullmatch(r"[a-z2-7]{10}", code) for code in codes)
    assert two_factor.format_recovery_code("abcdefghij") == "abcde-fghij"
    assert two_factor.normalise(" ABCDE-fghij\n") == "abcdefghij"
    assert two_factor.normalise("123 456") == "123456"


def test_new_recovery_codes_keep_one_device(admin_user):
    two_factor.create_recovery_codes(admin_user)
    device = StaticDevice.objects.get(user=admin_user)
    two_factor.create_recovery_codes(admin_user)
    assert StaticDevice.objects.get(user=admin_user) == device
    assert two_factor.recovery_codes_left(admin_user) == 10


def test_confirming_removes_other_waiting_devices(admin_user):
    device = two_factor.enrol(admin_user)
    TOTPDevice.objects.create(user=admin_user, name="stray", confirmed=False)
    assert two_factor.confirm(device, wrong_code(device)) is None
    device.throttle_reset()
    assert two_factor.confirm(device, app_code(device)) == device
    assert list(TOTPDevice.objects.filter(user=admin_user)) == [device]


def test_an_app_code_is_never_taken_twice(admin_user):
    device = two_factor_device(admin_user)
    code = app_code(device)
    assert two_factor.verify(admin_user, code) == device
    assert two_factor.verify(admin_user, code) is None


def test_the_wait_is_told_in_seconds_then_in_whole_minutes_rounded_up():
    soon = two_factor.Throttled(timezone.now() + datetime.timedelta(seconds=15.2))
    later = two_factor.Throttled(timezone.now() + datetime.timedelta(seconds=61))
    with translation.override("en"):
        assert throttled_message(soon).endswith(": 16 s.")
        assert throttled_message(later).endswith(": 2\xa0minutes.")
