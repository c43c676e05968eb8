"""The site's texts in six languages: which are missing, out of date, or waiting for a
translator, and in which languages a page can be shown.

Korean and English are the clinic's own languages (settings.SOURCE_LANGUAGES): its
editors write both and its reviewers sign both off. Russian, Chinese, Arabic and
Mongolian are translations of them, and each is the business of the translators of
that language (the permission content.translate_<language>):

- A page is shown in a translated language only when its items (the item and its
  published parts: a page's sections, a group's tests) have every text they have in
  Korean or English in that language too, and a translator of that language has
  approved those texts as they read now (models.TranslationReview keeps a hash of
  them, so a change by any path needs approval again). Under `make run` (sign-off off)
  a translation nobody approved yet is shown, with a notice that it is not reviewed.
  Otherwise the page's main text is shown in English, with a notice in the visitor's
  language (content/templatetags/seo.py), and the page is left out of that language's
  hreflang, sitemap and search.
- What the seed brings in a translated language waits, while sign-off is on, as a
  models.PendingTranslation, out of the live item, until a translator approves it
  (`approve`); with sign-off off it is written in at once.

Out of date: when a field's text changes in a source language and not in another
language, the other is marked (models.OutdatedTranslation) until a translator changes it
too or confirms on the translation status page that it still says the same.
"""

import hashlib
import json
from dataclasses import dataclass
from typing import cast

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import get_language_info, gettext
from modeltranslation.translator import NotRegistered, translator
from modeltranslation.utils import build_localized_fieldname

from content import audit
from content.models import OutdatedTranslation, PendingTranslation, TranslationReview
from content.versions import kept, new_memo


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


def languages() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def translated_languages() -> list[str]:
    """The languages that are translations of the clinic's own two."""
    return [code for code in languages() if code not in settings.SOURCE_LANGUAGES]


# Each language by its own name. (Django's names Mongolian in English.)
OWN_NAMES = {"mn": "Монгол"}


def own_name(language: str) -> str:
    """A language's name in itself: 한국어, English, Русский, 简体中文, العربيّة, Монгол."""
    return OWN_NAMES.get(language) or get_language_info(language)["name_local"]


def column(field_name: str, language: str) -> str:
    """A field's column in a language: ("title", "zh-hans") → "title_zh_hans"."""
    return build_localized_fieldname(field_name, language)


def permission(language: str) -> str:
    """The permission of a translator of `language`: "content.translate_zh_hans"."""
    return "content." + column("translate", language)


def may_translate(user, language: str) -> bool:
    return bool(user.has_perm(permission(language)))


def translator_languages(user) -> list[str]:
    """The languages a translator edits: those they hold (content.translate_<language>);
    one who holds none translates between Korean and English, as before languages were
    permissions."""
    held = [code for code in languages() if may_translate(user, code)]
    return held or list(settings.SOURCE_LANGUAGES)


def split_column(name: str) -> tuple[str, str]:
    """ "title_zh_hans" → ("title", "zh-hans"); a name without a language → (name, "")."""
    for code in languages():
        suffix = "_" + column("", code).lstrip("_")
        if name.endswith(suffix):
            return name[: -len(suffix)], code
    return name, ""


def text_of(obj: models.Model, field_name: str, language: str) -> str:
    """The stored text, never a fallback."""
    return (getattr(obj, column(field_name, language), "") or "").strip()


def texts(obj: models.Model, language: str) -> dict[str, str]:
    """The item's texts in one language, by field (the empty ones left out)."""
    found = {name: text_of(obj, name, language) for name in translated_fields(type(obj))}
    return {name: text for name, text in found.items() if text}


def text_hash(obj: models.Model, language: str) -> str:
    data = json.dumps(texts(obj, language), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(data.encode()).hexdigest()


def missing_translations(obj: models.Model) -> list[Missing]:
    """Fields written in one language but empty in another: in Korean and English
    always, and in a translated language once its translation of the item has begun.

    A model lists in `translation_optional` the fields that may rightly differ.
    """
    begun = [code for code in translated_languages() if texts(obj, code)]
    missing = []
    for code in [*settings.SOURCE_LANGUAGES, *begun]:
        missing += _missing_in(obj, code, sources=[c for c in languages() if c in settings.SOURCE_LANGUAGES])
    return missing


def _missing_in(obj: models.Model, language: str, sources: list[str]) -> list[Missing]:
    optional = getattr(obj, "translation_optional", ())
    missing = []
    for field_name in translated_fields(type(obj)):
        if field_name in optional or text_of(obj, field_name, language):
            continue
        if any(text_of(obj, field_name, code) for code in sources):  # (unused everywhere: nothing to translate)
            label = str(cast(models.Field, obj._meta.get_field(field_name)).verbose_name)
            missing.append(Missing(column(field_name, language), label, language))
    return missing


def is_complete(obj: models.Model, language: str) -> bool:
    """Every text the item has in Korean or English is there in `language` too."""
    if language in settings.SOURCE_LANGUAGES:
        return True
    return not _missing_in(obj, language, list(settings.SOURCE_LANGUAGES))


def review_of(obj: models.Model, language: str) -> TranslationReview | None:
    return TranslationReview.objects.filter(
        content_type=ContentType.objects.get_for_model(obj), object_id=obj.pk, language=language
    ).first()


def is_reviewed(obj: models.Model, language: str) -> bool:
    """A translator of `language` approved the item's texts in it as they read now."""
    if language in settings.SOURCE_LANGUAGES:
        return True
    review = review_of(obj, language)
    return review is not None and review.text_hash == text_hash(obj, language)


def shows_unreviewed() -> bool:
    """Whether translations nobody approved are shown (with a notice): sign-off off."""
    return not settings.CONTENT_APPROVAL_REQUIRED


def units(items: list[models.Model]) -> list[models.Model]:
    """The items and their published parts that are translated too (a page's sections, a
    group's tests): what their pages show. One query per kind of part."""
    found = list(items)
    by_model: dict[type[models.Model], list[models.Model]] = {}
    for item in items:
        by_model.setdefault(type(item), []).append(item)
    for model, same in by_model.items():
        for relation in model._meta.related_objects:
            related = cast(type[models.Model], relation.related_model)
            if not relation.one_to_many or not is_translated(related):
                continue
            children = related._default_manager.filter(**{f"{relation.field.name}__in": [i.pk for i in same]})
            if any(f.name == "is_published" for f in related._meta.fields):
                children = children.filter(is_published=True)
            found += list(children)
    return found


def is_translated(model: type[models.Model]) -> bool:
    try:
        translator.get_options_for_model(model)
    except NotRegistered:
        return False
    return True


@dataclass(frozen=True)
class PageLanguages:
    """In which languages a page shows its own text, and in which only unreviewed."""

    shown: tuple[str, ...]
    unreviewed: tuple[str, ...]


_page_languages = new_memo()


def page_languages(items: list[models.Model]) -> PageLanguages:
    """The languages a page that shows `items` (and their parts) can be read in: kept
    until the content version moves on (an approval moves it too: content/signals.py)."""
    key = (shows_unreviewed(), tuple((item._meta.label, item.pk) for item in items))
    return kept(_page_languages, key, lambda: _page_languages_now(items))


def _page_languages_now(items: list[models.Model]) -> PageLanguages:
    parts = units(items)
    hashes = _reviewed_hashes(parts)
    shown, unreviewed = [], []
    for code in languages():
        if not all(is_complete(part, code) for part in parts):
            continue
        reviewed = code in settings.SOURCE_LANGUAGES or all(
            hashes.get((part._meta.label, part.pk, code)) == text_hash(part, code) for part in parts
        )
        if reviewed or shows_unreviewed():
            shown.append(code)
        if not reviewed:
            unreviewed.append(code)
    return PageLanguages(tuple(shown), tuple(unreviewed))


def _reviewed_hashes(parts: list[models.Model]) -> dict[tuple[str, int, str], str]:
    """{(model label, pk, language): approved hash} of these items, in one query."""
    types = ContentType.objects.get_for_models(*{type(part) for part in parts}) if parts else {}
    labels = {content_type.pk: model._meta.label for model, content_type in types.items()}
    reviews = TranslationReview.objects.filter(
        content_type__in=list(types.values()), object_id__in={part.pk for part in parts}
    ).values_list("content_type_id", "object_id", "language", "text_hash")
    return {(labels[ct], pk, language): digest for ct, pk, language, digest in reviews}


def last_translator(obj: models.Model, language: str):
    """Who last changed the item's texts in `language` (from its history), if anyone."""
    history = getattr(obj, "history", None)
    if history is None:
        return None
    newer = None
    names = [column(name, language) for name in translated_fields(type(obj))]
    for record in history.order_by("-history_id").select_related("history_user")[:50]:
        if newer is not None and any(getattr(record, n, None) != getattr(newer, n, None) for n in names):
            return newer.history_user
        newer = record
    return newer.history_user if newer is not None and any(getattr(newer, n, None) for n in names) else None


def pending(obj: models.Model, language: str) -> PendingTranslation | None:
    return PendingTranslation.objects.filter(
        content_type=ContentType.objects.get_for_model(obj), object_id=obj.pk, language=language
    ).first()


def approve(obj: models.Model, language: str, user) -> None:
    """A translator of `language` approves the item's texts in it: the seed's waiting
    translation, if there is one, goes live (only into texts still empty), and the texts
    as they now read are recorded as reviewed. Nobody approves what they wrote last."""
    if language in settings.SOURCE_LANGUAGES or not may_translate(user, language):
        raise PermissionDenied
    waiting = pending(obj, language)
    if waiting is None and last_translator(obj, language) == user:
        raise PermissionDenied(gettext("A second translator approves what you wrote."))
    with transaction.atomic():
        if waiting is not None:
            changed = []
            for name, text in waiting.values.items():
                if name in translated_fields(type(obj)) and not text_of(obj, name, language):
                    setattr(obj, column(name, language), text)
                    changed.append(column(name, language))
            if changed:
                obj._change_reason = "Translation approved"  # type: ignore[attr-defined]
                obj._history_user = user  # type: ignore[attr-defined]
                obj.save(update_fields=changed)
            waiting.delete()
        TranslationReview.objects.update_or_create(
            content_type=ContentType.objects.get_for_model(obj),
            object_id=obj.pk,
            language=language,
            defaults={"text_hash": text_hash(obj, language), "reviewed_by": user, "reviewed_at": timezone.now()},
        )
        audit.record("translation_approved", user, obj, reason=language)


def empty_as_null(sender, instance, raw=False, **kwargs) -> None:
    """pre_save of a content model: an empty text in a translated language is stored as
    NULL, as its column starts, so that a form's empty field is no change of it."""
    for field_name in translated_fields(type(instance)):
        for code in translated_languages():
            name = column(field_name, code)
            if getattr(instance, name, None) == "":
                setattr(instance, name, None)


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
            if (getattr(old, column(field_name, code), "") or "")
            != (getattr(instance, column(field_name, code), "") or "")
        }
        if not changed:
            continue
        marks = OutdatedTranslation.objects.filter(content_type=content_type, object_id=instance.pk, field=field_name)
        marks.filter(language__in=changed).delete()  # updated now
        if not changed & set(settings.SOURCE_LANGUAGES) or len(changed) == len(languages):
            continue  # a translation changed (the source stays as it is), or all written anew together
        for code in set(languages) - changed:
            if text_of(instance, field_name, code):  # an empty one is "missing"
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
        found.setdefault(mark.object_id, []).append(Missing(column(mark.field, mark.language), label, mark.language))
    return found
