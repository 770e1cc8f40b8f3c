from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import SnippetViewSet

from ..models import Edition


class EditionViewSet(SnippetViewSet):
    model = Edition
    icon = "doc-full"
    menu_label = _("Editions")
    url_prefix = "principles/editions"
    url_namespace = "principles_editions"


edition_viewset = EditionViewSet()
