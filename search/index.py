"""Building the search index from what each content app publishes (its `search.py`,
content/documents.py), and keeping it up to date.

After a content change only the documents the changed items appear in are built
again, in both languages: those the app's document_keys() names for each item as it
is now, and those whose sources list it (where it was before it moved or was
deleted). Loading the content, importing it, a large change or a change the apps
cannot place rebuild the whole index.
"""

from collections.abc import Iterable
from urllib.parse import urlsplit

from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.db.models import Max, Q
from django.utils.translation import override

from content.apps import app_modules
from content.documents import Document, Part
from content.models import SeedRecord
from content.seo import languages_at
from search import analysis
from search.models import SearchDocument

# More changed items than this in one announcement: the whole index is rebuilt.
MAX_INCREMENTAL_CHANGES = 50
# Field names in the stored terms; each field's weight is in search/engine.py.
FIELDS = {"t": "title", "n": "names", "a": "aliases", "b": "text"}


def _documents(language: str, keys: set[str] | None = None) -> list[Document]:
    """Every app's documents in one language: all, or those with these keys. A page that
    is shown in English for want of a translation is left out of that language's index
    (its English document is found, and offered from there, as other languages' are)."""
    shown: dict[str, bool] = {}

    def reads_in_language(url: str) -> bool:
        path = urlsplit(url).path
        if path not in shown:
            shown[path] = language in languages_at(path)
        return shown[path]

    with override(language):
        found: list[Document] = []
        for _config, module in app_modules("search"):
            for doc in module.search_documents(keys) if keys is not None else module.search_documents():
                if language not in settings.SOURCE_LANGUAGES and not reads_in_language(doc.url):
                    continue
                # str() here, while the language is active: labels may be lazy translations.
                found.append(
                    Document(
                        str(doc.section),
                        str(doc.title),
                        doc.text,
                        doc.url,
                        key=doc.key,
                        names=doc.names,
                        aliases=tuple(doc.aliases),
                        synonyms=tuple(tuple(group) for group in doc.synonyms),
                        sources=doc.sources,
                        is_glossary=doc.is_glossary,
                        parts=tuple(Part(p.anchor, str(p.heading), p.text) for p in doc.parts),
                    )
                )
        return found


def analysed(doc: Document, language: str = "") -> dict:
    """A document's term frequencies per field, and the Latin and the Korean words (of
    three syllables or more) of its title, names and other names, which "Did you mean"
    may offer."""
    fields: dict[str, str] = {
        "t": doc.title,
        "n": doc.names,
        "a": " , ".join(doc.aliases),
        "b": doc.text,
    }
    stored: dict = {}
    latin: set[str] = set()
    hangul: set[str] = set()
    for name, text in fields.items():
        counts: dict[str, float] = {}
        for term, weight in analysis.terms(text, language):
            counts[term] = counts.get(term, 0.0) + weight
        stored[name] = counts
        if name != "b":  # "Did you mean" offers names, never an everyday word of the text (book → look)
            for word in analysis.words(text):
                if word.hangul and len(word.text) >= 3:
                    hangul.add(word.text)
                elif not word.hangul and len(word.text) >= 4 and word.text.isalpha():
                    latin.add(word.text)
    stored["w"] = sorted(latin)
    stored["k"] = sorted(hangul)
    stored["g"] = [list(group) for group in doc.synonyms]
    return stored


def analysed_parts(doc: Document, language: str = "") -> list[dict]:
    """A document's parts, each with the terms it holds and those of its heading
    (search/engine.py best_part)."""
    return [
        {
            "anchor": part.anchor,
            "heading": part.heading,
            "text": part.text,
            "terms": sorted({term for term, _weight in analysis.terms(part.text, language)}),
            "heading_terms": sorted({term for term, _weight in analysis.terms(part.heading, language)}),
        }
        for part in doc.parts
    ]


def _row(language: str, position: int, doc: Document) -> SearchDocument:
    return SearchDocument(
        language=language,
        key=doc.key[:100],
        section=str(doc.section)[:200],
        title=str(doc.title)[:300],
        names=doc.names,
        aliases=list(doc.aliases),
        text=doc.text,
        url=doc.url,
        position=position,
        is_glossary=doc.is_glossary,
        sources=" " + " ".join(sorted(doc.sources)) + " ",
        terms=analysed(doc, language),
        parts=analysed_parts(doc, language),
    )


def rebuild() -> int:
    """Replace the whole index."""
    rows = [
        _row(code, position, doc) for code, _name in settings.LANGUAGES for position, doc in enumerate(_documents(code))
    ]
    with transaction.atomic():
        SearchDocument.objects.all().delete()
        SearchDocument.objects.bulk_create(rows)
    return len(rows)


def _changed_objects(changes: Iterable[tuple[str, int]]):
    """The changed items that still exist, read model by model."""
    by_model: dict[str, set[int]] = {}
    for label, pk in changes:
        by_model.setdefault(label, set()).add(pk)
    for label, pks in by_model.items():
        model = apps.get_model(label)
        yield from model._default_manager.filter(pk__in=pks)


def affected_keys(changes: set[tuple[str, int]]) -> set[str] | None:
    """The documents a set of changed items touch, or None if only a rebuild will do."""
    modules = {config.label: module for config, module in app_modules("search")}
    keys: set[str] = set()
    for obj in _changed_objects(changes):
        module = modules.get(obj._meta.app_label)
        if module is None or not hasattr(module, "document_keys"):
            return None  # an app without a say in the index: build it all
        keys |= module.document_keys(obj)
    were_in = Q()
    for label, pk in changes:
        were_in |= Q(sources__contains=f" {label}:{pk} ")
    keys.update(SearchDocument.objects.filter(were_in).values_list("key", flat=True).distinct())
    return keys


def update(changes: set[tuple[str, int]]) -> int:
    """Build again the documents these changes touch, in every language. Returns how many."""
    keys = affected_keys(changes)
    if keys is None:
        return rebuild()
    if not keys:
        return 0
    rows = []
    next_position = (SearchDocument.objects.aggregate(last=Max("position"))["last"] or 0) + 1
    kept = dict(SearchDocument.objects.filter(key__in=keys).values_list("key", "position"))
    for code, _name in settings.LANGUAGES:
        for doc in _documents(code, keys):
            position = kept.get(doc.key)
            if position is None:
                position, next_position = next_position, next_position + 1
            rows.append(_row(code, position, doc))
    with transaction.atomic():
        SearchDocument.objects.filter(key__in=keys).delete()
        SearchDocument.objects.bulk_create(rows)
    return len(rows)


def follow_change(changes: set[tuple[str, int]] | None = None, **kwargs) -> str:
    """Receiver of content.signals.content_changed."""
    if changes is None or len(changes) > MAX_INCREMENTAL_CHANGES:
        return f"Search index: {rebuild()} pages."
    return f"Search index: {update(changes)} pages updated."


def build_if_empty(**kwargs) -> None:
    """Receiver of post_migrate: an index that a migration emptied is built again at
    once, when there is content to build it from."""
    if not SearchDocument.objects.exists() and SeedRecord.objects.exists():
        rebuild()
