"""Admin hooks: the "Joint statements" menu group and its log actions (viewsets/)."""

from wagtail import hooks

from .viewsets import StatementsViewSetGroup
from .viewsets import base as _log_actions  # noqa: F401 - registers the log actions


@hooks.register("register_admin_viewset")
def register_statements_viewsets():
    return StatementsViewSetGroup()
