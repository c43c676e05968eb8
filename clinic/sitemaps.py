from django.contrib.sitemaps import Sitemap

from clinic.models import Department, Page, TestGroup, TreatmentApproach


class I18nSitemap(Sitemap):
    """Each page in every language, with hreflang alternates and x-default."""

    i18n = True
    alternates = True
    x_default = True


class ClinicPagesSitemap(I18nSitemap):
    priority = 0.8

    def items(self) -> list[str]:
        return list(Page.Key.values)

    def location(self, item: str) -> str:
        return Page.url_for(item)


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
