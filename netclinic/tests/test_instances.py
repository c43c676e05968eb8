"""Several instances: two gunicorns sharing one PostgreSQL database and one Redis cache."""

import os
import re
import urllib.error
import urllib.parse
import urllib.request
import uuid
from urllib.parse import urlsplit

import psycopg
import pytest

from content.testing.forms import change_form_data
from content.testing.server import ADMIN_PASSWORD, ADMIN_USER, NoRedirect, admin_code, running_site

DATABASE_URL = os.environ.get("DATABASE_URL", "")
REDIS_URL = os.environ.get("REDIS_URL", "")

pytestmark = pytest.mark.skipif(
    not (DATABASE_URL.startswith(("postgres://", "postgresql://")) and REDIS_URL),
    reason="needs DATABASE_URL=postgres://… and REDIS_URL (.ci/run sets both for its PostgreSQL pass)",
)


@pytest.fixture
def shared_database():
    """A database of its own on the PostgreSQL server the tests use."""

    name = f"netclinic_instances_{uuid.uuid4().hex[:8]}"
    parts = urlsplit(DATABASE_URL)
    admin_url = parts._replace(path="/postgres").geturl()
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    yield parts._replace(path=f"/{name}").geturl()
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


class Browser:
    """Just enough of a browser for the admin, as if behind the TLS proxy: cookies
    (Secure ones, so kept by hand) and CSRF tokens."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.cookies: dict[str, str] = {}
        self.opener = urllib.request.build_opener(NoRedirect)

    def _open(self, path: str, data: bytes | None = None) -> str:
        headers = {
            "X-Forwarded-Proto": "https",
            "Referer": self.base.replace("http://", "https://") + path,
            "Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items()),
        }
        request = urllib.request.Request(self.base + path, data=data, headers=headers)
        try:
            response = self.opener.open(request, timeout=15)
        except urllib.error.HTTPError as error:
            response = error
        for cookie in response.headers.get_all("Set-Cookie") or []:
            name, value = cookie.split(";", 1)[0].split("=", 1)
            self.cookies[name] = value
        assert response.status in (200, 302), (path, response.status)
        return response.read().decode()

    def get(self, path: str) -> str:
        return self._open(path)

    def post(self, path: str, data: dict, form_html: str) -> str:
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form_html).group(1)
        return self._open(path, urllib.parse.urlencode({**data, "csrfmiddlewaretoken": token}, doseq=True).encode())


def test_an_edit_through_one_instance_shows_on_both_at_once(tmp_path, shared_database):
    # A direct save (no clinical sign-off here: that is tested in clinic/tests/test_staged_changes.py).
    env = {
        "DATABASE_URL": shared_database,
        "REDIS_URL": REDIS_URL,
        "DJANGO_SSL_REDIRECT": "false",
        "CONTENT_APPROVAL_REQUIRED": "false",
    }
    with running_site(tmp_path, **env) as first, running_site(tmp_path, prepare=False, **env) as second:
        page = "/en/departments/radiology/"
        for base in (first, second):  # both instances have the page cached
            assert "Radiology" in urllib.request.urlopen(base + page).read().decode()

        editor = Browser(first)
        login = editor.get("/admin/login/")
        editor.post(
            "/admin/login/",
            {"username": ADMIN_USER, "password": ADMIN_PASSWORD, "otp_token": admin_code(), "next": "/admin/"},
            login,
        )
        listing = editor.get("/admin/clinic/department/?q=radiology")
        change = re.search(r'href="(/admin/clinic/department/\d+/change/)', listing).group(1)
        form = editor.get(change)
        # Every field the form shows, its edit token included (content/merge.py), as a browser sends it.
        data = change_form_data(form)
        data.update({"name_en": ["Radiology (changed on instance one)"], "_save": ["Save"]})
        editor.post(change, data, form)

        for base in (first, second):
            html = urllib.request.urlopen(base + page).read().decode()
            assert "Radiology (changed on instance one)" in html, base
