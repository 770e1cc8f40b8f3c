"""What a visitor may send: the public site reads (GET, HEAD); a few forms take a POST.

Any other method on a public route gets `405 Method Not Allowed` with an `Allow` header and
the site's 405 page, before Django's CSRF check could answer a POST or PUT with its bare 403
page; OPTIONS gets `204 No Content` with the same `Allow` header. The admin answers every
method itself.
"""

import re

from django.conf import settings
from django.http import HttpResponse
from django.template import TemplateDoesNotExist
from django.template.loader import render_to_string

READ_METHODS = ("GET", "HEAD")

# The public routes whose form is sent with POST; "{language}" stands for any site language.
POST_ROUTES = (
    # The password form of a password-restricted page (rightshouse.users.login).
    r"/{language}/_util/authenticate_with_password/\d+/\d+/",
    # The login form of a page restricted to logged-in users (rightshouse.users.login).
    r"/{language}/_util/login/",
    # The password form of a password-restricted collection's documents (Wagtail's).
    r"/documents/authenticate_with_password/\d+/",
    # The accession and complaints forms of the Principles page (rightshouse.principles).
    r"/{language}/[^/]+/accede/",
    r"/{language}/[^/]+/report/",
    # Signing a joint statement and re-confirming or withdrawing it (rightshouse.statements).
    r"/{language}/joint-statements/sign/[^/]+/",
    r"/{language}/joint-statements/signature/[^/]+/",
    # Asking for support, offering it, and coming back with a receipt (rightshouse.support).
    r"/{language}/support/request/",
    r"/{language}/support/offer/",
    r"/{language}/support/case/",
)


def allow_header(methods):
    return ", ".join([*methods, "OPTIONS"])


class AllowedMethodsMiddleware:
    """Sits before CsrfViewMiddleware (settings.MIDDLEWARE), so its process_view answers first.

    Paths that resolve to no view are left to the 404 they get anyway.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        languages = "|".join(re.escape(code) for code, _name in settings.LANGUAGES)
        self.post_routes = re.compile(
            "|".join(f"(?:{route.format(language=f'(?:{languages})')})" for route in POST_ROUTES)
        )

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.method in READ_METHODS or request.path_info.startswith(
            settings.ADMIN_PATH_PREFIXES
        ):
            return None
        allowed = READ_METHODS
        if self.post_routes.fullmatch(request.path_info):
            allowed = (*READ_METHODS, "POST")
        if request.method in allowed:
            return None
        if request.method == "OPTIONS":
            response = HttpResponse(status=204)
            response["Allow"] = allow_header(allowed)
            return response
        return self.not_allowed(request, allowed)

    @staticmethod
    def not_allowed(request, allowed):
        """The site's own page in the request's language, for a stale or mistaken form."""
        try:
            content = render_to_string("405.html", request=request)
        except TemplateDoesNotExist:
            content = ""
        response = HttpResponse(content, status=405)
        response["Allow"] = allow_header(allowed)
        return response
