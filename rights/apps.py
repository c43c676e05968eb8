from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RightsConfig(AppConfig):
    name = "rights"
    verbose_name = _("Patients' rights")
    url_prefix = "patients-rights/"
    menu = [(80, "rights:rights", _("Patients' rights"))]
    # Legal, not medical, text: a second editor or an administrator signs off (content/drafts.py).
    sign_off = "editorial"
