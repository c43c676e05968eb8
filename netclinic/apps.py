from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NetclinicConfig(AppConfig):
    name = "netclinic"
    verbose_name = _("Site")
