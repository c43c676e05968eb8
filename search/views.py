"""Site search: every published page in the visitor's language."""

import re
import unicodedata

from django.db.models import Case, IntegerField, Q, Value, When
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from content.seo import PageMeta
from search.models import SearchDocument

MAX_QUERY_CHARS = 100
MAX_TERMS = 8
MAX_RESULTS = 50
EXCERPT_CHARS = 180


def clean_query(raw: str) -> str:
    """The query as typed, without control characters (PostgreSQL rejects NUL) or extra spaces."""
    visible = "".join(ch for ch in raw if unicodedata.category(ch)[0] != "C" or ch in " \t")
    return " ".join(visible.split())


def highlight(text: str, terms: list[str]) -> SafeString:
    """`text` with each search term marked, escaped for HTML."""
    pattern = re.compile("|".join(re.escape(term) for term in terms), re.IGNORECASE)
    parts, last = [], 0
    for match in pattern.finditer(text):
        parts.append(("{}", text[last : match.start()]))
        parts.append(("<mark>{}</mark>", match.group(0)))
        last = match.end()
    parts.append(("{}", text[last:]))
    return format_html_join("", "{}", ((format_html(fmt, value),) for fmt, value in parts))


WORD_SLACK = 30  # how far an excerpt may stretch to end on a whole word


def word_start(text: str, at: int) -> int:
    """`at`, moved back to the start of the word it falls in."""
    if at <= 0:
        return 0
    space = text.rfind(" ", 0, at)
    return space + 1 if space != -1 and at - space <= WORD_SLACK else at


def word_end(text: str, at: int) -> int:
    """`at`, moved on to the end of the word it falls in."""
    if at >= len(text):
        return len(text)
    space = text.find(" ", at)
    if space == -1:
        return len(text) if len(text) - at <= WORD_SLACK else at
    return space if space - at <= WORD_SLACK else at


def excerpt(text: str, terms: list[str]) -> str:
    """About EXCERPT_CHARS characters of `text` around the first match, starting and
    ending on whole words (a word longer than WORD_SLACK may still be cut)."""
    lowered = text.lower()
    positions = [lowered.find(term.lower()) for term in terms if term.lower() in lowered]
    start = word_start(text, max(0, min(positions) - EXCERPT_CHARS // 3)) if positions else 0
    end = word_end(text, min(len(text), start + EXCERPT_CHARS))
    piece = text[start:end].strip()
    return ("…" if start else "") + piece + ("…" if end < len(text) else "")


class SearchView(TemplateView):
    template_name = "search/search.html"
    # The language switch keeps the query (content/context_processors.py).
    language_switch_keeps = ("q",)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        raw = self.request.GET.get("q", "")
        query = clean_query(raw)
        context["query"] = query
        context["breadcrumbs"] = [(_("Search"), None)]
        # Result pages are not worth indexing; the pages they list are.
        title = _("Search: %(query)s") % {"query": query} if query else _("Search")
        context["meta"] = PageMeta(
            title=title, description=_("Search the NET Clinic's pages."), page_type="SearchResultsPage", noindex=True
        )
        if not query:
            return context
        # Decided on the cleaned query alone, so that every query the page cache keys
        # alike (netclinic/pagecache.py) gets the same page.
        if len(query) > MAX_QUERY_CHARS:
            context["too_long"] = True
            context["max_chars"] = MAX_QUERY_CHARS
            context["query"] = query[:MAX_QUERY_CHARS]
            return context
        terms = query.split()[:MAX_TERMS]
        matches = Q()
        for term in terms:
            matches &= Q(title__icontains=term) | Q(text__icontains=term)
        title_first = Case(
            When(title__icontains=terms[0], then=Value(0)), default=Value(1), output_field=IntegerField()
        )
        documents = (
            SearchDocument.objects.filter(matches, language=get_language())
            .annotate(title_rank=title_first)
            .order_by("title_rank", "position")[:MAX_RESULTS]
        )
        context["results"] = [
            {
                "title": highlight(doc.title, terms),
                "excerpt": highlight(excerpt(doc.text, terms), terms),
                "section": doc.section,
                "url": doc.url,
            }
            for doc in documents
        ]
        context["searched"] = True
        return context
