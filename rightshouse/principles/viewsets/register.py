"""The staff's side of the register: the queue of applications and the numbered register.

Applications: a listing (those waiting for a decision, unless another status is chosen), and a
page per application with all it holds (its representative and private contact only for those
with PRIVATE_DETAILS_PERMISSION) and, while it waits, the three decisions: approve, reject with
a reason, or join it to the party already on the register. A decided application is read-only.

The register: a listing by number, a page per accession with its events and the form for the
next one, and the form for an accession made before this site. Accessions and events are never
edited or deleted here: every change is a new event, made by the rules in registry.py.

Every decision and event is logged (wagtail.log_actions) on the application or the accession,
whose labels ("Application of 2025-03-01", "No. 28") carry no personal data; nor does the data
logged with them.
"""

from django.contrib.auth import get_permission_codename
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic.edit import FormView
from django_filters import ChoiceFilter
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.admin_url_finder import ModelAdminURLFinder
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.log_actions import log

from rightshouse.organisations.models import PRIVATE_DETAILS_PERMISSION

from ..forms import ApproveForm, EventForm, JoinForm, PriorAccessionForm, RejectForm
from ..models import Accession, AccessionApplication, AccessionEvent, ApplicationStatus
from ..registry import (
    RegisterError,
    approve,
    find_existing_party,
    join_existing,
    record_accession,
    record_event,
    reject,
)

APPROVED = "rightshouse_principles.approve_application"
REJECTED = "rightshouse_principles.reject_application"
JOINED = "rightshouse_principles.join_application"
RECORDED = "rightshouse_principles.record_accession"
EVENT = "rightshouse_principles.record_event"

PRIVATE_FIELDS = ("representative_name", "representative_role", "contact")
# What the page of an application shows, in this order (PRIVATE_FIELDS only to some).
APPLICATION_FIELDS = (
    "submitted_at", "status", "kind", "name", "city", "country", "in_exile", "website",
    *PRIVATE_FIELDS, "edition", "language", "text_sha256", "consent_to_publication",
    "not_named_for_safety", "decided_at", "decided_by", "decision_reason", "party",
)  # fmt: skip
ACCESSION_FIELDS = (
    "number", "party", "edition", "language", "text_sha256", "acceded_on", "status",
    "status_since",
)  # fmt: skip


@hooks.register("register_log_actions")
def register_log_actions(actions):
    actions.register_action(
        APPROVED, gettext_lazy("Approve"), gettext_lazy("Approved: on the register")
    )
    actions.register_action(REJECTED, gettext_lazy("Reject"), gettext_lazy("Rejected"))
    actions.register_action(
        JOINED, gettext_lazy("Join"), gettext_lazy("Joined to a party on the register")
    )
    actions.register_action(
        RECORDED, gettext_lazy("Record accession"), gettext_lazy("Put on the register")
    )
    actions.register_action(
        EVENT, gettext_lazy("Record event"), gettext_lazy("Recorded an event of the register")
    )


def may_see_private_details(user):
    return user.has_perm(PRIVATE_DETAILS_PERMISSION)


def party_admin_url(party):
    return reverse("wagtailsnippets_organisations_organisation:edit", args=[party.pk])


class ReadOnlyRegisterViewSet(ModelViewSet):
    """A listing and a page per record, with no generic edit, copy or delete: records change
    only through the views of the rules (registry.py) that each viewset adds."""

    inspect_view_enabled = True
    copy_view_enabled = False
    # Permissions the group editor offers for this viewset's model, beside "view".
    granted_actions = ()

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(
            **{"edit_url_name": None, "delete_url_name": None, **kwargs}
        )

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("inspect/<int:pk>/", self.inspect_view, name="inspect"),
            path("history/<int:pk>/", self.history_view, name="history"),
            path("history-results/<int:pk>/", self.history_results_view, name="history_results"),
        ]

    @property
    def url_finder_class(self):
        # Links from elsewhere in the admin (reports, history) lead to the record's page.
        return type(
            "_RegisterURLFinder",
            (ModelAdminURLFinder,),
            {
                "permission_policy": self.permission_policy,
                "edit_url_name": self.get_url_name("inspect"),
            },
        )

    def get_permissions_to_register(self):
        return Permission.objects.filter(self.permissions_q(self.model, self.granted_actions))

    @staticmethod
    def permissions_q(model, actions):
        codenames = [get_permission_codename(action, model._meta) for action in ("view", *actions)]
        return Q(content_type=ContentType.objects.get_for_model(model), codename__in=codenames)


# --- Applications ---------------------------------------------------------------------------


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


# --- The register -----------------------------------------------------------------------------


class AccessionInspectView(InspectView):
    template_name = "principles/admin/accession_inspect.html"
    event_form = None  # sent back with errors

    def get_fields(self):
        return list(ACCESSION_FIELDS)

    def may_record_events(self):
        return self.request.user.has_perm(f"principles.add_{AccessionEvent._meta.model_name}")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        accession = self.object
        context.update(
            events=accession.events.select_related("case", "recorded_by").order_by("date", "pk"),
            applications=accession.party.applications.order_by("-submitted_at"),
            party_url=party_admin_url(accession.party),
        )
        form = self.event_form or EventForm(accession=accession)
        if self.may_record_events() and form.fields["kind"].choices:
            context["event_form"] = form
            context["event_url"] = reverse("principles_register:event", args=[accession.pk])
        return context


class AccessionEventView(AccessionInspectView):
    http_method_names = ["post"]

    def dispatch(self, request, *args, **kwargs):
        if not self.may_record_events():
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        form = EventForm(request.POST, accession=self.object)
        if not form.is_valid():
            self.event_form = form
            return self.render_to_response(self.get_context_data())
        data = form.cleaned_data
        try:
            event = record_event(
                self.object,
                data["kind"],
                data["date"],
                user=request.user,
                reasons=form.reasons(),
                case=data["case"],
            )
        except RegisterError as refusal:
            messages.error(request, str(refusal))
        else:
            log(
                instance=self.object,
                action=EVENT,
                user=request.user,
                data={"kind": event.kind, "date": event.date.isoformat()},
            )
            messages.success(
                request,
                _("Recorded: %(event)s of %(date)s.")
                % {"event": event.get_kind_display(), "date": event.date.isoformat()},
            )
        return redirect("principles_register:inspect", self.object.pk)


class PriorAccessionView(PermissionCheckedMixin, WagtailAdminTemplateMixin, FormView):
    """An accession made before this site: the party takes the next number."""

    permission_required = "add"
    form_class = PriorAccessionForm
    template_name = "principles/admin/accession_record.html"
    page_title = gettext_lazy("Record an accession made before this site")
    header_icon = "list-ol"
    index_url_name = None

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse(self.index_url_name), "label": _("Register")},
            {"url": "", "label": self.get_page_title()},
        ]

    def form_valid(self, form):
        data = form.cleaned_data
        try:
            accession = record_accession(
                data["party"],
                data["edition"],
                data["language"],
                data["acceded_on"],
                user=self.request.user,
            )
        except RegisterError as refusal:
            form.add_error(None, str(refusal))
            return self.form_invalid(form)
        number = {"number": accession.number}
        log(instance=accession, action=RECORDED, user=self.request.user, data=number)
        messages.success(
            self.request,
            _("Put on the register under No. %(number)s.") % {"number": accession.number},
        )
        return redirect("principles_register:inspect", accession.pk)


class RecordAccessionIndexView(IndexView):
    @cached_property
    def add_item_label(self):
        return _("Record an accession made before this site")


class AccessionViewSet(ReadOnlyRegisterViewSet):
    model = Accession
    icon = "list-ol"
    menu_label = gettext_lazy("Register")
    url_prefix = "principles/register"
    url_namespace = "principles_register"
    index_view_class = RecordAccessionIndexView
    inspect_view_class = AccessionInspectView
    list_display = ["number", "party", "edition", "status", "status_since"]
    list_filter = ["status"]
    ordering = "number"
    granted_actions = ("add",)

    def get_permissions_to_register(self):
        # Events are recorded from the accession's page: their permission is granted here.
        return Permission.objects.filter(
            self.permissions_q(Accession, self.granted_actions)
            | self.permissions_q(AccessionEvent, ("add",))
        )

    @property
    def add_view(self):
        return self.construct_view(PriorAccessionView)

    @property
    def event_view(self):
        return self.construct_view(AccessionEventView, **self.get_inspect_view_kwargs())

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("record/", self.add_view, name="add"),
            path("event/<int:pk>/", self.event_view, name="event"),
        ]


application_viewset = ApplicationViewSet()
accession_viewset = AccessionViewSet()
