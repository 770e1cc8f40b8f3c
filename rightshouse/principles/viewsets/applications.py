"""The staff's queue of applications to accede.

A listing (those waiting for a decision, unless another status is chosen), and a page per
application with all it holds (its representative and private contact only for those with
PRIVATE_DETAILS_PERMISSION) and, while it waits, the three decisions: approve, reject with a
reason, or join it to the party already on the register. A decided application is read-only.
"""

from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django_filters import ChoiceFilter
from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.log_actions import log

from ..forms import ApproveForm, JoinForm, RejectForm
from ..models import AccessionApplication, ApplicationStatus
from ..registry import (
    RegisterError,
    approve,
    find_existing_party,
    join_existing,
    reject,
)
from .base import (
    APPLICATION_FIELDS,
    APPROVED,
    JOINED,
    PRIVATE_FIELDS,
    RECORDED,
    REJECTED,
    ReadOnlyRegisterViewSet,
    may_see_private_details,
    party_admin_url,
)


class ApplicationFilterSet(WagtailFilterSet):
    status = ChoiceFilter(
        label=gettext_lazy("Status"),
        choices=ApplicationStatus.choices,
        empty_label=gettext_lazy("All statuses"),
    )

    class Meta:
        model = AccessionApplication
        fields = ["status", "kind"]

    def __init__(self, data=None, *args, **kwargs):
        # The queue: those waiting for a decision, until another status (or all) is chosen.
        if data is not None and "status" not in data:
            data = data.copy()
            data["status"] = ApplicationStatus.RECEIVED
        super().__init__(data, *args, **kwargs)
        self.form.fields["status"].initial = ApplicationStatus.RECEIVED


def register_match(application):
    """'No. N' of a party on the register with the application's name, while it waits."""
    if application.status != ApplicationStatus.RECEIVED:
        return ""
    party = find_existing_party(application)
    return str(party.accessions.get()) if party else ""


class ApplicationIndexView(IndexView):
    @cached_property
    def columns(self):
        return [
            *super().columns,
            Column("match", label=_("On the register as"), accessor=register_match),
        ]


class ApplicationInspectView(InspectView):
    template_name = "principles/admin/application_inspect.html"
    decision_forms = {"approve": ApproveForm, "reject": RejectForm, "join": JoinForm}
    bound_form = None  # (decision, form) sent back with errors

    def get_fields(self):
        private = () if may_see_private_details(self.request.user) else PRIVATE_FIELDS
        return [name for name in APPLICATION_FIELDS if name not in private]

    def decision_form(self, decision, *args, **kwargs):
        # Ids of their own: the three forms share a page (and the field name "reason").
        return self.decision_forms[decision](*args, auto_id=f"id_{decision}_%s", **kwargs)

    def get_field_display_value(self, field_name, field):
        value = super().get_field_display_value(field_name, field)
        if isinstance(value, bool):
            return _("Yes") if value else _("No")
        return "—" if value is None else value

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        application = self.object
        waiting = application.status == ApplicationStatus.RECEIVED
        match = find_existing_party(application) if waiting else None
        context.update(
            match=match,
            match_accession=match.accessions.get() if match else None,
            match_url=party_admin_url(match) if match else "",
            party_url=party_admin_url(application.party) if application.party else "",
            shows_private_details=may_see_private_details(self.request.user),
        )
        if waiting and self.user_has_permission("change"):
            forms = {
                decision: self.decision_form(decision, initial={"party": match})
                for decision in self.decision_forms
            }
            if self.bound_form:
                decision, form = self.bound_form
                forms[decision] = form
            context["decision_forms"] = forms
            context["decision_urls"] = {
                decision: reverse(f"principles_applications:{decision}", args=[application.pk])
                for decision in self.decision_forms
            }
        return context


class ApplicationDecisionView(ApplicationInspectView):
    """One decision sent from the application's page: done and logged, or the page again
    with the form's errors."""

    http_method_names = ["post"]
    permission_required = "change"
    decision = None  # a key of decision_forms

    def post(self, request, *args, **kwargs):
        form = self.decision_form(self.decision, request.POST)
        if not form.is_valid():
            self.bound_form = (self.decision, form)
            return self.render_to_response(self.get_context_data())
        try:
            self.decide(form.cleaned_data)
        except RegisterError as refusal:
            messages.error(request, str(refusal))
        return redirect("principles_applications:inspect", self.object.pk)

    def decide(self, data):
        user, application = self.request.user, self.object
        if self.decision == "approve":
            accession = approve(application, user, acceded_on=data["acceded_on"])
            number = {"number": accession.number}
            log(instance=application, action=APPROVED, user=user, data=number)
            log(instance=accession, action=RECORDED, user=user, data=number)
            messages.success(
                self.request,
                _("Approved: the party is on the register under No. %(number)s.")
                % {"number": accession.number},
            )
        elif self.decision == "reject":
            reject(application, user, data["reason"])
            log(instance=application, action=REJECTED, user=user)
            messages.success(self.request, _("The application was rejected."))
        else:
            party = data["party"]
            join_existing(application, party, user, reason=data["reason"])
            number = party.accessions.get().number
            log(instance=application, action=JOINED, user=user, data={"number": number})
            messages.success(
                self.request,
                _("The application was joined to No. %(number)s.") % {"number": number},
            )


class ApplicationViewSet(ReadOnlyRegisterViewSet):
    model = AccessionApplication
    icon = "form"
    menu_label = gettext_lazy("Applications")
    url_prefix = "principles/applications"
    url_namespace = "principles_applications"
    index_view_class = ApplicationIndexView
    inspect_view_class = ApplicationInspectView
    list_display = ["submitted_at", "name", "kind", "status"]
    filterset_class = ApplicationFilterSet
    ordering = "-submitted_at"
    granted_actions = ("change",)

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(**{"add_url_name": None, **kwargs})

    def decision_view(self, decision):
        return self.construct_view(
            ApplicationDecisionView, **self.get_inspect_view_kwargs(), decision=decision
        )

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            *(
                path(f"{decision}/<int:pk>/", self.decision_view(decision), name=decision)
                for decision in ApplicationInspectView.decision_forms
            ),
        ]


application_viewset = ApplicationViewSet()
