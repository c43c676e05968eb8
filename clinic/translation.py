from modeltranslation.translator import TranslationOptions, register

from clinic import models


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
    fields = ("title", "lead", "meta_description")
    required_languages = {"default": ("title",)}


@register(models.Section)
class SectionTranslation(TranslationOptions):
    fields = ("title", "body")
    required_languages = {"default": ("title",)}


@register(models.SupportiveService)
class SupportiveServiceTranslation(TranslationOptions):
    fields = ("title", "description")
    required_languages = {"default": ("title",)}


@register([models.Department, models.TestGroup, models.TreatmentApproach])
class NamedPageTranslation(TranslationOptions):
    fields = ("name", "summary", "description")
    required_languages = {"default": ("name",)}


@register(models.DiagnosticTest)
class DiagnosticTestTranslation(TranslationOptions):
    fields = ("name", "description")
    required_languages = {"default": ("name",)}


@register(models.Treatment)
class TreatmentTranslation(TranslationOptions):
    fields = ("name", "drug_class", "description")
    required_languages = {"default": ("name",)}
