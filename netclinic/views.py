"""Views that serve the whole site rather than one content app."""

from django.contrib.admin.views.decorators import staff_member_required
from django.http import HttpRequest, HttpResponse
from django.views.decorators.http import require_POST

from netclinic.markup import render_markdown

# A preview is for one field; a longer text is surely not a field's.
MAX_PREVIEW_CHARS = 100_000


@require_POST
@staff_member_required
def markdown_preview(request: HttpRequest) -> HttpResponse:
    """The sanitized HTML of the Markdown an editor is typing, for the admin's live preview."""
    text = request.POST.get("text", "")[:MAX_PREVIEW_CHARS]
    return HttpResponse(render_markdown(text), content_type="text/html; charset=utf-8")
