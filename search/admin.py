"""The editors' report of what patients search for (search/log.py keeps the counts)."""

import datetime

from django.conf import settings
from django.contrib import admin
from django.db.models import Case, IntegerField, Max, Sum, When
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from content.admin import ReadOnlyAdmin
from search.log import flush, purge
from search.models import SearchQuery

REPORT_ROWS = 50


@admin.register(SearchQuery)
class SearchQueryAdmin(ReadOnlyAdmin):
    """Read-only: one page, the report, instead of a list of rows."""

    def get_urls(self):
        # Only the report: no page per row, no history.
        return [path for path in super().get_urls() if path.name and path.name.endswith("_changelist")]

    def changelist_view(self, request, extra_context=None):
        if not self.has_view_permission(request):
            return super().changelist_view(request, extra_context)
        flush()  # this process's counts, so the report is up to the moment here
        purge()
        since = timezone.localdate() - datetime.timedelta(days=settings.SEARCH_LOG_DAYS)
        languages = dict(settings.LANGUAGES)
        language = request.GET.get("language")
        if language not in languages:  # the admin's own language first
            language = get_language() if get_language() in languages else settings.LANGUAGE_CODE
        rows = SearchQuery.objects.filter(language=language, day__gte=since)
        totals = rows.values("query").annotate(
            total=Sum("count"),
            last=Max("day"),
            # Searches of it that found something (a boolean has no MAX on PostgreSQL).
            found_times=Sum(Case(When(found=True, then="count"), default=0, output_field=IntegerField())),
        )
        totals = totals.order_by("-total", "query")
        context = {
            **self.admin_site.each_context(request),
            "title": _("What patients search for"),
            "opts": self.model._meta,
            "days": settings.SEARCH_LOG_DAYS,
            "language": language,
            "languages": [(code, name, code == language) for code, name in settings.LANGUAGES],
            "not_found": list(totals.filter(found=False)[:REPORT_ROWS]),
            "frequent": list(totals[:REPORT_ROWS]),
            **(extra_context or {}),
        }
        return TemplateResponse(request, "admin/search/report.html", context)
