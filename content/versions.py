"""The content version: one number that every committed content change moves on.

Whatever is kept for a version (a cached page, the clinic's details, the
glossary's terms) is never older than the last save, on any worker of any
instance, and while nothing changes it costs no query. The version is read once
per request: the page cache has read it already, or the first value asked for
reads it.
"""

import threading
from collections.abc import Callable
from functools import wraps
from typing import TypeVar

from django.db import connection
from django.db.models import F
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import get_language

from content.models import ContentVersion

T = TypeVar("T")

_memos: list[dict] = []
# The version the request being answered on this thread read (request_version), so that
# values kept per version cost no query of their own; cleared when the request ends.
_this_request = threading.local()


def bump_version() -> None:
    """Content changed: everything kept for the older version is now out of date."""
    updated = ContentVersion.objects.filter(pk=1).update(version=F("version") + 1, changed_at=timezone.now())
    if not updated:
        ContentVersion.objects.get_or_create(pk=1)


def current_version() -> int:
    """The content version: one small query on every cacheable request, kept raw
    because the ORM's own work would cost more than the query."""
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT version FROM {ContentVersion._meta.db_table} WHERE id = 1")  # noqa: S608 (no input)
        row = cursor.fetchone()
    return row[0] if row else 0


def last_changed():
    """When content last changed (for Last-Modified), or None before any change."""
    return ContentVersion.objects.filter(pk=1).values_list("changed_at", flat=True).first()


def request_version(request: HttpRequest) -> int:
    """The content version this request sees, read at most once."""
    version = getattr(request, "content_version", None)
    if version is None:
        return read_request_version(request)
    _this_request.version = version
    return version


def read_request_version(request: HttpRequest) -> int:
    """Read the content version now, as the one this request sees."""
    version = request.content_version = current_version()  # type: ignore[attr-defined]
    _this_request.version = version
    return version


def forget_request_version(**kwargs) -> None:
    """request_finished: the next request reads the version again (ContentConfig.ready)."""
    _this_request.version = None


def kept(memo: dict, key, compute: Callable[[], T]) -> T:
    """compute(), kept in `memo` (new_memo()) under `key` until the content version moves
    on: the version this request read, or one query to read it."""
    version = getattr(_this_request, "version", None)
    if version is None:
        version = current_version()
    values = memo["values"]
    if memo["version"] == version and key in values:
        return values[key]
    value = compute()
    if memo["version"] != version:
        memo["version"], memo["values"] = version, {}
    memo["values"][key] = value
    return value


def per_content_version(func: Callable[[], T]) -> Callable[[HttpRequest], T]:
    """func() kept per language until the content version moves on."""
    memo: dict = {"version": None, "values": {}}
    lock = threading.Lock()
    _memos.append(memo)

    @wraps(func)
    def wrapper(request: HttpRequest) -> T:
        version = request_version(request)
        language = get_language()
        with lock:
            if memo["version"] == version and language in memo["values"]:
                return memo["values"][language]
        # Read after the version: whatever it returns is at least that new.
        value = func()
        with lock:
            if memo["version"] != version:
                memo["version"], memo["values"] = version, {}
            memo["values"][language] = value
        return value

    return wrapper


def new_memo() -> dict:
    """A store of values per language for one content version, {"version", "values"},
    that forget_all() empties too (for keepers that cannot use per_content_version)."""
    memo: dict = {"version": None, "values": {}}
    _memos.append(memo)
    return memo


def forget_all() -> None:
    """Drop every kept value (tests change content in transactions that never commit)."""
    for memo in _memos:
        memo["version"], memo["values"] = None, {}
