"""Site search across published content, in the visitor's language."""

import re

import pytest

from search.views import clean_query

pytestmark = pytest.mark.django_db


def results(client, language: str, query: str) -> list:
    response = client.get(f"/{language}/search/", {"q": query})
    assert response.status_code == 200
    return response.context.get("results") or []


@pytest.mark.parametrize(
    ("language", "query", "url", "section"),
    [
        ("en", "everolimus", "/en/treatment/medicines/", "Treatment"),
        ("ko", "에베로리무스", "/ko/treatment/medicines/", "치료"),
        ("en", "5-HIAA", "/en/diagnosis/laboratory/", "Diagnosis"),
        ("ko", "옥트레오스캔", "/ko/diagnosis/imaging/", "진단"),
        ("en", "Korea Consumer Agency", "/en/patients-rights/", "Patients' rights"),
        ("ko", "한국소비자원", "/ko/patients-rights/", "환자의 권리"),
    ],
)
def test_search_finds_pages_with_title_excerpt_and_section(client, language, query, url, section):
    found = results(client, language, query)
    match = next(r for r in found if r["url"].split("#")[0] == url)
    assert match["section"] == section
    assert "<mark>" in match["excerpt"]
    assert match["title"]


def test_results_stay_in_the_visitors_language(client):
    for language in ("ko", "en"):
        found = results(client, language, "CT")
        assert found, language
        assert all(r["url"].startswith(f"/{language}/") for r in found)


def test_pages_with_every_word_come_alone_and_others_are_offered_as_partial(client):
    complete = client.get("/en/search/", {"q": "everolimus sunitinib"}).context
    assert complete["results"] and not complete["partial"]
    partial = client.get("/en/search/", {"q": "everolimus zebra"})
    assert partial.context["partial"]
    assert partial.context["results"][0]["url"].startswith("/en/treatment/medicines/")
    assert "No page has every word of “everolimus zebra”" in partial.content.decode()


def test_matches_are_highlighted_safely(client):
    html = client.get("/en/search/", {"q": "<script>alert(1)</script>"}).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html


@pytest.mark.parametrize(("language", "text"), [("en", "Type a word"), ("ko", "단어를 입력하고")])
def test_empty_query_gets_a_hint(client, language, text):
    assert text in client.get(f"/{language}/search/").content.decode()
    assert text in client.get(f"/{language}/search/", {"q": "   "}).content.decode()


def test_overlong_query_is_answered_kindly(client):
    response = client.get("/en/search/", {"q": "cancer " * 100})
    assert response.status_code == 200
    assert "Your search is too long" in response.content.decode()


@pytest.mark.parametrize("query", ["qwxzv", "ㅋㅋㅋㅋ", "%%%", "' OR 1=1 --", "\\", "_"])
def test_nonsense_gets_no_results_and_suggestions(client, query):
    html = client.get("/en/search/", {"q": query}).content.decode()
    # (A lone digit says nothing, like a stop word: "' OR 1=1 --" has no word to look for.)
    assert "No page matches" in html or "no word to look for" in html
    assert 'href="/en/diagnosis/"' in html


def test_control_characters_are_removed_not_an_error(client):
    response = client.get("/en/search/?q=ever%00olimus%0b")
    assert response.status_code == 200
    assert clean_query("ever\x00olimus\x0b") == "everolimus"


def test_search_costs_few_queries(client, django_assert_max_num_queries):
    client.get("/en/search/", {"q": "ct"})
    with django_assert_max_num_queries(3):
        client.get("/en/search/", {"q": "ct mri pet"})


def test_excerpts_start_and_end_on_whole_words():
    from search.views import excerpt, first_match

    text = " ".join(f"word{n:03d}" for n in range(200)) + " target " + " ".join(f"tail{n:03d}" for n in range(200))
    piece = excerpt(text, first_match(text, {"target"})).strip("…")
    assert "target" in piece
    words = piece.split(" ")
    assert all(re.fullmatch(r"(word|tail)\d{3}|target", word) for word in words), words
    assert excerpt("short text", first_match("short text", {"text"})) == "short text"


@pytest.mark.parametrize("language", ["ko", "en"])
def test_the_language_switch_on_a_results_page_keeps_the_query(client, language):
    html = client.get(f"/{language}/search/", {"q": "CT 검사"}).content.decode()
    other = "en" if language == "ko" else "ko"
    assert f'href="/{other}/search/?q=CT+%EA%B2%80%EC%82%AC"' in html
