"""The international patients page as a document for site search (the search app
indexes it: search/index.py)."""

from django.db.models import Model
from django.urls import reverse
from django.utils.translation import gettext

from content.documents import Document, Part, source_key
from content.markup import plain_text
from international.models import InternationalPage

KEY = "international.page"


def document_keys(obj: Model) -> set[str]:
    return {KEY}


def search_documents(keys: set[str] | None = None) -> list[Document]:
    if keys is not None and KEY not in keys:
        return []
    page = InternationalPage.objects.first()  # never get_solo(): it would make an empty page
    if page is None:
        return []
    parts = [
        Part(
            anchor,
            heading,
            " ".join(t for t in (heading, plain_text(text), page.email if anchor == "contact-heading" else "") if t),
        )
        for anchor, heading, text in page.shown_parts()
    ]
    return [
        Document(
            gettext("International patients"),
            page.title,
            " ".join([plain_text(page.lead), *(part.text for part in parts)]),
            reverse("international:international"),
            key=KEY,
            names=" ".join([gettext("International Health Services"), gettext("International patients")]),
            sources=frozenset({source_key(page)}),
            parts=tuple(parts),
        )
    ]
