from django.db import migrations


def create_roles(apps, schema_editor):
    from netclinic.roles import ensure_roles

    ensure_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("netclinic", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("clinic", "0002_editing_workflow"),
        ("rights", "0002_editing_workflow"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
