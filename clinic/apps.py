from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext_lazy as _


class ClinicConfig(AppConfig):
    name = "clinic"
    verbose_name = _("Clinic content")

    def ready(self) -> None:
        from clinic.glossary import forget_glossary
        from clinic.models import GlossaryTerm

        post_save.connect(forget_glossary, sender=GlossaryTerm, dispatch_uid="clinic.glossary.save")
        post_delete.connect(forget_glossary, sender=GlossaryTerm, dispatch_uid="clinic.glossary.delete")
