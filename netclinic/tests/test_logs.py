"""What the logs hold: one warning per bad request, tracebacks for real errors, and
never a query string, form field, cookie, password or header value. (The path is
logged, without its query; a refused Host is named in its warning, for operators.)"""

import io
import json
import logging

import pytest
from django.test import Client
from django.urls import path
from pythonjsonlogger.json import JsonFormatter

from netclinic.urls import urlpatterns as site_urlpatterns

pytestmark = pytest.mark.django_db
SECRET = "SECRET-4c1f"  # a marker nothing else in a log line could contain


def broken_view(request):
    raise RuntimeError("the view failed")


urlpatterns = [path("boom/", broken_view), *site_urlpatterns]


@pytest.fixture
def site_log():
    """The site's own log handlers (settings.LOGGING: JSON lines, their filters) writing
    into a buffer for the test; returns a function that reads the lines so far."""
    buffer = io.StringIO()
    handlers = {
        handler
        for name in ("", "django", "django.request", "django.security", "netclinic")
        for handler in logging.getLogger(name).handlers
        if isinstance(handler, logging.StreamHandler) and isinstance(handler.formatter, JsonFormatter)
    }
    assert handlers
    streams = {handler: handler.setStream(buffer) for handler in handlers}
    yield lambda: [json.loads(line) for line in buffer.getvalue().splitlines() if line.startswith("{")]
    for handler, stream in streams.items():
        handler.setStream(stream)


def test_a_bad_request_is_one_warning_without_a_traceback(client, site_log):
    assert client.get("/en/", headers={"Host": "evil.example"}).status_code == 400
    assert client.post("/admin/login/", {f"f{i}": "x" for i in range(1200)}).status_code == 400
    security = [line for line in site_log() if line["logger"].startswith("django.security")]
    assert [line["logger"] for line in security] == [
        "django.security.DisallowedHost",
        "django.security.TooManyFieldsSent",
    ]
    assert all(line["level"] == "WARNING" and "exc_info" not in line for line in security)


@pytest.mark.urls("netclinic.tests.test_logs")
def test_a_real_error_is_logged_with_its_traceback(site_log):
    assert Client(raise_request_exception=False).get("/boom/").status_code == 500
    errors = [line for line in site_log() if line["level"] == "ERROR"]
    assert len(errors) == 1 and errors[0]["logger"] == "django.request"
    assert "Traceback" in errors[0]["exc_info"] and "the view failed" in errors[0]["exc_info"]


@pytest.mark.urls("netclinic.tests.test_logs")
def test_no_log_line_holds_what_visitors_or_staff_sent(site_log):
    headers = {
        "Cookie": f"sessionid={SECRET}; other={SECRET}",
        "Authorization": f"Bearer {SECRET}",
        "Referer": f"https://x/?{SECRET}",
    }
    client = Client(raise_request_exception=False, headers=headers)
    client.get(f"/en/search/?q={SECRET}&token={SECRET}")
    client.get(f"/en/no-such-page/?{SECRET}={SECRET}")
    client.post("/admin/login/", {"username": SECRET, "password": SECRET, "next": f"/{SECRET}/"})
    client.post(f"/boom/?q={SECRET}", {"field": SECRET})
    client.post("/en/contact/", {"message": SECRET})
    lines = site_log()
    assert len(lines) >= 5
    leaked = [line for line in lines if SECRET in json.dumps(line)]
    assert leaked == []
