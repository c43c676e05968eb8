"""The seed's other names (brand names, old names, other spellings) given to the
items a database seeded before they existed, where staff have not typed any."""

from django.db import migrations


def fill(apps, schema_editor):
    from content.seeding import fill_new_field

    fill_new_field(apps, "rights", "other_names")


class Migration(migrations.Migration):
    dependencies = [("rights", "0003_other_names"), ("content", "0004_outdated_translation")]

    operations = [migrations.RunPython(fill, migrations.RunPython.noop)]
