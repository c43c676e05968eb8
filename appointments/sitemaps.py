from content.seo import NamedPagesSitemap


class AppointmentsSitemap(NamedPagesSitemap):
    names = ("appointments:appointments", "appointments:privacy")
    priority = 0.8


SITEMAPS = {"appointments": AppointmentsSitemap}
