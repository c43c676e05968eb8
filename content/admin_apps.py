from django.contrib.admin.apps import AdminConfig


class NetclinicAdminConfig(AdminConfig):
    """django.contrib.admin, with the site's own AdminSite (two-factor sign-in)."""

    default_site = "content.admin_site.NetclinicAdminSite"
