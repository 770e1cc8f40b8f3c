"""The key commands, the Case handlers role, and handlers' notifications."""

import io
from pathlib import Path
from unittest import mock

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import CommandError, call_command

from rightshouse.support import keys, notifications
from rightshouse.support.models import RecipientKey
from rightshouse.users import roles

from .helpers import PASSPHRASE, make_handler, new_case

pytestmark = pytest.mark.django_db


def run(*arguments, stdin=""):
    out = io.StringIO()
    with mock.patch("sys.stdin", io.StringIO(stdin)):
        call_command(*arguments, stdout=out)
    return out.getvalue()


def test_the_recovery_key_is_printed_once_and_not_replaced_by_accident(db):
    output = run("support_recovery_key")
    private_hex = output.strip().splitlines()[-1]
    assert len(bytes.fromhex(private_hex)) == 32
    assert "offline" in output
    stored = keys.recovery_key()
    assert stored.private_key_salt is None and stored.wrapped_private_key is None
    with pytest.raises(CommandError):
        run("support_recovery_key")
    assert RecipientKey.objects.filter(kind="recovery").count() == 1
    run("support_recovery_key", "--replace")
    assert keys.recovery_key().pk != stored.pk


def test_a_handler_key_from_stdin(django_user_model):
    user = make_handler(django_user_model, "newcomer", with_key=False)
    output = run("support_handler_key", "newcomer", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert PASSPHRASE not in output
    assert len(keys.unlock(user, PASSPHRASE)) == 32


def test_a_new_key_carries_the_handlers_cases_over_with_the_current_passphrase(handler):
    from rightshouse.support import cases

    case = new_case()
    new = "a brand new passphrase"
    with pytest.raises(CommandError, match="wrong"):
        run("support_handler_key", "handler", "--passphrase-stdin", stdin=f"{new}\nwrong one\n")
    assert keys.unlock(handler, PASSPHRASE)  # nothing changed
    output = run(
        "support_handler_key", "handler", "--passphrase-stdin", stdin=f"{new}\n{PASSPHRASE}\n"
    )
    assert "sealed to the new key" in output
    private = keys.unlock(handler, new)
    case_key = cases.case_key_for_handler(case, keys.handler_key(handler), private)
    assert cases.open_records(case, case_key)[0].plaintext


def test_a_new_key_without_the_current_passphrase_leaves_the_cases_closed(handler):
    from rightshouse.support import cases, crypto

    case = new_case()
    new = "a brand new passphrase"
    output = run("support_handler_key", "handler", "--passphrase-stdin", stdin=f"{new}\n\n")
    assert "reassign" in output
    with pytest.raises(crypto.Damaged):
        cases.case_key_for_handler(case, keys.handler_key(handler), keys.unlock(handler, new))


def test_a_short_passphrase_or_unknown_user_is_refused(django_user_model):
    make_handler(django_user_model, "newcomer", with_key=False)
    with pytest.raises(CommandError, match="12"):
        run("support_handler_key", "newcomer", "--passphrase-stdin", stdin="short\n")
    with pytest.raises(CommandError):
        run("support_handler_key", "nobody", "--passphrase-stdin", stdin=PASSPHRASE)
    assert not RecipientKey.objects.exists()


def test_the_passphrase_is_asked_twice(django_user_model):
    user = make_handler(django_user_model, "newcomer", with_key=False)
    twice = mock.patch("getpass.getpass", side_effect=[PASSPHRASE, PASSPHRASE + "x"])
    with twice, pytest.raises(CommandError, match="differ"):
        run("support_handler_key", "newcomer")
    with mock.patch("getpass.getpass", side_effect=[PASSPHRASE, PASSPHRASE]):
        run("support_handler_key", "newcomer")
    assert keys.handler_key(user) is not None


def test_the_case_handlers_group(db, django_user_model):
    roles.set_up_roles(index_pages=[])
    roles.set_up_roles(index_pages=[])  # idempotent
    group = Group.objects.get(name=roles.CASE_HANDLERS)
    assert sorted(p.codename for p in group.permissions.all()) == ["access_admin", "handle_cases"]
    user = django_user_model.objects.create_user("member")
    user.groups.add(group)
    assert user.has_perm("support.handle_cases")


def test_handlers_are_told_without_content(handler, settings):
    settings.WAGTAILADMIN_BASE_URL = "https://admin.example"
    case = new_case()
    notifications.notify_handlers.enqueue(case.pk)
    (message,) = mail.outbox
    assert message.to == ["handler@example.org"]
    assert "https://admin.example/admin/support/" in message.body
    assert "MARKER" not in message.body + message.subject
    assert str(case.pk) not in message.subject


def test_a_failed_sending_is_tried_again_and_the_case_stays(handler):
    case = new_case()
    calls = []

    def flaky(*args, **kwargs):
        calls.append(args)
        if len(calls) < 3:
            raise OSError("mail server down")
        return 1

    with mock.patch.object(notifications, "send_mail", side_effect=flaky):
        notifications.notify_handlers.enqueue(case.pk)
    assert len(calls) == 3
    case.refresh_from_db()


def test_sending_gives_up_after_the_last_attempt(handler):
    case = new_case()
    with mock.patch.object(notifications, "send_mail", side_effect=OSError) as send:
        notifications.notify_handlers.enqueue(case.pk)
    assert send.call_count == notifications.MAX_ATTEMPTS


def test_the_offline_tool_needs_no_django():
    source = (Path(settings.BASE_DIR) / "tools" / "support_decrypt.py").read_text()
    assert "django" not in source.lower().replace("rightshouse", "")
