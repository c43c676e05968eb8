from django.contrib import admin

from clinic import models
from content.admin import (
    ContentItemAdmin,
    ReviewStatusFilter,
    SingletonTranslatedAdmin,
    TranslatedAdmin,
    TranslatedInline,
)

PUBLISHING = ("order", "is_published", "updated_at")
REVIEW = ("last_reviewed", "next_review_due")
IMAGE = ("image", "image_alt")


@admin.register(models.Clinic)
class ClinicAdmin(SingletonTranslatedAdmin):
    pass


class SectionInline(TranslatedInline):
    model = models.Section
    fields = ("title", "body", "order", "is_published")


@admin.register(models.Page)
class PageAdmin(TranslatedAdmin):
    fields = ("key", "title", "lead", "meta_description", "other_names", *IMAGE, *REVIEW)
    list_display = ("title", "key", "last_reviewed", "next_review_due")
    list_filter = (ReviewStatusFilter,)
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
    fields = ("page", "title", "body", *PUBLISHING)
    list_display = ("title", "page", "order", "is_published", "updated_at")
    list_filter = ("page", "is_published")
    search_fields = ("title_ko", "title_en", "body_ko", "body_en")


@admin.register(models.SupportiveService)
class SupportiveServiceAdmin(ContentItemAdmin):
    fields = ("title", "description", *PUBLISHING)
    list_display = ("title", "order", "is_published", "updated_at")
    search_fields = ("title_ko", "title_en", "description_ko", "description_en")


class ReviewedItemAdmin(ContentItemAdmin):
    list_filter = ("is_published", ReviewStatusFilter)


class ItemPageAdmin(ReviewedItemAdmin):
    """Departments, groups of tests and treatment approaches: items with a page of their own."""

    fields = ("name", "slug", "summary", "description", "other_names", *IMAGE, *REVIEW, *PUBLISHING)
    list_display = ("name", "slug", "order", "is_published", "next_review_due")
    search_fields = ("name_ko", "name_en", "summary_ko", "summary_en", "description_ko", "description_en")
    prepopulated_fields = {"slug": ("name_en",)}


@admin.register(models.Department)
class DepartmentAdmin(ItemPageAdmin):
    pass


class DiagnosticTestInline(TranslatedInline):
    model = models.DiagnosticTest
    fields = ("name", "description", "other_names", "order", "is_published", *REVIEW)


@admin.register(models.TestGroup)
class TestGroupAdmin(ItemPageAdmin):
    inlines = [DiagnosticTestInline]


@admin.register(models.DiagnosticTest)
class DiagnosticTestAdmin(ReviewedItemAdmin):
    fields = ("group", "name", "description", "other_names", *REVIEW, *PUBLISHING)
    list_display = ("name", "group", "order", "is_published", "next_review_due")
    list_filter = ("group", "is_published", ReviewStatusFilter)
    list_select_related = ("group",)
    search_fields = ("name_ko", "name_en", "description_ko", "description_en")


class TreatmentInline(TranslatedInline):
    model = models.Treatment
    fields = ("name", "drug_class", "description", "other_names", "order", "is_published", *REVIEW)


@admin.register(models.TreatmentApproach)
class TreatmentApproachAdmin(ItemPageAdmin):
    inlines = [TreatmentInline]


@admin.register(models.Treatment)
class TreatmentAdmin(ReviewedItemAdmin):
    fields = ("approach", "name", "drug_class", "description", "other_names", *REVIEW, *PUBLISHING)
    list_display = ("name", "approach", "drug_class", "order", "is_published", "next_review_due")
    list_filter = ("approach", "is_published", ReviewStatusFilter)
    list_select_related = ("approach",)
    search_fields = ("name_ko", "name_en", "drug_class_ko", "drug_class_en", "description_ko", "description_en")


@admin.register(models.Physician)
class PhysicianAdmin(ContentItemAdmin):
    fields = ("name", "position", "departments", "specialties", "biography", *IMAGE, *PUBLISHING)
    list_display = ("name", "position", "order", "is_published", "updated_at")
    list_filter = ("is_published", "departments")
    search_fields = ("name_ko", "name_en", "position_ko", "position_en", "specialties_ko", "specialties_en")
    filter_horizontal = ("departments",)


@admin.register(models.GlossaryTerm)
class GlossaryTermAdmin(ReviewedItemAdmin):
    fields = ("term", "slug", "aliases", "definition", *REVIEW, *PUBLISHING)
    list_display = ("term", "slug", "order", "is_published", "next_review_due")
    search_fields = ("term_ko", "term_en", "aliases_ko", "aliases_en", "definition_ko", "definition_en")
    prepopulated_fields = {"slug": ("term_en",)}
