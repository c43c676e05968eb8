"""What patients come for (issue 24): each fact of the education list in
../shared/CONTENT.md is on the page a patient would look for it, in both languages,
found by its key terms, and each page that carries them names its sources."""

import re
from html import unescape

import pytest

pytestmark = pytest.mark.django_db

# (fact, page, English terms, Korean terms): every term must be on the page.
FACTS = [
    (
        "where NETs start",
        "neuroendocrine-tumors/",
        ["small intestine", "rectum", "appendix", "stomach", "pancreas", "lungs"],
        ["소장", "직장", "충수", "위", "췌장", "폐"],
    ),
    (
        "rectal NETs in Korea",
        "neuroendocrine-tumors/",
        ["In Korea, the rectum", "colonoscopy", "Your care team will tell you"],
        ["우리나라", "대장내시경", "담당 의료진이 알려"],
    ),
    (
        "many grow slowly, some are watched",
        "neuroendocrine-tumors/",
        ["grow slowly", "watched"],
        ["천천히", "지켜보기"],
    ),
    (
        "grade and Ki-67",
        "neuroendocrine-tumors/",
        ["G1", "G2", "G3", "Ki-67", "below 3%", "3 to 20%", "above 20%"],
        ["G1", "G2", "G3", "Ki-67", "3% 미만", "3~20%", "20%를 넘으면"],
    ),
    (
        "NET or NEC",
        "neuroendocrine-tumors/",
        ["neuroendocrine carcinoma (NEC)", "ask which one you have"],
        ["신경내분비암종(NEC)", "꼭 물어보세요"],
    ),
    ("stage", "neuroendocrine-tumors/", ["Stage", "lymph nodes", "liver"], ["병기", "림프절", "간"]),
    (
        "functioning and non-functioning",
        "neuroendocrine-tumors/",
        ["functioning", "non-functioning"],
        ["기능성", "비기능성"],
    ),
    (
        "hormones and their symptoms",
        "neuroendocrine-tumors/",
        ["serotonin", "carcinoid syndrome", "insulin", "low blood sugar", "gastrin", "ulcers"],
        ["세로토닌", "카르시노이드 증후군", "인슐린", "저혈당", "가스트린", "위궤양"],
    ),
    ("carcinoid syndrome and the liver", "neuroendocrine-tumors/", ["spread to the liver"], ["간으로 퍼졌을 때"]),
    (
        "carcinoid heart disease",
        "neuroendocrine-tumors/",
        ["carcinoid heart disease", "echocardiogram", "replaced"],
        ["카르시노이드 심장질환", "심장초음파", "바꿀 수"],
    ),
    ("carcinoid crisis", "neuroendocrine-tumors/", ["carcinoid crisis", "dentist"], ["카르시노이드 위기", "치과의사"]),
    (
        "inherited conditions",
        "neuroendocrine-tumors/",
        ["MEN1", "von Hippel-Lindau", "neurofibromatosis type 1", "genetic counselling"],
        ["MEN1", "폰히펠-린다우", "신경섬유종증 1형", "유전상담"],
    ),
    (
        "preparing for a 5-HIAA test",
        "diagnosis/laboratory/",
        ["3 days", "banana", "avocado", "pineapple", "plum", "tomato", "kiwi", "walnut", "eggplant", "every drop"],
        ["3일", "바나나", "아보카도", "파인애플", "자두", "토마토", "키위", "호두", "가지", "한 방울도"],
    ),
    (
        "somatostatin receptor PET",
        "diagnosis/imaging/",
        ["somatostatin receptor PET", "DOTATATE", "replaced the Octreoscan", "which scan this hospital uses"],
        ["소마토스타틴 수용체 PET", "DOTATATE", "옥트레오스캔 대신", "의료진이 알려"],
    ),
    (
        "what somatostatin analogues do",
        "treatment/medicines/",
        ["flushing", "slow the tumor", "stomach cramps", "gallstones", "after training"],
        ["화끈거리는", "늦출 수", "복통", "담석", "교육을 받은 뒤"],
    ),
    (
        "PRRT",
        "treatment/prrt/",
        ["lutetium-177", "drip", "4 treatments", "8 weeks", "not used for neuroendocrine carcinomas"],
        ["루테튬-177", "정맥 주사", "4번", "8주", "에는 쓰지 않습니다"],
    ),
    (
        "radiation safety at home",
        "treatment/prrt/",
        ["children and pregnant women", "sit down to urinate", "flush the toilet twice", "this hospital's own rules"],
        ["임신부", "앉아서", "두 번", "의료진이 알려"],
    ),
    (
        "Lutathera",
        "treatment/prrt/",
        ["Lutathera", "oxodotreotide", "whether it is given at this hospital"],
        ["루타테라", "옥소도트레오타이드", "이 병원에서 받을 수 있는지"],
    ),
    (
        "follow-up",
        "neuroendocrine-tumors/",
        ["long-term", "6 to 12 months", "Your care team will set"],
        ["오랫동안", "6~12개월", "담당 의료진이 정해"],
    ),
    (
        "diet with carcinoid syndrome",
        "clinic/",
        ["small, frequent meals", "alcohol", "spicy", "niacin"],
        ["조금씩 자주", "술", "매운", "나이아신"],
    ),
    (
        "questions to ask",
        "neuroendocrine-tumors/",
        ["Is it a NET or an NEC?", "somatostatin receptors", "write the answers down"],
        ["신경내분비종양인가요, 신경내분비암종인가요?", "소마토스타틴 수용체", "적어 두면"],
    ),
]

# Each page that carries the facts ends with its sources, by publisher.
SOURCES = {
    "neuroendocrine-tumors/": [
        "Mayo Clinic",
        "NHS",
        "Macmillan",
        "Cancer Research UK",
        "National Cancer Institute",
        "Netherlands Heart Journal",
        "Neuroendocrine Cancer Australia",
        "Korean Journal of Internal Medicine",
    ],
    "diagnosis/laboratory/": ["Neuroendocrine Tumor Research Foundation"],
    "diagnosis/imaging/": ["Cancer Research UK"],
    "treatment/medicines/": ["Cancer Research UK"],
    "treatment/prrt/": ["Cancer Research UK"],
    "clinic/": ["Carcinoid Cancer Foundation"],
}


def page_text(client, language: str, page: str) -> str:
    html = client.get(f"/{language}/{page}").content.decode()
    main = html[html.index("<main") : html.index("</main>")]
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", main)).split())


@pytest.mark.parametrize(("fact", "page", "english", "korean"), FACTS, ids=[f[0] for f in FACTS])
def test_each_fact_is_on_its_page_in_both_languages(client, fact, page, english, korean):
    for language, terms in (("en", english), ("ko", korean)):
        text = page_text(client, language, page)
        missing = [term for term in terms if term not in text]
        assert not missing, (language, page, missing)


@pytest.mark.parametrize("page", list(SOURCES))
def test_each_education_page_names_its_sources_with_links(client, page):
    for language in ("en", "ko"):
        html = client.get(f"/{language}/{page}").content.decode()
        for publisher in SOURCES[page]:
            assert publisher in html, (language, page, publisher)
        assert re.search(r'<a [^>]*href="https://[^"]+"', html)


def test_no_page_calls_nets_hard_to_treat_or_one_treatment_the_only_one(client):
    for language, phrases in (
        (
            "en",
            ["hard to treat", "very rare", "the only institute", "primary treatment for NETs", "The two treatments"],
        ),
        ("ko", ["치료가 어려운", "매우 드물고", "유일한", "주된 치료는 수술입니다"]),
    ):
        for page in ["", "neuroendocrine-tumors/", "treatment/", "treatment/surgery/", "treatment/liver-metastases/"]:
            text = page_text(client, language, page)
            assert not [p for p in phrases if p in text], (language, page)


@pytest.mark.parametrize("language", ["ko", "en"])
def test_the_glossary_is_in_the_readers_alphabetical_order(client, language):
    html = client.get(f"/{language}/glossary/").content.decode()
    terms = [unescape(re.sub(r"<[^>]+>", "", t)).strip() for t in re.findall(r"<dt[^>]*>(.*?)</dt>", html, re.S)]
    assert len(terms) >= 25
    assert terms == sorted(terms, key=str.casefold)
