from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSetGroup

from .views import register as register_views
from .viewsets.applications import application_viewset
from .viewsets.cases import case_viewset
from .viewsets.editions import edition_viewset, refuse_deleting_frozen_editions
from .viewsets.register import accession_viewset


class PrinciplesViewSetGroup(ViewSetGroup):
    menu_label = _("Principles")
    menu_icon = "list-ol"
    menu_order = 250
    items = (application_viewset, accession_viewset, case_viewset, edition_viewset)


@hooks.register("register_admin_viewset")
def register_principles_viewsets():
    return PrinciplesViewSetGroup()


@hooks.register("rightshouse_party_profile_sections")
def party_accession_section(party, request):
    return register_views.profile_section(party, request)


# An edition someone acceded to stays, whether deleted alone or in a bulk action.
hooks.register("before_delete_snippet", refuse_deleting_frozen_editions)
