from clinic.models import Department, Page, Physician, TestGroup, TreatmentApproach
from content.seo import I18nSitemap


class ClinicPagesSitemap(I18nSitemap):
    priority = 0.8

    def items(self) -> list[str]:
        hidden = set() if Physician.objects.published().exists() else {Page.Key.TEAM}  # (clinic/views.py)
        return [key for key in Page.Key.values if key not in hidden]

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


# Fixed pages that answer 404 to patients while a model has nothing published: the team
# page, until a physician is (clinic/views.py). {URL name: model label}.
HIDDEN_UNTIL_PUBLISHED = {"clinic:team": "clinic.physician"}


def hidden_page_names() -> set[str]:
    """The fixed pages hidden now. (content/testing/pages.py leaves them out of "every
    public page", and out of the pages collected before a database exists when the seed
    publishes nothing of their model.)"""
    from django.apps import apps

    return {
        name for name, label in HIDDEN_UNTIL_PUBLISHED.items() if not apps.get_model(label).objects.published().exists()
    }
