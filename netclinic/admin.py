"""Admin pieces that both content apps use."""

from django.contrib import admin
from django.db import models
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin

admin.site.site_header = _("NET Clinic website administration")
admin.site.site_title = _("NET Clinic website")
admin.site.index_title = _("Site content")


class TranslatedAdmin(TabbedTranslationAdmin):
    """One tab per language for every translated field."""

    # Staff paste addresses without a scheme; the web is https now.
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}


class ContentItemAdmin(TranslatedAdmin):
    """Lists that staff reorder and publish from the list view itself."""

    list_editable = ("order", "is_published")
    list_filter = ("is_published",)
    readonly_fields = ("updated_at",)
    list_per_page = 50
