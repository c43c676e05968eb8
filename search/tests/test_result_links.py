"""Results link to the part of the page that matched, not its top: every part the
index knows (each app's documents, search/index.py) is a heading on its page, and
the queries patients type land on the part that answers them."""

import re
from html import unescape

import pytest
from django.conf import settings
from django.utils.translation import override

from content.apps import app_modules
from content.versions import current_version
from search import engine
from search.models import SearchDocument
from search.views import result

pytestmark = pytest.mark.django_db


def heading_text(html: str, anchor: str) -> str | None:
    """The text of the element whose id is `anchor`, or None if the page has none."""
    found = re.search(rf'<(h[1-6])[^>]*\bid="{re.escape(anchor)}"[^>]*>(.*?)</\1>', html, re.S)
    if found is None:
        return None
    return unescape(re.sub(r"<[^>]+>", "", found.group(2)))


def squeezed(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize("language", [code for code, _name in settings.LANGUAGES])
def test_every_part_is_a_heading_on_its_page(client, language):
    apps_with_parts, walked, wrong = set(), 0, []
    for row in SearchDocument.objects.filter(language=language).exclude(parts=[]):
        html = client.get(row.url, HTTP_ACCEPT_LANGUAGE=language).content.decode()
        apps_with_parts.add(row.key.split(".")[0])
        for part in row.parts:
            walked += 1
            shown = heading_text(html, part["anchor"])
            # The heading on the page is the part's (a draft badge or an abbreviation's markup may follow).
            if shown is None or not squeezed(shown).startswith(squeezed(part["heading"])):
                wrong.append((row.url, part["anchor"], part["heading"], shown))
    assert not wrong, wrong
    # Every app with pages in the search says what their parts are.
    assert apps_with_parts == {config.label for config, _module in app_modules("search")}
    # Korean and English: every page; a translated language: the pages the seed translates.
    assert walked > (60 if language in settings.SOURCE_LANGUAGES else 40)


def first(language: str, query: str) -> dict:
    with override(language):
        outcome = engine.search(query, engine.index_for(language, current_version()), 3)
        return result(outcome.hits[0])


@pytest.mark.parametrize(
    ("language", "query", "url"),
    [
        ("en", "referral letter", "/en/appointments/#referral-heading"),
        ("ko", "진료의뢰서", "/ko/appointments/#referral-heading"),
        ("en", "How long is my question kept", "/en/privacy/#privacy-3"),
        ("ko", "한국소비자원", "/ko/patients-rights/#agency-"),
        ("en", "Korea Consumer Agency", "/en/patients-rights/#agency-"),
    ],
)
def test_a_result_links_to_the_part_that_answers(language, query, url):
    found = first(language, query)
    assert found["url"].startswith(url)
    assert found["part"]


def part_named(language: str, heading: str) -> str:
    """The address of the part of a page with this heading (the index's own record)."""
    for row in SearchDocument.objects.filter(language=language).exclude(parts=[]):
        for part in row.parts:
            if part["heading"] == heading:
                return f"{row.url}#{part['anchor']}"
    raise AssertionError(f"no part is headed {heading}")


def test_a_medicine_or_a_test_is_found_at_its_own_entry():
    assert first("en", "lanreotide")["url"] == part_named("en", "Lanreotide")
    assert part_named("en", "Lanreotide").startswith("/en/treatment/medicines/#treatment-")
    found = first("ko", "5-HIAA 소변검사")
    assert found["url"] == part_named("ko", "24시간 소변 5-HIAA(5-히드록시인돌아세트산) 검사")
    assert "5-HIAA" in unescape(re.sub(r"<[^>]+>", "", found["part"]))


def test_a_page_found_by_its_own_title_opens_at_its_top():
    found = first("en", "Patients' rights")
    assert found["url"] == "/en/patients-rights/"
    assert found["part"] == ""
