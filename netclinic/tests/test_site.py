"""Site-wide behaviour: every page, both languages, links, 404s, the language switch."""

from urllib.parse import urlsplit

import pytest
from django.contrib.staticfiles import finders
from django.core.management import call_command
from django.test import Client
from django.urls import resolve, reverse
from django.utils.translation import override

from content.testing.pages import LANGUAGES, fixed_page_names, parse, public_urls

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_answers_with_one_heading_in_its_language(client, language):
    urls = public_urls(language)
    # The fixed pages (but the team page, hidden with no physician) and the seeded items'
    # pages: 3 groups of tests, 5 approaches (PRRT too), 5 departments.
    assert len(urls) == len(fixed_page_names()) - 1 + 3 + 5 + 5
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        page = parse(response.content.decode())
        assert page.html_lang == language, url
        assert page.h1_count == 1, url


@pytest.mark.parametrize(
    ("language", "expected"),
    [("ko", "신경내분비종양 클리닉"), ("en", "Neuroendocrine Tumor (NET) Clinic")],
)
def test_home_page_names_the_clinic_in_its_language(client, language, expected):
    response = client.get(f"/{language}/")
    assert expected in response.content.decode()


@pytest.mark.parametrize("language", LANGUAGES)
def test_switching_language_keeps_the_page(client, language):
    other = next(code for code in LANGUAGES if code != language)
    for url in public_urls(language):
        page = parse(client.get(url).content.decode())
        target = page.switch_links[other]
        assert target == "/" + other + url[len(language) + 1 :], url
        response = client.get(target)
        assert response.status_code == 200
        assert parse(response.content.decode()).html_lang == other


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        ("", "/ko/"),
        ("en-US,en;q=0.9", "/en/"),
        ("ko-KR,ko;q=0.9,en;q=0.8", "/ko/"),
        ("fr-FR", "/ko/"),
        ("ru-RU,ru;q=0.9,en;q=0.8", "/ru/"),
        ("zh-CN,zh;q=0.9", "/zh-hans/"),
        ("ar-SA,ar;q=0.9", "/ar/"),
        ("mn-MN,mn;q=0.9", "/mn/"),
    ],
)
def test_root_redirects_to_the_preferred_language(client, accept, expected):
    headers = {"Accept-Language": accept} if accept else {}
    response = client.get("/", headers=headers)
    assert response.status_code == 302
    assert response["Location"] == expected


@pytest.mark.parametrize(
    ("url", "lang", "text"),
    [
        ("/ko/no-such-page/", "ko", "페이지를 찾을 수 없습니다"),
        ("/en/no-such-page/", "en", "Page not found"),
        ("/ko/treatment/no-such-approach/", "ko", "페이지를 찾을 수 없습니다"),
        ("/en/treatment/no-such-approach/", "en", "Page not found"),
        ("/ko/diagnosis/nothing/", "ko", "페이지를 찾을 수 없습니다"),
        ("/en/departments/nothing/", "en", "Page not found"),
    ],
)
def test_unknown_pages_get_a_404_in_the_visitors_language(client, url, lang, text):
    response = client.get(url)
    assert response.status_code == 404
    html = response.content.decode()
    assert parse(html).html_lang == lang
    assert text in html


@pytest.mark.parametrize(
    "url", ["/fr/", "/fr/treatment/", "/zz-top/clinic/", "/en-gb/nothing/", "/%E2%98%83/", "/ko/../../etc/passwd"]
)
def test_unknown_language_prefixes_and_odd_paths_get_a_404(client, url):
    response = client.get(url, headers={"Accept-Language": "en"})
    assert response.status_code == 404


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_broken_internal_link_image_or_stylesheet(client, language):
    checked: set[str] = set()
    for url in public_urls(language):
        page = parse(client.get(url).content.decode())
        for target in page.links + page.assets:
            parts = urlsplit(target)
            if parts.scheme in ("mailto", "tel") or parts.netloc or target.startswith("#") or parts.path in checked:
                continue
            checked.add(parts.path)
            if parts.path.startswith("/static/"):
                assert finders.find(parts.path.removeprefix("/static/")), f"{url} -> {target}"
            else:
                assert client.get(parts.path).status_code == 200, f"{url} -> {target}"
    assert any(path.startswith("/static/css/") for path in checked)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_links_to_the_rights_page_and_the_contact_page(client, language):
    with override(language):
        rights, contact = reverse("rights:rights"), reverse("clinic:contact")
    for url in public_urls(language):
        links = parse(client.get(url).content.decode()).links
        assert rights in links and contact in links, url


@pytest.mark.parametrize("language", LANGUAGES)
def test_navigation_reaches_every_page(client, language):
    """Following links from the home page finds every public page."""
    seen, queue = set(), [f"/{language}/"]
    while queue:
        url = queue.pop()
        if url in seen:
            continue
        seen.add(url)
        for link in parse(client.get(url).content.decode()).links:
            path = urlsplit(link).path
            if path.startswith(f"/{language}/") and path not in seen:
                queue.append(path)
    # The request form's confirmation is reached by sending the form, not by a link.
    assert set(public_urls(language)) - {f"/{language}/appointments/sent/"} <= seen


@pytest.mark.parametrize("name", fixed_page_names())
@pytest.mark.parametrize("language", LANGUAGES)
def test_named_urls_round_trip(name, language):
    with override(language):
        url = reverse(name)
        assert url.startswith(f"/{language}/")
        assert resolve(url).view_name == name


def test_no_pending_migrations():
    call_command("makemigrations", check=True, dry_run=True)


@pytest.mark.parametrize("method", ["post", "put", "delete", "patch"])
@pytest.mark.parametrize("path", ["/ko/", "/en/treatment/medicines/", "/ko/patients-rights/", "/en/search/"])
def test_a_method_a_page_does_not_take_answers_405_with_what_it_takes(client, method, path):
    response = getattr(client, method)(path)
    assert response.status_code == 405
    assert set(response["Allow"].split(", ")) == {"GET", "HEAD", "OPTIONS"}


def test_pages_with_forms_still_take_their_posts_and_heads_still_work(client):
    assert client.head("/ko/").status_code == 200
    assert client.post("/en/appointments/", {}).status_code == 200  # the form again, with what to correct
    assert Client(enforce_csrf_checks=True).post("/en/appointments/", {}).status_code == 403  # CSRF still checked
