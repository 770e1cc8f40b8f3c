"""The demo's support service, built on the small site: what it prints is enough to try both
sides. The handler unlocks with the printed passphrase and opens both cases (in the admin
too), the printed receipt opens the request with the handler's reply, and the printed
recovery key opens both cases offline."""

import html
import json
import re

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice
from nacl import pwhash

from rightshouse.conftest import log_in_with_second_factor
from rightshouse.core.demo import DemoContext
from rightshouse.users import demo_content as demo_accounts
from rightshouse.users import roles

from .. import cases, crypto, demo, keys
from ..models import CaseKind, KeyKind, RecordKind, SealedCaseKey

EN = {"HTTP_ACCEPT_LANGUAGE": "en"}


@pytest.fixture(name="fast_argon2", autouse=True)
def fast_argon2_fixture(monkeypatch):
    """The cheapest Argon2id for the handler key (the demo itself uses the real cost)."""
    monkeypatch.setattr(crypto, "PASSPHRASE_OPSLIMIT", pwhash.argon2id.OPSLIMIT_MIN)
    monkeypatch.setattr(crypto, "PASSPHRASE_MEMLIMIT", pwhash.argon2id.MEMLIMIT_MIN)


@pytest.fixture(name="built")
def built_fixture(small_site):
    ctx = DemoContext(locales=small_site.locales, homes=small_site.homes)
    demo.build(ctx)
    printed = demo.demo_notice(ctx.support)  # what build_demo prints
    roles.set_up_roles(index_pages=[])  # what users' demo `finish` does before this one
    demo.finish(ctx)
    return ctx, printed


def printed_value(printed, label):
    match = re.search(rf"{label}[^:]*: (.+)$", printed, re.MULTILINE)
    assert match, (label, printed)
    return match.group(1).strip()


def test_the_demo_prints_its_secrets_marked_demo_only(built):
    ctx, printed = built
    assert printed.count("DEMO ONLY") >= 3
    assert printed_value(printed, "passphrase") == demo.DEMO_PASSPHRASE
    recovery = printed_value(printed, "recovery private key")
    assert re.fullmatch(r"[0-9a-f]{64}", recovery)
    assert printed_value(printed, "receipt of demo case") == ctx.support["receipt"]
    assert demo_accounts.DEMO_PASSWORD in printed


def test_the_handler_unlocks_with_the_printed_passphrase_and_opens_both_cases(built):
    ctx, printed = built
    handler = ctx.support["handler"]
    assert handler.check_password(demo_accounts.DEMO_PASSWORD)
    assert TOTPDevice.objects.filter(user=handler, confirmed=True).exists()
    assert handler.groups.filter(name=roles.CASE_HANDLERS).exists()
    assert handler.has_perm("support.handle_cases")

    private_key = keys.unlock(handler, printed_value(printed, "passphrase"))
    request, offer = ctx.support["request"], ctx.support["offer"]
    assert set(handler.support_cases.all()) == {request, offer}
    assert (request.kind, offer.kind) == (CaseKind.REQUEST, CaseKind.OFFER)
    for case in (request, offer):
        case_key = cases.case_key_for_handler(case, keys.handler_key(handler), private_key)
        opened = cases.open_records(case, case_key)
        assert opened and not [item for item in opened if item.damaged]
    request_key = cases.case_key_for_handler(request, keys.handler_key(handler), private_key)
    texts = {item.record.kind: item.plaintext for item in cases.open_records(request, request_key)}
    assert json.loads(texts[RecordKind.REQUEST])["what"] == demo.REQUEST["what"]
    assert texts[RecordKind.FROM_HANDLER].decode() == demo.REPLY


def test_the_handler_reads_both_cases_in_the_admin(built):
    ctx, printed = built
    client = log_in_with_second_factor(Client(), ctx.support["handler"])
    unlocked = client.post(
        reverse("support_cases:unlock"), {"passphrase": printed_value(printed, "passphrase")}, **EN
    )
    assert unlocked.status_code == 302
    queue = client.get(reverse("support_cases:index"), **EN)
    assert queue.status_code == 200
    for case, words in ((ctx.support["request"], demo.REPLY), (ctx.support["offer"], "Lithuania")):
        page = client.get(reverse("support_cases:case", args=[case.pk]), **EN)
        assert page.status_code == 200
        assert words in page.content.decode()


def test_the_printed_receipt_opens_the_request_with_the_reply(built, client):
    ctx, printed = built
    receipt = printed_value(printed, "receipt of demo case")
    found, _case_key = cases.case_for_receipt(receipt)
    assert found == ctx.support["request"]
    page = client.post(reverse("support:case"), {"receipt": receipt}, **EN)
    assert page.status_code == 200
    assert demo.REPLY in page.content.decode()
    assert html.escape(demo.REQUEST["what"]) in page.content.decode()


def test_the_printed_recovery_key_opens_both_cases(built):
    ctx, printed = built
    recovery_private = bytes.fromhex(printed_value(printed, "recovery private key"))
    for case in (ctx.support["request"], ctx.support["offer"]):
        sealed = SealedCaseKey.objects.get(case=case, recipient__kind=KeyKind.RECOVERY)
        case_key = crypto.unseal(recovery_private, sealed.sealed)
        assert not [item for item in cases.open_records(case, case_key) if item.damaged]


def test_the_case_handlers_group_is_the_demo_handlers(built):
    group = Group.objects.get(name=roles.CASE_HANDLERS)
    assert list(group.user_set.values_list("username", flat=True)) == ["handler"]
