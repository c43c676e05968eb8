from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RightsConfig(AppConfig):
    name = "rights"
    verbose_name = _("Patients' rights")
    url_prefix = "patients-rights/"
    menu = [(80, "rights:rights", _("Patients' rights"))]
