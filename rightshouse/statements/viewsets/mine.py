"""A representative's own page: the open invitations addressed to the organisations the
account acts for, each readable in its languages and signable here, and those organisations'
signatures, to re-confirm (when given on an earlier version) or withdraw.

Only invitations and signatures of the account's own organisations are found: any other is
a 404.
"""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, TemplateView
from wagtail.admin import messages
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSet

from .. import coordination, invitations, signing
from ..admin_forms import LANGUAGE_NAMES, SignForm
from ..models import Invitation, Signature, SignatureStatus
from .base import RECONFIRMED, SIGNED, WITHDRAWN, log_statement

INDEX = "statements_mine:index"


class RepresentativeView(WagtailAdminTemplateMixin):
    header_icon = "mail"

    def dispatch(self, request, *args, **kwargs):
        if not coordination.is_representative(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        items = [*self.breadcrumbs_items, {"url": reverse(INDEX), "label": _("My invitations")}]
        if self.page_title != items[-1]["label"]:
            items.append({"url": "", "label": self.get_page_title()})
        else:
            items[-1]["url"] = ""
        return items


class MyInvitationsView(RepresentativeView, TemplateView):
    template_name = "statements/admin/mine.html"
    page_title = gettext_lazy("My invitations")

    def get_context_data(self, **kwargs):
        user = self.request.user
        signatures = list(coordination.own_signatures(user))
        stale = set()
        for signature in signatures:
            if signature.status == SignatureStatus.ACTIVE and not signature.is_current():
                stale.add(signature.pk)
        return super().get_context_data(
            invitations=coordination.open_invitations(user),
            signatures=[{"signature": s, "stale": s.pk in stale} for s in signatures],
            **kwargs,
        )


class SignView(RepresentativeView, FormView):
    """An invitation's text, in the language chosen, and the form to sign it."""

    template_name = "statements/admin/sign.html"
    page_title = gettext_lazy("Sign")

    def get_invitation(self):
        invitation = get_object_or_404(
            Invitation.objects.select_related("statement", "party"),
            pk=self.kwargs["invitation_id"],
            party__in=coordination.represented_parties(self.request.user),
        )
        return invitation

    def get(self, request, *args, **kwargs):
        self.invitation = self.get_invitation()
        if not invitations.is_usable(self.invitation):
            messages.error(request, _("This invitation can no longer be used."))
            return redirect(INDEX)
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        self.invitation = self.get_invitation()
        return super().post(request, *args, **kwargs)

    def chosen_language(self):
        languages = self.invitation.statement.languages
        wanted = self.request.GET.get("language") or self.request.POST.get("language")
        if wanted in languages:
            return wanted
        source = self.invitation.statement.source_language
        return source if source in languages else (languages[0] if languages else "")

    def get_form(self, form_class=None):
        user = self.request.user
        kwargs = self.get_form_kwargs()
        kwargs["initial"] = {
            "representative_name": user.get_full_name(),
            "language": self.chosen_language(),
        }
        return SignForm(statement=self.invitation.statement, **kwargs)

    def get_context_data(self, **kwargs):
        statement = self.invitation.statement
        language = self.chosen_language()
        return super().get_context_data(
            invitation=self.invitation,
            statement=statement,
            text=statement.text_in(language),
            language_links=[
                {"code": code, "name": LANGUAGE_NAMES.get(code, code), "current": code == language}
                for code in statement.languages
            ],  # fmt: skip
            **kwargs,
        )

    def form_valid(self, form):
        data, invitation = form.cleaned_data, self.invitation
        try:
            signature, _token = signing.sign(
                invitation.statement,
                invitation.party,
                appearance=data["appearance"],
                language=data["language"],
                representative_name=data["representative_name"],
                representative_role=data["representative_role"],
                invitation=invitation,
                user=self.request.user,
            )
        except signing.SigningError as refusal:
            messages.error(self.request, str(refusal))
            return redirect(INDEX)
        log_statement(invitation.statement, SIGNED, self.request.user, signature=signature.pk)
        messages.success(self.request, _("Signed. Thank you."))
        return redirect(INDEX)


class SignatureActionView(RepresentativeView, TemplateView):
    http_method_names = ["post"]

    def get_signature(self):
        return get_object_or_404(
            Signature.objects.select_related("statement", "party"),
            pk=self.kwargs["signature_id"],
            party__in=coordination.represented_parties(self.request.user),
            status=SignatureStatus.ACTIVE,
        )


class ReconfirmView(SignatureActionView):
    def post(self, request, *args, **kwargs):
        signature = self.get_signature()
        if signature.statement.status not in signing.SIGNABLE:
            raise Http404
        try:
            signing.reconfirm(signature, user=request.user)
        except signing.SigningError as refusal:
            messages.error(request, str(refusal))
        else:
            log_statement(signature.statement, RECONFIRMED, request.user,
                          signature=signature.pk)  # fmt: skip
            messages.success(request, _("The signature now stands on the current text."))
        return redirect(INDEX)


class WithdrawView(SignatureActionView):
    def post(self, request, *args, **kwargs):
        signature = self.get_signature()
        if request.POST.get("confirm") != "yes":
            messages.error(request, _("Tick the box to confirm the withdrawal."))
            return redirect(INDEX)
        try:
            signing.withdraw(signature)
        except signing.SigningError as refusal:
            messages.error(request, str(refusal))
        else:
            log_statement(signature.statement, WITHDRAWN, request.user, signature=signature.pk)
            messages.success(request, _("The signature was withdrawn."))
        return redirect(INDEX)


class RepresentativeMenuItem(MenuItem):
    def is_shown(self, request):
        return coordination.is_representative(request.user)


class MyInvitationsViewSet(ViewSet):
    name = "statements_mine"
    url_prefix = "joint-statements/mine"
    menu_label = gettext_lazy("My invitations")
    icon = "mail"
    menu_item_class = RepresentativeMenuItem

    @property
    def menu_url(self):
        return reverse(INDEX)

    def get_urlpatterns(self):
        return [
            path("", MyInvitationsView.as_view(), name="index"),
            path("sign/<int:invitation_id>/", SignView.as_view(), name="sign"),
            path("reconfirm/<int:signature_id>/", ReconfirmView.as_view(), name="reconfirm"),
            path("withdraw/<int:signature_id>/", WithdrawView.as_view(), name="withdraw"),
        ]


my_invitations_viewset = MyInvitationsViewSet()
