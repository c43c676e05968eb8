"""Views that serve the whole site rather than one content app."""

from django.contrib.admin.views.decorators import staff_member_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET, require_POST

from netclinic.markup import render_markdown

# A preview is for one field; a longer text is surely not a field's.
MAX_PREVIEW_CHARS = 100_000


@require_POST
@staff_member_required
def markdown_preview(request: HttpRequest) -> HttpResponse:
    """The sanitized HTML of the Markdown an editor is typing, for the admin's live preview."""
    text = request.POST.get("text", "")[:MAX_PREVIEW_CHARS]
    return HttpResponse(render_markdown(text), content_type="text/html; charset=utf-8")


@require_GET
@cache_control(max_age=86400, public=True)
def robots_txt(request: HttpRequest) -> HttpResponse:
    lines = [
        "User-agent: *",
        "Allow: /",
        # Search results only repeat the pages the sitemap lists.
        "Disallow: /ko/search/",
        "Disallow: /en/search/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def server_error(request: HttpRequest) -> HttpResponse:
    """The 500 page in the site's design and the visitor's language, without touching the database."""
    return render(request, "500.html", status=500)


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """A form was sent without a valid security token (often an expired page): say what to do."""
    return render(request, "403_csrf.html", status=403)
