from django.conf import settings
from django.middleware import locale
from django.utils import translation
from django.utils.cache import patch_cache_control

from rightshouse.core.languages import has_language_prefix


class LocaleMiddleware(locale.LocaleMiddleware):
    """Django's, except that a 404 on a path without a language prefix stays one 404.

    Django answers such a 404 with a redirect to /<language><path> whenever that path would
    resolve, and under Wagtail's catch-all page route every path does: `/de/` went to
    `/be/de/` and a second 404, `/news/` to whichever language the browser prefers, where
    that slug may not exist. Only `/` is redirected by language.
    """

    def process_response(self, request, response):
        if (
            response.status_code == 404
            and request.path_info != "/"
            and not has_language_prefix(request.path_info)
        ):
            response.headers.setdefault("Content-Language", translation.get_language())
            return response
        return super().process_response(request, response)


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
            self._apply_admin_policy(request, response)
        return response

    @staticmethod
    def _apply_admin_policy(request, response):
        """The admin views' exceptions to the strict policy, each listed in settings.

        'unsafe-inline' where Wagtail still needs inline code; frame-src 'self' where the page
        hosts Wagtail's preview panel, and frame-ancestors 'self' on the preview responses it
        frames (the only admin responses that may be framed at all, with X-Frame-Options to
        match); blob: images where uploads show a thumbnail of the chosen file."""
        match = getattr(request, "resolver_match", None)
        view_name = match.view_name if match else None
        update, replace = {}, {}
        if view_name in settings.ADMIN_CSP_UNSAFE_INLINE_SCRIPT_VIEWS:
            update["script-src"] = ["'unsafe-inline'"]
        if view_name in settings.ADMIN_CSP_UNSAFE_INLINE_STYLE_VIEWS:
            update["style-src"] = ["'unsafe-inline'"]
        if view_name in settings.ADMIN_CSP_BLOB_IMAGE_VIEWS:
            update["img-src"] = ["blob:"]
        # Replaced rather than added to: 'none' must stand alone in a source list.
        if view_name in settings.ADMIN_CSP_PREVIEW_PANEL_VIEWS:
            replace["frame-src"] = ["'self'"]
        framed_preview = view_name in settings.ADMIN_CSP_PREVIEW_VIEWS
        if framed_preview:
            replace["frame-ancestors"] = ["'self'"]
        # Wagtail marks every preview response SAMEORIGIN (wagtail-localize's too); only those
        # the preview panel frames keep it, so the two headers never disagree.
        response.headers["X-Frame-Options"] = "SAMEORIGIN" if framed_preview else "DENY"
        # A preview renders the page through the whole middleware chain once more, for a
        # dummy request to its public address (Page.make_preview_request), which leaves the
        # public policy on the response; django-csp would keep it. The admin view's own
        # policy, built from the same settings, replaces it.
        response.headers.pop("Content-Security-Policy", None)
        if update:
            response._csp_update = update
        if replace:
            response._csp_replace = replace

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
