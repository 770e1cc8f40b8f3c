"""The demo's support service (see rightshouse.core.demo): a recovery key, a case handler
("handler", with the demo accounts' password and authenticator secret) whose handler key
opens with DEMO_PASSPHRASE, and two cases made through `cases`: a request with a receipt and
a handler's reply, and an offer of support.

The passphrase, the recovery private key and the receipt are printed once, marked DEMO ONLY:
they are what a tester needs to try both sides, and the recovery key is made fresh for each
demo database (build_demo runs only on an empty one). A real site makes its keys with the
support_recovery_key and support_handler_key commands, which print nothing a demo would.
"""

import json

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from rightshouse.users import demo as users_demo
from rightshouse.users import demo_content as demo_accounts
from rightshouse.users import roles

from . import cases, keys
from .models import CaseKind, RecordKind

DEMO_PASSPHRASE = "rights house demo handler passphrase"  # noqa: S105 (demo only, printed)
HANDLER = {
    "username": "handler",
    "first_name": "Hanna",
    "last_name": "Demo-Handler",
    "email": "handler@example.org",
    "role": roles.CASE_HANDLERS,
    "language": "en",
}
REQUEST = {
    "who": "organisation",
    "what": (
        "Demo case. Our initiative's office was searched last week and our laptops were "
        "taken. We need a lawyer and advice on securing our accounts."
    ),
    "help": ["legal", "digital_security"],
    "other": "",
}
CONSENT = {"contact": True, "share_with_partner": True, "anonymised_reports": False}
REPLY = (
    "Demo reply. Thank you for writing to us. A lawyer from a partner organisation can help; "
    "may we share your request with them?"
)
OFFER = {
    "who": "organisation",
    "help": ["legal"],
    "other": "",
    "languages": "Belarusian, Russian, English",
    "capacity": "Two cases a month, in Lithuania and Poland.",
}
OFFER_CONTACT = "Demo contact: offers@example.org"


def _json(data):
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()


def build(ctx):
    """The keys, the handler and the two cases; prints what a tester needs (DEMO ONLY)."""
    recovery_private = keys.create_recovery_key()
    handler = users_demo.create_account(HANDLER)
    keys.create_handler_key(handler, DEMO_PASSPHRASE)
    request, receipt = cases.create_case(
        [(RecordKind.REQUEST, _json(REQUEST)), (RecordKind.CONSENT, _json(CONSENT))],
        with_receipt=True,
        kind=CaseKind.REQUEST,
    )
    # The receipt's Argon2 is cheaper than unlocking the handler key a second time.
    _request, case_key = cases.case_for_receipt(receipt)
    cases.reply(request, case_key, REPLY, handler)
    offer, _no_receipt = cases.create_case(
        [(RecordKind.REQUEST, _json(OFFER)), (RecordKind.CONTACT, OFFER_CONTACT.encode())],
        kind=CaseKind.OFFER,
    )
    ctx.support = {
        "handler": handler,
        "passphrase": DEMO_PASSPHRASE,
        "recovery_private_key": recovery_private,
        "receipt": receipt,
        "request": request,
        "offer": offer,
    }
    return ctx.support


def finish(ctx):
    """The handler in the Case handlers group, once users' `finish` has set up the roles."""
    handler = get_user_model().objects.get_by_natural_key(HANDLER["username"])
    handler.groups.add(Group.objects.get(name=HANDLER["role"]))


def demo_notice(support):
    return (
        "Demo support service (DEMO ONLY: these secrets are printed because this is a demo):\n"
        f"  case handler: log in as {HANDLER['username']!r} with password "
        f"{demo_accounts.DEMO_PASSWORD!r} and the authenticator secret "
        f"{demo_accounts.DEMO_TOTP_SECRET}, then unlock\n"
        f"  'Support cases' with the passphrase: {support['passphrase']}\n"
        f"  recovery private key (DEMO ONLY, for tools/support_decrypt.py): "
        f"{support['recovery_private_key']}\n"
        f"  receipt of demo case {support['request'].pk} (DEMO ONLY, at /en/support/case/): "
        f"{support['receipt']}"
    )
