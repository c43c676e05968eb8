from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InternationalConfig(AppConfig):
    name = "international"
    verbose_name = _("International patients")
    url_prefix = "international-patients/"
    menu = [(85, "international:international", _("International patients"))]
    # How to reach the hospital from abroad, not medical text: a second editor signs off (content/drafts.py).
    sign_off = "editorial"
