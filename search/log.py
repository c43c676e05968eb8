"""What patients search for, counted for the editors' report (admin: Site search ›
Searches made), with privacy by design.

Kept: the normalised query, its language, the day (in Seoul) and how many times
it was searched that day, and whether it found anything. Never an address, a
cookie, a session, a user or a time of day. A query that looks like personal data
(six or more digits in a row, as in phone and resident registration numbers and
dates of birth, or an e-mail address) is not kept at all. Rows older than
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

from search import analysis
from search.models import SearchQuery

FOUND_HEADER = "X-Search-Found"
PERSONAL = [
    re.compile(r"\d{6,}"),  # after separators between digits are removed
    re.compile(r"[^\s@]+@[^\s@]+\.[^\s@]+"),
    re.compile(r"@"),
]
DIGIT_SEPARATORS = re.compile(r"(?<=\d)[\s().+\-/]+(?=\d)")

_lock = threading.Lock()
_counts: dict[tuple[str, str, datetime.date], list] = {}
_state: dict = {"flushed": 0.0, "purged": None}


def normalised(query: str) -> str:
    """The query as the report keeps it: NFKC, case folded, no control characters,
    single spaces, at most 100 characters."""
    visible = "".join(ch for ch in analysis.normalise(query) if unicodedata.category(ch)[0] != "C")
    return " ".join(visible.split())[:100]


def looks_personal(query: str) -> bool:
    joined = DIGIT_SEPARATORS.sub("", query)
    return any(pattern.search(joined) for pattern in PERSONAL)


def count(query: str, language: str, found: bool) -> None:
    """Count one search (kept in memory until the next flush)."""
    text = normalised(query)
    if not text or looks_personal(text):
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
            count(request.GET.get("q", ""), language, found=mark == "1")
        return response
