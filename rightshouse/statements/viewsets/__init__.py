"""The admin of joint statements: coordinators' statements (statements.py), the accounts
that represent organisations (representatives.py) and a representative's own invitations
(mine.py), in one menu group."""

from django.utils.translation import gettext_lazy
from wagtail.admin.viewsets.base import ViewSetGroup

from .mine import my_invitations_viewset
from .representatives import representative_viewset
from .statements import statement_viewset


class StatementsViewSetGroup(ViewSetGroup):
    menu_label = gettext_lazy("Joint statements")
    menu_icon = "doc-full"
    menu_order = 260
    items = (statement_viewset, representative_viewset, my_invitations_viewset)
