"""Loading the site's seed content without overwriting staff edits.

Each app keeps its seed content in TOML files under `<app>/seed/`, one item (or
one page with what it lists) per file, loaded in the order of their paths. A file
names its model and a stable `key`, which never changes when the item's title
does; a translated field is written as `title.ko = "..."` and `title.en = "..."`,
side by side, and stored in `title_ko` / `title_en`. An `[[items]]` table is a
child of the file's item (a page's sections, a group's tests), linked to it by the
child's foreign key:

    model = "clinic.testgroup"
    key = "laboratory"
    slug = "laboratory"
    name.ko = "검사실 검사"
    name.en = "Laboratory tests"

    [[items]]
    model = "clinic.diagnostictest"
    key = "5-hiaa"
    name.en = "Urine 5-HIAA"

Each item is created once, the first time its key is seen, and a SeedRecord
remembers it; afterwards it belongs to the staff, who may edit or delete it, and
loading again neither overwrites, duplicates nor brings it back. Why TOML: the
standard library reads it (tomllib), it has comments, and multi-line text reads
as it will be shown, so a translator can read and diff both languages at once.
"""

import tomllib
from pathlib import Path
from typing import Any

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ImproperlyConfigured
from django.db import migrations, models, transaction
from django.db.models import F
from django.utils import timezone
from solo.models import SingletonModel

from content.models import SeedRecord
from content.seed_review import SeedFile, submit_for_review, waits_for_review

RESERVED = ("model", "key", "items")


def seed_files() -> list[Path]:
    """Every installed app's seed files (`<app>/seed/**/*.toml`), app by app, in path order;
    its translations into more languages (`seed/translations/`) are loaded on their own
    (content/seed_translations.py)."""
    found = []
    for config in apps.get_app_configs():
        folder = Path(config.path) / "seed"
        if folder.is_dir():
            found += sorted(p for p in folder.rglob("*.toml") if p.parent.name != "translations")
    return found


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


def _legacy_key(model: type[models.Model], item: dict[str, Any], parent: models.Model | None) -> tuple[str, dict]:
    """The key and lookup that the loader before stable keys (up to December 2026)
    recorded for this item, so that a database it seeded keeps its records."""
    if issubclass(model, SingletonModel):
        lookup: dict[str, Any] = {"pk": 1}
    elif "slug" in item:
        lookup = {"slug": item["slug"]}
    elif _has_field(model, "key"):
        lookup = {"key": item["key"]}
    else:
        label_field = "title" if "title" in item else "name"
        lookup = {f"{label_field}_en": item[label_field]["en"]}
        if "kind" in item:
            lookup["kind"] = item["kind"]
        if parent is not None:
            lookup[f"{_parent_field(model, parent).name}_id"] = parent.pk
    key = f"{model._meta.label_lower}:" + ",".join(f"{k}={v}" for k, v in sorted(lookup.items()))
    return key, lookup


def _has_field(model: type[models.Model], name: str) -> bool:
    return any(field.name == name for field in model._meta.get_fields())


def _parent_field(model: type[models.Model], parent: models.Model) -> models.ForeignKey:
    for field in model._meta.fields:
        if isinstance(field, models.ForeignKey) and isinstance(parent, field.related_model):
            return field
    raise ImproperlyConfigured(f"{model._meta.label} has no foreign key to {parent._meta.label}")


class Loader:
    """Creates seed items that were never loaded before and counts them."""

    def __init__(self) -> None:
        self.created = 0
        self.kept = 0
        self._seen: set[str] = set()
        self._records: dict[str, SeedRecord] = {}
        self._files: list[SeedFile] = []
        self.drafts = 0  # drafts made for a Medical reviewer (content/seed_review.py)
        self.unheld: list[models.Model] = []

    def load(self, files: list[Path] | None = None) -> None:
        with transaction.atomic():
            # Every record read once: loading a seeded database again costs a few queries.
            self._records = {record.key: record for record in SeedRecord.objects.all()}
            for path in seed_files() if files is None else files:
                with path.open("rb") as f:
                    data = tomllib.load(f)
                self._files.append(SeedFile())
                try:
                    self._files[-1].top = self.item(data)
                except (KeyError, LookupError, ImproperlyConfigured) as error:
                    raise ImproperlyConfigured(f"{path}: {error}") from error
            self.drafts, self.unheld = submit_for_review(self._files)

    def item(
        self, data: dict[str, Any], parent: models.Model | None = None, parent_key: str = ""
    ) -> models.Model | None:
        """Create the item once, then its children under whatever the item is now."""
        model = apps.get_model(data["model"])
        key = f"{parent_key}/{data['key']}" if parent_key else data["key"]
        record_key = f"{model._meta.label_lower}:{key}"
        if record_key in self._seen:
            raise ImproperlyConfigured(f"the key {record_key} is used twice")
        self._seen.add(record_key)
        values = {name: value for name, value in data.items() if name not in RESERVED}
        if _has_field(model, "key"):
            values["key"] = data["key"]
        children = data.get("items", ())
        obj = self.ensure(model, record_key, values, parent, fetch=bool(children))
        if obj is None:
            return None  # deleted by staff (so are the items it listed), or not needed
        for child in children:
            self.item(child, obj, key)
        return obj

    def ensure(
        self,
        model: type[models.Model],
        record_key: str,
        values: dict[str, Any],
        parent: models.Model | None,
        fetch: bool = True,
    ) -> models.Model | None:
        """The item as staff keep it (None if they deleted it), created if it was never loaded.
        An item loaded before is read only when `fetch` asks for it (it has children)."""
        record = self._records.get(record_key)
        if record is None:
            record = self._adopt_legacy_record(model, record_key, values, parent)
        if record is not None:
            self.kept += 1
            if record.object_id is None or not fetch:
                return None
            return model._default_manager.filter(pk=record.object_id).first()
        obj = self._natural_match(model, values)
        if obj is None:
            obj = model(**flatten(values))
            if parent is not None:
                setattr(obj, _parent_field(model, parent).name, parent)
            waits = waits_for_review(model)
            if waits:
                obj.is_published = False  # type: ignore[attr-defined]
            obj.full_clean()
            obj.save()
            self.created += 1
            if waits and self._files:
                self._files[-1].waiting.append(obj)
        else:
            self.kept += 1
        self._records[record_key] = SeedRecord.objects.create(
            key=record_key, content_type=ContentType.objects.get_for_model(model), object_id=obj.pk
        )
        return obj

    @staticmethod
    def _natural_match(model: type[models.Model], values: dict[str, Any]) -> models.Model | None:
        """An item that staff made before the seed had it, by what must be unique anyway."""
        if issubclass(model, SingletonModel):
            return model._default_manager.filter(pk=1).first()
        for name in ("slug", "key"):
            if name in values and _has_field(model, name):
                return model._default_manager.filter(**{name: values[name]}).first()
        return None

    def _adopt_legacy_record(
        self, model: type[models.Model], record_key: str, values: dict[str, Any], parent: models.Model | None
    ) -> SeedRecord | None:
        """A record made before stable keys becomes this item's record, linked to what it made."""
        legacy_key, lookup = _legacy_key(model, values, parent)
        record = self._records.pop(legacy_key, None)
        if record is None:
            return None
        obj = model._default_manager.filter(**lookup).first()
        record.key = record_key
        record.content_type = ContentType.objects.get_for_model(model)
        record.object_id = obj.pk if obj is not None else None
        record.save(update_fields=["key", "content_type", "object_id"])
        self._records[record_key] = record
        return record


def seeded_values(field: str) -> dict[str, dict[str, Any]]:
    """What the seed says for `field`, by record key: {"clinic.treatment:medicines/octreotide":
    {"other_names_ko": ..., "other_names_en": ...}}, for the items whose seed has it."""
    found: dict[str, dict[str, Any]] = {}

    def walk(data: dict[str, Any], parent_key: str) -> None:
        key = f"{parent_key}/{data['key']}" if parent_key else data["key"]
        if field in data:
            found[f"{data['model'].lower()}:{key}"] = flatten({field: data[field]})
        for child in data.get("items", ()):
            walk(child, key)

    for path in seed_files():
        with path.open("rb") as f:
            walk(tomllib.load(f), "")
    return found


def fill_new_field(apps_registry, app_label: str, field: str) -> int:
    """For a data migration that adds `field` to seeded models: give each item the seed
    loaded before its value from the seed, in each language where it is still empty.
    What staff typed is never replaced; items they deleted stay deleted. Only the
    models of `app_label` (the migration's own app). Returns how many items changed."""
    records = apps_registry.get_model("content", "SeedRecord").objects.exclude(object_id=None)
    wanted = seeded_values(field)
    changed = 0
    for record in records.filter(key__in=list(wanted), key__startswith=f"{app_label}."):
        label = record.key.split(":", 1)[0]
        model = apps_registry.get_model(label)
        obj = model._default_manager.filter(pk=record.object_id).first()
        if obj is None:
            continue
        empty = {name: value for name, value in wanted[record.key].items() if value and not getattr(obj, name)}
        if empty:
            model._default_manager.filter(pk=obj.pk).update(**empty)
            changed += 1
    return changed


HISTORY_FIELDS = {"history_id", "history_date", "history_change_reason", "history_type", "history_user"}


def replace_unchanged_seed_texts(
    apps_registry, changes: dict[str, dict[str, tuple[str, str]]], reason: str = "Seed text corrected"
) -> int:
    """For a data migration that corrects seed texts in databases seeded before: `changes`
    maps a record key ("clinic.treatment:medicines/octreotide") to {column: (old, new)},
    each column a language's ("description_ko"). A column takes the new text only where it
    still holds exactly the old seed text: what staff edited stays, and items they deleted
    stay deleted. The column behind a translated field, which mirrors one language, follows
    that language. Each changed item gets a historical record (reason `reason`), after one
    of its state before unless its last record already holds it, so the previous text
    stays in its history.
    The changes are literal data of the migration, never read from the seed files, so the
    migration does the same whenever it runs. Returns how many items changed."""

    default = settings.LANGUAGE_CODE.split("-")[0]
    records = apps_registry.get_model("content", "SeedRecord").objects.exclude(object_id=None)
    changed = 0
    for record in records.filter(key__in=list(changes)).order_by("pk"):
        label = record.key.split(":", 1)[0]
        model = apps_registry.get_model(label)
        obj = model._default_manager.filter(pk=record.object_id).first()
        if obj is None:
            continue
        names = {field.name for field in model._meta.concrete_fields}
        updates: dict[str, str] = {}
        # The site's default language first: the untranslated column mirrors it when it can.
        columns = sorted(changes[record.key].items(), key=lambda item: not item[0].endswith(f"_{default}"))
        for column, (old, new) in columns:
            if column in names and (getattr(obj, column) or "") == old:
                updates[column] = new
                base = column.rsplit("_", 1)[0]
                if base in names and base not in updates and (getattr(obj, base) or "") == old:
                    updates[base] = new
        if not updates:
            continue
        history = _historical_model(apps_registry, model)
        if history is not None:
            # The text it has now is kept in its history first, unless its last record holds it.
            last = history._default_manager.filter(id=obj.pk).order_by("-history_date", "-history_id").first()
            if last is None or any(getattr(last, c, None) != getattr(obj, c) for c in updates if hasattr(last, c)):
                _add_history(history, obj, "~", "Before seed text correction")
        model._default_manager.filter(pk=obj.pk).update(**updates)
        for column, value in updates.items():
            setattr(obj, column, value)
        if history is not None:
            _add_history(history, obj, "~", reason)
        changed += 1
    if changed:
        versions = apps_registry.get_model("content", "ContentVersion")._default_manager
        if not versions.filter(pk=1).update(version=F("version") + 1, changed_at=timezone.now()):
            versions.get_or_create(pk=1)
    return changed


def _historical_model(apps_registry, model: type[models.Model]) -> type[models.Model] | None:
    try:
        return apps_registry.get_model(model._meta.app_label, f"Historical{model._meta.object_name}")
    except LookupError:
        return None


def _add_history(history: type[models.Model], obj: models.Model, kind: str, reason: str) -> None:

    values = {
        field.attname: getattr(obj, field.attname)
        for field in history._meta.concrete_fields
        if field.name not in HISTORY_FIELDS and hasattr(obj, field.attname)
    }
    history._default_manager.create(
        **values, history_date=timezone.now(), history_type=kind, history_change_reason=reason
    )


def correct_seed_texts(changes: dict[str, dict[str, tuple[str, str]]]) -> migrations.RunPython:
    """The migration operation that applies `changes` (replace_unchanged_seed_texts); going
    back changes nothing, as the previous texts stay in each item's history."""

    def forwards(apps_registry, schema_editor) -> None:
        replace_unchanged_seed_texts(apps_registry, changes)

    return migrations.RunPython(forwards, migrations.RunPython.noop)
