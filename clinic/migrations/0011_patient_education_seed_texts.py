"""Seed texts for patients (issue 24) in databases seeded before: the NETs page no longer
calls NETs "very rare and hard to treat" and says surgery is one path among several and
that palliative care is for any stage; the surgery and liver-metastases pages likewise
("two treatments" was wrong); the 5-HIAA test says how to prepare, the PET test explains
somatostatin receptor PET, the medicines page what somatostatin analogues do and their
side effects, the diet service what helps with carcinoid syndrome, each with its source;
the treatment page no longer says every treatment on it is the clinic's own.

A column changes only where it still holds exactly the old seed text: what staff edited
stays, and each changed item's history keeps its previous text. The old and new texts are
written out here, not read from the seed files."""

from django.db import migrations

from content.seeding import correct_seed_texts

# {seed record key: {column: (old seed text, new seed text)}}
CHANGES = {
    "clinic.page:net": {
        "lead_ko": (
            "신경내분비종양은 매우 드물고 치료가 어려운 종양입니다. 신경내분비종양이 무엇인지, 왜 종양마다 치료가 다른지, 치료 전망은 어떤지 알아봅니다.",
            "신경내분비종양은 드문 종양이며, 종양마다 양상이 다릅니다. 천천히 자라는 경우가 많습니다. 신경내분비종양이 무엇인지, 어디에 생기는지, 병리 결과지가 무엇을 말하는지, 의료진에게 무엇을 물어보면 좋은지 알아봅니다.",
        ),
        "lead_en": (
            "Neuroendocrine tumors (NETs) are very rare and hard to treat. This page explains what they are, why each one is treated differently, and what the outlook is.",
            "Neuroendocrine tumors (NETs) are rare, and each one behaves differently; many grow slowly. This page explains what NETs are, where they start, what your pathology report says, and what to ask your doctor.",
        ),
    },
    "clinic.section:net/outlook": {
        "body_ko": (
            "치료가 어려운 종양이지만, 적절하고 적극적으로 치료받으면 더 오래 살 수 있습니다. 숙련된 의료진의 근치적 절제술, 새로 승인된 여러 약물, 완화의료가 그런 치료입니다.\n\n완화의료는 증상을 덜어 주고 삶의 질을 높이는 진료입니다.",
            "적절하고 적극적으로 치료받으면 더 오래 살 수 있습니다. 숙련된 의료진의 수술, 새로 승인된 여러 약물, 완화의료가 그런 치료입니다.\n\n종양을 완전히 떼어 낼 수 있으면 수술이 주된 치료입니다. 약물치료, 간을 겨냥한 치료, 방사성리간드치료(PRRT)는 수술과 함께 또는 수술 대신 씁니다. 환자에게 맞는 치료는 여러 진료과 의료진이 환자와 함께 정합니다.\n\n완화의료는 생애 말기에만 받는 진료가 아닙니다. 병의 어느 단계에서나 다른 치료와 함께 받을 수 있습니다.",
        ),
        "body_en": (
            "Even though NETs are hard to treat, patients can live longer when they receive proper and active treatment: radical resection by skilled doctors, a range of newly approved medicines, and palliative care.\n\nPalliative care is care that eases symptoms and improves quality of life.",
            "With proper and active treatment, patients can live longer: surgery by skilled doctors, a range of newly approved medicines, and palliative care.\n\nSurgery is the main treatment when the tumor can be removed completely. Medicines, treatments aimed at the liver and radioligand therapy (PRRT) are used with it or instead of it. A team of specialists decides with you which is right for you.\n\nPalliative care is not only for the end of life: it can be given at any stage of the illness, alongside other treatment.",
        ),
    },
    "clinic.diagnostictest:laboratory/24-hour-urine-5-hiaa-test": {
        "description_ko": (
            "5-HIAA(5-히드록시인돌아세트산)는 몸이 호르몬인 세로토닌을 분해할 때 생기는 물질입니다. 24시간 동안 나온 소변을 모두 모아 그 안의 5-HIAA 양을 측정합니다.",
            "5-HIAA(5-히드록시인돌아세트산)는 몸이 호르몬인 세로토닌을 분해할 때 생기는 물질입니다. 24시간 동안 나온 소변을 모두 모아 그 안의 5-HIAA 양을 측정합니다.\n\n**검사 준비**: 소변을 모으기 약 3일 전부터 다 모을 때까지 세로토닌이 많은 음식을 피하세요. 바나나, 아보카도, 파인애플, 자두, 토마토, 키위, 호두, 가지가 그런 음식입니다. 지금 드시는 약 가운데 잠시 중단해야 할 약이 있는지 의료진에게 물어보세요. 24시간 동안 나온 소변은 한 방울도 빠짐없이 모아야 합니다. 음식과 약에 대한 자세한 안내는 담당 의료진이 해 드립니다.\n\n출처: Neuroendocrine Tumor Research Foundation, [5-HIAA tests](https://netrf.org/for-patients/diagnostic-tests/5-hiaa-tests/)",
        ),
        "description_en": (
            "5-HIAA (5-hydroxyindoleacetic acid) is a substance the body makes when it breaks down the hormone serotonin. For this test, you collect all your urine for 24 hours, and the amount of 5-HIAA in it is measured.",
            "5-HIAA (5-hydroxyindoleacetic acid) is a substance the body makes when it breaks down the hormone serotonin. For this test, you collect all your urine for 24 hours, and the amount of 5-HIAA in it is measured.\n\n**Preparing for the test**: for about 3 days before and during the collection, avoid foods rich in serotonin: banana, avocado, pineapple, plum, tomato, kiwi, walnut and eggplant. Ask your care team which of your medicines to pause. Keep every drop of urine passed in the 24 hours. Your care team will give you the details.\n\nSource: Neuroendocrine Tumor Research Foundation, [5-HIAA tests](https://netrf.org/for-patients/diagnostic-tests/5-hiaa-tests/)",
        ),
    },
    "clinic.diagnostictest:imaging/pet-positron-emission-tomography": {
        "description_ko": (
            "소량의 방사성 물질을 주사한 뒤, 이 물질이 몸 안에 퍼진 모습을 촬영하는 검사입니다. 몸의 조직이 어떻게 활동하는지 보여 줍니다.",
            "소량의 방사성 물질을 주사한 뒤, 이 물질이 몸 안에 퍼진 모습을 촬영하는 검사입니다. 몸의 조직이 어떻게 활동하는지 보여 줍니다.\n\n신경내분비종양에는 **소마토스타틴 수용체 PET**(예: 갈륨-68 DOTATATE PET/CT) 검사를 하기도 합니다. 종양에 소마토스타틴 수용체가 있는지 보여 주므로, 소마토스타틴 유사체나 방사성리간드치료(PRRT)가 맞는지 정하는 데 도움이 됩니다. 많은 병원에서 옥트레오스캔 대신 이 검사를 합니다. 이 병원에서 어떤 검사를 하는지는 의료진이 알려 드립니다.\n\n출처: Cancer Research UK, [Peptide receptor radionuclide therapy (PRRT)](https://www.cancerresearchuk.org/about-cancer/neuroendocrine-tumours-nets/treatment/peptide-receptor-radionuclide-therapy-prrt)",
        ),
        "description_en": (
            "For PET, a small amount of a radioactive substance is injected. A scanner detects it and makes pictures that show how the tissues of the body are working.",
            "For PET, a small amount of a radioactive substance is injected. A scanner detects it and makes pictures that show how the tissues of the body are working.\n\nFor NETs, a **somatostatin receptor PET** scan (such as a gallium-68 DOTATATE PET/CT) may be used. It shows whether a NET carries somatostatin receptors, which helps decide whether somatostatin analogues or radioligand therapy (PRRT) may suit you. In many hospitals it has replaced the Octreoscan. Your care team will tell you which scan this hospital uses.\n\nSource: Cancer Research UK, [Peptide receptor radionuclide therapy (PRRT)](https://www.cancerresearchuk.org/about-cancer/neuroendocrine-tumours-nets/treatment/peptide-receptor-radionuclide-therapy-prrt)",
        ),
    },
    "clinic.treatmentapproach:surgery": {
        "summary_ko": (
            "신경내분비종양의 주된 치료는 수술입니다.",
            "종양을 완전히 떼어 낼 수 있으면 수술이 주된 치료입니다. 약물치료나 다른 치료를 수술과 함께 하거나 수술 대신 하기도 합니다.",
        ),
        "summary_en": (
            "Surgery is the primary treatment for NETs.",
            "Surgery is the main treatment when the tumor can be removed completely. Medicines and other treatments are used with it or instead of it.",
        ),
        "description_ko": (
            "수술 방법은 근치적 절제술입니다. 환자 개개인의 상태에 따라 수술과 함께 약물치료를 합니다.",
            "수술 방법은 근치적 절제술입니다. 환자 개개인의 상태에 따라 수술과 함께 약물치료, 간에 직접 하는 치료, 방사성리간드치료(PRRT)를 하거나, 수술 대신 이런 치료를 합니다.",
        ),
        "description_en": (
            "The operation is called radical resection. Depending on each patient's condition, it is combined with medicines.",
            "The operation is called radical resection. Depending on each patient's condition, medicines, treatments aimed at the liver or radioligand therapy (PRRT) are used with surgery or instead of it.",
        ),
    },
    "clinic.treatmentapproach:liver-metastases": {
        "description_ko": (
            "간전이는 종양이 처음 생긴 곳에서 간으로 퍼진 것을 말합니다. 아래에서 두 가지 치료를 설명합니다.",
            "간전이는 종양이 처음 생긴 곳에서 간으로 퍼진 것을 말합니다. 아래에서 간에 직접 하는 치료 두 가지를 설명합니다. 수술, 약물치료, 방사성리간드치료(PRRT)도 치료 계획에 들어갈 수 있습니다.",
        ),
        "description_en": (
            "A liver metastasis is a tumor that has spread to the liver from where it started. The two treatments are described below.",
            "A liver metastasis is a tumor that has spread to the liver from where it started. Two treatments aimed at the liver are described below; surgery, medicines and radioligand therapy (PRRT) may also be part of the plan.",
        ),
    },
    "clinic.treatmentapproach:medicines": {
        "description_ko": (
            "환자 개개인의 상태에 따라 근치적 절제술과 함께 약물치료를 합니다. 이 페이지에서 소개하는 약은 세 가지 종류입니다.\n\n- **호르몬치료**: 소마토스타틴 유사체인 옥트레오티드, 란레오티드, 파시레오타이드.\n- **표적치료**: 에베로리무스, 수니티닙. 암세포의 특정 분자에 작용하는 약입니다.\n- **면역치료**: 인터페론 알파. 우리 몸의 면역계를 통해 작용합니다.\n\n항암화학요법(암세포를 죽이거나 분열하지 못하게 하는 약으로 치료하는 방법)도 환자의 상태에 따라 쓰지만, 이 페이지의 약은 항암화학요법제가 아닙니다.",
            "환자 개개인의 상태에 따라 근치적 절제술과 함께 약물치료를 합니다. 이 페이지에서 소개하는 약은 세 가지 종류입니다.\n\n- **호르몬치료**: 소마토스타틴 유사체인 옥트레오티드, 란레오티드, 파시레오타이드.\n- **표적치료**: 에베로리무스, 수니티닙. 암세포의 특정 분자에 작용하는 약입니다.\n- **면역치료**: 인터페론 알파. 우리 몸의 면역계를 통해 작용합니다.\n\n항암화학요법(암세포를 죽이거나 분열하지 못하게 하는 약으로 치료하는 방법)도 환자의 상태에 따라 쓰지만, 이 페이지의 약은 항암화학요법제가 아닙니다.\n\n**소마토스타틴 유사체가 하는 일**: 호르몬이 나오는 것을 줄여 얼굴이 붉어지며 화끈거리는 증상과 설사를 덜어 주고, 종양이 자라는 것을 늦출 수 있습니다. 흔한 부작용은 복통, 묽거나 색이 옅은 변, 메스꺼움, 주사 부위의 통증이며, 오래 쓰면 담석이 생길 수 있습니다. 란레오티드는 교육을 받은 뒤 환자나 보호자가 직접 주사할 수 있습니다.\n\n출처: Cancer Research UK, [Somatostatin analogues](https://www.cancerresearchuk.org/about-cancer/neuroendocrine-tumours-nets/treatment/somatostatin-analogues)",
        ),
        "description_en": (
            "Depending on each patient's condition, radical resection is combined with medicines. The medicines on this page are of three kinds:\n\n- **Hormone therapy**: the somatostatin analogues octreotide, lanreotide and pasireotide.\n- **Targeted therapy**: everolimus and sunitinib. They act on specific molecules in cancer cells.\n- **Immunotherapy**: interferon-α. It works through the body's immune system.\n\nChemotherapy (medicines that kill cancer cells or stop them from dividing) may also be used, depending on each patient's condition, but none of the medicines on this page is chemotherapy.",
            "Depending on each patient's condition, radical resection is combined with medicines. The medicines on this page are of three kinds:\n\n- **Hormone therapy**: the somatostatin analogues octreotide, lanreotide and pasireotide.\n- **Targeted therapy**: everolimus and sunitinib. They act on specific molecules in cancer cells.\n- **Immunotherapy**: interferon-α. It works through the body's immune system.\n\nChemotherapy (medicines that kill cancer cells or stop them from dividing) may also be used, depending on each patient's condition, but none of the medicines on this page is chemotherapy.\n\n**What somatostatin analogues do**: they lower the release of hormones, ease flushing and diarrhea, and can slow the tumor's growth. Common side effects are stomach cramps, loose or pale stools, feeling sick (nausea) and pain where the injection is given; over years, gallstones can form. Lanreotide can be injected by the patient or a carer after training.\n\nSource: Cancer Research UK, [Somatostatin analogues](https://www.cancerresearchuk.org/about-cancer/neuroendocrine-tumours-nets/treatment/somatostatin-analogues)",
        ),
    },
    "clinic.supportiveservice:diet-management": {
        "description_ko": (
            "식단과 영양 관리를 돕습니다.",
            "식단과 영양 관리를 돕습니다.\n\n카르시노이드 증후군이 있으면 조금씩 자주 먹고 물을 충분히 마시는 것이 좋습니다. 과식, 술, 매운 음식은 얼굴이 붉어지며 화끈거리는 증상을 일으킬 수 있습니다. 카르시노이드 증후군이 있으면 나이아신(비타민 B3)이 부족해질 수 있으므로, 영양제를 먹기 전에 의료진과 상의하세요.\n\n출처: Carcinoid Cancer Foundation, [Nutritional concerns](https://www.carcinoid.org/faq/nutritional-concerns)",
        ),
        "description_en": (
            "Help with your diet and nutrition.",
            "Help with your diet and nutrition.\n\nWith carcinoid syndrome, small, frequent meals and plenty of fluids help. Large meals, alcohol and spicy food can bring on flushing. The syndrome can lower niacin (vitamin B3), so ask your care team before taking supplements.\n\nSource: Carcinoid Cancer Foundation, [Nutritional concerns](https://www.carcinoid.org/faq/nutritional-concerns)",
        ),
    },
    "clinic.glossaryterm:palliative-care": {
        "definition_ko": (
            "**완화의료**는 증상을 덜어 주고 삶의 질을 높이는 진료입니다.",
            "**완화의료**는 증상을 덜어 주고 삶의 질을 높이는 진료입니다. 생애 말기에만 받는 것이 아니라, 병의 어느 단계에서나 다른 치료와 함께 받을 수 있습니다.",
        ),
        "definition_en": (
            "**Palliative care** is care that eases symptoms and improves quality of life.",
            "**Palliative care** is care that eases symptoms and improves quality of life. It is not only for the end of life: it can be given at any stage of the illness, alongside other treatment.",
        ),
    },
    "clinic.page:treatment": {
        "lead_ko": (
            "치료 방법은 환자 개개인의 상태에 따라 정하며, 여러 치료를 함께 하기도 합니다. 신경내분비종양 클리닉에서 하는 치료는 아래와 같습니다.",
            "치료 방법은 환자 개개인의 상태에 따라 정하며, 여러 치료를 함께 하기도 합니다. 아래에서 신경내분비종양의 치료를 소개하고, 환자들이 자주 듣는 방사성리간드치료(PRRT)도 설명합니다.",
        ),
        "lead_en": (
            "Treatment depends on each patient's condition, and different treatments may be combined. The ways NETs are treated in our clinic are listed below.",
            "Treatment depends on each patient's condition, and different treatments may be combined. The treatments for NETs are described below, along with radioligand therapy (PRRT), which NET patients often hear about.",
        ),
    },
}


class Migration(migrations.Migration):
    dependencies = [
        ("clinic", "0010_remove_review_stamps_nobody_gave"),
        ("content", "0005_review_every_path"),
    ]

    operations = [correct_seed_texts(CHANGES)]
