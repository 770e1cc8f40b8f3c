"""Files at the site's root: robots.txt, favicon.ico, sitemap.xml."""

from functools import cache, partial

from django.conf import settings
from django.contrib.sitemaps import views as sitemap_views
from django.contrib.sites.shortcuts import get_current_site
from django.contrib.staticfiles import finders
from django.core.paginator import EmptyPage, PageNotAnInteger
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.views.decorators.http import require_safe

from rightshouse.core.sitemaps import urlset_xml

# Crawlers and browsers ask for these often; they change with a deployment at most.
ROOT_FILE_MAX_AGE = 24 * 60 * 60


@require_safe
def robots_txt(request):
    """Everything public may be crawled, except the admin and search results (endless
    combinations of queries, and what someone searched for is nobody else's business)."""
    lines = ["User-agent: *", "Disallow: /admin/"]
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            lines.append(f"Disallow: {reverse('search')}")
    lines += ["Allow: /", "", f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}", ""]
    response = HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
    response["Cache-Control"] = f"public, max-age={ROOT_FILE_MAX_AGE}"
    return response


@cache
def _favicon_bytes():
    path = finders.find("img/favicon.ico")
    if not path:
        return None
    with open(path, "rb") as file:
        return file.read()


@require_safe
def favicon_ico(request):
    """/favicon.ico, which browsers and feed readers request whatever the page says; the
    pages themselves point to the SVG icon and this 16/32 px fallback in static/img/."""
    data = _favicon_bytes()
    if data is None:
        raise Http404("No favicon.")
    response = HttpResponse(data, content_type="image/x-icon")
    response["Cache-Control"] = f"public, max-age={ROOT_FILE_MAX_AGE}"
    return response


def _for_request(sitemaps, request):
    """{section: sitemap factory}, each sitemap made with this request (see core.sitemaps)."""
    return {name: partial(factory, request=request) for name, factory in sitemaps.items()}


@require_safe
def sitemap_index(request, sitemaps):
    return sitemap_views.index(
        request,
        _for_request(sitemaps, request),
        template_name="core/sitemap_index.xml",
        sitemap_url_name="sitemap_section",
    )


@require_safe
def sitemap_section(request, sitemaps, section):
    """One section of sitemap.xml, `?p=N` for its pages beyond the first (as Django's own
    sitemap view, which renders through a template: see core.sitemaps.urlset_xml)."""
    if section not in sitemaps:
        raise Http404("No such sitemap.")
    sitemap = sitemaps[section](request=request)
    try:
        urls = sitemap.get_urls(
            page=request.GET.get("p", 1), site=get_current_site(request), protocol=request.scheme
        )
    except (EmptyPage, PageNotAnInteger) as error:
        raise Http404(str(error)) from error
    response = HttpResponse(urlset_xml(urls), content_type="application/xml")
    response["X-Robots-Tag"] = "noindex, noodp, noarchive"
    return response


def csrf_failure(request, reason=""):
    """A form sent without its security token (a page kept open for days, cookies off): the
    site's own page, in the visitor's language, saying what to do; not Django's bare 403."""
    return render(request, "403_csrf.html", status=403)
