"""The admin site: two-factor sign-in (django-otp) for every staff member, or for those
who set it up (ADMIN_REQUIRE_2FA), with enrolment at first sign-in and recovery codes
(content/admin_twofactor.py); and the admin pages that look across all content
(content/admin_views.py)."""

import logging

from axes.helpers import get_client_ip_address
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib import messages
from django.contrib.admin import AdminSite
from django.core.exceptions import ValidationError
from django.db.models import Sum
from django.http import HttpResponseRedirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django_otp.admin import OTPAdminAuthenticationForm
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from content import admin_drafts, admin_translations, admin_twofactor, admin_views, audit
from content.admin_twofactor import has_authenticator, normalised_code

logger = logging.getLogger("netclinic.signin")


def address_failures(request) -> int:
    """Failed sign-ins from the request's address, across usernames, still within the
    cooling-off period (django-axes' own records: shared by every worker and instance)."""
    since = timezone.now() - settings.AXES_COOLOFF_TIME  # as django-axes measures its own pause
    attempts = AccessAttempt.objects.filter(ip_address=get_client_ip_address(request), attempt_time__gte=since)
    return attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0


def needs_enrolment(user) -> bool:
    """A staff member who must set up two-factor sign-in before anything else."""
    return settings.ADMIN_REQUIRE_2FA and user.is_active and user.is_staff and not has_authenticator(user)


class OptionalOTPAuthenticationForm(OTPAdminAuthenticationForm):
    """The password, then a code: from the authenticator app (6 digits) or one of the
    recovery codes (8 letters and digits, each good once). Staff who have not set up an
    authenticator sign in with the password alone: when two-factor sign-in is required,
    that session can only set one up (content/admin_twofactor.py)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        token = self.fields["otp_token"]
        token.label = _("Code from your authenticator app")
        token.help_text = _(
            "The 6 digits your app shows, or one of your recovery codes. Leave empty if you "
            "have not set up two-factor sign-in yet."
        )
        token.widget.attrs.update({"autocomplete": "one-time-code", "spellcheck": "false", "autocapitalize": "none"})

    def _chosen_device(self, user):
        # The code's shape tells which device it is for, so nobody picks from a list and
        # no device is tried (and throttled) for another's code.
        device = super()._chosen_device(user)
        if device is None:
            token = self.cleaned_data.get("otp_token") or ""
            kind = TOTPDevice if token.isdigit() else StaticDevice
            device = kind.objects.filter(user=user, confirmed=True).first()
        return device

    def clean_otp(self, user) -> None:
        if user is not None and not has_authenticator(user):
            # Nothing to check a code against yet: in with the password, and (when
            # required) straight to setting up an authenticator.
            return
        if self.cleaned_data.get("otp_token"):
            self.cleaned_data["otp_token"] = normalised_code(self.cleaned_data["otp_token"])
        try:
            super().clean_otp(user)
        except ValidationError:
            # A wrong code after the right password: someone may hold the password.
            audit.record("second_factor_failed", user, name=user.get_username() if user is not None else "")
            raise
        if isinstance(getattr(user, "otp_device", None), StaticDevice):
            logger.warning("signed in with a recovery code", extra={"event": "2fa.recovery_code_used"})

    def clean(self):
        # Credential stuffing tries many usernames from one address; django-axes pauses
        # each username per address after 5 failures, and this the address as a whole.
        failures = address_failures(self.request)
        if failures >= settings.SIGNIN_ADDRESS_FAILURE_LIMIT:
            logger.warning(
                "sign-in paused for an address", extra={"event": "signin.address_paused", "failures": failures}
            )
            raise ValidationError(
                _(
                    "Too many failed sign-ins have come from your network. Please wait %(minutes)s minutes, "
                    "or ask an administrator to clear them."
                ),
                code="address_paused",
                params={"minutes": round(settings.AXES_COOLOFF_TIME.total_seconds() / 60)},
            )
        return super().clean()


class NetclinicAdminSite(AdminSite):
    site_header = _("NET Clinic website administration")
    site_title = _("NET Clinic website")
    index_title = _("Site content")
    login_form = OptionalOTPAuthenticationForm
    login_template = "admin/signin.html"

    def get_urls(self):
        own = [
            # Signed in with the password but not yet verified: these check for themselves.
            path("two-factor/", admin_twofactor.overview, name="two_factor"),
            path("two-factor/set-up/", admin_twofactor.set_up, name="two_factor_set_up"),
            path("two-factor/qr.svg", admin_twofactor.qr_code, name="two_factor_qr"),
            path("two-factor/replace/", admin_twofactor.replace, name="two_factor_replace"),
            path("two-factor/recovery-codes/", admin_twofactor.new_recovery_codes, name="two_factor_codes"),
            path("two-factor/sign-out/", admin_twofactor.sign_out, name="two_factor_sign_out"),
            path("markdown-preview/", self.admin_view(admin_views.markdown_preview), name="markdown_preview"),
            path(
                "drafts/<int:pk>/preview/<str:language>/", self.admin_view(admin_drafts.preview), name="draft_preview"
            ),
            path("drafts/<int:pk>/compare/", self.admin_view(admin_drafts.compare), name="draft_compare"),
            path("drafts/<int:pk>/<slug:action>/", self.admin_view(admin_drafts.act), name="draft_action"),
            path(
                "history-compare/<str:label>/<int:pk>/",
                self.admin_view(admin_drafts.compare_versions),
                name="history_compare",
            ),
            path("translation-status/", self.admin_view(admin_views.translation_status), name="translation_status"),
            path("deleted-items/", self.admin_view(admin_views.deleted_items), name="deleted_items"),
            path("translations/", self.admin_view(admin_translations.languages_index), name="translation_languages"),
            path(
                "translations/<str:language>/", self.admin_view(admin_translations.language_status), name="translations"
            ),
            path(
                "translations/<str:language>/<str:label>/<int:pk>/",
                self.admin_view(admin_translations.review),
                name="translation_review",
            ),
        ]
        return own + super().get_urls()

    def has_permission(self, request) -> bool:
        if not super().has_permission(request):
            return False
        if settings.ADMIN_REQUIRE_2FA or has_authenticator(request.user):
            return request.user.is_verified()
        return True

    def login(self, request, extra_context=None):
        response = super().login(request, extra_context)
        user = request.user
        if user.is_authenticated and needs_enrolment(user):
            # First sign-in (or the authenticator was removed): set one up now.
            target = reverse("admin:two_factor_set_up", current_app=self.name)
            following = request.POST.get("next") or request.GET.get("next")
            return HttpResponseRedirect(target + ("?" + urlencode({"next": following}) if following else ""))
        if request.method == "POST" and isinstance(getattr(user, "otp_device", None), StaticDevice):
            left = user.otp_device.token_set.count()
            messages.warning(
                request,
                ngettext(
                    "You signed in with a recovery code; %(left)d is left. Make new ones under Two-factor sign-in.",
                    "You signed in with a recovery code; %(left)d are left. Make new ones under Two-factor sign-in.",
                    left,
                )
                % {"left": left},
            )
        return response
