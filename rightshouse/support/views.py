"""The public side of the support service: asking for support (with attachments), offering
it, and coming back with a receipt to read replies and answer.

- Fail closed: without a recovery key and a handler key every form answers 503 and reads
  nothing (keys.is_available).
- Uploads: the request form's view is exempt from the CSRF middleware only so that it can
  replace the upload handlers before the body is read (Django's "modifying upload handlers
  on the fly"); the CSRF check then runs inside, with the encrypting handler in place. The
  other forms get no upload handler at all: a file sent to them is read and dropped.
- Everything sent goes into cases.create_case, encrypted; nothing is logged. The pages are
  never cached nor indexed; their titles and addresses say nothing of a case.
- Coming back: the receipt is only ever POSTed. Wrong and unknown receipts get the same
  answer; wrong ones are counted (core.throttle, no addresses) and past the ceiling refused
  before any Argon2 work.
"""

import json
import uuid
from functools import wraps

from django.conf import settings
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_http_methods

from rightshouse.core import throttle
from rightshouse.core.decorators import private_page

from . import cases, keys, notifications, receipts, uploads
from .forms import (
    HELP_CHOICES,
    WHO_CHOICES,
    AnswerForm,
    ReceiptForm,
    SupportOfferForm,
    SupportRequestForm,
)
from .models import Case, CaseKind, RecordKind

RECEIPT_SCOPE = "support-receipt"
SHOWN_TO_APPLICANT = [
    RecordKind.REQUEST,
    RecordKind.ATTACHMENT,
    RecordKind.FROM_APPLICANT,
    RecordKind.FROM_HANDLER,
]


def without_uploads(view):
    """The CSRF check after the upload handlers are gone: files sent here are dropped."""
    protected = csrf_protect(view)

    @csrf_exempt
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        request.upload_handlers = []
        return protected(request, *args, **kwargs)

    return wrapped


def over_daily_limit():
    return Case.objects.filter(created_on=cases.today()).count() >= settings.SUPPORT_CASES_PER_DAY


def unavailable(request):
    return render(request, "support/unavailable.html", status=503)


def _limits():
    megabyte = 1024 * 1024
    return {
        "max_files": uploads.MAX_FILES,
        "max_file_mb": uploads.max_file_bytes() // megabyte,
        "max_total_mb": uploads.max_request_bytes() // megabyte,
    }


def _too_large(request):
    return render(request, "support/too_large.html", _limits(), status=413)


def _render_apply(request, form, status=200):
    return render(request, "support/apply.html", {"form": form, **_limits()}, status=status)


# --- asking for support ------------------------------------------------------------------


@private_page
@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def apply(request):
    if not keys.is_available():
        return unavailable(request)
    if request.method != "POST":
        return _render_apply(request, SupportRequestForm())
    if uploads.too_large(request):
        return _too_large(request)
    case_uid = uuid.uuid4()
    handler = uploads.EncryptingUploadHandler(case_uid, request)
    request.upload_handlers = [handler]
    try:
        return _apply_sent(request, handler, case_uid)
    finally:
        handler.discard()  # whatever the case did not take


@csrf_protect
def _apply_sent(request, handler, case_uid):
    form = SupportRequestForm(request.POST)
    if handler.refused == "incomplete":
        return render(request, "support/incomplete.html", status=400)
    if handler.refused:
        return _too_large(request)
    if form.is_robot():
        receipt = receipts.new_receipt() if request.POST.get("reply") != "no_contact" else None
        return render(request, "support/apply_done.html", {"receipt": receipt})
    if not form.is_valid():
        if handler.files:
            form.add_error(None, _files_not_kept())
        return _render_apply(request, form)
    if over_daily_limit():
        form.add_error(None, _busy())
        return _render_apply(request, form, status=429)
    files = handler.files
    try:
        case, receipt = cases.create_case(
            form.records(),
            encrypted_files=[(file.stored_name, file.meta()) for file in files],
            with_receipt=form.with_receipt,
            kind=CaseKind.REQUEST,
            uid=case_uid,
        )
    except keys.NoKeys:
        return unavailable(request)
    handler.claim()
    notifications.notify_handlers_after_commit(case.pk)
    return render(request, "support/apply_done.html", {"receipt": receipt})


def _files_not_kept():
    return _("Your files were not kept: attach them again before sending.")


def _busy():
    return _(
        "The service has received too many requests today. Please try again tomorrow, or "
        "reach us another way."
    )


# --- offering support -----------------------------------------------------------------------


@private_page
@without_uploads
@require_http_methods(["GET", "HEAD", "POST"])
def offer(request):
    if not keys.is_available():
        return unavailable(request)
    if request.method != "POST":
        return render(request, "support/offer.html", {"form": SupportOfferForm()})
    form = SupportOfferForm(request.POST)
    if form.is_robot():
        return render(request, "support/offer_done.html")
    if form.is_valid() and over_daily_limit():
        form.add_error(None, _busy())
    elif form.is_valid():
        try:
            case, no_receipt = cases.create_case(form.records(), kind=CaseKind.OFFER)
        except keys.NoKeys:
            return unavailable(request)
        notifications.notify_handlers_after_commit(case.pk)
        return render(request, "support/offer_done.html")
    return render(request, "support/offer.html", {"form": form})


# --- coming back with a receipt -------------------------------------------------------------


@private_page
@without_uploads
@require_http_methods(["GET", "HEAD", "POST"])
def case(request):
    if request.method != "POST":
        return render(request, "support/come_back.html", {"form": ReceiptForm()})
    sent_receipt = request.POST.get("receipt", "")
    answering = "message" in request.POST
    form = (AnswerForm if answering else ReceiptForm)(request.POST)
    # Malformed input never reaches Argon2; it counts as a wrong receipt all the same.
    normalised = receipts.normalise(sent_receipt) if form.is_valid() or answering else None
    target = normalised or "-"
    if throttle.is_refused(RECEIPT_SCOPE, target):
        context = {"form": ReceiptForm(), "wait_minutes": throttle.wait_minutes()}
        return render(request, "support/come_back.html", context, status=429)
    found, case_key = cases.case_for_receipt(normalised) if normalised else (None, None)
    if found is None:
        throttle.record_failure(RECEIPT_SCOPE, target)
        return render(request, "support/come_back.html", {"form": ReceiptForm(), "wrong": True})
    throttle.forget_failures(RECEIPT_SCOPE, target)
    sent = False
    if answering and form.is_valid():
        cases.add_record(
            found, case_key, RecordKind.FROM_APPLICANT, form.cleaned_data["message"].encode()
        )
        cases.touch(found)
        notifications.notify_handlers_after_commit(found.pk)
        sent = True
        form = AnswerForm(initial={"receipt": normalised})
    elif not answering:
        form = AnswerForm(initial={"receipt": normalised})
    context = {
        "form": form,
        "items": conversation(found, case_key),
        "sent": sent,
    }
    return render(request, "support/case.html", context)


def conversation(case, case_key):
    """The records the applicant sees, as {kind, damaged, ...} for the template."""
    items = []
    for opened in cases.open_records(case, case_key, SHOWN_TO_APPLICANT):
        items.append(_shown(opened))
    return items


def _shown(opened):
    kind = opened.record.kind
    item = {"kind": kind, "created_on": opened.record.created_on, "damaged": True}
    if opened.damaged:
        return item
    try:
        text = opened.plaintext.decode("utf-8")
        data = json.loads(text) if kind in (RecordKind.REQUEST, RecordKind.ATTACHMENT) else None
    except (UnicodeDecodeError, ValueError):
        return item
    if kind == RecordKind.REQUEST:
        if not isinstance(data, dict):
            return item
        who = dict(WHO_CHOICES).get(data.get("who"), "")
        labels = dict(HELP_CHOICES)
        chosen = data.get("help") if isinstance(data.get("help"), list) else []
        help_needed = [labels[key] for key in chosen if isinstance(key, str) and key in labels]
        item.update(
            who=who, what=str(data.get("what") or ""), help=help_needed, other=data.get("other")
        )
    elif kind == RecordKind.ATTACHMENT:
        if not isinstance(data, dict):
            return item
        size = data.get("size")
        item.update(
            name=uploads.safe_display_name(data.get("name")),
            size=size if isinstance(size, int) else None,
        )
    else:
        item["text"] = text
    item["damaged"] = False
    return item
