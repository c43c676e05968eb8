"""Search in Russian, Chinese, Arabic and Mongolian (issue 25): each language's index
reads its words as that language does (search/analysis.py), so a patient's word finds
the page that says it in another form. Built from documents as an app gives them
(content.documents.Document), through the same index and engine as the site's."""

import pytest

from content.documents import Document, Part
from search import analysis, engine
from search.index import _row
from search.views import marked_spans

PAGES = {
    "ru": [
        ("Лечение", "Лечение нейроэндокринных опухолей подбирают для каждого пациента. Операция — один из путей."),
        ("Диагностика", "Анализ мочи на 5-ГИУК и ПЭТ с рецепторами соматостатина."),
    ],
    "zh-hans": [
        ("治疗", "神经内分泌肿瘤的治疗方法因人而异，手术是其中一种。"),
        ("诊断", "尿液5-HIAA检查和生长抑素受体PET检查。"),
    ],
    "ar": [
        ("العلاج", "يختار الفريق علاج الأورام العصبية الصماوية لكل مريض، والجراحة طريق من بينها."),
        ("التشخيص", "تحليل البول لقياس 5-HIAA وفحص PET لمستقبلات السوماتوستاتين."),
    ],
    "mn": [
        ("Эмчилгээ", "Мэдрэлийн дотоод шүүрлийн хавдрын эмчилгээг өвчтөн бүрт тохируулан сонгоно."),
        ("Оношилгоо", "Шээсний 5-HIAA шинжилгээ ба соматостатины рецепторын PET шинжилгээ."),
    ],
}


def index(language: str) -> engine.Index:
    rows = [
        _row(
            language,
            number,
            Document(
                "",
                title,
                text,
                f"/{language}/{number}/",
                key=f"test:{number}",
                parts=(Part(f"part-{number}", title, text),),
            ),
        )
        for number, (title, text) in enumerate(PAGES[language])
    ]
    return engine.build(rows, language)


def found(language: str, query: str) -> list[str]:
    return [hit.page.title for hit in engine.search(query, index(language), 10).hits if hit.complete]


@pytest.mark.parametrize(
    ("language", "query", "page"),
    [
        # Russian: a stemmed word (опухоль / опухолей, лечения / лечение).
        ("ru", "опухоль", "Лечение"),
        ("ru", "лечения опухоли", "Лечение"),
        ("ru", "рецептор соматостатина", "Диагностика"),
        # Chinese: a two-character term inside a sentence with no spaces.
        ("zh-hans", "肿瘤", "治疗"),
        ("zh-hans", "手术", "治疗"),
        ("zh-hans", "受体", "诊断"),
        # Arabic: a word with and without its article, and with an attached particle.
        ("ar", "العلاج", "العلاج"),
        ("ar", "علاج", "العلاج"),
        ("ar", "بالعلاج", "العلاج"),
        ("ar", "الجراحة", "العلاج"),  # the page has والجراحة ("and the surgery")
        ("ar", "جراحة", "العلاج"),
        # Mongolian: a word's forms meet by its first letters (хавдар, хавдрын).
        ("mn", "хавдар", "Эмчилгээ"),
        ("mn", "эмчилгээ", "Эмчилгээ"),
        ("mn", "шинжилгээ", "Оношилгоо"),
    ],
)
def test_a_word_finds_its_page_in_another_form(language, query, page):
    assert found(language, query) == [page]


@pytest.mark.parametrize(
    ("language", "query"), [("ru", "паспорт"), ("zh-hans", "护照"), ("ar", "جواز"), ("mn", "паспорт")]
)
def test_a_word_no_page_has_finds_nothing(language, query):
    assert found(language, query) == []


def test_the_words_that_matched_are_marked():
    ru = index("ru")
    hit = engine.search("опухоль", ru, 10).hits[0]
    text = hit.page.text
    assert [text[a:b] for a, b in marked_spans(text, hit.matched, "ru")] == ["опухолей"]
    zh = index("zh-hans")
    hit = engine.search("肿瘤", zh, 10).hits[0]
    assert [hit.page.text[a:b] for a, b in marked_spans(hit.page.text, hit.matched, "zh-hans")] == ["肿瘤"]


def test_cyrillic_is_read_as_the_index_language_reads_it():
    # The same word: a Russian stem in Russian's index, the word and its first letters in Mongolian's.
    assert dict(analysis.terms("опухоли", "ru")) == {"опухол": 1.0}
    assert dict(analysis.terms("хавдрын", "mn")) == {"хавдрын": 1.0, analysis.mongolian_prefix("хавдрын"): 1.0}
    # Arabic vowel marks and tatweel do not change a word.
    assert analysis.terms("عِلاج", "ar") == analysis.terms("علاج", "ar") == analysis.terms("علـاج", "ar")
