from importlib import import_module

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page

from rightshouse.core.slugs import LatinSlugMixin


def _route(pattern, name, view):
    """A route of the page calling `view` ("module.function" of principles/views/) with
    (request, page, ...); imported when first called, as the views import these models."""
    module, function = view.split(".")

    def serve(page, request, *args, **kwargs):
        views = import_module(f"rightshouse.principles.views.{module}")
        return getattr(views, function)(request, page, *args, **kwargs)

    return path(pattern, name=name)(serve)


class PrinciplesPage(LatinSlugMixin, RoutablePageMixin, Page):
    """The Principles of Human Rights Work: the edition in force, older editions and what
    changed, the numbered register of accession with its exports and feeds, the accession
    form, and the complaints procedure. One page per language; editions, the register and
    cases are the same in every language (rightshouse.principles.models)."""

    intro = RichTextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["core.HomePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("principles page")

    def url_of(self, route_name, *args, request=None):
        return self.get_url(request) + self.reverse_subpage(route_name, args=args)

    current_edition_view = _route("", None, "editions.current")
    edition_view = _route("editions/<int:number>/", "edition", "editions.edition")
    edition_changes_view = _route(
        "editions/<int:number>/changes/", "edition_changes", "editions.changes"
    )
    register_view = _route("register/", "register", "register.register")
    # Wagtail serves addresses ending in "/" only; the files are named by Content-Disposition.
    register_csv_view = _route("register/csv/", "register_csv", "register.register_csv")
    register_json_view = _route("register/json/", "register_json", "register.register_json")
    register_rss_view = _route("register/rss/", "register_rss", "register.register_rss")
    register_atom_view = _route("register/atom/", "register_atom", "register.register_atom")
    accede_view = _route("accede/", "accede", "accede.accede")
    accede_sent_view = _route("accede/sent/", "accede_sent", "accede.sent")
    report_view = _route("report/", "report", "cases.report")
    report_sent_view = _route("report/sent/", "report_sent", "cases.sent")
    decisions_view = _route("decisions/", "decisions", "cases.decisions")
