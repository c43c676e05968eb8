"""The glossary terms that pages link to, per language, kept in the cache."""

from django.core.cache import cache
from django.urls import reverse
from django.utils.translation import get_language

from clinic.models import GlossaryTerm

CACHE_SECONDS = 300


def _cache_key(language: str) -> str:
    return f"clinic:glossary:{language}"


def glossary_entries() -> list[tuple[str, str, str]]:
    """(written form, slug, URL) for every published term in the current language."""
    language = get_language()
    entries = cache.get(_cache_key(language))
    if entries is None:
        page = reverse("clinic:glossary")
        entries = [
            (form, term.slug, f"{page}#{term.slug}")
            for term in GlossaryTerm.objects.published()
            for form in term.forms()
        ]
        cache.set(_cache_key(language), entries, CACHE_SECONDS)
    return entries


def forget_glossary(**kwargs) -> None:
    """Drop the cached terms when staff change one (connected in apps.py)."""
    from django.conf import settings

    cache.delete_many([_cache_key(code) for code, _name in settings.LANGUAGES])
