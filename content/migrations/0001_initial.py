"""The core's records, which lived in the netclinic package before the content core
existed: their tables keep their names (netclinic_seedrecord, netclinic_contentversion),
so a database made before the move keeps its rows. On such a database the tables
exist already and only the migration state is new; on a new one they are created.
"""

import django.utils.timezone
from django.db import migrations, models

MOVED = {"seedrecord": "SeedRecord", "contentversion": "ContentVersion"}


def create_missing_tables(apps, schema_editor):
    existing = set(schema_editor.connection.introspection.table_names())
    for name in MOVED.values():
        model = apps.get_model("content", name)
        if model._meta.db_table not in existing:
            schema_editor.create_model(model)


def move_content_types(apps, schema_editor):
    """Permissions point at content types: move the old ones rather than leave them stale."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model in MOVED:
        if not ContentType.objects.filter(app_label="content", model=model).exists():
            ContentType.objects.filter(app_label="netclinic", model=model).update(app_label="content")


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="SeedRecord",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("key", models.CharField(max_length=200, unique=True)),
                        ("loaded_at", models.DateTimeField(auto_now_add=True)),
                    ],
                    options={
                        "verbose_name": "loaded seed item",
                        "verbose_name_plural": "loaded seed items",
                        "db_table": "netclinic_seedrecord",
                    },
                ),
                migrations.CreateModel(
                    name="ContentVersion",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("version", models.PositiveBigIntegerField(default=1)),
                        ("changed_at", models.DateTimeField(default=django.utils.timezone.now)),
                    ],
                    options={
                        "verbose_name": "content version",
                        "db_table": "netclinic_contentversion",
                    },
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(create_missing_tables, migrations.RunPython.noop),
        migrations.RunPython(move_content_types, migrations.RunPython.noop),
    ]
