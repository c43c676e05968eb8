"""Building the search index from what each content app publishes."""

from collections.abc import Iterable
from dataclasses import dataclass

from django.conf import settings
from django.db import connection, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils.module_loading import import_string
from django.utils.translation import override

from search.models import SearchDocument


@dataclass(frozen=True)
class Document:
    """A public page as the search sees it, in the active language."""

    section: str
    title: str
    text: str
    url: str


def documents(language: str) -> list[Document]:
    with override(language):
        found: list[Document] = []
        for provider in settings.SEARCH_PROVIDERS:
            # str() here, while the language is active: labels may be lazy translations.
            found.extend(
                Document(str(doc.section), str(doc.title), doc.text, doc.url) for doc in import_string(provider)()
            )
        return found


def rebuild() -> int:
    """Replace the whole index; it is small (one row per page and language)."""
    rows = []
    for code, _name in settings.LANGUAGES:
        for position, doc in enumerate(documents(code)):
            rows.append(
                SearchDocument(
                    language=code,
                    section=str(doc.section)[:200],
                    title=str(doc.title)[:300],
                    text=doc.text,
                    url=doc.url,
                    position=position,
                )
            )
    with transaction.atomic():
        SearchDocument.objects.all().delete()
        SearchDocument.objects.bulk_create(rows)
    return len(rows)


def _rebuild_after_commit() -> None:
    rebuild()


def schedule_rebuild(**kwargs) -> None:
    """Rebuild once when the current transaction commits, however many saves it holds."""
    if kwargs.get("raw"):  # loading fixtures
        return
    if any(entry[1] is _rebuild_after_commit for entry in connection.run_on_commit):
        return
    transaction.on_commit(_rebuild_after_commit)


def indexed_models() -> Iterable[type]:
    from netclinic.translations import translated_models

    return translated_models()


def connect_signals() -> None:
    for model in indexed_models():
        uid = f"search.rebuild.{model._meta.label_lower}"
        post_save.connect(schedule_rebuild, sender=model, dispatch_uid=f"{uid}.save")
        post_delete.connect(schedule_rebuild, sender=model, dispatch_uid=f"{uid}.delete")
        for field in model._meta.many_to_many:
            m2m_changed.connect(schedule_rebuild, sender=field.remote_field.through, dispatch_uid=f"{uid}.{field.name}")
