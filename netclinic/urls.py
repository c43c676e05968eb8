"""The site's addresses. Apps are found, not named (content/apps.py): each app
whose AppConfig has a `url_prefix` is served under /ko/ and /en/ at that prefix,
and each app's `sitemaps.SITEMAPS` joins sitemap.xml."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path, re_path

from content.apps import app_modules, site_sections
from netclinic import views

SITEMAPS = {name: cls for _config, module in app_modules("sitemaps") for name, cls in module.SITEMAPS.items()}

handler500 = "netclinic.views.server_error"

urlpatterns = [
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("healthz", views.healthz, name="healthz"),
    # Browsers ask for /favicon.ico on pages (the admin's) that do not name an icon.
    path("favicon.ico", views.favicon),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("i18n/", include("django.conf.urls.i18n")),
    path(settings.ADMIN_URL, admin.site.urls),
]

if settings.SERVE_MEDIA:
    # Uploaded images; a separate media host is better when there is one (README).
    urlpatterns += [
        re_path(rf"^{settings.MEDIA_URL.strip('/')}/(?P<path>.*)$", views.media),
    ]

# Every public page lives under /ko/ or /en/; `/` redirects by the visitor's language.
urlpatterns += i18n_patterns(*(path(prefix, include(f"{config.name}.urls")) for config, prefix in site_sections()))
