"""The glossary terms that pages link to, per language, kept for the content version."""

from django.urls import reverse

from clinic.models import GlossaryTerm
from content.markup import GlossaryTerms, build_glossary_terms, plain_text
from content.versions import per_content_version


@per_content_version
def glossary_terms() -> GlossaryTerms:
    """Every published term in the current language, by each of its written forms."""
    page = reverse("clinic:glossary")
    entries = []
    for term in GlossaryTerm.objects.published():
        definition = plain_text(term.definition)
        entries += [(form, term.slug, f"{page}#{term.slug}", definition) for form in term.forms()]
    return build_glossary_terms(entries)
