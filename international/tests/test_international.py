"""The page for patients from abroad: in the menu and the footer of every page, the
International Health Services e-mail as the only contact, each part hidden while
empty, found by search; and no 15xx number offered to anyone abroad."""

import re

import pytest
from django.conf import settings

from content.testing.pages import parse, public_urls
from international.models import InternationalPage

pytestmark = pytest.mark.django_db

LANGUAGES = [code for code, _name in settings.LANGUAGES]
# A Korean nationwide number (15xx-xxxx, 16xx-xxxx): it cannot be dialled from abroad.
NATIONWIDE = re.compile(r"1[56]\d\d-\d{4}")


def main(html: str) -> str:
    return html.split("<main", 1)[1].split("</main>", 1)[0]


@pytest.mark.parametrize(("language", "title"), [("ko", "국제진료"), ("en", "International patients")])
def test_the_page_says_what_ihs_does_and_how_to_write_to_it(client, language, title):
    response = client.get(f"/{language}/international-patients/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f"<h1>{title}</h1>" in html or f">{title}</h1>" in html
    page = InternationalPage.get_solo()
    assert html.count(f'href="mailto:{page.email}"') >= 2  # in its part and beside it
    for _anchor, heading, _text in page.shown_parts():
        assert heading in html
    assert len(page.shown_parts()) == 4
    body = main(html)
    # The five coordinators' languages, and the records to send.
    for word in {
        "ko": ["러시아어", "아랍어", "중국어", "몽골어", "영상 CD", "국민건강보험"],
        "en": ["Russian", "Arabic", "Chinese", "Mongolian", "CD", "National Health Insurance"],
    }[language]:
        assert word in body
    assert not NATIONWIDE.search(body)  # no number to call from abroad


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_has_it_in_the_menu_and_the_footer(client, language):
    url = f"/{language}/international-patients/"
    for page in public_urls(language):
        html = client.get(page).content.decode()
        nav = html.split('class="main-nav"', 1)[1].split("</nav>", 1)[0]
        footer = html.split("<footer", 1)[1]
        assert f'href="{url}"' in nav, page
        assert f'href="{url}"' in footer, page


def test_each_part_is_hidden_while_its_text_is_empty(client):
    page = InternationalPage.get_solo()
    # (Empty in every language: an empty English text would show the Korean one.)
    page.before_you_come_en = page.before_you_come_ko = ""
    page.insurance_en = page.insurance_ko = ""
    page.save()
    html = client.get("/en/international-patients/").content.decode()
    assert "What to send before you come" not in html
    assert "Referral letters and insurance" not in html
    assert "How International Health Services helps you" in html
    page.contact_en = page.contact_ko = ""
    page.email = ""
    page.save()
    html = client.get("/en/international-patients/").content.decode()
    assert "How to reach International Health Services" not in html
    assert "mailto:" not in main(html)


@pytest.mark.parametrize(
    ("language", "query"),
    [
        ("ko", "국제진료"),
        ("ko", "외국인 환자"),
        ("ko", "통역"),
        ("en", "international patients"),
        ("en", "interpreter"),
        ("en", "Russian interpreter"),
        ("ko", "몽골어 통역"),
    ],
)
def test_search_finds_it(client, language, query):
    results = client.get(f"/{language}/search/", {"q": query}).context["results"]
    assert f"/{language}/international-patients/" in [r["url"].split("#")[0] for r in results[:3]]


# "For calls within Korea", as each language says it (the footer's label, the page's notes).
WITHIN_KOREA = {
    "en": "within Korea",
    "ru": "по Корее|внутри Кореи|в Корее",
    "zh-hans": "韩国境内",
    "ar": "داخل كوريا",
    "mn": "Солонгос дотр",
}


@pytest.mark.parametrize("language", [code for code in LANGUAGES if code != "ko"])
def test_a_nationwide_number_is_never_offered_without_saying_it_is_for_calls_in_korea(client, language):
    """Someone reading in another language may be abroad: wherever a 15xx number is
    shown, it says it is for calls within Korea, beside the e-mail to use from abroad."""
    shown = 0
    for page in public_urls(language):
        text = re.sub(r"<[^>]+>", " ", client.get(page).content.decode())
        for found in NATIONWIDE.finditer(text):
            if found.group(0).startswith("16"):
                continue  # a mediation agency's number, for patients in Korea (the rights notice)
            shown += 1
            around = " ".join(text[max(0, found.start() - 300) : found.end() + 300].split())
            assert re.search(WITHIN_KOREA[language], around), (page, around)
    assert shown


def test_the_referral_letter_part_leads_patients_without_korean_insurance_here(client):
    html = client.get("/en/appointments/").content.decode()
    referral = html.split('id="referral-heading"', 1)[1].split("</section>", 1)[0]
    assert 'href="/en/international-patients/"' in referral


def test_the_contact_and_appointments_boxes_lead_here(client):
    for url in ["/en/contact/", "/en/appointments/"]:
        html = client.get(url).content.decode()
        box = html.split('id="international-heading"', 1)[1].split("</section>", 1)[0]
        assert 'href="/en/international-patients/"' in box, url


def test_it_is_in_the_sitemap_in_every_language_it_is_translated_into(client):
    xml = client.get("/sitemap.xml").content.decode()
    for language in LANGUAGES:  # (all six: the seed translates it)
        assert f"/{language}/international-patients/" in xml


def test_the_page_parses_with_one_heading(client):
    parsed = parse(client.get("/ko/international-patients/").content.decode())
    assert parsed.h1_count == 1
    assert parsed.html_lang == "ko"
