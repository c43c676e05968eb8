"""Markdown that staff write, rendered to HTML that is safe to show patients.

Two layers: raw HTML typed into the text is escaped, never interpreted, and
the HTML that Markdown produces is then cleaned by nh3 against an allowlist.
"""

from urllib.parse import urlsplit
from xml.etree.ElementTree import Element

import markdown
import nh3
from django.utils.safestring import SafeString, mark_safe
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

ALLOWED_TAGS = {"p", "br", "h3", "h4", "h5", "ul", "ol", "li", "strong", "em", "a", "blockquote", "hr", "code"}
ALLOWED_ATTRIBUTES = {"a": {"href", "title", "rel"}}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto", "tel"}
EXTERNAL_REL = "noopener noreferrer"

# Page sections already sit under an <h2>, so a Markdown "#" starts at <h3>.
TOP_HEADING_LEVEL = 3


class _SiteStructure(Treeprocessor):
    """Shifts headings under the page's own, and marks links to other sites."""

    def run(self, root: Element) -> None:
        for element in root.iter():
            if len(element.tag) == 2 and element.tag[0] == "h" and element.tag[1].isdigit():
                level = min(int(element.tag[1]) + TOP_HEADING_LEVEL - 1, 5)
                element.tag = f"h{level}"
            elif element.tag == "a" and urlsplit(element.get("href", "")).netloc:
                element.set("rel", EXTERNAL_REL)


class _SafeMarkdown(Extension):
    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 (Markdown's API)
        # Raw HTML is shown as text, never passed through.
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        md.treeprocessors.register(_SiteStructure(md), "site_structure", 0)


def render_markdown(text: str | None) -> SafeString:
    """Staff's Markdown as sanitized HTML; empty text gives an empty string."""
    if not text or not text.strip():
        return mark_safe("")  # noqa: S308 (a constant)
    html = markdown.markdown(text, extensions=[_SafeMarkdown(), "sane_lists"], output_format="html")
    cleaned = nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel=None,
        strip_comments=True,
    )
    return mark_safe(cleaned)  # noqa: S308 (sanitized by nh3 above)
