from django.conf import settings
from django.http import HttpResponseNotFound
from django.http.request import split_domain_port

ADMIN_PREFIX = "/admin/"


class AdminHostMiddleware:
    """With ADMIN_HOST set, the Wagtail admin answers on that host name only.

    Any /admin/ path on another host is a plain 404; everything else passes untouched, and
    with ADMIN_HOST empty the middleware does nothing. The editors' session cookie is then
    only ever set for, and sent to, the admin host (see README, "Configuration").
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        admin_host = settings.ADMIN_HOST
        if admin_host and request.path_info.startswith(ADMIN_PREFIX):
            host, _port = split_domain_port(request.get_host())
            if host != split_domain_port(admin_host)[0]:
                return HttpResponseNotFound("Not Found", content_type="text/plain")
        return self.get_response(request)
