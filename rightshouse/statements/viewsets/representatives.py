"""Which accounts act for which organisations (statements.Representative), kept by the
House's coordinators: a representative sees their organisations' invitations in the admin
and, if an organisation acceded to the Principles, may coordinate statements for it.

The log's label is "Representative N": the account's name stays out of the log.
"""

from django.db import transaction
from django.utils.translation import gettext_lazy
from wagtail.admin.views.generic import CreateView, DeleteView, EditView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.log_actions import log

from ..models import Representative


def _label(representative):
    return f"Representative {representative.pk}"


class RepresentativeCreateView(CreateView):
    def save_instance(self):
        instance = self.form.save()
        log(instance=instance, action="wagtail.create", content_changed=True,
            title=_label(instance))  # fmt: skip
        return instance


class RepresentativeEditView(EditView):
    def save_instance(self):
        instance = self.form.save()
        self.has_content_changes = self.form.has_changed()
        log(instance=instance, action="wagtail.edit", content_changed=self.has_content_changes,
            title=_label(instance))  # fmt: skip
        return instance


class RepresentativeDeleteView(DeleteView):
    def delete_action(self):
        with transaction.atomic():
            log(instance=self.object, action="wagtail.delete", title=_label(self.object))
            self.object.delete()


class RepresentativeViewSet(ModelViewSet):
    model = Representative
    icon = "user"
    menu_label = gettext_lazy("Representatives")
    url_prefix = "joint-statements/representatives"
    url_namespace = "statements_representatives"
    form_fields = ["user", "party"]
    list_display = ["user", "party"]
    search_fields = None
    copy_view_enabled = False
    inspect_view_enabled = False
    add_view_class = RepresentativeCreateView
    edit_view_class = RepresentativeEditView
    delete_view_class = RepresentativeDeleteView
    ordering = ["party__name_be", "pk"]


representative_viewset = RepresentativeViewSet()
