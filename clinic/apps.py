from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ClinicConfig(AppConfig):
    name = "clinic"
    verbose_name = _("Clinic content")
    # Served at the root of each language: /ko/, /ko/treatment/ ...
    url_prefix = ""
    # The main menu (position, URL name, label): content/apps.py merges every app's entries.
    menu = [
        (10, "clinic:home", _("Home")),
        (20, "clinic:clinic", _("Our clinic")),
        (30, "clinic:net", _("About NETs")),
        (40, "clinic:diagnosis", _("Diagnosis")),
        (50, "clinic:treatment", _("Treatment")),
        (60, "clinic:research", _("Research")),
        (70, "clinic:departments", _("Departments")),
        (90, "clinic:contact", _("Contact and visiting")),
    ]
