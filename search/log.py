"""What patients search for, counted for the editors' report (admin: Site search ›
Searches made), with privacy by design.

Kept: the normalised query, its language, the day (in Seoul) and how many times
it was searched that day, and whether it found anything. Never an address, a
cookie, a session, a user or a time of day. Only a query that looks like search
terms is kept; one that may hold personal data is not kept at all:
- six or more digits in a row (phone and resident registration numbers, dates of
  birth), or an e-mail address, or an @;
- more than MAX_WORDS words or MAX_CHARS characters: a sentence, which tells a story;
- more than one word that no page of the site (in the language searched) uses: a
  name ("kim minsu"), an address, a story; one such word is kept, since a word the
  site lacks is what the report is for ("lanreotid", a typo);
- a word no page uses that looks like a Korean name: two to four Hangul syllables
  starting with one of the commonest surnames (김민수, 이서연). Rows older than
SEARCH_LOG_DAYS (90) are deleted by the running site, once a day per process,
and by `manage.py purge_search_log` for cron.

Counting happens outside the page cache, so a search served from the cache counts
too: the view marks its response with whether it found anything (FOUND_HEADER),
and SearchLogMiddleware, placed before the page cache, counts it and takes the
mark off before the response leaves. Counts are kept in memory and written at most
every SEARCH_LOG_FLUSH_SECONDS, in one transaction, so that searches do not each
write to the database; a worker that stops loses at most that much counting.
"""

import datetime
import re
import threading
import time
import unicodedata
from collections.abc import Callable

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.http import HttpRequest, HttpResponse
from django.utils import timezone

from content.versions import request_version
from search import analysis, engine
from search.models import SearchQuery

FOUND_HEADER = "X-Search-Found"
PERSONAL = [
    re.compile(r"\d{6,}"),  # after separators between digits are removed
    re.compile(r"[^\s@]+@[^\s@]+\.[^\s@]+"),
    re.compile(r"@"),
]
DIGIT_SEPARATORS = re.compile(r"(?<=\d)[\s().+\-/]+(?=\d)")
MAX_WORDS = 6
MAX_CHARS = 60
# The commonest Korean surnames (about four in five people carry one of them).
SURNAMES = frozenset("김이박최정강조윤장임한오서신권황안송류전홍")

_lock = threading.Lock()
_counts: dict[tuple[str, str, datetime.date], list] = {}
_state: dict = {"flushed": 0.0, "purged": None}


def normalised(query: str) -> str:
    """The query as the report keeps it: NFKC, case folded, no control characters,
    single spaces, at most 100 characters."""
    visible = "".join(ch for ch in analysis.normalise(query) if unicodedata.category(ch)[0] != "C")
    return " ".join(visible.split())[:100]


def known(word: analysis.Word, index: "engine.Index") -> bool:
    """Whether some page of the index uses the word (each of its Hangul or Chinese pieces)."""
    if word.pieced:
        return all(piece in index.postings for piece, _weight in analysis.hangul_pieces(word.text))
    term = analysis.term_of(word, index.language)
    return not term or term in index.postings  # (a stop word says nothing)


def looks_personal(query: str, index: "engine.Index | None" = None) -> bool:
    """Whether the report must not keep the query (the module's docstring has the rule)."""
    joined = DIGIT_SEPARATORS.sub("", query)
    if any(pattern.search(joined) for pattern in PERSONAL):
        return True
    words = analysis.words(query)
    if len(words) > MAX_WORDS or len(query) > MAX_CHARS:
        return True
    if index is None:
        return False
    unknown = [word for word in words if not word.text.isdigit() and not known(word, index)]
    if len(unknown) > 1:
        return True
    return any(word.hangul and 2 <= len(word.text) <= 4 and word.text[0] in SURNAMES for word in unknown)


def count(query: str, language: str, found: bool, index: "engine.Index | None" = None) -> None:
    """Count one search (kept in memory until the next flush)."""
    text = normalised(query)
    if not text or looks_personal(text, index):
        return
    key = (language, text, timezone.localdate())
    with _lock:
        entry = _counts.setdefault(key, [0, found])
        entry[0] += 1
        entry[1] = found
    if time.monotonic() - _state["flushed"] >= settings.SEARCH_LOG_FLUSH_SECONDS:
        flush()


def flush() -> int:
    """Write the counts kept in memory. Returns how many rows were written."""
    with _lock:
        pending = dict(_counts)
        _counts.clear()
        _state["flushed"] = time.monotonic()
    with transaction.atomic():
        for (language, text, day), (number, found) in pending.items():
            rows = SearchQuery.objects.filter(language=language, query=text, day=day)
            if not rows.update(count=F("count") + number, found=found):
                try:
                    with transaction.atomic():
                        SearchQuery.objects.create(language=language, query=text, day=day, count=number, found=found)
                except IntegrityError:  # another worker made the row meanwhile
                    rows.update(count=F("count") + number, found=found)
    today = timezone.localdate()
    if _state["purged"] != today:
        purge()
        _state["purged"] = today
    return len(pending)


def purge() -> int:
    """Delete what is older than SEARCH_LOG_DAYS. Returns how many rows went."""
    oldest = timezone.localdate() - datetime.timedelta(days=settings.SEARCH_LOG_DAYS)
    deleted, _ = SearchQuery.objects.filter(day__lt=oldest).delete()
    return deleted


class SearchLogMiddleware:
    """Counts each search page served, from the cache or not (see the module's docstring)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        mark = response.get(FOUND_HEADER)
        if mark is not None:
            del response[FOUND_HEADER]
        if mark is not None and response.status_code == 200 and request.method == "GET":
            language = request.path.strip("/").split("/", 1)[0]
            if language in dict(settings.LANGUAGES):
                index = engine.index_for(language, request_version(request))
                count(request.GET.get("q", ""), language, found=mark == "1", index=index)
        return response
