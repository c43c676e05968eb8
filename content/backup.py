"""What a content backup holds: every content model's rows and the images they use."""

import datetime
import json

from django.apps import apps
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models

from content import images
from content.apps import content_apps
from content.models import ContentVersion


def _backup_apps() -> list:
    """The core (its seed records) and every content app."""
    return [apps.get_app_config("content"), *content_apps()]


def content_models() -> list[type[models.Model]]:
    """The content models (in dependency order, so that a restore saves each row after what it
    points to), without history (which refers to staff accounts), the search index or the
    content version."""
    found = []
    for config in _backup_apps():
        for model in config.get_models():
            if model.__name__.startswith("Historical") or model._meta.auto_created or model is ContentVersion:
                continue  # the content version is a counter that a restore moves on, not content
            if getattr(model, "holds_personal_data", False):
                continue  # patients' data is never content: no export, no content backup
            found.append(model)
    return sorted(found, key=_dependency_rank)


def _dependency_rank(model: type[models.Model]) -> int:
    depth = 0
    for field in [*model._meta.fields, *model._meta.many_to_many]:
        related = field.related_model
        if field.is_relation and related is not None and related is not model and related in _all_content():
            depth = max(depth, 1 + _dependency_rank(related))
    return depth


def _all_content() -> set:
    return {
        model
        for config in _backup_apps()
        for model in config.get_models()
        if not model.__name__.startswith("Historical")
    }


def media_names(objects) -> list[str]:
    """Every stored image the objects use, with its renditions."""
    names = []
    for obj in objects:
        for field in obj._meta.fields:
            if isinstance(field, models.FileField):
                file = getattr(obj, field.name)
                if file:
                    names.append(file.name)
                    width = getattr(obj, "image_width", None)
                    if width:
                        fallback = images.fallback_extension(file.name)
                        for w in images.rendition_widths(width):
                            names += [images.rendition_name(file.name, w, ext) for ext in ("webp", fallback)]
    return sorted(set(names))


class ExactJSONEncoder(DjangoJSONEncoder):
    """Django's encoder cuts times to milliseconds; a backup keeps every microsecond."""

    def default(self, o):
        if isinstance(o, datetime.datetime | datetime.time):
            return o.isoformat()
        return super().default(o)


def archived_objects(data: bytes) -> str:
    """content.json of an archive as this release reads it: archives made before the content
    core existed name its models "netclinic.*", and may hold the content version, left out now."""
    objects = json.loads(data)
    for obj in objects:
        app, _dot, model = obj["model"].partition(".")
        if app == "netclinic":
            obj["model"] = f"content.{model}"
    return json.dumps([obj for obj in objects if obj["model"] != "content.contentversion"])
