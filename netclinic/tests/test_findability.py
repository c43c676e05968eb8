"""Findability: sitemap, robots.txt, canonical links, Open Graph and schema.org data."""

import json
import re
from xml.etree import ElementTree

import pytest

from clinic.models import Department
from content.testing.pages import LANGUAGES, public_urls

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def sitemap_urls(client) -> dict[str, dict[str, str]]:
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ElementTree.fromstring(response.content)
    found = {}
    for url in root.findall("s:url", NS):
        loc = url.find("s:loc", NS).text
        found[loc] = {link.get("hreflang"): link.get("href") for link in url.findall("x:link", NS)}
    return found


def disallowed(client) -> list[str]:
    """What robots.txt asks crawlers to leave alone (search results)."""
    lines = client.get("/robots.txt").content.decode().splitlines()
    return [line.split(":", 1)[1].strip() for line in lines if line.startswith("Disallow:")]


def test_sitemap_lists_every_page_in_each_language_it_reads_in_with_the_pages_own_alternates(client):
    """Korean and English always; a translated language where the page shows its own text
    in it (content/translations.py), never where it is shown in English."""
    found = sitemap_urls(client)
    left_out = disallowed(client)
    assert left_out == [f"/{code}/search/" for code in LANGUAGES] + [
        f"/{code}/appointments/sent/" for code in LANGUAGES
    ]
    for language in LANGUAGES:
        for path in public_urls(language):
            loc = f"http://testserver{path}"
            if path.startswith(tuple(left_out)):
                assert loc not in found, path
                continue
            html = client.get(path).content.decode()
            own = set(re.findall(r'<link rel="alternate" hreflang="([^"]+)"', html))
            assert {"ko", "en", "x-default"} <= own, path
            if language not in own:  # shown in English, for want of an approved translation
                assert loc not in found, path
                assert re.search(r'<main[^>]* lang="en" dir="ltr"', html), path
                continue
            assert loc in found, loc
            alternates = found[loc]
            assert set(alternates) == own, path
            # x-default: the unprefixed address, which redirects by the browser's language
            assert alternates["x-default"] == alternates["ko"].replace("/ko/", "/", 1)
    # The seed translates the pages a patient from abroad needs first (shown, unreviewed, under make run).
    for language in LANGUAGES:
        assert f"http://testserver/{language}/international-patients/" in found


def test_sitemap_leaves_out_drafts(client):
    Department.objects.filter(slug="radiology").update(is_published=False)
    assert not any("/departments/radiology/" in loc for loc in sitemap_urls(client))


def test_robots_txt_points_to_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert "User-agent: *" in text and "Sitemap: http://testserver/sitemap.xml" in text


def _head(html: str) -> str:
    return html.split("</head>")[0]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_has_canonical_description_open_graph_and_valid_json_ld(client, language):
    for path in public_urls(language):
        html = client.get(path).content.decode()
        head = _head(html)
        if re.search(r'<main[^>]* lang="en"', html):  # shown in English: the English page is the canonical one
            path = path.replace(f"/{language}/", "/en/", 1)
        assert f'<link rel="canonical" href="http://testserver{path}">' in head, path
        shortest = 8 if language == "zh-hans" else 20  # (Chinese says in 8 characters what takes 20 letters)
        description = re.search(r'<meta name="description" content="([^"]*)">', head)
        assert description and len(description.group(1)) >= shortest, path
        assert (
            '<meta property="og:title"' in head
            and f'<meta property="og:url" content="http://testserver{path}">' in head
        )
        assert '<link rel="alternate" hreflang="x-default"' in head
        blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', head, re.S)
        assert len(blocks) == 1, path
        data = json.loads(blocks[0])
        assert data["@context"] == "https://schema.org"
        assert data["@graph"][0]["url"] == f"http://testserver{path}"


def _json_ld(client, path: str) -> list[dict]:
    head = _head(client.get(path).content.decode())
    return json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', head, re.S).group(1))["@graph"]


def test_schema_types_fit_each_page(client):
    home = _json_ld(client, "/en/")
    assert [thing["@type"] for thing in home] == ["MedicalWebPage", "MedicalClinic"]
    assert "lastReviewed" not in home[0]  # no Medical reviewer has signed the seed text off
    assert home[1]["name"] == "Neuroendocrine Tumor (NET) Clinic"
    assert _json_ld(client, "/en/neuroendocrine-tumors/")[0]["about"][0]["@type"] == "MedicalCondition"
    tests = _json_ld(client, "/en/diagnosis/imaging/")[0]["about"]
    assert {t["@type"] for t in tests} == {"MedicalTest"} and any(t["name"].startswith("CT") for t in tests)
    drugs = _json_ld(client, "/ko/treatment/medicines/")[0]["about"]
    assert {d["@type"] for d in drugs} == {"Drug"}
    assert any(d["drugClass"]["name"] == "소마토스타틴 유사체" for d in drugs)
    surgery = _json_ld(client, "/en/treatment/surgery/")[0]["about"]
    assert surgery[0]["@type"] == "MedicalProcedure"


def test_json_ld_cannot_be_broken_out_of_by_staff_text(client):
    department = Department.objects.get(slug="radiology")
    department.summary_en = '</script><script>alert("x")</script>'
    department.save()
    head = _head(client.get("/en/departments/radiology/").content.decode())
    assert "<script>alert" not in head
    assert json.loads(re.search(r'ld\+json">(.*?)</script>', head, re.S).group(1))


def test_search_results_are_not_indexed(client):
    assert '<meta name="robots" content="noindex">' in client.get("/en/search/?q=ct").content.decode()


def test_contact_page_links_to_a_map_without_embedding_one(client):
    html = client.get("/en/contact/").content.decode()
    assert 'href="https://www.openstreetmap.org/search?query=' in html
    assert "<iframe" not in html
