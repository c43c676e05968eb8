"""Seed content for patients' rights and responsibilities.

The English texts carry over the clinic's own page (corrected). The Korean titles
are the ones the Medical Service Act's enforcement rule uses for the statutory
items. The date the text took effect is not in the source: staff enter it.
Every item is created once; after that it belongs to the staff (see Loader).
"""

from typing import Any

from netclinic.seeding import Loader
from rights.models import MediationAgency, Provision, RightsNotice

NOTICE: dict[str, Any] = {
    "title": {"ko": "환자의 권리와 의무", "en": "Patients' Rights and Responsibilities"},
    "introduction": {
        "ko": "삼성서울병원의 모든 환자에게는 아래와 같은 권리와 의무가 있습니다.",
        "en": "Every patient at Samsung Medical Center has the rights and responsibilities listed below.",
    },
    "legal_basis": {
        "ko": (
            "이 안내는 의료법 제4조제3항에 따라 게시합니다. 이 조항은 모든 의료기관이 환자의 권리와 의무를 "
            "환자가 볼 수 있는 곳에 게시하도록 정하고 있습니다."
        ),
        "en": (
            "We post this notice under Article 4(3) of the Medical Service Act. This article requires every "
            "medical institution to post patients' rights and responsibilities where patients can see them."
        ),
    },
    # Not given by the source; staff enter the date the text took effect.
    "effective_date": None,
    "mediation_introduction": {
        "ko": "의료분쟁이 생긴 경우 병원 내부 창구 외에도 아래 기관에 상담과 조정을 신청할 수 있습니다.",
        "en": (
            "If you have a medical dispute, you may ask these agencies for consultation and mediation, "
            "in addition to the hospital's own channels."
        ),
    },
}

RIGHTS: list[dict[str, dict[str, str]]] = [
    {
        "title": {"ko": "진료받을 권리", "en": "Right to receive medical care"},
        "body": {
            "ko": (
                "환자는 자신의 건강을 보호하고 증진하기 위해 적절한 의료 및 간호 서비스를 받을 권리가 있습니다. "
                "성별, 나이, 종교, 신분, 국적, 언어, 인종, 신체적·정신적·경제적 사정 등을 이유로 차별받거나 "
                "건강에 관한 권리를 침해받지 않습니다. 의료인은 정당한 이유 없이 진료를 거부할 수 없습니다."
            ),
            "en": (
                "Patients have the right to receive proper medical and nursing care to protect and promote their "
                "health. They must not be discriminated against, or have their right to health violated, because "
                "of their gender, age, religion, social status, nationality, language, race, or physical, mental "
                "or financial circumstances. The medical staff may not refuse medical care without a justifiable "
                "reason."
            ),
        },
    },
    {
        "title": {"ko": "알권리 및 자기결정권", "en": "Right to be informed and to make one's own decisions"},
        "body": {
            "ko": (
                "환자는 다음 사항에 대해 충분한 설명을 듣고 자세히 물어볼 권리가 있습니다: 담당 의사의 전문 분야, "
                "질병 상태, 치료 목적, 치료 계획과 방법, 치료의 예상 결과와 부작용, 퇴원 계획, 진료비, "
                "의학연구 대상 여부, 장기이식·기증 여부 등. "
                "환자는 이에 대해 동의할지를 스스로 결정할 권리가 있습니다.\n\n"
                "환자는 윤리적 기준 안에서 특정 치료나 계획된 진료를 중단하거나 거부할 수 있으며, "
                "다른 치료 방법을 선택할 수 있습니다."
            ),
            "en": (
                "Patients have the right to be well informed and to ask in detail about: the treating doctor's "
                "specialty, the state of their disease, the purpose of the treatment, the treatment plan and "
                "method, the expected results and side effects of the treatment, the discharge plan, medical "
                "costs, whether they are a subject of medical research, organ transplantation or donation, and "
                "other matters. They have the right to decide whether to give their consent.\n\n"
                "Within ethical guidelines, patients may stop or refuse a specific treatment or planned medical "
                "care, and may choose an alternative treatment."
            ),
        },
    },
    {
        "title": {"ko": "비밀을 보호받을 권리", "en": "Right to confidentiality"},
        "body": {
            "ko": (
                "환자는 자신의 신체·건강 상태와 사생활에 관한 비밀을 침해받지 않을 권리가 있습니다. "
                "의료인과 의료기관은 환자가 동의했거나 범죄 수사 등 법률에서 정한 경우가 아니면, "
                "개인정보를 포함한 환자의 비밀을 누설하거나 공개할 수 없습니다."
            ),
            "en": (
                "Patients have the right to have the confidentiality of their physical and health condition and "
                "their privacy respected. The medical staff and the hospital may not disclose or make public a "
                "patient's confidential information, including personal information, unless the patient has "
                "given consent or the law provides for it, for example in a criminal investigation."
            ),
        },
    },
    {
        "title": {"ko": "상담·조정을 신청할 권리", "en": "Right to request consultation and mediation"},
        "body": {
            "ko": (
                "환자는 의료분쟁이 생긴 경우 병원 내부 창구나 외부 기관(한국소비자원, 한국의료분쟁조정중재원)에 "
                "상담과 조정을 신청할 수 있습니다."
            ),
            "en": (
                "If there is a medical dispute, patients may request consultation and mediation from the "
                "hospital's own channels or from an outside agency (the Korea Consumer Agency or the Korea "
                "Medical Dispute Mediation and Arbitration Agency)."
            ),
        },
    },
    {
        "title": {"ko": "가치관이나 신념을 존중받을 권리", "en": "Right to have one's values and beliefs respected"},
        "body": {
            "ko": "환자는 자신의 문화, 종교적 가치관이나 신념 때문에 차별받지 않으며, 이를 이유로 권리를 침해받지 않습니다.",
            "en": (
                "Patients must not be discriminated against because of their culture, religious values or "
                "beliefs, and their rights must not be violated on these grounds."
            ),
        },
    },
    {
        "title": {
            "ko": "신체적 보호와 안정을 취할 권리",
            "en": "Right to physical protection and to peace of mind and body",
        },
        "body": {
            "ko": "환자는 병원 안에서 일어날 수 있는 위험으로부터 보호받고, 몸과 마음의 안정을 취할 권리가 있습니다.",
            "en": (
                "Patients have the right to be protected from possible dangers in the hospital "
                "and to have peace of mind and body."
            ),
        },
    },
]

RESPONSIBILITIES: list[dict[str, dict[str, str]]] = [
    {
        "title": {
            "ko": "의료인에 대한 신뢰·존중 의무",
            "en": "Responsibility to trust and respect the medical staff",
        },
        "body": {
            "ko": (
                "환자는 자신의 건강 상태를 의료인에게 정확히 알리고, 의료인의 치료 계획을 신뢰하고 존중해야 "
                "합니다. 의료인의 지시를 따르지 않아 생긴 결과에 대해서는 환자가 책임을 질 수 있습니다."
            ),
            "en": (
                "Patients must give the medical staff accurate information about their health, and trust and "
                "respect the medical staff's treatment plan. Patients may be responsible for the consequences of "
                "not following the medical staff's instructions."
            ),
        },
    },
    {
        "title": {
            "ko": "부정한 방법으로 진료를 받지 않을 의무",
            "en": "Responsibility not to receive medical care by dishonest means",
        },
        "body": {
            "ko": (
                "환자는 진료를 받기 전에 본인의 신분을 밝혀야 합니다. 다른 사람의 명의로 진료를 받는 등 "
                "거짓이나 부정한 방법으로 진료를 받아서는 안 됩니다."
            ),
            "en": (
                "Patients must state who they are before receiving any medical care. They must not receive "
                "medical care by false or dishonest means, such as receiving care under another person's name."
            ),
        },
    },
    {
        "title": {"ko": "병원 규칙을 준수할 의무", "en": "Responsibility to follow the hospital's rules"},
        "body": {
            "ko": (
                "환자는 병원의 모든 규칙을 지키고, 병원 직원과 다른 환자를 존중해야 합니다. "
                "또한 진료비 납부 등 병원에 대한 경제적 의무를 성실히 이행해야 합니다."
            ),
            "en": (
                "Patients must follow all the hospital's rules and respect the hospital staff and other patients. "
                "They must also faithfully meet their financial obligations to the hospital, such as paying "
                "their medical bills."
            ),
        },
    },
]

PROVISIONS: dict[str, list[dict[str, dict[str, str]]]] = {
    Provision.Kind.RIGHT: RIGHTS,
    Provision.Kind.RESPONSIBILITY: RESPONSIBILITIES,
}

MEDIATION_AGENCIES: list[dict[str, Any]] = [
    {
        "name": {"ko": "한국소비자원", "en": "Korea Consumer Agency"},
        "description": {
            "ko": "소비자 상담과 분쟁 조정을 하는 공공기관으로, 의료 서비스에 관한 분쟁도 다룹니다.",
            "en": "A public agency that offers consultation and mediation in consumer disputes, including disputes about medical care.",
        },
        # Not given by the source; staff may enter them.
        "phone": "",
        "website": "",
    },
    {
        "name": {"ko": "한국의료분쟁조정중재원", "en": "Korea Medical Dispute Mediation and Arbitration Agency"},
        "description": {
            "ko": "의료분쟁에 관한 상담, 조정, 중재를 하는 공공기관입니다.",
            "en": "A public agency that offers consultation, mediation and arbitration in medical disputes.",
        },
        "phone": "1670-2545",
        "website": "",
    },
]


def load(loader: Loader) -> None:
    loader.ensure(RightsNotice, {"pk": 1}, NOTICE)

    # The English title is the lookup, so the values carry only the Korean title.
    for kind, provisions in PROVISIONS.items():
        for position, provision in enumerate(provisions, start=1):
            loader.ensure(
                Provision,
                {"kind": kind, "title_en": provision["title"]["en"]},
                {"title_ko": provision["title"]["ko"], "body": provision["body"], "order": 10 * position},
            )

    for position, agency in enumerate(MEDIATION_AGENCIES, start=1):
        values = {key: value for key, value in agency.items() if key != "name"}
        loader.ensure(
            MediationAgency,
            {"name_en": agency["name"]["en"]},
            {**values, "name_ko": agency["name"]["ko"], "order": 10 * position},
        )
