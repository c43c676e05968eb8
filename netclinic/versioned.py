"""Site-wide data that every page shows (the clinic's details, the glossary's
terms), kept in each process for the current content version.

Every committed content change moves the version on (netclinic.pagecache), so a
value kept here is never older than the last save, on any worker of any
instance, and while nothing changes it costs no query. The version itself is
read once per request: the page cache has read it already, or the first value
asked for reads it.
"""

import threading
from collections.abc import Callable
from functools import wraps
from typing import TypeVar

from django.http import HttpRequest
from django.utils.translation import get_language

from netclinic.pagecache import current_version

T = TypeVar("T")

_memos: list[dict] = []


def request_version(request: HttpRequest) -> int:
    """The content version this request sees, read at most once."""
    version = getattr(request, "content_version", None)
    if version is None:
        version = request.content_version = current_version()
    return version


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


def forget_all() -> None:
    """Drop every kept value (tests change content in transactions that never commit)."""
    for memo in _memos:
        memo["version"], memo["values"] = None, {}
