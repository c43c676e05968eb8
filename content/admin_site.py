"""The admin site: two-factor sign-in (django-otp) for staff who set it up, or for all,
and the admin pages that look across all content (content/admin_views.py)."""

import logging

from axes.helpers import get_client_ip_address
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib.admin import AdminSite
from django.core.exceptions import ValidationError
from django.db.models import Sum
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_otp import devices_for_user, user_has_device
from django_otp.admin import OTPAdminAuthenticationForm

logger = logging.getLogger("netclinic.signin")


def address_failures(request) -> int:
    """Failed sign-ins from the request's address, across usernames, still within the
    cooling-off period (django-axes' own records: shared by every worker and instance)."""
    since = timezone.now() - settings.AXES_COOLOFF_TIME  # as django-axes measures its own pause
    attempts = AccessAttempt.objects.filter(ip_address=get_client_ip_address(request), attempt_time__gte=since)
    return attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0


class OptionalOTPAuthenticationForm(OTPAdminAuthenticationForm):
    """A code from the authenticator app is needed once a staff member has added one,
    or from everyone when DJANGO_ADMIN_REQUIRE_2FA is on."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        token = self.fields["otp_token"]
        token.label = _("Code from your authenticator app")
        token.help_text = _("Only if you have set up two-factor sign-in.")
        token.widget.attrs.update({"autocomplete": "one-time-code", "inputmode": "numeric"})

    def _chosen_device(self, user):
        # Most staff have one authenticator: use it without asking them to pick it.
        device = super()._chosen_device(user)
        if device is None:
            devices = list(devices_for_user(user, confirmed=True))
            if len(devices) == 1:
                device = devices[0]
        return device

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

    def clean_otp(self, user) -> None:
        if user is not None and not settings.ADMIN_REQUIRE_2FA and not user_has_device(user):
            return
        super().clean_otp(user)


class NetclinicAdminSite(AdminSite):
    site_header = _("NET Clinic website administration")
    site_title = _("NET Clinic website")
    index_title = _("Site content")
    login_form = OptionalOTPAuthenticationForm
    login_template = "admin/signin.html"

    def get_urls(self):
        from content import admin_views

        own = [
            path("markdown-preview/", self.admin_view(admin_views.markdown_preview), name="markdown_preview"),
            path("translation-status/", self.admin_view(admin_views.translation_status), name="translation_status"),
            path("deleted-items/", self.admin_view(admin_views.deleted_items), name="deleted_items"),
        ]
        return own + super().get_urls()

    def has_permission(self, request) -> bool:
        if not super().has_permission(request):
            return False
        if settings.ADMIN_REQUIRE_2FA or user_has_device(request.user):
            return request.user.is_verified()
        return True
