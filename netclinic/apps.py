from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def _sync_roles(sender, **kwargs) -> None:
    from netclinic.roles import ensure_roles

    ensure_roles()


class NetclinicConfig(AppConfig):
    name = "netclinic"
    verbose_name = _("Site")

    def ready(self) -> None:
        # Content models added after the roles migration reach the roles too.
        post_migrate.connect(_sync_roles, sender=self)
        from netclinic.changes import connect_signals

        connect_signals()
