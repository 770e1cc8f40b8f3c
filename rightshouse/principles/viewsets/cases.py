"""Complaints in the admin: a list of cases (filtered by status and kind, newest first) and
one page per case with its history and the procedure's steps (rightshouse.principles.cases).

Nothing here edits a case's past or deletes a case: there is no edit, copy or delete view,
and every step adds an entry. The reporter's name and contact are on the case page only for
those who handle the procedure (CHANGE_PERMISSION); anyone else who may see cases (the
"view" permission) reads the case without them.
"""

from django.contrib.admin.utils import quote
from django.core.exceptions import PermissionDenied
from django.forms import Media
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.admin_url_finder import ModelAdminURLFinder
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import ModelPermissionPolicy

from .. import cases
from ..case_forms import MoveForm, NoteForm, OutcomeForm, PartyForm, RegisterEventForm
from ..models import NEXT_STATUSES, Case, CaseStatus

CHANGE_PERMISSION = "principles.change_case"
# Recording a suspension or exclusion changes the register: its staff's permission too.
REGISTER_PERMISSION = "principles.add_accessionevent"


def _party_concerned(case):
    return case.party.name if case.party_id else case.party_described


class CaseIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("party")


class CaseView(InspectView):
    """The case, its history, and a form for each step the procedure allows now."""

    template_name = "principles/admin/case_detail.html"
    page_title = gettext_lazy("Complaints case")

    def get_object(self, queryset=None):
        return get_object_or_404(Case.objects.select_related("party"), pk=self.pk)

    def get_fields_context(self):
        # The template shows the case itself; the generic field list would carry the
        # reporter's fields into the context for everyone.
        return []

    @property
    def case_url(self):
        return reverse("principles_cases:inspect", args=[quote(self.object.pk)])

    @cached_property
    def may_act(self):
        return self.request.user.has_perm(CHANGE_PERMISSION)

    def _actions(self):
        """{action name: (form class, kwargs, step)} of the steps the case allows now."""
        case, user = self.object, self.request.user
        actions = {}
        if NEXT_STATUSES[case.status]:
            actions["move"] = (MoveForm, {"case": case}, self._move)
        actions["note"] = (NoteForm, {}, self._add_note)
        if case.status not in cases.CLOSED_STATUSES:
            actions["party"] = (PartyForm, {"initial": {"party": case.party}}, self._set_party)
        if case.status == CaseStatus.RESOLVED:
            actions["publish"] = (OutcomeForm, {"case": case}, self._publish)
        if (
            case.status in (CaseStatus.UNDER_REVIEW, CaseStatus.RESOLVED)
            and user.has_perm(REGISTER_PERMISSION)
            and cases.accession_concerned(case)
        ):
            actions["register"] = (RegisterEventForm, {}, self._record_register_event)
        return actions

    def get(self, request, *args, **kwargs):
        return self.render_to_response(self.get_context_data())

    def post(self, request, *args, **kwargs):
        if not self.may_act:
            raise PermissionDenied
        actions = self._actions()
        action = request.POST.get("action")
        if action not in actions:
            # A form from a page opened before someone else moved the case on.
            messages.error(request, _("This step is not available for this case now."))
            return redirect(self.case_url)
        form_class, form_kwargs, step = actions[action]
        form = form_class(request.POST, auto_id=f"{action}-%s", **form_kwargs)
        if form.is_valid():
            try:
                message = step(form)
            except cases.CaseError as error:
                form.add_error(None, str(error))
            else:
                messages.success(request, message)
                return redirect(self.case_url)
        return self.render_to_response(self.get_context_data(bound={action: form}))

    def _move(self, form):
        data = form.cleaned_data
        case = cases.move_status(
            self.object,
            data["new_status"],
            self.request.user,
            note=data["note"],
            decision=data["decision"],
            decided_on=data["decided_on"],
        )
        return _("The case is now “%(status)s”.") % {"status": case.get_status_display()}

    def _add_note(self, form):
        cases.add_note(self.object, self.request.user, form.cleaned_data["note"])
        return _("The note was added.")

    def _set_party(self, form):
        cases.set_party(self.object, form.cleaned_data["party"], self.request.user)
        return _("The party concerned was saved.")

    def _publish(self, form):
        cases.publish_outcome(self.object, self.request.user, form.outcomes())
        return _("The outcome was published on the decisions page.")

    def _record_register_event(self, form):
        data = form.cleaned_data
        cases.record_register_event(
            self.object, data["kind"], data["date"], self.request.user, form.reasons()
        )
        return _("The decision was recorded on the register.")

    def get_context_data(self, bound=None, **kwargs):
        context = super().get_context_data(**kwargs)
        case = self.object
        forms = {}
        if self.may_act:
            for name, (form_class, form_kwargs, _step) in self._actions().items():
                # Each step's form has ids of its own: several have a note.
                forms[name] = (bound or {}).get(name) or form_class(
                    auto_id=f"{name}-%s", **form_kwargs
                )
        context.update(
            # The date fields' picker; the fields work as typed text without it.
            media=sum((form.media for form in forms.values()), Media()),
            case=case,
            entries=case.entries.select_related("author"),
            show_reporter=self.may_act,
            forms=forms,
            accession=cases.accession_concerned(case),
        )
        return context

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {
                "url": reverse("principles_cases:index"),
                "label": capfirst(Case._meta.verbose_name_plural),
            },
            {"url": "", "label": str(self.object)},
        ]


class CaseURLFinder(ModelAdminURLFinder):
    """Links from elsewhere in the admin (history reports) lead to the case's page."""

    edit_url_name = "principles_cases:inspect"
    permission_policy = ModelPermissionPolicy(Case)


class CaseViewSet(ModelViewSet):
    model = Case
    icon = "warning"
    menu_label = gettext_lazy("Complaints")
    url_prefix = "principles/cases"
    url_namespace = "principles_cases"
    index_view_class = CaseIndexView
    inspect_view_class = CaseView
    # The "view" permission: who may read cases (without the reporter) but not act on them.
    inspect_view_enabled = True
    copy_view_enabled = False
    # Which parties have cases is for the procedure's staff, not for every editor who looks
    # at a party's usage.
    add_to_reference_index = False
    list_display = [
        "__str__",
        "kind",
        "status",
        Column("party_concerned", label=gettext_lazy("party concerned"), accessor=_party_concerned),
        "submitted_at",
        "outcome_published",
    ]
    list_filter = ["status", "kind"]
    ordering = "-submitted_at"
    url_finder_class = CaseURLFinder

    def get_common_view_kwargs(self, **kwargs):
        # No view adds, edits, copies or deletes a case.
        return {
            **super().get_common_view_kwargs(**kwargs),
            "add_url_name": None,
            "edit_url_name": None,
            "delete_url_name": None,
        }

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("<int:pk>/", self.inspect_view, name="inspect"),
        ]


case_viewset = CaseViewSet()


@hooks.register("register_log_actions")
def register_case_log_actions(actions):
    for action, label in [
        (cases.STATUS_ACTION, gettext_lazy("Case status changed")),
        (cases.NOTE_ACTION, gettext_lazy("Case note added")),
        (cases.PUBLISH_ACTION, gettext_lazy("Case outcome published")),
        (cases.PARTY_ACTION, gettext_lazy("Case party concerned set")),
        (cases.REGISTER_ACTION, gettext_lazy("Case decision recorded on the register")),
    ]:
        actions.register_action(action, label, label)
