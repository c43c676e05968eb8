"""Which translated texts are missing or out of date, for the admin's translation checks.

Out of date: when a field's text changes in one language and not in the other, the
other is marked (models.OutdatedTranslation) until a translator changes it too or
confirms on the translation status page that it still says the same.
"""

from dataclasses import dataclass
from typing import cast

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from modeltranslation.translator import NotRegistered, translator

from content.models import OutdatedTranslation


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


def note_changes(sender, instance, raw=False, **kwargs) -> None:
    """pre_save of a content model: mark or clear outdated translations of the fields
    whose text changes in this save."""
    if raw or instance.pk is None:
        return
    old = type(instance)._default_manager.filter(pk=instance.pk).first()
    if old is None:
        return
    languages = [code for code, _name in settings.LANGUAGES]
    content_type = ContentType.objects.get_for_model(instance)
    for field_name in translated_fields(type(instance)):
        changed = {
            code
            for code in languages
            if (getattr(old, f"{field_name}_{code}", "") or "") != (getattr(instance, f"{field_name}_{code}", "") or "")
        }
        if not changed:
            continue
        marks = OutdatedTranslation.objects.filter(content_type=content_type, object_id=instance.pk, field=field_name)
        marks.filter(language__in=changed).delete()  # updated now
        if len(changed) == len(languages):
            continue  # both written anew together
        for code in set(languages) - changed:
            if (getattr(instance, f"{field_name}_{code}", "") or "").strip():  # an empty one is "missing"
                OutdatedTranslation.objects.get_or_create(
                    content_type=content_type,
                    object_id=instance.pk,
                    field=field_name,
                    language=code,
                    defaults={"changed_language": sorted(changed)[0]},
                )


def outdated_translations(model: type[models.Model]) -> dict[int, list[Missing]]:
    """The outdated texts of `model`'s items, by item id."""
    found: dict[int, list[Missing]] = {}
    marks = OutdatedTranslation.objects.filter(content_type=ContentType.objects.get_for_model(model))
    for mark in marks.order_by("field", "language"):
        label = str(cast(models.Field, model._meta.get_field(mark.field)).verbose_name)
        found.setdefault(mark.object_id, []).append(Missing(f"{mark.field}_{mark.language}", label, mark.language))
    return found
