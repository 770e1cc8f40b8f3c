"""What the staff's views of applications (applications.py) and of the register (register.py)
share: read-only viewsets whose records change only through the rules of registry.py, and the
log actions they record.

Every decision and event is logged (wagtail.log_actions) on the application or the accession,
whose labels ("Application of 2025-03-01", "No. 28") carry no personal data; nor does the data
logged with them.
"""

from django.contrib.auth import get_permission_codename
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.urls import path, reverse
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.admin_url_finder import ModelAdminURLFinder
from wagtail.admin.viewsets.model import ModelViewSet

from rightshouse.organisations.models import PRIVATE_DETAILS_PERMISSION

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
