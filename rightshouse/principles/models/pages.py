from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page

from rightshouse.core.slugs import LatinSlugMixin


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

    @path("")
    def current_edition_view(self, request):
        from ..views import editions

        return editions.current(request, self)

    @path("editions/<int:number>/", name="edition")
    def edition_view(self, request, number):
        from ..views import editions

        return editions.edition(request, self, number)

    @path("editions/<int:number>/changes/", name="edition_changes")
    def edition_changes_view(self, request, number):
        from ..views import editions

        return editions.changes(request, self, number)

    @path("register/", name="register")
    def register_view(self, request):
        from ..views import register

        return register.register(request, self)

    # Wagtail serves addresses ending in "/" only; the files are named by Content-Disposition.
    @path("register/csv/", name="register_csv")
    def register_csv_view(self, request):
        from ..views import register

        return register.register_csv(request, self)

    @path("register/json/", name="register_json")
    def register_json_view(self, request):
        from ..views import register

        return register.register_json(request, self)

    @path("register/rss/", name="register_rss")
    def register_rss_view(self, request):
        from ..views import register

        return register.register_rss(request, self)

    @path("register/atom/", name="register_atom")
    def register_atom_view(self, request):
        from ..views import register

        return register.register_atom(request, self)

    @path("accede/", name="accede")
    def accede_view(self, request):
        from ..views import accede

        return accede.accede(request, self)

    @path("accede/sent/", name="accede_sent")
    def accede_sent_view(self, request):
        from ..views import accede

        return accede.sent(request, self)

    @path("report/", name="report")
    def report_view(self, request):
        from ..views import cases

        return cases.report(request, self)

    @path("report/sent/", name="report_sent")
    def report_sent_view(self, request):
        from ..views import cases

        return cases.sent(request, self)

    @path("decisions/", name="decisions")
    def decisions_view(self, request):
        from ..views import cases

        return cases.decisions(request, self)
