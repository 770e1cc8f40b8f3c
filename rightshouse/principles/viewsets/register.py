from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.model import ModelViewSet

from ..models import Accession, AccessionApplication


class ApplicationViewSet(ModelViewSet):
    model = AccessionApplication
    icon = "form"
    menu_label = _("Applications")
    url_prefix = "principles/applications"
    url_namespace = "principles_applications"
    form_fields = ["decision_reason"]


class AccessionViewSet(ModelViewSet):
    model = Accession
    icon = "list-ol"
    menu_label = _("Register")
    url_prefix = "principles/register"
    url_namespace = "principles_register"
    form_fields = ["acceded_on"]


application_viewset = ApplicationViewSet()
accession_viewset = AccessionViewSet()
