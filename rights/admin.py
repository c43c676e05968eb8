from django.contrib import admin

from content.admin import ContentItemAdmin, SingletonTranslatedAdmin
from rights import models

PUBLISHING = ("order", "is_published", "updated_at")


@admin.register(models.RightsNotice)
class RightsNoticeAdmin(SingletonTranslatedAdmin):
    pass


@admin.register(models.Provision)
class ProvisionAdmin(ContentItemAdmin):
    fields = ("kind", "title", "body", "other_names", *PUBLISHING)
    list_display = ("title", "kind", "order", "is_published", "updated_at")
    list_filter = ("kind", "is_published")
    search_fields = ("title_ko", "title_en", "body_ko", "body_en")


@admin.register(models.MediationAgency)
class MediationAgencyAdmin(ContentItemAdmin):
    fields = ("name", "description", "other_names", "phone", "website", *PUBLISHING)
    list_display = ("name", "phone", "order", "is_published", "updated_at")
    search_fields = ("name_ko", "name_en", "description_ko", "description_en")
