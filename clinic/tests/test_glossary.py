"""The glossary: plain-language explanations that pages link to."""

import re
from html import unescape

import pytest

from clinic.models import GlossaryTerm
from clinic.tests.factories import page_after_staff_write
from content.markup import plain_text
from content.versions import forget_all

pytestmark = pytest.mark.django_db

REQUIRED = [
    "neuroendocrine-tumor",
    "5-hiaa",
    "octreoscan",
    "ct",
    "mri",
    "pet",
    "biopsy",
    "radical-resection",
    "somatostatin-analogue",
    "targeted-therapy",
    "chemotherapy",
    "tace",
    "metastasis",
    "clinical-trial",
    "multidisciplinary-care",
]


def test_glossary_explains_the_terms_the_site_uses_in_both_languages(client):
    for slug in REQUIRED:
        term = GlossaryTerm.objects.get(slug=slug)
        assert term.term_ko and term.term_en and term.definition_ko and term.definition_en, slug
    for language in ("ko", "en"):
        html = client.get(f"/{language}/glossary/").content.decode()
        for slug in REQUIRED:
            assert f'id="{slug}"' in html


def test_pages_link_the_first_mention_of_a_term_to_the_glossary(client):
    html = client.get("/en/diagnosis/imaging/").content.decode()
    links = re.findall(r'<a class="glossary-term" href="/en/glossary/#([\w-]+)" data-definition="[^"]+">', html)
    assert "ct" in links and "mri" in links
    assert len(links) == len(set(links))  # each term once per page
    ko = client.get("/ko/diagnosis/imaging/").content.decode()
    assert '<a class="glossary-term" href="/ko/glossary/#ct" data-definition="' in ko


def test_terms_in_headings_and_links_are_not_linked(client):
    text = "## About CT\n\nRead [the CT page](/en/diagnosis/imaging/). Then CT again."
    html = page_after_staff_write(client, "research", "/en/research/", text)
    assert "<h4>About CT</h4>" in html
    assert '<a href="/en/diagnosis/imaging/">the CT page</a>' in html
    assert re.search(
        r'Then <a class="glossary-term" href="/en/glossary/#ct" data-definition="[^"]+">CT</a> again.', html
    )


def test_terms_match_whole_words_only(client):
    html = page_after_staff_write(client, "research", "/en/research/", "PETER and CTA are not terms; PET is.")
    # Neither word is cut to link the term inside it: both stand whole in the text.
    assert "PETER and CTA are not terms;" in html
    assert 'href="/en/glossary/#pet">PET</a>ER' not in html and 'href="/en/glossary/#ct">CT</a>A' not in html
    assert re.search(r'<a class="glossary-term" href="/en/glossary/#pet" data-definition="[^"]+">PET</a> is.', html)


def test_a_link_never_covers_part_of_a_korean_word(client):
    text = "표적치료제를 씁니다. 표적치료는 약물치료입니다."
    html = page_after_staff_write(client, "research", "/ko/research/", text, language="ko")
    # 표적치료제 (a targeted drug) stays whole; the term followed by a particle is linked.
    assert "<p>표적치료제를 씁니다." in html
    assert re.search(r'<a class="glossary-term" href="/ko/glossary/#targeted-therapy"[^>]*>표적치료</a>는', html)


def test_the_link_carries_the_definition_for_the_toggletip(client):
    html = client.get("/en/diagnosis/imaging/").content.decode()
    definition = plain_text(GlossaryTerm.objects.get(slug="ct").definition_en)
    match = re.search(r'href="/en/glossary/#ct" data-definition="([^"]+)"', html)
    assert match and unescape(match.group(1)) == definition


def test_a_new_or_unpublished_term_takes_effect_at_once(client, django_capture_on_commit_callbacks):
    GlossaryTerm.objects.filter(slug="ct").update(is_published=False)
    forget_all()  # as a process started after that change would
    assert "/en/glossary/#ct" not in client.get("/en/diagnosis/imaging/").content.decode()
    term = GlossaryTerm.objects.get(slug="ct")
    term.is_published = True
    # The commit moves the content version on, and every process reads the terms again.
    with django_capture_on_commit_callbacks(execute=True):
        term.save()
    assert "/en/glossary/#ct" in client.get("/en/diagnosis/imaging/").content.decode()
