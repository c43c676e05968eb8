"""What the clinic's pages show beyond their text: pills that lead to entries, "On this
page", the next step, terms that do not break, names inside sentences, map links."""

import re
from urllib.parse import unquote

import pytest

from clinic.models import Treatment

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("language", "page"), [(lang, page) for lang in ("ko", "en") for page in ("treatment", "diagnosis")]
)
def test_every_pill_links_to_an_entry_that_exists(client, language, page):
    html = client.get(f"/{language}/{page}/").content.decode()
    pills = re.findall(r'<ul class="tag-list">(.*?)</ul>', html, re.S)
    links = [link for pill_list in pills for link in re.findall(r'<a href="([^"]+)">', pill_list)]
    assert len(links) >= 5
    for link in links:
        target, anchor = link.split("#")
        assert f'id="{anchor}"' in client.get(target).content.decode(), link


def test_long_pages_list_their_parts_and_short_ones_do_not(client):
    html = client.get("/en/treatment/medicines/").content.decode()
    contents = re.search(r'<nav class="contents".*?</nav>', html, re.S).group(0)
    anchors = re.findall(r'href="#([\w-]+)"', contents)
    names = list(Treatment.objects.filter(approach__slug="medicines").values_list("name_en", flat=True))
    assert len(anchors) == len(names) == 6
    for anchor in anchors:
        assert f'id="{anchor}"' in html
    # The surgery page has one treatment: nothing to list.
    assert 'class="contents"' not in client.get("/en/treatment/surgery/").content.decode()


@pytest.mark.parametrize("language", ["ko", "en"])
def test_long_pages_offer_the_next_step(client, language):
    for url in (f"/{language}/treatment/", f"/{language}/diagnosis/imaging/", f"/{language}/glossary/"):
        html = client.get(url).content.decode()
        aside = re.search(r'<div class="page-aside">.*?</section>', html, re.S).group(0)
        assert f'href="/{language}/appointments/"' in aside and f'href="/{language}/contact/"' in aside, url
    # The contact page does not send the reader to itself.
    contact = client.get(f"/{language}/contact/").content.decode()
    assert f'<a class="more-link" href="/{language}/contact/">' not in contact


def test_a_name_inside_an_english_sentence_is_not_capitalised(client):
    html = client.get("/en/treatment/").content.decode()
    assert "More about treatment of liver metastases" in html
    assert "More about Treatment of" not in html


@pytest.mark.parametrize("language", ["ko", "en"])
def test_hyphenated_terms_never_break_at_the_hyphen(client, language):
    html = client.get(f"/{language}/diagnosis/laboratory/").content.decode()
    assert '<span class="nowrap">5-HIAA</span>' in html
    home = client.get(f"/{language}/").content.decode()
    assert '<span class="nowrap">5-HIAA</span>' in home  # plain texts too (the home page's cards)
    # Never inside an attribute.
    assert not re.search(r'="[^"]*<span class="nowrap">', html)


def test_the_contact_page_links_to_three_maps_with_the_korean_address(client):
    for language in ("ko", "en"):
        html = client.get(f"/{language}/contact/").content.decode()
        block = re.search(r'<ul class="map-links".*?</ul>', html, re.S).group(0)
        hrefs = [unquote(href.replace("+", " ")) for href in re.findall(r'href="([^"]+)"', block)]
        assert [href.split("/")[2] for href in hrefs] == ["map.naver.com", "map.kakao.com", "www.openstreetmap.org"]
        for href in hrefs:
            assert "서울특별시 강남구 일원로 81" in href and "06351" not in href, href
        assert block.count('rel="noopener noreferrer"') == 3
        assert "<iframe" not in html  # links only, nothing embedded


@pytest.mark.parametrize(("language", "label"), [("ko", "병원 대표전화"), ("en", "Hospital's main number")])
def test_the_contact_page_and_footer_give_the_hospitals_main_number_as_such(client, language, label):
    """The one number CONTENT.md gives, kept once by staff (Appointments and referrals),
    labelled as the hospital's general line wherever it shows."""
    contact = client.get(f"/{language}/contact/").content.decode()
    main = contact[contact.index("<main") : contact.index("</main>")]
    assert f'{label}: <a href="tel:1599-3114">1599-3114</a>' in main
    assert "phone-note" in main  # what kind of line it is
    footer = client.get(f"/{language}/research/").content.decode().split("<footer", 1)[1]
    # In the footer, without the note beside it: labelled as a number for calls within Korea.
    within = {"ko": "병원 대표전화(국내 전용)", "en": "Hospital's main number (within Korea)"}[language]
    assert f'{within}: <a href="tel:1599-3114">1599-3114</a>' in footer
