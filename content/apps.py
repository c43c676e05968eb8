"""The content core, and how it finds the apps built on it.

Nothing here names an app. An app takes part by what it has:
- models registered for translation (its `translation.py`): it is a content app,
  whose models get history, roles, backups, translation checks and change signals;
- `url_prefix` on its AppConfig: its `urls.py` is served under /ko/ and /en/ at that prefix;
- `menu` on its AppConfig: (position, URL name, label) entries of the main menu;
- a `sitemaps.py` with SITEMAPS, a `search.py` with search_documents(), a `seed/`
  folder of TOML files: found by name, as the admin finds `admin.py`.
"""

from importlib import import_module
from types import ModuleType

from django.apps import AppConfig, apps
from django.core.signals import request_finished
from django.db.models.signals import post_migrate
from django.utils.module_loading import module_has_submodule
from django.utils.translation import gettext_lazy as _


def content_apps() -> list[AppConfig]:
    """The installed apps with models registered for translation, in INSTALLED_APPS order."""
    from content.translations import translated_models

    labels = {model._meta.app_label for model in translated_models()}
    return [config for config in apps.get_app_configs() if config.label in labels]


def app_modules(name: str) -> list[tuple[AppConfig, ModuleType]]:
    """Each installed app's module `name` (for example "sitemaps"), where it has one."""
    found = []
    for config in apps.get_app_configs():
        if module_has_submodule(config.module, name):
            found.append((config, import_module(f"{config.name}.{name}")))
    return found


def site_sections() -> list[tuple[AppConfig, str]]:
    """(app, prefix) of each app with public pages (a `url_prefix`), longest prefix first,
    so that an app served at the root ("") never hides another."""
    sections = [
        (config, prefix)
        for config in apps.get_app_configs()
        if (prefix := getattr(config, "url_prefix", None)) is not None
    ]
    return sorted(sections, key=lambda section: len(section[1]), reverse=True)


def menu() -> list[tuple[str, object]]:
    """(URL name, label) of each main-menu entry that the apps declare, by position."""
    entries = [entry for config in apps.get_app_configs() for entry in getattr(config, "menu", ())]
    return [(url_name, label) for _position, url_name, label in sorted(entries, key=lambda entry: entry[0])]


def _sync_roles(sender, **kwargs) -> None:
    from content.roles import ensure_roles

    ensure_roles()


def _cache_tables(sender, using="default", **kwargs) -> None:
    """The database cache's table (the shared limits' counts when there is no Redis:
    netclinic/settings.py), made by every migrate; nothing when it exists."""
    from django.core.management import call_command

    call_command("createcachetable", database=using, verbosity=0)


class ContentConfig(AppConfig):
    name = "content"
    verbose_name = _("Site")
    # Folders that hold data, which every backup takes (content/sitebackup.py): staff's
    # images. Any app may declare its own the same way.
    data_folders = {"media": "MEDIA_ROOT"}

    def ready(self) -> None:
        # After every migrate, so that content models added later reach the roles too.
        post_migrate.connect(_sync_roles, sender=self, dispatch_uid="content.roles")
        post_migrate.connect(_cache_tables, sender=self, dispatch_uid="content.cache_tables")
        from content import audit, notifications
        from content.drafts import draft_event
        from content.signals import connect_signals
        from content.versions import forget_request_version

        connect_signals()
        request_finished.connect(forget_request_version, dispatch_uid="content.versions.request")
        audit.connect()
        draft_event.connect(notifications.on_draft_event, dispatch_uid="content.notifications")
