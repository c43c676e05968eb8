"""The route to care (issue 24) in databases seeded before: what to bring starts with a
photo ID (the identity check in force since 20 May 2024, with its source), and the form
points emergencies to 119. A column changes only where it still holds exactly the old seed
text; the old and new texts are written out here."""

from django.db import migrations

from content.seeding import correct_seed_texts

CHANGES = {
    "appointments.appointmentspage:appointments": {
        "first_visit_ko": (
            "첫 진료는 다음 순서로 진행됩니다: 진료의뢰서를 준비하고, 진료를 예약한 뒤, 확정된 날짜에 방문합니다.\n\n첫 진료 때 가져오면 좋은 것:\n\n- 진료의뢰서\n- 이전 검사 결과와 소견서\n- 영상 CD (CT, MRI 등)\n- 종양에 대한 다른 의견(2차 소견)을 원하시면 병리 슬라이드 또는 판독지",
            "첫 진료는 다음 순서로 진행됩니다: 진료의뢰서를 준비하고, 진료를 예약한 뒤, 확정된 날짜에 방문합니다.\n\n첫 진료 때 가져오실 것:\n\n- **신분증**(주민등록증, 운전면허증, 여권, 외국인등록증, 모바일 건강보험증 등. 신분증을 찍은 사진은 인정되지 않습니다)\n- 진료의뢰서\n- 이전 검사 결과와 소견서\n- 영상 CD (CT, MRI 등)\n- 종양에 대한 다른 의견(2차 소견)을 원하시면 병리 슬라이드 또는 판독지\n\n**신분증이 필요한 이유**: 2024년 5월 20일부터 병원은 건강보험으로 진료하기 전에 신분증으로 본인인지 확인해야 합니다. 신분증이 없으면 비용을 모두 낸 뒤 나중에 돌려받을 수 있습니다. 19세 미만이거나, 같은 병원에서 6개월 안에 본인 확인을 받았거나, 응급 상황이면 예외입니다.\n\n출처: [국민건강보험법 제12조](https://www.law.go.kr/법령/국민건강보험법) (요양기관 본인확인 강화 제도, 2024년 5월 20일 시행)",
        ),
        "first_visit_en": (
            "A first visit goes like this: have your referral letter ready, make an appointment, and come on the day confirmed.\n\nPlease bring:\n\n- your referral letter\n- earlier test results and medical opinions (소견서)\n- your imaging on CD (CT, MRI and others)\n- for a second opinion on a tumor, the pathology slides or report",
            "A first visit goes like this: have your referral letter ready, make an appointment, and come on the day confirmed.\n\nPlease bring:\n\n- **a photo ID** (resident registration card, driver's license, passport, alien registration card, the mobile health insurance card or the like; a photo of an ID does not count)\n- your referral letter\n- earlier test results and medical opinions (소견서)\n- your imaging on CD (CT, MRI and others)\n- for a second opinion on a tumor, the pathology slides or report\n\n**Why an ID**: since 20 May 2024, a hospital must check a photo ID before National Health Insurance covers your care. Without one, you pay in full and can claim the money back later. Patients under 19, patients checked at the same hospital within 6 months, and emergencies are exceptions.\n\nSource: [National Health Insurance Act, Article 12](https://www.law.go.kr/법령/국민건강보험법) (the stricter identity check at medical institutions, in force since 20 May 2024)",
        ),
        "form_introduction_ko": (
            "진료에 대해 궁금한 점을 클리닉 코디네이터에게 보낼 수 있습니다. 코디네이터가 알려 주신 전화번호나 이메일로 답합니다. 이 양식은 응급 상황을 위한 것이 아닙니다.",
            "진료에 대해 궁금한 점을 클리닉 코디네이터에게 보낼 수 있습니다. 남겨 주신 전화번호나 이메일로 코디네이터가 답변해 드립니다. 이 양식은 응급 상황을 위한 것이 아닙니다. 응급 상황에는 119에 전화하세요.",
        ),
        "form_introduction_en": (
            "You can send the clinic's coordinators a question about being seen. They reply by the telephone number or e-mail address you give. This form is not for emergencies.",
            "You can send the clinic's coordinators a question about being seen. They reply by the telephone number or e-mail address you give. This form is not for emergencies: in an emergency, call 119.",
        ),
    },
}


class Migration(migrations.Migration):
    dependencies = [("appointments", "0003_submission_key"), ("content", "0005_review_every_path")]

    operations = [correct_seed_texts(CHANGES)]
