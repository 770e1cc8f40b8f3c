"""The coordinators' side of joint statements: the list, drafting and texts, opening for
signing, inviting (links shown once and e-mailed), revoking, the signatures with removal, the
signature log's check, publishing, the live progress page and the solidarity alert.

Each view finds its statement among those the account may manage (coordination.py), so
another organisation's statement is a 404; every change is made by the rule modules and
logged (base.py).
"""

import datetime

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.generic import FormView, TemplateView
from wagtail.admin import messages
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSet

from .. import coordination, invitations, log, signing, solidarity, texts
from ..admin_forms import (
    LANGUAGE_NAMES,
    InviteForm,
    PublishForm,
    SolidarityForm,
    StatementForm,
    TextForm,
)
from ..models import (
    Appearance,
    JointStatement,
    Signature,
    SignatureStatus,
    StatementStatus,
)
from .base import (
    ALERTED,
    CREATED,
    INVITED,
    OPENED,
    PUBLISHED,
    REMOVED,
    REVOKED,
    TEXT_SAVED,
    invitee_label,
    log_statement,
    send_links,
)

NEWEST_SIGNATURES = 10
INVITABLE = (StatementStatus.OPEN, StatementStatus.PUBLISHED)


def statement_url(statement, view="detail"):
    return reverse(f"statements_admin:{view}", args=[statement.pk])


def invitation_state(invitation, now):
    if invitation.revoked_at:
        return _("revoked")
    if invitation.used_at:
        return _("used")
    if invitation.expires_at <= now:
        return _("expired")
    return _("open")


class CoordinatorView(WagtailAdminTemplateMixin):
    """A view for coordinators; with `pk`, of one statement the account may manage."""

    header_icon = "doc-full"
    statement = None

    def dispatch(self, request, *args, **kwargs):
        if not coordination.may_coordinate(request.user):
            raise PermissionDenied
        if "pk" in kwargs:
            self.statement = get_object_or_404(
                coordination.manageable_statements(request.user).prefetch_related("texts"),
                pk=kwargs["pk"],
            )
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return str(self.statement) if self.statement else self.page_title

    def get_breadcrumbs_items(self):
        items = [
            *self.breadcrumbs_items,
            {"url": reverse("statements_admin:index"), "label": _("Joint statements")},
        ]
        if self.statement:
            items.append({"url": statement_url(self.statement), "label": str(self.statement)})
        return [*items, {"url": "", "label": self.get_header_label()}]

    def get_header_label(self):
        return self.page_title or self.get_page_title()

    def get_context_data(self, **kwargs):
        kwargs.setdefault("links", None)  # the links of new invitations, shown once
        kwargs.setdefault("may_publish", coordination.may_publish(self.request.user))
        return super().get_context_data(statement=self.statement, **kwargs)


class StatementIndexView(CoordinatorView, TemplateView):
    template_name = "statements/admin/index.html"
    page_title = gettext_lazy("Joint statements")

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        statements = (
            coordination.manageable_statements(self.request.user)
            .prefetch_related("texts")
            .select_related("coordinator")
        )
        return super().get_context_data(statements=statements, **kwargs)


class StatementCreateView(CoordinatorView, FormView):
    template_name = "statements/admin/form.html"
    page_title = gettext_lazy("New joint statement")

    def get_form(self, form_class=None):
        return StatementForm(user=self.request.user, **self.get_form_kwargs())

    def form_valid(self, form):
        data = form.cleaned_data
        with transaction.atomic():
            statement = JointStatement.objects.create(
                kind=data["kind"],
                coordinator=data["coordinator"],
                created_by=self.request.user,
                source_language=data["source_language"],
                deadline=data["deadline"],
                eligibility=data["eligibility"],
                signatory_order=data["signatory_order"],
            )
            texts.save_text(statement, data["source_language"], **form.text_values())
            log_statement(statement, CREATED, self.request.user,
                          language=data["source_language"])  # fmt: skip
        messages.success(self.request, _("The draft was created."))
        return redirect(statement_url(statement))


class StatementDetailView(CoordinatorView, TemplateView):
    template_name = "statements/admin/detail.html"
    verify = False

    def get_header_label(self):
        return _("Verify the log") if self.verify else str(self.statement)

    def get_breadcrumbs_items(self):
        items = super().get_breadcrumbs_items()
        return items if self.verify else items[:-1]

    def get_context_data(self, **kwargs):
        statement = self.statement
        now = timezone.now()
        stale_ids = {signature.pk for signature in texts.stale_signatures(statement)}
        existing = {text.language: text for text in statement.texts.all()}
        languages = [
            {"code": code, "name": LANGUAGE_NAMES[code], "text": existing.get(code),
             "url": reverse("statements_admin:text", args=[statement.pk, code])}
            for code in LANGUAGE_NAMES
        ]  # fmt: skip
        invitation_rows = [
            {"invitation": invitation, "invitee": invitee_label(invitation),
             "state": invitation_state(invitation, now),
             "revocable": not (invitation.revoked_at or invitation.used_at)
             and invitation.expires_at > now}
            for invitation in statement.invitations.select_related("party")
        ]  # fmt: skip
        signature_rows = [
            {"signature": signature, "stale": signature.pk in stale_ids,
             "appearance": Appearance(signing.effective_appearance(signature)).label}
            for signature in statement.signatures.select_related("party")
        ]  # fmt: skip
        return super().get_context_data(
            languages=languages,
            invitations=invitation_rows,
            signatures=signature_rows,
            stale_count=len(stale_ids),
            report=log.verify(statement) if self.verify else None,
            is_draft=statement.status == StatementStatus.DRAFT,
            may_invite=statement.status in INVITABLE,
            **kwargs,
        )


class TextView(CoordinatorView, FormView):
    template_name = "statements/admin/form.html"

    def dispatch(self, request, *args, **kwargs):
        if kwargs["language"] not in LANGUAGE_NAMES:
            raise Http404
        return super().dispatch(request, *args, **kwargs)

    @property
    def text(self):
        return self.statement.text_in(self.kwargs["language"])

    def get_header_label(self):
        name = LANGUAGE_NAMES[self.kwargs["language"]]
        if self.text:
            return _("Edit the %(language)s text") % {"language": name}
        return _("Add a text in %(language)s") % {"language": name}

    def get_page_title(self):
        return self.get_header_label()

    def get_initial(self):
        text = self.text
        return {"title": text.title, "lead": text.lead, "body": text.body} if text else {}

    def get_form(self, form_class=None):
        return TextForm(**self.get_form_kwargs())

    def post(self, request, *args, **kwargs):
        if self.statement.status == StatementStatus.PUBLISHED:
            messages.error(request, _("A published statement's texts are no longer changed here."))
            return redirect(statement_url(self.statement))
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        statement, language = self.statement, self.kwargs["language"]
        changed = texts.save_text(statement, language, **form.text_values())
        if not changed:
            messages.info(self.request, _("The words did not change."))
            return redirect(statement_url(statement))
        log_statement(statement, TEXT_SAVED, self.request.user, language=language)
        statement = JointStatement.objects.get(pk=statement.pk)  # its texts as saved now
        stale = texts.stale_signatures(statement)
        if stale:
            from rightshouse.statements.notifications import notify_signers_of_text_change

            transaction.on_commit(lambda: notify_signers_of_text_change.enqueue(statement.pk))
            messages.warning(
                self.request,
                ngettext(
                    "The text was saved. %(count)s signer must re-confirm.",
                    "The text was saved. %(count)s signers must re-confirm.",
                    len(stale),
                )
                % {"count": len(stale)},
            )
        else:
            messages.success(self.request, _("The text was saved."))
        return redirect(statement_url(statement))


class OpenView(CoordinatorView, TemplateView):
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        with transaction.atomic():
            statement = log.lock(self.statement.pk)
            if statement.status != StatementStatus.DRAFT:
                messages.error(request, _("Only a draft can be opened for signing."))
            elif not statement.texts.exists():
                messages.error(request, _("Add a text first."))
            else:
                statement.status = StatementStatus.OPEN
                statement.save(update_fields=["status"])
                log_statement(statement, OPENED, request.user)
                messages.success(request, _("The statement is open for signing."))
        return redirect(statement_url(self.statement))


class InviteView(CoordinatorView, FormView):
    template_name = "statements/admin/invite.html"
    page_title = gettext_lazy("Invite to sign")

    def get_header_label(self):
        return self.page_title

    def get(self, request, *args, **kwargs):
        if self.statement.status not in INVITABLE:
            messages.error(request, _("Open the statement for signing first."))
            return redirect(statement_url(self.statement))
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        if self.statement.status not in INVITABLE:
            messages.error(request, _("Open the statement for signing first."))
            return redirect(statement_url(self.statement))
        return super().post(request, *args, **kwargs)

    def get_form(self, form_class=None):
        return InviteForm(statement=self.statement, **self.get_form_kwargs())

    def form_valid(self, form):
        data, user, statement = form.cleaned_data, self.request.user, self.statement
        expires_at = data["expires_at"]
        with transaction.atomic():
            sent = [
                invitations.invite(statement, party=party, expires_at=expires_at, user=user)
                for party in data["parties"]
            ]
            sent += [
                invitations.invite(statement, email=email, expires_at=expires_at, user=user)
                for email in data["emails"]
            ]
            log_statement(statement, INVITED, user, count=len(sent))
        return self.render_to_response(
            self.get_context_data(form=None, links=send_links(statement, sent))
        )


class RevokeView(CoordinatorView, TemplateView):
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        invitation = get_object_or_404(self.statement.invitations, pk=kwargs["invitation_id"])
        if invitations.revoke(invitation, user=request.user):
            log_statement(self.statement, REVOKED, request.user, invitation=invitation.pk)
            messages.success(request, _("The invitation was revoked: its link no longer works."))
        else:
            messages.error(request, _("This invitation was already used or revoked."))
        return redirect(statement_url(self.statement))


class RemoveView(CoordinatorView, TemplateView):
    """Asks first, then removes the signature (recorded in the signature log)."""

    template_name = "statements/admin/remove.html"
    page_title = gettext_lazy("Remove a signature")

    def get_header_label(self):
        return self.page_title

    def get_signature(self):
        return get_object_or_404(
            Signature.objects.select_related("party"),
            statement=self.statement,
            pk=self.kwargs["signature_id"],
            status=SignatureStatus.ACTIVE,
        )

    def get_context_data(self, **kwargs):
        return super().get_context_data(signature=self.get_signature(), **kwargs)

    def post(self, request, *args, **kwargs):
        signature = self.get_signature()
        try:
            signing.remove(signature)
        except signing.SigningError as refusal:
            messages.error(request, str(refusal))
        else:
            log_statement(self.statement, REMOVED, request.user, signature=signature.pk)
            messages.success(request, _("The signature was removed; the log keeps the event."))
        return redirect(statement_url(self.statement))


class PublishView(CoordinatorView, FormView):
    template_name = "statements/admin/publish.html"
    page_title = gettext_lazy("Publish")

    def dispatch(self, request, *args, **kwargs):
        if not coordination.may_publish(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_header_label(self):
        return self.page_title

    def get_form(self, form_class=None):
        return PublishForm(statement=self.statement, **self.get_form_kwargs())

    def get_context_data(self, **kwargs):
        from rightshouse.statements import publishing

        return super().get_context_data(blockers=publishing.blockers(self.statement), **kwargs)

    def form_valid(self, form):
        from rightshouse.statements import publishing

        blockers = publishing.blockers(self.statement)
        if blockers:
            return self.form_invalid(form)
        try:
            publishing.publish(
                self.statement, user=self.request.user, tags=list(form.cleaned_data["tags"])
            )
        except publishing.PublishingError as refusal:
            form.add_error(None, str(refusal))
            return self.form_invalid(form)
        log_statement(self.statement, PUBLISHED, self.request.user)
        messages.success(self.request, _("The statement was published."))
        return redirect(statement_url(self.statement))


def progress_of(statement, now=None):
    """The figures of the live progress page."""
    now = now or timezone.now()
    all_invitations = list(statement.invitations.all())
    signatures = list(statement.signatures.select_related("party"))
    active = [s for s in signatures if s.status == SignatureStatus.ACTIVE]
    appearances = [signing.effective_appearance(s) for s in active]
    return {
        "invited": sum(1 for i in all_invitations if not i.revoked_at),
        "pending": sum(1 for i in all_invitations if invitations.is_usable(i, now)),
        "signed": len(active),
        "named": appearances.count(Appearance.NAMED),
        "not_named": appearances.count(Appearance.NOT_NAMED),
        "confidential": appearances.count(Appearance.CONFIDENTIAL),
        "withdrawn": sum(1 for s in signatures if s.status == SignatureStatus.WITHDRAWN),
        "removed": sum(1 for s in signatures if s.status == SignatureStatus.REMOVED),
        "time_left": max(statement.deadline - now, datetime.timedelta(0)),
        "newest": sorted(active, key=lambda s: (s.signed_at, s.pk), reverse=True)[
            :NEWEST_SIGNATURES
        ],
    }


def hours_and_minutes(delta):
    minutes = int(delta.total_seconds() // 60)
    return minutes // 60, minutes % 60


class ProgressView(CoordinatorView, TemplateView):
    template_name = "statements/admin/progress.html"
    page_title = gettext_lazy("Live progress")
    refresh_seconds = 30

    def get_header_label(self):
        return self.page_title

    def get_context_data(self, **kwargs):
        progress = progress_of(self.statement)
        hours, minutes = hours_and_minutes(progress["time_left"])
        return super().get_context_data(
            progress=progress, hours_left=hours, minutes_left=minutes,
            refresh_seconds=self.refresh_seconds, **kwargs,
        )  # fmt: skip


class SolidarityView(CoordinatorView, FormView):
    template_name = "statements/admin/solidarity.html"
    page_title = gettext_lazy("Solidarity alert")
    header_icon = "warning"

    def get_form(self, form_class=None):
        return SolidarityForm(user=self.request.user, **self.get_form_kwargs())

    def form_valid(self, form):
        data, user = form.cleaned_data, self.request.user
        with transaction.atomic():
            statement, sent = solidarity.create_alert(
                persecuted=data["persecuted"],
                what_happened=data["what_happened"],
                happened_on=data["happened_on"],
                deadline=form.deadline(),
                extra=data["extra"],
                coordinator=data["coordinator"],
                user=user,
            )
            log_statement(statement, ALERTED, user, count=len(sent))
        self.statement = statement
        return self.render_to_response(
            self.get_context_data(
                form=None,
                links=send_links(statement, sent),
                progress_url=statement_url(statement, "progress"),
            )  # fmt: skip
        )


class CoordinatorMenuItem(MenuItem):
    def is_shown(self, request):
        return coordination.may_coordinate(request.user)


class StatementViewSet(ViewSet):
    name = "statements_admin"
    url_prefix = "joint-statements"
    menu_label = gettext_lazy("Statements")
    icon = "doc-full"
    menu_item_class = CoordinatorMenuItem

    @property
    def menu_url(self):
        return reverse("statements_admin:index")

    def get_urlpatterns(self):
        return [
            path("", StatementIndexView.as_view(), name="index"),
            path("new/", StatementCreateView.as_view(), name="add"),
            path("solidarity/", SolidarityView.as_view(), name="solidarity"),
            path("<int:pk>/", StatementDetailView.as_view(), name="detail"),
            path("<int:pk>/verify/", StatementDetailView.as_view(verify=True), name="verify"),
            path("<int:pk>/text/<str:language>/", TextView.as_view(), name="text"),
            path("<int:pk>/open/", OpenView.as_view(), name="open"),
            path("<int:pk>/invite/", InviteView.as_view(), name="invite"),
            path("<int:pk>/revoke/<int:invitation_id>/", RevokeView.as_view(), name="revoke"),
            path("<int:pk>/remove/<int:signature_id>/", RemoveView.as_view(), name="remove"),
            path("<int:pk>/publish/", PublishView.as_view(), name="publish"),
            path("<int:pk>/progress/", ProgressView.as_view(), name="progress"),
        ]


statement_viewset = StatementViewSet()
