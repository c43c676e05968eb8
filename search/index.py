"""Building the search index from what each content app publishes."""

from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
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
