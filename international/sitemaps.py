from django.contrib.sitemaps import Sitemap
from django.urls import reverse


class InternationalSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True
    priority = 0.8

    def items(self) -> list[str]:
        return ["international:international"]

    def location(self, item: str) -> str:
        return reverse(item)


SITEMAPS = {"international": InternationalSitemap}
