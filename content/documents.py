"""What a content app tells site search about its pages.

An app that has public pages lists them in `search.py`, as a function
`search_documents()` returning Documents in the active language; the search app
finds it there (content/apps.py) and indexes what it returns.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Document:
    """A public page as the search sees it, in the active language."""

    section: str
    title: str
    text: str
    url: str
