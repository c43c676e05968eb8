"""The -티드 spelling of pasireotide (파시레오티드), as CONTENT.md asks: the site uses one
spelling, the one on the labels, and 파시레오타이드 becomes another name, so search finds
both. A column changes only where it still holds exactly the old seed text; what staff
edited stays, and each changed item's history keeps its previous text."""

from django.db import migrations

from content.seeding import correct_seed_texts

# {seed record key: {column: (old seed text, new seed text)}}
CHANGES = {
    "clinic.treatmentapproach:medicines": {
        "description_ko": (
            "환자 개개인의 상태에 따라 근치적 절제술과 함께 약물치료를 합니다. 이 페이지에서 소개하는 약은 세 가지 종류입니다.\n\n- **호르몬치료**: 소마토스타틴 유사체인 옥트레오티드, 란레오티드, 파시레오타이드.\n- **표적치료**: 에베로리무스, 수니티닙. 암세포의 특정 분자에 작용하는 약입니다.\n- **면역치료**: 인터페론 알파. 우리 몸의 면역계를 통해 작용합니다.\n\n항암화학요법(암세포를 죽이거나 분열하지 못하게 하는 약으로 치료하는 방법)도 환자의 상태에 따라 쓰지만, 이 페이지의 약은 항암화학요법제가 아닙니다.\n\n**소마토스타틴 유사체가 하는 일**: 호르몬이 나오는 것을 줄여 얼굴이 붉어지며 화끈거리는 증상과 설사를 덜어 주고, 종양이 자라는 것을 늦출 수 있습니다. 흔한 부작용은 복통, 묽거나 색이 옅은 변, 메스꺼움, 주사 부위의 통증이며, 오래 쓰면 담석이 생길 수 있습니다. 란레오티드는 교육을 받은 뒤 환자나 보호자가 직접 주사할 수 있습니다.\n\n출처: Cancer Research UK, [Somatostatin analogues](https://www.cancerresearchuk.org/about-cancer/neuroendocrine-tumours-nets/treatment/somatostatin-analogues)",
            "환자 개개인의 상태에 따라 근치적 절제술과 함께 약물치료를 합니다. 이 페이지에서 소개하는 약은 세 가지 종류입니다.\n\n- **호르몬치료**: 소마토스타틴 유사체인 옥트레오티드, 란레오티드, 파시레오티드.\n- **표적치료**: 에베로리무스, 수니티닙. 암세포의 특정 분자에 작용하는 약입니다.\n- **면역치료**: 인터페론 알파. 우리 몸의 면역계를 통해 작용합니다.\n\n항암화학요법(암세포를 죽이거나 분열하지 못하게 하는 약으로 치료하는 방법)도 환자의 상태에 따라 쓰지만, 이 페이지의 약은 항암화학요법제가 아닙니다.\n\n**소마토스타틴 유사체가 하는 일**: 호르몬이 나오는 것을 줄여 얼굴이 붉어지며 화끈거리는 증상과 설사를 덜어 주고, 종양이 자라는 것을 늦출 수 있습니다. 흔한 부작용은 복통, 묽거나 색이 옅은 변, 메스꺼움, 주사 부위의 통증이며, 오래 쓰면 담석이 생길 수 있습니다. 란레오티드는 교육을 받은 뒤 환자나 보호자가 직접 주사할 수 있습니다.\n\n출처: Cancer Research UK, [Somatostatin analogues](https://www.cancerresearchuk.org/about-cancer/neuroendocrine-tumours-nets/treatment/somatostatin-analogues)",
        ),
    },
    "clinic.treatment:medicines/pasireotide": {
        "name_ko": (
            "파시레오타이드",
            "파시레오티드",
        ),
        "other_names_ko": (
            "파시레오티드, 시그니퍼",
            "파시레오타이드, 시그니퍼",
        ),
        "description_ko": (
            "파시레오타이드도 호르몬치료에 쓰는 소마토스타틴 유사체입니다. 피부 밑에 주사하거나, 효과가 오래가는 주사를 4주마다 한 번 근육에 놓습니다. 시그니퍼라는 이름으로도 알려져 있습니다.",
            "파시레오티드도 호르몬치료에 쓰는 소마토스타틴 유사체입니다. 피부 밑에 주사하거나, 효과가 오래가는 주사를 4주마다 한 번 근육에 놓습니다. 시그니퍼라는 이름으로도 알려져 있습니다.",
        ),
    },
    "clinic.glossaryterm:somatostatin-analogue": {
        "definition_ko": (
            "**소마토스타틴 유사체**는 우리 몸의 호르몬인 소마토스타틴처럼 작용하는 약입니다. 호르몬치료에 쓰는 약으로, 항암화학요법제가 아닙니다. 옥트레오티드, 란레오티드, 파시레오타이드가 소마토스타틴 유사체입니다.",
            "**소마토스타틴 유사체**는 우리 몸의 호르몬인 소마토스타틴처럼 작용하는 약입니다. 호르몬치료에 쓰는 약으로, 항암화학요법제가 아닙니다. 옥트레오티드, 란레오티드, 파시레오티드가 소마토스타틴 유사체입니다.",
        ),
    },
}


class Migration(migrations.Migration):
    dependencies = [("clinic", "0011_patient_education_seed_texts")]

    operations = [correct_seed_texts(CHANGES)]
