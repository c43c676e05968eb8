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
class Part:
    """A part of a page with a heading of its own, that a result can link to:
    `anchor` is the id of its heading on the page (without "#"), `text` its words
    (the heading's too)."""

    anchor: str
    heading: str
    text: str


@dataclass(frozen=True)
class Document:
    """A public page as the search sees it, in the active language.

    `names` are the names of the items the page presents and `aliases` the other
    names patients use for them (content.models.AlsoKnownAs): both weigh more than
    the body `text`. `sources` are the items it was built from, as `source_key(obj)`.
    `parts` are its sections, in the order the page shows them: a result links to the
    part that holds what was searched for. Their text is in `text` as well.
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
    parts: tuple[Part, ...] = ()


def source_key(obj) -> str:
    """An item as a document's source: "clinic.treatment:7"."""
    return f"{obj._meta.label_lower}:{obj.pk}"
