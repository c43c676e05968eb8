"""Staff roles: what editors, translators and administrators may do in the admin."""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions

EDITORS = "Editors"
TRANSLATORS = "Translators"
ADMINISTRATORS = "Administrators"

CONTENT_APPS = ("clinic", "rights")


def ensure_roles(apps=global_apps) -> None:
    """Create the three groups and give each its permissions; never takes any away.

    Runs from a migration (with historical models) and after every `migrate`,
    so that content models added later reach the roles too.
    """
    for app_config in apps.get_app_configs():
        # Historical app configs lack models_module, without which no permission is made.
        app_config.models_module = getattr(app_config, "models_module", None) or True
        create_permissions(app_config, apps=apps, verbosity=0)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    content = Permission.objects.filter(content_type__app_label__in=CONTENT_APPS)
    roles = {
        # All content, but no users, groups or site settings.
        EDITORS: content,
        # Translated text only: they change existing items; the admin locks every other field.
        TRANSLATORS: content.filter(codename__regex=r"^(view|change)_"),
        ADMINISTRATORS: Permission.objects.all(),
    }
    for name, permissions in roles.items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(*permissions)


def is_translator(user) -> bool:
    """A translator who is not also an editor or administrator (cached on the user)."""
    if user.is_superuser:
        return False
    if not hasattr(user, "_netclinic_roles"):
        user._netclinic_roles = set(user.groups.values_list("name", flat=True))
    roles = user._netclinic_roles
    return TRANSLATORS in roles and not roles & {EDITORS, ADMINISTRATORS}
