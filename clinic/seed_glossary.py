"""Seed content for the glossary: the medical terms the site uses, explained in plain language.

Each explanation says only what the term means, in the words the site already uses for
its tests, treatments and departments (clinic/seed.py). Aliases are the other forms in
which a term is written on the site; the first mention of any of them on a page links
to the glossary. Latin forms match whole words and are case-sensitive; Korean forms
match anywhere, so they are chosen not to occur inside unrelated words.
Every item is created once; after that it belongs to the staff (see Loader).
"""

from typing import Any

from clinic.models import GlossaryTerm
from netclinic.seeding import Loader

GLOSSARY: list[dict[str, Any]] = [
    {
        "slug": "neuroendocrine-tumor",
        "term": {"ko": "신경내분비종양", "en": "Neuroendocrine tumor (NET)"},
        "aliases": {
            "ko": "NET",
            "en": "NET, NETs, neuroendocrine tumor, neuroendocrine tumors, Neuroendocrine tumor, Neuroendocrine tumors",
        },
        "definition": {
            "ko": (
                "**신경내분비종양**은 신경내분비세포에서 생기는 종양입니다. "
                "신경내분비세포는 몸의 여러 장기에 있으며, 호르몬을 만들어 혈액으로 내보내는 세포입니다. "
                "신경내분비종양은 매우 드문 질환입니다."
            ),
            "en": (
                "A **neuroendocrine tumor (NET)** is a tumor that starts in neuroendocrine cells. "
                "These cells are found in many organs of the body. They make hormones and release them into "
                "the blood. NETs are very rare."
            ),
        },
    },
    {
        "slug": "hormone-test",
        "term": {"ko": "호르몬 검사", "en": "Hormone test"},
        "aliases": {"ko": "", "en": "hormone test, hormone tests, Hormone tests"},
        "definition": {
            "ko": (
                "**호르몬 검사**는 혈액이나 소변에서 호르몬 등의 물질이 얼마나 있는지 측정하는 검사입니다. "
                "일부 신경내분비종양은 이런 물질을 분비합니다."
            ),
            "en": (
                "A **hormone test** measures the amount of hormones or other substances in the blood or urine. "
                "Some NETs release hormones or other substances."
            ),
        },
    },
    {
        "slug": "5-hiaa",
        "term": {"ko": "5-HIAA(5-히드록시인돌아세트산)", "en": "5-HIAA (5-hydroxyindoleacetic acid)"},
        "aliases": {"ko": "5-HIAA, 5-히드록시인돌아세트산", "en": "5-HIAA, 5-hydroxyindoleacetic acid"},
        "definition": {
            "ko": (
                "**5-HIAA(5-히드록시인돌아세트산)**는 몸이 호르몬인 세로토닌을 분해할 때 생기는 물질입니다. "
                "24시간 소변 5-HIAA 검사에서는 24시간 동안 나온 소변을 모두 모아 "
                "그 안의 5-HIAA 양을 측정합니다."
            ),
            "en": (
                "**5-HIAA (5-hydroxyindoleacetic acid)** is a substance the body makes when it breaks down "
                "the hormone serotonin. For the 24-hour urine 5-HIAA test, all the urine passed in 24 hours "
                "is collected, and the amount of 5-HIAA in it is measured."
            ),
        },
    },
    {
        "slug": "octreoscan",
        "term": {
            "ko": "옥트레오스캔(소마토스타틴 수용체 신티그래피)",
            "en": "Octreoscan (somatostatin receptor scintigraphy)",
        },
        "aliases": {
            "ko": "옥트레오스캔, 소마토스타틴 수용체 신티그래피",
            "en": "Octreoscan, somatostatin receptor scintigraphy",
        },
        "definition": {
            "ko": (
                "**옥트레오스캔(소마토스타틴 수용체 신티그래피)**은 영상검사의 하나입니다. "
                "많은 신경내분비종양의 세포에는 호르몬인 소마토스타틴이 결합하는 수용체가 있습니다. "
                "이 수용체에 붙는 소량의 방사성 물질을 주사한 뒤, "
                "특수 카메라로 이 물질이 모인 곳을 촬영합니다."
            ),
            "en": (
                "**Octreoscan (somatostatin receptor scintigraphy)** is an imaging test. The cells of many NETs "
                "have receptors for the hormone somatostatin. A small amount of a radioactive substance that "
                "attaches to these receptors is injected, and a special camera then takes pictures of where it "
                "collects in the body."
            ),
        },
    },
    {
        "slug": "ct",
        "term": {"ko": "전산화단층촬영(CT)", "en": "CT (computed tomography)"},
        "aliases": {"ko": "CT, 전산화단층촬영", "en": "CT, computed tomography"},
        "definition": {
            "ko": (
                "**전산화단층촬영(CT)**은 영상검사의 하나입니다. "
                "여러 각도에서 X선 영상을 찍은 뒤, 컴퓨터로 합쳐 몸의 단면 영상을 만듭니다."
            ),
            "en": (
                "**CT (computed tomography)** is an imaging test. It takes X-ray images from many angles, "
                "and a computer combines them into cross-sectional pictures of the body."
            ),
        },
    },
    {
        "slug": "mri",
        "term": {"ko": "자기공명영상(MRI)", "en": "MRI (magnetic resonance imaging)"},
        "aliases": {"ko": "MRI, 자기공명영상", "en": "MRI, magnetic resonance imaging"},
        "definition": {
            "ko": (
                "**자기공명영상(MRI)**은 영상검사의 하나입니다. "
                "X선 대신 강한 자석과 전파를 이용해 몸 안을 자세히 보여 주는 영상을 만듭니다."
            ),
            "en": (
                "**MRI (magnetic resonance imaging)** is an imaging test. It uses a strong magnet and radio "
                "waves, not X-rays, to make detailed pictures of the inside of the body."
            ),
        },
    },
    {
        "slug": "pet",
        "term": {"ko": "양전자방출단층촬영(PET)", "en": "PET (positron emission tomography)"},
        "aliases": {"ko": "PET, 양전자방출단층촬영", "en": "PET, positron emission tomography"},
        "definition": {
            "ko": (
                "**양전자방출단층촬영(PET)**은 영상검사의 하나입니다. "
                "소량의 방사성 물질을 주사한 뒤, 이 물질이 몸 안에 퍼진 모습을 촬영합니다. "
                "몸의 조직이 어떻게 활동하는지 보여 줍니다."
            ),
            "en": (
                "**PET (positron emission tomography)** is an imaging test. A small amount of a radioactive "
                "substance is injected. A scanner detects it and makes pictures that show how the tissues of "
                "the body are working."
            ),
        },
    },
    {
        "slug": "biopsy",
        "term": {"ko": "조직검사(생검)", "en": "Biopsy"},
        "aliases": {"ko": "조직검사, 생검", "en": "biopsy, biopsies"},
        "definition": {
            "ko": (
                "**조직검사(생검)**는 몸에서 작은 조직을 떼어 내는 검사입니다. "
                "병리과 전문의가 이 조직을 현미경으로 살펴보고 "
                "어떤 종류의 종양인지, 어떤 특성이 있는지 확인합니다."
            ),
            "en": (
                "A **biopsy** takes a small piece of tissue from the body. A pathologist examines it under a "
                "microscope to find out what kind of tumor it is and what its characteristics are."
            ),
        },
    },
    {
        "slug": "radical-resection",
        "term": {"ko": "근치적 절제술", "en": "Radical resection"},
        "aliases": {"ko": "근치적 절제", "en": "radical resection"},
        "definition": {
            "ko": (
                "**근치적 절제술**은 종양을 완전히 제거하는 것을 목표로 하는 수술입니다. "
                "절제술은 수술로 조직을 잘라 내는 것을 말합니다."
            ),
            "en": (
                "**Radical resection** is surgery that aims to remove the tumor completely. "
                "Resection means cutting out tissue in an operation."
            ),
        },
    },
    {
        "slug": "somatostatin-analogue",
        "term": {"ko": "소마토스타틴 유사체", "en": "Somatostatin analogue"},
        "aliases": {"ko": "", "en": "somatostatin analogue, somatostatin analogues"},
        "definition": {
            "ko": (
                "**소마토스타틴 유사체**는 우리 몸의 호르몬인 소마토스타틴처럼 작용하는 약입니다. "
                "옥트레오티드, 란레오티드, 파시레오타이드가 소마토스타틴 유사체입니다."
            ),
            "en": (
                "A **somatostatin analogue** is a medicine that acts like somatostatin, a hormone the body "
                "makes. Octreotide, lanreotide and pasireotide are somatostatin analogues."
            ),
        },
    },
    {
        "slug": "targeted-therapy",
        "term": {"ko": "표적치료", "en": "Targeted therapy"},
        "aliases": {"ko": "", "en": "targeted therapy, targeted therapies, targeted agent, targeted agents"},
        "definition": {
            "ko": (
                "**표적치료**는 암세포의 특정 분자에 작용하는 약물로 치료하는 방법입니다. "
                "이런 약물을 표적치료제라고 합니다. "
                "에베로리무스(mTOR 억제제)와 수니티닙(티로신 키나제 억제제)이 표적치료제에 속합니다."
            ),
            "en": (
                "**Targeted therapy** is treatment with medicines that act on specific molecules in cancer "
                "cells. These medicines are also called targeted agents. Everolimus (an mTOR inhibitor) and "
                "sunitinib (a tyrosine kinase inhibitor) are kinds of targeted therapy."
            ),
        },
    },
    {
        "slug": "mtor-inhibitor",
        "term": {"ko": "mTOR 억제제", "en": "mTOR inhibitor"},
        "aliases": {"ko": "", "en": "mTOR inhibitors"},
        "definition": {
            "ko": (
                "**mTOR 억제제**는 표적치료제의 한 종류입니다. "
                "mTOR는 세포의 성장과 분열을 조절하는 데 관여하는 단백질이며, "
                "mTOR 억제제는 mTOR의 작용을 막습니다. 에베로리무스가 mTOR 억제제입니다."
            ),
            "en": (
                "An **mTOR inhibitor** is a kind of targeted therapy. mTOR is a protein that helps control how "
                "cells grow and divide, and an mTOR inhibitor blocks it. Everolimus is an mTOR inhibitor."
            ),
        },
    },
    {
        "slug": "tyrosine-kinase-inhibitor",
        "term": {"ko": "티로신 키나제 억제제", "en": "Tyrosine kinase inhibitor"},
        "aliases": {"ko": "", "en": "tyrosine kinase inhibitor, tyrosine kinase inhibitors"},
        "definition": {
            "ko": (
                "**티로신 키나제 억제제**는 표적치료제의 한 종류입니다. "
                "티로신 키나제는 세포가 자라도록 하는 신호를 전달하는 단백질이며, "
                "티로신 키나제 억제제는 그 작용을 막습니다. 수니티닙이 티로신 키나제 억제제입니다."
            ),
            "en": (
                "A **tyrosine kinase inhibitor** is a kind of targeted therapy. Tyrosine kinases are proteins "
                "that pass on signals telling cells to grow, and a tyrosine kinase inhibitor blocks them. "
                "Sunitinib is a tyrosine kinase inhibitor."
            ),
        },
    },
    {
        "slug": "chemotherapy",
        "term": {"ko": "항암화학요법", "en": "Chemotherapy"},
        "aliases": {"ko": "", "en": "chemotherapy"},
        "definition": {
            "ko": "**항암화학요법**은 암세포를 죽이거나 분열하지 못하게 하는 약물로 치료하는 방법입니다.",
            "en": "**Chemotherapy** is treatment with medicines that kill cancer cells or stop them from dividing.",
        },
    },
    {
        "slug": "immunotherapy",
        "term": {"ko": "면역치료", "en": "Immunotherapy"},
        "aliases": {"ko": "", "en": "immunotherapy"},
        "definition": {
            "ko": (
                "**면역치료**는 우리 몸의 면역계를 통해 작용하는 치료입니다. 인터페론 알파가 면역치료의 한 종류입니다."
            ),
            "en": (
                "**Immunotherapy** is treatment that works through the body's immune system. "
                "Interferon-α is a type of immunotherapy."
            ),
        },
    },
    {
        "slug": "tace",
        "term": {"ko": "경동맥화학색전술(TACE)", "en": "Transcatheter arterial chemoembolization (TACE)"},
        "aliases": {"ko": "경동맥화학색전술, TACE", "en": "TACE, transcatheter arterial chemoembolization"},
        "definition": {
            "ko": (
                "**경동맥화학색전술(TACE)**은 간에 있는 종양을 치료하는 방법의 하나입니다. "
                "가느다란 관(카테터)을 혈관을 통해 종양으로 가는 동맥까지 넣습니다. "
                "이 관으로 항암제를 넣은 뒤 동맥을 막아 종양으로 가는 혈액을 줄입니다."
            ),
            "en": (
                "**Transcatheter arterial chemoembolization (TACE)** is a treatment for tumors in the liver. "
                "A thin tube (catheter) is passed through the blood vessels to the artery that feeds the tumor. "
                "Anticancer medicine is given through the tube, and the artery is then blocked to cut down "
                "the tumor's blood supply."
            ),
        },
    },
    {
        "slug": "radiation-therapy",
        "term": {"ko": "방사선치료", "en": "Radiation therapy"},
        "aliases": {"ko": "", "en": "radiation therapy, radiation therapies"},
        "definition": {
            "ko": "**방사선치료**는 높은 에너지의 방사선으로 암세포를 파괴하거나 자라지 못하게 하는 치료입니다.",
            "en": (
                "**Radiation therapy** is treatment that uses high-energy rays to destroy cancer cells "
                "or stop them from growing."
            ),
        },
    },
    {
        "slug": "metastasis",
        "term": {"ko": "전이", "en": "Metastasis"},
        "aliases": {
            "ko": "간전이",
            "en": "metastasis, metastases, liver metastasis, liver metastases, Liver metastasis, Liver metastases",
        },
        "definition": {
            "ko": (
                "**전이**는 종양이 처음 생긴 곳에서 몸의 다른 부위로 퍼지는 것, "
                "또는 그렇게 퍼진 종양을 말합니다. 종양이 간으로 퍼진 것을 간전이라고 합니다."
            ),
            "en": (
                "**Metastasis** means that a tumor has spread from where it started to another part of the "
                "body. A tumor that has spread is also called a metastasis (plural: metastases). "
                "A tumor that has spread to the liver is called a liver metastasis."
            ),
        },
    },
    {
        "slug": "clinical-trial",
        "term": {"ko": "임상시험", "en": "Clinical trial"},
        "aliases": {"ko": "", "en": "clinical trial, clinical trials"},
        "definition": {
            "ko": (
                "**임상시험**은 새로운 치료법이 안전하고 효과가 있는지 확인하기 위해, "
                "엄격한 기준에 따라 환자를 대상으로 진행하는 연구입니다."
            ),
            "en": (
                "A **clinical trial** is a research study in patients that follows strict rules. "
                "It tests whether a new treatment is safe and effective."
            ),
        },
    },
    {
        "slug": "multidisciplinary-care",
        "term": {"ko": "다학제 진료", "en": "Multidisciplinary care"},
        "aliases": {"ko": "다학제", "en": "multidisciplinary care, multidisciplinary team"},
        "definition": {
            "ko": (
                "**다학제 진료**는 여러 진료과의 전문의가 한 팀이 되어 환자를 함께 진료하는 것을 말합니다. "
                "신경내분비종양 클리닉에서는 혈액종양내과, 소화기내과, 위장관외과, 방사선종양학과, "
                "영상의학과의 전문의가 함께 진료합니다."
            ),
            "en": (
                "In **multidisciplinary care**, doctors from different specialties work as one team and plan "
                "a patient's care together. In the NET Clinic, specialists in hematology-oncology, "
                "gastroenterology, gastrointestinal surgery, radiation oncology and radiology work together."
            ),
        },
    },
    {
        "slug": "palliative-care",
        "term": {"ko": "완화의료", "en": "Palliative care"},
        "aliases": {"ko": "", "en": "palliative care"},
        "definition": {
            "ko": "**완화의료**는 증상을 덜어 주고 삶의 질을 높이는 진료입니다.",
            "en": "**Palliative care** is care that eases symptoms and improves quality of life.",
        },
    },
]


def load(loader: Loader) -> None:
    """Create each glossary term once, in the order listed."""
    for position, item in enumerate(GLOSSARY, start=1):
        values = {key: value for key, value in item.items() if key != "slug"}
        loader.ensure(GlossaryTerm, {"slug": item["slug"]}, {**values, "order": 10 * position})
