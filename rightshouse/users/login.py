"""Password forms that slow down guessing: the admin login, the login for pages restricted
to logged-in users, and the password of a password-restricted page (rightshouse.core.throttle).
"""

from django import forms
from django.conf import settings
from django.contrib.auth import views as auth_views
from django.contrib.auth.forms import AuthenticationForm
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm
from wagtail.forms import PasswordViewRestrictionForm
from wagtail.models import Page, PageViewRestriction

from rightshouse.core import throttle

TOO_MANY_ATTEMPTS = _(
    "Too many wrong passwords. For safety, this is blocked for up to %(minutes)d minutes;"
    " please try again later."
)


def too_many_attempts():
    return forms.ValidationError(
        TOO_MANY_ATTEMPTS, code="throttled", params={"minutes": throttle.wait_minutes()}
    )


class ThrottledAuthenticationMixin:
    """Refuses to check a password while the account (or the whole site) is throttled."""

    def clean(self):
        username = (self.cleaned_data.get("username") or "").casefold()
        if throttle.is_refused(throttle.LOGIN, username):
            raise too_many_attempts()
        try:
            cleaned_data = super().clean()
        except forms.ValidationError as error:
            if error.code == "invalid_login":
                throttle.record_failure(throttle.LOGIN, username)
            raise
        throttle.forget_failures(throttle.LOGIN, username)
        return cleaned_data


class AdminLoginForm(ThrottledAuthenticationMixin, WagtailLoginForm):
    # "Remember me" would keep the session past the browser's closing.
    remember = None


class FrontendLoginForm(ThrottledAuthenticationMixin, AuthenticationForm):
    pass


frontend_login = auth_views.LoginView.as_view(
    template_name="core/login.html", authentication_form=FrontendLoginForm
)


class PagePasswordForm(PasswordViewRestrictionForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].widget.attrs["autocomplete"] = "current-password"

    def clean_password(self):
        target = str(self.restriction.pk)
        if throttle.is_refused(throttle.PAGE_PASSWORD, target):
            raise too_many_attempts()
        try:
            password = super().clean_password()
        except forms.ValidationError:
            throttle.record_failure(throttle.PAGE_PASSWORD, target)
            raise
        throttle.forget_failures(throttle.PAGE_PASSWORD, target)
        return password


@require_http_methods(["GET", "POST"])
def authenticate_with_password(request, page_view_restriction_id, page_id):
    """Wagtail's view of the same name, with the throttled form."""
    restriction = get_object_or_404(PageViewRestriction, id=page_view_restriction_id)
    page = get_object_or_404(Page, id=page_id).specific
    form = PagePasswordForm(request.POST or None, instance=restriction)
    if request.method == "POST" and form.is_valid():
        return_url = form.cleaned_data["return_url"]
        if not url_has_allowed_host_and_scheme(return_url, request.get_host(), request.is_secure()):
            return_url = settings.LOGIN_REDIRECT_URL
        restriction.mark_as_passed(request)
        return redirect(return_url)
    action_url = reverse("wagtailcore_authenticate_with_password", args=[restriction.id, page.id])
    return page.serve_password_required_response(request, form, action_url)
