"""The consent's refusal text no longer offers only the hospital's main number, which
cannot be called from abroad: from abroad, the International Health Services e-mail
(issue 25). A column changes only where it still holds exactly the old seed text; what
staff edited stays, and the page's history keeps its previous text."""

from django.db import migrations

from content.seeding import correct_seed_texts

# {seed record key: {column: (old seed text, new seed text)}}
CHANGES = {
    "appointments.appointmentspage:appointments": {
        "consent_refusal_ko": (
            "동의하지 않으실 수 있습니다. 동의하지 않으면 이 양식으로 문의를 받을 수 없으며, 대표전화로 문의하실 수 있습니다.",
            "동의하지 않으실 수 있습니다. 다만 동의하지 않으시면 이 양식으로는 문의하실 수 없습니다. 국내에서는 병원 대표전화로, 해외에서는 국제진료센터 이메일로 문의해 주세요.",
        ),
        "consent_refusal_en": (
            "You may refuse. If you do, we cannot receive your question through this form; you can still call the hospital's main number.",
            "You may decline to consent. If you do, you cannot send your question with this form. Instead, e-mail the International Health Services center if you are abroad, or call the hospital's main number if you are in Korea.",
        ),
    },
}


class Migration(migrations.Migration):
    dependencies = [("appointments", "0004_identity_check_and_emergencies")]

    operations = [correct_seed_texts(CHANGES)]
