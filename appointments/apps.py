from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _

COORDINATORS = "Patient coordinators"


class AppointmentsConfig(AppConfig):
    name = "appointments"
    verbose_name = _("Appointments and requests")
    # /ko/appointments/ and /ko/privacy/ (appointments/urls.py).
    url_prefix = ""
    # The appointments page and the privacy policy: a second editor or an administrator
    # signs off changes (content/drafts.py).
    sign_off = "editorial"
    # Folders that hold data, which every backup takes (content/sitebackup.py): the
    # requests' encrypted files. {name in the backup: the setting that names the folder}.
    data_folders = {"private": "PRIVATE_ROOT"}

    def ready(self) -> None:
        from content.roles import ROLE_LABELS

        ROLE_LABELS[COORDINATORS] = _("Patient coordinators")
        post_migrate.connect(grant_coordinators, sender=self, dispatch_uid="appointments.coordinators")


def grant_coordinators(**kwargs) -> None:
    """Patient coordinators read and answer requests; nobody else but administrators
    sees them (content/roles.py gives other roles nothing marked holds_personal_data)."""
    from django.contrib.auth.management import create_permissions
    from django.contrib.auth.models import Group, Permission

    create_permissions(kwargs["app_config"], verbosity=0)
    group, _created = Group.objects.get_or_create(name=COORDINATORS)
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="appointments",
            codename__in=[
                "view_consultationrequest",
                "change_consultationrequest",
                "delete_consultationrequest",
                "export_consultationrequest",
                "view_attachment",
            ],
        )
    )
