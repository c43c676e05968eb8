"""English in American spelling, as on the rest of the site (tumor, center), in databases
seeded before; only where the text is still exactly the seed's (content.seeding)."""

from django.db import migrations

from content.seeding import correct_seed_texts

# {seed record key: {column: (old seed text, new seed text)}}
CHANGES = {
    'appointments.appointmentspage:appointments': {
        'first_visit_en': (
            'A first visit goes like this: have your referral letter ready, make an appointment, and come on the day confirmed.\n\nPlease bring:\n\n- your referral letter\n- earlier test results and medical opinions (소견서)\n- your imaging on CD (CT, MRI and others)\n- for a second opinion on a tumour, the pathology slides or report',
            'A first visit goes like this: have your referral letter ready, make an appointment, and come on the day confirmed.\n\nPlease bring:\n\n- your referral letter\n- earlier test results and medical opinions (소견서)\n- your imaging on CD (CT, MRI and others)\n- for a second opinion on a tumor, the pathology slides or report',
        ),
        'international_en': (
            "Patients from abroad are helped by the hospital's International Health Services (IHS) centre, which has English, Russian, Arabic, Chinese and Mongolian coordinators.",
            "Patients from abroad are helped by the hospital's International Health Services (IHS) center, which has English, Russian, Arabic, Chinese and Mongolian coordinators.",
        ),
    },
}


class Migration(migrations.Migration):
    dependencies = [("appointments", "0001_initial"), ("content", "0004_outdated_translation")]

    operations = [correct_seed_texts(CHANGES)]
