from modeltranslation.translator import TranslationOptions, register

from content.history import register_history
from international import models


@register(models.InternationalPage)
class InternationalPageTranslation(TranslationOptions):
    fields = ("title", "lead", "services", "contact", "before_you_come", "insurance")
    required_languages = {"ko": ("title",), "en": ("title",)}


# After the translation options, so each historical record keeps every language.
register_history(models.InternationalPage)
