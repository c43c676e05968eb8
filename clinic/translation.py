from modeltranslation.translator import TranslationOptions, register

from clinic import models
from content.history import register_history


@register(models.Clinic)
class ClinicTranslation(TranslationOptions):
    fields = (
        "center_name",
        "name",
        "hospital_name",
        "address",
        "opening_hours",
        "directions",
        "appointments",
        "international_patients",
    )
    required_languages = ("ko", "en")


@register(models.Page)
class PageTranslation(TranslationOptions):
    fields = ("title", "lead", "meta_description", "image_alt", "other_names")
    required_languages = {"ko": ("title",), "en": ("title",)}


@register(models.Section)
class SectionTranslation(TranslationOptions):
    fields = ("title", "body")
    required_languages = {"ko": ("title",), "en": ("title",)}


@register(models.SupportiveService)
class SupportiveServiceTranslation(TranslationOptions):
    fields = ("title", "description")
    required_languages = {"ko": ("title",), "en": ("title",)}


@register([models.Department, models.TestGroup, models.TreatmentApproach])
class NamedPageTranslation(TranslationOptions):
    fields = ("name", "summary", "description", "image_alt", "other_names")
    required_languages = {"ko": ("name",), "en": ("name",)}


@register(models.DiagnosticTest)
class DiagnosticTestTranslation(TranslationOptions):
    fields = ("name", "description", "other_names")
    required_languages = {"ko": ("name",), "en": ("name",)}


@register(models.Treatment)
class TreatmentTranslation(TranslationOptions):
    fields = ("name", "drug_class", "description", "other_names")
    required_languages = {"ko": ("name",), "en": ("name",)}


@register(models.Physician)
class PhysicianTranslation(TranslationOptions):
    fields = ("name", "position", "specialties", "biography", "image_alt")
    required_languages = {"ko": ("name",), "en": ("name",)}


@register(models.GlossaryTerm)
class GlossaryTermTranslation(TranslationOptions):
    fields = ("term", "aliases", "definition")
    required_languages = {"ko": ("term", "definition"), "en": ("term", "definition")}


# History is registered after the translation options, so that each historical
# record keeps both languages' fields.
for model in (
    models.Clinic,
    models.Page,
    models.Section,
    models.SupportiveService,
    models.Department,
    models.TestGroup,
    models.DiagnosticTest,
    models.TreatmentApproach,
    models.Treatment,
    models.GlossaryTerm,
):
    register_history(model)
register_history(models.Physician, m2m_fields=["departments"])
