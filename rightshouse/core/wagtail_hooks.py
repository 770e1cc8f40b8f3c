from django.http import Http404
from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks
from wagtail.models import Page

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


@hooks.register("construct_translated_pages_to_cascade_actions")
def cascade_to_translations(pages, action):
    """Deleting, moving or unpublishing a page in the admin does the same to its translations
    (the admin lists them in its confirmation): one item, in every language it exists in.

    wagtail-localize registers no such rule; this is wagtail.contrib.simple_translation's
    with its tree syncing switched on."""
    translations = {}
    for page in pages:
        others = Page.objects.translation_of(page, inclusive=False)
        if action == "unpublish":
            others = others.filter(alias_of__isnull=True)
        translations[page] = others
    return translations
