"""manage.py reset_two_factor USERNAME: for a lost phone."""

from io import StringIO

import pytest
from django.core.management import call_command, execute_from_command_line
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from rightshouse.users.tests.helpers import recovery_codes


def test_reset_removes_the_app_and_the_codes_and_enrolment_starts_again(admin_client, admin_user):
    recovery_codes(admin_user)
    out = StringIO()

    call_command("reset_two_factor", "admin", stdout=out)

    assert "reset for 'admin'" in out.getvalue()
    assert not TOTPDevice.objects.filter(user=admin_user).exists()
    assert not StaticDevice.objects.filter(user=admin_user).exists()
    # The session verified with the old app is no longer verified.
    assert admin_client.get("/admin/")["Location"].startswith("/admin/two-factor/enrol/")


def test_reset_of_a_user_without_two_factor_says_so(admin_user):
    out = StringIO()
    call_command("reset_two_factor", "admin", stdout=out)
    assert "had no two-factor authentication" in out.getvalue()


def test_reset_of_an_unknown_user_fails_clearly(db, capsys):
    with pytest.raises(SystemExit) as exit_info:
        execute_from_command_line(["manage.py", "reset_two_factor", "nobody"])
    assert exit_info.value.code != 0
    assert "No user called 'nobody'" in capsys.readouterr().err
