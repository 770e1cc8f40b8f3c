from functools import partial

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from rightshouse.core import views as core_views
from rightshouse.core.sitemaps import ObjectSitemap, PageSitemap
from rightshouse.organisations.sitemaps import PartySitemap
from rightshouse.principles.sitemaps import PrinciplesSitemap
from rightshouse.publications.listing import tags_with_public_items
from rightshouse.publications.urls import archive_patterns, subscribe_patterns
from rightshouse.search import views as search_views
from rightshouse.users import login

# Sections of sitemap.xml: factories, called with each request (rightshouse.core.views).
SITEMAPS = {
    "pages": PageSitemap,
    "tags": partial(ObjectSitemap, tags_with_public_items, "tags"),
    "organisations": PartySitemap,
    "principles": PrinciplesSitemap,
}

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("robots.txt", core_views.robots_txt, name="robots_txt"),
    path("favicon.ico", core_views.favicon_ico, name="favicon"),
    path("sitemap.xml", core_views.sitemap_index, {"sitemaps": SITEMAPS}, name="sitemap"),
    path(
        "sitemap-<slug:section>.xml",
        core_views.sitemap_section,
        {"sitemaps": SITEMAPS},
        name="sitemap_section",
    ),
]

urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    path("tags/", include("rightshouse.publications.urls")),
    path("subscribe/", include(subscribe_patterns)),
    path("archive/", include(archive_patterns)),
    path("organisations/", include("rightshouse.organisations.urls")),
    path("joint-statements/", include("rightshouse.statements.urls")),
    path("support/", include("rightshouse.support.urls")),
    # Wagtail's own routes for these two come below; the throttled versions answer first.
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        login.authenticate_with_password,
    ),
    path("_util/login/", login.frontend_login),
    path("", include(wagtail_urls)),
)

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
