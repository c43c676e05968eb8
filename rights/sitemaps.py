from content.seo import NamedPagesSitemap


class RightsSitemap(NamedPagesSitemap):
    names = ("rights:rights",)
    priority = 0.7


SITEMAPS = {"rights": RightsSitemap}
