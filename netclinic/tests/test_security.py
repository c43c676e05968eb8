"""Security headers, cookies and deployment checks, on the site as `make serve` runs it."""

import os
import re
import subprocess
import sys
import urllib.parse

import pytest
from django.conf import settings

from content.testing.server import ADMIN_PASSWORD, ADMIN_USER, FIELD_KEY, SECRET, admin_code, http_get, http_post

HTTPS = {"X-Forwarded-Proto": "https"}
PATHS = ["/ko/", "/en/treatment/medicines/", "/en/patients-rights/", "/ko/no-such-page/", "/admin/login/", "/healthz"]


def production_env(**extra: str) -> dict[str, str]:
    env = {
        **os.environ,
        "DJANGO_DEBUG": "false",
        "DJANGO_SECRET_KEY": SECRET,
        "DJANGO_FIELD_ENCRYPTION_KEYS": FIELD_KEY,
        "DJANGO_ALLOWED_HOSTS": "example.org",
    }
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
def test_every_response_carries_the_security_headers(site, path):
    response = http_get(site + path, HTTPS)
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


def _cookie(headers, name: str) -> list[str]:
    """The attributes of the cookie `name` that a response set, lower-cased."""
    line = next(c for c in headers.get_all("Set-Cookie") or [] if c.startswith(f"{name}="))
    return [part.strip().lower() for part in line.split(";")[1:]]


def test_cookies_are_secure_httponly_and_samesite(site):
    form = http_get(site + "/admin/login/", HTTPS)
    csrf = _cookie(form.headers, "csrftoken")
    assert {"secure", "httponly", "samesite=lax"} <= set(csrf)
    # Sign in, as a browser would, to see the session cookie the server sends.
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.read().decode()).group(1)
    cookie = next(c for c in form.headers.get_all("Set-Cookie") if c.startswith("csrftoken=")).split(";")[0]
    body = urllib.parse.urlencode(
        {
            "csrfmiddlewaretoken": token,
            "username": ADMIN_USER,
            "password": ADMIN_PASSWORD,
            "otp_token": admin_code(),
            "next": "/admin/",
        }
    ).encode()
    signed_in = http_post(
        site + "/admin/login/",
        body,
        {**HTTPS, "Cookie": cookie, "Referer": site.replace("http://", "https://") + "/admin/login/"},
    )
    assert signed_in.status == 302, signed_in.read()[:500]
    session = _cookie(signed_in.headers, "sessionid")
    assert {"secure", "httponly", "samesite=lax"} <= set(session)


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


@pytest.mark.django_db
def test_plain_http_is_redirected_to_https(client, settings):
    """With production's SECURE_SSL_REDIRECT (see the test above), plain HTTP gets a permanent
    redirect, and a request the TLS proxy forwarded does not."""
    settings.SECURE_SSL_REDIRECT = True
    response = client.get("/ko/treatment/")
    assert response.status_code == 301
    assert response["Location"] == "https://testserver/ko/treatment/"
    assert client.get("/ko/treatment/", headers=HTTPS).status_code == 200


def test_overlong_request_lines_are_refused_not_crashed(site):
    response = http_get(site + "/ko/" + "a" * 9000, HTTPS)
    assert response.status in (400, 414)
