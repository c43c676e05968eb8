from django.contrib import admin
from modeltranslation.admin import TranslationStackedInline
from solo.admin import SingletonModelAdmin

from clinic import models
from netclinic.admin import ContentItemAdmin, TranslatedAdmin


@admin.register(models.Clinic)
class ClinicAdmin(SingletonModelAdmin, TranslatedAdmin):
    pass


class SectionInline(TranslationStackedInline):
    model = models.Section
    extra = 0
    fields = ("title", "body", "order", "is_published")


@admin.register(models.Page)
class PageAdmin(TranslatedAdmin):
    fields = ("key", "title", "lead", "meta_description")
    list_display = ("title", "key")
    search_fields = ("title_ko", "title_en", "lead_ko", "lead_en")
    inlines = [SectionInline]
    readonly_fields = ("key",)

    def has_add_permission(self, request) -> bool:
        # The pages are fixed; the seed creates each one.
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


@admin.register(models.Section)
class SectionAdmin(ContentItemAdmin):
    fields = ("page", "title", "body", "order", "is_published", "updated_at")
    list_display = ("title", "page", "order", "is_published", "updated_at")
    list_filter = ("page", "is_published")
    search_fields = ("title_ko", "title_en", "body_ko", "body_en")


@admin.register(models.SupportiveService)
class SupportiveServiceAdmin(ContentItemAdmin):
    fields = ("title", "description", "order", "is_published", "updated_at")
    list_display = ("title", "order", "is_published", "updated_at")
    search_fields = ("title_ko", "title_en", "description_ko", "description_en")


@admin.register(models.Department)
class DepartmentAdmin(ContentItemAdmin):
    fields = ("name", "slug", "summary", "description", "order", "is_published", "updated_at")
    list_display = ("name", "slug", "order", "is_published", "updated_at")
    search_fields = ("name_ko", "name_en", "summary_ko", "summary_en", "description_ko", "description_en")
    prepopulated_fields = {"slug": ("name_en",)}


class DiagnosticTestInline(TranslationStackedInline):
    model = models.DiagnosticTest
    extra = 0
    fields = ("name", "description", "order", "is_published")


@admin.register(models.TestGroup)
class TestGroupAdmin(ContentItemAdmin):
    fields = ("name", "slug", "summary", "description", "order", "is_published", "updated_at")
    list_display = ("name", "slug", "order", "is_published", "updated_at")
    search_fields = ("name_ko", "name_en", "summary_ko", "summary_en", "description_ko", "description_en")
    prepopulated_fields = {"slug": ("name_en",)}
    inlines = [DiagnosticTestInline]


@admin.register(models.DiagnosticTest)
class DiagnosticTestAdmin(ContentItemAdmin):
    fields = ("group", "name", "description", "order", "is_published", "updated_at")
    list_display = ("name", "group", "order", "is_published", "updated_at")
    list_filter = ("group", "is_published")
    list_select_related = ("group",)
    search_fields = ("name_ko", "name_en", "description_ko", "description_en")


class TreatmentInline(TranslationStackedInline):
    model = models.Treatment
    extra = 0
    fields = ("name", "drug_class", "description", "order", "is_published")


@admin.register(models.TreatmentApproach)
class TreatmentApproachAdmin(ContentItemAdmin):
    fields = ("name", "slug", "summary", "description", "order", "is_published", "updated_at")
    list_display = ("name", "slug", "order", "is_published", "updated_at")
    search_fields = ("name_ko", "name_en", "summary_ko", "summary_en", "description_ko", "description_en")
    prepopulated_fields = {"slug": ("name_en",)}
    inlines = [TreatmentInline]


@admin.register(models.Treatment)
class TreatmentAdmin(ContentItemAdmin):
    fields = ("approach", "name", "drug_class", "description", "order", "is_published", "updated_at")
    list_display = ("name", "approach", "drug_class", "order", "is_published", "updated_at")
    list_filter = ("approach", "is_published")
    list_select_related = ("approach",)
    search_fields = ("name_ko", "name_en", "drug_class_ko", "drug_class_en", "description_ko", "description_en")
