"""Whole-page caching of public pages for anonymous visitors.

A page is cached under the current content version (content.versions), which
every content change moves on when it commits; so a visitor never gets a page
older than the last save, on any instance. Signed-in staff, the admin and anything
that sets a cookie are never cached; a session cookie that belongs to no signed-in
user changes nothing, so a client cannot switch the cache off by sending one.

Each entry keeps the page plain and compressed (Brotli and gzip), so a hit costs no
compression and each browser gets the smallest it accepts.

Query parameters that no page reads are left out of the key, and those a page reads
are normalised as the page itself reads them (the search's clean_query), so padding
a search with invisible characters makes no new entry. Search result pages live in
a cache of their own, bounded and per process, so that rare searches never push the
site's pages out of the shared cache. Responses carry an ETag and Last-Modified, and
conditional requests get a 304.
"""

import functools
import hashlib
import re
from collections.abc import Callable

import brotli
from django.conf import settings
from django.contrib.sessions.backends.base import SessionBase
from django.core.cache import cache, caches
from django.core.exceptions import DisallowedHost
from django.http import HttpRequest, HttpResponse, HttpResponseNotModified
from django.urls import reverse
from django.utils.cache import patch_vary_headers
from django.utils.encoding import escape_uri_path
from django.utils.http import http_date, parse_etags, urlencode
from django.utils.module_loading import import_string
from django.utils.text import compress_string
from django.utils.translation import override

from content.versions import last_changed, request_version

# Headers a 304 repeats, as RFC 9110 asks.
NOT_MODIFIED_HEADERS = ("Cache-Control", "Content-Location", "Date", "ETag", "Expires", "Last-Modified", "Vary")


# Bodies shorter than this are sent as they are (as Django's GZipMiddleware does).
MIN_COMPRESSED_BYTES = 200
# Brotli's quality 6 makes a page about as small as 11 does here, in a fraction of the time.
BROTLI_QUALITY = 6
ETAG_SUFFIX = {"identity": "", "gzip": "-gz", "br": "-br"}
_REFUSED = re.compile(r";\s*q\s*=\s*0(?:\.0{0,3})?\s*$")

# What Django's session keys look like; anything else is no session at all.
SESSION_KEY = re.compile(r"[a-z0-9]{32}")


@functools.cache
def _query_parameters() -> dict[str, dict[str, Callable[[str], str]]]:
    """The addresses, in every language, of the pages that read query parameters,
    with the function that normalises each parameter as the page reads it."""
    addresses = {}
    for name, parameters in settings.PAGE_CACHE_QUERY_PARAMETERS.items():
        normalisers = {parameter: import_string(path) for parameter, path in parameters.items()}
        for code, _name in settings.LANGUAGES:
            with override(code):
                addresses[reverse(name)] = normalisers
    return addresses


def accepted_encoding(request: HttpRequest) -> str:
    """The best encoding the client accepts of those kept: br, then gzip, else identity."""
    offered = {}
    for part in request.META.get("HTTP_ACCEPT_ENCODING", "").split(","):
        name = part.split(";")[0].strip().lower()
        if name:
            offered[name] = not _REFUSED.search(part)
    for encoding in ("br", "gzip"):
        if offered.get(encoding, offered.get("*", False)):
            return encoding
    return "identity"


def compressed_bodies(content: bytes) -> dict[str, bytes]:
    """The page as each kept encoding sends it."""
    if len(content) < MIN_COMPRESSED_BYTES:
        return {"identity": content}
    return {
        "identity": content,
        "gzip": compress_string(content),
        "br": brotli.compress(content, quality=BROTLI_QUALITY),
    }


def signed_in(request: HttpRequest) -> bool:
    """Whether the request's session cookie is a real session with a signed-in user: only
    those see drafts. A made-up cookie costs no query; a well-formed unknown one, one."""
    key = request.COOKIES.get(settings.SESSION_COOKIE_NAME, "")
    if not SESSION_KEY.fullmatch(key):
        return False
    store: SessionBase = import_string(settings.SESSION_ENGINE).SessionStore(key)
    return "_auth_user_id" in store.load()


def _public_prefixes() -> tuple[str, ...]:
    return tuple(f"/{code}/" for code, _name in settings.LANGUAGES)


def public_page(request: HttpRequest) -> bool:
    """A request for a page of the public site (signed in or not)."""
    return request.method in ("GET", "HEAD") and request.path.startswith(_public_prefixes())


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
        version = request_version(request)  # (read already by ScheduledPublishingMiddleware)
        query = self._query(request)
        key = f"page2:{version}:{request.scheme}:{host}:{escape_uri_path(request.path)}?{query}"
        store = caches[settings.PAGE_CACHE_QUERIES] if query else cache
        stored = store.get(key)
        if stored is None:
            response = self.get_response(request)
            if not self._cacheable_response(response):
                return response
            self._add_validators(response, last_changed())
            headers = [(name, value) for name, value in response.items() if name.lower() != "content-length"]
            stored = (response.status_code, compressed_bodies(response.content), headers)
            if request.method == "GET":
                store.set(key, stored, settings.PAGE_CACHE_SECONDS)
            outcome = "miss"
        else:
            outcome = "hit"
        response = self._encoded(request, *stored)
        response["X-Cache"] = outcome
        response = self._conditional(request, response)
        if request.method == "HEAD" and response.status_code == 200:
            # The headers a GET would have (Content-Length included), without its body.
            length = response["Content-Length"]
            response.content = b""
            response["Content-Length"] = length
        return response

    @staticmethod
    def _encoded(request: HttpRequest, status: int, bodies: dict[str, bytes], headers: list) -> HttpResponse:
        """The stored page in the best encoding the client accepts, with that encoding's ETag."""
        encoding = accepted_encoding(request) if len(bodies) > 1 else "identity"
        response = HttpResponse(bodies[encoding], status=status)
        for name, value in headers:
            response[name] = value
        if len(bodies) > 1:
            patch_vary_headers(response, ("Accept-Encoding",))
        if encoding != "identity":
            response["Content-Encoding"] = encoding
            response["ETag"] = response["ETag"][:-1] + ETAG_SUFFIX[encoding] + '"'
        response["Content-Length"] = str(len(bodies[encoding]))
        return response

    @staticmethod
    def _query(request: HttpRequest) -> str:
        """The query parameters the page reads, as it reads them; the rest change nothing on it."""
        normalisers = _query_parameters().get(request.path, {})
        pairs = [
            (name, [normalise(value) for value in request.GET.getlist(name)])
            for name, normalise in normalisers.items()
            if name in request.GET
        ]
        return urlencode(pairs, doseq=True)

    @staticmethod
    def _cacheable_request(request: HttpRequest) -> bool:
        return (
            settings.PAGE_CACHE
            and request.method in ("GET", "HEAD")
            and request.path.startswith(_public_prefixes())
            and not (settings.SESSION_COOKIE_NAME in request.COOKIES and signed_in(request))
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
