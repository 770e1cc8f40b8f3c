"""The staff's side of the numbered register.

A listing by number, a page per accession with its events and the form for the next one, and
the form for an accession made before this site. Accessions and events are never edited or
deleted here: every change is a new event, made by the rules in registry.py.
"""

from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic.edit import FormView
from wagtail.admin import messages
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.log_actions import log

from ..forms import EventForm, PriorAccessionForm
from ..models import Accession, AccessionEvent
from ..registry import (
    RegisterError,
    record_accession,
    record_event,
)
from .base import (
    ACCESSION_FIELDS,
    EVENT,
    RECORDED,
    ReadOnlyRegisterViewSet,
    party_admin_url,
)


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


accession_viewset = AccessionViewSet()
