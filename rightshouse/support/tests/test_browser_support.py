"""Asking for support end to end in real Chromium, as people do it (issue 10, item 11): an
applicant with JavaScript off asks for support with a document and takes a receipt; a case
handler unlocks their key with the passphrase, opens the case from the queue, reads the
request and the document's name, downloads the document and replies; the applicant comes
back with the receipt, JavaScript still off, and reads the reply. The public pages pass axe
(WCAG 2.1 AA) as the applicant saw them, and nothing is requested from another host.
"""

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import translation
from nacl import pwhash
from playwright.sync_api import expect

from rightshouse.conftest import verified_session_cookie
from rightshouse.core.tests.test_accessibility import AXE_PATH, WCAG_TAGS
from rightshouse.core.tests.test_browser import browser  # noqa: F401  (shared fixture)
from rightshouse.users import roles

from .. import crypto, keys
from ..models import AuditAction, AuditEntry, Case, Record, RecordKind

pytestmark = pytest.mark.browser

PASSPHRASE = "a handler's long passphrase for the browser test"
STORY = "BROWSERMARKER our office was searched and the computers were taken"
FILE_NAME = "search-record.txt"
FILE_BYTES = "BROWSERMARKER file: протакол ператрусу\n".encode() * 20
REPLY = "We have read your request. A lawyer will write to you here within two days."
TIMEOUT_MS = 15_000


@pytest.fixture(name="fast_argon2", autouse=True)
def fast_argon2_fixture(monkeypatch):
    """The cheapest Argon2id for the handler key (read at call time, also by the server's
    threads, which share this process)."""
    monkeypatch.setattr(crypto, "PASSPHRASE_OPSLIMIT", pwhash.argon2id.OPSLIMIT_MIN)
    monkeypatch.setattr(crypto, "PASSPHRASE_MEMLIMIT", pwhash.argon2id.MEMLIMIT_MIN)


def case_handler():
    """A member of the Case handlers group with a handler key, and the recovery key made."""
    roles.set_up_roles(index_pages=[])
    user = get_user_model().objects.create_user(
        "handler", email="handler@example.org", password="not-used-here"
    )
    user.groups.add(Group.objects.get(name=roles.CASE_HANDLERS))
    keys.create_handler_key(user, PASSPHRASE)
    keys.create_recovery_key()
    return user


def axe_problems(axe_context, url, html=None):
    """axe's WCAG findings on `url`, or on `html` (a page the applicant got from a POST) served
    at `url` so that its styles load as they did."""
    tab = axe_context.new_page()
    if html is not None:
        tab.route(
            url,
            lambda route: route.fulfill(
                status=200, content_type="text/html; charset=utf-8", body=html
            ),
        )
    assert tab.goto(url).status == 200, url
    tab.evaluate(AXE_PATH.read_text())
    result = tab.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_TAGS
    )
    tab.close()
    return [
        f"{v['id']}: {v['help']} ({[n['target'] for n in v['nodes']][:3]})"
        for v in result["violations"]
    ]


def test_apply_with_a_document_handler_replies_applicant_reads_it_without_javascript(
    transactional_db,
    small_site,
    live_server,
    browser,  # noqa: F811
):
    handler = case_handler()
    requested_hosts = set()
    applicant_context = browser.new_context(java_script_enabled=False, locale="en-GB")
    applicant_context.on("request", lambda request: requested_hosts.add(request.url.split("/")[2]))
    applicant = applicant_context.new_page()
    applicant.set_default_timeout(TIMEOUT_MS)
    # axe is the test's script, not the site's: a context of its own may run it.
    axe_context = browser.new_context(bypass_csp=True, locale="en-GB")
    apply_url = f"{live_server.url}/en/support/request/"
    come_back_url = f"{live_server.url}/en/support/case/"

    # --- the applicant asks for support, with a document, and takes a receipt -------------
    problems = axe_problems(axe_context, apply_url)
    assert not problems, problems
    assert applicant.goto(apply_url).status == 200
    applicant.get_by_label("What happened").fill(STORY)
    applicant.get_by_label("Legal", exact=True).check()
    applicant.get_by_label("Documents (optional)").set_input_files(
        {"name": FILE_NAME, "mimeType": "text/plain", "buffer": FILE_BYTES}
    )
    for field in ("consent_contact", "consent_share", "consent_reports"):
        applicant.locator(f"input[name='{field}'][value='no']").check()
    expect(applicant.get_by_label("Give me a receipt to come back")).to_be_checked()
    applicant.get_by_role("button", name="Send").click()
    expect(applicant.locator("h1")).to_have_text("Your request has been sent")
    receipt = applicant.locator(".support-receipt__words").inner_text().strip()
    assert len(receipt.split()) == 7, receipt
    problems = axe_problems(axe_context, applicant.url, html=applicant.content())
    assert not problems, problems
    case = Case.objects.get()
    assert list(case.handlers.all()) == [handler]
    assert case.records.filter(kind=RecordKind.ATTACHMENT).count() == 1

    # --- the handler unlocks their key, opens the case, reads, downloads, replies ----------
    staff = browser.new_context(java_script_enabled=False, locale="en-GB")
    staff.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": verified_session_cookie(handler),
                "url": live_server.url,
            }
        ]
    )
    admin = staff.new_page()
    admin.set_default_timeout(TIMEOUT_MS)
    admin.goto(f"{live_server.url}/admin/support/")
    assert "/admin/support/unlock/" in admin.url  # locked: the queue asks for the passphrase
    admin.get_by_label("Your handler passphrase").fill(PASSPHRASE)
    admin.get_by_role("button", name="Unlock").click()
    assert admin.url == f"{live_server.url}/admin/support/"
    with translation.override("en"):
        case_title = str(case)
    admin.get_by_role("link", name=case_title).click()
    assert admin.url == f"{live_server.url}/admin/support/case/{case.pk}/"
    records = admin.locator("main").inner_text()
    assert STORY in records
    assert FILE_NAME in records
    with admin.expect_download() as download:
        admin.get_by_role("link", name="Download").click()
    assert download.value.path().read_bytes() == FILE_BYTES
    reply_form = admin.locator("form[aria-labelledby='reply-heading']")
    reply_form.get_by_label("Reply to the applicant").fill(REPLY)
    reply_form.get_by_role("button", name="Save").click()
    expect(admin.locator(".messages")).to_contain_text("Your reply was saved.")
    staff.close()
    assert Record.objects.filter(case=case, kind=RecordKind.FROM_HANDLER).count() == 1
    actions = set(AuditEntry.objects.filter(case_number=case.pk).values_list("action", flat=True))
    assert {AuditAction.VIEWED, AuditAction.DOWNLOADED, AuditAction.REPLIED} <= actions

    # --- the applicant comes back with the receipt and reads the reply --------------------
    problems = axe_problems(axe_context, come_back_url)
    assert not problems, problems
    assert applicant.goto(come_back_url).status == 200
    applicant.get_by_label("Your receipt").fill(receipt)
    applicant.get_by_role("button", name="Open").click()
    expect(applicant.locator("h1")).to_have_text("Your request and our replies")
    conversation = applicant.locator(".support-conversation")
    expect(conversation.locator(".support-message--from_handler")).to_contain_text(REPLY)
    expect(conversation.locator(".support-message--request")).to_contain_text(STORY)
    expect(conversation.locator(".support-message--attachment")).to_contain_text(FILE_NAME)
    problems = axe_problems(axe_context, applicant.url, html=applicant.content())
    assert not problems, problems
    assert requested_hosts == {live_server.url.split("/")[2]}
    applicant_context.close()
    axe_context.close()
