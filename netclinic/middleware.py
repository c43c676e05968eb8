"""Middleware for the whole site."""

import logging
import time
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import translation

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
            language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
            with translation.override(language):
                response = render(
                    request, "413.html", {"limit_mb": settings.REQUEST_MAX_BYTES // 1_000_000}, status=413
                )
            response["Connection"] = "close"
            return response
        return self.get_response(request)
