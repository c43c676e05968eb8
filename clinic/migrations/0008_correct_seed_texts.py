"""Seed texts corrected (issue 15) in databases seeded before: the medicines described as
what they are (hormone therapy, targeted therapy, immunotherapy; none of them is
chemotherapy), how each is given and what patients know it as; leads and summaries that
repeated their first paragraph rewritten; one Korean label for one thing (the contact and
departments pages' titles match the navigation); TACE (경동맥화학색전술) explained on first
use; the directions name Irwon Station.

A column changes only where it still holds exactly the old seed text: what staff edited
stays, items they deleted stay deleted, and each changed item's history keeps its previous
text. The old and new texts are written out here, not read from the seed files, so this
migration does the same whatever the seed says later."""

from django.db import migrations

from content.seeding import correct_seed_texts

# {seed record key: {column: (old seed text, new seed text)}}, from the seed files of the
# release before (71a516f) and of this one.
CHANGES = {
    'clinic.clinic:clinic': {
        'directions_en': (
            '',
            'Samsung Medical Center is beside Irwon Station (일원역) on Seoul Subway Line 3.',
        ),
        'directions_ko': (
            '',
            '삼성서울병원은 지하철 3호선 일원역 바로 옆에 있습니다.',
        ),
    },
    'clinic.department:gastroenterology': {
        'description_en': (
            'Gastroenterology is the branch of internal medicine that diagnoses and treats diseases of the digestive system: the esophagus, stomach, intestines, liver, gallbladder and pancreas. In the NET Clinic, gastroenterologists work with the other four departments on diagnosis and treatment plans.',
            'Gastroenterologists look after the whole digestive system: the esophagus, stomach, intestines, liver, gallbladder and pancreas. In the NET Clinic, they take part in diagnosis and treatment planning.',
        ),
        'description_ko': (
            '소화기내과는 식도, 위, 장, 간, 담낭, 췌장 등 소화기관의 질환을 진단하고 치료하는 내과 분야입니다. 신경내분비종양 클리닉에서는 다른 네 개 진료과와 함께 진단하고 치료 계획을 세웁니다.',
            '소화기내과는 식도, 위, 장, 간, 담낭, 췌장까지 소화기관 전체를 다룹니다. 신경내분비종양 클리닉에서는 소화기내과 전문의가 진단과 치료 계획에 참여합니다.',
        ),
    },
    'clinic.department:gastrointestinal-surgery': {
        'description_en': (
            'Gastrointestinal surgery is a branch of surgery. It treats diseases of the digestive tract, such as the stomach and intestines, with operations. In the NET Clinic, surgeons perform radical resection, the primary treatment for NETs, and plan treatment with the other departments.',
            'In the NET Clinic, gastrointestinal surgeons perform radical resection, the primary treatment for NETs. They plan the operation together with the other departments.',
        ),
        'description_ko': (
            '위장관외과는 외과의 한 분야로, 위와 장 등 소화관의 질환을 수술로 치료합니다. 신경내분비종양 클리닉에서는 신경내분비종양의 주된 치료인 근치적 절제술을 시행하고, 다른 진료과와 함께 치료 계획을 세웁니다.',
            '신경내분비종양 클리닉에서는 위장관외과 의료진이 신경내분비종양의 주된 치료인 근치적 절제술을 합니다. 수술 계획은 다른 진료과와 함께 세웁니다.',
        ),
    },
    'clinic.department:hematology-oncology': {
        'description_en': (
            'Hematology-oncology is the branch of internal medicine that deals with cancers and blood diseases. Its doctors treat cancer with medicines, such as chemotherapy and targeted therapy. In the NET Clinic, they work with the other four departments on diagnosis and treatment plans.',
            'Hematology-oncologists treat cancer with medicines, such as targeted therapy and chemotherapy. In the NET Clinic, they plan treatment with medicines together with the other four departments.',
        ),
        'description_ko': (
            '혈액종양내과는 암과 혈액 질환을 다루는 내과 분야입니다. 항암화학요법과 표적치료 같은 약물로 암을 치료합니다. 신경내분비종양 클리닉에서는 다른 네 개 진료과와 함께 진단하고 치료 계획을 세웁니다.',
            '혈액종양내과 전문의는 표적치료, 항암화학요법 같은 약물로 암을 치료합니다. 신경내분비종양 클리닉에서는 다른 네 개 진료과와 함께 약물치료 계획을 세웁니다.',
        ),
    },
    'clinic.department:radiation-oncology': {
        'description_en': (
            "Radiation oncology is the specialty that treats cancer with radiation therapy. Radiation therapy uses high-energy rays to destroy cancer cells or stop them from growing. In the NET Clinic, radiation oncologists give radiation therapy when it is part of a patient's treatment plan.",
            "Radiation therapy uses high-energy rays to destroy cancer cells or stop them from growing. In the NET Clinic, radiation oncologists give radiation therapy when it is part of a patient's treatment plan, for example for liver metastases.",
        ),
        'description_ko': (
            '방사선종양학과는 방사선치료로 암을 치료하는 진료과입니다. 방사선치료는 높은 에너지의 방사선으로 암세포를 파괴하거나 자라지 못하게 하는 치료입니다. 신경내분비종양 클리닉에서는 치료 계획에 방사선치료가 포함될 때 이를 담당합니다.',
            '방사선치료는 높은 에너지의 방사선으로 암세포를 파괴하거나 자라지 못하게 하는 치료입니다. 신경내분비종양 클리닉에서는 간전이 치료처럼 치료 계획에 방사선치료가 들어갈 때 방사선종양학과가 이를 맡습니다.',
        ),
    },
    'clinic.department:radiology': {
        'description_en': (
            'Radiology is the specialty that takes and reads medical images of the inside of the body. In the NET Clinic, radiologists take part in diagnosis and treatment planning through imaging tests such as CT and MRI.',
            'Radiologists take and read the images. In the NET Clinic, they help with diagnosis and treatment planning through imaging tests such as CT and MRI.',
        ),
        'description_ko': (
            '영상의학과는 의료 영상을 촬영하고 판독하는 진료과입니다. 신경내분비종양 클리닉에서는 CT와 MRI 같은 영상검사로 진단과 치료 계획에 참여합니다.',
            '영상의학과 전문의는 의료 영상을 촬영하고 판독합니다. 신경내분비종양 클리닉에서는 CT, MRI 같은 영상검사로 진단과 치료 계획을 돕습니다.',
        ),
    },
    'clinic.diagnostictest:pathology/biopsy': {
        'description_en': (
            'A biopsy takes a small piece of tissue from the body. A pathologist examines it under a microscope to find out what kind of tumor it is and what its characteristics are.',
            'A biopsy takes a small piece of tissue from the body. A pathologist, a doctor who specializes in this, examines it under a microscope.',
        ),
        'description_ko': (
            '몸에서 작은 조직을 떼어 내는 검사입니다. 병리과 전문의가 이 조직을 현미경으로 살펴보고 어떤 종류의 종양인지, 어떤 특성이 있는지 확인합니다.',
            '몸에서 작은 조직을 떼어 내는 검사입니다. 떼어 낸 조직은 병리과 전문의가 현미경으로 살펴봅니다.',
        ),
    },
    'clinic.glossaryterm:somatostatin-analogue': {
        'definition_en': (
            'A **somatostatin analogue** is a medicine that acts like somatostatin, a hormone the body makes. Octreotide, lanreotide and pasireotide are somatostatin analogues.',
            'A **somatostatin analogue** is a medicine that acts like somatostatin, a hormone the body makes. It is a kind of hormone therapy, not chemotherapy. Octreotide, lanreotide and pasireotide are somatostatin analogues.',
        ),
        'definition_ko': (
            '**소마토스타틴 유사체**는 우리 몸의 호르몬인 소마토스타틴처럼 작용하는 약입니다. 옥트레오티드, 란레오티드, 파시레오타이드가 소마토스타틴 유사체입니다.',
            '**소마토스타틴 유사체**는 우리 몸의 호르몬인 소마토스타틴처럼 작용하는 약입니다. 호르몬치료에 쓰는 약으로, 항암화학요법제가 아닙니다. 옥트레오티드, 란레오티드, 파시레오타이드가 소마토스타틴 유사체입니다.',
        ),
    },
    'clinic.glossaryterm:tace': {
        'definition_ko': (
            '**경동맥화학색전술(TACE)**은 간에 있는 종양을 치료하는 방법의 하나입니다. 가느다란 관(카테터)을 혈관을 통해 종양으로 가는 동맥까지 넣습니다. 이 관으로 항암제를 넣은 뒤 동맥을 막아 종양으로 가는 혈액을 줄입니다.',
            '**경동맥화학색전술(TACE)**은 간에 있는 종양을 치료하는 방법의 하나입니다. 가느다란 관(카테터)을 혈관을 통해 종양으로 가는 동맥까지 넣습니다. 이 관으로 항암제를 넣은 뒤 동맥을 막아 종양으로 가는 혈액을 줄입니다. 이름의 ‘경동맥’은 ‘동맥을 거쳐서(經動脈)’라는 뜻으로, 목에 있는 경동맥(頸動脈)과는 관계가 없습니다.',
        ),
    },
    'clinic.page:clinic': {
        'lead_en': (
            'The Uncommon Cancer Center at Samsung Medical Center runs the NET Clinic to lead the treatment of uncommon cancers. Specialists from five departments work together. We also offer care that eases symptoms and improves quality of life.',
            'The Uncommon Cancer Center at Samsung Medical Center runs the NET Clinic to lead the treatment of uncommon cancers. This page explains how our specialists work as one team, and the supportive care we offer.',
        ),
        'lead_ko': (
            '삼성서울병원 희귀암센터는 희귀암 치료를 선도하기 위해 신경내분비종양 클리닉을 운영합니다. 다섯 개 진료과의 전문의가 함께 진료하고, 증상을 덜고 삶의 질을 높이는 진료도 제공합니다.',
            '삼성서울병원 희귀암센터는 희귀암 치료를 이끌기 위해 신경내분비종양 클리닉을 운영합니다. 여러 진료과의 전문의가 한 팀으로 진료하는 방식과 지지요법을 소개합니다.',
        ),
    },
    'clinic.page:contact': {
        'title_ko': (
            '연락처 및 오시는 길',
            '연락처와 오시는 길',
        ),
    },
    'clinic.page:departments': {
        'title_ko': (
            '참여 진료과',
            '진료과',
        ),
    },
    'clinic.page:net': {
        'lead_en': (
            'Neuroendocrine tumors (NETs) are very rare and hard to treat. Each NET develops differently, depending on where it is and on its characteristics. So each NET needs its own treatment.',
            'Neuroendocrine tumors (NETs) are very rare and hard to treat. This page explains what they are, why each one is treated differently, and what the outlook is.',
        ),
        'lead_ko': (
            '신경내분비종양은 매우 드물고 치료가 어려운 종양입니다. 종양이 생긴 위치와 특성에 따라 양상이 다르므로, 종양마다 알맞은 치료가 필요합니다.',
            '신경내분비종양은 매우 드물고 치료가 어려운 종양입니다. 신경내분비종양이 무엇인지, 왜 종양마다 치료가 다른지, 치료 전망은 어떤지 알아봅니다.',
        ),
    },
    'clinic.page:research': {
        'lead_en': (
            'The Uncommon Cancer Center is the only institute in Korea dedicated to research and treatment of uncommon cancers. We do research to find the best treatment for each patient.',
            'We do clinical and translational research to lay the foundation for NET treatment.',
        ),
        'lead_ko': (
            '희귀암센터는 국내에서 유일하게 희귀암의 연구와 치료를 전문으로 하는 기관입니다. 환자 한 분 한 분에게 가장 좋은 치료를 찾기 위해 연구합니다.',
            '신경내분비종양 치료의 기반을 마련하기 위해 임상연구와 중개연구를 합니다.',
        ),
    },
    'clinic.page:treatment': {
        'lead_en': (
            "The primary treatment for NETs is radical resection: surgery that aims to remove the tumor completely. Depending on each patient's condition, it is combined with medicines. If a NET has spread to the liver, transcatheter arterial chemoembolization (TACE) or radiation therapy may be considered. The latest drugs are also used as part of clinical trials.",
            "Treatment depends on each patient's condition, and different treatments may be combined. The ways NETs are treated in our clinic are listed below.",
        ),
        'lead_ko': (
            '신경내분비종양의 주된 치료는 종양을 완전히 제거하는 것을 목표로 하는 근치적 절제술입니다. 환자 개개인의 상태에 따라 약물치료를 함께 합니다. 간전이가 있으면 경동맥화학색전술이나 방사선치료를 고려할 수 있습니다. 임상시험을 통해 최신 약물을 사용하기도 합니다.',
            '치료 방법은 환자 개개인의 상태에 따라 정하며, 여러 치료를 함께 하기도 합니다. 신경내분비종양 클리닉에서 하는 치료는 아래와 같습니다.',
        ),
    },
    'clinic.section:clinic/a-multidisciplinary-team': {
        'body_ko': (
            '신경내분비종양 클리닉에서는 혈액종양내과, 소화기내과, 위장관외과, 방사선종양학과, 영상의학과의 전문의가 함께 진료합니다. 여러 진료과의 전문의가 한 팀이 되어 환자를 함께 진료하는 것을 다학제 진료라고 합니다.\n\n이렇게 함께 진료하는 것은 정확한 진단과 알맞은 치료 계획, 신속한 치료를 위해서입니다.',
            '신경내분비종양 클리닉에서는 혈액종양내과, 소화기내과, 위장관외과, 방사선종양학과, 영상의학과의 전문의가 함께 진료합니다. 이처럼 여러 진료과의 전문의가 한 팀이 되어 환자를 함께 진료하는 것을 다학제 진료라고 합니다.\n\n정확하게 진단하고, 알맞은 치료 계획을 세우고, 빠르게 치료하기 위해 여러 전문의가 함께 진료합니다.',
        ),
    },
    'clinic.section:clinic/supportive-care': {
        'body_en': (
            "To ease symptoms and improve our patients' quality of life, we work with other specialized clinics. We also offer diet, stress and pain management.",
            'Supportive care is care that eases symptoms and improves quality of life. Working with other specialized clinics, we offer the services below.',
        ),
        'body_ko': (
            '증상을 덜고 환자의 삶의 질을 높이기 위해 다른 전문 클리닉과 협력합니다. 식이 관리, 스트레스 관리, 통증 관리도 제공합니다.',
            '지지요법은 증상을 덜고 삶의 질을 높이기 위한 진료입니다. 클리닉에서는 다른 전문 클리닉과 협력하여 아래와 같은 지지요법을 제공합니다.',
        ),
    },
    'clinic.section:net/outlook': {
        'body_en': (
            'NETs are very rare and hard to treat. Even so, patients can live longer when they receive proper and active treatment: radical resection by skilled doctors, a range of newly approved medicines, and palliative care.\n\nPalliative care is care that eases symptoms and improves quality of life.',
            'Even though NETs are hard to treat, patients can live longer when they receive proper and active treatment: radical resection by skilled doctors, a range of newly approved medicines, and palliative care.\n\nPalliative care is care that eases symptoms and improves quality of life.',
        ),
        'body_ko': (
            '신경내분비종양은 매우 드물고 치료가 어렵습니다. 그래도 숙련된 의료진의 근치적 절제술, 새로 승인된 여러 약물, 완화의료로 적절하고 적극적으로 치료받으면 더 오래 살 수 있습니다.\n\n완화의료는 증상을 덜어 주고 삶의 질을 높이는 진료입니다.',
            '치료가 어려운 종양이지만, 적절하고 적극적으로 치료받으면 더 오래 살 수 있습니다. 숙련된 의료진의 근치적 절제술, 새로 승인된 여러 약물, 완화의료가 그런 치료입니다.\n\n완화의료는 증상을 덜어 주고 삶의 질을 높이는 진료입니다.',
        ),
    },
    'clinic.section:net/what-nets-are': {
        'body_en': (
            'A neuroendocrine tumor (NET) is a tumor that starts in neuroendocrine cells. These cells are found in many organs of the body. They make hormones and release them into the blood.\n\nNETs are very rare and hard to treat.',
            'A neuroendocrine tumor (NET) is a tumor that starts in neuroendocrine cells. These cells are found in many organs of the body. They make hormones and release them into the blood.',
        ),
        'body_ko': (
            '신경내분비종양은 신경내분비세포에서 생기는 종양입니다. 신경내분비세포는 몸의 여러 장기에 있으며, 호르몬을 만들어 혈액으로 내보내는 세포입니다.\n\n신경내분비종양은 매우 드물고 치료가 어려운 질환입니다.',
            '신경내분비종양은 신경내분비세포에서 생기는 종양입니다. 신경내분비세포는 몸의 여러 장기에 있으며, 호르몬을 만들어 혈액으로 내보내는 세포입니다.',
        ),
    },
    'clinic.section:research/our-research-focus': {
        'body_en': (
            'The Uncommon Cancer Center is the only institute in Korea dedicated to research and treatment of uncommon cancers. To lay the foundation for NET treatment, we focus on clinical and translational research on new medicines, targeted agents and medical procedures.\n\nClinical research is research in which patients take part. Translational research turns findings from the laboratory into new ways to diagnose and treat patients.',
            'The Uncommon Cancer Center is the only institute in Korea dedicated to research and treatment of uncommon cancers. Our research focuses on new medicines, targeted agents and medical procedures.\n\nClinical research is research in which patients take part. Translational research turns findings from the laboratory into new ways to diagnose and treat patients.',
        ),
        'body_ko': (
            '희귀암센터는 국내에서 유일하게 희귀암의 연구와 치료를 전문으로 하는 기관입니다. 신경내분비종양 치료의 기반을 마련하기 위해 새로운 약물, 표적치료제, 시술에 대한 임상연구와 중개연구에 집중하고 있습니다.\n\n임상연구는 환자가 참여하는 연구입니다. 중개연구는 실험실에서 얻은 연구 성과를 환자의 진단과 치료로 이어 주는 연구입니다.',
            '희귀암센터는 국내에서 유일하게 희귀암의 연구와 치료를 전문으로 하는 기관입니다. 새로운 약물, 표적치료제, 시술에 대한 연구에 힘을 쏟고 있습니다.\n\n임상연구는 환자가 참여하는 연구입니다. 중개연구는 실험실에서 얻은 연구 성과를 환자의 진단과 치료로 이어 주는 연구입니다.',
        ),
    },
    'clinic.supportiveservice:cooperation-with-other-specialized-clinics': {
        'description_en': (
            'We work with other specialized clinics to ease symptoms and improve quality of life.',
            'If you need care from another specialized clinic, we work together with it.',
        ),
        'description_ko': (
            '증상을 덜고 삶의 질을 높이기 위해 다른 전문 클리닉과 협력합니다.',
            '다른 전문 클리닉의 진료가 필요하면 그 클리닉과 협력해 진료합니다.',
        ),
    },
    'clinic.supportiveservice:diet-management': {
        'description_en': (
            'Help with your diet, to ease symptoms and improve quality of life.',
            'Help with your diet and nutrition.',
        ),
        'description_ko': (
            '증상을 덜고 삶의 질을 높일 수 있도록 식이 관리를 돕습니다.',
            '식단과 영양 관리를 돕습니다.',
        ),
    },
    'clinic.supportiveservice:pain-management': {
        'description_en': (
            'Help with managing pain, to ease symptoms and improve quality of life.',
            'Help with relieving and managing pain.',
        ),
        'description_ko': (
            '증상을 덜고 삶의 질을 높일 수 있도록 통증 관리를 돕습니다.',
            '통증을 덜고 다스리는 일을 돕습니다.',
        ),
    },
    'clinic.supportiveservice:stress-management': {
        'description_en': (
            'Help with managing stress, to improve quality of life.',
            'Help with managing stress.',
        ),
        'description_ko': (
            '삶의 질을 높일 수 있도록 스트레스 관리를 돕습니다.',
            '스트레스를 관리할 수 있게 돕습니다.',
        ),
    },
    'clinic.testgroup:imaging': {
        'description_en': (
            'Imaging tests make pictures of the inside of the body. They can show where a tumor is, how large it is and whether it has spread. The tests we use include CT, MRI, PET and Octreoscan.',
            'Imaging tests can show where a tumor is, how large it is and whether it has spread. The tests we use include CT, MRI, PET and Octreoscan.',
        ),
        'description_ko': (
            '영상검사는 몸 안을 영상으로 보여 주는 검사입니다. 종양의 위치와 크기, 퍼진 정도를 확인할 수 있습니다. 전산화단층촬영(CT), 자기공명영상(MRI), 양전자방출단층촬영(PET), 옥트레오스캔을 합니다.',
            '영상검사로 종양의 위치와 크기, 퍼진 정도를 확인할 수 있습니다. 신경내분비종양 클리닉에서는 전산화단층촬영(CT), 자기공명영상(MRI), 양전자방출단층촬영(PET), 옥트레오스캔을 합니다.',
        ),
    },
    'clinic.testgroup:laboratory': {
        'description_en': (
            'These tests measure substances in samples of blood or urine. For NETs, they include hormone tests and the 24-hour urine 5-HIAA test.',
            'They measure how much of a substance a sample holds. For NETs, they include hormone tests and the 24-hour urine 5-HIAA test.',
        ),
        'description_ko': (
            '혈액이나 소변 검체에 들어 있는 물질의 양을 측정하는 검사입니다. 신경내분비종양을 진단할 때는 호르몬 검사와 24시간 소변 5-HIAA 검사를 합니다.',
            '검체 속 물질의 양을 재어 진단에 씁니다. 신경내분비종양을 진단할 때는 호르몬 검사와 24시간 소변 5-HIAA 검사를 합니다.',
        ),
    },
    'clinic.testgroup:pathology': {
        'description_en': (
            'Pathology tests look at tissue or cells under a microscope. They show what kind of tumor it is and what its characteristics are.',
            'The results show what kind of tumor it is. They also show its pathological characteristics, and NETs with different characteristics are treated differently.',
        ),
        'description_ko': (
            '병리검사는 조직이나 세포를 현미경으로 살펴보는 검사입니다. 이를 통해 어떤 종류의 종양인지, 어떤 특성이 있는지 알 수 있습니다.',
            '검사 결과로 어떤 종류의 종양인지 알 수 있습니다. 종양의 병리학적 특성도 알 수 있는데, 신경내분비종양은 이 특성에 따라 치료가 달라집니다.',
        ),
    },
    'clinic.treatment:liver-metastases/transcatheter-arterial-chemoembolization-tace': {
        'description_ko': (
            '가느다란 관(카테터)을 혈관을 통해 간의 종양으로 가는 동맥까지 넣습니다. 이 관으로 항암제를 넣은 뒤 동맥을 막아 종양으로 가는 혈액을 줄이는 치료입니다.',
            '이름의 ‘경동맥’은 ‘동맥을 거쳐서(經動脈)’라는 뜻으로, 목에 있는 경동맥(頸動脈)과는 관계가 없습니다. 가느다란 관(카테터)을 혈관을 따라 간의 종양으로 가는 동맥까지 넣고, 이 관으로 항암제를 넣은 뒤 동맥을 막습니다. 그러면 종양으로 가는 혈액이 줄어듭니다.',
        ),
    },
    'clinic.treatment:medicines/everolimus': {
        'description_en': (
            'Everolimus is an mTOR inhibitor, a kind of targeted therapy. mTOR is a protein that helps control how cells grow and divide. This medicine blocks it.',
            'Everolimus is an mTOR inhibitor, a kind of targeted therapy. mTOR is a protein that helps control how cells grow and divide, and this medicine blocks it. It is a tablet taken by mouth once a day. It is also known as Afinitor.',
        ),
        'description_ko': (
            '에베로리무스는 mTOR 억제제로, 표적치료제의 한 종류입니다. mTOR는 세포의 성장과 분열을 조절하는 데 관여하는 단백질이며, 이 약은 mTOR의 작용을 막습니다.',
            '에베로리무스는 표적치료제의 한 종류인 mTOR 억제제입니다. mTOR는 세포가 자라고 분열하는 것을 조절하는 단백질인데, 이 약이 mTOR의 작용을 막습니다. 하루 한 번 입으로 먹는 알약입니다. 아피니토라는 이름으로도 알려져 있습니다.',
        ),
    },
    'clinic.treatment:medicines/interferon': {
        'description_en': (
            "Interferon-α is a man-made form of interferon alpha, a protein that the body's immune system makes. It is a type of immunotherapy: treatment that works through the immune system.",
            "Interferon-α is an immunotherapy: a treatment that works through the body's immune system. Interferons are proteins the immune system makes, and this medicine is a man-made form of one of them. It is given as an injection under the skin. It is sold under several brand names.",
        ),
        'description_ko': (
            '인터페론 알파는 우리 몸의 면역계가 만드는 단백질인 인터페론 알파를 약으로 만든 것입니다. 면역계를 통해 작용하는 면역치료의 한 종류입니다.',
            '인터페론 알파는 면역치료제입니다. 면역치료는 우리 몸의 면역계를 통해 작용하는 치료입니다. 인터페론은 면역계가 만드는 단백질이며, 이 약은 그중 하나를 사람이 만든 것입니다. 피부 밑에 주사합니다. 여러 제품 이름으로 나와 있습니다.',
        ),
    },
    'clinic.treatment:medicines/lanreotide': {
        'description_en': (
            'Lanreotide is a somatostatin analogue. It is a medicine that acts like somatostatin, a hormone the body makes.',
            'Lanreotide is another somatostatin analogue used as hormone therapy. It is given as a deep injection under the skin every 4 weeks. It is also known as Somatuline Autogel or Somatuline Depot.',
        ),
        'description_ko': (
            '란레오티드는 소마토스타틴 유사체입니다. 우리 몸의 호르몬인 소마토스타틴처럼 작용하는 약입니다.',
            '란레오티드는 옥트레오티드와 같은 소마토스타틴 유사체로, 호르몬치료에 씁니다. 4주마다 한 번 피부 밑 깊숙이 주사합니다. 소마툴린 오토젤이라는 이름으로도 알려져 있습니다.',
        ),
    },
    'clinic.treatment:medicines/octreotide': {
        'description_en': (
            'Octreotide (on the label: octreotide acetate) is a somatostatin analogue. It is a medicine that acts like somatostatin, a hormone the body makes.',
            'Octreotide is a somatostatin analogue, used as hormone therapy. It acts like somatostatin, a hormone the body makes. It is given as an injection under the skin several times a day, or as a long-acting injection into a muscle every 4 weeks. On the label it is called octreotide acetate. It is also known as Sandostatin or Sandostatin LAR.',
        ),
        'description_ko': (
            '옥트레오티드(제품 표시명: 옥트레오티드아세트산염)는 소마토스타틴 유사체입니다. 우리 몸의 호르몬인 소마토스타틴처럼 작용하는 약입니다.',
            '옥트레오티드는 호르몬치료에 쓰는 소마토스타틴 유사체로, 우리 몸의 호르몬인 소마토스타틴처럼 작용합니다. 하루에 여러 번 피부 밑에 주사하거나, 효과가 오래가는 주사를 4주마다 한 번 근육에 놓습니다. 제품에는 옥트레오티드아세트산염으로 표시되어 있고, 산도스타틴, 산도스타틴 라르라는 이름으로도 알려져 있습니다.',
        ),
    },
    'clinic.treatment:medicines/pasireotide': {
        'description_en': (
            'Pasireotide is a somatostatin analogue. It is a medicine that acts like somatostatin, a hormone the body makes.',
            'Pasireotide is also a somatostatin analogue used as hormone therapy. It is given as an injection under the skin, or as a long-acting injection into a muscle every 4 weeks. It is also known as Signifor or Signifor LAR.',
        ),
        'description_ko': (
            '파시레오타이드는 소마토스타틴 유사체입니다. 우리 몸의 호르몬인 소마토스타틴처럼 작용하는 약입니다.',
            '파시레오타이드도 호르몬치료에 쓰는 소마토스타틴 유사체입니다. 피부 밑에 주사하거나, 효과가 오래가는 주사를 4주마다 한 번 근육에 놓습니다. 시그니퍼라는 이름으로도 알려져 있습니다.',
        ),
    },
    'clinic.treatment:medicines/sunitinib': {
        'description_en': (
            'Sunitinib is a tyrosine kinase inhibitor, a kind of targeted therapy. Tyrosine kinases are proteins that pass on signals telling cells to grow. This medicine blocks them.',
            'Sunitinib is a tyrosine kinase inhibitor, a kind of targeted therapy. Tyrosine kinases are proteins that pass on signals telling cells to grow, and this medicine blocks them. It is a capsule taken by mouth once a day. It is also known as Sutent.',
        ),
        'description_ko': (
            '수니티닙은 티로신 키나제 억제제로, 표적치료제의 한 종류입니다. 티로신 키나제는 세포가 자라도록 하는 신호를 전달하는 단백질이며, 이 약은 티로신 키나제의 작용을 막습니다.',
            '수니티닙은 표적치료제의 한 종류인 티로신 키나제 억제제입니다. 티로신 키나제는 세포가 자라도록 신호를 전달하는 단백질인데, 이 약이 그 작용을 막습니다. 하루 한 번 입으로 먹는 캡슐입니다. 수텐이라는 이름으로도 알려져 있습니다.',
        ),
    },
    'clinic.treatment:surgery/radical-resection': {
        'description_en': (
            'Surgery that aims to remove the tumor completely. It is the primary treatment for NETs.',
            'Surgery that aims to remove the tumor completely. Resection means cutting out tissue in an operation.',
        ),
        'description_ko': (
            '종양을 완전히 제거하는 것을 목표로 하는 수술입니다. 신경내분비종양의 주된 치료입니다.',
            '종양을 완전히 제거하는 것을 목표로 하는 수술입니다. 절제술은 수술로 조직을 잘라 내는 것을 말합니다.',
        ),
    },
    'clinic.treatmentapproach:clinical-trials': {
        'description_en': (
            'Recently, the latest drugs have also been used to treat NETs as part of clinical trials.\n\nA clinical trial is a research study in patients that follows strict rules. It tests whether a new treatment is safe and effective.',
            'A clinical trial is a research study in patients that follows strict rules. It tests whether a new treatment is safe and effective.',
        ),
        'description_ko': (
            '최근에는 임상시험을 통해 최신 약물을 신경내분비종양 치료에 사용하기도 합니다.\n\n임상시험은 새로운 치료법이 안전하고 효과가 있는지 확인하기 위해, 엄격한 기준에 따라 환자를 대상으로 진행하는 연구입니다.',
            '임상시험은 새로운 치료법이 안전한지, 효과가 있는지 확인하는 연구입니다. 환자가 참여하며, 엄격한 기준에 따라 진행합니다.',
        ),
        'summary_ko': (
            '임상시험을 통해 최신 약물을 신경내분비종양 치료에 사용하기도 합니다.',
            '최근에는 임상시험을 통해 최신 약물로 신경내분비종양을 치료하기도 합니다.',
        ),
    },
    'clinic.treatmentapproach:liver-metastases': {
        'description_en': (
            'A liver metastasis is a tumor that has spread to the liver from where it started. If there are liver metastases, transcatheter arterial chemoembolization (TACE) or radiation therapy may be considered.',
            'A liver metastasis is a tumor that has spread to the liver from where it started. The two treatments are described below.',
        ),
        'description_ko': (
            '간전이는 처음 생긴 곳에서 간으로 퍼진 종양입니다. 간전이가 있으면 경동맥화학색전술이나 방사선치료를 고려할 수 있습니다.',
            '간전이는 종양이 처음 생긴 곳에서 간으로 퍼진 것을 말합니다. 아래에서 두 가지 치료를 설명합니다.',
        ),
        'summary_ko': (
            '간전이가 있으면 경동맥화학색전술이나 방사선치료를 고려할 수 있습니다.',
            '간전이가 있으면 경동맥화학색전술(TACE: 동맥에 넣은 가는 관으로 간의 종양을 치료하는 방법)이나 방사선치료를 고려할 수 있습니다.',
        ),
    },
    'clinic.treatmentapproach:medicines': {
        'description_en': (
            "Depending on each patient's condition, radical resection is combined with medicines, such as targeted therapy and chemotherapy. The medicines used include octreotide, lanreotide, pasireotide, interferon-α, everolimus and sunitinib.\n\nTargeted therapy uses medicines that act on specific molecules in cancer cells. Chemotherapy uses medicines that kill cancer cells or stop them from dividing.",
            "Depending on each patient's condition, radical resection is combined with medicines. The medicines on this page are of three kinds:\n\n- **Hormone therapy**: the somatostatin analogues octreotide, lanreotide and pasireotide.\n- **Targeted therapy**: everolimus and sunitinib. They act on specific molecules in cancer cells.\n- **Immunotherapy**: interferon-α. It works through the body's immune system.\n\nChemotherapy (medicines that kill cancer cells or stop them from dividing) may also be used, depending on each patient's condition, but none of the medicines on this page is chemotherapy.",
        ),
        'description_ko': (
            '환자 개개인의 상태에 따라 근치적 절제술과 함께 표적치료, 항암화학요법 등의 약물치료를 합니다. 사용하는 약물에는 옥트레오티드, 란레오티드, 파시레오타이드, 인터페론 알파, 에베로리무스, 수니티닙이 있습니다.\n\n표적치료는 암세포의 특정 분자에 작용하는 약물로 치료하는 방법입니다. 항암화학요법은 암세포를 죽이거나 분열하지 못하게 하는 약물로 치료하는 방법입니다.',
            '환자 개개인의 상태에 따라 근치적 절제술과 함께 약물치료를 합니다. 이 페이지에서 소개하는 약은 세 가지 종류입니다.\n\n- **호르몬치료**: 소마토스타틴 유사체인 옥트레오티드, 란레오티드, 파시레오타이드.\n- **표적치료**: 에베로리무스, 수니티닙. 암세포의 특정 분자에 작용하는 약입니다.\n- **면역치료**: 인터페론 알파. 우리 몸의 면역계를 통해 작용합니다.\n\n항암화학요법(암세포를 죽이거나 분열하지 못하게 하는 약으로 치료하는 방법)도 환자의 상태에 따라 쓰지만, 이 페이지의 약은 항암화학요법제가 아닙니다.',
        ),
        'summary_en': (
            "Depending on each patient's condition, surgery is combined with medicines, such as targeted therapy and chemotherapy.",
            'Hormone therapy, targeted therapy and immunotherapy: what each medicine is, how it is given and the other names patients know it by.',
        ),
        'summary_ko': (
            '환자 개개인의 상태에 따라 수술과 함께 표적치료, 항암화학요법 등의 약물치료를 합니다.',
            '호르몬치료제, 표적치료제, 면역치료제: 각 약이 어떤 약이고 어떻게 쓰는지, 환자들이 아는 다른 이름과 함께 소개합니다.',
        ),
    },
    'clinic.treatmentapproach:surgery': {
        'description_en': (
            "The primary treatment for NETs is radical resection. This is surgery that aims to remove the tumor completely. Depending on each patient's condition, it is combined with medicines.",
            "The operation is called radical resection. Depending on each patient's condition, it is combined with medicines.",
        ),
        'description_ko': (
            '신경내분비종양의 주된 치료는 근치적 절제술입니다. 근치적 절제술은 종양을 완전히 제거하는 것을 목표로 하는 수술입니다. 환자 개개인의 상태에 따라 약물치료를 함께 합니다.',
            '수술 방법은 근치적 절제술입니다. 환자 개개인의 상태에 따라 수술과 함께 약물치료를 합니다.',
        ),
        'summary_en': (
            'The primary treatment for NETs is radical resection.',
            'Surgery is the primary treatment for NETs.',
        ),
        'summary_ko': (
            '신경내분비종양의 주된 치료는 근치적 절제술입니다.',
            '신경내분비종양의 주된 치료는 수술입니다.',
        ),
    },
}


class Migration(migrations.Migration):
    dependencies = [("clinic", "0007_seed_other_names"), ("content", "0004_outdated_translation")]

    operations = [correct_seed_texts(CHANGES)]
