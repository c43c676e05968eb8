"""Loading the site's own seed content without overwriting staff edits.

Seed modules describe items as plain dictionaries. A translated field is given
as ``{"ko": "...", "en": "..."}`` and stored in ``field_ko`` / ``field_en``.
Each item is created once, the first time its key is seen; afterwards it
belongs to the staff, who may edit or delete it.
"""

from typing import Any, TypeVar

from django.db import models, transaction

from netclinic.models import SeedRecord

M = TypeVar("M", bound=models.Model)


def flatten(values: dict[str, Any]) -> dict[str, Any]:
    """Turn ``{"name": {"ko": a, "en": b}}`` into ``{"name_ko": a, "name_en": b}``."""
    flat: dict[str, Any] = {}
    for field, value in values.items():
        if isinstance(value, dict):
            for language, text in value.items():
                flat[f"{field}_{language}"] = text
        else:
            flat[field] = value
    return flat


class Loader:
    """Creates seed items that were never loaded before and counts them."""

    def __init__(self) -> None:
        self.created = 0
        self.kept = 0

    def ensure(self, model: type[M], lookup: dict[str, Any], values: dict[str, Any]) -> M | None:
        """Create the item once; later return the staff's version, or None if deleted."""
        key = f"{model._meta.label_lower}:" + ",".join(f"{k}={v}" for k, v in sorted(lookup.items()))
        with transaction.atomic():
            if SeedRecord.objects.filter(key=key).exists():
                self.kept += 1
                return model._default_manager.filter(**lookup).first()
            existing = model._default_manager.filter(**lookup).first()
            if existing is None:
                existing = model(**lookup, **flatten(values))
                existing.full_clean()
                existing.save()
                self.created += 1
            else:
                self.kept += 1
            SeedRecord.objects.create(key=key)
            return existing
