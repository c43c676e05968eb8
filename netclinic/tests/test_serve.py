"""`make serve`: the site under gunicorn with production settings."""

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.conf import settings

BASE_DIR = settings.BASE_DIR
VENV_BIN = Path(sys.executable).parent


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def _get(url: str, headers: dict[str, str] | None = None):
    opener = urllib.request.build_opener(NoRedirect)
    request = urllib.request.Request(url, headers=headers or {})
    try:
        return opener.open(request, timeout=10)
    except urllib.error.HTTPError as error:
        return error


@pytest.fixture(scope="module")
def production_server(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("serve")
    port = _free_port()
    env = {
        **os.environ,
        "DJANGO_DEBUG": "false",
        "DJANGO_SECRET_KEY": "a-test-only-secret-key-that-is-long-enough-for-django-0123456789",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": f"sqlite:///{tmp / 'db.sqlite3'}",
        "DJANGO_STATIC_ROOT": str(tmp / "static"),
    }
    env.pop("DJANGO_SETTINGS_MODULE", None)
    for command in (["migrate", "--noinput"], ["load_content"], ["collectstatic", "--noinput"]):
        subprocess.run([sys.executable, "manage.py", *command, "--verbosity", "0"], cwd=BASE_DIR, env=env, check=True)
    server = subprocess.Popen(
        [
            str(VENV_BIN / "gunicorn"),
            "netclinic.wsgi",
            "--config",
            "gunicorn.conf.py",
            "--workers",
            "1",
            "--bind",
            f"127.0.0.1:{port}",
        ],
        cwd=BASE_DIR,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            _get(base + "/healthcheck-probe")
            break
        except OSError:
            time.sleep(0.1)
    yield base
    server.terminate()
    server.wait(timeout=10)


HTTPS = {"X-Forwarded-Proto": "https"}


def test_pages_are_served_behind_the_tls_proxy(production_server):
    response = _get(production_server + "/en/treatment/medicines/", HTTPS)
    assert response.status == 200
    assert "Everolimus" in response.read().decode()
    assert "max-age=31536000" in response.headers["Strict-Transport-Security"]


def test_plain_http_is_redirected_to_https(production_server):
    response = _get(production_server + "/en/", {})
    assert response.status == 301
    assert response.headers["Location"].startswith("https://")


def test_static_files_are_compressed_with_long_cache_lifetimes(production_server):
    html = _get(production_server + "/ko/", HTTPS).read().decode()
    css = html.split('rel="stylesheet" href="')[1].split('"')[0]
    assert css.startswith("/static/css/site.") and css.endswith(".css")  # a hashed name
    response = _get(production_server + css, {**HTTPS, "Accept-Encoding": "gzip"})
    assert response.status == 200
    assert response.headers["Content-Encoding"] == "gzip"
    assert "immutable" in response.headers["Cache-Control"]


def test_unknown_pages_get_the_sites_404_not_a_debug_page(production_server):
    response = _get(production_server + "/ko/no-such-page/", HTTPS)
    assert response.status == 404
    body = response.read().decode()
    assert "페이지를 찾을 수 없습니다" in body
    assert "Traceback" not in body and "URLconf" not in body


def test_unknown_host_is_refused(production_server):
    response = _get(production_server + "/en/", {**HTTPS, "Host": "evil.example"})
    assert response.status == 400
