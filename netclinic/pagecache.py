"""Whole-page caching of public pages for anonymous visitors.

A page is cached under the current content version (netclinic.ContentVersion),
which every content change moves on when it commits; so a visitor never gets a
page older than the last save, on any instance. Staff (anyone with a session),
the admin and anything that sets a cookie are never cached. Search results are
cached per query like any page; query parameters that no page reads are left out
of the key, so they cannot make new entries. The cache keeps the most recent entries.
Responses carry an ETag and Last-Modified, and conditional requests get a 304.
"""

import functools
import hashlib
from collections.abc import Callable

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.http import HttpRequest, HttpResponse, HttpResponseNotModified
from django.urls import reverse
from django.utils.encoding import escape_uri_path
from django.utils.http import http_date, parse_etags, urlencode
from django.utils.translation import override

from content.versions import current_version, last_changed

# Headers a 304 repeats, as RFC 9110 asks.
NOT_MODIFIED_HEADERS = ("Cache-Control", "Content-Location", "Date", "ETag", "Expires", "Last-Modified", "Vary")


@functools.cache
def _query_parameters() -> dict[str, list[str]]:
    """The addresses, in every language, of the pages that read query parameters."""
    addresses = {}
    for name, parameters in settings.PAGE_CACHE_QUERY_PARAMETERS.items():
        for code, _name in settings.LANGUAGES:
            with override(code):
                addresses[reverse(name)] = parameters
    return addresses


def _public_prefixes() -> tuple[str, ...]:
    return tuple(f"/{code}/" for code, _name in settings.LANGUAGES)


class PageCacheMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not self._cacheable_request(request):
            return self.get_response(request)
        try:
            host = request.get_host()
        except DisallowedHost:
            return self.get_response(request)  # the inner middleware answers 400
        version = request.content_version = current_version()  # type: ignore[attr-defined]
        key = f"page:{version}:{request.scheme}:{host}:{escape_uri_path(request.path)}?{self._query(request)}"
        stored = cache.get(key)
        if stored is None:
            response = self.get_response(request)
            if not self._cacheable_response(response):
                return response
            self._add_validators(response, last_changed())
            stored = (response.status_code, response.content, list(response.items()))
            if request.method == "GET":
                cache.set(key, stored, settings.PAGE_CACHE_SECONDS)
            response["X-Cache"] = "miss"
        else:
            status, content, headers = stored
            response = HttpResponse(content, status=status)
            for name, value in headers:
                response[name] = value
            response["X-Cache"] = "hit"
        return self._conditional(request, response)

    @staticmethod
    def _query(request: HttpRequest) -> str:
        """The query parameters the page reads; the rest change nothing on it."""
        names = _query_parameters().get(request.path, ())
        return urlencode([(name, request.GET.getlist(name)) for name in names if name in request.GET], doseq=True)

    @staticmethod
    def _cacheable_request(request: HttpRequest) -> bool:
        return (
            settings.PAGE_CACHE
            and request.method in ("GET", "HEAD")
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            and request.path.startswith(_public_prefixes())
        )

    @staticmethod
    def _cacheable_response(response: HttpResponse) -> bool:
        return (
            response.status_code == 200
            and not response.streaming
            and not response.cookies
            and "private" not in response.get("Cache-Control", "")
            and "no-store" not in response.get("Cache-Control", "")
        )

    @staticmethod
    def _add_validators(response: HttpResponse, changed_at) -> None:
        response["ETag"] = '"' + hashlib.blake2b(response.content, digest_size=16).hexdigest() + '"'
        if changed_at is not None:
            response["Last-Modified"] = http_date(changed_at.timestamp())
        # Browsers may keep the page but must ask first: after a save, nobody sees an old one.
        response["Cache-Control"] = "max-age=0, must-revalidate"

    @staticmethod
    def _conditional(request: HttpRequest, response: HttpResponse) -> HttpResponse:
        etag = response.get("ETag")
        wanted = request.META.get("HTTP_IF_NONE_MATCH")
        if etag and wanted and (etag in parse_etags(wanted) or wanted.strip() == "*"):
            not_modified = HttpResponseNotModified()
            for name in NOT_MODIFIED_HEADERS:
                if name in response:
                    not_modified[name] = response[name]
            not_modified["X-Cache"] = response.get("X-Cache", "")
            return not_modified
        return response
