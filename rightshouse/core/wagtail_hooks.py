from django.http import Http404
from django.templatetags.static import static
from django.urls import include, path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.models import Page

from rightshouse.core.languages import active_locale
from rightshouse.core.translations import creator as translation_creator
from rightshouse.core.translations import views as translation_views
from rightshouse.core.translations.notices import show_translation_notices


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


# --- Translations (rightshouse/core/translations/) --------------------------------------

translation_creator.install()


@hooks.register("register_admin_urls", order=-1)
def translation_admin_urls():
    """The report, and the sync view in the place of wagtail-localize's: its address is
    matched here first (order=-1), so `wagtail_localize:update_translations` leads to it."""
    urls = [
        path(
            "localize/update/<int:translation_source_id>/",
            translation_views.DraftsOnlyUpdateTranslationsView.as_view(),
            name="update_translations",
        ),
        path(
            "reports/out-of-date-translations/",
            translation_views.OutOfDateTranslationsView.as_view(),
            name="out_of_date",
        ),
        path(
            "reports/out-of-date-translations/results/",
            translation_views.OutOfDateTranslationsView.as_view(results_only=True),
            name="out_of_date_results",
        ),
    ]
    return [path("", include((urls, "rightshouse_translations")))]


@hooks.register("register_reports_menu_item")
def out_of_date_translations_menu_item():
    return MenuItem(
        _("Out-of-date translations"),
        reverse("rightshouse_translations:out_of_date"),
        icon_name="warning",
        order=9001,
    )


@hooks.register("before_edit_page", order=-1)
def page_translation_notices(request, page):
    show_translation_notices(request, page)


@hooks.register("before_edit_snippet", order=-1)
def snippet_translation_notices(request, instance):
    show_translation_notices(request, instance)
