from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("i18n/", include("django.conf.urls.i18n")),
    path(settings.ADMIN_URL, admin.site.urls),
]

# Every public page lives under /ko/ or /en/; `/` redirects by the visitor's language.
urlpatterns += i18n_patterns(
    path("patients-rights/", include("rights.urls")),
    path("", include("clinic.urls")),
)
