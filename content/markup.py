"""Markdown that staff write, rendered to HTML that is safe to show patients.

Two layers: raw HTML typed into the text is escaped, never interpreted, and
the HTML that Markdown produces is then cleaned by nh3 against an allowlist.
Public pages may also link the first mention of each glossary term.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from html import escape
from html import unescape as html_unescape
from urllib.parse import urlsplit
from xml.etree.ElementTree import Element

import markdown
import nh3
from django.utils.html import strip_tags
from django.utils.safestring import SafeString, mark_safe
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

ALLOWED_TAGS = {"p", "br", "h3", "h4", "h5", "ul", "ol", "li", "strong", "em", "a", "blockquote", "hr", "code"}
ALLOWED_ATTRIBUTES = {"a": {"href", "title", "rel", "class"}}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto", "tel"}
EXTERNAL_REL = "noopener noreferrer"

# Page sections already sit under an <h2>, so a Markdown "#" starts at <h3>.
TOP_HEADING_LEVEL = 3

# Bounds, so that whatever staff store renders in linear time without deep recursion
# (a save, a page and the search index never fail on a text). No real page comes near them.
MAX_MARKDOWN_CHARS = 20_000  # longer texts are refused by the field (fields.py) and shown as plain text
MAX_NESTING = 6  # list and quotation levels kept; deeper lines are flattened to this level
MAX_BRACKETS = 300  # a text with more "[" than this is shown as typed, without formatting
MAX_BLOCK_LINES = 200  # a run of lines without a blank one is cut after this many (Markdown splits it per line)
_QUOTES = re.compile(rf"^((?:[ ]{{0,3}}>[ ]?){{{MAX_NESTING}}})(?:[ ]{{0,3}}>[ ]?)+")


@dataclass(frozen=True)
class GlossaryTerms:
    """The terms pages link to: written form -> (slug, url, definition as plain text),
    and one pattern for them all.

    Built once per content version and language (clinic.glossary), then shared."""

    terms: dict[str, tuple[str, str, str]]
    pattern: re.Pattern | None


@dataclass
class Glossary:
    """A page's glossary: the terms, and the slugs the page has linked already (each once)."""

    terms: GlossaryTerms
    linked: set[str] = field(default_factory=set)


# What may follow a Korean term inside the same word: a particle or the copula
# ("표적치료는", "간전이가", "유사체입니다"). Anything else means the term is only
# part of a longer word ("표적치료제"), which is never linked: a link must not
# cover part of a word.
# fmt: off
KOREAN_ENDINGS = (
    "은", "는", "이", "가", "을", "를", "의", "에", "에서", "에게", "께", "로",
    "으로", "과", "와", "도", "만", "까지", "부터", "이나", "나", "란", "이란",
    "이며", "며", "입니다", "이고", "고", "인", "이다", "라는", "이라는", "라고",
    "이라고", "처럼", "보다", "만큼", "에는", "에서는", "로는", "으로는", "에도", "로도",
    "으로도", "와도", "과도", "와의", "과의", "이에요", "예요", "이지만", "로서", "으로서",
    "로써", "으로써", "마다", "조차", "이든", "께서", "한테", "이랑", "랑", "이라도",
    "라도", "이면", "면", "일", "이었", "였", "이므로", "이기", "이죠", "죠", "하는",
    "할", "한", "해", "하여", "하고", "했", "합니다", "됩니다", "되는", "된", "될",
)
# fmt: on
_KOREAN_END = "(?:" + "|".join(sorted(KOREAN_ENDINGS, key=len, reverse=True)) + ")?(?!\\w)"


def build_glossary_terms(entries: Iterable[tuple[str, str, str, str]]) -> GlossaryTerms:
    """GlossaryTerms from (written form, slug, url, definition) entries."""
    terms = {form: (slug, url, definition) for form, slug, url, definition in entries}
    if not terms:
        return GlossaryTerms(terms, None)
    # Longest forms first, so "PET" does not win over "PET-CT". A form is a whole
    # word; in Korean a particle may follow it ("CT와", "전이가").
    parts = []
    for form in sorted(terms, key=len, reverse=True):
        # Matched against HTML text, where & < > are escaped.
        escaped = re.escape(escape(form, quote=False))
        if form.isascii():
            parts.append(rf"(?<![A-Za-z0-9-]){escaped}(?![A-Za-z0-9-])")
        else:
            parts.append(rf"(?<!\w){escaped}(?={_KOREAN_END})")
    return GlossaryTerms(terms, re.compile("|".join(parts)))


class _SiteStructure(Treeprocessor):
    """Shifts headings under the page's own and marks links to other sites."""

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


def _bounded(text: str) -> str:
    """The text with nesting flattened below MAX_NESTING levels and very long runs of lines
    cut: Markdown's own parser recurses per level and splits a block again after each line."""
    lines: list[str] = []
    run = 0  # lines since the last blank one
    for line in text.expandtabs(4).split("\n"):
        content = line.lstrip(" ")
        if len(line) - len(content) > 4 * MAX_NESTING:
            line = " " * (4 * MAX_NESTING) + content
        run = run + 1 if content else 0
        if run > MAX_BLOCK_LINES:
            lines.append("")
            run = 1
        lines.append(_QUOTES.sub(r"\1", line))
    return "\n".join(lines)


def _as_plain_text(text: str) -> str:
    """A text shown as typed, paragraph by paragraph: for what Markdown cannot safely read."""
    paragraphs = (part.strip() for part in re.split(r"\n\s*\n", text))
    return "".join(f"<p>{escape(part)}</p>" for part in paragraphs if part)


@lru_cache(maxsize=4096)
def _render(text: str) -> str:
    """Markdown to sanitized HTML. Pure, so kept: pages show the same texts again and again."""
    if len(text) > MAX_MARKDOWN_CHARS:
        return _as_plain_text(text[:MAX_MARKDOWN_CHARS])
    if text.count("[") > MAX_BRACKETS:  # Markdown rescans the rest of the text at each "["
        return _as_plain_text(text)
    try:
        html = markdown.markdown(_bounded(text), extensions=[_SafeMarkdown(), "sane_lists"], output_format="html")
    except RecursionError:  # nesting of some other shape, too deep to parse
        return _as_plain_text(text)
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel=None,
        strip_comments=True,
    )


# Splits sanitized HTML into tags and the text between them.
_TAG = re.compile(r"(<[^>]*>)")
_OPENING = re.compile(r"<(a|h3|h4|h5|code)[\s>]")
_CLOSING = re.compile(r"</(a|h3|h4|h5|code)>")


@lru_cache(maxsize=4096)
def _mentions(html: str, pattern: re.Pattern) -> tuple[str | tuple[str, str], ...]:
    """The HTML cut at each mention of a term outside links, headings and code:
    plain strings, and (written form, text as written) for each mention. Pure,
    so kept: pages show the same texts again and again."""
    pieces: list[str | tuple[str, str]] = []
    depth = 0
    for piece in _TAG.split(html):
        if piece.startswith("<"):
            if _OPENING.match(piece):
                depth += 1
            elif _CLOSING.match(piece):
                depth = max(0, depth - 1)
            pieces.append(piece)
        elif depth or not piece:
            pieces.append(piece)
        else:
            start = 0
            for match in pattern.finditer(piece):
                pieces.append(piece[start : match.start()])
                pieces.append((html_unescape(match.group(0)), match.group(0)))
                start = match.end()
            pieces.append(piece[start:])
    return tuple(pieces)


def link_glossary(html: str, glossary: Glossary) -> str:
    """Link the first mention on the page of each glossary term, outside links, headings and code."""
    pattern = glossary.terms.pattern
    if pattern is None:
        return html
    parts = []
    for piece in _mentions(html, pattern):
        if isinstance(piece, str):
            parts.append(piece)
            continue
        form, written = piece
        slug, url, definition = glossary.terms.terms[form]
        if slug in glossary.linked:
            parts.append(written)
        else:
            glossary.linked.add(slug)
            # The definition travels with the link, for the toggletip that shows it in
            # place where JavaScript runs (static/js/site.js); without it, the link leads
            # to the glossary.
            parts.append(
                f'<a class="glossary-term" href="{escape(url)}" data-definition="{escape(definition)}">{written}</a>'
            )
    return "".join(parts)


# A short word with a hyphen that must not break at it: "5-HIAA", "PET-CT", "interferon-α".
# (a Korean part too: "5-히드록시인돌아세트산", "5-HIAA는" with its particle).
_HYPHENATED = re.compile(r"(?<![\w-])[A-Za-z0-9]+(?:-[A-Za-z0-9α-ω가-힣]+)+(?![\w-])")
HYPHENATED_MAX_CHARS = 20  # "hematology-oncology" stays whole; longer compounds may break as usual


def _nowrap(match: re.Match) -> str:
    word = match.group(0)
    return f'<span class="nowrap">{word}</span>' if len(word) <= HYPHENATED_MAX_CHARS else word


@lru_cache(maxsize=4096)
def keep_terms_whole(html: str) -> str:
    """HTML with each short hyphenated term kept on one line (browsers break after a
    hyphen: "urine 5-" / "HIAA"). Text inside tags' attributes is left alone. Pure, so
    kept: pages show the same texts again and again."""
    if "-" not in html:
        return html
    return "".join(piece if piece.startswith("<") else _HYPHENATED.sub(_nowrap, piece) for piece in _TAG.split(html))


def render_markdown(text: str | None, glossary: Glossary | None = None) -> SafeString:
    """Staff's Markdown as sanitized HTML; empty text gives an empty string."""
    if not text or not text.strip():
        return mark_safe("")  # noqa: S308 (a constant)
    html = _render(text)
    if glossary is not None:
        html = link_glossary(html, glossary)
    return mark_safe(keep_terms_whole(html))  # noqa: S308 (sanitized by nh3; glossary links are built from escaped values)


def plain_text(text: str | None) -> str:
    """The words of a Markdown text without its markup, for search and excerpts."""
    return " ".join(html_unescape(strip_tags(render_markdown(text))).split())
