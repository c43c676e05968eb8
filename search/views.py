"""Site search: every published page in the visitor's language (search/engine.py
finds and ranks them; this view shows them)."""

import functools
import html
import unicodedata
from collections.abc import Iterator
from urllib.parse import urlencode

from django.conf import settings
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language, override
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from content.seo import PageMeta
from content.versions import request_version
from search import analysis, engine
from search.log import FOUND_HEADER

MAX_QUERY_CHARS = 100
MAX_RESULTS = 20
EXCERPT_CHARS = 180
# Other names shown under a result, when the search found the page by them.
MAX_ALIASES_SHOWN = 3


def clean_query(raw: str) -> str:
    """The query as typed, without control characters (PostgreSQL rejects NUL) or extra spaces."""
    visible = "".join(ch for ch in raw if unicodedata.category(ch)[0] != "C" or ch in " \t")
    return " ".join(visible.split())


def marked_spans(text: str, matched: set[str], language: str = "") -> list[tuple[int, int]]:
    """Where in `text` the matched terms are: whole words and numbers, and in Korean and
    Chinese the characters the matched pieces cover (in Korean the stem, not its particle)."""
    return list(_spans(text, matched, language or (get_language() or "")))


def _spans(text: str, matched: set[str], language: str) -> Iterator[tuple[int, int]]:
    """marked_spans, one by one: the first needs only the words up to it."""
    for word in analysis.words(text):
        if not word.pieced:
            term = analysis.term_of(word, language)
            if term and (term in matched or (language == "mn" and analysis.mongolian_prefix(word.text) in matched)):
                yield word.start, word.end
            continue
        run = word.text
        if len(run) == 1:
            if run in matched:
                yield word.start, word.end
            continue
        covered = [False] * len(run)
        for i in range(len(run) - 1):
            if run[i : i + 2] in matched:
                covered[i] = covered[i + 1] = True
        i = 0
        while i < len(run):
            if covered[i]:
                j = i
                while j < len(run) and covered[j]:
                    j += 1
                yield word.start + i, word.start + j
                i = j
            else:
                i += 1


def highlight(text: str, matched: set[str]) -> SafeString:
    """`text` with what matched marked, escaped for HTML (each piece escaped: html.escape,
    as Django's escape does, without its lazy wrapper, for speed)."""
    pieces, last = [], 0
    for start, end in marked_spans(text, matched):
        pieces += [html.escape(text[last:start]), "<mark>", html.escape(text[start:end]), "</mark>"]
        last = end
    pieces.append(html.escape(text[last:]))
    return mark_safe("".join(pieces))  # noqa: S308 (every piece of text is escaped above)


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


def excerpt(text: str, first_match: int | None) -> str:
    """About EXCERPT_CHARS characters of `text` around its first match, starting and
    ending on whole words (a word longer than WORD_SLACK may still be cut)."""
    start = word_start(text, max(0, first_match - EXCERPT_CHARS // 3)) if first_match else 0
    end = word_end(text, min(len(text), start + EXCERPT_CHARS))
    piece = text[start:end].strip()
    return ("…" if start else "") + piece + ("…" if end < len(text) else "")


def first_match(text: str, matched: set[str]) -> int | None:
    first = next(_spans(text, matched, get_language() or ""), None)
    return first[0] if first else None


def found_by(name: str, matched: set[str]) -> bool:
    """Whether the search found this other name itself: all its terms matched."""
    strong = _strong_terms(name, get_language() or "")
    return bool(strong) and strong <= matched


@functools.lru_cache(maxsize=10_000)
def _strong_terms(name: str, language: str) -> frozenset[str]:
    return frozenset(term for term, weight in analysis.terms(name, language) if weight >= 1.0)


def result(hit: engine.Hit) -> dict:
    """One result as the template shows it."""
    page = hit.page
    # A result that matched in one part of the page links there and quotes it.
    part = hit.part
    text = part["text"] if part else page.text
    body = excerpt(text, first_match(text, hit.matched))
    # Each other name once (two items of a page may share one; spacing and case do not
    # make another), and never the title again.
    seen = {analysis.form_key(page.title)}
    aliases = []
    for name in page.aliases:
        key = analysis.form_key(name)
        if key not in seen and found_by(name, hit.matched):
            seen.add(key)
            aliases.append(name)
    aliases = aliases[:MAX_ALIASES_SHOWN]
    return {
        "title": highlight(page.title, hit.matched),
        "excerpt": highlight(body, hit.matched),
        "aliases": [highlight(name, hit.matched) for name in aliases],
        "section": page.section,
        "url": f"{page.url}#{part['anchor']}" if part else page.url,
        "part": highlight(part["heading"], hit.matched) if part else "",
    }


def search_url(language: str, query: str) -> str:
    with override(language):
        return reverse("search:search") + "?" + urlencode({"q": query})


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
        language = get_language()
        version = request_version(self.request)
        outcome = engine.search(query, engine.index_for(language, version), MAX_RESULTS)
        context["searched"] = True
        context["results"] = [result(hit) for hit in outcome.hits]
        context["partial"] = bool(outcome.hits) and not outcome.complete
        context["too_common"] = outcome.too_common
        if outcome.suggestion and outcome.suggestion != query:
            context["suggestion"] = outcome.suggestion
            context["suggestion_link"] = format_html(
                '<a href="{}">{}</a>', search_url(language, outcome.suggestion), outcome.suggestion
            )
        if not outcome.hits:
            context["elsewhere"] = self.elsewhere(query, language, version)
        return context

    def render_to_response(self, context, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        if context.get("searched"):
            # Counted for the editors' report by search.log.SearchLogMiddleware, which
            # takes this off; set here, inside the page cache, so cached pages count too.
            response[FOUND_HEADER] = "1" if context["results"] else "0"
        return response

    @staticmethod
    def elsewhere(query: str, language: str, version: int) -> list[dict]:
        """The other languages where the query finds pages: (language name, count, link)."""
        found = []
        for code, name in settings.LANGUAGES:
            if code == language:
                continue
            outcome = engine.search(query, engine.index_for(code, version), MAX_RESULTS)
            if outcome.hits:
                found.append({"code": code, "name": name, "count": len(outcome.hits), "url": search_url(code, query)})
        return found
