"""Security headers, cookies and deployment checks, on the site as `make serve` runs it."""

import os
import re
import subprocess
import sys

import pytest
from django.conf import settings

from netclinic.tests.server import SECRET, http_get, running_site

HTTPS = {"X-Forwarded-Proto": "https"}
PATHS = ["/ko/", "/en/treatment/medicines/", "/en/patients-rights/", "/ko/no-such-page/", "/admin/login/", "/healthz"]


@pytest.fixture(scope="module")
def production(tmp_path_factory):
    with running_site(tmp_path_factory.mktemp("security")) as base:
        yield base


def production_env(**extra: str) -> dict[str, str]:
    env = {**os.environ, "DJANGO_DEBUG": "false", "DJANGO_SECRET_KEY": SECRET, "DJANGO_ALLOWED_HOSTS": "example.org"}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)  # the tests' own setting, never production's
    return {**env, **extra}


def test_deploy_checks_pass_with_production_settings():
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=settings.BASE_DIR,
        env=production_env(),
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_admin_path_is_configurable():
    code = "from django.urls import reverse; print(reverse('admin:index'))"
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=settings.BASE_DIR,
        env=production_env(DJANGO_ADMIN_URL="staff-entrance"),
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip().splitlines()[-1] == "/staff-entrance/"


@pytest.mark.parametrize("path", PATHS)
def test_every_response_carries_the_security_headers(production, path):
    response = http_get(production + path, HTTPS)
    headers = response.headers
    csp = headers["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert "'unsafe-inline'" not in csp and "'unsafe-eval'" not in csp
    assert "connect-src 'self'" in csp
    hsts = headers["Strict-Transport-Security"]
    assert int(re.search(r"max-age=(\d+)", hsts).group(1)) >= 31536000 and "includeSubDomains" in hsts
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert headers["Cross-Origin-Opener-Policy"] == "same-origin"
    policy = headers["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()"):
        assert feature in policy


def test_cookies_are_secure_httponly_and_samesite(production):
    response = http_get(production + "/admin/login/", HTTPS)
    cookies = response.headers.get_all("Set-Cookie")
    csrf = next(c for c in cookies if c.startswith("csrftoken="))
    assert "Secure" in csrf and "SameSite=Lax" in csrf and "HttpOnly" in csrf
    assert settings.SESSION_COOKIE_HTTPONLY and settings.SESSION_COOKIE_SAMESITE == "Lax"


def test_session_cookie_is_secure_in_production():
    code = (
        "from django.conf import settings as s; "
        "print(s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SECURE_SSL_REDIRECT)"
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=settings.BASE_DIR,
        env=production_env(),
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip().splitlines()[-1] == "True True True"


def test_plain_http_is_redirected_to_https(production):
    response = http_get(production + "/ko/treatment/", {})
    assert response.status == 301
    assert response.headers["Location"] == production.replace("http://", "https://") + "/ko/treatment/"


def test_overlong_request_lines_are_refused_not_crashed(production):
    response = http_get(production + "/ko/" + "a" * 9000, HTTPS)
    assert response.status in (400, 414)
