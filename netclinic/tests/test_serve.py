"""`make serve`: the site under gunicorn with production settings."""

import re

from content.testing.server import http_get

HTTPS = {"X-Forwarded-Proto": "https"}


def test_pages_are_served_behind_the_tls_proxy(site):
    response = http_get(site + "/en/treatment/medicines/", HTTPS)
    assert response.status == 200
    assert "Everolimus" in response.read().decode()
    assert "max-age=31536000" in response.headers["Strict-Transport-Security"]


def test_static_files_are_compressed_with_long_cache_lifetimes(site):
    html = http_get(site + "/ko/", HTTPS).read().decode()
    css = html.split('rel="stylesheet" href="')[1].split('"')[0]
    assert css.startswith("/static/css/site.") and css.endswith(".css")  # a hashed name
    response = http_get(site + css, {**HTTPS, "Accept-Encoding": "gzip"})
    assert response.status == 200
    assert response.headers["Content-Encoding"] == "gzip"
    assert "immutable" in response.headers["Cache-Control"]


def test_unknown_pages_get_the_sites_404_not_a_debug_page(site):
    response = http_get(site + "/ko/no-such-page/", HTTPS)
    assert response.status == 404
    body = response.read().decode()
    assert "페이지를 찾을 수 없습니다" in body
    assert "Traceback" not in body and "URLconf" not in body


def test_unknown_host_is_refused(site):
    response = http_get(site + "/en/", {**HTTPS, "Host": "evil.example"})
    assert response.status == 400


def test_static_files_are_also_served_with_brotli(site):
    html = http_get(site + "/ko/", HTTPS).read().decode()
    css = html.split('rel="stylesheet" href="')[1].split('"')[0]
    response = http_get(site + css, {**HTTPS, "Accept-Encoding": "br, gzip"})
    assert response.headers["Content-Encoding"] == "br"


def test_home_page_transfer_is_small_and_needs_no_webfont(site):
    """HTML, CSS, JavaScript, icons: everything the home page loads, compressed, within 100 KB."""
    compressed = {**HTTPS, "Accept-Encoding": "br, gzip"}
    for language in ("ko", "en"):
        page = http_get(site + f"/{language}/", compressed)
        body = page.read()
        assert page.headers["Content-Encoding"] == "br"  # cached pages are kept in Brotli too
        html = http_get(site + f"/{language}/", HTTPS).read().decode()
        assets = set(re.findall(r'(?:src|href)="(/static/[^"]+)"', html))
        assert any(a.endswith(".css") for a in assets) and any(a.endswith(".js") for a in assets)
        total = len(body) + sum(len(http_get(site + a, compressed).read()) for a in assets)
        assert total <= 100_000, total
        for asset in assets:
            assert not asset.endswith((".woff", ".woff2", ".ttf", ".otf"))
    css = http_get(site + next(a for a in assets if a.endswith(".css")), HTTPS).read().decode()
    assert "@font-face" not in css and "Malgun Gothic" in css
