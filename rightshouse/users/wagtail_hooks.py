from django.urls import include, path, reverse
from django.utils.translation import gettext
from wagtail import hooks

from rightshouse.users import admin_language, admin_views


@hooks.register("register_admin_urls")
def two_factor_urls():
    """/admin/two-factor/..., behind Wagtail's admin access check like all admin URLs."""
    urls = [
        path("", admin_views.account, name="account"),
        path("enrol/", admin_views.enrol, name="enrol"),
        path("verify/", admin_views.verify, name="verify"),
        path("recovery-codes/", admin_views.new_recovery_codes, name="new_recovery_codes"),
    ]
    return [path("two-factor/", include((urls, "two_factor"), namespace="two_factor"))]


@hooks.register("register_admin_urls", order=1000)
def translated_snippet_choosers():
    """Runs as the admin's URLs load, before any admin form is built and after every snippet
    and viewset has registered its chooser (Wagtail registers hook-provided viewsets in its
    own register_admin_urls hook, of order 0); adds no URL."""
    admin_language.use_translated_snippet_choosers()
    return []


@hooks.register("register_account_menu_item")
def two_factor_account_menu_item(request):
    return {
        "url": reverse("two_factor:account"),
        "label": gettext("Two-factor authentication"),
        "help_text": gettext("Your authenticator app and recovery codes."),
    }
