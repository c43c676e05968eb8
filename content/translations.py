"""Which translated texts are missing, for the admin's translation checks."""

from dataclasses import dataclass
from typing import cast

from django.apps import apps
from django.conf import settings
from django.db import models
from modeltranslation.translator import NotRegistered, translator


@dataclass(frozen=True)
class Missing:
    field: str  # the translation field, e.g. "description_en"
    label: str  # the field's name as editors know it
    language: str


def translated_models() -> list[type[models.Model]]:
    """Every model registered for translation, by app in INSTALLED_APPS order: the content models."""
    found = []
    for config in apps.get_app_configs():
        for model in config.get_models():
            try:
                translator.get_options_for_model(model)
            except NotRegistered:
                continue
            found.append(model)
    return found


def translated_fields(model: type[models.Model]) -> tuple[str, ...]:
    """The names of a model's translated fields (without the language suffix)."""
    return tuple(translator.get_options_for_model(model).fields)  # type: ignore[attr-defined]


def missing_translations(obj: models.Model) -> list[Missing]:
    """Fields written in one language but empty in another.

    A model lists in `translation_optional` the fields that may rightly differ.
    """
    languages = [code for code, _name in settings.LANGUAGES]
    missing = []
    optional = getattr(obj, "translation_optional", ())
    for field_name in translated_fields(type(obj)):
        if field_name in optional:
            continue
        values = {code: (getattr(obj, f"{field_name}_{code}", "") or "").strip() for code in languages}
        if not any(values.values()):
            continue  # unused in every language: nothing to translate
        label = str(cast(models.Field, obj._meta.get_field(field_name)).verbose_name)
        for code, value in values.items():
            if not value:
                missing.append(Missing(f"{field_name}_{code}", label, code))
    return missing
