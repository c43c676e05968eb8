from modeltranslation.translator import TranslationOptions, register

from content.history import register_history
from rights import models


@register(models.RightsNotice)
class RightsNoticeTranslation(TranslationOptions):
    fields = ("title", "introduction", "legal_basis", "mediation_introduction")
    required_languages = {"ko": ("title",), "en": ("title",)}


@register(models.Provision)
class ProvisionTranslation(TranslationOptions):
    fields = ("title", "body", "other_names")
    required_languages = {"ko": ("title", "body"), "en": ("title", "body")}


@register(models.MediationAgency)
class MediationAgencyTranslation(TranslationOptions):
    fields = ("name", "description", "other_names")
    required_languages = {"ko": ("name",), "en": ("name",)}


# After the translation options, so each historical record keeps both languages.
for model in (models.RightsNotice, models.Provision, models.MediationAgency):
    register_history(model)
