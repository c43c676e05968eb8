"""Staff roles: what editors, translators, medical reviewers and administrators may do
in the admin (the workflow they take part in: content/drafts.py)."""

from django.apps import apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_lazy as _

from content.apps import content_apps

EDITORS = "Editors"
TRANSLATORS = "Translators"
ADMINISTRATORS = "Administrators"
MEDICAL_REVIEWERS = "Medical reviewers"
# The groups' names as the admin shows them, in its language (the stored names stay English).
ROLE_LABELS = {
    EDITORS: _("Editors"),
    TRANSLATORS: _("Translators"),
    MEDICAL_REVIEWERS: _("Medical reviewers"),
    ADMINISTRATORS: _("Administrators"),
}


def ensure_roles() -> None:
    """Create the four groups and give each its permissions; never takes any away.

    Runs after every `migrate`, so that content models added later reach the roles too.
    """
    # post_migrate reaches the core before the apps after it: make every app's permissions first.
    for app_config in apps.get_app_configs():
        create_permissions(app_config, verbosity=0)
    content = Permission.objects.filter(
        content_type__app_label__in=[config.label for config in content_apps()]
    ).exclude(content_type__in=_personal_data())
    drafts = Permission.objects.filter(content_type__app_label="content", content_type__model="revision")
    publish = drafts.filter(codename="publish_revision")
    approve = drafts.filter(codename="approve_revision")
    view_drafts = drafts.filter(codename="view_revision")
    edit_text = content.filter(codename__regex=r"^(view|change)_")
    roles = {
        # All content, and publishing what needs no clinical sign-off; no users, groups or settings.
        EDITORS: content | publish | view_drafts,
        # Translated text only, as drafts: the admin locks every other field.
        TRANSLATORS: edit_text | view_drafts,
        # Read and correct medical text, and approve others' drafts of it.
        MEDICAL_REVIEWERS: edit_text | approve | view_drafts,
        ADMINISTRATORS: Permission.objects.all(),
    }
    for name, permissions in roles.items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(*permissions)


def _personal_data() -> list:
    """The content types of models that hold personal data (`holds_personal_data = True`):
    no role here gets any permission on them; the app that has them names who does."""
    models = [model for model in apps.get_models() if getattr(model, "holds_personal_data", False)]
    return list(ContentType.objects.get_for_models(*models).values()) if models else []


def is_translator(user) -> bool:
    """A translator who is not also an editor or administrator (cached on the user)."""
    if user.is_superuser:
        return False
    if not hasattr(user, "_netclinic_roles"):
        user._netclinic_roles = set(user.groups.values_list("name", flat=True))
    roles = user._netclinic_roles
    return TRANSLATORS in roles and not roles & {EDITORS, ADMINISTRATORS}
