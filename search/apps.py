from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Site search")
    url_prefix = "search/"

    def ready(self) -> None:
        from content.signals import content_changed
        from search.index import rebuild_on_change

        # The index follows every committed content change.
        content_changed.connect(rebuild_on_change, dispatch_uid="search.index")
