"""Middleware for the whole site."""

import logging
import time
from collections.abc import Callable
from typing import ClassVar

from django.conf import settings
from django.core.exceptions import BadRequest, PermissionDenied, SuspiciousOperation
from django.db import DatabaseError
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import render
from django.utils import timezone, translation
from django.views.defaults import page_not_found

from content.drafts import next_due, publish_due
from content.versions import _memos, forget_request_version, read_request_version
from netclinic.pagecache import public_page
from netclinic.views import server_error

logger = logging.getLogger("netclinic.requests")


class RequestLogMiddleware:
    """One structured log line per request: method, path, status, duration.

    The query string, headers, cookies and body are left out on purpose: they can
    carry searches, tokens and form contents.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        started = time.perf_counter()
        response = self.get_response(request)
        logger.info(
            "request",
            extra={
                "method": request.method,
                "path": request.path,
                "status": response.status_code,
                "duration_ms": round((time.perf_counter() - started) * 1000, 1),
            },
        )
        return response


class RequestSizeLimitMiddleware:
    """Refuses, with 413, a request whose declared body is larger than REQUEST_MAX_BYTES,
    before Django reads any of it into memory or /tmp: on every path, signed in or not.

    Django never reads past the declared length (a body sent without one reads as
    empty), so the declared length is the whole of what a request can make it read.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        try:
            declared = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            declared = 0  # Django reads such a body as empty
        if declared > settings.REQUEST_MAX_BYTES:
            in_admin = request.path_info.startswith(f"/{settings.ADMIN_URL}")
            if in_admin:  # the staff member's admin language (no language in admin addresses)
                language = translation.get_language_from_request(request)
            else:
                language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
            with translation.override(language):
                response = render(
                    request,
                    "admin/413.html" if in_admin else "413.html",
                    {"limit_mb": settings.REQUEST_MAX_BYTES // 1_000_000},
                    status=413,
                )
            response["Connection"] = "close"
            return response
        return self.get_response(request)


class ScheduledPublishingMiddleware:
    """Scheduled drafts go live at their time without a second process (content/drafts.py):
    the first request after it publishes them, before the page cache answers, so no cached
    page is older than the schedule. The next time due is kept per content version
    (scheduling moves the version on), so this costs no query of its own: the page cache
    reuses the version read here."""

    _memo: ClassVar[dict] = {"version": None, "next_due": None}

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        if self._memo not in _memos:
            _memos.append(self._memo)  # forgotten with every kept value (content.versions.forget_all)

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not public_page(request):
            return self.get_response(request)  # the admin, static files, /healthz: nothing to publish for
        memo = self._memo
        try:
            version = read_request_version(request)
        except DatabaseError:
            return self.get_response(request)  # the page answers 503 by itself
        if memo["version"] != version:
            memo["next_due"], memo["version"] = next_due(), version
        if memo["next_due"] is not None and memo["next_due"] <= timezone.now():
            publish_due()
            memo["version"] = None
            del request.content_version  # type: ignore[attr-defined]
            forget_request_version()  # (read again, after what was published)
        return self.get_response(request)


class MethodNotAllowedMiddleware:
    """A method a page does not take (POST, PUT or DELETE to a page that only shows
    something) answers 405 with the methods it does take, before the CSRF check could
    answer it with the "form expired" page meant for forms."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_view(self, request: HttpRequest, view_func, view_args, view_kwargs):
        view_class = getattr(view_func, "view_class", None)
        if view_class is None:
            return None  # a function view (the admin's, Django's): it decides
        takes = {m for m in view_class.http_method_names if hasattr(view_class, m)}
        if "get" in takes:
            takes.add("head")  # View.setup() answers HEAD with get()
        if (request.method or "").lower() in takes:
            return None
        return HttpResponseNotAllowed(sorted(m.upper() for m in takes))


class SiteErrorPagesMiddleware:
    """With DEBUG on (`make run`), answer "not found" and server errors with the site's own
    pages, as patients see them in production, instead of Django's technical pages, which
    show settings and code. Developers who want those set DJANGO_TECHNICAL_ERRORS=true.
    With DEBUG off, Django shows the site's pages anyway and this does nothing."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    @property
    def active(self) -> bool:
        return settings.DEBUG and not settings.TECHNICAL_ERROR_PAGES

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if (
            self.active
            and response.status_code == 404
            and response.get("Content-Type", "").startswith("text/html")
            and not getattr(response, "site_error_page", False)
        ):
            response = page_not_found(request, Http404())
            response.site_error_page = True  # type: ignore[attr-defined]
        return response

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if not self.active or isinstance(exception, Http404):
            return None  # a 404 becomes the site's page on the way out, above
        if isinstance(exception, (PermissionDenied, SuspiciousOperation, BadRequest)):
            return None  # Django's own 403 and 400 pages, which show nothing internal
        logging.getLogger("django.request").error(
            "Internal Server Error: %s", request.path, exc_info=exception, extra={"status_code": 500}
        )
        return server_error(request)
