"""Two-factor login in the Wagtail admin: enrolment, the verify step, the account page.

Wagtail serves these under /admin/two-factor/ (wagtail_hooks) behind its own admin access
check; RequireSecondFactorMiddleware lets an unverified admin user reach only the two
steps, so the account views can rely on a verified session.
"""

from base64 import b32encode
from urllib.parse import urlsplit

import django_otp
import segno
from django.contrib import messages
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.safestring import mark_safe
from django.utils.translation import gettext
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods, require_POST
from django_otp.plugins.otp_static.models import StaticDevice

from rightshouse.users import two_factor
from rightshouse.users.forms import ConfirmDeviceForm, NewRecoveryCodesForm, VerifyForm

STEPS = ("two_factor:enrol", "two_factor:verify")


@require_http_methods(["GET", "HEAD", "POST"])
@sensitive_post_parameters("code")
def enrol(request):
    user = request.user
    next_url = safe_next_url(request)
    if two_factor.has_confirmed_device(user):
        # Enrolling another app would bypass the one already set up.
        return redirect_to_step("two_factor:verify", next_url)
    device = two_factor.enrol(user)
    form = ConfirmDeviceForm(device, request.POST if request.method == "POST" else None)
    if form.is_bound and form.is_valid():
        pass_second_factor(request, form.device)
        codes = two_factor.create_recovery_codes(user)
        return show_recovery_codes(request, codes, next_url, enrolled=True)
    context = {
        "title": gettext("Set up two-factor authentication"),
        "form": form,
        "next": next_url,
        "qr_code": qr_code_svg(device),
        "secret": grouped(b32encode(device.bin_key).decode(), 4),
    }
    return TemplateResponse(request, "users/two_factor_enrol.html", context)


@require_http_methods(["GET", "HEAD", "POST"])
@sensitive_post_parameters("code")
def verify(request):
    user = request.user
    next_url = safe_next_url(request)
    if user.is_verified():
        return HttpResponseRedirect(next_url)
    if not two_factor.has_confirmed_device(user):
        return redirect_to_step("two_factor:enrol", next_url)
    form = VerifyForm(user, request.POST if request.method == "POST" else None)
    if form.is_bound and form.is_valid():
        pass_second_factor(request, form.device)
        if isinstance(form.device, StaticDevice):
            messages.warning(
                request,
                gettext(
                    "You logged in with a recovery code; it will not work again."
                    " Recovery codes left: %(count)s."
                )
                % {"count": two_factor.recovery_codes_left(user)},
            )
        return HttpResponseRedirect(next_url)
    context = {"title": gettext("Two-factor authentication"), "form": form, "next": next_url}
    return TemplateResponse(request, "users/two_factor_verify.html", context)


@require_http_methods(["GET", "HEAD"])
def account(request):
    return render_account(request, NewRecoveryCodesForm(request.user))


@require_POST
@sensitive_post_parameters("code")
def new_recovery_codes(request):
    form = NewRecoveryCodesForm(request.user, request.POST)
    if not form.is_valid():
        return render_account(request, form)
    codes = two_factor.create_recovery_codes(request.user)
    return show_recovery_codes(request, codes, reverse("two_factor:account"))


def render_account(request, form):
    context = {
        "form": form,
        "enabled": two_factor.has_confirmed_device(request.user),
        "codes_left": two_factor.recovery_codes_left(request.user),
    }
    return TemplateResponse(request, "users/two_factor_account.html", context)


def show_recovery_codes(request, codes, next_url, enrolled=False):
    """The only time the codes are shown: the answer to the POST that made them (Wagtail
    marks every admin response never_cache)."""
    context = {
        "codes": [two_factor.format_recovery_code(code) for code in codes],
        "next": next_url,
        "enrolled": enrolled,
    }
    return TemplateResponse(request, "users/two_factor_recovery_codes.html", context)


def pass_second_factor(request, device):
    django_otp.login(request, device)
    # The session is now worth more than after the password alone: give it a new key.
    request.session.cycle_key()


def qr_code_svg(device):
    qr_code = segno.make(device.config_url, error="m")
    svg = qr_code.svg_inline(
        scale=4,
        dark="#000",
        light="#fff",  # a light background keeps it scannable in the dark admin theme
        title=gettext("QR code for your authenticator app"),
        svgclass="two-factor-qr-code",
    )
    return mark_safe(svg)  # noqa: S308 - segno's own markup; it escapes the title


def grouped(text, size):
    return " ".join(text[i : i + size] for i in range(0, len(text), size))


def safe_next_url(request):
    """Where to go after the second factor: `next` if it is on this site and is not one of
    the steps themselves; otherwise the dashboard."""
    url = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ) and urlsplit(url).path not in {reverse(step) for step in STEPS}:
        return url
    return reverse("wagtailadmin_home")


def redirect_to_step(step, next_url):
    return HttpResponseRedirect(f"{reverse(step)}?{urlencode({'next': next_url})}")
