"""Views that serve the whole site rather than one content app."""

import sys
from pathlib import PurePosixPath
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.http.response import HttpResponseBase
from django.shortcuts import redirect, render
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import require_GET
from django.views.static import serve

from content.images import is_live_image
from content.models import Illustrated
from content.translations import translated_models
from content.versions import per_content_version


@require_GET
@cache_control(max_age=86400, public=True)
def robots_txt(request: HttpRequest) -> HttpResponse:
    # Search results only repeat the pages the sitemap lists; the request form's
    # confirmation belongs to the one who sent it.
    hidden = []
    for name in ("search:search", "appointments:sent"):
        for code, _name in settings.LANGUAGES:
            with translation.override(code):
                hidden.append(f"Disallow: {reverse(name)}")
    lines = [
        "User-agent: *",
        "Allow: /",
        *hidden,
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@require_GET
def favicon(request: HttpRequest) -> HttpResponse:
    """Browsers ask for /favicon.ico on pages (the admin's) that name no icon."""
    return redirect(static("icons/favicon.svg"), permanent=True)


def live_image_names() -> set[str]:
    """The stored names of the images that patients can see now (each published item's
    image), and of each one without its extension, which its renditions start from."""
    names: set[str] = set()
    for model in translated_models():
        if not issubclass(model, Illustrated):
            continue
        items: Any = model._default_manager.exclude(image="")
        if hasattr(model, "is_published"):
            items = items.filter(is_published=True)
        for name in items.values_list("image", flat=True):
            names.add(name)
            names.add(str(PurePosixPath(name).with_suffix("")))
    return names


_live_images = per_content_version(live_image_names)


@require_GET
def media(request: HttpRequest, path: str) -> HttpResponseBase:
    """An uploaded image, with its content type (and nosniff, from SecurityMiddleware).

    Patients get only the images that a published item shows now, and their
    renditions: a replaced or deleted image, or one chosen in a draft (drafts/), is not
    public (the history keeps the file for a restore). Staff see every image, for
    previews."""
    user = getattr(request, "user", None)
    if not (user is not None and user.is_staff) and not is_live_image(path, _live_images(request)):
        raise Http404
    return serve(request, path, document_root=str(settings.MEDIA_ROOT))


def server_error(request: HttpRequest) -> HttpResponse:
    """The 500 page in the site's design and the visitor's language, without touching the database.

    When the database is what failed, say so with a 503 and a Retry-After: the
    next request tries the database afresh, so the site recovers by itself.
    """
    error = sys.exc_info()[1]
    # The failure may come before LocaleMiddleware ran: take the language from the address.
    with translation.override(translation.get_language_from_path(request.path_info) or translation.get_language()):
        if isinstance(error, DatabaseError):
            response = render(request, "503.html", status=503)
            response["Retry-After"] = "30"
            return response
        return render(request, "500.html", status=500)


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """A form was sent without a valid security token (often an expired page): say what to do."""
    return render(request, "403_csrf.html", status=403)


def _database_status() -> str:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return "unavailable"
    return "ok"


def _cache_status() -> str:
    try:
        cache.set("healthz", "ok", 10)
        return "ok" if cache.get("healthz") == "ok" else "unavailable"
    except Exception:  # any cache backend's connection error
        return "unavailable"


@require_GET
@never_cache
def healthz(request: HttpRequest) -> JsonResponse:
    """For the load balancer: 200 when the database and the cache answer, 503 otherwise."""
    checks = {"database": _database_status(), "cache": _cache_status()}
    healthy = all(value == "ok" for value in checks.values())
    return JsonResponse({"status": "ok" if healthy else "unavailable", **checks}, status=200 if healthy else 503)
