"""What a content app tells site search about its pages.

An app that has public pages lists them in `search.py`, which the search app finds
there (content/apps.py) and indexes:

- `search_documents(keys=None)` returns its Documents in the active language:
  every one, or only those whose key is in `keys` (when one item changed, only its
  pages are built again).
- `document_keys(obj)` names the documents an item of the app appears in now (its
  own page, and the pages that list it). Where an item appeared before it changed is
  known from the documents' `sources`, so a moved or deleted item leaves no trace.
"""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Document:
    """A public page as the search sees it, in the active language.

    `names` are the names of the items the page presents and `aliases` the other
    names patients use for them (content.models.AlsoKnownAs): both weigh more than
    the body `text`. `sources` are the items it was built from, as `source_key(obj)`.
    """

    section: str
    title: str
    text: str
    url: str
    key: str = ""
    names: str = ""
    aliases: tuple[str, ...] = ()
    # Names that mean the same thing, each group an item's name with its other names:
    # a search for one of them finds pages that use another.
    synonyms: tuple[tuple[str, ...], ...] = ()
    sources: frozenset[str] = field(default_factory=frozenset)
    # A glossary entry explains a word; it never ranks above the pages about it.
    is_glossary: bool = False


def source_key(obj) -> str:
    """An item as a document's source: "clinic.treatment:7"."""
    return f"{obj._meta.label_lower}:{obj.pk}"
