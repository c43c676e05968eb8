from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Site search")
    url_prefix = "search/"

    def ready(self) -> None:
        from content.signals import content_changed
        from search.index import build_if_empty, follow_change

        # The index follows every committed content change.
        content_changed.connect(follow_change, dispatch_uid="search.index")
        post_migrate.connect(build_if_empty, sender=self, dispatch_uid="search.build_if_empty")
        post_migrate.connect(grant_report, sender=self, dispatch_uid="search.grant_report")


def grant_report(**kwargs) -> None:
    """Editors read the report of what patients search for, to add the names they use."""
    from django.contrib.auth.management import create_permissions
    from django.contrib.auth.models import Group, Permission

    from content.roles import EDITORS

    create_permissions(kwargs["app_config"], verbosity=0)
    permission = Permission.objects.filter(content_type__app_label="search", codename="view_searchquery")
    group, _created = Group.objects.get_or_create(name=EDITORS)
    group.permissions.add(*permission)
