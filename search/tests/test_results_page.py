"""What a results page tells the visitor: marks, other names, suggestions, the other language."""

import pytest

pytestmark = pytest.mark.django_db


def page(client, language: str, query: str):
    response = client.get(f"/{language}/search/", {"q": query})
    assert response.status_code == 200
    return response


def test_the_variant_that_matched_is_marked_in_the_excerpt(client):
    result = page(client, "en", "tumours").context["results"][0]
    assert "<mark>tumor" in result["excerpt"] or "<mark>Tumor" in result["excerpt"]
    korean = page(client, "ko", "조직검사는").context["results"][0]
    assert korean["url"].startswith("/ko/diagnosis/pathology/#test-")  # the pathology test that matched
    assert "<mark>조직</mark>" in korean["excerpt"]  # what the Korean word shares with the page's words


def test_a_page_found_by_another_name_shows_that_name_marked(client):
    html = page(client, "en", "Sandostatin").content.decode()
    assert "Also known as:" in html and "<mark>Sandostatin</mark>" in html
    korean = page(client, "ko", "산도스타틴").content.decode()
    assert "다른 이름:" in korean and "<mark>산도스타틴</mark>" in korean


@pytest.mark.parametrize(
    ("language", "typed", "meant"), [("en", "sunitnib", "sunitinib"), ("en", "lanreotyde", "lanreotide")]
)
def test_a_likely_misspelling_gets_did_you_mean_with_results(client, language, typed, meant):
    response = page(client, language, typed)
    html = response.content.decode()
    assert response.context["suggestion"] == meant
    assert f'<a href="/{language}/search/?q={meant}">{meant}</a>' in html
    assert response.context["results"][0]["url"].startswith(f"/{language}/treatment/medicines/#treatment-")


def test_a_correct_word_gets_no_suggestion(client):
    assert "suggestion" not in page(client, "en", "everolimus").context


@pytest.mark.parametrize(
    ("language", "query", "other", "text"),
    [("ko", "everolimus", "en", "English 페이지"), ("en", "에베로리무스", "ko", "in Korean")],
)
def test_nothing_here_but_something_in_the_other_language_says_so_with_a_link(client, language, query, other, text):
    response = page(client, language, query)
    html = response.content.decode()
    assert not response.context["results"]
    assert response.context["elsewhere"][0]["code"] == other
    assert f'href="/{other}/search/?q=' in html and 'hreflang="' + other + '"' in html


@pytest.mark.parametrize(("language", "query"), [("ko", "은 는 이 가"), ("ko", "을"), ("en", "the of and")])
def test_a_search_of_only_particles_or_stop_words_says_what_to_type(client, language, query):
    response = page(client, language, query)
    assert response.context["too_common"]
    assert not response.context["results"]


def test_the_search_page_serves_from_the_cache_the_same_page(client, settings):
    settings.PAGE_CACHE = True
    first = page(client, "en", "octreotide").content
    assert page(client, "en", "octreotide").content == first
