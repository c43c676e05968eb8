"""Whatever is typed into the search gets a clear answer, never a 500: property-based
tests with hypothesis, and the kinds of bad input one by one."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from content.versions import current_version
from search import engine
from search.views import MAX_QUERY_CHARS

pytestmark = pytest.mark.django_db

FUZZ = settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

HANGUL = st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3)
PARTICLES = st.sampled_from(["은", "는", "이", "가", "을", "를", "에", "의", "도", "로", "에서", "으로", "와", "과"])
PUNCTUATION = st.sampled_from(list("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~·…—–‐「」『』、。"))
ANYTHING = st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=300)
MIXED = st.lists(
    st.one_of(
        st.text(HANGUL, min_size=1, max_size=6),
        st.text(st.characters(min_codepoint=0x41, max_codepoint=0x7A), min_size=1, max_size=10),
        st.text(st.characters(min_codepoint=0x1F300, max_codepoint=0x1FAFF), min_size=1, max_size=3),  # emoji
        st.text(st.characters(whitelist_categories=["Cc", "Cf", "Zs"]), min_size=1, max_size=3),
        PARTICLES,
        PUNCTUATION,
        st.sampled_from(["' OR 1=1 --", "%", "_", "\\", "<script>", "</mark>", "&amp;", "ㅋㅋ", "ＣＴ", "５"]),
    ),
    max_size=12,
).map("".join)


def answer(client, language: str, query: str) -> str:
    response = client.get(f"/{language}/search/", {"q": query})
    assert response.status_code == 200, (query, response.status_code)
    html = response.content.decode()
    context = response.context
    # Always one of the clear answers, never a blank page.
    assert (
        context.get("too_long")
        or context.get("too_common")
        or context.get("results")
        or "No page matches" in html
        or "에 맞는 페이지가 없습니다" in html
        or not context["query"]
    ), query
    return html


@FUZZ
@given(query=ANYTHING, language=st.sampled_from(["ko", "en"]))
def test_any_text_gets_a_clear_answer(client, query, language):
    answer(client, language, query)


@FUZZ
@given(query=MIXED, language=st.sampled_from(["ko", "en"]))
def test_mixed_scripts_emoji_control_characters_and_markup_get_a_clear_answer(client, query, language):
    html = answer(client, language, query)
    assert "<script>" not in html.split("<main", 1)[-1]  # escaped wherever it is shown


@FUZZ
@given(particles=st.lists(PARTICLES, min_size=1, max_size=6))
def test_only_particles_say_what_to_type(client, particles):
    response = client.get("/ko/search/", {"q": " ".join(particles)})
    assert response.status_code == 200
    assert response.context["too_common"] or response.context["results"]


@FUZZ
@given(query=st.text(PUNCTUATION, min_size=1, max_size=50))
def test_only_punctuation_finds_nothing_and_says_so(client, query):
    response = client.get("/en/search/", {"q": query})
    assert response.status_code == 200
    assert not response.context.get("results")


@pytest.mark.parametrize("length", [MAX_QUERY_CHARS + 1, 1_000, 100_000])
def test_very_long_queries_are_answered_kindly(client, length):
    response = client.get("/en/search/", {"q": "octreotide " * (length // 11 + 1)})
    assert response.status_code == 200 and response.context["too_long"]


@FUZZ
@given(query=st.text(max_size=MAX_QUERY_CHARS))
def test_the_engine_itself_never_fails(query):
    for language in ("ko", "en"):
        outcome = engine.search(query, engine.index_for(language, current_version()), 20)
        assert all(hit.score >= 0 for hit in outcome.hits)
