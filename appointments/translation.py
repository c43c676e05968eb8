from modeltranslation.translator import TranslationOptions, register

from appointments import models
from content.history import register_history


@register(models.AppointmentsPage)
class AppointmentsPageTranslation(TranslationOptions):
    fields = (
        "title",
        "lead",
        "main_phone_note",
        "hours",
        "fees",
        "referral",
        "first_visit",
        "international",
        "form_introduction",
        "consent_purpose",
        "consent_items",
        "consent_refusal",
        "health_consent",
    )
    required_languages = {"ko": ("title",), "en": ("title",)}


@register(models.PrivacyPolicy)
class PrivacyPolicyTranslation(TranslationOptions):
    fields = ("title", "introduction", *models.PrivacyPolicy.PARTS)
    required_languages = {"ko": ("title",), "en": ("title",)}


# After the translation options, so each historical record keeps both languages.
# The requests are personal data, not content: they have no history.
for model in (models.AppointmentsPage, models.PrivacyPolicy):
    register_history(model)
