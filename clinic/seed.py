"""Seed content for the clinic: its details, page texts, departments, tests and treatments.

The texts carry over the clinic's own English page (corrected) and its Korean
version. Nothing is added that a patient could act on: fields without a sourced
value (phone, hours, directions and so on) stay empty for staff to fill in.
Every item is created once; after that it belongs to the staff (see Loader).
"""

from typing import Any

from clinic import seed_glossary
from clinic.models import (
    Clinic,
    Department,
    DiagnosticTest,
    Page,
    Section,
    SupportiveService,
    TestGroup,
    Treatment,
    TreatmentApproach,
)
from netclinic.seeding import Loader

EMPTY = {"ko": "", "en": ""}

CLINIC: dict[str, Any] = {
    "center_name": {"ko": "희귀암센터", "en": "Uncommon Cancer Center"},
    "name": {"ko": "신경내분비종양 클리닉", "en": "Neuroendocrine Tumor (NET) Clinic"},
    "hospital_name": {"ko": "삼성서울병원", "en": "Samsung Medical Center"},
    "address": {
        "ko": "(06351) 서울특별시 강남구 일원로 81",
        "en": "81 Irwon-ro, Gangnam-gu, Seoul 06351, Republic of Korea",
    },
    "international_patients": {
        "ko": (
            "외국인 환자는 삼성서울병원 국제진료센터(International Health Services, IHS)에 문의하실 수 있습니다. "
            "국제진료센터에는 영어, 러시아어, 아랍어, 중국어, 몽골어 코디네이터가 있습니다."
        ),
        "en": (
            "International patients can contact the hospital's International Health Services (IHS) center. "
            "The IHS center has coordinators for English, Russian, Arabic, Chinese and Mongolian."
        ),
    },
    "international_email": "ihs.smc@samsung.com",
    # No sourced values: staff enter these in the admin; empty fields are hidden.
    "phone": "",
    "email": "",
    "opening_hours": EMPTY,
    "directions": EMPTY,
    "appointments": EMPTY,
    "map_url": "",
}

PAGES: dict[str, dict[str, dict[str, str]]] = {
    Page.Key.HOME: {
        "title": {"ko": "신경내분비종양 클리닉", "en": "Neuroendocrine Tumor (NET) Clinic"},
        "lead": {
            "ko": (
                "삼성서울병원 희귀암센터는 희귀암 치료를 선도하기 위해 신경내분비종양 클리닉을 운영합니다. "
                "다섯 개 진료과의 전문의가 한 팀이 되어 진료합니다. "
                "정확한 진단, 알맞은 치료 계획, 신속한 치료를 목표로 합니다."
            ),
            "en": (
                "The Uncommon Cancer Center at Samsung Medical Center runs the Neuroendocrine Tumor (NET) Clinic "
                "to lead the treatment of uncommon cancers. Specialists from five departments work together "
                "as one team. Our aim is an accurate diagnosis, a suitable treatment plan and quick treatment."
            ),
        },
        "meta_description": {
            "ko": "삼성서울병원 희귀암센터 신경내분비종양 클리닉: 다학제 진료로 신경내분비종양을 진단하고 치료합니다.",
            "en": (
                "The Neuroendocrine Tumor (NET) Clinic of the Uncommon Cancer Center at Samsung Medical Center, Seoul."
            ),
        },
    },
    Page.Key.CLINIC: {
        "title": {"ko": "클리닉과 진료팀", "en": "The clinic and its team"},
        "lead": {
            "ko": (
                "삼성서울병원 희귀암센터는 희귀암 치료를 선도하기 위해 신경내분비종양 클리닉을 운영합니다. "
                "다섯 개 진료과의 전문의가 함께 진료하고, 증상을 덜고 삶의 질을 높이는 진료도 제공합니다."
            ),
            "en": (
                "The Uncommon Cancer Center at Samsung Medical Center runs the NET Clinic to lead the treatment "
                "of uncommon cancers. Specialists from five departments work together. We also offer care that "
                "eases symptoms and improves quality of life."
            ),
        },
        "meta_description": {
            "ko": "신경내분비종양 클리닉의 다학제 진료팀과 식이·스트레스·통증 관리 등 증상 완화를 위한 진료를 소개합니다.",
            "en": "How specialists from five departments work together in the NET Clinic, and the supportive care we offer.",
        },
    },
    Page.Key.TEAM: {
        "title": {"ko": "의료진", "en": "Our care team"},
        "lead": {
            "ko": "신경내분비종양 클리닉의 다학제 진료팀에서 환자를 진료하는 의료진입니다.",
            "en": "The physicians of the NET Clinic's multidisciplinary team.",
        },
        "meta_description": {
            "ko": "삼성서울병원 신경내분비종양 클리닉 다학제 진료팀의 의료진을 소개합니다.",
            "en": "The physicians of the multidisciplinary team of the NET Clinic at Samsung Medical Center.",
        },
    },
    Page.Key.GLOSSARY: {
        "title": {"ko": "용어 설명", "en": "Glossary"},
        "lead": {
            "ko": "이 사이트에 나오는 의학 용어를 쉬운 말로 풀이합니다.",
            "en": "The medical terms used on this site, explained in plain language.",
        },
        "meta_description": {
            "ko": "신경내분비종양, 5-HIAA, 옥트레오스캔, 근치적 절제술 등 의학 용어를 쉬운 말로 설명합니다.",
            "en": "Plain-language explanations of medical terms such as NET, 5-HIAA, Octreoscan and radical resection.",
        },
    },
    Page.Key.NET: {
        "title": {"ko": "신경내분비종양", "en": "Neuroendocrine tumors (NETs)"},
        "lead": {
            "ko": (
                "신경내분비종양은 매우 드물고 치료가 어려운 종양입니다. "
                "종양이 생긴 위치와 특성에 따라 양상이 다르므로, 종양마다 알맞은 치료가 필요합니다."
            ),
            "en": (
                "Neuroendocrine tumors (NETs) are very rare and hard to treat. Each NET develops differently, "
                "depending on where it is and on its characteristics. So each NET needs its own treatment."
            ),
        },
        "meta_description": {
            "ko": "신경내분비종양이 무엇인지, 왜 종양마다 치료가 다른지 알기 쉽게 설명합니다.",
            "en": "What neuroendocrine tumors (NETs) are, and why each NET is treated differently.",
        },
    },
    Page.Key.DIAGNOSIS: {
        "title": {"ko": "진단과 검사", "en": "Diagnosis and tests"},
        "lead": {
            "ko": (
                "신경내분비종양을 진단하기 위해 혈액·소변 검사, 영상검사, 조직검사를 합니다. "
                "혈액·소변 검사에는 호르몬 검사와 24시간 소변 5-HIAA 검사가 있습니다. "
                "영상검사에는 전산화단층촬영(CT), 자기공명영상(MRI), 양전자방출단층촬영(PET), 옥트레오스캔이 있습니다."
            ),
            "en": (
                "To diagnose NETs, we use blood and urine tests, imaging tests and biopsies. "
                "Blood and urine tests include hormone tests and a urine test for 5-HIAA. "
                "Imaging tests include CT, MRI, PET and Octreoscan."
            ),
        },
        "meta_description": {
            "ko": "신경내분비종양 진단을 위한 호르몬 검사, 소변 5-HIAA 검사, CT·MRI·PET·옥트레오스캔, 조직검사를 소개합니다.",
            "en": "Tests used to diagnose NETs: hormone and urine 5-HIAA tests, CT, MRI, PET, Octreoscan and biopsy.",
        },
    },
    Page.Key.TREATMENT: {
        "title": {"ko": "치료", "en": "Treatment"},
        "lead": {
            "ko": (
                "신경내분비종양의 주된 치료는 종양을 완전히 제거하는 것을 목표로 하는 근치적 절제술입니다. "
                "환자 개개인의 상태에 따라 약물치료를 함께 합니다. "
                "간전이가 있으면 경동맥화학색전술이나 방사선치료를 고려할 수 있습니다. "
                "임상시험을 통해 최신 약물을 사용하기도 합니다."
            ),
            "en": (
                "The primary treatment for NETs is radical resection: surgery that aims to remove the tumor "
                "completely. Depending on each patient's condition, it is combined with medicines. "
                "If a NET has spread to the liver, transcatheter arterial chemoembolization (TACE) or radiation therapy "
                "may be considered. "
                "The latest drugs are also used as part of clinical trials."
            ),
        },
        "meta_description": {
            "ko": "신경내분비종양의 치료: 근치적 절제술, 약물치료, 간전이 치료, 임상시험.",
            "en": "How NETs are treated: radical resection, medicines, treatment of liver metastases and clinical trials.",
        },
    },
    Page.Key.RESEARCH: {
        "title": {"ko": "연구", "en": "Research"},
        "lead": {
            "ko": (
                "희귀암센터는 국내에서 유일하게 희귀암의 연구와 치료를 전문으로 하는 기관입니다. "
                "환자 한 분 한 분에게 가장 좋은 치료를 찾기 위해 연구합니다."
            ),
            "en": (
                "The Uncommon Cancer Center is the only institute in Korea dedicated to research and treatment "
                "of uncommon cancers. We do research to find the best treatment for each patient."
            ),
        },
        "meta_description": {
            "ko": "희귀암센터 신경내분비종양 클리닉의 임상연구와 중개연구를 소개합니다.",
            "en": "Clinical and translational research on neuroendocrine tumors at the Uncommon Cancer Center.",
        },
    },
    Page.Key.DEPARTMENTS: {
        "title": {"ko": "참여 진료과", "en": "Departments"},
        "lead": {
            "ko": (
                "신경내분비종양 클리닉에서는 혈액종양내과, 소화기내과, 위장관외과, 방사선종양학과, "
                "영상의학과의 전문의가 함께 진료합니다."
            ),
            "en": (
                "In the NET Clinic, specialists from five departments work together: hematology-oncology, "
                "gastroenterology, gastrointestinal surgery, radiation oncology and radiology."
            ),
        },
        "meta_description": {
            "ko": "신경내분비종양 클리닉에 참여하는 다섯 개 진료과를 소개합니다.",
            "en": "The five departments whose specialists work together in the NET Clinic.",
        },
    },
    Page.Key.CONTACT: {
        "title": {"ko": "연락처 및 오시는 길", "en": "Contact and visiting"},
        "lead": {
            "ko": "신경내분비종양 클리닉은 서울 삼성서울병원 희귀암센터에 있습니다.",
            "en": "The NET Clinic is part of the Uncommon Cancer Center at Samsung Medical Center in Seoul.",
        },
        "meta_description": {
            "ko": "삼성서울병원 희귀암센터 신경내분비종양 클리닉의 주소와 외국인 환자 문의 안내입니다.",
            "en": "Address of the NET Clinic at Samsung Medical Center, Seoul, and how international patients can get in touch.",
        },
    },
}

# Sections of each page, in the order they appear. Looked up by page and English title.
SECTIONS: dict[str, list[dict[str, dict[str, str]]]] = {
    Page.Key.CLINIC: [
        {
            "title": {"ko": "다학제 진료", "en": "A multidisciplinary team"},
            "body": {
                "ko": (
                    "신경내분비종양 클리닉에서는 혈액종양내과, 소화기내과, 위장관외과, 방사선종양학과, "
                    "영상의학과의 전문의가 함께 진료합니다. 여러 진료과의 전문의가 한 팀이 되어 환자를 함께 "
                    "진료하는 것을 다학제 진료라고 합니다.\n\n"
                    "이렇게 함께 진료하는 것은 정확한 진단과 알맞은 치료 계획, 신속한 치료를 위해서입니다."
                ),
                "en": (
                    "The NET Clinic brings together specialists in hematology-oncology, gastroenterology, "
                    "gastrointestinal surgery, radiation oncology and radiology. This is called multidisciplinary "
                    "care: doctors from different specialties work as one team and plan your care together.\n\n"
                    "They work together to give you an accurate diagnosis, a suitable treatment plan and quick "
                    "treatment."
                ),
            },
        },
        {
            "title": {"ko": "지지요법", "en": "Supportive care"},
            "body": {
                "ko": (
                    "증상을 덜고 환자의 삶의 질을 높이기 위해 다른 전문 클리닉과 협력합니다. "
                    "식이 관리, 스트레스 관리, 통증 관리도 제공합니다."
                ),
                "en": (
                    "To ease symptoms and improve our patients' quality of life, we work with other specialized "
                    "clinics. We also offer diet, stress and pain management."
                ),
            },
        },
    ],
    Page.Key.NET: [
        {
            "title": {"ko": "신경내분비종양이란", "en": "What NETs are"},
            "body": {
                "ko": (
                    "신경내분비종양은 신경내분비세포에서 생기는 종양입니다. 신경내분비세포는 몸의 여러 장기에 "
                    "있으며, 호르몬을 만들어 혈액으로 내보내는 세포입니다.\n\n"
                    "신경내분비종양은 매우 드물고 치료가 어려운 질환입니다."
                ),
                "en": (
                    "A neuroendocrine tumor (NET) is a tumor that starts in neuroendocrine cells. These cells are "
                    "found in many organs of the body. They make hormones and release them into the blood.\n\n"
                    "NETs are very rare and hard to treat."
                ),
            },
        },
        {
            "title": {"ko": "종양마다 치료가 다른 이유", "en": "Why each NET is treated differently"},
            "body": {
                "ko": (
                    "신경내분비종양은 생긴 위치와 병리학적·분자적 특성에 따라 양상이 다릅니다. "
                    "그래서 종양마다 치료 방법도 달라야 합니다.\n\n"
                    "병리학적 특성은 종양 세포를 현미경으로 보았을 때 나타나는 특징입니다. "
                    "분자적 특성은 종양 세포의 유전자와 단백질에 나타나는 특징입니다."
                ),
                "en": (
                    "NETs develop differently depending on where they are in the body and on their pathological "
                    "and molecular characteristics. So each NET should be treated differently.\n\n"
                    "Pathological characteristics are what the tumor cells look like under a microscope. "
                    "Molecular characteristics are features of the genes and proteins of the tumor cells."
                ),
            },
        },
        {
            "title": {"ko": "치료 전망", "en": "Outlook"},
            "body": {
                "ko": (
                    "신경내분비종양은 매우 드물고 치료가 어렵습니다. 그래도 숙련된 의료진의 근치적 절제술, "
                    "새로 승인된 여러 약물, 완화의료로 적절하고 적극적으로 치료받으면 더 오래 살 수 있습니다.\n\n"
                    "완화의료는 증상을 덜어 주고 삶의 질을 높이는 진료입니다."
                ),
                "en": (
                    "NETs are very rare and hard to treat. Even so, patients can live longer when they receive "
                    "proper and active treatment: radical resection by skilled doctors, a range of newly approved "
                    "medicines, and palliative care.\n\n"
                    "Palliative care is care that eases symptoms and improves quality of life."
                ),
            },
        },
    ],
    Page.Key.RESEARCH: [
        {
            "title": {"ko": "연구 방향", "en": "Our research focus"},
            "body": {
                "ko": (
                    "희귀암센터는 국내에서 유일하게 희귀암의 연구와 치료를 전문으로 하는 기관입니다. "
                    "신경내분비종양 치료의 기반을 마련하기 위해 새로운 약물, 표적치료제, 시술에 대한 "
                    "임상연구와 중개연구에 집중하고 있습니다.\n\n"
                    "임상연구는 환자가 참여하는 연구입니다. 중개연구는 실험실에서 얻은 연구 성과를 환자의 "
                    "진단과 치료로 이어 주는 연구입니다."
                ),
                "en": (
                    "The Uncommon Cancer Center is the only institute in Korea dedicated to research and treatment "
                    "of uncommon cancers. To lay the foundation for NET treatment, we focus on clinical and "
                    "translational research on new medicines, targeted agents and medical procedures.\n\n"
                    "Clinical research is research in which patients take part. Translational research turns "
                    "findings from the laboratory into new ways to diagnose and treat patients."
                ),
            },
        },
        {
            "title": {"ko": "연구 동향", "en": "Research trends"},
            "body": {
                "ko": (
                    "신경내분비종양은 위치와 병리학적·분자적 특성에 따라 양상이 다르므로 치료도 달라야 합니다. "
                    "각 환자의 상태에 맞는 치료법을 찾기 위한 연구가 활발히 이루어지고 있습니다."
                ),
                "en": (
                    "NETs develop differently depending on their location and their pathological and molecular "
                    "characteristics, so they should be treated differently. Extensive research is being done to "
                    "find the right treatment for each patient's condition."
                ),
            },
        },
        {
            "title": {"ko": "신경내분비종양 클리닉의 연구", "en": "Research in the NET Clinic"},
            "body": {
                "ko": "신경내분비종양 클리닉에서도 환자 한 분 한 분에게 가장 좋은 치료를 적용하기 위해 활발히 연구하고 있습니다.",
                "en": "In the NET Clinic, we also actively do research so that we can give each patient the best treatment.",
            },
        },
    ],
}

SUPPORTIVE_SERVICES: list[dict[str, dict[str, str]]] = [
    {
        "title": {"ko": "식이 관리", "en": "Diet management"},
        "description": {
            "ko": "증상을 덜고 삶의 질을 높일 수 있도록 식이 관리를 돕습니다.",
            "en": "Help with your diet, to ease symptoms and improve quality of life.",
        },
    },
    {
        "title": {"ko": "스트레스 관리", "en": "Stress management"},
        "description": {
            "ko": "삶의 질을 높일 수 있도록 스트레스 관리를 돕습니다.",
            "en": "Help with managing stress, to improve quality of life.",
        },
    },
    {
        "title": {"ko": "통증 관리", "en": "Pain management"},
        "description": {
            "ko": "증상을 덜고 삶의 질을 높일 수 있도록 통증 관리를 돕습니다.",
            "en": "Help with managing pain, to ease symptoms and improve quality of life.",
        },
    },
    {
        "title": {"ko": "다른 전문 클리닉과의 협력", "en": "Cooperation with other specialized clinics"},
        "description": {
            "ko": "증상을 덜고 삶의 질을 높이기 위해 다른 전문 클리닉과 협력합니다.",
            "en": "We work with other specialized clinics to ease symptoms and improve quality of life.",
        },
    },
]

DEPARTMENTS: list[dict[str, Any]] = [
    {
        "slug": "hematology-oncology",
        "name": {"ko": "혈액종양내과", "en": "Hematology-Oncology"},
        "summary": {
            "ko": "암과 혈액 질환을 진단하고 주로 약물로 치료하는 내과 분야입니다.",
            "en": "The branch of internal medicine that diagnoses cancers and blood diseases and treats them mainly with medicines.",
        },
        "description": {
            "ko": (
                "혈액종양내과는 암과 혈액 질환을 다루는 내과 분야입니다. 항암화학요법과 표적치료 같은 약물로 "
                "암을 치료합니다. 신경내분비종양 클리닉에서는 다른 네 개 진료과와 함께 진단하고 치료 계획을 세웁니다."
            ),
            "en": (
                "Hematology-oncology is the branch of internal medicine that deals with cancers and blood "
                "diseases. Its doctors treat cancer with medicines, such as chemotherapy and targeted therapy. "
                "In the NET Clinic, they work with the other four departments on diagnosis and treatment plans."
            ),
        },
    },
    {
        "slug": "gastroenterology",
        "name": {"ko": "소화기내과", "en": "Gastroenterology"},
        "summary": {
            "ko": "위, 장, 간, 췌장 등 소화기관의 질환을 진단하고 치료하는 내과 분야입니다.",
            "en": (
                "The branch of internal medicine that diagnoses and treats diseases of the digestive system, "
                "such as the stomach, intestines, liver and pancreas."
            ),
        },
        "description": {
            "ko": (
                "소화기내과는 식도, 위, 장, 간, 담낭, 췌장 등 소화기관의 질환을 진단하고 치료하는 내과 분야입니다. "
                "신경내분비종양 클리닉에서는 다른 네 개 진료과와 함께 진단하고 치료 계획을 세웁니다."
            ),
            "en": (
                "Gastroenterology is the branch of internal medicine that diagnoses and treats diseases of the "
                "digestive system: the esophagus, stomach, intestines, liver, gallbladder and pancreas. "
                "In the NET Clinic, gastroenterologists work with the other four departments on diagnosis and "
                "treatment plans."
            ),
        },
    },
    {
        "slug": "gastrointestinal-surgery",
        "name": {"ko": "위장관외과", "en": "Gastrointestinal Surgery"},
        "summary": {
            "ko": "위와 장 등 소화관의 질환을 수술로 치료하는 외과 분야입니다.",
            "en": "The branch of surgery that treats diseases of the digestive tract, such as the stomach and intestines.",
        },
        "description": {
            "ko": (
                "위장관외과는 외과의 한 분야로, 위와 장 등 소화관의 질환을 수술로 치료합니다. "
                "신경내분비종양 클리닉에서는 신경내분비종양의 주된 치료인 근치적 절제술을 시행하고, "
                "다른 진료과와 함께 치료 계획을 세웁니다."
            ),
            "en": (
                "Gastrointestinal surgery is a branch of surgery. It treats diseases of the digestive tract, "
                "such as the stomach and intestines, with operations. In the NET Clinic, surgeons perform "
                "radical resection, the primary treatment for NETs, and plan treatment with the other departments."
            ),
        },
    },
    {
        "slug": "radiation-oncology",
        "name": {"ko": "방사선종양학과", "en": "Radiation Oncology"},
        "summary": {
            "ko": "방사선으로 암을 치료하는 진료과입니다.",
            "en": "The specialty that treats cancer with radiation.",
        },
        "description": {
            "ko": (
                "방사선종양학과는 방사선치료로 암을 치료하는 진료과입니다. 방사선치료는 높은 에너지의 방사선으로 "
                "암세포를 파괴하거나 자라지 못하게 하는 치료입니다. 신경내분비종양 클리닉에서는 치료 계획에 "
                "방사선치료가 포함될 때 이를 담당합니다."
            ),
            "en": (
                "Radiation oncology is the specialty that treats cancer with radiation therapy. Radiation therapy "
                "uses high-energy rays to destroy cancer cells or stop them from growing. In the NET Clinic, "
                "radiation oncologists give radiation therapy when it is part of a patient's treatment plan."
            ),
        },
    },
    {
        "slug": "radiology",
        "name": {"ko": "영상의학과", "en": "Radiology"},
        "summary": {
            "ko": "CT, MRI 등 의료 영상으로 몸 안을 살펴 질병을 진단하는 진료과입니다.",
            "en": "The specialty that uses medical images, such as CT and MRI, to look inside the body and find disease.",
        },
        "description": {
            "ko": (
                "영상의학과는 의료 영상을 촬영하고 판독하는 진료과입니다. 신경내분비종양 클리닉에서는 "
                "CT와 MRI 같은 영상검사로 진단과 치료 계획에 참여합니다."
            ),
            "en": (
                "Radiology is the specialty that takes and reads medical images of the inside of the body. "
                "In the NET Clinic, radiologists take part in diagnosis and treatment planning through imaging "
                "tests such as CT and MRI."
            ),
        },
    },
]

TEST_GROUPS: list[dict[str, Any]] = [
    {
        "slug": "laboratory",
        "name": {"ko": "혈액·소변 검사", "en": "Blood and urine tests"},
        "summary": {
            "ko": "혈액이나 소변을 채취해 검사실에서 분석하는 검사입니다.",
            "en": "Tests on samples of blood or urine, done in a laboratory.",
        },
        "description": {
            "ko": (
                "혈액이나 소변 검체에 들어 있는 물질의 양을 측정하는 검사입니다. "
                "신경내분비종양을 진단할 때는 호르몬 검사와 24시간 소변 5-HIAA 검사를 합니다."
            ),
            "en": (
                "These tests measure substances in samples of blood or urine. "
                "For NETs, they include hormone tests and the 24-hour urine 5-HIAA test."
            ),
        },
        "tests": [
            {
                "name": {"ko": "호르몬 검사", "en": "Hormone tests"},
                "description": {
                    "ko": (
                        "일부 신경내분비종양은 호르몬 등의 물질을 분비합니다. "
                        "호르몬 검사는 혈액이나 소변에서 이런 물질의 양을 측정하는 검사입니다."
                    ),
                    "en": (
                        "Some NETs release hormones or other substances. "
                        "Hormone tests measure the amount of these substances in the blood or urine."
                    ),
                },
            },
            {
                "name": {
                    "ko": "24시간 소변 5-HIAA(5-히드록시인돌아세트산) 검사",
                    "en": "24-hour urine 5-HIAA test",
                },
                "description": {
                    "ko": (
                        "5-HIAA(5-히드록시인돌아세트산)는 몸이 호르몬인 세로토닌을 분해할 때 생기는 물질입니다. "
                        "24시간 동안 나온 소변을 모두 모아 그 안의 5-HIAA 양을 측정합니다."
                    ),
                    "en": (
                        "5-HIAA (5-hydroxyindoleacetic acid) is a substance the body makes when it breaks down "
                        "the hormone serotonin. For this test, you collect all your urine for 24 hours, and the "
                        "amount of 5-HIAA in it is measured."
                    ),
                },
            },
        ],
    },
    {
        "slug": "imaging",
        "name": {"ko": "영상검사", "en": "Imaging tests"},
        "summary": {
            "ko": "몸 안을 영상으로 촬영하는 검사입니다.",
            "en": "Tests that take pictures of the inside of the body.",
        },
        "description": {
            "ko": (
                "영상검사는 몸 안을 영상으로 보여 주는 검사입니다. 종양의 위치와 크기, 퍼진 정도를 확인할 수 "
                "있습니다. 전산화단층촬영(CT), 자기공명영상(MRI), 양전자방출단층촬영(PET), 옥트레오스캔을 합니다."
            ),
            "en": (
                "Imaging tests make pictures of the inside of the body. They can show where a tumor is, how large "
                "it is and whether it has spread. The tests we use include CT, MRI, PET and Octreoscan."
            ),
        },
        "tests": [
            {
                "name": {"ko": "전산화단층촬영(CT)", "en": "CT (computed tomography)"},
                "description": {
                    "ko": "여러 각도에서 X선 영상을 찍은 뒤, 컴퓨터로 합쳐 몸의 단면 영상을 만드는 검사입니다.",
                    "en": (
                        "CT takes X-ray images from many angles. "
                        "A computer combines them into cross-sectional pictures of the body."
                    ),
                },
            },
            {
                "name": {"ko": "자기공명영상(MRI)", "en": "MRI (magnetic resonance imaging)"},
                "description": {
                    "ko": "X선 대신 강한 자석과 전파를 이용해 몸 안을 자세히 보여 주는 영상을 만드는 검사입니다.",
                    "en": (
                        "MRI uses a strong magnet and radio waves, not X-rays, "
                        "to make detailed pictures of the inside of the body."
                    ),
                },
            },
            {
                "name": {"ko": "양전자방출단층촬영(PET)", "en": "PET (positron emission tomography)"},
                "description": {
                    "ko": (
                        "소량의 방사성 물질을 주사한 뒤, 이 물질이 몸 안에 퍼진 모습을 촬영하는 검사입니다. "
                        "몸의 조직이 어떻게 활동하는지 보여 줍니다."
                    ),
                    "en": (
                        "For PET, a small amount of a radioactive substance is injected. A scanner detects it "
                        "and makes pictures that show how the tissues of the body are working."
                    ),
                },
            },
            {
                "name": {
                    "ko": "옥트레오스캔(소마토스타틴 수용체 신티그래피)",
                    "en": "Octreoscan (somatostatin receptor scintigraphy)",
                },
                "description": {
                    "ko": (
                        "많은 신경내분비종양의 세포에는 호르몬인 소마토스타틴이 결합하는 수용체가 있습니다. "
                        "이 수용체에 붙는 소량의 방사성 물질을 주사한 뒤, 특수 카메라로 이 물질이 모인 곳을 "
                        "촬영하는 검사입니다."
                    ),
                    "en": (
                        "The cells of many NETs have receptors for the hormone somatostatin. For this test, a small "
                        "amount of a radioactive substance that attaches to these receptors is injected. "
                        "A special camera then takes pictures of where it collects in the body."
                    ),
                },
            },
        ],
    },
    {
        "slug": "pathology",
        "name": {"ko": "병리검사", "en": "Pathology tests"},
        "summary": {
            "ko": "몸에서 떼어 낸 조직이나 세포를 현미경으로 살펴보는 검사입니다.",
            "en": "Tests that examine tissue or cells from the body under a microscope.",
        },
        "description": {
            "ko": (
                "병리검사는 조직이나 세포를 현미경으로 살펴보는 검사입니다. "
                "이를 통해 어떤 종류의 종양인지, 어떤 특성이 있는지 알 수 있습니다."
            ),
            "en": (
                "Pathology tests look at tissue or cells under a microscope. "
                "They show what kind of tumor it is and what its characteristics are."
            ),
        },
        "tests": [
            {
                "name": {"ko": "조직검사(생검)", "en": "Biopsy"},
                "description": {
                    "ko": (
                        "몸에서 작은 조직을 떼어 내는 검사입니다. 병리과 전문의가 이 조직을 현미경으로 살펴보고 "
                        "어떤 종류의 종양인지, 어떤 특성이 있는지 확인합니다."
                    ),
                    "en": (
                        "A biopsy takes a small piece of tissue from the body. A pathologist examines it under a "
                        "microscope to find out what kind of tumor it is and what its characteristics are."
                    ),
                },
            },
        ],
    },
]

SOMATOSTATIN_ANALOGUE = {"ko": "소마토스타틴 유사체", "en": "Somatostatin analogue"}
NO_DRUG_CLASS = EMPTY

TREATMENT_APPROACHES: list[dict[str, Any]] = [
    {
        "slug": "surgery",
        "name": {"ko": "수술", "en": "Surgery"},
        "summary": {
            "ko": "신경내분비종양의 주된 치료는 근치적 절제술입니다.",
            "en": "The primary treatment for NETs is radical resection.",
        },
        "description": {
            "ko": (
                "신경내분비종양의 주된 치료는 근치적 절제술입니다. 근치적 절제술은 종양을 완전히 제거하는 것을 "
                "목표로 하는 수술입니다. 환자 개개인의 상태에 따라 약물치료를 함께 합니다."
            ),
            "en": (
                "The primary treatment for NETs is radical resection. This is surgery that aims to remove the "
                "tumor completely. Depending on each patient's condition, it is combined with medicines."
            ),
        },
        "treatments": [
            {
                "name": {"ko": "근치적 절제술", "en": "Radical resection"},
                "drug_class": NO_DRUG_CLASS,
                "description": {
                    "ko": "종양을 완전히 제거하는 것을 목표로 하는 수술입니다. 신경내분비종양의 주된 치료입니다.",
                    "en": "Surgery that aims to remove the tumor completely. It is the primary treatment for NETs.",
                },
            },
        ],
    },
    {
        "slug": "medicines",
        "name": {"ko": "약물치료", "en": "Medicines"},
        "summary": {
            "ko": "환자 개개인의 상태에 따라 수술과 함께 표적치료, 항암화학요법 등의 약물치료를 합니다.",
            "en": (
                "Depending on each patient's condition, surgery is combined with medicines, "
                "such as targeted therapy and chemotherapy."
            ),
        },
        "description": {
            "ko": (
                "환자 개개인의 상태에 따라 근치적 절제술과 함께 표적치료, 항암화학요법 등의 약물치료를 합니다. "
                "사용하는 약물에는 옥트레오티드, 란레오티드, 파시레오타이드, 인터페론 알파, 에베로리무스, "
                "수니티닙이 있습니다.\n\n"
                "표적치료는 암세포의 특정 분자에 작용하는 약물로 치료하는 방법입니다. 항암화학요법은 암세포를 "
                "죽이거나 분열하지 못하게 하는 약물로 치료하는 방법입니다."
            ),
            "en": (
                "Depending on each patient's condition, radical resection is combined with medicines, such as "
                "targeted therapy and chemotherapy. The medicines used include octreotide, lanreotide, "
                "pasireotide, interferon-α, everolimus and sunitinib.\n\n"
                "Targeted therapy uses medicines that act on specific molecules in cancer cells. Chemotherapy "
                "uses medicines that kill cancer cells or stop them from dividing."
            ),
        },
        "treatments": [
            {
                "name": {"ko": "옥트레오티드", "en": "Octreotide"},
                "drug_class": SOMATOSTATIN_ANALOGUE,
                "description": {
                    "ko": (
                        "옥트레오티드(제품 표시명: 옥트레오티드아세트산염)는 소마토스타틴 유사체입니다. "
                        "우리 몸의 호르몬인 소마토스타틴처럼 작용하는 약입니다."
                    ),
                    "en": (
                        "Octreotide (on the label: octreotide acetate) is a somatostatin analogue. "
                        "It is a medicine that acts like somatostatin, a hormone the body makes."
                    ),
                },
            },
            {
                "name": {"ko": "란레오티드", "en": "Lanreotide"},
                "drug_class": SOMATOSTATIN_ANALOGUE,
                "description": {
                    "ko": "란레오티드는 소마토스타틴 유사체입니다. 우리 몸의 호르몬인 소마토스타틴처럼 작용하는 약입니다.",
                    "en": (
                        "Lanreotide is a somatostatin analogue. "
                        "It is a medicine that acts like somatostatin, a hormone the body makes."
                    ),
                },
            },
            {
                "name": {"ko": "파시레오타이드", "en": "Pasireotide"},
                "drug_class": SOMATOSTATIN_ANALOGUE,
                "description": {
                    "ko": "파시레오타이드는 소마토스타틴 유사체입니다. 우리 몸의 호르몬인 소마토스타틴처럼 작용하는 약입니다.",
                    "en": (
                        "Pasireotide is a somatostatin analogue. "
                        "It is a medicine that acts like somatostatin, a hormone the body makes."
                    ),
                },
            },
            {
                "name": {"ko": "인터페론 알파", "en": "Interferon-α"},
                "drug_class": {"ko": "면역치료", "en": "Immunotherapy"},
                "description": {
                    "ko": (
                        "인터페론 알파는 우리 몸의 면역계가 만드는 단백질인 인터페론 알파를 약으로 만든 것입니다. "
                        "면역계를 통해 작용하는 면역치료의 한 종류입니다."
                    ),
                    "en": (
                        "Interferon-α is a man-made form of interferon alpha, a protein that the body's immune "
                        "system makes. It is a type of immunotherapy: treatment that works through the immune system."
                    ),
                },
            },
            {
                "name": {"ko": "에베로리무스", "en": "Everolimus"},
                "drug_class": {"ko": "mTOR 억제제", "en": "mTOR inhibitor"},
                "description": {
                    "ko": (
                        "에베로리무스는 mTOR 억제제로, 표적치료제의 한 종류입니다. "
                        "mTOR는 세포의 성장과 분열을 조절하는 데 관여하는 단백질이며, 이 약은 mTOR의 작용을 막습니다."
                    ),
                    "en": (
                        "Everolimus is an mTOR inhibitor, a kind of targeted therapy. mTOR is a protein that helps "
                        "control how cells grow and divide. This medicine blocks it."
                    ),
                },
            },
            {
                "name": {"ko": "수니티닙", "en": "Sunitinib"},
                "drug_class": {"ko": "티로신 키나제 억제제", "en": "Tyrosine kinase inhibitor"},
                "description": {
                    "ko": (
                        "수니티닙은 티로신 키나제 억제제로, 표적치료제의 한 종류입니다. 티로신 키나제는 세포가 "
                        "자라도록 하는 신호를 전달하는 단백질이며, 이 약은 티로신 키나제의 작용을 막습니다."
                    ),
                    "en": (
                        "Sunitinib is a tyrosine kinase inhibitor, a kind of targeted therapy. Tyrosine kinases "
                        "are proteins that pass on signals telling cells to grow. This medicine blocks them."
                    ),
                },
            },
        ],
    },
    {
        "slug": "liver-metastases",
        "name": {"ko": "간전이 치료", "en": "Treatment of liver metastases"},
        "summary": {
            "ko": "간전이가 있으면 경동맥화학색전술이나 방사선치료를 고려할 수 있습니다.",
            "en": (
                "If a NET has spread to the liver, transcatheter arterial chemoembolization (TACE) "
                "or radiation therapy may be considered."
            ),
        },
        "description": {
            "ko": (
                "간전이는 처음 생긴 곳에서 간으로 퍼진 종양입니다. "
                "간전이가 있으면 경동맥화학색전술이나 방사선치료를 고려할 수 있습니다."
            ),
            "en": (
                "A liver metastasis is a tumor that has spread to the liver from where it started. "
                "If there are liver metastases, transcatheter arterial chemoembolization (TACE) or radiation "
                "therapy may be considered."
            ),
        },
        "treatments": [
            {
                "name": {"ko": "경동맥화학색전술(TACE)", "en": "Transcatheter arterial chemoembolization (TACE)"},
                "drug_class": NO_DRUG_CLASS,
                "description": {
                    "ko": (
                        "가느다란 관(카테터)을 혈관을 통해 간의 종양으로 가는 동맥까지 넣습니다. "
                        "이 관으로 항암제를 넣은 뒤 동맥을 막아 종양으로 가는 혈액을 줄이는 치료입니다."
                    ),
                    "en": (
                        "A thin tube (catheter) is passed through the blood vessels to the artery that feeds the "
                        "tumor in the liver. Anticancer medicine is given through the tube, and the artery is then "
                        "blocked to cut down the tumor's blood supply."
                    ),
                },
            },
            {
                "name": {"ko": "방사선치료", "en": "Radiation therapy"},
                "drug_class": NO_DRUG_CLASS,
                "description": {
                    "ko": "높은 에너지의 방사선으로 암세포를 파괴하거나 자라지 못하게 하는 치료입니다.",
                    "en": "Treatment that uses high-energy rays to destroy cancer cells or stop them from growing.",
                },
            },
        ],
    },
    {
        "slug": "clinical-trials",
        "name": {"ko": "임상시험", "en": "Clinical trials"},
        "summary": {
            "ko": "임상시험을 통해 최신 약물을 신경내분비종양 치료에 사용하기도 합니다.",
            "en": "The latest drugs are also used to treat NETs as part of clinical trials.",
        },
        "description": {
            "ko": (
                "최근에는 임상시험을 통해 최신 약물을 신경내분비종양 치료에 사용하기도 합니다.\n\n"
                "임상시험은 새로운 치료법이 안전하고 효과가 있는지 확인하기 위해, 엄격한 기준에 따라 환자를 "
                "대상으로 진행하는 연구입니다."
            ),
            "en": (
                "Recently, the latest drugs have also been used to treat NETs as part of clinical trials.\n\n"
                "A clinical trial is a research study in patients that follows strict rules. "
                "It tests whether a new treatment is safe and effective."
            ),
        },
        "treatments": [],
    },
]


def english_lookup(field: str, item: dict[str, Any], order: int) -> tuple[dict[str, Any], dict[str, Any]]:
    """Split an item into a lookup on its English `field` and the values to create it with.

    The English text is the lookup, so the values keep only the Korean text of that field.
    """
    lookup = {f"{field}_en": item[field]["en"]}
    values = {**item, field: {"ko": item[field]["ko"]}, "order": order}
    return lookup, values


def without(item: dict[str, Any], *keys: str) -> dict[str, Any]:
    """The item without the given keys (the slug that is the lookup, the nested children)."""
    return {key: value for key, value in item.items() if key not in keys}


def load(loader: Loader) -> None:
    loader.ensure(Clinic, {"pk": 1}, CLINIC)

    pages = {key: loader.ensure(Page, {"key": key}, values) for key, values in PAGES.items()}
    # Parents are looked up by primary key: their titles, which str() shows, may be edited by staff.
    for key, sections in SECTIONS.items():
        page = pages[key]
        if page is None:
            continue
        for position, section in enumerate(sections, start=1):
            lookup, values = english_lookup("title", section, 10 * position)
            loader.ensure(Section, {"page_id": page.pk, **lookup}, values)

    for position, service in enumerate(SUPPORTIVE_SERVICES, start=1):
        lookup, values = english_lookup("title", service, 10 * position)
        loader.ensure(SupportiveService, lookup, values)

    for position, department in enumerate(DEPARTMENTS, start=1):
        values = {**without(department, "slug"), "order": 10 * position}
        loader.ensure(Department, {"slug": department["slug"]}, values)

    for position, group_item in enumerate(TEST_GROUPS, start=1):
        values = {**without(group_item, "slug", "tests"), "order": 10 * position}
        group = loader.ensure(TestGroup, {"slug": group_item["slug"]}, values)
        if group is None:
            continue
        for test_position, test in enumerate(group_item["tests"], start=1):
            lookup, values = english_lookup("name", test, 10 * test_position)
            loader.ensure(DiagnosticTest, {"group_id": group.pk, **lookup}, values)

    for position, approach_item in enumerate(TREATMENT_APPROACHES, start=1):
        values = {**without(approach_item, "slug", "treatments"), "order": 10 * position}
        approach = loader.ensure(TreatmentApproach, {"slug": approach_item["slug"]}, values)
        if approach is None:
            continue
        for treatment_position, treatment in enumerate(approach_item["treatments"], start=1):
            lookup, values = english_lookup("name", treatment, 10 * treatment_position)
            loader.ensure(Treatment, {"approach_id": approach.pk, **lookup}, values)

    seed_glossary.load(loader)
