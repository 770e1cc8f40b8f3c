"""The handler's queue, unlocking, and a case page with its actions.

Every case view checks, in this order: the support permission; that the case is theirs
(assigned, and they have a handler key) — if not, 403 and a REFUSED audit entry; that their
key is unlocked in this browser (session_keys) — if not, the Unlock page. Every read,
download, export, reassignment and deletion writes an audit entry; nothing of a case's
content is logged or put in a URL.
"""

import re
import unicodedata
from itertools import chain

from django.contrib.auth import get_user_model
from django.http import Http404, HttpResponse, HttpResponseForbidden, StreamingHttpResponse
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView, View
from wagtail.admin import messages
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSet

from rightshouse.core import throttle

from .. import cases, crypto, export, keys, matching, session_keys
from ..models import AuditAction, Case, CaseKind, RecordKind
from . import display
from .forms import DeleteForm, MatchForm, ReassignForm, ReplyForm, StatusForm, UnlockForm

PERMISSION = "support.handle_cases"
UNLOCK_SCOPE = "support-unlock"
INDEX = "support_cases:index"


def case_url(case):
    return reverse("support_cases:case", args=[case.pk])


def no_store(response):
    response["Cache-Control"] = "no-store"
    return response


class Refused(Exception):
    """Not this handler's case, or not a handler at all."""


def refused():
    # A 403 of our own: Wagtail turns a PermissionDenied into a redirect to the dashboard.
    return HttpResponseForbidden(
        _("You may not open this support case."), content_type="text/plain"
    )


class HandlerView(WagtailAdminTemplateMixin):
    header_icon = "lock"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(PERMISSION):
            return refused()
        try:
            return self.handle(request, *args, **kwargs)
        except Refused:
            return refused()

    def handle(self, request, *args, **kwargs):
        return super().dispatch(request, *args, **kwargs)

    def send_to_unlock(self):
        return redirect(f"{reverse('support_cases:unlock')}?next={self.request.path}")

    def get_breadcrumbs_items(self):
        items = [*self.breadcrumbs_items, {"url": reverse(INDEX), "label": _("Support cases")}]
        if self.get_page_title() != items[-1]["label"]:
            items.append({"url": "", "label": self.get_page_title()})
        else:
            items[-1]["url"] = ""
        return items


class QueueView(HandlerView, TemplateView):
    """The cases assigned to the handler: numbers, kinds, statuses, days; no content."""

    template_name = "support/admin/queue.html"
    page_title = gettext_lazy("Support cases")

    def get(self, request, *args, **kwargs):
        has_key = keys.handler_key(request.user) is not None
        if has_key and not session_keys.is_unlocked(request):
            return self.send_to_unlock()
        context = self.get_context_data(
            has_key=has_key,
            cases=request.user.support_cases.all() if has_key else Case.objects.none(),
        )
        return no_store(self.render_to_response(context))


class UnlockView(HandlerView, TemplateView):
    template_name = "support/admin/unlock.html"
    page_title = gettext_lazy("Unlock")

    def get(self, request, *args, **kwargs):
        return self.render_form(UnlockForm())

    def render_form(self, form, refused=False):
        has_key = keys.handler_key(self.request.user) is not None
        context = self.get_context_data(form=form, has_key=has_key, next=self._next())
        return no_store(self.render_to_response(context, status=429 if refused else 200))

    def _next(self):
        target = self.request.POST.get("next") or self.request.GET.get("next") or ""
        if target.startswith(session_keys.cookie_path()) and url_has_allowed_host_and_scheme(
            target, allowed_hosts={self.request.get_host()}
        ):
            return target
        return reverse(INDEX)

    def post(self, request, *args, **kwargs):
        form = UnlockForm(request.POST)
        target = str(request.user.pk)
        if throttle.is_refused(UNLOCK_SCOPE, target):
            form.add_error(
                None,
                _("Too many wrong passphrases. Try again in %(minutes)s minutes.")
                % {"minutes": throttle.wait_minutes()},
            )
            return self.render_form(form, refused=True)
        if not form.is_valid():
            return self.render_form(form)
        try:
            private_key = keys.unlock(request.user, form.cleaned_data["passphrase"])
        except keys.NoKeys:
            form.add_error(None, _("You have no handler key. Ask an administrator to make one."))
            return self.render_form(form)
        except (crypto.Damaged, ValueError):
            throttle.record_failure(UNLOCK_SCOPE, target)
            form.add_error("passphrase", _("This passphrase does not unlock your key."))
            return self.render_form(form)
        throttle.forget_failures(UNLOCK_SCOPE, target)
        response = redirect(self._next())
        session_keys.unlock_session(request, response, private_key)
        return response


class LockView(HandlerView, View):
    def post(self, request, *args, **kwargs):
        response = redirect("wagtailadmin_home")
        session_keys.lock(request, response)
        messages.success(request, _("Your handler key is locked."))
        return response


class CaseAccessMixin(HandlerView):
    """Finds the case and its key for this handler, or refuses (403 and an audit entry)."""

    def open_case(self, request, case_id):
        """(case, case key) or a response to return instead."""
        case = Case.objects.filter(pk=case_id).first()
        if case is None:
            raise Http404
        handler_key = keys.handler_key(request.user)
        if handler_key is None or not case.handlers.filter(pk=request.user.pk).exists():
            cases.audit(case.pk, AuditAction.REFUSED, request.user)
            raise Refused
        private_key = session_keys.private_key_of(request)
        if private_key is None:
            return case, self.send_to_unlock()
        try:
            return case, cases.case_key_for_handler(case, handler_key, private_key)
        except crypto.Damaged:
            cases.audit(case.pk, AuditAction.REFUSED, request.user)
            messages.error(request, _("This case's key does not open with your key."))
            return case, redirect(INDEX)


class CaseView(CaseAccessMixin, TemplateView):
    template_name = "support/admin/case.html"

    def get_page_title(self):
        return str(self.case)

    def handle(self, request, *args, **kwargs):
        self.case, opened = self.open_case(request, kwargs["case_id"])
        if not isinstance(opened, bytes):
            return opened
        self.case_key = opened
        return super().handle(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        return self.show()

    def show(self, bound=None, status=200):
        case, user = self.case, self.request.user
        records = [display.shown(item) for item in cases.open_records(case, self.case_key)]
        cases.audit(case.pk, AuditAction.VIEWED, user)
        forms = {
            "reply": ReplyForm(auto_id="reply-%s"),
            "status": StatusForm(auto_id="status-%s", initial={"status": case.status}),
            "reassign": ReassignForm(
                auto_id="reassign-%s",
                initial={
                    "handlers": [str(pk) for pk in case.handlers.values_list("pk", flat=True)]
                },
            ),
            "delete": DeleteForm(auto_id="delete-%s"),
        }
        if case.kind == CaseKind.REQUEST:
            forms["match"] = MatchForm(auto_id="match-%s", user=user)
        forms.update(bound or {})
        context = self.get_context_data(
            case=case, records=records, forms=forms, handlers=case.handlers.all()
        )
        return no_store(self.render_to_response(context, status=status))

    def post(self, request, *args, **kwargs):
        actions = {
            "reply": (ReplyForm, {}, self._reply),
            "status": (StatusForm, {}, self._status),
            "reassign": (ReassignForm, {}, self._reassign),
            "delete": (DeleteForm, {}, self._delete),
        }
        if self.case.kind == CaseKind.REQUEST:
            actions["match"] = (MatchForm, {"user": request.user}, self._match)
        action = request.POST.get("action")
        if action not in actions:
            messages.error(request, _("This action is not available for this case."))
            return redirect(case_url(self.case))
        form_class, form_kwargs, step = actions[action]
        form = form_class(request.POST, auto_id=f"{action}-%s", **form_kwargs)
        if form.is_valid():
            try:
                return step(form)
            except matching.MatchRefused as refusal:
                form.add_error(None, str(refusal))
        return self.show(bound={action: form}, status=400)

    def _reply(self, form):
        cases.reply(self.case, self.case_key, form.cleaned_data["text"], self.request.user)
        messages.success(self.request, _("Your reply was saved."))
        return redirect(case_url(self.case))

    def _status(self, form):
        cases.set_status(self.case, form.cleaned_data["status"], self.request.user)
        messages.success(
            self.request,
            _("The case is now “%(status)s”.") % {"status": self.case.get_status_display()},
        )
        return redirect(case_url(self.case))

    def _reassign(self, form):
        users = get_user_model().objects.filter(pk__in=form.users())
        cases.reseal_for(self.case, self.case_key, users)
        cases.touch(self.case)
        cases.audit(self.case.pk, AuditAction.REASSIGNED, self.request.user)
        messages.success(self.request, _("The handlers of the case were changed."))
        if not self.case.handlers.filter(pk=self.request.user.pk).exists():
            return redirect(INDEX)
        return redirect(case_url(self.case))

    def _delete(self, form):
        number = self.case.pk
        cases.delete_case(self.case, AuditAction.DELETED, self.request.user)
        messages.success(self.request, _("Case %(number)s was deleted.") % {"number": number})
        return redirect(INDEX)

    def _match(self, form):
        offer = form.cleaned_data["offer"]
        handler_key = keys.handler_key(self.request.user)
        private_key = session_keys.private_key_of(self.request)
        try:
            offer_key = cases.case_key_for_handler(offer, handler_key, private_key)
        except crypto.Damaged as error:
            raise matching.MatchRefused(
                _("The offer's key does not open with your key.")
            ) from error
        matching.match(
            offer,
            offer_key,
            self.case,
            self.case_key,
            self.request.user,
            consent_given_on=form.cleaned_data["consent_given_on"],
        )
        messages.success(self.request, _("The case was matched with %(offer)s.") % {"offer": offer})
        return redirect(case_url(self.case))


def safe_download_name(name, number):
    """An ASCII file name for Content-Disposition: no path, quotes or control characters."""
    ascii_name = unicodedata.normalize("NFKD", str(name or "")).encode("ascii", "ignore")
    cleaned = re.sub(r"[^A-Za-z0-9._-]+", "_", ascii_name.decode()).strip("._")[:80]
    return cleaned or f"attachment-{number}"


class DownloadView(CaseAccessMixin, View):
    """An attachment, decrypted as it streams; its first chunk is checked before anything
    is sent, so a damaged file gives a message rather than a broken download."""

    def get(self, request, case_id, record_id):
        case, opened = self.open_case(request, case_id)
        if not isinstance(opened, bytes):
            return opened
        case_key = opened
        found = [
            item
            for item in cases.open_records(case, case_key, [RecordKind.ATTACHMENT])
            if item.record.pk == record_id
        ]
        if not found:
            raise Http404
        chunks = export.attachment_chunks(case, case_key, found[0])
        try:
            first = next(chunks)
        except (crypto.Damaged, StopIteration):
            messages.error(request, _("This attachment is damaged and cannot be opened."))
            return redirect(case_url(case))
        cases.audit(case.pk, AuditAction.DOWNLOADED, request.user)
        response = StreamingHttpResponse(
            chain([first], chunks), content_type="application/octet-stream"
        )
        name = safe_download_name(export.meta_of(found[0]).get("name"), record_id)
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        return no_store(response)


class ExportView(CaseAccessMixin, View):
    def post(self, request, case_id):
        case, opened = self.open_case(request, case_id)
        if not isinstance(opened, bytes):
            return opened
        handler_key = keys.handler_key(request.user)
        data = export.export_case(case, opened, handler_key.public_key)
        cases.audit(case.pk, AuditAction.EXPORTED, request.user)
        response = HttpResponse(data, content_type="application/octet-stream")
        name = f"support-case-{case.pk}-{cases.today().isoformat()}.rhexport"
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        return no_store(response)


class HandlerMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(PERMISSION)


class SupportCasesViewSet(ViewSet):
    name = "support_cases"
    url_prefix = "support"
    menu_label = gettext_lazy("Support cases")
    icon = "lock"
    menu_order = 260
    menu_item_class = HandlerMenuItem

    @property
    def menu_url(self):
        return reverse(INDEX)

    def get_urlpatterns(self):
        return [
            path("", QueueView.as_view(), name="index"),
            path("unlock/", UnlockView.as_view(), name="unlock"),
            path("lock/", LockView.as_view(), name="lock"),
            path("case/<int:case_id>/", CaseView.as_view(), name="case"),
            path(
                "case/<int:case_id>/attachment/<int:record_id>/",
                DownloadView.as_view(),
                name="download",
            ),
            path("case/<int:case_id>/export/", ExportView.as_view(), name="export"),
        ]


support_cases_viewset = SupportCasesViewSet()
