"""`make serve`: the site under gunicorn with production settings."""

import pytest

from netclinic.tests.server import http_get, running_site


@pytest.fixture(scope="module")
def production_server(tmp_path_factory):
    with running_site(tmp_path_factory.mktemp("serve")) as base:
        yield base


HTTPS = {"X-Forwarded-Proto": "https"}


def test_pages_are_served_behind_the_tls_proxy(production_server):
    response = http_get(production_server + "/en/treatment/medicines/", HTTPS)
    assert response.status == 200
    assert "Everolimus" in response.read().decode()
    assert "max-age=31536000" in response.headers["Strict-Transport-Security"]


def test_plain_http_is_redirected_to_https(production_server):
    response = http_get(production_server + "/en/", {})
    assert response.status == 301
    assert response.headers["Location"].startswith("https://")


def test_static_files_are_compressed_with_long_cache_lifetimes(production_server):
    html = http_get(production_server + "/ko/", HTTPS).read().decode()
    css = html.split('rel="stylesheet" href="')[1].split('"')[0]
    assert css.startswith("/static/css/site.") and css.endswith(".css")  # a hashed name
    response = http_get(production_server + css, {**HTTPS, "Accept-Encoding": "gzip"})
    assert response.status == 200
    assert response.headers["Content-Encoding"] == "gzip"
    assert "immutable" in response.headers["Cache-Control"]


def test_unknown_pages_get_the_sites_404_not_a_debug_page(production_server):
    response = http_get(production_server + "/ko/no-such-page/", HTTPS)
    assert response.status == 404
    body = response.read().decode()
    assert "페이지를 찾을 수 없습니다" in body
    assert "Traceback" not in body and "URLconf" not in body


def test_unknown_host_is_refused(production_server):
    response = http_get(production_server + "/en/", {**HTTPS, "Host": "evil.example"})
    assert response.status == 400


def test_static_files_are_also_served_with_brotli(production_server):
    html = http_get(production_server + "/ko/", HTTPS).read().decode()
    css = html.split('rel="stylesheet" href="')[1].split('"')[0]
    response = http_get(production_server + css, {**HTTPS, "Accept-Encoding": "br, gzip"})
    assert response.headers["Content-Encoding"] == "br"


def test_home_page_transfer_is_small_and_needs_no_webfont(production_server):
    """HTML, CSS, JavaScript, icons: everything the home page loads, compressed, within 100 KB."""
    import re

    compressed = {**HTTPS, "Accept-Encoding": "br, gzip"}
    for language in ("ko", "en"):
        page = http_get(production_server + f"/{language}/", compressed)
        body = page.read()
        assert page.headers["Content-Encoding"] == "gzip"
        html = http_get(production_server + f"/{language}/", HTTPS).read().decode()
        assets = set(re.findall(r'(?:src|href)="(/static/[^"]+)"', html))
        assert any(a.endswith(".css") for a in assets) and any(a.endswith(".js") for a in assets)
        total = len(body) + sum(len(http_get(production_server + a, compressed).read()) for a in assets)
        assert total <= 100_000, total
        for asset in assets:
            assert not asset.endswith((".woff", ".woff2", ".ttf", ".otf"))
    css = http_get(production_server + next(a for a in assets if a.endswith(".css")), HTTPS).read().decode()
    assert "@font-face" not in css and "Malgun Gothic" in css
