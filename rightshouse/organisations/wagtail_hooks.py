from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from . import admin_views
from .services import MERGE_ACTION
from .viewsets import OrganisationViewSet, merge_button

register_snippet(OrganisationViewSet)


@hooks.register("register_admin_urls")
def merge_urls():
    urls = [path("merge/<int:pk>/", admin_views.merge, name="merge")]
    return [path("organisations/", include((urls, "organisations_admin")))]


@hooks.register("register_snippet_listing_buttons")
def snippet_merge_button(snippet, user, next_url=None):
    return merge_button(snippet, user)


@hooks.register("register_log_actions")
def register_merge_action(actions):
    actions.register_action(MERGE_ACTION, _("Merge"), _("Merged a duplicate into this party"))
