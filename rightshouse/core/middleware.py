from django.conf import settings
from django.utils.cache import patch_cache_control


class SecurityHeadersMiddleware:
    """Headers Django has no setting for, and the exceptions pages with forms need.

    See MIDDLEWARE in settings.base for why it sits where it does.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        if self._has_private_content(request):
            patch_cache_control(response, private=True, no_store=True)
        if self._has_form(request):
            # Under "no-referrer" browsers send `Origin: null` with a form's POST, which
            # Django's CSRF check rightly refuses. "same-origin" still sends nothing to
            # other sites.
            response.headers["Referrer-Policy"] = "same-origin"
        if request.path.startswith(settings.ADMIN_PATH_PREFIXES):
            response._csp_update = settings.ADMIN_CSP_ADDITIONS
        return response

    @staticmethod
    def _has_form(request):
        # Set when a CSRF token was issued for a form, or sent back by an editor's browser;
        # public visitors have neither.
        return "CSRF_COOKIE" in request.META

    def _has_private_content(self, request):
        return (
            request.path.startswith(settings.ADMIN_PATH_PREFIXES)
            or self._has_form(request)
            or getattr(getattr(request, "user", None), "is_authenticated", False)
        )
