"""Markdown that staff write, rendered to HTML that is safe to show patients.

Two layers: raw HTML typed into the text is escaped, never interpreted, and
the HTML that Markdown produces is then cleaned by nh3 against an allowlist.
Public pages may also link the first mention of each glossary term.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import urlsplit
from xml.etree.ElementTree import Element

import markdown
import nh3
from django.utils.safestring import SafeString, mark_safe
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor
from markdown.util import AtomicString

ALLOWED_TAGS = {"p", "br", "h3", "h4", "h5", "ul", "ol", "li", "strong", "em", "a", "blockquote", "hr", "code"}
ALLOWED_ATTRIBUTES = {"a": {"href", "title", "rel", "class"}}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto", "tel"}
EXTERNAL_REL = "noopener noreferrer"

# Page sections already sit under an <h2>, so a Markdown "#" starts at <h3>.
TOP_HEADING_LEVEL = 3
# Text inside these is never turned into a glossary link.
NO_LINKS_INSIDE = {"a", "h3", "h4", "h5", "code"}


@dataclass
class Glossary:
    """Terms to link, with the slugs a page has linked already (each once per page)."""

    terms: dict[str, tuple[str, str]]  # written form -> (slug, url)
    linked: set[str] = field(default_factory=set)
    _pattern: re.Pattern | None = None

    @property
    def pattern(self) -> re.Pattern | None:
        if self._pattern is None and self.terms:
            # Longest forms first, so "PET" does not win over "PET-CT". A form must
            # start a word; Korean particles may follow it ("CT와", "전이가").
            parts = []
            for form in sorted(self.terms, key=len, reverse=True):
                escaped = re.escape(form)
                parts.append(rf"(?<![A-Za-z0-9-]){escaped}(?![A-Za-z0-9-])" if form.isascii() else rf"(?<!\w){escaped}")
            self._pattern = re.compile("|".join(parts))
        return self._pattern


class _SiteStructure(Treeprocessor):
    """Shifts headings under the page's own, marks links to other sites and links glossary terms."""

    def __init__(self, md: markdown.Markdown, glossary: Glossary | None) -> None:
        super().__init__(md)
        self.glossary = glossary

    def run(self, root: Element) -> None:
        for element in root.iter():
            if len(element.tag) == 2 and element.tag[0] == "h" and element.tag[1].isdigit():
                level = min(int(element.tag[1]) + TOP_HEADING_LEVEL - 1, 5)
                element.tag = f"h{level}"
            elif element.tag == "a" and urlsplit(element.get("href", "")).netloc:
                element.set("rel", EXTERNAL_REL)
        if self.glossary is not None and self.glossary.pattern is not None:
            self._link_terms(root)

    def _link_terms(self, element: Element) -> None:
        if element.tag in NO_LINKS_INSIDE:
            return
        children = list(element)
        if element.text and not isinstance(element.text, AtomicString):
            element.text, new = self._split(element.text)
            for offset, link in enumerate(new):
                element.insert(offset, link)
        for child in children:
            self._link_terms(child)
            if child.tail and not isinstance(child.tail, AtomicString):
                child.tail, new = self._split(child.tail)
                position = list(element).index(child) + 1
                for offset, link in enumerate(new):
                    element.insert(position + offset, link)

    def _split(self, text: str) -> tuple[str, list[Element]]:
        """Text before the first new term, and links for terms (each with the text after it)."""
        glossary = self.glossary
        head, links, last = text, [], 0
        for match in glossary.pattern.finditer(text):
            slug, url = glossary.terms[match.group(0)]
            if slug in glossary.linked:
                continue
            glossary.linked.add(slug)
            link = Element("a", {"href": url, "class": "glossary-term"})
            link.text = match.group(0)
            if links:
                links[-1].tail = text[last : match.start()]
            else:
                head = text[: match.start()]
            links.append(link)
            last = match.end()
        if links:
            links[-1].tail = text[last:]
        return head, links


class _SafeMarkdown(Extension):
    def __init__(self, glossary: Glossary | None = None) -> None:
        super().__init__()
        self.glossary = glossary

    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 (Markdown's API)
        # Raw HTML is shown as text, never passed through.
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        md.treeprocessors.register(_SiteStructure(md, self.glossary), "site_structure", 0)


def render_markdown(text: str | None, glossary: Glossary | None = None) -> SafeString:
    """Staff's Markdown as sanitized HTML; empty text gives an empty string."""
    if not text or not text.strip():
        return mark_safe("")  # noqa: S308 (a constant)
    html = markdown.markdown(text, extensions=[_SafeMarkdown(glossary), "sane_lists"], output_format="html")
    cleaned = nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel=None,
        strip_comments=True,
    )
    return mark_safe(cleaned)  # noqa: S308 (sanitized by nh3 above)


def plain_text(text: str | None) -> str:
    """The words of a Markdown text without its markup, for search and excerpts."""
    from html import unescape

    from django.utils.html import strip_tags

    return " ".join(unescape(strip_tags(render_markdown(text))).split())


def build_glossary(entries: Iterable[tuple[str, str, str]]) -> Glossary:
    """A page's glossary from (written form, slug, url) entries."""
    return Glossary({form: (slug, url) for form, slug, url in entries})
