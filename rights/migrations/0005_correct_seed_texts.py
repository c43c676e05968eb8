"""The English title in sentence case, as every other heading of the site, in databases
seeded before; only where it is still exactly the seed's (content.seeding)."""

from django.db import migrations

from content.seeding import correct_seed_texts

# {seed record key: {column: (old seed text, new seed text)}}
CHANGES = {
    'rights.rightsnotice:notice': {
        'title_en': (
            "Patients' Rights and Responsibilities",
            "Patients' rights and responsibilities",
        ),
    },
}


class Migration(migrations.Migration):
    dependencies = [("rights", "0004_seed_other_names"), ("content", "0004_outdated_translation")]

    operations = [correct_seed_texts(CHANGES)]
