from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.model import ModelViewSet

from ..models import Case


class CaseViewSet(ModelViewSet):
    model = Case
    icon = "warning"
    menu_label = _("Complaints")
    url_prefix = "principles/cases"
    url_namespace = "principles_cases"
    form_fields = ["decision"]


case_viewset = CaseViewSet()
