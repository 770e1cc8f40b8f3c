from functools import cache

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import ObjectList
from wagtail.admin.widgets import ListingButton
from wagtail.snippets.views.snippets import CreateView, EditView, SnippetViewSet

from .models import PRIVATE_DETAILS_PERMISSION, Organisation


@cache
def public_edit_handler():
    return ObjectList(Organisation.panels).bind_to_model(Organisation)


class PrivateDetailsOnlyWithPermission:
    """The form of a party with its private details for those who hold
    PRIVATE_DETAILS_PERMISSION (superusers only, today), without them for everyone else: not
    hidden, absent from the form, so they are neither shown nor sent nor changed."""

    def get_panel(self):
        if self.request.user.has_perm(PRIVATE_DETAILS_PERMISSION):
            return super().get_panel()
        return public_edit_handler()

    def get_form_class(self):
        return self.panel.get_form_class()


class OrganisationCreateView(PrivateDetailsOnlyWithPermission, CreateView):
    pass


class OrganisationEditView(PrivateDetailsOnlyWithPermission, EditView):
    pass


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name_be", "name_en", "kind", "role", "safety_level"]
    list_filter = ["kind", "role", "safety_level"]
    add_view_class = OrganisationCreateView
    edit_view_class = OrganisationEditView
    edit_handler = ObjectList([*Organisation.panels, *Organisation.private_panels])


def merge_button(snippet, user):
    if not isinstance(snippet, Organisation):
        return []
    if not user.has_perm("organisations.delete_organisation"):
        return []
    return [
        ListingButton(
            _("Merge a duplicate"),
            reverse("organisations_admin:merge", args=[snippet.pk]),
            priority=90,
        )
    ]
