from django.conf import settings
from django.http import HttpResponseRedirect
from django.urls import Resolver404, resolve, reverse
from django.utils.cache import add_never_cache_headers
from django.utils.http import urlencode

from rightshouse.users import two_factor

# What an admin user may open before the second factor: the steps themselves, and what
# their pages (and Wagtail's login page) need.
ALLOWED_BEFORE_SECOND_FACTOR = frozenset(
    {
        "wagtailadmin_login",
        "wagtailadmin_logout",
        "wagtailadmin_javascript_catalog",
        "wagtailadmin_sprite",
        "two_factor:enrol",
        "two_factor:verify",
    }
)


class RequireSecondFactorMiddleware:
    """An admin user's session opens the admin only after the second factor.

    Until then every admin URL redirects to the verify step, or to enrolment for a user
    without an authenticator app yet. Needs django-otp's OTPMiddleware before it.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith(settings.ADMIN_PATH_PREFIXES) and self._must_verify(
            request
        ):
            return self._redirect_to_second_factor(request)
        return self.get_response(request)

    @staticmethod
    def _must_verify(request):
        user = request.user
        if not two_factor.can_access_admin(user) or user.is_verified():
            return False
        try:
            view_name = resolve(request.path_info, getattr(request, "urlconf", None)).view_name
        except Resolver404:
            view_name = None
        return view_name not in ALLOWED_BEFORE_SECOND_FACTOR

    @staticmethod
    def _redirect_to_second_factor(request):
        if two_factor.has_confirmed_device(request.user):
            url = reverse("two_factor:verify")
        else:
            url = reverse("two_factor:enrol")
        if request.method in ("GET", "HEAD"):
            url += "?" + urlencode({"next": request.get_full_path()})
        response = HttpResponseRedirect(url)
        # The answer depends on the session: no shared cache may keep it.
        add_never_cache_headers(response)
        return response
