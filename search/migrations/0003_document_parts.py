"""Each page's parts (the sections a result links to); the old rows, built without
them, are dropped (derived data: the index is built again right after migrate,
search/apps.py)."""

from django.db import migrations, models


def drop_old_rows(apps, schema_editor):
    apps.get_model("search", "SearchDocument").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0002_ranked_index"),
    ]

    operations = [
        migrations.RunPython(drop_old_rows, migrations.RunPython.noop),
        migrations.AddField(
            model_name="searchdocument",
            name="parts",
            field=models.JSONField(blank=True, default=list),
        ),
    ]
