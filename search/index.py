"""Building the search index from what each content app publishes, again after every content change."""

from django.conf import settings
from django.db import transaction
from django.utils.translation import override

from content.apps import app_modules
from content.documents import Document
from search.models import SearchDocument


def documents(language: str) -> list[Document]:
    """Every app's documents (its `search.py`'s search_documents()), in one language."""
    with override(language):
        found: list[Document] = []
        for _config, module in app_modules("search"):
            # str() here, while the language is active: labels may be lazy translations.
            found.extend(
                Document(str(doc.section), str(doc.title), doc.text, doc.url) for doc in module.search_documents()
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


def rebuild_on_change(**kwargs) -> str:
    """Receiver of content.signals.content_changed."""
    return f"Search index: {rebuild()} pages."
