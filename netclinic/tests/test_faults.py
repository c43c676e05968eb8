"""Faults: the database going away, health checks for the load balancer, logs."""

import json
import logging
import subprocess
import sys
from unittest import mock

import pytest
from django.conf import settings as django_settings
from django.db import OperationalError
from django.db.backends.utils import CursorWrapper
from django.test import Client

from content.testing.server import free_port, http_get, running_site

pytestmark = pytest.mark.django_db


def database_down():
    """Every query fails as if the server were gone (the test's own transaction stays intact)."""
    return mock.patch.object(CursorWrapper, "execute", side_effect=OperationalError("server closed the connection"))


@pytest.mark.parametrize(("language", "text"), [("ko", "잠시 이용할 수 없습니다"), ("en", "The site is busy")])
def test_pages_answer_503_while_the_database_is_down_and_recover(language, text):
    client = Client(raise_request_exception=False)
    with database_down():
        response = client.get(f"/{language}/treatment/medicines/")
        assert response.status_code == 503
        assert response["Retry-After"] == "30"
        html = response.content.decode()
        assert text in html and f'lang="{language}"' in html
        assert "OperationalError" not in html
    assert client.get(f"/{language}/treatment/medicines/").status_code == 200  # by itself, no restart


def test_healthz_reports_the_database_and_the_cache():
    client = Client(raise_request_exception=False)
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}
    with database_down():
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"] == "unavailable"


def test_healthz_notices_a_broken_cache():
    with mock.patch("netclinic.views.cache.set", side_effect=ConnectionError("redis down")):
        response = Client().get("/healthz")
    assert response.status_code == 503 and response.json()["cache"] == "unavailable"


def test_one_log_line_per_request_with_status_and_duration(caplog):
    with caplog.at_level(logging.INFO, logger="netclinic.requests"):
        Client().get("/en/search/", {"q": "private words"})
    records = [r for r in caplog.records if r.name == "netclinic.requests"]
    assert len(records) == 1
    record = records[0]
    assert (record.method, record.path, record.status) == ("GET", "/en/search/", 200)
    assert record.duration_ms >= 0
    assert "private" not in str(record.__dict__)


def test_logs_never_hold_passwords_form_contents_or_secrets(caplog, settings):
    with caplog.at_level(logging.DEBUG):
        Client().post("/admin/login/", {"username": "someone", "password": "hunter2-very-secret"})
        Client().post("/en/contact/", {"message": "my diagnosis details"})
    logged = "\n".join(str(r.__dict__) for r in caplog.records)
    assert "hunter2-very-secret" not in logged
    assert "my diagnosis details" not in logged
    assert settings.SECRET_KEY not in logged


def test_production_logs_are_json_lines(tmp_path):

    code = "import logging; logging.getLogger('netclinic.requests').info('request', extra={'status': 200})"
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=django_settings.BASE_DIR,
        capture_output=True,
        text=True,
        check=True,
    )
    line = json.loads(result.stderr.strip().splitlines()[-1])
    assert line["message"] == "request" and line["status"] == 200 and line["level"] == "INFO"


def test_a_server_whose_database_is_unreachable_answers_503(site, site_folder):
    """gunicorn with PostgreSQL configured at a port where nothing listens (the static
    files are the ones the session's site collected)."""
    dead = f"postgres://nobody:nothing@127.0.0.1:{free_port()}/none"
    with running_site(site_folder, prepare=False, DATABASE_URL=dead, DJANGO_SSL_REDIRECT="false") as base:
        response = http_get(base + "/en/")
        assert response.status == 503
        assert "The site is busy" in response.read().decode()
        ko = http_get(base + "/ko/clinic/")
        assert ko.status == 503 and "잠시 이용할 수 없습니다" in ko.read().decode()
        assert http_get(base + "/healthz").status == 503
