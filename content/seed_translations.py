"""The seed's texts in the translated languages (Russian, Chinese, Arabic, Mongolian).

Each app may keep them in `<app>/seed/translations/<language>.toml`, one table per seed
item, named by its record key (content.models.SeedRecord), with the item's translated
fields:

    ["clinic.page:home"]
    title = "Клиника нейроэндокринных опухолей (НЭО)"

Nobody at the clinic has reviewed them. A text goes only where the item's text in that
language is still empty: what a translator typed is never replaced. While sign-off is
on (production) it waits, as a PendingTranslation, for a translator of that language
(content/translations.py: approve); with sign-off off (`make run`) it is written in at
once, and its pages say it is not yet reviewed.
"""

import tomllib
from dataclasses import dataclass
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ImproperlyConfigured
from django.db import models, transaction

from content.models import PendingTranslation, SeedRecord
from content.translations import column, text_of, translated_fields, translated_languages

FOLDER = Path("seed") / "translations"


@dataclass
class Loaded:
    written: int = 0  # items given text live
    waiting: int = 0  # items whose text waits for a translator


def translation_files() -> list[tuple[str, Path]]:
    """(language, file) of every app's seed translations."""
    found = []
    known = set(translated_languages())
    for config in apps.get_app_configs():
        folder = Path(config.path) / FOLDER
        for path in sorted(folder.glob("*.toml")) if folder.is_dir() else ():
            if path.stem not in known:
                raise ImproperlyConfigured(f"{path}: not a translated language ({', '.join(sorted(known))})")
            found.append((path.stem, path))
    return found


def load_translations(files: list[tuple[str, Path]] | None = None) -> Loaded:
    with transaction.atomic():
        return _load(translation_files() if files is None else files)


def _load(files: list[tuple[str, Path]]) -> Loaded:
    loaded = Loaded()
    records = {record.key: record for record in SeedRecord.objects.exclude(object_id=None)}
    for language, path in files:
        with path.open("rb") as f:
            data = tomllib.load(f)
        for key, values in data.items():
            record = records.get(key)
            if record is None:
                continue  # an item staff deleted, or one this seed does not have
            model = apps.get_model(key.split(":", 1)[0])
            obj = model._default_manager.filter(pk=record.object_id).first()
            if obj is None:
                continue
            try:
                outcome = _load_item(obj, language, values)
            except (KeyError, TypeError) as error:
                raise ImproperlyConfigured(f"{path}: {key}: {error}") from error
            if outcome == "written":
                loaded.written += 1
            elif outcome == "waiting":
                loaded.waiting += 1
    return loaded


def _load_item(obj: models.Model, language: str, values: dict[str, str]) -> str:
    names = set(translated_fields(type(obj)))
    unknown = set(values) - names
    if unknown:
        raise KeyError(f"no translated field {', '.join(sorted(unknown))}")
    empty = {name: text for name, text in values.items() if text.strip() and not text_of(obj, name, language)}
    if not empty:
        return ""
    if settings.CONTENT_APPROVAL_REQUIRED:
        waiting, created = PendingTranslation.objects.get_or_create(
            content_type=ContentType.objects.get_for_model(obj),
            object_id=obj.pk,
            language=language,
            defaults={"values": empty},
        )
        if not created and waiting.values != empty:
            waiting.values = empty
            waiting.save(update_fields=["values"])
        return "waiting" if created or waiting.values else ""
    for name, text in empty.items():
        setattr(obj, column(name, language), text)
    obj._change_reason = "Seed translation (not yet reviewed)"  # type: ignore[attr-defined]
    obj.full_clean()
    # Only the new texts: nothing else of the item (not when it was last changed) moves.
    obj.save(update_fields=[column(name, language) for name in empty])
    return "written"
