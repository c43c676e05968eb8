"""The admin site: two-factor sign-in (django-otp) for staff who set it up, or for all,
and the admin pages that look across all content (content/admin_views.py)."""

from django.conf import settings
from django.contrib.admin import AdminSite
from django.urls import path
from django.utils.translation import gettext_lazy as _
from django_otp import devices_for_user, user_has_device
from django_otp.admin import OTPAdminAuthenticationForm, OTPAdminSite


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

    def clean_otp(self, user) -> None:
        if user is not None and not settings.ADMIN_REQUIRE_2FA and not user_has_device(user):
            return
        super().clean_otp(user)


class NetclinicAdminSite(AdminSite):
    site_header = _("NET Clinic website administration")
    site_title = _("NET Clinic website")
    index_title = _("Site content")
    login_form = OptionalOTPAuthenticationForm
    login_template = OTPAdminSite.login_template

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
