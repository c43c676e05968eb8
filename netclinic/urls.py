from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path, re_path

from clinic.sitemaps import SITEMAPS as CLINIC_SITEMAPS
from netclinic import admin_views, views
from rights.sitemaps import SITEMAPS as RIGHTS_SITEMAPS

SITEMAPS = {**CLINIC_SITEMAPS, **RIGHTS_SITEMAPS}

handler500 = "netclinic.views.server_error"

urlpatterns = [
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("healthz", views.healthz, name="healthz"),
    # Browsers ask for /favicon.ico on pages (the admin's) that do not name an icon.
    path("favicon.ico", views.favicon),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("i18n/", include("django.conf.urls.i18n")),
    path(f"{settings.ADMIN_URL}markdown-preview/", views.markdown_preview, name="markdown_preview"),
    path(
        f"{settings.ADMIN_URL}translation-status/",
        admin.site.admin_view(admin_views.translation_status),
        name="admin_translation_status",
    ),
    path(
        f"{settings.ADMIN_URL}deleted-items/",
        admin.site.admin_view(admin_views.deleted_items),
        name="admin_deleted_items",
    ),
    path(settings.ADMIN_URL, admin.site.urls),
]

if settings.SERVE_MEDIA:
    # Uploaded images; a separate media host is better when there is one (README).
    urlpatterns += [
        re_path(rf"^{settings.MEDIA_URL.strip('/')}/(?P<path>.*)$", views.media),
    ]

# Every public page lives under /ko/ or /en/; `/` redirects by the visitor's language.
urlpatterns += i18n_patterns(
    path("patients-rights/", include("rights.urls")),
    path("search/", include("search.urls")),
    path("", include("clinic.urls")),
)
