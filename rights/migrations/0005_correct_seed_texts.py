"""The English title in sentence case, as every other heading of the site, in databases
seeded before; only where it is still exactly the seed's (content.seeding)."""

from django.db import migrations

# {seed record key: {column: (old seed text, new seed text)}}
CHANGES = {
    'rights.rightsnotice:notice': {
        'title_en': (
            "Patients' Rights and Responsibilities",
            "Patients' rights and responsibilities",
        ),
    },
}


def correct(apps, schema_editor):
    from content.seeding import replace_unchanged_seed_texts

    replace_unchanged_seed_texts(apps, CHANGES, reason="Seed text corrected")


class Migration(migrations.Migration):
    dependencies = [("rights", "0004_seed_other_names"), ("content", "0004_outdated_translation")]

    operations = [migrations.RunPython(correct, migrations.RunPython.noop)]
