"""Two-factor sign-in, set up by each staff member for themselves.

At first sign-in (when ADMIN_REQUIRE_2FA is on) or from "Two-factor sign-in" in the
admin's top bar, a staff member scans a QR code (or types the key) into an
authenticator app, proves it with one code, and is given recovery codes, each good
once, for the day the phone is lost. No administrator has to do it for them.

These views are reached by a session that has given the password but (at first
sign-in) no code yet, so they are not wrapped in admin_view: each checks for itself
that the person is an active staff member, and everything that changes an
authenticator already set up asks for a session verified with a code.

Devices and recovery codes are django-otp's own models (TOTPDevice, StaticDevice);
secrets never reach a log line, and the pages that show them are never cached.
"""

import io
import logging
import math
from base64 import b32encode
from functools import wraps
from typing import Any

import qrcode
import qrcode.image.svg
from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.auth.views import LogoutView, redirect_to_login
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

logger = logging.getLogger("netclinic.signin")
StrOrPromise = str | Promise


def normalised_code(code: str) -> str:
    """A code as typed: '123 456', 'abcd-efgh ' and 'ABCDEFGH' are what the app or the
    printed recovery sheet shows, and all count."""
    return "".join(code.split()).replace("-", "").lower()


def has_authenticator(user) -> bool:
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def staff_signed_in(view):
    """Only an active staff member who has given the password; never cached."""

    @wraps(view)
    @never_cache
    def checked(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        user = request.user
        if not (user.is_authenticated and user.is_active and user.is_staff):
            return redirect_to_login(request.get_full_path(), reverse("admin:login"))
        return view(request, *args, **kwargs)

    return checked


def signed_in_with_code(request: HttpRequest) -> bool:
    """This session gave a code (django-otp's middleware adds is_verified to the user)."""
    user: Any = request.user
    return user.is_verified()


def verified_if_enrolled(request: HttpRequest) -> bool:
    """Changing an authenticator already set up takes a session signed in with a code."""
    return not has_authenticator(request.user) or signed_in_with_code(request)


def next_page(request: HttpRequest) -> str:
    following = request.POST.get("next") or request.GET.get("next") or ""
    if following and url_has_allowed_host_and_scheme(following, {request.get_host()}, request.is_secure()):
        return following
    return reverse("admin:index")


def context(request: HttpRequest, title: StrOrPromise, **extra: Any) -> dict[str, Any]:
    return {**admin.site.each_context(request), "title": title, "next": next_page(request), **extra}


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("The 6-digit code your app shows now"),
        max_length=20,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "spellcheck": "false", "size": 8}
        ),
    )

    def clean_code(self) -> str:
        code = normalised_code(self.cleaned_data["code"])
        if not (code.isdigit() and len(code) == 6):
            raise forms.ValidationError(_("Type the 6 digits your authenticator app shows, with or without a space."))
        return code


def pending_device(user) -> TOTPDevice:
    """The authenticator being set up: kept across page loads until it is confirmed."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("-pk").first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=str(_("Authenticator app")), confirmed=False)
    return device


def grouped(text: str, size: int = 4) -> str:
    return " ".join(text[i : i + size] for i in range(0, len(text), size))


def manual_key(device: TOTPDevice) -> str:
    return grouped(b32encode(device.bin_key).decode())


def fresh_recovery_codes(user) -> list[str]:
    """Replace the user's recovery codes with ADMIN_RECOVERY_CODES new ones."""
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name=str(_("Recovery codes")), confirmed=True)
    codes = [StaticToken.random_token() for _ in range(settings.ADMIN_RECOVERY_CODES)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return [grouped(code) for code in codes]


def recovery_codes_page(request: HttpRequest, codes: list[str], title: StrOrPromise) -> HttpResponse:
    return render(request, "admin/two_factor/recovery_codes.html", context(request, title, codes=codes))


@staff_signed_in
def overview(request: HttpRequest) -> HttpResponse:
    """What is set up, and the ways to change it."""
    if not has_authenticator(request.user):
        return HttpResponseRedirect(reverse("admin:two_factor_set_up") + f"?{request.GET.urlencode()}")
    if not signed_in_with_code(request):
        return redirect_to_login(request.get_full_path(), reverse("admin:login"))
    codes = StaticToken.objects.filter(device__user=request.user).count()
    return render(
        request,
        "admin/two_factor/overview.html",
        context(
            request,
            _("Two-factor sign-in"),
            codes_left=codes,
            device=TOTPDevice.objects.filter(user=request.user, confirmed=True).first(),
        ),
    )


@staff_signed_in
def set_up(request: HttpRequest) -> HttpResponse:
    """Scan or type the key, prove it with one code, take the recovery codes."""
    user = request.user
    if not verified_if_enrolled(request):
        return redirect_to_login(request.get_full_path(), reverse("admin:login"))
    replacing = has_authenticator(user)
    if replacing and not TOTPDevice.objects.filter(user=user, confirmed=False).exists():
        return HttpResponseRedirect(reverse("admin:two_factor"))  # start a replacement from there
    device = pending_device(user)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            device = TOTPDevice.objects.select_for_update().get(pk=device.pk)
            allowed, why = device.verify_is_allowed()
            if not allowed:
                until = why.get("locked_until") or timezone.now()
                seconds = max(1, math.ceil((until - timezone.now()).total_seconds()))
                form.add_error(
                    "code",
                    _("Too many wrong codes. Wait %(seconds)s seconds, then type the newest code.")
                    % {"seconds": seconds},
                )
            elif device.verify_token(form.cleaned_data["code"]):
                device.confirmed = True
                device.save()
                TOTPDevice.objects.filter(user=user).exclude(pk=device.pk).delete()  # the one it replaces
                codes = fresh_recovery_codes(user)
                otp_login(request, device)
                logger.warning(
                    "two-factor sign-in set up",
                    extra={"event": "2fa.replaced" if replacing else "2fa.enrolled", "user_id": user.pk},
                )
            else:
                form.add_error(
                    "code",
                    _(
                        "That code does not match. Check that the app's clock is right, then type the newest code "
                        "(a new one appears every 30 seconds)."
                    ),
                )
        if not form.errors:
            messages.success(request, _("Two-factor sign-in is set up."))
            return recovery_codes_page(request, codes, _("Your recovery codes"))
    return render(
        request,
        "admin/two_factor/set_up.html",
        context(
            request,
            _("Replace your authenticator app") if replacing else _("Set up two-factor sign-in"),
            form=form,
            key=manual_key(device),
            replacing=replacing,
            required=settings.ADMIN_REQUIRE_2FA,
        ),
    )


@staff_signed_in
def qr_code(request: HttpRequest) -> HttpResponse:
    """The QR code of the authenticator being set up, for the app's camera."""
    device = TOTPDevice.objects.filter(user=request.user, confirmed=False).order_by("-pk").first()
    if device is None or not verified_if_enrolled(request):
        raise Http404
    image = qrcode.make(device.config_url, image_factory=qrcode.image.svg.SvgPathImage, box_size=8, border=4)
    out = io.BytesIO()
    image.save(out)
    return HttpResponse(out.getvalue(), content_type="image/svg+xml")


@require_POST
@staff_signed_in
def replace(request: HttpRequest) -> HttpResponse:
    """Start setting up a new authenticator; the old one works until the new one is proved."""
    if not signed_in_with_code(request):
        return redirect_to_login(reverse("admin:two_factor"), reverse("admin:login"))
    TOTPDevice.objects.filter(user=request.user, confirmed=False).delete()
    pending_device(request.user)
    return HttpResponseRedirect(reverse("admin:two_factor_set_up"))


@require_POST
@staff_signed_in
def new_recovery_codes(request: HttpRequest) -> HttpResponse:
    """Ten new recovery codes; the old ones stop working."""
    if not (has_authenticator(request.user) and signed_in_with_code(request)):
        return redirect_to_login(reverse("admin:two_factor"), reverse("admin:login"))
    codes = fresh_recovery_codes(request.user)
    logger.warning(
        "recovery codes replaced", extra={"event": "2fa.recovery_codes_replaced", "user_id": request.user.pk}
    )
    return recovery_codes_page(request, codes, _("Your new recovery codes"))


# The admin's own sign-out answers only sessions with full permission; this one also
# lets a new staff member leave the set-up page.
sign_out = LogoutView.as_view(next_page="admin:login")
