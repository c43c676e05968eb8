from content.seo import NamedPagesSitemap


class InternationalSitemap(NamedPagesSitemap):
    names = ("international:international",)
    priority = 0.8


SITEMAPS = {"international": InternationalSitemap}
