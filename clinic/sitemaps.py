from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from clinic.models import Department, TestGroup, TreatmentApproach


class I18nSitemap(Sitemap):
    """Each page in every language, with hreflang alternates and x-default."""

    i18n = True
    alternates = True
    x_default = True


class ClinicPagesSitemap(I18nSitemap):
    priority = 0.8

    def items(self) -> list[str]:
        return [
            "clinic:home",
            "clinic:clinic",
            "clinic:team",
            "clinic:net",
            "clinic:diagnosis",
            "clinic:treatment",
            "clinic:research",
            "clinic:departments",
            "clinic:contact",
            "clinic:glossary",
        ]

    def location(self, item: str) -> str:
        return reverse(item)


class PublishedItemsSitemap(I18nSitemap):
    model = None
    priority = 0.6

    def items(self):
        return self.model.objects.published().order_by("order", "pk")

    def lastmod(self, obj):
        return obj.updated_at


class DepartmentSitemap(PublishedItemsSitemap):
    model = Department


class TestGroupSitemap(PublishedItemsSitemap):
    model = TestGroup


class TreatmentApproachSitemap(PublishedItemsSitemap):
    model = TreatmentApproach


SITEMAPS = {
    "clinic": ClinicPagesSitemap,
    "diagnosis": TestGroupSitemap,
    "treatment": TreatmentApproachSitemap,
    "departments": DepartmentSitemap,
}
