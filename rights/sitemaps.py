from django.contrib.sitemaps import Sitemap
from django.urls import reverse


class RightsSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True
    priority = 0.7

    def items(self) -> list[str]:
        return ["rights:rights"]

    def location(self, item: str) -> str:
        return reverse(item)


SITEMAPS = {"rights": RightsSitemap}
