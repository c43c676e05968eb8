"""What comes first (search/engine.py): the page about the thing, then pages that mention it."""

import pytest

from content.versions import current_version
from search import engine
from search.models import SearchDocument

pytestmark = pytest.mark.django_db


def ranked(language: str, query: str) -> list[str]:
    outcome = engine.search(query, engine.index_for(language, current_version()), 20)
    return [hit.page.url for hit in outcome.hits]


@pytest.mark.parametrize(
    ("language", "query", "first", "later"),
    [
        ("en", "octreotide", "/en/treatment/medicines/", "/en/treatment/"),
        ("ko", "옥트레오티드", "/ko/treatment/medicines/", "/ko/treatment/"),
        ("ko", "조직 검사", "/ko/diagnosis/pathology/", "/ko/diagnosis/imaging/"),
        ("en", "biopsy", "/en/diagnosis/pathology/", "/en/diagnosis/"),
        ("en", "CT", "/en/diagnosis/imaging/", "/en/diagnosis/"),
    ],
)
def test_the_page_about_a_thing_comes_before_pages_that_mention_it(language, query, first, later):
    found = ranked(language, query)
    assert found[0] == first
    if later in found:
        assert found.index(first) < found.index(later)


@pytest.mark.parametrize("language", ["ko", "en"])
def test_a_glossary_entry_never_comes_before_the_pages_it_explains(language):
    entries = SearchDocument.objects.filter(language=language, is_glossary=True).values_list("title", "url")
    assert len(entries) > 10
    for term, entry in entries:
        found = ranked(language, term)
        pages = [url for url in found if "/glossary/" not in url]
        if pages and entry in found:
            assert found.index(entry) > found.index(pages[0]), (term, found[:3])


def test_a_title_weighs_more_than_the_body():
    # "Pathology" is the title of one page and a word in others' text.
    assert ranked("en", "pathology")[0] == "/en/diagnosis/pathology/"


def test_a_rare_word_counts_more_than_a_common_one():
    # "Everolimus" is on one page, "treatment" on most: the page with the rare word comes first.
    assert ranked("en", "treatment everolimus")[0] == "/en/treatment/medicines/"
