from django.http import Http404
from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks

from rightshouse.core.languages import active_locale


@hooks.register("before_serve_page")
def serve_pages_only_in_their_own_language(page, request, serve_args, serve_kwargs):
    """Wagtail falls back to the default-language tree when a language has no home page;
    that would show Belarusian text under /ru/ or /en/, so such a request is a 404 instead."""
    if page.locale_id != active_locale(request).pk:
        raise Http404("This page does not exist in this language.")


@hooks.register("insert_global_admin_js")
def admin_init_script():
    """Runs what Wagtail's inline scripts did in the templates overridden under
    templates/wagtailadmin/, so those need no 'unsafe-inline' (see ADMIN_CSP_* in settings)."""
    return format_html('<script src="{}"></script>', static("js/admin-init.js"))
