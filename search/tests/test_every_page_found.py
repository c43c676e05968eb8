"""Search finds every page: each public page of every app (the registry's URLs and
the sitemaps) by its own title in its language, and the route to care by the words
patients use for it."""

import re
from html import unescape

import pytest
from django.utils.translation import override

from content.testing.pages import public_urls
from search.tests.test_patient_queries import top_three

pytestmark = pytest.mark.django_db


def heading(html: str) -> str:
    """The page's h1 as text."""
    inner = re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S).group(1)
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", inner)).split())


# Pages that are not content: nothing to find them by.
NOT_CONTENT = ("search", "appointments/sent")


@pytest.mark.parametrize("language", ["ko", "en"])
def test_every_page_is_found_by_its_own_title(client, language):
    missed, walked = [], 0
    for url in public_urls(language):
        page = url.removeprefix(f"/{language}/").rstrip("/")
        if page in NOT_CONTENT or url == f"/{language}/":
            continue
        with override(language):
            title = heading(client.get(url).content.decode())
        walked += 1
        if page not in top_three(language, title):
            missed.append((title, page, top_three(language, title)))
    assert walked > 15
    assert not missed, missed


@pytest.mark.parametrize(
    ("language", "query", "page"),
    [
        ("ko", "예약", "appointments"),
        ("ko", "진료 예약", "appointments"),
        ("ko", "진료의뢰서", "appointments"),
        ("ko", "개인정보", "privacy"),
        ("en", "appointment", "appointments"),
        ("en", "book an appointment", "appointments"),
        ("en", "referral letter", "appointments"),
        ("en", "privacy", "privacy"),
    ],
)
def test_the_route_to_care_is_found(language, query, page):
    assert page in top_three(language, query)


# Correctly spelled words a patient may type, known to the pages or not: "Did you
# mean" offers names staff gave (titles, names, other names), never an everyday
# word of a page's text in place of one of these.
NEVER_CORRECTED = ["PRRT", "parking", "book", "booking", "insulin", "gastrin", "lutetium", "Lutathera", "valve", "diet"]


@pytest.mark.parametrize("word", NEVER_CORRECTED)
def test_a_correctly_spelled_word_is_never_corrected(word):
    from content.versions import current_version
    from search import engine

    outcome = engine.search(word, engine.index_for("en", current_version()), 10)
    assert outcome.suggestion == "", f"{word} → {outcome.suggestion}"


# The same in Korean: names on the pages (with a particle too), and words no page has.
NEVER_CORRECTED_KO = [
    "소마토스타틴",
    "루타테라",
    "옥트레오티드",
    "란레오티드",
    "파시레오티드",
    "파시레오타이드",
    "에베로리무스",
    "수니티닙",
    "카르시노이드",
    "조직검사는",
    "신경내분비종양은",
    "주차",
    "주차장",
    "부작용",
]


@pytest.mark.parametrize("word", NEVER_CORRECTED_KO)
def test_a_correctly_spelled_korean_word_is_never_corrected(word):
    from content.versions import current_version
    from search import engine

    outcome = engine.search(word, engine.index_for("ko", current_version()), 10)
    assert outcome.suggestion == "", f"{word} → {outcome.suggestion}"


@pytest.mark.parametrize(
    ("typo", "meant"),
    [
        ("소마토스타딘", "소마토스타틴"),  # one letter (ㄷ for ㅌ)
        ("란레오디드", "란레오티드"),
        ("신경내분비종약은", "신경내분비종양은"),  # the particle is kept
        ("소마토스타딘 주사", "소마토스타틴 주사"),
    ],
)
def test_a_misspelt_korean_name_gets_did_you_mean_and_its_pages(typo, meant):
    from content.versions import current_version
    from search import engine

    outcome = engine.search(typo, engine.index_for("ko", current_version()), 10)
    assert outcome.suggestion == meant
    assert outcome.hits


def test_a_two_syllable_korean_word_inside_a_longer_word_is_a_piece():
    """소마 is in 소마토스타틴 and 작용 in 부작용: a page with only such words counts
    less than one with the word itself (alone or with a particle), and never as a full match."""
    import re as regex

    from content.versions import current_version
    from search import engine
    from search.models import SearchDocument

    index = engine.index_for("ko", current_version())
    assert not [hit.page.url for hit in engine.search("소마", index, 50).hits if hit.complete]

    def has_word(text: str) -> bool:
        return bool(regex.search(r"(?<![가-힣])작용(?:[을이은의에과와도만]|으로)?(?![가-힣])", text))

    piece_only = [r for r in SearchDocument.objects.filter(language="ko") if "작용" in r.text and not has_word(r.text)]
    assert piece_only  # (the seed has such pages, with 부작용 only: the test means something)
    hits = engine.search("작용", index, 100).hits
    assert hits and all(hit.complete and has_word(hit.page.text) for hit in hits)
    # Listed only when no page has the word itself, and then never as a full match.
    assert not {hit.page.url for hit in hits} & {r.url for r in piece_only}
    alone = engine.search("작용", engine.build(piece_only), 100).hits
    assert alone and not [hit for hit in alone if hit.complete]


@pytest.mark.parametrize(("typo", "meant"), [("sunitnib", "sunitinib"), ("everolimos", "everolimus")])
def test_a_misspelt_medicine_is_still_corrected(typo, meant):
    from content.versions import current_version
    from search import engine

    assert engine.search(typo, engine.index_for("en", current_version()), 10).suggestion == meant


def test_a_piece_of_a_longer_korean_word_is_never_a_full_match():
    """부작용 (side effects) is not found in 작용 (action): a page with only the piece
    counts less and is never listed as having every word."""
    from content.versions import current_version
    from search import engine

    index = engine.index_for("ko", current_version())
    outcome = engine.search("소마토스타틴 주사 부작용", index, 10)
    assert outcome.hits and outcome.hits[0].page.url.startswith("/ko/treatment/medicines/")
    for hit in outcome.hits:
        if hit.complete:
            assert "부작용" in hit.page.text, hit.page.url
    piece_only = [p for p in index.pages if "작용" in p.text and "부작용" not in p.text]
    assert piece_only  # (the seed has such pages: the test means something)
    ranked = {hit.page.url: hit for hit in engine.search("부작용", index, 50).hits}
    assert all(not ranked[p.url].complete for p in piece_only if p.url in ranked)


@pytest.mark.parametrize(
    ("language", "query"),
    [
        ("en", "carcinoid"),
        ("en", "PRRT"),
        ("en", "Sandostatin"),
        ("ko", "방사성리간드치료"),
        ("ko", "산도스타틴"),
        ("ko", "유암종"),
    ],
)
def test_also_known_as_shows_each_name_once(client, language, query):
    from search.analysis import form_key

    results = client.get(f"/{language}/search/", {"q": query}).context["results"]
    assert results
    for result in results:
        names = [form_key(re.sub(r"<[^>]+>", "", str(name))) for name in result["aliases"]]
        assert len(names) == len(set(names)), (result["url"], names)
        assert form_key(re.sub(r"<[^>]+>", "", str(result["title"]))) not in names
