"""The header on every page: the compact phone controls exist in the HTML (CSS chooses
which to show), the menu opens without JavaScript, and the search page has one search box."""

import re

import pytest
from django.utils.translation import gettext, override

from content.testing.pages import LANGUAGES, public_urls

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_has_a_menu_that_opens_without_javascript_and_a_search_button(client, language):
    with override(language):
        label = gettext("Menu")
    for url in public_urls(language):
        html = client.get(url).content.decode()
        # A <details> disclosure: the browser opens it, no script needed; an icon and a word.
        menu = re.search(
            r'<details class="menu-disclosure">\s*<summary class="icon-button">(.*?)</summary>', html, re.S
        )
        assert menu, url
        assert 'aria-hidden="true"' in menu.group(1) and f"<span>{label}</span>" in menu.group(1), url
        if not url.endswith("/search/"):  # the search page has its own box instead
            assert f'<a class="icon-button" href="/{language}/search/">' in html, url


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_search_page_has_one_search_box(client, language):
    for query in ("", "?q=octreotide", "?q=zzzz"):
        html = client.get(f"/{language}/search/{query}").content.decode()
        assert html.count('type="search"') == 1
        assert 'id="header-search-q"' not in html and 'class="icon-button" href="/' + language + '/search/"' not in html
    # Elsewhere the header keeps its search box for wide screens.
    assert 'id="header-search-q"' in client.get(f"/{language}/").content.decode()


def test_the_home_page_title_names_the_clinic_once(client):
    for language, clinic, hospital in (
        ("ko", "신경내분비종양 클리닉", "삼성서울병원"),
        ("en", "Neuroendocrine Tumor (NET) Clinic", "Samsung Medical Center"),
    ):
        title = re.search(r"<title>(.*?)</title>", client.get(f"/{language}/").content.decode(), re.S).group(1)
        assert title.count(clinic) == 1 and hospital in title, title
    # Other pages: the page, then the clinic.
    title = re.search(r"<title>(.*?)</title>", client.get("/en/treatment/").content.decode(), re.S).group(1)
    assert title.startswith("Treatment | Neuroendocrine Tumor (NET) Clinic")
